//! The outbox (issue 19): e-mails written from templates for what the data says happened (an
//! award letter issued, an application not selected or on the waiting list, an instalment
//! paid, a report due or overdue, a reviewer's applications), checked and edited by staff,
//! then sent through the network's mail server. A message the server cannot take yet stays
//! queued and is tried again; a message sent is kept with the server's answer.
//!
//! The parts: `templates.rs` (the messages' Fluent templates and their fields), `compose.rs`
//! (who is written to, about what, once), `reminders.rs` (report reminders on the cycle's
//! schedule), `send.rs` (the mail server, delivery and `.eml` files), `credentials.rs` (the
//! server's password, kept in the operating system's keychain and nowhere else).

mod compose;
mod credentials;
mod reminders;
mod send;
mod templates;

pub use compose::{ComposeRequest, ComposeSummary, Skipped};
pub use credentials::{forget_mail_password, mail_password, set_mail_password, use_mock_keychain};
pub use reminders::ReminderSchedule;
pub use send::{deliver_with, MailServer, MailServerInput, Postman, Security, SendSummary, Smtp};
pub use templates::{mail_languages, MailKind, MailTemplate, TemplateField, TemplateInput};

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::said::Phrase;
use crate::platform::store::Store;
use crate::said;
use crate::registry::hubs::valid_email;

/// Where a message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MailState {
    /// Composed: to check, edit and send.
    Draft,
    /// To send: tried until the server takes it.
    Queued,
    /// The server took it.
    Sent,
    /// Not to be sent; kept so that it is not composed again.
    Discarded,
}

impl MailState {
    fn key(self) -> &'static str {
        match self {
            MailState::Draft => "draft",
            MailState::Queued => "queued",
            MailState::Sent => "sent",
            MailState::Discarded => "discarded",
        }
    }

    fn from_key(key: &str) -> MailState {
        match key {
            "queued" => MailState::Queued,
            "sent" => MailState::Sent,
            "discarded" => MailState::Discarded,
            _ => MailState::Draft,
        }
    }
}

/// One message of the outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OutboxMessage {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: MailKind,
    /// What it is about, in words: "Award letter (P2P-2027-003.pdf)".
    pub about: Phrase,
    #[ts(type = "number | null")]
    pub cycle_id: Option<i64>,
    pub cycle_title: Option<String>,
    pub recipient_name: String,
    pub recipient_email: String,
    pub language: String,
    pub subject: String,
    pub body: String,
    /// The attached file's name, if any.
    pub attachment_name: Option<String>,
    #[ts(type = "number")]
    pub attachment_bytes: i64,
    pub state: MailState,
    pub attempts: u32,
    pub last_attempt_at: Option<String>,
    /// The server's last answer (why it is still queued, or how it took the message).
    pub answer: String,
    pub sent_at: Option<String>,
    pub created_at: String,
}

/// The outbox in the window: its messages, newest first, and how many are in each state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Outbox {
    pub messages: Vec<OutboxMessage>,
    pub drafts: u32,
    pub queued: u32,
    pub sent: u32,
    /// Whether a mail server is set (else Send explains what to do).
    pub server_set: bool,
}

/// A message as staff edit it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MessageInput {
    pub recipient_name: String,
    pub recipient_email: String,
    pub subject: String,
    pub body: String,
}

const SELECT: &str = "SELECT o.id, o.kind, o.about, o.cycle_id, c.title, o.recipient_name, o.recipient_email, o.language, o.subject, o.body,
        o.attachment_name, coalesce(length(o.attachment), 0), o.state, o.attempts, o.last_attempt_at, o.answer, o.sent_at, o.created_at
   FROM outbox o LEFT JOIN cycles c ON c.id = o.cycle_id";

fn message_of(r: &Row<'_>) -> rusqlite::Result<OutboxMessage> {
    let kind: String = r.get(1)?;
    let kind = MailKind::from_key(&kind).unwrap_or(MailKind::Award);
    let about: String = r.get(2)?;
    let state: String = r.get(12)?;
    Ok(OutboxMessage {
        id: r.get(0)?,
        kind,
        about: about_in_words(kind, &about, r.get::<_, Option<String>>(10)?.as_deref()),
        cycle_id: r.get(3)?,
        cycle_title: r.get(4)?,
        recipient_name: r.get(5)?,
        recipient_email: r.get(6)?,
        language: r.get(7)?,
        subject: r.get(8)?,
        body: r.get(9)?,
        attachment_name: r.get(10)?,
        attachment_bytes: r.get(11)?,
        state: MailState::from_key(&state),
        attempts: r.get(13)?,
        last_attempt_at: r.get(14)?,
        answer: r.get(15)?,
        sent_at: r.get(16)?,
        created_at: r.get(17)?,
    })
}

