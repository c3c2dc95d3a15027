//! The grants as stored: each selected application's facts read in one query, the drafts kept
//! in line with the rules and inputs, a cycle's grants, its budget and a grant's history.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};

use super::lines::{compute, compute_total, total, GrantFacts, GrantLine, Place};
use super::{days_inclusive, Budget, Grant, GrantRevision, GrantState, GrantsOverview, RecomputeSummary};
use crate::intake::applications::{Role, Status, TravelMode};
use crate::platform::error::{Error, ErrorCode, Result};
use crate::intake::selection::applicant_name;
use crate::platform::said::Phrase;
use crate::platform::store::Store;
use crate::{phrase, said};

/// One selected application with everything its grant needs, read in one query.
pub(super) struct Selected {
    pub(super) application_id: i64,
    pub(super) facts: GrantFacts,
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
           r.received_on, g.blocked_said
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
        blocked: Phrase::stored(r.get(11)?, &r.get::<_, String>(20)?),
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
    blocked_said: String,
    total_cents: i64,
}

pub(super) fn lines_json(lines: &[GrantLine]) -> Result<String> {
    serde_json::to_string(lines).map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))
}

fn parse_lines(json: &str) -> Result<Vec<GrantLine>> {
    serde_json::from_str(json).map_err(|e| Error::new(ErrorCode::Internal, said!("said-funding-grant-unreadable", error = e.to_string())))
}

pub(super) fn not_allowed(message: impl crate::platform::said::Wording) -> Error {
    Error::new(ErrorCode::NotAllowed, message)
}

impl Store {
    pub(super) fn selected_for_grants(&self, cycle_id: i64, application: Option<i64>, only_selected: bool) -> Result<Vec<Selected>> {
        let mut stmt = self.conn().prepare_cached(SELECTED_SQL)?;
        let rows = stmt.query_map(params![cycle_id, application, only_selected], read_selected)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    pub(super) fn write_lines(&self, grant_id: i64, lines: &[GrantLine]) -> Result<()> {
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
        let (cycle_id, application_id, state, json) = row.ok_or_else(|| Error::not_found(said!("said-funding-grant-missing", id = grant_id)))?;
        if GrantState::parse(&state) != GrantState::Draft {
            return parse_lines(&json);
        }
        let rules = self.rule_set(cycle_id)?;
        match self.selected_for_grants(cycle_id, Some(application_id), false)?.first() {
            Some(s) => Ok(compute(&rules.body, rules.version, &s.facts).unwrap_or_default()),
            None => Err(Error::not_found(said!("said-funding-grant-application-gone"))),
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
            let mut stmt = self.conn().prepare_cached("SELECT application_id, id, state, rule_set_version, blocked, total_cents, blocked_said FROM grants WHERE cycle_id = ?1")?;
            let rows = stmt.query_map([cycle_id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    Stored { id: r.get(1)?, state: GrantState::parse(&r.get::<_, String>(2)?), version: r.get(3)?, blocked: r.get(4)?, total_cents: r.get(5)?, blocked_said: r.get(6)? },
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
            "INSERT INTO grants (id, cycle_id, application_id, state, rule_set_version, total_cents, blocked, blocked_said) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'grants'), ?1, ?2, 'draft', ?3, ?4, ?5, ?6)",
        )?;
        let mut update = self.conn().prepare_cached(
            "UPDATE grants SET rule_set_version = ?2, total_cents = ?3, blocked = ?4, blocked_said = ?5, computed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
        )?;
        for s in &selected {
            let stored = existing.remove(&s.application_id);
            if stored.as_ref().is_some_and(|g| g.state != GrantState::Draft) {
                summary.frozen += 1;
                continue;
            }
            let (total_cents, blocked) = match compute_total(&rules.body, rules.version, &s.facts) {
                // The English words, and beside them the message the window writes in its language.
                Ok(total_cents) => (total_cents, Phrase::default()),
                Err(why) => (0, why),
            };
            let blocked_said = blocked.said_json();
            let blocked = blocked.text;
            if blocked.is_empty() {
                summary.computed += 1;
            } else {
                summary.blocked += 1;
            }
            match stored {
                // Unchanged: nothing to write.
                Some(g) if g.total_cents == total_cents && g.blocked == blocked && g.blocked_said == blocked_said && g.version == Some(rules.version) => {}
                Some(g) => {
                    update.execute(params![g.id, rules.version, total_cents, blocked, blocked_said])?;
                }
                None => {
                    insert.execute(params![cycle_id, s.application_id, rules.version, total_cents, blocked, blocked_said])?;
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
            let cents = compute_total(&rules.body, rules.version, &s.facts).unwrap_or(0);
            out.insert(s.application_id, cents);
        }
        Ok(out)
    }

    /// "An awarded grant for every selected application", naming those still in draft, for
    /// the move to In progress.
    pub(crate) fn missing_awards(&self, cycle_id: i64) -> Vec<Phrase> {
        let drafts = match self.recompute_drafts(cycle_id).and_then(|_| self.grants(cycle_id)) {
            Ok(grants) => grants.into_iter().filter(|g| g.state == GrantState::Draft).map(|g| g.applicant).collect::<Vec<_>>(),
            Err(e) => return vec![Phrase { text: e.message, said: e.said }],
        };
        match drafts.as_slice() {
            [] => vec![],
            [one] => vec![phrase!("said-funding-missing-awards", drafts = "one", names = one, count = 1)],
            many if many.len() <= 3 => vec![phrase!("said-funding-missing-awards", drafts = "some", names = many.join(", "), count = many.len())],
            many => vec![phrase!("said-funding-missing-awards", drafts = "many", names = many[..2].join(", "), count = many.len())],
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

    pub(super) fn grant_row(&self, id: i64) -> Result<Grant> {
        self.conn()
            .query_row(&format!("{GRANT_SQL} WHERE g.id = ?1"), [id], read_grant)
            .optional()?
            .ok_or_else(|| Error::not_found(said!("said-funding-grant-missing", id = id)))
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

    pub(super) fn history(&self, grant_id: i64) -> Result<Vec<GrantRevision>> {
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

    pub(super) fn record(&self, grant_id: i64, revision: u32, action: &str, lines: &[GrantLine], reason: &str, actor: &str) -> Result<()> {
        let json = lines_json(lines)?;
        self.conn()
            .prepare_cached("INSERT INTO grant_history (id, grant_id, revision, action, total_cents, lines, reason, actor) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'grant_history'), ?1, ?2, ?3, ?4, ?5, ?6, ?7)")?
            .execute(params![grant_id, revision, action, total(lines), json, reason, actor])?;
        Ok(())
    }
}
