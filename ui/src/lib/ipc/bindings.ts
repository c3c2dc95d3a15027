// Generated from the Rust types (src-tauri/lib.rs, typescript_bindings). Do not edit:
// run `UPDATE_BINDINGS=1 cargo test --test integration bindings` after changing a type.

export type SaidArg = number | string | Said;

export type Said = { id: string, args?: { [key in string]: SaidArg }, };

export type Phrase = { text: string, said?: Said, };

export type CrashNote = { 
/**
 * When, as UTC RFC 3339 ("2026-12-06T14:55:02Z").
 */
at: string, 
/**
 * The version that stopped.
 */
version: string, 
/**
 * The error's own words and where in the code it arose (for whoever fixes it; English).
 */
what: string, };

export type ErrorCode = "validation" | "not_found" | "conflict" | "not_allowed" | "wrong_phase" | "needs_amendment" | "over_budget" | "csv" | "not_a_database" | "newer_schema" | "damaged" | "read_only" | "locked" | "io" | "database" | "bad_request" | "cancelled" | "internal";

export type FieldError = { field: string, 
/**
 * In English; `said`, when there, is the same in the files' words for any language.
 */
message: string, said?: Said, };

export type AmountRead = { 
/**
 * The amount in cents; null when the text is empty or not an amount.
 */
cents: number | null, 
/**
 * The amount as it reads back (`21,775.00`); null when there is none.
 */
shown: string | null, 
/**
 * Why the text is not an amount; null when it is one (or empty).
 */
problem: string | null, 
/**
 * The same, as a message the window writes in its language.
 */
problem_said: Said | null, };

export type Error = { code: ErrorCode, 
/**
 * In English; `said`, when there, is the same as a message of the files, which the
 * window and the command line put in their reader's language.
 */
message: string, said?: Said, fields?: Array<FieldError>, 
/**
 * A save refused because the record changed since it was read (`conflict`): the record's
 * version now. Saving again with this version overwrites the change on purpose.
 */
version_now?: number, };

export type NetworkSettings = { network_name: string, postal_address: string, signatory_name: string, signatory_title: string, 
/**
 * `en` or `fr`.
 */
default_language: string, 
/**
 * The logo as a `data:` URL the UI can show, if one is set.
 */
logo_data_url: string | null, 
/**
 * The place letters are signed at, printed before the date: as typed in Settings, or,
 * until one is typed, the town read from the postal address.
 */
signing_place: string, 
/**
 * Whether `signing_place` was typed (false: read from the address).
 */
signing_place_typed: boolean, 
/**
 * Raised by every change; the form saves with the version it read.
 */
version: number, };

export type SettingsInput = { network_name: string, postal_address: string, signatory_name: string, signatory_title: string, default_language: string, 
/**
 * The place of signature as it should print; empty: read it from the postal address.
 */
signing_place: string, };

export type Person = { name: string, initials: string, email: string, };

export type DeskStatus = { 
/**
 * The desk's identifier (from its public key).
 */
desk_id: string, 
/**
 * The public key's fingerprint, in groups of four, to compare aloud with another desk.
 */
fingerprint: string, 
/**
 * The desk's number in its team (0 for a desk on its own, and for the team's first).
 */
number: number, person: Person, 
/**
 * Entries in this desk's own log (one per saved action).
 */
entries: number, 
/**
 * When this desk's first entry was written (the start of the History), if any.
 */
history_since: string | null, 
/**
 * The language the window speaks to this desk's person (ISO 639-1), '' for the system's.
 */
language: string, };

export type RecordKind = "hub" | "application" | "grant" | "payment" | "letter" | "ballot" | "cycle";

export type FieldChange = { field: string, 
/**
 * Empty for a record created by the change.
 */
old: Phrase, new: Phrase, };

export type HistoryItem = { 
/**
 * When it was made (UTC, RFC 3339).
 */
at: string, 
/**
 * Who made it, and their initials.
 */
person: string, initials: string, 
/**
 * The desk it was made on, and the entry of that desk's log.
 */
desk_id: string, seq: number, 
/**
 * What changed, in words ("Instalment 2 changed").
 */
what: Phrase, fields: Array<FieldChange>, };

export type AuditDesk = { desk_id: string, 
/**
 * The person the desk names (its last known).
 */
person: string, entries: number, 
/**
 * Entries whose values an erasure replaced: checked by the hash they were sealed with.
 */
redacted: number, 
/**
 * Why the chain breaks, and at which entry; none when every entry checks.
 */
problem: Phrase | null, };

export type AuditReport = { ok: boolean, desks: Array<AuditDesk>, };

export type AuditExport = { path: string, format: string, entries: number, lines: number, };

export type JoinCard = { desk_id: string, 
/**
 * Hex of the ed25519 public key.
 */
public_key: string, 
/**
 * To compare aloud (or on the phone) with the one the newcomer's window shows.
 */
fingerprint: string, person_name: string, person_initials: string, person_email: string, 
/**
 * The desk's age recipient: the network's key is sealed to it on approval.
 */
recipient: string, };

export type DeskRow = { desk_id: string, number: number, person_name: string, 
/**
 * active | removed
 */
state: string, 
/**
 * This desk itself.
 */
own: boolean, 
/**
 * Its entries this desk has applied.
 */
entries_here: number, 
/**
 * When it last synced through the folder (from its status file), if known.
 */
synced_at: string | null, };

export type TeamStatus = { 
/**
 * solo | pending | member | removed
 */
state: string, folder: string | null, fingerprint: string, desks: Array<DeskRow>, 
/**
 * This desk's entries not yet written to the folder.
 */
outgoing: number, 
/**
 * Entries received and held back, with why (the first few).
 */
waiting: number, waiting_reasons: Array<Phrase>, 
/**
 * Desks that asked to join and wait for approval.
 */
requests: Array<JoinCard>, clashes: number, };

export type Refusal = { desk_id: string, seq: number, reason: Phrase, };

export type Received = { 
/**
 * Entries applied now (also earlier ones that were waiting for these).
 */
applied: number, 
/**
 * Entries held back: waiting for an earlier one, for a desk's approval, or for a newer
 * version of the app.
 */
waiting: number, 
/**
 * Entries of a removed desk applied here before its removal came, undone since.
 */
undone: number, 
/**
 * Entries this desk already had.
 */
duplicates: number, refused: Array<Refusal>, 
/**
 * Clashes open in the inbox after this.
 */
clashes: number, 
/**
 * Desks whose clock is more than a day ahead of this one's, by how many days: their
 * changes count as later than they are until their clock is set right.
 */
clocks_ahead: Array<[string, number]>, };

export type SyncReport = { 
/**
 * Entries of this desk written to the folder.
 */
sent: number, received: Received, 
/**
 * Entries applied, by the person of the desk they came from.
 */
from: Array<[string, number]>, 
/**
 * Files of other desks that could not be read yet (a sync tool still writing them, say).
 */
unreadable: Array<string>, };

export type JoinProgress = { stage: JoinStage, done: number, total: number, };

export type JoinStage = "reading" | "writing" | "applying";

export type ClashVersion = { desk_id: string, seq: number, person: string, at: string, 
/**
 * What it changed, one line per record ("Instalment 1 changed: reference → BANK-A").
 */
changes: Array<Phrase>, };

export type Clash = { 
/**
 * `grant:ID`, `vote:CYCLE` or `ballot:CYCLE:HUB`.
 */
subject: string, 
/**
 * The grant or vote in words.
 */
title: Phrase, since: string, versions: Array<ClashVersion>, };

export type Country = { 
/**
 * ISO 3166-1 alpha-2, upper case.
 */
code: string, 
/**
 * English name.
 */
name: string, 
/**
 * GeoNames continent code (EU, AS, AF, NA, SA, OC, AN).
 */
continent: string, };

export type Place = { geonameid: number, name: string, country: string, latitude: number, longitude: number, population: number, 
/**
 * Names in the country's own script, e.g. "Αθήνα".
 */
local_names: Array<string>, };

export type Maturity = "emerging" | "established";

export type Membership = "regular" | "associate" | "former";

