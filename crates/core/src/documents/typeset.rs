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

use std::sync::OnceLock;

use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon,
    PolygonRing, Pt, Rect, Rgb, TextItem, TextMatrix, WindingOrder,
};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use ts_rs::TS;

const REGULAR_TTF: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

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

struct Face {
    font: ParsedFont,
    units_per_em: f32,
}

struct Fonts {
    regular: Face,
    bold: Face,
}

fn face(bytes: &[u8]) -> Face {
    let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).expect("the bundled DejaVu Sans parses");
    let units_per_em = f32::from(font.font_metrics.units_per_em.max(1));
    Face { font, units_per_em }
}

fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts { regular: face(REGULAR_TTF), bold: face(BOLD_TTF) })
}

impl Face {
    fn advance(&self, ch: char) -> f32 {
        match self.font.lookup_glyph_index(ch as u32) {
            Some(gid) => f32::from(self.font.get_horizontal_advance(gid)) / self.units_per_em,
            None => 0.5,
        }
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(c)).sum::<f32>() * size
    }
}

/// The first character of `text` that the letter fonts (regular and bold) cannot print.
pub fn missing_glyph(text: &str) -> Option<char> {
    let f = fonts();
    text.chars().find(|c| {
        !c.is_whitespace() && (f.regular.font.lookup_glyph_index(*c as u32).is_none() || f.bold.font.lookup_glyph_index(*c as u32).is_none())
    })
}

/// The text in Unicode's composed form (NFC), with control characters (tabs and line breaks
/// included) turned into spaces and runs of spaces squeezed.
pub fn clean_text(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(text.len());
    for ch in text.nfc() {
        let ch = if ch.is_control() || ch == '\u{2028}' || ch == '\u{2029}' { ' ' } else { ch };
        if ch == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(ch);
    }
    out.trim_end().to_string()
}

/// `text` cleaned for a document other than a letter ("The report", "The publication"), or an
/// error naming `what` it is and the character the font lacks, with its code point.
pub(crate) fn printable(document: &str, what: &str, text: &str) -> crate::platform::error::Result<String> {
    let text = clean_text(text);
    match missing_glyph(&text) {
        None => Ok(text),
        Some(ch) => Err(crate::platform::error::Error::new(
            crate::platform::error::ErrorCode::NotAllowed,
            format!("{document} cannot be printed: {what} ('{text}') has the character '{ch}' (U+{:04X}), which the font does not have.", ch as u32),
        )),
    }
}

/// Whether a character the font lacks is in the text: `Err(char)` names it.
pub fn check_text(text: &str) -> Result<(), char> {
    missing_glyph(text).map_or(Ok(()), Err)
}

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

fn rgb([r, g, b]: Rgb3) -> Color {
    Color::Rgb(Rgb { r, g, b, icc_profile: None })
}

fn grey(level: f32) -> Color {
    Color::Rgb(Rgb { r: level, g: level, b: level, icc_profile: None })
}

const ACCENT: (f32, f32, f32) = (0.09, 0.27, 0.42);

fn accent() -> Color {
    Color::Rgb(Rgb { r: ACCENT.0, g: ACCENT.1, b: ACCENT.2, icc_profile: None })
}

fn font_id(bold: bool) -> FontId {
    // Six capital letters: the subset tag PDF readers expect before a subset font's name.
    FontId(if bold { "MDSKBD" } else { "MDSKRG" }.to_string())
}

/// Greedy line breaking at spaces; a word wider than the line is cut between characters.
fn wrap(face: &Face, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0.0;
        let space = face.advance(' ') * size;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let word_width = face.width(word, size);
            if !line.is_empty() && line_width + space + word_width <= width {
                line.push(' ');
                line.push_str(word);
                line_width += space + word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if word_width <= width {
                line = word.to_string();
                line_width = word_width;
                continue;
            }
            // A word longer than the line: cut it.
            let mut piece = String::new();
            let mut piece_width = 0.0;
            for ch in word.chars() {
                let w = face.advance(ch) * size;
                if piece_width + w > width && !piece.is_empty() {
                    lines.push(std::mem::take(&mut piece));
                    piece_width = 0.0;
                }
                piece.push(ch);
                piece_width += w;
            }
            line = piece;
            line_width = piece_width;
        }
        lines.push(line);
    }
    lines
}

struct Pages {
    pages: Vec<Vec<Op>>,
    /// Baseline-free cursor: the top of the next block, in points from the bottom.
    y: f32,
}

impl Pages {
    fn new() -> Pages {
        Pages { pages: vec![Vec::new()], y: PAGE_HEIGHT - MARGIN_TOP }
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("there is always a page")
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = PAGE_HEIGHT - MARGIN_TOP;
    }

