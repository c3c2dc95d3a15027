//! A cycle's rule set: the components that make up its grants (distance-band or capped travel,
//! subsistence, accommodation, lump sums, top-ups, a cap per grant), stored as data, edited in
//! the app and versioned. Saving a changed rule set creates a new version; the grant engine
//! (`grants/`) names the version on every line it computes.
//!
//! The defaults of the four built-in shapes come from `shared/domain.md`:
//! - P2P Learning: a visiting hub gets travel up to €350 per participant and €165 a day for up
//!   to 5 days, at most €1,175 a grant; a hosting hub gets a €500 lump sum for the final event.
//! - Staff Exchange: "travel support, rules set per cycle". The default is the Erasmus+ 2024
//!   distance-band table with the Erasmus+ day structure (2 travel days, 6 with green travel;
//!   days after the 14th at 70 %), at the network's own €165 day rate. Review it per cycle.
//! - Workshops: a €10,000 lump sum.
//! - Hubs Alliance: travel and accommodation for up to 6 days / 5 nights, at most €1,175. The
//!   call gives only the total; the default splits it as the P2P call does: travel up to €350
//!   and €165 a night for up to 5 nights (350 + 5 × 165 = 1,175).

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::intake::applications::Role;
use crate::funding::distance::{band_problems, erasmus_2024_bands, DistanceBand};
use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::cycle::programmes::Shape;
use crate::platform::said::Phrase;
use crate::platform::store::Store;
use crate::said;

/// A day or night rate that depends on the destination country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CountryRate {
    /// The group's name, e.g. "Group 1".
    pub group: String,
    /// ISO 3166 alpha-2 codes (Greece is `GR`; `EL` is read as `GR`).
    pub countries: Vec<String>,
    #[ts(type = "number")]
    pub rate_cents: i64,
}

/// What a component computes. Amounts are euro cents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Rule {
    /// Per traveller: the band of the one-way great-circle distance from the home hub to the
    /// host hub; the amount covers the return trip.
    DistanceBand { bands: Vec<DistanceBand> },
    /// Per traveller: the declared travel cost up to the cap (the cap while nothing is
    /// declared).
    CappedTravel {
        #[ts(type = "number")]
        cap_cents: i64,
    },
    /// Per traveller: a day rate (or the rate of the destination's country group) × funded
    /// days: the activity days (at most `max_days`) plus travel days (`travel_days`, or
    /// `green_travel_days` with green travel). Days after `reduced_after_day` are paid at
    /// `reduced_percent` %.
    Subsistence {
        #[ts(type = "number")]
        rate_cents: i64,
        groups: Vec<CountryRate>,
        max_days: Option<u32>,
        travel_days: u32,
        green_travel_days: u32,
        reduced_after_day: Option<u32>,
        reduced_percent: u32,
    },
    /// Per traveller: a night rate (or the destination group's) × nights (activity days − 1,
    /// at most `max_nights`).
    Accommodation {
        #[ts(type = "number")]
        rate_cents: i64,
        groups: Vec<CountryRate>,
        max_nights: Option<u32>,
    },
    /// Once per grant.
    LumpSum {
        #[ts(type = "number")]
        amount_cents: i64,
    },
    /// Per traveller who travels green.
    GreenTopUp {
        #[ts(type = "number")]
        amount_cents: i64,
    },
    /// Once per grant: the declared real costs of inclusion or accessibility, up to the cap.
    InclusionTopUp {
        #[ts(type = "number")]
        cap_cents: i64,
    },
    /// Per traveller who needs a visa.
    VisaTopUp {
        #[ts(type = "number")]
        amount_cents: i64,
    },
    /// Erasmus+ "expensive travel", with a distance band of the same roles: where the band's
    /// amount covers less than `below_percent` % of the real travel cost declared per
    /// traveller, `share_percent` % of that cost is paid instead of the band (never both).
    ExpensiveTravel { below_percent: u32, share_percent: u32 },
    /// Applied after every other line: the grant is at most this much. Shown as its own line.
    GrantCap {
        #[ts(type = "number")]
        cap_cents: i64,
    },
}