export type Hub = { id: number, key: string, name: string, city: string, country: string, latitude: number, longitude: number, maturity: Maturity, membership: Membership, sectors: Array<string>, languages: Array<string>, contact_name: string, contact_email: string, website: string, available_for_mobility: boolean, alliance_member: boolean, member_since: number | null, notes: string, archived: boolean, created_at: string, updated_at: string, 
/**
 * Raised by every change; a form saves with the version it was read at.
 */
version: number, 
/**
 * Who made the last change (empty before this was recorded).
 */
updated_by: string, };

export type HubInput = { key: string, name: string, city: string, country: string, latitude: number | null, longitude: number | null, maturity: Maturity, membership: Membership, sectors: Array<string>, languages: Array<string>, contact_name: string, contact_email: string, website: string, available_for_mobility: boolean, alliance_member: boolean, member_since: number | null, notes: string, 
/**
 * Only read by imports (the form archives through its own action).
 */
archived?: boolean, 
/**
 * The version of the hub the form was read at: a save over a hub changed since is
 * refused as a conflict. None: save whatever changed (imports, and an overwrite on purpose
 * sends the version the conflict named).
 */
expected_version?: number | null, };

export type OwnerKind = "network" | "hub" | "application";

export type AccountOwner = { kind: OwnerKind, id: number, };

export type BankAccount = { owner: AccountOwner, 
/**
 * Whether the owner has an account at all (holder and IBAN given).
 */
given: boolean, holder: string, 
/**
 * The IBAN masked ("BE68 •••• •••• 7034"), '' when none.
 */
iban_masked: string, 
/**
 * The IBAN in groups of four, only when asked for.
 */
iban?: string, bic: string, 
/**
 * The IBAN's country ('' when none).
 */
country: string, 
/**
 * Whether a SEPA credit transfer reaches the account.
 */
in_sepa: boolean, 
/**
 * Whether a SEPA transfer to it needs the BIC and none is given (an account outside the
 * EEA).
 */
needs_bic: boolean, 
/**
 * The version read (0 when no account was ever given): sent back with a save.
 */
version: number, updated_by: string, updated_at: string, };

export type AccountInput = { holder: string, iban: string, bic: string, 
/**
 * The version the form read (see [`BankAccount::version`]); `None` saves over anything.
 */
expected_version?: number | null, };

export type DataKind = "hub_contact" | "applicant" | "reviewer" | "review_score" | "story_author" | "story_photo" | "account_holder" | "award_letter" | "mail_recipient" | "desk_person";

export type Purpose = "contact" | "selection" | "payment" | "publication" | "correspondence" | "accountability";

export type Retention = "contact_details" | "applications" | "stories" | "financial" | "audit";

export type RegisterEntry = { kind: DataKind, table: string, columns: Array<string>, purpose: Purpose, retention: Retention, };

export type Subject = { name: string, email: string, };

export type KnownPerson = { name: string, email: string, 
/**
 * Where they appear.
 */
kinds: Array<DataKind>, };

export type RetentionPeriod = { rule: Retention, years: number, };

export type ErasureAction = "emptied" | "renamed" | "deleted";

export type ErasureItem = { kind: DataKind, id: number, context: string, action: ErasureAction, };

export type ErasurePlan = { subject: Subject, items: Array<ErasureItem>, 
/**
 * Open instalments of grants of their applications: they stay, with the grant.
 */
unpaid_instalments: number, unpaid_cents: number, 
/**
 * Whether those instalments were to be paid to the person's own account, which goes.
 */
unpaid_lose_account: boolean, 
/**
 * Issued letters that name them: kept, with their PDF, until the end of `letters_kept_until`.
 */
letters_kept: number, letters_kept_until: number | null, 
/**
 * They work at a desk of the team: that stays.
 */
desk_person: boolean, 
/**
 * Backups (and files a restore set aside) that hold the data: replaced by one taken after.
 */
backups_replaced: number, };

export type KindCount = { kind: DataKind, count: number, };

export type ErasureRecord = { id: number, at: string, actor: string, reason: string, counts: Array<KindCount>, };

export type ErasureDone = { record: ErasureRecord, backups_replaced: number, };

export type PastRule = { rule: Retention, years: number, 
/**
 * The day before which the rule's event must lie (YYYY-MM-DD).
 */
before: string, items: Array<ErasureItem>, };

export type PastPlan = { today: string, rules: Array<PastRule>, 
/**
 * Backups (and files a restore set aside) that hold the data: replaced by one taken after.
 */
backups_replaced: number, };

export type AccessExportWritten = { json: string, pdf: string, count: number, };

export type HubSort = "name" | "city" | "country" | "member_since" | "updated";

export type ArchiveFilter = "active" | "archived" | "all";

export type HubQuery = { text: string, country: string | null, maturity: Maturity | null, membership: Membership | null, sector: string | null, available: boolean | null, alliance: boolean | null, archived: ArchiveFilter, sort: HubSort, descending: boolean, 
/**
 * At most this many rows are returned (default 500); `total` still counts all matches.
 */
limit: number | null, };

export type HubList = { 
/**
 * Hubs matching the query (may be more than `rows`).
 */
total: number, rows: Array<Hub>, };

export type Facet = { value: string, count: number, };

export type HubFacets = { countries: Array<Facet>, sectors: Array<Facet>, languages: Array<Facet>, active: number, archived: number, };

export type Upsert = "created" | "updated" | "unchanged";

export type RowError = { 
/**
 * The row as a spreadsheet numbers it: the header is row 1.
 */
row: number, column: string, message: Phrase, };

export type PlannedRow = { row: number, key: string, name: string, city: string, country: string, outcome: Upsert, };

export type ImportPreview = { 
/**
 * SHA-256 of the file, so the commit can check it is the same file.
 */
sha256: string, 
/**
 * The separator found: "," ";" or "tab".
 */
separator: string, had_bom: boolean, rows: number, creates: number, updates: number, unchanged: number, error_count: number, errors: Array<RowError>, 
/**
 * The first rows and what would happen to each.
 */
planned: Array<PlannedRow>, };

export type ImportSummary = { rows: number, created: number, updated: number, unchanged: number, };

export type DemoSummary = { hubs: ImportSummary, cycles_created: number, };

export type Shape = "p2p" | "staff_exchange" | "workshops" | "hubs_alliance";

export type InstalmentDue = "before_activity" | "after_report";

export type Instalment = { 
/**
 * Whole percent of the grant, 1 to 100; a schedule adds up to 100.
 */
percent: number, due: InstalmentDue, };

export type ProgrammeDefaults = { 
/**
 * Visiting hubs (P2P), people (Staff Exchange, Hubs Alliance) or hubs (Workshops).
 */
slots_primary: number, 
/**
 * Hosting hubs (P2P); 0 for the other shapes.
 */
slots_secondary: number, 
/**
 * Shortest and longest activity, in days.
 */
min_days: number | null, max_days: number | null, 
/**
 * The budget envelope, in euro cents.
 */
budget_cents: number, payment_schedule: Array<Instalment>, };

export type Programme = { id: number, 
/**
 * A stable key (`p2p`, `staff_exchange`, ..., or one made from a custom programme's name).
 */
key: string, shape: Shape, name: string, description: string, enabled: boolean, 
/**
 * One of the four programmes the app ships; it can be renamed and switched off, not removed.
 */
builtin: boolean, defaults: ProgrammeDefaults, cycle_count: number, 
/**
 * Raised by every change; the form saves with the version it read.
 */
version: number, };

export type ProgrammeInput = { name: string, description: string, enabled: boolean, defaults: ProgrammeDefaults, };

export type NewProgramme = { name: string, shape: Shape, description: string, };

export type Phase = "draft" | "call_open" | "selection" | "matching" | "awarded" | "in_progress" | "reporting" | "closed";