    /// Start a new page unless `height` fits below the cursor.
    fn ensure(&mut self, height: f32) {
        if self.y - height < BOTTOM && self.y < PAGE_HEIGHT - MARGIN_TOP - 1.0 {
            self.new_page();
        }
    }

    fn text(&mut self, x: f32, baseline: f32, bold: bool, size: f32, color: Color, items: Vec<TextItem>) {
        let ops = self.ops();
        ops.push(Op::StartTextSection);
        ops.push(Op::SetFillColor { col: color });
        ops.push(Op::SetFont { font: PdfFontHandle::External(font_id(bold)), size: Pt(size) });
        ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(x), Pt(baseline)) });
        ops.push(Op::ShowText { items });
        ops.push(Op::EndTextSection);
    }

    fn plain(&mut self, x: f32, baseline: f32, bold: bool, size: f32, text: &str) {
        if !text.is_empty() {
            self.text(x, baseline, bold, size, grey(0.1), vec![TextItem::Text(text.to_string())]);
        }
    }

    fn rule(&mut self, x1: f32, x2: f32, y: f32, thickness: f32, color: Color) {
        let ops = self.ops();
        ops.push(Op::SetOutlineColor { col: color });
        ops.push(Op::SetOutlineThickness { pt: Pt(thickness) });
        ops.push(Op::DrawLine {
            line: Line {
                points: vec![LinePoint { p: Point { x: Pt(x1), y: Pt(y) }, bezier: false }, LinePoint { p: Point { x: Pt(x2), y: Pt(y) }, bezier: false }],
                is_closed: false,
            },
        });
    }

    fn fill(&mut self, x: f32, y: f32, width: f32, height: f32, color: Color) {
        let ops = self.ops();
        ops.push(Op::SetFillColor { col: color });
        ops.push(Op::DrawRectangle {
            rectangle: Rect { x: Pt(x), y: Pt(y), width: Pt(width), height: Pt(height), mode: Some(PaintMode::Fill), winding_order: None },
        });
    }
}

/// The items of a justified line: the words, with the extra space spread over the gaps as
/// offsets (word spacing does not apply to two-byte fonts).
fn justified(face: &Face, line: &str, size: f32, width: f32) -> Vec<TextItem> {
    let words: Vec<&str> = line.split(' ').collect();
    if words.len() < 2 {
        return vec![TextItem::Text(line.to_string())];
    }
    let natural = face.width(line, size);
    let extra = (width - natural).max(0.0);
    // Offsets are in thousandths of an em; a negative one moves the next glyph right.
    let per_gap = -(extra / (words.len() - 1) as f32) / size * 1000.0;
    let mut items = Vec::with_capacity(words.len() * 2);
    for (i, word) in words.iter().enumerate() {
        if i + 1 < words.len() {
            items.push(TextItem::Text(format!("{word} ")));
            items.push(TextItem::Offset(per_gap));
        } else {
            items.push(TextItem::Text((*word).to_string()));
        }
    }
    items
}

/// The columns' places: their share of the text width, except that a column is never
/// narrower than the widest word one of its own cells holds (an amount such as `11 628,00 €`
/// is one word, its spaces non-breaking), so nothing is cut inside a word. The width a column
/// needs is taken from the columns with room to spare, in proportion to that room.
fn table_layout(f: &Fonts, columns: &[Column], rows: &[Row]) -> Vec<(f32, f32)> {
    let total: f32 = columns.iter().map(|c| c.width).sum::<f32>().max(0.0001);
    let mut widths: Vec<f32> = columns.iter().map(|c| TEXT_WIDTH * c.width / total).collect();
    let widest = |face: &Face, text: &str| text.split([' ', '\n']).map(|w| face.width(w, TABLE_SIZE)).fold(0.0_f32, f32::max);
    let mut least: Vec<f32> = columns.iter().map(|c| widest(&f.bold, &c.title)).collect();
    for row in rows {
        let face = if row.bold { &f.bold } else { &f.regular };
        let span = (row.span.max(1) as usize).min(columns.len());
        // The first cell spans `span` columns; each other cell has one column of its own.
        let own = if span == 1 { 0 } else { 1 };
        for (i, cell) in row.cells.iter().enumerate().skip(own) {
            let column = if i == 0 { 0 } else { span + i - 1 };
            if let Some(l) = least.get_mut(column) {
                *l = l.max(widest(face, cell));
            }
        }
    }
    let least: Vec<f32> = least.into_iter().map(|w| w + 2.0 * CELL_PAD + 0.5).collect();
    let short: f32 = widths.iter().zip(&least).map(|(w, l)| (l - w).max(0.0)).sum();
    let spare: f32 = widths.iter().zip(&least).map(|(w, l)| (w - l).max(0.0)).sum();
    if short > 0.0 && spare >= short {
        for (w, l) in widths.iter_mut().zip(&least) {
            if *w < *l {
                *w = *l;
            } else {
                *w -= (*w - l) / spare * short;
            }
        }
    }
    let mut x = MARGIN_LEFT;
    widths
        .into_iter()
        .map(|w| {
            let start = x;
            x += w;
            (start, w)
        })
        .collect()
}

