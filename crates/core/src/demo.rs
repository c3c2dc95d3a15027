//! The demo network: fictional member hubs at real city coordinates, for newcomers,
//! screenshots and end-to-end tests. Loading it twice changes nothing (rows match on key).

use crate::csv_io::ImportSummary;
use crate::error::Result;
use crate::store::Store;

/// The demo hubs, in the app's own CSV format.
pub const DEMO_HUBS_CSV: &str = include_str!("../data/demo_hubs.csv");

impl Store {
    pub fn load_demo(&mut self) -> Result<ImportSummary> {
        self.import_hubs(DEMO_HUBS_CSV.as_bytes(), None)
    }
}
