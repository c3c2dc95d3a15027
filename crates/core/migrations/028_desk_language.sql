-- The language the window speaks to the person at this desk ('' for the system's). It is the
-- desk's own (two staff sharing one network's data may prefer different languages), never
-- shared with the team.
ALTER TABLE desk_self ADD COLUMN language TEXT NOT NULL DEFAULT ''
    CHECK (language = '' OR (length(language) BETWEEN 2 AND 3 AND language NOT GLOB '*[^a-z]*'));