/// "award:letter:12" as staff read it: "Award letter (P2P-2027-003.pdf)", "Report reminder of
/// 2027-09-16".
fn about_in_words(kind: MailKind, about: &str, attachment: Option<&str>) -> Phrase {
    match (kind, about.rsplit(':').next(), attachment) {
        (MailKind::ReportReminder, Some(day), _) => crate::phrase!("said-outbox-about-reminder", kind = kind.key(), day = day),
        (_, _, Some(file)) => crate::phrase!("said-outbox-about-file", kind = kind.key(), file = file),
        _ => crate::phrase!("said-outbox-about", kind = kind.key()),
    }
}

/// A recipient's address, checked.
pub(crate) fn checked_email(email: &str) -> Option<String> {
    let email = email.trim();
    (valid_email(email) && email.parse::<lettre::Address>().is_ok()).then(|| email.to_string())
}

impl Store {
    /// The outbox: every message not discarded, newest first.
    pub fn outbox(&self) -> Result<Outbox> {
        let mut stmt = self.conn().prepare(&format!("{SELECT} WHERE o.state <> 'discarded' ORDER BY o.id DESC"))?;
        let messages: Vec<OutboxMessage> = stmt.query_map([], message_of)?.collect::<rusqlite::Result<_>>()?;
        let count = |state: MailState| messages.iter().filter(|m| m.state == state).count() as u32;
        let server_set = self.mail_server()?.is_set();
        Ok(Outbox { drafts: count(MailState::Draft), queued: count(MailState::Queued), sent: count(MailState::Sent), messages, server_set })
    }

    pub fn outbox_message(&self, id: i64) -> Result<OutboxMessage> {
        self.conn()
            .query_row(&format!("{SELECT} WHERE o.id = ?1"), [id], message_of)
            .optional()?
            .ok_or_else(|| Error::not_found(said!("said-outbox-no-message", id = id)))
    }

    /// Edit a message before it is sent; a message sent is never changed.
    pub fn edit_outbox_message(&mut self, id: i64, input: &MessageInput) -> Result<OutboxMessage> {
        let message = self.outbox_message(id)?;
        if matches!(message.state, MailState::Sent | MailState::Discarded) {
            return Err(Error::new(ErrorCode::NotAllowed, said!("said-outbox-message-final", state = message.state.key())));
        }
        let mut problems = Vec::new();
        let name: String = input.recipient_name.chars().filter(|c| !c.is_control()).collect::<String>().trim().to_string();
        let email = checked_email(&input.recipient_email);
        if email.is_none() {
            problems.push(FieldError::new("recipient_email", said!("said-outbox-email-bad", email = input.recipient_email.trim())));
        }
        let subject = input.subject.split_whitespace().collect::<Vec<_>>().join(" ");
        if subject.is_empty() {
            problems.push(FieldError::new("subject", said!("said-outbox-subject-missing")));
        } else if subject.chars().count() > 200 {
            problems.push(FieldError::new("subject", said!("said-outbox-subject-long")));
        }
        let body = input.body.replace("\r\n", "\n").trim_end().to_string();
        if body.trim().is_empty() {
            problems.push(FieldError::new("body", said!("said-outbox-body-missing")));
        }
        if !problems.is_empty() {
            return Err(Error::validation(problems));
        }
        self.conn().execute(
            "UPDATE outbox SET recipient_name = ?2, recipient_email = ?3, subject = ?4, body = ?5, actor = ?6,
                updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            params![id, name, email, subject, body, crate::team::actor_of(self.conn())],
        )?;
        self.outbox_message(id)
    }

    /// Discard messages not sent (they are kept, so that they are not composed again).
    pub fn discard_outbox_messages(&mut self, ids: &[i64]) -> Result<u32> {
        let tx = self.conn().unchecked_transaction()?;
        let mut discarded = 0;
        for id in ids {
            let message = self.outbox_message(*id)?;
            if message.state == MailState::Sent {
                return Err(Error::new(ErrorCode::NotAllowed, said!("said-outbox-sent-kept", email = &message.recipient_email)));
            }
            discarded += tx.execute("UPDATE outbox SET state = 'discarded', updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1 AND state <> 'discarded'", [id])? as u32;
        }
        tx.commit()?;
        Ok(discarded)
    }

    /// The file attached to a message, with its name.
    pub fn outbox_attachment(&self, id: i64) -> Result<Option<(String, String, Vec<u8>)>> {
        Ok(self
            .conn()
            .query_row("SELECT attachment_name, attachment_type, attachment FROM outbox WHERE id = ?1 AND attachment IS NOT NULL", [id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?)
    }
}
