//! The window at any size: at 960 px every tab of a cycle is in view and a table's row actions
//! stay in view; Ctrl + zooms the whole window to 200 % (the sidebar keeps its icons, the tabs
//! wrap, each can be reached), the level is remembered after a restart, and Ctrl 0 resets it.

use crate::common::demo_p2p_awarded_in_file;
use crate::harness::{Session, World};

/// Whether every element `css` matches lies inside the window, none clipped at its edges.
async fn all_in_view(s: &Session, css: &str) -> serde_json::Value {
    s.script(
        "const out = Array.from(document.querySelectorAll(arguments[0])).filter(e => { const r = e.getBoundingClientRect(); return r.left < 0 || r.top < 0 || r.right > window.innerWidth + 0.5 || r.bottom > window.innerHeight + 0.5 || r.width === 0; }).map(e => e.textContent.trim()); arguments[1](out);",
        vec![serde_json::json!(css)],
    )
    .await
}

/// The window's width in CSS pixels (smaller when zoomed).
async fn inner_width(s: &Session) -> i64 {
    s.script("arguments[0](window.innerWidth);", vec![]).await.as_i64().unwrap()
}

/// Press Ctrl with `key`, as on the keyboard, in the element `css`.
async fn ctrl(s: &Session, css: &str, key: &str) {
    s.type_into(css, &format!("\u{E009}{key}\u{E000}")).await;
    tokio::time::sleep(std::time::Duration::from_millis(250)).await;
}

#[tokio::test]
async fn every_tab_and_row_action_is_reachable_at_960_px_and_at_200_percent() {
    let world = World::new("layout");
    std::fs::create_dir_all(world.data_file().parent().unwrap()).unwrap();
    drop(demo_p2p_awarded_in_file(&world));
    let s = world.start().await;
    s.click("[data-nav=grants]").await;
    s.wait_for("#grants-count").await;

    // 960 px: the tabs in view, and each grant's Explain beside its total.
    s.resize(960, 720).await;
    let clipped = all_in_view(&s, "[role=tablist] [role=tab]").await;
    assert_eq!(clipped, serde_json::json!([]), "tabs off-screen at 960 px");
    let row_out = s
        .script(
            "const w = document.querySelector('#grants-table').closest('.table-wrap').getBoundingClientRect(); const cells = Array.from(document.querySelectorAll('#grants-table tbody tr:first-child td')).slice(-2); arguments[0](cells.map(c => c.getBoundingClientRect()).filter(r => r.left < w.left || r.right > w.right + 0.5).length);",
            vec![],
        )
        .await;
    assert_eq!(row_out, serde_json::json!(0), "the total and Explain are in view at 960 px");
    s.resize(1280, 800).await;

    // Ctrl + five times: 200 %, a window 640 CSS pixels wide.
    assert_eq!(inner_width(&s).await, 1280);
    for _ in 0..5 {
        ctrl(&s, "#tab-grants", "=").await;
    }
    s.wait_text("#toast", "Zoom 200 %").await;
    assert_eq!(inner_width(&s).await, 640);
    // The sidebar keeps its icons, each still named for a screen reader.
    let nav = s.script("const b = document.querySelector('[data-nav=settings]'); arguments[0]([Math.round(b.getBoundingClientRect().width), b.textContent.trim()]);", vec![]).await;
    assert!(nav[0].as_i64().unwrap() < 60 && nav[1] == "Settings", "{nav}");
    let clipped = all_in_view(&s, "[role=tablist] [role=tab]").await;
    assert_eq!(clipped, serde_json::json!([]), "tabs off-screen at 200 %");
    // Reached from the keyboard (WebDriver's pointer does not follow a zoomed page).
    s.type_into("#tab-cycle-report", "\u{E007}").await;
    s.wait_for("#tab-cycle-report[aria-selected=true]").await;
    s.end().await;

    // Restarted: the person's zoom is as they left it; Ctrl 0 puts it back to 100 %.
    let s = world.start().await;
    s.wait_for("[data-nav=hubs]").await;
    for _ in 0..40 {
        if inner_width(&s).await < 700 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    // (The window keeps the size it was left at, give or take its frame.)
    let zoomed = inner_width(&s).await;
    assert!(zoomed < 700, "the zoom is remembered: {zoomed} CSS pixels wide");
    ctrl(&s, "[data-nav=hubs]", "0").await;
    s.wait_text("#toast", "Zoom 100 %").await;
    let reset = inner_width(&s).await;
    assert!((reset - 2 * zoomed).abs() <= 2, "100 % again: {reset} against {zoomed} at 200 %");
    s.end().await;
}