impl Rule {
    pub fn kind(&self) -> &'static str {
        match self {
            Rule::DistanceBand { .. } => "distance_band",
            Rule::CappedTravel { .. } => "capped_travel",
            Rule::Subsistence { .. } => "subsistence",
            Rule::Accommodation { .. } => "accommodation",
            Rule::LumpSum { .. } => "lump_sum",
            Rule::GreenTopUp { .. } => "green_top_up",
            Rule::InclusionTopUp { .. } => "inclusion_top_up",
            Rule::VisaTopUp { .. } => "visa_top_up",
            Rule::ExpensiveTravel { .. } => "expensive_travel",
            Rule::GrantCap { .. } => "grant_cap",
        }
    }
}

/// One component of a rule set: what it is called on a letter, whom it applies to, and how it
/// computes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Component {
    pub label: String,
    /// The application roles it applies to (P2P: visiting, hosting; Staff Exchange and Hubs
    /// Alliance: visitor; Workshops: proposer).
    pub roles: Vec<Role>,
    pub rule: Rule,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct RuleSetBody {
    pub components: Vec<Component>,
    /// How a P2P visiting hub's grant is computed while its visit's dates are not agreed.
    #[serde(default)]
    pub undated_visits: UndatedVisits,
}

/// What a P2P visiting hub's grant does until the two hubs have agreed their visit's dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum UndatedVisits {
    /// Computed on the most the rules pay within the hubs' availability; the letter says the
    /// dates are still to be agreed.
    #[default]
    FundedMaximum,
    /// Blocked until the dates are set on the pair.
    Blocked,
}

/// One stored version of a cycle's rule set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RuleSet {
    #[ts(type = "number")]
    pub cycle_id: i64,
    pub version: u32,
    pub body: RuleSetBody,
    /// Why this version was saved: a person's words, or the programme's defaults, a copy.
    pub note: Phrase,
    pub actor: String,
    pub created_at: String,
    /// The roles the cycle's applications take, which a component can apply to (its shape's).
    pub roles: Vec<Role>,
}

/// The rule-set form: the components, and a note saying why they changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RuleSetInput {
    pub body: RuleSetBody,
    pub note: String,
}

fn component(label: &str, roles: &[Role], rule: Rule) -> Component {
    Component { label: label.to_string(), roles: roles.to_vec(), rule }
}

/// The default rules of a shape (see the module documentation for the sources).
pub fn default_rules(shape: Shape) -> RuleSetBody {
    let components = match shape {
        Shape::P2p => vec![
            component("Travel", &[Role::Visiting], Rule::CappedTravel { cap_cents: 35_000 }),
            component(
                "Subsistence",
                &[Role::Visiting],
                Rule::Subsistence {
                    rate_cents: 16_500,
                    groups: vec![],
                    max_days: Some(5),
                    travel_days: 0,
                    green_travel_days: 0,
                    reduced_after_day: None,
                    reduced_percent: 100,
                },
            ),
            component("Final event", &[Role::Hosting], Rule::LumpSum { amount_cents: 50_000 }),
            component("Cap per visiting hub", &[Role::Visiting], Rule::GrantCap { cap_cents: 117_500 }),
        ],
        Shape::StaffExchange => vec![
            component("Travel", &[Role::Visitor], Rule::DistanceBand { bands: erasmus_2024_bands() }),
            component(
                "Individual support",
                &[Role::Visitor],
                Rule::Subsistence {
                    rate_cents: 16_500,
                    groups: vec![],
                    max_days: None,
                    travel_days: 2,
                    green_travel_days: 6,
                    reduced_after_day: Some(14),
                    reduced_percent: 70,
                },
            ),
        ],
        Shape::Workshops => vec![component("Workshop grant", &[Role::Proposer], Rule::LumpSum { amount_cents: 1_000_000 })],
        Shape::HubsAlliance => vec![
            component("Travel", &[Role::Visitor], Rule::CappedTravel { cap_cents: 35_000 }),
            component("Accommodation", &[Role::Visitor], Rule::Accommodation { rate_cents: 16_500, groups: vec![], max_nights: Some(5) }),
            component("Cap per person", &[Role::Visitor], Rule::GrantCap { cap_cents: 117_500 }),
        ],
    };
    RuleSetBody { components, ..Default::default() }
}

