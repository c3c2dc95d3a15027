//! Sharing through a folder the team already syncs (Nextcloud, Syncthing, OneDrive, Dropbox, a
//! USB stick). The live data file never goes there. Each desk writes only its own files, so the
//! sync tool never sees two writers on one file:
//!
//! ```text
//! FOLDER/mobility-desk-team.json          the team: its id and format (no personal data)
//! FOLDER/desks/DESK/card.json             the desk's request to join: keys, fingerprint, person
//! FOLDER/desks/DESK/status.json           when it last synced, its last entry (no personal data)
//! FOLDER/desks/DESK/log/FIRST-LAST.age    its entries, encrypted to the network's key
//! FOLDER/desks/DESK/snapshot.age          its data for newcomers, encrypted the same way
//! FOLDER/desks/DESK/keys/OTHER.age        the network's key, sealed to a desk it approved
//! ```
//!
//! Everything but the cards and statuses is encrypted with age to the network's key, which a
//! desk gets only once a desk of the team approved it: a newcomer, or anyone with the folder
//! but no approval, can read nothing.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use age::secrecy::ExposeSecret;
use rusqlite::{Connection, MAIN_DB};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::members::JoinCard;
use super::merge::{Received, Wire};
use crate::platform::error::{Error, ErrorCode, Result};
use crate::platform::protection::Passphrase;
use crate::platform::said::{Phrase, Said};
use crate::{phrase, said};
use crate::platform::store::{latest_schema_version, Store};

const TEAM_FILE: &str = "mobility-desk-team.json";
const FORMAT: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct TeamFile {
    format: u32,
    team: String,
    created_at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct StatusFile {
    desk: String,
    synced_at: String,
    last_seq: i64,
    schema: i64,
    app_version: String,
}

/// A desk of the team as Settings → Team lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DeskRow {
    pub desk_id: String,
    #[ts(type = "number")]
    pub number: i64,
    pub person_name: String,
    /// active | removed
    pub state: String,
    /// This desk itself.
    pub own: bool,
    /// Its entries this desk has applied.
    #[ts(type = "number")]
    pub entries_here: i64,
    /// When it last synced through the folder (from its status file), if known.
    pub synced_at: Option<String>,
}

/// The team as this desk sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TeamStatus {
    /// solo | pending | member | removed
    pub state: String,
    pub folder: Option<String>,
    pub fingerprint: String,
    pub desks: Vec<DeskRow>,
    /// This desk's entries not yet written to the folder.
    #[ts(type = "number")]
    pub outgoing: i64,
    /// Entries received and held back, with why (the first few).
    #[ts(type = "number")]
    pub waiting: i64,
    pub waiting_reasons: Vec<Phrase>,
    /// Desks that asked to join and wait for approval.
    pub requests: Vec<JoinCard>,
    #[ts(type = "number")]
    pub clashes: i64,
}

/// What a sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct SyncReport {
    /// Entries of this desk written to the folder.
    #[ts(type = "number")]
    pub sent: i64,
    pub received: Received,
    /// Entries applied, by the person of the desk they came from.
    pub from: Vec<(String, i64)>,
    /// Files of other desks that could not be read yet (a sync tool still writing them, say).
    pub unreadable: Vec<String>,
}

/// A file of the shared folder that could not be read or written: `message` (with `path` and
/// the system's words, `error`) says what and asks to check the folder.
fn io(message: Said, path: &Path, e: std::io::Error) -> Error {
    Error::new(ErrorCode::Io, message.with("path", path.display().to_string()).with("error", e.to_string()))
}

use crate::platform::dates::now_text;

/// Write a file of the folder whole (the project's atomic writer: a temporary name in the same
/// folder, flushed, then renamed), so a sync tool never uploads half of it under its real name.
fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| io(said!("said-team-folder-not-made"), dir, e))?;
    crate::platform::files::write_atomic(path, bytes)
}

fn seal_to(recipient: &age::x25519::Recipient, bytes: &[u8]) -> Result<Vec<u8>> {
    age::encrypt(recipient, bytes).map_err(|e| Error::new(ErrorCode::Internal, format!("Could not encrypt for the shared folder: {e}")))
}

fn open_with(identity: &age::x25519::Identity, bytes: &[u8]) -> std::result::Result<Vec<u8>, String> {
    age::decrypt(identity, bytes).map_err(|e| e.to_string())
}

fn open_with_any(keys: &[age::x25519::Identity], bytes: &[u8]) -> std::result::Result<Vec<u8>, String> {
    let mut last = String::from("no key");
    for k in keys {
        match open_with(k, bytes) {
            Ok(plain) => return Ok(plain),
            Err(e) => last = e,
        }
    }
    Err(last)
}

