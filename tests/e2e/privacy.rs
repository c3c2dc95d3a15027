//! Data protection in the window (issue 21): the register of personal data in Settings, and
//! everything held on a person saved as JSON with a PDF beside it, and then erased.

use crate::common::demo_world;

#[tokio::test]
async fn the_register_is_shown_and_what_is_held_on_a_person_is_saved() {
    let world = demo_world("privacy");
    let s = world.start().await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("[data-nav=settings]").await;
    let row = s.wait_text("#privacy-register tr[data-kind=hub_contact]", "Contact person of a hub").await;
    assert!(row.contains("hubs: contact_name, contact_email") && row.contains("As contact details"), "{row}");
    s.wait_text("#privacy-register tr[data-kind=account_holder]", "As a financial record").await;

    // Nobody of that name; then the demo's Μαρία Λαμπράκη by a part of her e-mail.
    s.type_into("#privacy-search", "nobody-at-all").await;
    s.click("#privacy-find").await;
    s.wait_text("#privacy-nobody", "Nobody of that name").await;
    s.clear("#privacy-search").await;
    s.type_into("#privacy-search", "maria@kyp").await;
    s.click("#privacy-find").await;
    let person = s.wait_text("#privacy-people .privacy-person", "maria@kypseli.example").await;
    assert!(person.contains("Μαρία Λαμπράκη") && person.contains("Contact person of a hub") && person.contains("Person named on an application"), "{person}");
    let json = world.folder("requests").join("maria.json");
    world.answer_next_dialog(&json);
    s.click("#privacy-people .privacy-export").await;
    let written = s.wait_text("#privacy-written", "written to").await;
    assert!(written.contains("maria.json") && written.contains("maria.pdf"), "{written}");
    let read: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    let records = read["records"].as_array().unwrap();
    assert!(records.iter().any(|r| r["kind"] == "hub_contact" && r["fields"]["contact_email"] == "maria@kypseli.example"), "{read}");
    assert!(records.iter().all(|r| !r.to_string().contains("eleni@")), "nothing of anyone else");
    assert!(std::fs::read(json.with_extension("pdf")).unwrap().starts_with(b"%PDF-"));

    // Then erased: the confirmation says what goes and what stays; cancelled, nothing goes.
    s.wait_text("#privacy-erasures-none", "No one has been erased").await;
    s.click("#privacy-people .privacy-erase").await;
    let asked = s.wait_text("#erasure-dialog", "Erase Μαρία Λαμπράκη?").await;
    assert!(asked.contains("Their details are removed from") && asked.contains("Contact person of a hub"), "{asked}");
    s.wait_text("#erasure-stays", "Grants, payments").await;
    s.click("#erasure-no").await;
    s.wait_gone("#erasure-dialog").await;
    s.click("#privacy-people .privacy-erase").await;
    s.wait_text("#erasure-dialog", "This cannot be undone").await;
    s.click("#erasure-yes").await;
    s.wait_text("#toast", "Μαρία Λαμπράκη erased").await;
    s.wait_text("#privacy-erasures", "Contact person of a hub × 1").await;
    s.wait_text("#privacy-nobody", "Nobody of that name").await;
    s.end().await;

    // After a restart: the erasure is listed, her hub has no contact, and no byte of the data
    // file holds her e-mail.
    let bytes = std::fs::read(world.data_file()).unwrap();
    assert!(!bytes.windows(21).any(|w| w == b"maria@kypseli.example"), "her e-mail is left in the file");
    let s = world.start().await;
    s.click("[data-nav=settings]").await;
    s.wait_text("#privacy-erasures", "Contact person of a hub × 1").await;
    s.type_into("#privacy-search", "Λαμπράκη").await;
    s.click("#privacy-find").await;
    s.wait_text("#privacy-nobody", "Nobody of that name").await;
    s.end().await;
}

