//! Payments: the instalments of each awarded grant, cut from its cycle's payment schedule
//! (e.g. 70 % before the activity, 30 % after the report), what was paid and when, and what is
//! to be recovered when a grant is cancelled or amended below what was already paid.
//!
//! One sum drives everything ([`Store::settle_payments`]): what is still owed on a grant is
//!
//! ```text
//! owed = total (0 once cancelled) − paid instalments + recovered − waived instalments + waived recoveries
//! ```
//!
//! and the grant's open rows are made to match it. A positive figure is spread over the open
//! instalments by their share of the schedule (the last one takes the remainder, so the cents
//! always add up); a negative one becomes a single open recovery order. Paid and waived rows
//! never change; open rows no longer needed are cancelled, not deleted, so the finance export
//! shows what was once scheduled. Settling is idempotent: it runs after every award,
//! amendment, cancellation, payment and undo.
//!
//! Due dates are not stored but read from what they depend on: the first day of the activity
//! (the application's, else the cycle's window) for pre-financing, the day the report was
//! received for the balance (never before: paying a balance is refused until the report is in),
//! and the day the row was made for rows added by an amendment or a cancellation.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use time::Date;
use ts_rs::TS;

use crate::intake::applications::Role;
use crate::platform::dates::{format_date, DATE_FORMAT};
use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::cycle::gates::Work;
use crate::funding::grants::GrantState;
use crate::platform::money::format_euros;
use crate::cycle::programmes::{Instalment, InstalmentDue};
use crate::intake::selection::applicant_name;
use crate::platform::store::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PaymentKind {
    /// The network pays the beneficiary.
    Instalment,
    /// The beneficiary pays back (after a cancellation or a lower amendment).
    Recovery,
}

/// When a payment falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PaymentDue {
    BeforeActivity,
    AfterReport,
    /// From the day the row was made (added by an amendment or a cancellation).
    Now,
}

/// What is stored of a payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PaymentState {
    /// Owed; its amount follows the grant.
    Open,
    /// Paid (a recovery: recovered).
    Paid,
    /// Given up with a reason (a balance forfeited, a recovery not pursued); counts as settled.
    Waived,
    /// No longer owed (the grant changed).
    Cancelled,
}

/// Where an open payment stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PaymentStatus {
    /// A balance waiting for the report, or pre-financing without any activity date.
    Waiting,
    /// Falls due later.
    Scheduled,
    /// Falls due today.
    Due,
    /// Was due before today.
    Overdue,
    Paid,
    Waived,
    Cancelled,
}

impl PaymentKind {
    fn as_str(self) -> &'static str {
        match self {
            PaymentKind::Instalment => "instalment",
            PaymentKind::Recovery => "recovery",
        }
    }
    fn parse(text: &str) -> PaymentKind {
        if text == "recovery" {
            PaymentKind::Recovery
        } else {
            PaymentKind::Instalment
        }
    }
}

impl PaymentDue {
    fn as_str(self) -> &'static str {
        match self {
            PaymentDue::BeforeActivity => "before_activity",
            PaymentDue::AfterReport => "after_report",
            PaymentDue::Now => "now",
        }
    }
    fn parse(text: &str) -> PaymentDue {
        match text {
            "before_activity" => PaymentDue::BeforeActivity,
            "after_report" => PaymentDue::AfterReport,
            _ => PaymentDue::Now,
        }
    }
}

impl PaymentState {
    fn as_str(self) -> &'static str {
        match self {
            PaymentState::Open => "open",
            PaymentState::Paid => "paid",
            PaymentState::Waived => "waived",
            PaymentState::Cancelled => "cancelled",
        }
    }
    fn parse(text: &str) -> PaymentState {
        match text {
            "paid" => PaymentState::Paid,
            "waived" => PaymentState::Waived,
            "cancelled" => PaymentState::Cancelled,
            _ => PaymentState::Open,
        }
    }
}

