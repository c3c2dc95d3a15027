//! Programmes and cycles: settings, amendments, cloning, phases.

use super::prelude::*;

#[tauri::command]
pub fn programmes_list(state: State<'_, AppState>) -> Result<Vec<Programme>, Error> {
    state.with(|s| s.programmes())
}

///  `expectedVersion`: the version the form read (a save over a later one is refused as a conflict).
#[tauri::command]
pub fn programme_update(state: State<'_, AppState>, id: Payload<i64>, input: Payload<ProgrammeInput>, expected_version: Payload<Option<i64>>) -> Result<Programme, Error> {
    state.with(|s| s.update_programme_at(id.0, &input.0, expected_version.0))
}

#[tauri::command]
pub fn programme_create(state: State<'_, AppState>, input: Payload<NewProgramme>) -> Result<Programme, Error> {
    state.with(|s| s.create_programme(&input.0))
}

#[tauri::command]
pub fn cycles_list(state: State<'_, AppState>, query: Payload<CycleQuery>) -> Result<Vec<Cycle>, Error> {
    state.with(|s| s.cycles(&query.0))
}

#[tauri::command]
pub fn cycle_get(state: State<'_, AppState>, id: Payload<i64>) -> Result<Cycle, Error> {
    state.with(|s| s.cycle(id.0))
}

///  A new cycle's settings, filled from the programme's defaults.
#[tauri::command]
pub fn cycle_template(state: State<'_, AppState>, programme_id: Payload<i64>, year: Payload<i32>) -> Result<CycleInput, Error> {
    state.with(|s| s.cycle_template(programme_id.0, year.0))
}

#[tauri::command]
pub fn cycle_create(state: State<'_, AppState>, input: Payload<CycleInput>) -> Result<Cycle, Error> {
    state.with(|s| s.create_cycle(&input.0))
}

///  `expectedVersion`: the version the form read (a save over a later one is refused as a conflict).
#[tauri::command]
pub fn cycle_update(state: State<'_, AppState>, id: Payload<i64>, input: Payload<CycleInput>, expected_version: Payload<Option<i64>>) -> Result<Cycle, Error> {
    state.with(|s| s.update_cycle_at(id.0, &input.0, expected_version.0))
}

///  What saving the form would change on a frozen cycle, and what that does to its letters.
#[tauri::command]
pub fn cycle_change(state: State<'_, AppState>, id: Payload<i64>, input: Payload<CycleInput>) -> Result<CycleChange, Error> {
    state.with(|s| s.cycle_change(id.0, &input.0))
}

///  Change a frozen cycle's settings by amendment, with a reason kept in its history.
#[tauri::command]
pub fn cycle_amend(
    state: State<'_, AppState>,
    id: Payload<i64>,
    input: Payload<CycleInput>,
    reason: Payload<String>,
    over_budget: Payload<bool>,
    expected_version: Payload<Option<i64>>,
) -> Result<Cycle, Error> {
    state.with(|s| s.amend_cycle_at(id.0, &input.0, &reason.0, over_budget.0, &s.actor(), expected_version.0))
}

///  A draft copy of the cycle with every date moved to `year`.
#[tauri::command]
pub fn cycle_clone(state: State<'_, AppState>, id: Payload<i64>, year: Payload<i32>) -> Result<Cycle, Error> {
    state.with(|s| s.clone_cycle(id.0, year.0))
}

#[tauri::command]
pub fn cycle_delete(state: State<'_, AppState>, id: Payload<i64>) -> Result<(), Error> {
    state.with(|s| s.delete_cycle(id.0))
}

#[tauri::command]
pub fn cycle_transitions(state: State<'_, AppState>, id: Payload<i64>) -> Result<Vec<Transition>, Error> {
    state.with(|s| s.cycle_transitions(id.0))
}

///  Forward one phase when its guard is met, or back to an earlier one with a reason.
#[tauri::command]
pub fn cycle_move(state: State<'_, AppState>, id: Payload<i64>, to: Payload<Phase>, reason: Payload<Option<String>>) -> Result<Cycle, Error> {
    state.with(|s| s.move_cycle(id.0, to.0, reason.0.as_deref().unwrap_or("")))
}

///  Move a cycle whose work ran ahead of its phase forward to where that work belongs.
#[tauri::command]
pub fn cycle_catch_up(state: State<'_, AppState>, id: Payload<i64>) -> Result<Cycle, Error> {
    state.with(|s| s.catch_up_cycle(id.0))
}

#[tauri::command]
pub fn cycle_events(state: State<'_, AppState>, id: Payload<i64>) -> Result<Vec<CycleEvent>, Error> {
    state.with(|s| s.cycle_events(id.0))
}
