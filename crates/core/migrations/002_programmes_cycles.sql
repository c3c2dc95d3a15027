-- Programmes: the four built-in shapes and any the network adds, each with default figures
-- (JSON, see programmes.rs) that new cycles copy.
CREATE TABLE programmes (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    shape       TEXT NOT NULL CHECK (shape IN ('p2p', 'staff_exchange', 'workshops', 'hubs_alliance')),
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    position    INTEGER NOT NULL DEFAULT 0,
    defaults    TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- A programme's call for one year. Amounts in integer euro cents; dates as ISO 8601 (YYYY-MM-DD).
CREATE TABLE cycles (
    id               INTEGER PRIMARY KEY,
    programme_id     INTEGER NOT NULL REFERENCES programmes (id),
    year             INTEGER NOT NULL,
    title            TEXT NOT NULL,
    call_opens       TEXT,
    call_deadline    TEXT,
    activity_start   TEXT,
    activity_end     TEXT,
    report_deadline  TEXT,
    slots_primary    INTEGER NOT NULL CHECK (slots_primary >= 0),
    slots_secondary  INTEGER NOT NULL DEFAULT 0 CHECK (slots_secondary >= 0),
    min_days         INTEGER,
    max_days         INTEGER,
    budget_cents     INTEGER NOT NULL DEFAULT 0 CHECK (budget_cents >= 0),
    payment_schedule TEXT NOT NULL,
    phase            TEXT NOT NULL DEFAULT 'draft',
    cloned_from      INTEGER REFERENCES cycles (id),
    notes            TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (programme_id, year, title)
);
CREATE INDEX cycles_programme ON cycles (programme_id, year);

-- Every phase change; a move back needs a reason, kept here.
CREATE TABLE cycle_events (
    id         INTEGER PRIMARY KEY,
    cycle_id   INTEGER NOT NULL REFERENCES cycles (id),
    from_phase TEXT NOT NULL,
    to_phase   TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX cycle_events_cycle ON cycle_events (cycle_id, id);

-- The four programmes of the creative hubs network's call pages, with the figures of
-- shared/domain.md: P2P 13 visiting + 13 hosting hubs, 4-5 days, up to €1,175 per visiting hub
-- and €500 per host (13 × 1,175 + 13 × 500 = €21,775); Staff Exchange about 10 people for
-- 1 week to 3 months (travel rules set per cycle: no default envelope); Workshops one hub,
-- 4 days, €10,000; Hubs Alliance about 10 people, up to 6 days, up to €1,175 each (€11,750).
-- Payment 70 % before the activity, 30 % after the report.
INSERT INTO programmes (key, shape, name, description, builtin, position, defaults) VALUES
 ('p2p', 'p2p', 'P2P Learning',
  'Visiting hubs (typically emerging) paired with hosting hubs (typically established) for a 4-5 day exchange that ends with a public event at the host.',
  1, 1,
  '{"slots_primary":13,"slots_secondary":13,"min_days":4,"max_days":5,"budget_cents":2177500,"payment_schedule":[{"percent":70,"due":"before_activity"},{"percent":30,"due":"after_report"}]}'),
 ('staff_exchange', 'staff_exchange', 'Staff Exchange',
  'A staff member of a member hub, in any role, visits another member hub for one week to three months.',
  1, 2,
  '{"slots_primary":10,"slots_secondary":0,"min_days":7,"max_days":90,"budget_cents":0,"payment_schedule":[{"percent":70,"due":"before_activity"},{"percent":30,"due":"after_report"}]}'),
 ('workshops', 'workshops', 'Workshops',
  'The community elects one member hub a year to produce a four-day workshop for at least 15 participants.',
  1, 3,
  '{"slots_primary":1,"slots_secondary":0,"min_days":4,"max_days":4,"budget_cents":1000000,"payment_schedule":[{"percent":70,"due":"before_activity"},{"percent":30,"due":"after_report"}]}'),
 ('hubs_alliance', 'hubs_alliance', 'Hubs Alliance',
  'Professionals of Alliance hubs work at another Alliance hub for up to six days; first come, first served.',
  1, 4,
  '{"slots_primary":10,"slots_secondary":0,"min_days":1,"max_days":6,"budget_cents":1175000,"payment_schedule":[{"percent":70,"due":"before_activity"},{"percent":30,"due":"after_report"}]}');
