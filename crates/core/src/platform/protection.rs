//! Protection at rest: a data file, and the backups beside it, encrypted with a passphrase.
//!
//! SQLCipher (SQLite with page-level AES-256 and an HMAC on every page, built in through
//! rusqlite's `bundled-sqlcipher-vendored-openssl`) encrypts the file; the key is derived from
//! the passphrase by SQLCipher's PBKDF2-HMAC-SHA512 with a random salt kept in the file's
//! first 16 bytes. The app never stores the passphrase: it is asked for when the window
//! opens a protected file (`MOBILITY_DESK_PASSPHRASE` on the command line) and held in
//! memory while the file is open.
//!
//! Turning protection on or off, or changing the passphrase, never rewrites the file in
//! place: a converted copy is written beside it, checked (SQLite's quick check, and a digest
//! of every row of every table equal to the original's), flushed, and renamed over it. The
//! backups are converted the same way, and the copies of letters written for the PDF viewer
//! are removed, so a lost laptop gives away nothing.

use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::files;
use crate::said;

/// The shortest passphrase accepted for a new protection.
pub const MIN_LENGTH: usize = 10;

/// The environment variable the command line reads a protected file's passphrase from.
pub const PASSPHRASE_ENV: &str = "MOBILITY_DESK_PASSPHRASE";

/// SQLCipher's page size: a protected file is a whole number of these pages.
const PAGE: u64 = 4096;

/// A data file's passphrase, held in memory while the file is open; never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Passphrase(String);

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

impl Passphrase {
    /// `None` for an empty text: an empty passphrase protects nothing.
    pub fn new(text: impl Into<String>) -> Option<Passphrase> {
        let text = text.into();
        if text.is_empty() { None } else { Some(Passphrase(text)) }
    }

    /// The passphrase of `MOBILITY_DESK_PASSPHRASE`, if set.
    pub fn from_env() -> Option<Passphrase> {
        std::env::var(PASSPHRASE_ENV).ok().and_then(Passphrase::new)
    }

    fn text(&self) -> &str {
        &self.0
    }
}

/// Give a new connection the key of its file. It must come before anything else reads the
/// file; `None` leaves a plain file plain.
pub(crate) fn apply_key(conn: &Connection, key: Option<&Passphrase>) -> Result<()> {
    if let Some(key) = key {
        // SQLCipher writes its warnings to stderr ("hmac check failed" for a wrong passphrase):
        // the app says what went wrong in its own words instead. (A setting of the process.)
        conn.pragma_update_and_check(None, "cipher_log_level", "NONE", |r| r.get::<_, String>(0))?;
        conn.pragma_update(None, "key", key.text())?;
    }
    Ok(())
}

/// Whether the file at `path` is a protected data file, as far as can be told without its
/// key: not an SQLite file in plain, and whole pages of SQLCipher's size (the first 16 bytes
/// are the random salt). Anything else that is not SQLite is refused as a foreign file.
///
/// Never ask this of a file this process has open in SQLite: closing the handle it reads
/// with would drop the locks SQLite holds on the file (POSIX locks belong to the process).
pub fn is_protected_file(path: &Path) -> bool {
    let Ok(mut file) = std::fs::File::open(path) else { return false };
    let Ok(len) = file.metadata().map(|m| m.len()) else { return false };
    let mut head = [0u8; 16];
    if len < PAGE || len % PAGE != 0 || file.read_exact(&mut head).is_err() {
        return false;
    }
    &head != b"SQLite format 3\0"
}

/// The error for a protected file opened without its passphrase, or with a wrong one.
pub(crate) fn locked(path: &Path, tried: bool) -> Error {
    let path = path.display().to_string();
    let message = if tried { said!("said-platform-passphrase-does-not-open", path = path) } else { said!("said-platform-passphrase-needed", path = path) };
    Error::new(ErrorCode::Locked, message)
}

