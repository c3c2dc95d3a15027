//! Pairing in the store: a P2P cycle's selected visiting and hosting hubs, the pairs the
//! applicants proposed (checked), the pairs staff locked or forbade, the optimal assignment of
//! everyone else ([`crate::matching::engine`]), the grant cost of the whole pairing, and its
//! confirmation, after which the grants use each pair's host.
//!
//! A plan is computed whenever it is asked for (13 × 13 takes microseconds), so it always
//! follows the selection, the weights and the constraints; only confirmed pairs are stored.

use std::collections::{HashMap, HashSet};

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::intake::applications::Role;
use crate::platform::error::{Error, ErrorCode, Result};
use crate::platform::said::{Phrase, Said};
use crate::{phrase, said};
use crate::cycle::gates::{self, Work};
use crate::funding::grants::Place;
use crate::registry::hubs::Maturity;
use crate::matching::engine::{best_assignment, check_weights, score_pair, telling, Candidate, PairScore, PairingWeights};
use crate::cycle::programmes::Shape;
use crate::platform::store::Store;

/// One side of a pair, with what the window and the map show.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PairSide {
    #[ts(type = "number")]
    pub application_id: i64,
    #[ts(type = "number")]
    pub hub_id: i64,
    pub hub_name: String,
    pub city: String,
    pub country: String,
    pub latitude: f64,
    pub longitude: f64,
    pub maturity: Maturity,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    /// "green" or "standard": how the visiting side travels.
    pub travel_mode: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PairSource {
    /// Proposed by the applicants and valid.
    Proposed,
    /// Fixed by staff.
    Locked,
    /// The optimal assignment of the rest.
    Suggested,
}

impl PairSource {
    fn as_str(self) -> &'static str {
        match self {
            PairSource::Proposed => "proposed",
            PairSource::Locked => "locked",
            PairSource::Suggested => "suggested",
        }
    }
}

/// A pair of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PlannedPair {
    pub visiting: PairSide,
    pub hosting: PairSide,
    pub score: PairScore,
    pub source: PairSource,
    /// The two grants under the cycle's rules with this host (visiting + hosting), cents.
    #[ts(type = "number")]
    pub grant_cents: i64,
    /// The visit's dates: agreed (set by staff on the confirmed pair), or a first window the
    /// pairing proposes (the first common days of the cycle's length); none when the two
    /// hubs' availability has no such days in common.
    pub visit: Option<Visit>,
}

/// The dates of a P2P exchange.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Visit {
    pub starts_on: String,
    pub ends_on: String,
    pub days: u32,
    /// Set by staff on the confirmed pair; false for the pairing's proposal.
    pub agreed: bool,
}

fn parse_day(text: &str) -> Option<time::Date> {
    time::Date::parse(text.trim(), crate::platform::dates::DATE_FORMAT).ok()
}

/// The first window of `length` days within both hubs' availability and the cycle's activity
/// window (or shorter, down to `least` days, when that is all they share).
fn first_window(visiting: &PairSide, hosting: &PairSide, cycle: &crate::cycle::cycles::Cycle) -> Option<Visit> {
    let starts = [&visiting.starts_on, &hosting.starts_on, &cycle.activity_start];
    let ends = [&visiting.ends_on, &hosting.ends_on, &cycle.activity_end];
    let from = starts.iter().filter_map(|d| d.as_deref().and_then(parse_day)).max()?;
    let to = ends.iter().filter_map(|d| d.as_deref().and_then(parse_day)).min()?;
    let length = i64::from(cycle.max_days.or(cycle.min_days).unwrap_or(5).max(1));
    let least = i64::from(cycle.min_days.unwrap_or(1).max(1));
    let shared = (to - from).whole_days() + 1;
    if shared < least {
        return None;
    }
    let days = shared.min(length);
    let end = from + time::Duration::days(days - 1);
    Some(Visit { starts_on: crate::platform::dates::format_date(from), ends_on: crate::platform::dates::format_date(end), days: days as u32, agreed: false })
}

/// A selected hub left without a partner, and why.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Unpaired {
    pub side: PairSide,
    pub role: Role,
    pub reason: Phrase,
    /// When no allowed hosting hub is free: why each free one cannot take it ("Tallinn: …"),
    /// the parts of `reason`'s `$hosts`, which the window joins in its language; else empty.
    pub refusals: Vec<Phrase>,
}

/// A partner an applicant proposed, and whether the plan takes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Proposal {
    #[ts(type = "number")]
    pub application_id: i64,
    pub hub_name: String,
    pub role: Role,
    pub proposed_hub_name: String,
    pub accepted: bool,
    /// Why it is not taken; empty when it is.
    pub problem: Phrase,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConstraintKind {
    Locked,
    Forbidden,
}

