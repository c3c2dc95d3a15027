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
use mobility_desk_core::platform::protection::{self, Passphrase};
use mobility_desk_core::platform::paths;
use mobility_desk_core::{said, Error, ErrorCode, Store};

mod cmd;

use cmd::data::{ProtectionCommand, BackupCommand};
use cmd::team::{ConflictsCommand, TeamCommand, AuditCommand};
use cmd::registry::{HubsCommand, DemoCommand};
use cmd::cycles::{ProgrammesCommand, CyclesCommand};
use cmd::intake::ApplicationsCommand;
use cmd::reviewers::{ReviewersCommand, ReviewsCommand};
use cmd::funding::{GrantsCommand, RulesCommand, PaymentsCommand, ExportCommand};
use cmd::matching::PairsCommand;
use cmd::documents::StoriesCommand;
use cmd::votes::VoteCommand;
use cmd::outbox::OutboxCommand;

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
    /// A cycle's reviewers and who reviews what: add, remove, assign (by hand or automatically).
    #[command(subcommand)]
    Reviewers(ReviewersCommand),
    /// Reviewers' scores: import a reviewer's filled-in sheet.
    #[command(subcommand)]
    Reviews(ReviewsCommand),
    /// E-mails: compose them from templates, list, send through the mail server (queued until
    /// it takes them), save one as .eml; set the server.
    #[command(subcommand)]
    Outbox(OutboxCommand),
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
        /// Which score ranks the cycle from now on (kept with its rules): mean (the reviewers'
        /// plain mean) or normalised (each reviewer's scores normalised, so that a strict
        /// reviewer does not sink the applications they happened to get).
        #[arg(long, value_name = "mean|normalised")]
        score: Option<String>,
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
    /// Data protection: the register of personal data, and what is held on a person.
    #[command(subcommand)]
    Privacy(cmd::privacy::PrivacyCommand),
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
    /// Grants and votes changed on two desks that had not seen each other's change (list,
    /// resolve), and reviewers' conflicts of interest (declare, withdraw).
    #[command(subcommand)]
    Conflicts(ConflictsCommand),
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
    mobility_desk_core::platform::store::when_waiting(|| {
        eprintln!("Waiting for another Mobility Desk (the window or a command) to finish writing to the data file…");
    });
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // The core's messages in the language of the environment (MOBILITY_DESK_LANG, LANG).
            let language = mobility_desk_core::platform::said::language_from_env();
            let words = |said: &Option<mobility_desk_core::platform::said::Said>, english: &str| said.as_ref().map_or(english.to_string(), |s| s.in_language(language));
            eprintln!("error: {}", words(&e.said, &e.message));
            for f in &e.fields {
                eprintln!("  {}: {}", f.field, words(&f.said, &f.message));
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
    paths::resolve_data_dir(data_dir).ok_or_else(|| Error::new(ErrorCode::Io, said!("said-shell-cli-no-data-folder")))
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
        // The hint follows the error's own words: English in `message`, and in what `main`
        // prints, the words of the environment's language.
        let hint = |words: String| said!("said-shell-cli-locked-hint", message = words, variable = protection::PASSPHRASE_ENV);
        let language = mobility_desk_core::platform::said::language_from_env();
        let words = e.said.as_ref().map_or_else(|| e.message.clone(), |s| s.in_language(language));
        let mut hinted = Error::new(e.code, hint(e.message));
        hinted.said = Some(hint(words));
        hinted
    } else {
        e
    }
}

fn run(cli: Cli) -> Result<(), Error> {
    let data_dir = cli.data_dir;
    match cli.command {
        Command::Info => cmd::data::info(data_dir)?,
        Command::Backup(command) => cmd::data::backup(data_dir, command)?,
        Command::Protection(command) => cmd::data::protection(data_dir, command)?,
        Command::Team(command) => cmd::team::team(data_dir, command)?,
        Command::Sync => cmd::team::sync(data_dir)?,
        Command::Conflicts(command) => cmd::team::conflicts(data_dir, command)?,
        Command::History { kind, id } => cmd::team::history(data_dir, kind, id)?,
        Command::Audit(command) => cmd::team::audit(data_dir, command)?,
        Command::Restore { name, newest } => cmd::data::restore(data_dir, name, newest)?,
        Command::Demo(command) => cmd::registry::demo(data_dir, command)?,
        Command::Hubs(command) => cmd::registry::hubs(data_dir, command)?,
        Command::Programmes(command) => cmd::cycles::programmes(data_dir, command)?,
        Command::Cycles(command) => cmd::cycles::cycles(data_dir, command)?,
        Command::Grants(command) => cmd::funding::grants(data_dir, command)?,
        Command::Payments(command) => cmd::funding::payments(data_dir, command)?,
        Command::Privacy(command) => cmd::privacy::privacy(data_dir, command)?,
        Command::Pair { cycle, json } => cmd::matching::pair(data_dir, cycle, json)?,
        Command::Pairs(command) => cmd::matching::pairs(data_dir, command)?,
        Command::Report { cycle: Some(cycle), pdf, xlsx, lang, json, .. } => cmd::documents::cycle_report(data_dir, cycle, pdf, xlsx, lang, json)?,
        Command::Report { grant: Some(grant), on, clear, .. } => cmd::funding::report_received(data_dir, grant, on, clear)?,
        Command::Report { .. } => return Err(Error::new(ErrorCode::BadRequest, said!("said-shell-cli-report-what"))),
        Command::Settings { network_name, address, signatory_name, signatory_title, language, place } => cmd::registry::settings(data_dir, network_name, address, signatory_name, signatory_title, language, place)?,
        Command::Vote(command) => cmd::votes::vote(data_dir, command)?,
        Command::Stories(command) => cmd::documents::stories(data_dir, command)?,
        Command::Publication { cycle, out, lang } => cmd::documents::publication(data_dir, cycle, out, lang)?,
        Command::Letters { cycle, grant, out, combined, lang, list } => cmd::documents::letters(data_dir, cycle, grant, out, combined, lang, list)?,
        Command::Export(command) => cmd::funding::export(data_dir, command)?,
        Command::Rules(command) => cmd::funding::rules(data_dir, command)?,
        Command::Applications(command) => cmd::intake::applications(data_dir, command)?,
        Command::Reviewers(command) => cmd::reviewers::reviewers(data_dir, command)?,
        Command::Reviews(command) => cmd::reviewers::reviews(data_dir, command)?,
        Command::Outbox(command) => cmd::outbox::outbox(data_dir, command)?,
        Command::Select { cycle, dry_run, json, score } => cmd::intake::select(data_dir, cycle, dry_run, json, score)?,
    }
    Ok(())
}

fn print_json<T: serde::Serialize>(value: &T) -> Result<(), Error> {
    println!("{}", serde_json::to_string_pretty(value).map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?);
    Ok(())
}
