//! Programmes and cycles: defaults, validation, phases and their guards, cloning.

use mobility_desk_core::cycle::cycles::{phases, CycleInput, CycleQuery, Phase};
use mobility_desk_core::cycle::programmes::{Instalment, InstalmentDue, NewProgramme, ProgrammeInput, Shape};
use mobility_desk_core::{ErrorCode, Store};

fn store() -> Store {
    Store::open_in_memory().unwrap()
}

fn p2p_input(store: &Store) -> CycleInput {
    let p2p = store.programme_by_key("p2p").unwrap();
    let mut input = store.cycle_template(p2p.id, 2027).unwrap();
    input.call_opens = Some("2026-11-02".into());
    input.call_deadline = Some("2027-01-15".into());
    input.activity_start = Some("2027-03-01".into());
    input.activity_end = Some("2027-10-31".into());
    input.report_deadline = Some("2027-12-15".into());
    input
}

fn fields(err: mobility_desk_core::Error) -> Vec<String> {
    err.fields.into_iter().map(|f| f.field).collect()
}

#[test]
fn the_four_programmes_are_built_in_with_the_domain_figures() {
    let s = store();
    let list = s.programmes().unwrap();
    let names: Vec<_> = list.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["P2P Learning", "Staff Exchange", "Workshops", "Hubs Alliance"]);
    let p2p = &list[0];
    assert_eq!((p2p.defaults.slots_primary, p2p.defaults.slots_secondary), (13, 13));
    assert_eq!(p2p.defaults.budget_cents, 13 * 117_500 + 13 * 50_000);
    assert_eq!((list[2].defaults.slots_primary, list[2].defaults.budget_cents), (1, 1_000_000));
    assert_eq!(list[3].defaults.max_days, Some(6));
    let schedule: Vec<u32> = p2p.defaults.payment_schedule.iter().map(|i| i.percent).collect();
    assert_eq!(schedule, vec![70, 30]);
}

#[test]
fn a_network_renames_switches_off_and_adds_programmes() {
    let mut s = store();
    let p2p = s.programme_by_key("p2p").unwrap();
    let mut input = ProgrammeInput { name: "Peer Visits".into(), description: p2p.description.clone(), enabled: false, defaults: p2p.defaults.clone() };
    let renamed = s.update_programme(p2p.id, &input).unwrap();
    assert_eq!((renamed.name.as_str(), renamed.enabled, renamed.key.as_str()), ("Peer Visits", false, "p2p"));

    let err = s.create_cycle(&p2p_input(&s)).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    assert!(err.message.contains("switched off"), "{}", err.message);

    input.name = " ".into();
    input.defaults.payment_schedule = vec![Instalment { percent: 70, due: InstalmentDue::BeforeActivity }];
    assert_eq!(fields(s.update_programme(p2p.id, &input).unwrap_err()), vec!["payment_schedule", "name"]);

    let own = s.create_programme(&NewProgramme { name: "Résidences d'été".into(), shape: Shape::StaffExchange, description: String::new() }).unwrap();
    assert_eq!((own.key.as_str(), own.shape, own.builtin), ("residences-d-ete", Shape::StaffExchange, false));
    assert_eq!(own.defaults, s.programme_by_key("staff_exchange").unwrap().defaults);
    let again = s.create_programme(&NewProgramme { name: "Résidences d'été".into(), shape: Shape::P2p, description: String::new() }).unwrap();
    assert_eq!(again.key, "residences-d-ete-2");
}

#[test]
fn a_new_cycle_starts_from_the_programme_defaults() {
    let mut s = store();
    let cycle = s.create_cycle(&p2p_input(&s)).unwrap();
    assert_eq!(cycle.title, "P2P Learning 2027");
    assert_eq!((cycle.slots_primary, cycle.slots_secondary, cycle.budget_cents), (13, 13, 2_177_500));
    assert_eq!(cycle.phase, Phase::Draft);
    assert_eq!(cycle.phases, phases(Shape::P2p));
    assert!(cycle.phases.contains(&Phase::Matching));
    assert!(!phases(Shape::Workshops).contains(&Phase::Matching));
    let err = s.create_cycle(&p2p_input(&s)).unwrap_err();
    assert_eq!((err.code, fields(err)), (ErrorCode::Conflict, vec!["title".to_string()]));
}

