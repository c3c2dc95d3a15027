//! Team desks: the person at the desk, the signed change log, the History of records and the
//! auditor's check of the chains.
//!
//! Several desks of one team: synced entry by entry (`desks`), through a shared folder
//! (`through_a_folder`), against bad input (`bad_input`), and a desk removed (`removal`).

mod bad_input;
mod desks;
mod removal;
pub(crate) mod through_a_folder;

use mobility_desk_core::registry::hubs::{HubInput, Maturity, Membership};
use mobility_desk_core::team::{Person, RecordKind};
use mobility_desk_core::votes::BallotInput;
use mobility_desk_core::{ErrorCode, Store};

fn hub(name: &str) -> HubInput {
    HubInput {
        key: String::new(),
        name: name.into(),
        city: "Graz".into(),
        country: "AT".into(),
        latitude: None,
        longitude: None,
        maturity: Maturity::Established,
        membership: Membership::Regular,
        sectors: vec!["music".into()],
        languages: vec!["de".into()],
        contact_name: "Jana Huber".into(),
        contact_email: "jana@kfs.example".into(),
        website: String::new(),
        available_for_mobility: true,
        alliance_member: false,
        member_since: None,
        notes: String::new(),
        archived: None,
        expected_version: None,
    }
}

fn person(name: &str) -> Person {
    Person { name: name.into(), initials: String::new(), email: String::new() }
}

#[test]
fn every_change_is_an_entry_naming_the_person_with_old_and_new_values() {
    let mut store = Store::open_in_memory().unwrap();
    store.set_person(&person("Marta Kowalska")).unwrap();
    let created = store.create_hub(&hub("Kulturfabrik Süd")).unwrap();
    store.seal().unwrap();
    let mut changed = hub("Kulturfabrik Nord");
    changed.contact_email = "office@kfn.example".into();
    store.update_hub(created.id, &changed).unwrap();
    store.seal().unwrap();

    let history = store.record_history(RecordKind::Hub, created.id).unwrap();
    assert_eq!(history.len(), 2, "{history:#?}");
    assert_eq!(history[0].what, "Hub created");
    assert_eq!(history[0].person, "Marta Kowalska");
    assert_eq!(history[0].initials, "MK");
    assert_eq!(history[1].what, "Hub changed");
    let name = history[1].fields.iter().find(|f| f.field == "name").expect("the name's change");
    assert_eq!((name.old.text.as_str(), name.new.text.as_str()), ("Kulturfabrik Süd", "Kulturfabrik Nord"));
    let email = history[1].fields.iter().find(|f| f.field == "contact e-mail").expect("the e-mail's change");
    assert_eq!(email.new, "office@kfn.example");
    // The stale-save counter is each desk's own: not in the History.
    assert!(history[1].fields.iter().all(|f| f.field != "version"), "{:?}", history[1].fields);
    // The decision columns name the person too.
    assert_eq!(store.hub(created.id).unwrap().updated_by, "Marta Kowalska");

    let report = store.audit_verify().unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(report.desks.len(), 1);
    assert_eq!(report.desks[0].entries, 2, "the hub's creation and its change: {report:?}");
}

#[test]
fn an_action_of_many_writes_is_one_entry_and_a_row_made_and_removed_leaves_none() {
    let mut store = Store::open_in_memory().unwrap();
    store.seal().unwrap();
    let before = store.desk_status().unwrap().entries;
    let a = store.create_hub(&hub("A")).unwrap();
    store.update_hub(a.id, &hub("A2")).unwrap();
    store.seal().unwrap();
    let history = store.record_history(RecordKind::Hub, a.id).unwrap();
    assert_eq!(history.len(), 1, "created and renamed in one action: one change, as created");
    assert_eq!(history[0].what, "Hub created");
    assert!(history[0].fields.iter().any(|f| f.field == "name" && f.new == "A2"));
    assert_eq!(store.desk_status().unwrap().entries, before + 1);
    // Nothing changed: no entry.
    store.update_hub(a.id, &hub("A2")).unwrap();
    assert_eq!(store.seal().unwrap(), None);
}

