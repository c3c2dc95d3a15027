//! Integration tests of the desktop shell, without a display: the real commands on Tauri's
//! mock runtime, and the TypeScript bindings. One binary, as ripgrep does it.

mod bindings;
mod commands_gen;
mod ipc;