fn keyring(text: &str) -> Result<Vec<age::x25519::Identity>> {
    text.lines().filter(|l| !l.is_empty()).map(identity).collect()
}

fn identity(text: &str) -> Result<age::x25519::Identity> {
    text.parse::<age::x25519::Identity>().map_err(|e| Error::new(ErrorCode::Damaged, said!("said-team-desk-key-unreadable", error = e.to_string())))
}

struct Folder {
    root: PathBuf,
}

impl Folder {
    fn at(root: &Path) -> Folder {
        Folder { root: root.to_path_buf() }
    }
    fn desks(&self) -> PathBuf {
        self.root.join("desks")
    }
    fn desk(&self, id: &str) -> PathBuf {
        self.desks().join(id)
    }
    fn team(&self) -> Result<Option<TeamFile>> {
        let path = self.root.join(TEAM_FILE);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| Error::new(ErrorCode::BadRequest, said!("said-team-file-not-a-team-file", path = path.display().to_string(), error = e.to_string()))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io(said!("said-team-file-not-read"), &path, e)),
        }
    }
    /// The desks that have a folder here.
    fn desk_ids(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(self.desks()) else { return Vec::new() };
        let mut out: Vec<String> = entries.filter_map(|e| e.ok()).filter(|e| e.path().is_dir()).filter_map(|e| e.file_name().to_str().map(str::to_string)).filter(|n| n.len() == 16).collect();
        out.sort();
        out
    }
    fn card(&self, id: &str) -> Option<JoinCard> {
        std::fs::read(self.desk(id).join("card.json")).ok().and_then(|b| serde_json::from_slice(&b).ok())
    }
    fn status(&self, id: &str) -> Option<StatusFile> {
        std::fs::read(self.desk(id).join("status.json")).ok().and_then(|b| serde_json::from_slice(&b).ok())
    }
    /// A desk's log segments: (first, last, path), in order.
    fn segments(&self, id: &str) -> Vec<(i64, i64, PathBuf)> {
        let Ok(entries) = std::fs::read_dir(self.desk(id).join("log")) else { return Vec::new() };
        let mut out: Vec<(i64, i64, PathBuf)> = entries
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let name = e.file_name().to_str()?.to_string();
                let stem = name.strip_suffix(".age")?;
                let (a, b) = stem.split_once('-')?;
                Some((a.parse().ok()?, b.parse().ok()?, e.path()))
            })
            .collect();
        out.sort();
        out
    }
}

impl Store {
    fn folder_root(&self) -> Result<Option<PathBuf>> {
        let folder: String = self.conn().query_row("SELECT folder FROM desk_self", [], |r| r.get(0))?;
        Ok((!folder.is_empty()).then(|| PathBuf::from(folder)))
    }

    /// The network's keys this desk holds, newest first: the newest encrypts what this desk
    /// writes; the earlier ones still read what was written before a desk was removed.
    fn network_keyring(&self) -> Result<Vec<age::x25519::Identity>> {
        let text: String = self.conn().query_row("SELECT network_key FROM desk_self", [], |r| r.get(0))?;
        keyring(&text)
    }

    fn network_identity(&self) -> Result<Option<age::x25519::Identity>> {
        Ok(self.network_keyring()?.into_iter().next())
    }

    /// Take the newer keys another desk sealed to this one (after it removed a desk).
    fn refresh_keyring(&self, folder: &Folder) -> Result<()> {
        let (own, _) = self.desk_key()?;
        let mine: String = self.conn().query_row("SELECT age_identity FROM desk_self", [], |r| r.get(0))?;
        let mine = identity(&mine)?;
        let held: String = self.conn().query_row("SELECT network_key FROM desk_self", [], |r| r.get(0))?;
        let mut lines: Vec<String> = held.lines().filter(|l| !l.is_empty()).map(str::to_string).collect();
        let mut found: Vec<(std::time::SystemTime, Vec<String>)> = Vec::new();
        for d in folder.desk_ids().into_iter().filter(|d| *d != own) {
            let path = folder.desk(&d).join("keys").join(format!("{own}.age"));
            let Ok(bytes) = std::fs::read(&path) else { continue };
            let Ok(plain) = open_with(&mine, &bytes) else { continue };
            let when = std::fs::metadata(&path).and_then(|m| m.modified()).unwrap_or(std::time::UNIX_EPOCH);
            found.push((when, String::from_utf8_lossy(&plain).lines().filter(|l| !l.is_empty()).map(str::to_string).collect()));
        }
        // The newest sealed keyring's first key is the newest key.
        found.sort_by_key(|(when, _)| *when);
        let mut changed = false;
        for (_, keys) in found.into_iter().rev() {
            for (i, k) in keys.into_iter().enumerate() {
                if !lines.contains(&k) {
                    if i == 0 {
                        lines.insert(0, k);
                    } else {
                        lines.push(k);
                    }
                    changed = true;
                }
            }
        }
        if changed {
            self.conn().execute("UPDATE desk_self SET network_key = ?1", [lines.join("\n")])?;
        }
        Ok(())
    }

