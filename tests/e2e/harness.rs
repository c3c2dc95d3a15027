//! A small harness over fantoccini: one data folder per test, one tauri-driver per session,
//! waits that poll what the user would see.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

mod audit;

const TIMEOUT: Duration = Duration::from_secs(20);

pub struct World {
    dir: tempfile::TempDir,
    name: String,
}

pub struct Session {
    client: Client,
    driver: Child,
    log: PathBuf,
}

/// Failure screenshots outlive the test's temporary folder: they go under target/.
fn failure_path(log: &Path, ext: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e-failures");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::copy(log, dir.join(log.file_name().unwrap()));
    dir.join(log.with_extension(ext).file_name().unwrap())
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn driver_path() -> PathBuf {
    if let Some(p) = std::env::var_os("MOBILITY_DESK_TAURI_DRIVER") {
        return PathBuf::from(p);
    }
    let local = Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/bin/tauri-driver");
    if local.exists() {
        local
    } else {
        PathBuf::from("tauri-driver")
    }
}

impl World {
    pub fn new(name: &str) -> World {
        let dir = tempfile::Builder::new().prefix(&format!("md-e2e-{name}-")).tempdir().unwrap();
        for sub in ["data", "xdg-data", "xdg-config", "xdg-cache"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        }
        std::fs::write(dir.path().join("dialog-answer.txt"), "").unwrap();
        World { dir, name: name.to_string() }
    }

    pub fn data_file(&self) -> PathBuf {
        self.dir.path().join("data").join("mobility-desk.sqlite3")
    }

    pub fn write_file(&self, name: &str, text: &str) -> PathBuf {
        self.write_bytes(name, text.as_bytes())
    }

    pub fn write_bytes(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    /// The files the app asked the system to open in their viewer, one path per line (see
    /// src-tauri/dialogs.rs).
    pub fn opened_files(&self) -> Vec<PathBuf> {
        std::fs::read_to_string(self.dir.path().join("opened.txt")).unwrap_or_default().lines().map(PathBuf::from).collect()
    }

    /// A folder of the test's own, made if missing.
    pub fn folder(&self, name: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::create_dir_all(&path).unwrap();
        path
    }

    /// The app started from now on takes `day` (YYYY-MM-DD) for today, by which payments fall
    /// due (a debug build reads `MOBILITY_DESK_TODAY`).
    pub fn set_today(&self, day: &str) {
        std::fs::write(self.dir.path().join("today.txt"), day).unwrap();
    }

    /// The next native file dialog answers with this path (see src-tauri/dialogs.rs).
    pub fn answer_next_dialog(&self, path: &Path) {
        std::fs::write(self.dir.path().join("dialog-answer.txt"), path.display().to_string()).unwrap();
    }

    /// Start the app in a fresh WebDriver session. A driver that never answers (seen once in
    /// some 180 starts on these machines) is stopped and started once more.
    pub async fn start(&self) -> Session {
        match self.try_start().await {
            Ok(session) => session,
            Err(first) => {
                eprintln!("[{}] {first}; starting the driver again", self.name);
                self.try_start().await.unwrap_or_else(|e| panic!("{e}"))
            }
        }
    }

    async fn try_start(&self) -> Result<Session, String> {
        let port = free_port();
        let native_port = free_port();
        let log = self.dir.path().join(format!("driver-{port}.log"));
        let out = std::fs::File::create(&log).unwrap();
        let root = self.dir.path();
        let mut driver = Command::new(driver_path());
        if let Ok(day) = std::fs::read_to_string(root.join("today.txt")) {
            driver.env("MOBILITY_DESK_TODAY", day.trim());
        }
        let driver = driver
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .env("MOBILITY_DESK_DATA_DIR", root.join("data"))
            .env("XDG_DATA_HOME", root.join("xdg-data"))
            .env("XDG_CONFIG_HOME", root.join("xdg-config"))
            .env("XDG_CACHE_HOME", root.join("xdg-cache"))
            .env("MOBILITY_DESK_TEST_DIALOG_ANSWER", root.join("dialog-answer.txt"))
            .env("MOBILITY_DESK_TEST_OPENED", root.join("opened.txt"))
            .stdin(Stdio::null())
            .stdout(out.try_clone().unwrap())
            .stderr(out)
            .spawn()
            .unwrap_or_else(|e| panic!("could not start tauri-driver ({}): {e}", driver_path().display()));

        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("wry"));
        caps.insert("tauri:options".into(), json!({ "application": env!("CARGO_BIN_EXE_mobility-desk") }));
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = loop {
            // A session whose app never comes up (GTK could not start, say) is never answered:
            // each attempt is bounded, so the start is tried again instead of hanging the run.
            let attempt = tokio::time::timeout(TIMEOUT, ClientBuilder::native().capabilities(caps.clone()).connect(&url)).await;
            let attempt = attempt.unwrap_or_else(|_| Err(fantoccini::error::NewSessionError::Lost(std::io::Error::new(std::io::ErrorKind::TimedOut, "no answer to the new session"))));
            match attempt {
                Ok(c) => break c,
                Err(e) if started.elapsed() < TIMEOUT => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                Err(e) => {
                    let mut driver = driver;
                    stop(&mut driver);
                    return Err(format!("[{}] no WebDriver session: {e}; see {}", self.name, log.display()));
                }
            }
        };
        Ok(Session { client, driver, log })
    }
}

impl Session {
    async fn find(&self, css: &str) -> Option<Element> {
        self.client.find(Locator::Css(css)).await.ok()
    }

    /// A screenshot of a failure, beside the driver's log, when one can be taken: bounded, since
    /// WebKitWebDriver's screenshot never answers when compositing is off (as the app turns it
    /// off), and a failure must fail, not hang the run.
    async fn failure_shot(&self, ext: &str) -> PathBuf {
        let shot = failure_path(&self.log, ext);
        if let Ok(Ok(png)) = tokio::time::timeout(Duration::from_secs(5), self.client.screenshot()).await {
            let _ = std::fs::write(&shot, png);
        }
        shot
    }

    async fn until<T, F, Fut>(&self, what: &str, mut probe: F) -> T
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Option<T>>,
    {
        let started = Instant::now();
        loop {
            if let Some(v) = probe().await {
                return v;
            }
            if started.elapsed() > TIMEOUT {
                let shot = self.failure_shot("png").await;
                panic!("timed out waiting for {what} (screenshot {}, driver log {})", shot.display(), self.log.display());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn wait_for(&self, css: &str) -> Element {
        self.until(&format!("{css} to appear"), || async {
            let el = self.find(css).await?;
            el.is_displayed().await.ok().filter(|d| *d).map(|_| el)
        })
        .await
    }

    pub async fn wait_gone(&self, css: &str) {
        self.until(&format!("{css} to go away"), || async { self.find(css).await.is_none().then_some(()) }).await
    }

    /// Wait until the element's text contains `needle`; return the whole text.
    pub async fn wait_text(&self, css: &str, needle: &str) -> String {
        self.until(&format!("{css} to read '{needle}'"), || async {
            let text = self.find(css).await?.text().await.ok()?;
            text.contains(needle).then_some(text)
        })
        .await
    }

    /// Wait until an input's value contains `needle`.
    pub async fn until_value(&self, css: &str, needle: &str) -> String {
        self.until(&format!("{css} to hold '{needle}'"), || async {
            let v = self.find(css).await?.prop("value").await.ok()??;
            v.contains(needle).then_some(v)
        })
        .await
    }

    /// Wait until a script's answer (what it hands its callback) is the text `want`.
    pub async fn until_script(&self, script: &str, want: &str) -> String {
        self.until(&format!("{script} to answer '{want}'"), || async {
            let v = self.client.execute_async(script, vec![]).await.ok()?;
            let v = v.as_str()?.to_string();
            (v == want).then_some(v)
        })
        .await
    }

    pub async fn wait_rows(&self, n: usize) {
        self.until(&format!("{n} hub rows"), || async { (self.count("[data-testid=hub-row]").await == n).then_some(()) }).await
    }

    /// Wait until exactly `n` elements match `css`.
    pub async fn wait_rows_of(&self, css: &str, n: usize) {
        self.until(&format!("{n} × {css}"), || async { (self.count(css).await == n).then_some(()) }).await
    }

    pub async fn wait_option_containing(&self, css: &str, needle: &str) -> Element {
        self.until(&format!("an option '{needle}'"), || async {
            for el in self.client.find_all(Locator::Css(css)).await.ok()? {
                if el.text().await.ok()?.contains(needle) {
                    return Some(el);
                }
            }
            None
        })
        .await
    }

    /// Click once the element is shown and can take the click (e.g. not covered by a toast
    /// still sliding in).
    pub async fn click(&self, css: &str) {
        // Each state of the page a test acts on is audited for accessibility first.
        self.audit().await;
        let mut last = String::new();
        let started = Instant::now();
        loop {
            let el = self.wait_for(css).await;
            // As a person would: wait until a disabled control (busy while a sync ends, say)
            // can be used; a click on it would be lost.
            if !el.is_enabled().await.unwrap_or(true) && started.elapsed() < TIMEOUT {
                last = format!("{css} is disabled");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
            // And scroll it into view first.
            let _ = self.client.execute("arguments[0].scrollIntoView({block: 'center'});", vec![serde_json::to_value(&el).unwrap()]).await;
            match el.click().await {
                Ok(()) => return,
                Err(e) if started.elapsed() < TIMEOUT => {
                    last = format!("{e:?}");
                    tokio::time::sleep(Duration::from_millis(150)).await;
                }
                Err(e) => {
                    let shot = self.failure_shot("click.png").await;
                    panic!("click {css}: {e:?} (earlier: {last}); screenshot {}", shot.display())
                }
            }
        }
    }

    /// Press Tab, as a person would, until the focus is on `css` (at most 300 presses).
    pub async fn tab_to(&self, css: &str) {
        self.audit().await;
        let check = "return !!document.activeElement && document.activeElement.matches(arguments[0]);";
        let started = Instant::now();
        for _ in 0..300 {
            if self.client.execute(check, vec![json!(css)]).await.unwrap_or_default() == json!(true) {
                return;
            }
            self.press("\u{E004}").await;
            if started.elapsed() > TIMEOUT * 2 {
                break;
            }
        }
        let shot = self.failure_shot("tab.png").await;
        let at = self.client.execute("const e = document.activeElement; return e ? e.outerHTML.slice(0, 160) : '';", vec![]).await.unwrap_or_default();
        panic!("Tab never reached {css} (the focus is on {at}); screenshot {}", shot.display());
    }

    /// Focus `css` and press Enter: a click that works whatever the page's zoom (WebDriver's
    /// clicks land where the element would be at 100 %).
    pub async fn activate(&self, css: &str) {
        self.audit().await;
        let el = self.wait_for(css).await;
        let _ = self.client.execute("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", vec![serde_json::to_value(&el).unwrap()]).await;
        self.press("\u{E007}").await;
    }

    /// Keys pressed where the focus is (WebDriver key codes: Enter \u{E007}, Space \u{E00D}).
    pub async fn press(&self, keys: &str) {
        let el = match self.client.active_element().await {
            Ok(el) => el,
            Err(_) => self.wait_for("body").await,
        };
        el.send_keys(keys).await.unwrap_or_else(|e| panic!("press {keys:?}: {e}"));
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let el = self.wait_for(css).await;
        el.send_keys(text).await.unwrap_or_else(|e| panic!("type into {css}: {e}"));
    }

    /// Empty an input the way a user's select-all + delete would (an `input` event follows).
    pub async fn clear(&self, css: &str) {
        self.wait_for(css).await;
        self.client
            .execute(
                "const el = document.querySelector(arguments[0]); el.value = ''; el.dispatchEvent(new Event('input', {bubbles: true}));",
                vec![json!(css)],
            )
            .await
            .unwrap_or_else(|e| panic!("clear {css}: {e}"));
    }

    /// Set an input's value the way a picker does (date inputs take no typed keys in WebKit's
    /// driver): the value, then `input` and `change` events.
    pub async fn fill(&self, css: &str, value: &str) {
        self.wait_for(css).await;
        self.client
            .execute(
                "const el = document.querySelector(arguments[0]); el.value = arguments[1]; el.dispatchEvent(new Event('input', {bubbles: true})); el.dispatchEvent(new Event('change', {bubbles: true}));",
                vec![json!(css), json!(value)],
            )
            .await
            .unwrap_or_else(|e| panic!("fill {css}: {e}"));
    }

    /// `fill` for the `n`-th (from 0) element matching `css`.
    pub async fn fill_nth(&self, css: &str, n: usize, value: &str) {
        self.wait_for(css).await;
        self.client
            .execute(
                "const el = document.querySelectorAll(arguments[0])[arguments[1]]; el.value = arguments[2]; el.dispatchEvent(new Event('input', {bubbles: true})); el.dispatchEvent(new Event('change', {bubbles: true}));",
                vec![json!(css), json!(n), json!(value)],
            )
            .await
            .unwrap_or_else(|e| panic!("fill {css} #{n}: {e}"));
    }

    /// Scroll the element to the top of its scrolling area, and the window back to its origin.
    pub async fn scroll_to_top_of(&self, css: &str) {
        self.wait_for(css).await;
        self.client
            .execute("document.querySelector(arguments[0]).scrollIntoView({block: 'start'}); window.scrollTo(0, 0);", vec![json!(css)])
            .await
            .unwrap_or_else(|e| panic!("scroll to {css}: {e}"));
    }

    pub async fn select(&self, css: &str, value: &str) {
        self.wait_for(css).await;
        self.client
            .execute(
                "const el = document.querySelector(arguments[0]); el.value = arguments[1]; el.dispatchEvent(new Event('change', {bubbles: true}));",
                vec![json!(css), json!(value)],
            )
            .await
            .unwrap_or_else(|e| panic!("select {value} in {css}: {e}"));
    }

    /// The shown element's text; an element the page replaced meanwhile (a re-render between
    /// finding it and reading it) is found again.
    pub async fn text(&self, css: &str) -> String {
        self.until(&format!("{css} to show its text"), || async {
            let el = self.find(css).await?;
            el.is_displayed().await.ok().filter(|d| *d)?;
            el.text().await.ok()
        })
        .await
    }

    pub async fn texts(&self, css: &str) -> Vec<String> {
        let mut out = Vec::new();
        for el in self.client.find_all(Locator::Css(css)).await.unwrap() {
            out.push(el.text().await.unwrap());
        }
        out
    }

    /// The `attr` attribute of the first `css` element whose text contains `needle`, waiting
    /// until there is one (e.g. the application id of the row naming a hub).
    pub async fn attr_where(&self, css: &str, needle: &str, attr: &str) -> String {
        self.until(&format!("a {css} reading '{needle}'"), || async {
            for el in self.client.find_all(Locator::Css(css)).await.ok()? {
                if el.text().await.ok()?.contains(needle) {
                    return el.attr(attr).await.ok()?;
                }
            }
            None
        })
        .await
    }

    pub async fn value(&self, css: &str) -> String {
        self.wait_for(css).await.prop("value").await.unwrap().unwrap_or_default()
    }

    pub async fn enabled(&self, css: &str) -> bool {
        self.wait_for(css).await.is_enabled().await.unwrap()
    }

    pub async fn count(&self, css: &str) -> usize {
        self.client.find_all(Locator::Css(css)).await.map(|v| v.len()).unwrap_or(0)
    }

    /// Close the window (the app quits) and stop tauri-driver with SIGTERM, so that
    /// WebKitWebDriver is not orphaned holding the test's output open.
    pub async fn end(mut self) {
        self.audit().await;
        let _ = self.client.clone().close().await;
        stop(&mut self.driver);
    }
}

fn stop(child: &mut Child) {
    #[cfg(unix)]
    {
        let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

impl Drop for Session {
    fn drop(&mut self) {
        if let Ok(None) = self.driver.try_wait() {
            stop(&mut self.driver);
        }
    }
}

impl Session {
    /// Save a PNG of the page as the user sees it.
    /// Call a command the way any script in the page can, with arguments the IPC's JSON parser
    /// cannot read: `nested` (200 arrays deep) or `surrogate` (a lone UTF-16 surrogate). What
    /// the call resolves to (`{ok}`) or rejects with (`{err}`).
    pub async fn invoke_malformed(&self, cmd: &str, kind: &str) -> serde_json::Value {
        let script = r#"
            const [cmd, kind, done] = arguments;
            let args;
            if (kind === 'nested') {
              let v = 0;
              for (let i = 0; i < 200; i++) v = [v];
              args = { id: v };
            } else {
              args = { query: { text: 'x\ud800y' } };
            }
            window.__TAURI_INTERNALS__.invoke(cmd, args).then((r) => done({ ok: r }), (e) => done({ err: e }));
        "#;
        self.client.execute_async(script, vec![json!(cmd), json!(kind)]).await.expect("run the script")
    }

    /// Run an asynchronous script in the page (it calls the last argument with its result).
    pub async fn script(&self, script: &str, args: Vec<serde_json::Value>) -> serde_json::Value {
        self.client.execute_async(script, args).await.expect("run the script")
    }

    pub async fn screenshot(&self, path: &Path) {
        // WebKit hands over the last painted frame: give the page time to paint.
        tokio::time::sleep(Duration::from_millis(800)).await;
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, png).unwrap();
    }

    /// Resize the window and wait until the page has it (the window manager answers later).
    pub async fn resize(&self, width: u32, height: u32) {
        let _ = self.client.set_window_size(width, height).await;
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(3) {
            let outer = self.client.execute("return [window.outerWidth, window.outerHeight];", vec![]).await.unwrap_or_default();
            if outer == json!([width, height]) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        // One more frame for the layout to follow.
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
