//! The cycle report: where a cycle's money went and how its participants travelled, for the
//! network's funders. Awarded grants only (drafts are not commitments; cancelled grants are
//! not spent), with:
//!
//! - the budget: the envelope against what was awarded and what has been paid;
//! - the year's programmes side by side (every cycle of the same year);
//! - per country: grants and amounts to its hubs, travellers sent from it and received in it;
//! - the share of green travel, by travellers;
//! - an estimate of the travel footprint from the distances and modes, with the emission
//!   factors of `emissions.rs` (each trip's figure names its factor row);
//! - the trips themselves, which the map draws.
//!
//! `pdf.rs` and `xlsx.rs` set the same figures on paper and in a workbook.

pub mod emissions;
pub mod map;
pub mod pdf;
pub mod xlsx;

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

use crate::intake::applications::{Role, TravelMode};
use crate::platform::countries;
use crate::cycle::cycles::CycleQuery;
use crate::funding::distance::band_km;
use crate::platform::error::Result;
use crate::platform::store::Store;

pub use emissions::{default_factors, EmissionFactor, EmissionFactors};

/// The envelope against the awarded grants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReportBudget {
    #[ts(type = "number")]
    pub envelope_cents: i64,
    #[ts(type = "number")]
    pub awarded_cents: i64,
    /// Instalments paid less what was recovered.
    #[ts(type = "number")]
    pub paid_cents: i64,
    /// Envelope − awarded (negative when over).
    #[ts(type = "number")]
    pub remaining_cents: i64,
    /// Awarded as tenths of a percent of the envelope (None without an envelope).
    pub used_permille: Option<u32>,
}

/// One programme's cycles in the report's year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ProgrammeTotal {
    pub programme: String,
    pub cycles: u32,
    /// Awarded grants.
    pub grants: u32,
    pub travellers: u32,
    #[ts(type = "number")]
    pub envelope_cents: i64,
    #[ts(type = "number")]
    pub awarded_cents: i64,
    /// The report's own programme.
    pub this_cycle: bool,
}

/// One country's share of the cycle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CountryTotal {
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// Its English name.
    pub name: String,
    /// Awarded grants to its hubs, and their amount.
    pub grants: u32,
    #[ts(type = "number")]
    pub awarded_cents: i64,
    /// Travellers leaving from its hubs, and arriving at its hubs.
    pub travellers_sent: u32,
    pub travellers_received: u32,
}

/// One trip: a travelling grant's journey from its hub to its host and back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Trip {
    #[ts(type = "number")]
    pub grant_id: i64,
    pub from_hub: String,
    pub from_city: String,
    pub from_country: String,
    pub to_hub: String,
    pub to_city: String,
    pub to_country: String,
    pub travellers: u32,
    pub travel_mode: TravelMode,
    /// One-way great-circle km, rounded down; None when a hub has no coordinates.
    pub km: Option<u32>,
    /// Traveller-km of the return trips: km × 2 × travellers.
    #[ts(type = "number")]
    pub traveller_km: i64,
    /// The factor row used (its label) and its figure.
    pub factor_label: Option<String>,
    #[ts(type = "number | null")]
    pub mg_per_pkm: Option<i64>,
    /// Estimated grams of CO₂e for the trip (all its travellers, there and back).
    #[ts(type = "number")]
    pub co2_grams: i64,
    /// The two ends for the map, `[latitude, longitude]` in microdegrees; None without
    /// coordinates.
    #[ts(type = "[number, number] | null")]
    pub from_point: Option<[i64; 2]>,
    #[ts(type = "[number, number] | null")]
    pub to_point: Option<[i64; 2]>,
}

/// The footprint of one factor row over the cycle's trips.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FootprintRow {
    pub travel_mode: TravelMode,
    pub label: String,
    #[ts(type = "number")]
    pub mg_per_pkm: i64,
    pub trips: u32,
    #[ts(type = "number")]
    pub traveller_km: i64,
    #[ts(type = "number")]
    pub co2_grams: i64,
}

