//! Money is integer euro cents, never floating point.

use serde::Serialize;
use ts_rs::TS;

use crate::platform::error::FieldError;

/// Read an amount of euros as a person types it: `21775`, `21 775`, `21,775.50`, `21.775,50`,
/// `€ 1,175`. A single `.` or `,` followed by exactly three digits is a thousands separator;
/// followed by one or two digits it is the decimal separator. Negative amounts are refused.
pub fn parse_euros(text: &str, field: &str) -> Result<i64, FieldError> {
    let bad = || FieldError::new(field, crate::said!("said-money-not-an-amount", text = text.trim()));
    let cleaned: String = text
        .trim()
        .trim_start_matches('€')
        .trim_end_matches('€')
        .trim()
        .trim_end_matches("EUR")
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '’'))
        .collect();
    if cleaned.is_empty() || !cleaned.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err(bad());
    }
    let last_sep = cleaned.rfind(['.', ',']);
    let (whole, fraction) = match last_sep {
        None => (cleaned.clone(), String::new()),
        Some(i) => {
            let after = &cleaned[i + 1..];
            let sep = cleaned.as_bytes()[i];
            let other_before = cleaned[..i].contains(if sep == b'.' { ',' } else { '.' });
            let same_before = cleaned[..i].contains(sep as char);
            if after.len() == 3 && !other_before {
                // 1,175 or 1.175 or 1,175,000: thousands.
                (cleaned.replace([',', '.'], ""), String::new())
            } else if (1..=2).contains(&after.len()) && !same_before {
                (cleaned[..i].replace([',', '.'], ""), after.to_string())
            } else {
                return Err(bad());
            }
        }
    };
    if whole.is_empty() && fraction.is_empty() {
        return Err(bad());
    }
    let euros: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| bad())? };
    let cents: i64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<i64>().map_err(|_| bad())? * 10,
        _ => fraction.parse().map_err(|_| bad())?,
    };
    euros.checked_mul(100).and_then(|c| c.checked_add(cents)).filter(|c| *c <= 100_000_000_000).ok_or_else(bad)
}

/// How the core reads one amount typed in the window: nothing (an empty field: each form says
/// whether that is allowed), an amount with the way it reads back (`21,775.00`), or why it is
/// not an amount. The window asks for this rather than reading amounts itself, so a form, an
/// import and the command line read `1.175` the same way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AmountRead {
    /// The amount in cents; null when the text is empty or not an amount.
    pub cents: Option<i64>,
    /// The amount as it reads back (`21,775.00`); null when there is none.
    pub shown: Option<String>,
    /// Why the text is not an amount; null when it is one (or empty).
    pub problem: Option<String>,
    /// The same, as a message the window writes in its language.
    pub problem_said: Option<crate::platform::said::Said>,
}

/// Read each text as an amount of euros (see [`parse_euros`]), in order.
pub fn read_amounts(texts: &[String]) -> Vec<AmountRead> {
    texts
        .iter()
        .map(|text| {
            if text.trim().is_empty() {
                return AmountRead { cents: None, shown: None, problem: None, problem_said: None };
            }
            match parse_euros(text, "amount") {
                Ok(cents) => AmountRead { cents: Some(cents), shown: Some(format_euros(cents).trim_start_matches('€').to_string()), problem: None, problem_said: None },
                Err(e) => AmountRead { cents: None, shown: None, problem: Some(e.message), problem_said: e.said },
            }
        })
        .collect()
}

/// `€21,775.00`-style text in the app's English UI and command line.
pub fn format_euros(cents: i64) -> String {
    format_money(cents, "en")
}

fn grouped(whole: u64, separator: &str) -> String {
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(ch);
    }
    out
}

/// An amount as written in a language (ISO 639-1): English `€1,175.00`; French `1 175,00 €`,
/// with a narrow no-break space between thousands and a no-break space before the sign, as
/// French typography (and CLDR) has it; German `1.175,00 €`. Other languages are written in
/// English.
pub fn format_money(cents: i64, language: &str) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    let (whole, fraction) = (abs / 100, abs % 100);
    match language {
        "fr" => format!("{sign}{},{fraction:02}\u{a0}€", grouped(whole, "\u{202f}")),
        "de" => format!("{sign}{},{fraction:02}\u{a0}€", grouped(whole, ".")),
        _ => format!("{sign}€{}.{fraction:02}", grouped(whole, ",")),
    }
}

