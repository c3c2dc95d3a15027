//! The desktop shell: windows, menus, native dialogs and IPC. It holds no domain logic:
//! each command deserialises its payload, calls `mobility_desk_core`, and returns the core's
//! `{code, message, fields}` error as it is.

pub mod commands;
mod dialogs;
pub mod ipc_protocol;
mod menu;
mod payload;
#[cfg(target_os = "linux")]
mod single_instance;
mod team_watch;
mod mail_watch;

use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};

use mobility_desk_core::platform::protection::Passphrase;
use mobility_desk_core::platform::paths;
use mobility_desk_core::{said, Error, ErrorCode, Store};
use tauri::{Manager, Runtime};

pub use payload::Payload;

type Slot = Result<Arc<Mutex<Store>>, Error>;

/// What every command shares: the open store, or the reason it could not be opened (the
/// window still opens and shows that reason). A restore closes the store and opens the
/// restored file in its place.
pub struct AppState {
    pub data_dir: PathBuf,
    store: RwLock<Slot>,
    /// The passphrase of a protected data file, once the person typed one that opens it
    /// (kept in memory only, to reopen the file after a restore and to key its backups).
    key: Mutex<Option<Passphrase>>,
    /// The files the user chose in a native dialog, by the token the page was given.
    picked: Mutex<Vec<(String, PathBuf)>>,
    /// When set (by the IPC tests, on the mock runtime), files are not opened in the system's
    /// viewer but listed in this file.
    pub opened_log: Mutex<Option<PathBuf>>,
    /// The start's housekeeping, while it runs: its backup reads the data file on a connection
    /// of its own, so a restore or a change of protection waits for it to end.
    housekeeping: Mutex<Option<std::thread::JoinHandle<()>>>,
    /// The language the window speaks (the page says which at start and on a change): the
    /// menu's and the native dialogs' words follow it.
    language: Mutex<String>,
}

fn open_slot(data_dir: &std::path::Path, key: Option<&Passphrase>) -> Slot {
    Store::open_dir_keyed(data_dir, key).map(|s| Arc::new(Mutex::new(s)))
}

impl AppState {
    /// The language the window speaks ('en', 'fr', …).
    pub fn language(&self) -> String {
        self.language.lock().map(|l| l.clone()).unwrap_or_else(|_| mobility_desk_core::platform::said::SOURCE_LANGUAGE.to_string())
    }

    /// Set the language the window speaks (the menu is built again by the command).
    pub fn set_language(&self, language: &str) {
        if let Ok(mut l) = self.language.lock() {
            *l = language.to_string();
        }
    }

    /// What the core says, in the window's language.
    pub fn say(&self, said: mobility_desk_core::platform::said::Said) -> String {
        said.in_language(&self.language())
    }

    /// Open the store in `data_dir`; a failure is kept and reported to the UI.
    pub fn open(data_dir: PathBuf) -> AppState {
        let store = RwLock::new(open_slot(&data_dir, None));
        AppState { data_dir, store, key: Mutex::new(None), picked: Mutex::new(Vec::new()), opened_log: Mutex::new(None), housekeeping: Mutex::new(None), language: Mutex::new(mobility_desk_core::platform::said::SOURCE_LANGUAGE.to_string()) }
    }

