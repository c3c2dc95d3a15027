//! A grant's payment rows: read, their due dates and status worked out from what they depend
//! on, and settled against what is still owed after every award, amendment, cancellation,
//! payment, waiver and undo.

use rusqlite::{params, OptionalExtension};
use time::Date;

use super::{split, today, GrantDates, GrantPayments, Payment, PaymentDue, PaymentKind, PaymentState, PaymentStatus, Row};
use crate::intake::applications::Role;
use crate::platform::dates::DATE_FORMAT;
use crate::platform::error::{Error, Result};
use crate::funding::grants::GrantState;
use crate::cycle::programmes::{Instalment, InstalmentDue};
use crate::intake::selection::applicant_name;
use crate::platform::said::Phrase;
use crate::platform::store::Store;
use crate::{phrase, said};

const ROW_SQL: &str =
    "SELECT id, seq, kind, percent, due, amount_cents, state, paid_on, reference, note, actor, created_on, note_said FROM payments WHERE grant_id = ?1 ORDER BY seq";

fn read_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok(Row {
        id: r.get(0)?,
        seq: r.get(1)?,
        kind: PaymentKind::parse(&r.get::<_, String>(2)?),
        percent: r.get(3)?,
        due: PaymentDue::parse(&r.get::<_, String>(4)?),
        amount_cents: r.get(5)?,
        state: PaymentState::parse(&r.get::<_, String>(6)?),
        paid_on: r.get(7)?,
        reference: r.get(8)?,
        note: Phrase::stored(r.get(9)?, &r.get::<_, String>(12)?).or_known(
            &[("No longer owed.", "said-funding-payment-note-no-longer-owed")],
            &[
                ("No longer owed: ", "said-funding-payment-note-no-longer-owed-why", "reason"),
                ("Waived: ", "said-funding-payment-note-waived", "reason"),
                ("Waiver undone: ", "said-funding-payment-note-waiver-undone", "reason"),
            ],
        ),
        actor: r.get(10)?,
        created_on: r.get(11)?,
    })
}

/// The signed sum that settles a grant: positive, the network still owes it; negative, the
/// beneficiary owes it back.
fn still_owed(owed: i64, rows: &[Row]) -> i64 {
    rows.iter().fold(owed, |acc, r| match (r.kind, r.state) {
        (PaymentKind::Instalment, PaymentState::Paid | PaymentState::Waived) => acc - r.amount_cents,
        (PaymentKind::Recovery, PaymentState::Paid | PaymentState::Waived) => acc + r.amount_cents,
        _ => acc,
    })
}

fn to_payment(grant_id: i64, r: Row, dates: &GrantDates, scheduled: u32, today: Date) -> Payment {
    let due_on = match r.due {
        PaymentDue::BeforeActivity => dates.activity_start.clone(),
        PaymentDue::AfterReport => dates.report_received_on.clone(),
        PaymentDue::Now => Some(r.created_on.clone()),
    };
    let status = match r.state {
        PaymentState::Paid => PaymentStatus::Paid,
        PaymentState::Waived => PaymentStatus::Waived,
        PaymentState::Cancelled => PaymentStatus::Cancelled,
        PaymentState::Open => match due_on.as_deref().and_then(|d| Date::parse(d, DATE_FORMAT).ok()) {
            None => PaymentStatus::Waiting,
            Some(d) if d > today => PaymentStatus::Scheduled,
            Some(d) if d == today => PaymentStatus::Due,
            Some(_) => PaymentStatus::Overdue,
        },
    };
    let label = match (r.kind, r.percent) {
        (PaymentKind::Recovery, _) => phrase!("said-funding-payment-recovery"),
        (PaymentKind::Instalment, 0) => phrase!("said-funding-payment-added", seq = r.seq, due = r.due.as_str()),
        (PaymentKind::Instalment, p) => phrase!("said-funding-payment-scheduled", seq = r.seq, scheduled = scheduled, percent = p, due = r.due.as_str()),
    };
    Payment {
        id: r.id,
        grant_id,
        seq: r.seq,
        kind: r.kind,
        percent: r.percent,
        due: r.due,
        label,
        amount_cents: r.amount_cents,
        state: r.state,
        status,
        due_on,
        paid_on: r.paid_on,
        reference: r.reference,
        note: r.note,
        actor: r.actor,
    }
}

