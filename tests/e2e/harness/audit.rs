//! Accessibility audits with axe-core (the npm package the UI installs), run inside the real
//! window: each state of the page a test reaches (a screen, a tab, an open dialog) is audited
//! once per run, before the test acts on it, against WCAG 2.1 A and AA. A violation fails the
//! test that reached it, naming the rule, the help and the elements.
//!
//! `MOBILITY_DESK_AXE=off` skips the audits (to chase another failure quickly);
//! `MOBILITY_DESK_AXE=report` writes the violations to `target/tmp/axe-report.jsonl` and goes on.

use std::collections::HashSet;
use std::io::Write;
use std::path::Path;
use std::sync::{Mutex, OnceLock};

use serde_json::Value;

use super::Session;

/// The states of the page audited already in this run.
fn audited() -> &'static Mutex<HashSet<String>> {
    static SEEN: OnceLock<Mutex<HashSet<String>>> = OnceLock::new();
    SEEN.get_or_init(|| Mutex::new(HashSet::new()))
}

fn axe_source() -> &'static str {
    static SOURCE: OnceLock<String> = OnceLock::new();
    SOURCE.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/node_modules/axe-core/axe.min.js");
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("axe-core is installed with the UI's packages (npm ci in ui/): {}: {e}", path.display()))
    })
}

fn mode() -> String {
    std::env::var("MOBILITY_DESK_AXE").unwrap_or_default()
}

/// What makes one state of the page differ from another, as a person would name it: the
/// screen, the tab, the dialogs open, and the page's language.
const STATE: &str = r#"
    const done = arguments[arguments.length - 1];
    const nav = document.querySelector('[data-nav][aria-current=page]')?.getAttribute('data-nav') ?? '';
    const tabs = [...document.querySelectorAll('[role=tab][aria-selected=true]')].map((e) => e.id).join(',');
    const dialogs = [...document.querySelectorAll('dialog[open], [role=dialog], [role=alertdialog]')]
      .map((e) => e.id || e.getAttribute('aria-labelledby') || 'dialog').join(',');
    const start = document.querySelector('.start-screen, #open-error, #unlock-form') ? 'start' : '';
    done([document.documentElement.lang, start, nav, tabs, dialogs].join('|'));
"#;

/// Runs axe on the whole document; answers the violations, shortened.
const RUN: &str = r#"
    const done = arguments[arguments.length - 1];
    // What a person sees once the page is still: a dialog fading in or a toast sliding in has
    // colours between two states, which are no one's to judge.
    const settled = Promise.race([
      Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))),
      new Promise((r) => setTimeout(r, 1500)),
    ]);
    settled.then(() => axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    }).then(
      (r) => done(r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 6).map((n) => n.target.join(' ') + ' — ' + (n.failureSummary || '').split('\n').slice(1, 2).join('')),
      }))),
      (e) => done([{ id: 'axe-failed', help: String(e), nodes: [] }]),
    ));
"#;

impl Session {
    /// What axe-core finds against WCAG 2.1 A and AA in the page as it is now.
    pub async fn violations(&self) -> Vec<Value> {
        let loaded = self.client.execute("return typeof window.axe === 'object';", vec![]).await.unwrap_or(Value::Bool(false));
        if loaded != Value::Bool(true) {
            // The script defines `axe` on the window it runs in.
            self.client.execute(&format!("{}\n;return true;", axe_source()), vec![]).await.expect("load axe-core into the page");
        }
        let found = self.client.execute_async(RUN, vec![]).await.expect("run axe-core");
        found.as_array().cloned().unwrap_or_default()
    }

    /// Audit the page as it is now, unless this state was audited already in this run.
    pub async fn audit(&self) {
        let mode = mode();
        if mode == "off" {
            return;
        }
        let Ok(state) = self.client.execute_async(STATE, vec![]).await else { return };
        let state = state.as_str().unwrap_or_default().to_string();
        if !audited().lock().unwrap().insert(state.clone()) {
            return;
        }
        let violations = self.violations().await;
        if violations.is_empty() {
            return;
        }
        let lines: Vec<String> = violations
            .iter()
            .map(|v| {
                let nodes: Vec<String> = v["nodes"].as_array().map(|n| n.iter().filter_map(|x| x.as_str().map(str::to_string)).collect()).unwrap_or_default();
                format!("{} ({}): {}\n      {}", v["id"].as_str().unwrap_or(""), v["impact"].as_str().unwrap_or(""), v["help"].as_str().unwrap_or(""), nodes.join("\n      "))
            })
            .collect();
        if mode == "report" {
            let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("axe-report.jsonl");
            if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
                let _ = writeln!(f, "{}", serde_json::json!({ "state": state, "violations": violations }));
            }
            return;
        }
        panic!("axe-core finds {} accessibility violation(s) in the state '{state}':\n  {}", lines.len(), lines.join("\n  "));
    }
}
