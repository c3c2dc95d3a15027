//! The hubs' CSV: every case of the import (separators, encodings, bad rows, files that are not
//! text), the export, formulas defused, and a second writer waiting for the first.

use mobility_desk_core::registry::hubs_csv::{self, MAX_FILE_BYTES};
use mobility_desk_core::registry::hubs::HubQuery;
use mobility_desk_core::{ErrorCode, Store};

use super::input;

const HEADER: &str = "key,name,city,country,latitude,longitude,maturity,membership,sectors,languages,contact_name,contact_email,website,available_for_mobility,alliance_member,member_since,notes";

fn preview(store: &Store, text: &[u8]) -> hubs_csv::ImportPreview {
    store.preview_hub_import(text).unwrap()
}

#[test]
fn csv_with_bom_semicolons_crlf_quotes_and_scripts() {
    let mut store = Store::open_in_memory().unwrap();
    let mut file = b"\xEF\xBB\xBF".to_vec();
    file.extend_from_slice(
        "key;name;city;country;latitude;longitude;maturity;membership;sectors;notes\r\n\
         plovdiv-1;\"Ателие; Пловдив\";Plovdiv;BG;42,15;24,75;emerging;regular;crafts|design;\"Line one\r\nline \"\"two\"\"\"\r\n\
         lodz-1;Łódzka Przędzalnia;Łódź;PL;;;established;associate;;\r\n\
         ;Þórshöfn Ljós;Reykjavík;IS;64.13548;-21.89541;emerging;regular;music;\r\n\
         \r\n;;;;;;;;;\r\n\r\n"
            .as_bytes(),
    );
    let p = preview(&store, &file);
    assert_eq!(p.errors, vec![], "{:?}", p.errors);
    assert_eq!((p.rows, p.creates, p.separator.as_str(), p.had_bom), (3, 3, ";", true));
    let s = store.import_hubs(&file, Some(&p.sha256)).unwrap();
    assert_eq!(s.created, 3);
    let h = store.hub_by_key("plovdiv-1").unwrap();
    assert_eq!(h.name, "Ателие; Пловдив");
    assert_eq!(h.notes, "Line one\nline \"two\"");
    assert_eq!((h.latitude, h.longitude), (42.15, 24.75), "decimal commas");
    assert_eq!(h.sectors, vec!["crafts", "design"]);
    let lodz = store.hub_by_key("lodz-1").unwrap();
    assert!((lodz.latitude - 51.77).abs() < 0.05, "coordinates from the gazetteer: {lodz:?}");
    store.hub_by_key("thorshofn-ljos-is").expect("a key made from the name and country");
}

#[test]
fn tab_separated_files_are_read() {
    let store = Store::open_in_memory().unwrap();
    let p = preview(&store, b"name\tcity\tcountry\tmaturity\tmembership\nHub A\tTartu\tEE\temerging\tregular\n");
    assert_eq!((p.rows, p.separator.as_str(), p.error_count), (1, "tab", 0));
}

#[test]
fn reimporting_the_same_file_updates_instead_of_duplicating() {
    let mut store = Store::open_in_memory().unwrap();
    let file = format!("{HEADER}\nhub-a,Hub A,Tartu,EE,,,emerging,regular,,,,,,yes,no,2020,\n");
    store.import_hubs(file.as_bytes(), None).unwrap();
    let again = store.import_hubs(file.as_bytes(), None).unwrap();
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 1));
    let changed = file.replace("Hub A", "Hub A (renamed)");
    let p = preview(&store, changed.as_bytes());
    assert_eq!((p.creates, p.updates), (0, 1));
    let s = store.import_hubs(changed.as_bytes(), None).unwrap();
    assert_eq!(s.updated, 1);
    assert_eq!(store.hub_count().unwrap(), 1);
    assert_eq!(store.hub_by_key("hub-a").unwrap().name, "Hub A (renamed)");
}

