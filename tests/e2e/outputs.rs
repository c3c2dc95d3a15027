//! What the secretariat sends and publishes: letters, the Workshops vote, stories, the cycle
//! report.

use crate::harness::World;
use crate::common::{demo_p2p_awarded_in_file, demo_p2p_selected, pair_and_move_to_awarded, pdf_words, kg1};

#[tokio::test]
async fn the_demo_p2p_letters_are_previewed_issued_printed_and_written_in_a_batch() {
    let world = World::new("letters");
    let s = world.start().await;
    demo_p2p_selected(&s).await;
    pair_and_move_to_awarded(&s).await;
    s.wait_text("#pairing-status", "Confirmed").await;
    s.click("#tab-grants").await;
    s.wait_text("#grants-count", "26 grants").await;
    s.click("#grants-award-all").await;
    s.click("#confirm-yes").await;
    s.wait_text("#budget-awarded", "€21,775.00").await;

    // Letters before the settings: the preview shows, Issue waits for the signatory.
    s.click("[data-nav=letters]").await;
    s.wait_for("#tab-letters[aria-selected=true]").await;
    s.wait_rows_of("#letters-table tr.letter-row", 26).await;
    s.wait_text("#letters-missing-settings", "the signatory's name").await;
    assert!(!s.enabled("#letters-batch-folder").await);
    let first = s.attr_where("#letters-table tr.letter-row", "Visiting", "data-grant-id").await;
    let row = format!("#letters-table tr.letter-row[data-grant-id='{first}']");
    let recipient = s.text(&format!("{row} .letter-applicant")).await;
    s.click(&format!("{row} .letter-preview")).await;
    s.wait_for("#letter-preview-dialog .letter-paper").await;
    s.wait_text("#letter-preview-problems", "the signatory's name is missing").await;
    assert!(!s.enabled("#letter-issue").await);
    let paper = s.text("#letter-preview-dialog .letter-paper").await;
    assert!(paper.contains("€1,175.00") && paper.contains("How the grant is made up"), "{paper}");
    s.click("#letter-preview-close").await;
    s.click("#letters-open-settings").await;

    s.wait_for("#settings-network-name").await;
    s.clear("#settings-network-name").await;
    s.type_into("#settings-network-name", "Réseau des Lieux Culturels").await;
    s.type_into("#settings-address", "Rue de la Loi 42\u{E007}1040 Bruxelles").await;
    s.type_into("#settings-signatory-name", "Zsófia Kovács").await;
    s.type_into("#settings-signatory-title", "Coordinator").await;
    s.click("#settings-save").await;
    s.wait_text("#toast", "Settings saved").await;

    // One letter, in French: previewed, issued, printed.
    s.click("[data-nav=letters]").await;
    s.wait_rows_of("#letters-table tr.letter-row", 26).await;
    s.wait_gone("#letters-missing-settings").await;
    s.click(&format!("{row} .letter-preview")).await;
    s.wait_for("#letter-preview-dialog .letter-paper").await;
    s.select("#letter-preview-language", "fr").await;
    s.wait_text("#letter-preview-dialog .letter-paper", "Détail de la subvention").await;
    s.wait_text("#letter-preview-dialog .letter-paper", "175,00").await;
    s.wait_text("#letter-preview-reference", "P2P-2027-001").await;
    s.click("#letter-issue").await;
    s.click("#letter-issue-confirm").await;
    s.wait_text("#letter-issued", "P2P-2027-001").await;
    s.click("#letter-print").await;
    s.wait_text("#toast", "PDF viewer").await;
    let opened = world.opened_files();
    assert_eq!(opened.len(), 1, "{opened:?}");
    let words = pdf_words(&opened[0]);
    assert!(words.contains("Notre référence : P2P-2027-001"), "{words}");
    assert!(words.contains("1 175,00 €") && words.contains("Zsófia Kovács"), "{words}");
    // Save as…: the archived bytes where the user says.
    let saved = world.folder("saved").join("letter.pdf");
    world.answer_next_dialog(&saved);
    s.click("#letter-save").await;
    s.wait_text("#toast", "Saved to").await;
    assert_eq!(std::fs::read(&saved).unwrap(), std::fs::read(&opened[0]).unwrap(), "the same bytes as printed");
    s.click("#letter-preview-close").await;
    s.wait_text(&format!("{row} .letter-reference"), "P2P-2027-001").await;
    s.wait_text(&format!("{row} .letter-status"), "Issued").await;

    // A folder no one can write in: said at once, and nothing is issued.
    world.answer_next_dialog(std::path::Path::new("/proc"));
    s.click("#letters-batch-folder").await;
    s.wait_text("#letters-batch-error", "cannot be written").await;
    s.click("#letters-batch-close").await;
    s.wait_text("#letters-summary", "1 issued").await;

    // The whole cycle into a folder, with the progress bar; the letter already issued is
    // written as archived, the 25 others are issued.
    let folder = world.folder("letters-out");
    world.answer_next_dialog(&folder);
    s.click("#letters-batch-folder").await;
    s.wait_for("#letters-batch-dialog #letters-progress").await;
    s.wait_text("#letters-batch-result", "25 letter(s) issued, 1 already issued").await;
    assert_eq!(s.attr_where("#letters-progress", "", "value").await, s.attr_where("#letters-progress", "", "max").await);
    s.click("#letters-batch-close").await;
    s.wait_text("#letters-summary", "26 issued").await;
    let mut files: Vec<_> = std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert_eq!(files.len(), 26, "{files:?}");
    assert!(files[0].file_name().unwrap().to_str().unwrap().starts_with("P2P-2027-001_"));
    assert_eq!(std::fs::read(&files[0]).unwrap(), std::fs::read(&opened[0]).unwrap(), "the batch writes the archived letter");
    let words = pdf_words(&files[1]);
    assert!(words.contains("P2P-2027-002") && words.contains("Our reference"), "the toolbar's language (English) for the rest: {words}");

    // One file for printing; then a restart keeps every letter.
    let combined = world.folder("print").join("all.pdf");
    world.answer_next_dialog(&combined);
    s.click("#letters-batch-combined").await;
    s.wait_text("#letters-batch-result", "0 letter(s) issued, 26 already issued").await;
    s.click("#letters-batch-close").await;
    let words = pdf_words(&combined);
    let recipient = recipient.trim();
    assert!(words.contains(recipient), "{recipient} in the combined file");
    s.end().await;

    let s = world.start().await;
    s.click("[data-nav=letters]").await;
    s.wait_text("#letters-summary", "26 issued").await;
    s.wait_text(&format!("{row} .letter-reference"), "P2P-2027-001").await;
    s.end().await;
}

