//! A reviewer's scores read from the sheet they filled in (CSV): a column `Application` (its
//! number, with or without `#`), one column per criterion named by its label, and an optional
//! `Note`. The whole sheet is checked first and every problem named by row and column; only a
//! sheet without any is saved, all of it in one transaction.

use serde::Serialize;
use ts_rs::TS;

use super::write_scorecard;
use crate::intake::applications::Status;
use crate::intake::selection::criteria_scored_by;
use crate::intake::forms::sheet::read_sheet;
use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::csv_safe::SafeCsv;
use crate::platform::fold::{ascii_key, file_stem};
use crate::platform::store::Store;
use crate::said;

/// What a reviewer's sheet did (or, checked only, would do).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SheetImport {
    pub reviewer: String,
    /// Applications scored by the sheet.
    pub scorecards: u32,
    /// Of those, applications the reviewer had scored before (their scorecard replaced).
    pub replaced: u32,
    /// Whether it was saved (false when only checked).
    pub saved: bool,
}

/// A reviewer's blank sheet before it is written.
struct BlankSheet {
    stem: String,
    /// The columns that say which application a row is.
    about: Vec<String>,
    /// Each criterion's column and its top score.
    criteria: Vec<(String, u32)>,
    rows: Vec<Vec<String>>,
}

impl BlankSheet {
    fn header(&self) -> Vec<String> {
        self.about.iter().cloned().chain(self.criteria.iter().map(|(c, _)| c.clone())).chain(["Note".to_string()]).collect()
    }
}

/// One application's scorecard as read from a row.
struct Card {
    application_id: i64,
    scores: Vec<(i64, u32)>,
    note: String,
}

impl Store {
    /// What a reviewer's blank sheet holds: one row per application assigned to them, with the
    /// applicant, their hub and country, the title and the work plan for reading (in a blind
    /// review the title and the work plan only — the applicant's own words — and no criterion the
    /// secretariat scores), then one empty column per criterion (its top score) and a Note.
    fn blank_sheet_rows(&self, reviewer_id: i64) -> Result<BlankSheet> {
        let reviewer = self.reviewer(reviewer_id)?;
        let blind = self.selection_rules(reviewer.cycle_id)?.blind;
        let all = self.criteria(reviewer.cycle_id)?;
        let criteria: Vec<(String, u32)> = criteria_scored_by(&all, blind, &reviewer.name).iter().map(|c| (format!("{} (0-{})", c.label, c.max_score), c.max_score)).collect();
        let board = self.review_board(reviewer.cycle_id)?;
        let mut about: Vec<String> = if blind { vec!["Application".into()] } else { vec!["Application".into(), "Applicant".into(), "Hub".into(), "Country".into()] };
        about.extend(["Title".to_string(), "Work plan".to_string()]);
        let mut rows = Vec::new();
        for row in board.rows.iter().filter(|r| r.reviewers.iter().any(|x| x.reviewer_id == reviewer_id)) {
            let application = self.application(row.application_id)?;
            let mut cells = if blind { vec![row.application_id.to_string()] } else { vec![row.application_id.to_string(), row.applicant.clone(), row.hub_name.clone(), row.country.clone()] };
            cells.extend([application.title, application.summary]);
            rows.push(cells);
        }
        Ok(BlankSheet { stem: file_stem(&format!("Review sheet {}", reviewer.name)), about, criteria, rows })
    }

    /// A reviewer's blank sheet as CSV (see `blank_sheet_rows`), read back by
    /// [`Store::import_review_sheet`]: its file name, bytes, and how many applications it lists.
    pub fn blank_review_sheet(&self, reviewer_id: i64) -> Result<(String, Vec<u8>, u32)> {
        let sheet = self.blank_sheet_rows(reviewer_id)?;
        let mut out = SafeCsv::new(csv::WriterBuilder::new().terminator(csv::Terminator::CRLF), b"\xEF\xBB\xBF");
        out.row(sheet.header())?;
        for about in &sheet.rows {
            out.row(about.iter().cloned().chain(sheet.criteria.iter().map(|_| String::new())).chain([String::new()]))?;
        }
        Ok((format!("{}.csv", sheet.stem), out.bytes()?, sheet.rows.len() as u32))
    }