const CELL_PAD: f32 = 4.0;

/// The places of a row's cells: the first spans `span` columns, the rest one each; with the
/// alignment of the last column each covers.
fn row_places(columns: &[Column], places: &[(f32, f32)], span: u32) -> Vec<((f32, f32), Align)> {
    let span = (span.max(1) as usize).min(places.len());
    let mut out = Vec::new();
    if span > 0 {
        let (x, _) = places[0];
        let (last_x, last_w) = places[span - 1];
        out.push(((x, last_x + last_w - x), columns[0].align));
    }
    for i in span..places.len() {
        out.push((places[i], columns[i].align));
    }
    out
}

fn row_lines(f: &Fonts, places: &[((f32, f32), Align)], cells: &[String], bold: bool) -> Vec<Vec<String>> {
    let face = if bold { &f.bold } else { &f.regular };
    places.iter().zip(cells).map(|(((_, w), _), cell)| wrap(face, cell, TABLE_SIZE, w - 2.0 * CELL_PAD)).collect()
}

fn draw_row(p: &mut Pages, f: &Fonts, places: &[((f32, f32), Align)], lines: &[Vec<String>], bold: bool, header: bool) -> f32 {
    let count = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let height = count as f32 * TABLE_LEADING + 2.0 * CELL_PAD - 2.0;
    let top = p.y;
    if header {
        p.fill(MARGIN_LEFT, top - height, TEXT_WIDTH, height, Color::Rgb(Rgb { r: 0.91, g: 0.94, b: 0.97, icc_profile: None }));
    }
    let face = if bold || header { &f.bold } else { &f.regular };
    for (((x, w), align), cell_lines) in places.iter().zip(lines) {
        for (i, line) in cell_lines.iter().enumerate() {
            let baseline = top - CELL_PAD - 8.0 - i as f32 * TABLE_LEADING;
            let tx = match align {
                Align::Left => x + CELL_PAD,
                Align::Right => x + w - CELL_PAD - face.width(line, TABLE_SIZE),
            };
            if !line.is_empty() {
                let color = if header { accent() } else { grey(0.1) };
                p.text(tx, baseline, bold || header, TABLE_SIZE, color, vec![TextItem::Text(line.clone())]);
            }
        }
    }
    p.y = top - height;
    height
}

/// The height of the first piece of a block, to keep a heading with it.
fn first_piece_height(block: Option<&Block>) -> f32 {
    match block {
        Some(Block::Paragraph { .. }) => 2.0 * BODY_LEADING,
        Some(Block::Table { .. }) => 2.0 * (TABLE_LEADING + 2.0 * CELL_PAD),
        Some(Block::Lines { lines, .. }) => lines.len().min(3) as f32 * BODY_LEADING,
        _ => 0.0,
    }
}

/// Lay the document out and return its pages' operations.
fn layout(doc: &Document) -> Vec<Vec<Op>> {
    layout_with_anchors(doc).0
}

/// The page (0-based) each anchor of the document falls on.
pub fn anchors(doc: &Document) -> std::collections::HashMap<String, usize> {
    layout_with_anchors(doc).1
}

