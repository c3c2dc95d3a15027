//! End-to-end tests: the real app window, driven through WebDriver (tauri-driver +
//! WebKitWebDriver) under Xvfb, clicking through what a secretariat member does.
//!
//! Run by `cargo xtask test` (feature `e2e`). Each test gets its own data folder, its own
//! XDG folders and its own tauri-driver, so runs are hermetic.

mod harness;

use std::time::Duration;


use harness::{Session, World};


#[tokio::test]
async fn first_run_demo_search_create_and_find_after_restart() {
    let world = World::new("first-run");
    let s = world.start().await;

    // An empty data folder opens on the start screen.
    s.wait_for("[data-testid=empty-start]").await;
    s.click("#load-demo").await;
    s.wait_text("#hub-count", "44 hubs").await;
    assert_eq!(s.count("[data-testid=hub-row]").await, 44);

    // Instant search, across scripts.
    s.type_into("#hub-search", "Пловдив").await;
    s.wait_rows(1).await;
    let row = s.text("[data-testid=hub-row]").await;
    assert!(row.contains("Plovdiv"), "{row}");
    s.clear("#hub-search").await;
    s.wait_rows(44).await;

    // Create a hub through the form, the city picked from the gazetteer.
    s.click("#new-hub").await;
    s.wait_for("#hub-form").await;
    s.type_into("#hub-name", "Ateljee Emajõgi").await;
    s.type_into("#hub-city", "Tart").await;
    let option = s.wait_option_containing("[data-testid=city-option]", "Tartu").await;
    option.click().await.expect("pick Tartu");
    assert_eq!(s.value("#hub-country").await, "EE");
    let lat: f64 = s.value("#hub-latitude").await.parse().expect("latitude filled in");
    let lon: f64 = s.value("#hub-longitude").await.parse().expect("longitude filled in");
    assert!((lat - 58.38).abs() < 0.05 && (lon - 26.72).abs() < 0.05, "{lat}, {lon}");
    s.select("#hub-maturity", "emerging").await;
    s.type_into("#hub-sectors", "crafts, design").await;
    s.click("#hub-save").await;
    s.wait_gone("#hub-form").await;
    s.wait_text("#hub-count", "45 hubs").await;
    assert_eq!(s.count("#error-banner").await, 0, "no command failed along the way");
    s.end().await;

    // Quit and start again: the hub is still there.
    let s = world.start().await;
    s.wait_text("#hub-count", "45 hubs").await;
    s.type_into("#hub-search", "emajogi").await;
    s.wait_rows(1).await;
    let row = s.text("[data-testid=hub-row]").await;
    assert!(row.contains("Ateljee Emajõgi") && row.contains("Tartu"), "{row}");
    s.end().await;
}

#[tokio::test]
async fn a_broken_csv_shows_each_bad_row_and_imports_nothing() {
    let world = World::new("broken-csv");
    let file = world.write_file(
        "hubs.csv",
        "name;city;country;maturity;membership\r\nGood Hub;Tartu;EE;emerging;regular\r\n;Riga;LV;emerging;regular\r\nBad Country;Oslo;QQ;established;regular\r\n",
    );
    world.answer_next_dialog(&file);
    let s = world.start().await;
    s.wait_for("[data-testid=empty-start]").await;
    s.click("#empty-import").await;
    s.wait_for("#import-dialog").await;
    s.wait_for("[data-testid=import-error]").await;
    let errors = s.texts("[data-testid=import-error]").await;
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].contains('3') && errors[0].contains("name"), "{errors:?}");
    assert!(errors[1].contains('4') && errors[1].contains("country") && errors[1].contains("QQ"), "{errors:?}");
    assert!(!s.enabled("#import-confirm").await, "import is refused while rows are bad");
    s.click("#import-cancel").await;
    s.wait_gone("#import-dialog").await;
    s.wait_for("[data-testid=empty-start]").await;
    s.end().await;
}

