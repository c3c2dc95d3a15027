//! Programmes: the four built-in shapes (P2P Learning, Staff Exchange, Workshops, Hubs
//! Alliance) and any the network adds on one of those shapes. A network can rename them,
//! switch them off and edit the default figures that new cycles copy.

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::store::Store;
use crate::said;

/// What applications look like and how a cycle runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Shape {
    /// Visiting and hosting hubs in pairs.
    P2p,
    /// A staff member placed at a host hub.
    StaffExchange,
    /// One hub elected by the community.
    Workshops,
    /// Alliance professionals at another Alliance hub, first come, first served.
    HubsAlliance,
}

impl Shape {
    pub fn as_str(self) -> &'static str {
        match self {
            Shape::P2p => "p2p",
            Shape::StaffExchange => "staff_exchange",
            Shape::Workshops => "workshops",
            Shape::HubsAlliance => "hubs_alliance",
        }
    }
    pub fn parse(text: &str) -> Option<Shape> {
        match text {
            "p2p" => Some(Shape::P2p),
            "staff_exchange" => Some(Shape::StaffExchange),
            "workshops" => Some(Shape::Workshops),
            "hubs_alliance" => Some(Shape::HubsAlliance),
            _ => None,
        }
    }
    /// Whether cycles of this shape have a Matching phase (pairs, or hosts for staff).
    pub fn has_matching(self) -> bool {
        matches!(self, Shape::P2p | Shape::StaffExchange)
    }
    /// Requests are handled as they arrive (first come, first served), so activities may
    /// start while the call is still open.
    pub fn rolling_call(self) -> bool {
        matches!(self, Shape::HubsAlliance)
    }
    /// What the primary and secondary slots count.
    pub fn slot_labels(self) -> (&'static str, Option<&'static str>) {
        match self {
            Shape::P2p => ("visiting hubs", Some("hosting hubs")),
            Shape::StaffExchange | Shape::HubsAlliance => ("people", None),
            Shape::Workshops => ("hubs", None),
        }
    }
}

/// When an instalment falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum InstalmentDue {
    /// Before the activity starts (pre-financing).
    BeforeActivity,
    /// Once the report is approved (the balance).
    AfterReport,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Instalment {
    /// Whole percent of the grant, 1 to 100; a schedule adds up to 100.
    pub percent: u32,
    pub due: InstalmentDue,
}

/// Check a payment schedule: 1 to 4 instalments, each 1-100 %, adding up to exactly 100 %.
pub fn check_schedule(schedule: &[Instalment], field: &str) -> Option<FieldError> {
    if schedule.is_empty() || schedule.len() > 4 {
        return Some(FieldError::new(field, said!("said-cycle-schedule-count")));
    }
    if schedule.iter().any(|i| i.percent == 0 || i.percent > 100) {
        return Some(FieldError::new(field, said!("said-cycle-schedule-percent")));
    }
    let total: u32 = schedule.iter().map(|i| i.percent).sum();
    (total != 100).then(|| FieldError::new(field, said!("said-cycle-schedule-total", total = total)))
}

/// The figures a new cycle of a programme starts from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProgrammeDefaults {
    /// Visiting hubs (P2P), people (Staff Exchange, Hubs Alliance) or hubs (Workshops).
    pub slots_primary: u32,
    /// Hosting hubs (P2P); 0 for the other shapes.
    pub slots_secondary: u32,
    /// Shortest and longest activity, in days.
    pub min_days: Option<u32>,
    pub max_days: Option<u32>,
    /// The budget envelope, in euro cents.
    #[ts(type = "number")]
    pub budget_cents: i64,
    pub payment_schedule: Vec<Instalment>,
}

impl ProgrammeDefaults {
    pub fn validate(&self, shape: Shape) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.slots_primary == 0 {
            errors.push(FieldError::new("slots_primary", said!("said-cycle-slots-none")));
        }
        if shape == Shape::P2p && self.slots_secondary == 0 {
            errors.push(FieldError::new("slots_secondary", said!("said-cycle-slots-hosting-none")));
        }
        if shape != Shape::P2p && self.slots_secondary != 0 {
            errors.push(FieldError::new("slots_secondary", said!("said-cycle-slots-hosting-p2p-only")));
        }
        if let (Some(min), Some(max)) = (self.min_days, self.max_days) {
            if min > max {
                errors.push(FieldError::new("max_days", said!("said-cycle-days-longest-shorter", max = max, min = min)));
            }
        }
        if self.min_days == Some(0) {
            errors.push(FieldError::new("min_days", said!("said-cycle-days-min-zero")));
        }
        if self.max_days.is_some_and(|d| d > 366) {
            errors.push(FieldError::new("max_days", said!("said-cycle-days-max-long")));
        }
        if self.budget_cents < 0 {
            errors.push(FieldError::new("budget_cents", said!("said-cycle-budget-negative")));
        }
        errors.extend(check_schedule(&self.payment_schedule, "payment_schedule"));
        errors
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Programme {
    #[ts(type = "number")]
    pub id: i64,
    /// A stable key (`p2p`, `staff_exchange`, ..., or one made from a custom programme's name).
    pub key: String,
    pub shape: Shape,
    pub name: String,
    pub description: String,
    pub enabled: bool,
    /// One of the four programmes the app ships; it can be renamed and switched off, not removed.
    pub builtin: bool,
    pub defaults: ProgrammeDefaults,
    pub cycle_count: u32,
    /// Raised by every change; the form saves with the version it read.
    #[ts(type = "number")]
    pub version: i64,
}

/// The programme form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProgrammeInput {
    pub name: String,
    pub description: String,
    pub enabled: bool,
    pub defaults: ProgrammeDefaults,
}

