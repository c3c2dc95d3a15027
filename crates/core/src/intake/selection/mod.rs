//! Selection: the criteria and rules of a cycle, reviewers' scores, the ranking, the decision
//! (selected, waiting list, not eligible) and the promotion from the waiting list when a
//! selected applicant withdraws. Every decision is recorded with who made it and when.
//!
//! The score of an application is the weighted mean of its criteria, each criterion being the
//! mean of its reviewers' scores scaled to 0-100; it is kept in hundredths of a point so that
//! rankings compare integers and ties are exact. Ties go to the earlier submission.
//!
//! Alongside that plain mean, each application has a score normalised per reviewer (`fair.rs`:
//! z-scores put back on the 0–100 scale), and the cycle's rules say which of the two selects.
//!
//! The parts: `settings.rs` keeps the criteria and rules, `scores.rs` the reviewers' scores and
//! the ranking, `fair.rs` the normalised scores, `decisions.rs` the selection, the decisions by
//! hand and withdrawals.

mod decisions;
pub mod fair;
mod scores;
mod settings;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::intake::applications::{Application, Role};
use crate::cycle::cycles::{Cycle, Phase};
use crate::platform::error::{Error, ErrorCode};
use crate::platform::said::Phrase;
use crate::registry::hubs::Maturity;
use crate::cycle::programmes::Shape;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Criterion {
    #[ts(type = "number")]
    pub id: i64,
    pub label: String,
    /// Relative weight; the ranking divides by the sum of the weights.
    pub weight: u32,
    /// Scores run from 0 to this.
    pub max_score: u32,
    /// In a blind review, scored by the secretariat after unblinding (it needs to know who
    /// applied: geographical balance), not by the reviewers.
    #[serde(default)]
    pub by_staff: bool,
}

/// The signature of the secretariat's scores of the criteria it scores in a blind review.
pub const STAFF_SIGNATURE: &str = "Secretariat";

/// Which criteria a scorecard signed `reviewer` scores: all of them, except in a blind review,
/// where the secretariat scores the criteria marked `by_staff` and the reviewers the others.
pub fn criteria_scored_by<'c>(criteria: &'c [Criterion], blind: bool, reviewer: &str) -> Vec<&'c Criterion> {
    let staff = reviewer == STAFF_SIGNATURE;
    criteria.iter().filter(|c| !blind || c.by_staff == staff).collect()
}

/// A criterion in the settings form; `id` is empty for a new one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CriterionInput {
    #[ts(type = "number | null")]
    pub id: Option<i64>,
    pub label: String,
    pub weight: u32,
    pub max_score: u32,
    #[serde(default)]
    pub by_staff: bool,
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

/// Which score ranks the applications of a cycle that selects by ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ScoreBasis {
    /// The weighted mean of the reviewers' scores.
    #[default]
    Mean,
    /// The reviewers' scores normalised per reviewer (see `fair.rs`).
    Normalised,
}

impl ScoreBasis {
    fn as_str(self) -> &'static str {
        match self {
            ScoreBasis::Mean => "mean",
            ScoreBasis::Normalised => "normalised",
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
    /// Which score ranks (selecting by ranking only).
    #[serde(default)]
    pub score_basis: ScoreBasis,
    /// Blind review: reviewers see no applicant's name, hub or country (staff see everything).
    #[serde(default)]
    pub blind: bool,
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
    /// The reviewers' scores normalised per reviewer, out of 100, in hundredths.
    pub normalised_centi: Option<u32>,
    /// Each reviewer's total and its normalised figure, for the *Why?*.
    pub by_reviewer: Vec<fair::ReviewerScore>,
    /// Each criterion's mean, out of 100, in hundredths; in the order of the criteria.
    pub criterion_centi: Vec<Option<u32>>,
    /// Who scored it (and counts), in the order they did.
    pub reviewers: Vec<String>,
    /// Reviewers with a conflict of interest with it: they do not review it, and any scores of
    /// theirs do not count.
    pub abstained: Vec<String>,
    /// 1 for the best eligible application still in the running; none for the others.
    pub rank: Option<u32>,
}

/// The applications that compete for one set of slots (P2P: visiting, hosting).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Pool {
    pub role: Role,
    /// "Visiting hubs".
    pub label: Phrase,
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
    pub detail: Phrase,
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
    /// The pool of every reviewer's totals that normalisation places them in.
    pub pool: fair::PoolFigures,
    /// Whether "select" can run now, and if not why.
    pub can_select: bool,
    pub select_blocked: Option<Phrase>,
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
    pub note: Option<Phrase>,
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
        Shape::HubsAlliance => SelectionRules { method: SelectionMethod::FirstCome, place_cost_cents: Some(117_500), min_participants: None, score_basis: ScoreBasis::Mean, blind: false },
        Shape::Workshops => SelectionRules { method: SelectionMethod::Ranking, place_cost_cents: None, min_participants: Some(15), score_basis: ScoreBasis::Mean, blind: false },
        _ => SelectionRules { method: SelectionMethod::Ranking, place_cost_cents: None, min_participants: None, score_basis: ScoreBasis::Mean, blind: false },
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

/// The key of a pool's label (see `pools_of`) in the messages, which word it in each language;
/// `none` for no pool.
pub(crate) fn pool_key(label: &str) -> &'static str {
    match label {
        "Visiting hubs" => "visiting",
        "Hosting hubs" => "hosting",
        "Staff members" => "staff",
        "Alliance professionals" => "alliance",
        "Proposing hubs" => "proposing",
        _ => "none",
    }
}

/// A pool's label (see `pools_of`) as the window shows it, in its language.
fn pool_label(label: &str) -> Phrase {
    match pool_key(label) {
        "none" => Phrase::from(label),
        key => crate::phrase!("said-intake-pool", pool = key),
    }
}

fn not_allowed(message: impl crate::platform::said::Wording) -> Error {
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

/// 7850 → "78.50".
pub fn centi_text(centi: u32) -> String {
    format!("{}.{:02}", centi / 100, centi % 100)
}
