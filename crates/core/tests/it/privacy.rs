//! What the network holds on a person (issue 21): the register of personal data, and a
//! person's access export holding every field the register lists for their records and nothing
//! about anyone else, as JSON and as a PDF.

use mobility_desk_core::cycle::cycles::Phase;
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::intake::reviewers::ReviewerInput;
use mobility_desk_core::privacy::{register, DataKind, Subject};
use mobility_desk_core::registry::accounts::{AccountInput, AccountOwner};
use mobility_desk_core::stories::{ConsentScope, StoryInput};
use mobility_desk_core::{ErrorCode, Store};

use crate::common::{cycle_of, demo};

fn reviewer(name: &str, email: &str) -> ReviewerInput {
    ReviewerInput { name: name.into(), email: email.into(), hub_id: None, country: "BE".into(), languages: vec!["en".into()] }
}

/// A small PNG of noise: its bytes are found nowhere else.
pub(crate) fn noise_png() -> Vec<u8> {
    let mut seed = 0x2545_f491_u32;
    let picture = image::RgbImage::from_fn(48, 48, |_, _| {
        seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        let [a, b, c, _] = seed.to_le_bytes();
        image::Rgb([a, b, c])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    picture.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// The demo's Μαρία Λαμπράκη: contact of Εργαστήρι Κυψέλη and named on its P2P application,
/// here also a reviewer (under a Latin spelling, by her e-mail), the author of a story and the
/// holder of her application's account; beside her, a reviewer of the same name and another
/// e-mail, who is someone else (when `namesake`).
pub(crate) fn maria_everywhere(s: &mut Store, namesake: bool) -> Subject {
    let p2p = cycle_of(s, Shape::P2p);
    s.move_cycle(p2p, Phase::Selection, "").unwrap();
    s.select(p2p, "tester").unwrap();
    s.advance_cycle(p2p, Phase::Awarded, "tester").unwrap();
    s.award_grants(p2p, None, true, "tester").unwrap();
    let hub = s.hub_by_key("kypseli-athens").unwrap();
    let grant = s.grants(p2p).unwrap().into_iter().find(|g| g.hub_name == hub.name).unwrap();
    let story = StoryInput { title: "A week in Thessaloníki".into(), author: "Μαρία Λαμπράκη".into(), body: "We built a loom.".into(), consent_on: Some("2026-11-20".into()), consent_scope: ConsentScope::Publication };
    let story = s.add_story(grant.id, &story, "tester").unwrap();
    s.add_story_photo(story.id, &noise_png(), "maria-at-the-loom.png", "Μαρία at the loom").unwrap();
    let holder = AccountInput { holder: "Μαρία Λαμπράκη".into(), iban: "GR16 0110 1250 0000 0001 2300 695".into(), bic: String::new(), expected_version: None };
    s.save_bank_account(AccountOwner::application(grant.application_id), &holder).unwrap();
    let workshops = cycle_of(s, Shape::Workshops);
    s.add_reviewer(workshops, &reviewer("Maria Lambraki", "MARIA@kypseli.example")).unwrap();
    if namesake {
        s.add_reviewer(workshops, &reviewer("Μαρία Λαμπράκη", "maria.l@elsewhere.example")).unwrap();
    }
    Subject { name: "Μαρία Λαμπράκη".into(), email: "maria@kypseli.example".into() }
}

#[test]
fn the_register_names_every_personal_column_and_each_exists() {
    let s = Store::open_in_memory().unwrap();
    let entries = register();
    assert!(entries.len() >= 9);
    for e in &entries {
        for column in &e.columns {
            // Each column the register names is a column of the data file.
            let sql = format!("SELECT {column} FROM {} LIMIT 0", e.table);
            assert!(mobility_desk_core::testing::query_ok_for_tests(&s, &sql), "{}.{column}", e.table);
        }
    }
}

#[test]
fn an_access_export_holds_every_registered_field_of_the_person_and_nothing_of_anyone_else() {
    let mut s = demo();
    let maria = maria_everywhere(&mut s, true);
    let export = s.access_export(&maria).unwrap();
    let kinds: Vec<DataKind> = export.records.iter().map(|r| r.kind).collect();
    for kind in [DataKind::HubContact, DataKind::Applicant, DataKind::Reviewer, DataKind::StoryAuthor, DataKind::AccountHolder] {
        assert!(kinds.contains(&kind), "{kind:?} missing: {kinds:?}");
    }
    // Every field the register lists for each record, with its value.
    let register = register();
    for record in &export.records {
        let entry = register.iter().find(|e| e.kind == record.kind).unwrap();
        assert_eq!(record.fields.keys().cloned().collect::<Vec<_>>(), { let mut c = entry.columns.clone(); c.sort(); c }, "{:?}", record.kind);
    }
    let contact = export.records.iter().find(|r| r.kind == DataKind::HubContact).unwrap();
    assert_eq!(contact.fields["contact_email"], "maria@kypseli.example");
    let account = export.records.iter().find(|r| r.kind == DataKind::AccountHolder).unwrap();
    assert_eq!(account.fields["iban"], "GR16 0110 1250 0000 0001 2300 695", "her own IBAN, in full");
    // Nothing about anyone else: not the namesake with another e-mail, not another hub's contact.
    let json = serde_json::to_string(&export).unwrap();
    assert!(!json.contains("elsewhere.example"), "the namesake is someone else");
    assert!(!json.contains("Ελένη Καραγιάννη") && !json.contains("eleni@"), "another hub's contact");
    assert_eq!(export.records.iter().filter(|r| r.kind == DataKind::Reviewer).count(), 1);

    // Found by a part of her e-mail, once, with where she appears.
    let found = s.find_people("maria@kyp").unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].kinds.contains(&DataKind::HubContact) && found[0].kinds.contains(&DataKind::Reviewer));

    // Written as JSON and as a PDF in her language's words.
    let dir = tempfile::tempdir().unwrap();
    let (json_path, pdf_path) = (dir.path().join("maria.json"), dir.path().join("maria.pdf"));
    let count = s.write_access_export(&maria, &json_path, Some((&pdf_path, Some("en")))).unwrap();
    assert_eq!(count, export.records.len());
    let read: serde_json::Value = serde_json::from_slice(&std::fs::read(&json_path).unwrap()).unwrap();
    assert_eq!(read["records"].as_array().unwrap().len(), count);
    if let Ok(out) = std::process::Command::new("pdftotext").arg(&pdf_path).arg("-").output() {
        let text = String::from_utf8_lossy(&out.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
        for needle in ["Personal data held about Μαρία Λαμπράκη", "Contact person of a hub", "hubs.contact_email", "maria@kypseli.example", "Bank account holder", "as a financial record"] {
            assert!(text.contains(needle), "{needle} missing from {text}");
        }
        assert!(!text.contains("elsewhere.example"));
        // Made at a desk without a person's name: no "by" left hanging before the count.
        assert!(!text.split(" by ").skip(1).any(|rest| rest.starts_with(|c: char| c.is_ascii_digit())), "{text}");
    }
}

#[test]
fn an_export_names_its_person_and_says_when_nothing_is_held() {
    let s = demo();
    let err = s.access_export(&Subject { name: " ".into(), email: String::new() }).unwrap_err();
    assert_eq!((err.code, err.fields[0].field.as_str()), (ErrorCode::Validation, "name"));
    let nobody = s.access_export(&Subject { name: "Nobody Known".into(), email: "nobody@example.org".into() }).unwrap();
    assert!(nobody.records.is_empty());
    assert!(s.access_export_pdf(&nobody, Some("fr")).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn retention_periods_default_are_edited_within_bounds_and_kept() {
    use mobility_desk_core::privacy::retention::RetentionPeriod;
    use mobility_desk_core::privacy::Retention;
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open_dir(dir.path()).unwrap();
    let years = |s: &Store| s.retention_periods().unwrap().iter().map(|p| (p.rule, p.years)).collect::<Vec<_>>();
    assert_eq!(years(&s), [(Retention::ContactDetails, 3), (Retention::Applications, 3), (Retention::Stories, 5), (Retention::Financial, 10)]);
    // Out of bounds, each named at its field; nothing saved.
    let err = s.save_retention_periods(&[RetentionPeriod { rule: Retention::Stories, years: 0 }, RetentionPeriod { rule: Retention::Financial, years: 31 }]).unwrap_err();
    assert_eq!((err.code, err.fields.iter().map(|f| f.field.as_str()).collect::<Vec<_>>()), (ErrorCode::Validation, vec!["years.stories", "years.financial"]));
    assert!(err.fields[1].message.contains("1 to 30 years"), "{}", err.fields[1].message);
    assert_eq!(years(&s)[2], (Retention::Stories, 5));
    let saved = s.save_retention_periods(&[RetentionPeriod { rule: Retention::Financial, years: 7 }]).unwrap();
    assert_eq!(saved[3], RetentionPeriod { rule: Retention::Financial, years: 7 });
    drop(s);
    let s = Store::open_dir(dir.path()).unwrap();
    assert_eq!(years(&s)[3], (Retention::Financial, 7));
}
