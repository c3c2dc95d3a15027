-- Optimistic concurrency for settings kept in several rows, or in a row of their own beside
-- their record, each edited in one dialog: a cycle's selection criteria and rules, vote
-- settings, emission factors and pairing weights (record_id: the cycle), and a grant's inputs
-- (record_id: the application). One version per kind and record, raised by every save (0 until
-- the first); a save made from a dialog read at an older version is refused (versions.rs).
CREATE TABLE setting_versions (
    kind       TEXT NOT NULL CHECK (kind IN ('selection', 'vote', 'emissions', 'pairing', 'grant_inputs')),
    record_id  INTEGER NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (kind, record_id)
);