#[tokio::test]
async fn a_csv_that_is_not_utf8_is_named_as_an_encoding_problem() {
    let world = World::new("latin1");
    let mut bytes = b"name,city,country,maturity,membership\nCaf".to_vec();
    bytes.push(0xE9);
    bytes.extend_from_slice(b" Europa,Gent,BE,emerging,regular\n");
    let file = world.write_bytes("latin1.csv", &bytes);
    world.answer_next_dialog(&file);
    let s = world.start().await;
    s.click("#empty-import").await;
    let message = s.wait_text("#import-file-error", "not UTF-8").await;
    assert!(message.contains("Latin-1"), "{message}");
    s.end().await;
}

#[tokio::test]
async fn form_errors_are_shown_at_their_fields() {
    let world = World::new("form-errors");
    let s = world.start().await;
    s.click("#empty-new-hub").await;
    s.wait_for("#hub-form").await;
    s.type_into("#hub-city", "Atlantis").await;
    s.type_into("#hub-country", "QQ").await;
    s.click("#hub-save").await;
    let name = s.wait_text("[data-field-error=name]", "name").await;
    assert!(name.contains("Enter the hub's name"), "{name}");
    let country = s.text("[data-field-error=country]").await;
    assert!(country.contains("'QQ' is not an ISO 3166-1 country code"), "{country}");
    s.end().await;
}

#[tokio::test]
async fn settings_are_saved_and_kept() {
    let world = World::new("settings");
    let s = world.start().await;
    s.click("[data-nav=settings]").await;
    s.wait_for("#settings-network-name").await;
    s.clear("#settings-network-name").await;
    s.type_into("#settings-network-name", "Réseau Art Nouveau Network").await;
    s.type_into("#settings-signatory-name", "Zsófia Kovács").await;
    s.type_into("#settings-signatory-title", "Coordinator").await;
    s.select("#settings-language", "fr").await;
    s.click("#settings-save").await;
    s.wait_text("#toast", "Settings saved").await;

    // The logo, picked with the native dialog, is kept as a copy inside the data file.
    let logo = world.write_bytes("logo.png", &std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/icons/32x32.png")).unwrap());
    world.answer_next_dialog(&logo);
    s.click("#settings-logo-choose").await;
    let img = s.wait_for("#settings-logo").await;
    let src = img.attr("src").await.unwrap().unwrap_or_default();
    assert!(src.starts_with("data:image/png;base64,"), "{}", &src[..src.len().min(40)]);
    std::fs::remove_file(&logo).unwrap();
    s.end().await;

    let s = world.start().await;
    s.click("[data-nav=settings]").await;
    s.wait_for("#settings-network-name").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(s.value("#settings-network-name").await, "Réseau Art Nouveau Network");
    assert_eq!(s.value("#settings-signatory-name").await, "Zsófia Kovács");
    assert_eq!(s.value("#settings-language").await, "fr");
    s.wait_for("#settings-logo").await;
    s.end().await;
}

#[tokio::test]
async fn archive_and_restore_a_hub() {
    let world = World::new("archive");
    let s = world.start().await;
    s.click("#load-demo").await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("[data-testid=hub-row][data-key=kypseli-athens] td").await;
    s.wait_for("#hub-form").await;
    assert_eq!(s.value("#hub-name").await, "Εργαστήρι Κυψέλη");
    s.click("#hub-archive").await;
    s.wait_for("#confirm-dialog").await;
    s.click("#confirm-yes").await;
    s.wait_gone("#hub-form").await;
    s.wait_text("#hub-count", "43 hubs").await;
    assert_eq!(s.count("[data-key=kypseli-athens]").await, 0, "archived hubs leave the list");

    s.select("#filter-archived", "archived").await;
    s.wait_rows(1).await;
    s.click("[data-testid=hub-row][data-key=kypseli-athens] td").await;
    s.click("#hub-restore").await;
    s.wait_gone("#hub-form").await;
    s.select("#filter-archived", "active").await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.end().await;
}

#[tokio::test]
async fn export_writes_every_hub_to_the_chosen_file() {
    let world = World::new("export");
    let target = world.write_file("exported.csv", "");
    std::fs::remove_file(&target).unwrap();
    world.answer_next_dialog(&target);
    let s = world.start().await;
    s.click("#load-demo").await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("#export-hubs").await;
    s.wait_text("#toast", "Exported 44 hubs").await;
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.starts_with("\u{feff}key,name,city,country,latitude,longitude"), "{}", &text[..60]);
    assert!(text.contains("Εργαστήρι Κυψέλη"));
    assert_eq!(text.matches("\r\n").count(), 45, "a header and 44 hubs, CRLF-terminated");
    s.end().await;
}

