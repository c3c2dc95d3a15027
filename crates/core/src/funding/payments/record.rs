//! What staff record on a grant's payments: an instalment paid (or a recovery received), a
//! payment waived or reopened with a reason, and the day the report was received.

use rusqlite::params;

use super::{not_allowed, past_date, GrantPayments, PaymentDue, PaymentInput, PaymentState};
use crate::platform::error::{Error, FieldError, Result};
use crate::cycle::gates::Work;
use crate::funding::grants::GrantState;
use crate::platform::store::Store;
use crate::{phrase, said};

impl Store {
    /// Record that an open instalment was paid (or a recovery received), on a date no later
    /// than today. A balance is paid only once the grant's report is received.
    pub fn mark_paid(&mut self, payment_id: i64, input: &PaymentInput, actor: &str) -> Result<GrantPayments> {
        let tx = self.conn().unchecked_transaction()?;
        let grant_id = self.pay_open_payment(payment_id, input, actor)?;
        tx.commit()?;
        self.grant_payments(grant_id)
    }

    /// [`Store::mark_paid`] within the caller's transaction: the grant's id.
    pub(crate) fn pay_open_payment(&self, payment_id: i64, input: &PaymentInput, actor: &str) -> Result<i64> {
        let (grant_id, row) = self.payment_grant(payment_id)?;
        self.check_grant_work(grant_id, Work::Payments)?;
        let dates = self.grant_dates(grant_id)?;
        if row.state != PaymentState::Open {
            return Err(not_allowed(said!("said-funding-payment-already", state = row.state.as_str())));
        }
        if row.due == PaymentDue::AfterReport && dates.report_received_on.is_none() {
            return Err(not_allowed(said!("said-funding-balance-before-report", applicant = &dates.applicant)));
        }
        let paid_on = past_date(input.paid_on.as_deref(), "paid_on", "payment")?;
        let reference = input.reference.trim();
        if reference.chars().count() > 100 {
            return Err(Error::validation(vec![FieldError::new("reference", said!("said-funding-reference-long", most = 100))]));
        }
        self.conn().execute(
            "UPDATE payments SET state = 'paid', paid_on = ?2, reference = ?3, actor = ?4, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            params![payment_id, paid_on, reference, actor],
        )?;
        self.settle_payments(grant_id, "", actor)?;
        Ok(grant_id)
    }

    /// Give up an open payment, with a reason: a balance forfeited (e.g. no report ever came)
    /// or a recovery not pursued. It then counts as settled.
    pub fn waive_payment(&mut self, payment_id: i64, reason: &str, actor: &str) -> Result<GrantPayments> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(Error::validation(vec![FieldError::new("reason", said!("said-funding-waive-reason-missing"))]));
        }
        let (grant_id, row) = self.payment_grant(payment_id)?;
        self.check_grant_work(grant_id, Work::Payments)?;
        if row.state != PaymentState::Open {
            return Err(not_allowed(said!("said-funding-waive-not-open", state = row.state.as_str())));
        }
        let tx = self.conn().unchecked_transaction()?;
        let note = phrase!("said-funding-payment-note-waived", reason = reason);
        self.conn().execute(
            "UPDATE payments SET state = 'waived', note = ?2, note_said = ?4, actor = ?3, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            params![payment_id, note.text, actor, note.said_json()],
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
            return Err(Error::validation(vec![FieldError::new("reason", said!("said-funding-reopen-reason-missing"))]));
        }
        let (grant_id, row) = self.payment_grant(payment_id)?;
        self.check_grant_work(grant_id, Work::Payments)?;
        let was = match row.state {
            PaymentState::Paid => phrase!("said-funding-payment-note-payment-undone", amount = row.amount_cents, paid_on = row.paid_on.as_deref().unwrap_or("?"), reason = reason),
            PaymentState::Waived => phrase!("said-funding-payment-note-waiver-undone", reason = reason),
            _ => return Err(not_allowed(said!("said-funding-reopen-not-settled", state = row.state.as_str()))),
        };
        let tx = self.conn().unchecked_transaction()?;
        self.conn().execute(
            "UPDATE payments SET state = 'open', paid_on = NULL, reference = '', note = ?2, note_said = ?4, actor = ?3, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            params![payment_id, was.text, actor, was.said_json()],
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
            (Some(_), GrantState::Cancelled) => return Err(not_allowed(said!("said-funding-report-grant-cancelled", applicant = &dates.applicant))),
            (Some(_), GrantState::Draft) => return Err(not_allowed(said!("said-funding-report-grant-draft", applicant = &dates.applicant))),
            _ => {}
        }
        match received_on {
            Some(date) => {
                let date = past_date(Some(date), "received_on", "report")?;
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
                    return Err(not_allowed(said!("said-funding-report-balance-paid")));
                }
                self.conn().execute("DELETE FROM grant_reports WHERE grant_id = ?1", [grant_id])?;
            }
        }
        self.grant_payments(grant_id)
    }

}
