//! Participants' stories in the store: added to awarded P2P and Staff Exchange grants only,
//! each field checked (the character the font lacks named), photos kept or scaled down, files
//! that are not photos refused, and a restart.

use std::io::Cursor;

use mobility_desk_core::cycle::cycles::Phase;
use mobility_desk_core::funding::grants::GrantState;
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::stories::{ConsentScope, StoryInput, MAX_PHOTOS};
use mobility_desk_core::{ErrorCode, Store};
use crate::common::{cycle_of};

/// The demo P2P cycle selected and its grants awarded; the first grant.
fn awarded(s: &mut Store) -> (i64, i64) {
    let cycle = cycle_of(s, Shape::P2p);
    s.move_cycle(cycle, Phase::Selection, "").unwrap();
    s.select(cycle, "tester").unwrap();
    s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
    s.award_grants(cycle, None, true, "tester").unwrap();
    (cycle, s.grants(cycle).unwrap()[0].id)
}

fn story() -> StoryInput {
    StoryInput {
        title: "Five days at the spinning mill".into(),
        author: "Agnieszka Wójcik".into(),
        body: "We arrived on a Monday.\r\n\r\nBy Friday we had\ta plan for a shared residency.".into(),
        consent_on: Some("2026-11-30".into()),
        consent_scope: ConsentScope::Publication,
    }
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(width, height, |x, y| image::Rgb([(x % 200) as u8, (y % 200) as u8, 120]));
    let mut out = Cursor::new(Vec::new());
    picture.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

#[test]
fn a_story_is_kept_with_its_paragraphs_and_photos() {
    let mut s = Store::open_in_memory().unwrap();
    s.load_demo().unwrap();
    let (_, grant) = awarded(&mut s);
    let added = s.add_story(grant, &story(), "tester").unwrap();
    assert_eq!(added.body, "We arrived on a Monday.\n\nBy Friday we had a plan for a shared residency.", "paragraphs kept, the tab cleaned");
    assert_eq!(added.author, "Agnieszka Wójcik");

    let with_photo = s.add_story_photo(added.id, &png(640, 480), "mill.png", "The loom room").unwrap();
    assert_eq!(with_photo.photos.len(), 1);
    let p = &with_photo.photos[0];
    assert_eq!((p.mime.as_str(), p.width, p.height, p.scaled, p.caption.as_str()), ("image/png", 640, 480, false, "The loom room"));
    let large = s.add_story_photo(added.id, &png(2400, 2400), "roof.png", "").unwrap();
    let p = &large.photos[1];
    assert_eq!((p.mime.as_str(), p.width, p.height, p.scaled), ("image/jpeg", 1600, 1600, true));
    let (mime, bytes) = s.story_photo_bytes(p.id).unwrap();
    assert_eq!(mime, "image/jpeg");
    assert!(bytes.starts_with(&[0xFF, 0xD8]));

    // At most four photos.
    for _ in 2..MAX_PHOTOS {
        s.add_story_photo(added.id, &png(100, 100), "x.png", "").unwrap();
    }
    let e = s.add_story_photo(added.id, &png(100, 100), "fifth.png", "").unwrap_err();
    assert_eq!(e.fields[0].field, "photo");
    let after = s.remove_story_photo(large.photos[1].id).unwrap();
    assert_eq!(after.photos.len(), MAX_PHOTOS - 1);

    let updated = s.update_story(added.id, &StoryInput { title: "Five days in Łódź".into(), ..story() }, "tester").unwrap();
    assert_eq!(updated.title, "Five days in Łódź");
    assert_eq!(s.grant_stories(grant).unwrap().len(), 1);
    s.delete_story(added.id).unwrap();
    assert!(s.grant_stories(grant).unwrap().is_empty());
}

#[test]
fn bad_stories_and_photos_are_refused_with_the_reason() {
    let mut s = Store::open_in_memory().unwrap();
    s.load_demo().unwrap();
    let (cycle, grant) = awarded(&mut s);
    // Each field at its field.
    let e = s.add_story(grant, &StoryInput { title: " ".into(), author: String::new(), body: "\n\n".into(), ..Default::default() }, "t").unwrap_err();
    let fields: Vec<&str> = e.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, vec!["title", "author", "body"]);
    // A character the font lacks, named with its field.
    let e = s.add_story(grant, &StoryInput { title: "Our stage 🎭".into(), ..story() }, "t").unwrap_err();
    assert_eq!(e.fields[0].field, "title");
    assert!(e.fields[0].message.contains("U+1F3AD"), "{}", e.fields[0].message);

    // Not a picture, or not one the app reads.
    let added = s.add_story(grant, &story(), "t").unwrap();
    let e = s.add_story_photo(added.id, b"GIF89a not for us", "anim.gif", "").unwrap_err();
    assert!(e.fields[0].message.contains("not a PNG or JPEG"), "{}", e.fields[0].message);
    assert!(s.story(added.id).unwrap().photos.is_empty());

    // A cancelled grant takes no story.
    s.cancel_grant(grant, "Visit called off", "t").unwrap();
    let e = s.add_story(grant, &story(), "t").unwrap_err();
    assert_eq!(e.code, ErrorCode::NotAllowed);
    assert!(e.message.contains("cancelled"), "{}", e.message);
    assert!(s.set_report_received(grant, Some(""), "t").is_err(), "nor a report");
    assert_eq!(s.grants(cycle).unwrap().iter().find(|g| g.id == grant).unwrap().state, GrantState::Cancelled);

    // Nor a Workshops grant, nor a draft.
    let workshops = cycle_of(&s, Shape::Workshops);
    s.select(workshops, "t").unwrap();
    let draft = s.grants_overview(workshops).unwrap().grants[0].id;
    let e = s.add_story(draft, &story(), "t").unwrap_err();
    assert!(e.message.contains("collects no stories"), "{}", e.message);
}

