//! Grants, their rules and amendments, pairs' dates, instalments and payments.

use crate::harness::World;
use crate::common::{demo_p2p_awarded_in_file, demo_p2p_in_selection, pair_and_move_to_awarded, awarded_p2p, visiting_grants, today, day_shown};

/// Issue 4's walk: the demo P2P cycle's grants computed, one explained and awarded, a rate
/// changed (after a look at its budget effect): drafts follow, the awarded grant stays until
/// amended with a reason; all of it kept after a restart.
#[tokio::test]
async fn grants_are_computed_explained_and_awarded_ones_stay_when_a_rate_changes() {
    let world = World::new("grants");
    let s = world.start().await;
    demo_p2p_in_selection(&s).await;
    s.click("#tab-grants").await;
    s.wait_for("#grants-empty").await;
    s.click("#tab-selection").await;
    s.click("#selection-run").await;
    s.wait_text("[data-testid=selection-pool][data-role=visiting] .pool-count", "13 of 13 selected").await;

    // In Selection the drafts show, but awarding waits for the Awarded phase: the tab says so.
    s.click("#tab-grants").await;
    s.wait_text("#grants-count", "26 grants").await;
    s.wait_text(
        "#phase-notice-award",
        "'P2P Learning 2027' is in Selection: grants are awarded from Awarded to Reporting. Move the cycle to Awarded first: Cycles → P2P Learning 2027 → Next step.",
    )
    .await;
    assert!(!s.enabled("#grants-award-all").await);
    s.click("tr.grant-row .grant-explain").await;
    s.wait_text("#grant-phase-note", "Move the cycle to Awarded first").await;
    assert!(!s.enabled("#grant-award").await);
    s.click("#grant-close").await;
    s.wait_gone("#grant-dialog").await;
    pair_and_move_to_awarded(&s).await;

    // 13 visiting hubs at €1,175 and 13 hosts at €500: the whole €21,775 envelope.
    s.click("#tab-grants").await;
    s.wait_text("#grants-count", "26 grants").await;
    assert_eq!(s.count("#phase-notice-award").await, 0);
    s.wait_text("#budget-drafts", "€21,775.00").await;
    s.wait_text("#budget-envelope", "€21,775.00").await;
    assert!(s.text("#grants-rule-version").await.starts_with("Rules v1"));
    let rows = s.texts("tr.grant-row").await;
    assert_eq!(rows.len(), 26);
    assert_eq!(rows.iter().filter(|r| r.contains("€1,175.00")).count(), 13, "{rows:?}");
    assert_eq!(rows.iter().filter(|r| r.contains("€500.00")).count(), 13, "{rows:?}");
    // Visiting hubs with one traveller (with two, the €1,175 cap holds whatever the day rate).
    let mut single = Vec::new();
    for n in 1..=rows.len() {
        let css = format!("#grants-table tbody tr.grant-row:nth-child({n})");
        let text = s.text(&css).await.replace('\u{a0}', " ");
        if text.contains("€1,175.00") && text.contains("1 traveller ·") {
            single.push(s.attr_where(&css, "", "data-grant-id").await);
        }
    }
    assert!(single.len() >= 3, "{rows:?}");
    let (first, second) = (single[0].clone(), single[1].clone());
    let row = |id: &str| format!("tr.grant-row[data-grant-id='{id}']");

    // The explanation: each line with its rule and version, the cap as its own line.
    s.click(&format!("{} .grant-explain", row(&first))).await;
    s.wait_for("#grant-dialog").await;
    let lines = s.texts("#grant-lines .grant-line").await;
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[0].contains("Travel") && lines[0].contains("€350.00"), "{}", lines[0]);
    assert!(lines[1].contains("Subsistence") && lines[1].contains("€165.00") && lines[1].contains("€825.00"), "{}", lines[1]);
    assert!(lines[2].contains("Cap per visiting hub"), "{}", lines[2]);
    assert!(s.text("#grant-lines .line-source").await.contains("rules v1"));
    s.wait_text("#grant-dialog-total", "€1,175.00").await;

    // Awarded: frozen from now on.
    s.click("#grant-award").await;
    s.wait_text("#grant-history", "Awarded").await;
    s.wait_text(&format!("{} .grant-state", row(&first)), "Awarded").await;
    s.click("#grant-close").await;
    s.wait_gone("#grant-dialog").await;

    // €100 a day instead of €165: the preview shows the effect on the budget first.
    s.click("#grants-rules").await;
    s.wait_for("#rules-dialog").await;
    s.fill("#rule-rate-1", "100").await;
    s.type_into("#rules-note", "Day rate of the 2027 call").await;
    s.click("#rules-what-if").await;
    // Each one-traveller visiting draft loses 5 × €65 = €325; the awarded grant would change
    // only by amendment.
    let drafts = single.len() - 1;
    let euros = |cents: usize| mobility_desk_core::platform::money::format_euros(cents as i64);
    s.wait_text("#what-if-difference", &format!("−{}", euros(drafts * 32_500))).await;
    assert_eq!(s.count(".what-if-change").await, drafts);
    s.wait_text("#what-if-awarded", "1 awarded grant would change only by amendment").await;
    s.click("#rules-save").await;
    s.wait_gone("#rules-dialog").await;
    s.wait_text("#grants-rule-version", "Rules v2").await;
    s.wait_text(&format!("{} .grant-total", row(&second)), "€850.00").await;
    assert_eq!(s.text(&format!("{} .grant-total", row(&first))).await, "€1,175.00", "the awarded grant stays");
    s.wait_text("#budget-drafts", &euros(2_177_500 - 117_500 - drafts * 32_500)).await;
    s.wait_text("#budget-awarded", "€1,175.00").await;

    // The awarded grant shows what the new rules would give, and changes only by amendment.
    s.click(&format!("{} .grant-explain", row(&first))).await;
    s.wait_text("#grant-pending", "€850.00").await;
    s.click("#grant-amend").await;
    s.wait_text("#grant-dialog", "Say why").await;
    s.type_into("#grant-amend-reason", "The 2027 call's day rate applies to every visiting hub").await;
    s.click("#grant-amend").await;
    s.wait_text("#grant-dialog-total", "€850.00").await;
    let history = s.texts("#grant-history .history-entry").await;
    assert_eq!(history.len(), 2, "{history:?}");
    assert!(history[1].contains("Amended") && history[1].contains("The 2027 call's day rate"), "{history:?}");
    s.click("#grant-close").await;
    s.wait_gone("#grant-dialog").await;
    s.end().await;

    // Kept after a restart; the sidebar's Grants item opens the same tab.
    let s = world.start().await;
    s.click("[data-nav=grants]").await;
    s.wait_for("#tab-grants[aria-selected=true]").await;
    s.wait_text("#grants-count", "26 grants").await;
    s.wait_text("#grants-rule-version", "Rules v2").await;
    s.wait_text(&format!("{} .grant-state", row(&first)), "rev 2").await;
    assert_eq!(s.text(&format!("{} .grant-total", row(&first))).await, "€850.00");
    assert_eq!(s.text(&format!("{} .grant-total", row(&second))).await, "€850.00");
    s.end().await;
}

