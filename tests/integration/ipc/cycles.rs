//! Programmes, cycles, applications, selection and a form export's import through the
//! commands.

use super::*;

#[test]
fn programmes_and_cycles_through_the_commands() {
    let h = Harness::new();
    let programmes = h.ok("programmes_list", json!({}));
    assert_eq!(programmes.as_array().unwrap().len(), 4);
    let p2p = programmes[0]["id"].clone();

    let mut input = h.ok("cycle_template", json!({ "programmeId": p2p, "year": 2027 }));
    assert_eq!(input["title"], "P2P Learning 2027");
    assert_eq!(input["budget_cents"], 2_177_500);
    input["call_opens"] = json!("2026-11-02");
    input["call_deadline"] = json!("2027-01-15");
    input["activity_start"] = json!("2027-03-01");
    input["activity_end"] = json!("2027-10-31");
    let cycle = h.ok("cycle_create", json!({ "input": input }));
    let id = cycle["id"].clone();
    assert_eq!(cycle["phase"], "draft");

    let transitions = h.ok("cycle_transitions", json!({ "id": id }));
    let next = transitions.as_array().unwrap().iter().find(|t| t["to"] == "call_open").unwrap();
    assert_eq!(next["allowed"], true);
    assert_eq!(h.ok("cycle_move", json!({ "id": id, "to": "call_open", "reason": null }))["phase"], "call_open");

    let e = h.err("cycle_move", json!({ "id": id, "to": "draft", "reason": "" }));
    assert_eq!((e["code"].as_str(), e["fields"][0]["field"].as_str()), (Some("validation"), Some("reason")));
    let e = h.err("cycle_move", json!({ "id": id, "to": "awarded", "reason": null }));
    assert_eq!(e["code"], "not_allowed");
    let e = h.err("cycle_move", json!({ "id": id, "to": "sideways", "reason": null }));
    assert_eq!(e["code"], "bad_request");

    let clone = h.ok("cycle_clone", json!({ "id": id, "year": 2028 }));
    assert_eq!((clone["title"].as_str(), clone["phase"].as_str()), (Some("P2P Learning 2028"), Some("draft")));
    assert_eq!(h.ok("cycles_list", json!({ "query": { "programme_id": null, "year": 2028 } })).as_array().unwrap().len(), 1);
    assert_eq!(h.ok("cycle_events", json!({ "id": id })).as_array().unwrap().len(), 1);
    h.ok("cycle_delete", json!({ "id": clone["id"] }));
    assert_eq!(h.err("cycle_get", json!({ "id": clone["id"] }))["code"], "not_found");

    let own = h.ok("programme_create", json!({ "input": { "name": "Summer residencies", "shape": "staff_exchange", "description": "" } }));
    assert_eq!(own["key"], "summer-residencies");
    let mut edit = json!({ "name": "Summer residencies", "description": "", "enabled": false, "defaults": own["defaults"] });
    edit["defaults"]["budget_cents"] = json!(-5);
    let e = h.err("programme_update", json!({ "id": own["id"], "input": edit }));
    assert_eq!(e["fields"][0]["field"], "budget_cents");
}

#[test]
fn applications_through_the_commands() {
    let h = Harness::new();
    h.ok("demo_load", json!({}));
    let cycles = h.ok("cycles_list", json!({ "query": {} }));
    let p2p = cycles.as_array().unwrap().iter().find(|c| c["shape"] == "p2p").unwrap()["id"].clone();
    let hubs = h.ok("hubs_list", json!({ "query": { "text": "dommel" } }));
    let former = hubs["rows"][0]["id"].clone();
    let input = json!({
        "cycle_id": p2p, "hub_id": former, "role": "hosting", "person_name": "Lena Moser", "person_email": "",
        "person_role": "", "partner_hub_id": null, "format": null, "starts_on": "2027-05-03", "ends_on": "2027-05-31",
        "title": "", "summary": "Open studios", "travellers": 1, "travel_mode": "standard", "participants": null,
        "budget_request_cents": null, "needs": "", "submitted_at": null, "external_ref": null
    });
    let app = h.ok("application_create", json!({ "input": input }));
    assert_eq!(app["eligibility"]["eligible"], false);
    assert!(app["eligibility"]["reasons"][0]["text"].as_str().unwrap().contains("former member"));
    assert!(app["eligibility"]["reasons"][0]["said"]["id"].as_str().unwrap().starts_with("said-intake-"), "the reason travels as a message the window writes in its language");
    let e = h.err("application_create", json!({ "input": input }));
    assert_eq!((e["code"].as_str(), e["fields"][0]["field"].as_str()), (Some("validation"), Some("hub_id")));
    // The demo call has 31 applications; this one came in last.
    let list = h.ok("applications_list", json!({ "cycleId": p2p }));
    assert_eq!(list.as_array().unwrap().len(), 32);
    let withdrawn = h.ok("application_withdraw", json!({ "id": app["id"] }));
    assert_eq!(withdrawn["withdrawn"]["status"], "withdrawn");
    assert!(withdrawn["promoted"].is_null() && withdrawn["note"].is_null(), "it held no place: {withdrawn}");
    assert_eq!(h.err("application_withdraw", json!({ "id": app["id"] }))["code"], "not_allowed");
}

