//! Programmes and their cycles: the data, its validation, and which work belongs to which phase.
//! Moving a cycle between phases asks the layers above, so it lives in `crate::workflow`.

pub mod cycles;
pub mod gates;
pub mod programmes;
