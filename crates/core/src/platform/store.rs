//! The SQLite store: one file, versioned migrations, a backup before each upgrade.

use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{Migrations, M};

use crate::platform::error::{Error, ErrorCode, Result};
use crate::platform::paths::DATABASE_FILE;
use crate::platform::protection::{apply_key, Passphrase};
use crate::said;

/// Written into the file header so a database of another program is never mistaken for ours
/// (ASCII "MDSK").
pub const APPLICATION_ID: i32 = 0x4D44_534B;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// The schema, one step per version; a step is never edited once released.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/001_foundation.sql"),
    include_str!("../../migrations/002_programmes_cycles.sql"),
    include_str!("../../migrations/003_applications.sql"),
    include_str!("../../migrations/004_selection.sql"),
    include_str!("../../migrations/005_grants.sql"),
    include_str!("../../migrations/006_payments.sql"),
    include_str!("../../migrations/007_pairing.sql"),
    include_str!("../../migrations/008_letters.sql"),
    include_str!("../../migrations/009_votes.sql"),
    include_str!("../../migrations/010_stories.sql"),
    include_str!("../../migrations/011_emission_factors.sql"),
    include_str!("../../migrations/012_import_date_order.sql"),
    include_str!("../../migrations/013_signing_place.sql"),
    include_str!("../../migrations/014_cycle_amendments.sql"),
    include_str!("../../migrations/015_visit_dates.sql"),
    include_str!("../../migrations/016_backup_policy.sql"),
    include_str!("../../migrations/017_record_versions.sql"),
    include_str!("../../migrations/018_more_record_versions.sql"),
    include_str!("../../migrations/019_programme_story_versions.sql"),
    include_str!("../../migrations/020_setting_versions.sql"),
    include_str!("../../migrations/021_team.sql"),
    include_str!("../../migrations/022_team_id_marks.sql"),
    include_str!("../../migrations/023_application_hosts.sql"),
    include_str!("../../migrations/024_reviewers.sql"),
    include_str!("../../migrations/025_score_basis.sql"),
    include_str!("../../migrations/026_outbox.sql"),
    include_str!("../../migrations/027_blind_review.sql"),
    include_str!("../../migrations/028_desk_language.sql"),
    include_str!("../../migrations/029_words_kept_with_their_message.sql"),
    include_str!("../../migrations/030_bank_accounts.sql"),
    include_str!("../../migrations/031_payment_batches.sql"),
    include_str!("../../migrations/032_story_consent.sql"),
    include_str!("../../migrations/033_retention_periods.sql"),
    include_str!("../../migrations/034_erasures.sql"),
];

fn migrations(steps: &[&'static str]) -> Migrations<'static> {
    Migrations::new(steps.iter().map(|sql| M::up(sql)).collect())
}

/// The migrations, one per data version (for the upgrade fixtures of the tests).
pub(crate) fn steps() -> &'static [&'static str] {
    MIGRATIONS
}

/// The schema version this build writes.
pub fn latest_schema_version() -> i64 {
    MIGRATIONS.len() as i64
}

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    backup: Option<PathBuf>,
    read_only: bool,
    /// The passphrase of a protected file (none for a plain one).
    key: Option<Passphrase>,
    _in_use: Option<crate::platform::files::UseLock>,
}

impl Drop for Store {
    /// What the last action changed goes into the desk's log before the file closes (the
    /// command line's one action; the window seals after each command already).
    fn drop(&mut self) {
        // A file left at an earlier version (the upgrade fixtures) has no log.
        if self.schema_version().ok() != Some(latest_schema_version()) {
            return;
        }
        if let Err(e) = self.seal() {
            eprintln!("The last change could not be written to this desk's log yet (it will be at the next opening): {}", e.message);
        }
    }
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Open (or create) the data file inside `dir`, creating the folder if needed.
    pub fn open_dir(dir: &Path) -> Result<Store> {
        Store::open_dir_keyed(dir, None)
    }

    /// [`Store::open_dir`] for a file that may be protected: `key` opens it (and is not used
    /// for a plain file).
    pub fn open_dir_keyed(dir: &Path, key: Option<&Passphrase>) -> Result<Store> {
        crate::platform::files::create_private_dir(dir)?;
        crate::platform::files::keep_notes_in(dir);
        Store::open_keyed(&dir.join(DATABASE_FILE), key)
    }

