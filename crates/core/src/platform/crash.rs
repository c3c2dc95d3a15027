//! When the program stops on an error of its own (a panic: a bug, never bad input, which is
//! answered with a typed error), the shipped build ends at once (`panic = "abort"`, which keeps
//! the program 2 MB smaller). Before it ends, the shell's panic hook writes what happened to
//! `crash.txt` in the data folder; the next start shows it once, until the person has read it.
//! Nothing saved is lost: every change is one SQLite transaction, which either happened whole
//! or is rolled back when the file is next opened.

use std::path::Path;

use serde::Serialize;
use time::OffsetDateTime;
use ts_rs::TS;

/// The note of the last stop, in the data folder, until it is read.
pub const CRASH_FILE: &str = "crash.txt";
/// The note once read: kept for whoever helps, replaced by the next one.
pub const READ_CRASH_FILE: &str = "crash-read.txt";

/// What the window shows about the last time the program stopped on an error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CrashNote {
    /// When, as UTC RFC 3339 ("2026-12-06T14:55:02Z").
    pub at: String,
    /// The version that stopped.
    pub version: String,
    /// The error's own words and where in the code it arose (for whoever fixes it; English).
    pub what: String,
}

/// Write the note of a stop now (called by the panic hook; errors are ignored there, the
/// program is ending). Plain file calls only, written then renamed into place: nothing here
/// may need what was being made when the panic struck (the message files, the store).
pub fn record(data_dir: &Path, at: OffsetDateTime, version: &str, what: &str) -> std::io::Result<()> {
    let at = at.replace_nanosecond(0).unwrap_or(at).format(&time::format_description::well_known::Rfc3339).unwrap_or_default();
    // One line of what happened: the note is read line by line.
    let what = what.replace(['\r', '\n'], " ");
    let part = data_dir.join(format!("{CRASH_FILE}.part"));
    std::fs::write(&part, format!("at: {at}\nversion: {version}\nwhat: {what}\n"))?;
    std::fs::rename(&part, data_dir.join(CRASH_FILE))
}

/// [`record`] at this moment.
pub fn record_now(data_dir: &Path, version: &str, what: &str) -> std::io::Result<()> {
    record(data_dir, OffsetDateTime::now_utc(), version, what)
}

/// The note of the last stop, when it has not been read.
pub fn last(data_dir: &Path) -> Option<CrashNote> {
    let text = std::fs::read_to_string(data_dir.join(CRASH_FILE)).ok()?;
    let field = |name: &str| text.lines().find_map(|l| l.strip_prefix(name)?.strip_prefix(": ")).unwrap_or("").trim().to_string();
    let note = CrashNote { at: field("at"), version: field("version"), what: field("what") };
    (!note.at.is_empty()).then_some(note)
}

/// The person has read the note: it is kept aside, not shown again.
pub fn mark_read(data_dir: &Path) -> std::io::Result<()> {
    match std::fs::rename(data_dir.join(CRASH_FILE), data_dir.join(READ_CRASH_FILE)) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn a_stop_is_shown_once_then_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(last(dir.path()), None);
        record(dir.path(), datetime!(2026-12-06 14:55:02.123 UTC), "0.1.0", "index out of bounds\nat crates/core/src/x.rs:1:2").unwrap();
        let note = last(dir.path()).unwrap();
        assert_eq!(note, CrashNote { at: "2026-12-06T14:55:02Z".into(), version: "0.1.0".into(), what: "index out of bounds at crates/core/src/x.rs:1:2".into() });
        mark_read(dir.path()).unwrap();
        assert_eq!(last(dir.path()), None);
        assert!(dir.path().join(READ_CRASH_FILE).is_file());
        // Reading it twice is no error.
        mark_read(dir.path()).unwrap();
    }

    #[test]
    fn a_note_that_is_not_ours_is_not_shown() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(CRASH_FILE), "something else\n").unwrap();
        assert_eq!(last(dir.path()), None);
    }
}
