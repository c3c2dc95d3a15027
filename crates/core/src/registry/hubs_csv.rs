//! CSV import and export of member hubs.
//!
//! Accepts what spreadsheets really write: UTF-8 with or without a BOM, `,` `;` or tab as the
//! separator, CRLF or LF, quoted fields holding separators or line breaks, trailing blank
//! lines. Every bad cell is reported with its row and column, and an import is all-or-nothing.
//! Rows are matched to stored hubs on the `key` column (made from name and country when
//! empty), so importing the same file twice updates instead of duplicating.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::platform::csv_safe::{unguarded, SafeCsv};
use crate::platform::error::{Error, ErrorCode, Result};
use crate::platform::files::write_atomic;
use crate::platform::said::Phrase;
use crate::registry::accounts::{self, AccountInput, AccountOwner, ValidAccount};
use crate::registry::hubs::{self, Hub, HubInput, Maturity, Membership, Upsert, ValidHub};
use crate::platform::store::Store;
use crate::{phrase, said};

/// The columns, in the order the export writes them.
pub const COLUMNS: &[&str] = &[
    "key",
    "name",
    "city",
    "country",
    "latitude",
    "longitude",
    "maturity",
    "membership",
    "sectors",
    "languages",
    "contact_name",
    "contact_email",
    "website",
    "available_for_mobility",
    "alliance_member",
    "member_since",
    "notes",
    "archived",
    "account_holder",
    "iban",
    "bic",
];

/// Columns an imported file must have.
pub const REQUIRED: &[&str] = &["name", "city", "country", "maturity", "membership"];

/// Larger files are refused before reading (a registry of 10,000 hubs is about 3 MB).
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// At most this many row errors are listed; `error_count` counts them all.
pub const MAX_LISTED_ERRORS: usize = 500;

/// A problem with one row (or one cell) of an imported file: every import says its rows' problems so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RowError {
    /// The row as a spreadsheet numbers it: the header is row 1.
    pub row: u32,
    pub column: String,
    pub message: Phrase,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PlannedRow {
    pub row: u32,
    pub key: String,
    pub name: String,
    pub city: String,
    pub country: String,
    pub outcome: Upsert,
}

/// What an import would do, shown before anything is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ImportPreview {
    /// SHA-256 of the file, so the commit can check it is the same file.
    pub sha256: String,
    /// The separator found: "," ";" or "tab".
    pub separator: String,
    pub had_bom: bool,
    pub rows: u32,
    pub creates: u32,
    pub updates: u32,
    pub unchanged: u32,
    pub error_count: u32,
    pub errors: Vec<RowError>,
    /// The first rows and what would happen to each.
    pub planned: Vec<PlannedRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ImportSummary {
    pub rows: u32,
    pub created: u32,
    pub updated: u32,
    pub unchanged: u32,
}

struct Parsed {
    separator: u8,
    had_bom: bool,
    /// Each good row's hub, and its bank details when the row gives any.
    rows: Vec<(u32, ValidHub, Option<ValidAccount>)>,
    errors: Vec<RowError>,
    error_count: u32,
    bad_rows: u32,
}

fn csv_error(message: impl crate::platform::said::Wording) -> Error {
    Error::new(ErrorCode::Csv, message)
}

/// Read a file for import, refusing one that is too large before reading it.
pub fn read_import_file(path: &Path) -> Result<Vec<u8>> {
    let unreadable = |e: std::io::Error| Error::new(ErrorCode::Io, said!("said-registry-file-unreadable", path = path.display().to_string(), error = e.to_string()));
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(csv_error(said!(
            "said-registry-csv-too-large",
            path = path.display().to_string(),
            size = format!("{:.1}", meta.len() as f64 / 1_048_576.0),
            most = MAX_FILE_BYTES / 1_048_576
        )));
    }
    std::fs::read(path).map_err(unreadable)
}

