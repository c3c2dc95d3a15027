//! The cycle's phase governs the work: each kind of work refused outside its phases with the
//! phase named and the move to make, letters only for awarded grants, and a data file whose
//! cycle ran ahead of its phase (written before these checks) flagged and moved forward.

use mobility_desk_core::cycle::cycles::{CycleQuery, Phase};
use mobility_desk_core::cycle::gates::Work;
use mobility_desk_core::funding::grants::GrantState;
use mobility_desk_core::matching::pairs::ConstraintKind;
use mobility_desk_core::funding::payments::PaymentInput;
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::registry::settings::SettingsInput;
use mobility_desk_core::stories::StoryInput;
use mobility_desk_core::{ErrorCode, Store};
use crate::common::{cycle_of};

fn settings() -> SettingsInput {
    SettingsInput {
        network_name: "Réseau Européen des Lieux Culturels".into(),
        postal_address: "Rue de la Loi 42\n1040 Bruxelles\nBelgium".into(),
        signatory_name: "Zofia Wiśniewska-Ødegård".into(),
        signatory_title: "Secretary General".into(),
        default_language: "en".into(),
        signing_place: String::new(),
    }
}

fn demo() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    s.load_demo().unwrap();
    s.save_settings(settings()).unwrap();
    s
}

const MOVE_TO_MATCHING: &str = "Move the cycle to Matching first: Cycles → P2P Learning 2027 → Next step.";
const MOVE_TO_AWARDED: &str = "Move the cycle to Awarded first: Cycles → P2P Learning 2027 → Next step.";

fn refused(result: Result<impl std::fmt::Debug, mobility_desk_core::Error>, says: &[&str]) {
    let err = result.unwrap_err();
    assert_eq!(err.code, ErrorCode::WrongPhase, "{}", err.message);
    for part in says {
        assert!(err.message.contains(part), "'{}' does not say '{part}'", err.message);
    }
}

#[test]
fn in_selection_pairing_awarding_and_letters_are_refused_with_the_phase_and_the_move() {
    let mut s = demo();
    let cycle = cycle_of(&s, Shape::P2p);
    s.move_cycle(cycle, Phase::Selection, "").unwrap();
    s.select(cycle, "tester").unwrap();
    let plan = s.pairing_plan(cycle).unwrap();
    assert!(!plan.can_confirm, "the plan is shown but cannot be confirmed in Selection");
    let pair = plan.pairs[0].clone();
    let in_selection = "'P2P Learning 2027' is in Selection";
    refused(s.set_pair_constraint(cycle, pair.visiting.application_id, pair.hosting.application_id, Some(ConstraintKind::Locked), "t"), &[in_selection, MOVE_TO_MATCHING]);
    refused(s.confirm_pairing(cycle, "t"), &[in_selection, "pairs and placements are made and confirmed in Matching", MOVE_TO_MATCHING]);
    refused(s.award_grants(cycle, None, true, "t"), &[in_selection, "grants are awarded from Awarded to Reporting", MOVE_TO_AWARDED]);
    let draft = s.grants_overview(cycle).unwrap().grants[0].id;
    refused(s.issue_letter(draft, None, "t"), &[in_selection, "award letters are issued from Awarded on", MOVE_TO_AWARDED]);
    let dir = tempfile::tempdir().unwrap();
    refused(s.write_cycle_letters(cycle, dir.path(), None, "t", &mut |_| true), &[MOVE_TO_AWARDED]);
    // The weights of the matching are settings: they can be set ahead of it.
    s.save_pairing_weights(cycle, &s.pairing_weights(cycle).unwrap()).unwrap();
    // Nothing was done: no pair, no award, no letter.
    assert!(s.grants(cycle).unwrap().iter().all(|g| g.state == GrantState::Draft));
    assert!(s.grant_letters(draft).unwrap().is_empty());
    assert_eq!(s.cycle(cycle).unwrap().ahead, None);
    // The cycle says what each kind of work waits for.
    let gates = s.cycle(cycle).unwrap().gates;
    let award = gates.iter().find(|g| g.work == Work::Award).unwrap();
    assert!(award.blocked.contains(MOVE_TO_AWARDED), "{}", award.blocked);
    assert!(gates.iter().find(|g| g.work == Work::MatchingSettings).unwrap().blocked.is_empty());
}

