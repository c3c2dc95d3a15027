-- Words the core writes into data for people to read (why a draft grant cannot be computed, the
-- detail of a selection decision, a payment's note, a rule set's note, a cycle event's reason
-- and changes, why a team entry waits or was refused) keep their English, which exports, the
-- search and older desks read, and beside it the message they were made from: its JSON, or ''
-- for a person's own words. The window writes that message in its reader's language. Rows
-- written before have no message; the English words this version knows are recognised when read.
ALTER TABLE grants ADD COLUMN blocked_said TEXT NOT NULL DEFAULT '';
ALTER TABLE selection_events ADD COLUMN detail_said TEXT NOT NULL DEFAULT '';
ALTER TABLE payments ADD COLUMN note_said TEXT NOT NULL DEFAULT '';
ALTER TABLE rule_sets ADD COLUMN note_said TEXT NOT NULL DEFAULT '';
ALTER TABLE cycle_events ADD COLUMN reason_said TEXT NOT NULL DEFAULT '';
ALTER TABLE cycle_events ADD COLUMN changes_said TEXT NOT NULL DEFAULT '';
ALTER TABLE team_log ADD COLUMN reason_said TEXT NOT NULL DEFAULT '';
