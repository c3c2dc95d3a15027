-- Award letters: each issued letter is kept whole (the PDF's bytes with their SHA-256) and with
-- the content it was set from, so a reprint gives the same bytes and a batch can set the same
-- letters again into one file.

-- The last number given per prefix (P2P, SE, HA, WS ...) and year. Numbers only go up: a
-- number once given is never given again, even when its grant is cancelled.
CREATE TABLE letter_sequences (
    prefix TEXT NOT NULL,
    year   INTEGER NOT NULL,
    last   INTEGER NOT NULL CHECK (last >= 1),
    PRIMARY KEY (prefix, year)
);

-- One row per issued letter. A grant's letters share its reference (P2P-2027-007); an amended
-- grant gets version 2, 3 ... (printed P2P-2027-007/2) and the earlier versions stay.
--   grant_revision: the grant's revision the letter states (grants.revision).
--   content: the letter as set (JSON of the typesetter's document).
CREATE TABLE letters (
    id             INTEGER PRIMARY KEY,
    grant_id       INTEGER NOT NULL REFERENCES grants (id),
    reference      TEXT NOT NULL,
    version        INTEGER NOT NULL CHECK (version >= 1),
    grant_revision INTEGER NOT NULL,
    language       TEXT NOT NULL,
    total_cents    INTEGER NOT NULL CHECK (total_cents > 0),
    content        TEXT NOT NULL,
    pdf            BLOB NOT NULL,
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    pages          INTEGER NOT NULL CHECK (pages >= 1),
    issued_on      TEXT NOT NULL,
    issued_at      TEXT NOT NULL,
    actor          TEXT NOT NULL DEFAULT '',
    UNIQUE (reference, version),
    UNIQUE (grant_id, version)
);
CREATE INDEX letters_grant ON letters (grant_id, version);
