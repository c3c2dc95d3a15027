//! Grants: one per selected application, computed from the cycle's rule set (`rules.rs`) as
//! lines of quantity × rate = amount, each naming the component and the rule-set version that
//! produced it. Drafts follow the rules and inputs; an awarded grant is frozen and changes only
//! by an amendment with a reason, kept in the grant's history.
//!
//! [`compute`] is a pure function of the rules and one application's facts, so it is tested
//! table by table and measured without a database; the store part reads the facts, keeps each
//! draft's total (its lines are computed whenever shown), freezes the lines of an awarded grant
//! and keeps budgets.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use time::Date;
use ts_rs::TS;

use crate::intake::applications::{Role, Status, TravelMode};
use crate::platform::dates::DATE_FORMAT;
use crate::funding::distance::{band_amount, band_for, band_km, DistanceBand};
use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::money::format_euros;
use crate::funding::payments::GrantPayments;
use crate::funding::rules::{CountryRate, Rule, RuleSetBody};
use crate::intake::selection::applicant_name;
use crate::platform::store::Store;

/// Where a traveller leaves from or goes to.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub hub: String,
    pub city: String,
    pub country: String,
    /// Latitude and longitude in decimal degrees; `None` when the hub has none.
    pub coordinates: Option<(f64, f64)>,
}

/// The facts of one application that its grant depends on.
#[derive(Debug, Clone, PartialEq)]
pub struct GrantFacts {
    /// How the applicant is named in messages.
    pub applicant: String,
    pub role: Role,
    pub travellers: u32,
    pub travel_mode: TravelMode,
    /// Days of the activity, first and last included; `None` when the dates are not known.
    pub activity_days: Option<u32>,
    pub origin: Place,
    /// The host hub (P2P: the partner; Staff Exchange and Hubs Alliance: the host).
    pub host: Option<Place>,
    /// Declared travel cost per traveller, for capped travel.
    pub travel_cost_cents: Option<i64>,
    /// Declared real costs of inclusion or accessibility, for the grant.
    pub inclusion_cents: Option<i64>,
    pub visa_travellers: u32,
    /// A P2P visiting hub whose pair has no agreed visit dates yet: `activity_days` are then
    /// its availability, and the rule set's `undated_visits` says what the grant does.
    pub visit_undated: bool,
}

/// One line of a grant: `quantity × unit_cents = amount_cents`, except the cap line, whose
/// amount is the reduction (zero or negative).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GrantLine {
    /// 1, 2 ... when several travel; `None` for the grant as a whole or a single traveller.
    pub traveller: Option<u32>,
    /// The rule's kind (`distance_band`, `subsistence`, `grant_cap` ...).
    pub kind: String,
    /// The component that produced it, by its label in the rule set.
    pub rule: String,
    pub rule_version: u32,
    /// What the line is, as printed.
    pub label: String,
    pub quantity: u32,
    #[ts(type = "number")]
    pub unit_cents: i64,
    #[ts(type = "number")]
    pub amount_cents: i64,
    /// One-way great-circle distance, whole km, for distance-band travel.
    pub km: Option<u32>,
    /// The band it fell in, e.g. "500–1,999 km".
    pub band: Option<String>,
    /// Where the figures come from, in words.
    pub note: String,
}

fn km_text(km: u32) -> String {
    let digits = km.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

pub fn band_text(band: &DistanceBand) -> String {
    match band.to_km {
        Some(to) => format!("{}–{} km", km_text(band.from_km), km_text(to)),
        None => format!("{}+ km", km_text(band.from_km)),
    }
}

/// `amount × percent / 100`, rounded half up to the cent.
fn percent_of(cents: i64, percent: u32) -> i64 {
    (cents * i64::from(percent) + 50).div_euclid(100)
}

fn group_rate<'a>(groups: &'a [CountryRate], country: &str) -> Option<&'a CountryRate> {
    groups.iter().find(|g| g.countries.iter().any(|c| c == country))
}

struct Builder<'a> {
    version: u32,
    facts: &'a GrantFacts,
    lines: Vec<GrantLine>,
}

impl Builder<'_> {
    #[allow(clippy::too_many_arguments)]
    fn push(&mut self, traveller: Option<u32>, rule: &Rule, component: &str, label: String, quantity: u32, unit_cents: i64, note: String) {
        self.lines.push(GrantLine {
            traveller,
            kind: rule.kind().to_string(),
            rule: component.to_string(),
            rule_version: self.version,
            label,
            quantity,
            unit_cents,
            amount_cents: i64::from(quantity) * unit_cents,
            km: None,
            band: None,
            note,
        });
    }

    fn host(&self, component: &str) -> Result<&Place, String> {
        self.facts.host.as_ref().ok_or_else(|| {
            let what = if self.facts.role == Role::Visiting { "a hosting hub paired with it" } else { "a host hub" };
            format!("{} has no host yet, and '{component}' depends on where it goes: give it {what} first.", self.facts.applicant)
        })
    }

    fn days(&self, component: &str) -> Result<u32, String> {
        self.facts.activity_days.ok_or_else(|| {
            format!("{} has no activity dates, and '{component}' is paid by the day: enter the first and last day in the application.", self.facts.applicant)
        })
    }

    /// The day or night rate for the destination, with the words that explain it.
    fn rate(&self, component: &str, base: i64, groups: &[CountryRate]) -> Result<(i64, String), String> {
        if groups.is_empty() {
            return Ok((base, String::new()));
        }
        let host = self.host(component)?;
        Ok(match group_rate(groups, &host.country) {
            Some(g) => (g.rate_cents, format!("{} rate for {}", g.group, host.country)),
            None => (base, format!("{} is in no country group: the base rate applies", host.country)),
        })
    }
}

