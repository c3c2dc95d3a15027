//! Helpers several test files share: demo worlds and files, the steps that bring a cycle to a
//! phase, reading PDFs.

use crate::harness::{Session, World};

/// Every command the shell registers, read from its `generate_handler!` list.
pub(crate) fn registered_commands() -> Vec<String> {
    mobility_desk_app::commands::COMMANDS.iter().map(|c| c.to_string()).collect()
}

/// A world whose data file holds the demo network, closed.
pub(crate) fn demo_world(name: &str) -> World {
    let world = World::new(name);
    std::fs::create_dir_all(world.data_file().parent().unwrap()).unwrap();
    mobility_desk_core::Store::open(&world.data_file()).unwrap().load_demo().unwrap();
    world
}

/// A demo data file with one backup, closed; returns the backup's name.
pub(crate) fn demo_file_with_a_backup(world: &World) -> String {
    let mut store = mobility_desk_core::Store::open_dir(world.data_file().parent().unwrap()).unwrap();
    store.load_demo().unwrap();
    let taken = store.back_up_now().unwrap();
    taken.name
}

/// The issue's own walk through a P2P call: one application entered by hand, twenty-five
/// imported from a form export through the mapping dialog, scores, the selection of 13 + 13,
/// a withdrawal that promotes the first on the waiting list, and all of it kept on restart.
pub(crate) fn form_export() -> String {
    let visiting = [
        "morketid-tromso", "senales-sevilla", "port-idei-odesa", "pellava-tampere", "sanciai-kaunas", "fiacao-guimaraes",
        "navile-bologna", "ecluses-marseille", "ledeberg-gent", "zabica-rijeka", "borgyar-pecs", "varvet-malmo",
    ];
    let hosting = [
        "kypseli-athens", "alyki-larnaca", "morska-varna", "levada-lviv", "pristav-brno", "kotelna-ostrava", "tesatoria-timisoara",
        "dag-isigi-eskisehir", "thel-akureyri", "emajoe-tartu", "klets-cesis", "armazem-porto", "gravina-matera",
    ];
    let mut csv = String::from("Response ID;Submitted;Hub organisation (member);Applying as;Hub manager;Email;Available from;Available until;Work plan;Travellers;Travel mode;Newsletter opt-in\r\n");
    for (i, (key, role)) in visiting.iter().map(|k| (k, "Visiting")).chain(hosting.iter().map(|k| (k, "Hosting"))).enumerate() {
        csv.push_str(&format!(
            "form-{:03};{:02}/01/2027 {:02}:15;{key};{role};Manager {};m{}@example.org;{:02}/05/2027;{:02}/06/2027;\"Plan {}; with a semicolon\";1;{};no\r\n",
            i + 1,
            2 + i / 3,
            8 + i % 10,
            i + 1,
            i + 1,
            1 + i % 20,
            1 + i % 25,
            i + 1,
            if i % 2 == 0 { "train" } else { "standard" },
        ));
    }
    csv
}

/// Before the app starts: the demo in the world's data file, the network's settings filled in,
/// and the P2P cycle selected, paired, moved to Awarded with every grant awarded.
pub(crate) fn demo_p2p_awarded_in_file(world: &World) -> (mobility_desk_core::Store, i64) {
    use mobility_desk_core::cycle::cycles::Phase;
    let mut store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
    store.load_demo().unwrap();
    store
        .save_settings(mobility_desk_core::registry::settings::SettingsInput {
            network_name: "European Network of Cultural Centres".into(),
            postal_address: "Rue de la Loi 42\n1040 Bruxelles\nBelgium".into(),
            signatory_name: "Zofia Wiśniewska".into(),
            signatory_title: "Secretary General".into(),
            default_language: "en".into(),
            signing_place: String::new(),
        })
        .unwrap();
    let cycle = store.cycles(&Default::default()).unwrap().into_iter().find(|c| c.title == "P2P Learning 2027").unwrap().id;
    store.move_cycle(cycle, Phase::Selection, "").unwrap();
    store.select(cycle, "tester").unwrap();
    store.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
    store.award_grants(cycle, None, true, "tester").unwrap();
    (store, cycle)
}

/// `demo_p2p_awarded_in_file` with every visit's dates agreed as proposed, so that the first
/// instalments of the visits of April and May 2027 are due on a day the test sets then.
pub(crate) fn demo_p2p_visits_agreed_in_file(world: &World) -> (mobility_desk_core::Store, i64) {
    let (mut store, cycle) = demo_p2p_awarded_in_file(world);
    for pair in store.pairing_plan(cycle).unwrap().pairs {
        if let Some(visit) = pair.visit {
            store.set_pair_visit(cycle, pair.visiting.application_id, Some((&visit.starts_on, &visit.ends_on))).unwrap();
        }
    }
    (store, cycle)
}

/// The demo loaded and its P2P cycle moved to Selection, in the window; left on the
/// Applications screen.
pub(crate) async fn demo_p2p_in_selection(s: &Session) {
    s.click("#load-demo").await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("[data-nav=cycles]").await;
    let p2p = s.attr_where("[data-testid=cycle-row]", "P2P Learning 2027", "data-cycle-id").await;
    s.click(&format!("[data-cycle-id='{p2p}'] td")).await;
    s.wait_text("#phase-stepper [aria-current=step]", "Call open").await;
    s.click("#phase-forward").await;
    s.wait_text("#phase-stepper [aria-current=step]", "Selection").await;
    s.click("[data-nav=applications]").await;
}

