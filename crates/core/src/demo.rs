//! The demo network: fictional member hubs at real city coordinates, and one 2027 cycle of
//! each programme, for newcomers, screenshots and end-to-end tests. Loading it twice changes
//! nothing (hubs match on key, cycles on programme, year and title).

use serde::Serialize;
use ts_rs::TS;

use crate::intake::applications::{ApplicationInput, Role, TravelMode};
use crate::registry::hubs_csv::ImportSummary;
use crate::cycle::cycles::{CycleQuery, Phase};
use crate::platform::error::Result;
use crate::cycle::programmes::Shape;
use crate::intake::selection::{CriterionScore, ReviewInput};
use crate::platform::store::Store;

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
        self.load_demo_with(true)
    }

    /// The demo hubs and cycles, with or without the demo applications (tests that enter
    /// their own applications start from empty cycles).
    pub fn load_demo_with(&mut self, applications: bool) -> Result<DemoSummary> {
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
            if applications {
                self.load_demo_applications(cycle.id, cycle.shape)?;
            }
            cycles_created += 1;
        }
        Ok(DemoSummary { hubs, cycles_created })
    }
}

/// The demo P2P call: (hub key, role, proposed partner, available from, until, travellers,
/// green travel). Two applicants are former members and one offers dates outside the
/// activity window, so the demo shows each kind of ineligibility.
type DemoP2p = (&'static str, &'static str, Option<&'static str>, &'static str, &'static str, u32, bool);

const DEMO_P2P: &[DemoP2p] = &[
    ("kypseli-athens", "visiting", Some("fabrika-thessaloniki"), "2027-04-05", "2027-04-30", 1, true),
    ("alyki-larnaca", "visiting", None, "2027-05-03", "2027-06-15", 1, false),
    ("morska-varna", "visiting", Some("tepe-plovdiv"), "2027-03-15", "2027-05-31", 2, true),
    ("levada-lviv", "visiting", None, "2027-06-01", "2027-07-15", 1, true),
    ("pristav-brno", "visiting", Some("zolw-krakow"), "2027-04-12", "2027-05-14", 1, true),
    ("kotelna-ostrava", "visiting", None, "2027-09-01", "2027-10-15", 1, false),
    ("tesatoria-timisoara", "visiting", Some("somes-cluj"), "2027-05-10", "2027-06-30", 1, true),
    ("dag-isigi-eskisehir", "visiting", None, "2027-03-22", "2027-04-30", 1, false),
    ("thel-akureyri", "visiting", None, "2027-06-14", "2027-08-31", 1, false),
    ("emajoe-tartu", "visiting", Some("sanciai-kaunas"), "2027-05-17", "2027-06-11", 1, true),
    ("klets-cesis", "visiting", None, "2027-04-19", "2027-06-30", 2, true),
    ("armazem-porto", "visiting", None, "2027-09-06", "2027-10-29", 1, true),
    ("gravina-matera", "visiting", None, "2027-03-08", "2027-04-16", 1, false),
    ("soeur-soie-lyon", "visiting", None, "2027-05-24", "2027-07-09", 1, true),
    ("cebelnjak-maribor", "visiting", None, "2027-04-06", "2027-05-28", 1, true),
    ("ezo-tbilisi", "visiting", None, "2027-11-08", "2027-11-26", 1, false),
    ("fabrika-thessaloniki", "hosting", None, "2027-03-01", "2027-06-30", 1, false),
    ("tepe-plovdiv", "hosting", None, "2027-03-15", "2027-07-31", 1, false),
    ("dunav-novi-sad", "hosting", None, "2027-04-01", "2027-10-31", 1, false),
    ("dom-zvuka-beograd", "hosting", None, "2027-05-01", "2027-09-30", 1, false),
    ("zolw-krakow", "hosting", Some("pristav-brno"), "2027-04-01", "2027-06-30", 1, false),
    ("przedzalnia-lodz", "hosting", None, "2027-03-01", "2027-10-31", 1, false),
    ("hornad-kosice", "hosting", None, "2027-06-01", "2027-10-15", 1, false),
    ("hangontode-budapest", "hosting", None, "2027-03-01", "2027-05-31", 1, false),
    ("somes-cluj", "hosting", None, "2027-05-01", "2027-07-31", 1, false),
    ("giesshalle-leipzig", "hosting", None, "2027-04-15", "2027-09-30", 1, false),
    ("kunsthof-graz", "hosting", None, "2027-05-01", "2027-06-30", 1, false),
    ("kordon-izmir", "hosting", None, "2027-03-20", "2027-05-20", 1, false),
    ("vaerkstedet-aarhus", "hosting", None, "2027-08-16", "2027-10-29", 1, false),
    ("onyar-girona", "hosting", None, "2027-04-05", "2027-07-16", 1, false),
    ("varvet-malmo", "hosting", None, "2027-05-03", "2027-06-25", 1, false),
];

const PLANS: &[&str] = &[
    "Learn how the host runs an open workshop programme on a volunteer rota, and plan a joint public evening.",
    "Shadow the host's production team through one event, from the call for makers to the closing night.",
    "Compare membership models for a shared workspace and test one of the host's pricing ideas at home.",
    "Study how the host works with its neighbourhood and schools, and co-design a small public showcase.",
    "Work beside the host's technicians to set up a shared tool library and its safety induction.",
    "Exchange methods for residencies with local crafts people and draft a shared open call for next year.",
];

const REVIEWERS: &[&str] = &["Ana Ferreira", "Jonas Berg"];

impl Store {
    /// The demo applications of a freshly created demo cycle, with reviewers' scores for P2P.
    fn load_demo_applications(&mut self, cycle_id: i64, shape: Shape) -> Result<()> {
        let template = |hub_id: i64, role: Role| ApplicationInput::new(cycle_id, hub_id, role);
        match shape {
            Shape::P2p => {
                let criteria = self.criteria(cycle_id)?;
                for (i, (key, role, partner, from, to, travellers, green)) in DEMO_P2P.iter().enumerate() {
                    let hub = self.hub_by_key(key)?;
                    let role = Role::parse(role).unwrap_or(Role::Visiting);
                    let mut input = template(hub.id, role);
                    input.person_name = hub.contact_name.clone();
                    input.person_email = hub.contact_email.clone();
                    input.partner_hub_id = partner.map(|p| self.hub_by_key(p).map(|h| h.id)).transpose()?;
                    input.starts_on = Some(from.to_string());
                    input.ends_on = Some(to.to_string());
                    input.travellers = *travellers;
                    input.travel_mode = if *green { TravelMode::Green } else { TravelMode::Standard };
                    input.summary = PLANS[i % PLANS.len()].to_string();
                    input.submitted_at = Some(format!("2026-11-{:02}T{:02}:{:02}:00Z", 3 + i / 2, 8 + i % 9, (i * 17) % 60));
                    input.external_ref = Some(format!("demo-{:03}", i + 1));
                    let app = self.create_application(&input)?;
                    // Two reviewers, scores out of 10 spread deterministically; rows 3 and 4
                    // score the same, so the earlier submission wins the tie.
                    let i = if i == 3 { 2 } else { i };
                    for (r, reviewer) in REVIEWERS.iter().enumerate() {
                        let scores = criteria
                            .iter()
                            .enumerate()
                            .map(|(c, criterion)| CriterionScore { criterion_id: criterion.id, score: ((i * (3 + c) + r * (c + 1) + 4) % 7 + 4).min(criterion.max_score as usize) as u32 })
                            .collect();
                        self.save_review(&ReviewInput { application_id: app.id, reviewer: reviewer.to_string(), scores, note: String::new() })?;
                    }
                }
            }
            Shape::Workshops => {
                for (i, (key, title, participants)) in
                    [("navile-bologna", "Sound in shared spaces", 24), ("kypseli-athens", "Repair cafés as a method", 18), ("klets-cesis", "Barn studios", 12)].iter().enumerate()
                {
                    let hub = self.hub_by_key(key)?;
                    let mut input = template(hub.id, Role::Proposer);
                    input.person_name = hub.contact_name.clone();
                    input.person_email = hub.contact_email.clone();
                    input.title = title.to_string();
                    input.summary = "Four days of hands-on sessions for member hubs, open to the public on the last day.".to_string();
                    input.starts_on = Some(format!("2027-0{}-0{}", 6 + i, 7 + i));
                    input.ends_on = Some(format!("2027-0{}-{:02}", 6 + i, 10 + i));
                    input.participants = Some(*participants);
                    input.budget_request_cents = Some(1_000_000);
                    input.submitted_at = Some(format!("2026-12-{:02}T10:00:00Z", 1 + i));
                    self.create_application(&input)?;
                }
            }
            Shape::HubsAlliance => {
                for (i, (key, host, from, to)) in [
                    ("zolw-krakow", "hornad-kosice", "2027-03-08", "2027-03-12"),
                    ("onyar-girona", "fiacao-guimaraes", "2027-04-12", "2027-04-17"),
                    ("tepe-plovdiv", "dunav-novi-sad", "2027-05-17", "2027-05-21"),
                ]
                .iter()
                .enumerate()
                {
                    let hub = self.hub_by_key(key)?;
                    let mut input = template(hub.id, Role::Visitor);
                    input.person_name = hub.contact_name.clone();
                    input.person_email = hub.contact_email.clone();
                    input.partner_hub_id = Some(self.hub_by_key(host)?.id);
                    input.starts_on = Some(from.to_string());
                    input.ends_on = Some(to.to_string());
                    input.travel_mode = TravelMode::Green;
                    input.submitted_at = Some(format!("2027-01-{:02}T09:00:00Z", 11 + i));
                    self.create_application(&input)?;
                }
            }
            Shape::StaffExchange => {}
        }
        Ok(())
    }
}