export type Cycle = { id: number, programme_id: number, programme_name: string, shape: Shape, year: number, title: string, 
/**
 * Dates as `YYYY-MM-DD`.
 */
call_opens: string | null, call_deadline: string | null, activity_start: string | null, activity_end: string | null, report_deadline: string | null, slots_primary: number, slots_secondary: number, min_days: number | null, max_days: number | null, budget_cents: number, payment_schedule: Array<Instalment>, phase: Phase, 
/**
 * The phases of this cycle's programme, in order.
 */
phases: Array<Phase>, cloned_from: number | null, notes: string, created_at: string, updated_at: string, 
/**
 * Raised by every change; the form saves with the version it read.
 */
version: number, 
/**
 * Why the settings change only by amendment (grants awarded, letters issued), or empty.
 */
frozen: Phrase, 
/**
 * Work the cycle holds that belongs to a later phase (a data file from before the phase
 * gates): the cycle should be moved forward.
 */
ahead: AheadOfPhase | null, 
/**
 * Each kind of work and whether the cycle's phase allows it now.
 */
gates: Array<Gate>, };

export type CycleInput = { programme_id: number, year: number, title: string, call_opens: string | null, call_deadline: string | null, activity_start: string | null, activity_end: string | null, report_deadline: string | null, slots_primary: number, slots_secondary: number, min_days: number | null, max_days: number | null, budget_cents: number, payment_schedule: Array<Instalment>, notes: string, };

export type CycleEvent = { 
/**
 * `move`, `amendment` (settings) or `rules` (a new rule set once frozen).
 */
kind: string, from_phase: Phase, to_phase: Phase, 
/**
 * Why: a person's words, or what the desk did (a catch-up with work done ahead).
 */
reason: Phrase, 
/**
 * What an amendment changed, one line each.
 */
changes: Array<Phrase>, actor: string, at: string, };

export type CycleChange = { 
/**
 * Why the settings change only by amendment ("26 grants are awarded, 26 letters issued"),
 * empty when they can be saved as they are.
 */
frozen: Phrase, 
/**
 * Each setting that changes, with its value before and after (`said-cycle-change-notes`
 * when only the notes change).
 */
changes: Array<Phrase>, 
/**
 * Issued letters that state something the change alters (and would need a new version).
 */
letters_affected: number, awarded_cents: number, 
/**
 * The envelope would be below what is already awarded: the overrun in words, else empty.
 */
overrun: Phrase, };

export type Transition = { to: Phase, 
/**
 * Forward by one phase, or back to an earlier one.
 */
forward: boolean, allowed: boolean, 
/**
 * What is missing before the move is allowed (empty when allowed).
 */
missing: Array<Phrase>, 
/**
 * Moving back needs a reason, which is recorded.
 */
needs_reason: boolean, };

export type CycleQuery = { programme_id: number | null, year: number | null, };

export type Work = "matching" | "matching_settings" | "visit_dates" | "award" | "amend" | "letters" | "payments" | "reports" | "stories";

export type Gate = { work: Work, 
/**
 * Empty when the work can be done now; otherwise the refusal, naming the phase and the move.
 */
blocked: Phrase, 
/**
 * When the work waits for a later phase: the cycle's next phase, the move to make (its
 * own guard still applies).
 */
next_phase: Phase | null, };

export type AheadOfPhase = { 
/**
 * The phase the work belongs to: the cycle should be moved forward to it.
 */
belongs_to: Phase, 
/**
 * What was done ahead, in words: "26 grants awarded", "1 payment recorded".
 */
work: Array<Phrase>, };

export type Role = "visiting" | "hosting" | "visitor" | "proposer";

export type TravelMode = "standard" | "green";

export type StaffFormat = "job_shadowing" | "project_based" | "workshop" | "lecture" | "other";

export type Status = "received" | "selected" | "waiting" | "declined" | "withdrawn";

export type ApplicationInput = { cycle_id: number, hub_id: number, role: Role, person_name: string, person_email: string, person_role: string, partner_hub_id: number | null, format: StaffFormat | null, starts_on: string | null, ends_on: string | null, title: string, summary: string, travellers: number, travel_mode: TravelMode, participants: number | null, budget_request_cents: number | null, needs: string, 
/**
 * When the application came in (`YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DD`); now when empty.
 */
submitted_at: string | null, external_ref: string | null, };

export type Eligibility = { eligible: boolean, reasons: Array<Phrase>, };

export type Application = { id: number, cycle_id: number, hub_id: number, hub_name: string, hub_country: string, role: Role, person_name: string, person_email: string, person_role: string, partner_hub_id: number | null, partner_hub_name: string | null, format: StaffFormat | null, starts_on: string | null, ends_on: string | null, title: string, summary: string, travellers: number, travel_mode: TravelMode, participants: number | null, budget_request_cents: number | null, needs: string, submitted_at: string, status: Status, external_ref: string | null, eligibility: Eligibility, created_at: string, updated_at: string, 
/**
 * Raised by every change; the form saves with the version it read.
 */
version: number, };

export type ImportField = { key: string, label: Phrase, required: boolean, 
/**
 * What the cells may hold.
 */
hint: Phrase, };

export type MissingColumn = { field: string, label: Phrase, column: string, };

export type PlannedApplication = { row: number, applicant: string, role: string, outcome: Upsert, };

export type DateOrder = "day_month" | "month_day";

export type DateSample = { row: number, column: string, text: string, 
/**
 * The date read day/month (`YYYY-MM-DD`), when that is a date.
 */
day_month: string | null, 
/**
 * The date read month/day, when that is a date.
 */
month_day: string | null, };

export type FormImportPreview = { sha256: string, separator: string, had_bom: boolean, 
/**
 * The file's columns, as written.
 */
headers: Array<string>, 
/**
 * The fields of this programme's applications, in form order.
 */
fields: Array<ImportField>, 
/**
 * The mapping used: the one given, else the cycle's saved one, completed by guesses.
 */
mapping: { [key in string]: string }, 
/**
 * Whether the cycle has a mapping saved from an earlier import.
 */
saved_mapping: boolean, 
/**
 * Columns of the file that no field reads.
 */
extra_columns: Array<string>, 
/**
 * Columns the saved mapping names that the file lacks (removed or renamed).
 */
missing_columns: Array<MissingColumn>, 
/**
 * Required fields no column fills (labels).
 */
unmapped_required: Array<Phrase>, rows: number, creates: number, updates: number, unchanged: number, error_count: number, errors: Array<RowError>, planned: Array<PlannedApplication>, 
/**
 * True when the import can run: every required field mapped and no bad row.
 */
ready: boolean, 
/**
 * The order in which slash dates are read: the one chosen, else the one the file's own
 * dates show (a day over 12), else the one saved with the cycle; none when nothing says.
 */
date_order: DateOrder | null, 
/**
 * The order the file's own dates show, if they show one.
 */
date_order_found: DateOrder | null, 
/**
 * A slash date of the file, ambiguous if there is one, to show what each order reads.
 */
date_sample: DateSample | null, };

export type Criterion = { id: number, label: string, 
/**
 * Relative weight; the ranking divides by the sum of the weights.
 */
weight: number, 
/**
 * Scores run from 0 to this.
 */
max_score: number, 
/**
 * In a blind review, scored by the secretariat after unblinding (it needs to know who
 * applied: geographical balance), not by the reviewers.
 */
by_staff: boolean, };

export type CriterionInput = { id: number | null, label: string, weight: number, max_score: number, by_staff: boolean, };

export type SelectionMethod = "ranking" | "first_come";

export type SelectionRules = { method: SelectionMethod, 
/**
 * What one place costs the envelope when selecting first come, first served.
 */
place_cost_cents: number | null, 
/**
 * Workshops: the fewest participants a proposal may expect.
 */
min_participants: number | null, 
/**
 * Which score ranks (selecting by ranking only).
 */
score_basis: ScoreBasis, 
/**
 * Blind review: reviewers see no applicant's name, hub or country (staff see everything).
 */
blind: boolean, };

export type SelectionSettings = { cycle_id: number, criteria: Array<Criterion>, rules: SelectionRules, 
/**
 * Whether they can still change (until the cycle leaves Selection).
 */
editable: boolean, 
/**
 * Raised by every save; a save states the version its dialog read.
 */
version: number, };

export type SelectionSettingsInput = { criteria: Array<CriterionInput>, rules: SelectionRules, };

export type CriterionScore = { criterion_id: number, score: number, };