fn layout_with_anchors(doc: &Document) -> (Vec<Vec<Op>>, std::collections::HashMap<String, usize>) {
    let f = fonts();
    let mut p = Pages::new();
    let mut anchors = std::collections::HashMap::new();
    for (index, block) in doc.blocks.iter().enumerate() {
        match block {
            Block::Letterhead { name, address, mark } => {
                let top = p.y;
                // A round mark with the network's initials, drawn, not an image.
                let size = 34.0;
                p.fill(MARGIN_LEFT, top - size, size, size, accent());
                let mark_size = if mark.chars().count() > 2 { 11.0 } else { 14.0 };
                let mark_width = f.bold.width(mark, mark_size);
                p.text(MARGIN_LEFT + (size - mark_width) / 2.0, top - size / 2.0 - mark_size * 0.36, true, mark_size, grey(1.0), vec![TextItem::Text(mark.clone())]);
                let x = MARGIN_LEFT + size + 12.0;
                let name_lines = wrap(&f.bold, name, 14.0, TEXT_WIDTH - size - 12.0);
                let mut y = top - 12.0;
                for line in &name_lines {
                    p.text(x, y, true, 14.0, accent(), vec![TextItem::Text(line.clone())]);
                    y -= 16.0;
                }
                let joined = address.join("  ·  ");
                for line in wrap(&f.regular, &joined, SMALL_SIZE, TEXT_WIDTH - size - 12.0) {
                    p.text(x, y + 2.0, false, SMALL_SIZE, grey(0.35), vec![TextItem::Text(line)]);
                    y -= 10.5;
                }
                let bottom = (top - size).min(y + 4.0) - 8.0;
                p.rule(MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT, bottom, 0.8, accent());
                p.y = bottom - 18.0;
            }
            Block::Right { lines } => {
                p.ensure(lines.len() as f32 * BODY_LEADING);
                for line in lines {
                    let w = f.regular.width(line, BODY_SIZE);
                    let baseline = p.y - BODY_SIZE;
                    p.plain(PAGE_WIDTH - MARGIN_RIGHT - w, baseline, false, BODY_SIZE, line);
                    p.y -= BODY_LEADING;
                }
            }
            Block::Lines { lines, bold_first } => {
                let wrapped: Vec<(bool, String)> = lines
                    .iter()
                    .enumerate()
                    .flat_map(|(i, l)| {
                        let bold = *bold_first && i == 0;
                        wrap(if bold { &f.bold } else { &f.regular }, l, BODY_SIZE, TEXT_WIDTH).into_iter().map(move |w| (bold, w))
                    })
                    .collect();
                p.ensure(wrapped.len() as f32 * BODY_LEADING);
                for (bold, line) in wrapped {
                    let baseline = p.y - BODY_SIZE;
                    p.plain(MARGIN_LEFT, baseline, bold, BODY_SIZE, &line);
                    p.y -= BODY_LEADING;
                }
            }
            Block::Heading { text } => {
                let lines = wrap(&f.bold, text, BODY_SIZE + 0.6, TEXT_WIDTH);
                p.ensure(lines.len() as f32 * BODY_LEADING + 4.0 + first_piece_height(doc.blocks.get(index + 1)));
                for line in lines {
                    let baseline = p.y - BODY_SIZE;
                    p.text(MARGIN_LEFT, baseline, true, BODY_SIZE + 0.6, accent(), vec![TextItem::Text(line)]);
                    p.y -= BODY_LEADING;
                }
                p.y -= 3.0;
            }
            Block::Paragraph { text } => {
                let lines = wrap(&f.regular, text, BODY_SIZE, TEXT_WIDTH);
                let last = lines.len().saturating_sub(1);
                for (i, line) in lines.iter().enumerate() {
                    // Keep at least two lines of a paragraph together at a page's foot and head.
                    let keep = if i == 0 && lines.len() > 1 { 2.0 } else { 1.0 };
                    p.ensure(keep * BODY_LEADING);
                    let baseline = p.y - BODY_SIZE;
                    let items = if i < last { justified(&f.regular, line, BODY_SIZE, TEXT_WIDTH) } else { vec![TextItem::Text(line.clone())] };
                    p.text(MARGIN_LEFT, baseline, false, BODY_SIZE, grey(0.1), items);
                    p.y -= BODY_LEADING;
                }
                p.y -= 5.0;
            }
            Block::Table { columns, rows } => {
                let places = table_layout(f, columns, rows);
                let titles: Vec<String> = columns.iter().map(|c| c.title.clone()).collect();
                let header_places = row_places(columns, &places, 1);
                let header_lines = row_lines(f, &header_places, &titles, true);
                let header_height = header_lines.iter().map(Vec::len).max().unwrap_or(1) as f32 * TABLE_LEADING + 2.0 * CELL_PAD - 2.0;
                // A table whose columns have no titles (a table of contents) has no header row.
                let has_header = columns.iter().any(|c| !c.title.is_empty());
                let mut need_header = has_header;
                for row in rows {
                    let row_at = row_places(columns, &places, row.span);
                    let lines = row_lines(f, &row_at, &row.cells, row.bold);
                    let height = lines.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * TABLE_LEADING + 2.0 * CELL_PAD - 2.0;
                    let before = p.pages.len();
                    p.ensure(height + if need_header { header_height } else { 0.0 });
                    if p.pages.len() != before {
                        need_header = has_header;
                    }
                    if need_header {
                        draw_row(&mut p, f, &header_places, &header_lines, true, true);
                        need_header = false;
                    }
                    if row.rule_above {
                        let y = p.y;
                        p.rule(MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT, y, 0.9, grey(0.25));
                    }
                    draw_row(&mut p, f, &row_at, &lines, row.bold, false);
                    let y = p.y;
                    if !row.bold {
                        p.rule(MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT, y, 0.3, grey(0.78));
                    }
                }
                p.y -= 10.0;
            }
            Block::Signatures { parts } => {
                let gap = 28.0;
                let count = parts.len().max(1) as f32;
                let width = (TEXT_WIDTH - gap * (count - 1.0)) / count;
                let wrap_all = |lines: &[String], face: &Face| -> Vec<String> { lines.iter().flat_map(|l| wrap(face, l, BODY_SIZE, width)).collect() };
                let laid: Vec<(Vec<String>, Vec<String>, Vec<String>)> = parts
                    .iter()
                    .map(|part| {
                        let name = if part.name.is_empty() { Vec::new() } else { wrap(&f.bold, &part.name, BODY_SIZE, width) };
                        (wrap_all(&part.above, &f.regular), name, wrap_all(&part.below, &f.regular))
                    })
                    .collect();
                let above = laid.iter().map(|l| l.0.len()).max().unwrap_or(0) as f32;
                let below = laid.iter().map(|l| l.1.len() + l.2.len()).max().unwrap_or(0) as f32;
                // Room to sign between what stands above and the line.
                let signing_space = 40.0;
                let height = (above + below) * BODY_LEADING + signing_space + 6.0;
                p.ensure(height);
                let top = p.y;
                for (i, (above_lines, name, below_lines)) in laid.iter().enumerate() {
                    let x = MARGIN_LEFT + i as f32 * (width + gap);
                    let mut y = top;
                    for line in above_lines {
                        p.plain(x, y - BODY_SIZE, false, BODY_SIZE, line);
                        y -= BODY_LEADING;
                    }
                    y = top - above * BODY_LEADING - signing_space;
                    p.rule(x, x + width * 0.85, y + 2.0, 0.5, grey(0.45));
                    y -= 4.0;
                    for line in name {
                        p.plain(x, y - BODY_SIZE, true, BODY_SIZE, line);
                        y -= BODY_LEADING;
                    }
                    for line in below_lines {
                        p.plain(x, y - BODY_SIZE, false, BODY_SIZE, line);
                        y -= BODY_LEADING;
                    }
                }
                p.y = top - height;
            }
            Block::Space { points } => {
                p.y -= points;
            }
            Block::PageBreak => {
                if p.y < PAGE_HEIGHT - MARGIN_TOP - 1.0 {
                    p.new_page();
                }
            }
            Block::Anchor { id } => {
                anchors.insert(id.clone(), p.pages.len() - 1);
            }
            Block::Cover { title, lines } => {
                let mut y = PAGE_HEIGHT * 0.62;
                for line in wrap(&f.bold, title, 24.0, TEXT_WIDTH) {
                    p.text(MARGIN_LEFT, y, true, 24.0, accent(), vec![TextItem::Text(line)]);
                    y -= 30.0;
                }
                p.rule(MARGIN_LEFT, MARGIN_LEFT + 120.0, y + 10.0, 1.5, accent());
                y -= 14.0;
                for line in lines.iter().flat_map(|l| wrap(&f.regular, l, 12.0, TEXT_WIDTH)) {
                    p.text(MARGIN_LEFT, y, false, 12.0, grey(0.25), vec![TextItem::Text(line)]);
                    y -= 17.0;
                }
                p.new_page();
            }
            Block::Drawing { width, height, shapes, caption } => {
                let scale = if width.is_finite() && *width > TEXT_WIDTH { TEXT_WIDTH / width } else { 1.0 };
                let (w, h) = (width * scale, height * scale);
                let captions = if caption.is_empty() { Vec::new() } else { wrap(&f.regular, caption, SMALL_SIZE, TEXT_WIDTH) };
                p.ensure(h + 6.0 + captions.len() as f32 * 10.5);
                let top = p.y;
                draw_shapes(&mut p, MARGIN_LEFT, top, w, h, scale, shapes);
                p.y = top - h - 4.0;
                for line in captions {
                    let baseline = p.y - SMALL_SIZE;
                    p.text(MARGIN_LEFT, baseline, false, SMALL_SIZE, grey(0.35), vec![TextItem::Text(line)]);
                    p.y -= 10.5;
                }
                p.y -= 8.0;
            }
            Block::Image { key, pixel_width, pixel_height, width, caption } => {
                let width = if width.is_finite() { width.clamp(1.0, TEXT_WIDTH) } else { TEXT_WIDTH };
                let height = width * (*pixel_height).max(1) as f32 / (*pixel_width).max(1) as f32;
                // A very tall picture is shrunk to fit a page.
                let room = PAGE_HEIGHT - MARGIN_TOP - BOTTOM - 40.0;
                let (width, height) = if height > room { (width * room / height, room) } else { (width, height) };
                let captions = if caption.is_empty() { Vec::new() } else { wrap(&f.regular, caption, SMALL_SIZE, TEXT_WIDTH) };
                p.ensure(height + 6.0 + captions.len() as f32 * 10.5);
                let bottom = p.y - height;
                let ops = p.ops();
                ops.push(Op::UseXobject {
                    id: printpdf::XObjectId(key.clone()),
                    transform: printpdf::XObjectTransform {
                        translate_x: Some(Pt(MARGIN_LEFT)),
                        translate_y: Some(Pt(bottom)),
                        rotate: None,
                        scale_x: Some(width / (*pixel_width).max(1) as f32),
                        scale_y: Some(height / (*pixel_height).max(1) as f32),
                        dpi: Some(72.0),
                        no_auto_scale: false,
                    },
                });
                p.y = bottom - 4.0;
                for line in captions {
                    let baseline = p.y - SMALL_SIZE;
                    p.text(MARGIN_LEFT, baseline, false, SMALL_SIZE, grey(0.35), vec![TextItem::Text(line)]);
                    p.y -= 10.5;
                }
                p.y -= 8.0;
            }
        }
    }
    let pages = p.pages.len();
    for (i, ops) in p.pages.iter_mut().enumerate() {
        let label = doc.page_label.replace("{page}", &(i + 1).to_string()).replace("{pages}", &pages.to_string());
        let mut footer = Pages { pages: vec![Vec::new()], y: 0.0 };
        footer.rule(MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT, FOOTER_Y + 11.0, 0.4, grey(0.7));
        footer.text(MARGIN_LEFT, FOOTER_Y, false, SMALL_SIZE - 0.5, grey(0.4), vec![TextItem::Text(doc.footer.clone())]);
        let w = f.regular.width(&label, SMALL_SIZE - 0.5);
        footer.text(PAGE_WIDTH - MARGIN_RIGHT - w, FOOTER_Y, false, SMALL_SIZE - 0.5, grey(0.4), vec![TextItem::Text(label)]);
        ops.extend(footer.pages.remove(0));
    }
    (p.pages, anchors)
}

