//! The core's integration tests, in one test binary (one link, one process; ripgrep's single
//! `tests/` binary is the model): one module per part of the core, and `common` for what they
//! share. Run one part with `cargo test -p mobility-desk-core --test it team::`.

mod common;

mod applications;
mod csv_fuzz;
mod erasure;
mod cycle_report;
mod cycles;
mod finance;
mod grant_engine;
mod grants;
mod layers;
mod letters;
mod outbox;
mod pairing_engine;
mod pairs;
mod payments;
mod phases;
mod placement;
mod privacy;
mod reviewers;
mod selection;
mod sepa;
mod store;
mod stories;
mod team;
mod votes;
