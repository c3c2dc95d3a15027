//! Report reminders on the cycle's schedule: a first reminder `days_before` the report
//! deadline, then one every `every_days` until the report is received. Each reminder is named by
//! its grant and the day of the schedule it belongs to, so composing every day (the app does it
//! when it opens) writes each reminder once, never twice.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use time::{Date, Duration};
use ts_rs::TS;

use super::compose::{words_in, Draft};
use super::templates::Value;
use crate::funding::payments::{PaymentDue, PaymentKind, PaymentState};
use crate::platform::dates::DATE_FORMAT;
use crate::platform::error::{Error, FieldError, Result};
use crate::platform::store::Store;

/// When a cycle's report reminders are written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReminderSchedule {
    #[ts(type = "number")]
    pub cycle_id: i64,
    /// The first reminder, this many days before the report deadline.
    pub days_before: u32,
    /// Then one every this many days until the report is received.
    pub every_days: u32,
    pub active: bool,
}

/// The day of the schedule a reminder written on `today` belongs to: the last one not after
/// today, or `None` before the first.
pub(crate) fn reminder_day(deadline: Date, schedule: &ReminderSchedule, today: Date) -> Option<Date> {
    let first = deadline - Duration::days(i64::from(schedule.days_before));
    if !schedule.active || today < first {
        return None;
    }
    let every = i64::from(schedule.every_days.max(1));
    let steps = (today - first).whole_days() / every;
    Some(first + Duration::days(steps * every))
}

impl Store {
    /// A cycle's reminder schedule (14 days before, then weekly, until staff set another).
    pub fn reminder_schedule(&self, cycle_id: i64) -> Result<ReminderSchedule> {
        self.cycle(cycle_id)?;
        let saved = self
            .conn()
            .query_row("SELECT days_before, every_days, active FROM reminder_schedules WHERE cycle_id = ?1", [cycle_id], |r| {
                Ok(ReminderSchedule { cycle_id, days_before: r.get(0)?, every_days: r.get(1)?, active: r.get(2)? })
            })
            .optional()?;
        Ok(saved.unwrap_or(ReminderSchedule { cycle_id, days_before: 14, every_days: 7, active: true }))
    }

    pub fn save_reminder_schedule(&mut self, schedule: &ReminderSchedule) -> Result<ReminderSchedule> {
        self.cycle(schedule.cycle_id)?;
        let mut problems = Vec::new();
        if schedule.days_before > 365 {
            problems.push(FieldError::new("days_before", crate::said!("said-outbox-reminder-days-before")));
        }
        if !(1..=365).contains(&schedule.every_days) {
            problems.push(FieldError::new("every_days", crate::said!("said-outbox-reminder-every-days")));
        }
        if !problems.is_empty() {
            return Err(Error::validation(problems));
        }
        self.conn().execute(
            "INSERT INTO reminder_schedules (cycle_id, days_before, every_days, active) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (cycle_id) DO UPDATE SET days_before = excluded.days_before, every_days = excluded.every_days, active = excluded.active",
            params![schedule.cycle_id, schedule.days_before, schedule.every_days, schedule.active],
        )?;
        self.reminder_schedule(schedule.cycle_id)
    }

    /// [`Store::compose_due_reminders`] for today.
    pub fn compose_todays_reminders(&mut self) -> Result<u32> {
        self.compose_due_reminders(time::OffsetDateTime::now_utc().date())
    }

    /// Compose the reminders due on `today` in every cycle with grants waiting on a report:
    /// what the app does each time it opens. Returns how many drafts were written.
    pub fn compose_due_reminders(&mut self, today: Date) -> Result<u32> {
        let cycles: Vec<i64> = {
            let mut stmt = self.conn().prepare(
                "SELECT DISTINCT g.cycle_id FROM grants g JOIN cycles c ON c.id = g.cycle_id
                  WHERE g.state = 'awarded' AND c.report_deadline IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM grant_reports r WHERE r.grant_id = g.id) ORDER BY g.cycle_id",
            )?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut created = 0;
        for cycle_id in cycles {
            let request = super::ComposeRequest { cycle_id, kind: super::MailKind::ReportReminder, language: None };
            created += self.compose_mail_on(&request, today)?.created;
        }
        Ok(created)
    }

    /// A reminder per awarded grant whose report has not come, when the schedule has one due.
    pub(super) fn reminder_drafts(&self, cycle_id: i64, language: &str, today: Date) -> Result<Vec<Draft>> {
        let cycle = self.cycle(cycle_id)?;
        let schedule = self.reminder_schedule(cycle_id)?;
        let Some(deadline) = cycle.report_deadline.as_deref().and_then(|d| Date::parse(d, DATE_FORMAT).ok()) else {
            return Ok(Vec::new());
        };
        let Some(day) = reminder_day(deadline, &schedule, today) else {
            return Ok(Vec::new());
        };
        let words = words_in(language);
        let grants = self.grant_contacts(cycle_id, "g.state = 'awarded' AND NOT EXISTS (SELECT 1 FROM grant_reports r WHERE r.grant_id = g.id)")?;
        let overdue = today > deadline;
        let days = (deadline - today).whole_days().abs();
        let mut drafts = Vec::new();
        for g in grants {
            let balance: i64 = self
                .grant_payments(g.grant_id)?
                .payments
                .iter()
                .filter(|p| p.kind == PaymentKind::Instalment && p.state == PaymentState::Open && p.due == PaymentDue::AfterReport)
                .map(|p| p.amount_cents)
                .sum();
            let yes_no = |b: bool| Value::Text(if b { "yes" } else { "no" }.to_string());
            drafts.push(Draft {
                about: format!("reminder:grant:{}:{}", g.grant_id, day.format(DATE_FORMAT).unwrap_or_default()),
                who: format!("{} ({})", g.applicant, g.reference),
                recipient_name: g.recipient_name,
                recipient_email: g.recipient_email,
                language: words.language.to_string(),
                values: vec![
                    ("hub", Value::Text(g.hub)),
                    ("reference", Value::Text(g.reference)),
                    ("report_deadline", Value::Text(words.date(deadline))),
                    ("days", Value::Number(days)),
                    ("overdue", yes_no(overdue)),
                    ("balance", Value::Text(words.money(balance))),
                    ("balance_due", yes_no(balance > 0)),
                ],
                attachment: None,
            });
        }
        Ok(drafts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_reminder_belongs_to_the_last_day_of_the_schedule() {
        let s = ReminderSchedule { cycle_id: 1, days_before: 14, every_days: 7, active: true };
        let deadline = date!(2027 - 09 - 30);
        assert_eq!(reminder_day(deadline, &s, date!(2027 - 09 - 15)), None);
        assert_eq!(reminder_day(deadline, &s, date!(2027 - 09 - 16)), Some(date!(2027 - 09 - 16)));
        assert_eq!(reminder_day(deadline, &s, date!(2027 - 09 - 22)), Some(date!(2027 - 09 - 16)));
        assert_eq!(reminder_day(deadline, &s, date!(2027 - 09 - 23)), Some(date!(2027 - 09 - 23)));
        assert_eq!(reminder_day(deadline, &s, date!(2027 - 10 - 08)), Some(date!(2027 - 10 - 07)));
        assert_eq!(reminder_day(deadline, &ReminderSchedule { active: false, ..s }, date!(2027 - 09 - 23)), None);
    }
}
