//! Selection and the form-export import: scores, ranking with ties, slots and the waiting
//! list, promotion on withdrawal, first come first served, the column mapping.

use mobility_desk_core::intake::applications::{ApplicationInput, Role, Status, TravelMode};
use mobility_desk_core::cycle::cycles::Phase;
use mobility_desk_core::intake::forms::{ColumnMapping, DateOrder};
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::intake::selection::{CriterionInput, CriterionScore, Decision, ReviewInput, SelectionMethod};
use mobility_desk_core::{ErrorCode, Store};
use crate::common::{cycle_of};

fn store(applications: bool) -> Store {
    let mut s = Store::open_in_memory().unwrap();
    s.load_demo_with(applications).unwrap();
    s
}

fn apply(s: &mut Store, cycle_id: i64, key: &str, role: Role, submitted: &str) -> i64 {
    let hub = s.hub_by_key(key).unwrap();
    let input = ApplicationInput {
        person_name: hub.contact_name.clone(),
        starts_on: Some("2027-04-05".into()),
        ends_on: Some("2027-04-30".into()),
        submitted_at: Some(submitted.into()),
        ..ApplicationInput::new(cycle_id, hub.id, role)
    };
    s.create_application(&input).unwrap().id
}

fn score(s: &mut Store, application_id: i64, reviewer: &str, scores: &[u32]) {
    let criteria = s.criteria(s.application(application_id).unwrap().cycle_id).unwrap();
    let scores = criteria.iter().zip(scores).map(|(c, v)| CriterionScore { criterion_id: c.id, score: *v }).collect();
    s.save_review(&ReviewInput { application_id, reviewer: reviewer.into(), scores, note: String::new() }).unwrap();
}

fn to_selection(s: &mut Store, cycle_id: i64) {
    for phase in [Phase::CallOpen, Phase::Selection] {
        if s.cycle(cycle_id).unwrap().phase < phase {
            s.move_cycle(cycle_id, phase, "").unwrap();
        }
    }
}

#[test]
fn new_cycles_get_the_default_criteria_and_their_shapes_rules() {
    let s = store(false);
    let p2p = s.selection_settings(cycle_of(&s, Shape::P2p)).unwrap();
    let labels: Vec<_> = p2p.criteria.iter().map(|c| (c.label.as_str(), c.weight, c.max_score)).collect();
    assert_eq!(labels, vec![("Quality of the work plan", 50, 10), ("Geographical balance", 25, 10), ("Diversity of participants", 25, 10)]);
    assert_eq!(p2p.rules.method, SelectionMethod::Ranking);
    let alliance = s.selection_settings(cycle_of(&s, Shape::HubsAlliance)).unwrap();
    assert_eq!((alliance.rules.method, alliance.rules.place_cost_cents), (SelectionMethod::FirstCome, Some(117_500)));
    assert_eq!(s.selection_settings(cycle_of(&s, Shape::Workshops)).unwrap().rules.min_participants, Some(15));
}

#[test]
fn scores_are_averaged_weighted_and_ties_go_to_the_earlier_submission() {
    let mut s = store(false);
    let cycle = cycle_of(&s, Shape::P2p);
    let late = apply(&mut s, cycle, "kypseli-athens", Role::Visiting, "2027-01-12T10:00:00Z");
    let early = apply(&mut s, cycle, "morska-varna", Role::Visiting, "2027-01-11T10:00:00Z");
    let best = apply(&mut s, cycle, "pristav-brno", Role::Visiting, "2027-01-13T10:00:00Z");
    let unscored = apply(&mut s, cycle, "klets-cesis", Role::Visiting, "2027-01-01T10:00:00Z");
    // Work plan 8 and 6 → mean 7 → 70.00; geography 5 → 50.00; diversity 9 → 90.00.
    // Weighted 50/25/25: (50 × 70 + 25 × 50 + 25 × 90) / 100 = 70.00.
    score(&mut s, late, "Ana", &[8, 5, 9]);
    score(&mut s, late, "Jonas", &[6, 5, 9]);
    // The same 70.00 from one reviewer: a tie, which the earlier submission wins.
    score(&mut s, early, "Ana", &[7, 5, 9]);
    score(&mut s, best, "Ana", &[10, 10, 10]);
    let ranking = s.ranking(cycle).unwrap();
    let visiting = &ranking.pools[0];
    let order: Vec<(i64, Option<u32>, Option<u32>)> = visiting.entries.iter().map(|e| (e.application.id, e.score_centi, e.rank)).collect();
    assert_eq!(order, vec![(best, Some(10_000), Some(1)), (early, Some(7_000), Some(2)), (late, Some(7_000), Some(3)), (unscored, None, Some(4))]);
    let late_entry = visiting.entries.iter().find(|e| e.application.id == late).unwrap();
    assert_eq!(late_entry.reviewers, vec!["Ana", "Jonas"]);
    assert_eq!(late_entry.criterion_centi, vec![Some(7_000), Some(5_000), Some(9_000)]);
    // A reviewer scoring again replaces their scores, not adds to them.
    score(&mut s, late, "Jonas", &[10, 5, 9]);
    let r = s.reviews(late).unwrap();
    assert_eq!(r.len(), 2);
    assert_eq!(r[1].scores.iter().map(|x| x.score).collect::<Vec<_>>(), vec![10, 5, 9]);
}

