//! The finance export, read back: CSV in English and French conventions, and the XLSX workbook
//! (instalments, grants, lines and a summary per cycle) opened with calamine; every grant of
//! every demo cycle exported with lines adding up to its total.

use calamine::{open_workbook_from_rs, Data, DataType, Reader, Xlsx};
use mobility_desk_core::intake::applications::Role;
use mobility_desk_core::cycle::cycles::{CycleQuery, Phase};
use mobility_desk_core::funding::payments::PaymentInput;
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::registry::settings::SettingsInput;
use mobility_desk_core::{ErrorCode, Store};
use crate::common::{demo, cycle_of};

/// The demo P2P cycle with every grant awarded and one pre-financing paid.
fn awarded_p2p(s: &mut Store) -> (i64, i64) {
    let cycle = cycle_of(s, Shape::P2p);
    s.move_cycle(cycle, Phase::Selection, "").unwrap();
    s.select(cycle, "tester").unwrap();
    s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
    s.award_grants(cycle, None, false, "tester").unwrap();
    let visitor = s.grants(cycle).unwrap().into_iter().find(|g| g.role == Role::Visiting).unwrap();
    let first = s.grant_payments(visitor.id).unwrap().payments[0].id;
    s.mark_paid(first, &PaymentInput { paid_on: Some("2026-06-01".into()), reference: "VIR-0042".into() }, "tester").unwrap();
    (cycle, visitor.id)
}

fn workbook(bytes: Vec<u8>) -> Xlsx<std::io::Cursor<Vec<u8>>> {
    open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap()
}

fn text(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        // Excel counts days from 1899-12-30.
        Data::DateTime(d) => (time::macros::date!(1899 - 12 - 30) + time::Duration::days(d.as_f64() as i64)).to_string(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

#[test]
fn the_csv_has_a_row_per_instalment_with_the_payee() {
    let mut s = demo();
    let (cycle, visitor) = awarded_p2p(&mut s);
    let csv = String::from_utf8(s.finance_csv(&[cycle], Some("en")).unwrap()).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "Cycle");
    assert_eq!(&headers[16], "Amount (EUR)");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 52, "26 grants × 2 instalments");
    let mine: Vec<&csv::StringRecord> = rows.iter().filter(|r| r[2] == visitor.to_string()).collect();
    assert_eq!(mine.len(), 2);
    assert_eq!(&mine[0][11], "Instalment 1 of 2");
    assert_eq!(&mine[0][16], "822.50");
    assert_eq!(&mine[0][17], "82250");
    assert_eq!(&mine[0][18], "Paid");
    assert_eq!(&mine[0][19], "2026-06-01");
    assert_eq!(&mine[0][20], "VIR-0042");
    assert_eq!(&mine[1][16], "352.50");
    assert_eq!(&mine[1][18], "Waiting");
    assert_eq!(&mine[1][14], "After the report");
    // The payee's details where recorded.
    let hub = s.grant_detail(visitor).unwrap().grant;
    assert_eq!(&mine[0][4], hub.hub_name.as_str());
    assert_eq!(&mine[0][6], hub.hub_country.as_str());
    assert!(!mine[0][7].is_empty() && mine[0][8].contains('@'), "{:?}", mine[0]);
    // Every row's cents add up to the awarded total.
    let cents: i64 = rows.iter().map(|r| r[17].parse::<i64>().unwrap()).sum();
    assert_eq!(cents, s.budget(cycle).unwrap().awarded_cents);
}

