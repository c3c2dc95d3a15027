//! Benchmarks of the grant engine at 10,000 grants: the engine alone (rules × facts → lines),
//! and recomputing every draft grant of a cycle in the store (read the facts, compute, write
//! the lines) after a rate change; then, the 10,000 grants awarded, the cycle's payments table
//! and the finance export (CSV and XLSX).
//!
//! Run: `cargo bench -p mobility-desk-core --bench grants` (figures in docs/benchmarks.md).

use criterion::{criterion_group, criterion_main, Criterion};
use mobility_desk_core::intake::applications::{Role, TravelMode};
use mobility_desk_core::cycle::cycles::CycleQuery;
use mobility_desk_core::funding::grants::{compute, GrantFacts, Place};
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::funding::rules::{default_rules, Rule, RuleSetInput};
use mobility_desk_core::Store;

const N: usize = 10_000;

fn facts(i: usize) -> GrantFacts {
    let lat = 36.0 + (i % 25) as f64;
    let lon = -9.0 + (i % 40) as f64;
    GrantFacts {
        applicant: format!("Person {i}"),
        role: Role::Visitor,
        travellers: if i.is_multiple_of(5) { 2 } else { 1 },
        travel_mode: if i.is_multiple_of(3) { TravelMode::Green } else { TravelMode::Standard },
        activity_days: Some(5 + (i % 86) as u32),
        origin: Place { hub: format!("Hub {i}"), city: "Home".into(), country: "PT".into(), coordinates: Some((lat, lon)) },
        host: Some(Place { hub: "Host".into(), city: "Away".into(), country: "FI".into(), coordinates: Some((60.0 - (i % 20) as f64, 25.0)) }),
        travel_cost_cents: None,
        inclusion_cents: None,
        visa_travellers: 0,
        visit_undated: false,
    }
}

fn benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("grants_10k");
    group.sample_size(20);

    let rules = default_rules(Shape::StaffExchange);
    let all: Vec<GrantFacts> = (0..N).map(facts).collect();
    group.bench_function("engine_only", |b| b.iter(|| all.iter().map(|f| compute(&rules, 1, f).unwrap().len()).sum::<usize>()));

    // The store, in a data file as the app keeps it: 10,000 selected Staff Exchange visitors
    // among the demo hubs.
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("bench.sqlite")).unwrap();
    store.load_demo_with(false).unwrap();
    let cycle = store.cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == Shape::StaffExchange).unwrap().id;
    let hubs: Vec<i64> = store.list_hubs(&Default::default()).unwrap().rows.iter().map(|h| h.id).collect();
    store.bench_selected_visitors(cycle, &hubs, N).unwrap();
    let first = store.recompute_drafts(cycle).unwrap();
    assert_eq!(first.computed as usize, N);

    // Each iteration saves the rules with another day rate: a new version, and every one of
    // the 10,000 drafts recomputed with new lines, in one transaction.
    let base = store.rule_set(cycle).unwrap().body;
    let mut rate = 16_500;
    group.bench_function("save_rate_change_and_recompute", |b| {
        b.iter_batched(
            || {
                rate += 1;
                let mut body = base.clone();
                if let Rule::Subsistence { rate_cents, .. } = &mut body.components[1].rule {
                    *rate_cents = rate;
                }
                body
            },
            |body| store.save_rule_set(cycle, &RuleSetInput { body, note: String::new() }, "bench").unwrap(),
            criterion::BatchSize::PerIteration,
        )
    });
    group.bench_function("recompute_drafts_nothing_changed", |b| b.iter(|| store.recompute_drafts(cycle).unwrap()));
    group.finish();

    // The same 10,000 grants awarded (70/30 instalments each): the cycle's payments table and
    // the finance export. Awarding is timed once, as staff do it once.
    // Grants are awarded in Awarded; the bench's visitors were written without a placement, so
    // the cycle is put there directly rather than walked through Matching.
    store.force_phase_for_tests(cycle, mobility_desk_core::cycle::cycles::Phase::Awarded).unwrap();
    let started = std::time::Instant::now();
    let awarded = store.award_grants(cycle, None, true, "bench").unwrap();
    assert_eq!(awarded.awarded as usize, N);
    eprintln!("awarding {N} grants with their instalments: {:.0} ms", started.elapsed().as_secs_f64() * 1000.0);
    let mut group = c.benchmark_group("payments_10k");
    group.sample_size(10);
    group.bench_function("cycle_payments", |b| b.iter(|| store.cycle_payments(cycle).unwrap().rows.len()));
    group.bench_function("finance_csv", |b| b.iter(|| store.finance_csv(&[cycle], Some("en")).unwrap().len()));
    group.bench_function("finance_xlsx", |b| b.iter(|| store.finance_xlsx(&[cycle], Some("en")).unwrap().len()));
    group.finish();
}

criterion_group!(grants, benches);
criterion_main!(grants);
