//! Hubs and the network's settings checked at the field, and the hub list searched, filtered
//! and sorted.

use mobility_desk_core::registry::hubs::{ArchiveFilter, HubQuery, HubSort, Maturity, Membership};
use mobility_desk_core::registry::settings::SettingsInput;
use mobility_desk_core::{ErrorCode, Store};

use super::{fields_of, input};

#[test]
fn coordinates_come_from_the_gazetteer_when_missing() {
    let v = input().validate().unwrap();
    assert!((v.latitude - 47.07).abs() < 0.05 && (v.longitude - 15.44).abs() < 0.05, "{v:?}");
    assert_eq!(v.key, "kulturfabrik-sud-at");
}

#[test]
fn coordinates_out_of_range_are_refused() {
    let mut i = input();
    i.latitude = Some(91.0);
    i.longitude = Some(-181.0);
    assert_eq!(fields_of(i.validate().unwrap_err()), vec!["latitude", "longitude"]);
    let mut i = input();
    i.latitude = Some(f64::NAN);
    i.longitude = Some(10.0);
    assert_eq!(fields_of(i.validate().unwrap_err()), vec!["latitude"]);
    let mut i = input();
    i.latitude = Some(45.0);
    assert_eq!(fields_of(i.validate().unwrap_err()), vec!["longitude"], "one coordinate alone");
}

#[test]
fn an_unknown_country_code_is_refused() {
    let mut i = input();
    i.country = "XX".into();
    let err = i.validate().unwrap_err();
    assert!(err.fields[0].message.contains("'XX' is not an ISO 3166-1"), "{err:?}");
    let mut i = input();
    i.country = "at".into();
    assert_eq!(i.validate().unwrap().country, "AT", "lower case is accepted");
}

#[test]
fn an_empty_name_and_city_are_refused() {
    let mut i = input();
    i.name = " \t ".into();
    i.city = String::new();
    assert_eq!(fields_of(i.validate().unwrap_err()), vec!["name", "city"]);
}

#[test]
fn a_city_not_in_the_gazetteer_needs_coordinates() {
    let mut i = input();
    i.city = "Nowhere-on-Mur".into();
    assert_eq!(fields_of(i.validate().unwrap_err()), vec!["latitude"]);
    i.latitude = Some(47.0);
    i.longitude = Some(15.0);
    assert!(i.validate().is_ok());
}

#[test]
fn other_fields_are_checked() {
    let mut i = input();
    i.key = "Bad Key!".into();
    i.contact_email = "jana at kfs".into();
    i.website = "kfs.example".into();
    i.languages = vec!["deu".into()];
    i.member_since = Some(1812);
    i.notes = "x".repeat(6000);
    assert_eq!(
        fields_of(i.validate().unwrap_err()),
        vec!["key", "languages", "contact_email", "website", "member_since", "notes"]
    );
}

#[test]
fn a_typed_key_in_use_is_a_conflict_and_a_derived_one_gets_a_number() {
    let mut store = Store::open_in_memory().unwrap();
    let a = store.create_hub(&input()).unwrap();
    let b = store.create_hub(&input()).unwrap();
    assert_eq!((a.key.as_str(), b.key.as_str()), ("kulturfabrik-sud-at", "kulturfabrik-sud-at-2"));
    let mut typed = input();
    typed.key = a.key.clone();
    let err = store.create_hub(&typed).unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict);
    assert_eq!(err.fields[0].field, "key");
}