export type ReviewInput = { application_id: number, reviewer: string, 
/**
 * Criterion id → score; every criterion of the cycle must be scored.
 */
scores: Array<CriterionScore>, note: string, };

export type Review = { reviewer: string, scores: Array<CriterionScore>, note: string, at: string, };

export type ScoreBasis = "mean" | "normalised";

export type Normalised = "standardised" | "too_few" | "all_equal";

export type ReviewerScore = { reviewer: string, 
/**
 * Their weighted total, out of 100, in hundredths.
 */
total_centi: number, 
/**
 * Their total normalised, out of 100, in hundredths.
 */
normalised_centi: number, how: Normalised, 
/**
 * How many applications they scored (their scores that count).
 */
reviewer_count: number, 
/**
 * The mean and spread of their totals, in hundredths.
 */
reviewer_mean_centi: number, reviewer_spread_centi: number, };

export type PoolFigures = { count: number, mean_centi: number, spread_centi: number, };

export type RankedApplication = { application: Application, maturity: Maturity, 
/**
 * Weighted score out of 100, in hundredths (7850 = 78.50); none before any review.
 */
score_centi: number | null, 
/**
 * The reviewers' scores normalised per reviewer, out of 100, in hundredths.
 */
normalised_centi: number | null, 
/**
 * Each reviewer's total and its normalised figure, for the *Why?*.
 */
by_reviewer: Array<ReviewerScore>, 
/**
 * Each criterion's mean, out of 100, in hundredths; in the order of the criteria.
 */
criterion_centi: Array<number | null>, 
/**
 * Who scored it (and counts), in the order they did.
 */
reviewers: Array<string>, 
/**
 * Reviewers with a conflict of interest with it: they do not review it, and any scores of
 * theirs do not count.
 */
abstained: Array<string>, 
/**
 * 1 for the best eligible application still in the running; none for the others.
 */
rank: number | null, };

export type Reviewer = { id: number, cycle_id: number, name: string, email: string, hub_id: number | null, hub_name: string | null, 
/**
 * ISO 3166-1 code, or empty.
 */
country: string, 
/**
 * ISO 639-1 codes of the languages they read.
 */
languages: Array<string>, 
/**
 * Applications assigned to them.
 */
assigned: number, 
/**
 * Applications they have scored.
 */
scored: number, };

export type ReviewerInput = { name: string, email: string, hub_id: number | null, 
/**
 * Empty: the hub's country, if a hub is given.
 */
country: string, languages: Array<string>, };

export type ConflictKind = "own_hub" | "partner" | "paired" | "declared";

export type Conflict = { reviewer_id: number, reviewer: string, application_id: number, kind: ConflictKind, 
/**
 * In words: "the application is from their own hub, Kypseli".
 */
reason: Phrase, };

export type AssignedReviewer = { reviewer_id: number, name: string, 
/**
 * `hand` or `auto`.
 */
how: string, 
/**
 * Whether they have scored it.
 */
scored: boolean, };

export type BoardRow = { application_id: number, applicant: string, hub_name: string, country: string, 
/**
 * The languages of the applicant's hub.
 */
languages: Array<string>, reviewers: Array<AssignedReviewer>, conflicts: Array<Conflict>, };

export type ReviewBoard = { cycle_id: number, 
/**
 * Whether reviewers and assignments can still change (until the cycle leaves Selection).
 */
editable: boolean, reviewers: Array<Reviewer>, 
/**
 * The applications still in the running (not withdrawn), in the order they came.
 */
rows: Array<BoardRow>, };

export type Shortfall = { application_id: number, applicant: string, reviewers: number, reason: Phrase, };

export type AutoAssignment = { 
/**
 * Assignments added.
 */
added: number, shortfalls: Array<Shortfall>, board: ReviewBoard, };

export type SheetImport = { reviewer: string, 
/**
 * Applications scored by the sheet.
 */
scorecards: number, 
/**
 * Of those, applications the reviewer had scored before (their scorecard replaced).
 */
replaced: number, 
/**
 * Whether it was saved (false when only checked).
 */
saved: boolean, };

export type Pool = { role: Role, 
/**
 * "Visiting hubs".
 */
label: Phrase, slots: number, selected: number, waiting: number, entries: Array<RankedApplication>, };

export type CountryCount = { country: string, name: string, count: number, };

export type Spread = { 
/**
 * True while nothing is selected: the figures are those of the top of the ranking.
 */
provisional: boolean, countries: Array<CountryCount>, emerging: number, established: number, };

export type SelectionEvent = { application_id: number, applicant: string, action: string, replaces_id: number | null, replaces: string | null, actor: string, detail: Phrase, at: string, };

export type Ranking = { cycle_id: number, phase: Phase, criteria: Array<Criterion>, rules: SelectionRules, pools: Array<Pool>, spread: Spread, 
/**
 * The envelope taken by the selected places (first come, first served only).
 */
committed_cents: number | null, 
/**
 * The pool of every reviewer's totals that normalisation places them in.
 */
pool: PoolFigures, 
/**
 * Whether "select" can run now, and if not why.
 */
can_select: boolean, select_blocked: Phrase | null, 
/**
 * The latest decisions first.
 */
events: Array<SelectionEvent>, };

export type SelectionOutcome = { selected: number, waiting: number, not_eligible: number, };

export type Withdrawal = { withdrawn: Application, promoted: Application | null, 
/**
 * Why nobody was promoted, when the withdrawn applicant was selected.
 */
note: Phrase | null, };

export type Decision = "selected" | "waiting" | "not_selected";

export type DistanceBand = { from_km: number, to_km: number | null, standard_cents: number, green_cents: number | null, };

export type CountryRate = { 
/**
 * The group's name, e.g. "Group 1".
 */
group: string, 
/**
 * ISO 3166 alpha-2 codes (Greece is `GR`; `EL` is read as `GR`).
 */
countries: Array<string>, rate_cents: number, };

export type Rule = { "kind": "distance_band", bands: Array<DistanceBand>, } | { "kind": "capped_travel", cap_cents: number, } | { "kind": "subsistence", rate_cents: number, groups: Array<CountryRate>, max_days: number | null, travel_days: number, green_travel_days: number, reduced_after_day: number | null, reduced_percent: number, } | { "kind": "accommodation", rate_cents: number, groups: Array<CountryRate>, max_nights: number | null, } | { "kind": "lump_sum", amount_cents: number, } | { "kind": "green_top_up", amount_cents: number, } | { "kind": "inclusion_top_up", cap_cents: number, } | { "kind": "visa_top_up", amount_cents: number, } | { "kind": "expensive_travel", below_percent: number, share_percent: number, } | { "kind": "grant_cap", cap_cents: number, };

export type Component = { label: string, 
/**
 * The application roles it applies to (P2P: visiting, hosting; Staff Exchange and Hubs
 * Alliance: visitor; Workshops: proposer).
 */
roles: Array<Role>, rule: Rule, };

export type UndatedVisits = "funded_maximum" | "blocked";

export type RuleSetBody = { components: Array<Component>, 
/**
 * How a P2P visiting hub's grant is computed while its visit's dates are not agreed.
 */
undated_visits: UndatedVisits, };

export type RuleSet = { cycle_id: number, version: number, body: RuleSetBody, 
/**
 * Why this version was saved: a person's words, or the programme's defaults, a copy.
 */
note: Phrase, actor: string, created_at: string, 
/**
 * The roles the cycle's applications take, which a component can apply to (its shape's).
 */
roles: Array<Role>, };

export type RuleSetInput = { body: RuleSetBody, note: string, };

export type GrantLine = { 
/**
 * 1, 2 ... when several travel; `None` for the grant as a whole or a single traveller.
 */
traveller: number | null, 
/**
 * The rule's kind (`distance_band`, `subsistence`, `grant_cap` ...).
 */
kind: string, 
/**
 * The component that produced it, by its label in the rule set.
 */
rule: string, rule_version: number, 
/**
 * What the line is, as printed: the component's label, with the days it covers when a
 * reduced rate splits it ("Subsistence, days 1–14").
 */
label: Phrase, quantity: number, unit_cents: number, amount_cents: number, 
/**
 * One-way great-circle distance, whole km, for distance-band travel.
 */
km: number | null, 
/**
 * The band it fell in, e.g. "500–1,999 km".
 */
band: string | null, 
/**
 * Where the figures come from, in words.
 */
note: Phrase, };

