//! Mobility Desk's domain and storage.
//!
//! This crate never depends on Tauri: everything here is usable from the desktop
//! shell, the command-line tool and plain `cargo test`. See `ARCHITECTURE.md`.

pub mod applications;
pub mod backups;
pub mod countries;
pub mod csv_io;
pub mod cycle_report;
pub mod cycles;
pub mod demo;
pub mod distance;
pub mod files;
pub mod finance;
pub mod error;
pub mod fold;
pub mod gates;
pub mod gazetteer;
pub mod grants;
pub mod hubs;
pub mod letters;
pub mod intake;
pub mod money;
pub mod pairing;
pub mod pairs;
pub mod paths;
pub mod payments;
pub mod placement;
pub mod programmes;
pub mod protection;
pub mod publication;
pub mod rules;
pub mod selection;
pub mod settings;
pub mod stories;
pub mod store;
pub mod team;
pub mod testing;
pub mod votes;
mod versions;
mod workbook;

pub use error::{Error, ErrorCode, FieldError, Result};
pub use store::Store;
