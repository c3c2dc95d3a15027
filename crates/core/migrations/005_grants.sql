-- The grant engine: each cycle's versioned rule set, the inputs staff record per application,
-- the grants with their lines, and the history of every award, amendment and cancellation.
-- Amounts in integer euro cents.

-- A cycle's rules for computing grants, as JSON (see rules.rs). Saving creates a new version;
-- the highest version is the one in force, and every grant line names the version it used.
CREATE TABLE rule_sets (
    id         INTEGER PRIMARY KEY,
    cycle_id   INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    version    INTEGER NOT NULL CHECK (version >= 1),
    body       TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    actor      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (cycle_id, version)
);

-- What the rules need beyond the application: the declared travel cost per traveller (capped
-- travel), inclusion or accessibility costs (real costs, up to the rule's cap) and how many
-- travellers need a visa.
CREATE TABLE grant_inputs (
    application_id    INTEGER PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
    travel_cost_cents INTEGER CHECK (travel_cost_cents IS NULL OR travel_cost_cents >= 0),
    inclusion_cents   INTEGER CHECK (inclusion_cents IS NULL OR inclusion_cents >= 0),
    visa_travellers   INTEGER NOT NULL DEFAULT 0 CHECK (visa_travellers >= 0),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- One grant per selected application. A draft follows the rules and inputs; an awarded grant
-- is frozen and changes only by amendment; a cancelled one keeps its last lines.
--   blocked: why a draft cannot be computed (e.g. a host without coordinates); '' when computed.
CREATE TABLE grants (
    id               INTEGER PRIMARY KEY,
    cycle_id         INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    application_id   INTEGER NOT NULL UNIQUE REFERENCES applications (id) ON DELETE CASCADE,
    state            TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'awarded', 'cancelled')),
    rule_set_version INTEGER,
    total_cents      INTEGER NOT NULL DEFAULT 0 CHECK (total_cents >= 0),
    blocked          TEXT NOT NULL DEFAULT '',
    revision         INTEGER NOT NULL DEFAULT 0,
    -- The lines frozen at the award (and at each amendment), as a JSON array of {traveller,
    -- kind, rule, rule_version, label, quantity, unit_cents, amount_cents, km, band, note}:
    -- quantity × unit_cents = amount_cents, except the cap line, whose amount is the (zero or
    -- negative) reduction; traveller 1, 2 ... for lines per traveller, null for the grant as a
    -- whole. A draft keeps '[]': its lines are what the rules in force give, computed whenever
    -- they are shown, and only its total is stored (for budgets).
    lines            TEXT NOT NULL DEFAULT '[]',
    computed_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    awarded_at       TEXT,
    awarded_by       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX grants_cycle ON grants (cycle_id, state);

-- Every award, amendment and cancellation, with the lines as they stood afterwards (JSON), so
-- an auditor can follow each change of an awarded amount.
CREATE TABLE grant_history (
    id          INTEGER PRIMARY KEY,
    grant_id    INTEGER NOT NULL REFERENCES grants (id) ON DELETE CASCADE,
    revision    INTEGER NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('awarded', 'amended', 'cancelled')),
    total_cents INTEGER NOT NULL,
    lines       TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    actor       TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX grant_history_grant ON grant_history (grant_id, id);