    /// Open (or create) the data file at `path`.
    ///
    /// A file that is not an SQLite database, belongs to another program, or was written by a
    /// newer version of the app is refused with a clear error and left untouched: every check
    /// runs on a read-only connection before anything is written.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_with(path, MIGRATIONS, None)
    }

    /// [`Store::open`] for a file that may be protected by a passphrase: without `key` (or
    /// with a wrong one) a protected file is refused with `locked`, untouched. A new file is
    /// created plain; Settings → Protection protects it.
    pub fn open_keyed(path: &Path, key: Option<&Passphrase>) -> Result<Store> {
        Store::open_with(path, MIGRATIONS, key)
    }

    pub(crate) fn open_with(path: &Path, steps: &[&'static str], key: Option<&Passphrase>) -> Result<Store> {
        let meta = std::fs::metadata(path).ok();
        if meta.as_ref().is_some_and(|m| m.len() == 0) {
            // Not one of ours (ours always has a header): never taken over.
            return Err(Error::new(ErrorCode::NotADatabase, said!("said-platform-file-empty", path = path.display().to_string())));
        }
        let latest = steps.len() as i64;
        let in_use = crate::platform::files::UseLock::shared(path);
        let Some(meta) = meta else {
            // A new data file.
            let mut conn = Connection::open(path)?;
            crate::platform::files::make_private(path)?;
            configure(&mut conn, true)?;
            upgrade(&mut conn, path, steps, 0)?;
            conn.pragma_update(None, "application_id", APPLICATION_ID)?;
            prepare_desk(&conn, steps)?;
            return Ok(Store { conn, path: Some(path.to_path_buf()), backup: None, read_only: false, key: None, _in_use: Some(in_use) });
        };
        let key = if crate::platform::protection::is_protected_file(path) {
            Some(key.ok_or_else(|| crate::platform::protection::locked(path, false))?)
        } else {
            check_header(path)?;
            None
        };
        // A read connection on a file in WAL mode creates its `-wal` and `-shm` and, being
        // read-only, cannot remove them: a file that is refused gets them removed again.
        let sides = SideFiles::before(path);
        let ro = match check_existing(path, latest, key) {
            Ok(checked) => checked,
            Err(e) => {
                sides.remove_new_empty();
                return Err(e);
            }
        };
        let (ro, version) = ro;
        if meta.permissions().readonly() {
            if version < latest {
                return Err(Error::new(ErrorCode::ReadOnly, said!("said-platform-read-only-older", path = path.display().to_string(), version = version)));
            }
            drop(ro);
            let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
                .map_err(|e| refuse(path, e.into()))?;
            apply_key(&conn, key)?;
            conn.busy_timeout(std::time::Duration::from_secs(5))?;
            conn.pragma_update(None, "foreign_keys", "ON")?;
            return Ok(Store { conn, path: Some(path.to_path_buf()), backup: None, read_only: true, key: key.cloned(), _in_use: Some(in_use) });
        }
        let backup = if version > 0 && version < latest {
            Some(PathBuf::from(crate::platform::backups::take(&ro, path, version, key)?.path))
        } else {
            None
        };
        drop(ro);
        let mut conn = Connection::open(path)?;
        apply_key(&conn, key)?;
        configure(&mut conn, true)?;
        upgrade(&mut conn, path, steps, version)?;
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        prepare_desk(&conn, steps)?;
        Ok(Store { conn, path: Some(path.to_path_buf()), backup, read_only: false, key: key.cloned(), _in_use: Some(in_use) })
    }

    /// A private in-memory store, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        configure(&mut conn, false)?;
        migrations(MIGRATIONS).to_latest(&mut conn)?;
        prepare_desk(&conn, MIGRATIONS)?;
        Ok(Store { conn, path: None, backup: None, read_only: false, key: None, _in_use: None })
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The backup written before the last upgrade of this file, if one ran when it was opened.
    pub fn backup_path(&self) -> Option<&Path> {
        self.backup.as_deref()
    }

    /// Whether the file was opened read-only (its permissions forbid writing): it can be
    /// read and exported, and every change is refused with `read_only`.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Whether the file is protected by a passphrase (encrypted at rest).
    pub fn is_protected(&self) -> bool {
        self.key.is_some()
    }

    /// The passphrase the file was opened with, for the connections that copy it (backups).
    pub(crate) fn key(&self) -> Option<&Passphrase> {
        self.key.as_ref()
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }
}

