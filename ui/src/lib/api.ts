// One typed function per IPC command. Every rejection is turned into an AppError, so the
// screens can branch on `code` and show `message` without ever dumping raw objects.

import { invoke } from '@tauri-apps/api/core';
import type {
  AllianceCheck,
  AuditExport,
  AuditReport,
  Clash,
  DeskStatus,
  HistoryItem,
  Person,
  RecordKind,
  SyncReport,
  TeamStatus,
  AppInfo,
  Application,
  ApplicationInput,
  AwardSummary,
  BackupPolicy,
  BackupsOverview,
  BallotImport,
  BallotInput,
  BatchSummary,
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
  EmissionFactors,
  FormImportPreview,
  ErrorCode,
  ExportResult,
  FieldError,
  FinanceExport,
  GrantDetail,
  GrantInputs,
  GrantPayments,
  GrantsOverview,
  Hub,
  HubFacets,
  HubInput,
  HubList,
  HubQuery,
  ImportPreview,
  ImportSummary,
  LetterPreview,
  LetterRecord,
  LettersOverview,
  NetworkSettings,
  NewProgramme,
  PairingPlan,
  PairingWeights,
  PaymentInput,
  PaymentsOverview,
  Phase,
  PickedFile,
  Place,
  PlacementPlan,
  Programme,
  ProgrammeInput,
  ProtectionChange,
  ProtectionRequest,
  Ranking,
  ReportFiles,
  Restored,
  Review,
  ReviewInput,
  RuleSet,
  RuleSetBody,
  RuleSetInput,
  SelectionOutcome,
  SelectionSettings,
  SelectionSettingsInput,
  SettingsInput,
  Story,
  StoryInput,
  Transition,
  VoteOverview,
  VoteSettings,
  WhatIf,
  Withdrawal,
} from './bindings';

/** The normalised shape of every failure the UI handles. */
export interface AppError {
  code: ErrorCode;
  message: string;
  fields: FieldError[];
  /** A save refused as stale (`conflict`): the record's version now, to save over it on purpose. */
  versionNow?: number;
}

// Every code the core answers with; a code missing here is a type error, so a new one cannot
// be turned into 'internal' by mistake.
const CODE_SET: Record<ErrorCode, true> = {
  validation: true,
  not_found: true,
  conflict: true,
  not_allowed: true,
  wrong_phase: true,
  needs_amendment: true,
  over_budget: true,
  csv: true,
  not_a_database: true,
  newer_schema: true,
  damaged: true,
  read_only: true,
  locked: true,
  io: true,
  database: true,
  bad_request: true,
  cancelled: true,
  internal: true,
};
const CODES = Object.keys(CODE_SET) as ErrorCode[];

function isCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (CODES as readonly string[]).includes(value);
}

function cleanFields(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((f): f is { field: unknown; message: unknown } => typeof f === 'object' && f !== null)
    .map((f) => ({ field: String(f.field ?? ''), message: String(f.message ?? '') }))
    .filter((f) => f.message !== '');
}

/** Turn anything a promise may reject with (our error object, a string, an Error) into an AppError. */
export function toAppError(reason: unknown): AppError {
  if (typeof reason === 'string') {
    const text = reason.trim();
    if (text.startsWith('{')) {
      try {
        return toAppError(JSON.parse(text));
      } catch {
        // Not JSON after all: fall through and show the text.
      }
    }
    return { code: 'internal', message: text || 'Something went wrong.', fields: [] };
  }
  if (reason instanceof Error) {
    return { code: 'internal', message: reason.message || reason.name, fields: [] };
  }
  if (typeof reason === 'object' && reason !== null) {
    const r = reason as Record<string, unknown>;
    const fields = cleanFields(r.fields);
    const message =
      typeof r.message === 'string' && r.message.trim() !== ''
        ? r.message
        : fields.length > 0
          ? fields[0].message
          : 'Something went wrong.';
    // From the core (`version_now`), or an AppError normalised already (`versionNow`).
    const raw = r.version_now ?? r.versionNow;
    const versionNow = typeof raw === 'number' ? raw : undefined;
    return { code: isCode(r.code) ? r.code : 'internal', message, fields, ...(versionNow !== undefined ? { versionNow } : {}) };
  }
  return { code: 'internal', message: 'Something went wrong.', fields: [] };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toAppError(reason);
  }
}

