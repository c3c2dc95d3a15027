//! The SQLite store: one file, versioned migrations, a backup before each upgrade.

use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{Migrations, M};

use crate::error::{Error, ErrorCode, Result};
use crate::paths::DATABASE_FILE;

/// Written into the file header so a database of another program is never mistaken for ours
/// (ASCII "MDSK").
pub const APPLICATION_ID: i32 = 0x4D44_534B;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// The schema, one step per version; a step is never edited once released.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/001_foundation.sql"),
    include_str!("../migrations/002_programmes_cycles.sql"),
    include_str!("../migrations/003_applications.sql"),
    include_str!("../migrations/004_selection.sql"),
    include_str!("../migrations/005_grants.sql"),
    include_str!("../migrations/006_payments.sql"),
    include_str!("../migrations/007_pairing.sql"),
    include_str!("../migrations/008_letters.sql"),
    include_str!("../migrations/009_votes.sql"),
    include_str!("../migrations/010_stories.sql"),
    include_str!("../migrations/011_emission_factors.sql"),
    include_str!("../migrations/012_import_date_order.sql"),
    include_str!("../migrations/013_signing_place.sql"),
    include_str!("../migrations/014_cycle_amendments.sql"),
    include_str!("../migrations/015_visit_dates.sql"),
];

fn migrations(steps: &[&'static str]) -> Migrations<'static> {
    Migrations::new(steps.iter().map(|sql| M::up(sql)).collect())
}

/// The schema version this build writes.
pub fn latest_schema_version() -> i64 {
    MIGRATIONS.len() as i64
}

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    backup: Option<PathBuf>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Open (or create) the data file inside `dir`, creating the folder if needed.
    pub fn open_dir(dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(&format!("Could not create the data folder {}", dir.display()), e))?;
        Store::open(&dir.join(DATABASE_FILE))
    }

    /// Open (or create) the data file at `path`.
    ///
    /// A file that is not an SQLite database, belongs to another program, or was written by a
    /// newer version of the app is refused with a clear error and left untouched: every check
    /// runs on a read-only connection before anything is written.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_with(path, MIGRATIONS)
    }

    pub(crate) fn open_with(path: &Path, steps: &[&'static str]) -> Result<Store> {
        let size = std::fs::metadata(path).map(|m| m.len()).ok();
        if size == Some(0) {
            // Not one of ours (ours always has a header): never taken over.
            return Err(Error::new(
                ErrorCode::NotADatabase,
                format!(
                    "{} is an empty file, not a Mobility Desk data file. It was left untouched: move it away to start a new data file there, or choose another data folder.",
                    path.display()
                ),
            ));
        }
        let existing = size.is_some();
        let mut backup = None;
        if existing {
            check_header(path)?;
            let ro = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
                .map_err(|e| refuse(path, e.into()))?;
            let (app_id, version, tables) = inspect(&ro).map_err(|e| refuse(path, e))?;
            if app_id != 0 && app_id != APPLICATION_ID {
                return Err(Error::new(
                    ErrorCode::NotADatabase,
                    format!("{} is an SQLite database of another program, not a Mobility Desk data file. It was left untouched.", path.display()),
                ));
            }
            if app_id == 0 && (tables > 0 || version > 0) {
                let what = if tables > 0 { "holds tables of another program" } else { "is an SQLite file of another program (it has a data version but none of our tables)" };
                return Err(Error::new(
                    ErrorCode::NotADatabase,
                    format!("{} {what}, not a Mobility Desk data file. It was left untouched.", path.display()),
                ));
            }
            let latest = steps.len() as i64;
            if version > latest {
                return Err(Error::new(
                    ErrorCode::NewerSchema,
                    format!(
                        "{} was written by a newer version of Mobility Desk (data version {version}; this version reads up to {latest}). Install the newer version to open it. The file was left untouched.",
                        path.display()
                    ),
                ));
            }
            if version > 0 && version < latest {
                backup = Some(backup_before_upgrade(&ro, path, version)?);
            }
        }
        let mut conn = Connection::open(path)?;
        configure(&mut conn, true)?;
        migrations(steps).to_latest(&mut conn)?;
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        Ok(Store { conn, path: Some(path.to_path_buf()), backup })
    }

    /// A private in-memory store, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        configure(&mut conn, false)?;
        migrations(MIGRATIONS).to_latest(&mut conn)?;
        Ok(Store { conn, path: None, backup: None })
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The backup written before the last upgrade of this file, if one ran when it was opened.
    pub fn backup_path(&self) -> Option<&Path> {
        self.backup.as_deref()
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

fn configure(conn: &mut Connection, file: bool) -> Result<()> {
    if file {
        let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::new(ErrorCode::Database, format!("The data file could not switch to WAL mode (got {mode}).")));
        }
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // 32 MiB of page cache (the default is 2 MiB): a recomputation of 10,000 grants then
        // changes its pages in memory and writes each once at commit (docs/benchmarks.md).
        conn.pragma_update(None, "cache_size", -32_768)?;
    }
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    // Every transaction of ours writes: take the write lock when it begins. A deferred one
    // starts as a read and cannot wait for another writer when it then writes (SQLite answers
    // "busy" at once); an immediate one waits up to the busy timeout for it to finish.
    conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
    Ok(())
}

