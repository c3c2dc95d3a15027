//! Composing: one message per thing that happened, written from its template into the outbox
//! as a draft. What a message is about is kept (`about`), so composing again writes only what
//! is new; a recipient without a usable address is named and left out, never guessed.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::templates::{fill, MailKind, Value};
use super::checked_email;
use crate::documents::i18n::Words;
use crate::funding::payments::{PaymentKind, PaymentState};
use crate::intake::applications::Role;
use crate::intake::selection::applicant_name;
use crate::letters::content::period_text;
use crate::letters::{letter_file_name, printed_reference};
use crate::platform::error::{Error, FieldError, Result};
use crate::platform::said::Phrase;
use crate::platform::store::Store;

/// What to compose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ComposeRequest {
    #[ts(type = "number")]
    pub cycle_id: i64,
    pub kind: MailKind,
    /// The messages' language; empty: the network's (an award letter's message is always in
    /// its letter's language).
    pub language: Option<String>,
}

/// Someone not written to, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Skipped {
    pub who: String,
    pub reason: Phrase,
}

/// What composing did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ComposeSummary {
    pub kind: MailKind,
    /// Drafts written.
    pub created: u32,
    /// Messages composed before (in the outbox, sent or discarded): not written again.
    pub already: u32,
    pub skipped: Vec<Skipped>,
    #[ts(type = "number[]")]
    pub ids: Vec<i64>,
}

/// A message before its template is filled.
pub(super) struct Draft {
    pub about: String,
    pub who: String,
    pub recipient_name: String,
    pub recipient_email: String,
    pub language: String,
    pub values: Vec<(&'static str, Value)>,
    pub attachment: Option<(String, String, Vec<u8>)>,
}

/// Whom an application's messages go to: its contact person, else the hub's.
pub(super) fn recipient(person: &str, person_email: &str, contact: &str, contact_email: &str, hub: &str) -> (String, String) {
    if !person_email.trim().is_empty() {
        let name = if person.trim().is_empty() { hub } else { person };
        (name.trim().to_string(), person_email.trim().to_string())
    } else {
        let name = if contact.trim().is_empty() { hub } else { contact };
        (name.trim().to_string(), contact_email.trim().to_string())
    }
}

/// The words of `language`, else English's.
pub(super) fn words_in(language: &str) -> Words {
    Words::of(language).or_else(|| Words::of("en")).expect("English words")
}

/// A grant of a cycle with whom its messages go to (the payments' and reminders' messages).
pub(super) struct GrantContact {
    pub grant_id: i64,
    pub applicant: String,
    pub hub: String,
    /// Its latest letter's printed reference, else its number.
    pub reference: String,
    pub recipient_name: String,
    pub recipient_email: String,
}

fn text(value: impl Into<String>) -> Value {
    Value::Text(value.into())
}

impl Store {
    /// Compose a kind of message for a cycle: a draft for each recipient not written to before.
    pub fn compose_mail(&mut self, request: &ComposeRequest) -> Result<ComposeSummary> {
        let today = time::OffsetDateTime::now_utc().date();
        self.compose_mail_on(request, today)
    }

