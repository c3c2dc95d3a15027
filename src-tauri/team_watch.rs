//! Syncing without being asked: when another desk's files change in the shared folder (the
//! sync tool brought them), and once when the window starts, the desk syncs in the background
//! and tells the window what came in (`team-synced`). Working offline is normal: a folder that
//! is not there is only noted (`team-sync-failed`), never an error box.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::event::ModifyKind;
use notify::{EventKind, RecursiveMode, Watcher};
use tauri::{AppHandle, Emitter, Manager, Runtime};

use mobility_desk_core::ErrorCode;

use crate::AppState;

/// How long the folder must stay quiet before a sync (a sync tool writes files in bursts).
const QUIET: Duration = Duration::from_millis(1500);
/// How often the desk looks again whether it joined or left a team meanwhile.
const LOOK_AGAIN: Duration = Duration::from_secs(20);
/// How soon it looks again when the data could not be read (still locked by its passphrase,
/// busy with another writer at start): the folder's news must not wait for the next round.
const RETRY: Duration = Duration::from_secs(1);

/// The folder and this desk's own folder in it, while the desk is a member of a team; an
/// error when the desk's data could not be read just now.
fn shared_folder<R: Runtime>(app: &AppHandle<R>) -> Result<Option<(PathBuf, PathBuf)>, ()> {
    let state = app.state::<AppState>();
    let status = state.with(|s| s.team_status()).map_err(|_| ())?;
    let Some(own) = status.desks.iter().find(|d| d.own).map(|d| d.desk_id.clone()) else { return Ok(None) };
    if status.state != "member" {
        return Ok(None);
    }
    let Some(folder) = status.folder.map(PathBuf::from) else { return Ok(None) };
    let own_dir = folder.join("desks").join(own);
    Ok(Some((folder, own_dir)))
}

/// Sync once, telling the window; whether it is worth trying again (it failed, and not
/// because the desk may not sync at all: no folder set, not yet approved).
fn sync<R: Runtime>(app: &AppHandle<R>) -> bool {
    let state = app.state::<AppState>();
    let Ok(store) = state.store() else { return true };
    let result = crate::hold(&store).and_then(|mut s| s.sync_folder());
    match result {
        Ok(report) => {
            let _ = app.emit("team-synced", report);
            false
        }
        Err(e) => {
            let again = e.code != ErrorCode::NotAllowed;
            let _ = app.emit("team-sync-failed", e.message);
            again
        }
    }
}

/// Sync after news from the folder; a sync that failed (the data busy with another writer, a
/// desk's files caught between two of their writes) is tried again a few times, so what came
/// in does not wait for the folder's next change.
fn sync_soon<R: Runtime>(app: &AppHandle<R>) {
    for _ in 0..3 {
        if !sync(app) {
            return;
        }
        std::thread::sleep(QUIET);
    }
}

/// Start watching, on a thread of its own, for the life of the app.
pub fn spawn<R: Runtime>(app: AppHandle<R>) {
    std::thread::spawn(move || {
        crate::after_first_screen();
        let (tx, rx) = mpsc::channel::<PathBuf>();
        let mut watching: Option<(PathBuf, PathBuf, notify::RecommendedWatcher)> = None;
        loop {
            let (wanted, wait) = match shared_folder(&app) {
                Ok(wanted) => (wanted, LOOK_AGAIN),
                // Keep what is watched, and look again soon.
                Err(()) => (watching.as_ref().map(|(f, o, _)| (f.clone(), o.clone())), RETRY),
            };
            if wanted.as_ref().map(|(f, _)| f) != watching.as_ref().map(|(f, _, _)| f) {
                watching = None;
                if let Some((folder, own)) = wanted {
                    let tx = tx.clone();
                    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                        // Files made, written, renamed or removed; not the reads of this
                        // desk's own sync (which would start it again, and again).
                        let Ok(event) = event else { return };
                        let news = match event.kind {
                            EventKind::Create(_) | EventKind::Remove(_) => true,
                            EventKind::Modify(kind) => !matches!(kind, ModifyKind::Metadata(_)),
                            _ => false,
                        };
                        if news {
                            for path in event.paths {
                                let _ = tx.send(path);
                            }
                        }
                    });
                    // A folder that is not there (a drive not mounted) is looked for again at
                    // the next round.
                    if let Ok(mut watcher) = watcher {
                        if watcher.watch(&folder, RecursiveMode::Recursive).is_ok() {
                            watching = Some((folder, own, watcher));
                            // What arrived while the window was closed.
                            sync_soon(&app);
                        }
                    }
                }
            }
            match rx.recv_timeout(wait) {
                Ok(path) => {
                    let own = watching.as_ref().map(|(_, own, _)| own.clone());
                    let mut others = from_another_desk(&path, own.as_deref());
                    // Wait for the burst to end, noting whether any file was another desk's.
                    while let Ok(more) = rx.recv_timeout(QUIET) {
                        others |= from_another_desk(&more, own.as_deref());
                    }
                    if others && watching.is_some() {
                        sync_soon(&app);
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => return,
            }
        }
    });
}

/// This desk's own writes (its log, status, snapshot) are not news.
fn from_another_desk(path: &Path, own: Option<&Path>) -> bool {
    let temporary = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
    !temporary && own.is_none_or(|own| !path.starts_with(own))
}
