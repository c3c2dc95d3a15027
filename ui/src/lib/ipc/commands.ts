// Generated from the shell's commands (src-tauri/commands/<part>.rs) by tests/integration/commands_gen.rs.
// Do not edit: run `UPDATE_BINDINGS=1 cargo test --test integration bindings` after changing a command.

import type {
  AccessExportWritten,
  AccountInput,
  AccountOwner,
  AllianceCheck,
  AmountRead,
  AppInfo,
  Application,
  ApplicationInput,
  AuditExport,
  AuditReport,
  AutoAssignment,
  AwardSummary,
  BackupPolicy,
  BackupsOverview,
  BallotImport,
  BallotInput,
  BankAccount,
  BatchSummary,
  Clash,
  ComposeRequest,
  ComposeSummary,
  ConstraintKind,
  Country,
  Cycle,
  CycleChange,
  CycleEvent,
  CycleInput,
  CycleQuery,
  CycleReport,
  DateOrder,
  Decision,
  DemoSummary,
  DeskStatus,
  EmissionFactors,
  ErasureDone,
  ErasurePlan,
  ErasureRecord,
  ExportResult,
  FinanceExport,
  FormImportPreview,
  GrantDetail,
  GrantInputs,
  GrantPayments,
  GrantsOverview,
  HistoryItem,
  Hub,
  HubFacets,
  HubInput,
  HubList,
  HubQuery,
  ImportPreview,
  ImportSummary,
  KnownPerson,
  LetterBatchMode,
  LetterPreview,
  LetterRecord,
  LettersOverview,
  MailKind,
  MailServerInput,
  MailServerView,
  MailTemplate,
  MessageInput,
  NetworkSettings,
  NewProgramme,
  Outbox,
  OutboxMessage,
  PairingPlan,
  PairingWeights,
  PastPlan,
  PaymentBatch,
  PaymentInput,
  PaymentsOverview,
  Person,
  Phase,
  PickedFile,
  Place,
  PlacementPlan,
  Programme,
  ProgrammeInput,
  ProtectionChange,
  ProtectionRequest,
  Ranking,
  RecordKind,
  RegisterEntry,
  ReminderSchedule,
  ReportFiles,
  ReportFormat,
  Restored,
  RetentionPeriod,
  Review,
  ReviewBoard,
  ReviewInput,
  ReviewerInput,
  RuleSet,
  RuleSetBody,
  RuleSetInput,
  SelectionOutcome,
  SelectionSettings,
  SelectionSettingsInput,
  SendSummary,
  SepaPlan,
  SepaRequest,
  SettingsInput,
  SheetFormat,
  SheetImport,
  Story,
  StoryInput,
  Subject,
  SyncReport,
  TeamStatus,
  TemplateInput,
  Transition,
  VoteOverview,
  VoteSettings,
  WhatIf,
  Withdrawal,
} from './bindings';
import { call } from './call';

// cycles (src-tauri/commands/cycles.rs)
export const programmesList = () =>
  call<Programme[]>('programmes_list');
/** `expectedVersion`: the version the form read (a save over a later one is refused as a conflict). */
export const programmeUpdate = (id: number, input: ProgrammeInput, expectedVersion: number | null) =>
  call<Programme>('programme_update', { id, input, expectedVersion });
export const programmeCreate = (input: NewProgramme) =>
  call<Programme>('programme_create', { input });
export const cyclesList = (query: CycleQuery) =>
  call<Cycle[]>('cycles_list', { query });
export const cycleGet = (id: number) =>
  call<Cycle>('cycle_get', { id });
/** A new cycle's settings, filled from the programme's defaults. */
export const cycleTemplate = (programmeId: number, year: number) =>
  call<CycleInput>('cycle_template', { programmeId, year });
export const cycleCreate = (input: CycleInput) =>
  call<Cycle>('cycle_create', { input });
/** `expectedVersion`: the version the form read (a save over a later one is refused as a conflict). */
export const cycleUpdate = (id: number, input: CycleInput, expectedVersion: number | null) =>
  call<Cycle>('cycle_update', { id, input, expectedVersion });
/** What saving the form would change on a frozen cycle, and what that does to its letters. */
export const cycleChange = (id: number, input: CycleInput) =>
  call<CycleChange>('cycle_change', { id, input });
/** Change a frozen cycle's settings by amendment, with a reason kept in its history. */
export const cycleAmend = (id: number, input: CycleInput, reason: string, overBudget: boolean, expectedVersion: number | null) =>
  call<Cycle>('cycle_amend', { id, input, reason, overBudget, expectedVersion });
