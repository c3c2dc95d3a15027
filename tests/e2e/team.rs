//! Several desks: who did what, a shared folder, offline conflicts, a record's history.

use crate::harness::World;
use crate::common::{demo_world, demo_p2p_awarded_in_file, laptop_gives_kypseli_a_website, pay_first_instalment};

#[tokio::test]
async fn the_person_at_the_desk_is_named_in_the_history_and_the_trail_checks() {
    let world = demo_world("team-person");
    let s = world.start().await;
    s.wait_text("#hub-count", "44 hubs").await;

    // Asked who works here; the name goes to Settings → Team.
    s.wait_text("#person-missing", "Who is working at this desk?").await;
    s.click("#person-missing-give").await;
    s.wait_for("#person-name").await;
    s.click("#person-save").await;
    s.wait_text("#person-name-error", "Give your name").await;
    s.fill("#person-name", "Marta Kowalska").await;
    s.fill("#person-email", "marta@").await;
    s.click("#person-save").await;
    s.wait_text("#person-email-error", "not an e-mail address").await;
    s.fill("#person-email", "marta@network.example").await;
    s.click("#person-save").await;
    s.wait_text("#toast", "named after Marta Kowalska").await;
    assert_eq!(s.value("#person-initials").await, "MK");
    s.wait_gone("#person-missing").await;

    // A hub changed in its form: its History names her, with the value before and after.
    s.click("[data-nav=hubs]").await;
    s.click("[data-testid=hub-row][data-key=kypseli-athens] td").await;
    s.wait_for("#hub-form").await;
    s.fill("#hub-website", "https://kypseli.example/new").await;
    s.click("#hub-save").await;
    s.wait_gone("#hub-form").await;
    s.click("[data-testid=hub-row][data-key=kypseli-athens] td").await;
    s.wait_for("#hub-form").await;
    s.click("#hub-history").await;
    let history = s.wait_text("#history-items", "Hub changed").await;
    assert!(history.contains("Marta Kowalska") && history.contains("(MK)"), "{history}");
    assert!(history.contains("website") && history.contains("https://kypseli.example/new"), "{history}");
    assert!(history.contains("Hub created"), "the demo's import is the first change: {history}");
    s.click("#history-close").await;
    s.wait_gone("#history-dialog").await;
    s.click("#hub-cancel").await;
    s.wait_gone("#hub-form").await;

    // The audit trail checks.
    s.click("[data-nav=settings]").await;
    s.click("#audit-verify").await;
    s.wait_text("#audit-report", "Every change checks").await;
    assert_eq!(s.count("#error-banner").await, 0);
    s.end().await;

    // After a restart she is still the person at this desk.
    let s = world.start().await;
    s.wait_text("#hub-count", "44 hubs").await;
    assert_eq!(s.count("#person-missing").await, 0);
    s.end().await;
    let store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
    assert_eq!(store.hub_by_key("kypseli-athens").unwrap().updated_by, "Marta Kowalska");
}

