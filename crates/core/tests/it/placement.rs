//! Hosts for people: Staff Exchange placements within each host's capacity, preferences and
//! locks kept, the unplaced explained, confirmation feeding the grants and the Awarded guard;
//! Hubs Alliance requests checked against their host.

use mobility_desk_core::intake::applications::{ApplicationInput, Role, StaffFormat, TravelMode};
use mobility_desk_core::cycle::cycles::Phase;
use mobility_desk_core::matching::pairs::{ConstraintKind, PairSource};
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::{ErrorCode, Store};
use crate::common::{demo, cycle_of};

fn hub(s: &Store, key: &str) -> i64 {
    s.hub_by_key(key).unwrap().id
}

fn request(s: &Store, shape: Shape, person: &str, home: &str, host: Option<&str>, from: &str, to: &str) -> ApplicationInput {
    let mut a = ApplicationInput::new(cycle_of(s, shape), hub(s, home), Role::Visitor);
    a.person_name = person.into();
    a.person_role = "technician".into();
    a.partner_hub_id = host.map(|h| hub(s, h));
    a.format = (shape == Shape::StaffExchange).then_some(StaffFormat::JobShadowing);
    a.starts_on = Some(from.into());
    a.ends_on = Some(to.into());
    a.travel_mode = TravelMode::Standard;
    a.summary = "Learn how the host runs its workshop.".into();
    a
}

/// The demo Staff Exchange cycle with four selected people: two asking for Brno, one for
/// Kraków, one with no preference.
fn staff(s: &mut Store) -> (i64, Vec<i64>) {
    let cycle = cycle_of(s, Shape::StaffExchange);
    s.move_cycle(cycle, Phase::CallOpen, "").unwrap();
    let mut ids = Vec::new();
    for (person, home, host) in [
        ("Olena Koval", "levada-lviv", Some("pristav-brno")),
        ("Nikos Pappas", "kypseli-athens", Some("pristav-brno")),
        ("Ana Silva", "armazem-porto", Some("zolw-krakow")),
        ("Sofia Greco", "gravina-matera", None),
    ] {
        ids.push(s.create_application(&request(s, Shape::StaffExchange, person, home, host, "2027-05-03", "2027-05-28")).unwrap().id);
    }
    s.move_cycle(cycle, Phase::Selection, "").unwrap();
    s.select(cycle, "tester").unwrap();
    s.move_cycle(cycle, Phase::Matching, "").unwrap();
    (cycle, ids)
}

#[test]
fn people_are_placed_within_capacity_with_preferences_kept() {
    let mut s = demo();
    let (cycle, ids) = staff(&mut s);
    let plan = s.placement_plan(cycle).unwrap();
    assert_eq!(plan.people, 4);
    assert!(plan.complete, "{}", plan.message);
    let at = |id: i64| plan.placements.iter().find(|p| p.application_id == id).unwrap();
    // The first to ask for Brno gets it; Brno has one place, so the second goes elsewhere.
    assert_eq!((at(ids[0]).host_hub.as_str(), at(ids[0]).source), ("Dílna Přístav", PairSource::Proposed));
    assert_ne!(at(ids[1]).host_hub, "Dílna Přístav");
    assert_eq!(at(ids[1]).source, PairSource::Suggested);
    assert_eq!(at(ids[2]).source, PairSource::Proposed);
    // Nobody at their own hub; no host over its capacity.
    for p in &plan.placements {
        assert_ne!(p.host_hub, p.home_hub);
        assert_eq!(p.score.total, p.score.breakdown.iter().map(|c| c.score).sum::<u32>());
        assert!(p.grant_cents > 0, "{}: distance band + days", p.person);
    }
    assert!(plan.hosts.iter().all(|h| h.placed <= h.capacity));
    // Two places in Brno: both who asked go there.
    s.set_host_capacity(cycle, hub(&s, "pristav-brno"), 2).unwrap();
    let plan = s.placement_plan(cycle).unwrap();
    assert!(plan.placements.iter().filter(|p| p.host_hub == "Dílna Přístav").count() == 2);
    // Same input, same placements.
    assert_eq!(s.placement_plan(cycle).unwrap(), plan);
}

