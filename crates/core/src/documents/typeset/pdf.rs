//! The PDF file: the fonts embedded under fixed names, the metadata, the pages of one document
//! or several, pictures, and a file identifier made from the content so the same document
//! always gives the same bytes.

use printpdf::{Mm, Op, PdfDocument, PdfPage, PdfSaveOptions};

use super::layout::layout;
use super::page::font_id;
use super::text::fonts;
use super::Document;

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