/// What a file that is not text at all is, from its first bytes (the kind of file, as the
/// message `said-registry-csv-not-text` names it), and what to do instead.
fn not_text(bytes: &[u8]) -> Option<&'static str> {
    const KINDS: [(&[u8], &str); 8] = [
        (b"%PDF-", "pdf"),
        (b"PK\x03\x04", "zip"),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "office"),
        (b"\x89PNG\r\n\x1A\n", "png"),
        (b"\xFF\xD8\xFF", "jpeg"),
        (b"GIF8", "gif"),
        (b"SQLite format 3\0", "sqlite"),
        (b"{\\rtf", "rtf"),
    ];
    KINDS.iter().find(|(magic, _)| bytes.starts_with(magic)).map(|(_, kind)| *kind)
}

/// UTF-16 text, as Excel's "Unicode text" writes it (little-endian with a byte-order mark, tab
/// separated), with or without the mark: decoded, or None when the bytes are not UTF-16.
fn utf16(bytes: &[u8]) -> Option<std::result::Result<String, usize>> {
    let (body, little) = if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (rest, true)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (rest, false)
    } else {
        // No mark: in UTF-16, every Latin letter, digit, separator and line break has a zero
        // byte on the same side, and text has almost no zero on the other.
        let head = &bytes[..bytes.len().min(1000) & !1];
        if head.len() < 4 {
            return None;
        }
        let zeros = |offset: usize| head.iter().skip(offset).step_by(2).filter(|b| **b == 0).count();
        let half = head.len() / 2;
        let (even, odd) = (zeros(0), zeros(1));
        if odd * 4 >= half && even * 50 <= half {
            (bytes, true)
        } else if even * 4 >= half && odd * 50 <= half {
            (bytes, false)
        } else {
            return None;
        }
    };
    if body.len() % 2 != 0 {
        return Some(Err(body.len()));
    }
    let units = body.chunks_exact(2).map(|p| if little { u16::from_le_bytes([p[0], p[1]]) } else { u16::from_be_bytes([p[0], p[1]]) });
    let mut text = String::with_capacity(body.len() / 2);
    for (i, c) in char::decode_utf16(units).enumerate() {
        match c {
            Ok(c) => text.push(c),
            Err(_) => return Some(Err(i * 2)),
        }
    }
    Some(Ok(text))
}

