//! The participants' stories that come with a grant's report (P2P Learning and Staff
//! Exchange): a title, an author, the text, and up to four photos each, for the cycle's
//! publication.
//!
//! Text is cleaned as for letters (NFC, no control characters except the paragraph breaks of
//! the text) and checked against the publication's font, field by field. Photos must be PNG
//! or JPEG files the app can read; one larger than 1,600 pixels on its long side is scaled
//! down (and stored as JPEG), one over 25 MB or over 50 million pixels is refused.
//!
//! A story records the participant's consent to its publication: the day it was given and
//! what it covers. The publication leaves out a story without it.

pub mod publication;

use std::io::Cursor;

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::funding::grants::GrantState;
use crate::documents::typeset::{clean_text, missing_glyph};
use crate::cycle::programmes::Shape;
use crate::platform::said::Said;
use crate::platform::store::Store;
use crate::said;

/// Photos per story.
pub const MAX_PHOTOS: usize = 4;
/// The largest file accepted as a photo.
pub const MAX_PHOTO_FILE_BYTES: usize = 25 * 1024 * 1024;
/// The long side a stored photo is scaled down to.
pub const PHOTO_LONG_SIDE: u32 = 1600;
/// The most pixels a photo may have before it is even decoded.
const MAX_PIXELS: u64 = 50_000_000;

/// A story as stored (photos without their bytes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Story {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub grant_id: i64,
    pub title: String,
    pub author: String,
    /// Paragraphs separated by a blank line.
    pub body: String,
    pub photos: Vec<StoryPhoto>,
    pub actor: String,
    pub created_at: String,
    pub updated_at: String,
    /// Raised by every change; the form saves with the version it read.
    #[ts(type = "number")]
    pub version: i64,
    /// The day the participant agreed to the story's publication, if they did.
    pub consent_on: Option<String>,
    pub consent_scope: ConsentScope,
}

/// What a participant's consent to publish their story covers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConsentScope {
    /// No consent recorded: the story is not published.
    #[default]
    None,
    /// The network's printed and PDF publication.
    Publication,
    /// The publication, and the network's website and social media.
    PublicationAndOnline,
}

