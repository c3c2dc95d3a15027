//! Paying a cycle from one file (issue 21): the open instalments chosen (by default every due
//! and overdue one), each paid to the account of its application's person or else of its
//! hub, written as a SEPA credit-transfer file the network's bank takes in one upload; then,
//! once the bank has paid it, every instalment of the file marked paid in one step.
//!
//! A payee the file cannot carry is listed with the reason and left out, never guessed: no
//! bank details, an account outside the SEPA area, one outside the EEA without its BIC, an
//! instalment already in a file not yet marked paid. A file is refused, with what to do, when
//! the network's own account is missing, nothing is left to pay, or the execution date is past.
//!
//! Each file written is kept (`payment_batches`): its reference (the message id the bank
//! shows), the instalments at the amounts it carries, and its state (written, paid,
//! discarded). Marking it paid is all or nothing: an instalment paid, waived or changed in
//! amount since refuses the whole batch, naming it.

mod xml;

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::Date;
use ts_rs::TS;

use super::payments::{today, PaymentDue, PaymentKind, PaymentState, PaymentStatus};
use crate::cycle::gates::Work;
use crate::platform::bank;
use crate::platform::dates::{format_date, DATE_FORMAT};
use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::said::Phrase;
use crate::platform::store::Store;
use crate::registry::accounts::{self, AccountOwner, OwnerKind};
use crate::{phrase, said};

/// The version of ISO 20022's credit-transfer message the file is written in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum SepaFormat {
    /// The one banks use since the EPC's 2023 rulebooks.
    #[default]
    #[serde(rename = "pain.001.001.09")]
    Pain00100109,
    /// The 2009 one, for banks that still ask for it (many stop taking it from November 2026).
    #[serde(rename = "pain.001.001.03")]
    Pain00100103,
}

impl SepaFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            SepaFormat::Pain00100109 => "pain.001.001.09",
            SepaFormat::Pain00100103 => "pain.001.001.03",
        }
    }
    pub fn parse(text: &str) -> Option<SepaFormat> {
        match text.trim() {
            "pain.001.001.09" | "09" => Some(SepaFormat::Pain00100109),
            "pain.001.001.03" | "03" => Some(SepaFormat::Pain00100103),
            _ => None,
        }
    }
}

/// What to pay and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SepaRequest {
    #[ts(type = "number")]
    pub cycle_id: i64,
    /// The instalments chosen; none: every due and overdue one.
    #[serde(default)]
    #[ts(type = "Array<number>")]
    pub payment_ids: Vec<i64>,
    /// The day the bank is to pay (YYYY-MM-DD), today or later; empty: today.
    #[serde(default)]
    pub execution_date: String,
    #[serde(default)]
    pub format: SepaFormat,
}

/// An open instalment of the cycle, as the dialog lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SepaInstalment {
    #[ts(type = "number")]
    pub payment_id: i64,
    #[ts(type = "number")]
    pub grant_id: i64,
    pub applicant: String,
    /// "Instalment 1 of 2: 70 % before the activity".
    pub label: Phrase,
    pub status: PaymentStatus,
    pub due_on: Option<String>,
    #[ts(type = "number")]
    pub amount_cents: i64,
}

/// An instalment the file carries, and the account it is paid to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SepaLine {
    #[serde(flatten)]
    #[ts(flatten)]
    pub instalment: SepaInstalment,
    /// Whose account it is paid to: the application's person or the hub.
    pub paid_to: OwnerKind,
    pub holder: String,
    pub iban_masked: String,
    pub bic: String,
    /// What the payee's statement will say (the award letter's reference first).
    pub remittance: String,
}

/// An open instalment the file cannot carry, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SepaLeftOut {
    #[serde(flatten)]
    #[ts(flatten)]
    pub instalment: SepaInstalment,
    pub reason: Phrase,
}

/// What a file would carry, before it is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SepaPlan {
    #[ts(type = "number")]
    pub cycle_id: i64,
    pub execution_date: String,
    pub format: SepaFormat,
    /// The network's account (masked), if given.
    pub debtor_holder: String,
    pub debtor_iban_masked: String,
    pub lines: Vec<SepaLine>,
    #[ts(type = "number")]
    pub total_cents: i64,
    pub left_out: Vec<SepaLeftOut>,
    /// Open instalments not chosen that could be (not due yet, or left unticked).
    pub others: Vec<SepaInstalment>,
    /// Why no file can be written as it stands, if so.
    pub blocked: Option<Phrase>,
}