fn coordinates(place: &Place) -> Result<(f64, f64), String> {
    place.coordinates.ok_or_else(|| format!("{} ({}) has no coordinates, so the travel distance cannot be computed: add them in Hubs.", place.hub, place.city))
}

/// The lines of one grant under a rule set, or why it cannot be computed (a missing host,
/// coordinates or dates), in words naming what to fix.
pub fn compute(rules: &RuleSetBody, version: u32, facts: &GrantFacts) -> Result<Vec<GrantLine>, String> {
    if facts.visit_undated && rules.undated_visits == crate::funding::rules::UndatedVisits::Blocked {
        return Err(format!(
            "The dates of {}'s visit are not agreed yet: set them on its pair (Applications → Pairing → Visit dates…). The cycle's rules block undated visits.",
            facts.applicant
        ));
    }
    let mut b = Builder { version, facts, lines: Vec::new() };
    let applies: Vec<_> = rules.components.iter().filter(|c| c.roles.contains(&facts.role)).collect();
    let per_traveller = |r: &Rule| matches!(r, Rule::DistanceBand { .. } | Rule::CappedTravel { .. } | Rule::Subsistence { .. } | Rule::Accommodation { .. } | Rule::GreenTopUp { .. });
    let green = facts.travel_mode == TravelMode::Green;
    for t in 1..=facts.travellers {
        let traveller = (facts.travellers > 1).then_some(t);
        for c in applies.iter().filter(|c| per_traveller(&c.rule)) {
            let name = c.label.as_str();
            match &c.rule {
                Rule::DistanceBand { bands } => {
                    let host = b.host(name)?.clone();
                    let (lat1, lon1) = coordinates(&facts.origin)?;
                    let (lat2, lon2) = coordinates(&host)?;
                    let km = band_km(lat1, lon1, lat2, lon2);
                    let route = format!("{} → {}, {} km one way", facts.origin.city, host.city, km_text(km));
                    let expensive = applies.iter().find_map(|e| match e.rule {
                        Rule::ExpensiveTravel { below_percent, share_percent } => Some((below_percent, share_percent)),
                        _ => None,
                    });
                    let (unit, band, note) = match band_for(bands, km) {
                        Some(band) => {
                            let amount = band_amount(band, facts.travel_mode);
                            let mode = match (green, band.green_cents.is_some()) {
                                (true, true) => "green rate",
                                (true, false) => "no green rate in this band: standard rate",
                                _ => "standard rate",
                            };
                            match (expensive, facts.travel_cost_cents) {
                                // The band covers less than the threshold of the real cost:
                                // a share of the real cost instead (integer cents, half up).
                                (Some((below, share)), Some(cost)) if cost > 0 && i128::from(amount) * 100 < i128::from(cost) * i128::from(below) => {
                                    let paid = ((i128::from(cost) * i128::from(share) + 50) / 100) as i64;
                                    (
                                        paid,
                                        Some(band_text(band)),
                                        format!(
                                            "{route}; expensive travel: the band's {} covers less than {below} % of the real cost of {}, so {share} % of that cost",
                                            format_euros(amount),
                                            format_euros(cost)
                                        ),
                                    )
                                }
                                _ => (amount, Some(band_text(band)), format!("{route}; {mode}; return trip")),
                            }
                        }
                        None => {
                            let lowest = bands.iter().map(|b| b.from_km).min().unwrap_or(0);
                            let why = if km < lowest { format!("below the lowest band ({} km)", km_text(lowest)) } else { "in no band".to_string() };
                            (0, None, format!("{route}: {why}, so no travel grant"))
                        }
                    };
                    b.push(traveller, &c.rule, name, c.label.clone(), 1, unit, note);
                    if let Some(line) = b.lines.last_mut() {
                        line.km = Some(km);
                        line.band = band;
                    }
                }
                Rule::CappedTravel { cap_cents } => {
                    let (unit, note) = match facts.travel_cost_cents {
                        Some(cost) if cost > *cap_cents => (*cap_cents, format!("declared {}, capped at {}", format_euros(cost), format_euros(*cap_cents))),
                        Some(cost) => (cost, format!("declared cost (cap {})", format_euros(*cap_cents))),
                        None => (*cap_cents, format!("no cost declared yet: the cap of {} is reserved", format_euros(*cap_cents))),
                    };
                    b.push(traveller, &c.rule, name, c.label.clone(), 1, unit, note);
                }
                Rule::Subsistence { rate_cents, groups, max_days, travel_days, green_travel_days, reduced_after_day, reduced_percent } => {
                    let activity = b.days(name)?;
                    let (rate, rate_note) = b.rate(name, *rate_cents, groups)?;
                    let funded_activity = max_days.map_or(activity, |m| activity.min(m));
                    let travel = if green { *green_travel_days } else { *travel_days };
                    let days = funded_activity + travel;
                    let mut basis = match max_days {
                        Some(m) if activity > *m => format!("{activity} activity days, at most {m} funded"),
                        _ => format!("{funded_activity} activity day(s)"),
                    };
                    if travel > 0 {
                        basis.push_str(&format!(" + {travel} travel day(s){}", if green { " (green travel)" } else { "" }));
                    }
                    if !rate_note.is_empty() {
                        basis.push_str(&format!("; {rate_note}"));
                    }
                    match reduced_after_day {
                        Some(after) if days > *after && *reduced_percent < 100 => {
                            b.push(traveller, &c.rule, name, format!("{}, days 1–{after}", c.label), *after, rate, basis);
                            let reduced = percent_of(rate, *reduced_percent);
                            let note = format!("from day {} at {reduced_percent} % of {}", after + 1, format_euros(rate));
                            b.push(traveller, &c.rule, name, format!("{}, days {}–{days}", c.label, after + 1), days - after, reduced, note);
                        }
                        _ => b.push(traveller, &c.rule, name, c.label.clone(), days, rate, basis),
                    }
                }
                Rule::Accommodation { rate_cents, groups, max_nights } => {
                    let activity = b.days(name)?;
                    let (rate, rate_note) = b.rate(name, *rate_cents, groups)?;
                    let nights = activity.saturating_sub(1);
                    let funded = max_nights.map_or(nights, |m| nights.min(m));
                    let mut note = match max_nights {
                        Some(m) if nights > *m => format!("{nights} nights, at most {m} funded"),
                        _ => format!("{funded} night(s) of a {activity}-day stay"),
                    };
                    if !rate_note.is_empty() {
                        note.push_str(&format!("; {rate_note}"));
                    }
                    b.push(traveller, &c.rule, name, c.label.clone(), funded, rate, note);
                }
                Rule::GreenTopUp { amount_cents } if green => {
                    b.push(traveller, &c.rule, name, c.label.clone(), 1, *amount_cents, "travels green".to_string());
                }
                _ => {}
            }
        }
    }
    for c in applies.iter().filter(|c| !per_traveller(&c.rule)) {
        let name = c.label.as_str();
        match &c.rule {
            Rule::LumpSum { amount_cents } => b.push(None, &c.rule, name, c.label.clone(), 1, *amount_cents, "lump sum".to_string()),
            Rule::InclusionTopUp { cap_cents } => match facts.inclusion_cents {
                Some(cost) if cost > 0 => {
                    let (unit, note) = if cost > *cap_cents {
                        (*cap_cents, format!("real costs of {}, capped at {}", format_euros(cost), format_euros(*cap_cents)))
                    } else {
                        (cost, format!("real costs (cap {})", format_euros(*cap_cents)))
                    };
                    b.push(None, &c.rule, name, c.label.clone(), 1, unit, note);
                }
                _ => {}
            },
            Rule::VisaTopUp { amount_cents } if facts.visa_travellers > 0 => {
                let n = facts.visa_travellers.min(facts.travellers.max(1));
                b.push(None, &c.rule, name, c.label.clone(), n, *amount_cents, format!("{n} traveller(s) need a visa"));
            }
            _ => {}
        }
    }
    if let Some(c) = applies.iter().find(|c| matches!(c.rule, Rule::GrantCap { .. })) {
        if let Rule::GrantCap { cap_cents } = c.rule {
            let subtotal: i64 = b.lines.iter().map(|l| l.amount_cents).sum();
            let reduction = (subtotal - cap_cents).max(0);
            let note = if reduction > 0 {
                format!("the lines add up to {}; the grant is at most {}", format_euros(subtotal), format_euros(cap_cents))
            } else {
                format!("the lines add up to {}, within the cap of {}", format_euros(subtotal), format_euros(cap_cents))
            };
            b.lines.push(GrantLine {
                traveller: None,
                kind: c.rule.kind().to_string(),
                rule: c.label.clone(),
                rule_version: version,
                label: c.label.clone(),
                quantity: 1,
                unit_cents: -reduction,
                amount_cents: -reduction,
                km: None,
                band: None,
                note,
            });
        }
    }
    Ok(b.lines)
}

