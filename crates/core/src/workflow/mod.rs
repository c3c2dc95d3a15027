//! The top of the domain: moving a cycle between phases (whose guards ask every layer below),
//! cloning a cycle across its tables, and the hand-over between the vote and selection.

mod clashes;
mod opening;
mod phases;