/// A file written, and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PaymentBatch {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub cycle_id: i64,
    pub reference: String,
    pub format: SepaFormat,
    pub execution_date: String,
    pub count: u32,
    #[ts(type = "number")]
    pub total_cents: i64,
    pub file_name: String,
    /// written, paid or discarded.
    pub state: String,
    pub paid_on: Option<String>,
    pub created_by: String,
    pub created_at: String,
    #[ts(type = "Array<number>")]
    pub payment_ids: Vec<i64>,
}

/// An open instalment with what paying it needs.
struct Candidate {
    instalment: SepaInstalment,
    seq: u32,
    application_id: i64,
    hub_id: i64,
}

fn not_allowed(message: impl crate::platform::said::Wording) -> Error {
    Error::new(ErrorCode::NotAllowed, message)
}

/// The execution date asked for: a real date, not before today (empty: today).
fn execution_date(text: &str) -> Result<Date> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(today());
    }
    let date = Date::parse(text, DATE_FORMAT).map_err(|_| Error::validation(vec![FieldError::new("execution_date", said!("said-funding-date-not-a-date", text = text))]))?;
    if date < today() {
        return Err(Error::validation(vec![FieldError::new("execution_date", said!("said-funding-sepa-date-past", date = text, today = format_date(today())))]));
    }
    Ok(date)
}

impl Store {
    /// The cycle's open instalments that may be paid now: due, overdue, or pre-financing not
    /// due yet or without a date yet (paid ahead), in the payments table's order. A balance
    /// waiting for its report cannot be paid.
    fn sepa_candidates(&self, cycle_id: i64) -> Result<Vec<Candidate>> {
        let overview = self.cycle_payments(cycle_id)?;
        let mut owners: HashMap<i64, (i64, i64)> = HashMap::new();
        let mut stmt = self.conn().prepare("SELECT g.id, a.id, a.hub_id FROM grants g JOIN applications a ON a.id = g.application_id WHERE g.cycle_id = ?1")?;
        for row in stmt.query_map([cycle_id], |r| Ok((r.get::<_, i64>(0)?, (r.get::<_, i64>(1)?, r.get::<_, i64>(2)?))))? {
            let (grant, ids) = row?;
            owners.insert(grant, ids);
        }
        Ok(overview
            .rows
            .into_iter()
            .filter(|r| r.payment.kind == PaymentKind::Instalment && r.payment.state == PaymentState::Open && r.payment.amount_cents > 0)
            // A balance waits for its report; pre-financing without a date yet may be paid ahead.
            .filter(|r| match r.payment.status {
                PaymentStatus::Due | PaymentStatus::Overdue | PaymentStatus::Scheduled => true,
                PaymentStatus::Waiting => r.payment.due != PaymentDue::AfterReport,
                _ => false,
            })
            .filter_map(|r| {
                let (application_id, hub_id) = *owners.get(&r.payment.grant_id)?;
                Some(Candidate {
                    instalment: SepaInstalment {
                        payment_id: r.payment.id,
                        grant_id: r.payment.grant_id,
                        applicant: r.applicant,
                        label: r.payment.label,
                        status: r.payment.status,
                        due_on: r.payment.due_on,
                        amount_cents: r.payment.amount_cents,
                    },
                    seq: r.payment.seq,
                    application_id,
                    hub_id,
                })
            })
            .collect())
    }

