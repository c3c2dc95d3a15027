-- Blind review (issue 19): a cycle can hide applicants' names, hubs and countries from its
-- reviewers (their sheets, and the score form when a reviewer scores). Criteria marked by_staff
-- (geographical balance needs the applicant's country) are then scored by the secretariat
-- after unblinding, under the signature 'Secretariat', not by the reviewers.
ALTER TABLE selection_rules ADD COLUMN blind INTEGER NOT NULL DEFAULT 0 CHECK (blind IN (0, 1));
ALTER TABLE selection_criteria ADD COLUMN by_staff INTEGER NOT NULL DEFAULT 0 CHECK (by_staff IN (0, 1));
