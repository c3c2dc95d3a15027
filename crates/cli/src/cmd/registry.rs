//! The member hubs, the demo network and the network's settings.

use super::prelude::*;

#[derive(Subcommand)]
pub(crate) enum HubsCommand {
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
pub(crate) enum DemoCommand {
    /// Load the demo network (idempotent).
    Load,
}

pub(crate) fn hubs(data_dir: Option<PathBuf>, command: HubsCommand) -> Result<(), Error> {
    match command {
        HubsCommand::Set { hub, name, website, notes, contact_name, contact_email, expect_version } => {
            let mut store = open(data_dir)?;
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
        HubsCommand::Import { file, dry_run } => {
            let bytes = read_import_file(&file)?;
            let mut store = open(data_dir)?;
            let preview = store.preview_hub_import(&bytes)?;
            if preview.error_count > 0 {
                for e in &preview.errors {
                    let col = if e.column.is_empty() { "(row)" } else { &e.column };
                    eprintln!("row {}, {col}: {}", e.row, e.message);
                }
                if preview.error_count as usize > preview.errors.len() {
                    eprintln!("... and {} more", preview.error_count as usize - preview.errors.len());
                }
                return Err(Error::new(ErrorCode::Csv, said!("said-shell-cli-import-problems", count = preview.error_count, path = file.display().to_string())));
            }
            if dry_run {
                println!("{} rows: {} new, {} updated, {} unchanged (dry run: nothing written)", preview.rows, preview.creates, preview.updates, preview.unchanged);
            } else {
                let s = store.import_hubs(&bytes, Some(&preview.sha256))?;
                println!("{} rows imported: {} new, {} updated, {} unchanged", s.rows, s.created, s.updated, s.unchanged);
            }
        }
        HubsCommand::Export { file } => {
            let store = open(data_dir)?;
            let n = store.export_hubs_to(&file)?;
            println!("{n} hubs written to {}", file.display());
        }
        HubsCommand::List { json, search, country, all } => {
            let store = open(data_dir)?;
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
    }
    Ok(())
}

pub(crate) fn demo(data_dir: Option<PathBuf>, command: DemoCommand) -> Result<(), Error> {
    match command {
        DemoCommand::Load => {
            let mut store = open(data_dir)?;
            let s = store.load_demo()?;
            println!(
                "demo network loaded: {} created, {} updated, {} unchanged; {} cycle(s) created",
                s.hubs.created, s.hubs.updated, s.hubs.unchanged, s.cycles_created
            );
        }
    }
    Ok(())
}

pub(crate) fn settings(data_dir: Option<PathBuf>, network_name: Option<String>, address: Option<String>, signatory_name: Option<String>, signatory_title: Option<String>, language: Option<String>, place: Option<String>) -> Result<(), Error> {
    let mut store = open(data_dir)?;
    let now = store.settings()?;
    let mut input = mobility_desk_core::registry::settings::SettingsInput {
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
    Ok(())
}