#[test]
fn a_tampered_or_reordered_entry_is_found_by_the_audit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.sqlite");
    {
        let mut store = Store::open(&path).unwrap();
        for name in ["A", "B", "C"] {
            store.create_hub(&hub(name)).unwrap();
            store.seal().unwrap();
        }
        assert!(store.audit_verify().unwrap().ok);
    }
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("UPDATE team_log SET body = replace(body, '\"name\":\"B\"', '\"name\":\"Z\"') WHERE seq = 2", []).unwrap();
    drop(conn);
    let store = Store::open(&path).unwrap();
    let report = store.audit_verify().unwrap();
    assert!(!report.ok);
    let problem = report.desks[0].problem.clone().unwrap();
    assert!(problem.contains("entry 2 was changed after it was written"), "{problem}");
    drop(store);

    // Two entries swapped: the chain says so.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("UPDATE team_log SET body = replace(body, '\"name\":\"Z\"', '\"name\":\"B\"') WHERE seq = 2", []).unwrap();
    conn.execute_batch("UPDATE team_log SET seq = seq + 100 WHERE seq IN (2, 3); UPDATE team_log SET seq = 3 WHERE seq = 102; UPDATE team_log SET seq = 2 WHERE seq = 103;").unwrap();
    drop(conn);
    let store = Store::open(&path).unwrap();
    let report = store.audit_verify().unwrap();
    assert!(report.desks[0].problem.as_deref().unwrap().contains("entry 2 says it is entry 3"), "{report:?}");
}

#[test]
fn a_person_without_a_name_is_refused_and_the_account_name_stands_in() {
    let store = Store::open_in_memory().unwrap();
    assert!(!store.actor().is_empty() || std::env::var("USER").is_err());
    let e = store.set_person(&person("  ")).unwrap_err();
    assert_eq!(e.code, ErrorCode::Validation);
    assert_eq!(e.fields[0].field, "name");
    let status = store.set_person(&Person { name: "Lea Roth".into(), initials: "lr".into(), email: "lea@net.example".into() }).unwrap();
    assert_eq!(status.person.initials, "LR");
    assert_eq!(store.actor(), "Lea Roth");
    assert_eq!(status.fingerprint.split(' ').count(), 5);
}

#[test]
fn the_person_and_the_log_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, hub_id) = {
        let mut store = Store::open_dir(dir.path()).unwrap();
        store.set_person(&person("Ana Silva")).unwrap();
        let h = store.create_hub(&hub("Casa")).unwrap();
        // Not sealed: the notes stay in the file and are sealed at the next action.
        (store.desk_status().unwrap().desk_id, h.id)
    };
    let store = Store::open_dir(dir.path()).unwrap();
    assert_eq!(store.desk_status().unwrap().desk_id, desk, "the desk keeps its key");
    assert_eq!(store.person().unwrap().name, "Ana Silva");
    let history = store.record_history(RecordKind::Hub, hub_id).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].person, "Ana Silva");
}

#[test]
fn the_window_language_is_this_desks_own_kept_across_a_restart_and_no_change_of_the_data() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open_dir(dir.path()).unwrap();
        assert_eq!(store.desk_status().unwrap().language, "", "the system's language at first");
        let entries = store.desk_status().unwrap().entries;
        for bad in ["french", "f", "fr-FR", "1a"] {
            let e = store.set_language(bad).unwrap_err();
            assert_eq!((e.code, e.fields[0].field.as_str()), (ErrorCode::Validation, "language"), "{bad}");
        }
        let status = store.set_language(" FR ").unwrap();
        assert_eq!(status.language, "fr");
        assert_eq!(status.entries, entries, "choosing a language is not a change of the network's data");
    }
    let store = Store::open_dir(dir.path()).unwrap();
    assert_eq!(store.desk_status().unwrap().language, "fr");
    assert_eq!(store.set_language("").unwrap().language, "", "back to the system's");
}

/// Every table whose rows have an id the app gives.
const ID_TABLES: &[&str] = &[
    "hubs", "programmes", "cycles", "cycle_events", "applications", "selection_criteria", "reviews", "selection_events", "rule_sets", "grants",
    "grant_history", "payments", "pair_constraints", "pairs", "placement_constraints", "placements", "letters", "ballots", "stories",
    "story_photos", "emission_factors",
];

