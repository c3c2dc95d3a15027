//! Emission factors: how many grams of CO₂e one passenger emits per kilometre, by travel mode
//! and one-way distance band, with the public source the figures come from. Each cycle keeps
//! its own (rules are data); a cycle that has none uses [`default_factors`] until staff save a
//! set. Figures are stored as integer milligrams per passenger-km, so 125.76 g stays exact and
//! every estimate in the report can be traced to one row.
//!
//! The estimate for a trip: one-way great-circle km (rounded down, as for the travel bands)
//! × 2 (the return trip) × travellers × the factor of the trip's mode and band.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::intake::applications::TravelMode;
use crate::platform::error::{Error, FieldError, Result};
use crate::said;
use crate::platform::store::Store;

/// One band of a mode: from `from_km` to `to_km` (inclusive; `None` = no upper limit).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EmissionFactor {
    pub travel_mode: TravelMode,
    pub from_km: u32,
    pub to_km: Option<u32>,
    /// What the figure is, e.g. "Flight, short-haul, economy class, with radiative forcing".
    pub label: String,
    /// Milligrams of CO₂e per passenger-km (125.76 g = 125760).
    #[ts(type = "number")]
    pub mg_per_pkm: i64,
}

/// A cycle's factors and their source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EmissionFactors {
    pub factors: Vec<EmissionFactor>,
    /// The public source, as named in the report.
    pub source: String,
    /// True while the cycle uses the app's defaults (nothing saved for it yet).
    #[serde(default)]
    pub defaults: bool,
    /// Raised by every save or reset (an answer only: a save states the version its dialog
    /// read as an argument of its own).
    #[serde(default)]
    #[ts(type = "number")]
    pub version: i64,
}

/// The source of the default figures.
pub const DEFAULT_SOURCE: &str = "UK Department for Energy Security and Net Zero (DESNZ), \
Greenhouse gas reporting: conversion factors 2024 (flat file): Business travel – air, economy \
class, with radiative forcing; Business travel – land, national rail. kg CO₂e per passenger-km.";

/// The defaults: standard travel is taken to be flying economy (DESNZ's short-haul band ends
/// at 3,700 km), green travel to be the train.
pub fn default_factors() -> EmissionFactors {
    let row = |travel_mode, from_km, to_km, label: &str, mg_per_pkm| EmissionFactor { travel_mode, from_km, to_km, label: label.to_string(), mg_per_pkm };
    EmissionFactors {
        factors: vec![
            row(TravelMode::Standard, 0, Some(3_699), "Flight, short-haul, economy class, with radiative forcing", 125_760),
            row(TravelMode::Standard, 3_700, None, "Flight, long-haul, economy class, with radiative forcing", 117_040),
            row(TravelMode::Green, 0, None, "National rail", 35_460),
        ],
        source: DEFAULT_SOURCE.to_string(),
        defaults: true,
        version: 0,
    }
}

/// The most a factor may be: 5 kg per passenger-km is far above any mode's.
const MAX_MG_PER_PKM: i64 = 5_000_000;

fn mode_text(mode: TravelMode) -> &'static str {
    match mode {
        TravelMode::Standard => "standard",
        TravelMode::Green => "green",
    }
}

impl EmissionFactors {
    /// The row a one-way distance falls in, for a mode.
    pub fn factor(&self, mode: TravelMode, km: u32) -> Option<&EmissionFactor> {
        self.factors.iter().find(|f| f.travel_mode == mode && km >= f.from_km && f.to_km.is_none_or(|to| km <= to))
    }

