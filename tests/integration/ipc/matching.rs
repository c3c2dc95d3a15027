//! Pairing, placements and the Alliance checks through the commands.

use super::*;

#[test]
fn pairing_through_the_commands() {
    let h = Harness::new();
    let p2p = selected_p2p(&h);
    h.ok("cycle_move", json!({ "id": p2p, "to": "matching", "reason": null }));
    let plan = h.ok("pairing_get", json!({ "cycleId": p2p }));
    assert_eq!(plan["pairs"].as_array().unwrap().len(), 13);
    assert_eq!(plan["complete"], true);
    let pair = plan["pairs"].as_array().unwrap().iter().find(|p| p["source"] == "suggested").unwrap().clone();
    let (v, host) = (pair["visiting"]["application_id"].clone(), pair["hosting"]["application_id"].clone());
    assert_eq!(pair["score"]["breakdown"].as_array().unwrap().len(), 7);

    let plan = h.ok("pairing_constraint", json!({ "cycleId": p2p, "visitingId": v, "hostingId": host, "kind": "forbidden" }));
    assert!(plan["pairs"].as_array().unwrap().iter().all(|p| !(p["visiting"]["application_id"] == v && p["hosting"]["application_id"] == host)));
    let e = h.err("pairing_constraint", json!({ "cycleId": p2p, "visitingId": host, "hostingId": v, "kind": "locked" }));
    assert_eq!(e["code"], "bad_request");
    let e = h.err("pairing_constraint", json!({ "cycleId": p2p, "visitingId": v, "hostingId": host, "kind": "maybe" }));
    assert_eq!(e["code"], "bad_request");
    let mut weights = plan["weights"].clone();
    weights["distance"] = json!(12);
    let e = h.err("pairing_weights_save", json!({ "cycleId": p2p, "weights": weights }));
    assert_eq!(e["fields"][0]["field"], "distance");
    weights["distance"] = json!(7);
    assert_eq!(h.ok("pairing_weights_save", json!({ "cycleId": p2p, "weights": weights }))["weights"]["distance"], 7);
    let confirmed = h.ok("pairing_confirm", json!({ "cycleId": p2p }));
    assert_eq!(confirmed["matches_confirmed"], true);
    // The visit's dates, on a confirmed pair: refused outside the hubs' days, then set.
    let pair = confirmed["pairs"][0].clone();
    let visiting = pair["visiting"]["application_id"].clone();
    let e = h.err("pair_visit_set", json!({ "cycleId": p2p, "visitingId": visiting, "startsOn": "2020-01-01", "endsOn": "2020-01-02" }));
    assert_eq!((e["code"].as_str(), e["fields"][0]["field"].as_str()), (Some("validation"), Some("visit_start")));
    let plan = h.ok("pair_visit_set", json!({ "cycleId": p2p, "visitingId": visiting, "startsOn": pair["visit"]["starts_on"], "endsOn": pair["visit"]["ends_on"] }));
    assert_eq!(plan["pairs"][0]["visit"]["agreed"], true);
    let plan = h.ok("pair_visit_set", json!({ "cycleId": p2p, "visitingId": visiting, "startsOn": null, "endsOn": null }));
    assert_eq!(plan["pairs"][0]["visit"]["agreed"], false);
}

#[test]
fn placements_and_alliance_checks_through_the_commands() {
    let h = Harness::new();
    h.ok("demo_load", json!({}));
    let cycles = h.ok("cycles_list", json!({ "query": {} }));
    let of = |shape: &str| cycles.as_array().unwrap().iter().find(|c| c["shape"] == shape).unwrap()["id"].clone();
    let (staff, alliance) = (of("staff_exchange"), of("hubs_alliance"));
    let plan = h.ok("placement_get", json!({ "cycleId": staff }));
    assert_eq!(plan["people"], 0);
    assert!(plan["hosts"].as_array().unwrap().len() > 10);
    let hub = plan["hosts"][0]["hub_id"].clone();
    h.ok("host_capacity_set", json!({ "cycleId": staff, "hubId": hub, "capacity": 2 }));
    assert_eq!(h.ok("placement_get", json!({ "cycleId": staff }))["hosts"][0]["capacity"], 2);
    let e = h.err("host_capacity_set", json!({ "cycleId": staff, "hubId": hub, "capacity": 60 }));
    assert_eq!(e["fields"][0]["field"], "capacity");
    assert_eq!(h.err("placement_confirm", json!({ "cycleId": staff }))["code"], "wrong_phase");
    assert_eq!(h.err("placement_get", json!({ "cycleId": alliance }))["code"], "not_allowed");
    let checks = h.ok("alliance_checks", json!({ "cycleId": alliance }));
    assert_eq!(checks.as_array().unwrap().len(), 3);
    assert!(checks.as_array().unwrap().iter().all(|c| c["ok"] == true));
}
