//! The messages' templates: for each kind of message and language, a subject and a body written
//! in Fluent (text with fields such as `{ $recipient }`, and plural or yes/no choices). The
//! app's own are in `locales/*/mail.ftl`; staff may rewrite one in the window, and it is then
//! kept in `mail_templates` for the network. A template is checked when saved: it must read as
//! Fluent and use only its kind's fields, and an unknown field is refused by name.

use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::platform::error::{Error, FieldError, Result};
use crate::platform::said::Phrase;
use crate::platform::store::Store;
use crate::said;

/// The app's own templates, by language (`locales/<language>/mail.ftl`, packed by the build
/// script).
const DEFAULTS: &[(&str, &[u8])] = &[("en", crate::platform::packed::packed!("mail-en.ftl")), ("fr", crate::platform::packed::packed!("mail-fr.ftl"))];

/// [`DEFAULTS`] as text, unpacked when first needed.
fn defaults() -> &'static [(&'static str, String)] {
    static TEXTS: std::sync::OnceLock<Vec<(&'static str, String)>> = std::sync::OnceLock::new();
    TEXTS.get_or_init(|| DEFAULTS.iter().map(|(code, packed)| (*code, crate::platform::packed::unpack_text(packed))).collect())
}

/// What a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MailKind {
    /// An award letter, its PDF attached.
    Award,
    Rejection,
    WaitingList,
    /// An instalment paid.
    PaymentMade,
    /// A report due soon, or overdue.
    ReportReminder,
    /// A reviewer's invitation, their sheet attached.
    ReviewerInvitation,
}

impl MailKind {
    pub const ALL: [MailKind; 6] = [MailKind::Award, MailKind::Rejection, MailKind::WaitingList, MailKind::PaymentMade, MailKind::ReportReminder, MailKind::ReviewerInvitation];

    pub fn key(self) -> &'static str {
        match self {
            MailKind::Award => "award",
            MailKind::Rejection => "rejection",
            MailKind::WaitingList => "waiting_list",
            MailKind::PaymentMade => "payment_made",
            MailKind::ReportReminder => "report_reminder",
            MailKind::ReviewerInvitation => "reviewer_invitation",
        }
    }

    pub fn from_key(key: &str) -> Option<MailKind> {
        MailKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// In words, for lists: "Award letter".
    pub fn label(self) -> &'static str {
        match self {
            MailKind::Award => "Award letter",
            MailKind::Rejection => "Not selected",
            MailKind::WaitingList => "Waiting list",
            MailKind::PaymentMade => "Payment made",
            MailKind::ReportReminder => "Report reminder",
            MailKind::ReviewerInvitation => "Reviewer invitation",
        }
    }

    /// The fields its templates may use, each with what it holds (its key in
    /// `said-outbox-field-meaning`).
    pub fn fields(self) -> Vec<(&'static str, &'static str)> {
        let mut fields = vec![("recipient", "recipient"), ("hub", "hub"), ("cycle", "cycle"), ("network", "network"), ("signatory", "signatory")];
        let own: &[(&str, &str)] = match self {
            MailKind::Award => &[
                ("reference", "letter-reference"),
                ("amount", "grant"),
                ("period", "period"),
                ("report_deadline", "report-deadline"),
                ("letter", "letter"),
            ],
            MailKind::Rejection | MailKind::WaitingList => &[("reference", "application-number")],
            MailKind::PaymentMade => &[("reference", "grant-reference"), ("amount", "amount-paid"), ("instalment", "instalment"), ("paid_on", "paid-on")],
            MailKind::ReportReminder => &[
                ("reference", "grant-reference"),
                ("report_deadline", "report-deadline"),
                ("days", "days"),
                ("overdue", "overdue"),
                ("balance", "balance"),
                ("balance_due", "balance-due"),
            ],
            MailKind::ReviewerInvitation => &[("applications", "applications"), ("sheet", "sheet")],
        };
        fields.extend_from_slice(own);
        fields
    }
}

/// A template as shown and edited in the window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MailTemplate {
    pub kind: MailKind,
    pub language: String,
    pub subject: String,
    pub body: String,
    /// Whether staff rewrote it (false: the app's own).
    pub custom: bool,
    /// The fields it may use, with what each holds.
    pub fields: Vec<TemplateField>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TemplateField {
    pub name: String,
    /// What it holds, in words ("the person written to").
    pub meaning: Phrase,
}

/// A template as staff save it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TemplateInput {
    pub kind: MailKind,
    pub language: String,
    pub subject: String,
    pub body: String,
}

/// A field's value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Text(String),
    Number(i64),
}

/// The languages messages can be written in.
pub fn mail_languages() -> Vec<&'static str> {
    DEFAULTS.iter().map(|(code, _)| *code).collect()
}

