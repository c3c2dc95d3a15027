//! The import of a form export into a cycle: the mapping (given, saved or guessed), the preview
//! that runs the whole import in a transaction and rolls it back, and the import itself.

use std::collections::HashMap;

use rusqlite::OptionalExtension;

use super::cells::{dates_in_file, parse_count, parse_day, parse_format, parse_mode, parse_role, parse_time, DateOrder};
use super::fields::{guess, import_fields, norm};
use super::sheet::{csv_error, read_sheet, Sheet};
use super::{ColumnMapping, FormImportPreview, MissingColumn, PlannedApplication};
use crate::intake::applications::{input_of, ApplicationInput, Role, TravelMode, AUTOMATIC};
use crate::registry::hubs_csv::{separator_name, sha256_hex, ImportSummary, RowError, MAX_LISTED_ERRORS};
use crate::cycle::cycles::Cycle;
use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::registry::hubs::Upsert;
use crate::platform::money::parse_euros;
use crate::cycle::programmes::Shape;
use crate::intake::selection::applicant_name;
use crate::platform::said::Phrase;
use crate::platform::store::Store;
use crate::{phrase, said};

/// Member hubs by key and by folded name, to resolve what a form says.
struct HubIndex {
    by_key: HashMap<String, i64>,
    by_name: HashMap<String, Vec<i64>>,
}

impl HubIndex {
    fn resolve(&self, text: &str) -> std::result::Result<Option<i64>, Phrase> {
        let t = text.trim();
        if t.is_empty() {
            return Ok(None);
        }
        if let Some(id) = self.by_key.get(&t.to_lowercase()) {
            return Ok(Some(*id));
        }
        match self.by_name.get(&norm(t)).map(Vec::as_slice) {
            Some([id]) => Ok(Some(*id)),
            Some(_) => Err(phrase!("said-intake-cell-hub-ambiguous", name = t)),
            None => Err(phrase!("said-intake-cell-no-such-hub", name = t)),
        }
    }
}

/// The application field a validation message refers to, as an import field key.
fn import_key(field: &str) -> &str {
    match field {
        "hub_id" => "hub",
        "partner_hub_id" => "partner_hub",
        "budget_request_cents" => "budget_request",
        other => other,
    }
}

struct Run {
    creates: u32,
    updates: u32,
    unchanged: u32,
    errors: Vec<RowError>,
    error_count: u32,
    planned: Vec<PlannedApplication>,
}

impl Store {
    /// The mapping saved by the cycle's last import.
    pub fn import_mapping(&self, cycle_id: i64) -> Result<Option<ColumnMapping>> {
        self.cycle(cycle_id)?;
        let text: Option<String> = self.conn().query_row("SELECT mapping FROM import_mappings WHERE cycle_id = ?1", [cycle_id], |r| r.get(0)).optional()?;
        Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
    }

    /// The order of dates saved by the cycle's last import, if one was known.
    fn saved_date_order(&self, cycle_id: i64) -> Result<Option<DateOrder>> {
        let text: Option<Option<String>> = self.conn().query_row("SELECT date_order FROM import_mappings WHERE cycle_id = ?1", [cycle_id], |r| r.get(0)).optional()?;
        Ok(text.flatten().and_then(|t| DateOrder::parse(&t)))
    }