/// Bad rules are refused where they are wrong and change nothing: a band table with a gap,
/// a negative amount typed into a rate.
#[tokio::test]
async fn a_band_table_with_a_gap_is_refused_at_the_table() {
    let world = World::new("rules");
    let s = world.start().await;
    s.click("#load-demo").await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("[data-nav=grants]").await;
    let staff = s.attr_where("#applications-cycle option", "Staff Exchange", "value").await;
    s.select("#applications-cycle", &staff).await;
    s.wait_for("#grants-empty").await;
    s.click("#grants-rules").await;
    s.wait_for("#rules-dialog").await;
    // The Erasmus+ 2024 table: row 2 is 100–499 km. Starting it at 120 km leaves 100–119 km out.
    assert_eq!(s.value("#band-0-1-from").await, "100");
    s.fill("#band-0-1-from", "120").await;
    s.click("#rules-save").await;
    s.wait_text("[data-field-error='components.0.bands']", "Between rows 1 and 2, 100 to 119 km is in no band.").await;
    assert!(s.count("#rules-dialog").await == 1, "the dialog stays open with the error");
    s.fill("#band-0-1-from", "100").await;
    s.fill("#rule-rate-1", "-5").await;
    s.click("#rules-save").await;
    s.wait_for("#rules-dialog [data-field-error]").await;
    s.fill("#rule-rate-1", "165").await;
    s.click("#rules-cancel").await;
    s.wait_gone("#rules-dialog").await;
    s.wait_text("#grants-rule-version", "Rules v1").await;
    s.end().await;
}

