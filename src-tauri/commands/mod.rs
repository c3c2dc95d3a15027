//! The IPC commands, one file per part of the app (the command line's parts, the same names).
//! Each command is declared once, as a `#[tauri::command]` function of its part: it
//! deserialises, calls the core and returns its result or error. Its registration (`list.rs`)
//! and the window's typed wrapper (`ui/src/lib/ipc/commands.ts`) are generated from it. What several
//! parts share (running blocking work, asking where to save, file kinds) is here.

mod cycles;
mod data;
mod documents;
mod funding;
mod intake;
mod matching;
mod outbox;
mod privacy;
mod registry;
mod team;
mod votes;

pub use data::AppInfo;
pub use documents::{LetterBatchMode, LETTERS_PROGRESS_EVENT};
pub use outbox::MailServerView;
pub use privacy::AccessExportWritten;
pub use team::TEAM_JOIN_PROGRESS_EVENT;

/// What every part's file uses.
mod prelude {
    pub(super) use std::path::{Path, PathBuf};
    pub(super) use mobility_desk_core::Store;
    pub(super) use mobility_desk_core::intake::applications::{Application, ApplicationInput};
    pub(super) use mobility_desk_core::platform::backups::{self, BackupFile, BackupPolicy, BackupsOverview, Restored};
    pub(super) use mobility_desk_core::intake::forms::{ColumnMapping, DateOrder, FormImportPreview};
    pub(super) use mobility_desk_core::intake::reviewers::{AutoAssignment, ReviewBoard, ReviewerInput, SheetImport};
    pub(super) use mobility_desk_core::intake::selection::{Decision, Ranking, Review, ReviewInput, SelectionOutcome, SelectionSettings, SelectionSettingsInput, Withdrawal};
    pub(super) use mobility_desk_core::team::{AuditExport, AuditReport, Clash, DeskStatus, HistoryItem, Person, RecordKind, SyncReport, TeamStatus};
    pub(super) use mobility_desk_core::platform::countries::{self, Country};
    pub(super) use mobility_desk_core::registry::hubs_csv::{read_import_file, ImportPreview, ImportSummary};
    pub(super) use mobility_desk_core::cycle_report::{xlsx::ReportFiles, CycleReport, EmissionFactors};
    pub(super) use mobility_desk_core::cycle::cycles::{Cycle, CycleChange, CycleEvent, CycleInput, CycleQuery, Phase, Transition};
    pub(super) use mobility_desk_core::demo::DemoSummary;
    pub(super) use mobility_desk_core::cycle::programmes::{NewProgramme, Programme, ProgrammeInput};
    pub(super) use mobility_desk_core::platform::gazetteer::{self, Place};
    pub(super) use mobility_desk_core::funding::grants::{AwardSummary, GrantDetail, GrantInputs, GrantsOverview, WhatIf};
    pub(super) use mobility_desk_core::funding::rules::{RuleSet, RuleSetBody, RuleSetInput};
    pub(super) use mobility_desk_core::funding::finance::FinanceExport;
    pub(super) use mobility_desk_core::platform::money::{read_amounts, AmountRead};
    pub(super) use mobility_desk_core::matching::engine::PairingWeights;
    pub(super) use mobility_desk_core::matching::pairs::{ConstraintKind, PairingPlan};
    pub(super) use mobility_desk_core::matching::placement::{AllianceCheck, PlacementPlan};
    pub(super) use mobility_desk_core::funding::payments::{GrantPayments, PaymentInput, PaymentsOverview};
    pub(super) use mobility_desk_core::funding::sepa::{PaymentBatch, SepaPlan, SepaRequest};
    pub(super) use mobility_desk_core::registry::accounts::{AccountInput, AccountOwner, BankAccount};
    pub(super) use mobility_desk_core::registry::hubs::{Hub, HubFacets, HubInput, HubList, HubQuery};
    pub(super) use mobility_desk_core::registry::settings::{NetworkSettings, SettingsInput};
    pub(super) use mobility_desk_core::stories::{Story, StoryInput};
    pub(super) use mobility_desk_core::votes::{BallotImport, BallotInput, VoteOverview, VoteSettings};
    pub(super) use mobility_desk_core::letters::{BatchProgress, BatchSummary, LetterPreview, LetterRecord, LettersOverview};
    pub(super) use mobility_desk_core::platform::protection::{self, Passphrase, ProtectionChange, ProtectionRequest};
    pub(super) use mobility_desk_core::{said, Error, ErrorCode, FieldError};
    pub(super) use serde::{Deserialize, Serialize};
    pub(super) use tauri::{AppHandle, Runtime, State};
    pub(super) use ts_rs::TS;
    pub(super) use crate::{dialogs, AppState, Payload};
    pub(super) use super::{ask_save_path, blocking, file_stem, save_as, shown, ExportResult, PickedFile, ReportFormat, SheetFormat, CSV, JSON, PDF, XML};
}

