//! Fuzzing of every CSV reader (hubs, form exports of applications, ballots) with proptest:
//! valid files mutated byte by byte, cut, spliced with quotes, separators, line ends, NULs,
//! byte-order marks and invalid UTF-8, and plain random bytes. A reader may accept or refuse a
//! file, never panic; a refused import changes nothing; an accepted preview's counts add up.
//!
//! `MOBILITY_DESK_FUZZ_CASES` cases per reader (256 by default, inside the README's test
//! command; `cargo xtask reliability` runs 20,000). Figures: docs/reliability.md.

use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::Store;
use proptest::prelude::*;
use crate::common::{demo, cycle_of};

fn cases() -> u32 {
    std::env::var("MOBILITY_DESK_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256)
}

const HUBS: &str = "key,name,city,country,latitude,longitude,maturity,membership,sectors,languages,contact_name,contact_email,website,available_for_mobility,alliance_member,member_since,notes\n\
kfs-graz,Kulturfabrik Süd,Graz,AT,47.07,15.44,established,regular,music|design,de|en,Jana Huber,jana@kfs.example,https://kfs.example/,yes,no,2016,\"Notes, with \"\"quotes\"\"\"\n\
tepe,Ателие Тепе,Plovdiv,BG,,,emerging,associate,crafts,bg,,,,no,yes,,\n";

const FORM: &str = "Response ID,Organisation,Applying as,Manager,Available from,Available until\n\
r-1,ledeberg-gent,visiting,Pieter Claes,2027-05-03,2027-05-28\n\
r-2,ecluses-marseille,hosting,Léa Martin,03/05/2027,28/05/2027\n";

const BALLOTS: &str = "hub,ranking,received_on\n\
zolw-krakow,Repair cafés as a method > Sound in shared spaces,2026-11-20\n\
kypseli-athens,Sound in shared spaces,\n";

/// Pieces that trouble CSV readers.
const PIECES: &[&[u8]] = &[b"\"", b",", b";", b"\t", b"\n", b"\r\n", b"\r", b"\0", b"\xEF\xBB\xBF", b"\xFF\xFE", b"\xC3", b"\xED\xA0\x80", b"=cmd|", b"\"\"", b"\\", b"\xE2\x80\xAE"];

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Insert(usize, usize),
    Delete(usize, usize),
    Cut(usize),
    Repeat(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<usize>(), 0..PIECES.len()).prop_map(|(i, p)| Mutation::Insert(i, p)),
        (any::<usize>(), 1usize..40).prop_map(|(i, n)| Mutation::Delete(i, n)),
        any::<usize>().prop_map(Mutation::Cut),
        (any::<usize>(), 1usize..200).prop_map(|(i, n)| Mutation::Repeat(i, n)),
    ]
}

fn mutate(seed: &str, mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = seed.as_bytes().to_vec();
    for m in mutations {
        let at = |i: usize, len: usize| if len == 0 { 0 } else { i % (len + 1) };
        match *m {
            Mutation::Flip(i, b) if !bytes.is_empty() => {
                let i = i % bytes.len();
                bytes[i] = b;
            }
            Mutation::Flip(..) => {}
            Mutation::Insert(i, p) => {
                let i = at(i, bytes.len());
                bytes.splice(i..i, PIECES[p].iter().copied());
            }
            Mutation::Delete(i, n) => {
                let i = at(i, bytes.len());
                let end = (i + n).min(bytes.len());
                bytes.drain(i..end);
            }
            Mutation::Cut(i) => {
                let i = at(i, bytes.len());
                bytes.truncate(i);
            }
            Mutation::Repeat(i, n) => {
                // A long field: one byte repeated.
                let i = at(i, bytes.len());
                let b = bytes.get(i).copied().unwrap_or(b'x');
                bytes.splice(i..i, std::iter::repeat_n(b, n));
            }
        }
    }
    bytes
}

fn input(seed: &'static str) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => prop::collection::vec(mutation(), 1..8).prop_map(move |m| mutate(seed, &m)),
        1 => prop::collection::vec(any::<u8>(), 0..600),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_hubs_reader_never_panics_and_a_refused_import_changes_nothing(bytes in input(HUBS)) {
        let mut store = Store::open_in_memory().unwrap();
        match store.preview_hub_import(&bytes) {
            Ok(preview) => {
                let rows = preview.creates + preview.updates + preview.unchanged;
                prop_assert!(preview.error_count > 0 || rows == preview.rows, "{preview:?}");
            }
            Err(e) => prop_assert!(!e.message.is_empty()),
        }
        match store.import_hubs(&bytes, None) {
            Ok(summary) => prop_assert_eq!(store.hub_count().unwrap(), summary.created),
            Err(e) => {
                prop_assert!(!e.message.is_empty());
                prop_assert_eq!(store.hub_count().unwrap(), 0, "a refused import wrote hubs");
            }
        }
    }

    #[test]
    fn the_form_export_reader_never_panics_and_a_refused_import_changes_nothing(bytes in input(FORM)) {
        thread_local!(static DEMO: std::cell::RefCell<Option<Store>> = const { std::cell::RefCell::new(None) });
        DEMO.with(|cell| {
            let mut cell = cell.borrow_mut();
            let store = cell.get_or_insert_with(demo);
            let cycle = cycle_of(store, Shape::P2p);
            let before = store.applications(cycle).unwrap().len();
            if let Err(e) = store.preview_application_import(cycle, &bytes, None, None) {
                assert!(!e.message.is_empty());
            }
            match store.import_applications(cycle, &bytes, None, None, None) {
                Ok(_) => {}
                Err(e) => {
                    assert!(!e.message.is_empty());
                    assert_eq!(store.applications(cycle).unwrap().len(), before, "a refused import wrote applications");
                }
            }
        });
    }

    #[test]
    fn the_ballots_reader_never_panics_and_a_refused_import_changes_nothing(bytes in input(BALLOTS)) {
        thread_local!(static VOTE: std::cell::RefCell<Option<(Store, i64)>> = const { std::cell::RefCell::new(None) });
        VOTE.with(|cell| {
            let mut cell = cell.borrow_mut();
            let (store, cycle) = cell.get_or_insert_with(|| {
                let mut s = demo();
                let cycle = cycle_of(&s, Shape::Workshops);
                s.open_vote(cycle, "fuzz").unwrap();
                (s, cycle)
            });
            let before = store.vote_overview(*cycle).unwrap().history.len();
            match store.import_ballots(*cycle, &bytes, "fuzz") {
                Ok(_) => {}
                Err(e) => {
                    assert!(!e.message.is_empty());
                    assert_eq!(store.vote_overview(*cycle).unwrap().history.len(), before, "a refused import wrote ballots");
                }
            }
        });
    }
}
