//! The desktop shell: windows, menus, native dialogs and IPC. It holds no domain logic:
//! each command deserialises its payload, calls `mobility_desk_core`, and returns the core's
//! `{code, message, fields}` error as it is.

pub mod commands;
mod dialogs;
mod menu;
mod payload;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use mobility_desk_core::{paths, Error, ErrorCode, Store};
use tauri::{Manager, Runtime};

pub use payload::Payload;

/// What every command shares: the open store, or the reason it could not be opened (the
/// window still opens and shows that reason).
pub struct AppState {
    pub data_dir: PathBuf,
    pub store: Result<Arc<Mutex<Store>>, Error>,
}

impl AppState {
    /// Open the store in `data_dir`; a failure is kept and reported to the UI.
    pub fn open(data_dir: PathBuf) -> AppState {
        let store = Store::open_dir(&data_dir).map(|s| Arc::new(Mutex::new(s)));
        AppState { data_dir, store }
    }

    pub fn store(&self) -> Result<Arc<Mutex<Store>>, Error> {
        self.store.clone()
    }

    /// Run `f` with the store locked.
    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> Result<T, Error>) -> Result<T, Error> {
        let store = self.store()?;
        let mut guard = store.lock().map_err(|_| Error::new(ErrorCode::Internal, "The data store is unavailable after an earlier failure. Restart the app."))?;
        f(&mut guard)
    }
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
    builder.manage(state).invoke_handler(commands::handler())
}

/// When the process started, for the start-up trace (`MOBILITY_DESK_TRACE_STARTUP=1`).
pub static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

pub fn run() {
    STARTED.get_or_init(std::time::Instant::now);
    let data_dir = data_dir_from_args(std::env::args().skip(1)).unwrap_or_else(|| PathBuf::from("mobility-desk-data"));
    let state = AppState::open(data_dir);
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            // A second launch brings the running window forward instead of opening the same
            // data file twice.
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.unminimize();
                let _ = w.set_focus();
            }
        }))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .menu(menu::build)
        .on_menu_event(menu::on_event);
    let app = configure(builder, state).build(tauri::generate_context!()).unwrap_or_else(|e| {
        eprintln!("Mobility Desk could not start: {e}");
        std::process::exit(1);
    });
    app.run(|_, _| {});
}

/// TypeScript declarations of every type that crosses the IPC boundary, written to
/// `ui/src/lib/bindings.ts`. The integration test `bindings_are_current` fails when the file
/// drifts from the Rust types; `UPDATE_BINDINGS=1 cargo test --test integration bindings`
/// rewrites it.
pub fn typescript_bindings() -> String {
    use mobility_desk_core::{applications, countries, csv_io, cycle_report, cycles, demo, distance, error, finance, gates, gazetteer, grants, hubs, intake, letters, pairing, votes, pairs, payments, placement, programmes, rules, selection, settings, stories};
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
        error::ErrorCode,
        error::FieldError,
        error::Error,
        settings::NetworkSettings,
        settings::SettingsInput,
        countries::Country,
        gazetteer::Place,
        hubs::Maturity,
        hubs::Membership,
        hubs::Hub,
        hubs::HubInput,
        hubs::HubSort,
        hubs::ArchiveFilter,
        hubs::HubQuery,
        hubs::HubList,
        hubs::Facet,
        hubs::HubFacets,
        hubs::Upsert,
        csv_io::RowError,
        csv_io::PlannedRow,
        csv_io::ImportPreview,
        csv_io::ImportSummary,
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
        intake::ImportField,
        intake::MissingColumn,
        intake::PlannedApplication,
        intake::DateOrder,
        intake::DateSample,
        intake::FormImportPreview,
        selection::Criterion,
        selection::CriterionInput,
        selection::SelectionMethod,
        selection::SelectionRules,
        selection::SelectionSettings,
        selection::SelectionSettingsInput,
        selection::CriterionScore,
        selection::ReviewInput,
        selection::Review,
        selection::RankedApplication,
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
        finance::FinanceExport,
        pairing::PairingWeights,
        pairing::PairCriterion,
        pairing::PairCriterionScore,
        pairing::PairScore,
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
        letters::typeset::Align,
        letters::typeset::Column,
        letters::typeset::Row,
        letters::typeset::SignaturePart,
        letters::typeset::Shape,
        letters::typeset::Block,
        letters::typeset::Document,
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
        commands::AppInfo,
        commands::ExportResult,
        commands::PickedFile,
    );
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
