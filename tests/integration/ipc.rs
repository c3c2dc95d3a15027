//! The real commands, called the way the web page calls them, on the mock runtime.

use mobility_desk_app::{configure, AppState};
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

struct Harness {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    dir: tempfile::TempDir,
}

impl Harness {
    fn new() -> Harness {
        let dir = tempfile::tempdir().unwrap();
        Harness::in_dir(dir)
    }

    fn in_dir(dir: tempfile::TempDir) -> Harness {
        let state = AppState::open(dir.path().to_path_buf());
        let app = configure(mock_builder(), state).build(mock_context(noop_assets())).expect("build the app");
        let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("open a window");
        Harness { _app: app, window, dir }
    }

    fn invoke(&self, cmd: &str, body: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(body),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request).map(|b| b.deserialize::<Value>().unwrap())
    }

    /// Files the commands open in the system's viewer are listed in `log` instead.
    fn record_opened_files(&self, log: &std::path::Path) {
        use tauri::Manager;
        *self._app.state::<AppState>().opened_log.lock().unwrap() = Some(log.to_path_buf());
    }

    /// What choosing `path` in the native file dialog gives the page: a token for it.
    fn pick(&self, path: &std::path::Path) -> String {
        use tauri::Manager;
        self._app.state::<AppState>().picked(path.to_path_buf()).token
    }

    fn ok(&self, cmd: &str, body: Value) -> Value {
        self.invoke(cmd, body).unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }

    fn err(&self, cmd: &str, body: Value) -> Value {
        match self.invoke(cmd, body) {
            Ok(v) => panic!("{cmd} should have failed, returned {v}"),
            Err(e) => e,
        }
    }
}

/// The demo loaded and its P2P cycle selected, through the commands; its id.
fn selected_p2p(h: &Harness) -> Value {
    h.ok("demo_load", json!({}));
    let cycles = h.ok("cycles_list", json!({ "query": {} }));
    let p2p = cycles.as_array().unwrap().iter().find(|c| c["shape"] == "p2p").unwrap()["id"].clone();
    h.ok("cycle_move", json!({ "id": p2p, "to": "selection", "reason": null }));
    h.ok("selection_run", json!({ "cycleId": p2p }));
    p2p
}

/// The demo P2P cycle selected, paired and moved to Awarded, through the commands; its id.
fn awarding_p2p(h: &Harness) -> Value {
    let p2p = selected_p2p(h);
    h.ok("cycle_move", json!({ "id": p2p, "to": "matching", "reason": null }));
    h.ok("pairing_confirm", json!({ "cycleId": p2p }));
    h.ok("cycle_move", json!({ "id": p2p, "to": "awarded", "reason": null }));
    p2p
}

fn athens_input() -> Value {
    json!({
        "key": "", "name": "Εργαστήρι Δοκιμής", "city": "Athens", "country": "gr",
        "latitude": null, "longitude": null, "maturity": "emerging", "membership": "regular",
        "sectors": ["Design", "crafts"], "languages": ["el", "en"], "contact_name": "Νίκος",
        "contact_email": "nikos@dokimi.example", "website": "https://dokimi.example/",
        "available_for_mobility": true, "alliance_member": false, "member_since": 2022, "notes": ""
    })
}

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
    assert_eq!(items[1]["what"], "Hub changed");
    assert_eq!(items[1]["person"], "Ana Silva");
    assert!(items[1]["fields"].as_array().unwrap().iter().any(|f| f["field"] == "notes" && f["old"] == "(empty)" && f["new"] == "Hosts in spring."), "{history}");
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

/// The window's forms send what was typed in an amount field to the core, which reads it as
/// the imports and the command line do.
#[test]
fn amounts_typed_in_the_window_are_read_by_the_core() {
    let h = Harness::new();
    let read = h.ok("amounts_read", json!({ "texts": ["1.175", "21 775,5", "", "12,34,56"] }));
    assert_eq!(read[0], json!({ "cents": 117_500, "shown": "1,175.00", "problem": null }));
    assert_eq!(read[1]["cents"], 2_177_550);
    assert_eq!(read[2], json!({ "cents": null, "shown": null, "problem": null }));
    assert_eq!(read[3]["problem"], "'12,34,56' is not an amount in euros (e.g. 1175 or 1,175.50).");
    let too_many = h.err("amounts_read", json!({ "texts": vec![""; 10_001] }));
    assert_eq!(too_many["code"], "validation");
}