#[test]
fn in_matching_pairs_are_made_and_from_awarded_grants_letters_and_payments_follow() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    let mut s = Store::open(&path).unwrap();
    s.load_demo().unwrap();
    s.save_settings(settings()).unwrap();
    let cycle = cycle_of(&s, Shape::P2p);
    s.move_cycle(cycle, Phase::Selection, "").unwrap();
    s.select(cycle, "tester").unwrap();
    s.move_cycle(cycle, Phase::Matching, "").unwrap();
    assert!(s.pairing_plan(cycle).unwrap().can_confirm);
    s.confirm_pairing(cycle, "tester").unwrap();
    refused(s.award_grants(cycle, None, true, "t"), &["'P2P Learning 2027' is in Matching", MOVE_TO_AWARDED]);
    s.move_cycle(cycle, Phase::Awarded, "").unwrap();
    // The pairs are confirmed: from Awarded they no longer move.
    let pair = s.pairing_plan(cycle).unwrap().pairs[0].clone();
    refused(
        s.set_pair_constraint(cycle, pair.visiting.application_id, pair.hosting.application_id, Some(ConstraintKind::Forbidden), "t"),
        &["'P2P Learning 2027' is in Awarded", "move the cycle back to Matching (with a reason)"],
    );
    let grant = s.grants(cycle).unwrap()[0].id;
    // A letter states an awarded grant: a draft is refused, naming what to do.
    let err = s.issue_letter(grant, None, "t").unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    assert!(err.message.contains("is still a draft: award it first (Applications → Grants → Award…)"), "{}", err.message);
    s.award_grants(cycle, Some(&[grant]), true, "tester").unwrap();
    let letter = s.issue_letter(grant, None, "tester").unwrap();
    assert_eq!(letter.reference, "P2P-2027-001");
    let first = s.grant_payments(grant).unwrap().payments[0].id;
    s.mark_paid(first, &PaymentInput { paid_on: None, reference: "T-1".into() }, "tester").unwrap();
    s.add_story(grant, &StoryInput { title: "Five days".into(), author: "A. N.".into(), body: "We met.".into(), ..Default::default() }, "tester").unwrap();

    // Closed: letters can still be reprinted and issued; payments wait for a move back.
    set_phase_in_file(&path, cycle, "closed");
    let second = s.grant_payments(grant).unwrap().payments[1].id;
    refused(
        s.mark_paid(second, &PaymentInput { paid_on: None, reference: "T-2".into() }, "t"),
        &["'P2P Learning 2027' is in Closed: payments are recorded from Awarded to Reporting", "move the cycle back to Reporting (with a reason)"],
    );
    refused(s.set_report_received(grant, None, "t"), &["reports are recorded from Awarded to Reporting"]);
    refused(s.award_grants(cycle, None, true, "t"), &["grants are awarded from Awarded to Reporting"]);
    refused(s.cancel_grant(grant, "dropped out", "t"), &["awarded grants are amended or cancelled"]);
}

#[test]
fn placements_are_made_in_matching_only() {
    let mut s = demo();
    let cycle = cycle_of(&s, Shape::StaffExchange);
    s.move_cycle(cycle, Phase::CallOpen, "").unwrap();
    s.move_cycle(cycle, Phase::Selection, "").unwrap();
    let err = s.confirm_placements(cycle, "t").unwrap_err();
    assert_eq!(err.code, ErrorCode::WrongPhase);
    assert!(err.message.contains("'Staff Exchange 2027' is in Selection") && err.message.contains("Move the cycle to Matching first"), "{}", err.message);
    assert!(!s.placement_plan(cycle).unwrap().can_confirm);
}

/// Write the phase straight into the file, as a version without the gates left it.
fn set_phase_in_file(path: &std::path::Path, cycle: i64, phase: &str) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute("UPDATE cycles SET phase = ?2 WHERE id = ?1", rusqlite::params![cycle, phase]).unwrap();
}