/// A pair staff locked or forbade.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PairConstraint {
    #[ts(type = "number")]
    pub visiting_id: i64,
    #[ts(type = "number")]
    pub hosting_id: i64,
    pub visiting_hub: String,
    pub hosting_hub: String,
    pub kind: ConstraintKind,
    pub actor: String,
    pub at: String,
}

/// One cell of the score table: what pairing this visiting hub with this host would score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ScoreCell {
    #[ts(type = "number")]
    pub visiting_id: i64,
    #[ts(type = "number")]
    pub hosting_id: i64,
    pub total: u32,
    pub km: u32,
    /// Why the pair cannot be made, or "forbidden by staff"; `None` when it can.
    pub not_allowed: Option<Phrase>,
}

/// A P2P cycle's pairing as it stands.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PairingPlan {
    #[ts(type = "number")]
    pub cycle_id: i64,
    pub weights: PairingWeights,
    /// The version of `weights`, raised by every save; a save states the version its dialog read.
    #[ts(type = "number")]
    pub weights_version: i64,
    pub visiting_count: u32,
    pub hosting_count: u32,
    pub pairs: Vec<PlannedPair>,
    pub unpaired: Vec<Unpaired>,
    pub proposals: Vec<Proposal>,
    pub constraints: Vec<PairConstraint>,
    /// Every visiting hub against every hosting hub, for changing a host by hand.
    pub table: Vec<ScoreCell>,
    pub total_score: u32,
    #[ts(type = "number")]
    pub total_grant_cents: i64,
    /// Every selected visiting hub has a host.
    pub complete: bool,
    /// Why the pairing is partial, in words; empty when it is complete.
    pub message: Phrase,
    /// When the pairs were last confirmed, and whether the plan is still exactly those pairs.
    pub confirmed_at: Option<String>,
    pub matches_confirmed: bool,
    /// Pairs are confirmed in Selection or Matching, before the award.
    pub can_confirm: bool,
}

/// One selected application with its hub, read in one query.
struct Applicant {
    role: Role,
    candidate: Candidate,
    side: PairSide,
}

const APPLICANTS_SQL: &str = "
    SELECT a.id, a.role, a.starts_on, a.ends_on, a.partner_hub_id, a.travel_mode,
           h.id, h.name, h.city, h.country, h.latitude, h.longitude, h.maturity, h.sectors, h.languages
      FROM applications a JOIN hubs h ON h.id = a.hub_id
     WHERE a.cycle_id = ?1 AND a.status = 'selected' AND a.role IN ('visiting', 'hosting')
     ORDER BY a.id";

fn read_applicant(r: &rusqlite::Row<'_>) -> rusqlite::Result<Applicant> {
    let maturity = Maturity::parse(&r.get::<_, String>(12)?).unwrap_or(Maturity::Emerging);
    let (lat, lon): (f64, f64) = (r.get(10)?, r.get(11)?);
    let side = PairSide {
        application_id: r.get(0)?,
        hub_id: r.get(6)?,
        hub_name: r.get(7)?,
        city: r.get(8)?,
        country: r.get(9)?,
        latitude: lat,
        longitude: lon,
        maturity,
        starts_on: r.get(2)?,
        ends_on: r.get(3)?,
        travel_mode: r.get(5)?,
    };
    let candidate = Candidate {
        application_id: side.application_id,
        hub_id: side.hub_id,
        hub_name: side.hub_name.clone(),
        country: side.country.clone(),
        coordinates: (lat, lon),
        maturity,
        sectors: serde_json::from_str(&r.get::<_, String>(13)?).unwrap_or_default(),
        languages: serde_json::from_str(&r.get::<_, String>(14)?).unwrap_or_default(),
        starts_on: side.starts_on.clone(),
        ends_on: side.ends_on.clone(),
        proposed_hub_id: r.get(4)?,
    };
    Ok(Applicant { role: Role::parse(&r.get::<_, String>(1)?).unwrap_or(Role::Visiting), candidate, side })
}

/// A date a hub or the cycle leaves open, as a message's argument: the message writes "any day".
const ANY_DAY: &str = "any";

fn not_allowed(message: impl crate::platform::said::Wording) -> Error {
    Error::new(ErrorCode::NotAllowed, message)
}