/// The Erasmus+ country groups from 2024 (shared/domain.md), for a subsistence or accommodation
/// rule by destination; the rates are the cycle's to set.
pub fn erasmus_2024_groups(rates_cents: [i64; 3]) -> Vec<CountryRate> {
    let groups: [(&str, &str); 3] = [
        ("Group 1", "AT BE DK DE FR FI IE IS IT LI LU NL NO SE"),
        ("Group 2", "CY CZ EE GR ES LV MT PT SI SK"),
        ("Group 3", "BG HR HU LT MK PL RO RS TR"),
    ];
    groups
        .iter()
        .zip(rates_cents)
        .map(|((name, countries), rate_cents)| CountryRate {
            group: name.to_string(),
            countries: countries.split(' ').map(str::to_string).collect(),
            rate_cents,
        })
        .collect()
}

const MAX_CENTS: i64 = 100_000_000; // €1,000,000 for any one amount

/// `what` names the amount for the message: `rate`, `cap`, `day-rate`, `night-rate` or `amount`.
fn check_amount(errors: &mut Vec<FieldError>, field: String, cents: i64, what: &str) {
    if cents < 0 {
        errors.push(FieldError::new(field, said!("said-funding-amount-negative", what = what)));
    } else if cents > MAX_CENTS {
        errors.push(FieldError::new(field, said!("said-funding-amount-too-big", what = what, amount = cents, most = MAX_CENTS)));
    }
}

fn check_groups(errors: &mut Vec<FieldError>, at: &str, groups: &[CountryRate]) {
    let mut seen: Vec<&str> = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        let field = format!("{at}.groups.{g}");
        if group.group.trim().is_empty() {
            errors.push(FieldError::new(format!("{field}.group"), said!("said-funding-group-unnamed")));
        }
        if group.countries.is_empty() {
            errors.push(FieldError::new(format!("{field}.countries"), said!("said-funding-group-no-country", group = &group.group)));
        }
        for code in &group.countries {
            if crate::platform::countries::get(code).is_none() {
                errors.push(FieldError::new(format!("{field}.countries"), said!("said-funding-country-code-bad", code = code)));
            } else if seen.contains(&code.as_str()) {
                errors.push(FieldError::new(format!("{field}.countries"), said!("said-funding-country-in-two-groups", code = code)));
            } else {
                seen.push(code);
            }
        }
        check_amount(errors, format!("{field}.rate_cents"), group.rate_cents, "rate");
    }
}