#[test]
fn selection_through_the_commands() {
    let h = Harness::new();
    h.ok("demo_load", json!({}));
    let cycles = h.ok("cycles_list", json!({ "query": {} }));
    let p2p = cycles.as_array().unwrap().iter().find(|c| c["shape"] == "p2p").unwrap()["id"].clone();

    let ranking = h.ok("ranking_get", json!({ "cycleId": p2p }));
    assert_eq!(ranking["can_select"], false);
    assert!(ranking["select_blocked"]["text"].as_str().unwrap().contains("Selection first"));
    assert_eq!(h.err("selection_run", json!({ "cycleId": p2p }))["code"], "not_allowed");
    h.ok("cycle_move", json!({ "id": p2p, "to": "selection", "reason": null }));

    // Scores: out of range refused at the field; a valid card is stored under its reviewer.
    let settings = h.ok("selection_settings_get", json!({ "cycleId": p2p }));
    let criteria: Vec<i64> = settings["criteria"].as_array().unwrap().iter().map(|c| c["id"].as_i64().unwrap()).collect();
    let first = ranking["pools"][0]["entries"][0]["application"]["id"].clone();
    let card = |scores: [u32; 3]| {
        json!({ "input": { "application_id": first, "reviewer": "Mira Kovač", "note": "",
            "scores": criteria.iter().zip(scores).map(|(c, s)| json!({ "criterion_id": c, "score": s })).collect::<Vec<_>>() } })
    };
    let e = h.err("review_save", card([12, 5, 5]));
    assert_eq!((e["code"].as_str(), e["fields"][0]["field"].as_str()), (Some("validation"), Some(format!("score.{}", criteria[0]).as_str())));
    let reviews = h.ok("review_save", card([10, 10, 10]));
    assert_eq!(reviews.as_array().unwrap().len(), 3, "two demo reviewers and Mira");
    assert_eq!(h.ok("reviews_list", json!({ "applicationId": first }))[2]["reviewer"], "Mira Kovač");

    let outcome = h.ok("selection_run", json!({ "cycleId": p2p }));
    assert_eq!((outcome["selected"].as_u64(), outcome["waiting"].as_u64()), (Some(26), Some(2)));
    let ranking = h.ok("ranking_get", json!({ "cycleId": p2p }));
    let visiting = &ranking["pools"][0];
    assert_eq!((visiting["selected"].as_u64(), visiting["waiting"].as_u64()), (Some(13), Some(1)));
    let waiting = visiting["entries"].as_array().unwrap().iter().find(|e| e["application"]["status"] == "waiting").unwrap()["application"]["id"].clone();
    let e = h.err("application_decide", json!({ "id": waiting, "decision": "selected" }));
    assert!(e["message"].as_str().unwrap().contains("All 13 places"), "{e}");

    let w = h.ok("application_withdraw", json!({ "id": first }));
    assert_eq!(w["promoted"]["id"], waiting);
    let events = h.ok("ranking_get", json!({ "cycleId": p2p }))["events"].clone();
    assert_eq!((events[0]["action"].as_str(), events[0]["replaces_id"].clone()), (Some("promoted"), first));
    assert_eq!(h.err("selection_settings_save", json!({ "cycleId": p2p, "input": { "criteria": [], "rules": settings["rules"] } }))["fields"][0]["field"], "criteria");

    // Beside the mean, each entry has its normalised score and the figures behind it; the
    // cycle chooses which ranks, and an unknown choice is refused.
    let entry = &ranking["pools"][0]["entries"][0];
    assert!(entry["normalised_centi"].as_u64().is_some(), "{entry}");
    assert_eq!(entry["by_reviewer"].as_array().unwrap().len(), entry["reviewers"].as_array().unwrap().len());
    assert!(ranking["pool"]["count"].as_u64().unwrap() > 50);
    let mut rules = settings["rules"].clone();
    rules["score_basis"] = json!("normalised");
    let saved = h.ok("selection_settings_save", json!({ "cycleId": p2p, "input": { "criteria": settings["criteria"], "rules": rules }, "expectedVersion": null }));
    assert_eq!(saved["rules"]["score_basis"], "normalised");
    rules["score_basis"] = json!("median");
    assert_eq!(h.err("selection_settings_save", json!({ "cycleId": p2p, "input": { "criteria": settings["criteria"], "rules": rules }, "expectedVersion": null }))["code"], "bad_request");
}

