#!/usr/bin/env python3
"""Check crates/core/data/demo_hubs.csv against its rules and the gazetteer.

Usage (from anywhere):

    python3 tools/gazetteer/check_demo.py [--demo PATH] [--gazetteer PATH]

Checks: UTF-8 without BOM, LF line ends, exact header, 44 rows of 17 fields,
unique well-formed keys, at least 22 countries, every city/country/latitude/
longitude equal to a gazetteer row (the most populous one with that name in
that country), valid enums, tags, language codes, booleans and years, and
contact e-mails and websites on ``.example`` domains.

Prints a short summary and exits 0 when everything passes, 1 otherwise.
Only the Python standard library is used.
"""

import argparse
import collections
import csv
import io
import os
import re
import sys

HEADER = [
    "key", "name", "city", "country", "latitude", "longitude", "maturity",
    "membership", "sectors", "languages", "contact_name", "contact_email",
    "website", "available_for_mobility", "alliance_member", "member_since",
    "notes",
]
EXPECTED_ROWS = 44
MIN_COUNTRIES = 22

KEY_RE = re.compile(r"^[a-z0-9-]{3,40}$")
COORD_RE = re.compile(r"^-?\d{1,3}\.\d{5}$")
WEBSITE_RE = re.compile(r"^https://[a-z0-9.-]+\.example/$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._+-]+@[a-z0-9.-]+\.example$")

MATURITY = {"emerging", "established"}
MEMBERSHIP = {"regular", "associate", "former"}
BOOLEAN = {"yes", "no"}
SECTORS = {
    "design", "music", "performing-arts", "visual-arts", "film", "games",
    "crafts", "fashion", "digital", "social-innovation", "heritage",
    "literature", "architecture", "education", "food",
}
YEAR_MIN, YEAR_MAX = 2012, 2026

# ISO 639-1 two-letter language codes.
ISO_639_1 = set("""
aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co
cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd
gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv
ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg
mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os
pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss
st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo
wa wo xh yi yo za zh zu
""".split())


def repo_root():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.dirname(os.path.dirname(here))


def load_gazetteer(path):
    """Map (name, country) to the most populous gazetteer row."""
    best = {}
    with open(path, "r", encoding="utf-8", newline="") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        idx = {col: i for i, col in enumerate(header)}
        for col in ("name", "country", "lat", "lon", "population"):
            if col not in idx:
                raise SystemExit(f"gazetteer: missing column {col!r}")
        for line in fh:
            fields = line.rstrip("\n").split("\t")
            key = (fields[idx["name"]], fields[idx["country"]])
            row = {
                "lat": fields[idx["lat"]],
                "lon": fields[idx["lon"]],
                "population": int(fields[idx["population"]]),
                "geonameid": fields[idx.get("geonameid", 0)],
            }
            old = best.get(key)
            # On equal population the first row (lowest geonameid) wins.
            if old is None or row["population"] > old["population"]:
                best[key] = row
    return best


def split_tags(value):
    return value.split("|") if value else []


