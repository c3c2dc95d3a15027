//! The page being set: colours, the fonts' names in the file, the cursor moving down the pages,
//! text, rules and fills drawn, justified lines, and the columns and rows of tables.

use printpdf::{Color, FontId, Line, LinePoint, Op, PaintMode, PdfFontHandle, Point, Pt, Rect, Rgb, TextItem, TextMatrix};

use super::text::{wrap, Face, Fonts};
use super::{Align, Column, Row, Rgb3, BOTTOM, MARGIN_LEFT, MARGIN_TOP, PAGE_HEIGHT, TABLE_LEADING, TABLE_SIZE, TEXT_WIDTH};

pub(super) fn rgb([r, g, b]: Rgb3) -> Color {
    Color::Rgb(Rgb { r, g, b, icc_profile: None })
}

pub(super) fn grey(level: f32) -> Color {
    Color::Rgb(Rgb { r: level, g: level, b: level, icc_profile: None })
}

const ACCENT: (f32, f32, f32) = (0.09, 0.27, 0.42);

pub(super) fn accent() -> Color {
    Color::Rgb(Rgb { r: ACCENT.0, g: ACCENT.1, b: ACCENT.2, icc_profile: None })
}

pub(super) fn font_id(bold: bool) -> FontId {
    // Six capital letters: the subset tag PDF readers expect before a subset font's name.
    FontId(if bold { "MDSKBD" } else { "MDSKRG" }.to_string())
}

pub(super) struct Pages {
    pub(super) pages: Vec<Vec<Op>>,
    /// Baseline-free cursor: the top of the next block, in points from the bottom.
    pub(super) y: f32,
}

impl Pages {
    pub(super) fn new() -> Pages {
        Pages { pages: vec![Vec::new()], y: PAGE_HEIGHT - MARGIN_TOP }
    }

    pub(super) fn ops(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("there is always a page")
    }

    pub(super) fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = PAGE_HEIGHT - MARGIN_TOP;
    }

    /// Start a new page unless `height` fits below the cursor.
    pub(super) fn ensure(&mut self, height: f32) {
        if self.y - height < BOTTOM && self.y < PAGE_HEIGHT - MARGIN_TOP - 1.0 {
            self.new_page();
        }
    }

    pub(super) fn text(&mut self, x: f32, baseline: f32, bold: bool, size: f32, color: Color, items: Vec<TextItem>) {
        let ops = self.ops();
        ops.push(Op::StartTextSection);
        ops.push(Op::SetFillColor { col: color });
        ops.push(Op::SetFont { font: PdfFontHandle::External(font_id(bold)), size: Pt(size) });
        ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(x), Pt(baseline)) });
        ops.push(Op::ShowText { items });
        ops.push(Op::EndTextSection);
    }

    pub(super) fn plain(&mut self, x: f32, baseline: f32, bold: bool, size: f32, text: &str) {
        if !text.is_empty() {
            self.text(x, baseline, bold, size, grey(0.1), vec![TextItem::Text(text.to_string())]);
        }
    }

    pub(super) fn rule(&mut self, x1: f32, x2: f32, y: f32, thickness: f32, color: Color) {
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

    pub(super) fn fill(&mut self, x: f32, y: f32, width: f32, height: f32, color: Color) {
        let ops = self.ops();
        ops.push(Op::SetFillColor { col: color });
        ops.push(Op::DrawRectangle {
            rectangle: Rect { x: Pt(x), y: Pt(y), width: Pt(width), height: Pt(height), mode: Some(PaintMode::Fill), winding_order: None },
        });
    }
}

/// The items of a justified line: the words, with the extra space spread over the gaps as
/// offsets (word spacing does not apply to two-byte fonts).
pub(super) fn justified(face: &Face, line: &str, size: f32, width: f32) -> Vec<TextItem> {
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
pub(super) fn table_layout(f: &Fonts, columns: &[Column], rows: &[Row]) -> Vec<(f32, f32)> {
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

pub(super) const CELL_PAD: f32 = 4.0;

/// The places of a row's cells: the first spans `span` columns, the rest one each; with the
/// alignment of the last column each covers.
pub(super) fn row_places(columns: &[Column], places: &[(f32, f32)], span: u32) -> Vec<((f32, f32), Align)> {
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

pub(super) fn row_lines(f: &Fonts, places: &[((f32, f32), Align)], cells: &[String], bold: bool) -> Vec<Vec<String>> {
    let face = if bold { &f.bold } else { &f.regular };
    places.iter().zip(cells).map(|(((_, w), _), cell)| wrap(face, cell, TABLE_SIZE, w - 2.0 * CELL_PAD)).collect()
}

pub(super) fn draw_row(p: &mut Pages, f: &Fonts, places: &[((f32, f32), Align)], lines: &[Vec<String>], bold: bool, header: bool) -> f32 {
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
