//! The desk and its team: the person at the desk, History, the audit trail, sharing, joining, approving and removing desks, syncing, clashes.

use super::prelude::*;

///  This desk: its key's fingerprint, the person at it, its log.
#[tauri::command]
pub fn desk_status(state: State<'_, AppState>) -> Result<DeskStatus, Error> {
    state.with(|s| s.desk_status())
}

///  Say who works at this desk (named on every change made here from now on).
#[tauri::command]
pub fn person_save(state: State<'_, AppState>, input: Payload<Person>) -> Result<DeskStatus, Error> {
    state.with(|s| s.set_person(&input.0))
}

///  Choose the language the window speaks to the person at this desk ('' for the system's).
#[tauri::command]
pub fn desk_language_save(state: State<'_, AppState>, language: Payload<String>) -> Result<DeskStatus, Error> {
    state.with(|s| s.set_language(&language.0))
}

///  Every change of a record and of what belongs to it, oldest first.
#[tauri::command]
pub fn record_history(state: State<'_, AppState>, kind: Payload<RecordKind>, id: Payload<i64>) -> Result<Vec<HistoryItem>, Error> {
    state.with(|s| s.record_history(kind.0, id.0))
}

///  Check every desk's chain of entries and their signatures.
#[tauri::command]
pub async fn audit_verify(state: State<'_, AppState>) -> Result<AuditReport, Error> {
    let store = state.store()?;
    blocking(move || crate::hold(&store)?.audit_verify()).await
}

/// Export the whole audit trail to a file the user names (null when they cancel).
#[tauri::command]
pub async fn audit_export<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, format: Payload<SheetFormat>) -> Result<Option<AuditExport>, Error> {
    let kind = format.0.kind();
    save_as(&app, &state, &state.say(said!("said-shell-dialog-export-audit")), &format!("audit-trail.{}", kind.extension), kind, |s, path| s.audit_export_to(path)).await
}

///  The team as this desk sees it: desks, what waits to go out or come in, requests to join.
#[tauri::command]
pub fn team_status(state: State<'_, AppState>) -> Result<TeamStatus, Error> {
    state.with(|s| s.team_status())
}

/// Settings → Team → Share through a folder…: the folder chosen in the native dialog (null
/// when the user cancels it).
#[tauri::command]
pub async fn team_share<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<TeamStatus>, Error> {
    let Some(folder) = dialogs::pick_folder(&app, &state.say(said!("said-shell-dialog-team-share"))).await? else {
        return Ok(None);
    };
    let store = state.store()?;
    blocking(move || crate::hold(&store)?.share_through_folder(&folder).map(Some)).await
}

/// Settings → Team → Join a team…: this desk's request goes to the folder chosen.
#[tauri::command]
pub async fn team_join<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<TeamStatus>, Error> {
    let Some(folder) = dialogs::pick_folder(&app, &state.say(said!("said-shell-dialog-team-join"))).await? else {
        return Ok(None);
    };
    let store = state.store()?;
    blocking(move || {
        let mut held = crate::hold(&store)?;
        held.join_through_folder(&folder)?;
        held.team_status().map(Some)
    })
    .await
}

#[tauri::command]
pub async fn team_approve(state: State<'_, AppState>, desk_id: Payload<String>) -> Result<TeamStatus, Error> {
    let store = state.store()?;
    blocking(move || {
        let mut held = crate::hold(&store)?;
        held.approve_from_folder(&desk_id.0)?;
        held.team_status()
    })
    .await
}

#[tauri::command]
pub fn team_remove(state: State<'_, AppState>, desk_id: Payload<String>) -> Result<TeamStatus, Error> {
    state.with(|s| s.remove_from_team(&desk_id.0))
}

pub const TEAM_JOIN_PROGRESS_EVENT: &str = "team-join-progress";

/// Sync now: a desk waiting to join first takes the team's data once approved (the data file
/// closed meanwhile); then this desk's changes go out and the others' come in.
/// A first join's steps go out as `team-join-progress` events.
#[tauri::command]
pub async fn team_sync<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<SyncReport, Error> {
    use tauri::Emitter;
    let pending = state.with(|s| s.team_status())?.state == "pending";
    if pending {
        let key = state.key();
        let mut progress = |p: mobility_desk_core::team::JoinProgress| {
            let _ = app.emit(TEAM_JOIN_PROGRESS_EVENT, p);
        };
        let joined = state.with_file_closed(|file| mobility_desk_core::team::finish_join_with(file, key.as_ref(), &mut progress))?;
        if !joined {
            return Err(Error::new(ErrorCode::NotAllowed, said!("said-shell-desk-not-approved")));
        }
    }
    let store = state.store()?;
    blocking(move || crate::hold(&store)?.sync_folder()).await
}

///  Grants and votes changed on two desks that had not seen each other's change.
#[tauri::command]
pub fn clashes_list(state: State<'_, AppState>) -> Result<Vec<Clash>, Error> {
    state.with(|s| s.clashes())
}

/// Decide a clash: `keep` names the version kept (desk and entry), or none to keep what stands.
#[tauri::command]
pub fn clash_resolve(state: State<'_, AppState>, subject: Payload<String>, keep: Payload<Option<(String, i64)>>, note: Payload<String>) -> Result<Vec<Clash>, Error> {
    state.with(|s| {
        s.resolve_clash(&subject.0, keep.0.as_ref().map(|(d, n)| (d.as_str(), *n)), &note.0)?;
        s.clashes()
    })
}
