//! Bank transfer files and data protection (issue 21), from the command line.

use super::{cli, demo_awarded, stderr, stdout};

#[test]
fn a_bank_transfer_file_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    demo_awarded(&data);
    let file = dir.path().join("p2p.xml");
    let out = file.to_str().unwrap();

    // Without the network's account, the file is refused and the message says where to give it.
    let o = cli(&data, &["payments", "sepa", "--cycle", "1", "--out", out]);
    assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
    assert!(stderr(&o).contains("Settings → The network's bank account"), "{}", stderr(&o));
    // A wrong IBAN for it is refused at its field.
    let o = cli(&data, &["payments", "debtor", "--holder", "Réseau", "--iban", "BE68 5390 0754 7035"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("check digits"), "{}", stderr(&o));
    let o = cli(&data, &["payments", "debtor", "--holder", "Réseau", "--iban", "BE68 5390 0754 7034", "--bic", "GEBABEBB"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "Réseau  BE68 •••• •••• 7034  GEBABEBB");

    // The visits have no dates yet: nothing is due, and the file says so.
    let o = cli(&data, &["payments", "sepa", "--cycle", "1", "--out", out]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("has no instalment due or overdue"), "{}", stderr(&o));
    // Two instalments paid ahead, in the older format; the one hub without bank details left out.
    let o = cli(&data, &["payments", "list", "--cycle", "1", "--json"]);
    let overview: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let firsts: Vec<String> = overview["rows"].as_array().unwrap().iter().filter(|r| r["payment"]["seq"] == 1).map(|r| r["payment"]["id"].to_string()).collect();
    let mut args = vec!["payments", "sepa", "--cycle", "1", "--out", out, "--format", "pain.001.001.03"];
    for id in &firsts {
        args.extend(["--payment", id.as_str()]);
    }
    let o = cli(&data, &args);
    assert!(o.status.success(), "{}", stderr(&o));
    let said = stdout(&o);
    assert!(said.contains("left out: ") && said.contains("No bank details"), "{said}");
    assert!(said.contains("written to") && said.contains("pain.001.001.03") && said.contains("written"), "{said}");
    let xml = std::fs::read_to_string(&file).unwrap();
    assert!(xml.contains("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"));
    // The batch, marked paid in one step.
    let o = cli(&data, &["payments", "batches", "--cycle", "1"]);
    let batch = stdout(&o).split_whitespace().next().unwrap().trim_start_matches('#').to_string();
    let o = cli(&data, &["payments", "batch-paid", &batch, "--on", "2026-12-01"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("paid on 2026-12-01"), "{}", stdout(&o));
    let o = cli(&data, &["payments", "sepa", "--cycle", "1", "--out", out, "--format", "pain.001.001.02"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn what_is_held_on_a_person_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(cli(&data, &["demo", "load"]).status.success());
    let o = cli(&data, &["privacy", "register"]);
    assert!(stdout(&o).contains("hubs.{contact_name, contact_email}"), "{}", stdout(&o));
    let o = cli(&data, &["privacy", "find", "maria@kyp"]);
    assert!(stdout(&o).contains("maria@kypseli.example"), "{}", stdout(&o));
    let (json, pdf) = (dir.path().join("maria.json"), dir.path().join("maria.pdf"));
    let o = cli(&data, &["privacy", "export", "--email", "maria@kypseli.example", "--out", json.to_str().unwrap(), "--pdf", pdf.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let read: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert!(read["records"].as_array().unwrap().iter().any(|r| r["fields"]["contact_email"] == "maria@kypseli.example"));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let o = cli(&data, &["privacy", "retention", "--financial", "7"]);
    assert!(stdout(&o).contains("Financial        7 year(s)"), "{}", stdout(&o));
    let o = cli(&data, &["privacy", "retention", "--stories", "0"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    // Without a name or an e-mail: refused, nothing written.
    let o = cli(&data, &["privacy", "export", "--out", dir.path().join("none.json").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!dir.path().join("none.json").exists());

    // Erased only when asked with --yes; then found nowhere, and the erasure listed.
    let o = cli(&data, &["privacy", "erase", "--email", "maria@kypseli.example"]);
    assert!(stdout(&o).contains("emptied") && stdout(&o).contains("nothing erased"), "{}", stdout(&o));
    assert!(stdout(&cli(&data, &["privacy", "find", "maria@kyp"])).contains("maria@kypseli.example"));
    let o = cli(&data, &["privacy", "erase", "--email", "maria@kypseli.example", "--yes"]);
    assert!(o.status.success() && stdout(&o).contains("erased"), "{}", stderr(&o));
    assert_eq!(stdout(&cli(&data, &["privacy", "find", "maria@kyp"])).trim(), "");
    assert!(stdout(&cli(&data, &["privacy", "erasures"])).contains("HubContact 1"));
    // Nothing is past its period today: listed by rule, and nothing to erase.
    let o = cli(&data, &["privacy", "past"]);
    assert!(stdout(&o).contains("Financial        7 year(s): 0 record(s) from before"), "{}", stdout(&o));
    assert_eq!(cli(&data, &["privacy", "past", "--yes"]).status.code(), Some(1));
    // Nothing left to erase: not found.
    assert_eq!(cli(&data, &["privacy", "erase", "--email", "maria@kypseli.example", "--yes"]).status.code(), Some(1));
}
