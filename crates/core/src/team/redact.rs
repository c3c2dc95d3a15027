//! Redaction after an erasure (issue 21). An erasure empties or replaces cells of shared rows
//! and deletes rows; the log still holds the values those cells had, in every entry that set
//! them. Each desk therefore rewrites those entries with the value the erasure gave each cell
//! (a deleted row's personal cells: empty), and marks them redacted: such an entry keeps the
//! hash and signature it was sealed with, so the audit still proves who made it, when, and its
//! place in its desk's chain, and says its values were erased. A desk signs what is left of its
//! own entries, and only so are they taken from it again: no one can pass a body of their own
//! making for a desk's redacted entry. Its copies of other desks' entries it redacts unsigned,
//! and never sends them on.
//!
//! The erasure's own entry is redacted before it is sealed, so it carries no erased value to
//! any desk; an entry of another desk that had not seen the erasure is redacted as it arrives,
//! before it is applied, so a change made offline does not bring an erased value back.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::capture::key_text;
use super::log::{Change, Entry};
use crate::platform::error::Result;
use crate::platform::store::Store;

/// What an erasure did to one row: the value it gave each personal cell, and whether it
/// deleted the row (its personal cells then read as empty in the log).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Erased {
    pub table: String,
    pub key: Vec<Value>,
    #[serde(default)]
    pub set: BTreeMap<String, Value>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub delete: bool,
}

/// Give every cell of `change` that an erasure names the value the erasure gave it, before
/// and after; whether anything was replaced.
pub(crate) fn redact_change(change: &mut Change, cells: &[Erased]) -> bool {
    let mut replaced = false;
    for cell in cells.iter().filter(|c| c.table == change.table && c.key == change.key) {
        for (column, value) in &cell.set {
            for side in [&mut change.new, &mut change.old] {
                if let Some(v) = side.get_mut(column) {
                    if v != value {
                        *v = value.clone();
                        replaced = true;
                    }
                }
            }
        }
    }
    replaced
}

/// Redact an entry's body; the new body when anything was replaced.
fn redact_body(body: &str, cells: &[Erased]) -> Option<String> {
    let mut entry: Entry = serde_json::from_str(body).ok()?;
    let mut replaced = false;
    for change in &mut entry.changes {
        replaced |= redact_change(change, cells);
    }
    replaced.then(|| serde_json::to_string(&entry).ok()).flatten()
}

/// An erasure as a desk knows it: its id, the entry that made it (desk and number; none when
/// a restore carried it in) and its cells.
pub(crate) type KnownErasure = (i64, Option<(String, i64)>, Vec<Erased>);

impl Store {
    /// Redact every entry of the log (of any desk, applied or not) that holds a value of
    /// `cells`; how many entries were rewritten.
    pub(crate) fn redact_log(&self, cells: &[Erased]) -> Result<i64> {
        let conn = self.conn();
        let mut entries: BTreeSet<(String, i64)> = BTreeSet::new();
        {
            let mut rows = conn.prepare_cached("SELECT desk_id, seq FROM team_log_rows WHERE tbl = ?1 AND key = ?2")?;
            for cell in cells {
                for found in rows.query_map(params![cell.table, key_text(&cell.key)], |r| Ok((r.get(0)?, r.get(1)?)))? {
                    entries.insert(found?);
                }
            }
        }
        // Entries not applied yet are in no index of rows: each is read.
        let unapplied: Vec<(String, i64)> = conn.prepare("SELECT desk_id, seq FROM team_log WHERE state <> 'applied'")?.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        entries.extend(unapplied);
        // This desk signs what is left of its own entries; its copies of other desks' entries
        // are redacted unsigned (`redacted` 2), and never sent on.
        let (own, key) = self.desk_key()?;
        let mut rewritten = 0;
        for (desk, seq) in entries {
            let body: Option<String> = conn.query_row("SELECT body FROM team_log WHERE desk_id = ?1 AND seq = ?2", params![desk, seq], |r| r.get(0)).optional()?;
            if let Some(redacted) = body.and_then(|b| redact_body(&b, cells)) {
                let (mark, signature) = if desk == own { (1, super::log::sign_redaction(&redacted, &key)) } else { (2, String::new()) };
                conn.execute("UPDATE team_log SET body = ?3, redacted = ?4, redaction = ?5 WHERE desk_id = ?1 AND seq = ?2", params![desk, seq, redacted, mark, signature])?;
                rewritten += 1;
            }
        }
        Ok(rewritten)
    }

