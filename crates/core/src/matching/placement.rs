//! Hosts for people: Staff Exchange placements and Hubs Alliance host checks.
//!
//! **Staff Exchange.** Each selected person is placed at a member hub available for mobility,
//! within each host's capacity for the cycle (1 until staff change it; 0 = not hosting). A valid
//! stated preference (the host the person proposed, with room left) is kept, as are staff's
//! locks; everyone else gets the optimal assignment with capacities: each host stands in the
//! score table once per free place, and [`crate::matching::engine::best_assignment`] fills them. Scores
//! are the pairing's (the person's home hub against the host, with the cycle's weights).
//!
//! **Hubs Alliance.** Requests name their host; the check says whether the host is an Alliance
//! member, is not the person's own hub, and has room on those dates (no more overlapping
//! selected visits than its capacity, 1 by default).

use std::collections::{HashMap, HashSet};

use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::said::{Phrase, Said};
use crate::{phrase, said};
use crate::cycle::gates::{self, Work};
use crate::funding::grants::Place;
use crate::registry::hubs::Maturity;
use crate::matching::engine::{best_assignment, score_pair, telling, Candidate, PairScore, PairingWeights};
use crate::matching::pairs::{ConstraintKind, PairSource};
use crate::cycle::programmes::Shape;
use crate::platform::store::Store;

/// A host hub of a Staff Exchange cycle and its places.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct HostHub {
    #[ts(type = "number")]
    pub hub_id: i64,
    pub hub_name: String,
    pub city: String,
    pub country: String,
    pub latitude: f64,
    pub longitude: f64,
    pub capacity: u32,
    /// People the plan places there.
    pub placed: u32,
}

/// A person of the plan and where they go.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PlannedPlacement {
    #[ts(type = "number")]
    pub application_id: i64,
    pub person: String,
    pub home_hub: String,
    pub home_country: String,
    #[ts(type = "number")]
    pub host_hub_id: i64,
    pub host_hub: String,
    pub host_country: String,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub score: PairScore,
    pub source: PairSource,
    /// The person's grant with this host under the cycle's rules, cents.
    #[ts(type = "number")]
    pub grant_cents: i64,
}

/// A selected person without a host, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Unplaced {
    #[ts(type = "number")]
    pub application_id: i64,
    pub person: String,
    pub home_hub: String,
    pub reason: Phrase,
}

/// A placement staff locked or forbade.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PlacementConstraint {
    #[ts(type = "number")]
    pub application_id: i64,
    #[ts(type = "number")]
    pub host_hub_id: i64,
    pub person: String,
    pub host_hub: String,
    pub kind: ConstraintKind,
}

/// A Staff Exchange cycle's placements as they stand.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PlacementPlan {
    #[ts(type = "number")]
    pub cycle_id: i64,
    pub weights: PairingWeights,
    /// The version of `weights`, raised by every save; a save states the version its dialog read.
    #[ts(type = "number")]
    pub weights_version: i64,
    pub people: u32,
    pub placements: Vec<PlannedPlacement>,
    pub unplaced: Vec<Unplaced>,
    pub hosts: Vec<HostHub>,
    pub constraints: Vec<PlacementConstraint>,
    pub total_score: u32,
    #[ts(type = "number")]
    pub total_grant_cents: i64,
    pub complete: bool,
    /// Why the placement is partial, in words; empty when it is complete.
    pub message: Phrase,
    pub confirmed_at: Option<String>,
    pub matches_confirmed: bool,
    pub can_confirm: bool,
}

/// Whether a Hubs Alliance request's host can take it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AllianceCheck {
    #[ts(type = "number")]
    pub application_id: i64,
    pub person: String,
    pub home_hub: String,
    #[ts(type = "number | null")]
    pub host_hub_id: Option<i64>,
    pub host_hub: Option<String>,
    /// Visitors the host has room for at the same time.
    pub host_capacity: u32,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub ok: bool,
    /// What is wrong with the host, each in words ("… is not an Alliance member").
    pub problems: Vec<Phrase>,
}

