//! Applications imported from an online form's export (CSV), through a column mapping.
//!
//! Every form tool names its columns differently, so nothing is assumed about the header: a
//! mapping says which column holds which field of the application. The first import of a
//! cycle guesses it from the column names; the mapping used is saved with the cycle and used
//! again next time, and a column it names that the file no longer has (missing, or renamed)
//! is reported, as are the file's columns that nothing reads. An import is all-or-nothing:
//! the preview runs the whole import inside a transaction and rolls it back, so it reports
//! exactly what the import would do, row by row.

use std::collections::{BTreeMap, HashMap};

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use time::{Date, Month, PrimitiveDateTime, Time};
use ts_rs::TS;

use crate::intake::applications::{input_of, rfc3339_utc, utc_text, ApplicationInput, Role, StaffFormat, TravelMode, AUTOMATIC};
use crate::registry::hubs_csv::{decode, separator_name, sha256_hex, ImportSummary, RowError, MAX_LISTED_ERRORS};
use crate::cycle::cycles::Cycle;
use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::fold::ascii_key;
use crate::registry::hubs::Upsert;
use crate::platform::money::parse_euros;
use crate::cycle::programmes::Shape;
use crate::intake::selection::applicant_name;
use crate::platform::store::Store;

/// Field key → the column header (as written in the file) that holds it.
pub type ColumnMapping = BTreeMap<String, String>;

/// A field of the application that a column can fill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ImportField {
    pub key: String,
    pub label: String,
    pub required: bool,
    /// What the cells may hold.
    pub hint: String,
}

/// A column the saved mapping names that the file does not have.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MissingColumn {
    pub field: String,
    pub label: String,
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
    pub unmapped_required: Vec<String>,
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

struct FieldSpec {
    key: &'static str,
    label: &'static str,
    hint: &'static str,
    aliases: &'static [&'static str],
}

const REF: FieldSpec = FieldSpec {
    key: "external_ref",
    label: "Response ID",
    hint: "the form's id of the response; a re-import updates the same application",
    aliases: &["response id", "submission id", "entry id", "id", "ref", "reference", "response"],
};
const SUBMITTED: FieldSpec = FieldSpec {
    key: "submitted_at",
    label: "Submitted at",
    hint: "2027-01-14 09:30, 2027-01-14T09:30:00Z or 14/01/2027 09:30 (UTC)",
    aliases: &["submitted", "submitted at", "submission date", "submission time", "timestamp", "date submitted", "created", "created at"],
};
const HUB: FieldSpec = FieldSpec {
    key: "hub",
    label: "Hub",
    hint: "the member hub's name or key",
    aliases: &["hub", "hub name", "hub key", "applying hub", "home hub", "proposing hub", "your hub", "organisation", "organization"],
};
const ROLE: FieldSpec = FieldSpec {
    key: "role",
    label: "Visiting or hosting",
    hint: "visiting or hosting",
    aliases: &["role", "applying as", "visiting or hosting", "application type", "type"],
};
const PERSON: FieldSpec = FieldSpec {
    key: "person_name",
    label: "Name",
    hint: "the hub manager (P2P) or the traveller",
    aliases: &["name", "full name", "manager", "manager name", "hub manager", "contact name", "contact", "person", "traveller", "traveler", "participant"],
};
const EMAIL: FieldSpec = FieldSpec {
    key: "person_email",
    label: "E-mail",
    hint: "an e-mail address",
    aliases: &["email", "e mail", "email address", "e mail address", "manager email", "contact email", "mail"],
};
const JOB: FieldSpec = FieldSpec {
    key: "person_role",
    label: "Role in the hub",
    hint: "production manager, technician ...",
    aliases: &["role in the hub", "role", "job", "job title", "position", "function"],
};
const PARTNER: FieldSpec = FieldSpec {
    key: "partner_hub",
    label: "Partner or host hub",
    hint: "a member hub's name or key",
    aliases: &["partner", "partner hub", "proposed partner", "proposed partner hub", "host", "host hub", "proposed host", "proposed host hub"],
};
const FORMAT: FieldSpec = FieldSpec {
    key: "format",
    label: "Format",
    hint: "job-shadowing, project-based, workshop, lecture or other",
    aliases: &["format", "exchange format", "type of exchange"],
};
const STARTS: FieldSpec = FieldSpec {
    key: "starts_on",
    label: "First day",
    hint: "2027-05-03 or 03/05/2027",
    aliases: &["from", "start", "start date", "starts", "available from", "first day", "arrival", "date from"],
};
const ENDS: FieldSpec = FieldSpec {
    key: "ends_on",
    label: "Last day",
    hint: "2027-05-07 or 07/05/2027",
    aliases: &["to", "until", "end", "end date", "ends", "available until", "available to", "last day", "departure", "date to"],
};
const TITLE: FieldSpec = FieldSpec { key: "title", label: "Title", hint: "the workshop's title", aliases: &["title", "workshop title", "workshop"] };
const SUMMARY: FieldSpec = FieldSpec {
    key: "summary",
    label: "Work plan or summary",
    hint: "free text",
    aliases: &["work plan", "workplan", "summary", "description", "plan", "proposal"],
};
const TRAVELLERS: FieldSpec = FieldSpec {
    key: "travellers",
    label: "Travellers",
    hint: "a whole number, 1 when empty",
    aliases: &["travellers", "travelers", "number of travellers", "number of travelers", "people travelling"],
};
const MODE: FieldSpec = FieldSpec {
    key: "travel_mode",
    label: "Travel mode",
    hint: "green (train, bus, shared car) or standard",
    aliases: &["travel mode", "travel", "mode of travel", "green travel", "how will you travel"],
};
const PARTICIPANTS: FieldSpec = FieldSpec {
    key: "participants",
    label: "Expected participants",
    hint: "a whole number",
    aliases: &["participants", "expected participants", "number of participants"],
};
const BUDGET: FieldSpec = FieldSpec {
    key: "budget_request",
    label: "Budget request (€)",
    hint: "an amount in euros, e.g. 9,500",
    aliases: &["budget", "budget request", "requested budget", "amount requested"],
};
const NEEDS: FieldSpec = FieldSpec {
    key: "needs",
    label: "Accessibility or inclusion needs",
    hint: "free text",
    aliases: &["needs", "accessibility", "inclusion", "accessibility needs", "inclusion needs", "accessibility or inclusion needs", "special needs"],
};

