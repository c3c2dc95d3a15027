//! The command-line tool, run as a user runs it.

use std::path::Path;
use std::process::{Command, Output};

fn cli(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mobility-desk-cli"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("MOBILITY_DESK_DATA_DIR")
        .output()
        .expect("run mobility-desk-cli")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn demo_load_then_list_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let o = cli(dir.path(), &["demo", "load"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("44 created"), "{}", stdout(&o));
    let o = cli(dir.path(), &["demo", "load"]);
    assert!(stdout(&o).contains("0 created, 0 updated, 44 unchanged"), "idempotent: {}", stdout(&o));

    let o = cli(dir.path(), &["hubs", "list", "--json"]);
    assert!(o.status.success());
    let hubs: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(hubs.as_array().unwrap().len(), 44);
    let o = cli(dir.path(), &["hubs", "list", "--search", "tartu"]);
    assert!(stdout(&o).contains("Tartu") && stdout(&o).contains("1 hub(s)"), "{}", stdout(&o));
}

#[test]
fn bad_input_exits_2_with_row_messages_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.csv");
    std::fs::write(&file, "name,city,country,maturity,membership\nGood,Tartu,EE,emerging,regular\nBad,Tartu,ZZ,emerging,regular\n").unwrap();
    let o = cli(&dir.path().join("data"), &["hubs", "import", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("row 3, country: 'ZZ' is not an ISO 3166-1"), "{}", stderr(&o));
    let o = cli(&dir.path().join("data"), &["hubs", "list", "--json"]);
    assert_eq!(stdout(&o).trim(), "[]");
}

#[test]
fn export_and_import_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a");
    let b = dir.path().join("b");
    cli(&a, &["demo", "load"]);
    let csv = dir.path().join("hubs.csv");
    let o = cli(&a, &["hubs", "export", csv.to_str().unwrap()]);
    assert!(o.status.success() && stdout(&o).contains("44 hubs written"), "{}", stdout(&o));
    let o = cli(&b, &["hubs", "import", "--dry-run", csv.to_str().unwrap()]);
    assert!(stdout(&o).contains("44 new") && stdout(&o).contains("dry run"), "{}", stdout(&o));
    let o = cli(&b, &["hubs", "import", csv.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let again = dir.path().join("again.csv");
    cli(&b, &["hubs", "export", again.to_str().unwrap()]);
    assert_eq!(std::fs::read(&csv).unwrap(), std::fs::read(&again).unwrap());
}

#[test]
fn other_failures_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("mobility-desk.sqlite3"), "not a database").unwrap();
    let o = cli(dir.path(), &["hubs", "list"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not a Mobility Desk data file"), "{}", stderr(&o));
    let o = cli(dir.path(), &["hubs", "import", "/no/such/file.csv"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn every_command_has_help() {
    let dir = tempfile::tempdir().unwrap();
    for args in [&["--help"][..], &["hubs", "import", "--help"], &["hubs", "export", "--help"], &["hubs", "list", "--help"], &["demo", "load", "--help"]] {
        let o = cli(dir.path(), args);
        assert!(o.status.success() && stdout(&o).contains("Usage:"), "{args:?}: {}", stdout(&o));
    }
}
