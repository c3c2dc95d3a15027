//! Native file dialogs, opened from Rust so the web page needs no file-system permission.
//!
//! Test seam, compiled only with the `e2e` feature (the end-to-end tests' build; a shipped
//! binary has no such code): when `MOBILITY_DESK_TEST_DIALOG_ANSWER` names a file, a dialog is
//! not shown; the path written in that file is the user's answer (an empty file means
//! "cancelled"). End-to-end tests use it because WebDriver cannot click in a native dialog.

use std::path::PathBuf;

use mobility_desk_core::{said, Error, ErrorCode};
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

#[cfg(feature = "e2e")]
pub const TEST_ANSWER_ENV: &str = "MOBILITY_DESK_TEST_DIALOG_ANSWER";

#[cfg(not(feature = "e2e"))]
fn test_answer() -> Option<Option<PathBuf>> {
    None
}

#[cfg(feature = "e2e")]
fn test_answer() -> Option<Option<PathBuf>> {
    let file = std::env::var_os(TEST_ANSWER_ENV)?;
    let text = std::fs::read_to_string(file).unwrap_or_default();
    let text = text.trim();
    Some(if text.is_empty() { None } else { Some(PathBuf::from(text)) })
}

fn to_path(p: tauri_plugin_dialog::FilePath) -> Result<PathBuf, Error> {
    p.into_path().map_err(|_| Error::new(ErrorCode::Io, said!("said-shell-file-not-local")))
}

/// Ask for a file to open. `Ok(None)` when the user cancels.
pub async fn pick_file<R: Runtime>(app: &AppHandle<R>, title: &str, filter_name: &str, extensions: &[&str]) -> Result<Option<PathBuf>, Error> {
    if let Some(answer) = test_answer() {
        return Ok(answer);
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog().file().set_title(title).add_filter(filter_name, extensions).pick_file(move |p| {
        let _ = tx.send(p);
    });
    match rx.await {
        Ok(Some(p)) => to_path(p).map(Some),
        _ => Ok(None),
    }
}

/// Ask where to save a file. `Ok(None)` when the user cancels.
pub async fn save_file<R: Runtime>(app: &AppHandle<R>, title: &str, default_name: &str, filter_name: &str, extensions: &[&str]) -> Result<Option<PathBuf>, Error> {
    if let Some(answer) = test_answer() {
        return Ok(answer);
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog().file().set_title(title).set_file_name(default_name).add_filter(filter_name, extensions).save_file(move |p| {
        let _ = tx.send(p);
    });
    match rx.await {
        Ok(Some(p)) => to_path(p).map(Some),
        _ => Ok(None),
    }
}

/// Ask for a folder. `Ok(None)` when the user cancels.
pub async fn pick_folder<R: Runtime>(app: &AppHandle<R>, title: &str) -> Result<Option<PathBuf>, Error> {
    if let Some(answer) = test_answer() {
        return Ok(answer);
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog().file().set_title(title).pick_folder(move |p| {
        let _ = tx.send(p);
    });
    match rx.await {
        Ok(Some(p)) => to_path(p).map(Some),
        _ => Ok(None),
    }
}

/// Test seam (the `e2e` feature only): when `MOBILITY_DESK_TEST_OPENED` names a file, a file
/// is not opened in the system's viewer; its path is added to that file as a line, for the
/// test to read.
#[cfg(feature = "e2e")]
pub const TEST_OPENED_ENV: &str = "MOBILITY_DESK_TEST_OPENED";

/// Open a file in the program the system uses for it (the PDF viewer, for a letter).
pub fn open_in_viewer<R: Runtime>(app: &AppHandle<R>, path: &std::path::Path) -> Result<(), Error> {
    use std::io::Write;
    use tauri::Manager;
    let recorded = app.try_state::<crate::AppState>().and_then(|s| s.opened_log.lock().ok().and_then(|l| l.clone()));
    #[cfg(feature = "e2e")]
    let recorded = recorded.or_else(|| std::env::var_os(TEST_OPENED_ENV).map(PathBuf::from));
    if let Some(log) = recorded {
        let mut file = std::fs::OpenOptions::new().create(true).append(true).open(log).map_err(|e| Error::new(ErrorCode::Io, e.to_string()))?;
        return writeln!(file, "{}", path.display()).map_err(|e| Error::new(ErrorCode::Io, e.to_string()));
    }
    std::fs::metadata(path)
        .and_then(|_| open::that_detached(path))
        .map_err(|e| Error::new(ErrorCode::Io, said!("said-shell-open-failed", path = path.display().to_string(), error = e.to_string())))
}

#[cfg(all(test, not(feature = "e2e")))]
mod tests {
    /// A shipped build has no test seam: the variables the end-to-end tests set change nothing.
    #[test]
    fn a_shipped_build_ignores_the_test_seams() {
        let answer = std::env::temp_dir().join("mobility-desk-seam-probe.txt");
        std::fs::write(&answer, "/etc/passwd").unwrap();
        std::env::set_var("MOBILITY_DESK_TEST_DIALOG_ANSWER", &answer);
        assert_eq!(super::test_answer(), None);
        let _ = std::fs::remove_file(answer);
    }
}
