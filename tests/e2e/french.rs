//! The window in French: the person at the desk chooses it in Settings, the window is drawn
//! again in it and keeps it across a restart; then hubs, a P2P cycle from its call to its
//! award letters, with the core's own messages (a refused form) in French too.

use crate::harness::World;

/// The text with the no-break spaces French typography puts before ':' and in figures
/// ("21 775,00 €") read as plain spaces, as a person reads them.
fn plain(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

#[tokio::test]
async fn a_french_speaking_secretary_works_a_p2p_cycle_to_its_letters_in_french() {
    let world = World::new("french");
    let s = world.start().await;
    // The test machine's system speaks English: so does the window at first.
    s.wait_text("[data-nav=hubs]", "Hubs").await;
    // English is written as in Europe, the webview's own date fields too (day, month, year).
    s.until_script("arguments[0](navigator.language)", "en-GB").await;
    s.click("[data-nav=settings]").await;
    s.wait_for("#window-language").await;
    s.select("#window-language", "fr").await;
    // Drawn again in French, the menu and the document's language with it.
    s.wait_text("[data-nav=hubs]", "Lieux").await;
    assert_eq!(s.script("arguments[0](document.documentElement.lang)", vec![]).await, "fr");
    // The webview's own fields (a date's day and month) follow the window's language too.
    s.until_script("arguments[0](navigator.language)", "fr-FR").await;
    s.wait_text("h1", "Paramètres").await;
    s.wait_text("#language-heading", "Votre langue").await;

    // Hubs: the demo network, a form refused by the core in French.
    s.click("[data-nav=hubs]").await;
    s.click("#load-demo").await;
    s.wait_text("#hub-count", "44 lieux").await;
    s.click("#new-hub").await;
    s.wait_for("#hub-form").await;
    s.type_into("#hub-city", "Atlantis").await;
    s.type_into("#hub-country", "QQ").await;
    s.click("#hub-save").await;
    let name = s.wait_text("[data-field-error=name]", "nom").await;
    assert!(name.contains("Indiquez le nom du lieu"), "{name}");
    let country = plain(&s.text("[data-field-error=country]").await);
    assert!(country.contains("QQ") && !country.contains("is not"), "{country}");
    s.click("#hub-cancel").await;
    s.wait_text("#confirm-yes", "Abandonner").await;
    s.click("#confirm-yes").await;
    s.wait_gone("#hub-form").await;

    // The P2P cycle: its call opened, then Selection.
    s.click("[data-nav=cycles]").await;
    let p2p = s.attr_where("[data-testid=cycle-row]", "P2P Learning 2027", "data-cycle-id").await;
    s.click(&format!("[data-cycle-id='{p2p}'] td")).await;
    s.wait_text("#phase-stepper [aria-current=step]", "Appel ouvert").await;
    s.click("#phase-forward").await;
    s.wait_text("#phase-stepper [aria-current=step]", "Sélection").await;
    s.click("[data-nav=applications]").await;
    s.click("#tab-selection").await;
    s.click("#selection-run").await;
    s.wait_text("[data-testid=selection-pool][data-role=visiting] .pool-count", "13 sur 13 sélectionnées").await;
    // Each decision's detail, kept with the message it was made from, in French too.
    let decisions = s.texts("[data-testid=selection-event]").await.iter().map(|t| plain(t)).collect::<Vec<_>>();
    assert!(decisions.iter().any(|d| d.contains("rang ") && d.contains("des lieux visiteurs")), "{decisions:?}");
    assert!(decisions.iter().all(|d| !d.contains("rank ") && !d.contains("waiting list")), "{decisions:?}");

    // Pairing, then Awarded.
    s.click("#tab-pairing").await;
    s.click("#phase-notice-move").await;
    s.click("#phase-notice-confirm").await;
    s.wait_gone("#phase-notice-matching").await;
    s.wait_rows_of("#pairs-table tr.pair-row", 13).await;
    s.click("#pairing-confirm").await;
    s.click("#confirm-yes").await;
    let question = plain(&s.wait_text("#move-on-dialog", "P2P Learning 2027").await);
    assert!(question.contains("Passer « P2P Learning 2027 » à l’étape « Attribué » maintenant ?"), "{question}");
    s.click("#move-on-yes").await;
    s.wait_gone("#move-on-dialog").await;
    s.wait_text("#toast", "est maintenant à l’étape").await;

    // Grants: awarded, the sums written the French way.
    s.click("#tab-grants").await;
    s.wait_text("#grants-count", "26 subventions").await;
    s.click("#grants-award-all").await;
    s.click("#confirm-yes").await;
    s.wait_text("#budget-awarded", "775,00").await;
    assert_eq!(plain(&s.text("#budget-awarded").await), "21 775,00 €");

    // Letters: the network's settings, then one letter issued, in French.
    s.click("[data-nav=settings]").await;
    s.wait_for("#settings-network-name").await;
    s.clear("#settings-network-name").await;
    s.type_into("#settings-network-name", "Réseau des Lieux Culturels").await;
    s.type_into("#settings-address", "Rue de la Loi 42\u{E007}1040 Bruxelles").await;
    s.type_into("#settings-signatory-name", "Zsófia Kovács").await;
    s.type_into("#settings-signatory-title", "Coordinatrice").await;
    s.select("#settings-language", "fr").await;
    s.click("#settings-save").await;
    s.wait_text("#toast", "Paramètres enregistrés").await;
    s.click("[data-nav=letters]").await;
    s.wait_rows_of("#letters-table tr.letter-row", 26).await;
    let first = s.attr_where("#letters-table tr.letter-row", "", "data-grant-id").await;
    let row = format!("#letters-table tr.letter-row[data-grant-id='{first}']");
    s.click(&format!("{row} .letter-preview")).await;
    s.wait_text("#letter-preview-dialog .letter-paper", "Détail de la subvention").await;
    s.click("#letter-issue").await;
    s.click("#letter-issue-confirm").await;
    s.wait_text("#letter-issued", "P2P-2027-").await;
    s.click("#letter-preview-close").await;
    s.wait_text(&format!("{row} .letter-status"), "Émise").await;
    s.wait_text("#letters-summary", "1 émise").await;
    s.end().await;

    // The choice is the desk's own, kept in the data file: French again after a restart.
    let s = world.start().await;
    s.wait_text("[data-nav=hubs]", "Lieux").await;
    s.wait_text("#hub-count", "44 lieux").await;
    s.end().await;
}