    /// Redact the earlier versions the forms' stale-save check keeps (`record_history`) of the
    /// rows of `cells`: a deleted row's versions go, the others' erased cells are replaced.
    pub(crate) fn redact_record_history(&self, cells: &[Erased]) -> Result<()> {
        let conn = self.conn();
        for cell in cells {
            let Some(id) = cell.key.first().and_then(Value::as_i64).filter(|_| cell.key.len() == 1) else { continue };
            if cell.delete {
                conn.execute("DELETE FROM record_history WHERE table_name = ?1 AND record_id = ?2", params![cell.table, id])?;
                continue;
            }
            let versions: Vec<(i64, String)> = conn
                .prepare_cached("SELECT id, data FROM record_history WHERE table_name = ?1 AND record_id = ?2")?
                .query_map(params![cell.table, id], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (row, data) in versions {
                let Ok(mut map) = serde_json::from_str::<serde_json::Map<String, Value>>(&data) else { continue };
                let mut replaced = false;
                for (column, value) in &cell.set {
                    if let Some(v) = map.get_mut(column) {
                        *v = value.clone();
                        replaced = true;
                    }
                }
                if replaced {
                    conn.execute("UPDATE record_history SET data = ?2 WHERE id = ?1", params![row, Value::Object(map).to_string()])?;
                }
            }
        }
        Ok(())
    }

    /// Every erasure this desk knows, each with the entry that made it (desk and number).
    pub(crate) fn known_erasures(&self) -> Result<Vec<KnownErasure>> {
        let rows: Vec<(i64, String)> = self.conn().prepare("SELECT id, cells FROM erasures ORDER BY id")?.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::new();
        for (id, cells) in rows {
            let origin: Option<(String, i64)> = self
                .conn()
                .query_row("SELECT desk_id, seq FROM team_log_rows WHERE tbl = 'erasures' AND key = ?1 ORDER BY seq LIMIT 1", [key_text(&[Value::from(id)])], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            out.push((id, origin, serde_json::from_str(&cells).unwrap_or_default()));
        }
        Ok(out)
    }
}

/// The cells of the erasures an arriving entry had not seen (made at a desk that had not
/// received them yet): they are redacted in it before it is applied.
pub(crate) fn unseen_by(entry: &Entry, erasures: &[KnownErasure]) -> Vec<Erased> {
    let mut cells = Vec::new();
    for (_, origin, erased) in erasures {
        let seen = match origin {
            Some((desk, seq)) if *desk == entry.desk => entry.seq > *seq,
            Some((desk, seq)) => entry.deps.get(desk).is_some_and(|s| s >= seq),
            // Carried into a restored file, without the entry that made it: what arrives now is
            // taken as made after it.
            None => true,
        };
        if !seen {
            cells.extend(erased.iter().cloned());
        }
    }
    cells
}

impl Store {
    /// Give each row of `cells` the values the erasure gave it, or delete it: nothing changes
    /// for a row that already has them (an erasure carried out again).
    pub(crate) fn apply_erased_cells(&self, cells: &[Erased]) -> Result<()> {
        let conn = self.conn();
        for cell in cells {
            let Some(id) = cell.key.first().and_then(Value::as_i64).filter(|_| cell.key.len() == 1) else { continue };
            if super::shared_table(&cell.table).is_none() {
                continue;
            }
            if cell.delete {
                conn.execute(&format!("DELETE FROM \"{}\" WHERE id = ?1", cell.table), [id])?;
                continue;
            }
            let columns: Vec<&String> = cell.set.keys().collect();
            if columns.is_empty() {
                continue;
            }
            let assign: Vec<String> = columns.iter().enumerate().map(|(i, c)| format!("\"{c}\" = ?{}", i + 2)).collect();
            let differs: Vec<String> = columns.iter().enumerate().map(|(i, c)| format!("\"{c}\" IS NOT ?{}", i + 2)).collect();
            let mut values = vec![rusqlite::types::Value::Integer(id)];
            values.extend(cell.set.values().map(super::capture::to_sql));
            conn.execute(
                &format!("UPDATE \"{}\" SET {} WHERE id = ?1 AND ({})", cell.table, assign.join(", "), differs.join(" OR ")),
                rusqlite::params_from_iter(values),
            )?;
        }
        Ok(())
    }

    /// Carry out every erasure this desk has not carried into its own files yet (made here,
    /// received from another desk, or brought along by a restore): its cells given to the rows
    /// as they are now, this desk's mails to the person deleted, the log and the forms' earlier
    /// versions redacted; then the freed pages wiped, this desk's files in the shared folder
    /// written again, and the backups taken before replaced by one taken after. How many
    /// erasures were carried out.
    pub fn carry_out_erasures(&self) -> Result<i64> {
        if self.is_read_only() {
            return Ok(0);
        }
        let pending: Vec<(i64, String, String)> = self
            .conn()
            .prepare("SELECT id, cells, mails FROM erasures WHERE id NOT IN (SELECT erasure_id FROM erasures_done) ORDER BY id")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        if pending.is_empty() {
            return Ok(0);
        }
        self.seal()?;
        for (id, cells, mails) in &pending {
            let cells: Vec<Erased> = serde_json::from_str(cells).unwrap_or_default();
            let mails: Vec<String> = serde_json::from_str(mails).unwrap_or_default();
            let tx = self.conn().unchecked_transaction()?;
            self.apply_erased_cells(&cells)?;
            for about in &mails {
                tx.execute("DELETE FROM outbox WHERE about = ?1", [about])?;
            }
            tx.commit()?;
            self.seal_redacting(&cells)?;
            let tx = self.conn().unchecked_transaction()?;
            self.redact_log(&cells)?;
            self.redact_record_history(&cells)?;
            tx.execute("INSERT OR IGNORE INTO erasures_done (erasure_id) VALUES (?1)", [id])?;
            tx.commit()?;
        }
        self.wipe_freed_pages()?;
        self.rewrite_folder_after_erasure()?;
        self.replace_backups()?;
        Ok(pending.len() as i64)
    }

    /// Overwrite what deleted rows and rewritten entries left in the file's free pages.
    fn wipe_freed_pages(&self) -> Result<()> {
        let conn = self.conn();
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.execute_batch("VACUUM")?;
        if self.path().is_some() {
            conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        Ok(())
    }

    /// The backups, and the files a restore set aside, were taken before the erasure and hold
    /// what it erased: they are deleted and one backup is taken now in their place. How many
    /// were deleted.
    fn replace_backups(&self) -> Result<i64> {
        let Some(path) = self.path().map(std::path::Path::to_path_buf) else { return Ok(0) };
        let mut deleted = 0;
        let old: Vec<std::path::PathBuf> =
            crate::platform::backups::list(&path).into_iter().map(|b| std::path::PathBuf::from(b.path)).chain(crate::platform::backups::set_aside(&path)).collect();
        for file in old {
            for side in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{side}", file.display()));
            }
            deleted += 1;
        }
        if deleted > 0 {
            self.back_up_now()?;
        }
        Ok(deleted)
    }
}
