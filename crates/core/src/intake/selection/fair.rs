//! Fair rankings: each reviewer's scores normalised, so that a strict reviewer does not sink
//! the applications they happened to get, nor a kind one lift theirs.
//!
//! The method is the z-score, put back on the 0–100 scale of the plain mean. A reviewer's
//! total for an application is the weighted mean of their criteria, out of 100 (as the ranking
//! computes it). For each reviewer, the mean and spread (population standard deviation) of
//! their totals say how they score; each total is then placed as far from the whole pool's
//! mean, in the whole pool's spread, as it stands from the reviewer's own mean in their own
//! spread:
//!
//!   normalised = pool mean + pool spread × (total − reviewer's mean) ÷ reviewer's spread
//!
//! clamped to 0–100. An application's normalised score is the mean of its reviewers'
//! normalised totals. Where a reviewer's spread cannot be judged, their total is kept as it is
//! (fewer than two applications scored) or set to the pool's mean (every total the same: they
//! told the applications apart in no way). The z-score was chosen over rank-based methods
//! (each reviewer's ranks, Borda counts) because it keeps the size of the differences a
//! reviewer saw, and over a fitted model (reviewer effects by least squares) because each
//! figure can be explained in one line. Scores are not money: the statistics are computed in
//! floating point and the results rounded to hundredths of a point, which is what the ranking
//! compares.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

/// How a reviewer's total was normalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Normalised {
    /// Placed by the reviewer's mean and spread.
    Standardised,
    /// The reviewer scored fewer than two applications: kept as it is.
    TooFew,
    /// Every total of the reviewer was the same: set to the pool's mean.
    AllEqual,
}

/// One reviewer's figures for one application, for the ranking's *Why?*.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReviewerScore {
    pub reviewer: String,
    /// Their weighted total, out of 100, in hundredths.
    pub total_centi: u32,
    /// Their total normalised, out of 100, in hundredths.
    pub normalised_centi: u32,
    pub how: Normalised,
    /// How many applications they scored (their scores that count).
    pub reviewer_count: u32,
    /// The mean and spread of their totals, in hundredths.
    pub reviewer_mean_centi: u32,
    pub reviewer_spread_centi: u32,
}

/// The whole pool of totals: every reviewer's total of every application they count for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct PoolFigures {
    pub count: u32,
    pub mean_centi: u32,
    pub spread_centi: u32,
}

/// Each reviewer's totals normalised: `(reviewer, application) → figures`, and the pool.
pub fn normalise(totals: &[(String, i64, f64)]) -> (BTreeMap<(String, i64), ReviewerScore>, PoolFigures) {
    let (pool_mean, pool_spread) = mean_and_spread(totals.iter().map(|t| t.2));
    let mut by_reviewer: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    for (reviewer, _, total) in totals {
        by_reviewer.entry(reviewer.as_str()).or_default().push(*total);
    }
    let stats: BTreeMap<&str, (usize, f64, f64)> = by_reviewer
        .iter()
        .map(|(r, list)| {
            let (m, s) = mean_and_spread(list.iter().copied());
            (*r, (list.len(), m, s))
        })
        .collect();
    let mut out = BTreeMap::new();
    for (reviewer, app, total) in totals {
        let (n, mean, spread) = stats[reviewer.as_str()];
        let (normalised, how) = if n < 2 {
            (*total, Normalised::TooFew)
        } else if spread < 1e-9 {
            (pool_mean, Normalised::AllEqual)
        } else {
            (pool_mean + pool_spread * (total - mean) / spread, Normalised::Standardised)
        };
        out.insert(
            (reviewer.clone(), *app),
            ReviewerScore {
                reviewer: reviewer.clone(),
                total_centi: centi(*total),
                normalised_centi: centi(normalised),
                how,
                reviewer_count: n as u32,
                reviewer_mean_centi: centi(mean),
                reviewer_spread_centi: centi(spread),
            },
        );
    }
    let pool = PoolFigures { count: totals.len() as u32, mean_centi: centi(pool_mean), spread_centi: centi(pool_spread) };
    (out, pool)
}

/// An application's normalised score: the mean of its reviewers' normalised totals.
pub fn application_score(scores: &[ReviewerScore]) -> Option<u32> {
    if scores.is_empty() {
        return None;
    }
    let sum: u64 = scores.iter().map(|s| u64::from(s.normalised_centi)).sum();
    let n = scores.len() as u64;
    Some(((sum * 2 + n) / (n * 2)) as u32)
}

/// Mean and population standard deviation (0 and 0 for no value).
fn mean_and_spread(values: impl Iterator<Item = f64> + Clone) -> (f64, f64) {
    let n = values.clone().count();
    if n == 0 {
        return (0.0, 0.0);
    }
    let mean = values.clone().sum::<f64>() / n as f64;
    let variance = values.map(|v| (v - mean) * (v - mean)).sum::<f64>() / n as f64;
    (mean, variance.sqrt())
}

/// A figure out of 100 in hundredths, clamped to 0–100 and rounded half up.
fn centi(points: f64) -> u32 {
    (points.clamp(0.0, 100.0) * 100.0 + 0.5).floor() as u32
}
