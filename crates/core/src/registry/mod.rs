//! The network's own records: member hubs (and their CSV), and the network's settings.

pub mod hubs;
pub mod hubs_csv;
pub mod settings;
