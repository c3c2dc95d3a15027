//! The grant engine as a pure function: each rule component table by table, the programmes'
//! reference cases, every Erasmus+ band boundary, green against standard travel, and the
//! properties every grant keeps (the total is the sum of its lines, nothing negative but the
//! cap's reduction, caps hold).

use mobility_desk_core::intake::applications::{Role, TravelMode};
use mobility_desk_core::funding::distance::{erasmus_2024_bands, EARTH_RADIUS_KM};
use mobility_desk_core::funding::grants::{compute, total, GrantFacts, GrantLine, Place};
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::funding::rules::{default_rules, erasmus_2024_groups, Component, Rule, RuleSetBody};
use proptest::prelude::*;

fn place(hub: &str, city: &str, country: &str, lat: f64, lon: f64) -> Place {
    Place { hub: hub.into(), city: city.into(), country: country.into(), coordinates: Some((lat, lon)) }
}

/// A hub `km_and_a_half` km north of (45°N, 10°E) along the meridian: the one-way distance is
/// `km + 0.5`, so it is floored to exactly `km`.
fn host_at(km: u32) -> Place {
    let degrees = (f64::from(km) + 0.5) / (EARTH_RADIUS_KM * std::f64::consts::PI / 180.0);
    place("Host", "North", "AT", 45.0 + degrees, 10.0)
}

fn facts(role: Role) -> GrantFacts {
    GrantFacts {
        applicant: "Kultura Hub".into(),
        role,
        travellers: 1,
        travel_mode: TravelMode::Standard,
        activity_days: Some(5),
        origin: place("Kultura Hub", "Verona", "IT", 45.0, 10.0),
        host: Some(place("Open Works", "Vienna", "AT", 48.2085, 16.3721)),
        travel_cost_cents: None,
        inclusion_cents: None,
        visa_travellers: 0,
        visit_undated: false,
    }
}

fn one(label: &str, role: Role, rule: Rule) -> RuleSetBody {
    RuleSetBody { components: vec![Component { label: label.into(), roles: vec![role], rule }], ..Default::default() }
}

/// A line as (label, quantity, unit, amount).
type Row = (String, u32, i64, i64);

/// (travellers, activity days, declared travel cost) → lines and total.
type Case = (u32, u32, Option<i64>, Vec<Row>, i64);

fn amounts(lines: &[GrantLine]) -> Vec<Row> {
    lines.iter().map(|l| (l.label.text.clone(), l.quantity, l.unit_cents, l.amount_cents)).collect()
}

fn row(label: &str, quantity: u32, unit: i64) -> Row {
    (label.to_string(), quantity, unit, i64::from(quantity) * unit)
}

#[test]
fn p2p_visiting_hub_gets_travel_and_five_days_up_to_the_cap() {
    let rules = default_rules(Shape::P2p);
    let cases: Vec<Case> = vec![
        // Nothing declared: the €350 cap is reserved; 5 days × €165; the cap is not reached.
        (1, 5, None, vec![row("Travel", 1, 35_000), row("Subsistence", 5, 16_500), row("Cap per visiting hub", 1, 0)], 117_500),
        // A 4-day exchange with a €120 ticket.
        (1, 4, Some(12_000), vec![row("Travel", 1, 12_000), row("Subsistence", 4, 16_500), row("Cap per visiting hub", 1, 0)], 78_000),
        // Three weeks of availability: at most 5 days are funded; a €420 ticket is capped.
        (1, 21, Some(42_000), vec![row("Travel", 1, 35_000), row("Subsistence", 5, 16_500), row("Cap per visiting hub", 1, 0)], 117_500),
        // Two participants: €2,350 of lines, capped at €1,175 a visiting hub.
        (
            2,
            5,
            None,
            vec![
                row("Travel", 1, 35_000),
                row("Subsistence", 5, 16_500),
                row("Travel", 1, 35_000),
                row("Subsistence", 5, 16_500),
                ("Cap per visiting hub".into(), 1, -117_500, -117_500),
            ],
            117_500,
        ),
    ];
    for (travellers, days, cost, expected, expected_total) in cases {
        let f = GrantFacts { travellers, activity_days: Some(days), travel_cost_cents: cost, ..facts(Role::Visiting) };
        let lines = compute(&rules, 3, &f).unwrap();
        assert_eq!(amounts(&lines), expected, "{travellers} traveller(s), {days} days, {cost:?}");
        assert_eq!(total(&lines), expected_total);
        assert!(lines.iter().all(|l| l.rule_version == 3));
        let travellers_named: Vec<Option<u32>> = lines.iter().map(|l| l.traveller).collect();
        if travellers == 2 {
            assert_eq!(travellers_named, vec![Some(1), Some(1), Some(2), Some(2), None]);
        }
    }
    let capped = compute(&rules, 1, &GrantFacts { travellers: 2, ..facts(Role::Visiting) }).unwrap();
    assert_eq!(capped.last().unwrap().note, "the lines add up to €2,350.00; the grant is at most €1,175.00");
}