    /// What importing this form export into the cycle would do. `mapping` is the one the user
    /// chose; without it the cycle's saved mapping is used, completed by guesses.
    /// `date_order`, when given, is how slash dates are read (see [`FormImportPreview::date_order`]).
    pub fn preview_application_import(&self, cycle_id: i64, bytes: &[u8], mapping: Option<&ColumnMapping>, date_order: Option<DateOrder>) -> Result<FormImportPreview> {
        let cycle = self.cycle(cycle_id)?;
        let sheet = read_sheet(bytes)?;
        let saved = self.import_mapping(cycle_id)?;
        let mapping = self.mapping_for(&cycle, &sheet, mapping, saved.as_ref())?;
        let (date_order_found, date_sample) = dates_in_file(&sheet, &mapping);
        let order = date_order.or(date_order_found).or(self.saved_date_order(cycle_id)?);
        let fields = import_fields(cycle.shape);
        let used: Vec<&String> = mapping.values().collect();
        let extra_columns = sheet.headers.iter().filter(|h| !h.is_empty() && !used.contains(h)).cloned().collect();
        let missing_columns = saved
            .iter()
            .flat_map(|s| s.iter())
            .filter(|(_, column)| !sheet.headers.contains(column))
            .map(|(field, column)| MissingColumn {
                field: field.clone(),
                label: fields.iter().find(|f| &f.key == field).map_or_else(|| Phrase::from(field.as_str()), |f| f.label.clone()),
                column: column.clone(),
            })
            .collect();
        let unmapped_required: Vec<Phrase> = fields.iter().filter(|f| f.required && !mapping.contains_key(&f.key)).map(|f| f.label.clone()).collect();
        let run = if unmapped_required.is_empty() {
            let tx = self.conn().unchecked_transaction()?;
            let run = self.run_import(&cycle, &sheet, &mapping, order)?;
            tx.rollback()?;
            run
        } else {
            Run { creates: 0, updates: 0, unchanged: 0, errors: Vec::new(), error_count: 0, planned: Vec::new() }
        };
        Ok(FormImportPreview {
            sha256: sha256_hex(bytes),
            separator: separator_name(sheet.separator).to_string(),
            had_bom: sheet.had_bom,
            headers: sheet.headers.clone(),
            fields,
            mapping,
            saved_mapping: saved.is_some(),
            extra_columns,
            missing_columns,
            ready: unmapped_required.is_empty() && run.error_count == 0 && !sheet.rows.is_empty(),
            unmapped_required,
            rows: sheet.rows.len() as u32,
            creates: run.creates,
            updates: run.updates,
            unchanged: run.unchanged,
            error_count: run.error_count,
            errors: run.errors,
            planned: run.planned,
            date_order: order,
            date_order_found,
            date_sample,
        })
    }

    /// Import every row of the form export or none, and save the mapping with the cycle.
    /// `expected_sha256`, when given, must match the previewed file.
    pub fn import_applications(&mut self, cycle_id: i64, bytes: &[u8], mapping: Option<&ColumnMapping>, date_order: Option<DateOrder>, expected_sha256: Option<&str>) -> Result<ImportSummary> {
        if let Some(expected) = expected_sha256 {
            if sha256_hex(bytes) != expected {
                return Err(csv_error(said!("said-intake-import-file-changed")));
            }
        }
        let cycle = self.cycle(cycle_id)?;
        let sheet = read_sheet(bytes)?;
        let saved = self.import_mapping(cycle_id)?;
        let mapping = self.mapping_for(&cycle, &sheet, mapping, saved.as_ref())?;
        let fields = import_fields(cycle.shape);
        let unmapped: Vec<Phrase> = fields.iter().filter(|f| f.required && !mapping.contains_key(&f.key)).map(|f| f.label.clone()).collect();
        if !unmapped.is_empty() {
            return Err(csv_error(said!("said-intake-import-unmapped", fields = unmapped.join(", "))));
        }
        if sheet.rows.is_empty() {
            return Err(csv_error(said!("said-intake-import-no-rows")));
        }
        let order = date_order.or(dates_in_file(&sheet, &mapping).0).or(self.saved_date_order(cycle_id)?);
        let tx = self.conn().unchecked_transaction()?;
        let run = self.run_import(&cycle, &sheet, &mapping, order)?;
        if run.error_count > 0 {
            tx.rollback()?;
            let first = &run.errors[0];
            return Err(csv_error(if first.column.is_empty() {
                said!("said-intake-import-problems-whole-row", count = run.error_count, row = first.row, problem = first.message.text.as_str())
            } else {
                said!("said-intake-import-problems", count = run.error_count, row = first.row, column = &first.column, problem = first.message.text.as_str())
            }));
        }
        tx.execute(
            "INSERT INTO import_mappings (cycle_id, mapping, date_order) VALUES (?1, ?2, ?3)
             ON CONFLICT (cycle_id) DO UPDATE SET mapping = excluded.mapping, date_order = coalesce(excluded.date_order, date_order),
                updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
            rusqlite::params![cycle_id, serde_json::to_string(&mapping).unwrap_or_else(|_| "{}".into()), order.map(DateOrder::as_str)],
        )?;
        tx.commit()?;
        self.auto_select(cycle_id, AUTOMATIC)?;
        Ok(ImportSummary { rows: sheet.rows.len() as u32, created: run.creates, updated: run.updates, unchanged: run.unchanged })
    }

