//! Integration tests of the desktop shell, without a display: the real commands on Tauri's
//! mock runtime, the generated TypeScript, and the tree's own rules. One binary, as ripgrep does it.

mod bindings;
mod commands_gen;
mod ipc;
mod messages;
mod tree;
