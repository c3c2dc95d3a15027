//! `mobility-desk-cli`: the same data folder as the desktop app, from a terminal.
//!
//! Exit status: 0 when done, 2 on bad input (nothing changed; row and column messages on
//! stderr), 1 on any other failure.
//!
//! A data file protected by a passphrase is opened with the passphrase in
//! `MOBILITY_DESK_PASSPHRASE` (never an argument: others could read it in the process list).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use mobility_desk_core::applications::Status;
use mobility_desk_core::csv_io::read_import_file;
use mobility_desk_core::selection::{centi_text, Ranking};
use mobility_desk_core::team::{Person, RecordKind};
use mobility_desk_core::cycles::{Cycle, CycleQuery, Phase};
use mobility_desk_core::hubs::{ArchiveFilter, HubInput, HubQuery};
use mobility_desk_core::intake::DateOrder;
use mobility_desk_core::grants::{Grant, GrantDetail, GrantLine, GrantState};
use mobility_desk_core::money::{format_euros, parse_euros};
use mobility_desk_core::pairs::{ConstraintKind, PairSource, PairingPlan};
use mobility_desk_core::payments::{GrantPayments, Payment, PaymentInput};
use mobility_desk_core::placement::{AllianceCheck, PlacementPlan};
use mobility_desk_core::programmes::Shape;
use mobility_desk_core::rules::{RuleSetBody, RuleSetInput};
use mobility_desk_core::protection::{self, Passphrase, ProtectionRequest};
use mobility_desk_core::{backups, paths, Error, ErrorCode, Store};

#[derive(Parser)]
#[command(name = "mobility-desk-cli", version, about = "Mobility Desk from the command line", long_about = None)]
struct Cli {
    /// The data folder (default: $MOBILITY_DESK_DATA_DIR, else the app's folder in the OS app-data location).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// The member hubs registry.
    #[command(subcommand)]
    Hubs(HubsCommand),
    /// The demo network of fictional hubs and its 2027 cycles.
    #[command(subcommand)]
    Demo(DemoCommand),
    /// The programmes (P2P Learning, Staff Exchange, Workshops, Hubs Alliance, and your own).
    #[command(subcommand)]
    Programmes(ProgrammesCommand),
    /// Programme cycles: one programme's call for one year.
    #[command(subcommand)]
    Cycles(CyclesCommand),
    /// Applications to a cycle, with their eligibility.
    #[command(subcommand)]
    Applications(ApplicationsCommand),
    /// Select a cycle's applications: the best eligible up to the slots, the rest of the
    /// eligible to the waiting list (Hubs Alliance: first come, first served within the budget).
    Select {
        #[arg(long)]
        cycle: i64,
        /// Only print the ranking; decide nothing.
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
    },
    /// Grants: computed from the cycle's rules for every selected application.
    #[command(subcommand)]
    Grants(GrantsCommand),
    /// A cycle's rules for computing grants (versioned).
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Pair a P2P cycle's selected visiting and hosting hubs: proposals, locks, and the optimal
    /// assignment of the rest, each pair with its score broken down by criterion.
    Pair {
        #[arg(long)]
        cycle: i64,
        #[arg(long)]
        json: bool,
    },
    /// Lock, forbid or unlock a pair; confirm the pairing; set the score's weights.
    #[command(subcommand)]
    Pairs(PairsCommand),
    /// Payments: the instalments of awarded grants, and recoveries.
    #[command(subcommand)]
    Payments(PaymentsCommand),
    /// `report GRANT`: mark a grant's report received (its balance falls due that day), or
    /// clear it. `report --cycle ID --pdf FILE --xlsx FILE`: the cycle report (budget,
    /// programmes, countries, green travel, travel footprint, map) as PDF and/or workbook;
    /// with neither, its figures are printed.
    Report {
        #[arg(required_unless_present = "cycle", conflicts_with = "cycle")]
        grant: Option<i64>,
        /// The day it arrived, YYYY-MM-DD (default: today).
        #[arg(long, value_name = "DATE", conflicts_with = "cycle")]
        on: Option<String>,
        /// Clear the date (refused once the balance is paid).
        #[arg(long, conflicts_with_all = ["on", "cycle"])]
        clear: bool,
        /// The cycle whose report to write or print.
        #[arg(long)]
        cycle: Option<i64>,
        #[arg(long, value_name = "FILE", requires = "cycle")]
        pdf: Option<PathBuf>,
        #[arg(long, value_name = "FILE", requires = "cycle")]
        xlsx: Option<PathBuf>,
        /// en or fr (default: the language in Settings).
        #[arg(long, requires = "cycle")]
        lang: Option<String>,
        /// Print the cycle report's figures as JSON.
        #[arg(long, requires = "cycle", conflicts_with_all = ["pdf", "xlsx"])]
        json: bool,
    },
    /// Award letters as PDF. Each letter is issued (numbered and archived) the first time;
    /// after that the archived letter is written again, byte for byte. `--cycle ID --out DIR`:
    /// one file per letter; `--cycle ID --combined FILE`: one file to print; `--grant ID --out
    /// FILE`: one letter (a draft grant is awarded first); `--cycle ID --list`: where they stand.
    Letters {
        #[arg(long, required_unless_present = "grant", conflicts_with = "grant")]
        cycle: Option<i64>,
        #[arg(long)]
        grant: Option<i64>,
        /// A folder (with --cycle) or a .pdf file (with --grant).
        #[arg(long, value_name = "DIR|FILE")]
        out: Option<PathBuf>,
        /// One PDF with all of the cycle's letters, for printing.
        #[arg(long, value_name = "FILE", conflicts_with_all = ["out", "grant"])]
        combined: Option<PathBuf>,
        /// en or fr (default: the language in Settings). Letters already issued keep theirs.
        #[arg(long)]
        lang: Option<String>,
        /// List the cycle's grants and their letters; write nothing.
        #[arg(long, conflicts_with_all = ["out", "combined"])]
        list: bool,
    },
    /// The network's settings (letterhead, signatory, letters' language): print them, or change
    /// the fields given.
    Settings {
        #[arg(long)]
        network_name: Option<String>,
        /// The postal address; write line breaks as `\n`.
        #[arg(long)]
        address: Option<String>,
        #[arg(long)]
        signatory_name: Option<String>,
        #[arg(long)]
        signatory_title: Option<String>,
        /// en or fr.
        #[arg(long)]
        language: Option<String>,
        /// The place letters are signed at, printed before the date ("Bruxelles"); an empty
        /// value goes back to the town read from the address.
        #[arg(long)]
        place: Option<String>,
    },
    /// The participants' stories that come with the reports of P2P and Staff Exchange grants.
    #[command(subcommand)]
    Stories(StoriesCommand),
    /// Compile a cycle's stories into the publication (PDF): cover, contents, a chapter per
    /// exchange with its stories and photos.
    Publication {
        #[arg(long)]
        cycle: i64,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// en or fr (default: the language in Settings).
        #[arg(long)]
        lang: Option<String>,
    },
    /// The members' vote of a Workshops cycle: settings, opening, ballots, the count and the
    /// declared result.
    #[command(subcommand)]
    Vote(VoteCommand),
    /// Files for other programs.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Where the data lives and what it holds.
    Info,
    /// Backups of the data file: take one now, list them, set how many are kept.
    #[command(subcommand)]
    Backup(BackupCommand),
    /// Put a backup in place of the data file (a damaged one, or one to go back from). The
    /// file it replaces is kept in backups/set-aside/.
    Restore {
        /// The backup's file name, as `backup list` prints it.
        #[arg(required_unless_present = "newest", conflicts_with = "newest")]
        name: Option<String>,
        /// Restore the newest backup.
        #[arg(long)]
        newest: bool,
    },
    /// Encryption at rest: protect the data file and its backups with a passphrase, change
    /// it, or remove it. The passphrase is read from MOBILITY_DESK_PASSPHRASE (the file's
    /// current one) and MOBILITY_DESK_NEW_PASSPHRASE (the one to protect it with).
    #[command(subcommand)]
    Protection(ProtectionCommand),
    /// This desk and the person working at it (named on every change made here).
    #[command(subcommand)]
    Team(TeamCommand),
    /// The History of a record: who changed what, when, on which desk, before → after.
    History {
        /// hub, application, grant, payment, letter, ballot or cycle.
        kind: String,
        id: i64,
    },
    /// The audit trail: check every desk's signed chain, or export the whole trail.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Sync with the team through its folder: this desk's changes go out, the others' come in.
    Sync,
    /// Grants and votes changed on two desks that had not seen each other's change.
    #[command(subcommand)]
    Conflicts(ConflictsCommand),
}

#[derive(Subcommand)]
enum ConflictsCommand {
    /// The clashes waiting for a decision, each version with who made it and what it changed.
    List,
    /// Decide a clash: keep one desk's version (DESK:ENTRY, as `list` prints it), or what
    /// stands now.
    Resolve {
        /// grant:ID or vote:CYCLE, as `list` prints it.
        subject: String,
        #[arg(long, value_name = "DESK:ENTRY", conflicts_with = "as_it_stands")]
        keep: Option<String>,
        /// Keep what stands now.
        #[arg(long)]
        as_it_stands: bool,
        #[arg(long, default_value = "")]
        note: String,
    },
}

