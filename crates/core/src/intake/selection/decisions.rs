//! The decisions: selecting up to the slots with a waiting list, decisions by hand, withdrawal
//! with the promotion of the next on the waiting list, and every decision recorded.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};

use super::{applicant_label, applicant_name, not_allowed, pool_key, pools_of, Decision, SelectionEvent, SelectionMethod, SelectionOutcome, SelectionRules, Withdrawal};
use crate::intake::applications::{Application, Role, Status};
use crate::cycle::cycles::{Cycle, Phase};
use crate::platform::error::Result;
use crate::cycle::programmes::Shape;
use crate::platform::store::Store;
use crate::platform::said::{Phrase, Said};
use crate::{phrase, said};

impl Store {
    /// Whether a cycle's selection is made by its members' vote: once the vote has opened (its
    /// settings say when), the declared result selects, and selection here is closed.
    pub(crate) fn decided_by_vote(&self, cycle_id: i64) -> Result<bool> {
        Ok(self.conn().query_row("SELECT count(*) FROM vote_settings WHERE cycle_id = ?1 AND opened_at IS NOT NULL", [cycle_id], |r| r.get::<_, i64>(0))? > 0)
    }

    pub(super) fn select_blocked(&self, cycle: &Cycle, rules: &SelectionRules) -> Option<Said> {
        if cycle.shape == Shape::Workshops && self.decided_by_vote(cycle.id).unwrap_or(false) {
            return Some(said!("said-intake-select-by-vote", cycle = &cycle.title));
        }
        let open = match rules.method {
            SelectionMethod::FirstCome => matches!(cycle.phase, Phase::CallOpen | Phase::Selection),
            SelectionMethod::Ranking => cycle.phase == Phase::Selection,
        };
        (!open).then(|| {
            if cycle.phase < Phase::Selection {
                said!("said-intake-select-too-early", cycle = &cycle.title, phase = cycle.phase.as_str())
            } else {
                said!("said-intake-select-past", cycle = &cycle.title)
            }
        })
    }

    /// Decide every application still in the running: the best eligible ones up to the slots
    /// (and, first come first served, the budget) are selected, the other eligible ones go to
    /// the waiting list in ranking order, the ineligible are marked not eligible. Withdrawn
    /// applications stay withdrawn.
    pub fn select(&mut self, cycle_id: i64, actor: &str) -> Result<SelectionOutcome> {
        let cycle = self.cycle(cycle_id)?;
        let rules = self.selection_rules(cycle_id)?;
        if let Some(why) = self.select_blocked(&cycle, &rules) {
            return Err(not_allowed(why));
        }
        let ranking = self.ranking(cycle_id)?;
        let mut budget_left = match (rules.method, rules.place_cost_cents) {
            (SelectionMethod::FirstCome, Some(_)) => Some(cycle.budget_cents),
            _ => None,
        };
        let mut outcome = SelectionOutcome { selected: 0, waiting: 0, not_eligible: 0 };
        let mut decisions: Vec<(i64, Status, Option<u32>, Phrase)> = Vec::new();
        for pool in &ranking.pools {
            let mut taken = 0;
            let mut waiting_rank = 0;
            for e in &pool.entries {
                let a = &e.application;
                if a.status == Status::Withdrawn {
                    continue;
                }
                if !a.eligibility.eligible {
                    decisions.push((a.id, Status::Declined, None, Phrase::joined(&a.eligibility.reasons, " ")));
                    outcome.not_eligible += 1;
                    continue;
                }
                let affordable = match (&mut budget_left, rules.place_cost_cents) {
                    (Some(left), Some(cost)) => *left >= cost,
                    _ => true,
                };
                if taken < pool.slots && affordable {
                    taken += 1;
                    if let (Some(left), Some(cost)) = (&mut budget_left, rules.place_cost_cents) {
                        *left -= cost;
                    }
                    let (rank, key, label) = (e.rank.unwrap_or(0), pool_key(&pool.label), pool.label.to_lowercase());
                    let why = match e.score_centi {
                        // The score as its whole part and hundredths, each language putting its own mark between.
                        Some(s) => phrase!("said-intake-event-rank-score", rank = rank, pool = key, label = label, whole = s / 100, hundredths = format!("{:02}", s % 100)),
                        None => phrase!("said-intake-event-rank", rank = rank, pool = key, label = label),
                    };
                    decisions.push((a.id, Status::Selected, None, why));
                    outcome.selected += 1;
                } else {
                    waiting_rank += 1;
                    let why = if taken < pool.slots { phrase!("said-intake-event-budget-taken") } else { phrase!("said-intake-event-slots-taken", slots = pool.slots) };
                    decisions.push((a.id, Status::Waiting, Some(waiting_rank), why));
                    outcome.waiting += 1;
                }
            }
        }
        let before: HashMap<i64, (Status, Option<u32>)> =
            ranking.pools.iter().flat_map(|p| p.entries.iter()).map(|e| (e.application.id, (e.application.status, self.waiting_rank(e.application.id).ok().flatten()))).collect();
        let tx = self.conn_mut().transaction()?;
        for (id, status, rank, why) in &decisions {
            tx.execute(
                "UPDATE applications SET status = ?2, waiting_rank = ?3, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
                params![id, status.as_str(), rank],
            )?;
            if before.get(id) != Some(&(*status, *rank)) {
                let action = match status {
                    Status::Selected => "selected",
                    Status::Waiting => "waiting",
                    _ => "not_eligible",
                };
                let detail = match rank {
                    Some(r) => phrase!("said-intake-event-waiting", rank = *r, why = why),
                    None => why.clone(),
                };
                tx.execute(
                    "INSERT INTO selection_events (id, cycle_id, application_id, action, actor, detail, detail_said) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'selection_events'), ?1, ?2, ?3, ?4, ?5, ?6)",
                    params![cycle_id, id, action, actor, detail.text, detail.said_json()],
                )?;
            }
        }
        tx.commit()?;
        Ok(outcome)
    }