    /// Check a set before saving: a source; for each mode, bands from 0 km with no gap or
    /// overlap, the last open-ended; labels; figures within reason. Errors name the row
    /// (`factors.2.mg_per_pkm`).
    pub fn validate(&self) -> Result<EmissionFactors> {
        let mut errors = Vec::new();
        let source = self.source.trim().to_string();
        if source.is_empty() {
            errors.push(FieldError::new("source", said!("said-report-source-missing")));
        } else if source.chars().count() > 600 {
            errors.push(FieldError::new("source", said!("said-report-source-long", most = 600)));
        }
        let mut rows: Vec<(usize, EmissionFactor)> = self.factors.iter().cloned().enumerate().collect();
        for (i, row) in rows.iter_mut() {
            row.label = row.label.trim().to_string();
            if row.label.is_empty() {
                errors.push(FieldError::new(format!("factors.{i}.label"), said!("said-report-label-missing")));
            } else if row.label.chars().count() > 120 {
                errors.push(FieldError::new(format!("factors.{i}.label"), said!("said-report-label-long", most = 120)));
            }
            if row.mg_per_pkm < 0 || row.mg_per_pkm > MAX_MG_PER_PKM {
                errors.push(FieldError::new(format!("factors.{i}.mg_per_pkm"), said!("said-report-factor-range")));
            }
            if let Some(to) = row.to_km {
                if to < row.from_km {
                    errors.push(FieldError::new(format!("factors.{i}.to_km"), said!("said-report-band-ends-before", from = row.from_km)));
                }
            }
        }
        for mode in [TravelMode::Standard, TravelMode::Green] {
            let mut bands: Vec<&(usize, EmissionFactor)> = rows.iter().filter(|(_, r)| r.travel_mode == mode).collect();
            bands.sort_by_key(|(_, r)| r.from_km);
            let name = mode_text(mode);
            let Some(first) = bands.first() else {
                errors.push(FieldError::new("factors", said!("said-report-mode-no-factor", mode = name)));
                continue;
            };
            if first.1.from_km != 0 {
                errors.push(FieldError::new(format!("factors.{}.from_km", first.0), said!("said-report-band-first-at-zero", mode = name)));
            }
            for pair in bands.windows(2) {
                let (a, b) = (&pair[0], &pair[1]);
                match a.1.to_km {
                    None => errors.push(FieldError::new(format!("factors.{}.to_km", a.0), said!("said-report-band-open-ended", mode = name))),
                    Some(to) if b.1.from_km != to.saturating_add(1) => errors.push(FieldError::new(
                        format!("factors.{}.from_km", b.0),
                        said!("said-report-band-gap", mode = name, from = to.saturating_add(1)),
                    )),
                    _ => {}
                }
            }
            if let Some(last) = bands.last() {
                if last.1.to_km.is_some() {
                    errors.push(FieldError::new(format!("factors.{}.to_km", last.0), said!("said-report-band-last-bounded", mode = name)));
                }
            }
        }
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        let mut factors: Vec<EmissionFactor> = rows.into_iter().map(|(_, r)| r).collect();
        factors.sort_by_key(|f| (f.travel_mode != TravelMode::Standard, f.from_km));
        Ok(EmissionFactors { factors, source, defaults: false, version: 0 })
    }
}

impl Store {
    /// A cycle's emission factors: its own, or the defaults.
    pub fn emission_factors(&self, cycle_id: i64) -> Result<EmissionFactors> {
        let version = crate::platform::versions::setting_version(self.conn(), cycle_id, crate::platform::versions::CycleSetting::Emissions)?;
        self.stored_emission_factors(cycle_id).map(|f| EmissionFactors { version, ..f })
    }

