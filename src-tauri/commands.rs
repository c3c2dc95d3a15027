//! The IPC commands. Each one: deserialise, call the core, return its result or error.

use std::path::PathBuf;

use mobility_desk_core::intake::applications::{Application, ApplicationInput};
use mobility_desk_core::platform::backups::{self, BackupFile, BackupPolicy, BackupsOverview, Restored};
use mobility_desk_core::intake::forms::{ColumnMapping, DateOrder, FormImportPreview};
use mobility_desk_core::intake::selection::{Decision, Ranking, Review, ReviewInput, SelectionOutcome, SelectionSettings, SelectionSettingsInput, Withdrawal};
use mobility_desk_core::team::{AuditExport, AuditReport, Clash, DeskStatus, HistoryItem, Person, RecordKind, SyncReport, TeamStatus};
use mobility_desk_core::platform::countries::{self, Country};
use mobility_desk_core::registry::hubs_csv::{read_import_file, ImportPreview, ImportSummary};
use mobility_desk_core::cycle_report::{xlsx::ReportFiles, CycleReport, EmissionFactors};
use mobility_desk_core::cycle::cycles::{Cycle, CycleChange, CycleEvent, CycleInput, CycleQuery, Phase, Transition};
use mobility_desk_core::demo::DemoSummary;
use mobility_desk_core::cycle::programmes::{NewProgramme, Programme, ProgrammeInput};
use mobility_desk_core::platform::gazetteer::{self, Place};
use mobility_desk_core::funding::grants::{AwardSummary, GrantDetail, GrantInputs, GrantsOverview, WhatIf};
use mobility_desk_core::funding::rules::{RuleSet, RuleSetBody, RuleSetInput};
use mobility_desk_core::funding::finance::FinanceExport;
use mobility_desk_core::matching::engine::PairingWeights;
use mobility_desk_core::matching::pairs::{ConstraintKind, PairingPlan};
use mobility_desk_core::matching::placement::{AllianceCheck, PlacementPlan};
use mobility_desk_core::funding::payments::{GrantPayments, PaymentInput, PaymentsOverview};
use mobility_desk_core::registry::hubs::{Hub, HubFacets, HubInput, HubList, HubQuery};
use mobility_desk_core::registry::settings::{NetworkSettings, SettingsInput};
use mobility_desk_core::stories::{Story, StoryInput};
use mobility_desk_core::votes::{BallotImport, BallotInput, VoteOverview, VoteSettings};
use mobility_desk_core::letters::{safe_file_stem, BatchProgress, BatchSummary, LetterPreview, LetterRecord, LettersOverview};
use mobility_desk_core::platform::protection::{self, Passphrase, ProtectionChange, ProtectionRequest};
use mobility_desk_core::{Error, ErrorCode, FieldError};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::{dialogs, AppState, Payload};

/// Everything the UI needs at start.
#[derive(Debug, Serialize, TS)]
pub struct AppInfo {
    pub version: String,
    pub data_dir: String,
    pub database: String,
    pub schema_version: Option<u32>,
    pub hubs: u32,
    pub gazetteer_places: u32,
    /// Why the data file could not be opened, if it could not.
    pub open_error: Option<Error>,
    /// The file's permissions forbid writing: it is shown, nothing can be saved.
    pub read_only: bool,
    /// The newest backup, offered for a restore when the file could not be opened.
    pub newest_backup: Option<BackupFile>,
    /// The data file is protected by a passphrase (encrypted at rest).
    pub protected: bool,
}

#[derive(Debug, Serialize, TS)]
pub struct ExportResult {
    pub path: String,
    pub count: u32,
}

/// A file the user chose in a native dialog. Commands that read it take the `token`: the page
/// never names a path for the app to read.
#[derive(Debug, Serialize, TS)]
pub struct PickedFile {
    pub token: String,
    /// Shown to the user (it is the file they chose); never sent back.
    pub path: String,
    pub name: String,
}

/// The commands, named once: the handler the app registers and the list of names
/// (`COMMANDS`), which a test compares with what `ui/src/lib/api.ts` calls.
macro_rules! commands {
    ($($name:ident),* $(,)?) => {
        pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }

        /// The name of every command the window can call.
        pub const COMMANDS: &[&str] = &[$(stringify!($name)),*];
    };
}

commands![
    app_info,
    data_unlock,
    protection_change,
    desk_status,
    person_save,
    record_history,
    audit_verify,
    audit_export,
    team_status,
    team_share,
    team_join,
    team_approve,
    team_remove,
    team_sync,
    clashes_list,
    clash_resolve,
    backups_overview,
    backup_now,
    backup_policy_save,
    backup_restore,
    settings_get,
    settings_save,
    settings_choose_logo,
    settings_clear_logo,
    countries_list,
    gazetteer_search,
    hubs_list,
    hubs_facets,
    hub_get,
    hub_create,
    hub_update,
    hub_set_archived,
    hubs_import_choose,
    hubs_import_preview,
    hubs_import_commit,
    hubs_export,
    demo_load,
    open_website,
    ui_ready,
    programmes_list,
    programme_update,
    programme_create,
    cycles_list,
    cycle_get,
    cycle_template,
    cycle_create,
    cycle_update,
    cycle_change,
    cycle_amend,
    cycle_clone,
    cycle_delete,
    cycle_transitions,
    cycle_move,
    cycle_catch_up,
    cycle_events,
    applications_import_choose,
    applications_import_preview,
    applications_import_commit,
    selection_settings_get,
    selection_settings_save,
    reviews_list,
    review_save,
    review_delete,
    ranking_get,
    selection_run,
    application_decide,
    applications_list,
    application_get,
    application_create,
    application_update,
    application_withdraw,
    grants_overview,
    grant_get,
    grant_inputs_save,
    grants_award,
    grant_amend,
    grant_cancel,
    rule_set_get,
    rule_set_versions,
    rule_set_save,
    rule_set_what_if,
    payments_overview,
    payment_pay,
    payment_waive,
    payment_reopen,
    report_received,
    finance_export,
    pairing_get,
    pairing_constraint,
    pairing_weights_save,
    pairing_confirm,
    pair_visit_set,
    placement_get,
    placement_constraint,
    placement_confirm,
    placement_weights_save,
    host_capacity_set,
    alliance_checks,
    letters_overview,
    letter_preview,
    letter_preview_open,
    letter_issue,
    letter_save,
    letter_print,
    letters_batch,
    letters_cancel,
    vote_get,
    vote_settings_save,
    vote_open,
    ballot_record,
    ballots_import,
    vote_declare,
    vote_report,
    stories_get,
    cycle_stories,
    story_add,
    story_update,
    story_delete,
    story_photo_add,
    story_photo_remove,
    story_photo_get,
    publication_save,
    cycle_report,
    emission_factors_get,
    emission_factors_save,
    emission_factors_reset,
    cycle_report_save,
    ];

