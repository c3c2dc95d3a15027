//! Protection at rest: an encrypted file gives nothing away and reads the same once decrypted,
//! passphrases replaced, and a plain backup restored over a protected file.

use mobility_desk_core::registry::hubs::HubQuery;
use mobility_desk_core::platform::store::latest_schema_version;
use mobility_desk_core::platform::paths;
use mobility_desk_core::{ErrorCode, Store};

use super::{demo_file_with_a_backup, fields_of, sha, side_files};

fn protect_request(current: Option<&str>, new: Option<&str>) -> mobility_desk_core::platform::protection::ProtectionRequest {
    mobility_desk_core::platform::protection::ProtectionRequest { current: current.map(Into::into), new: new.map(Into::into), repeat: new.map(Into::into) }
}

fn digest_of(path: &std::path::Path, key: Option<&str>) -> [u8; 32] {
    let conn = rusqlite::Connection::open(path).unwrap();
    if let Some(key) = key {
        conn.pragma_update(None, "key", key).unwrap();
    }
    mobility_desk_core::platform::protection::digest(&conn).unwrap()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_protected_file_gives_nothing_away_and_reads_the_same_once_the_protection_is_removed() {
    use mobility_desk_core::platform::protection::{self, Passphrase, ProtectionChange};
    const KEY: &str = "seven lanterns over Tallinn";
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file_with_a_backup(dir.path());
    let hubs_before = Store::open_dir(dir.path()).unwrap().list_hubs(&HubQuery::default()).unwrap();
    let contact = hubs_before.rows.iter().map(|h| h.contact_email.clone()).find(|e| !e.is_empty()).unwrap();
    let plain_digest = digest_of(&path, None);
    // A copy of a letter written for the PDF viewer.
    let copies = dir.path().join(paths::LETTER_COPIES_DIR).join("previews");
    std::fs::create_dir_all(&copies).unwrap();
    std::fs::write(copies.join("preview-grant-1.pdf"), b"%PDF-1.7 a letter").unwrap();
    assert!(contains(&std::fs::read(&path).unwrap(), contact.as_bytes()), "the plain file holds the contact's address");

    let (from, to) = protection::plan(None, &protect_request(None, Some(KEY))).unwrap();
    let change = protection::convert(&path, from.as_ref(), to.as_ref()).unwrap();
    assert_eq!(change, ProtectionChange { protected: true, backups_converted: 1, backups_left: vec![], copies_removed: 1 });
    let backup = mobility_desk_core::platform::backups::newest(&path).unwrap();
    for file in [path.clone(), backup.path.clone().into()] {
        let bytes = std::fs::read(&file).unwrap();
        assert!(!bytes.starts_with(b"SQLite format 3"), "{} is not plain SQLite", file.display());
        assert!(!contains(&bytes, contact.as_bytes()) && !contains(&bytes, b"CREATE TABLE"), "{} gives nothing away", file.display());
        assert!(protection::is_protected_file(&file));
    }
    assert!(!copies.join("preview-grant-1.pdf").exists(), "no plain copy of a letter is left");

    // Without the passphrase, or with a wrong one: refused, untouched.
    let before = sha(&path);
    let err = Store::open_dir(dir.path()).unwrap_err();
    assert_eq!(err.code, ErrorCode::Locked, "{}", err.message);
    assert!(err.message.contains("protected by a passphrase"), "{}", err.message);
    let wrong = Passphrase::new("seven lanterns over Tartu").unwrap();
    let err = Store::open_dir_keyed(dir.path(), Some(&wrong)).unwrap_err();
    assert_eq!(err.code, ErrorCode::Locked, "{}", err.message);
    assert!(err.message.contains("does not open"), "{}", err.message);
    assert!(rusqlite::Connection::open(&path).unwrap().query_row("SELECT count(*) FROM hubs", [], |r| r.get::<_, i64>(0)).is_err(), "SQLite alone reads nothing");
    assert_eq!(sha(&path), before);
    assert_eq!(side_files(&path), [false, false]);

    // With it: every hub as it was; a backup taken now is protected as well.
    let key = Passphrase::new(KEY).unwrap();
    let store = Store::open_dir_keyed(dir.path(), Some(&key)).unwrap();
    assert!(store.is_protected());
    assert_eq!(store.list_hubs(&HubQuery::default()).unwrap(), hubs_before);
    let taken = store.back_up_now().unwrap();
    assert!(protection::is_protected_file(std::path::Path::new(&taken.path)));
    assert!(!contains(&std::fs::read(&taken.path).unwrap(), contact.as_bytes()));
    drop(store);
    assert_eq!(digest_of(&path, Some(KEY)), plain_digest, "the same rows, encrypted");

    // A wrong current passphrase changes nothing; the right one removes the protection.
    let err = protection::plan(Some(&key), &protect_request(Some("seven lanterns"), None)).unwrap_err();
    assert_eq!(fields_of(err), ["current"]);
    let (from, to) = protection::plan(Some(&key), &protect_request(Some(KEY), None)).unwrap();
    let change = protection::convert(&path, from.as_ref(), to.as_ref()).unwrap();
    assert_eq!((change.protected, change.backups_converted, change.backups_left.len()), (false, 2, 0));
    assert!(std::fs::read(&path).unwrap().starts_with(b"SQLite format 3\0"));
    assert_eq!(digest_of(&path, None), plain_digest, "identical in content after decrypting");
    for b in mobility_desk_core::platform::backups::list(&path) {
        assert_eq!(digest_of(std::path::Path::new(&b.path), None), plain_digest, "{} decrypted too", b.name);
    }
    let store = Store::open_dir(dir.path()).unwrap();
    assert!(!store.is_protected());
    assert_eq!(store.list_hubs(&HubQuery::default()).unwrap(), hubs_before);
}

#[test]
fn a_protected_file_cannot_be_converted_while_in_use_and_a_new_passphrase_replaces_the_old() {
    use mobility_desk_core::platform::protection::{self, Passphrase};
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file_with_a_backup(dir.path());
    let first = Passphrase::new("first passphrase of the desk").unwrap();
    let open = Store::open_dir(dir.path()).unwrap();
    let err = protection::convert(&path, None, Some(&first)).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed, "{}", err.message);
    assert!(err.message.contains("in use"), "{}", err.message);
    drop(open);
    assert!(!protection::is_protected_file(&path), "a refused conversion leaves the file plain");

    protection::convert(&path, None, Some(&first)).unwrap();
    let (from, to) = protection::plan(Some(&first), &protect_request(Some("first passphrase of the desk"), Some("second passphrase of the desk"))).unwrap();
    let change = protection::convert(&path, from.as_ref(), to.as_ref()).unwrap();
    assert_eq!((change.protected, change.backups_converted), (true, 1));
    assert_eq!(Store::open_dir_keyed(dir.path(), Some(&first)).unwrap_err().code, ErrorCode::Locked);
    let second = Passphrase::new("second passphrase of the desk").unwrap();
    assert_eq!(Store::open_dir_keyed(dir.path(), Some(&second)).unwrap().hub_count().unwrap(), 44);
    // The backup opens with the new passphrase only.
    let backup = mobility_desk_core::platform::backups::newest(&path).unwrap();
    assert_eq!(digest_of(std::path::Path::new(&backup.path), Some("second passphrase of the desk")), digest_of(&path, Some("second passphrase of the desk")));
}

