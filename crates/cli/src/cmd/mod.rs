//! The commands of `mobility-desk-cli`, one module per part of the app (its clap types, what
//! each command does and how it prints); `main.rs` parses the line and dispatches.

pub(crate) mod data;
pub(crate) mod team;
pub(crate) mod registry;
pub(crate) mod cycles;
pub(crate) mod intake;
pub(crate) mod reviewers;
pub(crate) mod funding;
pub(crate) mod matching;
pub(crate) mod documents;
pub(crate) mod votes;
pub(crate) mod outbox;
pub(crate) mod privacy;

/// What every command module uses: the core's types, the root's helpers (`open`, `data_dir`,
/// `print_json`…) and each other's printers. Each module takes what it needs of it, so an
/// import here is not used by every one.
mod prelude {
    #![allow(unused_imports)]
    pub(crate) use std::path::PathBuf;
    pub(crate) use clap::Subcommand;
    pub(crate) use mobility_desk_core::intake::applications::Status;
    pub(crate) use mobility_desk_core::registry::hubs_csv::read_import_file;
    pub(crate) use mobility_desk_core::intake::selection::{centi_text, Ranking, ScoreBasis, SelectionMethod};
    pub(crate) use mobility_desk_core::team::{Person, RecordKind};
    pub(crate) use mobility_desk_core::cycle::cycles::{Cycle, CycleQuery, Phase};
    pub(crate) use mobility_desk_core::registry::hubs::{ArchiveFilter, HubInput, HubQuery};
    pub(crate) use mobility_desk_core::intake::forms::DateOrder;
    pub(crate) use mobility_desk_core::funding::grants::{Grant, GrantDetail, GrantLine, GrantState};
    pub(crate) use mobility_desk_core::platform::money::{format_euros, parse_euros};
    pub(crate) use mobility_desk_core::matching::pairs::{ConstraintKind, PairSource, PairingPlan};
    pub(crate) use mobility_desk_core::funding::payments::{GrantPayments, Payment, PaymentInput};
    pub(crate) use mobility_desk_core::funding::sepa::{PaymentBatch, SepaFormat, SepaRequest};
    pub(crate) use mobility_desk_core::matching::placement::{AllianceCheck, PlacementPlan};
    pub(crate) use mobility_desk_core::cycle::programmes::Shape;
    pub(crate) use mobility_desk_core::funding::rules::{RuleSetBody, RuleSetInput};
    pub(crate) use mobility_desk_core::platform::protection::{self, Passphrase, ProtectionRequest};
    pub(crate) use mobility_desk_core::platform::{backups, paths};
    pub(crate) use mobility_desk_core::{said, Error, ErrorCode, Store};
    pub(crate) use crate::{data_dir, locked_hint, open, print_json};
    pub(crate) use super::{data::*, team::*, registry::*, cycles::*, intake::*, reviewers::*, funding::*, matching::*, documents::*, votes::*};
}
