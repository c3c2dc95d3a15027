//! Paying a cycle from one bank transfer file (issue 21): the network's account given in
//! Settings (refused first, at the field, when its IBAN is wrong), the SEPA file of the demo
//! P2P cycle's due instalments written through the save dialog, with the payees the file
//! cannot carry listed and left out, and the batch marked paid in one step.

use crate::common::demo_p2p_visits_agreed_in_file;
use crate::harness::World;

#[tokio::test]
async fn a_cycle_is_paid_from_one_bank_file_and_the_batch_marked_paid_in_one_step() {
    let world = World::new("sepa");
    // A day in May 2027: the first instalments of the visits agreed for April and May are due.
    world.set_today("2027-05-20");
    demo_p2p_visits_agreed_in_file(&world);
    let s = world.start().await;

    // Without the network's own account, the dialog says where to give it and writes nothing.
    s.click("[data-nav=grants]").await;
    s.click("#tab-payments").await;
    s.wait_text("#payments-count", "52 payments").await;
    s.click("#sepa-open").await;
    s.wait_text("#sepa-blocked", "Settings → The network's bank account").await;
    assert!(!s.enabled("#sepa-write").await);
    s.click("#sepa-cancel").await;
    s.wait_gone("#sepa-dialog").await;

    // The network's account, in Settings: a wrong IBAN is refused at the field.
    s.click("[data-nav=settings]").await;
    s.wait_text("#network-account #bank-none", "No account given yet").await;
    s.click("#network-account #bank-add").await;
    s.type_into("#bank-holder", "Réseau des Halles ASBL").await;
    s.type_into("#bank-iban", "BE68 5390 0754 7043").await;
    s.click("#bank-bic").await;
    s.wait_text("[data-field-error=iban]", "check digits").await;
    s.fill("#bank-iban", "BE68 5390 0754 7034").await;
    s.type_into("#bank-bic", "GEBABEBB").await;
    s.click("#bank-save").await;
    s.wait_gone("#bank-dialog").await;
    s.wait_text("#network-account #bank-shown-iban", "BE68 •••• •••• 7034").await;

    // The file of what is due: each transfer to its payee's account, the others left out.
    s.click("[data-nav=grants]").await;
    s.click("#tab-payments").await;
    s.wait_text("#payments-count", "52 payments").await;
    s.click("#sepa-open").await;
    s.wait_text("#sepa-debtor", "Paid from Réseau des Halles ASBL, BE68 •••• •••• 7034").await;
    let heading = s.wait_text("#sepa-lines-title", "transfers").await;
    let lines = s.count("#sepa-lines .sepa-line").await;
    assert!(lines >= 10, "{heading}");
    assert!(heading.starts_with(&format!("{lines} transfers, €")), "{heading}");
    let left = s.texts("#sepa-left-out .sepa-left").await;
    assert!(left.iter().any(|l| l.contains("outside the SEPA area")), "{left:?}");
    assert!(left.iter().any(|l| l.contains("No bank details")), "{left:?}");
    // Unticking one takes it out of the file.
    s.click("#sepa-lines .sepa-line:first-child input").await;
    s.wait_text("#sepa-lines-title", &format!("{} transfers", lines - 1)).await;
    s.click("#sepa-others .sepa-other:first-child input").await;
    s.wait_text("#sepa-lines-title", &format!("{lines} transfers")).await;
    let total = s.text("#sepa-lines-title").await;
    let file = world.folder("bank").join("p2p.xml");
    world.answer_next_dialog(&file);
    s.click("#sepa-write").await;
    s.wait_gone("#sepa-dialog").await;
    s.wait_text("#toast", "Written p2p.xml").await;
    let xml = std::fs::read_to_string(&file).unwrap();
    assert!(xml.contains("pain.001.001.09") && xml.contains("<IBAN>BE68539007547034</IBAN>"));
    assert_eq!(xml.matches("<CdtTrfTxInf>").count(), lines);
    let euros = total.rsplit("€").next().unwrap().replace(',', "");
    assert!(xml.contains(&format!("<CtrlSum>{euros}</CtrlSum>")), "{total} in {xml}");
    if let Some(dir) = std::env::var_os("MOBILITY_DESK_SEPA_SCHEMAS") {
        let out = std::process::Command::new("xmllint").arg("--noout").arg("--schema").arg(std::path::Path::new(&dir).join("pain.001.001.09.xsd")).arg(&file).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }

    // The bank paid: one step marks every instalment of the file paid.
    let batch = s.wait_text("#payment-batches .batch", "Waiting for the bank").await;
    assert!(batch.contains(&format!("{lines} transfers")), "{batch}");
    let paid_before = s.text("#pay-total-paid").await;
    s.click("#payment-batches .batch-mark-paid").await;
    s.wait_for("#batch-paid-dialog").await;
    s.click("#batch-paid-confirm").await;
    s.wait_gone("#batch-paid-dialog").await;
    s.wait_text("#payment-batches .batch", "Paid on").await;
    assert_eq!(paid_before, "€0.00");
    s.wait_text("#pay-total-paid", &format!("€{}", total.rsplit("€").next().unwrap())).await;
    s.select("#payments-filter", "paid").await;
    s.wait_text("#payments-count", &format!("{lines} of 52 payments")).await;
    assert_eq!(s.count("#error-banner").await, 0);
    s.end().await;

    // Kept after a restart.
    let s = world.start().await;
    s.click("[data-nav=grants]").await;
    s.click("#tab-payments").await;
    s.wait_text("#payment-batches .batch", "Paid on").await;
    s.end().await;
}
