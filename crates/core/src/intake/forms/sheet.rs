//! A form export read as a sheet: its separator guessed from the header, its columns (each named
//! once) and its rows numbered as a spreadsheet shows them.

use std::collections::HashMap;

use crate::registry::hubs_csv::decode;
use crate::platform::error::{Error, ErrorCode, Result};

pub(crate) struct Sheet {
    pub(crate) separator: u8,
    pub(crate) had_bom: bool,
    pub(crate) headers: Vec<String>,
    /// (row number as a spreadsheet shows it, cells)
    pub(crate) rows: Vec<(u32, Vec<String>)>,
}

pub(super) fn csv_error(message: impl Into<String>) -> Error {
    Error::new(ErrorCode::Csv, message)
}

pub(crate) fn read_sheet(bytes: &[u8]) -> Result<Sheet> {
    let (text, had_bom) = decode(bytes)?;
    let first = text.lines().find(|l| !l.trim().is_empty()).ok_or_else(|| csv_error("The file is empty: there is no header row."))?;
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
        let record = record.map_err(|e| csv_error(format!("The file could not be read as CSV: {e}.")))?;
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
    if headers.len() < 2 {
        return Err(csv_error("The header row names fewer than two columns: is this a form export with a header row?"));
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, h) in headers.iter().enumerate() {
        if h.is_empty() {
            continue;
        }
        if let Some(first) = seen.insert(h.clone(), i) {
            return Err(csv_error(format!("The column '{h}' appears twice (columns {} and {}): rename one in the file.", first + 1, i + 1)));
        }
    }
    Ok(Sheet { separator, had_bom, headers, rows })
}
