//! Timings of the window's heaviest first opens, printed, never asserted (speed is measured,
//! not tested): run by `cargo xtask measure`, ignored by the test suite.

use crate::common::demo_p2p_in_matching;
use crate::harness::Session;
use crate::harness::World;

/// Milliseconds from a click on `click` until `done` (a script's condition) holds and the frame
/// after it has painted, timed in the page: the click and the wait are the page's own moments.
async fn time_until(s: &Session, click: &str, done: &str) -> f64 {
    let watch = format!(
        "const [selector, finished] = arguments;
         window.__timed = null;
         const started = performance.now();
         const look = () => {{
           if ({done}) requestAnimationFrame(() => {{ window.__timed = performance.now() - started; }});
           else requestAnimationFrame(look);
         }};
         document.querySelector(selector).click();
         requestAnimationFrame(look);
         finished(true);"
    );
    s.script(&watch, vec![serde_json::json!(click)]).await;
    for _ in 0..600 {
        let took = s.script("arguments[0](window.__timed)", vec![]).await;
        if let Some(ms) = took.as_f64() {
            return ms;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("{click}: not done within 30 s");
}

#[tokio::test]
#[ignore = "a measure, run by cargo xtask measure"]
async fn first_opens_of_the_heavy_screens() {
    let world = World::new("timing");
    let s = world.start().await;
    demo_p2p_in_matching(&s).await;
    s.click("[data-nav=hubs]").await;
    s.wait_for("#hub-count").await;
    // The Pairing tab, opened for the first time: its screen's code, the pairs suggested for the
    // 13 + 13 selected hubs, and the map (its own chunk with d3 and the country shapes) drawn.
    const SHOWN: &str = "document.querySelectorAll('#pairs-table tr.pair-row').length === 13 && document.querySelector('#pairing-map svg path')";
    let pairing = time_until(&s, "[data-nav=pairing]", SHOWN).await;
    println!("measure: first Pairing open to its pairs and map painted: {pairing:.0} ms");
    s.click("[data-nav=hubs]").await;
    s.wait_for("#hub-count").await;
    let again = time_until(&s, "[data-nav=pairing]", SHOWN).await;
    println!("measure: Pairing opened again: {again:.0} ms");
    s.end().await;
}