#[test]
fn stories_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.sqlite3");
    let (grant, photo) = {
        let mut s = Store::open(&path).unwrap();
        s.load_demo().unwrap();
        let (_, grant) = awarded(&mut s);
        let added = s.add_story(grant, &story(), "t").unwrap();
        let with = s.add_story_photo(added.id, &png(300, 200), "a.png", "").unwrap();
        (grant, with.photos[0].id)
    };
    let s = Store::open(&path).unwrap();
    let stories = s.grant_stories(grant).unwrap();
    assert_eq!(stories[0].title, "Five days at the spinning mill");
    assert_eq!(s.story_photo_bytes(photo).unwrap().1, png(300, 200));
}

#[test]
fn the_publication_gathers_every_story_with_contents_and_photos() {
    let mut s = Store::open_in_memory().unwrap();
    s.load_demo().unwrap();
    let cycle = cycle_of(&s, Shape::P2p);
    s.move_cycle(cycle, Phase::Selection, "").unwrap();
    s.select(cycle, "tester").unwrap();
    s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
    s.award_grants(cycle, None, true, "tester").unwrap();
    let e = s.publication_pdf(cycle, None).unwrap_err();
    assert!(e.message.contains("no story yet"), "{}", e.message);

    let grants = s.grants(cycle).unwrap();
    let visiting = grants.iter().find(|g| g.host_name.is_some() && g.role == mobility_desk_core::intake::applications::Role::Visiting).unwrap();
    let first = s.add_story(visiting.id, &story(), "t").unwrap();
    s.add_story_photo(first.id, &png(1200, 800), "mill.png", "The loom room at dawn").unwrap();
    let second = StoryInput { title: "Ένα καλοκαίρι στο εργαστήρι".into(), author: "Νίκος Παππάς".into(), body: "Γράψαμε μαζί ένα σχέδιο.".into(), ..story() };
    let other = grants.iter().find(|g| g.id != visiting.id && g.host_name.is_some()).unwrap();
    s.add_story(other.id, &second, "t").unwrap();
    // A story whose participant gave no consent is kept, and left out of the publication.
    let unconsented = StoryInput { title: "Notes nobody agreed to print".into(), consent_on: None, consent_scope: ConsentScope::None, ..story() };
    s.add_story(other.id, &unconsented, "t").unwrap();

    let pdf = s.publication_pdf(cycle, Some("en")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("publication.pdf");
    std::fs::write(&file, &pdf).unwrap();
    let Ok(out) = std::process::Command::new("pdftotext").arg(&file).arg("-").output() else {
        if cfg!(target_os = "linux") {
            panic!("pdftotext (poppler-utils) is needed");
        }
        return;
    };
    let text = String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    for needle in ["P2P Learning 2027: the participants' stories", "2 stories", "Contents", "Five days at the spinning mill", "By Agnieszka Wójcik", "The loom room at dawn", "Ένα καλοκαίρι στο εργαστήρι", "By Νίκος Παππάς", &visiting.hub_name, visiting.host_name.as_deref().unwrap()] {
        assert!(text.contains(needle), "{needle} missing from {text}");
    }
    assert!(!text.contains("Notes nobody agreed to print"), "{text}");
    let qpdf = std::process::Command::new("qpdf").arg("--check").arg(&file).output().unwrap();
    assert!(qpdf.status.success(), "{}", String::from_utf8_lossy(&qpdf.stdout));
    let images = std::process::Command::new("pdfimages").arg("-list").arg(&file).output().unwrap();
    assert!(String::from_utf8_lossy(&images.stdout).lines().count() >= 3, "one picture embedded: {}", String::from_utf8_lossy(&images.stdout));
    // French.
    let fr = s.publication_pdf(cycle, Some("fr")).unwrap();
    std::fs::write(&file, &fr).unwrap();
    let out = std::process::Command::new("pdftotext").arg(&file).arg("-").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("Sommaire") && text.contains("les récits des participants") && text.contains("Par Agnieszka Wójcik"), "{text}");
}