/// Draw shapes in a frame whose top-left corner is at (`left`, `top`) on the page, clipped to
/// the frame; shape coordinates are multiplied by `scale`.
fn draw_shapes(p: &mut Pages, left: f32, top: f32, width: f32, height: f32, scale: f32, shapes: &[Shape]) {
    let at = |[x, y]: [f32; 2]| LinePoint { p: Point { x: Pt(left + x * scale), y: Pt(top - y * scale) }, bezier: false };
    {
        let ops = p.ops();
        ops.push(Op::SaveGraphicsState);
        ops.push(Op::DrawRectangle {
            rectangle: Rect { x: Pt(left), y: Pt(top - height), width: Pt(width), height: Pt(height), mode: Some(PaintMode::Clip), winding_order: Some(WindingOrder::NonZero) },
        });
    }
    for shape in shapes {
        match shape {
            Shape::Area { rings, fill, stroke, thickness } => {
                let rings: Vec<PolygonRing> = rings.iter().filter(|r| r.len() >= 3).map(|r| PolygonRing { points: r.iter().copied().map(at).collect() }).collect();
                if rings.is_empty() {
                    continue;
                }
                let ops = p.ops();
                ops.push(Op::SetFillColor { col: rgb(*fill) });
                let mode = match stroke {
                    Some(color) => {
                        ops.push(Op::SetOutlineColor { col: rgb(*color) });
                        ops.push(Op::SetOutlineThickness { pt: Pt(thickness * scale) });
                        PaintMode::FillStroke
                    }
                    None => PaintMode::Fill,
                };
                ops.push(Op::DrawPolygon { polygon: Polygon { rings, mode, winding_order: WindingOrder::EvenOdd } });
            }
            Shape::Path { points, color, thickness } => {
                if points.len() < 2 {
                    continue;
                }
                let ops = p.ops();
                ops.push(Op::SetOutlineColor { col: rgb(*color) });
                ops.push(Op::SetOutlineThickness { pt: Pt(thickness * scale) });
                ops.push(Op::DrawLine { line: Line { points: points.iter().copied().map(at).collect(), is_closed: false } });
            }
            Shape::Dot { at: centre, radius, fill, stroke } => {
                // A circle from four Bézier arcs (the usual 0.5523 control distance).
                let r = radius;
                let k = 0.5523 * r;
                let [cx, cy] = *centre;
                let pt = |x: f32, y: f32, bezier: bool| LinePoint { bezier, ..at([x, y]) };
                let points = vec![
                    pt(cx + r, cy, false),
                    pt(cx + r, cy + k, true),
                    pt(cx + k, cy + r, true),
                    pt(cx, cy + r, false),
                    pt(cx - k, cy + r, true),
                    pt(cx - r, cy + k, true),
                    pt(cx - r, cy, false),
                    pt(cx - r, cy - k, true),
                    pt(cx - k, cy - r, true),
                    pt(cx, cy - r, false),
                    pt(cx + k, cy - r, true),
                    pt(cx + r, cy - k, true),
                    pt(cx + r, cy, false),
                ];
                let ops = p.ops();
                ops.push(Op::SetFillColor { col: rgb(*fill) });
                ops.push(Op::SetOutlineColor { col: rgb(*stroke) });
                ops.push(Op::SetOutlineThickness { pt: Pt(0.6 * scale) });
                ops.push(Op::DrawPolygon { polygon: Polygon { rings: vec![PolygonRing { points }], mode: PaintMode::FillStroke, winding_order: WindingOrder::NonZero } });
            }
            Shape::Label { at: [x, y], text, size, color, bold } => {
                if !text.is_empty() {
                    p.text(left + x * scale, top - y * scale, *bold, size * scale, rgb(*color), vec![TextItem::Text(text.clone())]);
                }
            }
        }
    }
    p.ops().push(Op::RestoreGraphicsState);
}

