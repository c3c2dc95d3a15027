//! A person's access export as a readable PDF: who asked, when, and each record held about
//! them with its personal fields, why it is held and under which retention rule.

use time::OffsetDateTime;

use super::{AccessExport, DataKind, Purpose, Retention};
use crate::documents::i18n::{Arg, Words};
use crate::documents::typeset::{self, clean_text, initials, missing_glyph, Align, Block, Column, Document, Row};
use crate::platform::error::{Error, FieldError, Result};
use crate::platform::store::Store;

/// Text as the PDF's font can set it: a character it lacks is written as its code point.
fn printable(text: &str) -> String {
    clean_text(text)
        .chars()
        .map(|c| if c == '\n' || missing_glyph(&c.to_string()).is_none() { c.to_string() } else { format!("[U+{:04X}]", c as u32) })
        .collect()
}

fn kind_id(kind: DataKind) -> &'static str {
    match kind {
        DataKind::HubContact => "privacy-kind-hub-contact",
        DataKind::Applicant => "privacy-kind-applicant",
        DataKind::Reviewer => "privacy-kind-reviewer",
        DataKind::ReviewScore => "privacy-kind-review-score",
        DataKind::StoryAuthor => "privacy-kind-story-author",
        DataKind::StoryPhoto => "privacy-kind-story-photo",
        DataKind::AccountHolder => "privacy-kind-account-holder",
        DataKind::MailRecipient => "privacy-kind-mail-recipient",
        DataKind::DeskPerson => "privacy-kind-desk-person",
        DataKind::AwardLetter => "privacy-kind-award-letter",
    }
}

fn purpose_id(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::Contact => "privacy-purpose-contact",
        Purpose::Selection => "privacy-purpose-selection",
        Purpose::Payment => "privacy-purpose-payment",
        Purpose::Publication => "privacy-purpose-publication",
        Purpose::Correspondence => "privacy-purpose-correspondence",
        Purpose::Accountability => "privacy-purpose-accountability",
    }
}

fn retention_id(retention: Retention) -> &'static str {
    match retention {
        Retention::ContactDetails => "privacy-retention-contact-details",
        Retention::Applications => "privacy-retention-applications",
        Retention::Stories => "privacy-retention-stories",
        Retention::Financial => "privacy-retention-financial",
        Retention::Audit => "privacy-retention-audit",
    }
}

impl Store {
    /// The access export as a PDF in `language` (default: Settings').
    pub fn access_export_pdf(&self, export: &AccessExport, language: Option<&str>) -> Result<Vec<u8>> {
        let settings = self.settings()?;
        let language = language.map(str::to_string).unwrap_or_else(|| settings.default_language.clone());
        let w = Words::of(&language).ok_or_else(|| Error::validation(vec![FieldError::new("language", crate::said!("said-stories-publication-language", language = &language))]))?;
        let network = printable(if settings.network_name.trim().is_empty() { "Mobility Desk" } else { &settings.network_name });
        let person = printable(if export.subject.name.is_empty() { &export.subject.email } else { &export.subject.name });
        let now = OffsetDateTime::now_utc().replace_nanosecond(0).unwrap_or(OffsetDateTime::UNIX_EPOCH);
        let title = w.get("privacy-title", &[("person", person.clone().into())]);
        let address: Vec<String> = settings.postal_address.lines().map(str::trim).filter(|l| !l.is_empty()).map(printable).collect();

        let mut blocks = vec![
            Block::Letterhead { name: network.clone(), address, mark: initials(&network) },
            Block::Heading { text: title.clone() },
            Block::Lines {
                lines: vec![
                    w.get("privacy-subject", &[("name", printable(&export.subject.name).into()), ("email", printable(&export.subject.email).into())]),
                    if export.made_by.trim().is_empty() {
                        w.get("privacy-made-by-nobody", &[("date", w.date(now.date()).into())])
                    } else {
                        w.get("privacy-made", &[("date", w.date(now.date()).into()), ("who", printable(&export.made_by).into())])
                    },
                    w.get("privacy-count", &[("count", Arg::Number(export.records.len() as i64))]),
                ],
                bold_first: false,
            },
            Block::Space { points: 6.0 },
            Block::Paragraph { text: w.get("privacy-intro", &[("network", network.clone().into())]) },
        ];
        if export.records.is_empty() {
            blocks.push(Block::Paragraph { text: w.text("privacy-none") });
        }
        let columns = vec![Column { title: w.text("privacy-field"), width: 28.0, align: Align::Left }, Column { title: w.text("privacy-value"), width: 72.0, align: Align::Left }];
        for record in &export.records {
            blocks.push(Block::Space { points: 6.0 });
            blocks.push(Block::Heading { text: format!("{} · {}", w.text(kind_id(record.kind)), printable(&record.context)) });
            let rows = record
                .fields
                .iter()
                .map(|(field, value)| {
                    let value: String = printable(value).chars().take(2000).collect();
                    Row { cells: vec![format!("{}.{field}", record.table), if value.is_empty() { "—".to_string() } else { value }], bold: false, rule_above: false, span: 1 }
                })
                .collect();
            blocks.push(Block::Table { columns: columns.clone(), rows });
            blocks.push(Block::Lines {
                lines: vec![w.get("privacy-why", &[("purpose", w.text(purpose_id(record.purpose)).into()), ("retention", w.text(retention_id(record.retention)).into())])],
                bold_first: false,
            });
        }
        let doc = Document {
            title: title.clone(),
            author: network.clone(),
            subject: title.clone(),
            created: now,
            footer: format!("{network} · {title}"),
            page_label: w.get("page", &[("page", "{page}".into()), ("pages", "{pages}".into())]),
            blocks,
        };
        Ok(typeset::render(&doc))
    }
}
