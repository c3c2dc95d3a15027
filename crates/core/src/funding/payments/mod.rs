//! Payments: the instalments of each awarded grant, cut from its cycle's payment schedule
//! (e.g. 70 % before the activity, 30 % after the report), what was paid and when, and what is
//! to be recovered when a grant is cancelled or amended below what was already paid.
//!
//! One sum drives everything ([`Store::settle_payments`](crate::Store::settle_payments)): what
//! is still owed on a grant is
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
//!
//! The parts: `settle.rs` reads a grant's rows and settles them, `record.rs` records payments,
//! waivers and reports, `cycle.rs` lists a cycle's payments with their totals.

mod cycle;
mod record;
mod settle;

use serde::{Deserialize, Serialize};
use time::Date;
use ts_rs::TS;

use crate::platform::dates::{format_date, DATE_FORMAT};
use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::said::Phrase;
use crate::said;
use crate::funding::grants::GrantState;

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
    pub label: Phrase,
    #[ts(type = "number")]
    pub amount_cents: i64,
    pub state: PaymentState,
    pub status: PaymentStatus,
    /// When it falls due; `None` while a balance waits for the report.
    pub due_on: Option<String>,
    pub paid_on: Option<String>,
    /// The bank or accounting reference recorded with the payment.
    pub reference: String,
    /// Why the row was cancelled, waived, reopened or added, with the reason staff typed.
    pub note: Phrase,
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

thread_local! {
    /// The day a test set for its own thread (see [`set_today`]).
    static TODAY: std::cell::Cell<Option<Date>> = const { std::cell::Cell::new(None) };
}

/// Today, by which payments fall due. A test may set the day for its thread, and a debug build
/// (the end-to-end tests' app) reads `MOBILITY_DESK_TODAY` (YYYY-MM-DD); a release build only
/// knows the clock.
/// [`today`] as `YYYY-MM-DD`.
pub(crate) fn today_text() -> String {
    today().format(DATE_FORMAT).unwrap_or_default()
}

pub(crate) fn today() -> Date {
    if let Some(day) = TODAY.with(|t| t.get()) {
        return day;
    }
    if cfg!(debug_assertions) {
        if let Some(day) = std::env::var("MOBILITY_DESK_TODAY").ok().and_then(|t| Date::parse(t.trim(), DATE_FORMAT).ok()) {
            return day;
        }
    }
    time::OffsetDateTime::now_utc().date()
}

/// Set (or, with `None`, clear) the day [`today`] answers on this thread.
pub(crate) fn set_today(day: Option<Date>) {
    TODAY.with(|t| t.set(day));
}

fn not_allowed(message: impl crate::platform::said::Wording) -> Error {
    Error::new(ErrorCode::NotAllowed, message)
}

/// A date staff typed, checked: a real date and not after today. `what` names the date for
/// the message: `payment` or `report`.
fn past_date(text: Option<&str>, field: &str, what: &str) -> Result<String> {
    let text = text.map(str::trim).filter(|t| !t.is_empty());
    let Some(text) = text else { return Ok(format_date(today())) };
    let date = Date::parse(text, DATE_FORMAT)
        .map_err(|_| Error::validation(vec![FieldError::new(field, said!("said-funding-date-not-a-date", text = text))]))?;
    if date > today() {
        return Err(Error::validation(vec![FieldError::new(field, said!("said-funding-date-in-future", what = what, date = text))]));
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
    note: Phrase,
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
