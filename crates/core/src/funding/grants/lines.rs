//! The pure computation of a grant: an application's facts and the rule set's components give
//! lines of quantity × rate = amount, or the reason they cannot be computed. No database.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::intake::applications::{Role, TravelMode};
use crate::funding::distance::{band_amount, band_for, band_km, DistanceBand};
use crate::platform::error::Result;
use crate::platform::money::format_euros;
use crate::funding::rules::{CountryRate, Rule, RuleSetBody};

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
    /// What the line is, as printed.
    pub label: String,
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
    pub note: String,
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
}

impl Builder<'_> {
    #[allow(clippy::too_many_arguments)]
    fn push(&mut self, traveller: Option<u32>, rule: &Rule, component: &str, label: String, quantity: u32, unit_cents: i64, note: String) {
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

    fn host(&self, component: &str) -> Result<&Place, String> {
        self.facts.host.as_ref().ok_or_else(|| {
            let what = if self.facts.role == Role::Visiting { "a hosting hub paired with it" } else { "a host hub" };
            format!("{} has no host yet, and '{component}' depends on where it goes: give it {what} first.", self.facts.applicant)
        })
    }

    fn days(&self, component: &str) -> Result<u32, String> {
        self.facts.activity_days.ok_or_else(|| {
            format!("{} has no activity dates, and '{component}' is paid by the day: enter the first and last day in the application.", self.facts.applicant)
        })
    }

    /// The day or night rate for the destination, with the words that explain it.
    fn rate(&self, component: &str, base: i64, groups: &[CountryRate]) -> Result<(i64, String), String> {
        if groups.is_empty() {
            return Ok((base, String::new()));
        }
        let host = self.host(component)?;
        Ok(match group_rate(groups, &host.country) {
            Some(g) => (g.rate_cents, format!("{} rate for {}", g.group, host.country)),
            None => (base, format!("{} is in no country group: the base rate applies", host.country)),
        })
    }
}

fn coordinates(place: &Place) -> Result<(f64, f64), String> {
    place.coordinates.ok_or_else(|| format!("{} ({}) has no coordinates, so the travel distance cannot be computed: add them in Hubs.", place.hub, place.city))
}

