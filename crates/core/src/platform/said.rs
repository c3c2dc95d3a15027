//! What the core says to a person — an error, a reason, a guard — as a message of its own
//! Fluent files (`locales/<language>/said-*.ftl`) with its arguments, so that the window and
//! the command line each put it in their reader's language. The English text is made at once
//! too (`Said::english`): logs, tests and older callers read it as before.
//!
//! Amounts travel as cents and dates as ISO text: the message writes them with `MONEY()` and
//! `DATE()`, which each renderer (this one, the window's) formats in its language.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::platform::money::format_money;

/// Each language's messages, its files joined and packed by the build script (a language is a
/// folder of `locales/`).
const FILES: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/said_files.rs"));

/// Each language's messages as text, unpacked when first needed.
fn sources() -> &'static [(&'static str, String)] {
    static SOURCES: OnceLock<Vec<(&'static str, String)>> = OnceLock::new();
    SOURCES.get_or_init(|| FILES.iter().map(|(code, packed)| (*code, crate::platform::packed::unpack_text(packed))).collect())
}

/// The language every message is written in first, and the one used when another lacks it.
pub const SOURCE_LANGUAGE: &str = "en";

/// One argument of a message: a text (a name, an ISO date), a whole number (a count, cents),
/// or a message of its own (a reason given within a sentence), written in the same language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum SaidArg {
    Number(i64),
    Text(String),
    Said(Box<Said>),
}

/// A message for a person: its id and arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Said {
    pub id: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[ts(optional, as = "Option<BTreeMap<String, SaidArg>>")]
    pub args: BTreeMap<String, SaidArg>,
}

impl From<String> for SaidArg {
    fn from(v: String) -> Self {
        SaidArg::Text(v)
    }
}
impl From<&String> for SaidArg {
    fn from(v: &String) -> Self {
        SaidArg::Text(v.clone())
    }
}
impl From<&str> for SaidArg {
    fn from(v: &str) -> Self {
        SaidArg::Text(v.to_string())
    }
}
macro_rules! whole {
    ($($t:ty),*) => {$(
        impl From<$t> for SaidArg {
            fn from(v: $t) -> Self {
                SaidArg::Number(i64::try_from(v).unwrap_or(i64::MAX))
            }
        }
    )*};
}
whole!(i64, i32, u32, u64, usize, u8, u16, i16);
impl From<Said> for SaidArg {
    fn from(v: Said) -> Self {
        SaidArg::Said(Box::new(v))
    }
}
/// A phrase as an argument: its message when it was made from one, else its words.
impl From<&Phrase> for SaidArg {
    fn from(v: &Phrase) -> Self {
        match &v.said {
            Some(said) => SaidArg::Said(Box::new(said.clone())),
            None => SaidArg::Text(v.text.clone()),
        }
    }
}
impl From<Phrase> for SaidArg {
    fn from(v: Phrase) -> Self {
        SaidArg::from(&v)
    }
}

impl Said {
    pub fn new(id: &str) -> Self {
        Said { id: id.to_string(), args: BTreeMap::new() }
    }

    /// The message with one more argument.
    pub fn with(mut self, name: &str, value: impl Into<SaidArg>) -> Self {
        self.args.insert(name.to_string(), value.into());
        self
    }

    /// The message in English.
    pub fn english(&self) -> String {
        self.in_language(SOURCE_LANGUAGE)
    }

    /// The message in `language` (ISO 639-1), in English when that language lacks it, its id
    /// in brackets when no language has it (a test checks every id the core uses exists).
    pub fn in_language(&self, language: &str) -> String {
        let bundles = bundles();
        for code in [language, SOURCE_LANGUAGE] {
            let Some(bundle) = bundles.get(code) else { continue };
            let Some(pattern) = bundle.get_message(&self.id).and_then(|m| m.value()) else { continue };
            let mut args = FluentArgs::new();
            for (name, value) in &self.args {
                match value {
                    SaidArg::Text(t) => args.set(name.as_str(), FluentValue::from(t.clone())),
                    SaidArg::Number(n) => args.set(name.as_str(), FluentValue::from(*n)),
                    SaidArg::Said(inner) => args.set(name.as_str(), FluentValue::from(inner.in_language(language))),
                }
            }
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned();
        }
        format!("[{}]", self.id)
    }
}

/// `said!("said-language-code-bad", code = text)`: a message and its arguments.
#[macro_export]
macro_rules! said {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::platform::said::Said::new($id)$(.with(stringify!($name), $value))*
    };
}

