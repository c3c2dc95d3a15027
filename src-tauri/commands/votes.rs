//! The members' vote of a Workshops cycle.

use super::prelude::*;

///  The vote: settings, electorate, proposals, every ballot and the count as it stands.
#[tauri::command]
pub fn vote_get(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<VoteOverview, Error> {
    state.with(|s| s.vote_overview(cycle_id.0))
}

///  Before the vote opens every setting can change; once open, only the counting method.
#[tauri::command]
pub fn vote_settings_save(state: State<'_, AppState>, cycle_id: Payload<i64>, settings: Payload<VoteSettings>, expected_version: Payload<Option<i64>>) -> Result<VoteOverview, Error> {
    state.with(|s| s.save_vote_settings_at(cycle_id.0, &settings.0, expected_version.0))
}

///  Open the vote: the electorate is frozen as it stands, one ballot per hub.
#[tauri::command]
pub fn vote_open(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<VoteOverview, Error> {
    state.with(|s| s.open_vote(cycle_id.0, &s.actor()))
}

///  Record one hub's ballot; a second one replaces the first, with a reason.
#[tauri::command]
pub fn ballot_record(state: State<'_, AppState>, cycle_id: Payload<i64>, input: Payload<BallotInput>) -> Result<VoteOverview, Error> {
    state.with(|s| s.record_ballot(cycle_id.0, &input.0, &s.actor()))
}

/// Pick a form export (CSV) and import its ballots, all or nothing. `None` when the dialog is
/// cancelled.
#[tauri::command]
pub async fn ballots_import<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<Option<BallotImport>, Error> {
    let Some(path) = dialogs::pick_file(&app, &state.say(said!("said-shell-dialog-import-ballots")), &state.say(said!("said-shell-filter-csv")), &["csv", "txt"]).await? else {
        return Ok(None);
    };
    let bytes = read_import_file(&path)?;
    state.with(|s| s.import_ballots(cycle_id.0, &bytes, &s.actor())).map(Some)
}

///  Freeze the count and select the winner; below the quorum only with `despiteQuorum`.
#[tauri::command]
pub fn vote_declare(state: State<'_, AppState>, cycle_id: Payload<i64>, despite_quorum: Payload<bool>) -> Result<VoteOverview, Error> {
    state.with(|s| s.declare_vote(cycle_id.0, despite_quorum.0, &s.actor()))
}

/// Save the vote's result as a PDF report where the user says. `None` when cancelled.
#[tauri::command]
pub async fn vote_report<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<Option<String>, Error> {
    let cycle = state.with(|s| s.cycle(cycle_id.0))?;
    let name = format!("vote-{}.pdf", file_stem(&cycle.title));
    save_as(&app, &state, &state.say(said!("said-shell-dialog-save-vote-result")), &name, PDF, move |s, path| s.write_vote_report(cycle_id.0, path).map(|_| shown(path))).await
}
