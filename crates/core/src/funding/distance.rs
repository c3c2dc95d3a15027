//! Distances for travel grants, and the distance-band travel table.
//!
//! The distance is the great-circle ("as the crow flies") distance between two cities, one way,
//! as the EU Distance Calculator gives it. Formula: haversine on a sphere of radius
//! [`EARTH_RADIUS_KM`] (6,371 km, the mean radius; the EU calculator does not publish its own),
//!
//! ```text
//! a = sin²(Δφ/2) + cos φ1 · cos φ2 · sin²(Δλ/2)
//! d = 2 R · asin(√a)
//! ```
//!
//! with φ the latitudes and λ the longitudes in radians. Bands are chosen on the one-way
//! distance rounded **down** to whole kilometres (99.9 km is in the 10–99 km band), and a band
//! amount covers the return trip of one traveller. `f64` is used for the geometry only; every
//! amount is integer euro cents.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::intake::applications::TravelMode;
use crate::platform::said::Said;
use crate::said;

/// The mean radius of the Earth, in kilometres.
pub const EARTH_RADIUS_KM: f64 = 6371.0;

/// One-way great-circle distance in kilometres between two points in decimal degrees.
pub fn great_circle_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * a.sqrt().min(1.0).asin()
}

/// The whole kilometres a band is chosen on.
pub fn band_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> u32 {
    great_circle_km(lat1, lon1, lat2, lon2).floor() as u32
}

/// One row of a distance-band table: from `from_km` to `to_km` (inclusive; `None` = no upper
/// limit), the return trip of one traveller costs `standard_cents`, or `green_cents` when
/// travelling green (`None` = no green rate in this band: the standard rate applies).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DistanceBand {
    pub from_km: u32,
    pub to_km: Option<u32>,
    #[ts(type = "number")]
    pub standard_cents: i64,
    #[ts(type = "number | null")]
    pub green_cents: Option<i64>,
}

/// The Erasmus+ travel table for calls from 2024 (shared/domain.md). Under 10 km nothing is
/// paid.
pub fn erasmus_2024_bands() -> Vec<DistanceBand> {
    let rows: [(u32, Option<u32>, i64, Option<i64>); 7] = [
        (10, Some(99), 28, Some(56)),
        (100, Some(499), 211, Some(285)),
        (500, Some(1999), 309, Some(417)),
        (2000, Some(2999), 395, Some(535)),
        (3000, Some(3999), 580, Some(785)),
        (4000, Some(7999), 1188, None),
        (8000, None, 1735, None),
    ];
    rows.iter().map(|&(from_km, to_km, standard, green)| DistanceBand { from_km, to_km, standard_cents: standard * 100, green_cents: green.map(|g| g * 100) }).collect()
}

/// The band a one-way distance falls in, if any.
pub fn band_for(bands: &[DistanceBand], km: u32) -> Option<&DistanceBand> {
    bands.iter().find(|b| km >= b.from_km && b.to_km.is_none_or(|to| km <= to))
}

/// The return-trip amount of one traveller for a band and travel mode.
pub fn band_amount(band: &DistanceBand, mode: TravelMode) -> i64 {
    match (mode, band.green_cents) {
        (TravelMode::Green, Some(green)) => green,
        _ => band.standard_cents,
    }
}

/// What is wrong with a band table: overlapping or unordered rows, negative amounts, an
/// open-ended row that is not the last. Empty when the table is sound.
pub fn check_bands(bands: &[DistanceBand]) -> Vec<String> {
    band_problems(bands).iter().map(Said::english).collect()
}

/// [`check_bands`] as messages, each in the reader's language.
pub fn band_problems(bands: &[DistanceBand]) -> Vec<Said> {
    let mut problems = Vec::new();
    for (i, b) in bands.iter().enumerate() {
        let row = i + 1;
        if b.to_km.is_some_and(|to| to < b.from_km) {
            problems.push(said!("said-funding-band-ends-before-start", row = row, to = b.to_km.unwrap_or(0), from = b.from_km));
        }
        if b.standard_cents < 0 || b.green_cents.is_some_and(|g| g < 0) {
            problems.push(said!("said-funding-band-amount-negative", row = row));
        }
        if let Some(next) = bands.get(i + 1) {
            match b.to_km {
                None => problems.push(said!("said-funding-band-open-not-last", row = row)),
                Some(to) if next.from_km <= to => problems.push(said!("said-funding-bands-overlap", row = row, next = row + 1, km = next.from_km)),
                Some(to) if next.from_km > to + 1 => {
                    problems.push(said!("said-funding-bands-gap", row = row, next = row + 1, from = to + 1, to = next.from_km - 1))
                }
                _ => {}
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_between_known_cities() {
        // Athens (37.98376, 23.72784) – Thessaloniki (40.64072, 22.93493): about 303 km.
        let d = great_circle_km(37.98376, 23.72784, 40.64072, 22.93493);
        assert!((d - 303.0).abs() < 2.0, "{d}");
        // Lisbon (38.72, -9.14) – Helsinki (60.17, 24.94): about 3,360 km, across the sign of longitude.
        let d = great_circle_km(38.72, -9.14, 60.17, 24.94);
        assert!((d - 3360.0).abs() < 15.0, "{d}");
        assert_eq!(great_circle_km(45.0, 7.0, 45.0, 7.0), 0.0);
        // Symmetric.
        assert_eq!(band_km(37.98, 23.72, 40.64, 22.93), band_km(40.64, 22.93, 37.98, 23.72));
    }

    #[test]
    fn bands_take_the_one_way_distance_rounded_down() {
        let bands = erasmus_2024_bands();
        assert!(check_bands(&bands).is_empty(), "{:?}", check_bands(&bands));
        assert!(band_for(&bands, 9).is_none(), "under 10 km nothing is paid");
        assert_eq!(band_for(&bands, 99).map(|b| b.standard_cents), Some(2_800));
        assert_eq!(band_for(&bands, 100).map(|b| b.standard_cents), Some(21_100));
        assert_eq!(band_for(&bands, 1999).map(|b| band_amount(b, TravelMode::Green)), Some(41_700));
        // No green rate from 4,000 km: the standard amount applies.
        let far = band_for(&bands, 4500).unwrap();
        assert_eq!(band_amount(far, TravelMode::Green), 118_800);
        assert_eq!(band_for(&bands, 12_000).map(|b| b.standard_cents), Some(173_500));
    }

    #[test]
    fn unsound_tables_are_named() {
        let mut bands = erasmus_2024_bands();
        bands[1].from_km = 90;
        bands[3].to_km = None;
        bands[5].standard_cents = -1;
        let problems = check_bands(&bands);
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].contains("Rows 1 and 2 overlap (90 km"), "{}", problems[0]);
        assert!(problems[1].contains("Row 4 has no upper limit"), "{}", problems[1]);
        assert!(problems[2].contains("Row 6: an amount is negative"), "{}", problems[2]);
        let gap = vec![
            DistanceBand { from_km: 10, to_km: Some(99), standard_cents: 1, green_cents: None },
            DistanceBand { from_km: 200, to_km: None, standard_cents: 1, green_cents: None },
        ];
        assert_eq!(check_bands(&gap), vec!["Between rows 1 and 2, 100 to 199 km is in no band."]);
    }
}