#[derive(Subcommand)]
enum TeamCommand {
    /// This desk and its team: the desks, what waits to go out and come in, requests to join.
    Status,
    /// Share this desk's data with a team through FOLDER (one the team already syncs): this
    /// desk becomes the team's first.
    Init { folder: PathBuf },
    /// Ask to join the team sharing FOLDER (from an empty data folder). Once a desk of the team
    /// approved it, `sync` brings the team's data.
    Join { folder: PathBuf },
    /// Approve a desk that asked to join (compare its fingerprint with the one it shows).
    Approve { desk: String },
    /// Remove a desk from the team: what it writes from now on is refused.
    Remove { desk: String },
    /// Say who works at this desk.
    Person {
        #[arg(long)]
        name: String,
        /// Up to four letters (default: from the name).
        #[arg(long, default_value = "")]
        initials: String,
        #[arg(long, default_value = "")]
        email: String,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check each entry's hash, its desk's signature and its place in the chain; says where a
    /// chain breaks (exit status 1).
    Verify,
    /// Write the whole trail, one line per field changed, to a .xlsx or .csv file.
    Export {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum ProtectionCommand {
    /// Whether the data file is protected, and its backups.
    Status,
    /// Protect a plain data file with MOBILITY_DESK_NEW_PASSPHRASE.
    On,
    /// Give a protected file the passphrase MOBILITY_DESK_NEW_PASSPHRASE instead of
    /// MOBILITY_DESK_PASSPHRASE.
    Change,
    /// Remove the protection of a file opened with MOBILITY_DESK_PASSPHRASE.
    Off,
}

#[derive(Subcommand)]
enum BackupCommand {
    /// Take a backup now (then remove the ones the policy no longer keeps).
    Now,
    /// The backups, newest first.
    List,
    /// How many backups are kept: the newest N, and one a month for M months.
    Policy {
        #[arg(long, value_name = "N")]
        keep_last: Option<u32>,
        #[arg(long, value_name = "M")]
        monthly: Option<u32>,
    },
}

#[derive(Subcommand)]
enum PairsCommand {
    /// Keep this pair in every re-run (other locks of either hub go). Staff Exchange: the
    /// person's application id, then the host hub's id.
    Lock {
        #[arg(long)]
        cycle: i64,
        /// The visiting hub's application id.
        visiting: i64,
        /// The hosting hub's application id.
        hosting: i64,
    },
    /// Never make this pair.
    Forbid {
        #[arg(long)]
        cycle: i64,
        visiting: i64,
        hosting: i64,
    },
    /// Clear a lock or a ban.
    Unlock {
        #[arg(long)]
        cycle: i64,
        visiting: i64,
        hosting: i64,
    },
    /// Confirm the pairing (Staff Exchange: the placements) as it stands: the grants take
    /// each host.
    Confirm {
        #[arg(long)]
        cycle: i64,
    },
    /// The dates the two hubs of a confirmed P2P pair agreed for their visit (within both
    /// hubs' availability); `--clear` goes back to "to be agreed".
    Visit {
        #[arg(long)]
        cycle: i64,
        /// The visiting hub's application id.
        visiting: i64,
        /// YYYY-MM-DD
        #[arg(long, required_unless_present = "clear")]
        from: Option<String>,
        #[arg(long, required_unless_present = "clear")]
        to: Option<String>,
        #[arg(long, conflicts_with_all = ["from", "to"])]
        clear: bool,
    },
    /// How many people a hub hosts in the cycle (Staff Exchange), or at the same time (Hubs
    /// Alliance); 0 = not hosting.
    Capacity {
        #[arg(long)]
        cycle: i64,
        hub: i64,
        places: u32,
    },
    /// Show or set the weights of the pair score (each 0 to 10), e.g. `--set distance=5`.
    Weights {
        #[arg(long)]
        cycle: i64,
        /// NAME=VALUE: shared_sectors, shared_language, maturity, different_country, new_pair,
        /// distance, preference (0-10), forbid_same_country (true/false).
        #[arg(long = "set", value_name = "NAME=VALUE")]
        set: Vec<String>,
    },
}

#[derive(Subcommand)]
enum PaymentsCommand {
    /// Every instalment and recovery of the cycle's awarded and cancelled grants, with totals.
    List {
        #[arg(long)]
        cycle: i64,
        #[arg(long)]
        json: bool,
    },
    /// Record a payment made (or a recovery received).
    Pay {
        payment: i64,
        /// The day it was paid, YYYY-MM-DD (default: today).
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// The bank or accounting reference.
        #[arg(long, default_value = "")]
        reference: String,
    },
    /// Give up an open payment (a balance forfeited, a recovery not pursued).
    Waive {
        payment: i64,
        #[arg(long)]
        reason: String,
    },
    /// Undo a payment or a waiver recorded by mistake.
    Reopen {
        payment: i64,
        #[arg(long)]
        reason: String,
    },
}

#[derive(Subcommand)]
enum StoriesCommand {
    /// Add a story to an awarded grant; the text from a file (UTF-8; paragraphs separated by a
    /// blank line) or `--text`.
    Add {
        #[arg(long)]
        grant: i64,
        #[arg(long)]
        title: String,
        #[arg(long)]
        author: String,
        #[arg(long, value_name = "FILE", required_unless_present = "text", conflicts_with = "text")]
        file: Option<PathBuf>,
        #[arg(long)]
        text: Option<String>,
    },
    /// Add a photo (PNG or JPEG; scaled down when larger than 1,600 pixels) to a story.
    Photo {
        story: i64,
        file: PathBuf,
        #[arg(long, default_value = "")]
        caption: String,
    },
    /// The stories of a grant, or of every grant of a cycle.
    List {
        #[arg(long, required_unless_present = "cycle", conflicts_with = "cycle")]
        grant: Option<i64>,
        #[arg(long)]
        cycle: Option<i64>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum VoteCommand {
    /// The count of the current ballots, round by round (the declared one once declared).
    Tally {
        #[arg(long)]
        cycle: i64,
        #[arg(long)]
        json: bool,
    },
    /// How the vote is run: `--method instant_runoff|borda|points`, `--associates yes|no`,
    /// `--quorum PERCENT` (who votes and the quorum are settled when the vote opens).
    Settings {
        #[arg(long)]
        cycle: i64,
        #[arg(long)]
        method: Option<String>,
        #[arg(long, value_name = "yes|no")]
        associates: Option<String>,
        #[arg(long, value_name = "PERCENT")]
        quorum: Option<u32>,
    },
    /// Open the vote: the electorate is frozen and ballots can be recorded.
    Open {
        #[arg(long)]
        cycle: i64,
    },
    /// Record one hub's ballot: the proposals' application ids, best first.
    Record {
        #[arg(long)]
        cycle: i64,
        /// The voting hub's key or id.
        #[arg(long)]
        hub: String,
        #[arg(required = true, value_name = "APPLICATION_ID")]
        ranking: Vec<i64>,
        /// The day the vote arrived, YYYY-MM-DD (default: today).
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// Why this ballot replaces the hub's earlier one.
        #[arg(long)]
        reason: Option<String>,
    },
    /// Ballots from a form's CSV export (columns hub, ranking, and optionally received_on and
    /// reason), all or nothing.
    #[command(subcommand)]
    Ballots(BallotsCommand),
    /// Declare the result: the winner is selected and its grant goes on to the Grants tab.
    Declare {
        #[arg(long)]
        cycle: i64,
        /// Declare although the quorum is not met.
        #[arg(long)]
        despite_quorum: bool,
    },
    /// The result as a PDF report.
    Report {
        #[arg(long)]
        cycle: i64,
        #[arg(long, value_name = "FILE")]
        pdf: PathBuf,
    },
}

#[derive(Subcommand)]
enum BallotsCommand {
    Import {
        #[arg(long)]
        cycle: i64,
        file: PathBuf,
    },
}

#[derive(Subcommand)]
enum ExportCommand {
    /// The finance export of one or more cycles: a row per instalment (CSV), or the workbook
    /// with instalments, grants, lines and a summary per cycle (XLSX).
    Finance {
        #[arg(long = "cycle", value_name = "CYCLE_ID", required = true)]
        cycles: Vec<i64>,
        #[arg(long, value_name = "FILE", required_unless_present = "csv")]
        xlsx: Option<PathBuf>,
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        /// en or fr (default: the language in Settings).
        #[arg(long)]
        lang: Option<String>,
    },
}

#[derive(Subcommand)]
enum GrantsCommand {
    /// Bring the cycle's draft grants in line with its rules and inputs, and list them.
    Compute {
        #[arg(long)]
        cycle: i64,
    },
    /// The cycle's grants with every line (amounts in cents, rule, version, km and band).
    List {
        #[arg(long)]
        cycle: i64,
        #[arg(long)]
        json: bool,
    },
    /// One grant, line by line, with where each figure comes from.
    Explain {
        grant: i64,
        #[arg(long)]
        json: bool,
    },
    /// Record what the grant's applicant declared: the real travel cost per traveller, the
    /// real costs of inclusion or accessibility, and how many travellers need a visa. Fields
    /// not given keep their value; `none` clears a cost. The draft follows; an awarded grant
    /// then shows what an amendment would give.
    Inputs {
        grant: i64,
        /// Euros, e.g. 420 or 420.50; `none` to clear.
        #[arg(long, value_name = "EUR")]
        travel_cost: Option<String>,
        /// Euros; `none` to clear.
        #[arg(long, value_name = "EUR")]
        inclusion: Option<String>,
        #[arg(long, value_name = "N")]
        visas: Option<u32>,
    },
    /// Change an awarded grant to what the rules and inputs in force give now.
    Amend {
        grant: i64,
        #[arg(long)]
        reason: String,
    },
    /// Cancel an awarded grant; unpaid instalments are cancelled, what was paid is to recover.
    Cancel {
        grant: i64,
        #[arg(long)]
        reason: String,
    },
    /// Award draft grants (all of the cycle's computed drafts, or those given with --grant).
    Award {
        #[arg(long)]
        cycle: i64,
        #[arg(long = "grant", value_name = "GRANT_ID")]
        grants: Vec<i64>,
        /// Award even past the cycle's envelope.
        #[arg(long)]
        over_budget: bool,
    },
}

#[derive(Subcommand)]
enum RulesCommand {
    /// The rules in force (or one version) as JSON, ready to edit and save.
    Show {
        #[arg(long)]
        cycle: i64,
        #[arg(long)]
        version: Option<u32>,
    },
    /// Save rules from a JSON file (the `body` printed by `rules show`, or the whole
    /// output) as a new version; draft grants are recomputed.
    Save {
        #[arg(long)]
        cycle: i64,
        file: PathBuf,
        /// Why the rules change.
        #[arg(long, default_value = "")]
        note: String,
    },
}

#[derive(Subcommand)]
enum HubsCommand {
    /// Import hubs from a CSV file (all rows or none; rows match stored hubs on `key`).
    Import {
        file: PathBuf,
        /// Only check the file and say what would change.
        #[arg(long)]
        dry_run: bool,
    },
    /// Export every hub (archived ones too) to a CSV file.
    Export { file: PathBuf },
    /// List hubs.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// Only hubs matching this text (name, city, country, contact, sector).
        #[arg(long)]
        search: Option<String>,
        /// Only hubs in this country (ISO code).
        #[arg(long)]
        country: Option<String>,
        /// Include archived hubs.
        #[arg(long)]
        all: bool,
    },
    /// Change fields of one hub, named by its key or id. With --expect-version, the change is
    /// refused (exit 2) if the hub changed since that version, as the window refuses a stale form.
    Set {
        /// The hub's key (or id).
        hub: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        website: Option<String>,
        #[arg(long)]
        notes: Option<String>,
        #[arg(long)]
        contact_name: Option<String>,
        #[arg(long)]
        contact_email: Option<String>,
        /// The version the change was prepared from (`hubs list --json` shows each hub's).
        #[arg(long, value_name = "N")]
        expect_version: Option<i64>,
    },
}

#[derive(Subcommand)]
enum ProgrammesCommand {
    /// List the programmes with their default figures.
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum CyclesCommand {
    /// Create a cycle; slots, days, budget and payment schedule start from the programme's defaults.
    Create {
        /// The programme's key (see `programmes list`), e.g. p2p.
        #[arg(long)]
        programme: String,
        #[arg(long)]
        year: i32,
        /// Default: the programme's name and the year.
        #[arg(long)]
        title: Option<String>,
        /// Dates as YYYY-MM-DD.
        #[arg(long)]
        call_opens: Option<String>,
        #[arg(long)]
        call_deadline: Option<String>,
        #[arg(long)]
        activity_start: Option<String>,
        #[arg(long)]
        activity_end: Option<String>,
        #[arg(long)]
        report_deadline: Option<String>,
        /// The budget envelope in euros, e.g. 21775 or 21,775.00.
        #[arg(long)]
        budget: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// List cycles, newest year first.
    List {
        #[arg(long)]
        json: bool,
        #[arg(long)]
        year: Option<i32>,
    },
    /// One cycle with its settings, the moves it can make and its history.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Move a cycle to another phase (forward one phase, or back with --reason).
    Move {
        id: i64,
        /// draft, call_open, selection, matching, awarded, in_progress, reporting, closed
        phase: String,
        #[arg(long, default_value = "")]
        reason: String,
    },
    /// Change a cycle's settings once grants are awarded or letters issued: an amendment with
    /// a reason, kept in the cycle's history. Prints what changes and what it does to the
    /// issued letters first.
    Amend {
        id: i64,
        /// Why the settings change (kept in the cycle's history).
        #[arg(long)]
        reason: String,
        #[arg(long)]
        title: Option<String>,
        /// The budget envelope in euros, e.g. 15000.
        #[arg(long)]
        budget: Option<String>,
        /// Dates as YYYY-MM-DD.
        #[arg(long)]
        activity_start: Option<String>,
        #[arg(long)]
        activity_end: Option<String>,
        #[arg(long)]
        report_deadline: Option<String>,
        /// Confirm an envelope below what is already awarded.
        #[arg(long)]
        over_budget: bool,
        /// Only say what would change.
        #[arg(long)]
        dry_run: bool,
    },
    /// Move a cycle whose work ran ahead of its phase (grants awarded while it said
    /// Selection, say) forward to the phase that work belongs to, through each guard.
    CatchUp { id: i64 },
    /// New cycle from an earlier one: settings and dates moved to YEAR, no applications.
    Clone {
        id: i64,
        #[arg(long)]
        year: i32,
    },
}

#[derive(Subcommand)]
enum ApplicationsCommand {
    /// List a cycle's applications in the order they came in, with eligibility and reasons.
    List {
        #[arg(long)]
        cycle: i64,
        #[arg(long)]
        json: bool,
    },
    /// Import applications from an online form's CSV export (all rows or none). Columns are
    /// matched by the mapping saved with the cycle (from the app or an earlier import), else
    /// guessed from their names; `--map field=Column` sets one field's column.
    Import {
        #[arg(long)]
        cycle: i64,
        file: PathBuf,
        /// field=Column header, e.g. --map hub="Organisation" (repeatable). Fields: external_ref,
        /// submitted_at, hub, role, person_name, person_email, person_role, partner_hub, format,
        /// starts_on, ends_on, title, summary, travellers, travel_mode, participants, budget_request, needs.
        #[arg(long = "map", value_name = "FIELD=COLUMN")]
        map: Vec<String>,
        /// How dates written with slashes read: day-month (14/01/2027) or month-day
        /// (01/14/2027). Needed when the file's dates could be either; a day over 12 in the
        /// file, or the order saved with the cycle, otherwise settles it.
        #[arg(long, value_name = "ORDER")]
        date_order: Option<String>,
        /// Only check the file and say what would change.
        #[arg(long)]
        dry_run: bool,
    },
    /// An applicant withdraws; a place it held goes to the first on the waiting list.
    Withdraw { id: i64 },
}

#[derive(Subcommand)]
enum DemoCommand {
    /// Load the demo network (idempotent).
    Load,
}

fn main() -> ExitCode {
    // Piped into `head` or `less`, end quietly when the reader stops, as other Unix tools do,
    // instead of panicking on the broken pipe.
    #[cfg(unix)]
    // SAFETY: restoring the default action of one signal before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    mobility_desk_core::store::when_waiting(|| {
        eprintln!("Waiting for another Mobility Desk (the window or a command) to finish writing to the data file…");
    });
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", e.message);
            for f in &e.fields {
                eprintln!("  {}: {}", f.field, f.message);
            }
            match e.code {
                ErrorCode::Validation | ErrorCode::Csv | ErrorCode::BadRequest | ErrorCode::Conflict | ErrorCode::NotAllowed | ErrorCode::WrongPhase | ErrorCode::NeedsAmendment | ErrorCode::OverBudget => {
                    ExitCode::from(2)
                }
                _ => ExitCode::from(1),
            }
        }
    }
}

fn data_dir(data_dir: Option<PathBuf>) -> Result<PathBuf, Error> {
    paths::resolve_data_dir(data_dir).ok_or_else(|| Error::new(ErrorCode::Io, "No data folder: pass --data-dir DIR or set MOBILITY_DESK_DATA_DIR."))
}

fn open(data_dir: Option<PathBuf>) -> Result<Store, Error> {
    let key = Passphrase::from_env();
    let store = Store::open_dir_keyed(&self::data_dir(data_dir)?, key.as_ref()).map_err(locked_hint)?;
    // A protection cut short (the file converted, not yet all its backups) is finished.
    if let (true, Some(key), Some(path)) = (store.is_protected(), &key, store.path()) {
        protection::finish_interrupted(path, key);
    }
    Ok(store)
}

/// A protected file's error, with where the command line takes the passphrase from.
fn locked_hint(e: Error) -> Error {
    if e.code == ErrorCode::Locked && Passphrase::from_env().is_none() {
        Error::new(e.code, format!("{} On the command line, set {} to the passphrase.", e.message, protection::PASSPHRASE_ENV))
    } else {
        e
    }
}

/// The environment variable the command line reads a new passphrase from.
const NEW_PASSPHRASE_ENV: &str = "MOBILITY_DESK_NEW_PASSPHRASE";

fn protection(data_dir: Option<PathBuf>, command: ProtectionCommand) -> Result<(), Error> {
    let dir = self::data_dir(data_dir)?;
    let file = dir.join(paths::DATABASE_FILE);
    let held = Passphrase::from_env();
    // Opening checks the file, and the passphrase against it.
    let store = Store::open_dir_keyed(&dir, held.as_ref()).map_err(locked_hint)?;
    let protected = store.is_protected();
    let held = if protected { held } else { None };
    let text = |name: &str| std::env::var(name).ok();
    let request = match command {
        ProtectionCommand::Status => {
            println!("data file: {} ({})", file.display(), if protected { "protected by a passphrase" } else { "not protected" });
            for b in backups::list(&file) {
                let state = if protection::is_protected_file(std::path::Path::new(&b.path)) { "protected" } else { "not protected" };
                println!("backup {:<48} {state}", b.name);
            }
            return Ok(());
        }
        ProtectionCommand::On if protected => return Err(Error::new(ErrorCode::NotAllowed, "The data file is protected already: use 'protection change' to give it another passphrase.")),
        ProtectionCommand::Change | ProtectionCommand::Off if !protected => return Err(Error::new(ErrorCode::NotAllowed, "The data file is not protected: use 'protection on' to protect it.")),
        ProtectionCommand::On | ProtectionCommand::Change => {
            let new = text(NEW_PASSPHRASE_ENV)
                .ok_or_else(|| Error::new(ErrorCode::BadRequest, format!("Set {NEW_PASSPHRASE_ENV} to the new passphrase (at least {} characters).", protection::MIN_LENGTH)))?;
            ProtectionRequest { current: text(protection::PASSPHRASE_ENV), repeat: Some(new.clone()), new: Some(new) }
        }
        ProtectionCommand::Off => ProtectionRequest { current: text(protection::PASSPHRASE_ENV), new: None, repeat: None },
    };
    let (from, to) = protection::plan(held.as_ref(), &request)?;
    drop(store);
    let change = protection::convert(&file, from.as_ref(), to.as_ref())?;
    println!("{} is {}", file.display(), if change.protected { "protected by the new passphrase" } else { "no longer protected" });
    println!("backups converted with it: {}", change.backups_converted);
    for name in &change.backups_left {
        println!("left as it was (another passphrase, or unreadable): {name}");
    }
    if change.copies_removed > 0 {
        println!("copies of letters removed: {}", change.copies_removed);
    }
    Ok(())
}

fn print_team(store: &Store) -> Result<(), Error> {
    let t = store.team_status()?;
    println!("team: {}{}", t.state, t.folder.as_deref().map(|f| format!(", through {f}")).unwrap_or_default());
    for d in &t.desks {
        println!(
            "  desk {} #{} {}{}{}: {} changes here{}",
            d.desk_id,
            d.number,
            d.person_name,
            if d.own { " (this desk)" } else { "" },
            if d.state == "removed" { " [removed]" } else { "" },
            d.entries_here,
            d.synced_at.as_deref().map(|s| format!(", last synced {s}")).unwrap_or_default()
        );
    }
    if t.outgoing > 0 {
        println!("waiting to go out: {} change(s)", t.outgoing);
    }
    if t.waiting > 0 {
        println!("received and waiting: {}", t.waiting);
        for r in &t.waiting_reasons {
            println!("  {r}");
        }
    }
    for r in &t.requests {
        println!("asks to join: desk {} ({}), fingerprint {} — approve with `team approve {}`", r.desk_id, r.person_name, r.fingerprint, r.desk_id);
    }
    if t.clashes > 0 {
        println!("clashes waiting for a decision: {} (`conflicts list`)", t.clashes);
    }
    Ok(())
}

fn team(data_dir: Option<PathBuf>, command: TeamCommand) -> Result<(), Error> {
    let mut store = open(data_dir)?;
    let status = match command {
        TeamCommand::Status => store.desk_status()?,
        TeamCommand::Person { name, initials, email } => store.set_person(&Person { name, initials, email })?,
        TeamCommand::Init { folder } => {
            store.share_through_folder(&folder)?;
            println!("this desk's data is shared through {}", folder.display());
            store.desk_status()?
        }
        TeamCommand::Join { folder } => {
            let card = store.join_through_folder(&folder)?;
            println!("asked to join the team in {}", folder.display());
            println!("on a desk of the team, compare this fingerprint and approve: {}", card.fingerprint);
            println!("then run `sync` here to bring the team's data");
            return Ok(());
        }
        TeamCommand::Approve { desk } => {
            let number = store.approve_from_folder(&desk)?;
            println!("desk {desk} approved as desk {number} of the team");
            store.desk_status()?
        }
        TeamCommand::Remove { desk } => {
            store.remove_from_team(&desk)?;
            println!("desk {desk} removed: what it writes from now on is refused, and it cannot read what the team writes");
            store.desk_status()?
        }
    };
    println!("desk: {}", status.desk_id);
    println!("key fingerprint: {}", status.fingerprint);
    if status.person.name.is_empty() {
        println!("person: (not given: changes are named after the system account '{}')", store.actor());
    } else {
        println!("person: {} ({}){}", status.person.name, status.person.initials, if status.person.email.is_empty() { String::new() } else { format!(", {}", status.person.email) });
    }
    println!("entries in this desk's log: {}", status.entries);
    if let Some(since) = status.history_since {
        println!("history kept since: {since}");
    }
    print_team(&store)
}

/// `sync`: a desk waiting to join first takes the team's data (its file closed meanwhile).
fn sync(data_dir: Option<PathBuf>) -> Result<(), Error> {
    let dir = self::data_dir(data_dir.clone())?;
    let key = Passphrase::from_env();
    let pending = open(data_dir.clone())?.team_status()?.state == "pending";
    if pending {
        if !mobility_desk_core::team::finish_join(&dir.join(paths::DATABASE_FILE), key.as_ref())? {
            println!("not approved yet: a desk of the team approves this one with `team approve`");
            return Ok(());
        }
        println!("joined the team: the team's data is here");
    }
    let mut store = open(data_dir)?;
    let r = store.sync_folder()?;
    println!("sent: {} change(s)", r.sent);
    for (who, n) in &r.from {
        println!("received: {n} change(s) from {who}");
    }
    if r.received.waiting > 0 {
        println!("waiting: {} change(s) (see `team status`)", r.received.waiting);
    }
    for f in &r.unreadable {
        println!("not readable yet (still arriving?): {f}");
    }
    for refusal in &r.received.refused {
        println!("refused: desk {} #{}: {}", refusal.desk_id, refusal.seq, refusal.reason);
    }
    if r.received.undone > 0 {
        println!("undone: {} change(s) of a removed desk, applied here before its removal came", r.received.undone);
    }
    if r.received.clashes > 0 {
        println!("clashes waiting for a decision: {} (`conflicts list`)", r.received.clashes);
    }
    for (desk, days) in &r.received.clocks_ahead {
        println!("the clock of desk {desk} is {days} day(s) ahead of this one: set it right, or its changes count as later than they are");
    }
    Ok(())
}

fn run(cli: Cli) -> Result<(), Error> {
    match cli.command {
        Command::Info => {
            let store = open(cli.data_dir)?;
            let path = store.path().map(|p| p.display().to_string()).unwrap_or_default();
            println!("data file: {path}");
            println!("data version: {}", store.schema_version()?);
            if store.is_protected() {
                println!("protection: encrypted, opened with a passphrase");
            }
            if store.is_read_only() {
                println!("mode: read-only (the file's permissions forbid writing; nothing can be saved)");
            }
            println!("hubs: {}", store.hub_count()?);
        }
        Command::Backup(command) => backup(cli.data_dir, command)?,
        Command::Protection(command) => protection(cli.data_dir, command)?,
        Command::Team(command) => team(cli.data_dir, command)?,
        Command::Sync => sync(cli.data_dir)?,
        Command::Conflicts(ConflictsCommand::List) => {
            let store = open(cli.data_dir)?;
            let clashes = store.clashes()?;
            if clashes.is_empty() {
                println!("no clash");
            }
            for c in clashes {
                println!("{}: {} (since {})", c.subject, c.title, c.since);
                for v in c.versions {
                    println!("  version {}:{} by {} at {}", v.desk_id, v.seq, v.person, v.at);
                    for line in v.changes {
                        println!("    {line}");
                    }
                }
            }
        }
        Command::Conflicts(ConflictsCommand::Resolve { subject, keep, as_it_stands, note }) => {
            let mut store = open(cli.data_dir)?;
            let keep = match (&keep, as_it_stands) {
                (Some(k), _) => {
                    let (desk, seq) = k.split_once(':').and_then(|(d, s)| s.parse::<i64>().ok().map(|s| (d, s))).ok_or_else(|| Error::new(ErrorCode::BadRequest, format!("'{k}' is not a version: give DESK:ENTRY as `conflicts list` prints it.")))?;
                    Some((desk.to_string(), seq))
                }
                (None, true) => None,
                (None, false) => return Err(Error::new(ErrorCode::BadRequest, "Say which version to keep (--keep DESK:ENTRY) or --as-it-stands.")),
            };
            store.resolve_clash(&subject, keep.as_ref().map(|(d, s)| (d.as_str(), *s)), &note)?;
            println!("{subject} decided; the decision goes to the team at the next sync");
        }
        Command::History { kind, id } => {
            let kind = RecordKind::parse(&kind)
                .ok_or_else(|| Error::new(ErrorCode::BadRequest, format!("'{kind}' has no History: give hub, application, grant, payment, letter, ballot or cycle.")))?;
            let store = open(cli.data_dir)?;
            let items = store.record_history(kind, id)?;
            if items.is_empty() {
                println!("no change recorded yet (the History starts with this version of the app)");
            }
            for item in items {
                println!("{}  {} ({})  {}  [desk {} #{}]", item.at, item.person, item.initials, item.what, item.desk_id, item.seq);
                for f in item.fields {
                    println!("    {}: {} → {}", f.field, f.old, f.new);
                }
            }
        }
        Command::Audit(AuditCommand::Verify) => {
            let store = open(cli.data_dir)?;
            let report = store.audit_verify()?;
            for desk in &report.desks {
                match &desk.problem {
                    None => println!("desk {} ({}): {} entries, chain and signatures intact", desk.desk_id, desk.person, desk.entries),
                    Some(p) => println!("desk {} ({}): {} entries, BROKEN: {p}", desk.desk_id, desk.person, desk.entries),
                }
            }
            if !report.ok {
                return Err(Error::new(ErrorCode::Damaged, "The audit trail does not verify: see the desks above."));
            }
        }
        Command::Audit(AuditCommand::Export { out }) => {
            let store = open(cli.data_dir)?;
            let e = store.audit_export_to(&out)?;
            println!("wrote {} ({} entries, {} lines)", e.path, e.entries, e.lines);
        }
        Command::Restore { name, newest } => {
            let dir = data_dir(cli.data_dir)?;
            let key = Passphrase::from_env();
            let file = dir.join(paths::DATABASE_FILE);
            let name = match (name, newest) {
                (Some(name), _) => name,
                (None, _) => backups::newest(&file)
                    .ok_or_else(|| Error::not_found(format!("There is no backup in {}.", backups::folder_of(&file).display())))?
                    .name,
            };
            let restored = backups::restore(&file, &name, key.as_ref()).map_err(locked_hint)?;
            // Opening it checks it and, if it is from an earlier version, upgrades it.
            let store = Store::open_keyed(&file, key.as_ref())?;
            println!("restored {} (taken {}) as {}", restored.from.name, restored.from.taken, file.display());
            if let Some(aside) = &restored.set_aside {
                println!("the file it replaced is kept at {aside}");
            }
            println!("data version: {}; hubs: {}", store.schema_version()?, store.hub_count()?);
        }
        Command::Demo(DemoCommand::Load) => {
            let mut store = open(cli.data_dir)?;
            let s = store.load_demo()?;
            println!(
                "demo network loaded: {} created, {} updated, {} unchanged; {} cycle(s) created",
                s.hubs.created, s.hubs.updated, s.hubs.unchanged, s.cycles_created
            );
        }
        Command::Hubs(HubsCommand::Set { hub, name, website, notes, contact_name, contact_email, expect_version }) => {
            let mut store = open(cli.data_dir)?;
            let current = match hub.parse::<i64>() {
                Ok(id) => store.hub(id)?,
                Err(_) => store.hub_by_key(&hub)?,
            };
            let mut input = HubInput::from(&current);
            input.archived = None;
            input.expected_version = Some(expect_version.unwrap_or(current.version));
            for (field, value) in [(&mut input.name, name), (&mut input.website, website), (&mut input.notes, notes), (&mut input.contact_name, contact_name), (&mut input.contact_email, contact_email)] {
                if let Some(value) = value {
                    *field = value;
                }
            }
            let saved = store.update_hub(current.id, &input)?;
            println!("saved {} ({}), now at version {}", saved.name, saved.key, saved.version);
        }
        Command::Hubs(HubsCommand::Import { file, dry_run }) => {
            let bytes = read_import_file(&file)?;
            let mut store = open(cli.data_dir)?;
            let preview = store.preview_hub_import(&bytes)?;
            if preview.error_count > 0 {
                for e in &preview.errors {
                    let col = if e.column.is_empty() { "(row)" } else { &e.column };
                    eprintln!("row {}, {col}: {}", e.row, e.message);
                }
                if preview.error_count as usize > preview.errors.len() {
                    eprintln!("... and {} more", preview.error_count as usize - preview.errors.len());
                }
                return Err(Error::new(ErrorCode::Csv, format!("{} problem(s) in {}; nothing was imported.", preview.error_count, file.display())));
            }
            if dry_run {
                println!("{} rows: {} new, {} updated, {} unchanged (dry run: nothing written)", preview.rows, preview.creates, preview.updates, preview.unchanged);
            } else {
                let s = store.import_hubs(&bytes, Some(&preview.sha256))?;
                println!("{} rows imported: {} new, {} updated, {} unchanged", s.rows, s.created, s.updated, s.unchanged);
            }
        }
        Command::Hubs(HubsCommand::Export { file }) => {
            let store = open(cli.data_dir)?;
            let n = store.export_hubs_to(&file)?;
            println!("{n} hubs written to {}", file.display());
        }
        Command::Hubs(HubsCommand::List { json, search, country, all }) => {
            let store = open(cli.data_dir)?;
            let q = HubQuery {
                text: search.unwrap_or_default(),
                country,
                archived: if all { ArchiveFilter::All } else { ArchiveFilter::Active },
                limit: Some(100_000),
                ..HubQuery::default()
            };
            let list = store.list_hubs(&q)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&list.rows).map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?);
            } else {
                for h in &list.rows {
                    let archived = if h.archived { "  (archived)" } else { "" };
                    println!("{:<32} {:<40} {:<20} {}{archived}", h.key, h.name, h.city, h.country);
                }
                println!("{} hub(s)", list.total);
            }
        }
        Command::Programmes(ProgrammesCommand::List { json }) => {
            let store = open(cli.data_dir)?;
            let list = store.programmes()?;
            if json {
                print_json(&list)?;
            } else {
                for p in &list {
                    let state = if p.enabled { "" } else { "  (switched off)" };
                    println!(
                        "{:<16} {:<28} {:>3} + {:<3} slots  {:>14}  {} cycle(s){state}",
                        p.key,
                        p.name,
                        p.defaults.slots_primary,
                        p.defaults.slots_secondary,
                        format_euros(p.defaults.budget_cents),
                        p.cycle_count
                    );
                }
            }
        }
        Command::Cycles(command) => cycles(cli.data_dir, command)?,
        Command::Grants(command) => grants(cli.data_dir, command)?,
        Command::Payments(command) => payments(cli.data_dir, command)?,
        Command::Pair { cycle, json } => {
            let store = open(cli.data_dir)?;
            match store.cycle(cycle)?.shape {
                Shape::StaffExchange => {
                    let plan = store.placement_plan(cycle)?;
                    if json {
                        print_json(&plan)?;
                    } else {
                        print_placements(&plan);
                    }
                }
                Shape::HubsAlliance => {
                    let checks = store.alliance_checks(cycle)?;
                    if json {
                        print_json(&checks)?;
                    } else {
                        print_alliance(&checks);
                    }
                }
                _ => {
                    let plan = store.pairing_plan(cycle)?;
                    if json {
                        print_json(&plan)?;
                    } else {
                        print_plan(&plan);
                    }
                }
            }
        }
        Command::Pairs(command) => pairs(cli.data_dir, command)?,
        Command::Report { cycle: Some(cycle), pdf, xlsx, lang, json, .. } => cycle_report(cli.data_dir, cycle, pdf, xlsx, lang, json)?,
        Command::Report { grant: Some(grant), on, clear, .. } => {
            let mut store = open(cli.data_dir)?;
            let date = if clear { None } else { Some(on.unwrap_or_default()) };
            let p = store.set_report_received(grant, date.as_deref(), &store.actor())?;
            match &p.report_received_on {
                Some(d) => println!("report of grant {grant} received on {d}"),
                None => println!("report of grant {grant} cleared"),
            }
            print_payments(&p);
        }
        Command::Report { .. } => return Err(Error::new(ErrorCode::BadRequest, "Give a grant's id, or --cycle ID for the cycle report.")),
        Command::Settings { network_name, address, signatory_name, signatory_title, language, place } => {
            let mut store = open(cli.data_dir)?;
            let now = store.settings()?;
            let mut input = mobility_desk_core::settings::SettingsInput {
                network_name: now.network_name,
                postal_address: now.postal_address,
                signatory_name: now.signatory_name,
                signatory_title: now.signatory_title,
                default_language: now.default_language,
                signing_place: if now.signing_place_typed { now.signing_place } else { String::new() },
            };
            let changing = network_name.is_some() || address.is_some() || signatory_name.is_some() || signatory_title.is_some() || language.is_some() || place.is_some();
            input.signing_place = place.unwrap_or(input.signing_place);
            input.network_name = network_name.unwrap_or(input.network_name);
            input.postal_address = address.map(|a| a.replace("\\n", "\n")).unwrap_or(input.postal_address);
            input.signatory_name = signatory_name.unwrap_or(input.signatory_name);
            input.signatory_title = signatory_title.unwrap_or(input.signatory_title);
            input.default_language = language.unwrap_or(input.default_language);
            let shown = if changing { store.save_settings(input)? } else { store.settings()? };
            println!("network:   {}", shown.network_name);
            println!("address:   {}", shown.postal_address.replace('\n', " / "));
            println!("signatory: {}, {}", shown.signatory_name, shown.signatory_title);
            println!("letters:   {}", shown.default_language);
            println!("place:     {}{}", shown.signing_place, if shown.signing_place_typed { "" } else { " (read from the address)" });
        }
        Command::Vote(command) => vote(cli.data_dir, command)?,
        Command::Stories(command) => stories(cli.data_dir, command)?,
        Command::Publication { cycle, out, lang } => {
            let store = open(cli.data_dir)?;
            if !out.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")) {
                return Err(Error::new(ErrorCode::BadRequest, format!("{} is not a .pdf file name.", out.display())));
            }
            let bytes = store.publication_pdf(cycle, lang.as_deref())?;
            mobility_desk_core::files::write_atomic(&out, &bytes)?;
            println!("{} ({} KB)", out.display(), bytes.len() / 1024);
        }
        Command::Letters { cycle, grant, out, combined, lang, list } => letters(cli.data_dir, cycle, grant, out, combined, lang, list)?,
        Command::Export(ExportCommand::Finance { cycles, xlsx, csv, lang }) => {
            let store = open(cli.data_dir)?;
            for path in [xlsx, csv].into_iter().flatten() {
                let done = store.export_finance_to(&path, &cycles, lang.as_deref())?;
                println!("{}: {} payment row(s) of {} grant(s) in {} cycle(s) ({})", done.path, done.payments, done.grants, done.cycles, done.language);
            }
        }
        Command::Rules(command) => rules(cli.data_dir, command)?,
        Command::Applications(ApplicationsCommand::Import { cycle, file, map, date_order, dry_run }) => {
            let date_order = match date_order.as_deref() {
                None => None,
                Some(text) => Some(DateOrder::parse(text).ok_or_else(|| Error::new(ErrorCode::BadRequest, format!("--date-order '{text}': write day-month or month-day")))?),
            };
            let bytes = read_import_file(&file)?;
            let mut store = open(cli.data_dir)?;
            let mapping = if map.is_empty() {
                None
            } else {
                // Start from what would be used anyway and override the fields given.
                let mut m = store.preview_application_import(cycle, &bytes, None, date_order)?.mapping;
                for pair in &map {
                    let (field, column) = pair.split_once('=').ok_or_else(|| Error::new(ErrorCode::BadRequest, format!("--map '{pair}': write FIELD=COLUMN, e.g. hub=Organisation")))?;
                    m.retain(|_, c| c != column.trim());
                    m.insert(field.trim().to_string(), column.trim().to_string());
                }
                Some(m)
            };
            let preview = store.preview_application_import(cycle, &bytes, mapping.as_ref(), date_order)?;
            println!("columns:");
            for f in &preview.fields {
                let column = preview.mapping.get(&f.key).map_or_else(|| "(not in the file)".to_string(), |c| format!("'{c}'"));
                println!("  {:<16} <- {column}{}", f.key, if f.required { "  (required)" } else { "" });
            }
            for m in &preview.missing_columns {
                eprintln!("missing: '{}' ({}) was in the last import of this cycle; renamed or removed?", m.column, m.label);
            }
            if !preview.extra_columns.is_empty() {
                let extra: Vec<String> = preview.extra_columns.iter().map(|c| format!("'{c}'")).collect();
                println!("not imported: {}", extra.join(", "));
            }
            if !preview.unmapped_required.is_empty() {
                return Err(Error::new(
                    ErrorCode::Csv,
                    format!("No column is mapped to {}: add --map FIELD=COLUMN. Nothing was imported.", preview.unmapped_required.join(", ")),
                ));
            }
            if let Some(sample) = &preview.date_sample {
                match preview.date_order {
                    Some(order) => println!("dates: read {} ('{}' on row {})", order.as_str().replace('_', "/"), sample.text, sample.row),
                    None => eprintln!("dates: '{}' on row {} could be read either way: add --date-order day-month or month-day", sample.text, sample.row),
                }
            }
            if preview.error_count > 0 {
                for e in &preview.errors {
                    let col = if e.column.is_empty() { "(row)" } else { &e.column };
                    eprintln!("row {}, {col}: {}", e.row, e.message);
                }
                return Err(Error::new(ErrorCode::Csv, format!("{} problem(s) in {}; nothing was imported.", preview.error_count, file.display())));
            }
            if dry_run {
                println!("{} rows: {} new, {} updated, {} unchanged (dry run: nothing written)", preview.rows, preview.creates, preview.updates, preview.unchanged);
            } else {
                let s = store.import_applications(cycle, &bytes, Some(&preview.mapping), preview.date_order, Some(&preview.sha256))?;
                println!("{} rows imported: {} new, {} updated, {} unchanged; mapping saved with the cycle", s.rows, s.created, s.updated, s.unchanged);
            }
        }
        Command::Applications(ApplicationsCommand::Withdraw { id }) => {
            let mut store = open(cli.data_dir)?;
            let w = store.withdraw(id, &store.actor())?;
            println!("#{} {} withdrew", w.withdrawn.id, w.withdrawn.hub_name);
            if let Some(p) = &w.promoted {
                println!("#{} {} is offered the place from the waiting list", p.id, p.hub_name);
            }
            if let Some(note) = &w.note {
                println!("{note}");
            }
        }
        Command::Select { cycle, dry_run, json } => {
            let mut store = open(cli.data_dir)?;
            if !dry_run {
                let out = store.select(cycle, &store.actor())?;
                if !json {
                    println!("{} selected, {} on the waiting list, {} not eligible", out.selected, out.waiting, out.not_eligible);
                }
            }
            let ranking = store.ranking(cycle)?;
            if json {
                print_json(&ranking)?;
            } else {
                print_ranking(&ranking);
            }
        }
        Command::Applications(ApplicationsCommand::List { cycle, json }) => {
            let store = open(cli.data_dir)?;
            let list = store.applications(cycle)?;
            if json {
                print_json(&list)?;
            } else {
                for a in &list {
                    let who = if a.person_name.is_empty() { a.title.clone() } else { a.person_name.clone() };
                    let status = serde_json::to_value(a.status).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
                    let role = serde_json::to_value(a.role).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
                    let verdict = if a.eligibility.eligible { "eligible".to_string() } else { format!("NOT eligible: {}", a.eligibility.reasons.join(" ")) };
                    println!("#{:<4} {}  {:<32} {:<9} {:<24} {:<9} {verdict}", a.id, a.submitted_at, a.hub_name, role, who, status);
                }
                let live: Vec<_> = list.iter().filter(|a| a.status != mobility_desk_core::applications::Status::Withdrawn).collect();
                println!("{} application(s), {} eligible", live.len(), live.iter().filter(|a| a.eligibility.eligible).count());
            }
        }
    }
    Ok(())
}