#[test]
fn a_score_out_of_range_or_unsigned_or_incomplete_is_refused() {
    let mut s = store(false);
    let cycle = cycle_of(&s, Shape::P2p);
    let app = apply(&mut s, cycle, "kypseli-athens", Role::Visiting, "2027-01-12T10:00:00Z");
    let criteria = s.criteria(cycle).unwrap();
    let full = |values: [u32; 3]| criteria.iter().zip(values).map(|(c, v)| CriterionScore { criterion_id: c.id, score: v }).collect::<Vec<_>>();
    let err = s.save_review(&ReviewInput { application_id: app, reviewer: "Ana".into(), scores: full([11, 5, 5]), note: String::new() }).unwrap_err();
    assert_eq!(err.code, ErrorCode::Validation);
    assert_eq!(err.fields[0].field, format!("score.{}", criteria[0].id));
    assert!(err.fields[0].message.contains("11 is out of range") && err.fields[0].message.contains("0 to 10"), "{}", err.fields[0].message);
    let err = s.save_review(&ReviewInput { application_id: app, reviewer: "  ".into(), scores: full([5, 5, 5]), note: String::new() }).unwrap_err();
    assert_eq!(err.fields[0].field, "reviewer");
    let mut partial = full([5, 5, 5]);
    partial.pop();
    let err = s.save_review(&ReviewInput { application_id: app, reviewer: "Ana".into(), scores: partial, note: String::new() }).unwrap_err();
    assert!(err.fields[0].message.contains("Diversity of participants"), "{err:?}");
    assert!(s.reviews(app).unwrap().is_empty(), "nothing was stored");
}

#[test]
fn selection_fills_the_slots_and_lists_the_rest_in_order() {
    let mut s = store(true);
    let cycle = cycle_of(&s, Shape::P2p);
    let err = s.select(cycle, "tester").unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    assert!(err.message.contains("move it to Selection first"), "{}", err.message);
    // Past Selection needs a selection; the guard says which pools lack one.
    to_selection(&mut s, cycle);
    let err = s.move_cycle(cycle, Phase::Matching, "").unwrap_err();
    assert!(err.message.contains("selected visiting hubs"), "{}", err.message);

    let before = s.ranking(cycle).unwrap();
    assert!(before.spread.provisional);
    let out = s.select(cycle, "tester").unwrap();
    // The demo call: 16 visiting (2 not eligible) and 15 hosting (1 not eligible).
    assert_eq!((out.selected, out.waiting, out.not_eligible), (26, 2, 3));
    let ranking = s.ranking(cycle).unwrap();
    for pool in &ranking.pools {
        assert_eq!((pool.selected, pool.waiting), (13, 1), "{}", pool.label);
        // The selected are exactly the top 13 of the ranking; the next is first on the list.
        for e in &pool.entries {
            match e.rank {
                Some(r) if r <= 13 => assert_eq!(e.application.status, Status::Selected),
                Some(_) => assert_eq!(e.application.status, Status::Waiting),
                None => assert!(!e.application.eligibility.eligible && e.application.status == Status::Declined),
            }
        }
    }
    assert!(!ranking.spread.provisional);
    assert_eq!(ranking.spread.emerging + ranking.spread.established, 26);
    assert!(ranking.spread.countries.len() > 10);
    let event = ranking.events.iter().find(|e| e.action == "selected").unwrap();
    assert_eq!(event.actor, "tester");
    assert!(event.detail.starts_with("rank "), "{}", event.detail);
    assert!(s.cycle_transitions(cycle).unwrap().iter().any(|t| t.to == Phase::Matching && t.allowed));
}

