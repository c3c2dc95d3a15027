//! The flow of a document's blocks down A4 pages: headings kept with what follows, table rows
//! and signature blocks kept whole, pictures and drawings with their captions, anchors noted,
//! and the footer with "page x of y" once the pages are counted.

use printpdf::{Line, LinePoint, Op, PaintMode, Point, Polygon, PolygonRing, Pt, Rect, TextItem, WindingOrder};

use super::page::{accent, draw_row, grey, justified, rgb, row_lines, row_places, table_layout, Pages, CELL_PAD};
use super::text::{fonts, wrap, Face};
use super::{Block, Document, Shape, BODY_LEADING, BODY_SIZE, BOTTOM, FOOTER_Y, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, PAGE_HEIGHT, PAGE_WIDTH, SMALL_SIZE, TABLE_LEADING, TEXT_WIDTH};

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
pub(super) fn layout(doc: &Document) -> Vec<Vec<Op>> {
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