/// Every problem of a rule set for a cycle of `shape`, each at its field
/// (`components.N.field`). Empty when it can be saved.
pub fn check_rules(body: &RuleSetBody, shape: Shape) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let allowed = Role::allowed(shape);
    if body.components.is_empty() {
        errors.push(FieldError::new("components", said!("said-funding-rules-no-component")));
    }
    if body.components.len() > 40 {
        errors.push(FieldError::new("components", said!("said-funding-rules-too-many-components", most = 40)));
    }
    for (i, c) in body.components.iter().enumerate() {
        let at = format!("components.{i}");
        let label = c.label.trim();
        if label.is_empty() {
            errors.push(FieldError::new(format!("{at}.label"), said!("said-funding-component-unnamed", number = i + 1)));
        } else if label.chars().count() > 80 {
            errors.push(FieldError::new(format!("{at}.label"), said!("said-funding-at-most-characters", most = 80)));
        } else if body.components[..i].iter().any(|o| o.label.trim().eq_ignore_ascii_case(label)) {
            errors.push(FieldError::new(format!("{at}.label"), said!("said-funding-component-name-twice", label = label)));
        }
        if c.roles.is_empty() {
            errors.push(FieldError::new(format!("{at}.roles"), said!("said-funding-component-no-role", label = label)));
        }
        for role in &c.roles {
            if !allowed.contains(role) {
                errors.push(FieldError::new(format!("{at}.roles"), said!("said-funding-role-not-in-programme", role = role.as_str())));
            }
        }
        match &c.rule {
            Rule::DistanceBand { bands } => {
                if bands.is_empty() {
                    errors.push(FieldError::new(format!("{at}.bands"), said!("said-funding-bands-empty")));
                }
                // One problem is a message of its own; several stay together in one field's
                // message, which is then in English (a message cannot hold a list of others).
                match band_problems(bands).as_slice() {
                    [] => {}
                    [one] => errors.push(FieldError::new(format!("{at}.bands"), one.clone())),
                    many => errors.push(FieldError::new(format!("{at}.bands"), many.iter().map(|p| p.english()).collect::<Vec<_>>().join(" "))),
                }
                for (b, band) in bands.iter().enumerate() {
                    if band.standard_cents > MAX_CENTS || band.green_cents.is_some_and(|g| g > MAX_CENTS) {
                        errors.push(FieldError::new(format!("{at}.bands"), said!("said-funding-band-amount-too-big", row = b + 1)));
                    }
                }
            }
            Rule::CappedTravel { cap_cents } => check_amount(&mut errors, format!("{at}.cap_cents"), *cap_cents, "cap"),
            Rule::Subsistence { rate_cents, groups, max_days, travel_days, green_travel_days, reduced_after_day, reduced_percent } => {
                check_amount(&mut errors, format!("{at}.rate_cents"), *rate_cents, "day-rate");
                check_groups(&mut errors, &at, groups);
                if *max_days == Some(0) {
                    errors.push(FieldError::new(format!("{at}.max_days"), said!("said-funding-max-days-zero")));
                }
                if max_days.is_some_and(|d| d > 366) {
                    errors.push(FieldError::new(format!("{at}.max_days"), said!("said-funding-max-days-too-many", most = 366)));
                }
                if *travel_days > 10 || *green_travel_days > 10 {
                    errors.push(FieldError::new(format!("{at}.travel_days"), said!("said-funding-travel-days-too-many", most = 10)));
                }
                if green_travel_days < travel_days {
                    errors.push(FieldError::new(format!("{at}.green_travel_days"), said!("said-funding-green-travel-days-fewer")));
                }
                if *reduced_percent > 100 {
                    errors.push(FieldError::new(format!("{at}.reduced_percent"), said!("said-funding-percentage-range", from = 0, to = 100)));
                }
                if *reduced_after_day == Some(0) {
                    errors.push(FieldError::new(format!("{at}.reduced_after_day"), said!("said-funding-reduced-after-day-zero")));
                }
            }
            Rule::Accommodation { rate_cents, groups, max_nights } => {
                check_amount(&mut errors, format!("{at}.rate_cents"), *rate_cents, "night-rate");
                check_groups(&mut errors, &at, groups);
                if *max_nights == Some(0) {
                    errors.push(FieldError::new(format!("{at}.max_nights"), said!("said-funding-max-nights-zero")));
                }
            }
            Rule::LumpSum { amount_cents } | Rule::GreenTopUp { amount_cents } | Rule::VisaTopUp { amount_cents } => {
                check_amount(&mut errors, format!("{at}.amount_cents"), *amount_cents, "amount")
            }
            Rule::InclusionTopUp { cap_cents } | Rule::GrantCap { cap_cents } => check_amount(&mut errors, format!("{at}.cap_cents"), *cap_cents, "cap"),
            Rule::ExpensiveTravel { below_percent, share_percent } => {
                if !(1..=100).contains(below_percent) {
                    errors.push(FieldError::new(format!("{at}.below_percent"), said!("said-funding-percentage-range", from = 1, to = 100)));
                }
                if !(1..=100).contains(share_percent) {
                    errors.push(FieldError::new(format!("{at}.share_percent"), said!("said-funding-percentage-range", from = 1, to = 100)));
                }
                let banded = body.components.iter().any(|d| matches!(d.rule, Rule::DistanceBand { .. }) && c.roles.iter().all(|r| d.roles.contains(r)));
                if !banded {
                    errors.push(FieldError::new(format!("{at}.roles"), said!("said-funding-expensive-travel-needs-band")));
                }
            }
        }
    }
    // One cap per role: two would leave it unclear which one holds.
    for role in allowed {
        let caps: Vec<usize> =
            body.components.iter().enumerate().filter(|(_, c)| matches!(c.rule, Rule::GrantCap { .. }) && c.roles.contains(role)).map(|(i, _)| i).collect();
        if let [_, second, ..] = caps.as_slice() {
            errors.push(FieldError::new(format!("components.{second}.roles"), said!("said-funding-role-cap-twice", role = role.as_str())));
        }
    }
    errors
}

