//! Receiving other desks' entries: what this desk has applied, the entries after it to send,
//! and keeping what comes in and applying, in causal order, each entry whose turn has come.

use std::collections::BTreeMap;

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;

use super::entries::{apply_entry, removals, undo_beyond_cut};
use super::{Received, Refusal, Schema, Wire};
use crate::team::log::{check_entry, Sealed};
use crate::platform::error::{Error, ErrorCode, Result};
use crate::platform::said::Phrase;
use crate::platform::store::{latest_schema_version, Store};

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
    /// desk or of all, in each desk's order; not this desk's copies of other desks' entries it
    /// redacted itself (their desk sends them, signed).
    pub fn log_after(&self, have: &BTreeMap<String, i64>, desk: Option<&str>) -> Result<Vec<Wire>> {
        self.seal()?;
        let mut stmt = self.conn().prepare("SELECT desk_id, seq, hash, body, signature, redacted, redaction FROM team_log WHERE state = 'applied' AND redacted <> 2 AND (?1 IS NULL OR desk_id = ?1) ORDER BY desk_id, seq")?;
        let rows = stmt.query_map([desk], |r| {
            Ok(Wire { desk_id: r.get(0)?, seq: r.get(1)?, hash: r.get(2)?, body: r.get(3)?, signature: r.get(4)?, redacted: r.get::<_, i64>(5)? != 0, redaction: r.get(6)? })
        })?;
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
            return Err(Error::new(ErrorCode::ReadOnly, crate::said!("said-team-read-only-receive")));
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
                        // The entry as its desk redacted and signed it replaces a copy held
                        // whole, or redacted here unsigned.
                        if w.redacted && !w.redaction.is_empty() {
                            self.take_signed_redaction(&tx, w)?;
                        }
                        report.duplicates += 1;
                        continue;
                    }
                    Some((_, state)) if state == "applied" => {
                        report.refused.push(Refusal {
                            desk_id: w.desk_id.clone(),
                            seq: w.seq,
                            reason: crate::phrase!("said-team-refused-two-entries", desk = &w.desk_id, entry = w.seq.to_string()),
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
                            "INSERT INTO team_log (desk_id, seq, hlc, hash, body, signature, state, redacted, redaction) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'waiting', ?7, ?8)",
                            params![w.desk_id, w.seq, hlc, w.hash, w.body, w.signature, w.redacted as i64, w.redaction],
                        )?;
                    }
                    _ => report.refused.push(Refusal { desk_id: w.desk_id.clone(), seq: w.seq, reason: crate::phrase!("said-team-refused-unreadable") }),
                }
            }
            tx.commit()?;
        }
        self.settle(&mut report, progress)?;
        // An erasure that came in is carried into this desk's own files (`team/redact.rs`).
        self.carry_out_erasures()?;
        report.waiting = self.conn().query_row("SELECT count(*) FROM team_log WHERE state = 'waiting'", [], |r| r.get(0))?;
        report.clashes = self.conn().query_row("SELECT count(*) FROM team_heads WHERE since IS NOT NULL", [], |r| r.get(0))?;
        Ok(report)
    }

    /// Keep `w`, an entry held already, as its desk redacted it, when its desk's signature of
    /// what is left checks (otherwise the copy held stays as it is).
    fn take_signed_redaction(&self, tx: &Connection, w: &Wire) -> Result<()> {
        let mark: i64 = tx.query_row("SELECT redacted FROM team_log WHERE desk_id = ?1 AND seq = ?2", params![w.desk_id, w.seq], |r| r.get(0))?;
        let Some(key) = self.desk_public_key(&w.desk_id)?.filter(|_| mark != 1) else { return Ok(()) };
        let prev: String = tx.query_row("SELECT coalesce((SELECT hash FROM team_log WHERE desk_id = ?1 AND seq = ?2), '')", params![w.desk_id, w.seq - 1], |r| r.get(0))?;
        let sealed = Sealed { body: w.body.clone(), hash: w.hash.clone(), signature: w.signature.clone(), redacted: true, redaction: w.redaction.clone() };
        if check_entry(&w.desk_id, w.seq, &sealed, &key, &prev, true).is_ok() {
            tx.execute("UPDATE team_log SET body = ?3, redacted = 1, redaction = ?4 WHERE desk_id = ?1 AND seq = ?2", params![w.desk_id, w.seq, w.body, w.redaction])?;
        }
        Ok(())
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
            let waiting: Vec<(String, i64, String, String, String, i64, String)> = self
                .conn()
                .prepare("SELECT desk_id, seq, hash, body, signature, redacted, redaction FROM team_log WHERE state = 'waiting' ORDER BY hlc, desk_id, seq")?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let mut progressed = false;
            let erasures = if waiting.is_empty() { Vec::new() } else { self.known_erasures()? };
            for (desk, seq, hash, body, signature, redacted, redaction) in waiting {
                let applied = |conn: &Connection, d: &str| -> rusqlite::Result<i64> {
                    conn.query_row("SELECT coalesce(max(seq), 0) FROM team_log WHERE desk_id = ?1 AND state = 'applied'", [d], |r| r.get(0))
                };
                // The log keeps why in English, and beside it the message it was made from.
                let wait = |conn: &Connection, why: Phrase| {
                    conn.execute("UPDATE team_log SET reason = ?3, reason_said = ?4 WHERE desk_id = ?1 AND seq = ?2", params![desk, seq, why.text, why.said_json()])
                };
                let refuse = |conn: &Connection, why: &Phrase| {
                    conn.execute("UPDATE team_log SET state = 'refused', reason = ?3, reason_said = ?4 WHERE desk_id = ?1 AND seq = ?2", params![desk, seq, why.text, why.said_json()])
                };
                // Beyond a removed desk's cut: refused, whether or not its turn has come.
                let removed: Option<Option<i64>> =
                    self.conn().query_row("SELECT last_seq FROM team_desks WHERE desk_id = ?1 AND state = 'removed'", [&desk], |r| r.get(0)).optional()?;
                if let Some(last) = removed {
                    if seq > last.unwrap_or(0) {
                        let why = crate::phrase!("said-team-refused-removed");
                        refuse(self.conn(), &why)?;
                        report.refused.push(Refusal { desk_id: desk.clone(), seq, reason: why });
                        continue;
                    }
                }
                let before = applied(self.conn(), &desk)?;
                if seq != before + 1 {
                    wait(self.conn(), crate::phrase!("said-team-wait-change", seq = before + 1))?;
                    continue;
                }
                let Some(key) = self.desk_public_key(&desk)? else {
                    wait(self.conn(), crate::phrase!("said-team-wait-approval"))?;
                    continue;
                };
                let prev: String = if seq == 1 {
                    String::new()
                } else {
                    self.conn().query_row("SELECT hash FROM team_log WHERE desk_id = ?1 AND seq = ?2", params![desk, seq - 1], |r| r.get(0))?
                };
                let mut entry = match check_entry(&desk, seq, &Sealed { body, hash, signature, redacted: redacted != 0, redaction }, &key, &prev, redacted == 1) {
                    Ok(e) => e,
                    Err(why) => {
                        refuse(self.conn(), &why)?;
                        report.refused.push(Refusal { desk_id: desk.clone(), seq, reason: why });
                        continue;
                    }
                };
                if entry.schema > latest {
                    // The status reads the version back from these English words (`folder.rs`).
                    wait(self.conn(), crate::phrase!("said-team-wait-newer", version = entry.schema))?;
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
                        missing.push(crate::phrase!("said-team-wait-changes-of", count = need - have, desk = d.as_str()));
                    }
                }
                if !missing.is_empty() {
                    wait(self.conn(), crate::phrase!("said-team-wait-for", missing = Phrase::joined(&missing, " and ")))?;
                    continue;
                }
                let ahead_days = (crate::team::log::physical_ms(entry.hlc) - crate::team::log::now_ms()) / 86_400_000;
                if ahead_days >= 1 && !report.clocks_ahead.iter().any(|(d, _)| *d == desk) {
                    report.clocks_ahead.push((desk.clone(), ahead_days));
                }
                // A change made where an erasure had not arrived yet brings no erased value back.
                let unseen = crate::team::redact::unseen_by(&entry, &erasures);
                let mut replaced = false;
                for change in &mut entry.changes {
                    replaced |= crate::team::redact::redact_change(change, &unseen);
                }
                if replaced {
                    let body = serde_json::to_string(&entry).unwrap_or_default();
                    self.conn().execute("UPDATE team_log SET body = ?3, redacted = 2, redaction = '' WHERE desk_id = ?1 AND seq = ?2", params![desk, seq, body])?;
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
