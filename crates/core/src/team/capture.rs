//! Capture: the triggers that note every change of a shared table, and the sealing of what
//! they noted into one signed entry of the desk's log.
//!
//! The triggers note only a row's key, the kind of change and the changed columns' values
//! before it; the values after are read from the row when the entry is sealed, so a row
//! changed ten times in one action is one change of the entry (as SQLite's session extension
//! would give it), and a BLOB is read once, natively.

use std::collections::{BTreeMap, HashMap};

use base64::Engine;
use rusqlite::types::Value as SqlValue;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use serde_json::Value;

use super::log::{next_hlc, now_ms, seal_entry, Author, Change, Entry, Op, ENTRY_FORMAT};
use super::{SharedTable, SHARED};
use crate::platform::error::{Error, ErrorCode, Result};
use crate::platform::store::Store;

/// A shared table's columns as the log sees them.
#[derive(Debug, Clone)]
pub(crate) struct TableInfo {
    pub name: String,
    /// The shared columns, in the table's order.
    pub columns: Vec<String>,
    /// The primary key's columns, in the key's order.
    pub key: Vec<String>,
    /// Shared columns declared BLOB.
    pub blobs: Vec<String>,
    /// Whether the key is an `id` the app allocates (ids then carry the desk's number).
    pub has_id: bool,
}

pub(crate) fn table_info(conn: &Connection, table: &SharedTable) -> Result<TableInfo> {
    let mut stmt = conn.prepare(&format!("PRAGMA table_info(\"{}\")", table.name))?;
    let rows: Vec<(String, String, i64)> = stmt.query_map([], |r| Ok((r.get(1)?, r.get(2)?, r.get(5)?)))?.collect::<rusqlite::Result<_>>()?;
    if rows.is_empty() {
        return Err(Error::new(ErrorCode::Internal, format!("The shared table {} does not exist.", table.name)));
    }
    let mut key: Vec<(i64, String)> = rows.iter().filter(|(_, _, pk)| *pk > 0).map(|(n, _, pk)| (*pk, n.clone())).collect();
    key.sort();
    let key: Vec<String> = key.into_iter().map(|(_, n)| n).collect();
    let columns: Vec<String> = rows.iter().map(|(n, _, _)| n.clone()).filter(|n| !table.local.contains(&n.as_str())).collect();
    let blobs = rows.iter().filter(|(n, t, _)| t.eq_ignore_ascii_case("BLOB") && !table.local.contains(&n.as_str())).map(|(n, _, _)| n.clone()).collect();
    let has_id = key == ["id"];
    Ok(TableInfo { name: table.name.to_string(), columns, key, blobs, has_id })
}

pub(crate) fn all_tables(conn: &Connection) -> Result<HashMap<String, TableInfo>> {
    SHARED.iter().map(|t| table_info(conn, t).map(|i| (t.name.to_string(), i))).collect()
}

fn q(name: &str) -> String {
    format!("\"{name}\"")
}

/// The value of column `c` of row `row` (NEW or OLD) as it is noted: a BLOB as hex text.
fn noted(info: &TableInfo, row: &str, c: &str) -> String {
    if info.blobs.iter().any(|b| b == c) {
        format!("hex({row}.{})", q(c))
    } else {
        format!("{row}.{}", q(c))
    }
}

