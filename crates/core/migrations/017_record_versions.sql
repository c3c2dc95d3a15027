-- Optimistic concurrency for hubs: every change of a row raises its version, and the row as
-- it was before is kept in record_history, so a save made from a stale form is refused with
-- what changed since and who changed it. (A trigger does it, so every writer -- the window,
-- the command line, an import -- is counted alike.)
ALTER TABLE hubs ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE hubs ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';

CREATE TABLE record_history (
    id          INTEGER PRIMARY KEY,
    table_name  TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    -- The version the row had; the row now has a higher one.
    version     INTEGER NOT NULL,
    -- The row as it was, as a JSON object of its editable columns.
    data        TEXT NOT NULL,
    replaced_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (table_name, record_id, version)
);

CREATE TRIGGER hubs_versioned AFTER UPDATE ON hubs
WHEN NEW.version = OLD.version
BEGIN
    INSERT OR REPLACE INTO record_history (table_name, record_id, version, data)
    VALUES ('hubs', OLD.id, OLD.version, json_object(
        'key', OLD.key, 'name', OLD.name, 'city', OLD.city, 'country', OLD.country,
        'latitude', OLD.latitude, 'longitude', OLD.longitude, 'maturity', OLD.maturity,
        'membership', OLD.membership, 'sectors', json(OLD.sectors), 'languages', json(OLD.languages),
        'contact_name', OLD.contact_name, 'contact_email', OLD.contact_email, 'website', OLD.website,
        'available_for_mobility', OLD.available_for_mobility, 'alliance_member', OLD.alliance_member,
        'member_since', OLD.member_since, 'notes', OLD.notes, 'archived', OLD.archived));
    UPDATE hubs SET version = OLD.version + 1 WHERE id = NEW.id;
END;
