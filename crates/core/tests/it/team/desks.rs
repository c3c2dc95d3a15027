//! Three desks of one team, synced entry by entry: each one's work meeting the others', the
//! clashes of money, ballots and keys, a removed desk's late entries undone, and the property
//! test that every desk ends with the same data whatever the order.

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

/// Found by the property test: Ana gives hub 2 a key Cleo gives hub 0 at once, Ben removes
/// Cleo's desk before he sees it, and Cleo's changes reach Ana first: once every change is in,
/// Cleo's are undone on Ana's desk and both desks hold the same hubs.
#[test]
fn a_removed_desk_s_key_undone_leaves_every_desk_with_the_same_hubs() {
    let mut t = team();
    let steps = [
        (0, Act::Rekey(2, 0)),
        (0, Act::Rename(0, 0)),
        (2, Act::Rekey(0, 0)),
        (1, Act::RemoveCleo),
        (2, Act::Rename(0, 0)),
        (0, Act::Sync { from: 2, to: 0, skip: 0, reverse: false, twice: false }),
    ];
    for (desk, act) in steps {
        run(&mut t, desk, &act);
    }
    sync_all(&mut t);
    let ids = HUB_IDS.get().unwrap();
    for d in &t.desks[..2] {
        let keys: Vec<String> = ids.iter().map(|id| d.hub(*id).unwrap().key).collect();
        assert_eq!(keys[2], "shared-key-0", "Ana's key stays: {keys:?}");
        assert_eq!(keys[0], HUB_KEYS[0], "Cleo's key is undone: {keys:?}");
    }
    let (a, b) = (t.desks[0].canonical_dump().unwrap(), t.desks[1].canonical_dump().unwrap());
    for (table, rows) in &a {
        assert_eq!(rows, &b[table], "Ana's and Ben's desks differ in {table}");
    }
}

/// Two desks enter scores signed by one new reviewer while apart: once every change is in,
/// the cycle has one reviewer of that name, on both applications, on every desk.
/// Desks 0 and 1 each record a score of "Mira Kovač" in the Workshops cycle, offline: two
/// reviewers of one name, merged into one when they sync.
fn mira_scored_on_two_desks() -> (Team, i64) {
    use mobility_desk_core::intake::selection::{CriterionScore, ReviewInput};
    let mut t = team();
    let cycle = workshops(&t.desks[0]);
    let apps: Vec<i64> = t.desks[0].applications(cycle).unwrap().iter().map(|a| a.id).take(2).collect();
    for (desk, app) in [(0, apps[0]), (1, apps[1])] {
        let s = &mut t.desks[desk];
        let scores = s.criteria(cycle).unwrap().iter().map(|c| CriterionScore { criterion_id: c.id, score: 1 }).collect();
        s.save_review(&ReviewInput { application_id: app, reviewer: "Mira Kovač".into(), scores, note: String::new() }).unwrap();
        s.seal().unwrap();
    }
    sync_all(&mut t);
    (t, cycle)
}

#[test]
fn a_reviewer_named_on_two_desks_at_once_is_one_reviewer() {
    let (t, cycle) = mira_scored_on_two_desks();
    for d in &t.desks {
        let mira: Vec<_> = d.reviewers(cycle).unwrap().into_iter().filter(|r| r.name.starts_with("Mira")).collect();
        assert_eq!(mira.len(), 1, "{mira:?}");
        assert_eq!((mira[0].name.as_str(), mira[0].assigned, mira[0].scored), ("Mira Kovač", 2, 2));
    }
    assert_eq!(t.desks[0].canonical_dump().unwrap(), t.desks[1].canonical_dump().unwrap());
    assert_eq!(t.desks[1].canonical_dump().unwrap(), t.desks[2].canonical_dump().unwrap());
}

