//! The team: this desk and its person, syncing, clashes, History and the audit trail.

use super::prelude::*;

#[derive(Subcommand)]
pub(crate) enum ConflictsCommand {
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
    /// A reviewer declares a conflict of interest with an application (not a clash between
    /// desks): no longer assigned it, their scores of it no longer count.
    Declare {
        #[arg(long)]
        reviewer: i64,
        #[arg(long)]
        application: i64,
        #[arg(long)]
        reason: String,
    },
    /// Withdraw a reviewer's declared conflict of interest.
    Withdraw {
        #[arg(long)]
        reviewer: i64,
        #[arg(long)]
        application: i64,
    },
}

#[derive(Subcommand)]
pub(crate) enum TeamCommand {
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
pub(crate) enum AuditCommand {
    /// Check each entry's hash, its desk's signature and its place in the chain; says where a
    /// chain breaks (exit status 1).
    Verify,
    /// Write the whole trail, one line per field changed, to a .xlsx or .csv file.
    Export {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

pub(crate) fn print_team(store: &Store) -> Result<(), Error> {
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

pub(crate) fn team(data_dir: Option<PathBuf>, command: TeamCommand) -> Result<(), Error> {
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
pub(crate) fn sync(data_dir: Option<PathBuf>) -> Result<(), Error> {
    let dir = crate::data_dir(data_dir.clone())?;
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

pub(crate) fn conflicts(data_dir: Option<PathBuf>, command: ConflictsCommand) -> Result<(), Error> {
    match command {
        ConflictsCommand::Declare { reviewer, application, reason } => declare_conflict(data_dir, reviewer, application, Some(&reason))?,
        ConflictsCommand::Withdraw { reviewer, application } => declare_conflict(data_dir, reviewer, application, None)?,
        ConflictsCommand::List => {
            let store = open(data_dir)?;
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
        ConflictsCommand::Resolve { subject, keep, as_it_stands, note } => {
            let mut store = open(data_dir)?;
            let keep = match (&keep, as_it_stands) {
                (Some(k), _) => {
                    let (desk, seq) = k.split_once(':').and_then(|(d, s)| s.parse::<i64>().ok().map(|s| (d, s))).ok_or_else(|| Error::new(ErrorCode::BadRequest, said!("said-shell-cli-version-bad", text = k)))?;
                    Some((desk.to_string(), seq))
                }
                (None, true) => None,
                (None, false) => return Err(Error::new(ErrorCode::BadRequest, said!("said-shell-cli-keep-which"))),
            };
            store.resolve_clash(&subject, keep.as_ref().map(|(d, s)| (d.as_str(), *s)), &note)?;
            println!("{subject} decided; the decision goes to the team at the next sync");
        }
    }
    Ok(())
}

pub(crate) fn audit(data_dir: Option<PathBuf>, command: AuditCommand) -> Result<(), Error> {
    match command {
        AuditCommand::Verify => {
            let store = open(data_dir)?;
            let report = store.audit_verify()?;
            for desk in &report.desks {
                match &desk.problem {
                    None => println!("desk {} ({}): {} entries, chain and signatures intact", desk.desk_id, desk.person, desk.entries),
                    Some(p) => println!("desk {} ({}): {} entries, BROKEN: {p}", desk.desk_id, desk.person, desk.entries),
                }
            }
            if !report.ok {
                return Err(Error::new(ErrorCode::Damaged, said!("said-shell-cli-audit-broken")));
            }
        }
        AuditCommand::Export { out } => {
            let store = open(data_dir)?;
            let e = store.audit_export_to(&out)?;
            println!("wrote {} ({} entries, {} lines)", e.path, e.entries, e.lines);
        }
    }
    Ok(())
}

pub(crate) fn history(data_dir: Option<PathBuf>, kind: String, id: i64) -> Result<(), Error> {
    let kind = RecordKind::parse(&kind)
        .ok_or_else(|| Error::new(ErrorCode::BadRequest, said!("said-shell-cli-history-kind-unknown", kind = &kind)))?;
    let store = open(data_dir)?;
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
    Ok(())
}
