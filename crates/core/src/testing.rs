//! Bulk fixtures for benchmarks: rows written straight to the store, without the forms'
//! checks, so a benchmark can set up 10,000 selected applications in a moment. Not used by the
//! app.

use rusqlite::params;

use crate::error::Result;
use crate::store::Store;

impl Store {
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
