//! Letters, the vote, stories and the cycle report through the commands.

use super::*;

#[test]
fn letters_through_the_commands() {
    let h = Harness::new();
    let p2p = awarding_p2p(&h);

    let overview = h.ok("letters_overview", json!({ "cycleId": p2p }));
    assert_eq!(overview["missing_settings"].as_array().unwrap().len(), 4);
    assert_eq!(overview["rows"][0]["status"], "none", "a draft has no letter until it is awarded");
    assert_eq!(overview["rows"][0]["note"]["text"], "Draft: award it in the Grants tab first.");
    let grant = overview["rows"][0]["grant_id"].clone();
    // The preview shows before anything is set, with the problems named.
    let preview = h.ok("letter_preview", json!({ "grantId": grant, "language": "fr" }));
    assert_eq!(preview["language"], "fr");
    assert!(preview["reference"].as_str().unwrap().starts_with("P2P-2027-001"));
    assert_eq!(preview["problems"].as_array().unwrap().len(), 4);
    assert_eq!(preview["document"]["blocks"][0]["kind"], "letterhead");
    let e = h.err("letter_issue", json!({ "grantId": grant, "language": null }));
    assert_eq!(e["code"], "not_allowed");
    assert!(e["message"].as_str().unwrap().contains("Fill them in under Settings"), "{e}");

    h.ok("settings_save", json!({ "input": { "network_name": "Réseau des Lieux", "postal_address": "Rue de la Loi 42\n1040 Bruxelles", "signatory_name": "Ana Novak", "signatory_title": "Director", "default_language": "en" } }));
    // A draft is refused; once awarded, its letter is issued.
    let e = h.err("letter_issue", json!({ "grantId": grant, "language": null }));
    assert!(e["message"].as_str().unwrap().contains("is still a draft: award it first"), "{e}");
    h.ok("grants_award", json!({ "cycleId": p2p, "ids": [grant], "overBudget": false }));
    let letter = h.ok("letter_issue", json!({ "grantId": grant, "language": null }));
    assert_eq!(letter["reference"], "P2P-2027-001");
    assert_eq!(letter["language"], "en");
    let overview = h.ok("letters_overview", json!({ "cycleId": p2p }));
    let row = overview["rows"].as_array().unwrap().iter().find(|r| r["grant_id"] == grant).unwrap().clone();
    assert_eq!((row["status"].as_str(), row["grant_state"].as_str()), (Some("issued"), Some("awarded")));
    let e = h.err("letter_issue", json!({ "grantId": grant, "language": "de" }));
    assert_eq!(e["code"], "validation");

    // Print: the archived bytes go to letters/ in the data folder and to the viewer.
    let opened = h.dir.path().join("opened.txt");
    h.record_opened_files(&opened);
    let path = h.ok("letter_print", json!({ "letterId": letter["id"] }));
    let path = std::path::PathBuf::from(path.as_str().unwrap());
    assert!(path.starts_with(h.dir.path().join("letters")), "{}", path.display());
    assert!(path.file_name().unwrap().to_str().unwrap().starts_with("P2P-2027-001_"));
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(bytes.len() as i64, letter["bytes"].as_i64().unwrap());
    assert!(std::fs::read_to_string(&opened).unwrap().contains(path.to_str().unwrap()));
    let e = h.err("letters_batch", json!({ "cycleId": p2p, "mode": "zip", "language": null }));
    assert_eq!(e["code"], "bad_request");
}

#[test]
fn the_vote_through_the_commands() {
    let h = Harness::new();
    h.ok("demo_load", json!({}));
    let cycles = h.ok("cycles_list", json!({ "query": {} }));
    let workshops = cycles.as_array().unwrap().iter().find(|c| c["shape"] == "workshops").unwrap()["id"].clone();
    let p2p = cycles.as_array().unwrap().iter().find(|c| c["shape"] == "p2p").unwrap()["id"].clone();
    assert_eq!(h.err("vote_get", json!({ "cycleId": p2p }))["code"], "not_allowed");

    let vote = h.ok("vote_get", json!({ "cycleId": workshops }));
    assert_eq!(vote["state"], "setup");
    assert_eq!(vote["electorate"].as_array().unwrap().len(), 33);
    let e = h.err("vote_settings_save", json!({ "cycleId": workshops, "settings": { "method": "points", "associates_vote": false, "quorum_percent": 101 } }));
    assert_eq!(e["fields"][0]["field"], "quorum_percent");
    h.ok("vote_settings_save", json!({ "cycleId": workshops, "settings": { "method": "points", "associates_vote": false, "quorum_percent": 0 } }));
    let vote = h.ok("vote_open", json!({ "cycleId": workshops }));
    assert_eq!(vote["state"], "open");
    let proposal = vote["proposals"][0].clone();
    let voter = vote["electorate"].as_array().unwrap().iter().find(|v| v["hub_id"] != proposal["hub_id"]).unwrap()["hub_id"].clone();
    let e = h.err("ballot_record", json!({ "cycleId": workshops, "input": { "hub_id": proposal["hub_id"], "choices": [proposal["application_id"]], "received_on": null, "reason": "" } }));
    assert_eq!((e["code"].as_str(), e["fields"][0]["field"].as_str()), (Some("validation"), Some("choices")));
    let vote = h.ok("ballot_record", json!({ "cycleId": workshops, "input": { "hub_id": voter, "choices": [proposal["application_id"]], "received_on": null, "reason": "" } }));
    assert_eq!(vote["count"]["ballots"], 1);
    assert_eq!(vote["count"]["winner"], proposal["application_id"]);
    let vote = h.ok("vote_declare", json!({ "cycleId": workshops, "despiteQuorum": false }));
    assert_eq!(vote["state"], "declared");
    assert!(vote["winner_grant_id"].is_number());
}

