//! Team desks (issue 17): the person at this desk, the desk's signed change log, identifiers
//! that never collide between desks, and the History of a record.
//!
//! Every committed write to a shared table is seen by a capture trigger (the database itself,
//! so no code path can forget it: [`capture`]); after each action the captured rows are sealed
//! into one entry of the desk's log, hash-chained and signed with the desk's ed25519 key
//! ([`log`]). The log is what the History of a record reads ([`history`]) and what an auditor
//! verifies.

mod audit;
mod capture;
pub(crate) mod redact;
mod clashes;
mod history;
mod log;
mod folder;
mod members;
mod merge;

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::store::Store;
use crate::said;

pub use audit::AuditExport;
pub use clashes::{Clash, ClashVersion};
pub use history::{FieldChange, HistoryItem, RecordKind};
pub use log::{seal_as_if_for_tests, AuditDesk, AuditReport};
pub use folder::{finish_join, finish_join_with, DeskRow, JoinProgress, JoinStage, SyncReport, TeamStatus};
pub use members::JoinCard;
pub use merge::{Received, Refusal, Wire};

/// A table every desk of a team shares, and its columns that stay each desk's own.
pub(crate) struct SharedTable {
    pub name: &'static str,
    /// Columns not shared: the stale-save counters (each desk counts its own changes of a row)
    /// and the desk's backup policy.
    pub local: &'static [&'static str],
    /// When an update is each desk's own work, not shared (an SQL condition over OLD and NEW),
    /// with the columns it leaves different between desks.
    pub derived: Option<(&'static str, &'static [&'static str])>,
}

const fn shared(name: &'static str, local: &'static [&'static str]) -> SharedTable {
    SharedTable { name, local, derived: None }
}

/// A draft grant's figures are what the rules in force give for its application's facts: each
/// desk computes them (whenever they are shown) from the rules and facts it shares, so a
/// recomputation is not an entry. Its creation, its award and everything after are.
const DRAFT_FIGURES: (&str, &[&str]) = ("OLD.state = 'draft' AND NEW.state = 'draft'", &["rule_set_version", "total_cents", "blocked", "blocked_said", "computed_at"]);

/// The shared tables, parents before children.
pub(crate) const SHARED: &[SharedTable] = &[
    shared("settings", &["version", "backup_keep_last", "backup_monthly"]),
    shared("team_desks", &[]),
    shared("hubs", &["version"]),
    shared("programmes", &["version"]),
    shared("cycles", &["version"]),
    shared("cycle_events", &[]),
    shared("applications", &["version"]),
    shared("bank_accounts", &["version"]),
    shared("selection_criteria", &[]),
    shared("selection_rules", &[]),
    shared("reviewers", &[]),
    shared("reviews", &[]),
    shared("review_assignments", &[]),
    shared("review_conflicts", &[]),
    shared("selection_events", &[]),
    shared("import_mappings", &[]),
    shared("rule_sets", &[]),
    shared("grant_inputs", &[]),
    SharedTable { name: "grants", local: &[], derived: Some(DRAFT_FIGURES) },
    shared("grant_history", &[]),
    shared("payments", &[]),
    shared("payment_batches", &[]),
    shared("payment_batch_items", &[]),
    shared("grant_reports", &[]),
    shared("pairing_settings", &[]),
    shared("pair_constraints", &[]),
    shared("pairs", &[]),
    shared("host_capacities", &[]),
    shared("placement_constraints", &[]),
    shared("placements", &[]),
    shared("letter_sequences", &[]),
    shared("letters", &[]),
    shared("vote_settings", &[]),
    shared("vote_electorate", &[]),
    shared("ballots", &[]),
    shared("stories", &["version"]),
    shared("story_photos", &[]),
    shared("emission_factors", &[]),
    shared("emission_sources", &[]),
    shared("mail_templates", &[]),
    shared("reminder_schedules", &[]),
    shared("team_decisions", &[]),
    shared("retention_periods", &[]),
    shared("erasures", &[]),
];

/// Tables that are one desk's own and never leave it: the desk itself, its log and merge
/// bookkeeping, and the stale-save history (each desk's own record of the versions its forms
/// read). A snapshot for a newcomer leaves them out.
#[allow(dead_code)]
pub(crate) const LOCAL: &[&str] =
    &[
        "desk_self",
        "team_capture",
        "team_log",
        "team_log_rows",
        "team_clocks",
        "team_tombstones",
        "team_aliases",
        "team_id_marks",
        "team_suspended",
        "team_heads",
        "record_history",
        "setting_versions",
        "mail_server",
        "outbox",
        "erasures_done",
    ];

pub(crate) fn shared_table(name: &str) -> Option<&'static SharedTable> {
    SHARED.iter().find(|t| t.name == name)
}

/// The person working at a desk, named on every change they make.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Person {
    pub name: String,
    pub initials: String,
    pub email: String,
}

