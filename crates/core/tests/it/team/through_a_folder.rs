//! Desks of a team that carry their log through a shared folder: a desk joining, a cut file and
//! a missing folder, and a clash of payments waiting in both inboxes.

use super::*;
use mobility_desk_core::platform::paths::DATABASE_FILE;
use mobility_desk_core::funding::payments::{PaymentInput, PaymentState};
use mobility_desk_core::team::{finish_join, finish_join_with, JoinStage};
use std::path::Path;

fn office(dir: &Path) -> Store {
    let mut a = Store::open_dir(&dir.join("office")).unwrap();
    a.set_person(&person("Ana Office")).unwrap();
    a.load_demo().unwrap();
    a
}

/// A shares, B asks to join and is approved on A, and starts from A's snapshot.
pub(crate) fn two_desks(dir: &Path) -> (Store, Store) {
    let shared = dir.join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    let mut a = office(dir);
    let status = a.share_through_folder(&shared).unwrap();
    assert_eq!(status.state, "member");
    let laptop = dir.join("laptop");
    let card = {
        let mut b = Store::open_dir(&laptop).unwrap();
        b.set_person(&person("Ben Laptop")).unwrap();
        b.join_through_folder(&shared).unwrap()
    };
    // Not approved yet: nothing to read.
    assert!(!finish_join(&laptop.join(DATABASE_FILE), None).unwrap());
    let requests = a.team_status().unwrap().requests;
    assert_eq!(requests.len(), 1);
    assert_eq!((requests[0].fingerprint.as_str(), requests[0].person_name.as_str()), (card.fingerprint.as_str(), "Ben Laptop"));
    assert_eq!(a.approve_from_folder(&card.desk_id).unwrap(), 1);
    // The join tells each step: the snapshot read, written, and what came after applied.
    let mut steps = Vec::new();
    assert!(finish_join_with(&laptop.join(DATABASE_FILE), None, &mut |p| steps.push(p)).unwrap());
    let stages: Vec<JoinStage> = steps.iter().map(|p| p.stage).collect();
    assert_eq!(stages.first(), Some(&JoinStage::Reading), "{steps:?}");
    assert!(stages.windows(2).all(|w| w[0] as u8 <= w[1] as u8), "in order: {steps:?}");
    let read = steps.iter().rfind(|p| p.stage == JoinStage::Reading).unwrap();
    assert!(read.total > 100_000 && read.done == read.total, "{read:?}");
    let applied = steps.iter().rfind(|p| p.stage == JoinStage::Applying).unwrap();
    assert!(applied.done <= applied.total, "{applied:?}");
    let b = Store::open_dir(&laptop).unwrap();
    (a, b)
}

#[test]
fn a_desk_joins_through_the_folder_and_their_work_meets() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, mut b) = two_desks(dir.path());
    assert_eq!(b.hub_count().unwrap(), 44, "the newcomer holds the team's data");
    let status = b.team_status().unwrap();
    assert_eq!(status.state, "member");
    assert_eq!(status.desks.len(), 2);
    assert_eq!(b.person().unwrap().name, "Ben Laptop", "the newcomer keeps who it is");

    let h = b.create_hub(&hub("Made on the laptop")).unwrap();
    assert_eq!(h.id % 100, 1);
    let sent = b.sync_folder().unwrap();
    assert!(sent.sent >= 1, "{sent:?}");
    let got = a.sync_folder().unwrap();
    assert_eq!(got.from, vec![("Ben Laptop".to_string(), got.received.applied)]);
    assert_eq!(a.hub(h.id).unwrap().name, "Made on the laptop");
    assert_eq!(a.canonical_dump().unwrap(), b.canonical_dump().unwrap());
    assert!(a.audit_verify().unwrap().ok);
    assert_eq!(a.audit_verify().unwrap().desks.len(), 2);

    // Nothing in the folder reads as plain text: names, e-mails and notes are encrypted.
    for file in walk(&dir.path().join("shared")) {
        if file.extension().is_some_and(|e| e == "age") {
            let bytes = std::fs::read(&file).unwrap();
            let holds = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
            assert!(!holds(b"Made on the laptop"), "{}", file.display());
            assert!(!holds(b"kypseli.example"), "{}", file.display());
        }
    }
}