#[test]
fn p2p_hosting_hub_gets_the_lump_sum_only() {
    let lines = compute(&default_rules(Shape::P2p), 1, &GrantFacts { host: None, activity_days: None, ..facts(Role::Hosting) }).unwrap();
    assert_eq!(amounts(&lines), vec![row("Final event", 1, 50_000)]);
    assert_eq!(lines[0].rule, "Final event");
}

#[test]
fn workshops_grant_is_a_lump_sum() {
    let lines = compute(&default_rules(Shape::Workshops), 1, &GrantFacts { host: None, ..facts(Role::Proposer) }).unwrap();
    assert_eq!(total(&lines), 1_000_000);
}

#[test]
fn a_three_month_staff_exchange_pays_days_after_the_fourteenth_at_seventy_percent() {
    let rules = default_rules(Shape::StaffExchange);
    // 90 days in Vienna from (45° N, 10° E), about 600 km: the 500–1,999 km band, standard travel;
    // 90 + 2 travel days = 92 days; 14 × €165 and 78 × €115.50 (70 %).
    let f = GrantFacts { activity_days: Some(90), role: Role::Visitor, ..facts(Role::Visitor) };
    let lines = compute(&rules, 1, &f).unwrap();
    assert_eq!(
        amounts(&lines),
        vec![row("Travel", 1, 30_900), row("Individual support, days 1–14", 14, 16_500), row("Individual support, days 15–92", 78, 11_550)]
    );
    assert_eq!(lines[0].band.as_deref(), Some("500–1,999 km"));
    assert!((580..=620).contains(&lines[0].km.unwrap()), "{:?}", lines[0].km);
    assert_eq!(total(&lines), 30_900 + 231_000 + 900_900);
    // By the host's country group: Vienna is in group 1.
    let mut grouped = rules.clone();
    if let Rule::Subsistence { groups, .. } = &mut grouped.components[1].rule {
        *groups = erasmus_2024_groups([18_000, 16_000, 14_000]);
    }
    let lines = compute(&grouped, 2, &f).unwrap();
    assert_eq!(amounts(&lines)[1..], [row("Individual support, days 1–14", 14, 18_000), row("Individual support, days 15–92", 78, 12_600)]);
    assert!(lines[1].note.contains("Group 1 rate for AT"), "{}", lines[1].note);
    // A destination in no group gets the base rate, and says so.
    let elsewhere = GrantFacts { host: Some(place("Hafen", "Geneva", "CH", 46.2, 6.15)), ..f.clone() };
    let lines = compute(&grouped, 2, &elsewhere).unwrap();
    assert_eq!(lines[1].unit_cents, 16_500);
    assert!(lines[1].note.contains("CH is in no country group"), "{}", lines[1].note);
    // A short exchange stays at the full rate: 7 + 2 days.
    let short = compute(&rules, 1, &GrantFacts { activity_days: Some(7), ..f }).unwrap();
    assert_eq!(amounts(&short)[1..], [row("Individual support", 9, 16_500)]);
}

