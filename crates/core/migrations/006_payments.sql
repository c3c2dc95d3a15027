-- Payments: the instalments of each awarded grant, from its cycle's payment schedule, what was
-- paid and when, and what must be recovered after a cancellation or a lower amendment; and the
-- date each grant's report was received (the balance falls due only then).
-- Amounts in integer euro cents.

-- One row per instalment of a grant, or per recovery order.
--   kind: 'instalment' (the network pays) or 'recovery' (the beneficiary pays back).
--   seq: the instalment's place in the schedule (1, 2 ...); a recovery or an instalment added
--        after everything was paid takes the next number.
--   percent: the schedule's share; 0 for rows added by an amendment or a cancellation.
--   due: 'before_activity' (due on the activity's first day), 'after_report' (due on the day
--        the report is received, never before) or 'now' (due from the day the row was made).
--   state: 'open' (owed), 'paid' (for a recovery: recovered), 'waived' (given up with a reason:
--        a balance forfeited, a recovery not pursued) or 'cancelled' (no longer owed;
--        kept so the export shows what was once scheduled).
--   The amount of an open row follows the grant; a paid row never changes.
CREATE TABLE payments (
    id           INTEGER PRIMARY KEY,
    grant_id     INTEGER NOT NULL REFERENCES grants (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL CHECK (seq >= 1),
    kind         TEXT NOT NULL CHECK (kind IN ('instalment', 'recovery')),
    percent      INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
    due          TEXT NOT NULL CHECK (due IN ('before_activity', 'after_report', 'now')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    state        TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'paid', 'waived', 'cancelled')),
    paid_on      TEXT,
    reference    TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    actor        TEXT NOT NULL DEFAULT '',
    created_on   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (grant_id, seq),
    CHECK ((state = 'paid') = (paid_on IS NOT NULL))
);
CREATE INDEX payments_grant ON payments (grant_id, seq);

-- The report of a grant, once received (issue 8 adds its stories).
CREATE TABLE grant_reports (
    grant_id    INTEGER PRIMARY KEY REFERENCES grants (id) ON DELETE CASCADE,
    received_on TEXT NOT NULL,
    actor       TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
