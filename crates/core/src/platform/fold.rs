//! Text folding for search: case, accents and scripts.
//!
//! A search key is the text transliterated to ASCII (so "Plovdiv" finds
//! "Пловдив" and "krakow" finds "Kraków") followed by its own lowercase form (so
//! typing in Greek or Cyrillic still works).

/// ASCII transliteration, lowercased, with runs of non-alphanumerics squeezed to one space.
pub fn ascii_key(text: &str) -> String {
    let ascii = deunicode::deunicode(text).to_lowercase();
    squeeze(&ascii)
}

/// The key stored beside a record and matched with `LIKE '%term%'`.
pub fn search_key(parts: &[&str]) -> String {
    let joined = parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(" ");
    let ascii = ascii_key(&joined);
    let native = squeeze(&joined.to_lowercase());
    if native == ascii {
        ascii
    } else {
        format!("{ascii} | {native}")
    }
}

/// The terms of a query, each folded to ASCII; a record matches when it holds them all.
pub fn query_terms(query: &str) -> Vec<String> {
    query
        .split_whitespace()
        .map(ascii_key)
        .filter(|t| !t.is_empty())
        .collect()
}

/// A key made of lower-case ASCII letters, digits and single hyphens, at most `max` long
/// (`"Kulturní dům Řeka"` → `kulturni-dum-reka`); empty when nothing is left.
pub fn slug(text: &str, max: usize) -> String {
    let mut slug = String::new();
    for ch in ascii_key(text).chars() {
        if ch.is_ascii_alphanumeric() {
            slug.push(ch);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.chars().take(max).collect();
    slug.trim_end_matches('-').to_string()
}

fn squeeze(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for ch in text.chars() {
        if ch.is_alphanumeric() || ch == '@' || ch == '.' || ch == '-' {
            out.push(ch);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A name safe as a file name on Windows, macOS and Linux that keeps its case: letters,
/// digits, `-` and `_`, accents folded, at most 60 characters ("letter" when nothing is left).
/// [`slug`] is the lower-case one, for names made from titles.
pub fn file_stem(text: &str) -> String {
    let folded = deunicode::deunicode(text);
    let mut out = String::new();
    for ch in folded.chars() {
        if ch.is_ascii_alphanumeric() || ch == '-' {
            out.push(ch);
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    let out: String = out.trim_matches('_').chars().take(60).collect();
    let out = out.trim_end_matches('_').to_string();
    if out.is_empty() {
        "letter".to_string()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_scripts() {
        assert_eq!(ascii_key("Kraków"), "krakow");
        assert_eq!(ascii_key("Łódź"), "lodz");
        let greek = ascii_key("Κυψέλη");
        assert!(!greek.is_empty() && greek.is_ascii(), "{greek}");
        assert_eq!(ascii_key("Пловдив"), "plovdiv");
        assert_eq!(ascii_key("Straße  der  Künste"), "strasse der kunste");
    }

    #[test]
    fn search_key_keeps_native_text() {
        let key = search_key(&["Εργαστήρι", "Αθήνα"]);
        assert!(key.starts_with(&ascii_key("Εργαστήρι")), "{key}");
        assert!(key.contains("εργαστήρι"), "{key}");
        assert_eq!(query_terms("  Kra  ŁÓDŹ "), vec!["kra", "lodz"]);
    }
}
