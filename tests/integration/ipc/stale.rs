//! Stale saves through the commands: a save from a form read before another save is a conflict
//! naming the version now.

use super::*;

/// The settings a cycle keeps in several rows: a save from a dialog read before another save
/// is a conflict naming the version now; sent with that version, it goes through.
#[test]
fn stale_saves_of_a_cycle_s_criteria_vote_factors_and_weights_are_conflicts() {
    let h = Harness::new();
    let p2p = selected_p2p(&h);
    let conflict = |e: Value, now: i64| {
        assert_eq!((e["code"].as_str(), e["version_now"].as_i64()), (Some("conflict"), Some(now)), "{e}");
    };

    let settings = h.ok("selection_settings_get", json!({ "cycleId": p2p }));
    assert_eq!(settings["version"], 0);
    let input = json!({
        "criteria": settings["criteria"].as_array().unwrap().iter().map(|c| json!({ "id": c["id"], "label": c["label"], "weight": c["weight"], "max_score": c["max_score"] })).collect::<Vec<_>>(),
        "rules": settings["rules"],
    });
    assert_eq!(h.ok("selection_settings_save", json!({ "cycleId": p2p, "input": input, "expectedVersion": 0 }))["version"], 1);
    conflict(h.err("selection_settings_save", json!({ "cycleId": p2p, "input": input, "expectedVersion": 0 })), 1);
    assert_eq!(h.ok("selection_settings_save", json!({ "cycleId": p2p, "input": input, "expectedVersion": 1 }))["version"], 2);

    let factors = h.ok("emission_factors_get", json!({ "cycleId": p2p }));
    assert_eq!((factors["version"].as_i64(), factors["defaults"].as_bool()), (Some(0), Some(true)));
    assert_eq!(h.ok("emission_factors_save", json!({ "cycleId": p2p, "input": factors, "expectedVersion": 0 }))["version"], 1);
    conflict(h.err("emission_factors_reset", json!({ "cycleId": p2p, "expectedVersion": 0 })), 1);
    assert_eq!(h.ok("emission_factors_reset", json!({ "cycleId": p2p, "expectedVersion": 1 }))["defaults"], true);

    h.ok("cycle_move", json!({ "id": p2p, "to": "matching", "reason": null }));
    let plan = h.ok("pairing_get", json!({ "cycleId": p2p }));
    assert_eq!(plan["weights_version"], 0);
    assert_eq!(h.ok("pairing_weights_save", json!({ "cycleId": p2p, "weights": plan["weights"], "expectedVersion": 0 }))["weights_version"], 1);
    conflict(h.err("pairing_weights_save", json!({ "cycleId": p2p, "weights": plan["weights"], "expectedVersion": 0 })), 1);

    let cycles = h.ok("cycles_list", json!({ "query": {} }));
    let workshops = cycles.as_array().unwrap().iter().find(|c| c["shape"] == "workshops").unwrap()["id"].clone();
    let vote = h.ok("vote_get", json!({ "cycleId": workshops }));
    assert_eq!(vote["settings_version"], 0);
    let saved = h.ok("vote_settings_save", json!({ "cycleId": workshops, "settings": vote["settings"], "expectedVersion": 0 }));
    assert_eq!(saved["settings_version"], 1);
    let e = h.err("vote_settings_save", json!({ "cycleId": workshops, "settings": vote["settings"], "expectedVersion": 0 }));
    conflict(e.clone(), 1);
    assert!(e["message"].as_str().unwrap().contains("vote settings"), "{e}");
    // Without a version (the command line), a save goes through.
    h.ok("vote_settings_save", json!({ "cycleId": workshops, "settings": vote["settings"] }));

    // A cycle's rules: versioned rule sets; a save states the version it read.
    let rules = h.ok("rule_set_get", json!({ "cycleId": p2p }));
    // The roles a component can apply to are the core's, so the window need not know the shapes.
    assert_eq!(rules["roles"], json!(["visiting", "hosting"]));
    let read = rules["version"].as_i64().unwrap();
    let mut body = rules["body"].clone();
    body["components"][0]["label"] = json!("Changed first");
    let saved = h.ok("rule_set_save", json!({ "cycleId": p2p, "input": { "body": body, "note": "" }, "expectedVersion": read }));
    assert_eq!(saved["version"].as_i64(), Some(read + 1));
    body["components"][0]["label"] = json!("Changed from a stale dialog");
    let e = h.err("rule_set_save", json!({ "cycleId": p2p, "input": { "body": body, "note": "" }, "expectedVersion": read }));
    conflict(e.clone(), read + 1);
    assert!(e["message"].as_str().unwrap().starts_with("The rules of P2P Learning 2027"), "{e}");

    // A grant's inputs.
    let grants = h.ok("grants_overview", json!({ "cycleId": p2p }));
    let grant = grants["grants"][0]["id"].clone();
    let detail = h.ok("grant_get", json!({ "id": grant }));
    let inputs = detail["inputs"].clone();
    assert_eq!(inputs["version"], 0);
    let app = detail["grant"]["application_id"].clone();
    assert_eq!(h.ok("grant_inputs_save", json!({ "applicationId": app, "inputs": inputs, "expectedVersion": 0 }))["version"], 1);
    let e = h.err("grant_inputs_save", json!({ "applicationId": app, "inputs": inputs, "expectedVersion": 0 }));
    conflict(e.clone(), 1);
    assert!(e["message"].as_str().unwrap().contains("inputs of"), "{e}");
    assert_eq!(h.ok("grant_get", json!({ "id": grant }))["inputs"]["version"], 1);
}

#[test]
fn a_stale_hub_save_is_a_conflict_with_the_version_now() {
    let h = Harness::new();
    let hub = h.ok("hub_create", json!({ "input": athens_input() }));
    let mut theirs = athens_input();
    theirs["notes"] = json!("Changed from elsewhere");
    theirs["expected_version"] = hub["version"].clone();
    h.ok("hub_update", json!({ "id": hub["id"], "input": theirs }));
    let mut mine = athens_input();
    mine["website"] = json!("https://other.example/");
    mine["expected_version"] = hub["version"].clone();
    let e = h.err("hub_update", json!({ "id": hub["id"], "input": mine }));
    assert_eq!(e["code"], "conflict", "{e}");
    assert_eq!(e["version_now"], 2);
    assert_eq!(e["fields"][0]["field"], "notes");
    assert_eq!(h.ok("hub_get", json!({ "id": hub["id"] }))["notes"], "Changed from elsewhere");
}
