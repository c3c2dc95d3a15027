//! Pairing the demo P2P cycle in the store: proposals checked and kept, the rest assigned,
//! locks surviving re-runs, forbidden pairs moved, partial pairings explained, confirmation
//! feeding the grants and the phase guard, and a restart.

use std::collections::HashSet;

use mobility_desk_core::cycle::cycles::Phase;
use mobility_desk_core::matching::engine::PairingWeights;
use mobility_desk_core::matching::pairs::{ConstraintKind, PairSource, PairingPlan};
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::intake::selection::Decision;
use mobility_desk_core::{ErrorCode, Store};
use crate::common::{demo, cycle_of};

/// The demo P2P cycle with its 13 + 13 selected.
fn selected(s: &mut Store) -> i64 {
    let cycle = cycle_of(s, Shape::P2p);
    s.move_cycle(cycle, Phase::Selection, "").unwrap();
    s.select(cycle, "tester").unwrap();
    s.move_cycle(cycle, Phase::Matching, "").unwrap();
    cycle
}

fn pair_ids(plan: &PairingPlan) -> Vec<(i64, i64)> {
    plan.pairs.iter().map(|p| (p.visiting.application_id, p.hosting.application_id)).collect()
}

#[test]
fn the_demo_cycle_is_paired_with_proposals_kept_and_scores_explained() {
    let mut s = demo();
    let cycle = selected(&mut s);
    let plan = s.pairing_plan(cycle).unwrap();
    assert_eq!((plan.visiting_count, plan.hosting_count), (13, 13));
    assert_eq!(plan.pairs.len(), 13);
    assert!(plan.complete, "{}", plan.message);
    assert!(plan.unpaired.is_empty());
    // Every hub once.
    let hosts: HashSet<i64> = plan.pairs.iter().map(|p| p.hosting.application_id).collect();
    assert_eq!(hosts.len(), 13);
    // The applicants' valid proposals are kept as they are.
    let accepted: Vec<_> = plan.proposals.iter().filter(|p| p.accepted).collect();
    assert!(!accepted.is_empty(), "{:?}", plan.proposals);
    for p in &accepted {
        let pair = plan.pairs.iter().find(|x| x.visiting.application_id == p.application_id || x.hosting.application_id == p.application_id).unwrap();
        assert_eq!(pair.source, PairSource::Proposed);
        assert!(pair.visiting.hub_name == p.proposed_hub_name || pair.hosting.hub_name == p.proposed_hub_name);
    }
    assert!(plan.proposals.iter().all(|p| p.accepted || !p.problem.is_empty()));
    // Each score is its breakdown; the cost is every grant with its host (P2P: €21,775).
    for p in &plan.pairs {
        assert_eq!(p.score.total, p.score.breakdown.iter().map(|c| c.score).sum::<u32>());
        assert_eq!(p.score.breakdown.len(), 7);
        assert!(p.score.not_allowed.is_none());
    }
    assert_eq!(plan.total_score, plan.pairs.iter().map(|p| p.score.total).sum::<u32>());
    assert_eq!(plan.total_grant_cents, 2_177_500);
    // The same input gives the same pairs.
    assert_eq!(pair_ids(&s.pairing_plan(cycle).unwrap()), pair_ids(&plan));
    assert!(!plan.matches_confirmed && plan.confirmed_at.is_none() && plan.can_confirm);
}

