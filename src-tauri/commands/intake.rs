//! Applications, their form imports, reviews and selection.

use super::prelude::*;

#[tauri::command]
pub fn applications_list(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<Vec<Application>, Error> {
    state.with(|s| s.applications(cycle_id.0))
}

#[tauri::command]
pub fn application_get(state: State<'_, AppState>, id: Payload<i64>) -> Result<Application, Error> {
    state.with(|s| s.application(id.0))
}

#[tauri::command]
pub fn application_create(state: State<'_, AppState>, input: Payload<ApplicationInput>) -> Result<Application, Error> {
    state.with(|s| s.create_application(&input.0))
}

///  `expectedVersion`: the version the form read (a save over a later one is refused as a conflict).
#[tauri::command]
pub fn application_update(state: State<'_, AppState>, id: Payload<i64>, input: Payload<ApplicationInput>, expected_version: Payload<Option<i64>>) -> Result<Application, Error> {
    state.with(|s| s.update_application_at(id.0, &input.0, expected_version.0))
}

/// The application stays, marked withdrawn; it no longer counts. A place it held goes to the
/// first on the waiting list: `promoted` names who, `note` says why nobody was.
#[tauri::command]
pub fn application_withdraw(state: State<'_, AppState>, id: Payload<i64>) -> Result<Withdrawal, Error> {
    state.with(|s| s.withdraw(id.0, &s.actor()))
}

///  Native file dialog for a form export (CSV); null when cancelled.
#[tauri::command]
pub async fn applications_import_choose<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<PickedFile>, Error> {
    let picked = dialogs::pick_file(&app, &state.say(said!("said-shell-dialog-import-applications")), &state.say(said!("said-shell-filter-csv")), &["csv", "txt", "tsv"]).await?;
    Ok(picked.map(|p| state.picked(p)))
}

/// What importing the file into the cycle would do. Without `mapping` the cycle's saved mapping
/// is used, completed by guesses from the column names; the preview returns the mapping used.
#[tauri::command]
pub async fn applications_import_preview(
    state: State<'_, AppState>,
    cycle_id: Payload<i64>,
    token: Payload<String>,
    mapping: Payload<Option<ColumnMapping>>,
    date_order: Payload<Option<DateOrder>>,
) -> Result<FormImportPreview, Error> {
    let path = state.picked_path(&token.0)?;
    let store = state.store()?;
    blocking(move || {
        let bytes = read_import_file(&path)?;
        let guard = crate::hold(&store)?;
        guard.preview_application_import(cycle_id.0, &bytes, mapping.0.as_ref(), date_order.0)
    })
    .await
}

/// All rows or none; saves the mapping (and the order of slash dates) with the cycle. `sha256`
/// comes from the preview.
#[tauri::command]
pub async fn applications_import_commit(
    state: State<'_, AppState>,
    cycle_id: Payload<i64>,
    token: Payload<String>,
    mapping: Payload<Option<ColumnMapping>>,
    date_order: Payload<Option<DateOrder>>,
    sha256: Payload<String>,
) -> Result<ImportSummary, Error> {
    let path = state.picked_path(&token.0)?;
    let store = state.store()?;
    blocking(move || {
        let bytes = read_import_file(&path)?;
        let mut guard = crate::hold(&store)?;
        guard.import_applications(cycle_id.0, &bytes, mapping.0.as_ref(), date_order.0, Some(&sha256.0))
    })
    .await
}

#[tauri::command]
pub fn selection_settings_get(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<SelectionSettings, Error> {
    state.with(|s| s.selection_settings(cycle_id.0))
}

///  `expectedVersion`: the version the dialog read (a save over a later one is refused as a conflict).
#[tauri::command]
pub fn selection_settings_save(state: State<'_, AppState>, cycle_id: Payload<i64>, input: Payload<SelectionSettingsInput>, expected_version: Payload<Option<i64>>) -> Result<SelectionSettings, Error> {
    state.with(|s| s.save_selection_settings_at(cycle_id.0, &input.0, expected_version.0))
}

#[tauri::command]
pub fn reviews_list(state: State<'_, AppState>, application_id: Payload<i64>) -> Result<Vec<Review>, Error> {
    state.with(|s| s.reviews(application_id.0))
}

///  Records (or replaces) one reviewer's scores; answers with every reviewer's scorecard.
#[tauri::command]
pub fn review_save(state: State<'_, AppState>, input: Payload<ReviewInput>) -> Result<Vec<Review>, Error> {
    state.with(|s| s.save_review(&input.0))
}

#[tauri::command]
pub fn review_delete(state: State<'_, AppState>, application_id: Payload<i64>, reviewer: Payload<String>) -> Result<Vec<Review>, Error> {
    state.with(|s| s.delete_review(application_id.0, &reviewer.0))
}

///  Who reviews what in a cycle: its reviewers, and each application with its reviewers and conflicts.
#[tauri::command]
pub fn review_board(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<ReviewBoard, Error> {
    state.with(|s| s.review_board(cycle_id.0))
}

///  Adds a reviewer to a cycle; answers with the board.
#[tauri::command]
pub fn reviewer_add(state: State<'_, AppState>, cycle_id: Payload<i64>, input: Payload<ReviewerInput>) -> Result<ReviewBoard, Error> {
    state.with(|s| {
        s.add_reviewer(cycle_id.0, &input.0)?;
        s.review_board(cycle_id.0)
    })
}

///  Changes a reviewer's details (a new name renames their signature on their scores); answers with the board.
#[tauri::command]
pub fn reviewer_update(state: State<'_, AppState>, id: Payload<i64>, input: Payload<ReviewerInput>) -> Result<ReviewBoard, Error> {
    state.with(|s| {
        let reviewer = s.update_reviewer(id.0, &input.0)?;
        s.review_board(reviewer.cycle_id)
    })
}

///  Saves the blank sheet a reviewer fills in (their applications, one column per criterion; blind when the cycle's review is); native save dialog, null when cancelled.
#[tauri::command]
pub async fn reviewer_sheet_save<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, reviewer_id: Payload<i64>, format: Payload<SheetFormat>) -> Result<Option<ExportResult>, Error> {
    let id = reviewer_id.0;
    let (name, _, _) = state.with(|s| s.blank_review_sheet(id))?;
    let format = format.0;
    let name = format!("{}.{}", name.trim_end_matches(".csv"), format.kind().extension);
    save_as(&app, &state, &state.say(said!("said-shell-dialog-save-reviewer-sheet")), &name, format.kind(), move |s, path| {
        let (_, bytes, count) = match format {
            SheetFormat::Xlsx => s.blank_review_workbook(id)?,
            SheetFormat::Csv => s.blank_review_sheet(id)?,
        };
        mobility_desk_core::platform::files::write_atomic(path, &bytes)?;
        Ok(ExportResult { path: shown(path), count })
    })
    .await
}

///  Removes a reviewer who has scored nothing; answers with the board.
#[tauri::command]
pub fn reviewer_remove(state: State<'_, AppState>, id: Payload<i64>) -> Result<ReviewBoard, Error> {
    state.with(|s| {
        let cycle = s.reviewer(id.0)?.cycle_id;
        s.remove_reviewer(id.0)?;
        s.review_board(cycle)
    })
}

///  Assigns an application to a reviewer by hand; refused where they have a conflict of interest.
#[tauri::command]
pub fn review_assign(state: State<'_, AppState>, reviewer_id: Payload<i64>, application_id: Payload<i64>) -> Result<ReviewBoard, Error> {
    state.with(|s| s.assign_review(reviewer_id.0, application_id.0, &s.actor()))
}

#[tauri::command]
pub fn review_unassign(state: State<'_, AppState>, reviewer_id: Payload<i64>, application_id: Payload<i64>) -> Result<ReviewBoard, Error> {
    state.with(|s| s.unassign_review(reviewer_id.0, application_id.0))
}

///  Gives every application `perApplication` reviewers, keeping those it has: balanced loads, no conflict, a language in common.
#[tauri::command]
pub fn reviews_auto_assign(state: State<'_, AppState>, cycle_id: Payload<i64>, per_application: Payload<u32>) -> Result<AutoAssignment, Error> {
    state.with(|s| s.auto_assign_reviews(cycle_id.0, per_application.0, &s.actor()))
}

///  A reviewer declares a conflict of interest with an application, with the reason.
#[tauri::command]
pub fn conflict_declare(state: State<'_, AppState>, reviewer_id: Payload<i64>, application_id: Payload<i64>, reason: Payload<String>) -> Result<ReviewBoard, Error> {
    state.with(|s| s.declare_conflict(reviewer_id.0, application_id.0, &reason.0, &s.actor()))
}

///  Withdraws a declared conflict of interest.
#[tauri::command]
pub fn conflict_withdraw(state: State<'_, AppState>, reviewer_id: Payload<i64>, application_id: Payload<i64>) -> Result<ReviewBoard, Error> {
    state.with(|s| s.withdraw_conflict(reviewer_id.0, application_id.0))
}

///  Native file dialog for a reviewer's filled-in sheet (CSV); null when cancelled.
#[tauri::command]
pub async fn review_sheet_choose<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<PickedFile>, Error> {
    let picked = dialogs::pick_file(&app, &state.say(said!("said-shell-dialog-import-reviewer-sheet")), &state.say(said!("said-shell-filter-sheets")), &["csv", "txt", "tsv", "xlsx"]).await?;
    Ok(picked.map(|p| state.picked(p)))
}

///  Reads a reviewer's sheet (the file chosen, by its token) and saves its scorecards, all or none; `checkOnly` saves nothing.
#[tauri::command]
pub async fn review_sheet_import(state: State<'_, AppState>, cycle_id: Payload<i64>, reviewer: Payload<String>, token: Payload<String>, check_only: Payload<bool>) -> Result<SheetImport, Error> {
    let path = state.picked_path(&token.0)?;
    let store = state.store()?;
    blocking(move || {
        let bytes = read_import_file(&path)?;
        let mut guard = crate::hold(&store)?;
        guard.import_review_sheet(cycle_id.0, &reviewer.0, &bytes, check_only.0)
    })
    .await
}

#[tauri::command]
pub fn ranking_get(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<Ranking, Error> {
    state.with(|s| s.ranking(cycle_id.0))
}

///  Select the best eligible up to the slots; the other eligible go to the waiting list.
#[tauri::command]
pub fn selection_run(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<SelectionOutcome, Error> {
    state.with(|s| s.select(cycle_id.0, &s.actor()))
}

///  A decision by hand on one application (a free slot is needed to select).
#[tauri::command]
pub fn application_decide(state: State<'_, AppState>, id: Payload<i64>, decision: Payload<Decision>) -> Result<Application, Error> {
    state.with(|s| s.decide(id.0, decision.0, &s.actor()))
}
