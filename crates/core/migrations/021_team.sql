-- Team desks (issue 17): who works at this desk, the desk's signed change log, and what
-- merging the logs of several desks needs. The capture triggers of the shared tables are not
-- here: the app writes them from the schema each time it opens the file (team/capture.rs), so
-- a later migration's new column is captured without a step of its own.

-- This desk: its key (ed25519 seed), its number in the team (the last two digits of the ids it
-- gives, and the letter of its references), and the person working at it. Never shared.
CREATE TABLE desk_self (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    desk_id         TEXT NOT NULL CHECK (length(desk_id) = 16),
    secret_key      BLOB NOT NULL CHECK (length(secret_key) = 32),
    name            TEXT NOT NULL DEFAULT '',
    number          INTEGER NOT NULL DEFAULT 0 CHECK (number BETWEEN 0 AND 99),
    stride          INTEGER NOT NULL DEFAULT 1 CHECK (stride IN (1, 100)),
    person_name     TEXT NOT NULL DEFAULT '',
    person_initials TEXT NOT NULL DEFAULT '',
    person_email    TEXT NOT NULL DEFAULT '',
    -- The hybrid logical clock: milliseconds since 1970 shifted left 16 bits, plus a counter.
    hlc             INTEGER NOT NULL DEFAULT 0,
    -- 0 while entries of other desks are applied (their changes are not this desk's).
    capturing       INTEGER NOT NULL DEFAULT 1 CHECK (capturing IN (0, 1)),
    -- solo: on its own; pending: started from a team's snapshot, not approved yet (adds
    -- nothing); member: approved; removed: taken out of the team.
    state           TEXT NOT NULL DEFAULT 'solo' CHECK (state IN ('solo', 'pending', 'member', 'removed')),
    -- The desk's own age identity: the network's key is sealed to it when the desk is approved.
    age_identity    TEXT NOT NULL DEFAULT '',
    -- The network's age identity (what the shared folder's files are encrypted to), once known.
    network_key     TEXT NOT NULL DEFAULT '',
    -- The shared folder, and this desk's last entry written there.
    folder          TEXT NOT NULL DEFAULT '',
    exported_seq    INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- What the capture triggers saw since the desk's last entry: the row's key, the kind of
-- change, and the changed columns' values before it (JSON; BLOBs as hex). Sealed into an
-- entry of team_log after each action, in one transaction.
CREATE TABLE team_capture (
    n   INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    key TEXT NOT NULL,
    op  TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    old TEXT NOT NULL DEFAULT '{}',
    at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Every entry of every desk this desk holds, as signed: `body` is the entry's canonical JSON,
-- `hash` its SHA-256, `signature` the desk's ed25519 signature of the hash.
CREATE TABLE team_log (
    desk_id     TEXT NOT NULL,
    seq         INTEGER NOT NULL CHECK (seq >= 1),
    hlc         INTEGER NOT NULL,
    hash        TEXT NOT NULL CHECK (length(hash) = 64),
    body        TEXT NOT NULL,
    signature   TEXT NOT NULL CHECK (length(signature) = 128),
    state       TEXT NOT NULL DEFAULT 'applied' CHECK (state IN ('applied', 'waiting', 'refused')),
    reason      TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (desk_id, seq)
);
CREATE INDEX team_log_hlc ON team_log (hlc);
-- The last entry applied of a desk, found at once however many wait behind it.
CREATE INDEX team_log_state ON team_log (desk_id, state, seq);

-- Which entries changed which row: the History of a record.
CREATE TABLE team_log_rows (
    tbl     TEXT NOT NULL,
    key     TEXT NOT NULL,
    desk_id TEXT NOT NULL,
    seq     INTEGER NOT NULL,
    PRIMARY KEY (tbl, key, desk_id, seq)
) WITHOUT ROWID;

-- The clock of each field's value (JSON {column: [hlc, desk]}, "*" for the whole row as it was
-- inserted): a change of another desk replaces a field only when its clock is later.
CREATE TABLE team_clocks (
    tbl    TEXT NOT NULL,
    key    TEXT NOT NULL,
    clocks TEXT NOT NULL,
    PRIMARY KEY (tbl, key)
) WITHOUT ROWID;

-- Rows deleted by an entry: a later-arriving change to them is not applied.
CREATE TABLE team_tombstones (
    tbl     TEXT NOT NULL,
    key     TEXT NOT NULL,
    hlc     INTEGER NOT NULL,
    desk_id TEXT NOT NULL,
    PRIMARY KEY (tbl, key)
) WITHOUT ROWID;

-- The desks of the team (shared: every desk knows every desk's key).
CREATE TABLE team_desks (
    desk_id         TEXT PRIMARY KEY CHECK (length(desk_id) = 16),
    public_key      TEXT NOT NULL CHECK (length(public_key) = 64),
    number          INTEGER NOT NULL CHECK (number BETWEEN 0 AND 99),
    name            TEXT NOT NULL DEFAULT '',
    person_name     TEXT NOT NULL DEFAULT '',
    person_initials TEXT NOT NULL DEFAULT '',
    person_email    TEXT NOT NULL DEFAULT '',
    state           TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'removed')),
    approved_by     TEXT NOT NULL DEFAULT '',
    approved_at     TEXT,
    -- When removed: the last of its entries that counts.
    last_seq        INTEGER,
    removed_by      TEXT NOT NULL DEFAULT '',
    removed_at      TEXT
);

-- Rows two desks created under one unique key (two drafts of one grant, say) are merged into the
-- one with the smaller key; changes that name the other key are applied to it.
CREATE TABLE team_aliases (
    tbl    TEXT NOT NULL,
    key    TEXT NOT NULL,
    target TEXT NOT NULL,
    PRIMARY KEY (tbl, key)
) WITHOUT ROWID;

-- For each grant or vote, the entries that last changed its money or numbered documents and
-- that no later entry had seen: two or more is a clash for a person to decide (the inbox).
CREATE TABLE team_heads (
    subject TEXT PRIMARY KEY,
    heads   TEXT NOT NULL,
    -- When the clash was found (null while there is none).
    since   TEXT
) WITHOUT ROWID;

-- A person's decision on a clash (shared: it settles the clash on every desk).
CREATE TABLE team_decisions (
    id      INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,
    -- "keep:DESK:SEQ" (that desk's version put back) or "merged" (as it stands).
    choice  TEXT NOT NULL,
    note    TEXT NOT NULL DEFAULT '',
    actor   TEXT NOT NULL DEFAULT '',
    at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
