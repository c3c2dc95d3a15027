//! What is past its retention period (issue 21), rule by rule, counted from the day the rule
//! names, and erased with the machinery of a person's erasure (`erasure.rs`):
//!
//! - applications and reviews: a cycle's close — the people named on its applications emptied,
//!   its reviewers renamed with the scores they signed;
//! - stories: the cycle's close too (its publication is made by then) — stories and photos
//!   deleted;
//! - contact details: a former or archived hub's last cycle (the close of the latest cycle it
//!   took part in; a cycle not closed keeps it) — its contact emptied; a mail of the outbox:
//!   the day it was sent, or written — deleted;
//! - financial records: a grant's last payment, once none is open — the account of the person
//!   it was paid to deleted, the hub's account of a former or archived hub too, and the
//!   archived copy of an award letter issued before the period emptied (its reference, amount
//!   and fingerprint stay).
//!
//! A cycle's close is the day it was last moved to Closed (its last change when no move is
//! kept).

use serde::Serialize;
use ts_rs::TS;

use super::erasure::{ErasureAction, ErasureDone, ErasureItem};
use super::{DataKind, Retention};
use crate::platform::error::{Error, Result};
use crate::platform::store::Store;
use crate::said;

/// One rule's records past its period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PastRule {
    pub rule: Retention,
    pub years: u32,
    /// The day before which the rule's event must lie (YYYY-MM-DD).
    pub before: String,
    pub items: Vec<ErasureItem>,
}

/// Everything past its period, by rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PastPlan {
    pub today: String,
    pub rules: Vec<PastRule>,
    /// Backups (and files a restore set aside) that hold the data: replaced by one taken after.
    #[ts(type = "number")]
    pub backups_replaced: i64,
}

/// The day a cycle `c` closed, or none while it is not closed.
const CLOSED_ON: &str = "(CASE WHEN c.phase = 'closed' THEN coalesce((SELECT max(e.at) FROM cycle_events e WHERE e.cycle_id = c.id AND e.to_phase = 'closed'), c.updated_at) END)";

