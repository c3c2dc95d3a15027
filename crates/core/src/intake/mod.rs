//! Applications coming in: the records, the application forms (imports) and selection.

pub mod applications;
pub mod forms;
pub mod selection;
