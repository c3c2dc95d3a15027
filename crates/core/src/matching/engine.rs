//! Pairing P2P Learning's visiting hubs with hosting hubs.
//!
//! A pair's **score** is a sum of weighted criteria, each worth 0 to 100 points before its
//! weight (weights are the cycle's own, edited in the app): shared sectors (the share of the two
//! hubs' sectors they have in common), a shared working language, maturity (an emerging hub
//! visiting an established one scores best), different countries, a pair never made in an
//! earlier cycle, distance (closer is cheaper and greener: 100 points at 0 km, none from
//! 3,000 km), and the applicants' stated preferences (either side named the other). Some pairs
//! are **not allowed** whatever their score: a hub with itself, activity dates that do not
//! overlap, the same country when the cycle forbids it, and pairs staff forbid.
//!
//! The **assignment** ([`best_assignment`], in `platform::assignment`, which the reviewers'
//! assignment uses too) is the optimal one of the score table, computed with
//! `pathfinding`'s Kuhn–Munkres (Hungarian) algorithm in O(n³): first as many allowed pairs as
//! possible, then, among those, the highest total score. Not-allowed cells weigh more than any
//! total of allowed scores below zero, which orders the two goals. Locked pairs are taken out
//! of the table before it runs and added back after, so locks survive every re-run; the
//! candidates are sorted by application, so the same input always gives the same pairs.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::funding::distance::band_km;
pub use crate::platform::assignment::{assignment_value, best_assignment};
use crate::platform::error::FieldError;
use crate::platform::said::{Phrase, Said, SaidArg};
use crate::phrase;
use crate::registry::hubs::Maturity;

/// One selected application, as pairing sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub application_id: i64,
    pub hub_id: i64,
    pub hub_name: String,
    pub country: String,
    pub coordinates: (f64, f64),
    pub maturity: Maturity,
    pub sectors: Vec<String>,
    pub languages: Vec<String>,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    /// The hub the applicant proposed as partner.
    pub proposed_hub_id: Option<i64>,
}

/// The cycle's weights (0 to 10 each) and its hard rule on countries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PairingWeights {
    pub shared_sectors: u32,
    pub shared_language: u32,
    pub maturity: u32,
    pub different_country: u32,
    pub new_pair: u32,
    pub distance: u32,
    pub preference: u32,
    /// Never pair two hubs of the same country.
    pub forbid_same_country: bool,
}

impl Default for PairingWeights {
    /// A new collaboration first (the programme's aim), then common ground (sectors, a
    /// language), then the rest.
    fn default() -> Self {
        PairingWeights { shared_sectors: 3, shared_language: 3, maturity: 2, different_country: 1, new_pair: 4, distance: 2, preference: 2, forbid_same_country: false }
    }
}

/// Each weight from 0 to 10.
pub fn check_weights(w: &PairingWeights) -> Vec<FieldError> {
    [
        ("shared_sectors", w.shared_sectors),
        ("shared_language", w.shared_language),
        ("maturity", w.maturity),
        ("different_country", w.different_country),
        ("new_pair", w.new_pair),
        ("distance", w.distance),
        ("preference", w.preference),
    ]
    .into_iter()
    .filter(|(_, v)| *v > MAX_WEIGHT)
    .map(|(field, _)| FieldError::new(field, crate::said!("said-matching-weight-range", most = MAX_WEIGHT)))
    .collect()
}

pub const MAX_WEIGHT: u32 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PairCriterion {
    SharedSectors,
    SharedLanguage,
    Maturity,
    DifferentCountry,
    NewPair,
    Distance,
    Preference,
}

/// One criterion of a pair's score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PairCriterionScore {
    pub criterion: PairCriterion,
    pub label: Phrase,
    /// 0 to 100.
    pub points: u32,
    pub weight: u32,
    /// points × weight.
    pub score: u32,
    /// Why, in words: "2 of 4 sectors in common (design, crafts)".
    pub reason: Phrase,
}

