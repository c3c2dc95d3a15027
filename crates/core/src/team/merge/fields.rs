//! Applying a change field by field: each field takes the value of the later clock, and a unique
//! value two desks gave to two rows at once is kept by the later change, the other row's value
//! suffixed until the value is free again.

use std::collections::BTreeMap;

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, params_from_iter, Connection};
use serde_json::Value;

use super::{clocks_of, field_clock, filter_sql, key_of, unique_sets, Clock, Schema};
use crate::team::capture::{key_text, read_row, to_sql, TableInfo};
use crate::platform::error::Result;

/// Set the fields whose incoming clock is later than the one they hold.
pub(super) fn merge_fields(conn: &Connection, info: &TableInfo, key: &str, values: &BTreeMap<String, Value>, clock: &Clock) -> Result<()> {
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
            .query_map(params_from_iter(unique.iter().map(|c| to_sql(&full[c]))), |r| (0..info.key.len()).map(|i| r.get::<_, SqlValue>(i).map(crate::team::capture::to_json)).collect())?
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
pub(super) fn retry_suspended(conn: &Connection, schema: &Schema) -> Result<()> {
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
                .query_map([&value], |r| (0..info.key.len()).map(|i| r.get::<_, SqlValue>(i).map(crate::team::capture::to_json)).collect())?
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
