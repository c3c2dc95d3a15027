//! The reliability suite: the command line killed (`SIGKILL`, as a power cut or a crashed
//! laptop would stop it) at a random moment of an import, an award, a letter batch, an export,
//! the protection of a data file with a passphrase and a sync with a team; then the data file
//! must be sound, the work done whole or not at all, letter numbers without gaps or repeats,
//! and every entry of another desk applied once.
//!
//! `MOBILITY_DESK_RELIABILITY_RUNS` runs per scenario (4 by default, inside the README's test
//! command; `cargo xtask reliability` runs 50 of each). `MOBILITY_DESK_RELIABILITY_SEED` fixes
//! the random moments (printed at the start, so a failure can be replayed).
//! Figures: docs/reliability.md.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn cli(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mobility-desk-cli"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("MOBILITY_DESK_DATA_DIR")
        .output()
        .expect("run mobility-desk-cli")
}

fn ok(data: &Path, args: &[&str]) {
    let o = cli(data, args);
    assert!(o.status.success(), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
}

fn runs() -> usize {
    std::env::var("MOBILITY_DESK_RELIABILITY_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(4)
}

/// xorshift64*: reproducible random moments without a dependency.
struct Moments(u64);

impl Moments {
    fn new(salt: u64) -> Moments {
        let seed = std::env::var("MOBILITY_DESK_RELIABILITY_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or_else(|| {
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1)
        });
        eprintln!("reliability seed {seed} (salt {salt})");
        Moments((seed ^ salt.wrapping_mul(0x9E37_79B9_7F4A_7C15)) | 1)
    }
    /// A fraction in [0, 1).
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Run `args` on a copy of `template` and kill it after `fraction` of `full` (a fraction
/// past 1 lets it finish). Returns the data folder and whether the kill came first.
fn killed_run(template: &Path, work: &Path, args: &[String], full: Duration, fraction: f64) -> bool {
    killed_run_with(template, work, args, &[], full, fraction)
}

/// [`killed_run`] with environment variables (a passphrase).
fn killed_run_with(template: &Path, work: &Path, args: &[String], env: &[(&str, &str)], full: Duration, fraction: f64) -> bool {
    let data = work.join("data");
    copy_dir(template, &data);
    let mut child = Command::new(env!("CARGO_BIN_EXE_mobility-desk-cli"))
        .arg("--data-dir")
        .arg(&data)
        .args(args)
        .env_remove("MOBILITY_DESK_DATA_DIR")
        .envs(env.iter().copied())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start mobility-desk-cli");
    std::thread::sleep(full.mul_f64(fraction));
    let finished = child.try_wait().unwrap().is_some();
    if !finished {
        child.kill().unwrap();
    }
    child.wait().unwrap();
    !finished
}

fn timed(template: &Path, work: &Path, args: &[String]) -> Duration {
    timed_with(template, work, args, &[])
}

fn timed_with(template: &Path, work: &Path, args: &[String], env: &[(&str, &str)]) -> Duration {
    let data = work.join("calibrate");
    copy_dir(template, &data);
    let started = Instant::now();
    let mut all = vec!["--data-dir".to_string(), data.display().to_string()];
    all.extend(args.iter().cloned());
    let o = Command::new(env!("CARGO_BIN_EXE_mobility-desk-cli")).args(&all).env_remove("MOBILITY_DESK_DATA_DIR").envs(env.iter().copied()).output().unwrap();
    assert!(o.status.success(), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
    let took = started.elapsed();
    std::fs::remove_dir_all(&data).unwrap();
    took
}

/// SQLite's full integrity check, then the app's own opening of the file.
fn sound(data: &Path) -> rusqlite::Connection {
    let file = data.join("mobility-desk.sqlite3");
    let conn = rusqlite::Connection::open(&file).unwrap();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok", "{}", file.display());
    mobility_desk_core::Store::open(&file).unwrap_or_else(|e| panic!("the app cannot open the file after the kill: {}", e.message));
    conn
}

fn count(conn: &rusqlite::Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// The temporary files a killed write left are named in `pending/` and removed by the
/// housekeeping the window runs at start; after it, none is left anywhere.
fn no_temporary_files_after_housekeeping(data: &Path, out: &Path) {
    mobility_desk_core::platform::files::clean_interrupted_older_than(data, Duration::ZERO);
    for dir in [data, out] {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            assert!(!name.ends_with(".part"), "{name} left in {}", dir.display());
        }
    }
}

struct Tally {
    name: &'static str,
    runs: usize,
    killed: usize,
    /// Kills that found the work not yet done (nothing of it kept), or done in part where
    /// parts are the point (letters issued one by one).
    before: usize,
    partial: usize,
    started: Instant,
}

impl Tally {
    fn new(name: &'static str) -> Tally {
        Tally { name, runs: 0, killed: 0, before: 0, partial: 0, started: Instant::now() }
    }
}

impl Drop for Tally {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            eprintln!(
                "reliability {}: {} runs, {} killed before the end ({} with nothing done, {} part-way), all sound ({:.1} s)",
                self.name,
                self.runs,
                self.killed,
                self.before,
                self.partial,
                self.started.elapsed().as_secs_f64()
            );
        }
    }
}

/// A registry of `n` hubs as the app's CSV.
fn registry_csv(n: usize) -> String {
    let mut out = String::from("key,name,city,country,latitude,longitude,maturity,membership,sectors,languages,contact_email\n");
    for i in 0..n {
        out.push_str(&format!("hub-{i},Atelier {i},Tartu,EE,58.38,26.72,emerging,regular,design|music,et|en,h{i}@example.org\n"));
    }
    out
}

/// The demo's P2P cycle selected, paired and moved to Awarded, with a signatory set.
fn awarding_template(dir: &Path) -> PathBuf {
    let data = dir.join("template-awarding");
    ok(&data, &["demo", "load"]);
    ok(&data, &["cycles", "move", "1", "selection"]);
    ok(&data, &["select", "--cycle", "1"]);
    ok(&data, &["cycles", "move", "1", "matching"]);
    ok(&data, &["pairs", "confirm", "--cycle", "1"]);
    ok(&data, &["cycles", "move", "1", "awarded"]);
    ok(&data, &["settings", "--network-name", "Réseau", "--address", "Rue de la Loi 42", "--signatory-name", "Ana Novak", "--signatory-title", "Director"]);
    data
}

#[test]
fn an_import_killed_at_any_moment_is_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("template");
    ok(&template, &["info"]);
    let csv = dir.path().join("hubs.csv");
    std::fs::write(&csv, registry_csv(3000)).unwrap();
    let args = vec!["hubs".to_string(), "import".into(), csv.display().to_string()];
    let full = timed(&template, dir.path(), &args);
    let mut moments = Moments::new(1);
    let mut tally = Tally::new("import of 3,000 hubs");
    for run in 0..runs() {
        let work = dir.path().join(format!("run-{run}"));
        tally.killed += killed_run(&template, &work, &args, full, moments.next() * 1.1) as usize;
        tally.runs += 1;
        let conn = sound(&work.join("data"));
        let hubs = count(&conn, "SELECT count(*) FROM hubs");
        assert!(hubs == 0 || hubs == 3000, "run {run}: {hubs} hubs, a half import");
        tally.before += (hubs == 0) as usize;
        std::fs::remove_dir_all(&work).unwrap();
    }
}