#[test]
fn stories_through_the_commands() {
    let h = Harness::new();
    let p2p = awarding_p2p(&h);
    let overview = h.ok("grants_overview", json!({ "cycleId": p2p }));
    let grant = overview["grants"][0]["id"].clone();
    let input = json!({ "title": "Five days", "author": "Ana", "body": "First.\n\nSecond." });
    assert_eq!(h.err("story_add", json!({ "grantId": grant, "input": input }))["code"], "not_allowed", "a draft takes no story");
    h.ok("grants_award", json!({ "cycleId": p2p, "ids": null, "overBudget": true }));
    let e = h.err("story_add", json!({ "grantId": grant, "input": { "title": "", "author": "Ana", "body": "x" } }));
    assert_eq!(e["fields"][0]["field"], "title");
    let story = h.ok("story_add", json!({ "grantId": grant, "input": input }));
    assert_eq!(story["body"], "First.\n\nSecond.");
    let updated = h.ok("story_update", json!({ "id": story["id"], "input": { "title": "Five days in Porto", "author": "Ana", "body": "First." } }));
    assert_eq!(updated["title"], "Five days in Porto");
    assert_eq!(h.ok("cycle_stories", json!({ "cycleId": p2p })).as_array().unwrap().len(), 1);
    assert_eq!(h.ok("stories_get", json!({ "grantId": grant })).as_array().unwrap().len(), 1);
    h.ok("story_delete", json!({ "id": story["id"] }));
    assert!(h.ok("stories_get", json!({ "grantId": grant })).as_array().unwrap().is_empty());
    assert_eq!(h.err("story_photo_get", json!({ "id": 999 }))["code"], "not_found");
}

#[test]
fn the_cycle_report_and_its_factors_through_the_commands() {
    let h = Harness::new();
    let p2p = awarding_p2p(&h);
    let empty = h.ok("cycle_report", json!({ "cycleId": p2p }));
    assert_eq!((empty["grants"].as_u64(), empty["drafts_left_out"].as_u64()), (Some(0), Some(26)), "drafts are not counted");
    h.ok("grants_award", json!({ "cycleId": p2p, "ids": null, "overBudget": true }));
    let report = h.ok("cycle_report", json!({ "cycleId": p2p }));
    assert_eq!(report["grants"], 26);
    assert_eq!(report["budget"]["awarded_cents"], 2_177_500);
    assert!(report["factors"]["defaults"].as_bool().unwrap());
    let before = report["footprint"]["co2_grams"].as_i64().unwrap();
    assert!(before > 0);

    // The green factor doubled: the green journeys' share of the estimate doubles (each
    // journey is rounded to the gram, so allow one gram per journey).
    let mut factors = report["factors"].clone();
    let green = factors["factors"].as_array_mut().unwrap().iter_mut().find(|f| f["travel_mode"] == "green").unwrap();
    green["mg_per_pkm"] = json!(70_920);
    let saved = h.ok("emission_factors_save", json!({ "cycleId": p2p, "input": factors }));
    assert_eq!(saved["defaults"], false);
    let after = h.ok("cycle_report", json!({ "cycleId": p2p }));
    let green_grams = |r: &serde_json::Value| r["footprint"]["rows"].as_array().unwrap().iter().find(|x| x["travel_mode"] == "green").unwrap()["co2_grams"].as_i64().unwrap();
    assert!((green_grams(&after) - 2 * green_grams(&report)).abs() <= 13, "{} vs {}", green_grams(&after), green_grams(&report));

    // A band that starts after a gap is refused at its row; nothing is saved.
    let mut bad = after["factors"].clone();
    bad["factors"][1]["from_km"] = json!(4_000);
    let e = h.err("emission_factors_save", json!({ "cycleId": p2p, "input": bad }));
    assert_eq!(e["code"], "validation");
    assert_eq!(e["fields"][0]["field"], "factors.1.from_km");
    assert_eq!(h.err("emission_factors_save", json!({ "cycleId": p2p, "input": { "factors": "none" } }))["code"], "bad_request");

    let reset = h.ok("emission_factors_reset", json!({ "cycleId": p2p }));
    assert_eq!(reset["defaults"], true);
    assert_eq!(h.ok("cycle_report", json!({ "cycleId": p2p }))["footprint"]["co2_grams"].as_i64(), Some(before));
    assert_eq!(h.err("cycle_report", json!({ "cycleId": 999 }))["code"], "not_found");
    assert_eq!(h.err("cycle_report_save", json!({ "cycleId": p2p, "format": "docx", "language": null }))["code"], "bad_request");
}
