-- The highest id each shared table has ever held on this desk, rows deleted or merged away
-- included: a new row never takes an id that once named another record, which a change still
-- travelling between desks (a deletion, or a record merged into another under its key) could
-- otherwise apply to the newcomer. Written by a trigger on each deletion; one desk's own.
CREATE TABLE team_id_marks (
    tbl  TEXT PRIMARY KEY,
    high INTEGER NOT NULL
) WITHOUT ROWID;

-- Rows merged away or deleted before this version left their ids in the aliases and tombstones.
INSERT INTO team_id_marks (tbl, high)
SELECT tbl, max(id) FROM (
    SELECT tbl, json_extract(key, '$[0]') AS id FROM team_aliases
    UNION ALL
    SELECT tbl, json_extract(key, '$[0]') FROM team_tombstones
)
WHERE typeof(id) = 'integer'
GROUP BY tbl;

-- A row merged into another under its unique key (its id moved to the other's) leaves its id
-- as an alias: that id is not given again either.
CREATE TRIGGER team_aliases_mark AFTER INSERT ON team_aliases
WHEN typeof(json_extract(NEW.key, '$[0]')) = 'integer'
BEGIN
    INSERT INTO team_id_marks (tbl, high) SELECT NEW.tbl, json_extract(NEW.key, '$[0]') WHERE true
    ON CONFLICT (tbl) DO UPDATE SET high = max(high, excluded.high);
END;

-- A unique value (a hub's key) two desks gave to two rows at once: the later change holds it,
-- the other row takes its id as a suffix and waits here with the value it was given, which it
-- takes back once the value is free (the other row given another since). So every desk ends
-- with the values the latest changes gave, whichever order they came in. One desk's own.
CREATE TABLE team_suspended (
    tbl     TEXT NOT NULL,
    key     TEXT NOT NULL,
    col     TEXT NOT NULL,
    value   TEXT NOT NULL,
    hlc     INTEGER NOT NULL,
    desk_id TEXT NOT NULL,
    PRIMARY KEY (tbl, key, col)
) WITHOUT ROWID;