#[test]
fn a_missing_folder_and_a_cut_file_are_told_and_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, mut b) = two_desks(dir.path());
    b.create_hub(&hub("Offline work")).unwrap();
    b.sync_folder().unwrap();

    // A segment cut short by a sync tool still uploading it: read at a later sync.
    let segments: Vec<_> = walk(&dir.path().join("shared")).into_iter().filter(|p| p.to_string_lossy().contains("/log/") && !p.to_string_lossy().contains(&a.desk_status().unwrap().desk_id)).collect();
    let last = segments.iter().max().unwrap().clone();
    let whole = std::fs::read(&last).unwrap();
    std::fs::write(&last, &whole[..whole.len() / 2]).unwrap();
    let got = a.sync_folder().unwrap();
    assert_eq!(got.unreadable.len(), 1, "{got:?}");
    assert!(a.hub_by_key("offline-work-at").is_err());
    std::fs::write(&last, &whole).unwrap();
    a.sync_folder().unwrap();
    assert_eq!(a.hub_by_key("offline-work-at").unwrap().name, "Offline work");

    // The folder gone (a USB stick pulled): an error that says so; the desk keeps working.
    std::fs::rename(dir.path().join("shared"), dir.path().join("elsewhere")).unwrap();
    b.create_hub(&hub("Still working")).unwrap();
    let e = b.sync_folder().unwrap_err();
    assert_eq!(e.code, ErrorCode::Io);
    assert!(e.message.contains("is not there"), "{}", e.message);
    std::fs::rename(dir.path().join("elsewhere"), dir.path().join("shared")).unwrap();
    assert!(b.sync_folder().unwrap().sent >= 1);
    a.sync_folder().unwrap();
    assert!(a.hub_by_key("still-working-at").is_ok());
}

#[test]
fn both_desks_pay_one_instalment_offline_and_the_clash_waits_in_both_inboxes() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, mut b) = two_desks(dir.path());
    use mobility_desk_core::cycle::cycles::{CycleQuery, Phase};
    use mobility_desk_core::cycle::programmes::Shape;
    let cycle = a.cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == Shape::P2p).unwrap().id;
    a.move_cycle(cycle, Phase::Selection, "").unwrap();
    a.select(cycle, "Ana Office").unwrap();
    a.advance_cycle(cycle, Phase::Awarded, "Ana Office").unwrap();
    a.award_grants(cycle, None, true, "Ana Office").unwrap();
    a.sync_folder().unwrap();
    b.sync_folder().unwrap();
    let grant = b.grants(cycle).unwrap()[0].id;
    let first = b.grant_payments(grant).unwrap().payments[0].id;
    a.mark_paid(first, &PaymentInput { paid_on: None, reference: "A-1".into() }, "Ana Office").unwrap();
    b.mark_paid(first, &PaymentInput { paid_on: None, reference: "B-1".into() }, "Ben Laptop").unwrap();
    a.sync_folder().unwrap();
    b.sync_folder().unwrap();
    a.sync_folder().unwrap();
    assert_eq!(a.clash_subjects().unwrap(), vec![format!("grant:{grant}")]);
    assert_eq!(b.clash_subjects().unwrap(), a.clash_subjects().unwrap());
    let finance = a.finance_csv(&[cycle], Some("en")).unwrap();
    let text = String::from_utf8(finance).unwrap();
    assert_eq!(text.matches(",A-1,").count() + text.matches(",B-1,").count(), 1, "paid once in the finance export: {text}");
    assert_eq!(a.grant_payments(grant).unwrap().payments.iter().filter(|p| p.state == PaymentState::Paid).count(), 1);
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.path().is_dir() {
            out.extend(walk(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out
}