/// The fields of a shape, in the order the form shows them, and which are required.
fn specs(shape: Shape) -> Vec<(&'static FieldSpec, bool)> {
    match shape {
        Shape::P2p => vec![
            (&REF, false),
            (&SUBMITTED, false),
            (&HUB, true),
            (&ROLE, true),
            (&PERSON, true),
            (&EMAIL, false),
            (&PARTNER, false),
            (&STARTS, false),
            (&ENDS, false),
            (&SUMMARY, false),
            (&TRAVELLERS, false),
            (&MODE, false),
            (&NEEDS, false),
        ],
        Shape::StaffExchange => vec![
            (&REF, false),
            (&SUBMITTED, false),
            (&PERSON, true),
            (&EMAIL, false),
            (&JOB, false),
            (&HUB, true),
            (&PARTNER, false),
            (&FORMAT, true),
            (&STARTS, true),
            (&ENDS, true),
            (&MODE, false),
            (&NEEDS, false),
        ],
        Shape::HubsAlliance => vec![
            (&REF, false),
            (&SUBMITTED, false),
            (&PERSON, true),
            (&EMAIL, false),
            (&HUB, true),
            (&PARTNER, true),
            (&STARTS, true),
            (&ENDS, true),
            (&MODE, false),
            (&NEEDS, false),
        ],
        Shape::Workshops => vec![
            (&REF, false),
            (&SUBMITTED, false),
            (&HUB, true),
            (&PERSON, false),
            (&EMAIL, false),
            (&TITLE, true),
            (&SUMMARY, false),
            (&STARTS, true),
            (&ENDS, true),
            (&PARTICIPANTS, true),
            (&BUDGET, false),
            (&NEEDS, false),
        ],
    }
}

pub fn import_fields(shape: Shape) -> Vec<ImportField> {
    specs(shape)
        .into_iter()
        .map(|(f, required)| ImportField { key: f.key.to_string(), label: f.label.to_string(), required, hint: f.hint.to_string() })
        .collect()
}

