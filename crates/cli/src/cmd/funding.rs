//! Grants, their rules, payments and the finance export.

use super::prelude::*;

#[derive(Subcommand)]
pub(crate) enum GrantsCommand {
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
pub(crate) enum RulesCommand {
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
pub(crate) enum PaymentsCommand {
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
    /// Write a SEPA credit-transfer file of the cycle's due and overdue instalments (or of
    /// those named) for the network's bank; payees without usable bank details are listed and
    /// left out. The file is kept as a batch until it is marked paid or discarded.
    Sepa {
        #[arg(long)]
        cycle: i64,
        #[arg(long, value_name = "FILE", required_unless_present = "dry_run")]
        out: Option<PathBuf>,
        /// The day the bank is to pay, YYYY-MM-DD (default: today).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// Only this instalment (repeat for several), due or paid ahead.
        #[arg(long = "payment", value_name = "PAYMENT_ID")]
        payments: Vec<i64>,
        /// pain.001.001.09, or pain.001.001.03 for banks that still ask for it.
        #[arg(long, default_value = "pain.001.001.09")]
        format: String,
        /// Say what the file would carry, and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// The bank transfer files written for a cycle.
    Batches {
        #[arg(long)]
        cycle: i64,
    },
    /// The bank paid a file: every instalment in it is marked paid, with the file's reference.
    BatchPaid {
        batch: i64,
        /// The day the bank paid, YYYY-MM-DD (default: today).
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
    },
    /// A file that was never sent: its instalments may go into another.
    BatchDiscard { batch: i64 },
    /// The network's own bank account, which the files pay from: shown (masked), or set.
    Debtor {
        /// The account holder's name, as the bank knows it.
        #[arg(long, requires = "iban")]
        holder: Option<String>,
        #[arg(long, requires = "holder")]
        iban: Option<String>,
        #[arg(long, default_value = "")]
        bic: String,
    },
}

#[derive(Subcommand)]
pub(crate) enum ExportCommand {
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

/// A grant with its lines, as `grants list --json` prints it.
#[derive(serde::Serialize)]
pub(crate) struct GrantWithLines {
    #[serde(flatten)]
    grant: Grant,
    lines: Vec<GrantLine>,
}

pub(crate) fn state_text(g: &Grant) -> String {
    match g.state {
        _ if !g.blocked.is_empty() => "blocked".to_string(),
        GrantState::Draft => "draft".to_string(),
        GrantState::Awarded => format!("awarded (rev {})", g.revision),
        GrantState::Cancelled => "cancelled".to_string(),
    }
}

pub(crate) fn print_grants(store: &Store, cycle: i64) -> Result<(), Error> {
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

pub(crate) fn print_detail(d: &GrantDetail) {
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
            l.label.text,
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

pub(crate) fn payment_line(p: &Payment) -> String {
    let date = match (&p.paid_on, &p.due_on) {
        (Some(paid), _) => format!("paid {paid}"),
        (None, Some(due)) => format!("due {due}"),
        (None, None) => "waits for the report".to_string(),
    };
    let reference = if p.reference.is_empty() { String::new() } else { format!(" ref {}", p.reference) };
    let note = if p.note.is_empty() { String::new() } else { format!(" ({})", p.note) };
    format!("#{:<5} {:<46} {:>12}  {:<9} {date}{reference}{note}", p.id, p.label.text, format_euros(p.amount_cents), p.status.label())
}

pub(crate) fn print_payments(p: &GrantPayments) {
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

fn print_batch(b: &PaymentBatch) {
    let paid = b.paid_on.as_ref().map(|d| format!(" on {d}")).unwrap_or_default();
    println!("#{:<5} {}  {}  {} transfer(s), {}, to be paid {}  {}{paid}", b.id, b.reference, b.format.as_str(), b.count, format_euros(b.total_cents), b.execution_date, b.state);
}

fn sepa(store: &mut mobility_desk_core::Store, request: SepaRequest, out: Option<PathBuf>, dry_run: bool, actor: &str) -> Result<(), Error> {
    let plan = store.sepa_plan(&request)?;
    for l in &plan.lines {
        let i = &l.instalment;
        println!("#{:<5} {:<40} {:>12}  {} {} {}", i.payment_id, i.applicant, format_euros(i.amount_cents), l.holder, l.iban_masked, l.bic);
    }
    for l in &plan.left_out {
        let i = &l.instalment;
        println!("left out: #{:<5} {:<40} {:>12}  {}", i.payment_id, i.applicant, format_euros(i.amount_cents), l.reason.text);
    }
    println!("{} transfer(s), {}, to be paid {}; {} left out", plan.lines.len(), format_euros(plan.total_cents), plan.execution_date, plan.left_out.len());
    if dry_run {
        return Ok(());
    }
    let Some(out) = out else { return Ok(()) };
    let batch = store.write_sepa(&request, &out, actor)?;
    println!("written to {}:", out.display());
    print_batch(&batch);
    Ok(())
}

pub(crate) fn payments(data_dir: Option<PathBuf>, command: PaymentsCommand) -> Result<(), Error> {
    let mut store = open(data_dir)?;
    let actor = store.actor();
    let p = match command {
        PaymentsCommand::Sepa { cycle, out, date, payments, format, dry_run } => {
            let Some(format) = SepaFormat::parse(&format) else {
                return Err(Error::validation(vec![mobility_desk_core::FieldError::new("format", said!("said-shell-cli-sepa-format", format = format))]));
            };
            let request = SepaRequest { cycle_id: cycle, payment_ids: payments, execution_date: date.unwrap_or_default(), format };
            return sepa(&mut store, request, out, dry_run, &actor);
        }
        PaymentsCommand::Batches { cycle } => {
            store.payment_batches(cycle)?.iter().for_each(print_batch);
            return Ok(());
        }
        PaymentsCommand::BatchPaid { batch, on } => {
            print_batch(&store.mark_batch_paid(batch, on.as_deref(), &actor)?);
            return Ok(());
        }
        PaymentsCommand::Debtor { holder, iban, bic } => {
            let owner = mobility_desk_core::registry::accounts::AccountOwner::NETWORK;
            let account = match (holder, iban) {
                (Some(holder), Some(iban)) => {
                    let input = mobility_desk_core::registry::accounts::AccountInput { holder, iban, bic, expected_version: None };
                    store.save_bank_account(owner, &input)?
                }
                _ => store.bank_account(owner, false)?,
            };
            if account.given {
                println!("{}  {}  {}", account.holder, account.iban_masked, if account.bic.is_empty() { "(no BIC)" } else { &account.bic });
            } else {
                println!("The network's bank account is not given yet.");
            }
            return Ok(());
        }
        PaymentsCommand::BatchDiscard { batch } => {
            print_batch(&store.discard_batch(batch, &actor)?);
            return Ok(());
        }
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

pub(crate) fn grants(data_dir: Option<PathBuf>, command: GrantsCommand) -> Result<(), Error> {
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

pub(crate) fn rules(data_dir: Option<PathBuf>, command: RulesCommand) -> Result<(), Error> {
    let mut store = open(data_dir)?;
    match command {
        RulesCommand::Show { cycle, version } => {
            let set = match version {
                None => store.rule_set(cycle)?,
                Some(v) => store.rule_set_version(cycle, Some(v))?.ok_or_else(|| Error::not_found(said!("said-shell-cli-no-rules-version", cycle = cycle, version = v)))?,
            };
            print_json(&set)?;
        }
        RulesCommand::Save { cycle, file, note } => {
            let text = std::fs::read_to_string(&file).map_err(|e| Error::io_said(said!("said-shell-cli-cannot-read", path = file.display().to_string()), e))?;
            let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| Error::new(ErrorCode::BadRequest, said!("said-shell-cli-not-json", path = file.display().to_string(), error = e.to_string())))?;
            let body_value = value.get("body").cloned().unwrap_or(value);
            let body: RuleSetBody = serde_json::from_value(body_value).map_err(|e| Error::new(ErrorCode::BadRequest, said!("said-shell-cli-not-rule-set", path = file.display().to_string(), error = e.to_string())))?;
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

pub(crate) fn export(data_dir: Option<PathBuf>, command: ExportCommand) -> Result<(), Error> {
    match command {
        ExportCommand::Finance { cycles, xlsx, csv, lang } => {
            let store = open(data_dir)?;
            for path in [xlsx, csv].into_iter().flatten() {
                let done = store.export_finance_to(&path, &cycles, lang.as_deref())?;
                println!("{}: {} payment row(s) of {} grant(s) in {} cycle(s) ({})", done.path, done.payments, done.grants, done.cycles, done.language);
            }
        }
    }
    Ok(())
}

/// `report GRANT`: mark a grant's report received (or clear the date).
pub(crate) fn report_received(data_dir: Option<PathBuf>, grant: i64, on: Option<String>, clear: bool) -> Result<(), Error> {
    let mut store = open(data_dir)?;
    let date = if clear { None } else { Some(on.unwrap_or_default()) };
    let p = store.set_report_received(grant, date.as_deref(), &store.actor())?;
    match &p.report_received_on {
        Some(d) => println!("report of grant {grant} received on {d}"),
        None => println!("report of grant {grant} cleared"),
    }
    print_payments(&p);
    Ok(())
}