impl PaymentStatus {
    /// The English word the window and the export show.
    pub fn label(self) -> &'static str {
        match self {
            PaymentStatus::Waiting => "Waiting",
            PaymentStatus::Scheduled => "Scheduled",
            PaymentStatus::Due => "Due",
            PaymentStatus::Overdue => "Overdue",
            PaymentStatus::Paid => "Paid",
            PaymentStatus::Waived => "Waived",
            PaymentStatus::Cancelled => "Cancelled",
        }
    }
}

/// One instalment or recovery order of a grant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Payment {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub grant_id: i64,
    pub seq: u32,
    pub kind: PaymentKind,
    /// The schedule's share; 0 for a row added by an amendment or a cancellation.
    pub percent: u32,
    pub due: PaymentDue,
    /// "Instalment 1 of 2: 70 % before the activity", "Recovery" ...
    pub label: String,
    #[ts(type = "number")]
    pub amount_cents: i64,
    pub state: PaymentState,
    pub status: PaymentStatus,
    /// When it falls due; `None` while a balance waits for the report.
    pub due_on: Option<String>,
    pub paid_on: Option<String>,
    /// The bank or accounting reference recorded with the payment.
    pub reference: String,
    /// Why the row was cancelled, waived, reopened or added.
    pub note: String,
    pub actor: String,
}

/// A grant's payments and where they stand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct GrantPayments {
    #[ts(type = "number")]
    pub grant_id: i64,
    /// What the grant comes to: its total, or 0 once cancelled.
    #[ts(type = "number")]
    pub owed_cents: i64,
    /// Instalments paid less what was recovered.
    #[ts(type = "number")]
    pub paid_cents: i64,
    /// Open instalments: still to pay.
    #[ts(type = "number")]
    pub outstanding_cents: i64,
    /// Open recovery orders: still to recover.
    #[ts(type = "number")]
    pub to_recover_cents: i64,
    pub report_received_on: Option<String>,
    pub payments: Vec<Payment>,
}

/// One payment with its grant's payee, for a cycle's payments table and the finance export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PaymentRow {
    pub payment: Payment,
    pub applicant: String,
    pub hub_name: String,
    pub hub_city: String,
    pub hub_country: String,
    /// The application's contact, else the hub's.
    pub contact_name: String,
    pub contact_email: String,
    pub grant_state: GrantState,
    #[ts(type = "number")]
    pub grant_total_cents: i64,
}

/// Who a grant is paid to.
pub(crate) struct Payee {
    pub applicant: String,
    pub hub_name: String,
    pub hub_city: String,
    pub hub_country: String,
    pub contact_name: String,
    pub contact_email: String,
    pub grant_state: GrantState,
    pub grant_total_cents: i64,
}

/// A cycle's payments in figures.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, TS)]
pub struct PaymentTotals {
    #[ts(type = "number")]
    pub awarded_cents: i64,
    #[ts(type = "number")]
    pub paid_cents: i64,
    #[ts(type = "number")]
    pub recovered_cents: i64,
    /// Open instalments whose date has come (due or overdue).
    #[ts(type = "number")]
    pub due_cents: i64,
    #[ts(type = "number")]
    pub overdue_cents: i64,
    /// Every open instalment, due or not.
    #[ts(type = "number")]
    pub outstanding_cents: i64,
    #[ts(type = "number")]
    pub to_recover_cents: i64,
    #[ts(type = "number")]
    pub waived_cents: i64,
    pub open_count: u32,
    pub grants_awarded: u32,
    pub grants_cancelled: u32,
    pub reports_received: u32,
}

/// A cycle's payments table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PaymentsOverview {
    #[ts(type = "number")]
    pub cycle_id: i64,
    pub today: String,
    pub rows: Vec<PaymentRow>,
    pub totals: PaymentTotals,
}

/// What staff record when a payment is made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PaymentInput {
    /// YYYY-MM-DD; today when empty.
    pub paid_on: Option<String>,
    pub reference: String,
}

pub(crate) fn today() -> Date {
    time::OffsetDateTime::now_utc().date()
}