    /// `compose_mail` as on `today` (the reminders depend on the day).
    pub fn compose_mail_on(&mut self, request: &ComposeRequest, today: time::Date) -> Result<ComposeSummary> {
        let cycle = self.cycle(request.cycle_id)?;
        let settings = self.settings()?;
        let language = match request.language.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
            Some(l) if super::mail_languages().contains(&l) => l.to_string(),
            Some(l) => return Err(Error::validation(vec![FieldError::new("language", crate::said!("said-outbox-no-language", language = l))])),
            None => settings.default_language.clone(),
        };
        let drafts = match request.kind {
            MailKind::Award => self.award_drafts(request.cycle_id)?,
            MailKind::Rejection => self.status_drafts(request.cycle_id, "declined", "rejection", &language)?,
            MailKind::WaitingList => self.status_drafts(request.cycle_id, "waiting", "waiting", &language)?,
            MailKind::PaymentMade => self.payment_drafts(request.cycle_id, &language)?,
            MailKind::ReportReminder => self.reminder_drafts(request.cycle_id, &language, today)?,
            MailKind::ReviewerInvitation => self.invitation_drafts(request.cycle_id, &language)?,
        };
        let common = [("cycle", cycle.title.clone()), ("network", settings.network_name.clone()), ("signatory", settings.signatory_name.clone())];
        let actor = crate::team::actor_of(self.conn());
        let mut summary = ComposeSummary { kind: request.kind, created: 0, already: 0, skipped: Vec::new(), ids: Vec::new() };
        let tx = self.conn().unchecked_transaction()?;
        for draft in drafts {
            let known: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM outbox WHERE about = ?1)", [&draft.about], |r| r.get(0))?;
            if known {
                summary.already += 1;
                continue;
            }
            let Some(email) = checked_email(&draft.recipient_email) else {
                let reason = if draft.recipient_email.trim().is_empty() {
                    crate::phrase!("said-outbox-skipped-no-email")
                } else {
                    crate::phrase!("said-outbox-skipped-email-bad", email = draft.recipient_email.trim())
                };
                summary.skipped.push(super::Skipped { who: draft.who, reason });
                continue;
            };
            let template = self.mail_template(request.kind, &draft.language)?;
            let mut values: Vec<(&str, Value)> = common.iter().map(|(k, v)| (*k, text(v.clone()))).collect();
            values.push(("recipient", text(draft.recipient_name.clone())));
            values.extend(draft.values);
            let (subject, body) = fill(&draft.language, &template.subject, &template.body, &values)?;
            let (attachment_name, attachment_type, attachment) = match draft.attachment {
                Some((name, kind, bytes)) => (Some(name), Some(kind), Some(bytes)),
                None => (None, None, None),
            };
            tx.execute(
                "INSERT INTO outbox (kind, about, cycle_id, recipient_name, recipient_email, language, subject, body, attachment_name, attachment_type, attachment, actor)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                params![request.kind.key(), draft.about, request.cycle_id, draft.recipient_name, email, draft.language, subject, body, attachment_name, attachment_type, attachment, actor],
            )?;
            summary.ids.push(tx.last_insert_rowid());
            summary.created += 1;
        }
        tx.commit()?;
        Ok(summary)
    }

    /// The grants of a cycle meeting `condition` (SQL over `g`, the grant), each with its
    /// applicant, reference and recipient, in the order they were made.
    pub(super) fn grant_contacts(&self, cycle_id: i64, condition: &str) -> Result<Vec<GrantContact>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT g.id, a.person_name, a.person_email, a.role, h.name, h.contact_name, h.contact_email,
                    (SELECT l.reference || CASE WHEN l.version > 1 THEN '/' || l.version ELSE '' END FROM letters l WHERE l.grant_id = g.id ORDER BY l.version DESC LIMIT 1)
               FROM grants g JOIN applications a ON a.id = g.application_id JOIN hubs h ON h.id = a.hub_id
              WHERE g.cycle_id = ?1 AND ({condition}) ORDER BY g.id"
        ))?;
        let rows = stmt.query_map([cycle_id], |r| {
            let (grant_id, person, person_email, role): (i64, String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            let (hub, contact, contact_email, reference): (String, String, String, Option<String>) = (r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?);
            let (recipient_name, recipient_email) = recipient(&person, &person_email, &contact, &contact_email, &hub);
            Ok(GrantContact {
                grant_id,
                applicant: applicant_name(&person, &hub, Role::parse(&role).unwrap_or(Role::Visiting)),
                hub,
                reference: reference.unwrap_or_else(|| format!("#{grant_id}")),
                recipient_name,
                recipient_email,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// An award message per grant awarded, with its latest letter attached.
    fn award_drafts(&self, cycle_id: i64) -> Result<Vec<Draft>> {
        let mut stmt = self.conn().prepare(
            "SELECT l.id, l.grant_id, l.reference, l.version, l.language, l.total_cents, a.person_name, a.person_email, a.role, h.name, h.contact_name, h.contact_email
               FROM letters l JOIN grants g ON g.id = l.grant_id JOIN applications a ON a.id = g.application_id JOIN hubs h ON h.id = a.hub_id
              WHERE g.cycle_id = ?1 AND g.state = 'awarded' AND l.version = (SELECT max(version) FROM letters x WHERE x.grant_id = l.grant_id)
              ORDER BY l.reference",
        )?;
        type LetterRow = (i64, i64, String, u32, String, i64, String, String, String, String, String, String);
        let rows: Vec<LetterRow> = stmt
            .query_map([cycle_id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?, r.get(10)?, r.get(11)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut drafts = Vec::new();
        for (letter_id, grant_id, base, version, language, total, person, person_email, role, hub, contact, contact_email) in rows {
            let words = words_in(&language);
            let facts = self.letter_facts(grant_id)?;
            let reference = printed_reference(&base, version);
            let applicant = applicant_name(&person, &hub, Role::parse(&role).unwrap_or(Role::Visiting));
            let file = letter_file_name(&reference, &applicant);
            let (name, email) = recipient(&person, &person_email, &contact, &contact_email, &hub);
            let deadline = facts.report_deadline.as_deref().map(|d| words.date_text(d)).unwrap_or_default();
            drafts.push(Draft {
                about: format!("award:letter:{letter_id}"),
                who: format!("{applicant} ({reference})"),
                recipient_name: name,
                recipient_email: email,
                language: words.language.to_string(),
                values: vec![
                    ("hub", text(hub)),
                    ("reference", text(reference)),
                    ("amount", text(words.money(total))),
                    ("period", text(period_text(&facts, words))),
                    ("report_deadline", text(deadline)),
                    ("letter", text(file.clone())),
                ],
                attachment: Some((file, "application/pdf".to_string(), self.letter_pdf(letter_id)?)),
            });
        }
        Ok(drafts)
    }

    /// A message per application of the cycle with `status` (not selected, waiting list).
    fn status_drafts(&self, cycle_id: i64, status: &str, about: &str, language: &str) -> Result<Vec<Draft>> {
        let mut stmt = self.conn().prepare(
            "SELECT a.id, a.person_name, a.person_email, a.role, h.name, h.contact_name, h.contact_email
               FROM applications a JOIN hubs h ON h.id = a.hub_id WHERE a.cycle_id = ?1 AND a.status = ?2 ORDER BY a.id",
        )?;
        let rows: Vec<(i64, String, String, String, String, String, String)> = stmt
            .query_map(params![cycle_id, status], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows
            .into_iter()
            .map(|(id, person, person_email, role, hub, contact, contact_email)| {
                let (name, email) = recipient(&person, &person_email, &contact, &contact_email, &hub);
                Draft {
                    about: format!("{about}:application:{id}"),
                    who: format!("{} (#{id})", applicant_name(&person, &hub, Role::parse(&role).unwrap_or(Role::Visiting))),
                    recipient_name: name,
                    recipient_email: email,
                    language: language.to_string(),
                    values: vec![("hub", text(hub)), ("reference", text(format!("#{id}")))],
                    attachment: None,
                }
            })
            .collect())
    }

    /// A message per instalment paid.
    fn payment_drafts(&self, cycle_id: i64, language: &str) -> Result<Vec<Draft>> {
        let words = words_in(language);
        let mut drafts = Vec::new();
        for g in self.grant_contacts(cycle_id, "g.state <> 'draft'")? {
            for payment in self.grant_payments(g.grant_id)?.payments {
                if payment.kind != PaymentKind::Instalment || payment.state != PaymentState::Paid || payment.amount_cents == 0 {
                    continue;
                }
                drafts.push(Draft {
                    about: format!("paid:payment:{}", payment.id),
                    who: format!("{} ({}, {})", g.applicant, g.reference, payment.label),
                    recipient_name: g.recipient_name.clone(),
                    recipient_email: g.recipient_email.clone(),
                    language: words.language.to_string(),
                    values: vec![
                        ("hub", text(g.hub.clone())),
                        ("reference", text(g.reference.clone())),
                        ("amount", text(words.money(payment.amount_cents))),
                        ("instalment", text(payment.label.in_language(words.language))),
                        ("paid_on", text(payment.paid_on.as_deref().map(|d| words.date_text(d)).unwrap_or_default())),
                    ],
                    attachment: None,
                });
            }
        }
        Ok(drafts)
    }

    /// An invitation per reviewer with applications to score, their sheet attached.
    fn invitation_drafts(&self, cycle_id: i64, language: &str) -> Result<Vec<Draft>> {
        let mut drafts = Vec::new();
        for reviewer in self.reviewers(cycle_id)? {
            let (file, bytes, count) = self.blank_review_workbook(reviewer.id)?;
            if count == 0 {
                continue;
            }
            drafts.push(Draft {
                about: format!("invite:reviewer:{}", reviewer.id),
                who: reviewer.name.clone(),
                recipient_name: reviewer.name.clone(),
                recipient_email: reviewer.email.clone(),
                language: language.to_string(),
                values: vec![
                    ("hub", text(reviewer.hub_name.clone().unwrap_or_default())),
                    ("applications", Value::Number(i64::from(count))),
                    ("sheet", text(file.clone())),
                ],
                attachment: Some((file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_string(), bytes)),
            });
        }
        Ok(drafts)
    }
}
