//! Dates as the data file keeps them: calendar dates as `YYYY-MM-DD`, moments as RFC 3339 in
//! UTC to the second. Every part reads and writes them through these.

use time::Date;

use crate::platform::error::FieldError;

/// A calendar date as stored: `2027-03-31`.
pub(crate) const DATE_FORMAT: &[time::format_description::FormatItem<'static>] = time::macros::format_description!("[year]-[month]-[day]");

/// The date in a form field, or an error for it; `None` when the field is empty.
pub(crate) fn parse_date(value: &Option<String>, field: &str, errors: &mut Vec<FieldError>) -> Option<Date> {
    let text = value.as_deref().map(str::trim).filter(|t| !t.is_empty())?;
    match Date::parse(text, DATE_FORMAT) {
        Ok(d) => Some(d),
        Err(_) => {
            errors.push(FieldError::new(field, crate::said!("said-platform-date-bad", text = text)));
            None
        }
    }
}

/// A date as stored.
pub(crate) fn format_date(d: Date) -> String {
    d.format(DATE_FORMAT).unwrap_or_default()
}

/// The moment now, to the second, as RFC 3339 in UTC (`2026-12-05T16:06:38Z`).
pub(crate) fn now_text() -> String {
    time::OffsetDateTime::now_utc().replace_nanosecond(0).unwrap_or(time::OffsetDateTime::UNIX_EPOCH).format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
}