/// What an error or a field's message can be made of: words already in English (older code,
/// texts from elsewhere such as an operating system's), or a message of the files.
pub trait Wording {
    fn wording(self) -> (String, Option<Said>);
}
impl Wording for String {
    fn wording(self) -> (String, Option<Said>) {
        (self, None)
    }
}
impl Wording for &String {
    fn wording(self) -> (String, Option<Said>) {
        (self.clone(), None)
    }
}
impl Wording for &str {
    fn wording(self) -> (String, Option<Said>) {
        (self.to_string(), None)
    }
}
impl Wording for Said {
    fn wording(self) -> (String, Option<Said>) {
        (self.english(), Some(self))
    }
}

/// Words for a person kept in data (a reason, a guard, a note): the English text, and the
/// message it was made from when it was, which the window writes in its language. It reads as
/// its English text in Rust (`Deref<Target = str>`, `Display`, `== "…"`), and is written to
/// the window as `{ text, said }`. A stored plain string reads back as a phrase without message.
#[derive(Debug, Clone, Default, Eq, TS)]
pub struct Phrase {
    pub text: String,
    #[ts(optional)]
    pub said: Option<Said>,
}

impl Phrase {
    /// Its English words.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The phrase in `language` (its English text when it has no message).
    pub fn in_language(&self, language: &str) -> String {
        self.said.as_ref().map_or_else(|| self.text.clone(), |s| s.in_language(language))
    }

    /// The message as kept in data beside the English words (a `…_said` column): its JSON, or
    /// '' when the words were not made from a message (a person's own words).
    pub fn said_json(&self) -> String {
        self.said.as_ref().and_then(|s| serde_json::to_string(s).ok()).unwrap_or_default()
    }

    /// Words read back from data: the English text and the message kept beside it ('' or a
    /// message this version cannot read: the English text then stands alone).
    pub fn stored(text: String, said_json: &str) -> Phrase {
        let said = if said_json.is_empty() { None } else { serde_json::from_str(said_json).ok() };
        Phrase { text, said }
    }

    /// Words kept before their message was (rows older than migration 029): the message of the
    /// English words this version knows, whole (`exact`: words, message) or as a beginning
    /// followed by a person's own words (`prefixed`: beginning, message, the argument's name).
    pub fn or_known(mut self, exact: &[(&str, &str)], prefixed: &[(&str, &str, &str)]) -> Phrase {
        if self.said.is_none() {
            if let Some((_, id)) = exact.iter().find(|(words, _)| *words == self.text) {
                self.said = Some(Said::new(id));
            } else if let Some((start, id, arg)) = prefixed.iter().find(|(start, _, _)| self.text.starts_with(start)) {
                self.said = Some(Said::new(id).with(arg, &self.text[start.len()..]));
            }
        }
        self
    }

    /// Phrases one after the other, `separator` between them in English (", ", " " or " and "),
    /// each language joining them its own way (`said-platform-join-comma`, `-space`, `-and`).
    pub fn joined(phrases: &[Phrase], separator: &str) -> Phrase {
        let id = match separator.trim() {
            "" => "said-platform-join-space",
            "and" => "said-platform-join-and",
            _ => "said-platform-join-comma",
        };
        let text = phrases.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join(separator);
        let mut parts = phrases.iter();
        let Some(first) = parts.next() else { return Phrase::default() };
        let said = parts.fold(SaidArg::from(first), |so_far, next| {
            let mut pair = Said::new(id);
            pair.args.insert("first".to_string(), so_far);
            pair.args.insert("second".to_string(), SaidArg::from(next));
            SaidArg::Said(Box::new(pair))
        });
        match said {
            SaidArg::Said(said) => Phrase { text, said: Some(*said) },
            _ => Phrase { text, said: None },
        }
    }

    /// Several phrases kept in one text column (one per line) and one `…_said` column (a JSON
    /// list of their messages, `null` for words of a person's own): the two to store.
    pub fn store_list(phrases: &[Phrase]) -> (String, String) {
        let text = phrases.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n");
        let saids: Vec<Option<&Said>> = phrases.iter().map(|p| p.said.as_ref()).collect();
        let said = if saids.iter().all(Option::is_none) { String::new() } else { serde_json::to_string(&saids).unwrap_or_default() };
        (text, said)
    }

