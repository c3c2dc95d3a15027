//! End-to-end tests: the real app window, driven through WebDriver (tauri-driver +
//! WebKitWebDriver) under Xvfb, clicking through what a secretariat member does.
//!
//! Run by `cargo xtask test` (feature `e2e`). Each test gets its own data folder, its own
//! XDG folders and its own tauri-driver, so runs are hermetic.

mod harness;

mod common;
mod hubs;
mod keyboard;
mod layout;
mod robustness;
mod screenshots;
mod cycles;
mod french;
mod funding;
mod matching;
mod outbox;
mod outputs;
mod paying;
mod privacy;
mod team;
mod timing;
