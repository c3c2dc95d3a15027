//! Data protection: the register of personal data, and what the network holds on a person.

use super::prelude::*;
use mobility_desk_core::privacy::retention::RetentionPeriod;
use mobility_desk_core::privacy::erasure::{ErasureDone, ErasurePlan, ErasureRecord};
use mobility_desk_core::privacy::past::PastPlan;
use mobility_desk_core::privacy::{self, KnownPerson, RegisterEntry, Subject};

#[tauri::command]
pub fn privacy_register() -> Vec<RegisterEntry> {
    privacy::register()
}

///  The people whose name or e-mail holds `text`, with where they appear.
#[tauri::command]
pub fn privacy_find(state: State<'_, AppState>, text: Payload<String>) -> Result<Vec<KnownPerson>, Error> {
    state.with(|s| s.find_people(&text.0))
}

/// Where a person's access export was written: the JSON file and the PDF beside it.
#[derive(Debug, Serialize, TS)]
pub struct AccessExportWritten {
    pub json: String,
    pub pdf: String,
    pub count: u32,
}

///  Opens the native save dialog for the JSON file, then writes it and the PDF beside it
///  (`language` of the PDF: null for Settings'). Null when the user cancels the dialog.
#[tauri::command]
pub async fn privacy_export<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, subject: Payload<Subject>, language: Payload<Option<String>>) -> Result<Option<AccessExportWritten>, Error> {
    // A person without name or e-mail is refused before the dialog.
    let subject = subject.0.checked()?;
    let who = if subject.name.trim().is_empty() { subject.email.clone() } else { subject.name.clone() };
    let name = format!("personal-data-{}.json", file_stem(&who));
    let Some(json) = ask_save_path(&app, &state, &state.say(said!("said-shell-dialog-privacy-export")), &name, JSON).await? else {
        return Ok(None);
    };
    let pdf = json.with_extension("pdf");
    let store = state.store()?;
    blocking(move || {
        let guard = crate::hold(&store)?;
        let count = guard.write_access_export(&subject, &json, Some((&pdf, language.0.as_deref())))?;
        Ok(Some(AccessExportWritten { json: shown(&json), pdf: shown(&pdf), count: count as u32 }))
    })
    .await
}

#[tauri::command]
pub fn retention_periods_get(state: State<'_, AppState>) -> Result<Vec<RetentionPeriod>, Error> {
    state.with(|s| s.retention_periods())
}

///  Each period from 1 to 30 years; a bad one is named at its field (`years.<rule>`).
#[tauri::command]
pub fn retention_periods_save(state: State<'_, AppState>, periods: Payload<Vec<RetentionPeriod>>) -> Result<Vec<RetentionPeriod>, Error> {
    state.with(|s| s.save_retention_periods(&periods.0))
}

///  What erasing the person would do, and what stays: shown for confirmation.
#[tauri::command]
pub fn privacy_erasure_plan(state: State<'_, AppState>, subject: Payload<Subject>) -> Result<ErasurePlan, Error> {
    state.with(|s| s.erasure_plan(&subject.0))
}

///  Erase the person (confirmed in the window with the plan): their records emptied, renamed or
///  deleted, the log, history and backups rewritten. `not_found` when nothing is held on them.
#[tauri::command]
pub async fn privacy_erase(state: State<'_, AppState>, subject: Payload<Subject>) -> Result<ErasureDone, Error> {
    let store = state.store()?;
    blocking(move || crate::hold(&store)?.erase_person(&subject.0)).await
}

///  Every erasure made: when, by whom, and how many records of each kind, never whom.
#[tauri::command]
pub fn privacy_erasures(state: State<'_, AppState>) -> Result<Vec<ErasureRecord>, Error> {
    state.with(|s| s.erasures())
}

///  What each retention rule says is past its period today.
#[tauri::command]
pub fn privacy_past(state: State<'_, AppState>) -> Result<PastPlan, Error> {
    state.with(|s| s.past_retention())
}

///  Erase everything past its period (confirmed in the window with `privacy_past`); `not_found`
///  when nothing is.
#[tauri::command]
pub async fn privacy_erase_past(state: State<'_, AppState>) -> Result<ErasureDone, Error> {
    let store = state.store()?;
    blocking(move || crate::hold(&store)?.erase_past_retention()).await
}
