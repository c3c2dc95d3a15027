//! Team desks: the person at the desk, the signed change log, the History of records and the
//! auditor's check of the chains.

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
    assert_eq!((name.old.as_str(), name.new.as_str()), ("Kulturfabrik Süd", "Kulturfabrik Nord"));
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
    s.add_story(grant, &StoryInput { title: "A week in Graz".into(), author: "Jana".into(), body: "We met.".into() }, "tester").unwrap();
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
    let whats: Vec<&str> = history.iter().map(|h| h.what.as_str()).collect();
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

// ---------------------------------------------------------------- several desks

mod desks {
    use super::*;
    use mobility_desk_core::cycle::cycles::{CycleQuery, Phase};
    use mobility_desk_core::funding::payments::{PaymentInput, PaymentState};
    use mobility_desk_core::cycle::programmes::Shape;
    use mobility_desk_core::team::Received;
    use std::path::{Path, PathBuf};
    use std::sync::OnceLock;

    /// Three desks of one team, as files: A started the team on the demo (its P2P cycle
    /// awarded), B and C joined from A's snapshot and were approved. Made once per run.
    fn template() -> &'static Path {
        static DIR: OnceLock<PathBuf> = OnceLock::new();
        DIR.get_or_init(|| {
            let dir = std::env::temp_dir().join(format!("md-team-template-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            let mut a = Store::open(&dir.join("a.sqlite3")).unwrap();
            a.set_person(&person("Ana Office")).unwrap();
            a.load_demo().unwrap();
            a.save_settings(mobility_desk_core::registry::settings::SettingsInput {
                network_name: "Réseau".into(),
                postal_address: "Rue de la Loi 42\n1040 Bruxelles".into(),
                signatory_name: "Zofia W.".into(),
                signatory_title: "Secretary General".into(),
                default_language: "en".into(),
                signing_place: String::new(),
            })
            .unwrap();
            let cycle = a.cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == Shape::P2p).unwrap().id;
            a.move_cycle(cycle, Phase::Selection, "").unwrap();
            a.select(cycle, "Ana Office").unwrap();
            a.advance_cycle(cycle, Phase::Awarded, "Ana Office").unwrap();
            a.award_grants(cycle, None, true, "Ana Office").unwrap();
            // The Workshops vote is open: ballots can be recorded on every desk.
            a.open_vote(workshops(&a), "Ana Office").unwrap();
            let _ = HUB_IDS.set(HUB_KEYS.iter().map(|k| a.hub_by_key(k).unwrap().id).collect());
            a.seal().unwrap();
            a.start_team().unwrap();
            for (name, who) in [("b.sqlite3", "Ben Laptop"), ("c.sqlite3", "Cleo Event")] {
                let path = dir.join(name);
                a.snapshot_to(&path).unwrap();
                let newcomer = Store::open_as_newcomer(&path).unwrap();
                newcomer.set_person(&person(who)).unwrap();
                a.approve_desk(&newcomer.join_card().unwrap()).unwrap();
            }
            for name in ["b.sqlite3", "c.sqlite3"] {
                let mut n = Store::open(&dir.join(name)).unwrap();
                let got = sync(&a, &mut n);
                assert!(got.refused.is_empty() && got.waiting == 0, "{got:?}");
            }
            dir
        })
    }

    struct Team {
        _dir: tempfile::TempDir,
        desks: Vec<Store>,
    }

    fn team() -> Team {
        let dir = tempfile::tempdir().unwrap();
        let mut desks = Vec::new();
        for name in ["a.sqlite3", "b.sqlite3", "c.sqlite3"] {
            std::fs::copy(template().join(name), dir.path().join(name)).unwrap();
            desks.push(Store::open(&dir.path().join(name)).unwrap());
        }
        Team { _dir: dir, desks }
    }

