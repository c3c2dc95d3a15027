//! The repository's own commands, the same on Linux, macOS and Windows:
//!
//!   cargo xtask run     set everything up, build, and start the app
//!   cargo xtask test    set everything up and run every test (core, CLI, IPC, end-to-end)
//!   cargo xtask setup   only the set-up (system packages, UI dependencies, test drivers)
//!   cargo xtask bench   criterion benchmarks of the core (see docs/benchmarks.md)
//!   cargo xtask bench-letters  award letters against LibreOffice headless (installs it as root)
//!   cargo xtask measure release build, .deb, cold start and idle memory under Xvfb, beside a
//!                       Tauri hello world built in the same run (Linux)
//!   cargo xtask installers  set everything up and build the platform's installer (.deb, .dmg, .msi)
//!   cargo xtask screenshots  re-render docs/screenshots/ (Linux, Xvfb)
//!   cargo xtask reliability  the full reliability suite (see docs/reliability.md)
//!
//! Set-up is idempotent: it installs only what is missing. On Debian/Ubuntu it installs the
//! system packages with apt-get when run as root, and otherwise prints the exact command.

mod measure;

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// Debian/Ubuntu packages needed to build and run the app.
const BUILD_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libssl-dev",
    "libwebkit2gtk-4.1-dev",
    "librsvg2-dev",
    "libayatana-appindicator3-dev",
    "libxdo-dev",
];

/// Extra packages for the end-to-end tests (a virtual display and the WebKit WebDriver).
/// poppler-utils (pdftotext, pdffonts, pdftoppm) and qpdf check the award letters' PDFs;
/// libxml2-utils (xmllint) checks the bank transfer files against the SEPA schemas, which pip
/// fetches (see `sepa_schemas`).
const TEST_PACKAGES: &[&str] = &["xvfb", "xauth", "webkit2gtk-driver", "poppler-utils", "qpdf", "libxml2-utils", "python3-pip"];

/// The Python package whose wheel carries the official ISO 20022 schemas of the SEPA files.
const SEPAXML: &str = "sepaxml==2.7.0";
/// The schemas the tests check the bank transfer files against.
const SEPA_SCHEMAS: &[&str] = &["pain.001.001.09.xsd", "pain.001.001.03.xsd"];

