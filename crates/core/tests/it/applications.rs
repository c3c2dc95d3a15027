//! Applications: entry by programme shape, the bad inputs that are refused, and every
//! eligibility reason.

use mobility_desk_core::intake::applications::{ApplicationInput, Role, StaffFormat, Status, TravelMode};
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::{ErrorCode, Store};
use crate::common::{cycle_of};

fn demo() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    s.load_demo_with(false).unwrap();
    s
}

fn hub(s: &Store, key: &str) -> i64 {
    s.hub_by_key(key).unwrap().id
}

fn p2p(s: &Store, key: &str, role: Role) -> ApplicationInput {
    ApplicationInput {
        cycle_id: cycle_of(s, Shape::P2p),
        hub_id: hub(s, key),
        role,
        person_name: "Μαρία Λαμπράκη".into(),
        person_email: "maria@kypseli.example".into(),
        person_role: String::new(),
        partner_hub_id: None,
        format: None,
        starts_on: Some("2027-04-05".into()),
        ends_on: Some("2027-04-30".into()),
        title: String::new(),
        summary: "Co-design a repair café with the host's makerspace.".into(),
        travellers: 2,
        travel_mode: TravelMode::Green,
        participants: None,
        budget_request_cents: None,
        needs: String::new(),
        submitted_at: Some("2027-01-10T09:30:00Z".into()),
        external_ref: None,
    }
}

fn person(s: &Store, shape: Shape, home: &str, host: &str, from: &str, to: &str) -> ApplicationInput {
    ApplicationInput {
        cycle_id: cycle_of(s, shape),
        role: Role::Visitor,
        person_name: "Jonas Petraitis".into(),
        person_role: "technician".into(),
        partner_hub_id: Some(hub(s, host)),
        format: (shape == Shape::StaffExchange).then_some(StaffFormat::JobShadowing),
        starts_on: Some(from.into()),
        ends_on: Some(to.into()),
        travellers: 1,
        summary: String::new(),
        ..p2p(s, home, Role::Visiting)
    }
}

fn fields(err: mobility_desk_core::Error) -> Vec<String> {
    assert_eq!(err.code, ErrorCode::Validation, "{err:?}");
    err.fields.into_iter().map(|f| f.field).collect()
}

#[test]
fn a_p2p_application_is_stored_and_eligible() {
    let mut s = demo();
    let a = s.create_application(&p2p(&s, "kypseli-athens", Role::Visiting)).unwrap();
    assert_eq!((a.hub_name.as_str(), a.role, a.status, a.travellers), ("Εργαστήρι Κυψέλη", Role::Visiting, Status::Received, 2));
    assert_eq!(a.submitted_at, "2027-01-10T09:30:00Z");
    assert!(a.eligibility.eligible, "{:?}", a.eligibility.reasons);
    let mut host = p2p(&s, "kypseli-athens", Role::Hosting);
    host.submitted_at = Some("2027-01-11".into());
    let b = s.create_application(&host).unwrap();
    assert_eq!(b.submitted_at, "2027-01-11T00:00:00Z");
    let list = s.applications(a.cycle_id).unwrap();
    assert_eq!(list.iter().map(|x| x.id).collect::<Vec<_>>(), vec![a.id, b.id], "in the order they came in");
}

#[test]
fn unknown_and_archived_hubs_are_refused() {
    let mut s = demo();
    let mut input = p2p(&s, "kypseli-athens", Role::Visiting);
    input.hub_id = 9999;
    let err = s.create_application(&input).unwrap_err();
    assert!(err.fields[0].message.contains("no member hub #9999"), "{err:?}");

    let id = hub(&s, "morska-varna");
    s.set_hub_archived(id, true).unwrap();
    let err = s.create_application(&p2p(&s, "morska-varna", Role::Visiting)).unwrap_err();
    assert!(err.fields[0].message.contains("is archived"), "{err:?}");
}

#[test]
fn the_same_hub_twice_in_the_same_role_is_refused_until_withdrawn() {
    let mut s = demo();
    let first = s.create_application(&p2p(&s, "kypseli-athens", Role::Visiting)).unwrap();
    let err = s.create_application(&p2p(&s, "kypseli-athens", Role::Visiting)).unwrap_err();
    assert_eq!(fields(err.clone()), vec!["hub_id"]);
    assert!(err.message.contains(&format!("already applied in this cycle (application #{})", first.id)), "{}", err.message);
    s.withdraw_application(first.id).unwrap();
    assert!(s.create_application(&p2p(&s, "kypseli-athens", Role::Visiting)).is_ok());
    assert_eq!(s.withdraw_application(first.id).unwrap_err().code, ErrorCode::NotAllowed);
}

