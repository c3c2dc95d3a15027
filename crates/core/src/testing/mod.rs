//! Fixtures for tests and benchmarks. Bulk rows are written straight to the store, without
//! the forms' checks, so a benchmark can set up 10,000 selected applications in a moment;
//! [`Store::advance_cycle`] walks a cycle forward the way staff would. Not used by the app.

use rusqlite::params;

use crate::cycle::cycles::{phases, Cycle, Phase};
use crate::platform::error::Result;
use crate::cycle::programmes::Shape;
use crate::platform::store::Store;

impl Store {
    /// Number this desk as desk `number` of a team (ids then end in it), as joining a team
    /// does, without a team.
    #[doc(hidden)]
    pub fn number_desk_for_tests(&self, number: i64) -> Result<()> {
        self.conn().execute("UPDATE desk_self SET stride = 100, number = ?1", [number])?;
        Ok(())
    }

    /// Turn the recording of changes into the desk's log off or on (the benchmarks' anchor:
    /// the same work without the log).
    #[doc(hidden)]
    pub fn set_recording_for_benches(&self, on: bool) -> Result<()> {
        self.conn().execute("UPDATE desk_self SET capturing = ?1", [on as i64])?;
        Ok(())
    }

    /// The bytes of every entry body in the desk's log (the benchmarks' log size).
    #[doc(hidden)]
    pub fn log_size_for_benches(&self) -> Result<i64> {
        self.seal()?;
        Ok(self.conn().query_row("SELECT coalesce(sum(length(body)), 0) FROM team_log", [], |r| r.get(0))?)
    }

    /// Move a cycle forward to `to` as staff would: one guarded step at a time, confirming the
    /// pairing (P2P) or the placements (Staff Exchange) before leaving Matching. Stops with the
    /// guard's error when a step is refused (e.g. nothing selected yet).
    #[doc(hidden)]
    pub fn advance_cycle(&mut self, cycle_id: i64, to: Phase, actor: &str) -> Result<Cycle> {
        loop {
            let cycle = self.cycle(cycle_id)?;
            if cycle.phase >= to {
                return Ok(cycle);
            }
            let order = phases(cycle.shape);
            let here = order.iter().position(|p| *p == cycle.phase).unwrap_or(0);
            let Some(&next) = order.get(here + 1) else { return Ok(cycle) };
            if cycle.phase == Phase::Matching {
                match cycle.shape {
                    Shape::P2p => drop(self.confirm_pairing(cycle_id, actor)?),
                    Shape::StaffExchange => drop(self.confirm_placements(cycle_id, actor)?),
                    _ => {}
                }
            }
            self.move_cycle(cycle_id, next, "")?;
        }
    }

    /// Write a cycle's phase straight into the file, with no guard and no history row: what a
    /// version without the phase gates could leave behind (grants awarded while the cycle
    /// still said Selection). For tests of such files only.
    #[doc(hidden)]
    /// An integer pragma of the connection, e.g. `synchronous`.
    pub fn pragma_for_tests(&self, name: &str) -> i64 {
        self.conn().pragma_query_value(None, name, |r| r.get(0)).unwrap_or(-1)
    }

    /// Set a pragma of the connection, e.g. `synchronous` to compare durability settings.
    pub fn set_pragma_for_tests(&self, name: &str, value: &str) -> Result<()> {
        Ok(self.conn().pragma_update(None, name, value)?)
    }

    /// Forget the messages kept beside stored words (the `…_said` columns): what a file written
    /// before they were kept holds (migration 029). For tests of such files only.
    #[doc(hidden)]
    pub fn forget_kept_messages_for_tests(&self) -> Result<()> {
        for (table, column) in [
            ("grants", "blocked_said"),
            ("selection_events", "detail_said"),
            ("payments", "note_said"),
            ("rule_sets", "note_said"),
            ("cycle_events", "reason_said"),
            ("cycle_events", "changes_said"),
            ("team_log", "reason_said"),
        ] {
            self.conn().execute(&format!("UPDATE {table} SET {column} = ''"), [])?;
        }
        Ok(())
    }

    pub fn force_phase_for_tests(&mut self, cycle_id: i64, phase: Phase) -> Result<()> {
        self.conn().execute("UPDATE cycles SET phase = ?2 WHERE id = ?1", params![cycle_id, phase.as_str()])?;
        Ok(())
    }

