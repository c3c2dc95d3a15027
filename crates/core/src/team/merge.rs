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
//! in (`tests/it/team.rs`, property test).

use std::collections::{BTreeMap, HashMap};

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use super::capture::{key_text, read_row, stamp, table_info, to_sql, TableInfo};
use super::log::{check_entry, Change, Entry, Op, Sealed};
use super::{shared_table, SHARED};
use crate::platform::error::{Error, ErrorCode, Result};
use crate::platform::store::{latest_schema_version, Store};

/// An entry as it travels between desks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wire {
    pub desk_id: String,
    pub seq: i64,
    pub hash: String,
    pub body: String,
    pub signature: String,
}

/// An entry this desk refused, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Refusal {
    pub desk_id: String,
    #[ts(type = "number")]
    pub seq: i64,
    pub reason: String,
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

/// Set the fields whose incoming clock is later than the one they hold.
fn merge_fields(conn: &Connection, info: &TableInfo, key: &str, values: &BTreeMap<String, Value>, clock: &Clock) -> Result<()> {
    let mut clocks = clocks_of(conn, &info.name, key)?;
    let mut set: Vec<(&String, &Value)> = Vec::new();
    for (column, value) in values {
        if info.key.contains(column) || !info.columns.contains(column) {
            continue;
        }
        if field_clock(&clocks, column).is_none_or(|held| *clock > held) {
            set.push((column, value));
        }
    }
    if set.is_empty() {
        return Ok(());
    }
    let mut set: Vec<(String, Value)> = set.into_iter().map(|(c, v)| (c.clone(), v.clone())).collect();
    let key_values = key_of(key);
    let mut attempts = 0;
    loop {
        let assignments = set.iter().enumerate().map(|(i, (c, _))| format!("\"{c}\" = ?{}", i + 1)).collect::<Vec<_>>().join(", ");
        let sql = format!("UPDATE \"{}\" SET {assignments} WHERE {}", info.name, filter_sql(info, set.len() + 1));
        let params: Vec<SqlValue> = set.iter().map(|(_, v)| to_sql(v)).chain(key_values.iter().map(to_sql)).collect();
        match conn.execute(&sql, params_from_iter(params)) {
            Ok(_) => break,
            Err(rusqlite::Error::SqliteFailure(e, _)) if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE => {
                attempts += 1;
                if attempts < 4 {
                    settle_unique(conn, info, key, &mut set, clock)?;
                } else {
                    // Still taken (a suffixed value held by a third row): the change applies
                    // its other fields only.
                    let unique = unique_sets(conn, &info.name)?;
                    set.retain(|(c, _)| !unique.iter().any(|u| u.contains(c)));
                    if set.is_empty() {
                        return Ok(());
                    }
                }
            }
            Err(e) => return Err(e.into()),
        }
    }
    let stamp_value = serde_json::json!([clock.0, clock.1]);
    for (c, _) in set {
        clocks.insert(c, stamp_value.clone());
    }
    conn.execute(
        "INSERT INTO team_clocks (tbl, key, clocks) VALUES (?1, ?2, ?3) ON CONFLICT (tbl, key) DO UPDATE SET clocks = excluded.clocks",
        params![info.name, key, Value::Object(clocks).to_string()],
    )?;
    Ok(())
}

/// Two desks gave one unique value (a hub's key, say) to two different rows at once: the
/// change of the later clock keeps it, and the other row's value takes that row's id as a
/// suffix (`tepe-plovdiv-17`), so every desk ends with the same two values whichever order the
/// changes came in. `set` is the incoming change of the row `key`; it is changed in place when
/// it loses. A unique value that is not text cannot take a suffix: the incoming change then
/// leaves it, and applies its other fields.
fn settle_unique(conn: &Connection, info: &TableInfo, key: &str, set: &mut Vec<(String, Value)>, clock: &Clock) -> Result<()> {
    let ours = key_of(key);
    let Some(mut full) = read_row(conn, info, &ours)? else { return Ok(()) };
    for (c, v) in set.iter() {
        full.insert(c.clone(), v.clone());
    }
    let suffixed = |value: &Value, row: &[Value]| -> Option<Value> {
        let text = value.as_str()?;
        let id = match row.first() {
            Some(Value::Number(n)) => n.to_string(),
            _ => key_text(row),
        };
        Some(Value::String(format!("{text}-{id}")))
    };
    for unique in unique_sets(conn, &info.name)? {
        if !unique.iter().any(|c| set.iter().any(|(s, _)| s == c)) || unique.iter().any(|c| full.get(c).is_none_or(Value::is_null)) {
            continue;
        }
        let filter = unique.iter().enumerate().map(|(i, c)| format!("\"{c}\" = ?{}", i + 1)).collect::<Vec<_>>().join(" AND ");
        let keys = info.key.iter().map(|k| format!("\"{k}\"")).collect::<Vec<_>>().join(", ");
        let sql = format!("SELECT {keys} FROM \"{}\" WHERE {filter}", info.name);
        let holders: Vec<Vec<Value>> = conn
            .prepare(&sql)?
            .query_map(params_from_iter(unique.iter().map(|c| to_sql(&full[c]))), |r| (0..info.key.len()).map(|i| r.get::<_, SqlValue>(i).map(super::capture::to_json)).collect())?
            .collect::<rusqlite::Result<_>>()?;
        let Some(other) = holders.into_iter().find(|k| *k != ours) else { continue };
        let other_key = key_text(&other);
        let other_clocks = clocks_of(conn, &info.name, &other_key)?;
        let held = unique.iter().filter_map(|c| field_clock(&other_clocks, c)).max().unwrap_or((0, String::new()));
        let text: Vec<&String> = unique.iter().filter(|c| full[*c].is_string()).collect();
        if *clock > held {
            // The incoming change keeps the value; the row that held it takes the suffix.
            for c in text {
                suspend(conn, &info.name, &other_key, c, &full[c], &held)?;
                if let Some(v) = suffixed(&full[c], &other) {
                    let filter = filter_sql(info, 2);
                    let params: Vec<SqlValue> = std::iter::once(to_sql(&v)).chain(other.iter().map(to_sql)).collect();
                    match conn.execute(&format!("UPDATE \"{}\" SET \"{c}\" = ?1 WHERE {filter}", info.name), params_from_iter(params)) {
                        Ok(_) => {}
                        Err(rusqlite::Error::SqliteFailure(e, _)) if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE => {}
                        Err(e) => return Err(e.into()),
                    }
                }
            }
        } else {
            for (c, v) in set.iter_mut() {
                if unique.contains(c) {
                    if let Some(s) = suffixed(v, &ours) {
                        suspend(conn, &info.name, key, c, v, clock)?;
                        *v = s;
                    }
                }
            }
        }
        if text_is_empty(&unique, &full) {
            // Not text: the incoming change leaves the unique columns as they are.
            set.retain(|(c, _)| !unique.contains(c));
        }
        return Ok(());
    }
    // No other row found for a unique set the change touches: leave those columns.
    let touched: Vec<Vec<String>> = unique_sets(conn, &info.name)?;
    set.retain(|(c, _)| !touched.iter().any(|u| u.contains(c)));
    Ok(())
}

