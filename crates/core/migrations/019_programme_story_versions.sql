-- Optimistic concurrency (see 017, 018) for programmes and participants' stories.
ALTER TABLE programmes ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE programmes ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE stories ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';

CREATE TRIGGER programmes_versioned AFTER UPDATE ON programmes
WHEN NEW.version = OLD.version
BEGIN
    INSERT OR REPLACE INTO record_history (table_name, record_id, version, data)
    VALUES ('programmes', OLD.id, OLD.version, json_object(
        'name', OLD.name, 'description', OLD.description, 'enabled', OLD.enabled, 'defaults', OLD.defaults));
    UPDATE programmes SET version = OLD.version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER stories_versioned AFTER UPDATE ON stories
WHEN NEW.version = OLD.version
BEGIN
    INSERT OR REPLACE INTO record_history (table_name, record_id, version, data)
    VALUES ('stories', OLD.id, OLD.version, json_object('title', OLD.title, 'author', OLD.author, 'body', OLD.body));
    UPDATE stories SET version = OLD.version + 1 WHERE id = NEW.id;
END;
