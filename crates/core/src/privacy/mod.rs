//! What the network holds on a person (issue 21): the register of personal data (which table,
//! which column, about whom, why, under which retention rule), and a person's access export,
//! everything held about them as JSON and as a readable PDF (`pdf.rs`).
//!
//! A person is named by their e-mail and/or their name. A record is theirs when its e-mail is
//! theirs; a record without an e-mail is theirs when its name is (compared with case, accents
//! and scripts folded). A record with another e-mail is never theirs, whatever its name: two
//! people of one name are not merged.

pub mod erasure;
pub mod past;
mod pdf;
pub mod retention;

use std::collections::BTreeMap;

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::platform::error::{Error, FieldError, Result};
use crate::platform::fold::ascii_key;
use crate::platform::store::Store;
use crate::said;

/// What a piece of personal data is, and whose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DataKind {
    /// The contact person of a member hub.
    HubContact,
    /// The person named on an application (its manager, the staff member, the visitor).
    Applicant,
    /// A reviewer of a cycle's applications.
    Reviewer,
    /// The scores and notes a reviewer gave.
    ReviewScore,
    /// A participant's story.
    StoryAuthor,
    /// The photos of a participant's story.
    StoryPhoto,
    /// The holder of a bank account grants are paid to.
    AccountHolder,
    /// An issued award letter, which names the hub's contact or the participant.
    AwardLetter,
    /// The recipient of an e-mail of the outbox.
    MailRecipient,
    /// The person working at a desk of the team.
    DeskPerson,
}

/// Why it is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// To reach the hub about its membership and programmes.
    Contact,
    /// To assess and select applications, and to compute and award grants.
    Selection,
    /// To pay grants and account for them.
    Payment,
    /// To publish the participants' stories, with their consent.
    Publication,
    /// To send the e-mails of a cycle (awards, reminders, invitations).
    Correspondence,
    /// To know who made each change (the audit trail).
    Accountability,
}

/// The rule that says how long it is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Retention {
    /// Contact details: while the hub is a member, then a period after its last cycle.
    ContactDetails,
    /// Applications and reviews: a period after their cycle is closed.
    Applications,
    /// Stories and photos: a period after their publication.
    Stories,
    /// Financial records (grants, payments, bank details, award letters): as long as
    /// accounting law requires.
    Financial,
    /// The audit trail: as long as the records it accounts for.
    Audit,
}

/// One line of the register: columns of a table holding one kind of personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RegisterEntry {
    pub kind: DataKind,
    pub table: String,
    pub columns: Vec<String>,
    pub purpose: Purpose,
    pub retention: Retention,
}

/// The register, in code: every column of the data file that holds personal data.
const REGISTER: &[(DataKind, &str, &[&str], Purpose, Retention)] = &[
    (DataKind::HubContact, "hubs", &["contact_name", "contact_email"], Purpose::Contact, Retention::ContactDetails),
    (DataKind::Applicant, "applications", &["person_name", "person_email", "person_role", "needs"], Purpose::Selection, Retention::Applications),
    (DataKind::Reviewer, "reviewers", &["name", "email"], Purpose::Selection, Retention::Applications),
    (DataKind::ReviewScore, "reviews", &["reviewer", "score", "note"], Purpose::Selection, Retention::Applications),
    (DataKind::StoryAuthor, "stories", &["title", "author", "body", "consent_on", "consent_scope"], Purpose::Publication, Retention::Stories),
    (DataKind::StoryPhoto, "story_photos", &["caption", "original_name", "bytes"], Purpose::Publication, Retention::Stories),
    (DataKind::AccountHolder, "bank_accounts", &["holder", "iban", "bic"], Purpose::Payment, Retention::Financial),
    (DataKind::AwardLetter, "letters", &["content", "pdf"], Purpose::Payment, Retention::Financial),
    (DataKind::MailRecipient, "outbox", &["recipient_name", "recipient_email", "subject", "body"], Purpose::Correspondence, Retention::ContactDetails),
    (DataKind::DeskPerson, "team_desks", &["person_name", "person_initials", "person_email"], Purpose::Accountability, Retention::Audit),
];

