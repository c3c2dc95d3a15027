//! The network's own records: member hubs (and their CSV), their bank details, and the
//! network's settings.

pub mod accounts;
pub mod hubs;
pub mod hubs_csv;
pub mod settings;