/// Keep the value a row was given and could not hold (another row held it with a later
/// change), to be taken back once it is free.
fn suspend(conn: &Connection, table: &str, key: &str, column: &str, value: &Value, clock: &Clock) -> Result<()> {
    let Some(text) = value.as_str() else { return Ok(()) };
    conn.execute(
        "INSERT OR REPLACE INTO team_suspended (tbl, key, col, value, hlc, desk_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![table, key, column, text, clock.0, clock.1],
    )?;
    Ok(())
}

/// Give back the values rows were given and could not hold, where they are free now, or held
/// by a row whose change is older (which then waits in turn). A row changed since by a later
/// change, or gone, no longer waits.
fn retry_suspended(conn: &Connection, schema: &Schema) -> Result<()> {
    for _ in 0..8 {
        let waiting: Vec<(String, String, String, String, i64, String)> = conn
            .prepare("SELECT tbl, key, col, value, hlc, desk_id FROM team_suspended ORDER BY hlc DESC, desk_id DESC")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?
            .collect::<rusqlite::Result<_>>()?;
        if waiting.is_empty() {
            return Ok(());
        }
        let mut changed = false;
        for (table, key, column, value, hlc, desk) in waiting {
            let clock: Clock = (hlc, desk);
            let forget = || conn.execute("DELETE FROM team_suspended WHERE tbl = ?1 AND key = ?2 AND col = ?3", params![table, key, column]);
            let Some(info) = schema.tables.get(&table) else {
                forget()?;
                continue;
            };
            let ours = key_of(&key);
            let now = read_row(conn, info, &ours)?;
            let since = field_clock(&clocks_of(conn, &table, &key)?, &column);
            if now.is_none() || since.as_ref().is_some_and(|c| *c > clock) {
                forget()?;
                continue;
            }
            let keys = info.key.iter().map(|k| format!("\"{k}\"")).collect::<Vec<_>>().join(", ");
            let holders: Vec<Vec<Value>> = conn
                .prepare(&format!("SELECT {keys} FROM \"{}\" WHERE \"{column}\" = ?1", info.name))?
                .query_map([&value], |r| (0..info.key.len()).map(|i| r.get::<_, SqlValue>(i).map(super::capture::to_json)).collect())?
                .collect::<rusqlite::Result<_>>()?;
            let holder = holders.into_iter().find(|k| *k != ours);
            if let Some(holder) = &holder {
                let holder_key = key_text(holder);
                let held = field_clock(&clocks_of(conn, &table, &holder_key)?, &column).unwrap_or((0, String::new()));
                if held > clock {
                    continue;
                }
                // The waiting change is the later: the holder gives the value up and waits.
                let id = match holder.first() {
                    Some(Value::Number(n)) => n.to_string(),
                    _ => holder_key.clone(),
                };
                suspend(conn, &table, &holder_key, &column, &Value::String(value.clone()), &held)?;
                let params: Vec<SqlValue> = std::iter::once(SqlValue::Text(format!("{value}-{id}"))).chain(holder.iter().map(to_sql)).collect();
                if conn.execute(&format!("UPDATE \"{}\" SET \"{column}\" = ?1 WHERE {}", info.name, filter_sql(info, 2)), params_from_iter(params)).is_err() {
                    continue;
                }
            }
            let params: Vec<SqlValue> = std::iter::once(SqlValue::Text(value.clone())).chain(ours.iter().map(to_sql)).collect();
            if conn.execute(&format!("UPDATE \"{}\" SET \"{column}\" = ?1 WHERE {}", info.name, filter_sql(info, 2)), params_from_iter(params)).is_ok() {
                forget()?;
                changed = true;
            }
        }
        if !changed {
            return Ok(());
        }
    }
    Ok(())
}

fn text_is_empty(unique: &[String], full: &BTreeMap<String, Value>) -> bool {
    !unique.iter().any(|c| full.get(c).is_some_and(Value::is_string))
}

fn insert_row(conn: &Connection, info: &TableInfo, values: &BTreeMap<String, Value>) -> rusqlite::Result<usize> {
    let cols: Vec<&String> = info.columns.iter().filter(|c| values.contains_key(*c)).collect();
    let sql = format!(
        "INSERT INTO \"{}\" ({}) VALUES ({})",
        info.name,
        cols.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", "),
        (1..=cols.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
    );
    conn.execute(&sql, params_from_iter(cols.iter().map(|c| to_sql(&values[*c]))))
}