export type GrantState = "draft" | "awarded" | "cancelled";

export type Grant = { id: number, cycle_id: number, application_id: number, applicant: string, hub_name: string, hub_country: string, host_name: string | null, role: Role, travellers: number, travel_mode: TravelMode, state: GrantState, 
/**
 * Why a draft cannot be computed; empty when it is.
 */
blocked: Phrase, total_cents: number, rule_set_version: number | null, 
/**
 * 0 until awarded; 1 when awarded; +1 per amendment.
 */
revision: number, awarded_at: string | null, awarded_by: string, 
/**
 * The application was withdrawn after the award: the grant needs cancelling.
 */
application_withdrawn: boolean, 
/**
 * Instalments paid less what was recovered.
 */
paid_cents: number, report_received_on: string | null, };

export type Budget = { year: number, envelope_cents: number, awarded_cents: number, draft_cents: number, 
/**
 * Awarded + draft.
 */
committed_cents: number, 
/**
 * Envelope − committed (negative when over).
 */
remaining_cents: number, 
/**
 * Every cycle of the same year: envelopes and committed grants.
 */
year_envelope_cents: number, year_committed_cents: number, };

export type GrantsOverview = { cycle_id: number, rule_set_version: number, grants: Array<Grant>, budget: Budget, 
/**
 * Selected applications of the cycle (each has a grant).
 */
selected: number, };

export type GrantRevision = { revision: number, action: string, total_cents: number, lines: Array<GrantLine>, reason: string, actor: string, at: string, };

export type GrantInputs = { 
/**
 * Declared travel cost per traveller (capped travel), cents.
 */
travel_cost_cents: number | null, 
/**
 * Declared real costs of inclusion or accessibility, cents.
 */
inclusion_cents: number | null, visa_travellers: number, 
/**
 * Raised by every save (an answer only: a save states the version its form read as an
 * argument of its own).
 */
version: number, };

export type DateSpan = { from: string, to: string, days: number, };

export type GrantDetail = { grant: Grant, lines: Array<GrantLine>, inputs: GrantInputs, 
/**
 * From the home hub: "Hub, City (CC)".
 */
origin: string, host: string | null, 
/**
 * The dates the grant counts: a P2P pair's agreed visit, else the application's own dates
 * (a person's stay); `None` while they are not known or not agreed.
 */
activity: DateSpan | null, 
/**
 * For a P2P hub: the days it said it is available, within which the visit falls.
 */
availability: DateSpan | null, 
/**
 * A P2P pair whose visit dates are not agreed yet (its letter says so).
 */
visit_to_agree: boolean, 
/**
 * For an awarded grant: what the rules and inputs in force would give now, if that differs
 * (an amendment would apply it). `None` when nothing would change.
 */
pending: Array<GrantLine> | null, 
/**
 * Why the rules and inputs in force cannot be computed for an awarded grant; empty when
 * they can.
 */
pending_blocked: Phrase, history: Array<GrantRevision>, 
/**
 * The instalments and recoveries of an awarded or cancelled grant; `None` for a draft.
 */
payments: GrantPayments | null, };

export type WhatIf = { envelope_cents: number, 
/**
 * Committed now (awarded + drafts).
 */
current_cents: number, 
/**
 * Committed under the candidate rules (awarded grants stay as they are).
 */
candidate_cents: number, changes: Array<WhatIfChange>, 
/**
 * Awarded grants whose amount the candidate rules would change (only by amendment).
 */
awarded_affected: number, };

export type WhatIfChange = { grant_id: number, applicant: string, current_cents: number, candidate_cents: number | null, 
/**
 * Why the candidate rules cannot compute it; empty when they can.
 */
blocked: Phrase, };

export type AwardSummary = { awarded: number, skipped_blocked: number, budget: Budget, };

export type PaymentKind = "instalment" | "recovery";

export type PaymentDue = "before_activity" | "after_report" | "now";

export type PaymentState = "open" | "paid" | "waived" | "cancelled";

export type PaymentStatus = "waiting" | "scheduled" | "due" | "overdue" | "paid" | "waived" | "cancelled";

export type Payment = { id: number, grant_id: number, seq: number, kind: PaymentKind, 
/**
 * The schedule's share; 0 for a row added by an amendment or a cancellation.
 */
percent: number, due: PaymentDue, 
/**
 * "Instalment 1 of 2: 70 % before the activity", "Recovery" ...
 */
label: Phrase, amount_cents: number, state: PaymentState, status: PaymentStatus, 
/**
 * When it falls due; `None` while a balance waits for the report.
 */
due_on: string | null, paid_on: string | null, 
/**
 * The bank or accounting reference recorded with the payment.
 */
reference: string, 
/**
 * Why the row was cancelled, waived, reopened or added, with the reason staff typed.
 */
note: Phrase, actor: string, };

export type GrantPayments = { grant_id: number, 
/**
 * What the grant comes to: its total, or 0 once cancelled.
 */
owed_cents: number, 
/**
 * Instalments paid less what was recovered.
 */
paid_cents: number, 
/**
 * Open instalments: still to pay.
 */
outstanding_cents: number, 
/**
 * Open recovery orders: still to recover.
 */
to_recover_cents: number, report_received_on: string | null, payments: Array<Payment>, };

export type PaymentRow = { payment: Payment, applicant: string, hub_name: string, hub_city: string, hub_country: string, 
/**
 * The application's contact, else the hub's.
 */
contact_name: string, contact_email: string, grant_state: GrantState, grant_total_cents: number, };

export type PaymentTotals = { awarded_cents: number, paid_cents: number, recovered_cents: number, 
/**
 * Open instalments whose date has come (due or overdue).
 */
due_cents: number, overdue_cents: number, 
/**
 * Every open instalment, due or not.
 */
outstanding_cents: number, to_recover_cents: number, waived_cents: number, open_count: number, grants_awarded: number, grants_cancelled: number, reports_received: number, };

export type PaymentsOverview = { cycle_id: number, today: string, rows: Array<PaymentRow>, totals: PaymentTotals, };

export type PaymentInput = { 
/**
 * YYYY-MM-DD; today when empty.
 */
paid_on: string | null, reference: string, };

export type SepaFormat = "pain.001.001.09" | "pain.001.001.03";

export type SepaRequest = { cycle_id: number, 
/**
 * The instalments chosen; none: every due and overdue one.
 */
payment_ids: Array<number>, 
/**
 * The day the bank is to pay (YYYY-MM-DD), today or later; empty: today.
 */
execution_date: string, format: SepaFormat, };

export type SepaLine = { 
/**
 * Whose account it is paid to: the application's person or the hub.
 */
paid_to: OwnerKind, holder: string, iban_masked: string, bic: string, 
/**
 * What the payee's statement will say (the award letter's reference first).
 */
remittance: string, payment_id: number, grant_id: number, applicant: string, 
/**
 * "Instalment 1 of 2: 70 % before the activity".
 */
label: Phrase, status: PaymentStatus, due_on: string | null, amount_cents: number, };

export type SepaLeftOut = { reason: Phrase, payment_id: number, grant_id: number, applicant: string, 
/**
 * "Instalment 1 of 2: 70 % before the activity".
 */
label: Phrase, status: PaymentStatus, due_on: string | null, amount_cents: number, };

export type SepaInstalment = { payment_id: number, grant_id: number, applicant: string, 
/**
 * "Instalment 1 of 2: 70 % before the activity".
 */
label: Phrase, status: PaymentStatus, due_on: string | null, amount_cents: number, };

export type SepaPlan = { cycle_id: number, execution_date: string, format: SepaFormat, 
/**
 * The network's account (masked), if given.
 */
debtor_holder: string, debtor_iban_masked: string, lines: Array<SepaLine>, total_cents: number, left_out: Array<SepaLeftOut>, 
/**
 * Open instalments not chosen that could be (not due yet, or left unticked).
 */
others: Array<SepaInstalment>, 
/**
 * Why no file can be written as it stands, if so.
 */
blocked: Phrase | null, };