fn new_pdf(doc: &Document) -> PdfDocument {
    let f = fonts();
    let mut pdf = PdfDocument::new(&doc.title);
    // Fixed font names keep the output the same from one run to the next.
    pdf.resources.fonts.map.insert(font_id(false), printpdf::PdfFont::new(f.regular.font.clone()));
    pdf.resources.fonts.map.insert(font_id(true), printpdf::PdfFont::new(f.bold.font.clone()));
    let info = &mut pdf.metadata.info;
    info.document_title = doc.title.clone();
    info.author = doc.author.clone();
    info.subject = doc.subject.clone();
    info.creator = "Mobility Desk".to_string();
    info.producer = "Mobility Desk (printpdf)".to_string();
    let created = printpdf::DateTime::from_unix_timestamp(doc.created.unix_timestamp()).unwrap_or(info.creation_date);
    info.creation_date = created;
    info.modification_date = created;
    info.metadata_date = created;
    pdf
}

fn pdf_pages(ops: Vec<Vec<Op>>) -> Vec<PdfPage> {
    ops.into_iter().map(|ops| PdfPage::new(Mm(210.0), Mm(297.0), ops)).collect()
}

/// Set one document as a PDF.
pub fn render(doc: &Document) -> Vec<u8> {
    render_counted(doc).0
}

