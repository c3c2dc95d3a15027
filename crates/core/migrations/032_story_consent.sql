-- Consent to publish a story (issue 21): the day the participant gave it and what it covers.
-- The publication leaves out a story without it; stories kept before have none recorded.
ALTER TABLE stories ADD COLUMN consent_on TEXT;
ALTER TABLE stories ADD COLUMN consent_scope TEXT NOT NULL DEFAULT '' CHECK (consent_scope IN ('', 'publication', 'publication_and_online'));