/** A draft copy of the cycle with every date moved to `year`. */
export const cycleClone = (id: number, year: number) =>
  call<Cycle>('cycle_clone', { id, year });
export const cycleDelete = (id: number) =>
  call<null>('cycle_delete', { id });
export const cycleTransitions = (id: number) =>
  call<Transition[]>('cycle_transitions', { id });
/** Forward one phase when its guard is met, or back to an earlier one with a reason. */
export const cycleMove = (id: number, to: Phase, reason: string | null) =>
  call<Cycle>('cycle_move', { id, to, reason });
/** Move a cycle whose work ran ahead of its phase forward to where that work belongs. */
export const cycleCatchUp = (id: number) =>
  call<Cycle>('cycle_catch_up', { id });
export const cycleEvents = (id: number) =>
  call<CycleEvent[]>('cycle_events', { id });

// data (src-tauri/commands/data.rs)
export const appInfo = () =>
  call<AppInfo>('app_info');
/** The person has read why the program stopped last time: it is not shown again. */
export const crashNoteRead = () =>
  call<null>('crash_note_read');
/**
 * Open a protected data file with the passphrase the person typed; then the usual start
 * (the day's backup, the removal of old copies) runs. A wrong passphrase answers `locked`.
 */
export const dataUnlock = (passphrase: string) =>
  call<AppInfo>('data_unlock', { passphrase });
/**
 * Protect the data file with a passphrase, change it, or remove it (Settings → Protection):
 * the file is closed, converted with its backups, checked and reopened.
 */
export const protectionChange = (request: ProtectionRequest) =>
  call<ProtectionChange>('protection_change', { request });
export const backupsOverview = () =>
  call<BackupsOverview>('backups_overview');
export const backupNow = () =>
  call<BackupsOverview>('backup_now');
export const backupPolicySave = (policy: BackupPolicy) =>
  call<BackupsOverview>('backup_policy_save', { policy });
/**
 * Put a backup (named as `backups_overview` lists it) in place of the data file, keeping the
 * file it replaces aside. Works when the file could not be opened, too.
 */
export const backupRestore = (name: string) =>
  call<Restored>('backup_restore', { name });
export const demoLoad = () =>
  call<DemoSummary>('demo_load');
export const openWebsite = (url: string) =>
  call<null>('open_website', { url });
/**
 * The page calls this once its first screen is shown and usable, with the moments of its own
 * start (`[what, milliseconds since the page began loading]`, at most 16). With
 * `MOBILITY_DESK_TRACE_STARTUP` set, the time since the process started is printed, and the
 * page's moments (`cargo xtask measure` reads the first, ARCHITECTURE.md the rest).
 */
export const uiReady = (marks: ([string, number])[]) =>
  call<null>('ui_ready', { marks });
/**
 * Zoom the whole window (Ctrl + / Ctrl − / Ctrl 0 in the window): `level` 1 is 100 %, from
 * 50 % to 300 %. The window remembers each person's level and asks for it again at start.
 */
export const windowZoom = (level: number) =>
  call<number>('window_zoom', { level });
/**
 * The language the window speaks ('en', 'fr', or with its region, 'en-GB', as the page writes
 * figures and dates; the page says at start which it chose): the application menu, the native
 * dialogs' titles and the webview's own fields follow it. Answers the language taken, English
 * when the core has no messages in the one asked for.
 */
export const windowLanguage = (language: string) =>
  call<string>('window_language', { language });

// documents (src-tauri/commands/documents.rs)
/** The cycle's grants with their letters, and what Settings still lacks before any is issued. */
export const lettersOverview = (cycleId: number) =>
  call<LettersOverview>('letters_overview', { cycleId });
/** The letter as it would be issued now, with the reference it would take; gives it no number. */
export const letterPreview = (grantId: number, language: string | null) =>
  call<LetterPreview>('letter_preview', { grantId, language });
/**
 * Set the letter as it would be issued (marked as a preview) and open it in the system's PDF
 * viewer. Returns the file's path.
 */
export const letterPreviewOpen = (grantId: number, language: string | null) =>
  call<string>('letter_preview_open', { grantId, language });
/** Issue a grant's letter (awarding a draft first): number, set, archive. */
export const letterIssue = (grantId: number, language: string | null) =>
  call<LetterRecord>('letter_issue', { grantId, language });
/** Save an issued letter (its archived bytes) where the user chooses. `None` when cancelled. */
export const letterSave = (letterId: number) =>
  call<string | null>('letter_save', { letterId });
/**
 * Open an issued letter in the system's PDF viewer, to print it: the archived bytes are
 * written to `letters/` in the data folder first.
 */