#[test]
fn cycle_settings_are_validated_at_their_fields() {
    let mut s = store();
    let mut input = p2p_input(&s);
    input.call_deadline = Some("2026-10-01".into()); // before the call opens
    input.activity_end = Some("31/10/2027".into());
    input.report_deadline = Some("2027-02-30".into());
    input.slots_secondary = 0;
    input.min_days = Some(6);
    input.max_days = Some(5);
    input.payment_schedule = vec![
        Instalment { percent: 70, due: InstalmentDue::BeforeActivity },
        Instalment { percent: 20, due: InstalmentDue::AfterReport },
    ];
    input.year = 1999;
    let err = s.create_cycle(&input).unwrap_err();
    assert_eq!(err.code, ErrorCode::Validation);
    let f = fields(err.clone());
    assert_eq!(f, vec!["year", "activity_end", "report_deadline", "call_deadline", "slots_secondary", "max_days", "payment_schedule"], "{err:?}");
    let deadline = err.fields.iter().find(|e| e.field == "call_deadline").unwrap();
    assert!(deadline.message.contains("before the call opens"), "{}", deadline.message);
    let schedule = err.fields.iter().find(|e| e.field == "payment_schedule").unwrap();
    assert!(schedule.message.contains("90 %"), "{}", schedule.message);
}

#[test]
fn every_forward_move_is_guarded_and_recorded() {
    let mut s = store();
    let p2p = s.programme_by_key("p2p").unwrap();
    let mut input = s.cycle_template(p2p.id, 2027).unwrap();
    input.budget_cents = 0;
    let cycle = s.create_cycle(&input).unwrap();

    // Draft → Call open needs the call and activity dates and a budget.
    let err = s.move_cycle(cycle.id, Phase::CallOpen, "").unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    for needed in ["the date the call opens", "the call deadline", "the first day of the activity window", "the last day of the activity window", "a budget envelope"] {
        assert!(err.message.contains(needed), "{needed}: {}", err.message);
    }
    // Skipping a phase is refused, naming the one to reach first.
    let err = s.move_cycle(cycle.id, Phase::Selection, "").unwrap_err();
    assert!(err.message.contains("Call open first"), "{}", err.message);

    let mut ready = p2p_input(&s);
    ready.budget_cents = 2_000_000;
    s.update_cycle(cycle.id, &ready).unwrap();
    assert!(s.cycle_transitions(cycle.id).unwrap().iter().any(|t| t.to == Phase::CallOpen && t.allowed));
    assert_eq!(s.move_cycle(cycle.id, Phase::CallOpen, "").unwrap().phase, Phase::CallOpen);
    assert_eq!(s.move_cycle(cycle.id, Phase::Selection, "").unwrap().phase, Phase::Selection);

    // Past Selection, selected applications are needed; the message says so.
    let err = s.move_cycle(cycle.id, Phase::Matching, "").unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    assert!(err.message.contains("selected visiting hubs") && err.message.contains("selected hosting hubs"), "{}", err.message);
    let err = s.move_cycle(cycle.id, Phase::Selection, "").unwrap_err();
    assert!(err.message.contains("already in Selection"), "{}", err.message);

    let history = s.cycle_events(cycle.id).unwrap();
    let moves: Vec<_> = history.iter().map(|e| (e.from_phase, e.to_phase)).collect();
    assert_eq!(moves, vec![(Phase::Draft, Phase::CallOpen), (Phase::CallOpen, Phase::Selection)]);
}

