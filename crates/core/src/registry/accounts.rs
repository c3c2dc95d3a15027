//! Bank accounts (issue 21): the network's own, which pays, and those grants are paid to: a
//! hub's, or the person's of an application when a Staff Exchange or Hubs Alliance grant is
//! paid to the person. An application's own account, when it has one, is paid instead of its
//! hub's.
//!
//! Accounts live in a table of their own (`bank_accounts`), so no list of hubs or applications
//! carries an IBAN; an IBAN leaves the core masked unless the person asks to see it. Each
//! account is versioned like the records people edit in forms (a save over a change made
//! meanwhile is refused), shared with the team and part of its owner's History.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::platform::error::{Error, FieldError, Result};
use crate::platform::store::Store;
use crate::platform::versions;
use crate::platform::bank;
use crate::registry::hubs::{clean, get_hub};
use crate::said;

/// The longest account holder's name: what a SEPA credit transfer carries.
pub const MAX_HOLDER: usize = 70;

/// Whose account it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OwnerKind {
    /// The network's own account, which pays (the debtor of a SEPA file).
    Network,
    Hub,
    /// The person of an application, paid to them rather than to their hub.
    Application,
}

impl OwnerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OwnerKind::Network => "network",
            OwnerKind::Hub => "hub",
            OwnerKind::Application => "application",
        }
    }
}

/// An account's owner: a kind and its record's id (0 for the network).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub struct AccountOwner {
    pub kind: OwnerKind,
    #[ts(type = "number")]
    pub id: i64,
}

impl AccountOwner {
    pub const NETWORK: AccountOwner = AccountOwner { kind: OwnerKind::Network, id: 0 };
    pub fn hub(id: i64) -> AccountOwner {
        AccountOwner { kind: OwnerKind::Hub, id }
    }
    pub fn application(id: i64) -> AccountOwner {
        AccountOwner { kind: OwnerKind::Application, id }
    }
}

/// An account as the window shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BankAccount {
    pub owner: AccountOwner,
    /// Whether the owner has an account at all (holder and IBAN given).
    pub given: bool,
    pub holder: String,
    /// The IBAN masked ("BE68 •••• •••• 7034"), '' when none.
    pub iban_masked: String,
    /// The IBAN in groups of four, only when asked for.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
    pub bic: String,
    /// The IBAN's country ('' when none).
    pub country: String,
    /// Whether a SEPA credit transfer reaches the account.
    pub in_sepa: bool,
    /// Whether a SEPA transfer to it needs the BIC and none is given (an account outside the
    /// EEA).
    pub needs_bic: bool,
    /// The version read (0 when no account was ever given): sent back with a save.
    #[ts(type = "number")]
    pub version: i64,
    pub updated_by: String,
    pub updated_at: String,
}

/// The form's fields.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AccountInput {
    pub holder: String,
    pub iban: String,
    #[serde(default)]
    pub bic: String,
    /// The version the form read (see [`BankAccount::version`]); `None` saves over anything.
    #[serde(default)]
    #[ts(type = "number | null", optional)]
    pub expected_version: Option<i64>,
}

/// An account's details once checked: the holder's name, the IBAN's electronic form, the BIC
/// ('' when not given).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidAccount {
    pub holder: String,
    pub iban: String,
    pub bic: String,
}

impl AccountInput {
    /// Check every field, naming each problem at its field.
    pub fn validate(&self) -> Result<ValidAccount> {
        let mut errors = Vec::new();
        let holder = clean(&self.holder, false);
        if holder.is_empty() {
            errors.push(FieldError::new("holder", said!("said-registry-account-holder-missing")));
        } else if holder.chars().count() > MAX_HOLDER {
            errors.push(FieldError::new("holder", said!("said-registry-account-holder-long", most = MAX_HOLDER)));
        }
        let iban = bank::parse_iban(&self.iban).map_err(|e| errors.push(FieldError::new("iban", e))).unwrap_or_default();
        let bic = if self.bic.trim().is_empty() { String::new() } else { bank::parse_bic(&self.bic).map_err(|e| errors.push(FieldError::new("bic", e))).unwrap_or_default() };
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        Ok(ValidAccount { holder, iban, bic })
    }
}

/// Whether a SEPA transfer to an account of this country needs its BIC: outside the EEA it
/// does (the EPC's rulebooks: Switzerland, the United Kingdom, Monaco and the others).
pub fn bic_required(country: &str) -> bool {
    bank::in_sepa(country) && !bank::in_eea(country)
}

/// The account kept for an owner, read as stored: (id, holder, IBAN, BIC, version, by, at).
type Row = (i64, String, String, String, i64, String, String);

fn stored(conn: &Connection, owner: AccountOwner) -> Result<Option<Row>> {
    Ok(conn
        .query_row(
            "SELECT id, holder, iban, bic, version, updated_by, updated_at FROM bank_accounts WHERE owner_kind = ?1 AND owner_id = ?2",
            params![owner.kind.as_str(), owner.id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)),
        )
        .optional()?)
}

fn shown(owner: AccountOwner, row: Option<Row>, reveal: bool) -> BankAccount {
    let (_, holder, iban, bic, version, updated_by, updated_at) = row.unwrap_or_default();
    let country = iban.get(..2).unwrap_or_default().to_string();
    BankAccount {
        owner,
        given: !iban.is_empty(),
        holder,
        iban_masked: if iban.is_empty() { String::new() } else { bank::masked(&iban) },
        iban: (reveal && !iban.is_empty()).then(|| bank::grouped(&iban)),
        needs_bic: bic.is_empty() && bic_required(&country),
        in_sepa: bank::in_sepa(&country),
        bic,
        country,
        version,
        updated_by,
        updated_at,
    }
}