#[test]
fn a_withdrawal_offers_the_place_to_the_next_on_the_waiting_list() {
    let mut s = store(true);
    let cycle = cycle_of(&s, Shape::P2p);
    to_selection(&mut s, cycle);
    s.select(cycle, "tester").unwrap();
    let ranking = s.ranking(cycle).unwrap();
    let visiting = &ranking.pools[0];
    let leaving = visiting.entries[0].application.id;
    let next = visiting.entries.iter().find(|e| e.application.status == Status::Waiting).unwrap().application.id;

    let w = s.withdraw(leaving, "Ana Ferreira").unwrap();
    assert_eq!(w.withdrawn.status, Status::Withdrawn);
    assert_eq!(w.promoted.as_ref().map(|a| (a.id, a.status)), Some((next, Status::Selected)));
    let events = s.selection_events(cycle).unwrap();
    let promoted = &events[0];
    assert_eq!((promoted.action.as_str(), promoted.application_id, promoted.replaces_id), ("promoted", next, Some(leaving)));
    assert_eq!(promoted.actor, "Ana Ferreira");
    assert!(promoted.at.starts_with("20"), "{}", promoted.at);
    assert_eq!(events[1].action, "withdrawn");
    assert_eq!((promoted.detail.as_str(), events[1].detail.as_str()), ("offered the place from the waiting list", "gave up a selected place"));
    assert_eq!(promoted.detail.in_language("fr"), "s’est vu proposer la place depuis la liste d’attente");
    // The selection's own details, with a reason within a reason, in the reader's language.
    let waiting = events.iter().find(|e| e.action == "waiting").expect("a decision for the waiting list");
    assert!(waiting.detail.starts_with("waiting list #") && waiting.detail.contains("slots are taken"), "{}", waiting.detail);
    assert!(waiting.detail.in_language("fr").starts_with("liste d’attente n° "), "{}", waiting.detail.in_language("fr"));
    let selected = events.iter().find(|e| e.action == "selected").expect("a decision to select");
    assert!(selected.detail.in_language("fr").starts_with("rang "), "{}", selected.detail.in_language("fr"));
    // A score in each language's own way: "score 67.50", "note 67,50".
    let scored = events.iter().find(|e| e.detail.contains(", score ")).expect("a decision by score");
    let (english, french) = (scored.detail.as_str(), scored.detail.in_language("fr"));
    let score = english.rsplit(", score ").next().unwrap();
    assert!(score.len() >= 4 && score.as_bytes()[score.len() - 3] == b'.', "{english}");
    assert!(french.ends_with(&format!(", note {}", score.replace('.', ","))), "{french}");
    assert_eq!(s.ranking(cycle).unwrap().pools[0].selected, 13);

    // With the list empty the place stays free, and the note says so.
    let second = s.ranking(cycle).unwrap().pools[0].entries.iter().find(|e| e.application.status == Status::Selected).unwrap().application.id;
    let w = s.withdraw(second, "Ana Ferreira").unwrap();
    assert!(w.promoted.is_none());
    assert!(w.note.unwrap().contains("waiting list is empty"));
    assert_eq!(s.withdraw(second, "x").unwrap_err().code, ErrorCode::NotAllowed);
}

#[test]
fn decisions_by_hand_respect_slots_and_eligibility() {
    let mut s = store(true);
    let cycle = cycle_of(&s, Shape::P2p);
    to_selection(&mut s, cycle);
    s.select(cycle, "tester").unwrap();
    let pool = s.ranking(cycle).unwrap().pools[0].clone();
    let waiting = pool.entries.iter().find(|e| e.application.status == Status::Waiting).unwrap().application.id;
    let err = s.decide(waiting, Decision::Selected, "tester").unwrap_err();
    assert!(err.message.contains("All 13 places"), "{}", err.message);
    let ineligible = pool.entries.iter().find(|e| !e.application.eligibility.eligible).unwrap().application.id;
    assert_eq!(s.decide(ineligible, Decision::Waiting, "tester").unwrap_err().code, ErrorCode::NotAllowed);
    let selected = pool.entries[0].application.id;
    assert_eq!(s.decide(selected, Decision::Waiting, "tester").unwrap().status, Status::Waiting);
    assert_eq!(s.decide(waiting, Decision::Selected, "tester").unwrap().status, Status::Selected);
}

