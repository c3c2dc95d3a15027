//! The reviewers of a cycle and who reviews what: reviewers named once (their hub, country and
//! languages), applications assigned to them by hand or automatically, and conflicts of
//! interest, which are enforced: a reviewer is never assigned, and their scores never count, for
//! an application from their own hub, one that names their hub as partner, one paired with
//! their hub in the cycle, or one they declared a conflict with.
//!
//! The parts: this file keeps the reviewers, `conflicts.rs` finds and records conflicts,
//! `assign.rs` assigns applications (the automatic assignment fills a score table with the
//! same algorithm as the pairing), `sheet.rs` reads a reviewer's scores from their sheet.

mod assign;
mod conflicts;
mod sheet;

pub use assign::{plan_assignment, AssignmentTable};
pub use sheet::SheetImport;

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::cycle::cycles::Phase;
use crate::intake::applications::{Role, Status};
use crate::intake::selection::applicant_name;
use crate::platform::countries;
use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::said::Phrase;
use crate::platform::store::Store;
use crate::said;
use crate::registry::hubs::{clean, clean_list, valid_email};

/// A reviewer of a cycle, with how much they have to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Reviewer {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub cycle_id: i64,
    pub name: String,
    pub email: String,
    #[ts(type = "number | null")]
    pub hub_id: Option<i64>,
    pub hub_name: Option<String>,
    /// ISO 3166-1 code, or empty.
    pub country: String,
    /// ISO 639-1 codes of the languages they read.
    pub languages: Vec<String>,
    /// Applications assigned to them.
    pub assigned: u32,
    /// Applications they have scored.
    pub scored: u32,
}

/// The reviewer form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReviewerInput {
    pub name: String,
    pub email: String,
    #[ts(type = "number | null")]
    pub hub_id: Option<i64>,
    /// Empty: the hub's country, if a hub is given.
    pub country: String,
    pub languages: Vec<String>,
}

/// Why a reviewer may not review an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// The application is from the reviewer's own hub.
    OwnHub,
    /// The application names the reviewer's hub as its partner.
    Partner,
    /// The reviewer's hub is paired with the application (or hosts it) in the cycle.
    Paired,
    /// The reviewer declared it, with a reason.
    Declared,
}

/// A conflict of interest between a reviewer and an application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Conflict {
    #[ts(type = "number")]
    pub reviewer_id: i64,
    pub reviewer: String,
    #[ts(type = "number")]
    pub application_id: i64,
    pub kind: ConflictKind,
    /// In words: "the application is from their own hub, Kypseli".
    pub reason: Phrase,
}

/// A reviewer on an application's row of the board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AssignedReviewer {
    #[ts(type = "number")]
    pub reviewer_id: i64,
    pub name: String,
    /// `hand` or `auto`.
    pub how: String,
    /// Whether they have scored it.
    pub scored: bool,
}

/// One application with its reviewers and conflicts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BoardRow {
    #[ts(type = "number")]
    pub application_id: i64,
    pub applicant: String,
    pub hub_name: String,
    pub country: String,
    /// The languages of the applicant's hub.
    pub languages: Vec<String>,
    pub reviewers: Vec<AssignedReviewer>,
    pub conflicts: Vec<Conflict>,
}

/// Who reviews what in a cycle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReviewBoard {
    #[ts(type = "number")]
    pub cycle_id: i64,
    /// Whether reviewers and assignments can still change (until the cycle leaves Selection).
    pub editable: bool,
    pub reviewers: Vec<Reviewer>,
    /// The applications still in the running (not withdrawn), in the order they came.
    pub rows: Vec<BoardRow>,
}

/// An application the automatic assignment could not give as many reviewers as asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Shortfall {
    #[ts(type = "number")]
    pub application_id: i64,
    pub applicant: String,
    pub reviewers: u32,
    pub reason: Phrase,
}

/// What the automatic assignment did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AutoAssignment {
    /// Assignments added.
    pub added: u32,
    pub shortfalls: Vec<Shortfall>,
    pub board: ReviewBoard,
}

