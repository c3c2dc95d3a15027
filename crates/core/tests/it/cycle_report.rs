//! The cycle report on a hand-worked cycle: the demo Hubs Alliance cycle, whose three
//! visitors travel one each —
//!
//! | journey                | one-way km (haversine, R = 6,371) | mode     |
//! |------------------------|-----------------------------------|----------|
//! | Kraków → Košice        | 177.71 → 177                      | green    |
//! | Girona → Guimarães     | 924.39 → 924                      | green    |
//! | Plovdiv → Novi Sad     | 523.88 → 523                      | standard |
//!
//! Traveller-km (there and back, one traveller): 354, 1,848 and 1,046. With the default
//! factors (rail 35.46 g, short-haul flight 125.76 g per passenger-km):
//!
//! - 354 × 35.46 = 12,552.84 g → 12,553 g
//! - 1,848 × 35.46 = 65,530.08 g → 65,530 g
//! - 1,046 × 125.76 = 131,544.96 g → 131,545 g
//!
//! 209,628 g in all; had all three flown: 44,519 + 232,404 + 131,545 = 408,468 g. Two of
//! three travellers green: 66.7 %.

use std::process::Command;

use calamine::{Data, Reader, Xlsx};
use mobility_desk_core::intake::applications::{ApplicationInput, TravelMode};
use mobility_desk_core::cycle_report::{default_factors, EmissionFactor, EmissionFactors};
use mobility_desk_core::cycle::cycles::Phase;
use mobility_desk_core::funding::payments::PaymentInput;
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::{ErrorCode, Store};
use crate::common::{demo, cycle_of};

/// The demo Alliance cycle with Plovdiv's visitor travelling standard, all three awarded, and
/// the first instalment of the first grant paid.
fn alliance(s: &mut Store) -> i64 {
    let cycle = cycle_of(s, Shape::HubsAlliance);
    let plovdiv = s.applications(cycle).unwrap().into_iter().find(|a| a.hub_name == "Ателие Тепе").unwrap();
    let input = ApplicationInput {
        cycle_id: plovdiv.cycle_id,
        hub_id: plovdiv.hub_id,
        role: plovdiv.role,
        person_name: plovdiv.person_name.clone(),
        person_email: plovdiv.person_email.clone(),
        person_role: plovdiv.person_role.clone(),
        partner_hub_id: plovdiv.partner_hub_id,
        format: plovdiv.format,
        starts_on: plovdiv.starts_on.clone(),
        ends_on: plovdiv.ends_on.clone(),
        title: plovdiv.title.clone(),
        summary: plovdiv.summary.clone(),
        travellers: plovdiv.travellers,
        travel_mode: TravelMode::Standard,
        participants: plovdiv.participants,
        budget_request_cents: plovdiv.budget_request_cents,
        needs: plovdiv.needs.clone(),
        submitted_at: Some(plovdiv.submitted_at.clone()),
        external_ref: plovdiv.external_ref.clone(),
    };
    s.update_application(plovdiv.id, &input).unwrap();
    s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
    s.award_grants(cycle, None, true, "tester").unwrap();
    cycle
}

