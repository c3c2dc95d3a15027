-- Bank details (issue 21): the account a grant is paid to, and the network's own account that
-- pays it. An account belongs to the network (owner_id 0), to a hub, or to the person of an
-- application (a Staff Exchange or Hubs Alliance grant paid to the person). It is kept apart
-- from hubs and applications so that no list of them carries an IBAN, and its row is kept once
-- made (cleared by emptying it), so the History of its owner shows every change.
CREATE TABLE bank_accounts (
    id          INTEGER PRIMARY KEY,
    owner_kind  TEXT NOT NULL CHECK (owner_kind IN ('network', 'hub', 'application')),
    owner_id    INTEGER NOT NULL CHECK ((owner_kind = 'network') = (owner_id = 0)),
    -- The account holder's name as the bank knows it.
    holder      TEXT NOT NULL DEFAULT '',
    -- Electronic form: capitals, no spaces; checked before it is kept ('' when cleared).
    iban        TEXT NOT NULL DEFAULT '',
    bic         TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    updated_by  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (owner_kind, owner_id)
);

CREATE TRIGGER bank_accounts_versioned AFTER UPDATE ON bank_accounts
WHEN NEW.version = OLD.version
BEGIN
    INSERT OR REPLACE INTO record_history (table_name, record_id, version, data)
    VALUES ('bank_accounts', OLD.id, OLD.version, json_object('holder', OLD.holder, 'iban', OLD.iban, 'bic', OLD.bic));
    UPDATE bank_accounts SET version = OLD.version + 1 WHERE id = NEW.id;
END;