#[test]
fn a_file_whose_cycle_ran_ahead_of_its_phase_opens_is_flagged_and_moves_forward() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    let cycle = {
        let mut s = Store::open(&path).unwrap();
        s.load_demo().unwrap();
        s.save_settings(settings()).unwrap();
        let cycle = cycle_of(&s, Shape::P2p);
        s.move_cycle(cycle, Phase::Selection, "").unwrap();
        s.select(cycle, "tester").unwrap();
        s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
        s.award_grants(cycle, None, true, "tester").unwrap();
        let out = tempfile::tempdir().unwrap();
        s.write_cycle_letters(cycle, out.path(), None, "tester", &mut |_| true).unwrap();
        let grant = s.grants(cycle).unwrap()[0].id;
        let first = s.grant_payments(grant).unwrap().payments[0].id;
        s.mark_paid(first, &PaymentInput { paid_on: None, reference: "T-1".into() }, "tester").unwrap();
        cycle
    };
    // What an earlier version allowed: all of it while the cycle still said Selection.
    set_phase_in_file(&path, cycle, "selection");
    let mut s = Store::open(&path).unwrap();
    let c = s.cycle(cycle).unwrap();
    assert_eq!(c.phase, Phase::Selection);
    let ahead = c.ahead.expect("flagged as ahead of its phase");
    assert_eq!(ahead.belongs_to, Phase::Awarded);
    assert_eq!(ahead.work, ["13 pairs confirmed", "26 grants awarded", "26 letters issued", "1 payment recorded"]);
    assert!(s.cycles(&CycleQuery::default()).unwrap().iter().any(|c| c.id == cycle && c.ahead.is_some()), "the list flags it too");
    // Its letters still reprint, byte for byte.
    let grant = s.grants(cycle).unwrap()[0].id;
    let letter = s.grant_letters(grant).unwrap()[0].clone();
    assert!(s.letter_pdf(letter.id).is_ok());

    let moved = s.catch_up_cycle(cycle).unwrap();
    assert_eq!(moved.phase, Phase::Awarded);
    assert_eq!(moved.ahead, None);
    let events = s.cycle_events(cycle).unwrap();
    let last: Vec<(Phase, Phase)> = events.iter().rev().take(2).map(|e| (e.from_phase, e.to_phase)).collect();
    assert_eq!(last, [(Phase::Matching, Phase::Awarded), (Phase::Selection, Phase::Matching)]);
    assert!(events.last().unwrap().reason.starts_with("Caught up with work done ahead of the phase: 13 pairs confirmed, 26 grants awarded"), "{}", events.last().unwrap().reason);
    // Nothing more to catch up.
    assert_eq!(s.catch_up_cycle(cycle).unwrap_err().code, ErrorCode::NotAllowed);
    drop(s);
    assert_eq!(Store::open(&path).unwrap().cycle(cycle).unwrap().phase, Phase::Awarded, "the move survives a restart");
}

#[test]
fn a_catch_up_whose_guard_fails_moves_nothing_and_names_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    let cycle = {
        let mut s = Store::open(&path).unwrap();
        s.load_demo().unwrap();
        let cycle = cycle_of(&s, Shape::P2p);
        s.move_cycle(cycle, Phase::Selection, "").unwrap();
        s.select(cycle, "tester").unwrap();
        s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
        let hosting = s.grants(cycle).unwrap().into_iter().find(|g| g.role == mobility_desk_core::intake::applications::Role::Hosting).unwrap();
        s.award_grants(cycle, Some(&[hosting.id]), true, "tester").unwrap();
        cycle
    };
    set_phase_in_file(&path, cycle, "selection");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute("DELETE FROM pairs WHERE cycle_id = ?1", [cycle]).unwrap();
    }
    let mut s = Store::open(&path).unwrap();
    let ahead = s.cycle(cycle).unwrap().ahead.unwrap();
    assert_eq!(ahead.work, ["1 grant awarded"]);
    let err = s.catch_up_cycle(cycle).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    assert!(err.message.contains("cannot move on to Awarded: missing a hosting hub paired with every selected visiting hub"), "{}", err.message);
    assert_eq!(s.cycle(cycle).unwrap().phase, Phase::Selection, "no step was kept");
}