impl ConsentScope {
    pub fn as_str(self) -> &'static str {
        match self {
            ConsentScope::None => "",
            ConsentScope::Publication => "publication",
            ConsentScope::PublicationAndOnline => "publication_and_online",
        }
    }
    pub fn parse(text: &str) -> ConsentScope {
        match text {
            "publication" => ConsentScope::Publication,
            "publication_and_online" => ConsentScope::PublicationAndOnline,
            _ => ConsentScope::None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StoryPhoto {
    #[ts(type = "number")]
    pub id: i64,
    pub seq: u32,
    pub caption: String,
    pub mime: String,
    pub width: u32,
    pub height: u32,
    #[ts(type = "number")]
    pub bytes: i64,
    pub original_name: String,
    #[ts(type = "number")]
    pub original_bytes: i64,
    /// Scaled down from a larger picture.
    pub scaled: bool,
}

/// The story form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StoryInput {
    pub title: String,
    pub author: String,
    pub body: String,
    /// The day the participant agreed to publication (YYYY-MM-DD), if they did.
    #[serde(default)]
    #[ts(optional)]
    pub consent_on: Option<String>,
    #[serde(default)]
    pub consent_scope: ConsentScope,
}

fn not_allowed(message: impl crate::platform::said::Wording) -> Error {
    Error::new(ErrorCode::NotAllowed, message)
}

/// A line of text (title, author, caption): cleaned, checked for length and for the font.
fn line_field(field: &str, what: &str, text: &str, max: usize, required: bool, errors: &mut Vec<FieldError>) -> String {
    let text = clean_text(text);
    if required && text.is_empty() {
        errors.push(FieldError::new(field, said!("said-stories-field-missing", what = what)));
    } else if text.chars().count() > max {
        errors.push(FieldError::new(field, said!("said-stories-field-long", what = what, most = max)));
    } else if let Some(ch) = missing_glyph(&text) {
        errors.push(FieldError::new(field, font_message(what, ch)));
    }
    text
}

/// `what` is `title`, `author`, `caption` or `text`.
fn font_message(what: &str, ch: char) -> Said {
    said!("said-stories-font", what = what, character = ch.to_string(), code = format!("{:04X}", ch as u32))
}

/// The text of a story: paragraphs (separated by blank lines) cleaned one by one.
fn body_field(text: &str, errors: &mut Vec<FieldError>) -> String {
    let paragraphs: Vec<String> = text.replace("\r\n", "\n").split("\n\n").map(clean_text).filter(|p| !p.is_empty()).collect();
    let body = paragraphs.join("\n\n");
    if body.is_empty() {
        errors.push(FieldError::new("body", said!("said-stories-text-missing")));
    } else if body.chars().count() > 20_000 {
        errors.push(FieldError::new("body", said!("said-stories-text-long")));
    } else if let Some(ch) = missing_glyph(&body) {
        errors.push(FieldError::new("body", font_message("text", ch)));
    }
    body
}

impl StoryInput {
    fn validate(&self) -> Result<StoryInput> {
        let mut errors = Vec::new();
        let title = line_field("title", "title", &self.title, 200, true, &mut errors);
        let author = line_field("author", "author", &self.author, 120, true, &mut errors);
        let body = body_field(&self.body, &mut errors);
        let consent_on = self.consent_on.as_deref().map(str::trim).filter(|d| !d.is_empty());
        let consent_on = match (consent_on, self.consent_scope) {
            (None, ConsentScope::None) => None,
            (None, _) => {
                errors.push(FieldError::new("consent_on", said!("said-stories-consent-day-missing")));
                None
            }
            (Some(_), ConsentScope::None) => {
                errors.push(FieldError::new("consent_scope", said!("said-stories-consent-scope-missing")));
                None
            }
            (Some(day), _) => match time::Date::parse(day, crate::platform::dates::DATE_FORMAT) {
                Ok(date) if date > time::OffsetDateTime::now_utc().date() => {
                    errors.push(FieldError::new("consent_on", said!("said-stories-consent-day-future", date = day)));
                    None
                }
                Ok(date) => Some(crate::platform::dates::format_date(date)),
                Err(_) => {
                    errors.push(FieldError::new("consent_on", said!("said-stories-consent-day-bad", text = day)));
                    None
                }
            },
        };
        if errors.is_empty() {
            Ok(StoryInput { title, author, body, consent_on, consent_scope: self.consent_scope })
        } else {
            Err(Error::validation(errors))
        }
    }
}

/// A photo ready to store: its bytes, type and size, and whether it was scaled down.
struct Prepared {
    bytes: Vec<u8>,
    mime: &'static str,
    width: u32,
    height: u32,
}

fn photo_error(message: impl crate::platform::said::Wording) -> Error {
    Error::validation(vec![FieldError::new("photo", message)])
}

/// Check a picked file (named `name`; "The file" when it has no name) and bring it to the
/// stored form.
fn prepare_photo(bytes: &[u8], name: &str) -> Result<Prepared> {
    use image::{ImageFormat, ImageReader};
    // The messages name the file, or say "The file" when it has no name.
    let named = |message: Said| message.with("name", name.trim()).with("file", if name.trim().is_empty() { "unnamed" } else { "named" });
    if bytes.len() > MAX_PHOTO_FILE_BYTES {
        return Err(photo_error(named(said!(
            "said-stories-photo-too-big",
            size = format!("{:.1}", bytes.len() as f64 / 1_048_576.0),
            most = MAX_PHOTO_FILE_BYTES / 1_048_576
        ))));
    }
    let format = match image::guess_format(bytes) {
        Ok(ImageFormat::Png) => ImageFormat::Png,
        Ok(ImageFormat::Jpeg) => ImageFormat::Jpeg,
        _ => return Err(photo_error(named(said!("said-stories-photo-not-a-picture")))),
    };
    let reader = ImageReader::with_format(Cursor::new(bytes), format);
    let (width, height) = reader.into_dimensions().map_err(|e| photo_error(named(said!("said-stories-photo-unreadable", error = e.to_string()))))?;
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(photo_error(named(said!("said-stories-photo-too-many-pixels", width = width, height = height))));
    }
    let picture = image::load_from_memory_with_format(bytes, format).map_err(|e| photo_error(named(said!("said-stories-photo-unreadable", error = e.to_string()))))?;
    let mime = if format == ImageFormat::Png { "image/png" } else { "image/jpeg" };
    if width.max(height) <= PHOTO_LONG_SIDE {
        return Ok(Prepared { bytes: bytes.to_vec(), mime, width, height });
    }
    // Larger: scaled down to the long side and stored as JPEG (on white where it was clear).
    let scaled = picture.resize(PHOTO_LONG_SIDE, PHOTO_LONG_SIDE, image::imageops::FilterType::Lanczos3);
    let rgb = if scaled.color().has_alpha() {
        let mut canvas = image::RgbImage::new(scaled.width(), scaled.height());
        for (x, y, pixel) in scaled.to_rgba8().enumerate_pixels() {
            let a = f32::from(pixel[3]) / 255.0;
            let blend = |c: u8| (f32::from(c) * a + 255.0 * (1.0 - a)).round() as u8;
            canvas.put_pixel(x, y, image::Rgb([blend(pixel[0]), blend(pixel[1]), blend(pixel[2])]));
        }
        canvas
    } else {
        scaled.to_rgb8()
    };
    let (w, h) = (rgb.width(), rgb.height());
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&rgb)
        .map_err(|e| Error::new(ErrorCode::Internal, named(said!("said-stories-photo-not-scaled", error = e.to_string()))))?;
    Ok(Prepared { bytes: out, mime: "image/jpeg", width: w, height: h })
}