fn print_ranking(r: &Ranking) {
    for pool in &r.pools {
        println!("{}: {} of {} selected, {} waiting", pool.label, pool.selected, pool.slots, pool.waiting);
        let mut waiting = 0;
        for e in &pool.entries {
            let a = &e.application;
            let status = match a.status {
                Status::Selected => "selected".to_string(),
                Status::Waiting => {
                    waiting += 1;
                    format!("waiting #{waiting}")
                }
                Status::Declined if !a.eligibility.eligible => "not eligible".to_string(),
                Status::Declined => "not selected".to_string(),
                Status::Withdrawn => "withdrawn".to_string(),
                Status::Received => String::new(),
            };
            let rank = e.rank.map_or_else(|| "-".to_string(), |r| r.to_string());
            let score = e.score_centi.map_or_else(|| "-".to_string(), centi_text);
            let why = if a.eligibility.eligible { String::new() } else { format!("  {}", a.eligibility.reasons.join(" ")) };
            println!("  {rank:>3}  #{:<4} {:<36} {:<3} {score:>6}  {status}{why}", a.id, a.hub_name, a.hub_country);
        }
    }
    let mix = &r.spread;
    let countries: Vec<String> = mix.countries.iter().map(|c| format!("{} {}", c.country, c.count)).collect();
    println!("{}: {} emerging, {} established; {}", if mix.provisional { "top of the ranking" } else { "selection" }, mix.emerging, mix.established, countries.join(", "));
}