export const appInfo = () => call<AppInfo>('app_info');

export const backupsOverview = () => call<BackupsOverview>('backups_overview');
/** Opens a protected data file with the passphrase typed; a wrong one rejects with `locked`. */
export const dataUnlock = (passphrase: string) => call<AppInfo>('data_unlock', { passphrase });
/** Protects the data file, changes its passphrase or removes the protection (Settings → Protection). */
export const protectionChange = (request: ProtectionRequest) => call<ProtectionChange>('protection_change', { request });
export const backupNow = () => call<BackupsOverview>('backup_now');
export const backupPolicySave = (policy: BackupPolicy) => call<BackupsOverview>('backup_policy_save', { policy });
/** Puts the backup in place of the data file; the window must then reload everything. */
export const backupRestore = (name: string) => call<Restored>('backup_restore', { name });

/** This desk: its key's fingerprint, the person at it, its log. */
export const deskStatus = () => call<DeskStatus>('desk_status');
/** Say who works at this desk (named on every change made here from now on). */
export const personSave = (input: Person) => call<DeskStatus>('person_save', { input });
/** Every change of a record and of what belongs to it, oldest first. */
export const recordHistory = (kind: RecordKind, id: number) => call<HistoryItem[]>('record_history', { kind, id });
/** Check every desk's chain of entries and their signatures. */
export const auditVerify = () => call<AuditReport>('audit_verify');
/** Opens the native save dialog; null when the user cancels it. */
export const auditExport = (format: 'xlsx' | 'csv') => call<AuditExport | null>('audit_export', { format });

/** The team as this desk sees it: desks, what waits to go out or come in, requests to join. */
export const teamStatus = () => call<TeamStatus>('team_status');
/** Opens the native folder dialog; null when the user cancels it. */
export const teamShare = () => call<TeamStatus | null>('team_share');
/** Opens the native folder dialog; null when the user cancels it. */
export const teamJoin = () => call<TeamStatus | null>('team_join');
export const teamApprove = (deskId: string) => call<TeamStatus>('team_approve', { deskId });
export const teamRemove = (deskId: string) => call<TeamStatus>('team_remove', { deskId });
/** This desk's changes out, the others' in (a desk waiting to join takes the team's data). */
export const teamSync = () => call<SyncReport>('team_sync');

/** Grants and votes changed on two desks that had not seen each other's change. */
export const clashesList = () => call<Clash[]>('clashes_list');
/** Keep one version (desk and entry), or what stands now (null); the clashes left. */
export const clashResolve = (subject: string, keep: [string, number] | null, note: string) =>
  call<Clash[]>('clash_resolve', { subject, keep, note });

export const settingsGet = () => call<NetworkSettings>('settings_get');
/** `expectedVersion`: the version the form read (a save over a later one is refused as a conflict). */
export const settingsSave = (input: SettingsInput, expectedVersion: number | null) =>
  call<NetworkSettings>('settings_save', { input, expectedVersion });
/** Opens the native file dialog; null when the user cancels it. */
export const settingsChooseLogo = () => call<NetworkSettings | null>('settings_choose_logo');
export const settingsClearLogo = () => call<NetworkSettings>('settings_clear_logo');

export const countriesList = () => call<Country[]>('countries_list');
export const gazetteerSearch = (text: string, country: string | null, limit: number | null) =>
  call<Place[]>('gazetteer_search', { text, country, limit });

export const hubsList = (query: HubQuery) => call<HubList>('hubs_list', { query });
export const hubsFacets = () => call<HubFacets>('hubs_facets');
export const hubGet = (id: number) => call<Hub>('hub_get', { id });
export const hubCreate = (input: HubInput) => call<Hub>('hub_create', { input });
export const hubUpdate = (id: number, input: HubInput) => call<Hub>('hub_update', { id, input });
export const hubSetArchived = (id: number, archived: boolean) => call<Hub>('hub_set_archived', { id, archived });