/// Decode the bytes as text: UTF-8 (dropping a BOM) or UTF-16 (what Excel's "Unicode text"
/// saves). A file that is not text (a PDF, a workbook, an image) is named as what it is, and
/// text in another encoding is refused with the line and byte at fault.
pub(crate) fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, bool)> {
    if let Some(kind) = not_text(bytes) {
        return Err(csv_error(said!("said-registry-csv-not-text", kind = kind)));
    }
    match utf16(bytes) {
        Some(Ok(text)) => return Ok((Cow::Owned(text), bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF"))),
        Some(Err(at)) => {
            return Err(csv_error(said!("said-registry-csv-utf16-damaged", at = at)))
        }
        None => {}
    }
    let (body, had_bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    if body.iter().take(8192).any(|b| *b == 0) {
        return Err(csv_error(said!("said-registry-csv-binary")));
    }
    match std::str::from_utf8(body) {
        Ok(text) => Ok((Cow::Borrowed(text), had_bom)),
        Err(e) => {
            let at = e.valid_up_to();
            let line = body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            let byte = body[at];
            let hex = format!("{byte:02X}");
            Err(csv_error(if (0xA0..=0xFF).contains(&byte) || (0x80..0xA0).contains(&byte) {
                said!("said-registry-csv-not-utf8-latin1", line = line, byte = hex, letter = encoding_guess(byte).to_string())
            } else {
                said!("said-registry-csv-not-utf8", line = line, byte = hex)
            }))
        }
    }
}

fn encoding_guess(byte: u8) -> char {
    // Windows-1252 differs from Latin-1 only in 0x80..0x9F; show the likely letter.
    const CP1252: [char; 32] = [
        '€', '?', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '?', 'Ž', '?', '?', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ',
        '?', 'ž', 'Ÿ',
    ];
    if (0x80..0xA0).contains(&byte) {
        CP1252[(byte - 0x80) as usize]
    } else {
        char::from(byte)
    }
}

fn normalise_header(name: &str) -> String {
    name.trim().trim_matches('"').trim().to_lowercase().replace([' ', '-'], "_")
}

/// Choose the separator whose header names the most known columns.
fn detect_separator(text: &str) -> Result<(u8, Vec<String>)> {
    let first = text.lines().find(|l| !l.trim().is_empty()).ok_or_else(|| csv_error(said!("said-registry-csv-empty")))?;
    let mut best: Option<(usize, u8, Vec<String>)> = None;
    for sep in [b',', b';', b'\t'] {
        let mut reader = csv::ReaderBuilder::new().has_headers(false).delimiter(sep).flexible(true).from_reader(first.as_bytes());
        let Some(Ok(rec)) = reader.records().next() else { continue };
        let names: Vec<String> = rec.iter().map(normalise_header).collect();
        let known = names.iter().filter(|n| COLUMNS.contains(&n.as_str())).count();
        if best.as_ref().is_none_or(|b| known > b.0) {
            best = Some((known, sep, names));
        }
    }
    let (known, sep, names) = best.ok_or_else(|| csv_error(said!("said-registry-csv-header-unreadable")))?;
    if known == 0 {
        let shown: String = first.chars().take(80).collect();
        return Err(csv_error(said!("said-registry-csv-no-header", shown = shown, columns = COLUMNS.join(", "), required = REQUIRED.join(", "))));
    }
    Ok((sep, names))
}

fn parse_bool(text: &str, default: bool) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "" => Some(default),
        "yes" | "y" | "true" | "1" | "x" | "oui" | "ja" | "si" | "sí" => Some(true),
        "no" | "n" | "false" | "0" | "non" | "nein" => Some(false),
        _ => None,
    }
}

fn parse_coordinate(text: &str) -> std::result::Result<Option<f64>, Phrase> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    // A decimal comma, as spreadsheets in much of Europe write it.
    let t = if t.matches(',').count() == 1 && !t.contains('.') { t.replace(',', ".") } else { t.to_string() };
    t.parse::<f64>().map(Some).map_err(|_| phrase!("said-registry-csv-not-number", text = text))
}

fn split_list(text: &str) -> Vec<String> {
    text.split(['|', ',']).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
}

