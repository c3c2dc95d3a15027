//! The outbox in the background: when the window starts, the report reminders due that day are
//! composed; and while messages wait in the queue (the server was unreachable, the laptop
//! offline), they are tried again every few minutes. The window hears of each change
//! (`outbox-changed`). One send runs at a time, so that no message is handed over twice.

use std::sync::Mutex;
use std::time::Duration;

use mobility_desk_core::outbox::{deliver_with, mail_password, SendSummary, Smtp};
use mobility_desk_core::{Error, ErrorCode, Store};
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::AppState;

/// The event the window listens to.
pub const OUTBOX_CHANGED_EVENT: &str = "outbox-changed";

static SENDING: Mutex<()> = Mutex::new(());

/// How long between tries of the queue (`MOBILITY_DESK_OUTBOX_RETRY_SECS`, for the tests).
fn retry_every() -> Duration {
    let secs = std::env::var("MOBILITY_DESK_OUTBOX_RETRY_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(180u64);
    Duration::from_secs(secs.max(1))
}

/// Queue `release` and hand every queued message to the mail server. The data file is held
/// only to build the messages and to record the answers, not while the server answers.
pub fn send_now(store: &Mutex<Store>, release: &[i64]) -> Result<SendSummary, Error> {
    let _one_at_a_time = SENDING.lock().unwrap_or_else(|e| e.into_inner());
    let queued_now = |store: &Mutex<Store>| -> Result<u32, Error> { crate::hold(store)?.queued_count() };
    let built = {
        let mut s = crate::hold(store)?;
        s.messages_to_send(release).and_then(|outgoing| Ok((outgoing, s.mail_server()?)))
    };
    let (outgoing, server) = match built {
        Ok(built) => built,
        Err(e) if e.code == ErrorCode::NotAllowed => return Ok(SendSummary::not_tried(queued_now(store)?, e)),
        Err(e) => return Err(e),
    };
    let postman = mail_password(&server).and_then(|password| Smtp::new(&server, password));
    let mut postman = match postman {
        Ok(p) => p,
        Err(e) => return Ok(SendSummary::not_tried(queued_now(store)?, e)),
    };
    let (deliveries, problem) = deliver_with(&mut postman, &outgoing);
    crate::hold(store)?.record_deliveries(&deliveries, &problem)
}

/// Compose today's reminders, then keep trying the queue, for the life of the app.
pub fn spawn<R: Runtime>(app: AppHandle<R>) {
    std::thread::spawn(move || {
        crate::after_first_screen();
        if let Ok(store) = app.state::<AppState>().store() {
            if let Ok(created) = crate::hold(&store).and_then(|mut s| s.compose_todays_reminders()) {
                if created > 0 {
                    let _ = app.emit(OUTBOX_CHANGED_EVENT, ());
                }
            }
        }
        loop {
            std::thread::sleep(retry_every());
            let Ok(store) = app.state::<AppState>().store() else { continue };
            let waiting = crate::hold(&store).and_then(|s| Ok(s.outbox_has_queued()? && s.mail_server()?.is_set())).unwrap_or(false);
            if waiting {
                if let Ok(summary) = send_now(&store, &[]) {
                    let _ = app.emit(OUTBOX_CHANGED_EVENT, summary);
                }
            }
        }
    });
}