/// The three capture triggers of a shared table, and for a table with ids the one that keeps
/// its highest id, by name.
fn triggers(info: &TableInfo, derived: Option<&str>) -> Vec<(String, String)> {
    let t = &info.name;
    let when = "(SELECT capturing FROM desk_self) IS NOT 0";
    let key = |row: &str| format!("json_array({})", info.key.iter().map(|k| format!("{row}.{}", q(k))).collect::<Vec<_>>().join(", "));
    let pending = "    SELECT RAISE(ABORT, 'This desk has asked to join a team and is not approved yet: nothing can be added before a desk of the team approves it.') FROM desk_self WHERE state = 'pending';\n";
    let id_check = if info.has_id {
        format!("{pending}    SELECT RAISE(ABORT, 'A new row of {t} was given an id of another desk (the app must take it from team_next_id).') FROM desk_self WHERE stride > 1 AND NEW.id % stride <> number;\n")
    } else {
        pending.to_string()
    };
    let insert = format!(
        "CREATE TRIGGER team_cap_{t}_insert AFTER INSERT ON {} WHEN {when}\nBEGIN\n{id_check}    INSERT INTO team_capture (tbl, key, op) VALUES ('{t}', {}, 'insert');\nEND",
        q(t),
        key("NEW")
    );
    let changed: Vec<String> = info.columns.iter().map(|c| format!("NEW.{0} IS NOT OLD.{0}", q(c))).collect();
    let own_work = derived.map(|d| format!(" AND NOT ({d})")).unwrap_or_default();
    let old_changed: Vec<String> = info.columns.iter().map(|c| format!("CASE WHEN NEW.{0} IS NOT OLD.{0} THEN '$.{c}' ELSE '$._' END, {1}", q(c), noted(info, "OLD", c))).collect();
    let key_kept: Vec<String> = info.key.iter().map(|k| format!("NEW.{0} IS NOT OLD.{0}", q(k))).collect();
    let update = format!(
        "CREATE TRIGGER team_cap_{t}_update AFTER UPDATE ON {} WHEN {when}{own_work} AND ({})\nBEGIN\n    SELECT RAISE(ABORT, 'The key of a row of {t} cannot change.') WHERE {};\n    INSERT INTO team_capture (tbl, key, op, old) VALUES ('{t}', {}, 'update', json_remove(json_set('{{}}', {}), '$._'));\nEND",
        q(t),
        changed.join(" OR "),
        key_kept.join(" OR "),
        key("OLD"),
        old_changed.join(", ")
    );
    let old_all: Vec<String> = info.columns.iter().map(|c| format!("'{c}', {}", noted(info, "OLD", c))).collect();
    let delete = format!(
        "CREATE TRIGGER team_cap_{t}_delete AFTER DELETE ON {} WHEN {when}\nBEGIN\n    INSERT INTO team_capture (tbl, key, op, old) VALUES ('{t}', {}, 'delete', json_object({}));\nEND",
        q(t),
        key("OLD"),
        old_all.join(", ")
    );
    let mut all = vec![(format!("team_cap_{t}_insert"), insert), (format!("team_cap_{t}_update"), update), (format!("team_cap_{t}_delete"), delete)];
    if info.has_id {
        // Whether captured or applied from another desk, a deleted id is never given again.
        all.push((
            format!("team_mark_{t}_delete"),
            format!(
                "CREATE TRIGGER team_mark_{t}_delete AFTER DELETE ON {}\nBEGIN\n    INSERT INTO team_id_marks (tbl, high) VALUES ('{t}', OLD.id) ON CONFLICT (tbl) DO UPDATE SET high = max(high, excluded.high);\nEND",
                q(t)
            ),
        ));
    }
    all
}

/// The view that gives the id of a new row: `INSERT INTO t (id, …) VALUES ((SELECT id FROM
/// team_next_id WHERE tbl = 't'), …)`. After every id the table holds or held (a deleted or
/// merged-away id is never given again: `team_id_marks`); once the desk is in a
/// team (stride 100), ending in the desk's number, so two desks never give the same id, even
/// offline, and ids stay short.
const NEXT_ID: &str = "team_next_id";

fn next_id_view(conn: &Connection) -> Result<String> {
    let mut parts = Vec::new();
    for table in SHARED {
        if table_info(conn, table)?.has_id {
            let t = table.name;
            parts.push(format!(
                "SELECT '{t}', (max(coalesce((SELECT max(id) FROM {}), 0), coalesce((SELECT high FROM team_id_marks WHERE tbl = '{t}'), 0)) / stride + 1) * stride + number FROM desk_self",
                q(t)
            ));
        }
    }
    Ok(format!("CREATE VIEW {NEXT_ID} (tbl, id) AS\n{}", parts.join("\nUNION ALL ")))
}

