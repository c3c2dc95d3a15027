-- Community votes (the Workshops election): how a cycle's vote is counted, the electorate frozen
-- when the vote opens, every ballot as recorded (a later ballot from the same hub replaces the
-- earlier one only with a reason, and both are kept), and the result as declared.

-- One row per cycle that has a vote.
--   method: 'instant_runoff', 'borda' or 'points' (3/2/1).
--   associates_vote: associate members vote too (regular members always do).
--   quorum_percent: the share of the electorate that must vote; below it the result carries a
--     warning and is declared only when staff confirm.
--   opened_at: when the electorate was frozen and ballots could be recorded.
--   declared_at, winner_id, result: the declared count (JSON of votes::count::Count), after
--     which no ballot is recorded and nothing is counted again.
CREATE TABLE vote_settings (
    cycle_id        INTEGER PRIMARY KEY REFERENCES cycles (id) ON DELETE CASCADE,
    method          TEXT NOT NULL DEFAULT 'instant_runoff' CHECK (method IN ('instant_runoff', 'borda', 'points')),
    associates_vote INTEGER NOT NULL DEFAULT 0 CHECK (associates_vote IN (0, 1)),
    quorum_percent  INTEGER NOT NULL DEFAULT 50 CHECK (quorum_percent BETWEEN 0 AND 100),
    opened_at       TEXT,
    opened_by       TEXT NOT NULL DEFAULT '',
    declared_at     TEXT,
    declared_by     TEXT NOT NULL DEFAULT '',
    winner_id       INTEGER REFERENCES applications (id),
    result          TEXT,
    CHECK (declared_at IS NULL OR opened_at IS NOT NULL)
);

-- The member hubs allowed to vote, frozen when the vote opens: one ballot each.
CREATE TABLE vote_electorate (
    cycle_id INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    hub_id   INTEGER NOT NULL REFERENCES hubs (id),
    PRIMARY KEY (cycle_id, hub_id)
);

-- Every ballot recorded. The current ballot of a hub is the one not replaced.
--   choices: JSON array of application ids (the proposals), best first.
--   source: 'recorded' (typed by the secretariat from an email or a form) or 'imported'.
--   received_on: the day the hub's vote arrived.
--   replaced_by: the later ballot of the same hub that replaces this one.
--   reason: why this ballot replaces the hub's earlier one ('' for a first ballot).
CREATE TABLE ballots (
    id          INTEGER PRIMARY KEY,
    cycle_id    INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    hub_id      INTEGER NOT NULL REFERENCES hubs (id),
    choices     TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('recorded', 'imported')),
    received_on TEXT NOT NULL,
    replaced_by INTEGER REFERENCES ballots (id),
    reason      TEXT NOT NULL DEFAULT '',
    actor       TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX ballots_cycle ON ballots (cycle_id, hub_id, id);
