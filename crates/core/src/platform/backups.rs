//! Backups of the data file: taken on request, once a day by the window, and before every
//! upgrade; kept by the network's policy; put back in place by a restore that keeps the file
//! it replaces aside.
//!
//! A backup is an SQLite copy of the data file in `backups/` beside it, named
//! `<stem>-v<data version>-<UTC time>.sqlite3`. A restore never overwrites anything: the file
//! it replaces (with its `-wal`) goes to `backups/set-aside/`, which no policy prunes.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};
use ts_rs::TS;

use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::files;
use crate::platform::protection::{self, apply_key, Passphrase};
use crate::platform::said::Said;
use crate::platform::store::Store;
use crate::said;

pub const BACKUPS_DIR: &str = "backups";
pub const SET_ASIDE_DIR: &str = "set-aside";

const STAMP: &[time::format_description::FormatItem<'static>] = time::macros::format_description!("[year][month][day]T[hour][minute][second]Z");
const SHOWN: &[time::format_description::FormatItem<'static>] = time::macros::format_description!("[day padding:none] [month repr:short] [year], [hour]:[minute] UTC");

/// How many backups are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupPolicy {
    /// The newest backups kept, whatever their age (1 to 1,000).
    pub keep_last: u32,
    /// Besides those, the newest backup of each of this many calendar months, this one
    /// included (0 to 120).
    pub monthly: u32,
}

impl Default for BackupPolicy {
    fn default() -> Self {
        BackupPolicy { keep_last: 10, monthly: 12 }
    }
}

impl BackupPolicy {
    pub fn validate(self) -> Result<BackupPolicy> {
        let mut errors = Vec::new();
        if !(1..=1000).contains(&self.keep_last) {
            errors.push(FieldError::new("keep_last", said!("said-platform-backups-keep-last")));
        }
        if self.monthly > 120 {
            errors.push(FieldError::new("monthly", said!("said-platform-backups-monthly")));
        }
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(Error::validation(errors))
        }
    }
}

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BackupFile {
    /// The file's name inside `backups/`: how the window and the command line name it.
    pub name: String,
    pub path: String,
    /// When it was taken, e.g. "5 Dec 2026, 07:06 UTC".
    pub taken: String,
    /// Seconds since 1970 (UTC), for sorting.
    #[ts(type = "number")]
    pub taken_unix: i64,
    #[ts(type = "number")]
    pub bytes: u64,
    /// The data version of the app that wrote it.
    pub data_version: u32,
}

/// The backups of a data file, the policy and where they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BackupsOverview {
    pub folder: String,
    pub policy: BackupPolicy,
    /// Newest first.
    pub backups: Vec<BackupFile>,
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Restored {
    pub from: BackupFile,
    /// Where the file it replaced was kept (none when there was no file).
    pub set_aside: Option<String>,
}

pub fn folder_of(data_file: &Path) -> PathBuf {
    data_file.parent().unwrap_or(Path::new(".")).join(BACKUPS_DIR)
}

fn stem_of(data_file: &Path) -> &str {
    data_file.file_stem().and_then(|s| s.to_str()).unwrap_or("mobility-desk")
}

/// `dir/<name>.sqlite3`, or `dir/<name>-n.sqlite3` past every copy of that second already in
/// the folder: two copies in one second never overwrite each other, and a later copy always
/// has the higher number (even once an earlier one was pruned).
fn free_path(dir: &Path, name: &str) -> PathBuf {
    let taken: Vec<u32> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let file = e.file_name().to_string_lossy().into_owned();
            let rest = file.strip_prefix(name)?;
            (rest == ".sqlite3" || rest.starts_with('-')).then(|| copy_number(&file))
        })
        .collect();
    match taken.iter().max() {
        None => dir.join(format!("{name}.sqlite3")),
        Some(last) => dir.join(format!("{name}-{}.sqlite3", last + 1)),
    }
}

/// Read a backup's name: `<stem>-v<version>-<stamp>[-n].sqlite3`.
fn parse_name(stem: &str, name: &str) -> Option<(u32, OffsetDateTime)> {
    let rest = name.strip_prefix(stem)?.strip_prefix("-v")?.strip_suffix(".sqlite3")?;
    let (version, stamp) = rest.split_once('-')?;
    let version = version.parse().ok()?;
    let stamp = stamp.get(..16)?;
    let at = time::PrimitiveDateTime::parse(stamp, STAMP).ok()?.assume_utc();
    Some((version, at))
}