/// This desk, as Settings → Team shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DeskStatus {
    /// The desk's identifier (from its public key).
    pub desk_id: String,
    /// The public key's fingerprint, in groups of four, to compare aloud with another desk.
    pub fingerprint: String,
    /// The desk's number in its team (0 for a desk on its own, and for the team's first).
    pub number: i64,
    pub person: Person,
    /// Entries in this desk's own log (one per saved action).
    pub entries: i64,
    /// When this desk's first entry was written (the start of the History), if any.
    pub history_since: Option<String>,
    /// The language the window speaks to this desk's person (ISO 639-1), '' for the system's.
    pub language: String,
}

/// Prepare a writable connection: give the desk its key on first use and (re)write the
/// capture triggers from the schema.
pub(crate) fn prepare(conn: &Connection) -> Result<()> {
    ensure_desk(conn)?;
    capture::install(conn).map(|_| ())
}

fn ensure_desk(conn: &Connection) -> Result<()> {
    let exists: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM desk_self)", [], |r| r.get(0))?;
    if exists {
        return Ok(());
    }
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| Error::new(ErrorCode::Internal, format!("The system gave no random bytes for this desk's key: {e}")))?;
    let key = ed25519_dalek::SigningKey::from_bytes(&seed);
    let desk_id = log::desk_id_of(&key.verifying_key());
    let age_identity = {
        use age::secrecy::ExposeSecret;
        age::x25519::Identity::generate().to_string().expose_secret().to_string()
    };
    conn.execute("INSERT INTO desk_self (id, desk_id, secret_key, age_identity) VALUES (1, ?1, ?2, ?3)", params![desk_id, seed.as_slice(), age_identity])?;
    Ok(())
}

/// The account name the operating system gives, for a desk whose person has not said who
/// they are.
pub fn os_account() -> String {
    std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_default()
}

fn validate_person(input: &Person) -> Result<Person> {
    let name = input.name.trim().to_string();
    let initials = input.initials.trim().to_string();
    let email = input.email.trim().to_string();
    let mut fields = Vec::new();
    if name.is_empty() {
        fields.push(FieldError::new("name", said!("said-person-name-missing")));
    } else if name.chars().count() > 80 {
        fields.push(FieldError::new("name", said!("said-person-name-long", most = 80)));
    }
    if initials.chars().count() > 4 || initials.chars().any(|c| c.is_whitespace()) {
        fields.push(FieldError::new("initials", said!("said-person-initials")));
    }
    if !email.is_empty() && (!email.contains('@') || email.contains(char::is_whitespace) || email.starts_with('@') || email.ends_with('@')) {
        fields.push(FieldError::new("email", said!("said-email-not-an-address")));
    }
    if !fields.is_empty() {
        return Err(Error::validation(fields));
    }
    let initials = if initials.is_empty() {
        name.split_whitespace().filter_map(|w| w.chars().next()).flat_map(char::to_uppercase).take(3).collect()
    } else {
        initials.to_uppercase()
    };
    Ok(Person { name, initials, email })
}

/// Who a change is made by: the person at this desk, or the system's account name while no
/// one has said who they are.
pub(crate) fn actor_of(conn: &Connection) -> String {
    conn.query_row("SELECT person_name FROM desk_self", [], |r| r.get::<_, String>(0)).optional().ok().flatten().filter(|n| !n.is_empty()).unwrap_or_else(os_account)
}

/// What a desk adds to the prefix of the reference numbers it gives: nothing for a desk on its
/// own and for a team's first desk (their numbers go on as before), "-B", "-C" … for desks 1 to
/// 25, "-26" … beyond. Each desk has its own sequence per prefix and year, so two desks never
/// give one reference, even offline: P2P-2027-004 from the office, P2P-B-2027-001 from a
/// laptop at an event.
pub(crate) fn reference_mark(conn: &Connection) -> Result<String> {
    let number: i64 = conn.query_row("SELECT CASE WHEN stride > 1 THEN number ELSE 0 END FROM desk_self", [], |r| r.get(0)).optional()?.unwrap_or(0);
    Ok(match number {
        0 => String::new(),
        1..=25 => format!("-{}", (b'A' + number as u8) as char),
        n => format!("-{n}"),
    })
}

impl Store {
    /// Who a change is made by (see [`actor_of`]).
    pub fn actor(&self) -> String {
        actor_of(self.conn())
    }

    pub fn person(&self) -> Result<Person> {
        let person = self
            .conn()
            .query_row("SELECT person_name, person_initials, person_email FROM desk_self", [], |r| {
                Ok(Person { name: r.get(0)?, initials: r.get(1)?, email: r.get(2)? })
            })
            .optional()?;
        Ok(person.unwrap_or(Person { name: String::new(), initials: String::new(), email: String::new() }))
    }

    /// Say who works at this desk. Their name goes on every change made here from now on (the
    /// changes made before keep the name they were made under).
    pub fn set_person(&self, input: &Person) -> Result<DeskStatus> {
        if self.is_read_only() {
            return Err(Error::new(ErrorCode::ReadOnly, said!("said-person-read-only")));
        }
        let person = validate_person(input)?;
        self.conn().execute(
            "UPDATE desk_self SET person_name = ?1, person_initials = ?2, person_email = ?3",
            params![person.name, person.initials, person.email],
        )?;
        // The team's list of desks names the person too (once the desk is in a team).
        self.conn().execute(
            "UPDATE team_desks SET person_name = ?1, person_initials = ?2, person_email = ?3 WHERE desk_id = (SELECT desk_id FROM desk_self)",
            params![person.name, person.initials, person.email],
        )?;
        self.seal()?;
        self.desk_status()
    }