    /// The file not yet marked paid that holds an instalment, if any: (reference, written on).
    fn open_batch_of(&self, payment_id: i64) -> Result<Option<(String, String)>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT b.reference, substr(b.created_at, 1, 10) FROM payment_batch_items i JOIN payment_batches b ON b.id = i.batch_id
                  WHERE i.payment_id = ?1 AND b.state = 'written'",
                [payment_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// The award letter's reference of a grant (its latest version), if one was issued.
    fn letter_reference(&self, grant_id: i64) -> Result<Option<String>> {
        Ok(self.conn().query_row("SELECT reference FROM letters WHERE grant_id = ?1 ORDER BY version DESC LIMIT 1", [grant_id], |r| r.get(0)).optional()?)
    }

    /// What a file for `request` would carry and leave out; nothing is written.
    pub fn sepa_plan(&self, request: &SepaRequest) -> Result<SepaPlan> {
        let cycle = self.cycle(request.cycle_id)?;
        let date = execution_date(&request.execution_date)?;
        let candidates = self.sepa_candidates(cycle.id)?;
        for id in &request.payment_ids {
            if !candidates.iter().any(|c| c.instalment.payment_id == *id) {
                return Err(Error::validation(vec![FieldError::new("payment_ids", said!("said-funding-sepa-not-payable", id = *id, cycle = cycle.title.as_str()))]));
            }
        }
        let chosen = |c: &SepaInstalment| {
            if request.payment_ids.is_empty() {
                matches!(c.status, PaymentStatus::Due | PaymentStatus::Overdue)
            } else {
                request.payment_ids.contains(&c.payment_id)
            }
        };
        let (mut lines, mut left_out, mut others) = (Vec::new(), Vec::new(), Vec::new());
        for Candidate { instalment: c, seq, application_id, hub_id } in candidates {
            if !chosen(&c) {
                others.push(c);
                continue;
            }
            let reason = match (self.open_batch_of(c.payment_id)?, accounts::paid_to(self.conn(), application_id, hub_id)?) {
                (Some((reference, on)), _) => Err(phrase!("said-funding-sepa-left-in-batch", reference = reference, date = on)),
                (None, None) => Err(phrase!("said-funding-sepa-left-no-account")),
                (None, Some((owner, account))) => {
                    let country = account.iban[..2].to_string();
                    if !bank::in_sepa(&country) {
                        Err(phrase!("said-funding-sepa-left-not-sepa", country = country))
                    } else if account.bic.is_empty() && accounts::bic_required(&country) {
                        Err(phrase!("said-funding-sepa-left-needs-bic", country = country))
                    } else {
                        Ok((owner, account))
                    }
                }
            };
            match reason {
                Err(reason) => left_out.push(SepaLeftOut { instalment: c, reason }),
                Ok((owner, account)) => {
                    let reference = self.letter_reference(c.grant_id)?.unwrap_or_else(|| format!("Grant {}", c.grant_id));
                    let remittance = xml::sepa_text(&format!("{reference}, instalment {seq}, {}", c.applicant), 140);
                    lines.push(SepaLine {
                        instalment: c,
                        paid_to: owner.kind,
                        holder: account.holder,
                        iban_masked: bank::masked(&account.iban),
                        bic: account.bic,
                        remittance,
                    });
                }
            }
        }
        let debtor = accounts::kept(self.conn(), AccountOwner::NETWORK)?;
        let blocked = match (&debtor, lines.is_empty()) {
            (None, _) => Some(phrase!("said-funding-sepa-no-debtor")),
            (_, true) if left_out.is_empty() => Some(phrase!("said-funding-sepa-nothing-due", cycle = cycle.title.as_str())),
            (_, true) => Some(phrase!("said-funding-sepa-all-left-out", count = left_out.len())),
            _ => crate::cycle::gates::refusal_phrase(&cycle, Work::Payments),
        };
        Ok(SepaPlan {
            cycle_id: cycle.id,
            execution_date: format_date(date),
            format: request.format,
            debtor_holder: debtor.as_ref().map(|d| d.holder.clone()).unwrap_or_default(),
            debtor_iban_masked: debtor.as_ref().map(|d| bank::masked(&d.iban)).unwrap_or_default(),
            total_cents: lines.iter().map(|l| l.instalment.amount_cents).sum(),
            lines,
            left_out,
            others,
            blocked,
        })
    }

    /// Write the file for `request` to `path` (through a temporary file renamed into place) and
    /// keep it as a batch written, not yet paid.
    pub fn write_sepa(&mut self, request: &SepaRequest, path: &Path, actor: &str) -> Result<PaymentBatch> {
        let plan = self.sepa_plan(request)?;
        if let Some(why) = &plan.blocked {
            return Err(not_allowed(why.clone()));
        }
        let debtor = accounts::kept(self.conn(), AccountOwner::NETWORK)?.ok_or_else(|| not_allowed(said!("said-funding-sepa-no-debtor")))?;
        let settings = self.settings()?;
        let initiator = if settings.network_name.trim().is_empty() { debtor.holder.clone() } else { settings.network_name.clone() };
        let tx = self.conn().unchecked_transaction()?;
        let id: i64 = tx.query_row("SELECT id FROM team_next_id WHERE tbl = 'payment_batches'", [], |r| r.get(0))?;
        let now = time::OffsetDateTime::now_utc();
        let stamp = format!("{:04}{:02}{:02}", now.year(), u8::from(now.month()), now.day());
        let reference = xml::sepa_id(&format!("MD-{stamp}-{id}"));
        let mut transfers_data = Vec::new();
        for (n, line) in plan.lines.iter().enumerate() {
            let (_, account) = self.payee_account(line.instalment.payment_id)?.ok_or_else(|| not_allowed(said!("said-funding-sepa-left-no-account")))?;
            transfers_data.push((xml::sepa_id(&format!("{reference}-{}", n + 1)), account, line));
        }
        let transfers: Vec<xml::Transfer> = transfers_data
            .iter()
            .map(|(e2e, account, line)| xml::Transfer {
                end_to_end: e2e,
                cents: line.instalment.amount_cents,
                creditor: xml::Party { name: &account.holder, iban: &account.iban, bic: &account.bic },
                remittance: &line.remittance,
            })
            .collect();
        let created = format!("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", now.year(), u8::from(now.month()), now.day(), now.hour(), now.minute(), now.second());
        let file = xml::File {
            format: plan.format,
            message_id: &reference,
            created: &created,
            execution_date: &plan.execution_date,
            initiator: &initiator,
            debtor: xml::Party { name: &debtor.holder, iban: &debtor.iban, bic: &debtor.bic },
            transfers: &transfers,
        };
        let bytes = xml::write(&file).map_err(|e| Error::io("SEPA file", e))?;
        let file_name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        tx.execute(
            "INSERT INTO payment_batches (id, cycle_id, reference, format, execution_date, count, total_cents, debtor_iban, file_name, sha256, created_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![id, plan.cycle_id, reference, plan.format.as_str(), plan.execution_date, plan.lines.len() as i64, plan.total_cents, debtor.iban, file_name, hex::encode(Sha256::digest(&bytes)), actor],
        )?;
        for (e2e, _, line) in &transfers_data {
            tx.execute(
                "INSERT INTO payment_batch_items (id, batch_id, payment_id, amount_cents, end_to_end) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'payment_batch_items'), ?1, ?2, ?3, ?4)",
                params![id, line.instalment.payment_id, line.instalment.amount_cents, e2e],
            )?;
        }
        crate::platform::files::write_atomic(path, &bytes)?;
        if let Err(e) = tx.commit() {
            let _ = std::fs::remove_file(path);
            return Err(e.into());
        }
        self.payment_batch(id)
    }

    /// The account an instalment is paid to, as [`accounts::paid_to`] finds it.
    fn payee_account(&self, payment_id: i64) -> Result<Option<(AccountOwner, accounts::ValidAccount)>> {
        let (application_id, hub_id): (i64, i64) = self.conn().query_row(
            "SELECT a.id, a.hub_id FROM payments p JOIN grants g ON g.id = p.grant_id JOIN applications a ON a.id = g.application_id WHERE p.id = ?1",
            [payment_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        accounts::paid_to(self.conn(), application_id, hub_id)
    }

    pub fn payment_batch(&self, id: i64) -> Result<PaymentBatch> {
        let mut batch = self
            .conn()
            .query_row(
                "SELECT id, cycle_id, reference, format, execution_date, count, total_cents, file_name, state, paid_on, created_by, created_at FROM payment_batches WHERE id = ?1",
                [id],
                |r| {
                    Ok(PaymentBatch {
                        id: r.get(0)?,
                        cycle_id: r.get(1)?,
                        reference: r.get(2)?,
                        format: SepaFormat::parse(&r.get::<_, String>(3)?).unwrap_or_default(),
                        execution_date: r.get(4)?,
                        count: r.get(5)?,
                        total_cents: r.get(6)?,
                        file_name: r.get(7)?,
                        state: r.get(8)?,
                        paid_on: r.get(9)?,
                        created_by: r.get(10)?,
                        created_at: r.get(11)?,
                        payment_ids: Vec::new(),
                    })
                },
            )
            .optional()?
            .ok_or_else(|| Error::not_found(said!("said-funding-sepa-no-batch", id = id)))?;
        batch.payment_ids = self.conn().prepare("SELECT payment_id FROM payment_batch_items WHERE batch_id = ?1 ORDER BY id")?.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(batch)
    }

    /// The files written for a cycle, newest first.
    pub fn payment_batches(&self, cycle_id: i64) -> Result<Vec<PaymentBatch>> {
        self.cycle(cycle_id)?;
        let ids: Vec<i64> = self.conn().prepare("SELECT id FROM payment_batches WHERE cycle_id = ?1 ORDER BY created_at DESC, id DESC")?.query_map([cycle_id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        ids.into_iter().map(|id| self.payment_batch(id)).collect()
    }

    /// The bank has paid a file: every instalment in it is marked paid on `paid_on` (today when
    /// empty) with the file's reference, or none is (an instalment no longer open, or changed
    /// in amount since, refuses the batch, named).
    pub fn mark_batch_paid(&mut self, batch_id: i64, paid_on: Option<&str>, actor: &str) -> Result<PaymentBatch> {
        let batch = self.payment_batch(batch_id)?;
        if batch.state != "written" {
            return Err(not_allowed(said!("said-funding-sepa-batch-settled", reference = batch.reference.as_str(), state = batch.state.as_str())));
        }
        let items: Vec<(i64, i64)> = self.conn().prepare("SELECT payment_id, amount_cents FROM payment_batch_items WHERE batch_id = ?1 ORDER BY id")?.query_map([batch_id], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        let tx = self.conn().unchecked_transaction()?;
        let mut paid_on_text = String::new();
        for (payment_id, cents) in items {
            let (state, amount, applicant): (String, i64, String) = self.conn().query_row(
                "SELECT p.state, p.amount_cents, coalesce(nullif(a.person_name, ''), h.name)
                   FROM payments p JOIN grants g ON g.id = p.grant_id JOIN applications a ON a.id = g.application_id JOIN hubs h ON h.id = a.hub_id
                  WHERE p.id = ?1",
                [payment_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
            if state != "open" {
                return Err(not_allowed(said!("said-funding-sepa-batch-not-open", reference = batch.reference.as_str(), applicant = applicant, state = state)));
            }
            if amount != cents {
                return Err(not_allowed(said!("said-funding-sepa-batch-amount-changed", reference = batch.reference.as_str(), applicant = applicant, then = cents, now = amount)));
            }
            let input = super::payments::PaymentInput { paid_on: paid_on.map(str::to_string), reference: batch.reference.clone() };
            self.pay_open_payment(payment_id, &input, actor)?;
            paid_on_text = self.conn().query_row("SELECT paid_on FROM payments WHERE id = ?1", [payment_id], |r| r.get(0))?;
        }
        self.conn().execute(
            "UPDATE payment_batches SET state = 'paid', paid_on = ?2, settled_by = ?3, settled_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            params![batch_id, paid_on_text, actor],
        )?;
        tx.commit()?;
        self.payment_batch(batch_id)
    }

    /// A file that was never sent to the bank: its instalments may go into another.
    pub fn discard_batch(&mut self, batch_id: i64, actor: &str) -> Result<PaymentBatch> {
        let batch = self.payment_batch(batch_id)?;
        if batch.state != "written" {
            return Err(not_allowed(said!("said-funding-sepa-batch-settled", reference = batch.reference.as_str(), state = batch.state.as_str())));
        }
        self.conn().execute(
            "UPDATE payment_batches SET state = 'discarded', settled_by = ?2, settled_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            params![batch_id, actor],
        )?;
        self.payment_batch(batch_id)
    }
}
