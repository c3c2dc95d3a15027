//! Optimistic concurrency for the records people edit in forms: hubs, the network's settings,
//! cycles, applications, programmes and stories; and for settings kept beside their record
//! (a cycle's criteria, vote settings, emission factors and matching weights, a grant's
//! inputs: [`CycleSetting`]).
//!
//! Each such table has a `version` raised by a trigger on every change of a row, whoever makes
//! it, and the row as it was goes to `record_history` (migrations 017 to 019). A form states
//! the version it read; a save over a later version is refused with `conflict`, the version now,
//! each field changed since (with its value now) and who changed it. Sent again with the
//! version the refusal named, the save goes through: an overwrite on purpose.

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;

use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::said::Said;
use crate::said;

/// How a column's value reads in a message.
#[derive(Clone, Copy)]
pub(crate) enum Kind {
    Text,
    Flag,
    Cents,
    List,
    Number,
    /// An IBAN: a message shows it masked.
    Iban,
}

/// A column a form edits: its name (the form's field), its label, and how its value reads.
pub(crate) struct Column(pub &'static str, pub &'static str, pub Kind);

/// A table of records edited in forms. `columns` are the ones its trigger keeps in
/// `record_history`, in the same JSON shape (`json_object` of the columns; lists through
/// `json()`).
pub(crate) struct Versioned {
    pub table: &'static str,
    /// The record named in a message, as an SQL expression over the row.
    pub name: &'static str,
    pub columns: &'static [Column],
}

fn current_json(v: &Versioned) -> String {
    let pairs: Vec<String> = v
        .columns
        .iter()
        .map(|Column(name, _, kind)| match kind {
            Kind::List => format!("'{name}', json({name})"),
            _ => format!("'{name}', {name}"),
        })
        .collect();
    format!("json_object({})", pairs.join(", "))
}

/// The message of a field changed since the form was read, with its value now.
fn changed_now(value: &Value, kind: Kind) -> Said {
    match (value, kind) {
        (Value::Null, _) => said!("said-platform-changed-now-empty"),
        (Value::String(s), _) if s.is_empty() => said!("said-platform-changed-now-empty"),
        (Value::String(s), Kind::Iban) => said!("said-platform-changed-now-text", text = crate::platform::bank::masked(s)),
        (Value::String(s), _) => said!("said-platform-changed-now-text", text = s.chars().take(80).collect::<String>()),
        (Value::Number(n), Kind::Flag) if n.as_i64() == Some(1) => said!("said-platform-changed-now-yes"),
        (Value::Number(_), Kind::Flag) => said!("said-platform-changed-now-no"),
        (Value::Number(n), Kind::Cents) if n.as_i64().is_some() => said!("said-platform-changed-now-amount", amount = n.as_i64().unwrap_or_default()),
        (Value::Array(items), _) => said!(
            "said-platform-changed-now-value",
            value = items.iter().map(|i| i.as_str().map(str::to_string).unwrap_or_else(|| i.to_string())).collect::<Vec<_>>().join(", ")
        ),
        (other, _) => said!("said-platform-changed-now-value", value = other.to_string()),
    }
}

/// A saved change's time as a message shows it: `2026-12-05 16:06:38 UTC`.
fn shown_at(at: &str) -> String {
    at.replace('T', " ").replace('Z', " UTC")
}

/// Refuse a save of row `id` made from a form read at version `read_at` when the row has
/// changed since; `None` saves whatever is stored (imports, and overwrites on purpose).
pub(crate) fn check(conn: &Connection, v: &Versioned, id: i64, read_at: Option<i64>) -> Result<()> {
    let Some(read_at) = read_at else { return Ok(()) };
    let sql = format!("SELECT version, updated_by, updated_at, {}, {} FROM {} WHERE id = ?1", v.name, current_json(v), v.table);
    let Some((version, by, at, name, now)) = conn
        .query_row(&sql, [id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?, r.get::<_, String>(4)?)))
        .optional()?
    else {
        return Ok(());
    };
    if version == read_at {
        return Ok(());
    }
    let then: Option<String> = conn
        .query_row("SELECT data FROM record_history WHERE table_name = ?1 AND record_id = ?2 AND version = ?3", params![v.table, id, read_at], |r| r.get(0))
        .optional()?;
    let then: serde_json::Map<String, Value> = then.and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default();
    let now: serde_json::Map<String, Value> = serde_json::from_str(&now).unwrap_or_default();
    let mut fields = Vec::new();
    let mut labels = Vec::new();
    for Column(column, label, kind) in v.columns {
        let (Some(a), Some(b)) = (then.get(*column), now.get(*column)) else { continue };
        if a != b {
            labels.push(if label.chars().any(char::is_lowercase) { label.to_lowercase() } else { label.to_string() });
            fields.push(FieldError::new(*column, changed_now(b, *kind)));
        }
    }
    if fields.is_empty() && !then.is_empty() {
        // Nothing the form writes changed (a phase move, a new logo): the save loses nothing.
        return Ok(());
    }
    // The message names the record by its table (`record`: "The network's settings", "…'s
    // application") and `name`.
    let (record, at, changed) = (v.table, shown_at(&at), labels.join(", "));
    let message = match (by.is_empty(), labels.is_empty()) {
        (false, false) => said!("said-platform-record-stale-fields", record = record, name = name, who = by, at = at, fields = changed),
        (true, false) => said!("said-platform-record-stale-fields-someone", record = record, name = name, at = at, fields = changed),
        (false, true) => said!("said-platform-record-stale", record = record, name = name, who = by, at = at),
        (true, true) => said!("said-platform-record-stale-someone", record = record, name = name, at = at),
    };
    Err(Error { fields, version_now: Some(version), ..Error::new(ErrorCode::Conflict, message) })
}

