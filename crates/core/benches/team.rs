//! Benchmarks of team desks (issue 17): what recording every change costs the grant recompute
//! and a letter batch, each side by side with the same work with recording off (the anchor);
//! then, as single timings (median of 3): the first join of a network of 10,000 hubs and five
//! years of cycles, applying 10,000 entries of another desk, and the log's size per change.
//!
//! Run: `cargo bench -p mobility-desk-core --bench team` (figures in docs/benchmarks.md).

use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use mobility_desk_core::cycle::cycles::{CycleQuery, Phase};
use mobility_desk_core::registry::hubs::HubInput;
use mobility_desk_core::platform::paths::DATABASE_FILE;
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::funding::rules::{Rule, RuleSetInput};
use mobility_desk_core::registry::settings::SettingsInput;
use mobility_desk_core::team::{finish_join, Person};
use mobility_desk_core::Store;

const N: usize = 10_000;

fn registry_csv(n: usize) -> String {
    let mut out = String::from("key,name,city,country,latitude,longitude,maturity,membership,sectors,languages,contact_name,contact_email\n");
    for i in 0..n {
        out.push_str(&format!("hub-{i},Atelier {i},Tartu,EE,58.38,26.72,emerging,regular,design|music,et|en,Person {i},p{i}@hub{i}.example\n"));
    }
    out
}

fn person(name: &str) -> Person {
    Person { name: name.into(), initials: String::new(), email: String::new() }
}