#[test]
fn validation_errors_name_their_fields() {
    let h = Harness::new();
    let mut input = athens_input();
    input["name"] = json!("  ");
    input["country"] = json!("XX");
    input["latitude"] = json!(123.0);
    input["longitude"] = json!(10.0);
    let e = h.err("hub_create", json!({ "input": input }));
    assert_eq!(e["code"], "validation");
    let fields: Vec<&str> = e["fields"].as_array().unwrap().iter().map(|f| f["field"].as_str().unwrap()).collect();
    assert_eq!(fields, vec!["name", "country", "latitude"]);
    assert_eq!(h.ok("app_info", json!({}))["hubs"], 0, "nothing stored");
}

#[test]
fn malformed_payloads_get_a_code_and_message() {
    let h = Harness::new();
    let e = h.err("hub_create", json!({ "input": { "name": 42 } }));
    assert_eq!(e["code"], "bad_request", "{e}");
    assert!(e["message"].as_str().unwrap().contains("hub_create"), "{e}");

    let e = h.err("hub_get", json!({}));
    assert_eq!(e["code"], "bad_request", "{e}");

    let e = h.err("hubs_list", json!({ "query": { "sort": "shoe_size" } }));
    assert_eq!(e["code"], "bad_request", "{e}");

    let e = h.err("hub_get", json!({ "id": 999 }));
    assert_eq!(e["code"], "not_found");
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
fn a_foreign_data_file_is_reported_not_touched() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(mobility_desk_core::platform::paths::DATABASE_FILE);
    std::fs::write(&file, b"this is a spreadsheet, not a database").unwrap();
    let h = Harness::in_dir(dir);
    let info = h.ok("app_info", json!({}));
    assert_eq!(info["open_error"]["code"], "not_a_database");
    let e = h.err("hubs_list", json!({ "query": {} }));
    assert_eq!(e["code"], "not_a_database");
    assert_eq!(std::fs::read(&file).unwrap(), b"this is a spreadsheet, not a database");
}

#[test]
fn backups_through_the_commands_and_a_restore_over_a_damaged_file() {
    let h = Harness::new();
    h.ok("demo_load", json!({}));
    let e = h.err("backup_policy_save", json!({ "policy": { "keep_last": 0, "monthly": 3 } }));
    assert_eq!(e["code"], "validation");
    assert_eq!(e["fields"][0]["field"], "keep_last");
    let overview = h.ok("backup_policy_save", json!({ "policy": { "keep_last": 3, "monthly": 0 } }));
    assert_eq!(overview["policy"]["keep_last"], 3);
    let overview = h.ok("backup_now", json!({}));
    let name = overview["backups"][0]["name"].as_str().unwrap().to_string();
    assert_eq!(overview["backups"].as_array().unwrap().len(), 1);

    // A name that is not one of the listed backups is refused: no path from the page.
    let e = h.err("backup_restore", json!({ "name": "../../etc/passwd" }));
    assert_eq!(e["code"], "not_found", "{e}");

    // The store is closed, the backup put in place and the store opened again.
    h.ok("hub_create", json!({ "input": athens_input() }));
    assert_eq!(h.ok("app_info", json!({}))["hubs"], 45);
    let restored = h.ok("backup_restore", json!({ "name": name }));
    assert_eq!(restored["from"]["name"], name.as_str());
    assert!(restored["set_aside"].as_str().unwrap().contains("set-aside"));
    assert_eq!(h.ok("app_info", json!({}))["hubs"], 44);

    // Damaged on disk: the next start reports it with the newest backup, and a restore works
    // although the store could not be opened. (A copy of the folder: the mock app keeps its
    // state, and so its open store, until the test ends.)
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("backups")).unwrap();
    std::fs::copy(h.dir.path().join("backups").join(&name), dir.path().join("backups").join(&name)).unwrap();
    let file = dir.path().join(mobility_desk_core::platform::paths::DATABASE_FILE);
    let bytes = std::fs::read(dir.path().join("backups").join(&name)).unwrap();
    std::fs::write(&file, &bytes[..bytes.len() / 3]).unwrap();
    let h = Harness::in_dir(dir);
    let info = h.ok("app_info", json!({}));
    assert_eq!(info["open_error"]["code"], "damaged", "{info}");
    assert_eq!(info["newest_backup"]["name"], name.as_str());
    assert_eq!(h.err("hubs_list", json!({ "query": {} }))["code"], "damaged");
    h.ok("backup_restore", json!({ "name": name }));
    let info = h.ok("app_info", json!({}));
    assert_eq!(info["open_error"], Value::Null, "{info}");
    assert_eq!(info["hubs"], 44);
}