#[tokio::test]
async fn the_workshops_vote_is_recorded_counted_declared_and_its_grant_goes_to_letters() {
    let world = World::new("vote");
    // The demo network, loaded through the core before the app starts.
    let hub_id = {
        let mut store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
        store.load_demo().unwrap();
        move |key: &str| store.hub_by_key(key).unwrap().id.to_string()
    };
    let (bologna, krakow, brno, lodz) = (hub_id("navile-bologna"), hub_id("zolw-krakow"), hub_id("pristav-brno"), hub_id("przedzalnia-lodz"));
    drop(hub_id);
    let s = world.start().await;
    s.click("[data-nav=votes]").await;
    s.wait_text("#vote-state", "Setting up").await;
    s.wait_rows_of("#vote-electorate tr.voter-row", 33).await;
    // A quorum of 10 %: four ballots of 33 meet it.
    s.fill("#vote-quorum", "10").await;
    s.click("#vote-settings-save").await;
    s.wait_text("#toast", "saved").await;
    s.click("#vote-open").await;
    s.click("#vote-open-confirm").await;
    s.wait_text("#vote-state", "Open").await;

    let navile = s.attr_where("#vote-proposals [data-proposal-id]", "Sound in shared spaces", "data-proposal-id").await;
    let kypseli = s.attr_where("#vote-proposals [data-proposal-id]", "Repair cafés", "data-proposal-id").await;

    // Its own proposal: refused at the ranking.
    s.select("#ballot-hub", &bologna).await;
    s.select("#ballot-choice-1", &navile).await;
    s.click("#ballot-save").await;
    s.wait_text("#ballot-choices-error", "cannot vote for its own proposal").await;

    // Three ballots typed in.
    for (hub, first, second) in [(&krakow, &kypseli, &navile), (&brno, &navile, &kypseli), (&lodz, &kypseli, &navile)] {
        if hub == &lodz {
            // From the hub's row in the electorate.
            s.click(&format!("#vote-electorate tr.voter-row[data-hub-id='{hub}'] .voter-record")).await;
            assert_eq!(&s.value("#ballot-hub").await, hub);
        } else {
            s.select("#ballot-hub", hub).await;
        }
        s.select("#ballot-choice-1", first).await;
        s.select("#ballot-choice-2", second).await;
        s.click("#ballot-save").await;
        s.wait_text("#toast", "recorded").await;
    }
    s.wait_text("#vote-turnout", "3 of 33").await;
    // Kraków again: a reason is asked, then the ballot replaces the first.
    s.select("#ballot-hub", &krakow).await;
    s.select("#ballot-choice-1", &navile).await;
    s.click("#ballot-save").await;
    s.wait_text("#ballot-reason-error", "has voted already").await;
    s.type_into("#ballot-reason", "Corrected by the board").await;
    s.click("#ballot-save").await;
    s.wait_text("#toast", "recorded").await;
    s.wait_text("#ballot-history", "Corrected by the board").await;
    // The replaced ballot's History: recorded, then replaced by the later one.
    s.click("#ballot-history tr.ballot-row.replaced .ballot-history").await;
    let history = s.wait_text("#history-items", "Ballot created").await;
    assert!(history.contains("Ballot changed") && history.contains("replaced"), "{history}");
    s.click("#history-close").await;
    s.wait_gone("#history-dialog").await;

    // One more from a form export.
    let csv = world.write_file("ballots.csv", "hub,ranking\nvarvet-malmo,Repair cafés as a method > Sound in shared spaces\n");
    world.answer_next_dialog(&csv);
    s.click("#ballots-import").await;
    s.wait_text("#toast", "1 ballot").await;
    s.wait_text("#vote-turnout", "4 of 33").await;

    // Kypseli 2, Navile 2: level; the tie goes to the emerging hub's proposal.
    s.wait_text("#vote-winner", "Repair cafés as a method").await;
    s.wait_text("#vote-tie-breaks", "small or emerging").await;
    s.click("#vote-declare").await;
    s.click("#vote-declare-confirm").await;
    s.wait_text("#vote-state", "Declared").await;
    s.wait_text("#vote-declared", "Repair cafés as a method").await;

    // The report, as PDF.
    let report = world.folder("out").join("vote.pdf");
    world.answer_next_dialog(&report);
    s.click("#vote-report").await;
    s.wait_text("#toast", "Saved").await;
    let words = pdf_words(&report);
    assert!(words.contains("result of the members' vote") && words.contains("Repair cafés as a method"), "{words}");

    // The winner's grant is ready for its letter.
    s.click("#vote-winner-grant").await;
    s.wait_for("#tab-letters[aria-selected=true]").await;
    s.wait_text("#letters-table tr.letter-row", "Draft: award it in the Grants tab first.").await;
    let row = s.texts("#letters-table tr.letter-row").await.into_iter().find(|r| r.contains("Κυψέλη")).expect("the winner's row");
    assert!(row.contains("€10,000.00"), "{row}");
    // Awarded on the Grants tab of the same cycle, once the cycle is in Awarded.
    s.click("#tab-grants").await;
    s.wait_text("#grants-count", "1 grant").await;
    s.wait_text("#phase-notice-award", "'Workshops 2027' is in Selection: grants are awarded from Awarded to Reporting.").await;
    assert!(!s.enabled("#grants-award-all").await);
    s.click("#phase-notice-move").await;
    s.click("#phase-notice-confirm").await;
    s.wait_gone("#phase-notice-award").await;
    s.click("#grants-award-all").await;
    s.click("#confirm-yes").await;
    s.wait_text("#budget-awarded", "€10,000.00").await;
    s.click("#tab-letters").await;
    // The one grant of the cycle, now awarded: its letter is to issue.
    s.wait_text("#letters-table tr.letter-row", "To issue").await;
    let row = s.texts("#letters-table tr.letter-row").await.into_iter().find(|r| r.contains("Κυψέλη")).expect("the winner's row");
    assert!(row.contains("€10,000.00"), "{row}");
    s.end().await;

    let s = world.start().await;
    s.click("[data-nav=votes]").await;
    s.wait_text("#vote-state", "Declared").await;
    s.wait_text("#vote-winner", "Repair cafés as a method").await;
    s.end().await;
}

