//! The Workshops vote in the store: the electorate frozen at opening, ballots recorded and
//! imported with every refusal at its field, the count, declaring (the winner selected and its
//! grant ready for its letter), the report, and a restart.

use mobility_desk_core::intake::applications::Status;
use mobility_desk_core::cycle::cycles::{CycleQuery, Phase};
use mobility_desk_core::funding::grants::GrantState;
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::registry::settings::SettingsInput;
use mobility_desk_core::votes::count::VoteMethod;
use mobility_desk_core::votes::{BallotInput, VoteSettings, VoteState};
use mobility_desk_core::{ErrorCode, Store};
use crate::common::{demo};

fn workshops(s: &Store) -> i64 {
    s.cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == Shape::Workshops).unwrap().id
}

fn hub(s: &Store, key: &str) -> i64 {
    s.hub_by_key(key).unwrap().id
}

/// The demo's eligible proposals: (Navile's, Kypseli's) application ids.
fn proposals(s: &Store, cycle: i64) -> (i64, i64) {
    let v = s.vote_overview(cycle).unwrap();
    let id = |key: &str| v.proposals.iter().find(|p| p.hub_id == hub(s, key)).unwrap().application_id;
    (id("navile-bologna"), id("kypseli-athens"))
}

fn ballot(hub: i64, choices: &[i64]) -> BallotInput {
    BallotInput { hub_id: hub, choices: choices.to_vec(), received_on: None, reason: String::new() }
}

fn field_errors(e: &mobility_desk_core::Error) -> Vec<(String, String)> {
    e.fields.iter().map(|f| (f.field.clone(), f.message.clone())).collect()
}

#[test]
fn the_electorate_is_frozen_when_the_vote_opens() {
    let mut s = demo();
    let cycle = workshops(&s);
    let v = s.vote_overview(cycle).unwrap();
    assert_eq!(v.state, VoteState::Setup);
    assert_eq!(v.electorate.len(), 33, "regular members only by default");
    // The proposal under 15 participants is not on the ballot paper.
    assert_eq!(v.proposals.len(), 2);
    let v = s.save_vote_settings(cycle, &VoteSettings { method: VoteMethod::Borda, associates_vote: true, quorum_percent: 40 }).unwrap();
    assert_eq!(v.electorate.len(), 41, "with the 8 associates");
    let err = s.save_vote_settings(cycle, &VoteSettings { method: VoteMethod::Borda, associates_vote: true, quorum_percent: 140 }).unwrap_err();
    assert_eq!(err.fields[0].field, "quorum_percent");

    let v = s.open_vote(cycle, "tester").unwrap();
    assert_eq!((v.state, v.electorate.len()), (VoteState::Open, 41));
    // A hub that becomes an associate later changes nothing: the electorate is frozen.
    let err = s.save_vote_settings(cycle, &VoteSettings { method: VoteMethod::Borda, associates_vote: false, quorum_percent: 40 }).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    let v = s.save_vote_settings(cycle, &VoteSettings { method: VoteMethod::Points, associates_vote: true, quorum_percent: 40 }).unwrap();
    assert_eq!(v.settings.method, VoteMethod::Points, "the method may still change");
    assert_eq!(s.open_vote(cycle, "tester").unwrap_err().code, ErrorCode::NotAllowed);
    // The selection by ranking is closed: the vote decides.
    let err = s.select(cycle, "tester").unwrap_err();
    assert!(err.message.contains("vote decides"), "{}", err.message);
}