/// The lines of one grant under a rule set, or why it cannot be computed (a missing host,
/// coordinates or dates), in words naming what to fix.
pub fn compute(rules: &RuleSetBody, version: u32, facts: &GrantFacts) -> Result<Vec<GrantLine>, String> {
    if facts.visit_undated && rules.undated_visits == crate::funding::rules::UndatedVisits::Blocked {
        return Err(format!(
            "The dates of {}'s visit are not agreed yet: set them on its pair (Applications → Pairing → Visit dates…). The cycle's rules block undated visits.",
            facts.applicant
        ));
    }
    let mut b = Builder { version, facts, lines: Vec::new() };
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
                    let route = format!("{} → {}, {} km one way", facts.origin.city, host.city, km_text(km));
                    let expensive = applies.iter().find_map(|e| match e.rule {
                        Rule::ExpensiveTravel { below_percent, share_percent } => Some((below_percent, share_percent)),
                        _ => None,
                    });
                    let (unit, band, note) = match band_for(bands, km) {
                        Some(band) => {
                            let amount = band_amount(band, facts.travel_mode);
                            let mode = match (green, band.green_cents.is_some()) {
                                (true, true) => "green rate",
                                (true, false) => "no green rate in this band: standard rate",
                                _ => "standard rate",
                            };
                            match (expensive, facts.travel_cost_cents) {
                                // The band covers less than the threshold of the real cost:
                                // a share of the real cost instead (integer cents, half up).
                                (Some((below, share)), Some(cost)) if cost > 0 && i128::from(amount) * 100 < i128::from(cost) * i128::from(below) => {
                                    let paid = ((i128::from(cost) * i128::from(share) + 50) / 100) as i64;
                                    (
                                        paid,
                                        Some(band_text(band)),
                                        format!(
                                            "{route}; expensive travel: the band's {} covers less than {below} % of the real cost of {}, so {share} % of that cost",
                                            format_euros(amount),
                                            format_euros(cost)
                                        ),
                                    )
                                }
                                _ => (amount, Some(band_text(band)), format!("{route}; {mode}; return trip")),
                            }
                        }
                        None => {
                            let lowest = bands.iter().map(|b| b.from_km).min().unwrap_or(0);
                            let why = if km < lowest { format!("below the lowest band ({} km)", km_text(lowest)) } else { "in no band".to_string() };
                            (0, None, format!("{route}: {why}, so no travel grant"))
                        }
                    };
                    b.push(traveller, &c.rule, name, c.label.clone(), 1, unit, note);
                    if let Some(line) = b.lines.last_mut() {
                        line.km = Some(km);
                        line.band = band;
                    }
                }
                Rule::CappedTravel { cap_cents } => {
                    let (unit, note) = match facts.travel_cost_cents {
                        Some(cost) if cost > *cap_cents => (*cap_cents, format!("declared {}, capped at {}", format_euros(cost), format_euros(*cap_cents))),
                        Some(cost) => (cost, format!("declared cost (cap {})", format_euros(*cap_cents))),
                        None => (*cap_cents, format!("no cost declared yet: the cap of {} is reserved", format_euros(*cap_cents))),
                    };
                    b.push(traveller, &c.rule, name, c.label.clone(), 1, unit, note);
                }
                Rule::Subsistence { rate_cents, groups, max_days, travel_days, green_travel_days, reduced_after_day, reduced_percent } => {
                    let activity = b.days(name)?;
                    let (rate, rate_note) = b.rate(name, *rate_cents, groups)?;
                    let funded_activity = max_days.map_or(activity, |m| activity.min(m));
                    let travel = if green { *green_travel_days } else { *travel_days };
                    let days = funded_activity + travel;
                    let mut basis = match max_days {
                        Some(m) if activity > *m => format!("{activity} activity days, at most {m} funded"),
                        _ => format!("{funded_activity} activity day(s)"),
                    };
                    if travel > 0 {
                        basis.push_str(&format!(" + {travel} travel day(s){}", if green { " (green travel)" } else { "" }));
                    }
                    if !rate_note.is_empty() {
                        basis.push_str(&format!("; {rate_note}"));
                    }
                    match reduced_after_day {
                        Some(after) if days > *after && *reduced_percent < 100 => {
                            b.push(traveller, &c.rule, name, format!("{}, days 1–{after}", c.label), *after, rate, basis);
                            let reduced = percent_of(rate, *reduced_percent);
                            let note = format!("from day {} at {reduced_percent} % of {}", after + 1, format_euros(rate));
                            b.push(traveller, &c.rule, name, format!("{}, days {}–{days}", c.label, after + 1), days - after, reduced, note);
                        }
                        _ => b.push(traveller, &c.rule, name, c.label.clone(), days, rate, basis),
                    }
                }
                Rule::Accommodation { rate_cents, groups, max_nights } => {
                    let activity = b.days(name)?;
                    let (rate, rate_note) = b.rate(name, *rate_cents, groups)?;
                    let nights = activity.saturating_sub(1);
                    let funded = max_nights.map_or(nights, |m| nights.min(m));
                    let mut note = match max_nights {
                        Some(m) if nights > *m => format!("{nights} nights, at most {m} funded"),
                        _ => format!("{funded} night(s) of a {activity}-day stay"),
                    };
                    if !rate_note.is_empty() {
                        note.push_str(&format!("; {rate_note}"));
                    }
                    b.push(traveller, &c.rule, name, c.label.clone(), funded, rate, note);
                }
                Rule::GreenTopUp { amount_cents } if green => {
                    b.push(traveller, &c.rule, name, c.label.clone(), 1, *amount_cents, "travels green".to_string());
                }
                _ => {}
            }
        }
    }
    for c in applies.iter().filter(|c| !per_traveller(&c.rule)) {
        let name = c.label.as_str();
        match &c.rule {
            Rule::LumpSum { amount_cents } => b.push(None, &c.rule, name, c.label.clone(), 1, *amount_cents, "lump sum".to_string()),
            Rule::InclusionTopUp { cap_cents } => match facts.inclusion_cents {
                Some(cost) if cost > 0 => {
                    let (unit, note) = if cost > *cap_cents {
                        (*cap_cents, format!("real costs of {}, capped at {}", format_euros(cost), format_euros(*cap_cents)))
                    } else {
                        (cost, format!("real costs (cap {})", format_euros(*cap_cents)))
                    };
                    b.push(None, &c.rule, name, c.label.clone(), 1, unit, note);
                }
                _ => {}
            },
            Rule::VisaTopUp { amount_cents } if facts.visa_travellers > 0 => {
                let n = facts.visa_travellers.min(facts.travellers.max(1));
                b.push(None, &c.rule, name, c.label.clone(), n, *amount_cents, format!("{n} traveller(s) need a visa"));
            }
            _ => {}
        }
    }
    if let Some(c) = applies.iter().find(|c| matches!(c.rule, Rule::GrantCap { .. })) {
        if let Rule::GrantCap { cap_cents } = c.rule {
            let subtotal: i64 = b.lines.iter().map(|l| l.amount_cents).sum();
            let reduction = (subtotal - cap_cents).max(0);
            let note = if reduction > 0 {
                format!("the lines add up to {}; the grant is at most {}", format_euros(subtotal), format_euros(cap_cents))
            } else {
                format!("the lines add up to {}, within the cap of {}", format_euros(subtotal), format_euros(cap_cents))
            };
            b.lines.push(GrantLine {
                traveller: None,
                kind: c.rule.kind().to_string(),
                rule: c.label.clone(),
                rule_version: version,
                label: c.label.clone(),
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
