//! The bundled fonts (DejaVu Sans, regular and bold) and text: each character's advance, text
//! cleaned and checked against the font, lines broken to a width, and the letterhead's initials.

use std::sync::OnceLock;

use printpdf::ParsedFont;

use crate::platform::packed::{packed, unpack};

/// DejaVu Sans, regular and bold, packed by build.rs.
const REGULAR_TTF: &[u8] = packed!("DejaVuSans.ttf");
const BOLD_TTF: &[u8] = packed!("DejaVuSans-Bold.ttf");

pub(super) struct Face {
    pub(super) font: ParsedFont,
    units_per_em: f32,
}

pub(super) struct Fonts {
    pub(super) regular: Face,
    pub(super) bold: Face,
}

fn face(bytes: &[u8]) -> Face {
    let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).expect("the bundled DejaVu Sans parses");
    let units_per_em = f32::from(font.font_metrics.units_per_em.max(1));
    Face { font, units_per_em }
}

pub(super) fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts { regular: face(&unpack(REGULAR_TTF)), bold: face(&unpack(BOLD_TTF)) })
}

impl Face {
    pub(super) fn advance(&self, ch: char) -> f32 {
        match self.font.lookup_glyph_index(ch as u32) {
            Some(gid) => f32::from(self.font.get_horizontal_advance(gid)) / self.units_per_em,
            None => 0.5,
        }
    }

    pub(super) fn width(&self, text: &str, size: f32) -> f32 {
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
            crate::said!("said-letters-document-glyph", document = printed_key(DOCUMENTS, document), what = printed_key(THINGS, what), text = &text, character = ch.to_string(), code = format!("{:04X}", ch as u32)),
        )),
    }
}

/// The documents [`printable`] is asked about, by their key in `said-letters-document-glyph`.
const DOCUMENTS: &[(&str, &str)] = &[("The report", "report"), ("The publication", "publication")];

/// The texts [`printable`] is asked about, by their key in `said-letters-printed-thing`.
const THINGS: &[(&str, &str)] = &[
    ("the network's name", "network-name"),
    ("the network's postal address", "postal-address"),
    ("the cycle's title", "cycle-title"),
    ("the programme's name", "programme-name"),
    ("a programme's name", "a-programme-name"),
    ("an emission factor's label", "factor-label"),
    ("the emission factors' source", "factors-source"),
    ("a hub's name", "a-hub-name"),
    ("a city", "a-city"),
    ("a story's title", "story-title"),
    ("a story's author", "story-author"),
    ("a story's text", "story-text"),
    ("a photo's caption", "photo-caption"),
];

/// A name's key in the messages; one they do not know goes as it is (they then print it).
fn printed_key<'a>(keys: &[(&str, &'static str)], english: &'a str) -> &'a str {
    keys.iter().find(|(name, _)| *name == english).map_or(english, |(_, key)| *key)
}

/// Whether a character the font lacks is in the text: `Err(char)` names it.
pub fn check_text(text: &str) -> Result<(), char> {
    missing_glyph(text).map_or(Ok(()), Err)
}

/// Greedy line breaking at spaces; a word wider than the line is cut between characters.
pub(super) fn wrap(face: &Face, text: &str, size: f32, width: f32) -> Vec<String> {
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
