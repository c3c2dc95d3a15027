-- Network settings: one row.
CREATE TABLE settings (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    network_name     TEXT NOT NULL DEFAULT '',
    postal_address   TEXT NOT NULL DEFAULT '',
    signatory_name   TEXT NOT NULL DEFAULT '',
    signatory_title  TEXT NOT NULL DEFAULT '',
    default_language TEXT NOT NULL DEFAULT 'en',
    logo             BLOB,
    logo_mime        TEXT,
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO settings (id) VALUES (1);

-- Member hubs of the network. Never deleted: archived.
CREATE TABLE hubs (
    id                     INTEGER PRIMARY KEY,
    key                    TEXT NOT NULL UNIQUE,
    name                   TEXT NOT NULL,
    city                   TEXT NOT NULL,
    country                TEXT NOT NULL CHECK (length(country) = 2),
    latitude               REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude              REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    maturity               TEXT NOT NULL CHECK (maturity IN ('emerging', 'established')),
    membership             TEXT NOT NULL CHECK (membership IN ('regular', 'associate', 'former')),
    sectors                TEXT NOT NULL DEFAULT '[]',  -- JSON array of tags
    languages              TEXT NOT NULL DEFAULT '[]',  -- JSON array of ISO 639-1 codes
    contact_name           TEXT NOT NULL DEFAULT '',
    contact_email          TEXT NOT NULL DEFAULT '',
    website                TEXT NOT NULL DEFAULT '',
    available_for_mobility INTEGER NOT NULL DEFAULT 1 CHECK (available_for_mobility IN (0, 1)),
    alliance_member        INTEGER NOT NULL DEFAULT 0 CHECK (alliance_member IN (0, 1)),
    member_since           INTEGER,
    notes                  TEXT NOT NULL DEFAULT '',
    archived               INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    search                 TEXT NOT NULL,               -- folded text for instant search
    sort_name              TEXT NOT NULL,               -- folded name for sorting
    created_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX hubs_country ON hubs (country);
CREATE INDEX hubs_sort_name ON hubs (sort_name);