#[test]
fn locks_bans_and_full_hosts_are_respected_and_explained() {
    let mut s = demo();
    let (cycle, ids) = staff(&mut s);
    let leipzig = hub(&s, "giesshalle-leipzig");
    let plan = s.set_placement_constraint(cycle, ids[3], leipzig, Some(ConstraintKind::Locked), "tester").unwrap();
    let sofia = plan.placements.iter().find(|p| p.application_id == ids[3]).unwrap();
    assert_eq!((sofia.host_hub_id, sofia.source), (leipzig, PairSource::Locked));
    // Forbid Kraków for Ana: her preference gives way.
    let krakow = hub(&s, "zolw-krakow");
    let plan = s.set_placement_constraint(cycle, ids[2], krakow, Some(ConstraintKind::Forbidden), "tester").unwrap();
    assert_ne!(plan.placements.iter().find(|p| p.application_id == ids[2]).unwrap().host_hub_id, krakow);
    assert_eq!(plan.constraints.len(), 2);
    // A second lock at a host with one place is refused, not silently ignored.
    let err = s.set_placement_constraint(cycle, ids[0], leipzig, Some(ConstraintKind::Locked), "tester").unwrap_err();
    assert!(err.message.contains("all taken by locked placements"), "{}", err.message);
    // The same weights as the pairing's, saved for the placements.
    let weights = mobility_desk_core::matching::engine::PairingWeights { distance: 10, ..Default::default() };
    assert_eq!(s.save_placement_weights(cycle, &weights).unwrap().weights, weights);
    // A lock at the person's own hub is refused.
    let err = s.set_placement_constraint(cycle, ids[0], hub(&s, "levada-lviv"), Some(ConstraintKind::Locked), "tester").unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    // Every host closed but one place: three people are listed, not dropped.
    for h in s.placement_plan(cycle).unwrap().hosts {
        s.set_host_capacity(cycle, h.hub_id, 0).unwrap();
    }
    s.set_host_capacity(cycle, leipzig, 1).unwrap();
    let plan = s.placement_plan(cycle).unwrap();
    assert_eq!(plan.placements.len(), 1);
    assert_eq!(plan.unplaced.len(), 3);
    assert!(plan.unplaced.iter().all(|u| u.reason.contains("every host's places are taken")), "{:?}", plan.unplaced);
    assert!(plan.hosts.iter().any(|h| h.capacity == 0), "hosts closed for the cycle stay listed, to be reopened");
    assert!(plan.message.starts_with("3 of 4 selected people cannot be placed"), "{}", plan.message);
    assert_eq!(s.set_host_capacity(cycle, leipzig, 51).unwrap_err().code, ErrorCode::Validation);
}

#[test]
fn confirmed_placements_feed_the_grants_and_the_award_guard() {
    let mut s = demo();
    let (cycle, _) = staff(&mut s);
    let err = s.move_cycle(cycle, Phase::Awarded, "").unwrap_err();
    assert!(err.message.contains("a host hub for every selected person (4 without"), "{}", err.message);
    let plan = s.confirm_placements(cycle, "tester").unwrap();
    assert!(plan.matches_confirmed);
    let grants = s.grants_overview(cycle).unwrap().grants;
    for p in &plan.placements {
        let g = grants.iter().find(|g| g.application_id == p.application_id).unwrap();
        assert_eq!(g.host_name.as_deref(), Some(p.host_hub.as_str()));
        assert_eq!(g.total_cents, p.grant_cents);
    }
    assert_eq!(s.move_cycle(cycle, Phase::Awarded, "").unwrap().phase, Phase::Awarded);
    // Only Staff Exchange cycles have placements.
    assert_eq!(s.placement_plan(cycle_of(&s, Shape::P2p)).unwrap_err().code, ErrorCode::NotAllowed);
}

#[test]
fn alliance_requests_are_checked_against_their_host() {
    let mut s = demo();
    let alliance = cycle_of(&s, Shape::HubsAlliance);
    s.move_cycle(alliance, Phase::Selection, "").unwrap();
    let checks = s.alliance_checks(alliance).unwrap();
    assert_eq!(checks.len(), 3);
    assert!(checks.iter().all(|c| c.ok), "{checks:?}");
    // A host outside the Alliance, and a second visit to a full host on the same dates.
    let first = &checks[0];
    let host_key = s.hub(s.application(first.application_id).unwrap().partner_hub_id.unwrap()).unwrap().key;
    let mut outside = request(&s, Shape::HubsAlliance, "Eva Novak", "hornad-kosice", Some("pristav-brno"), "2027-04-05", "2027-04-09");
    outside.format = None;
    let outside = s.create_application(&outside).unwrap().id;
    let mut twice = request(&s, Shape::HubsAlliance, "Jan Horak", "dunav-novi-sad", Some(&host_key), first.starts_on.as_deref().unwrap(), first.ends_on.as_deref().unwrap());
    twice.format = None;
    twice.submitted_at = Some("2027-06-29T12:00:00Z".into());
    let twice = s.create_application(&twice).unwrap().id;
    s.select(alliance, "tester").unwrap();
    // A host outside the Alliance is already refused by eligibility, so it is never selected.
    let refused = s.application(outside).unwrap();
    assert_eq!(refused.eligibility.reasons, vec!["The host, Dílna Přístav, is not in the Hubs Alliance.".to_string()]);
    let checks = s.alliance_checks(alliance).unwrap();
    assert!(checks.iter().all(|c| c.application_id != outside));
    let later = checks.iter().find(|c| c.application_id == twice).unwrap();
    assert!(later.problems.iter().any(|p| p.contains("has no room on those dates (1 earlier visit(s) overlap, room for 1)")), "{later:?}");
    let err = s.move_cycle(alliance, Phase::Awarded, "").unwrap_err();
    assert!(err.message.contains("a valid Alliance host for Jan Horak's request"), "{}", err.message);
    // Room for two: the request fits.
    let host = s.application(twice).unwrap().partner_hub_id.unwrap();
    s.set_host_capacity(alliance, host, 2).unwrap();
    assert!(s.alliance_checks(alliance).unwrap().iter().all(|c| c.ok));
}
