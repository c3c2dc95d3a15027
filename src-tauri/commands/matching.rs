//! Pairing (P2P), placements (Staff Exchange) and Hubs Alliance checks.

use super::prelude::*;

///  The cycle's pairing: the best pairs under its weights, locks and bans, each explained.
#[tauri::command]
pub fn pairing_get(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<PairingPlan, Error> {
    state.with(|s| s.pairing_plan(cycle_id.0))
}

/// Lock or forbid a pair, or clear it with `kind: null`.
#[tauri::command]
pub fn pairing_constraint(
    state: State<'_, AppState>,
    cycle_id: Payload<i64>,
    visiting_id: Payload<i64>,
    hosting_id: Payload<i64>,
    kind: Payload<Option<ConstraintKind>>,
) -> Result<PairingPlan, Error> {
    state.with(|s| s.set_pair_constraint(cycle_id.0, visiting_id.0, hosting_id.0, kind.0, &s.actor()))
}

///  Saves the weights (0 to 10 each) and the rule on countries; the pairing is run again.
#[tauri::command]
pub fn pairing_weights_save(state: State<'_, AppState>, cycle_id: Payload<i64>, weights: Payload<PairingWeights>, expected_version: Payload<Option<i64>>) -> Result<PairingPlan, Error> {
    state.with(|s| s.save_pairing_weights_at(cycle_id.0, &weights.0, expected_version.0))
}

/// The agreed dates of a confirmed pair's visit, or `null` dates to clear them.
#[tauri::command]
pub fn pair_visit_set(
    state: State<'_, AppState>,
    cycle_id: Payload<i64>,
    visiting_id: Payload<i64>,
    starts_on: Payload<Option<String>>,
    ends_on: Payload<Option<String>>,
) -> Result<PairingPlan, Error> {
    state.with(|s| s.set_pair_visit(cycle_id.0, visiting_id.0, starts_on.0.as_deref().zip(ends_on.0.as_deref())))
}

///  Confirm the plan's pairs: the grants take each pair's host (before the award only).
#[tauri::command]
pub fn pairing_confirm(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<PairingPlan, Error> {
    state.with(|s| s.confirm_pairing(cycle_id.0, &s.actor()))
}

///  The cycle's placements: proposals and locks kept, the rest placed at the best hosts.
#[tauri::command]
pub fn placement_get(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<PlacementPlan, Error> {
    state.with(|s| s.placement_plan(cycle_id.0))
}

/// Lock a person at a host hub or forbid it; `kind: null` clears.
#[tauri::command]
pub fn placement_constraint(
    state: State<'_, AppState>,
    cycle_id: Payload<i64>,
    application_id: Payload<i64>,
    host_hub_id: Payload<i64>,
    kind: Payload<Option<ConstraintKind>>,
) -> Result<PlacementPlan, Error> {
    state.with(|s| s.set_placement_constraint(cycle_id.0, application_id.0, host_hub_id.0, kind.0, &s.actor()))
}

///  Saves the cycle's weights (the pairing's) and runs the placements again.
#[tauri::command]
pub fn placement_weights_save(state: State<'_, AppState>, cycle_id: Payload<i64>, weights: Payload<PairingWeights>, expected_version: Payload<Option<i64>>) -> Result<PlacementPlan, Error> {
    state.with(|s| s.save_placement_weights_at(cycle_id.0, &weights.0, expected_version.0))
}

///  Confirm the plan's placements: the grants take each person's host (before the award only).
#[tauri::command]
pub fn placement_confirm(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<PlacementPlan, Error> {
    state.with(|s| s.confirm_placements(cycle_id.0, &s.actor()))
}

/// Set a host's places in a cycle (Staff Exchange: people in the cycle; Hubs Alliance: at the
/// same time).
#[tauri::command]
pub fn host_capacity_set(state: State<'_, AppState>, cycle_id: Payload<i64>, hub_id: Payload<i64>, capacity: Payload<u32>) -> Result<(), Error> {
    state.with(|s| s.set_host_capacity(cycle_id.0, hub_id.0, capacity.0))
}

///  Each selected Hubs Alliance request, in the order they came in, against its host.
#[tauri::command]
pub fn alliance_checks(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<Vec<AllianceCheck>, Error> {
    state.with(|s| s.alliance_checks(cycle_id.0))
}
