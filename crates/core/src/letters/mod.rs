//! Award letters: numbered, set as PDF in English or French, archived whole with their hash.
//!
//! - [`content`] reads one grant's facts and says them in the letter's language (Fluent files
//!   in `locales/`), checking every name against the font;
//! - [`typeset`] sets the blocks on A4 pages with the bundled DejaVu Sans;
//! - this module gives numbers (`P2P-2027-007`, never reused; `/2` for a second version after
//!   an amendment), keeps each issued letter's bytes, SHA-256 and content in the store, hands
//!   back the same bytes on a reprint, and writes a cycle's letters to a folder or one file.

pub mod content;

use std::path::{Path, PathBuf};

use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use ts_rs::TS;

use crate::platform::files::write_atomic;
use crate::platform::fold::file_stem;
use crate::platform::error::{Error, ErrorCode, Result};
use crate::funding::grants::GrantState;
use crate::platform::said::{Phrase, Said};
use crate::platform::store::Store;
use crate::{phrase, said};
use content::{build, missing_setting_keys, missing_settings, LetterFacts, Numbering};
use crate::documents::i18n::Words;
use crate::documents::i18n;
use crate::documents::typeset::{self, Document};

/// An issued letter as listed (without its bytes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LetterRecord {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub grant_id: i64,
    /// As printed: `P2P-2027-007`, or `P2P-2027-007/2` for a second version.
    pub reference: String,
    pub version: u32,
    pub grant_revision: u32,
    pub language: String,
    #[ts(type = "number")]
    pub total_cents: i64,
    pub sha256: String,
    pub pages: u32,
    #[ts(type = "number")]
    pub bytes: i64,
    pub issued_on: String,
    pub issued_at: String,
    pub actor: String,
    /// A later version replaces this one.
    pub superseded: bool,
    /// False once something the letter states changed without a new grant revision: an
    /// amendment of the cycle (its dates, the report deadline, the schedule) or the dates of
    /// the P2P visit. The grant is then due a new version.
    pub cycle_current: bool,
}

/// Where a grant stands for its letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LetterStatus {
    /// An awarded grant with no letter yet.
    ToIssue,
    /// The letter states the grant as it stands.
    Issued,
    /// The grant was amended after its letter: a new version is due.
    Outdated,
    /// No letter can be issued (cancelled, €0, a draft not awarded yet); `note` says why.
    None,
}

impl LetterStatus {
    /// The words the command line prints.
    pub fn label(self) -> &'static str {
        match self {
            LetterStatus::ToIssue => "to issue",
            LetterStatus::Issued => "issued",
            LetterStatus::Outdated => "outdated",
            LetterStatus::None => "no letter",
        }
    }
}

/// One grant of a cycle with its letters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LetterRow {
    #[ts(type = "number")]
    pub grant_id: i64,
    pub applicant: String,
    pub hub_country: String,
    pub role: crate::intake::applications::Role,
    pub grant_state: GrantState,
    #[ts(type = "number")]
    pub total_cents: i64,
    pub status: LetterStatus,
    /// Why it has no letter or needs a new one; empty when neither.
    pub note: Phrase,
    /// Every version issued, oldest first.
    pub letters: Vec<LetterRecord>,
}

/// A cycle's letters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LettersOverview {
    #[ts(type = "number")]
    pub cycle_id: i64,
    pub default_language: String,
    /// What is missing in Settings before any letter can be issued (empty when ready).
    pub missing_settings: Vec<Phrase>,
    pub rows: Vec<LetterRow>,
    pub to_issue: u32,
    pub issued: u32,
    pub outdated: u32,
    /// For a desk of a team: how its letters are numbered so that no number is given twice
    /// (empty for a desk on its own).
    pub numbering: Phrase,
}

/// A letter as it would be issued, for the window's preview.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct LetterPreview {
    #[ts(type = "number")]
    pub grant_id: i64,
    pub language: String,
    /// The reference it will carry (the next free number, or the next version).
    pub reference: String,
    pub document: Document,
    /// What would stop it from being issued (settings missing); empty when it can be.
    pub problems: Vec<Phrase>,
}