#[test]
fn a_desk_of_a_team_gives_ids_ending_in_its_number_through_a_whole_cycle() {
    use mobility_desk_core::cycle::cycles::{CycleQuery, Phase};
    use mobility_desk_core::funding::payments::PaymentInput;
    use mobility_desk_core::cycle::programmes::Shape;
    use mobility_desk_core::stories::StoryInput;

    let mut s = Store::open_in_memory().unwrap();
    s.number_desk_for_tests(7).unwrap();
    // Every insert of the demo, the selection, the pairing, the award, a letter, a payment and
    // a story: a row given an id of another desk would be refused by its capture trigger.
    s.load_demo().unwrap();
    s.save_settings(mobility_desk_core::registry::settings::SettingsInput {
        network_name: "Réseau".into(),
        postal_address: "Rue de la Loi 42\n1040 Bruxelles".into(),
        signatory_name: "Zofia W.".into(),
        signatory_title: "Secretary General".into(),
        default_language: "en".into(),
        signing_place: String::new(),
    })
    .unwrap();
    let cycle = s.cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == Shape::P2p).unwrap().id;
    s.move_cycle(cycle, Phase::Selection, "").unwrap();
    s.select(cycle, "tester").unwrap();
    s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
    s.award_grants(cycle, None, true, "tester").unwrap();
    // The window seals after each command: one entry per action.
    s.seal().unwrap();
    let grant = s.grants(cycle).unwrap()[0].id;
    let letter = s.issue_letter(grant, None, "tester").unwrap();
    s.seal().unwrap();
    let first = s.grant_payments(grant).unwrap().payments[0].id;
    s.mark_paid(first, &PaymentInput { paid_on: None, reference: "BANK-1".into() }, "tester").unwrap();
    s.add_story(grant, &StoryInput { title: "A week in Graz".into(), author: "Jana".into(), body: "We met.".into(), ..Default::default() }, "tester").unwrap();
    s.seal().unwrap();
    assert!(letter.reference.len() > 5);
    for table in ID_TABLES {
        let (all, foreign): (i64, i64) = rusqlite_count(&s, table);
        if *table == "programmes" {
            assert_eq!(foreign, 4, "only the four built-in programmes predate the numbering");
        } else {
            assert_eq!(foreign, 0, "{table}: {foreign} of {all} rows have an id of another desk");
        }
    }
    // The grant's History tells the award, the letter and the payment.
    let history = s.record_history(RecordKind::Grant, grant).unwrap();
    let whats: Vec<&str> = history.iter().map(|h| h.what.text.as_str()).collect();
    assert!(whats.iter().any(|w| w.starts_with("Award letter") && w.ends_with("created")), "{whats:?}");
    assert!(whats.contains(&"Instalment 1 changed"), "{whats:?}");
    assert!(whats.contains(&"Grant decision: awarded created"), "{whats:?}");
    let created = history.iter().find(|h| h.what == "Grant created").unwrap();
    assert!(created.fields.iter().any(|f| f.field == "state" && f.new == "awarded"), "{:?}", created.fields);
    let paid = history.iter().find(|h| h.what == "Instalment 1 changed").unwrap();
    assert!(paid.fields.iter().any(|f| f.field == "reference" && f.new == "BANK-1"), "{:?}", paid.fields);
    assert!(s.audit_verify().unwrap().ok);
}

fn rusqlite_count(s: &Store, table: &str) -> (i64, i64) {
    let dump = s.canonical_rows(table).unwrap();
    let ids: Vec<i64> = dump.iter().filter_map(|row| row.first().and_then(|v| v.as_i64())).collect();
    (ids.len() as i64, ids.iter().filter(|id| *id % 100 != 7).count() as i64)
}

#[test]
fn the_audit_trail_exports_to_csv_and_xlsx_with_every_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    store.set_person(&person("Marta Kowalska")).unwrap();
    let h = store.create_hub(&hub("Casa")).unwrap();
    store.seal().unwrap();
    store.update_hub(h.id, &hub("=HYPERLINK(\"x\")")).unwrap();
    let csv = store.audit_export_to(&dir.path().join("trail.csv")).unwrap();
    assert_eq!(csv.entries, 2);
    let text = std::fs::read_to_string(dir.path().join("trail.csv")).unwrap();
    assert!(text.starts_with("When (UTC),Person,Initials,Desk,Entry,Table,Record,What,Field,Before,After,Entry hash"));
    assert!(text.contains("Marta Kowalska,MK,"), "{text}");
    // A value that looks like a formula is kept as text.
    assert!(text.contains(",name,Casa,\"'=HYPERLINK"), "{text}");
    let xlsx = store.audit_export_to(&dir.path().join("trail.xlsx")).unwrap();
    assert_eq!(xlsx.lines, csv.lines);
    assert!(std::fs::read(dir.path().join("trail.xlsx")).unwrap().starts_with(b"PK"));
    let e = store.audit_export_to(&dir.path().join("trail.pdf")).unwrap_err();
    assert_eq!(e.code, ErrorCode::BadRequest);
}
