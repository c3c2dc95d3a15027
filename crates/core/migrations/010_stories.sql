-- The participants' stories that come with a grant's report (P2P Learning and Staff Exchange),
-- each with a few photos, for the cycle's publication.

-- One story: its title, its author (a participant) and its text (paragraphs separated by a
-- blank line).
CREATE TABLE stories (
    id         INTEGER PRIMARY KEY,
    grant_id   INTEGER NOT NULL REFERENCES grants (id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    author     TEXT NOT NULL,
    body       TEXT NOT NULL,
    actor      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX stories_grant ON stories (grant_id, id);

-- A story's photos, in order, kept as the app stores them: PNG or JPEG, scaled down to at
-- most 1,600 pixels on the long side when larger.
--   original_name: the file it was picked from; original_bytes: that file's size.
CREATE TABLE story_photos (
    id             INTEGER PRIMARY KEY,
    story_id       INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL CHECK (seq >= 1),
    caption        TEXT NOT NULL DEFAULT '',
    mime           TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
    width          INTEGER NOT NULL CHECK (width > 0),
    height         INTEGER NOT NULL CHECK (height > 0),
    bytes          BLOB NOT NULL,
    original_name  TEXT NOT NULL DEFAULT '',
    original_bytes INTEGER NOT NULL DEFAULT 0,
    UNIQUE (story_id, seq)
);
