//! Selection: the criteria and rules of a cycle, reviewers' scores, the ranking, the decision
//! (selected, waiting list, not eligible) and the promotion from the waiting list when a
//! selected applicant withdraws. Every decision is recorded with who made it and when.
//!
//! The score of an application is the weighted mean of its criteria, each criterion being the
//! mean of its reviewers' scores scaled to 0-100; it is kept in hundredths of a point so that
//! rankings compare integers and ties are exact. Ties go to the earlier submission.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::intake::applications::{Application, Role, Status};
use crate::cycle::cycles::{Cycle, Phase};
use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::registry::hubs::Maturity;
use crate::cycle::programmes::Shape;
use crate::platform::store::Store;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Criterion {
    #[ts(type = "number")]
    pub id: i64,
    pub label: String,
    /// Relative weight; the ranking divides by the sum of the weights.
    pub weight: u32,
    /// Scores run from 0 to this.
    pub max_score: u32,
}

/// A criterion in the settings form; `id` is empty for a new one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CriterionInput {
    #[ts(type = "number | null")]
    pub id: Option<i64>,
    pub label: String,
    pub weight: u32,
    pub max_score: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SelectionMethod {
    /// By the reviewers' weighted scores; the earlier submission breaks ties.
    Ranking,
    /// By submission time alone, within the slots and the budget (Hubs Alliance).
    FirstCome,
}

impl SelectionMethod {
    fn as_str(self) -> &'static str {
        match self {
            SelectionMethod::Ranking => "ranking",
            SelectionMethod::FirstCome => "first_come",
        }
    }
}

