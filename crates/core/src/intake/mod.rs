//! Applications coming in: the records, the application forms (imports), their reviewers and
//! selection.

pub mod applications;
pub mod forms;
pub mod reviewers;
pub mod selection;