export const letterPrint = (letterId: number) =>
  call<string>('letter_print', { letterId });
/**
 * Issue a cycle's letters and write them: `mode` "folder" (one PDF per letter in a folder the
 * user picks) or "combined" (one PDF to print, saved where the user says). Progress goes out
 * as `letters-progress` events; `letters_cancel` stops it. `None` when the dialog is cancelled.
 */
export const lettersBatch = (cycleId: number, mode: LetterBatchMode, language: string | null) =>
  call<BatchSummary | null>('letters_batch', { cycleId, mode, language });
/** Ask the running batch to stop after the letter it is on. */
export const lettersCancel = () =>
  call<null>('letters_cancel');
/** A grant's stories, oldest first, each with its photos (without their bytes). */
export const storiesGet = (grantId: number) =>
  call<Story[]>('stories_get', { grantId });
/** Every story of the cycle, grant by grant. */
export const cycleStories = (cycleId: number) =>
  call<Story[]>('cycle_stories', { cycleId });
/** A bad field fails with `validation` on `title`, `author` or `body`. */
export const storyAdd = (grantId: number, input: StoryInput) =>
  call<Story>('story_add', { grantId, input });
/** `expectedVersion`: the version the form read (a save over a later one is refused as a conflict). */
export const storyUpdate = (id: number, input: StoryInput, expectedVersion: number | null) =>
  call<Story>('story_update', { id, input, expectedVersion });
/** Removes the story and its photos. */
export const storyDelete = (id: number) =>
  call<null>('story_delete', { id });
/**
 * Pick a photo with the native dialog and add it to a story (scaled down when large).
 * `None` when the dialog is cancelled.
 */
export const storyPhotoAdd = (storyId: number, caption: string) =>
  call<Story | null>('story_photo_add', { storyId, caption });
/** Removes one photo; the story as it now is. */
export const storyPhotoRemove = (id: number) =>
  call<Story>('story_photo_remove', { id });
/** A stored photo as a `data:` URL the page can show. */
export const storyPhotoGet = (id: number) =>
  call<string>('story_photo_get', { id });
/**
 * Compile the cycle's stories into the publication and save it where the user says. `None`
 * when the dialog is cancelled.
 */
export const publicationSave = (cycleId: number, language: string | null) =>
  call<string | null>('publication_save', { cycleId, language });
/** The cycle's report as it stands now. */
export const cycleReport = (cycleId: number) =>
  call<CycleReport>('cycle_report', { cycleId });
/** Save a cycle's emission factors (all of them, with their source). */
export const emissionFactorsSave = (cycleId: number, input: EmissionFactors, expectedVersion: number | null) =>
  call<EmissionFactors>('emission_factors_save', { cycleId, input, expectedVersion });
/** The emission factors a cycle uses now (its own, or the defaults), with their version. */
export const emissionFactorsGet = (cycleId: number) =>
  call<EmissionFactors>('emission_factors_get', { cycleId });
/** Go back to the default emission factors for a cycle. */
export const emissionFactorsReset = (cycleId: number, expectedVersion: number | null) =>
  call<EmissionFactors>('emission_factors_reset', { cycleId, expectedVersion });
/**
 * Ask where to save the cycle report (`format`: "pdf" or "xlsx"), then write it there.
 * `None` when the dialog is cancelled.
 */
export const cycleReportSave = (cycleId: number, format: ReportFormat, language: string | null) =>
  call<ReportFiles | null>('cycle_report_save', { cycleId, format, language });

// funding (src-tauri/commands/funding.rs)
/**
 * Read amounts typed in the window as the core reads them (one answer per text, in order): the
 * forms ask this instead of parsing euros themselves.
 */
export const amountsRead = (texts: string[]) =>
  call<AmountRead[]>('amounts_read', { texts });
/** The cycle's grants (drafts recomputed first) and its budget against the envelope. */
export const grantsOverview = (cycleId: number) =>
  call<GrantsOverview>('grants_overview', { cycleId });
/** One grant line by line, with its inputs, what the rules in force would give now and its history. */
export const grantGet = (id: number) =>
  call<GrantDetail>('grant_get', { id });
/** `expectedVersion`: the version the form read (a save over a later one is refused as a conflict). */
export const grantInputsSave = (applicationId: number, inputs: GrantInputs, expectedVersion: number | null) =>
  call<GrantInputs>('grant_inputs_save', { applicationId, inputs, expectedVersion });
/**
 * Award the listed draft grants, or every computed draft of the cycle when `ids` is null.
 * Past the envelope the answer is an `over_budget` error until `over_budget` confirms it.
 */