/// The rules of a cycle's selection, besides its criteria. They belong to the cycle and are
/// copied when it is cloned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SelectionRules {
    pub method: SelectionMethod,
    /// What one place costs the envelope when selecting first come, first served.
    #[ts(type = "number | null")]
    pub place_cost_cents: Option<i64>,
    /// Workshops: the fewest participants a proposal may expect.
    pub min_participants: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SelectionSettings {
    #[ts(type = "number")]
    pub cycle_id: i64,
    pub criteria: Vec<Criterion>,
    pub rules: SelectionRules,
    /// Whether they can still change (until the cycle leaves Selection).
    pub editable: bool,
    /// Raised by every save; a save states the version its dialog read.
    #[ts(type = "number")]
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SelectionSettingsInput {
    pub criteria: Vec<CriterionInput>,
    pub rules: SelectionRules,
}

/// One reviewer's scorecard for one application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReviewInput {
    #[ts(type = "number")]
    pub application_id: i64,
    pub reviewer: String,
    /// Criterion id → score; every criterion of the cycle must be scored.
    pub scores: Vec<CriterionScore>,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CriterionScore {
    #[ts(type = "number")]
    pub criterion_id: i64,
    pub score: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Review {
    pub reviewer: String,
    pub scores: Vec<CriterionScore>,
    pub note: String,
    pub at: String,
}

/// An application in the ranking, with its score and its place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RankedApplication {
    pub application: Application,
    pub maturity: Maturity,
    /// Weighted score out of 100, in hundredths (7850 = 78.50); none before any review.
    pub score_centi: Option<u32>,
    /// Each criterion's mean, out of 100, in hundredths; in the order of the criteria.
    pub criterion_centi: Vec<Option<u32>>,
    /// Who scored it, in the order they did.
    pub reviewers: Vec<String>,
    /// 1 for the best eligible application still in the running; none for the others.
    pub rank: Option<u32>,
}

/// The applications that compete for one set of slots (P2P: visiting, hosting).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Pool {
    pub role: Role,
    pub label: String,
    pub slots: u32,
    pub selected: u32,
    pub waiting: u32,
    pub entries: Vec<RankedApplication>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CountryCount {
    pub country: String,
    pub name: String,
    pub count: u32,
}

/// Who the selection (or, before one is made, the top of the ranking) brings together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Spread {
    /// True while nothing is selected: the figures are those of the top of the ranking.
    pub provisional: bool,
    pub countries: Vec<CountryCount>,
    pub emerging: u32,
    pub established: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SelectionEvent {
    #[ts(type = "number")]
    pub application_id: i64,
    pub applicant: String,
    pub action: String,
    #[ts(type = "number | null")]
    pub replaces_id: Option<i64>,
    pub replaces: Option<String>,
    pub actor: String,
    pub detail: String,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Ranking {
    #[ts(type = "number")]
    pub cycle_id: i64,
    pub phase: Phase,
    pub criteria: Vec<Criterion>,
    pub rules: SelectionRules,
    pub pools: Vec<Pool>,
    pub spread: Spread,
    /// The envelope taken by the selected places (first come, first served only).
    #[ts(type = "number | null")]
    pub committed_cents: Option<i64>,
    /// Whether "select" can run now, and if not why.
    pub can_select: bool,
    pub select_blocked: Option<String>,
    /// The latest decisions first.
    pub events: Vec<SelectionEvent>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SelectionOutcome {
    pub selected: u32,
    pub waiting: u32,
    pub not_eligible: u32,
}

/// A withdrawal, and the applicant offered the place it frees, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Withdrawal {
    pub withdrawn: Application,
    pub promoted: Option<Application>,
    /// Why nobody was promoted, when the withdrawn applicant was selected.
    pub note: Option<String>,
}

/// A decision taken by hand on one application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Selected,
    Waiting,
    NotSelected,
}

/// The default criteria of a new cycle (shared/domain.md and the seed's call pages).
pub const DEFAULT_CRITERIA: &[(&str, u32)] = &[("Quality of the work plan", 50), ("Geographical balance", 25), ("Diversity of participants", 25)];

pub fn default_rules(shape: Shape) -> SelectionRules {
    match shape {
        Shape::HubsAlliance => SelectionRules { method: SelectionMethod::FirstCome, place_cost_cents: Some(117_500), min_participants: None },
        Shape::Workshops => SelectionRules { method: SelectionMethod::Ranking, place_cost_cents: None, min_participants: Some(15) },
        _ => SelectionRules { method: SelectionMethod::Ranking, place_cost_cents: None, min_participants: None },
    }
}

/// The pools of a shape: the role and its label, and which slots figure applies.
fn pools_of(cycle: &Cycle) -> Vec<(Role, &'static str, u32)> {
    match cycle.shape {
        Shape::P2p => vec![(Role::Visiting, "Visiting hubs", cycle.slots_primary), (Role::Hosting, "Hosting hubs", cycle.slots_secondary)],
        Shape::StaffExchange => vec![(Role::Visitor, "Staff members", cycle.slots_primary)],
        Shape::HubsAlliance => vec![(Role::Visitor, "Alliance professionals", cycle.slots_primary)],
        Shape::Workshops => vec![(Role::Proposer, "Proposing hubs", cycle.slots_primary)],
    }
}

fn not_allowed(message: impl Into<String>) -> Error {
    Error::new(ErrorCode::NotAllowed, message)
}

/// The name under which an application is listed in decisions.
pub fn applicant_label(a: &Application) -> String {
    applicant_name(&a.person_name, &a.hub_name, a.role)
}

/// Hubs apply as hubs (P2P, Workshops); a visitor (Staff Exchange, Hubs Alliance) is a person
/// of a hub: "Jonas Petraitis (Kūrybos dirbtuvės Šančiai)".
pub fn applicant_name(person: &str, hub: &str, role: Role) -> String {
    let person = person.trim();
    if role == Role::Visitor && !person.is_empty() {
        format!("{person} ({hub})")
    } else {
        hub.to_string()
    }
}

pub use crate::team::os_account;

impl Store {
    /// Give a new cycle the default criteria and the rules of its shape.
    pub(crate) fn seed_selection(&self, cycle_id: i64, shape: Shape) -> Result<()> {
        for (i, (label, weight)) in DEFAULT_CRITERIA.iter().enumerate() {
            self.conn().execute(
                "INSERT INTO selection_criteria (id, cycle_id, label, weight, max_score, position) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'selection_criteria'), ?1, ?2, ?3, 10, ?4)",
                params![cycle_id, label, weight, i as i64 + 1],
            )?;
        }
        write_rules(self.conn(), cycle_id, &default_rules(shape))
    }

    /// Copy criteria and rules from one cycle to another (clone from last year's).
    pub(crate) fn copy_selection(&self, from: i64, to: i64) -> Result<()> {
        // Row by row: each new criterion gets an id of this desk (team/mod.rs).
        let criteria: Vec<(String, i64, i64, i64)> = self
            .conn()
            .prepare("SELECT label, weight, max_score, position FROM selection_criteria WHERE cycle_id = ?1 ORDER BY id")?
            .query_map([from], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (label, weight, max_score, position) in criteria {
            self.conn().execute(
                "INSERT INTO selection_criteria (id, cycle_id, label, weight, max_score, position)
                 VALUES ((SELECT id FROM team_next_id WHERE tbl = 'selection_criteria'), ?1, ?2, ?3, ?4, ?5)",
                params![to, label, weight, max_score, position],
            )?;
        }
        let rules = self.selection_rules(from)?;
        write_rules(self.conn(), to, &rules)
    }

    pub fn selection_rules(&self, cycle_id: i64) -> Result<SelectionRules> {
        let row: Option<(String, Option<i64>, Option<u32>)> = self
            .conn()
            .query_row("SELECT method, place_cost_cents, min_participants FROM selection_rules WHERE cycle_id = ?1", [cycle_id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        match row {
            Some((method, place_cost_cents, min_participants)) => Ok(SelectionRules {
                method: if method == "first_come" { SelectionMethod::FirstCome } else { SelectionMethod::Ranking },
                place_cost_cents,
                min_participants,
            }),
            None => Ok(default_rules(self.cycle(cycle_id)?.shape)),
        }
    }

    pub fn criteria(&self, cycle_id: i64) -> Result<Vec<Criterion>> {
        let mut stmt = self.conn().prepare("SELECT id, label, weight, max_score FROM selection_criteria WHERE cycle_id = ?1 ORDER BY position, id")?;
        let rows = stmt.query_map([cycle_id], |r| Ok(Criterion { id: r.get(0)?, label: r.get(1)?, weight: r.get(2)?, max_score: r.get(3)? }))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    pub fn selection_settings(&self, cycle_id: i64) -> Result<SelectionSettings> {
        let cycle = self.cycle(cycle_id)?;
        Ok(SelectionSettings {
            cycle_id,
            criteria: self.criteria(cycle_id)?,
            rules: self.selection_rules(cycle_id)?,
            editable: cycle.phase <= Phase::Selection,
            version: crate::platform::versions::setting_version(self.conn(), cycle_id, crate::platform::versions::CycleSetting::Selection)?,
        })
    }

    /// Change the criteria and rules. A criterion left out is removed with its scores.
    pub fn save_selection_settings(&mut self, cycle_id: i64, input: &SelectionSettingsInput) -> Result<SelectionSettings> {
        self.save_selection_settings_at(cycle_id, input, None)
    }

    /// [`Store::save_selection_settings`] from a dialog that read them at version `read_at`:
    /// refused with `conflict` when they were saved since.
    pub fn save_selection_settings_at(&mut self, cycle_id: i64, input: &SelectionSettingsInput, read_at: Option<i64>) -> Result<SelectionSettings> {
        let cycle = self.cycle(cycle_id)?;
        if cycle.phase > Phase::Selection {
            return Err(not_allowed(format!(
                "'{}' is past Selection: its criteria and rules are frozen. Move it back to Selection (with a reason) to change them.",
                cycle.title
            )));
        }
        let existing = self.criteria(cycle_id)?;
        let mut errors = Vec::new();
        let mut labels = Vec::new();
        if input.criteria.is_empty() && input.rules.method == SelectionMethod::Ranking {
            errors.push(FieldError::new("criteria", "A ranking needs at least one criterion."));
        }
        for (i, c) in input.criteria.iter().enumerate() {
            let label: String = c.label.chars().filter(|ch| !ch.is_control()).collect::<String>().trim().to_string();
            if label.is_empty() {
                errors.push(FieldError::new(format!("criteria.{i}.label"), "Name the criterion."));
            } else if label.chars().count() > 80 {
                errors.push(FieldError::new(format!("criteria.{i}.label"), "At most 80 characters."));
            } else if labels.iter().any(|l: &String| l.to_lowercase() == label.to_lowercase()) {
                errors.push(FieldError::new(format!("criteria.{i}.label"), format!("'{label}' is listed twice.")));
            }
            if c.weight > 100 {
                errors.push(FieldError::new(format!("criteria.{i}.weight"), "A weight runs from 0 to 100."));
            }
            if !(1..=100).contains(&c.max_score) {
                errors.push(FieldError::new(format!("criteria.{i}.max_score"), "The top score runs from 1 to 100."));
            }
            if let Some(id) = c.id {
                if !existing.iter().any(|e| e.id == id) {
                    errors.push(FieldError::new(format!("criteria.{i}.label"), format!("Criterion #{id} is not one of this cycle's.")));
                }
            }
            labels.push(label);
        }
        if !input.criteria.is_empty() && input.criteria.iter().all(|c| c.weight == 0) {
            errors.push(FieldError::new("criteria", "At least one criterion needs a weight above 0."));
        }
        if input.rules.place_cost_cents.is_some_and(|c| c <= 0) {
            errors.push(FieldError::new("place_cost_cents", "The cost of a place must be above €0."));
        }
        if input.rules.min_participants == Some(0) {
            errors.push(FieldError::new("min_participants", "At least one participant, or leave it empty."));
        }
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        // A lowered top score would leave stored scores out of range.
        for c in &input.criteria {
            if let (Some(id), Some(old)) = (c.id, c.id.and_then(|id| existing.iter().find(|e| e.id == id))) {
                let above: u32 = self.conn().query_row("SELECT count(*) FROM reviews WHERE criterion_id = ?1 AND score > ?2", params![id, c.max_score], |r| r.get(0))?;
                if above > 0 && c.max_score < old.max_score {
                    let i = input.criteria.iter().position(|x| x.id == Some(id)).unwrap_or(0);
                    return Err(Error::validation(vec![FieldError::new(
                        format!("criteria.{i}.max_score"),
                        format!("{above} score(s) of '{}' are above {}: change them first, or keep the top score.", old.label, c.max_score),
                    )]));
                }
            }
        }
        let tx = self.conn_mut().transaction()?;
        crate::platform::versions::check_and_raise_setting(&tx, cycle_id, crate::platform::versions::CycleSetting::Selection, read_at)?;
        let keep: Vec<i64> = input.criteria.iter().filter_map(|c| c.id).collect();
        for old in &existing {
            if !keep.contains(&old.id) {
                tx.execute("DELETE FROM selection_criteria WHERE id = ?1", [old.id])?;
            }
        }
        // Labels are unique per cycle: clear them first so criteria can swap names.
        for id in &keep {
            tx.execute("UPDATE selection_criteria SET label = '#' || id WHERE id = ?1", [id])?;
        }
        for (i, (c, label)) in input.criteria.iter().zip(&labels).enumerate() {
            match c.id {
                Some(id) => tx.execute(
                    "UPDATE selection_criteria SET label = ?2, weight = ?3, max_score = ?4, position = ?5 WHERE id = ?1",
                    params![id, label, c.weight, c.max_score, i as i64 + 1],
                )?,
                None => tx.execute(
                    "INSERT INTO selection_criteria (id, cycle_id, label, weight, max_score, position) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'selection_criteria'), ?1, ?2, ?3, ?4, ?5)",
                    params![cycle_id, label, c.weight, c.max_score, i as i64 + 1],
                )?,
            };
        }
        write_rules(&tx, cycle_id, &input.rules)?;
        tx.commit()?;
        self.selection_settings(cycle_id)
    }

    /// Record (or replace) one reviewer's scores of one application.
    pub fn save_review(&mut self, input: &ReviewInput) -> Result<Vec<Review>> {
        let app = self.application(input.application_id)?;
        let cycle = self.cycle(app.cycle_id)?;
        if cycle.phase > Phase::Selection {
            return Err(not_allowed(format!("'{}' is past Selection: scores can no longer change.", cycle.title)));
        }
        let reviewer: String = input.reviewer.chars().filter(|c| !c.is_control()).collect::<String>().trim().to_string();
        let criteria = self.criteria(app.cycle_id)?;
        let mut errors = Vec::new();
        if reviewer.is_empty() {
            errors.push(FieldError::new("reviewer", "Enter the reviewer's name: every score is signed."));
        } else if reviewer.chars().count() > 80 {
            errors.push(FieldError::new("reviewer", "At most 80 characters."));
        }
        for s in &input.scores {
            match criteria.iter().find(|c| c.id == s.criterion_id) {
                None => errors.push(FieldError::new(format!("score.{}", s.criterion_id), format!("Criterion #{} is not one of this cycle's.", s.criterion_id))),
                Some(c) if s.score > c.max_score => errors.push(FieldError::new(
                    format!("score.{}", c.id),
                    format!("{} is out of range: '{}' is scored from 0 to {}.", s.score, c.label, c.max_score),
                )),
                Some(_) => {}
            }
        }
        for c in &criteria {
            match input.scores.iter().filter(|s| s.criterion_id == c.id).count() {
                0 => errors.push(FieldError::new(format!("score.{}", c.id), format!("Score '{}' (0 to {}).", c.label, c.max_score))),
                1 => {}
                _ => errors.push(FieldError::new(format!("score.{}", c.id), format!("'{}' is scored twice.", c.label))),
            }
        }
        let note = input.note.trim().to_string();
        if note.chars().count() > 2000 {
            errors.push(FieldError::new("note", "At most 2,000 characters."));
        }
        if app.status == Status::Withdrawn {
            errors.push(FieldError::new("reviewer", "This application is withdrawn: it is no longer scored."));
        }
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        let tx = self.conn_mut().transaction()?;
        tx.execute("DELETE FROM reviews WHERE application_id = ?1 AND reviewer = ?2", params![app.id, reviewer])?;
        for s in &input.scores {
            tx.execute(
                "INSERT INTO reviews (id, application_id, criterion_id, reviewer, score, note) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'reviews'), ?1, ?2, ?3, ?4, ?5)",
                params![app.id, s.criterion_id, reviewer, s.score, note],
            )?;
        }
        tx.commit()?;
        self.reviews(app.id)
    }

    pub fn delete_review(&mut self, application_id: i64, reviewer: &str) -> Result<Vec<Review>> {
        let app = self.application(application_id)?;
        if self.cycle(app.cycle_id)?.phase > Phase::Selection {
            return Err(not_allowed("The cycle is past Selection: scores can no longer change."));
        }
        let n = self.conn().execute("DELETE FROM reviews WHERE application_id = ?1 AND reviewer = ?2", params![application_id, reviewer.trim()])?;
        if n == 0 {
            return Err(Error::not_found(format!("{} has not scored application #{application_id}.", reviewer.trim())));
        }
        self.reviews(application_id)
    }

    /// Every reviewer's scorecard for an application, in the order they first scored.
    pub fn reviews(&self, application_id: i64) -> Result<Vec<Review>> {
        let mut stmt = self.conn().prepare(
            "SELECT r.reviewer, r.criterion_id, r.score, r.note, r.at FROM reviews r JOIN selection_criteria c ON c.id = r.criterion_id
             WHERE r.application_id = ?1 ORDER BY (SELECT min(id) FROM reviews x WHERE x.application_id = r.application_id AND x.reviewer = r.reviewer), c.position, c.id",
        )?;
        let rows = stmt.query_map([application_id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, u32>(2)?, r.get::<_, String>(3)?, r.get::<_, String>(4)?)))?;
        let mut out: Vec<Review> = Vec::new();
        for row in rows {
            let (reviewer, criterion_id, score, note, at) = row?;
            match out.last_mut() {
                Some(last) if last.reviewer == reviewer => last.scores.push(CriterionScore { criterion_id, score }),
                _ => out.push(Review { reviewer, scores: vec![CriterionScore { criterion_id, score }], note, at }),
            }
        }
        Ok(out)
    }

    /// Scores of every application of a cycle: application → (criterion → (sum, count), reviewers).
    fn score_table(&self, cycle_id: i64) -> Result<HashMap<i64, Scores>> {
        let mut stmt = self.conn().prepare(
            "SELECT r.application_id, r.criterion_id, r.score, r.reviewer FROM reviews r JOIN applications a ON a.id = r.application_id
             WHERE a.cycle_id = ?1 ORDER BY r.id",
        )?;
        let rows = stmt.query_map([cycle_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, u32>(2)?, r.get::<_, String>(3)?)))?;
        let mut table: HashMap<i64, Scores> = HashMap::new();
        for row in rows {
            let (app, criterion, score, reviewer) = row?;
            let entry = table.entry(app).or_default();
            let cell = entry.0.entry(criterion).or_default();
            cell.0 += u64::from(score);
            cell.1 += 1;
            if !entry.1.contains(&reviewer) {
                entry.1.push(reviewer);
            }
        }
        Ok(table)
    }

    /// The applications of a cycle, pool by pool, in ranking order: the eligible ones still
    /// in the running first (best score, then earliest submission), then the ineligible,
    /// then the withdrawn.
    pub fn ranking(&self, cycle_id: i64) -> Result<Ranking> {
        let cycle = self.cycle(cycle_id)?;
        let criteria = self.criteria(cycle_id)?;
        let rules = self.selection_rules(cycle_id)?;
        let apps = self.applications(cycle_id)?;
        let scores = self.score_table(cycle_id)?;
        let hubs: HashMap<i64, Maturity> = apps.iter().map(|a| Ok((a.hub_id, self.hub(a.hub_id)?.maturity))).collect::<Result<_>>()?;
        let weight_sum: u64 = criteria.iter().map(|c| u64::from(c.weight)).sum();
        let mut pools = Vec::new();
        for (role, label, slots) in pools_of(&cycle) {
            let mut entries: Vec<RankedApplication> = apps
                .iter()
                .filter(|a| a.role == role)
                .map(|a| {
                    let (cells, reviewers) = scores.get(&a.id).cloned().unwrap_or_default();
                    // Each criterion's mean scaled to 0-100, in hundredths, rounded half up.
                    let criterion_centi: Vec<Option<u32>> = criteria
                        .iter()
                        .map(|c| cells.get(&c.id).map(|(sum, n)| ((sum * 10_000 * 2 + u64::from(c.max_score) * n) / (u64::from(c.max_score) * n * 2)) as u32))
                        .collect();
                    let score_centi = (!reviewers.is_empty() && weight_sum > 0).then(|| {
                        let weighted: u64 = criteria.iter().zip(&criterion_centi).map(|(c, s)| u64::from(c.weight) * u64::from(s.unwrap_or(0))).sum();
                        ((weighted * 2 + weight_sum) / (weight_sum * 2)) as u32
                    });
                    RankedApplication {
                        application: a.clone(),
                        maturity: hubs.get(&a.hub_id).copied().unwrap_or(Maturity::Emerging),
                        score_centi: if rules.method == SelectionMethod::FirstCome { None } else { score_centi },
                        criterion_centi,
                        reviewers,
                        rank: None,
                    }
                })
                .collect();
            let group = |e: &RankedApplication| match (e.application.status, e.application.eligibility.eligible) {
                (Status::Withdrawn, _) => 2,
                (_, true) => 0,
                (_, false) => 1,
            };
            let by_score = rules.method == SelectionMethod::Ranking;
            entries.sort_by(|a, b| {
                group(a)
                    .cmp(&group(b))
                    .then_with(|| if by_score { b.score_centi.cmp(&a.score_centi) } else { std::cmp::Ordering::Equal })
                    .then_with(|| a.application.submitted_at.cmp(&b.application.submitted_at))
                    .then_with(|| a.application.id.cmp(&b.application.id))
            });
            let mut rank = 0;
            for e in entries.iter_mut().filter(|e| group(e) == 0) {
                rank += 1;
                e.rank = Some(rank);
            }
            let selected = entries.iter().filter(|e| e.application.status == Status::Selected).count() as u32;
            let waiting = entries.iter().filter(|e| e.application.status == Status::Waiting).count() as u32;
            pools.push(Pool { role, label: label.to_string(), slots, selected, waiting, entries });
        }
        let any_selected = pools.iter().any(|p| p.selected > 0);
        let counted: Vec<&RankedApplication> = if any_selected {
            pools.iter().flat_map(|p| p.entries.iter().filter(|e| e.application.status == Status::Selected)).collect()
        } else {
            pools.iter().flat_map(|p| p.entries.iter().filter(|e| e.rank.is_some_and(|r| r <= p.slots))).collect()
        };
        let mut by_country: BTreeMap<String, u32> = BTreeMap::new();
        for e in &counted {
            *by_country.entry(e.application.hub_country.clone()).or_default() += 1;
        }
        let mut countries: Vec<CountryCount> = by_country
            .into_iter()
            .map(|(code, count)| CountryCount { name: crate::platform::countries::get(&code).map(|c| c.name.clone()).unwrap_or_else(|| code.clone()), country: code, count })
            .collect();
        countries.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        let spread = Spread {
            provisional: !any_selected,
            countries,
            emerging: counted.iter().filter(|e| e.maturity == Maturity::Emerging).count() as u32,
            established: counted.iter().filter(|e| e.maturity == Maturity::Established).count() as u32,
        };
        let committed_cents = rules.place_cost_cents.filter(|_| rules.method == SelectionMethod::FirstCome).map(|cost| cost * i64::from(pools.iter().map(|p| p.selected).sum::<u32>()));
        let select_blocked = self.select_blocked(&cycle, &rules);
        Ok(Ranking {
            cycle_id,
            phase: cycle.phase,
            criteria,
            rules,
            pools,
            spread,
            committed_cents,
            can_select: select_blocked.is_none(),
            select_blocked,
            events: self.selection_events(cycle_id)?,
        })
    }

    /// Whether a cycle's selection is made by its members' vote: once the vote has opened (its
    /// settings say when), the declared result selects, and selection here is closed.
    pub(crate) fn decided_by_vote(&self, cycle_id: i64) -> Result<bool> {
        Ok(self.conn().query_row("SELECT count(*) FROM vote_settings WHERE cycle_id = ?1 AND opened_at IS NOT NULL", [cycle_id], |r| r.get::<_, i64>(0))? > 0)
    }

    fn select_blocked(&self, cycle: &Cycle, rules: &SelectionRules) -> Option<String> {
        if cycle.shape == Shape::Workshops && self.decided_by_vote(cycle.id).unwrap_or(false) {
            return Some(format!("The members' vote decides '{}': its result, once declared, selects the winner (Votes).", cycle.title));
        }
        let open = match rules.method {
            SelectionMethod::FirstCome => matches!(cycle.phase, Phase::CallOpen | Phase::Selection),
            SelectionMethod::Ranking => cycle.phase == Phase::Selection,
        };
        (!open).then(|| {
            if cycle.phase < Phase::Selection {
                format!("'{}' is in {}: move it to Selection first.", cycle.title, cycle.phase.label())
            } else {
                format!("'{}' is past Selection: the selection is made. Move it back to Selection (with a reason) to change it.", cycle.title)
            }
        })
    }

    /// Decide every application still in the running: the best eligible ones up to the slots
    /// (and, first come first served, the budget) are selected, the other eligible ones go to
    /// the waiting list in ranking order, the ineligible are marked not eligible. Withdrawn
    /// applications stay withdrawn.
    pub fn select(&mut self, cycle_id: i64, actor: &str) -> Result<SelectionOutcome> {
        let cycle = self.cycle(cycle_id)?;
        let rules = self.selection_rules(cycle_id)?;
        if let Some(why) = self.select_blocked(&cycle, &rules) {
            return Err(not_allowed(why));
        }
        let ranking = self.ranking(cycle_id)?;
        let mut budget_left = match (rules.method, rules.place_cost_cents) {
            (SelectionMethod::FirstCome, Some(_)) => Some(cycle.budget_cents),
            _ => None,
        };
        let mut outcome = SelectionOutcome { selected: 0, waiting: 0, not_eligible: 0 };
        let mut decisions: Vec<(i64, Status, Option<u32>, String)> = Vec::new();
        for pool in &ranking.pools {
            let mut taken = 0;
            let mut waiting_rank = 0;
            for e in &pool.entries {
                let a = &e.application;
                if a.status == Status::Withdrawn {
                    continue;
                }
                if !a.eligibility.eligible {
                    decisions.push((a.id, Status::Declined, None, a.eligibility.reasons.join(" ")));
                    outcome.not_eligible += 1;
                    continue;
                }
                let affordable = match (&mut budget_left, rules.place_cost_cents) {
                    (Some(left), Some(cost)) => *left >= cost,
                    _ => true,
                };
                if taken < pool.slots && affordable {
                    taken += 1;
                    if let (Some(left), Some(cost)) = (&mut budget_left, rules.place_cost_cents) {
                        *left -= cost;
                    }
                    let why = match e.score_centi {
                        Some(s) => format!("rank {} of {}, score {}", e.rank.unwrap_or(0), pool.label.to_lowercase(), centi_text(s)),
                        None => format!("rank {} of {}", e.rank.unwrap_or(0), pool.label.to_lowercase()),
                    };
                    decisions.push((a.id, Status::Selected, None, why));
                    outcome.selected += 1;
                } else {
                    waiting_rank += 1;
                    let why = if taken < pool.slots { "the budget envelope is taken".to_string() } else { format!("the {} slots are taken", pool.slots) };
                    decisions.push((a.id, Status::Waiting, Some(waiting_rank), why));
                    outcome.waiting += 1;
                }
            }
        }
        let before: HashMap<i64, (Status, Option<u32>)> =
            ranking.pools.iter().flat_map(|p| p.entries.iter()).map(|e| (e.application.id, (e.application.status, self.waiting_rank(e.application.id).ok().flatten()))).collect();
        let tx = self.conn_mut().transaction()?;
        for (id, status, rank, why) in &decisions {
            tx.execute(
                "UPDATE applications SET status = ?2, waiting_rank = ?3, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
                params![id, status.as_str(), rank],
            )?;
            if before.get(id) != Some(&(*status, *rank)) {
                let action = match status {
                    Status::Selected => "selected",
                    Status::Waiting => "waiting",
                    _ => "not_eligible",
                };
                let detail = match rank {
                    Some(r) => format!("waiting list #{r}: {why}"),
                    None => why.clone(),
                };
                tx.execute(
                    "INSERT INTO selection_events (id, cycle_id, application_id, action, actor, detail) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'selection_events'), ?1, ?2, ?3, ?4, ?5)",
                    params![cycle_id, id, action, actor, detail],
                )?;
            }
        }
        tx.commit()?;
        Ok(outcome)
    }

    fn waiting_rank(&self, id: i64) -> Result<Option<u32>> {
        Ok(self.conn().query_row("SELECT waiting_rank FROM applications WHERE id = ?1", [id], |r| r.get(0))?)
    }

    /// Decide one application by hand: select it (a slot must be free and it must be
    /// eligible), put it at the end of the waiting list, or leave it out.
    pub fn decide(&mut self, application_id: i64, decision: Decision, actor: &str) -> Result<Application> {
        let app = self.application(application_id)?;
        let cycle = self.cycle(app.cycle_id)?;
        let rules = self.selection_rules(cycle.id)?;
        if let Some(why) = self.select_blocked(&cycle, &rules) {
            return Err(not_allowed(why));
        }
        if app.status == Status::Withdrawn {
            return Err(not_allowed(format!("{} has withdrawn.", applicant_label(&app))));
        }
        let (status, action) = match decision {
            Decision::Selected => (Status::Selected, "selected"),
            Decision::Waiting => (Status::Waiting, "waiting"),
            Decision::NotSelected => (Status::Declined, "not_selected"),
        };
        if app.status == status {
            return Ok(app);
        }
        if decision != Decision::NotSelected && !app.eligibility.eligible {
            return Err(not_allowed(format!("{} is not eligible: {}", applicant_label(&app), app.eligibility.reasons.join(" "))));
        }
        if decision == Decision::Selected {
            let (_, label, slots) = pools_of(&cycle).into_iter().find(|(r, _, _)| *r == app.role).unwrap_or((app.role, "", 0));
            let taken = self.selected_counts(&cycle)?.into_iter().find(|(r, _, _)| *r == app.role).map_or(0, |(_, _, n)| n);
            if taken >= slots {
                return Err(not_allowed(format!("All {slots} places for {} are taken: move someone to the waiting list first.", label.to_lowercase())));
            }
        }
        let tx = self.conn_mut().transaction()?;
        let rank: Option<u32> = if decision == Decision::Waiting {
            tx.query_row(
                "SELECT coalesce(max(waiting_rank), 0) + 1 FROM applications WHERE cycle_id = ?1 AND role = ?2 AND status = 'waiting'",
                params![cycle.id, app.role.as_str()],
                |r| r.get(0),
            )?
        } else {
            None
        };
        tx.execute(
            "UPDATE applications SET status = ?2, waiting_rank = ?3, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            params![app.id, status.as_str(), rank],
        )?;
        tx.execute(
            "INSERT INTO selection_events (id, cycle_id, application_id, action, actor, detail) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'selection_events'), ?1, ?2, ?3, ?4, 'decided by hand')",
            params![cycle.id, app.id, action, actor],
        )?;
        renumber_waiting(&tx, cycle.id, app.role)?;
        tx.commit()?;
        self.application(app.id)
    }

    /// The applicant withdraws. The application stays, marked. When it held a place and the
    /// cycle is still before the award, the first on the waiting list of the same pool is
    /// offered the place; both moves are recorded with who and when.
    pub fn withdraw(&mut self, application_id: i64, actor: &str) -> Result<Withdrawal> {
        let app = self.application(application_id)?;
        if app.status == Status::Withdrawn {
            return Err(not_allowed(format!("Application #{application_id} is already withdrawn.")));
        }
        let cycle = self.cycle(app.cycle_id)?;
        let was_selected = app.status == Status::Selected;
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "UPDATE applications SET status = 'withdrawn', waiting_rank = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            [app.id],
        )?;
        tx.execute(
            "INSERT INTO selection_events (id, cycle_id, application_id, action, actor, detail) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'selection_events'), ?1, ?2, 'withdrawn', ?3, ?4)",
            params![cycle.id, app.id, actor, if was_selected { "gave up a selected place" } else { "" }],
        )?;
        let mut promoted_id = None;
        let mut note = None;
        if was_selected {
            if cycle.phase >= Phase::Awarded {
                note = Some(format!("'{}' is {}: the place is not offered again automatically.", cycle.title, cycle.phase.label().to_lowercase()));
            } else {
                let next: Option<i64> = tx
                    .query_row(
                        "SELECT id FROM applications WHERE cycle_id = ?1 AND role = ?2 AND status = 'waiting' ORDER BY waiting_rank, submitted_at, id LIMIT 1",
                        params![cycle.id, app.role.as_str()],
                        |r| r.get(0),
                    )
                    .optional()?;
                match next {
                    Some(id) => {
                        tx.execute(
                            "UPDATE applications SET status = 'selected', waiting_rank = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
                            [id],
                        )?;
                        tx.execute(
                            "INSERT INTO selection_events (id, cycle_id, application_id, action, replaces_id, actor, detail)
                             VALUES ((SELECT id FROM team_next_id WHERE tbl = 'selection_events'), ?1, ?2, 'promoted', ?3, ?4, 'offered the place from the waiting list')",
                            params![cycle.id, id, app.id, actor],
                        )?;
                        promoted_id = Some(id);
                    }
                    None => note = Some("The waiting list is empty: the place stays free.".to_string()),
                }
            }
        }
        renumber_waiting(&tx, cycle.id, app.role)?;
        tx.commit()?;
        Ok(Withdrawal { withdrawn: self.application(app.id)?, promoted: promoted_id.map(|id| self.application(id)).transpose()?, note })
    }

    /// The decisions of a cycle, latest first.
    pub fn selection_events(&self, cycle_id: i64) -> Result<Vec<SelectionEvent>> {
        let mut stmt = self.conn().prepare(
            "SELECT e.application_id, h.name, a.person_name, a.role, e.action, e.replaces_id, rh.name, r.person_name, r.role, e.actor, e.detail, e.at
               FROM selection_events e JOIN applications a ON a.id = e.application_id JOIN hubs h ON h.id = a.hub_id
               LEFT JOIN applications r ON r.id = e.replaces_id LEFT JOIN hubs rh ON rh.id = r.hub_id
              WHERE e.cycle_id = ?1 ORDER BY e.id DESC",
        )?;
        let label = |hub: String, person: String, role: String| applicant_name(&person, &hub, Role::parse(&role).unwrap_or(Role::Visiting));
        let rows = stmt.query_map([cycle_id], |r| {
            let replaces = match (r.get::<_, Option<String>>(6)?, r.get::<_, Option<String>>(7)?, r.get::<_, Option<String>>(8)?) {
                (Some(h), Some(p), Some(role)) => Some(label(h, p, role)),
                _ => None,
            };
            Ok(SelectionEvent {
                application_id: r.get(0)?,
                applicant: label(r.get(1)?, r.get(2)?, r.get(3)?),
                action: r.get(4)?,
                replaces_id: r.get(5)?,
                replaces,
                actor: r.get(9)?,
                detail: r.get(10)?,
                at: r.get(11)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// For first come, first served cycles: decide again after every new application.
    pub(crate) fn auto_select(&mut self, cycle_id: i64, actor: &str) -> Result<()> {
        let cycle = self.cycle(cycle_id)?;
        let rules = self.selection_rules(cycle_id)?;
        if rules.method == SelectionMethod::FirstCome && self.select_blocked(&cycle, &rules).is_none() {
            self.select(cycle_id, actor)?;
        }
        Ok(())
    }

    /// How many places of each pool are filled: (role, selected) pairs, for the phase guards.
    pub(crate) fn selected_counts(&self, cycle: &Cycle) -> Result<Vec<(Role, &'static str, u32)>> {
        pools_of(cycle)
            .into_iter()
            .map(|(role, label, _)| {
                let n: u32 = self.conn().query_row(
                    "SELECT count(*) FROM applications WHERE cycle_id = ?1 AND role = ?2 AND status = 'selected'",
                    params![cycle.id, role.as_str()],
                    |r| r.get(0),
                )?;
                Ok((role, label, n))
            })
            .collect()
    }
}

fn write_rules(conn: &rusqlite::Connection, cycle_id: i64, r: &SelectionRules) -> Result<()> {
    conn.execute(
        "INSERT INTO selection_rules (cycle_id, method, place_cost_cents, min_participants) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (cycle_id) DO UPDATE SET method = excluded.method, place_cost_cents = excluded.place_cost_cents,
            min_participants = excluded.min_participants",
        params![cycle_id, r.method.as_str(), r.place_cost_cents, r.min_participants],
    )?;
    Ok(())
}

/// One application's scores: criterion → (sum, count), and its reviewers in order.
type Scores = (HashMap<i64, (u64, u64)>, Vec<String>);

fn renumber_waiting(conn: &rusqlite::Connection, cycle_id: i64, role: Role) -> Result<()> {
    let mut stmt = conn.prepare("SELECT id FROM applications WHERE cycle_id = ?1 AND role = ?2 AND status = 'waiting' ORDER BY waiting_rank, submitted_at, id")?;
    let ids = stmt.query_map(params![cycle_id, role.as_str()], |r| r.get::<_, i64>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
    for (i, id) in ids.iter().enumerate() {
        conn.execute("UPDATE applications SET waiting_rank = ?2 WHERE id = ?1", params![id, i as i64 + 1])?;
    }
    Ok(())
}

/// 7850 → "78.50".
pub fn centi_text(centi: u32) -> String {
    format!("{}.{:02}", centi / 100, centi % 100)
}