    /// Seal the whole keyring to a desk of the team.
    fn seal_keyring_to(&self, folder: &Folder, card: &JoinCard) -> Result<()> {
        let recipient = card
            .recipient
            .parse::<age::x25519::Recipient>()
            .map_err(|e| Error::new(ErrorCode::BadRequest, said!("said-team-request-key-bad", desk = &card.desk_id, error = e.to_string())))?;
        let held: String = self.conn().query_row("SELECT network_key FROM desk_self", [], |r| r.get(0))?;
        let (own, _) = self.desk_key()?;
        write_whole(&folder.desk(&own).join("keys").join(format!("{}.age", card.desk_id)), &seal_to(&recipient, held.as_bytes())?)
    }

    /// Remove a desk from the team through the folder (`team remove DESK`): its later entries
    /// are refused, and the network gets a new key, sealed to every desk that stays, so the
    /// removed desk cannot read what is written from now on.
    pub fn remove_from_team(&mut self, desk_id: &str) -> Result<TeamStatus> {
        self.remove_desk(desk_id)?;
        if let Some(root) = self.folder_root()? {
            let folder = Folder::at(&root);
            let fresh = age::x25519::Identity::generate();
            let held: String = self.conn().query_row("SELECT network_key FROM desk_self", [], |r| r.get(0))?;
            self.conn().execute("UPDATE desk_self SET network_key = ?1", [format!("{}\n{held}", fresh.to_string().expose_secret())])?;
            let (own, _) = self.desk_key()?;
            let staying: Vec<String> = self.conn().prepare("SELECT desk_id FROM team_desks WHERE state = 'active' AND desk_id <> ?1")?.query_map([&own], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            for d in staying {
                if let Some(card) = folder.card(&d) {
                    self.seal_keyring_to(&folder, &card)?;
                }
            }
            // What the removed desk was given before is of no use for what comes next.
            let _ = std::fs::remove_file(folder.desk(&own).join("keys").join(format!("{desk_id}.age")));
            self.export_log()?;
            self.write_snapshot()?;
            self.write_status()?;
        }
        self.team_status()
    }

    /// Settings → Team → Share through a folder… (`team init FOLDER`): this desk becomes the
    /// team's first (if it is on its own), the network's key is made, and its card, log and a
    /// snapshot for newcomers are written to the folder.
    pub fn share_through_folder(&mut self, root: &Path) -> Result<TeamStatus> {
        if !root.is_dir() {
            return Err(Error::new(ErrorCode::Io, said!("said-team-not-a-folder", path = root.display().to_string())));
        }
        let root = &absolute(root);
        if self.path().and_then(Path::parent).is_some_and(|data| root.starts_with(absolute(data))) {
            return Err(Error::new(ErrorCode::BadRequest, said!("said-team-folder-inside-data")));
        }
        let folder = Folder::at(root);
        if let Some(existing) = folder.team()? {
            let ours: String = self.conn().query_row("SELECT network_key FROM desk_self", [], |r| r.get(0))?;
            if ours.is_empty() {
                return Err(Error::new(ErrorCode::Conflict, said!("said-team-folder-has-team", path = root.display().to_string(), team = existing.team)));
            }
        }
        let state: String = self.conn().query_row("SELECT state FROM desk_self", [], |r| r.get(0))?;
        match state.as_str() {
            "solo" => drop(self.start_team()?),
            "member" => {}
            "pending" => return Err(Error::new(ErrorCode::NotAllowed, said!("said-team-desk-pending"))),
            _ => return Err(Error::new(ErrorCode::NotAllowed, said!("said-team-desk-removed"))),
        }
        if self.network_identity()?.is_none() {
            let key = age::x25519::Identity::generate();
            self.conn().execute("UPDATE desk_self SET network_key = ?1", [key.to_string().expose_secret()])?;
        }
        if folder.team()?.is_none() {
            let (desk, _) = self.desk_key()?;
            let team = TeamFile { format: FORMAT, team: desk, created_at: now_text() };
            write_whole(&root.join(TEAM_FILE), serde_json::to_vec_pretty(&team).unwrap_or_default().as_slice())?;
        }
        self.conn().execute("UPDATE desk_self SET folder = ?1, exported_seq = 0", [root.display().to_string()])?;
        let card = self.join_card()?;
        write_whole(&folder.desk(&card.desk_id).join("card.json"), &serde_json::to_vec_pretty(&card).unwrap_or_default())?;
        self.export_log()?;
        self.write_snapshot()?;
        self.write_status()?;
        self.team_status()
    }

    /// Join a team (`team join FOLDER`): this desk's card goes to the folder, and the desk waits
    /// for a desk of the team to approve it. Only a desk with no records of its own can join
    /// (its data will be the team's).
    pub fn join_through_folder(&mut self, root: &Path) -> Result<JoinCard> {
        let root = &absolute(root);
        let folder = Folder::at(root);
        if folder.team()?.is_none() {
            return Err(Error::new(ErrorCode::NotFound, said!("said-team-folder-no-team", path = root.display().to_string())));
        }
        let state: String = self.conn().query_row("SELECT state FROM desk_self", [], |r| r.get(0))?;
        if state == "member" {
            return Err(Error::new(ErrorCode::NotAllowed, said!("said-team-desk-in-a-team")));
        }
        let records: i64 = self.conn().query_row("SELECT (SELECT count(*) FROM hubs) + (SELECT count(*) FROM cycles)", [], |r| r.get(0))?;
        if records > 0 {
            return Err(Error::new(ErrorCode::NotAllowed, said!("said-team-desk-has-records")));
        }
        self.conn().execute("UPDATE desk_self SET state = 'pending', stride = 100, number = 0, folder = ?1", [root.display().to_string()])?;
        let card = self.join_card()?;
        write_whole(&folder.desk(&card.desk_id).join("card.json"), &serde_json::to_vec_pretty(&card).unwrap_or_default())?;
        Ok(card)
    }

    /// Approve a desk that asked to join through the folder (`team approve DESK`): it becomes a
    /// desk of the team, and the network's key is sealed to it.
    pub fn approve_from_folder(&mut self, desk_id: &str) -> Result<i64> {
        let root = self.folder_root()?.ok_or_else(|| Error::new(ErrorCode::NotAllowed, said!("said-team-no-folder")))?;
        let folder = Folder::at(&root);
        let card = folder.card(desk_id).ok_or_else(|| Error::not_found(said!("said-team-no-request", desk = desk_id, path = root.display().to_string())))?;
        card.recipient
            .parse::<age::x25519::Recipient>()
            .map_err(|e| Error::new(ErrorCode::BadRequest, said!("said-team-request-key-bad", desk = desk_id, error = e.to_string())))?;
        if self.network_identity()?.is_none() {
            return Err(Error::new(ErrorCode::NotAllowed, said!("said-team-no-network-key")));
        }
        let number = self.approve_desk(&card)?;
        self.seal_keyring_to(&folder, &card)?;
        self.export_log()?;
        self.write_snapshot()?;
        self.write_status()?;
        Ok(number)
    }

    /// Write this desk's entries not yet in the folder as one new segment.
    fn export_log(&self) -> Result<i64> {
        let Some(root) = self.folder_root()? else { return Ok(0) };
        let Some(network) = self.network_identity()? else { return Ok(0) };
        self.seal()?;
        let (own, _) = self.desk_key()?;
        let exported: i64 = self.conn().query_row("SELECT exported_seq FROM desk_self", [], |r| r.get(0))?;
        let have = BTreeMap::from([(own.clone(), exported)]);
        let wires = self.log_after(&have, Some(&own))?;
        let (Some(first), Some(last)) = (wires.first().map(|w| w.seq), wires.last().map(|w| w.seq)) else { return Ok(0) };
        let mut lines = Vec::new();
        for w in &wires {
            lines.extend_from_slice(serde_json::to_string(w).unwrap_or_default().as_bytes());
            lines.push(b'\n');
        }
        let sealed = seal_to(&network.to_public(), &lines)?;
        write_whole(&Folder::at(&root).desk(&own).join("log").join(format!("{first:08}-{last:08}.age")), &sealed)?;
        self.conn().execute("UPDATE desk_self SET exported_seq = ?1", [last])?;
        Ok(wires.len() as i64)
    }

    /// After an erasure: this desk's entries written again to the shared folder as one segment
    /// (the redacted ones as redacted), the older segments removed, and a new snapshot.
    pub(crate) fn rewrite_folder_after_erasure(&self) -> Result<()> {
        let Some(root) = self.folder_root()? else { return Ok(()) };
        if self.network_identity()?.is_none() {
            return Ok(());
        }
        let (own, _) = self.desk_key()?;
        let folder = Folder::at(&root);
        let before = folder.segments(&own);
        self.conn().execute("UPDATE desk_self SET exported_seq = 0", [])?;
        self.export_log()?;
        let kept = folder.segments(&own).into_iter().max_by_key(|(first, last, _)| (last - first, *last)).map(|(_, _, p)| p);
        for (_, _, path) in before {
            if Some(&path) != kept.as_ref() {
                let _ = std::fs::remove_file(&path);
            }
        }
        self.write_snapshot()
    }

    fn write_status(&self) -> Result<()> {
        let Some(root) = self.folder_root()? else { return Ok(()) };
        let (own, _) = self.desk_key()?;
        let last: i64 = self.conn().query_row("SELECT coalesce(max(seq), 0) FROM team_log WHERE desk_id = ?1", [&own], |r| r.get(0))?;
        let status = StatusFile { desk: own.clone(), synced_at: now_text(), last_seq: last, schema: latest_schema_version(), app_version: env!("CARGO_PKG_VERSION").to_string() };
        write_whole(&Folder::at(&root).desk(&own).join("status.json"), &serde_json::to_vec_pretty(&status).unwrap_or_default())
    }

    /// The shared data and the log as a newcomer starts from them, in memory: this desk's own
    /// tables emptied, never a plain copy on disk.
    pub(super) fn snapshot_bytes(&self) -> Result<Vec<u8>> {
        self.seal()?;
        let mut copy = Connection::open_in_memory()?;
        if self.is_protected() {
            // SQLCipher's backup copies between files of one key only: the protected file's
            // rows are exported into a plain database in memory, which is then read whole.
            let conn = self.conn();
            conn.execute("ATTACH DATABASE ':memory:' AS snapshot KEY ''", [])?;
            let exported = (|| -> Result<Vec<u8>> {
                conn.query_row("SELECT sqlcipher_export('snapshot')", [], |_| Ok(()))?;
                let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
                let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
                conn.pragma_update(Some("snapshot"), "user_version", version)?;
                conn.pragma_update(Some("snapshot"), "application_id", app_id)?;
                Ok(conn.serialize(c"snapshot")?.to_vec())
            })();
            conn.execute("DETACH DATABASE snapshot", [])?;
            let image = exported?;
            copy.deserialize_read_exact(MAIN_DB, image.as_slice(), image.len(), false)?;
        } else {
            let backup = rusqlite::backup::Backup::new(self.conn(), &mut copy)?;
            backup.run_to_completion(256, std::time::Duration::ZERO, None)?;
        }
        // The outbox, each desk's own, does not travel either.
        copy.execute_batch("DELETE FROM desk_self; DELETE FROM team_capture; DELETE FROM record_history; DELETE FROM setting_versions; DELETE FROM outbox;")?;
        let vector: BTreeMap<String, i64> = copy
            .prepare("SELECT desk_id, max(seq) FROM team_log WHERE state = 'applied' GROUP BY desk_id")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let schema = super::log::claimed_schema(latest_schema_version());
        let header = serde_json::json!({ "format": FORMAT, "schema": schema, "vector": vector, "made_at": now_text() });
        let data = copy.serialize(MAIN_DB)?;
        let mut out = serde_json::to_vec(&header).unwrap_or_default();
        out.push(b'\n');
        let start = out.len();
        out.extend_from_slice(&data);
        rollback_mode(&mut out[start..]);
        Ok(out)
    }

    fn write_snapshot(&self) -> Result<()> {
        let Some(root) = self.folder_root()? else { return Ok(()) };
        let Some(network) = self.network_identity()? else { return Ok(()) };
        let (own, _) = self.desk_key()?;
        let sealed = seal_to(&network.to_public(), &self.snapshot_bytes()?)?;
        write_whole(&Folder::at(&root).desk(&own).join("snapshot.age"), &sealed)
    }

    /// Sync through the folder (`sync`, *Sync now*, and when the folder changes): this desk's
    /// new entries go out, the other desks' come in and are applied.
    pub fn sync_folder(&mut self) -> Result<SyncReport> {
        self.sync_folder_with(&mut |_, _| {})
    }

    /// [`Store::sync_folder`], telling `progress` how many entries of other desks were applied
    /// of how many came in.
    pub fn sync_folder_with(&mut self, progress: &mut dyn FnMut(i64, i64)) -> Result<SyncReport> {
        let root = self.folder_root()?.ok_or_else(|| Error::new(ErrorCode::NotAllowed, said!("said-team-no-folder-share-first")))?;
        if !root.is_dir() {
            return Err(Error::new(ErrorCode::Io, said!("said-team-folder-gone", path = root.display().to_string())));
        }
        let state: String = self.conn().query_row("SELECT state FROM desk_self", [], |r| r.get(0))?;
        if state == "pending" {
            return Err(Error::new(ErrorCode::NotAllowed, said!("said-team-desk-pending")));
        }
        let folder = Folder::at(&root);
        self.refresh_keyring(&folder)?;
        let keys = self.network_keyring()?;
        if keys.is_empty() {
            return Err(Error::new(ErrorCode::NotAllowed, said!("said-team-no-network-key")));
        }
        let mut report = SyncReport { sent: self.export_log()?, ..SyncReport::default() };
        let (own, _) = self.desk_key()?;
        let have = self.log_vector()?;
        let mut wires = Vec::new();
        for desk in folder.desk_ids().into_iter().filter(|d| *d != own) {
            let held = have.get(&desk).copied().unwrap_or(0);
            for (_, last, path) in folder.segments(&desk).into_iter().filter(|(_, last, _)| *last > held) {
                let _ = last;
                let bytes = match std::fs::File::open(&path).and_then(|mut f| {
                    let mut b = Vec::new();
                    f.read_to_end(&mut b).map(|_| b)
                }) {
                    Ok(b) => b,
                    Err(_) => {
                        report.unreadable.push(path.display().to_string());
                        continue;
                    }
                };
                match open_with_any(&keys, &bytes) {
                    Ok(plain) => {
                        for line in plain.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
                            if let Ok(w) = serde_json::from_slice::<Wire>(line) {
                                if w.desk_id == desk && w.seq > held {
                                    wires.push(w);
                                }
                            }
                        }
                    }
                    // Cut short by a sync tool still uploading it, or not for this network:
                    // read again at the next sync.
                    Err(_) => report.unreadable.push(path.display().to_string()),
                }
            }
        }
        let before = self.log_vector()?;
        report.received = self.receive_with(&wires, progress)?;
        let after = self.log_vector()?;
        for (desk, seq) in &after {
            let gained = seq - before.get(desk).copied().unwrap_or(0);
            if gained > 0 && *desk != own {
                let person: String = self.conn().query_row("SELECT coalesce((SELECT person_name FROM team_desks WHERE desk_id = ?1), ?1)", [desk], |r| r.get(0))?;
                report.from.push((person, gained));
            }
        }
        self.write_status()?;
        let snapshot = folder.desk(&own).join("snapshot.age");
        let stale = std::fs::metadata(&snapshot).and_then(|m| m.modified()).map(|t| t.elapsed().map(|e| e.as_secs() > 24 * 3600).unwrap_or(true)).unwrap_or(true);
        if stale {
            self.write_snapshot()?;
        }
        Ok(report)
    }

