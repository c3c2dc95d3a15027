//! Assigning applications to reviewers: by hand (refused where there is a conflict of
//! interest), or automatically, so that each application gets the number of reviewers asked
//! for, loads stay balanced, conflicts are respected and a reviewer reads a language of the
//! applicant's hub (when both name theirs).
//!
//! The automatic assignment runs in rounds, one reviewer more for each application per round.
//! A round is a score table, applications by reviewers' places, filled by the pairing's
//! algorithm ([`best_assignment`]: as many allowed cells as possible, then the highest total):
//! a reviewer offers as many places as keep them within the balanced load, and a place is worth
//! less the more the reviewer already has, so the work spreads evenly. Applications left short
//! by the balanced load get a second pass without it: a reviewer asked more often is better
//! than an application reviewed less.

use std::collections::HashSet;

use rusqlite::params;

use super::{assign, not_allowed, AutoAssignment, ReviewBoard, Shortfall};
use crate::platform::assignment::best_assignment;
use crate::platform::error::{Error, FieldError, Result};
use crate::platform::store::Store;
use crate::{phrase, said};

/// The automatic assignment's problem, by index: what `plan_assignment` solves.
#[derive(Debug, Clone, Default)]
pub struct AssignmentTable {
    /// Each application's languages (its hub's), and the reviewers it has already.
    pub applications: Vec<(Vec<String>, Vec<usize>)>,
    /// Each reviewer's languages.
    pub reviewers: Vec<Vec<String>>,
    /// (application, reviewer) pairs that may not be assigned: conflicts of interest.
    pub blocked: HashSet<(usize, usize)>,
    /// How many reviewers each application should have.
    pub per_application: usize,
}

impl AssignmentTable {
    /// Whether a reviewer may take an application: no conflict, not on it already, and a
    /// language in common when both name theirs.
    fn allowed(&self, app: usize, reviewer: usize, taken: &[Vec<usize>]) -> bool {
        if self.blocked.contains(&(app, reviewer)) || taken[app].contains(&reviewer) {
            return false;
        }
        let (theirs, ours) = (&self.applications[app].0, &self.reviewers[reviewer]);
        theirs.is_empty() || ours.is_empty() || theirs.iter().any(|l| ours.contains(l))
    }
}

/// The assignments to add, as (application, reviewer) pairs, sorted.
pub fn plan_assignment(table: &AssignmentTable) -> Vec<(usize, usize)> {
    let reviewers = table.reviewers.len();
    if reviewers == 0 || table.per_application == 0 {
        return Vec::new();
    }
    let mut taken: Vec<Vec<usize>> = table.applications.iter().map(|(_, have)| have.clone()).collect();
    let mut load = vec![0usize; reviewers];
    for have in &taken {
        for &r in have {
            load[r] += 1;
        }
    }
    let wanted: usize = taken.iter().map(|have| table.per_application.saturating_sub(have.len())).sum();
    let balanced = (load.iter().sum::<usize>() + wanted).div_ceil(reviewers);
    let mut added: Vec<(usize, usize)> = Vec::new();
    for capped in [true, false] {
        for _ in 0..table.per_application {
            let short: Vec<usize> = (0..taken.len()).filter(|&a| taken[a].len() < table.per_application).collect();
            if short.is_empty() {
                break;
            }
            // Columns: each reviewer's places this round, the k-th worth less than the one before.
            let mut places: Vec<(usize, usize)> = Vec::new();
            for (r, &has) in load.iter().enumerate() {
                let room = if capped { balanced.saturating_sub(has) } else { short.len() };
                for k in 0..room.min(short.len()) {
                    places.push((r, has + k));
                }
            }
            if places.is_empty() {
                break;
            }
            let scores: Vec<Vec<Option<u32>>> = short
                .iter()
                .map(|&a| places.iter().map(|&(r, rank)| table.allowed(a, r, &taken).then(|| 1_000_000u32.saturating_sub(rank as u32 * 10))).collect())
                .collect();
            let round = best_assignment(&scores);
            if round.is_empty() {
                break;
            }
            for (row, column) in round {
                let (app, reviewer) = (short[row], places[column].0);
                taken[app].push(reviewer);
                load[reviewer] += 1;
                added.push((app, reviewer));
            }
        }
    }
    added.sort_unstable();
    added
}

