//! A small page layout for letters and reports on printpdf's ops API: blocks of text flow down
//! A4 pages, paragraphs are wrapped and justified with the font's own advances, table rows
//! and signature blocks are kept whole, headings stay with what follows, and every page gets
//! a "page x of y" footer once the number of pages is known.
//!
//! printpdf neither measures nor wraps text, so this module does: each character's advance
//! comes from the bundled DejaVu Sans (regular and bold). Text is expected to be clean already
//! (NFC, no control characters, every character in the font): [`check_text`] tells which
//! character is missing, and the letter's content is checked field by field before it gets
//! here.
//!
//! The parts: this file holds the document a caller builds and the page's measures; `text.rs`
//! the fonts and what is done with text, `page.rs` the page being set and tables, `layout.rs`
//! the flow of blocks down the pages, `pdf.rs` the PDF file.

mod layout;
mod page;
mod pdf;
mod text;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use ts_rs::TS;

pub use layout::anchors;
pub use pdf::{render, render_counted, render_many, render_with_images};
pub use text::{check_text, clean_text, missing_glyph};
pub(crate) use text::{initials, printable};

/// A4 in points.
pub const PAGE_WIDTH: f32 = 595.28;
pub const PAGE_HEIGHT: f32 = 841.89;
const MARGIN_LEFT: f32 = 70.0;
const MARGIN_RIGHT: f32 = 62.0;
const MARGIN_TOP: f32 = 56.0;
/// The lowest a block may reach; the footer sits below it.
const BOTTOM: f32 = 64.0;
const FOOTER_Y: f32 = 34.0;
const TEXT_WIDTH: f32 = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

const BODY_SIZE: f32 = 9.8;
const BODY_LEADING: f32 = 13.6;
const SMALL_SIZE: f32 = 8.0;
const TABLE_SIZE: f32 = 8.6;
const TABLE_LEADING: f32 = 11.2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "TextAlign")]
pub enum Align {
    Left,
    Right,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(rename = "TableColumn")]
pub struct Column {
    pub title: String,
    /// Share of the text width.
    pub width: f32,
    pub align: Align,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(rename = "TableRow")]
pub struct Row {
    pub cells: Vec<String>,
    pub bold: bool,
    /// A rule above the row (for the total).
    pub rule_above: bool,
    /// How many columns the first cell spans (1 for none); the row has that many cells fewer.
    pub span: u32,
}

/// One signature: what stands above the line to sign on, and the name and lines below it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct SignaturePart {
    pub above: Vec<String>,
    /// Set bold under the line; empty for a line left blank to fill in.
    pub name: String,
    pub below: Vec<String>,
}

/// What flows down the pages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(rename = "LetterBlock")]
pub enum Block {
    /// The first page's head: a mark, the sender's name and address, a rule.
    Letterhead { name: String, address: Vec<String>, mark: String },
    /// Lines set flush right (place and date).
    Right { lines: Vec<String> },
    /// Lines set flush left, unjustified (the recipient's address, a reference line).
    Lines { lines: Vec<String>, bold_first: bool },
    /// A bold line (the subject, a heading); kept with the block that follows.
    Heading { text: String },
    /// A justified paragraph.
    Paragraph { text: String },
    /// A table whose rows are kept whole; its header is repeated on a new page.
    Table { columns: Vec<Column>, rows: Vec<Row> },
    /// Signature and acceptance blocks side by side, kept together on one page.
    Signatures { parts: Vec<SignaturePart> },
    Space { points: f32 },
    /// The rest of the page is left blank.
    PageBreak,
    /// Marks the page the next block starts on (for a table of contents).
    Anchor { id: String },
    /// A large title and lines under it, in the top third of a page of its own (a cover).
    Cover { title: String, lines: Vec<String> },
    /// A picture given to `render_with_images` under `key`, `width` points wide (at most the
    /// text width), kept on one page with its caption.
    Image { key: String, pixel_width: u32, pixel_height: u32, width: f32, caption: String },
    /// A vector drawing (a map), `width` × `height` points (shrunk to the text width), its
    /// shapes clipped to its frame, kept on one page with its caption.
    Drawing { width: f32, height: f32, shapes: Vec<Shape>, caption: String },
}

/// An RGB colour, each part from 0 to 1.
pub type Rgb3 = [f32; 3];

/// Something drawn in a [`Block::Drawing`], in points from the drawing's top-left corner
/// (x to the right, y down).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(rename = "DrawingShape")]
pub enum Shape {
    /// Filled rings (even-odd: a ring inside another is a hole), optionally outlined.
    Area { rings: Vec<Vec<[f32; 2]>>, fill: Rgb3, stroke: Option<Rgb3>, thickness: f32 },
    /// An open line through the points.
    Path { points: Vec<[f32; 2]>, color: Rgb3, thickness: f32 },
    /// A filled circle with an outline.
    Dot { at: [f32; 2], radius: f32, fill: Rgb3, stroke: Rgb3 },
    /// A line of text whose baseline starts at `at`.
    Label { at: [f32; 2], text: String, size: f32, color: Rgb3, bold: bool },
}

/// A document ready to set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(rename = "LetterDocument")]
pub struct Document {
    pub title: String,
    pub author: String,
    pub subject: String,
    /// When it was made (the PDF's dates), RFC 3339.
    #[serde(with = "time::serde::rfc3339")]
    #[ts(type = "string")]
    pub created: OffsetDateTime,
    /// Left of each page's footer (the reference).
    pub footer: String,
    /// "Page {page} of {pages}": the two placeholders are replaced.
    pub page_label: String,
    pub blocks: Vec<Block>,
}