/// What is wrong with a column of the header row.
enum HeaderProblem {
    Twice(String),
    /// The name, and the column's number from 1.
    Unknown(String, usize),
    Missing(&'static str),
}

impl HeaderProblem {
    /// The problem as a clause, for a message naming several.
    fn english(&self) -> String {
        match self {
            HeaderProblem::Twice(name) => format!("the column '{name}' appears twice"),
            HeaderProblem::Unknown(name, at) => format!("unknown column '{name}' (column {at})"),
            HeaderProblem::Missing(name) => format!("the required column '{name}' is missing"),
        }
    }
}

fn parse(bytes: &[u8]) -> Result<Parsed> {
    let (text, had_bom) = decode(bytes)?;
    let (separator, header) = detect_separator(&text)?;

    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut header_problems = Vec::new();
    for (i, name) in header.iter().enumerate() {
        if name.is_empty() {
            continue;
        }
        match COLUMNS.iter().find(|c| **c == name.as_str()) {
            Some(known) => {
                if index.insert(known, i).is_some() {
                    header_problems.push(HeaderProblem::Twice(name.clone()));
                }
            }
            None => header_problems.push(HeaderProblem::Unknown(name.clone(), i + 1)),
        }
    }
    for req in REQUIRED {
        if !index.contains_key(req) {
            header_problems.push(HeaderProblem::Missing(req));
        }
    }
    if !header_problems.is_empty() {
        let (columns, required) = (COLUMNS.join(", "), REQUIRED.join(", "));
        return Err(csv_error(match header_problems.as_slice() {
            [HeaderProblem::Twice(name)] => said!("said-registry-csv-header-twice", name = name, columns = columns, required = required),
            [HeaderProblem::Unknown(name, at)] => said!("said-registry-csv-header-unknown", name = name, column = *at, columns = columns, required = required),
            [HeaderProblem::Missing(name)] => said!("said-registry-csv-header-missing", name = *name, columns = columns, required = required),
            // Several: each is named in English within the message.
            many => said!(
                "said-registry-csv-header-wrong",
                problems = many.iter().map(HeaderProblem::english).collect::<Vec<_>>().join("; "),
                columns = columns,
                required = required
            ),
        }));
    }

    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .delimiter(separator)
        .flexible(true)
        .from_reader(text.as_bytes());
    let width = header.len();
    let sep_name = separator_name(separator);
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut error_count = 0u32;
    let mut bad_rows = 0u32;
    let mut last_bad_row = 0u32;
    let mut keys: HashMap<String, u32> = HashMap::new();
    let mut push = |errors: &mut Vec<RowError>, row: u32, column: &str, message: Phrase| {
        error_count += 1;
        if row != last_bad_row {
            bad_rows += 1;
            last_bad_row = row;
        }
        if errors.len() < MAX_LISTED_ERRORS {
            errors.push(RowError { row, column: column.to_string(), message });
        }
    };

    for (i, record) in reader.records().enumerate() {
        let row = i as u32 + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                push(&mut errors, row, "", phrase!("said-registry-csv-row-unreadable", error = e.to_string()));
                continue;
            }
        };
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if record.len() != width {
            let other = if record.len() < width {
                [",", ";"].into_iter().find(|s| *s != sep_name && record.iter().any(|f| f.contains(s)))
            } else {
                None
            };
            let message = match other {
                Some(other) => phrase!("said-registry-csv-row-width-separator", fields = record.len(), width = width, other = other, separator = sep_name),
                None => phrase!("said-registry-csv-row-width", fields = record.len(), width = width),
            };
            push(&mut errors, row, "", message);
            continue;
        }
        let get = |col: &str| index.get(col).map(|&i| unguarded(record.get(i).unwrap_or(""))).unwrap_or("");
        let mut row_ok = true;

