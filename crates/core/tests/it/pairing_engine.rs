//! The pairing engine without a database: the optimal assignment against brute force on random
//! score tables, and the score of a pair criterion by criterion.

use mobility_desk_core::registry::hubs::Maturity;
use mobility_desk_core::matching::engine::{assignment_value, best_assignment, pair_total, score_pair, Candidate, PairCriterion, PairingWeights};
use proptest::prelude::*;

/// Every partial one-to-one assignment, the best by (allowed pairs, total score).
fn brute_force(scores: &[Vec<Option<u32>>]) -> (usize, u64) {
    fn go(scores: &[Vec<Option<u32>>], row: usize, used: &mut Vec<bool>, count: usize, total: u64, best: &mut (usize, u64)) {
        if row == scores.len() {
            *best = (*best).max((count, total));
            return;
        }
        go(scores, row + 1, used, count, total, best);
        for c in 0..used.len() {
            if let (false, Some(s)) = (used[c], scores[row][c]) {
                used[c] = true;
                go(scores, row + 1, used, count + 1, total + u64::from(s), best);
                used[c] = false;
            }
        }
    }
    let mut best = (0, 0);
    let columns = scores.first().map_or(0, Vec::len);
    go(scores, 0, &mut vec![false; columns], 0, 0, &mut best);
    best
}

fn table() -> impl Strategy<Value = Vec<Vec<Option<u32>>>> {
    (1usize..=7, 1usize..=7).prop_flat_map(|(rows, columns)| {
        prop::collection::vec(prop::collection::vec(prop::option::weighted(0.8, 0u32..=4_000), columns), rows)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_assignment_is_as_good_as_brute_force(scores in table()) {
        let pairs = best_assignment(&scores);
        prop_assert_eq!(assignment_value(&scores, &pairs), brute_force(&scores));
        // One-to-one, allowed cells only, and the same answer every time.
        let mut rows: Vec<usize> = pairs.iter().map(|p| p.0).collect();
        let mut columns: Vec<usize> = pairs.iter().map(|p| p.1).collect();
        rows.dedup();
        columns.sort_unstable();
        columns.dedup();
        prop_assert_eq!(rows.len(), pairs.len());
        prop_assert_eq!(columns.len(), pairs.len());
        prop_assert!(pairs.iter().all(|&(r, c)| scores[r][c].is_some()));
        prop_assert_eq!(best_assignment(&scores), pairs);
    }
}

fn hub(id: i64, country: &str, at: (f64, f64), maturity: Maturity, sectors: &[&str], languages: &[&str]) -> Candidate {
    Candidate {
        application_id: id * 10,
        hub_id: id,
        hub_name: format!("Hub {id}"),
        country: country.into(),
        coordinates: at,
        maturity,
        sectors: sectors.iter().map(|s| s.to_string()).collect(),
        languages: languages.iter().map(|s| s.to_string()).collect(),
        starts_on: None,
        ends_on: None,
        proposed_hub_id: None,
    }
}

#[test]
fn a_pair_is_scored_criterion_by_criterion() {
    // Tartu (emerging) visits Lisbon (established): 3,449 km apart.
    let v = hub(1, "EE", (58.378, 26.729), Maturity::Emerging, &["Design", "crafts", "music"], &["et", "en"]);
    let h = hub(2, "PT", (38.722, -9.139), Maturity::Established, &["design", "Crafts", "film"], &["pt", "EN"]);
    let s = score_pair(&v, &h, &PairingWeights::default(), false);
    let points = |c: PairCriterion| s.breakdown.iter().find(|x| x.criterion == c).unwrap().points;
    assert_eq!(points(PairCriterion::SharedSectors), 50, "2 of 4 sectors, case folded");
    assert_eq!(s.breakdown[0].reason, "2 of 4 sectors in common (crafts, design)");
    assert_eq!(points(PairCriterion::SharedLanguage), 100);
    assert_eq!(points(PairCriterion::Maturity), 100);
    assert_eq!(points(PairCriterion::DifferentCountry), 100);
    assert_eq!(points(PairCriterion::NewPair), 100);
    assert_eq!(points(PairCriterion::Distance), 0, "{} km", s.km);
    assert_eq!(points(PairCriterion::Preference), 0);
    // 3 × 50 + 3 × 100 + 2 × 100 + 1 × 100 + 4 × 100 + 0 + 0.
    assert_eq!(s.total, 150 + 300 + 200 + 100 + 400);
    assert_eq!(s.total, s.breakdown.iter().map(|c| c.score).sum::<u32>());
    assert_eq!(s.not_allowed, None);
    assert_eq!(pair_total(&v, &h, &PairingWeights::default(), false), Some(s.total), "the fast path agrees");

    // Paired before, proposed by the host, and closer (Riga): the other criteria move.
    let mut h2 = hub(3, "LV", (56.949, 24.105), Maturity::Emerging, &[], &["lv"]);
    h2.proposed_hub_id = Some(1);
    let s = score_pair(&v, &h2, &PairingWeights::default(), true);
    let points = |c: PairCriterion| s.breakdown.iter().find(|x| x.criterion == c).unwrap().points;
    assert_eq!((points(PairCriterion::NewPair), points(PairCriterion::Preference), points(PairCriterion::Maturity)), (0, 100, 50));
    assert_eq!(points(PairCriterion::SharedSectors), 0);
    assert_eq!(points(PairCriterion::Distance), 100 - s.km / 30);
    assert_eq!(pair_total(&v, &h2, &PairingWeights::default(), true), Some(s.total));
}

#[test]
fn some_pairs_are_never_allowed() {
    let mut v = hub(1, "CZ", (50.08, 14.43), Maturity::Emerging, &[], &[]);
    let mut h = hub(2, "CZ", (49.19, 16.61), Maturity::Established, &[], &[]);
    let w = PairingWeights { forbid_same_country: true, ..PairingWeights::default() };
    assert!(score_pair(&v, &h, &w, false).not_allowed.unwrap().contains("both hubs are in CZ"));
    assert_eq!(pair_total(&v, &h, &w, false), None);
    assert_eq!(score_pair(&v, &h, &PairingWeights::default(), false).not_allowed, None);
    assert!(score_pair(&v, &v.clone(), &PairingWeights::default(), false).not_allowed.unwrap().contains("cannot visit itself"));
    v.starts_on = Some("2027-05-03".into());
    v.ends_on = Some("2027-05-07".into());
    h.starts_on = Some("2027-05-08".into());
    h.ends_on = Some("2027-06-30".into());
    assert!(score_pair(&v, &h, &PairingWeights::default(), false).not_allowed.unwrap().contains("do not overlap"));
    h.starts_on = Some("2027-05-07".into());
    assert_eq!(score_pair(&v, &h, &PairingWeights::default(), false).not_allowed, None, "one day in common is enough");
}
