//! Applications to a cycle, in the shape of its programme, with their eligibility computed
//! from the stored hubs and the cycle's rules, each reason spelled out.

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use time::Date;
use ts_rs::TS;

use crate::cycle::cycles::Cycle;
use crate::platform::dates::{format_date, parse_date, DATE_FORMAT};
use crate::platform::error::{Error, FieldError, Result};
use crate::registry::hubs::{valid_email, Hub, Membership};
use crate::cycle::programmes::Shape;
use crate::platform::said::Phrase;
use crate::platform::store::Store;
use crate::{phrase, said};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// P2P: a hub that visits.
    Visiting,
    /// P2P: a hub that hosts.
    Hosting,
    /// Staff Exchange and Hubs Alliance: a person who visits another hub.
    Visitor,
    /// Workshops: the hub that proposes a workshop.
    Proposer,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Visiting => "visiting",
            Role::Hosting => "hosting",
            Role::Visitor => "visitor",
            Role::Proposer => "proposer",
        }
    }
    pub fn parse(text: &str) -> Option<Role> {
        [Role::Visiting, Role::Hosting, Role::Visitor, Role::Proposer].into_iter().find(|r| r.as_str() == text.trim().to_lowercase())
    }
    /// The roles an application of this shape may take.
    pub fn allowed(shape: Shape) -> &'static [Role] {
        match shape {
            Shape::P2p => &[Role::Visiting, Role::Hosting],
            Shape::StaffExchange | Shape::HubsAlliance => &[Role::Visitor],
            Shape::Workshops => &[Role::Proposer],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TravelMode {
    Standard,
    /// Low-emission means (train, bus, shared car) for most of the way.
    Green,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StaffFormat {
    JobShadowing,
    ProjectBased,
    Workshop,
    Lecture,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Received,
    Selected,
    Waiting,
    Declined,
    Withdrawn,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::Selected => "selected",
            Status::Waiting => "waiting",
            Status::Declined => "declined",
            Status::Withdrawn => "withdrawn",
        }
    }
    fn parse(text: &str) -> Status {
        match text {
            "selected" => Status::Selected,
            "waiting" => Status::Waiting,
            "declined" => Status::Declined,
            "withdrawn" => Status::Withdrawn,
            _ => Status::Received,
        }
    }
}

fn enum_str<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

fn enum_parse<T: for<'de> Deserialize<'de>>(text: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(text.to_string())).ok()
}

/// The application form (and one imported row). Which fields matter depends on the shape:
/// P2P uses `summary` as the work plan and `person_*` for the hub manager; Staff Exchange and
/// Hubs Alliance use `person_*` for the traveller and `partner_hub_id` for the host;
/// Workshops use `title`, `summary`, `participants` and `budget_request_cents`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ApplicationInput {
    #[ts(type = "number")]
    pub cycle_id: i64,
    #[ts(type = "number")]
    pub hub_id: i64,
    pub role: Role,
    pub person_name: String,
    pub person_email: String,
    pub person_role: String,
    #[ts(type = "number | null")]
    pub partner_hub_id: Option<i64>,
    pub format: Option<StaffFormat>,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub title: String,
    pub summary: String,
    pub travellers: u32,
    pub travel_mode: TravelMode,
    pub participants: Option<u32>,
    #[ts(type = "number | null")]
    pub budget_request_cents: Option<i64>,
    pub needs: String,
    /// When the application came in (`YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DD`); now when empty.
    pub submitted_at: Option<String>,
    pub external_ref: Option<String>,
}

impl ApplicationInput {
    /// A blank form for a hub in a role: one traveller, standard travel, nothing else filled.
    pub fn new(cycle_id: i64, hub_id: i64, role: Role) -> ApplicationInput {
        ApplicationInput {
            cycle_id,
            hub_id,
            role,
            person_name: String::new(),
            person_email: String::new(),
            person_role: String::new(),
            partner_hub_id: None,
            format: None,
            starts_on: None,
            ends_on: None,
            title: String::new(),
            summary: String::new(),
            travellers: 1,
            travel_mode: TravelMode::Standard,
            participants: None,
            budget_request_cents: None,
            needs: String::new(),
            submitted_at: None,
            external_ref: None,
        }
    }
}