/// The register of personal data, as Settings → Data protection shows it.
pub fn register() -> Vec<RegisterEntry> {
    REGISTER
        .iter()
        .map(|(kind, table, columns, purpose, retention)| RegisterEntry {
            kind: *kind,
            table: table.to_string(),
            columns: columns.iter().map(|c| c.to_string()).collect(),
            purpose: *purpose,
            retention: *retention,
        })
        .collect()
}

fn entry(kind: DataKind) -> &'static (DataKind, &'static str, &'static [&'static str], Purpose, Retention) {
    REGISTER.iter().find(|e| e.0 == kind).expect("every kind is in the register")
}

/// A person, named by their e-mail and/or name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Subject {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
}

impl Subject {
    /// The person as asked for, trimmed (the e-mail in lower case); refused without a name or
    /// an e-mail.
    pub fn checked(&self) -> Result<Subject> {
        let subject = Subject { name: self.name.trim().to_string(), email: self.email.trim().to_lowercase() };
        if subject.name.is_empty() && subject.email.is_empty() {
            return Err(Error::validation(vec![FieldError::new("name", said!("said-privacy-subject-missing"))]));
        }
        Ok(subject)
    }

    /// Whether a record naming `name` and `email` is about this person.
    fn owns(&self, name: &str, email: &str) -> bool {
        let email = email.trim().to_lowercase();
        if !email.is_empty() && !self.email.is_empty() {
            return email == self.email;
        }
        !self.name.is_empty() && !name.trim().is_empty() && ascii_key(name) == ascii_key(&self.name)
    }

    /// Whether a candidate record is about this person. A record without an e-mail of its own
    /// is theirs by its name, unless it hangs on someone of that name with another e-mail (a
    /// namesake's story, score or account); and, asked by e-mail alone, when it hangs on them
    /// under its own name.
    fn owns_record(&self, c: &Candidate) -> bool {
        if c.email.trim().is_empty() && !self.email.is_empty() && !c.name.trim().is_empty() {
            // The people it hangs on who bear its name, by their e-mail.
            let named: Vec<String> =
                c.links.iter().filter(|(name, email)| !email.trim().is_empty() && ascii_key(name) == ascii_key(&c.name)).map(|(_, email)| email.trim().to_lowercase()).collect();
            if !named.is_empty() {
                return named.contains(&self.email);
            }
        }
        self.owns(&c.name, &c.email)
    }
}

/// A record held about the person: what it is, where, and its personal fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct HeldRecord {
    pub kind: DataKind,
    pub table: String,
    #[ts(type = "number")]
    pub id: i64,
    /// What the record belongs to, in words ("Εργαστήρι Κυψέλη, Athens", "P2P Learning 2027").
    pub context: String,
    /// Each personal column of the register and its value (a photo: its size and type; its
    /// bytes are in `photo_base64` of the JSON file).
    pub fields: BTreeMap<String, String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub photo_base64: Option<String>,
    pub purpose: Purpose,
    pub retention: Retention,
}

/// Everything the network holds on a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AccessExport {
    pub subject: Subject,
    pub network: String,
    /// When it was made (UTC, RFC 3339), and by whom.
    pub made_at: String,
    pub made_by: String,
    pub records: Vec<HeldRecord>,
}

/// A person the register knows, as a search finds them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct KnownPerson {
    pub name: String,
    pub email: String,
    /// Where they appear.
    pub kinds: Vec<DataKind>,
}

/// Rows of a table with the name and e-mail that say whose they are, and the context. A record
/// without an e-mail of its own (a story, a photo, a score, an account) also names the person
/// it hangs on (`link_name`, `link_email`): the application's person or the hub's contact, the
/// reviewer of the cycle who signed the score.
struct Candidate {
    id: i64,
    name: String,
    email: String,
    context: String,
    /// The people (name, e-mail) the record hangs on.
    links: [(String, String); 2],
}

/// The person a grant's records name: its application's person, else its hub's contact.
const GRANT_PERSON: &str = "coalesce(nullif(ap.person_name, ''), hp.contact_name), coalesce(nullif(ap.person_email, ''), hp.contact_email)";
/// The people a grant's records hang on: its application's person and its hub's contact.
const GRANT_PEOPLE: &str = "ap.person_name, ap.person_email, hp.contact_name, hp.contact_email";

