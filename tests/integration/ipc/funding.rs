//! Grants, rules, payments, reports and the finance export through the commands.

use super::*;

#[test]
fn grants_and_rules_through_the_commands() {
    let h = Harness::new();
    h.ok("demo_load", json!({}));
    let cycles = h.ok("cycles_list", json!({ "query": {} }));
    let p2p = cycles.as_array().unwrap().iter().find(|c| c["shape"] == "p2p").unwrap()["id"].clone();
    assert_eq!(h.ok("grants_overview", json!({ "cycleId": p2p }))["grants"], json!([]), "nothing selected yet");
    h.ok("cycle_move", json!({ "id": p2p, "to": "selection", "reason": null }));
    h.ok("selection_run", json!({ "cycleId": p2p }));

    let overview = h.ok("grants_overview", json!({ "cycleId": p2p }));
    assert_eq!(overview["grants"].as_array().unwrap().len(), 26);
    assert_eq!(overview["budget"]["committed_cents"], 2_177_500);
    let visiting = overview["grants"].as_array().unwrap().iter().find(|g| g["role"] == "visiting").unwrap().clone();
    let detail = h.ok("grant_get", json!({ "id": visiting["id"] }));
    assert_eq!(detail["lines"][0]["kind"], "capped_travel");
    assert_eq!(detail["lines"][0]["rule_version"], 1);

    // Declared costs: refused when negative, at the field; a €90 ticket moves the draft.
    let e = h.err("grant_inputs_save", json!({ "applicationId": visiting["application_id"], "inputs": { "travel_cost_cents": -1, "inclusion_cents": null, "visa_travellers": 0 } }));
    assert_eq!((e["code"].as_str(), e["fields"][0]["field"].as_str()), (Some("validation"), Some("travel_cost_cents")));
    h.ok("grant_inputs_save", json!({ "applicationId": visiting["application_id"], "inputs": { "travel_cost_cents": 9000, "inclusion_cents": null, "visa_travellers": 0 } }));
    let detail = h.ok("grant_get", json!({ "id": visiting["id"] }));
    assert_eq!(detail["grant"]["total_cents"], 9_000 + 82_500);

    // Rules: a what-if saves nothing; a bad table is refused at its field; a save is version 2.
    let rules = h.ok("rule_set_get", json!({ "cycleId": p2p }));
    let mut body = rules["body"].clone();
    body["components"][2]["rule"]["amount_cents"] = json!(60_000);
    let what_if = h.ok("rule_set_what_if", json!({ "cycleId": p2p, "body": body }));
    assert_eq!(what_if["candidate_cents"].as_i64().unwrap() - what_if["current_cents"].as_i64().unwrap(), 13 * 10_000);
    let mut bad = body.clone();
    bad["components"][0]["rule"]["cap_cents"] = json!(-5);
    let e = h.err("rule_set_save", json!({ "cycleId": p2p, "input": { "body": bad, "note": "" } }));
    assert_eq!(e["fields"][0]["field"], "components.0.cap_cents");
    let saved = h.ok("rule_set_save", json!({ "cycleId": p2p, "input": { "body": body, "note": "Bigger final events" } }));
    assert_eq!(saved["version"], 2);
    assert_eq!(h.ok("rule_set_versions", json!({ "cycleId": p2p })).as_array().unwrap().len(), 2);

    // In Selection, awarding is refused with the phase and the move to make.
    let e = h.err("grants_award", json!({ "cycleId": p2p, "ids": null, "overBudget": true }));
    assert_eq!(e["code"], "wrong_phase");
    assert!(e["message"].as_str().unwrap().contains("Move the cycle to Awarded first: Cycles → P2P Learning 2027 → Next step."), "{e}");
    let cycle = h.ok("cycle_get", json!({ "id": p2p }));
    let award = cycle["gates"].as_array().unwrap().iter().find(|g| g["work"] == "award").unwrap().clone();
    assert_eq!((&award["blocked"]["text"], &award["blocked"]["said"]), (&e["message"], &e["said"]));
    h.ok("cycle_move", json!({ "id": p2p, "to": "matching", "reason": null }));
    h.ok("pairing_confirm", json!({ "cycleId": p2p }));
    h.ok("cycle_move", json!({ "id": p2p, "to": "awarded", "reason": null }));
    assert_eq!(h.err("cycle_catch_up", json!({ "id": p2p }))["code"], "not_allowed", "nothing is ahead of its phase");
    // In Awarded the settings change by amendment only.
    let mut input = h.ok("cycle_get", json!({ "id": p2p }));
    for key in ["id", "programme_name", "shape", "phase", "phases", "cloned_from", "created_at", "updated_at", "frozen", "ahead", "gates"] {
        input.as_object_mut().unwrap().remove(key);
    }
    input["budget_cents"] = json!(2_000_000);
    assert_eq!(h.err("cycle_update", json!({ "id": p2p, "input": input }))["code"], "needs_amendment");
    let change = h.ok("cycle_change", json!({ "id": p2p, "input": input }));
    let changes: Vec<&serde_json::Value> = change["changes"].as_array().unwrap().iter().map(|c| &c["text"]).collect();
    assert_eq!(changes, [&json!("Budget envelope: €21,775.00 → €20,000.00")]);
    assert_eq!(change["changes"][0]["said"]["id"], "said-cycle-change-budget");
    assert_eq!(h.err("cycle_amend", json!({ "id": p2p, "input": input, "reason": "", "overBudget": false }))["fields"][0]["field"], "reason");
    let amended = h.ok("cycle_amend", json!({ "id": p2p, "input": input, "reason": "A smaller envelope", "overBudget": false }));
    assert_eq!(amended["budget_cents"], 2_000_000);
    input["budget_cents"] = json!(2_177_500);
    h.ok("cycle_amend", json!({ "id": p2p, "input": input, "reason": "The envelope restored", "overBudget": false }));

    // Past the envelope: over_budget first, then awarded with the confirmation.
    let e = h.err("grants_award", json!({ "cycleId": p2p, "ids": null, "overBudget": false }));
    assert_eq!(e["code"], "over_budget");
    let done = h.ok("grants_award", json!({ "cycleId": p2p, "ids": null, "overBudget": true }));
    assert_eq!(done["awarded"], 26);
    // Amend needs a reason; cancel records it.
    let e = h.err("grant_amend", json!({ "id": visiting["id"], "reason": "" }));
    assert_eq!(e["fields"][0]["field"], "reason");
    let cancelled = h.ok("grant_cancel", json!({ "id": visiting["id"], "reason": "Withdrew before travelling" }));
    assert_eq!(cancelled["grant"]["state"], "cancelled");
    assert_eq!(cancelled["history"][1]["reason"], "Withdrew before travelling");
}