export const grantsAward = (cycleId: number, ids: number[] | null, overBudget: boolean) =>
  call<AwardSummary>('grants_award', { cycleId, ids, overBudget });
/** Bring an awarded grant to what the rules and inputs in force give now, with a reason. */
export const grantAmend = (id: number, reason: string) =>
  call<GrantDetail>('grant_amend', { id, reason });
export const grantCancel = (id: number, reason: string) =>
  call<GrantDetail>('grant_cancel', { id, reason });
/** The rule set in force for the cycle (its newest version). */
export const ruleSetGet = (cycleId: number) =>
  call<RuleSet>('rule_set_get', { cycleId });
/** Every version of the cycle's rule set, newest first. */
export const ruleSetVersions = (cycleId: number) =>
  call<RuleSet[]>('rule_set_versions', { cycleId });
/** `expectedVersion`: the rule-set version the dialog read (a save over a later one is refused as a conflict). */
export const ruleSetSave = (cycleId: number, input: RuleSetInput, expectedVersion: number | null) =>
  call<RuleSet>('rule_set_save', { cycleId, input, expectedVersion });
/** What the cycle's grants would come to under other rules; saves nothing. */
export const ruleSetWhatIf = (cycleId: number, body: RuleSetBody) =>
  call<WhatIf>('rule_set_what_if', { cycleId, body });
/** Every payment of the cycle's awarded and cancelled grants, with the payee, and the totals. */
export const paymentsOverview = (cycleId: number) =>
  call<PaymentsOverview>('payments_overview', { cycleId });
/** Record an open instalment as paid (or a recovery as received); `paid_on` null is today. */
export const paymentPay = (id: number, input: PaymentInput) =>
  call<GrantPayments>('payment_pay', { id, input });
/** Give up an open payment, with a reason: it then counts as settled. */
export const paymentWaive = (id: number, reason: string) =>
  call<GrantPayments>('payment_waive', { id, reason });
/** Undo a payment or a waiver, with a reason: the row is open again. */
export const paymentReopen = (id: number, reason: string) =>
  call<GrantPayments>('payment_reopen', { id, reason });
/** Mark a grant's report received on a date (empty: today); `null` clears it. */
export const reportReceived = (grantId: number, receivedOn: string | null) =>
  call<GrantPayments>('report_received', { grantId, receivedOn });
/**
 * What a bank transfer file for `request` would carry and leave out, and why it could not be
 * written as it stands; nothing is written.
 */
export const sepaPlan = (request: SepaRequest) =>
  call<SepaPlan>('sepa_plan', { request });
/**
 * Ask where to save the bank transfer file, then write it and keep it as a batch not yet paid.
 * `None` when the user cancels the dialog.
 */
export const sepaWrite = (request: SepaRequest) =>
  call<PaymentBatch | null>('sepa_write', { request });
/** The bank transfer files written for a cycle, newest first. */
export const paymentBatches = (cycleId: number) =>
  call<PaymentBatch[]>('payment_batches', { cycleId });
/**
 * The bank paid the file: every instalment in it marked paid on `paid_on` (today when null),
 * or none.
 */
export const paymentBatchPaid = (id: number, paidOn: string | null) =>
  call<PaymentBatch>('payment_batch_paid', { id, paidOn });
/** The file was never sent: its instalments may go into another. */
export const paymentBatchDiscard = (id: number) =>
  call<PaymentBatch>('payment_batch_discard', { id });
/**
 * Ask where to save a cycle's finance export (`format`: "xlsx" or "csv"), then write it
 * there. `None` when the user cancels the dialog.
 */
export const financeExport = (cycleId: number, format: SheetFormat, language: string | null) =>
  call<FinanceExport | null>('finance_export', { cycleId, format, language });

// intake (src-tauri/commands/intake.rs)
export const applicationsList = (cycleId: number) =>
  call<Application[]>('applications_list', { cycleId });
export const applicationGet = (id: number) =>
  call<Application>('application_get', { id });
export const applicationCreate = (input: ApplicationInput) =>
  call<Application>('application_create', { input });
/** `expectedVersion`: the version the form read (a save over a later one is refused as a conflict). */
export const applicationUpdate = (id: number, input: ApplicationInput, expectedVersion: number | null) =>
  call<Application>('application_update', { id, input, expectedVersion });
/**
 * The application stays, marked withdrawn; it no longer counts. A place it held goes to the
 * first on the waiting list: `promoted` names who, `note` says why nobody was.
 */
export const applicationWithdraw = (id: number) =>
  call<Withdrawal>('application_withdraw', { id });
/** Native file dialog for a form export (CSV); null when cancelled. */
export const applicationsImportChoose = () =>
  call<PickedFile | null>('applications_import_choose');