/// Write the capture triggers for the schema as it is, when they differ from those in the
/// file (a first opening, or a new column since).
pub(crate) fn install(conn: &Connection) -> Result<bool> {
    let mut wanted = BTreeMap::new();
    for table in SHARED {
        for (name, sql) in triggers(&table_info(conn, table)?, table.derived.map(|d| d.0)) {
            wanted.insert(name, sql);
        }
    }
    wanted.insert(NEXT_ID.to_string(), next_id_view(conn)?);
    let existing: BTreeMap<String, String> = conn
        .prepare("SELECT name, sql FROM sqlite_master WHERE (type = 'trigger' AND (name LIKE 'team_cap_%' OR name LIKE 'team_mark_%')) OR (type = 'view' AND name = 'team_next_id')")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    if existing == wanted {
        return Ok(false);
    }
    let mut batch = String::from("BEGIN IMMEDIATE;\n");
    for name in existing.keys() {
        let kind = if name == NEXT_ID { "VIEW" } else { "TRIGGER" };
        batch.push_str(&format!("DROP {kind} {};\n", q(name)));
    }
    for sql in wanted.values() {
        batch.push_str(sql);
        batch.push_str(";\n");
    }
    batch.push_str("COMMIT;");
    if let Err(e) = conn.execute_batch(&batch) {
        let _ = conn.execute_batch("ROLLBACK");
        return Err(e.into());
    }
    Ok(true)
}

pub(crate) fn to_json(value: SqlValue) -> Value {
    match value {
        SqlValue::Null => Value::Null,
        SqlValue::Integer(i) => Value::from(i),
        SqlValue::Real(f) => serde_json::Number::from_f64(f).map(Value::Number).unwrap_or(Value::Null),
        SqlValue::Text(s) => Value::String(s),
        SqlValue::Blob(b) => serde_json::json!({ "x": base64::engine::general_purpose::STANDARD.encode(b) }),
    }
}

pub(crate) fn to_sql(value: &Value) -> SqlValue {
    match value {
        Value::Null => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(*b as i64),
        Value::Number(n) => n.as_i64().map(SqlValue::Integer).unwrap_or_else(|| SqlValue::Real(n.as_f64().unwrap_or(0.0))),
        Value::String(s) => SqlValue::Text(s.clone()),
        Value::Object(o) => match o.get("x").and_then(Value::as_str).and_then(|x| base64::engine::general_purpose::STANDARD.decode(x).ok()) {
            Some(bytes) => SqlValue::Blob(bytes),
            None => SqlValue::Text(value.to_string()),
        },
        Value::Array(_) => SqlValue::Text(value.to_string()),
    }
}

/// The text a row's key is filed under (its JSON array).
pub(crate) fn key_text(key: &[Value]) -> String {
    serde_json::to_string(key).unwrap_or_default()
}

/// The row a change is about, as it is now (if it still exists), for describing the change.
pub(crate) fn row_now(conn: &Connection, change: &super::log::Change) -> Result<Option<BTreeMap<String, Value>>> {
    match super::shared_table(&change.table) {
        Some(t) => read_row(conn, &table_info(conn, t)?, &change.key),
        None => Ok(None),
    }
}

/// The row's shared columns now, if it exists.
pub(crate) fn read_row(conn: &Connection, info: &TableInfo, key: &[Value]) -> Result<Option<BTreeMap<String, Value>>> {
    let cols = info.columns.iter().map(|c| q(c)).collect::<Vec<_>>().join(", ");
    let filter = info.key.iter().enumerate().map(|(i, k)| format!("{} = ?{}", q(k), i + 1)).collect::<Vec<_>>().join(" AND ");
    let sql = format!("SELECT {cols} FROM {} WHERE {filter}", q(&info.name));
    let mut stmt = conn.prepare_cached(&sql)?;
    let row = stmt
        .query_row(params_from_iter(key.iter().map(to_sql)), |r| {
            let mut out = BTreeMap::new();
            for (i, c) in info.columns.iter().enumerate() {
                out.insert(c.clone(), to_json(r.get::<_, SqlValue>(i)?));
            }
            Ok(out)
        })
        .optional()?;
    Ok(row)
}

