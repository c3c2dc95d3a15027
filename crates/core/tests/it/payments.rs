//! Payments in the store: instalments cut from the cycle's schedule at the award, the balance
//! only after the report, amendments and cancellations settling what is owed (recoveries
//! included), waivers and undo, the Closed guard, and a restart.

use mobility_desk_core::intake::applications::Role;
use mobility_desk_core::cycle::cycles::Phase;
use mobility_desk_core::funding::grants::GrantState;
use mobility_desk_core::funding::payments::{split, GrantPayments, PaymentDue, PaymentInput, PaymentKind, PaymentState, PaymentStatus};
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::funding::rules::{Rule, RuleSetInput};
use mobility_desk_core::{ErrorCode, Store};
use proptest::prelude::*;
use crate::common::{demo, cycle_of};

/// The demo P2P cycle selected, and one visiting grant (€1,175) awarded.
fn awarded_visitor(s: &mut Store) -> (i64, i64) {
    let cycle = cycle_of(s, Shape::P2p);
    s.move_cycle(cycle, Phase::Selection, "").unwrap();
    s.select(cycle, "tester").unwrap();
    s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
    let g = s.grants_overview(cycle).unwrap().grants.into_iter().find(|g| g.role == Role::Visiting).unwrap();
    s.award_grants(cycle, Some(&[g.id]), false, "tester").unwrap();
    (cycle, g.id)
}

fn set_day_rate(s: &mut Store, cycle: i64, cents: i64) {
    let mut body = s.rule_set(cycle).unwrap().body;
    for c in &mut body.components {
        if let Rule::Subsistence { rate_cents, .. } = &mut c.rule {
            *rate_cents = cents;
        }
    }
    s.save_rule_set(cycle, &RuleSetInput { body, note: "Day rate".into() }, "tester").unwrap();
}