    fn workshops(s: &Store) -> i64 {
        s.cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == Shape::Workshops).unwrap().id
    }

    /// A ballot of the `voter`th hub of the electorate, ranking every proposal but its own,
    /// in the ballot paper's order or reversed.
    fn ballot(s: &Store, voter: usize, reversed: bool) -> Option<(i64, BallotInput)> {
        let cycle = workshops(s);
        let vote = s.vote_overview(cycle).unwrap();
        let hub = vote.electorate.get(voter)?.hub_id;
        let mut choices: Vec<i64> = vote.proposals.iter().filter(|p| p.hub_id != hub).map(|p| p.application_id).collect();
        if reversed {
            choices.reverse();
        }
        Some((cycle, BallotInput { hub_id: hub, choices, received_on: None, reason: "a corrected ballot".into() }))
    }

    fn sync(from: &Store, to: &mut Store) -> Received {
        let wires = from.log_after(&to.log_vector().unwrap(), None).unwrap();
        to.receive(&wires).unwrap()
    }

    fn sync_all(t: &mut Team) {
        for _ in 0..3 {
            for from in 0..3 {
                for to in 0..3 {
                    if from != to {
                        let (f, g) = pair(&mut t.desks, from, to);
                        sync(f, g);
                    }
                }
            }
        }
    }

    fn pair(desks: &mut [Store], from: usize, to: usize) -> (&Store, &mut Store) {
        if from < to {
            let (l, r) = desks.split_at_mut(to);
            (&l[from], &mut r[0])
        } else {
            let (l, r) = desks.split_at_mut(from);
            (&r[0], &mut l[to])
        }
    }

    fn hub_input(s: &Store, key: &str) -> HubInput {
        let mut input = HubInput::from(&s.hub_by_key(key).unwrap());
        input.archived = None;
        input.expected_version = None;
        input
    }

    fn first_grant(s: &Store) -> i64 {
        let cycle = s.cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == Shape::P2p).unwrap().id;
        s.grants(cycle).unwrap()[0].id
    }

    #[test]
    fn joined_desks_hold_the_founder_s_data_and_give_their_own_ids() {
        let mut t = team();
        assert_eq!(t.desks[0].canonical_dump().unwrap(), t.desks[1].canonical_dump().unwrap());
        let b = &mut t.desks[1];
        assert_eq!(b.desk_status().unwrap().number, 1);
        let h = b.create_hub(&hub("Laptop Hub")).unwrap();
        assert_eq!(h.id % 100, 1, "desk 1's ids end in 01: {}", h.id);
        b.seal().unwrap();
        sync_all(&mut t);
        assert_eq!(t.desks[0].hub(h.id).unwrap().name, "Laptop Hub");
        let history = t.desks[2].record_history(RecordKind::Hub, h.id).unwrap();
        assert_eq!(history[0].person, "Ben Laptop");
    }

    #[test]
    fn two_desks_offline_change_one_hub_different_fields_kept_same_field_later_wins() {
        let mut t = team();
        let key = "kypseli-athens";
        let mut a = hub_input(&t.desks[0], key);
        a.website = "https://a.example/".into();
        let id = t.desks[0].hub_by_key(key).unwrap().id;
        t.desks[0].update_hub(id, &a).unwrap();
        t.desks[0].seal().unwrap();
        let mut b = hub_input(&t.desks[1], key);
        b.notes = "Seen at the event".into();
        let id = t.desks[1].hub_by_key(key).unwrap().id;
        t.desks[1].update_hub(id, &b).unwrap();
        t.desks[1].seal().unwrap();
        sync_all(&mut t);
        for d in &t.desks {
            let h = d.hub_by_key(key).unwrap();
            assert_eq!((h.website.as_str(), h.notes.as_str()), ("https://a.example/", "Seen at the event"));
        }

        // The same field on two desks: the later change wins; the earlier is in the History.
        let mut a = hub_input(&t.desks[0], key);
        a.contact_name = "Early Name".into();
        let id = t.desks[0].hub_by_key(key).unwrap().id;
        t.desks[0].update_hub(id, &a).unwrap();
        t.desks[0].seal().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(5));
        let mut c = hub_input(&t.desks[2], key);
        c.contact_name = "Later Name".into();
        let id = t.desks[2].hub_by_key(key).unwrap().id;
        t.desks[2].update_hub(id, &c).unwrap();
        t.desks[2].seal().unwrap();
        sync_all(&mut t);
        for d in &t.desks {
            assert_eq!(d.hub_by_key(key).unwrap().contact_name, "Later Name");
        }
        let history = t.desks[1].record_history(RecordKind::Hub, id).unwrap();
        assert!(history.iter().any(|h| h.person == "Ana Office" && h.fields.iter().any(|f| f.new == "Early Name")), "{history:#?}");
        assert_eq!(t.desks[0].canonical_dump().unwrap(), t.desks[1].canonical_dump().unwrap());
        assert_eq!(t.desks[1].canonical_dump().unwrap(), t.desks[2].canonical_dump().unwrap());
    }

    #[test]
    fn two_desks_paying_one_instalment_offline_is_one_clash_and_one_payment() {
        let mut t = team();
        let grant = first_grant(&t.desks[0]);
        let first = t.desks[0].grant_payments(grant).unwrap().payments[0].id;
        t.desks[0].mark_paid(first, &PaymentInput { paid_on: None, reference: "BANK-A".into() }, "Ana Office").unwrap();
        t.desks[0].seal().unwrap();
        t.desks[1].mark_paid(first, &PaymentInput { paid_on: None, reference: "BANK-B".into() }, "Ben Laptop").unwrap();
        t.desks[1].seal().unwrap();
        sync_all(&mut t);
        let dumps: Vec<_> = t.desks.iter().map(|d| d.canonical_dump().unwrap()).collect();
        assert_eq!(dumps[0], dumps[1]);
        assert_eq!(dumps[1], dumps[2]);
        let paid: Vec<_> = t.desks[0].grant_payments(grant).unwrap().payments.into_iter().filter(|p| p.state == PaymentState::Paid).collect();
        assert_eq!(paid.len(), 1, "one instalment, paid once: {paid:?}");
        for d in &t.desks {
            let clashes = d.clash_subjects().unwrap();
            assert_eq!(clashes, vec![format!("grant:{grant}")], "the clash is in every desk's inbox");
        }
        // The inbox shows both versions, with who made them and what they changed.
        let clash = t.desks[2].clashes().unwrap().remove(0);
        assert!(clash.title.starts_with("Grant to "), "{}", clash.title);
        let people: Vec<&str> = clash.versions.iter().map(|v| v.person.as_str()).collect();
        assert!(people.contains(&"Ana Office") && people.contains(&"Ben Laptop"), "{people:?}");
        let ben = clash.versions.iter().find(|v| v.person == "Ben Laptop").unwrap();
        assert!(ben.changes.iter().any(|c| c.contains("BANK-B")), "{:?}", ben.changes);

        // Cleo decides for Ben's version: on every desk the clash is settled and Ben's stands.
        t.desks[2].resolve_clash(&clash.subject, Some((&ben.desk_id, ben.seq)), "Ben's transfer is the one on the statement").unwrap();
        sync_all(&mut t);
        for d in &t.desks {
            assert!(d.clash_subjects().unwrap().is_empty());
            let p = d.grant_payments(grant).unwrap().payments.into_iter().find(|p| p.id == first).unwrap();
            assert_eq!(p.reference, "BANK-B");
        }
        assert_eq!(t.desks[0].canonical_dump().unwrap(), t.desks[1].canonical_dump().unwrap());
        let e = t.desks[0].resolve_clash(&clash.subject, None, "").unwrap_err();
        assert_eq!(e.code, ErrorCode::NotFound);
    }

    #[test]
    fn a_tampered_entry_an_unknown_desk_and_a_removed_desk_are_refused() {
        let mut t = team();
        t.desks[1].create_hub(&hub("From B")).unwrap();
        t.desks[1].seal().unwrap();
        let mut wires = t.desks[1].log_after(&t.desks[0].log_vector().unwrap(), Some(&t.desks[1].desk_status().unwrap().desk_id)).unwrap();
        assert_eq!(wires.len(), 1);
        let honest = wires[0].clone();
        wires[0].body = wires[0].body.replace("From B", "Forged");
        let got = t.desks[0].receive(&wires).unwrap();
        assert_eq!(got.refused.len(), 1, "{got:?}");
        assert!(got.refused[0].reason.contains("changed after it was written"), "{got:?}");
        assert!(t.desks[0].hub_by_key("forged-at").is_err());
        // The honest copy, arriving later, is applied.
        let got = t.desks[0].receive(&[honest]).unwrap();
        assert_eq!(got.applied, 1, "{got:?}");
        assert_eq!(t.desks[0].hub_by_key("from-b-at").unwrap().name, "From B");

        // A desk nobody approved: its entries wait, applying nothing.
        let dir = tempfile::tempdir().unwrap();
        let mut stranger = Store::open_dir(dir.path()).unwrap();
        stranger.create_hub(&hub("Stranger")).unwrap();
        stranger.seal().unwrap();
        let got = t.desks[0].receive(&stranger.log_after(&Default::default(), None).unwrap()).unwrap();
        assert_eq!((got.applied, got.waiting), (0, 1), "{got:?}");

        // B is removed on A: what B writes afterwards is refused.
        let b = t.desks[1].desk_status().unwrap().desk_id;
        t.desks[0].remove_desk(&b).unwrap();
        t.desks[1].create_hub(&hub("After removal")).unwrap();
        t.desks[1].seal().unwrap();
        let (a, b_store) = pair(&mut t.desks, 1, 0);
        let got = sync(a, b_store);
        assert!(got.refused.iter().any(|r| r.reason.contains("removed")), "{got:?}");
        assert!(t.desks[0].hub_by_key("after-removal-at").is_err());
    }

    #[test]
    fn letters_issued_on_two_desks_never_share_a_reference() {
        let mut t = team();
        let cycle = t.desks[0].cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == Shape::P2p).unwrap().id;
        let grants: Vec<i64> = t.desks[0].grants(cycle).unwrap().into_iter().map(|g| g.id).collect();
        let a = t.desks[0].issue_letter(grants[0], None, "Ana Office").unwrap();
        t.desks[0].seal().unwrap();
        let b = t.desks[1].issue_letter(grants[1], None, "Ben Laptop").unwrap();
        t.desks[1].seal().unwrap();
        assert!(!a.reference.contains("-B-"), "{}", a.reference);
        assert!(b.reference.starts_with("P2P-B-"), "{}", b.reference);
        sync_all(&mut t);
        let refs = t.desks[2].canonical_rows("letters").unwrap();
        assert_eq!(refs.len(), 2);
        assert_eq!(t.desks[0].canonical_dump().unwrap(), t.desks[2].canonical_dump().unwrap());
    }

    #[test]
    fn one_hub_s_ballot_recorded_on_two_desks_is_a_clash_and_counts_once() {
        let mut t = team();
        let (cycle, first) = ballot(&t.desks[0], 0, false).unwrap();
        t.desks[0].record_ballot(cycle, &first, "Ana Office").unwrap();
        t.desks[0].seal().unwrap();
        let (_, second) = ballot(&t.desks[2], 0, true).unwrap();
        t.desks[2].record_ballot(cycle, &second, "Cleo Event").unwrap();
        t.desks[2].seal().unwrap();
        // A ballot of another hub, recorded on Ben's desk meanwhile, is no clash.
        let (_, other) = ballot(&t.desks[1], 1, false).unwrap();
        t.desks[1].record_ballot(cycle, &other, "Ben Laptop").unwrap();
        t.desks[1].seal().unwrap();
        sync_all(&mut t);
        let subject = format!("ballot:{cycle}:{}", first.hub_id);
        for d in &t.desks {
            assert_eq!(d.clash_subjects().unwrap(), vec![subject.clone()]);
            assert_eq!(d.vote_overview(cycle).unwrap().count.ballots, 2, "the hub counts once");
        }
        let clash = t.desks[1].clashes().unwrap().remove(0);
        assert!(clash.title.starts_with("The ballot of ") && clash.title.contains("in the vote of"), "{}", clash.title);
        // The result waits for the decision.
        let e = t.desks[1].declare_vote(cycle, true, "Ben Laptop").unwrap_err();
        assert!(e.message.contains("decide which one counts"), "{}", e.message);

        // Ben keeps Ana's version: on every desk her ranking is the hub's ballot.
        let ana = clash.versions.iter().find(|v| v.person == "Ana Office").unwrap();
        t.desks[1].resolve_clash(&subject, Some((&ana.desk_id, ana.seq)), "The e-mailed ballot is the signed one").unwrap();
        sync_all(&mut t);
        for d in &t.desks {
            assert!(d.clash_subjects().unwrap().is_empty());
            let vote = d.vote_overview(cycle).unwrap();
            let voter = vote.electorate.iter().find(|v| v.hub_id == first.hub_id).unwrap();
            assert_eq!(voter.ballot.as_ref().unwrap().choices, first.choices);
            assert_eq!(vote.history.iter().filter(|b| b.hub_id == first.hub_id && b.replaced_by.is_none()).count(), 1);
        }
        assert_eq!(t.desks[0].canonical_dump().unwrap(), t.desks[2].canonical_dump().unwrap());
        let ballot_id = t.desks[0].vote_overview(cycle).unwrap().history.iter().find(|b| b.hub_id == first.hub_id && b.replaced_by.is_none()).unwrap().id;
        let history = t.desks[2].record_history(RecordKind::Ballot, ballot_id).unwrap();
        assert!(history.iter().any(|h| h.person == "Ana Office"), "{history:#?}");
        t.desks[1].declare_vote(cycle, true, "Ben Laptop").unwrap();
    }

    #[test]
    fn two_hubs_given_one_key_on_two_desks_at_once_end_alike_and_lose_no_other_field() {
        let mut t = team();
        let (k1, k2) = ("kypseli-athens", "tepe-plovdiv");
        let id1 = t.desks[0].hub_by_key(k1).unwrap().id;
        let id2 = t.desks[0].hub_by_key(k2).unwrap().id;
        let mut a = hub_input(&t.desks[0], k1);
        a.key = "the-same-key".into();
        a.notes = "renamed on the office".into();
        t.desks[0].update_hub(id1, &a).unwrap();
        t.desks[0].seal().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(5));
        let mut b = hub_input(&t.desks[1], k2);
        b.key = "the-same-key".into();
        b.notes = "renamed on the laptop".into();
        t.desks[1].update_hub(id2, &b).unwrap();
        t.desks[1].seal().unwrap();
        sync_all(&mut t);
        for d in &t.desks {
            // The later change keeps the key; the other hub's takes its id; both notes stay.
            let (h1, h2) = (d.hub(id1).unwrap(), d.hub(id2).unwrap());
            assert_eq!((h1.key.as_str(), h2.key.as_str()), (format!("the-same-key-{id1}").as_str(), "the-same-key"));
            assert_eq!((h1.notes.as_str(), h2.notes.as_str()), ("renamed on the office", "renamed on the laptop"));
        }
        assert_eq!(t.desks[0].canonical_dump().unwrap(), t.desks[1].canonical_dump().unwrap());
        assert_eq!(t.desks[1].canonical_dump().unwrap(), t.desks[2].canonical_dump().unwrap());
    }

    /// The office removes Cleo's desk knowing its work up to a point; Cleo wrote more, which
    /// reached Ben before the removal did, and Ben built on it. Once everything is in, Ben holds
    /// what the office holds: Cleo's late entries undone, the work on them gone with them, and
    /// nothing of Ben's left waiting.
    #[test]
    fn entries_of_a_removed_desk_applied_before_the_removal_came_are_undone() {
        let mut t = team();
        let key = "kypseli-athens";
        let cleo = t.desks[2].desk_status().unwrap().desk_id;
        t.desks[0].remove_desk(&cleo).unwrap();
        // Cleo, not knowing, changes a hub and makes one; Ben receives it first and edits both.
        let mut c = hub_input(&t.desks[2], key);
        c.notes = "late note from Cleo".into();
        let id = t.desks[2].hub_by_key(key).unwrap().id;
        t.desks[2].update_hub(id, &c).unwrap();
        t.desks[2].seal().unwrap();
        let late = t.desks[2].create_hub(&hub("Late Hub")).unwrap();
        t.desks[2].seal().unwrap();
        let (f, g) = pair(&mut t.desks, 2, 1);
        assert_eq!(sync(f, g).applied, 2);
        let mut b = HubInput::from(&t.desks[1].hub(late.id).unwrap());
        b.archived = None;
        b.expected_version = None;
        b.website = "https://late.example/".into();
        t.desks[1].update_hub(late.id, &b).unwrap();
        t.desks[1].seal().unwrap();
        let mut b = hub_input(&t.desks[1], key);
        b.website = "https://kypseli.example/ben".into();
        t.desks[1].update_hub(id, &b).unwrap();
        t.desks[1].seal().unwrap();
        // The removal reaches Ben; then everything goes everywhere.
        let (f, g) = pair(&mut t.desks, 0, 1);
        let got = sync(f, g);
        assert_eq!(got.undone, 2, "{got:?}");
        sync_all(&mut t);
        for d in &t.desks[..2] {
            let h = d.hub(id).unwrap();
            assert_eq!((h.notes.as_str(), h.website.as_str()), ("", "https://kypseli.example/ben"), "Cleo's late note undone, Ben's own change kept");
            assert!(d.hub(late.id).is_err(), "the hub Cleo made late is not the team's");
            assert_eq!(d.team_status().unwrap().waiting, 0, "nothing waits for Cleo's refused entries: {:?}", d.team_status().unwrap().waiting_reasons);
        }
        assert_eq!(t.desks[0].canonical_dump().unwrap(), t.desks[1].canonical_dump().unwrap());
        assert_eq!(t.desks[0].log_vector().unwrap(), t.desks[1].log_vector().unwrap());
    }

    /// Found by the property test: Ben gives hub 0 a key Ana gives hub 3 at once, then Ana gives
    /// hub 3 another: once every change is in, hub 0 holds the key on both desks (before, the
    /// desk that had seen the clash kept hub 0's suffix).
    #[test]
    fn a_key_given_up_by_one_hub_goes_back_to_the_hub_that_was_given_it() {
        for _ in 0..5 {
            let mut t = team();
            for (desk, act) in [(1, Act::Rekey(0, 0)), (0, Act::Rekey(3, 0)), (0, Act::Rekey(3, 1))] {
                run(&mut t, desk, &act);
            }
            sync_all(&mut t);
            let ids = HUB_IDS.get().unwrap();
            for d in &t.desks {
                assert_eq!(d.hub(ids[0]).unwrap().key, "shared-key-0");
                assert_eq!(d.hub(ids[3]).unwrap().key, "shared-key-1");
            }
            assert_eq!(t.desks[0].canonical_dump().unwrap(), t.desks[1].canonical_dump().unwrap());
            assert_eq!(t.desks[1].canonical_dump().unwrap(), t.desks[2].canonical_dump().unwrap());
        }
    }

    /// Found by the property test: Cleo's hub was merged into Ana's, made under the same name
    /// at once; its id must not name Cleo's next hub, or Ana's desk (which knows that id as
    /// Ana's hub) would apply the new hub to the old one.
    #[test]
    fn an_id_merged_away_is_never_given_again() {
        let mut t = team();
        let steps = [(2, Act::NewHub(1)), (2, Act::NewHub(0)), (0, Act::NewHub(0)), (0, Act::Sync { from: 0, to: 2, skip: 0, reverse: false, twice: false }), (2, Act::NewHub(0))];
        for (desk, act) in steps {
            run(&mut t, desk, &act);
        }
        sync_all(&mut t);
        let keys = |d: &Store| -> Vec<String> { d.canonical_rows("hubs").unwrap().iter().filter_map(|r| r[1].as_str().filter(|k| k.starts_with("shared-name-0")).map(str::to_string)).collect() };
        for d in &t.desks {
            assert_eq!(keys(d), ["shared-name-0-at", "shared-name-0-at-2"]);
        }
        assert_eq!(t.desks[0].canonical_dump().unwrap(), t.desks[2].canonical_dump().unwrap());
    }

    #[derive(Debug, Clone)]
    enum Act {
        Rename(usize, u8),
        Notes(usize, u8),
        NewHub(u8),
        Pay(usize),
        Letter(usize),
        Amend(usize),
        /// Cleo's desk removed from the team (by the desk that acts; never by Cleo's own).
        RemoveCleo,
        /// A hub given one of two keys (two desks may give one key to two hubs at once).
        Rekey(usize, u8),
        /// A ballot of one of the first four voters, ranked one way or the other.
        Ballot(usize, bool),
        /// Declare the vote's result.
        Declare,
        /// Deliver what `from` holds to `to`: every `skip`th entry left out (0: none), in
        /// reverse order or not, twice or once.
        Sync { from: usize, to: usize, skip: usize, reverse: bool, twice: bool },
    }

    fn act() -> impl proptest::strategy::Strategy<Value = (usize, Act)> {
        use proptest::prelude::*;
        let act = prop_oneof![
            (0usize..4, any::<u8>()).prop_map(|(h, n)| Act::Rename(h, n % 3)),
            (0usize..4, any::<u8>()).prop_map(|(h, n)| Act::Notes(h, n)),
            (0u8..3).prop_map(Act::NewHub),
            (0usize..3).prop_map(Act::Pay),
            (0usize..3).prop_map(Act::Letter),
            (0usize..3).prop_map(Act::Amend),
            (0usize..4, any::<bool>()).prop_map(|(v, r)| Act::Ballot(v, r)),
            (0usize..4, any::<u8>()).prop_map(|(h, n)| Act::Rekey(h, n % 2)),
            Just(Act::Declare),
            Just(Act::RemoveCleo),
            (0usize..3, 0usize..3, 0usize..4, any::<bool>(), any::<bool>()).prop_map(|(from, to, skip, reverse, twice)| Act::Sync { from, to, skip, reverse, twice }),
        ];
        (0usize..3, act)
    }

    const HUB_KEYS: [&str; 4] = ["kypseli-athens", "fabrika-thessaloniki", "alyki-larnaca", "tepe-plovdiv"];
    static HUB_IDS: OnceLock<Vec<i64>> = OnceLock::new();

    fn run(t: &mut Team, desk: usize, act: &Act) {
        let cycle = t.desks[0].cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == Shape::P2p).unwrap().id;
        let grants: Vec<i64> = t.desks[desk].grants(cycle).unwrap().into_iter().map(|g| g.id).collect();
        let who = ["Ana Office", "Ben Laptop", "Cleo Event"][desk];
        let s = &mut t.desks[desk];
        // Refusals (an instalment paid already, a hub key taken) are part of the game.
        match act {
            Act::Rename(h, n) | Act::Notes(h, n) => {
                let Ok(hub) = t_hub_by_index(s, *h) else { return };
                let mut input = HubInput::from(&hub);
                input.archived = None;
                input.expected_version = None;
                if matches!(act, Act::Rename(..)) {
                    input.name = format!("{} #{n}", hub.name.split(" #").next().unwrap_or_default());
                } else {
                    input.notes = format!("note {n} from {who}");
                }
                let _ = s.update_hub(hub.id, &input);
            }
            Act::Rekey(h, n) => {
                // Hubs are found by their id here: a key may have changed.
                let Ok(first) = t_hub_by_index(s, *h) else { return };
                let mut input = HubInput::from(&first);
                input.archived = None;
                input.expected_version = None;
                input.key = format!("shared-key-{n}");
                let _ = s.update_hub(first.id, &input);
            }
            Act::NewHub(n) => {
                let _ = s.create_hub(&hub(&format!("Shared Name {n}")));
            }
            Act::Pay(g) => {
                if let Some(grant) = grants.get(*g) {
                    if let Some(p) = s.grant_payments(*grant).unwrap().payments.iter().find(|p| p.state == PaymentState::Open) {
                        let _ = s.mark_paid(p.id, &PaymentInput { paid_on: None, reference: format!("BANK-{desk}") }, who);
                    }
                }
            }
            Act::Letter(g) => {
                if let Some(grant) = grants.get(*g) {
                    let _ = s.issue_letter(*grant, None, who);
                }
            }
            Act::Amend(g) => {
                if let Some(grant) = grants.get(*g) {
                    let _ = s.amend_grant(*grant, &format!("checked by {who}"), who);
                }
            }
            Act::Ballot(voter, reversed) => {
                if let Some((cycle, input)) = ballot(s, *voter, *reversed) {
                    let _ = s.record_ballot(cycle, &input, who);
                }
            }
            Act::Declare => {
                let _ = s.declare_vote(workshops(s), true, who);
            }
            Act::RemoveCleo => {
                if desk != 2 {
                    let _ = s.remove_desk(&cleo());
                }
            }
            Act::Sync { from, to, skip, reverse, twice } => {
                if from == to {
                    return;
                }
                let (f, g) = pair(&mut t.desks, *from, *to);
                let mut wires = f.log_after(&g.log_vector().unwrap(), None).unwrap();
                if *skip > 0 {
                    wires = wires.into_iter().enumerate().filter(|(i, _)| i % (skip + 1) != *skip).map(|(_, w)| w).collect();
                }
                if *reverse {
                    wires.reverse();
                }
                let got = g.receive(&wires).unwrap();
                assert!(got.refused.iter().all(|r| r.desk_id == cleo()), "only a removed desk's entries are refused: {got:?}");
                if *twice {
                    let again = g.receive(&wires).unwrap();
                    assert_eq!(again.applied, 0, "nothing is applied twice");
                }
                return;
            }
        }
        t.desks[desk].seal().unwrap();
    }

    /// The `h`th of the hubs whose keys the game changes, by its id (the same on every desk).
    fn t_hub_by_index(s: &Store, h: usize) -> mobility_desk_core::Result<mobility_desk_core::registry::hubs::Hub> {
        let ids = HUB_IDS.get().expect("the template sets the ids");
        s.hub(ids[h])
    }

    fn cleo() -> String {
        static ID: OnceLock<String> = OnceLock::new();
        ID.get_or_init(|| Store::open(&template().join("c.sqlite3")).unwrap().desk_status().unwrap().desk_id).clone()
    }

    fn cases() -> u32 {
        std::env::var("MOBILITY_DESK_TEAM_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(12)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: cases(), failure_persistence: None, ..proptest::prelude::ProptestConfig::default() })]

        /// Three desks, random work and random deliveries (partial, reversed, twice): once every
        /// desk has every entry, every desk holds the same data, the same clashes, and no
        /// reference was given twice.
        #[test]
        fn every_desk_ends_with_the_same_data_whatever_the_order(acts in proptest::collection::vec(act(), 1..24)) {
            let mut t = team();
            for (desk, a) in &acts {
                run(&mut t, *desk, a);
            }
            sync_all(&mut t);
            // Once Cleo's desk is removed, what it writes is its own: the team is the other two.
            let removed = t.desks[0].team_status().unwrap().desks.iter().any(|d| d.state == "removed");
            let team_size = if removed { 2 } else { 3 };
            let dumps: Vec<_> = t.desks.iter().take(team_size).map(|d| d.canonical_dump().unwrap()).collect();
            for (i, d) in dumps.iter().enumerate().skip(1) {
                for (table, rows) in d {
                    proptest::prop_assert_eq!(rows, &dumps[0][table], "desk {} and desk 0 differ in {}", i, table);
                }
            }
            let clashes: Vec<_> = t.desks.iter().take(team_size).map(|d| d.clash_subjects().unwrap()).collect();
            for c in &clashes {
                proptest::prop_assert_eq!(c, &clashes[0]);
            }
            for d in t.desks.iter().take(team_size) {
                let v = d.log_vector().unwrap();
                proptest::prop_assert_eq!(&v, &t.desks[0].log_vector().unwrap(), "every desk holds every entry");
            }
            let letters = t.desks[0].canonical_rows("letters").unwrap();
            // Columns 2 and 3 of a letter: its reference and version.
            let mut refs: Vec<String> = letters.iter().map(|r| format!("{}/{}", r[2], r[3])).collect();
            let n = refs.len();
            refs.sort();
            refs.dedup();
            proptest::prop_assert_eq!(refs.len(), n, "a reference given twice");

            // A person decides every clash on one desk: settled everywhere, still identical.
            for subject in clashes[0].clone() {
                t.desks[1].resolve_clash(&subject, None, "checked").unwrap();
            }
            sync_all(&mut t);
            for d in t.desks.iter().take(team_size) {
                proptest::prop_assert!(d.clash_subjects().unwrap().is_empty());
                // Each hub has one ballot that counts, at most.
                let vote = d.vote_overview(workshops(d)).unwrap();
                let mut voters: Vec<i64> = vote.history.iter().filter(|b| b.replaced_by.is_none()).map(|b| b.hub_id).collect();
                let n = voters.len();
                voters.dedup();
                voters.sort();
                voters.dedup();
                proptest::prop_assert_eq!(voters.len(), n, "a hub with two ballots that count");
            }
            proptest::prop_assert_eq!(t.desks[0].canonical_dump().unwrap(), t.desks[team_size - 1].canonical_dump().unwrap());
        }
    }
}

