//! Moving a cycle between phases. Each forward move has a guard that asks the layers below
//! what the phase needs (selected applications, pairs or placements, awarded grants, payments
//! made); a move back needs a reason. Every move is recorded in the cycle's history.

use rusqlite::params;

use crate::cycle::cycles::{not_allowed, phases, Cycle, Phase, Transition};
use crate::cycle::programmes::Shape;
use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::said::Phrase;
use crate::platform::store::Store;
use crate::{phrase, said};

impl Store {
    /// What blocks the move from the cycle's phase to the next one.
    pub(crate) fn missing_for(&self, cycle: &Cycle, to: Phase) -> Vec<Phrase> {
        let mut missing: Vec<Phrase> = Vec::new();
        // What a layer below says is missing, as a phrase (whether it says it in words or as one).
        fn from<T: Into<Phrase>>(what: Vec<T>) -> impl Iterator<Item = Phrase> {
            what.into_iter().map(Into::into)
        }
        match to {
            Phase::CallOpen => {
                for (value, what) in [
                    (&cycle.call_opens, "call_opens"),
                    (&cycle.call_deadline, "call_deadline"),
                    (&cycle.activity_start, "activity_start"),
                    (&cycle.activity_end, "activity_end"),
                ] {
                    if value.is_none() {
                        missing.push(phrase!("said-cycle-missing-setting", what = what));
                    }
                }
                if cycle.budget_cents <= 0 {
                    missing.push(phrase!("said-cycle-missing-setting", what = "budget"));
                }
            }
            Phase::Selection => {}
            Phase::Matching => missing.extend(self.missing_selection(cycle)),
            Phase::Awarded if cycle.shape == Shape::HubsAlliance => {
                missing.extend(self.missing_selection(cycle));
                missing.extend(from(self.missing_alliance_hosts(cycle.id)));
            }
            Phase::Awarded if !cycle.shape.has_matching() => missing.extend(self.missing_selection(cycle)),
            Phase::Awarded if cycle.shape == Shape::P2p => missing.extend(from(self.missing_pairs(cycle.id))),
            Phase::Awarded => missing.extend(from(self.missing_placements(cycle.id))),
            Phase::InProgress => missing.extend(from(self.missing_awards(cycle.id))),
            Phase::Reporting => {}
            _ => missing.extend(from(self.missing_payments(cycle.id))),
        }
        missing
    }

    /// "Selected applications" for each pool that has none.
    fn missing_selection(&self, cycle: &Cycle) -> Vec<Phrase> {
        match self.selected_counts(cycle) {
            Ok(counts) => counts
                .into_iter()
                .filter(|(_, _, n)| *n == 0)
                .map(|(_, label, _)| {
                    let pool = match label {
                        "Visiting hubs" => "visiting",
                        "Hosting hubs" => "hosting",
                        "Staff members" => "staff",
                        "Alliance professionals" => "alliance",
                        "Proposing hubs" => "proposing",
                        other => return Phrase::from(format!("selected {} (run the selection in Applications → Selection)", other.to_lowercase())),
                    };
                    phrase!("said-cycle-missing-selected", pool = pool)
                })
                .collect(),
            Err(e) => vec![Phrase { text: e.message, said: e.said }],
        }
    }