/// The other row that holds the unique values of `values`, if one does.
fn clashing_row(conn: &Connection, info: &TableInfo, values: &BTreeMap<String, Value>) -> Result<Option<String>> {
    for set in unique_sets(conn, &info.name)? {
        if set.iter().any(|c| values.get(c).is_none_or(Value::is_null)) {
            continue;
        }
        let filter = set.iter().enumerate().map(|(i, c)| format!("\"{c}\" = ?{}", i + 1)).collect::<Vec<_>>().join(" AND ");
        let keys = info.key.iter().map(|k| format!("\"{k}\"")).collect::<Vec<_>>().join(", ");
        let sql = format!("SELECT {keys} FROM \"{}\" WHERE {filter}", info.name);
        let found: Option<Vec<Value>> = conn
            .query_row(&sql, params_from_iter(set.iter().map(|c| to_sql(&values[c]))), |r| {
                (0..info.key.len()).map(|i| r.get::<_, SqlValue>(i).map(super::capture::to_json)).collect()
            })
            .optional()?;
        if let Some(k) = found {
            return Ok(Some(key_text(&k)));
        }
    }
    Ok(None)
}

/// Give the row `from` the key `to` (ids only), moving what points at it.
fn move_row(conn: &Connection, schema: &Schema, table: &str, from: i64, to: i64) -> Result<()> {
    conn.execute(&format!("UPDATE \"{table}\" SET id = ?1 WHERE id = ?2"), params![to, from])?;
    for (child, column, parent_col) in schema.references.get(table).cloned().unwrap_or_default() {
        if parent_col != "id" {
            continue;
        }
        repoint(conn, schema, &child, &column, from, to)?;
    }
    let (old_key, new_key) = (key_text(&[Value::from(from)]), key_text(&[Value::from(to)]));
    let clocks = clocks_of(conn, table, &old_key)?;
    conn.execute("DELETE FROM team_clocks WHERE tbl = ?1 AND key = ?2", params![table, old_key])?;
    if !clocks.is_empty() {
        conn.execute(
            "INSERT INTO team_clocks (tbl, key, clocks) VALUES (?1, ?2, ?3) ON CONFLICT (tbl, key) DO UPDATE SET clocks = excluded.clocks",
            params![table, new_key, Value::Object(clocks).to_string()],
        )?;
    }
    Ok(())
}