#[test]
fn hubs_alliance_selects_first_come_first_served_within_slots_and_budget() {
    let mut s = store(true);
    let cycle = cycle_of(&s, Shape::HubsAlliance);
    // The demo's three requests were selected as they came in.
    let r = s.ranking(cycle).unwrap();
    assert_eq!(r.pools[0].selected, 3);
    assert_eq!(r.committed_cents, Some(3 * 117_500));
    assert!(r.events.iter().all(|e| e.actor.starts_with("automatic")));
    // An envelope for four places: the fifth request waits, even though slots remain.
    let mut input = s.cycle_template(s.cycle(cycle).unwrap().programme_id, 2027).unwrap();
    let c = s.cycle(cycle).unwrap();
    input.title = c.title.clone();
    input.call_opens = c.call_opens.clone();
    input.call_deadline = c.call_deadline.clone();
    input.activity_start = c.activity_start.clone();
    input.activity_end = c.activity_end.clone();
    input.report_deadline = c.report_deadline.clone();
    input.budget_cents = 4 * 117_500;
    s.update_cycle(cycle, &input).unwrap();
    let host = s.hub_by_key("zabica-rijeka").unwrap().id;
    for (key, at) in [("navile-bologna", "2027-01-20T09:00:00Z"), ("ledeberg-gent", "2027-01-21T09:00:00Z")] {
        let hub = s.hub_by_key(key).unwrap();
        let a = ApplicationInput {
            person_name: hub.contact_name.clone(),
            partner_hub_id: Some(host),
            starts_on: Some("2027-06-07".into()),
            ends_on: Some("2027-06-11".into()),
            travel_mode: TravelMode::Green,
            submitted_at: Some(at.into()),
            ..ApplicationInput::new(cycle, hub.id, Role::Visitor)
        };
        s.create_application(&a).unwrap();
    }
    let r = s.ranking(cycle).unwrap();
    let statuses: Vec<(String, Status)> = r.pools[0].entries.iter().map(|e| (e.application.hub_name.clone(), e.application.status)).collect();
    assert_eq!(statuses.iter().filter(|(_, st)| *st == Status::Selected).count(), 4, "{statuses:?}");
    assert_eq!(statuses.last().unwrap(), &("Werkplaats Ledeberg".to_string(), Status::Waiting));
    let waiting = r.events.iter().find(|e| e.action == "waiting").unwrap();
    assert!(waiting.detail.contains("budget envelope"), "{}", waiting.detail);
}

#[test]
fn workshops_need_the_cycles_minimum_of_participants() {
    let mut s = store(true);
    let cycle = cycle_of(&s, Shape::Workshops);
    let small = s.applications(cycle).unwrap().into_iter().find(|a| a.title == "Barn studios").unwrap();
    assert_eq!(small.eligibility.reasons, vec!["12 participant(s) expected, fewer than the 15 a workshop needs."]);
    // The minimum is data of the cycle: lowering it makes the proposal eligible.
    let mut settings = s.selection_settings(cycle).unwrap();
    settings.rules.min_participants = Some(10);
    let criteria = settings.criteria.iter().map(|c| CriterionInput { id: Some(c.id), label: c.label.clone(), weight: c.weight, max_score: c.max_score, by_staff: c.by_staff }).collect();
    s.save_selection_settings(cycle, &mobility_desk_core::intake::selection::SelectionSettingsInput { criteria, rules: settings.rules }).unwrap();
    assert!(s.application(small.id).unwrap().eligibility.eligible);
}