/// A pair's score, criterion by criterion, or why it is not allowed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PairScore {
    pub total: u32,
    pub breakdown: Vec<PairCriterionScore>,
    /// One-way great-circle distance between the two hubs, whole km.
    pub km: u32,
    /// Why the pair cannot be made (a hub with itself, dates apart, the same country when the
    /// cycle forbids it); `None` when it can.
    pub not_allowed: Option<Phrase>,
}

/// The id a refusal of [`score_pair`] is made from starts with this; the rest is its kind.
const REFUSAL: &str = "said-matching-refusal-";

/// `said` (a message whose `$refusal` selects among the refusals of [`score_pair`]) telling
/// `why`: the refusal's kind and arguments when it is one, its words as `$reason` always (the
/// message's other variant).
pub(crate) fn telling(mut said: Said, why: &Phrase) -> Said {
    let kind = why.said.as_ref().and_then(|s| s.id.strip_prefix(REFUSAL).map(|kind| (kind, &s.args)));
    if let Some((kind, args)) = kind {
        for (name, value) in args {
            said.args.entry(name.clone()).or_insert_with(|| value.clone());
        }
        said = said.with("refusal", kind);
    } else {
        said = said.with("refusal", "other");
    }
    said.args.insert("reason".to_string(), SaidArg::Text(why.text.clone()));
    said
}

/// The same word whatever its case or surrounding spaces, without allocating.
fn same_word(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    !a.is_empty() && a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
}

/// Distinct words of `a` found in `b`, and the size of the union, case folded.
fn overlap(a: &[String], b: &[String]) -> (u32, u32) {
    let distinct = |list: &[String]| list.iter().enumerate().filter(|(i, w)| !w.trim().is_empty() && !list[..*i].iter().any(|x| same_word(x, w))).count() as u32;
    let common = a.iter().enumerate().filter(|(i, w)| !a[..*i].iter().any(|x| same_word(x, w)) && b.iter().any(|x| same_word(x, w))).count() as u32;
    (common, distinct(a) + distinct(b) - common)
}

