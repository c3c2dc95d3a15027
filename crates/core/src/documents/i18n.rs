//! The letters' words, from Fluent files (`crates/core/locales/{en,fr}/letters.ftl`), with dates
//! and amounts written the way each language writes them.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::{FluentArgs, FluentValue};
use time::Date;

use crate::platform::money::format_money;
use crate::platform::packed::{packed, unpack_text};
use crate::platform::said::{fluent_bundle, Bundle};

/// Each language's Fluent files, the letters' words, the publication's and the cycle report's,
/// joined and packed by the build script.
const SOURCES: &[(&str, &[u8])] = &[("en", packed!("documents-en.ftl")), ("fr", packed!("documents-fr.ftl"))];

fn bundles() -> &'static HashMap<&'static str, Bundle> {
    static BUNDLES: OnceLock<HashMap<&'static str, Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| SOURCES.iter().map(|(code, packed)| (*code, fluent_bundle(code, &[unpack_text(packed).as_str()]))).collect())
}

/// The languages letters can be written in.
pub fn languages() -> Vec<&'static str> {
    SOURCES.iter().map(|(code, _)| *code).collect()
}

/// The words of one language.
#[derive(Clone, Copy)]
pub struct Words {
    pub language: &'static str,
    bundle: &'static Bundle,
}

impl Words {
    /// The words of `language`, or `None` when there is no translation.
    pub fn of(language: &str) -> Option<Words> {
        let (code, _) = SOURCES.iter().find(|(code, _)| *code == language)?;
        Some(Words { language: code, bundle: bundles().get(code)? })
    }

    /// A message with its arguments. A message missing from the file shows its id, which the
    /// tests catch (every id used is checked in both languages).
    pub fn get(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return format!("[{id}]");
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.clone())),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
    }

    pub fn text(&self, id: &str) -> String {
        self.get(id, &[])
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// "1 March 2027"; "1er mars 2027".
    pub fn date(&self, date: Date) -> String {
        let month = self.text(&format!("month-{}", u8::from(date.month())));
        self.get("date", &[("day", Arg::Number(i64::from(date.day()))), ("month", Arg::Text(month)), ("year", Arg::Text(date.year().to_string()))])
    }

    /// A `YYYY-MM-DD` date as written in the letter, or the text itself if it is no date.
    pub fn date_text(&self, iso: &str) -> String {
        Date::parse(iso, crate::platform::dates::DATE_FORMAT).map(|d| self.date(d)).unwrap_or_else(|_| iso.to_string())
    }

    pub fn money(&self, cents: i64) -> String {
        format_money(cents, self.language)
    }

    /// Whole numbers with the language's grouping: "1,234"; "1 234".
    pub fn number(&self, n: u32) -> String {
        self.integer(i64::from(n))
    }

    /// The same for any whole number, with its sign: "-1,234".
    pub fn integer(&self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let separator = if self.language == "fr" { "\u{202f}" } else { "," };
        let mut out = String::from(if n < 0 { "-" } else { "" });
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(separator);
            }
            out.push(ch);
        }
        out
    }
}

/// A value for a message.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;
    use fluent_bundle::FluentResource;

    #[test]
    fn both_languages_have_the_same_messages() {
        let ids = |source: &str| -> Vec<String> {
            let resource = FluentResource::try_new(source.to_string()).unwrap();
            let mut ids: Vec<String> = resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect();
            ids.sort();
            ids
        };
        assert_eq!(ids(&unpack_text(SOURCES[0].1)), ids(&unpack_text(SOURCES[1].1)));
    }

    #[test]
    fn dates_and_amounts_follow_the_language() {
        let en = Words::of("en").unwrap();
        let fr = Words::of("fr").unwrap();
        assert_eq!(en.date(date!(2027 - 03 - 01)), "1 March 2027");
        assert_eq!(fr.date(date!(2027 - 03 - 01)), "1er mars 2027");
        assert_eq!(fr.date(date!(2027 - 08 - 14)), "14 août 2027");
        assert_eq!(en.money(117_500), "€1,175.00");
        assert_eq!(fr.money(117_500), "1\u{202f}175,00\u{a0}€");
        assert_eq!(en.get("participants", &[("count", Arg::Number(2))]), "2 participants");
        assert_eq!(fr.get("participants", &[("count", Arg::Number(1))]), "d'un participant");
        assert!(Words::of("de").is_none());
    }
}
