//! Grants: one per selected application, computed from the cycle's rule set (`rules.rs`) as
//! lines of quantity × rate = amount, each naming the component and the rule-set version that
//! produced it. Drafts follow the rules and inputs; an awarded grant is frozen and changes only
//! by an amendment with a reason, kept in the grant's history.
//!
//! [`compute`] is a pure function of the rules and one application's facts, so it is tested
//! table by table and measured without a database; the store part reads the facts, keeps each
//! draft's total (its lines are computed whenever shown), freezes the lines of an awarded grant
//! and keeps budgets.
//!
//! The parts: `lines.rs` is the pure computation, `store.rs` keeps the grants and the budget,
//! `awards.rs` awards, amends and cancels them.

mod awards;
mod lines;
mod store;

use serde::{Deserialize, Serialize};
use time::Date;
use ts_rs::TS;

use crate::intake::applications::{Role, TravelMode};
use crate::platform::dates::DATE_FORMAT;
use crate::platform::said::Phrase;
use crate::funding::payments::GrantPayments;

pub use lines::{band_text, compute, compute_total, total, GrantFacts, GrantLine, Place};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GrantState {
    /// Follows the rules and inputs.
    Draft,
    /// Frozen: changes only by amendment.
    Awarded,
    Cancelled,
}

impl GrantState {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            GrantState::Draft => "draft",
            GrantState::Awarded => "awarded",
            GrantState::Cancelled => "cancelled",
        }
    }
    pub(crate) fn parse(text: &str) -> GrantState {
        match text {
            "awarded" => GrantState::Awarded,
            "cancelled" => GrantState::Cancelled,
            _ => GrantState::Draft,
        }
    }
}

/// A grant as listed in a cycle's grants table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Grant {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub cycle_id: i64,
    #[ts(type = "number")]
    pub application_id: i64,
    pub applicant: String,
    pub hub_name: String,
    pub hub_country: String,
    pub host_name: Option<String>,
    pub role: Role,
    pub travellers: u32,
    pub travel_mode: TravelMode,
    pub state: GrantState,
    /// Why a draft cannot be computed; empty when it is.
    pub blocked: Phrase,
    #[ts(type = "number")]
    pub total_cents: i64,
    pub rule_set_version: Option<u32>,
    /// 0 until awarded; 1 when awarded; +1 per amendment.
    pub revision: u32,
    pub awarded_at: Option<String>,
    pub awarded_by: String,
    /// The application was withdrawn after the award: the grant needs cancelling.
    pub application_withdrawn: bool,
    /// Instalments paid less what was recovered.
    #[ts(type = "number")]
    pub paid_cents: i64,
    pub report_received_on: Option<String>,
}

/// What the budget looks like against the envelope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Budget {
    pub year: i32,
    #[ts(type = "number")]
    pub envelope_cents: i64,
    #[ts(type = "number")]
    pub awarded_cents: i64,
    #[ts(type = "number")]
    pub draft_cents: i64,
    /// Awarded + draft.
    #[ts(type = "number")]
    pub committed_cents: i64,
    /// Envelope − committed (negative when over).
    #[ts(type = "number")]
    pub remaining_cents: i64,
    /// Every cycle of the same year: envelopes and committed grants.
    #[ts(type = "number")]
    pub year_envelope_cents: i64,
    #[ts(type = "number")]
    pub year_committed_cents: i64,
}

/// A cycle's grants with their budget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct GrantsOverview {
    #[ts(type = "number")]
    pub cycle_id: i64,
    pub rule_set_version: u32,
    pub grants: Vec<Grant>,
    pub budget: Budget,
    /// Selected applications of the cycle (each has a grant).
    pub selected: u32,
}

/// An award, amendment or cancellation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct GrantRevision {
    pub revision: u32,
    pub action: String,
    #[ts(type = "number")]
    pub total_cents: i64,
    pub lines: Vec<GrantLine>,
    pub reason: String,
    pub actor: String,
    pub at: String,
}