/// What a batch did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BatchSummary {
    /// Letters issued by this run.
    pub issued: u32,
    /// Letters that were already issued and were reprinted as they were.
    pub reprinted: u32,
    /// Files written.
    pub files: Vec<String>,
    pub cancelled: bool,
}

/// A step of a batch, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct BatchProgress {
    pub done: u32,
    pub total: u32,
}

/// A base reference, a version, and the printed reference and issue day of the letter replaced.
type NextNumber = (String, u32, Option<(String, String)>);

fn not_allowed(message: impl crate::platform::said::Wording) -> Error {
    Error::new(ErrorCode::NotAllowed, message)
}

/// The prefix of a programme's letter numbers.
pub fn prefix_for(programme_key: &str, programme_name: &str) -> String {
    match programme_key {
        "p2p" => "P2P".to_string(),
        "staff_exchange" => "SE".to_string(),
        "hubs_alliance" => "HA".to_string(),
        "workshops" => "WS".to_string(),
        _ => {
            let letters: String = deunicode::deunicode(programme_name)
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter_map(|w| w.chars().next())
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_uppercase())
                .take(4)
                .collect();
            if letters.len() < 2 {
                "GR".to_string()
            } else {
                letters
            }
        }
    }
}

/// The printed reference of a version.
pub fn printed_reference(base: &str, version: u32) -> String {
    if version <= 1 {
        base.to_string()
    } else {
        format!("{base}/{version}")
    }
}