#[test]
fn bad_ballots_are_refused_at_their_field() {
    let mut s = demo();
    let cycle = workshops(&s);
    let (navile, kypseli) = proposals(&s, cycle);
    // Before the vote opens, nothing is recorded.
    assert_eq!(s.record_ballot(cycle, &ballot(hub(&s, "zolw-krakow"), &[navile]), "t").unwrap_err().code, ErrorCode::NotAllowed);
    s.open_vote(cycle, "tester").unwrap();

    // An associate member is outside the electorate.
    let e = s.record_ballot(cycle, &ballot(hub(&s, "kunsthof-graz"), &[navile]), "t").unwrap_err();
    assert_eq!(e.code, ErrorCode::Validation);
    assert_eq!(e.fields[0].field, "hub_id");
    assert!(e.fields[0].message.contains("not in the electorate"), "{:?}", field_errors(&e));
    // Its own proposal.
    let e = s.record_ballot(cycle, &ballot(hub(&s, "navile-bologna"), &[navile, kypseli]), "t").unwrap_err();
    assert!(e.fields[0].message.contains("cannot vote for its own proposal"), "{:?}", field_errors(&e));
    // Repeats and unknown proposals.
    let e = s.record_ballot(cycle, &ballot(hub(&s, "zolw-krakow"), &[kypseli, kypseli]), "t").unwrap_err();
    assert!(e.fields[0].message.contains("ranked twice"), "{:?}", field_errors(&e));
    let e = s.record_ballot(cycle, &ballot(hub(&s, "zolw-krakow"), &[kypseli, 99_999]), "t").unwrap_err();
    assert!(e.fields[0].message.contains("not on the ballot paper"), "{:?}", field_errors(&e));
    let e = s.record_ballot(cycle, &ballot(hub(&s, "zolw-krakow"), &[]), "t").unwrap_err();
    assert_eq!(e.fields[0].field, "choices");
    let mut future = ballot(hub(&s, "zolw-krakow"), &[kypseli]);
    future.received_on = Some("2999-01-01".into());
    assert_eq!(s.record_ballot(cycle, &future, "t").unwrap_err().fields[0].field, "received_on");

    // A second ballot needs a reason; with one, it replaces the first, and both are kept.
    s.record_ballot(cycle, &ballot(hub(&s, "zolw-krakow"), &[kypseli, navile]), "t").unwrap();
    let e = s.record_ballot(cycle, &ballot(hub(&s, "zolw-krakow"), &[navile]), "t").unwrap_err();
    assert_eq!(e.fields[0].field, "reason");
    let mut again = ballot(hub(&s, "zolw-krakow"), &[navile]);
    again.reason = "The hub's board corrected its vote by email".into();
    let v = s.record_ballot(cycle, &again, "t").unwrap();
    assert_eq!(v.history.len(), 2);
    assert_eq!(v.history[0].replaced_by, Some(v.history[1].id));
    assert_eq!(v.history[1].reason, "The hub's board corrected its vote by email");
    assert_eq!(v.count.ballots, 1, "one ballot per hub counts");
    assert_eq!(v.count.rounds[0].counts[0].proposal_id, navile);
}

#[test]
fn the_vote_is_counted_declared_and_the_winner_gets_its_grant() {
    let mut s = demo();
    s.save_settings(SettingsInput {
        network_name: "Réseau des Lieux".into(),
        postal_address: "Rue de la Loi 42\n1040 Bruxelles".into(),
        signatory_name: "Ana Novak".into(),
        signatory_title: "Director".into(),
        default_language: "en".into(),
        signing_place: String::new(),
    })
    .unwrap();
    let cycle = workshops(&s);
    let (navile, kypseli) = proposals(&s, cycle);
    s.open_vote(cycle, "tester").unwrap();
    let voters: Vec<i64> = s.vote_overview(cycle).unwrap().electorate.iter().map(|v| v.hub_id).filter(|h| *h != hub(&s, "navile-bologna") && *h != hub(&s, "kypseli-athens")).collect();
    // 16 of 33 vote: 8 for each. Below the 50 % quorum, and a tie.
    for (i, voter) in voters.iter().take(16).enumerate() {
        let choices = if i % 2 == 0 { vec![navile, kypseli] } else { vec![kypseli, navile] };
        s.record_ballot(cycle, &ballot(*voter, &choices), "t").unwrap();
    }
    let v = s.vote_overview(cycle).unwrap();
    assert!(!v.count.quorum_met);
    assert_eq!(v.count.winner, Some(kypseli), "the tie goes to the emerging hub");
    let err = s.declare_vote(cycle, false, "tester").unwrap_err();
    assert!(err.message.contains("quorum is not met (16 of 33"), "{}", err.message);
    // One more ballot meets the quorum (17 of 33 is 51 %).
    s.record_ballot(cycle, &ballot(voters[16], &[navile]), "t").unwrap();
    let v = s.declare_vote(cycle, false, "tester").unwrap();
    assert_eq!(v.state, VoteState::Declared);
    assert_eq!(v.count.winner, Some(navile));
    assert_eq!(s.application(navile).unwrap().status, Status::Selected);
    assert_eq!(s.application(kypseli).unwrap().status, Status::Declined);
    let grant = v.winner_grant_id.expect("the winner's grant");
    let g = s.grants(cycle).unwrap().into_iter().find(|g| g.id == grant).unwrap();
    assert_eq!((g.state, g.total_cents), (GrantState::Draft, 1_000_000));
    // Frozen: no more ballots, no second declaration, the count stays as declared.
    assert_eq!(s.record_ballot(cycle, &ballot(voters[20], &[kypseli]), "t").unwrap_err().code, ErrorCode::NotAllowed);
    assert_eq!(s.declare_vote(cycle, false, "t").unwrap_err().code, ErrorCode::NotAllowed);
    // The grant goes on to its award and its letter.
    s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
    s.award_grants(cycle, Some(&[grant]), false, "tester").unwrap();
    let letter = s.issue_letter(grant, None, "tester").unwrap();
    assert_eq!(letter.reference, "WS-2027-001");
    // The report.
    let pdf = s.vote_report_pdf(cycle).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.pdf");
    std::fs::write(&file, &pdf).unwrap();
    if let Ok(out) = std::process::Command::new("pdftotext").arg(&file).arg("-").output() {
        let text = String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
        for needle in ["Workshops 2027: result of the members' vote", "Member hubs in the electorate 33", "Ballots counted 17", "Turnout 51 %", "Sound in shared spaces (Cantiere Sonoro Navile) is elected"] {
            assert!(text.contains(needle), "{needle} missing from {text}");
        }
    } else if cfg!(target_os = "linux") {
        panic!("pdftotext (poppler-utils) is needed");
    }
}

