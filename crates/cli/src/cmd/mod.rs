//! The commands of `mobility-desk-cli`, one module per part of the app (its clap types, what
//! each command does and how it prints); `main.rs` parses the line and dispatches.

pub(crate) mod data;
pub(crate) mod team;
pub(crate) mod registry;
pub(crate) mod cycles;
pub(crate) mod intake;
pub(crate) mod funding;
pub(crate) mod matching;
pub(crate) mod documents;
pub(crate) mod votes;

/// What every command module uses: the core's types, the root's helpers (`open`, `data_dir`,
/// `print_json`…) and each other's printers. Each module takes what it needs of it, so an
/// import here is not used by every one.
mod prelude {
    #![allow(unused_imports)]
    pub(crate) use std::path::PathBuf;
    pub(crate) use clap::Subcommand;
    pub(crate) use mobility_desk_core::applications::Status;
    pub(crate) use mobility_desk_core::csv_io::read_import_file;
    pub(crate) use mobility_desk_core::selection::{centi_text, Ranking};
    pub(crate) use mobility_desk_core::team::{Person, RecordKind};
    pub(crate) use mobility_desk_core::cycles::{Cycle, CycleQuery, Phase};
    pub(crate) use mobility_desk_core::hubs::{ArchiveFilter, HubInput, HubQuery};
    pub(crate) use mobility_desk_core::intake::DateOrder;
    pub(crate) use mobility_desk_core::grants::{Grant, GrantDetail, GrantLine, GrantState};
    pub(crate) use mobility_desk_core::money::{format_euros, parse_euros};
    pub(crate) use mobility_desk_core::pairs::{ConstraintKind, PairSource, PairingPlan};
    pub(crate) use mobility_desk_core::payments::{GrantPayments, Payment, PaymentInput};
    pub(crate) use mobility_desk_core::placement::{AllianceCheck, PlacementPlan};
    pub(crate) use mobility_desk_core::programmes::Shape;
    pub(crate) use mobility_desk_core::rules::{RuleSetBody, RuleSetInput};
    pub(crate) use mobility_desk_core::protection::{self, Passphrase, ProtectionRequest};
    pub(crate) use mobility_desk_core::{backups, paths, Error, ErrorCode, Store};
    pub(crate) use crate::{data_dir, locked_hint, open, print_json};
    pub(crate) use super::{data::*, team::*, registry::*, cycles::*, intake::*, funding::*, matching::*, documents::*, votes::*};
}