/// The Tauri CLI, used only for bundling (installers); not a dependency of the UI build.
const TAURI_CLI: &str = "@tauri-apps/cli@2.12.5";

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let task = args.first().map(String::as_str).unwrap_or("help");
    let rest = &args[args.len().min(1)..];
    let outcome = match task {
        "setup" => setup(true),
        "run" => run_app(rest),
        "test" => test(),
        "bench" => bench(),
        "bench-letters" => bench_letters(),
        "measure" => measure::measure(),
        "screenshots" => screenshots(),
        "installers" => installers(),
        "reliability" => reliability(),
        _ => {
            eprintln!("usage: cargo xtask <run | test | setup | bench | bench-letters | measure | screenshots | installers | reliability>");
            return ExitCode::from(2);
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the repository").to_path_buf()
}

fn step(title: &str) {
    println!("\n==> {title}");
}

fn run(cmd: &mut Command) -> Result {
    let shown = format!("{cmd:?}");
    let status = cmd.status().map_err(|e| format!("could not start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

fn exists_on_path(program: &str) -> bool {
    Command::new(program).arg("--version").output().map(|o| o.status.success()).unwrap_or(false)
}

fn npm() -> &'static str {
    if cfg!(windows) {
        "npm.cmd"
    } else {
        "npm"
    }
}

fn setup(for_tests: bool) -> Result {
    system_packages(for_tests)?;
    ui_build()?;
    if for_tests && cfg!(target_os = "linux") {
        tauri_driver()?;
    }
    Ok(())
}

#[cfg(target_os = "linux")]
fn system_packages(for_tests: bool) -> Result {
    let mut wanted: Vec<&str> = BUILD_PACKAGES.to_vec();
    if for_tests {
        wanted.extend_from_slice(TEST_PACKAGES);
    }
    install_packages(wanted)
}

/// Install the Debian packages of `wanted` that are missing (as root), or say the command.
#[cfg(target_os = "linux")]
fn install_packages(wanted: Vec<&str>) -> Result {
    if !Path::new("/usr/bin/dpkg-query").exists() {
        println!("Not a Debian/Ubuntu system: install the WebKitGTK 4.1 development files, Xvfb and WebKitWebDriver with your package manager (see README).");
        return Ok(());
    }
    let missing: Vec<&str> = wanted
        .into_iter()
        .filter(|p| {
            let out = Command::new("dpkg-query").args(["-W", "-f=${Status}", p]).output();
            !matches!(out, Ok(o) if String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        })
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let is_root = Command::new("id").arg("-u").output().map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0").unwrap_or(false);
    if !is_root {
        return Err(format!(
            "these system packages are missing: {list}\nInstall them, then run this command again:\n\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends {list}\n",
            list = missing.join(" ")
        ));
    }
    step(&format!("Installing system packages: {}", missing.join(" ")));
    run(Command::new("apt-get").args(["-o", "DPkg::Lock::Timeout=600", "update", "-qq"]))?;
    run(Command::new("apt-get")
        .env("DEBIAN_FRONTEND", "noninteractive")
        .args(["-o", "DPkg::Lock::Timeout=600", "install", "-y", "-qq", "--no-install-recommends"])
        .args(&missing))
}

#[cfg(not(target_os = "linux"))]
fn system_packages(_for_tests: bool) -> Result {
    // Windows ships WebView2 and macOS ships WKWebView: nothing to install.
    Ok(())
}

fn ui_build() -> Result {
    let ui = root().join("ui");
    if !exists_on_path(npm()) {
        return Err("Node.js (20.19 or newer) with npm is needed to build the UI: https://nodejs.org/ or your package manager".into());
    }
    let lock = ui.join("package-lock.json");
    let marker = ui.join("node_modules/.package-lock.json");
    let stale = match (std::fs::metadata(&lock).and_then(|m| m.modified()), std::fs::metadata(&marker).and_then(|m| m.modified())) {
        (Ok(l), Ok(m)) => l > m,
        _ => true,
    };
    if stale {
        step("Installing the UI's dependencies (npm ci)");
        run(Command::new(npm()).args(["ci", "--no-audit", "--no-fund"]).current_dir(&ui))?;
    }
    step("Building the UI (vite build)");
    run(Command::new(npm()).args(["run", "build", "--silent"]).current_dir(&ui))
}

pub(crate) fn tools_dir() -> PathBuf {
    root().join(".tools")
}

fn tauri_driver() -> Result {
    let bin = tools_dir().join("bin/tauri-driver");
    if bin.exists() {
        return Ok(());
    }
    step("Installing tauri-driver into .tools/");
    run(Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["install", "tauri-driver", "--locked", "--version", "^2", "--root"])
        .arg(tools_dir()))
}

/// The official SEPA schemas in `.tools/sepaxml/`, fetched once from PyPI (the `sepaxml`
/// package's wheel, unpacked by Python's own zipfile): the tests check every bank transfer
/// file they write against them with xmllint.
fn sepa_schemas() -> Result<PathBuf> {
    let dir = tools_dir().join("sepaxml");
    if SEPA_SCHEMAS.iter().all(|f| dir.join(f).exists()) {
        return Ok(dir);
    }
    step("Fetching the SEPA schemas (the sepaxml package, from PyPI) into .tools/");
    let python = if cfg!(windows) { "python" } else { "python3" };
    let download = tools_dir().join("sepaxml-download");
    let _ = std::fs::remove_dir_all(&download);
    run(Command::new(python).args(["-m", "pip", "download", "--no-deps", "--disable-pip-version-check", "--quiet", "--dest"]).arg(&download).arg(SEPAXML))
        .map_err(|e| format!("{e}\nThe tests need Python 3 with pip to fetch the SEPA schemas (Debian/Ubuntu: apt-get install python3-pip)."))?;
    let wheel = std::fs::read_dir(&download)
        .map_err(|e| format!("could not read {}: {e}", download.display()))?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "whl"))
        .ok_or("pip downloaded no wheel of sepaxml")?;
    let unpacked = download.join("unpacked");
    run(Command::new(python).args(["-m", "zipfile", "-e"]).arg(&wheel).arg(&unpacked))?;
    std::fs::create_dir_all(&dir).map_err(|e| format!("could not make {}: {e}", dir.display()))?;
    for name in SEPA_SCHEMAS {
        let from = unpacked.join("sepaxml/schemas").join(name);
        std::fs::copy(&from, dir.join(name)).map_err(|e| format!("could not copy {}: {e}", from.display()))?;
    }
    let _ = std::fs::remove_dir_all(&download);
    Ok(dir)
}

fn cargo() -> Command {
    let mut cmd = Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.current_dir(root());
    cmd
}

fn run_app(args: &[String]) -> Result {
    setup(false)?;
    step("Building and starting Mobility Desk (release)");
    run(cargo().args(["run", "--release", "--features", "custom-protocol", "--bin", "mobility-desk", "--"]).args(args))
}

fn test() -> Result {
    setup(true)?;
    step("The UI's type check (svelte-check, warnings are errors)");
    run(Command::new(npm()).args(["run", "check", "--silent", "--", "--fail-on-warnings"]).current_dir(root().join("ui")))?;
    step("The UI's words: none written in code, every message it names exists (scripts/words.mjs)");
    run(Command::new("node").args(["scripts/words.mjs"]).current_dir(root().join("ui")))?;
    step("Lints (cargo clippy, warnings are errors)");
    run(cargo().args(["clippy", "--workspace", "--all-targets", "--features", "e2e", "--locked", "--", "-D", "warnings"]))?;
    let schemas = sepa_schemas()?;
    step("Core, command-line and IPC tests (cargo test --workspace)");
    run(cargo().args(["test", "--workspace", "--locked"]).env("MOBILITY_DESK_SEPA_SCHEMAS", &schemas))?;
    if cfg!(target_os = "linux") {
        step("End-to-end tests in the real window (Xvfb + tauri-driver + WebKitWebDriver)");
        let mut cmd = if env::var_os("DISPLAY").is_some() && env::var_os("MOBILITY_DESK_E2E_XVFB").is_none() {
            cargo()
        } else {
            let mut c = Command::new("xvfb-run");
            c.args(["-a", "-s", "-screen 0 1280x800x24"]).arg(env::var("CARGO").unwrap_or_else(|_| "cargo".into())).current_dir(root());
            c
        };
        cmd.args(["test", "--locked", "--features", "e2e", "--test", "e2e", "--", "--test-threads=1"])
            .env("MOBILITY_DESK_TAURI_DRIVER", tools_dir().join("bin/tauri-driver"))
            .env("MOBILITY_DESK_SEPA_SCHEMAS", &schemas);
        run(&mut cmd)?;
    } else {
        println!("End-to-end tests run on Linux only (tauri-driver has no macOS WebDriver; on Windows install msedgedriver and run `cargo test --features e2e --test e2e`).");
    }
    println!("\nAll tests passed.");
    Ok(())
}

fn bench() -> Result {
    setup(false)?;
    step("Benchmarks of the core (criterion)");
    run(cargo().args(["bench", "-p", "mobility-desk-core", "--bench", "hubs"]))?;
    run(cargo().args(["bench", "-p", "mobility-desk-core", "--bench", "grants"]))?;
    run(cargo().args(["bench", "-p", "mobility-desk-core", "--bench", "pairing"]))?;
    run(cargo().args(["bench", "-p", "mobility-desk-core", "--bench", "team"]))
}

/// Award letters against LibreOffice converting the same letters headless (1 and 50), then
/// 500 letters and the file sizes (crates/core/examples/letters_bench.rs). On Debian/Ubuntu,
/// LibreOffice (libreoffice-writer-nogui) is installed first when run as root.
fn bench_letters() -> Result {
    setup(false)?;
    #[cfg(target_os = "linux")]
    install_packages(vec!["libreoffice-writer-nogui", "fonts-dejavu-core"])?;
    step("Award letters: Mobility Desk against LibreOffice headless");
    run(cargo().args(["run", "--release", "-p", "mobility-desk-core", "--example", "letters_bench"]))
}

/// The reliability suite at full length (docs/reliability.md); the README's test command runs
/// each part shortened.
fn reliability() -> Result {
    setup(true)?;
    step("The command line killed at random moments: 50 runs each of an import, an award, a letter batch and an export");
    run(cargo()
        .args(["test", "--locked", "-p", "mobility-desk-cli", "--test", "reliability", "--", "--test-threads=1", "--nocapture"])
        .env("MOBILITY_DESK_RELIABILITY_RUNS", "50"))?;
    step("The CSV readers fuzzed: 20,000 cases each");
    run(cargo().args(["test", "--locked", "-p", "mobility-desk-core", "--test", "it", "csv_fuzz::", "--", "--nocapture"]).env("MOBILITY_DESK_FUZZ_CASES", "20000"))?;
    step("Data files of every earlier data version upgraded");
    run(cargo().args(["test", "--locked", "-p", "mobility-desk-core", "--test", "it", "every_earlier_data_version"]))?;
    if cfg!(target_os = "linux") {
        step("Every command fuzzed from the page in the real window (Xvfb)");
        run(Command::new("xvfb-run")
            .args(["-a", "-s", "-screen 0 1280x800x24"])
            .arg(env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args(["test", "--locked", "--features", "e2e", "--test", "e2e", "--", "--test-threads=1", "--nocapture", "malformed", "parse"])
            .env("MOBILITY_DESK_TAURI_DRIVER", tools_dir().join("bin/tauri-driver"))
            .current_dir(root()))?;
    }
    println!("\nThe reliability suite passed.");
    Ok(())
}

fn screenshots() -> Result {
    setup(true)?;
    step("Rendering docs/screenshots/ in the real window");
    run(Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1280x800x24"])
        .arg(env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        // One window at a time, as `cargo xtask test` runs the end-to-end tests.
        .args(["test", "--features", "e2e", "--test", "e2e", "--", "--ignored", "--test-threads=1", "screenshots"])
        .env("MOBILITY_DESK_TAURI_DRIVER", tools_dir().join("bin/tauri-driver"))
        // WebKitWebDriver takes a screenshot from the compositor's layers: without them (the
        // app turns them off on Linux) it never answers. The pictures are drawn the same.
        .env("WEBKIT_DISABLE_COMPOSITING_MODE", "0")
        .current_dir(root()))
}

/// The Tauri CLI's release build and bundles, run from the repository folder: the CLI takes
/// the folder of `tauri.conf.json` as the app's and finds the UI (`ui/`, its
/// `beforeBuildCommand`) by its `package.json`.
fn tauri_build(bundles: &[&str]) -> Result {
    tauri_build_with(bundles, &[])
}

fn tauri_build_with(bundles: &[&str], more: &[&str]) -> Result {
    let npx = if cfg!(windows) { "npx.cmd" } else { "npx" };
    run(Command::new(npx).args(["--yes", TAURI_CLI, "build", "--bundles", &bundles.join(",")]).args(more).current_dir(root()))
}

/// Tauri's bundler packs a `.deb` with gzip; Debian's own packages use xz, which every dpkg
/// reads (since 1.15.6) and which makes ours about a third smaller. Unpacked and packed again
/// with `dpkg-deb`, which every Debian and Ubuntu system has; left as it is where there is none.
fn repack_deb() -> Result {
    let dir = root().join("target/release/bundle/deb");
    let Some(deb) = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "deb"))
    else {
        return Err(format!("no .deb in {}", dir.display()));
    };
    if !exists_on_path("dpkg-deb") {
        println!("dpkg-deb is not installed: {} keeps Tauri's gzip.", deb.display());
        return Ok(());
    }
    step("Packing the .deb again with xz (dpkg-deb)");
    let tree = dir.join("repack");
    let _ = std::fs::remove_dir_all(&tree);
    run(Command::new("dpkg-deb").arg("--raw-extract").arg(&deb).arg(&tree))?;
    let packed = dir.join("repacked.deb.part");
    run(Command::new("dpkg-deb").args(["--root-owner-group", "-Zxz", "-z9", "--build"]).arg(&tree).arg(&packed))?;
    std::fs::rename(&packed, &deb).map_err(|e| format!("{}: {e}", deb.display()))?;
    let _ = std::fs::remove_dir_all(&tree);
    Ok(())
}

/// The installers of the platform this runs on, after the same set-up as `cargo xtask run`:
/// a `.deb` and an `.rpm` on Linux, an `.msi` and an NSIS `-setup.exe` on Windows (both with
/// the WebView2 runtime's offline installer inside), an `.app` in a `.dmg` on macOS (for both
/// processors with `MOBILITY_DESK_UNIVERSAL=1`, as the release workflow does).
fn installers() -> Result {
    setup(false)?;
    let bundles: &[&str] = if cfg!(target_os = "macos") {
        &["app", "dmg"]
    } else if cfg!(windows) {
        &["msi", "nsis"]
    } else {
        &["deb", "rpm"]
    };
    step(&format!("Release build and installers ({})", bundles.join(", ")));
    if cfg!(target_os = "macos") && std::env::var_os("MOBILITY_DESK_UNIVERSAL").is_some_and(|v| !v.is_empty()) {
        tauri_build_with(bundles, &["--target", "universal-apple-darwin"])?;
        println!("\nInstallers are in target/universal-apple-darwin/release/bundle/.");
        return Ok(());
    }
    tauri_build(bundles)?;
    if cfg!(target_os = "linux") {
        repack_deb()?;
    }
    println!("\nInstallers are in target/release/bundle/.");
    Ok(())
}

