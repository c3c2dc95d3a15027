-- How long each kind of personal data is kept (issue 21), in years after the event its rule
-- counts from: a hub's last cycle (contact details), a cycle's close (applications and
-- reviews), a story's publication, a grant's last payment (financial records). Shared with the
-- team; edited in Settings → Data protection. The audit trail has no period of its own: it is
-- kept as long as the records it accounts for.
CREATE TABLE retention_periods (
    rule       TEXT PRIMARY KEY CHECK (rule IN ('contact_details', 'applications', 'stories', 'financial')),
    years      INTEGER NOT NULL CHECK (years BETWEEN 1 AND 30),
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO retention_periods (rule, years) VALUES ('contact_details', 3), ('applications', 3), ('stories', 5), ('financial', 10);