/// Give the desk its key and write the capture triggers, on a file at the latest version (the
/// upgrade fixtures stop at earlier ones).
fn prepare_desk(conn: &Connection, steps: &[&'static str]) -> Result<()> {
    if steps.len() == MIGRATIONS.len() {
        crate::team::prepare(conn)?;
    }
    Ok(())
}

/// The checks of an existing file, on a read connection: ours, not newer, not damaged.
fn check_existing(path: &Path, latest: i64, key: Option<&Passphrase>) -> Result<(Connection, i64)> {
        let ro = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
            .map_err(|e| refuse(path, e.into()))?;
        apply_key(&ro, key)?;
        ro.busy_timeout(std::time::Duration::from_secs(5))?;
        // A protected file read with a wrong key reads as "not a database": a wrong passphrase
        // (a damaged protected file shows as damaged once its first page is read).
        let (app_id, version, tables) = inspect(&ro).map_err(|e| if key.is_some() && e.code == ErrorCode::NotADatabase { crate::platform::protection::locked(path, true) } else { refuse(path, e) })?;
        if app_id != 0 && app_id != APPLICATION_ID {
            return Err(Error::new(ErrorCode::NotADatabase, said!("said-platform-file-of-another-program", path = path.display().to_string())));
        }
        if app_id == 0 && (tables > 0 || version > 0) {
            let path = path.display().to_string();
            let message = if tables > 0 { said!("said-platform-file-with-foreign-tables", path = path) } else { said!("said-platform-file-with-foreign-version", path = path) };
            return Err(Error::new(ErrorCode::NotADatabase, message));
        }
        if version > latest {
            return Err(Error::new(ErrorCode::NewerSchema, said!("said-platform-file-newer", path = path.display().to_string(), version = version, latest = latest)));
        }
        // Nothing is written into a damaged file: SQLite's quick check reads every page.
        let problems = quick_check(&ro).map_err(|e| refuse(path, e))?;
        if !problems.is_empty() {
            return Err(damaged(path, &problems.join("; ")));
        }
        Ok((ro, version))
}

/// The `-wal` and `-shm` beside a data file, as they were before it was opened.
struct SideFiles {
    files: Vec<(PathBuf, bool)>,
}

impl SideFiles {
    fn before(path: &Path) -> SideFiles {
        let files = ["-wal", "-shm"]
            .iter()
            .map(|suffix| {
                let side = PathBuf::from(format!("{}{suffix}", path.display()));
                let existed = side.exists();
                (side, existed)
            })
            .collect();
        SideFiles { files }
    }

    /// Remove the side files that did not exist before, when the `-wal` holds nothing.
    fn remove_new_empty(&self) {
        let wal_empty = self.files.first().is_some_and(|(wal, _)| std::fs::metadata(wal).map(|m| m.len() == 0).unwrap_or(true));
        if wal_empty && self.files.iter().all(|(_, existed)| !existed) {
            for (side, _) in &self.files {
                let _ = std::fs::remove_file(side);
            }
        }
    }
}

fn configure(conn: &mut Connection, file: bool) -> Result<()> {
    if file {
        let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::new(ErrorCode::Database, said!("said-platform-wal-refused", mode = mode)));
        }
        // FULL: a commit is on disk before the app reports it done, so a power cut cannot
        // forget an issued letter whose PDF is already saved (ARCHITECTURE.md, invariants).
        conn.pragma_update(None, "synchronous", "FULL")?;
        // 32 MiB of page cache (the default is 2 MiB): a recomputation of 10,000 grants then
        // changes its pages in memory and writes each once at commit (docs/benchmarks.md).
        conn.pragma_update(None, "cache_size", -32_768)?;
    }
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // A writer waits its turn behind another (up to WAIT_LIMIT), and says so after a moment.
    conn.busy_handler(Some(wait_turn))?;
    // Every transaction of ours writes: take the write lock when it begins. A deferred one
    // starts as a read and cannot wait for another writer when it then writes (SQLite answers
    // "busy" at once); an immediate one waits up to the busy timeout for it to finish.
    conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
    Ok(())
}

/// How long a write waits for another writer (another window, a command) to finish.
pub const WAIT_LIMIT: std::time::Duration = std::time::Duration::from_secs(30);

/// How often a waiting writer tries again, and after how long it tells that it waits.
const WAIT_STEP: std::time::Duration = std::time::Duration::from_millis(20);
const WAIT_TOLD_AFTER: std::time::Duration = std::time::Duration::from_millis(300);

static ON_WAIT: std::sync::OnceLock<fn()> = std::sync::OnceLock::new();

/// What to do when a write has waited a moment for another writer (once per wait): the
/// command line prints a line, the window shows a notice. Set once per process.
pub fn when_waiting(tell: fn()) {
    let _ = ON_WAIT.set(tell);
}