#[test]
fn a_protected_file_opens_with_its_passphrase_and_its_protection_is_changed_through_the_commands() {
    let h = Harness::new();
    h.ok("demo_load", json!({}));
    assert_eq!(h.ok("app_info", json!({}))["protected"], false);
    let e = h.err("protection_change", json!({ "request": { "current": null, "new": "too short", "repeat": "too short" } }));
    assert_eq!((e["code"].as_str(), e["fields"][0]["field"].as_str()), (Some("validation"), Some("new")), "{e}");
    let done = h.ok("protection_change", json!({ "request": { "current": null, "new": "a lantern in Lisbon", "repeat": "a lantern in Lisbon" } }));
    assert_eq!(done["protected"], true);
    // The store was reopened with the passphrase: the window carries on.
    let info = h.ok("app_info", json!({}));
    assert_eq!((info["protected"].as_bool(), info["hubs"].as_u64()), (Some(true), Some(44)), "{info}");
    let taken = h.ok("backup_now", json!({}));
    let backup = taken["backups"][0]["path"].as_str().unwrap().to_string();
    assert!(mobility_desk_core::platform::protection::is_protected_file(std::path::Path::new(&backup)));

    // The next start, on a copy of the folder: locked until the passphrase is typed.
    let dir = tempfile::tempdir().unwrap();
    for suffix in ["", "-wal"] {
        let name = format!("{}{suffix}", mobility_desk_core::platform::paths::DATABASE_FILE);
        if h.dir.path().join(&name).exists() {
            std::fs::copy(h.dir.path().join(&name), dir.path().join(&name)).unwrap();
        }
    }
    let next = Harness::in_dir(dir);
    let info = next.ok("app_info", json!({}));
    assert_eq!((info["open_error"]["code"].as_str(), info["protected"].as_bool()), (Some("locked"), Some(true)), "{info}");
    assert_eq!(next.err("hubs_list", json!({ "query": {} }))["code"], "locked");
    let e = next.err("data_unlock", json!({ "passphrase": "a lantern in Lima" }));
    assert_eq!(e["code"], "locked", "{e}");
    assert!(e["message"].as_str().unwrap().contains("does not open"), "{e}");
    assert_eq!(next.err("data_unlock", json!({ "passphrase": "" }))["code"], "validation");
    let info = next.ok("data_unlock", json!({ "passphrase": "a lantern in Lisbon" }));
    assert_eq!((info["open_error"].is_null(), info["hubs"].as_u64()), (true, Some(44)), "{info}");
    assert_eq!(next.ok("hubs_list", json!({ "query": {} }))["total"], 44);

    // Removing it needs the passphrase: a wrong one changes nothing.
    let e = next.err("protection_change", json!({ "request": { "current": "a lantern", "new": null, "repeat": null } }));
    assert_eq!(e["fields"][0]["field"], "current", "{e}");
    assert_eq!(next.ok("app_info", json!({}))["protected"], true);
    let done = next.ok("protection_change", json!({ "request": { "current": "a lantern in Lisbon", "new": null, "repeat": null } }));
    assert_eq!(done["protected"], false);
    let info = next.ok("app_info", json!({}));
    assert_eq!((info["protected"].as_bool(), info["hubs"].as_u64()), (Some(false), Some(44)), "{info}");
    let head = std::fs::read(next.dir.path().join(mobility_desk_core::platform::paths::DATABASE_FILE)).unwrap();
    assert!(head.starts_with(b"SQLite format 3\0"));
}

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