/// A data file from before the phase gates: the demo P2P cycle paired, awarded and lettered
/// while it still says Selection. The list flags it, the cycle says what ran ahead, and one
/// confirmed step moves it to Awarded through each guard, kept in its history and after a
/// restart.
#[tokio::test]
async fn a_cycle_whose_work_ran_ahead_of_its_phase_is_flagged_and_moved_forward() {
    use mobility_desk_core::cycle::cycles::Phase;
    let world = World::new("ahead");
    {
        let (mut store, cycle) = demo_p2p_awarded_in_file(&world);
        store.write_cycle_letters(cycle, &world.folder("letters"), None, "tester", &mut |_| true).unwrap();
        store.force_phase_for_tests(cycle, Phase::Selection).unwrap();
    }
    let s = world.start().await;
    s.click("[data-nav=cycles]").await;
    let p2p = s.attr_where("[data-testid=cycle-row]", "P2P Learning 2027", "data-cycle-id").await;
    s.wait_text(&format!("[data-cycle-id='{p2p}'] [data-testid=cycle-ahead-tag]"), "Work ahead").await;
    s.click(&format!("[data-cycle-id='{p2p}'] td")).await;
    s.wait_text("#phase-stepper [aria-current=step]", "Selection").await;
    s.wait_text(
        "#cycle-ahead-text",
        "13 pairs confirmed, 26 grants awarded and 26 letters issued while the cycle says Selection. That work belongs to Awarded",
    )
    .await;
    s.click("#cycle-catch-up").await;
    s.click("#catch-up-yes").await;
    s.wait_text("#phase-stepper [aria-current=step]", "Awarded").await;
    s.wait_gone("#cycle-ahead").await;
    let history = s.texts("[data-testid=cycle-event]").await;
    assert!(history.iter().any(|e| e.contains("Matching → Awarded") && e.contains("Caught up with work done ahead of the phase")), "{history:?}");
    s.end().await;

    let s = world.start().await;
    s.click("[data-nav=cycles]").await;
    assert_eq!(s.count("[data-testid=cycle-ahead-tag]").await, 0);
    s.wait_text(&format!("[data-cycle-id='{p2p}'] [data-testid=phase-pill]"), "Awarded").await;
    s.end().await;
}