    /// The passphrase held for the data file (none for a plain file, or before it is typed).
    pub fn key(&self) -> Option<Passphrase> {
        self.key.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn set_key(&self, key: Option<Passphrase>) {
        *self.key.lock().unwrap_or_else(|e| e.into_inner()) = key;
    }

    /// Open a protected data file that was refused for want of its passphrase. A passphrase
    /// that opens it is kept (also when the file then turns out damaged: a restore needs it);
    /// a wrong one is answered `locked` and forgotten.
    pub fn unlock(&self, key: Passphrase) -> Result<(), Error> {
        let mut slot = self.store.write().map_err(|_| unavailable())?;
        match &*slot {
            Ok(_) => return Ok(()),
            Err(e) if e.code != ErrorCode::Locked => return Err(e.clone()),
            Err(_) => {}
        }
        let opened = open_slot(&self.data_dir, Some(&key));
        let result = match &opened {
            Ok(_) => Ok(()),
            Err(e) => Err(e.clone()),
        };
        if !matches!(&opened, Err(e) if e.code == ErrorCode::Locked) {
            self.set_key(Some(key));
            *slot = opened;
        }
        result
    }

    pub fn store(&self) -> Result<Arc<Mutex<Store>>, Error> {
        match self.store.read() {
            Ok(slot) => slot.clone(),
            Err(_) => Err(unavailable()),
        }
    }

    /// Remember a file the user chose; the page gets a token for it and its name to show.
    pub fn picked(&self, path: PathBuf) -> commands::PickedFile {
        let mut picked = self.picked.lock().unwrap_or_else(|e| e.into_inner());
        // A token is only ever a name for a file the user chose: not a secret, never a path.
        let token = format!("file-{}-{}", std::process::id(), picked.len() + 1);
        let file = commands::PickedFile {
            token: token.clone(),
            name: path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            path: path.display().to_string(),
        };
        picked.push((token, path));
        file
    }

    /// The file a token stands for.
    pub fn picked_path(&self, token: &str) -> Result<PathBuf, Error> {
        let picked = self.picked.lock().unwrap_or_else(|e| e.into_inner());
        picked
            .iter()
            .find(|(t, _)| t == token)
            .map(|(_, p)| p.clone())
            .ok_or_else(|| Error::new(ErrorCode::BadRequest, said!("said-shell-file-not-chosen")))
    }

    pub fn data_file(&self) -> PathBuf {
        self.data_dir.join(paths::DATABASE_FILE)
    }

    /// Close the data file, run `f` on it (a restore), and open it again, whatever `f` answered.
    /// Refused while other work (a letter batch, an export) holds the store.
    pub fn with_file_closed<T>(&self, f: impl FnOnce(&std::path::Path) -> Result<T, Error>) -> Result<T, Error> {
        let mut slot = self.store.write().map_err(|_| unavailable())?;
        if let Some(running) = self.housekeeping.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = running.join();
        }
        if let Ok(mut store) = std::mem::replace(&mut *slot, Err(unavailable())) {
            // A moment's use elsewhere (the team's folder watcher reading the desk's state)
            // ends by itself: wait for it a little before refusing.
            let started = std::time::Instant::now();
            loop {
                match Arc::try_unwrap(store) {
                    Ok(alone) => {
                        drop(alone);
                        break;
                    }
                    Err(shared) if started.elapsed() < std::time::Duration::from_secs(2) => {
                        store = shared;
                        std::thread::sleep(std::time::Duration::from_millis(25));
                    }
                    Err(shared) => {
                        *slot = Ok(shared);
                        return Err(Error::new(ErrorCode::NotAllowed, said!("said-shell-data-file-busy")));
                    }
                }
            }
        }
        let result = f(&self.data_file());
        *slot = open_slot(&self.data_dir, self.key().as_ref());
        result
    }

    /// Run `f` with the store held (see [`Held`]).
    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> Result<T, Error>) -> Result<T, Error> {
        let store = self.store()?;
        let mut held = hold(&store)?;
        f(&mut held)
    }

    /// At start (and once a protected file is unlocked), in the background: remove what
    /// interrupted writes left, old copies of letters (all of them while the file is
    /// protected), and take the day's backup if one is due.
    pub fn housekeeping(&self) {
        let data_dir = self.data_dir.clone();
        let file = self.data_file();
        let key = self.key();
        let policy = self.with(|s| if s.is_read_only() { Ok(None) } else { s.backup_policy().map(Some) });
        let running = std::thread::spawn(move || {
            after_first_screen();
            mobility_desk_core::platform::files::clean_interrupted(&data_dir);
            let kept = if key.is_some() { std::time::Duration::ZERO } else { mobility_desk_core::platform::files::COPIES_KEPT };
            mobility_desk_core::platform::files::remove_older_than(&data_dir.join(paths::LETTER_COPIES_DIR), kept);
            if let Some(key) = &key {
                mobility_desk_core::platform::protection::finish_interrupted(&file, key);
            }
            if let Ok(Some(policy)) = policy {
                if let Err(e) = mobility_desk_core::platform::backups::take_if_due(&file, policy, key.as_ref()) {
                    eprintln!("The day's backup could not be taken: {}", e.message);
                }
            }
        });
        *self.housekeeping.lock().unwrap_or_else(|e| e.into_inner()) = Some(running);
    }
}

/// The store, locked for one action. When the action lets it go, what it changed is sealed
/// into one entry of the desk's log (a failure to seal leaves the notes in the file, sealed
/// with the next action).
pub struct Held<'a>(std::sync::MutexGuard<'a, Store>);

impl std::ops::Deref for Held<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        &self.0
    }
}