#[test]
fn settings_are_validated_and_kept() {
    let mut store = Store::open_in_memory().unwrap();
    let bad = SettingsInput {
        network_name: String::new(),
        postal_address: String::new(),
        signatory_name: String::new(),
        signatory_title: String::new(),
        default_language: "de".into(),
        signing_place: String::new(),
    };
    assert_eq!(fields_of(store.save_settings(bad).unwrap_err()), vec!["network_name", "default_language"]);
    let good = SettingsInput {
        network_name: "  IETM – International network for contemporary performing arts ".into(),
        postal_address: "Square Sainctelette 19\r\n1000 Brussels".into(),
        signatory_name: "Ása Ólafsdóttir".into(),
        signatory_title: "Secretary General".into(),
        default_language: "FR".into(),
        signing_place: String::new(),
    };
    let s = store.save_settings(good).unwrap();
    assert_eq!(s.network_name, "IETM – International network for contemporary performing arts");
    assert_eq!(s.postal_address, "Square Sainctelette 19\n1000 Brussels");
    assert_eq!(s.default_language, "fr");
    let err = store.set_logo(b"GIF89a....").unwrap_err();
    assert_eq!(err.fields[0].field, "logo");
    let png = b"\x89PNG\r\n\x1a\n rest of a png";
    assert!(store.set_logo(png).unwrap().logo_data_url.unwrap().starts_with("data:image/png;base64,iVBORw0KGgo"));
}

#[test]
fn list_searches_filters_and_sorts() {
    let mut store = Store::open_in_memory().unwrap();
    let s = store.load_demo().unwrap();
    assert!(s.hubs.created >= 40 && s.cycles_created == 4);
    let all = store.list_hubs(&HubQuery::default()).unwrap();
    assert_eq!(all.total as usize, all.rows.len());
    let countries: std::collections::HashSet<_> = all.rows.iter().map(|h| h.country.clone()).collect();
    assert!(countries.len() >= 20, "demo spans {} countries", countries.len());
    let scripts = all.rows.iter().filter(|h| h.name.chars().any(|c| ('\u{0370}'..='\u{04FF}').contains(&c))).count();
    assert!(scripts >= 4, "demo names in Greek or Cyrillic: {scripts}");

    let greek = store.list_hubs(&HubQuery { text: "Κυψέλη".into(), ..Default::default() }).unwrap();
    assert_eq!(greek.rows[0].key, "kypseli-athens");
    let by_city = store.list_hubs(&HubQuery { text: "athens".into(), ..Default::default() }).unwrap();
    assert!(by_city.rows.iter().all(|h| h.city == "Athens") && by_city.total >= 1);

    let q = HubQuery { country: Some("gr".into()), maturity: Some(Maturity::Emerging), ..Default::default() };
    let rows = store.list_hubs(&q).unwrap().rows;
    assert!(!rows.is_empty() && rows.iter().all(|h| h.country == "GR" && h.maturity == Maturity::Emerging));

    let alliance = store.list_hubs(&HubQuery { alliance: Some(true), ..Default::default() }).unwrap();
    assert!(alliance.rows.iter().all(|h| h.alliance_member) && alliance.total > 0);
    let sector = store.list_hubs(&HubQuery { sector: Some("music".into()), ..Default::default() }).unwrap();
    assert!(sector.rows.iter().all(|h| h.sectors.contains(&"music".to_string())) && sector.total > 0);
    let former = store.list_hubs(&HubQuery { membership: Some(Membership::Former), ..Default::default() }).unwrap();
    assert_eq!(former.total, 3);

    let by_country = store.list_hubs(&HubQuery { sort: HubSort::Country, descending: true, ..Default::default() }).unwrap();
    let codes: Vec<_> = by_country.rows.iter().map(|h| h.country.clone()).collect();
    let mut sorted = codes.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(codes, sorted);

    let limited = store.list_hubs(&HubQuery { limit: Some(5), ..Default::default() }).unwrap();
    assert_eq!((limited.rows.len(), limited.total), (5, all.total));

    let like = store.list_hubs(&HubQuery { text: "% _".into(), ..Default::default() }).unwrap();
    assert_eq!(like.total, all.total, "punctuation alone does not filter");
    let none = store.list_hubs(&HubQuery { text: "zzqx".into(), ..Default::default() }).unwrap();
    assert_eq!((none.total, none.rows.len()), (0, 0));

    let first = all.rows[0].id;
    store.set_hub_archived(first, true).unwrap();
    assert_eq!(store.list_hubs(&HubQuery::default()).unwrap().total, all.total - 1);
    let archived = store.list_hubs(&HubQuery { archived: ArchiveFilter::Archived, ..Default::default() }).unwrap();
    assert_eq!(archived.rows[0].id, first);
}
