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

/// How an erasure is carried into the desk's files: the files it keeps (the file a restore
/// set aside, which is the newest work and had the erasure already), and whether the desk's
/// files in the shared folder are written again (not from a restored file, whose log is behind
/// what the folder holds).
pub(crate) struct CarryOut<'a> {
    pub keep: &'a [std::path::PathBuf],
    pub rewrite_folder: bool,
}

/// An erasure as a desk knows it: its id, the entry that made it (desk and number) and its
/// cells.
pub(crate) type KnownErasure = (i64, Option<(String, i64)>, Vec<Erased>);

impl Store {
    /// Redact every entry of the log (of any desk, applied or not) that holds a value of
    /// `cells`; how many entries were rewritten.
    pub(crate) fn redact_log(&self, cells: &[Erased]) -> Result<i64> {
        let conn = self.conn();
        // A row two desks made under one unique key was merged into one: the entries of the key
        // merged away hold its values too.
        let mut cells = cells.to_vec();
        {
            let mut merged = conn.prepare_cached("SELECT key FROM team_aliases WHERE tbl = ?1 AND target = ?2")?;
            for cell in cells.clone() {
                for key in merged.query_map(params![cell.table, key_text(&cell.key)], |r| r.get::<_, String>(0))? {
                    if let Ok(key) = serde_json::from_str::<Vec<Value>>(&key?) {
                        cells.push(Erased { key, ..cell.clone() });
                    }
                }
            }
        }
        let cells = cells.as_slice();
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
            let held: Option<(String, String)> = conn.query_row("SELECT body, hash FROM team_log WHERE desk_id = ?1 AND seq = ?2", params![desk, seq], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
            let Some((body, hash)) = held else { continue };
            if let Some(redacted) = redact_body(&body, cells) {
                let (mark, signature) = if desk == own { (1, super::log::sign_redaction(&desk, seq, &hash, &redacted, &key)) } else { (2, String::new()) };
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
        let rows: Vec<(i64, String, i64, String)> = self
            .conn()
            .prepare("SELECT id, origin_desk, origin_seq, cells FROM erasures ORDER BY id")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows.into_iter().map(|(id, desk, seq, cells)| (id, (!desk.is_empty()).then_some((desk, seq)), serde_json::from_str(&cells).unwrap_or_default())).collect())
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
            // Not known: taken as not seen (the erasure wins).
            None => false,
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
    /// written again, and the backups taken before replaced by one taken after (tried again
    /// until they are done). How many erasures were carried out.
    pub fn carry_out_erasures(&self) -> Result<i64> {
        self.carry_out_erasures_with(&CarryOut { keep: &[], rewrite_folder: true })
    }

    pub(crate) fn carry_out_erasures_with(&self, how: &CarryOut) -> Result<i64> {
        if self.is_read_only() {
            return Ok(0);
        }
        let pending: Vec<(i64, String, String)> = self
            .conn()
            .prepare("SELECT id, cells, mails FROM erasures WHERE id NOT IN (SELECT erasure_id FROM erasures_done) ORDER BY id")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        if !pending.is_empty() {
            self.seal()?;
        }
        for (id, cells, mails) in &pending {
            let cells: Vec<Erased> = serde_json::from_str(cells).unwrap_or_default();
            let mails: Vec<String> = serde_json::from_str(mails).unwrap_or_default();
            let tx = self.conn().unchecked_transaction()?;
            self.apply_erased_cells(&cells)?;
            self.delete_mails_of(&cells, &mails)?;
            tx.commit()?;
            self.seal_redacting(&cells)?;
            let tx = self.conn().unchecked_transaction()?;
            self.redact_log(&cells)?;
            self.redact_record_history(&cells)?;
            tx.execute("INSERT OR IGNORE INTO erasures_done (erasure_id) VALUES (?1)", [id])?;
            tx.commit()?;
        }
        let files_pending: bool = self.conn().query_row("SELECT EXISTS (SELECT 1 FROM erasures_done WHERE files_done = 0)", [], |r| r.get(0))?;
        if files_pending {
            self.wipe_freed_pages()?;
            if how.rewrite_folder {
                self.rewrite_folder_after_erasure()?;
            }
            self.replace_backups(how.keep)?;
            self.conn().execute("UPDATE erasures_done SET files_done = 1 WHERE files_done = 0", [])?;
        }
        Ok(pending.len() as i64)
    }

    /// Delete this desk's mails to an erased person: those the erasure names, and those about
    /// its records (an application, a grant's letter or payment, a reviewer's invitation) whose
    /// recipient no record of the file names any more.
    fn delete_mails_of(&self, cells: &[Erased], mails: &[String]) -> Result<()> {
        let conn = self.conn();
        for about in mails {
            conn.execute("DELETE FROM outbox WHERE about = ?1", [about])?;
        }
        let ids = |table: &str| -> Vec<i64> { cells.iter().filter(|c| c.table == table && c.key.len() == 1).filter_map(|c| c.key[0].as_i64()).collect() };
        let (applications, hubs, reviewers) = (ids("applications"), ids("hubs"), ids("reviewers"));
        if applications.is_empty() && hubs.is_empty() && reviewers.is_empty() {
            return Ok(());
        }
        conn.execute(
            "DELETE FROM outbox WHERE id IN (
                 SELECT o.id FROM outbox o,
                     (SELECT value AS id FROM json_each(?1) UNION SELECT id FROM applications WHERE hub_id IN (SELECT value FROM json_each(?2))) AS erased
                 WHERE (o.about LIKE '%:application:' || erased.id
                        OR o.about IN (SELECT 'award:letter:' || l.id FROM letters l JOIN grants g ON g.id = l.grant_id WHERE g.application_id = erased.id)
                        OR o.about IN (SELECT 'paid:payment:' || p.id FROM payments p JOIN grants g ON g.id = p.grant_id WHERE g.application_id = erased.id))
                 UNION
                 SELECT o.id FROM outbox o WHERE o.about IN (SELECT 'invite:reviewer:' || value FROM json_each(?3)))
             AND lower(recipient_email) NOT IN (
                 SELECT lower(contact_email) FROM hubs WHERE contact_email <> ''
                 UNION SELECT lower(person_email) FROM applications WHERE person_email <> ''
                 UNION SELECT lower(email) FROM reviewers WHERE email <> '')",
            params![serde_json::to_string(&applications).unwrap_or_default(), serde_json::to_string(&hubs).unwrap_or_default(), serde_json::to_string(&reviewers).unwrap_or_default()],
        )?;
        Ok(())
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
    fn replace_backups(&self, keep: &[std::path::PathBuf]) -> Result<i64> {
        let Some(path) = self.path().map(std::path::Path::to_path_buf) else { return Ok(0) };
        let mut deleted = 0;
        let old: Vec<std::path::PathBuf> =
            crate::platform::backups::list(&path).into_iter().map(|b| std::path::PathBuf::from(b.path)).chain(crate::platform::backups::set_aside(&path)).collect();
        for file in old.into_iter().filter(|f| !keep.contains(f)) {
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