struct Person {
    application_id: i64,
    person: String,
    home: Candidate,
    starts_on: Option<String>,
    ends_on: Option<String>,
}

struct Host {
    info: HostHub,
    candidate: Candidate,
}

fn not_allowed(message: impl crate::platform::said::Wording) -> Error {
    Error::new(ErrorCode::NotAllowed, message)
}

/// What the plan says of its placements, from how many people are selected and how many are
/// left without a host: nothing when everyone is placed.
fn plan_message(people: usize, unplaced: usize) -> Option<Said> {
    match (people, unplaced) {
        (0, _) => Some(said!("said-matching-placement-none-selected")),
        (_, 0) => None,
        (people, unplaced) => Some(said!("said-matching-placement-partial", unplaced = unplaced, people = people)),
    }
}

/// The id of a host check's problem starts with this; the rest is its kind.
const ALLIANCE_PROBLEM: &str = "said-matching-alliance-";

/// "A valid Alliance host for Jan Horak's request (…)": its problems as `$kinds` (their kinds
/// in order, "own-hub-not-member") and their arguments, for the message to write each in its
/// language; and as `$problems`, their English, for any other set of problems.
fn missing_host(person: &str, problems: &[Phrase]) -> Phrase {
    let mut said = said!("said-matching-missing-alliance-host", person = person, problems = problems.join("; "));
    let mut kinds = Vec::new();
    for p in problems {
        match p.said.as_ref().and_then(|s| s.id.strip_prefix(ALLIANCE_PROBLEM).map(|kind| (kind, s))) {
            Some((kind, s)) => {
                kinds.push(kind.to_string());
                for (name, value) in &s.args {
                    said.args.entry(name.clone()).or_insert_with(|| value.clone());
                }
            }
            None => kinds.push("other".to_string()),
        }
    }
    Phrase::from(said.with("kinds", kinds.join("-")))
}

fn hub_candidate(r: &rusqlite::Row<'_>, first: usize, application_id: i64, dates: (Option<String>, Option<String>), proposed: Option<i64>) -> rusqlite::Result<Candidate> {
    Ok(Candidate {
        application_id,
        hub_id: r.get(first)?,
        hub_name: r.get(first + 1)?,
        country: r.get(first + 3)?,
        coordinates: (r.get(first + 4)?, r.get(first + 5)?),
        maturity: Maturity::parse(&r.get::<_, String>(first + 6)?).unwrap_or(Maturity::Emerging),
        sectors: serde_json::from_str(&r.get::<_, String>(first + 7)?).unwrap_or_default(),
        languages: serde_json::from_str(&r.get::<_, String>(first + 8)?).unwrap_or_default(),
        starts_on: dates.0,
        ends_on: dates.1,
        proposed_hub_id: proposed,
    })
}

const HUB_COLUMNS: &str = "h.id, h.name, h.city, h.country, h.latitude, h.longitude, h.maturity, h.sectors, h.languages";

impl Store {
    /// The cycle, when its programme has `shape` (Staff Exchange's placements, Hubs Alliance's
    /// host checks).
    fn cycle_of_shape(&self, cycle_id: i64, shape: Shape) -> Result<crate::cycle::cycles::Cycle> {
        let cycle = self.cycle(cycle_id)?;
        if cycle.shape != shape {
            let (title, programme) = (&cycle.title, &cycle.programme_name);
            return Err(not_allowed(match shape {
                Shape::HubsAlliance => said!("said-matching-host-checks-alliance-only", cycle = title, programme = programme),
                _ => said!("said-matching-placements-staff-exchange-only", cycle = title, programme = programme),
            }));
        }
        Ok(cycle)
    }