#[test]
fn a_form_export_is_imported_through_the_commands() {
    let h = Harness::new();
    h.ok("demo_load", json!({}));
    let cycles = h.ok("cycles_list", json!({ "query": {} }));
    let p2p = cycles.as_array().unwrap().iter().find(|c| c["shape"] == "p2p").unwrap()["id"].clone();
    let file = h.dir.path().join("form.csv");
    std::fs::write(&file, "Response ID,Organisation,Applying as,Manager,Available from,Available until,Consent\nx-1,ledeberg-gent,visiting,Pieter Claes,2027-05-03,2027-05-28,yes\n").unwrap();
    let path = h.pick(&file);
    let preview = h.ok("applications_import_preview", json!({ "cycleId": p2p, "token": path, "mapping": null }));
    assert_eq!(preview["mapping"]["hub"], "Organisation");
    assert_eq!(preview["extra_columns"], json!(["Consent"]));
    assert_eq!((preview["ready"].as_bool(), preview["creates"].as_u64()), (Some(true), Some(1)));
    let e = h.err("applications_import_preview", json!({ "cycleId": p2p, "token": path, "mapping": { "hub": "Nope" } }));
    assert_eq!((e["code"].as_str(), e["fields"][0]["field"].as_str()), (Some("validation"), Some("hub")));
    let e = h.err("applications_import_commit", json!({ "cycleId": p2p, "token": path, "mapping": null, "sha256": "0" }));
    assert_eq!(e["code"], "csv");
    let done = h.ok("applications_import_commit", json!({ "cycleId": p2p, "token": path, "mapping": preview["mapping"], "sha256": preview["sha256"] }));
    assert_eq!(done["created"], 1);
    let again = h.ok("applications_import_preview", json!({ "cycleId": p2p, "token": path, "mapping": null }));
    assert_eq!((again["saved_mapping"].as_bool(), again["unchanged"].as_u64()), (Some(true), Some(1)));

    // A US export: its slash dates could be either order until one is chosen.
    let us = h.dir.path().join("us.csv");
    std::fs::write(&us, "Response ID,Organisation,Applying as,Manager,Available from,Available until\nx-2,ecluses-marseille,visiting,Léa,5/3/2027,5/28/2027\n").unwrap();
    let us = h.pick(&us);
    let p = h.ok("applications_import_preview", json!({ "cycleId": p2p, "token": us, "mapping": null, "dateOrder": null }));
    assert_eq!((p["date_order"].clone(), p["date_order_found"].as_str()), (json!("month_day"), Some("month_day")), "5/28 settles it");
    let e = h.err("applications_import_preview", json!({ "cycleId": p2p, "token": us, "mapping": null, "dateOrder": "sideways" }));
    assert_eq!(e["code"], "bad_request");
    let p = h.ok("applications_import_preview", json!({ "cycleId": p2p, "token": us, "mapping": null, "dateOrder": "day_month" }));
    assert_eq!(p["ready"], false, "28 is no month");
    // Two rows under one response id are refused.
    let dup = h.dir.path().join("dup.csv");
    std::fs::write(&dup, "Response ID,Organisation,Applying as,Manager,Available from,Available until\nx-3,ledeberg-gent,visiting,A,2027-05-03,2027-05-28\nx-3,zabica-rijeka,visiting,B,2027-05-03,2027-05-28\n").unwrap();
    let p = h.ok("applications_import_preview", json!({ "cycleId": p2p, "token": h.pick(&dup), "mapping": null, "dateOrder": null }));
    assert_eq!((p["ready"].as_bool(), p["error_count"].as_u64()), (Some(false), Some(2)));
}

