//! The pure computation of a grant: an application's facts and the rule set's components give
//! lines of quantity × rate = amount, or the reason they cannot be computed. No database.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::intake::applications::{Role, TravelMode};
use crate::funding::distance::{band_amount, band_for, band_km, DistanceBand};
use crate::platform::error::Result;
use crate::platform::said::{Phrase, Said};
use crate::funding::rules::{CountryRate, Rule, RuleSetBody};
use crate::{phrase, said};

/// Where a traveller leaves from or goes to.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub hub: String,
    pub city: String,
    pub country: String,
    /// Latitude and longitude in decimal degrees; `None` when the hub has none.
    pub coordinates: Option<(f64, f64)>,
}

/// The facts of one application that its grant depends on.
#[derive(Debug, Clone, PartialEq)]
pub struct GrantFacts {
    /// How the applicant is named in messages.
    pub applicant: String,
    pub role: Role,
    pub travellers: u32,
    pub travel_mode: TravelMode,
    /// Days of the activity, first and last included; `None` when the dates are not known.
    pub activity_days: Option<u32>,
    pub origin: Place,
    /// The host hub (P2P: the partner; Staff Exchange and Hubs Alliance: the host).
    pub host: Option<Place>,
    /// Declared travel cost per traveller, for capped travel.
    pub travel_cost_cents: Option<i64>,
    /// Declared real costs of inclusion or accessibility, for the grant.
    pub inclusion_cents: Option<i64>,
    pub visa_travellers: u32,
    /// A P2P visiting hub whose pair has no agreed visit dates yet: `activity_days` are then
    /// its availability, and the rule set's `undated_visits` says what the grant does.
    pub visit_undated: bool,
}

/// One line of a grant: `quantity × unit_cents = amount_cents`, except the cap line, whose
/// amount is the reduction (zero or negative).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GrantLine {
    /// 1, 2 ... when several travel; `None` for the grant as a whole or a single traveller.
    pub traveller: Option<u32>,
    /// The rule's kind (`distance_band`, `subsistence`, `grant_cap` ...).
    pub kind: String,
    /// The component that produced it, by its label in the rule set.
    pub rule: String,
    pub rule_version: u32,
    /// What the line is, as printed: the component's label, with the days it covers when a
    /// reduced rate splits it ("Subsistence, days 1–14").
    pub label: Phrase,
    pub quantity: u32,
    #[ts(type = "number")]
    pub unit_cents: i64,
    #[ts(type = "number")]
    pub amount_cents: i64,
    /// One-way great-circle distance, whole km, for distance-band travel.
    pub km: Option<u32>,
    /// The band it fell in, e.g. "500–1,999 km".
    pub band: Option<String>,
    /// Where the figures come from, in words.
    pub note: Phrase,
}

fn km_text(km: u32) -> String {
    let digits = km.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

pub fn band_text(band: &DistanceBand) -> String {
    match band.to_km {
        Some(to) => format!("{}–{} km", km_text(band.from_km), km_text(to)),
        None => format!("{}+ km", km_text(band.from_km)),
    }
}

/// `amount × percent / 100`, rounded half up to the cent.
fn percent_of(cents: i64, percent: u32) -> i64 {
    (cents * i64::from(percent) + 50).div_euclid(100)
}

fn group_rate<'a>(groups: &'a [CountryRate], country: &str) -> Option<&'a CountryRate> {
    groups.iter().find(|g| g.countries.iter().any(|c| c == country))
}

struct Builder<'a> {
    version: u32,
    facts: &'a GrantFacts,
    lines: Vec<GrantLine>,
    /// Whether the lines are shown (their notes and split labels written), or only added up.
    explain: bool,
}