#[tokio::test]
async fn two_desks_share_through_a_folder_join_approve_and_see_each_other_s_work() {
    let office = World::new("team-office");
    let laptop = World::new("team-laptop");
    let shared = office.folder("shared");
    // The office's P2P cycle is awarded; its letters are issued in the window below.
    let cycle = demo_p2p_awarded_in_file(&office).1;

    // The office shares its data through the folder.
    let s = office.start().await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("#person-missing-give").await;
    s.fill("#person-name", "Ana Office").await;
    s.click("#person-save").await;
    s.wait_text("#toast", "named after Ana Office").await;
    s.wait_for("#team-solo").await;
    office.answer_next_dialog(&shared);
    s.click("#team-share").await;
    s.wait_text("#team-desks", "Ana Office").await;
    assert!(s.text("#team-folder").await.contains("shared"));

    // Then it issues a letter, as ever; how the team numbers letters is said.
    s.click("[data-nav=letters]").await;
    s.select("#applications-cycle", &cycle.to_string()).await;
    s.wait_rows_of("#letters-table tr.letter-row", 26).await;
    s.wait_text("#letters-numbering", "the team's first, numbers its letters P2P-2027-001").await;
    let lettered = s.attr_where("#letters-table tr.letter-row", "Visiting", "data-grant-id").await;
    let row = format!("#letters-table tr.letter-row[data-grant-id='{lettered}']");
    s.click(&format!("{row} .letter-preview")).await;
    s.wait_for("#letter-preview-dialog .letter-paper").await;
    s.click("#letter-issue").await;
    s.click("#letter-issue-confirm").await;
    s.wait_text("#letter-issued", "Issued P2P-2027-").await;
    s.click("#letter-preview-close").await;
    s.wait_text("#letters-summary", "1 issued").await;
    let reference = s.text(&format!("{row} .letter-reference")).await;
    s.end().await;

    // The laptop, with an empty data folder, asks to join; it is told its fingerprint.
    let l = laptop.start().await;
    l.click("[data-nav=settings]").await;
    l.fill("#person-name", "Ben Laptop").await;
    l.click("#person-save").await;
    l.wait_text("#toast", "named after Ben Laptop").await;
    laptop.answer_next_dialog(&shared);
    l.click("#team-join").await;
    let pending = l.wait_text("#team-pending", "asked to join").await;
    let fingerprint = l.text("#team-pending code").await;
    assert_eq!(fingerprint.len(), 24, "{pending}");
    l.click("#team-sync").await;
    l.wait_text("#error-banner", "Not approved yet").await;
    l.end().await;

    // The office sees the request with the same fingerprint and approves it.
    let s = office.start().await;
    s.click("[data-nav=settings]").await;
    let request = s.wait_text("#team-requests", "Ben Laptop").await;
    assert!(request.contains(&fingerprint), "{request} / {fingerprint}");
    s.click("#team-requests [data-approve]").await;
    s.click("#team-approve-yes").await;
    s.wait_text("#team-desks", "Ben Laptop").await;
    s.end().await;

    // The laptop takes the team's data: the office's letter is there, the very same PDF. Ben
    // changes a hub and records a payment.
    let l = laptop.start().await;
    l.click("[data-nav=settings]").await;
    l.click("#team-sync").await;
    l.wait_text("#toast", "This desk has joined the team").await;
    l.wait_text("#team-desks", "Ana Office").await;
    l.click("[data-nav=letters]").await;
    l.select("#applications-cycle", &cycle.to_string()).await;
    l.wait_text("#letters-summary", "1 issued").await;
    l.wait_text(&format!("{row} .letter-reference"), &reference).await;
    l.wait_text("#letters-numbering", "This desk numbers its letters P2P-B-2027-001").await;
    let copy = laptop.folder("saved").join("letter.pdf");
    laptop.answer_next_dialog(&copy);
    l.click(&format!("{row} .letter-save")).await;
    l.wait_text("#toast", "letter.pdf").await;
    l.click("[data-nav=hubs]").await;
    l.wait_text("#hub-count", "44 hubs").await;
    l.click("[data-testid=hub-row][data-key=kypseli-athens] td").await;
    l.wait_for("#hub-form").await;
    l.fill("#hub-notes", "Met them at the Varna showcase").await;
    l.click("#hub-save").await;
    l.wait_gone("#hub-form").await;
    let paid = pay_first_instalment(&l, cycle, "VIR-LAPTOP").await;
    l.click("[data-nav=settings]").await;
    l.click("#team-sync").await;
    l.wait_text("#team-counts", "Everything made here has gone out").await;
    l.end().await;
    {
        let a = mobility_desk_core::Store::open(&office.data_file()).unwrap();
        let letter = a.grant_letters(lettered.parse().unwrap()).unwrap().remove(0);
        assert_eq!(letter.reference, reference);
        assert_eq!(std::fs::read(&copy).unwrap(), a.letter_pdf(letter.id).unwrap(), "the laptop's copy of the letter is the office's");
    }

    // The office syncs (by itself as it starts, or when asked): the laptop's changes are
    // there, named after Ben.
    let s = office.start().await;
    s.click("[data-nav=settings]").await;
    s.click("#team-sync").await;
    s.wait_text("#team-desks tbody tr:nth-child(2) td:nth-child(3)", "2").await;
    s.click("[data-nav=grants]").await;
    s.select("#applications-cycle", &cycle.to_string()).await;
    s.click(&format!("tr.grant-row[data-grant-id='{paid}'] .grant-explain")).await;
    s.wait_text("#payments-table tr.payment-row:nth-child(1) .payment-status", "VIR-LAPTOP").await;
    s.click("#grant-full-history").await;
    let history = s.wait_text("#history-items", "Instalment 1 changed").await;
    assert!(history.contains("Ben Laptop") && history.contains("VIR-LAPTOP"), "{history}");
    s.click("#history-close").await;
    s.wait_gone("#history-dialog").await;
    s.click("#grant-close").await;
    s.wait_gone("#grant-dialog").await;
    s.click("[data-nav=hubs]").await;
    s.click("[data-testid=hub-row][data-key=kypseli-athens] td").await;
    s.wait_for("#hub-form").await;
    assert_eq!(s.value("#hub-notes").await, "Met them at the Varna showcase");
    s.click("#hub-history").await;
    let history = s.wait_text("#history-items", "Ben Laptop").await;
    assert!(history.contains("Met them at the Varna showcase"), "{history}");
    s.click("#history-close").await;
    s.click("#hub-cancel").await;
    s.wait_gone("#hub-form").await;

    // While the office window is open, the laptop syncs another change into the folder: the
    // office notices the folder change, syncs by itself and says what came in.
    laptop_gives_kypseli_a_website(&laptop, "https://kypseli.example/varna");
    s.wait_text("#toast", "1 change from Ben Laptop").await;
    s.click("[data-testid=hub-row][data-key=kypseli-athens] td").await;
    s.wait_for("#hub-form").await;
    s.until_value("#hub-website", "https://kypseli.example/varna").await;
    s.click("#hub-cancel").await;
    s.wait_gone("#hub-form").await;

    // The auditor's export names both people and the laptop's payment.
    s.click("[data-nav=settings]").await;
    let trail = office.folder("audit").join("trail.csv");
    office.answer_next_dialog(&trail);
    s.click("#audit-export-csv").await;
    s.wait_text("#toast", "Audit trail saved").await;
    let csv = std::fs::read_to_string(&trail).unwrap();
    assert!(csv.contains("Ana Office") && csv.contains("Ben Laptop") && csv.contains("VIR-LAPTOP"), "{}", &csv[..csv.len().min(2000)]);

    // Ben's laptop is removed from the team: what it writes afterwards is refused.
    let ben = s.attr_where("#team-desks tbody tr", "Ben Laptop", "data-desk").await;
    s.click(&format!("#team-desks [data-remove='{ben}']")).await;
    s.wait_text("#confirm-message", "cannot read what is shared from now on").await;
    s.click("#team-remove-yes").await;
    s.wait_text("#team-desks", "Ben Laptop (removed)").await;
    assert_eq!(s.count(&format!("#team-desks [data-remove='{ben}']")).await, 0);
    s.end().await;
    laptop_gives_kypseli_a_website(&laptop, "https://kypseli.example/after-removal");
    let s = office.start().await;
    s.click("[data-nav=settings]").await;
    s.click("#team-sync").await;
    s.wait_text("#team-last-sync", "1 change refused (Ben Laptop's, written after its desk was removed from the team)").await;
    s.end().await;
    let a = mobility_desk_core::Store::open(&office.data_file()).unwrap();
    assert_eq!(a.hub_by_key("kypseli-athens").unwrap().website, "https://kypseli.example/varna");
}