fn totals_of(payments: &[Payment]) -> (i64, i64, i64) {
    let mut paid = 0;
    let mut outstanding = 0;
    let mut to_recover = 0;
    for p in payments {
        match (p.kind, p.state) {
            (PaymentKind::Instalment, PaymentState::Paid) => paid += p.amount_cents,
            (PaymentKind::Recovery, PaymentState::Paid) => paid -= p.amount_cents,
            (PaymentKind::Instalment, PaymentState::Open) => outstanding += p.amount_cents,
            (PaymentKind::Recovery, PaymentState::Open) => to_recover += p.amount_cents,
            _ => {}
        }
    }
    (paid, outstanding, to_recover)
}

impl Store {
    pub(super) fn grant_dates(&self, grant_id: i64) -> Result<GrantDates> {
        self.conn()
            .prepare_cached(
                "SELECT g.cycle_id, g.state, g.total_cents, a.person_name, h.name, a.role,
                        CASE WHEN x.pair_id IS NULL THEN coalesce(a.starts_on, c.activity_start) ELSE x.visit_start END,
                        r.received_on
                   FROM grants g
                   JOIN applications a ON a.id = g.application_id
                   JOIN hubs h ON h.id = a.hub_id
                   JOIN cycles c ON c.id = g.cycle_id
                   JOIN application_hosts x ON x.application_id = a.id
                   LEFT JOIN grant_reports r ON r.grant_id = g.id
                  WHERE g.id = ?1",
            )?
            .query_row([grant_id], |r| {
                Ok(GrantDates {
                    cycle_id: r.get(0)?,
                    state: GrantState::parse(&r.get::<_, String>(1)?),
                    total_cents: r.get(2)?,
                    applicant: applicant_name(&r.get::<_, String>(3)?, &r.get::<_, String>(4)?, Role::parse(&r.get::<_, String>(5)?).unwrap_or(Role::Visiting)),
                    activity_start: r.get(6)?,
                    report_received_on: r.get(7)?,
                })
            })
            .optional()?
            .ok_or_else(|| Error::not_found(said!("said-funding-grant-missing", id = grant_id)))
    }