#[test]
fn locks_survive_re_runs_and_forbidden_pairs_move() {
    let mut s = demo();
    let cycle = selected(&mut s);
    let plan = s.pairing_plan(cycle).unwrap();
    let suggested: Vec<_> = plan.pairs.iter().filter(|p| p.source == PairSource::Suggested).collect();
    assert!(suggested.len() >= 2, "{:?}", plan.pairs.iter().map(|p| p.source).collect::<Vec<_>>());
    // Lock the first suggested visiting hub with the second one's host: a swap.
    let (v, h) = (suggested[0].visiting.application_id, suggested[1].hosting.application_id);
    let plan = s.set_pair_constraint(cycle, v, h, Some(ConstraintKind::Locked), "tester").unwrap();
    let locked = plan.pairs.iter().find(|p| p.visiting.application_id == v).unwrap();
    assert_eq!((locked.hosting.application_id, locked.source), (h, PairSource::Locked));
    assert_eq!(plan.constraints.len(), 1);
    // Changing the weights re-runs the rest; the lock stays.
    let weights = PairingWeights { distance: 10, new_pair: 0, ..PairingWeights::default() };
    let plan = s.save_pairing_weights(cycle, &weights).unwrap();
    assert_eq!(plan.weights, weights);
    assert!(plan.pairs.iter().any(|p| (p.visiting.application_id, p.hosting.application_id, p.source) == (v, h, PairSource::Locked)));
    // Forbid another suggested pair: it is not made again.
    let other = plan.pairs.iter().find(|p| p.source == PairSource::Suggested).unwrap().clone();
    let plan = s.set_pair_constraint(cycle, other.visiting.application_id, other.hosting.application_id, Some(ConstraintKind::Forbidden), "tester").unwrap();
    assert!(!pair_ids(&plan).contains(&(other.visiting.application_id, other.hosting.application_id)));
    assert!(plan.complete, "{}", plan.message);
    // Unlocked, the lock is gone; the forbidden pair stays forbidden.
    let plan = s.set_pair_constraint(cycle, v, h, None, "tester").unwrap();
    assert_eq!(plan.constraints.len(), 1);
    assert_eq!(plan.constraints[0].kind, ConstraintKind::Forbidden);
}

#[test]
fn impossible_pairings_are_explained_and_the_best_partial_one_offered() {
    let mut s = demo();
    let cycle = selected(&mut s);
    let plan = s.pairing_plan(cycle).unwrap();
    // Forbid every host for one visiting hub that is not in a proposed pair.
    let lonely = plan.pairs.iter().find(|p| p.source == PairSource::Suggested).unwrap().visiting.clone();
    let hosts: Vec<i64> = plan.pairs.iter().map(|p| p.hosting.application_id).collect();
    for h in &hosts {
        s.set_pair_constraint(cycle, lonely.application_id, *h, Some(ConstraintKind::Forbidden), "tester").unwrap();
    }
    let plan = s.pairing_plan(cycle).unwrap();
    assert!(!plan.complete);
    assert_eq!(plan.pairs.len(), 12);
    assert!(plan.message.contains("The constraints make a full pairing impossible: 1 visiting hub cannot be paired"), "{}", plan.message);
    let left = plan.unpaired.iter().find(|u| u.side.application_id == lonely.application_id).unwrap();
    assert!(left.reason.contains("staff forbade the pair"), "{}", left.reason);
    assert_eq!(plan.unpaired.len(), 2, "the visiting hub and one host");

    // Fewer hosts than visitors: a host taken out of the selection.
    let mut s = demo();
    let cycle = selected(&mut s);
    let host = s.pairing_plan(cycle).unwrap().pairs.iter().find(|p| p.source == PairSource::Suggested).unwrap().hosting.application_id;
    s.move_cycle(cycle, Phase::Selection, "A host drops out").unwrap();
    s.decide(host, Decision::NotSelected, "tester").unwrap();
    let plan = s.pairing_plan(cycle).unwrap();
    assert_eq!((plan.hosting_count, plan.visiting_count), (12, 13), "the demo's hosting waiting list is empty");
    assert_eq!(plan.pairs.len(), 12);
    assert!(plan.message.starts_with("Fewer hosting hubs (12) than visiting hubs (13): 1 visiting hub cannot be paired"), "{}", plan.message);
    assert_eq!(plan.unpaired.len(), 1, "listed, never dropped");
    assert!(plan.unpaired[0].reason.starts_with("no hosting hub left"), "{}", plan.unpaired[0].reason);
}

