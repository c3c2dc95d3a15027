//! Benchmarks of the hubs registry at 10,000 hubs: one keystroke of instant search
//! (a filtered, sorted page of the list), importing 10,000 CSV rows, and the data file of
//! 10,000 hubs: the checked opening, a backup, and a durable save.
//!
//! Run: `cargo bench -p mobility-desk-core --bench hubs` (figures in docs/benchmarks.md).

use criterion::{criterion_group, criterion_main, Criterion};
use mobility_desk_core::registry::hubs::{HubQuery, Maturity};
use mobility_desk_core::Store;

const CITIES: &[(&str, &str, f64, f64)] = &[
    ("Tartu", "EE", 58.38062, 26.72509),
    ("Kraków", "PL", 50.06143, 19.93658),
    ("Plovdiv", "BG", 42.15, 24.75),
    ("Thessaloníki", "GR", 40.64072, 22.93493),
    ("Ghent", "BE", 51.05, 3.71667),
    ("Tampere", "FI", 61.49911, 23.78712),
    ("Matera", "IT", 40.66599, 16.60463),
    ("Guimarães", "PT", 41.44443, -8.29619),
];
const WORDS: &[&str] = &["Fabrika", "Atelier", "Kultur", "Ljós", "Ателие", "Εργαστήρι", "Hub", "Makers", "Zentrum", "Dom"];
const SECTORS: &[&str] = &["design", "music", "crafts", "digital", "heritage", "film"];

/// A registry of `n` synthetic hubs as CSV in the app's own format.
fn registry_csv(n: usize) -> String {
    let mut out = String::from("key,name,city,country,latitude,longitude,maturity,membership,sectors,languages,contact_name,contact_email\n");
    for i in 0..n {
        let (city, cc, lat, lon) = CITIES[i % CITIES.len()];
        let name = format!("{} {} {}", WORDS[i % WORDS.len()], WORDS[(i / 7) % WORDS.len()], i);
        let maturity = if i % 3 == 0 { "emerging" } else { "established" };
        let sectors = format!("{}|{}", SECTORS[i % SECTORS.len()], SECTORS[(i / 5) % SECTORS.len()]);
        out.push_str(&format!(
            "hub-{i},{name},{city},{cc},{lat},{lon},{maturity},regular,{sectors},en,Person {i},p{i}@hub{i}.example\n"
        ));
    }
    out
}