#[tauri::command]
fn app_info(state: State<'_, AppState>) -> Result<AppInfo, Error> {
    let database = state.data_dir.join(mobility_desk_core::platform::paths::DATABASE_FILE);
    let (schema_version, hubs, read_only, protected, open_error) =
        match state.with(|s| Ok((s.schema_version()?, s.hub_count()?, s.is_read_only(), s.is_protected()))) {
            Ok((v, n, ro, p)) => (Some(v as u32), n, ro, p, None),
            // Not open: the file can be looked at (never while SQLite has it open: closing
            // another handle on the file would drop SQLite's locks).
            Err(e) => (None, 0, false, mobility_desk_core::platform::protection::is_protected_file(&database), Some(e)),
        };
    let newest_backup = if open_error.is_some() { backups::newest(&database) } else { None };
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION").to_string(),
        data_dir: state.data_dir.display().to_string(),
        database: database.display().to_string(),
        schema_version,
        hubs,
        gazetteer_places: gazetteer::len() as u32,
        open_error,
        read_only,
        newest_backup,
        protected,
    })
}

/// Open a protected data file with the passphrase the person typed; then the usual start
/// (the day's backup, the removal of old copies) runs. A wrong passphrase answers `locked`.
#[tauri::command]
async fn data_unlock(state: State<'_, AppState>, passphrase: Payload<String>) -> Result<AppInfo, Error> {
    let key = Passphrase::new(passphrase.0).ok_or_else(|| Error::validation(vec![FieldError::new("passphrase", "Type the passphrase.")]))?;
    state.unlock(key)?;
    state.housekeeping();
    app_info(state)
}

/// Protect the data file with a passphrase, change it, or remove it (Settings → Protection):
/// the file is closed, converted with its backups, checked and reopened.
#[tauri::command]
async fn protection_change(state: State<'_, AppState>, request: Payload<ProtectionRequest>) -> Result<ProtectionChange, Error> {
    let (from, to) = protection::plan(state.key().as_ref(), &request.0)?;
    state.with_file_closed(|file| {
        let change = protection::convert(file, from.as_ref(), to.as_ref())?;
        state.set_key(to.clone());
        Ok(change)
    })
}

#[tauri::command]
fn backups_overview(state: State<'_, AppState>) -> Result<BackupsOverview, Error> {
    state.with(|s| s.backups_overview())
}

#[tauri::command]
async fn backup_now(state: State<'_, AppState>) -> Result<BackupsOverview, Error> {
    let store = state.store()?;
    blocking(move || {
        let guard = crate::hold(&store)?;
        guard.back_up_now()?;
        guard.backups_overview()
    })
    .await
}

#[tauri::command]
fn backup_policy_save(state: State<'_, AppState>, policy: Payload<BackupPolicy>) -> Result<BackupsOverview, Error> {
    state.with(|s| s.set_backup_policy(policy.0))
}

/// Put a backup (named as `backups_overview` lists it) in place of the data file, keeping the
/// file it replaces aside. Works when the file could not be opened, too.
#[tauri::command]
async fn backup_restore(state: State<'_, AppState>, name: Payload<String>) -> Result<Restored, Error> {
    let key = state.key();
    state.with_file_closed(|file| backups::restore(file, &name.0, key.as_ref()))
}

#[tauri::command]
fn desk_status(state: State<'_, AppState>) -> Result<DeskStatus, Error> {
    state.with(|s| s.desk_status())
}

#[tauri::command]
fn person_save(state: State<'_, AppState>, input: Payload<Person>) -> Result<DeskStatus, Error> {
    state.with(|s| s.set_person(&input.0))
}

#[tauri::command]
fn record_history(state: State<'_, AppState>, kind: Payload<RecordKind>, id: Payload<i64>) -> Result<Vec<HistoryItem>, Error> {
    state.with(|s| s.record_history(kind.0, id.0))
}

#[tauri::command]
async fn audit_verify(state: State<'_, AppState>) -> Result<AuditReport, Error> {
    let store = state.store()?;
    blocking(move || crate::hold(&store)?.audit_verify()).await
}

/// Export the whole audit trail to a file the user names (null when they cancel).
#[tauri::command]
async fn audit_export<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, format: Payload<String>) -> Result<Option<AuditExport>, Error> {
    let kind = file_kind(&format.0, &[XLSX, CSV], "an export")?;
    let Some(path) = ask_save_path(&app, "Export the audit trail", &format!("audit-trail.{}", kind.extension), kind).await? else {
        return Ok(None);
    };
    let store = state.store()?;
    blocking(move || crate::hold(&store)?.audit_export_to(&path).map(Some)).await
}

#[tauri::command]
fn team_status(state: State<'_, AppState>) -> Result<TeamStatus, Error> {
    state.with(|s| s.team_status())
}

/// Settings → Team → Share through a folder…: the folder chosen in the native dialog (null
/// when the user cancels it).
#[tauri::command]
async fn team_share<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<TeamStatus>, Error> {
    let Some(folder) = dialogs::pick_folder(&app, "Choose the folder your team syncs").await? else {
        return Ok(None);
    };
    let store = state.store()?;
    blocking(move || crate::hold(&store)?.share_through_folder(&folder).map(Some)).await
}