/// The source of the app's own message `id` in `language`: the pattern after `id =`, its
/// continuation lines without their common indentation.
fn default_source(language: &str, id: &str) -> Option<String> {
    let (_, file) = defaults().iter().find(|(code, _)| *code == language)?;
    let mut lines = file.lines();
    let head = format!("{id} =");
    let first = lines.by_ref().find(|l| l.starts_with(&head))?[head.len()..].trim().to_string();
    let mut rest: Vec<&str> = Vec::new();
    for line in lines {
        if line.is_empty() || line.starts_with(' ') || line.starts_with('}') {
            rest.push(line);
        } else {
            break;
        }
    }
    while rest.last().is_some_and(|l| l.trim().is_empty()) {
        rest.pop();
    }
    let indent = rest.iter().filter(|l| l.starts_with(' ')).map(|l| l.len() - l.trim_start().len()).min().unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    if !first.is_empty() {
        out.push(first);
    }
    out.extend(rest.iter().map(|l| if l.starts_with(' ') { l[indent..].to_string() } else { l.to_string() }));
    Some(out.join("\n"))
}

/// A subject and a body as one Fluent resource, each line indented under its message.
fn resource_text(subject: &str, body: &str) -> String {
    let block = |text: &str| -> String {
        text.trim_matches('\n').lines().map(|l| if l.trim().is_empty() { String::new() } else { format!("    {}", l.trim_end()) }).collect::<Vec<_>>().join("\n")
    };
    format!("subject =\n{}\nbody =\n{}\n", block(subject), block(body))
}

/// The fields a pattern uses, and what it may not use (other messages, functions).
fn walk_pattern(pattern: &ast::Pattern<&str>, used: &mut BTreeSet<String>, forbidden: &mut Vec<(&'static str, String)>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, used, forbidden);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, used: &mut BTreeSet<String>, forbidden: &mut Vec<(&'static str, String)>) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, used, forbidden),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, used, forbidden);
            for variant in variants {
                walk_pattern(&variant.value, used, forbidden);
            }
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, used: &mut BTreeSet<String>, forbidden: &mut Vec<(&'static str, String)>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            used.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, used, forbidden),
        ast::InlineExpression::FunctionReference { id, .. } => forbidden.push(("function", id.name.to_string())),
        ast::InlineExpression::MessageReference { id, .. } => forbidden.push(("message", id.name.to_string())),
        ast::InlineExpression::TermReference { id, .. } => forbidden.push(("term", id.name.to_string())),
        ast::InlineExpression::StringLiteral { .. } | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

/// Check a template: it reads as Fluent, and uses only `kind`'s fields; each problem is named
/// at its field (`subject` or `body`).
pub(crate) fn check_template(kind: MailKind, subject: &str, body: &str) -> Result<()> {
    let mut problems = Vec::new();
    let allowed: Vec<&str> = kind.fields().iter().map(|(name, _)| *name).collect();
    for (field, text) in [("subject", subject), ("body", body)] {
        if text.trim().is_empty() {
            problems.push(FieldError::new(field, said!("said-outbox-template-part-missing", field = field)));
            continue;
        }
        let source = resource_text(text, "x");
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(resource) => resource,
            Err((_, errors)) => {
                let first = &errors[0];
                // The synthetic resource has one line of its own before the text.
                let line = source[..first.pos.start.min(source.len())].lines().count().saturating_sub(1).max(1);
                problems.push(FieldError::new(field, said!("said-outbox-template-unreadable", field = field, line = line, error = first.kind.to_string())));
                continue;
            }
        };
        let mut used = BTreeSet::new();
        let mut forbidden = Vec::new();
        for entry in &resource.body {
            if let ast::Entry::Message(message) = entry {
                if message.id.name == "subject" {
                    if let Some(value) = &message.value {
                        walk_pattern(value, &mut used, &mut forbidden);
                    }
                }
            }
        }
        let unknown: Vec<&String> = used.iter().filter(|u| !allowed.contains(&u.as_str())).collect();
        if let Some(first) = unknown.first() {
            let message = if unknown.len() > 1 {
                let others = unknown[1..].iter().map(|u| format!("${u}")).collect::<Vec<_>>().join(", ");
                said!("said-outbox-template-unknown-fields", field = field, name = *first, others = others, fields = allowed.join(", "))
            } else {
                said!("said-outbox-template-unknown-field", field = field, name = *first, fields = allowed.join(", "))
            };
            problems.push(FieldError::new(field, message));
        } else if let Some((what, name)) = forbidden.first() {
            problems.push(FieldError::new(field, said!("said-outbox-template-forbidden", field = field, what = *what, name = name)));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::validation(problems))
    }
}