    fn waiting_rank(&self, id: i64) -> Result<Option<u32>> {
        Ok(self.conn().query_row("SELECT waiting_rank FROM applications WHERE id = ?1", [id], |r| r.get(0))?)
    }

    /// Decide one application by hand: select it (a slot must be free and it must be
    /// eligible), put it at the end of the waiting list, or leave it out.
    pub fn decide(&mut self, application_id: i64, decision: Decision, actor: &str) -> Result<Application> {
        let app = self.application(application_id)?;
        let cycle = self.cycle(app.cycle_id)?;
        let rules = self.selection_rules(cycle.id)?;
        if let Some(why) = self.select_blocked(&cycle, &rules) {
            return Err(not_allowed(why));
        }
        if app.status == Status::Withdrawn {
            return Err(not_allowed(said!("said-intake-applicant-withdrawn", applicant = applicant_label(&app))));
        }
        let (status, action) = match decision {
            Decision::Selected => (Status::Selected, "selected"),
            Decision::Waiting => (Status::Waiting, "waiting"),
            Decision::NotSelected => (Status::Declined, "not_selected"),
        };
        if app.status == status {
            return Ok(app);
        }
        if decision != Decision::NotSelected && !app.eligibility.eligible {
            return Err(not_allowed(said!("said-intake-not-eligible", applicant = applicant_label(&app), reasons = Phrase::joined(&app.eligibility.reasons, " "))));
        }
        if decision == Decision::Selected {
            let (_, label, slots) = pools_of(&cycle).into_iter().find(|(r, _, _)| *r == app.role).unwrap_or((app.role, "", 0));
            let taken = self.selected_counts(&cycle)?.into_iter().find(|(r, _, _)| *r == app.role).map_or(0, |(_, _, n)| n);
            if taken >= slots {
                return Err(not_allowed(said!("said-intake-places-taken", slots = slots, pool = pool_key(label))));
            }
        }
        let tx = self.conn_mut().transaction()?;
        let rank: Option<u32> = if decision == Decision::Waiting {
            tx.query_row(
                "SELECT coalesce(max(waiting_rank), 0) + 1 FROM applications WHERE cycle_id = ?1 AND role = ?2 AND status = 'waiting'",
                params![cycle.id, app.role.as_str()],
                |r| r.get(0),
            )?
        } else {
            None
        };
        tx.execute(
            "UPDATE applications SET status = ?2, waiting_rank = ?3, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            params![app.id, status.as_str(), rank],
        )?;
        let detail = phrase!("said-intake-event-by-hand");
        tx.execute(
            "INSERT INTO selection_events (id, cycle_id, application_id, action, actor, detail, detail_said) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'selection_events'), ?1, ?2, ?3, ?4, ?5, ?6)",
            params![cycle.id, app.id, action, actor, detail.text, detail.said_json()],
        )?;
        renumber_waiting(&tx, cycle.id, app.role)?;
        tx.commit()?;
        self.application(app.id)
    }