/**
 * What importing the file into the cycle would do. Without `mapping` the cycle's saved mapping
 * is used, completed by guesses from the column names; the preview returns the mapping used.
 */
export const applicationsImportPreview = (cycleId: number, token: string, mapping: Record<string, string> | null, dateOrder: DateOrder | null) =>
  call<FormImportPreview>('applications_import_preview', { cycleId, token, mapping, dateOrder });
/**
 * All rows or none; saves the mapping (and the order of slash dates) with the cycle. `sha256`
 * comes from the preview.
 */
export const applicationsImportCommit = (cycleId: number, token: string, mapping: Record<string, string> | null, dateOrder: DateOrder | null, sha256: string) =>
  call<ImportSummary>('applications_import_commit', { cycleId, token, mapping, dateOrder, sha256 });
export const selectionSettingsGet = (cycleId: number) =>
  call<SelectionSettings>('selection_settings_get', { cycleId });
/** `expectedVersion`: the version the dialog read (a save over a later one is refused as a conflict). */
export const selectionSettingsSave = (cycleId: number, input: SelectionSettingsInput, expectedVersion: number | null) =>
  call<SelectionSettings>('selection_settings_save', { cycleId, input, expectedVersion });
export const reviewsList = (applicationId: number) =>
  call<Review[]>('reviews_list', { applicationId });
/** Records (or replaces) one reviewer's scores; answers with every reviewer's scorecard. */
export const reviewSave = (input: ReviewInput) =>
  call<Review[]>('review_save', { input });
export const reviewDelete = (applicationId: number, reviewer: string) =>
  call<Review[]>('review_delete', { applicationId, reviewer });
/** Who reviews what in a cycle: its reviewers, and each application with its reviewers and conflicts. */
export const reviewBoard = (cycleId: number) =>
  call<ReviewBoard>('review_board', { cycleId });
/** Adds a reviewer to a cycle; answers with the board. */
export const reviewerAdd = (cycleId: number, input: ReviewerInput) =>
  call<ReviewBoard>('reviewer_add', { cycleId, input });
/** Changes a reviewer's details (a new name renames their signature on their scores); answers with the board. */
export const reviewerUpdate = (id: number, input: ReviewerInput) =>
  call<ReviewBoard>('reviewer_update', { id, input });
/** Saves the blank sheet a reviewer fills in (their applications, one column per criterion; blind when the cycle's review is); native save dialog, null when cancelled. */
export const reviewerSheetSave = (reviewerId: number, format: SheetFormat) =>
  call<ExportResult | null>('reviewer_sheet_save', { reviewerId, format });
/** Removes a reviewer who has scored nothing; answers with the board. */
export const reviewerRemove = (id: number) =>
  call<ReviewBoard>('reviewer_remove', { id });
/** Assigns an application to a reviewer by hand; refused where they have a conflict of interest. */
export const reviewAssign = (reviewerId: number, applicationId: number) =>
  call<ReviewBoard>('review_assign', { reviewerId, applicationId });
export const reviewUnassign = (reviewerId: number, applicationId: number) =>
  call<ReviewBoard>('review_unassign', { reviewerId, applicationId });
/** Gives every application `perApplication` reviewers, keeping those it has: balanced loads, no conflict, a language in common. */
export const reviewsAutoAssign = (cycleId: number, perApplication: number) =>
  call<AutoAssignment>('reviews_auto_assign', { cycleId, perApplication });
/** A reviewer declares a conflict of interest with an application, with the reason. */
export const conflictDeclare = (reviewerId: number, applicationId: number, reason: string) =>
  call<ReviewBoard>('conflict_declare', { reviewerId, applicationId, reason });
/** Withdraws a declared conflict of interest. */
export const conflictWithdraw = (reviewerId: number, applicationId: number) =>
  call<ReviewBoard>('conflict_withdraw', { reviewerId, applicationId });
/** Native file dialog for a reviewer's filled-in sheet (CSV); null when cancelled. */
export const reviewSheetChoose = () =>
  call<PickedFile | null>('review_sheet_choose');
/** Reads a reviewer's sheet (the file chosen, by its token) and saves its scorecards, all or none; `checkOnly` saves nothing. */
export const reviewSheetImport = (cycleId: number, reviewer: string, token: string, checkOnly: boolean) =>
  call<SheetImport>('review_sheet_import', { cycleId, reviewer, token, checkOnly });
export const rankingGet = (cycleId: number) =>
  call<Ranking>('ranking_get', { cycleId });
/** Select the best eligible up to the slots; the other eligible go to the waiting list. */
export const selectionRun = (cycleId: number) =>
  call<SelectionOutcome>('selection_run', { cycleId });