    /// `n` selected visitor applications in a cycle, from `hubs[i]` to `hubs[i + 1]` (round
    /// robin), lasting 5 to 90 days, every third travelling green, every fifth with two
    /// travellers.
    #[doc(hidden)]
    pub fn bench_selected_visitors(&self, cycle_id: i64, hubs: &[i64], n: usize) -> Result<()> {
        let tx = self.conn().unchecked_transaction()?;
        {
            let mut insert = self.conn().prepare(
                "INSERT INTO applications (id, cycle_id, hub_id, role, person_name, partner_hub_id, starts_on, ends_on, travellers, travel_mode, submitted_at, status)
                 VALUES ((SELECT id FROM team_next_id WHERE tbl = 'applications'), ?1, ?2, 'visitor', ?3, ?4, '2027-04-01', date('2027-04-01', ?5), ?6, ?7, '2027-01-01T00:00:00Z', 'selected')",
            )?;
            for i in 0..n {
                let days = 4 + (i % 87) as i64;
                insert.execute(params![
                    cycle_id,
                    hubs[i % hubs.len()],
                    format!("Person {i}"),
                    hubs[(i + 1) % hubs.len()],
                    format!("+{days} days"),
                    if i.is_multiple_of(5) { 2 } else { 1 },
                    if i.is_multiple_of(3) { "green" } else { "standard" },
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}

/// Write, at `target`, a data file of data version `version` (the first `version` migrations,
/// exactly as that version created its tables) holding the rows of the data file at `source`
/// that its tables can hold: every column the older table has, rows an older constraint would
/// refuse left out. The upgrade fixtures of `tests/fixtures/schema/` are made with it.
#[doc(hidden)]
pub fn write_at_version(source: &std::path::Path, target: &std::path::Path, version: usize) -> Result<()> {
    let store = Store::open_with(target, &crate::platform::store::steps()[..version], None)?;
    let conn = store.conn();
    conn.execute_batch("PRAGMA foreign_keys = OFF")?;
    conn.execute("ATTACH DATABASE ?1 AS src", [source.display().to_string()])?;
    let columns = |schema: &str, table: &str| -> Result<Vec<String>> {
        let mut stmt = conn.prepare(&format!("SELECT name FROM {schema}.pragma_table_info(?1)"))?;
        let names = stmt.query_map([table], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(names)
    };
    let tables: Vec<String> = {
        let mut stmt = conn.prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")?;
        let names = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
        names
    };
    for table in tables {
        let theirs = columns("src", &table)?;
        if theirs.is_empty() {
            continue;
        }
        let common: Vec<String> = columns("main", &table)?.into_iter().filter(|c| theirs.contains(c)).map(|c| format!("\"{c}\"")).collect();
        let list = common.join(", ");
        conn.execute(&format!("DELETE FROM main.\"{table}\""), [])?;
        let order = row_order(conn, "src", &table)?;
        conn.execute(&format!("INSERT OR IGNORE INTO main.\"{table}\" ({list}) SELECT {list} FROM src.\"{table}\" ORDER BY {order}"), [])?;
    }
    conn.execute_batch("DETACH DATABASE src")?;
    drop(store);
    Ok(())
}

/// How a table's rows are read in a stable order: by rowid, or by primary key for a table
/// `WITHOUT ROWID` (the team's tables since data version 21).
fn row_order(conn: &rusqlite::Connection, schema: &str, table: &str) -> Result<String> {
    let sql: String = conn.query_row(&format!("SELECT sql FROM {schema}.sqlite_schema WHERE type = 'table' AND name = ?1"), [table], |r| r.get(0))?;
    if !sql.to_ascii_uppercase().contains("WITHOUT ROWID") {
        return Ok("rowid".into());
    }
    let mut stmt = conn.prepare(&format!("SELECT name FROM {schema}.pragma_table_info(?1) WHERE pk > 0 ORDER BY pk"))?;
    let key = stmt.query_map([table], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(key.iter().map(|k| format!("\"{k}\"")).collect::<Vec<_>>().join(", "))
}

/// The whole data file at `path` as SQL text: its data version, tables, indexes, triggers and
/// rows, to be committed as a fixture and read back by [`load_sql`].
#[doc(hidden)]
pub fn dump_sql(path: &std::path::Path) -> Result<String> {
    let conn = rusqlite::Connection::open(path)?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let app_id: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let mut out = format!("-- A Mobility Desk data file of data version {version} (crates/core/src/testing.rs, dump_sql).\nPRAGMA user_version = {version};\nPRAGMA application_id = {app_id};\nBEGIN;\n");
    let objects: Vec<(String, String, String)> = {
        let mut stmt = conn.prepare(
            "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
             ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, rowid",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<Vec<_>>>()?;
        rows
    };
    for (kind, name, sql) in &objects {
        if kind != "table" {
            continue;
        }
        out.push_str(sql);
        out.push_str(";\n");
        let columns: Vec<String> = {
            let mut stmt = conn.prepare("SELECT name FROM pragma_table_info(?1)")?;
            let names = stmt.query_map([name], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
            names
        };
        let values = columns.iter().map(|c| format!("quote(\"{c}\")")).collect::<Vec<_>>().join(" || ',' || ");
        let order = row_order(&conn, "main", name)?;
        let mut stmt = conn.prepare(&format!("SELECT {values} FROM \"{name}\" ORDER BY {order}"))?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        for row in rows {
            out.push_str(&format!("INSERT INTO \"{name}\" VALUES({});\n", row?));
        }
    }
    for (kind, _, sql) in &objects {
        if kind != "table" {
            out.push_str(sql);
            out.push_str(";\n");
        }
    }
    if conn.query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_sequence'", [], |r| r.get::<_, i64>(0))? > 0 {
        out.push_str("DELETE FROM sqlite_sequence;\n");
        let mut stmt = conn.prepare("SELECT quote(name) || ',' || quote(seq) FROM sqlite_sequence ORDER BY name")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        for row in rows {
            out.push_str(&format!("INSERT INTO sqlite_sequence VALUES({});\n", row?));
        }
    }
    out.push_str("COMMIT;\n");
    Ok(out)
}

/// Make the data file at `path` from SQL written by [`dump_sql`].
#[doc(hidden)]
pub fn load_sql(path: &std::path::Path, sql: &str) -> Result<()> {
    let conn = rusqlite::Connection::open(path)?;
    conn.execute_batch(sql)?;
    Ok(())
}

pub mod smtp;

/// Make this thread's today `day` (YYYY-MM-DD), by which payments fall due; `None` goes back to
/// the clock.
pub fn set_today_for_tests(day: Option<&str>) {
    let day = day.map(|d| time::Date::parse(d, crate::platform::dates::DATE_FORMAT).expect("a date YYYY-MM-DD"));
    crate::funding::payments::set_today(day);
}

/// Whether `sql` reads from the data file's schema as it is (a test of the register's columns).
pub fn query_ok_for_tests(store: &Store, sql: &str) -> bool {
    store.conn().prepare(sql).is_ok()
}