// ---------------------------------------------------------------- through a folder

mod through_a_folder {
    use super::*;
    use mobility_desk_core::platform::paths::DATABASE_FILE;
    use mobility_desk_core::funding::payments::{PaymentInput, PaymentState};
    use mobility_desk_core::team::{finish_join, finish_join_with, JoinStage};
    use std::path::Path;

    fn office(dir: &Path) -> Store {
        let mut a = Store::open_dir(&dir.join("office")).unwrap();
        a.set_person(&person("Ana Office")).unwrap();
        a.load_demo().unwrap();
        a
    }

    /// A shares, B asks to join and is approved on A, and starts from A's snapshot.
    fn two_desks(dir: &Path) -> (Store, Store) {
        let shared = dir.join("shared");
        std::fs::create_dir_all(&shared).unwrap();
        let mut a = office(dir);
        let status = a.share_through_folder(&shared).unwrap();
        assert_eq!(status.state, "member");
        let laptop = dir.join("laptop");
        let card = {
            let mut b = Store::open_dir(&laptop).unwrap();
            b.set_person(&person("Ben Laptop")).unwrap();
            b.join_through_folder(&shared).unwrap()
        };
        // Not approved yet: nothing to read.
        assert!(!finish_join(&laptop.join(DATABASE_FILE), None).unwrap());
        let requests = a.team_status().unwrap().requests;
        assert_eq!(requests.len(), 1);
        assert_eq!((requests[0].fingerprint.as_str(), requests[0].person_name.as_str()), (card.fingerprint.as_str(), "Ben Laptop"));
        assert_eq!(a.approve_from_folder(&card.desk_id).unwrap(), 1);
        // The join tells each step: the snapshot read, written, and what came after applied.
        let mut steps = Vec::new();
        assert!(finish_join_with(&laptop.join(DATABASE_FILE), None, &mut |p| steps.push(p)).unwrap());
        let stages: Vec<JoinStage> = steps.iter().map(|p| p.stage).collect();
        assert_eq!(stages.first(), Some(&JoinStage::Reading), "{steps:?}");
        assert!(stages.windows(2).all(|w| w[0] as u8 <= w[1] as u8), "in order: {steps:?}");
        let read = steps.iter().rfind(|p| p.stage == JoinStage::Reading).unwrap();
        assert!(read.total > 100_000 && read.done == read.total, "{read:?}");
        let applied = steps.iter().rfind(|p| p.stage == JoinStage::Applying).unwrap();
        assert!(applied.done <= applied.total, "{applied:?}");
        let b = Store::open_dir(&laptop).unwrap();
        (a, b)
    }

