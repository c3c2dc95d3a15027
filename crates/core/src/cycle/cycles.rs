//! Programme cycles: one programme's call for one year, with its dates, slots, budget envelope
//! and payment schedule, moving through phases with guarded transitions.

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use time::Date;
use ts_rs::TS;

use crate::platform::dates::{format_date, parse_date};
use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::cycle::programmes::{Instalment, Programme, ProgrammeDefaults, Shape};
use crate::platform::said::Phrase;
use crate::platform::store::Store;
use crate::{phrase, said};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Draft,
    CallOpen,
    Selection,
    Matching,
    Awarded,
    InProgress,
    Reporting,
    Closed,
}

impl Phase {
    pub const ALL: [Phase; 8] =
        [Phase::Draft, Phase::CallOpen, Phase::Selection, Phase::Matching, Phase::Awarded, Phase::InProgress, Phase::Reporting, Phase::Closed];

    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Draft => "draft",
            Phase::CallOpen => "call_open",
            Phase::Selection => "selection",
            Phase::Matching => "matching",
            Phase::Awarded => "awarded",
            Phase::InProgress => "in_progress",
            Phase::Reporting => "reporting",
            Phase::Closed => "closed",
        }
    }
    pub fn parse(text: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.as_str() == text.trim().to_lowercase().replace([' ', '-'], "_"))
    }
    pub fn label(self) -> &'static str {
        match self {
            Phase::Draft => "Draft",
            Phase::CallOpen => "Call open",
            Phase::Selection => "Selection",
            Phase::Matching => "Matching",
            Phase::Awarded => "Awarded",
            Phase::InProgress => "In progress",
            Phase::Reporting => "Reporting",
            Phase::Closed => "Closed",
        }
    }
}

/// The phases a cycle of this shape goes through, in order (Matching only where hubs or
/// people are placed: P2P and Staff Exchange).
pub fn phases(shape: Shape) -> Vec<Phase> {
    Phase::ALL.into_iter().filter(|p| *p != Phase::Matching || shape.has_matching()).collect()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Cycle {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub programme_id: i64,
    pub programme_name: String,
    pub shape: Shape,
    pub year: i32,
    pub title: String,
    /// Dates as `YYYY-MM-DD`.
    pub call_opens: Option<String>,
    pub call_deadline: Option<String>,
    pub activity_start: Option<String>,
    pub activity_end: Option<String>,
    pub report_deadline: Option<String>,
    pub slots_primary: u32,
    pub slots_secondary: u32,
    pub min_days: Option<u32>,
    pub max_days: Option<u32>,
    #[ts(type = "number")]
    pub budget_cents: i64,
    pub payment_schedule: Vec<Instalment>,
    pub phase: Phase,
    /// The phases of this cycle's programme, in order.
    pub phases: Vec<Phase>,
    #[ts(type = "number | null")]
    pub cloned_from: Option<i64>,
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
    /// Raised by every change; the form saves with the version it read.
    #[ts(type = "number")]
    pub version: i64,
    /// Why the settings change only by amendment (grants awarded, letters issued), or empty.
    pub frozen: Phrase,
    /// Work the cycle holds that belongs to a later phase (a data file from before the phase
    /// gates): the cycle should be moved forward.
    pub ahead: Option<crate::cycle::gates::AheadOfPhase>,
    /// Each kind of work and whether the cycle's phase allows it now.
    pub gates: Vec<crate::cycle::gates::Gate>,
}

/// The cycle form. Dates are `YYYY-MM-DD` or empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CycleInput {
    #[ts(type = "number")]
    pub programme_id: i64,
    pub year: i32,
    pub title: String,
    pub call_opens: Option<String>,
    pub call_deadline: Option<String>,
    pub activity_start: Option<String>,
    pub activity_end: Option<String>,
    pub report_deadline: Option<String>,
    pub slots_primary: u32,
    pub slots_secondary: u32,
    pub min_days: Option<u32>,
    pub max_days: Option<u32>,
    #[ts(type = "number")]
    pub budget_cents: i64,
    pub payment_schedule: Vec<Instalment>,
    pub notes: String,
}

