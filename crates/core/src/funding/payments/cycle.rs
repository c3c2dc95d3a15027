//! A cycle's payments: who each grant is paid to, every payment with the totals, and what the
//! move to Closed still waits for.

use rusqlite::params;

use super::{today, Payee, PaymentKind, PaymentRow, PaymentState, PaymentStatus, PaymentTotals, PaymentsOverview};
use crate::intake::applications::Role;
use crate::platform::dates::format_date;
use crate::platform::error::Result;
use crate::funding::grants::GrantState;
use crate::intake::selection::applicant_name;
use crate::platform::said::Phrase;
use crate::platform::store::Store;
use crate::said;

impl Store {
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
    pub(crate) fn missing_payments(&self, cycle_id: i64) -> Vec<Phrase> {
        let overview = match self.cycle_payments(cycle_id) {
            Ok(o) => o,
            Err(e) => return vec![Phrase { text: e.message, said: e.said }],
        };
        let open: Vec<&PaymentRow> = overview.rows.iter().filter(|r| r.payment.state == PaymentState::Open).collect();
        if open.is_empty() {
            return Vec::new();
        }
        let mut names: Vec<&str> = open.iter().map(|r| r.applicant.as_str()).collect();
        names.dedup();
        let said = match names.as_slice() {
            [one] => said!("said-funding-missing-payments", who = "one", first = *one),
            [a, b] => said!("said-funding-missing-payments", who = "two", first = *a, second = *b),
            [a, b, ..] => said!("said-funding-missing-payments", who = "more", first = *a, second = *b, more = names.len() - 2),
            [] => said!("said-funding-missing-payments", who = "one", first = ""),
        };
        let t = &overview.totals;
        let pay = t.outstanding_cents > 0 || open.iter().any(|r| r.payment.kind == PaymentKind::Instalment);
        let recover = t.to_recover_cents > 0;
        let what = match (pay, recover) {
            (true, true) => "both",
            (true, false) => "pay",
            (false, true) => "recover",
            (false, false) => "none",
        };
        vec![Phrase::from(said.with("open", what).with("to_pay", t.outstanding_cents).with("to_recover", t.to_recover_cents))]
    }
}