/// The owner must exist (hubs are never deleted; nor are applications once they have grants).
fn check_owner(conn: &Connection, owner: AccountOwner) -> Result<()> {
    match owner.kind {
        OwnerKind::Network if owner.id == 0 => Ok(()),
        OwnerKind::Network => Err(Error::not_found(said!("said-registry-account-owner-unknown"))),
        OwnerKind::Hub => get_hub(conn, owner.id).map(|_| ()),
        OwnerKind::Application => {
            let found: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM applications WHERE id = ?1)", [owner.id], |r| r.get(0))?;
            if found {
                Ok(())
            } else {
                Err(Error::not_found(said!("said-intake-no-application", id = owner.id)))
            }
        }
    }
}

/// Keep `account` for `owner` (made, changed, or as it was): whether anything changed.
pub(crate) fn put(conn: &Connection, owner: AccountOwner, account: &ValidAccount) -> Result<bool> {
    let actor = crate::team::actor_of(conn);
    match stored(conn, owner)? {
        Some((_, holder, iban, bic, ..)) if holder == account.holder && iban == account.iban && bic == account.bic => Ok(false),
        Some((id, ..)) => {
            conn.execute(
                "UPDATE bank_accounts SET holder = ?2, iban = ?3, bic = ?4, updated_by = ?5, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
                params![id, account.holder, account.iban, account.bic, actor],
            )?;
            Ok(true)
        }
        None => {
            conn.execute(
                "INSERT INTO bank_accounts (id, owner_kind, owner_id, holder, iban, bic, updated_by)
                 VALUES ((SELECT id FROM team_next_id WHERE tbl = 'bank_accounts'), ?1, ?2, ?3, ?4, ?5, ?6)",
                params![owner.kind.as_str(), owner.id, account.holder, account.iban, account.bic, actor],
            )?;
            Ok(true)
        }
    }
}

/// The account as kept for an owner, when one is given: (holder, IBAN, BIC).
pub(crate) fn kept(conn: &Connection, owner: AccountOwner) -> Result<Option<ValidAccount>> {
    Ok(stored(conn, owner)?.filter(|r| !r.2.is_empty()).map(|(_, holder, iban, bic, ..)| ValidAccount { holder, iban, bic }))
}

/// The account a grant of this application is paid to: the application's own, else its hub's.
pub(crate) fn paid_to(conn: &Connection, application_id: i64, hub_id: i64) -> Result<Option<(AccountOwner, ValidAccount)>> {
    for owner in [AccountOwner::application(application_id), AccountOwner::hub(hub_id)] {
        if let Some(account) = kept(conn, owner)? {
            return Ok(Some((owner, account)));
        }
    }
    Ok(None)
}

impl Store {
    /// An owner's account, its IBAN masked unless `reveal`.
    pub fn bank_account(&self, owner: AccountOwner, reveal: bool) -> Result<BankAccount> {
        check_owner(self.conn(), owner)?;
        Ok(shown(owner, stored(self.conn(), owner)?, reveal))
    }

    /// Save an owner's account from the form; refused at its fields when a detail is wrong, and
    /// as a conflict when the account changed since the form read it.
    pub fn save_bank_account(&mut self, owner: AccountOwner, input: &AccountInput) -> Result<BankAccount> {
        let tx = self.conn_mut().transaction()?;
        check_owner(&tx, owner)?;
        let row = stored(&tx, owner)?;
        if let (Some((id, ..)), Some(read)) = (&row, input.expected_version) {
            versions::check(&tx, &versions::BANK_ACCOUNTS, *id, Some(read))?;
        }
        let valid = input.validate()?;
        put(&tx, owner, &valid)?;
        tx.commit()?;
        self.bank_account(owner, false)
    }

    /// Empty an owner's account (its row stays, so its History stays whole).
    pub fn clear_bank_account(&mut self, owner: AccountOwner, expected_version: Option<i64>) -> Result<BankAccount> {
        let tx = self.conn_mut().transaction()?;
        check_owner(&tx, owner)?;
        if let Some((id, _, iban, ..)) = stored(&tx, owner)? {
            versions::check(&tx, &versions::BANK_ACCOUNTS, id, expected_version)?;
            if !iban.is_empty() {
                tx.execute(
                    "UPDATE bank_accounts SET holder = '', iban = '', bic = '', updated_by = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
                    params![id, crate::team::actor_of(&tx)],
                )?;
            }
        }
        tx.commit()?;
        self.bank_account(owner, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_wrong_field_is_named() {
        let input = AccountInput { holder: " ".into(), iban: "BE68 5390 0754 7035".into(), bic: "GEBABE".into(), expected_version: None };
        let err = input.validate().unwrap_err();
        let fields: Vec<&str> = err.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["holder", "iban", "bic"]);
        let long = AccountInput { holder: "x".repeat(MAX_HOLDER + 1), iban: "BE68539007547034".into(), ..Default::default() };
        assert_eq!(long.validate().unwrap_err().fields[0].said.as_ref().map(|s| s.id.as_str()), Some("said-registry-account-holder-long"));
        // The BIC may be left out.
        let fine = AccountInput { holder: "Kypseli".into(), iban: "gr16 0110 1250 0000 0001 2300 695".into(), ..Default::default() };
        assert_eq!(fine.validate().unwrap(), ValidAccount { holder: "Kypseli".into(), iban: "GR1601101250000000012300695".into(), bic: String::new() });
    }

    #[test]
    fn outside_the_eea_a_sepa_transfer_needs_the_bic() {
        for country in ["CH", "GB", "MC", "SM", "AL", "MK"] {
            assert!(bic_required(country), "{country}");
        }
        for country in ["BE", "FR", "NO", "IS", "TR"] {
            assert!(!bic_required(country), "{country}");
        }
    }
}