/// Fill a subject and a body with the fields' values, in `language` (its plural rules).
pub(crate) fn fill(language: &str, subject: &str, body: &str, values: &[(&str, Value)]) -> Result<(String, String)> {
    let resource = FluentResource::try_new(resource_text(subject, body))
        .map_err(|(_, errors)| Error::new(crate::platform::error::ErrorCode::Internal, format!("A saved template does not read as Fluent: {errors:?}")))?;
    let tag = language.parse().unwrap_or_else(|_| "en".parse().expect("a language tag"));
    let mut bundle = FluentBundle::new(vec![tag]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).map_err(|e| Error::new(crate::platform::error::ErrorCode::Internal, format!("{e:?}")))?;
    let mut args = FluentArgs::new();
    for (name, value) in values {
        match value {
            Value::Text(text) => args.set(*name, FluentValue::from(text.clone())),
            Value::Number(n) => args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut out = Vec::new();
    for id in ["subject", "body"] {
        let pattern = bundle.get_message(id).and_then(|m| m.value()).ok_or_else(|| Error::new(crate::platform::error::ErrorCode::Internal, format!("The template has no {id}.")))?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned();
        out.push(tidy(&text));
    }
    let body = out.pop().unwrap_or_default();
    let subject = out.pop().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ");
    Ok((subject, body))
}

/// A filled body without the spaces a choice leaves at the end of its lines, nor more than one
/// empty line in a row.
fn tidy(text: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim_end) {
        if line.is_empty() && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(line);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

fn check_language(language: &str) -> Result<()> {
    if mail_languages().contains(&language) {
        Ok(())
    } else {
        Err(Error::validation(vec![FieldError::new("language", said!("said-outbox-template-no-language", language = language, languages = mail_languages().join(", ")))]))
    }
}

impl Store {
    /// A kind's template in a language: the network's if staff rewrote it, else the app's own.
    pub fn mail_template(&self, kind: MailKind, language: &str) -> Result<MailTemplate> {
        check_language(language)?;
        let saved: Option<(String, String)> = self
            .conn()
            .query_row("SELECT subject, body FROM mail_templates WHERE kind = ?1 AND language = ?2", params![kind.key(), language], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let custom = saved.is_some();
        let (subject, body) = match saved {
            Some(pair) => pair,
            None => {
                let id = |part: &str| format!("mail-{}-{part}", kind.key());
                (default_source(language, &id("subject")).unwrap_or_default(), default_source(language, &id("body")).unwrap_or_default())
            }
        };
        let fields = kind
            .fields()
            .into_iter()
            .map(|(name, meaning)| TemplateField { name: name.to_string(), meaning: crate::phrase!("said-outbox-field-meaning", meaning = meaning) })
            .collect();
        Ok(MailTemplate { kind, language: language.to_string(), subject, body, custom, fields })
    }

    /// Every template, kind by kind, in every language.
    pub fn mail_templates(&self) -> Result<Vec<MailTemplate>> {
        let mut out = Vec::new();
        for kind in MailKind::ALL {
            for language in mail_languages() {
                out.push(self.mail_template(kind, language)?);
            }
        }
        Ok(out)
    }

    /// Save a rewritten template, checked first (an unknown field is refused by name).
    pub fn save_mail_template(&mut self, input: &TemplateInput) -> Result<MailTemplate> {
        check_language(&input.language)?;
        let subject = input.subject.trim().to_string();
        let body = input.body.trim_matches('\n').trim_end().to_string();
        check_template(input.kind, &subject, &body)?;
        let actor = crate::team::actor_of(self.conn());
        self.conn().execute(
            "INSERT INTO mail_templates (kind, language, subject, body, actor) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (kind, language) DO UPDATE SET subject = excluded.subject, body = excluded.body, actor = excluded.actor,
                updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
            params![input.kind.key(), input.language, subject, body, actor],
        )?;
        self.mail_template(input.kind, &input.language)
    }

    /// Go back to the app's own template.
    pub fn reset_mail_template(&mut self, kind: MailKind, language: &str) -> Result<MailTemplate> {
        check_language(language)?;
        self.conn().execute("DELETE FROM mail_templates WHERE kind = ?1 AND language = ?2", params![kind.key(), language])?;
        self.mail_template(kind, language)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_template_reads_and_uses_only_its_fields() {
        for language in mail_languages() {
            for kind in MailKind::ALL {
                let subject = default_source(language, &format!("mail-{}-subject", kind.key())).unwrap();
                let body = default_source(language, &format!("mail-{}-body", kind.key())).unwrap();
                check_template(kind, &subject, &body).unwrap_or_else(|e| panic!("{language} {kind:?}: {e:?}"));
            }
        }
    }

    #[test]
    fn an_unknown_field_is_named() {
        let err = check_template(MailKind::Rejection, "Your application", "Dear { $recipient }, you get { $amount }.").unwrap_err();
        assert_eq!(err.fields[0].field, "body");
        assert!(err.fields[0].message.contains("{ $amount }"), "{}", err.message);
        let err = check_template(MailKind::Rejection, "Hello { $recipent", "Body").unwrap_err();
        assert_eq!(err.fields[0].field, "subject");
        assert!(err.fields[0].message.contains("cannot be read"), "{}", err.message);
    }
}