use prelude::*;

#[derive(Debug, Serialize, TS)]
pub struct ExportResult {
    pub path: String,
    pub count: u32,
}

/// A file the user chose in a native dialog. Commands that read it take the `token`: the page
/// never names a path for the app to read.
#[derive(Debug, Serialize, TS)]
pub struct PickedFile {
    pub token: String,
    /// Shown to the user (it is the file they chose); never sent back.
    pub path: String,
    pub name: String,
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T, Error> + Send + 'static) -> Result<T, Error> {
    tauri::async_runtime::spawn_blocking(f).await.map_err(|e| Error::new(ErrorCode::Internal, said!("said-shell-task-stopped", error = e.to_string())))?
}

/// A file name from a cycle's title that is safe on every system (the core's slug: lower-case
/// ASCII, accents folded, words joined by hyphens).
fn file_stem(title: &str) -> String {
    mobility_desk_core::platform::fold::slug(title, 60)
}

/// A kind of file an export is saved as: the save dialog's filter (its name, in the window's
/// language) and the extension.
#[derive(Clone, Copy)]
struct FileKind {
    filter: fn() -> mobility_desk_core::platform::said::Said,
    extension: &'static str,
}

const PDF: FileKind = FileKind { filter: || said!("said-shell-filter-pdf"), extension: "pdf" };

const XLSX: FileKind = FileKind { filter: || said!("said-shell-filter-xlsx"), extension: "xlsx" };

const CSV: FileKind = FileKind { filter: || said!("said-shell-filter-csv"), extension: "csv" };

/// A machine-readable export (an access request's JSON).
const JSON: FileKind = FileKind { filter: || said!("said-shell-filter-json"), extension: "json" };

/// A bank transfer file (ISO 20022 XML).
const XML: FileKind = FileKind { filter: || said!("said-shell-filter-sepa"), extension: "xml" };

/// The format of a table exported for finance or audit: a workbook or CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum SheetFormat {
    Xlsx,
    Csv,
}

impl SheetFormat {
    fn kind(self) -> FileKind {
        match self {
            SheetFormat::Xlsx => XLSX,
            SheetFormat::Csv => CSV,
        }
    }
}

/// The format a cycle report is saved in: the PDF for funders or the workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ReportFormat {
    Pdf,
    Xlsx,
}

impl ReportFormat {
    fn kind(self) -> FileKind {
        match self {
            ReportFormat::Pdf => PDF,
            ReportFormat::Xlsx => XLSX,
        }
    }
}

/// Ask where to save a file, suggesting `name`, in the native dialog (its words in the window's
/// language); the extension is added when the user typed none. `None` when the dialog is
/// cancelled.
async fn ask_save_path<R: Runtime>(app: &AppHandle<R>, state: &AppState, title: &str, name: &str, kind: FileKind) -> Result<Option<PathBuf>, Error> {
    let Some(path) = dialogs::save_file(app, title, name, &state.say((kind.filter)()), &[kind.extension]).await? else {
        return Ok(None);
    };
    Ok(Some(if path.extension().is_none() { path.with_extension(kind.extension) } else { path }))
}

/// Every export and saved document: ask where to save (`ask_save_path`), then let the core
/// render and write the file there, on a worker thread so the window stays responsive.
/// `None` when the dialog is cancelled.
async fn save_as<R: Runtime, T: Send + 'static>(
    app: &AppHandle<R>,
    state: &AppState,
    title: &str,
    name: &str,
    kind: FileKind,
    write: impl FnOnce(&Store, &Path) -> Result<T, Error> + Send + 'static,
) -> Result<Option<T>, Error> {
    let Some(path) = ask_save_path(app, state, title, name, kind).await? else {
        return Ok(None);
    };
    let store = state.store()?;
    blocking(move || {
        let guard = crate::hold(&store)?;
        write(&guard, &path).map(Some)
    })
    .await
}

/// A saved file's path as the window shows it.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// The commands by part, as `list.rs` registers them: the handler the app registers and the
/// list of names (`COMMANDS`, which the IPC fuzzing walks). `list.rs` is generated from the
/// `#[tauri::command]` functions of each part, as are the window's wrappers
/// (`ui/src/lib/ipc/commands.ts`); a test fails when either drifts from the functions.
macro_rules! commands {
    ($($part:ident: [$($name:ident),* $(,)?]),* $(,)?) => {
        pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($($part::$name),*),*]
        }

        /// The name of every command the window can call.
        pub const COMMANDS: &[&str] = &[$($(stringify!($name)),*),*];
    };
}

include!("list.rs");
