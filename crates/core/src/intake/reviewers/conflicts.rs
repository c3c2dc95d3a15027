//! Conflicts of interest: found from the data (a reviewer's own hub, the partner an application
//! names, the pairs and placements of the cycle, read from the `application_hosts` view) or
//! declared by a reviewer with a reason. Either way the reviewer is not assigned the
//! application and their scores of it do not count.

use std::collections::HashSet;

use rusqlite::params;

use super::{not_allowed, Conflict, ConflictKind, ReviewBoard};
use crate::platform::error::{Error, FieldError, Result};
use crate::platform::store::Store;
use crate::{phrase, said};

impl Store {
    /// Every conflict of interest in a cycle, by reviewer then application: those found from
    /// the data first, then those declared.
    pub fn review_conflicts(&self, cycle_id: i64) -> Result<Vec<Conflict>> {
        let mut out: Vec<Conflict> = Vec::new();
        let mut found = self.conn().prepare(
            "SELECT r.id, r.name, a.id, hb.name,
                    CASE WHEN a.hub_id = r.hub_id THEN 0 WHEN a.partner_hub_id = r.hub_id THEN 1 ELSE 2 END
               FROM reviewers r
               JOIN hubs hb ON hb.id = r.hub_id
               JOIN applications a ON a.cycle_id = r.cycle_id
               LEFT JOIN application_hosts x ON x.application_id = a.id
              WHERE r.cycle_id = ?1 AND (a.hub_id = r.hub_id OR a.partner_hub_id = r.hub_id OR x.host_hub_id = r.hub_id)",
        )?;
        let rows = found.query_map([cycle_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?, r.get::<_, String>(3)?, r.get::<_, i64>(4)?)))?;
        for row in rows {
            let (reviewer_id, reviewer, application_id, hub, which) = row?;
            let (kind, reason) = match which {
                0 => (ConflictKind::OwnHub, phrase!("said-intake-conflict-own-hub", hub = &hub)),
                1 => (ConflictKind::Partner, phrase!("said-intake-conflict-partner", hub = &hub)),
                _ => (ConflictKind::Paired, phrase!("said-intake-conflict-paired", hub = &hub)),
            };
            out.push(Conflict { reviewer_id, reviewer, application_id, kind, reason });
        }
        let mut declared = self.conn().prepare(
            "SELECT r.id, r.name, c.application_id, c.reason FROM review_conflicts c JOIN reviewers r ON r.id = c.reviewer_id WHERE r.cycle_id = ?1",
        )?;
        let rows = declared.query_map([cycle_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?, r.get::<_, String>(3)?)))?;
        for row in rows {
            let (reviewer_id, reviewer, application_id, reason) = row?;
            out.push(Conflict { reviewer_id, reviewer, application_id, kind: ConflictKind::Declared, reason: phrase!("said-intake-conflict-declared", reason = reason) });
        }
        out.sort_by_key(|c| (c.reviewer_id, c.application_id, c.kind));
        Ok(out)
    }

    /// The (reviewer's name, application) pairs of a cycle whose scores do not count.
    pub(crate) fn conflicted_signatures(&self, cycle_id: i64) -> Result<HashSet<(String, i64)>> {
        Ok(self.review_conflicts(cycle_id)?.into_iter().map(|c| (c.reviewer, c.application_id)).collect())
    }

    /// The first conflict between a reviewer and an application, if any.
    pub(crate) fn conflict_of(&self, reviewer_id: i64, application_id: i64) -> Result<Option<Conflict>> {
        let reviewer = self.reviewer(reviewer_id)?;
        Ok(self.review_conflicts(reviewer.cycle_id)?.into_iter().find(|c| c.reviewer_id == reviewer_id && c.application_id == application_id))
    }

    /// A reviewer declares a conflict with an application: they are no longer assigned it, and
    /// their scores of it, if any, stop counting (they are kept, should the conflict be
    /// withdrawn).
    pub fn declare_conflict(&mut self, reviewer_id: i64, application_id: i64, reason: &str, actor: &str) -> Result<ReviewBoard> {
        let reviewer = self.reviewer(reviewer_id)?;
        self.reviews_open(reviewer.cycle_id)?;
        let app = self.application(application_id)?;
        if app.cycle_id != reviewer.cycle_id {
            return Err(Error::validation(vec![FieldError::new("application_id", said!("said-intake-application-not-in-cycle", id = application_id))]));
        }
        let reason: String = reason.chars().filter(|c| !c.is_control()).collect::<String>().trim().to_string();
        if reason.is_empty() {
            return Err(Error::validation(vec![FieldError::new("reason", said!("said-intake-conflict-reason-missing"))]));
        }
        if reason.chars().count() > 500 {
            return Err(Error::validation(vec![FieldError::new("reason", said!("said-intake-conflict-reason-long"))]));
        }
        let tx = self.conn().unchecked_transaction()?;
        tx.execute(
            "INSERT INTO review_conflicts (id, reviewer_id, application_id, reason, actor) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'review_conflicts'), ?1, ?2, ?3, ?4)
             ON CONFLICT (reviewer_id, application_id) DO UPDATE SET reason = excluded.reason, actor = excluded.actor",
            params![reviewer_id, application_id, reason, actor],
        )?;
        tx.execute("DELETE FROM review_assignments WHERE reviewer_id = ?1 AND application_id = ?2", params![reviewer_id, application_id])?;
        tx.commit()?;
        self.review_board(reviewer.cycle_id)
    }

    /// Withdraw a declared conflict (those found from the data cannot be).
    pub fn withdraw_conflict(&mut self, reviewer_id: i64, application_id: i64) -> Result<ReviewBoard> {
        let reviewer = self.reviewer(reviewer_id)?;
        self.reviews_open(reviewer.cycle_id)?;
        let n = self.conn().execute("DELETE FROM review_conflicts WHERE reviewer_id = ?1 AND application_id = ?2", params![reviewer_id, application_id])?;
        if n == 0 {
            return Err(not_allowed(said!("said-intake-no-declared-conflict", reviewer = &reviewer.name, id = application_id)));
        }
        self.review_board(reviewer.cycle_id)
    }
}