    #[test]
    fn a_desk_joins_through_the_folder_and_their_work_meets() {
        let dir = tempfile::tempdir().unwrap();
        let (mut a, mut b) = two_desks(dir.path());
        assert_eq!(b.hub_count().unwrap(), 44, "the newcomer holds the team's data");
        let status = b.team_status().unwrap();
        assert_eq!(status.state, "member");
        assert_eq!(status.desks.len(), 2);
        assert_eq!(b.person().unwrap().name, "Ben Laptop", "the newcomer keeps who it is");

        let h = b.create_hub(&hub("Made on the laptop")).unwrap();
        assert_eq!(h.id % 100, 1);
        let sent = b.sync_folder().unwrap();
        assert!(sent.sent >= 1, "{sent:?}");
        let got = a.sync_folder().unwrap();
        assert_eq!(got.from, vec![("Ben Laptop".to_string(), got.received.applied)]);
        assert_eq!(a.hub(h.id).unwrap().name, "Made on the laptop");
        assert_eq!(a.canonical_dump().unwrap(), b.canonical_dump().unwrap());
        assert!(a.audit_verify().unwrap().ok);
        assert_eq!(a.audit_verify().unwrap().desks.len(), 2);

        // Nothing in the folder reads as plain text: names, e-mails and notes are encrypted.
        for file in walk(&dir.path().join("shared")) {
            if file.extension().is_some_and(|e| e == "age") {
                let bytes = std::fs::read(&file).unwrap();
                let holds = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
                assert!(!holds(b"Made on the laptop"), "{}", file.display());
                assert!(!holds(b"kypseli.example"), "{}", file.display());
            }
        }
    }