/// SQLite's busy handler: `attempt` counts the tries of one wait for the lock.
fn wait_turn(attempt: i32) -> bool {
    let waited = WAIT_STEP * attempt.max(0) as u32;
    if waited >= WAIT_LIMIT {
        return false;
    }
    if waited >= WAIT_TOLD_AFTER && waited < WAIT_TOLD_AFTER + WAIT_STEP {
        if let Some(tell) = ON_WAIT.get() {
            tell();
        }
    }
    std::thread::sleep(WAIT_STEP);
    true
}

fn check_header(path: &Path) -> Result<()> {
    let mut head = [0u8; 16];
    let mut file = std::fs::File::open(path).map_err(|e| Error::io_said(said!("said-platform-file-not-opened", path = path.display().to_string()), e))?;
    let n = file.read(&mut head).map_err(|e| Error::io_said(said!("said-platform-file-not-read", path = path.display().to_string()), e))?;
    if n < 16 || &head != SQLITE_MAGIC {
        return Err(Error::new(ErrorCode::NotADatabase, said!("said-platform-file-not-sqlite", path = path.display().to_string())));
    }
    Ok(())
}

fn inspect(conn: &Connection) -> Result<(i32, i64, i64)> {
    let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'table'", [], |r| r.get(0))?;
    Ok((app_id, version, tables))
}

/// An error met while checking an existing file: the header said SQLite, so a file SQLite
/// cannot read is a damaged one.
fn refuse(path: &Path, err: Error) -> Error {
    if matches!(err.code, ErrorCode::NotADatabase | ErrorCode::Damaged) {
        damaged(path, "")
    } else {
        err
    }
}

/// The problems SQLite's quick check finds (none: the file is sound). It reads every page
/// of the file once; docs/benchmarks.md has its cost on a file of 10,000 hubs.
pub(crate) fn quick_check(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("PRAGMA quick_check(5)")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows.into_iter().filter(|r| r != "ok").collect())
}

/// The error for a damaged data file: its path, what is wrong, and the newest backup.
pub fn damaged(path: &Path, detail: &str) -> Error {
    let check: String = detail.chars().take(300).collect();
    let folder = crate::platform::backups::folder_of(path).display().to_string();
    let newest = crate::platform::backups::newest(path);
    let path = path.display().to_string();
    let message = match (newest, detail.is_empty()) {
        (Some(b), true) => said!("said-platform-damaged-with-backup", path = path, backup = b.name, folder = folder, taken = b.taken),
        (Some(b), false) => said!("said-platform-damaged-check-with-backup", path = path, check = check, backup = b.name, folder = folder, taken = b.taken),
        (None, true) => said!("said-platform-damaged-no-backup", path = path, folder = folder),
        (None, false) => said!("said-platform-damaged-check-no-backup", path = path, check = check, folder = folder),
    };
    Error::new(ErrorCode::Damaged, message)
}

/// Bring the schema to the latest version in one transaction: a failure changes nothing,
/// and its message says what happened without quoting the migration's SQL.
fn upgrade(conn: &mut Connection, path: &Path, steps: &[&'static str], from: i64) -> Result<()> {
    migrations(steps).to_latest(conn).map_err(|e| {
        let why = match e {
            rusqlite_migration::Error::RusqliteError { err: rusqlite::Error::SqliteFailure(_, Some(msg)), .. } => Some(msg),
            rusqlite_migration::Error::RusqliteError { err, .. } => Some(Error::from(err).message),
            _ => None,
        };
        let (path, to) = (path.display().to_string(), steps.len());
        let message = match why {
            Some(why) => said!("said-platform-upgrade-mismatch", path = path, from = from, to = to, why = why),
            None => said!("said-platform-upgrade-not-run", path = path, from = from, to = to),
        };
        Error::new(ErrorCode::Damaged, message)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upgrade_writes_a_backup_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data.sqlite3");
        let v1: &[&'static str] = &[MIGRATIONS[0]];
        let store = Store::open_with(&path, v1, None).unwrap();
        store.conn().execute("UPDATE settings SET network_name = 'Before'", []).unwrap();
        assert!(store.backup_path().is_none());
        drop(store);

        let v2: &[&'static str] = &[MIGRATIONS[0], "ALTER TABLE settings ADD COLUMN motto TEXT;"];
        let store = Store::open_with(&path, v2, None).unwrap();
        assert_eq!(store.schema_version().unwrap(), 2);
        let backup = store.backup_path().expect("a backup before the upgrade").to_path_buf();
        let old = Connection::open(&backup).unwrap();
        let version: i64 = old.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        let name: String = old.query_row("SELECT network_name FROM settings", [], |r| r.get(0)).unwrap();
        assert_eq!((version, name.as_str()), (1, "Before"));
    }
}