/// What a person asks for in Settings → Protection (or on the command line): protect the
/// file (`new` and `repeat`), change its passphrase (`current`, `new`, `repeat`) or remove
/// the protection (`current` only).
#[derive(Debug, Clone, Default, Deserialize, TS)]
pub struct ProtectionRequest {
    /// The file's passphrase now (for a protected file).
    pub current: Option<String>,
    /// The passphrase to protect it with; none to remove the protection.
    pub new: Option<String>,
    /// `new` typed again.
    pub repeat: Option<String>,
}

/// What a change of protection did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ProtectionChange {
    /// Whether the data file is protected now.
    pub protected: bool,
    /// The backups (and files set aside by restores) converted with it.
    pub backups_converted: u32,
    /// Backups and set-aside files left as they were, by name: protected by another
    /// passphrase (an earlier one), or unreadable (a damaged file set aside).
    pub backups_left: Vec<String>,
    /// Copies of letters (written for the PDF viewer) removed.
    pub copies_removed: u32,
}

/// The passphrase the file has now and the one it is to have, from a request checked
/// against `held` (the passphrase the file was opened with, `None` for a plain file).
pub fn plan(held: Option<&Passphrase>, request: &ProtectionRequest) -> Result<(Option<Passphrase>, Option<Passphrase>)> {
    let mut errors = Vec::new();
    if let Some(held) = held {
        match request.current.as_deref() {
            None | Some("") => errors.push(FieldError::new("current", said!("said-platform-passphrase-current-missing"))),
            Some(current) if current != held.text() => errors.push(FieldError::new("current", said!("said-platform-passphrase-current-wrong"))),
            Some(_) => {}
        }
    }
    let new = request.new.clone().and_then(Passphrase::new);
    match (&new, held) {
        (None, None) => errors.push(FieldError::new("new", said!("said-platform-passphrase-new-missing"))),
        (None, Some(_)) => {}
        (Some(new), _) => {
            if new.text().chars().count() < MIN_LENGTH {
                errors.push(FieldError::new("new", said!("said-platform-passphrase-short", least = MIN_LENGTH)));
            } else if new.text().trim() != new.text() {
                errors.push(FieldError::new("new", said!("said-platform-passphrase-spaces")));
            } else if held.is_some_and(|h| h == new) {
                errors.push(FieldError::new("new", said!("said-platform-passphrase-unchanged")));
            }
            if request.repeat.as_deref() != Some(new.text()) {
                errors.push(FieldError::new("repeat", said!("said-platform-passphrase-repeat-differs")));
            }
        }
    }
    if !errors.is_empty() {
        return Err(Error::validation(errors));
    }
    Ok((held.cloned(), new))
}

/// Convert the data file at `data_file` from protection `from` to `to` (either may be none),
/// with its backups, and remove the copies of letters when it becomes protected. The file
/// must not be open (an exclusive lock is taken); nothing changes unless the converted copy
/// is checked sound and equal to the original.
pub fn convert(data_file: &Path, from: Option<&Passphrase>, to: Option<&Passphrase>) -> Result<ProtectionChange> {
    let _only_user = files::UseLock::exclusive(data_file).map_err(|e| {
        if e.code == ErrorCode::NotAllowed {
            Error::new(ErrorCode::NotAllowed, said!("said-platform-in-use-protection", path = data_file.display().to_string()))
        } else {
            e
        }
    })?;
    let folder = data_file.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    replace_converted(data_file, folder, from, to)?;
    let mut change = ProtectionChange { protected: to.is_some(), backups_converted: 0, backups_left: Vec::new(), copies_removed: 0 };
    convert_copies(data_file, from, to, &mut change);
    if to.is_some() {
        change.copies_removed = files::remove_older_than(&folder.join(crate::platform::paths::LETTER_COPIES_DIR), std::time::Duration::ZERO) as u32;
    }
    Ok(change)
}

