//! The History of a record: every entry of every desk that changed it (or the records that
//! belong to it: a grant's instalments and letters, a cycle's rules), oldest first, with who,
//! when, on which desk, and each field's value before and after.

use std::collections::BTreeMap;

use rusqlite::params;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use super::capture::{key_text, row_now};
use super::log::{Change, Entry, Op};
use crate::phrase;
use crate::platform::error::{Error, Result};
use crate::platform::said::Phrase;
use crate::platform::store::Store;

/// The records that have a History.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    Hub,
    Application,
    Grant,
    Payment,
    Letter,
    Ballot,
    Cycle,
}

impl RecordKind {
    pub fn parse(text: &str) -> Option<RecordKind> {
        Some(match text {
            "hub" => RecordKind::Hub,
            "application" => RecordKind::Application,
            "grant" => RecordKind::Grant,
            "payment" => RecordKind::Payment,
            "letter" => RecordKind::Letter,
            "ballot" => RecordKind::Ballot,
            "cycle" => RecordKind::Cycle,
            _ => return None,
        })
    }

    fn table(self) -> &'static str {
        match self {
            RecordKind::Hub => "hubs",
            RecordKind::Application => "applications",
            RecordKind::Grant => "grants",
            RecordKind::Payment => "payments",
            RecordKind::Letter => "letters",
            RecordKind::Ballot => "ballots",
            RecordKind::Cycle => "cycles",
        }
    }

    /// The records that belong to one of this kind, as (table, SQL giving their keys).
    fn parts(self) -> &'static [(&'static str, &'static str)] {
        match self {
            RecordKind::Hub => &[("bank_accounts", "SELECT id FROM bank_accounts WHERE owner_kind = 'hub' AND owner_id = ?1")],
            RecordKind::Application => &[
                ("bank_accounts", "SELECT id FROM bank_accounts WHERE owner_kind = 'application' AND owner_id = ?1"),
                ("grant_inputs", "SELECT application_id FROM grant_inputs WHERE application_id = ?1"),
                ("selection_events", "SELECT id FROM selection_events WHERE application_id = ?1"),
            ],
            RecordKind::Grant => &[
                ("grant_history", "SELECT id FROM grant_history WHERE grant_id = ?1"),
                ("payments", "SELECT id FROM payments WHERE grant_id = ?1"),
                ("letters", "SELECT id FROM letters WHERE grant_id = ?1"),
                ("grant_reports", "SELECT grant_id FROM grant_reports WHERE grant_id = ?1"),
                ("grant_inputs", "SELECT application_id FROM grants WHERE id = ?1"),
            ],
            RecordKind::Cycle => &[
                ("cycle_events", "SELECT id FROM cycle_events WHERE cycle_id = ?1"),
                ("rule_sets", "SELECT id FROM rule_sets WHERE cycle_id = ?1"),
                ("vote_settings", "SELECT cycle_id FROM vote_settings WHERE cycle_id = ?1"),
            ],
            _ => &[],
        }
    }
}

/// One field's change, as a person reads it: its values as they were stored, or in words
/// ("(empty)", "yes", an amount).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FieldChange {
    pub field: String,
    /// Empty for a record created by the change.
    pub old: Phrase,
    pub new: Phrase,
}

/// One change of a record (or of a record that belongs to it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct HistoryItem {
    /// When it was made (UTC, RFC 3339).
    pub at: String,
    /// Who made it, and their initials.
    pub person: String,
    pub initials: String,
    /// The desk it was made on, and the entry of that desk's log.
    pub desk_id: String,
    #[ts(type = "number")]
    pub seq: i64,
    /// What changed, in words ("Instalment 2 changed").
    pub what: Phrase,
    pub fields: Vec<FieldChange>,
}

/// The tables `said-team-change` names (any other is a "Record").
const NAMED: &[&str] = &[
    "hubs",
    "bank_accounts",
    "applications",
    "grants",
    "grant_history",
    "grant_inputs",
    "grant_reports",
    "payments",
    "letters",
    "ballots",
    "cycles",
    "cycle_events",
    "rule_sets",
    "vote_settings",
    "selection_events",
];

