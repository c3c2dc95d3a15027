//! Mobility Desk's domain and storage.
//!
//! This crate never depends on Tauri: everything here is usable from the desktop
//! shell, the command-line tool and plain `cargo test`. See `ARCHITECTURE.md`.

// The layers, lowest first. A module may use its own layer and those below it only
// (checked by the `layers` test in tests/it/layers.rs; see ARCHITECTURE.md).
pub mod platform;
pub mod privacy;
pub mod team;
pub mod documents;
pub mod registry;
pub mod cycle;
pub mod intake;
pub mod funding;
pub mod matching;
pub mod letters;
pub mod stories;
pub mod votes;
pub mod cycle_report;
pub mod outbox;
pub mod workflow;
pub mod demo;
pub mod testing;

pub use platform::error::{Error, ErrorCode, FieldError, Result};
pub use platform::store::Store;