/// Settings → Team → Join a team…: this desk's request goes to the folder chosen.
#[tauri::command]
async fn team_join<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<TeamStatus>, Error> {
    let Some(folder) = dialogs::pick_folder(&app, "Choose the folder your team shares").await? else {
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
async fn team_approve(state: State<'_, AppState>, desk_id: Payload<String>) -> Result<TeamStatus, Error> {
    let store = state.store()?;
    blocking(move || {
        let mut held = crate::hold(&store)?;
        held.approve_from_folder(&desk_id.0)?;
        held.team_status()
    })
    .await
}

#[tauri::command]
fn team_remove(state: State<'_, AppState>, desk_id: Payload<String>) -> Result<TeamStatus, Error> {
    state.with(|s| s.remove_from_team(&desk_id.0))
}

pub const TEAM_JOIN_PROGRESS_EVENT: &str = "team-join-progress";

/// Sync now: a desk waiting to join first takes the team's data once approved (the data file
/// closed meanwhile); then this desk's changes go out and the others' come in.
/// A first join's steps go out as `team-join-progress` events.
#[tauri::command]
async fn team_sync<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<SyncReport, Error> {
    use tauri::Emitter;
    let pending = state.with(|s| s.team_status())?.state == "pending";
    if pending {
        let key = state.key();
        let mut progress = |p: mobility_desk_core::team::JoinProgress| {
            let _ = app.emit(TEAM_JOIN_PROGRESS_EVENT, p);
        };
        let joined = state.with_file_closed(|file| mobility_desk_core::team::finish_join_with(file, key.as_ref(), &mut progress))?;
        if !joined {
            return Err(Error::new(ErrorCode::NotAllowed, "Not approved yet: a desk of the team approves this one in Settings → Team (compare the fingerprint)."));
        }
    }
    let store = state.store()?;
    blocking(move || crate::hold(&store)?.sync_folder()).await
}

#[tauri::command]
fn clashes_list(state: State<'_, AppState>) -> Result<Vec<Clash>, Error> {
    state.with(|s| s.clashes())
}

/// Decide a clash: `keep` names the version kept (desk and entry), or none to keep what stands.
#[tauri::command]
fn clash_resolve(state: State<'_, AppState>, subject: Payload<String>, keep: Payload<Option<(String, i64)>>, note: Payload<String>) -> Result<Vec<Clash>, Error> {
    state.with(|s| {
        s.resolve_clash(&subject.0, keep.0.as_ref().map(|(d, n)| (d.as_str(), *n)), &note.0)?;
        s.clashes()
    })
}

#[tauri::command]
fn settings_get(state: State<'_, AppState>) -> Result<NetworkSettings, Error> {
    state.with(|s| s.settings())
}

#[tauri::command]
fn settings_save(state: State<'_, AppState>, input: Payload<SettingsInput>, expected_version: Payload<Option<i64>>) -> Result<NetworkSettings, Error> {
    state.with(|s| s.save_settings_at(input.0, expected_version.0))
}

#[tauri::command]
async fn settings_choose_logo<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<NetworkSettings>, Error> {
    let Some(path) = dialogs::pick_file(&app, "Choose the network's logo", "Images (PNG, JPEG)", &["png", "jpg", "jpeg"]).await? else {
        return Ok(None);
    };
    state.with(|s| s.set_logo_from_file(&path)).map(Some)
}

#[tauri::command]
fn settings_clear_logo(state: State<'_, AppState>) -> Result<NetworkSettings, Error> {
    state.with(|s| s.clear_logo())
}

#[tauri::command]
fn countries_list() -> Vec<Country> {
    countries::all().to_vec()
}

#[tauri::command]
fn gazetteer_search(text: Payload<String>, country: Payload<Option<String>>, limit: Payload<Option<u32>>) -> Vec<Place> {
    let limit = limit.0.unwrap_or(8).clamp(1, 50) as usize;
    gazetteer::search(&text.0, country.0.as_deref().filter(|c| !c.is_empty()), limit)
}

#[tauri::command]
fn hubs_list(state: State<'_, AppState>, query: Payload<HubQuery>) -> Result<HubList, Error> {
    state.with(|s| s.list_hubs(&query.0))
}

#[tauri::command]
fn hubs_facets(state: State<'_, AppState>) -> Result<HubFacets, Error> {
    state.with(|s| s.hub_facets())
}

#[tauri::command]
fn hub_get(state: State<'_, AppState>, id: Payload<i64>) -> Result<Hub, Error> {
    state.with(|s| s.hub(id.0))
}

#[tauri::command]
fn hub_create(state: State<'_, AppState>, input: Payload<HubInput>) -> Result<Hub, Error> {
    state.with(|s| s.create_hub(&input.0))
}

#[tauri::command]
fn hub_update(state: State<'_, AppState>, id: Payload<i64>, input: Payload<HubInput>) -> Result<Hub, Error> {
    state.with(|s| s.update_hub(id.0, &input.0))
}

#[tauri::command]
fn hub_set_archived(state: State<'_, AppState>, id: Payload<i64>, archived: Payload<bool>) -> Result<Hub, Error> {
    state.with(|s| s.set_hub_archived(id.0, archived.0))
}

#[tauri::command]
async fn hubs_import_choose<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<PickedFile>, Error> {
    let picked = dialogs::pick_file(&app, "Import member hubs", "CSV files", &["csv", "txt", "tsv"]).await?;
    Ok(picked.map(|p| state.picked(p)))
}

/// Reading and checking a large file runs off the UI thread, so the window never freezes.
#[tauri::command]
async fn hubs_import_preview(state: State<'_, AppState>, token: Payload<String>) -> Result<ImportPreview, Error> {
    let path = state.picked_path(&token.0)?;
    let store = state.store()?;
    blocking(move || {
        let bytes = read_import_file(&path)?;
        let guard = crate::hold(&store)?;
        guard.preview_hub_import(&bytes)
    })
    .await
}

#[tauri::command]
async fn hubs_import_commit(state: State<'_, AppState>, token: Payload<String>, sha256: Payload<String>) -> Result<ImportSummary, Error> {
    let path = state.picked_path(&token.0)?;
    let store = state.store()?;
    blocking(move || {
        let bytes = read_import_file(&path)?;
        let mut guard = crate::hold(&store)?;
        guard.import_hubs(&bytes, Some(&sha256.0))
    })
    .await
}

#[tauri::command]
async fn hubs_export<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<ExportResult>, Error> {
    let Some(path) = ask_save_path(&app, "Export member hubs", "member-hubs.csv", CSV).await? else {
        return Ok(None);
    };
    let store = state.store()?;
    blocking(move || {
        let guard = crate::hold(&store)?;
        let count = guard.export_hubs_to(&path)?;
        Ok(Some(ExportResult { path: path.display().to_string(), count }))
    })
    .await
}

#[tauri::command]
fn demo_load(state: State<'_, AppState>) -> Result<DemoSummary, Error> {
    state.with(|s| s.load_demo())
}

#[tauri::command]
fn open_website<R: Runtime>(app: AppHandle<R>, url: Payload<String>) -> Result<(), Error> {
    use tauri_plugin_opener::OpenerExt;
    let url = url.0;
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Err(Error::new(ErrorCode::BadRequest, "Only web addresses (https://...) can be opened."));
    }
    app.opener().open_url(url, None::<&str>).map_err(|e| Error::new(ErrorCode::Io, format!("Could not open the browser: {e}")))
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T, Error> + Send + 'static) -> Result<T, Error> {
    tauri::async_runtime::spawn_blocking(f).await.map_err(|e| Error::new(ErrorCode::Internal, format!("The task stopped: {e}")))?
}

/// The page calls this once its first screen is shown and usable. With
/// `MOBILITY_DESK_TRACE_STARTUP` set, the time since start is printed (`cargo xtask measure`
/// reads it).
#[tauri::command]
fn ui_ready() {
    if std::env::var_os("MOBILITY_DESK_TRACE_STARTUP").is_some() {
        if let Some(started) = crate::STARTED.get() {
            println!("mobility-desk: ui ready {} ms after start", started.elapsed().as_millis());
        }
    }
}

#[tauri::command]
fn programmes_list(state: State<'_, AppState>) -> Result<Vec<Programme>, Error> {
    state.with(|s| s.programmes())
}

#[tauri::command]
fn programme_update(state: State<'_, AppState>, id: Payload<i64>, input: Payload<ProgrammeInput>, expected_version: Payload<Option<i64>>) -> Result<Programme, Error> {
    state.with(|s| s.update_programme_at(id.0, &input.0, expected_version.0))
}

#[tauri::command]
fn programme_create(state: State<'_, AppState>, input: Payload<NewProgramme>) -> Result<Programme, Error> {
    state.with(|s| s.create_programme(&input.0))
}

#[tauri::command]
fn cycles_list(state: State<'_, AppState>, query: Payload<CycleQuery>) -> Result<Vec<Cycle>, Error> {
    state.with(|s| s.cycles(&query.0))
}

#[tauri::command]
fn cycle_get(state: State<'_, AppState>, id: Payload<i64>) -> Result<Cycle, Error> {
    state.with(|s| s.cycle(id.0))
}

#[tauri::command]
fn cycle_template(state: State<'_, AppState>, programme_id: Payload<i64>, year: Payload<i32>) -> Result<CycleInput, Error> {
    state.with(|s| s.cycle_template(programme_id.0, year.0))
}

#[tauri::command]
fn cycle_create(state: State<'_, AppState>, input: Payload<CycleInput>) -> Result<Cycle, Error> {
    state.with(|s| s.create_cycle(&input.0))
}

#[tauri::command]
fn cycle_update(state: State<'_, AppState>, id: Payload<i64>, input: Payload<CycleInput>, expected_version: Payload<Option<i64>>) -> Result<Cycle, Error> {
    state.with(|s| s.update_cycle_at(id.0, &input.0, expected_version.0))
}

#[tauri::command]
fn cycle_change(state: State<'_, AppState>, id: Payload<i64>, input: Payload<CycleInput>) -> Result<CycleChange, Error> {
    state.with(|s| s.cycle_change(id.0, &input.0))
}

#[tauri::command]
fn cycle_amend(
    state: State<'_, AppState>,
    id: Payload<i64>,
    input: Payload<CycleInput>,
    reason: Payload<String>,
    over_budget: Payload<bool>,
    expected_version: Payload<Option<i64>>,
) -> Result<Cycle, Error> {
    state.with(|s| s.amend_cycle_at(id.0, &input.0, &reason.0, over_budget.0, &s.actor(), expected_version.0))
}

#[tauri::command]
fn cycle_clone(state: State<'_, AppState>, id: Payload<i64>, year: Payload<i32>) -> Result<Cycle, Error> {
    state.with(|s| s.clone_cycle(id.0, year.0))
}

#[tauri::command]
fn cycle_delete(state: State<'_, AppState>, id: Payload<i64>) -> Result<(), Error> {
    state.with(|s| s.delete_cycle(id.0))
}

#[tauri::command]
fn cycle_transitions(state: State<'_, AppState>, id: Payload<i64>) -> Result<Vec<Transition>, Error> {
    state.with(|s| s.cycle_transitions(id.0))
}

#[tauri::command]
fn cycle_move(state: State<'_, AppState>, id: Payload<i64>, to: Payload<Phase>, reason: Payload<Option<String>>) -> Result<Cycle, Error> {
    state.with(|s| s.move_cycle(id.0, to.0, reason.0.as_deref().unwrap_or("")))
}

#[tauri::command]
fn cycle_catch_up(state: State<'_, AppState>, id: Payload<i64>) -> Result<Cycle, Error> {
    state.with(|s| s.catch_up_cycle(id.0))
}

#[tauri::command]
fn cycle_events(state: State<'_, AppState>, id: Payload<i64>) -> Result<Vec<CycleEvent>, Error> {
    state.with(|s| s.cycle_events(id.0))
}

#[tauri::command]
fn applications_list(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<Vec<Application>, Error> {
    state.with(|s| s.applications(cycle_id.0))
}

#[tauri::command]
fn application_get(state: State<'_, AppState>, id: Payload<i64>) -> Result<Application, Error> {
    state.with(|s| s.application(id.0))
}

#[tauri::command]
fn application_create(state: State<'_, AppState>, input: Payload<ApplicationInput>) -> Result<Application, Error> {
    state.with(|s| s.create_application(&input.0))
}

#[tauri::command]
fn application_update(state: State<'_, AppState>, id: Payload<i64>, input: Payload<ApplicationInput>, expected_version: Payload<Option<i64>>) -> Result<Application, Error> {
    state.with(|s| s.update_application_at(id.0, &input.0, expected_version.0))
}

#[tauri::command]
fn application_withdraw(state: State<'_, AppState>, id: Payload<i64>) -> Result<Withdrawal, Error> {
    state.with(|s| s.withdraw(id.0, &s.actor()))
}

#[tauri::command]
async fn applications_import_choose<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<PickedFile>, Error> {
    let picked = dialogs::pick_file(&app, "Import applications from a form export", "CSV files", &["csv", "txt", "tsv"]).await?;
    Ok(picked.map(|p| state.picked(p)))
}

#[tauri::command]
async fn applications_import_preview(
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

#[tauri::command]
async fn applications_import_commit(
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
fn selection_settings_get(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<SelectionSettings, Error> {
    state.with(|s| s.selection_settings(cycle_id.0))
}

#[tauri::command]
fn selection_settings_save(state: State<'_, AppState>, cycle_id: Payload<i64>, input: Payload<SelectionSettingsInput>, expected_version: Payload<Option<i64>>) -> Result<SelectionSettings, Error> {
    state.with(|s| s.save_selection_settings_at(cycle_id.0, &input.0, expected_version.0))
}

#[tauri::command]
fn reviews_list(state: State<'_, AppState>, application_id: Payload<i64>) -> Result<Vec<Review>, Error> {
    state.with(|s| s.reviews(application_id.0))
}

#[tauri::command]
fn review_save(state: State<'_, AppState>, input: Payload<ReviewInput>) -> Result<Vec<Review>, Error> {
    state.with(|s| s.save_review(&input.0))
}

#[tauri::command]
fn review_delete(state: State<'_, AppState>, application_id: Payload<i64>, reviewer: Payload<String>) -> Result<Vec<Review>, Error> {
    state.with(|s| s.delete_review(application_id.0, &reviewer.0))
}

#[tauri::command]
fn ranking_get(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<Ranking, Error> {
    state.with(|s| s.ranking(cycle_id.0))
}

#[tauri::command]
fn selection_run(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<SelectionOutcome, Error> {
    state.with(|s| s.select(cycle_id.0, &s.actor()))
}

#[tauri::command]
fn application_decide(state: State<'_, AppState>, id: Payload<i64>, decision: Payload<Decision>) -> Result<Application, Error> {
    state.with(|s| s.decide(id.0, decision.0, &s.actor()))
}

#[tauri::command]
fn grants_overview(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<GrantsOverview, Error> {
    state.with(|s| s.grants_overview(cycle_id.0))
}

#[tauri::command]
fn grant_get(state: State<'_, AppState>, id: Payload<i64>) -> Result<GrantDetail, Error> {
    state.with(|s| s.grant_detail(id.0))
}

#[tauri::command]
fn grant_inputs_save(state: State<'_, AppState>, application_id: Payload<i64>, inputs: Payload<GrantInputs>, expected_version: Payload<Option<i64>>) -> Result<GrantInputs, Error> {
    state.with(|s| s.save_grant_inputs_at(application_id.0, &inputs.0, expected_version.0))
}

/// Award the listed draft grants, or every computed draft of the cycle when `ids` is null.
/// Past the envelope the answer is an `over_budget` error until `over_budget` confirms it.
#[tauri::command]
fn grants_award(state: State<'_, AppState>, cycle_id: Payload<i64>, ids: Payload<Option<Vec<i64>>>, over_budget: Payload<bool>) -> Result<AwardSummary, Error> {
    state.with(|s| s.award_grants(cycle_id.0, ids.0.as_deref(), over_budget.0, &s.actor()))
}

#[tauri::command]
fn grant_amend(state: State<'_, AppState>, id: Payload<i64>, reason: Payload<String>) -> Result<GrantDetail, Error> {
    state.with(|s| s.amend_grant(id.0, &reason.0, &s.actor()))
}

#[tauri::command]
fn grant_cancel(state: State<'_, AppState>, id: Payload<i64>, reason: Payload<String>) -> Result<GrantDetail, Error> {
    state.with(|s| s.cancel_grant(id.0, &reason.0, &s.actor()))
}

#[tauri::command]
fn rule_set_get(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<RuleSet, Error> {
    state.with(|s| s.rule_set(cycle_id.0))
}

#[tauri::command]
fn rule_set_versions(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<Vec<RuleSet>, Error> {
    state.with(|s| s.rule_set_versions(cycle_id.0))
}

#[tauri::command]
fn rule_set_save(state: State<'_, AppState>, cycle_id: Payload<i64>, input: Payload<RuleSetInput>, expected_version: Payload<Option<u32>>) -> Result<RuleSet, Error> {
    state.with(|s| s.save_rule_set_at(cycle_id.0, &input.0, &s.actor(), expected_version.0))
}

#[tauri::command]
fn rule_set_what_if(state: State<'_, AppState>, cycle_id: Payload<i64>, body: Payload<RuleSetBody>) -> Result<WhatIf, Error> {
    state.with(|s| s.what_if(cycle_id.0, &body.0))
}

#[tauri::command]
fn payments_overview(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<PaymentsOverview, Error> {
    state.with(|s| s.cycle_payments(cycle_id.0))
}

#[tauri::command]
fn payment_pay(state: State<'_, AppState>, id: Payload<i64>, input: Payload<PaymentInput>) -> Result<GrantPayments, Error> {
    state.with(|s| s.mark_paid(id.0, &input.0, &s.actor()))
}

#[tauri::command]
fn payment_waive(state: State<'_, AppState>, id: Payload<i64>, reason: Payload<String>) -> Result<GrantPayments, Error> {
    state.with(|s| s.waive_payment(id.0, &reason.0, &s.actor()))
}

#[tauri::command]
fn payment_reopen(state: State<'_, AppState>, id: Payload<i64>, reason: Payload<String>) -> Result<GrantPayments, Error> {
    state.with(|s| s.reopen_payment(id.0, &reason.0, &s.actor()))
}

/// Mark a grant's report received on a date (empty: today); `null` clears it.
#[tauri::command]
fn report_received(state: State<'_, AppState>, grant_id: Payload<i64>, received_on: Payload<Option<String>>) -> Result<GrantPayments, Error> {
    state.with(|s| s.set_report_received(grant_id.0, received_on.0.as_deref(), &s.actor()))
}

/// A file name from a cycle's title that is safe on every system (the core's slug: lower-case
/// ASCII, accents folded, words joined by hyphens).
fn file_stem(title: &str) -> String {
    mobility_desk_core::platform::fold::slug(title, 60)
}

/// A kind of file an export is saved as: the save dialog's filter and the extension.
#[derive(Clone, Copy)]
struct FileKind {
    filter: &'static str,
    extension: &'static str,
}

const PDF: FileKind = FileKind { filter: "PDF documents", extension: "pdf" };
const XLSX: FileKind = FileKind { filter: "Excel workbooks", extension: "xlsx" };
const CSV: FileKind = FileKind { filter: "CSV files", extension: "csv" };

/// The kind the window asked for (`"xlsx"`…) among those a command offers.
fn file_kind(asked: &str, offered: &[FileKind], what: &str) -> Result<FileKind, Error> {
    offered.iter().copied().find(|k| k.extension == asked).ok_or_else(|| {
        let choices = offered.iter().map(|k| k.extension).collect::<Vec<_>>().join(" or ");
        Error::new(ErrorCode::BadRequest, format!("'{asked}' is not {what} format: choose {choices}."))
    })
}

/// Ask where to save a file, suggesting `name`, in the native dialog; the extension is added
/// when the user typed none. `None` when the dialog is cancelled. Every export goes through it.
async fn ask_save_path<R: Runtime>(app: &AppHandle<R>, title: &str, name: &str, kind: FileKind) -> Result<Option<PathBuf>, Error> {
    let Some(path) = dialogs::save_file(app, title, name, kind.filter, &[kind.extension]).await? else {
        return Ok(None);
    };
    Ok(Some(if path.extension().is_none() { path.with_extension(kind.extension) } else { path }))
}

/// Ask where to save a cycle's finance export (`format`: "xlsx" or "csv"), then write it
/// there. `None` when the user cancels the dialog.
#[tauri::command]
async fn finance_export<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    cycle_id: Payload<i64>,
    format: Payload<String>,
    language: Payload<Option<String>>,
) -> Result<Option<FinanceExport>, Error> {
    let kind = file_kind(&format.0, &[XLSX, CSV], "an export")?;
    let cycle = state.with(|s| s.cycle(cycle_id.0))?;
    let name = format!("finance-{}.{}", file_stem(&cycle.title), kind.extension);
    let Some(path) = ask_save_path(&app, "Export the cycle's payments for finance", &name, kind).await? else {
        return Ok(None);
    };
    let store = state.store()?;
    blocking(move || {
        let guard = crate::hold(&store)?;
        guard.export_finance_to(&path, &[cycle_id.0], language.0.as_deref()).map(Some)
    })
    .await
}

#[tauri::command]
fn pairing_get(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<PairingPlan, Error> {
    state.with(|s| s.pairing_plan(cycle_id.0))
}

/// Lock or forbid a pair, or clear it with `kind: null`.
#[tauri::command]
fn pairing_constraint(
    state: State<'_, AppState>,
    cycle_id: Payload<i64>,
    visiting_id: Payload<i64>,
    hosting_id: Payload<i64>,
    kind: Payload<Option<ConstraintKind>>,
) -> Result<PairingPlan, Error> {
    state.with(|s| s.set_pair_constraint(cycle_id.0, visiting_id.0, hosting_id.0, kind.0, &s.actor()))
}

#[tauri::command]
fn pairing_weights_save(state: State<'_, AppState>, cycle_id: Payload<i64>, weights: Payload<PairingWeights>, expected_version: Payload<Option<i64>>) -> Result<PairingPlan, Error> {
    state.with(|s| s.save_pairing_weights_at(cycle_id.0, &weights.0, expected_version.0))
}

/// The agreed dates of a confirmed pair's visit, or `null` dates to clear them.
#[tauri::command]
fn pair_visit_set(
    state: State<'_, AppState>,
    cycle_id: Payload<i64>,
    visiting_id: Payload<i64>,
    starts_on: Payload<Option<String>>,
    ends_on: Payload<Option<String>>,
) -> Result<PairingPlan, Error> {
    state.with(|s| s.set_pair_visit(cycle_id.0, visiting_id.0, starts_on.0.as_deref().zip(ends_on.0.as_deref())))
}

#[tauri::command]
fn pairing_confirm(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<PairingPlan, Error> {
    state.with(|s| s.confirm_pairing(cycle_id.0, &s.actor()))
}

#[tauri::command]
fn placement_get(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<PlacementPlan, Error> {
    state.with(|s| s.placement_plan(cycle_id.0))
}

/// Lock a person at a host hub or forbid it; `kind: null` clears.
#[tauri::command]
fn placement_constraint(
    state: State<'_, AppState>,
    cycle_id: Payload<i64>,
    application_id: Payload<i64>,
    host_hub_id: Payload<i64>,
    kind: Payload<Option<ConstraintKind>>,
) -> Result<PlacementPlan, Error> {
    state.with(|s| s.set_placement_constraint(cycle_id.0, application_id.0, host_hub_id.0, kind.0, &s.actor()))
}

#[tauri::command]
fn placement_weights_save(state: State<'_, AppState>, cycle_id: Payload<i64>, weights: Payload<PairingWeights>, expected_version: Payload<Option<i64>>) -> Result<PlacementPlan, Error> {
    state.with(|s| s.save_placement_weights_at(cycle_id.0, &weights.0, expected_version.0))
}

#[tauri::command]
fn placement_confirm(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<PlacementPlan, Error> {
    state.with(|s| s.confirm_placements(cycle_id.0, &s.actor()))
}

/// Set a host's places in a cycle (Staff Exchange: people in the cycle; Hubs Alliance: at the
/// same time).
#[tauri::command]
fn host_capacity_set(state: State<'_, AppState>, cycle_id: Payload<i64>, hub_id: Payload<i64>, capacity: Payload<u32>) -> Result<(), Error> {
    state.with(|s| s.set_host_capacity(cycle_id.0, hub_id.0, capacity.0))
}

#[tauri::command]
fn alliance_checks(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<Vec<AllianceCheck>, Error> {
    state.with(|s| s.alliance_checks(cycle_id.0))
}

#[tauri::command]
fn letters_overview(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<LettersOverview, Error> {
    state.with(|s| s.letters_overview(cycle_id.0))
}

#[tauri::command]
fn letter_preview(state: State<'_, AppState>, grant_id: Payload<i64>, language: Payload<Option<String>>) -> Result<LetterPreview, Error> {
    state.with(|s| s.letter_preview(grant_id.0, language.0.as_deref()))
}

/// Where copies of letters are written to be opened: `letters/` in the data folder (previews in
/// `letters/previews/`).
fn letters_folder(state: &AppState, sub: Option<&str>) -> Result<PathBuf, Error> {
    let mut dir = state.data_dir.join("letters");
    if let Some(sub) = sub {
        dir = dir.join(sub);
    }
    mobility_desk_core::platform::files::create_private_dir(&dir)?;
    Ok(dir)
}

/// Set the letter as it would be issued (marked as a preview) and open it in the system's PDF
/// viewer. Returns the file's path.
#[tauri::command]
async fn letter_preview_open<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, grant_id: Payload<i64>, language: Payload<Option<String>>) -> Result<String, Error> {
    let folder = letters_folder(&state, Some("previews"))?;
    let store = state.store()?;
    let path = blocking(move || {
        let guard = crate::hold(&store)?;
        let bytes = guard.letter_preview_pdf(grant_id.0, language.0.as_deref())?;
        let path = folder.join(format!("preview-grant-{}.pdf", grant_id.0));
        mobility_desk_core::platform::files::write_atomic(&path, &bytes)?;
        Ok(path)
    })
    .await?;
    dialogs::open_in_viewer(&app, &path)?;
    Ok(path.display().to_string())
}

/// Issue a grant's letter (awarding a draft first): number, set, archive.
#[tauri::command]
async fn letter_issue(state: State<'_, AppState>, grant_id: Payload<i64>, language: Payload<Option<String>>) -> Result<LetterRecord, Error> {
    let store = state.store()?;
    blocking(move || {
        let mut guard = crate::hold(&store)?;
        let actor = guard.actor();
        guard.issue_letter(grant_id.0, language.0.as_deref(), &actor)
    })
    .await
}

fn letter_file_name(store: &mobility_desk_core::Store, letter: &LetterRecord) -> Result<String, Error> {
    let grant = store.grant_detail(letter.grant_id)?.grant;
    Ok(format!("{}_{}.pdf", safe_file_stem(&letter.reference.replace('/', "-v")), safe_file_stem(&grant.applicant)))
}

/// Save an issued letter (its archived bytes) where the user chooses. `None` when cancelled.
#[tauri::command]
async fn letter_save<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, letter_id: Payload<i64>) -> Result<Option<String>, Error> {
    let name = state.with(|s| {
        let letter = s.letter(letter_id.0)?;
        letter_file_name(s, &letter)
    })?;
    let Some(path) = ask_save_path(&app, "Save the award letter", &name, PDF).await? else {
        return Ok(None);
    };
    state.with(|s| s.save_letter(letter_id.0, &path)).map(|p| Some(p.display().to_string()))
}

/// Open an issued letter in the system's PDF viewer, to print it: the archived bytes are
/// written to `letters/` in the data folder first.
#[tauri::command]
fn letter_print<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, letter_id: Payload<i64>) -> Result<String, Error> {
    let folder = letters_folder(&state, None)?;
    let path = state.with(|s| {
        let letter = s.letter(letter_id.0)?;
        let path = folder.join(letter_file_name(s, &letter)?);
        mobility_desk_core::platform::files::write_atomic(&path, &s.letter_pdf(letter.id)?)?;
        Ok(path)
    })?;
    dialogs::open_in_viewer(&app, &path)?;
    Ok(path.display().to_string())
}

/// Set by `letters_cancel`; a running batch stops at its next letter.
static BATCH_CANCELLED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The event a batch reports its progress with.
pub const LETTERS_PROGRESS_EVENT: &str = "letters-progress";

/// Issue a cycle's letters and write them: `mode` "folder" (one PDF per letter in a folder the
/// user picks) or "combined" (one PDF to print, saved where the user says). Progress goes out
/// as `letters-progress` events; `letters_cancel` stops it. `None` when the dialog is cancelled.
#[tauri::command]
async fn letters_batch<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    cycle_id: Payload<i64>,
    mode: Payload<String>,
    language: Payload<Option<String>>,
) -> Result<Option<BatchSummary>, Error> {
    use tauri::Emitter;
    let cycle = state.with(|s| s.cycle(cycle_id.0))?;
    let target = match mode.0.as_str() {
        "folder" => dialogs::pick_folder(&app, "Choose the folder for the letters").await?,
        "combined" => {
            let name = format!("letters-{}.pdf", file_stem(&cycle.title));
            ask_save_path(&app, "Save all the letters in one PDF", &name, PDF).await?
        }
        other => return Err(Error::new(ErrorCode::BadRequest, format!("'{other}' is not a way to write letters: choose folder or combined."))),
    };
    let Some(target) = target else { return Ok(None) };
    BATCH_CANCELLED.store(false, std::sync::atomic::Ordering::SeqCst);
    let store = state.store()?;
    let folder = mode.0 == "folder";
    blocking(move || {
        let mut guard = crate::hold(&store)?;
        let mut progress = |p: BatchProgress| {
            let _ = app.emit(LETTERS_PROGRESS_EVENT, p);
            !BATCH_CANCELLED.load(std::sync::atomic::Ordering::SeqCst)
        };
        let language = language.0.as_deref();
        let actor = guard.actor();
        let summary = if folder {
            guard.write_cycle_letters(cycle_id.0, &target, language, &actor, &mut progress)?
        } else {
            guard.write_combined_letters(cycle_id.0, &target, language, &actor, &mut progress)?
        };
        Ok(Some(summary))
    })
    .await
}

#[tauri::command]
fn letters_cancel() {
    BATCH_CANCELLED.store(true, std::sync::atomic::Ordering::SeqCst);
}

#[tauri::command]
fn vote_get(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<VoteOverview, Error> {
    state.with(|s| s.vote_overview(cycle_id.0))
}

#[tauri::command]
fn vote_settings_save(state: State<'_, AppState>, cycle_id: Payload<i64>, settings: Payload<VoteSettings>, expected_version: Payload<Option<i64>>) -> Result<VoteOverview, Error> {
    state.with(|s| s.save_vote_settings_at(cycle_id.0, &settings.0, expected_version.0))
}

#[tauri::command]
fn vote_open(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<VoteOverview, Error> {
    state.with(|s| s.open_vote(cycle_id.0, &s.actor()))
}

#[tauri::command]
fn ballot_record(state: State<'_, AppState>, cycle_id: Payload<i64>, input: Payload<BallotInput>) -> Result<VoteOverview, Error> {
    state.with(|s| s.record_ballot(cycle_id.0, &input.0, &s.actor()))
}

/// Pick a form export (CSV) and import its ballots, all or nothing. `None` when the dialog is
/// cancelled.
#[tauri::command]
async fn ballots_import<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<Option<BallotImport>, Error> {
    let Some(path) = dialogs::pick_file(&app, "Import ballots from a form export", "CSV files", &["csv", "txt"]).await? else {
        return Ok(None);
    };
    let bytes = read_import_file(&path)?;
    state.with(|s| s.import_ballots(cycle_id.0, &bytes, &s.actor())).map(Some)
}

#[tauri::command]
fn vote_declare(state: State<'_, AppState>, cycle_id: Payload<i64>, despite_quorum: Payload<bool>) -> Result<VoteOverview, Error> {
    state.with(|s| s.declare_vote(cycle_id.0, despite_quorum.0, &s.actor()))
}

/// Save the vote's result as a PDF report where the user says. `None` when cancelled.
#[tauri::command]
async fn vote_report<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<Option<String>, Error> {
    let cycle = state.with(|s| s.cycle(cycle_id.0))?;
    let name = format!("vote-{}.pdf", file_stem(&cycle.title));
    let Some(path) = ask_save_path(&app, "Save the result of the vote", &name, PDF).await? else {
        return Ok(None);
    };
    state.with(|s| {
        let bytes = s.vote_report_pdf(cycle_id.0)?;
        mobility_desk_core::platform::files::write_atomic(&path, &bytes)?;
        Ok(Some(path.display().to_string()))
    })
}

#[tauri::command]
fn stories_get(state: State<'_, AppState>, grant_id: Payload<i64>) -> Result<Vec<Story>, Error> {
    state.with(|s| s.grant_stories(grant_id.0))
}

#[tauri::command]
fn cycle_stories(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<Vec<Story>, Error> {
    state.with(|s| s.cycle_stories(cycle_id.0))
}

#[tauri::command]
fn story_add(state: State<'_, AppState>, grant_id: Payload<i64>, input: Payload<StoryInput>) -> Result<Story, Error> {
    state.with(|s| s.add_story(grant_id.0, &input.0, &s.actor()))
}

#[tauri::command]
fn story_update(state: State<'_, AppState>, id: Payload<i64>, input: Payload<StoryInput>, expected_version: Payload<Option<i64>>) -> Result<Story, Error> {
    state.with(|s| s.update_story_at(id.0, &input.0, &s.actor(), expected_version.0))
}

#[tauri::command]
fn story_delete(state: State<'_, AppState>, id: Payload<i64>) -> Result<(), Error> {
    state.with(|s| s.delete_story(id.0))
}

/// Pick a photo with the native dialog and add it to a story (scaled down when large).
/// `None` when the dialog is cancelled.
#[tauri::command]
async fn story_photo_add<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, story_id: Payload<i64>, caption: Payload<String>) -> Result<Option<Story>, Error> {
    let Some(path) = dialogs::pick_file(&app, "Add a photo to the story", "Photos (JPEG, PNG)", &["jpg", "jpeg", "png"]).await? else {
        return Ok(None);
    };
    let bytes = std::fs::read(&path).map_err(|e| Error::new(ErrorCode::Io, format!("{} cannot be read: {e}", path.display())))?;
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let store = state.store()?;
    blocking(move || {
        let mut guard = crate::hold(&store)?;
        guard.add_story_photo(story_id.0, &bytes, &name, &caption.0).map(Some)
    })
    .await
}

#[tauri::command]
fn story_photo_remove(state: State<'_, AppState>, id: Payload<i64>) -> Result<Story, Error> {
    state.with(|s| s.remove_story_photo(id.0))
}

/// A stored photo as a `data:` URL the page can show.
#[tauri::command]
fn story_photo_get(state: State<'_, AppState>, id: Payload<i64>) -> Result<String, Error> {
    state.with(|s| s.story_photo_data_url(id.0))
}

/// Compile the cycle's stories into the publication and save it where the user says. `None`
/// when the dialog is cancelled.
#[tauri::command]
async fn publication_save<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, cycle_id: Payload<i64>, language: Payload<Option<String>>) -> Result<Option<String>, Error> {
    let cycle = state.with(|s| s.cycle(cycle_id.0))?;
    // Say what is missing before asking where to save.
    state.with(|s| if s.cycle_stories(cycle_id.0)?.is_empty() { s.publication_pdf(cycle_id.0, language.0.as_deref()).map(drop) } else { Ok(()) })?;
    let name = format!("stories-{}.pdf", file_stem(&cycle.title));
    let Some(path) = ask_save_path(&app, "Save the publication of the stories", &name, PDF).await? else {
        return Ok(None);
    };
    let store = state.store()?;
    blocking(move || {
        let guard = crate::hold(&store)?;
        let bytes = guard.publication_pdf(cycle_id.0, language.0.as_deref())?;
        mobility_desk_core::platform::files::write_atomic(&path, &bytes)?;
        Ok(Some(path.display().to_string()))
    })
    .await
}

#[tauri::command]
fn cycle_report(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<CycleReport, Error> {
    state.with(|s| s.cycle_report(cycle_id.0))
}

/// Save a cycle's emission factors (all of them, with their source).
#[tauri::command]
fn emission_factors_save(state: State<'_, AppState>, cycle_id: Payload<i64>, input: Payload<EmissionFactors>, expected_version: Payload<Option<i64>>) -> Result<EmissionFactors, Error> {
    state.with(|s| s.save_emission_factors_at(cycle_id.0, &input.0, &s.actor(), expected_version.0))
}

/// The emission factors a cycle uses now (its own, or the defaults), with their version.
#[tauri::command]
fn emission_factors_get(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<EmissionFactors, Error> {
    state.with(|s| s.emission_factors(cycle_id.0))
}

/// Go back to the default emission factors for a cycle.
#[tauri::command]
fn emission_factors_reset(state: State<'_, AppState>, cycle_id: Payload<i64>, expected_version: Payload<Option<i64>>) -> Result<EmissionFactors, Error> {
    state.with(|s| s.reset_emission_factors_at(cycle_id.0, expected_version.0))
}

/// Ask where to save the cycle report (`format`: "pdf" or "xlsx"), then write it there.
/// `None` when the dialog is cancelled.
#[tauri::command]
async fn cycle_report_save<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    cycle_id: Payload<i64>,
    format: Payload<String>,
    language: Payload<Option<String>>,
) -> Result<Option<ReportFiles>, Error> {
    let kind = file_kind(&format.0, &[PDF, XLSX], "a report")?;
    let extension = kind.extension;
    let cycle = state.with(|s| s.cycle(cycle_id.0))?;
    let name = format!("report-{}.{extension}", file_stem(&cycle.title));
    let Some(path) = ask_save_path(&app, "Save the cycle report", &name, kind).await? else {
        return Ok(None);
    };
    let store = state.store()?;
    blocking(move || {
        let guard = crate::hold(&store)?;
        let (pdf, xlsx) = if extension == "pdf" { (Some(path.as_path()), None) } else { (None, Some(path.as_path())) };
        guard.write_cycle_report(cycle_id.0, pdf, xlsx, language.0.as_deref()).map(Some)
    })
    .await
}
