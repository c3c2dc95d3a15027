//! Money: distances and bands, the cycle's rate rules, grants, payments and finance exports.

pub mod distance;
pub mod finance;
pub mod grants;
pub mod payments;
pub mod rules;
pub mod sepa;