/// What staff record for a grant beyond the application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GrantInputs {
    /// Declared travel cost per traveller (capped travel), cents.
    #[ts(type = "number | null")]
    pub travel_cost_cents: Option<i64>,
    /// Declared real costs of inclusion or accessibility, cents.
    #[ts(type = "number | null")]
    pub inclusion_cents: Option<i64>,
    pub visa_travellers: u32,
    /// Raised by every save (an answer only: a save states the version its form read as an
    /// argument of its own).
    #[serde(default)]
    #[ts(type = "number")]
    pub version: i64,
}

/// One grant, line by line, with where each figure comes from.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct GrantDetail {
    pub grant: Grant,
    pub lines: Vec<GrantLine>,
    pub inputs: GrantInputs,
    /// From the home hub: "Hub, City (CC)".
    pub origin: String,
    pub host: Option<String>,
    /// The dates the grant counts: a P2P pair's agreed visit, else the application's own dates
    /// (a person's stay); `None` while they are not known or not agreed.
    pub activity: Option<DateSpan>,
    /// For a P2P hub: the days it said it is available, within which the visit falls.
    pub availability: Option<DateSpan>,
    /// A P2P pair whose visit dates are not agreed yet (its letter says so).
    pub visit_to_agree: bool,
    /// For an awarded grant: what the rules and inputs in force would give now, if that differs
    /// (an amendment would apply it). `None` when nothing would change.
    pub pending: Option<Vec<GrantLine>>,
    /// Why the rules and inputs in force cannot be computed for an awarded grant; empty when
    /// they can.
    pub pending_blocked: Phrase,
    pub history: Vec<GrantRevision>,
    /// The instalments and recoveries of an awarded or cancelled grant; `None` for a draft.
    pub payments: Option<GrantPayments>,
}

/// Dates from one day to another, both included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DateSpan {
    pub from: String,
    pub to: String,
    pub days: u32,
}

impl DateSpan {
    fn of(from: &Option<String>, to: &Option<String>) -> Option<DateSpan> {
        let (from, to) = (from.clone()?, to.clone()?);
        let days = days_inclusive(Some(from.clone()), Some(to.clone()))?;
        Some(DateSpan { from, to, days })
    }
}

/// What a recomputation did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, TS)]
pub struct RecomputeSummary {
    pub computed: u32,
    pub blocked: u32,
    pub frozen: u32,
    pub removed: u32,
}

/// The budget effect of a rule set before it is saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct WhatIf {
    #[ts(type = "number")]
    pub envelope_cents: i64,
    /// Committed now (awarded + drafts).
    #[ts(type = "number")]
    pub current_cents: i64,
    /// Committed under the candidate rules (awarded grants stay as they are).
    #[ts(type = "number")]
    pub candidate_cents: i64,
    pub changes: Vec<WhatIfChange>,
    /// Awarded grants whose amount the candidate rules would change (only by amendment).
    pub awarded_affected: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct WhatIfChange {
    #[ts(type = "number")]
    pub grant_id: i64,
    pub applicant: String,
    #[ts(type = "number")]
    pub current_cents: i64,
    #[ts(type = "number | null")]
    pub candidate_cents: Option<i64>,
    /// Why the candidate rules cannot compute it; empty when they can.
    pub blocked: Phrase,
}

/// The result of awarding: how many, and the new budget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AwardSummary {
    pub awarded: u32,
    pub skipped_blocked: u32,
    pub budget: Budget,
}

fn days_inclusive(from: Option<String>, to: Option<String>) -> Option<u32> {
    let from = Date::parse(from?.as_str(), DATE_FORMAT).ok()?;
    let to = Date::parse(to?.as_str(), DATE_FORMAT).ok()?;
    u32::try_from((to - from).whole_days() + 1).ok().filter(|d| *d > 0)
}
