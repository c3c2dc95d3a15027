//! One error type for the whole core, serialised to the UI as `{code, message, fields}`.

use serde::Serialize;
use ts_rs::TS;

use crate::platform::said::{Said, Wording};

/// A machine-readable category the UI can branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The input failed validation; `fields` says where.
    Validation,
    /// The thing asked for does not exist.
    NotFound,
    /// The request conflicts with stored data (e.g. a key already in use).
    Conflict,
    /// The action is not allowed in the current state (e.g. a phase guard); the message says
    /// what is missing.
    NotAllowed,
    /// The work belongs to other phases of the cycle than the one it is in; the message names
    /// the phase and the move to make.
    WrongPhase,
    /// The cycle's grants or letters rest on what was to change: it changes only by an
    /// amendment with a reason (the message says why it is frozen).
    NeedsAmendment,
    /// Awarding would take the grants past the cycle's envelope; the message gives the figures.
    /// Asking again with the confirmation awards anyway.
    OverBudget,
    /// A CSV file could not be read or has bad rows.
    Csv,
    /// The data file is not an SQLite database of this app.
    NotADatabase,
    /// The data file was written by a newer version of the app.
    NewerSchema,
    /// The data file is damaged; the message names it and the newest backup.
    Damaged,
    /// The data file is open read-only: nothing can be saved.
    ReadOnly,
    /// The data file is protected by a passphrase that was not given, or does not open it.
    Locked,
    /// A file could not be read or written.
    Io,
    /// The database reported an error.
    Database,
    /// The request itself was malformed (wrong shape of payload).
    BadRequest,
    /// The user cancelled (e.g. closed a file dialog).
    Cancelled,
    /// Anything else; a bug if it happens.
    Internal,
}

/// A message attached to one field of a form, or one cell of an imported file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FieldError {
    pub field: String,
    /// In English; `said`, when there, is the same in the files' words for any language.
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub said: Option<Said>,
}

/// The error every core function returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    pub code: ErrorCode,
    /// In English; `said`, when there, is the same as a message of the files, which the
    /// window and the command line put in their reader's language.
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub said: Option<Said>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(as = "Option<Vec<FieldError>>", optional)]
    pub fields: Vec<FieldError>,
    /// A save refused because the record changed since it was read (`conflict`): the record's
    /// version now. Saving again with this version overwrites the change on purpose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(type = "number", optional)]
    pub version_now: Option<i64>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(code: ErrorCode, message: impl Wording) -> Self {
        let (message, said) = message.wording();
        Error { code, message, said, fields: Vec::new(), version_now: None }
    }
    pub fn validation(fields: Vec<FieldError>) -> Self {
        let (message, said) = match fields.as_slice() {
            [one] => (one.message.clone(), one.said.clone()),
            many => crate::said!("said-fields-need-attention", count = many.len(), fields = many.iter().map(|f| f.field.as_str()).collect::<Vec<_>>().join(", ")).wording(),
        };
        Error { code: ErrorCode::Validation, message, said, fields, version_now: None }
    }
    /// A conflict with stored data, named at `field` (e.g. a key already in use).
    pub fn conflict_at(field: &str, message: impl Wording) -> Self {
        let (message, said) = message.wording();
        let at = FieldError { field: field.to_string(), message: message.clone(), said: said.clone() };
        Error { code: ErrorCode::Conflict, fields: vec![at], message, said, version_now: None }
    }
    pub fn not_found(what: impl Wording) -> Self {
        Error::new(ErrorCode::NotFound, what)
    }
    pub fn io(context: &str, err: std::io::Error) -> Self {
        Error::new(ErrorCode::Io, format!("{context}: {err}"))
    }
    /// [`Error::io`] with a message of the files: the system's words go in as its argument
    /// `error` (the message writes e.g. "Could not read { $path }: { $error }").
    pub fn io_said(message: Said, err: std::io::Error) -> Self {
        Error::new(ErrorCode::Io, message.with("error", err.to_string()))
    }
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Wording) -> Self {
        let (message, said) = message.wording();
        FieldError { field: field.into(), message, said }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        if let rusqlite::Error::SqliteFailure(e, _) = &err {
            if e.code == rusqlite::ErrorCode::NotADatabase {
                return Error::new(ErrorCode::NotADatabase, crate::said!("said-platform-not-a-database"));
            }
            if e.code == rusqlite::ErrorCode::DatabaseCorrupt {
                return Error::new(ErrorCode::Damaged, crate::said!("said-platform-damaged-page"));
            }
            if e.code == rusqlite::ErrorCode::ReadOnly {
                return Error::new(ErrorCode::ReadOnly, crate::said!("said-platform-read-only"));
            }
            if e.code == rusqlite::ErrorCode::DatabaseBusy || e.code == rusqlite::ErrorCode::DatabaseLocked {
                return Error::new(ErrorCode::Database, crate::said!("said-platform-busy", seconds = crate::platform::store::WAIT_LIMIT.as_secs()));
            }
        }
        // The SQL of a failing statement is for developers, not for the message.
        if let rusqlite::Error::SqlInputError { msg, .. } = &err {
            return Error::new(ErrorCode::Database, crate::said!("said-platform-database-error", error = msg));
        }
        Error::new(ErrorCode::Database, crate::said!("said-platform-database-error", error = err.to_string()))
    }
}

impl From<rusqlite_migration::Error> for Error {
    fn from(err: rusqlite_migration::Error) -> Self {
        match err {
            rusqlite_migration::Error::RusqliteError { err, .. } => err.into(),
            other => Error::new(ErrorCode::Database, crate::said!("said-platform-upgrade-failed", error = other.to_string())),
        }
    }
}
