//! The inbox of clashes: a grant's money or letters, a vote's declaration or a hub's ballot,
//! changed on two desks that had not seen each other's change. Each is shown with every
//! version (who, when, on which desk, what it changed) until a person decides; the decision is
//! an entry of its own, which settles the clash on every desk.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use super::capture::{read_row, row_now, table_info, to_sql};
use super::history::{describe_said, fields};
use super::log::{Entry, Op};
use super::merge::subject_of;
use super::shared_table;
use crate::phrase;
use crate::platform::error::{Error, ErrorCode, Result};
use crate::platform::said::Phrase;
use crate::platform::store::Store;

/// One desk's version of a clash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ClashVersion {
    pub desk_id: String,
    #[ts(type = "number")]
    pub seq: i64,
    pub person: String,
    pub at: String,
    /// What it changed, one line per record ("Instalment 1 changed: reference → BANK-A").
    pub changes: Vec<Phrase>,
}

/// A clash waiting for a decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Clash {
    /// `grant:ID`, `vote:CYCLE` or `ballot:CYCLE:HUB`.
    pub subject: String,
    /// The grant or vote in words.
    pub title: Phrase,
    pub since: String,
    pub versions: Vec<ClashVersion>,
}

impl Store {
    fn subject_title(&self, subject: &str) -> Result<Phrase> {
        let (kind, id) = subject.split_once(':').unwrap_or(("", ""));
        let id: i64 = id.parse().unwrap_or_default();
        let title: Option<Phrase> = match kind {
            "grant" => self
                .conn()
                .query_row(
                    "SELECT h.name, c.title FROM grants g JOIN applications a ON a.id = g.application_id JOIN hubs h ON h.id = a.hub_id JOIN cycles c ON c.id = g.cycle_id WHERE g.id = ?1",
                    [id],
                    |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
                )
                .optional()?
                .map(|(hub, cycle)| phrase!("said-team-clash-grant", hub = hub, cycle = cycle)),
            "vote" => self
                .conn()
                .query_row("SELECT title FROM cycles WHERE id = ?1", [id], |r| r.get::<_, String>(0))
                .optional()?
                .map(|cycle| phrase!("said-team-clash-vote", cycle = cycle)),
            "ballot" => {
                let (cycle, hub) = ballot_subject(subject).unwrap_or_default();
                self.conn()
                    .query_row("SELECT h.name, c.title FROM hubs h, cycles c WHERE h.id = ?2 AND c.id = ?1", [cycle, hub], |r| {
                        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                    })
                    .optional()?
                    .map(|(hub, cycle)| phrase!("said-team-clash-ballot", hub = hub, cycle = cycle))
            }
            _ => None,
        };
        Ok(title.unwrap_or_else(|| Phrase::from(subject)))
    }

    fn entry(&self, desk: &str, seq: i64) -> Result<Entry> {
        let body: String = self.conn().query_row("SELECT body FROM team_log WHERE desk_id = ?1 AND seq = ?2", params![desk, seq], |r| r.get(0))?;
        serde_json::from_str(&body).map_err(|e| Error::new(ErrorCode::Damaged, crate::said!("said-team-log-entry-unreadable", error = e.to_string())))
    }

    /// The clashes waiting for a decision, oldest first.
    pub fn clashes(&self) -> Result<Vec<Clash>> {
        self.seal()?;
        let rows: Vec<(String, String, String)> = self
            .conn()
            .prepare("SELECT subject, heads, since FROM team_heads WHERE since IS NOT NULL ORDER BY since, subject")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::new();
        for (subject, heads, since) in rows {
            let heads: Vec<(String, i64)> = serde_json::from_str(&heads).unwrap_or_default();
            let mut versions = Vec::new();
            for (desk, seq) in heads {
                let entry = self.entry(&desk, seq)?;
                let mut changes = Vec::new();
                for change in &entry.changes {
                    if subject_of(self.conn(), change)?.as_deref() != Some(subject.as_str()) {
                        continue;
                    }
                    let fields = fields(change).into_iter().map(|f| if f.old.is_empty() { format!("{} {}", f.field, f.new) } else { format!("{} {} → {}", f.field, f.old, f.new) }).collect::<Vec<_>>();
                    let now = row_now(self.conn(), change)?;
                    let what = describe_said(change, now.as_ref());
                    // The fields' changes follow as they read in English (names of columns).
                    changes.push(Phrase::from(if fields.is_empty() {
                        what
                    } else {
                        let mut line = crate::said!("said-team-clash-change", fields = fields.join(", "));
                        line.args.extend(what.args);
                        line
                    }));
                }
                versions.push(ClashVersion { desk_id: desk, seq, person: entry.author.name, at: entry.at, changes });
            }
            out.push(Clash { title: self.subject_title(&subject)?, subject, since, versions });
        }
        Ok(out)
    }