/// Convert the backups of `data_file`, and the files restores set aside (each a whole copy of
/// the data), from `from` to `to`; a plain one is converted from plain.
fn convert_copies(data_file: &Path, from: Option<&Passphrase>, to: Option<&Passphrase>, change: &mut ProtectionChange) {
    let backups = crate::platform::backups::list(data_file).into_iter().map(|b| PathBuf::from(b.path));
    for path in backups.chain(crate::platform::backups::set_aside(data_file)) {
        let has = match (is_protected_file(&path), from) {
            (false, _) => None,
            (true, Some(key)) => Some(key),
            // Protected by a passphrase not given here (an earlier one): protected anyway.
            (true, None) => continue,
        };
        if has == to {
            continue;
        }
        let folder = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        match replace_converted(&path, &folder, has, to) {
            Ok(()) => change.backups_converted += 1,
            Err(_) => change.backups_left.push(path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()),
        }
    }
}

/// A protected data file whose protection was interrupted (the app killed after the file was
/// converted, before all its backups were): protect the plain copies left. Run when a
/// protected file is opened (the window's start, every command line run); a quick look at
/// each backup's first bytes when there is nothing to do.
pub fn finish_interrupted(data_file: &Path, key: &Passphrase) -> ProtectionChange {
    let mut change = ProtectionChange { protected: true, backups_converted: 0, backups_left: Vec::new(), copies_removed: 0 };
    convert_copies(data_file, None, Some(key), &mut change);
    change
}

/// Write the database at `path` (readable with `from`) converted to `to` beside it, check
/// it, and rename it over `path`.
fn replace_converted(path: &Path, folder: &Path, from: Option<&Passphrase>, to: Option<&Passphrase>) -> Result<()> {
    let failed = |e: Error| Error::new(e.code, said!("said-platform-not-converted", path = path.display().to_string(), why = e.message));
    let (tmp, note) = files::temp_in(folder)
        .map_err(|e| Error::io_said(said!("said-platform-converted-copy-not-made", path = path.display().to_string(), folder = folder.display().to_string()), e))?;
    copy_converted(path, from, tmp.path(), to).map_err(failed)?;
    tmp.as_file().sync_all().map_err(|e| Error::io_said(said!("said-platform-converted-copy-not-written"), e))?;
    // The original's write-ahead log was folded into it when its last connection closed:
    // one that still holds pages belongs to a process that was not closed properly.
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
        return Err(Error::new(ErrorCode::NotAllowed, said!("said-platform-unwritten-changes", path = path.display().to_string(), wal = wal.display().to_string())));
    }
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    tmp.persist(path).map_err(|e| Error::io_said(said!("said-platform-converted-copy-not-placed", path = path.display().to_string()), e.error))?;
    drop(note);
    files::make_private(path)?;
    Ok(())
}

/// Write everything `conn` holds (a file, or a database in memory) into the empty file `dst`,
/// protected by `to` (plain with `None`): SQLCipher's export, as its backup cannot write to
/// an encrypted file.
pub(crate) fn export_into(conn: &Connection, dst: &Path, to: Option<&Passphrase>) -> Result<()> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let name = dst.to_str().ok_or_else(|| Error::new(ErrorCode::Io, said!("said-platform-path-not-for-sqlite", path = dst.display().to_string())))?;
    conn.execute("ATTACH DATABASE ?1 AS converted KEY ?2", rusqlite::params![name, to.map(Passphrase::text).unwrap_or("")])?;
    conn.query_row("SELECT sqlcipher_export('converted')", [], |_| Ok(()))?;
    // The export copies the schema and the rows, not the header's numbers.
    conn.pragma_update(Some("converted"), "user_version", version)?;
    conn.pragma_update(Some("converted"), "application_id", app_id)?;
    conn.execute("DETACH DATABASE converted", [])?;
    Ok(())
}