#[tokio::test]
async fn a_data_file_that_is_not_ours_is_reported_and_left_alone() {
    let world = World::new("foreign-file");
    let data = world.data_file();
    std::fs::create_dir_all(data.parent().unwrap()).unwrap();
    std::fs::write(&data, "key,name\nnot,a database\n").unwrap();
    let s: Session = world.start().await;
    let message = s.wait_text("#open-error", "not a Mobility Desk data file").await;
    assert!(message.contains("left untouched"), "{message}");
    s.end().await;
    assert_eq!(std::fs::read_to_string(&data).unwrap(), "key,name\nnot,a database\n");
}

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

    s.click("[data-nav=applications]").await;
    for (search, name, role, person) in [("Κυψ", "Κυψέλη", "visiting", "Μαρία Λαμπράκη"), ("Kunsthof", "Kunsthof an der Mur", "hosting", "Lena Moser")] {
        s.click("#new-application").await;
        s.type_into("#application-hub", search).await;
        s.wait_option_containing("[data-testid=hub-option]", name).await.click().await.unwrap();
        s.select("#application-role", role).await;
        s.type_into("#application-person", person).await;
        s.fill("#application-starts", "2027-04-05").await;
        s.fill("#application-ends", "2027-04-30").await;
        s.click("#application-save").await;
        s.wait_gone("#application-form").await;
    }
    s.wait_text("#applications-count", "2 applications").await;
    tokio::time::sleep(Duration::from_millis(4500)).await; // let the toast go
    s.screenshot(&out.join("applications.png")).await;
    s.click("#new-application").await;
    s.wait_for("#application-form").await;
    s.screenshot(&out.join("application-form.png")).await;
    s.end().await;
}

#[tokio::test]
async fn cycles_open_a_call_move_back_with_a_reason_and_clone() {
    let world = World::new("cycles");
    let s = world.start().await;
    s.click("[data-nav=cycles]").await;
    s.wait_for("[data-testid=cycles-empty]").await;

    // A new P2P Learning cycle, its figures from the programme defaults.
    s.click("#cycles-empty-new").await;
    s.wait_for("#cycle-form").await;
    s.fill("#cycle-year", "2027").await;
    s.until_value("#cycle-title", "P2P Learning 2027").await;
    assert_eq!(s.value("#cycle-slots-primary").await, "13");
    assert_eq!(s.value("#cycle-slots-secondary").await, "13");
    s.fill("#cycle-call-opens", "2026-11-02").await;
    s.fill("#cycle-call-deadline", "2027-01-15").await;
    s.fill("#cycle-activity-start", "2027-03-01").await;
    s.fill("#cycle-activity-end", "2027-02-01").await; // before the start: refused at the field
    s.click("#cycle-save").await;
    let end = s.wait_text("[data-field-error=activity_end]", "before").await;
    assert!(end.contains("before the activity starts"), "{end}");
    s.fill("#cycle-activity-end", "2027-10-31").await;
    s.click("#cycle-save").await;
    s.wait_gone("#cycle-form").await;

    // Draft → Call open, guarded; then back to Draft, which needs a reason.
    s.wait_for("#cycle-detail").await;
    s.wait_text("#phase-stepper [aria-current=step]", "Draft").await;
    s.click("#phase-forward").await;
    s.wait_text("#phase-stepper [aria-current=step]", "Call open").await;
    s.click("#phase-back").await;
    s.wait_for("#move-back-dialog").await;
    s.select("#move-back-to", "draft").await;
    s.click("#move-back-confirm").await;
    s.wait_for("[data-field-error=reason]").await;
    s.type_into("#move-back-reason", "The board extended the deadline").await;
    s.click("#move-back-confirm").await;
    s.wait_gone("#move-back-dialog").await;
    s.wait_text("#phase-stepper [aria-current=step]", "Draft").await;
    s.wait_text("#cycle-history", "The board extended the deadline").await;

    // New cycle from this one.
    s.click("#cycle-clone").await;
    s.wait_for("#clone-dialog").await;
    s.fill("#clone-year", "2028").await;
    s.click("#clone-confirm").await;
    s.wait_text("#cycle-detail", "P2P Learning 2028").await;
    s.end().await;

    // Both are there after a restart, with the history kept.
    let s = world.start().await;
    s.click("[data-nav=cycles]").await;
    s.wait_for("#cycle-table").await;
    assert_eq!(s.count("[data-testid=cycle-row]").await, 2);
    let rows = s.texts("[data-testid=cycle-row]").await;
    assert!(rows.iter().any(|r| r.contains("P2P Learning 2027") && r.contains("Draft")), "{rows:?}");
    assert!(rows.iter().any(|r| r.contains("P2P Learning 2028")), "{rows:?}");
    s.end().await;
}