/// Whether an application may be selected, and every reason it may not (each a sentence).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Eligibility {
    pub eligible: bool,
    pub reasons: Vec<Phrase>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Application {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub cycle_id: i64,
    #[ts(type = "number")]
    pub hub_id: i64,
    pub hub_name: String,
    pub hub_country: String,
    pub role: Role,
    pub person_name: String,
    pub person_email: String,
    pub person_role: String,
    #[ts(type = "number | null")]
    pub partner_hub_id: Option<i64>,
    pub partner_hub_name: Option<String>,
    pub format: Option<StaffFormat>,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub title: String,
    pub summary: String,
    pub travellers: u32,
    pub travel_mode: TravelMode,
    pub participants: Option<u32>,
    #[ts(type = "number | null")]
    pub budget_request_cents: Option<i64>,
    pub needs: String,
    pub submitted_at: String,
    pub status: Status,
    pub external_ref: Option<String>,
    pub eligibility: Eligibility,
    pub created_at: String,
    pub updated_at: String,
    /// Raised by every change; the form saves with the version it read.
    #[ts(type = "number")]
    pub version: i64,
}

const MAX_TEXT: usize = 10_000;

/// The actor recorded for decisions the app takes by itself (first come, first served).
pub const AUTOMATIC: &str = "automatic (first come, first served)";

fn clean(text: &str) -> String {
    text.replace("\r\n", "\n").chars().filter(|c| !c.is_control() || *c == '\n').collect::<String>().trim().to_string()
}

/// A time as stored: `YYYY-MM-DDTHH:MM:SSZ`, in UTC.
pub(crate) fn utc_text(at: time::OffsetDateTime) -> String {
    at.to_offset(time::UtcOffset::UTC).format(&time::format_description::well_known::Rfc3339).unwrap_or_default().replace("+00:00", "Z")
}

/// An RFC 3339 time (any offset), as stored.
pub(crate) fn rfc3339_utc(text: &str) -> Option<String> {
    time::OffsetDateTime::parse(text.trim(), &time::format_description::well_known::Rfc3339).ok().map(utc_text)
}

/// A submission time as stored, from RFC 3339 or a plain date (midnight UTC).
fn parse_submitted(text: &str) -> Option<String> {
    let t = text.trim();
    rfc3339_utc(t).or_else(|| Date::parse(t, DATE_FORMAT).ok().map(|d| format!("{}T00:00:00Z", format_date(d))))
}

fn now_utc() -> String {
    utc_text(time::OffsetDateTime::now_utc().replace_nanosecond(0).unwrap_or_else(|_| time::OffsetDateTime::now_utc()))
}

/// The normalised input, ready to store.
pub(crate) struct ValidApplication {
    pub(crate) input: ApplicationInput,
    pub(crate) submitted_at: String,
}