/** A decision by hand on one application (a free slot is needed to select). */
export const applicationDecide = (id: number, decision: Decision) =>
  call<Application>('application_decide', { id, decision });

// matching (src-tauri/commands/matching.rs)
/** The cycle's pairing: the best pairs under its weights, locks and bans, each explained. */
export const pairingGet = (cycleId: number) =>
  call<PairingPlan>('pairing_get', { cycleId });
/** Lock or forbid a pair, or clear it with `kind: null`. */
export const pairingConstraint = (cycleId: number, visitingId: number, hostingId: number, kind: ConstraintKind | null) =>
  call<PairingPlan>('pairing_constraint', { cycleId, visitingId, hostingId, kind });
/** Saves the weights (0 to 10 each) and the rule on countries; the pairing is run again. */
export const pairingWeightsSave = (cycleId: number, weights: PairingWeights, expectedVersion: number | null) =>
  call<PairingPlan>('pairing_weights_save', { cycleId, weights, expectedVersion });
/** The agreed dates of a confirmed pair's visit, or `null` dates to clear them. */
export const pairVisitSet = (cycleId: number, visitingId: number, startsOn: string | null, endsOn: string | null) =>
  call<PairingPlan>('pair_visit_set', { cycleId, visitingId, startsOn, endsOn });
/** Confirm the plan's pairs: the grants take each pair's host (before the award only). */
export const pairingConfirm = (cycleId: number) =>
  call<PairingPlan>('pairing_confirm', { cycleId });
/** The cycle's placements: proposals and locks kept, the rest placed at the best hosts. */
export const placementGet = (cycleId: number) =>
  call<PlacementPlan>('placement_get', { cycleId });
/** Lock a person at a host hub or forbid it; `kind: null` clears. */
export const placementConstraint = (cycleId: number, applicationId: number, hostHubId: number, kind: ConstraintKind | null) =>
  call<PlacementPlan>('placement_constraint', { cycleId, applicationId, hostHubId, kind });
/** Saves the cycle's weights (the pairing's) and runs the placements again. */
export const placementWeightsSave = (cycleId: number, weights: PairingWeights, expectedVersion: number | null) =>
  call<PlacementPlan>('placement_weights_save', { cycleId, weights, expectedVersion });
/** Confirm the plan's placements: the grants take each person's host (before the award only). */
export const placementConfirm = (cycleId: number) =>
  call<PlacementPlan>('placement_confirm', { cycleId });
/**
 * Set a host's places in a cycle (Staff Exchange: people in the cycle; Hubs Alliance: at the
 * same time).
 */
export const hostCapacitySet = (cycleId: number, hubId: number, capacity: number) =>
  call<null>('host_capacity_set', { cycleId, hubId, capacity });
/** Each selected Hubs Alliance request, in the order they came in, against its host. */
export const allianceChecks = (cycleId: number) =>
  call<AllianceCheck[]>('alliance_checks', { cycleId });

// outbox (src-tauri/commands/outbox.rs)
export const outboxList = () =>
  call<Outbox>('outbox_list');
export const outboxMessageGet = (id: number) =>
  call<OutboxMessage>('outbox_message_get', { id });
/** A draft for each recipient of this kind of message in the cycle not written to before. */
export const outboxCompose = (request: ComposeRequest) =>
  call<ComposeSummary>('outbox_compose', { request });
export const outboxEdit = (id: number, input: MessageInput) =>
  call<OutboxMessage>('outbox_edit', { id, input });
/** Messages not to send; kept so that they are not composed again. */
export const outboxDiscard = (ids: number[]) =>
  call<number>('outbox_discard', { ids });
/**
 * Queue the drafts `ids` and send every queued message; what the server could not take stays
 * queued (and is tried again in the background).
 */
export const outboxSend = (ids: number[]) =>
  call<SendSummary>('outbox_send', { ids });
/** Native save dialog; null when cancelled. */
export const outboxSaveEml = (id: number) =>
  call<ExportResult | null>('outbox_save_eml', { id });
export const mailServerGet = () =>
  call<MailServerView>('mail_server_get');
/** Save the server; `password`, when given, goes to the system's keychain (never the data file). */
export const mailServerSave = (input: MailServerInput, password: string | null) =>
  call<MailServerView>('mail_server_save', { input, password });
/** Remove the server user's password from the keychain. */
export const mailPasswordForget = () =>
  call<MailServerView>('mail_password_forget');
export const mailTemplatesList = () =>
  call<MailTemplate[]>('mail_templates_list');
