//! The auditor's export: the whole trail of every desk, one line per field changed.

use std::path::Path;

use rust_xlsxwriter::{DocProperties, Format, Workbook};
use serde::Serialize;
use ts_rs::TS;

use super::capture::key_text;
use super::history::{describe, fields};
use super::log::Entry;
use crate::platform::error::{Error, ErrorCode, Result};
use crate::platform::csv_safe::SafeCsv;
use crate::platform::files::write_atomic;
use crate::platform::store::Store;

const COLUMNS: [&str; 12] = ["When (UTC)", "Person", "Initials", "Desk", "Entry", "Table", "Record", "What", "Field", "Before", "After", "Entry hash"];

/// What an audit export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AuditExport {
    pub path: String,
    pub format: String,
    #[ts(type = "number")]
    pub entries: i64,
    #[ts(type = "number")]
    pub lines: i64,
}

impl Store {
    /// Every line of the trail, oldest first by the hybrid clock.
    fn audit_lines(&self) -> Result<(i64, Vec<[String; 12]>)> {
        self.seal()?;
        let mut stmt = self.conn().prepare("SELECT body, hash FROM team_log WHERE state = 'applied' ORDER BY hlc, desk_id, seq")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut entries = 0;
        let mut lines = Vec::new();
        for row in rows {
            let (body, hash) = row?;
            let entry: Entry = serde_json::from_str(&body).map_err(|e| Error::new(ErrorCode::Damaged, crate::said!("said-team-log-entry-unreadable", error = e.to_string())))?;
            entries += 1;
            for change in &entry.changes {
                let what = describe(change, None);
                let base = |field: String, old: String, new: String| {
                    [
                        entry.at.clone(),
                        entry.author.name.clone(),
                        entry.author.initials.clone(),
                        entry.desk.clone(),
                        entry.seq.to_string(),
                        change.table.clone(),
                        key_text(&change.key),
                        what.text.clone(),
                        field,
                        old,
                        new,
                        hash.clone(),
                    ]
                };
                let changed = fields(change);
                if changed.is_empty() {
                    lines.push(base(String::new(), String::new(), String::new()));
                }
                for f in changed {
                    lines.push(base(f.field, f.old.text, f.new.text));
                }
            }
        }
        Ok((entries, lines))
    }

    /// Write the whole trail to `path`, as CSV or XLSX by its extension, through a temporary
    /// file renamed into place.
    pub fn audit_export_to(&self, path: &Path) -> Result<AuditExport> {
        let format = path.extension().and_then(|e| e.to_str()).map(str::to_lowercase).unwrap_or_default();
        if format != "csv" && format != "xlsx" {
            return Err(Error::new(ErrorCode::BadRequest, crate::said!("said-team-audit-format", path = path.display().to_string())));
        }
        let (entries, lines) = self.audit_lines()?;
        let bytes = if format == "csv" { csv_bytes(&lines)? } else { xlsx_bytes(&lines).map_err(|e| Error::new(ErrorCode::Io, crate::said!("said-team-workbook-not-written", error = e.to_string())))? };
        write_atomic(path, &bytes)?;
        Ok(AuditExport { path: path.display().to_string(), format, entries, lines: lines.len() as i64 })
    }
}

fn csv_bytes(lines: &[[String; 12]]) -> Result<Vec<u8>> {
    let mut out = SafeCsv::new(&csv::WriterBuilder::new(), b"");
    out.row(COLUMNS)?;
    for line in lines {
        out.row(line)?;
    }
    out.bytes()
}

fn xlsx_bytes(lines: &[[String; 12]]) -> std::result::Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(&DocProperties::new().set_title("Audit trail").set_author("Mobility Desk"));
    let sheet = book.add_worksheet().set_name("Audit trail")?;
    let bold = Format::new().set_bold();
    for (c, name) in COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *name, &bold)?;
    }
    for (r, line) in lines.iter().enumerate() {
        for (c, cell) in line.iter().enumerate() {
            sheet.write_string((r + 1) as u32, c as u16, cell)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, lines.len() as u32, (COLUMNS.len() - 1) as u16)?;
    for (c, width) in [22, 18, 8, 18, 6, 16, 10, 28, 18, 30, 30, 66].iter().enumerate() {
        sheet.set_column_width(c as u16, *width)?;
    }
    book.save_to_buffer()
}