#[tokio::test]
async fn one_instalment_paid_on_two_desks_offline_waits_in_the_inbox_and_a_decision_settles_it() {
    use mobility_desk_core::cycle::cycles::{CycleQuery, Phase};
    use mobility_desk_core::cycle::programmes::Shape;
    use mobility_desk_core::team::{finish_join, Person};
    let office = World::new("clash-office");
    let laptop = World::new("clash-laptop");
    let shared = office.folder("shared");
    let office_dir = office.data_file().parent().unwrap().to_path_buf();
    let laptop_dir = laptop.data_file().parent().unwrap().to_path_buf();
    // The office's cycle awarded and shared; the laptop joined and approved (as the test above
    // does in the window).
    let cycle = {
        let mut a = mobility_desk_core::Store::open_dir(&office_dir).unwrap();
        a.set_person(&Person { name: "Ana Office".into(), initials: String::new(), email: String::new() }).unwrap();
        a.load_demo().unwrap();
        let cycle = a.cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == Shape::P2p).unwrap().id;
        a.move_cycle(cycle, Phase::Selection, "").unwrap();
        a.select(cycle, "Ana Office").unwrap();
        a.advance_cycle(cycle, Phase::Awarded, "Ana Office").unwrap();
        a.award_grants(cycle, None, true, "Ana Office").unwrap();
        a.share_through_folder(&shared).unwrap();
        let card = {
            let mut b = mobility_desk_core::Store::open_dir(&laptop_dir).unwrap();
            b.set_person(&Person { name: "Ben Laptop".into(), initials: String::new(), email: String::new() }).unwrap();
            b.join_through_folder(&shared).unwrap()
        };
        a.approve_from_folder(&card.desk_id).unwrap();
        assert!(finish_join(&laptop.data_file(), None).unwrap());
        cycle
    };

    // Both pay the same instalment, each offline, with their own bank reference.
    let l = laptop.start().await;
    let grant = pay_first_instalment(&l, cycle, "VIR-LAPTOP").await;
    l.end().await;
    let s = office.start().await;
    assert_eq!(pay_first_instalment(&s, cycle, "VIR-OFFICE").await, grant);
    s.end().await;

    // They sync: the laptop's change goes out; the office finds the clash in its inbox.
    let l = laptop.start().await;
    l.click("[data-nav=settings]").await;
    l.click("#team-sync").await;
    l.wait_text("#team-counts", "Everything made here has gone out").await;
    l.end().await;
    let s = office.start().await;
    s.click("[data-nav=settings]").await;
    s.click("#team-sync").await;
    s.wait_text("#clash-badge", "1").await;
    let inbox = s.wait_text("#team-inbox", "Ben Laptop").await;
    assert!(inbox.contains("Ana Office") && inbox.contains("VIR-LAPTOP") && inbox.contains("VIR-OFFICE"), "{inbox}");
    s.click("#team-inbox .version:has(+ .version) .keep, #team-inbox .version .keep").await;
    s.click("#clash-decide-yes").await;
    s.wait_gone("#team-inbox").await;
    s.wait_gone("#clash-badge").await;

    // The grant's History tells every step, with names.
    s.click("[data-nav=grants]").await;
    s.select("#applications-cycle", &cycle.to_string()).await;
    s.click(&format!("tr.grant-row[data-grant-id='{grant}'] .grant-explain")).await;
    s.wait_for("#grant-payments").await;
    s.click("#grant-full-history").await;
    let history = s.wait_text("#history-items", "Instalment 1 changed").await;
    assert!(history.contains("Grant decision: awarded"), "{history}");
    assert!(history.contains("Ana Office") && history.contains("Ben Laptop"), "{history}");
    assert!(history.contains("VIR-LAPTOP") && history.contains("VIR-OFFICE"), "{history}");
    assert_eq!(s.count("#error-banner").await, 0);
    s.end().await;

    // One payment in the end, on both desks alike.
    let a = mobility_desk_core::Store::open_dir(&office_dir).unwrap();
    let paid: Vec<_> = a.grant_payments(grant.parse().unwrap()).unwrap().payments.into_iter().filter(|p| p.paid_on.is_some()).collect();
    assert_eq!(paid.len(), 1);
}

#[tokio::test]
async fn a_cycle_and_an_application_show_their_history() {
    let world = demo_world("history-cycle-application");
    let s = world.start().await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("#person-missing-later").await;
    s.wait_gone("#person-missing").await;
    s.click("[data-nav=cycles]").await;
    let p2p = s.attr_where("[data-testid=cycle-row]", "P2P Learning 2027", "data-cycle-id").await;
    s.click(&format!("[data-cycle-id='{p2p}'] td")).await;
    s.wait_for("#cycle-detail").await;
    s.click("#cycle-edit").await;
    s.wait_for("#cycle-form").await;
    s.click("#cycle-full-history").await;
    let history = s.wait_text("#history-items", "Cycle created").await;
    assert!(history.contains("P2P Learning 2027"), "{history}");
    s.click("#history-close").await;
    s.wait_gone("#history-dialog").await;
    s.click("#cycle-cancel").await;
    s.wait_gone("#cycle-form").await;

    s.click("[data-nav=applications]").await;
    s.click("[data-testid=application-row] td").await;
    s.wait_for("#application-form").await;
    s.click("#application-history").await;
    s.wait_text("#history-items", "Application created").await;
    assert_eq!(s.count("#error-banner").await, 0);
    s.end().await;
}
