//! Changing grants: one grant explained line by line, the costs staff record for it, awarding,
//! amending and cancelling with a reason, and what candidate rules would cost.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};

use super::lines::{compute, compute_total, total, GrantFacts, GrantLine, Place};
use super::store::{lines_json, not_allowed};
use super::{AwardSummary, DateSpan, Grant, GrantDetail, GrantInputs, GrantState, WhatIf, WhatIfChange};
use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::money::format_euros;
use crate::platform::said::Phrase;
use crate::funding::rules::RuleSetBody;
use crate::platform::store::Store;
use crate::said;

impl Store {
    /// One grant, explained line by line.
    pub fn grant_detail(&self, id: i64) -> Result<GrantDetail> {
        let first = self.grant_row(id)?;
        if first.state == GrantState::Draft {
            self.recompute_drafts(first.cycle_id)?;
        }
        let grant = self.grant_row(id)?;
        let lines = self.grant_lines(id)?;
        let selected = self.selected_for_grants(grant.cycle_id, Some(grant.application_id), false)?;
        let s = selected.into_iter().next().ok_or_else(|| Error::not_found(said!("said-funding-grant-application-gone")))?;
        let place = |p: &Place| format!("{}, {} ({})", p.hub, p.city, p.country);
        let app = self.application(grant.application_id)?;
        let pair: Option<(Option<String>, Option<String>)> = self
            .conn()
            .query_row("SELECT visit_start, visit_end FROM pairs WHERE visiting_id = ?1 OR hosting_id = ?1", [grant.application_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let (activity, availability, visit_to_agree) = match &pair {
            Some((start, end)) => {
                let visit = DateSpan::of(start, end);
                let to_agree = visit.is_none();
                (visit, DateSpan::of(&app.starts_on, &app.ends_on), to_agree)
            }
            None => (DateSpan::of(&app.starts_on, &app.ends_on), None, false),
        };
        let (pending, pending_blocked) = if grant.state == GrantState::Awarded {
            let rules = self.rule_set(grant.cycle_id)?;
            match compute(&rules.body, rules.version, &s.facts) {
                Ok(now) if total(&now) != grant.total_cents || strip_versions(&now) != strip_versions(&lines) => (Some(now), Phrase::default()),
                Ok(_) => (None, Phrase::default()),
                Err(why) => (None, why),
            }
        } else {
            (None, Phrase::default())
        };
        let inputs = GrantInputs {
            travel_cost_cents: s.facts.travel_cost_cents,
            inclusion_cents: s.facts.inclusion_cents,
            visa_travellers: s.facts.visa_travellers,
            version: crate::platform::versions::setting_version(self.conn(), grant.application_id, crate::platform::versions::CycleSetting::GrantInputs)?,
        };
        let payments = if grant.state == GrantState::Draft { None } else { Some(self.grant_payments(id)?) };
        Ok(GrantDetail {
            payments,
            origin: place(&s.facts.origin),
            host: s.facts.host.as_ref().map(place),
            activity,
            availability,
            visit_to_agree,
            history: self.history(id)?,
            grant,
            lines,
            inputs,
            pending,
            pending_blocked,
        })
    }

    /// Record the declared costs and visas of an application's grant; its draft follows.
    pub fn save_grant_inputs(&mut self, application_id: i64, inputs: &GrantInputs) -> Result<GrantInputs> {
        self.save_grant_inputs_at(application_id, inputs, None)
    }

    /// [`Store::save_grant_inputs`] from a form that read the inputs at version `read_at`:
    /// refused with `conflict` when they were saved since.
    pub fn save_grant_inputs_at(&mut self, application_id: i64, inputs: &GrantInputs, read_at: Option<i64>) -> Result<GrantInputs> {
        let app = self.application(application_id)?;
        let mut errors = Vec::new();
        for (field, value) in [("travel_cost_cents", inputs.travel_cost_cents), ("inclusion_cents", inputs.inclusion_cents)] {
            if value.is_some_and(|v| v < 0) {
                errors.push(FieldError::new(field, said!("said-funding-cost-negative")));
            } else if value.is_some_and(|v| v > 100_000_000) {
                errors.push(FieldError::new(field, said!("said-funding-cost-too-big", most = 100_000_000i64)));
            }
        }
        if inputs.visa_travellers > app.travellers.max(1) {
            errors.push(FieldError::new("visa_travellers", said!("said-funding-visas-beyond-travellers", count = app.travellers)));
        }
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        let tx = self.conn().unchecked_transaction()?;
        crate::platform::versions::check_and_raise_setting(&tx, application_id, crate::platform::versions::CycleSetting::GrantInputs, read_at)?;
        self.conn().execute(
            "INSERT INTO grant_inputs (application_id, travel_cost_cents, inclusion_cents, visa_travellers) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (application_id) DO UPDATE SET travel_cost_cents = ?2, inclusion_cents = ?3, visa_travellers = ?4,
                updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
            params![application_id, inputs.travel_cost_cents, inputs.inclusion_cents, inputs.visa_travellers],
        )?;
        self.recompute_drafts(app.cycle_id)?;
        tx.commit()?;
        let version = crate::platform::versions::setting_version(self.conn(), application_id, crate::platform::versions::CycleSetting::GrantInputs)?;
        Ok(GrantInputs { version, ..inputs.clone() })
    }

    /// Award draft grants (all of the cycle's computed drafts, or those listed): they are frozen
    /// and their lines recorded in their history. Past the envelope this is refused unless
    /// `over_budget` confirms it.
    pub fn award_grants(&mut self, cycle_id: i64, ids: Option<&[i64]>, over_budget: bool, actor: &str) -> Result<AwardSummary> {
        crate::cycle::gates::check(&self.cycle(cycle_id)?, crate::cycle::gates::Work::Award)?;
        self.recompute_drafts(cycle_id)?;
        let drafts: Vec<Grant> = self.grants(cycle_id)?.into_iter().filter(|g| g.state == GrantState::Draft && ids.is_none_or(|ids| ids.contains(&g.id))).collect();
        if let Some(ids) = ids {
            for id in ids {
                if !drafts.iter().any(|g| g.id == *id) {
                    let g = self.grant_row(*id)?;
                    if g.cycle_id != cycle_id {
                        return Err(Error::new(ErrorCode::BadRequest, said!("said-funding-grant-not-in-cycle", id = *id)));
                    }
                    return Err(not_allowed(said!("said-funding-grant-already", applicant = &g.applicant, state = g.state.as_str())));
                }
            }
        }
        let (ready, blocked): (Vec<&Grant>, Vec<&Grant>) = drafts.iter().partition(|g| g.blocked.is_empty());
        if ready.is_empty() {
            return Err(not_allowed(match blocked.first() {
                Some(g) => said!("said-funding-award-all-blocked", reason = &g.blocked),
                None => said!("said-funding-award-no-draft"),
            }));
        }
        let budget = self.budget(cycle_id)?;
        let adding: i64 = ready.iter().map(|g| g.total_cents).sum();
        let after = budget.awarded_cents + adding;
        if after > budget.envelope_cents && !over_budget {
            let over = after - budget.envelope_cents;
            let said = said!("said-funding-award-over-budget", count = ready.len(), adding = adding, after = after, over = over, envelope = budget.envelope_cents);
            return Err(Error::new(ErrorCode::OverBudget, said));
        }
        // The lines each draft follows are frozen into it: the rules and every application's
        // facts are read once, not once per grant.
        let rules = self.rule_set(cycle_id)?;
        let facts: HashMap<i64, GrantFacts> = self.selected_for_grants(cycle_id, None, false)?.into_iter().map(|s| (s.application_id, s.facts)).collect();
        let tx = self.conn().unchecked_transaction()?;
        for g in &ready {
            let lines = match facts.get(&g.application_id) {
                Some(f) => compute(&rules.body, rules.version, f).unwrap_or_default(),
                None => self.grant_lines(g.id)?,
            };
            self.conn()
                .prepare_cached(
                    "UPDATE grants SET state = 'awarded', revision = 1, lines = ?3, total_cents = ?4,
                        awarded_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), awarded_by = ?2 WHERE id = ?1",
                )?
                .execute(params![g.id, actor, lines_json(&lines)?, total(&lines)])?;
            self.record(g.id, 1, "awarded", &lines, "", actor)?;
            self.settle_payments(g.id, "", actor)?;
        }
        tx.commit()?;
        Ok(AwardSummary { awarded: ready.len() as u32, skipped_blocked: blocked.len() as u32, budget: self.budget(cycle_id)? })
    }

    /// Change an awarded grant to what the rules and inputs in force give now, with a reason;
    /// the lines before and after are kept in its history.
    pub fn amend_grant(&mut self, id: i64, reason: &str, actor: &str) -> Result<GrantDetail> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(Error::validation(vec![FieldError::new("reason", said!("said-funding-amend-reason-missing"))]));
        }
        let detail = self.grant_detail(id)?;
        crate::cycle::gates::check(&self.cycle(detail.grant.cycle_id)?, crate::cycle::gates::Work::Amend)?;
        if detail.grant.state != GrantState::Awarded {
            return Err(not_allowed(said!("said-funding-amend-not-awarded", applicant = &detail.grant.applicant, state = detail.grant.state.as_str())));
        }
        if !detail.pending_blocked.is_empty() {
            return Err(not_allowed(detail.pending_blocked));
        }
        let Some(lines) = detail.pending else {
            return Err(not_allowed(said!("said-funding-amend-nothing", applicant = &detail.grant.applicant)));
        };
        let revision = detail.grant.revision + 1;
        let version = lines.first().map(|l| l.rule_version);
        let tx = self.conn().unchecked_transaction()?;
        self.write_lines(id, &lines)?;
        self.conn().execute(
            "UPDATE grants SET total_cents = ?2, revision = ?3, rule_set_version = coalesce(?4, rule_set_version), computed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            params![id, total(&lines), revision, version],
        )?;
        self.record(id, revision, "amended", &lines, reason, actor)?;
        self.settle_payments(id, &format!("amended to {} ({reason})", format_euros(total(&lines))), actor)?;
        tx.commit()?;
        self.grant_detail(id)
    }

    /// Cancel an awarded grant (e.g. after a withdrawal), with a reason.
    pub fn cancel_grant(&mut self, id: i64, reason: &str, actor: &str) -> Result<GrantDetail> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(Error::validation(vec![FieldError::new("reason", said!("said-funding-cancel-reason-missing"))]));
        }
        let grant = self.grant_row(id)?;
        crate::cycle::gates::check(&self.cycle(grant.cycle_id)?, crate::cycle::gates::Work::Amend)?;
        if grant.state != GrantState::Awarded {
            return Err(not_allowed(said!("said-funding-cancel-not-awarded", applicant = &grant.applicant, state = grant.state.as_str())));
        }
        let lines = self.grant_lines(id)?;
        let revision = grant.revision + 1;
        let tx = self.conn().unchecked_transaction()?;
        self.conn().execute("UPDATE grants SET state = 'cancelled', revision = ?2 WHERE id = ?1", params![id, revision])?;
        self.record(id, revision, "cancelled", &lines, reason, actor)?;
        self.settle_payments(id, &format!("grant cancelled ({reason})"), actor)?;
        tx.commit()?;
        self.grant_detail(id)
    }

    /// What the cycle's grants would come to under other rules, without saving anything.
    pub fn what_if(&self, cycle_id: i64, candidate: &RuleSetBody) -> Result<WhatIf> {
        let cycle = self.cycle(cycle_id)?;
        let errors = crate::funding::rules::check_rules(candidate, cycle.shape);
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        self.recompute_drafts(cycle_id)?;
        let version = self.rule_set(cycle_id)?.version + 1;
        let grants: HashMap<i64, Grant> = self.grants(cycle_id)?.into_iter().map(|g| (g.application_id, g)).collect();
        let budget = self.budget(cycle_id)?;
        let mut candidate_cents = budget.awarded_cents;
        let mut changes = Vec::new();
        let mut awarded_affected = 0;
        for s in self.selected_for_grants(cycle_id, None, true)? {
            let Some(g) = grants.get(&s.application_id) else { continue };
            let computed = compute_total(candidate, version, &s.facts);
            match g.state {
                GrantState::Draft => {
                    let (cents, blocked) = match &computed {
                        Ok(cents) => (Some(*cents), Phrase::default()),
                        Err(why) => (None, why.clone()),
                    };
                    candidate_cents += cents.unwrap_or(0);
                    let current = if g.blocked.is_empty() { Some(g.total_cents) } else { None };
                    if cents != current {
                        changes.push(WhatIfChange { grant_id: g.id, applicant: g.applicant.clone(), current_cents: g.total_cents, candidate_cents: cents, blocked });
                    }
                }
                GrantState::Awarded => {
                    if computed.as_ref().ok() != Some(&g.total_cents) {
                        awarded_affected += 1;
                    }
                }
                GrantState::Cancelled => {}
            }
        }
        Ok(WhatIf { envelope_cents: budget.envelope_cents, current_cents: budget.committed_cents, candidate_cents, changes, awarded_affected })
    }
}

fn strip_versions(lines: &[GrantLine]) -> Vec<GrantLine> {
    lines.iter().cloned().map(|mut l| {
        l.rule_version = 0;
        l
    }).collect()
}