    pub fn desk_status(&self) -> Result<DeskStatus> {
        let (desk_id, seed, number): (String, Vec<u8>, i64) =
            self.conn().query_row("SELECT desk_id, secret_key, number FROM desk_self", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).optional()?.ok_or_else(|| {
                Error::new(ErrorCode::ReadOnly, said!("said-team-no-desk-read-only"))
            })?;
        let key = log::signing_key(&seed)?;
        let (entries, since): (i64, Option<String>) = self.conn().query_row(
            "SELECT count(*), min(json_extract(body, '$.at')) FROM team_log WHERE desk_id = ?1",
            [&desk_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let language: String = self.conn().query_row("SELECT language FROM desk_self", [], |r| r.get(0))?;
        Ok(DeskStatus { fingerprint: log::fingerprint(&key.verifying_key()), desk_id, number, person: self.person()?, entries, history_since: since, language })
    }

    /// Choose the language the window speaks to the person at this desk: an ISO 639-1 code
    /// (`fr`), or '' for the system's. It stays this desk's own and is not a change of the
    /// network's data (nothing goes to the team, nothing in the History).
    pub fn set_language(&self, language: &str) -> Result<DeskStatus> {
        let code = language.trim().to_ascii_lowercase();
        if !(code.is_empty() || ((2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase()))) {
            return Err(Error::validation(vec![FieldError::new("language", said!("said-language-code-bad", code = language.trim()))]));
        }
        if self.is_read_only() {
            return Err(Error::new(ErrorCode::ReadOnly, said!("said-language-read-only")));
        }
        self.conn().execute("UPDATE desk_self SET language = ?1", [&code])?;
        self.desk_status()
    }
}

impl Store {
    /// Every row of a shared table (its shared columns, in the table's order), by key: what
    /// two desks of a team compare to know they hold the same data.
    #[doc(hidden)]
    pub fn canonical_rows(&self, table: &str) -> Result<Vec<Vec<serde_json::Value>>> {
        let shared = shared_table(table).ok_or_else(|| Error::new(ErrorCode::BadRequest, said!("said-team-not-a-shared-table", table = table)))?;
        let info = capture::table_info(self.conn(), shared)?;
        let cols = info.columns.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ");
        let order = info.key.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ");
        let mut stmt = self.conn().prepare(&format!("SELECT {cols} FROM \"{table}\" ORDER BY {order}"))?;
        let rows = stmt.query_map([], |r| (0..info.columns.len()).map(|i| r.get::<_, rusqlite::types::Value>(i).map(capture::to_json)).collect::<rusqlite::Result<Vec<_>>>())?;
        let mut rows: Vec<Vec<serde_json::Value>> = rows.collect::<rusqlite::Result<_>>()?;
        // Each desk's own figures of a draft grant are left out of the comparison.
        if let (Some((_, columns)), Some(state)) = (shared.derived, info.columns.iter().position(|c| c == "state")) {
            let blanked: Vec<usize> = info.columns.iter().enumerate().filter(|(_, c)| columns.contains(&c.as_str())).map(|(i, _)| i).collect();
            for row in rows.iter_mut().filter(|r| r[state] == "draft") {
                for i in &blanked {
                    row[*i] = serde_json::Value::Null;
                }
            }
        }
        Ok(rows)
    }

    /// [`Store::canonical_rows`] of every shared table.
    #[doc(hidden)]
    pub fn canonical_dump(&self) -> Result<std::collections::BTreeMap<String, Vec<Vec<serde_json::Value>>>> {
        SHARED.iter().map(|t| self.canonical_rows(t.name).map(|rows| (t.name.to_string(), rows))).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_needs_a_name_and_gets_initials() {
        let e = validate_person(&Person { name: " ".into(), initials: String::new(), email: "x".into() }).unwrap_err();
        assert_eq!(e.code, ErrorCode::Validation);
        assert_eq!(e.fields.len(), 2);
        let p = validate_person(&Person { name: " Marta  Kowalska ".into(), initials: String::new(), email: "marta@hub.eu".into() }).unwrap();
        assert_eq!((p.name.as_str(), p.initials.as_str()), ("Marta  Kowalska", "MK"));
    }

    #[test]
    fn every_table_is_named_shared_or_one_desks_own() {
        let store = Store::open_in_memory().unwrap();
        let tables: Vec<String> = store
            .conn()
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        for t in &tables {
            assert!(shared_table(t).is_some() != LOCAL.contains(&t.as_str()), "{t} must be named either shared (SHARED) or one desk's own (LOCAL)");
        }
        assert_eq!(tables.len(), SHARED.len() + LOCAL.len());
        // Writing the triggers again changes nothing.
        assert!(!capture::install(store.conn()).unwrap());
    }
}