fn describe(path: &Path, version: u32, at: OffsetDateTime) -> BackupFile {
    BackupFile {
        name: path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        path: path.display().to_string(),
        taken: at.format(SHOWN).unwrap_or_default(),
        taken_unix: at.unix_timestamp(),
        bytes: std::fs::metadata(path).map(|m| m.len()).unwrap_or(0),
        data_version: version,
    }
}

/// Which copy of its second a backup is: 1, or n of its `-n` suffix (see [`free_path`]).
fn copy_number(name: &str) -> u32 {
    let rest = name.strip_suffix(".sqlite3").unwrap_or(name);
    // After the stamp (`…T070600Z`), a copy made in the same second carries `-n`.
    rest.rsplit_once("Z-").and_then(|(_, n)| n.parse().ok()).unwrap_or(1)
}

/// The backups of `data_file`, newest first.
pub fn list(data_file: &Path) -> Vec<BackupFile> {
    let stem = stem_of(data_file);
    let mut out: Vec<BackupFile> = std::fs::read_dir(folder_of(data_file))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            parse_name(stem, &name).map(|(v, at)| describe(&e.path(), v, at))
        })
        .collect();
    // Two copies made in one second: the later copy (`-2`) first.
    out.sort_by(|a, b| b.taken_unix.cmp(&a.taken_unix).then(copy_number(&b.name).cmp(&copy_number(&a.name))).then(b.name.cmp(&a.name)));
    out
}

/// The files a restore set aside (in `backups/set-aside/`), by path.
pub(crate) fn set_aside(data_file: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(folder_of(data_file).join(SET_ASIDE_DIR))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "sqlite3"))
        .collect();
    out.sort();
    out
}

pub fn newest(data_file: &Path) -> Option<BackupFile> {
    list(data_file).into_iter().next()
}

/// Copy the database `from` (a connection on `data_file`) into a new backup, written whole.
/// A backup of a protected file is protected by the same passphrase (`key`).
pub(crate) fn take(from: &Connection, data_file: &Path, version: i64, key: Option<&Passphrase>) -> Result<BackupFile> {
    let dir = folder_of(data_file);
    files::create_private_dir(&dir)?;
    let now = OffsetDateTime::now_utc().replace_nanosecond(0).unwrap_or_else(|_| OffsetDateTime::now_utc());
    let stamp = now.format(STAMP).unwrap_or_else(|_| "19700101T000000Z".into());
    let target = free_path(&dir, &format!("{}-v{version}-{stamp}", stem_of(data_file)));
    let failed = |e: Error| Error::new(e.code, said!("said-platform-backup-not-written-in", folder = dir.display().to_string(), error = e.message));
    let (tmp, note) = files::temp_in(&dir).map_err(|e| Error::io_said(said!("said-platform-backup-not-written-in", folder = dir.display().to_string()), e))?;
    {
        let mut dst = Connection::open(tmp.path()).map_err(|e| failed(e.into()))?;
        // The copy's key is set before its first page is written.
        apply_key(&dst, key).map_err(failed)?;
        let copy = rusqlite::backup::Backup::new(from, &mut dst).map_err(|e| failed(e.into()))?;
        copy.run_to_completion(1024, std::time::Duration::from_millis(0), None).map_err(|e| failed(e.into()))?;
    }
    tmp.as_file().sync_all().map_err(|e| Error::io_said(said!("said-platform-backup-not-written"), e))?;
    tmp.persist(&target).map_err(|e| Error::io_said(said!("said-platform-backup-not-written"), e.error))?;
    drop(note);
    files::make_private(&target)?;
    Ok(describe(&target, version as u32, now))
}

/// Remove the backups the policy does not keep; returns the removed files.
pub fn prune(data_file: &Path, policy: BackupPolicy, now: OffsetDateTime) -> Vec<PathBuf> {
    let all = list(data_file);
    let mut keep = vec![false; all.len()];
    for k in keep.iter_mut().take(policy.keep_last.max(1) as usize) {
        *k = true;
    }
    let month_index = |t: OffsetDateTime| t.year() as i64 * 12 + t.month() as i64 - 1;
    let this_month = month_index(now);
    let mut months_seen = std::collections::BTreeSet::new();
    for (i, b) in all.iter().enumerate() {
        let Ok(at) = OffsetDateTime::from_unix_timestamp(b.taken_unix) else { continue };
        let m = month_index(at);
        // Newest first: the first backup met in a month is that month's newest.
        if this_month - m < policy.monthly as i64 && months_seen.insert(m) {
            keep[i] = true;
        }
    }
    all.iter()
        .zip(keep)
        .filter(|(_, k)| !k)
        .filter_map(|(b, _)| std::fs::remove_file(&b.path).ok().map(|_| PathBuf::from(&b.path)))
        .collect()
}

