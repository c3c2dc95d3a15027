//! Bad input between desks: a clock a year ahead, entries and snapshots of a newer version, a
//! folder this desk may not write to, forged or doubled requests, and an old single-desk file.

use super::*;
use mobility_desk_core::platform::paths::DATABASE_FILE;
use mobility_desk_core::team::{finish_join, seal_as_if_for_tests, JoinCard};
use std::path::Path;

fn shared_pair(dir: &Path) -> (Store, Store, String) {
    let shared = dir.join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    let mut a = Store::open_dir(&dir.join("office")).unwrap();
    a.set_person(&person("Ana Office")).unwrap();
    a.load_demo().unwrap();
    a.share_through_folder(&shared).unwrap();
    let laptop = dir.join("laptop");
    let card = {
        let mut b = Store::open_dir(&laptop).unwrap();
        b.set_person(&person("Ben Laptop")).unwrap();
        b.join_through_folder(&shared).unwrap()
    };
    a.approve_from_folder(&card.desk_id).unwrap();
    assert!(finish_join(&laptop.join(DATABASE_FILE), None).unwrap());
    (a, Store::open_dir(&laptop).unwrap(), card.desk_id)
}

#[test]
fn a_desk_whose_clock_is_a_year_ahead_is_named_and_its_change_still_applies() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, mut b, laptop) = shared_pair(dir.path());
    seal_as_if_for_tests(365 * 86_400_000, None);
    b.create_hub(&hub("From the future")).unwrap();
    b.sync_folder().unwrap();
    seal_as_if_for_tests(0, None);
    let got = a.sync_folder().unwrap();
    assert_eq!(got.received.applied, 1);
    assert_eq!(got.received.clocks_ahead.len(), 1, "{got:?}");
    assert_eq!(got.received.clocks_ahead[0].0, laptop);
    assert!(got.received.clocks_ahead[0].1 >= 364, "{got:?}");
    // A change made afterwards on the office is still later than what it saw.
    let id = a.hub_by_key("from-the-future-at").unwrap().id;
    let mut input = HubInput::from(&a.hub(id).unwrap());
    input.archived = None;
    input.expected_version = None;
    input.notes = "Seen after".into();
    a.update_hub(id, &input).unwrap();
    a.sync_folder().unwrap();
    b.sync_folder().unwrap();
    assert_eq!(b.hub(id).unwrap().notes, "Seen after");
}

#[test]
fn an_entry_of_a_newer_version_waits_and_says_to_update() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, mut b, _) = shared_pair(dir.path());
    seal_as_if_for_tests(0, Some(999));
    b.create_hub(&hub("From a newer app")).unwrap();
    b.sync_folder().unwrap();
    seal_as_if_for_tests(0, None);
    let got = a.sync_folder().unwrap();
    assert_eq!((got.received.applied, got.received.waiting), (0, 1), "{got:?}");
    let status = a.team_status().unwrap();
    assert_eq!(status.waiting_reasons, ["update Mobility Desk to read 1 change from Ben Laptop (written by a newer version of Mobility Desk, data version 999)"]);
    assert!(a.hub_by_key("from-a-newer-app-at").is_err());
}

#[test]
fn a_snapshot_of_a_newer_version_is_not_joined_and_says_to_update() {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    let mut a = Store::open_dir(&dir.path().join("office")).unwrap();
    a.load_demo().unwrap();
    seal_as_if_for_tests(0, Some(999));
    a.share_through_folder(&shared).unwrap();
    let laptop = dir.path().join("laptop");
    let card = Store::open_dir(&laptop).unwrap().join_through_folder(&shared).unwrap();
    a.approve_from_folder(&card.desk_id).unwrap();
    seal_as_if_for_tests(0, None);
    let e = finish_join(&laptop.join(DATABASE_FILE), None).unwrap_err();
    assert_eq!(e.code, ErrorCode::NewerSchema);
    assert!(e.message.contains("update Mobility Desk to join"), "{}", e.message);
    // Nothing was taken: the laptop still waits, empty.
    let b = Store::open_dir(&laptop).unwrap();
    assert_eq!((b.team_status().unwrap().state.as_str(), b.hub_count().unwrap()), ("pending", 0));
}

#[test]
fn a_folder_this_desk_may_not_write_to_is_told_and_the_change_waits() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, mut b, laptop) = shared_pair(dir.path());
    b.create_hub(&hub("Made meanwhile")).unwrap();
    // The desk's place in the folder cannot be written: read-only for a user; as root, which
    // permissions do not stop, a file stands where its log folder should be.
    let log = dir.path().join("shared").join("desks").join(&laptop).join("log");
    let kept = log.exists();
    if kept {
        std::fs::rename(&log, log.with_extension("kept")).unwrap();
    }
    std::fs::write(&log, b"not a folder").unwrap();
    let e = b.sync_folder().unwrap_err();
    assert_eq!(e.code, ErrorCode::Io);
    assert!(e.message.contains("may write to it"), "{}", e.message);
    assert!(b.team_status().unwrap().outgoing >= 1, "the change waits to go out");
    assert_eq!(b.hub_by_key("made-meanwhile-at").unwrap().name, "Made meanwhile", "nothing lost");
    std::fs::remove_file(&log).unwrap();
    if kept {
        std::fs::rename(log.with_extension("kept"), &log).unwrap();
    }
    assert!(b.sync_folder().unwrap().sent >= 1);
    a.sync_folder().unwrap();
    assert_eq!(a.hub_by_key("made-meanwhile-at").unwrap().name, "Made meanwhile");
}