/// The old values a trigger noted, with its hex BLOBs back as `{"x": base64}`.
fn old_values(info: &TableInfo, noted: &str) -> BTreeMap<String, Value> {
    let mut out: BTreeMap<String, Value> = serde_json::from_str(noted).unwrap_or_default();
    for b in &info.blobs {
        if let Some(Value::String(h)) = out.get(b) {
            let bytes = hex::decode(h).unwrap_or_default();
            out.insert(b.clone(), serde_json::json!({ "x": base64::engine::general_purpose::STANDARD.encode(bytes) }));
        }
    }
    out
}

struct Noted {
    op: Op,
    old: String,
}

/// Record that `desk` set `columns` (all of them: none) of a row at `hlc`.
pub(crate) fn stamp(conn: &Connection, table: &str, key: &str, columns: Option<&[String]>, hlc: i64, desk: &str) -> Result<()> {
    let stamp = serde_json::json!([hlc, desk]);
    let clocks = match columns {
        None => serde_json::json!({ "*": stamp }),
        Some(cols) => {
            let now: Option<String> = conn.query_row("SELECT clocks FROM team_clocks WHERE tbl = ?1 AND key = ?2", params![table, key], |r| r.get(0)).optional()?;
            let mut map: serde_json::Map<String, Value> = now.and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default();
            for c in cols {
                map.insert(c.clone(), stamp.clone());
            }
            Value::Object(map)
        }
    };
    conn.prepare_cached("INSERT INTO team_clocks (tbl, key, clocks) VALUES (?1, ?2, ?3) ON CONFLICT (tbl, key) DO UPDATE SET clocks = excluded.clocks")?
        .execute(params![table, key, clocks.to_string()])?;
    Ok(())
}

impl Store {
    /// Seal what the triggers noted since the last entry into a new entry of this desk's log:
    /// signed, chained to the one before, and stamped on every field it set. Called after each
    /// action (the window after every command, the command line before it ends); a crash
    /// before it leaves the notes in the file, sealed at the next action. The entry's number,
    /// or none when nothing changed.
    pub fn seal(&self) -> Result<Option<i64>> {
        self.seal_redacting(&[])
    }

