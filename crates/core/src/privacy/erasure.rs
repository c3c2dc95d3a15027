//! Erasing a person (issue 21): what the register holds on them, found as the access export
//! finds it, is emptied, renamed or deleted, while grants, payments, letters' references and
//! amounts stay for the accounts.
//!
//! - a hub's contact and an application's person: their fields emptied (a hub's search key
//!   made again without them);
//! - a reviewer: renamed "Reviewer #id", with the scores they signed, which stay;
//! - stories and photos, bank accounts, the outbox's mails to them: deleted;
//! - a desk's person is kept: staff of the secretariat, named in the audit trail.
//!
//! The erasure is kept in `erasures` (shared): when, by whom, how many records of each kind and
//! which cells it set or rows it deleted, never a value they had. Carrying it out
//! (`team/redact.rs`) redacts the log and the forms' earlier versions, wipes the freed pages and
//! replaces the backups; every desk that receives it does the same, and a restore of an older
//! backup carries every erasure of the file it replaces into the restored one
//! ([`restore_keeping_erasures`]).
//!
//! Issued award letters name the person, and are financial records: they are kept, with their
//! PDF, as long as the financial period runs; the confirmation says so before anything is done.

use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use serde_json::{json, Value};
use ts_rs::TS;

use super::{DataKind, Subject, REGISTER};
use crate::platform::error::{Error, Result};
use crate::platform::protection::Passphrase;
use crate::platform::store::Store;
use crate::said;
use crate::team::redact::Erased;

/// What an erasure does to a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErasureAction {
    /// Its personal fields are emptied; the record stays.
    Emptied,
    /// The person's name is replaced by a number; what they did stays.
    Renamed,
    /// The record is deleted.
    Deleted,
}

/// A record the erasure would touch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ErasureItem {
    pub kind: DataKind,
    #[ts(type = "number")]
    pub id: i64,
    pub context: String,
    pub action: ErasureAction,
}

/// What erasing a person would do, and what stays: shown before anything is done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ErasurePlan {
    pub subject: Subject,
    pub items: Vec<ErasureItem>,
    /// Open instalments of grants of their applications: they stay, with the grant.
    #[ts(type = "number")]
    pub unpaid_instalments: i64,
    #[ts(type = "number")]
    pub unpaid_cents: i64,
    /// Whether those instalments were to be paid to the person's own account, which goes.
    pub unpaid_lose_account: bool,
    /// Issued letters that name them: kept, with their PDF, until the end of `letters_kept_until`.
    #[ts(type = "number")]
    pub letters_kept: i64,
    pub letters_kept_until: Option<i32>,
    /// They work at a desk of the team: that stays.
    pub desk_person: bool,
    /// Backups (and files a restore set aside) that hold the data: replaced by one taken after.
    #[ts(type = "number")]
    pub backups_replaced: i64,
}

/// How many records of a kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
pub struct KindCount {
    pub kind: DataKind,
    #[ts(type = "number")]
    pub count: i64,
}

/// An erasure as the list in Data protection shows it: never whom it erased.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ErasureRecord {
    #[ts(type = "number")]
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub reason: String,
    pub counts: Vec<KindCount>,
}

/// What an erasure did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ErasureDone {
    pub record: ErasureRecord,
    #[ts(type = "number")]
    pub backups_replaced: i64,
}

fn action_of(kind: DataKind) -> Option<ErasureAction> {
    match kind {
        DataKind::HubContact | DataKind::Applicant => Some(ErasureAction::Emptied),
        DataKind::Reviewer | DataKind::ReviewScore => Some(ErasureAction::Renamed),
        DataKind::StoryAuthor | DataKind::StoryPhoto | DataKind::AccountHolder | DataKind::MailRecipient => Some(ErasureAction::Deleted),
        // Financial records: kept while the financial period runs (the person's erasure says
        // until when); past it, their archived content is emptied (`past.rs`).
        DataKind::DeskPerson | DataKind::AwardLetter => None,
    }
}

/// A deleted row's personal cells as the log keeps them: empty.
fn emptied(table: &str) -> BTreeMap<String, Value> {
    let columns: &[&str] = REGISTER.iter().find(|e| e.1 == table).map(|e| e.2).unwrap_or(&[]);
    columns
        .iter()
        .map(|c| {
            let value = match *c {
                "bytes" => json!({ "x": "" }),
                "consent_on" => Value::Null,
                _ => json!(""),
            };
            (c.to_string(), value)
        })
        .collect()
}