fn check_header(path: &Path) -> Result<()> {
    let mut head = [0u8; 16];
    let mut file = std::fs::File::open(path).map_err(|e| Error::io(&format!("Could not open {}", path.display()), e))?;
    let n = file.read(&mut head).map_err(|e| Error::io(&format!("Could not read {}", path.display()), e))?;
    if n < 16 || &head != SQLITE_MAGIC {
        return Err(Error::new(
            ErrorCode::NotADatabase,
            format!("{} is not a Mobility Desk data file (it is not an SQLite database). It was left untouched.", path.display()),
        ));
    }
    Ok(())
}

fn inspect(conn: &Connection) -> Result<(i32, i64, i64)> {
    let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'table'", [], |r| r.get(0))?;
    Ok((app_id, version, tables))
}

fn refuse(path: &Path, err: Error) -> Error {
    if err.code == ErrorCode::NotADatabase {
        Error::new(
            ErrorCode::NotADatabase,
            format!("{} is damaged or not an SQLite database. It was left untouched.", path.display()),
        )
    } else {
        err
    }
}

fn backup_before_upgrade(ro: &Connection, path: &Path, version: i64) -> Result<PathBuf> {
    let dir = path.parent().unwrap_or(Path::new(".")).join("backups");
    std::fs::create_dir_all(&dir).map_err(|e| Error::io("Could not create the backups folder", e))?;
    let stamp = time::OffsetDateTime::now_utc()
        .format(time::macros::format_description!("[year][month][day]T[hour][minute][second]Z"))
        .unwrap_or_else(|_| "unknown-time".into());
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("mobility-desk");
    let target = dir.join(format!("{stem}-v{version}-{stamp}.sqlite3"));
    let mut dst = Connection::open(&target)?;
    {
        let backup = rusqlite::backup::Backup::new(ro, &mut dst)?;
        backup.run_to_completion(256, std::time::Duration::from_millis(0), None)?;
    }
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upgrade_writes_a_backup_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data.sqlite3");
        let v1: &[&'static str] = &[MIGRATIONS[0]];
        let store = Store::open_with(&path, v1).unwrap();
        store.conn().execute("UPDATE settings SET network_name = 'Before'", []).unwrap();
        assert!(store.backup_path().is_none());
        drop(store);

        let v2: &[&'static str] = &[MIGRATIONS[0], "ALTER TABLE settings ADD COLUMN motto TEXT;"];
        let store = Store::open_with(&path, v2).unwrap();
        assert_eq!(store.schema_version().unwrap(), 2);
        let backup = store.backup_path().expect("a backup before the upgrade").to_path_buf();
        let old = Connection::open(&backup).unwrap();
        let version: i64 = old.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        let name: String = old.query_row("SELECT network_name FROM settings", [], |r| r.get(0)).unwrap();
        assert_eq!((version, name.as_str()), (1, "Before"));
    }
}