    fn mapping_for(&self, cycle: &Cycle, sheet: &Sheet, given: Option<&ColumnMapping>, saved: Option<&ColumnMapping>) -> Result<ColumnMapping> {
        let fields = import_fields(cycle.shape);
        match given {
            Some(m) => {
                let mut errors = Vec::new();
                let mut by_column: HashMap<&String, &String> = HashMap::new();
                for (field, column) in m {
                    if !fields.iter().any(|f| &f.key == field) {
                        errors.push(FieldError::new(field.clone(), said!("said-intake-mapping-not-a-field", field = field, programme = &cycle.programme_name)));
                    } else if !sheet.headers.contains(column) {
                        errors.push(FieldError::new(field.clone(), said!("said-intake-mapping-no-column", column = column)));
                    } else if let Some(other) = by_column.insert(column, field) {
                        errors.push(FieldError::new(field.clone(), said!("said-intake-mapping-column-taken", column = column, other = other.as_str())));
                    }
                }
                if !errors.is_empty() {
                    return Err(Error::validation(errors));
                }
                Ok(m.clone())
            }
            None => {
                let kept: ColumnMapping = saved
                    .map(|s| s.iter().filter(|(f, c)| sheet.headers.contains(c) && fields.iter().any(|x| &x.key == *f)).map(|(f, c)| (f.clone(), c.clone())).collect())
                    .unwrap_or_default();
                Ok(guess(cycle.shape, &sheet.headers, &kept))
            }
        }
    }

