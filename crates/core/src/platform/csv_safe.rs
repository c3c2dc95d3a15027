//! CSV as people open it: in a spreadsheet. Every CSV the core writes goes through [`SafeCsv`],
//! which guards each cell against being run as a formula; imports take the guard off again.

use std::borrow::Cow;

use crate::platform::error::{Error, ErrorCode, Result};
use crate::said;

/// A cell a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return) gets a leading apostrophe, which spreadsheets show as text; a plain
/// number ("-21.89541", "-1 175,00") is left alone. Our own import takes the apostrophe off
/// again ([`unguarded`]), so an export still round-trips.
pub fn spreadsheet_safe(text: &str) -> Cow<'_, str> {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let number = {
        let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
        digits.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}')) && digits.chars().any(|c| c.is_ascii_digit())
    };
    if risky && !number {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A cell read back: the apostrophe [`spreadsheet_safe`] put before a formula character is
/// taken off.
pub(crate) fn unguarded(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => text,
    }
}

/// A CSV file being written in memory, each cell guarded by [`spreadsheet_safe`].
pub(crate) struct SafeCsv(csv::Writer<Vec<u8>>);

impl SafeCsv {
    /// A CSV written as `builder` says (delimiter, line ends), after `prefix` (a byte-order
    /// mark, or nothing).
    pub(crate) fn new(builder: &csv::WriterBuilder, prefix: &[u8]) -> SafeCsv {
        SafeCsv(builder.from_writer(prefix.to_vec()))
    }

    /// One line of cells.
    pub(crate) fn row<I, S>(&mut self, cells: I) -> Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let guarded: Vec<String> = cells.into_iter().map(|cell| spreadsheet_safe(cell.as_ref()).into_owned()).collect();
        self.0.write_record(&guarded).map_err(failed)
    }

    /// The file's bytes.
    pub(crate) fn bytes(self) -> Result<Vec<u8>> {
        self.0.into_inner().map_err(|e| Error::new(ErrorCode::Io, said!("said-platform-csv-not-written", error = e.to_string())))
    }
}

fn failed(e: csv::Error) -> Error {
    Error::new(ErrorCode::Io, said!("said-platform-csv-not-written", error = e.to_string()))
}