fn backup(data_dir: Option<PathBuf>, command: BackupCommand) -> Result<(), Error> {
    let mut store = open(data_dir)?;
    match command {
        BackupCommand::Now => {
            let taken = store.back_up_now()?;
            println!("backup taken: {} ({} bytes)", taken.path, taken.bytes);
        }
        BackupCommand::List => {
            let overview = store.backups_overview()?;
            if overview.backups.is_empty() {
                println!("no backups yet in {}", overview.folder);
            }
            for b in &overview.backups {
                println!("{:<48} {:<24} v{:<3} {:>10} bytes", b.name, b.taken, b.data_version, b.bytes);
            }
        }
        BackupCommand::Policy { keep_last, monthly } => {
            let mut policy = store.backup_policy()?;
            if keep_last.is_some() || monthly.is_some() {
                policy.keep_last = keep_last.unwrap_or(policy.keep_last);
                policy.monthly = monthly.unwrap_or(policy.monthly);
                store.set_backup_policy(policy)?;
            }
            println!("kept: the newest {}, and the newest of each of the last {} months", policy.keep_last, policy.monthly);
        }
    }
    Ok(())
}

fn letters(data_dir: Option<PathBuf>, cycle: Option<i64>, grant: Option<i64>, out: Option<PathBuf>, combined: Option<PathBuf>, lang: Option<String>, list: bool) -> Result<(), Error> {
    use mobility_desk_core::letters::BatchProgress;
    use std::io::Write;
    let mut store = open(data_dir)?;
    let lang = lang.as_deref();
    let mut progress = |p: BatchProgress| {
        eprint!("\r{} of {} steps", p.done, p.total);
        let _ = std::io::stderr().flush();
        if p.done == p.total {
            eprintln!();
        }
        true
    };
    match (cycle, grant) {
        (_, Some(grant)) => {
            let out = out.ok_or_else(|| Error::new(ErrorCode::BadRequest, "--grant needs --out FILE.pdf"))?;
            let letter = store.issue_letter(grant, lang, &store.actor())?;
            store.save_letter(letter.id, &out)?;
            println!("{}  {}  {} page(s), {} bytes, sha256 {}", letter.reference, out.display(), letter.pages, letter.bytes, letter.sha256);
        }
        (Some(cycle), None) if list => {
            let overview = store.letters_overview(cycle)?;
            for m in &overview.missing_settings {
                println!("missing in Settings: {m}");
            }
            for row in &overview.rows {
                let current = row.letters.last().map_or_else(String::new, |l| format!("{} ({}, {})", l.reference, l.language, l.issued_on));
                println!("{:>6}  {:<44} {:>12}  {:<9} {current}  {}", row.grant_id, row.applicant, format_euros(row.total_cents), row.status.label(), row.note);
            }
            println!("{} issued, {} to issue, {} outdated", overview.issued, overview.to_issue, overview.outdated);
        }
        (Some(cycle), None) => {
            let summary = match (out, combined) {
                (Some(dir), None) => store.write_cycle_letters(cycle, &dir, lang, &store.actor(), &mut progress)?,
                (None, Some(file)) => store.write_combined_letters(cycle, &file, lang, &store.actor(), &mut progress)?,
                _ => return Err(Error::new(ErrorCode::BadRequest, "--cycle needs --out DIR, --combined FILE.pdf or --list")),
            };
            for file in &summary.files {
                println!("{file}");
            }
            println!("{} letter(s) issued, {} already issued and written as archived", summary.issued, summary.reprinted);
        }
        (None, None) => return Err(Error::new(ErrorCode::BadRequest, "Give --cycle ID or --grant ID")),
    }
    Ok(())
}

