-- Optimistic concurrency (see 017) for the other records edited in forms: the network's
-- settings, cycles and applications. The JSON kept for each old row has the columns the
-- core's `versions.rs` names for the table.
ALTER TABLE settings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE settings ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE cycles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE cycles ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE applications ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';

CREATE TRIGGER settings_versioned AFTER UPDATE ON settings
WHEN NEW.version = OLD.version
BEGIN
    INSERT OR REPLACE INTO record_history (table_name, record_id, version, data)
    VALUES ('settings', OLD.id, OLD.version, json_object(
        'network_name', OLD.network_name, 'postal_address', OLD.postal_address,
        'signatory_name', OLD.signatory_name, 'signatory_title', OLD.signatory_title,
        'default_language', OLD.default_language, 'signing_place', OLD.signing_place));
    UPDATE settings SET version = OLD.version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER cycles_versioned AFTER UPDATE ON cycles
WHEN NEW.version = OLD.version
BEGIN
    INSERT OR REPLACE INTO record_history (table_name, record_id, version, data)
    VALUES ('cycles', OLD.id, OLD.version, json_object(
        'year', OLD.year, 'title', OLD.title, 'call_opens', OLD.call_opens,
        'call_deadline', OLD.call_deadline, 'activity_start', OLD.activity_start,
        'activity_end', OLD.activity_end, 'report_deadline', OLD.report_deadline,
        'slots_primary', OLD.slots_primary, 'slots_secondary', OLD.slots_secondary,
        'min_days', OLD.min_days, 'max_days', OLD.max_days, 'budget_cents', OLD.budget_cents,
        'payment_schedule', OLD.payment_schedule, 'phase', OLD.phase, 'notes', OLD.notes));
    UPDATE cycles SET version = OLD.version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER applications_versioned AFTER UPDATE ON applications
WHEN NEW.version = OLD.version
BEGIN
    INSERT OR REPLACE INTO record_history (table_name, record_id, version, data)
    VALUES ('applications', OLD.id, OLD.version, json_object(
        'hub_id', OLD.hub_id, 'role', OLD.role, 'person_name', OLD.person_name,
        'person_email', OLD.person_email, 'person_role', OLD.person_role,
        'partner_hub_id', OLD.partner_hub_id, 'format', OLD.format, 'starts_on', OLD.starts_on,
        'ends_on', OLD.ends_on, 'title', OLD.title, 'summary', OLD.summary,
        'travellers', OLD.travellers, 'travel_mode', OLD.travel_mode,
        'participants', OLD.participants, 'budget_request_cents', OLD.budget_request_cents,
        'needs', OLD.needs, 'submitted_at', OLD.submitted_at, 'status', OLD.status));
    UPDATE applications SET version = OLD.version + 1 WHERE id = NEW.id;
END;