#[test]
fn templates_and_reminder_schedules_are_the_network_s_and_the_outbox_each_desk_s_own() {
    use mobility_desk_core::outbox::{ComposeRequest, MailKind, ReminderSchedule, TemplateInput};
    let mut t = team();
    let cycle = workshops(&t.desks[0]);
    // Two desks rewrite one template offline: the later wins everywhere.
    for (desk, words) in [(0, "first wording"), (1, "second wording")] {
        let s = &mut t.desks[desk];
        let input = TemplateInput { kind: MailKind::Rejection, language: "en".into(), subject: format!("{{ $cycle }}: {words}"), body: "Dear { $recipient }, no.".into() };
        s.save_mail_template(&input).unwrap();
        s.save_reminder_schedule(&ReminderSchedule { cycle_id: cycle, days_before: 10 + desk as u32, every_days: 3, active: true }).unwrap();
        s.seal().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    // A draft composed on desk 0 stays in desk 0's outbox.
    let composed = t.desks[0].compose_mail(&ComposeRequest { cycle_id: cycle, kind: MailKind::Rejection, language: None }).unwrap();
    t.desks[0].seal().unwrap();
    sync_all(&mut t);
    for d in &t.desks {
        let template = d.mail_template(MailKind::Rejection, "en").unwrap();
        assert_eq!(template.subject, "{ $cycle }: second wording");
        assert_eq!(d.reminder_schedule(cycle).unwrap().days_before, 11);
    }
    assert_eq!(t.desks[0].outbox().unwrap().messages.len(), composed.created as usize);
    assert!(t.desks[1].outbox().unwrap().messages.is_empty(), "the outbox is each desk's own");
    assert_eq!(t.desks[0].canonical_dump().unwrap(), t.desks[1].canonical_dump().unwrap());
    assert_eq!(t.desks[1].canonical_dump().unwrap(), t.desks[2].canonical_dump().unwrap());
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

/// Found by the property below: two desks record a ballot for the same hub offline, one
/// receives the other's and records a third; that one replaces both, so once every desk has
/// every entry the hub has one ballot that counts.
#[test]
fn a_new_ballot_replaces_every_ballot_of_the_hub_that_counted() {
    let mut t = team();
    run(&mut t, 2, &Act::Ballot(0, false));
    run(&mut t, 1, &Act::Ballot(0, false));
    run(&mut t, 0, &Act::Sync { from: 1, to: 2, skip: 0, reverse: false, twice: false });
    run(&mut t, 2, &Act::Ballot(0, false));
    sync_all(&mut t);
    for d in &t.desks {
        let vote = d.vote_overview(workshops(d)).unwrap();
        let counting: Vec<i64> = vote.history.iter().filter(|b| b.replaced_by.is_none()).map(|b| b.hub_id).collect();
        let mut hubs = counting.clone();
        hubs.sort();
        hubs.dedup();
        assert_eq!(hubs.len(), counting.len(), "a hub with two ballots that count: {counting:?}");
    }
    assert_eq!(t.desks[0].canonical_dump().unwrap(), t.desks[2].canonical_dump().unwrap());
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

#[test]
fn a_reviewer_merged_from_two_desks_is_erased_from_every_entry_of_both_keys() {
    let (mut t, cycle) = mira_scored_on_two_desks();
    t.desks[2].erase_person(&mobility_desk_core::privacy::Subject { name: "Mira Kovač".into(), email: String::new() }).unwrap();
    sync_all(&mut t);
    for (d, name) in t.desks.iter().zip(["a.sqlite3", "b.sqlite3", "c.sqlite3"]) {
        assert!(d.reviewers(cycle).unwrap().iter().all(|r| !r.name.starts_with("Mira")));
        assert!(d.audit_verify().unwrap().ok);
        let bytes = std::fs::read(t._dir.path().join(name)).unwrap();
        let wal = std::fs::read(t._dir.path().join(format!("{name}-wal"))).unwrap_or_default();
        assert!(!bytes.windows(9).chain(wal.windows(9)).any(|w| w == b"Mira Kova"), "{name} still holds her name");
    }
}