/// A new programme on one of the four shapes; its defaults start as those of the built-in
/// programme of that shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewProgramme {
    pub name: String,
    pub shape: Shape,
    pub description: String,
}

const COLUMNS: &str = "p.id, p.key, p.shape, p.name, p.description, p.enabled, p.builtin, p.defaults, (SELECT count(*) FROM cycles c WHERE c.programme_id = p.id), p.version";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Programme> {
    let shape: String = r.get(2)?;
    let defaults: String = r.get(7)?;
    let defaults = serde_json::from_str(&defaults)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(7, rusqlite::types::Type::Text, Box::new(e)))?;
    Ok(Programme {
        id: r.get(0)?,
        key: r.get(1)?,
        shape: Shape::parse(&shape).unwrap_or(Shape::P2p),
        name: r.get(3)?,
        description: r.get(4)?,
        enabled: r.get(5)?,
        builtin: r.get(6)?,
        defaults,
        cycle_count: r.get(8)?,
        version: r.get(9)?,
    })
}

fn clean_name(name: &str) -> Result<String, FieldError> {
    let name: String = name.chars().filter(|c| !c.is_control()).collect::<String>().trim().to_string();
    if name.is_empty() {
        return Err(FieldError::new("name", said!("said-cycle-programme-name-missing")));
    }
    if name.chars().count() > 80 {
        return Err(FieldError::new("name", said!("said-cycle-programme-name-long", most = 80)));
    }
    Ok(name)
}

impl Store {
    /// Every programme, in menu order.
    pub fn programmes(&self) -> Result<Vec<Programme>> {
        let mut stmt = self.conn().prepare(&format!("SELECT {COLUMNS} FROM programmes p ORDER BY p.position, p.id"))?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    pub fn programme(&self, id: i64) -> Result<Programme> {
        self.conn()
            .query_row(&format!("SELECT {COLUMNS} FROM programmes p WHERE p.id = ?1"), [id], from_row)
            .optional()?
            .ok_or_else(|| Error::not_found(said!("said-cycle-programme-not-found", id = id.to_string())))
    }

    pub fn programme_by_key(&self, key: &str) -> Result<Programme> {
        self.conn()
            .query_row(&format!("SELECT {COLUMNS} FROM programmes p WHERE p.key = ?1"), [key], from_row)
            .optional()?
            .ok_or_else(|| Error::not_found(said!("said-cycle-programme-key-not-found", key = key)))
    }

    /// Rename, describe, switch on or off, and edit the default figures of a programme.
    pub fn update_programme(&mut self, id: i64, input: &ProgrammeInput) -> Result<Programme> {
        self.update_programme_at(id, input, None)
    }

    /// [`Store::update_programme`] of a form read at version `read_at` of the programme:
    /// refused as a conflict when a field it writes changed since.
    pub fn update_programme_at(&mut self, id: i64, input: &ProgrammeInput, read_at: Option<i64>) -> Result<Programme> {
        let tx = self.conn().unchecked_transaction()?;
        crate::platform::versions::check(&tx, &crate::platform::versions::PROGRAMMES, id, read_at)?;
        let current = self.programme(id)?;
        let mut errors = input.defaults.validate(current.shape);
        let name = clean_name(&input.name).map_err(|e| errors.push(e)).ok();
        let description = input.description.trim().to_string();
        if description.chars().count() > 1000 {
            errors.push(FieldError::new("description", said!("said-cycle-programme-description-long")));
        }
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        let defaults = serde_json::to_string(&input.defaults).map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?;
        self.conn().execute(
            "UPDATE programmes SET name = ?2, description = ?3, enabled = ?4, defaults = ?5,
                updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), updated_by = ?6 WHERE id = ?1",
            params![id, name, description, input.enabled, defaults, crate::team::actor_of(self.conn())],
        )?;
        tx.commit()?;
        self.programme(id)
    }

    /// Add the network's own programme on one of the four shapes.
    pub fn create_programme(&mut self, input: &NewProgramme) -> Result<Programme> {
        let name = clean_name(&input.name).map_err(|e| Error::validation(vec![e]))?;
        let template = self
            .programmes()?
            .into_iter()
            .find(|p| p.builtin && p.shape == input.shape)
            .ok_or_else(|| Error::new(ErrorCode::Internal, "The built-in programmes are missing."))?;
        let base = match crate::platform::fold::slug(&name, 40) {
            s if s.is_empty() => "programme".to_string(),
            s => s,
        };
        let mut key = base.clone();
        let mut n = 2;
        while self.programme_by_key(&key).is_ok() {
            key = format!("{base}-{n}");
            n += 1;
        }
        let position: i64 = self.conn().query_row("SELECT coalesce(max(position), 0) + 1 FROM programmes", [], |r| r.get(0))?;
        let defaults = serde_json::to_string(&template.defaults).map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?;
        self.conn().execute(
            "INSERT INTO programmes (id, key, shape, name, description, builtin, position, defaults) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'programmes'), ?1, ?2, ?3, ?4, 0, ?5, ?6)",
            params![key, input.shape.as_str(), name, input.description.trim(), position, defaults],
        )?;
        let id = self.conn().last_insert_rowid();
        self.programme(id)
    }
}