/// Column names compared without case, accents, punctuation or spacing.
fn norm(text: &str) -> String {
    ascii_key(text).chars().filter(|c| c.is_ascii_alphanumeric()).collect()
}

/// The mapping guessed from the header: each field takes the first free column whose name is
/// the field's key, label or one of its usual names.
fn guess(shape: Shape, headers: &[String], already: &ColumnMapping) -> ColumnMapping {
    let mut mapping = already.clone();
    let normed: Vec<String> = headers.iter().map(|h| norm(h)).collect();
    for (spec, _) in specs(shape) {
        if mapping.contains_key(spec.key) {
            continue;
        }
        let names: Vec<String> = [spec.key, spec.label].iter().chain(spec.aliases.iter()).map(|n| norm(n)).collect();
        let taken: Vec<&String> = mapping.values().collect();
        let found = names.iter().find_map(|name| headers.iter().zip(&normed).find(|(h, n)| *n == name && !taken.contains(h)).map(|(h, _)| h.clone()));
        if let Some(h) = found {
            mapping.insert(spec.key.to_string(), h);
        }
    }
    mapping
}

struct Sheet {
    separator: u8,
    had_bom: bool,
    headers: Vec<String>,
    /// (row number as a spreadsheet shows it, cells)
    rows: Vec<(u32, Vec<String>)>,
}

fn csv_error(message: impl Into<String>) -> Error {
    Error::new(ErrorCode::Csv, message)
}

fn read_sheet(bytes: &[u8]) -> Result<Sheet> {
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

/// The order of day and month in dates written with slashes, which form tools write in the
/// convention of the account's locale: `05/04/2027` is 5 April in Europe and May 4 in the US.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DateOrder {
    /// 14/01/2027
    DayMonth,
    /// 01/14/2027
    MonthDay,
}

impl DateOrder {
    pub fn as_str(self) -> &'static str {
        match self {
            DateOrder::DayMonth => "day_month",
            DateOrder::MonthDay => "month_day",
        }
    }
    pub fn parse(text: &str) -> Option<DateOrder> {
        match text.trim().to_lowercase().replace(['-', ' ', '/'], "_").as_str() {
            "day_month" | "dmy" | "dd_mm" => Some(DateOrder::DayMonth),
            "month_day" | "mdy" | "mm_dd" => Some(DateOrder::MonthDay),
            _ => None,
        }
    }
    fn words(self) -> &'static str {
        match self {
            DateOrder::DayMonth => "day/month",
            DateOrder::MonthDay => "month/day",
        }
    }
}

/// A date of the file written with slashes, and what it is in either order, so the person
/// importing can tell which order the file uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DateSample {
    pub row: u32,
    pub column: String,
    pub text: String,
    /// The date read day/month (`YYYY-MM-DD`), when that is a date.
    pub day_month: Option<String>,
    /// The date read month/day, when that is a date.
    pub month_day: Option<String>,
}

const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// The numbers of a date written with slashes (first, second, year), or None for any other way
/// of writing it. A two-digit year is in this century.
fn slash_parts(text: &str) -> Option<(u32, u32, i32)> {
    let parts: Vec<&str> = text.trim().split('/').map(str::trim).collect();
    let [a, b, y] = parts.as_slice() else { return None };
    if a.is_empty() || a.len() > 2 || b.is_empty() || b.len() > 2 || !(y.len() == 4 || y.len() == 2) {
        return None;
    }
    let year: i32 = y.parse().ok()?;
    Some((a.parse().ok()?, b.parse().ok()?, if y.len() == 2 { 2000 + year } else { year }))
}

fn calendar(year: i32, month: u32, day: u32) -> Option<Date> {
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    Date::from_calendar_date(year, month, u8::try_from(day).ok()?).ok()
}

/// What the numbers of a slash date are in one order.
fn in_order(parts: (u32, u32, i32), order: DateOrder) -> Option<Date> {
    let (a, b, y) = parts;
    match order {
        DateOrder::DayMonth => calendar(y, b, a),
        DateOrder::MonthDay => calendar(y, a, b),
    }
}

