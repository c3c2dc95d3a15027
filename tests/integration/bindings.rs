use std::path::Path;

/// The UI's TypeScript types are generated from the Rust types; this fails when they drift.
#[test]
fn bindings_are_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/ipc/bindings.ts");
    let fresh = mobility_desk_app::typescript_bindings();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &fresh).expect("write bindings.ts");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default().replace("\r\n", "\n");
    assert!(
        committed == fresh,
        "ui/src/lib/ipc/bindings.ts is out of date with the Rust types: run `UPDATE_BINDINGS=1 cargo test --test integration bindings`"
    );
}

/// Two Rust types of the same name in different modules would give the page one type silently
/// shadowing the other.
#[test]
fn every_binding_has_its_own_name() {
    let fresh = mobility_desk_app::typescript_bindings();
    let mut names: Vec<&str> = fresh.lines().filter_map(|l| l.strip_prefix("export type ")).filter_map(|l| l.split([' ', '<']).next()).collect();
    names.sort_unstable();
    let twice: Vec<&&str> = names.windows(2).filter(|w| w[0] == w[1]).map(|w| &w[0]).collect();
    assert!(twice.is_empty(), "types exported twice: {twice:?}");
}

/// The list that registers the commands and the window's wrappers are generated from the
/// commands' functions: a command added, renamed or removed without them fails here.
#[test]
fn commands_are_current() {
    let commands = crate::commands_gen::declared();
    assert!(commands.len() > 100, "the commands were not read as expected ({} of them)", commands.len());
    let stale: Vec<String> = [
        crate::commands_gen::current("src-tauri/commands/list.rs", &crate::commands_gen::rust_list(&commands)),
        crate::commands_gen::current("ui/src/lib/ipc/commands.ts", &crate::commands_gen::typescript(&commands)),
    ]
    .into_iter()
    .flatten()
    .collect();
    assert!(stale.is_empty(), "{stale:?} out of date with src-tauri/commands/: run `UPDATE_BINDINGS=1 cargo test --test integration bindings`");
    // What the running shell registers is what was declared.
    let declared: Vec<&str> = commands.iter().map(|c| c.name.as_str()).collect();
    let mut shell: Vec<&str> = mobility_desk_app::commands::COMMANDS.to_vec();
    let mut sorted = declared.clone();
    sorted.sort_unstable();
    shell.sort_unstable();
    assert_eq!(shell, sorted, "the shell registers other commands than src-tauri/commands/ declares");
}

/// The window calls the shell only through the generated wrappers: no screen names a command
/// by hand, so none can name one that does not exist.
#[test]
fn the_window_calls_commands_only_through_the_wrappers() {
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "ts" || e == "svelte") {
                out.push(path);
            }
        }
    }
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src");
    let mut files = Vec::new();
    walk(&ui, &mut files);
    assert!(files.len() > 40, "ui/src was not read as expected");
    let by_hand: Vec<String> = files
        .iter()
        .filter(|p| !p.ends_with("lib/ipc/call.ts") && !p.ends_with("lib/ipc/commands.ts"))
        .filter(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            text.contains("invoke(") || text.contains("invoke<") || text.contains("call<") || text.contains("call('")
        })
        .map(|p| p.strip_prefix(&ui).unwrap().display().to_string())
        .collect();
    assert!(by_hand.is_empty(), "these files call commands by hand instead of through ui/src/lib/ipc/commands.ts: {by_hand:?}");
}