    /// The phrases of [`Phrase::store_list`], read back (no line for an empty text).
    pub fn stored_list(text: &str, said_json: &str) -> Vec<Phrase> {
        let saids: Vec<Option<Said>> = if said_json.is_empty() { Vec::new() } else { serde_json::from_str(said_json).unwrap_or_default() };
        text.lines().enumerate().filter(|(_, l)| !l.is_empty()).map(|(i, l)| Phrase { text: l.to_string(), said: saids.get(i).cloned().flatten() }).collect()
    }
}

impl From<Said> for Phrase {
    fn from(said: Said) -> Self {
        Phrase { text: said.english(), said: Some(said) }
    }
}
impl From<String> for Phrase {
    fn from(text: String) -> Self {
        Phrase { text, said: None }
    }
}
impl From<&str> for Phrase {
    fn from(text: &str) -> Self {
        Phrase { text: text.to_string(), said: None }
    }
}
impl std::ops::Deref for Phrase {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}
impl std::borrow::Borrow<str> for Phrase {
    fn borrow(&self) -> &str {
        &self.text
    }
}
/// Its English, padded and aligned as a `str` is (`{:<30}` in the command line's tables).
impl std::fmt::Display for Phrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(&self.text)
    }
}
/// Two phrases are equal when their English is: the message is how it was made, not what it says.
impl PartialEq for Phrase {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}
impl std::hash::Hash for Phrase {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.text.hash(state);
    }
}
impl PartialEq<str> for Phrase {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}
impl PartialEq<&str> for Phrase {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}
impl PartialEq<String> for Phrase {
    fn eq(&self, other: &String) -> bool {
        &self.text == other
    }
}
impl Wording for Phrase {
    fn wording(self) -> (String, Option<Said>) {
        (self.text, self.said)
    }
}
impl Wording for &Phrase {
    fn wording(self) -> (String, Option<Said>) {
        (self.text.clone(), self.said.clone())
    }
}

impl Serialize for Phrase {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Phrase", 2)?;
        s.serialize_field("text", &self.text)?;
        if let Some(said) = &self.said {
            s.serialize_field("said", said)?;
        } else {
            s.skip_field("said")?;
        }
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Phrase {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Stored {
            Plain(String),
            Made { text: String, said: Option<Said> },
        }
        Ok(match Stored::deserialize(deserializer)? {
            Stored::Plain(text) => Phrase { text, said: None },
            Stored::Made { text, said } => Phrase { text, said },
        })
    }
}

/// `phrase!("said-language-code-bad", code = text)`: a phrase made from a message.
#[macro_export]
macro_rules! phrase {
    ($($t:tt)*) => {
        $crate::platform::said::Phrase::from($crate::said!($($t)*))
    };
}

pub(crate) type Bundle = FluentBundle<FluentResource>;

/// A language's Fluent files as one bundle, as every part of the core reads them: no Unicode
/// isolation marks (they would print as boxes in a PDF and show in the window's texts).
pub(crate) fn fluent_bundle(code: &str, sources: &[&str]) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![code.parse().expect("a language tag")]);
    bundle.set_use_isolating(false);
    for source in sources {
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(_, errors)| panic!("a {code} Fluent file does not parse: {errors:?}"));
        bundle.add_resource(resource).expect("no message is defined twice");
    }
    bundle
}

fn bundles() -> &'static HashMap<&'static str, Bundle> {
    static BUNDLES: OnceLock<HashMap<&'static str, Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        sources()
            .iter()
            .map(|(code, text)| {
                let mut bundle = fluent_bundle(code, &[text.as_str()]);
                let language = code.to_string();
                bundle
                    .add_function("MONEY", move |positional, _| match positional.first() {
                        Some(FluentValue::Number(n)) => FluentValue::from(format_money(n.value as i64, &language)),
                        _ => FluentValue::Error,
                    })
                    .expect("MONEY is added once");
                let language = code.to_string();
                bundle
                    .add_function("DATE", move |positional, _| match positional.first() {
                        Some(FluentValue::String(s)) => FluentValue::from(long_date(s, &language)),
                        _ => FluentValue::Error,
                    })
                    .expect("DATE is added once");
                (*code, bundle)
            })
            .collect()
    })
}

/// An ISO date "2027-03-01" as its language writes it in full ("1 March 2027", "1er mars
/// 2027"); the text itself when it is not a date. (Called while a message is written, once the
/// bundles are made.)
fn long_date(iso: &str, language: &str) -> String {
    let Ok(day) = time::Date::parse(iso.trim(), crate::platform::dates::DATE_FORMAT) else { return iso.to_string() };
    let month = Said::new(&format!("said-month-{}", u8::from(day.month()))).in_language(language);
    Said::new("said-date").with("day", i64::from(day.day())).with("month", month).with("year", day.year().to_string()).in_language(language)
}

