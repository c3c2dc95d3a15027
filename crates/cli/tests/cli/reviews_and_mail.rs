//! Reviewers, their sheets and conflicts, and the outbox, from the command line.

use super::{cli, stderr, stdout, to_awarded};

#[test]
fn reviewers_are_added_assigned_automatically_and_a_conflict_declared() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(cli(&data, &["demo", "load"]).status.success());
    assert!(cli(&data, &["cycles", "move", "1", "selection"]).status.success());
    let o = cli(&data, &["reviewers", "add", "--cycle", "1", "--name", "Noor Haddad", "--email", "noor@", "--languages", "en,fr"]);
    assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
    assert!(stderr(&o).contains("not an e-mail address"), "{}", stderr(&o));
    let o = cli(&data, &["reviewers", "add", "--cycle", "1", "--name", "Noor Haddad", "--email", "noor@example.org", "--languages", "en,fr"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("added: Noor Haddad"), "{}", stdout(&o));
    // The demo's two reviewers have scored every application: a third each is Noor.
    let o = cli(&data, &["reviewers", "assign", "--cycle", "1", "--each", "2"]);
    assert!(stdout(&o).contains("0 assignments added"), "{}", stdout(&o));
    let o = cli(&data, &["reviewers", "assign", "--cycle", "1", "--each", "3"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Noor Haddad · reads en, fr  (31 assigned, 0 scored)"), "{}", stdout(&o));
    assert!(stdout(&o).contains("31 assignments added"), "{}", stdout(&o));
    let o = cli(&data, &["conflicts", "declare", "--reviewer", "1", "--application", "1", "--reason", "Former colleague"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("conflict: Ana Ferreira — declared: Former colleague"), "{}", stdout(&o));
    let o = cli(&data, &["reviewers", "list", "--cycle", "1", "--json"]);
    let board: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(board["reviewers"].as_array().unwrap().len(), 3);
    // The normalised score chosen for the cycle: the ranking says so and keeps it.
    let o = cli(&data, &["select", "--cycle", "1", "--dry-run", "--score", "normalised"]);
    assert!(stdout(&o).contains("ranked by the normalised score (the mean alongside)"), "{}", stdout(&o));
    let o = cli(&data, &["select", "--cycle", "1", "--dry-run", "--json"]);
    let ranking: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(ranking["rules"]["score_basis"], "normalised");
    assert!(ranking["pools"][0]["entries"][0]["normalised_centi"].as_u64().is_some());
    assert_eq!(cli(&data, &["select", "--cycle", "1", "--dry-run", "--score", "median"]).status.code(), Some(2));
}

#[test]
fn a_reviewer_s_sheet_is_imported_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(cli(&data, &["demo", "load"]).status.success());
    assert!(cli(&data, &["cycles", "move", "1", "selection"]).status.success());
    let sheet = dir.path().join("mira.csv");
    std::fs::write(&sheet, "Application,Quality of the work plan,Geographical balance,Diversity of participants\n1,12,5,5\n").unwrap();
    let o = cli(&data, &["reviews", "import", "--cycle", "1", "--reviewer", "Mira Kovač", sheet.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("row 2, Quality of the work plan") && stderr(&o).contains("12 is out of range"), "{}", stderr(&o));
    std::fs::write(&sheet, "Application,Quality of the work plan,Geographical balance,Diversity of participants\n1,9,5,5\n#2,6,6,6\n").unwrap();
    let o = cli(&data, &["reviews", "import", "--cycle", "1", "--reviewer", "Mira Kovač", sheet.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Mira Kovač saved: 2 scorecards, 0 replacing earlier ones"), "{}", stdout(&o));

    // Her blank sheet, written as a workbook, lists what she was given; renamed, she keeps her scores.
    let o = cli(&data, &["reviewers", "list", "--cycle", "1", "--json"]);
    let board: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let mira = board["reviewers"].as_array().unwrap().iter().find(|r| r["name"] == "Mira Kovač").unwrap()["id"].as_i64().unwrap().to_string();
    let book = dir.path().join("mira.xlsx");
    let o = cli(&data, &["reviewers", "sheet", &mira, "--out", book.to_str().unwrap()]);
    assert!(o.status.success() && stdout(&o).contains("(2 applications)"), "{}{}", stdout(&o), stderr(&o));
    assert!(std::fs::read(&book).unwrap().starts_with(b"PK"));
    let o = cli(&data, &["reviewers", "update", &mira, "--name", "Mira Kovač-Horvat", "--email", "mira@"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = cli(&data, &["reviewers", "update", &mira, "--name", "Mira Kovač-Horvat"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = cli(&data, &["reviewers", "list", "--cycle", "1"]);
    assert!(stdout(&o).contains("Mira Kovač-Horvat  (2 assigned, 2 scored)"), "{}", stdout(&o));
}

#[test]
fn award_mail_is_composed_sent_to_the_server_and_saved_as_eml() {
    use mobility_desk_core::testing::smtp::{Behaviour, TestSmtp};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(cli(&data, &["demo", "load"]).status.success());
    assert!(cli(&data, &["cycles", "move", "1", "selection"]).status.success());
    assert!(cli(&data, &["select", "--cycle", "1"]).status.success());
    to_awarded(&data);
    assert!(cli(&data, &["grants", "award", "--cycle", "1", "--over-budget"]).status.success());
    let o = cli(&data, &["settings", "--network-name", "Réseau des Lieux", "--address", "Rue de la Loi 42\\n1040 Bruxelles", "--signatory-name", "Ana Novak", "--signatory-title", "Director", "--language", "fr"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let letters = dir.path().join("letters");
    std::fs::create_dir(&letters).unwrap();
    assert!(cli(&data, &["letters", "--cycle", "1", "--out", letters.to_str().unwrap()]).status.success());

    let o = cli(&data, &["outbox", "compose", "--cycle", "1", "--kind", "award", "--lang", "de"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = cli(&data, &["outbox", "compose", "--cycle", "1", "--kind", "award"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let drafts: usize = stdout(&o).split_whitespace().next().unwrap().parse().unwrap();
    assert!(drafts >= 20, "{}", stdout(&o));
    let o = cli(&data, &["outbox", "compose", "--cycle", "1", "--kind", "award"]);
    assert!(stdout(&o).starts_with(&format!("0 drafts written, {drafts} composed before")), "{}", stdout(&o));

    // No server yet: the drafts are queued, and the command says what to do.
    let o = cli(&data, &["outbox", "send", "--all"]);
    assert!(!o.status.success());
    assert!(stdout(&o).contains(&format!("0 sent, {drafts} queued")) && stderr(&o).contains("No mail server is set"), "{}{}", stdout(&o), stderr(&o));

    let server = TestSmtp::start(Behaviour::default());
    let port = server.port().to_string();
    let o = cli(&data, &["outbox", "server", "--host", "127.0.0.1", "--port", &port, "--security", "none", "--from", "grants@"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("from_address"), "{}", stderr(&o));
    let o = cli(&data, &["outbox", "server", "--host", "127.0.0.1", "--port", &port, "--security", "none", "--from", "grants@network.example", "--from-name", "Réseau des Lieux"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = cli(&data, &["outbox", "send"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains(&format!("{drafts} sent, 0 still queued")), "{}", stdout(&o));
    assert_eq!(server.received().len(), drafts);
    assert!(server.received().iter().all(|m| m.attachment_count() == 1));

    let o = cli(&data, &["outbox", "list", "--state", "sent", "--json"]);
    let sent: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let id = sent[0]["id"].as_i64().unwrap().to_string();
    let eml = dir.path().join("award.eml");
    let o = cli(&data, &["outbox", "export-eml", &id, "--out", eml.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&eml).unwrap();
    assert!(text.contains("Subject:") && text.contains("Content-Disposition: attachment"), "{text}");
}