/** Checked first: an unknown field is refused by name. */
export const mailTemplateSave = (input: TemplateInput) =>
  call<MailTemplate>('mail_template_save', { input });
export const mailTemplateReset = (kind: MailKind, language: string) =>
  call<MailTemplate>('mail_template_reset', { kind, language });
export const reminderScheduleGet = (cycleId: number) =>
  call<ReminderSchedule>('reminder_schedule_get', { cycleId });
export const reminderScheduleSave = (schedule: ReminderSchedule) =>
  call<ReminderSchedule>('reminder_schedule_save', { schedule });

// privacy (src-tauri/commands/privacy.rs)
export const privacyRegister = () =>
  call<RegisterEntry[]>('privacy_register');
/** The people whose name or e-mail holds `text`, with where they appear. */
export const privacyFind = (text: string) =>
  call<KnownPerson[]>('privacy_find', { text });
/**
 * Opens the native save dialog for the JSON file, then writes it and the PDF beside it
 * (`language` of the PDF: null for Settings'). Null when the user cancels the dialog.
 */
export const privacyExport = (subject: Subject, language: string | null) =>
  call<AccessExportWritten | null>('privacy_export', { subject, language });
export const retentionPeriodsGet = () =>
  call<RetentionPeriod[]>('retention_periods_get');
/** Each period from 1 to 30 years; a bad one is named at its field (`years.<rule>`). */
export const retentionPeriodsSave = (periods: RetentionPeriod[]) =>
  call<RetentionPeriod[]>('retention_periods_save', { periods });
/** What erasing the person would do, and what stays: shown for confirmation. */
export const privacyErasurePlan = (subject: Subject) =>
  call<ErasurePlan>('privacy_erasure_plan', { subject });
/**
 * Erase the person (confirmed in the window with the plan): their records emptied, renamed or
 * deleted, the log, history and backups rewritten. `not_found` when nothing is held on them.
 */
export const privacyErase = (subject: Subject) =>
  call<ErasureDone>('privacy_erase', { subject });
/** Every erasure made: when, by whom, and how many records of each kind, never whom. */
export const privacyErasures = () =>
  call<ErasureRecord[]>('privacy_erasures');
/** What each retention rule says is past its period today. */
export const privacyPast = () =>
  call<PastPlan>('privacy_past');
/**
 * Erase everything past its period (confirmed in the window with `privacy_past`); `not_found`
 * when nothing is.
 */
export const privacyErasePast = () =>
  call<ErasureDone>('privacy_erase_past');

// registry (src-tauri/commands/registry.rs)
export const settingsGet = () =>
  call<NetworkSettings>('settings_get');
/** `expectedVersion`: the version the form read (a save over a later one is refused as a conflict). */
export const settingsSave = (input: SettingsInput, expectedVersion: number | null) =>
  call<NetworkSettings>('settings_save', { input, expectedVersion });
/** Opens the native file dialog; null when the user cancels it. */
export const settingsChooseLogo = () =>
  call<NetworkSettings | null>('settings_choose_logo');
export const settingsClearLogo = () =>
  call<NetworkSettings>('settings_clear_logo');
export const countriesList = () =>
  call<Country[]>('countries_list');
export const gazetteerSearch = (text: string, country: string | null, limit: number | null) =>
  call<Place[]>('gazetteer_search', { text, country, limit });
export const hubsList = (query: HubQuery) =>
  call<HubList>('hubs_list', { query });
export const hubsFacets = () =>
  call<HubFacets>('hubs_facets');
export const hubGet = (id: number) =>
  call<Hub>('hub_get', { id });
export const hubCreate = (input: HubInput) =>
  call<Hub>('hub_create', { input });
export const hubUpdate = (id: number, input: HubInput) =>
  call<Hub>('hub_update', { id, input });
export const hubSetArchived = (id: number, archived: boolean) =>
  call<Hub>('hub_set_archived', { id, archived });
/**
 * Bank details of the network, a hub or an application's person: the IBAN masked unless
 * `reveal` (the person asked to see it).
 */
export const bankAccountGet = (owner: AccountOwner, reveal: boolean) =>
  call<BankAccount>('bank_account_get', { owner, reveal });
/** Checked at the fields; refused as a conflict when the details changed since `input.expected_version`. */
export const bankAccountSave = (owner: AccountOwner, input: AccountInput) =>
  call<BankAccount>('bank_account_save', { owner, input });
/**
 * Checks the details as typed, saving nothing: the form shows a wrong IBAN or BIC as the
 * person leaves its field.
 */
export const bankAccountCheck = (input: AccountInput) =>
  call<null>('bank_account_check', { input });
