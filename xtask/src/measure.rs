//! `cargo xtask measure`: the app's weight and start, side by side with a Tauri 2 "hello
//! world" of the same Tauri version built in the same run (so the ratios compare like with
//! like on this machine, today): release binary and `.deb` sizes, then five cold starts of
//! each under Xvfb (from spawning the process to its first screen shown) and the memory (PSS)
//! of the process and all its WebKit processes after three idle seconds.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{cargo, repack_deb, root, run, setup, step, tauri_build, tools_dir, Result};

/// The issue's targets (20): start and memory as ratios to the hello world, sizes in MiB.
const START_RATIO: f64 = 1.1;
const MEMORY_RATIO: f64 = 1.25;
const BINARY_MIB: f64 = 15.0;
const DEB_MIB: f64 = 8.0;

#[cfg(target_os = "linux")]
pub fn measure() -> Result {
    setup(true)?;
    step("Release build and .deb bundle (tauri build)");
    tauri_build(&["deb"])?;
    repack_deb()?;
    run(cargo().args(["build", "--release", "-p", "mobility-desk-cli"]))?;
    step("The hello world: a Tauri app of the same version with one page and nothing else");
    let hello = hello_world()?;
    let bin = root().join("target/release/mobility-desk");
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0) as f64 / 1_048_576.0;
    let deb = std::fs::read_dir(root().join("target/release/bundle/deb"))
        .map_err(|e| format!("no .deb built: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "deb"))
        .ok_or("no .deb built")?;

    step("Five cold starts of each, alternating, under Xvfb");
    let display = ":93";
    let mut xvfb = Command::new("Xvfb").args([display, "-screen", "0", "1280x800x24"]).stderr(std::process::Stdio::null()).spawn().map_err(|e| format!("Xvfb: {e}"))?;
    std::thread::sleep(std::time::Duration::from_millis(800));
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for i in 0..5 {
        let dir = std::env::temp_dir().join(format!("md-measure-{}-{i}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        run(Command::new(root().join("target/release/mobility-desk-cli")).arg("--data-dir").arg(dir.join("data")).args(["demo", "load"]).stdout(std::process::Stdio::null()))?;
        let app = cold_start(&bin, display, &dir, &[("MOBILITY_DESK_DATA_DIR", dir.join("data")), ("MOBILITY_DESK_TRACE_STARTUP", "1".into())])?;
        let world = cold_start(&hello, display, &dir.join("hello"), &[])?;
        println!("run {}: Mobility Desk {} ms, {:.0} MiB · hello world {} ms, {:.0} MiB", i + 1, app.0, app.1 as f64 / 1024.0, world.0, world.1 as f64 / 1024.0);
        ours.push(app);
        theirs.push(world);
        let _ = std::fs::remove_dir_all(&dir);
    }
    let _ = xvfb.kill();
    let median = |v: &mut Vec<u128>| {
        v.sort();
        v[v.len() / 2]
    };
    let (mut a_start, mut a_mem): (Vec<u128>, Vec<u128>) = ours.iter().map(|(t, m)| (*t, u128::from(*m))).unzip();
    let (mut h_start, mut h_mem): (Vec<u128>, Vec<u128>) = theirs.iter().map(|(t, m)| (*t, u128::from(*m))).unzip();
    let (a_start, a_mem, h_start, h_mem) = (median(&mut a_start), median(&mut a_mem), median(&mut h_start), median(&mut h_mem));
    let start_ratio = a_start as f64 / h_start.max(1) as f64;
    let memory_ratio = a_mem as f64 / h_mem.max(1) as f64;
    let mark = |ok: bool| if ok { "meets" } else { "misses" };
    println!("\n| | Mobility Desk | hello world | ratio | target |");
    println!("|---|---|---|---|---|");
    println!("| cold start to the first screen (median of 5) | {a_start} ms | {h_start} ms | {start_ratio:.2}× | ≤ {START_RATIO}× ({}) |", mark(start_ratio <= START_RATIO));
    println!(
        "| idle memory, all processes (median PSS) | {:.0} MiB | {:.0} MiB | {memory_ratio:.2}× | ≤ {MEMORY_RATIO}× ({}) |",
        a_mem as f64 / 1024.0,
        h_mem as f64 / 1024.0,
        mark(memory_ratio <= MEMORY_RATIO)
    );
    let (b, hb, d) = (size(&bin), size(&hello), size(&deb));
    println!("| release binary | {b:.1} MiB | {hb:.1} MiB | {:.2}× | ≤ {BINARY_MIB} MiB ({}) |", b / hb.max(0.1), mark(b <= BINARY_MIB));
    println!("| .deb ({}) | {d:.1} MiB | | | ≤ {DEB_MIB} MiB ({}) |", deb.file_name().unwrap_or_default().to_string_lossy(), mark(d <= DEB_MIB));

    // The heaviest first open, timed in the page itself (from the click to the frame painted
    // after the pairs and the map are in): the end-to-end tests' debug build, driven through
    // WebDriver as they are; the window's work is the same code as in the release build.
    step("The first Pairing open, timed in the window (tests/e2e/timing.rs)");
    run(Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1280x800x24"])
        .arg(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["test", "--locked", "--features", "e2e", "--test", "e2e", "--", "--ignored", "--nocapture", "--test-threads=1", "timing::"])
        .env("MOBILITY_DESK_TAURI_DRIVER", tools_dir().join("bin/tauri-driver"))
        .current_dir(root()))?;
    Ok(())
}

#[cfg(not(target_os = "linux"))]
pub fn measure() -> Result {
    Err("`cargo xtask measure` reads /proc and runs Xvfb: Linux only".into())
}

/// One cold start: milliseconds until the process says its first screen is shown, and the
/// memory (KiB, PSS) of it and its children three seconds later.
#[cfg(target_os = "linux")]
fn cold_start(bin: &Path, display: &str, home: &Path, env: &[(&str, PathBuf)]) -> Result<(u128, u64)> {
    use std::io::{BufRead, BufReader};
    use std::time::{Duration, Instant};
    let started = Instant::now();
    let mut child = Command::new(bin)
        .env("DISPLAY", display)
        .env("XDG_DATA_HOME", home.join("xdg"))
        .env("XDG_CONFIG_HOME", home.join("xdg"))
        .env("XDG_CACHE_HOME", home.join("xdg"))
        .envs(env.iter().map(|(k, v)| (k, v.as_os_str())))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("start {}: {e}", bin.display()))?;
    let stdout = child.stdout.take().ok_or("no output")?;
    // The first screen is read for on a thread of its own, so that an app that never reports
    // it (a window built from another version of the page, say) ends the measure with a
    // message after a minute rather than hanging it.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        // Read to the end, so that a later line finds its pipe open.
        for line in BufReader::new(stdout).lines().map_while(|l| l.ok()) {
            if line.contains("ui ready") {
                let _ = tx.send((started.elapsed(), line));
            }
        }
    });
    let ready = match rx.recv_timeout(Duration::from_secs(60)) {
        Ok((ready, line)) => {
            println!("    {}", line.trim());
            ready
        }
        Err(_) => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("{} did not report its first screen within a minute", bin.display()));
        }
    };
    std::thread::sleep(Duration::from_secs(3));
    let pss = tree_pss_kib(child.id());
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let _ = child.wait();
    Ok((ready.as_millis(), pss))
}

