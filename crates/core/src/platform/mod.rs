//! The lowest layer: the data file and what every part needs (errors, paths, money, text folding,
//! countries and towns, bank accounts' numbers, dates, the assignment algorithm, files written safely, backups, passphrases, record versions).
//! It uses nothing above it; the team log (`crate::team`) shares this layer.

pub mod assignment;
pub mod backups;
pub mod bank;
pub mod countries;
pub mod crash;
pub mod csv_safe;
pub mod dates;
pub mod error;
pub mod files;
pub mod fold;
pub mod gazetteer;
pub mod money;
pub(crate) mod packed;
pub mod paths;
pub mod protection;
pub mod said;
pub mod store;
pub mod versions;