impl Store {
    pub(crate) fn validate_application(&self, input: &ApplicationInput, current: Option<i64>) -> Result<ValidApplication> {
        let mut errors = Vec::new();
        let cycle = self.cycle(input.cycle_id)?;
        let shape = cycle.shape;
        let mut v = input.clone();
        for text in [&mut v.person_name, &mut v.person_email, &mut v.person_role, &mut v.title] {
            *text = clean(text).replace('\n', " ");
        }
        v.summary = clean(&v.summary);
        v.needs = clean(&v.needs);
        v.external_ref = v.external_ref.as_deref().map(clean).filter(|r| !r.is_empty());

        let hub = match self.hub(input.hub_id) {
            Ok(h) => Some(h),
            Err(_) => {
                errors.push(FieldError::new("hub_id", said!("said-intake-no-member-hub", id = input.hub_id)));
                None
            }
        };
        if let Some(h) = &hub {
            if h.archived {
                errors.push(FieldError::new("hub_id", said!("said-intake-hub-archived", hub = &h.name)));
            }
        }
        if !Role::allowed(shape).contains(&input.role) {
            // "visiting-or-hosting", "visitor", "proposer": the message words each set of roles.
            let allowed: Vec<&str> = Role::allowed(shape).iter().map(|r| r.as_str()).collect();
            errors.push(FieldError::new("role", said!("said-intake-role-not-allowed", programme = &cycle.programme_name, roles = allowed.join("-or-"))));
        }
        if let Some(pid) = input.partner_hub_id {
            match self.hub(pid) {
                Err(_) => errors.push(FieldError::new("partner_hub_id", said!("said-intake-no-member-hub", id = pid))),
                Ok(_) if pid == input.hub_id => errors.push(FieldError::new("partner_hub_id", said!("said-intake-partner-is-self"))),
                Ok(_) => {}
            }
        }
        let needs_person = !matches!(shape, Shape::Workshops);
        if needs_person && v.person_name.is_empty() {
            let missing = if shape == Shape::P2p { said!("said-intake-manager-name-missing") } else { said!("said-intake-traveller-name-missing") };
            errors.push(FieldError::new("person_name", missing));
        }
        if !v.person_email.is_empty() && !valid_email(&v.person_email) {
            errors.push(FieldError::new("person_email", said!("said-intake-email-bad", email = &v.person_email)));
        }
        if shape == Shape::StaffExchange && v.format.is_none() {
            errors.push(FieldError::new("format", said!("said-intake-format-missing")));
        }
        if shape != Shape::StaffExchange {
            v.format = None;
        }
        if shape == Shape::HubsAlliance && v.partner_hub_id.is_none() {
            errors.push(FieldError::new("partner_hub_id", said!("said-intake-alliance-host-missing")));
        }
        if shape == Shape::Workshops {
            if v.title.is_empty() {
                errors.push(FieldError::new("title", said!("said-intake-workshop-title-missing")));
            }
            if v.participants.is_none() {
                errors.push(FieldError::new("participants", said!("said-intake-participants-missing")));
            }
        } else {
            v.participants = None;
            v.budget_request_cents = None;
        }
        if v.budget_request_cents.is_some_and(|c| c < 0) {
            errors.push(FieldError::new("budget_request_cents", said!("said-intake-budget-negative")));
        }
        let max_travellers = if shape == Shape::P2p { 10 } else { 1 };
        if v.travellers == 0 || v.travellers > max_travellers {
            errors.push(FieldError::new("travellers", said!("said-intake-travellers-range", most = max_travellers)));
        }
        let starts = parse_date(&v.starts_on, "starts_on", &mut errors);
        let ends = parse_date(&v.ends_on, "ends_on", &mut errors);
        if let (Some(a), Some(b)) = (starts, ends) {
            if b < a {
                errors.push(FieldError::new("ends_on", said!("said-intake-dates-reversed", last = b.to_string(), first = a.to_string())));
            }
        }
        v.starts_on = starts.map(format_date);
        v.ends_on = ends.map(format_date);
        for (text, field) in [(&v.summary, "summary"), (&v.needs, "needs")] {
            if text.chars().count() > MAX_TEXT {
                errors.push(FieldError::new(field, said!("said-intake-text-too-long")));
            }
        }
        let submitted_at = match v.submitted_at.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => now_utc(),
            Some(t) => parse_submitted(t).unwrap_or_else(|| {
                errors.push(FieldError::new("submitted_at", said!("said-intake-submitted-bad", text = t)));
                String::new()
            }),
        };
        // The same hub (or, for people, the same person of a hub) only once per role and cycle.
        if let Some(h) = &hub {
            if let Some(other) = self.duplicate_of(&cycle, h, &v, current)? {
                let twice = if matches!(shape, Shape::StaffExchange | Shape::HubsAlliance) {
                    said!("said-intake-person-applied-twice", person = &v.person_name, hub = &h.name, other = other)
                } else {
                    said!("said-intake-hub-applied-twice", hub = &h.name, role = v.role.as_str(), other = other)
                };
                errors.push(FieldError::new("hub_id", twice));
            }
        }
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        Ok(ValidApplication { input: v, submitted_at })
    }

    /// Another live application of the same hub and role (P2P, Workshops) or of the same
    /// person of the same hub (Staff Exchange, Hubs Alliance) in the cycle.
    fn duplicate_of(&self, cycle: &Cycle, hub: &Hub, v: &ApplicationInput, current: Option<i64>) -> Result<Option<i64>> {
        let by_person = matches!(cycle.shape, Shape::StaffExchange | Shape::HubsAlliance);
        Ok(self
            .conn()
            .query_row(
                "SELECT id FROM applications WHERE cycle_id = ?1 AND hub_id = ?2 AND role = ?3 AND status <> 'withdrawn'
                   AND (?4 IS NULL OR id <> ?4) AND (?5 = 0 OR lower(person_name) = lower(?6)) ORDER BY id LIMIT 1",
                params![cycle.id, hub.id, v.role.as_str(), current, by_person, v.person_name],
                |r| r.get(0),
            )
            .optional()?)
    }

    pub fn create_application(&mut self, input: &ApplicationInput) -> Result<Application> {
        let valid = self.validate_application(input, None)?;
        let id = self.insert_valid(&valid)?;
        self.auto_select(input.cycle_id, AUTOMATIC)?;
        self.application(id)
    }

    pub(crate) fn insert_valid(&self, valid: &ValidApplication) -> Result<i64> {
        let a = &valid.input;
        self.conn().execute(
            "INSERT INTO applications (id, cycle_id, hub_id, role, person_name, person_email, person_role, partner_hub_id, format,
                starts_on, ends_on, title, summary, travellers, travel_mode, participants, budget_request_cents, needs,
                submitted_at, external_ref)
             VALUES ((SELECT id FROM team_next_id WHERE tbl = 'applications'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
            params![
                a.cycle_id,
                a.hub_id,
                a.role.as_str(),
                a.person_name,
                a.person_email,
                a.person_role,
                a.partner_hub_id,
                a.format.map(|f| enum_str(&f)),
                a.starts_on,
                a.ends_on,
                a.title,
                a.summary,
                a.travellers,
                enum_str(&a.travel_mode),
                a.participants,
                a.budget_request_cents,
                a.needs,
                valid.submitted_at,
                a.external_ref,
            ],
        )?;
        Ok(self.conn().last_insert_rowid())
    }

    pub fn update_application(&mut self, id: i64, input: &ApplicationInput) -> Result<Application> {
        self.update_application_at(id, input, None)
    }

    /// [`Store::update_application`] of a form read at version `read_at` of the application:
    /// refused as a conflict when a field it writes changed since.
    pub fn update_application_at(&mut self, id: i64, input: &ApplicationInput, read_at: Option<i64>) -> Result<Application> {
        let tx = self.conn().unchecked_transaction()?;
        crate::platform::versions::check(&tx, &crate::platform::versions::APPLICATIONS, id, read_at)?;
        let current = self.application(id)?;
        if input.cycle_id != current.cycle_id {
            return Err(Error::validation(vec![FieldError::new("cycle_id", said!("said-intake-cycle-fixed"))]));
        }
        let valid = self.validate_application(input, Some(id))?;
        self.update_valid(id, &valid)?;
        tx.commit()?;
        self.auto_select(input.cycle_id, AUTOMATIC)?;
        self.application(id)
    }

    pub(crate) fn update_valid(&self, id: i64, valid: &ValidApplication) -> Result<()> {
        let a = &valid.input;
        self.conn().execute(
            "UPDATE applications SET hub_id = ?2, role = ?3, person_name = ?4, person_email = ?5, person_role = ?6,
                partner_hub_id = ?7, format = ?8, starts_on = ?9, ends_on = ?10, title = ?11, summary = ?12, travellers = ?13,
                travel_mode = ?14, participants = ?15, budget_request_cents = ?16, needs = ?17, submitted_at = ?18,
                external_ref = ?19, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), updated_by = ?20
             WHERE id = ?1",
            params![
                id,
                a.hub_id,
                a.role.as_str(),
                a.person_name,
                a.person_email,
                a.person_role,
                a.partner_hub_id,
                a.format.map(|f| enum_str(&f)),
                a.starts_on,
                a.ends_on,
                a.title,
                a.summary,
                a.travellers,
                enum_str(&a.travel_mode),
                a.participants,
                a.budget_request_cents,
                a.needs,
                valid.submitted_at,
                a.external_ref,
                crate::team::actor_of(self.conn()),
            ],
        )?;
        Ok(())
    }

    pub fn application(&self, id: i64) -> Result<Application> {
        let row = self
            .conn()
            .query_row(&format!("{SELECT} WHERE a.id = ?1"), [id], from_row)
            .optional()?
            .ok_or_else(|| Error::not_found(said!("said-intake-no-application", id = id)))?;
        let cycle = self.cycle(row.cycle_id)?;
        self.with_eligibility(&cycle, row)
    }

    /// A cycle's applications in the order they came in, each with its eligibility.
    pub fn applications(&self, cycle_id: i64) -> Result<Vec<Application>> {
        let cycle = self.cycle(cycle_id)?;
        let mut stmt = self.conn().prepare(&format!("{SELECT} WHERE a.cycle_id = ?1 ORDER BY a.submitted_at, a.id"))?;
        let rows = stmt.query_map([cycle_id], from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(|a| self.with_eligibility(&cycle, a)).collect()
    }

    /// An applicant withdraws; the application stays, marked, and no longer counts. A place it
    /// held goes to the first on the waiting list (see [`Store::withdraw`]).
    pub fn withdraw_application(&mut self, id: i64) -> Result<Application> {
        Ok(self.withdraw(id, "")?.withdrawn)
    }

    fn with_eligibility(&self, cycle: &Cycle, mut app: Application) -> Result<Application> {
        let mut reasons = Vec::new();
        let hub = self.hub(app.hub_id)?;
        if hub.archived {
            reasons.push(phrase!("said-intake-reason-hub-archived", hub = &hub.name));
        }
        if hub.membership == Membership::Former {
            reasons.push(phrase!("said-intake-reason-former-member", hub = &hub.name));
        }
        let partner = app.partner_hub_id.map(|id| self.hub(id)).transpose()?;
        if cycle.shape == Shape::HubsAlliance {
            if !hub.alliance_member {
                reasons.push(phrase!("said-intake-reason-not-in-alliance", hub = &hub.name));
            }
            match &partner {
                Some(p) if !p.alliance_member => reasons.push(phrase!("said-intake-reason-host-not-in-alliance", host = &p.name)),
                Some(p) if p.archived => reasons.push(phrase!("said-intake-reason-host-archived", host = &p.name)),
                None => reasons.push(phrase!("said-intake-reason-no-host")),
                _ => {}
            }
        }
        if cycle.shape == Shape::Workshops {
            let min = self.selection_rules(cycle.id)?.min_participants;
            if let (Some(min), Some(n)) = (min, app.participants) {
                if n < min {
                    reasons.push(phrase!("said-intake-reason-few-participants", count = n, min = min));
                }
            }
        }
        let parse = |d: &Option<String>| d.as_deref().and_then(|t| Date::parse(t, DATE_FORMAT).ok());
        let (starts, ends) = (parse(&app.starts_on), parse(&app.ends_on));
        match (starts, ends) {
            (Some(a), Some(b)) => {
                if let (Some(ws), Some(we)) = (parse(&cycle.activity_start), parse(&cycle.activity_end)) {
                    if a < ws || b > we {
                        reasons.push(phrase!("said-intake-reason-outside-window", first = a.to_string(), last = b.to_string(), opens = ws.to_string(), closes = we.to_string()));
                    }
                }
                let days = (b - a).whole_days() + 1;
                if let Some(min) = cycle.min_days {
                    if days < i64::from(min) {
                        reasons.push(phrase!("said-intake-reason-too-short", days = days, min = min));
                    }
                }
                // For P2P the dates are when the hub is available: only the minimum applies.
                if let (Some(max), false) = (cycle.max_days, cycle.shape == Shape::P2p) {
                    if days > i64::from(max) {
                        reasons.push(phrase!("said-intake-reason-too-long", days = days, max = max));
                    }
                }
            }
            _ if cycle.shape != Shape::P2p => reasons.push(phrase!("said-intake-reason-no-dates")),
            _ => {}
        }
        if app.status != Status::Withdrawn {
            if let Some(other) = self.duplicate_of(cycle, &hub, &input_of(&app), Some(app.id))? {
                if other < app.id {
                    reasons.push(phrase!("said-intake-reason-duplicate", other = other.to_string()));
                }
            }
        }
        app.eligibility = Eligibility { eligible: reasons.is_empty(), reasons };
        Ok(app)
    }
}

