//! Applications and the selection.

use super::prelude::*;
use mobility_desk_core::intake::selection::{CriterionInput, SelectionRules, SelectionSettingsInput};

#[derive(Subcommand)]
pub(crate) enum ApplicationsCommand {
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

pub(crate) fn print_ranking(r: &Ranking) {
    if r.rules.method == SelectionMethod::Ranking {
        let basis = match r.rules.score_basis {
            ScoreBasis::Mean => "the mean score (normalised alongside)",
            ScoreBasis::Normalised => "the normalised score (the mean alongside)",
        };
        println!("ranked by {basis}");
    }
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
            let normalised = e.normalised_centi.map_or_else(|| "-".to_string(), centi_text);
            let why = if a.eligibility.eligible { String::new() } else { format!("  {}", a.eligibility.reasons.join(" ")) };
            println!("  {rank:>3}  #{:<4} {:<36} {:<3} {score:>6} {normalised:>6}  {status}{why}", a.id, a.hub_name, a.hub_country);
        }
    }
    let mix = &r.spread;
    let countries: Vec<String> = mix.countries.iter().map(|c| format!("{} {}", c.country, c.count)).collect();
    println!("{}: {} emerging, {} established; {}", if mix.provisional { "top of the ranking" } else { "selection" }, mix.emerging, mix.established, countries.join(", "));
}

pub(crate) fn applications(data_dir: Option<PathBuf>, command: ApplicationsCommand) -> Result<(), Error> {
    match command {
        ApplicationsCommand::Import { cycle, file, map, date_order, dry_run } => {
            let date_order = match date_order.as_deref() {
                None => None,
                Some(text) => Some(DateOrder::parse(text).ok_or_else(|| Error::new(ErrorCode::BadRequest, said!("said-shell-cli-date-order-unknown", text = text)))?),
            };
            let bytes = read_import_file(&file)?;
            let mut store = open(data_dir)?;
            let mapping = if map.is_empty() {
                None
            } else {
                // Start from what would be used anyway and override the fields given.
                let mut m = store.preview_application_import(cycle, &bytes, None, date_order)?.mapping;
                for pair in &map {
                    let (field, column) = pair.split_once('=').ok_or_else(|| Error::new(ErrorCode::BadRequest, said!("said-shell-cli-map-bad", pair = pair)))?;
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
                return Err(Error::new(ErrorCode::Csv, said!("said-shell-cli-required-unmapped", fields = preview.unmapped_required.join(", "))));
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
                return Err(Error::new(ErrorCode::Csv, said!("said-shell-cli-import-problems", count = preview.error_count, path = file.display().to_string())));
            }
            if dry_run {
                println!("{} rows: {} new, {} updated, {} unchanged (dry run: nothing written)", preview.rows, preview.creates, preview.updates, preview.unchanged);
            } else {
                let s = store.import_applications(cycle, &bytes, Some(&preview.mapping), preview.date_order, Some(&preview.sha256))?;
                println!("{} rows imported: {} new, {} updated, {} unchanged; mapping saved with the cycle", s.rows, s.created, s.updated, s.unchanged);
            }
        }
        ApplicationsCommand::Withdraw { id } => {
            let mut store = open(data_dir)?;
            let w = store.withdraw(id, &store.actor())?;
            println!("#{} {} withdrew", w.withdrawn.id, w.withdrawn.hub_name);
            if let Some(p) = &w.promoted {
                println!("#{} {} is offered the place from the waiting list", p.id, p.hub_name);
            }
            if let Some(note) = &w.note {
                println!("{note}");
            }
        }
        ApplicationsCommand::List { cycle, json } => {
            let store = open(data_dir)?;
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
                let live: Vec<_> = list.iter().filter(|a| a.status != mobility_desk_core::intake::applications::Status::Withdrawn).collect();
                println!("{} application(s), {} eligible", live.len(), live.iter().filter(|a| a.eligibility.eligible).count());
            }
        }
    }
    Ok(())
}

pub(crate) fn select(data_dir: Option<PathBuf>, cycle: i64, dry_run: bool, json: bool, score: Option<String>) -> Result<(), Error> {
    let mut store = open(data_dir)?;
    if let Some(score) = score {
        let basis = match score.as_str() {
            "mean" => ScoreBasis::Mean,
            "normalised" | "normalized" => ScoreBasis::Normalised,
            other => return Err(Error::new(ErrorCode::BadRequest, said!("said-shell-cli-score-basis-unknown", text = other))),
        };
        let settings = store.selection_settings(cycle)?;
        let criteria = settings.criteria.iter().map(|c| CriterionInput { id: Some(c.id), label: c.label.clone(), weight: c.weight, max_score: c.max_score, by_staff: c.by_staff }).collect();
        let rules = SelectionRules { score_basis: basis, ..settings.rules };
        store.save_selection_settings(cycle, &SelectionSettingsInput { criteria, rules })?;
    }
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
    Ok(())
}