/// Copy the database at `src` (readable with `from`) into the empty file `dst`, protected
/// by `to`, and check the copy: sound, same data version, same rows.
pub(crate) fn copy_converted(src: &Path, from: Option<&Passphrase>, dst: &Path, to: Option<&Passphrase>) -> Result<()> {
    let original = {
        let conn = Connection::open_with_flags(src, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        apply_key(&conn, from)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(|_| locked(src, from.is_some()))?;
        export_into(&conn, dst, to)?;
        (version, digest(&conn)?)
    };
    let copy = Connection::open_with_flags(dst, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    apply_key(&copy, to)?;
    let problems = crate::platform::store::quick_check(&copy)?;
    let version: i64 = copy.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if !problems.is_empty() || (version, digest(&copy)?) != original {
        return Err(Error::new(ErrorCode::Damaged, said!("said-platform-converted-copy-differs")));
    }
    Ok(())
}

/// A digest of a database's schema and of every row of every table, in the order they are
/// stored: two files with the same digest hold the same data.
pub fn digest(conn: &Connection) -> Result<[u8; 32]> {
    let mut hash = Sha256::new();
    let mut tables = Vec::new();
    {
        let mut stmt = conn.prepare("SELECT type, name, tbl_name, coalesce(sql, ''), rootpage > 0 FROM sqlite_schema ORDER BY type, name")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            for i in 0..4 {
                let text: String = row.get(i)?;
                hash.update(text.as_bytes());
                hash.update([0]);
            }
            let (kind, name, stored): (String, String, bool) = (row.get(0)?, row.get(1)?, row.get(4)?);
            if kind == "table" && stored {
                tables.push(name);
            }
        }
    }
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{}\"", table.replace('"', "\"\"")))?;
        let columns = stmt.column_count();
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            for i in 0..columns {
                use rusqlite::types::ValueRef;
                match row.get_ref(i)? {
                    ValueRef::Null => hash.update([0]),
                    ValueRef::Integer(n) => {
                        hash.update([1]);
                        hash.update(n.to_le_bytes());
                    }
                    ValueRef::Real(x) => {
                        hash.update([2]);
                        hash.update(x.to_le_bytes());
                    }
                    ValueRef::Text(t) => {
                        hash.update([3]);
                        hash.update((t.len() as u64).to_le_bytes());
                        hash.update(t);
                    }
                    ValueRef::Blob(b) => {
                        hash.update([4]);
                        hash.update((b.len() as u64).to_le_bytes());
                        hash.update(b);
                    }
                }
            }
        }
    }
    Ok(hash.finalize().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(current: Option<&str>, new: Option<&str>, repeat: Option<&str>) -> ProtectionRequest {
        ProtectionRequest { current: current.map(Into::into), new: new.map(Into::into), repeat: repeat.map(Into::into) }
    }

    #[test]
    fn a_request_is_checked_against_the_passphrase_held() {
        let fields = |r: Result<_>| r.unwrap_err().fields.into_iter().map(|f| f.field).collect::<Vec<_>>();
        assert_eq!(fields(plan(None, &request(None, Some("short"), Some("short")))), ["new"]);
        assert_eq!(fields(plan(None, &request(None, Some("long enough words"), Some("long enough word")))), ["repeat"]);
        assert_eq!(fields(plan(None, &request(None, None, None))), ["new"]);
        let (from, to) = plan(None, &request(None, Some("long enough words"), Some("long enough words"))).unwrap();
        assert_eq!((from, to.is_some()), (None, true));
        let held = Passphrase::new("the one it has now").unwrap();
        assert_eq!(fields(plan(Some(&held), &request(Some("guess"), None, None))), ["current"]);
        assert_eq!(fields(plan(Some(&held), &request(Some("the one it has now"), Some("the one it has now"), Some("the one it has now")))), ["new"]);
        let (from, to) = plan(Some(&held), &request(Some("the one it has now"), None, None)).unwrap();
        assert_eq!((from, to), (Some(held), None));
        assert_eq!(format!("{:?}", Passphrase::new("secret words").unwrap()), "Passphrase(…)");
    }
}