    #[test]
    fn a_missing_folder_and_a_cut_file_are_told_and_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let (mut a, mut b) = two_desks(dir.path());
        b.create_hub(&hub("Offline work")).unwrap();
        b.sync_folder().unwrap();

        // A segment cut short by a sync tool still uploading it: read at a later sync.
        let segments: Vec<_> = walk(&dir.path().join("shared")).into_iter().filter(|p| p.to_string_lossy().contains("/log/") && !p.to_string_lossy().contains(&a.desk_status().unwrap().desk_id)).collect();
        let last = segments.iter().max().unwrap().clone();
        let whole = std::fs::read(&last).unwrap();
        std::fs::write(&last, &whole[..whole.len() / 2]).unwrap();
        let got = a.sync_folder().unwrap();
        assert_eq!(got.unreadable.len(), 1, "{got:?}");
        assert!(a.hub_by_key("offline-work-at").is_err());
        std::fs::write(&last, &whole).unwrap();
        a.sync_folder().unwrap();
        assert_eq!(a.hub_by_key("offline-work-at").unwrap().name, "Offline work");

        // The folder gone (a USB stick pulled): an error that says so; the desk keeps working.
        std::fs::rename(dir.path().join("shared"), dir.path().join("elsewhere")).unwrap();
        b.create_hub(&hub("Still working")).unwrap();
        let e = b.sync_folder().unwrap_err();
        assert_eq!(e.code, ErrorCode::Io);
        assert!(e.message.contains("is not there"), "{}", e.message);
        std::fs::rename(dir.path().join("elsewhere"), dir.path().join("shared")).unwrap();
        assert!(b.sync_folder().unwrap().sent >= 1);
        a.sync_folder().unwrap();
        assert!(a.hub_by_key("still-working-at").is_ok());
    }

    #[test]
    fn both_desks_pay_one_instalment_offline_and_the_clash_waits_in_both_inboxes() {
        let dir = tempfile::tempdir().unwrap();
        let (mut a, mut b) = two_desks(dir.path());
        use mobility_desk_core::cycle::cycles::{CycleQuery, Phase};
        use mobility_desk_core::cycle::programmes::Shape;
        let cycle = a.cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == Shape::P2p).unwrap().id;
        a.move_cycle(cycle, Phase::Selection, "").unwrap();
        a.select(cycle, "Ana Office").unwrap();
        a.advance_cycle(cycle, Phase::Awarded, "Ana Office").unwrap();
        a.award_grants(cycle, None, true, "Ana Office").unwrap();
        a.sync_folder().unwrap();
        b.sync_folder().unwrap();
        let grant = b.grants(cycle).unwrap()[0].id;
        let first = b.grant_payments(grant).unwrap().payments[0].id;
        a.mark_paid(first, &PaymentInput { paid_on: None, reference: "A-1".into() }, "Ana Office").unwrap();
        b.mark_paid(first, &PaymentInput { paid_on: None, reference: "B-1".into() }, "Ben Laptop").unwrap();
        a.sync_folder().unwrap();
        b.sync_folder().unwrap();
        a.sync_folder().unwrap();
        assert_eq!(a.clash_subjects().unwrap(), vec![format!("grant:{grant}")]);
        assert_eq!(b.clash_subjects().unwrap(), a.clash_subjects().unwrap());
        let finance = a.finance_csv(&[cycle], Some("en")).unwrap();
        let text = String::from_utf8(finance).unwrap();
        assert_eq!(text.matches(",A-1,").count() + text.matches(",B-1,").count(), 1, "paid once in the finance export: {text}");
        assert_eq!(a.grant_payments(grant).unwrap().payments.iter().filter(|p| p.state == PaymentState::Paid).count(), 1);
    }

    fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            if e.path().is_dir() {
                out.extend(walk(&e.path()));
            } else {
                out.push(e.path());
            }
        }
        out
    }
}