#[test]
fn an_award_killed_at_any_moment_is_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let template = awarding_template(dir.path());
    let args: Vec<String> = ["grants", "award", "--cycle", "1", "--over-budget"].iter().map(|s| s.to_string()).collect();
    let full = timed(&template, dir.path(), &args);
    let mut moments = Moments::new(2);
    let mut tally = Tally::new("award of a cycle's 26 grants");
    for run in 0..runs() {
        let work = dir.path().join(format!("run-{run}"));
        tally.killed += killed_run(&template, &work, &args, full, moments.next() * 1.1) as usize;
        tally.runs += 1;
        let conn = sound(&work.join("data"));
        let awarded = count(&conn, "SELECT count(*) FROM grants WHERE state = 'awarded'");
        let all = count(&conn, "SELECT count(*) FROM grants WHERE state <> 'cancelled'");
        assert!(awarded == 0 || awarded == all, "run {run}: {awarded} of {all} awarded");
        tally.before += (awarded == 0) as usize;
        std::fs::remove_dir_all(&work).unwrap();
    }
}

/// Letter numbers of a cycle's references (P2P-2027-007 → 7), sorted.
fn numbers(conn: &rusqlite::Connection) -> Vec<(i64, i64)> {
    let mut stmt = conn.prepare("SELECT grant_id, reference FROM letters WHERE version = 1 ORDER BY reference").unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))).unwrap();
    rows.map(|r| {
        let (grant, reference) = r.unwrap();
        (grant, reference.rsplit('-').next().unwrap().parse::<i64>().unwrap())
    })
    .collect()
}