#[tokio::test]
async fn a_guard_says_what_a_cycle_still_needs() {
    let world = World::new("guard");
    let s = world.start().await;
    s.click("[data-nav=cycles]").await;
    s.click("#cycles-empty-new").await;
    s.wait_for("#cycle-form").await;
    s.fill("#cycle-year", "2027").await;
    s.until_value("#cycle-title", "2027").await;
    s.click("#cycle-save").await;
    s.wait_gone("#cycle-form").await;
    s.wait_for("#cycle-detail").await;
    assert!(!s.enabled("#phase-forward").await, "the call cannot open without dates");
    let missing = s.wait_text("#phase-missing", "the call deadline").await;
    assert!(missing.contains("the date the call opens") && missing.contains("the last day of the activity window"), "{missing}");
    s.end().await;
}

#[tokio::test]
async fn applications_are_entered_and_eligibility_is_explained() {
    let world = World::new("applications");
    let s = world.start().await;
    s.click("#load-demo").await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("[data-nav=applications]").await;
    s.wait_for("[data-testid=applications-empty]").await;
    let cycle = s.text("#applications-cycle").await;
    assert!(cycle.contains("P2P Learning 2027"), "{cycle}");

    // A visiting hub, picked by a few letters of its Greek name.
    s.click("#new-application").await;
    s.wait_for("#application-form").await;
    s.type_into("#application-hub", "Κυψ").await;
    s.wait_option_containing("[data-testid=hub-option]", "Κυψέλη").await.click().await.unwrap();
    s.select("#application-role", "visiting").await;
    s.type_into("#application-person", "Μαρία Λαμπράκη").await;
    s.fill("#application-starts", "2027-04-05").await;
    s.fill("#application-ends", "2027-04-30").await;
    s.type_into("#application-summary", "Co-design a repair café with the host's makerspace.").await;
    s.click("#application-save").await;
    s.wait_gone("#application-form").await;
    s.wait_text("#applications-count", "1 application").await;
    assert_eq!(s.text("[data-testid=eligibility]").await, "Eligible");

    // A former member may not apply: the reason is shown with the application.
    s.click("#new-application").await;
    s.type_into("#application-hub", "Kunsthof").await;
    s.wait_option_containing("[data-testid=hub-option]", "Kunsthof an der Mur").await.click().await.unwrap();
    s.select("#application-role", "hosting").await;
    s.type_into("#application-person", "Lena Moser").await;
    s.click("#application-save").await;
    s.wait_gone("#application-form").await;
    let reason = s.wait_text("[data-testid=eligibility-reason]", "former member").await;
    assert!(reason.contains("Kunsthof an der Mur"), "{reason}");
    s.wait_text("#applications-count", "2 applications · 1 eligible").await;

    // The same hub twice in the same role is refused at the field.
    s.click("#new-application").await;
    s.type_into("#application-hub", "Κυψ").await;
    s.wait_option_containing("[data-testid=hub-option]", "Κυψέλη").await.click().await.unwrap();
    s.select("#application-role", "visiting").await;
    s.type_into("#application-person", "Νίκος").await;
    s.click("#application-save").await;
    let dup = s.wait_text("[data-field-error=hub_id]", "already applied").await;
    assert!(dup.contains("as visiting"), "{dup}");
    s.click("#application-cancel").await;
    if s.count("#confirm-yes").await > 0 {
        s.click("#confirm-yes").await;
    }
    s.wait_gone("#application-form").await;

    // Withdraw the former member's application; it stays, marked, and no longer counts.
    let rows = s.texts("[data-testid=application-row]").await;
    let index = rows.iter().position(|r| r.contains("Kunsthof")).expect("the Kunsthof row");
    s.click(&format!("[data-testid=application-row]:nth-child({}) td", index + 1)).await;
    s.click("#application-withdraw").await;
    s.click("#confirm-yes").await;
    s.wait_gone("#application-form").await;
    s.wait_text("#applications-count", "1 application · 1 eligible").await;
    s.end().await;

    let s = world.start().await;
    s.click("[data-nav=applications]").await;
    s.wait_text("#applications-count", "1 application · 1 eligible").await;
    let rows = s.texts("[data-testid=application-row]").await;
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows.iter().any(|r| r.contains("Kunsthof") && r.contains("Withdrawn")), "{rows:?}");
    s.end().await;
}