#[test]
fn export_then_import_round_trips_exactly() {
    let mut store = Store::open_in_memory().unwrap();
    store.load_demo().unwrap();
    let one = store.list_hubs(&HubQuery::default()).unwrap().rows[3].id;
    store.set_hub_archived(one, true).unwrap();
    let exported = store.export_hubs_csv().unwrap();
    assert!(exported.starts_with(b"\xEF\xBB\xBF") && exported.windows(2).any(|w| w == b"\r\n"));

    let mut other = Store::open_in_memory().unwrap();
    let s = other.import_hubs(&exported, None).unwrap();
    assert_eq!(s.created, store.hub_count().unwrap());
    assert_eq!(other.export_hubs_csv().unwrap(), exported, "byte for byte");
    let strip = |mut h: mobility_desk_core::registry::hubs::Hub| {
        h.id = 0;
        h.created_at.clear();
        h.updated_at.clear();
        // How often each was changed is the file's history, not the hub's content.
        h.version = 0;
        h.updated_by.clear();
        h
    };
    let a: Vec<_> = store.all_hubs().unwrap().into_iter().map(strip).collect();
    let b: Vec<_> = other.all_hubs().unwrap().into_iter().map(strip).collect();
    assert_eq!(a, b);
}

#[test]
fn a_bad_row_refuses_the_whole_file() {
    let mut store = Store::open_in_memory().unwrap();
    let file = format!(
        "{HEADER}\n\
         ok-1,Hub One,Tartu,EE,,,emerging,regular,,,,,,yes,no,,\n\
         bad-coords,Hub Two,Tartu,EE,95,26.7,emerging,regular,,,,,,yes,no,,\n\
         bad-country,Hub Three,Tartu,QQ,58.4,26.7,emerging,regular,,,,,,yes,no,,\n\
         ,,Tartu,EE,,,emerging,regular,,,,,,yes,no,,\n\
         bad-enum,Hub Five,Tartu,EE,,,sprouting,regular,,,,,,maybe,no,20x0,\n"
    );
    let p = preview(&store, file.as_bytes());
    let cells: Vec<(u32, &str)> = p.errors.iter().map(|e| (e.row, e.column.as_str())).collect();
    assert_eq!(
        cells,
        vec![(3, "latitude"), (4, "country"), (5, "name"), (6, "maturity"), (6, "available_for_mobility"), (6, "member_since")]
    );
    assert_eq!((p.rows, p.error_count), (5, 6));
    let err = store.import_hubs(file.as_bytes(), None).unwrap_err();
    assert_eq!(err.code, ErrorCode::Csv);
    assert!(err.message.contains("nothing was imported"), "{}", err.message);
    assert_eq!(store.hub_count().unwrap(), 0, "all or nothing");
}

#[test]
fn the_same_key_twice_is_reported() {
    let store = Store::open_in_memory().unwrap();
    let file = format!("{HEADER}\nsame,Hub One,Tartu,EE,,,emerging,regular,,,,,,,,,\nsame,Hub Two,Tartu,EE,,,emerging,regular,,,,,,,,,\n");
    let p = preview(&store, file.as_bytes());
    assert_eq!(p.errors.len(), 1);
    assert_eq!((p.errors[0].row, p.errors[0].column.as_str()), (3, "key"));
    assert!(p.errors[0].message.contains("already used in row 2"), "{}", p.errors[0].message);
}

#[test]
fn a_wrong_header_is_refused_with_the_expected_columns() {
    let store = Store::open_in_memory().unwrap();
    let err = store.preview_hub_import(b"Organisation,Town,Land\nA,B,C\n").unwrap_err();
    assert_eq!(err.code, ErrorCode::Csv);
    assert!(err.message.starts_with("Wrong header"), "{}", err.message);
    assert!(err.message.contains("Required: name, city, country"), "{}", err.message);

    let err = store.preview_hub_import(b"name,city,country,maturity,membership,adress\n").unwrap_err();
    assert!(err.message.contains("unknown column 'adress' (column 6)"), "{}", err.message);
    let err = store.preview_hub_import(b"name,city,maturity,membership\n").unwrap_err();
    assert!(err.message.contains("required column 'country' is missing"), "{}", err.message);
    let err = store.preview_hub_import(b"").unwrap_err();
    assert!(err.message.contains("empty"), "{}", err.message);
}

#[test]
fn mixed_separators_are_named() {
    let store = Store::open_in_memory().unwrap();
    let p = preview(&store, b"name;city;country;maturity;membership\nHub A;Tartu;EE;emerging;regular\nHub B,Riga,LV,emerging,regular\n");
    assert_eq!(p.error_count, 1);
    assert_eq!(p.errors[0].row, 3);
    assert!(p.errors[0].message.contains("separated by ','"), "{}", p.errors[0].message);
}

