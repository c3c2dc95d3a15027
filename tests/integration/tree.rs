//! Rules about the tree itself: every source file can be read in a sitting.

use std::path::{Path, PathBuf};

/// The most lines a hand-written source file may have.
const LIMIT: usize = 800;
/// Written by tests from the Rust types and commands, not by hand.
const GENERATED: &[&str] = &["ui/src/lib/ipc/bindings.ts", "ui/src/lib/ipc/commands.ts", "src-tauri/commands/list.rs"];
const ROOTS: &[&str] = &["crates", "src-tauri", "tests", "ui/src", "xtask", "tools"];
const KINDS: &[&str] = &["rs", "ts", "svelte", "css", "mjs", "js"];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if path.is_dir() {
            if !matches!(name.as_str(), "target" | "node_modules" | "dist" | "gen") {
                sources(&path, out);
            }
        } else if path.extension().is_some_and(|e| KINDS.iter().any(|k| e == *k)) {
            out.push(path);
        }
    }
}

#[test]
fn no_source_file_is_over_800_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ROOTS {
        sources(&root.join(dir), &mut files);
    }
    assert!(files.len() > 200, "the tree was not read as expected ({} files)", files.len());
    let mut long: Vec<String> = files
        .iter()
        .filter_map(|path| {
            let relative = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            if GENERATED.contains(&relative.as_str()) {
                return None;
            }
            let lines = std::fs::read_to_string(path).ok()?.lines().count();
            (lines > LIMIT).then(|| format!("{relative}: {lines} lines"))
        })
        .collect();
    long.sort();
    assert!(long.is_empty(), "split these by topic (at most {LIMIT} lines each): {long:#?}");
}
