-- The place printed before the date of a letter ("Bruxelles, 5 December 2026"), as staff type
-- it in Settings. Empty: not typed yet, and the town is read from the postal address.
ALTER TABLE settings ADD COLUMN signing_place TEXT NOT NULL DEFAULT '';
