-- The outbox (issue 19): e-mails composed from templates, checked and edited by staff, then sent
-- through the network's mail server, queued while it cannot be reached, and kept once sent with
-- the server's answer. The templates and the reminders' schedules are the network's, shared by
-- its desks; the mail server and the outbox are one desk's own: each desk sends through its own
-- account and keeps its own outbox (team/mod.rs LOCAL), so a message is never sent twice by two
-- desks.

-- The mail server this desk sends through. Its password is not here: it is kept in the
-- operating system's keychain, under the server and the user name.
--   security: 'starttls' (port 587), 'tls' (port 465) or 'none' (a server on the local network).
CREATE TABLE mail_server (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    host         TEXT NOT NULL DEFAULT '',
    port         INTEGER NOT NULL DEFAULT 587 CHECK (port BETWEEN 1 AND 65535),
    security     TEXT NOT NULL DEFAULT 'starttls' CHECK (security IN ('starttls', 'tls', 'none')),
    username     TEXT NOT NULL DEFAULT '',
    from_address TEXT NOT NULL DEFAULT '',
    from_name    TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO mail_server (id) VALUES (1);

-- Templates staff rewrote; the others are the app's own (locales/*/mail.ftl). Subject and body
-- are Fluent patterns: text with fields such as { $recipient }.
CREATE TABLE mail_templates (
    kind       TEXT NOT NULL,
    language   TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    actor      TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (kind, language)
);

-- When a cycle's report reminders are written: `days_before` the report deadline, then every
-- `every_days` until the report is received. Without a row: 14 days before, then weekly.
CREATE TABLE reminder_schedules (
    cycle_id    INTEGER PRIMARY KEY REFERENCES cycles (id) ON DELETE CASCADE,
    days_before INTEGER NOT NULL DEFAULT 14 CHECK (days_before BETWEEN 0 AND 365),
    every_days  INTEGER NOT NULL DEFAULT 7 CHECK (every_days BETWEEN 1 AND 365),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- One message. `about` says what it is about, so that nothing is composed twice:
-- 'award:letter:12', 'rejection:application:4', 'reminder:grant:7:2027-09-16' ...
--   state: 'draft' (composed, to check), 'queued' (to send: tried until the server takes it),
--          'sent' (the server took it: sent_at and its answer), 'discarded' (not to be sent,
--          kept so that it is not composed again).
--   attachment: the file sent with it (an award letter's archived PDF, a reviewer's sheet).
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('award', 'rejection', 'waiting_list', 'payment_made', 'report_reminder', 'reviewer_invitation')),
    about           TEXT NOT NULL UNIQUE,
    cycle_id        INTEGER REFERENCES cycles (id) ON DELETE SET NULL,
    recipient_name  TEXT NOT NULL DEFAULT '',
    recipient_email TEXT NOT NULL,
    language        TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    attachment_name TEXT,
    attachment_type TEXT,
    attachment      BLOB,
    state           TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'queued', 'sent', 'discarded')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT,
    answer          TEXT NOT NULL DEFAULT '',
    message_id      TEXT NOT NULL DEFAULT '',
    sent_at         TEXT,
    actor           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK ((state = 'sent') = (sent_at IS NOT NULL)),
    CHECK ((attachment IS NULL) = (attachment_name IS NULL))
);
CREATE INDEX outbox_state ON outbox (state, id);
CREATE INDEX outbox_cycle ON outbox (cycle_id, kind);
