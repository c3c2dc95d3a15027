//! A cycle's reviewers, who reviews what, and conflicts of interest.

use super::prelude::*;
use mobility_desk_core::intake::reviewers::{ReviewBoard, ReviewerInput};

#[derive(Subcommand)]
pub(crate) enum ReviewsCommand {
    /// Read a reviewer's filled-in sheet (CSV: a column Application, one column per criterion
    /// named as in the cycle, an optional Note) and save their scorecards, all or none.
    Import {
        #[arg(long)]
        cycle: i64,
        /// Whose sheet it is: the name that signs the scores.
        #[arg(long)]
        reviewer: String,
        file: PathBuf,
        /// Only check the sheet.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Subcommand)]
pub(crate) enum ReviewersCommand {
    /// List a cycle's reviewers, then each application with its reviewers and conflicts.
    List {
        #[arg(long)]
        cycle: i64,
        #[arg(long)]
        json: bool,
    },
    /// Add a reviewer to a cycle.
    Add {
        #[arg(long)]
        cycle: i64,
        #[arg(long)]
        name: String,
        #[arg(long, default_value = "")]
        email: String,
        /// The hub they belong to (its id): its applications, partners and pairs are conflicts.
        #[arg(long)]
        hub: Option<i64>,
        /// ISO 3166-1 code (default: the hub's).
        #[arg(long, default_value = "")]
        country: String,
        /// The languages they read, ISO 639-1 codes separated by commas (e.g. en,fr).
        #[arg(long, value_delimiter = ',')]
        languages: Vec<String>,
    },
    /// Change a reviewer's details; the options left out keep their value. A new name renames
    /// their signature on the scores they gave.
    Update {
        id: i64,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        email: Option<String>,
        /// Their hub's id; 0 for none.
        #[arg(long)]
        hub: Option<i64>,
        #[arg(long)]
        country: Option<String>,
        #[arg(long, value_delimiter = ',')]
        languages: Option<Vec<String>>,
    },
    /// Write the blank sheet a reviewer fills in: their applications, one column per
    /// criterion (without names, hubs and countries in a blind review). An .xlsx file is an
    /// Excel workbook, anything else CSV.
    Sheet {
        id: i64,
        #[arg(long)]
        out: PathBuf,
    },
    /// Remove a reviewer who has scored nothing.
    Remove { id: i64 },

    /// Assign one application to a reviewer (`--reviewer ID --application ID`), or with
    /// `--cycle ID --each N` give every application N reviewers automatically: balanced loads,
    /// no conflict of interest, a language in common.
    Assign {
        #[arg(long, requires = "application", conflicts_with_all = ["cycle", "each"])]
        reviewer: Option<i64>,
        #[arg(long)]
        application: Option<i64>,
        #[arg(long, requires = "each")]
        cycle: Option<i64>,
        #[arg(long)]
        each: Option<u32>,
        /// Take the assignment back (with --reviewer and --application).
        #[arg(long, requires = "reviewer")]
        remove: bool,
    },
}

pub(crate) fn print_board(board: &ReviewBoard) {
    for r in &board.reviewers {
        let hub = r.hub_name.as_deref().map(|h| format!(" · {h}")).unwrap_or_default();
        let languages = if r.languages.is_empty() { String::new() } else { format!(" · reads {}", r.languages.join(", ")) };
        println!("reviewer {:>4}  {}{hub}{languages}  ({} assigned, {} scored)", r.id, r.name, r.assigned, r.scored);
    }
    for row in &board.rows {
        let names: Vec<String> = row.reviewers.iter().map(|x| format!("{}{}", x.name, if x.scored { " ✓" } else { "" })).collect();
        println!("#{:<5} {:<40} {}", row.application_id, row.applicant, if names.is_empty() { "(no reviewer)".to_string() } else { names.join(", ") });
        for c in &row.conflicts {
            println!("       conflict: {} — {}", c.reviewer, c.reason);
        }
    }
}

pub(crate) fn reviewers(data_dir: Option<PathBuf>, command: ReviewersCommand) -> Result<(), Error> {
    let mut store = open(data_dir)?;
    match command {
        ReviewersCommand::List { cycle, json } => {
            let board = store.review_board(cycle)?;
            if json {
                print_json(&board)?;
            } else {
                print_board(&board);
            }
        }
        ReviewersCommand::Add { cycle, name, email, hub, country, languages } => {
            let r = store.add_reviewer(cycle, &ReviewerInput { name, email, hub_id: hub, country, languages })?;
            println!("reviewer {} added: {}", r.id, r.name);
        }
        ReviewersCommand::Update { id, name, email, hub, country, languages } => {
            let now = store.reviewer(id)?;
            let input = ReviewerInput {
                name: name.unwrap_or(now.name),
                email: email.unwrap_or(now.email),
                hub_id: match hub {
                    Some(0) => None,
                    Some(h) => Some(h),
                    None => now.hub_id,
                },
                country: country.unwrap_or(now.country),
                languages: languages.unwrap_or(now.languages),
            };
            let r = store.update_reviewer(id, &input)?;
            println!("reviewer {} updated: {}", r.id, r.name);
        }
        ReviewersCommand::Sheet { id, out } => {
            let workbook = out.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
            let (_, bytes, count) = if workbook { store.blank_review_workbook(id)? } else { store.blank_review_sheet(id)? };
            mobility_desk_core::platform::files::write_atomic(&out, &bytes)?;
            println!("{} ({count} application{})", out.display(), if count == 1 { "" } else { "s" });
        }
        ReviewersCommand::Remove { id } => {
            let name = store.reviewer(id)?.name;
            store.remove_reviewer(id)?;
            println!("reviewer {id} removed: {name}");
        }
        ReviewersCommand::Assign { reviewer: Some(reviewer), application: Some(application), remove, .. } => {
            let board = if remove { store.unassign_review(reviewer, application)? } else { store.assign_review(reviewer, application, &store.actor())? };
            print_board(&board);
        }
        ReviewersCommand::Assign { cycle: Some(cycle), each: Some(each), .. } => {
            let done = store.auto_assign_reviews(cycle, each, &store.actor())?;
            print_board(&done.board);
            println!("{} assignment{} added", done.added, if done.added == 1 { "" } else { "s" });
            for s in &done.shortfalls {
                eprintln!("short: #{} {} has {} of {each}: {}", s.application_id, s.applicant, s.reviewers, s.reason);
            }
        }
        ReviewersCommand::Assign { .. } => {
            return Err(Error::new(ErrorCode::BadRequest, said!("said-shell-cli-assign-what")));
        }
    }
    Ok(())
}

/// `conflicts declare|withdraw`: a reviewer's conflict of interest with an application.
pub(crate) fn declare_conflict(data_dir: Option<PathBuf>, reviewer: i64, application: i64, reason: Option<&str>) -> Result<(), Error> {
    let mut store = open(data_dir)?;
    let board = match reason {
        Some(reason) => store.declare_conflict(reviewer, application, reason, &store.actor())?,
        None => store.withdraw_conflict(reviewer, application)?,
    };
    print_board(&board);
    Ok(())
}

pub(crate) fn reviews(data_dir: Option<PathBuf>, command: ReviewsCommand) -> Result<(), Error> {
    let mut store = open(data_dir)?;
    match command {
        ReviewsCommand::Import { cycle, reviewer, file, dry_run } => {
            let bytes = read_import_file(&file)?;
            let done = store.import_review_sheet(cycle, &reviewer, &bytes, dry_run)?;
            let verb = if done.saved { "saved" } else { "would save (checked only)" };
            println!("{} {verb}: {} scorecard{}, {} replacing earlier ones", done.reviewer, done.scorecards, if done.scorecards == 1 { "" } else { "s" }, done.replaced);
        }
    }
    Ok(())
}
