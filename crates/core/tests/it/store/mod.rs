//! Core integration tests: store, validation rules and every CSV case of the hubs registry.
//!
//! The parts: opening the data file, backups and restores, protection at rest, upgrades from
//! every data version, stale saves, hubs and settings checked at the field, and the hubs' CSV.

mod accounts;
mod backups;
mod hubs;
mod hubs_csv;
mod opening;
mod protection;
mod stale;
mod upgrades;

use mobility_desk_core::registry::hubs::{HubInput, Maturity, Membership};
use mobility_desk_core::platform::paths;
use mobility_desk_core::{ErrorCode, Store};

fn input() -> HubInput {
    HubInput {
        key: String::new(),
        name: "Kulturfabrik Süd".into(),
        city: "Graz".into(),
        country: "AT".into(),
        latitude: None,
        longitude: None,
        maturity: Maturity::Established,
        membership: Membership::Regular,
        sectors: vec!["music".into()],
        languages: vec!["de".into(), "en".into()],
        contact_name: "Jana Huber".into(),
        contact_email: "jana@kfs.example".into(),
        website: "https://kfs.example/".into(),
        available_for_mobility: true,
        alliance_member: true,
        member_since: Some(2016),
        notes: String::new(),
        archived: None,
        expected_version: None,
    }
}

fn fields_of(err: mobility_desk_core::Error) -> Vec<String> {
    assert_eq!(err.code, ErrorCode::Validation, "{err:?}");
    err.fields.into_iter().map(|f| f.field).collect()
}

fn sha(path: &std::path::Path) -> Vec<u8> {
    use sha2::Digest;
    sha2::Sha256::digest(std::fs::read(path).unwrap()).to_vec()
}

fn side_files(path: &std::path::Path) -> Vec<bool> {
    ["-wal", "-shm"].iter().map(|s| std::path::PathBuf::from(format!("{}{s}", path.display())).exists()).collect()
}

/// A demo data file, closed cleanly, with one backup taken.
fn demo_file_with_a_backup(dir: &std::path::Path) -> std::path::PathBuf {
    let mut store = Store::open_dir(dir).unwrap();
    store.load_demo().unwrap();
    store.back_up_now().unwrap();
    drop(store);
    dir.join(paths::DATABASE_FILE)
}
