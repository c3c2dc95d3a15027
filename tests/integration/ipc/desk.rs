//! The person at the desk, named on each command's change and in the History, and the team's
//! status of a desk on its own.

use super::*;

#[test]
fn the_person_at_the_desk_is_named_on_each_command_s_change_and_in_the_history() {
    let h = Harness::new();
    let e = h.err("person_save", json!({ "input": { "name": "", "initials": "", "email": "no" } }));
    assert_eq!(e["code"], "validation");
    let desk = h.ok("person_save", json!({ "input": { "name": "Ana Silva", "initials": "", "email": "ana@net.example" } }));
    assert_eq!(desk["person"]["initials"], "AS");
    assert_eq!(desk["fingerprint"].as_str().unwrap().len(), 24);

    let hub = h.ok("hub_create", json!({ "input": athens_input() }));
    let mut input = athens_input();
    input["key"] = hub["key"].clone();
    input["notes"] = json!("Hosts in spring.");
    h.ok("hub_update", json!({ "id": hub["id"], "input": input }));
    // Each command is one entry of the desk's log.
    assert_eq!(h.ok("desk_status", json!({}))["entries"], 2);

    let history = h.ok("record_history", json!({ "kind": "hub", "id": hub["id"] }));
    let items = history.as_array().unwrap();
    assert_eq!(items.len(), 2, "{history}");
    assert_eq!(items[1]["what"]["text"], "Hub changed");
    assert_eq!(items[1]["person"], "Ana Silva");
    assert!(items[1]["fields"].as_array().unwrap().iter().any(|f| f["field"] == "notes" && f["old"]["text"] == "(empty)" && f["new"]["text"] == "Hosts in spring."), "{history}");
    assert_eq!(h.err("record_history", json!({ "kind": "hub", "id": 999 }))["code"], "not_found");
    assert_eq!(h.err("record_history", json!({ "kind": "moon", "id": 1 }))["code"], "bad_request");

    let report = h.ok("audit_verify", json!({}));
    assert_eq!(report["ok"], true, "{report}");
}

#[test]
fn a_desk_on_its_own_has_a_team_status_and_a_sync_says_what_to_do_first() {
    let h = Harness::new();
    let status = h.ok("team_status", json!({}));
    assert_eq!(status["state"], "solo");
    assert_eq!(status["desks"], json!([]));
    let e = h.err("team_sync", json!({}));
    assert_eq!(e["code"], "not_allowed");
    assert!(e["message"].as_str().unwrap().contains("Share through a folder"), "{e}");
    assert_eq!(h.err("team_approve", json!({ "deskId": "0123456789abcdef" }))["code"], "not_allowed");
    assert_eq!(h.err("team_approve", json!({}))["code"], "bad_request");
}