impl Cycle {
    /// The cycle's settings as the form holds them.
    pub fn input(&self) -> CycleInput {
        CycleInput {
            programme_id: self.programme_id,
            year: self.year,
            title: self.title.clone(),
            call_opens: self.call_opens.clone(),
            call_deadline: self.call_deadline.clone(),
            activity_start: self.activity_start.clone(),
            activity_end: self.activity_end.clone(),
            report_deadline: self.report_deadline.clone(),
            slots_primary: self.slots_primary,
            slots_secondary: self.slots_secondary,
            min_days: self.min_days,
            max_days: self.max_days,
            budget_cents: self.budget_cents,
            payment_schedule: self.payment_schedule.clone(),
            notes: self.notes.clone(),
        }
    }
}

/// A recorded phase change, or an amendment of the settings or the rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CycleEvent {
    /// `move`, `amendment` (settings) or `rules` (a new rule set once frozen).
    pub kind: String,
    pub from_phase: Phase,
    pub to_phase: Phase,
    /// Why: a person's words, or what the desk did (a catch-up with work done ahead).
    pub reason: Phrase,
    /// What an amendment changed, one line each.
    pub changes: Vec<Phrase>,
    pub actor: String,
    pub at: String,
}

/// What saving a cycle's settings would change, and what that does to what was issued.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CycleChange {
    /// Why the settings change only by amendment ("26 grants are awarded, 26 letters issued"),
    /// empty when they can be saved as they are.
    pub frozen: Phrase,
    /// Each setting that changes, with its value before and after (`said-cycle-change-notes`
    /// when only the notes change).
    pub changes: Vec<Phrase>,
    /// Issued letters that state something the change alters (and would need a new version).
    pub letters_affected: u32,
    #[ts(type = "number")]
    pub awarded_cents: i64,
    /// The envelope would be below what is already awarded: the overrun in words, else empty.
    pub overrun: Phrase,
}

/// A move the cycle could make now, or why it cannot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Transition {
    pub to: Phase,
    /// Forward by one phase, or back to an earlier one.
    pub forward: bool,
    pub allowed: bool,
    /// What is missing before the move is allowed (empty when allowed).
    pub missing: Vec<Phrase>,
    /// Moving back needs a reason, which is recorded.
    pub needs_reason: bool,
}

/// The filters of the cycles list.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct CycleQuery {
    #[ts(type = "number | null")]
    pub programme_id: Option<i64>,
    pub year: Option<i32>,
}

/// A cycle's settings, checked and normalised.
pub(crate) struct ValidCycle {
    pub(crate) year: i32,
    pub(crate) title: String,
    pub(crate) dates: [Option<Date>; 5],
    pub(crate) defaults: ProgrammeDefaults,
    pub(crate) notes: String,
}

pub(crate) fn validate(input: &CycleInput, programme: &Programme) -> Result<ValidCycle> {
    let mut errors = Vec::new();
    if !(2000..=2100).contains(&input.year) {
        errors.push(FieldError::new("year", said!("said-cycle-year-range")));
    }
    let title: String = input.title.chars().filter(|c| !c.is_control()).collect::<String>().trim().to_string();
    let title = if title.is_empty() { format!("{} {}", programme.name, input.year) } else { title };
    if title.chars().count() > 120 {
        errors.push(FieldError::new("title", said!("said-cycle-title-long", most = 120)));
    }
    let fields = ["call_opens", "call_deadline", "activity_start", "activity_end", "report_deadline"];
    let values = [&input.call_opens, &input.call_deadline, &input.activity_start, &input.activity_end, &input.report_deadline];
    let dates: Vec<Option<Date>> = fields.iter().zip(values).map(|(f, v)| parse_date(v, f, &mut errors)).collect();
    // (earlier, later) pairs of dates that must be in order when both are set. A rolling call
    // (first come, first served) stays open while activities happen.
    let mut order = vec![(0, 1), (0, 2), (2, 3), (3, 4), (2, 4)];
    if !programme.shape.rolling_call() {
        order.push((1, 2));
    }
    for later in 1..dates.len() {
        let Some(b) = dates[later] else { continue };
        let before = order.iter().filter(|(_, l)| *l == later).filter_map(|(e, _)| dates[*e].map(|a| (*e, a))).filter(|(_, a)| b < *a).max_by_key(|(e, _)| *e);
        if let Some((earlier, a)) = before {
            let said = said!("said-cycle-dates-order", later = fields[later], later_date = b.to_string(), earlier = fields[earlier], earlier_date = a.to_string());
            errors.push(FieldError::new(fields[later], said));
        }
    }
    let defaults = ProgrammeDefaults {
        slots_primary: input.slots_primary,
        slots_secondary: input.slots_secondary,
        min_days: input.min_days,
        max_days: input.max_days,
        budget_cents: input.budget_cents,
        payment_schedule: input.payment_schedule.clone(),
    };
    errors.extend(defaults.validate(programme.shape));
    if let (Some(start), Some(end), Some(min)) = (dates[2], dates[3], input.min_days) {
        let window = (end - start).whole_days() + 1;
        if window < i64::from(min) {
            errors.push(FieldError::new("activity_end", said!("said-cycle-window-short", window = window, min = min)));
        }
    }
    let notes = input.notes.replace("\r\n", "\n").trim().to_string();
    if notes.chars().count() > 5000 {
        errors.push(FieldError::new("notes", said!("said-cycle-notes-long")));
    }
    if !errors.is_empty() {
        return Err(Error::validation(errors));
    }
    Ok(ValidCycle { year: input.year, title, dates: [dates[0], dates[1], dates[2], dates[3], dates[4]], defaults, notes })
}