fn clean_body(body: &RuleSetBody) -> RuleSetBody {
    let mut body = body.clone();
    for c in &mut body.components {
        c.label = c.label.trim().to_string();
        let mut roles = Vec::new();
        for r in &c.roles {
            if !roles.contains(r) {
                roles.push(*r);
            }
        }
        c.roles = roles;
        if let Rule::Subsistence { groups, .. } | Rule::Accommodation { groups, .. } = &mut c.rule {
            for g in groups {
                g.group = g.group.trim().to_string();
                g.countries = g.countries.iter().map(|c| group_code(c)).filter(|c| !c.is_empty()).collect();
            }
        }
    }
    body
}

/// A country code as typed in a group: trimmed, upper case, and the EU's `EL` read as `GR`.
fn group_code(code: &str) -> String {
    match code.trim().to_ascii_uppercase().as_str() {
        "EL" => "GR".to_string(),
        other => other.to_string(),
    }
}

fn parse_body(text: &str) -> Result<RuleSetBody> {
    serde_json::from_str(text).map_err(|e| Error::new(ErrorCode::Internal, said!("said-funding-rules-unreadable", error = e.to_string())))
}

impl Store {
    /// The rule set in force for a cycle (its highest version). A cycle created before the
    /// grant engine gets its shape's defaults as version 1 the first time it is asked.
    pub fn rule_set(&self, cycle_id: i64) -> Result<RuleSet> {
        if let Some(set) = self.rule_set_version(cycle_id, None)? {
            return Ok(set);
        }
        let cycle = self.cycle(cycle_id)?;
        self.insert_rule_set(cycle_id, 1, &default_rules(cycle.shape), &crate::phrase!("said-funding-rules-note-defaults"), "")?;
        self.rule_set_version(cycle_id, None)?.ok_or_else(|| Error::new(ErrorCode::Internal, "The rule set was not stored."))
    }

    /// One version of a cycle's rule set (the newest with `None`).
    pub fn rule_set_version(&self, cycle_id: i64, version: Option<u32>) -> Result<Option<RuleSet>> {
        let row: Option<(u32, String, Phrase, String, String)> = self
            .conn()
            .query_row(
                "SELECT version, body, note, actor, created_at, note_said FROM rule_sets
                  WHERE cycle_id = ?1 AND (?2 IS NULL OR version = ?2) ORDER BY version DESC LIMIT 1",
                params![cycle_id, version],
                |r| Ok((r.get(0)?, r.get(1)?, rule_note(r.get(2)?, &r.get::<_, String>(5)?), r.get(3)?, r.get(4)?)),
            )
            .optional()?;
        let Some((version, body, note, actor, created_at)) = row else { return Ok(None) };
        let roles = Role::allowed(self.cycle(cycle_id)?.shape).to_vec();
        Ok(Some(RuleSet { cycle_id, version, body: parse_body(&body)?, note, actor, created_at, roles }))
    }