/** Opens the native file dialog; null when the user cancels it. */
export const hubsImportChoose = () => call<PickedFile | null>('hubs_import_choose');
/** `token` names the file chosen in the dialog (`PickedFile.token`): the page never sends a path. */
export const hubsImportPreview = (token: string) => call<ImportPreview>('hubs_import_preview', { token });
export const hubsImportCommit = (token: string, sha256: string) =>
  call<ImportSummary>('hubs_import_commit', { token, sha256 });
/** Opens the native save dialog; null when the user cancels it. */
export const hubsExport = () => call<ExportResult | null>('hubs_export');

export const demoLoad = () => call<DemoSummary>('demo_load');
export const openWebsite = (url: string) => call<null>('open_website', { url });
/** Tells the shell the first screen is shown (for the start-up measurement). */
export const uiReady = () => call<null>('ui_ready');

export const programmesList = () => call<Programme[]>('programmes_list');
/** `expectedVersion`: the version the form read (a save over a later one is refused as a conflict). */
export const programmeUpdate = (id: number, input: ProgrammeInput, expectedVersion: number | null) =>
  call<Programme>('programme_update', { id, input, expectedVersion });
export const programmeCreate = (input: NewProgramme) => call<Programme>('programme_create', { input });

// Tauri names command arguments in camelCase on this side: `programme_id` is `programmeId`.
// Keys inside `input` and `query` objects stay snake_case, as in bindings.ts.
export const cyclesList = (query: CycleQuery) => call<Cycle[]>('cycles_list', { query });
export const cycleGet = (id: number) => call<Cycle>('cycle_get', { id });
/** A new cycle's settings, filled from the programme's defaults. */
export const cycleTemplate = (programmeId: number, year: number) =>
  call<CycleInput>('cycle_template', { programmeId, year });
export const cycleCreate = (input: CycleInput) => call<Cycle>('cycle_create', { input });
/** `expectedVersion`: the version the form read (a save over a later one is refused as a conflict). */
export const cycleUpdate = (id: number, input: CycleInput, expectedVersion: number | null) =>
  call<Cycle>('cycle_update', { id, input, expectedVersion });
/** What saving the form would change on a frozen cycle, and what that does to its letters. */
export const cycleChange = (id: number, input: CycleInput) => call<CycleChange>('cycle_change', { id, input });
/** Change a frozen cycle's settings by amendment, with a reason kept in its history. */
export const cycleAmend = (id: number, input: CycleInput, reason: string, overBudget: boolean, expectedVersion: number | null) =>
  call<Cycle>('cycle_amend', { id, input, reason, overBudget, expectedVersion });
/** A draft copy of the cycle with every date moved to `year`. */
export const cycleClone = (id: number, year: number) => call<Cycle>('cycle_clone', { id, year });
export const cycleDelete = (id: number) => call<null>('cycle_delete', { id });
export const cycleTransitions = (id: number) => call<Transition[]>('cycle_transitions', { id });
/** Move a cycle whose work ran ahead of its phase forward to where that work belongs. */
export const cycleCatchUp = (id: number) => call<Cycle>('cycle_catch_up', { id });
/** Forward one phase when its guard is met, or back to an earlier one with a reason. */
export const cycleMove = (id: number, to: Phase, reason: string | null) =>
  call<Cycle>('cycle_move', { id, to, reason });
export const cycleEvents = (id: number) => call<CycleEvent[]>('cycle_events', { id });

// Applications to one cycle, oldest submission first, each with its eligibility.
export const applicationsList = (cycleId: number) => call<Application[]>('applications_list', { cycleId });
export const applicationGet = (id: number) => call<Application>('application_get', { id });
export const applicationCreate = (input: ApplicationInput) => call<Application>('application_create', { input });
/** `expectedVersion`: the version the form read (a save over a later one is refused as a conflict). */
export const applicationUpdate = (id: number, input: ApplicationInput, expectedVersion: number | null) =>
  call<Application>('application_update', { id, input, expectedVersion });
/**
 * The application stays, marked withdrawn; it no longer counts. A place it held goes to the
 * first on the waiting list: `promoted` names who, `note` says why nobody was.
 */
export const applicationWithdraw = (id: number) => call<Withdrawal>('application_withdraw', { id });