#[test]
fn latin1_bytes_are_named_as_an_encoding_problem() {
    let store = Store::open_in_memory().unwrap();
    let mut file = b"name,city,country,maturity,membership\nCaf".to_vec();
    file.push(0xE9); // 'é' in Latin-1
    file.extend_from_slice(b" Europa,Gent,BE,emerging,regular\n");
    let err = store.preview_hub_import(&file).unwrap_err();
    assert_eq!(err.code, ErrorCode::Csv);
    assert!(err.message.contains("not UTF-8"), "{}", err.message);
    assert!(err.message.contains("line 2"), "{}", err.message);
    assert!(err.message.contains("Latin-1"), "{}", err.message);
    assert!(err.message.contains("'é'"), "{}", err.message);
}

/// Excel's "Unicode text": UTF-16 little-endian with a byte-order mark, tab separated.
fn utf16le(text: &str, bom: bool) -> Vec<u8> {
    let mut out = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
    out.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    out
}

#[test]
fn utf16_text_from_excel_is_read_with_its_scripts() {
    let mut store = Store::open_in_memory().unwrap();
    let text = "name\tcity\tcountry\tmaturity\tmembership\r\nΚυψέλη Δοκιμή\tAthens\tGR\temerging\tregular\r\nŁódzka Przędzalnia\tŁódź\tPL\testablished\tregular\r\n";
    for bom in [true, false] {
        let p = preview(&store, &utf16le(text, bom));
        assert_eq!((p.rows, p.separator.as_str(), p.error_count), (2, "tab", 0), "{:?}", p.errors);
    }
    store.import_hubs(&utf16le(text, true), None).unwrap();
    assert!(store.all_hubs().unwrap().iter().any(|h| h.name == "Κυψέλη Δοκιμή" && h.country == "GR"));
    // Big-endian too.
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    assert_eq!(preview(&store, &be).rows, 2);
    // A cut-off UTF-16 file is named as such.
    let mut cut = utf16le(text, true);
    cut.pop();
    let err = store.preview_hub_import(&cut).unwrap_err();
    assert!(err.message.contains("looks like UTF-16 text") && err.message.contains("damaged"), "{}", err.message);
}