#[test]
fn the_french_csv_uses_semicolons_and_decimal_commas() {
    let mut s = demo();
    let (cycle, visitor) = awarded_p2p(&mut s);
    let csv = String::from_utf8(s.finance_csv(&[cycle], Some("fr")).unwrap()).unwrap();
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(csv.as_bytes());
    assert_eq!(&reader.headers().unwrap()[16], "Montant (EUR)");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let mine: Vec<&csv::StringRecord> = rows.iter().filter(|r| r[2] == visitor.to_string()).collect();
    assert_eq!(&mine[0][11], "Versement 1 sur 2");
    assert_eq!(&mine[0][16], "822,50");
    assert_eq!(&mine[0][18], "Payé");
    assert_eq!(&mine[1][14], "Après le rapport");
    // The language in Settings is the default.
    let now = s.settings().unwrap();
    s.save_settings(SettingsInput {
        network_name: "Demo Network".into(),
        postal_address: now.postal_address,
        signatory_name: now.signatory_name,
        signatory_title: now.signatory_title,
        default_language: "fr".into(),
        signing_place: String::new(),
    })
    .unwrap();
    assert_eq!(s.finance_csv(&[cycle], None).unwrap(), csv.into_bytes());
}

#[test]
fn the_workbook_has_instalments_grants_lines_and_a_summary() {
    let mut s = demo();
    let (cycle, visitor) = awarded_p2p(&mut s);
    let mut book = workbook(s.finance_xlsx(&[cycle], Some("en")).unwrap());
    assert_eq!(book.sheet_names(), vec!["Instalments", "Grants", "Lines", "Summary"]);

    let instalments = book.worksheet_range("Instalments").unwrap();
    assert_eq!(instalments.height(), 53, "a header and 52 instalments");
    let row = instalments.rows().find(|r| text(&r[2]) == visitor.to_string()).unwrap();
    assert_eq!(row[16], Data::Float(822.5));
    assert_eq!(row[17], Data::Float(82_250.0));
    assert_eq!(text(&row[19]), "2026-06-01");

    let grants = book.worksheet_range("Grants").unwrap();
    assert_eq!(grants.height(), 27);
    let row = grants.rows().find(|r| text(&r[2]) == visitor.to_string()).unwrap();
    assert_eq!((row[14].clone(), row[15].clone(), row[16].clone()), (Data::Float(1175.0), Data::Float(822.5), Data::Float(352.5)));

    let lines = book.worksheet_range("Lines").unwrap();
    let mine: Vec<_> = lines.rows().filter(|r| text(&r[1]) == visitor.to_string()).collect();
    let kinds: Vec<String> = mine.iter().map(|r| text(&r[6])).collect();
    assert_eq!(kinds, vec!["capped_travel", "subsistence", "grant_cap"]);
    let sum: f64 = mine.iter().map(|r| r[11].get_float().unwrap()).sum();
    assert!((sum - 1175.0).abs() < 1e-9, "{sum}");

    let summary = book.worksheet_range("Summary").unwrap();
    let value = |label: &str| summary.rows().find(|r| text(&r[0]) == label).map(|r| r[1].clone()).unwrap();
    assert_eq!(value("Envelope"), Data::Float(21_775.0));
    assert_eq!(value("Awarded grants"), Data::Float(26.0));
    assert_eq!(value("Awarded amount"), Data::Float(21_775.0));
    assert_eq!(value("Instalments paid"), Data::Float(822.5));
    assert_eq!(value("Still to pay"), Data::Float(21_775.0 - 822.5));
    assert_eq!(value("Left in the envelope"), Data::Float(0.0));
}