    /// [`Store::seal`], the values `cells` name replaced before the entry is signed: an
    /// erasure's entry carries none of the values it erased (`redact.rs`).
    pub(crate) fn seal_redacting(&self, cells: &[super::redact::Erased]) -> Result<Option<i64>> {
        if self.is_read_only() {
            return Ok(None);
        }
        let conn = self.conn();
        let pending: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM team_capture)", [], |r| r.get(0))?;
        if !pending {
            return Ok(None);
        }
        let tx = conn.unchecked_transaction()?;
        let notes: Vec<(i64, String, String, String, String, String)> = tx
            .prepare("SELECT n, tbl, key, op, old, at FROM team_capture ORDER BY n")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let last_n = notes.last().map(|n| n.0).unwrap_or(0);
        let first_at = notes.first().map(|n| n.5.clone()).unwrap_or_default();
        let mut order: Vec<(String, String)> = Vec::new();
        let mut by_row: HashMap<(String, String), Vec<Noted>> = HashMap::new();
        for (_, tbl, key, op, old, _) in notes {
            let op = match op.as_str() {
                "insert" => Op::Insert,
                "update" => Op::Update,
                _ => Op::Delete,
            };
            let row = (tbl, key);
            let list = by_row.entry(row.clone()).or_default();
            if list.is_empty() {
                order.push(row);
            }
            list.push(Noted { op, old });
        }
        let tables = all_tables(&tx)?;
        let mut changes = Vec::new();
        for row in order {
            let noted = &by_row[&row];
            let Some(info) = tables.get(&row.0) else { continue };
            let key: Vec<Value> = serde_json::from_str(&row.1).unwrap_or_default();
            let now = read_row(&tx, info, &key)?;
            let mut old = BTreeMap::new();
            for n in noted.iter().filter(|n| n.op != Op::Insert) {
                for (c, v) in old_values(info, &n.old) {
                    old.entry(c).or_insert(v);
                }
            }
            let inserted = noted[0].op == Op::Insert;
            let recreated = noted.iter().any(|n| n.op == Op::Delete);
            let change = match now {
                None if inserted => None,
                None => Some(Change { table: row.0.clone(), key, op: Op::Delete, new: BTreeMap::new(), old }),
                Some(values) if inserted || recreated => Some(Change { table: row.0.clone(), key, op: Op::Insert, new: values, old }),
                Some(values) => {
                    let mut new: BTreeMap<String, Value> = old.keys().filter_map(|c| values.get(c).map(|v| (c.clone(), v.clone()))).filter(|(c, v)| old.get(c) != Some(v)).collect();
                    // A row leaving the state where some columns are each desk's own (a draft
                    // grant awarded) takes them along: the award states the figures awarded.
                    if let (false, Some((_, derived))) = (new.is_empty(), super::shared_table(&row.0).and_then(|t| t.derived)) {
                        for c in derived.iter() {
                            if let Some(v) = values.get(*c) {
                                new.entry(c.to_string()).or_insert_with(|| v.clone());
                            }
                        }
                    }
                    let old: BTreeMap<String, Value> = old.into_iter().filter(|(c, _)| new.contains_key(c)).collect();
                    (!new.is_empty()).then(|| Change { table: row.0.clone(), key, op: Op::Update, new, old })
                }
            };
            changes.extend(change);
        }
        for change in &mut changes {
            super::redact::redact_change(change, cells);
        }
        if changes.is_empty() {
            tx.execute("DELETE FROM team_capture WHERE n <= ?1", [last_n])?;
            tx.commit()?;
            return Ok(None);
        }
        let (desk, key) = self.desk_key()?;
        let (last_hlc, name, initials): (i64, String, String) =
            tx.query_row("SELECT hlc, person_name, person_initials FROM desk_self", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        let (seq, prev): (i64, String) = tx
            .query_row("SELECT seq, hash FROM team_log WHERE desk_id = ?1 ORDER BY seq DESC LIMIT 1", [&desk], |r| Ok((r.get::<_, i64>(0)? + 1, r.get(1)?)))
            .optional()?
            .unwrap_or((1, String::new()));
        let deps: BTreeMap<String, i64> = tx
            .prepare("SELECT desk_id, max(seq) FROM team_log WHERE state = 'applied' AND desk_id <> ?1 GROUP BY desk_id")?
            .query_map([&desk], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let hlc = next_hlc(last_hlc, now_ms());
        let name = if name.is_empty() { super::os_account() } else { name };
        let entry = Entry {
            format: ENTRY_FORMAT,
            desk: desk.clone(),
            seq,
            hlc,
            schema: super::log::claimed_schema(self.schema_version()?),
            author: Author { name, initials },
            at: first_at,
            deps,
            prev,
            changes,
        };
        let sealed = seal_entry(&entry, &key)?;
        tx.execute(
            "INSERT INTO team_log (desk_id, seq, hlc, hash, body, signature) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![desk, seq, hlc, sealed.hash, sealed.body, sealed.signature],
        )?;
        for change in &entry.changes {
            let key = key_text(&change.key);
            tx.prepare_cached("INSERT OR IGNORE INTO team_log_rows (tbl, key, desk_id, seq) VALUES (?1, ?2, ?3, ?4)")?.execute(params![change.table, key, desk, seq])?;
            match change.op {
                Op::Insert => {
                    stamp(&tx, &change.table, &key, None, hlc, &desk)?;
                    tx.execute("DELETE FROM team_tombstones WHERE tbl = ?1 AND key = ?2", params![change.table, key])?;
                }
                Op::Update => stamp(&tx, &change.table, &key, Some(&change.new.keys().cloned().collect::<Vec<_>>()), hlc, &desk)?,
                Op::Delete => {
                    tx.execute("DELETE FROM team_clocks WHERE tbl = ?1 AND key = ?2", params![change.table, key])?;
                    tx.execute(
                        "INSERT OR REPLACE INTO team_tombstones (tbl, key, hlc, desk_id) VALUES (?1, ?2, ?3, ?4)",
                        params![change.table, key, hlc, desk],
                    )?;
                }
            }
        }
        super::merge::touch_subjects(&tx, &entry)?;
        tx.execute("UPDATE desk_self SET hlc = ?1", [hlc])?;
        tx.execute("DELETE FROM team_capture WHERE n <= ?1", [last_n])?;
        tx.commit()?;
        Ok(Some(seq))
    }
}