fn cell(table: &str, id: i64, set: BTreeMap<String, Value>) -> Erased {
    Erased { table: table.to_string(), key: vec![Value::from(id)], set, delete: false }
}

fn deleted(table: &str, id: i64) -> Erased {
    Erased { table: table.to_string(), key: vec![Value::from(id)], set: emptied(table), delete: true }
}

impl Store {
    /// What erasing `subject` would do, and what stays.
    pub fn erasure_plan(&self, subject: &Subject) -> Result<ErasurePlan> {
        let subject = subject.checked()?;
        let mut items = Vec::new();
        let mut desk_person = false;
        for (kind, ..) in REGISTER {
            for c in self.candidates(*kind)? {
                if !subject.owns_record(&c) {
                    continue;
                }
                match action_of(*kind) {
                    Some(action) => items.push(ErasureItem { kind: *kind, id: c.id, context: c.context, action }),
                    None => desk_person |= *kind == DataKind::DeskPerson,
                }
            }
        }
        // The bank accounts of their applications are theirs, whoever is named as holder.
        let applications: Vec<i64> = items.iter().filter(|i| i.kind == DataKind::Applicant).map(|i| i.id).collect();
        for application in &applications {
            let account: Option<(i64, String)> = self
                .conn()
                .query_row("SELECT id, holder FROM bank_accounts WHERE owner_kind = 'application' AND owner_id = ?1", [application], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            if let Some((id, holder)) = account {
                if !items.iter().any(|i| i.kind == DataKind::AccountHolder && i.id == id) {
                    items.push(ErasureItem { kind: DataKind::AccountHolder, id, context: holder, action: ErasureAction::Deleted });
                }
            }
        }
        let (mut unpaid_instalments, mut unpaid_cents, mut unpaid_lose_account) = (0, 0, false);
        for application in &applications {
            let (n, cents): (i64, i64) = self.conn().query_row(
                "SELECT count(*), coalesce(sum(p.amount_cents), 0) FROM payments p JOIN grants g ON g.id = p.grant_id
                 WHERE g.application_id = ?1 AND g.state = 'awarded' AND p.kind = 'instalment' AND p.state = 'open'",
                [application],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            unpaid_instalments += n;
            unpaid_cents += cents;
            if n > 0 {
                let own: bool = self.conn().query_row("SELECT EXISTS (SELECT 1 FROM bank_accounts WHERE owner_kind = 'application' AND owner_id = ?1 AND iban <> '')", [application], |r| r.get(0))?;
                unpaid_lose_account |= own;
            }
        }
        let (letters_kept, last_year): (i64, Option<String>) = self.conn().query_row(
            "SELECT count(*), max(substr(issued_on, 1, 4)) FROM letters WHERE (?1 <> '' AND instr(content, ?1) > 0) OR (?2 <> '' AND instr(lower(content), ?2) > 0)",
            params![subject.name, subject.email],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let financial = self.retention_periods()?.iter().find(|p| p.rule == super::Retention::Financial).map(|p| p.years as i32).unwrap_or(10);
        let letters_kept_until = last_year.and_then(|y| y.parse::<i32>().ok()).map(|y| y + financial);
        let backups_replaced = self.backups_to_replace();
        Ok(ErasurePlan { subject, items, unpaid_instalments, unpaid_cents, unpaid_lose_account, letters_kept, letters_kept_until, desk_person, backups_replaced })
    }

    /// Erase `subject` on their request: the plan carried out in one step, recorded, and
    /// carried into the log, the history, the shared folder and the backups.
    pub fn erase_person(&self, subject: &Subject) -> Result<ErasureDone> {
        let plan = self.erasure_plan(subject)?;
        if plan.items.is_empty() {
            return Err(Error::not_found(said!("said-privacy-nothing-to-erase")));
        }
        self.erase_items(&plan.items, "request")
    }

    /// Erase `items` (`reason`: "request" or "retention"): their cells set and rows deleted in
    /// one transaction, the erasure recorded, sealed without the erased values, and carried out.
    pub(super) fn erase_items(&self, items: &[ErasureItem], reason: &str) -> Result<ErasureDone> {
        let backups_replaced = self.backups_to_replace();
        self.seal()?;
        let tx = self.conn().unchecked_transaction()?;
        let id: i64 = tx.query_row("SELECT id FROM team_next_id WHERE tbl = 'erasures'", [], |r| r.get(0))?;
        let mut cells: Vec<Erased> = Vec::new();
        let mut mails: Vec<String> = Vec::new();
        let mut counts: BTreeMap<DataKind, i64> = BTreeMap::new();
        let mut orphans: BTreeMap<String, String> = BTreeMap::new();
        let empty = |columns: &[&str]| columns.iter().map(|c| (c.to_string(), json!(""))).collect::<BTreeMap<_, _>>();
        for item in items {
            *counts.entry(item.kind).or_default() += 1;
            match item.kind {
                DataKind::HubContact => cells.push(cell("hubs", item.id, empty(&["contact_name", "contact_email"]))),
                DataKind::Applicant => cells.push(cell("applications", item.id, empty(&["person_name", "person_email", "person_role", "needs"]))),
                DataKind::Reviewer => {
                    let (cycle, name): (i64, String) = tx.query_row("SELECT cycle_id, name FROM reviewers WHERE id = ?1", [item.id], |r| Ok((r.get(0)?, r.get(1)?)))?;
                    let renamed = format!("Reviewer #{}", item.id);
                    cells.push(cell("reviewers", item.id, BTreeMap::from([("name".to_string(), json!(renamed)), ("email".to_string(), json!(""))])));
                    let reviews: Vec<i64> = tx
                        .prepare("SELECT v.id FROM reviews v JOIN applications a ON a.id = v.application_id WHERE a.cycle_id = ?1 AND v.reviewer = ?2")?
                        .query_map(params![cycle, name], |r| r.get(0))?
                        .collect::<rusqlite::Result<_>>()?;
                    for review in reviews {
                        cells.push(cell("reviews", review, BTreeMap::from([("reviewer".to_string(), json!(renamed))])));
                    }
                }
                DataKind::ReviewScore => {
                    // A score signed with a name by no reviewer of the list: each such name one
                    // number of this erasure.
                    if !cells.iter().any(|c| c.table == "reviews" && c.key == [Value::from(item.id)]) {
                        let name: String = tx.query_row("SELECT reviewer FROM reviews WHERE id = ?1", [item.id], |r| r.get(0))?;
                        let n = orphans.len() + 1;
                        let renamed = orphans.entry(name).or_insert_with(|| format!("Reviewer #{id}-{n}")).clone();
                        cells.push(cell("reviews", item.id, BTreeMap::from([("reviewer".to_string(), json!(renamed))])));
                    }
                }
                DataKind::StoryAuthor => {
                    let photos: Vec<i64> = tx.prepare("SELECT id FROM story_photos WHERE story_id = ?1")?.query_map([item.id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
                    for photo in photos {
                        if !cells.iter().any(|c| c.table == "story_photos" && c.key == [Value::from(photo)]) {
                            cells.push(deleted("story_photos", photo));
                        }
                    }
                    cells.push(deleted("stories", item.id));
                }
                DataKind::StoryPhoto => {
                    if !cells.iter().any(|c| c.table == "story_photos" && c.key == [Value::from(item.id)]) {
                        cells.push(deleted("story_photos", item.id));
                    }
                }
                DataKind::AccountHolder => cells.push(deleted("bank_accounts", item.id)),
                DataKind::MailRecipient => {
                    let about: String = tx.query_row("SELECT about FROM outbox WHERE id = ?1", [item.id], |r| r.get(0))?;
                    mails.push(about);
                }
                DataKind::AwardLetter => cells.push(cell("letters", item.id, BTreeMap::from([("content".to_string(), json!("")), ("pdf".to_string(), json!({ "x": "" }))]))),
                DataKind::DeskPerson => {}
            }
        }
        // Photos before their story, so no delete cascades unseen.
        cells.sort_by_key(|c| (c.table != "story_photos", c.delete));
        self.apply_erased_cells(&cells)?;
        // A hub's search key, made again without its contact, is what the log keeps too.
        for c in cells.iter_mut().filter(|c| c.table == "hubs") {
            let hub = c.key[0].as_i64().unwrap_or_default();
            let search = crate::registry::hubs::search_of_row(&tx, hub)?;
            tx.execute("UPDATE hubs SET search = ?2 WHERE id = ?1", params![hub, search])?;
            c.set.insert("search".to_string(), json!(search));
        }
        let counts: Vec<KindCount> = counts.into_iter().map(|(kind, count)| KindCount { kind, count }).collect();
        let at = crate::platform::dates::now_text();
        let actor = self.actor();
        // The entry this makes is the desk's next: what was there before was sealed above.
        let (desk, seq): (String, i64) = tx.query_row(
            "SELECT d.desk_id, coalesce((SELECT max(seq) FROM team_log WHERE desk_id = d.desk_id), 0) + 1 FROM desk_self d",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        tx.execute(
            "INSERT INTO erasures (id, at, actor, reason, counts, cells, mails, origin_desk, origin_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![id, at, actor, reason, json!(counts).to_string(), json!(cells).to_string(), json!(mails).to_string(), desk, seq],
        )?;
        tx.commit()?;
        self.seal_redacting(&cells)?;
        self.carry_out_erasures()?;
        Ok(ErasureDone { record: ErasureRecord { id, at, actor, reason: reason.to_string(), counts }, backups_replaced })
    }

    /// The backups, and files a restore set aside, that an erasure replaces.
    pub(super) fn backups_to_replace(&self) -> i64 {
        self.path().map(|p| (crate::platform::backups::list(p).len() + crate::platform::backups::set_aside(p).len()) as i64).unwrap_or(0)
    }

    /// Every erasure, newest first: when, by whom, why and how many records of each kind.
    pub fn erasures(&self) -> Result<Vec<ErasureRecord>> {
        let mut stmt = self.conn().prepare("SELECT id, at, actor, reason, counts FROM erasures ORDER BY at DESC, id DESC")?;
        let rows = stmt.query_map([], |r| {
            let counts: String = r.get(4)?;
            Ok(ErasureRecord { id: r.get(0)?, at: r.get(1)?, actor: r.get(2)?, reason: r.get(3)?, counts: serde_json::from_str(&counts).unwrap_or_default() })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}

/// The columns of an erasure carried from one data file into another.
const ERASURE_COLUMNS: &str = "id, at, actor, reason, counts, cells, mails, origin_desk, origin_seq";

/// The erasures a data file holds, as rows to carry into another; none when it cannot be read.
fn erasure_rows(file: &Path, key: Option<&Passphrase>) -> Vec<Vec<rusqlite::types::Value>> {
    let read = || -> Result<Vec<Vec<rusqlite::types::Value>>> {
        let conn = rusqlite::Connection::open_with_flags(file, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        crate::platform::protection::apply_key(&conn, key)?;
        let mut stmt = conn.prepare(&format!("SELECT {ERASURE_COLUMNS} FROM erasures"))?;
        let rows = stmt.query_map([], |r| (0..9).map(|i| r.get(i)).collect::<rusqlite::Result<Vec<_>>>())?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    };
    read().unwrap_or_default()
}

/// Restore backup `name` over `data_file` (see [`crate::platform::backups::restore`]), then
/// carry every erasure the replaced file knew, or the backups kept beside it (taken after each
/// erasure, they know it too), into the restored one: an erasure made after the backup was
/// taken is not undone by restoring it. The file the restore set aside is kept, and the
/// desk's files in the shared folder are left as they are (they are ahead of the restored log).
pub fn restore_keeping_erasures(data_file: &Path, name: &str, key: Option<&Passphrase>) -> Result<crate::platform::backups::Restored> {
    let mut known = erasure_rows(data_file, key);
    for backup in crate::platform::backups::list(data_file) {
        known.extend(erasure_rows(Path::new(&backup.path), key));
    }
    let restored = crate::platform::backups::restore(data_file, name, key)?;
    if !known.is_empty() {
        let store = Store::open_keyed(data_file, key)?;
        // Carried as they were made: not this desk's new rows, so not captured.
        store.conn().execute("UPDATE desk_self SET capturing = 0", [])?;
        let inserted = (|| -> Result<()> {
            let tx = store.conn().unchecked_transaction()?;
            for row in &known {
                tx.execute(&format!("INSERT OR IGNORE INTO erasures ({ERASURE_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"), rusqlite::params_from_iter(row.iter()))?;
            }
            tx.commit()?;
            Ok(())
        })();
        store.conn().execute("UPDATE desk_self SET capturing = 1", [])?;
        inserted?;
        let keep: Vec<std::path::PathBuf> = restored.set_aside.iter().map(std::path::PathBuf::from).collect();
        store.carry_out_erasures_with(&crate::team::redact::CarryOut { keep: &keep, rewrite_folder: false })?;
        // The search keys of the hubs it touched, made from the restored rows.
        let hubs: Vec<i64> = store.conn().prepare("SELECT DISTINCT json_extract(c.value, '$.key[0]') FROM erasures, json_each(erasures.cells) c WHERE json_extract(c.value, '$.table') = 'hubs'")?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        for hub in hubs {
            if let Ok(search) = crate::registry::hubs::search_of_row(store.conn(), hub) {
                store.conn().execute("UPDATE hubs SET search = ?2 WHERE id = ?1 AND search IS NOT ?2", params![hub, search])?;
            }
        }
        store.seal()?;
    }
    Ok(restored)
}