#[test]
fn moving_back_needs_a_reason_which_is_kept() {
    let mut s = store();
    let cycle = s.create_cycle(&p2p_input(&s)).unwrap();
    s.move_cycle(cycle.id, Phase::CallOpen, "").unwrap();
    s.move_cycle(cycle.id, Phase::Selection, "").unwrap();
    let err = s.move_cycle(cycle.id, Phase::CallOpen, "  ").unwrap_err();
    assert_eq!((err.code, fields(err)), (ErrorCode::Validation, vec!["reason".to_string()]));
    assert_eq!(s.cycle(cycle.id).unwrap().phase, Phase::Selection, "nothing changed");

    let back = s.move_cycle(cycle.id, Phase::Draft, "Deadline extended by the board").unwrap();
    assert_eq!(back.phase, Phase::Draft);
    let last = s.cycle_events(cycle.id).unwrap().pop().unwrap();
    assert_eq!((last.from_phase, last.to_phase, last.reason.as_str()), (Phase::Selection, Phase::Draft, "Deadline extended by the board"));
}

#[test]
fn phases_a_shape_lacks_are_refused() {
    let mut s = store();
    let ws = s.programme_by_key("workshops").unwrap();
    let mut input = s.cycle_template(ws.id, 2027).unwrap();
    input.call_opens = Some("2026-10-01".into());
    input.call_deadline = Some("2026-12-15".into());
    input.activity_start = Some("2027-05-01".into());
    input.activity_end = Some("2027-09-30".into());
    let cycle = s.create_cycle(&input).unwrap();
    let err = s.move_cycle(cycle.id, Phase::Matching, "").unwrap_err();
    assert!(err.message.contains("Workshops cycles have no Matching phase"), "{}", err.message);
}

#[test]
fn awarded_settings_are_frozen_and_drafts_can_be_deleted() {
    let mut s = store();
    let cycle = s.create_cycle(&p2p_input(&s)).unwrap();
    s.move_cycle(cycle.id, Phase::CallOpen, "").unwrap();
    let err = s.delete_cycle(cycle.id).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    s.move_cycle(cycle.id, Phase::Draft, "Opened by mistake").unwrap();
    s.delete_cycle(cycle.id).unwrap();
    assert_eq!(s.cycle(cycle.id).unwrap_err().code, ErrorCode::NotFound);
}

#[test]
fn a_new_cycle_from_last_years_copies_settings_not_history() {
    let mut s = store();
    let mut input = p2p_input(&s);
    input.title = "P2P Learning 2027 — spring call".into();
    input.budget_cents = 1_999_900;
    input.activity_end = Some("2028-02-29".into());
    input.report_deadline = Some("2028-03-31".into());
    let old = s.create_cycle(&input).unwrap();
    s.move_cycle(old.id, Phase::CallOpen, "").unwrap();

    let new = s.clone_cycle(old.id, 2028).unwrap();
    assert_eq!(new.title, "P2P Learning 2028 — spring call");
    assert_eq!((new.year, new.phase, new.cloned_from), (2028, Phase::Draft, Some(old.id)));
    assert_eq!(new.call_opens.as_deref(), Some("2027-11-02"));
    assert_eq!(new.activity_end.as_deref(), Some("2029-02-28"), "29 February has no twin");
    assert_eq!((new.budget_cents, new.slots_primary), (1_999_900, 13));
    assert!(s.cycle_events(new.id).unwrap().is_empty());
    assert_eq!(s.cycles(&CycleQuery { programme_id: None, year: Some(2028) }).unwrap().len(), 1);
}

#[test]
fn the_demo_has_one_cycle_of_each_programme() {
    let mut s = store();
    s.load_demo().unwrap();
    let again = s.load_demo().unwrap();
    assert_eq!(again.cycles_created, 0, "idempotent");
    let cycles = s.cycles(&CycleQuery::default()).unwrap();
    let mut shapes: Vec<_> = cycles.iter().map(|c| (c.shape, c.phase)).collect();
    shapes.sort_by_key(|(s, _)| s.as_str());
    assert_eq!(
        shapes,
        vec![(Shape::HubsAlliance, Phase::CallOpen), (Shape::P2p, Phase::CallOpen), (Shape::StaffExchange, Phase::Draft), (Shape::Workshops, Phase::Selection)]
    );
}