/** Field key → the column header of the form export that fills it. */
export type ColumnMapping = Record<string, string>;

/** Native file dialog for a form export (CSV); null when cancelled. */
export const applicationsImportChoose = () => call<PickedFile | null>('applications_import_choose');
/**
 * What importing the file into the cycle would do. Without `mapping` the cycle's saved mapping
 * is used, completed by guesses from the column names; the preview returns the mapping used.
 */
export const applicationsImportPreview = (
  cycleId: number,
  token: string,
  mapping: ColumnMapping | null,
  dateOrder: DateOrder | null,
) => call<FormImportPreview>('applications_import_preview', { cycleId, token, mapping, dateOrder });
/**
 * All rows or none; saves the mapping (and the order of slash dates) with the cycle. `sha256`
 * comes from the preview.
 */
export const applicationsImportCommit = (
  cycleId: number,
  token: string,
  mapping: ColumnMapping | null,
  dateOrder: DateOrder | null,
  sha256: string,
) => call<ImportSummary>('applications_import_commit', { cycleId, token, mapping, dateOrder, sha256 });

// Selection: criteria and rules per cycle, reviewers' scores, the ranking and the decisions.
export const selectionSettingsGet = (cycleId: number) => call<SelectionSettings>('selection_settings_get', { cycleId });
/** `expectedVersion`: the version the dialog read (a save over a later one is refused as a conflict). */
export const selectionSettingsSave = (cycleId: number, input: SelectionSettingsInput, expectedVersion: number | null) =>
  call<SelectionSettings>('selection_settings_save', { cycleId, input, expectedVersion });
export const reviewsList = (applicationId: number) => call<Review[]>('reviews_list', { applicationId });
/** Records (or replaces) one reviewer's scores; answers with every reviewer's scorecard. */
export const reviewSave = (input: ReviewInput) => call<Review[]>('review_save', { input });
export const reviewDelete = (applicationId: number, reviewer: string) =>
  call<Review[]>('review_delete', { applicationId, reviewer });
export const rankingGet = (cycleId: number) => call<Ranking>('ranking_get', { cycleId });
/** Select the best eligible up to the slots; the other eligible go to the waiting list. */
export const selectionRun = (cycleId: number) => call<SelectionOutcome>('selection_run', { cycleId });
/** A decision by hand on one application (a free slot is needed to select). */
export const applicationDecide = (id: number, decision: Decision) =>
  call<Application>('application_decide', { id, decision });

// Grants: one per selected application, computed from the cycle's versioned rule set.
/** The cycle's grants (drafts recomputed first) and its budget against the envelope. */
export const grantsOverview = (cycleId: number) => call<GrantsOverview>('grants_overview', { cycleId });
/** One grant line by line, with its inputs, what the rules in force would give now and its history. */
export const grantGet = (id: number) => call<GrantDetail>('grant_get', { id });
/** The declared costs and visas of an application's grant; its draft follows. */
/** `expectedVersion`: the version the form read (a save over a later one is refused as a conflict). */
export const grantInputsSave = (applicationId: number, inputs: GrantInputs, expectedVersion: number | null) =>
  call<GrantInputs>('grant_inputs_save', { applicationId, inputs, expectedVersion });
/**
 * Award the listed drafts, or every computed draft of the cycle with `ids` null. Past the
 * envelope it fails with `over_budget` (the message gives the figures) unless `overBudget`.
 */
export const grantsAward = (cycleId: number, ids: number[] | null, overBudget: boolean) =>
  call<AwardSummary>('grants_award', { cycleId, ids, overBudget });
/** Bring an awarded grant to what the rules and inputs in force give now, with a reason. */
export const grantAmend = (id: number, reason: string) => call<GrantDetail>('grant_amend', { id, reason });
export const grantCancel = (id: number, reason: string) => call<GrantDetail>('grant_cancel', { id, reason });