#[test]
fn a_plain_backup_restored_over_a_protected_file_is_protected_as_it_is_put_in_place() {
    use mobility_desk_core::platform::protection::{self, Passphrase};
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file_with_a_backup(dir.path());
    let plain = dir.path().join("plain-copy.sqlite3");
    std::fs::copy(&path, &plain).unwrap();
    let key = Passphrase::new("a passphrase for the restore").unwrap();
    protection::convert(&path, None, Some(&key)).unwrap();
    // A plain copy put among the backups by hand (or one left from before).
    let name = format!("mobility-desk-v{}-20260101T000000Z.sqlite3", latest_schema_version());
    std::fs::copy(&plain, dir.path().join("backups").join(&name)).unwrap();

    let err = mobility_desk_core::platform::backups::restore(&path, &name, None).unwrap_err();
    assert_eq!(err.code, ErrorCode::Locked, "a protected file is not replaced without its passphrase: {}", err.message);
    mobility_desk_core::platform::backups::restore(&path, &name, Some(&key)).unwrap();
    assert!(protection::is_protected_file(&path), "the restored file is protected");
    assert_eq!(digest_of(&path, Some("a passphrase for the restore")), digest_of(&plain, None));
    let store = Store::open_dir_keyed(dir.path(), Some(&key)).unwrap();
    assert_eq!(store.hub_count().unwrap(), 44);
    drop(store);
    // The file it replaced was set aside, protected as it was.
    let aside = std::fs::read_dir(dir.path().join("backups/set-aside")).unwrap().flatten().map(|e| e.path()).find(|p| p.extension().is_some_and(|e| e == "sqlite3")).unwrap();
    assert!(protection::is_protected_file(&aside));
}