#[test]
fn a_five_night_hubs_alliance_visit() {
    let rules = default_rules(Shape::HubsAlliance);
    // 6 days, 5 nights: €350 + 5 × €165 = €1,175, exactly the cap.
    let lines = compute(&rules, 1, &GrantFacts { activity_days: Some(6), ..facts(Role::Visitor) }).unwrap();
    assert_eq!(amounts(&lines), vec![row("Travel", 1, 35_000), row("Accommodation", 5, 16_500), row("Cap per person", 1, 0)]);
    assert_eq!(total(&lines), 117_500);
    // Nine days: still 5 nights; a €90 bus.
    let lines = compute(&rules, 1, &GrantFacts { activity_days: Some(9), travel_cost_cents: Some(9_000), ..facts(Role::Visitor) }).unwrap();
    assert_eq!(amounts(&lines)[..2], [row("Travel", 1, 9_000), row("Accommodation", 5, 16_500)]);
    assert_eq!(lines[1].note, "8 nights, at most 5 funded");
    // A day visit: no night.
    let lines = compute(&rules, 1, &GrantFacts { activity_days: Some(1), ..facts(Role::Visitor) }).unwrap();
    assert_eq!(amounts(&lines)[1], row("Accommodation", 0, 16_500));
}

#[test]
fn every_erasmus_band_boundary() {
    let rules = one("Travel", Role::Visitor, Rule::DistanceBand { bands: erasmus_2024_bands() });
    // (one-way km, standard €, green €)
    let cases: [(u32, i64, i64); 15] = [
        (9, 0, 0),
        (10, 28, 56),
        (99, 28, 56),
        (100, 211, 285),
        (499, 211, 285),
        (500, 309, 417),
        (1_999, 309, 417),
        (2_000, 395, 535),
        (2_999, 395, 535),
        (3_000, 580, 785),
        (3_999, 580, 785),
        (4_000, 1_188, 1_188),
        (7_999, 1_188, 1_188),
        (8_000, 1_735, 1_735),
        (12_000, 1_735, 1_735),
    ];
    for (km, standard, green) in cases {
        for (mode, euros) in [(TravelMode::Standard, standard), (TravelMode::Green, green)] {
            let f = GrantFacts { host: Some(host_at(km)), travel_mode: mode, ..facts(Role::Visitor) };
            let lines = compute(&rules, 1, &f).unwrap();
            assert_eq!(lines.len(), 1);
            assert_eq!(lines[0].km, Some(km), "{km} km");
            assert_eq!(lines[0].amount_cents, euros * 100, "{km} km, {mode:?}");
        }
    }
    let below = compute(&rules, 1, &GrantFacts { host: Some(host_at(5)), ..facts(Role::Visitor) }).unwrap();
    assert_eq!((below[0].amount_cents, below[0].band.as_deref()), (0, None));
    assert_eq!(below[0].note, "Verona → North, 5 km one way: below the lowest band (10 km), so no travel grant");
    let far = compute(&rules, 1, &GrantFacts { host: Some(host_at(4_500)), travel_mode: TravelMode::Green, ..facts(Role::Visitor) }).unwrap();
    assert!(far[0].note.contains("no green rate in this band: standard rate"), "{}", far[0].note);
    assert_eq!(far[0].band.as_deref(), Some("4,000–7,999 km"));
}

#[test]
fn green_travel_funds_more_travel_days_and_the_green_rate() {
    let rules = default_rules(Shape::StaffExchange);
    let base = GrantFacts { activity_days: Some(10), host: Some(host_at(800)), ..facts(Role::Visitor) };
    let standard = compute(&rules, 1, &base).unwrap();
    let green = compute(&rules, 1, &GrantFacts { travel_mode: TravelMode::Green, ..base }).unwrap();
    assert_eq!(amounts(&standard), vec![row("Travel", 1, 30_900), row("Individual support", 12, 16_500)]);
    assert_eq!(
        amounts(&green),
        vec![row("Travel", 1, 41_700), row("Individual support, days 1–14", 14, 16_500), row("Individual support, days 15–16", 2, 11_550)]
    );
    assert!(green[1].note.contains("+ 6 travel day(s) (green travel)"), "{}", green[1].note);
}