#[tokio::test]
async fn retention_periods_are_edited_within_bounds_and_kept() {
    let world = demo_world("retention");
    let s = world.start().await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("[data-nav=settings]").await;
    s.wait_text("#privacy-register tr[data-kind=account_holder]", "10 years").await;
    s.fill("#retention-financial", "40").await;
    s.click("#retention-save").await;
    s.wait_text("[data-field-error='years.financial']", "1 to 30 years").await;
    s.fill("#retention-financial", "7").await;
    s.click("#retention-save").await;
    s.wait_text("#toast", "Retention periods saved").await;
    s.wait_text("#privacy-register tr[data-kind=account_holder]", "7 years").await;
    s.end().await;
    let s = world.start().await;
    s.click("[data-nav=settings]").await;
    s.wait_text("#privacy-register tr[data-kind=account_holder]", "7 years").await;
    assert_eq!(s.value("#retention-financial").await, "7");
    s.end().await;
}

#[tokio::test]
async fn what_is_past_its_period_is_shown_by_rule_and_erased_once_confirmed() {
    let world = demo_world("past-period");
    let s = world.start().await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("[data-nav=settings]").await;
    s.click("#privacy-past-check").await;
    s.wait_text("#privacy-past-none", "Nothing is past its period today").await;
    s.end().await;

    // Twenty years on: the former hubs that took part in no cycle since are past the contact
    // details' period, and their accounts the financial one.
    world.set_today("2046-12-06");
    let s = world.start().await;
    s.click("[data-nav=settings]").await;
    s.click("#privacy-past-check").await;
    let past = s.wait_text("#privacy-past li[data-rule=contact_details]", "from before").await;
    assert!(past.contains("As contact details") && past.contains("2043"), "{past}");
    s.click("#privacy-past-erase").await;
    let asked = s.wait_text("#erasure-dialog", "Erase what is past its period?").await;
    assert!(asked.contains("Contact person of a hub") && asked.contains("Grants, payments"), "{asked}");
    s.click("#erasure-yes").await;
    s.wait_text("#toast", "past their period erased").await;
    s.wait_text("#privacy-past-none", "Nothing is past its period today").await;
    s.wait_text("#privacy-erasures li[data-reason=retention]", "past its period").await;
    s.end().await;
}

#[tokio::test]
async fn erasing_a_person_with_open_instalments_and_an_issued_letter_says_what_stays() {
    let world = crate::harness::World::new("erase-unpaid");
    std::fs::create_dir_all(world.data_file().parent().unwrap()).unwrap();
    let (letter, year) = {
        let (mut store, cycle) = crate::common::demo_p2p_awarded_in_file(&world);
        let hub = store.hub_by_key("kypseli-athens").unwrap();
        let grant = store.grants(cycle).unwrap().into_iter().find(|g| g.hub_name == hub.name).unwrap();
        let issued = store.issue_letter(grant.id, None, "tester").unwrap();
        (issued.id, issued.issued_on[..4].parse::<i32>().unwrap())
    };
    let s = world.start().await;
    s.click("[data-nav=settings]").await;
    s.type_into("#privacy-search", "maria@kyp").await;
    s.click("#privacy-find").await;
    s.wait_text("#privacy-people .privacy-person", "maria@kypseli.example").await;
    s.click("#privacy-people .privacy-erase").await;
    let unpaid = s.wait_text("#erasure-unpaid", "not paid yet").await;
    assert!(unpaid.contains("instalments of their grants") && unpaid.contains("they stay, to be paid"), "{unpaid}");
    let letters = s.wait_text("#erasure-letters", "1 issued award letter names them").await;
    let until = (year + 10).to_string();
    assert!(letters.contains("until the end of") && letters.contains(&until), "{letters}");
    s.click("#erasure-yes").await;
    s.wait_text("#toast", "erased").await;
    s.end().await;
    // The letter is kept as it was issued: a financial record.
    let store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
    assert!(store.letter_pdf(letter).unwrap().starts_with(b"%PDF-"));
}