/// The version of a crate in the workspace's lock file.
fn locked_version(name: &str) -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let needle = format!("name = \"{name}\"\nversion = \"");
    let at = lock.find(&needle).ok_or_else(|| format!("{name} is not in Cargo.lock"))? + needle.len();
    Ok(lock[at..].chars().take_while(|c| *c != '"').collect())
}

/// The app's own `[profile.release]` table, word for word, so that both are built alike (the
/// tables for the app's own packages are left out: the hello world has none of them).
fn release_profile() -> Result<String> {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).map_err(|e| format!("Cargo.toml: {e}"))?;
    let at = manifest.find("\n[profile.release]\n").ok_or("Cargo.toml has no [profile.release]")? + 1;
    let table = &manifest[at..];
    let end = table[1..].find("\n[").map_or(table.len(), |i| i + 2);
    Ok(table[..end].to_string())
}

/// Write and build the hello world in `target/measure-hello` (its own workspace, our lock
/// file and release profile, the same target folder so the shared crates are built once).
fn hello_world() -> Result<PathBuf> {
    let dir = root().join("target/measure-hello");
    let write = |name: &str, text: &str| -> Result {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).map_err(|e| e.to_string())?;
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    let (tauri, tauri_build) = (locked_version("tauri")?, locked_version("tauri-build")?);
    let profile = release_profile()?;
    write(
        "Cargo.toml",
        &format!(
            "[package]\nname = \"measure-hello\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n\n\
             [dependencies]\ntauri = {{ version = \"={tauri}\", features = [\"custom-protocol\"] }}\n\n\
             [build-dependencies]\ntauri-build = {{ version = \"={tauri_build}\", features = [] }}\n\n\
             {profile}"
        ),
    )?;
    std::fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).map_err(|e| e.to_string())?;
    write("build.rs", "fn main() {\n    tauri_build::build()\n}\n")?;
    write(
        "src/main.rs",
        "fn main() {\n    let started = std::time::Instant::now();\n    tauri::Builder::default()\n        \
         .on_page_load(move |_, load| {\n            if matches!(load.event(), tauri::webview::PageLoadEvent::Finished) {\n                \
         println!(\"hello: ui ready {} ms after start\", started.elapsed().as_millis());\n            }\n        })\n        \
         .run(tauri::generate_context!())\n        .expect(\"the hello world runs\");\n}\n",
    )?;
    write("dist/index.html", "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Hello</title></head><body><h1>Hello, world</h1></body></html>\n")?;
    write(
        "tauri.conf.json",
        r#"{
  "productName": "measure-hello",
  "version": "0.1.0",
  "identifier": "org.example.measure-hello",
  "build": { "frontendDist": "dist" },
  "app": { "windows": [{ "title": "Hello", "width": 1280, "height": 800 }] },
  "bundle": { "active": false, "icon": ["icons/32x32.png", "icons/128x128.png", "icons/icon.png"] }
}
"#,
    )?;
    for icon in ["32x32.png", "128x128.png", "icon.png"] {
        std::fs::create_dir_all(dir.join("icons")).map_err(|e| e.to_string())?;
        std::fs::copy(root().join("icons").join(icon), dir.join("icons").join(icon)).map_err(|e| e.to_string())?;
    }
    run(cargo().args(["build", "--release", "--manifest-path"]).arg(dir.join("Cargo.toml")).env("CARGO_TARGET_DIR", root().join("target")))?;
    Ok(root().join("target/release/measure-hello"))
}

/// Proportional set size of a process and all its descendants, in KiB.
#[cfg(target_os = "linux")]
fn tree_pss_kib(root_pid: u32) -> u64 {
    let mut parents: Vec<(u32, u32)> = Vec::new();
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for e in entries.flatten() {
            let Ok(pid) = e.file_name().to_string_lossy().parse::<u32>() else { continue };
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else { continue };
            // The field after the parenthesised command name: state, then ppid.
            let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r.to_string()) else { continue };
            let ppid = rest.split_whitespace().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
            parents.push((pid, ppid));
        }
    }
    let mut tree = vec![root_pid];
    let mut i = 0;
    while i < tree.len() {
        let p = tree[i];
        tree.extend(parents.iter().filter(|(_, pp)| *pp == p).map(|(c, _)| *c));
        i += 1;
    }
    tree.iter()
        .filter_map(|pid| std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok())
        .filter_map(|s| s.lines().find(|l| l.starts_with("Pss:")).and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok()))
        .sum()
}