const COLUMNS: &str = "c.id, c.programme_id, p.name, p.shape, c.year, c.title, c.call_opens, c.call_deadline, c.activity_start,
    c.activity_end, c.report_deadline, c.slots_primary, c.slots_secondary, c.min_days, c.max_days, c.budget_cents,
    c.payment_schedule, c.phase, c.cloned_from, c.notes, c.created_at, c.updated_at, c.version";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Cycle> {
    let shape = Shape::parse(&r.get::<_, String>(3)?).unwrap_or(Shape::P2p);
    let schedule: String = r.get(16)?;
    Ok(Cycle {
        id: r.get(0)?,
        programme_id: r.get(1)?,
        programme_name: r.get(2)?,
        shape,
        year: r.get(4)?,
        title: r.get(5)?,
        call_opens: r.get(6)?,
        call_deadline: r.get(7)?,
        activity_start: r.get(8)?,
        activity_end: r.get(9)?,
        report_deadline: r.get(10)?,
        slots_primary: r.get(11)?,
        slots_secondary: r.get(12)?,
        min_days: r.get(13)?,
        max_days: r.get(14)?,
        budget_cents: r.get(15)?,
        payment_schedule: serde_json::from_str(&schedule).unwrap_or_default(),
        phase: Phase::parse(&r.get::<_, String>(17)?).unwrap_or(Phase::Draft),
        phases: phases(shape),
        cloned_from: r.get(18)?,
        notes: r.get(19)?,
        created_at: r.get(20)?,
        updated_at: r.get(21)?,
        version: r.get(22)?,
        frozen: Phrase::default(),
        ahead: None,
        gates: Vec::new(),
    })
}

pub(crate) fn not_allowed(message: impl crate::platform::said::Wording) -> Error {
    Error::new(ErrorCode::NotAllowed, message)
}

/// The phase from which settings are frozen: grants are computed from them.
const FROZEN_FROM: Phase = Phase::Awarded;

/// Whether a change is said by this message (a change of the budget, of the notes only).
fn made_of(change: &Phrase, id: &str) -> bool {
    change.said.as_ref().is_some_and(|s| s.id == id)
}

/// A setting's value in a change, as its message takes it: a date (ISO) or a number of days,
/// or "unset" (said "not set").
fn or_unset<T: ToString>(value: Option<T>) -> String {
    value.map_or_else(|| "unset".to_string(), |v| v.to_string())
}

/// The instalments of a schedule as the arguments of `said-cycle-change-schedule`, `side`
/// being `before` or `after`: `before_count`, then `before1` (the percent) and `before1_due`
/// for each, up to four (a schedule has at most four).
fn schedule_args(said: crate::platform::said::Said, side: &str, s: &[Instalment]) -> crate::platform::said::Said {
    let mut said = said.with(&format!("{side}_count"), s.len());
    for (i, instalment) in s.iter().enumerate() {
        let due = match instalment.due {
            crate::cycle::programmes::InstalmentDue::BeforeActivity => "before_activity",
            crate::cycle::programmes::InstalmentDue::AfterReport => "after_report",
        };
        said = said.with(&format!("{side}{}", i + 1), instalment.percent).with(&format!("{side}{}_due", i + 1), due);
    }
    said
}