#[test]
fn a_file_that_is_not_text_is_named_for_what_it_is() {
    let store = Store::open_in_memory().unwrap();
    for (bytes, kind) in [
        (&b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"[..], "a PDF document"),
        (&b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml"[..], "a ZIP archive (an .xlsx or .ods workbook"),
        (&b"\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR"[..], "a PNG image"),
        (&b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00"[..], "an old Office file (.xls or .doc)"),
    ] {
        let err = store.preview_hub_import(bytes).unwrap_err();
        assert_eq!(err.code, ErrorCode::Csv);
        assert!(err.message.starts_with(&format!("This file is {kind}")), "{}", err.message);
        assert!(err.message.contains("save (or export) the table as \"CSV UTF-8\""), "{}", err.message);
        assert!(!err.message.contains("Latin-1"), "{}", err.message);
    }
    let err = store.preview_hub_import(b"name,city\x00\x01\x02\xFF\x00\x00garbage").unwrap_err();
    assert!(err.message.starts_with("This file is not text: it holds binary data."), "{}", err.message);
}

#[test]
fn a_very_large_file_is_refused_before_reading_and_a_large_one_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.csv");
    let f = std::fs::File::create(&huge).unwrap();
    f.set_len(MAX_FILE_BYTES + 1).unwrap();
    let err = hubs_csv::read_import_file(&huge).unwrap_err();
    assert_eq!(err.code, ErrorCode::Csv);
    assert!(err.message.contains("refused"), "{}", err.message);

    let mut big = String::from("key,name,city,country,latitude,longitude,maturity,membership\n");
    for i in 0..20_000 {
        big.push_str(&format!("hub-{i},Hub {i},Tartu,EE,58.38,26.72,emerging,regular\n"));
    }
    let mut store = Store::open_in_memory().unwrap();
    let s = store.import_hubs(big.as_bytes(), None).unwrap();
    assert_eq!(s.created, 20_000);
    let mut errors = big.clone();
    errors.push_str(&"bad,,,,,,,\n".repeat(1000));
    let p = store.preview_hub_import(errors.as_bytes()).unwrap();
    assert!(p.error_count >= 1000 && p.errors.len() <= hubs_csv::MAX_LISTED_ERRORS, "errors are capped in the list");
}

#[test]
fn exports_are_written_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    store.load_demo().unwrap();
    let target = dir.path().join("hubs.csv");
    std::fs::write(&target, "old").unwrap();
    let n = store.export_hubs_to(&target).unwrap();
    assert_eq!(n, store.hub_count().unwrap());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left: {leftovers:?}");
    assert!(std::fs::read(&target).unwrap().starts_with(b"\xEF\xBB\xBFkey,name"));
}

/// A cell a spreadsheet would run as a formula is written with an apostrophe in front (shown
/// as text), numbers stay numbers, and our own import takes the apostrophe off again.
#[test]
fn formulas_in_exported_cells_are_defused_and_still_round_trip() {
    let mut store = Store::open_in_memory().unwrap();
    let mut hub = input();
    hub.name = "=HYPERLINK(\"http://evil.example\",\"Click\")".into();
    hub.contact_name = "@SUM(1)".into();
    hub.notes = "+cmd|' /C calc'!A0".into();
    hub.latitude = Some(47.2);
    hub.longitude = Some(-1.55);
    let created = store.create_hub(&hub).unwrap();
    let csv = String::from_utf8(store.export_hubs_csv().unwrap()).unwrap();
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\""), "{csv}");
    assert!(csv.contains(",'@SUM(1),") && csv.contains("'+cmd|' /C calc'!A0"), "{csv}");
    assert!(csv.contains(",-1.55,"), "a negative number stays a number: {csv}");
    assert!(!csv.lines().skip(1).any(|l| l.starts_with('=') || l.contains(",=") || l.contains(",@") || l.contains(",+")), "{csv}");
    // Importing the export changes nothing: the apostrophes come off.
    let p = store.preview_hub_import(csv.as_bytes()).unwrap();
    assert_eq!((p.error_count, p.unchanged), (0, 1), "{:?}", p.errors);
    let again = store.hub(created.id).unwrap();
    assert_eq!((again.name.as_str(), again.contact_name.as_str(), again.notes.as_str()), (hub.name.as_str(), "@SUM(1)", "+cmd|' /C calc'!A0"));
    assert_eq!(mobility_desk_core::platform::csv_safe::spreadsheet_safe("-1\u{202f}175,00"), "-1\u{202f}175,00");
    assert_eq!(mobility_desk_core::platform::csv_safe::spreadsheet_safe("-"), "'-");
}

/// Two writers on one data file: the second waits for the first (up to the busy timeout)
/// instead of failing at once with "the data file is busy", and says it waits.
#[test]
fn a_second_writer_waits_for_the_first_instead_of_failing() {
    static TOLD: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    mobility_desk_core::platform::store::when_waiting(|| {
        TOLD.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    let mut store = Store::open(&path).unwrap();
    let other = std::thread::spawn({
        let path = path.clone();
        move || {
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.execute_batch("BEGIN IMMEDIATE; UPDATE settings SET network_name = 'Held' WHERE id = 1;").unwrap();
            std::thread::sleep(std::time::Duration::from_millis(1200));
            conn.execute_batch("COMMIT").unwrap();
        }
    });
    std::thread::sleep(std::time::Duration::from_millis(200));
    let started = std::time::Instant::now();
    let file = format!("{HEADER}\nhub-a,Hub A,Tartu,EE,,,emerging,regular,,,,,,yes,no,2020,\n");
    let done = store.import_hubs(file.as_bytes(), None).expect("the import waits for the other writer");
    assert_eq!(done.created, 1);
    assert!(started.elapsed() >= std::time::Duration::from_millis(700), "it waited: {:?}", started.elapsed());
    assert!(TOLD.load(std::sync::atomic::Ordering::SeqCst) >= 1, "the wait was told");
    other.join().unwrap();
    assert_eq!(store.settings().unwrap().network_name, "Held");
}