        let latitude = match parse_coordinate(get("latitude")) {
            Ok(v) => v,
            Err(m) => {
                push(&mut errors, row, "latitude", m);
                row_ok = false;
                None
            }
        };
        let longitude = match parse_coordinate(get("longitude")) {
            Ok(v) => v,
            Err(m) => {
                push(&mut errors, row, "longitude", m);
                row_ok = false;
                None
            }
        };
        let maturity = Maturity::parse(get("maturity"));
        if maturity.is_none() {
            push(&mut errors, row, "maturity", phrase!("said-registry-csv-maturity-bad", text = get("maturity")));
            row_ok = false;
        }
        let membership = Membership::parse(get("membership"));
        if membership.is_none() {
            push(&mut errors, row, "membership", phrase!("said-registry-csv-membership-bad", text = get("membership")));
            row_ok = false;
        }
        let mut flag = |col: &str, default: bool, errors: &mut Vec<RowError>| match parse_bool(get(col), default) {
            Some(v) => v,
            None => {
                push(errors, row, col, phrase!("said-registry-csv-not-yes-no", text = get(col)));
                row_ok = false;
                default
            }
        };
        let available = flag("available_for_mobility", true, &mut errors);
        let alliance = flag("alliance_member", false, &mut errors);
        let archived = flag("archived", false, &mut errors);
        let member_since = {
            let t = get("member_since").trim();
            if t.is_empty() {
                None
            } else {
                match t.get(..4).and_then(|y| y.parse::<i32>().ok()).filter(|_| t.len() == 4 || t.as_bytes().get(4) == Some(&b'-')) {
                    Some(y) => Some(y),
                    None => {
                        push(&mut errors, row, "member_since", phrase!("said-registry-csv-not-year", text = t));
                        row_ok = false;
                        None
                    }
                }
            }
        };
        let input = HubInput {
            key: get("key").to_string(),
            name: get("name").to_string(),
            city: get("city").to_string(),
            country: get("country").to_string(),
            latitude,
            longitude,
            maturity: maturity.unwrap_or(Maturity::Emerging),
            membership: membership.unwrap_or(Membership::Regular),
            sectors: split_list(get("sectors")),
            languages: split_list(get("languages")),
            contact_name: get("contact_name").to_string(),
            contact_email: get("contact_email").to_string(),
            website: get("website").to_string(),
            available_for_mobility: available,
            alliance_member: alliance,
            member_since,
            notes: get("notes").to_string(),
            archived: Some(archived),
            expected_version: None,
        };
        // Bank details: all three cells empty leave the hub's account as it is.
        let account = AccountInput { holder: get("account_holder").to_string(), iban: get("iban").to_string(), bic: get("bic").to_string(), expected_version: None };
        let account = if [&account.holder, &account.iban, &account.bic].iter().all(|c| c.trim().is_empty()) {
            None
        } else {
            match account.validate() {
                Ok(valid) => Some(valid),
                Err(e) => {
                    for f in e.fields {
                        let column = if f.field == "holder" { "account_holder".to_string() } else { f.field };
                        push(&mut errors, row, &column, Phrase { text: f.message, said: f.said });
                    }
                    row_ok = false;
                    None
                }
            }
        };
        match input.validate() {
            Ok(valid) if row_ok => {
                if let Some(first) = keys.get(&valid.key) {
                    let how = if get("key").trim().is_empty() { "made" } else { "given" };
                    push(&mut errors, row, "key", phrase!("said-registry-csv-key-repeated", key = &valid.key, how = how, first = *first));
                } else {
                    keys.insert(valid.key.clone(), row);
                    rows.push((row, valid, account));
                }
            }
            Ok(_) => {}
            Err(e) => {
                for f in e.fields {
                    push(&mut errors, row, &f.field, Phrase { text: f.message, said: f.said });
                }
            }
        }
    }
    Ok(Parsed { separator, had_bom, rows, errors, error_count, bad_rows })
}

pub(crate) fn separator_name(sep: u8) -> &'static str {
    match sep {
        b',' => ",",
        b';' => ";",
        _ => "tab",
    }
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

impl Store {
    /// What importing these bytes would do; nothing is written.
    pub fn preview_hub_import(&self, bytes: &[u8]) -> Result<ImportPreview> {
        let parsed = parse(bytes)?;
        let conn = self.conn();
        let (mut creates, mut updates, mut unchanged) = (0, 0, 0);
        let mut planned = Vec::new();
        for (row, hub, account) in &parsed.rows {
            let outcome = match hubs::find_id_by_key(conn, &hub.key)? {
                None => Upsert::Created,
                Some(id) => {
                    let old = hubs::get_hub(conn, id)?;
                    let same_account = account.is_none() || accounts::kept(conn, AccountOwner::hub(id))? == *account;
                    if hubs::same_content(&old, hub) && same_account {
                        Upsert::Unchanged
                    } else {
                        Upsert::Updated
                    }
                }
            };
            match outcome {
                Upsert::Created => creates += 1,
                Upsert::Updated => updates += 1,
                Upsert::Unchanged => unchanged += 1,
            }
            if planned.len() < 200 {
                planned.push(PlannedRow { row: *row, key: hub.key.clone(), name: hub.name.clone(), city: hub.city.clone(), country: hub.country.clone(), outcome });
            }
        }
        Ok(ImportPreview {
            sha256: sha256_hex(bytes),
            separator: separator_name(parsed.separator).to_string(),
            had_bom: parsed.had_bom,
            rows: parsed.rows.len() as u32 + parsed.bad_rows,
            creates,
            updates,
            unchanged,
            error_count: parsed.error_count,
            errors: parsed.errors,
            planned,
        })
    }