// Payments: the instalments and recovery orders of awarded and cancelled grants. Each change
// answers with the grant's payments, settled anew.
/** Every payment of the cycle's awarded and cancelled grants, with the payee, and the totals. */
export const paymentsOverview = (cycleId: number) => call<PaymentsOverview>('payments_overview', { cycleId });
/** Record an open instalment as paid (or a recovery as received); `paid_on` null is today. */
export const paymentPay = (id: number, input: PaymentInput) => call<GrantPayments>('payment_pay', { id, input });
/** Give up an open payment, with a reason: it then counts as settled. */
export const paymentWaive = (id: number, reason: string) => call<GrantPayments>('payment_waive', { id, reason });
/** Undo a payment or a waiver, with a reason: the row is open again. */
export const paymentReopen = (id: number, reason: string) => call<GrantPayments>('payment_reopen', { id, reason });
/** Mark the grant's report received on a date ('' for today), or clear it with null. */
export const reportReceived = (grantId: number, receivedOn: string | null) =>
  call<GrantPayments>('report_received', { grantId, receivedOn });
/**
 * Opens the native save dialog and writes the cycle's payments, grants and lines for finance
 * (in the language set in Settings when `language` is null); null when the user cancels the dialog.
 */
export const financeExport = (cycleId: number, format: 'xlsx' | 'csv', language: string | null = null) =>
  call<FinanceExport | null>('finance_export', { cycleId, format, language });

/** The rule set in force for the cycle (its newest version). */
export const ruleSetGet = (cycleId: number) => call<RuleSet>('rule_set_get', { cycleId });
/** Every version of the cycle's rule set, newest first. */
export const ruleSetVersions = (cycleId: number) => call<RuleSet[]>('rule_set_versions', { cycleId });
/** Saves changed rules as a new version; the cycle's draft grants are recomputed. */
/** `expectedVersion`: the rule-set version the dialog read (a save over a later one is refused as a conflict). */
export const ruleSetSave = (cycleId: number, input: RuleSetInput, expectedVersion: number | null) =>
  call<RuleSet>('rule_set_save', { cycleId, input, expectedVersion });
/** What the cycle's grants would come to under other rules; saves nothing. */
export const ruleSetWhatIf = (cycleId: number, body: RuleSetBody) => call<WhatIf>('rule_set_what_if', { cycleId, body });

// Pairing (P2P Learning): visiting hubs paired with hosting hubs from weighted criteria. Every
// command answers with the plan run anew; a cycle of another programme is `not_allowed`.
/** The cycle's pairing: the best pairs under its weights, locks and bans, each explained. */
export const pairingGet = (cycleId: number) => call<PairingPlan>('pairing_get', { cycleId });
/**
 * Lock a pair (kept in every re-run; other locks of either hub go), forbid it, or clear
 * either with `kind` null.
 */
export const pairingConstraint = (cycleId: number, visitingId: number, hostingId: number, kind: ConstraintKind | null) =>
  call<PairingPlan>('pairing_constraint', { cycleId, visitingId, hostingId, kind });
/** Saves the weights (0 to 10 each) and the rule on countries; the pairing is run again. */
export const pairingWeightsSave = (cycleId: number, weights: PairingWeights, expectedVersion: number | null) =>
  call<PairingPlan>('pairing_weights_save', { cycleId, weights, expectedVersion });
/** Confirm the plan's pairs: the grants take each pair's host (before the award only). */
export const pairingConfirm = (cycleId: number) => call<PairingPlan>('pairing_confirm', { cycleId });
/** The dates the two hubs of a confirmed pair agreed for their visit; nulls clear them. */
export const pairVisitSet = (cycleId: number, visitingId: number, startsOn: string | null, endsOn: string | null) =>
  call<PairingPlan>('pair_visit_set', { cycleId, visitingId, startsOn, endsOn });

// Hosts for people. Staff Exchange: each selected person placed at a member hub within each
// host's places, under the cycle's pairing weights (a cycle of another programme is
// `not_allowed`). Hubs Alliance: each selected request checked against the host it names.
/** The cycle's placements: proposals and locks kept, the rest placed at the best hosts. */
export const placementGet = (cycleId: number) => call<PlacementPlan>('placement_get', { cycleId });
/** Lock a person at a host (kept in every re-run), forbid that host, or clear with `kind` null. */
export const placementConstraint = (cycleId: number, applicationId: number, hostHubId: number, kind: ConstraintKind | null) =>
  call<PlacementPlan>('placement_constraint', { cycleId, applicationId, hostHubId, kind });