fn settings() -> SettingsInput {
    SettingsInput {
        network_name: "Réseau".into(),
        postal_address: "Rue de la Loi 42\n1040 Bruxelles".into(),
        signatory_name: "Zofia W.".into(),
        signatory_title: "Secretary General".into(),
        default_language: "en".into(),
        signing_place: String::new(),
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
    std::fs::copy(from, to).unwrap();
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();

    // --- Recording on the grant recompute: 10,000 draft grants recomputed after a rate
    // change, in a data file, with the log and without.
    let mut group = c.benchmark_group("team_recording_overhead");
    group.sample_size(20);
    for on in [true, false] {
        let mut store = Store::open(&dir.path().join(format!("grants-{on}.sqlite3"))).unwrap();
        store.load_demo_with(false).unwrap();
        let cycle = store.cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == Shape::StaffExchange).unwrap().id;
        let hubs: Vec<i64> = store.list_hubs(&Default::default()).unwrap().rows.iter().map(|h| h.id).collect();
        store.bench_selected_visitors(cycle, &hubs, N).unwrap();
        store.recompute_drafts(cycle).unwrap();
        store.seal().unwrap();
        store.set_recording_for_benches(on).unwrap();
        let base = store.rule_set(cycle).unwrap().body;
        let mut rate = 16_500;
        let name = if on { "rate_change_and_recompute_10k_recorded" } else { "rate_change_and_recompute_10k_not_recorded" };
        group.bench_function(name, |b| {
            b.iter_batched(
                || {
                    rate += 1;
                    let mut body = base.clone();
                    if let Rule::Subsistence { rate_cents, .. } = &mut body.components[1].rule {
                        *rate_cents = rate;
                    }
                    body
                },
                |body| {
                    store.save_rule_set(cycle, &RuleSetInput { body, note: String::new() }, "bench").unwrap();
                    store.seal().unwrap()
                },
                BatchSize::PerIteration,
            )
        });
    }

    // --- Recording on a letter batch: the demo P2P cycle's 26 letters issued and written, on a
    // fresh copy of the file each time, with the log and without.
    let template = dir.path().join("letters-template.sqlite3");
    {
        let mut s = Store::open(&template).unwrap();
        s.load_demo().unwrap();
        s.save_settings(settings()).unwrap();
        let cycle = s.cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == Shape::P2p).unwrap().id;
        s.move_cycle(cycle, Phase::Selection, "").unwrap();
        s.select(cycle, "bench").unwrap();
        s.advance_cycle(cycle, Phase::Awarded, "bench").unwrap();
        s.award_grants(cycle, None, true, "bench").unwrap();
        s.seal().unwrap();
    }
    let p2p = Store::open(&template).unwrap().cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == Shape::P2p).unwrap().id;
    let mut round = 0;
    for on in [true, false] {
        let name = if on { "letter_batch_26_recorded" } else { "letter_batch_26_not_recorded" };
        group.bench_function(name, |b| {
            b.iter_batched(
                || {
                    round += 1;
                    let work = dir.path().join(format!("letters-{round}"));
                    copy(&template, &work.join("data.sqlite3"));
                    let s = Store::open(&work.join("data.sqlite3")).unwrap();
                    s.set_recording_for_benches(on).unwrap();
                    (s, work)
                },
                |(mut s, work)| {
                    let out = work.join("out");
                    std::fs::create_dir_all(&out).unwrap();
                    let summary = s.write_cycle_letters(p2p, &out, None, "bench", &mut |_| true).unwrap();
                    s.seal().unwrap();
                    assert_eq!(summary.issued, 26);
                    (s, work)
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();

    // --- A network of 10,000 hubs and five years of cycles (2,000 awarded grants a year).
    let office = dir.path().join("office");
    let shared = dir.path().join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    let mut a = Store::open_dir(&office).unwrap();
    a.set_person(&person("Ana Office")).unwrap();
    a.load_demo_with(false).unwrap();
    a.import_hubs(registry_csv(N).as_bytes(), None).unwrap();
    let staff = a.programmes().unwrap().into_iter().find(|p| p.shape == Shape::StaffExchange).unwrap().id;
    let hubs: Vec<i64> = a.list_hubs(&Default::default()).unwrap().rows.iter().map(|h| h.id).take(2_000).collect();
    for year in 2022..2027 {
        let mut input = a.cycle_template(staff, year).unwrap();
        input.title = format!("Staff Exchange {year} (bench)");
        let cycle = a.create_cycle(&input).unwrap().id;
        a.bench_selected_visitors(cycle, &hubs, 2_000).unwrap();
        a.recompute_drafts(cycle).unwrap();
        a.force_phase_for_tests(cycle, Phase::Awarded).unwrap();
        a.award_grants(cycle, None, true, "bench").unwrap();
        a.seal().unwrap();
    }
    let started = Instant::now();
    a.share_through_folder(&shared).unwrap();
    eprintln!("team: sharing the network through the folder (snapshot, log): {:.0} ms", started.elapsed().as_secs_f64() * 1000.0);
    let snapshot = walk_size(&shared, "snapshot.age");
    eprintln!("team: snapshot in the folder: {:.1} MB (the data file: {:.1} MB)", snapshot as f64 / 1e6, std::fs::metadata(office.join(DATABASE_FILE)).unwrap().len() as f64 / 1e6);

    // The first join: from the request to the team's data in place, the log applied.
    let mut joins = Vec::new();
    for i in 0..3 {
        let laptop = dir.path().join(format!("laptop-{i}"));
        let card = Store::open_dir(&laptop).unwrap().join_through_folder(&shared).unwrap();
        a.approve_from_folder(&card.desk_id).unwrap();
        let started = Instant::now();
        assert!(finish_join(&laptop.join(DATABASE_FILE), None).unwrap());
        joins.push(started.elapsed());
    }
    eprintln!("team: first join of a network of 10,044 hubs and five years of cycles (10,000 grants): {:.0} ms (median of 3)", median(joins).as_secs_f64() * 1000.0);

    // 10,000 entries of the office (a hub edited and saved, each its own entry), applied on a
    // laptop that joined before them.
    let mut b = Store::open_dir(&dir.path().join("laptop-0")).unwrap();
    b.sync_folder().unwrap();
    drop(b);
    let log_before: i64 = log_bytes(&a);
    let keys: Vec<String> = (0..N).map(|i| format!("hub-{i}")).collect();
    for (i, key) in keys.iter().enumerate() {
        let hub = a.hub_by_key(key).unwrap();
        let mut input = HubInput::from(&hub);
        input.archived = None;
        input.expected_version = None;
        input.notes = format!("Visited on the tour, stop {i}");
        a.update_hub(hub.id, &input).unwrap();
        a.seal().unwrap();
    }
    let per_change = (log_bytes(&a) - log_before) as f64 / N as f64;
    eprintln!("team: the log's size per change (a hub's notes edited): {per_change:.0} bytes");
    let started = Instant::now();
    a.sync_folder().unwrap();
    eprintln!("team: writing 10,000 entries to the folder: {:.0} ms", started.elapsed().as_secs_f64() * 1000.0);
    let laptop = dir.path().join("laptop-0");
    let mut applies = Vec::new();
    for round in 0..3 {
        let work = dir.path().join(format!("apply-{round}"));
        copy(&laptop.join(DATABASE_FILE), &work.join(DATABASE_FILE));
        let mut b = Store::open_dir(&work).unwrap();
        let wires = a.log_after(&b.log_vector().unwrap(), None).unwrap();
        assert_eq!(wires.len(), N);
        let started = Instant::now();
        let got = b.receive(&wires).unwrap();
        applies.push(started.elapsed());
        assert_eq!(got.applied as usize, N);
    }
    eprintln!("team: applying 10,000 entries of another desk: {:.0} ms (median of 3)", median(applies).as_secs_f64() * 1000.0);
    let letter_entry: i64 = {
        let s = Store::open(&template).unwrap();
        let mut s = s;
        let grant = s.grants(p2p).unwrap()[0].id;
        let before = log_bytes(&s);
        s.issue_letter(grant, None, "bench").unwrap();
        s.seal().unwrap();
        log_bytes(&s) - before
    };
    eprintln!("team: the log's size for one issued letter (its PDF included): {:.1} KB", letter_entry as f64 / 1024.0);
}

fn log_bytes(s: &Store) -> i64 {
    s.log_size_for_benches().unwrap()
}

fn walk_size(dir: &Path, name: &str) -> u64 {
    let mut total = 0;
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.path().is_dir() {
            total += walk_size(&e.path(), name);
        } else if e.file_name() == name {
            total += e.metadata().unwrap().len();
        }
    }
    total
}

criterion_group!(team, benches);
criterion_main!(team);
