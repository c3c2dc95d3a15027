//! The real commands, called the way the web page calls them, on the mock runtime.
//!
//! This file holds the harness and the helpers every part shares; the parts go by what the
//! commands do: the registry, the person and the team, what the page sends, the data file,
//! stale saves, cycles and intake, funding, matching and the outputs.

mod cycles;
mod data;
mod desk;
mod funding;
mod input;
mod matching;
mod outbox;
mod outputs;
mod registry;
mod stale;

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
