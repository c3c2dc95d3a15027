//! Sending: the mail server this desk uses, the messages built as e-mails (`lettre`), handed
//! to the server one by one, and what the server answered kept with each. Building, delivering
//! and recording are three steps, so that the window can deliver without holding the data file
//! (a slow server must not freeze the app): [`Store::messages_to_send`], [`deliver_with`],
//! [`Store::record_deliveries`]; [`Store::send_outbox`] does all three.

use std::path::Path;
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{checked_email, MailState};
use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::fold::file_stem;
use crate::platform::said::{Phrase, Said};
use crate::platform::store::Store;
use crate::{phrase, said};

/// How the connection to the mail server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Security {
    /// STARTTLS, usually on port 587.
    Starttls,
    /// TLS from the first byte, usually on port 465.
    Tls,
    /// None: only for a server on the local network.
    None,
}

impl Security {
    fn key(self) -> &'static str {
        match self {
            Security::Starttls => "starttls",
            Security::Tls => "tls",
            Security::None => "none",
        }
    }
}

/// The mail server this desk sends through (its password is in the keychain, not here).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MailServer {
    pub host: String,
    pub port: u16,
    pub security: Security,
    /// Empty when the server takes mail without logging in.
    pub username: String,
    pub from_address: String,
    pub from_name: String,
}

impl MailServer {
    /// Whether a server and a sender are set.
    pub fn is_set(&self) -> bool {
        !self.host.is_empty() && !self.from_address.is_empty()
    }

    /// The name the password is kept under in the keychain.
    pub fn keychain_account(&self) -> String {
        format!("{}@{}:{}", self.username, self.host, self.port)
    }
}

/// The mail server form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MailServerInput {
    pub host: String,
    pub port: u32,
    pub security: Security,
    pub username: String,
    pub from_address: String,
    pub from_name: String,
}

/// What a send did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SendSummary {
    pub sent: u32,
    /// Messages still queued after this try.
    pub queued: u32,
    /// Why nothing could be sent (no server set, the server unreachable or refusing the login),
    /// or an empty phrase.
    pub problem: Phrase,
}

impl SendSummary {
    /// Nothing was tried, for `why` (no server set, no password saved …); `queued` wait.
    pub fn not_tried(queued: u32, why: Error) -> SendSummary {
        SendSummary { sent: 0, queued, problem: Phrase { text: why.message, said: why.said } }
    }
}

/// A message ready to hand to the server.
pub struct Outgoing {
    pub id: i64,
    pub message: Message,
}

/// What happened to one message: the server took it (`Ok`) or not, with its answer.
pub struct Delivery {
    pub id: i64,
    pub outcome: std::result::Result<String, String>,
}

/// Whatever hands messages to a mail server (the SMTP server; a test's stand-in).
pub trait Postman {
    /// Reach the server and log in; `Err` with why not.
    fn open(&mut self) -> std::result::Result<(), Phrase>;
    /// Hand one message over; the server's answer either way.
    fn deliver(&mut self, message: &Message) -> std::result::Result<String, String>;
}

/// The network's SMTP server.
pub struct Smtp(SmtpTransport);

impl Smtp {
    pub fn new(server: &MailServer, password: Option<String>) -> Result<Smtp> {
        let builder = match server.security {
            Security::Tls => SmtpTransport::relay(&server.host),
            Security::Starttls => SmtpTransport::starttls_relay(&server.host),
            Security::None => Ok(SmtpTransport::builder_dangerous(&server.host)),
        }
        .map_err(|e| Error::new(ErrorCode::Io, said!("said-outbox-server-unusable", host = &server.host, error = e.to_string())))?;
        let mut builder = builder.port(server.port).timeout(Some(Duration::from_secs(20)));
        if !server.username.is_empty() {
            let password = password.ok_or_else(|| {
                Error::new(ErrorCode::NotAllowed, said!("said-outbox-no-password", username = &server.username, host = &server.host))
            })?;
            builder = builder.credentials(Credentials::new(server.username.clone(), password));
        }
        Ok(Smtp(builder.build()))
    }
}

/// What went wrong, in words, with the server's own answer kept (`$error`).
fn answer_of(e: &lettre::transport::smtp::Error) -> Said {
    let error = e.to_string();
    if e.is_permanent() {
        said!("said-outbox-server-refused", error = error)
    } else if e.is_transient() {
        said!("said-outbox-server-try-later", error = error)
    } else if e.is_timeout() {
        said!("said-outbox-server-timeout", error = error)
    } else if e.is_tls() {
        said!("said-outbox-server-tls", error = error)
    } else {
        said!("said-outbox-server-unreachable", error = error)
    }
}

impl Postman for Smtp {
    fn open(&mut self) -> std::result::Result<(), Phrase> {
        match self.0.test_connection() {
            Ok(true) => Ok(()),
            Ok(false) => Err(phrase!("said-outbox-server-closed")),
            Err(e) => Err(Phrase::from(answer_of(&e))),
        }
    }

