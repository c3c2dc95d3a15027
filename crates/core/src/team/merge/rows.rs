//! Applying a change row by row: a row is made, changed or deleted by the later of its creation
//! and deletion, and two rows made on two desks for one thing are merged into one.

use std::collections::BTreeMap;

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use serde_json::Value;

use super::fields::merge_fields;
use super::{alias_of, clock_of, clocks_of, field_clock, filter_sql, key_of, unique_sets, Clock, Schema};
use crate::team::capture::{key_text, read_row, stamp, to_sql, TableInfo};
use crate::team::log::{Change, Op};
use crate::platform::error::{Error, ErrorCode, Result};

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
                (0..info.key.len()).map(|i| r.get::<_, SqlValue>(i).map(crate::team::capture::to_json)).collect()
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
        let rows = stmt.query_map([from], |r| (0..info.key.len()).map(|i| r.get::<_, SqlValue>(i).map(crate::team::capture::to_json)).collect::<rusqlite::Result<Vec<_>>>())?;
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

/// The values of a change that point at a row merged into another since (one thing made on
/// two desks, like a reviewer named on both) point at the row it was merged into, so that the
/// change's row is not left without its parent.
fn follow_merged_parents(conn: &Connection, schema: &Schema, table: &str, values: &mut BTreeMap<String, Value>) -> Result<()> {
    for (parent, references) in &schema.references {
        for (child, column, parent_column) in references {
            if child != table || parent_column != "id" {
                continue;
            }
            let Some(value) = values.get(column).filter(|v| v.is_i64()) else { continue };
            let held = key_text(std::slice::from_ref(value));
            let target = alias_of(conn, parent, &held)?;
            if target != held {
                if let Some(id) = key_of(&target).first().cloned() {
                    values.insert(column.clone(), id);
                }
            }
        }
    }
    Ok(())
}

/// Apply one change of another desk's entry.
pub(super) fn apply_change(conn: &Connection, schema: &Schema, change: &Change, clock: &Clock) -> Result<()> {
    let Some(info) = schema.tables.get(&change.table) else {
        return Err(Error::new(ErrorCode::BadRequest, crate::said!("said-team-change-not-shared", table = &change.table)));
    };
    let mut followed = change.clone();
    follow_merged_parents(conn, schema, &change.table, &mut followed.new)?;
    let change = &followed;
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
    Error::new(ErrorCode::Database, crate::said!("said-platform-database-error", error = e.to_string()))
}