/// What the plan says of its pairing, from how many visiting and hosting hubs are selected and
/// how many visiting hubs are left unpaired: nothing when every visiting hub has a pair.
fn plan_message(visiting: usize, hosting: usize, unpaired: usize) -> Option<Said> {
    if visiting == 0 {
        Some(said!("said-matching-plan-no-visiting"))
    } else if unpaired == 0 {
        None
    } else if hosting < visiting && unpaired == visiting - hosting {
        Some(said!("said-matching-plan-fewer-hosting", hosting = hosting, visiting = visiting, count = unpaired))
    } else {
        Some(said!("said-matching-plan-partial", count = unpaired))
    }
}

impl Store {
    fn p2p_cycle(&self, cycle_id: i64) -> Result<crate::cycle::cycles::Cycle> {
        let cycle = self.cycle(cycle_id)?;
        if cycle.shape != Shape::P2p {
            return Err(not_allowed(said!("said-matching-not-p2p", cycle = &cycle.title)));
        }
        Ok(cycle)
    }

    /// The cycle's pairing weights (the defaults until saved).
    pub fn pairing_weights(&self, cycle_id: i64) -> Result<PairingWeights> {
        let json: Option<String> = self.conn().query_row("SELECT weights FROM pairing_settings WHERE cycle_id = ?1", [cycle_id], |r| r.get(0)).optional()?;
        Ok(json.and_then(|j| serde_json::from_str(&j).ok()).unwrap_or_default())
    }

    /// Save the cycle's weights; the plan follows.
    pub fn save_pairing_weights(&mut self, cycle_id: i64, weights: &PairingWeights) -> Result<PairingPlan> {
        self.save_pairing_weights_at(cycle_id, weights, None)
    }

    /// [`Store::save_pairing_weights`] from a dialog that read the weights at version
    /// `read_at`: refused with `conflict` when they were saved since.
    pub fn save_pairing_weights_at(&mut self, cycle_id: i64, weights: &PairingWeights, read_at: Option<i64>) -> Result<PairingPlan> {
        gates::check(&self.p2p_cycle(cycle_id)?, Work::MatchingSettings)?;
        self.store_pairing_weights(cycle_id, weights, read_at)?;
        self.pairing_plan(cycle_id)
    }

    /// The version of a cycle's weights (0 until first saved).
    pub(crate) fn pairing_weights_version(&self, cycle_id: i64) -> Result<i64> {
        crate::platform::versions::setting_version(self.conn(), cycle_id, crate::platform::versions::CycleSetting::Pairing)
    }

    /// Check and store a cycle's weights (pairs and placements score with the same ones).
    pub(crate) fn store_pairing_weights(&mut self, cycle_id: i64, weights: &PairingWeights, read_at: Option<i64>) -> Result<()> {
        let errors = check_weights(weights);
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        let json = serde_json::to_string(weights).map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?;
        let tx = self.conn().unchecked_transaction()?;
        crate::platform::versions::check_and_raise_setting(&tx, cycle_id, crate::platform::versions::CycleSetting::Pairing, read_at)?;
        tx.execute(
            "INSERT INTO pairing_settings (cycle_id, weights) VALUES (?1, ?2)
             ON CONFLICT (cycle_id) DO UPDATE SET weights = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
            params![cycle_id, json],
        )?;
        tx.commit()?;
        Ok(())
    }

