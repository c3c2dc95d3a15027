//! Where the data lives.

use std::path::PathBuf;

/// The app identifier; the OS app-data folder of this name holds the data file,
/// the same folder the desktop shell's `app_data_dir()` gives.
pub const APP_IDENTIFIER: &str = "org.mobilitydesk.desk";

/// The environment variable that overrides the data folder (tests set it).
pub const DATA_DIR_ENV: &str = "MOBILITY_DESK_DATA_DIR";

/// The data file's name inside the data folder.
pub const DATABASE_FILE: &str = "mobility-desk.sqlite3";

/// The folder, inside the data folder, of the copies of letters written to be opened in the
/// system's PDF viewer (removed after 30 days; while the file is protected, at the end of each session).
pub const LETTER_COPIES_DIR: &str = "letters";

/// Resolve the data folder: an explicit `--data-dir`, else `MOBILITY_DESK_DATA_DIR`,
/// else the OS app-data folder (`~/.local/share/org.mobilitydesk.desk` on Linux,
/// `~/Library/Application Support/...` on macOS, `%APPDATA%\...` on Windows).
pub fn resolve_data_dir(explicit: Option<PathBuf>) -> Option<PathBuf> {
    if let Some(dir) = explicit {
        return Some(dir);
    }
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    dirs::data_dir().map(|d| d.join(APP_IDENTIFIER))
}
