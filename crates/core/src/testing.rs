//! Fixtures for tests and benchmarks. Bulk rows are written straight to the store, without
//! the forms' checks, so a benchmark can set up 10,000 selected applications in a moment;
//! [`Store::advance_cycle`] walks a cycle forward the way staff would. Not used by the app.

use rusqlite::params;

use crate::cycles::{phases, Cycle, Phase};
use crate::error::Result;
use crate::programmes::Shape;
use crate::store::Store;

impl Store {
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
                "INSERT INTO applications (cycle_id, hub_id, role, person_name, partner_hub_id, starts_on, ends_on, travellers, travel_mode, submitted_at, status)
                 VALUES (?1, ?2, 'visitor', ?3, ?4, '2027-04-01', date('2027-04-01', ?5), ?6, ?7, '2027-01-01T00:00:00Z', 'selected')",
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