/// "5 April 2027".
fn spoken(d: Date) -> String {
    format!("{} {} {}", d.day(), MONTHS[usize::from(u8::from(d.month())) - 1], d.year())
}

/// A date as forms write it: ISO (`2027-05-03`), day first with dots or dashes (`03.05.2027`),
/// or with slashes in the file's order of day and month. A slash date that could be either is
/// refused while the order is not known: it is never guessed.
fn parse_day(text: &str, order: Option<DateOrder>) -> std::result::Result<Option<String>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let bad = || format!("'{t}' is not a date: write 2027-05-03 or 03/05/2027");
    if let Some(parts) = slash_parts(t) {
        let date = match order {
            Some(order) => in_order(parts, order).ok_or_else(|| format!("'{t}' is not a date read {} (the order of this file's dates)", order.words()))?,
            None => match (in_order(parts, DateOrder::DayMonth), in_order(parts, DateOrder::MonthDay)) {
                (Some(a), Some(b)) if a != b => {
                    return Err(format!(
                        "'{t}' could be {} or {}: choose the order of this file's dates (day/month or month/day)",
                        spoken(a),
                        spoken(b)
                    ))
                }
                (Some(d), _) | (None, Some(d)) => d,
                (None, None) => return Err(bad()),
            },
        };
        return Ok(Some(crate::platform::dates::format_date(date)));
    }
    let parts: Vec<&str> = t.split(['-', '.']).map(str::trim).collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) {
        return Err(bad());
    }
    let nums: Vec<u32> = parts.iter().map(|p| p.parse::<u32>()).collect::<std::result::Result<_, _>>().map_err(|_| bad())?;
    let date = if parts[0].len() == 4 {
        calendar(i32::try_from(nums[0]).map_err(|_| bad())?, nums[1], nums[2])
    } else if parts[2].len() == 4 || parts[2].len() == 2 {
        let year = i32::try_from(nums[2]).map_err(|_| bad())?;
        calendar(if parts[2].len() == 2 { 2000 + year } else { year }, nums[1], nums[0])
    } else {
        None
    };
    Ok(Some(crate::platform::dates::format_date(date.ok_or_else(bad)?)))
}

/// A submission time: a date, with an optional `HH:MM[:SS]` (or `h:MM[:SS] AM/PM`), in UTC
/// unless it says otherwise.
fn parse_time(text: &str, order: Option<DateOrder>) -> std::result::Result<Option<String>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if let Some(at) = rfc3339_utc(t) {
        return Ok(Some(at));
    }
    let bad = || format!("'{t}' is not a time: write 2027-01-14 09:30 or 14/01/2027 09:30");
    let (day, clock) = match t.split_once([' ', 'T']) {
        Some((d, c)) => (d, Some(c.trim().trim_end_matches('Z').trim())),
        None => (t, None),
    };
    let date = match parse_day(day, order) {
        Ok(Some(d)) => d,
        Ok(None) => return Err(bad()),
        // An ambiguous day says so, rather than "not a time".
        Err(m) if m.contains("could be") || m.contains("order of this file") => return Err(m),
        Err(_) => return Err(bad()),
    };
    let date = Date::parse(&date, crate::platform::dates::DATE_FORMAT).map_err(|_| bad())?;
    let clock = match clock {
        None => Time::MIDNIGHT,
        Some(c) => {
            let upper = c.to_uppercase().replace('.', "");
            let (c, half) = match upper.strip_suffix("AM").or_else(|| upper.strip_suffix("PM")) {
                Some(rest) => (rest.trim().to_string(), Some(upper.ends_with("PM"))),
                None => (c.to_string(), None),
            };
            let nums: Vec<u8> = c.split(':').map(|p| p.parse::<u8>()).collect::<std::result::Result<_, _>>().map_err(|_| bad())?;
            let (h, m, sec) = match nums.as_slice() {
                [h, m] => (*h, *m, 0),
                [h, m, s] => (*h, *m, *s),
                _ => return Err(bad()),
            };
            let h = match half {
                None => h,
                Some(_) if !(1..=12).contains(&h) => return Err(bad()),
                Some(false) => h % 12,
                Some(true) => h % 12 + 12,
            };
            Time::from_hms(h, m, sec).map_err(|_| bad())?
        }
    };
    Ok(Some(utc_text(PrimitiveDateTime::new(date, clock).assume_utc())))
}