    /// Decide a clash: keep one desk's version (its values put back where they still apply) or
    /// keep what stands now (`keep: None`). The decision is an entry that has seen every
    /// version, so the clash is settled on every desk that receives it. Answers the cycle whose
    /// vote the decision touched: its draft grant follows the winner kept, which the layers
    /// above recompute ([`Store::resolve_clash`] in `workflow`) before the entry is sealed.
    pub(crate) fn decide_clash(&mut self, subject: &str, keep: Option<(&str, i64)>, note: &str) -> Result<Option<i64>> {
        let heads: Option<String> = self.conn().query_row("SELECT heads FROM team_heads WHERE subject = ?1 AND since IS NOT NULL", [subject], |r| r.get(0)).optional()?;
        let heads: Vec<(String, i64)> = heads.and_then(|h| serde_json::from_str(&h).ok()).ok_or_else(|| Error::not_found(crate::said!("said-team-no-clash", subject = subject)))?;
        let choice = match keep {
            Some((desk, seq)) => {
                if !heads.iter().any(|(d, s)| d == desk && *s == seq) {
                    return Err(Error::new(ErrorCode::BadRequest, crate::said!("said-team-clash-version-unknown")));
                }
                format!("keep:{desk}:{seq}")
            }
            None => "merged".to_string(),
        };
        let actor = self.actor();
        let vote = subject.strip_prefix("vote:").and_then(|c| c.parse::<i64>().ok());
        let tx = self.conn().unchecked_transaction()?;
        if let Some((desk, seq)) = keep {
            let entry = self.entry(desk, seq)?;
            for change in entry.changes.iter().filter(|c| c.op != Op::Delete) {
                // A declaration's outcome for each proposal goes with the declaration kept.
                let outcome = vote.is_some() && change.table == "applications";
                if !outcome && subject_of(&tx, change)?.as_deref() != Some(subject) {
                    continue;
                }
                let Some(shared) = shared_table(&change.table) else { continue };
                let info = table_info(&tx, shared)?;
                if read_row(&tx, &info, &change.key)?.is_none() {
                    continue;
                }
                let set: Vec<(&String, &serde_json::Value)> = change.new.iter().filter(|(c, _)| !info.key.contains(c) && info.columns.contains(c)).collect();
                if set.is_empty() {
                    continue;
                }
                let assignments = set.iter().enumerate().map(|(i, (c, _))| format!("\"{c}\" = ?{}", i + 1)).collect::<Vec<_>>().join(", ");
                let filter = info.key.iter().enumerate().map(|(i, k)| format!("\"{k}\" = ?{}", i + set.len() + 1)).collect::<Vec<_>>().join(" AND ");
                let values: Vec<rusqlite::types::Value> = set.iter().map(|(_, v)| to_sql(v)).chain(change.key.iter().map(to_sql)).collect();
                tx.execute(&format!("UPDATE \"{}\" SET {assignments} WHERE {filter}", info.name), rusqlite::params_from_iter(values))?;
            }
        }
        if let Some((cycle, hub)) = ballot_subject(subject) {
            // One ballot of the hub counts from now on: the kept version's (or, keeping what
            // stands, the one counted until now); the others are marked replaced by it.
            let kept: Option<i64> = match keep {
                Some((desk, seq)) => self.entry(desk, seq)?.changes.iter().find(|c| c.table == "ballots" && c.op == Op::Insert).and_then(|c| c.key.first().and_then(serde_json::Value::as_i64)),
                None => None,
            };
            let kept = match kept {
                Some(id) => Some(id),
                None => tx.query_row("SELECT max(id) FROM ballots WHERE cycle_id = ?1 AND hub_id = ?2 AND replaced_by IS NULL", [cycle, hub], |r| r.get(0))?,
            };
            if let Some(kept) = kept {
                tx.execute("UPDATE ballots SET replaced_by = ?3 WHERE cycle_id = ?1 AND hub_id = ?2 AND replaced_by IS NULL AND id <> ?3", params![cycle, hub, kept])?;
                tx.execute("UPDATE ballots SET replaced_by = NULL WHERE id = ?1", [kept])?;
            }
        }
        tx.execute(
            "INSERT INTO team_decisions (id, subject, choice, note, actor) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'team_decisions'), ?1, ?2, ?3, ?4)",
            params![subject, choice, note.trim(), actor],
        )?;
        tx.commit()?;
        Ok(vote)
    }
}

/// The cycle and hub of a `ballot:CYCLE:HUB` subject.
fn ballot_subject(subject: &str) -> Option<(i64, i64)> {
    let rest = subject.strip_prefix("ballot:")?;
    let (cycle, hub) = rest.split_once(':')?;
    Some((cycle.parse().ok()?, hub.parse().ok()?))
}
