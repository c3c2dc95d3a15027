//! The data file through the commands: a foreign file left untouched, backups and a restore over
//! a damaged file, and protection by a passphrase.

use super::*;

#[test]
fn a_foreign_data_file_is_reported_not_touched() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(mobility_desk_core::platform::paths::DATABASE_FILE);
    std::fs::write(&file, b"this is a spreadsheet, not a database").unwrap();
    let h = Harness::in_dir(dir);
    let info = h.ok("app_info", json!({}));
    assert_eq!(info["open_error"]["code"], "not_a_database");
    let e = h.err("hubs_list", json!({ "query": {} }));
    assert_eq!(e["code"], "not_a_database");
    assert_eq!(std::fs::read(&file).unwrap(), b"this is a spreadsheet, not a database");
}

#[test]
fn backups_through_the_commands_and_a_restore_over_a_damaged_file() {
    let h = Harness::new();
    h.ok("demo_load", json!({}));
    let e = h.err("backup_policy_save", json!({ "policy": { "keep_last": 0, "monthly": 3 } }));
    assert_eq!(e["code"], "validation");
    assert_eq!(e["fields"][0]["field"], "keep_last");
    let overview = h.ok("backup_policy_save", json!({ "policy": { "keep_last": 3, "monthly": 0 } }));
    assert_eq!(overview["policy"]["keep_last"], 3);
    let overview = h.ok("backup_now", json!({}));
    let name = overview["backups"][0]["name"].as_str().unwrap().to_string();
    assert_eq!(overview["backups"].as_array().unwrap().len(), 1);

    // A name that is not one of the listed backups is refused: no path from the page.
    let e = h.err("backup_restore", json!({ "name": "../../etc/passwd" }));
    assert_eq!(e["code"], "not_found", "{e}");

    // The store is closed, the backup put in place and the store opened again.
    h.ok("hub_create", json!({ "input": athens_input() }));
    assert_eq!(h.ok("app_info", json!({}))["hubs"], 45);
    let restored = h.ok("backup_restore", json!({ "name": name }));
    assert_eq!(restored["from"]["name"], name.as_str());
    assert!(restored["set_aside"].as_str().unwrap().contains("set-aside"));
    assert_eq!(h.ok("app_info", json!({}))["hubs"], 44);

    // Damaged on disk: the next start reports it with the newest backup, and a restore works
    // although the store could not be opened. (A copy of the folder: the mock app keeps its
    // state, and so its open store, until the test ends.)
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("backups")).unwrap();
    std::fs::copy(h.dir.path().join("backups").join(&name), dir.path().join("backups").join(&name)).unwrap();
    let file = dir.path().join(mobility_desk_core::platform::paths::DATABASE_FILE);
    let bytes = std::fs::read(dir.path().join("backups").join(&name)).unwrap();
    std::fs::write(&file, &bytes[..bytes.len() / 3]).unwrap();
    let h = Harness::in_dir(dir);
    let info = h.ok("app_info", json!({}));
    assert_eq!(info["open_error"]["code"], "damaged", "{info}");
    assert_eq!(info["newest_backup"]["name"], name.as_str());
    assert_eq!(h.err("hubs_list", json!({ "query": {} }))["code"], "damaged");
    h.ok("backup_restore", json!({ "name": name }));
    let info = h.ok("app_info", json!({}));
    assert_eq!(info["open_error"], Value::Null, "{info}");
    assert_eq!(info["hubs"], 44);
}

#[test]
fn a_protected_file_opens_with_its_passphrase_and_its_protection_is_changed_through_the_commands() {
    let h = Harness::new();
    h.ok("demo_load", json!({}));
    assert_eq!(h.ok("app_info", json!({}))["protected"], false);
    let e = h.err("protection_change", json!({ "request": { "current": null, "new": "too short", "repeat": "too short" } }));
    assert_eq!((e["code"].as_str(), e["fields"][0]["field"].as_str()), (Some("validation"), Some("new")), "{e}");
    let done = h.ok("protection_change", json!({ "request": { "current": null, "new": "a lantern in Lisbon", "repeat": "a lantern in Lisbon" } }));
    assert_eq!(done["protected"], true);
    // The store was reopened with the passphrase: the window carries on.
    let info = h.ok("app_info", json!({}));
    assert_eq!((info["protected"].as_bool(), info["hubs"].as_u64()), (Some(true), Some(44)), "{info}");
    let taken = h.ok("backup_now", json!({}));
    let backup = taken["backups"][0]["path"].as_str().unwrap().to_string();
    assert!(mobility_desk_core::platform::protection::is_protected_file(std::path::Path::new(&backup)));

    // The next start, on a copy of the folder: locked until the passphrase is typed.
    let dir = tempfile::tempdir().unwrap();
    for suffix in ["", "-wal"] {
        let name = format!("{}{suffix}", mobility_desk_core::platform::paths::DATABASE_FILE);
        if h.dir.path().join(&name).exists() {
            std::fs::copy(h.dir.path().join(&name), dir.path().join(&name)).unwrap();
        }
    }
    let next = Harness::in_dir(dir);
    let info = next.ok("app_info", json!({}));
    assert_eq!((info["open_error"]["code"].as_str(), info["protected"].as_bool()), (Some("locked"), Some(true)), "{info}");
    assert_eq!(next.err("hubs_list", json!({ "query": {} }))["code"], "locked");
    let e = next.err("data_unlock", json!({ "passphrase": "a lantern in Lima" }));
    assert_eq!(e["code"], "locked", "{e}");
    assert!(e["message"].as_str().unwrap().contains("does not open"), "{e}");
    assert_eq!(next.err("data_unlock", json!({ "passphrase": "" }))["code"], "validation");
    let info = next.ok("data_unlock", json!({ "passphrase": "a lantern in Lisbon" }));
    assert_eq!((info["open_error"].is_null(), info["hubs"].as_u64()), (true, Some(44)), "{info}");
    assert_eq!(next.ok("hubs_list", json!({ "query": {} }))["total"], 44);

    // Removing it needs the passphrase: a wrong one changes nothing.
    let e = next.err("protection_change", json!({ "request": { "current": "a lantern", "new": null, "repeat": null } }));
    assert_eq!(e["fields"][0]["field"], "current", "{e}");
    assert_eq!(next.ok("app_info", json!({}))["protected"], true);
    let done = next.ok("protection_change", json!({ "request": { "current": "a lantern in Lisbon", "new": null, "repeat": null } }));
    assert_eq!(done["protected"], false);
    let info = next.ok("app_info", json!({}));
    assert_eq!((info["protected"].as_bool(), info["hubs"].as_u64()), (Some(false), Some(44)), "{info}");
    let head = std::fs::read(next.dir.path().join(mobility_desk_core::platform::paths::DATABASE_FILE)).unwrap();
    assert!(head.starts_with(b"SQLite format 3\0"));
}
