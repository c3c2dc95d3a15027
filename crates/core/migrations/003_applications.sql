-- Applications to a cycle. One table for the four shapes; which columns matter depends on the
-- programme's shape (see applications.rs). Amounts in integer euro cents, dates YYYY-MM-DD.
CREATE TABLE applications (
    id                   INTEGER PRIMARY KEY,
    cycle_id             INTEGER NOT NULL REFERENCES cycles (id),
    -- P2P: the applying hub; Staff Exchange and Hubs Alliance: the home hub; Workshops: the proposing hub.
    hub_id               INTEGER NOT NULL REFERENCES hubs (id),
    -- p2p: visiting | hosting; staff_exchange, hubs_alliance: visitor; workshops: proposer.
    role                 TEXT NOT NULL CHECK (role IN ('visiting', 'hosting', 'visitor', 'proposer')),
    person_name          TEXT NOT NULL DEFAULT '',
    person_email         TEXT NOT NULL DEFAULT '',
    -- Staff Exchange: the person's job in the hub (production manager, technician ...).
    person_role          TEXT NOT NULL DEFAULT '',
    -- P2P: proposed partner; Staff Exchange: proposed host; Hubs Alliance: the host.
    partner_hub_id       INTEGER REFERENCES hubs (id),
    -- Staff Exchange: job_shadowing | project_based | workshop | lecture | other.
    format               TEXT,
    starts_on            TEXT,
    ends_on              TEXT,
    title                TEXT NOT NULL DEFAULT '',
    -- P2P: the work plan; Workshops: the summary.
    summary              TEXT NOT NULL DEFAULT '',
    travellers           INTEGER NOT NULL DEFAULT 1 CHECK (travellers >= 0),
    travel_mode          TEXT NOT NULL DEFAULT 'standard' CHECK (travel_mode IN ('standard', 'green')),
    participants         INTEGER,
    budget_request_cents INTEGER CHECK (budget_request_cents IS NULL OR budget_request_cents >= 0),
    needs                TEXT NOT NULL DEFAULT '',
    -- Decides first come, first served and breaks ties in rankings.
    submitted_at         TEXT NOT NULL,
    status               TEXT NOT NULL DEFAULT 'received'
                         CHECK (status IN ('received', 'selected', 'waiting', 'declined', 'withdrawn')),
    -- The row's id in an online form's export, so a re-import updates instead of duplicating.
    external_ref         TEXT,
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (cycle_id, external_ref)
);
CREATE INDEX applications_cycle ON applications (cycle_id, status);
CREATE INDEX applications_hub ON applications (hub_id);
