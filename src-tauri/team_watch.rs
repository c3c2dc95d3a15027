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

use crate::AppState;

/// How long the folder must stay quiet before a sync (a sync tool writes files in bursts).
const QUIET: Duration = Duration::from_millis(1500);
/// How often the desk looks again whether it joined or left a team meanwhile.
const LOOK_AGAIN: Duration = Duration::from_secs(20);

/// The folder and this desk's own folder in it, while the desk is a member of a team.
fn shared_folder<R: Runtime>(app: &AppHandle<R>) -> Option<(PathBuf, PathBuf)> {
    let state = app.state::<AppState>();
    let status = state.with(|s| s.team_status()).ok()?;
    let own = status.desks.iter().find(|d| d.own)?.desk_id.clone();
    if status.state != "member" {
        return None;
    }
    let folder = PathBuf::from(status.folder?);
    let own_dir = folder.join("desks").join(own);
    Some((folder, own_dir))
}

fn sync<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<AppState>();
    let Ok(store) = state.store() else { return };
    let result = crate::hold(&store).and_then(|mut s| s.sync_folder());
    match result {
        Ok(report) => {
            let _ = app.emit("team-synced", report);
        }
        Err(e) => {
            let _ = app.emit("team-sync-failed", e.message);
        }
    }
}

/// Start watching, on a thread of its own, for the life of the app.
pub fn spawn<R: Runtime>(app: AppHandle<R>) {
    std::thread::spawn(move || {
        let (tx, rx) = mpsc::channel::<PathBuf>();
        let mut watching: Option<(PathBuf, PathBuf, notify::RecommendedWatcher)> = None;
        loop {
            let wanted = shared_folder(&app);
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
                    if let Ok(mut watcher) = watcher {
                        if watcher.watch(&folder, RecursiveMode::Recursive).is_ok() {
                            watching = Some((folder, own, watcher));
                            // What arrived while the window was closed.
                            sync(&app);
                        }
                    }
                }
            }
            match rx.recv_timeout(LOOK_AGAIN) {
                Ok(path) => {
                    let own = watching.as_ref().map(|(_, own, _)| own.clone());
                    let mut others = from_another_desk(&path, own.as_deref());
                    // Wait for the burst to end, noting whether any file was another desk's.
                    while let Ok(more) = rx.recv_timeout(QUIET) {
                        others |= from_another_desk(&more, own.as_deref());
                    }
                    if others && watching.is_some() {
                        sync(&app);
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
