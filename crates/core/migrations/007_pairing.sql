-- Pairing P2P visiting hubs with hosting hubs: the cycle's weights, the pairs staff lock or
-- forbid, and the pairs confirmed (which the grants then use as the visit's host).

-- The weights of the pair score and the cycle's rule on countries, as JSON (see pairing.rs).
CREATE TABLE pairing_settings (
    cycle_id   INTEGER PRIMARY KEY REFERENCES cycles (id) ON DELETE CASCADE,
    weights    TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- A pair staff fixed ('locked': kept by every re-run) or ruled out ('forbidden').
CREATE TABLE pair_constraints (
    id          INTEGER PRIMARY KEY,
    cycle_id    INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    visiting_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    hosting_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('locked', 'forbidden')),
    actor       TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (visiting_id, hosting_id)
);
CREATE INDEX pair_constraints_cycle ON pair_constraints (cycle_id);

-- The confirmed pairs of a cycle, with the score and its breakdown (JSON) as they stood. The
-- hubs are kept too, so a later cycle can tell a new collaboration from a repeated one.
--   source: 'proposed' (by the applicants), 'locked' (by staff) or 'suggested' (the optimal
--   assignment).
CREATE TABLE pairs (
    id             INTEGER PRIMARY KEY,
    cycle_id       INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    visiting_id    INTEGER NOT NULL UNIQUE REFERENCES applications (id) ON DELETE CASCADE,
    hosting_id     INTEGER NOT NULL UNIQUE REFERENCES applications (id) ON DELETE CASCADE,
    visiting_hub_id INTEGER NOT NULL REFERENCES hubs (id),
    hosting_hub_id INTEGER NOT NULL REFERENCES hubs (id),
    score          INTEGER NOT NULL,
    breakdown      TEXT NOT NULL,
    source         TEXT NOT NULL CHECK (source IN ('proposed', 'locked', 'suggested')),
    confirmed_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    actor          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pairs_cycle ON pairs (cycle_id);
CREATE INDEX pairs_hubs ON pairs (visiting_hub_id, hosting_hub_id);

-- Staff Exchange: how many people each host hub takes in a cycle (a hub available for mobility
-- takes 1 until staff say otherwise; 0 = not hosting this cycle). Hubs Alliance: how many
-- visitors a host has room for at the same time.
CREATE TABLE host_capacities (
    cycle_id INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    hub_id   INTEGER NOT NULL REFERENCES hubs (id),
    capacity INTEGER NOT NULL CHECK (capacity BETWEEN 0 AND 50),
    PRIMARY KEY (cycle_id, hub_id)
);

-- Staff Exchange: a person staff placed at a host ('locked') or ruled out of one ('forbidden').
CREATE TABLE placement_constraints (
    id             INTEGER PRIMARY KEY,
    cycle_id       INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    host_hub_id    INTEGER NOT NULL REFERENCES hubs (id),
    kind           TEXT NOT NULL CHECK (kind IN ('locked', 'forbidden')),
    actor          TEXT NOT NULL DEFAULT '',
    at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (application_id, host_hub_id)
);
CREATE INDEX placement_constraints_cycle ON placement_constraints (cycle_id);

-- Staff Exchange: the confirmed placements, which the grants then use as the visit's host.
CREATE TABLE placements (
    id             INTEGER PRIMARY KEY,
    cycle_id       INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    application_id INTEGER NOT NULL UNIQUE REFERENCES applications (id) ON DELETE CASCADE,
    host_hub_id    INTEGER NOT NULL REFERENCES hubs (id),
    score          INTEGER NOT NULL,
    breakdown      TEXT NOT NULL,
    source         TEXT NOT NULL CHECK (source IN ('proposed', 'locked', 'suggested')),
    confirmed_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    actor          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX placements_cycle ON placements (cycle_id);
