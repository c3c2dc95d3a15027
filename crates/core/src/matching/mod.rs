//! Pairing visiting and hosting hubs: the matching engine, the pairs kept, and placement.

pub mod engine;
pub mod pairs;
pub mod placement;
