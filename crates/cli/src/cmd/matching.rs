//! Pairing P2P hubs and placing Alliance visitors.

use super::prelude::*;

#[derive(Subcommand)]
pub(crate) enum PairsCommand {
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

pub(crate) fn print_plan(plan: &PairingPlan) {
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
            println!("      {:<24} {:>3} x {:>2} = {:>4}  {}", c.label.text, c.points, c.weight, c.score, c.reason);
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

pub(crate) fn print_placements(plan: &PlacementPlan) {
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

pub(crate) fn print_alliance(checks: &[AllianceCheck]) {
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

pub(crate) fn pairs(data_dir: Option<PathBuf>, command: PairsCommand) -> Result<(), Error> {
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
                let (name, value) = item.split_once('=').ok_or_else(|| Error::new(ErrorCode::BadRequest, said!("said-shell-cli-weight-not-pair", item = item)))?;
                let bad = || Error::new(ErrorCode::BadRequest, said!("said-shell-cli-weight-value-bad", value = value, name = name));
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
                    _ => return Err(Error::new(ErrorCode::BadRequest, said!("said-shell-cli-weight-unknown", name = name))),
                }
            }
            store.save_pairing_weights(cycle, &w)?
        }
    };
    print_plan(&plan);
    Ok(())
}

pub(crate) fn pair(data_dir: Option<PathBuf>, cycle: i64, json: bool) -> Result<(), Error> {
    let store = open(data_dir)?;
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
    Ok(())
}