#[test]
fn bad_constraints_are_refused_and_change_nothing() {
    let mut s = demo();
    let cycle = selected(&mut s);
    let plan = s.pairing_plan(cycle).unwrap();
    let (v, h) = (plan.pairs[0].visiting.application_id, plan.pairs[0].hosting.application_id);
    // Two visiting hubs, a hosting hub as the visitor, an application of another cycle.
    let other_v = plan.pairs[1].visiting.application_id;
    assert_eq!(s.set_pair_constraint(cycle, v, other_v, Some(ConstraintKind::Locked), "t").unwrap_err().code, ErrorCode::BadRequest);
    assert_eq!(s.set_pair_constraint(cycle, h, v, Some(ConstraintKind::Locked), "t").unwrap_err().code, ErrorCode::BadRequest);
    assert_eq!(s.set_pair_constraint(cycle, v, 99_999, Some(ConstraintKind::Forbidden), "t").unwrap_err().code, ErrorCode::BadRequest);
    // Weights from 0 to 10.
    let err = s.save_pairing_weights(cycle, &PairingWeights { distance: 11, ..PairingWeights::default() }).unwrap_err();
    assert_eq!((err.code, err.fields[0].field.as_str()), (ErrorCode::Validation, "distance"));
    // Only P2P is paired.
    let alliance = cycle_of(&s, Shape::HubsAlliance);
    assert_eq!(s.pairing_plan(alliance).unwrap_err().code, ErrorCode::NotAllowed);
    assert!(s.pairing_plan(cycle).unwrap().constraints.is_empty());
    assert_eq!(s.pairing_weights(cycle).unwrap(), PairingWeights::default());
}

#[test]
fn confirmed_pairs_feed_the_grants_and_the_award_guard_and_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite");
    let (cycle, pairs) = {
        let mut s = Store::open(&path).unwrap();
        s.load_demo().unwrap();
        let cycle = selected(&mut s);
        let err = s.move_cycle(cycle, Phase::Awarded, "").unwrap_err();
        assert!(err.message.contains("a hosting hub paired with every selected visiting hub (13 have none"), "{}", err.message);
        let plan = s.pairing_plan(cycle).unwrap();
        let suggested = plan.pairs.iter().find(|p| p.source == PairSource::Suggested).unwrap().clone();
        s.set_pair_constraint(cycle, suggested.visiting.application_id, suggested.hosting.application_id, Some(ConstraintKind::Locked), "tester").unwrap();
        let plan = s.confirm_pairing(cycle, "tester").unwrap();
        assert!(plan.matches_confirmed && plan.confirmed_at.is_some());
        // The grants name the paired host.
        let grants = s.grants_overview(cycle).unwrap().grants;
        for p in &plan.pairs {
            let g = grants.iter().find(|g| g.application_id == p.visiting.application_id).unwrap();
            assert_eq!(g.host_name.as_deref(), Some(p.hosting.hub_name.as_str()));
        }
        assert_eq!(s.move_cycle(cycle, Phase::Awarded, "").unwrap().phase, Phase::Awarded);
        // Settings freeze: no new confirmation after the award.
        assert_eq!(s.confirm_pairing(cycle, "tester").unwrap_err().code, ErrorCode::WrongPhase);
        (cycle, pair_ids(&plan))
    };
    let s = Store::open(&path).unwrap();
    let plan = s.pairing_plan(cycle).unwrap();
    assert_eq!(pair_ids(&plan), pairs);
    assert!(plan.matches_confirmed);
    assert_eq!(plan.constraints.len(), 1);
}