    /// The same sheet as an Excel workbook: the header frozen, each score cell refusing what is
    /// not a whole number from 0 to the criterion's top score.
    pub fn blank_review_workbook(&self, reviewer_id: i64) -> Result<(String, Vec<u8>, u32)> {
        use rust_xlsxwriter::{DataValidation, DataValidationRule, Workbook};
        let sheet = self.blank_sheet_rows(reviewer_id)?;
        let failed = |e: rust_xlsxwriter::XlsxError| Error::new(ErrorCode::Io, said!("said-intake-workbook-not-written", error = e.to_string()));
        let mut book = Workbook::new();
        let ws = book.add_worksheet();
        ws.set_name("Scores").map_err(failed)?;
        let cells = crate::documents::workbook::Cells::new("en");
        cells.header(ws, &sheet.header()).map_err(failed)?;
        let first_score = sheet.about.len() as u16;
        for (i, about) in sheet.rows.iter().enumerate() {
            let row = i as u32 + 1;
            for (col, text) in about.iter().enumerate() {
                match (col, text.parse::<f64>()) {
                    (0, Ok(n)) => ws.write_number(row, 0, n).map(|_| ()),
                    _ => ws.write_string(row, col as u16, text).map(|_| ()),
                }
                .map_err(failed)?;
            }
        }
        if !sheet.rows.is_empty() {
            let last = sheet.rows.len() as u32;
            for (k, (_, max)) in sheet.criteria.iter().enumerate() {
                let rule = DataValidation::new()
                    .allow_whole_number(DataValidationRule::Between(0, *max as i32))
                    .set_error_title("Not a score")
                    .map_err(failed)?
                    .set_error_message(format!("A whole number from 0 to {max}."))
                    .map_err(failed)?;
                ws.add_data_validation(1, first_score + k as u16, last, first_score + k as u16, &rule).map_err(failed)?;
            }
        }
        ws.set_column_width(0, 12).map_err(failed)?;
        for col in 1..first_score {
            ws.set_column_width(col, 32).map_err(failed)?;
        }
        for k in 0..=sheet.criteria.len() as u16 {
            ws.set_column_width(first_score + k, 18).map_err(failed)?;
        }
        let bytes = book.save_to_buffer().map_err(failed)?;
        Ok((format!("{}.xlsx", sheet.stem), bytes, sheet.rows.len() as u32))
    }

