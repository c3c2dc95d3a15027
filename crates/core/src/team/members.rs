//! The desks of a team: starting one, a newcomer's card, approving and removing desks, and the
//! snapshot a newcomer starts from.

use std::path::Path;

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::log::fingerprint;
use super::DeskStatus;
use crate::platform::error::{Error, ErrorCode, Result};
use crate::platform::store::Store;
use crate::said;

/// What a desk that asks to join shows the desk that approves it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct JoinCard {
    pub desk_id: String,
    /// Hex of the ed25519 public key.
    pub public_key: String,
    /// To compare aloud (or on the phone) with the one the newcomer's window shows.
    pub fingerprint: String,
    pub person_name: String,
    pub person_initials: String,
    pub person_email: String,
    /// The desk's age recipient: the network's key is sealed to it on approval.
    pub recipient: String,
}

/// The most desks a team can have (the ids a desk gives end in its number, 0 to 99).
pub const MAX_DESKS: i64 = 100;

impl Store {
    fn desk_state(&self) -> Result<String> {
        Ok(self.conn().query_row("SELECT state FROM desk_self", [], |r| r.get(0))?)
    }

    /// Make this desk the first of a team (number 0): from now on the ids it gives end in its
    /// number, and other desks can be approved to join.
    pub fn start_team(&mut self) -> Result<DeskStatus> {
        if self.desk_state()? != "solo" {
            return Err(Error::new(ErrorCode::NotAllowed, said!("said-team-desk-in-a-team")));
        }
        let card = self.join_card()?;
        let actor = self.actor();
        self.conn().execute(
            "INSERT INTO team_desks (desk_id, public_key, number, person_name, person_initials, person_email, approved_by, approved_at)
             VALUES (?1, ?2, 0, ?3, ?4, ?5, ?6, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
            params![card.desk_id, card.public_key, card.person_name, card.person_initials, card.person_email, actor],
        )?;
        self.conn().execute("UPDATE desk_self SET state = 'member', number = 0, stride = 100", [])?;
        self.seal()?;
        self.desk_status()
    }

    /// This desk's card, for a desk of the team to approve it.
    pub fn join_card(&self) -> Result<JoinCard> {
        let (desk_id, key) = self.desk_key()?;
        let person = self.person()?;
        let public = key.verifying_key();
        let identity: String = self.conn().query_row("SELECT age_identity FROM desk_self", [], |r| r.get(0))?;
        let recipient = identity.parse::<age::x25519::Identity>().map(|i| i.to_public().to_string()).unwrap_or_default();
        Ok(JoinCard {
            desk_id,
            public_key: hex::encode(public.as_bytes()),
            fingerprint: fingerprint(&public),
            person_name: person.name,
            person_initials: person.initials,
            person_email: person.email,
            recipient,
        })
    }

    /// Approve a desk that asked to join: it gets the smallest number no desk of the team has
    /// had, and its entries are accepted from then on.
    pub fn approve_desk(&mut self, card: &JoinCard) -> Result<i64> {
        if self.desk_state()? != "member" {
            return Err(Error::new(ErrorCode::NotAllowed, said!("said-team-approve-not-member")));
        }
        let key = hex::decode(&card.public_key).ok().and_then(|b| <[u8; 32]>::try_from(b.as_slice()).ok()).and_then(|b| ed25519_dalek::VerifyingKey::from_bytes(&b).ok());
        let Some(key) = key else {
            return Err(Error::new(ErrorCode::BadRequest, said!("said-team-request-no-key")));
        };
        if super::log::desk_id_of(&key) != card.desk_id {
            return Err(Error::new(ErrorCode::Conflict, said!("said-team-request-other-desk", desk = &card.desk_id)));
        }
        let known: Option<(String, String)> =
            self.conn().query_row("SELECT public_key, state FROM team_desks WHERE desk_id = ?1", [&card.desk_id], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
        if let Some((public_key, state)) = known {
            if public_key != card.public_key {
                return Err(Error::new(ErrorCode::Conflict, said!("said-team-desk-claimed-twice", desk = &card.desk_id)));
            }
            return Err(Error::new(ErrorCode::Conflict, if state == "removed" { said!("said-team-desk-removed-cannot-rejoin") } else { said!("said-team-desk-in-the-team") }));
        }
        let number: i64 = self.conn().query_row(
            "SELECT min(n) FROM (WITH RECURSIVE n(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM n WHERE n < 99) SELECT n FROM n) WHERE n NOT IN (SELECT number FROM team_desks)",
            [],
            |r| r.get::<_, Option<i64>>(0),
        )?
        .ok_or_else(|| Error::new(ErrorCode::NotAllowed, said!("said-team-desks-full", most = MAX_DESKS)))?;
        let actor = self.actor();
        self.conn().execute(
            "INSERT INTO team_desks (desk_id, public_key, number, person_name, person_initials, person_email, approved_by, approved_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
            params![card.desk_id, card.public_key, number, card.person_name, card.person_initials, card.person_email, actor],
        )?;
        self.seal()?;
        Ok(number)
    }

    /// Remove a desk from the team: its entries up to the last this desk has applied count;
    /// every later one is refused, on every desk.
    pub fn remove_desk(&mut self, desk_id: &str) -> Result<()> {
        let own = self.desk_key()?.0;
        if desk_id == own {
            return Err(Error::new(ErrorCode::NotAllowed, said!("said-team-desk-remove-itself")));
        }
        let last: i64 = self.conn().query_row("SELECT coalesce(max(seq), 0) FROM team_log WHERE desk_id = ?1 AND state = 'applied'", [desk_id], |r| r.get(0))?;
        let actor = self.actor();
        let changed = self.conn().execute(
            "UPDATE team_desks SET state = 'removed', last_seq = ?2, removed_by = ?3, removed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE desk_id = ?1 AND state = 'active'",
            params![desk_id, last, actor],
        )?;
        if changed == 0 {
            return Err(Error::not_found(said!("said-team-desk-not-active", desk = desk_id)));
        }
        self.seal()?;
        Ok(())
    }

    /// Write a copy of the shared data and the log for a newcomer, as a plain data file: the
    /// snapshot the folder carries (everything but this desk's own key and person), without
    /// its header or its encryption. For tests that make desks without a folder.
    pub fn snapshot_to(&self, path: &Path) -> Result<()> {
        let bytes = self.snapshot_bytes()?;
        let start = bytes.iter().position(|b| *b == b'\n').map_or(0, |i| i + 1);
        crate::platform::files::write_atomic(path, &bytes[start..])
    }

    /// Open a snapshot (written by [`Store::snapshot_to`]) as a new desk of the team: it gets
    /// its own key and waits for a desk of the team to approve it before it adds anything.
    pub fn open_as_newcomer(path: &Path) -> Result<Store> {
        let store = Store::open(path)?;
        store.conn().execute("UPDATE desk_self SET state = 'pending', stride = 100, number = 0", [])?;
        Ok(store)
    }
}
