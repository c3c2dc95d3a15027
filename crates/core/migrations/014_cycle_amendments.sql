-- Amendments: once a cycle has an awarded grant or an issued letter, its settings change only
-- by an amendment with a reason, kept in the cycle's history next to its phase moves.
--   kind: 'move' (a phase change), 'amendment' (settings changed), 'rules' (a new rule set).
--   changes: what changed, one line each ("Budget envelope: €21,775.00 → €15,000.00").
ALTER TABLE cycle_events ADD COLUMN kind TEXT NOT NULL DEFAULT 'move' CHECK (kind IN ('move', 'amendment', 'rules'));
ALTER TABLE cycle_events ADD COLUMN changes TEXT NOT NULL DEFAULT '';
ALTER TABLE cycle_events ADD COLUMN actor TEXT NOT NULL DEFAULT '';

-- How many amendments so far changed what the cycle's letters state (title, activity window,
-- report deadline, payment schedule); each letter keeps the count it was issued under, and a
-- letter under an older count says its grant needs a new version.
ALTER TABLE cycles ADD COLUMN letters_amendment INTEGER NOT NULL DEFAULT 0;
ALTER TABLE letters ADD COLUMN cycle_amendment INTEGER NOT NULL DEFAULT 0;