fn today() -> String {
    let d = time::OffsetDateTime::now_utc().date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

fn paid(on: &str) -> PaymentInput {
    PaymentInput { paid_on: Some(on.into()), reference: "BANK-1".into() }
}

fn amounts(p: &GrantPayments) -> Vec<(PaymentKind, i64, PaymentState)> {
    p.payments.iter().map(|x| (x.kind, x.amount_cents, x.state)).collect()
}

#[test]
fn an_award_cuts_the_schedule_into_exact_instalments() {
    let mut s = demo();
    let (cycle, id) = awarded_visitor(&mut s);
    let p = s.grant_payments(id).unwrap();
    assert_eq!(p.owed_cents, 117_500);
    assert_eq!(amounts(&p), vec![(PaymentKind::Instalment, 82_250, PaymentState::Open), (PaymentKind::Instalment, 35_250, PaymentState::Open)]);
    assert_eq!(p.payments[0].due, PaymentDue::BeforeActivity);
    assert_eq!(p.payments[0].label, "Instalment 1 of 2: 70 % before the activity");
    assert_eq!(p.payments[1].label, "Instalment 2 of 2: 30 % after the report");
    // Pre-financing falls due on the first day of the visit, once the two hubs agree it (the
    // visiting hub's availability is not its visit); the balance waits for the report.
    assert_eq!(p.payments[0].due_on, None);
    let visiting = s.grant_detail(id).unwrap().grant.application_id;
    let visit = s.pairing_plan(cycle).unwrap().pairs.into_iter().find(|x| x.visiting.application_id == visiting).unwrap().visit.unwrap();
    s.set_pair_visit(cycle, visiting, Some((&visit.starts_on, &visit.ends_on))).unwrap();
    let p = s.grant_payments(id).unwrap();
    assert_eq!(p.payments[0].due_on.as_deref(), Some(visit.starts_on.as_str()));
    assert_eq!(p.payments[1].due_on, None);
    assert_eq!(p.payments[1].status, PaymentStatus::Waiting);
    assert_eq!((p.paid_cents, p.outstanding_cents, p.to_recover_cents), (0, 117_500, 0));
    // Drafts have none; the grant detail carries them once awarded.
    let draft = s.grants_overview(cycle).unwrap().grants.into_iter().find(|g| g.state == GrantState::Draft).unwrap();
    assert!(s.grant_detail(draft.id).unwrap().payments.is_none());
    assert_eq!(s.grant_detail(id).unwrap().payments.unwrap().payments.len(), 2);
    // A €500 host: 350 + 150.
    let host = s.grants_overview(cycle).unwrap().grants.into_iter().find(|g| g.role == Role::Hosting).unwrap();
    s.award_grants(cycle, Some(&[host.id]), false, "tester").unwrap();
    let p = s.grant_payments(host.id).unwrap();
    assert_eq!(p.payments.iter().map(|x| x.amount_cents).collect::<Vec<_>>(), vec![35_000, 15_000]);
}

#[test]
fn the_balance_is_paid_only_after_the_report_is_received() {
    let mut s = demo();
    let (_, id) = awarded_visitor(&mut s);
    let p = s.grant_payments(id).unwrap();
    let (first, balance) = (p.payments[0].id, p.payments[1].id);
    let p = s.mark_paid(first, &paid(&today()), "tester").unwrap();
    assert_eq!(p.payments[0].state, PaymentState::Paid);
    assert_eq!(p.payments[0].paid_on.as_deref(), Some(today().as_str()));
    assert_eq!(p.payments[0].reference, "BANK-1");
    assert_eq!((p.paid_cents, p.outstanding_cents), (82_250, 35_250));

    let err = s.mark_paid(balance, &paid(&today()), "tester").unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    assert!(err.message.contains("only after the report is received"), "{}", err.message);

    let p = s.set_report_received(id, Some(&today()), "tester").unwrap();
    assert_eq!(p.report_received_on.as_deref(), Some(today().as_str()));
    assert_eq!(p.payments[1].due_on.as_deref(), Some(today().as_str()));
    assert_eq!(p.payments[1].status, PaymentStatus::Due);
    let p = s.mark_paid(balance, &PaymentInput { paid_on: None, reference: String::new() }, "tester").unwrap();
    assert_eq!((p.paid_cents, p.outstanding_cents), (117_500, 0));
    let grant = s.grant_detail(id).unwrap().grant;
    assert_eq!(grant.paid_cents, 117_500);
    assert_eq!(grant.report_received_on.as_deref(), Some(today().as_str()));
    // Paying twice, or clearing the report behind a paid balance, is refused.
    assert_eq!(s.mark_paid(balance, &paid(&today()), "tester").unwrap_err().code, ErrorCode::NotAllowed);
    assert_eq!(s.set_report_received(id, None, "tester").unwrap_err().code, ErrorCode::NotAllowed);
}

#[test]
fn cancelling_after_pre_financing_opens_a_recovery() {
    let mut s = demo();
    let (_, id) = awarded_visitor(&mut s);
    let first = s.grant_payments(id).unwrap().payments[0].id;
    s.mark_paid(first, &paid("2026-01-15"), "tester").unwrap();
    s.cancel_grant(id, "The visit was called off", "tester").unwrap();
    let p = s.grant_payments(id).unwrap();
    assert_eq!(p.owed_cents, 0);
    assert_eq!(
        amounts(&p),
        vec![
            (PaymentKind::Instalment, 82_250, PaymentState::Paid),
            (PaymentKind::Instalment, 35_250, PaymentState::Cancelled),
            (PaymentKind::Recovery, 82_250, PaymentState::Open),
        ]
    );
    assert!(p.payments[1].note.contains("grant cancelled (The visit was called off)"), "{}", p.payments[1].note);
    assert_eq!(p.to_recover_cents, 82_250);
    assert_eq!(p.payments[2].due_on.as_deref(), Some(today().as_str()), "a recovery is due from the day it is made");
    // A report is not taken for a cancelled grant.
    assert_eq!(s.set_report_received(id, Some(&today()), "tester").unwrap_err().code, ErrorCode::NotAllowed);
    // The money comes back: nothing is owed either way.
    let p = s.mark_paid(p.payments[2].id, &paid(&today()), "tester").unwrap();
    assert_eq!((p.paid_cents, p.outstanding_cents, p.to_recover_cents), (0, 0, 0));
}

#[test]
fn a_cancelled_grant_with_nothing_paid_owes_nothing() {
    let mut s = demo();
    let (_, id) = awarded_visitor(&mut s);
    s.cancel_grant(id, "Withdrawn", "tester").unwrap();
    let p = s.grant_payments(id).unwrap();
    assert!(p.payments.iter().all(|x| x.state == PaymentState::Cancelled && x.kind == PaymentKind::Instalment));
    assert_eq!(p.payments.len(), 2);
}

#[test]
fn amendments_move_what_is_still_owed() {
    let mut s = demo();
    let (cycle, id) = awarded_visitor(&mut s);
    let first = s.grant_payments(id).unwrap().payments[0].id;
    s.mark_paid(first, &paid("2026-02-01"), "tester").unwrap();
    // €100 a day: 350 + 5 × 100 = 850; 822.50 is paid, 27.50 is left for the balance.
    set_day_rate(&mut s, cycle, 10_000);
    s.amend_grant(id, "Day rate lowered", "tester").unwrap();
    let p = s.grant_payments(id).unwrap();
    assert_eq!(amounts(&p), vec![(PaymentKind::Instalment, 82_250, PaymentState::Paid), (PaymentKind::Instalment, 2_750, PaymentState::Open)]);
    // €50 a day: 350 + 250 = 600, below what was paid: the balance goes, 222.50 is recovered.
    set_day_rate(&mut s, cycle, 5_000);
    s.amend_grant(id, "Day rate lowered again", "tester").unwrap();
    let p = s.grant_payments(id).unwrap();
    assert_eq!(
        amounts(&p),
        vec![
            (PaymentKind::Instalment, 82_250, PaymentState::Paid),
            (PaymentKind::Instalment, 2_750, PaymentState::Cancelled),
            (PaymentKind::Recovery, 22_250, PaymentState::Open),
        ]
    );
    assert!(p.payments[1].note.contains("amended to €600.00 (Day rate lowered again)"), "{}", p.payments[1].note);
    // Back to €165: the recovery is no longer owed and a new instalment pays the rest.
    set_day_rate(&mut s, cycle, 16_500);
    s.amend_grant(id, "Rate restored", "tester").unwrap();
    let p = s.grant_payments(id).unwrap();
    assert_eq!(
        amounts(&p),
        vec![
            (PaymentKind::Instalment, 82_250, PaymentState::Paid),
            (PaymentKind::Instalment, 2_750, PaymentState::Cancelled),
            (PaymentKind::Recovery, 22_250, PaymentState::Cancelled),
            (PaymentKind::Instalment, 35_250, PaymentState::Open),
        ]
    );
    assert_eq!(p.payments[3].due, PaymentDue::Now);
    assert_eq!(p.payments[3].label, "Instalment 4: added on demand");
    assert_eq!(p.paid_cents + p.outstanding_cents - p.to_recover_cents, p.owed_cents);
}

#[test]
fn waivers_and_undo_are_kept_with_their_reason() {
    let mut s = demo();
    let (_, id) = awarded_visitor(&mut s);
    let p = s.grant_payments(id).unwrap();
    let (first, balance) = (p.payments[0].id, p.payments[1].id);
    s.mark_paid(first, &paid("2026-03-01"), "tester").unwrap();
    assert_eq!(s.waive_payment(balance, "  ", "tester").unwrap_err().code, ErrorCode::Validation);
    let p = s.waive_payment(balance, "No report came by the deadline", "tester").unwrap();
    assert_eq!(p.payments[1].state, PaymentState::Waived);
    assert_eq!(p.payments[1].note, "Waived: No report came by the deadline");
    assert_eq!((p.paid_cents, p.outstanding_cents), (82_250, 0));
    // The pre-financing was booked by mistake: undone, it is owed again, and the waiver stays.
    assert_eq!(s.reopen_payment(first, "", "tester").unwrap_err().code, ErrorCode::Validation);
    let p = s.reopen_payment(first, "Booked on the wrong grant", "tester").unwrap();
    assert_eq!(p.payments[0].state, PaymentState::Open);
    assert_eq!(p.payments[0].paid_on, None);
    assert_eq!(p.payments[0].note, "Payment of €822.50 on 1 March 2026 undone: Booked on the wrong grant");
    assert_eq!((p.paid_cents, p.outstanding_cents), (0, 82_250));
    // The notes are kept with their message: the window writes them in its reader's language,
    // the reason staff typed as they typed it.
    assert_eq!(p.payments[1].note.in_language("fr"), "Abandonné : No report came by the deadline");
    assert_eq!(p.payments[0].note.in_language("fr"), "Paiement de 822,50\u{a0}€ du 1er mars 2026 annulé : Booked on the wrong grant");
    // Notes kept before their message was (an older file): the words this version knows are
    // recognised; those it cannot take apart stay in English.
    s.forget_kept_messages_for_tests().unwrap();
    let p = s.grant_payments(id).unwrap();
    assert_eq!(p.payments[1].note.in_language("fr"), "Abandonné : No report came by the deadline");
    assert_eq!(p.payments[0].note.in_language("fr"), "Payment of €822.50 on 1 March 2026 undone: Booked on the wrong grant");
    // An open payment cannot be reopened.
    assert_eq!(s.reopen_payment(first, "again", "tester").unwrap_err().code, ErrorCode::NotAllowed);
}

#[test]
fn bad_payment_input_is_refused_with_the_field() {
    let mut s = demo();
    let (_, id) = awarded_visitor(&mut s);
    let first = s.grant_payments(id).unwrap().payments[0].id;
    for (date, says) in [("2099-01-01", "cannot be in the future"), ("31/01/2027", "is not a date")] {
        let err = s.mark_paid(first, &paid(date), "tester").unwrap_err();
        assert_eq!(err.code, ErrorCode::Validation);
        assert_eq!(err.fields[0].field, "paid_on");
        assert!(err.message.contains(says), "{}", err.message);
    }
    let err = s.mark_paid(first, &PaymentInput { paid_on: None, reference: "x".repeat(101) }, "tester").unwrap_err();
    assert_eq!(err.fields[0].field, "reference");
    assert_eq!(s.mark_paid(9_999, &paid(&today()), "tester").unwrap_err().code, ErrorCode::NotFound);
    let err = s.set_report_received(id, Some("2099-12-31"), "tester").unwrap_err();
    assert_eq!(err.fields[0].field, "received_on");
    // Nothing was recorded by the refusals.
    assert!(s.grant_payments(id).unwrap().payments.iter().all(|p| p.state == PaymentState::Open));
}

#[test]
fn a_cycle_closes_only_when_every_payment_is_settled() {
    let mut s = demo();
    let alliance = cycle_of(&s, Shape::HubsAlliance);
    s.move_cycle(alliance, Phase::Selection, "").unwrap();
    s.move_cycle(alliance, Phase::Awarded, "").unwrap();
    s.award_grants(alliance, None, false, "tester").unwrap();
    s.move_cycle(alliance, Phase::InProgress, "").unwrap();
    s.move_cycle(alliance, Phase::Reporting, "").unwrap();
    let err = s.move_cycle(alliance, Phase::Closed, "").unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    assert!(err.message.contains("every payment paid, recovered or waived (") && err.message.contains("still to pay"), "{}", err.message);
    let overview = s.cycle_payments(alliance).unwrap();
    assert_eq!(overview.totals.grants_awarded, 3);
    assert_eq!(overview.rows.len(), 6);
    assert_eq!(overview.totals.outstanding_cents, overview.totals.awarded_cents);
    let grants: Vec<i64> = s.grants(alliance).unwrap().into_iter().map(|g| g.id).collect();
    for g in &grants {
        s.set_report_received(*g, Some(&today()), "tester").unwrap();
        for p in s.grant_payments(*g).unwrap().payments {
            s.mark_paid(p.id, &paid(&today()), "tester").unwrap();
        }
    }
    let overview = s.cycle_payments(alliance).unwrap();
    assert_eq!((overview.totals.paid_cents, overview.totals.outstanding_cents, overview.totals.open_count), (overview.totals.awarded_cents, 0, 0));
    assert_eq!(overview.totals.reports_received, 3);
    assert_eq!(s.move_cycle(alliance, Phase::Closed, "").unwrap().phase, Phase::Closed);
}

#[test]
fn payments_and_reports_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite");
    let id = {
        let mut s = Store::open(&path).unwrap();
        s.load_demo().unwrap();
        let (_, id) = awarded_visitor(&mut s);
        let first = s.grant_payments(id).unwrap().payments[0].id;
        s.mark_paid(first, &paid("2026-04-02"), "tester").unwrap();
        s.set_report_received(id, Some("2026-05-01"), "tester").unwrap();
        id
    };
    let s = Store::open(&path).unwrap();
    let p = s.grant_payments(id).unwrap();
    assert_eq!(p.payments[0].paid_on.as_deref(), Some("2026-04-02"));
    assert_eq!(p.report_received_on.as_deref(), Some("2026-05-01"));
    assert_eq!(p.payments[1].due_on.as_deref(), Some("2026-05-01"));
    assert_eq!(p.payments[1].status, PaymentStatus::Overdue);
}

#[test]
fn splits_add_up_to_the_cent() {
    assert_eq!(split(117_500, &[70, 30]), vec![82_250, 35_250]);
    assert_eq!(split(100_001, &[70, 30]), vec![70_000, 30_001]);
    assert_eq!(split(10, &[34, 33, 33]), vec![3, 3, 4]);
    assert_eq!(split(5, &[0, 0]), vec![2, 3]);
    assert_eq!(split(7, &[]), Vec::<i64>::new());
}

proptest! {
    #[test]
    fn a_split_always_adds_up(amount in 0i64..10_000_000_000, weights in prop::collection::vec(0u32..=100, 1..5)) {
        let parts = split(amount, &weights);
        prop_assert_eq!(parts.len(), weights.len());
        prop_assert_eq!(parts.iter().sum::<i64>(), amount);
        prop_assert!(parts.iter().all(|p| *p >= 0));
    }
}