/// A letter's file name: its reference and the applicant, each safe on every system
/// (`P2P-2027-007-v2_Athena_Kentro.pdf`). The window's save dialog and a cycle's folder of
/// letters name files alike.
pub fn letter_file_name(reference: &str, applicant: &str) -> String {
    format!("{}_{}.pdf", file_stem(&reference.replace('/', "-v")), file_stem(applicant))
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// What a letter states that can change without a new revision of its grant, for the grant
/// named by `$grant` (an SQL expression): the cycle's count of amendments letters state, and
/// the visit of its P2P pair ("start..end", "to-agree", or "" when not a pair). Written when a
/// letter is issued, compared when it is read.
macro_rules! cycle_amendment_of {
    ($grant:literal) => {
        concat!("(SELECT c.letters_amendment FROM grants g JOIN cycles c ON c.id = g.cycle_id WHERE g.id = ", $grant, ")")
    };
}
macro_rules! visit_stated_of {
    ($grant:literal) => {
        concat!(
            "(SELECT coalesce(max(CASE WHEN p.visit_start IS NULL OR p.visit_end IS NULL THEN 'to-agree' ELSE p.visit_start || '..' || p.visit_end END), '')
                FROM grants g JOIN pairs p ON p.visiting_id = g.application_id OR p.hosting_id = g.application_id WHERE g.id = ",
            $grant,
            ")"
        )
    };
}

const RECORD_COLUMNS: &str = concat!(
    "l.id, l.grant_id, l.reference, l.version, l.grant_revision, l.language, l.total_cents, l.sha256, l.pages,
    length(l.pdf), l.issued_on, l.issued_at, l.actor,
    EXISTS (SELECT 1 FROM letters n WHERE n.grant_id = l.grant_id AND n.version > l.version),
    l.cycle_amendment = ",
    cycle_amendment_of!("l.grant_id"),
    " AND l.visit_stated = ",
    visit_stated_of!("l.grant_id")
);

fn read_record(r: &rusqlite::Row<'_>) -> rusqlite::Result<LetterRecord> {
    let reference: String = r.get(2)?;
    let version: u32 = r.get(3)?;
    Ok(LetterRecord {
        id: r.get(0)?,
        grant_id: r.get(1)?,
        reference: printed_reference(&reference, version),
        version,
        grant_revision: r.get(4)?,
        language: r.get(5)?,
        total_cents: r.get(6)?,
        sha256: r.get(7)?,
        pages: r.get(8)?,
        bytes: r.get(9)?,
        issued_on: r.get(10)?,
        issued_at: r.get(11)?,
        actor: r.get(12)?,
        superseded: r.get(13)?,
        cycle_current: r.get(14)?,
    })
}

/// A letter with its number and content, ready to set.
struct Prepared {
    grant_id: i64,
    revision: u32,
    total_cents: i64,
    year: i32,
    base: String,
    version: u32,
    language: &'static str,
    issued_on: time::Date,
    issued_at: String,
    document: Document,
}

/// A letter set: its bytes, their hash and its pages.
struct Rendered {
    pdf: Vec<u8>,
    hash: String,
    pages: u32,
}

fn prepare(facts: &LetterFacts, settings: &crate::registry::settings::NetworkSettings, words: Words, base: String, version: u32, replaces: Option<(String, String)>) -> Result<Prepared> {
    let now = OffsetDateTime::now_utc().replace_nanosecond(0).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    let numbering = Numbering { reference: printed_reference(&base, version), replaces, issued_on: crate::funding::payments::today(), created: now };
    let document = build(facts, settings, words, &numbering)?;
    Ok(Prepared {
        grant_id: facts.grant_id,
        revision: facts.revision,
        total_cents: facts.total_cents,
        year: facts.year,
        base,
        version,
        language: words.language,
        issued_on: numbering.issued_on,
        issued_at: now.format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
        document,
    })
}

impl Prepared {
    fn render(&self) -> Rendered {
        let (pdf, pages) = typeset::render_counted(&self.document);
        Rendered { hash: sha256_hex(&pdf), pdf, pages }
    }
}

/// Keep an issued letter, and move its prefix's sequence past its number.
fn store_letter(tx: &rusqlite::Transaction<'_>, p: &Prepared, r: &Rendered, actor: &str) -> Result<i64> {
    if p.version == 1 {
        let prefix = p.base.rsplitn(3, '-').nth(2).unwrap_or("GR").to_string();
        let number: u32 = p.base.rsplit('-').next().and_then(|n| n.parse().ok()).unwrap_or(1);
        tx.execute(
            "INSERT INTO letter_sequences (prefix, year, last) VALUES (?1, ?2, ?3)
             ON CONFLICT (prefix, year) DO UPDATE SET last = max(last, excluded.last)",
            params![prefix, p.year, number],
        )?;
    }
    let content = serde_json::to_string(&p.document).map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?;
    tx.execute(
        concat!(
            "INSERT INTO letters (id, grant_id, reference, version, grant_revision, language, total_cents, content, pdf, sha256, pages, issued_on, issued_at, actor,
                cycle_amendment, visit_stated)
             VALUES ((SELECT id FROM team_next_id WHERE tbl = 'letters'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ",
            cycle_amendment_of!("?1"),
            ", ",
            visit_stated_of!("?1"),
            ")"
        ),
        params![
            p.grant_id,
            p.base,
            p.version,
            p.revision,
            p.language,
            p.total_cents,
            content,
            r.pdf,
            r.hash,
            r.pages,
            crate::platform::dates::format_date(p.issued_on),
            p.issued_at,
            actor
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Set the letters on every core, in order of a shared counter, telling `progress` after each
/// (from the calling thread) and stopping when it answers `false`. Returns the letters set, in
/// order, up to the first one not set: a cancelled batch keeps a run of numbers without gaps.
fn render_all(prepared: &[Prepared], already: u32, total: u32, progress: &mut dyn FnMut(BatchProgress) -> bool) -> (Vec<Rendered>, bool) {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::mpsc;
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8).min(prepared.len().max(1));
    let mut slots: Vec<Option<Rendered>> = (0..prepared.len()).map(|_| None).collect();
    let mut cancelled = false;
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel::<(usize, Rendered)>();
        for _ in 0..workers {
            let tx = tx.clone();
            let (next, stop) = (&next, &stop);
            scope.spawn(move || loop {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(p) = prepared.get(i) else { break };
                if tx.send((i, p.render())).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for (done, (i, rendered)) in (already + 1..).zip(rx) {
            slots[i] = Some(rendered);
            if !cancelled && !progress(BatchProgress { done, total }) {
                cancelled = true;
                stop.store(true, Ordering::SeqCst);
            }
        }
    });
    let rendered: Vec<Rendered> = slots.into_iter().map_while(|r| r).collect();
    (rendered, cancelled)
}

impl Store {
    /// Every letter of a grant, oldest first.
    pub fn grant_letters(&self, grant_id: i64) -> Result<Vec<LetterRecord>> {
        let mut stmt = self.conn().prepare_cached(&format!("SELECT {RECORD_COLUMNS} FROM letters l WHERE l.grant_id = ?1 ORDER BY l.version"))?;
        let rows = stmt.query_map([grant_id], read_record)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// One letter by id.
    pub fn letter(&self, id: i64) -> Result<LetterRecord> {
        self.conn()
            .query_row(&format!("SELECT {RECORD_COLUMNS} FROM letters l WHERE l.id = ?1"), [id], read_record)
            .optional()?
            .ok_or_else(|| Error::new(ErrorCode::NotFound, said!("said-letters-letter-missing", id = id)))
    }

    /// The archived bytes of a letter, checked against the hash kept when it was issued.
    pub fn letter_pdf(&self, id: i64) -> Result<Vec<u8>> {
        let row: Option<(Vec<u8>, String, String, u32)> = self
            .conn()
            .query_row("SELECT pdf, sha256, reference, version FROM letters WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .optional()?;
        let (pdf, hash, reference, version) = row.ok_or_else(|| Error::new(ErrorCode::NotFound, said!("said-letters-letter-missing", id = id)))?;
        if pdf.is_empty() {
            // Past the financial retention period its archived copy was erased (`privacy/past.rs`).
            return Err(Error::new(ErrorCode::NotFound, said!("said-letters-letter-erased", reference = printed_reference(&reference, version))));
        }
        if sha256_hex(&pdf) != hash {
            return Err(Error::new(
                ErrorCode::Internal,
                said!("said-letters-archive-damaged", reference = printed_reference(&reference, version)),
            ));
        }
        Ok(pdf)
    }

    /// The content a letter was set from.
    pub fn letter_document(&self, id: i64) -> Result<Document> {
        let json: String = self.conn().query_row("SELECT content FROM letters WHERE id = ?1", [id], |r| r.get(0))?;
        serde_json::from_str(&json).map_err(|e| Error::new(ErrorCode::Internal, said!("said-letters-letter-unreadable", id = id, error = e.to_string())))
    }

    fn language_or_default(&self, language: Option<&str>) -> Result<Words> {
        let language = match language.map(str::trim).filter(|l| !l.is_empty()) {
            Some(l) => l.to_lowercase(),
            None => self.settings()?.default_language,
        };
        Words::of(&language).ok_or_else(|| {
            let languages = i18n::languages();
            let said = match languages.split_last() {
                Some((last, rest)) if !rest.is_empty() => said!("said-letters-language-unknown", languages = rest.join(" or "), last = *last, language = &language),
                _ => said!("said-letters-language-only", languages = languages.join(" or "), language = &language),
            };
            Error::validation(vec![crate::platform::error::FieldError::new("language", said)])
        })
    }

    /// Why a grant cannot have a letter, if it cannot.
    fn letter_refusal(facts: &LetterFacts) -> Option<Said> {
        match facts.state {
            GrantState::Cancelled => Some(said!("said-letters-grant-cancelled")),
            _ if facts.total_cents <= 0 => Some(said!("said-letters-grant-nothing")),
            _ => None,
        }
    }

    /// The number a new letter of this grant would carry (its base reference and version), and
    /// the letter it replaces with the day that one was issued.
    fn next_number(&self, facts: &LetterFacts) -> Result<NextNumber> {
        let last: Option<(String, u32, String)> = self
            .conn()
            .query_row("SELECT reference, version, issued_on FROM letters WHERE grant_id = ?1 ORDER BY version DESC LIMIT 1", [facts.grant_id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        if let Some((base, version, issued_on)) = last {
            return Ok((base.clone(), version + 1, Some((printed_reference(&base, version), issued_on))));
        }
        let name: String = self.conn().query_row(
            "SELECT p.name FROM programmes p JOIN cycles c ON c.programme_id = p.id WHERE c.id = ?1",
            [facts.cycle_id],
            |r| r.get(0),
        )?;
        // A desk of a team other than its first marks its numbers with its letter, so two desks
        // never give one number, even offline (team/mod.rs).
        let prefix = format!("{}{}", prefix_for(&facts.programme_key, &name), crate::team::reference_mark(self.conn())?);
        let last: Option<u32> =
            self.conn().query_row("SELECT last FROM letter_sequences WHERE prefix = ?1 AND year = ?2", params![prefix, facts.year], |r| r.get(0)).optional()?;
        let number = last.unwrap_or(0) + 1;
        Ok((format!("{prefix}-{}-{number:03}", facts.year), 1, None))
    }

    /// The letter as it would be issued now, without giving it a number.
    pub fn letter_preview(&self, grant_id: i64, language: Option<&str>) -> Result<LetterPreview> {
        let words = self.language_or_default(language)?;
        let cycle_id = self.letter_facts(grant_id)?.cycle_id;
        self.recompute_drafts(cycle_id)?;
        let facts = self.letter_facts(grant_id)?;
        if let Some(why) = Self::letter_refusal(&facts) {
            return Err(not_allowed(why));
        }
        let settings = self.settings()?;
        let (base, version, replaces) = self.next_number(&facts)?;
        let reference = printed_reference(&base, version);
        let numbering = Numbering { reference: reference.clone(), replaces, issued_on: crate::funding::payments::today(), created: OffsetDateTime::now_utc().replace_nanosecond(0).unwrap_or(OffsetDateTime::UNIX_EPOCH) };
        let document = build(&facts, &settings, words, &numbering)?;
        let mut problems: Vec<Phrase> =
            missing_setting_keys(&settings).into_iter().map(|key| phrase!("said-letters-preview-setting-missing", setting = key)).collect();
        if facts.state == GrantState::Draft {
            // The grant's blocked reason as its column keeps it, in English.
            problems.extend(self.grants(facts.cycle_id)?.into_iter().find(|g| g.id == grant_id).map(|g| g.blocked).filter(|b| !b.is_empty()));
        }
        Ok(LetterPreview { grant_id, language: words.language.to_string(), reference, document, problems })
    }

    /// The preview as a PDF, to open in the system's viewer (marked as not issued).
    pub fn letter_preview_pdf(&self, grant_id: i64, language: Option<&str>) -> Result<Vec<u8>> {
        let mut preview = self.letter_preview(grant_id, language)?;
        preview.document.footer = format!("{} · PREVIEW, NOT ISSUED", preview.document.footer);
        Ok(typeset::render(&preview.document))
    }

    /// Issue the letter of an awarded grant: give it its number, set it, and keep the bytes
    /// with their hash. A grant whose letter already states it gets that letter back,
    /// unchanged; an amended grant gets a new version. Refused, with what is missing, before
    /// the cycle is in Awarded, without the signatory or the network's address, for a draft
    /// (awarding is its own decision, in the Grants tab), a cancelled grant and a €0 grant.
    pub fn issue_letter(&mut self, grant_id: i64, language: Option<&str>, actor: &str) -> Result<LetterRecord> {
        let words = self.language_or_default(language)?;
        let settings = self.settings()?;
        let missing = missing_setting_keys(&settings);
        if !missing.is_empty() {
            return Err(not_allowed(settings_missing(said!("said-letters-letter-settings-missing", count = missing.len()), &missing)));
        }
        let facts = self.letter_facts(grant_id)?;
        crate::cycle::gates::check(&self.cycle(facts.cycle_id)?, crate::cycle::gates::Work::Letters)?;
        if let Some(why) = Self::letter_refusal(&facts) {
            return Err(not_allowed(why));
        }
        if facts.state == GrantState::Draft {
            let applicant = if facts.person_name.is_empty() { &facts.hub.name } else { &facts.person_name };
            return Err(not_allowed(said!("said-letters-grant-draft", applicant = applicant)));
        }
        if let Some(current) = self.grant_letters(grant_id)?.into_iter().rev().find(|l| l.grant_revision == facts.revision && l.cycle_current) {
            return Ok(current);
        }
        let (base, version, replaces) = self.next_number(&facts)?;
        let prepared = prepare(&facts, &settings, words, base, version, replaces)?;
        let rendered = prepared.render();
        let tx = self.conn_mut().transaction()?;
        let id = store_letter(&tx, &prepared, &rendered, actor)?;
        tx.commit()?;
        self.letter(id)
    }

    /// A cycle's grants with their letters.
    pub fn letters_overview(&self, cycle_id: i64) -> Result<LettersOverview> {
        let settings = self.settings()?;
        let mut rows = Vec::new();
        let (mut to_issue, mut issued, mut outdated) = (0, 0, 0);
        // Drafts follow the rules: bring them up to date first, as the Grants tab does.
        self.recompute_drafts(cycle_id)?;
        for g in self.grants(cycle_id)? {
            let letters = self.grant_letters(g.id)?;
            let current = letters.iter().any(|l| l.grant_revision == g.revision && l.cycle_current && g.state == GrantState::Awarded);
            let (status, note) = match g.state {
                GrantState::Cancelled => (LetterStatus::None, phrase!("said-letters-note-cancelled")),
                _ if g.total_cents <= 0 => (LetterStatus::None, phrase!("said-letters-note-nothing", amount = 0)),
                // The blocked reason as the grant's column keeps it, in English.
                GrantState::Draft if !g.blocked.is_empty() => (LetterStatus::None, g.blocked.clone()),
                GrantState::Draft => (LetterStatus::None, phrase!("said-letters-note-draft")),
                GrantState::Awarded if current => (LetterStatus::Issued, Phrase::default()),
                GrantState::Awarded if letters.last().is_some_and(|l| l.grant_revision == g.revision) => (LetterStatus::Outdated, phrase!("said-letters-note-changed")),
                GrantState::Awarded if !letters.is_empty() => (LetterStatus::Outdated, phrase!("said-letters-note-amended")),
                GrantState::Awarded => (LetterStatus::ToIssue, Phrase::default()),
            };
            match status {
                LetterStatus::ToIssue => to_issue += 1,
                LetterStatus::Issued => issued += 1,
                LetterStatus::Outdated => outdated += 1,
                LetterStatus::None => {}
            }
            rows.push(LetterRow {
                grant_id: g.id,
                applicant: g.applicant,
                hub_country: g.hub_country,
                role: g.role,
                grant_state: g.state,
                total_cents: g.total_cents,
                status,
                note,
                letters,
            });
        }
        Ok(LettersOverview {
            cycle_id,
            default_language: settings.default_language.clone(),
            missing_settings: missing_settings(&settings),
            rows,
            to_issue,
            issued,
            outdated,
            numbering: self.team_numbering(cycle_id)?,
        })
    }

    /// How this desk numbers the cycle's letters, when it is a desk of a team.
    fn team_numbering(&self, cycle_id: i64) -> Result<Phrase> {
        let in_team: bool = self.conn().query_row("SELECT stride > 1 FROM desk_self", [], |r| r.get(0)).optional()?.unwrap_or(false);
        if !in_team {
            return Ok(Phrase::default());
        }
        let (key, name, year): (String, String, i32) = self.conn().query_row(
            "SELECT p.key, p.name, c.year FROM cycles c JOIN programmes p ON p.id = c.programme_id WHERE c.id = ?1",
            [cycle_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let base = prefix_for(&key, &name);
        let mark = crate::team::reference_mark(self.conn())?;
        // The year as text: a number would be written "2,027" by the window.
        let year = year.to_string();
        Ok(if mark.is_empty() {
            phrase!("said-letters-numbering-first", base = &base, year = &year)
        } else {
            phrase!("said-letters-numbering-other", base = &base, mark = &mark, year = &year)
        })
    }

    /// Issue every letter of a cycle's awarded grants that is due (new or outdated), and return
    /// the current letter of each awarded grant, in reference order. The letters are numbered
    /// in order, set on every core, and kept in one transaction. Draft grants are not awarded
    /// by a batch: that stays a decision taken in the Grants tab.
    fn issue_cycle(&mut self, cycle_id: i64, language: Option<&str>, actor: &str, progress: &mut dyn FnMut(BatchProgress) -> bool) -> Result<(Vec<LetterRecord>, u32, u32, bool)> {
        let words = self.language_or_default(language)?;
        let settings = self.settings()?;
        let missing = missing_setting_keys(&settings);
        if !missing.is_empty() {
            return Err(not_allowed(settings_missing(said!("said-letters-batch-settings-missing", count = missing.len()), &missing)));
        }
        crate::cycle::gates::check(&self.cycle(cycle_id)?, crate::cycle::gates::Work::Letters)?;
        let grants: Vec<_> = self.grants(cycle_id)?.into_iter().filter(|g| g.state == GrantState::Awarded && g.total_cents > 0).collect();
        if grants.is_empty() {
            return Err(not_allowed(said!("said-letters-cycle-no-award")));
        }
        let total = grants.len() as u32;
        let mut current = Vec::new();
        let mut prepared = Vec::new();
        // Numbers given in this batch, per prefix and year, before they are stored.
        let mut given: std::collections::HashMap<(String, i32), u32> = std::collections::HashMap::new();
        for g in &grants {
            let facts = self.letter_facts(g.id)?;
            if let Some(letter) = self.grant_letters(g.id)?.into_iter().rev().find(|l| l.grant_revision == facts.revision && l.cycle_current) {
                current.push(letter);
                continue;
            }
            let (mut base, version, replaces) = self.next_number(&facts)?;
            if version == 1 {
                let prefix = base.rsplitn(3, '-').nth(2).unwrap_or("GR").to_string();
                let stored: u32 = base.rsplit('-').next().and_then(|n| n.parse().ok()).unwrap_or(1);
                let number = given.get(&(prefix.clone(), facts.year)).map_or(stored, |last| last + 1);
                given.insert((prefix.clone(), facts.year), number);
                base = format!("{prefix}-{}-{number:03}", facts.year);
            }
            prepared.push(prepare(&facts, &settings, words, base, version, replaces)?);
        }
        let reprinted = current.len() as u32;
        let (rendered, cancelled) = render_all(&prepared, reprinted, total, progress);
        let tx = self.conn_mut().transaction()?;
        let mut ids = Vec::new();
        for (p, r) in prepared.iter().zip(&rendered) {
            ids.push(store_letter(&tx, p, r, actor)?);
        }
        tx.commit()?;
        let issued = ids.len() as u32;
        for id in ids {
            current.push(self.letter(id)?);
        }
        current.sort_by(|a, b| a.reference.cmp(&b.reference));
        Ok((current, issued, reprinted, cancelled))
    }

    /// Issue a cycle's letters and write one PDF per letter into `folder`, named from the
    /// reference and the recipient. Each file is written whole (temporary name, then renamed);
    /// a cancelled run keeps the files already written and the letters already issued.
    pub fn write_cycle_letters(
        &mut self,
        cycle_id: i64,
        folder: &Path,
        language: Option<&str>,
        actor: &str,
        progress: &mut dyn FnMut(BatchProgress) -> bool,
    ) -> Result<BatchSummary> {
        check_folder(folder)?;
        // Issuing is the first half of the work, writing the second.
        let mut half = |p: BatchProgress| progress(BatchProgress { done: p.done, total: p.total * 2 });
        let (records, issued, reprinted, cancelled) = self.issue_cycle(cycle_id, language, actor, &mut half)?;
        let mut summary = BatchSummary { issued, reprinted, files: Vec::new(), cancelled };
        if cancelled {
            return Ok(summary);
        }
        let total = records.len() as u32;
        for (i, record) in records.iter().enumerate() {
            let row = self.letters_overview_row(record.grant_id)?;
            let path = folder.join(letter_file_name(&record.reference, &row));
            write_atomic(&path, &self.letter_pdf(record.id)?)?;
            summary.files.push(path.display().to_string());
            if !progress(BatchProgress { done: total + i as u32 + 1, total: total * 2 }) {
                summary.cancelled = true;
                break;
            }
        }
        Ok(summary)
    }

    fn letters_overview_row(&self, grant_id: i64) -> Result<String> {
        Ok(self.conn().query_row(
            "SELECT CASE WHEN a.role = 'visitor' AND a.person_name <> '' THEN a.person_name ELSE h.name END
               FROM grants g JOIN applications a ON a.id = g.application_id JOIN hubs h ON h.id = a.hub_id WHERE g.id = ?1",
            [grant_id],
            |r| r.get(0),
        )?)
    }

    /// Issue a cycle's letters and set them, as archived, one after the other into one PDF
    /// for printing, written whole to `file`.
    pub fn write_combined_letters(
        &mut self,
        cycle_id: i64,
        file: &Path,
        language: Option<&str>,
        actor: &str,
        progress: &mut dyn FnMut(BatchProgress) -> bool,
    ) -> Result<BatchSummary> {
        check_pdf_target(file)?;
        let mut half = |p: BatchProgress| progress(BatchProgress { done: p.done, total: p.total * 2 });
        let (records, issued, reprinted, cancelled) = self.issue_cycle(cycle_id, language, actor, &mut half)?;
        let mut summary = BatchSummary { issued, reprinted, files: Vec::new(), cancelled };
        if cancelled {
            return Ok(summary);
        }
        let documents = records.iter().map(|r| self.letter_document(r.id)).collect::<Result<Vec<_>>>()?;
        let total = documents.len() as u32;
        let Some(bytes) = typeset::render_many(&documents, |done| progress(BatchProgress { done: total + done as u32, total: total * 2 })) else {
            summary.cancelled = true;
            return Ok(summary);
        };
        write_atomic(file, &bytes)?;
        summary.files.push(file.display().to_string());
        Ok(summary)
    }

    /// Set an issued letter again from its kept content: the same bytes as the archive (a
    /// check that the archive and the typesetter agree).
    pub fn reset_letter(&self, id: i64) -> Result<Vec<u8>> {
        Ok(typeset::render(&self.letter_document(id)?))
    }

    /// Write an issued letter's archived bytes to `file`, whole.
    pub fn save_letter(&self, id: i64, file: &Path) -> Result<PathBuf> {
        check_pdf_target(file)?;
        write_atomic(file, &self.letter_pdf(id)?)?;
        Ok(file.to_path_buf())
    }
}

/// "… the signatory's name is missing. Fill it in under Settings.": `said` with the missing
/// settings' keys as `first` … `fourth` (each named by `said-letters-setting-1` … `-4`).
fn settings_missing(said: Said, keys: &[&str]) -> Said {
    ["first", "second", "third", "fourth"].into_iter().zip(keys).fold(said, |said, (name, key)| said.with(name, *key))
}

fn check_folder(folder: &Path) -> Result<()> {
    if !folder.is_dir() {
        return Err(Error::new(ErrorCode::Io, said!("said-letters-folder-missing", folder = folder.display().to_string())));
    }
    // Try a file there before issuing anything, so a folder that cannot be written is said at once.
    tempfile::Builder::new()
        .prefix(".mobility-desk-check-")
        .tempfile_in(folder)
        .map(drop)
        .map_err(|e| Error::new(ErrorCode::Io, said!("said-letters-folder-unwritable", folder = folder.display().to_string(), error = e.to_string())))
}

fn check_pdf_target(file: &Path) -> Result<()> {
    if !file.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")) {
        return Err(Error::validation(vec![crate::platform::error::FieldError::new("file", said!("said-letters-file-not-pdf", file = file.display().to_string()))]));
    }
    let folder = file.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    check_folder(folder)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_references_and_file_names() {
        assert_eq!(prefix_for("p2p", "P2P Learning"), "P2P");
        assert_eq!(prefix_for("summer_school", "Summer École"), "SE");
        assert_eq!(prefix_for("x", "Ω"), "GR");
        assert_eq!(printed_reference("P2P-2027-007", 1), "P2P-2027-007");
        assert_eq!(printed_reference("P2P-2027-007", 2), "P2P-2027-007/2");
        assert_eq!(file_stem("Ἀθήνα: Κέντρο / \"Τεχνών\"?"), "Athena_Kentro_Tekhnon");
        assert_eq!(file_stem("***"), "letter");
    }
}