impl Application {
    /// The form filled in with this application, as the window opens it for editing.
    pub fn input(&self) -> ApplicationInput {
        input_of(self)
    }
}

pub(crate) fn input_of(a: &Application) -> ApplicationInput {
    ApplicationInput {
        cycle_id: a.cycle_id,
        hub_id: a.hub_id,
        role: a.role,
        person_name: a.person_name.clone(),
        person_email: a.person_email.clone(),
        person_role: a.person_role.clone(),
        partner_hub_id: a.partner_hub_id,
        format: a.format,
        starts_on: a.starts_on.clone(),
        ends_on: a.ends_on.clone(),
        title: a.title.clone(),
        summary: a.summary.clone(),
        travellers: a.travellers,
        travel_mode: a.travel_mode,
        participants: a.participants,
        budget_request_cents: a.budget_request_cents,
        needs: a.needs.clone(),
        submitted_at: Some(a.submitted_at.clone()),
        external_ref: a.external_ref.clone(),
    }
}

const SELECT: &str = "SELECT a.id, a.cycle_id, a.hub_id, h.name, h.country, a.role, a.person_name, a.person_email, a.person_role,
    a.partner_hub_id, p.name, a.format, a.starts_on, a.ends_on, a.title, a.summary, a.travellers, a.travel_mode, a.participants,
    a.budget_request_cents, a.needs, a.submitted_at, a.status, a.external_ref, a.created_at, a.updated_at, a.version
    FROM applications a JOIN hubs h ON h.id = a.hub_id LEFT JOIN hubs p ON p.id = a.partner_hub_id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Application> {
    let format: Option<String> = r.get(11)?;
    let mode: String = r.get(17)?;
    Ok(Application {
        id: r.get(0)?,
        cycle_id: r.get(1)?,
        hub_id: r.get(2)?,
        hub_name: r.get(3)?,
        hub_country: r.get(4)?,
        role: Role::parse(&r.get::<_, String>(5)?).unwrap_or(Role::Visiting),
        person_name: r.get(6)?,
        person_email: r.get(7)?,
        person_role: r.get(8)?,
        partner_hub_id: r.get(9)?,
        partner_hub_name: r.get(10)?,
        format: format.as_deref().and_then(enum_parse),
        starts_on: r.get(12)?,
        ends_on: r.get(13)?,
        title: r.get(14)?,
        summary: r.get(15)?,
        travellers: r.get(16)?,
        travel_mode: enum_parse(&mode).unwrap_or(TravelMode::Standard),
        participants: r.get(18)?,
        budget_request_cents: r.get(19)?,
        needs: r.get(20)?,
        submitted_at: r.get(21)?,
        status: Status::parse(&r.get::<_, String>(22)?),
        external_ref: r.get(23)?,
        eligibility: Eligibility { eligible: true, reasons: Vec::new() },
        created_at: r.get(24)?,
        updated_at: r.get(25)?,
        version: r.get(26)?,
    })
}