fn whole_pdf(path: &Path) {
    let bytes = std::fs::read(path).unwrap();
    let tail = String::from_utf8_lossy(&bytes[bytes.len().saturating_sub(64)..]).into_owned();
    assert!(bytes.starts_with(b"%PDF-") && tail.trim_end().ends_with("%%EOF"), "{} is not a whole PDF", path.display());
}

#[test]
fn a_letter_batch_killed_at_any_moment_keeps_numbers_without_gaps() {
    let dir = tempfile::tempdir().unwrap();
    let template = awarding_template(dir.path());
    ok(&template, &["grants", "award", "--cycle", "1", "--over-budget"]);
    let out_of = |work: &Path| work.join("letters");
    let calibrate_out = dir.path().join("calibrate-letters");
    std::fs::create_dir_all(&calibrate_out).unwrap();
    let full = timed(&template, dir.path(), &["letters".into(), "--cycle".into(), "1".into(), "--out".into(), calibrate_out.display().to_string()]);
    let mut moments = Moments::new(3);
    let mut tally = Tally::new("letter batch of 26 letters");
    for run in 0..runs() {
        let work = dir.path().join(format!("run-{run}"));
        let out = out_of(&work);
        std::fs::create_dir_all(&out).unwrap();
        let args = vec!["letters".to_string(), "--cycle".into(), "1".into(), "--out".into(), out.display().to_string()];
        tally.killed += killed_run(&template, &work, &args, full, moments.next() * 1.1) as usize;
        tally.runs += 1;
        let data = work.join("data");
        let before = {
            let conn = sound(&data);
            let issued = numbers(&conn);
            let n: Vec<i64> = issued.iter().map(|(_, n)| *n).collect();
            assert_eq!(n, (1..=issued.len() as i64).collect::<Vec<_>>(), "run {run}: numbers with a gap or a repeat");
            let last: Option<i64> = conn.query_row("SELECT max(last) FROM letter_sequences", [], |r| r.get(0)).unwrap();
            assert_eq!(last.unwrap_or(0), issued.len() as i64, "run {run}: the sequence and the letters disagree");
            let total = count(&conn, "SELECT count(*) FROM grants WHERE state = 'awarded'") as usize;
            tally.before += issued.is_empty() as usize;
            tally.partial += (!issued.is_empty() && issued.len() < total) as usize;
            issued
        };
        no_temporary_files_after_housekeeping(&data, &out);
        for file in std::fs::read_dir(&out).unwrap().flatten() {
            whole_pdf(&file.path());
        }
        // Run again to the end: every letter issued, and the ones issued before keep their number.
        ok(&data, &args.iter().map(String::as_str).collect::<Vec<_>>());
        let conn = sound(&data);
        let after = numbers(&conn);
        assert_eq!(after.iter().map(|(_, n)| *n).collect::<Vec<_>>(), (1..=after.len() as i64).collect::<Vec<_>>());
        for (grant, number) in &before {
            assert!(after.contains(&(*grant, *number)), "run {run}: grant {grant}'s letter {number} changed number");
        }
        assert_eq!(std::fs::read_dir(&out).unwrap().count(), after.len());
        std::fs::remove_dir_all(&work).unwrap();
    }
}