impl std::ops::DerefMut for Held<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        &mut self.0
    }
}

impl Drop for Held<'_> {
    fn drop(&mut self) {
        if let Err(e) = self.0.seal() {
            eprintln!("The last change could not be written to this desk's log yet: {}", e.message);
        }
    }
}

/// Lock the store for one action.
pub fn hold(store: &Mutex<Store>) -> Result<Held<'_>, Error> {
    store.lock().map(Held).map_err(|_| unavailable())
}

fn unavailable() -> Error {
    Error::new(ErrorCode::Internal, said!("said-shell-store-unavailable"))
}

/// The data folder from `--data-dir DIR` (or `--data-dir=DIR`) on the command line,
/// else `MOBILITY_DESK_DATA_DIR`, else the OS app-data folder.
pub fn data_dir_from_args(args: impl IntoIterator<Item = String>) -> Option<PathBuf> {
    let mut args = args.into_iter();
    let mut explicit = None;
    while let Some(arg) = args.next() {
        if arg == "--data-dir" {
            explicit = args.next().map(PathBuf::from);
        } else if let Some(v) = arg.strip_prefix("--data-dir=") {
            explicit = Some(PathBuf::from(v));
        }
    }
    paths::resolve_data_dir(explicit)
}

/// Register the commands and state on a builder; shared by `run()` and the IPC tests on the
/// mock runtime (where `setup` does not run).
pub fn configure<R: Runtime>(builder: tauri::Builder<R>, state: AppState) -> tauri::Builder<R> {
    builder.manage(state).invoke_handler(commands::handler()).register_asynchronous_uri_scheme_protocol("ipc", |ctx, request, responder| {
        // The app has one webview per window, labelled like its window.
        let webview = ctx.app_handle().get_webview_window(ctx.webview_label()).map(|w| w.as_ref().clone());
        ipc_protocol::handle(webview, request, move |response| responder.respond(response));
    })
}

/// On Linux, WebKitGTK draws the page without its compositing mode: a window of forms and tables
/// needs no GPU layers, and each layer is a bitmap of the screen's size. Measured beside a Tauri
/// hello world (`cargo xtask measure`), the page's process used 85 MB less with the first
/// screen shown, and the window needs no OpenGL context to start. A person who sets the
/// variable themselves (to 0, say) is followed.
fn lighter_webview() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        // The first thing the process does, before any thread is started.
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
}

/// The running app, for the notice of a write waiting its turn (`store::when_waiting`).
static APP: std::sync::OnceLock<tauri::AppHandle> = std::sync::OnceLock::new();

/// Whether the window has shown its first screen (`ui_ready`).
static FIRST_SCREEN: (std::sync::Mutex<bool>, std::sync::Condvar) = (std::sync::Mutex::new(false), std::sync::Condvar::new());

/// The window has shown its first screen: the work held back for it may start.
pub fn first_screen_shown() {
    let (shown, changed) = &FIRST_SCREEN;
    *shown.lock().unwrap_or_else(|e| e.into_inner()) = true;
    changed.notify_all();
}

/// What the app does by itself at start (the day's backup, the outbox's reminders, the team's
/// sync) waits until the window has shown its first screen, or ten seconds at most: it would
/// otherwise take the data file and the processor from the first screen's own requests.
pub fn after_first_screen() {
    let (shown, changed) = &FIRST_SCREEN;
    let guard = shown.lock().unwrap_or_else(|e| e.into_inner());
    let _ = changed.wait_timeout_while(guard, std::time::Duration::from_secs(10), |shown| !*shown);
}

/// When the process started, for the start-up trace (`MOBILITY_DESK_TRACE_STARTUP=1`).
pub static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// One line of the start-up trace, with `MOBILITY_DESK_TRACE_STARTUP` set: "mobility-desk:
/// `what` N ms after start`more`" (`cargo xtask measure` reads the "ui ready" line).
pub fn trace_startup(what: &str, more: &str) {
    if std::env::var_os("MOBILITY_DESK_TRACE_STARTUP").is_some() {
        if let Some(started) = STARTED.get() {
            println!("mobility-desk: {what} {} ms after start{more}", started.elapsed().as_millis());
        }
    }
}

/// In the start-up trace, each request answered before the first screen was shown: when it was
/// answered and how long it took (the page's requests before its first screen are the start's).
pub fn trace_request(command: &str, asked: std::time::Instant) {
    if std::env::var_os("MOBILITY_DESK_TRACE_STARTUP").is_some() && !*FIRST_SCREEN.0.lock().unwrap_or_else(|e| e.into_inner()) {
        trace_startup(&format!("request {command} answered"), &format!(" (took {} ms)", asked.elapsed().as_millis()));
    }
}

