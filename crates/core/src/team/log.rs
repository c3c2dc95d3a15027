//! The desk's log: entries, their hash chain and signatures, the hybrid logical clock, and
//! the auditor's check of every desk's chain.

use std::collections::BTreeMap;

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::phrase;
use crate::platform::error::{Error, ErrorCode, Result};
use crate::platform::said::Phrase;
use crate::platform::store::Store;

/// The entry format this build writes and reads.
pub(crate) const ENTRY_FORMAT: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub(crate) struct Author {
    pub name: String,
    pub initials: String,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Op {
    Insert,
    Update,
    Delete,
}

/// One row's change: for an insert every shared column's value; for an update the changed
/// columns' values after (`new`) and before (`old`); for a delete the row as it was (`old`).
/// Values are JSON: a BLOB is `{"x": base64}`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub(crate) struct Change {
    pub table: String,
    pub key: Vec<Value>,
    pub op: Op,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub new: BTreeMap<String, Value>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub old: BTreeMap<String, Value>,
}

/// An entry of a desk's log: one saved action of the person at the desk.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub(crate) struct Entry {
    pub format: u32,
    pub desk: String,
    /// 1, 2, 3 … per desk, without gaps.
    pub seq: i64,
    /// Hybrid logical clock: orders every desk's changes, later than every entry this desk had
    /// seen when it wrote this one.
    pub hlc: i64,
    /// The data version of the app that wrote it.
    pub schema: i64,
    pub author: Author,
    /// When the first change of the entry was made (UTC).
    pub at: String,
    /// The last entry of each other desk this desk had applied: what the change was made on.
    pub deps: BTreeMap<String, i64>,
    /// The hash of the desk's previous entry ("" for its first).
    pub prev: String,
    pub changes: Vec<Change>,
}

pub(crate) fn signing_key(seed: &[u8]) -> Result<SigningKey> {
    let seed: [u8; 32] = seed.try_into().map_err(|_| Error::new(ErrorCode::Damaged, crate::said!("said-team-desk-key-damaged")))?;
    Ok(SigningKey::from_bytes(&seed))
}

/// A desk's identifier: the first 8 bytes of its public key's SHA-256, in hex.
pub(crate) fn desk_id_of(key: &VerifyingKey) -> String {
    hex::encode(&Sha256::digest(key.as_bytes())[..8])
}

