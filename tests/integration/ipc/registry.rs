//! The registry through the commands: the app's state, hubs, the network's settings, the demo
//! network and the hubs' import.

use super::*;

#[test]
fn app_info_reports_an_empty_store() {
    let h = Harness::new();
    let info = h.ok("app_info", json!({}));
    assert_eq!(info["hubs"], 0);
    assert_eq!(info["schema_version"], mobility_desk_core::platform::store::latest_schema_version());
    assert!(info["open_error"].is_null());
    assert!(info["gazetteer_places"].as_u64().unwrap() > 20_000);
}

#[test]
fn create_list_update_and_archive_a_hub() {
    let h = Harness::new();
    let hub = h.ok("hub_create", json!({ "input": athens_input() }));
    assert_eq!(hub["country"], "GR");
    assert_eq!(hub["sectors"], json!(["design", "crafts"]));
    assert!((hub["latitude"].as_f64().unwrap() - 37.98).abs() < 0.05, "coordinates from the gazetteer");
    let id = hub["id"].clone();

    let list = h.ok("hubs_list", json!({ "query": { "text": "dokim" } }));
    assert_eq!(list["total"], 1, "transliterated search finds the Greek name");
    assert_eq!(list["rows"][0]["name"], "Εργαστήρι Δοκιμής");

    let mut input = athens_input();
    input["key"] = hub["key"].clone();
    input["notes"] = json!("Hosts in spring.");
    let updated = h.ok("hub_update", json!({ "id": id, "input": input }));
    assert_eq!(updated["notes"], "Hosts in spring.");

    let archived = h.ok("hub_set_archived", json!({ "id": id, "archived": true }));
    assert_eq!(archived["archived"], true);
    assert_eq!(h.ok("hubs_list", json!({ "query": {} }))["total"], 0);
    assert_eq!(h.ok("hubs_list", json!({ "query": { "archived": "all" } }))["total"], 1);
}

#[test]
fn settings_round_trip_and_reject_bad_language() {
    let h = Harness::new();
    let input = json!({ "network_name": "Trans Europe Halles", "postal_address": "Ystad\nSweden",
        "signatory_name": "A. Person", "signatory_title": "Secretary General", "default_language": "fr" });
    let saved = h.ok("settings_save", json!({ "input": input }));
    assert_eq!(saved["network_name"], "Trans Europe Halles");
    assert_eq!(h.ok("settings_get", json!({}))["default_language"], "fr");

    let mut bad = input.clone();
    bad["default_language"] = json!("de");
    let e = h.err("settings_save", json!({ "input": bad }));
    assert_eq!(e["code"], "validation");
    assert_eq!(e["fields"][0]["field"], "default_language");

    // Saved from a form read before another change of the name: a conflict with the version now.
    let read_at = saved["version"].clone();
    let mut other = input.clone();
    other["network_name"] = json!("Trans Europe Halles AISBL");
    h.ok("settings_save", json!({ "input": other, "expectedVersion": read_at }));
    let mut mine = input.clone();
    mine["signatory_name"] = json!("B. Person");
    let e = h.err("settings_save", json!({ "input": mine, "expectedVersion": read_at }));
    assert_eq!(e["code"], "conflict", "{e}");
    assert_eq!(e["fields"][0]["field"], "network_name");
    let over = h.ok("settings_save", json!({ "input": mine, "expectedVersion": e["version_now"] }));
    assert_eq!(over["signatory_name"], "B. Person", "saved over it on purpose");
}

#[test]
fn demo_load_and_facets() {
    let h = Harness::new();
    let summary = h.ok("demo_load", json!({}));
    assert!(summary["hubs"]["created"].as_u64().unwrap() >= 40);
    assert_eq!(summary["cycles_created"], 4);
    let facets = h.ok("hubs_facets", json!({}));
    assert!(facets["countries"].as_array().unwrap().len() >= 20);
    let places = h.ok("gazetteer_search", json!({ "text": "tart", "country": "EE", "limit": 3 }));
    assert_eq!(places[0]["name"], "Tartu");
}

#[test]
fn import_preview_lists_bad_rows_and_commit_refuses() {
    let h = Harness::new();
    let path = h.dir.path().join("broken.csv");
    std::fs::write(&path, "name;city;country;maturity;membership\nGood;Tartu;EE;emerging;regular\n;Riga;LV;emerging;regular\nBad;Oslo;ZZ;emerging;regular\n").unwrap();
    // The page names no path: a path where the token goes is refused, whatever file it names.
    let e = h.err("hubs_import_preview", json!({ "token": "/etc/passwd" }));
    assert_eq!(e["code"], "bad_request", "{e}");
    assert!(!e["message"].as_str().unwrap().contains("root:"), "{e}");
    let e = h.err("hubs_import_preview", json!({ "path": path }));
    assert_eq!(e["code"], "bad_request", "{e}");
    let path = h.pick(&path);
    let preview = h.ok("hubs_import_preview", json!({ "token": path }));
    assert_eq!(preview["error_count"], 2);
    assert_eq!(preview["errors"][0]["row"], 3);
    assert_eq!(preview["errors"][0]["column"], "name");
    assert_eq!(preview["errors"][1]["column"], "country");
    let e = h.err("hubs_import_commit", json!({ "token": path, "sha256": preview["sha256"] }));
    assert_eq!(e["code"], "csv");
    assert_eq!(h.ok("app_info", json!({}))["hubs"], 0);
}

#[test]
fn a_hub_s_bank_details_through_the_commands() {
    let h = Harness::new();
    let hub = h.ok("hub_create", json!({ "input": athens_input() }));
    let owner = json!({ "kind": "hub", "id": hub["id"] });
    let none = h.ok("bank_account_get", json!({ "owner": owner, "reveal": false }));
    assert_eq!((none["given"].as_bool(), none["version"].as_i64()), (Some(false), Some(0)));

    // A wrong IBAN is refused at its field; a malformed owner is a bad request, not a panic.
    let e = h.err("bank_account_save", json!({ "owner": owner, "input": { "holder": "Dokimi", "iban": "GR16 0110 1250 0000 0001 2300 696", "bic": "" } }));
    assert_eq!((e["code"].as_str(), e["fields"][0]["field"].as_str()), (Some("validation"), Some("iban")));
    assert_eq!(h.err("bank_account_get", json!({ "owner": { "kind": "person", "id": 1 }, "reveal": false }))["code"], "bad_request");

    let saved = h.ok("bank_account_save", json!({ "owner": owner, "input": { "holder": "Dokimi", "iban": "GR16 0110 1250 0000 0001 2300 695", "bic": "", "expected_version": 0 } }));
    assert_eq!(saved["iban_masked"], "GR16 •••• •••• •••• •••• •••0 695");
    assert!(saved.get("iban").is_none(), "masked unless asked: {saved}");
    let shown = h.ok("bank_account_get", json!({ "owner": owner, "reveal": true }));
    assert_eq!(shown["iban"], "GR16 0110 1250 0000 0001 2300 695");
    let cleared = h.ok("bank_account_clear", json!({ "owner": owner, "expectedVersion": saved["version"] }));
    assert_eq!(cleared["given"], false);
}