/// The total of a grant's lines.
pub fn total(lines: &[GrantLine]) -> i64 {
    lines.iter().map(|l| l.amount_cents).sum()
}

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
    pub blocked: String,
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
    pub pending_blocked: String,
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
    pub blocked: String,
}

/// The result of awarding: how many, and the new budget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AwardSummary {
    pub awarded: u32,
    pub skipped_blocked: u32,
    pub budget: Budget,
}

/// One selected application with everything its grant needs, read in one query.
struct Selected {
    application_id: i64,
    facts: GrantFacts,
}

fn days_inclusive(from: Option<String>, to: Option<String>) -> Option<u32> {
    let from = Date::parse(from?.as_str(), DATE_FORMAT).ok()?;
    let to = Date::parse(to?.as_str(), DATE_FORMAT).ok()?;
    u32::try_from((to - from).whole_days() + 1).ok().filter(|d| *d > 0)
}

const SELECTED_SQL: &str = "
    SELECT a.id, a.role, a.person_name, a.travellers, a.travel_mode,
           coalesce(x.visit_start, a.starts_on), coalesce(x.visit_end, a.ends_on),
           h.name, h.city, h.country, h.latitude, h.longitude,
           p.name, p.city, p.country, p.latitude, p.longitude,
           i.travel_cost_cents, i.inclusion_cents, coalesce(i.visa_travellers, 0),
           x.visiting_pair_id IS NOT NULL AND x.visit_start IS NULL
      FROM applications a
      JOIN hubs h ON h.id = a.hub_id
      JOIN application_hosts x ON x.application_id = a.id
      LEFT JOIN hubs p ON p.id = x.host_hub_id
      LEFT JOIN grant_inputs i ON i.application_id = a.id
     WHERE a.cycle_id = ?1 AND (?2 IS NULL OR a.id = ?2) AND (?3 = 0 OR a.status = 'selected')";