def check(demo_path, gazetteer_path):
    errors = []

    def err(where, message):
        errors.append(f"{where}: {message}")

    raw = open(demo_path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("file", "starts with a UTF-8 BOM")
    if b"\r" in raw:
        err("file", "contains CR characters (line ends must be LF)")
    if not raw.endswith(b"\n"):
        err("file", "does not end with a line feed")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        print(f"FAIL file: not UTF-8 ({exc})")
        return 1

    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        table = list(reader)
    except csv.Error as exc:
        print(f"FAIL file: CSV syntax error ({exc})")
        return 1
    if not table:
        print("FAIL file: empty")
        return 1

    header, rows = table[0], table[1:]
    if header != HEADER:
        err("header", f"expected {','.join(HEADER)!r}, got {','.join(header)!r}")
    if len(rows) != EXPECTED_ROWS:
        err("rows", f"expected {EXPECTED_ROWS} rows, got {len(rows)}")

    gazetteer = load_gazetteer(gazetteer_path)
    keys = collections.Counter()
    countries = collections.Counter()
    counts = collections.defaultdict(collections.Counter)

    for number, fields in enumerate(rows, start=2):
        where = f"row {number}"
        if len(fields) != len(HEADER):
            err(where, f"expected {len(HEADER)} fields, got {len(fields)}")
            continue
        row = dict(zip(HEADER, fields))
        where = f"row {number} ({row['key']})"

        key = row["key"]
        keys[key] += 1
        if not KEY_RE.match(key) or key.startswith("-") or key.endswith("-"):
            err(where, "key must be 3-40 characters of [a-z0-9-]")

        for col in ("name", "city", "country", "contact_name"):
            if not row[col].strip():
                err(where, f"{col} is empty")
            elif row[col] != row[col].strip():
                err(where, f"{col} has leading or trailing spaces")
        for col in HEADER:
            if col != "notes" and any(c in row[col] for c in "\t\r\n"):
                err(where, f"{col} contains a tab or line break")

        country = row["country"]
        countries[country] += 1
        place = gazetteer.get((row["city"], country))
        if place is None:
            err(where, f"city {row['city']!r} in {country} is not in the "
                       "gazetteer")
        else:
            if not COORD_RE.match(row["latitude"]) or \
                    not COORD_RE.match(row["longitude"]):
                err(where, "latitude/longitude must have 5 decimals")
            if (row["latitude"], row["longitude"]) != (place["lat"],
                                                       place["lon"]):
                err(where, f"coordinates {row['latitude']},{row['longitude']}"
                           f" differ from the gazetteer row "
                           f"{place['lat']},{place['lon']} "
                           f"(geonameid {place['geonameid']})")

        if row["maturity"] not in MATURITY:
            err(where, f"maturity {row['maturity']!r} not in {sorted(MATURITY)}")
        if row["membership"] not in MEMBERSHIP:
            err(where, f"membership {row['membership']!r} not in "
                       f"{sorted(MEMBERSHIP)}")

        sectors = split_tags(row["sectors"])
        if not 1 <= len(sectors) <= 4:
            err(where, "sectors must hold 1 to 4 tags")
        if len(set(sectors)) != len(sectors):
            err(where, "sectors repeat a tag")
        for tag in sectors:
            if tag not in SECTORS:
                err(where, f"unknown sector {tag!r}")

        languages = split_tags(row["languages"])
        if not languages:
            err(where, "languages is empty")
        if len(set(languages)) != len(languages):
            err(where, "languages repeat a code")
        for code in languages:
            if code not in ISO_639_1:
                err(where, f"{code!r} is not a lowercase ISO 639-1 code")

        email = row["contact_email"]
        if "@" not in email or not email.endswith(".example"):
            err(where, f"contact_email {email!r} must contain @ and end "
                       "with .example")
        elif not EMAIL_RE.match(email):
            err(where, f"contact_email {email!r} is not a plain address")
        if not WEBSITE_RE.match(row["website"]):
            err(where, f"website {row['website']!r} must look like "
                       "https://name.example/")

        for col in ("available_for_mobility", "alliance_member"):
            if row[col] not in BOOLEAN:
                err(where, f"{col} must be yes or no, got {row[col]!r}")
        year = row["member_since"]
        if not (year.isdigit() and len(year) == 4
                and YEAR_MIN <= int(year) <= YEAR_MAX):
            err(where, f"member_since {year!r} not a year "
                       f"{YEAR_MIN}-{YEAR_MAX}")

        for col in ("maturity", "membership", "available_for_mobility",
                    "alliance_member"):
            counts[col][row[col]] += 1
        if row["notes"]:
            counts["notes"]["with notes"] += 1

    for key, n in sorted(keys.items()):
        if n > 1:
            err("keys", f"{key!r} appears {n} times")
    if len(countries) < MIN_COUNTRIES:
        err("countries", f"{len(countries)} distinct countries, "
                         f"need at least {MIN_COUNTRIES}")

    print(f"{demo_path}: {len(rows)} rows, {len(countries)} countries")
    print("countries: " + " ".join(f"{c}:{n}" for c, n in
                                   sorted(countries.items())))
    for col in ("maturity", "membership", "available_for_mobility",
                "alliance_member", "notes"):
        print(f"{col}: " + ", ".join(f"{v}={n}" for v, n in
                                     sorted(counts[col].items())))
    if errors:
        for line in errors:
            print("FAIL " + line)
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


def main(argv=None):
    data = os.path.join(repo_root(), "crates", "core", "data")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo", default=os.path.join(data, "demo_hubs.csv"))
    parser.add_argument("--gazetteer",
                        default=os.path.join(data, "gazetteer.tsv"))
    args = parser.parse_args(argv)
    return check(args.demo, args.gazetteer)


if __name__ == "__main__":
    sys.exit(main())