#[test]
fn the_form_says_what_each_shape_needs() {
    let mut s = demo();
    let mut input = p2p(&s, "kypseli-athens", Role::Proposer);
    input.person_name = String::new();
    input.person_email = "maria at kypseli".into();
    input.partner_hub_id = Some(input.hub_id);
    input.travellers = 0;
    input.starts_on = Some("2027-05-01".into());
    input.ends_on = Some("2027-04-01".into());
    input.submitted_at = Some("yesterday".into());
    assert_eq!(
        fields(s.create_application(&input).unwrap_err()),
        vec!["role", "partner_hub_id", "person_name", "person_email", "travellers", "ends_on", "submitted_at"]
    );

    let mut staff = person(&s, Shape::StaffExchange, "levada-lviv", "pristav-brno", "2027-05-03", "2027-05-28");
    staff.format = None;
    assert_eq!(fields(s.create_application(&staff).unwrap_err()), vec!["format"]);

    let mut alliance = person(&s, Shape::HubsAlliance, "fabrika-thessaloniki", "tepe-plovdiv", "2027-05-03", "2027-05-07");
    alliance.partner_hub_id = None;
    assert_eq!(fields(s.create_application(&alliance).unwrap_err()), vec!["partner_hub_id"]);

    let mut workshop = p2p(&s, "kypseli-athens", Role::Proposer);
    workshop.cycle_id = cycle_of(&s, Shape::Workshops);
    workshop.starts_on = Some("2027-06-01".into());
    workshop.ends_on = Some("2027-06-04".into());
    workshop.travellers = 1;
    assert_eq!(fields(s.create_application(&workshop).unwrap_err()), vec!["title", "participants"]);
    workshop.title = "Running a community kitchen".into();
    workshop.participants = Some(20);
    workshop.budget_request_cents = Some(950_000);
    let w = s.create_application(&workshop).unwrap();
    assert!(w.eligibility.eligible, "{:?}", w.eligibility.reasons);
}

#[test]
fn membership_is_an_eligibility_reason() {
    let mut s = demo();
    let a = s.create_application(&p2p(&s, "kunsthof-graz", Role::Hosting)).unwrap();
    assert!(!a.eligibility.eligible);
    assert!(a.eligibility.reasons[0].contains("former member"), "{:?}", a.eligibility.reasons);
    // A hub archived after it applied is flagged, not hidden.
    let ok = s.create_application(&p2p(&s, "pristav-brno", Role::Hosting)).unwrap();
    s.set_hub_archived(ok.hub_id, true).unwrap();
    let again = s.application(ok.id).unwrap();
    assert!(again.eligibility.reasons.iter().any(|r| r.ends_with("is archived.")), "{:?}", again.eligibility.reasons);
}

#[test]
fn alliance_membership_of_both_hubs_is_checked() {
    let mut s = demo();
    let a = s.create_application(&person(&s, Shape::HubsAlliance, "kypseli-athens", "pristav-brno", "2027-05-03", "2027-05-07")).unwrap();
    let reasons = a.eligibility.reasons;
    assert!(reasons.iter().any(|r| r.contains("Κυψέλη is not in the Hubs Alliance")), "{reasons:?}");
    assert!(reasons.iter().any(|r| r.starts_with("The host,") && r.ends_with("is not in the Hubs Alliance.")), "{reasons:?}");
    let b = s.create_application(&person(&s, Shape::HubsAlliance, "fabrika-thessaloniki", "tepe-plovdiv", "2027-05-03", "2027-05-07")).unwrap();
    assert!(b.eligibility.eligible, "{:?}", b.eligibility.reasons);
}

#[test]
fn dates_and_durations_are_checked_against_the_cycle() {
    let mut s = demo();
    // Hubs Alliance: at most 6 days.
    let long = s.create_application(&person(&s, Shape::HubsAlliance, "fabrika-thessaloniki", "tepe-plovdiv", "2027-05-03", "2027-05-09")).unwrap();
    assert_eq!(long.eligibility.reasons, vec!["7 days is longer than the longest activity (6 days).".to_string()]);
    // Staff Exchange: one week to three months, inside the activity window.
    let short = s.create_application(&person(&s, Shape::StaffExchange, "levada-lviv", "pristav-brno", "2027-05-03", "2027-05-05")).unwrap();
    assert_eq!(short.eligibility.reasons, vec!["3 day(s) is shorter than the shortest activity (7 days).".to_string()]);
    let mut outside = person(&s, Shape::StaffExchange, "morska-varna", "pristav-brno", "2027-12-01", "2027-12-20");
    outside.person_name = "Other person".into();
    let outside = s.create_application(&outside).unwrap();
    assert!(outside.eligibility.reasons[0].contains("outside the activity window (2027-04-01 to 2027-11-30)"), "{:?}", outside.eligibility.reasons);
    // P2P: available dates must cover the shortest exchange; a long availability is fine.
    let mut p = p2p(&s, "levada-lviv", Role::Visiting);
    p.starts_on = Some("2027-04-05".into());
    p.ends_on = Some("2027-04-07".into());
    let p = s.create_application(&p).unwrap();
    assert_eq!(p.eligibility.reasons, vec!["3 day(s) is shorter than the shortest activity (4 days).".to_string()]);
    // Without dates, a staff visit cannot be checked.
    let mut none = person(&s, Shape::StaffExchange, "kypseli-athens", "pristav-brno", "", "");
    none.starts_on = None;
    none.ends_on = None;
    let none = s.create_application(&none).unwrap();
    assert_eq!(none.eligibility.reasons, vec!["No dates given.".to_string()]);
}