#[test]
fn payments_reports_and_the_export_through_the_commands() {
    let h = Harness::new();
    let p2p = awarding_p2p(&h);
    h.ok("grants_award", json!({ "cycleId": p2p, "ids": null, "overBudget": false }));

    let overview = h.ok("payments_overview", json!({ "cycleId": p2p }));
    assert_eq!(overview["rows"].as_array().unwrap().len(), 52);
    assert_eq!(overview["totals"]["outstanding_cents"], 2_177_500);
    let host = overview["rows"].as_array().unwrap().iter().find(|r| r["payment"]["amount_cents"] == 35_000).unwrap()["payment"].clone();
    let grant = host["grant_id"].clone();

    // A date in the future is refused at its field; today's payment is recorded.
    let e = h.err("payment_pay", json!({ "id": host["id"], "input": { "paid_on": "2099-01-01", "reference": "" } }));
    assert_eq!((e["code"].as_str(), e["fields"][0]["field"].as_str()), (Some("validation"), Some("paid_on")));
    let paid = h.ok("payment_pay", json!({ "id": host["id"], "input": { "paid_on": null, "reference": "VIR-9" } }));
    assert_eq!(paid["paid_cents"], 35_000);
    assert_eq!(paid["payments"][0]["status"], "paid");
    let balance = paid["payments"][1]["id"].clone();
    let e = h.err("payment_pay", json!({ "id": balance, "input": { "paid_on": null, "reference": "" } }));
    assert_eq!(e["code"], "not_allowed");
    let report = h.ok("report_received", json!({ "grantId": grant, "receivedOn": "" }));
    assert!(report["report_received_on"].is_string());
    assert_eq!(report["payments"][1]["status"], "due");
    let waived = h.ok("payment_waive", json!({ "id": balance, "reason": "Final event not held" }));
    assert_eq!(waived["payments"][1]["state"], "waived");
    let reopened = h.ok("payment_reopen", json!({ "id": balance, "reason": "Held after all" }));
    assert_eq!(reopened["payments"][1]["state"], "open");
    let cleared = h.ok("report_received", json!({ "grantId": grant, "receivedOn": null }));
    assert!(cleared["report_received_on"].is_null());
    // The grant's detail carries its payments.
    let detail = h.ok("grant_get", json!({ "id": grant }));
    assert_eq!(detail["payments"]["paid_cents"], 35_000);
    assert_eq!(detail["grant"]["paid_cents"], 35_000);

    let e = h.err("finance_export", json!({ "cycleId": p2p, "format": "ods", "language": null }));
    assert_eq!(e["code"], "bad_request");
    assert!(e["message"].as_str().unwrap_or_default().contains("`xlsx` or `csv`"), "{e}");
}