/// The cycle report: written as PDF and/or XLSX, or printed.
fn cycle_report(data_dir: Option<PathBuf>, cycle: i64, pdf: Option<PathBuf>, xlsx: Option<PathBuf>, lang: Option<String>, json: bool) -> Result<(), Error> {
    let store = open(data_dir)?;
    if pdf.is_some() || xlsx.is_some() {
        let files = store.write_cycle_report(cycle, pdf.as_deref(), xlsx.as_deref(), lang.as_deref())?;
        for path in [files.pdf, files.xlsx].into_iter().flatten() {
            let size = std::fs::metadata(&path).map(|m| m.len() / 1024).unwrap_or(0);
            println!("{path} ({size} KB, {})", files.language);
        }
        return Ok(());
    }
    let r = store.cycle_report(cycle)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&r).map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?);
        return Ok(());
    }
    let euros = |c: i64| mobility_desk_core::money::format_money(c, "en");
    let kg = |g: i64| format!("{:.1} kg", g as f64 / 1000.0);
    println!("{} ({}, {})", r.cycle_title, r.programme, r.year);
    println!("awarded:   {} grants, {} of {} ({} paid, {} left)", r.grants, euros(r.budget.awarded_cents), euros(r.budget.envelope_cents), euros(r.budget.paid_cents), euros(r.budget.remaining_cents));
    if r.drafts_left_out + r.cancelled_left_out > 0 {
        println!("left out:  {} draft, {} cancelled", r.drafts_left_out, r.cancelled_left_out);
    }
    let share = r.green_permille.map_or_else(|| "-".to_string(), |p| format!("{}.{}%", p / 10, p % 10));
    println!("travel:    {} travellers on {} journeys, {} green ({share})", r.travellers, r.trips.len(), r.green_travellers);
    println!("footprint: {} CO2e ({} had all travelled standard)", kg(r.footprint.co2_grams), kg(r.footprint.all_standard_grams));
    for f in &r.footprint.rows {
        println!("  {:<60} {:>8.2} g/pkm  {:>9} pkm  {:>12}", f.label, f.mg_per_pkm as f64 / 1000.0, f.traveller_km, kg(f.co2_grams));
    }
    println!("source:    {}", r.footprint.source);
    println!("countries:");
    for c in &r.countries {
        println!("  {} {:<24} {:>3} grants {:>14}  sent {:>3}  received {:>3}", c.country, c.name, c.grants, euros(c.awarded_cents), c.travellers_sent, c.travellers_received);
    }
    Ok(())
}

