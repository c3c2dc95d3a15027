//! The data file and the app: what the window needs at start, the passphrase, backups and restores, the demo network, links opened in the browser.

use super::prelude::*;
use mobility_desk_core::platform::crash::{self, CrashNote};
use tauri::Webview;

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
    /// The program stopped on an error of its own last time, and the person has not read why.
    pub last_crash: Option<CrashNote>,
}

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> Result<AppInfo, Error> {
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
        last_crash: crash::last(&state.data_dir),
    })
}

/// The person has read why the program stopped last time: it is not shown again.
#[tauri::command]
pub fn crash_note_read(state: State<'_, AppState>) -> Result<(), Error> {
    crash::mark_read(&state.data_dir).map_err(|e| Error::io_said(said!("said-platform-file-not-written", path = state.data_dir.join(crash::CRASH_FILE).display().to_string()), e))
}

/// Open a protected data file with the passphrase the person typed; then the usual start
/// (the day's backup, the removal of old copies) runs. A wrong passphrase answers `locked`.
#[tauri::command]
pub async fn data_unlock(state: State<'_, AppState>, passphrase: Payload<String>) -> Result<AppInfo, Error> {
    let key = Passphrase::new(passphrase.0).ok_or_else(|| Error::validation(vec![FieldError::new("passphrase", said!("said-shell-passphrase-missing"))]))?;
    state.unlock(key)?;
    state.housekeeping();
    app_info(state)
}

/// Protect the data file with a passphrase, change it, or remove it (Settings → Protection):
/// the file is closed, converted with its backups, checked and reopened.
#[tauri::command]
pub async fn protection_change(state: State<'_, AppState>, request: Payload<ProtectionRequest>) -> Result<ProtectionChange, Error> {
    let (from, to) = protection::plan(state.key().as_ref(), &request.0)?;
    state.with_file_closed(|file| {
        let change = protection::convert(file, from.as_ref(), to.as_ref())?;
        state.set_key(to.clone());
        Ok(change)
    })
}

#[tauri::command]
pub fn backups_overview(state: State<'_, AppState>) -> Result<BackupsOverview, Error> {
    state.with(|s| s.backups_overview())
}

#[tauri::command]
pub async fn backup_now(state: State<'_, AppState>) -> Result<BackupsOverview, Error> {
    let store = state.store()?;
    blocking(move || {
        let guard = crate::hold(&store)?;
        guard.back_up_now()?;
        guard.backups_overview()
    })
    .await
}

#[tauri::command]
pub fn backup_policy_save(state: State<'_, AppState>, policy: Payload<BackupPolicy>) -> Result<BackupsOverview, Error> {
    state.with(|s| s.set_backup_policy(policy.0))
}

/// Put a backup (named as `backups_overview` lists it) in place of the data file, keeping the
/// file it replaces aside. Works when the file could not be opened, too.
#[tauri::command]
pub async fn backup_restore(state: State<'_, AppState>, name: Payload<String>) -> Result<Restored, Error> {
    let key = state.key();
    // An erasure made since the backup was taken is carried into the restored file.
    state.with_file_closed(|file| mobility_desk_core::privacy::erasure::restore_keeping_erasures(file, &name.0, key.as_ref()))
}

#[tauri::command]
pub fn demo_load(state: State<'_, AppState>) -> Result<DemoSummary, Error> {
    state.with(|s| s.load_demo())
}

#[tauri::command]
pub fn open_website(url: Payload<String>) -> Result<(), Error> {
    let url = url.0;
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Err(Error::new(ErrorCode::BadRequest, said!("said-shell-web-address-only")));
    }
    open::that_detached(url).map_err(|e| Error::new(ErrorCode::Io, said!("said-shell-browser-failed", error = e.to_string())))
}

/// The page calls this once its first screen is shown and usable, with the moments of its own
/// start (`[what, milliseconds since the page began loading]`, at most 16). With
/// `MOBILITY_DESK_TRACE_STARTUP` set, the time since the process started is printed, and the
/// page's moments (`cargo xtask measure` reads the first, ARCHITECTURE.md the rest).
#[tauri::command]
pub fn ui_ready(marks: Payload<Vec<(String, u32)>>) -> Result<(), Error> {
    let marks = marks.0;
    crate::first_screen_shown();
    if marks.len() > 16 || marks.iter().any(|(what, _)| what.is_empty() || what.chars().count() > 40) {
        return Err(Error::validation(vec![FieldError::new("marks", said!("said-shell-start-marks"))]));
    }
    let page: Vec<String> = marks.iter().map(|(what, ms)| format!("{what} {ms} ms")).collect();
    crate::trace_startup("ui ready", &format!(" (page: {})", page.join(", ")));
    Ok(())
}

/// Zoom the whole window (Ctrl + / Ctrl − / Ctrl 0 in the window): `level` 1 is 100 %, from
/// 50 % to 300 %. The window remembers each person's level and asks for it again at start.
#[tauri::command]
pub fn window_zoom<R: Runtime>(webview: Webview<R>, level: Payload<f64>) -> Result<f64, Error> {
    let level = level.0;
    if !level.is_finite() || !(0.5..=3.0).contains(&level) {
        return Err(Error::validation(vec![FieldError::new("level", said!("said-shell-zoom-range"))]));
    }
    webview.set_zoom(level).map_err(|e| Error::new(ErrorCode::Internal, said!("said-shell-zoom-failed", error = e.to_string())))?;
    Ok(level)
}

/// The language the window speaks ('en', 'fr', or with its region, 'en-GB', as the page writes
/// figures and dates; the page says at start which it chose): the application menu, the native
/// dialogs' titles and the webview's own fields follow it. Answers the language taken, English
/// when the core has no messages in the one asked for.
#[tauri::command]
pub fn window_language<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, language: Payload<String>) -> Result<String, Error> {
    let tag = language.0.trim();
    let asked = tag.split('-').next().unwrap_or_default().to_ascii_lowercase();
    let taken = mobility_desk_core::platform::said::languages().into_iter().find(|l| *l == asked).unwrap_or(mobility_desk_core::platform::said::SOURCE_LANGUAGE);
    // The region as the page gave it, when it is a well-formed tag of the language taken.
    let well_formed = tag.len() <= 35 && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    #[cfg_attr(not(target_os = "linux"), allow(unused_variables))]
    let tag = if well_formed && asked == taken { tag.to_string() } else { taken.to_string() };
    // The webview's own languages: its native fields (a date's day, month and year) are written
    // the way its first language writes them, which is the system's unless told otherwise.
    // WebKitGTK is told here; WebView2 and WKWebView follow the system's settings.
    #[cfg(target_os = "linux")]
    if let Some(window) = tauri::Manager::get_webview_window(&app, "main") {
        let _ = window.with_webview(move |webview| {
            use webkit2gtk::{WebContextExt, WebViewExt};
            if let Some(context) = webview.inner().context() {
                context.set_preferred_languages(&[tag.as_str()]);
            }
        });
    }
    if taken != state.language() {
        state.set_language(taken);
        // The mock runtime of the IPC tests has no menu to replace.
        if app.menu().is_some() {
            let menu = crate::menu::build_in(&app, taken).map_err(|e| Error::new(ErrorCode::Internal, format!("The menu could not be written again: {e}")))?;
            app.set_menu(menu).map_err(|e| Error::new(ErrorCode::Internal, format!("The menu could not be replaced: {e}")))?;
        }
    }
    Ok(taken.to_string())
}