/// An amount for a spreadsheet cell or a CSV field: no currency sign, no grouping, the
/// language's decimal separator (`1175.00`, or `1175,00` in French).
pub fn plain_amount(cents: i64, language: &str) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    let separator = if language == "fr" { ',' } else { '.' };
    format!("{sign}{}{separator}{:02}", abs / 100, abs % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_reads_each_amount_as_the_core_does() {
        let texts: Vec<String> = ["21775", " ", "1.175", "1,5", "12,34,56", "€ 1 175,50"].iter().map(|t| t.to_string()).collect();
        let read = read_amounts(&texts);
        assert_eq!(read[0], AmountRead { cents: Some(2_177_500), shown: Some("21,775.00".into()), problem: None, problem_said: None });
        assert_eq!(read[1], AmountRead { cents: None, shown: None, problem: None, problem_said: None });
        assert_eq!(read[2].cents, Some(117_500));
        assert_eq!(read[3].shown.as_deref(), Some("1.50"));
        assert_eq!(read[4].cents, None);
        assert_eq!(read[4].problem.as_deref(), Some("'12,34,56' is not an amount in euros (e.g. 1175 or 1,175.50)."));
        assert_eq!(read[5].cents, Some(117_550));
    }

    #[test]
    fn reads_amounts_as_people_type_them() {
        let ok = |t: &str| parse_euros(t, "budget").unwrap();
        assert_eq!(ok("21775"), 2_177_500);
        assert_eq!(ok("21 775"), 2_177_500);
        assert_eq!(ok("€ 1,175"), 117_500);
        assert_eq!(ok("1.175"), 117_500);
        assert_eq!(ok("1,175.5"), 117_550);
        assert_eq!(ok("1.175,50"), 117_550);
        assert_eq!(ok("10000,00 EUR"), 1_000_000);
        assert_eq!(ok("0.99"), 99);
        assert_eq!(ok("1,000,000"), 100_000_000);
        for bad in ["", "abc", "-5", "1,2,3", "1.17.5", "12.345.67", "1e5", "€"] {
            assert!(parse_euros(bad, "budget").is_err(), "{bad}");
        }
    }

    #[test]
    fn formats_cents() {
        assert_eq!(format_euros(2_177_500), "€21,775.00");
        assert_eq!(format_euros(99), "€0.99");
        assert_eq!(format_euros(100_000_000), "€1,000,000.00");
        assert_eq!(format_euros(-33_000), "-€330.00");
    }

    #[test]
    fn plain_amounts_for_spreadsheets() {
        assert_eq!(plain_amount(117_500, "en"), "1175.00");
        assert_eq!(plain_amount(82_250, "fr"), "822,50");
        assert_eq!(plain_amount(-5, "fr"), "-0,05");
        assert_eq!(plain_amount(0, "en"), "0.00");
    }

    #[test]
    fn formats_for_the_language() {
        assert_eq!(format_money(117_500, "en"), "€1,175.00");
        assert_eq!(format_money(117_500, "fr"), "1\u{202f}175,00\u{a0}€");
        assert_eq!(format_money(117_500, "fr").replace(['\u{202f}', '\u{a0}'], " "), "1 175,00 €");
        assert_eq!(format_money(2_177_550, "de"), "21.775,50\u{a0}€");
        assert_eq!(format_money(5, "fr"), "0,05\u{a0}€");
        assert_eq!(format_money(100_000_000, "fr"), "1\u{202f}000\u{202f}000,00\u{a0}€");
        assert_eq!(format_money(-117_500, "fr"), "-1\u{202f}175,00\u{a0}€");
        assert_eq!(format_money(117_500, "xx"), "€1,175.00", "a language it has no rule for: English");
        // What is read back is what was written.
        for cents in [0, 7, 99, 100, 117_500, 2_177_500, 9_999_999_999] {
            assert_eq!(parse_euros(&format_money(cents, "fr"), "x").unwrap(), cents, "{cents}");
            assert_eq!(parse_euros(&format_money(cents, "en"), "x").unwrap(), cents, "{cents}");
        }
    }
}
