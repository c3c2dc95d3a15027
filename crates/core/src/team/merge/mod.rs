//! Receiving the entries of other desks: each is checked (hash, signature, place in its desk's
//! chain, a desk of the team), waits until every entry it was written on has been applied
//! (causal order), and is then applied in one transaction with its state:
//!
//! - each field takes the value of the later clock (hybrid clock, then desk id), and the value
//!   it replaced stays in the log (the History);
//! - a row exists or not by the later of its creation and its deletion;
//! - rows two desks created under one unique key are merged into the one with the smaller key
//!   (its fields by clock, the other's children moved to it), so every desk ends with one;
//! - a grant's money and letters, a vote's declaration and a hub's ballot, changed on two desks
//!   that had not seen each other's change, open a clash in the inbox, for a person to decide.
//!
//! Every desk that has applied the same entries holds the same data, whatever order they came
//! in (`tests/it/team/desks.rs`, property test).
//!
//! The parts: `receive.rs` takes entries in and applies those whose turn has come, `entries.rs`
//! applies one entry, `rows.rs` and `fields.rs` apply its changes row by row and field by field,
//! `subjects.rs` tells which changes can clash.

mod entries;
mod fields;
mod receive;
mod rows;
mod subjects;

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use super::capture::TableInfo;
use super::SHARED;
use crate::platform::error::Result;

pub(crate) use subjects::{subject_of, touch_subjects};

/// An entry as it travels between desks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wire {
    pub desk_id: String,
    pub seq: i64,
    pub hash: String,
    pub body: String,
    pub signature: String,
    /// An erasure replaced values of the body since it was sealed (`team/redact.rs`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub redacted: bool,
    /// Then the signature of its desk over what is left.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub redaction: String,
}

/// An entry this desk refused, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Refusal {
    pub desk_id: String,
    #[ts(type = "number")]
    pub seq: i64,
    pub reason: crate::platform::said::Phrase,
}

/// What receiving entries did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct Received {
    /// Entries applied now (also earlier ones that were waiting for these).
    #[ts(type = "number")]
    pub applied: i64,
    /// Entries held back: waiting for an earlier one, for a desk's approval, or for a newer
    /// version of the app.
    #[ts(type = "number")]
    pub waiting: i64,
    /// Entries of a removed desk applied here before its removal came, undone since.
    #[ts(type = "number")]
    pub undone: i64,
    /// Entries this desk already had.
    #[ts(type = "number")]
    pub duplicates: i64,
    pub refused: Vec<Refusal>,
    /// Clashes open in the inbox after this.
    #[ts(type = "number")]
    pub clashes: i64,
    /// Desks whose clock is more than a day ahead of this one's, by how many days: their
    /// changes count as later than they are until their clock is set right.
    pub clocks_ahead: Vec<(String, i64)>,
}

/// A clock: the hybrid clock, then the desk's id (so two clocks are never equal).
type Clock = (i64, String);

fn clock_of(value: &Value) -> Option<Clock> {
    let pair = value.as_array()?;
    Some((pair.first()?.as_i64()?, pair.get(1)?.as_str()?.to_string()))
}

/// A foreign key pointing at a table: the child table, its column, the parent's column.
type Reference = (String, String, String);

/// The foreign keys that point at each shared table.
fn references(conn: &Connection) -> Result<HashMap<String, Vec<Reference>>> {
    let mut out: HashMap<String, Vec<Reference>> = HashMap::new();
    for t in SHARED {
        let mut stmt = conn.prepare(&format!("PRAGMA foreign_key_list(\"{}\")", t.name))?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(2)?, r.get::<_, String>(3)?, r.get::<_, Option<String>>(4)?)))?;
        for row in rows {
            let (parent, from, to) = row?;
            out.entry(parent).or_default().push((t.name.to_string(), from, to.unwrap_or_else(|| "id".into())));
        }
    }
    Ok(out)
}

/// The unique constraints of a table other than its key, each as its columns.
fn unique_sets(conn: &Connection, table: &str) -> Result<Vec<Vec<String>>> {
    let mut stmt = conn.prepare(&format!("PRAGMA index_list(\"{table}\")"))?;
    let indexes: Vec<(String, bool, String)> = stmt.query_map([], |r| Ok((r.get(1)?, r.get(2)?, r.get(3)?)))?.collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::new();
    for (name, unique, origin) in indexes {
        if !unique || origin == "pk" {
            continue;
        }
        let cols: Vec<String> = conn.prepare(&format!("PRAGMA index_info(\"{name}\")"))?.query_map([], |r| r.get(2))?.collect::<rusqlite::Result<_>>()?;
        out.push(cols);
    }
    Ok(out)
}

/// What applying entries needs to know of the schema.
struct Schema {
    tables: HashMap<String, TableInfo>,
    references: HashMap<String, Vec<Reference>>,
}

impl Schema {
    fn read(conn: &Connection) -> Result<Schema> {
        Ok(Schema { tables: super::capture::all_tables(conn)?, references: references(conn)? })
    }
}

fn key_of(text: &str) -> Vec<Value> {
    serde_json::from_str(text).unwrap_or_default()
}

fn filter_sql(info: &TableInfo, first: usize) -> String {
    info.key.iter().enumerate().map(|(i, k)| format!("\"{k}\" = ?{}", i + first)).collect::<Vec<_>>().join(" AND ")
}

fn clocks_of(conn: &Connection, table: &str, key: &str) -> Result<serde_json::Map<String, Value>> {
    let text: Option<String> = conn.query_row("SELECT clocks FROM team_clocks WHERE tbl = ?1 AND key = ?2", params![table, key], |r| r.get(0)).optional()?;
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default())
}

fn field_clock(clocks: &serde_json::Map<String, Value>, column: &str) -> Option<Clock> {
    clocks.get(column).and_then(clock_of).or_else(|| clocks.get("*").and_then(clock_of))
}

fn alias_of(conn: &Connection, table: &str, key: &str) -> Result<String> {
    let mut key = key.to_string();
    // An alias may point at a row that was itself merged later.
    for _ in 0..16 {
        let next: Option<String> = conn.query_row("SELECT target FROM team_aliases WHERE tbl = ?1 AND key = ?2", params![table, key], |r| r.get(0)).optional()?;
        match next {
            Some(t) => key = t,
            None => break,
        }
    }
    Ok(key)
}
