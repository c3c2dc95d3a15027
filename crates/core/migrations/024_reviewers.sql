-- The reviewers of a cycle: people named once, with the hub they belong to (if any), the
-- country they work from and the languages they read. A score is signed with a reviewer's name
-- (reviews.reviewer), as before; a name first used in a score from now on is added here.
-- Scores signed before with a name that is not here count as they always did.
CREATE TABLE reviewers (
    id         INTEGER PRIMARY KEY,
    cycle_id   INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    email      TEXT NOT NULL DEFAULT '',
    hub_id     INTEGER REFERENCES hubs (id) ON DELETE SET NULL,
    country    TEXT NOT NULL DEFAULT '',
    languages  TEXT NOT NULL DEFAULT '[]',  -- JSON array of ISO 639-1 codes
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (cycle_id, name)
);

-- Which reviewer scores which application: given by hand or by the automatic assignment.
CREATE TABLE review_assignments (
    id             INTEGER PRIMARY KEY,
    reviewer_id    INTEGER NOT NULL REFERENCES reviewers (id) ON DELETE CASCADE,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    how            TEXT NOT NULL CHECK (how IN ('hand', 'auto')),
    actor          TEXT NOT NULL DEFAULT '',
    at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (reviewer_id, application_id)
);
CREATE INDEX review_assignments_application ON review_assignments (application_id);

-- Conflicts of interest a reviewer declared (those of their own hub, its partners and pairs
-- are found from the data, not stored): kept with the reason and who recorded it.
CREATE TABLE review_conflicts (
    id             INTEGER PRIMARY KEY,
    reviewer_id    INTEGER NOT NULL REFERENCES reviewers (id) ON DELETE CASCADE,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    reason         TEXT NOT NULL,
    actor          TEXT NOT NULL DEFAULT '',
    at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (reviewer_id, application_id)
);