impl Store {
    /// Assign an application to a reviewer by hand; refused where they have a conflict of
    /// interest.
    pub fn assign_review(&mut self, reviewer_id: i64, application_id: i64, actor: &str) -> Result<ReviewBoard> {
        let reviewer = self.reviewer(reviewer_id)?;
        self.reviews_open(reviewer.cycle_id)?;
        let app = self.application(application_id)?;
        if app.cycle_id != reviewer.cycle_id {
            return Err(Error::validation(vec![FieldError::new("application_id", said!("said-intake-application-not-in-cycle", id = application_id))]));
        }
        if let Some(conflict) = self.conflict_of(reviewer_id, application_id)? {
            return Err(not_allowed(said!("said-intake-reviewer-cannot-review", reviewer = &reviewer.name, reason = conflict.reason.text.as_str())));
        }
        assign(self.conn(), reviewer_id, application_id, "hand", actor)?;
        self.review_board(reviewer.cycle_id)
    }

    pub fn unassign_review(&mut self, reviewer_id: i64, application_id: i64) -> Result<ReviewBoard> {
        let reviewer = self.reviewer(reviewer_id)?;
        self.reviews_open(reviewer.cycle_id)?;
        let n = self.conn().execute("DELETE FROM review_assignments WHERE reviewer_id = ?1 AND application_id = ?2", params![reviewer_id, application_id])?;
        if n == 0 {
            return Err(Error::not_found(said!("said-intake-not-assigned", reviewer = &reviewer.name, id = application_id)));
        }
        self.review_board(reviewer.cycle_id)
    }

    /// Give every application still in the running `per_application` reviewers, keeping the
    /// assignments it has: balanced loads, no conflict of interest, a language in common.
    pub fn auto_assign_reviews(&mut self, cycle_id: i64, per_application: u32, actor: &str) -> Result<AutoAssignment> {
        self.reviews_open(cycle_id)?;
        if !(1..=10).contains(&per_application) {
            return Err(Error::validation(vec![FieldError::new("per_application", said!("said-intake-reviewers-per-application"))]));
        }
        let board = self.review_board(cycle_id)?;
        if board.reviewers.is_empty() {
            return Err(not_allowed(said!("said-intake-no-reviewers")));
        }
        let index_of = |id: i64| board.reviewers.iter().position(|r| r.id == id);
        let mut table = AssignmentTable {
            reviewers: board.reviewers.iter().map(|r| r.languages.clone()).collect(),
            per_application: per_application as usize,
            ..AssignmentTable::default()
        };
        // A reviewer who has scored an application (before assignments were kept) is on it.
        let mut scorers = self.conn().prepare(
            "SELECT DISTINCT r.id FROM reviews v JOIN reviewers r ON r.name = v.reviewer JOIN applications a ON a.id = v.application_id AND a.cycle_id = r.cycle_id
              WHERE v.application_id = ?1",
        )?;
        for (a, row) in board.rows.iter().enumerate() {
            let mut have: Vec<usize> = row.reviewers.iter().filter_map(|x| index_of(x.reviewer_id)).collect();
            for id in scorers.query_map([row.application_id], |r| r.get::<_, i64>(0))? {
                if let Some(i) = index_of(id?) {
                    if !have.contains(&i) {
                        have.push(i);
                    }
                }
            }
            table.applications.push((row.languages.clone(), have));
            for c in &row.conflicts {
                if let Some(r) = index_of(c.reviewer_id) {
                    table.blocked.insert((a, r));
                }
            }
        }
        drop(scorers);
        let plan = plan_assignment(&table);
        let tx = self.conn().unchecked_transaction()?;
        for &(a, r) in &plan {
            assign(&tx, board.reviewers[r].id, board.rows[a].application_id, "auto", actor)?;
        }
        tx.commit()?;
        let board = self.review_board(cycle_id)?;
        let shortfalls = board
            .rows
            .iter()
            .filter(|row| row.reviewers.len() < per_application as usize)
            .map(|row| Shortfall {
                application_id: row.application_id,
                applicant: row.applicant.clone(),
                reviewers: row.reviewers.len() as u32,
                reason: if row.languages.is_empty() {
                    phrase!("said-intake-shortfall-conflicts")
                } else {
                    phrase!("said-intake-shortfall-conflicts-or-languages", languages = row.languages.join(", "))
                },
            })
            .collect();
        Ok(AutoAssignment { added: plan.len() as u32, shortfalls, board })
    }
}
