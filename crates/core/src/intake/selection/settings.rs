//! A cycle's selection criteria and rules: seeded for a new cycle, copied to a clone, read, and
//! changed (with a stale save refused) until the cycle is past Selection.

use rusqlite::{params, OptionalExtension};

use super::{default_rules, not_allowed, Criterion, ScoreBasis, SelectionMethod, SelectionRules, SelectionSettings, SelectionSettingsInput, DEFAULT_CRITERIA};
use crate::cycle::cycles::Phase;
use crate::platform::error::{Error, FieldError, Result};
use crate::cycle::programmes::Shape;
use crate::platform::store::Store;
use crate::said;

impl Store {
    /// Give a new cycle the default criteria and the rules of its shape.
    pub(crate) fn seed_selection(&self, cycle_id: i64, shape: Shape) -> Result<()> {
        for (i, (label, weight)) in DEFAULT_CRITERIA.iter().enumerate() {
            self.conn().execute(
                "INSERT INTO selection_criteria (id, cycle_id, label, weight, max_score, position) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'selection_criteria'), ?1, ?2, ?3, 10, ?4)",
                params![cycle_id, label, weight, i as i64 + 1],
            )?;
        }
        write_rules(self.conn(), cycle_id, &default_rules(shape))
    }

    /// Copy criteria and rules from one cycle to another (clone from last year's).
    pub(crate) fn copy_selection(&self, from: i64, to: i64) -> Result<()> {
        // Row by row: each new criterion gets an id of this desk (team/mod.rs).
        let criteria: Vec<(String, i64, i64, i64, bool)> = self
            .conn()
            .prepare("SELECT label, weight, max_score, position, by_staff FROM selection_criteria WHERE cycle_id = ?1 ORDER BY id")?
            .query_map([from], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (label, weight, max_score, position, by_staff) in criteria {
            self.conn().execute(
                "INSERT INTO selection_criteria (id, cycle_id, label, weight, max_score, position, by_staff)
                 VALUES ((SELECT id FROM team_next_id WHERE tbl = 'selection_criteria'), ?1, ?2, ?3, ?4, ?5, ?6)",
                params![to, label, weight, max_score, position, by_staff],
            )?;
        }
        let rules = self.selection_rules(from)?;
        write_rules(self.conn(), to, &rules)
    }

    pub fn selection_rules(&self, cycle_id: i64) -> Result<SelectionRules> {
        type RulesRow = (String, Option<i64>, Option<u32>, String, bool);
        let row: Option<RulesRow> = self
            .conn()
            .query_row("SELECT method, place_cost_cents, min_participants, score_basis, blind FROM selection_rules WHERE cycle_id = ?1", [cycle_id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .optional()?;
        match row {
            Some((method, place_cost_cents, min_participants, basis, blind)) => Ok(SelectionRules {
                blind,
                method: if method == "first_come" { SelectionMethod::FirstCome } else { SelectionMethod::Ranking },
                place_cost_cents,
                min_participants,
                score_basis: if basis == "normalised" { ScoreBasis::Normalised } else { ScoreBasis::Mean },
            }),
            None => Ok(default_rules(self.cycle(cycle_id)?.shape)),
        }
    }

    pub fn criteria(&self, cycle_id: i64) -> Result<Vec<Criterion>> {
        let mut stmt = self.conn().prepare("SELECT id, label, weight, max_score, by_staff FROM selection_criteria WHERE cycle_id = ?1 ORDER BY position, id")?;
        let rows = stmt.query_map([cycle_id], |r| Ok(Criterion { id: r.get(0)?, label: r.get(1)?, weight: r.get(2)?, max_score: r.get(3)?, by_staff: r.get(4)? }))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    pub fn selection_settings(&self, cycle_id: i64) -> Result<SelectionSettings> {
        let cycle = self.cycle(cycle_id)?;
        Ok(SelectionSettings {
            cycle_id,
            criteria: self.criteria(cycle_id)?,
            rules: self.selection_rules(cycle_id)?,
            editable: cycle.phase <= Phase::Selection,
            version: crate::platform::versions::setting_version(self.conn(), cycle_id, crate::platform::versions::CycleSetting::Selection)?,
        })
    }

    /// Change the criteria and rules. A criterion left out is removed with its scores.
    pub fn save_selection_settings(&mut self, cycle_id: i64, input: &SelectionSettingsInput) -> Result<SelectionSettings> {
        self.save_selection_settings_at(cycle_id, input, None)
    }

    /// [`Store::save_selection_settings`] from a dialog that read them at version `read_at`:
    /// refused with `conflict` when they were saved since.
    pub fn save_selection_settings_at(&mut self, cycle_id: i64, input: &SelectionSettingsInput, read_at: Option<i64>) -> Result<SelectionSettings> {
        let cycle = self.cycle(cycle_id)?;
        if cycle.phase > Phase::Selection {
            return Err(not_allowed(said!("said-intake-settings-frozen", cycle = &cycle.title)));
        }
        let existing = self.criteria(cycle_id)?;
        let mut errors = Vec::new();
        let mut labels = Vec::new();
        if input.criteria.is_empty() && input.rules.method == SelectionMethod::Ranking {
            errors.push(FieldError::new("criteria", said!("said-intake-criteria-none")));
        }
        for (i, c) in input.criteria.iter().enumerate() {
            let label: String = c.label.chars().filter(|ch| !ch.is_control()).collect::<String>().trim().to_string();
            if label.is_empty() {
                errors.push(FieldError::new(format!("criteria.{i}.label"), said!("said-intake-criterion-label-missing")));
            } else if label.chars().count() > 80 {
                errors.push(FieldError::new(format!("criteria.{i}.label"), said!("said-intake-at-most-80")));
            } else if labels.iter().any(|l: &String| l.to_lowercase() == label.to_lowercase()) {
                errors.push(FieldError::new(format!("criteria.{i}.label"), said!("said-intake-criterion-twice", criterion = &label)));
            }
            if c.weight > 100 {
                errors.push(FieldError::new(format!("criteria.{i}.weight"), said!("said-intake-weight-range")));
            }
            if !(1..=100).contains(&c.max_score) {
                errors.push(FieldError::new(format!("criteria.{i}.max_score"), said!("said-intake-top-score-range")));
            }
            if let Some(id) = c.id {
                if !existing.iter().any(|e| e.id == id) {
                    errors.push(FieldError::new(format!("criteria.{i}.label"), said!("said-intake-criterion-not-in-cycle", id = id)));
                }
            }
            labels.push(label);
        }
        if !input.criteria.is_empty() && input.criteria.iter().all(|c| c.weight == 0) {
            errors.push(FieldError::new("criteria", said!("said-intake-weights-all-zero")));
        }
        if input.rules.place_cost_cents.is_some_and(|c| c <= 0) {
            errors.push(FieldError::new("place_cost_cents", said!("said-intake-place-cost")));
        }
        if input.rules.blind && input.rules.method == SelectionMethod::Ranking && !input.criteria.is_empty() && input.criteria.iter().all(|c| c.by_staff) {
            errors.push(FieldError::new("criteria", said!("said-intake-blind-needs-reviewer-criterion")));
        }
        if input.rules.min_participants == Some(0) {
            errors.push(FieldError::new("min_participants", said!("said-intake-min-participants")));
        }
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        // A lowered top score would leave stored scores out of range.
        for c in &input.criteria {
            if let (Some(id), Some(old)) = (c.id, c.id.and_then(|id| existing.iter().find(|e| e.id == id))) {
                let above: u32 = self.conn().query_row("SELECT count(*) FROM reviews WHERE criterion_id = ?1 AND score > ?2", params![id, c.max_score], |r| r.get(0))?;
                if above > 0 && c.max_score < old.max_score {
                    let i = input.criteria.iter().position(|x| x.id == Some(id)).unwrap_or(0);
                    return Err(Error::validation(vec![FieldError::new(
                        format!("criteria.{i}.max_score"),
                        said!("said-intake-top-score-below-scores", count = above, criterion = &old.label, most = c.max_score),
                    )]));
                }
            }
        }
        let tx = self.conn_mut().transaction()?;
        crate::platform::versions::check_and_raise_setting(&tx, cycle_id, crate::platform::versions::CycleSetting::Selection, read_at)?;
        let keep: Vec<i64> = input.criteria.iter().filter_map(|c| c.id).collect();
        for old in &existing {
            if !keep.contains(&old.id) {
                tx.execute("DELETE FROM selection_criteria WHERE id = ?1", [old.id])?;
            }
        }
        // Labels are unique per cycle: clear them first so criteria can swap names.
        for id in &keep {
            tx.execute("UPDATE selection_criteria SET label = '#' || id WHERE id = ?1", [id])?;
        }
        for (i, (c, label)) in input.criteria.iter().zip(&labels).enumerate() {
            match c.id {
                Some(id) => tx.execute(
                    "UPDATE selection_criteria SET label = ?2, weight = ?3, max_score = ?4, position = ?5, by_staff = ?6 WHERE id = ?1",
                    params![id, label, c.weight, c.max_score, i as i64 + 1, c.by_staff],
                )?,
                None => tx.execute(
                    "INSERT INTO selection_criteria (id, cycle_id, label, weight, max_score, position, by_staff) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'selection_criteria'), ?1, ?2, ?3, ?4, ?5, ?6)",
                    params![cycle_id, label, c.weight, c.max_score, i as i64 + 1, c.by_staff],
                )?,
            };
        }
        write_rules(&tx, cycle_id, &input.rules)?;
        tx.commit()?;
        self.selection_settings(cycle_id)
    }
}

fn write_rules(conn: &rusqlite::Connection, cycle_id: i64, r: &SelectionRules) -> Result<()> {
    conn.execute(
        "INSERT INTO selection_rules (cycle_id, method, place_cost_cents, min_participants, score_basis, blind) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (cycle_id) DO UPDATE SET method = excluded.method, place_cost_cents = excluded.place_cost_cents,
            min_participants = excluded.min_participants, score_basis = excluded.score_basis, blind = excluded.blind",
        params![cycle_id, r.method.as_str(), r.place_cost_cents, r.min_participants, r.score_basis.as_str(), r.blind],
    )?;
    Ok(())
}