/// Point the rows of `child` whose `column` is `from` at `to`, one by one: a row that then
/// clashes with a row already pointing at `to` (two drafts' instalment 1, say) is merged into
/// it.
fn repoint(conn: &Connection, schema: &Schema, child: &str, column: &str, from: i64, to: i64) -> Result<()> {
    let Some(info) = schema.tables.get(child) else { return Ok(()) };
    let keys: Vec<Vec<Value>> = {
        let cols = info.key.iter().map(|k| format!("\"{k}\"")).collect::<Vec<_>>().join(", ");
        let mut stmt = conn.prepare(&format!("SELECT {cols} FROM \"{child}\" WHERE \"{column}\" = ?1 ORDER BY 1"))?;
        let rows = stmt.query_map([from], |r| (0..info.key.len()).map(|i| r.get::<_, SqlValue>(i).map(super::capture::to_json)).collect::<rusqlite::Result<Vec<_>>>())?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for key in keys {
        let sql = format!("UPDATE \"{child}\" SET \"{column}\" = ?1 WHERE {}", filter_sql(info, 2));
        let params: Vec<SqlValue> = std::iter::once(SqlValue::Integer(to)).chain(key.iter().map(to_sql)).collect();
        let old_key = key_text(&key);
        let new_key = {
            let mut k = key.clone();
            if let Some(i) = info.key.iter().position(|c| c == column) {
                k[i] = Value::from(to);
            }
            key_text(&k)
        };
        match conn.execute(&sql, params_from_iter(params)) {
            Ok(_) => {
                if new_key != old_key {
                    // The column is part of the row's key: its clocks follow it.
                    conn.execute("UPDATE team_clocks SET key = ?3 WHERE tbl = ?1 AND key = ?2", params![child, old_key, new_key])?;
                }
            }
            Err(rusqlite::Error::SqliteFailure(e, _)) if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY || (e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE && new_key != old_key && !info.has_id) => {
                // A row under the new key exists already (one grant's inputs made on two
                // desks): its fields and this row's are weighed by their clocks; this row goes.
                let Some(values) = read_row(conn, info, &key)? else { continue };
                let clocks = clocks_of(conn, child, &old_key)?;
                conn.execute(&format!("DELETE FROM \"{child}\" WHERE {}", filter_sql(info, 1)), params_from_iter(key.iter().map(to_sql)))?;
                conn.execute("DELETE FROM team_clocks WHERE tbl = ?1 AND key = ?2", params![child, old_key])?;
                for (c, v) in values {
                    if info.key.contains(&c) {
                        continue;
                    }
                    let clock = field_clock(&clocks, &c).unwrap_or((0, String::new()));
                    merge_fields(conn, info, &new_key, &BTreeMap::from([(c, v)]), &clock)?;
                }
                conn.execute("INSERT OR REPLACE INTO team_aliases (tbl, key, target) VALUES (?1, ?2, ?3)", params![child, old_key, new_key])?;
            }
            Err(rusqlite::Error::SqliteFailure(e, _)) if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE => {
                // Merge this row into the one it clashes with.
                let Some(mut values) = read_row(conn, info, &key)? else { continue };
                values.insert(column.to_string(), Value::from(to));
                let here = key_text(&key);
                let Some(other) = clashing_row(conn, info, &values)?.or_else(|| info.has_id.then(|| here.clone())) else { continue };
                merge_rows(conn, schema, info, &here, &other)?;
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

/// Merge two rows of one table that stand for one thing: the one with the smaller id stays,
/// taking each field of the other whose clock is later; what pointed at the other points at
/// it; the other's key becomes an alias of it.
fn merge_rows(conn: &Connection, schema: &Schema, info: &TableInfo, a: &str, b: &str) -> Result<String> {
    if a == b {
        return Ok(a.to_string());
    }
    let (ka, kb) = (key_of(a), key_of(b));
    let (keep, gone) = if info.has_id {
        let (ia, ib) = (ka[0].as_i64().unwrap_or(i64::MAX), kb[0].as_i64().unwrap_or(i64::MAX));
        if ia <= ib {
            (a, b)
        } else {
            (b, a)
        }
    } else if a <= b {
        (a, b)
    } else {
        (b, a)
    };
    let gone_values = read_row(conn, info, &key_of(gone))?;
    let gone_clocks = clocks_of(conn, &info.name, gone)?;
    // The rows pointing at the one that goes are moved first, then it is deleted (its
    // children are no longer its), then its fields are weighed against the kept row's.
    if info.has_id {
        let (from, to) = (key_of(gone)[0].as_i64().unwrap_or_default(), key_of(keep)[0].as_i64().unwrap_or_default());
        for (child, column, parent_col) in schema.references.get(&info.name).cloned().unwrap_or_default() {
            if parent_col == "id" {
                repoint(conn, schema, &child, &column, from, to)?;
            }
        }
    }
    conn.execute(&format!("DELETE FROM \"{}\" WHERE {}", info.name, filter_sql(info, 1)), params_from_iter(key_of(gone).iter().map(to_sql)))?;
    conn.execute("DELETE FROM team_clocks WHERE tbl = ?1 AND key = ?2", params![info.name, gone])?;
    if let Some(values) = gone_values {
        for (column, value) in values {
            if info.key.contains(&column) {
                continue;
            }
            let clock = field_clock(&gone_clocks, &column).unwrap_or((0, String::new()));
            merge_fields(conn, info, keep, &BTreeMap::from([(column, value)]), &clock)?;
        }
    }
    conn.execute("INSERT OR REPLACE INTO team_aliases (tbl, key, target) VALUES (?1, ?2, ?3)", params![info.name, gone, keep])?;
    Ok(keep.to_string())
}

/// Apply one change of another desk's entry.
fn apply_change(conn: &Connection, schema: &Schema, change: &Change, clock: &Clock) -> Result<()> {
    let Some(info) = schema.tables.get(&change.table) else {
        return Err(Error::new(ErrorCode::BadRequest, format!("a change of {}, which is not a shared table", change.table)));
    };
    let key = alias_of(conn, &info.name, &key_text(&change.key))?;
    let tomb: Option<Clock> =
        conn.query_row("SELECT hlc, desk_id FROM team_tombstones WHERE tbl = ?1 AND key = ?2", params![info.name, key], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
    let exists = read_row(conn, info, &key_of(&key))?.is_some();
    match change.op {
        Op::Insert => {
            if tomb.as_ref().is_some_and(|t| t > clock) {
                return Ok(());
            }
            if exists {
                return merge_fields(conn, info, &key, &change.new, clock);
            }
            let mut values = change.new.clone();
            for (i, k) in info.key.iter().enumerate() {
                values.insert(k.clone(), key_of(&key).get(i).cloned().unwrap_or(Value::Null));
            }
            match insert_row(conn, info, &values) {
                Ok(_) => {
                    stamp(conn, &info.name, &key, None, clock.0, &clock.1)?;
                    conn.execute("DELETE FROM team_tombstones WHERE tbl = ?1 AND key = ?2", params![info.name, key])?;
                }
                Err(rusqlite::Error::SqliteFailure(e, _)) if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE => {
                    // Another row holds its unique values: the two are one thing, made on two
                    // desks. Insert it under a free key first (ids only), then merge.
                    let Some(other) = clashing_row(conn, info, &values)? else { return Err(e_to_error(e)) };
                    if !info.has_id {
                        return merge_fields(conn, info, &other, &change.new, clock);
                    }
                    let other_id = key_of(&other)[0].as_i64().unwrap_or_default();
                    let mine = key_of(&key)[0].as_i64().unwrap_or_default();
                    if other_id < mine {
                        conn.execute("INSERT OR REPLACE INTO team_aliases (tbl, key, target) VALUES (?1, ?2, ?3)", params![info.name, key, other])?;
                        return merge_fields(conn, info, &other, &change.new, clock);
                    }
                    // The incoming row has the smaller id: the held row moves to it and takes
                    // the incoming fields where their clocks are later.
                    let held_clocks = clocks_of(conn, &info.name, &other)?;
                    move_row(conn, schema, &info.name, other_id, mine)?;
                    if held_clocks.is_empty() {
                        stamp(conn, &info.name, &key, None, 0, "")?;
                    }
                    conn.execute("INSERT OR REPLACE INTO team_aliases (tbl, key, target) VALUES (?1, ?2, ?3)", params![info.name, other, key])?;
                    merge_fields(conn, info, &key, &change.new, clock)?;
                }
                Err(e) => return Err(e.into()),
            }
        }
        Op::Update => {
            if exists {
                merge_fields(conn, info, &key, &change.new, clock)?;
            }
        }
        Op::Delete => {
            let clocks = clocks_of(conn, &info.name, &key)?;
            // A row made again after this deletion stays.
            if clocks.get("*").and_then(clock_of).is_some_and(|made| made > *clock) {
                return Ok(());
            }
            if exists {
                conn.execute(&format!("DELETE FROM \"{}\" WHERE {}", info.name, filter_sql(info, 1)), params_from_iter(key_of(&key).iter().map(to_sql)))?;
            }
            conn.execute("DELETE FROM team_clocks WHERE tbl = ?1 AND key = ?2", params![info.name, key])?;
            if tomb.as_ref().is_none_or(|t| t < clock) {
                conn.execute("INSERT OR REPLACE INTO team_tombstones (tbl, key, hlc, desk_id) VALUES (?1, ?2, ?3, ?4)", params![info.name, key, clock.0, clock.1])?;
            }
        }
    }
    Ok(())
}

fn e_to_error(e: rusqlite::ffi::Error) -> Error {
    Error::new(ErrorCode::Database, format!("Database error: {e}"))
}

/// The tables whose rows an entry may have left without their parent: those it inserted into
/// (a parent deleted on this desk meanwhile), and those pointing at a table it deleted from.
fn tables_to_check(schema: &Schema, entry: &Entry) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |t: &str| {
        if !out.iter().any(|o| o == t) {
            out.push(t.to_string());
        }
    };
    for change in &entry.changes {
        match change.op {
            Op::Insert => add(&change.table),
            Op::Delete => {
                for (child, _, _) in schema.references.get(&change.table).map(Vec::as_slice).unwrap_or_default() {
                    add(child);
                }
            }
            // An update may point a row at a parent that is gone.
            Op::Update => {
                if change.new.keys().any(|c| c.ends_with("_id") || c == "replaced_by" || c == "cloned_from") {
                    add(&change.table);
                }
            }
        }
    }
    out
}

/// Remove the rows left pointing at a row another desk deleted (their parent is gone on every
/// desk), until none is left. Only the tables the entry can have touched are checked.
fn remove_orphans(conn: &Connection, tables: &[String], clock: &Clock) -> Result<()> {
    if tables.is_empty() {
        return Ok(());
    }
    for _ in 0..32 {
        let mut orphans: Vec<(String, i64)> = Vec::new();
        for t in tables {
            let found: Vec<(String, i64)> = conn.prepare(&format!("PRAGMA foreign_key_check(\"{t}\")"))?.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
            orphans.extend(found);
        }
        let orphans: Vec<(String, i64)> = orphans.into_iter().filter(|(t, _)| shared_table(t).is_some()).collect();
        if orphans.is_empty() {
            return Ok(());
        }
        for (table, rowid) in orphans {
            let info = table_info(conn, shared_table(&table).expect("a shared table"))?;
            let cols = info.key.iter().map(|k| format!("\"{k}\"")).collect::<Vec<_>>().join(", ");
            let key: Option<Vec<Value>> = conn
                .query_row(&format!("SELECT {cols} FROM \"{table}\" WHERE rowid = ?1"), [rowid], |r| {
                    (0..info.key.len()).map(|i| r.get::<_, SqlValue>(i).map(super::capture::to_json)).collect()
                })
                .optional()?;
            conn.execute(&format!("DELETE FROM \"{table}\" WHERE rowid = ?1"), [rowid])?;
            if let Some(key) = key {
                let key = key_text(&key);
                conn.execute("DELETE FROM team_clocks WHERE tbl = ?1 AND key = ?2", params![table, key])?;
                conn.execute("INSERT OR REPLACE INTO team_tombstones (tbl, key, hlc, desk_id) VALUES (?1, ?2, ?3, ?4)", params![table, key, clock.0, clock.1])?;
            }
        }
    }
    Err(Error::new(ErrorCode::Internal, "Removing the records left without their parent did not end."))
}

/// The grant or vote whose money or numbered documents a change touches, if it does.
pub(crate) fn subject_of(conn: &Connection, change: &Change) -> Result<Option<String>> {
    let touches = |cols: &[&str]| change.op != Op::Update || cols.iter().any(|c| change.new.contains_key(*c));
    let field = |name: &str| -> Result<Option<i64>> {
        if let Some(v) = change.new.get(name).or_else(|| change.old.get(name)) {
            return Ok(v.as_i64());
        }
        let Some(info) = shared_table(&change.table) else { return Ok(None) };
        let info = table_info(conn, info)?;
        Ok(read_row(conn, &info, &change.key)?.and_then(|r| r.get(name).and_then(Value::as_i64)))
    };
    let id = change.key.first().and_then(Value::as_i64);
    Ok(match change.table.as_str() {
        "grants" if touches(&["state", "revision", "lines", "awarded_at"]) => {
            // A draft made (or remade) by a recomputation is nobody's decision.
            if change.op == Op::Insert && change.new.get("state").and_then(Value::as_str) == Some("draft") {
                None
            } else {
                id.map(|i| format!("grant:{i}"))
            }
        }
        "grant_history" | "letters" if change.op == Op::Insert => field("grant_id")?.map(|g| format!("grant:{g}")),
        "payments" if touches(&["state", "paid_on", "amount_cents", "kind"]) => field("grant_id")?.map(|g| format!("grant:{g}")),
        "vote_settings" if touches(&["declared_at", "winner_id", "result"]) => id.map(|c| format!("vote:{c}")),
        // A hub's ballot: two desks recording one for the same hub at once is a clash.
        "ballots" if change.op == Op::Insert => match (field("cycle_id")?, field("hub_id")?) {
            (Some(c), Some(h)) => Some(format!("ballot:{c}:{h}")),
            _ => None,
        },
        "team_decisions" if change.op == Op::Insert => change.new.get("subject").and_then(Value::as_str).map(str::to_string),
        _ => None,
    })
}

/// Note that `entry` changed the subjects it touches: it replaces the heads it had seen; a
/// subject with two heads or more is a clash.
pub(crate) fn touch_subjects(conn: &Connection, entry: &Entry) -> Result<()> {
    touch_subjects_of(conn, entry, None)
}

/// [`touch_subjects`] for the subjects in `only` (all when `None`).
fn touch_subjects_of(conn: &Connection, entry: &Entry, only: Option<&[String]>) -> Result<()> {
    let mut subjects: Vec<String> = Vec::new();
    for change in &entry.changes {
        if let Some(s) = subject_of(conn, change)? {
            if !subjects.contains(&s) && only.is_none_or(|o| o.contains(&s)) {
                subjects.push(s);
            }
        }
    }
    for subject in subjects {
        let held: Option<(String, Option<String>)> = conn.query_row("SELECT heads, since FROM team_heads WHERE subject = ?1", [&subject], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
        let (heads, since) = held.unwrap_or_default();
        let heads: Vec<(String, i64)> = serde_json::from_str(&heads).unwrap_or_default();
        let mut next: Vec<(String, i64)> = heads.into_iter().filter(|(d, s)| !(*d == entry.desk || entry.deps.get(d).is_some_and(|seen| seen >= s))).collect();
        next.push((entry.desk.clone(), entry.seq));
        next.sort();
        let since = if next.len() > 1 { since.or_else(|| Some(entry.at.clone())) } else { None };
        conn.execute(
            "INSERT INTO team_heads (subject, heads, since) VALUES (?1, ?2, ?3) ON CONFLICT (subject) DO UPDATE SET heads = excluded.heads, since = excluded.since",
            params![subject, serde_json::to_string(&next).unwrap_or_default(), since],
        )?;
    }
    Ok(())
}

impl Store {
    /// The grants and votes in clash (changed on two desks that had not seen each other's
    /// change), as `grant:ID` / `vote:CYCLE`.
    pub fn clash_subjects(&self) -> Result<Vec<String>> {
        self.seal()?;
        let rows = self.conn().prepare("SELECT subject FROM team_heads WHERE since IS NOT NULL ORDER BY subject")?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// The last entry of each desk this desk has applied.
    pub fn log_vector(&self) -> Result<BTreeMap<String, i64>> {
        self.seal()?;
        let rows = self.conn().prepare("SELECT desk_id, max(seq) FROM team_log WHERE state = 'applied' GROUP BY desk_id")?.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// The applied entries after those `have` names (all of a desk it does not name), of one
    /// desk or of all, in each desk's order.
    pub fn log_after(&self, have: &BTreeMap<String, i64>, desk: Option<&str>) -> Result<Vec<Wire>> {
        self.seal()?;
        let mut stmt = self.conn().prepare("SELECT desk_id, seq, hash, body, signature FROM team_log WHERE state = 'applied' AND (?1 IS NULL OR desk_id = ?1) ORDER BY desk_id, seq")?;
        let rows = stmt.query_map([desk], |r| Ok(Wire { desk_id: r.get(0)?, seq: r.get(1)?, hash: r.get(2)?, body: r.get(3)?, signature: r.get(4)? }))?;
        let mut out = Vec::new();
        for row in rows {
            let w = row?;
            if have.get(&w.desk_id).is_none_or(|h| w.seq > *h) {
                out.push(w);
            }
        }
        Ok(out)
    }

    /// Receive entries of other desks: keep each one not held yet, then apply, in causal
    /// order, every entry whose turn has come. Nothing is applied twice; an entry that does not
    /// check is refused with the reason and applies nothing.
    pub fn receive(&mut self, wires: &[Wire]) -> Result<Received> {
        self.receive_with(wires, &mut |_, _| {})
    }

    /// [`Store::receive`], telling `progress` after each batch applied how many entries were
    /// applied of how many waited.
    pub fn receive_with(&mut self, wires: &[Wire], progress: &mut dyn FnMut(i64, i64)) -> Result<Received> {
        if self.is_read_only() {
            return Err(Error::new(ErrorCode::ReadOnly, "The data file is read-only: the team's changes cannot be applied to it."));
        }
        self.seal()?;
        let mut report = Received::default();
        {
            let tx = self.conn().unchecked_transaction()?;
            for w in wires {
                let held: Option<(String, String)> =
                    tx.query_row("SELECT hash, state FROM team_log WHERE desk_id = ?1 AND seq = ?2", params![w.desk_id, w.seq], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
                match held {
                    Some((hash, state)) if hash == w.hash && state != "refused" => {
                        report.duplicates += 1;
                        continue;
                    }
                    Some((_, state)) if state == "applied" => {
                        report.refused.push(Refusal {
                            desk_id: w.desk_id.clone(),
                            seq: w.seq,
                            reason: format!("desk {} gave two different entries number {}: the one applied first is kept", w.desk_id, w.seq),
                        });
                        continue;
                    }
                    Some(_) => {
                        tx.execute("DELETE FROM team_log WHERE desk_id = ?1 AND seq = ?2", params![w.desk_id, w.seq])?;
                    }
                    None => {}
                }
                let readable = w.hash.len() == 64 && w.signature.len() == 128 && w.seq >= 1 && w.desk_id.len() == 16;
                let hlc = serde_json::from_str::<Value>(&w.body).ok().and_then(|v| v.get("hlc").and_then(Value::as_i64));
                match (readable, hlc) {
                    (true, Some(hlc)) => {
                        tx.execute(
                            "INSERT INTO team_log (desk_id, seq, hlc, hash, body, signature, state) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'waiting')",
                            params![w.desk_id, w.seq, hlc, w.hash, w.body, w.signature],
                        )?;
                    }
                    _ => report.refused.push(Refusal { desk_id: w.desk_id.clone(), seq: w.seq, reason: "the entry cannot be read (cut short or damaged on the way)".into() }),
                }
            }
            tx.commit()?;
        }
        self.settle(&mut report, progress)?;
        report.waiting = self.conn().query_row("SELECT count(*) FROM team_log WHERE state = 'waiting'", [], |r| r.get(0))?;
        report.clashes = self.conn().query_row("SELECT count(*) FROM team_heads WHERE since IS NOT NULL", [], |r| r.get(0))?;
        Ok(report)
    }

    /// Apply every waiting entry whose turn has come, until none has.
    fn settle(&mut self, report: &mut Received, progress: &mut dyn FnMut(i64, i64)) -> Result<()> {
        let schema = Schema::read(self.conn())?;
        let waiting: i64 = self.conn().query_row("SELECT count(*) FROM team_log WHERE state = 'waiting'", [], |r| r.get(0))?;
        loop {
            // Entries are applied in transactions of up to BATCH: each entry and its state
            // change together, and a kill loses at most the batch, never half an entry.
            self.conn().execute_batch("BEGIN IMMEDIATE")?;
            match self.settle_pass(&schema, report) {
                Ok(progressed) => {
                    self.conn().execute_batch("COMMIT")?;
                    progress(report.applied, waiting);
                    if !progressed {
                        return Ok(());
                    }
                }
                Err(e) => {
                    let _ = self.conn().execute_batch("ROLLBACK");
                    return Err(e);
                }
            }
        }
    }

    /// One pass over the waiting entries, inside a transaction; whether any was applied.
    fn settle_pass(&self, schema: &Schema, report: &mut Received) -> Result<bool> {
        const BATCH: usize = 500;
        let latest = latest_schema_version();
        let mut in_batch = 0;
        {
            let waiting: Vec<(String, i64, String, String, String)> = self
                .conn()
                .prepare("SELECT desk_id, seq, hash, body, signature FROM team_log WHERE state = 'waiting' ORDER BY hlc, desk_id, seq")?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let mut progressed = false;
            for (desk, seq, hash, body, signature) in waiting {
                let applied = |conn: &Connection, d: &str| -> rusqlite::Result<i64> {
                    conn.query_row("SELECT coalesce(max(seq), 0) FROM team_log WHERE desk_id = ?1 AND state = 'applied'", [d], |r| r.get(0))
                };
                let wait = |conn: &Connection, why: String| conn.execute("UPDATE team_log SET reason = ?3 WHERE desk_id = ?1 AND seq = ?2", params![desk, seq, why]);
                let refuse = |conn: &Connection, why: String| conn.execute("UPDATE team_log SET state = 'refused', reason = ?3 WHERE desk_id = ?1 AND seq = ?2", params![desk, seq, why]);
                // Beyond a removed desk's cut: refused, whether or not its turn has come.
                let removed: Option<Option<i64>> =
                    self.conn().query_row("SELECT last_seq FROM team_desks WHERE desk_id = ?1 AND state = 'removed'", [&desk], |r| r.get(0)).optional()?;
                if let Some(last) = removed {
                    if seq > last.unwrap_or(0) {
                        refuse(self.conn(), "written after its desk was removed from the team".into())?;
                        report.refused.push(Refusal { desk_id: desk.clone(), seq, reason: "written after its desk was removed from the team".into() });
                        continue;
                    }
                }
                let before = applied(self.conn(), &desk)?;
                if seq != before + 1 {
                    wait(self.conn(), format!("waits for change {} of this desk", before + 1))?;
                    continue;
                }
                let Some(key) = self.desk_public_key(&desk)? else {
                    wait(self.conn(), "from a desk that is not one of the team (yet): it waits for the desk's approval".into())?;
                    continue;
                };
                let prev: String = if seq == 1 {
                    String::new()
                } else {
                    self.conn().query_row("SELECT hash FROM team_log WHERE desk_id = ?1 AND seq = ?2", params![desk, seq - 1], |r| r.get(0))?
                };
                let entry = match check_entry(&desk, seq, &Sealed { body, hash, signature }, &key, &prev) {
                    Ok(e) => e,
                    Err(why) => {
                        refuse(self.conn(), why.clone())?;
                        report.refused.push(Refusal { desk_id: desk.clone(), seq, reason: why });
                        continue;
                    }
                };
                if entry.schema > latest {
                    wait(self.conn(), format!("written by a newer version of Mobility Desk (data version {}): update Mobility Desk to read it", entry.schema))?;
                    continue;
                }
                let mut missing = Vec::new();
                for (d, s) in &entry.deps {
                    // What a removed desk wrote after its cut is refused everywhere: an entry
                    // that had seen it waits only for what stands.
                    let cut: Option<Option<i64>> =
                        self.conn().query_row("SELECT last_seq FROM team_desks WHERE desk_id = ?1 AND state = 'removed'", [d], |r| r.get(0)).optional()?;
                    let need = match cut {
                        Some(last) => (*s).min(last.unwrap_or(0)),
                        None => *s,
                    };
                    let have = applied(self.conn(), d)?;
                    if have < need {
                        missing.push(format!("{} change(s) of desk {d}", need - have));
                    }
                }
                if !missing.is_empty() {
                    wait(self.conn(), format!("waits for {}", missing.join(" and ")))?;
                    continue;
                }
                let ahead_days = (super::log::physical_ms(entry.hlc) - super::log::now_ms()) / 86_400_000;
                if ahead_days >= 1 && !report.clocks_ahead.iter().any(|(d, _)| *d == desk) {
                    report.clocks_ahead.push((desk.clone(), ahead_days));
                }
                apply_entry(self.conn(), schema, &entry)?;
                for removed in removals(&entry) {
                    report.undone += undo_beyond_cut(self.conn(), schema, &removed, &(entry.hlc, entry.desk.clone()))?;
                }
                report.applied += 1;
                progressed = true;
                in_batch += 1;
                if in_batch == BATCH {
                    self.conn().execute_batch("COMMIT; BEGIN IMMEDIATE")?;
                    in_batch = 0;
                }
            }
            Ok(progressed)
        }
    }

}

/// The desks an entry removes from the team.
fn removals(entry: &Entry) -> Vec<String> {
    entry
        .changes
        .iter()
        .filter(|c| c.table == "team_desks" && c.op != Op::Delete && c.new.get("state").and_then(Value::as_str) == Some("removed"))
        .filter_map(|c| c.key.first().and_then(Value::as_str).map(str::to_string))
        .collect()
}

/// A desk was removed with a cut (the last of its entries the remover had): the entries of it
/// beyond the cut that this desk applied before the removal arrived are refused here too, as on
/// every desk the removal reached first, and every row they touched is rebuilt from the other
/// entries that touched it (the newest value of each field by its clock does not depend on the
/// order the entries came in). Rows left without their parent go, and clashes are reckoned
/// again. How many entries were undone.
fn undo_beyond_cut(conn: &Connection, schema: &Schema, desk: &str, clock: &Clock) -> Result<i64> {
    let own: String = conn.query_row("SELECT desk_id FROM desk_self", [], |r| r.get(0))?;
    if desk == own {
        return Ok(0);
    }
    let cut: i64 = conn.query_row("SELECT coalesce(last_seq, 0) FROM team_desks WHERE desk_id = ?1", [desk], |r| r.get(0))?;
    let late: Vec<Entry> = conn
        .prepare("SELECT body FROM team_log WHERE desk_id = ?1 AND seq > ?2 AND state = 'applied' ORDER BY seq")?
        .query_map(params![desk, cut], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter_map(|b| serde_json::from_str(&b).ok())
        .collect();
    if late.is_empty() {
        return Ok(0);
    }
    conn.execute(
        "UPDATE team_log SET state = 'refused', reason = 'written after its desk was removed from the team (applied here before the removal came, then undone)' WHERE desk_id = ?1 AND seq > ?2 AND state = 'applied'",
        params![desk, cut],
    )?;
    conn.execute("UPDATE desk_self SET capturing = 0", [])?;
    // The rows the late entries touched, rebuilt from the entries that still stand.
    let rows: Vec<(String, String)> = conn
        .prepare("SELECT DISTINCT tbl, key FROM team_log_rows WHERE desk_id = ?1 AND seq > ?2")?
        .query_map(params![desk, cut], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut tables: Vec<String> = Vec::new();
    for (table, key) in &rows {
        let Some(info) = schema.tables.get(table) else { continue };
        conn.execute(&format!("DELETE FROM \"{}\" WHERE {}", info.name, filter_sql(info, 1)), params_from_iter(key_of(key).iter().map(to_sql)))?;
        conn.execute("DELETE FROM team_clocks WHERE tbl = ?1 AND key = ?2", params![table, key])?;
        conn.execute("DELETE FROM team_tombstones WHERE tbl = ?1 AND key = ?2", params![table, key])?;
        let standing: Vec<String> = conn
            .prepare(
                "SELECT l.body FROM team_log_rows r JOIN team_log l ON l.desk_id = r.desk_id AND l.seq = r.seq
                  WHERE r.tbl = ?1 AND r.key = ?2 AND l.state = 'applied' ORDER BY l.hlc, l.desk_id, l.seq",
            )?
            .query_map(params![table, key], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for body in standing {
            let Ok(entry) = serde_json::from_str::<Entry>(&body) else { continue };
            let at: Clock = (entry.hlc, entry.desk.clone());
            for change in entry.changes.iter().filter(|c| c.table == *table) {
                if alias_of(conn, table, &key_text(&change.key))? == *key {
                    apply_change(conn, schema, change, &at)?;
                }
            }
        }
        for (child, _, _) in schema.references.get(table).map(Vec::as_slice).unwrap_or_default() {
            if !tables.contains(child) {
                tables.push(child.clone());
            }
        }
        if !tables.contains(table) {
            tables.push(table.clone());
        }
    }
    remove_orphans(conn, &tables, clock)?;
    // Clashes that a late entry took part in are reckoned again from the entries that stand.
    let mut subjects: Vec<String> = Vec::new();
    for entry in &late {
        for change in &entry.changes {
            if let Some(s) = subject_of(conn, change)? {
                if !subjects.contains(&s) {
                    subjects.push(s);
                }
            }
        }
    }
    if !subjects.is_empty() {
        for s in &subjects {
            conn.execute("DELETE FROM team_heads WHERE subject = ?1", [s])?;
        }
        let bodies: Vec<String> =
            conn.prepare("SELECT body FROM team_log WHERE state = 'applied' ORDER BY hlc, desk_id, seq")?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        for body in bodies {
            if let Ok(entry) = serde_json::from_str::<Entry>(&body) {
                touch_subjects_of(conn, &entry, Some(&subjects))?;
            }
        }
    }
    conn.execute("UPDATE desk_self SET capturing = 1", [])?;
    Ok(late.len() as i64)
}

/// Apply one checked entry and mark it applied, inside the caller's transaction.
fn apply_entry(tx: &Connection, schema: &Schema, entry: &Entry) -> Result<()> {
    {
        tx.execute("UPDATE desk_self SET capturing = 0", [])?;
        tx.pragma_update(None, "defer_foreign_keys", "ON")?;
        let clock: Clock = (entry.hlc, entry.desk.clone());
        for change in &entry.changes {
            apply_change(tx, schema, change, &clock)?;
            let key = alias_of(tx, &change.table, &key_text(&change.key))?;
            tx.execute("INSERT OR IGNORE INTO team_log_rows (tbl, key, desk_id, seq) VALUES (?1, ?2, ?3, ?4)", params![change.table, key, entry.desk, entry.seq])?;
            // This desk's own number in the team, when an entry approves it.
            if change.table == "team_desks" && change.op != Op::Delete {
                let own: String = tx.query_row("SELECT desk_id FROM desk_self", [], |r| r.get(0))?;
                if change.key.first().and_then(Value::as_str) == Some(own.as_str()) {
                    tx.execute(
                        "UPDATE desk_self SET number = (SELECT number FROM team_desks WHERE desk_id = ?1), stride = 100,
                           state = CASE (SELECT state FROM team_desks WHERE desk_id = ?1) WHEN 'removed' THEN 'removed' ELSE 'member' END",
                        [&own],
                    )?;
                }
            }
        }
        remove_orphans(tx, &tables_to_check(schema, entry), &clock)?;
        retry_suspended(tx, schema)?;
        touch_subjects(tx, entry)?;
        tx.execute("UPDATE desk_self SET capturing = 1, hlc = max(hlc, ?1)", [entry.hlc])?;
        tx.execute("UPDATE team_log SET state = 'applied', reason = '' WHERE desk_id = ?1 AND seq = ?2", params![entry.desk, entry.seq])?;
        Ok(())
    }
}