/// Settings kept beside their record, each edited in one dialog: a cycle's settings kept in
/// several rows, and a grant's inputs. One version per kind and record in `setting_versions`
/// (migration 020), raised by every save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CycleSetting {
    Selection,
    Vote,
    Emissions,
    Pairing,
    /// A grant's inputs (declared costs, visas): the record is the application.
    GrantInputs,
}

impl CycleSetting {
    fn key(self) -> &'static str {
        match self {
            CycleSetting::Selection => "selection",
            CycleSetting::Vote => "vote",
            CycleSetting::Emissions => "emissions",
            CycleSetting::Pairing => "pairing",
            CycleSetting::GrantInputs => "grant_inputs",
        }
    }

    /// What a refusal names, e.g. "The vote settings of Workshops 2027": the kind of settings
    /// (`what`, which the message words) and the cycle's title, or the hub whose grant it is
    /// (`grant_inputs`; `grant_inputs_unnamed` when the application is gone).
    fn subject(self, conn: &Connection, id: i64) -> Result<(&'static str, String)> {
        let sql = match self {
            CycleSetting::GrantInputs => "SELECT h.name FROM applications a JOIN hubs h ON h.id = a.hub_id WHERE a.id = ?1",
            _ => "SELECT title FROM cycles WHERE id = ?1",
        };
        let name: Option<String> = conn.query_row(sql, [id], |r| r.get(0)).optional()?;
        Ok(match (self, name) {
            (CycleSetting::GrantInputs, None) => ("grant_inputs_unnamed", String::new()),
            (_, name) => (self.key(), name.unwrap_or_default()),
        })
    }
}

/// The version of the settings of `kind` of record `id` (0 until first saved).
pub(crate) fn setting_version(conn: &Connection, id: i64, kind: CycleSetting) -> Result<i64> {
    Ok(conn
        .query_row("SELECT version FROM setting_versions WHERE kind = ?1 AND record_id = ?2", params![kind.key(), id], |r| r.get(0))
        .optional()?
        .unwrap_or(0))
}