// ---------------------------------------------------------------- bad input

mod bad_input {
    use super::*;
    use mobility_desk_core::platform::paths::DATABASE_FILE;
    use mobility_desk_core::team::{finish_join, seal_as_if_for_tests, JoinCard};
    use std::path::Path;

    fn shared_pair(dir: &Path) -> (Store, Store, String) {
        let shared = dir.join("shared");
        std::fs::create_dir_all(&shared).unwrap();
        let mut a = Store::open_dir(&dir.join("office")).unwrap();
        a.set_person(&person("Ana Office")).unwrap();
        a.load_demo().unwrap();
        a.share_through_folder(&shared).unwrap();
        let laptop = dir.join("laptop");
        let card = {
            let mut b = Store::open_dir(&laptop).unwrap();
            b.set_person(&person("Ben Laptop")).unwrap();
            b.join_through_folder(&shared).unwrap()
        };
        a.approve_from_folder(&card.desk_id).unwrap();
        assert!(finish_join(&laptop.join(DATABASE_FILE), None).unwrap());
        (a, Store::open_dir(&laptop).unwrap(), card.desk_id)
    }

    #[test]
    fn a_desk_whose_clock_is_a_year_ahead_is_named_and_its_change_still_applies() {
        let dir = tempfile::tempdir().unwrap();
        let (mut a, mut b, laptop) = shared_pair(dir.path());
        seal_as_if_for_tests(365 * 86_400_000, None);
        b.create_hub(&hub("From the future")).unwrap();
        b.sync_folder().unwrap();
        seal_as_if_for_tests(0, None);
        let got = a.sync_folder().unwrap();
        assert_eq!(got.received.applied, 1);
        assert_eq!(got.received.clocks_ahead.len(), 1, "{got:?}");
        assert_eq!(got.received.clocks_ahead[0].0, laptop);
        assert!(got.received.clocks_ahead[0].1 >= 364, "{got:?}");
        // A change made afterwards on the office is still later than what it saw.
        let id = a.hub_by_key("from-the-future-at").unwrap().id;
        let mut input = HubInput::from(&a.hub(id).unwrap());
        input.archived = None;
        input.expected_version = None;
        input.notes = "Seen after".into();
        a.update_hub(id, &input).unwrap();
        a.sync_folder().unwrap();
        b.sync_folder().unwrap();
        assert_eq!(b.hub(id).unwrap().notes, "Seen after");
    }