export const bankAccountClear = (owner: AccountOwner, expectedVersion: number | null) =>
  call<BankAccount>('bank_account_clear', { owner, expectedVersion });
/** Opens the native file dialog; null when the user cancels it. */
export const hubsImportChoose = () =>
  call<PickedFile | null>('hubs_import_choose');
/** Reading and checking a large file runs off the UI thread, so the window never freezes. */
export const hubsImportPreview = (token: string) =>
  call<ImportPreview>('hubs_import_preview', { token });
export const hubsImportCommit = (token: string, sha256: string) =>
  call<ImportSummary>('hubs_import_commit', { token, sha256 });
/** Opens the native save dialog; null when the user cancels it. */
export const hubsExport = () =>
  call<ExportResult | null>('hubs_export');

// team (src-tauri/commands/team.rs)
/** This desk: its key's fingerprint, the person at it, its log. */
export const deskStatus = () =>
  call<DeskStatus>('desk_status');
/** Say who works at this desk (named on every change made here from now on). */
export const personSave = (input: Person) =>
  call<DeskStatus>('person_save', { input });
/** Choose the language the window speaks to the person at this desk ('' for the system's). */
export const deskLanguageSave = (language: string) =>
  call<DeskStatus>('desk_language_save', { language });
/** Every change of a record and of what belongs to it, oldest first. */
export const recordHistory = (kind: RecordKind, id: number) =>
  call<HistoryItem[]>('record_history', { kind, id });
/** Check every desk's chain of entries and their signatures. */
export const auditVerify = () =>
  call<AuditReport>('audit_verify');
/** Export the whole audit trail to a file the user names (null when they cancel). */
export const auditExport = (format: SheetFormat) =>
  call<AuditExport | null>('audit_export', { format });
/** The team as this desk sees it: desks, what waits to go out or come in, requests to join. */
export const teamStatus = () =>
  call<TeamStatus>('team_status');
/**
 * Settings → Team → Share through a folder…: the folder chosen in the native dialog (null
 * when the user cancels it).
 */
export const teamShare = () =>
  call<TeamStatus | null>('team_share');
/** Settings → Team → Join a team…: this desk's request goes to the folder chosen. */
export const teamJoin = () =>
  call<TeamStatus | null>('team_join');
export const teamApprove = (deskId: string) =>
  call<TeamStatus>('team_approve', { deskId });
export const teamRemove = (deskId: string) =>
  call<TeamStatus>('team_remove', { deskId });
/**
 * Sync now: a desk waiting to join first takes the team's data once approved (the data file
 * closed meanwhile); then this desk's changes go out and the others' come in.
 * A first join's steps go out as `team-join-progress` events.
 */
export const teamSync = () =>
  call<SyncReport>('team_sync');
/** Grants and votes changed on two desks that had not seen each other's change. */
export const clashesList = () =>
  call<Clash[]>('clashes_list');
/** Decide a clash: `keep` names the version kept (desk and entry), or none to keep what stands. */
export const clashResolve = (subject: string, keep: [string, number] | null, note: string) =>
  call<Clash[]>('clash_resolve', { subject, keep, note });

// votes (src-tauri/commands/votes.rs)
/** The vote: settings, electorate, proposals, every ballot and the count as it stands. */
export const voteGet = (cycleId: number) =>
  call<VoteOverview>('vote_get', { cycleId });
/** Before the vote opens every setting can change; once open, only the counting method. */
export const voteSettingsSave = (cycleId: number, settings: VoteSettings, expectedVersion: number | null) =>
  call<VoteOverview>('vote_settings_save', { cycleId, settings, expectedVersion });
/** Open the vote: the electorate is frozen as it stands, one ballot per hub. */
export const voteOpen = (cycleId: number) =>
  call<VoteOverview>('vote_open', { cycleId });
/** Record one hub's ballot; a second one replaces the first, with a reason. */
export const ballotRecord = (cycleId: number, input: BallotInput) =>
  call<VoteOverview>('ballot_record', { cycleId, input });
/**
 * Pick a form export (CSV) and import its ballots, all or nothing. `None` when the dialog is
 * cancelled.
 */
export const ballotsImport = (cycleId: number) =>
  call<BallotImport | null>('ballots_import', { cycleId });
/** Freeze the count and select the winner; below the quorum only with `despiteQuorum`. */
export const voteDeclare = (cycleId: number, despiteQuorum: boolean) =>
  call<VoteOverview>('vote_declare', { cycleId, despiteQuorum });
/** Save the vote's result as a PDF report where the user says. `None` when cancelled. */
export const voteReport = (cycleId: number) =>
  call<string | null>('vote_report', { cycleId });