    fn pair_constraints(&self, cycle_id: i64) -> Result<Vec<PairConstraint>> {
        let mut stmt = self.conn().prepare(
            "SELECT c.visiting_id, c.hosting_id, hv.name, hh.name, c.kind, c.actor, c.at
               FROM pair_constraints c
               JOIN applications av ON av.id = c.visiting_id JOIN hubs hv ON hv.id = av.hub_id
               JOIN applications ah ON ah.id = c.hosting_id JOIN hubs hh ON hh.id = ah.hub_id
              WHERE c.cycle_id = ?1 ORDER BY c.id",
        )?;
        let rows = stmt.query_map([cycle_id], |r| {
            Ok(PairConstraint {
                visiting_id: r.get(0)?,
                hosting_id: r.get(1)?,
                visiting_hub: r.get(2)?,
                hosting_hub: r.get(3)?,
                kind: if r.get::<_, String>(4)? == "locked" { ConstraintKind::Locked } else { ConstraintKind::Forbidden },
                actor: r.get(5)?,
                at: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Pairs of hubs made in other cycles, both ways round.
    fn earlier_pairs(&self, cycle_id: i64) -> Result<HashSet<(i64, i64)>> {
        let mut stmt = self.conn().prepare("SELECT visiting_hub_id, hosting_hub_id FROM pairs WHERE cycle_id <> ?1")?;
        let rows = stmt.query_map([cycle_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?;
        let mut out = HashSet::new();
        for row in rows {
            let (a, b) = row?;
            out.insert((a, b));
            out.insert((b, a));
        }
        Ok(out)
    }

    /// The cycle's pairing as it stands: proposals checked, locks kept, the rest assigned
    /// optimally, with scores, reasons for whoever is left out, and the grant cost.
    pub fn pairing_plan(&self, cycle_id: i64) -> Result<PairingPlan> {
        let cycle = self.p2p_cycle(cycle_id)?;
        let weights = self.pairing_weights(cycle_id)?;
        let applicants: Vec<Applicant> = {
            let mut stmt = self.conn().prepare_cached(APPLICANTS_SQL)?;
            let rows = stmt.query_map([cycle_id], read_applicant)?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        let (visiting, hosting): (Vec<&Applicant>, Vec<&Applicant>) = applicants.iter().partition(|a| a.role == Role::Visiting);
        let earlier = self.earlier_pairs(cycle_id)?;
        let constraints = self.pair_constraints(cycle_id)?;
        let forbidden: HashSet<(i64, i64)> = constraints.iter().filter(|c| c.kind == ConstraintKind::Forbidden).map(|c| (c.visiting_id, c.hosting_id)).collect();
        let scores: Vec<Vec<PairScore>> = visiting
            .iter()
            .map(|v| hosting.iter().map(|h| score_pair(&v.candidate, &h.candidate, &weights, earlier.contains(&(v.side.hub_id, h.side.hub_id)))).collect())
            .collect();
        let row_of: HashMap<i64, usize> = visiting.iter().enumerate().map(|(i, a)| (a.side.application_id, i)).collect();
        let col_of: HashMap<i64, usize> = hosting.iter().enumerate().map(|(j, a)| (a.side.application_id, j)).collect();
        let allowed = |i: usize, j: usize| scores[i][j].not_allowed.is_none() && !forbidden.contains(&(visiting[i].side.application_id, hosting[j].side.application_id));

        // Fixed first: staff's locks, then the applicants' valid proposals.
        let mut fixed: Vec<(usize, usize, PairSource)> = Vec::new();
        let (mut row_used, mut col_used) = (vec![false; visiting.len()], vec![false; hosting.len()]);
        for c in constraints.iter().filter(|c| c.kind == ConstraintKind::Locked) {
            if let (Some(&i), Some(&j)) = (row_of.get(&c.visiting_id), col_of.get(&c.hosting_id)) {
                if !row_used[i] && !col_used[j] && scores[i][j].not_allowed.is_none() {
                    row_used[i] = true;
                    col_used[j] = true;
                    fixed.push((i, j, PairSource::Locked));
                }
            }
        }
        let mut proposals = Vec::new();
        let hub_name = |id: i64| -> String {
            self.conn().query_row("SELECT name FROM hubs WHERE id = ?1", [id], |r| r.get(0)).unwrap_or_else(|_| format!("hub {id}"))
        };
        for a in &applicants {
            let Some(proposed) = a.candidate.proposed_hub_id else { continue };
            let theirs = if a.role == Role::Visiting { &hosting } else { &visiting };
            let partner = theirs.iter().position(|o| o.side.hub_id == proposed);
            let (i, j) = match (a.role, partner) {
                (Role::Visiting, Some(p)) => (row_of[&a.side.application_id], p),
                (_, Some(p)) => (p, col_of[&a.side.application_id]),
                (_, None) => (usize::MAX, usize::MAX),
            };
            let problem = if partner.is_none() {
                phrase!("said-matching-proposal-not-selected", hub = hub_name(proposed), role = if a.role == Role::Visiting { "hosting" } else { "visiting" })
            } else if fixed.iter().any(|&(fi, fj, _)| fi == i && fj == j) {
                Phrase::default()
            } else if let Some(why) = &scores[i][j].not_allowed {
                why.clone()
            } else if forbidden.contains(&(visiting[i].side.application_id, hosting[j].side.application_id)) {
                phrase!("said-matching-proposal-forbidden")
            } else if row_used[i] || col_used[j] {
                let other = fixed.iter().find(|&&(fi, fj, _)| fi == i || fj == j).map(|&(fi, fj, _)| if fi == i { &hosting[fj].side.hub_name } else { &visiting[fi].side.hub_name });
                let hub = if row_used[i] { &visiting[i].side.hub_name } else { &hosting[j].side.hub_name };
                match other {
                    Some(other) => phrase!("said-matching-proposal-already-paired", hub = hub, partner = other),
                    None => phrase!("said-matching-proposal-already-paired-another", hub = hub),
                }
            } else {
                row_used[i] = true;
                col_used[j] = true;
                fixed.push((i, j, PairSource::Proposed));
                Phrase::default()
            };
            proposals.push(Proposal {
                application_id: a.side.application_id,
                hub_name: a.side.hub_name.clone(),
                role: a.role,
                proposed_hub_name: partner.map(|p| theirs[p].side.hub_name.clone()).unwrap_or_else(|| hub_name(proposed)),
                accepted: problem.is_empty(),
                problem,
            });
        }

        // The rest: the optimal assignment of the free rows and columns.
        let free_rows: Vec<usize> = (0..visiting.len()).filter(|i| !row_used[*i]).collect();
        let free_cols: Vec<usize> = (0..hosting.len()).filter(|j| !col_used[*j]).collect();
        let table: Vec<Vec<Option<u32>>> = free_rows.iter().map(|&i| free_cols.iter().map(|&j| allowed(i, j).then_some(scores[i][j].total)).collect()).collect();
        let mut all = fixed;
        for (r, c) in best_assignment(&table) {
            all.push((free_rows[r], free_cols[c], PairSource::Suggested));
        }
        all.sort_by_key(|&(i, _, _)| i);

        // Costs: every selected grant with the planned hosts.
        let hosts: HashMap<i64, Place> = all
            .iter()
            .map(|&(i, j, _)| {
                let h = &hosting[j].side;
                (visiting[i].side.application_id, Place { hub: h.hub_name.clone(), city: h.city.clone(), country: h.country.clone(), coordinates: Some((h.latitude, h.longitude)) })
            })
            .collect();
        let grants = self.grant_totals_with_hosts(cycle_id, &hosts)?;
        let agreed: HashMap<(i64, i64), Visit> = {
            let mut stmt = self.conn().prepare("SELECT visiting_id, hosting_id, visit_start, visit_end FROM pairs WHERE cycle_id = ?1 AND visit_start IS NOT NULL AND visit_end IS NOT NULL")?;
            let rows = stmt.query_map([cycle_id], |r| Ok(((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?), r.get::<_, String>(2)?, r.get::<_, String>(3)?)))?;
            let mut map = HashMap::new();
            for row in rows {
                let (ids, start, end) = row?;
                let days = match (parse_day(&start), parse_day(&end)) {
                    (Some(a), Some(b)) => ((b - a).whole_days() + 1).max(0) as u32,
                    _ => 0,
                };
                map.insert(ids, Visit { starts_on: start, ends_on: end, days, agreed: true });
            }
            map
        };
        let pairs: Vec<PlannedPair> = all
            .iter()
            .map(|&(i, j, source)| PlannedPair {
                visiting: visiting[i].side.clone(),
                hosting: hosting[j].side.clone(),
                score: scores[i][j].clone(),
                source,
                grant_cents: grants.get(&visiting[i].side.application_id).copied().unwrap_or(0) + grants.get(&hosting[j].side.application_id).copied().unwrap_or(0),
                visit: agreed
                    .get(&(visiting[i].side.application_id, hosting[j].side.application_id))
                    .cloned()
                    .or_else(|| first_window(&visiting[i].side, &hosting[j].side, &cycle)),
            })
            .collect();

        // Whoever is left, with the reason.
        let paired_rows: HashSet<usize> = all.iter().map(|p| p.0).collect();
        let paired_cols: HashSet<usize> = all.iter().map(|p| p.1).collect();
        let free_hosts: Vec<usize> = (0..hosting.len()).filter(|j| !paired_cols.contains(j)).collect();
        let free_visitors: Vec<usize> = (0..visiting.len()).filter(|i| !paired_rows.contains(i)).collect();
        let mut unpaired = Vec::new();
        for &i in &free_visitors {
            let mut refusals = Vec::new();
            let reason = match free_hosts.as_slice() {
                [] if hosting.len() < visiting.len() => phrase!("said-matching-unpaired-no-host-left", visiting = visiting.len(), hosting = hosting.len()),
                [] => phrase!("said-matching-unpaired-hosts-taken"),
                free => {
                    refusals = free
                        .iter()
                        .map(|&j| {
                            let why = scores[i][j].not_allowed.clone().unwrap_or_else(|| phrase!("said-matching-refusal-forbidden"));
                            Phrase::from(telling(said!("said-matching-unpaired-host-refusal", host = &hosting[j].side.hub_name), &why))
                        })
                        .collect();
                    phrase!("said-matching-unpaired-none-free", hosts = refusals.join("; "))
                }
            };
            unpaired.push(Unpaired { side: visiting[i].side.clone(), role: Role::Visiting, reason, refusals });
        }
        for &j in &free_hosts {
            let reason = if free_visitors.is_empty() {
                phrase!("said-matching-unpaired-no-visitor-left", hosting = hosting.len(), visiting = visiting.len())
            } else {
                phrase!("said-matching-unpaired-no-visitor-allowed")
            };
            unpaired.push(Unpaired { side: hosting[j].side.clone(), role: Role::Hosting, reason, refusals: Vec::new() });
        }
        let complete = free_visitors.is_empty() && !visiting.is_empty();
        let message = plan_message(visiting.len(), hosting.len(), free_visitors.len()).map(Phrase::from).unwrap_or_default();

        let table: Vec<ScoreCell> = visiting
            .iter()
            .enumerate()
            .flat_map(|(i, v)| {
                let scores = &scores;
                let forbidden = &forbidden;
                hosting.iter().enumerate().map(move |(j, h)| {
                    let ids = (v.side.application_id, h.side.application_id);
                    ScoreCell {
                        visiting_id: ids.0,
                        hosting_id: ids.1,
                        total: scores[i][j].total,
                        km: scores[i][j].km,
                        not_allowed: scores[i][j].not_allowed.clone().or_else(|| forbidden.contains(&ids).then(|| phrase!("said-matching-forbidden-by-staff"))),
                    }
                })
            })
            .collect();
        let confirmed: Vec<(i64, i64, String)> = {
            let mut stmt = self.conn().prepare("SELECT visiting_id, hosting_id, confirmed_at FROM pairs WHERE cycle_id = ?1")?;
            let rows = stmt.query_map([cycle_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        let confirmed_set: HashSet<(i64, i64)> = confirmed.iter().map(|c| (c.0, c.1)).collect();
        let planned_set: HashSet<(i64, i64)> = pairs.iter().map(|p| (p.visiting.application_id, p.hosting.application_id)).collect();
        Ok(PairingPlan {
            cycle_id,
            weights_version: self.pairing_weights_version(cycle_id)?,
            visiting_count: visiting.len() as u32,
            hosting_count: hosting.len() as u32,
            total_score: pairs.iter().map(|p| p.score.total).sum(),
            total_grant_cents: pairs.iter().map(|p| p.grant_cents).sum(),
            pairs,
            unpaired,
            proposals,
            constraints,
            table,
            complete,
            message,
            confirmed_at: confirmed.iter().map(|c| c.2.clone()).max(),
            matches_confirmed: !confirmed_set.is_empty() && confirmed_set == planned_set,
            can_confirm: gates::refusal(&cycle, Work::Matching).is_none(),
            weights,
        })
    }

    /// Lock a pair (kept by every re-run; other locks of either hub go), forbid it, or clear
    /// what was set (`None`). Returns the new plan.
    pub fn set_pair_constraint(&mut self, cycle_id: i64, visiting_id: i64, hosting_id: i64, kind: Option<ConstraintKind>, actor: &str) -> Result<PairingPlan> {
        gates::check(&self.p2p_cycle(cycle_id)?, Work::Matching)?;
        let side = |id: i64| -> Result<(String, String, String)> {
            self.conn()
                .query_row(
                    "SELECT a.role, a.status, h.name FROM applications a JOIN hubs h ON h.id = a.hub_id WHERE a.id = ?1 AND a.cycle_id = ?2",
                    params![id, cycle_id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?
                .ok_or_else(|| Error::new(ErrorCode::BadRequest, said!("said-matching-application-not-in-cycle", id = id)))
        };
        let (v_role, v_status, v_name) = side(visiting_id)?;
        let (h_role, h_status, h_name) = side(hosting_id)?;
        if v_role != "visiting" || h_role != "hosting" {
            return Err(Error::new(
                ErrorCode::BadRequest,
                said!("said-matching-pair-roles", visiting = &v_name, visiting_role = &v_role, hosting = &h_name, hosting_role = &h_role),
            ));
        }
        if kind == Some(ConstraintKind::Locked) {
            for (status, name) in [(&v_status, &v_name), (&h_status, &h_name)] {
                if status != "selected" {
                    return Err(not_allowed(said!("said-matching-lock-not-selected", hub = name, status = status)));
                }
            }
            let plan_weights = self.pairing_weights(cycle_id)?;
            let applicants: Vec<Applicant> = {
                let mut stmt = self.conn().prepare_cached(APPLICANTS_SQL)?;
                let rows = stmt.query_map([cycle_id], read_applicant)?;
                rows.collect::<rusqlite::Result<Vec<_>>>()?
            };
            let find = |id: i64| applicants.iter().find(|a| a.side.application_id == id).map(|a| &a.candidate);
            if let (Some(v), Some(h)) = (find(visiting_id), find(hosting_id)) {
                if let Some(why) = score_pair(v, h, &plan_weights, false).not_allowed {
                    return Err(not_allowed(telling(said!("said-matching-lock-refused", visiting = &v_name, hosting = &h_name), &why)));
                }
            }
        }
        let tx = self.conn().unchecked_transaction()?;
        self.conn().execute("DELETE FROM pair_constraints WHERE visiting_id = ?1 AND hosting_id = ?2", params![visiting_id, hosting_id])?;
        match kind {
            Some(ConstraintKind::Locked) => {
                self.conn().execute(
                    "DELETE FROM pair_constraints WHERE cycle_id = ?1 AND kind = 'locked' AND (visiting_id = ?2 OR hosting_id = ?3)",
                    params![cycle_id, visiting_id, hosting_id],
                )?;
                self.conn().execute(
                    "INSERT INTO pair_constraints (id, cycle_id, visiting_id, hosting_id, kind, actor) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'pair_constraints'), ?1, ?2, ?3, 'locked', ?4)",
                    params![cycle_id, visiting_id, hosting_id, actor],
                )?;
            }
            Some(ConstraintKind::Forbidden) => {
                self.conn().execute(
                    "INSERT INTO pair_constraints (id, cycle_id, visiting_id, hosting_id, kind, actor) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'pair_constraints'), ?1, ?2, ?3, 'forbidden', ?4)",
                    params![cycle_id, visiting_id, hosting_id, actor],
                )?;
            }
            None => {}
        }
        tx.commit()?;
        self.pairing_plan(cycle_id)
    }

    /// Confirm the plan's pairs: they replace the cycle's confirmed pairs, the grants take each
    /// pair's host, and the move to Awarded can follow once every visiting hub is paired.
    pub fn confirm_pairing(&mut self, cycle_id: i64, actor: &str) -> Result<PairingPlan> {
        gates::check(&self.p2p_cycle(cycle_id)?, Work::Matching)?;
        let plan = self.pairing_plan(cycle_id)?;
        if plan.pairs.is_empty() {
            // No pair: the plan's message says why (its counts are the plan's own).
            let visiting = plan.unpaired.iter().filter(|u| u.role == Role::Visiting).count();
            let hosting = plan.unpaired.len() - visiting;
            return Err(not_allowed(plan_message(visiting, hosting, visiting).unwrap_or_else(|| said!("said-matching-no-pair-to-confirm"))));
        }
        let tx = self.conn().unchecked_transaction()?;
        self.conn().execute("DELETE FROM pairs WHERE cycle_id = ?1", [cycle_id])?;
        {
            // A pair confirmed again keeps the visit dates agreed for it; a proposal stays one.
            let mut insert = self.conn().prepare(
                "INSERT INTO pairs (id, cycle_id, visiting_id, hosting_id, visiting_hub_id, hosting_hub_id, score, breakdown, source, actor, visit_start, visit_end)
                 VALUES ((SELECT id FROM team_next_id WHERE tbl = 'pairs'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?;
            for p in &plan.pairs {
                let breakdown = serde_json::to_string(&p.score.breakdown).map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?;
                let agreed = p.visit.as_ref().filter(|v| v.agreed);
                insert.execute(params![
                    cycle_id,
                    p.visiting.application_id,
                    p.hosting.application_id,
                    p.visiting.hub_id,
                    p.hosting.hub_id,
                    p.score.total,
                    breakdown,
                    p.source.as_str(),
                    actor,
                    agreed.map(|v| v.starts_on.clone()),
                    agreed.map(|v| v.ends_on.clone())
                ])?;
            }
        }
        self.recompute_drafts(cycle_id)?;
        tx.commit()?;
        self.pairing_plan(cycle_id)
    }

    /// Set the dates of a confirmed pair's visit, as the two hubs agreed them (or clear them
    /// with `None`): within both hubs' availability and the cycle's activity window, and no
    /// longer than the cycle's longest activity. The pair's grants follow.
    pub fn set_pair_visit(&mut self, cycle_id: i64, visiting_id: i64, dates: Option<(&str, &str)>) -> Result<PairingPlan> {
        let cycle = self.p2p_cycle(cycle_id)?;
        gates::check(&cycle, Work::VisitDates)?;
        let plan = self.pairing_plan(cycle_id)?;
        let confirmed: Option<i64> = self
            .conn()
            .query_row("SELECT hosting_id FROM pairs WHERE cycle_id = ?1 AND visiting_id = ?2", params![cycle_id, visiting_id], |r| r.get(0))
            .optional()?;
        let Some(hosting_id) = confirmed else {
            return Err(not_allowed(said!("said-matching-visit-no-pair")));
        };
        let pair = plan.pairs.iter().find(|p| p.visiting.application_id == visiting_id && p.hosting.application_id == hosting_id);
        let (start, end) = match dates {
            None => (None, None),
            Some((from, to)) => {
                let mut errors = Vec::new();
                let from_day = parse_day(from);
                let to_day = parse_day(to);
                if from_day.is_none() {
                    errors.push(crate::platform::error::FieldError::new("visit_start", said!("said-matching-visit-not-a-date", text = from.trim())));
                }
                if to_day.is_none() {
                    errors.push(crate::platform::error::FieldError::new("visit_end", said!("said-matching-visit-not-a-date", text = to.trim())));
                }
                if let (Some(a), Some(b)) = (from_day, to_day) {
                    let days = (b - a).whole_days() + 1;
                    let fmt = crate::platform::dates::format_date;
                    if days < 1 {
                        errors.push(crate::platform::error::FieldError::new("visit_end", said!("said-matching-visit-ends-before", end = fmt(b), start = fmt(a))));
                    } else {
                        if let Some(max) = cycle.max_days.filter(|m| days > i64::from(*m)) {
                            errors.push(crate::platform::error::FieldError::new("visit_end", said!("said-matching-visit-too-long", days = days, most = max)));
                        }
                        let mut within = |side: Option<&PairSide>, whose: &str| {
                            let Some(side) = side else { return };
                            let (s, e) = (side.starts_on.as_deref().and_then(parse_day), side.ends_on.as_deref().and_then(parse_day));
                            if s.is_some_and(|s| a < s) || e.is_some_and(|e| b > e) {
                                errors.push(crate::platform::error::FieldError::new(
                                    "visit_start",
                                    said!(
                                        "said-matching-visit-outside-hub",
                                        hub = &side.hub_name,
                                        role = whose,
                                        from = side.starts_on.as_deref().unwrap_or(ANY_DAY),
                                        to = side.ends_on.as_deref().unwrap_or(ANY_DAY)
                                    ),
                                ));
                            }
                        };
                        within(pair.map(|p| &p.visiting), "visiting");
                        within(pair.map(|p| &p.hosting), "hosting");
                        let (cs, ce) = (cycle.activity_start.as_deref().and_then(parse_day), cycle.activity_end.as_deref().and_then(parse_day));
                        if cs.is_some_and(|s| a < s) || ce.is_some_and(|e| b > e) {
                            errors.push(crate::platform::error::FieldError::new(
                                "visit_start",
                                said!(
                                    "said-matching-visit-outside-cycle",
                                    from = cycle.activity_start.as_deref().unwrap_or(ANY_DAY),
                                    to = cycle.activity_end.as_deref().unwrap_or(ANY_DAY)
                                ),
                            ));
                        }
                    }
                }
                if !errors.is_empty() {
                    return Err(Error::validation(errors));
                }
                (from_day.map(crate::platform::dates::format_date), to_day.map(crate::platform::dates::format_date))
            }
        };
        let tx = self.conn().unchecked_transaction()?;
        self.conn().execute("UPDATE pairs SET visit_start = ?3, visit_end = ?4 WHERE cycle_id = ?1 AND visiting_id = ?2", params![cycle_id, visiting_id, start, end])?;
        self.recompute_drafts(cycle_id)?;
        tx.commit()?;
        self.pairing_plan(cycle_id)
    }

    /// "A hosting hub paired with every selected visiting hub", naming those without, for the
    /// move to Awarded.
    pub(crate) fn missing_pairs(&self, cycle_id: i64) -> Vec<Phrase> {
        let unpaired: Vec<String> = match self.conn().prepare(
            "SELECT h.name FROM applications a JOIN hubs h ON h.id = a.hub_id
              WHERE a.cycle_id = ?1 AND a.status = 'selected' AND a.role = 'visiting'
                AND NOT EXISTS (SELECT 1 FROM pairs p JOIN applications x ON x.id = p.hosting_id
                                 WHERE p.visiting_id = a.id AND x.status = 'selected')
              ORDER BY h.sort_name",
        ) {
            Ok(mut stmt) => match stmt.query_map([cycle_id], |r| r.get::<_, String>(0)).and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>()) {
                Ok(names) => names,
                Err(e) => return vec![Phrase::from(e.to_string())],
            },
            Err(e) => return vec![Phrase::from(e.to_string())],
        };
        match unpaired.as_slice() {
            [] => vec![],
            [one] => vec![phrase!("said-matching-missing-pair", hub = one)],
            many => vec![phrase!("said-matching-missing-pairs", count = many.len(), hubs = many[..many.len().min(2)].join(", "))],
        }
    }
}