/// The demo loaded, and its P2P cycle moved to Selection and selected (13 visiting and 13
/// hosting hubs), in the window.
pub(crate) async fn demo_p2p_selected(s: &Session) {
    demo_p2p_in_selection(s).await;
    s.click("#tab-selection").await;
    s.click("#selection-run").await;
    s.wait_text("[data-testid=selection-pool][data-role=visiting] .pool-count", "13 of 13 selected").await;
}

/// The demo's P2P cycle selected, then moved to Matching from its page (the Cycles screen).
pub(crate) async fn demo_p2p_in_matching(s: &Session) {
    demo_p2p_selected(s).await;
    s.click("[data-nav=cycles]").await;
    let p2p = s.attr_where("[data-testid=cycle-row]", "P2P Learning 2027", "data-cycle-id").await;
    s.click(&format!("[data-cycle-id='{p2p}'] td")).await;
    s.wait_text("#phase-stepper [aria-current=step]", "Selection").await;
    s.wait_text("#phase-forward", "Start matching").await;
    s.click("#phase-forward").await;
    s.wait_text("#phase-stepper [aria-current=step]", "Matching").await;
}

/// On the Applications screen of the demo P2P cycle in Selection: the Pairing tab's notice
/// moves the cycle to Matching, the pairs are confirmed, and the offer that follows moves the
/// cycle on to Awarded.
pub(crate) async fn pair_and_move_to_awarded(s: &Session) {
    s.click("#tab-pairing").await;
    s.wait_text("#phase-notice-matching", "'P2P Learning 2027' is in Selection").await;
    assert_eq!(s.count("#pairs-table .pair-lock").await, 0, "no lock before Matching");
    s.click("#phase-notice-move").await;
    s.click("#phase-notice-confirm").await;
    s.wait_gone("#phase-notice-matching").await;
    s.wait_rows_of("#pairs-table tr.pair-row", 13).await;
    s.click("#pairing-confirm").await;
    s.click("#confirm-yes").await;
    s.wait_text("#move-on-dialog", "Move 'P2P Learning 2027' on to Awarded now?").await;
    s.click("#move-on-yes").await;
    s.wait_gone("#move-on-dialog").await;
    s.wait_text("#toast", "is now in Awarded").await;
}

pub(crate) async fn awarded_p2p(s: &Session) {
    demo_p2p_selected(s).await;
    pair_and_move_to_awarded(s).await;
    s.click("#tab-grants").await;
    s.wait_text("#grants-count", "26 grants").await;
    s.click("#grants-award-all").await;
    s.click("#confirm-yes").await;
    s.wait_text("#budget-awarded", "€21,775.00").await;
}

/// The ids of the awarded visiting grants at €1,175, in table order.
pub(crate) async fn visiting_grants(s: &Session) -> Vec<String> {
    let mut ids = Vec::new();
    for n in 1..=s.count("tr.grant-row").await {
        let css = format!("#grants-table tbody tr.grant-row:nth-child({n})");
        if s.text(&css).await.contains("€1,175.00") {
            ids.push(s.attr_where(&css, "", "data-grant-id").await);
        }
    }
    ids
}

pub(crate) fn today() -> String {
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64 / 86_400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = d + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// A day as the window writes it in English ("6 Dec 2026", "30 Sept 2027"), from "2026-12-06".
pub(crate) fn day_shown(iso: &str) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];
    let parts: Vec<u32> = iso.split('-').map(|p| p.parse().unwrap()).collect();
    format!("{} {} {}", parts[2], MONTHS[parts[1] as usize - 1], parts[0])
}

/// The text pdftotext reads from a PDF file, with every run of white space as one space.
pub(crate) fn pdf_words(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext").arg(path).arg("-").output().expect("pdftotext (Debian's poppler-utils)");
    assert!(out.status.success(), "pdftotext {}", path.display());
    String::from_utf8(out.stdout).unwrap().replace(['\u{202f}', '\u{a0}'], " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Kilograms with one decimal and grouping, from grams, rounded half up: "1,834.1".
pub(crate) fn kg1(grams: i64) -> String {
    let tenths = (grams + 50) / 100;
    let whole = (tenths / 10).to_string();
    let mut grouped = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    format!("{grouped}.{}", tenths % 10)
}

/// Out of the window, the laptop (Ben's desk) gives a hub a new website and syncs it into the
/// team's folder.
pub(crate) fn laptop_gives_kypseli_a_website(laptop: &World, url: &str) {
    let mut ben = mobility_desk_core::Store::open(&laptop.data_file()).unwrap();
    let hub = ben.hub_by_key("kypseli-athens").unwrap();
    let mut input = mobility_desk_core::registry::hubs::HubInput::from(&hub);
    input.archived = None;
    input.expected_version = None;
    input.website = url.into();
    ben.update_hub(hub.id, &input).unwrap();
    ben.sync_folder().unwrap();
}

/// Pay the first instalment of the first €1,175 grant of the P2P cycle, in the grant's dialog.
pub(crate) async fn pay_first_instalment(s: &Session, cycle: i64, reference: &str) -> String {
    s.click("[data-nav=grants]").await;
    s.select("#applications-cycle", &cycle.to_string()).await;
    s.wait_text("#grants-count", "26 grants").await;
    let grant = visiting_grants(s).await.remove(0);
    s.click(&format!("tr.grant-row[data-grant-id='{grant}'] .grant-explain")).await;
    s.wait_for("#grant-payments").await;
    s.click("#payments-table tr.payment-row:nth-child(1) .payment-pay").await;
    s.type_into("#pay-reference", reference).await;
    s.click("#pay-confirm").await;
    s.wait_text("#payments-table tr.payment-row:nth-child(1) .payment-status", reference).await;
    s.click("#grant-close").await;
    s.wait_gone("#grant-dialog").await;
    grant
}