fn stories(data_dir: Option<PathBuf>, command: StoriesCommand) -> Result<(), Error> {
    use mobility_desk_core::stories::StoryInput;
    let mut store = open(data_dir)?;
    match command {
        StoriesCommand::Add { grant, title, author, file, text } => {
            let body = match (file, text) {
                (Some(path), _) => {
                    let bytes = read_import_file(&path)?;
                    String::from_utf8(bytes).map_err(|_| Error::new(ErrorCode::BadRequest, format!("{} is not UTF-8 text.", path.display())))?
                }
                (None, Some(text)) => text,
                (None, None) => String::new(),
            };
            let story = store.add_story(grant, &StoryInput { title, author, body }, &store.actor())?;
            println!("story {}: '{}' by {}", story.id, story.title, story.author);
        }
        StoriesCommand::Photo { story, file, caption } => {
            let bytes = std::fs::read(&file).map_err(|e| Error::new(ErrorCode::Io, format!("{} cannot be read: {e}", file.display())))?;
            let name = file.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
            let s = store.add_story_photo(story, &bytes, &name, &caption)?;
            let p = s.photos.last().expect("the photo just added");
            println!("photo {} of story {}: {} × {} {}{}", p.seq, s.id, p.width, p.height, p.mime, if p.scaled { " (scaled down)" } else { "" });
        }
        StoriesCommand::List { grant, cycle, json } => {
            let list = match (grant, cycle) {
                (Some(g), _) => store.grant_stories(g)?,
                (None, Some(c)) => store.cycle_stories(c)?,
                (None, None) => Vec::new(),
            };
            if json {
                print_json(&list)?;
            } else {
                for s in &list {
                    println!("{:>5}  grant {:>5}  '{}' by {}  ({} photo(s), {} characters)", s.id, s.grant_id, s.title, s.author, s.photos.len(), s.body.chars().count());
                }
                println!("{} stor{}", list.len(), if list.len() == 1 { "y" } else { "ies" });
            }
        }
    }
    Ok(())
}

fn print_count(v: &mobility_desk_core::votes::VoteOverview) {
    let c = &v.count;
    println!("{}: {} · {:?}", v.cycle_title, c.method.label(), v.state);
    println!("turnout {} of {} ({} %), quorum {} % {}", c.ballots, c.electorate, c.turnout_percent, c.quorum_percent, if c.quorum_met { "met" } else { "NOT met" });
    for w in &c.warnings {
        println!("warning: {w}");
    }
    for r in &c.rounds {
        println!("round {}:", r.number);
        for n in &r.counts {
            println!("  {:>5}  {}", n.value, n.label);
        }
        if c.method == mobility_desk_core::votes::count::VoteMethod::InstantRunoff {
            println!("  {:>5}  (exhausted)", r.exhausted);
        }
        println!("  {}", r.note);
    }
    for t in &c.tie_breaks {
        println!("tie-break: {t}");
    }
    match c.rounds.iter().flat_map(|r| &r.counts).find(|n| Some(n.proposal_id) == c.winner) {
        Some(w) => println!("winner: {}", w.label),
        None => println!("no winner yet"),
    }
}

fn vote(data_dir: Option<PathBuf>, command: VoteCommand) -> Result<(), Error> {
    use mobility_desk_core::votes::count::VoteMethod;
    use mobility_desk_core::votes::{BallotInput, VoteSettings};
    let mut store = open(data_dir)?;
    match command {
        VoteCommand::Tally { cycle, json } => {
            let v = store.vote_overview(cycle)?;
            if json {
                print_json(&v)?;
            } else {
                print_count(&v);
            }
        }
        VoteCommand::Settings { cycle, method, associates, quorum } => {
            let now = store.vote_overview(cycle)?.settings;
            let method = match method.as_deref() {
                None => now.method,
                Some(m) => VoteMethod::parse(m).ok_or_else(|| Error::validation(vec![mobility_desk_core::FieldError::new("method", format!("'{m}' is not a method: instant_runoff, borda or points."))]))?,
            };
            let associates_vote = match associates.as_deref() {
                None => now.associates_vote,
                Some("yes") => true,
                Some("no") => false,
                Some(other) => return Err(Error::validation(vec![mobility_desk_core::FieldError::new("associates", format!("'{other}': write yes or no."))])),
            };
            let v = store.save_vote_settings(cycle, &VoteSettings { method, associates_vote, quorum_percent: quorum.unwrap_or(now.quorum_percent) })?;
            println!("{}; associates {}; quorum {} %; electorate {}", v.settings.method.label(), if v.settings.associates_vote { "vote" } else { "do not vote" }, v.settings.quorum_percent, v.electorate.len());
        }
        VoteCommand::Open { cycle } => {
            let v = store.open_vote(cycle, &store.actor())?;
            println!("the vote is open: {} member hubs, {} proposals", v.electorate.len(), v.proposals.len());
        }
        VoteCommand::Record { cycle, hub, ranking, on, reason } => {
            let hub_id = match hub.parse::<i64>() {
                Ok(id) => id,
                Err(_) => store.hub_by_key(&hub)?.id,
            };
            let v = store.record_ballot(cycle, &BallotInput { hub_id, choices: ranking, received_on: on, reason: reason.unwrap_or_default() }, &store.actor())?;
            println!("ballot recorded: {} of {} have voted", v.count.ballots, v.count.electorate);
        }
        VoteCommand::Ballots(BallotsCommand::Import { cycle, file }) => {
            let bytes = read_import_file(&file)?;
            let summary = store.import_ballots(cycle, &bytes, &store.actor())?;
            println!("{} ballot(s) imported ({} replacing an earlier one)", summary.recorded, summary.replaced);
            print_count(&store.vote_overview(cycle)?);
        }
        VoteCommand::Declare { cycle, despite_quorum } => {
            let v = store.declare_vote(cycle, despite_quorum, &store.actor())?;
            print_count(&v);
            if let Some(g) = v.winner_grant_id {
                println!("the winner's grant: {g} (award it and issue its letter)");
            }
        }
        VoteCommand::Report { cycle, pdf } => {
            let bytes = store.vote_report_pdf(cycle)?;
            mobility_desk_core::files::write_atomic(&pdf, &bytes)?;
            println!("{}", pdf.display());
        }
    }
    Ok(())
}

fn print_json<T: serde::Serialize>(value: &T) -> Result<(), Error> {
    println!("{}", serde_json::to_string_pretty(value).map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?);
    Ok(())
}

fn print_cycle(c: &Cycle) {
    let date = |d: &Option<String>| d.clone().unwrap_or_else(|| "-".into());
    println!("#{} {} ({}, {})", c.id, c.title, c.programme_name, c.year);
    println!("  phase:     {}", c.phase.label());
    println!("  call:      {} to {}", date(&c.call_opens), date(&c.call_deadline));
    println!("  activity:  {} to {}", date(&c.activity_start), date(&c.activity_end));
    println!("  report by: {}", date(&c.report_deadline));
    let secondary = if c.slots_secondary > 0 { format!(" + {}", c.slots_secondary) } else { String::new() };
    println!("  slots:     {}{secondary}", c.slots_primary);
    println!("  budget:    {}", format_euros(c.budget_cents));
    let schedule: Vec<String> = c.payment_schedule.iter().map(|i| format!("{} % {}", i.percent, serde_json::to_value(i.due).ok().and_then(|v| v.as_str().map(|s| s.replace('_', " "))).unwrap_or_default())).collect();
    println!("  payments:  {}", schedule.join(", "));
    if let Some(ahead) = &c.ahead {
        println!(
            "  ahead:     {} while in {}: run `cycles catch-up {}` to move it to {}",
            ahead.work.join(", "),
            c.phase.label(),
            c.id,
            ahead.belongs_to.label()
        );
    }
}