    /// Every version of a cycle's rule set, newest first.
    pub fn rule_set_versions(&self, cycle_id: i64) -> Result<Vec<RuleSet>> {
        self.rule_set(cycle_id)?;
        let mut stmt = self.conn().prepare("SELECT version, body, note, actor, created_at, note_said FROM rule_sets WHERE cycle_id = ?1 ORDER BY version DESC")?;
        let rows = stmt.query_map([cycle_id], |r| Ok((r.get::<_, u32>(0)?, r.get::<_, String>(1)?, rule_note(r.get(2)?, &r.get::<_, String>(5)?), r.get::<_, String>(3)?, r.get::<_, String>(4)?)))?;
        let roles = Role::allowed(self.cycle(cycle_id)?.shape).to_vec();
        let mut out = Vec::new();
        for row in rows {
            let (version, body, note, actor, created_at) = row?;
            out.push(RuleSet { cycle_id, version, body: parse_body(&body)?, note, actor, created_at, roles: roles.clone() });
        }
        Ok(out)
    }

    pub(crate) fn insert_rule_set(&self, cycle_id: i64, version: u32, body: &RuleSetBody, note: &Phrase, actor: &str) -> Result<()> {
        let json = serde_json::to_string(body).map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?;
        self.conn().execute(
            "INSERT INTO rule_sets (id, cycle_id, version, body, note, actor, note_said) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'rule_sets'), ?1, ?2, ?3, ?4, ?5, ?6)",
            params![cycle_id, version, json, note.text, actor, note.said_json()],
        )?;
        Ok(())
    }

    /// Give a new cycle its rules: a copy of the source cycle's (clone) or its shape's defaults.
    pub(crate) fn seed_rule_set(&self, cycle_id: i64, shape: Shape, from: Option<i64>) -> Result<()> {
        let body = match from {
            Some(source) => self.rule_set(source)?.body,
            None => default_rules(shape),
        };
        let note = if from.is_some() { crate::phrase!("said-funding-rules-note-copied") } else { crate::phrase!("said-funding-rules-note-defaults") };
        self.insert_rule_set(cycle_id, 1, &body, &note, "")
    }

    /// Check and store a cycle's rules as a new version, and recompute its draft grants.
    /// Saving rules identical to those in force changes nothing.
    pub fn save_rule_set(&mut self, cycle_id: i64, input: &RuleSetInput, actor: &str) -> Result<RuleSet> {
        self.save_rule_set_at(cycle_id, input, actor, None)
    }

    /// [`Store::save_rule_set`] from a dialog that read the rules at version `read_at`:
    /// refused with `conflict` when a later version was saved since (unless what is saved is
    /// what is in force: nothing is lost then).
    pub fn save_rule_set_at(&mut self, cycle_id: i64, input: &RuleSetInput, actor: &str, read_at: Option<u32>) -> Result<RuleSet> {
        let cycle = self.cycle(cycle_id)?;
        let body = clean_body(&input.body);
        let errors = check_rules(&body, cycle.shape);
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        let current = self.rule_set(cycle_id)?;
        if current.body == body {
            return Ok(current);
        }
        if read_at.is_some_and(|v| v != current.version) {
            let by = if current.actor.is_empty() { "someone" } else { current.actor.as_str() };
            return Err(crate::platform::versions::stale(&format!("The rules of {}", cycle.title), by, &current.created_at, current.version as i64));
        }
        let note = input.note.trim();
        if note.chars().count() > 500 {
            return Err(Error::validation(vec![FieldError::new("note", said!("said-funding-at-most-characters", most = 500))]));
        }
        // Once grants are awarded or letters issued, new rules are an amendment: they say why,
        // and the cycle's history keeps it. Awarded grants keep their lines (an awarded grant
        // changes only by its own amendment), so no issued letter stops being true.
        if !cycle.frozen.is_empty() && note.chars().count() < 5 {
            return Err(Error::validation(vec![FieldError::new(
                "note",
                said!("said-funding-rules-change-reason", cycle = &cycle.title, frozen = cycle.frozen.text.as_str(), least = 5),
            )]));
        }
        let tx = self.conn().unchecked_transaction()?;
        self.insert_rule_set(cycle_id, current.version + 1, &body, &Phrase::from(note), actor)?;
        if !cycle.frozen.is_empty() {
            let (changes, changes_said) = Phrase::store_list(&[crate::phrase!("said-funding-rules-change", before = current.version, after = current.version + 1)]);
            self.conn().execute(
                "INSERT INTO cycle_events (id, cycle_id, from_phase, to_phase, reason, kind, changes, actor, changes_said) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'cycle_events'), ?1, ?2, ?2, ?3, 'rules', ?4, ?5, ?6)",
                rusqlite::params![cycle_id, cycle.phase.as_str(), note, changes, actor, changes_said],
            )?;
        }
        self.recompute_drafts(cycle_id)?;
        tx.commit()?;
        self.rule_set(cycle_id)
    }
}