#[test]
fn the_hand_worked_cycle_adds_up() {
    let mut s = demo();
    let cycle = alliance(&mut s);
    let grants = s.grants(cycle).unwrap();
    assert_eq!(grants.len(), 3);
    let first = s.grant_payments(grants[0].id).unwrap();
    s.mark_paid(first.payments[0].id, &PaymentInput { paid_on: None, reference: "T-1".into() }, "tester").unwrap();
    let paid = s.grant_payments(grants[0].id).unwrap().paid_cents;
    assert!(paid > 0);

    let r = s.cycle_report(cycle).unwrap();
    assert_eq!((r.grants, r.drafts_left_out, r.cancelled_left_out), (3, 0, 0));
    let awarded: i64 = grants.iter().map(|g| g.total_cents).sum();
    assert_eq!(r.budget.awarded_cents, awarded);
    assert_eq!(r.budget.paid_cents, paid);
    assert_eq!(r.budget.remaining_cents, r.budget.envelope_cents - awarded);

    // The journeys, by hand.
    let journey = |from: &str| r.trips.iter().find(|t| t.from_city == from).unwrap();
    let expected = [("Kraków", 177, 354, 12_553, TravelMode::Green), ("Girona", 924, 1_848, 65_530, TravelMode::Green), ("Plovdiv", 523, 1_046, 131_545, TravelMode::Standard)];
    for (city, km, pkm, grams, mode) in expected {
        let t = journey(city);
        assert_eq!((t.km, t.traveller_km, t.co2_grams, t.travel_mode), (Some(km), pkm, grams, mode), "{city}");
    }
    assert_eq!(journey("Plovdiv").factor_label.as_deref(), Some("Flight, short-haul, economy class, with radiative forcing"));
    assert_eq!(journey("Kraków").mg_per_pkm, Some(35_460));
    assert_eq!(r.footprint.co2_grams, 209_628);
    assert_eq!(r.footprint.all_standard_grams, 408_468);
    assert_eq!(r.footprint.traveller_km, 3_248);
    let rows: Vec<(TravelMode, u32, i64, i64)> = r.footprint.rows.iter().map(|f| (f.travel_mode, f.trips, f.traveller_km, f.co2_grams)).collect();
    assert_eq!(rows, vec![(TravelMode::Standard, 1, 1_046, 131_545), (TravelMode::Green, 2, 2_202, 78_083)]);
    assert_eq!((r.travellers, r.green_travellers, r.green_permille), (3, 2, Some(667)));
    assert!(r.footprint.default_factors);

    // Countries: the senders get the grants, the hosts receive the travellers.
    let country = |code: &str| r.countries.iter().find(|c| c.country == code).unwrap();
    for code in ["PL", "ES", "BG"] {
        assert_eq!((country(code).grants, country(code).travellers_sent, country(code).travellers_received), (1, 1, 0), "{code}");
    }
    for code in ["SK", "PT", "RS"] {
        assert_eq!((country(code).grants, country(code).awarded_cents, country(code).travellers_received), (0, 0, 1), "{code}");
    }
    assert_eq!(r.countries.iter().map(|c| c.awarded_cents).sum::<i64>(), awarded);

    // The year's programmes: the Alliance line is this cycle's; every 2027 demo cycle is there.
    let alliance = r.programmes.iter().find(|p| p.this_cycle).unwrap();
    assert_eq!((alliance.cycles, alliance.grants, alliance.travellers, alliance.awarded_cents), (1, 3, 3, awarded));
    assert!(r.programmes.len() >= 3, "{:?}", r.programmes);
}

#[test]
fn factors_are_the_cycles_own_once_saved_and_bad_ones_are_refused_at_their_row() {
    let mut s = demo();
    let cycle = alliance(&mut s);
    let mut own = default_factors();
    own.factors[2].mg_per_pkm = 40_000;
    own.factors[2].label = "Rail, European average".into();
    own.source = "A test source, 2026".into();
    let saved = s.save_emission_factors(cycle, &own, "tester").unwrap();
    assert!(!saved.defaults);
    // Kraków: 354 × 40 g = 14,160 g; Girona: 1,848 × 40 = 73,920 g.
    let r = s.cycle_report(cycle).unwrap();
    assert_eq!(r.footprint.co2_grams, 14_160 + 73_920 + 131_545);
    assert_eq!(r.footprint.source, "A test source, 2026");
    assert_eq!(r.trips.iter().find(|t| t.from_city == "Kraków").unwrap().factor_label.as_deref(), Some("Rail, European average"));
    // Another cycle keeps the defaults.
    let p2p = cycle_of(&s, Shape::P2p);
    assert!(s.emission_factors(p2p).unwrap().defaults);

    // A gap between bands, and nothing for green travel.
    let bad = EmissionFactors {
        factors: vec![
            EmissionFactor { travel_mode: TravelMode::Standard, from_km: 0, to_km: Some(999), label: "Short".into(), mg_per_pkm: 1 },
            EmissionFactor { travel_mode: TravelMode::Standard, from_km: 1_200, to_km: None, label: "Long".into(), mg_per_pkm: 1 },
        ],
        source: "x".into(),
        defaults: false,
        version: 0,
    };
    let e = s.save_emission_factors(cycle, &bad, "tester").unwrap_err();
    assert_eq!(e.code, ErrorCode::Validation);
    let fields: Vec<&str> = e.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, vec!["factors.1.from_km", "factors"]);
    assert_eq!(s.cycle_report(cycle).unwrap().footprint.source, "A test source, 2026", "nothing changed");

    s.reset_emission_factors(cycle).unwrap();
    assert_eq!(s.cycle_report(cycle).unwrap().footprint.co2_grams, 209_628);
}