const REVIEWER_SELECT: &str = "SELECT r.id, r.cycle_id, r.name, r.email, r.hub_id, h.name, r.country, r.languages,
        (SELECT count(*) FROM review_assignments x WHERE x.reviewer_id = r.id),
        (SELECT count(DISTINCT v.application_id) FROM reviews v JOIN applications a ON a.id = v.application_id
          WHERE a.cycle_id = r.cycle_id AND v.reviewer = r.name)
   FROM reviewers r LEFT JOIN hubs h ON h.id = r.hub_id";

fn reviewer_of(r: &Row<'_>) -> rusqlite::Result<Reviewer> {
    let languages: String = r.get(7)?;
    Ok(Reviewer {
        id: r.get(0)?,
        cycle_id: r.get(1)?,
        name: r.get(2)?,
        email: r.get(3)?,
        hub_id: r.get(4)?,
        hub_name: r.get(5)?,
        country: r.get(6)?,
        languages: serde_json::from_str(&languages).unwrap_or_default(),
        assigned: r.get(8)?,
        scored: r.get(9)?,
    })
}

/// Put a reviewer on an application, `how` being `hand` or `auto`; nothing when they are on
/// it already.
pub(crate) fn assign(conn: &Connection, reviewer_id: i64, application_id: i64, how: &str, actor: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO review_assignments (id, reviewer_id, application_id, how, actor) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'review_assignments'), ?1, ?2, ?3, ?4)
         ON CONFLICT (reviewer_id, application_id) DO NOTHING",
        params![reviewer_id, application_id, how, actor],
    )?;
    Ok(())
}

/// One reviewer's scorecard of one application, replacing theirs if any, with the reviewer put
/// on the application: what a score given in the window and a reviewer's sheet both save, in
/// the caller's transaction. `scores` are (criterion, score) pairs, checked by the caller.
pub(crate) fn write_scorecard(conn: &Connection, reviewer_id: Option<i64>, reviewer: &str, application_id: i64, scores: &[(i64, u32)], note: &str) -> Result<()> {
    conn.execute("DELETE FROM reviews WHERE application_id = ?1 AND reviewer = ?2", params![application_id, reviewer])?;
    for (criterion, score) in scores {
        conn.execute(
            "INSERT INTO reviews (id, application_id, criterion_id, reviewer, score, note) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'reviews'), ?1, ?2, ?3, ?4, ?5)",
            params![application_id, criterion, reviewer, score, note],
        )?;
    }
    match reviewer_id {
        Some(id) => assign(conn, id, application_id, "hand", &crate::team::actor_of(conn)),
        None => Ok(()),
    }
}

fn not_allowed(message: impl crate::platform::said::Wording) -> Error {
    Error::new(ErrorCode::NotAllowed, message)
}

