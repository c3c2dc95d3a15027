//! Opening the data file: a new one, one reopened, files that are not ours or are newer, a
//! read-only file, a failed upgrade, durable commits, and what killed writes leave behind.

use mobility_desk_core::registry::hubs::HubQuery;
use mobility_desk_core::platform::store::{latest_schema_version, APPLICATION_ID};
use mobility_desk_core::platform::paths;
use mobility_desk_core::{ErrorCode, Store};

use super::{input, sha};

#[test]
fn a_new_data_folder_gets_the_latest_schema() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_dir(&dir.path().join("nested/folder")).unwrap();
    assert_eq!(store.schema_version().unwrap(), latest_schema_version());
    assert_eq!(store.hub_count().unwrap(), 0);
    assert!(store.backup_path().is_none(), "nothing to back up in a new file");
    let path = store.path().unwrap().to_path_buf();
    drop(store);
    let raw = rusqlite::Connection::open(&path).unwrap();
    let mode: String = raw.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
    let app_id: i32 = raw.pragma_query_value(None, "application_id", |r| r.get(0)).unwrap();
    assert_eq!((mode.as_str(), app_id), ("wal", APPLICATION_ID));
}

#[test]
fn data_survives_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_dir(dir.path()).unwrap();
    let hub = store.create_hub(&input()).unwrap();
    drop(store);
    let store = Store::open_dir(dir.path()).unwrap();
    assert_eq!(store.hub(hub.id).unwrap().name, "Kulturfabrik Süd");
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(paths::DATABASE_FILE);
    std::fs::write(&path, "name,city\nA,B\n").unwrap();
    let err = Store::open(&path).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotADatabase);
    assert!(err.message.contains("left untouched"), "{}", err.message);
    assert_eq!(std::fs::read(&path).unwrap(), b"name,city\nA,B\n");
    assert!(!dir.path().join(format!("{}-wal", paths::DATABASE_FILE)).exists());
}

/// A zero-byte file, or an empty SQLite file with a data version, is not ours: refused, and
/// left exactly as it was (no header written, no `-wal` beside it).
#[test]
fn an_empty_file_or_a_bare_sqlite_file_is_refused_and_untouched() {
    use sha2::Digest;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(paths::DATABASE_FILE);
    std::fs::write(&path, b"").unwrap();
    let err = Store::open(&path).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotADatabase);
    assert!(err.message.contains("is an empty file") && err.message.contains("left untouched"), "{}", err.message);
    assert_eq!(std::fs::metadata(&path).unwrap().len(), 0);
    assert!(!dir.path().join(format!("{}-wal", paths::DATABASE_FILE)).exists());

    std::fs::remove_file(&path).unwrap();
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 7).unwrap();
    }
    let before = sha2::Sha256::digest(std::fs::read(&path).unwrap());
    let err = Store::open(&path).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotADatabase);
    assert!(err.message.contains("it has a data version but none of our tables"), "{}", err.message);
    assert_eq!(sha2::Sha256::digest(std::fs::read(&path).unwrap()), before, "the file is byte for byte as it was");
}

#[test]
fn a_database_of_another_program_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite3");
    rusqlite::Connection::open(&path).unwrap().execute_batch("CREATE TABLE photos (id INTEGER);").unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotADatabase);
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_file_from_a_newer_version_is_refused_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(paths::DATABASE_FILE);
    drop(Store::open(&path).unwrap());
    {
        let raw = rusqlite::Connection::open(&path).unwrap();
        raw.pragma_update(None, "user_version", latest_schema_version() + 5).unwrap();
        raw.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert_eq!(err.code, ErrorCode::NewerSchema);
    assert!(err.message.contains("newer version"), "{}", err.message);
    assert_eq!(std::fs::read(&path).unwrap(), before);
}
#[test]
fn a_read_only_file_is_listed_and_changes_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_dir(dir.path()).unwrap();
    store.load_demo().unwrap();
    drop(store);
    let path = dir.path().join(paths::DATABASE_FILE);
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms).unwrap();
    let before = sha(&path);

    let mut store = Store::open_dir(dir.path()).unwrap();
    assert!(store.is_read_only());
    assert_eq!(store.list_hubs(&HubQuery::default()).unwrap().total, 44);
    let err = store.create_hub(&input()).unwrap_err();
    assert_eq!(err.code, ErrorCode::ReadOnly, "{}", err.message);
    drop(store);
    assert_eq!(sha(&path), before);
}

#[test]
fn a_failed_upgrade_changes_nothing_and_quotes_no_sql() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open_dir(dir.path()).unwrap());
    let path = dir.path().join(paths::DATABASE_FILE);
    {
        let raw = rusqlite::Connection::open(&path).unwrap();
        raw.pragma_update(None, "user_version", latest_schema_version() - 1).unwrap();
    }
    let err = Store::open(&path).unwrap_err();
    assert_eq!(err.code, ErrorCode::Damaged);
    assert!(err.message.contains("could not be upgraded") && err.message.contains("Nothing was changed"), "{}", err.message);
    for sql in ["ALTER", "CREATE", "TABLE settings", "INSERT"] {
        assert!(!err.message.contains(sql), "no SQL in: {}", err.message);
    }
    let raw = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = raw.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, latest_schema_version() - 1);
}

#[test]
fn commits_are_durable_before_they_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_dir(dir.path()).unwrap();
    // 2 = FULL: the write-ahead log is synced at every commit, not only at checkpoints.
    assert_eq!(store.pragma_for_tests("synchronous"), 2);
}

#[test]
fn temporary_files_of_interrupted_writes_are_cleaned() {
    use mobility_desk_core::platform::files;
    let data = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    // What a write killed half-way leaves: its temporary file and the note naming it.
    let temp = exports.path().join(".mobility-desk-abc123.part");
    std::fs::write(&temp, b"half a letter").unwrap();
    std::fs::create_dir_all(data.path().join("pending")).unwrap();
    std::fs::write(data.path().join("pending/write-1.note"), temp.display().to_string()).unwrap();
    // A file of the user's that a forged note names is never removed.
    let precious = exports.path().join("budget.xlsx");
    std::fs::write(&precious, b"mine").unwrap();
    std::fs::write(data.path().join("pending/write-2.note"), precious.display().to_string()).unwrap();
    std::fs::write(data.path().join(".mobility-desk-xyz.part"), b"half a backup").unwrap();

    let removed = files::clean_interrupted_older_than(data.path(), std::time::Duration::ZERO);
    assert_eq!(removed.len(), 2, "{removed:?}");
    assert!(!temp.exists() && precious.exists());
    assert_eq!(std::fs::read_dir(data.path().join("pending")).unwrap().count(), 0);
    // A young note may be a write in progress in another process: it is left.
    std::fs::write(&temp, b"in progress").unwrap();
    std::fs::write(data.path().join("pending/write-3.note"), temp.display().to_string()).unwrap();
    assert!(files::clean_interrupted(data.path()).is_empty());
    assert!(temp.exists());
}
