//! The README's screenshots (not a check).

use std::time::Duration;
use crate::harness::World;
use crate::common::form_export;

/// Not a check: renders the README's screenshots into docs/screenshots/.
/// `cargo xtask screenshots` (or run this test with `--ignored` under Xvfb).
#[tokio::test]
#[ignore]
async fn screenshots() {
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/screenshots");
    let world = World::new("screenshots");
    let broken = world.write_file(
        "members.csv",
        "name;city;country;maturity;membership;contact_email\nKino Światło;Wrocław;PL;emerging;regular;kino@swiatlo.example\n;Riga;LV;emerging;regular;\nLa Fábrica;Sevilla;SP;established;regular;info@fabrica\n",
    );
    let s = world.start().await;
    s.resize(1280, 800).await;
    s.wait_for("[data-testid=empty-start]").await;
    s.screenshot(&out.join("empty-start.png")).await;
    s.click("#load-demo").await;
    s.wait_text("#hub-count", "44 hubs").await;
    tokio::time::sleep(Duration::from_millis(4500)).await; // let the toast go
    s.screenshot(&out.join("hubs.png")).await;

    s.click("#new-hub").await;
    s.type_into("#hub-name", "Kulturní dům Řeka").await;
    s.type_into("#hub-city", "Brn").await;
    s.wait_option_containing("[data-testid=city-option]", "Brno").await;
    s.screenshot(&out.join("hub-form-city.png")).await;
    s.click("#hub-cancel").await;
    if s.count("#confirm-yes").await > 0 {
        s.click("#confirm-yes").await;
    }
    s.wait_gone("#hub-form").await;

    world.answer_next_dialog(&broken);
    s.click("#import-hubs").await;
    s.wait_for("[data-testid=import-error]").await;
    s.screenshot(&out.join("import-errors.png")).await;
    s.click("#import-cancel").await;

    s.click("[data-nav=settings]").await;
    s.wait_for("#settings-network-name").await;
    s.type_into("#settings-network-name", "European Network of Cultural Centres").await;
    s.screenshot(&out.join("settings.png")).await;

    s.click("[data-nav=cycles]").await;
    s.wait_for("#cycle-table").await;
    s.screenshot(&out.join("cycles.png")).await;
    s.click("[data-testid=cycle-row] td").await;
    s.wait_for("#cycle-detail").await;
    s.screenshot(&out.join("cycle-detail.png")).await;
    s.click("#cycle-edit").await;
    s.wait_for("#cycle-form").await;
    s.screenshot(&out.join("cycle-form.png")).await;
    s.click("#cycle-cancel").await;
    s.wait_gone("#cycle-form").await;
    s.click("#cycle-back").await;
    s.click("#programmes-button").await;
    s.wait_for("#programmes-dialog").await;
    s.click("[data-testid=programme-item]").await;
    s.screenshot(&out.join("programmes.png")).await;
    s.click("#programmes-close").await;

    // The demo call: 31 applications, then the form export's mapping dialog.
    let export = world.write_file("form-export.csv", &form_export().replace("Hub organisation (member)", "Organisation"));
    s.click("[data-nav=applications]").await;
    s.wait_text("#applications-count", "31 applications").await;
    tokio::time::sleep(Duration::from_millis(1000)).await;
    s.screenshot(&out.join("applications.png")).await;
    world.answer_next_dialog(&export);
    s.click("#import-applications").await;
    s.wait_text("#app-import-summary", "25 rows").await;
    s.screenshot(&out.join("import-applications.png")).await;
    s.click("#app-import-commit").await;
    s.wait_gone("#app-import-dialog").await;

    // Selection: the ranking of the demo call, then the selection of 13 + 13.
    s.click("[data-nav=cycles]").await;
    let p2p = s.attr_where("[data-testid=cycle-row]", "P2P Learning 2027", "data-cycle-id").await;
    s.click(&format!("[data-cycle-id='{p2p}'] td")).await;
    s.click("#phase-forward").await;
    s.wait_text("#phase-stepper [aria-current=step]", "Selection").await;
    s.click("[data-nav=applications]").await;
    s.click("#tab-selection").await;
    s.wait_for("[data-testid=ranking-row]").await;
    s.click("[data-testid=score-button]").await;
    s.wait_for("#score-dialog").await;
    s.clear("#score-reviewer").await;
    s.type_into("#score-reviewer", "Mira Kovač").await;
    s.screenshot(&out.join("score-dialog.png")).await;
    s.click("#score-cancel").await;
    if s.count("#confirm-yes").await > 0 {
        s.click("#confirm-yes").await;
    }
    s.wait_gone("#score-dialog").await;
    s.click("#selection-run").await;
    s.wait_text("[data-testid=selection-pool][data-role=visiting] .pool-count", "13 of 13 selected").await;
    tokio::time::sleep(Duration::from_millis(4500)).await; // let the toast go
    s.screenshot(&out.join("selection.png")).await;
    s.click("#selection-criteria-edit").await;
    s.wait_for("#criteria-dialog [data-testid=criterion-row]").await;
    s.screenshot(&out.join("criteria.png")).await;
    s.click("#criteria-cancel").await;
    s.click("#tab-pairing").await;
    s.wait_for("#phase-notice-matching").await;
    s.screenshot(&out.join("pairing-phase-notice.png")).await;
    s.click("#phase-notice-move").await;
    s.click("#phase-notice-confirm").await;
    s.wait_gone("#phase-notice-matching").await;
    s.wait_rows_of("#pairs-table tr.pair-row", 13).await;
    s.click("#pairs-table tr.pair-row .pair-explain").await;
    s.wait_for("tr.pair-breakdown .criterion").await;
    s.screenshot(&out.join("pairing.png")).await;
    s.wait_for("#pairing-map line.map-pair").await;
    s.click("#pairs-table tr.pair-row .pair-explain").await;
    s.wait_gone("tr.pair-breakdown").await;
    s.resize(1280, 1000).await;
    s.click("#pairing-summary").await;
    s.screenshot(&out.join("pairing-map.png")).await;
    s.resize(1280, 800).await;
    s.click("#pairing-confirm").await;
    s.click("#confirm-yes").await;
    s.wait_for("#move-on-dialog").await;
    s.screenshot(&out.join("pairing-move-on.png")).await;
    s.click("#move-on-yes").await;
    s.wait_gone("#move-on-dialog").await;
    s.click("#pairs-table tr.pair-row .pair-dates").await;
    s.wait_for("#visit-dialog").await;
    s.screenshot(&out.join("pairing-visit-dates.png")).await;
    s.click("#visit-save").await;
    s.wait_gone("#visit-dialog").await;
    s.click("#tab-grants").await;
    s.wait_text("#grants-count", "grants").await;
    s.screenshot(&out.join("grants.png")).await;
    s.click("tr.grant-row .grant-explain").await;
    s.wait_for("#grant-dialog #grant-lines").await;
    s.screenshot(&out.join("grant-explained.png")).await;
    s.click("#grant-close").await;
    s.wait_gone("#grant-dialog").await;
    s.click("#grants-rules").await;
    s.wait_for("#rules-dialog").await;
    s.fill("#rule-rate-1", "150").await;
    s.click("#rules-what-if").await;
    s.wait_for("#rules-what-if-result").await;
    s.screenshot(&out.join("rules.png")).await;
    s.click("#rules-cancel").await;
    if s.count("#confirm-dialog").await > 0 {
        s.click("#confirm-yes").await;
    }
    s.wait_gone("#rules-dialog").await;
    // Awarded, with a payment recorded and a report received.
    s.click("#grants-award-all").await;
    s.click("#confirm-yes").await;
    s.wait_text("#budget-awarded", "€").await;
    s.click("tr.grant-row .grant-explain").await;
    s.click("#payments-table tr.payment-row:nth-child(1) .payment-pay").await;
    s.type_into("#pay-reference", "VIR-2027-0001").await;
    s.click("#pay-confirm").await;
    s.wait_text("#payments-table tr.payment-row:nth-child(1) .payment-status", "Paid").await;
    s.click("#report-received").await;
    s.wait_text("#report-status", "Report received").await;
    s.screenshot(&out.join("grant-payments.png")).await;
    s.click("#grant-close").await;
    s.wait_gone("#grant-dialog").await;
    s.click("#tab-payments").await;
    s.wait_text("#payments-count", "payments").await;
    s.screenshot(&out.join("payments.png")).await;
    // Letters: the settings a letter needs, the cycle's letters, and one previewed.
    s.click("[data-nav=settings]").await;
    s.wait_for("#settings-network-name").await;
    s.clear("#settings-network-name").await;
    s.type_into("#settings-network-name", "European Network of Cultural Centres").await;
    s.type_into("#settings-address", "Rue de la Loi 42\u{E007}1040 Bruxelles\u{E007}Belgium").await;
    s.type_into("#settings-signatory-name", "Zofia Wiśniewska").await;
    s.type_into("#settings-signatory-title", "Secretary General").await;
    s.click("#settings-save").await;
    s.wait_text("#toast", "Settings saved").await;
    s.click("[data-nav=letters]").await;
    s.wait_for("#letters-table tr.letter-row").await;
    let first = s.attr_where("#letters-table tr.letter-row", "", "data-grant-id").await;
    s.click(&format!("#letters-table tr.letter-row[data-grant-id='{first}'] .letter-preview")).await;
    s.wait_for("#letter-preview-dialog .letter-paper").await;
    s.click("#letter-issue").await;
    s.click("#letter-issue-confirm").await;
    s.wait_for("#letter-issued").await;
    s.click("#letter-preview-close").await;
    s.wait_text("#letters-summary", "1 issued").await;
    s.screenshot(&out.join("letters.png")).await;
    let second = s.attr_where("#letters-table tr.letter-row[data-status=to_issue]", "", "data-grant-id").await;
    s.click(&format!("#letters-table tr.letter-row[data-grant-id='{second}'] .letter-preview")).await;
    s.wait_for("#letter-preview-dialog .letter-paper").await;
    s.screenshot(&out.join("letter-preview.png")).await;
    s.click("#letter-preview-close").await;
    // The Workshops vote, open with two ballots.
    s.click("[data-nav=votes]").await;
    s.wait_text("#vote-state", "Setting up").await;
    s.click("#vote-open").await;
    s.click("#vote-open-confirm").await;
    s.wait_text("#vote-state", "Open").await;
    let proposals: Vec<String> = {
        let mut ids = Vec::new();
        for n in 1..=s.count("#vote-proposals [data-proposal-id]").await {
            ids.push(s.attr_where(&format!("#vote-proposals [data-proposal-id]:nth-child({n})"), "", "data-proposal-id").await);
        }
        ids
    };
    for (name, order) in [("Armazém", [1, 0]), ("Dílna Přístav", [0, 1])] {
        let hub = s.attr_where("#vote-electorate tr.voter-row", name, "data-hub-id").await;
        s.select("#ballot-hub", &hub).await;
        s.select("#ballot-choice-1", &proposals[order[0]]).await;
        s.select("#ballot-choice-2", &proposals[order[1]]).await;
        s.click("#ballot-save").await;
        s.wait_text("#toast", "recorded").await;
    }
    s.wait_text("#vote-turnout", "2 of").await;
    s.scroll_to_top_of("#vote-count").await;
    s.screenshot(&out.join("votes.png")).await;
    // Reports and a story with a photo.
    s.click("[data-nav=applications]").await;
    s.click("#tab-reports").await;
    s.wait_for("#reports-table tr.report-row .stories-open").await;
    s.click("#reports-table tr.report-row .stories-open").await;
    s.type_into("#story-title", "Five days at the spinning mill").await;
    s.type_into("#story-author", "Agnieszka Wójcik").await;
    s.type_into("#story-body", "We arrived on a grey Monday and were met at the station by the whole team.").await;
    s.click("#story-save").await;
    s.wait_text("#toast", "Story saved").await;
    let photo = world.write_bytes("courtyard.png", &std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/icons/128x128.png")).unwrap());
    world.answer_next_dialog(&photo);
    s.type_into("#stories-dialog li.story-item .photo-caption", "The courtyard").await;
    s.click("#stories-dialog li.story-item .photo-add").await;
    s.wait_for("#stories-dialog img.story-photo").await;
    s.screenshot(&out.join("stories.png")).await;
    s.click("#stories-close").await;
    s.wait_text("#reports-summary", "1 story").await;
    s.screenshot(&out.join("reports.png")).await;
    // The cycle report, its map, and the emission factors.
    s.click("#tab-cycle-report").await;
    s.wait_for("#cycle-report-map-svg path.journey").await;
    s.screenshot(&out.join("cycle-report.png")).await;
    s.scroll_to_top_of("#cycle-report-map").await;
    s.screenshot(&out.join("cycle-report-map.png")).await;
    s.scroll_to_top_of("#cycle-report").await;
    s.click("#factors-open").await;
    s.wait_for("#factors-dialog #factors-table").await;
    s.screenshot(&out.join("emission-factors.png")).await;
    s.click("#factors-cancel").await;
    s.wait_gone("#factors-dialog").await;
    s.click("[data-nav=applications]").await;
    s.click("#tab-applications").await;
    s.click("#new-application").await;
    s.wait_for("#application-form").await;
    s.screenshot(&out.join("application-form.png")).await;
    s.end().await;
}

/// The main screens in French at full width (`docs/screenshots/fr/`), and in English at the
/// narrowest window (960 px, `narrow/`) and zoomed to 200 % (`zoom-200/`). Not a check:
/// `cargo xtask screenshots`.
#[tokio::test]
#[ignore]
async fn screenshots_in_french_narrow_and_zoomed() {
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/screenshots");
    for (folder, language, width, zoom) in [("fr", "fr", 1280, false), ("narrow", "", 960, false), ("zoom-200", "", 1280, true)] {
        let world = World::new(&format!("screens-{folder}"));
        std::fs::create_dir_all(world.data_file().parent().unwrap()).unwrap();
        drop(crate::common::demo_p2p_awarded_in_file(&world));
        let s = world.start().await;
        s.resize(width, 800).await;
        if !language.is_empty() {
            s.activate("[data-nav=settings]").await;
            s.select("#window-language", language).await;
            s.wait_text("[data-nav=hubs]", "Lieux").await;
        }
        if zoom {
            for _ in 0..5 {
                s.type_into("[data-nav=hubs]", "\u{E009}=\u{E000}").await;
                tokio::time::sleep(Duration::from_millis(250)).await;
            }
        }
        let shot = |name: &str| out.join(folder).join(format!("{name}.png"));
        s.activate("[data-nav=hubs]").await;
        s.wait_for("#hub-table").await;
        tokio::time::sleep(Duration::from_millis(4500)).await; // let the toast go
        s.screenshot(&shot("hubs")).await;
        s.activate("[data-nav=cycles]").await;
        s.wait_for("#cycle-table").await;
        s.screenshot(&shot("cycles")).await;
        s.activate("[data-testid=cycle-row]").await;
        s.wait_for("#cycle-detail").await;
        s.screenshot(&shot("cycle-detail")).await;
        s.activate("[data-nav=applications]").await;
        for tab in ["applications", "selection", "pairing", "grants", "payments", "letters", "reports", "cycle-report"] {
            s.activate(&format!("#tab-{tab}")).await;
            s.wait_for(&format!("#tab-{tab}[aria-selected=true]")).await;
            tokio::time::sleep(Duration::from_millis(1200)).await;
            s.screenshot(&shot(tab)).await;
        }
        s.activate("[data-nav=votes]").await;
        tokio::time::sleep(Duration::from_millis(1200)).await;
        s.screenshot(&shot("votes")).await;
        s.activate("[data-nav=outbox]").await;
        tokio::time::sleep(Duration::from_millis(1000)).await;
        s.screenshot(&shot("outbox")).await;
        s.activate("[data-nav=settings]").await;
        s.wait_for("#settings-network-name").await;
        s.screenshot(&shot("settings")).await;
        s.end().await;
    }
}

/// Not a check: the README's pictures of paying from one bank file and of data protection, on a
/// day in May 2027 when the first instalments of the demo P2P cycle are due.
#[tokio::test]
#[ignore]
async fn screenshots_of_bank_files_and_data_protection() {
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/screenshots");
    let world = World::new("screenshots-paying");
    world.set_today("2027-05-20");
    {
        let (mut store, _) = crate::common::demo_p2p_visits_agreed_in_file(&world);
        let account = mobility_desk_core::registry::accounts::AccountInput { holder: "European Network of Cultural Centres".into(), iban: "BE68 5390 0754 7034".into(), bic: "GEBABEBB".into(), expected_version: None };
        store.save_bank_account(mobility_desk_core::registry::accounts::AccountOwner::NETWORK, &account).unwrap();
    }
    let s = world.start().await;
    s.resize(1280, 800).await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("[data-testid=hub-row][data-key=kypseli-athens] td").await;
    s.wait_text("#bank-shown-iban", "GR").await;
    // Into view: the dialog that changes the details, opened and closed again (the IBAN stays
    // masked in the form).
    s.click("#bank-change").await;
    s.wait_for("#bank-dialog").await;
    s.click("#bank-cancel").await;
    s.wait_gone("#bank-dialog").await;
    s.screenshot(&out.join("bank-details.png")).await;
    s.click("#hub-cancel").await;
    s.wait_gone("#hub-form").await;
    s.click("[data-nav=grants]").await;
    s.click("#tab-payments").await;
    s.wait_text("#payments-count", "52 payments").await;
    s.click("#sepa-open").await;
    s.wait_text("#sepa-lines-title", "transfers").await;
    s.screenshot(&out.join("sepa.png")).await;
    let file = world.folder("bank").join("p2p-2027-05.xml");
    world.answer_next_dialog(&file);
    s.click("#sepa-write").await;
    s.wait_gone("#sepa-dialog").await;
    s.wait_for("#payment-batches").await;
    tokio::time::sleep(Duration::from_secs(4)).await;
    s.screenshot(&out.join("bank-files.png")).await;
    s.click("[data-nav=settings]").await;
    s.wait_for("#privacy-register tr").await;
    s.type_into("#privacy-search", "maria").await;
    s.click("#privacy-find").await;
    s.wait_for("#privacy-people").await;
    s.screenshot(&out.join("data-protection.png")).await;
    // Her erasure asked: what goes, and what stays (her grant's open instalments).
    s.click("#privacy-people .privacy-erase").await;
    s.wait_for("#erasure-unpaid").await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    s.screenshot(&out.join("erasure.png")).await;
    s.click("#erasure-no").await;
    s.end().await;
}