#[test]
fn a_quorum_not_met_can_be_declared_only_on_purpose() {
    let mut s = demo();
    let cycle = workshops(&s);
    let (_, kypseli) = proposals(&s, cycle);
    s.open_vote(cycle, "tester").unwrap();
    s.record_ballot(cycle, &ballot(hub(&s, "zolw-krakow"), &[kypseli]), "t").unwrap();
    assert_eq!(s.declare_vote(cycle, false, "t").unwrap_err().code, ErrorCode::NotAllowed);
    let v = s.declare_vote(cycle, true, "t").unwrap();
    assert_eq!(v.count.winner, Some(kypseli));
    assert!(v.count.warnings[0].contains("quorum is not met"));
}

#[test]
fn ballots_are_imported_all_or_nothing() {
    let mut s = demo();
    let cycle = workshops(&s);
    s.open_vote(cycle, "tester").unwrap();
    // Row 3 votes for its own proposal and row 4 names an unknown proposal: nothing is imported.
    let bad = "hub,ranking,received_on\nzolw-krakow,Repair cafés as a method > Sound in shared spaces,2026-11-20\nkypseli-athens,Repair cafés as a method,\nPracownia Żółw,Juggling\n";
    let e = s.import_ballots(cycle, bad.as_bytes(), "t").unwrap_err();
    assert_eq!(e.code, ErrorCode::Csv);
    let fields: Vec<&str> = e.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, vec!["row 3, ranking", "row 4, ranking"], "{:?}", field_errors(&e));
    assert!(s.vote_overview(cycle).unwrap().history.is_empty());

    // A hub twice: the second row needs a reason. Names, keys and titles all work.
    let twice = "hub;ranking\nzolw-krakow;navile-bologna\nPracownia Żółw;kypseli-athens\n";
    let e = s.import_ballots(cycle, twice.as_bytes(), "t").unwrap_err();
    assert_eq!(e.fields[0].field, "row 3, reason", "{:?}", field_errors(&e));
    let good = "hub;ranking;reason\nzolw-krakow;navile-bologna;\nPracownia Żółw;Εργαστήρι Κυψέλη > Sound in shared spaces;Second email replaces the first\npristav-brno;Repair cafés as a method\n";
    let summary = s.import_ballots(cycle, good.as_bytes(), "t").unwrap();
    assert_eq!((summary.rows, summary.recorded, summary.replaced), (3, 3, 1));
    let v = s.vote_overview(cycle).unwrap();
    assert_eq!(v.history.len(), 3);
    assert_eq!(v.count.ballots, 2);
    assert!(v.history.iter().all(|b| b.source == "imported"));
}

#[test]
fn a_declared_vote_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.sqlite3");
    let (cycle, kypseli) = {
        let mut s = Store::open(&path).unwrap();
        s.load_demo().unwrap();
        let cycle = workshops(&s);
        let (navile, kypseli) = proposals(&s, cycle);
        s.save_vote_settings(cycle, &VoteSettings { method: VoteMethod::InstantRunoff, associates_vote: false, quorum_percent: 0 }).unwrap();
        s.open_vote(cycle, "tester").unwrap();
        s.record_ballot(cycle, &ballot(hub(&s, "zolw-krakow"), &[kypseli, navile]), "t").unwrap();
        s.declare_vote(cycle, false, "tester").unwrap();
        (cycle, kypseli)
    };
    let s = Store::open(&path).unwrap();
    let v = s.vote_overview(cycle).unwrap();
    assert_eq!((v.state, v.count.winner, v.count.ballots), (VoteState::Declared, Some(kypseli), 1));
    assert_eq!(v.declared_by, "tester");
}