#[test]
fn criteria_are_edited_validated_and_copied_with_the_cycle() {
    let mut s = store(false);
    let cycle = cycle_of(&s, Shape::P2p);
    let settings = s.selection_settings(cycle).unwrap();
    let mut criteria: Vec<CriterionInput> = settings.criteria.iter().map(|c| CriterionInput { id: Some(c.id), label: c.label.clone(), weight: c.weight, max_score: c.max_score, by_staff: c.by_staff }).collect();
    criteria[0].weight = 60;
    criteria.push(CriterionInput { id: None, label: "Green travel".into(), weight: 15, max_score: 5, by_staff: false });
    let input = mobility_desk_core::intake::selection::SelectionSettingsInput { criteria: criteria.clone(), rules: settings.rules.clone() };
    let saved = s.save_selection_settings(cycle, &input).unwrap();
    assert_eq!(saved.criteria.iter().map(|c| c.weight).collect::<Vec<_>>(), vec![60, 25, 25, 15]);

    let mut bad = input.clone();
    bad.criteria[1].label = "green TRAVEL".into();
    bad.criteria[2].max_score = 0;
    let err = s.save_selection_settings(cycle, &bad).unwrap_err();
    let fields: Vec<_> = err.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, vec!["criteria.2.max_score", "criteria.3.label"], "{err:?}");

    let next = s.clone_cycle(cycle, 2028).unwrap();
    let copied = s.selection_settings(next.id).unwrap();
    assert_eq!(copied.criteria.iter().map(|c| c.label.as_str()).collect::<Vec<_>>(), vec!["Quality of the work plan", "Geographical balance", "Diversity of participants", "Green travel"]);
}

const FORM_EXPORT: &str = "\u{feff}Response ID;Timestamp;Organisation;Applying as;Manager;E-mail address;Partner;Available from;Available until;Work plan;Travellers;How will you travel;Newsletter\r\n\
r-101;2027-01-09 14:02;kypseli-athens;Visiting hub;Μαρία Λαμπράκη;maria@kypseli.example;Φάμπρικα Ξυλουργείου;05/04/2027;30/04/2027;Co-design a repair café;2;Train;yes\r\n\
r-102;2027-01-10 08:45;Werkplaats Ledeberg;Hosting hub;Pieter Claes;pieter@ledeberg.example;;2027-03-01;2027-10-31;Host a visiting hub in spring;;;no\r\n";

#[test]
fn a_form_export_is_mapped_previewed_and_imported_all_or_nothing() {
    let mut s = store(false);
    let cycle = cycle_of(&s, Shape::P2p);
    let p = s.preview_application_import(cycle, FORM_EXPORT.as_bytes(), None, None).unwrap();
    assert!(!p.saved_mapping);
    assert_eq!(p.mapping.get("hub").map(String::as_str), Some("Organisation"));
    assert_eq!(p.mapping.get("travel_mode").map(String::as_str), Some("How will you travel"));
    assert_eq!(p.extra_columns, vec!["Newsletter"]);
    assert!(p.ready, "{:?}", p.errors);
    assert_eq!((p.rows, p.creates, p.updates), (2, 2, 0));
    assert!(s.applications(cycle).unwrap().is_empty(), "a preview writes nothing");

    let done = s.import_applications(cycle, FORM_EXPORT.as_bytes(), None, p.date_order, Some(&p.sha256)).unwrap();
    assert_eq!((done.created, done.updated), (2, 0));
    let apps = s.applications(cycle).unwrap();
    let maria = apps.iter().find(|a| a.external_ref.as_deref() == Some("r-101")).unwrap();
    assert_eq!(maria.submitted_at, "2027-01-09T14:02:00Z");
    assert_eq!((maria.role, maria.travellers, maria.travel_mode), (Role::Visiting, 2, TravelMode::Green));
    assert_eq!(maria.partner_hub_name.as_deref(), Some("Φάμπρικα Ξυλουργείου"));
    assert_eq!(maria.starts_on.as_deref(), Some("2027-04-05"));

    // The same file again updates nothing; the mapping was saved.
    let again = s.preview_application_import(cycle, FORM_EXPORT.as_bytes(), None, None).unwrap();
    assert!(again.saved_mapping);
    assert_eq!((again.creates, again.unchanged), (0, 2));

    // The form renamed a column: the saved one is named as missing, the new one as extra.
    let renamed = FORM_EXPORT.replace("Organisation", "Your hub's name");
    let p = s.preview_application_import(cycle, renamed.as_bytes(), None, None).unwrap();
    assert_eq!(p.missing_columns.len(), 1);
    assert_eq!((p.missing_columns[0].label.text.as_str(), p.missing_columns[0].column.as_str()), ("Hub", "Organisation"));
    assert!(p.extra_columns.contains(&"Your hub's name".to_string()));
    assert_eq!(p.unmapped_required, vec!["Hub"]);
    assert!(!p.ready);
    let err = s.import_applications(cycle, renamed.as_bytes(), None, None, None).unwrap_err();
    assert!(err.message.contains("No column is mapped to Hub"), "{}", err.message);
    // Mapped by hand, it imports; the new mapping replaces the saved one.
    let mut mapping: ColumnMapping = p.mapping.clone();
    mapping.insert("hub".into(), "Your hub's name".into());
    assert!(s.preview_application_import(cycle, renamed.as_bytes(), Some(&mapping), None).unwrap().ready);
    s.import_applications(cycle, renamed.as_bytes(), Some(&mapping), None, None).unwrap();
    assert_eq!(s.import_mapping(cycle).unwrap().unwrap().get("hub").map(String::as_str), Some("Your hub's name"));

    // A mapping naming a column the file lacks is refused.
    mapping.insert("needs".into(), "Accessibility".into());
    let err = s.preview_application_import(cycle, renamed.as_bytes(), Some(&mapping), None).unwrap_err();
    assert_eq!((err.code, err.fields[0].field.as_str()), (ErrorCode::Validation, "needs"));
}