#[test]
fn reviewers_and_conflicts_through_the_commands() {
    let h = Harness::new();
    h.ok("demo_load", json!({}));
    let cycles = h.ok("cycles_list", json!({ "query": {} }));
    let p2p = cycles.as_array().unwrap().iter().find(|c| c["shape"] == "p2p").unwrap()["id"].clone();
    h.ok("cycle_move", json!({ "id": p2p, "to": "selection", "reason": null }));
    let board = h.ok("review_board", json!({ "cycleId": p2p }));
    assert_eq!(board["reviewers"].as_array().unwrap().len(), 2, "the demo's two signatures");
    let first = &board["rows"][0];
    let (app, hub_name) = (first["application_id"].clone(), first["hub_name"].as_str().unwrap().to_string());
    let hub = h.ok("hubs_list", json!({ "query": { "text": hub_name } }))["rows"][0]["id"].clone();

    let input = |name: &str, email: &str| json!({ "cycleId": p2p, "input": { "name": name, "email": email, "hub_id": hub, "country": "", "languages": [] } });
    let e = h.err("reviewer_add", input("Eleni Markou", "eleni@"));
    assert_eq!((e["code"].as_str(), e["fields"][0]["field"].as_str()), (Some("validation"), Some("email")));
    let board = h.ok("reviewer_add", input("Eleni Markou", "eleni@example.org"));
    let eleni = board["reviewers"][2]["id"].clone();
    let row = board["rows"].as_array().unwrap().iter().find(|r| r["application_id"] == app).unwrap();
    assert_eq!(row["conflicts"][0]["kind"], "own_hub");

    let e = h.err("review_assign", json!({ "reviewerId": eleni, "applicationId": app }));
    assert_eq!(e["code"], "not_allowed");
    assert!(e["message"].as_str().unwrap().contains("own hub"), "{e}");
    let done = h.ok("reviews_auto_assign", json!({ "cycleId": p2p, "perApplication": 3 }));
    assert_eq!(done["added"].as_u64().unwrap() as usize, done["board"]["rows"].as_array().unwrap().len() - 1, "all but Eleni's own hub's");
    assert_eq!(done["shortfalls"][0]["application_id"], app);
    let row = done["board"]["rows"].as_array().unwrap().iter().find(|r| r["application_id"] == app).unwrap();
    assert!(row["reviewers"].as_array().unwrap().iter().all(|r| r["reviewer_id"] != eleni), "{row}");

    let jonas = board["reviewers"][1]["id"].clone();
    let e = h.err("conflict_declare", json!({ "reviewerId": jonas, "applicationId": app, "reason": "" }));
    assert_eq!(e["fields"][0]["field"], "reason");
    h.ok("conflict_declare", json!({ "reviewerId": jonas, "applicationId": app, "reason": "Former colleague" }));
    let ranking = h.ok("ranking_get", json!({ "cycleId": p2p }));
    let entry = ranking["pools"].as_array().unwrap().iter().flat_map(|p| p["entries"].as_array().unwrap()).find(|e| e["application"]["id"] == app).unwrap();
    assert!(entry["abstained"].as_array().unwrap().iter().any(|n| n == "Jonas Berg"), "{entry}");
    h.ok("conflict_withdraw", json!({ "reviewerId": jonas, "applicationId": app }));
    assert_eq!(h.err("reviewer_remove", json!({ "id": jonas }))["code"], "not_allowed");
    assert_eq!(h.ok("reviewer_remove", json!({ "id": eleni }))["reviewers"].as_array().unwrap().len(), 2);
}