/// Check that `path` is a sound Mobility Desk data file this version can open.
fn verify(path: &Path, key: Option<&Passphrase>) -> Result<u32> {
    // What is wrong with the backup: one message each.
    let bad = |message: Said| Error::new(ErrorCode::Damaged, message.with("path", path.display().to_string()));
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|_| bad(said!("said-platform-backup-unopenable")))?;
    apply_key(&conn, key)?;
    let problems = crate::platform::store::quick_check(&conn).map_err(|e| {
        if key.is_some() && e.code == ErrorCode::NotADatabase {
            Error::new(ErrorCode::Locked, said!("said-platform-backup-other-passphrase", path = path.display().to_string()))
        } else {
            bad(said!("said-platform-backup-damaged"))
        }
    })?;
    if !problems.is_empty() {
        return Err(bad(said!("said-platform-backup-damaged")));
    }
    let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0)).map_err(|_| bad(said!("said-platform-backup-unreadable")))?;
    let hubs: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'hubs'", [], |r| r.get(0))
        .map_err(|_| bad(said!("said-platform-backup-unreadable")))?;
    if (app_id != 0 && app_id != crate::platform::store::APPLICATION_ID) || hubs == 0 {
        return Err(bad(said!("said-platform-backup-foreign")));
    }
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(|_| bad(said!("said-platform-backup-unreadable")))?;
    if version > crate::platform::store::latest_schema_version() {
        return Err(bad(said!("said-platform-backup-newer")));
    }
    Ok(version as u32)
}

/// Put the backup `name` (a file of `backups/`) in place of `data_file`, which must not be
/// open. The file it replaces, with its `-wal` and `-shm`, is moved to `backups/set-aside/`;
/// the backup itself stays where it is. The backup is checked first: nothing moves unless it
/// is a sound data file this version can open.
///
/// `key` is the data file's passphrase (none for a plain file): the restored file gets the
/// same protection as the one it replaces, whatever the backup's (a backup taken before the
/// file was protected is protected as it is put in place). A protected data file cannot be
/// replaced without its passphrase.
pub fn restore(data_file: &Path, name: &str, key: Option<&Passphrase>) -> Result<Restored> {
    let from = list(data_file)
        .into_iter()
        .find(|b| b.name == name)
        .ok_or_else(|| Error::not_found(said!("said-platform-backup-unknown", name = name, folder = folder_of(data_file).display().to_string())))?;
    // Nothing else has the file open from here on.
    let _only_user = files::UseLock::exclusive(data_file)?;
    if key.is_none() && protection::is_protected_file(data_file) {
        return Err(protection::locked(data_file, false));
    }
    let backup_key = if protection::is_protected_file(Path::new(&from.path)) {
        Some(key.ok_or_else(|| {
            Error::new(ErrorCode::Locked, said!("said-platform-backup-needs-passphrase", name = name))
        })?)
    } else {
        None
    };
    verify(Path::new(&from.path), backup_key)?;
    let folder = data_file.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    // The copy is made whole beside the data file before anything is moved.
    let (tmp, note) = files::temp_in(folder).map_err(|e| Error::io_said(said!("said-platform-backup-not-copied-into", folder = folder.display().to_string()), e))?;
    if backup_key == key {
        std::fs::copy(&from.path, tmp.path()).map_err(|e| Error::io_said(said!("said-platform-backup-not-copied"), e))?;
    } else {
        protection::copy_converted(Path::new(&from.path), backup_key, tmp.path(), key)?;
    }
    tmp.as_file().sync_all().map_err(|e| Error::io_said(said!("said-platform-backup-not-copied"), e))?;
    let set_aside = if data_file.exists() {
        let dir = folder_of(data_file).join(SET_ASIDE_DIR);
        files::create_private_dir(&dir)?;
        let stamp = OffsetDateTime::now_utc().format(STAMP).unwrap_or_default();
        let aside = free_path(&dir, &format!("{}-replaced-{stamp}", stem_of(data_file)));
        let moved = |e| Error::io_said(said!("said-platform-file-not-moved-aside", path = data_file.display().to_string()), e);
        std::fs::rename(data_file, &aside).map_err(moved)?;
        for suffix in ["-wal", "-shm"] {
            let side = PathBuf::from(format!("{}{suffix}", data_file.display()));
            if side.exists() {
                std::fs::rename(&side, format!("{}{suffix}", aside.display())).map_err(moved)?;
            }
        }
        Some(aside.display().to_string())
    } else {
        None
    };
    tmp.persist(data_file).map_err(|e| Error::io_said(said!("said-platform-backup-not-placed", path = data_file.display().to_string()), e.error))?;
    drop(note);
    files::make_private(data_file)?;
    Ok(Restored { from, set_aside })
}