    /// The team as this desk sees it: its desks, what waits to go out and to come in, the
    /// requests to join, and the clashes.
    pub fn team_status(&self) -> Result<TeamStatus> {
        self.seal()?;
        let (own, key) = self.desk_key()?;
        let (state, exported): (String, i64) = self.conn().query_row("SELECT state, exported_seq FROM desk_self", [], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let root = self.folder_root()?;
        let folder = root.as_ref().map(|r| Folder::at(r));
        let mut desks = Vec::new();
        {
            let mut stmt = self.conn().prepare(
                "SELECT d.desk_id, d.number, d.person_name, d.state, (SELECT count(*) FROM team_log l WHERE l.desk_id = d.desk_id AND l.state = 'applied') FROM team_desks d ORDER BY d.number",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?;
            for row in rows {
                let (desk_id, number, person_name, state, entries_here) = row?;
                let synced_at = folder.as_ref().and_then(|f| f.status(&desk_id)).map(|s| s.synced_at);
                desks.push(DeskRow { own: desk_id == own, desk_id, number, person_name, state, entries_here, synced_at });
            }
        }
        let last: i64 = self.conn().query_row("SELECT coalesce(max(seq), 0) FROM team_log WHERE desk_id = ?1", [&own], |r| r.get(0))?;
        // By desk and reason: "update Mobility Desk to read 3 changes from Ben Laptop (…)".
        // Grouped by the name the desk goes by (its person's, else "desk ID"); the person's name,
        // if any, and the desk's id are read apart, for the message to name the desk itself.
        let groups: Vec<(Option<String>, String, Phrase, i64)> = self
            .conn()
            .prepare(
                "SELECT nullif(d.person_name, ''), l.desk_id, l.reason, count(*), l.reason_said FROM team_log l LEFT JOIN team_desks d ON d.desk_id = l.desk_id
                  WHERE l.state = 'waiting' GROUP BY coalesce(nullif(d.person_name, ''), 'desk ' || l.desk_id), l.reason ORDER BY min(l.hlc) LIMIT 5",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, Phrase::stored(r.get(2)?, &r.get::<_, String>(4)?), r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let waiting_reasons: Vec<Phrase> = groups
            .into_iter()
            .map(|(person, desk, reason, n)| {
                // `named`: whether the desk goes by its person's name (`who`) or by its id (`desk`).
                let (named, who) = match person {
                    Some(name) => ("yes", name),
                    None => ("no", String::new()),
                };
                // The log keeps why an entry waits as English text (see `merge::receive`).
                match reason.strip_prefix("written by a newer version of Mobility Desk (").and_then(|r| r.split_once(')')) {
                    Some((version, _)) => phrase!(
                        "said-team-waiting-newer",
                        count = n,
                        named = named,
                        who = who,
                        desk = desk,
                        version = version.strip_prefix("data version ").unwrap_or(version)
                    ),
                    None if reason.is_empty() => phrase!("said-team-waiting-not-applied", count = n, named = named, who = who, desk = desk),
                    None => phrase!("said-team-waiting-because", count = n, named = named, who = who, desk = desk, reason = &reason),
                }
            })
            .collect();
        let waiting: i64 = self.conn().query_row("SELECT count(*) FROM team_log WHERE state = 'waiting'", [], |r| r.get(0))?;
        let requests = match &folder {
            Some(f) if state == "member" => {
                let known: Vec<String> = self.conn().prepare("SELECT desk_id FROM team_desks")?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
                f.desk_ids().into_iter().filter(|d| !known.contains(d)).filter_map(|d| f.card(&d)).collect()
            }
            _ => Vec::new(),
        };
        let clashes: i64 = self.conn().query_row("SELECT count(*) FROM team_heads WHERE since IS NOT NULL", [], |r| r.get(0))?;
        Ok(TeamStatus {
            state,
            folder: root.map(|r| r.display().to_string()),
            fingerprint: super::log::fingerprint(&key.verifying_key()),
            desks,
            outgoing: if folder.is_some() { last - exported } else { 0 },
            waiting,
            waiting_reasons,
            requests,
            clashes,
        })
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Mark a database image as in rollback-journal mode (bytes 18 and 19 of its header): an image
/// copied from a file in WAL mode cannot be opened in memory otherwise.
fn rollback_mode(image: &mut [u8]) {
    if image.len() > 19 && image.starts_with(b"SQLite format 3\0") {
        image[18] = 1;
        image[19] = 1;
    }
}

/// For a desk waiting to join (its data file closed): once a desk of the team approved it, take
/// the network's key, start from the newest snapshot in the folder (this desk's key and person
/// kept), and answer true; false while no desk has approved it yet.
pub fn finish_join(data_file: &Path, key: Option<&Passphrase>) -> Result<bool> {
    finish_join_with(data_file, key, &mut |_| {})
}

/// Where a first join is: reading the team's snapshot (its size in bytes), writing it into
/// this desk's data file, applying the changes made since (entries applied of how many).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum JoinStage {
    Reading,
    Writing,
    Applying,
}

/// A step of a first join, for the window's progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct JoinProgress {
    pub stage: JoinStage,
    #[ts(type = "number")]
    pub done: i64,
    #[ts(type = "number")]
    pub total: i64,
}

/// [`finish_join`], telling `progress` each step.
pub fn finish_join_with(data_file: &Path, key: Option<&Passphrase>, progress: &mut dyn FnMut(JoinProgress)) -> Result<bool> {
    let (desk_id, own_identity, root, desk_row) = {
        let store = Store::open_keyed(data_file, key)?;
        let (state, folder, identity): (String, String, String) =
            store.conn().query_row("SELECT state, folder, age_identity FROM desk_self", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        if state != "pending" {
            return Ok(state == "member");
        }
        let row: Vec<(String, rusqlite::types::Value)> = {
            let mut stmt = store.conn().prepare("SELECT * FROM desk_self")?;
            let names: Vec<String> = stmt.column_names().into_iter().map(str::to_string).collect();
            stmt.query_row([], |r| names.iter().enumerate().map(|(i, n)| Ok((n.clone(), r.get::<_, rusqlite::types::Value>(i)?))).collect::<rusqlite::Result<Vec<_>>>())?
        };
        (store.desk_key()?.0, identity, PathBuf::from(folder), row)
    };
    let folder = Folder::at(&root);
    if !root.is_dir() {
        return Err(Error::new(ErrorCode::Io, said!("said-team-folder-gone-join", path = root.display().to_string())));
    }
    let own_identity = identity(&own_identity)?;
    // The network's key, sealed to this desk by the desk that approved it.
    let network = folder.desk_ids().into_iter().find_map(|d| {
        let bytes = std::fs::read(folder.desk(&d).join("keys").join(format!("{desk_id}.age"))).ok()?;
        String::from_utf8(open_with(&own_identity, &bytes).ok()?).ok()
    });
    let Some(network) = network else { return Ok(false) };
    let keys = keyring(&network)?;
    // The newest snapshot this version can read.
    let mut best: Option<(i64, Vec<u8>)> = None;
    let mut newer = None;
    let sizes: i64 = folder.desk_ids().iter().filter_map(|d| std::fs::metadata(folder.desk(d).join("snapshot.age")).ok()).map(|m| m.len() as i64).sum();
    let mut read = 0;
    progress(JoinProgress { stage: JoinStage::Reading, done: 0, total: sizes });
    for d in folder.desk_ids() {
        let Ok(bytes) = std::fs::read(folder.desk(&d).join("snapshot.age")) else { continue };
        read += bytes.len() as i64;
        progress(JoinProgress { stage: JoinStage::Reading, done: read.min(sizes), total: sizes });
        let Ok(plain) = open_with_any(&keys, &bytes) else { continue };
        let Some(split) = plain.iter().position(|b| *b == b'\n') else { continue };
        let Ok(header) = serde_json::from_slice::<serde_json::Value>(&plain[..split]) else { continue };
        let schema = header.get("schema").and_then(|v| v.as_i64()).unwrap_or(0);
        if schema > latest_schema_version() {
            newer = Some(schema);
            continue;
        }
        let weight: i64 = header.get("vector").and_then(|v| v.as_object()).map(|m| m.values().filter_map(|v| v.as_i64()).sum()).unwrap_or(0);
        if best.as_ref().is_none_or(|(w, _)| weight > *w) {
            best = Some((weight, plain[split + 1..].to_vec()));
        }
    }
    let Some((_, image)) = best else {
        return Err(match newer {
            Some(v) => Error::new(ErrorCode::NewerSchema, said!("said-team-snapshot-newer", version = v)),
            None => Error::new(ErrorCode::NotFound, said!("said-team-no-snapshot")),
        });
    };
    // The snapshot becomes this desk's data file; this desk's own row goes in first.
    progress(JoinProgress { stage: JoinStage::Writing, done: 0, total: 1 });
    let joining = data_file.with_extension("joining");
    let _ = std::fs::remove_file(&joining);
    {
        let mut memory = Connection::open_in_memory()?;
        let mut image = image;
        rollback_mode(&mut image);
        memory.deserialize_read_exact(MAIN_DB, image.as_slice(), image.len(), false)?;
        let names: Vec<&str> = desk_row.iter().map(|(n, _)| n.as_str()).collect();
        let sql = format!("INSERT INTO desk_self ({}) VALUES ({})", names.join(", "), (1..=names.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", "));
        memory.execute(&sql, rusqlite::params_from_iter(desk_row.iter().map(|(_, v)| v.clone())))?;
        memory.execute("UPDATE desk_self SET network_key = ?1, exported_seq = 0", [network])?;
        // Approved already in the snapshot: the desk takes its number now.
        memory.execute(
            "UPDATE desk_self SET number = d.number, stride = 100, state = 'member' FROM (SELECT number FROM team_desks WHERE desk_id = ?1 AND state = 'active') AS d",
            [&desk_id],
        )?;
        // Written protected from the first page when this desk's file is (never in plain on
        // the disk).
        crate::platform::protection::export_into(&memory, &joining, key)?;
    }
    crate::platform::files::make_private(&joining)?;
    for side in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{side}", data_file.display()));
    }
    std::fs::rename(&joining, data_file).map_err(|e| io(said!("said-team-data-not-placed"), data_file, e))?;
    let mut store = Store::open_keyed(data_file, key)?;
    store.conn().execute("UPDATE desk_self SET folder = ?1", [root.display().to_string()])?;
    progress(JoinProgress { stage: JoinStage::Writing, done: 1, total: 1 });
    store.sync_folder_after_join(&mut |done, total| progress(JoinProgress { stage: JoinStage::Applying, done, total }))?;
    Ok(true)
}

impl Store {
    /// The first sync of a desk that has just joined: the entries written after the snapshot.
    fn sync_folder_after_join(&mut self, progress: &mut dyn FnMut(i64, i64)) -> Result<()> {
        let state: String = self.conn().query_row("SELECT state FROM desk_self", [], |r| r.get(0))?;
        if state == "pending" {
            // The approval is in the log after the snapshot: read it with the network's key.
            self.conn().execute("UPDATE desk_self SET state = 'member'", [])?;
            let result = self.sync_folder_with(progress);
            let approved: bool = self.conn().query_row("SELECT EXISTS (SELECT 1 FROM team_desks d, desk_self s WHERE d.desk_id = s.desk_id)", [], |r| r.get(0))?;
            if !approved {
                self.conn().execute("UPDATE desk_self SET state = 'pending'", [])?;
            }
            result.map(|_| ())
        } else {
            self.sync_folder_with(progress).map(|_| ())
        }
    }
}