/// Each kind's rows: (id, name, e-mail, context, and two people it hangs on: name, e-mail).
fn candidates_sql(kind: DataKind) -> String {
    let grant_of = "JOIN applications ap ON ap.id = g.application_id JOIN hubs hp ON hp.id = ap.hub_id";
    match kind {
        DataKind::HubContact => "SELECT id, contact_name, contact_email, name || ', ' || city, '', '', '', '' FROM hubs".into(),
        DataKind::Applicant => {
            "SELECT a.id, a.person_name, a.person_email, c.title || ' · ' || h.name, '', '', '', '' FROM applications a JOIN cycles c ON c.id = a.cycle_id JOIN hubs h ON h.id = a.hub_id".into()
        }
        DataKind::Reviewer => "SELECT r.id, r.name, r.email, c.title, '', '', '', '' FROM reviewers r JOIN cycles c ON c.id = r.cycle_id".into(),
        DataKind::ReviewScore => "SELECT v.id, v.reviewer, '', c.title || ' · #' || a.id, coalesce(r.name, ''), coalesce(r.email, ''), '', ''
             FROM reviews v JOIN applications a ON a.id = v.application_id JOIN cycles c ON c.id = a.cycle_id
             LEFT JOIN reviewers r ON r.cycle_id = a.cycle_id AND r.name = v.reviewer"
            .into(),
        DataKind::StoryAuthor => format!("SELECT s.id, s.author, '', c.title, {GRANT_PEOPLE} FROM stories s JOIN grants g ON g.id = s.grant_id JOIN cycles c ON c.id = g.cycle_id {grant_of}"),
        DataKind::StoryPhoto => format!(
            "SELECT p.id, s.author, '', c.title || ' · ' || s.title, {GRANT_PEOPLE} FROM story_photos p JOIN stories s ON s.id = p.story_id JOIN grants g ON g.id = s.grant_id JOIN cycles c ON c.id = g.cycle_id {grant_of}"
        ),
        // The network's own account is no one's personal data.
        DataKind::AccountHolder => "SELECT b.id, b.holder, '', b.owner_kind || ' ' || b.owner_id,
                    coalesce(CASE b.owner_kind WHEN 'application' THEN (SELECT person_name FROM applications WHERE id = b.owner_id) ELSE (SELECT contact_name FROM hubs WHERE id = b.owner_id) END, ''),
                    coalesce(CASE b.owner_kind WHEN 'application' THEN (SELECT person_email FROM applications WHERE id = b.owner_id) ELSE (SELECT contact_email FROM hubs WHERE id = b.owner_id) END, ''), '', ''
             FROM bank_accounts b WHERE b.iban <> '' AND b.owner_kind <> 'network'"
            .into(),
        // Named as the letter names them: the participant, else the hub's contact.
        DataKind::AwardLetter => format!(
            "SELECT l.id, {GRANT_PERSON}, l.reference || ' v' || l.version, '', '', '', '' FROM letters l JOIN grants g ON g.id = l.grant_id {grant_of} WHERE length(l.pdf) > 0"
        ),
        DataKind::MailRecipient => "SELECT id, recipient_name, recipient_email, subject, '', '', '', '' FROM outbox".into(),
        DataKind::DeskPerson => "SELECT rowid, person_name, person_email, name, '', '', '', '' FROM team_desks".into(),
    }
}