fn not_allowed(message: impl Into<String>) -> Error {
    Error::new(ErrorCode::NotAllowed, message)
}

/// A date staff typed, checked: a real date and not after today.
fn past_date(text: Option<&str>, field: &str, what: &str) -> Result<String> {
    let text = text.map(str::trim).filter(|t| !t.is_empty());
    let Some(text) = text else { return Ok(format_date(today())) };
    let date = Date::parse(text, DATE_FORMAT)
        .map_err(|_| Error::validation(vec![FieldError::new(field, format!("'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31."))]))?;
    if date > today() {
        return Err(Error::validation(vec![FieldError::new(field, format!("{what} cannot be in the future ({text} is after today)."))]));
    }
    Ok(format_date(date))
}

/// Split `amount` over `weights` in proportion, rounding down; the last takes the remainder so
/// the parts add up to the cent. Equal weights when they are all zero.
pub fn split(amount: i64, weights: &[u32]) -> Vec<i64> {
    let Some(last) = weights.len().checked_sub(1) else { return Vec::new() };
    let sum: u64 = weights.iter().map(|w| u64::from(*w)).sum();
    let weight = |w: u32| if sum == 0 { 1 } else { i128::from(w) };
    let sum = if sum == 0 { weights.len() as i128 } else { i128::from(sum as i64) };
    let mut parts: Vec<i64> = weights[..last].iter().map(|w| (i128::from(amount) * weight(*w)).div_euclid(sum) as i64).collect();
    let given: i64 = parts.iter().sum();
    parts.push(amount - given);
    parts
}

fn due_label(due: PaymentDue) -> &'static str {
    match due {
        PaymentDue::BeforeActivity => "before the activity",
        PaymentDue::AfterReport => "after the report",
        PaymentDue::Now => "on demand",
    }
}

/// A stored row, before its due date and status are worked out.
struct Row {
    id: i64,
    seq: u32,
    kind: PaymentKind,
    percent: u32,
    due: PaymentDue,
    amount_cents: i64,
    state: PaymentState,
    paid_on: Option<String>,
    reference: String,
    note: String,
    actor: String,
    created_on: String,
}

/// What a grant's due dates depend on.
struct GrantDates {
    cycle_id: i64,
    state: GrantState,
    total_cents: i64,
    applicant: String,
    activity_start: Option<String>,
    report_received_on: Option<String>,
}