/// Bring the window forward (another start on the same data folder asked for it).
fn show_window<R: Runtime>(app: &tauri::AppHandle<R>) {
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
}

/// The shipped build ends at a panic (`panic = "abort"`): first, the hook writes what happened
/// in the data folder, for the next start to show (`platform/crash.rs`). A build that unwinds
/// (debug, tests) answers a panicking task with an error instead and writes nothing.
fn note_crashes_in(data_dir: PathBuf) {
    if !cfg!(panic = "abort") {
        return;
    }
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| payload.downcast_ref::<String>().cloned()).unwrap_or_default();
        let place = info.location().map(|l| format!(" at {}:{}:{}", l.file(), l.line(), l.column())).unwrap_or_default();
        let thread = std::thread::current().name().map(|n| format!(" (thread {n})")).unwrap_or_default();
        let _ = mobility_desk_core::platform::crash::record_now(&data_dir, env!("CARGO_PKG_VERSION"), &format!("{message}{place}{thread}"));
        default(info);
    }));
}

pub fn run() {
    STARTED.get_or_init(std::time::Instant::now);
    lighter_webview();
    let data_dir = data_dir_from_args(std::env::args().skip(1)).unwrap_or_else(|| PathBuf::from("mobility-desk-data"));
    // A second start on the same data folder brings the running window forward instead of
    // opening the same data file twice.
    #[cfg(target_os = "linux")]
    let claim = match single_instance::claim(&data_dir) {
        Some(None) => {
            println!("Mobility Desk is already open on {}: its window was brought forward.", data_dir.display());
            return;
        }
        Some(Some(claim)) => Some(claim),
        None => None,
    };
    note_crashes_in(data_dir.clone());
    let state = AppState::open(data_dir);
    trace_startup("data file open", "");
    state.housekeeping();
    let builder = tauri::Builder::default();
    #[cfg(any(target_os = "macos", windows))]
    let builder = builder.plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| show_window(app)));
    let builder = builder
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .menu(menu::build)
        .on_menu_event(menu::on_event)
        .on_page_load(|_, load| {
            // The start-up trace: when the window began to load the page (ui_ready says the rest).
            if matches!(load.event(), tauri::webview::PageLoadEvent::Started) {
                trace_startup("page loading", "");
            }
        });
    let app = configure(builder, state).build(tauri::generate_context!()).unwrap_or_else(|e| {
        eprintln!("Mobility Desk could not start: {e}");
        std::process::exit(1);
    });
    trace_startup("window made", "");
    #[cfg(target_os = "linux")]
    if let Some(claim) = claim {
        let handle = app.handle().clone();
        claim.serve(move || {
            // A program whose window is gone (closed, on its way out) leaves the next start
            // to open its own.
            if handle.get_webview_window("main").is_none() {
                return false;
            }
            let window = handle.clone();
            handle.run_on_main_thread(move || show_window(&window)).is_ok()
        });
    }
    // A write that waits for another writer (a command, another window) says so in the window.
    let _ = APP.set(app.handle().clone());
    // A desk of a team syncs when another desk's files arrive in the shared folder.
    team_watch::spawn(app.handle().clone());
    // Today's report reminders are composed, and queued mail is tried again now and then.
    mail_watch::spawn(app.handle().clone());
    mobility_desk_core::platform::store::when_waiting(|| {
        if let Some(app) = APP.get() {
            use tauri::Emitter;
            let _ = app.emit("data-busy", ());
        }
    });
    app.run(|app, event| {
        // Copies of letters opened in the PDF viewer are plain PDFs: while the data file is
        // protected, none outlives the session.
        if let tauri::RunEvent::Exit = event {
            let state = app.state::<AppState>();
            if state.key().is_some() {
                mobility_desk_core::platform::files::remove_older_than(&state.data_dir.join(paths::LETTER_COPIES_DIR), std::time::Duration::ZERO);
            }
        }
    });
}

