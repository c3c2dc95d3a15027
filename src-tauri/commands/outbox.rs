//! The outbox: composing messages, checking and editing them, sending them through the mail
//! server (the delivery runs off the data file's lock: `mail_watch::send_now`), the server's
//! settings and password (kept in the system's keychain), templates and reminder schedules.

use mobility_desk_core::outbox::{
    forget_mail_password, mail_password, set_mail_password, ComposeRequest, ComposeSummary, MailKind, MailServer, MailServerInput, MailTemplate, MessageInput, Outbox,
    OutboxMessage, ReminderSchedule, SendSummary, TemplateInput,
};

use super::prelude::*;
use super::FileKind;

const EML: FileKind = FileKind { filter: || said!("said-shell-filter-eml"), extension: "eml" };

/// The mail server's settings, and whether a password is kept for its user.
#[derive(Debug, Serialize, TS)]
pub struct MailServerView {
    pub server: MailServer,
    pub password_saved: bool,
    /// Why the keychain could not be read, or an empty phrase.
    pub keychain_problem: mobility_desk_core::platform::said::Phrase,
}

fn view(server: MailServer) -> MailServerView {
    let (password_saved, keychain_problem) = match mail_password(&server) {
        Ok(p) => (p.is_some(), Default::default()),
        Err(e) => (false, mobility_desk_core::platform::said::Phrase { text: e.message, said: e.said }),
    };
    MailServerView { server, password_saved, keychain_problem }
}

#[tauri::command]
pub fn outbox_list(state: State<'_, AppState>) -> Result<Outbox, Error> {
    state.with(|s| s.outbox())
}

#[tauri::command]
pub fn outbox_message_get(state: State<'_, AppState>, id: Payload<i64>) -> Result<OutboxMessage, Error> {
    state.with(|s| s.outbox_message(id.0))
}

/// A draft for each recipient of this kind of message in the cycle not written to before.
#[tauri::command]
pub fn outbox_compose(state: State<'_, AppState>, request: Payload<ComposeRequest>) -> Result<ComposeSummary, Error> {
    state.with(|s| s.compose_mail(&request.0))
}

#[tauri::command]
pub fn outbox_edit(state: State<'_, AppState>, id: Payload<i64>, input: Payload<MessageInput>) -> Result<OutboxMessage, Error> {
    state.with(|s| s.edit_outbox_message(id.0, &input.0))
}

/// Messages not to send; kept so that they are not composed again.
#[tauri::command]
pub fn outbox_discard(state: State<'_, AppState>, ids: Payload<Vec<i64>>) -> Result<u32, Error> {
    state.with(|s| s.discard_outbox_messages(&ids.0))
}

/// Queue the drafts `ids` and send every queued message; what the server could not take stays
/// queued (and is tried again in the background).
#[tauri::command]
pub async fn outbox_send(state: State<'_, AppState>, ids: Payload<Vec<i64>>) -> Result<SendSummary, Error> {
    let store = state.store()?;
    blocking(move || crate::mail_watch::send_now(&store, &ids.0)).await
}

///  Native save dialog; null when cancelled.
#[tauri::command]
pub async fn outbox_save_eml<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, id: Payload<i64>) -> Result<Option<ExportResult>, Error> {
    let (name, _) = state.with(|s| s.outbox_eml(id.0))?;
    save_as(&app, &state, &state.say(said!("said-shell-dialog-save-eml")), &name, EML, move |s, path| {
        s.write_outbox_eml(id.0, path)?;
        Ok(ExportResult { path: shown(path), count: 1 })
    })
    .await
}

#[tauri::command]
pub fn mail_server_get(state: State<'_, AppState>) -> Result<MailServerView, Error> {
    state.with(|s| s.mail_server()).map(view)
}

/// Save the server; `password`, when given, goes to the system's keychain (never the data file).
#[tauri::command]
pub fn mail_server_save(state: State<'_, AppState>, input: Payload<MailServerInput>, password: Payload<Option<String>>) -> Result<MailServerView, Error> {
    let server = state.with(|s| s.save_mail_server(&input.0))?;
    if let Some(password) = password.0.filter(|p| !p.is_empty()) {
        set_mail_password(&server, &password)?;
    }
    Ok(view(server))
}

/// Remove the server user's password from the keychain.
#[tauri::command]
pub fn mail_password_forget(state: State<'_, AppState>) -> Result<MailServerView, Error> {
    let server = state.with(|s| s.mail_server())?;
    forget_mail_password(&server)?;
    Ok(view(server))
}

#[tauri::command]
pub fn mail_templates_list(state: State<'_, AppState>) -> Result<Vec<MailTemplate>, Error> {
    state.with(|s| s.mail_templates())
}

/// Checked first: an unknown field is refused by name.
#[tauri::command]
pub fn mail_template_save(state: State<'_, AppState>, input: Payload<TemplateInput>) -> Result<MailTemplate, Error> {
    state.with(|s| s.save_mail_template(&input.0))
}

#[tauri::command]
pub fn mail_template_reset(state: State<'_, AppState>, kind: Payload<MailKind>, language: Payload<String>) -> Result<MailTemplate, Error> {
    state.with(|s| s.reset_mail_template(kind.0, &language.0))
}

#[tauri::command]
pub fn reminder_schedule_get(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<ReminderSchedule, Error> {
    state.with(|s| s.reminder_schedule(cycle_id.0))
}

#[tauri::command]
pub fn reminder_schedule_save(state: State<'_, AppState>, schedule: Payload<ReminderSchedule>) -> Result<ReminderSchedule, Error> {
    state.with(|s| s.save_reminder_schedule(&schedule.0))
}