    /// The answer kept with the message is in English (the outbox stores it as text).
    fn deliver(&mut self, message: &Message) -> std::result::Result<String, String> {
        match self.0.send(message) {
            Ok(response) => Ok(format!("{} {}", response.code(), response.message().collect::<Vec<_>>().join(" ")).trim().to_string()),
            Err(e) => Err(answer_of(&e).english()),
        }
    }
}

/// Hand each message to the server, in order; nothing is handed over when the server cannot be
/// reached or refuses the login (each message then carries that answer, in English, and it is
/// the problem answered).
pub fn deliver_with(postman: &mut dyn Postman, outgoing: &[Outgoing]) -> (Vec<Delivery>, Phrase) {
    if outgoing.is_empty() {
        return (Vec::new(), Phrase::default());
    }
    if let Err(answer) = postman.open() {
        let deliveries = outgoing.iter().map(|o| Delivery { id: o.id, outcome: Err(answer.text.clone()) }).collect();
        return (deliveries, answer);
    }
    (outgoing.iter().map(|o| Delivery { id: o.id, outcome: postman.deliver(&o.message) }).collect(), Phrase::default())
}

fn now() -> String {
    time::OffsetDateTime::now_utc().format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
}

impl Store {
    pub fn mail_server(&self) -> Result<MailServer> {
        Ok(self.conn().query_row("SELECT host, port, security, username, from_address, from_name FROM mail_server WHERE id = 1", [], |r| {
            let security: String = r.get(2)?;
            Ok(MailServer {
                host: r.get(0)?,
                port: r.get(1)?,
                security: match security.as_str() {
                    "tls" => Security::Tls,
                    "none" => Security::None,
                    _ => Security::Starttls,
                },
                username: r.get(3)?,
                from_address: r.get(4)?,
                from_name: r.get(5)?,
            })
        })?)
    }

    pub fn save_mail_server(&mut self, input: &MailServerInput) -> Result<MailServer> {
        let clean = |s: &str| s.chars().filter(|c| !c.is_control()).collect::<String>().trim().to_string();
        let host = clean(&input.host);
        let username = clean(&input.username);
        let from_name = clean(&input.from_name);
        let mut problems = Vec::new();
        if host.is_empty() || host.contains(char::is_whitespace) || host.contains('/') {
            problems.push(FieldError::new("host", said!("said-outbox-host-bad")));
        }
        if !(1..=65535).contains(&input.port) {
            problems.push(FieldError::new("port", said!("said-outbox-port-bad")));
        }
        let from_address = checked_email(&input.from_address);
        if from_address.is_none() {
            problems.push(FieldError::new("from_address", said!("said-outbox-email-bad", email = input.from_address.trim())));
        }
        if from_name.chars().count() > 120 {
            problems.push(FieldError::new("from_name", said!("said-outbox-from-name-long")));
        }
        if !problems.is_empty() {
            return Err(Error::validation(problems));
        }
        self.conn().execute(
            "UPDATE mail_server SET host = ?1, port = ?2, security = ?3, username = ?4, from_address = ?5, from_name = ?6,
                updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = 1",
            params![host, input.port, input.security.key(), username, from_address, from_name],
        )?;
        self.mail_server()
    }

    /// A message as the e-mail it is sent as (the same for `.eml`): a Message-ID is given on
    /// first use and kept, so that a message tried twice is recognisably one message.
    fn email_of(&self, id: i64) -> Result<Message> {
        let server = self.mail_server()?;
        if server.from_address.is_empty() {
            return Err(Error::new(ErrorCode::NotAllowed, said!("said-outbox-sender-missing")));
        }
        let m = self.outbox_message(id)?;
        let mut message_id: String = self.conn().query_row("SELECT message_id FROM outbox WHERE id = ?1", [id], |r| r.get(0))?;
        if message_id.is_empty() {
            let mut random = [0u8; 12];
            getrandom::fill(&mut random).map_err(|e| Error::new(ErrorCode::Internal, said!("said-outbox-no-randomness", error = e.to_string())))?;
            let domain = server.from_address.rsplit('@').next().unwrap_or("mobility-desk.invalid");
            message_id = format!("<{}.{id}@{domain}>", hex::encode(random));
            self.conn().execute("UPDATE outbox SET message_id = ?2 WHERE id = ?1", params![id, message_id])?;
        }
        let mailbox = |name: &str, address: &str| -> Result<Mailbox> {
            let address = address.parse().map_err(|_| Error::validation(vec![FieldError::new("recipient_email", said!("said-outbox-email-bad", email = address))]))?;
            Ok(Mailbox::new((!name.is_empty()).then(|| name.to_string()), address))
        };
        let builder = Message::builder()
            .from(mailbox(&server.from_name, &server.from_address)?)
            .to(mailbox(&m.recipient_name, &m.recipient_email)?)
            .subject(m.subject.clone())
            .message_id(Some(message_id))
            .date_now();
        let text = SinglePart::plain(m.body.clone());
        let built = match self.outbox_attachment(id)? {
            Some((name, kind, bytes)) => {
                let kind = ContentType::parse(&kind).unwrap_or(ContentType::parse("application/octet-stream").expect("a content type"));
                builder.multipart(MultiPart::mixed().singlepart(text).singlepart(Attachment::new(name).body(bytes, kind)))
            }
            None => builder.singlepart(text),
        };
        built.map_err(|e| Error::new(ErrorCode::Internal, said!("said-outbox-message-unbuilt", error = e.to_string())))
    }