/// Whether two activity windows overlap; unknown dates never rule a pair out.
fn dates_overlap(a: &Candidate, b: &Candidate) -> bool {
    match (&a.starts_on, &a.ends_on, &b.starts_on, &b.ends_on) {
        (Some(a1), Some(a2), Some(b1), Some(b2)) => a1 <= b2 && b1 <= a2,
        _ => true,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Refusal {
    SameHub,
    Dates,
    SameCountry,
}

/// The points of each criterion (in the order of [`PairCriterion`]), the distance and what rules
/// the pair out, with no text: the fast path for whole score tables.
struct Points {
    points: [u32; 7],
    km: u32,
    refusal: Option<Refusal>,
}

fn points(v: &Candidate, h: &Candidate, w: &PairingWeights, paired_before: bool) -> Points {
    let km = band_km(v.coordinates.0, v.coordinates.1, h.coordinates.0, h.coordinates.1);
    let (common, union) = overlap(&v.sectors, &h.sectors);
    let sectors = (common * 100).checked_div(union).unwrap_or(0);
    let language = if overlap(&v.languages, &h.languages).0 > 0 { 100 } else { 0 };
    let maturity = match (v.maturity, h.maturity) {
        (Maturity::Emerging, Maturity::Established) => 100,
        (Maturity::Established, Maturity::Emerging) => 0,
        _ => 50,
    };
    let same_country = v.country == h.country;
    let proposed = v.proposed_hub_id == Some(h.hub_id) || h.proposed_hub_id == Some(v.hub_id);
    let refusal = if v.hub_id == h.hub_id {
        Some(Refusal::SameHub)
    } else if !dates_overlap(v, h) {
        Some(Refusal::Dates)
    } else if same_country && w.forbid_same_country {
        Some(Refusal::SameCountry)
    } else {
        None
    };
    Points {
        points: [
            sectors,
            language,
            maturity,
            if same_country { 0 } else { 100 },
            if paired_before { 0 } else { 100 },
            100u32.saturating_sub(km / 30),
            if proposed { 100 } else { 0 },
        ],
        km,
        refusal,
    }
}

fn weights_in_order(w: &PairingWeights) -> [u32; 7] {
    [w.shared_sectors, w.shared_language, w.maturity, w.different_country, w.new_pair, w.distance, w.preference]
}

/// A pair's total score, or `None` when it is not allowed: the same figure as
/// [`score_pair`]'s, without the explanation (for scoring whole tables fast).
pub fn pair_total(v: &Candidate, h: &Candidate, w: &PairingWeights, paired_before: bool) -> Option<u32> {
    let p = points(v, h, w, paired_before);
    p.refusal.is_none().then(|| p.points.iter().zip(weights_in_order(w)).map(|(p, w)| p * w).sum())
}

/// Score a visiting hub `v` with a hosting hub `h`, criterion by criterion with the reasons.
/// `paired_before`: the two hubs were paired in an earlier cycle.
pub fn score_pair(v: &Candidate, h: &Candidate, w: &PairingWeights, paired_before: bool) -> PairScore {
    let p = points(v, h, w, paired_before);
    let words = |list: &[String]| -> BTreeSet<String> { list.iter().map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect() };
    let (vs, hs) = (words(&v.sectors), words(&h.sectors));
    let common: Vec<&str> = vs.intersection(&hs).map(String::as_str).collect();
    let sectors = match common.as_slice() {
        [] => phrase!("said-matching-why-no-sector"),
        _ => phrase!("said-matching-why-sectors", common = common.len(), total = vs.union(&hs).count(), sectors = common.join(", ")),
    };
    let (vl, hl) = (words(&v.languages), words(&h.languages));
    let shared: Vec<&str> = vl.intersection(&hl).map(String::as_str).collect();
    // The codes, which the window names in its language.
    let language = match shared.as_slice() {
        [] => phrase!("said-matching-why-no-language"),
        _ => phrase!("said-matching-why-languages", languages = shared.join(", ")),
    };
    let maturity = match p.points[2] {
        100 => phrase!("said-matching-why-emerging-visits-established"),
        0 => phrase!("said-matching-why-established-visits-emerging"),
        _ => phrase!("said-matching-why-same-stage"),
    };
    let country = if v.country == h.country {
        phrase!("said-matching-why-same-country", country = &v.country)
    } else {
        phrase!("said-matching-why-countries", visiting = &v.country, hosting = &h.country)
    };
    let new_pair = if paired_before { phrase!("said-matching-why-paired-before") } else { phrase!("said-matching-why-never-paired") };
    let preference = if p.points[6] == 100 { phrase!("said-matching-why-proposed") } else { phrase!("said-matching-why-not-proposed") };
    let rows = [
        (PairCriterion::SharedSectors, phrase!("said-matching-criterion-shared-sectors"), sectors),
        (PairCriterion::SharedLanguage, phrase!("said-matching-criterion-shared-language"), language),
        (PairCriterion::Maturity, phrase!("said-matching-criterion-maturity"), maturity),
        (PairCriterion::DifferentCountry, phrase!("said-matching-criterion-different-country"), country),
        (PairCriterion::NewPair, phrase!("said-matching-criterion-new-pair"), new_pair),
        (PairCriterion::Distance, phrase!("said-matching-criterion-distance"), phrase!("said-matching-why-distance", km = p.km)),
        (PairCriterion::Preference, phrase!("said-matching-criterion-preference"), preference),
    ];
    let breakdown: Vec<PairCriterionScore> = rows
        .into_iter()
        .zip(p.points.iter().zip(weights_in_order(w)))
        .map(|((criterion, label, reason), (&points, weight))| PairCriterionScore { criterion, label, points, weight, score: points * weight, reason })
        .collect();
    let not_allowed = p.refusal.map(|r| match r {
        Refusal::SameHub => phrase!("said-matching-refusal-same-hub", visiting = &v.hub_name, hosting = &h.hub_name),
        Refusal::Dates => phrase!("said-matching-refusal-dates", visiting = &v.hub_name, hosting = &h.hub_name),
        Refusal::SameCountry => phrase!("said-matching-refusal-same-country", visiting = &v.hub_name, hosting = &h.hub_name, country = &v.country),
    });
    let total = breakdown.iter().map(|c| c.score).sum();
    PairScore { total, breakdown, km: p.km, not_allowed }
}