/// Set one document as a PDF, and say how many pages it has.
pub fn render_counted(doc: &Document) -> (Vec<u8>, u32) {
    let mut pdf = new_pdf(doc);
    pdf.pages = pdf_pages(layout(doc));
    let pages = pdf.pages.len() as u32;
    (finish(&pdf), pages)
}

/// Set a document whose `Image` blocks name the pictures given here (PNG or JPEG bytes, by
/// key). A picture that cannot be read is an error naming its key.
pub fn render_with_images(doc: &Document, images: &[(String, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let mut pdf = new_pdf(doc);
    for (key, bytes) in images {
        let raw = printpdf::RawImage::decode_from_bytes(bytes, &mut Vec::new()).map_err(|e| format!("the picture {key} cannot be read: {e}"))?;
        pdf.resources.xobjects.map.insert(printpdf::XObjectId(key.clone()), printpdf::XObject::Image(raw));
    }
    pdf.pages = pdf_pages(layout(doc));
    Ok(finish(&pdf))
}

/// Set several documents one after the other in one PDF (each with its own page numbers);
/// the first document gives the file's title and dates. `progress` is told after each
/// document and stops the work when it answers `false`.
pub fn render_many(docs: &[Document], mut progress: impl FnMut(usize) -> bool) -> Option<Vec<u8>> {
    let first = docs.first()?;
    let mut pdf = new_pdf(first);
    for (i, doc) in docs.iter().enumerate() {
        pdf.pages.extend(pdf_pages(layout(doc)));
        if !progress(i + 1) {
            return None;
        }
    }
    Some(finish(&pdf))
}

fn finish(pdf: &PdfDocument) -> Vec<u8> {
    let options = PdfSaveOptions { subset_fonts: true, ..PdfSaveOptions::default() };
    let mut bytes = pdf.save(&options, &mut Vec::new());
    fix_file_id(&mut bytes);
    bytes
}

/// printpdf writes a random file identifier into the trailer; replace it with one made from
/// the file's content, so the same letter always gives the same bytes.
fn fix_file_id(bytes: &mut [u8]) {
    use sha2::{Digest, Sha256};
    let Some(at) = find_last(bytes, b"/ID") else { return };
    let end = (at + 120).min(bytes.len());
    let mut strings = Vec::new();
    let mut i = at;
    while i < end && strings.len() < 2 {
        if bytes[i] == b'(' {
            if let Some(close) = bytes[i + 1..end].iter().position(|b| *b == b')') {
                strings.push((i + 1, i + 1 + close));
                i += close + 2;
                continue;
            }
        }
        i += 1;
    }
    let mut hasher = Sha256::new();
    hasher.update(&bytes[..at]);
    let digest = hex::encode(hasher.finalize());
    for (start, stop) in strings {
        let len = stop - start;
        let fill = digest.as_bytes().iter().cycle().take(len).copied().collect::<Vec<u8>>();
        bytes[start..stop].copy_from_slice(&fill);
    }
}

fn find_last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// The network's initials for the letterhead's mark: "European Network of Cultural Centres"
/// gives "ENCC" (at most four letters; small words are left out).
pub(crate) fn initials(name: &str) -> String {
    const SMALL: &[&str] = &["of", "the", "for", "and", "de", "des", "du", "la", "le", "les", "et", "a", "an", "in", "on"];
    let mut out: String = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && !SMALL.contains(&w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .flat_map(char::to_uppercase)
        .take(4)
        .collect();
    if out.is_empty() {
        out.push('·');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(paragraphs: usize) -> Document {
        let mut blocks = vec![
            Block::Letterhead { name: "Network of Cultural Hubs".into(), address: vec!["Rue de la Loi 1".into(), "1000 Bruxelles".into()], mark: "NC".into() },
            Block::Right { lines: vec!["Bruxelles, 1 March 2027".into()] },
            Block::Lines { lines: vec!["Ἀθήνα Κέντρο Τεχνών".into(), "Ирина Петрова".into(), "Łódź, Poland".into()], bold_first: true },
            Block::Heading { text: "Subject: award".into() },
        ];
        for _ in 0..paragraphs {
            blocks.push(Block::Paragraph { text: "The network is pleased to confirm the grant awarded to the hub named above, for the exchange described in its application and agreed with its partner, within the dates given.".into() });
        }
        blocks.push(Block::Signatures { parts: vec![SignaturePart { above: vec!["For the network".into()], name: "Anna Nowak".into(), below: vec!["Secretary General".into()] }] });
        Document {
            title: "Letter".into(),
            author: "Network".into(),
            subject: "Award".into(),
            created: time::macros::datetime!(2027-03-01 10:00 UTC),
            footer: "P2P-2027-001".into(),
            page_label: "Page {page} of {pages}".into(),
            blocks,
        }
    }

    #[test]
    fn wraps_within_the_width_and_cuts_long_words() {
        let f = fonts();
        let lines = wrap(&f.regular, "a few words that need to go on more than one line of text", 10.0, 80.0);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| f.regular.width(l, 10.0) <= 80.0));
        let long = wrap(&f.regular, &"x".repeat(60), 10.0, 50.0);
        assert!(long.len() > 1 && long.iter().all(|l| f.regular.width(l, 10.0) <= 50.0));
    }

    #[test]
    fn cleans_and_checks_text() {
        assert_eq!(clean_text("e\u{301}te\u{301}\tà  Paris\n"), "été à Paris");
        assert_eq!(check_text("Ἀθήνα Łódź Петрова Þórshöfn"), Ok(()));
        assert_eq!(check_text("hub \u{1F3AD}"), Err('\u{1F3AD}'));
    }

    #[test]
    fn the_same_document_gives_the_same_bytes() {
        let a = render(&sample(3));
        let b = render(&sample(3));
        assert!(a.starts_with(b"%PDF-"));
        assert_eq!(a, b);
    }

    #[test]
    fn long_letters_flow_onto_numbered_pages() {
        let pages = layout(&sample(60));
        assert!(pages.len() >= 3, "{} pages", pages.len());
    }
}
