//! The publication of a cycle: every participant's story compiled into one PDF booklet for
//! advocacy — a cover with the network and the cycle, a table of contents with page numbers,
//! and one chapter per exchange (the two hubs, their cities, the dates, each story with its
//! photos). Set with the letters' typesetter, in the language of Settings (or the one asked).

use std::collections::BTreeMap;

use time::{Date, OffsetDateTime};

use rusqlite::OptionalExtension;

use crate::documents::i18n::{Arg, Words};
use crate::documents::typeset::{self, clean_text, initials, missing_glyph, Align, Block, Column, Document, Row};
use crate::platform::countries::name_in as country_name;
use crate::platform::dates::DATE_FORMAT;
use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::store::Store;

/// `text` cleaned, or why the font cannot print it; `what` names it: `hub-name`,
/// `network-name`, `cycle-title`, `story-title`, `story-author`, `story-text`, `photo-caption`
/// or `postal-address`.
fn checked(what: &str, text: &str) -> Result<String> {
    let text = clean_text(text);
    match missing_glyph(&text) {
        None => Ok(text),
        Some(ch) => Err(Error::new(
            ErrorCode::NotAllowed,
            crate::said!("said-stories-publication-unprintable", what = what, text = &text, character = ch.to_string(), code = format!("{:04X}", ch as u32)),
        )),
    }
}

/// A hub's name, city and country.
type Place = (String, String, String);

/// The exchange a story's grant belongs to: its hub, the hub on the other side (if any) and
/// the dates (the pair's agreed visit, else the application's or the cycle's window).
struct Exchange {
    hub: Place,
    host: Option<Place>,
    starts_on: Option<String>,
    ends_on: Option<String>,
}

const EXCHANGE_SQL: &str = "
    SELECT h.name, h.city, h.country, o.name, o.city, o.country,
           CASE WHEN x.pair_id IS NULL THEN coalesce(a.starts_on, c.activity_start) ELSE x.visit_start END,
           CASE WHEN x.pair_id IS NULL THEN coalesce(a.ends_on, c.activity_end) ELSE x.visit_end END
      FROM grants g
      JOIN applications a ON a.id = g.application_id
      JOIN cycles c ON c.id = g.cycle_id
      JOIN hubs h ON h.id = a.hub_id
      JOIN application_hosts x ON x.application_id = a.id
      LEFT JOIN hubs o ON o.id = x.host_hub_id
     WHERE g.id = ?1";

struct Chapter {
    title: String,
    dates: Option<String>,
    stories: Vec<crate::stories::Story>,
}

impl Store {
    fn exchange(&self, grant_id: i64) -> Result<Exchange> {
        self.conn()
            .prepare_cached(EXCHANGE_SQL)?
            .query_row([grant_id], |r| {
                let host: Option<String> = r.get(3)?;
                Ok(Exchange {
                    hub: (r.get(0)?, r.get(1)?, r.get(2)?),
                    host: match host {
                        Some(name) => Some((name, r.get(4)?, r.get(5)?)),
                        None => None,
                    },
                    starts_on: r.get(6)?,
                    ends_on: r.get(7)?,
                })
            })
            .optional()?
            .ok_or_else(|| Error::new(ErrorCode::NotFound, crate::said!("said-stories-no-grant", id = grant_id)))
    }

    /// Writes the publication to `file` (through a temporary name); its size in bytes.
    pub fn write_publication(&self, cycle_id: i64, language: Option<&str>, file: &std::path::Path) -> Result<usize> {
        let bytes = self.publication_pdf(cycle_id, language)?;
        crate::platform::files::write_atomic(file, &bytes)?;
        Ok(bytes.len())
    }

