-- The dates of a P2P exchange itself, agreed between the two hubs within both hubs'
-- availability (applications.starts_on / ends_on are when each hub is available). NULL until
-- staff set them: the grant then follows the cycle's rule for undated visits, and the letter
-- says the dates are still to be agreed.
ALTER TABLE pairs ADD COLUMN visit_start TEXT;
ALTER TABLE pairs ADD COLUMN visit_end TEXT;

-- The visit a letter states: 'start..end', 'to-agree' (a pair without agreed dates), or ''
-- (not a P2P pair). A letter whose pair's dates changed since is due a new version. Letters
-- issued before this version are '' and so, for a P2P pair, due one: they stated the hubs'
-- availability as if it were the visit.
ALTER TABLE letters ADD COLUMN visit_stated TEXT NOT NULL DEFAULT '';
