//! Opening a cycle, fresh or cloned from last year's: the cycle's row, and what each layer
//! keeps per cycle seeded with it (selection criteria and rules, the rate tables).

use rusqlite::params;
use time::Date;

use crate::cycle::cycles::{not_allowed, validate, Cycle, CycleInput, ValidCycle};
use crate::platform::dates::{format_date, DATE_FORMAT};
use crate::platform::error::{Error, Result};
use crate::platform::store::Store;
use crate::said;

impl Store {
    pub fn create_cycle(&mut self, input: &CycleInput) -> Result<Cycle> {
        let programme = self.programme(input.programme_id)?;
        if !programme.enabled {
            return Err(not_allowed(said!("said-cycle-programme-switched-off", programme = &programme.name)));
        }
        let v = validate(input, &programme)?;
        self.insert_cycle(input.programme_id, &v, None)
    }

    fn insert_cycle(&mut self, programme_id: i64, v: &ValidCycle, cloned_from: Option<i64>) -> Result<Cycle> {
        let taken: bool = self.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM cycles WHERE programme_id = ?1 AND year = ?2 AND title = ?3)",
            params![programme_id, v.year, v.title],
            |r| r.get(0),
        )?;
        if taken {
            return Err(Error::conflict_at("title", said!("said-cycle-title-taken", title = &v.title, year = v.year.to_string())));
        }
        let d = v.dates.map(|d| d.map(format_date));
        self.conn().execute(
            "INSERT INTO cycles (id, programme_id, year, title, call_opens, call_deadline, activity_start, activity_end, report_deadline,
                slots_primary, slots_secondary, min_days, max_days, budget_cents, payment_schedule, cloned_from, notes)
             VALUES ((SELECT id FROM team_next_id WHERE tbl = 'cycles'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
            params![
                programme_id,
                v.year,
                v.title,
                d[0],
                d[1],
                d[2],
                d[3],
                d[4],
                v.defaults.slots_primary,
                v.defaults.slots_secondary,
                v.defaults.min_days,
                v.defaults.max_days,
                v.defaults.budget_cents,
                serde_json::to_string(&v.defaults.payment_schedule).unwrap_or_else(|_| "[]".into()),
                cloned_from,
                v.notes,
            ],
        )?;
        let id = self.conn().last_insert_rowid();
        let shape = self.programme(programme_id)?.shape;
        match cloned_from {
            Some(source) => self.copy_selection(source, id)?,
            None => self.seed_selection(id, shape)?,
        }
        self.seed_rule_set(id, shape, cloned_from)?;
        self.cycle(id)
    }

    /// "New cycle from last year's": the settings with every date moved to `year`, as a
    /// draft. Applications are not copied.
    pub fn clone_cycle(&mut self, id: i64, year: i32) -> Result<Cycle> {
        let source = self.cycle(id)?;
        let programme = self.programme(source.programme_id)?;
        let shift = year - source.year;
        let move_date = |d: &Option<String>| -> Option<String> {
            let date = Date::parse(d.as_deref()?, DATE_FORMAT).ok()?;
            let target = date.year() + shift;
            let moved = date.replace_year(target).or_else(|_| date.replace_day(28).and_then(|d| d.replace_year(target))).ok()?;
            Some(format_date(moved))
        };
        let old_year = source.year.to_string();
        let title = if source.title.contains(&old_year) { source.title.replace(&old_year, &year.to_string()) } else { format!("{} {year}", source.title) };
        let input = CycleInput {
            programme_id: source.programme_id,
            year,
            title,
            call_opens: move_date(&source.call_opens),
            call_deadline: move_date(&source.call_deadline),
            activity_start: move_date(&source.activity_start),
            activity_end: move_date(&source.activity_end),
            report_deadline: move_date(&source.report_deadline),
            slots_primary: source.slots_primary,
            slots_secondary: source.slots_secondary,
            min_days: source.min_days,
            max_days: source.max_days,
            budget_cents: source.budget_cents,
            payment_schedule: source.payment_schedule.clone(),
            notes: String::new(),
        };
        let v = validate(&input, &programme)?;
        self.insert_cycle(source.programme_id, &v, Some(id))
    }
}