    /// The publication of a cycle's stories as a PDF, in `language` (default: Settings').
    pub fn publication_pdf(&self, cycle_id: i64, language: Option<&str>) -> Result<Vec<u8>> {
        let cycle = self.cycle(cycle_id)?;
        let settings = self.settings()?;
        let language = language.map(str::trim).filter(|l| !l.is_empty()).map_or_else(|| settings.default_language.clone(), str::to_lowercase);
        let w = Words::of(&language)
            .ok_or_else(|| Error::validation(vec![FieldError::new("language", crate::said!("said-stories-publication-language", language = &language))]))?;
        let (stories, without): (Vec<_>, Vec<_>) = self.cycle_stories(cycle_id)?.into_iter().partition(|s| s.consent_scope != crate::stories::ConsentScope::None);
        if stories.is_empty() && without.is_empty() {
            return Err(Error::new(ErrorCode::NotAllowed, crate::said!("said-stories-publication-empty", cycle = &cycle.title)));
        }
        // A story without the participant's consent is never published.
        if stories.is_empty() {
            return Err(Error::new(ErrorCode::NotAllowed, crate::said!("said-stories-publication-no-consent", cycle = &cycle.title, count = without.len())));
        }
        // One chapter per exchange: a pair's two grants (or a person and their host) share it.
        let mut chapters: BTreeMap<(String, String), Chapter> = BTreeMap::new();
        for story in stories {
            let facts = self.exchange(story.grant_id)?;
            let place = |city: &str, country: &str| format!("{}, {}", city, country_name(country, w.language));
            let hub = (checked("hub-name", &facts.hub.0)?, place(&facts.hub.1, &facts.hub.2));
            let title = match &facts.host {
                Some(h) => {
                    let host = (checked("hub-name", &h.0)?, place(&h.1, &h.2));
                    let (first, second) = if hub.0 <= host.0 { (hub.clone(), host) } else { (host, hub.clone()) };
                    w.get("chapter-exchange", &[("hub", first.0.into()), ("hub_place", first.1.into()), ("host", second.0.into()), ("host_place", second.1.into())])
                }
                None => w.get("chapter-single", &[("hub", hub.0.clone().into()), ("hub_place", hub.1.clone().into())]),
            };
            let dates = match (facts.starts_on.as_deref().and_then(|d| Date::parse(d, DATE_FORMAT).ok()), facts.ends_on.as_deref().and_then(|d| Date::parse(d, DATE_FORMAT).ok())) {
                (Some(a), Some(b)) => Some(w.get("chapter-dates", &[("start", w.date(a).into()), ("end", w.date(b).into())])),
                _ => None,
            };
            let key = (crate::platform::fold::ascii_key(&title), title.clone());
            chapters.entry(key).or_insert_with(|| Chapter { title, dates, stories: Vec::new() }).stories.push(story);
        }
        let chapters: Vec<Chapter> = chapters.into_values().collect();
        let count: usize = chapters.iter().map(|c| c.stories.len()).sum();

        let network = checked("network-name", if settings.network_name.trim().is_empty() { "Mobility Desk" } else { &settings.network_name })?;
        let cycle_title = checked("cycle-title", &cycle.title)?;
        let now = OffsetDateTime::now_utc().replace_nanosecond(0).unwrap_or(OffsetDateTime::UNIX_EPOCH);
        let title = w.get("publication-title", &[("cycle", cycle_title.clone().into())]);

        // The pictures, by key, and the chapters' blocks.
        let mut images: Vec<(String, Vec<u8>)> = Vec::new();
        let mut body: Vec<Block> = Vec::new();
        for (i, chapter) in chapters.iter().enumerate() {
            body.push(Block::PageBreak);
            body.push(Block::Anchor { id: format!("chapter-{i}") });
            body.push(Block::Heading { text: chapter.title.clone() });
            if let Some(dates) = &chapter.dates {
                body.push(Block::Lines { lines: vec![dates.clone()], bold_first: false });
            }
            body.push(Block::Space { points: 8.0 });
            for story in &chapter.stories {
                body.push(Block::Heading { text: checked("story-title", &story.title)? });
                body.push(Block::Lines { lines: vec![w.get("story-by", &[("author", checked("story-author", &story.author)?.into())])], bold_first: false });
                body.push(Block::Space { points: 4.0 });
                for paragraph in story.body.split("\n\n") {
                    body.push(Block::Paragraph { text: checked("story-text", paragraph)? });
                }
                for photo in &story.photos {
                    let key = format!("PHOTO{}", photo.id);
                    let (_, bytes) = self.story_photo_bytes(photo.id)?;
                    images.push((key.clone(), bytes));
                    let width = if photo.width >= photo.height { 440.0 } else { 300.0 };
                    body.push(Block::Image { key, pixel_width: photo.width, pixel_height: photo.height, width, caption: checked("photo-caption", &photo.caption)? });
                }
                body.push(Block::Space { points: 10.0 });
            }
        }

        // The contents: set once with placeholders to find each chapter's page, then with them.
        let contents = |pages: &[String]| Block::Table {
            columns: vec![Column { title: String::new(), width: 85.0, align: Align::Left }, Column { title: String::new(), width: 15.0, align: Align::Right }],
            rows: chapters.iter().zip(pages).map(|(c, p)| Row { cells: vec![c.title.clone(), p.clone()], bold: false, rule_above: false, span: 1 }).collect(),
        };
        let address: Vec<String> = settings.postal_address.lines().map(str::trim).filter(|l| !l.is_empty()).map(|l| checked("postal-address", l)).collect::<Result<_>>()?;
        let build = |pages: &[String]| {
            let mut blocks = vec![
                Block::Letterhead { name: network.clone(), address: address.clone(), mark: initials(&network) },
                Block::Cover {
                    title: title.clone(),
                    lines: vec![
                        w.get("publication-subtitle", &[("count", Arg::Number(count as i64))]),
                        w.get("publication-by", &[("network", network.clone().into()), ("date", w.date(now.date()).into())]),
                    ],
                },
                Block::Heading { text: w.text("contents") },
                contents(pages),
            ];
            blocks.extend(body.iter().cloned());
            Document {
                title: title.clone(),
                author: network.clone(),
                subject: title.clone(),
                created: now,
                footer: format!("{network} · {cycle_title}"),
                page_label: w.get("page", &[("page", "{page}".into()), ("pages", "{pages}".into())]),
                blocks,
            }
        };
        let placeholder: Vec<String> = chapters.iter().map(|_| "000".to_string()).collect();
        let anchors = typeset::anchors(&build(&placeholder));
        let pages: Vec<String> = (0..chapters.len()).map(|i| anchors.get(&format!("chapter-{i}")).map_or_else(String::new, |p| (p + 1).to_string())).collect();
        typeset::render_with_images(&build(&pages), &images).map_err(|e| Error::new(ErrorCode::Internal, crate::said!("said-stories-publication-unset", error = e.to_string())))
    }
}