fn cycles(data_dir: Option<PathBuf>, command: CyclesCommand) -> Result<(), Error> {
    let mut store = open(data_dir)?;
    match command {
        CyclesCommand::Create { programme, year, title, call_opens, call_deadline, activity_start, activity_end, report_deadline, budget, json } => {
            let programme = store.programme_by_key(&programme).map_err(|e| Error::new(ErrorCode::BadRequest, e.message))?;
            let mut input = store.cycle_template(programme.id, year)?;
            if let Some(t) = title {
                input.title = t;
            }
            input.call_opens = call_opens;
            input.call_deadline = call_deadline;
            input.activity_start = activity_start;
            input.activity_end = activity_end;
            input.report_deadline = report_deadline;
            if let Some(b) = budget {
                input.budget_cents = parse_euros(&b, "budget").map_err(|f| Error::validation(vec![f]))?;
            }
            let cycle = store.create_cycle(&input)?;
            if json {
                print_json(&cycle)?;
            } else {
                print_cycle(&cycle);
            }
        }
        CyclesCommand::List { json, year } => {
            let list = store.cycles(&CycleQuery { programme_id: None, year })?;
            if json {
                print_json(&list)?;
            } else {
                for c in &list {
                    println!("{:>4}  {}  {:<36} {:<16} {}", c.id, c.year, c.title, c.phase.label(), format_euros(c.budget_cents));
                }
                println!("{} cycle(s)", list.len());
            }
        }
        CyclesCommand::Show { id, json } => {
            let cycle = store.cycle(id)?;
            let transitions = store.cycle_transitions(id)?;
            let events = store.cycle_events(id)?;
            if json {
                print_json(&serde_json::json!({ "cycle": cycle, "transitions": transitions, "history": events }))?;
            } else {
                print_cycle(&cycle);
                for t in transitions.iter().filter(|t| t.forward && (t.allowed || !t.missing.is_empty())).take(1) {
                    if t.allowed {
                        println!("  next:      {} (ready)", t.to.label());
                    } else {
                        println!("  next:      {} needs {}", t.to.label(), t.missing.join("; "));
                    }
                }
                for e in &events {
                    let why = if e.reason.is_empty() { String::new() } else { format!(": {}", e.reason) };
                    println!("  {}  {} → {}{why}", e.at, e.from_phase.label(), e.to_phase.label());
                }
            }
        }
        CyclesCommand::Move { id, phase, reason } => {
            let to = Phase::parse(&phase).ok_or_else(|| Error::new(ErrorCode::BadRequest, format!("'{phase}' is not a phase: draft, call_open, selection, matching, awarded, in_progress, reporting, closed")))?;
            let cycle = store.move_cycle(id, to, &reason)?;
            println!("#{} {} is now in {}", cycle.id, cycle.title, cycle.phase.label());
        }
        CyclesCommand::Amend { id, reason, title, budget, activity_start, activity_end, report_deadline, over_budget, dry_run } => {
            let mut input = store.cycle(id)?.input();
            input.title = title.unwrap_or(input.title);
            if let Some(b) = budget {
                input.budget_cents = parse_euros(&b, "budget").map_err(|e| Error::validation(vec![e]))?;
            }
            input.activity_start = activity_start.or(input.activity_start);
            input.activity_end = activity_end.or(input.activity_end);
            input.report_deadline = report_deadline.or(input.report_deadline);
            let change = store.cycle_change(id, &input)?;
            for c in &change.changes {
                println!("  {c}");
            }
            if change.letters_affected > 0 {
                println!("{} issued letter(s) state a setting that changes: they would need a new version", change.letters_affected);
            }
            if !change.overrun.is_empty() {
                println!("{}", change.overrun);
            }
            if dry_run {
                println!("dry run: nothing changed");
            } else {
                let cycle = store.amend_cycle(id, &input, &reason, over_budget, &store.actor())?;
                println!("#{} {} amended; kept in its history", cycle.id, cycle.title);
            }
        }
        CyclesCommand::CatchUp { id } => {
            let cycle = store.catch_up_cycle(id)?;
            println!("#{} {} is now in {}", cycle.id, cycle.title, cycle.phase.label());
        }
        CyclesCommand::Clone { id, year } => {
            let cycle = store.clone_cycle(id, year)?;
            print_cycle(&cycle);
        }
    }
    Ok(())
}

/// A grant with its lines, as `grants list --json` prints it.
#[derive(serde::Serialize)]
struct GrantWithLines {
    #[serde(flatten)]
    grant: Grant,
    lines: Vec<GrantLine>,
}

fn state_text(g: &Grant) -> String {
    match g.state {
        _ if !g.blocked.is_empty() => "blocked".to_string(),
        GrantState::Draft => "draft".to_string(),
        GrantState::Awarded => format!("awarded (rev {})", g.revision),
        GrantState::Cancelled => "cancelled".to_string(),
    }
}

fn print_grants(store: &Store, cycle: i64) -> Result<(), Error> {
    let overview = store.grants_overview(cycle)?;
    for g in &overview.grants {
        println!("{:>5}  {:<48} {:<9} {:<16} {:>14}", g.id, g.applicant, g.role.as_str(), state_text(g), format_euros(g.total_cents));
        if !g.blocked.is_empty() {
            println!("       blocked: {}", g.blocked);
        }
    }
    let b = &overview.budget;
    println!(
        "{} grant(s) under rules v{}: awarded {}, drafts {}, envelope {}, {} {}",
        overview.grants.len(),
        overview.rule_set_version,
        format_euros(b.awarded_cents),
        format_euros(b.draft_cents),
        format_euros(b.envelope_cents),
        format_euros(b.remaining_cents.abs()),
        if b.remaining_cents < 0 { "over" } else { "left" }
    );
    Ok(())
}

fn print_detail(d: &GrantDetail) {
    println!("Grant {} of {} ({}), {}", d.grant.id, d.grant.applicant, d.grant.role.as_str(), state_text(&d.grant));
    println!("from {}{}", d.origin, d.host.as_ref().map(|h| format!(" to {h}")).unwrap_or_default());
    if let Some(a) = &d.availability {
        println!("available {} to {} ({} days)", a.from, a.to, a.days);
    }
    if let Some(a) = &d.activity {
        println!("{} {} to {} ({} days)", if d.availability.is_some() { "visit" } else { "activity" }, a.from, a.to, a.days);
    } else if d.visit_to_agree {
        println!("visit: dates still to be agreed (set them with `pairs visit`)");
    }
    if !d.grant.blocked.is_empty() {
        println!("blocked: {}", d.grant.blocked);
    }
    for l in &d.lines {
        let who = l.traveller.map(|t| format!("traveller {t}: ")).unwrap_or_default();
        let place = match (l.km, &l.band) {
            (Some(km), Some(band)) => format!(", {km} km, band {band}"),
            (Some(km), None) => format!(", {km} km"),
            _ => String::new(),
        };
        println!(
            "  {who}{:<36} {:>4} x {:>12} = {:>12}   [{} v{}{place}] {}",
            l.label,
            l.quantity,
            format_euros(l.unit_cents),
            format_euros(l.amount_cents),
            l.rule,
            l.rule_version,
            l.note
        );
    }
    println!("  total {}", format_euros(d.grant.total_cents));
    if let Some(p) = &d.pending {
        println!("the rules and inputs in force now give {} (amend to apply)", format_euros(p.iter().map(|l| l.amount_cents).sum()));
    }
    for h in &d.history {
        println!("  rev {} {} {} by {} at {}{}", h.revision, h.action, format_euros(h.total_cents), h.actor, h.at, if h.reason.is_empty() { String::new() } else { format!(": {}", h.reason) });
    }
    if let Some(p) = &d.payments {
        print_payments(p);
    }
}

fn print_plan(plan: &PairingPlan) {
    for p in &plan.pairs {
        println!(
            "{:<32} -> {:<32} score {:>5}  {:>5} km  {:<9}  grants {}",
            format!("#{} {}", p.visiting.application_id, p.visiting.hub_name),
            format!("#{} {}", p.hosting.application_id, p.hosting.hub_name),
            p.score.total,
            p.score.km,
            match p.source {
                PairSource::Proposed => "proposed",
                PairSource::Locked => "locked",
                PairSource::Suggested => "suggested",
            },
            format_euros(p.grant_cents)
        );
        match &p.visit {
            Some(v) if v.agreed => println!("      visit {} to {} ({} days)", v.starts_on, v.ends_on, v.days),
            Some(v) => println!("      visit to be agreed (proposed: {} to {}, {} days)", v.starts_on, v.ends_on, v.days),
            None => println!("      visit to be agreed (no common days in both hubs' availability)"),
        }
        for c in &p.score.breakdown {
            println!("      {:<24} {:>3} x {:>2} = {:>4}  {}", c.label, c.points, c.weight, c.score, c.reason);
        }
    }
    for u in &plan.unpaired {
        println!("unpaired {} #{} {}: {}", u.role.as_str(), u.side.application_id, u.side.hub_name, u.reason);
    }
    for p in plan.proposals.iter().filter(|p| !p.accepted) {
        println!("proposal of {} ({}) not taken: {}", p.hub_name, p.proposed_hub_name, p.problem);
    }
    for c in &plan.constraints {
        println!("{} {} -> {}", if c.kind == ConstraintKind::Locked { "locked" } else { "forbidden" }, c.visiting_hub, c.hosting_hub);
    }
    if !plan.message.is_empty() {
        println!("{}", plan.message);
    }
    println!(
        "{} pair(s) of {} visiting and {} hosting hub(s): total score {}, grants {}{}",
        plan.pairs.len(),
        plan.visiting_count,
        plan.hosting_count,
        plan.total_score,
        format_euros(plan.total_grant_cents),
        match (&plan.confirmed_at, plan.matches_confirmed) {
            (Some(at), true) => format!(", confirmed {at}"),
            (Some(at), false) => format!(", differs from the pairs confirmed {at}"),
            (None, _) => ", not confirmed".to_string(),
        }
    );
}

fn print_placements(plan: &PlacementPlan) {
    for p in &plan.placements {
        println!(
            "#{:<5} {:<28} {:<28} -> {:<28} score {:>5}  {:>5} km  {:<9}  grant {}",
            p.application_id,
            p.person,
            p.home_hub,
            format!("{} ({})", p.host_hub, p.host_country),
            p.score.total,
            p.score.km,
            match p.source {
                PairSource::Proposed => "proposed",
                PairSource::Locked => "locked",
                PairSource::Suggested => "suggested",
            },
            format_euros(p.grant_cents)
        );
    }
    for u in &plan.unplaced {
        println!("unplaced #{} {} ({}): {}", u.application_id, u.person, u.home_hub, u.reason);
    }
    for h in plan.hosts.iter().filter(|h| h.placed > 0 || h.capacity != 1) {
        println!("host #{} {}: {} of {} place(s)", h.hub_id, h.hub_name, h.placed, h.capacity);
    }
    if !plan.message.is_empty() {
        println!("{}", plan.message);
    }
    println!(
        "{} of {} people placed: total score {}, grants {}{}",
        plan.placements.len(),
        plan.people,
        plan.total_score,
        format_euros(plan.total_grant_cents),
        match (&plan.confirmed_at, plan.matches_confirmed) {
            (Some(at), true) => format!(", confirmed {at}"),
            (Some(at), false) => format!(", differs from the placements confirmed {at}"),
            (None, _) => ", not confirmed".to_string(),
        }
    );
}

