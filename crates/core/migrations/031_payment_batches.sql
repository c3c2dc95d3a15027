-- Bank transfer files (issue 21): each SEPA credit-transfer file written for a cycle, the
-- instalments it carries at the amounts it carries, and whether the bank has paid it. An
-- instalment in a file not yet marked paid goes into no other file, so nothing is paid twice.
CREATE TABLE payment_batches (
    id             INTEGER PRIMARY KEY,
    cycle_id       INTEGER NOT NULL REFERENCES cycles (id),
    -- The file's message id, which the bank shows; each payment's reference once paid.
    reference      TEXT NOT NULL UNIQUE,
    format         TEXT NOT NULL CHECK (format IN ('pain.001.001.09', 'pain.001.001.03')),
    execution_date TEXT NOT NULL,
    count          INTEGER NOT NULL CHECK (count >= 1),
    total_cents    INTEGER NOT NULL CHECK (total_cents > 0),
    -- The network's account as it was when the file was written (electronic form).
    debtor_iban    TEXT NOT NULL,
    file_name      TEXT NOT NULL DEFAULT '',
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    -- written: sent or to send to the bank; paid: the bank confirmed it (each instalment paid);
    -- discarded: never sent (its instalments may go into another file).
    state          TEXT NOT NULL DEFAULT 'written' CHECK (state IN ('written', 'paid', 'discarded')),
    paid_on        TEXT,
    created_by     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    settled_by     TEXT NOT NULL DEFAULT '',
    settled_at     TEXT,
    CHECK ((state = 'paid') = (paid_on IS NOT NULL))
);
CREATE INDEX payment_batches_cycle ON payment_batches (cycle_id, state);

CREATE TABLE payment_batch_items (
    id           INTEGER PRIMARY KEY,
    batch_id     INTEGER NOT NULL REFERENCES payment_batches (id),
    payment_id   INTEGER NOT NULL REFERENCES payments (id),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    -- The transfer's own reference in the file (EndToEndId), unique within it.
    end_to_end   TEXT NOT NULL,
    UNIQUE (batch_id, payment_id)
);
CREATE INDEX payment_batch_items_payment ON payment_batch_items (payment_id);
