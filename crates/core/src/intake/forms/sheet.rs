//! A form export read as a sheet: its separator guessed from the header, its columns (each named
//! once) and its rows numbered as a spreadsheet shows them.

use std::collections::HashMap;

use crate::registry::hubs_csv::decode;
use crate::platform::error::{Error, ErrorCode, Result};
use crate::said;

pub(crate) struct Sheet {
    pub(crate) separator: u8,
    pub(crate) had_bom: bool,
    pub(crate) headers: Vec<String>,
    /// (row number as a spreadsheet shows it, cells)
    pub(crate) rows: Vec<(u32, Vec<String>)>,
}

pub(super) fn csv_error(message: impl crate::platform::said::Wording) -> Error {
    Error::new(ErrorCode::Csv, message)
}

/// An Excel workbook (`.xlsx`) starts as every ZIP file does.
fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The first worksheet of a workbook as the same sheet a CSV gives: every cell as text (whole
/// numbers without a decimal point), rows numbered as Excel shows them.
fn read_workbook(bytes: &[u8]) -> Result<Sheet> {
    use calamine::{Data, Reader, Xlsx};
    let unreadable = |e: &dyn std::fmt::Display| csv_error(said!("said-intake-workbook-unreadable", error = e.to_string()));
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
    let range = book.worksheet_range_at(0).ok_or_else(|| csv_error(said!("said-intake-workbook-no-sheet")))?.map_err(|e| unreadable(&e))?;
    let first_row = range.start().map(|(r, _)| r).unwrap_or(0);
    let text = |cell: &Data| match cell {
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Empty => String::new(),
        other => other.to_string(),
    };
    let mut headers: Vec<String> = Vec::new();
    let mut rows = Vec::new();
    for (i, cells) in range.rows().enumerate() {
        let cells: Vec<String> = cells.iter().map(text).collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if headers.is_empty() {
            headers = cells.iter().map(|c| c.trim().to_string()).collect();
            while headers.last().is_some_and(|h| h.is_empty()) {
                headers.pop();
            }
            continue;
        }
        rows.push((first_row + i as u32 + 1, cells));
    }
    check_headers(&headers)?;
    Ok(Sheet { separator: b',', had_bom: false, headers, rows })
}

pub(crate) fn read_sheet(bytes: &[u8]) -> Result<Sheet> {
    if is_workbook(bytes) {
        return read_workbook(bytes);
    }
    let (text, had_bom) = decode(bytes)?;
    let first = text.lines().find(|l| !l.trim().is_empty()).ok_or_else(|| csv_error(said!("said-intake-file-empty")))?;
    // The separator that splits the header into the most columns.
    let separator = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|sep| {
            csv::ReaderBuilder::new().has_headers(false).delimiter(*sep).from_reader(first.as_bytes()).records().next().and_then(|r| r.ok()).map_or(0, |r| r.len())
        })
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new().has_headers(false).delimiter(separator).flexible(true).from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut headers: Vec<String> = Vec::new();
    let mut rows = Vec::new();
    // Rows numbered as a spreadsheet shows them: the header is row 1.
    let mut row_no = 1u32;
    for record in records.by_ref() {
        let record = record.map_err(|e| csv_error(said!("said-intake-csv-unreadable", error = e.to_string())))?;
        if headers.is_empty() {
            if record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            headers = record.iter().map(|c| c.trim().to_string()).collect();
            continue;
        }
        row_no += 1;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        rows.push((row_no, record.iter().map(str::to_string).collect()));
    }
    check_headers(&headers)?;
    Ok(Sheet { separator, had_bom, headers, rows })
}

/// A header row names two columns at least, each once.
fn check_headers(headers: &[String]) -> Result<()> {
    if headers.len() < 2 {
        return Err(csv_error(said!("said-intake-header-too-short")));
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, h) in headers.iter().enumerate() {
        if h.is_empty() {
            continue;
        }
        if let Some(first) = seen.insert(h.clone(), i) {
            return Err(csv_error(said!("said-intake-column-twice", column = h, first = first + 1, second = i + 1)));
        }
    }
    Ok(())
}