/// What a person compares between two desks: 20 hex digits of the key's SHA-256, in fives.
pub(crate) fn fingerprint(key: &VerifyingKey) -> String {
    let digits = hex::encode_upper(&Sha256::digest(key.as_bytes())[..10]);
    digits.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

/// The next reading of a hybrid logical clock after `last`, at wall-clock `now_ms`.
pub(crate) fn next_hlc(last: i64, now_ms: i64) -> i64 {
    let physical = now_ms.max(0) << 16;
    if physical > last {
        physical
    } else {
        last + 1
    }
}

pub(crate) fn now_ms() -> i64 {
    let now = time::OffsetDateTime::now_utc();
    (now.unix_timestamp_nanos() / 1_000_000) as i64 + TEST_SEAM.with(|s| s.get().0)
}

thread_local! {
    /// For tests only, on the thread that seals: a wall clock set off by this many
    /// milliseconds, and the data version an entry or a snapshot claims (a desk whose clock is
    /// a year off, an entry or a snapshot of a newer version of the app).
    static TEST_SEAM: std::cell::Cell<(i64, Option<i64>)> = const { std::cell::Cell::new((0, None)) };
}

/// See [`TEST_SEAM`].
#[doc(hidden)]
pub fn seal_as_if_for_tests(clock_offset_ms: i64, schema: Option<i64>) {
    TEST_SEAM.with(|s| s.set((clock_offset_ms, schema)));
}

pub(crate) fn claimed_schema(actual: i64) -> i64 {
    TEST_SEAM.with(|s| s.get().1).unwrap_or(actual)
}

/// The wall-clock part of a hybrid clock, in milliseconds.
pub(crate) fn physical_ms(hlc: i64) -> i64 {
    hlc >> 16
}

/// An entry as stored and sent: its canonical JSON, hash and signature.
#[derive(Debug, Clone)]
pub(crate) struct Sealed {
    pub body: String,
    pub hash: String,
    pub signature: String,
    /// Whether an erasure replaced values of the body since it was sealed: the body then no
    /// longer hashes to `hash`, which is checked against the signature alone (`redact.rs`).
    pub redacted: bool,
    /// For a redacted entry, the signature of its desk over the SHA-256 of the body as it is
    /// now (hex; empty on a desk's copy of another desk's entry redacted where it is kept).
    pub redaction: String,
}

pub(crate) fn seal_entry(entry: &Entry, key: &SigningKey) -> Result<Sealed> {
    let body = serde_json::to_string(entry).map_err(|e| Error::new(ErrorCode::Internal, format!("An entry could not be written: {e}")))?;
    let digest = Sha256::digest(body.as_bytes());
    let signature = hex::encode(key.sign(&digest).to_bytes());
    Ok(Sealed { hash: hex::encode(digest), body, signature, redacted: false, redaction: String::new() })
}

/// Whether `signature` (hex) is `key`'s signature of `message`.
fn signed_by(key: &VerifyingKey, message: &[u8], signature: &str) -> bool {
    let signature = hex::decode(signature).ok().and_then(|b| <[u8; 64]>::try_from(b.as_slice()).ok()).map(|b| Signature::from_bytes(&b));
    signature.is_some_and(|s| key.verify(message, &s).is_ok())
}

/// What a desk signs when an erasure redacted one of its entries: the entry (desk, number,
/// the hash it was sealed with) and the SHA-256 of what is left, under a label of their own,
/// so that no such signature can stand for an entry's seal, nor for another entry's redaction.
fn redaction_message(desk: &str, seq: i64, hash: &str, body: &str) -> Vec<u8> {
    let mut message = b"mobility-desk redaction\0".to_vec();
    message.extend_from_slice(desk.as_bytes());
    message.push(0);
    message.extend_from_slice(&seq.to_be_bytes());
    message.extend_from_slice(hash.as_bytes());
    message.extend_from_slice(&Sha256::digest(body.as_bytes()));
    message
}

/// The signature a desk gives the body of one of its own entries after an erasure redacted it.
pub(crate) fn sign_redaction(desk: &str, seq: i64, hash: &str, body: &str, key: &SigningKey) -> String {
    hex::encode(key.sign(&redaction_message(desk, seq, hash, body)).to_bytes())
}

/// Check one stored entry against its desk's key, its place in the chain and the hash of
/// the entry before it; the entry, or why it is refused. A redacted entry must carry its
/// desk's signature of what is left when `redaction_required` (an entry received), and is
/// checked against it whenever it has one. (Entry numbers are passed as text: they name an
/// entry, and are not written as quantities.)
pub(crate) fn check_entry(desk_id: &str, seq: i64, sealed: &Sealed, key: &VerifyingKey, prev_hash: &str, redaction_required: bool) -> std::result::Result<Entry, Phrase> {
    let digest = Sha256::digest(sealed.body.as_bytes());
    let entry_no = seq.to_string();
    // A redacted entry's body lost values to an erasure: what it was sealed with is its hash,
    // which the signature still proves; what is left, its desk signed when it redacted it.
    if sealed.redacted {
        let signed = !sealed.redaction.is_empty() && signed_by(key, &redaction_message(desk_id, seq, &sealed.hash, &sealed.body), &sealed.redaction);
        if (redaction_required || !sealed.redaction.is_empty()) && !signed {
            return Err(phrase!("said-team-entry-redaction-not-signed", entry = &entry_no));
        }
    } else if hex::encode(digest) != sealed.hash {
        return Err(phrase!("said-team-entry-changed", entry = &entry_no));
    }
    if !signed_by(key, &hex::decode(&sealed.hash).unwrap_or_default(), &sealed.signature) {
        return Err(phrase!("said-team-entry-not-signed", entry = &entry_no));
    }
    let entry: Entry = serde_json::from_str(&sealed.body).map_err(|e| phrase!("said-team-entry-unreadable", entry = &entry_no, error = e.to_string()))?;
    if entry.desk != desk_id || entry.seq != seq {
        return Err(phrase!("said-team-entry-misplaced", entry = &entry_no, claimed = entry.seq.to_string(), desk = &entry.desk));
    }
    if entry.prev != prev_hash {
        return Err(phrase!("said-team-entry-out-of-order", entry = &entry_no, previous = (seq - 1).to_string()));
    }
    Ok(entry)
}

/// One desk's chain, as `audit verify` found it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AuditDesk {
    pub desk_id: String,
    /// The person the desk names (its last known).
    pub person: String,
    pub entries: i64,
    /// Entries whose values an erasure replaced: checked by the hash they were sealed with.
    pub redacted: i64,
    /// Why the chain breaks, and at which entry; none when every entry checks.
    pub problem: Option<Phrase>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AuditReport {
    pub ok: bool,
    pub desks: Vec<AuditDesk>,
}

impl Store {
    /// This desk's signing key and identifier.
    pub(crate) fn desk_key(&self) -> Result<(String, SigningKey)> {
        let (desk_id, seed): (String, Vec<u8>) = self.conn().query_row("SELECT desk_id, secret_key FROM desk_self", [], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok((desk_id, signing_key(&seed)?))
    }

    /// The public key of a desk this desk knows (itself, or one of its team).
    pub(crate) fn desk_public_key(&self, desk_id: &str) -> Result<Option<VerifyingKey>> {
        let (own, key) = self.desk_key()?;
        if own == desk_id {
            return Ok(Some(key.verifying_key()));
        }
        let hex_key: Option<String> = rusqlite::OptionalExtension::optional(self.conn().query_row("SELECT public_key FROM team_desks WHERE desk_id = ?1", [desk_id], |r| r.get(0)))?;
        Ok(hex_key.and_then(|h| hex::decode(h).ok()).and_then(|b| <[u8; 32]>::try_from(b.as_slice()).ok()).and_then(|b| VerifyingKey::from_bytes(&b).ok()))
    }

    /// Check every desk's chain: each entry's hash, its signature by its desk's key, and that
    /// it follows the one before. Says where a chain breaks.
    pub fn audit_verify(&self) -> Result<AuditReport> {
        self.seal()?;
        let desks: Vec<String> = self.conn().prepare("SELECT DISTINCT desk_id FROM team_log ORDER BY desk_id")?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::new();
        for desk in desks {
            let key = self.desk_public_key(&desk)?;
            let mut stmt = self.conn().prepare("SELECT seq, body, hash, signature, redacted, redaction FROM team_log WHERE desk_id = ?1 ORDER BY seq")?;
            let rows = stmt.query_map(params![desk], |r| {
                Ok((r.get::<_, i64>(0)?, Sealed { body: r.get(1)?, hash: r.get(2)?, signature: r.get(3)?, redacted: r.get::<_, i64>(4)? != 0, redaction: r.get(5)? }))
            })?;
            // This desk signs each of its own entries it redacts; another desk's, redacted here,
            // is checked by the hash it was sealed with.
            let own = desk == self.desk_key()?.0;
            let mut prev = String::new();
            let mut expected = 1;
            let mut problem = None;
            let mut entries = 0;
            let mut redacted = 0;
            let mut person = String::new();
            for row in rows {
                let (seq, sealed) = row?;
                entries += 1;
                redacted += sealed.redacted as i64;
                if problem.is_some() {
                    continue;
                }
                let Some(key) = &key else {
                    problem = Some(phrase!("said-team-audit-unknown-desk"));
                    continue;
                };
                if seq != expected {
                    problem = Some(phrase!("said-team-audit-entry-missing", entry = expected.to_string(), next = seq.to_string()));
                    continue;
                }
                match check_entry(&desk, seq, &sealed, key, &prev, own) {
                    Ok(entry) => person = entry.author.name,
                    Err(why) => problem = Some(why),
                }
                prev = sealed.hash;
                expected += 1;
            }
            out.push(AuditDesk { desk_id: desk, person, entries, redacted, problem });
        }
        Ok(AuditReport { ok: out.iter().all(|d| d.problem.is_none()), desks: out })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_moves_on_even_when_the_wall_clock_does_not() {
        let a = next_hlc(0, 1_000);
        assert_eq!(a, 1_000 << 16);
        let b = next_hlc(a, 1_000);
        assert_eq!(b, a + 1);
        // A wall clock set back never takes the clock back.
        assert_eq!(next_hlc(b, 900), b + 1);
        assert_eq!(next_hlc(b, 2_000), 2_000 << 16);
    }

    #[test]
    fn a_changed_entry_or_a_foreign_signature_is_refused() {
        let key = SigningKey::from_bytes(&[7; 32]);
        let other = SigningKey::from_bytes(&[8; 32]);
        let desk = desk_id_of(&key.verifying_key());
        let entry = Entry {
            format: ENTRY_FORMAT,
            desk: desk.clone(),
            seq: 1,
            hlc: 5,
            schema: 21,
            author: Author { name: "Ana".into(), initials: "A".into() },
            at: "2026-12-05T10:00:00Z".into(),
            deps: BTreeMap::new(),
            prev: String::new(),
            changes: vec![],
        };
        let sealed = seal_entry(&entry, &key).unwrap();
        assert_eq!(check_entry(&desk, 1, &sealed, &key.verifying_key(), "", true).unwrap(), entry);
        let mut changed = sealed.clone();
        changed.body = changed.body.replace("Ana", "Bob");
        assert!(check_entry(&desk, 1, &changed, &key.verifying_key(), "", true).unwrap_err().contains("changed after"));
        // Redacted by an erasure: what is left is signed by its desk, and the hash it was
        // sealed with by its signature. Without the desk's signature of what is left, it is
        // refused where one is required (an entry received); a hash made up for it, or a
        // signature by another key, is not signed.
        let redacted = Sealed { redacted: true, redaction: sign_redaction(&desk, 1, &changed.hash, &changed.body, &key), ..changed.clone() };
        assert_eq!(check_entry(&desk, 1, &redacted, &key.verifying_key(), "", true).unwrap().author.name, "Bob");
        let unsigned = Sealed { redaction: String::new(), ..redacted.clone() };
        assert!(check_entry(&desk, 1, &unsigned, &key.verifying_key(), "", true).unwrap_err().contains("did not sign what is left"));
        assert!(check_entry(&desk, 1, &unsigned, &key.verifying_key(), "", false).is_ok(), "a copy redacted where it is kept");
        let forged = Sealed { redaction: sign_redaction(&desk, 1, &changed.hash, &changed.body, &other), ..redacted.clone() };
        assert!(check_entry(&desk, 1, &forged, &key.verifying_key(), "", false).unwrap_err().contains("did not sign what is left"));
        // A redaction signed for another entry does not stand for this one.
        let moved = Sealed { redaction: sign_redaction(&desk, 2, &changed.hash, &changed.body, &key), ..redacted.clone() };
        assert!(check_entry(&desk, 1, &moved, &key.verifying_key(), "", true).unwrap_err().contains("did not sign what is left"));
        let rehashed = Sealed { hash: hex::encode(Sha256::digest(redacted.body.as_bytes())), ..redacted.clone() };
        assert!(check_entry(&desk, 1, &rehashed, &key.verifying_key(), "", true).unwrap_err().contains("did not sign what is left"));
        let resigned = Sealed { redaction: sign_redaction(&desk, 1, &rehashed.hash, &rehashed.body, &key), ..rehashed.clone() };
        assert!(check_entry(&desk, 1, &resigned, &key.verifying_key(), "", true).unwrap_err().contains("not signed"));
        let foreign = seal_entry(&entry, &other).unwrap();
        assert!(check_entry(&desk, 1, &foreign, &key.verifying_key(), "", true).unwrap_err().contains("not signed"));
        assert!(check_entry(&desk, 1, &sealed, &key.verifying_key(), "abc", true).unwrap_err().contains("does not follow"));
        assert_eq!(fingerprint(&key.verifying_key()).len(), 24);
    }
}