#[test]
fn an_export_killed_at_any_moment_leaves_the_old_file_or_a_whole_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let template = awarding_template(dir.path());
    ok(&template, &["grants", "award", "--cycle", "1", "--over-budget"]);
    let calibrate = dir.path().join("calibrate.xlsx");
    let full = timed(&template, dir.path(), &["export".into(), "finance".into(), "--cycle".into(), "1".into(), "--xlsx".into(), calibrate.display().to_string()]);
    let mut moments = Moments::new(4);
    let mut tally = Tally::new("finance workbook export");
    for run in 0..runs() {
        let work = dir.path().join(format!("run-{run}"));
        let out = work.join("exports");
        std::fs::create_dir_all(&out).unwrap();
        let target = out.join("finance.xlsx");
        // An earlier export is there: it is replaced whole or kept.
        std::fs::write(&target, b"PK\x03\x04 the earlier export").unwrap();
        let args = vec!["export".to_string(), "finance".into(), "--cycle".into(), "1".into(), "--xlsx".into(), target.display().to_string()];
        tally.killed += killed_run(&template, &work, &args, full, moments.next() * 1.1) as usize;
        tally.runs += 1;
        let data = work.join("data");
        sound(&data);
        no_temporary_files_after_housekeeping(&data, &out);
        let bytes = std::fs::read(&target).unwrap();
        let old = bytes == b"PK\x03\x04 the earlier export";
        let whole = bytes.starts_with(b"PK\x03\x04") && bytes.windows(4).rev().take(70_000).any(|w| w == b"PK\x05\x06");
        assert!(old || whole, "run {run}: the workbook is neither the old one nor a whole new one ({} bytes)", bytes.len());
        tally.before += old as usize;
        std::fs::remove_dir_all(&work).unwrap();
    }
}

/// A database file, plain or protected by `key`: sound (SQLite's full check), and its hubs.
fn hubs_in(file: &Path, key: &str) -> (bool, i64) {
    let protected = mobility_desk_core::platform::protection::is_protected_file(file);
    let conn = rusqlite::Connection::open(file).unwrap();
    if protected {
        conn.pragma_update(None, "key", key).unwrap();
    }
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    assert_eq!(check, "ok", "{}", file.display());
    (protected, count(&conn, "SELECT count(*) FROM hubs"))
}

#[test]
fn protecting_a_data_file_killed_at_any_moment_leaves_it_plain_or_protected_and_whole() {
    const KEY: &str = "a passphrase that survives";
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("template");
    ok(&template, &["demo", "load"]);
    let csv = dir.path().join("hubs.csv");
    std::fs::write(&csv, registry_csv(3000)).unwrap();
    ok(&template, &["hubs", "import", &csv.display().to_string()]);
    ok(&template, &["backup", "now"]);
    ok(&template, &["backup", "now"]);
    let args: Vec<String> = ["protection", "on"].iter().map(|s| s.to_string()).collect();
    let env = [("MOBILITY_DESK_NEW_PASSPHRASE", KEY)];
    let full = timed_with(&template, dir.path(), &args, &env);
    let mut moments = Moments::new(5);
    let mut tally = Tally::new("protection of a data file of 3,044 hubs and its 2 backups");
    for run in 0..runs() {
        let work = dir.path().join(format!("run-{run}"));
        tally.killed += killed_run_with(&template, &work, &args, &env, full, moments.next() * 1.1) as usize;
        tally.runs += 1;
        let data = work.join("data");
        let file = data.join("mobility-desk.sqlite3");
        let (protected, hubs) = hubs_in(&file, KEY);
        assert_eq!(hubs, 3044, "run {run}: the data file holds every hub");
        let mut backups_protected = 0;
        for b in mobility_desk_core::platform::backups::list(&file) {
            let (p, n) = hubs_in(Path::new(&b.path), KEY);
            assert_eq!(n, 3044, "run {run}: {} holds every hub", b.name);
            backups_protected += p as usize;
        }
        // The file is converted first, then the backups: a plain file never has protected backups.
        assert!(protected || backups_protected == 0, "run {run}: backups protected before the file");
        tally.before += (!protected) as usize;
        tally.partial += (protected && backups_protected < 2) as usize;
        let key = mobility_desk_core::platform::protection::Passphrase::new(KEY).unwrap();
        mobility_desk_core::Store::open_keyed(&file, Some(&key)).unwrap_or_else(|e| panic!("run {run}: the app cannot open the file: {}", e.message));
        if protected {
            // The next start finishes what was cut short: no plain copy is left.
            mobility_desk_core::platform::protection::finish_interrupted(&file, &key);
            for b in mobility_desk_core::platform::backups::list(&file) {
                assert!(mobility_desk_core::platform::protection::is_protected_file(Path::new(&b.path)), "run {run}: {} still plain", b.name);
            }
        }
        no_temporary_files_after_housekeeping(&data, &data.join("backups"));
        std::fs::remove_dir_all(&work).unwrap();
    }
}