#[test]
fn every_grant_of_every_demo_cycle_is_exported_with_its_lines() {
    let mut s = demo();
    let cycles = s.cycles(&CycleQuery::default()).unwrap();
    for c in &cycles {
        for phase in [Phase::CallOpen, Phase::Selection] {
            if s.cycle(c.id).unwrap().phase < phase {
                s.move_cycle(c.id, phase, "").unwrap();
            }
        }
        let _ = s.select(c.id, "tester");
    }
    let ids: Vec<i64> = cycles.iter().map(|c| c.id).collect();
    let mut book = workbook(s.finance_xlsx(&ids, Some("fr")).unwrap());
    let names = book.sheet_names();
    assert_eq!(&names[..3], &["Échéancier", "Subventions", "Lignes"]);
    assert_eq!(names.len(), 3 + cycles.len(), "a summary per cycle: {names:?}");
    assert!(names.iter().all(|n| n.chars().count() <= 31));
    let grants = book.worksheet_range("Subventions").unwrap();
    let lines = book.worksheet_range("Lignes").unwrap();
    let mut total_grants = 0;
    for c in &cycles {
        for g in s.grants(c.id).unwrap() {
            total_grants += 1;
            assert!(grants.rows().any(|r| text(&r[2]) == g.id.to_string()), "grant {} of {} is exported", g.id, c.title);
            let cents: i64 = lines.rows().filter(|r| text(&r[1]) == g.id.to_string()).map(|r| (r[11].get_float().unwrap() * 100.0).round() as i64).sum();
            assert_eq!(cents, g.total_cents, "the lines of grant {} add up to its total", g.id);
        }
    }
    assert_eq!(total_grants, 26 + 3 + 1, "P2P, Hubs Alliance and Workshops (the Staff Exchange call has no applications yet)");
    assert_eq!(grants.height(), total_grants + 1);
}

#[test]
fn an_export_is_written_whole_or_not_at_all() {
    let mut s = demo();
    let (cycle, _) = awarded_p2p(&mut s);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("finance.xlsx");
    let done = s.export_finance_to(&path, &[cycle], Some("en")).unwrap();
    assert_eq!((done.format.as_str(), done.cycles, done.grants, done.payments), ("xlsx", 1, 26, 52));
    assert!(std::fs::read(&path).unwrap().starts_with(b"PK"));
    let csv = dir.path().join("finance.csv");
    assert_eq!(s.export_finance_to(&csv, &[cycle], None).unwrap().format, "csv");
    assert!(std::fs::read_to_string(&csv).unwrap().starts_with("Cycle,"));
    // Bad input: another extension, no cycle, an unknown language, a folder that is not there.
    let err = s.export_finance_to(&dir.path().join("finance.pdf"), &[cycle], None).unwrap_err();
    assert_eq!(err.code, ErrorCode::BadRequest);
    assert!(err.message.contains(".xlsx or .csv"), "{}", err.message);
    assert_eq!(s.export_finance_to(&path, &[], None).unwrap_err().code, ErrorCode::BadRequest);
    assert_eq!(s.export_finance_to(&path, &[cycle], Some("de")).unwrap_err().code, ErrorCode::BadRequest);
    let missing = dir.path().join("no-such-folder").join("finance.xlsx");
    assert_eq!(s.export_finance_to(&missing, &[cycle], None).unwrap_err().code, ErrorCode::Io);
    assert_eq!(s.export_finance_to(&path, &[9_999], None).unwrap_err().code, ErrorCode::NotFound);
    // Only the two files asked for are in the folder: no temporary file left behind.
    let mut names: Vec<String> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, vec!["finance.csv", "finance.xlsx"]);
}

/// A payment reference that a spreadsheet would run as a formula is written as text.
#[test]
fn a_formula_in_a_reference_is_written_as_text() {
    let mut s = demo();
    let (cycle, visitor) = awarded_p2p(&mut s);
    let open = s.grant_payments(visitor).unwrap().payments[1].id;
    s.set_report_received(visitor, Some("2026-06-02"), "tester").unwrap();
    s.mark_paid(open, &mobility_desk_core::funding::payments::PaymentInput { paid_on: Some("2026-06-03".into()), reference: "+cmd|' /C calc'!A0".into() }, "tester").unwrap();
    let csv = String::from_utf8(s.finance_csv(&[cycle], Some("en")).unwrap()).unwrap();
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(csv.as_bytes()).records().map(|r| r.unwrap()).collect();
    let row = rows.iter().find(|r| r[2] == visitor.to_string() && &r[19] == "2026-06-03").unwrap();
    assert_eq!(&row[20], "'+cmd|' /C calc'!A0");
    assert_eq!(&row[16], "352.50", "amounts stay numbers");
}
