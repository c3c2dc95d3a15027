-- Selection: each cycle's criteria and rules, reviewers' scores, the waiting list and the
-- record of every decision; and the column mapping of each cycle's form-export import.

-- The criteria reviewers score, with their weights (relative integers; the ranking divides by
-- their sum). Scores run from 0 to max_score.
CREATE TABLE selection_criteria (
    id        INTEGER PRIMARY KEY,
    cycle_id  INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    label     TEXT NOT NULL,
    weight    INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 100),
    max_score INTEGER NOT NULL DEFAULT 10 CHECK (max_score BETWEEN 1 AND 100),
    position  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (cycle_id, label)
);

-- Rules of a cycle's selection that are not criteria.
--   method: 'ranking' (scores, submission order breaks ties) or 'first_come' (submission order
--           alone, within slots and budget: Hubs Alliance).
--   place_cost_cents: what one selected place costs the envelope when selecting first come,
--           first served (Hubs Alliance: up to €1,175 per person).
--   min_participants: Workshops: the fewest participants a proposal may expect (15).
CREATE TABLE selection_rules (
    cycle_id         INTEGER PRIMARY KEY REFERENCES cycles (id) ON DELETE CASCADE,
    method           TEXT NOT NULL DEFAULT 'ranking' CHECK (method IN ('ranking', 'first_come')),
    place_cost_cents INTEGER CHECK (place_cost_cents IS NULL OR place_cost_cents > 0),
    min_participants INTEGER CHECK (min_participants IS NULL OR min_participants > 0)
);

-- One reviewer's score of one application on one criterion.
CREATE TABLE reviews (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    criterion_id   INTEGER NOT NULL REFERENCES selection_criteria (id) ON DELETE CASCADE,
    reviewer       TEXT NOT NULL,
    score          INTEGER NOT NULL CHECK (score >= 0),
    note           TEXT NOT NULL DEFAULT '',
    at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (application_id, criterion_id, reviewer)
);
CREATE INDEX reviews_application ON reviews (application_id);

-- Place on the waiting list (1 = next to be offered a place), for status 'waiting'.
ALTER TABLE applications ADD COLUMN waiting_rank INTEGER;

-- Every selection decision: who (the application, and the staff account that made it) and when.
--   action: selected | waiting | not_eligible | withdrawn | promoted | reset
CREATE TABLE selection_events (
    id             INTEGER PRIMARY KEY,
    cycle_id       INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    action         TEXT NOT NULL,
    -- For a promotion: the withdrawn application whose place was offered.
    replaces_id    INTEGER REFERENCES applications (id),
    actor          TEXT NOT NULL DEFAULT '',
    detail         TEXT NOT NULL DEFAULT '',
    at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX selection_events_cycle ON selection_events (cycle_id, id);

-- The last column mapping used to import a cycle's form export: JSON {field: column header}.
CREATE TABLE import_mappings (
    cycle_id   INTEGER PRIMARY KEY REFERENCES cycles (id) ON DELETE CASCADE,
    mapping    TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Existing cycles get the default criteria and rules (new ones get them when created).
INSERT INTO selection_criteria (cycle_id, label, weight, position)
    SELECT id, 'Quality of the work plan', 50, 1 FROM cycles;
INSERT INTO selection_criteria (cycle_id, label, weight, position)
    SELECT id, 'Geographical balance', 25, 2 FROM cycles;
INSERT INTO selection_criteria (cycle_id, label, weight, position)
    SELECT id, 'Diversity of participants', 25, 3 FROM cycles;
INSERT INTO selection_rules (cycle_id, method, place_cost_cents, min_participants)
    SELECT c.id,
           CASE p.shape WHEN 'hubs_alliance' THEN 'first_come' ELSE 'ranking' END,
           CASE p.shape WHEN 'hubs_alliance' THEN 117500 ELSE NULL END,
           CASE p.shape WHEN 'workshops' THEN 15 ELSE NULL END
      FROM cycles c JOIN programmes p ON p.id = c.programme_id;