/// An export without a time column, imported twice a second apart: the second import changes
/// nothing, and each application keeps the time it was first given (its place in the order of
/// arrival, which first come, first served selects by).
#[test]
fn importing_an_export_without_times_again_keeps_each_application_s_time() {
    let mut s = store(false);
    let cycle = cycle_of(&s, Shape::P2p);
    let export = "Response,Organisation,Applying as,Manager\nr-1,kypseli-athens,Visiting hub,Μαρία Λαμπράκη\n";
    let first = s.import_applications(cycle, export.as_bytes(), None, None, None).unwrap();
    assert_eq!(first.created, 1);
    let at = s.applications(cycle).unwrap()[0].submitted_at.clone();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let again = s.import_applications(cycle, export.as_bytes(), None, None, None).unwrap();
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 1));
    assert_eq!(s.applications(cycle).unwrap()[0].submitted_at, at);
}

#[test]
fn a_bad_row_stops_the_whole_import_and_names_row_and_column() {
    let mut s = store(false);
    let cycle = cycle_of(&s, Shape::P2p);
    let bad = FORM_EXPORT.to_string()
        + "r-103;2027-01-11 09:00;nowhere-hub;visiting;X;x@example.org;;2027-04-01;2027-04-20;;;;\r\n"
        + "r-104;2027-01-11 10:00;kypseli-athens;visiting;Μαρία;maria@kypseli.example;;31/02/2027;2027-04-20;;;;\r\n";
    let p = s.preview_application_import(cycle, bad.as_bytes(), None, None).unwrap();
    assert!(!p.ready);
    let errors: Vec<(u32, &str)> = p.errors.iter().map(|e| (e.row, e.column.as_str())).collect();
    assert_eq!(errors, vec![(4, "Organisation"), (5, "Available from")], "{:?}", p.errors);
    assert!(p.errors[0].message.contains("no member hub is called 'nowhere-hub'"));
    let err = s.import_applications(cycle, bad.as_bytes(), None, None, None).unwrap_err();
    assert_eq!(err.code, ErrorCode::Csv);
    assert!(err.message.contains("2 problem(s)") && err.message.contains("row 4, Organisation"), "{}", err.message);
    assert!(s.applications(cycle).unwrap().is_empty(), "nothing was imported");
    // The same hub twice in the same role, inside one file, is caught too.
    let twice = FORM_EXPORT.to_string() + "r-105;2027-01-12 09:00;kypseli-athens;visiting;Μαρία;;;2027-04-01;2027-04-20;;;;\r\n";
    let p = s.preview_application_import(cycle, twice.as_bytes(), None, None).unwrap();
    assert_eq!(p.error_count, 1);
    assert!(p.errors[0].message.contains("already applied"), "{}", p.errors[0].message);
}

