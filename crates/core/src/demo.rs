//! The demo network: fictional member hubs at real city coordinates, and one 2027 cycle of
//! each programme, for newcomers, screenshots and end-to-end tests. Loading it twice changes
//! nothing (hubs match on key, cycles on programme, year and title).

use serde::Serialize;
use ts_rs::TS;

use crate::csv_io::ImportSummary;
use crate::cycles::{CycleQuery, Phase};
use crate::error::Result;
use crate::store::Store;

/// The demo hubs, in the app's own CSV format.
pub const DEMO_HUBS_CSV: &str = include_str!("../data/demo_hubs.csv");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DemoSummary {
    pub hubs: ImportSummary,
    pub cycles_created: u32,
}

struct DemoCycle {
    programme: &'static str,
    dates: [&'static str; 5],
    budget_cents: Option<i64>,
    phase: Phase,
}

/// Call, activity window and report deadline of each demo cycle; budgets from the
/// programme defaults except Staff Exchange, whose envelope each network sets itself.
const DEMO_CYCLES: &[DemoCycle] = &[
    DemoCycle { programme: "p2p", dates: ["2026-11-02", "2027-01-15", "2027-03-01", "2027-10-31", "2027-12-15"], budget_cents: None, phase: Phase::CallOpen },
    DemoCycle {
        programme: "staff_exchange",
        dates: ["2026-12-01", "2027-02-28", "2027-04-01", "2027-11-30", "2028-01-31"],
        budget_cents: Some(1_200_000),
        phase: Phase::Draft,
    },
    DemoCycle { programme: "workshops", dates: ["2026-10-01", "2026-12-15", "2027-05-01", "2027-09-30", "2027-11-30"], budget_cents: None, phase: Phase::Selection },
    DemoCycle { programme: "hubs_alliance", dates: ["2027-01-10", "2027-06-30", "2027-02-01", "2027-09-30", "2027-10-31"], budget_cents: None, phase: Phase::CallOpen },
];

impl Store {
    pub fn load_demo(&mut self) -> Result<DemoSummary> {
        let hubs = self.import_hubs(DEMO_HUBS_CSV.as_bytes(), None)?;
        let mut cycles_created = 0;
        for demo in DEMO_CYCLES {
            let programme = self.programme_by_key(demo.programme)?;
            let mut input = self.cycle_template(programme.id, 2027)?;
            let exists = self.cycles(&CycleQuery { programme_id: Some(programme.id), year: Some(2027) })?.iter().any(|c| c.title == input.title);
            if exists {
                continue;
            }
            let [opens, deadline, start, end, report] = demo.dates.map(|d| Some(d.to_string()));
            input.call_opens = opens;
            input.call_deadline = deadline;
            input.activity_start = start;
            input.activity_end = end;
            input.report_deadline = report;
            if let Some(b) = demo.budget_cents {
                input.budget_cents = b;
            }
            let cycle = self.create_cycle(&input)?;
            for phase in cycle.phases.iter().copied().filter(|p| *p > Phase::Draft && *p <= demo.phase) {
                self.move_cycle(cycle.id, phase, "")?;
            }
            cycles_created += 1;
        }
        Ok(DemoSummary { hubs, cycles_created })
    }
}