impl Builder<'_> {
    /// A line's words, written only when the lines are shown: the engine adds up every draft
    /// of a cycle whenever its rules or inputs change, and would otherwise write words nobody
    /// reads.
    fn words(&self, said: Said) -> Phrase {
        if self.explain {
            Phrase::from(said)
        } else {
            Phrase::default()
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push(&mut self, traveller: Option<u32>, rule: &Rule, component: &str, label: Phrase, quantity: u32, unit_cents: i64, note: Said) {
        let note = self.words(note);
        self.lines.push(GrantLine {
            traveller,
            kind: rule.kind().to_string(),
            rule: component.to_string(),
            rule_version: self.version,
            label,
            quantity,
            unit_cents,
            amount_cents: i64::from(quantity) * unit_cents,
            km: None,
            band: None,
            note,
        });
    }

    fn host(&self, component: &str) -> Result<&Place, Phrase> {
        self.facts.host.as_ref().ok_or_else(|| {
            let what = if self.facts.role == Role::Visiting { "paired" } else { "host" };
            phrase!("said-funding-blocked-no-host", applicant = &self.facts.applicant, component = component, what = what)
        })
    }

    fn days(&self, component: &str) -> Result<u32, Phrase> {
        self.facts.activity_days.ok_or_else(|| phrase!("said-funding-blocked-no-dates", applicant = &self.facts.applicant, component = component))
    }

    /// The day or night rate for the destination, with why it applies.
    fn rate(&self, component: &str, base: i64, groups: &[CountryRate]) -> Result<(i64, RateWhy), Phrase> {
        if groups.is_empty() {
            return Ok((base, RateWhy::Single));
        }
        let host = self.host(component)?;
        Ok(match group_rate(groups, &host.country) {
            Some(g) => (g.rate_cents, RateWhy::Group { group: g.group.clone(), country: host.country.clone() }),
            None => (base, RateWhy::Base { country: host.country.clone() }),
        })
    }
}

/// Why a day or night rate applies: the only one, a country group's, or the base rate of a
/// country in no group (`said-funding-note-rate`).
enum RateWhy {
    Single,
    Group { group: String, country: String },
    Base { country: String },
}

impl RateWhy {
    /// `said` with the arguments of `said-funding-note-rate`.
    fn args(&self, said: Said) -> Said {
        match self {
            RateWhy::Single => said.with("rate", "none"),
            RateWhy::Group { group, country } => said.with("rate", "group").with("group", group).with("country", country),
            RateWhy::Base { country } => said.with("rate", "base").with("country", country),
        }
    }
}

fn yes(flag: bool) -> &'static str {
    if flag {
        "yes"
    } else {
        "no"
    }
}

fn coordinates(place: &Place) -> Result<(f64, f64), Phrase> {
    place.coordinates.ok_or_else(|| phrase!("said-funding-blocked-no-coordinates", hub = &place.hub, city = &place.city))
}

/// The lines of one grant under a rule set, or why it cannot be computed (a missing host,
/// coordinates or dates), in words naming what to fix.
pub fn compute(rules: &RuleSetBody, version: u32, facts: &GrantFacts) -> Result<Vec<GrantLine>, Phrase> {
    lines_of(rules, version, facts, true)
}

/// What one grant comes to under a rule set, or why it cannot be computed: [`compute`]
/// without the words of its lines.
pub fn compute_total(rules: &RuleSetBody, version: u32, facts: &GrantFacts) -> Result<i64, Phrase> {
    lines_of(rules, version, facts, false).map(|lines| total(&lines))
}