fn print_alliance(checks: &[AllianceCheck]) {
    for c in checks {
        println!(
            "#{:<5} {:<28} {:<28} -> {:<28} {} to {}  {}",
            c.application_id,
            c.person,
            c.home_hub,
            c.host_hub.as_deref().unwrap_or("(no host)"),
            c.starts_on.as_deref().unwrap_or("?"),
            c.ends_on.as_deref().unwrap_or("?"),
            if c.ok { "ok".to_string() } else { c.problems.join("; ") }
        );
    }
    println!("{} request(s), {} with a problem", checks.len(), checks.iter().filter(|c| !c.ok).count());
}

fn pairs(data_dir: Option<PathBuf>, command: PairsCommand) -> Result<(), Error> {
    let mut store = open(data_dir)?;
    let actor = store.actor();
    // Staff Exchange: the first id is the person's application, the second the host hub.
    let staff = |store: &Store, cycle: i64| store.cycle(cycle).map(|c| c.shape == Shape::StaffExchange);
    match &command {
        PairsCommand::Lock { cycle, visiting, hosting } | PairsCommand::Forbid { cycle, visiting, hosting } | PairsCommand::Unlock { cycle, visiting, hosting }
            if staff(&store, *cycle)? =>
        {
            let kind = match command {
                PairsCommand::Lock { .. } => Some(ConstraintKind::Locked),
                PairsCommand::Forbid { .. } => Some(ConstraintKind::Forbidden),
                _ => None,
            };
            print_placements(&store.set_placement_constraint(*cycle, *visiting, *hosting, kind, &actor)?);
            return Ok(());
        }
        PairsCommand::Confirm { cycle } if staff(&store, *cycle)? => {
            print_placements(&store.confirm_placements(*cycle, &actor)?);
            return Ok(());
        }
        PairsCommand::Capacity { cycle, hub, places } => {
            store.set_host_capacity(*cycle, *hub, *places)?;
            match store.cycle(*cycle)?.shape {
                Shape::StaffExchange => print_placements(&store.placement_plan(*cycle)?),
                Shape::HubsAlliance => print_alliance(&store.alliance_checks(*cycle)?),
                _ => println!("hub {hub} takes {places} in cycle {cycle}"),
            }
            return Ok(());
        }
        _ => {}
    }
    let plan = match command {
        PairsCommand::Capacity { .. } => unreachable!("handled above"),
        PairsCommand::Lock { cycle, visiting, hosting } => store.set_pair_constraint(cycle, visiting, hosting, Some(ConstraintKind::Locked), &actor)?,
        PairsCommand::Forbid { cycle, visiting, hosting } => store.set_pair_constraint(cycle, visiting, hosting, Some(ConstraintKind::Forbidden), &actor)?,
        PairsCommand::Unlock { cycle, visiting, hosting } => store.set_pair_constraint(cycle, visiting, hosting, None, &actor)?,
        PairsCommand::Confirm { cycle } => store.confirm_pairing(cycle, &actor)?,
        PairsCommand::Visit { cycle, visiting, from, to, clear } => {
            let dates = if clear { None } else { from.as_deref().zip(to.as_deref()) };
            store.set_pair_visit(cycle, visiting, dates)?
        }
        PairsCommand::Weights { cycle, set } => {
            let mut w = store.pairing_weights(cycle)?;
            if set.is_empty() {
                return print_json(&w);
            }
            for item in &set {
                let (name, value) = item.split_once('=').ok_or_else(|| Error::new(ErrorCode::BadRequest, format!("'{item}' is not NAME=VALUE.")))?;
                let bad = || Error::new(ErrorCode::BadRequest, format!("'{value}' is not a value for {name}."));
                if name == "forbid_same_country" {
                    w.forbid_same_country = value.parse().map_err(|_| bad())?;
                    continue;
                }
                let n: u32 = value.parse().map_err(|_| bad())?;
                match name {
                    "shared_sectors" => w.shared_sectors = n,
                    "shared_language" => w.shared_language = n,
                    "maturity" => w.maturity = n,
                    "different_country" => w.different_country = n,
                    "new_pair" => w.new_pair = n,
                    "distance" => w.distance = n,
                    "preference" => w.preference = n,
                    _ => return Err(Error::new(ErrorCode::BadRequest, format!("'{name}' is not a weight."))),
                }
            }
            store.save_pairing_weights(cycle, &w)?
        }
    };
    print_plan(&plan);
    Ok(())
}

fn payment_line(p: &Payment) -> String {
    let date = match (&p.paid_on, &p.due_on) {
        (Some(paid), _) => format!("paid {paid}"),
        (None, Some(due)) => format!("due {due}"),
        (None, None) => "waits for the report".to_string(),
    };
    let reference = if p.reference.is_empty() { String::new() } else { format!(" ref {}", p.reference) };
    let note = if p.note.is_empty() { String::new() } else { format!(" ({})", p.note) };
    format!("#{:<5} {:<46} {:>12}  {:<9} {date}{reference}{note}", p.id, p.label, format_euros(p.amount_cents), p.status.label())
}

fn print_payments(p: &GrantPayments) {
    println!("payments: owed {}, paid {}, still to pay {}, to recover {}{}",
        format_euros(p.owed_cents),
        format_euros(p.paid_cents),
        format_euros(p.outstanding_cents),
        format_euros(p.to_recover_cents),
        p.report_received_on.as_ref().map(|d| format!(", report received {d}")).unwrap_or_default());
    for x in &p.payments {
        println!("  {}", payment_line(x));
    }
}

fn payments(data_dir: Option<PathBuf>, command: PaymentsCommand) -> Result<(), Error> {
    let mut store = open(data_dir)?;
    let actor = store.actor();
    let p = match command {
        PaymentsCommand::List { cycle, json } => {
            let overview = store.cycle_payments(cycle)?;
            if json {
                return print_json(&overview);
            }
            for r in &overview.rows {
                println!("{:<40} {}", r.applicant, payment_line(&r.payment));
            }
            let t = &overview.totals;
            println!(
                "{} grant(s) awarded, {} cancelled: awarded {}, paid {}, recovered {}, still to pay {} (due {}, overdue {}), to recover {}, waived {}",
                t.grants_awarded,
                t.grants_cancelled,
                format_euros(t.awarded_cents),
                format_euros(t.paid_cents),
                format_euros(t.recovered_cents),
                format_euros(t.outstanding_cents),
                format_euros(t.due_cents),
                format_euros(t.overdue_cents),
                format_euros(t.to_recover_cents),
                format_euros(t.waived_cents)
            );
            return Ok(());
        }
        PaymentsCommand::Pay { payment, on, reference } => store.mark_paid(payment, &PaymentInput { paid_on: on, reference }, &actor)?,
        PaymentsCommand::Waive { payment, reason } => store.waive_payment(payment, &reason, &actor)?,
        PaymentsCommand::Reopen { payment, reason } => store.reopen_payment(payment, &reason, &actor)?,
    };
    print_payments(&p);
    Ok(())
}

fn grants(data_dir: Option<PathBuf>, command: GrantsCommand) -> Result<(), Error> {
    let mut store = open(data_dir)?;
    match command {
        GrantsCommand::Compute { cycle } => {
            let s = store.recompute_drafts(cycle)?;
            println!("{} computed, {} blocked, {} awarded or cancelled (unchanged), {} removed", s.computed, s.blocked, s.frozen, s.removed);
            print_grants(&store, cycle)?;
        }
        GrantsCommand::List { cycle, json } => {
            if json {
                let overview = store.grants_overview(cycle)?;
                let mut out = Vec::new();
                for grant in overview.grants {
                    let lines = store.grant_lines(grant.id)?;
                    out.push(GrantWithLines { grant, lines });
                }
                print_json(&out)?;
            } else {
                print_grants(&store, cycle)?;
            }
        }
        GrantsCommand::Inputs { grant, travel_cost, inclusion, visas } => {
            let detail = store.grant_detail(grant)?;
            let mut inputs = detail.inputs.clone();
            let euros = |text: &str, field: &str| -> Result<Option<i64>, Error> {
                if text.trim().eq_ignore_ascii_case("none") {
                    Ok(None)
                } else {
                    parse_euros(text, field).map(Some).map_err(|e| Error::validation(vec![e]))
                }
            };
            if let Some(t) = travel_cost {
                inputs.travel_cost_cents = euros(&t, "travel_cost_cents")?;
            }
            if let Some(t) = inclusion {
                inputs.inclusion_cents = euros(&t, "inclusion_cents")?;
            }
            if let Some(v) = visas {
                inputs.visa_travellers = v;
            }
            // Over the inputs as read just above: a change made meanwhile is not reverted.
            let read_at = inputs.version;
            store.save_grant_inputs_at(detail.grant.application_id, &inputs, Some(read_at))?;
            print_detail(&store.grant_detail(grant)?);
        }
        GrantsCommand::Explain { grant, json } => {
            let d = store.grant_detail(grant)?;
            if json {
                print_json(&d)?;
            } else {
                print_detail(&d);
            }
        }
        GrantsCommand::Amend { grant, reason } => print_detail(&store.amend_grant(grant, &reason, &store.actor())?),
        GrantsCommand::Cancel { grant, reason } => print_detail(&store.cancel_grant(grant, &reason, &store.actor())?),
        GrantsCommand::Award { cycle, grants, over_budget } => {
            let ids = (!grants.is_empty()).then_some(grants);
            let s = store.award_grants(cycle, ids.as_deref(), over_budget, &store.actor())?;
            println!("{} grant(s) awarded; {} blocked draft(s) left; awarded total {} of {}", s.awarded, s.skipped_blocked, format_euros(s.budget.awarded_cents), format_euros(s.budget.envelope_cents));
        }
    }
    Ok(())
}

fn rules(data_dir: Option<PathBuf>, command: RulesCommand) -> Result<(), Error> {
    let mut store = open(data_dir)?;
    match command {
        RulesCommand::Show { cycle, version } => {
            let set = match version {
                None => store.rule_set(cycle)?,
                Some(v) => store.rule_set_version(cycle, Some(v))?.ok_or_else(|| Error::not_found(format!("Cycle {cycle} has no rules version {v}.")))?,
            };
            print_json(&set)?;
        }
        RulesCommand::Save { cycle, file, note } => {
            let text = std::fs::read_to_string(&file).map_err(|e| Error::io(&format!("Cannot read {}", file.display()), e))?;
            let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| Error::new(ErrorCode::BadRequest, format!("{} is not JSON: {e}", file.display())))?;
            let body_value = value.get("body").cloned().unwrap_or(value);
            let body: RuleSetBody = serde_json::from_value(body_value).map_err(|e| Error::new(ErrorCode::BadRequest, format!("{} is not a rule set: {e}", file.display())))?;
            let before = store.rule_set(cycle)?.version;
            let set = store.save_rule_set(cycle, &RuleSetInput { body, note }, &store.actor())?;
            if set.version == before {
                println!("unchanged: the rules in force are already these (version {})", set.version);
            } else {
                println!("rules saved as version {}; draft grants recomputed", set.version);
                print_grants(&store, cycle)?;
            }
        }
    }
    Ok(())
}
