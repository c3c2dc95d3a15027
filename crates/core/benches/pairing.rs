//! The optimal assignment at 13 × 13 (a P2P call) and 1,000 × 1,000 (far beyond one): the
//! assignment alone on a score table, and scoring every pair (seven criteria) then assigning.
//!
//! Run: `cargo bench -p mobility-desk-core --bench pairing` (figures in docs/benchmarks.md).

use criterion::{criterion_group, criterion_main, Criterion};
use mobility_desk_core::registry::hubs::Maturity;
use mobility_desk_core::matching::engine::{best_assignment, pair_total, Candidate, PairingWeights};

const SECTORS: [&str; 8] = ["design", "crafts", "music", "film", "visual-arts", "theatre", "tech", "food"];

fn candidate(i: usize, visiting: bool) -> Candidate {
    Candidate {
        application_id: i as i64,
        hub_id: if visiting { i as i64 } else { 100_000 + i as i64 },
        hub_name: format!("Hub {i}"),
        country: ["PT", "ES", "FR", "DE", "PL", "GR", "FI", "IE"][i % 8].to_string(),
        coordinates: (36.0 + (i % 30) as f64, -9.0 + (i % 45) as f64),
        maturity: if visiting { Maturity::Emerging } else { Maturity::Established },
        sectors: vec![SECTORS[i % 8].to_string(), SECTORS[(i / 8) % 8].to_string()],
        languages: vec!["en".to_string(), ["pt", "es", "fr", "de"][i % 4].to_string()],
        starts_on: None,
        ends_on: None,
        proposed_hub_id: None,
    }
}

/// Score every visiting hub against every host, then assign: what the app does for a cycle.
fn score_and_assign(visiting: &[Candidate], hosting: &[Candidate], w: &PairingWeights) -> usize {
    let table: Vec<Vec<Option<u32>>> = visiting
        .iter()
        .map(|v| hosting.iter().map(|h| pair_total(v, h, w, false)).collect())
        .collect();
    best_assignment(&table).len()
}

/// A reproducible table of scores up to 4,000, about one cell in twenty not allowed.
fn table(n: usize) -> Vec<Vec<Option<u32>>> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..n).map(|_| (0..n).map(|_| { let x = next(); if x % 20 == 0 { None } else { Some((x % 4_001) as u32) } }).collect()).collect()
}

fn benches(c: &mut Criterion) {
    let small = table(13);
    c.bench_function("pairing_13x13", |b| b.iter(|| best_assignment(&small).len()));
    let w = PairingWeights::default();
    let (v13, h13): (Vec<_>, Vec<_>) = ((0..13).map(|i| candidate(i, true)).collect(), (0..13).map(|i| candidate(i, false)).collect());
    c.bench_function("score_and_pair_13x13", |b| b.iter(|| score_and_assign(&v13, &h13, &w)));
    let mut group = c.benchmark_group("pairing_large");
    group.sample_size(10);
    let large = table(1_000);
    group.bench_function("pairing_1000x1000", |b| b.iter(|| best_assignment(&large).len()));
    let (v1k, h1k): (Vec<_>, Vec<_>) = ((0..1_000).map(|i| candidate(i, true)).collect(), (0..1_000).map(|i| candidate(i, false)).collect());
    group.bench_function("score_and_pair_1000x1000", |b| b.iter(|| score_and_assign(&v1k, &h1k, &w)));
    group.finish();
}

criterion_group!(pairing, benches);
criterion_main!(pairing);
