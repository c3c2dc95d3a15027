//! What a form writes in a cell, read: dates (ISO, day first, or with slashes in the file's order
//! of day and month, which is never guessed), submission times, roles, travel modes, formats and
//! counts.

use serde::{Deserialize, Serialize};
use time::{Date, Month, PrimitiveDateTime, Time};
use ts_rs::TS;

use super::fields::norm;
use super::sheet::Sheet;
use super::ColumnMapping;
use crate::intake::applications::{rfc3339_utc, utc_text, Role, StaffFormat, TravelMode};
use crate::phrase;
use crate::platform::said::Phrase;

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

/// A date as forms write it: ISO (`2027-05-03`), day first with dots or dashes (`03.05.2027`),
/// or with slashes in the file's order of day and month. A slash date that could be either is
/// refused while the order is not known: it is never guessed.
pub(super) fn parse_day(text: &str, order: Option<DateOrder>) -> std::result::Result<Option<String>, Phrase> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let bad = || phrase!("said-intake-cell-not-a-date", text = t);
    if let Some(parts) = slash_parts(t) {
        let date = match order {
            Some(order) => in_order(parts, order).ok_or_else(|| phrase!("said-intake-cell-not-a-date-in-order", text = t, order = order.as_str()))?,
            None => match (in_order(parts, DateOrder::DayMonth), in_order(parts, DateOrder::MonthDay)) {
                (Some(a), Some(b)) if a != b => {
                    return Err(phrase!(
                        "said-intake-cell-date-ambiguous",
                        text = t,
                        first = crate::platform::dates::format_date(a),
                        second = crate::platform::dates::format_date(b)
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
pub(super) fn parse_time(text: &str, order: Option<DateOrder>) -> std::result::Result<Option<String>, Phrase> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if let Some(at) = rfc3339_utc(t) {
        return Ok(Some(at));
    }
    let bad = || phrase!("said-intake-cell-not-a-time", text = t);
    let (day, clock) = match t.split_once([' ', 'T']) {
        Some((d, c)) => (d, Some(c.trim().trim_end_matches('Z').trim())),
        None => (t, None),
    };
    let date = match parse_day(day, order) {
        Ok(Some(d)) => d,
        Ok(None) => return Err(bad()),
        // An ambiguous day says so, rather than "not a time".
        Err(m) if m.said.as_ref().is_some_and(|s| s.id == "said-intake-cell-date-ambiguous" || s.id == "said-intake-cell-not-a-date-in-order") => return Err(m),
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
pub(super) fn dates_in_file(sheet: &Sheet, mapping: &ColumnMapping) -> (Option<DateOrder>, Option<DateSample>) {
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

pub(super) fn parse_role(text: &str) -> std::result::Result<Role, Phrase> {
    let n = norm(text);
    if n.contains("visit") {
        Ok(Role::Visiting)
    } else if n.contains("host") {
        Ok(Role::Hosting)
    } else {
        Err(phrase!("said-intake-cell-not-a-role", text = text.trim()))
    }
}

pub(super) fn parse_mode(text: &str) -> std::result::Result<TravelMode, Phrase> {
    let n = norm(text);
    if n.is_empty() || ["standard", "no", "plane", "air", "flight", "car", "regular"].iter().any(|w| n == *w) {
        Ok(TravelMode::Standard)
    } else if ["green", "yes", "train", "bus", "coach", "sharedcar", "lowemission", "greentravel", "rail"].iter().any(|w| n.contains(w)) {
        Ok(TravelMode::Green)
    } else {
        Err(phrase!("said-intake-cell-not-a-travel-mode", text = text.trim()))
    }
}

pub(super) fn parse_format(text: &str) -> std::result::Result<Option<StaffFormat>, Phrase> {
    let n = norm(text);
    Ok(Some(match n.as_str() {
        "" => return Ok(None),
        _ if n.contains("shadow") => StaffFormat::JobShadowing,
        _ if n.contains("project") => StaffFormat::ProjectBased,
        _ if n.contains("workshop") => StaffFormat::Workshop,
        _ if n.contains("lecture") || n.contains("talk") => StaffFormat::Lecture,
        "other" => StaffFormat::Other,
        _ => return Err(phrase!("said-intake-cell-not-a-format", text = text.trim())),
    }))
}

pub(super) fn parse_count(text: &str) -> std::result::Result<Option<u32>, Phrase> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse::<u32>().map(Some).map_err(|_| phrase!("said-intake-cell-not-a-whole-number", text = t))
}
