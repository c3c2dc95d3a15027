//! The IPC commands, one file per part of the app (the command line's parts, the same names).
//! Each command deserialises, calls the core and returns its result or error; what several
//! parts share (running blocking work, asking where to save, file kinds) is here.

mod cycles;
mod data;
mod documents;
mod funding;
mod intake;
mod matching;
mod registry;
mod team;
mod votes;

pub use data::AppInfo;
pub use documents::LETTERS_PROGRESS_EVENT;
pub use team::TEAM_JOIN_PROGRESS_EVENT;

/// What every part's file uses.
mod prelude {
    pub(super) use std::path::PathBuf;
    pub(super) use mobility_desk_core::intake::applications::{Application, ApplicationInput};
    pub(super) use mobility_desk_core::platform::backups::{self, BackupFile, BackupPolicy, BackupsOverview, Restored};
    pub(super) use mobility_desk_core::intake::forms::{ColumnMapping, DateOrder, FormImportPreview};
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
    pub(super) use mobility_desk_core::matching::engine::PairingWeights;
    pub(super) use mobility_desk_core::matching::pairs::{ConstraintKind, PairingPlan};
    pub(super) use mobility_desk_core::matching::placement::{AllianceCheck, PlacementPlan};
    pub(super) use mobility_desk_core::funding::payments::{GrantPayments, PaymentInput, PaymentsOverview};
    pub(super) use mobility_desk_core::registry::hubs::{Hub, HubFacets, HubInput, HubList, HubQuery};
    pub(super) use mobility_desk_core::registry::settings::{NetworkSettings, SettingsInput};
    pub(super) use mobility_desk_core::stories::{Story, StoryInput};
    pub(super) use mobility_desk_core::votes::{BallotImport, BallotInput, VoteOverview, VoteSettings};
    pub(super) use mobility_desk_core::letters::{BatchProgress, BatchSummary, LetterPreview, LetterRecord, LettersOverview};
    pub(super) use mobility_desk_core::platform::protection::{self, Passphrase, ProtectionChange, ProtectionRequest};
    pub(super) use mobility_desk_core::{Error, ErrorCode, FieldError};
    pub(super) use serde::Serialize;
    pub(super) use tauri::{AppHandle, Runtime, State};
    pub(super) use ts_rs::TS;
    pub(super) use crate::{dialogs, AppState, Payload};
    pub(super) use super::{ask_save_path, blocking, file_kind, file_stem, ExportResult, PickedFile, CSV, PDF, XLSX};
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
    tauri::async_runtime::spawn_blocking(f).await.map_err(|e| Error::new(ErrorCode::Internal, format!("The task stopped: {e}")))?
}

/// A file name from a cycle's title that is safe on every system (the core's slug: lower-case
/// ASCII, accents folded, words joined by hyphens).
fn file_stem(title: &str) -> String {
    mobility_desk_core::platform::fold::slug(title, 60)
}

/// A kind of file an export is saved as: the save dialog's filter and the extension.
#[derive(Clone, Copy)]
struct FileKind {
    filter: &'static str,
    extension: &'static str,
}

const PDF: FileKind = FileKind { filter: "PDF documents", extension: "pdf" };

const XLSX: FileKind = FileKind { filter: "Excel workbooks", extension: "xlsx" };

const CSV: FileKind = FileKind { filter: "CSV files", extension: "csv" };

/// The kind the window asked for (`"xlsx"`…) among those a command offers.
fn file_kind(asked: &str, offered: &[FileKind], what: &str) -> Result<FileKind, Error> {
    offered.iter().copied().find(|k| k.extension == asked).ok_or_else(|| {
        let choices = offered.iter().map(|k| k.extension).collect::<Vec<_>>().join(" or ");
        Error::new(ErrorCode::BadRequest, format!("'{asked}' is not {what} format: choose {choices}."))
    })
}