/// The languages the core's messages are written in.
pub fn languages() -> Vec<&'static str> {
    FILES.iter().map(|(code, _)| *code).collect()
}

/// Every message id of the source language (for the test that the core uses no other).
pub fn known_ids() -> Vec<String> {
    let Some(bundle) = bundles().get(SOURCE_LANGUAGE) else { return Vec::new() };
    sources()
        .iter()
        .filter(|(code, _)| *code == SOURCE_LANGUAGE)
        .flat_map(|(_, source)| fluent_syntax::parser::parse(source.as_str()).map(|r| r.body).unwrap_or_default())
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) if bundle.has_message(m.id.name) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The language a command line speaks, from `MOBILITY_DESK_LANG` or the system's locale
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`: "fr_BE.UTF-8" → "fr"), English when it has no messages.
pub fn language_from_env() -> &'static str {
    let wanted = ["MOBILITY_DESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let code: String = wanted.chars().take_while(|c| c.is_ascii_lowercase()).collect();
    languages().into_iter().find(|l| *l == code).unwrap_or(SOURCE_LANGUAGE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_written_in_each_language_with_its_arguments_and_plurals() {
        let one = crate::said!("said-fields-need-attention", count = 2usize, fields = "name, email");
        assert_eq!(one.english(), "2 fields need attention: name, email");
        assert_eq!(one.in_language("fr"), "2 champs sont à revoir\u{a0}: name, email");
        assert_eq!(one.in_language("xx"), one.english(), "a language without messages reads English");
        assert_eq!(Said::new("said-no-such-message").english(), "[said-no-such-message]");
        let json = serde_json::to_value(&one).unwrap();
        assert_eq!(json, serde_json::json!({"id": "said-fields-need-attention", "args": {"count": 2, "fields": "name, email"}}));
    }

    #[test]
    fn an_error_made_of_a_message_keeps_it_and_its_english() {
        use crate::platform::error::{Error, ErrorCode, FieldError};
        let e = Error::validation(vec![FieldError::new("language", crate::said!("said-language-code-bad", code = "xyz1"))]);
        assert_eq!(e.message, "'xyz1' is not a language code (e.g. en, fr).");
        assert_eq!(e.said.as_ref().map(|s| s.id.as_str()), Some("said-language-code-bad"));
        assert_eq!(e.fields[0].said.as_ref().unwrap().in_language("fr"), "«\u{a0}xyz1\u{a0}» n’est pas un code de langue (p. ex. en, fr).");
        let plain = Error::new(ErrorCode::Internal, "Something else.");
        assert!(plain.said.is_none());
    }

    #[test]
    fn a_phrase_reads_as_its_english_and_travels_with_its_message() {
        let p: Phrase = crate::phrase!("said-language-code-bad", code = "zz9");
        assert_eq!(p, "'zz9' is not a language code (e.g. en, fr).");
        assert!(p.contains("language code"));
        assert_eq!(p.in_language("fr"), "«\u{a0}zz9\u{a0}» n’est pas un code de langue (p. ex. en, fr).");
        let json = serde_json::to_string(&p).unwrap();
        let back: Phrase = serde_json::from_str(&json).unwrap();
        assert_eq!(back.said, p.said);
        let stored: Phrase = serde_json::from_str("\"An older note\"").unwrap();
        assert_eq!((stored.text.as_str(), stored.said), ("An older note", None));
        assert_eq!(serde_json::to_value(Phrase::from("x")).unwrap(), serde_json::json!({"text": "x"}));
    }

    #[test]
    fn dates_are_written_in_full_in_each_language() {
        assert_eq!(long_date("2027-03-01", "en"), "1 March 2027");
        assert_eq!(long_date("2027-03-01", "fr"), "1er mars 2027");
        assert_eq!(long_date("2026-12-05", "fr"), "5 décembre 2026");
        assert_eq!(long_date("not a date", "fr"), "not a date");
    }

    #[test]
    fn the_languages_and_their_messages_are_found_by_the_build() {
        assert!(languages().contains(&"en") && languages().contains(&"fr"));
        assert!(known_ids().iter().any(|id| id == "said-fields-need-attention"));
    }
}