#[test]
fn top_ups_for_green_travel_inclusion_and_visas() {
    let rules = RuleSetBody {
        components: vec![
            Component { label: "Green travel".into(), roles: vec![Role::Visitor], rule: Rule::GreenTopUp { amount_cents: 40_000 } },
            Component { label: "Accessibility".into(), roles: vec![Role::Visitor], rule: Rule::InclusionTopUp { cap_cents: 100_000 } },
            Component { label: "Visa".into(), roles: vec![Role::Visitor], rule: Rule::VisaTopUp { amount_cents: 12_000 } },
        ],
        ..Default::default()
    };
    let none = compute(&rules, 1, &facts(Role::Visitor)).unwrap();
    assert!(none.is_empty(), "standard travel, no declared costs, no visa: no top-up");
    let f = GrantFacts { travellers: 2, travel_mode: TravelMode::Green, inclusion_cents: Some(150_000), visa_travellers: 1, ..facts(Role::Visitor) };
    let lines = compute(&rules, 1, &f).unwrap();
    assert_eq!(amounts(&lines), vec![row("Green travel", 1, 40_000), row("Green travel", 1, 40_000), row("Accessibility", 1, 100_000), row("Visa", 1, 12_000)]);
    assert_eq!(lines[2].note, "real costs of €1,500.00, capped at €1,000.00");
}

#[test]
fn missing_hosts_coordinates_and_dates_block_the_grant_with_a_message_naming_them() {
    let staff = default_rules(Shape::StaffExchange);
    let no_coordinates = GrantFacts { host: Some(Place { coordinates: None, ..place("Open Works", "Vienna", "AT", 0.0, 0.0) }), ..facts(Role::Visitor) };
    assert_eq!(
        compute(&staff, 1, &no_coordinates).unwrap_err(),
        "Open Works (Vienna) has no coordinates, so the travel distance cannot be computed: add them in Hubs."
    );
    let home_without = GrantFacts { origin: Place { coordinates: None, ..place("Kultura Hub", "Verona", "IT", 0.0, 0.0) }, ..facts(Role::Visitor) };
    assert!(compute(&staff, 1, &home_without).unwrap_err().starts_with("Kultura Hub (Verona) has no coordinates"));
    let no_host = GrantFacts { host: None, ..facts(Role::Visitor) };
    assert_eq!(
        compute(&staff, 1, &no_host).unwrap_err(),
        "Kultura Hub has no host yet, and 'Travel' depends on where it goes: give it a host hub first."
    );
    let no_dates = GrantFacts { activity_days: None, ..facts(Role::Visiting) };
    assert!(compute(&default_rules(Shape::P2p), 1, &no_dates).unwrap_err().contains("has no activity dates, and 'Subsistence' is paid by the day"));
    // Capped travel needs no host: a P2P visiting hub's grant is known before pairing.
    assert!(compute(&default_rules(Shape::P2p), 1, &GrantFacts { host: None, ..facts(Role::Visiting) }).is_ok());
}

fn arb_rule() -> impl Strategy<Value = Rule> {
    let cents = 0i64..500_000;
    prop_oneof![
        Just(Rule::DistanceBand { bands: erasmus_2024_bands() }),
        cents.clone().prop_map(|cap_cents| Rule::CappedTravel { cap_cents }),
        (cents.clone(), proptest::option::of(1u32..30), 0u32..3, 0u32..7, proptest::option::of(1u32..20), 0u32..=100).prop_map(
            |(rate_cents, max_days, travel_days, extra, reduced_after_day, reduced_percent)| Rule::Subsistence {
                rate_cents,
                groups: erasmus_2024_groups([rate_cents / 2, rate_cents / 3, rate_cents / 4]),
                max_days,
                travel_days,
                green_travel_days: travel_days + extra,
                reduced_after_day,
                reduced_percent,
            }
        ),
        (cents.clone(), proptest::option::of(1u32..10)).prop_map(|(rate_cents, max_nights)| Rule::Accommodation { rate_cents, groups: vec![], max_nights }),
        cents.clone().prop_map(|amount_cents| Rule::LumpSum { amount_cents }),
        cents.clone().prop_map(|amount_cents| Rule::GreenTopUp { amount_cents }),
        cents.clone().prop_map(|cap_cents| Rule::InclusionTopUp { cap_cents }),
        cents.prop_map(|amount_cents| Rule::VisaTopUp { amount_cents }),
    ]
}

