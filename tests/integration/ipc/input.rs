//! What the page sends: amounts read by the core, validation errors at their fields, payloads
//! that do not fit a command and bodies Tauri cannot parse, each answered with a code and a
//! message.

use super::*;

/// The window's forms send what was typed in an amount field to the core, which reads it as
/// the imports and the command line do.
#[test]
fn amounts_typed_in_the_window_are_read_by_the_core() {
    let h = Harness::new();
    let read = h.ok("amounts_read", json!({ "texts": ["1.175", "21 775,5", "", "12,34,56"] }));
    assert_eq!(read[0], json!({ "cents": 117_500, "shown": "1,175.00", "problem": null, "problem_said": null }));
    assert_eq!(read[1]["cents"], 2_177_550);
    assert_eq!(read[2], json!({ "cents": null, "shown": null, "problem": null, "problem_said": null }));
    assert_eq!(read[3]["problem"], "'12,34,56' is not an amount in euros (e.g. 1175 or 1,175.50).");
    assert_eq!(read[3]["problem_said"], json!({ "id": "said-money-not-an-amount", "args": { "text": "12,34,56" } }));
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
fn the_window_zooms_from_50_to_300_percent_and_no_further() {
    let h = Harness::new();
    assert_eq!(h.ok("window_zoom", json!({ "level": 2.0 })), json!(2.0));
    for bad in [json!(5.0), json!(0.1)] {
        let e = h.err("window_zoom", json!({ "level": bad }));
        assert_eq!((e["code"].as_str(), e["fields"][0]["field"].as_str()), (Some("validation"), Some("level")), "{e}");
    }
    assert_eq!(h.err("window_zoom", json!({ "level": "big" }))["code"], "bad_request");
}

#[test]
fn the_window_language_is_taken_with_or_without_its_region() {
    let h = Harness::new();
    for (asked, taken) in [("fr", "fr"), ("fr-FR", "fr"), ("en-GB", "en"), ("DE-de", "de"), ("xx-YY", "en"), ("fr-<script>", "fr"), ("", "en")] {
        assert_eq!(h.ok("window_language", json!({ "language": asked })), json!(taken), "{asked}");
    }
    assert_eq!(h.err("window_language", json!({ "language": 12 }))["code"], "bad_request");
}