#[test]
fn drafts_and_cancelled_grants_are_left_out() {
    let mut s = demo();
    let cycle = cycle_of(&s, Shape::HubsAlliance);
    let r = s.cycle_report(cycle).unwrap();
    assert_eq!((r.grants, r.drafts_left_out, r.trips.len(), r.budget.awarded_cents), (0, 3, 0, 0));
    assert_eq!(r.green_permille, None);
    s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
    s.award_grants(cycle, None, true, "tester").unwrap();
    let first = s.grants(cycle).unwrap()[0].id;
    s.cancel_grant(first, "The visit was called off.", "tester").unwrap();
    let r = s.cycle_report(cycle).unwrap();
    assert_eq!((r.grants, r.cancelled_left_out, r.trips.len()), (2, 1, 2));
}

fn pdftotext(path: &std::path::Path) -> String {
    let out = Command::new("pdftotext").args(["-layout", path.to_str().unwrap(), "-"]).output().expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_report_is_written_as_pdf_and_xlsx_in_both_languages() {
    let mut s = demo();
    let cycle = alliance(&mut s);
    let dir = tempfile::tempdir().unwrap();
    let (pdf, xlsx) = (dir.path().join("report.pdf"), dir.path().join("report.xlsx"));
    let files = s.write_cycle_report(cycle, Some(&pdf), Some(&xlsx), Some("en")).unwrap();
    assert_eq!(files.language, "en");
    let text = pdftotext(&pdf);
    for needle in ["cycle report", "Per country", "Poland", "Portugal", "66.7%", "Green travel", "Standard travel", "131.5", "210", "Kraków", "Košice", "DESNZ", "National rail", "35.46", "125.76"] {
        assert!(text.contains(needle), "'{needle}' is not in the report:\n{text}");
    }
    assert!(Command::new("qpdf").args(["--check", pdf.to_str().unwrap()]).output().unwrap().status.success());

    let mut book: Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    assert_eq!(book.sheet_names(), vec!["Summary", "Programmes", "Countries", "Journeys", "Emission factors"]);
    let journeys = book.worksheet_range("Journeys").unwrap();
    let plovdiv = journeys.rows().find(|row| matches!(&row[2], Data::String(c) if c == "Plovdiv")).expect("Plovdiv's journey");
    assert_eq!(plovdiv[9], Data::Float(523.0));
    assert_eq!(plovdiv[10], Data::Float(1046.0));
    assert_eq!(plovdiv[13], Data::Float(131.545));
    let summary = book.worksheet_range("Summary").unwrap();
    let co2 = summary.rows().find(|row| matches!(&row[0], Data::String(l) if l.starts_with("Estimated travel footprint"))).unwrap();
    assert_eq!(co2[1], Data::Float(209.628));

    // French, and refusals: a wrong extension, an unknown language, nothing to write.
    let fr = dir.path().join("rapport.pdf");
    s.write_cycle_report(cycle, Some(&fr), None, Some("fr")).unwrap();
    let text = pdftotext(&fr);
    assert!(text.contains("rapport de cycle") && text.contains("66,7") && text.contains("Pologne"), "{text}");
    assert_eq!(s.write_cycle_report(cycle, Some(&dir.path().join("r.docx")), None, None).unwrap_err().code, ErrorCode::BadRequest);
    assert_eq!(s.write_cycle_report(cycle, Some(&pdf), None, Some("de")).unwrap_err().code, ErrorCode::Validation);
    assert_eq!(s.write_cycle_report(cycle, None, None, None).unwrap_err().code, ErrorCode::BadRequest);
}