proptest! {
    #[test]
    fn totals_are_the_sum_of_lines_never_negative_and_caps_hold(
        rules in proptest::collection::vec(arb_rule(), 0..6),
        cap in proptest::option::of(0i64..300_000),
        travellers in 0u32..4,
        days in 1u32..120,
        green in any::<bool>(),
        km in 0u32..9_000,
        cost in proptest::option::of(0i64..200_000),
        inclusion in proptest::option::of(0i64..200_000),
        visas in 0u32..3,
    ) {
        let mut components: Vec<Component> = rules.into_iter().enumerate()
            .map(|(i, rule)| Component { label: format!("C{i}"), roles: vec![Role::Visitor], rule })
            .collect();
        if let Some(cap_cents) = cap {
            components.push(Component { label: "Cap".into(), roles: vec![Role::Visitor], rule: Rule::GrantCap { cap_cents } });
        }
        let body = RuleSetBody { components, ..Default::default() };
        let f = GrantFacts {
            travellers,
            activity_days: Some(days),
            travel_mode: if green { TravelMode::Green } else { TravelMode::Standard },
            host: Some(host_at(km)),
            travel_cost_cents: cost,
            inclusion_cents: inclusion,
            visa_travellers: visas,
            ..facts(Role::Visitor)
        };
        let lines = compute(&body, 1, &f).unwrap();
        let sum: i64 = lines.iter().map(|l| l.amount_cents).sum();
        prop_assert_eq!(total(&lines), sum);
        prop_assert!(total(&lines) >= 0);
        for l in &lines {
            if l.kind == "grant_cap" {
                prop_assert!(l.amount_cents <= 0);
            } else {
                prop_assert!(l.amount_cents >= 0, "{:?}", l);
                prop_assert_eq!(l.amount_cents, i64::from(l.quantity) * l.unit_cents);
            }
        }
        if let Some(cap_cents) = cap {
            prop_assert!(total(&lines) <= cap_cents);
            prop_assert_eq!(lines.last().map(|l| l.kind.as_str()), Some("grant_cap"));
        }
    }
}

/// Erasmus+ "expensive travel": where the band covers less than 70 % of the real cost, 80 % of
/// that cost is paid instead of the band, never both; at exactly 70 % the band stays.
#[test]
fn expensive_travel_replaces_the_band_below_seventy_percent_of_the_real_cost() {
    use mobility_desk_core::funding::distance::DistanceBand;
    let rules = RuleSetBody {
        components: vec![
            Component {
                label: "Travel".into(),
                roles: vec![Role::Visitor],
                rule: Rule::DistanceBand { bands: vec![DistanceBand { from_km: 0, to_km: None, standard_cents: 28_000, green_cents: None }] },
            },
            Component { label: "Expensive travel".into(), roles: vec![Role::Visitor], rule: Rule::ExpensiveTravel { below_percent: 70, share_percent: 80 } },
        ],
        ..Default::default()
    };
    assert_eq!(mobility_desk_core::funding::rules::check_rules(&rules, Shape::StaffExchange), vec![]);
    let with_cost = |cents: Option<i64>| compute(&rules, 1, &GrantFacts { travel_cost_cents: cents, ..facts(Role::Visitor) }).unwrap();
    // €280 is exactly 70 % of €400: the band.
    assert_eq!(amounts(&with_cost(Some(40_000))), vec![row("Travel", 1, 28_000)]);
    // A cent more and the band covers less than 70 %: 80 % of €400.01, to the cent.
    let lines = with_cost(Some(40_001));
    assert_eq!(amounts(&lines), vec![row("Travel", 1, 32_001)]);
    assert!(lines[0].note.contains("covers less than 70 % of the real cost of €400.01, so 80 % of that cost"), "{}", lines[0].note);
    // No cost declared: the band.
    assert_eq!(amounts(&with_cost(None)), vec![row("Travel", 1, 28_000)]);
    // Without a distance band for the same applicants, the component is refused.
    let alone = RuleSetBody { components: vec![rules.components[1].clone()], ..Default::default() };
    let errors = mobility_desk_core::funding::rules::check_rules(&alone, Shape::StaffExchange);
    assert_eq!(errors[0].field, "components.0.roles");
    let bad = RuleSetBody {
        components: vec![rules.components[0].clone(), Component { rule: Rule::ExpensiveTravel { below_percent: 0, share_percent: 120 }, ..rules.components[1].clone() }],
        ..Default::default()
    };
    let fields: Vec<String> = mobility_desk_core::funding::rules::check_rules(&bad, Shape::StaffExchange).into_iter().map(|e| e.field).collect();
    assert_eq!(fields, ["components.1.below_percent", "components.1.share_percent"]);
}