    /// Write every row (inside the caller's transaction) and collect what happened.
    fn run_import(&self, cycle: &Cycle, sheet: &Sheet, mapping: &ColumnMapping, order: Option<DateOrder>) -> Result<Run> {
        let index = {
            let hubs = self.all_hubs()?;
            let mut by_name: HashMap<String, Vec<i64>> = HashMap::new();
            for h in &hubs {
                by_name.entry(norm(&h.name)).or_default().push(h.id);
            }
            HubIndex { by_key: hubs.iter().map(|h| (h.key.clone(), h.id)).collect(), by_name }
        };
        let column_of: HashMap<&str, usize> = mapping.iter().filter_map(|(f, c)| sheet.headers.iter().position(|h| h == c).map(|i| (f.as_str(), i))).collect();
        let mut run = Run { creates: 0, updates: 0, unchanged: 0, errors: Vec::new(), error_count: 0, planned: Vec::new() };
        // A response id names one application: two rows with the same id are two people (or one
        // sent twice), never merged. Each such row is refused, naming the other rows.
        let mut rows_of_ref: HashMap<String, Vec<u32>> = HashMap::new();
        if let Some(i) = column_of.get("external_ref") {
            for (row, cells) in &sheet.rows {
                let r = cells.get(*i).map_or("", |c| c.trim());
                if !r.is_empty() {
                    rows_of_ref.entry(r.to_string()).or_default().push(*row);
                }
            }
        }
        for (row, cells) in &sheet.rows {
            let cell = |field: &str| column_of.get(field).and_then(|i| cells.get(*i)).map_or("", |s| s.as_str());
            let mut row_errors: Vec<(String, Phrase)> = Vec::new();
            if let Some(rows) = rows_of_ref.get(cell("external_ref").trim()).filter(|rows| rows.len() > 1) {
                let others: Vec<String> = rows.iter().filter(|r| *r != row).map(u32::to_string).collect();
                row_errors.push((
                    mapping.get("external_ref").cloned().unwrap_or_default(),
                    phrase!("said-intake-cell-response-id-twice", id = cell("external_ref").trim(), rows = others.join(", ")),
                ));
            }
            let mut note = |field: &str, message: Phrase| row_errors.push((mapping.get(field).cloned().unwrap_or_default(), message));
            let hub_id = match index.resolve(cell("hub")) {
                Ok(Some(id)) => id,
                Ok(None) => {
                    note("hub", phrase!("said-intake-cell-no-hub"));
                    0
                }
                Err(m) => {
                    note("hub", m);
                    0
                }
            };
            let partner_hub_id = index.resolve(cell("partner_hub")).unwrap_or_else(|m| {
                note("partner_hub", m);
                None
            });
            let role = match cycle.shape {
                Shape::P2p => parse_role(cell("role")).unwrap_or_else(|m| {
                    note("role", m);
                    Role::Visiting
                }),
                Shape::Workshops => Role::Proposer,
                _ => Role::Visitor,
            };
            let mut day = |field: &str| {
                parse_day(cell(field), order).unwrap_or_else(|m| {
                    note(field, m);
                    None
                })
            };
            let (starts_on, ends_on) = (day("starts_on"), day("ends_on"));
            let submitted_at = parse_time(cell("submitted_at"), order).unwrap_or_else(|m| {
                note("submitted_at", m);
                None
            });
            let travellers = parse_count(cell("travellers")).unwrap_or_else(|m| {
                note("travellers", m);
                None
            });
            let participants = parse_count(cell("participants")).unwrap_or_else(|m| {
                note("participants", m);
                None
            });
            let travel_mode = parse_mode(cell("travel_mode")).unwrap_or_else(|m| {
                note("travel_mode", m);
                TravelMode::Standard
            });
            let format = parse_format(cell("format")).unwrap_or_else(|m| {
                note("format", m);
                None
            });
            let budget = cell("budget_request").trim();
            let budget_request_cents = if budget.is_empty() {
                None
            } else {
                parse_euros(budget, "budget_request").map(Some).unwrap_or_else(|e| {
                    note("budget_request", Phrase { text: e.message, said: e.said });
                    None
                })
            };
            let external_ref = Some(cell("external_ref").trim().to_string()).filter(|r| !r.is_empty());
            let mut input = ApplicationInput {
                cycle_id: cycle.id,
                hub_id,
                role,
                person_name: cell("person_name").to_string(),
                person_email: cell("person_email").to_string(),
                person_role: cell("person_role").to_string(),
                partner_hub_id,
                format,
                starts_on,
                ends_on,
                title: cell("title").to_string(),
                summary: cell("summary").to_string(),
                travellers: travellers.unwrap_or(1),
                travel_mode,
                participants,
                budget_request_cents,
                needs: cell("needs").to_string(),
                submitted_at,
                external_ref: external_ref.clone(),
            };
            if row_errors.is_empty() {
                let existing: Option<i64> = match &external_ref {
                    Some(r) => self
                        .conn()
                        .query_row("SELECT id FROM applications WHERE cycle_id = ?1 AND external_ref = ?2", rusqlite::params![cycle.id, r], |x| x.get(0))
                        .optional()?,
                    None => None,
                };
                // A row without a submission time keeps the one stored: importing the same
                // export again must not move an application in the order of arrival.
                if let (None, Some(id)) = (&input.submitted_at, existing) {
                    input.submitted_at = Some(self.application(id)?.submitted_at);
                }
                match self.validate_application(&input, existing) {
                    Err(e) if e.code == ErrorCode::Validation => {
                        for f in e.fields {
                            let key = import_key(&f.field);
                            row_errors.push((mapping.get(key).cloned().unwrap_or_default(), Phrase { text: f.message, said: f.said }));
                        }
                    }
                    Err(e) => return Err(e),
                    Ok(valid) => {
                        let outcome = match existing {
                            None => {
                                self.insert_valid(&valid)?;
                                Upsert::Created
                            }
                            Some(id) => {
                                let before = input_of(&self.application(id)?);
                                self.update_valid(id, &valid)?;
                                if input_of(&self.application(id)?) == before {
                                    Upsert::Unchanged
                                } else {
                                    Upsert::Updated
                                }
                            }
                        };
                        match outcome {
                            Upsert::Created => run.creates += 1,
                            Upsert::Updated => run.updates += 1,
                            Upsert::Unchanged => run.unchanged += 1,
                        }
                        if run.planned.len() < 500 {
                            let hub = self.hub(hub_id)?;
                            let applicant = applicant_name(&input.person_name, &hub.name, role);
                            run.planned.push(PlannedApplication { row: *row, applicant, role: role.as_str().to_string(), outcome });
                        }
                    }
                }
            }
            for (column, message) in row_errors {
                run.error_count += 1;
                if run.errors.len() < MAX_LISTED_ERRORS {
                    run.errors.push(RowError { row: *row, column, message });
                }
            }
        }
        Ok(run)
    }
}
