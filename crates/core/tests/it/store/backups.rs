//! Backups: a damaged or cut file refused with its newest backup, a restore that gives the data
//! back and waits for the file to be closed, and the policy that keeps them.

use mobility_desk_core::registry::hubs::HubQuery;
use mobility_desk_core::platform::paths;
use mobility_desk_core::{ErrorCode, Store};

use super::{demo_file_with_a_backup, fields_of, input, sha, side_files};

#[test]
fn a_damaged_file_is_refused_untouched_and_its_newest_backup_restored() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file_with_a_backup(dir.path());
    let backup = mobility_desk_core::platform::backups::newest(&path).unwrap();
    // 8 KiB of noise in the middle of the file.
    let mut bytes = std::fs::read(&path).unwrap();
    let middle = bytes.len() / 2 / 4096 * 4096;
    for (i, b) in bytes[middle..middle + 8192].iter_mut().enumerate() {
        *b = (i * 7 + 13) as u8;
    }
    std::fs::write(&path, &bytes).unwrap();
    let before = sha(&path);

    let err = Store::open_dir(dir.path()).unwrap_err();
    assert_eq!(err.code, ErrorCode::Damaged);
    assert!(err.message.contains(&path.display().to_string()), "names the file: {}", err.message);
    assert!(err.message.contains(&backup.name) && err.message.contains("Restore from backup"), "names the newest backup: {}", err.message);
    assert_eq!(sha(&path), before, "nothing was written into the damaged file");
    assert_eq!(side_files(&path), [false, false], "no -wal or -shm left beside it");

    let restored = mobility_desk_core::platform::backups::restore(&path, &backup.name, None).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), std::fs::read(&backup.path).unwrap(), "the backup is put in place byte for byte");
    let aside = std::path::PathBuf::from(restored.set_aside.unwrap());
    assert!(aside.starts_with(dir.path().join("backups").join("set-aside")));
    assert_eq!(sha(&aside), before, "the damaged file is kept aside as it was");
    let store = Store::open_dir(dir.path()).unwrap();
    assert_eq!(store.hub_count().unwrap(), 44);
}

#[test]
fn a_truncated_file_is_refused_as_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file_with_a_backup(dir.path());
    let len = std::fs::metadata(&path).unwrap().len();
    std::fs::OpenOptions::new().write(true).open(&path).unwrap().set_len(len / 3).unwrap();
    let before = sha(&path);
    let err = Store::open_dir(dir.path()).unwrap_err();
    assert_eq!(err.code, ErrorCode::Damaged, "{}", err.message);
    assert!(err.message.contains("restore --newest"), "{}", err.message);
    assert_eq!(sha(&path), before);
    assert_eq!(side_files(&path), [false, false]);
}

#[test]
fn a_restore_round_trips_the_data_and_waits_for_the_file_to_be_closed() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_dir(dir.path()).unwrap();
    store.load_demo().unwrap();
    let hubs_before = store.list_hubs(&HubQuery::default()).unwrap();
    let taken = store.back_up_now().unwrap();
    let hub = hubs_before.rows[0].clone();
    let mut changed = input();
    changed.name = "Changed after the backup".into();
    store.update_hub(hub.id, &changed).unwrap();
    let path = dir.path().join(paths::DATABASE_FILE);

    let err = mobility_desk_core::platform::backups::restore(&path, &taken.name, None).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed, "{}", err.message);
    assert!(err.message.contains("in use"), "{}", err.message);
    assert_eq!(store.hub(hub.id).unwrap().name, "Changed after the backup", "a refused restore changes nothing");
    drop(store);

    let err = mobility_desk_core::platform::backups::restore(&path, "../mobility-desk.sqlite3", None).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotFound);
    mobility_desk_core::platform::backups::restore(&path, &taken.name, None).unwrap();
    let store = Store::open_dir(dir.path()).unwrap();
    assert_eq!(store.list_hubs(&HubQuery::default()).unwrap(), hubs_before, "every hub as it was at the backup");
    // The file the restore replaced, with the change, is kept aside.
    let aside = std::fs::read_dir(dir.path().join("backups/set-aside")).unwrap().flatten().map(|e| e.path()).find(|p| p.extension().is_some_and(|e| e == "sqlite3")).unwrap();
    let old = rusqlite::Connection::open(&aside).unwrap();
    let name: String = old.query_row("SELECT name FROM hubs WHERE id = ?1", [hub.id], |r| r.get(0)).unwrap();
    assert_eq!(name, "Changed after the backup");
}

#[test]
fn backups_are_kept_by_the_policy() {
    use mobility_desk_core::platform::backups::{self, BackupPolicy};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(paths::DATABASE_FILE);
    std::fs::create_dir_all(dir.path().join("backups")).unwrap();
    // Two backups a month, on the 3rd and the 20th, from January 2025 to December 2026.
    for year in [2025, 2026] {
        for month in 1..=12 {
            for day in [3, 20] {
                std::fs::write(dir.path().join(format!("backups/mobility-desk-v16-{year}{month:02}{day:02}T120000Z.sqlite3")), b"x").unwrap();
            }
        }
    }
    std::fs::write(dir.path().join("backups/notes.txt"), b"not a backup").unwrap();
    let now = time::macros::datetime!(2026-12-21 09:00 UTC);
    let removed = backups::prune(&path, BackupPolicy { keep_last: 3, monthly: 12 }, now);
    let kept: Vec<String> = backups::list(&path).into_iter().map(|b| b.name[18..26].to_string()).collect();
    // The newest three, then the newest of each month back to January 2026.
    let mut expected = vec!["20261220".to_string(), "20261203".into(), "20261120".into()];
    expected.extend((1..=10).rev().map(|m| format!("2026{m:02}20")));
    assert_eq!(kept, expected);
    assert_eq!(removed.len(), 48 - expected.len());
    assert!(dir.path().join("backups/notes.txt").exists(), "files that are not backups are left alone");

    let err = BackupPolicy { keep_last: 0, monthly: 500 }.validate().unwrap_err();
    assert_eq!(fields_of(err), ["keep_last", "monthly"]);
}

#[test]
fn the_policy_is_saved_and_a_backup_now_prunes_by_it() {
    use mobility_desk_core::platform::backups::BackupPolicy;
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_dir(dir.path()).unwrap();
    assert_eq!(store.backup_policy().unwrap(), BackupPolicy { keep_last: 10, monthly: 12 });
    store.set_backup_policy(BackupPolicy { keep_last: 2, monthly: 0 }).unwrap();
    let taken: Vec<String> = (0..4).map(|_| store.back_up_now().unwrap().name).collect();
    let overview = store.backups_overview().unwrap();
    assert_eq!(overview.backups.len(), 2);
    // Newest first, and the newest are kept, even for copies made within one second.
    assert_eq!(overview.backups.iter().map(|b| b.name.clone()).collect::<Vec<_>>(), [taken[3].clone(), taken[2].clone()]);
    drop(store);
    let store = Store::open_dir(dir.path()).unwrap();
    assert_eq!(store.backup_policy().unwrap(), BackupPolicy { keep_last: 2, monthly: 0 });
    // Backups are readable by the user only.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir.path().join("backups")), 0o700);
        assert_eq!(mode(std::path::Path::new(&overview.backups[0].path)), 0o600);
        assert_eq!(mode(&dir.path().join(paths::DATABASE_FILE)), 0o600);
    }
}