#[tokio::test]
async fn programmes_are_renamed_switched_off_and_added() {
    let world = World::new("programmes");
    let s = world.start().await;
    s.click("[data-nav=cycles]").await;
    s.click("#programmes-button").await;
    s.wait_for("#programmes-dialog").await;
    assert_eq!(s.count("[data-testid=programme-item]").await, 4);

    // Rename Workshops and stop offering it; an empty name is refused at the field.
    s.click("[data-testid=programme-item][data-key=workshops]").await;
    s.wait_for("#programme-form").await;
    s.clear("#programme-name").await;
    s.click("#programme-save").await;
    let error = s.wait_text("#programme-form [data-field-error=name]", "name").await;
    assert!(error.contains("Enter the programme's name"), "{error}");
    s.type_into("#programme-name", "Community Workshops").await;
    s.click("#programme-enabled").await;
    s.click("#programme-save").await;
    s.wait_text("#toast", "Saved 'Community Workshops'").await;

    // Add the network's own programme on the Staff Exchange shape.
    s.type_into("#new-programme-name", "Summer residencies").await;
    s.select("#new-programme-shape", "staff_exchange").await;
    s.click("#new-programme-create").await;
    s.wait_for("[data-testid=programme-item][data-key=summer-residencies]").await;
    s.click("#programmes-close").await;
    s.wait_gone("#programmes-dialog").await;

    // A new cycle offers the programmes in use, not the switched-off one.
    s.click("#new-cycle").await;
    let offered = s.text("#cycle-programme").await;
    assert!(offered.contains("Summer residencies") && !offered.contains("Community Workshops"), "{offered}");
    s.click("#cycle-cancel").await;
    if s.count("#confirm-yes").await > 0 {
        s.click("#confirm-yes").await;
    }
    s.end().await;

    let s = world.start().await;
    s.click("[data-nav=cycles]").await;
    s.click("#programmes-button").await;
    let item = s.text("[data-testid=programme-item][data-key=workshops]").await;
    assert!(item.contains("Community Workshops"), "{item}");
    assert_eq!(s.count("[data-testid=programme-item]").await, 5);
    s.end().await;
}