/// The estimated travel footprint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Footprint {
    pub rows: Vec<FootprintRow>,
    #[ts(type = "number")]
    pub traveller_km: i64,
    #[ts(type = "number")]
    pub co2_grams: i64,
    /// What the same trips would have emitted had every one been standard travel.
    #[ts(type = "number")]
    pub all_standard_grams: i64,
    /// Trips left out because a hub has no coordinates.
    pub unplaced_trips: u32,
    pub source: String,
    /// The cycle uses the app's default factors.
    pub default_factors: bool,
}

/// The cycle's report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CycleReport {
    #[ts(type = "number")]
    pub cycle_id: i64,
    pub cycle_title: String,
    pub programme: String,
    pub year: i32,
    /// Awarded grants counted; drafts and cancelled grants left out.
    pub grants: u32,
    pub drafts_left_out: u32,
    pub cancelled_left_out: u32,
    pub budget: ReportBudget,
    pub programmes: Vec<ProgrammeTotal>,
    pub countries: Vec<CountryTotal>,
    /// Travellers on trips, and those of them who travel green.
    pub travellers: u32,
    pub green_travellers: u32,
    /// Green travellers as tenths of a percent (None when nobody travels).
    pub green_permille: Option<u32>,
    pub trips: Vec<Trip>,
    pub footprint: Footprint,
    pub factors: EmissionFactors,
}

/// Tenths of a percent, rounded half up.
pub(crate) fn permille(part: i64, whole: i64) -> Option<u32> {
    if whole <= 0 {
        return None;
    }
    u32::try_from((part * 2000 + whole) / (2 * whole)).ok()
}

/// Microdegrees, so points are plain integers in the report.
fn micro(degrees: f64) -> i64 {
    (degrees * 1_000_000.0).round() as i64
}

/// A hub as the report needs it: name, city, country, and (latitude, longitude) if known.
type Place = (String, String, String, Option<(f64, f64)>);

struct GrantRow {
    id: i64,
    state: String,
    total_cents: i64,
    paid_cents: i64,
    role: Role,
    travellers: u32,
    travel_mode: TravelMode,
    hub: Place,
    host: Option<Place>,
}

const REPORT_SQL: &str = "
    SELECT g.id, g.state, g.total_cents,
           (SELECT coalesce(sum(CASE WHEN y.kind = 'instalment' THEN y.amount_cents ELSE -y.amount_cents END), 0)
              FROM payments y WHERE y.grant_id = g.id AND y.state = 'paid'),
           a.role, a.travellers, a.travel_mode,
           h.name, h.city, h.country, h.latitude, h.longitude,
           p.name, p.city, p.country, p.latitude, p.longitude
      FROM grants g
      JOIN applications a ON a.id = g.application_id
      JOIN hubs h ON h.id = a.hub_id
      JOIN application_hosts x ON x.application_id = a.id
      LEFT JOIN hubs p ON p.id = x.host_hub_id
     WHERE g.cycle_id = ?1
     ORDER BY h.sort_name, g.id";

fn point(lat: Option<f64>, lon: Option<f64>) -> Option<(f64, f64)> {
    match (lat, lon) {
        (Some(lat), Some(lon)) if lat.is_finite() && lon.is_finite() => Some((lat, lon)),
        _ => None,
    }
}

fn read_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<GrantRow> {
    let host_name: Option<String> = r.get(12)?;
    let host = match host_name {
        Some(name) => Some((name, r.get(13)?, r.get(14)?, point(r.get(15)?, r.get(16)?))),
        None => None,
    };
    Ok(GrantRow {
        id: r.get(0)?,
        state: r.get(1)?,
        total_cents: r.get(2)?,
        paid_cents: r.get(3)?,
        role: Role::parse(&r.get::<_, String>(4)?).unwrap_or(Role::Visiting),
        travellers: r.get(5)?,
        travel_mode: if r.get::<_, String>(6)? == "green" { TravelMode::Green } else { TravelMode::Standard },
        hub: (r.get(7)?, r.get(8)?, r.get(9)?, point(r.get(10)?, r.get(11)?)),
        host,
    })
}