/// The fields whose cells are dates or times.
const DATE_FIELDS: [&str; 3] = ["starts_on", "ends_on", "submitted_at"];

/// What a file's own slash dates say of their order: a day over 12 settles it (both orders
/// seen: none), and a sample to show the person importing, an ambiguous one when there is one.
fn dates_in_file(sheet: &Sheet, mapping: &ColumnMapping) -> (Option<DateOrder>, Option<DateSample>) {
    let (mut day_month, mut month_day) = (false, false);
    let mut sample: Option<DateSample> = None;
    let mut sample_ambiguous = false;
    for field in DATE_FIELDS {
        let Some(column) = mapping.get(field) else { continue };
        let Some(i) = sheet.headers.iter().position(|h| h == column) else { continue };
        for (row, cells) in &sheet.rows {
            let cell = cells.get(i).map_or("", |c| c.trim());
            let day = cell.split([' ', 'T']).next().unwrap_or("");
            let Some(parts) = slash_parts(day) else { continue };
            let (a, b) = (in_order(parts, DateOrder::DayMonth), in_order(parts, DateOrder::MonthDay));
            match (a, b) {
                (Some(_), None) => day_month = true,
                (None, Some(_)) => month_day = true,
                _ => {}
            }
            let ambiguous = matches!((a, b), (Some(x), Some(y)) if x != y);
            // The first slash date, or better the first that could be either.
            if sample.is_none() || (ambiguous && !sample_ambiguous) {
                sample_ambiguous = ambiguous;
                sample = Some(DateSample {
                    row: *row,
                    column: column.clone(),
                    text: day.to_string(),
                    day_month: a.map(crate::platform::dates::format_date),
                    month_day: b.map(crate::platform::dates::format_date),
                });
            }
        }
    }
    let found = match (day_month, month_day) {
        (true, false) => Some(DateOrder::DayMonth),
        (false, true) => Some(DateOrder::MonthDay),
        _ => None,
    };
    (found, sample)
}

fn parse_role(text: &str) -> std::result::Result<Role, String> {
    let n = norm(text);
    if n.contains("visit") {
        Ok(Role::Visiting)
    } else if n.contains("host") {
        Ok(Role::Hosting)
    } else {
        Err(format!("'{}' is neither visiting nor hosting", text.trim()))
    }
}

fn parse_mode(text: &str) -> std::result::Result<TravelMode, String> {
    let n = norm(text);
    if n.is_empty() || ["standard", "no", "plane", "air", "flight", "car", "regular"].iter().any(|w| n == *w) {
        Ok(TravelMode::Standard)
    } else if ["green", "yes", "train", "bus", "coach", "sharedcar", "lowemission", "greentravel", "rail"].iter().any(|w| n.contains(w)) {
        Ok(TravelMode::Green)
    } else {
        Err(format!("'{}' is not a travel mode: write green or standard", text.trim()))
    }
}

fn parse_format(text: &str) -> std::result::Result<Option<StaffFormat>, String> {
    let n = norm(text);
    Ok(Some(match n.as_str() {
        "" => return Ok(None),
        _ if n.contains("shadow") => StaffFormat::JobShadowing,
        _ if n.contains("project") => StaffFormat::ProjectBased,
        _ if n.contains("workshop") => StaffFormat::Workshop,
        _ if n.contains("lecture") || n.contains("talk") => StaffFormat::Lecture,
        "other" => StaffFormat::Other,
        _ => return Err(format!("'{}' is not a format: write job-shadowing, project-based, workshop, lecture or other", text.trim())),
    }))
}

fn parse_count(text: &str) -> std::result::Result<Option<u32>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse::<u32>().map(Some).map_err(|_| format!("'{t}' is not a whole number"))
}

/// Member hubs by key and by folded name, to resolve what a form says.
struct HubIndex {
    by_key: HashMap<String, i64>,
    by_name: HashMap<String, Vec<i64>>,
}

