-- Optimistic concurrency for the settings a cycle keeps in several rows, each edited in one
-- dialog: the selection criteria and rules, the vote settings, the emission factors and the
-- pairing weights. One version per cycle and kind, raised by every save (0 until the first);
-- a save made from a dialog read at an older version is refused (see versions.rs).
CREATE TABLE cycle_setting_versions (
    cycle_id   INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('selection', 'vote', 'emissions', 'pairing')),
    version    INTEGER NOT NULL CHECK (version >= 1),
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (cycle_id, kind)
);
