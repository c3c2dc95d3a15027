//! The offline gazetteer: places from GeoNames shipped inside the app (see
//! `data/GEONAMES-ATTRIBUTION.md`). Typing a city offers matching places and fills the country
//! and coordinates.

use std::sync::OnceLock;

use serde::Serialize;
use ts_rs::TS;

use crate::platform::fold;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Place {
    pub geonameid: u32,
    pub name: String,
    pub country: String,
    pub latitude: f64,
    pub longitude: f64,
    pub population: u32,
    /// Names in the country's own script, e.g. "Αθήνα".
    pub local_names: Vec<String>,
}

struct Entry {
    place: Place,
    /// Folded name and local names, each a separate key.
    keys: Vec<String>,
}

fn entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        crate::platform::packed::unpack_text(crate::platform::packed::packed!("gazetteer.tsv"))
            .lines()
            .skip(1)
            .filter_map(parse_line)
            .collect()
    })
}

fn parse_line(line: &str) -> Option<Entry> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() < 7 {
        return None;
    }
    let local_names: Vec<String> = cols.get(7).map(|a| a.split('|').filter(|s| !s.is_empty()).map(str::to_string).collect()).unwrap_or_default();
    let place = Place {
        geonameid: cols[0].parse().ok()?,
        name: cols[1].to_string(),
        country: cols[3].to_string(),
        latitude: cols[4].parse().ok()?,
        longitude: cols[5].parse().ok()?,
        population: cols[6].parse().unwrap_or(0),
        local_names,
    };
    let mut keys = vec![fold::ascii_key(&place.name)];
    if !cols[2].is_empty() && cols[2] != keys[0] {
        keys.push(cols[2].to_string());
    }
    keys.extend(place.local_names.iter().map(|n| n.to_lowercase()));
    Some(Entry { place, keys })
}

/// The number of places shipped, counted when the program was built: the window asks for it at
/// start, before anything needs the places themselves (reading them takes tens of milliseconds).
pub fn len() -> usize {
    include_str!(concat!(env!("OUT_DIR"), "/gazetteer_places.txt")).parse().unwrap_or(0)
}

/// Places whose name starts with `query` (case, accents and script folded), optionally in one
/// country; exact names first, then by population.
pub fn search(query: &str, country: Option<&str>, limit: usize) -> Vec<Place> {
    let folded = fold::ascii_key(query);
    let native = query.trim().to_lowercase();
    if folded.is_empty() && native.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(u8, &Entry)> = entries()
        .iter()
        .filter(|e| country.is_none_or(|c| e.place.country.eq_ignore_ascii_case(c)))
        .filter_map(|e| {
            let rank = e
                .keys
                .iter()
                .filter_map(|k| {
                    if (!folded.is_empty() && *k == folded) || *k == native {
                        Some(0)
                    } else if (!folded.is_empty() && k.starts_with(&folded)) || (!native.is_empty() && k.starts_with(&native)) {
                        Some(1)
                    } else {
                        None
                    }
                })
                .min()?;
            Some((rank, e))
        })
        .collect();
    hits.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.place.population.cmp(&a.1.place.population)).then(a.1.place.geonameid.cmp(&b.1.place.geonameid)));
    hits.into_iter().take(limit).map(|(_, e)| e.place.clone()).collect()
}

/// The most populous place of exactly this name in this country.
pub fn lookup(city: &str, country: &str) -> Option<Place> {
    let folded = fold::ascii_key(city);
    entries()
        .iter()
        .filter(|e| e.place.country.eq_ignore_ascii_case(country) && (e.place.name == city || e.keys[0] == folded))
        .max_by_key(|e| (e.place.name == city, e.place.population))
        .map(|e| e.place.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_count_known_at_build_is_what_is_read() {
        assert_eq!(len(), entries().len());
        assert!(len() > 20_000);
    }

    #[test]
    fn finds_cities_by_folded_prefix() {
        let hits = search("krako", None, 5);
        assert_eq!(hits[0].name, "Kraków");
        assert_eq!(hits[0].country, "PL");
        assert!((hits[0].latitude - 50.06).abs() < 0.05);
        let hits = search("Thessal", Some("GR"), 5);
        assert!(hits.iter().any(|p| p.name.starts_with("Thessalon")), "{hits:?}");
    }

    #[test]
    fn finds_cities_by_local_script() {
        let hits = search("Пловдив", None, 3);
        assert_eq!(hits.first().map(|p| p.name.as_str()), Some("Plovdiv"));
    }

    #[test]
    fn looks_up_exact_city() {
        let p = lookup("Tartu", "EE").expect("Tartu is in the gazetteer");
        assert!((p.longitude - 26.72).abs() < 0.05);
        assert!(lookup("Atlantis", "GR").is_none());
    }
}