#[test]
fn a_sync_killed_at_any_moment_applies_no_entry_twice_and_loses_none() {
    let dir = tempfile::tempdir().unwrap();
    // The office shares; the laptop joins and is approved; then the office works on: 3,000 hubs
    // imported, 40 hubs edited one by one (41 entries), all in the folder for the laptop.
    let office = dir.path().join("office");
    let pristine = dir.path().join("shared-pristine");
    let template = dir.path().join("template");
    std::fs::create_dir_all(&pristine).unwrap();
    ok(&office, &["team", "person", "--name", "Ana Office"]);
    ok(&office, &["demo", "load"]);
    ok(&office, &["team", "init", &pristine.display().to_string()]);
    ok(&template, &["team", "person", "--name", "Ben Laptop"]);
    ok(&template, &["team", "join", &pristine.display().to_string()]);
    let status = String::from_utf8(cli(&office, &["team", "status"]).stdout).unwrap();
    let desk = status.lines().find_map(|l| l.strip_prefix("asks to join: desk ")).and_then(|l| l.split(' ').next()).expect("a request").to_string();
    ok(&office, &["team", "approve", &desk]);
    ok(&template, &["sync"]);
    let csv = dir.path().join("hubs.csv");
    std::fs::write(&csv, registry_csv(3000)).unwrap();
    ok(&office, &["hubs", "import", &csv.display().to_string()]);
    for i in 0..40 {
        let key = format!("hub-{i}");
        ok(&office, &["hubs", "set", &key, "--notes", &format!("edited {i}")]);
    }
    ok(&office, &["sync"]);
    let office_entries = String::from_utf8(cli(&office, &["audit", "verify"]).stdout).unwrap();
    let expected: i64 = office_entries.lines().find(|l| l.contains("Ana Office")).and_then(|l| l.split(": ").nth(1)).and_then(|l| l.split(' ').next()).and_then(|n| n.parse().ok()).unwrap();

    // The laptop's data file and the shared folder (a fixed path, stored in the file) are put
    // back as they were before each run.
    let shared = pristine.clone();
    let keep = dir.path().join("shared-kept");
    copy_dir(&pristine, &keep);
    let args = vec!["sync".to_string()];
    let baseline = {
        let conn = rusqlite::Connection::open(template.join("mobility-desk.sqlite3")).unwrap();
        count(&conn, "SELECT count(*) FROM team_log WHERE state = 'applied' AND desk_id <> (SELECT desk_id FROM desk_self)")
    };
    let full = timed(&template, dir.path(), &args);
    let mut moments = Moments::new(6);
    let mut tally = Tally::new("sync of 41 entries (3,000 hubs) from another desk");
    for run in 0..runs() {
        let _ = std::fs::remove_dir_all(&shared);
        copy_dir(&keep, &shared);
        let work = dir.path().join(format!("run-{run}"));
        tally.killed += killed_run(&template, &work, &args, full, moments.next() * 1.1) as usize;
        tally.runs += 1;
        let data = work.join("data");
        let conn = sound(&data);
        let applied = count(&conn, "SELECT count(*) FROM team_log WHERE state = 'applied' AND desk_id <> (SELECT desk_id FROM desk_self)");
        let hubs = count(&conn, "SELECT count(*) FROM hubs");
        // Each entry whole or not at all: the import's 3,000 hubs all there or none.
        assert!(hubs == 44 || hubs == 3044, "run {run}: {hubs} hubs");
        tally.before += (applied == baseline) as usize;
        tally.partial += (applied > baseline && applied < expected) as usize;
        drop(conn);
        // The next sync finishes the work: every entry once, nothing lost.
        ok(&data, &["sync"]);
        let conn = sound(&data);
        assert_eq!(count(&conn, "SELECT count(*) FROM team_log WHERE state = 'applied' AND desk_id <> (SELECT desk_id FROM desk_self)"), expected, "run {run}");
        assert_eq!(count(&conn, "SELECT count(*) FROM hubs"), 3044, "run {run}");
        assert_eq!(count(&conn, "SELECT count(*) FROM hubs WHERE notes LIKE 'edited %'"), 40, "run {run}");
        assert_eq!(count(&conn, "SELECT count(*) FROM team_log WHERE state <> 'applied'"), 0, "run {run}");
        let verified = cli(&data, &["audit", "verify"]);
        assert!(verified.status.success(), "run {run}: {}", String::from_utf8_lossy(&verified.stdout));
        std::fs::remove_dir_all(&work).unwrap();
    }
}