/// From the first award, the settings letters and grants rest on change only by amendment:
/// with a reason, kept in the cycle's history with each change, an envelope below what is
/// awarded confirmed, and the letters that state a changed setting due a new version.
#[test]
fn what_letters_rely_on_changes_only_by_amendment() {
    let mut s = demo();
    let cycle = cycle_of(&s, Shape::P2p);
    s.move_cycle(cycle, Phase::Selection, "").unwrap();
    s.select(cycle, "tester").unwrap();
    s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
    let grants = s.grants_overview(cycle).unwrap().grants;
    // Before any award, in Awarded, the settings are frozen by the phase.
    assert_eq!(s.cycle(cycle).unwrap().frozen, "the cycle is in Awarded");
    s.award_grants(cycle, None, true, "tester").unwrap();
    let first = s.issue_letter(grants[0].id, None, "tester").unwrap();
    s.issue_letter(grants[1].id, None, "tester").unwrap();
    s.issue_letter(grants[2].id, None, "tester").unwrap();
    let c = s.cycle(cycle).unwrap();
    assert_eq!(c.frozen, "26 grants are awarded, 3 letters are issued");

    // Cutting the budget: refused as a plain save, named with what it does as an amendment.
    let mut input = c.input();
    input.budget_cents = 1_500_000;
    let err = s.update_cycle(cycle, &input).unwrap_err();
    assert_eq!(err.code, ErrorCode::NeedsAmendment);
    assert_eq!(err.message, "'P2P Learning 2027': 26 grants are awarded, 3 letters are issued. Its settings change only by an amendment with a reason, kept in its history.");
    let change = s.cycle_change(cycle, &input).unwrap();
    assert_eq!(change.changes, ["Budget envelope: €21,775.00 → €15,000.00"]);
    assert_eq!(change.letters_affected, 0, "no letter states the envelope");
    assert_eq!(change.overrun, "The envelope of €15,000.00 would be €6,775.00 below the €21,775.00 already awarded.");
    let err = s.amend_cycle(cycle, &input, "", true, "tester").unwrap_err();
    assert_eq!(err.fields[0].field, "reason");
    let err = s.amend_cycle(cycle, &input, "The funder cut the year's budget", false, "tester").unwrap_err();
    assert_eq!(err.code, ErrorCode::OverBudget);
    assert_eq!(s.cycle(cycle).unwrap().budget_cents, 2_177_500, "nothing changed");
    let amended = s.amend_cycle(cycle, &input, "The funder cut the year's budget", true, "tester").unwrap();
    assert_eq!(amended.budget_cents, 1_500_000);
    let last = s.cycle_events(cycle).unwrap().pop().unwrap();
    assert_eq!((last.kind.as_str(), last.reason.as_str(), last.actor.as_str()), ("amendment", "The funder cut the year's budget", "tester"));
    assert_eq!(last.changes, ["Budget envelope: €21,775.00 → €15,000.00"]);
    assert_eq!(s.letters_overview(cycle).unwrap().outdated, 0, "the letters still state the truth");
    // Notes alone are not frozen.
    let mut notes = amended.input();
    notes.notes = "Funder call on 3 March.".into();
    assert_eq!(s.update_cycle(cycle, &notes).unwrap().notes, "Funder call on 3 March.");

    // A later report deadline: the three issued letters state the old one.
    let mut later = s.cycle(cycle).unwrap().input();
    later.report_deadline = Some("2028-01-31".into());
    let change = s.cycle_change(cycle, &later).unwrap();
    assert_eq!(change.changes, ["Report deadline: 2027-12-15 → 2028-01-31"]);
    assert_eq!(change.letters_affected, 3);
    s.amend_cycle(cycle, &later, "Reports after the winter break", false, "tester").unwrap();
    let overview = s.letters_overview(cycle).unwrap();
    assert_eq!((overview.outdated, overview.issued), (3, 0));
    let row = overview.rows.iter().find(|r| r.grant_id == grants[0].id).unwrap();
    assert_eq!(row.note, "The cycle's settings or the visit's dates changed since its letter: issue a new version.");
    let second = s.issue_letter(grants[0].id, None, "tester").unwrap();
    assert_eq!(second.reference, format!("{}/2", first.reference));
    assert!(s.letter(first.id).unwrap().superseded);
    assert_eq!(s.issue_letter(grants[0].id, None, "tester").unwrap().id, second.id, "issued once");

    // Rules: a new version says why, and the history keeps it; awarded grants keep their lines.
    let outdated = s.letters_overview(cycle).unwrap().outdated;
    assert_eq!(outdated, 2, "the two letters not issued again");
    let mut body = s.rule_set(cycle).unwrap().body;
    if let mobility_desk_core::funding::rules::Rule::LumpSum { amount_cents } = &mut body.components[2].rule {
        *amount_cents = 60_000;
    }
    let err = s.save_rule_set(cycle, &mobility_desk_core::funding::rules::RuleSetInput { body: body.clone(), note: "".into() }, "tester").unwrap_err();
    assert_eq!(err.fields[0].field, "note");
    s.save_rule_set(cycle, &mobility_desk_core::funding::rules::RuleSetInput { body, note: "Bigger final events".into() }, "tester").unwrap();
    let last = s.cycle_events(cycle).unwrap().pop().unwrap();
    assert_eq!((last.kind.as_str(), last.changes[0].as_str()), ("rules", "Rules: version 1 → version 2"));
    assert_eq!(last.changes[0].in_language("fr"), "Règles : version 1 → version 2");
    assert_eq!(s.rule_set(cycle).unwrap().note.in_language("fr"), "Bigger final events", "a person's words stay theirs");
    s.forget_kept_messages_for_tests().unwrap();
    assert_eq!(s.cycle_events(cycle).unwrap().pop().unwrap().changes[0].in_language("de"), "Regeln: Version 1 → Version 2", "known in a file written before");
    let first = s.rule_set_versions(cycle).unwrap().pop().unwrap();
    assert_eq!(first.note.in_language("fr"), "Valeurs par défaut du programme");
    assert_eq!(s.letters_overview(cycle).unwrap().outdated, outdated, "no letter changed with the rules");
}