    /// Read a reviewer's sheet for a cycle and, unless `check_only`, save its scorecards; a
    /// sheet with any problem saves nothing and names each one (`row 3, Quality of the work
    /// plan: 12 is out of range…`).
    pub fn import_review_sheet(&mut self, cycle_id: i64, reviewer: &str, bytes: &[u8], check_only: bool) -> Result<SheetImport> {
        self.reviews_open(cycle_id)?;
        let reviewer: String = reviewer.chars().filter(|c| !c.is_control()).collect::<String>().trim().to_string();
        if reviewer.is_empty() || reviewer.chars().count() > 80 {
            return Err(Error::validation(vec![FieldError::new("reviewer", said!("said-intake-sheet-reviewer-missing"))]));
        }
        let sheet = read_sheet(bytes)?;
        let all = self.criteria(cycle_id)?;
        let criteria = criteria_scored_by(&all, self.selection_rules(cycle_id)?.blind, &reviewer);
        // A column is named by the criterion's label, with or without the range the blank
        // sheet adds to it ("Quality of the work plan (0-10)").
        let column = |name: &str| {
            sheet.headers.iter().position(|h| {
                let h = h.trim();
                let bare = match h.rfind(" (") {
                    Some(i) if h.ends_with(')') => &h[..i],
                    _ => h,
                };
                ascii_key(h) == ascii_key(name) || ascii_key(bare) == ascii_key(name)
            })
        };
        let mut problems: Vec<FieldError> = Vec::new();
        let app_col = column("Application");
        if app_col.is_none() {
            problems.push(FieldError::new("file", said!("said-intake-sheet-no-application-column")));
        }
        let mut criterion_cols = Vec::new();
        for c in &criteria {
            match column(&c.label) {
                Some(i) => criterion_cols.push((c, i)),
                None => problems.push(FieldError::new("file", said!("said-intake-sheet-no-criterion-column", criterion = &c.label))),
            }
        }
        if !problems.is_empty() {
            return Err(Error::validation(problems));
        }
        let app_col = app_col.unwrap_or_default();
        let note_col = column("Note");
        let conflicted = self.conflicted_signatures(cycle_id)?;
        let mut cards: Vec<Card> = Vec::new();
        for (row, cells) in &sheet.rows {
            let cell = |i: usize| cells.get(i).map(|c| c.trim()).unwrap_or_default();
            let at = |what: &str| format!("row {row}, {what}");
            let raw = cell(app_col);
            let Ok(application_id) = raw.trim_start_matches('#').trim().parse::<i64>() else {
                problems.push(FieldError::new(at("Application"), said!("said-intake-sheet-not-an-application-number", text = raw)));
                continue;
            };
            match self.application(application_id) {
                Ok(a) if a.cycle_id != cycle_id => {
                    problems.push(FieldError::new(at("Application"), said!("said-intake-application-not-in-cycle", id = application_id)));
                    continue;
                }
                Ok(a) if a.status == Status::Withdrawn => {
                    problems.push(FieldError::new(at("Application"), said!("said-intake-sheet-application-withdrawn", id = application_id)));
                    continue;
                }
                Ok(_) => {}
                Err(_) => {
                    problems.push(FieldError::new(at("Application"), said!("said-intake-no-application", id = application_id)));
                    continue;
                }
            }
            if cards.iter().any(|c| c.application_id == application_id) {
                problems.push(FieldError::new(at("Application"), said!("said-intake-sheet-scored-twice", id = application_id)));
                continue;
            }
            if conflicted.contains(&(reviewer.clone(), application_id)) {
                problems.push(FieldError::new(at("Application"), said!("said-intake-sheet-conflict", reviewer = &reviewer, id = application_id)));
                continue;
            }
            let mut scores = Vec::new();
            for (c, i) in &criterion_cols {
                let raw = cell(*i);
                match raw.parse::<u32>() {
                    Ok(v) if v <= c.max_score => scores.push((c.id, v)),
                    Ok(v) => problems.push(FieldError::new(at(&c.label), said!("said-intake-score-out-of-range", score = v, criterion = &c.label, most = c.max_score))),
                    Err(_) if raw.is_empty() => problems.push(FieldError::new(at(&c.label), said!("said-intake-score-missing", criterion = &c.label, most = c.max_score))),
                    Err(_) => problems.push(FieldError::new(at(&c.label), said!("said-intake-sheet-score-not-a-number", text = raw, most = c.max_score))),
                }
            }
            let note = note_col.map(|i| cell(i).to_string()).unwrap_or_default();
            if note.chars().count() > 2000 {
                problems.push(FieldError::new(at("Note"), said!("said-intake-note-too-long")));
            }
            cards.push(Card { application_id, scores, note });
        }
        if cards.is_empty() && problems.is_empty() {
            problems.push(FieldError::new("file", said!("said-intake-sheet-empty")));
        }
        if !problems.is_empty() {
            return Err(Error::validation(problems));
        }
        let replaced = cards
            .iter()
            .filter(|c| self.reviews(c.application_id).map(|r| r.iter().any(|x| x.reviewer == reviewer)).unwrap_or(false))
            .count() as u32;
        let outcome = SheetImport { reviewer: reviewer.clone(), scorecards: cards.len() as u32, replaced, saved: !check_only };
        if check_only {
            return Ok(outcome);
        }
        let tx = self.conn().unchecked_transaction()?;
        let reviewer_id = self.reviewer_for_signature(cycle_id, &reviewer)?;
        for card in &cards {
            write_scorecard(&tx, Some(reviewer_id), &reviewer, card.application_id, &card.scores, &card.note)?;
        }
        tx.commit()?;
        Ok(outcome)
    }
}