/// Each rule's queries: (kind, action, SQL of (id, context) for records whose event lies before ?1).
fn queries(rule: Retention) -> Vec<(DataKind, ErasureAction, String)> {
    let closed_before = format!("{CLOSED_ON} < ?1");
    match rule {
        Retention::Applications => vec![
            (
                DataKind::Applicant,
                ErasureAction::Emptied,
                format!(
                    "SELECT a.id, c.title || ' · ' || h.name FROM applications a JOIN cycles c ON c.id = a.cycle_id JOIN hubs h ON h.id = a.hub_id
                     WHERE {closed_before} AND (a.person_name <> '' OR a.person_email <> '' OR a.person_role <> '' OR a.needs <> '')"
                ),
            ),
            (
                DataKind::Reviewer,
                ErasureAction::Renamed,
                format!("SELECT r.id, c.title FROM reviewers r JOIN cycles c ON c.id = r.cycle_id WHERE {closed_before} AND r.name NOT LIKE 'Reviewer #%'"),
            ),
            (
                DataKind::ReviewScore,
                ErasureAction::Renamed,
                format!(
                    "SELECT v.id, c.title || ' · #' || a.id FROM reviews v JOIN applications a ON a.id = v.application_id JOIN cycles c ON c.id = a.cycle_id
                     WHERE {closed_before} AND v.reviewer NOT LIKE 'Reviewer #%' AND v.reviewer <> 'Secretariat'
                       AND NOT EXISTS (SELECT 1 FROM reviewers r WHERE r.cycle_id = c.id AND r.name = v.reviewer)"
                ),
            ),
        ],
        Retention::Stories => vec![(
            DataKind::StoryAuthor,
            ErasureAction::Deleted,
            format!("SELECT s.id, c.title || ' · ' || s.title FROM stories s JOIN grants g ON g.id = s.grant_id JOIN cycles c ON c.id = g.cycle_id WHERE {closed_before}"),
        )],
        Retention::ContactDetails => vec![
            (
                DataKind::HubContact,
                ErasureAction::Emptied,
                format!(
                    "SELECT h.id, h.name || ', ' || h.city FROM hubs h
                     WHERE (h.membership = 'former' OR h.archived = 1) AND (h.contact_name <> '' OR h.contact_email <> '')
                       AND coalesce((SELECT max(coalesce({CLOSED_ON}, '9999')) FROM applications a JOIN cycles c ON c.id = a.cycle_id WHERE a.hub_id = h.id OR a.partner_hub_id = h.id), h.updated_at) < ?1"
                ),
            ),
            (DataKind::MailRecipient, ErasureAction::Deleted, "SELECT id, subject FROM outbox WHERE coalesce(sent_at, created_at) < ?1".to_string()),
        ],
        Retention::Financial => {
            // The last payment of the grants of application `a`, once none is open; a cycle
            // closed without payments counts from its close.
            let last_paid = format!(
                "(CASE WHEN EXISTS (SELECT 1 FROM payments p JOIN grants g ON g.id = p.grant_id WHERE g.application_id = a.id AND p.state = 'open') THEN '9999'
                  ELSE coalesce((SELECT max(p.paid_on) FROM payments p JOIN grants g ON g.id = p.grant_id WHERE g.application_id = a.id), {CLOSED_ON}, '9999') END)"
            );
            vec![
                (
                    DataKind::AccountHolder,
                    ErasureAction::Deleted,
                    format!(
                        "SELECT b.id, b.holder FROM bank_accounts b JOIN applications a ON b.owner_kind = 'application' AND a.id = b.owner_id JOIN cycles c ON c.id = a.cycle_id
                         WHERE {last_paid} < ?1
                         UNION ALL
                         SELECT b.id, b.holder FROM bank_accounts b JOIN hubs h ON b.owner_kind = 'hub' AND h.id = b.owner_id
                         WHERE (h.membership = 'former' OR h.archived = 1)
                           AND coalesce((SELECT max({last_paid}) FROM applications a JOIN cycles c ON c.id = a.cycle_id WHERE a.hub_id = h.id), h.updated_at) < ?1"
                    ),
                ),
                (
                    DataKind::AwardLetter,
                    ErasureAction::Emptied,
                    "SELECT l.id, l.reference || ' v' || l.version FROM letters l WHERE length(l.pdf) > 0 AND l.issued_on < ?1".to_string(),
                ),
            ]
        }
        Retention::Audit => Vec::new(),
    }
}

impl Store {
    /// What is past its retention period today, rule by rule.
    pub fn past_retention(&self) -> Result<PastPlan> {
        let today = crate::funding::payments::today_text();
        let mut rules = Vec::new();
        for period in self.retention_periods()? {
            let before: String = self.conn().query_row("SELECT date(?1, '-' || ?2 || ' years')", rusqlite::params![today, period.years], |r| r.get(0))?;
            let mut items = Vec::new();
            for (kind, action, sql) in queries(period.rule) {
                let mut stmt = self.conn().prepare(&sql)?;
                let found = stmt.query_map([&before], |r| Ok(ErasureItem { kind, id: r.get(0)?, context: r.get::<_, Option<String>>(1)?.unwrap_or_default(), action }))?;
                items.extend(found.collect::<rusqlite::Result<Vec<_>>>()?);
            }
            rules.push(PastRule { rule: period.rule, years: period.years, before, items });
        }
        Ok(PastPlan { today, rules, backups_replaced: self.backups_to_replace() })
    }

    /// Erase everything past its retention period today (`not_found` when nothing is).
    pub fn erase_past_retention(&self) -> Result<ErasureDone> {
        let plan = self.past_retention()?;
        let items: Vec<ErasureItem> = plan.rules.into_iter().flat_map(|r| r.items).collect();
        if items.is_empty() {
            return Err(Error::not_found(said!("said-privacy-nothing-past")));
        }
        self.erase_items(&items, "retention")
    }
}