export type PaymentBatch = { id: number, cycle_id: number, reference: string, format: SepaFormat, execution_date: string, count: number, total_cents: number, file_name: string, 
/**
 * written, paid or discarded.
 */
state: string, paid_on: string | null, created_by: string, created_at: string, payment_ids: Array<number>, };

export type FinanceExport = { path: string, 
/**
 * "csv" or "xlsx".
 */
format: string, language: string, cycles: number, grants: number, 
/**
 * Instalment and recovery rows.
 */
payments: number, };

export type PairingWeights = { shared_sectors: number, shared_language: number, maturity: number, different_country: number, new_pair: number, distance: number, preference: number, 
/**
 * Never pair two hubs of the same country.
 */
forbid_same_country: boolean, };

export type PairCriterion = "shared_sectors" | "shared_language" | "maturity" | "different_country" | "new_pair" | "distance" | "preference";

export type PairCriterionScore = { criterion: PairCriterion, label: Phrase, 
/**
 * 0 to 100.
 */
points: number, weight: number, 
/**
 * points × weight.
 */
score: number, 
/**
 * Why, in words: "2 of 4 sectors in common (design, crafts)".
 */
reason: Phrase, };

export type PairScore = { total: number, breakdown: Array<PairCriterionScore>, 
/**
 * One-way great-circle distance between the two hubs, whole km.
 */
km: number, 
/**
 * Why the pair cannot be made (a hub with itself, dates apart, the same country when the
 * cycle forbids it); `None` when it can.
 */
not_allowed: Phrase | null, };

export type PairSide = { application_id: number, hub_id: number, hub_name: string, city: string, country: string, latitude: number, longitude: number, maturity: Maturity, starts_on: string | null, ends_on: string | null, 
/**
 * "green" or "standard": how the visiting side travels.
 */
travel_mode: string, };

export type PairSource = "proposed" | "locked" | "suggested";

export type PlannedPair = { visiting: PairSide, hosting: PairSide, score: PairScore, source: PairSource, 
/**
 * The two grants under the cycle's rules with this host (visiting + hosting), cents.
 */
grant_cents: number, 
/**
 * The visit's dates: agreed (set by staff on the confirmed pair), or a first window the
 * pairing proposes (the first common days of the cycle's length); none when the two
 * hubs' availability has no such days in common.
 */
visit: Visit | null, };

export type Visit = { starts_on: string, ends_on: string, days: number, 
/**
 * Set by staff on the confirmed pair; false for the pairing's proposal.
 */
agreed: boolean, };

export type Unpaired = { side: PairSide, role: Role, reason: Phrase, 
/**
 * When no allowed hosting hub is free: why each free one cannot take it ("Tallinn: …"),
 * the parts of `reason`'s `$hosts`, which the window joins in its language; else empty.
 */
refusals: Array<Phrase>, };

export type Proposal = { application_id: number, hub_name: string, role: Role, proposed_hub_name: string, accepted: boolean, 
/**
 * Why it is not taken; empty when it is.
 */
problem: Phrase, };

export type ConstraintKind = "locked" | "forbidden";

export type PairConstraint = { visiting_id: number, hosting_id: number, visiting_hub: string, hosting_hub: string, kind: ConstraintKind, actor: string, at: string, };

export type ScoreCell = { visiting_id: number, hosting_id: number, total: number, km: number, 
/**
 * Why the pair cannot be made, or "forbidden by staff"; `None` when it can.
 */
not_allowed: Phrase | null, };

export type PairingPlan = { cycle_id: number, weights: PairingWeights, 
/**
 * The version of `weights`, raised by every save; a save states the version its dialog read.
 */
weights_version: number, visiting_count: number, hosting_count: number, pairs: Array<PlannedPair>, unpaired: Array<Unpaired>, proposals: Array<Proposal>, constraints: Array<PairConstraint>, 
/**
 * Every visiting hub against every hosting hub, for changing a host by hand.
 */
table: Array<ScoreCell>, total_score: number, total_grant_cents: number, 
/**
 * Every selected visiting hub has a host.
 */
complete: boolean, 
/**
 * Why the pairing is partial, in words; empty when it is complete.
 */
message: Phrase, 
/**
 * When the pairs were last confirmed, and whether the plan is still exactly those pairs.
 */
confirmed_at: string | null, matches_confirmed: boolean, 
/**
 * Pairs are confirmed in Selection or Matching, before the award.
 */
can_confirm: boolean, };

export type HostHub = { hub_id: number, hub_name: string, city: string, country: string, latitude: number, longitude: number, capacity: number, 
/**
 * People the plan places there.
 */
placed: number, };

export type PlannedPlacement = { application_id: number, person: string, home_hub: string, home_country: string, host_hub_id: number, host_hub: string, host_country: string, starts_on: string | null, ends_on: string | null, score: PairScore, source: PairSource, 
/**
 * The person's grant with this host under the cycle's rules, cents.
 */
grant_cents: number, };

export type Unplaced = { application_id: number, person: string, home_hub: string, reason: Phrase, };

export type PlacementConstraint = { application_id: number, host_hub_id: number, person: string, host_hub: string, kind: ConstraintKind, };

export type PlacementPlan = { cycle_id: number, weights: PairingWeights, 
/**
 * The version of `weights`, raised by every save; a save states the version its dialog read.
 */
weights_version: number, people: number, placements: Array<PlannedPlacement>, unplaced: Array<Unplaced>, hosts: Array<HostHub>, constraints: Array<PlacementConstraint>, total_score: number, total_grant_cents: number, complete: boolean, 
/**
 * Why the placement is partial, in words; empty when it is complete.
 */
message: Phrase, confirmed_at: string | null, matches_confirmed: boolean, can_confirm: boolean, };

export type AllianceCheck = { application_id: number, person: string, home_hub: string, host_hub_id: number | null, host_hub: string | null, 
/**
 * Visitors the host has room for at the same time.
 */
host_capacity: number, starts_on: string | null, ends_on: string | null, ok: boolean, 
/**
 * What is wrong with the host, each in words ("… is not an Alliance member").
 */
problems: Array<Phrase>, };

export type TextAlign = "left" | "right";

export type TableColumn = { title: string, 
/**
 * Share of the text width.
 */
width: number, align: TextAlign, };

export type TableRow = { cells: Array<string>, bold: boolean, 
/**
 * A rule above the row (for the total).
 */
rule_above: boolean, 
/**
 * How many columns the first cell spans (1 for none); the row has that many cells fewer.
 */
span: number, };

export type SignaturePart = { above: Array<string>, 
/**
 * Set bold under the line; empty for a line left blank to fill in.
 */
name: string, below: Array<string>, };

export type DrawingShape = { "kind": "area", rings: Array<Array<[number, number]>>, fill: [number, number, number], stroke: [number, number, number] | null, thickness: number, } | { "kind": "path", points: Array<[number, number]>, color: [number, number, number], thickness: number, } | { "kind": "dot", at: [number, number], radius: number, fill: [number, number, number], stroke: [number, number, number], } | { "kind": "label", at: [number, number], text: string, size: number, color: [number, number, number], bold: boolean, };

export type LetterBlock = { "kind": "letterhead", name: string, address: Array<string>, mark: string, } | { "kind": "right", lines: Array<string>, } | { "kind": "lines", lines: Array<string>, bold_first: boolean, } | { "kind": "heading", text: string, } | { "kind": "paragraph", text: string, } | { "kind": "table", columns: Array<TableColumn>, rows: Array<TableRow>, } | { "kind": "signatures", parts: Array<SignaturePart>, } | { "kind": "space", points: number, } | { "kind": "page_break" } | { "kind": "anchor", id: string, } | { "kind": "cover", title: string, lines: Array<string>, } | { "kind": "image", key: string, pixel_width: number, pixel_height: number, width: number, caption: string, } | { "kind": "drawing", width: number, height: number, shapes: Array<DrawingShape>, caption: string, };

