use std::path::Path;

/// The UI's TypeScript types are generated from the Rust types; this fails when they drift.
#[test]
fn bindings_are_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/bindings.ts");
    let fresh = mobility_desk_app::typescript_bindings();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &fresh).expect("write bindings.ts");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default().replace("\r\n", "\n");
    assert!(
        committed == fresh,
        "ui/src/lib/bindings.ts is out of date with the Rust types: run `UPDATE_BINDINGS=1 cargo test --test integration bindings`"
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

/// Every command `ui/src/lib/api.ts` calls exists in the shell, and every command of the shell
/// is called by it: a renamed or removed command fails here, not in the user's window.
#[test]
fn the_ui_calls_exactly_the_commands_the_shell_has() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/api.ts");
    let api = std::fs::read_to_string(&path).expect("read api.ts");
    let mut called: Vec<String> = Vec::new();
    for (i, _) in api.match_indices("call") {
        let rest = &api[i + 4..];
        // call('name' …) or call<Type>('name' …)
        let rest = if rest.starts_with('<') {
            match rest.find(">(") {
                Some(end) => &rest[end + 1..],
                None => continue,
            }
        } else {
            rest
        };
        let Some(rest) = rest.strip_prefix("('") else { continue };
        let Some(end) = rest.find('\'') else { continue };
        called.push(rest[..end].to_string());
    }
    called.sort();
    called.dedup();
    assert!(called.len() > 50, "api.ts was not read as expected: {called:?}");
    let shell: Vec<&str> = mobility_desk_app::commands::COMMANDS.to_vec();
    let unknown: Vec<&String> = called.iter().filter(|c| !shell.contains(&c.as_str())).collect();
    assert!(unknown.is_empty(), "api.ts calls commands the shell does not have: {unknown:?}");
    let unused: Vec<&&str> = shell.iter().filter(|c| !called.iter().any(|n| n == *c)).collect();
    assert!(unused.is_empty(), "commands no wrapper of api.ts calls: {unused:?}");
}
