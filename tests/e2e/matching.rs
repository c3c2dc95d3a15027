//! Pairing, placement and the Alliance's hosts.

use crate::harness::{Session, World};
use crate::common::demo_p2p_in_matching;

/// Pairing in the window: the demo P2P cycle paired, one pair's score explained, one pair
/// locked and another forbidden, a weight refused then saved, a re-run keeping the lock, the
/// pairing confirmed and found again after a restart, and the grants taking the hosts.
#[tokio::test]
async fn the_demo_p2p_cycle_is_paired_locked_forbidden_confirmed_and_kept() {
    let world = World::new("pairing");
    let s = world.start().await;
    // Matching starts from the cycle's next step.
    demo_p2p_in_matching(&s).await;
    s.wait_text("#phase-forward", "Move to Awarded").await;

    s.click("[data-nav=pairing]").await;
    s.wait_for("#tab-pairing[aria-selected=true]").await;
    s.wait_rows_of("#pairs-table tr.pair-row", 13).await;
    assert_eq!(s.count("#phase-notice-matching").await, 0, "in Matching the pairs are open");
    s.wait_text("#pairing-status", "Not confirmed").await;
    s.wait_text("#pairing-grants", "€21,775.00").await;
    assert_eq!(totals_under(&s, "#pairs-table").await, ["Score", "Grants"], "the total score and grants stand under their heads");
    // The suggested pairs, by their application ids.
    let mut suggested = Vec::new();
    for n in 1..=13 {
        let css = format!("#pairs-table tbody tr.pair-row:nth-of-type({n})");
        if s.text(&format!("{css} .pair-source")).await.contains("Suggested") {
            suggested.push((s.attr_where(&css, "", "data-visiting-id").await, s.attr_where(&css, "", "data-hosting-id").await));
        }
    }
    assert!(suggested.len() >= 2, "{suggested:?}");
    let row = |(v, h): &(String, String)| format!("tr.pair-row[data-visiting-id='{v}'][data-hosting-id='{h}']");
    let (first, second) = (suggested[0].clone(), suggested[1].clone());

    // Why this pair: seven criteria, each with its points, weight and reason.
    s.click(&format!("{} .pair-explain", row(&first))).await;
    let criteria = s.texts("tr.pair-breakdown .criterion").await;
    assert_eq!(criteria.len(), 7, "{criteria:?}");
    assert!(criteria[0].contains("Shared sectors") && criteria[5].contains("km one way"), "{criteria:?}");

    // Lock one, forbid another.
    s.click(&format!("{} .pair-lock", row(&first))).await;
    s.wait_text(&format!("{} .pair-source", row(&first)), "Locked").await;
    s.click(&format!("{} .pair-forbid", row(&second))).await;
    s.wait_gone(&row(&second)).await;
    s.wait_rows_of("#constraints .constraint", 2).await;
    assert!(s.text("#constraints").await.contains("Forbidden"));
    assert_eq!(s.count("#pairs-table tr.pair-row").await, 13, "the forbidden pair's hubs are re-assigned");

    // A weight out of range is refused at its field; a good one re-runs the pairing.
    s.click("#pairing-weights").await;
    s.fill("#weight-distance", "11").await;
    s.click("#weights-save").await;
    s.wait_for("[data-field-error='distance']").await;
    s.fill("#weight-distance", "5").await;
    s.click("#weights-save").await;
    s.wait_gone("#weights-dialog").await;
    s.click("#pairing-rerun").await;
    s.wait_text(&format!("{} .pair-source", row(&first)), "Locked").await;
    assert_eq!(s.count(&row(&second)).await, 0);

    // Change a host by hand: the new pair is locked, the others re-assigned; then the lock is
    // removed from the list of constraints.
    let mut third = None;
    for n in 1..=14 {
        // Rows of the table, the open breakdown row included.
        let css = format!("#pairs-table > tbody > tr:nth-of-type({n})");
        if s.count(&format!("{css}.pair-row .pair-source")).await == 1 && s.text(&format!("{css} .pair-source")).await.contains("Suggested") {
            third = Some((s.attr_where(&css, "", "data-visiting-id").await, s.attr_where(&css, "", "data-hosting-id").await));
            break;
        }
    }
    let third = third.expect("a suggested pair is left");
    s.click(&format!("{} .pair-change", row(&third))).await;
    s.wait_for("#change-host-dialog").await;
    // Another allowed host than the current one and the locked pair's.
    let other = s.attr_where(&format!("#change-host-select option:not([disabled]):not([value='{}']):not([value='{}'])", third.1, first.1), "", "value").await;
    s.select("#change-host-select", &other).await;
    s.click("#change-host-confirm").await;
    s.wait_gone("#change-host-dialog").await;
    let changed = (third.0.clone(), other.clone());
    s.wait_text(&format!("{} .pair-source", row(&changed)), "Locked").await;
    s.wait_rows_of("#constraints .constraint", 3).await;
    assert_eq!(s.count("#pairs-table tr.pair-row").await, 13, "the host's former partner is re-assigned");
    s.click(&format!("#constraints .constraint[data-visiting-id='{}'][data-hosting-id='{}'] .constraint-remove", changed.0, changed.1)).await;
    s.wait_rows_of("#constraints .constraint", 2).await;

    // The map: a line per pair, coloured by travel mode; clicking one opens its pair.
    s.wait_rows_of("#pairing-map line.map-pair", 13).await;
    assert_eq!(s.count("#pairing-map circle.map-hub").await, 26);
    let last = "#pairs-table tbody tr.pair-row:last-of-type";
    let (v, h) = (s.attr_where(last, "", "data-visiting-id").await, s.attr_where(last, "", "data-hosting-id").await);
    s.click(&format!("#pairing-map line.map-pair[data-visiting-id='{v}'][data-hosting-id='{h}']")).await;
    s.wait_for(&format!("tr.pair-row.highlighted[data-visiting-id='{v}'][data-hosting-id='{h}']")).await;
    s.wait_for(&format!("#pair-breakdown-{v}-{h} .criterion")).await;
    s.wait_for(&format!("#pairing-map line.map-pair.selected[data-visiting-id='{v}'][data-hosting-id='{h}']")).await;

    // Confirmed, and the grants take the hosts.
    let host = s.text(&format!("{} .pair-hosting .hub-name", row(&first))).await.trim().to_string();
    let visitor = s.text(&format!("{} .pair-visiting .hub-name", row(&first))).await.trim().to_string();
    s.click("#pairing-confirm").await;
    s.click("#confirm-yes").await;
    s.wait_text("#pairing-status", "Confirmed").await;
    // The offer to move on can wait.
    s.click("#move-on-later").await;
    s.wait_gone("#move-on-dialog").await;
    s.click("#tab-grants").await;
    s.wait_text("#grants-count", "26 grants").await;
    let visitor_row = s.texts("tr.grant-row").await.into_iter().find(|r| r.contains(&visitor) && r.contains("Visiting")).unwrap();
    assert!(visitor_row.contains(&host), "{visitor_row} should name the host {host}");
    s.end().await;

    // Kept after a restart.
    let s = world.start().await;
    s.click("[data-nav=pairing]").await;
    s.wait_text("#pairing-status", "Confirmed").await;
    s.wait_text(&format!("{} .pair-source", row(&first)), "Locked").await;
    assert_eq!(s.count(&row(&second)).await, 0);
    s.wait_rows_of("#constraints .constraint", 2).await;
    s.end().await;
}