#[test]
fn two_rows_with_one_response_id_are_refused_at_both_rows_and_nothing_is_imported() {
    let mut s = store(false);
    let cycle = cycle_of(&s, Shape::P2p);
    // Two different people under one response id (a form tool's re-export, a merge gone wrong).
    let twice = FORM_EXPORT.to_string() + "r-101;2027-01-12 11:00;Werkplaats Ledeberg;Visiting hub;Pieter Claes;pieter@ledeberg.example;;2027-04-01;2027-04-20;Visit;1;Train;no\r\n";
    let p = s.preview_application_import(cycle, twice.as_bytes(), None, None).unwrap();
    assert!(!p.ready);
    let at: Vec<(u32, &str, &str)> = p.errors.iter().map(|e| (e.row, e.column.as_str(), e.message.text.as_str())).collect();
    assert_eq!(
        at,
        vec![
            (2, "Response ID", "the response id 'r-101' is also on row 4: each response needs its own id, or one of the rows is a repeat to remove"),
            (4, "Response ID", "the response id 'r-101' is also on row 2: each response needs its own id, or one of the rows is a repeat to remove"),
        ]
    );
    let err = s.import_applications(cycle, twice.as_bytes(), None, None, None).unwrap_err();
    assert_eq!(err.code, ErrorCode::Csv);
    assert!(err.message.contains("row 2, Response ID"), "{}", err.message);
    assert!(s.applications(cycle).unwrap().is_empty(), "nothing was imported");
}

/// A US-locale export: month first, two-digit years, 12-hour times.
const US_EXPORT: &str = "Response ID,Timestamp,Organisation,Applying as,Manager,Available from,Available until\r\n\
us-1,1/9/27 2:02:00 PM,kypseli-athens,Visiting hub,Μαρία Λαμπράκη,4/5/27,4/9/27\r\n\
us-2,1/10/27 8:45:10 AM,Werkplaats Ledeberg,Hosting hub,Pieter Claes,3/1/27,10/1/27\r\n";

#[test]
fn dates_that_could_be_either_order_wait_for_a_choice_and_the_choice_is_kept() {
    let mut s = store(false);
    let cycle = cycle_of(&s, Shape::P2p);
    // Nothing in the file says which: every such cell is refused, and nothing is guessed.
    let p = s.preview_application_import(cycle, US_EXPORT.as_bytes(), None, None).unwrap();
    assert_eq!(p.date_order, None);
    assert_eq!(p.date_order_found, None);
    let sample = p.date_sample.clone().unwrap();
    assert_eq!((sample.row, sample.column.as_str(), sample.text.as_str()), (2, "Available from", "4/5/27"));
    assert_eq!((sample.day_month.as_deref(), sample.month_day.as_deref()), (Some("2027-05-04"), Some("2027-04-05")));
    assert!(!p.ready);
    assert!(p.errors.iter().any(|e| e.row == 2 && e.column == "Available from" && e.message == "'4/5/27' could be 4 May 2027 or 5 April 2027: choose the order of this file's dates (day/month or month/day)"), "{:?}", p.errors);
    assert!(s.import_applications(cycle, US_EXPORT.as_bytes(), None, None, None).is_err());
    assert!(s.applications(cycle).unwrap().is_empty());

    // Read month/day: the dates are what the form meant, the times in 24 hours.
    let p = s.preview_application_import(cycle, US_EXPORT.as_bytes(), None, Some(DateOrder::MonthDay)).unwrap();
    assert!(p.ready, "{:?}", p.errors);
    s.import_applications(cycle, US_EXPORT.as_bytes(), None, Some(DateOrder::MonthDay), Some(&p.sha256)).unwrap();
    let apps = s.applications(cycle).unwrap();
    let maria = apps.iter().find(|a| a.external_ref.as_deref() == Some("us-1")).unwrap();
    assert_eq!((maria.starts_on.as_deref(), maria.ends_on.as_deref()), (Some("2027-04-05"), Some("2027-04-09")));
    assert_eq!(maria.submitted_at, "2027-01-09T14:02:00Z");
    // The order is kept with the cycle's mapping: the next export of the form reads the same.
    let again = s.preview_application_import(cycle, US_EXPORT.as_bytes(), None, None).unwrap();
    assert_eq!(again.date_order, Some(DateOrder::MonthDay));
    assert_eq!((again.error_count, again.unchanged), (0, 2));

    // A day over 12 in the file settles the order, and a cell against it is refused.
    let settled = US_EXPORT.replace("10/1/27\r\n", "10/13/27\r\n");
    let p = s.preview_application_import(cycle, settled.as_bytes(), None, None).unwrap();
    assert_eq!(p.date_order_found, Some(DateOrder::MonthDay));
    let p = s.preview_application_import(cycle, settled.as_bytes(), None, Some(DateOrder::DayMonth)).unwrap();
    assert!(p.errors.iter().any(|e| e.message == "'10/13/27' is not a date read day/month (the order of this file's dates)"), "{:?}", p.errors);
}

