//! A desk removed from the team: it reads nothing new, and what it writes is refused.

use super::*;
use mobility_desk_core::platform::paths::DATABASE_FILE;
use mobility_desk_core::team::finish_join;

#[test]
fn a_removed_desk_reads_nothing_new_and_what_it_writes_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    let mut a = Store::open_dir(&dir.path().join("office")).unwrap();
    a.set_person(&person("Ana Office")).unwrap();
    a.load_demo().unwrap();
    a.share_through_folder(&shared).unwrap();
    let mut desks = Vec::new();
    for name in ["laptop", "event"] {
        let path = dir.path().join(name);
        let card = Store::open_dir(&path).unwrap().join_through_folder(&shared).unwrap();
        a.approve_from_folder(&card.desk_id).unwrap();
        assert!(finish_join(&path.join(DATABASE_FILE), None).unwrap());
        desks.push((Store::open_dir(&path).unwrap(), card.desk_id));
    }
    let (mut c, c_id) = desks.pop().unwrap();
    let (mut b, _) = desks.pop().unwrap();
    b.sync_folder().unwrap();

    // The event laptop is lost: the office removes it.
    a.remove_from_team(&c_id).unwrap();
    a.create_hub(&hub("After the loss")).unwrap();
    a.sync_folder().unwrap();
    // The laptop that stays gets the new key and reads on.
    b.sync_folder().unwrap();
    assert!(b.hub_by_key("after-the-loss-at").is_ok());
    // The removed desk cannot read what was written after: new files stay closed to it.
    let got = c.sync_folder().unwrap();
    assert!(!got.unreadable.is_empty(), "{got:?}");
    assert!(c.hub_by_key("after-the-loss-at").is_err());
    // And what it writes is refused by the others.
    c.create_hub(&hub("Written by the lost laptop")).unwrap();
    c.sync_folder().unwrap();
    let got = b.sync_folder().unwrap();
    assert!(got.received.refused.iter().any(|r| r.reason.contains("removed")), "{got:?}");
    assert!(b.hub_by_key("written-by-the-lost-laptop-at").is_err());
    assert_eq!(a.canonical_dump().unwrap(), b.canonical_dump().unwrap());
}