/// A rule set's note as read back (see `Phrase::or_known` for notes kept before their message).
fn rule_note(text: String, said: &str) -> Phrase {
    Phrase::stored(text, said).or_known(
        &[("Defaults of the programme", "said-funding-rules-note-defaults"), ("Copied from the cycle this one was cloned from", "said-funding-rules-note-copied")],
        &[],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_rule_set_is_sound() {
        for shape in [Shape::P2p, Shape::StaffExchange, Shape::Workshops, Shape::HubsAlliance] {
            assert_eq!(check_rules(&default_rules(shape), shape), vec![], "{shape:?}");
        }
    }

    #[test]
    fn unsound_rules_are_named_at_their_field() {
        let mut body = default_rules(Shape::P2p);
        body.components[0].rule = Rule::CappedTravel { cap_cents: -1 };
        body.components[1].roles = vec![Role::Visitor];
        body.components[2].label = " ".into();
        body.components.push(component("Second cap", &[Role::Visiting], Rule::GrantCap { cap_cents: 100 }));
        let errors = check_rules(&body, Shape::P2p);
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, vec!["components.0.cap_cents", "components.1.roles", "components.2.label", "components.4.roles"], "{errors:?}");
        assert_eq!(errors[0].message, "The cap cannot be negative.");
        assert_eq!(errors[3].message, "Visiting applications already have a cap per grant.");
    }

    #[test]
    fn band_tables_with_gaps_overlaps_or_negative_amounts_are_refused() {
        let mut bands = erasmus_2024_bands();
        bands[2].from_km = 600;
        bands[4].green_cents = Some(-5);
        let body = RuleSetBody { components: vec![component("Travel", &[Role::Visitor], Rule::DistanceBand { bands })], ..Default::default() };
        let errors = check_rules(&body, Shape::StaffExchange);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].field, "components.0.bands");
        assert!(errors[0].message.contains("Between rows 2 and 3, 500 to 599 km is in no band."), "{}", errors[0].message);
        assert!(errors[0].message.contains("Row 5: an amount is negative."), "{}", errors[0].message);
    }

    #[test]
    fn country_groups_are_checked() {
        let mut groups = erasmus_2024_groups([18_000, 16_000, 14_000]);
        groups[1].countries.push("AT".into());
        groups[2].countries.push("XX".into());
        let body = RuleSetBody {
            components: vec![component(
                "Individual support",
                &[Role::Visitor],
                Rule::Accommodation { rate_cents: 10_000, groups, max_nights: None },
            )],
            ..Default::default()
        };
        let messages: Vec<String> = check_rules(&body, Shape::StaffExchange).into_iter().map(|e| e.message).collect();
        assert_eq!(messages, vec!["AT is in two groups.", "'XX' is not a country code (two letters, e.g. FR)."]);
    }
}

