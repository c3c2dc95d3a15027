//! A whole cycle with the keyboard alone, in French at 200 %: the demo loaded, the P2P call
//! opened and selected, the hubs paired, the grants awarded and a letter issued, each control
//! reached with Tab (after the skip link) and used with Enter or Space, as a person who does
//! not use a mouse works. No click at all.

use crate::harness::World;

const ENTER: &str = "\u{E007}";
const SPACE: &str = "\u{E00D}";
const CTRL_PLUS: &str = "\u{E009}=\u{E000}";
const ARROW_RIGHT: &str = "\u{E014}";

/// A cycle's tab, as the tabs pattern has it: Tab reaches the tab shown, the arrow keys move
/// along the strip, Enter opens.
async fn open_tab(s: &crate::harness::Session, tab: &str) {
    s.tab_to("[role=tab][aria-selected=true]").await;
    let on = format!("return document.activeElement && document.activeElement.id === 'tab-{tab}';");
    for _ in 0..10 {
        if s.script(&format!("arguments[0]((function () {{ {on} }})());"), vec![]).await == serde_json::json!(true) {
            break;
        }
        s.press(ARROW_RIGHT).await;
    }
    s.press(ENTER).await;
    s.wait_for(&format!("#tab-{tab}[aria-selected=true]")).await;
}

#[tokio::test]
async fn a_cycle_is_worked_from_the_demo_to_a_letter_with_the_keyboard_alone_in_french_at_200_percent() {
    let world = World::new("keyboard");
    let s = world.start().await;
    s.wait_for("#load-demo").await;

    // French, from Settings, with the keyboard: the sidebar's link, then the select.
    s.tab_to("[data-nav=settings]").await;
    s.press(ENTER).await;
    s.tab_to("#window-language").await;
    // WebKit's select takes a typed letter to choose an option: "F" for "Français".
    s.press("F").await;
    s.wait_text("[data-nav=hubs]", "Lieux").await;
    // 200 %: Ctrl + five times.
    for _ in 0..5 {
        s.press(CTRL_PLUS).await;
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
    s.wait_text("#toast", "Zoom 200 %").await;

    // The skip link is the first stop, and goes past the sidebar.
    s.tab_to("[data-nav=hubs]").await;
    s.press(ENTER).await;
    s.tab_to("#load-demo").await;
    s.press(ENTER).await;
    s.wait_text("#hub-count", "44 lieux").await;

    // The P2P cycle: its row opened with Enter, moved on to Selection.
    s.tab_to("[data-nav=cycles]").await;
    s.press(ENTER).await;
    let p2p = s.attr_where("[data-testid=cycle-row]", "P2P Learning 2027", "data-cycle-id").await;
    s.tab_to(&format!("[data-cycle-id='{p2p}']")).await;
    s.press(ENTER).await;
    s.wait_text("#phase-stepper [aria-current=step]", "Appel ouvert").await;
    s.tab_to("#phase-forward").await;
    s.press(ENTER).await;
    s.wait_text("#phase-stepper [aria-current=step]", "Sélection").await;

    // Selection.
    s.tab_to("[data-nav=applications]").await;
    s.press(ENTER).await;
    open_tab(&s, "selection").await;
    s.tab_to("#selection-run").await;
    s.press(ENTER).await;
    s.wait_text("[data-testid=selection-pool][data-role=visiting] .pool-count", "13 sur 13").await;

    // Pairing: the cycle moved to Matching, the pairs confirmed, then Awarded.
    open_tab(&s, "pairing").await;
    s.tab_to("#phase-notice-move").await;
    s.press(ENTER).await;
    s.tab_to("#phase-notice-confirm").await;
    s.press(ENTER).await;
    s.wait_rows_of("#pairs-table tr.pair-row", 13).await;
    s.tab_to("#pairing-confirm").await;
    s.press(ENTER).await;
    s.tab_to("#confirm-yes").await;
    s.press(ENTER).await;
    s.tab_to("#move-on-yes").await;
    s.press(SPACE).await;
    s.wait_gone("#move-on-dialog").await;

    // Grants: all awarded.
    open_tab(&s, "grants").await;
    s.wait_text("#grants-count", "26 subventions").await;
    s.tab_to("#grants-award-all").await;
    s.press(ENTER).await;
    s.tab_to("#confirm-yes").await;
    s.press(ENTER).await;
    s.wait_text("#budget-awarded", "775,00").await;

    // The network's settings a letter needs, typed in.
    s.tab_to("[data-nav=settings]").await;
    s.press(ENTER).await;
    s.tab_to("#settings-network-name").await;
    s.press("Réseau des Lieux Culturels").await;
    s.tab_to("#settings-signatory-name").await;
    s.press("Zsófia Kovács").await;
    s.tab_to("#settings-signatory-title").await;
    s.press("Coordinatrice").await;
    s.tab_to("#settings-address").await;
    s.press(&format!("Rue de la Loi 42{ENTER}1040 Bruxelles")).await;
    s.tab_to("#settings-save").await;
    s.press(ENTER).await;
    s.wait_text("#toast", "Paramètres enregistrés").await;

    // One letter: previewed (its paper scrolled with the keyboard), issued.
    s.tab_to("[data-nav=letters]").await;
    s.press(ENTER).await;
    s.wait_rows_of("#letters-table tr.letter-row", 26).await;
    s.tab_to("#letters-table tr.letter-row .letter-preview").await;
    s.press(ENTER).await;
    s.wait_for("#letter-preview-dialog .letter-paper").await;
    s.tab_to("#letter-preview-dialog .desk").await;
    s.press("\u{E00F}").await; // Page Down
    // The scroll may be animated: wait for it to move.
    let mut scrolled = serde_json::Value::Null;
    for _ in 0..20 {
        scrolled = s.script("arguments[0](document.querySelector('#letter-preview-dialog .desk').scrollTop);", vec![]).await;
        if scrolled.as_f64().unwrap_or(0.0) > 0.0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(scrolled.as_f64().unwrap_or(0.0) > 0.0, "the letter scrolls with the keyboard: {scrolled}");
    s.tab_to("#letter-issue").await;
    s.press(ENTER).await;
    s.tab_to("#letter-issue-confirm").await;
    s.press(ENTER).await;
    s.wait_text("#letter-issued", "P2P-2027-").await;
    s.tab_to("#letter-preview-close").await;
    s.press(ENTER).await;
    s.wait_text("#letters-summary", "1 émise").await;
    s.end().await;
}

/// The audit every test runs can fail: a button with no name, put in the page, is found and
/// named; the page as the app draws it has none.
#[tokio::test]
async fn the_accessibility_audit_finds_a_nameless_button_and_nothing_in_the_app_itself() {
    let world = World::new("audit");
    let s = world.start().await;
    s.wait_for("#load-demo").await;
    assert_eq!(s.violations().await, Vec::<serde_json::Value>::new(), "the first screen as drawn");
    s.script("const b = document.createElement('button'); b.id = 'nameless'; document.querySelector('main').append(b); arguments[0](true);", vec![]).await;
    let found = s.violations().await;
    assert!(found.iter().any(|v| v["id"] == "button-name" && v["nodes"].to_string().contains("#nameless")), "{found:?}");
    s.script("document.getElementById('nameless').remove(); arguments[0](true);", vec![]).await;
    s.end().await;
}