impl Store {
    fn candidates(&self, kind: DataKind) -> Result<Vec<Candidate>> {
        let mut stmt = self.conn().prepare(&candidates_sql(kind))?;
        let text = |r: &rusqlite::Row, i: usize| r.get::<_, Option<String>>(i).map(Option::unwrap_or_default);
        let rows = stmt.query_map([], |r| {
            Ok(Candidate { id: r.get(0)?, name: text(r, 1)?, email: text(r, 2)?, context: text(r, 3)?, links: [(text(r, 4)?, text(r, 5)?), (text(r, 6)?, text(r, 7)?)] })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The personal fields of one record, as the register lists them.
    fn held_fields(&self, kind: DataKind, id: i64) -> Result<(BTreeMap<String, String>, Option<String>)> {
        let (_, table, columns, ..) = entry(kind);
        let key = if *table == "team_desks" { "rowid" } else { "id" };
        let mut fields = BTreeMap::new();
        let mut photo = None;
        for column in columns.iter() {
            if *column == "bytes" {
                let (mime, bytes): (String, Vec<u8>) = self.conn().query_row("SELECT mime, bytes FROM story_photos WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))?;
                fields.insert("bytes".to_string(), format!("{mime}, {} bytes", bytes.len()));
                use base64::Engine;
                photo = Some(base64::engine::general_purpose::STANDARD.encode(&bytes));
                continue;
            }
            let value: rusqlite::types::Value = self.conn().query_row(&format!("SELECT {column} FROM {table} WHERE {key} = ?1"), params![id], |r| r.get(0))?;
            let text = match value {
                rusqlite::types::Value::Null => String::new(),
                rusqlite::types::Value::Integer(n) => n.to_string(),
                rusqlite::types::Value::Real(x) => x.to_string(),
                rusqlite::types::Value::Text(t) => t,
                rusqlite::types::Value::Blob(b) => format!("{} bytes", b.len()),
            };
            let text = if *column == "iban" { crate::platform::bank::grouped(&text) } else { text };
            fields.insert(column.to_string(), text);
        }
        Ok((fields, photo))
    }

    /// Everything held about a person, kind by kind.
    pub fn access_export(&self, subject: &Subject) -> Result<AccessExport> {
        let subject = subject.checked()?;
        let mut records = Vec::new();
        for (kind, table, _, purpose, retention) in REGISTER {
            for c in self.candidates(*kind)? {
                if !subject.owns_record(&c) {
                    continue;
                }
                let (fields, photo_base64) = self.held_fields(*kind, c.id)?;
                records.push(HeldRecord { kind: *kind, table: table.to_string(), id: c.id, context: c.context, fields, photo_base64, purpose: *purpose, retention: *retention });
            }
        }
        let settings = self.settings()?;
        Ok(AccessExport { subject, network: settings.network_name, made_at: crate::platform::dates::now_text(), made_by: self.actor(), records })
    }

    /// The people the register knows whose name or e-mail holds `text` (case and accents
    /// folded), each once (by their e-mail, or by their name where no e-mail is known), with
    /// where they appear; at most 50.
    pub fn find_people(&self, text: &str) -> Result<Vec<KnownPerson>> {
        let needle = ascii_key(text.trim());
        if needle.is_empty() {
            return Ok(Vec::new());
        }
        let mut found: BTreeMap<(String, String), KnownPerson> = BTreeMap::new();
        for (kind, ..) in REGISTER {
            for c in self.candidates(*kind)? {
                if c.name.trim().is_empty() && c.email.trim().is_empty() {
                    continue;
                }
                if !ascii_key(&c.name).contains(&needle) && !c.email.to_lowercase().contains(&text.trim().to_lowercase()) {
                    continue;
                }
                // One person an e-mail; without one, a name.
                let email = c.email.trim().to_lowercase();
                let key = if email.is_empty() { (String::new(), ascii_key(&c.name)) } else { (email, String::new()) };
                let person = found.entry(key).or_insert_with(|| KnownPerson { name: c.name.trim().to_string(), email: c.email.trim().to_lowercase(), kinds: Vec::new() });
                if !person.kinds.contains(kind) {
                    person.kinds.push(*kind);
                }
            }
        }
        let mut people: Vec<KnownPerson> = found.into_values().collect();
        people.sort_by(|a, b| ascii_key(&a.name).cmp(&ascii_key(&b.name)).then(a.email.cmp(&b.email)));
        people.truncate(50);
        Ok(people)
    }

    /// Write a person's access export: the JSON to `json` and, when asked, the PDF to `pdf`
    /// (each through a temporary file renamed into place). The number of records.
    pub fn write_access_export(&self, subject: &Subject, json: &std::path::Path, pdf: Option<(&std::path::Path, Option<&str>)>) -> Result<usize> {
        let export = self.access_export(subject)?;
        let text = serde_json::to_vec_pretty(&export).map_err(|e| Error::new(crate::platform::error::ErrorCode::Internal, e.to_string()))?;
        crate::platform::files::write_atomic(json, &text)?;
        if let Some((path, language)) = pdf {
            let bytes = self.access_export_pdf(&export, language)?;
            crate::platform::files::write_atomic(path, &bytes)?;
        }
        Ok(export.records.len())
    }
}