/// Ask where to save a file, suggesting `name`, in the native dialog; the extension is added
/// when the user typed none. `None` when the dialog is cancelled. Every export goes through it.
async fn ask_save_path<R: Runtime>(app: &AppHandle<R>, title: &str, name: &str, kind: FileKind) -> Result<Option<PathBuf>, Error> {
    let Some(path) = dialogs::save_file(app, title, name, kind.filter, &[kind.extension]).await? else {
        return Ok(None);
    };
    Ok(Some(if path.extension().is_none() { path.with_extension(kind.extension) } else { path }))
}

/// The commands, named once by part: the handler the app registers and the list of names
/// (`COMMANDS`), which a test compares with what `ui/src/lib/api.ts` calls.
macro_rules! commands {
    ($($part:ident: [$($name:ident),* $(,)?]),* $(,)?) => {
        pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($($part::$name),*),*]
        }

        /// The name of every command the window can call.
        pub const COMMANDS: &[&str] = &[$($(stringify!($name)),*),*];
    };
}

commands! {
    data: [
        app_info,
        data_unlock,
        protection_change,
        backups_overview,
        backup_now,
        backup_policy_save,
        backup_restore,
        demo_load,
        open_website,
        ui_ready,
    ],
    team: [
        desk_status,
        person_save,
        record_history,
        audit_verify,
        audit_export,
        team_status,
        team_share,
        team_join,
        team_approve,
        team_remove,
        team_sync,
        clashes_list,
        clash_resolve,
    ],
    registry: [
        settings_get,
        settings_save,
        settings_choose_logo,
        settings_clear_logo,
        countries_list,
        gazetteer_search,
        hubs_list,
        hubs_facets,
        hub_get,
        hub_create,
        hub_update,
        hub_set_archived,
        hubs_import_choose,
        hubs_import_preview,
        hubs_import_commit,
        hubs_export,
    ],
    cycles: [
        programmes_list,
        programme_update,
        programme_create,
        cycles_list,
        cycle_get,
        cycle_template,
        cycle_create,
        cycle_update,
        cycle_change,
        cycle_amend,
        cycle_clone,
        cycle_delete,
        cycle_transitions,
        cycle_move,
        cycle_catch_up,
        cycle_events,
    ],
    intake: [
        applications_import_choose,
        applications_import_preview,
        applications_import_commit,
        selection_settings_get,
        selection_settings_save,
        reviews_list,
        review_save,
        review_delete,
        ranking_get,
        selection_run,
        application_decide,
        applications_list,
        application_get,
        application_create,
        application_update,
        application_withdraw,
    ],
    funding: [
        grants_overview,
        grant_get,
        grant_inputs_save,
        grants_award,
        grant_amend,
        grant_cancel,
        rule_set_get,
        rule_set_versions,
        rule_set_save,
        rule_set_what_if,
        payments_overview,
        payment_pay,
        payment_waive,
        payment_reopen,
        report_received,
        finance_export,
    ],
    matching: [
        pairing_get,
        pairing_constraint,
        pairing_weights_save,
        pairing_confirm,
        pair_visit_set,
        placement_get,
        placement_constraint,
        placement_confirm,
        placement_weights_save,
        host_capacity_set,
        alliance_checks,
    ],
    documents: [
        letters_overview,
        letter_preview,
        letter_preview_open,
        letter_issue,
        letter_save,
        letter_print,
        letters_batch,
        letters_cancel,
        stories_get,
        cycle_stories,
        story_add,
        story_update,
        story_delete,
        story_photo_add,
        story_photo_remove,
        story_photo_get,
        publication_save,
        cycle_report,
        emission_factors_get,
        emission_factors_save,
        emission_factors_reset,
        cycle_report_save,
    ],
    votes: [
        vote_get,
        vote_settings_save,
        vote_open,
        ballot_record,
        ballots_import,
        vote_declare,
        vote_report,
    ],
}