/// Each setting that differs between the cycle and the checked form, in words, and whether a
/// setting that letters state (title, activity window, report deadline, schedule) is among them.
fn settings_changes(cycle: &Cycle, v: &ValidCycle) -> (Vec<Phrase>, bool) {
    let mut changes = Vec::new();
    let mut letters = false;
    let new_dates = v.dates.map(|d| d.map(format_date));
    let mut note = |changed: bool, said: crate::platform::said::Said, in_letters: bool| {
        if changed {
            changes.push(Phrase::from(said));
            letters |= in_letters;
        }
    };
    // A value written as it is (a year, a title, a count of slots).
    let plain = |setting: &str, before: String, after: String| said!("said-cycle-change-value", setting = setting, before = before, after = after);
    // A date (ISO), or a number of days, that may be unset.
    let date = |setting: &str, before: String, after: String| said!("said-cycle-change-date", setting = setting, before = before, after = after);
    let days = |setting: &str, before: String, after: String| said!("said-cycle-change-days", setting = setting, before = before, after = after);
    note(cycle.year != v.year, plain("year", cycle.year.to_string(), v.year.to_string()), true);
    note(cycle.title != v.title, plain("title", cycle.title.clone(), v.title.clone()), true);
    let dates = [&cycle.call_opens, &cycle.call_deadline, &cycle.activity_start, &cycle.activity_end, &cycle.report_deadline];
    for (i, (setting, in_letters)) in [("call_opens", false), ("call_deadline", false), ("activity_start", true), ("activity_end", true), ("report_deadline", true)].into_iter().enumerate() {
        note(*dates[i] != new_dates[i], date(setting, or_unset(dates[i].clone()), or_unset(new_dates[i].clone())), in_letters);
    }
    note(cycle.slots_primary != v.defaults.slots_primary, plain("slots", cycle.slots_primary.to_string(), v.defaults.slots_primary.to_string()), false);
    note(cycle.slots_secondary != v.defaults.slots_secondary, plain("second_slots", cycle.slots_secondary.to_string(), v.defaults.slots_secondary.to_string()), false);
    note(cycle.min_days != v.defaults.min_days, days("min_days", or_unset(cycle.min_days), or_unset(v.defaults.min_days)), false);
    note(cycle.max_days != v.defaults.max_days, days("max_days", or_unset(cycle.max_days), or_unset(v.defaults.max_days)), false);
    note(cycle.budget_cents != v.defaults.budget_cents, said!("said-cycle-change-budget", before = cycle.budget_cents, after = v.defaults.budget_cents), false);
    let (before, after) = (&cycle.payment_schedule, &v.defaults.payment_schedule);
    if before != after {
        // A schedule written before the four-instalment limit: in English, as it is.
        if before.len() > 4 || after.len() > 4 {
            let words = |s: &[Instalment]| {
                s.iter()
                    .map(|i| format!("{} % {}", i.percent, match i.due { crate::cycle::programmes::InstalmentDue::BeforeActivity => "before the activity", crate::cycle::programmes::InstalmentDue::AfterReport => "after the report" }))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            changes.push(Phrase::from(format!("Payment schedule: {} → {}", words(before), words(after))));
            letters = true;
        } else {
            changes.push(Phrase::from(schedule_args(schedule_args(said!("said-cycle-change-schedule"), "before", before), "after", after)));
            letters = true;
        }
    }
    if cycle.notes != v.notes {
        changes.push(phrase!("said-cycle-change-notes"));
    }
    (changes, letters)
}

impl Store {
    pub fn cycles(&self, q: &CycleQuery) -> Result<Vec<Cycle>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {COLUMNS} FROM cycles c JOIN programmes p ON p.id = c.programme_id
             WHERE (?1 IS NULL OR c.programme_id = ?1) AND (?2 IS NULL OR c.year = ?2)
             ORDER BY c.year DESC, p.position, c.title"
        ))?;
        let rows = stmt.query_map(params![q.programme_id, q.year], from_row)?;
        rows.map(|c| self.with_standing(c?)).collect()
    }

    pub fn cycle(&self, id: i64) -> Result<Cycle> {
        let cycle = self
            .conn()
            .query_row(&format!("SELECT {COLUMNS} FROM cycles c JOIN programmes p ON p.id = c.programme_id WHERE c.id = ?1"), [id], from_row)
            .optional()?
            .ok_or_else(|| Error::not_found(said!("said-cycle-not-found", id = id.to_string())))?;
        self.with_standing(cycle)
    }

    /// The cycle with what its phase allows and any work it holds ahead of its phase.
    fn with_standing(&self, mut cycle: Cycle) -> Result<Cycle> {
        cycle.frozen = self.freeze_reason(&cycle)?;
        cycle.gates = crate::cycle::gates::gates(&cycle);
        cycle.ahead = self.ahead_of_phase(&cycle)?;
        Ok(cycle)
    }

    /// A new cycle's form, filled from the programme's default figures.
    pub fn cycle_template(&self, programme_id: i64, year: i32) -> Result<CycleInput> {
        let p = self.programme(programme_id)?;
        Ok(CycleInput {
            programme_id,
            year,
            title: format!("{} {year}", p.name),
            call_opens: None,
            call_deadline: None,
            activity_start: None,
            activity_end: None,
            report_deadline: None,
            slots_primary: p.defaults.slots_primary,
            slots_secondary: p.defaults.slots_secondary,
            min_days: p.defaults.min_days,
            max_days: p.defaults.max_days,
            budget_cents: p.defaults.budget_cents,
            payment_schedule: p.defaults.payment_schedule,
            notes: String::new(),
        })
    }



    /// Why a cycle's settings change only by amendment: its grants and letters rest on them.
    fn freeze_reason(&self, cycle: &Cycle) -> Result<Phrase> {
        Ok(match self.freeze_counts(cycle.id)? {
            (0, 0) if cycle.phase >= FROZEN_FROM => phrase!("said-cycle-freeze-phase", phase = cycle.phase.as_str()),
            (0, 0) => Phrase::default(),
            (grants, 0) => phrase!("said-cycle-freeze-grants", grants = grants),
            (0, letters) => phrase!("said-cycle-freeze-letters", letters = letters),
            (grants, letters) => phrase!("said-cycle-freeze-grants-letters", grants = grants, letters = letters),
        })
    }

    /// The cycle's awarded grants and issued letters, on which its settings rest.
    fn freeze_counts(&self, cycle_id: i64) -> Result<(u32, u32)> {
        Ok(self.conn().query_row(
            "SELECT (SELECT count(*) FROM grants WHERE cycle_id = ?1 AND state <> 'draft'),
                    (SELECT count(*) FROM letters l JOIN grants g ON g.id = l.grant_id WHERE g.cycle_id = ?1)",
            [cycle_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }

    /// Why the settings of a frozen cycle do not change by a plain save: the refusal, saying
    /// what [`Store::freeze_reason`] says.
    fn frozen_refusal(&self, cycle: &Cycle) -> Result<Error> {
        let title = cycle.title.as_str();
        let said = match self.freeze_counts(cycle.id)? {
            (0, 0) => said!("said-cycle-frozen-phase", title = title, phase = cycle.phase.as_str()),
            (grants, 0) => said!("said-cycle-frozen-grants", title = title, grants = grants),
            (0, letters) => said!("said-cycle-frozen-letters", title = title, letters = letters),
            (grants, letters) => said!("said-cycle-frozen-grants-letters", title = title, grants = grants, letters = letters),
        };
        Ok(Error::new(ErrorCode::NeedsAmendment, said))
    }

    /// What saving `input` would change on the cycle, what it does to its issued letters and
    /// whether the envelope would fall below what is awarded. Nothing is saved.
    pub fn cycle_change(&self, id: i64, input: &CycleInput) -> Result<CycleChange> {
        let current = self.cycle(id)?;
        if input.programme_id != current.programme_id {
            return Err(Error::validation(vec![FieldError::new("programme_id", said!("said-cycle-programme-fixed"))]));
        }
        let programme = self.programme(current.programme_id)?;
        let v = validate(input, &programme)?;
        let (changes, letters_change) = settings_changes(&current, &v);
        let letters_affected: u32 = if letters_change {
            self.conn().query_row(
                "SELECT count(DISTINCT l.grant_id) FROM letters l JOIN grants g ON g.id = l.grant_id WHERE g.cycle_id = ?1 AND g.state = 'awarded'",
                [id],
                |r| r.get(0),
            )?
        } else {
            0
        };
        let awarded_cents: i64 = self.conn().query_row("SELECT coalesce(sum(total_cents), 0) FROM grants WHERE cycle_id = ?1 AND state = 'awarded'", [id], |r| r.get(0))?;
        let overrun = if v.defaults.budget_cents < awarded_cents {
            let envelope = v.defaults.budget_cents;
            phrase!("said-cycle-change-overrun", envelope = envelope, short = awarded_cents - envelope, awarded = awarded_cents)
        } else {
            Phrase::default()
        };
        Ok(CycleChange { frozen: current.frozen.clone(), changes, letters_affected, awarded_cents, overrun })
    }

    /// Change a frozen cycle's settings by amendment: with a reason (kept in the cycle's
    /// history with each change), confirming an envelope below what is awarded. Issued letters
    /// that state a changed setting are then due a new version.
    pub fn amend_cycle(&mut self, id: i64, input: &CycleInput, reason: &str, over_budget: bool, actor: &str) -> Result<Cycle> {
        self.amend_cycle_at(id, input, reason, over_budget, actor, None)
    }

    /// [`Store::amend_cycle`] of a form read at version `read_at` of the cycle: refused as a
    /// conflict when a setting it writes changed since.
    pub fn amend_cycle_at(&mut self, id: i64, input: &CycleInput, reason: &str, over_budget: bool, actor: &str, read_at: Option<i64>) -> Result<Cycle> {
        // One transaction from the version check to the history row: a change made meanwhile
        // is said first, and none can slip in between.
        let tx = self.conn().unchecked_transaction()?;
        crate::platform::versions::check(&tx, &crate::platform::versions::CYCLES, id, read_at)?;
        let change = self.cycle_change(id, input)?;
        let reason = reason.trim();
        if reason.chars().count() < 5 {
            return Err(Error::validation(vec![FieldError::new("reason", said!("said-cycle-amend-reason-short"))]));
        }
        if change.changes.is_empty() {
            return Err(not_allowed(said!("said-cycle-amend-nothing")));
        }
        let budget_changes = change.changes.iter().any(|c| made_of(c, "said-cycle-change-budget"));
        if !change.overrun.is_empty() && budget_changes && !over_budget {
            let envelope = input.budget_cents;
            let said = said!("said-cycle-amend-over-budget", envelope = envelope, short = change.awarded_cents - envelope, awarded = change.awarded_cents);
            return Err(Error::new(ErrorCode::OverBudget, said));
        }
        let before = self.cycle(id)?;
        self.write_cycle(id, input)?;
        let letters_change = settings_changes(&before, &validate(input, &self.programme(before.programme_id)?)?).1;
        if letters_change {
            self.conn().execute("UPDATE cycles SET letters_amendment = letters_amendment + 1 WHERE id = ?1", [id])?;
        }
        let (changes, changes_said) = Phrase::store_list(&change.changes);
        self.conn().execute(
            "INSERT INTO cycle_events (id, cycle_id, from_phase, to_phase, reason, kind, changes, actor, changes_said) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'cycle_events'), ?1, ?2, ?2, ?3, 'amendment', ?4, ?5, ?6)",
            params![id, before.phase.as_str(), reason, changes, actor, changes_said],
        )?;
        tx.commit()?;
        self.cycle(id)
    }

    /// Change a cycle's settings. Once grants are awarded or letters issued, only the notes
    /// change this way; the rest goes through [`Store::amend_cycle`].
    pub fn update_cycle(&mut self, id: i64, input: &CycleInput) -> Result<Cycle> {
        self.update_cycle_at(id, input, None)
    }

    /// [`Store::update_cycle`] of a form read at version `read_at` of the cycle: refused as a
    /// conflict when a setting it writes changed since (`None`: save over whatever is stored).
    pub fn update_cycle_at(&mut self, id: i64, input: &CycleInput, read_at: Option<i64>) -> Result<Cycle> {
        let tx = self.conn().unchecked_transaction()?;
        crate::platform::versions::check(&tx, &crate::platform::versions::CYCLES, id, read_at)?;
        let current = self.cycle(id)?;
        if !current.frozen.is_empty() {
            let change = self.cycle_change(id, input)?;
            if change.changes.iter().any(|c| !made_of(c, "said-cycle-change-notes")) {
                return Err(self.frozen_refusal(&current)?);
            }
        }
        let saved = self.write_cycle(id, input)?;
        tx.commit()?;
        Ok(saved)
    }

    /// Check and write a cycle's settings (the programme stays).
    fn write_cycle(&self, id: i64, input: &CycleInput) -> Result<Cycle> {
        let current = self.cycle(id)?;
        if input.programme_id != current.programme_id {
            return Err(Error::validation(vec![FieldError::new("programme_id", said!("said-cycle-programme-fixed"))]));
        }
        let programme = self.programme(current.programme_id)?;
        let v = validate(input, &programme)?;
        let clash: Option<i64> = self
            .conn()
            .query_row(
                "SELECT id FROM cycles WHERE programme_id = ?1 AND year = ?2 AND title = ?3 AND id <> ?4",
                params![current.programme_id, v.year, v.title, id],
                |r| r.get(0),
            )
            .optional()?;
        if clash.is_some() {
            return Err(Error::conflict_at("title", said!("said-cycle-title-taken", title = &v.title, year = v.year.to_string())));
        }
        let d = v.dates.map(|d| d.map(format_date));
        self.conn().execute(
            "UPDATE cycles SET year = ?2, title = ?3, call_opens = ?4, call_deadline = ?5, activity_start = ?6, activity_end = ?7,
                report_deadline = ?8, slots_primary = ?9, slots_secondary = ?10, min_days = ?11, max_days = ?12, budget_cents = ?13,
                payment_schedule = ?14, notes = ?15, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), updated_by = ?16
             WHERE id = ?1",
            params![
                id,
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
                v.notes,
                crate::team::actor_of(self.conn()),
            ],
        )?;
        self.cycle(id)
    }


    /// A draft cycle can be deleted; from the call on, it stays (close it instead).
    pub fn delete_cycle(&mut self, id: i64) -> Result<()> {
        let cycle = self.cycle(id)?;
        if cycle.phase != Phase::Draft {
            return Err(not_allowed(said!("said-cycle-delete-past-draft", title = &cycle.title)));
        }
        let applications: u32 = self.conn().query_row("SELECT count(*) FROM applications WHERE cycle_id = ?1", [id], |r| r.get(0))?;
        if applications > 0 {
            return Err(not_allowed(said!("said-cycle-delete-applications", title = &cycle.title, count = applications)));
        }
        let tx = self.conn_mut().transaction()?;
        tx.execute("UPDATE cycles SET cloned_from = NULL WHERE cloned_from = ?1", [id])?;
        tx.execute("DELETE FROM cycle_events WHERE cycle_id = ?1", [id])?;
        tx.execute("DELETE FROM selection_criteria WHERE cycle_id = ?1", [id])?;
        tx.execute("DELETE FROM selection_rules WHERE cycle_id = ?1", [id])?;
        tx.execute("DELETE FROM import_mappings WHERE cycle_id = ?1", [id])?;
        tx.execute("DELETE FROM rule_sets WHERE cycle_id = ?1", [id])?;
        tx.execute("DELETE FROM cycles WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(())
    }





    /// The cycle's phase history, oldest first.
    pub fn cycle_events(&self, id: i64) -> Result<Vec<CycleEvent>> {
        self.cycle(id)?;
        let mut stmt = self.conn().prepare("SELECT from_phase, to_phase, reason, at, kind, changes, actor, reason_said, changes_said FROM cycle_events WHERE cycle_id = ?1 ORDER BY id")?;
        let rows = stmt.query_map([id], |r| {
            let changes: String = r.get(5)?;
            Ok(CycleEvent {
                from_phase: Phase::parse(&r.get::<_, String>(0)?).unwrap_or(Phase::Draft),
                to_phase: Phase::parse(&r.get::<_, String>(1)?).unwrap_or(Phase::Draft),
                reason: Phrase::stored(r.get(2)?, &r.get::<_, String>(7)?),
                at: r.get(3)?,
                kind: r.get(4)?,
                changes: Phrase::stored_list(&changes, &r.get::<_, String>(8)?).into_iter().map(known_rules_change).collect(),
                actor: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}

/// "Rules: version 1 → version 2", kept before its message was (see `Phrase::or_known`).
fn known_rules_change(line: Phrase) -> Phrase {
    if line.said.is_some() {
        return line;
    }
    let versions = line.text.strip_prefix("Rules: version ").and_then(|rest| rest.split_once(" → version "));
    match versions.and_then(|(a, b)| Some((a.parse::<u32>().ok()?, b.parse::<u32>().ok()?))) {
        Some((before, after)) => crate::phrase!("said-funding-rules-change", before = before, after = after),
        None => line,
    }
}