/// TypeScript declarations of every type that crosses the IPC boundary, written to
/// `ui/src/lib/ipc/bindings.ts`. The integration test `bindings_are_current` fails when the file
/// drifts from the Rust types; `UPDATE_BINDINGS=1 cargo test --test integration bindings`
/// rewrites it.
pub fn typescript_bindings() -> String {
    use mobility_desk_core::cycle::{cycles, gates, programmes};
    use mobility_desk_core::funding::{distance, finance, grants, payments, rules, sepa};
    use mobility_desk_core::intake::{applications, forms, reviewers, selection};
    use mobility_desk_core::matching::{engine, pairs, placement};
    use mobility_desk_core::platform::{backups, countries, crash, error, gazetteer, money, protection, said};
    use mobility_desk_core::registry::{accounts, hubs, hubs_csv, settings};
    use mobility_desk_core::{cycle_report, demo, documents, letters, outbox, privacy, stories, team, votes};
    use ts_rs::{Config, TS};
    let cfg = Config::new().with_large_int("number");
    let mut out = String::from("// Generated from the Rust types (src-tauri/lib.rs, typescript_bindings). Do not edit:\n// run `UPDATE_BINDINGS=1 cargo test --test integration bindings` after changing a type.\n\n");
    macro_rules! declare {
        ($($t:ty),* $(,)?) => {
            $(
                out.push_str("export ");
                out.push_str(&<$t as TS>::decl(&cfg));
                out.push_str("\n\n");
            )*
        };
    }
    declare!(
        said::SaidArg,
        said::Said,
        said::Phrase,
        crash::CrashNote,
        error::ErrorCode,
        error::FieldError,
        money::AmountRead,
        error::Error,
        settings::NetworkSettings,
        settings::SettingsInput,
        team::Person,
        team::DeskStatus,
        team::RecordKind,
        team::FieldChange,
        team::HistoryItem,
        team::AuditDesk,
        team::AuditReport,
        team::AuditExport,
        team::JoinCard,
        team::DeskRow,
        team::TeamStatus,
        team::Refusal,
        team::Received,
        team::SyncReport,
        team::JoinProgress,
        team::JoinStage,
        team::ClashVersion,
        team::Clash,
        countries::Country,
        gazetteer::Place,
        hubs::Maturity,
        hubs::Membership,
        hubs::Hub,
        hubs::HubInput,
        accounts::OwnerKind,
        accounts::AccountOwner,
        accounts::BankAccount,
        accounts::AccountInput,
        privacy::DataKind,
        privacy::Purpose,
        privacy::Retention,
        privacy::RegisterEntry,
        privacy::Subject,
        privacy::KnownPerson,
        privacy::retention::RetentionPeriod,
        privacy::erasure::ErasureAction,
        privacy::erasure::ErasureItem,
        privacy::erasure::ErasurePlan,
        privacy::erasure::KindCount,
        privacy::erasure::ErasureRecord,
        privacy::erasure::ErasureDone,
        privacy::past::PastRule,
        privacy::past::PastPlan,
        commands::AccessExportWritten,
        hubs::HubSort,
        hubs::ArchiveFilter,
        hubs::HubQuery,
        hubs::HubList,
        hubs::Facet,
        hubs::HubFacets,
        hubs::Upsert,
        hubs_csv::RowError,
        hubs_csv::PlannedRow,
        hubs_csv::ImportPreview,
        hubs_csv::ImportSummary,
        demo::DemoSummary,
        programmes::Shape,
        programmes::InstalmentDue,
        programmes::Instalment,
        programmes::ProgrammeDefaults,
        programmes::Programme,
        programmes::ProgrammeInput,
        programmes::NewProgramme,
        cycles::Phase,
        cycles::Cycle,
        cycles::CycleInput,
        cycles::CycleEvent,
        cycles::CycleChange,
        cycles::Transition,
        cycles::CycleQuery,
        gates::Work,
        gates::Gate,
        gates::AheadOfPhase,
        applications::Role,
        applications::TravelMode,
        applications::StaffFormat,
        applications::Status,
        applications::ApplicationInput,
        applications::Eligibility,
        applications::Application,
        forms::ImportField,
        forms::MissingColumn,
        forms::PlannedApplication,
        forms::DateOrder,
        forms::DateSample,
        forms::FormImportPreview,
        selection::Criterion,
        selection::CriterionInput,
        selection::SelectionMethod,
        selection::SelectionRules,
        selection::SelectionSettings,
        selection::SelectionSettingsInput,
        selection::CriterionScore,
        selection::ReviewInput,
        selection::Review,
        selection::ScoreBasis,
        selection::fair::Normalised,
        selection::fair::ReviewerScore,
        selection::fair::PoolFigures,
        selection::RankedApplication,
        reviewers::Reviewer,
        reviewers::ReviewerInput,
        reviewers::ConflictKind,
        reviewers::Conflict,
        reviewers::AssignedReviewer,
        reviewers::BoardRow,
        reviewers::ReviewBoard,
        reviewers::Shortfall,
        reviewers::AutoAssignment,
        reviewers::SheetImport,
        selection::Pool,
        selection::CountryCount,
        selection::Spread,
        selection::SelectionEvent,
        selection::Ranking,
        selection::SelectionOutcome,
        selection::Withdrawal,
        selection::Decision,
        distance::DistanceBand,
        rules::CountryRate,
        rules::Rule,
        rules::Component,
        rules::UndatedVisits,
        rules::RuleSetBody,
        rules::RuleSet,
        rules::RuleSetInput,
        grants::GrantLine,
        grants::GrantState,
        grants::Grant,
        grants::Budget,
        grants::GrantsOverview,
        grants::GrantRevision,
        grants::GrantInputs,
        grants::DateSpan,
        grants::GrantDetail,
        grants::WhatIf,
        grants::WhatIfChange,
        grants::AwardSummary,
        payments::PaymentKind,
        payments::PaymentDue,
        payments::PaymentState,
        payments::PaymentStatus,
        payments::Payment,
        payments::GrantPayments,
        payments::PaymentRow,
        payments::PaymentTotals,
        payments::PaymentsOverview,
        payments::PaymentInput,
        sepa::SepaFormat,
        sepa::SepaRequest,
        sepa::SepaLine,
        sepa::SepaLeftOut,
        sepa::SepaInstalment,
        sepa::SepaPlan,
        sepa::PaymentBatch,
        finance::FinanceExport,
        engine::PairingWeights,
        engine::PairCriterion,
        engine::PairCriterionScore,
        engine::PairScore,
        pairs::PairSide,
        pairs::PairSource,
        pairs::PlannedPair,
        pairs::Visit,
        pairs::Unpaired,
        pairs::Proposal,
        pairs::ConstraintKind,
        pairs::PairConstraint,
        pairs::ScoreCell,
        pairs::PairingPlan,
        placement::HostHub,
        placement::PlannedPlacement,
        placement::Unplaced,
        placement::PlacementConstraint,
        placement::PlacementPlan,
        placement::AllianceCheck,
        documents::typeset::Align,
        documents::typeset::Column,
        documents::typeset::Row,
        documents::typeset::SignaturePart,
        documents::typeset::Shape,
        documents::typeset::Block,
        documents::typeset::Document,
        letters::LetterRecord,
        letters::LetterStatus,
        letters::LetterRow,
        letters::LettersOverview,
        letters::LetterPreview,
        letters::BatchSummary,
        letters::BatchProgress,
        votes::count::VoteMethod,
        votes::count::RoundCount,
        votes::count::Round,
        votes::count::Count,
        votes::VoteSettings,
        votes::VoteState,
        votes::Voter,
        votes::VoteProposal,
        votes::Ballot,
        votes::VoteOverview,
        votes::BallotInput,
        votes::BallotImport,
        stories::Story,
        stories::StoryPhoto,
        stories::StoryInput,
        stories::ConsentScope,
        cycle_report::EmissionFactor,
        cycle_report::EmissionFactors,
        cycle_report::ReportBudget,
        cycle_report::ProgrammeTotal,
        cycle_report::CountryTotal,
        cycle_report::Trip,
        cycle_report::FootprintRow,
        cycle_report::Footprint,
        cycle_report::CycleReport,
        cycle_report::xlsx::ReportFiles,
        outbox::MailKind,
        outbox::MailState,
        outbox::OutboxMessage,
        outbox::Outbox,
        outbox::MessageInput,
        outbox::ComposeRequest,
        outbox::Skipped,
        outbox::ComposeSummary,
        outbox::Security,
        outbox::MailServer,
        outbox::MailServerInput,
        outbox::SendSummary,
        outbox::TemplateField,
        outbox::MailTemplate,
        outbox::TemplateInput,
        outbox::ReminderSchedule,
        commands::MailServerView,
        commands::AppInfo,
        commands::ExportResult,
        commands::PickedFile,
        commands::SheetFormat,
        commands::ReportFormat,
        commands::LetterBatchMode,
        backups::BackupPolicy,
        backups::BackupFile,
        backups::BackupsOverview,
        protection::ProtectionRequest,
        protection::ProtectionChange,
        backups::Restored,
    );
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