impl Store {
    /// The reviewers of a cycle, in the order they were added.
    pub fn reviewers(&self, cycle_id: i64) -> Result<Vec<Reviewer>> {
        self.cycle(cycle_id)?;
        let mut stmt = self.conn().prepare(&format!("{REVIEWER_SELECT} WHERE r.cycle_id = ?1 ORDER BY r.id"))?;
        let rows = stmt.query_map([cycle_id], reviewer_of)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn reviewer(&self, id: i64) -> Result<Reviewer> {
        self.conn()
            .query_row(&format!("{REVIEWER_SELECT} WHERE r.id = ?1"), [id], reviewer_of)
            .optional()?
            .ok_or_else(|| Error::not_found(said!("said-intake-no-reviewer", id = id)))
    }

    /// The reviewer of a cycle who signs with `name`, if any.
    pub(crate) fn reviewer_named(&self, cycle_id: i64, name: &str) -> Result<Option<i64>> {
        Ok(self.conn().query_row("SELECT id FROM reviewers WHERE cycle_id = ?1 AND name = ?2", params![cycle_id, name], |r| r.get(0)).optional()?)
    }

    /// Refused once the cycle is past Selection: who reviews what is settled with the scores.
    pub(crate) fn reviews_open(&self, cycle_id: i64) -> Result<()> {
        let cycle = self.cycle(cycle_id)?;
        if cycle.phase > Phase::Selection {
            return Err(not_allowed(said!("said-intake-reviews-closed", cycle = &cycle.title)));
        }
        Ok(())
    }

    /// Add a reviewer to a cycle.
    pub fn add_reviewer(&mut self, cycle_id: i64, input: &ReviewerInput) -> Result<Reviewer> {
        self.insert_reviewer(cycle_id, input)
    }

    /// A reviewer's form checked (`except`: the reviewer being changed): the name, e-mail,
    /// country and languages to store.
    fn checked_reviewer(&self, cycle_id: i64, input: &ReviewerInput, except: Option<i64>) -> Result<(String, String, String, Vec<String>)> {
        self.reviews_open(cycle_id)?;
        let name = clean(&input.name, false);
        let email = clean(&input.email, false);
        let mut errors = Vec::new();
        if name.is_empty() {
            errors.push(FieldError::new("name", said!("said-intake-reviewer-name-missing")));
        } else if name.chars().count() > 80 {
            errors.push(FieldError::new("name", said!("said-intake-at-most-80")));
        } else if name == crate::intake::selection::STAFF_SIGNATURE {
            errors.push(FieldError::new("name", said!("said-intake-reviewer-name-is-staff", name = &name)));
        } else if self.reviewer_named(cycle_id, &name)?.is_some_and(|id| Some(id) != except) {
            errors.push(FieldError::new("name", said!("said-intake-reviewer-name-taken", name = &name)));
        }
        if !email.is_empty() && !valid_email(&email) {
            errors.push(FieldError::new("email", said!("said-intake-email-bad", email = &email)));
        }
        let hub_country = match input.hub_id {
            Some(hub) => match self.hub(hub) {
                Ok(h) => Some(h.country),
                Err(_) => {
                    errors.push(FieldError::new("hub_id", said!("said-intake-no-hub", id = hub)));
                    None
                }
            },
            None => None,
        };
        let mut country = clean(&input.country, false).to_uppercase();
        if country.is_empty() {
            country = hub_country.unwrap_or_default();
        } else if countries::get(&country).is_none() {
            errors.push(FieldError::new("country", said!("said-intake-country-bad", country = &country)));
        }
        let languages = clean_list(&input.languages, true);
        if let Some(bad) = languages.iter().find(|l| l.len() != 2 || !l.bytes().all(|b| b.is_ascii_lowercase())) {
            errors.push(FieldError::new("languages", said!("said-intake-language-bad", code = bad)));
        }
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        Ok((name, email, country, languages))
    }

    /// `add_reviewer`, inside a caller's transaction.
    fn insert_reviewer(&self, cycle_id: i64, input: &ReviewerInput) -> Result<Reviewer> {
        let (name, email, country, languages) = self.checked_reviewer(cycle_id, input, None)?;
        self.conn().execute(
            "INSERT INTO reviewers (id, cycle_id, name, email, hub_id, country, languages) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'reviewers'), ?1, ?2, ?3, ?4, ?5, ?6)",
            params![cycle_id, name, email, input.hub_id, country, serde_json::to_string(&languages).unwrap_or_else(|_| "[]".into())],
        )?;
        let id = self.conn().last_insert_rowid();
        self.reviewer(id)
    }

    /// Change a reviewer's details. A new name renames their signature on the scores they gave;
    /// a new hub can bring conflicts of interest with applications assigned to them, which are
    /// refused as an assignment would be.
    pub fn update_reviewer(&mut self, id: i64, input: &ReviewerInput) -> Result<Reviewer> {
        let before = self.reviewer(id)?;
        let (name, email, country, languages) = self.checked_reviewer(before.cycle_id, input, Some(id))?;
        let tx = self.conn().unchecked_transaction()?;
        tx.execute(
            "UPDATE reviewers SET name = ?2, email = ?3, hub_id = ?4, country = ?5, languages = ?6 WHERE id = ?1",
            params![id, name, email, input.hub_id, country, serde_json::to_string(&languages).unwrap_or_else(|_| "[]".into())],
        )?;
        if name != before.name {
            tx.execute(
                "UPDATE reviews SET reviewer = ?2 WHERE reviewer = ?1 AND application_id IN (SELECT id FROM applications WHERE cycle_id = ?3)",
                params![before.name, name, before.cycle_id],
            )?;
        }
        let clash = self
            .review_conflicts(before.cycle_id)?
            .into_iter()
            .find(|c| c.reviewer_id == id && self.conn().query_row("SELECT EXISTS (SELECT 1 FROM review_assignments WHERE reviewer_id = ?1 AND application_id = ?2)", params![id, c.application_id], |r| r.get::<_, bool>(0)).unwrap_or(false));
        if let Some(c) = clash {
            return Err(Error::validation(vec![FieldError::new(
                "hub_id",
                said!("said-intake-reviewer-hub-conflict", reviewer = &name, id = c.application_id, reason = c.reason.text.as_str()),
            )]));
        }
        tx.commit()?;
        self.reviewer(id)
    }

    /// A name first used to sign a score becomes a reviewer of the cycle.
    pub(crate) fn reviewer_for_signature(&self, cycle_id: i64, name: &str) -> Result<i64> {
        if let Some(id) = self.reviewer_named(cycle_id, name)? {
            return Ok(id);
        }
        let input = ReviewerInput { name: name.to_string(), email: String::new(), hub_id: None, country: String::new(), languages: Vec::new() };
        self.insert_reviewer(cycle_id, &input).map(|r| r.id)
    }

    /// Remove a reviewer who has scored nothing (their assignments and declared conflicts go
    /// with them).
    pub fn remove_reviewer(&mut self, id: i64) -> Result<()> {
        let reviewer = self.reviewer(id)?;
        self.reviews_open(reviewer.cycle_id)?;
        if reviewer.scored > 0 {
            return Err(not_allowed(said!("said-intake-reviewer-has-scores", reviewer = &reviewer.name, count = reviewer.scored)));
        }
        self.conn().execute("DELETE FROM reviewers WHERE id = ?1", [id])?;
        Ok(())
    }

    /// Who reviews what in a cycle: its reviewers, and each application still in the running
    /// with its reviewers and conflicts.
    pub fn review_board(&self, cycle_id: i64) -> Result<ReviewBoard> {
        let cycle = self.cycle(cycle_id)?;
        let reviewers = self.reviewers(cycle_id)?;
        let conflicts = self.review_conflicts(cycle_id)?;
        let mut stmt = self.conn().prepare(
            "SELECT a.id, a.person_name, h.name, a.role, h.country, h.languages FROM applications a JOIN hubs h ON h.id = a.hub_id
              WHERE a.cycle_id = ?1 AND a.status <> ?2 ORDER BY a.submitted_at, a.id",
        )?;
        let apps: Vec<(i64, String, String, String, String, String)> = stmt
            .query_map(params![cycle_id, Status::Withdrawn.as_str()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut assigned = self.conn().prepare(
            "SELECT x.reviewer_id, r.name, x.how,
                    EXISTS (SELECT 1 FROM reviews v WHERE v.application_id = x.application_id AND v.reviewer = r.name)
               FROM review_assignments x JOIN reviewers r ON r.id = x.reviewer_id WHERE x.application_id = ?1 ORDER BY x.id",
        )?;
        let mut rows = Vec::with_capacity(apps.len());
        for (id, person, hub_name, role, country, languages) in apps {
            let reviewers = assigned
                .query_map([id], |r| Ok(AssignedReviewer { reviewer_id: r.get(0)?, name: r.get(1)?, how: r.get(2)?, scored: r.get(3)? }))?
                .collect::<rusqlite::Result<_>>()?;
            let role = Role::parse(&role).unwrap_or(Role::Visiting);
            rows.push(BoardRow {
                application_id: id,
                applicant: applicant_name(&person, &hub_name, role),
                hub_name,
                country,
                languages: serde_json::from_str(&languages).unwrap_or_default(),
                reviewers,
                conflicts: conflicts.iter().filter(|c| c.application_id == id).cloned().collect(),
            });
        }
        Ok(ReviewBoard { cycle_id, editable: cycle.phase <= Phase::Selection, reviewers, rows })
    }
}
