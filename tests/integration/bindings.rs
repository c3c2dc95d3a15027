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
