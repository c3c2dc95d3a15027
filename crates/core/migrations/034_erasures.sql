-- Erasure (issue 21). A person's data is erased on request (or once its period has run out):
-- the personal fields of their records are emptied or replaced, their stories, photos, bank
-- details and mails deleted. Each erasure is kept here, shared with the team: when, by whom,
-- how many records of each kind, and which cells it emptied or rows it deleted -- the table,
-- the row's key and the value each cell was given, never the value it had.
CREATE TABLE erasures (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL CHECK (reason IN ('request', 'retention')),
    -- JSON {kind: count}, the kinds of the register.
    counts     TEXT NOT NULL DEFAULT '{}',
    -- JSON [{table, key, set: {column: value}} | {table, key, delete: true}].
    cells      TEXT NOT NULL DEFAULT '[]',
    -- JSON ["award:letter:12", ...]: the outbox mails (each desk's own) to delete.
    mails      TEXT NOT NULL DEFAULT '[]',
    -- The entry of the log that made it (its desk, its number): an entry of another desk
    -- written without having seen it is redacted as it arrives.
    origin_desk TEXT NOT NULL DEFAULT '',
    origin_seq  INTEGER NOT NULL DEFAULT 0
);

-- Which erasures this desk has carried into its own files: its log and the history of its
-- forms redacted, the freed pages wiped, its backups replaced. Never shared.
CREATE TABLE erasures_done (
    erasure_id INTEGER PRIMARY KEY,
    done_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    -- 0 until the steps on whole files (free pages wiped, the shared folder's files written
    -- again, the backups replaced) are done: tried again at the next erasure or sync.
    files_done INTEGER NOT NULL DEFAULT 0 CHECK (files_done IN (0, 1))
);

-- An entry of the log whose values an erasure replaced: its hash and signature are the ones
-- it was sealed with, so its body no longer hashes to them; the audit says so. 1: redacted by
-- the desk that wrote it, which signs what is left (`redaction`: the ed25519 signature of the
-- redacted body's SHA-256) and sends it so; 2: a copy of another desk's entry redacted where
-- it is kept, without that signature (never taken from another desk).
ALTER TABLE team_log ADD COLUMN redacted INTEGER NOT NULL DEFAULT 0 CHECK (redacted IN (0, 1, 2));
ALTER TABLE team_log ADD COLUMN redaction TEXT NOT NULL DEFAULT '';

-- A story's consent is part of what a stale save of the story is checked against.
DROP TRIGGER stories_versioned;
CREATE TRIGGER stories_versioned AFTER UPDATE ON stories
WHEN NEW.version = OLD.version
BEGIN
    INSERT OR REPLACE INTO record_history (table_name, record_id, version, data)
    VALUES ('stories', OLD.id, OLD.version, json_object('title', OLD.title, 'author', OLD.author, 'body', OLD.body,
        'consent_on', OLD.consent_on, 'consent_scope', OLD.consent_scope));
    UPDATE stories SET version = OLD.version + 1 WHERE id = NEW.id;
END;
