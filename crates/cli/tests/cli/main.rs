//! The command-line tool, run as a user runs it. This file holds the helpers and the tests of
//! most parts; `reviews_and_mail.rs` those of reviewers, their sheets and the outbox.

mod paying_and_privacy;
mod reviews_and_mail;

use std::path::Path;
use std::process::{Command, Output};

fn cli(data: &Path, args: &[&str]) -> Output {
    cli_with(data, args, &[])
}

/// `cli` with environment variables (the passphrases of a protected file).
fn cli_with(data: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mobility-desk-cli"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("MOBILITY_DESK_DATA_DIR")
        .env_remove("MOBILITY_DESK_PASSPHRASE")
        .env_remove("MOBILITY_DESK_NEW_PASSPHRASE")
        // English, whatever the machine running the tests speaks.
        .env_remove("MOBILITY_DESK_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .envs(env.iter().copied())
        .output()
        .expect("run mobility-desk-cli")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Move the demo P2P cycle (selected) to Awarded the way staff would: Matching, the pairing
/// confirmed, Awarded.
fn to_awarded(data: &Path) {
    for args in [&["cycles", "move", "1", "matching"][..], &["pairs", "confirm", "--cycle", "1"], &["cycles", "move", "1", "awarded"]] {
        let o = cli(data, args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    }
}

/// The demo loaded and its P2P cycle selected, paired, moved to Awarded and awarded.
fn demo_awarded(data: &Path) {
    assert!(cli(data, &["demo", "load"]).status.success());
    assert!(cli(data, &["cycles", "move", "1", "selection"]).status.success());
    assert!(cli(data, &["select", "--cycle", "1"]).status.success());
    to_awarded(data);
    assert!(cli(data, &["grants", "award", "--cycle", "1"]).status.success());
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
    for args in [&["--help"][..], &["hubs", "import", "--help"], &["hubs", "export", "--help"], &["hubs", "list", "--help"], &["demo", "load", "--help"], &["applications", "import", "--help"], &["select", "--help"], &["grants", "compute", "--help"], &["grants", "list", "--help"], &["grants", "explain", "--help"], &["grants", "award", "--help"], &["rules", "show", "--help"], &["rules", "save", "--help"], &["grants", "amend", "--help"], &["grants", "cancel", "--help"], &["payments", "list", "--help"], &["payments", "pay", "--help"], &["payments", "waive", "--help"], &["payments", "reopen", "--help"], &["payments", "sepa", "--help"], &["payments", "batches", "--help"], &["payments", "batch-paid", "--help"], &["payments", "batch-discard", "--help"], &["payments", "debtor", "--help"], &["privacy", "register", "--help"], &["privacy", "retention", "--help"], &["privacy", "find", "--help"], &["privacy", "export", "--help"], &["report", "--help"], &["stories", "add", "--help"], &["export", "finance", "--help"], &["pair", "--help"], &["pairs", "lock", "--help"], &["pairs", "forbid", "--help"], &["pairs", "unlock", "--help"], &["pairs", "confirm", "--help"], &["pairs", "weights", "--help"], &["pairs", "capacity", "--help"]] {
        let o = cli(dir.path(), args);
        assert!(o.status.success() && stdout(&o).contains("Usage:"), "{args:?}: {}", stdout(&o));
    }
}

#[test]
fn cycles_create_list_show_move_and_clone() {
    let dir = tempfile::tempdir().unwrap();
    let o = cli(dir.path(), &["programmes", "list"]);
    assert!(stdout(&o).contains("p2p") && stdout(&o).contains("€21,775.00"), "{}", stdout(&o));

    let o = cli(
        dir.path(),
        &["cycles", "create", "--programme", "workshops", "--year", "2027", "--call-opens", "2026-10-01", "--call-deadline", "2026-12-15", "--activity-start", "2027-05-01", "--activity-end", "2027-09-30", "--budget", "10,000.00", "--json"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let cycle: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!((cycle["title"].as_str(), cycle["budget_cents"].as_i64()), (Some("Workshops 2027"), Some(1_000_000)));
    let id = cycle["id"].to_string();

    let o = cli(dir.path(), &["cycles", "move", &id, "call_open"]);
    assert!(stdout(&o).contains("is now in Call open"), "{}", stderr(&o));
    let o = cli(dir.path(), &["cycles", "move", &id, "awarded"]);
    assert_eq!(o.status.code(), Some(2), "a guard is bad input");
    assert!(stderr(&o).contains("Selection first"), "{}", stderr(&o));
    let o = cli(dir.path(), &["cycles", "move", &id, "draft"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("reason: Say why"), "{}", stderr(&o));
    // The core's messages follow the environment's language (its own output stays English).
    for env in [[("MOBILITY_DESK_LANG", "fr")], [("LANG", "fr_BE.UTF-8")]] {
        let o = cli_with(dir.path(), &["cycles", "move", &id, "draft"], &env);
        assert_eq!(o.status.code(), Some(2));
        assert!(stderr(&o).contains("reason: Indiquez pourquoi le cycle revient en arrière"), "{}", stderr(&o));
    }
    let o = cli(dir.path(), &["cycles", "move", &id, "draft", "--reason", "Wrong deadline"]);
    assert!(o.status.success());

    let o = cli(dir.path(), &["cycles", "show", &id]);
    assert!(stdout(&o).contains("Call open → Draft: Wrong deadline"), "{}", stdout(&o));
    let o = cli(dir.path(), &["cycles", "clone", &id, "--year", "2028"]);
    assert!(stdout(&o).contains("Workshops 2028") && stdout(&o).contains("2027-10-01 to 2027-12-15"), "{}", stdout(&o));
    let o = cli(dir.path(), &["cycles", "list"]);
    assert!(stdout(&o).contains("2 cycle(s)"), "{}", stdout(&o));

    let o = cli(dir.path(), &["cycles", "create", "--programme", "p2p", "--year", "2027", "--call-opens", "2027-13-01"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("call_opens: '2027-13-01' is not a date"), "{}", stderr(&o));
    let o = cli(dir.path(), &["cycles", "create", "--programme", "nope", "--year", "2027"]);
    assert_eq!(o.status.code(), Some(2));
    let o = cli(dir.path(), &["cycles", "create", "--programme", "p2p", "--year", "2027", "--budget", "lots"]);
    assert!(stderr(&o).contains("not an amount in euros"), "{}", stderr(&o));
}

#[test]
fn applications_list_shows_eligibility() {
    let dir = tempfile::tempdir().unwrap();
    cli(dir.path(), &["demo", "load"]);
    let cycles: serde_json::Value = serde_json::from_slice(&cli(dir.path(), &["cycles", "list", "--json"]).stdout).unwrap();
    let p2p = cycles.as_array().unwrap().iter().find(|c| c["shape"] == "p2p").unwrap()["id"].to_string();
    let o = cli(dir.path(), &["applications", "list", "--cycle", &p2p]);
    assert!(o.status.success(), "{}", stderr(&o));
    // The demo call: 31 applications, three of them not eligible, each reason in words.
    assert!(stdout(&o).contains("31 application(s), 28 eligible"), "{}", stdout(&o));
    assert!(stdout(&o).contains("NOT eligible: Kunsthof an der Mur is a former member"), "{}", stdout(&o));
    let o = cli(dir.path(), &["applications", "list", "--cycle", "999", "--json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no cycle with id 999"), "{}", stderr(&o));
}

#[test]
fn applications_import_with_a_mapping_then_select_and_withdraw() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(cli(&data, &["demo", "load"]).status.success());
    let file = dir.path().join("form.csv");
    std::fs::write(&file, "Response,Member organisation,Type,Manager,From,To\nf-1,ledeberg-gent,Visiting,Pieter Claes,2027-05-03,2027-05-28\n").unwrap();
    let file = file.to_str().unwrap();
    // "Your hub" matches no usual name: the import says which field lacks a column.
    let o = cli(&data, &["applications", "import", "--cycle", "1", file]);
    assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
    assert!(stderr(&o).contains("No column is mapped to Hub"), "{}", stderr(&o));
    let o = cli(&data, &["applications", "import", "--cycle", "1", file, "--map", "hub=Member organisation"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("1 rows imported: 1 new") && stdout(&o).contains("mapping saved"), "{}", stdout(&o));
    // The saved mapping is used next time; the same file changes nothing.
    let o = cli(&data, &["applications", "import", "--cycle", "1", file, "--dry-run"]);
    assert!(stdout(&o).contains("0 new, 0 updated, 1 unchanged"), "{}", stdout(&o));

    let o = cli(&data, &["select", "--cycle", "1"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("move it to Selection first"), "{}", stderr(&o));
    assert!(cli(&data, &["cycles", "move", "1", "selection"]).status.success());
    let o = cli(&data, &["select", "--cycle", "1", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let ranking: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(ranking["pools"][0]["selected"], 13);
    let top = ranking["pools"][0]["entries"][0]["application"]["id"].as_i64().unwrap().to_string();
    let o = cli(&data, &["applications", "withdraw", &top]);
    assert!(stdout(&o).contains("is offered the place from the waiting list"), "{}", stdout(&o));
    let o = cli(&data, &["select", "--cycle", "1", "--dry-run"]);
    assert!(stdout(&o).contains("Visiting hubs: 13 of 13 selected"), "{}", stdout(&o));
}

#[test]
fn grants_compute_list_explain_rules_and_award() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(cli(&data, &["demo", "load"]).status.success());
    assert!(cli(&data, &["cycles", "move", "1", "selection"]).status.success());
    assert!(cli(&data, &["select", "--cycle", "1"]).status.success());
    let o = cli(&data, &["grants", "compute", "--cycle", "1"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("26 computed, 0 blocked"), "{}", stdout(&o));
    assert!(stdout(&o).contains("26 grant(s) under rules v1: awarded €0.00, drafts €21,775.00, envelope €21,775.00, €0.00 left"), "{}", stdout(&o));

    let o = cli(&data, &["grants", "list", "--cycle", "1", "--json"]);
    let list: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let grants = list.as_array().unwrap();
    assert_eq!(grants.len(), 26);
    let visiting = grants.iter().find(|g| g["role"] == "visiting").unwrap();
    let lines = visiting["lines"].as_array().unwrap();
    assert_eq!(lines[0]["amount_cents"], 35_000);
    assert_eq!(lines[0]["rule"], "Travel");
    assert_eq!(lines[0]["rule_version"], 1);
    assert_eq!(lines[1]["amount_cents"], 82_500);
    assert_eq!(visiting["total_cents"], 117_500);
    let id = visiting["id"].as_i64().unwrap().to_string();
    let o = cli(&data, &["grants", "explain", &id]);
    assert!(stdout(&o).contains("Subsistence") && stdout(&o).contains("5 x      €165.00 =      €825.00") && stdout(&o).contains("total €1,175.00"), "{}", stdout(&o));

    // Edit the rules as JSON: €150 a day. Drafts follow: €350 + 5 × €150 = €1,100.
    let o = cli(&data, &["rules", "show", "--cycle", "1"]);
    let shown = stdout(&o).replace("\"rate_cents\": 16500", "\"rate_cents\": 15000");
    let file = dir.path().join("rules.json");
    std::fs::write(&file, shown).unwrap();
    let o = cli(&data, &["rules", "save", "--cycle", "1", file.to_str().unwrap(), "--note", "2027 day rate"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("rules saved as version 2"), "{}", stdout(&o));
    let o = cli(&data, &["grants", "explain", &id, "--json"]);
    let detail: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(detail["grant"]["total_cents"], 110_000);
    assert_eq!(detail["lines"][1]["rule_version"], 2);

    // A band table with a gap is refused with the rows named; nothing changes.
    let gap = r#"{"components":[{"label":"Travel","roles":["visiting"],"rule":{"kind":"distance_band","bands":[
        {"from_km":10,"to_km":99,"standard_cents":2800,"green_cents":null},
        {"from_km":200,"to_km":null,"standard_cents":21100,"green_cents":null}]}}]}"#;
    std::fs::write(&file, gap).unwrap();
    let o = cli(&data, &["rules", "save", "--cycle", "1", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("Between rows 1 and 2, 100 to 199 km is in no band."), "{}", stderr(&o));

    // Declared costs from the command line: a €90 ticket moves the draft; bad input is refused.
    let o = cli(&data, &["grants", "inputs", &id, "--travel-cost", "90", "--visas", "1"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("total €840.00"), "€90 + 5 × €150: {}", stdout(&o));
    let o = cli(&data, &["grants", "inputs", &id, "--travel-cost", "ninety"]);
    assert_eq!(o.status.code(), Some(2));
    let o = cli(&data, &["grants", "inputs", &id, "--visas", "9"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("traveller(s) travel"), "{}", stderr(&o));
    let o = cli(&data, &["grants", "inputs", &id, "--travel-cost", "none", "--visas", "0"]);
    assert!(stdout(&o).contains("total €1,100.00"), "{}", stdout(&o));

    // One grant awarded; it stays when the host's lump sum rises to €600.
    to_awarded(&data);
    let o = cli(&data, &["grants", "award", "--cycle", "1", "--grant", &id]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("1 grant(s) awarded"), "{}", stdout(&o));
    let o = cli(&data, &["rules", "show", "--cycle", "1"]);
    std::fs::write(&file, stdout(&o).replace("\"amount_cents\": 50000", "\"amount_cents\": 60000")).unwrap();
    let o = cli(&data, &["rules", "save", "--cycle", "1", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "awarded grants: new rules say why");
    assert!(stderr(&o).contains("Say why the rules change"), "{}", stderr(&o));
    assert!(cli(&data, &["rules", "save", "--cycle", "1", file.to_str().unwrap(), "--note", "Bigger final events"]).status.success());
    let o = cli(&data, &["grants", "explain", &id]);
    assert!(stdout(&o).contains("awarded (rev 1)") && stdout(&o).contains("total €1,100.00"), "{}", stdout(&o));
    // Visiting hubs at €1,100 (two with two travellers at the €1,175 cap, one already awarded)
    // and 13 hosts at €600 come to €22,250: past the €21,775 envelope.
    let o = cli(&data, &["grants", "award", "--cycle", "1"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("€475.00 over the envelope of €21,775.00"), "{}", stderr(&o));
    let o = cli(&data, &["grants", "award", "--cycle", "1", "--over-budget"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("25 grant(s) awarded"), "{}", stdout(&o));
}

#[test]
fn payments_reports_and_the_finance_export() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(cli(&data, &["demo", "load"]).status.success());
    assert!(cli(&data, &["cycles", "move", "1", "selection"]).status.success());
    assert!(cli(&data, &["select", "--cycle", "1"]).status.success());
    to_awarded(&data);
    assert!(cli(&data, &["grants", "award", "--cycle", "1"]).status.success());

    let o = cli(&data, &["payments", "list", "--cycle", "1", "--json"]);
    let overview: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let rows = overview["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 52);
    let visiting: Vec<&serde_json::Value> = rows.iter().filter(|r| r["payment"]["amount_cents"] == 82_250 || r["payment"]["amount_cents"] == 35_250).collect();
    let first = visiting.iter().find(|r| r["payment"]["seq"] == 1).unwrap();
    let grant = first["payment"]["grant_id"].as_i64().unwrap().to_string();
    let pre = first["payment"]["id"].as_i64().unwrap().to_string();
    let balance = rows.iter().find(|r| r["payment"]["grant_id"] == first["payment"]["grant_id"] && r["payment"]["seq"] == 2).unwrap()["payment"]["id"].as_i64().unwrap().to_string();

    let o = cli(&data, &["payments", "pay", &pre, "--on", "2026-10-01", "--reference", "VIR-7"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("owed €1,175.00, paid €822.50, still to pay €352.50"), "{}", stdout(&o));
    assert!(stdout(&o).contains("paid 2026-10-01 ref VIR-7"), "{}", stdout(&o));
    // The balance waits for the report.
    let o = cli(&data, &["payments", "pay", &balance]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("only after the report is received"), "{}", stderr(&o));
    let o = cli(&data, &["report", &grant, "--on", "2026-10-20"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("received on 2026-10-20") && stdout(&o).contains("due 2026-10-20"), "{}", stdout(&o));
    // Cancelled after pre-financing: the balance is cancelled and €822.50 is to recover.
    let o = cli(&data, &["grants", "cancel", &grant, "--reason", "Visit called off"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("to recover €822.50") && stdout(&o).contains("Recovery"), "{}", stdout(&o));

    let xlsx = dir.path().join("finance.xlsx");
    let csv = dir.path().join("finance.csv");
    let o = cli(&data, &["export", "finance", "--cycle", "1", "--xlsx", xlsx.to_str().unwrap(), "--csv", csv.to_str().unwrap(), "--lang", "fr"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("53 payment row(s) of 26 grant(s) in 1 cycle(s) (fr)"), "{}", stdout(&o));
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("Cycle;Programme;Subvention;"), "{text}");
    assert!(text.contains(";822,50;82250;Payé;2026-10-01;VIR-7;"), "{text}");
    assert!(text.contains(";Recouvrement 3;Recouvrement;;Sur demande;"), "{text}");
    // Another extension is refused, and nothing is written.
    let o = cli(&data, &["export", "finance", "--cycle", "1", "--xlsx", dir.path().join("finance.ods").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!dir.path().join("finance.ods").exists());
}

#[test]
fn pair_lock_forbid_confirm() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(cli(&data, &["demo", "load"]).status.success());
    assert!(cli(&data, &["cycles", "move", "1", "selection"]).status.success());
    assert!(cli(&data, &["select", "--cycle", "1"]).status.success());
    let o = cli(&data, &["pairs", "lock", "--cycle", "1", "1", "2"]);
    assert_eq!(o.status.code(), Some(2), "pairs are made in Matching");
    assert!(stderr(&o).contains("'P2P Learning 2027' is in Selection") && stderr(&o).contains("Move the cycle to Matching first"), "{}", stderr(&o));
    assert!(cli(&data, &["cycles", "move", "1", "matching"]).status.success());
    let o = cli(&data, &["pair", "--cycle", "1", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let plan: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(plan["pairs"].as_array().unwrap().len(), 13);
    let suggested: Vec<&serde_json::Value> = plan["pairs"].as_array().unwrap().iter().filter(|p| p["source"] == "suggested").collect();
    let id = |p: &serde_json::Value, side: &str| p[side]["application_id"].as_i64().unwrap().to_string();
    let (v, h) = (id(suggested[0], "visiting"), id(suggested[1], "hosting"));

    let o = cli(&data, &["pair", "--cycle", "1"]);
    assert!(stdout(&o).contains("Shared sectors") && stdout(&o).contains("13 pair(s) of 13 visiting and 13 hosting hub(s)"), "{}", stdout(&o));
    let o = cli(&data, &["pairs", "lock", "--cycle", "1", &v, &h]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).lines().any(|l| l.starts_with(&format!("#{v} ")) && l.contains(&format!("-> #{h} ")) && l.contains("locked")), "{}", stdout(&o));
    let (v2, h2) = (id(suggested[2], "visiting"), id(suggested[2], "hosting"));
    let o = cli(&data, &["pairs", "forbid", "--cycle", "1", &v2, &h2]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stdout(&o).lines().any(|l| l.starts_with(&format!("#{v2} ")) && l.contains(&format!("-> #{h2} "))), "{}", stdout(&o));
    // Bad input: a weight out of range, a pair of two visiting hubs.
    let o = cli(&data, &["pairs", "weights", "--cycle", "1", "--set", "distance=11"]);
    assert_eq!(o.status.code(), Some(2));
    let o = cli(&data, &["pairs", "lock", "--cycle", "1", &v, &v2]);
    assert_eq!(o.status.code(), Some(2));
    let o = cli(&data, &["pairs", "confirm", "--cycle", "1"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains(", confirmed "), "{}", stdout(&o));
    // The visit's dates: proposed, then agreed; outside the visiting hub's days refused.
    assert!(stdout(&o).contains("visit to be agreed (proposed: "), "{}", stdout(&o));
    let o = cli(&data, &["pairs", "visit", "--cycle", "1", &v, "--from", "2020-01-01", "--to", "2020-01-03"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("the visit must fall within"), "{}", stderr(&o));
    let o = cli(&data, &["pair", "--cycle", "1", "--json"]);
    let plan: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let pair = plan["pairs"].as_array().unwrap().iter().find(|p| p["visiting"]["application_id"].as_i64().unwrap().to_string() == v).unwrap();
    let (from, to) = (pair["visit"]["starts_on"].as_str().unwrap().to_string(), pair["visit"]["ends_on"].as_str().unwrap().to_string());
    let o = cli(&data, &["pairs", "visit", "--cycle", "1", &v, "--from", &from, "--to", &to]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains(&format!("visit {from} to {to} (")), "{}", stdout(&o));
    let o = cli(&data, &["grants", "list", "--cycle", "1", "--json"]);
    let grants: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let locked = grants.as_array().unwrap().iter().find(|g| g["application_id"].as_i64().unwrap().to_string() == v).unwrap();
    assert_eq!(locked["host_name"], suggested[1]["hosting"]["hub_name"]);
}

#[test]
fn staff_placements_and_alliance_checks() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(cli(&data, &["demo", "load"]).status.success());
    // Hubs Alliance: each request against its host.
    let o = cli(&data, &["pair", "--cycle", "4"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("3 request(s), 0 with a problem"), "{}", stdout(&o));
    // Staff Exchange: nobody selected yet, so nobody to place.
    let o = cli(&data, &["pair", "--cycle", "2", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let plan: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(plan["people"], 0);
    assert_eq!(plan["message"]["text"], "No one is selected yet: run the selection first.");
    let o = cli(&data, &["pairs", "capacity", "--cycle", "2", "1", "3"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("0 of 3 place(s)"), "{}", stdout(&o));
    let o = cli(&data, &["pairs", "capacity", "--cycle", "2", "1", "99"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("0 to 50"), "{}", stderr(&o));
    let o = cli(&data, &["pairs", "confirm", "--cycle", "2"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn letters_for_a_cycle_a_combined_file_and_one_grant() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(cli(&data, &["demo", "load"]).status.success());
    assert!(cli(&data, &["cycles", "move", "1", "selection"]).status.success());
    assert!(cli(&data, &["select", "--cycle", "1"]).status.success());
    to_awarded(&data);
    assert!(cli(&data, &["grants", "award", "--cycle", "1", "--over-budget"]).status.success());
    let out = dir.path().join("letters");
    std::fs::create_dir(&out).unwrap();

    // Without a signatory, nothing is issued and the message says what is missing.
    let o = cli(&data, &["letters", "--cycle", "1", "--out", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("the signatory's name"), "{}", stderr(&o));
    assert!(std::fs::read_dir(&out).unwrap().next().is_none());

    let o = cli(&data, &["settings", "--network-name", "Réseau des Lieux", "--address", "Rue de la Loi 42\\n1040 Bruxelles", "--signatory-name", "Ana Novak", "--signatory-title", "Director", "--language", "fr"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("address:   Rue de la Loi 42 / 1040 Bruxelles"), "{}", stdout(&o));

    let o = cli(&data, &["letters", "--cycle", "1", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let files: Vec<_> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().path()).collect();
    assert!(files.len() >= 20, "{files:?}");
    assert!(stdout(&o).contains(&format!("{} letter(s) issued, 0 already issued", files.len())), "{}", stdout(&o));
    let first = files.iter().map(|f| f.file_name().unwrap().to_str().unwrap().to_string()).min().unwrap();
    assert!(first.starts_with("P2P-2027-001_"), "{first}");

    // Written again: the same bytes, no new numbers.
    let before = std::fs::read(out.join(&first)).unwrap();
    let o = cli(&data, &["letters", "--cycle", "1", "--out", out.to_str().unwrap()]);
    assert!(stdout(&o).contains(&format!("0 letter(s) issued, {} already issued", files.len())), "{}", stdout(&o));
    assert_eq!(std::fs::read(out.join(&first)).unwrap(), before);

    let combined = dir.path().join("all.pdf");
    let o = cli(&data, &["letters", "--cycle", "1", "--combined", combined.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read(&combined).unwrap().starts_with(b"%PDF-"));

    let o = cli(&data, &["letters", "--cycle", "1", "--list"]);
    assert!(stdout(&o).contains(&format!("{} issued, 0 to issue, 0 outdated", files.len())), "{}", stdout(&o));
    let grant = stdout(&o).lines().next().unwrap().split_whitespace().next().unwrap().to_string();
    let one = dir.path().join("one.pdf");
    let o = cli(&data, &["letters", "--grant", &grant, "--out", one.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("P2P-2027-"), "{}", stdout(&o));
    let o = cli(&data, &["letters", "--grant", &grant, "--out", dir.path().join("one.txt").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn the_workshops_vote_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(cli(&data, &["demo", "load"]).status.success());
    let o = cli(&data, &["vote", "tally", "--cycle", "1"]);
    assert_eq!(o.status.code(), Some(2), "P2P has no vote: {}", stderr(&o));
    let o = cli(&data, &["vote", "settings", "--cycle", "3", "--method", "points", "--quorum", "5"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Points (3/2/1)"), "{}", stdout(&o));
    assert!(cli(&data, &["vote", "open", "--cycle", "3"]).status.success());

    let ballots = dir.path().join("ballots.csv");
    std::fs::write(&ballots, "hub,ranking\nzolw-krakow,Repair cafés as a method > Sound in shared spaces\npristav-brno,Sound in shared spaces\nnavile-bologna,Sound in shared spaces\n").unwrap();
    let o = cli(&data, &["vote", "ballots", "import", "--cycle", "3", ballots.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("row 4, ranking") && stderr(&o).contains("own proposal"), "{}", stderr(&o));
    std::fs::write(&ballots, "hub,ranking\nzolw-krakow,Repair cafés as a method > Sound in shared spaces\npristav-brno,Sound in shared spaces\n").unwrap();
    let o = cli(&data, &["vote", "ballots", "import", "--cycle", "3", ballots.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("2 ballot(s) imported"), "{}", stdout(&o));

    // Points: Repair cafés 3 + 0 = 3... and Sound 2 + 3 = 5.
    let o = cli(&data, &["vote", "tally", "--cycle", "3", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["count"]["rounds"][0]["counts"][0]["value"], 5);
    let o = cli(&data, &["vote", "declare", "--cycle", "3"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("winner: Sound in shared spaces"), "{}", stdout(&o));
    let pdf = dir.path().join("vote.pdf");
    assert!(cli(&data, &["vote", "report", "--cycle", "3", "--pdf", pdf.to_str().unwrap()]).status.success());
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn stories_are_added_with_a_photo_and_listed() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(cli(&data, &["demo", "load"]).status.success());
    assert!(cli(&data, &["cycles", "move", "1", "selection"]).status.success());
    assert!(cli(&data, &["select", "--cycle", "1"]).status.success());
    assert!(cli(&data, &["grants", "compute", "--cycle", "1"]).status.success());
    let o = cli(&data, &["stories", "add", "--grant", "1", "--title", "T", "--author", "A", "--text", "x"]);
    assert_eq!(o.status.code(), Some(2), "a draft grant takes no story: {}", stderr(&o));
    to_awarded(&data);
    assert!(cli(&data, &["grants", "award", "--cycle", "1", "--over-budget"]).status.success());
    let text = dir.path().join("story.txt");
    std::fs::write(&text, "First paragraph.\n\nSecond paragraph.").unwrap();
    let o = cli(&data, &["stories", "add", "--grant", "1", "--title", "Five days in Łódź", "--author", "Agnieszka Wójcik", "--file", text.to_str().unwrap(), "--consent-on", "2026-11-30", "--consent-scope", "publication"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // A second story, without the participant's consent: kept, and left out of the publication.
    let o = cli(&data, &["stories", "add", "--grant", "1", "--title", "Not for print", "--author", "A. N.", "--text", "Private notes."]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = cli(&data, &["stories", "add", "--grant", "1", "--title", "T", "--author", "A", "--text", "x", "--consent-on", "2026-11-30"]);
    assert_eq!(o.status.code(), Some(2), "a day without what it covers: {}", stderr(&o));
    let photo = dir.path().join("not-a-photo.jpg");
    std::fs::write(&photo, "plain text").unwrap();
    let o = cli(&data, &["stories", "photo", "1", photo.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not a PNG or JPEG"), "{}", stderr(&o));
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/../../icons/128x128.png"), photo.with_extension("png")).unwrap();
    let o = cli(&data, &["stories", "photo", "1", photo.with_extension("png").to_str().unwrap(), "--caption", "The mill"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("128 × 128 image/png"), "{}", stdout(&o));
    let o = cli(&data, &["stories", "list", "--cycle", "1"]);
    assert!(stdout(&o).contains("'Five days in Łódź' by Agnieszka Wójcik  (1 photo(s), 35 characters)"), "{}", stdout(&o));
    let out = dir.path().join("stories.pdf");
    let o = cli(&data, &["publication", "--cycle", "1", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn the_cycle_report_is_printed_and_written_and_a_grants_report_still_marked() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(cli(&data, &["demo", "load"]).status.success());
    assert!(cli(&data, &["cycles", "move", "1", "selection"]).status.success());
    assert!(cli(&data, &["select", "--cycle", "1"]).status.success());
    to_awarded(&data);
    assert!(cli(&data, &["grants", "award", "--cycle", "1", "--over-budget"]).status.success());

    let o = cli(&data, &["report", "--cycle", "1"]);
    assert!(o.status.success(), "{}", stderr(&o));
    for needle in ["awarded:   26 grants, €21,775.00 of €21,775.00", "green (", "National rail", "DESNZ"] {
        assert!(stdout(&o).contains(needle), "{needle}: {}", stdout(&o));
    }
    let o = cli(&data, &["report", "--cycle", "1", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["grants"], 26);
    assert_eq!(json["trips"].as_array().unwrap().len(), 13);

    let (pdf, xlsx) = (dir.path().join("report.pdf"), dir.path().join("report.xlsx"));
    let o = cli(&data, &["report", "--cycle", "1", "--pdf", pdf.to_str().unwrap(), "--xlsx", xlsx.to_str().unwrap(), "--lang", "fr"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));
    assert!(stdout(&o).contains("report.pdf") && stdout(&o).contains("report.xlsx"), "{}", stdout(&o));

    // Bad input: a wrong file name, neither grant nor cycle, both at once.
    let o = cli(&data, &["report", "--cycle", "1", "--pdf", dir.path().join("r.txt").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains(".pdf"), "{}", stderr(&o));
    assert!(!cli(&data, &["report"]).status.success());
    assert!(!cli(&data, &["report", "5", "--cycle", "1"]).status.success());

    // `report GRANT` still marks a grant's report received.
    let o = cli(&data, &["report", "1"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("report of grant 1 received on"), "{}", stdout(&o));
}

#[test]
fn a_us_form_export_needs_its_date_order_and_one_response_id_per_person() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(cli(&data, &["demo", "load"]).status.success());
    let file = dir.path().join("us.csv");
    std::fs::write(&file, "Response ID,Timestamp,Organisation,Applying as,Manager,Available from,Available until\n\
        us-1,1/9/27 2:02:00 PM,pellava-tampere,Visiting hub,Maria,4/5/27,4/9/27\n").unwrap();
    let path = file.to_str().unwrap();
    let o = cli(&data, &["applications", "import", "--cycle", "1", path]);
    assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
    assert!(stderr(&o).contains("'4/5/27' on row 2 could be read either way: add --date-order day-month or month-day"), "{}", stderr(&o));
    assert!(stderr(&o).contains("could be 4 May 2027 or 5 April 2027"), "{}", stderr(&o));
    let o = cli(&data, &["applications", "import", "--cycle", "1", path, "--date-order", "month-day"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("dates: read month/day ('4/5/27' on row 2)") && stdout(&o).contains("1 new"), "{}", stdout(&o));
    let o = cli(&data, &["applications", "import", "--cycle", "1", path, "--date-order", "sideways"]);
    assert_eq!(o.status.code(), Some(2));

    std::fs::write(&file, "Response ID,Organisation,Applying as,Manager,Available from,Available until\n\
        r-1,ledeberg-gent,visiting,A,2027-05-03,2027-05-28\nr-1,zabica-rijeka,visiting,B,2027-05-03,2027-05-28\n").unwrap();
    let o = cli(&data, &["applications", "import", "--cycle", "1", path]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("row 3, Response ID: the response id 'r-1' is also on row 2"), "{}", stderr(&o));
}

#[test]
fn a_frozen_cycle_is_amended_with_a_reason_and_its_letters_fall_due() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(cli(&data, &["demo", "load"]).status.success());
    assert!(cli(&data, &["settings", "--network-name", "Réseau", "--address", "Rue de la Loi 42\\n1040 Bruxelles\\nBelgique", "--signatory-name", "Ana", "--signatory-title", "Director"]).status.success());
    assert!(cli(&data, &["cycles", "move", "1", "selection"]).status.success());
    assert!(cli(&data, &["select", "--cycle", "1"]).status.success());
    to_awarded(&data);
    assert!(cli(&data, &["grants", "award", "--cycle", "1"]).status.success());
    let out = dir.path().join("letters");
    std::fs::create_dir_all(&out).unwrap();
    let o = cli(&data, &["letters", "--cycle", "1", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = cli(&data, &["settings"]);
    assert!(stdout(&o).contains("place:     Bruxelles (read from the address)"), "{}", stdout(&o));
    let o = cli(&data, &["cycles", "amend", "1", "--reason", "Funder cut", "--budget", "15000"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("Budget envelope: €21,775.00 → €15,000.00"), "{}", stdout(&o));
    assert!(stderr(&o).contains("€6,775.00 below the €21,775.00 already awarded"), "{}", stderr(&o));
    let o = cli(&data, &["cycles", "amend", "1", "--reason", "Reports after the break", "--report-deadline", "2028-01-31"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("26 issued letter(s) state a setting that changes"), "{}", stdout(&o));
    let o = cli(&data, &["letters", "--cycle", "1", "--list"]);
    assert!(stdout(&o).contains("outdated"), "{}", stdout(&o));
    let o = cli(&data, &["cycles", "show", "1"]);
    assert!(o.status.success());
}

#[test]
fn backup_list_policy_and_restore_of_a_damaged_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    assert!(cli(data, &["demo", "load"]).status.success());
    let o = cli(data, &["backup", "list"]);
    assert!(stdout(&o).contains("no backups yet"), "{}", stdout(&o));
    let o = cli(data, &["backup", "policy", "--keep-last", "0"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = cli(data, &["backup", "policy", "--keep-last", "4", "--monthly", "2"]);
    assert!(stdout(&o).contains("the newest 4, and the newest of each of the last 2 months"), "{}", stdout(&o));
    let o = cli(data, &["backup", "now"]);
    assert!(o.status.success() && stdout(&o).contains("backup taken"), "{}", stderr(&o));
    let o = cli(data, &["backup", "list"]);
    assert_eq!(stdout(&o).lines().count(), 1, "{}", stdout(&o));

    // Damage the file: it is refused with its path and the way back, and restored.
    let file = data.join("mobility-desk.sqlite3");
    let len = std::fs::metadata(&file).unwrap().len();
    std::fs::OpenOptions::new().write(true).open(&file).unwrap().set_len(len / 2).unwrap();
    let o = cli(data, &["info"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("is damaged") && stderr(&o).contains("restore --newest") && stderr(&o).contains(&file.display().to_string()), "{}", stderr(&o));
    let o = cli(data, &["restore", "--newest"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("the file it replaced is kept at") && stdout(&o).contains("hubs: 44"), "{}", stdout(&o));
    let o = cli(data, &["hubs", "list", "--json"]);
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap().as_array().unwrap().len(), 44);
    let o = cli(data, &["restore", "no-such-backup.sqlite3"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("There is no backup named"), "{}", stderr(&o));
}

#[test]
fn protection_on_change_and_off_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    assert!(cli(data, &["demo", "load"]).status.success());
    assert!(cli(data, &["backup", "now"]).status.success());
    let o = cli(data, &["protection", "on"]);
    assert_eq!(o.status.code(), Some(2), "no new passphrase given: {}", stderr(&o));
    assert!(stderr(&o).contains("MOBILITY_DESK_NEW_PASSPHRASE"), "{}", stderr(&o));
    let o = cli_with(data, &["protection", "on"], &[("MOBILITY_DESK_NEW_PASSPHRASE", "short")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("at least 10 characters"), "{}", stderr(&o));
    let o = cli_with(data, &["protection", "on"], &[("MOBILITY_DESK_NEW_PASSPHRASE", "orange boats at dawn")]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("protected by the new passphrase") && stdout(&o).contains("backups converted with it: 1"), "{}", stdout(&o));

    // Without the passphrase nothing is read, and the message says where to give it.
    let o = cli(data, &["hubs", "list"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("protected by a passphrase") && stderr(&o).contains("MOBILITY_DESK_PASSPHRASE"), "{}", stderr(&o));
    let o = cli_with(data, &["info"], &[("MOBILITY_DESK_PASSPHRASE", "orange boats at dusk")]);
    assert!(stderr(&o).contains("does not open"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("hmac"), "only the app's own words: {}", stderr(&o));
    let key = [("MOBILITY_DESK_PASSPHRASE", "orange boats at dawn")];
    let o = cli_with(data, &["info"], &key);
    assert!(o.status.success() && stdout(&o).contains("protection: encrypted") && stdout(&o).contains("hubs: 44"), "{}", stdout(&o));
    let o = cli_with(data, &["protection", "status"], &key);
    assert!(stdout(&o).contains("protected by a passphrase") && !stdout(&o).contains("not protected"), "{}", stdout(&o));
    // A backup and a restore keep the protection.
    assert!(cli_with(data, &["backup", "now"], &key).status.success());
    let o = cli(data, &["restore", "--newest"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let o = cli_with(data, &["restore", "--newest"], &key);
    assert!(o.status.success() && stdout(&o).contains("hubs: 44"), "{}", stderr(&o));

    let o = cli_with(data, &["protection", "change"], &[("MOBILITY_DESK_PASSPHRASE", "orange boats at dawn"), ("MOBILITY_DESK_NEW_PASSPHRASE", "green kites at noon")]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(cli_with(data, &["info"], &key).status.code(), Some(1), "the old passphrase no longer opens it");
    let o = cli_with(data, &["protection", "off"], &[("MOBILITY_DESK_PASSPHRASE", "green kites at noon")]);
    assert!(o.status.success() && stdout(&o).contains("no longer protected"), "{}", stderr(&o));
    let o = cli(data, &["protection", "status"]);
    assert!(stdout(&o).lines().count() >= 3 && stdout(&o).lines().all(|l| l.contains("not protected")), "{}", stdout(&o));
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&cli(data, &["hubs", "list", "--json"]).stdout).unwrap().as_array().unwrap().len(), 44);
}

#[test]
fn a_stale_hub_change_is_refused_on_the_command_line_too() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    assert!(cli(data, &["demo", "load"]).status.success());
    let o = cli(data, &["hubs", "set", "armazem-porto", "--notes", "Called on Monday"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("now at version 2"), "{}", stdout(&o));
    // Prepared from version 1: refused, naming the notes changed since.
    let o = cli(data, &["hubs", "set", "armazem-porto", "--website", "https://armazem.example/", "--expect-version", "1"]);
    assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
    assert!(stderr(&o).contains("after you opened the form (notes)") && stderr(&o).contains("notes: Changed since"), "{}", stderr(&o));
    let o = cli(data, &["hubs", "set", "armazem-porto", "--website", "https://armazem.example/", "--expect-version", "2"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = cli(data, &["hubs", "list", "--json", "--search", "armazem"]);
    let hubs: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(hubs[0]["notes"], "Called on Monday");
    assert_eq!(hubs[0]["website"], "https://armazem.example/");
    assert_eq!(hubs[0]["version"], 3);
}