fn label(column: &str) -> String {
    let base = column.strip_suffix("_cents").unwrap_or(column);
    let words = base.replace('_', " ");
    match words.as_str() {
        "email" | "contact email" | "person email" => words.replace("email", "e-mail"),
        _ => words,
    }
}

/// Columns that hold yes (1) or no (0).
const FLAGS: &[&str] = &["archived", "available_for_mobility", "alliance_member", "enabled", "builtin", "associates_vote"];
/// Columns that hold a JSON list of words.
const LISTS: &[&str] = &["sectors", "languages"];

/// A value as a person reads it: money in euros, files by size, long texts cut (a value as
/// stored is a phrase of its own text, without message).
fn shown(column: &str, value: Option<&Value>) -> Phrase {
    match value {
        None | Some(Value::Null) => phrase!("said-team-value-empty"),
        Some(Value::String(s)) if s.is_empty() => phrase!("said-team-value-empty"),
        // An IBAN is shown masked in the History too.
        Some(Value::String(s)) if column == "iban" => Phrase::from(crate::platform::bank::masked(s)),
        Some(Value::Number(n)) if column.ends_with("_cents") => match n.as_i64() {
            Some(cents) => phrase!("said-team-value-money", amount = cents),
            None => Phrase::from(n.to_string()),
        },
        Some(Value::Number(n)) if FLAGS.contains(&column) => phrase!("said-team-value-flag", flag = if n.as_i64() == Some(1) { "yes" } else { "no" }),
        Some(Value::String(s)) if column == "lines" => match serde_json::from_str::<Vec<Value>>(s) {
            Ok(lines) if lines.is_empty() => phrase!("said-team-value-none"),
            Ok(lines) => phrase!("said-team-value-lines", count = lines.len()),
            Err(_) => Phrase::from(s.clone()),
        },
        Some(Value::String(s)) if s.starts_with('[') && LISTS.contains(&column) => match serde_json::from_str::<Vec<String>>(s) {
            Ok(items) if items.is_empty() => phrase!("said-team-value-none"),
            Ok(items) => Phrase::from(items.join(", ")),
            Err(_) => Phrase::from(s.clone()),
        },
        Some(Value::Object(o)) if o.contains_key("x") => {
            let bytes = o.get("x").and_then(Value::as_str).map(|b| b.len() * 3 / 4).unwrap_or(0);
            phrase!("said-team-value-file", size = bytes.div_ceil(1024))
        }
        Some(Value::String(s)) => {
            let cut: String = s.chars().take(120).collect();
            if cut.len() < s.len() {
                Phrase::from(format!("{cut}…"))
            } else {
                Phrase::from(cut)
            }
        }
        Some(v) => Phrase::from(v.to_string()),
    }
}

/// What a change did, in words ("Instalment 2 changed"), as a message; `now` is the row as it
/// is (for the instalment's number or the letter's reference, when the change did not touch
/// them).
pub(super) fn describe_said(change: &Change, now: Option<&BTreeMap<String, Value>>) -> crate::platform::said::Said {
    let table = if NAMED.contains(&change.table.as_str()) { change.table.as_str() } else { "other" };
    let field = |c: &str| change.new.get(c).or_else(|| change.old.get(c)).or_else(|| now.and_then(|n| n.get(c)));
    let op = match change.op {
        Op::Insert => "insert",
        Op::Update => "update",
        Op::Delete => "delete",
    };
    // Which one it is: an instalment's number, a letter's reference, a decision's action.
    let (mark, which) = match change.table.as_str() {
        "payments" => field("seq").map(|s| ("number", s.to_string())),
        "letters" => field("reference").and_then(Value::as_str).map(|r| ("reference", r.to_string())),
        "grant_history" => change.new.get("action").and_then(Value::as_str).map(|a| ("action", a.to_string())),
        _ => None,
    }
    .unwrap_or(("none", String::new()));
    crate::said!("said-team-change", table = table, op = op, mark = mark, which = which)
}