/// Take a backup of `data_file` if its newest is over a day old and the file changed since:
/// the window calls this at start, on its own read connection, so it never waits for work in
/// progress. Returns the backup taken, if one was.
pub fn take_if_due(data_file: &Path, policy: BackupPolicy, key: Option<&Passphrase>) -> Result<Option<BackupFile>> {
    let now = OffsetDateTime::now_utc();
    if let Some(last) = newest(data_file) {
        let changed = [data_file.to_path_buf(), PathBuf::from(format!("{}-wal", data_file.display()))]
            .iter()
            .filter_map(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
            .map(|t| OffsetDateTime::from(t).unix_timestamp())
            .max()
            .unwrap_or(i64::MAX);
        if now.unix_timestamp() - last.taken_unix < Duration::hours(20).whole_seconds() || changed <= last.taken_unix {
            return Ok(None);
        }
    }
    let conn = Connection::open_with_flags(data_file, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    apply_key(&conn, key)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let taken = take(&conn, data_file, version, key)?;
    prune(data_file, policy, now);
    Ok(Some(taken))
}

impl Store {
    pub fn backup_policy(&self) -> Result<BackupPolicy> {
        Ok(self.conn().query_row("SELECT backup_keep_last, backup_monthly FROM settings WHERE id = 1", [], |r| {
            Ok(BackupPolicy { keep_last: r.get(0)?, monthly: r.get(1)? })
        })?)
    }

    /// Save the policy and prune the backups it no longer keeps.
    pub fn set_backup_policy(&mut self, policy: BackupPolicy) -> Result<BackupsOverview> {
        let policy = policy.validate()?;
        self.conn().execute("UPDATE settings SET backup_keep_last = ?1, backup_monthly = ?2 WHERE id = 1", [policy.keep_last, policy.monthly])?;
        if let Some(path) = self.path() {
            prune(path, policy, OffsetDateTime::now_utc());
        }
        self.backups_overview()
    }

    fn file_path(&self) -> Result<&Path> {
        self.path().ok_or_else(|| Error::new(ErrorCode::NotAllowed, said!("said-platform-backups-in-memory")))
    }

    pub fn backups_overview(&self) -> Result<BackupsOverview> {
        let path = self.file_path()?;
        Ok(BackupsOverview { folder: folder_of(path).display().to_string(), policy: self.backup_policy()?, backups: list(path) })
    }

    /// Take a backup now, then prune by the policy (the new backup is always kept).
    pub fn back_up_now(&self) -> Result<BackupFile> {
        let path = self.file_path()?.to_path_buf();
        // The last action's changes go into the log first, so the backup holds them sealed.
        self.seal()?;
        let taken = take(self.conn(), &path, self.schema_version()?, self.key())?;
        prune(&path, self.backup_policy()?, OffsetDateTime::now_utc());
        Ok(taken)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_read_back() {
        let (v, at) = parse_name("mobility-desk", "mobility-desk-v16-20261205T070600Z.sqlite3").unwrap();
        assert_eq!((v, at.unix_timestamp()), (16, 1_796_454_360));
        assert!(parse_name("mobility-desk", "mobility-desk-v16-20261205T070600Z-2.sqlite3").is_some());
        assert!(parse_name("mobility-desk", "notes.txt").is_none());
        assert!(parse_name("mobility-desk", "mobility-desk-replaced-20261205T070600Z.sqlite3").is_none());
        // Two copies of one second: the one made later is the newer.
        assert_eq!((copy_number("mobility-desk-v16-20261205T070600Z.sqlite3"), copy_number("mobility-desk-v16-20261205T070600Z-3.sqlite3")), (1, 3));
    }
}
