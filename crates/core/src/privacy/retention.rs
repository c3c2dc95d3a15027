//! How long each kind of personal data is kept: a number of years per retention rule, after
//! the event the rule counts from, edited in Settings → Data protection (`retention_periods`,
//! migration 033). The defaults: contact details and applications 3 years, stories 5, financial
//! records 10 (what accounting law asks in several member states; set it to your own).

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Retention;
use crate::platform::error::{Error, FieldError, Result};
use crate::platform::store::Store;
use crate::said;

/// The longest period that can be set, in years.
pub const MAX_YEARS: u32 = 30;

/// A retention rule's period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RetentionPeriod {
    pub rule: Retention,
    pub years: u32,
}

fn rule_key(rule: Retention) -> Option<&'static str> {
    match rule {
        Retention::ContactDetails => Some("contact_details"),
        Retention::Applications => Some("applications"),
        Retention::Stories => Some("stories"),
        Retention::Financial => Some("financial"),
        // Kept as long as what it accounts for: no period of its own.
        Retention::Audit => None,
    }
}

const RULES: [Retention; 4] = [Retention::ContactDetails, Retention::Applications, Retention::Stories, Retention::Financial];

impl Store {
    /// Each retention rule's period, in the register's order.
    pub fn retention_periods(&self) -> Result<Vec<RetentionPeriod>> {
        let mut out = Vec::new();
        for rule in RULES {
            let key = rule_key(rule).unwrap_or_default();
            let years: u32 = self.conn().query_row("SELECT years FROM retention_periods WHERE rule = ?1", [key], |r| r.get(0))?;
            out.push(RetentionPeriod { rule, years });
        }
        Ok(out)
    }

    /// Save the periods given (each between 1 and 30 years; a bad one is named at its field,
    /// `years.<rule>`, and nothing is saved).
    pub fn save_retention_periods(&mut self, periods: &[RetentionPeriod]) -> Result<Vec<RetentionPeriod>> {
        let mut errors = Vec::new();
        for p in periods {
            let Some(key) = rule_key(p.rule) else {
                errors.push(FieldError::new("years.audit", said!("said-privacy-retention-audit-fixed")));
                continue;
            };
            if p.years < 1 || p.years > MAX_YEARS {
                errors.push(FieldError::new(format!("years.{key}"), said!("said-privacy-retention-years", most = MAX_YEARS, years = p.years)));
            }
        }
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        let actor = self.actor();
        let tx = self.conn_mut().transaction()?;
        for p in periods {
            if let Some(key) = rule_key(p.rule) {
                tx.execute(
                    "UPDATE retention_periods SET years = ?2, updated_by = ?3, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE rule = ?1 AND years <> ?2",
                    params![key, p.years, actor],
                )?;
            }
        }
        tx.commit()?;
        self.retention_periods()
    }
}