const ROW_SQL: &str =
    "SELECT id, seq, kind, percent, due, amount_cents, state, paid_on, reference, note, actor, created_on FROM payments WHERE grant_id = ?1 ORDER BY seq";

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
        note: r.get(9)?,
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
        (PaymentKind::Recovery, _) => "Recovery".to_string(),
        (PaymentKind::Instalment, 0) => format!("Instalment {}: added {}", r.seq, due_label(r.due)),
        (PaymentKind::Instalment, p) => format!("Instalment {} of {scheduled}: {p} % {}", r.seq, due_label(r.due)),
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
    fn grant_dates(&self, grant_id: i64) -> Result<GrantDates> {
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
            .ok_or_else(|| Error::not_found(format!("There is no grant with id {grant_id}.")))
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
            "UPDATE payments SET state = 'cancelled', note = ?2, actor = ?3, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
        )?;
        let mut add = self.conn().prepare_cached("INSERT INTO payments (id, grant_id, seq, kind, percent, due, amount_cents, note, actor) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'payments'), ?1, ?2, ?3, 0, 'now', ?4, ?5, ?6)")?;
        let no_longer = if why.is_empty() { "No longer owed.".to_string() } else { format!("No longer owed: {why}") };
        // Instalments: the positive part, spread over the open ones by their share.
        let pay = remaining.max(0);
        if pay > 0 && open_instalments.is_empty() {
            add.execute(params![grant_id, next_seq, PaymentKind::Instalment.as_str(), pay, why, actor])?;
        } else if pay > 0 {
            let weights: Vec<u32> = open_instalments.iter().map(|r| r.percent).collect();
            for (row, amount) in open_instalments.iter().zip(split(pay, &weights)) {
                if amount == 0 {
                    cancel.execute(params![row.id, no_longer, actor])?;
                } else {
                    set_amount.execute(params![row.id, amount])?;
                }
            }
        } else {
            for row in &open_instalments {
                cancel.execute(params![row.id, no_longer, actor])?;
            }
        }
        // Recoveries: the negative part, as one open order.
        let recover = (-remaining).max(0);
        let mut recoveries = open_recoveries.iter();
        match (recover, recoveries.next()) {
            (0, Some(first)) => {
                cancel.execute(params![first.id, no_longer, actor])?;
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
            cancel.execute(params![extra.id, no_longer, actor])?;
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

    fn payment_grant(&self, payment_id: i64) -> Result<(i64, Row)> {
        self.conn()
            .query_row(
                "SELECT id, seq, kind, percent, due, amount_cents, state, paid_on, reference, note, actor, created_on, grant_id FROM payments WHERE id = ?1",
                [payment_id],
                |r| Ok((r.get::<_, i64>(12)?, read_row(r)?)),
            )
            .optional()?
            .ok_or_else(|| Error::not_found(format!("There is no payment with id {payment_id}.")))
    }

    /// Record that an open instalment was paid (or a recovery received), on a date no later
    /// than today. A balance is paid only once the grant's report is received.
    pub fn mark_paid(&mut self, payment_id: i64, input: &PaymentInput, actor: &str) -> Result<GrantPayments> {
        let (grant_id, row) = self.payment_grant(payment_id)?;
        self.check_grant_work(grant_id, Work::Payments)?;
        let dates = self.grant_dates(grant_id)?;
        if row.state != PaymentState::Open {
            return Err(not_allowed(format!("This payment is already {}.", row.state.as_str())));
        }
        if row.due == PaymentDue::AfterReport && dates.report_received_on.is_none() {
            return Err(not_allowed(format!(
                "The balance of {}'s grant is paid only after the report is received: mark the report received first.",
                dates.applicant
            )));
        }
        let paid_on = past_date(input.paid_on.as_deref(), "paid_on", "A payment")?;
        let reference = input.reference.trim();
        if reference.chars().count() > 100 {
            return Err(Error::validation(vec![FieldError::new("reference", "A reference has at most 100 characters.")]));
        }
        let tx = self.conn().unchecked_transaction()?;
        self.conn().execute(
            "UPDATE payments SET state = 'paid', paid_on = ?2, reference = ?3, actor = ?4, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            params![payment_id, paid_on, reference, actor],
        )?;
        self.settle_payments(grant_id, "", actor)?;
        tx.commit()?;
        self.grant_payments(grant_id)
    }

    /// Give up an open payment, with a reason: a balance forfeited (e.g. no report ever came)
    /// or a recovery not pursued. It then counts as settled.
    pub fn waive_payment(&mut self, payment_id: i64, reason: &str, actor: &str) -> Result<GrantPayments> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(Error::validation(vec![FieldError::new("reason", "Say why this payment is given up (it is kept with the payment).")]));
        }
        let (grant_id, row) = self.payment_grant(payment_id)?;
        self.check_grant_work(grant_id, Work::Payments)?;
        if row.state != PaymentState::Open {
            return Err(not_allowed(format!("This payment is {}: only an open one can be waived.", row.state.as_str())));
        }
        let tx = self.conn().unchecked_transaction()?;
        self.conn().execute(
            "UPDATE payments SET state = 'waived', note = ?2, actor = ?3, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            params![payment_id, format!("Waived: {reason}"), actor],
        )?;
        self.settle_payments(grant_id, "", actor)?;
        tx.commit()?;
        self.grant_payments(grant_id)
    }

    /// Undo a payment or a waiver recorded by mistake, with a reason: the row is open again and
    /// the grant's payments are settled anew.
    pub fn reopen_payment(&mut self, payment_id: i64, reason: &str, actor: &str) -> Result<GrantPayments> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(Error::validation(vec![FieldError::new("reason", "Say why the payment is reopened (it is kept with the payment).")]));
        }
        let (grant_id, row) = self.payment_grant(payment_id)?;
        self.check_grant_work(grant_id, Work::Payments)?;
        let was = match row.state {
            PaymentState::Paid => format!("Payment of {} on {} undone: {reason}", format_euros(row.amount_cents), row.paid_on.as_deref().unwrap_or("?")),
            PaymentState::Waived => format!("Waiver undone: {reason}"),
            _ => return Err(not_allowed(format!("This payment is {}: only a paid or waived one can be reopened.", row.state.as_str()))),
        };
        let tx = self.conn().unchecked_transaction()?;
        self.conn().execute(
            "UPDATE payments SET state = 'open', paid_on = NULL, reference = '', note = ?2, actor = ?3, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            params![payment_id, was, actor],
        )?;
        self.settle_payments(grant_id, reason, actor)?;
        tx.commit()?;
        self.grant_payments(grant_id)
    }

    /// Mark an awarded grant's report received on a date (today when empty): its balance falls
    /// due that day. `None` clears it, unless the balance was already paid.
    pub fn set_report_received(&mut self, grant_id: i64, received_on: Option<&str>, actor: &str) -> Result<GrantPayments> {
        let dates = self.grant_dates(grant_id)?;
        self.check_grant_work(grant_id, Work::Reports)?;
        match (received_on, dates.state) {
            (Some(_), GrantState::Cancelled) => return Err(not_allowed(format!("The grant of {} is cancelled: it takes no report.", dates.applicant))),
            (Some(_), GrantState::Draft) => return Err(not_allowed(format!("The grant of {} is not awarded yet: a report comes after the award.", dates.applicant))),
            _ => {}
        }
        match received_on {
            Some(date) => {
                let date = past_date(Some(date), "received_on", "A report's arrival")?;
                self.conn().execute(
                    "INSERT INTO grant_reports (grant_id, received_on, actor) VALUES (?1, ?2, ?3)
                     ON CONFLICT (grant_id) DO UPDATE SET received_on = ?2, actor = ?3, at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
                    params![grant_id, date, actor],
                )?;
            }
            None => {
                let paid: u32 = self.conn().query_row(
                    "SELECT count(*) FROM payments WHERE grant_id = ?1 AND due = 'after_report' AND state = 'paid'",
                    [grant_id],
                    |r| r.get(0),
                )?;
                if paid > 0 {
                    return Err(not_allowed("The balance was paid after this report: undo that payment before clearing the report."));
                }
                self.conn().execute("DELETE FROM grant_reports WHERE grant_id = ?1", [grant_id])?;
            }
        }
        self.grant_payments(grant_id)
    }

    /// Who each grant of a cycle is paid to (drafts too when asked), hub by hub.
    pub(crate) fn payees(&self, cycle_id: i64, with_drafts: bool) -> Result<Vec<(i64, Payee)>> {
        let mut stmt = self.conn().prepare(
            "SELECT g.id, a.person_name, a.role, h.name, h.city, h.country,
                    coalesce(nullif(a.person_name, ''), h.contact_name), coalesce(nullif(a.person_email, ''), h.contact_email),
                    g.state, g.total_cents
               FROM grants g
               JOIN applications a ON a.id = g.application_id
               JOIN hubs h ON h.id = a.hub_id
              WHERE g.cycle_id = ?1 AND (?2 OR g.state <> 'draft')
              ORDER BY h.sort_name, a.person_name, g.id",
        )?;
        let rows = stmt.query_map(params![cycle_id, with_drafts], |r| {
            let hub_name: String = r.get(3)?;
            let role = Role::parse(&r.get::<_, String>(2)?).unwrap_or(Role::Visiting);
            Ok((
                r.get(0)?,
                Payee {
                    applicant: applicant_name(&r.get::<_, String>(1)?, &hub_name, role),
                    hub_name,
                    hub_city: r.get(4)?,
                    hub_country: r.get(5)?,
                    contact_name: r.get(6)?,
                    contact_email: r.get(7)?,
                    grant_state: GrantState::parse(&r.get::<_, String>(8)?),
                    grant_total_cents: r.get(9)?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Every payment of a cycle's awarded and cancelled grants, with the payee, and the totals.
    pub fn cycle_payments(&self, cycle_id: i64) -> Result<PaymentsOverview> {
        self.cycle(cycle_id)?;
        let grants = self.payees(cycle_id, false)?;
        let mut rows = Vec::new();
        let mut totals = PaymentTotals::default();
        for (grant_id, payee) in grants {
            let payments = self.grant_payments(grant_id)?;
            match payee.grant_state {
                GrantState::Awarded => {
                    totals.grants_awarded += 1;
                    totals.awarded_cents += payee.grant_total_cents;
                }
                _ => totals.grants_cancelled += 1,
            }
            if payments.report_received_on.is_some() {
                totals.reports_received += 1;
            }
            for payment in payments.payments {
                match (payment.kind, payment.state) {
                    (PaymentKind::Instalment, PaymentState::Paid) => totals.paid_cents += payment.amount_cents,
                    (PaymentKind::Recovery, PaymentState::Paid) => totals.recovered_cents += payment.amount_cents,
                    (_, PaymentState::Waived) => totals.waived_cents += payment.amount_cents,
                    (PaymentKind::Instalment, PaymentState::Open) => {
                        totals.open_count += 1;
                        totals.outstanding_cents += payment.amount_cents;
                        match payment.status {
                            PaymentStatus::Due => totals.due_cents += payment.amount_cents,
                            PaymentStatus::Overdue => {
                                totals.due_cents += payment.amount_cents;
                                totals.overdue_cents += payment.amount_cents;
                            }
                            _ => {}
                        }
                    }
                    (PaymentKind::Recovery, PaymentState::Open) => {
                        totals.open_count += 1;
                        totals.to_recover_cents += payment.amount_cents;
                    }
                    _ => {}
                }
                rows.push(PaymentRow {
                    payment,
                    applicant: payee.applicant.clone(),
                    hub_name: payee.hub_name.clone(),
                    hub_city: payee.hub_city.clone(),
                    hub_country: payee.hub_country.clone(),
                    contact_name: payee.contact_name.clone(),
                    contact_email: payee.contact_email.clone(),
                    grant_state: payee.grant_state,
                    grant_total_cents: payee.grant_total_cents,
                });
            }
        }
        Ok(PaymentsOverview { cycle_id, today: format_date(today()), rows, totals })
    }

    /// "Every payment settled", naming what is still open, for the move to Closed.
    pub(crate) fn missing_payments(&self, cycle_id: i64) -> Vec<String> {
        let overview = match self.cycle_payments(cycle_id) {
            Ok(o) => o,
            Err(e) => return vec![e.message],
        };
        let open: Vec<&PaymentRow> = overview.rows.iter().filter(|r| r.payment.state == PaymentState::Open).collect();
        if open.is_empty() {
            return Vec::new();
        }
        let mut names: Vec<&str> = open.iter().map(|r| r.applicant.as_str()).collect();
        names.dedup();
        let who = match names.as_slice() {
            [one] => one.to_string(),
            [a, b] => format!("{a} and {b}"),
            [a, b, ..] => format!("{a}, {b} and {} more", names.len() - 2),
            [] => String::new(),
        };
        let t = &overview.totals;
        let mut parts = Vec::new();
        if t.outstanding_cents > 0 || open.iter().any(|r| r.payment.kind == PaymentKind::Instalment) {
            parts.push(format!("{} still to pay", format_euros(t.outstanding_cents)));
        }
        if t.to_recover_cents > 0 {
            parts.push(format!("{} still to recover", format_euros(t.to_recover_cents)));
        }
        vec![format!("every payment paid, recovered or waived ({}: {who})", parts.join(", "))]
    }
}