/// Inside a save's transaction: refuse it when the dialog read the settings at `read_at` and
/// they were saved since (`None` saves whatever is stored), then raise their version.
pub(crate) fn check_and_raise_setting(conn: &Connection, id: i64, kind: CycleSetting, read_at: Option<i64>) -> Result<()> {
    let row: Option<(i64, String, String)> = conn
        .query_row(
            "SELECT version, updated_by, updated_at FROM setting_versions WHERE kind = ?1 AND record_id = ?2",
            params![kind.key(), id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let now = row.as_ref().map_or(0, |r| r.0);
    if let (Some(read_at), Some((_, by, at))) = (read_at, &row) {
        if read_at != now {
            let (what, name) = kind.subject(conn, id)?;
            let at = shown_at(at);
            let message = if by.is_empty() {
                said!("said-platform-settings-stale-someone", what = what, name = name, at = at)
            } else {
                said!("said-platform-settings-stale", what = what, name = name, who = by, at = at)
            };
            return Err(Error { version_now: Some(now), ..Error::new(ErrorCode::Conflict, message) });
        }
    }
    conn.execute(
        "INSERT INTO setting_versions (kind, record_id, version, updated_by) VALUES (?1, ?2, 1, ?3)
         ON CONFLICT (kind, record_id) DO UPDATE SET version = version + 1, updated_by = excluded.updated_by,
             updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
        params![kind.key(), id, crate::team::actor_of(conn)],
    )?;
    Ok(())
}

/// The refusal of a save made from a dialog read before someone else's save.
/// `subject` names what was saved, e.g. "The rules of Workshops 2027".
pub(crate) fn stale(subject: &str, by: &str, at: &str, version_now: i64) -> Error {
    let at = shown_at(at);
    let message = if by.is_empty() {
        said!("said-platform-stale-someone", subject = subject, at = at)
    } else {
        said!("said-platform-stale", subject = subject, who = by, at = at)
    };
    Error { version_now: Some(version_now), ..Error::new(ErrorCode::Conflict, message) }
}

pub(crate) const HUBS: Versioned = Versioned {
    table: "hubs",
    name: "name",
    columns: &[
        Column("key", "Key", Kind::Text),
        Column("name", "Name", Kind::Text),
        Column("city", "City", Kind::Text),
        Column("country", "Country", Kind::Text),
        Column("latitude", "Latitude", Kind::Number),
        Column("longitude", "Longitude", Kind::Number),
        Column("maturity", "Maturity", Kind::Text),
        Column("membership", "Membership", Kind::Text),
        Column("sectors", "Sectors", Kind::List),
        Column("languages", "Languages", Kind::List),
        Column("contact_name", "Contact person", Kind::Text),
        Column("contact_email", "Contact e-mail", Kind::Text),
        Column("website", "Website", Kind::Text),
        Column("available_for_mobility", "Available for mobility", Kind::Flag),
        Column("alliance_member", "Alliance member", Kind::Flag),
        Column("member_since", "Member since", Kind::Number),
        Column("notes", "Notes", Kind::Text),
        Column("archived", "Archived", Kind::Flag),
    ],
};

pub(crate) const BANK_ACCOUNTS: Versioned = Versioned {
    table: "bank_accounts",
    // Its owner: a hub, an application's person, or the network.
    name: "CASE owner_kind WHEN 'hub' THEN (SELECT name FROM hubs WHERE hubs.id = owner_id)
                WHEN 'application' THEN (SELECT coalesce(nullif(a.person_name, ''), h.name) FROM applications a JOIN hubs h ON h.id = a.hub_id WHERE a.id = owner_id)
                ELSE (SELECT network_name FROM settings) END",
    columns: &[Column("holder", "Account holder", Kind::Text), Column("iban", "IBAN", Kind::Iban), Column("bic", "BIC", Kind::Text)],
};

pub(crate) const SETTINGS: Versioned = Versioned {
    table: "settings",
    // Named by the message, after its table (`record`).
    name: "''",
    columns: &[
        Column("network_name", "Network name", Kind::Text),
        Column("postal_address", "Postal address", Kind::Text),
        Column("signatory_name", "Signatory", Kind::Text),
        Column("signatory_title", "Signatory's title", Kind::Text),
        Column("default_language", "Default language", Kind::Text),
        Column("signing_place", "Place of signature", Kind::Text),
    ],
};

pub(crate) const CYCLES: Versioned = Versioned {
    table: "cycles",
    name: "title",
    columns: &[
        Column("year", "Year", Kind::Number),
        Column("title", "Title", Kind::Text),
        Column("call_opens", "Call opens", Kind::Text),
        Column("call_deadline", "Call deadline", Kind::Text),
        Column("activity_start", "Activities start", Kind::Text),
        Column("activity_end", "Activities end", Kind::Text),
        Column("report_deadline", "Report deadline", Kind::Text),
        Column("slots_primary", "Slots", Kind::Number),
        Column("slots_secondary", "Second slots", Kind::Number),
        Column("min_days", "Minimum days", Kind::Number),
        Column("max_days", "Maximum days", Kind::Number),
        Column("budget_cents", "Budget envelope", Kind::Cents),
        Column("payment_schedule", "Payment schedule", Kind::Text),
        Column("notes", "Notes", Kind::Text),
    ],
};

pub(crate) const APPLICATIONS: Versioned = Versioned {
    table: "applications",
    // The hub's name: the message makes it "…'s application" after the table (`record`).
    name: "(SELECT h.name FROM hubs h WHERE h.id = applications.hub_id)",
    columns: &[
        Column("hub_id", "Hub", Kind::Number),
        Column("role", "Role", Kind::Text),
        Column("person_name", "Person", Kind::Text),
        Column("person_email", "E-mail", Kind::Text),
        Column("person_role", "Job", Kind::Text),
        Column("partner_hub_id", "Partner hub", Kind::Number),
        Column("format", "Format", Kind::Text),
        Column("starts_on", "From", Kind::Text),
        Column("ends_on", "Until", Kind::Text),
        Column("title", "Title", Kind::Text),
        Column("summary", "Summary", Kind::Text),
        Column("travellers", "Travellers", Kind::Number),
        Column("travel_mode", "Travel", Kind::Text),
        Column("participants", "Participants", Kind::Number),
        Column("budget_request_cents", "Budget asked", Kind::Cents),
        Column("needs", "Needs", Kind::Text),
        Column("submitted_at", "Submitted", Kind::Text),
    ],
};

pub(crate) const PROGRAMMES: Versioned = Versioned {
    table: "programmes",
    name: "name",
    columns: &[
        Column("name", "Name", Kind::Text),
        Column("description", "Description", Kind::Text),
        Column("enabled", "In use", Kind::Flag),
        Column("defaults", "Default figures", Kind::Text),
    ],
};

pub(crate) const STORIES: Versioned = Versioned {
    table: "stories",
    // The title: the message makes it "The story “…”" after the table (`record`).
    name: "title",
    columns: &[
        Column("title", "Title", Kind::Text),
        Column("author", "Author", Kind::Text),
        Column("body", "Story", Kind::Text),
        Column("consent_on", "Consent given on", Kind::Text),
        Column("consent_scope", "Consent to", Kind::Text),
    ],
};