fn read_selected(r: &rusqlite::Row<'_>) -> rusqlite::Result<Selected> {
    let role = Role::parse(&r.get::<_, String>(1)?).unwrap_or(Role::Visiting);
    let person: String = r.get(2)?;
    let hub_name: String = r.get(7)?;
    let host_name: Option<String> = r.get(12)?;
    let host = match host_name {
        Some(hub) => Some(Place { hub, city: r.get(13)?, country: r.get(14)?, coordinates: coordinates_of(r.get(15)?, r.get(16)?) }),
        None => None,
    };
    let facts = GrantFacts {
        applicant: applicant_name(&person, &hub_name, role),
        role,
        travellers: r.get(3)?,
        travel_mode: if r.get::<_, String>(4)? == "green" { TravelMode::Green } else { TravelMode::Standard },
        activity_days: days_inclusive(r.get(5)?, r.get(6)?),
        origin: Place { hub: hub_name, city: r.get(8)?, country: r.get(9)?, coordinates: coordinates_of(r.get(10)?, r.get(11)?) },
        host,
        travel_cost_cents: r.get(17)?,
        inclusion_cents: r.get(18)?,
        visa_travellers: r.get(19)?,
        visit_undated: r.get(20)?,
    };
    Ok(Selected { application_id: r.get(0)?, facts })
}

fn coordinates_of(lat: Option<f64>, lon: Option<f64>) -> Option<(f64, f64)> {
    match (lat, lon) {
        (Some(lat), Some(lon)) if lat.is_finite() && lon.is_finite() => Some((lat, lon)),
        _ => None,
    }
}

const GRANT_SQL: &str = "
    SELECT g.id, g.cycle_id, g.application_id, a.person_name, h.name, h.country, p.name, a.role, a.travellers, a.travel_mode,
           g.state, g.blocked, g.total_cents, g.rule_set_version, g.revision, g.awarded_at, g.awarded_by, a.status,
           (SELECT coalesce(sum(CASE WHEN y.kind = 'instalment' THEN y.amount_cents ELSE -y.amount_cents END), 0)
              FROM payments y WHERE y.grant_id = g.id AND y.state = 'paid'),
           r.received_on
      FROM grants g
      JOIN applications a ON a.id = g.application_id
      JOIN hubs h ON h.id = a.hub_id
      JOIN application_hosts x ON x.application_id = a.id
      LEFT JOIN hubs p ON p.id = x.host_hub_id
      LEFT JOIN grant_reports r ON r.grant_id = g.id";

fn read_grant(r: &rusqlite::Row<'_>) -> rusqlite::Result<Grant> {
    let role = Role::parse(&r.get::<_, String>(7)?).unwrap_or(Role::Visiting);
    let person: String = r.get(3)?;
    let hub_name: String = r.get(4)?;
    let state = GrantState::parse(&r.get::<_, String>(10)?);
    Ok(Grant {
        id: r.get(0)?,
        cycle_id: r.get(1)?,
        application_id: r.get(2)?,
        applicant: applicant_name(&person, &hub_name, role),
        hub_name,
        hub_country: r.get(5)?,
        host_name: r.get(6)?,
        role,
        travellers: r.get(8)?,
        travel_mode: if r.get::<_, String>(9)? == "green" { TravelMode::Green } else { TravelMode::Standard },
        state,
        blocked: r.get(11)?,
        total_cents: r.get(12)?,
        rule_set_version: r.get(13)?,
        revision: r.get(14)?,
        awarded_at: r.get(15)?,
        awarded_by: r.get(16)?,
        application_withdrawn: state == GrantState::Awarded && r.get::<_, String>(17)? == Status::Withdrawn.as_str(),
        paid_cents: r.get(18)?,
        report_received_on: r.get(19)?,
    })
}

/// A grant as stored, for deciding whether a recomputation changes it.
struct Stored {
    id: i64,
    state: GrantState,
    version: Option<u32>,
    blocked: String,
    total_cents: i64,
}

fn lines_json(lines: &[GrantLine]) -> Result<String> {
    serde_json::to_string(lines).map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))
}

fn parse_lines(json: &str) -> Result<Vec<GrantLine>> {
    serde_json::from_str(json).map_err(|e| Error::new(ErrorCode::Internal, format!("A stored grant cannot be read: {e}")))
}

fn not_allowed(message: impl Into<String>) -> Error {
    Error::new(ErrorCode::NotAllowed, message)
}