/// [`describe_said`] as a phrase.
pub(super) fn describe(change: &Change, now: Option<&BTreeMap<String, Value>>) -> Phrase {
    Phrase::from(describe_said(change, now))
}

pub(super) fn fields(change: &Change) -> Vec<FieldChange> {
    let skip = |c: &str| matches!(c, "search" | "sort_name" | "updated_at" | "created_at" | "pdf" | "content" | "id");
    let columns: Vec<&String> = match change.op {
        Op::Delete => change.old.keys().collect(),
        _ => change.new.keys().collect(),
    };
    columns
        .into_iter()
        .filter(|c| !skip(c))
        .map(|c| FieldChange {
            field: label(c),
            // A new record has no value before.
            old: if change.op == Op::Insert { Phrase::default() } else { shown(c, change.old.get(c)) },
            new: if change.op == Op::Delete { phrase!("said-team-value-deleted") } else { shown(c, change.new.get(c)) },
        })
        .filter(|f| f.old != f.new)
        .collect()
}

impl Store {
    /// The History of a record: every change of it and of what belongs to it, oldest first.
    pub fn record_history(&self, kind: RecordKind, id: i64) -> Result<Vec<HistoryItem>> {
        self.seal()?;
        let table = kind.table();
        let exists: bool = self.conn().query_row(&format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)"), [id], |r| r.get(0))?;
        let key = key_text(&[Value::from(id)]);
        let logged: bool = self.conn().query_row("SELECT EXISTS (SELECT 1 FROM team_log_rows WHERE tbl = ?1 AND key = ?2)", params![table, key], |r| r.get(0))?;
        if !exists && !logged {
            return Err(Error::not_found(crate::said!("said-team-no-record", table = table, id = id)));
        }
        let mut rows: Vec<(String, String)> = vec![(table.to_string(), key.clone())];
        // Rows another desk made of the same thing, merged into this one.
        let merged: Vec<String> = self.conn().prepare("SELECT key FROM team_aliases WHERE tbl = ?1 AND target = ?2")?.query_map(params![table, key], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        rows.extend(merged.into_iter().map(|k| (table.to_string(), k)));
        for (part, sql) in kind.parts() {
            let ids: Vec<i64> = self.conn().prepare(sql)?.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            rows.extend(ids.into_iter().map(|i| (part.to_string(), key_text(&[Value::from(i)]))));
        }
        // Each entry once, in the order of the hybrid clock.
        let mut entries: BTreeMap<(i64, String, i64), Vec<(String, String)>> = BTreeMap::new();
        for (tbl, key) in &rows {
            let mut stmt = self.conn().prepare_cached("SELECT l.hlc, l.desk_id, l.seq FROM team_log_rows r JOIN team_log l USING (desk_id, seq) WHERE r.tbl = ?1 AND r.key = ?2 AND l.state = 'applied'")?;
            for found in stmt.query_map(params![tbl, key], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?)))? {
                entries.entry(found?).or_default().push((tbl.clone(), key.clone()));
            }
        }
        let mut out = Vec::new();
        for ((_, desk, seq), wanted) in entries {
            let body: String = self.conn().query_row("SELECT body FROM team_log WHERE desk_id = ?1 AND seq = ?2", params![desk, seq], |r| r.get(0))?;
            let Ok(entry) = serde_json::from_str::<Entry>(&body) else { continue };
            for change in entry.changes.iter().filter(|c| wanted.contains(&(c.table.clone(), key_text(&c.key)))) {
                let now = row_now(self.conn(), change)?;
                out.push(HistoryItem {
                    at: entry.at.clone(),
                    person: entry.author.name.clone(),
                    initials: entry.author.initials.clone(),
                    desk_id: entry.desk.clone(),
                    seq: entry.seq,
                    what: describe(change, now.as_ref()),
                    fields: fields(change),
                });
            }
        }
        Ok(out)
    }
}