/** Confirm the plan's placements: the grants take each person's host (before the award only). */
export const placementConfirm = (cycleId: number) => call<PlacementPlan>('placement_confirm', { cycleId });
/** Saves the cycle's weights (the pairing's) and runs the placements again. */
export const placementWeightsSave = (cycleId: number, weights: PairingWeights, expectedVersion: number | null) =>
  call<PlacementPlan>('placement_weights_save', { cycleId, weights, expectedVersion });
/**
 * How many people a hub hosts in the cycle, 0 to 50 (Staff Exchange: in the cycle; Hubs
 * Alliance: at the same time). Load the plan or the checks again afterwards.
 */
export const hostCapacitySet = (cycleId: number, hubId: number, capacity: number) =>
  call<null>('host_capacity_set', { cycleId, hubId, capacity });
/** Each selected Hubs Alliance request, in the order they came in, against its host. */
export const allianceChecks = (cycleId: number) => call<AllianceCheck[]>('alliance_checks', { cycleId });

// Award letters: one per grant, numbered on issue and archived byte for byte. `language` is
// 'en' or 'fr', or null for the one set in Settings.
/** The cycle's grants with their letters, and what Settings still lacks before any is issued. */
export const lettersOverview = (cycleId: number) => call<LettersOverview>('letters_overview', { cycleId });
/** The letter as it would be issued now, with the reference it would take; gives it no number. */
export const letterPreview = (grantId: number, language: string | null) =>
  call<LetterPreview>('letter_preview', { grantId, language });
/** Sets the preview as a PDF (marked as not issued) and opens it in the system's viewer; answers its path. */
export const letterPreviewOpen = (grantId: number, language: string | null) =>
  call<string>('letter_preview_open', { grantId, language });
/**
 * Number, set and archive the grant's letter (a draft grant is awarded first). A grant whose
 * letter already states it gets that letter back; an amended one gets a new version.
 */
export const letterIssue = (grantId: number, language: string | null) =>
  call<LetterRecord>('letter_issue', { grantId, language });
/** Opens the native save dialog and writes the archived letter; null when the user cancels it. */
export const letterSave = (letterId: number) => call<string | null>('letter_save', { letterId });
/** Opens the archived letter in the system's PDF viewer, to print it; answers the file's path. */
export const letterPrint = (letterId: number) => call<string>('letter_print', { letterId });
/**
 * Issue every due letter of the cycle's awarded grants and write them all: one PDF each into a
 * folder, or one PDF to print. The native folder or save dialog comes first (null when the user
 * cancels it); progress arrives as `letters-progress` events and `lettersCancel` stops the run.
 */
export const lettersBatch = (cycleId: number, mode: 'folder' | 'combined', language: string | null) =>
  call<BatchSummary | null>('letters_batch', { cycleId, mode, language });
/** Ask the running batch to stop after the letter it is on. */
export const lettersCancel = () => call<null>('letters_cancel');

// The members' vote of a Workshops cycle, which elects the hub producing it. Every command
// answers with the whole vote as it stands; a cycle of another programme is `not_allowed`.
/** The vote: settings, electorate, proposals, every ballot and the count as it stands. */
export const voteGet = (cycleId: number) => call<VoteOverview>('vote_get', { cycleId });
/** Before the vote opens every setting can change; once open, only the counting method. */
export const voteSettingsSave = (cycleId: number, settings: VoteSettings, expectedVersion: number | null) =>
  call<VoteOverview>('vote_settings_save', { cycleId, settings, expectedVersion });
/** Open the vote: the electorate is frozen as it stands, one ballot per hub. */
export const voteOpen = (cycleId: number) => call<VoteOverview>('vote_open', { cycleId });
/** Record one hub's ballot; a second one replaces the first, with a reason. */
export const ballotRecord = (cycleId: number, input: BallotInput) =>
  call<VoteOverview>('ballot_record', { cycleId, input });
/**
 * Opens the native file dialog and imports the ballots of a form export (CSV), all or none;
 * null when the user cancels the dialog. A bad file fails with `csv`, one field per problem.
 */
