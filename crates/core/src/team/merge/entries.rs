//! Applying one checked entry in the caller's transaction: its changes, the rows it left without
//! a parent, the values waiting for their turn, its clash subjects; and undoing what a removed
//! desk wrote after its cut.

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use serde_json::Value;

use super::fields::retry_suspended;
use super::rows::apply_change;
use super::subjects::{subject_of, touch_subjects, touch_subjects_of};
use super::{alias_of, filter_sql, key_of, Clock, Schema};
use crate::team::capture::{key_text, table_info, to_sql};
use crate::team::log::{Entry, Op};
use crate::team::shared_table;
use crate::platform::error::{Error, ErrorCode, Result};

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
                    (0..info.key.len()).map(|i| r.get::<_, SqlValue>(i).map(crate::team::capture::to_json)).collect()
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

/// The desks an entry removes from the team.
pub(super) fn removals(entry: &Entry) -> Vec<String> {
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
/// order the entries came in). Rows left without their parent go, values the late entries took
/// from other rows go back, and clashes are reckoned again. How many entries were undone.
pub(super) fn undo_beyond_cut(conn: &Connection, schema: &Schema, desk: &str, clock: &Clock) -> Result<i64> {
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
    let why = crate::phrase!("said-team-refused-undone");
    conn.execute(
        "UPDATE team_log SET state = 'refused', reason = ?3, reason_said = ?4 WHERE desk_id = ?1 AND seq > ?2 AND state = 'applied'",
        params![desk, cut, why.text, why.said_json()],
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
    // A value a late entry gave and could not hold no longer waits; one it took from another
    // row (which kept it suffixed, waiting) is free again and goes back, as if the late entry
    // had never come.
    for entry in &late {
        conn.execute("DELETE FROM team_suspended WHERE hlc = ?1 AND desk_id = ?2", params![entry.hlc, entry.desk])?;
    }
    retry_suspended(conn, schema)?;
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
pub(super) fn apply_entry(tx: &Connection, schema: &Schema, entry: &Entry) -> Result<()> {
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