    /// Import every row or none: any bad row refuses the whole file and nothing changes.
    /// `expected_sha256`, when given, must match (the file the user previewed).
    pub fn import_hubs(&mut self, bytes: &[u8], expected_sha256: Option<&str>) -> Result<ImportSummary> {
        if let Some(expected) = expected_sha256 {
            if sha256_hex(bytes) != expected {
                return Err(csv_error(said!("said-registry-csv-changed")));
            }
        }
        let parsed = parse(bytes)?;
        if parsed.error_count > 0 {
            let first = &parsed.errors[0];
            return Err(Error::new(
                ErrorCode::Csv,
                if first.column.is_empty() {
                    said!("said-registry-csv-refused-row", count = parsed.error_count, row = first.row, problem = first.message.text.as_str())
                } else {
                    said!("said-registry-csv-refused-cell", count = parsed.error_count, row = first.row, column = &first.column, problem = first.message.text.as_str())
                },
            ));
        }
        let tx = self.conn_mut().transaction()?;
        let mut summary = ImportSummary { rows: parsed.rows.len() as u32, created: 0, updated: 0, unchanged: 0 };
        for (row, hub, account) in &parsed.rows {
            // Only a problem of the row names the row; the file being busy or read-only is not.
            let (id, mut outcome) = hubs::upsert(&tx, hub).map_err(|e| match e.code {
                ErrorCode::Validation | ErrorCode::Conflict | ErrorCode::Csv => Error::new(e.code, said!("said-registry-csv-row", row = *row, problem = e.message)),
                _ => e,
            })?;
            if let Some(account) = account {
                if accounts::put(&tx, AccountOwner::hub(id), account)? && outcome == Upsert::Unchanged {
                    outcome = Upsert::Updated;
                }
            }
            match outcome {
                Upsert::Created => summary.created += 1,
                Upsert::Updated => summary.updated += 1,
                Upsert::Unchanged => summary.unchanged += 1,
            }
        }
        tx.commit()?;
        Ok(summary)
    }

    /// All hubs as CSV: UTF-8 with a BOM (so Excel reads the accents), `,`, CRLF, every column,
    /// bank details in full (the file is for whoever keeps the registry).
    pub fn export_hubs_csv(&self) -> Result<Vec<u8>> {
        let hubs = self.all_hubs()?;
        let mut kept = HashMap::new();
        for h in &hubs {
            if let Some(account) = accounts::kept(self.conn(), AccountOwner::hub(h.id))? {
                kept.insert(h.id, account);
            }
        }
        hubs_to_csv(&hubs, &kept)
    }

    /// Write the export to `path` through a temporary file renamed into place.
    pub fn export_hubs_to(&self, path: &Path) -> Result<u32> {
        let bytes = self.export_hubs_csv()?;
        write_atomic(path, &bytes)?;
        Ok(self.all_hubs()?.len() as u32)
    }
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// Hubs as CSV, with the bank details of those that have some (`accounts`, by hub id).
pub fn hubs_to_csv(hubs: &[Hub], accounts: &HashMap<i64, ValidAccount>) -> Result<Vec<u8>> {
    let mut w = SafeCsv::new(csv::WriterBuilder::new().terminator(csv::Terminator::CRLF), b"\xEF\xBB\xBF");
    w.row(COLUMNS)?;
    for h in hubs {
        let lat = h.latitude.to_string();
        let lon = h.longitude.to_string();
        let since = h.member_since.map(|y| y.to_string()).unwrap_or_default();
        let sectors = h.sectors.join("|");
        let languages = h.languages.join("|");
        let account = accounts.get(&h.id);
        let record = [
            h.key.as_str(),
            &h.name,
            &h.city,
            &h.country,
            &lat,
            &lon,
            h.maturity.as_str(),
            h.membership.as_str(),
            &sectors,
            &languages,
            &h.contact_name,
            &h.contact_email,
            &h.website,
            yes_no(h.available_for_mobility),
            yes_no(h.alliance_member),
            &since,
            &h.notes,
            yes_no(h.archived),
            account.map_or("", |a| a.holder.as_str()),
            account.map_or("", |a| a.iban.as_str()),
            account.map_or("", |a| a.bic.as_str()),
        ];
        w.row(record)?;
    }
    w.bytes()
}