const STORY_COLUMNS: &str = "id, grant_id, title, author, body, actor, created_at, updated_at, version, consent_on, consent_scope";

impl Store {
    /// Why a grant takes no story, if it does not.
    fn story_refusal(&self, grant_id: i64) -> Result<()> {
        let row: Option<(String, String, String)> = self
            .conn()
            .query_row(
                "SELECT g.state, p.shape, c.title FROM grants g JOIN cycles c ON c.id = g.cycle_id JOIN programmes p ON p.id = c.programme_id WHERE g.id = ?1",
                [grant_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let (state, shape, title) = row.ok_or_else(|| Error::new(ErrorCode::NotFound, said!("said-stories-no-grant", id = grant_id)))?;
        if !matches!(Shape::parse(&shape), Some(Shape::P2p | Shape::StaffExchange)) {
            return Err(not_allowed(said!("said-stories-no-stories-here", cycle = &title)));
        }
        match GrantState::parse(&state) {
            GrantState::Cancelled => Err(not_allowed(said!("said-stories-grant-cancelled"))),
            GrantState::Draft => Err(not_allowed(said!("said-stories-grant-draft"))),
            GrantState::Awarded => self.check_grant_work(grant_id, crate::cycle::gates::Work::Stories),
        }
    }

    fn story_photos(&self, story_id: i64) -> Result<Vec<StoryPhoto>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, seq, caption, mime, width, height, length(bytes), original_name, original_bytes FROM story_photos WHERE story_id = ?1 ORDER BY seq",
        )?;
        let rows = stmt.query_map([story_id], |r| {
            let stored: i64 = r.get(6)?;
            let original: i64 = r.get(8)?;
            Ok(StoryPhoto {
                id: r.get(0)?,
                seq: r.get(1)?,
                caption: r.get(2)?,
                mime: r.get(3)?,
                width: r.get(4)?,
                height: r.get(5)?,
                bytes: stored,
                original_name: r.get(7)?,
                original_bytes: original,
                scaled: stored != original,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    fn read_story(&self, r: &rusqlite::Row<'_>) -> rusqlite::Result<Story> {
        Ok(Story {
            id: r.get(0)?,
            grant_id: r.get(1)?,
            title: r.get(2)?,
            author: r.get(3)?,
            body: r.get(4)?,
            photos: Vec::new(),
            actor: r.get(5)?,
            created_at: r.get(6)?,
            updated_at: r.get(7)?,
            version: r.get(8)?,
            consent_on: r.get(9)?,
            consent_scope: ConsentScope::parse(&r.get::<_, String>(10)?),
        })
    }

    /// One story with its photos.
    pub fn story(&self, id: i64) -> Result<Story> {
        let story = self
            .conn()
            .query_row(&format!("SELECT {STORY_COLUMNS} FROM stories WHERE id = ?1"), [id], |r| self.read_story(r))
            .optional()?
            .ok_or_else(|| Error::new(ErrorCode::NotFound, said!("said-stories-no-story", id = id)))?;
        Ok(Story { photos: self.story_photos(id)?, ..story })
    }

    /// A grant's stories, oldest first.
    pub fn grant_stories(&self, grant_id: i64) -> Result<Vec<Story>> {
        let ids: Vec<i64> = self.conn().prepare("SELECT id FROM stories WHERE grant_id = ?1 ORDER BY id")?.query_map([grant_id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        ids.into_iter().map(|id| self.story(id)).collect()
    }

    /// Every story of a cycle, grant by grant.
    pub fn cycle_stories(&self, cycle_id: i64) -> Result<Vec<Story>> {
        let ids: Vec<i64> = self
            .conn()
            .prepare("SELECT s.id FROM stories s JOIN grants g ON g.id = s.grant_id WHERE g.cycle_id = ?1 ORDER BY g.id, s.id")?
            .query_map([cycle_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.into_iter().map(|id| self.story(id)).collect()
    }

    /// Add a story to an awarded P2P or Staff Exchange grant. A cancelled grant, a draft and
    /// other programmes are refused; each field is checked, a character the font lacks named.
    pub fn add_story(&mut self, grant_id: i64, input: &StoryInput, actor: &str) -> Result<Story> {
        self.story_refusal(grant_id)?;
        let input = input.validate()?;
        self.conn().execute(
            "INSERT INTO stories (id, grant_id, title, author, body, actor, consent_on, consent_scope) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'stories'), ?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![grant_id, input.title, input.author, input.body, actor, input.consent_on, input.consent_scope.as_str()],
        )?;
        let id = self.conn().last_insert_rowid();
        self.story(id)
    }

    pub fn update_story(&mut self, id: i64, input: &StoryInput, actor: &str) -> Result<Story> {
        self.update_story_at(id, input, actor, None)
    }

    /// [`Store::update_story`] of a form read at version `read_at` of the story: refused as a
    /// conflict when its title, author or text changed since.
    pub fn update_story_at(&mut self, id: i64, input: &StoryInput, actor: &str, read_at: Option<i64>) -> Result<Story> {
        let story = self.story(id)?;
        self.story_refusal(story.grant_id)?;
        let tx = self.conn().unchecked_transaction()?;
        crate::platform::versions::check(&tx, &crate::platform::versions::STORIES, id, read_at)?;
        let input = input.validate()?;
        tx.execute(
            "UPDATE stories SET title = ?2, author = ?3, body = ?4, actor = ?5, updated_by = ?5, consent_on = ?6, consent_scope = ?7, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
            params![id, input.title, input.author, input.body, actor, input.consent_on, input.consent_scope.as_str()],
        )?;
        tx.commit()?;
        self.story(id)
    }

    /// Remove a story and its photos.
    pub fn delete_story(&mut self, id: i64) -> Result<()> {
        let story = self.story(id)?;
        self.check_grant_work(story.grant_id, crate::cycle::gates::Work::Stories)?;
        self.conn().execute("DELETE FROM stories WHERE id = ?1", [id])?;
        Ok(())
    }

    /// Add a photo to a story from a picked file: PNG or JPEG, scaled down when large; at most
    /// four per story.
    pub fn add_story_photo(&mut self, story_id: i64, bytes: &[u8], name: &str, caption: &str) -> Result<Story> {
        let story = self.story(story_id)?;
        self.story_refusal(story.grant_id)?;
        if story.photos.len() >= MAX_PHOTOS {
            return Err(photo_error(said!("said-stories-photo-too-many", most = MAX_PHOTOS)));
        }
        let mut errors = Vec::new();
        let caption = line_field("caption", "caption", caption, 200, false, &mut errors);
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        let photo = prepare_photo(bytes, name)?;
        let name = if name.trim().is_empty() { "The file".to_string() } else { name.trim().to_string() };
        let seq = story.photos.iter().map(|p| p.seq).max().unwrap_or(0) + 1;
        self.conn().execute(
            "INSERT INTO story_photos (id, story_id, seq, caption, mime, width, height, bytes, original_name, original_bytes) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'story_photos'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![story_id, seq, caption, photo.mime, photo.width, photo.height, photo.bytes, name, bytes.len() as i64],
        )?;
        self.story(story_id)
    }

    /// The stored bytes and type of a photo.
    pub fn story_photo_bytes(&self, photo_id: i64) -> Result<(String, Vec<u8>)> {
        self.conn()
            .query_row("SELECT mime, bytes FROM story_photos WHERE id = ?1", [photo_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .ok_or_else(|| Error::new(ErrorCode::NotFound, said!("said-stories-no-photo", id = photo_id)))
    }

    /// A stored photo as a `data:` URL the window can show.
    pub fn story_photo_data_url(&self, photo_id: i64) -> Result<String> {
        let (mime, bytes) = self.story_photo_bytes(photo_id)?;
        Ok(crate::registry::settings::data_url(&mime, &bytes))
    }

    /// Remove a photo; the others keep their order.
    pub fn remove_story_photo(&mut self, photo_id: i64) -> Result<Story> {
        let story_id: i64 = self
            .conn()
            .query_row("SELECT story_id FROM story_photos WHERE id = ?1", [photo_id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::new(ErrorCode::NotFound, said!("said-stories-no-photo", id = photo_id)))?;
        let grant_id = self.story(story_id)?.grant_id;
        self.check_grant_work(grant_id, crate::cycle::gates::Work::Stories)?;
        self.conn().execute("DELETE FROM story_photos WHERE id = ?1", [photo_id])?;
        self.story(story_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let picture = image::RgbImage::from_fn(width, height, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
        let mut out = Cursor::new(Vec::new());
        picture.write_to(&mut out, image::ImageFormat::Png).unwrap();
        out.into_inner()
    }

    #[test]
    fn small_photos_are_kept_and_large_ones_scaled_down() {
        let small = png(400, 300);
        let p = prepare_photo(&small, "small.png").unwrap();
        assert_eq!((p.mime, p.width, p.height), ("image/png", 400, 300));
        assert_eq!(p.bytes, small);
        let large = png(3200, 1800);
        let p = prepare_photo(&large, "large.png").unwrap();
        assert_eq!((p.mime, p.width, p.height), ("image/jpeg", 1600, 900));
        assert!(p.bytes.starts_with(&[0xFF, 0xD8, 0xFF]));
    }

    #[test]
    fn files_that_are_not_photos_are_refused() {
        let e = prepare_photo(b"%PDF-1.7 not a picture", "report.pdf").err().unwrap();
        assert_eq!(e.fields[0].field, "photo");
        assert!(e.fields[0].message.contains("not a PNG or JPEG"), "{}", e.fields[0].message);
        let mut broken = png(10, 10);
        broken.truncate(40);
        let e = prepare_photo(&broken, "broken.png").err().unwrap();
        assert!(e.fields[0].message.contains("cannot be read"), "{}", e.fields[0].message);
        let e = prepare_photo(&vec![0u8; MAX_PHOTO_FILE_BYTES + 1], "huge.jpg").err().unwrap();
        assert!(e.fields[0].message.contains("over 25 MB"), "{}", e.fields[0].message);
    }
}