/// Once letters are out, what they rest on changes only by amendment: cutting the budget shows
/// the overrun and asks why; a later report deadline names the letters that would need a new
/// version; the amendment is kept in the history and the letters fall due again.
#[tokio::test]
async fn a_frozen_cycle_is_amended_with_its_consequences_shown() {
    let world = World::new("amend");
    {
        let (mut store, cycle) = demo_p2p_awarded_in_file(&world);
        for g in store.grants(cycle).unwrap().into_iter().take(2) {
            store.issue_letter(g.id, None, "tester").unwrap();
        }
    }
    let s = world.start().await;
    s.click("[data-nav=cycles]").await;
    let p2p = s.attr_where("[data-testid=cycle-row]", "P2P Learning 2027", "data-cycle-id").await;
    s.click(&format!("[data-cycle-id='{p2p}'] td")).await;
    s.wait_text("#cycle-frozen", "Frozen: 26 grants are awarded, 2 letters are issued.").await;
    s.wait_text("#cycle-edit", "Amend settings…").await;

    // The budget cut to €15,000: the dialog names the change and the overrun, and asks why.
    s.click("#cycle-edit").await;
    s.wait_for("#cycle-form").await;
    s.fill("#cycle-budget", "15000").await;
    s.click("#cycle-save").await;
    s.wait_text("#amend-changes", "Budget envelope: €21,775.00 → €15,000.00").await;
    s.wait_text("#amend-overrun", "The envelope of €15,000.00 would be €6,775.00 below the €21,775.00 already awarded.").await;
    assert_eq!(s.count("#amend-letters").await, 0, "no letter states the envelope");
    s.wait_text("#amend-confirm", "Amend despite the overrun").await;
    s.click("#amend-confirm").await;
    s.wait_text("#amend-reason-error", "Say why").await;
    s.click("#amend-cancel").await;
    s.wait_gone("#amend-dialog").await;

    // A later report deadline instead: the two issued letters state the old one.
    s.fill("#cycle-budget", "21775").await;
    s.fill("#cycle-report-deadline", "2028-01-31").await;
    s.click("#cycle-save").await;
    s.wait_text("#amend-changes", "Report deadline: 2027-12-15 → 2028-01-31").await;
    s.wait_text("#amend-letters", "2 issued letters state a setting that changes: they would need a new version.").await;
    s.type_into("#amend-reason", "Reports after the winter break").await;
    s.click("#amend-confirm").await;
    s.wait_gone("#amend-dialog").await;
    s.wait_gone("#cycle-form").await;
    s.wait_text("#cycle-history", "Settings amended").await;
    s.wait_text("#cycle-history", "Report deadline: 2027-12-15 → 2028-01-31").await;
    s.wait_text("#cycle-history", "Reports after the winter break").await;

    s.click("[data-nav=letters]").await;
    s.wait_rows_of("#letters-table tr.letter-row", 26).await;
    s.wait_text("#letters-summary", "0 issued · 24 to issue · 2 need a new version").await;
    s.end().await;
}

/// A P2P exchange has its own dates: the pair shows the proposed window as a proposal, staff
/// set the dates the hubs agreed (refused outside their availability), the grant dialog shows
/// availability and visit apart, and the letter's preview states the visit.
#[tokio::test]
async fn a_pairs_visit_dates_are_set_and_the_letter_states_them() {
    let world = World::new("visit");
    let (visiting, hub, visit) = {
        let (store, cycle) = demo_p2p_awarded_in_file(&world);
        let pair = store.pairing_plan(cycle).unwrap().pairs.into_iter().find(|p| p.visiting.starts_on.is_some() && p.visit.is_some()).unwrap();
        (pair.visiting.application_id, pair.visiting.hub_name.clone(), pair.visit.unwrap())
    };
    let words = |iso: &str| mobility_desk_core::documents::i18n::Words::of("en").unwrap().date_text(iso);
    let s = world.start().await;
    s.click("[data-nav=pairing]").await;
    let row = format!("tr.pair-row[data-visiting-id='{visiting}']");
    s.wait_text(&format!("{row} .pair-visit"), "To be agreed").await;
    s.wait_text(&format!("{row} .pair-visit"), "proposed").await;

    // The grant dialog: the hub's availability, and the visit still to agree.
    s.click("#tab-grants").await;
    let grant = s.attr_where("tr.grant-row", &hub, "data-grant-id").await;
    s.click(&format!("tr.grant-row[data-grant-id='{grant}'] .grant-explain")).await;
    s.wait_for("#grant-availability").await;
    s.wait_text("#grant-activity", "dates still to be agreed by the two hubs").await;
    s.click("#grant-close").await;
    s.wait_gone("#grant-dialog").await;

    s.click("#tab-pairing").await;
    s.click(&format!("{row} .pair-dates")).await;
    s.wait_for("#visit-dialog").await;
    assert_eq!(s.value("#visit-from").await, visit.starts_on, "the proposal is the first suggestion");
    s.fill("#visit-from", "2020-01-01").await;
    s.fill("#visit-to", "2020-01-03").await;
    s.click("#visit-save").await;
    s.wait_text("[data-field-error='visit_start']", "the visit must fall within").await;
    s.fill("#visit-from", &visit.starts_on).await;
    s.fill("#visit-to", &visit.ends_on).await;
    s.click("#visit-save").await;
    s.wait_gone("#visit-dialog").await;
    s.wait_text(&format!("{row} .visit-dates"), &format!("{} day", visit.days)).await;

    // The letter's preview states the visit.
    s.click("#tab-letters").await;
    let letter = s.attr_where("#letters-table tr.letter-row", &hub, "data-grant-id").await;
    s.click(&format!("#letters-table tr.letter-row[data-grant-id='{letter}'] .letter-preview")).await;
    s.wait_for("#letter-preview-dialog .letter-paper").await;
    let paper = s.text("#letter-preview-dialog .letter-paper").await.split_whitespace().collect::<Vec<_>>().join(" ");
    let period = format!("from {} to {}", words(&visit.starts_on), words(&visit.ends_on));
    assert!(paper.contains(&period), "{period} in {paper}");
    s.end().await;
}