    fn payment_rows(&self, grant_id: i64) -> Result<Vec<Row>> {
        let mut stmt = self.conn().prepare_cached(ROW_SQL)?;
        let rows = stmt.query_map([grant_id], read_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Bring a grant's open payments in line with what it comes to (see the module note):
    /// the schedule's instalments at the award, then open amounts that follow amendments, a
    /// recovery order when more was paid than is owed, and cancellation of what is no longer
    /// owed. `why` is noted on the rows it cancels or adds. Joins the caller's transaction.
    pub(crate) fn settle_payments(&self, grant_id: i64, why: &str, actor: &str) -> Result<()> {
        let dates = self.grant_dates(grant_id)?;
        let owed = match dates.state {
            GrantState::Draft => return Ok(()),
            GrantState::Awarded => dates.total_cents,
            GrantState::Cancelled => 0,
        };
        let mut rows = self.payment_rows(grant_id)?;
        if rows.is_empty() {
            if dates.state != GrantState::Awarded {
                return Ok(());
            }
            let schedule: Vec<Instalment> = self
                .conn()
                .prepare_cached("SELECT payment_schedule FROM cycles WHERE id = ?1")?
                .query_row([dates.cycle_id], |r| r.get::<_, String>(0))
                .map(|json| serde_json::from_str(&json).unwrap_or_default())?;
            let schedule = if schedule.is_empty() { vec![Instalment { percent: 100, due: InstalmentDue::BeforeActivity }] } else { schedule };
            let mut insert = self.conn().prepare_cached("INSERT INTO payments (id, grant_id, seq, kind, percent, due, amount_cents, actor) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'payments'), ?1, ?2, 'instalment', ?3, ?4, 0, ?5)")?;
            for (i, step) in schedule.iter().enumerate() {
                let due = match step.due {
                    InstalmentDue::BeforeActivity => PaymentDue::BeforeActivity,
                    InstalmentDue::AfterReport => PaymentDue::AfterReport,
                };
                insert.execute(params![grant_id, i as u32 + 1, step.percent, due.as_str(), actor])?;
            }
            drop(insert);
            rows = self.payment_rows(grant_id)?;
        }
        let remaining = still_owed(owed, &rows);
        let next_seq = rows.iter().map(|r| r.seq).max().unwrap_or(0) + 1;
        let open_instalments: Vec<&Row> = rows.iter().filter(|r| r.kind == PaymentKind::Instalment && r.state == PaymentState::Open).collect();
        let open_recoveries: Vec<&Row> = rows.iter().filter(|r| r.kind == PaymentKind::Recovery && r.state == PaymentState::Open).collect();
        let mut set_amount = self.conn().prepare_cached(
            "UPDATE payments SET amount_cents = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1 AND amount_cents <> ?2",
        )?;
        let mut cancel = self.conn().prepare_cached(
            "UPDATE payments SET state = 'cancelled', note = ?2, note_said = ?4, actor = ?3, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
        )?;
        let mut add = self.conn().prepare_cached("INSERT INTO payments (id, grant_id, seq, kind, percent, due, amount_cents, note, actor) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'payments'), ?1, ?2, ?3, 0, 'now', ?4, ?5, ?6)")?;
        let no_longer = if why.is_empty() { phrase!("said-funding-payment-note-no-longer-owed") } else { phrase!("said-funding-payment-note-no-longer-owed-why", reason = why) };
        let (no_longer, no_longer_said) = (no_longer.text.clone(), no_longer.said_json());
        // Instalments: the positive part, spread over the open ones by their share.
        let pay = remaining.max(0);
        if pay > 0 && open_instalments.is_empty() {
            add.execute(params![grant_id, next_seq, PaymentKind::Instalment.as_str(), pay, why, actor])?;
        } else if pay > 0 {
            let weights: Vec<u32> = open_instalments.iter().map(|r| r.percent).collect();
            for (row, amount) in open_instalments.iter().zip(split(pay, &weights)) {
                if amount == 0 {
                    cancel.execute(params![row.id, no_longer, actor, no_longer_said])?;
                } else {
                    set_amount.execute(params![row.id, amount])?;
                }
            }
        } else {
            for row in &open_instalments {
                cancel.execute(params![row.id, no_longer, actor, no_longer_said])?;
            }
        }
        // Recoveries: the negative part, as one open order.
        let recover = (-remaining).max(0);
        let mut recoveries = open_recoveries.iter();
        match (recover, recoveries.next()) {
            (0, Some(first)) => {
                cancel.execute(params![first.id, no_longer, actor, no_longer_said])?;
            }
            (0, None) => {}
            (amount, Some(first)) => {
                set_amount.execute(params![first.id, amount])?;
            }
            (amount, None) => {
                add.execute(params![grant_id, next_seq, PaymentKind::Recovery.as_str(), amount, why, actor])?;
            }
        }
        for extra in recoveries {
            cancel.execute(params![extra.id, no_longer, actor, no_longer_said])?;
        }
        Ok(())
    }

    /// A grant's payments (none for a draft) and where they stand today.
    pub fn grant_payments(&self, grant_id: i64) -> Result<GrantPayments> {
        let dates = self.grant_dates(grant_id)?;
        let rows = self.payment_rows(grant_id)?;
        if rows.is_empty() && dates.state == GrantState::Awarded {
            // Awarded before payments were kept: cut its schedule now.
            self.settle_payments(grant_id, "", "")?;
            return self.grant_payments(grant_id);
        }
        let scheduled = rows.iter().filter(|r| r.percent > 0).count() as u32;
        let today = today();
        let payments: Vec<Payment> = rows.into_iter().map(|r| to_payment(grant_id, r, &dates, scheduled, today)).collect();
        let owed = if dates.state == GrantState::Awarded { dates.total_cents } else { 0 };
        let (paid_cents, outstanding_cents, to_recover_cents) = totals_of(&payments);
        Ok(GrantPayments {
            grant_id,
            owed_cents: owed,
            paid_cents,
            outstanding_cents,
            to_recover_cents,
            report_received_on: dates.report_received_on,
            payments,
        })
    }

    pub(super) fn payment_grant(&self, payment_id: i64) -> Result<(i64, Row)> {
        self.conn()
            .query_row(
                "SELECT id, seq, kind, percent, due, amount_cents, state, paid_on, reference, note, actor, created_on, note_said, grant_id FROM payments WHERE id = ?1",
                [payment_id],
                |r| Ok((r.get::<_, i64>(13)?, read_row(r)?)),
            )
            .optional()?
            .ok_or_else(|| Error::not_found(said!("said-funding-payment-missing", id = payment_id)))
    }
}