export type LetterDocument = { title: string, author: string, subject: string, 
/**
 * When it was made (the PDF's dates), RFC 3339.
 */
created: string, 
/**
 * Left of each page's footer (the reference).
 */
footer: string, 
/**
 * "Page {page} of {pages}": the two placeholders are replaced.
 */
page_label: string, blocks: Array<LetterBlock>, };

export type LetterRecord = { id: number, grant_id: number, 
/**
 * As printed: `P2P-2027-007`, or `P2P-2027-007/2` for a second version.
 */
reference: string, version: number, grant_revision: number, language: string, total_cents: number, sha256: string, pages: number, bytes: number, issued_on: string, issued_at: string, actor: string, 
/**
 * A later version replaces this one.
 */
superseded: boolean, 
/**
 * False once something the letter states changed without a new grant revision: an
 * amendment of the cycle (its dates, the report deadline, the schedule) or the dates of
 * the P2P visit. The grant is then due a new version.
 */
cycle_current: boolean, };

export type LetterStatus = "to_issue" | "issued" | "outdated" | "none";

export type LetterRow = { grant_id: number, applicant: string, hub_country: string, role: Role, grant_state: GrantState, total_cents: number, status: LetterStatus, 
/**
 * Why it has no letter or needs a new one; empty when neither.
 */
note: Phrase, 
/**
 * Every version issued, oldest first.
 */
letters: Array<LetterRecord>, };

export type LettersOverview = { cycle_id: number, default_language: string, 
/**
 * What is missing in Settings before any letter can be issued (empty when ready).
 */
missing_settings: Array<Phrase>, rows: Array<LetterRow>, to_issue: number, issued: number, outdated: number, 
/**
 * For a desk of a team: how its letters are numbered so that no number is given twice
 * (empty for a desk on its own).
 */
numbering: Phrase, };

export type LetterPreview = { grant_id: number, language: string, 
/**
 * The reference it will carry (the next free number, or the next version).
 */
reference: string, document: LetterDocument, 
/**
 * What would stop it from being issued (settings missing); empty when it can be.
 */
problems: Array<Phrase>, };

export type BatchSummary = { 
/**
 * Letters issued by this run.
 */
issued: number, 
/**
 * Letters that were already issued and were reprinted as they were.
 */
reprinted: number, 
/**
 * Files written.
 */
files: Array<string>, cancelled: boolean, };

export type BatchProgress = { done: number, total: number, };

export type VoteMethod = "instant_runoff" | "borda" | "points";

export type RoundCount = { proposal_id: number, label: string, value: number, };

export type VoteRound = { number: number, 
/**
 * Highest first.
 */
counts: Array<RoundCount>, 
/**
 * Ballots with no proposal left in the race (instant run-off).
 */
exhausted: number, 
/**
 * Ballots still counting: the majority is more than half of these (instant run-off).
 */
continuing: number, eliminated: number | null, elected: number | null, 
/**
 * What happened, in words ("No majority (4 of 9): Barn studios, with 2, is eliminated.").
 */
note: Phrase, };

export type VoteCount = { method: VoteMethod, electorate: number, ballots: number, 
/**
 * Ballots × 100 / electorate, rounded down.
 */
turnout_percent: number, quorum_percent: number, quorum_met: boolean, rounds: Array<VoteRound>, winner: number | null, 
/**
 * Every tie-break applied, in words.
 */
tie_breaks: Array<Phrase>, 
/**
 * What a reader of the result must know (a quorum not met, no ballots).
 */
warnings: Array<Phrase>, };

export type VoteSettings = { method: VoteMethod, 
/**
 * Associate members vote too (regular members always do).
 */
associates_vote: boolean, 
/**
 * The share of the electorate that must vote, 0–100.
 */
quorum_percent: number, };

export type VoteState = "setup" | "open" | "declared";

export type Voter = { hub_id: number, name: string, country: string, membership: Membership, 
/**
 * Its current ballot, if it has voted.
 */
ballot: Ballot | null, };

export type VoteProposal = { application_id: number, title: string, hub_id: number, hub_name: string, hub_country: string, maturity: Maturity, 
/**
 * A small or emerging hub's: first in a tie.
 */
priority: boolean, submitted_at: string, 
/**
 * How it is named in the count and the report.
 */
label: string, };

export type Ballot = { id: number, hub_id: number, hub_name: string, 
/**
 * Application ids, best first.
 */
choices: Array<number>, source: string, received_on: string, 
/**
 * Why it replaced the hub's earlier ballot ('' for a first ballot).
 */
reason: string, replaced_by: number | null, actor: string, at: string, };

export type VoteOverview = { cycle_id: number, cycle_title: string, settings: VoteSettings, 
/**
 * The version of `settings`, raised by every save; a save states the version its form read.
 */
settings_version: number, state: VoteState, opened_at: string | null, opened_by: string, declared_at: string | null, declared_by: string, 
/**
 * While setting up: who would vote if the vote opened now; then the frozen electorate.
 */
electorate: Array<Voter>, 
/**
 * The eligible proposals still in the running.
 */
proposals: Array<VoteProposal>, 
/**
 * Every ballot ever recorded, the replaced ones included, oldest first.
 */
history: Array<Ballot>, 
/**
 * The count of the current ballots (as declared, once declared).
 */
count: VoteCount, 
/**
 * The winner's grant, once declared.
 */
winner_grant_id: number | null, 
/**
 * Why the vote cannot open, or the reason it is not the time (its text '' when it can).
 */
open_blocked: Phrase, };

export type BallotInput = { hub_id: number, 
/**
 * Application ids, best first.
 */
choices: Array<number>, 
/**
 * YYYY-MM-DD; today when empty.
 */
received_on: string | null, 
/**
 * Required when the hub has voted already: why this ballot replaces the earlier one.
 */
reason: string, };

export type BallotImport = { rows: number, recorded: number, 
/**
 * Ballots that replaced an earlier one (each with its reason).
 */
replaced: number, };

export type Story = { id: number, grant_id: number, title: string, author: string, 
/**
 * Paragraphs separated by a blank line.
 */
body: string, photos: Array<StoryPhoto>, actor: string, created_at: string, updated_at: string, 
/**
 * Raised by every change; the form saves with the version it read.
 */
version: number, 
/**
 * The day the participant agreed to the story's publication, if they did.
 */
consent_on: string | null, consent_scope: ConsentScope, };

export type StoryPhoto = { id: number, seq: number, caption: string, mime: string, width: number, height: number, bytes: number, original_name: string, original_bytes: number, 
/**
 * Scaled down from a larger picture.
 */
scaled: boolean, };

export type StoryInput = { title: string, author: string, body: string, 
/**
 * The day the participant agreed to publication (YYYY-MM-DD), if they did.
 */
consent_on?: string, consent_scope: ConsentScope, };

export type ConsentScope = "none" | "publication" | "publication_and_online";

export type EmissionFactor = { travel_mode: TravelMode, from_km: number, to_km: number | null, 
/**
 * What the figure is, e.g. "Flight, short-haul, economy class, with radiative forcing".
 */
label: string, 
/**
 * Milligrams of CO₂e per passenger-km (125.76 g = 125760).
 */
mg_per_pkm: number, };

export type EmissionFactors = { factors: Array<EmissionFactor>, 
/**
 * The public source, as named in the report.
 */
source: string, 
/**
 * True while the cycle uses the app's defaults (nothing saved for it yet).
 */
defaults: boolean, 
/**
 * Raised by every save or reset (an answer only: a save states the version its dialog
 * read as an argument of its own).
 */
version: number, };

export type ReportBudget = { envelope_cents: number, awarded_cents: number, 
/**
 * Instalments paid less what was recovered.
 */
paid_cents: number, 
/**
 * Envelope − awarded (negative when over).
 */
remaining_cents: number, 
/**
 * Awarded as tenths of a percent of the envelope (None without an envelope).
 */
used_permille: number | null, };

export type ProgrammeTotal = { programme: string, cycles: number, 
/**
 * Awarded grants.
 */
grants: number, travellers: number, envelope_cents: number, awarded_cents: number, 
/**
 * The report's own programme.
 */
this_cycle: boolean, };