fn lines_of(rules: &RuleSetBody, version: u32, facts: &GrantFacts, explain: bool) -> Result<Vec<GrantLine>, Phrase> {
    if facts.visit_undated && rules.undated_visits == crate::funding::rules::UndatedVisits::Blocked {
        return Err(phrase!("said-funding-blocked-visit-undated", applicant = &facts.applicant));
    }
    let mut b = Builder { version, facts, lines: Vec::new(), explain };
    let applies: Vec<_> = rules.components.iter().filter(|c| c.roles.contains(&facts.role)).collect();
    let per_traveller = |r: &Rule| matches!(r, Rule::DistanceBand { .. } | Rule::CappedTravel { .. } | Rule::Subsistence { .. } | Rule::Accommodation { .. } | Rule::GreenTopUp { .. });
    let green = facts.travel_mode == TravelMode::Green;
    for t in 1..=facts.travellers {
        let traveller = (facts.travellers > 1).then_some(t);
        for c in applies.iter().filter(|c| per_traveller(&c.rule)) {
            let name = c.label.as_str();
            match &c.rule {
                Rule::DistanceBand { bands } => {
                    let host = b.host(name)?.clone();
                    let (lat1, lon1) = coordinates(&facts.origin)?;
                    let (lat2, lon2) = coordinates(&host)?;
                    let km = band_km(lat1, lon1, lat2, lon2);
                    // The route's words (`said-funding-note-route`), which every note of the line starts with.
                    let route = |id: &str| Said::new(id).with("from", &facts.origin.city).with("to", &host.city).with("km", km_text(km));
                    let expensive = applies.iter().find_map(|e| match e.rule {
                        Rule::ExpensiveTravel { below_percent, share_percent } => Some((below_percent, share_percent)),
                        _ => None,
                    });
                    let (unit, band, note) = match band_for(bands, km) {
                        Some(band) => {
                            let amount = band_amount(band, facts.travel_mode);
                            let mode = match (green, band.green_cents.is_some()) {
                                (true, true) => "green",
                                (true, false) => "no-green",
                                _ => "standard",
                            };
                            match (expensive, facts.travel_cost_cents) {
                                // The band covers less than the threshold of the real cost:
                                // a share of the real cost instead (integer cents, half up).
                                (Some((below, share)), Some(cost)) if cost > 0 && i128::from(amount) * 100 < i128::from(cost) * i128::from(below) => {
                                    let paid = ((i128::from(cost) * i128::from(share) + 50) / 100) as i64;
                                    (
                                        paid,
                                        Some(band_text(band)),
                                        route("said-funding-note-band-expensive").with("band_amount", amount).with("below", below).with("cost", cost).with("share", share),
                                    )
                                }
                                _ => (amount, Some(band_text(band)), route("said-funding-note-band").with("mode", mode)),
                            }
                        }
                        None => {
                            let lowest = bands.iter().map(|b| b.from_km).min().unwrap_or(0);
                            let why = route("said-funding-note-band-none");
                            let why = if km < lowest { why.with("why", "below").with("lowest", km_text(lowest)) } else { why.with("why", "none") };
                            (0, None, why)
                        }
                    };
                    b.push(traveller, &c.rule, name, Phrase::from(c.label.as_str()), 1, unit, note);
                    if let Some(line) = b.lines.last_mut() {
                        line.km = Some(km);
                        line.band = band;
                    }
                }
                Rule::CappedTravel { cap_cents } => {
                    let (unit, note) = match facts.travel_cost_cents {
                        Some(cost) if cost > *cap_cents => (*cap_cents, said!("said-funding-note-travel-capped", cost = cost, cap = *cap_cents)),
                        Some(cost) => (cost, said!("said-funding-note-travel-declared", cap = *cap_cents)),
                        None => (*cap_cents, said!("said-funding-note-travel-reserved", cap = *cap_cents)),
                    };
                    b.push(traveller, &c.rule, name, Phrase::from(c.label.as_str()), 1, unit, note);
                }
                Rule::Subsistence { rate_cents, groups, max_days, travel_days, green_travel_days, reduced_after_day, reduced_percent } => {
                    let activity = b.days(name)?;
                    let (rate, rate_why) = b.rate(name, *rate_cents, groups)?;
                    let funded_activity = max_days.map_or(activity, |m| activity.min(m));
                    let travel = if green { *green_travel_days } else { *travel_days };
                    let days = funded_activity + travel;
                    let capped = max_days.filter(|m| activity > *m);
                    let basis = said!(
                        "said-funding-note-subsistence",
                        capped = yes(capped.is_some()),
                        activity = if capped.is_some() { activity } else { funded_activity },
                        most = capped.unwrap_or(0),
                        travel = yes(travel > 0),
                        travel_days = travel,
                        green = yes(green),
                    );
                    let basis = rate_why.args(basis);
                    match reduced_after_day {
                        Some(after) if days > *after && *reduced_percent < 100 => {
                            let first = b.words(said!("said-funding-line-days", label = &c.label, from = 1, to = *after));
                            b.push(traveller, &c.rule, name, first, *after, rate, basis);
                            let reduced = percent_of(rate, *reduced_percent);
                            let note = said!("said-funding-note-reduced", day = after + 1, percent = *reduced_percent, rate = rate);
                            let rest = b.words(said!("said-funding-line-days", label = &c.label, from = after + 1, to = days));
                            b.push(traveller, &c.rule, name, rest, days - after, reduced, note);
                        }
                        _ => b.push(traveller, &c.rule, name, Phrase::from(c.label.as_str()), days, rate, basis),
                    }
                }
                Rule::Accommodation { rate_cents, groups, max_nights } => {
                    let activity = b.days(name)?;
                    let (rate, rate_why) = b.rate(name, *rate_cents, groups)?;
                    let nights = activity.saturating_sub(1);
                    let funded = max_nights.map_or(nights, |m| nights.min(m));
                    let note = match max_nights {
                        Some(m) if nights > *m => said!("said-funding-note-nights-capped", nights = nights, most = *m),
                        _ => said!("said-funding-note-nights", nights = funded, days = activity),
                    };
                    let note = rate_why.args(note);
                    b.push(traveller, &c.rule, name, Phrase::from(c.label.as_str()), funded, rate, note);
                }
                Rule::GreenTopUp { amount_cents } if green => {
                    b.push(traveller, &c.rule, name, Phrase::from(c.label.as_str()), 1, *amount_cents, said!("said-funding-note-green"));
                }
                _ => {}
            }
        }
    }
    for c in applies.iter().filter(|c| !per_traveller(&c.rule)) {
        let name = c.label.as_str();
        match &c.rule {
            Rule::LumpSum { amount_cents } => b.push(None, &c.rule, name, Phrase::from(c.label.as_str()), 1, *amount_cents, said!("said-funding-note-lump-sum")),
            Rule::InclusionTopUp { cap_cents } => match facts.inclusion_cents {
                Some(cost) if cost > 0 => {
                    let (unit, note) = if cost > *cap_cents {
                        (*cap_cents, said!("said-funding-note-inclusion-capped", cost = cost, cap = *cap_cents))
                    } else {
                        (cost, said!("said-funding-note-inclusion", cap = *cap_cents))
                    };
                    b.push(None, &c.rule, name, Phrase::from(c.label.as_str()), 1, unit, note);
                }
                _ => {}
            },
            Rule::VisaTopUp { amount_cents } if facts.visa_travellers > 0 => {
                let n = facts.visa_travellers.min(facts.travellers.max(1));
                b.push(None, &c.rule, name, Phrase::from(c.label.as_str()), n, *amount_cents, said!("said-funding-note-visas", count = n));
            }
            _ => {}
        }
    }
    if let Some(c) = applies.iter().find(|c| matches!(c.rule, Rule::GrantCap { .. })) {
        if let Rule::GrantCap { cap_cents } = c.rule {
            let subtotal: i64 = b.lines.iter().map(|l| l.amount_cents).sum();
            let reduction = (subtotal - cap_cents).max(0);
            let note = b.words(if reduction > 0 {
                said!("said-funding-note-cap-reduced", subtotal = subtotal, cap = cap_cents)
            } else {
                said!("said-funding-note-cap-within", subtotal = subtotal, cap = cap_cents)
            });
            b.lines.push(GrantLine {
                traveller: None,
                kind: c.rule.kind().to_string(),
                rule: c.label.clone(),
                rule_version: version,
                label: Phrase::from(c.label.as_str()),
                quantity: 1,
                unit_cents: -reduction,
                amount_cents: -reduction,
                km: None,
                band: None,
                note,
            });
        }
    }
    Ok(b.lines)
}

/// The total of a grant's lines.
pub fn total(lines: &[GrantLine]) -> i64 {
    lines.iter().map(|l| l.amount_cents).sum()
}
