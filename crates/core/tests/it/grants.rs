//! Grants in the store: computed for every selected application of the demo cycles, rules
//! versioned, drafts following rule and input changes while awarded grants stay, amendments
//! with history, the envelope and its warning, the what-if, and the phase guard.

use mobility_desk_core::intake::applications::Role;
use mobility_desk_core::cycle::cycles::Phase;
use mobility_desk_core::funding::distance::DistanceBand;
use mobility_desk_core::funding::grants::{GrantInputs, GrantState};
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::funding::rules::{Rule, RuleSetInput};
use mobility_desk_core::{ErrorCode, Store};
use crate::common::{demo, cycle_of};

/// The demo P2P cycle, in Selection, with 13 + 13 selected.
fn selected_p2p(s: &mut Store) -> i64 {
    let cycle = cycle_of(s, Shape::P2p);
    s.move_cycle(cycle, Phase::Selection, "").unwrap();
    s.select(cycle, "tester").unwrap();
    cycle
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

#[test]
fn every_selected_application_of_the_demo_p2p_cycle_gets_a_grant() {
    let mut s = demo();
    let cycle = selected_p2p(&mut s);
    let overview = s.grants_overview(cycle).unwrap();
    assert_eq!(overview.grants.len(), 26);
    assert_eq!(overview.rule_set_version, 1);
    let visiting: Vec<_> = overview.grants.iter().filter(|g| g.role == Role::Visiting).collect();
    let hosting: Vec<_> = overview.grants.iter().filter(|g| g.role == Role::Hosting).collect();
    assert_eq!((visiting.len(), hosting.len()), (13, 13));
    assert!(hosting.iter().all(|g| g.total_cents == 50_000 && g.blocked.is_empty()));
    // Every demo visiting hub offers at least 5 days, so each grant is €350 + 5 × €165 = €1,175
    // (two travellers or one: the cap per visiting hub holds).
    assert!(visiting.iter().all(|g| g.total_cents == 117_500), "{:?}", visiting.iter().map(|g| g.total_cents).collect::<Vec<_>>());
    // 13 × €1,175 + 13 × €500 = €21,775: exactly the default envelope.
    assert_eq!(overview.budget.committed_cents, 2_177_500);
    assert_eq!(overview.budget.envelope_cents, 2_177_500);
    assert_eq!(overview.budget.remaining_cents, 0);
    let detail = s.grant_detail(visiting[0].id).unwrap();
    assert_eq!(detail.lines.iter().map(|l| l.amount_cents).sum::<i64>(), detail.grant.total_cents);
    assert!(detail.lines.iter().all(|l| l.rule_version == 1 && !l.rule.is_empty()));
    assert_eq!(detail.lines.last().unwrap().kind, "grant_cap");
}

#[test]
fn hubs_alliance_and_staff_exchange_grants_are_computed_from_their_own_rules() {
    let s = demo();
    let alliance = cycle_of(&s, Shape::HubsAlliance);
    let overview = s.grants_overview(alliance).unwrap();
    assert_eq!(overview.grants.len(), 3, "three requests, selected first come first served");
    for g in &overview.grants {
        assert!(g.blocked.is_empty(), "{}", g.blocked);
        assert!(g.total_cents > 0 && g.total_cents <= 117_500, "{}", g.total_cents);
        let detail = s.grant_detail(g.id).unwrap();
        let kinds: Vec<&str> = detail.lines.iter().map(|l| l.kind.as_str()).collect();
        assert_eq!(kinds, vec!["capped_travel", "accommodation", "grant_cap"]);
        assert!(detail.host.is_some());
    }
    // Staff Exchange: the distance band from the home hub to the host.
    let staff = cycle_of(&s, Shape::StaffExchange);
    let rules = s.rule_set(staff).unwrap();
    assert!(matches!(rules.body.components[0].rule, Rule::DistanceBand { .. }));
    assert_eq!(rules.roles, [Role::Visitor], "a Staff Exchange component applies to the visitor only");
    assert_eq!(s.grants_overview(staff).unwrap().grants.len(), 0, "nothing selected yet");
    assert_eq!(s.rule_set_versions(staff).unwrap().len(), 1);
}

#[test]
fn a_rate_change_moves_draft_grants_and_leaves_awarded_ones() {
    let mut s = demo();
    let cycle = selected_p2p(&mut s);
    let overview = s.grants_overview(cycle).unwrap();
    let visiting: Vec<_> = overview.grants.iter().filter(|g| g.role == Role::Visiting).cloned().collect();
    let awarded = visiting[0].clone();
    let draft = visiting[1].clone();
    s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
    s.award_grants(cycle, Some(&[awarded.id]), false, "tester").unwrap();
    // €100 a day: €350 + 5 × €100 = €850 for drafts.
    set_day_rate(&mut s, cycle, 10_000);
    let rules = s.rule_set(cycle).unwrap();
    assert_eq!((rules.version, rules.note.as_str(), rules.actor.as_str()), (2, "Day rate", "tester"));
    let after = s.grants_overview(cycle).unwrap();
    let find = |id: i64| after.grants.iter().find(|g| g.id == id).unwrap().clone();
    assert_eq!(find(draft.id).total_cents, 85_000);
    assert_eq!(find(draft.id).rule_set_version, Some(2));
    assert_eq!(find(awarded.id).total_cents, 117_500);
    assert_eq!(find(awarded.id).state, GrantState::Awarded);
    assert_eq!(find(awarded.id).rule_set_version, Some(1));
    let lines = s.grant_lines(draft.id).unwrap();
    assert!(lines.iter().all(|l| l.rule_version == 2));
    // The awarded grant shows what an amendment would change, and keeps its lines.
    let detail = s.grant_detail(awarded.id).unwrap();
    assert_eq!(detail.lines.iter().map(|l| l.rule_version).max(), Some(1));
    let pending = detail.pending.expect("the new rate would change it");
    assert_eq!(pending.iter().map(|l| l.amount_cents).sum::<i64>(), 85_000);
    assert_eq!(detail.history.len(), 1);
    assert_eq!(detail.history[0].action, "awarded");
    // Saving the same rules again creates no version.
    let same = s.rule_set(cycle).unwrap().body;
    assert_eq!(s.save_rule_set(cycle, &RuleSetInput { body: same, note: String::new() }, "tester").unwrap().version, 2);
    assert_eq!(s.rule_set_versions(cycle).unwrap().len(), 2);
}

#[test]
fn an_awarded_grant_changes_only_by_amendment_with_a_reason() {
    let mut s = demo();
    let cycle = selected_p2p(&mut s);
    let g = s.grants_overview(cycle).unwrap().grants.into_iter().find(|g| g.role == Role::Visiting).unwrap();
    s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
    s.award_grants(cycle, Some(&[g.id]), false, "tester").unwrap();
    // Nothing changed yet: nothing to amend.
    let err = s.amend_grant(g.id, "ticket cheaper", "tester").unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    assert!(err.message.contains("already matches"), "{}", err.message);
    // A declared €120 ticket does not touch the awarded grant until amended.
    s.save_grant_inputs(g.application_id, &GrantInputs { travel_cost_cents: Some(12_000), inclusion_cents: None, visa_travellers: 0, version: 0 }).unwrap();
    assert_eq!(s.grant_detail(g.id).unwrap().grant.total_cents, 117_500);
    let err = s.amend_grant(g.id, "  ", "tester").unwrap_err();
    assert_eq!(err.fields[0].field, "reason");
    let amended = s.amend_grant(g.id, "Receipts show a €120 train ticket", "tester").unwrap();
    assert_eq!(amended.grant.total_cents, 12_000 + 82_500);
    assert_eq!(amended.grant.revision, 2);
    assert!(amended.pending.is_none());
    let actions: Vec<(&str, i64, &str)> = amended.history.iter().map(|h| (h.action.as_str(), h.total_cents, h.reason.as_str())).collect();
    assert_eq!(actions, vec![("awarded", 117_500, ""), ("amended", 94_500, "Receipts show a €120 train ticket")]);
    assert_eq!(amended.history[0].lines[0].amount_cents, 35_000, "the history keeps the lines as awarded");
    // Cancelling keeps the lines and records why.
    let cancelled = s.cancel_grant(g.id, "The hub withdrew", "tester").unwrap();
    assert_eq!(cancelled.grant.state, GrantState::Cancelled);
    assert_eq!(cancelled.history.last().unwrap().action, "cancelled");
    assert_eq!(s.budget(cycle).unwrap().awarded_cents, 0);
}

#[test]
fn awarding_past_the_envelope_needs_a_confirmation() {
    let mut s = demo();
    let cycle = selected_p2p(&mut s);
    let mut input = s.cycle(cycle).unwrap().input();
    input.budget_cents = 2_000_000;
    s.update_cycle(cycle, &input).unwrap();
    s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
    let err = s.award_grants(cycle, None, false, "tester").unwrap_err();
    assert_eq!(err.code, ErrorCode::OverBudget);
    assert_eq!(err.message, "Awarding 26 grant(s) of €21,775.00 brings the awarded total to €21,775.00, €1,775.00 over the envelope of €20,000.00.");
    assert_eq!(s.budget(cycle).unwrap().awarded_cents, 0, "nothing awarded without the confirmation");
    let done = s.award_grants(cycle, None, true, "tester").unwrap();
    assert_eq!(done.awarded, 26);
    assert_eq!(done.budget.remaining_cents, -177_500);
    let err = s.award_grants(cycle, None, false, "tester").unwrap_err();
    assert_eq!(err.message, "There is no draft grant to award.");
}

#[test]
fn a_what_if_shows_the_budget_effect_before_rules_are_saved() {
    let mut s = demo();
    let cycle = selected_p2p(&mut s);
    s.grants_overview(cycle).unwrap();
    let mut body = s.rule_set(cycle).unwrap().body;
    if let Rule::LumpSum { amount_cents } = &mut body.components[2].rule {
        *amount_cents = 60_000;
    }
    let what_if = s.what_if(cycle, &body).unwrap();
    assert_eq!(what_if.current_cents, 2_177_500);
    assert_eq!(what_if.candidate_cents, 2_177_500 + 13 * 10_000);
    assert_eq!(what_if.changes.len(), 13);
    assert!(what_if.changes.iter().all(|c| c.current_cents == 50_000 && c.candidate_cents == Some(60_000)));
    assert_eq!(s.rule_set(cycle).unwrap().version, 1, "a what-if saves nothing");
    assert_eq!(s.budget(cycle).unwrap().committed_cents, 2_177_500);
}

#[test]
fn unsound_rule_sets_are_refused_when_saved() {
    let mut s = demo();
    let staff = cycle_of(&s, Shape::StaffExchange);
    let mut body = s.rule_set(staff).unwrap().body;
    if let Rule::DistanceBand { bands } = &mut body.components[0].rule {
        bands[1] = DistanceBand { from_km: 120, to_km: Some(499), standard_cents: 21_100, green_cents: Some(-1) };
    }
    let err = s.save_rule_set(staff, &RuleSetInput { body, note: String::new() }, "tester").unwrap_err();
    assert_eq!(err.code, ErrorCode::Validation);
    assert_eq!(err.fields[0].field, "components.0.bands");
    assert_eq!(err.fields[0].message, "Between rows 1 and 2, 100 to 119 km is in no band. Row 2: an amount is negative.");
    assert_eq!(s.rule_set(staff).unwrap().version, 1);
}

#[test]
fn withdrawn_applications_lose_their_draft_and_flag_their_awarded_grant() {
    let mut s = demo();
    let cycle = selected_p2p(&mut s);
    let grants = s.grants_overview(cycle).unwrap().grants;
    let hosting: Vec<_> = grants.iter().filter(|g| g.role == Role::Hosting).collect();
    s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
    s.award_grants(cycle, Some(&[hosting[0].id]), false, "tester").unwrap();
    s.withdraw(hosting[0].application_id, "tester").unwrap();
    let withdrawal = s.withdraw(hosting[1].application_id, "tester").unwrap();
    let overview = s.grants_overview(cycle).unwrap();
    let flagged = overview.grants.iter().find(|g| g.id == hosting[0].id).unwrap();
    assert!(flagged.application_withdrawn);
    assert!(overview.grants.iter().all(|g| g.id != hosting[1].id), "the draft of a withdrawn application is gone");
    // Each promoted hub from the waiting list gets its own draft.
    if let Some(promoted) = withdrawal.promoted {
        assert!(overview.grants.iter().any(|g| g.application_id == promoted.id && g.state == GrantState::Draft));
    }
}

#[test]
fn in_progress_needs_an_awarded_grant_for_every_selected_application() {
    let mut s = demo();
    let alliance = cycle_of(&s, Shape::HubsAlliance);
    s.move_cycle(alliance, Phase::Selection, "").unwrap();
    s.move_cycle(alliance, Phase::Awarded, "").unwrap();
    let err = s.move_cycle(alliance, Phase::InProgress, "").unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    assert!(err.message.contains("an awarded grant for every selected application (") && err.message.contains("are still drafts"), "{}", err.message);
    s.award_grants(alliance, None, false, "tester").unwrap();
    assert_eq!(s.move_cycle(alliance, Phase::InProgress, "").unwrap().phase, Phase::InProgress);
}

#[test]
fn rules_grants_and_history_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite");
    let (cycle, id) = {
        let mut s = Store::open(&path).unwrap();
        s.load_demo().unwrap();
        let cycle = selected_p2p(&mut s);
        let g = s.grants_overview(cycle).unwrap().grants[0].clone();
        s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
        s.award_grants(cycle, Some(&[g.id]), false, "tester").unwrap();
        set_day_rate(&mut s, cycle, 15_000);
        (cycle, g.id)
    };
    let s = Store::open(&path).unwrap();
    assert_eq!(s.rule_set(cycle).unwrap().version, 2);
    let detail = s.grant_detail(id).unwrap();
    assert_eq!(detail.grant.state, GrantState::Awarded);
    assert_eq!(detail.history.len(), 1);
    assert_eq!(s.grants_overview(cycle).unwrap().grants.len(), 26);
}