/// Payments in the window: pre-financing paid with its reference, the balance refused until
/// the report is in, then paid; a cancellation after pre-financing opens a recovery, which is
/// waived with a reason; the Payments tab's totals; the finance export as XLSX and CSV through
/// the save dialog; everything still there after a restart.
#[tokio::test]
async fn instalments_are_paid_recovered_and_exported_for_finance() {
    let world = World::new("payments");
    let s = world.start().await;
    awarded_p2p(&s).await;
    let visiting = visiting_grants(&s).await;
    assert!(visiting.len() >= 2, "{visiting:?}");
    let row = |id: &str| format!("tr.grant-row[data-grant-id='{id}']");

    // 70 % before the activity, 30 % after the report.
    s.click(&format!("{} .grant-explain", row(&visiting[0]))).await;
    s.wait_for("#grant-payments").await;
    s.wait_text("#payments-summary", "Owed €1,175.00 · Paid €0.00 · Still to pay €1,175.00").await;
    let payments = s.texts("#payments-table tr.payment-row").await;
    assert_eq!(payments.len(), 2, "{payments:?}");
    assert!(payments[0].contains("Instalment 1 of 2: 70 % before the activity") && payments[0].contains("€822.50"), "{payments:?}");
    assert!(payments[1].contains("€352.50") && payments[1].contains("Waiting"), "{payments:?}");
    let first = "#payments-table tr.payment-row:nth-child(1)";
    let balance = "#payments-table tr.payment-row:nth-child(2)";

    // A date in the future is refused at the field; a real payment is recorded.
    s.click(&format!("{first} .payment-pay")).await;
    s.fill("#pay-date", "2099-01-01").await;
    s.click("#pay-confirm").await;
    s.wait_text("[data-field-error='paid_on']", "cannot be in the future").await;
    s.fill("#pay-date", "2026-11-02").await;
    s.type_into("#pay-reference", "VIR-0042").await;
    s.click("#pay-confirm").await;
    s.wait_text("#payments-summary", "Paid €822.50 · Still to pay €352.50").await;
    s.wait_text(&format!("{first} .payment-status"), "Paid 2 Nov 2026 · VIR-0042").await;

    // The balance waits for the report.
    s.click(&format!("{balance} .payment-pay")).await;
    s.click("#pay-confirm").await;
    s.wait_text("#pay-error", "only after the report is received").await;
    s.click("#pay-cancel").await;
    s.wait_text("#report-status", "Report not received yet").await;
    s.click("#report-received").await;
    s.wait_text("#report-status", &format!("Report received on {}", day_shown(&today()))).await;
    s.wait_text(&format!("{balance} .payment-status"), "Due").await;
    s.click(&format!("{balance} .payment-pay")).await;
    s.click("#pay-confirm").await;
    s.wait_text("#payments-summary", "Owed €1,175.00 · Paid €1,175.00 · Still to pay €0.00").await;
    s.click("#grant-close").await;
    s.wait_gone("#grant-dialog").await;
    s.wait_text(&format!("{} .grant-paid", row(&visiting[0])), "€1,175.00").await;

    // Cancelled after pre-financing: the balance goes and €822.50 is to recover.
    s.click(&format!("{} .grant-explain", row(&visiting[1]))).await;
    s.click(&format!("{first} .payment-pay")).await;
    s.click("#pay-confirm").await;
    s.wait_text("#payments-summary", "Paid €822.50").await;
    s.click("#grant-cancel").await;
    s.type_into("#grant-cancel-reason", "The visit was called off").await;
    s.click("#grant-cancel-confirm").await;
    s.wait_text("#payments-summary", "To recover €822.50").await;
    let payments = s.texts("#payments-table tr.payment-row").await;
    assert_eq!(payments.len(), 3, "{payments:?}");
    assert!(payments[1].contains("Cancelled"), "{payments:?}");
    assert!(payments[2].contains("Recovery") && payments[2].contains("€822.50"), "{payments:?}");
    // Not pursued: waived, with the reason kept.
    s.click("#payments-table tr.payment-row:nth-child(3) .payment-waive").await;
    s.click("#payment-reason-confirm").await;
    s.wait_for("[data-field-error='reason']").await;
    s.type_into("#payment-reason", "Costs already incurred by the host").await;
    s.click("#payment-reason-confirm").await;
    s.wait_text("#payments-table tr.payment-row:nth-child(3) .payment-status", "Waived").await;
    s.wait_text("#payments-table tr.payment-row:nth-child(3) .payment-note", "Costs already incurred by the host").await;
    s.click("#grant-close").await;
    s.wait_gone("#grant-dialog").await;

    // The cycle's payments: 52 instalments and the recovery.
    s.click("#tab-payments").await;
    s.wait_text("#payments-count", "53 payments").await;
    s.wait_text("#pay-total-awarded", "€20,600.00").await;
    assert_eq!(s.text("#pay-total-paid").await, "€1,997.50");
    assert_eq!(s.text("#pay-total-recover").await, "€0.00");
    s.select("#payments-filter", "paid").await;
    s.wait_text("#payments-count", "3 of 53 payments").await;
    s.select("#payments-filter", "all").await;
    s.wait_text("#payments-count", "53 payments").await;

    // The finance export through the save dialog: the workbook and the CSV.
    let xlsx = world.write_file("finance.xlsx", "");
    std::fs::remove_file(&xlsx).unwrap();
    world.answer_next_dialog(&xlsx);
    s.click("#export-finance-xlsx").await;
    s.wait_text("#export-result", "Exported 53 payment rows of 26 grants").await;
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    use calamine::Reader;
    assert_eq!(book.sheet_names(), vec!["Instalments", "Grants", "Lines", "Summary"]);
    let rows = book.worksheet_range("Instalments").unwrap();
    assert_eq!(rows.height(), 54);
    assert!(rows.rows().any(|r| r[20] == calamine::Data::String("VIR-0042".into())));
    let csv = world.write_file("finance.csv", "");
    std::fs::remove_file(&csv).unwrap();
    world.answer_next_dialog(&csv);
    s.click("#export-finance-csv").await;
    s.wait_text("#export-result", &csv.display().to_string()).await;
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.contains(",822.50,82250,Paid,2026-11-02,VIR-0042,"), "{text}");
    assert!(text.contains("Waived: Costs already incurred by the host"), "{text}");
    s.end().await;

    // Kept after a restart.
    let s = world.start().await;
    s.click("[data-nav=grants]").await;
    s.click("#tab-payments").await;
    s.wait_text("#payments-count", "53 payments").await;
    s.wait_text("#pay-total-paid", "€1,997.50").await;
    s.click("#tab-grants").await;
    s.click(&format!("{} .grant-explain", row(&visiting[0]))).await;
    s.wait_text("#report-status", &format!("Report received on {}", day_shown(&today()))).await;
    // A payment recorded by mistake is undone, with the reason kept.
    s.click("#payments-table tr.payment-row:nth-child(2) .payment-reopen").await;
    s.type_into("#payment-reason", "Booked twice by the bank").await;
    s.click("#payment-reason-confirm").await;
    s.wait_text("#payments-summary", "Paid €822.50 · Still to pay €352.50").await;
    s.wait_text("#payments-table tr.payment-row:nth-child(2) .payment-note", "Booked twice by the bank").await;
    s.end().await;
}