#[tokio::test]
async fn a_report_is_received_stories_are_told_with_a_photo_and_the_publication_is_built() {
    let world = World::new("reports");
    // The demo P2P cycle selected, paired and awarded, through the core before the app starts.
    let (grant, applicant) = {
        let (store, cycle) = demo_p2p_awarded_in_file(&world);
        let g = store.grants(cycle).unwrap().into_iter().find(|g| g.host_name.is_some() && g.applicant == "Armazém Ribeirinho").unwrap();
        (g.id.to_string(), g.applicant)
    };
    let s = world.start().await;
    s.click("[data-nav=applications]").await;
    s.click("#tab-reports").await;
    s.wait_rows_of("#reports-table tr.report-row", 26).await;
    let row = format!("#reports-table tr.report-row[data-grant-id='{grant}']");
    s.wait_text(&format!("{row} .report-status"), "Awaited").await;

    // The report arrives: the balance falls due.
    s.click(&format!("{row} .report-mark")).await;
    s.wait_for("#report-dialog #report-date").await;
    s.click("#report-confirm").await;
    s.wait_text("#toast", "balance is due").await;
    s.wait_text(&format!("{row} .report-status"), "Received").await;
    s.click("#tab-payments").await;
    s.wait_for(&format!("tr.cycle-payment-row[data-grant-id='{grant}']")).await;
    let balance = s.texts(&format!("tr.cycle-payment-row[data-grant-id='{grant}']")).await;
    assert!(balance.iter().any(|r| r.contains("€352.50") && r.contains("Due")), "{balance:?}");

    // A story: a character the font lacks is named, then the story is kept.
    s.click("#tab-reports").await;
    s.click(&format!("{row} .stories-open")).await;
    s.wait_text("#stories-empty", "No story yet").await;
    // (A character outside the font; WebDriver types only the Basic Multilingual Plane.)
    s.type_into("#story-title", "Our stage 字").await;
    s.type_into("#story-author", "Agnieszka Wójcik").await;
    s.type_into("#story-body", "We arrived on a Monday.").await;
    s.click("#story-save").await;
    s.wait_text("#story-title-error", "U+5B57").await;
    s.clear("#story-title").await;
    s.type_into("#story-title", "Five days at the spinning mill").await;
    // What the participant agreed to, without the day: refused at the day.
    s.select("#story-consent-scope", "publication").await;
    s.click("#story-save").await;
    s.wait_text("[data-field-error=consent_on]", "Give the day the participant agreed").await;
    // Kept without consent for now: it says it stays out of the publication.
    s.select("#story-consent-scope", "none").await;
    s.click("#story-save").await;
    s.wait_text("#toast", "Story saved").await;
    s.wait_text("#stories-dialog li.story-item .story-no-consent", "No consent: left out of the publication").await;
    // The consent arrives: recorded on the story.
    s.click("#stories-dialog li.story-item .story-edit").await;
    s.select("#story-consent-scope", "publication_and_online").await;
    s.fill("#story-consent-on", "2026-12-01").await;
    s.click("#story-save").await;
    s.wait_text("#stories-dialog li.story-item .story-consent", "Consent on 1 Dec 2026: The publication and the network's website").await;

    // A photo: a file that is not a picture is refused, a PNG is kept.
    let not_a_photo = world.write_file("notes.jpg", "these are notes, not a photo");
    world.answer_next_dialog(&not_a_photo);
    s.click("#stories-dialog li.story-item .photo-add").await;
    s.wait_text("#stories-dialog .story-photo-error", "not a PNG or JPEG").await;
    let photo = world.write_bytes("mill.png", &std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/icons/128x128.png")).unwrap());
    world.answer_next_dialog(&photo);
    s.type_into("#stories-dialog li.story-item .photo-caption", "The mill's courtyard").await;
    s.click("#stories-dialog li.story-item .photo-add").await;
    s.wait_for("#stories-dialog img.story-photo").await;
    s.click("#stories-close").await;
    s.wait_text(&format!("{row} .story-count"), "1 story").await;

    // The publication.
    let out = world.folder("out").join("stories.pdf");
    world.answer_next_dialog(&out);
    s.click("#publication-save").await;
    s.wait_text("#toast", "Publication saved").await;
    let words = pdf_words(&out);
    for needle in ["P2P Learning 2027: the participants' stories", "Contents", "Five days at the spinning mill", "By Agnieszka Wójcik", "The mill's courtyard", applicant.as_str()] {
        assert!(words.contains(needle), "{needle} missing from {words}");
    }
    s.end().await;

    let s = world.start().await;
    s.click("[data-nav=applications]").await;
    s.click("#tab-reports").await;
    s.wait_text(&format!("{row} .story-count"), "1 story").await;
    s.wait_text(&format!("{row} .report-status"), "Received").await;
    s.end().await;
}

#[tokio::test]
async fn the_cycle_report_shows_the_figures_its_factors_are_edited_and_it_is_saved_as_pdf_and_xlsx() {
    use mobility_desk_core::intake::applications::TravelMode;
    let world = World::new("cycle-report");
    // The demo P2P cycle selected, paired and awarded, through the core before the app starts.
    let report = {
        let (store, cycle) = demo_p2p_awarded_in_file(&world);
        store.cycle_report(cycle).unwrap()
    };
    assert_eq!((report.grants, report.trips.len()), (26, 13));
    let share = report.green_permille.map(|p| format!("{}.{}%", p / 10, p % 10)).unwrap();
    // With the green factor at 70.92 g instead of 35.46 g: each green journey again, by hand.
    let doubled: i64 = report
        .trips
        .iter()
        .map(|t| if t.travel_mode == TravelMode::Green { (t.traveller_km * 70_920 + 500) / 1000 } else { t.co2_grams })
        .sum();

    let s = world.start().await;
    s.click("[data-nav=applications]").await;
    s.click("#tab-cycle-report").await;
    s.wait_text("#cycle-report-summary [data-key=grants] .figure", "26").await;
    s.wait_text("#cycle-report-summary [data-key=green] .figure", &share).await;
    s.wait_text("#cycle-report-summary [data-key=green] .sub", &format!("{} of {} travellers", report.green_travellers, report.travellers)).await;
    s.wait_text("#cycle-report-summary [data-key=co2] .figure", &format!("{} kg CO₂e", kg1(report.footprint.co2_grams))).await;
    s.wait_text("#cycle-report-summary [data-key=awarded] .figure", "€21,775.00").await;
    s.wait_rows_of("#report-journeys tr.journey-row", 13).await;
    s.wait_text("#report-countries tr[data-country='PL']", "Poland").await;
    s.wait_text("#report-programmes tr.this-cycle", "P2P Learning").await;
    s.wait_text("#footprint-source", "DESNZ").await;
    s.wait_for("#footprint-defaults").await;
    s.wait_rows_of("#cycle-report-map-svg path.journey", 13).await;
    assert_eq!(s.count("#cycle-report-map-svg path.journey.green").await, report.trips.iter().filter(|t| t.travel_mode == TravelMode::Green).count());

    // The factors: a figure that is no number is caught at its input; 70.92 g is saved.
    s.click("#factors-open").await;
    s.wait_for("#factors-dialog #factors-table").await;
    s.wait_text("#factors-defaults-note", "default").await;
    assert_eq!(s.value("#factor-2-value").await, "35.46");
    s.fill("#factor-2-value", "abc").await;
    s.click("#factors-save").await;
    s.wait_text("#factor-2-value-error", "not a figure").await;
    s.fill("#factor-2-value", "70.92").await;
    s.click("#factors-save").await;
    s.wait_text("#toast", "Emission factors saved").await;
    s.wait_gone("#factors-dialog").await;
    s.wait_text("#report-footprint tr[data-mode='green']", "70.92").await;
    s.wait_text("#footprint-total-kg", &kg1(doubled)).await;
    s.wait_text("#cycle-report-summary [data-key=co2] .figure", &kg1(doubled)).await;

    // A gap between two bands is refused at the band, and nothing changes.
    s.click("#factors-open").await;
    s.wait_for("#factors-dialog #factors-table").await;
    s.fill("#factor-1-from", "4000").await;
    s.click("#factors-save").await;
    s.wait_text("#factor-1-from-error", "start at 3,700 km").await;
    s.click("#factors-cancel").await;
    s.click("#confirm-yes").await;
    s.wait_gone("#factors-dialog").await;
    s.wait_text("#footprint-total-kg", &kg1(doubled)).await;

    // Saved as PDF in French, and as a workbook.
    let pdf = world.folder("out").join("rapport.pdf");
    s.select("#cycle-report-language", "fr").await;
    world.answer_next_dialog(&pdf);
    s.click("#cycle-report-pdf").await;
    // While it is written (a second or more), its button turns and says so.
    s.wait_for("#cycle-report-pdf[aria-busy=true] .spinner").await;
    s.wait_text("#cycle-report-saved", "rapport.pdf").await;
    assert_eq!(s.count("#cycle-report-pdf .spinner").await, 0, "the spinner stops once the file is written");
    let words = pdf_words(&pdf);
    // The footprint's total in whole kilograms, grouped the French way.
    let total_fr = kg1((doubled + 500) / 1000 * 1000).trim_end_matches(".0").replace(',', " ");
    for needle in ["P2P Learning 2027 : rapport de cycle", "Par pays", "Pologne", "Voyage vert", "70,92", total_fr.as_str()] {
        assert!(words.contains(needle), "{needle} missing from {words}");
    }
    let xlsx = world.folder("out").join("report.xlsx");
    s.select("#cycle-report-language", "en").await;
    world.answer_next_dialog(&xlsx);
    s.click("#cycle-report-xlsx").await;
    s.wait_text("#cycle-report-saved", "report.xlsx").await;
    {
        use calamine::Reader;
        let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
        assert_eq!(book.sheet_names(), vec!["Summary", "Programmes", "Countries", "Journeys", "Emission factors"]);
        assert_eq!(book.worksheet_range("Journeys").unwrap().height(), 14, "a header and 13 journeys");
    }
    s.end().await;

    // After a restart the cycle keeps its own factors.
    let s = world.start().await;
    s.click("[data-nav=applications]").await;
    s.click("#tab-cycle-report").await;
    s.wait_text("#report-footprint tr[data-mode='green']", "70.92").await;
    assert!(s.count("#footprint-defaults").await == 0, "the cycle's own factors, not the defaults");
    s.end().await;
}