#[test]
fn a_protected_desk_joins_a_protected_office_and_stays_protected() {
    use mobility_desk_core::platform::protection::{convert, is_protected_file, Passphrase};
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    // The office's file is protected too: its snapshot is read from a protected file.
    let office = dir.path().join("office");
    Store::open_dir(&office).unwrap().load_demo().unwrap();
    let office_key = Passphrase::new("the office's own passphrase").unwrap();
    convert(&office.join(DATABASE_FILE), None, Some(&office_key)).unwrap();
    let mut a = Store::open_dir_keyed(&office, Some(&office_key)).unwrap();
    a.share_through_folder(&shared).unwrap();
    let laptop = dir.path().join("laptop");
    let file = laptop.join(DATABASE_FILE);
    drop(Store::open_dir(&laptop).unwrap());
    let key = Passphrase::new("correct horse battery").unwrap();
    convert(&file, None, Some(&key)).unwrap();
    let card = Store::open_dir_keyed(&laptop, Some(&key)).unwrap().join_through_folder(&shared).unwrap();
    a.approve_from_folder(&card.desk_id).unwrap();
    assert!(finish_join(&file, Some(&key)).unwrap());
    assert!(is_protected_file(&file), "the team's data is put in place protected");
    let bytes = std::fs::read(&file).unwrap();
    assert!(!bytes.windows(b"kypseli.example".len()).any(|w| w == b"kypseli.example"));
    assert!(Store::open_dir(&laptop).is_err(), "not without the passphrase");
    let b = Store::open_dir_keyed(&laptop, Some(&key)).unwrap();
    assert_eq!((b.team_status().unwrap().state.as_str(), b.hub_count().unwrap()), ("member", 44));
}

#[test]
fn two_desks_claiming_one_id_and_a_forged_request_are_not_approved() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, b, laptop) = shared_pair(dir.path());
    // Another key claiming the laptop's id.
    let other = Store::open_in_memory().unwrap().join_card().unwrap();
    let claim = JoinCard { desk_id: laptop.clone(), ..other.clone() };
    let e = a.approve_desk(&claim).unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    assert!(e.message.contains("its key belongs to another desk"), "{}", e.message);
    // The laptop's own card again: already in the team.
    let e = a.approve_desk(&b.join_card().unwrap()).unwrap_err();
    assert!(e.message.contains("in the team already"), "{}", e.message);
    // A desk cannot remove itself.
    let own = a.desk_status().unwrap().desk_id;
    assert_eq!(a.remove_desk(&own).unwrap_err().code, ErrorCode::NotAllowed);
}

#[test]
fn a_single_desk_file_from_an_earlier_version_starts_a_team_with_every_letter_intact() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema/v20.sql");
    let office = dir.path().join("office");
    std::fs::create_dir_all(&office).unwrap();
    let file = office.join(DATABASE_FILE);
    mobility_desk_core::testing::load_sql(&file, &std::fs::read_to_string(fixture).unwrap()).unwrap();
    let letters_before: Vec<(i64, String, Vec<u8>)> = {
        let conn = rusqlite::Connection::open(&file).unwrap();
        let mut stmt = conn.prepare("SELECT id, reference, pdf FROM letters ORDER BY id").unwrap();
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().collect::<rusqlite::Result<Vec<_>>>().unwrap();
        rows
    };
    assert!(!letters_before.is_empty(), "the fixture holds an issued letter");
    let shared = dir.path().join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    let mut a = Store::open_dir(&office).unwrap();
    let dump_before = a.canonical_dump().unwrap();
    a.share_through_folder(&shared).unwrap();
    assert_eq!(a.canonical_dump().unwrap()["letters"], dump_before["letters"], "starting a team changes no letter");
    let laptop = dir.path().join("laptop");
    let card = Store::open_dir(&laptop).unwrap().join_through_folder(&shared).unwrap();
    a.approve_from_folder(&card.desk_id).unwrap();
    assert!(finish_join(&laptop.join(DATABASE_FILE), None).unwrap());
    drop(a);
    let conn = rusqlite::Connection::open(laptop.join(DATABASE_FILE)).unwrap();
    let mut stmt = conn.prepare("SELECT id, reference, pdf FROM letters ORDER BY id").unwrap();
    let letters_after = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().collect::<rusqlite::Result<Vec<(i64, String, Vec<u8>)>>>().unwrap();
    assert_eq!(letters_after, letters_before, "every letter, its number and its bytes, on the new desk");
}