/// Send `body` to `cmd` through the app's `ipc:` protocol, as the page's `invoke` does;
/// the answer's `Tauri-Response` header and its JSON body.
fn through_the_protocol(h: &Harness, cmd: &str, body: &[u8]) -> (String, Value) {
    let request = http::Request::builder()
        .method("POST")
        .uri(format!("ipc://localhost/{cmd}"))
        .header("Content-Type", "application/json")
        .header("Tauri-Callback", "1")
        .header("Tauri-Error", "2")
        .header("Tauri-Invoke-Key", INVOKE_KEY)
        .header("Origin", "tauri://localhost")
        .body(body.to_vec())
        .unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let webview: &tauri::Webview<MockRuntime> = h.window.as_ref();
    mobility_desk_app::ipc_protocol::handle(Some(webview.clone()), request, move |response| {
        let _ = tx.send(response);
    });
    let response = rx.recv_timeout(std::time::Duration::from_secs(10)).expect("an answer");
    let header = response.headers().get("Tauri-Response").unwrap().to_str().unwrap().to_string();
    assert_eq!(response.headers().get("Content-Type").unwrap(), "application/json");
    (header, serde_json::from_slice(response.body()).unwrap_or_else(|e| panic!("{e}: {:?}", String::from_utf8_lossy(response.body()))))
}

#[test]
fn payloads_tauri_cannot_parse_are_answered_with_a_code_and_message() {
    let h = Harness::new();
    // 200 arrays deep: past the JSON parser's limit of 128.
    let nested = format!("{{\"id\":{}{}}}", "[".repeat(200), "]".repeat(200));
    let (header, e) = through_the_protocol(&h, "hub_get", nested.as_bytes());
    assert_eq!(header, "error");
    assert_eq!(e["code"], "bad_request", "{e}");
    assert!(e["message"].as_str().unwrap().contains("'hub_get' is not valid JSON"), "{e}");
    // A lone surrogate, as JSON.stringify writes it.
    let (_, e) = through_the_protocol(&h, "hubs_list", br#"{"query":{"text":"\ud800"}}"#);
    assert_eq!(e["code"], "bad_request", "{e}");
    let (_, e) = through_the_protocol(&h, "hub_get", b"{not json");
    assert_eq!(e["code"], "bad_request", "{e}");
    // Well-formed requests go through to the commands, their answers and errors as before.
    let (header, info) = through_the_protocol(&h, "app_info", b"{}");
    assert_eq!((header.as_str(), info["hubs"].clone()), ("ok", json!(0)));
    let (header, e) = through_the_protocol(&h, "hub_get", br#"{"id":999}"#);
    assert_eq!((header.as_str(), e["code"].clone()), ("error", json!("not_found")));
    let (_, e) = through_the_protocol(&h, "hub_get", br#"{"id":"\ud83d\ude00"}"#);
    assert_eq!(e["code"], "bad_request", "a well-formed pair is read, then refused as not a number: {e}");
}

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
    assert!(app["eligibility"]["reasons"][0].as_str().unwrap().contains("former member"));
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
    assert!(ranking["select_blocked"].as_str().unwrap().contains("Selection first"));
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
    assert_eq!(award["blocked"], e["message"]);
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
    assert_eq!(change["changes"], json!(["Budget envelope: €21,775.00 → €20,000.00"]));
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
}

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

#[test]
fn letters_through_the_commands() {
    let h = Harness::new();
    let p2p = awarding_p2p(&h);

    let overview = h.ok("letters_overview", json!({ "cycleId": p2p }));
    assert_eq!(overview["missing_settings"].as_array().unwrap().len(), 4);
    assert_eq!(overview["rows"][0]["status"], "none", "a draft has no letter until it is awarded");
    assert_eq!(overview["rows"][0]["note"], "Draft: award it in the Grants tab first.");
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
