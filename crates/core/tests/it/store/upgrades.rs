//! Upgrades: a data file of every earlier data version opens with every row intact, and the
//! fixtures of those versions are made.

use mobility_desk_core::registry::settings::SettingsInput;
use mobility_desk_core::platform::store::latest_schema_version;
use mobility_desk_core::Store;

fn schema_fixtures() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema")
}

/// Every table's rows as text (each value as SQL quotes it), by rowid, with its columns.
fn rows_of(path: &std::path::Path) -> Vec<(String, Vec<String>, Vec<String>)> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    tables
        .into_iter()
        .map(|t| {
            let columns: Vec<String> = conn.prepare("SELECT name FROM pragma_table_info(?1)").unwrap().query_map([&t], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
            let rows = rows_in(&conn, &t, &columns);
            (t, columns, rows)
        })
        .collect()
}

fn rows_in(conn: &rusqlite::Connection, table: &str, columns: &[String]) -> Vec<String> {
    let values = columns.iter().map(|c| format!("quote(\"{c}\")")).collect::<Vec<_>>().join(" || ',' || ");
    // Rows in text order: a table WITHOUT ROWID (the team's) has no rowid to order by.
    let mut rows: Vec<String> = conn.prepare(&format!("SELECT {values} FROM \"{table}\"")).unwrap().query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    rows.sort();
    rows
}

/// A data file of every earlier data version (`tests/fixtures/schema/vNN.sql`, committed)
/// opens in this version, is upgraded, and keeps every row of every table with every value.
/// A new migration needs a new fixture: `write_schema_fixtures` below makes them.
#[test]
fn every_earlier_data_version_upgrades_with_every_row_intact() {
    let dir = tempfile::tempdir().unwrap();
    let latest = latest_schema_version();
    let mut checked = 0;
    for version in 1..latest {
        let fixture = schema_fixtures().join(format!("v{version:02}.sql"));
        let sql = std::fs::read_to_string(&fixture).unwrap_or_else(|_| panic!("{} is missing: run write_schema_fixtures", fixture.display()));
        let path = dir.path().join(format!("v{version}.sqlite3"));
        mobility_desk_core::testing::load_sql(&path, &sql).unwrap();
        let before = rows_of(&path);
        let rows: usize = before.iter().map(|(_, _, r)| r.len()).sum();
        assert!(rows > 40, "data version {version}: the fixture holds only {rows} rows");
        let store = Store::open(&path).unwrap_or_else(|e| panic!("data version {version}: {}", e.message));
        assert_eq!(store.schema_version().unwrap(), latest);
        assert!(store.backup_path().is_some(), "data version {version}: a backup before the upgrade");
        drop(store);
        let conn = rusqlite::Connection::open(&path).unwrap();
        for (table, columns, rows) in &before {
            assert_eq!(&rows_in(&conn, table, columns), rows, "data version {version}: table {table} changed in the upgrade");
        }
        checked += 1;
    }
    assert_eq!(checked, latest - 1);
}

/// Not a check: makes the fixtures above that are missing (after a new migration: the one of
/// the version before it) from the demo network taken through selection, pairing, awards, one
/// letter and one payment, written at that data version.
/// `cargo test -p mobility-desk-core --test it write_schema_fixtures -- --ignored`
#[test]
#[ignore]
fn write_schema_fixtures() {
    use mobility_desk_core::cycle::cycles::{CycleQuery, Phase};
    use mobility_desk_core::funding::payments::PaymentInput;
    use mobility_desk_core::cycle::programmes::Shape;
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source.sqlite3");
    {
        let mut s = Store::open(&source).unwrap();
        s.load_demo().unwrap();
        s.save_settings(SettingsInput {
            network_name: "Réseau des Lieux".into(),
            postal_address: "Rue de la Loi 42\n1040 Bruxelles".into(),
            signatory_name: "Ana Novak".into(),
            signatory_title: "Director".into(),
            default_language: "en".into(),
            signing_place: String::new(),
        })
        .unwrap();
        let cycle = s.cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == Shape::P2p).unwrap().id;
        s.move_cycle(cycle, Phase::Selection, "").unwrap();
        s.select(cycle, "fixtures").unwrap();
        s.advance_cycle(cycle, Phase::Awarded, "fixtures").unwrap();
        s.award_grants(cycle, None, true, "fixtures").unwrap();
        let grant = s.grants(cycle).unwrap()[0].id;
        s.issue_letter(grant, None, "fixtures").unwrap();
        let first = s.grant_payments(grant).unwrap().payments[0].id;
        s.mark_paid(first, &PaymentInput { paid_on: None, reference: "T-1".into() }, "fixtures").unwrap();
    }
    std::fs::create_dir_all(schema_fixtures()).unwrap();
    for version in 1..latest_schema_version() as usize {
        // A fixture once committed stays as it is: it stands for the files of its time.
        let fixture = schema_fixtures().join(format!("v{version:02}.sql"));
        if fixture.exists() {
            continue;
        }
        let target = dir.path().join(format!("v{version}.sqlite3"));
        mobility_desk_core::testing::write_at_version(&source, &target, version).unwrap();
        let sql = mobility_desk_core::testing::dump_sql(&target).unwrap();
        std::fs::write(fixture, sql).unwrap();
    }
}