    fn stored_emission_factors(&self, cycle_id: i64) -> Result<EmissionFactors> {
        self.cycle(cycle_id)?;
        let source: Option<String> =
            self.conn().query_row("SELECT source FROM emission_sources WHERE cycle_id = ?1", [cycle_id], |r| r.get(0)).map(Some).or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                e => Err(e),
            })?;
        let Some(source) = source else {
            return Ok(default_factors());
        };
        let mut stmt = self.conn().prepare_cached(
            "SELECT travel_mode, from_km, to_km, label, mg_per_pkm FROM emission_factors WHERE cycle_id = ?1 ORDER BY travel_mode = 'green', from_km",
        )?;
        let factors = stmt
            .query_map([cycle_id], |r| {
                Ok(EmissionFactor {
                    travel_mode: if r.get::<_, String>(0)? == "green" { TravelMode::Green } else { TravelMode::Standard },
                    from_km: r.get(1)?,
                    to_km: r.get(2)?,
                    label: r.get(3)?,
                    mg_per_pkm: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(EmissionFactors { factors, source, defaults: false, version: 0 })
    }

    /// Replace a cycle's emission factors, all at once.
    pub fn save_emission_factors(&mut self, cycle_id: i64, input: &EmissionFactors, actor: &str) -> Result<EmissionFactors> {
        self.save_emission_factors_at(cycle_id, input, actor, None)
    }

    /// [`Store::save_emission_factors`] from a dialog that read them at version `read_at`:
    /// refused with `conflict` when they were saved (or reset) since.
    pub fn save_emission_factors_at(&mut self, cycle_id: i64, input: &EmissionFactors, actor: &str, read_at: Option<i64>) -> Result<EmissionFactors> {
        self.cycle(cycle_id)?;
        let set = input.validate()?;
        let tx = self.conn().unchecked_transaction()?;
        crate::platform::versions::check_and_raise_setting(&tx, cycle_id, crate::platform::versions::CycleSetting::Emissions, read_at)?;
        tx.execute("DELETE FROM emission_factors WHERE cycle_id = ?1", [cycle_id])?;
        for f in &set.factors {
            tx.execute(
                "INSERT INTO emission_factors (id, cycle_id, travel_mode, from_km, to_km, label, mg_per_pkm) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'emission_factors'), ?1, ?2, ?3, ?4, ?5, ?6)",
                params![cycle_id, mode_text(f.travel_mode), f.from_km, f.to_km, f.label, f.mg_per_pkm],
            )?;
        }
        tx.execute(
            "INSERT INTO emission_sources (cycle_id, source, actor) VALUES (?1, ?2, ?3)
             ON CONFLICT (cycle_id) DO UPDATE SET source = excluded.source, actor = excluded.actor, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
            params![cycle_id, set.source, actor],
        )?;
        tx.commit()?;
        self.emission_factors(cycle_id)
    }

    /// Go back to the defaults for a cycle.
    pub fn reset_emission_factors(&mut self, cycle_id: i64) -> Result<EmissionFactors> {
        self.reset_emission_factors_at(cycle_id, None)
    }

    /// [`Store::reset_emission_factors`] from a dialog that read the factors at `read_at`.
    pub fn reset_emission_factors_at(&mut self, cycle_id: i64, read_at: Option<i64>) -> Result<EmissionFactors> {
        self.cycle(cycle_id)?;
        let tx = self.conn().unchecked_transaction()?;
        crate::platform::versions::check_and_raise_setting(&tx, cycle_id, crate::platform::versions::CycleSetting::Emissions, read_at)?;
        tx.execute("DELETE FROM emission_factors WHERE cycle_id = ?1", [cycle_id])?;
        tx.execute("DELETE FROM emission_sources WHERE cycle_id = ?1", [cycle_id])?;
        tx.commit()?;
        self.emission_factors(cycle_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_cover_every_distance_of_both_modes() {
        let d = default_factors();
        d.validate().expect("the defaults are valid");
        assert_eq!(d.factor(TravelMode::Standard, 0).map(|f| f.mg_per_pkm), Some(125_760));
        assert_eq!(d.factor(TravelMode::Standard, 3_699).map(|f| f.mg_per_pkm), Some(125_760));
        assert_eq!(d.factor(TravelMode::Standard, 3_700).map(|f| f.mg_per_pkm), Some(117_040));
        assert_eq!(d.factor(TravelMode::Green, 12_000).map(|f| f.mg_per_pkm), Some(35_460));
    }

    #[test]
    fn gaps_overlaps_and_missing_modes_are_named_at_their_row() {
        let mut set = default_factors();
        set.factors[1].from_km = 3_800;
        let e = set.validate().unwrap_err();
        assert_eq!(e.fields[0].field, "factors.1.from_km");
        assert!(e.fields[0].message.contains("3,700") || e.fields[0].message.contains("3700"), "{}", e.fields[0].message);

        let mut set = default_factors();
        set.factors.retain(|f| f.travel_mode == TravelMode::Standard);
        set.source = " ".into();
        let e = set.validate().unwrap_err();
        let fields: Vec<&str> = e.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, vec!["source", "factors"]);

        let mut set = default_factors();
        set.factors[2].mg_per_pkm = -1;
        set.factors[0].label = String::new();
        let e = set.validate().unwrap_err();
        let fields: Vec<&str> = e.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, vec!["factors.0.label", "factors.2.mg_per_pkm"]);
    }
}