fn country_name(code: &str) -> String {
    countries::get(code).map(|c| c.name.clone()).unwrap_or_else(|| code.to_string())
}

impl Store {
    /// The report of a cycle, as it stands now.
    pub fn cycle_report(&self, cycle_id: i64) -> Result<CycleReport> {
        let cycle = self.cycle(cycle_id)?;
        // Drafts brought up to date, so the ones left out are counted as the Grants tab shows them.
        self.recompute_drafts(cycle_id)?;
        let factors = self.emission_factors(cycle_id)?;
        let rows: Vec<GrantRow> = {
            let mut stmt = self.conn().prepare_cached(REPORT_SQL)?;
            let rows = stmt.query_map([cycle_id], read_row)?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        let drafts_left_out = rows.iter().filter(|r| r.state == "draft").count() as u32;
        let cancelled_left_out = rows.iter().filter(|r| r.state == "cancelled").count() as u32;
        let awarded: Vec<&GrantRow> = rows.iter().filter(|r| r.state == "awarded").collect();

        let awarded_cents: i64 = awarded.iter().map(|r| r.total_cents).sum();
        let budget = ReportBudget {
            envelope_cents: cycle.budget_cents,
            awarded_cents,
            paid_cents: awarded.iter().map(|r| r.paid_cents).sum(),
            remaining_cents: cycle.budget_cents - awarded_cents,
            used_permille: permille(awarded_cents, cycle.budget_cents),
        };

        // Countries, and the trips (a travelling role with a host).
        let mut by_country: BTreeMap<String, CountryTotal> = BTreeMap::new();
        let country = |code: &str| -> CountryTotal {
            CountryTotal { country: code.to_string(), name: country_name(code), grants: 0, awarded_cents: 0, travellers_sent: 0, travellers_received: 0 }
        };
        let mut trips = Vec::new();
        for r in &awarded {
            let entry = by_country.entry(r.hub.2.clone()).or_insert_with(|| country(&r.hub.2));
            entry.grants += 1;
            entry.awarded_cents += r.total_cents;
            let travelling = matches!(r.role, Role::Visiting | Role::Visitor);
            let Some(host) = r.host.as_ref().filter(|_| travelling) else { continue };
            by_country.entry(r.hub.2.clone()).or_insert_with(|| country(&r.hub.2)).travellers_sent += r.travellers;
            by_country.entry(host.2.clone()).or_insert_with(|| country(&host.2)).travellers_received += r.travellers;
            let km = match (r.hub.3, host.3) {
                (Some((lat1, lon1)), Some((lat2, lon2))) => Some(band_km(lat1, lon1, lat2, lon2)),
                _ => None,
            };
            let traveller_km = km.map_or(0, |km| i64::from(km) * 2 * i64::from(r.travellers));
            let factor = km.and_then(|km| factors.factor(r.travel_mode, km));
            let co2_grams = factor.map_or(0, |f| (traveller_km * f.mg_per_pkm + 500) / 1000);
            trips.push(Trip {
                grant_id: r.id,
                from_hub: r.hub.0.clone(),
                from_city: r.hub.1.clone(),
                from_country: r.hub.2.clone(),
                to_hub: host.0.clone(),
                to_city: host.1.clone(),
                to_country: host.2.clone(),
                travellers: r.travellers,
                travel_mode: r.travel_mode,
                km,
                traveller_km,
                factor_label: factor.map(|f| f.label.clone()),
                mg_per_pkm: factor.map(|f| f.mg_per_pkm),
                co2_grams,
                from_point: r.hub.3.map(|(lat, lon)| [micro(lat), micro(lon)]),
                to_point: host.3.map(|(lat, lon)| [micro(lat), micro(lon)]),
            });
        }
        let mut countries: Vec<CountryTotal> = by_country.into_values().collect();
        countries.sort_by(|a, b| b.awarded_cents.cmp(&a.awarded_cents).then_with(|| a.name.cmp(&b.name)));

        let travellers: u32 = trips.iter().map(|t| t.travellers).sum();
        let green_travellers: u32 = trips.iter().filter(|t| t.travel_mode == TravelMode::Green).map(|t| t.travellers).sum();

        // The footprint, row by row of the factors.
        let mut rows_out: Vec<FootprintRow> = Vec::new();
        for f in &factors.factors {
            let used: Vec<&Trip> = trips.iter().filter(|t| t.mg_per_pkm.is_some() && t.travel_mode == f.travel_mode && t.km.is_some_and(|km| km >= f.from_km && f.to_km.is_none_or(|to| km <= to))).collect();
            if used.is_empty() {
                continue;
            }
            rows_out.push(FootprintRow {
                travel_mode: f.travel_mode,
                label: f.label.clone(),
                mg_per_pkm: f.mg_per_pkm,
                trips: used.len() as u32,
                traveller_km: used.iter().map(|t| t.traveller_km).sum(),
                co2_grams: used.iter().map(|t| t.co2_grams).sum(),
            });
        }
        let all_standard_grams = trips
            .iter()
            .filter_map(|t| {
                let km = t.km?;
                let f = factors.factor(TravelMode::Standard, km)?;
                Some((t.traveller_km * f.mg_per_pkm + 500) / 1000)
            })
            .sum();
        let footprint = Footprint {
            traveller_km: trips.iter().filter(|t| t.mg_per_pkm.is_some()).map(|t| t.traveller_km).sum(),
            co2_grams: trips.iter().map(|t| t.co2_grams).sum(),
            all_standard_grams,
            unplaced_trips: trips.iter().filter(|t| t.km.is_none()).count() as u32,
            rows: rows_out,
            source: factors.source.clone(),
            default_factors: factors.defaults,
        };

        Ok(CycleReport {
            cycle_id,
            cycle_title: cycle.title.clone(),
            programme: cycle.programme_name.clone(),
            year: cycle.year,
            grants: awarded.len() as u32,
            drafts_left_out,
            cancelled_left_out,
            budget,
            programmes: self.programme_totals(cycle.year, cycle.programme_id)?,
            countries,
            travellers,
            green_travellers,
            green_permille: permille(i64::from(green_travellers), i64::from(travellers)),
            trips,
            footprint,
            factors,
        })
    }

    /// Every programme with cycles in `year`: cycles, awarded grants, travellers and money.
    fn programme_totals(&self, year: i32, this_programme: i64) -> Result<Vec<ProgrammeTotal>> {
        let cycles = self.cycles(&CycleQuery { programme_id: None, year: Some(year) })?;
        let mut out: BTreeMap<(i64, String), ProgrammeTotal> = BTreeMap::new();
        for c in cycles {
            let (grants, travellers, awarded_cents): (u32, u32, i64) = self.conn().query_row(
                "SELECT count(*),
                        coalesce(sum(CASE WHEN a.role IN ('visiting', 'visitor') THEN a.travellers ELSE 0 END), 0),
                        coalesce(sum(g.total_cents), 0)
                   FROM grants g JOIN applications a ON a.id = g.application_id
                  WHERE g.cycle_id = ?1 AND g.state = 'awarded'",
                [c.id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
            let entry = out.entry((c.programme_id, c.programme_name.clone())).or_insert_with(|| ProgrammeTotal {
                programme: c.programme_name.clone(),
                cycles: 0,
                grants: 0,
                travellers: 0,
                envelope_cents: 0,
                awarded_cents: 0,
                this_cycle: c.programme_id == this_programme,
            });
            entry.cycles += 1;
            entry.grants += grants;
            entry.travellers += travellers;
            entry.envelope_cents += c.budget_cents;
            entry.awarded_cents += awarded_cents;
        }
        Ok(out.into_values().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::permille;

    #[test]
    fn shares_are_rounded_half_up_in_tenths_of_a_percent() {
        assert_eq!(permille(1, 3), Some(333));
        assert_eq!(permille(2, 3), Some(667));
        assert_eq!(permille(1, 8), Some(125));
        assert_eq!(permille(0, 5), Some(0));
        assert_eq!(permille(5, 0), None);
    }
}