    /// The applicant withdraws. The application stays, marked. When it held a place and the
    /// cycle is still before the award, the first on the waiting list of the same pool is
    /// offered the place; both moves are recorded with who and when.
    pub fn withdraw(&mut self, application_id: i64, actor: &str) -> Result<Withdrawal> {
        let app = self.application(application_id)?;
        if app.status == Status::Withdrawn {
            return Err(not_allowed(said!("said-intake-already-withdrawn", id = application_id)));
        }
        let cycle = self.cycle(app.cycle_id)?;
        let was_selected = app.status == Status::Selected;
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "UPDATE applications SET status = 'withdrawn', waiting_rank = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            [app.id],
        )?;
        let detail = if was_selected { phrase!("said-intake-event-gave-up") } else { Phrase::default() };
        tx.execute(
            "INSERT INTO selection_events (id, cycle_id, application_id, action, actor, detail, detail_said) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'selection_events'), ?1, ?2, 'withdrawn', ?3, ?4, ?5)",
            params![cycle.id, app.id, actor, detail.text, detail.said_json()],
        )?;
        let mut promoted_id = None;
        let mut note = None;
        if was_selected {
            if cycle.phase >= Phase::Awarded {
                note = Some(phrase!("said-intake-withdraw-not-offered", cycle = &cycle.title, phase = cycle.phase.as_str()));
            } else {
                let next: Option<i64> = tx
                    .query_row(
                        "SELECT id FROM applications WHERE cycle_id = ?1 AND role = ?2 AND status = 'waiting' ORDER BY waiting_rank, submitted_at, id LIMIT 1",
                        params![cycle.id, app.role.as_str()],
                        |r| r.get(0),
                    )
                    .optional()?;
                match next {
                    Some(id) => {
                        tx.execute(
                            "UPDATE applications SET status = 'selected', waiting_rank = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
                            [id],
                        )?;
                        let detail = phrase!("said-intake-event-promoted");
                        tx.execute(
                            "INSERT INTO selection_events (id, cycle_id, application_id, action, replaces_id, actor, detail, detail_said)
                             VALUES ((SELECT id FROM team_next_id WHERE tbl = 'selection_events'), ?1, ?2, 'promoted', ?3, ?4, ?5, ?6)",
                            params![cycle.id, id, app.id, actor, detail.text, detail.said_json()],
                        )?;
                        promoted_id = Some(id);
                    }
                    None => note = Some(phrase!("said-intake-withdraw-list-empty")),
                }
            }
        }
        renumber_waiting(&tx, cycle.id, app.role)?;
        tx.commit()?;
        Ok(Withdrawal { withdrawn: self.application(app.id)?, promoted: promoted_id.map(|id| self.application(id)).transpose()?, note })
    }

    /// The decisions of a cycle, latest first.
    pub fn selection_events(&self, cycle_id: i64) -> Result<Vec<SelectionEvent>> {
        let mut stmt = self.conn().prepare(
            "SELECT e.application_id, h.name, a.person_name, a.role, e.action, e.replaces_id, rh.name, r.person_name, r.role, e.actor, e.detail, e.at, e.detail_said
               FROM selection_events e JOIN applications a ON a.id = e.application_id JOIN hubs h ON h.id = a.hub_id
               LEFT JOIN applications r ON r.id = e.replaces_id LEFT JOIN hubs rh ON rh.id = r.hub_id
              WHERE e.cycle_id = ?1 ORDER BY e.id DESC",
        )?;
        let label = |hub: String, person: String, role: String| applicant_name(&person, &hub, Role::parse(&role).unwrap_or(Role::Visiting));
        let rows = stmt.query_map([cycle_id], |r| {
            let replaces = match (r.get::<_, Option<String>>(6)?, r.get::<_, Option<String>>(7)?, r.get::<_, Option<String>>(8)?) {
                (Some(h), Some(p), Some(role)) => Some(label(h, p, role)),
                _ => None,
            };
            Ok(SelectionEvent {
                application_id: r.get(0)?,
                applicant: label(r.get(1)?, r.get(2)?, r.get(3)?),
                action: r.get(4)?,
                replaces_id: r.get(5)?,
                replaces,
                actor: r.get(9)?,
                detail: Phrase::stored(r.get(10)?, &r.get::<_, String>(12)?).or_known(
                    &[
                        ("decided by hand", "said-intake-event-by-hand"),
                        ("gave up a selected place", "said-intake-event-gave-up"),
                        ("offered the place from the waiting list", "said-intake-event-promoted"),
                        ("the budget envelope is taken", "said-intake-event-budget-taken"),
                    ],
                    &[],
                ),
                at: r.get(11)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// For first come, first served cycles: decide again after every new application.
    pub(crate) fn auto_select(&mut self, cycle_id: i64, actor: &str) -> Result<()> {
        let cycle = self.cycle(cycle_id)?;
        let rules = self.selection_rules(cycle_id)?;
        if rules.method == SelectionMethod::FirstCome && self.select_blocked(&cycle, &rules).is_none() {
            self.select(cycle_id, actor)?;
        }
        Ok(())
    }

    /// How many places of each pool are filled: (role, selected) pairs, for the phase guards.
    pub(crate) fn selected_counts(&self, cycle: &Cycle) -> Result<Vec<(Role, &'static str, u32)>> {
        pools_of(cycle)
            .into_iter()
            .map(|(role, label, _)| {
                let n: u32 = self.conn().query_row(
                    "SELECT count(*) FROM applications WHERE cycle_id = ?1 AND role = ?2 AND status = 'selected'",
                    params![cycle.id, role.as_str()],
                    |r| r.get(0),
                )?;
                Ok((role, label, n))
            })
            .collect()
    }
}

fn renumber_waiting(conn: &rusqlite::Connection, cycle_id: i64, role: Role) -> Result<()> {
    let mut stmt = conn.prepare("SELECT id FROM applications WHERE cycle_id = ?1 AND role = ?2 AND status = 'waiting' ORDER BY waiting_rank, submitted_at, id")?;
    let ids = stmt.query_map(params![cycle_id, role.as_str()], |r| r.get::<_, i64>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
    for (i, id) in ids.iter().enumerate() {
        conn.execute("UPDATE applications SET waiting_rank = ?2 WHERE id = ?1", params![id, i as i64 + 1])?;
    }
    Ok(())
}