impl HubIndex {
    fn resolve(&self, text: &str) -> std::result::Result<Option<i64>, String> {
        let t = text.trim();
        if t.is_empty() {
            return Ok(None);
        }
        if let Some(id) = self.by_key.get(&t.to_lowercase()) {
            return Ok(Some(*id));
        }
        match self.by_name.get(&norm(t)).map(Vec::as_slice) {
            Some([id]) => Ok(Some(*id)),
            Some(_) => Err(format!("several member hubs are called '{t}': use the hub's key")),
            None => Err(format!("no member hub is called '{t}' (name or key)")),
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
                label: fields.iter().find(|f| &f.key == field).map_or_else(|| field.clone(), |f| f.label.clone()),
                column: column.clone(),
            })
            .collect();
        let unmapped_required: Vec<String> = fields.iter().filter(|f| f.required && !mapping.contains_key(&f.key)).map(|f| f.label.clone()).collect();
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
                return Err(csv_error("The file changed since it was previewed. Preview it again before importing."));
            }
        }
        let cycle = self.cycle(cycle_id)?;
        let sheet = read_sheet(bytes)?;
        let saved = self.import_mapping(cycle_id)?;
        let mapping = self.mapping_for(&cycle, &sheet, mapping, saved.as_ref())?;
        let fields = import_fields(cycle.shape);
        let unmapped: Vec<String> = fields.iter().filter(|f| f.required && !mapping.contains_key(&f.key)).map(|f| f.label.clone()).collect();
        if !unmapped.is_empty() {
            return Err(csv_error(format!("No column is mapped to {}: choose the column for each in the mapping. Nothing was imported.", unmapped.join(", "))));
        }
        if sheet.rows.is_empty() {
            return Err(csv_error("The file has a header but no rows. Nothing was imported."));
        }
        let order = date_order.or(dates_in_file(&sheet, &mapping).0).or(self.saved_date_order(cycle_id)?);
        let tx = self.conn().unchecked_transaction()?;
        let run = self.run_import(&cycle, &sheet, &mapping, order)?;
        if run.error_count > 0 {
            tx.rollback()?;
            let first = &run.errors[0];
            return Err(csv_error(format!(
                "{} problem(s) in the file, nothing was imported. First: row {}, {}: {}.",
                run.error_count,
                first.row,
                if first.column.is_empty() { "whole row" } else { &first.column },
                first.message
            )));
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
                        errors.push(FieldError::new(field.clone(), format!("'{field}' is not a field of {} applications.", cycle.programme_name)));
                    } else if !sheet.headers.contains(column) {
                        errors.push(FieldError::new(field.clone(), format!("The file has no column '{column}'.")));
                    } else if let Some(other) = by_column.insert(column, field) {
                        errors.push(FieldError::new(field.clone(), format!("The column '{column}' is already mapped to {other}.")));
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
            let mut row_errors: Vec<(String, String)> = Vec::new();
            if let Some(rows) = rows_of_ref.get(cell("external_ref").trim()).filter(|rows| rows.len() > 1) {
                let others: Vec<String> = rows.iter().filter(|r| *r != row).map(u32::to_string).collect();
                row_errors.push((
                    mapping.get("external_ref").cloned().unwrap_or_default(),
                    format!(
                        "the response id '{}' is also on row {}: each response needs its own id, or one of the rows is a repeat to remove",
                        cell("external_ref").trim(),
                        others.join(", ")
                    ),
                ));
            }
            let mut note = |field: &str, message: String| row_errors.push((mapping.get(field).cloned().unwrap_or_default(), message));
            let hub_id = match index.resolve(cell("hub")) {
                Ok(Some(id)) => id,
                Ok(None) => {
                    note("hub", "no hub given".to_string());
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
                    note("budget_request", e.message);
                    None
                })
            };
            let external_ref = Some(cell("external_ref").trim().to_string()).filter(|r| !r.is_empty());
            let input = ApplicationInput {
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
                match self.validate_application(&input, existing) {
                    Err(e) if e.code == ErrorCode::Validation => {
                        for f in e.fields {
                            let key = import_key(&f.field);
                            row_errors.push((mapping.get(key).cloned().unwrap_or_default(), f.message));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times_as_forms_write_them() {
        let dm = Some(DateOrder::DayMonth);
        let md = Some(DateOrder::MonthDay);
        assert_eq!(parse_day("2027-05-03", None).unwrap().as_deref(), Some("2027-05-03"));
        assert_eq!(parse_day("3/5/2027", dm).unwrap().as_deref(), Some("2027-05-03"));
        assert_eq!(parse_day("3/5/2027", md).unwrap().as_deref(), Some("2027-03-05"));
        assert_eq!(parse_day("03.05.2027", None).unwrap().as_deref(), Some("2027-05-03"), "dots are day first");
        assert_eq!(parse_day("14/01/2027", None).unwrap().as_deref(), Some("2027-01-14"), "a day over 12 settles it");
        assert_eq!(parse_day("1/14/27", None).unwrap().as_deref(), Some("2027-01-14"));
        assert_eq!(parse_day("5/5/2027", None).unwrap().as_deref(), Some("2027-05-05"), "the same either way");
        assert_eq!(
            parse_day("05/04/2027", None).unwrap_err(),
            "'05/04/2027' could be 5 April 2027 or 4 May 2027: choose the order of this file's dates (day/month or month/day)"
        );
        assert_eq!(parse_day("1/14/27", dm).unwrap_err(), "'1/14/27' is not a date read day/month (the order of this file's dates)");
        assert!(parse_day("31/02/2027", dm).is_err());
        assert!(parse_day("May 3", None).is_err());
        assert_eq!(parse_time("2027-01-14 09:30", None).unwrap().as_deref(), Some("2027-01-14T09:30:00Z"));
        assert_eq!(parse_time("14/01/2027 09:30:15", None).unwrap().as_deref(), Some("2027-01-14T09:30:15Z"));
        assert_eq!(parse_time("2027-01-14T10:30:00+01:00", None).unwrap().as_deref(), Some("2027-01-14T09:30:00Z"));
        assert_eq!(parse_time("1/14/27 9:30:12 AM", None).unwrap().as_deref(), Some("2027-01-14T09:30:12Z"));
        assert_eq!(parse_time("1/14/27 12:05 AM", None).unwrap().as_deref(), Some("2027-01-14T00:05:00Z"));
        assert_eq!(parse_time("1/14/27 1:30:00 PM", None).unwrap().as_deref(), Some("2027-01-14T13:30:00Z"));
        assert!(parse_time("1/4/27 9:30", None).unwrap_err().contains("could be 1 April 2027 or 4 January 2027"));
        assert!(parse_time("1/14/27 13:30 PM", None).is_err());
        assert!(parse_time("yesterday", None).is_err());
    }

    #[test]
    fn words_forms_use() {
        assert_eq!(parse_role("Visiting hub").unwrap(), Role::Visiting);
        assert_eq!(parse_role("HOST").unwrap(), Role::Hosting);
        assert!(parse_role("both").is_err());
        assert_eq!(parse_mode("Train / bus").unwrap(), TravelMode::Green);
        assert_eq!(parse_mode("").unwrap(), TravelMode::Standard);
        assert!(parse_mode("teleport").is_err());
        assert_eq!(parse_format("Job shadowing").unwrap(), Some(StaffFormat::JobShadowing));
    }

    #[test]
    fn guessing_takes_each_column_once() {
        let headers: Vec<String> = ["Response ID", "Timestamp", "Organisation", "Applying as", "Manager", "E-mail address", "Role in the hub"].map(String::from).to_vec();
        let m = guess(Shape::P2p, &headers, &ColumnMapping::new());
        assert_eq!(m.get("hub").map(String::as_str), Some("Organisation"));
        assert_eq!(m.get("role").map(String::as_str), Some("Applying as"));
        assert_eq!(m.get("person_email").map(String::as_str), Some("E-mail address"));
        assert_eq!(m.get("submitted_at").map(String::as_str), Some("Timestamp"));
        let staff = guess(Shape::StaffExchange, &headers, &ColumnMapping::new());
        assert_eq!(staff.get("person_role").map(String::as_str), Some("Role in the hub"));
    }
}