    /// Set how many people a hub hosts in a cycle (0 to 50); the plan follows.
    pub fn set_host_capacity(&mut self, cycle_id: i64, hub_id: i64, capacity: u32) -> Result<()> {
        gates::check(&self.cycle(cycle_id)?, Work::MatchingSettings)?;
        self.hub(hub_id)?;
        if capacity > 50 {
            return Err(Error::validation(vec![FieldError::new("capacity", said!("said-matching-capacity-range", most = 50))]));
        }
        self.conn().execute(
            "INSERT INTO host_capacities (cycle_id, hub_id, capacity) VALUES (?1, ?2, ?3) ON CONFLICT (cycle_id, hub_id) DO UPDATE SET capacity = ?3",
            params![cycle_id, hub_id, capacity],
        )?;
        Ok(())
    }

    fn capacities(&self, cycle_id: i64) -> Result<HashMap<i64, u32>> {
        let mut stmt = self.conn().prepare("SELECT hub_id, capacity FROM host_capacities WHERE cycle_id = ?1")?;
        let rows = stmt.query_map([cycle_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, u32>(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<HashMap<_, _>>>()?)
    }

    fn placement_constraints(&self, cycle_id: i64) -> Result<Vec<PlacementConstraint>> {
        let mut stmt = self.conn().prepare(
            "SELECT c.application_id, c.host_hub_id, a.person_name, h.name, c.kind
               FROM placement_constraints c JOIN applications a ON a.id = c.application_id JOIN hubs h ON h.id = c.host_hub_id
              WHERE c.cycle_id = ?1 ORDER BY c.id",
        )?;
        let rows = stmt.query_map([cycle_id], |r| {
            Ok(PlacementConstraint {
                application_id: r.get(0)?,
                host_hub_id: r.get(1)?,
                person: r.get(2)?,
                host_hub: r.get(3)?,
                kind: if r.get::<_, String>(4)? == "locked" { ConstraintKind::Locked } else { ConstraintKind::Forbidden },
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// A Staff Exchange cycle's placements: preferences and locks kept, the rest placed
    /// optimally within each host's capacity, whoever is left with the reason.
    pub fn placement_plan(&self, cycle_id: i64) -> Result<PlacementPlan> {
        let cycle = self.cycle_of_shape(cycle_id, Shape::StaffExchange)?;
        let weights = self.pairing_weights(cycle_id)?;
        let people: Vec<Person> = {
            let mut stmt = self.conn().prepare(&format!(
                "SELECT a.id, a.person_name, a.starts_on, a.ends_on, a.partner_hub_id, {HUB_COLUMNS}
                   FROM applications a JOIN hubs h ON h.id = a.hub_id
                  WHERE a.cycle_id = ?1 AND a.status = 'selected' AND a.role = 'visitor' ORDER BY a.id"
            ))?;
            let rows = stmt.query_map([cycle_id], |r| {
                let id: i64 = r.get(0)?;
                let dates: (Option<String>, Option<String>) = (r.get(2)?, r.get(3)?);
                Ok(Person { application_id: id, person: r.get(1)?, home: hub_candidate(r, 5, id, dates.clone(), r.get(4)?)?, starts_on: dates.0, ends_on: dates.1 })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        let capacities = self.capacities(cycle_id)?;
        let hosts: Vec<Host> = {
            let mut stmt = self.conn().prepare(&format!(
                "SELECT {HUB_COLUMNS} FROM hubs h WHERE h.archived = 0 AND h.membership <> 'former' AND h.available_for_mobility = 1 ORDER BY h.sort_name, h.id"
            ))?;
            let rows = stmt.query_map([], |r| {
                let candidate = hub_candidate(r, 0, 0, (None, None), None)?;
                Ok(Host {
                    info: HostHub {
                        hub_id: candidate.hub_id,
                        hub_name: candidate.hub_name.clone(),
                        city: r.get(2)?,
                        country: candidate.country.clone(),
                        latitude: candidate.coordinates.0,
                        longitude: candidate.coordinates.1,
                        capacity: 1,
                        placed: 0,
                    },
                    candidate,
                })
            })?;
            let mut hosts = rows.collect::<rusqlite::Result<Vec<_>>>()?;
            for h in &mut hosts {
                h.info.capacity = capacities.get(&h.info.hub_id).copied().unwrap_or(1);
            }
            hosts
        };
        let host_of: HashMap<i64, usize> = hosts.iter().enumerate().map(|(j, h)| (h.info.hub_id, j)).collect();
        let constraints = self.placement_constraints(cycle_id)?;
        let forbidden: HashSet<(i64, i64)> = constraints.iter().filter(|c| c.kind == ConstraintKind::Forbidden).map(|c| (c.application_id, c.host_hub_id)).collect();
        let scores: Vec<Vec<PairScore>> = people.iter().map(|p| hosts.iter().map(|h| score_pair(&p.home, &h.candidate, &weights, false)).collect()).collect();
        let allowed = |i: usize, j: usize| scores[i][j].not_allowed.is_none() && !forbidden.contains(&(people[i].application_id, hosts[j].info.hub_id));

        let mut left: Vec<u32> = hosts.iter().map(|h| h.info.capacity).collect();
        let mut placed: Vec<Option<(usize, PairSource)>> = vec![None; people.len()];
        for c in constraints.iter().filter(|c| c.kind == ConstraintKind::Locked) {
            let (Some(i), Some(&j)) = (people.iter().position(|p| p.application_id == c.application_id), host_of.get(&c.host_hub_id)) else { continue };
            if placed[i].is_none() && left[j] > 0 && scores[i][j].not_allowed.is_none() {
                left[j] -= 1;
                placed[i] = Some((j, PairSource::Locked));
            }
        }
        for (i, p) in people.iter().enumerate() {
            let Some(&j) = p.home.proposed_hub_id.as_ref().and_then(|h| host_of.get(h)) else { continue };
            if placed[i].is_none() && left[j] > 0 && allowed(i, j) {
                left[j] -= 1;
                placed[i] = Some((j, PairSource::Proposed));
            }
        }
        // The rest: each host once per free place.
        let free_people: Vec<usize> = (0..people.len()).filter(|i| placed[*i].is_none()).collect();
        let columns: Vec<usize> = (0..hosts.len()).flat_map(|j| std::iter::repeat_n(j, left[j] as usize)).collect();
        let table: Vec<Vec<Option<u32>>> = free_people.iter().map(|&i| columns.iter().map(|&j| allowed(i, j).then_some(scores[i][j].total)).collect()).collect();
        for (r, c) in best_assignment(&table) {
            placed[free_people[r]] = Some((columns[c], PairSource::Suggested));
        }

        let host_places: HashMap<i64, Place> = placed
            .iter()
            .enumerate()
            .filter_map(|(i, p)| p.map(|(j, _)| (i, j)))
            .map(|(i, j)| {
                let h = &hosts[j].info;
                (people[i].application_id, Place { hub: h.hub_name.clone(), city: h.city.clone(), country: h.country.clone(), coordinates: Some((h.latitude, h.longitude)) })
            })
            .collect();
        let grants = self.grant_totals_with_hosts(cycle_id, &host_places)?;
        let mut host_infos: Vec<HostHub> = hosts.iter().map(|h| h.info.clone()).collect();
        let mut placements = Vec::new();
        let mut unplaced = Vec::new();
        let full = left.iter().all(|l| *l == 0);
        for (i, p) in people.iter().enumerate() {
            match placed[i] {
                Some((j, source)) => {
                    host_infos[j].placed += 1;
                    placements.push(PlannedPlacement {
                        application_id: p.application_id,
                        person: p.person.clone(),
                        home_hub: p.home.hub_name.clone(),
                        home_country: p.home.country.clone(),
                        host_hub_id: hosts[j].info.hub_id,
                        host_hub: hosts[j].info.hub_name.clone(),
                        host_country: hosts[j].info.country.clone(),
                        starts_on: p.starts_on.clone(),
                        ends_on: p.ends_on.clone(),
                        score: scores[i][j].clone(),
                        source,
                        grant_cents: grants.get(&p.application_id).copied().unwrap_or(0),
                    });
                }
                None => unplaced.push(Unplaced {
                    application_id: p.application_id,
                    person: p.person.clone(),
                    home_hub: p.home.hub_name.clone(),
                    reason: if hosts.is_empty() {
                        phrase!("said-matching-unplaced-no-host")
                    } else if hosts.iter().all(|h| h.info.capacity == 0) {
                        phrase!("said-matching-unplaced-no-places")
                    } else if full {
                        phrase!("said-matching-unplaced-places-taken")
                    } else {
                        phrase!("said-matching-unplaced-none-allowed")
                    },
                }),
            }
        }
        let confirmed: Vec<(i64, i64, String)> = {
            let mut stmt = self.conn().prepare("SELECT application_id, host_hub_id, confirmed_at FROM placements WHERE cycle_id = ?1")?;
            let rows = stmt.query_map([cycle_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        let confirmed_set: HashSet<(i64, i64)> = confirmed.iter().map(|c| (c.0, c.1)).collect();
        let planned_set: HashSet<(i64, i64)> = placements.iter().map(|p| (p.application_id, p.host_hub_id)).collect();
        let message = plan_message(people.len(), unplaced.len()).map(Phrase::from).unwrap_or_default();
        Ok(PlacementPlan {
            cycle_id,
            weights,
            weights_version: self.pairing_weights_version(cycle_id)?,
            people: people.len() as u32,
            total_score: placements.iter().map(|p| p.score.total).sum(),
            total_grant_cents: placements.iter().map(|p| p.grant_cents).sum(),
            complete: !people.is_empty() && unplaced.is_empty(),
            placements,
            unplaced,
            hosts: host_infos,
            constraints,
            message,
            confirmed_at: confirmed.iter().map(|c| c.2.clone()).max(),
            matches_confirmed: !confirmed_set.is_empty() && confirmed_set == planned_set,
            can_confirm: gates::refusal(&cycle, Work::Matching).is_none(),
        })
    }

    /// Lock a person at a host, forbid that host for them, or clear (`None`).
    pub fn set_placement_constraint(&mut self, cycle_id: i64, application_id: i64, host_hub_id: i64, kind: Option<ConstraintKind>, actor: &str) -> Result<PlacementPlan> {
        gates::check(&self.cycle_of_shape(cycle_id, Shape::StaffExchange)?, Work::Matching)?;
        let app: Option<(String, String, i64)> = self
            .conn()
            .query_row("SELECT role, status, hub_id FROM applications WHERE id = ?1 AND cycle_id = ?2", params![application_id, cycle_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let (role, status, home) = app.ok_or_else(|| Error::new(ErrorCode::BadRequest, said!("said-matching-application-not-in-cycle", id = application_id)))?;
        let host = self.hub(host_hub_id).map_err(|_| Error::new(ErrorCode::BadRequest, said!("said-matching-no-such-hub", id = host_hub_id)))?;
        if role != "visitor" {
            return Err(Error::new(ErrorCode::BadRequest, said!("said-matching-not-a-person", id = application_id)));
        }
        if kind == Some(ConstraintKind::Locked) {
            if status != "selected" {
                return Err(not_allowed(said!("said-matching-placement-not-selected", id = application_id, status = &status)));
            }
            if host_hub_id == home {
                return Err(not_allowed(said!("said-matching-own-hub", hub = &host.name)));
            }
            if !host.available_for_mobility || host.archived {
                return Err(not_allowed(said!("said-matching-host-unavailable", hub = &host.name)));
            }
            let capacity = self.capacities(cycle_id)?.get(&host_hub_id).copied().unwrap_or(1);
            let locked_there: u32 = self.conn().query_row(
                "SELECT count(*) FROM placement_constraints WHERE cycle_id = ?1 AND host_hub_id = ?2 AND kind = 'locked' AND application_id <> ?3",
                params![cycle_id, host_hub_id, application_id],
                |r| r.get(0),
            )?;
            if locked_there >= capacity {
                return Err(not_allowed(said!("said-matching-host-full", hub = &host.name, capacity = capacity)));
            }
            let plan = self.placement_plan(cycle_id)?;
            if let Some(p) = plan.placements.iter().find(|p| p.application_id == application_id) {
                let weights = self.pairing_weights(cycle_id)?;
                let home = self.hub(home)?;
                let candidate = |h: &crate::registry::hubs::Hub| Candidate {
                    application_id,
                    hub_id: h.id,
                    hub_name: h.name.clone(),
                    country: h.country.clone(),
                    coordinates: (h.latitude, h.longitude),
                    maturity: h.maturity,
                    sectors: h.sectors.clone(),
                    languages: h.languages.clone(),
                    starts_on: None,
                    ends_on: None,
                    proposed_hub_id: None,
                };
                if let Some(why) = score_pair(&candidate(&home), &candidate(&host), &weights, false).not_allowed {
                    return Err(not_allowed(telling(said!("said-matching-placement-refused", person = &p.person, hub = &host.name), &why)));
                }
            }
        }
        let tx = self.conn().unchecked_transaction()?;
        self.conn().execute("DELETE FROM placement_constraints WHERE application_id = ?1 AND host_hub_id = ?2", params![application_id, host_hub_id])?;
        if let Some(kind) = kind {
            if kind == ConstraintKind::Locked {
                self.conn().execute("DELETE FROM placement_constraints WHERE application_id = ?1 AND kind = 'locked'", [application_id])?;
            }
            self.conn().execute(
                "INSERT INTO placement_constraints (id, cycle_id, application_id, host_hub_id, kind, actor) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'placement_constraints'), ?1, ?2, ?3, ?4, ?5)",
                params![cycle_id, application_id, host_hub_id, if kind == ConstraintKind::Locked { "locked" } else { "forbidden" }, actor],
            )?;
        }
        tx.commit()?;
        self.placement_plan(cycle_id)
    }

    /// Save the cycle's score weights (the pairing's); the placements follow.
    pub fn save_placement_weights(&mut self, cycle_id: i64, weights: &PairingWeights) -> Result<PlacementPlan> {
        self.save_placement_weights_at(cycle_id, weights, None)
    }

    /// [`Store::save_placement_weights`] from a dialog that read the weights at version
    /// `read_at`: refused with `conflict` when they were saved since.
    pub fn save_placement_weights_at(&mut self, cycle_id: i64, weights: &PairingWeights, read_at: Option<i64>) -> Result<PlacementPlan> {
        gates::check(&self.cycle_of_shape(cycle_id, Shape::StaffExchange)?, Work::MatchingSettings)?;
        self.store_pairing_weights(cycle_id, weights, read_at)?;
        self.placement_plan(cycle_id)
    }

    /// Confirm the plan's placements; the grants take each person's host.
    pub fn confirm_placements(&mut self, cycle_id: i64, actor: &str) -> Result<PlacementPlan> {
        gates::check(&self.cycle_of_shape(cycle_id, Shape::StaffExchange)?, Work::Matching)?;
        let plan = self.placement_plan(cycle_id)?;
        if plan.placements.is_empty() {
            // No placement: the plan's message says why (its counts are the plan's own).
            return Err(not_allowed(plan_message(plan.people as usize, plan.unplaced.len()).unwrap_or_else(|| said!("said-matching-no-placement-to-confirm"))));
        }
        let tx = self.conn().unchecked_transaction()?;
        self.conn().execute("DELETE FROM placements WHERE cycle_id = ?1", [cycle_id])?;
        for p in &plan.placements {
            let breakdown = serde_json::to_string(&p.score.breakdown).map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?;
            let source = match p.source {
                PairSource::Proposed => "proposed",
                PairSource::Locked => "locked",
                PairSource::Suggested => "suggested",
            };
            self.conn().execute(
                "INSERT INTO placements (id, cycle_id, application_id, host_hub_id, score, breakdown, source, actor) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'placements'), ?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![cycle_id, p.application_id, p.host_hub_id, p.score.total, breakdown, source, actor],
            )?;
        }
        self.recompute_drafts(cycle_id)?;
        tx.commit()?;
        self.placement_plan(cycle_id)
    }

    /// "A host for every selected person", naming those without, for the move to Awarded.
    pub(crate) fn missing_placements(&self, cycle_id: i64) -> Vec<Phrase> {
        let names: Vec<String> = match self
            .conn()
            .prepare(
                "SELECT a.person_name FROM applications a
                  WHERE a.cycle_id = ?1 AND a.status = 'selected' AND a.role = 'visitor'
                    AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.application_id = a.id)
                  ORDER BY a.id",
            )
            .and_then(|mut stmt| stmt.query_map([cycle_id], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>())
        {
            Ok(names) => names,
            Err(e) => return vec![Phrase::from(e.to_string())],
        };
        match names.len() {
            0 => vec![],
            n => vec![phrase!("said-matching-missing-placements", count = n, person = &names[0])],
        }
    }

    /// Each selected Hubs Alliance request against its host: an Alliance member, not the
    /// person's own hub, with room on those dates.
    pub fn alliance_checks(&self, cycle_id: i64) -> Result<Vec<AllianceCheck>> {
        self.cycle_of_shape(cycle_id, Shape::HubsAlliance)?;
        let capacities = self.capacities(cycle_id)?;
        type Request = (i64, String, i64, String, Option<i64>, Option<String>, Option<bool>, Option<String>, Option<String>);
        let requests: Vec<Request> = {
            let mut stmt = self.conn().prepare(
                "SELECT a.id, a.person_name, a.hub_id, h.name, a.partner_hub_id, p.name, p.alliance_member, a.starts_on, a.ends_on
                   FROM applications a JOIN hubs h ON h.id = a.hub_id LEFT JOIN hubs p ON p.id = a.partner_hub_id
                  WHERE a.cycle_id = ?1 AND a.status = 'selected' ORDER BY a.submitted_at, a.id",
            )?;
            let rows = stmt.query_map([cycle_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?)))?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        let overlap = |a: &Request, b: &Request| match (&a.7, &a.8, &b.7, &b.8) {
            (Some(a1), Some(a2), Some(b1), Some(b2)) => a1 <= b2 && b1 <= a2,
            _ => false,
        };
        Ok(requests
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let mut problems = Vec::new();
                match (r.4, &r.5, r.6) {
                    (None, _, _) => problems.push(phrase!("said-matching-alliance-no-host")),
                    (Some(host), Some(name), Some(member)) => {
                        if host == r.2 {
                            problems.push(phrase!("said-matching-alliance-own-hub", host = name));
                        }
                        if !member {
                            problems.push(phrase!("said-matching-alliance-not-member", host = name));
                        }
                        let room = capacities.get(&host).copied().unwrap_or(1) as usize;
                        // Earlier requests (first come, first served) to the same host on dates that overlap.
                        let before = requests[..i].iter().filter(|o| o.4 == Some(host) && overlap(o, r)).count();
                        if before >= room {
                            problems.push(phrase!("said-matching-alliance-no-room", host = name, before = before, room = room));
                        }
                    }
                    (Some(_), _, _) => problems.push(phrase!("said-matching-alliance-unknown-host")),
                }
                AllianceCheck {
                    application_id: r.0,
                    person: r.1.clone(),
                    home_hub: r.3.clone(),
                    host_hub_id: r.4,
                    host_hub: r.5.clone(),
                    host_capacity: r.4.map_or(1, |h| capacities.get(&h).copied().unwrap_or(1)),
                    starts_on: r.7.clone(),
                    ends_on: r.8.clone(),
                    ok: problems.is_empty(),
                    problems,
                }
            })
            .collect())
    }

    /// "A valid Alliance host for every selected request", for the move to Awarded.
    pub(crate) fn missing_alliance_hosts(&self, cycle_id: i64) -> Vec<Phrase> {
        match self.alliance_checks(cycle_id) {
            Ok(checks) => checks.iter().filter(|c| !c.ok).map(|c| missing_host(&c.person, &c.problems)).collect(),
            Err(e) => vec![Phrase { text: e.message, said: e.said }],
        }
    }
}