impl Store {
    fn selected_for_grants(&self, cycle_id: i64, application: Option<i64>, only_selected: bool) -> Result<Vec<Selected>> {
        let mut stmt = self.conn().prepare_cached(SELECTED_SQL)?;
        let rows = stmt.query_map(params![cycle_id, application, only_selected], read_selected)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    fn write_lines(&self, grant_id: i64, lines: &[GrantLine]) -> Result<()> {
        self.conn().prepare_cached("UPDATE grants SET lines = ?2 WHERE id = ?1")?.execute(params![grant_id, lines_json(lines)?])?;
        Ok(())
    }

    /// A grant's lines: for a draft, what the rules in force give now (drafts are not
    /// stored line by line: they follow the rules); for an awarded or cancelled grant, the
    /// lines frozen when it was awarded or last amended.
    pub fn grant_lines(&self, grant_id: i64) -> Result<Vec<GrantLine>> {
        let row: Option<(i64, i64, String, String)> = self
            .conn()
            .prepare_cached("SELECT cycle_id, application_id, state, lines FROM grants WHERE id = ?1")?
            .query_row([grant_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .optional()?;
        let (cycle_id, application_id, state, json) = row.ok_or_else(|| Error::not_found(format!("There is no grant with id {grant_id}.")))?;
        if GrantState::parse(&state) != GrantState::Draft {
            return parse_lines(&json);
        }
        let rules = self.rule_set(cycle_id)?;
        match self.selected_for_grants(cycle_id, Some(application_id), false)?.first() {
            Some(s) => Ok(compute(&rules.body, rules.version, &s.facts).unwrap_or_default()),
            None => Err(Error::not_found("The grant's application is gone.")),
        }
    }

    /// Bring every draft grant of a cycle in line with its rules and inputs: a grant for each
    /// selected application, computed (or blocked, with the reason); drafts of applications no
    /// longer selected are removed. Awarded and cancelled grants are left as they are.
    pub fn recompute_drafts(&self, cycle_id: i64) -> Result<RecomputeSummary> {
        let rules = self.rule_set(cycle_id)?;
        // Inside a caller's transaction (saving rules or inputs) the work joins it.
        let tx = if self.conn().is_autocommit() { Some(self.conn().unchecked_transaction()?) } else { None };
        let mut existing: HashMap<i64, Stored> = HashMap::new();
        {
            let mut stmt = self.conn().prepare_cached("SELECT application_id, id, state, rule_set_version, blocked, total_cents FROM grants WHERE cycle_id = ?1")?;
            let rows = stmt.query_map([cycle_id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    Stored { id: r.get(1)?, state: GrantState::parse(&r.get::<_, String>(2)?), version: r.get(3)?, blocked: r.get(4)?, total_cents: r.get(5)? },
                ))
            })?;
            for row in rows {
                let (app, stored) = row?;
                existing.insert(app, stored);
            }
        }
        let mut summary = RecomputeSummary::default();
        let selected = self.selected_for_grants(cycle_id, None, true)?;
        let mut insert = self.conn().prepare_cached(
            "INSERT INTO grants (id, cycle_id, application_id, state, rule_set_version, total_cents, blocked) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'grants'), ?1, ?2, 'draft', ?3, ?4, ?5)",
        )?;
        let mut update = self.conn().prepare_cached(
            "UPDATE grants SET rule_set_version = ?2, total_cents = ?3, blocked = ?4, computed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
        )?;
        for s in &selected {
            let stored = existing.remove(&s.application_id);
            if stored.as_ref().is_some_and(|g| g.state != GrantState::Draft) {
                summary.frozen += 1;
                continue;
            }
            let (total_cents, blocked) = match compute(&rules.body, rules.version, &s.facts) {
                Ok(lines) => (total(&lines), String::new()),
                Err(why) => (0, why),
            };
            if blocked.is_empty() {
                summary.computed += 1;
            } else {
                summary.blocked += 1;
            }
            match stored {
                // Unchanged: nothing to write.
                Some(g) if g.total_cents == total_cents && g.blocked == blocked && g.version == Some(rules.version) => {}
                Some(g) => {
                    update.execute(params![g.id, rules.version, total_cents, blocked])?;
                }
                None => {
                    insert.execute(params![cycle_id, s.application_id, rules.version, total_cents, blocked])?;
                }
            }
        }
        for (_, stored) in existing {
            if stored.state == GrantState::Draft {
                self.conn().execute("DELETE FROM grants WHERE id = ?1", [stored.id])?;
                summary.removed += 1;
            } else {
                summary.frozen += 1;
            }
        }
        drop(insert);
        drop(update);
        if let Some(tx) = tx {
            tx.commit()?;
        }
        Ok(summary)
    }

    /// What each selected application's grant would come to under the rules in force, with the
    /// hosts given (by application) in place of the recorded ones: the cost of a pairing before
    /// it is confirmed. A grant that cannot be computed counts 0.
    pub(crate) fn grant_totals_with_hosts(&self, cycle_id: i64, hosts: &HashMap<i64, Place>) -> Result<HashMap<i64, i64>> {
        let rules = self.rule_set(cycle_id)?;
        let mut out = HashMap::new();
        for mut s in self.selected_for_grants(cycle_id, None, true)? {
            if let Some(host) = hosts.get(&s.application_id) {
                s.facts.host = Some(host.clone());
            }
            let cents = compute(&rules.body, rules.version, &s.facts).map(|l| total(&l)).unwrap_or(0);
            out.insert(s.application_id, cents);
        }
        Ok(out)
    }

    /// "An awarded grant for every selected application", naming those still in draft, for
    /// the move to In progress.
    pub(crate) fn missing_awards(&self, cycle_id: i64) -> Vec<String> {
        let drafts = match self.recompute_drafts(cycle_id).and_then(|_| self.grants(cycle_id)) {
            Ok(grants) => grants.into_iter().filter(|g| g.state == GrantState::Draft).map(|g| g.applicant).collect::<Vec<_>>(),
            Err(e) => return vec![e.message],
        };
        match drafts.as_slice() {
            [] => vec![],
            [one] => vec![format!("an awarded grant for every selected application ({one} is still a draft)")],
            many if many.len() <= 3 => vec![format!("an awarded grant for every selected application ({} are still drafts)", many.join(", "))],
            many => vec![format!("an awarded grant for every selected application ({} are still drafts, {} and others)", many.len(), many[..2].join(", "))],
        }
    }

    /// The cycle's grants (drafts brought up to date first) and its budget.
    pub fn grants_overview(&self, cycle_id: i64) -> Result<GrantsOverview> {
        self.recompute_drafts(cycle_id)?;
        let rules = self.rule_set(cycle_id)?;
        let grants = self.grants(cycle_id)?;
        let selected = grants.iter().filter(|g| !g.application_withdrawn && g.state != GrantState::Cancelled).count() as u32;
        Ok(GrantsOverview { cycle_id, rule_set_version: rules.version, budget: self.budget(cycle_id)?, grants, selected })
    }

    /// The cycle's grants as stored, hub by hub.
    pub fn grants(&self, cycle_id: i64) -> Result<Vec<Grant>> {
        let mut stmt = self.conn().prepare_cached(&format!("{GRANT_SQL} WHERE g.cycle_id = ?1 ORDER BY a.role DESC, h.sort_name, a.person_name, g.id"))?;
        let rows = stmt.query_map([cycle_id], read_grant)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    fn grant_row(&self, id: i64) -> Result<Grant> {
        self.conn()
            .query_row(&format!("{GRANT_SQL} WHERE g.id = ?1"), [id], read_grant)
            .optional()?
            .ok_or_else(|| Error::not_found(format!("There is no grant with id {id}.")))
    }

    /// The envelope against the grants, for the cycle and for its year.
    pub fn budget(&self, cycle_id: i64) -> Result<Budget> {
        let cycle = self.cycle(cycle_id)?;
        let (awarded_cents, draft_cents): (i64, i64) = self.conn().query_row(
            "SELECT coalesce(sum(CASE WHEN state = 'awarded' THEN total_cents END), 0),
                    coalesce(sum(CASE WHEN state = 'draft' AND blocked = '' THEN total_cents END), 0)
               FROM grants WHERE cycle_id = ?1",
            [cycle_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let (year_envelope_cents, year_committed_cents): (i64, i64) = self.conn().query_row(
            "SELECT coalesce(sum(c.budget_cents), 0),
                    coalesce(sum((SELECT coalesce(sum(g.total_cents), 0) FROM grants g WHERE g.cycle_id = c.id AND g.state IN ('draft', 'awarded'))), 0)
               FROM cycles c WHERE c.year = ?1",
            [cycle.year],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let committed_cents = awarded_cents + draft_cents;
        Ok(Budget {
            year: cycle.year,
            envelope_cents: cycle.budget_cents,
            awarded_cents,
            draft_cents,
            committed_cents,
            remaining_cents: cycle.budget_cents - committed_cents,
            year_envelope_cents,
            year_committed_cents,
        })
    }

    fn history(&self, grant_id: i64) -> Result<Vec<GrantRevision>> {
        let mut stmt = self.conn().prepare("SELECT revision, action, total_cents, lines, reason, actor, at FROM grant_history WHERE grant_id = ?1 ORDER BY id")?;
        let rows = stmt.query_map([grant_id], |r| {
            let lines: String = r.get(3)?;
            Ok(GrantRevision {
                revision: r.get(0)?,
                action: r.get(1)?,
                total_cents: r.get(2)?,
                lines: serde_json::from_str(&lines).unwrap_or_default(),
                reason: r.get(4)?,
                actor: r.get(5)?,
                at: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    fn record(&self, grant_id: i64, revision: u32, action: &str, lines: &[GrantLine], reason: &str, actor: &str) -> Result<()> {
        let json = lines_json(lines)?;
        self.conn()
            .prepare_cached("INSERT INTO grant_history (id, grant_id, revision, action, total_cents, lines, reason, actor) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'grant_history'), ?1, ?2, ?3, ?4, ?5, ?6, ?7)")?
            .execute(params![grant_id, revision, action, total(lines), json, reason, actor])?;
        Ok(())
    }

    /// One grant, explained line by line.
    pub fn grant_detail(&self, id: i64) -> Result<GrantDetail> {
        let first = self.grant_row(id)?;
        if first.state == GrantState::Draft {
            self.recompute_drafts(first.cycle_id)?;
        }
        let grant = self.grant_row(id)?;
        let lines = self.grant_lines(id)?;
        let selected = self.selected_for_grants(grant.cycle_id, Some(grant.application_id), false)?;
        let s = selected.into_iter().next().ok_or_else(|| Error::not_found("The grant's application is gone."))?;
        let place = |p: &Place| format!("{}, {} ({})", p.hub, p.city, p.country);
        let app = self.application(grant.application_id)?;
        let pair: Option<(Option<String>, Option<String>)> = self
            .conn()
            .query_row("SELECT visit_start, visit_end FROM pairs WHERE visiting_id = ?1 OR hosting_id = ?1", [grant.application_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let (activity, availability, visit_to_agree) = match &pair {
            Some((start, end)) => {
                let visit = DateSpan::of(start, end);
                let to_agree = visit.is_none();
                (visit, DateSpan::of(&app.starts_on, &app.ends_on), to_agree)
            }
            None => (DateSpan::of(&app.starts_on, &app.ends_on), None, false),
        };
        let (pending, pending_blocked) = if grant.state == GrantState::Awarded {
            let rules = self.rule_set(grant.cycle_id)?;
            match compute(&rules.body, rules.version, &s.facts) {
                Ok(now) if total(&now) != grant.total_cents || strip_versions(&now) != strip_versions(&lines) => (Some(now), String::new()),
                Ok(_) => (None, String::new()),
                Err(why) => (None, why),
            }
        } else {
            (None, String::new())
        };
        let inputs = GrantInputs {
            travel_cost_cents: s.facts.travel_cost_cents,
            inclusion_cents: s.facts.inclusion_cents,
            visa_travellers: s.facts.visa_travellers,
            version: crate::platform::versions::setting_version(self.conn(), grant.application_id, crate::platform::versions::CycleSetting::GrantInputs)?,
        };
        let payments = if grant.state == GrantState::Draft { None } else { Some(self.grant_payments(id)?) };
        Ok(GrantDetail {
            payments,
            origin: place(&s.facts.origin),
            host: s.facts.host.as_ref().map(place),
            activity,
            availability,
            visit_to_agree,
            history: self.history(id)?,
            grant,
            lines,
            inputs,
            pending,
            pending_blocked,
        })
    }

    /// Record the declared costs and visas of an application's grant; its draft follows.
    pub fn save_grant_inputs(&mut self, application_id: i64, inputs: &GrantInputs) -> Result<GrantInputs> {
        self.save_grant_inputs_at(application_id, inputs, None)
    }

    /// [`Store::save_grant_inputs`] from a form that read the inputs at version `read_at`:
    /// refused with `conflict` when they were saved since.
    pub fn save_grant_inputs_at(&mut self, application_id: i64, inputs: &GrantInputs, read_at: Option<i64>) -> Result<GrantInputs> {
        let app = self.application(application_id)?;
        let mut errors = Vec::new();
        for (field, value) in [("travel_cost_cents", inputs.travel_cost_cents), ("inclusion_cents", inputs.inclusion_cents)] {
            if value.is_some_and(|v| v < 0) {
                errors.push(FieldError::new(field, "A cost cannot be negative."));
            } else if value.is_some_and(|v| v > 100_000_000) {
                errors.push(FieldError::new(field, "That is beyond any grant (at most €1,000,000.00)."));
            }
        }
        if inputs.visa_travellers > app.travellers.max(1) {
            errors.push(FieldError::new("visa_travellers", format!("Only {} traveller(s) travel.", app.travellers)));
        }
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        let tx = self.conn().unchecked_transaction()?;
        crate::platform::versions::check_and_raise_setting(&tx, application_id, crate::platform::versions::CycleSetting::GrantInputs, read_at)?;
        self.conn().execute(
            "INSERT INTO grant_inputs (application_id, travel_cost_cents, inclusion_cents, visa_travellers) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (application_id) DO UPDATE SET travel_cost_cents = ?2, inclusion_cents = ?3, visa_travellers = ?4,
                updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
            params![application_id, inputs.travel_cost_cents, inputs.inclusion_cents, inputs.visa_travellers],
        )?;
        self.recompute_drafts(app.cycle_id)?;
        tx.commit()?;
        let version = crate::platform::versions::setting_version(self.conn(), application_id, crate::platform::versions::CycleSetting::GrantInputs)?;
        Ok(GrantInputs { version, ..inputs.clone() })
    }

    /// Award draft grants (all of the cycle's computed drafts, or those listed): they are frozen
    /// and their lines recorded in their history. Past the envelope this is refused unless
    /// `over_budget` confirms it.
    pub fn award_grants(&mut self, cycle_id: i64, ids: Option<&[i64]>, over_budget: bool, actor: &str) -> Result<AwardSummary> {
        crate::cycle::gates::check(&self.cycle(cycle_id)?, crate::cycle::gates::Work::Award)?;
        self.recompute_drafts(cycle_id)?;
        let drafts: Vec<Grant> = self.grants(cycle_id)?.into_iter().filter(|g| g.state == GrantState::Draft && ids.is_none_or(|ids| ids.contains(&g.id))).collect();
        if let Some(ids) = ids {
            for id in ids {
                if !drafts.iter().any(|g| g.id == *id) {
                    let g = self.grant_row(*id)?;
                    if g.cycle_id != cycle_id {
                        return Err(Error::new(ErrorCode::BadRequest, format!("Grant {id} is not in this cycle.")));
                    }
                    return Err(not_allowed(format!("The grant of {} is already {}.", g.applicant, g.state.as_str())));
                }
            }
        }
        let (ready, blocked): (Vec<&Grant>, Vec<&Grant>) = drafts.iter().partition(|g| g.blocked.is_empty());
        if ready.is_empty() {
            return Err(not_allowed(match blocked.first() {
                Some(g) => format!("No grant can be awarded: {}", g.blocked),
                None => "There is no draft grant to award.".to_string(),
            }));
        }
        let budget = self.budget(cycle_id)?;
        let adding: i64 = ready.iter().map(|g| g.total_cents).sum();
        let after = budget.awarded_cents + adding;
        if after > budget.envelope_cents && !over_budget {
            return Err(Error::new(
                ErrorCode::OverBudget,
                format!(
                    "Awarding {} grant(s) of {} brings the awarded total to {}, {} over the envelope of {}.",
                    ready.len(),
                    format_euros(adding),
                    format_euros(after),
                    format_euros(after - budget.envelope_cents),
                    format_euros(budget.envelope_cents)
                ),
            ));
        }
        // The lines each draft follows are frozen into it: the rules and every application's
        // facts are read once, not once per grant.
        let rules = self.rule_set(cycle_id)?;
        let facts: HashMap<i64, GrantFacts> = self.selected_for_grants(cycle_id, None, false)?.into_iter().map(|s| (s.application_id, s.facts)).collect();
        let tx = self.conn().unchecked_transaction()?;
        for g in &ready {
            let lines = match facts.get(&g.application_id) {
                Some(f) => compute(&rules.body, rules.version, f).unwrap_or_default(),
                None => self.grant_lines(g.id)?,
            };
            self.conn()
                .prepare_cached(
                    "UPDATE grants SET state = 'awarded', revision = 1, lines = ?3, total_cents = ?4,
                        awarded_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), awarded_by = ?2 WHERE id = ?1",
                )?
                .execute(params![g.id, actor, lines_json(&lines)?, total(&lines)])?;
            self.record(g.id, 1, "awarded", &lines, "", actor)?;
            self.settle_payments(g.id, "", actor)?;
        }
        tx.commit()?;
        Ok(AwardSummary { awarded: ready.len() as u32, skipped_blocked: blocked.len() as u32, budget: self.budget(cycle_id)? })
    }

    /// Change an awarded grant to what the rules and inputs in force give now, with a reason;
    /// the lines before and after are kept in its history.
    pub fn amend_grant(&mut self, id: i64, reason: &str, actor: &str) -> Result<GrantDetail> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(Error::validation(vec![FieldError::new("reason", "Say why the awarded grant changes (it is kept in the grant's history).")]));
        }
        let detail = self.grant_detail(id)?;
        crate::cycle::gates::check(&self.cycle(detail.grant.cycle_id)?, crate::cycle::gates::Work::Amend)?;
        if detail.grant.state != GrantState::Awarded {
            return Err(not_allowed(format!("The grant of {} is {}: only an awarded grant is amended.", detail.grant.applicant, detail.grant.state.as_str())));
        }
        if !detail.pending_blocked.is_empty() {
            return Err(not_allowed(detail.pending_blocked));
        }
        let Some(lines) = detail.pending else {
            return Err(not_allowed(format!("The grant of {} already matches the rules and inputs in force: there is nothing to amend.", detail.grant.applicant)));
        };
        let revision = detail.grant.revision + 1;
        let version = lines.first().map(|l| l.rule_version);
        let tx = self.conn().unchecked_transaction()?;
        self.write_lines(id, &lines)?;
        self.conn().execute(
            "UPDATE grants SET total_cents = ?2, revision = ?3, rule_set_version = coalesce(?4, rule_set_version), computed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            params![id, total(&lines), revision, version],
        )?;
        self.record(id, revision, "amended", &lines, reason, actor)?;
        self.settle_payments(id, &format!("amended to {} ({reason})", format_euros(total(&lines))), actor)?;
        tx.commit()?;
        self.grant_detail(id)
    }

    /// Cancel an awarded grant (e.g. after a withdrawal), with a reason.
    pub fn cancel_grant(&mut self, id: i64, reason: &str, actor: &str) -> Result<GrantDetail> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(Error::validation(vec![FieldError::new("reason", "Say why the grant is cancelled (it is kept in the grant's history).")]));
        }
        let grant = self.grant_row(id)?;
        crate::cycle::gates::check(&self.cycle(grant.cycle_id)?, crate::cycle::gates::Work::Amend)?;
        if grant.state != GrantState::Awarded {
            return Err(not_allowed(format!("The grant of {} is {}: only an awarded grant is cancelled (a draft follows the selection).", grant.applicant, grant.state.as_str())));
        }
        let lines = self.grant_lines(id)?;
        let revision = grant.revision + 1;
        let tx = self.conn().unchecked_transaction()?;
        self.conn().execute("UPDATE grants SET state = 'cancelled', revision = ?2 WHERE id = ?1", params![id, revision])?;
        self.record(id, revision, "cancelled", &lines, reason, actor)?;
        self.settle_payments(id, &format!("grant cancelled ({reason})"), actor)?;
        tx.commit()?;
        self.grant_detail(id)
    }

    /// What the cycle's grants would come to under other rules, without saving anything.
    pub fn what_if(&self, cycle_id: i64, candidate: &RuleSetBody) -> Result<WhatIf> {
        let cycle = self.cycle(cycle_id)?;
        let errors = crate::funding::rules::check_rules(candidate, cycle.shape);
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        self.recompute_drafts(cycle_id)?;
        let version = self.rule_set(cycle_id)?.version + 1;
        let grants: HashMap<i64, Grant> = self.grants(cycle_id)?.into_iter().map(|g| (g.application_id, g)).collect();
        let budget = self.budget(cycle_id)?;
        let mut candidate_cents = budget.awarded_cents;
        let mut changes = Vec::new();
        let mut awarded_affected = 0;
        for s in self.selected_for_grants(cycle_id, None, true)? {
            let Some(g) = grants.get(&s.application_id) else { continue };
            let computed = compute(candidate, version, &s.facts);
            match g.state {
                GrantState::Draft => {
                    let (cents, blocked) = match &computed {
                        Ok(lines) => (Some(total(lines)), String::new()),
                        Err(why) => (None, why.clone()),
                    };
                    candidate_cents += cents.unwrap_or(0);
                    let current = if g.blocked.is_empty() { Some(g.total_cents) } else { None };
                    if cents != current {
                        changes.push(WhatIfChange { grant_id: g.id, applicant: g.applicant.clone(), current_cents: g.total_cents, candidate_cents: cents, blocked });
                    }
                }
                GrantState::Awarded => {
                    if computed.as_ref().map(|l| total(l)).ok() != Some(g.total_cents) {
                        awarded_affected += 1;
                    }
                }
                GrantState::Cancelled => {}
            }
        }
        Ok(WhatIf { envelope_cents: budget.envelope_cents, current_cents: budget.committed_cents, candidate_cents, changes, awarded_affected })
    }
}

fn strip_versions(lines: &[GrantLine]) -> Vec<GrantLine> {
    lines.iter().cloned().map(|mut l| {
        l.rule_version = 0;
        l
    }).collect()
}