#[test]
fn a_story_records_the_participant_s_consent_and_without_it_is_not_published() {
    let mut s = Store::open_in_memory().unwrap();
    s.load_demo().unwrap();
    let (cycle, grant) = awarded(&mut s);
    // A day without what it covers, what it covers without a day, a day to come, not a day.
    let fields = |s: &mut Store, input: StoryInput| s.add_story(grant, &input, "t").unwrap_err().fields.into_iter().map(|f| f.field).collect::<Vec<_>>();
    assert_eq!(fields(&mut s, StoryInput { consent_scope: ConsentScope::None, ..story() }), ["consent_scope"]);
    assert_eq!(fields(&mut s, StoryInput { consent_on: None, ..story() }), ["consent_on"]);
    assert_eq!(fields(&mut s, StoryInput { consent_on: Some("2999-01-01".into()), ..story() }), ["consent_on"]);
    assert_eq!(fields(&mut s, StoryInput { consent_on: Some("30/11/2026".into()), ..story() }), ["consent_on"]);

    // Kept without consent: the publication refuses, saying why.
    let kept = s.add_story(grant, &StoryInput { consent_on: None, consent_scope: ConsentScope::None, ..story() }, "t").unwrap();
    assert_eq!((kept.consent_on.as_deref(), kept.consent_scope), (None, ConsentScope::None));
    let e = s.publication_pdf(cycle, None).unwrap_err();
    assert!(e.message.contains("has no consent to publication"), "{}", e.message);
    // Recorded later: published.
    let given = s.update_story(kept.id, &StoryInput { consent_on: Some("2026-12-01".into()), consent_scope: ConsentScope::PublicationAndOnline, ..story() }, "t").unwrap();
    assert_eq!((given.consent_on.as_deref(), given.consent_scope), (Some("2026-12-01"), ConsentScope::PublicationAndOnline));
    assert!(s.publication_pdf(cycle, None).is_ok());

    // A form read before the consent was withdrawn elsewhere cannot put it back unseen.
    let read_at = given.version;
    s.update_story(kept.id, &StoryInput { consent_on: None, consent_scope: ConsentScope::None, ..story() }, "Ben").unwrap();
    let stale = StoryInput { consent_on: Some("2026-12-01".into()), consent_scope: ConsentScope::PublicationAndOnline, ..story() };
    let e = s.update_story_at(kept.id, &stale, "Ana", Some(read_at)).unwrap_err();
    assert_eq!(e.code, mobility_desk_core::ErrorCode::Conflict);
    assert_eq!(e.fields.iter().map(|f| f.field.as_str()).collect::<Vec<_>>(), ["consent_on", "consent_scope"]);
}
