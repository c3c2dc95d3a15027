//! Applications imported from an online form's export (CSV), through a column mapping.
//!
//! Every form tool names its columns differently, so nothing is assumed about the header: a
//! mapping says which column holds which field of the application. The first import of a
//! cycle guesses it from the column names; the mapping used is saved with the cycle and used
//! again next time, and a column it names that the file no longer has (missing, or renamed)
//! is reported, as are the file's columns that nothing reads. An import is all-or-nothing:
//! the preview runs the whole import inside a transaction and rolls it back, so it reports
//! exactly what the import would do, row by row.
//!
//! The parts: `fields.rs` names the fields a column can fill and guesses the mapping,
//! `sheet.rs` reads the file, `cells.rs` reads what a cell says (dates in either order, roles,
//! travel modes...), `import.rs` previews and runs the import.

mod cells;
mod fields;
mod import;
pub(crate) mod sheet;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

use crate::registry::hubs_csv::RowError;
use crate::registry::hubs::Upsert;
use crate::platform::said::Phrase;

pub use cells::{DateOrder, DateSample};
pub use fields::import_fields;

/// Field key → the column header (as written in the file) that holds it.
pub type ColumnMapping = BTreeMap<String, String>;

/// A field of the application that a column can fill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ImportField {
    pub key: String,
    pub label: Phrase,
    pub required: bool,
    /// What the cells may hold.
    pub hint: Phrase,
}

/// A column the saved mapping names that the file does not have.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MissingColumn {
    pub field: String,
    pub label: Phrase,
    pub column: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PlannedApplication {
    pub row: u32,
    pub applicant: String,
    pub role: String,
    pub outcome: Upsert,
}

/// What importing a form export would do, with the mapping it would use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FormImportPreview {
    pub sha256: String,
    pub separator: String,
    pub had_bom: bool,
    /// The file's columns, as written.
    pub headers: Vec<String>,
    /// The fields of this programme's applications, in form order.
    pub fields: Vec<ImportField>,
    /// The mapping used: the one given, else the cycle's saved one, completed by guesses.
    pub mapping: ColumnMapping,
    /// Whether the cycle has a mapping saved from an earlier import.
    pub saved_mapping: bool,
    /// Columns of the file that no field reads.
    pub extra_columns: Vec<String>,
    /// Columns the saved mapping names that the file lacks (removed or renamed).
    pub missing_columns: Vec<MissingColumn>,
    /// Required fields no column fills (labels).
    pub unmapped_required: Vec<Phrase>,
    pub rows: u32,
    pub creates: u32,
    pub updates: u32,
    pub unchanged: u32,
    pub error_count: u32,
    pub errors: Vec<RowError>,
    pub planned: Vec<PlannedApplication>,
    /// True when the import can run: every required field mapped and no bad row.
    pub ready: bool,
    /// The order in which slash dates are read: the one chosen, else the one the file's own
    /// dates show (a day over 12), else the one saved with the cycle; none when nothing says.
    pub date_order: Option<DateOrder>,
    /// The order the file's own dates show, if they show one.
    pub date_order_found: Option<DateOrder>,
    /// A slash date of the file, ambiguous if there is one, to show what each order reads.
    pub date_sample: Option<DateSample>,
}