/// Hosts for people in the window: three Staff Exchange requests (two asking for Brno, one
/// with no preference) placed, Brno's capacity refused at 51 then raised to 2 so both who asked
/// go there, the placements confirmed and named by the grants; the Hubs Alliance requests
/// checked against their hosts; kept after a restart.
#[tokio::test]
async fn staff_are_placed_within_capacity_and_alliance_hosts_checked() {
    use mobility_desk_core::intake::applications::{ApplicationInput, Role, StaffFormat};
    use mobility_desk_core::cycle::cycles::{CycleQuery, Phase};
    use mobility_desk_core::cycle::programmes::Shape;

    let world = World::new("placements");
    let (staff, alliance, brno) = {
        let mut store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
        store.load_demo().unwrap();
        let cycles = store.cycles(&CycleQuery::default()).unwrap();
        let of = |shape: Shape| cycles.iter().find(|c| c.shape == shape).unwrap().id;
        let (staff, alliance) = (of(Shape::StaffExchange), of(Shape::HubsAlliance));
        store.move_cycle(staff, Phase::CallOpen, "").unwrap();
        let brno = store.hub_by_key("pristav-brno").unwrap().id;
        for (person, home, host) in [("Olena Koval", "levada-lviv", Some(brno)), ("Nikos Pappas", "kypseli-athens", Some(brno)), ("Sofia Greco", "gravina-matera", None)] {
            let mut a = ApplicationInput::new(staff, store.hub_by_key(home).unwrap().id, Role::Visitor);
            a.person_name = person.into();
            a.person_role = "technician".into();
            a.partner_hub_id = host;
            a.format = Some(StaffFormat::JobShadowing);
            a.starts_on = Some("2027-05-03".into());
            a.ends_on = Some("2027-05-28".into());
            a.summary = "Learn how the host runs its workshop.".into();
            store.create_application(&a).unwrap();
        }
        store.move_cycle(staff, Phase::Selection, "").unwrap();
        store.select(staff, "tester").unwrap();
        store.move_cycle(staff, Phase::Matching, "").unwrap();
        (staff, alliance, brno)
    };

    let s = world.start().await;
    s.click("[data-nav=pairing]").await;
    s.wait_for("#tab-pairing[aria-selected=true]").await;
    s.select("#applications-cycle", &staff.to_string()).await;
    s.wait_rows_of("#placements-table tr.placement-row", 3).await;
    s.wait_text("#placement-status", "Not confirmed").await;
    assert_eq!(totals_under(&s, "#placements-table").await[0], "Score", "the total score stands under its head");
    let rows = s.texts("#placements-table tr.placement-row").await;
    let olena = rows.iter().find(|r| r.contains("Olena Koval")).unwrap();
    assert!(olena.contains("Dílna Přístav") && olena.contains("Proposed"), "{olena}");
    let nikos = rows.iter().find(|r| r.contains("Nikos Pappas")).unwrap();
    assert!(!nikos.contains("Dílna Přístav") && nikos.contains("Suggested"), "Brno has one place: {nikos}");

    // Brno takes two: refused at 51, then 2, and Nikos goes where he asked.
    s.click("#hosts summary").await;
    let host = format!("#hosts-table tr.host-row[data-hub-id='{brno}']");
    s.fill(&format!("{host} .host-capacity"), "51").await;
    s.click(&format!("{host} .host-capacity-save")).await;
    s.wait_for("#hosts [data-field-error='capacity']").await;
    s.fill(&format!("{host} .host-capacity"), "2").await;
    s.click(&format!("{host} .host-capacity-save")).await;
    s.wait_text(&format!("{host} .host-placed"), "2 of 2").await;
    let rows = s.texts("#placements-table tr.placement-row").await;
    let nikos = rows.iter().find(|r| r.contains("Nikos Pappas")).unwrap();
    assert!(nikos.contains("Dílna Přístav") && nikos.contains("Proposed"), "{nikos}");

    // Sofia moved by hand: the new host is locked for her.
    let sofia = s.attr_where("#placements-table tr.placement-row", "Sofia Greco", "data-application-id").await;
    let sofia_row = format!("#placements-table tr.placement-row[data-application-id='{sofia}']");
    let current = s.attr_where(&sofia_row, "", "data-host-id").await;
    s.click(&format!("{sofia_row} .placement-change")).await;
    s.wait_for("#change-placement-dialog").await;
    let other = s.attr_where(&format!("#change-placement-select option:not([disabled]):not([value='{current}'])"), "", "value").await;
    s.select("#change-placement-select", &other).await;
    s.click("#change-placement-confirm").await;
    s.wait_gone("#change-placement-dialog").await;
    s.wait_text(&format!("{sofia_row} .placement-source"), "Locked").await;
    assert_eq!(s.attr_where(&sofia_row, "", "data-host-id").await, other);

    // Confirmed: the grants name the hosts.
    s.click("#placement-confirm").await;
    s.click("#confirm-yes").await;
    s.wait_text("#placement-status", "Confirmed").await;
    s.wait_text("#move-on-dialog", "Move 'Staff Exchange 2027' on to Awarded now?").await;
    s.click("#move-on-yes").await;
    s.wait_gone("#move-on-dialog").await;
    s.click("#tab-grants").await;
    s.wait_text("#grants-count", "3 grants").await;
    let grants = s.texts("tr.grant-row").await;
    assert_eq!(grants.iter().filter(|r| r.contains("Dílna Přístav")).count(), 2, "{grants:?}");

    // Hubs Alliance: each request against its host.
    s.click("#tab-pairing").await;
    s.select("#applications-cycle", &alliance.to_string()).await;
    s.wait_rows_of("#alliance-table tr.alliance-row", 3).await;
    s.wait_text("#alliance-count", "3 requests · 0 with a problem").await;
    s.end().await;

    let s = world.start().await;
    s.click("[data-nav=pairing]").await;
    s.select("#applications-cycle", &staff.to_string()).await;
    s.wait_text("#placement-status", "Confirmed").await;
    s.end().await;
}

/// The heads of the columns the totals of a plan's table stand under (empty when the footer
/// and the head do not span the same number of columns).
async fn totals_under(s: &Session, table: &str) -> Vec<String> {
    let got = s
        .script(
            "const done = arguments[arguments.length - 1];
             const t = document.querySelector(arguments[0]);
             const heads = [];
             for (const c of t.tHead.rows[0].cells) for (let i = 0; i < c.colSpan; i++) heads.push(c.textContent.trim());
             const under = [];
             let col = 0;
             for (const c of t.tFoot.rows[0].cells) {
               if (c.tagName === 'TD' && c.textContent.trim() !== '') under.push(heads[col]);
               col += c.colSpan;
             }
             done(col === heads.length ? under : []);",
            vec![serde_json::json!(table)],
        )
        .await;
    serde_json::from_value(got).unwrap()
}
