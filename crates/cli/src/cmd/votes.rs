//! The members' vote of a Workshops cycle.

use super::prelude::*;

#[derive(Subcommand)]
pub(crate) enum VoteCommand {
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
pub(crate) enum BallotsCommand {
    Import {
        #[arg(long)]
        cycle: i64,
        file: PathBuf,
    },
}

pub(crate) fn print_count(v: &mobility_desk_core::votes::VoteOverview) {
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

pub(crate) fn vote(data_dir: Option<PathBuf>, command: VoteCommand) -> Result<(), Error> {
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
                Some(m) => VoteMethod::parse(m).ok_or_else(|| Error::validation(vec![mobility_desk_core::FieldError::new("method", said!("said-shell-cli-vote-method-unknown", method = m))]))?,
            };
            let associates_vote = match associates.as_deref() {
                None => now.associates_vote,
                Some("yes") => true,
                Some("no") => false,
                Some(other) => return Err(Error::validation(vec![mobility_desk_core::FieldError::new("associates", said!("said-shell-cli-yes-or-no", text = other))])),
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
            store.write_vote_report(cycle, &pdf)?;
            println!("{}", pdf.display());
        }
    }
    Ok(())
}
