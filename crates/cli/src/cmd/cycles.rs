//! Programmes and their cycles.

use super::prelude::*;

#[derive(Subcommand)]
pub(crate) enum ProgrammesCommand {
    /// List the programmes with their default figures.
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
pub(crate) enum CyclesCommand {
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

pub(crate) fn print_cycle(c: &Cycle) {
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

pub(crate) fn cycles(data_dir: Option<PathBuf>, command: CyclesCommand) -> Result<(), Error> {
    let mut store = open(data_dir)?;
    match command {
        CyclesCommand::Create { programme, year, title, call_opens, call_deadline, activity_start, activity_end, report_deadline, budget, json } => {
            let programme = store.programme_by_key(&programme).map_err(|e| match e.said {
                Some(said) => Error::new(ErrorCode::BadRequest, said),
                None => Error::new(ErrorCode::BadRequest, e.message),
            })?;
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
            let to = Phase::parse(&phase).ok_or_else(|| Error::new(ErrorCode::BadRequest, said!("said-shell-cli-phase-unknown", phase = &phase)))?;
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

pub(crate) fn programmes(data_dir: Option<PathBuf>, command: ProgrammesCommand) -> Result<(), Error> {
    match command {
        ProgrammesCommand::List { json } => {
            let store = open(data_dir)?;
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
    }
    Ok(())
}