    #[test]
    fn an_entry_of_a_newer_version_waits_and_says_to_update() {
        let dir = tempfile::tempdir().unwrap();
        let (mut a, mut b, _) = shared_pair(dir.path());
        seal_as_if_for_tests(0, Some(999));
        b.create_hub(&hub("From a newer app")).unwrap();
        b.sync_folder().unwrap();
        seal_as_if_for_tests(0, None);
        let got = a.sync_folder().unwrap();
        assert_eq!((got.received.applied, got.received.waiting), (0, 1), "{got:?}");
        let status = a.team_status().unwrap();
        assert_eq!(status.waiting_reasons, ["update Mobility Desk to read 1 change from Ben Laptop (written by a newer version of Mobility Desk, data version 999)"]);
        assert!(a.hub_by_key("from-a-newer-app-at").is_err());
    }

    #[test]
    fn a_snapshot_of_a_newer_version_is_not_joined_and_says_to_update() {
        let dir = tempfile::tempdir().unwrap();
        let shared = dir.path().join("shared");
        std::fs::create_dir_all(&shared).unwrap();
        let mut a = Store::open_dir(&dir.path().join("office")).unwrap();
        a.load_demo().unwrap();
        seal_as_if_for_tests(0, Some(999));
        a.share_through_folder(&shared).unwrap();
        let laptop = dir.path().join("laptop");
        let card = Store::open_dir(&laptop).unwrap().join_through_folder(&shared).unwrap();
        a.approve_from_folder(&card.desk_id).unwrap();
        seal_as_if_for_tests(0, None);
        let e = finish_join(&laptop.join(DATABASE_FILE), None).unwrap_err();
        assert_eq!(e.code, ErrorCode::NewerSchema);
        assert!(e.message.contains("update Mobility Desk to join"), "{}", e.message);
        // Nothing was taken: the laptop still waits, empty.
        let b = Store::open_dir(&laptop).unwrap();
        assert_eq!((b.team_status().unwrap().state.as_str(), b.hub_count().unwrap()), ("pending", 0));
    }

    #[test]
    fn a_folder_this_desk_may_not_write_to_is_told_and_the_change_waits() {
        let dir = tempfile::tempdir().unwrap();
        let (mut a, mut b, laptop) = shared_pair(dir.path());
        b.create_hub(&hub("Made meanwhile")).unwrap();
        // The desk's place in the folder cannot be written: read-only for a user; as root, which
        // permissions do not stop, a file stands where its log folder should be.
        let log = dir.path().join("shared").join("desks").join(&laptop).join("log");
        let kept = log.exists();
        if kept {
            std::fs::rename(&log, log.with_extension("kept")).unwrap();
        }
        std::fs::write(&log, b"not a folder").unwrap();
        let e = b.sync_folder().unwrap_err();
        assert_eq!(e.code, ErrorCode::Io);
        assert!(e.message.contains("may write to it"), "{}", e.message);
        assert!(b.team_status().unwrap().outgoing >= 1, "the change waits to go out");
        assert_eq!(b.hub_by_key("made-meanwhile-at").unwrap().name, "Made meanwhile", "nothing lost");
        std::fs::remove_file(&log).unwrap();
        if kept {
            std::fs::rename(log.with_extension("kept"), &log).unwrap();
        }
        assert!(b.sync_folder().unwrap().sent >= 1);
        a.sync_folder().unwrap();
        assert_eq!(a.hub_by_key("made-meanwhile-at").unwrap().name, "Made meanwhile");
    }