    /// Queue the drafts `release` names, then build every queued message; `Err` when no server
    /// is set (the messages stay queued).
    pub fn messages_to_send(&mut self, release: &[i64]) -> Result<Vec<Outgoing>> {
        let tx = self.conn().unchecked_transaction()?;
        for id in release {
            tx.execute("UPDATE outbox SET state = 'queued', updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1 AND state = 'draft'", [id])?;
        }
        tx.commit()?;
        if !self.mail_server()?.is_set() {
            return Err(Error::new(ErrorCode::NotAllowed, said!("said-outbox-no-server")));
        }
        let ids: Vec<i64> = {
            let mut stmt = self.conn().prepare("SELECT id FROM outbox WHERE state = 'queued' ORDER BY id")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        ids.into_iter().map(|id| Ok(Outgoing { id, message: self.email_of(id)? })).collect()
    }

    /// Keep what the server answered: a message taken is sent, with its date; one refused
    /// stays queued with the answer, to be tried again.
    pub fn record_deliveries(&mut self, deliveries: &[Delivery], problem: &Phrase) -> Result<SendSummary> {
        let tx = self.conn().unchecked_transaction()?;
        let at = now();
        let mut sent = 0;
        for d in deliveries {
            match &d.outcome {
                Ok(answer) => {
                    sent += tx.execute(
                        "UPDATE outbox SET state = 'sent', sent_at = ?2, answer = ?3, attempts = attempts + 1, last_attempt_at = ?2, updated_at = ?2 WHERE id = ?1 AND state = 'queued'",
                        params![d.id, at, answer],
                    )? as u32;
                }
                Err(answer) => {
                    tx.execute("UPDATE outbox SET answer = ?2, attempts = attempts + 1, last_attempt_at = ?3 WHERE id = ?1 AND state = 'queued'", params![d.id, answer, at])?;
                }
            }
        }
        tx.commit()?;
        let queued = self.queued_count()?;
        Ok(SendSummary { sent, queued, problem: problem.clone() })
    }

    /// Queue `release` and send every queued message through `postman`.
    pub fn send_outbox(&mut self, release: &[i64], postman: &mut dyn Postman) -> Result<SendSummary> {
        let outgoing = match self.messages_to_send(release) {
            Ok(outgoing) => outgoing,
            Err(e) if e.code == ErrorCode::NotAllowed => {
                let queued = self.queued_count()?;
                return Ok(SendSummary::not_tried(queued, e));
            }
            Err(e) => return Err(e),
        };
        let (deliveries, problem) = deliver_with(postman, &outgoing);
        self.record_deliveries(&deliveries, &problem)
    }

    /// How many messages wait in the queue.
    pub fn queued_count(&self) -> Result<u32> {
        Ok(self.conn().query_row("SELECT count(*) FROM outbox WHERE state = 'queued'", [], |r| r.get(0))?)
    }

    /// Whether any message waits in the queue (the window then tries again now and then).
    pub fn outbox_has_queued(&self) -> Result<bool> {
        Ok(self.conn().query_row("SELECT EXISTS (SELECT 1 FROM outbox WHERE state = 'queued')", [], |r| r.get(0))?)
    }

    /// A message as an `.eml` file (to open in a mail program): its name and bytes.
    pub fn outbox_eml(&self, id: i64) -> Result<(String, Vec<u8>)> {
        let m = self.outbox_message(id)?;
        if m.state == MailState::Discarded {
            return Err(Error::new(ErrorCode::NotAllowed, said!("said-outbox-discarded")));
        }
        let bytes = self.email_of(id)?.formatted();
        Ok((format!("{}.eml", file_stem(&format!("{} {}", m.subject, m.recipient_name))), bytes))
    }

    /// Write a message's `.eml` file to `path` (a temporary name first, then renamed).
    pub fn write_outbox_eml(&self, id: i64, path: &Path) -> Result<()> {
        let (_, bytes) = self.outbox_eml(id)?;
        crate::platform::files::write_atomic(path, &bytes)
    }
}
