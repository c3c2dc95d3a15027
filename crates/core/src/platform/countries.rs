//! ISO 3166-1 alpha-2 country codes, from the GeoNames country list shipped in `data/`, and
//! their names in the languages documents are written in.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Country {
    /// ISO 3166-1 alpha-2, upper case.
    pub code: String,
    /// English name.
    pub name: String,
    /// GeoNames continent code (EU, AS, AF, NA, SA, OC, AN).
    pub continent: String,
}

struct Table {
    list: Vec<Country>,
    by_code: HashMap<String, usize>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let list: Vec<Country> = include_str!("../../data/countries.tsv")
            .lines()
            .skip(1)
            .filter_map(|line| {
                let mut cols = line.split('\t');
                let code = cols.next()?.trim().to_string();
                let name = cols.next()?.trim().to_string();
                let continent = cols.next().unwrap_or("").trim().to_string();
                (code.len() == 2).then_some(Country { code, name, continent })
            })
            .collect();
        let by_code = list.iter().enumerate().map(|(i, c)| (c.code.clone(), i)).collect();
        Table { list, by_code }
    })
}

/// Every known country, sorted by code.
pub fn all() -> &'static [Country] {
    &table().list
}

/// The country of an ISO code (upper case).
pub fn get(code: &str) -> Option<&'static Country> {
    let t = table();
    t.by_code.get(code).map(|&i| &t.list[i])
}

/// Normalise a code typed by a person (` de ` → `DE`) and check it exists.
pub fn normalise(code: &str) -> Option<String> {
    let upper = code.trim().to_ascii_uppercase();
    get(&upper).map(|c| c.code.clone())
}

/// A country's name in a document's language (English when the language has no list).
pub fn name_in(code: &str, language: &str) -> String {
    if language == "fr" {
        if let Some(name) = french_country(code) {
            return name.to_string();
        }
    }
    get(code).map(|c| c.name.clone()).unwrap_or_else(|| code.to_string())
}

fn french_names() -> &'static HashMap<&'static str, &'static str> {
    static NAMES: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    NAMES.get_or_init(|| include_str!("../../data/countries_fr.tsv").lines().skip(1).filter_map(|l| l.split_once('\t')).collect())
}

fn french_country(code: &str) -> Option<&'static str> {
    french_names().get(code.to_ascii_uppercase().as_str()).copied()
}

/// Every country's name in French.
pub fn french_countries() -> impl Iterator<Item = &'static str> {
    french_names().values().copied()
}

#[cfg(test)]
mod tests {
    #[test]
    fn knows_european_codes() {
        assert_eq!(super::get("GR").unwrap().name, "Greece");
        assert_eq!(super::normalise(" pl ").as_deref(), Some("PL"));
        assert!(super::normalise("XX").is_none());
        assert!(super::normalise("EL").is_none(), "EL is the EU's code for Greece, not ISO 3166");
        assert!(super::all().len() > 240);
    }
}