    /// Every move the cycle could make from where it is, with what blocks each.
    pub fn cycle_transitions(&self, id: i64) -> Result<Vec<Transition>> {
        let cycle = self.cycle(id)?;
        let order = phases(cycle.shape);
        let here = order.iter().position(|p| *p == cycle.phase).unwrap_or(0);
        Ok(order
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != here)
            .map(|(i, &to)| {
                if i < here {
                    Transition { to, forward: false, allowed: true, missing: Vec::new(), needs_reason: true }
                } else if i == here + 1 {
                    let missing = self.missing_for(&cycle, to);
                    Transition { to, forward: true, allowed: missing.is_empty(), missing, needs_reason: false }
                } else {
                    Transition { to, forward: true, allowed: false, missing: vec![phrase!("said-cycle-missing-phase-first", phase = order[here + 1].as_str())], needs_reason: false }
                }
            })
            .collect())
    }

    /// Move a cycle to another phase: forward one phase when its guard is met, or back to
    /// any earlier phase with a reason. Every move is recorded.
    pub fn move_cycle(&mut self, id: i64, to: Phase, reason: &str) -> Result<Cycle> {
        let cycle = self.cycle(id)?;
        let order = phases(cycle.shape);
        if to == cycle.phase {
            return Err(not_allowed(said!("said-cycle-move-already-there", title = &cycle.title, phase = to.as_str())));
        }
        if !order.contains(&to) {
            return Err(not_allowed(said!("said-cycle-move-no-such-phase", programme = &cycle.programme_name, phase = to.as_str())));
        }
        let reason = reason.trim();
        let transition = self
            .cycle_transitions(id)?
            .into_iter()
            .find(|t| t.to == to)
            .ok_or_else(|| Error::new(ErrorCode::Internal, "Unknown transition."))?;
        if !transition.allowed {
            return Err(not_allowed(said!("said-cycle-move-missing", title = &cycle.title, phase = to.as_str(), missing = transition.missing.join("; "))));
        }
        if transition.needs_reason && reason.chars().count() < 5 {
            let said = said!("said-cycle-move-back-needs-reason", title = &cycle.title, phase = to.as_str());
            return Err(Error {
                message: said.english(),
                said: Some(said),
                ..Error::validation(vec![FieldError::new("reason", said!("said-cycle-move-back-reason-short"))])
            });
        }
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "UPDATE cycles SET phase = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            params![id, to.as_str()],
        )?;
        tx.execute(
            "INSERT INTO cycle_events (id, cycle_id, from_phase, to_phase, reason) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'cycle_events'), ?1, ?2, ?3, ?4)",
            params![id, cycle.phase.as_str(), to.as_str(), reason],
        )?;
        tx.commit()?;
        self.cycle(id)
    }

    /// Move a cycle whose work ran ahead of its phase forward to the phase that work belongs
    /// to, one guarded step at a time, each step recorded in its history. Either every step is
    /// made or none is, and a step whose guard is not met is named with what it lacks.
    pub fn catch_up_cycle(&mut self, id: i64) -> Result<Cycle> {
        let cycle = self.cycle(id)?;
        let Some(ahead) = self.ahead_of_phase(&cycle)? else {
            return Err(Error::new(ErrorCode::NotAllowed, said!("said-cycle-catch-up-nothing", title = &cycle.title, phase = cycle.phase.as_str())));
        };
        let order = phases(cycle.shape);
        let steps: Vec<Phase> = order.into_iter().filter(|p| *p > cycle.phase && *p <= ahead.belongs_to).collect();
        let mut at = cycle.clone();
        for &to in &steps {
            let missing = self.missing_for(&at, to);
            if !missing.is_empty() {
                return Err(Error::new(
                    ErrorCode::NotAllowed,
                    said!("said-cycle-catch-up-missing", title = &cycle.title, phase = to.as_str(), missing = missing.join("; ")),
                ));
            }
            at.phase = to;
        }
        let reason = phrase!("said-cycle-caught-up", work = crate::platform::said::Phrase::joined(&ahead.work, ", "));
        let tx = self.conn().unchecked_transaction()?;
        let mut from = cycle.phase;
        for to in steps {
            self.conn().execute(
                "UPDATE cycles SET phase = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
                params![id, to.as_str()],
            )?;
            self.conn().execute(
                "INSERT INTO cycle_events (id, cycle_id, from_phase, to_phase, reason, reason_said) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'cycle_events'), ?1, ?2, ?3, ?4, ?5)",
                params![id, from.as_str(), to.as_str(), reason.text, reason.said_json()],
            )?;
            from = to;
        }
        tx.commit()?;
        self.cycle(id)
    }
}
