//! The core's layers, enforced. Each folder of `crates/core/src` belongs to a layer; a file may
//! name (`crate::…`) and call `Store` methods defined in its own layer or the layers below only.
//! The outputs (letters, stories, votes, the cycle report) are peers: none uses another, so
//! each can change without the others.
//! Calls count as much as `use` lines: `Store` is one type whose methods are spread over every
//! layer, so a phase guard in `cycle/` calling `self.pay(…)` would tie the cycle to funding as
//! surely as an import. ARCHITECTURE.md draws the same table.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first, each with the top-level modules (folders or files) it holds.
const LAYERS: &[(&str, &[&str])] = &[
    ("platform", &["platform", "team"]),
    ("documents", &["documents"]),
    ("registry", &["registry"]),
    ("cycle", &["cycle"]),
    ("intake", &["intake"]),
    ("funding", &["funding"]),
    ("matching", &["matching"]),
    ("outputs", &["letters", "stories", "votes", "cycle_report"]),
    ("correspondence", &["outbox"]),
    ("workflow", &["workflow", "privacy"]),
    ("entry", &["lib", "demo", "testing"]),
];

/// The layer whose folders may not use each other.
const PEERS_APART: &str = "outputs";

/// Macros `#[macro_export]` puts at the crate's root, with the module that defines them.
const MACROS: &[(&str, &str)] = &[("said", "platform"), ("phrase", "platform")];

fn layer_of(module: &str) -> Option<usize> {
    let module = MACROS.iter().find(|(m, _)| *m == module).map_or(module, |(_, home)| home);
    LAYERS.iter().position(|(_, modules)| modules.contains(&module))
}

fn source_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `src`, with the top-level module it belongs to.
fn sources() -> Vec<(String, String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = source_root();
    let mut files = Vec::new();
    walk(&root, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let relative = path.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
            let module = relative.split('/').next().unwrap().trim_end_matches(".rs").to_string();
            // Whole-line comments go: doc links name methods of any layer on purpose.
            let code = std::fs::read_to_string(&path)
                .unwrap()
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            (relative, module, code)
        })
        .collect()
}

fn ident_at(text: &str) -> &str {
    let end = text.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(text.len());
    &text[..end]
}

/// The names of `Store`'s methods an `impl Store` block of this file defines, each with
/// whether it takes arguments besides `self`.
fn store_methods(code: &str) -> Vec<(String, bool)> {
    let mut names = Vec::new();
    let mut inside = false;
    for line in code.lines() {
        if line.starts_with("impl Store ") || line.starts_with("impl crate::Store ") {
            inside = true;
        } else if line.starts_with('}') {
            inside = false;
        } else if inside {
            let rest = line.strip_prefix("    ").unwrap_or("");
            let rest = ["pub(crate) ", "pub(super) ", "pub "].iter().find_map(|p| rest.strip_prefix(p)).unwrap_or(rest);
            if let Some(signature) = rest.strip_prefix("fn ") {
                let name = ident_at(signature);
                let bare = signature.contains("(&self)") || signature.contains("(&mut self)");
                names.push((name.to_string(), !bare));
            }
        }
    }
    names
}

/// The top-level modules a file names through `crate::`.
fn modules_named(code: &str) -> BTreeSet<String> {
    code.match_indices("crate::").map(|(i, _)| ident_at(&code[i + 7..]).to_string()).filter(|m| !m.is_empty() && m != "Store" && m != "Error" && m != "ErrorCode" && m != "FieldError" && m != "Result").collect()
}

/// The methods a file calls (`.name(` and `Store::name(`), each with whether the call passes
/// arguments: `.cycle()` is an iterator's, `.cycle(id)` the Store's.
fn calls(code: &str) -> BTreeSet<(String, bool)> {
    let mut out = BTreeSet::new();
    for (i, _) in code.match_indices('.') {
        let name = ident_at(&code[i + 1..]);
        let after = &code[i + 1 + name.len()..];
        if !name.is_empty() && after.starts_with('(') {
            out.insert((name.to_string(), !after.starts_with("()")));
        }
    }
    for (i, _) in code.match_indices("Store::") {
        // A path (`Store::cycle`) may be passed without a call: count it either way.
        let name = ident_at(&code[i + 7..]).to_string();
        out.insert((name.clone(), true));
        out.insert((name, false));
    }
    out
}

#[test]
fn each_part_of_the_core_uses_only_its_own_layer_and_those_below() {
    let files = sources();
    let mut unknown = Vec::new();
    // Each Store method (with whether it takes arguments) and the lowest layer defining it.
    let mut defined: BTreeMap<(String, bool), (usize, String)> = BTreeMap::new();
    for (path, module, code) in &files {
        let Some(layer) = layer_of(module) else {
            unknown.push(path.clone());
            continue;
        };
        for name in store_methods(code) {
            let lowest = defined.entry(name).or_insert((layer, module.clone()));
            if layer < lowest.0 {
                *lowest = (layer, module.clone());
            }
        }
    }
    assert!(unknown.is_empty(), "files in no layer (add their folder to LAYERS and ARCHITECTURE.md): {unknown:?}");
    assert!(defined.len() > 150, "the Store's methods were not found ({} of them): has the layout changed?", defined.len());

    let mut breaches = Vec::new();
    for (path, module, code) in &files {
        let layer = layer_of(module).unwrap();
        for named in modules_named(code) {
            match layer_of(&named) {
                Some(l) if l > layer => breaches.push(format!("{path} ({}) names crate::{named} ({})", LAYERS[layer].0, LAYERS[l].0)),
                Some(l) if l == layer && LAYERS[l].0 == PEERS_APART && named != *module => breaches.push(format!("{path} names crate::{named}, a peer in {PEERS_APART}")),
                Some(_) => {}
                None => breaches.push(format!("{path} names crate::{named}, which is in no layer")),
            }
        }
        for call in calls(code) {
            if let Some((l, owner)) = defined.get(&call) {
                if *l > layer {
                    breaches.push(format!("{path} ({}) calls Store::{} ({})", LAYERS[layer].0, call.0, LAYERS[*l].0));
                } else if *l == layer && LAYERS[layer].0 == PEERS_APART && owner != module {
                    breaches.push(format!("{path} calls Store::{} of {owner}, a peer in {PEERS_APART}", call.0));
                }
            }
        }
    }
    assert!(breaches.is_empty(), "{} breaches of the layers:\n{}", breaches.len(), breaches.join("\n"));
}

#[test]
fn the_layer_check_sees_a_breach() {
    // A guard of the cycle layer calling a funding method, and an import upward, are both seen.
    let code = "impl Store {\n    pub fn move_it(&self) {\n        self.record_payment(1);\n        use crate::funding::grants::Grant;\n    }\n}\n";
    assert_eq!(store_methods(code), vec![("move_it".to_string(), false)]);
    assert!(calls(code).contains(&("record_payment".to_string(), true)));
    assert!(calls("xs.iter().cycle().take(3)").contains(&("cycle".to_string(), false)));
    assert!(modules_named(code).contains("funding"));
}