/// A P2P exchange has its own dates, agreed by the two hubs within both hubs' availability:
/// the pairing proposes a first window, staff set the dates on the confirmed pair, the grant
/// counts the visit's days, and until then the cycle's rule says what the grant does.
#[test]
fn a_visit_has_its_own_dates_within_both_hubs_availability() {
    let mut s = demo();
    let cycle = selected(&mut s);
    s.confirm_pairing(cycle, "tester").unwrap();
    let plan = s.pairing_plan(cycle).unwrap();
    let cycle_row = s.cycle(cycle).unwrap();
    // The proposals: the first common days, as long as the cycle's longest activity, within
    // both hubs' availability.
    for p in &plan.pairs {
        let v = p.visit.clone().expect("the demo hubs share days");
        assert!(!v.agreed);
        assert_eq!(Some(v.days), cycle_row.max_days.map(|d| d.min(v.days)));
        for side in [&p.visiting, &p.hosting] {
            assert!(side.starts_on.as_deref().is_none_or(|s| v.starts_on.as_str() >= s), "{v:?} {side:?}");
            assert!(side.ends_on.as_deref().is_none_or(|e| v.ends_on.as_str() <= e), "{v:?} {side:?}");
        }
    }
    let pair = plan.pairs.iter().find(|p| p.visiting.starts_on.is_some() && p.hosting.starts_on.is_some()).unwrap().clone();
    let visiting = pair.visiting.application_id;
    let grant_of = |s: &Store| s.grants_overview(cycle).unwrap().grants.into_iter().find(|g| g.application_id == visiting).unwrap();
    // Undated: computed on the funded maximum (the default), or blocked when the rules say so.
    assert_eq!(grant_of(&s).total_cents, 117_500);
    let detail = s.grant_detail(grant_of(&s).id).unwrap();
    assert!(detail.visit_to_agree && detail.activity.is_none());
    assert_eq!(detail.availability.as_ref().map(|a| a.from.clone()), pair.visiting.starts_on.clone());
    let mut body = s.rule_set(cycle).unwrap().body;
    body.undated_visits = mobility_desk_core::funding::rules::UndatedVisits::Blocked;
    s.save_rule_set(cycle, &mobility_desk_core::funding::rules::RuleSetInput { body: body.clone(), note: "Dates first".into() }, "tester").unwrap();
    let blocked = grant_of(&s);
    assert!(blocked.blocked.starts_with(&format!("The dates of {}'s visit are not agreed yet", pair.visiting.hub_name)), "{}", blocked.blocked);

    // Bad dates are refused at their field and change nothing.
    let proposal = pair.visit.clone().unwrap();
    let day = |d: &str, n: i64| {
        let date = time::Date::parse(d, time::macros::format_description!("[year]-[month]-[day]")).unwrap() + time::Duration::days(n);
        date.format(time::macros::format_description!("[year]-[month]-[day]")).unwrap()
    };
    let before = day(pair.visiting.starts_on.as_deref().unwrap().max(pair.hosting.starts_on.as_deref().unwrap()), -1);
    let err = s.set_pair_visit(cycle, visiting, Some((&before, &day(&before, 3)))).unwrap_err();
    assert_eq!(err.fields[0].field, "visit_start", "{err:?}");
    assert!(err.fields[0].message.contains("is available from"), "{}", err.fields[0].message);
    let long_end = day(&proposal.starts_on, 5);
    let err = s.set_pair_visit(cycle, visiting, Some((&proposal.starts_on, &long_end))).unwrap_err();
    assert!(err.fields.iter().any(|f| f.message == "The visit lasts 6 days; the cycle's rules pay for at most 5. Shorten it, or amend the cycle."), "{err:?}");
    let err = s.set_pair_visit(cycle, visiting, Some((&proposal.ends_on, &proposal.starts_on))).unwrap_err();
    assert!(err.fields[0].message.contains("before it starts"), "{err:?}");
    assert!(s.pairing_plan(cycle).unwrap().pairs.iter().all(|p| p.visit.as_ref().is_none_or(|v| !v.agreed)));

    // Four days agreed: the grant pays four days, the plan says agreed, and a new
    // confirmation of the same pairs keeps them.
    let end = day(&proposal.starts_on, 3);
    let plan = s.set_pair_visit(cycle, visiting, Some((&proposal.starts_on, &end))).unwrap();
    let v = plan.pairs.iter().find(|p| p.visiting.application_id == visiting).unwrap().visit.clone().unwrap();
    assert!(v.agreed && v.days == 4);
    let g = grant_of(&s);
    assert!(g.blocked.is_empty(), "{}", g.blocked);
    let lines = s.grant_lines(g.id).unwrap();
    let subsistence = lines.iter().find(|l| l.kind == "subsistence").unwrap();
    assert_eq!((subsistence.quantity, subsistence.amount_cents), (4, 4 * 16_500));
    let detail = s.grant_detail(g.id).unwrap();
    assert_eq!(detail.activity.map(|a| (a.from, a.to, a.days)), Some((proposal.starts_on.clone(), end.clone(), 4)));
    s.confirm_pairing(cycle, "tester").unwrap();
    assert!(s.pairing_plan(cycle).unwrap().pairs.iter().any(|p| p.visit.as_ref().is_some_and(|v| v.agreed && v.days == 4)));
    // Cleared: undated again.
    s.set_pair_visit(cycle, visiting, None).unwrap();
    assert!(!grant_of(&s).blocked.is_empty());
    // Before Matching, or without a confirmed pair, the dates wait.
    s.move_cycle(cycle, Phase::Selection, "Reopen the selection").unwrap();
    assert_eq!(s.set_pair_visit(cycle, visiting, Some((&proposal.starts_on, &end))).unwrap_err().code, ErrorCode::WrongPhase);
}
