//! The member hubs: the first run, the registry, its CSV import and export, a form's messages, the
//! network settings and a data file that is not ours.

use std::time::Duration;
use crate::harness::{Session, World};

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
    // The place of signature is read from the address (its country line in French), then kept
    // as the user leaves or changes it.
    s.type_into("#settings-address", "Rue de la Loi 42\u{E007}1040 Bruxelles\u{E007}Belgique").await;
    s.click("#settings-save").await;
    s.wait_text("#toast", "Settings saved").await;
    s.wait_text("#place-hint", "\"Bruxelles, 5 March 2027\"").await;
    assert_eq!(s.value("#settings-place").await, "Bruxelles");
    s.fill("#settings-place", "Ixelles").await;
    s.click("#settings-save").await;
    s.wait_text("#place-hint", "\"Ixelles, 5 March 2027\"").await;

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
    assert_eq!(s.value("#settings-place").await, "Ixelles");
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

#[tokio::test]
async fn a_hub_saved_elsewhere_meanwhile_is_not_silently_reverted() {
    let world = World::new("stale-hub");
    std::fs::create_dir_all(world.data_file().parent().unwrap()).unwrap();
    {
        let mut store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
        store.load_demo().unwrap();
    }
    let s = world.start().await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("[data-testid=hub-row][data-key=kypseli-athens] td").await;
    s.wait_for("#hub-form").await;

    // Meanwhile another program (here the core, as the command line would) changes the notes.
    {
        let mut store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
        let hub = store.hub_by_key("kypseli-athens").unwrap();
        let mut input = mobility_desk_core::registry::hubs::HubInput::from(&hub);
        input.notes = "Seen by the office on Monday".into();
        store.update_hub(hub.id, &input).unwrap();
    }

    s.fill("#hub-website", "https://kypseli.example/new").await;
    s.click("#hub-save").await;
    let message = s.wait_text("#hub-stale", "after you opened the form (notes)").await;
    assert!(message.contains("Your changes are not saved yet"), "{message}");
    s.wait_text("[data-field-error=notes]", "Seen by the office on Monday").await;

    s.click("#hub-stale-reload").await;
    let typed = s.wait_text("#hub-typed", "Website").await;
    assert!(typed.contains("https://kypseli.example/new"), "{typed}");
    assert_eq!(s.value("#hub-notes").await, "Seen by the office on Monday");
    s.click("#hub-typed-use").await;
    assert_eq!(s.value("#hub-website").await, "https://kypseli.example/new");
    s.click("#hub-save").await;
    s.wait_gone("#hub-form").await;
    s.end().await;

    let store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
    let hub = store.hub_by_key("kypseli-athens").unwrap();
    assert_eq!((hub.notes.as_str(), hub.website.as_str()), ("Seen by the office on Monday", "https://kypseli.example/new"));
}

#[tokio::test]
async fn bank_details_are_refused_at_the_field_kept_masked_and_shown_when_asked() {
    let world = crate::common::demo_world("bank-details");
    let s = world.start().await;
    s.wait_text("#hub-count", "44 hubs").await;
    // The demo leaves one hub without bank details.
    s.click("[data-testid=hub-row][data-key=alyki-larnaca] td").await;
    s.wait_text("#bank-none", "No bank details yet").await;
    s.click("#bank-add").await;
    s.wait_for("#bank-dialog").await;
    s.type_into("#bank-holder", "Alyki Arts Ltd").await;
    // One digit wrong: refused as the person leaves the field, before any save.
    s.type_into("#bank-iban", "CY17 0020 0128 0000 0012 0052 7601").await;
    s.click("#bank-bic").await;
    let message = s.wait_text("[data-field-error=iban]", "check digits").await;
    assert!(message.contains("CY17 0020 0128 0000 0012 0052 7601"), "{message}");
    assert_eq!(s.attr_where("#bank-iban", "", "aria-invalid").await, "true");
    // A save with it is refused too, and nothing is kept.
    s.click("#bank-save").await;
    s.wait_text("[data-field-error=iban]", "check digits").await;
    s.fill("#bank-iban", "cy17 0020 0128 0000 0012 0052 7600").await;
    s.click("#bank-save").await;
    s.wait_gone("#bank-dialog").await;
    let shown = s.wait_text("#bank-shown-iban", "CY17").await;
    assert_eq!(shown, "CY17 •••• •••• •••• •••• •••• 7600", "masked until asked");
    assert_eq!(s.text("#bank-shown-holder").await, "Alyki Arts Ltd");
    s.wait_text("#bank-sepa", "SEPA credit transfer").await;
    s.click("#bank-reveal").await;
    s.wait_text("#bank-shown-iban", "CY17 0020 0128 0000 0012 0052 7600").await;
    s.click("#bank-hide").await;
    s.wait_text("#bank-shown-iban", "••••").await;
    assert_eq!(s.count("#error-banner").await, 0);
    s.end().await;

    // Kept in the data file, across a restart, and in the hub's History.
    let s = world.start().await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("[data-testid=hub-row][data-key=alyki-larnaca] td").await;
    s.wait_text("#bank-shown-iban", "CY17 •••• ").await;
    s.click("#hub-history").await;
    let history = s.wait_text("#history-dialog", "Bank details created").await;
    assert!(history.contains("CY17 ••••") && !history.contains("0128"), "{history}");
    s.end().await;
}
