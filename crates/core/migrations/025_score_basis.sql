-- Which score selects a cycle's applications when it selects by ranking: the plain mean of its
-- reviewers ('mean') or their scores normalised per reviewer ('normalised'), so that a strict
-- reviewer does not sink the applications they happened to get.
ALTER TABLE selection_rules ADD COLUMN score_basis TEXT NOT NULL DEFAULT 'mean' CHECK (score_basis IN ('mean', 'normalised'));