export type CountryTotal = { 
/**
 * ISO 3166-1 alpha-2.
 */
country: string, 
/**
 * Its English name.
 */
name: string, 
/**
 * Awarded grants to its hubs, and their amount.
 */
grants: number, awarded_cents: number, 
/**
 * Travellers leaving from its hubs, and arriving at its hubs.
 */
travellers_sent: number, travellers_received: number, };

export type Trip = { grant_id: number, from_hub: string, from_city: string, from_country: string, to_hub: string, to_city: string, to_country: string, travellers: number, travel_mode: TravelMode, 
/**
 * One-way great-circle km, rounded down; None when a hub has no coordinates.
 */
km: number | null, 
/**
 * Traveller-km of the return trips: km × 2 × travellers.
 */
traveller_km: number, 
/**
 * The factor row used (its label) and its figure.
 */
factor_label: string | null, mg_per_pkm: number | null, 
/**
 * Estimated grams of CO₂e for the trip (all its travellers, there and back).
 */
co2_grams: number, 
/**
 * The two ends for the map, `[latitude, longitude]` in microdegrees; None without
 * coordinates.
 */
from_point: [number, number] | null, to_point: [number, number] | null, };

export type FootprintRow = { travel_mode: TravelMode, label: string, mg_per_pkm: number, trips: number, traveller_km: number, co2_grams: number, };

export type Footprint = { rows: Array<FootprintRow>, traveller_km: number, co2_grams: number, 
/**
 * What the same trips would have emitted had every one been standard travel.
 */
all_standard_grams: number, 
/**
 * Trips left out because a hub has no coordinates.
 */
unplaced_trips: number, source: string, 
/**
 * The cycle uses the app's default factors.
 */
default_factors: boolean, };

export type CycleReport = { cycle_id: number, cycle_title: string, programme: string, year: number, 
/**
 * Awarded grants counted; drafts and cancelled grants left out.
 */
grants: number, drafts_left_out: number, cancelled_left_out: number, budget: ReportBudget, programmes: Array<ProgrammeTotal>, countries: Array<CountryTotal>, 
/**
 * Travellers on trips, and those of them who travel green.
 */
travellers: number, green_travellers: number, 
/**
 * Green travellers as tenths of a percent (None when nobody travels).
 */
green_permille: number | null, trips: Array<Trip>, footprint: Footprint, factors: EmissionFactors, };

export type ReportFiles = { pdf: string | null, xlsx: string | null, language: string, };

export type MailKind = "award" | "rejection" | "waiting_list" | "payment_made" | "report_reminder" | "reviewer_invitation";

export type MailState = "draft" | "queued" | "sent" | "discarded";

export type OutboxMessage = { id: number, kind: MailKind, 
/**
 * What it is about, in words: "Award letter (P2P-2027-003.pdf)".
 */
about: Phrase, cycle_id: number | null, cycle_title: string | null, recipient_name: string, recipient_email: string, language: string, subject: string, body: string, 
/**
 * The attached file's name, if any.
 */
attachment_name: string | null, attachment_bytes: number, state: MailState, attempts: number, last_attempt_at: string | null, 
/**
 * The server's last answer (why it is still queued, or how it took the message).
 */
answer: string, sent_at: string | null, created_at: string, };

export type Outbox = { messages: Array<OutboxMessage>, drafts: number, queued: number, sent: number, 
/**
 * Whether a mail server is set (else Send explains what to do).
 */
server_set: boolean, };

export type MessageInput = { recipient_name: string, recipient_email: string, subject: string, body: string, };

export type ComposeRequest = { cycle_id: number, kind: MailKind, 
/**
 * The messages' language; empty: the network's (an award letter's message is always in
 * its letter's language).
 */
language: string | null, };

export type Skipped = { who: string, reason: Phrase, };

export type ComposeSummary = { kind: MailKind, 
/**
 * Drafts written.
 */
created: number, 
/**
 * Messages composed before (in the outbox, sent or discarded): not written again.
 */
already: number, skipped: Array<Skipped>, ids: number[], };

export type Security = "starttls" | "tls" | "none";

export type MailServer = { host: string, port: number, security: Security, 
/**
 * Empty when the server takes mail without logging in.
 */
username: string, from_address: string, from_name: string, };

export type MailServerInput = { host: string, port: number, security: Security, username: string, from_address: string, from_name: string, };

export type SendSummary = { sent: number, 
/**
 * Messages still queued after this try.
 */
queued: number, 
/**
 * Why nothing could be sent (no server set, the server unreachable or refusing the login),
 * or an empty phrase.
 */
problem: Phrase, };

export type TemplateField = { name: string, 
/**
 * What it holds, in words ("the person written to").
 */
meaning: Phrase, };

export type MailTemplate = { kind: MailKind, language: string, subject: string, body: string, 
/**
 * Whether staff rewrote it (false: the app's own).
 */
custom: boolean, 
/**
 * The fields it may use, with what each holds.
 */
fields: Array<TemplateField>, };

export type TemplateInput = { kind: MailKind, language: string, subject: string, body: string, };

export type ReminderSchedule = { cycle_id: number, 
/**
 * The first reminder, this many days before the report deadline.
 */
days_before: number, 
/**
 * Then one every this many days until the report is received.
 */
every_days: number, active: boolean, };

export type MailServerView = { server: MailServer, password_saved: boolean, 
/**
 * Why the keychain could not be read, or an empty phrase.
 */
keychain_problem: Phrase, };

export type AppInfo = { version: string, data_dir: string, database: string, schema_version: number | null, hubs: number, gazetteer_places: number, 
/**
 * Why the data file could not be opened, if it could not.
 */
open_error: Error | null, 
/**
 * The file's permissions forbid writing: it is shown, nothing can be saved.
 */
read_only: boolean, 
/**
 * The newest backup, offered for a restore when the file could not be opened.
 */
newest_backup: BackupFile | null, 
/**
 * The data file is protected by a passphrase (encrypted at rest).
 */
protected: boolean, 
/**
 * The program stopped on an error of its own last time, and the person has not read why.
 */
last_crash: CrashNote | null, };

export type ExportResult = { path: string, count: number, };

export type PickedFile = { token: string, 
/**
 * Shown to the user (it is the file they chose); never sent back.
 */
path: string, name: string, };

export type SheetFormat = "xlsx" | "csv";

export type ReportFormat = "pdf" | "xlsx";

export type LetterBatchMode = "folder" | "combined";

export type BackupPolicy = { 
/**
 * The newest backups kept, whatever their age (1 to 1,000).
 */
keep_last: number, 
/**
 * Besides those, the newest backup of each of this many calendar months, this one
 * included (0 to 120).
 */
monthly: number, };

export type BackupFile = { 
/**
 * The file's name inside `backups/`: how the window and the command line name it.
 */
name: string, path: string, 
/**
 * When it was taken, e.g. "5 Dec 2026, 07:06 UTC".
 */
taken: string, 
/**
 * Seconds since 1970 (UTC), for sorting.
 */
taken_unix: number, bytes: number, 
/**
 * The data version of the app that wrote it.
 */
data_version: number, };

export type BackupsOverview = { folder: string, policy: BackupPolicy, 
/**
 * Newest first.
 */
backups: Array<BackupFile>, };

export type ProtectionRequest = { 
/**
 * The file's passphrase now (for a protected file).
 */
current: string | null, 
/**
 * The passphrase to protect it with; none to remove the protection.
 */
new: string | null, 
/**
 * `new` typed again.
 */
repeat: string | null, };

export type ProtectionChange = { 
/**
 * Whether the data file is protected now.
 */
protected: boolean, 
/**
 * The backups (and files set aside by restores) converted with it.
 */
backups_converted: number, 
/**
 * Backups and set-aside files left as they were, by name: protected by another
 * passphrase (an earlier one), or unreadable (a damaged file set aside).
 */
backups_left: Array<string>, 
/**
 * Copies of letters (written for the PDF viewer) removed.
 */
copies_removed: number, };

export type Restored = { from: BackupFile, 
/**
 * Where the file it replaced was kept (none when there was no file).
 */
set_aside: string | null, };