/// Fair rankings on a table worked by hand: three reviewers, six applications. Ana is strict
/// (2, 3, 4 out of 10 on applications 1–3), Ben kind (7, 8, 9 on 4–6), Cleo scores all six
/// (4, 5, 6, 5, 6, 7). Totals are out of 100 (every criterion scored alike: 10 × the score).
/// The pool of all twelve totals: mean 55, spread √(4700 / 12) = 19.7906. Ana: mean 30, spread
/// √(200 / 3) = 8.1650; Ben: 80 and 8.1650; Cleo: 55 and √(550 / 6) = 9.5743. Ana's 20 becomes
/// 55 + 19.7906 × (20 − 30) / 8.1650 = 30.76; Cleo's 40 becomes 55 + 19.7906 × (40 − 55) /
/// 9.5743 = 23.99; application 1 is their mean, 27.38. By the plain mean the order is 6, 5, 4,
/// 3, 2, 1 (Ana's three at the bottom); normalised it is 6, 3, 5, 2, 4, 1.
#[test]
fn normalised_scores_keep_a_strict_reviewer_from_sinking_their_applications() {
    use mobility_desk_core::intake::selection::ScoreBasis;
    let mut s = store(false);
    let cycle = cycle_of(&s, Shape::P2p);
    let keys = ["kypseli-athens", "morska-varna", "pristav-brno", "klets-cesis", "kotelna-ostrava", "alyki-larnaca"];
    let apps: Vec<i64> = keys.iter().enumerate().map(|(i, k)| apply(&mut s, cycle, k, Role::Visiting, &format!("2027-01-1{i}T10:00:00Z"))).collect();
    to_selection(&mut s, cycle);
    for (reviewer, list) in [("Ana", vec![(0, 2), (1, 3), (2, 4)]), ("Ben", vec![(3, 7), (4, 8), (5, 9)]), ("Cleo", vec![(0, 4), (1, 5), (2, 6), (3, 5), (4, 6), (5, 7)])] {
        for (app, x) in list {
            score(&mut s, apps[app], reviewer, &[x, x, x]);
        }
    }
    let ranking = s.ranking(cycle).unwrap();
    let entry = |id: i64| ranking.pools[0].entries.iter().find(|e| e.application.id == id).unwrap().clone();
    let figures: Vec<(Option<u32>, Option<u32>)> = apps.iter().map(|&a| (entry(a).score_centi, entry(a).normalised_centi)).collect();
    assert_eq!(
        figures,
        [(Some(3000), Some(2738)), (Some(4000), Some(4983)), (Some(5000), Some(7229)), (Some(6000), Some(3771)), (Some(7000), Some(6017)), (Some(8000), Some(8263))]
    );
    assert_eq!((ranking.pool.count, ranking.pool.mean_centi, ranking.pool.spread_centi), (12, 5500, 1979));
    let why = entry(apps[0]).by_reviewer;
    let ana = why.iter().find(|r| r.reviewer == "Ana").unwrap();
    assert_eq!((ana.total_centi, ana.normalised_centi, ana.reviewer_mean_centi, ana.reviewer_spread_centi, ana.reviewer_count), (2000, 3076, 3000, 816, 3));
    let order = |r: &mobility_desk_core::intake::selection::Ranking| -> Vec<usize> {
        r.pools[0].entries.iter().filter(|e| e.rank.is_some()).map(|e| apps.iter().position(|&a| a == e.application.id).unwrap() + 1).collect()
    };
    assert_eq!(order(&ranking), [6, 5, 4, 3, 2, 1]);
    // The cycle chooses the normalised score: it ranks, and selects.
    let settings = s.selection_settings(cycle).unwrap();
    let criteria = settings.criteria.iter().map(|c| CriterionInput { id: Some(c.id), label: c.label.clone(), weight: c.weight, max_score: c.max_score, by_staff: c.by_staff }).collect();
    let rules = mobility_desk_core::intake::selection::SelectionRules { score_basis: ScoreBasis::Normalised, ..settings.rules };
    s.save_selection_settings(cycle, &mobility_desk_core::intake::selection::SelectionSettingsInput { criteria, rules }).unwrap();
    assert_eq!(order(&s.ranking(cycle).unwrap()), [6, 3, 5, 2, 4, 1]);
}