fn benches(c: &mut Criterion) {
    let csv = registry_csv(10_000);
    let mut store = Store::open_in_memory().unwrap();
    store.import_hubs(csv.as_bytes(), None).unwrap();

    let mut group = c.benchmark_group("hubs_10k");
    // Typing "kultur" one key at a time: each keystroke is one query.
    group.bench_function("search_keystroke", |b| {
        let prefixes = ["k", "ku", "kul", "kult", "kultu", "kultur"];
        let mut i = 0;
        b.iter(|| {
            let q = HubQuery { text: prefixes[i % prefixes.len()].into(), ..Default::default() };
            i += 1;
            store.list_hubs(&q).unwrap()
        })
    });
    group.bench_function("filter_country_maturity_sector", |b| {
        let q = HubQuery { country: Some("EE".into()), maturity: Some(Maturity::Emerging), sector: Some("design".into()), ..Default::default() };
        b.iter(|| store.list_hubs(&q).unwrap())
    });
    group.bench_function("search_greek", |b| {
        let q = HubQuery { text: "Εργαστ".into(), ..Default::default() };
        b.iter(|| store.list_hubs(&q).unwrap())
    });
    group.sample_size(10);
    // Into a new data file on disk (WAL, one transaction), as the app does it.
    group.bench_function("import_10k_rows", |b| {
        b.iter(|| {
            let dir = tempfile::tempdir().unwrap();
            let mut fresh = Store::open_dir(dir.path()).unwrap();
            fresh.import_hubs(csv.as_bytes(), None).unwrap()
        })
    });
    group.bench_function("preview_10k_rows_over_existing", |b| b.iter(|| store.preview_hub_import(csv.as_bytes()).unwrap()));
    group.finish();

    // Opening a data file of 10,000 hubs: the app's open (header, owner and version checks,
    // SQLite's quick check of every page) side by side with a bare SQLite open that reads the
    // data version, the anchor.
    let dir = tempfile::tempdir().unwrap();
    {
        let mut on_disk = Store::open_dir(dir.path()).unwrap();
        on_disk.import_hubs(csv.as_bytes(), None).unwrap();
    }
    let file = dir.path().join(mobility_desk_core::platform::paths::DATABASE_FILE);
    println!("data file of 10,000 hubs: {} bytes", std::fs::metadata(&file).unwrap().len());
    // Copies for the protected file's group, taken now: the saves measured below grow the
    // file's history by thousands of rows.
    let plain_dir = tempfile::tempdir().unwrap();
    let plain = plain_dir.path().join(mobility_desk_core::platform::paths::DATABASE_FILE);
    std::fs::copy(&file, &plain).unwrap();
    let protected_dir = tempfile::tempdir().unwrap();
    let protected = protected_dir.path().join(mobility_desk_core::platform::paths::DATABASE_FILE);
    std::fs::copy(&file, &protected).unwrap();
    let mut group = c.benchmark_group("data_file_10k");
    group.sample_size(20);
    group.bench_function("open_checked", |b| b.iter(|| Store::open(&file).unwrap()));
    group.bench_function("open_bare_anchor", |b| {
        b.iter(|| {
            let conn = rusqlite::Connection::open(&file).unwrap();
            conn.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0)).unwrap()
        })
    });
    let mut on_disk = Store::open(&file).unwrap();
    group.bench_function("back_up_now", |b| b.iter(|| on_disk.back_up_now().unwrap()));
    // One saved change to a hub, durable at commit (synchronous=FULL, what the app runs)
    // against synchronous=NORMAL (durable at the next checkpoint), the anchor.
    let hub = on_disk.list_hubs(&HubQuery::default()).unwrap().rows[0].clone();
    let mut input = mobility_desk_core::registry::hubs::HubInput::from(&hub);
    // Every save over whatever is stored: the version check is not what is measured.
    input.expected_version = None;
    let mut n = 0;
    group.bench_function("save_hub_full", |b| {
        b.iter(|| {
            n += 1;
            input.notes = format!("note {n}");
            on_disk.update_hub(hub.id, &input).unwrap()
        })
    });
    on_disk.set_pragma_for_tests("synchronous", "NORMAL").unwrap();
    group.bench_function("save_hub_normal_anchor", |b| {
        b.iter(|| {
            n += 1;
            input.notes = format!("note {n}");
            on_disk.update_hub(hub.id, &input).unwrap()
        })
    });
    group.finish();
    drop(on_disk);

    // The same file protected by a passphrase (SQLCipher): opening it (the key derived from
    // the passphrase twice, every page decrypted by the quick check) and one saved change,
    // each beside the plain file's, the anchor; and protecting then unprotecting it whole.
    use mobility_desk_core::platform::protection::{self, Passphrase};
    let key = Passphrase::new("a passphrase for the benchmark").unwrap();
    protection::convert(&protected, None, Some(&key)).unwrap();
    let mut group = c.benchmark_group("protected_10k");
    group.sample_size(10);
    group.bench_function("open_protected", |b| b.iter(|| Store::open_keyed(&protected, Some(&key)).unwrap()));
    group.bench_function("open_plain_anchor", |b| b.iter(|| Store::open(&plain).unwrap()));
    for (name, path, key) in [("save_hub_protected", &protected, Some(&key)), ("save_hub_plain_anchor", &plain, None)] {
        let mut store = Store::open_keyed(path, key).unwrap();
        let mut input = mobility_desk_core::registry::hubs::HubInput::from(&hub);
        input.expected_version = None;
        group.bench_function(name, |b| {
            b.iter(|| {
                n += 1;
                input.notes = format!("note {n}");
                store.update_hub(hub.id, &input).unwrap()
            })
        });
    }
    group.bench_function("protect_then_unprotect", |b| {
        b.iter(|| {
            protection::convert(&plain, None, Some(&key)).unwrap();
            protection::convert(&plain, Some(&key), None).unwrap()
        })
    });
    group.finish();
}

criterion_group!(hubs, benches);
criterion_main!(hubs);