    #[test]
    fn a_protected_desk_joins_a_protected_office_and_stays_protected() {
        use mobility_desk_core::platform::protection::{convert, is_protected_file, Passphrase};
        let dir = tempfile::tempdir().unwrap();
        let shared = dir.path().join("shared");
        std::fs::create_dir_all(&shared).unwrap();
        // The office's file is protected too: its snapshot is read from a protected file.
        let office = dir.path().join("office");
        Store::open_dir(&office).unwrap().load_demo().unwrap();
        let office_key = Passphrase::new("the office's own passphrase").unwrap();
        convert(&office.join(DATABASE_FILE), None, Some(&office_key)).unwrap();
        let mut a = Store::open_dir_keyed(&office, Some(&office_key)).unwrap();
        a.share_through_folder(&shared).unwrap();
        let laptop = dir.path().join("laptop");
        let file = laptop.join(DATABASE_FILE);
        drop(Store::open_dir(&laptop).unwrap());
        let key = Passphrase::new("correct horse battery").unwrap();
        convert(&file, None, Some(&key)).unwrap();
        let card = Store::open_dir_keyed(&laptop, Some(&key)).unwrap().join_through_folder(&shared).unwrap();
        a.approve_from_folder(&card.desk_id).unwrap();
        assert!(finish_join(&file, Some(&key)).unwrap());
        assert!(is_protected_file(&file), "the team's data is put in place protected");
        let bytes = std::fs::read(&file).unwrap();
        assert!(!bytes.windows(b"kypseli.example".len()).any(|w| w == b"kypseli.example"));
        assert!(Store::open_dir(&laptop).is_err(), "not without the passphrase");
        let b = Store::open_dir_keyed(&laptop, Some(&key)).unwrap();
        assert_eq!((b.team_status().unwrap().state.as_str(), b.hub_count().unwrap()), ("member", 44));
    }

    #[test]
    fn two_desks_claiming_one_id_and_a_forged_request_are_not_approved() {
        let dir = tempfile::tempdir().unwrap();
        let (mut a, b, laptop) = shared_pair(dir.path());
        // Another key claiming the laptop's id.
        let other = Store::open_in_memory().unwrap().join_card().unwrap();
        let claim = JoinCard { desk_id: laptop.clone(), ..other.clone() };
        let e = a.approve_desk(&claim).unwrap_err();
        assert_eq!(e.code, ErrorCode::Conflict);
        assert!(e.message.contains("its key belongs to another desk"), "{}", e.message);
        // The laptop's own card again: already in the team.
        let e = a.approve_desk(&b.join_card().unwrap()).unwrap_err();
        assert!(e.message.contains("in the team already"), "{}", e.message);
        // A desk cannot remove itself.
        let own = a.desk_status().unwrap().desk_id;
        assert_eq!(a.remove_desk(&own).unwrap_err().code, ErrorCode::NotAllowed);
    }

    #[test]
    fn a_single_desk_file_from_an_earlier_version_starts_a_team_with_every_letter_intact() {
        let dir = tempfile::tempdir().unwrap();
        let fixture = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema/v20.sql");
        let office = dir.path().join("office");
        std::fs::create_dir_all(&office).unwrap();
        let file = office.join(DATABASE_FILE);
        mobility_desk_core::testing::load_sql(&file, &std::fs::read_to_string(fixture).unwrap()).unwrap();
        let letters_before: Vec<(i64, String, Vec<u8>)> = {
            let conn = rusqlite::Connection::open(&file).unwrap();
            let mut stmt = conn.prepare("SELECT id, reference, pdf FROM letters ORDER BY id").unwrap();
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().collect::<rusqlite::Result<Vec<_>>>().unwrap();
            rows
        };
        assert!(!letters_before.is_empty(), "the fixture holds an issued letter");
        let shared = dir.path().join("shared");
        std::fs::create_dir_all(&shared).unwrap();
        let mut a = Store::open_dir(&office).unwrap();
        let dump_before = a.canonical_dump().unwrap();
        a.share_through_folder(&shared).unwrap();
        assert_eq!(a.canonical_dump().unwrap()["letters"], dump_before["letters"], "starting a team changes no letter");
        let laptop = dir.path().join("laptop");
        let card = Store::open_dir(&laptop).unwrap().join_through_folder(&shared).unwrap();
        a.approve_from_folder(&card.desk_id).unwrap();
        assert!(finish_join(&laptop.join(DATABASE_FILE), None).unwrap());
        drop(a);
        let conn = rusqlite::Connection::open(laptop.join(DATABASE_FILE)).unwrap();
        let mut stmt = conn.prepare("SELECT id, reference, pdf FROM letters ORDER BY id").unwrap();
        let letters_after = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().collect::<rusqlite::Result<Vec<(i64, String, Vec<u8>)>>>().unwrap();
        assert_eq!(letters_after, letters_before, "every letter, its number and its bytes, on the new desk");
    }
}

mod removal {
    use super::*;
    use mobility_desk_core::platform::paths::DATABASE_FILE;
    use mobility_desk_core::team::finish_join;

    #[test]
    fn a_removed_desk_reads_nothing_new_and_what_it_writes_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let shared = dir.path().join("shared");
        std::fs::create_dir_all(&shared).unwrap();
        let mut a = Store::open_dir(&dir.path().join("office")).unwrap();
        a.set_person(&person("Ana Office")).unwrap();
        a.load_demo().unwrap();
        a.share_through_folder(&shared).unwrap();
        let mut desks = Vec::new();
        for name in ["laptop", "event"] {
            let path = dir.path().join(name);
            let card = Store::open_dir(&path).unwrap().join_through_folder(&shared).unwrap();
            a.approve_from_folder(&card.desk_id).unwrap();
            assert!(finish_join(&path.join(DATABASE_FILE), None).unwrap());
            desks.push((Store::open_dir(&path).unwrap(), card.desk_id));
        }
        let (mut c, c_id) = desks.pop().unwrap();
        let (mut b, _) = desks.pop().unwrap();
        b.sync_folder().unwrap();

        // The event laptop is lost: the office removes it.
        a.remove_from_team(&c_id).unwrap();
        a.create_hub(&hub("After the loss")).unwrap();
        a.sync_folder().unwrap();
        // The laptop that stays gets the new key and reads on.
        b.sync_folder().unwrap();
        assert!(b.hub_by_key("after-the-loss-at").is_ok());
        // The removed desk cannot read what was written after: new files stay closed to it.
        let got = c.sync_folder().unwrap();
        assert!(!got.unreadable.is_empty(), "{got:?}");
        assert!(c.hub_by_key("after-the-loss-at").is_err());
        // And what it writes is refused by the others.
        c.create_hub(&hub("Written by the lost laptop")).unwrap();
        c.sync_folder().unwrap();
        let got = b.sync_folder().unwrap();
        assert!(got.received.refused.iter().any(|r| r.reason.contains("removed")), "{got:?}");
        assert!(b.hub_by_key("written-by-the-lost-laptop-at").is_err());
        assert_eq!(a.canonical_dump().unwrap(), b.canonical_dump().unwrap());
    }
}