export const ballotsImport = (cycleId: number) => call<BallotImport | null>('ballots_import', { cycleId });
/** Freeze the count and select the winner; below the quorum only with `despiteQuorum`. */
export const voteDeclare = (cycleId: number, despiteQuorum: boolean) =>
  call<VoteOverview>('vote_declare', { cycleId, despiteQuorum });
/** Opens the native save dialog and writes the result as a PDF; its path, or null when cancelled. */
export const voteReport = (cycleId: number) => call<string | null>('vote_report', { cycleId });

// Reports' stories: written by a grant's participants (P2P Learning and Staff Exchange), each
// with up to four photos, and every story of a cycle set into one publication. Adding to a
// cancelled or draft grant, or in another programme, is `not_allowed` (the message says which).
/** A grant's stories, oldest first, each with its photos (without their bytes). */
export const storiesGet = (grantId: number) => call<Story[]>('stories_get', { grantId });
/** Every story of the cycle, grant by grant. */
export const cycleStories = (cycleId: number) => call<Story[]>('cycle_stories', { cycleId });
/** A bad field fails with `validation` on `title`, `author` or `body`. */
export const storyAdd = (grantId: number, input: StoryInput) => call<Story>('story_add', { grantId, input });
/** `expectedVersion`: the version the form read (a save over a later one is refused as a conflict). */
export const storyUpdate = (id: number, input: StoryInput, expectedVersion: number | null) =>
  call<Story>('story_update', { id, input, expectedVersion });
/** Removes the story and its photos. */
export const storyDelete = (id: number) => call<null>('story_delete', { id });
/**
 * Opens the native file dialog and adds the picked PNG or JPEG (scaled down when large) with
 * its caption; the story as it now is, or null when the user cancels the dialog. A bad file
 * fails with `validation` on `photo`, a bad caption on `caption`.
 */
export const storyPhotoAdd = (storyId: number, caption: string) =>
  call<Story | null>('story_photo_add', { storyId, caption });
/** Removes one photo; the story as it now is. */
export const storyPhotoRemove = (id: number) => call<Story>('story_photo_remove', { id });
/** A stored photo as a `data:` URL, to show it. */
export const storyPhotoGet = (id: number) => call<string>('story_photo_get', { id });
/**
 * Opens the native save dialog and writes the cycle's stories as one booklet (in the language
 * set in Settings when `language` is null); the path written, or null when the user cancels.
 * A cycle without any story is `not_allowed`.
 */
export const publicationSave = (cycleId: number, language: string | null) =>
  call<string | null>('publication_save', { cycleId, language });

// The cycle report: the awarded grants' budget, programmes, countries, green travel and travel
// footprint (drafts and cancelled grants are only counted as left out), with the cycle's
// emission factors, saved as a PDF or a workbook.
/** The cycle's report as it stands now. */
export const cycleReport = (cycleId: number) => call<CycleReport>('cycle_report', { cycleId });
/**
 * Saves the cycle's emission factors, all at once with their source; the factors as saved
 * (sorted by mode and distance). A bad set fails with `validation` on `source`, `factors` (a
 * mode without any factor) or `factors.{i}.{field}`, `i` being the row's index as sent.
 */
export const emissionFactorsSave = (cycleId: number, input: EmissionFactors, expectedVersion: number | null) =>
  call<EmissionFactors>('emission_factors_save', { cycleId, input, expectedVersion });
/** The factors the cycle uses now (its own, or the defaults), with their version. */
export const emissionFactorsGet = (cycleId: number) => call<EmissionFactors>('emission_factors_get', { cycleId });
/** The cycle uses Mobility Desk's default emission factors again; the defaults. */
export const emissionFactorsReset = (cycleId: number, expectedVersion: number | null) =>
  call<EmissionFactors>('emission_factors_reset', { cycleId, expectedVersion });
/**
 * Opens the native save dialog and writes the cycle report as a PDF or a workbook (in the
 * language set in Settings when `language` is null); the file written, or null when the user
 * cancels the dialog.
 */
export const cycleReportSave = (cycleId: number, format: 'pdf' | 'xlsx', language: string | null = null) =>
  call<ReportFiles | null>('cycle_report_save', { cycleId, format, language });
