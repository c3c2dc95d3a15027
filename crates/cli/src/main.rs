//! `mobility-desk-cli`: the same data folder as the desktop app, from a terminal.
//!
//! Exit status: 0 when done, 2 on bad input (nothing changed; row and column messages on
//! stderr), 1 on any other failure.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use mobility_desk_core::csv_io::read_import_file;
use mobility_desk_core::hubs::{ArchiveFilter, HubQuery};
use mobility_desk_core::{paths, Error, ErrorCode, Store};

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
    /// The demo network of fictional hubs.
    #[command(subcommand)]
    Demo(DemoCommand),
    /// Where the data lives and what it holds.
    Info,
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
}

#[derive(Subcommand)]
enum DemoCommand {
    /// Load the demo network (idempotent).
    Load,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", e.message);
            for f in &e.fields {
                eprintln!("  {}: {}", f.field, f.message);
            }
            match e.code {
                ErrorCode::Validation | ErrorCode::Csv | ErrorCode::BadRequest | ErrorCode::Conflict => ExitCode::from(2),
                _ => ExitCode::from(1),
            }
        }
    }
}

fn open(data_dir: Option<PathBuf>) -> Result<Store, Error> {
    let dir = paths::resolve_data_dir(data_dir)
        .ok_or_else(|| Error::new(ErrorCode::Io, "No data folder: pass --data-dir DIR or set MOBILITY_DESK_DATA_DIR."))?;
    Store::open_dir(&dir)
}

fn run(cli: Cli) -> Result<(), Error> {
    match cli.command {
        Command::Info => {
            let store = open(cli.data_dir)?;
            let path = store.path().map(|p| p.display().to_string()).unwrap_or_default();
            println!("data file: {path}");
            println!("data version: {}", store.schema_version()?);
            println!("hubs: {}", store.hub_count()?);
        }
        Command::Demo(DemoCommand::Load) => {
            let mut store = open(cli.data_dir)?;
            let s = store.load_demo()?;
            println!("demo network loaded: {} created, {} updated, {} unchanged", s.created, s.updated, s.unchanged);
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
    }
    Ok(())
}
