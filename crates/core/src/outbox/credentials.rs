//! The mail server's password, kept in the operating system's keychain (macOS Keychain,
//! Windows Credential Manager, the Secret Service of GNOME or KDE on Linux) under the server and
//! user names, and never in the data file, its backups or the team's shared folder.

use std::collections::HashMap;
use std::sync::Mutex;

use super::MailServer;
use crate::platform::error::{Error, ErrorCode, Result};

const SERVICE: &str = "Mobility Desk mail server";

/// A keychain kept in memory instead of the system's, for tests (set once per process).
static TEST_KEYCHAIN: Mutex<Option<HashMap<String, String>>> = Mutex::new(None);

/// Keep passwords in memory for the rest of the process: for tests on machines without a
/// keychain service.
pub fn use_mock_keychain() {
    let mut keychain = TEST_KEYCHAIN.lock().unwrap_or_else(|e| e.into_inner());
    keychain.get_or_insert_with(HashMap::new);
}

fn unavailable(e: keyring::Error) -> Error {
    Error::new(ErrorCode::Io, crate::said!("said-outbox-keychain-unavailable", error = e.to_string()))
}

fn entry(server: &MailServer) -> Result<keyring::Entry> {
    keyring::Entry::new(SERVICE, &server.keychain_account()).map_err(unavailable)
}

/// The saved password of the server's user, if any.
pub fn mail_password(server: &MailServer) -> Result<Option<String>> {
    if server.username.is_empty() {
        return Ok(None);
    }
    if let Some(keychain) = TEST_KEYCHAIN.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
        return Ok(keychain.get(&server.keychain_account()).cloned());
    }
    match entry(server)?.get_password() {
        Ok(password) => Ok(Some(password)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(unavailable(e)),
    }
}

/// Keep the server user's password in the keychain.
pub fn set_mail_password(server: &MailServer, password: &str) -> Result<()> {
    if server.username.is_empty() {
        return Err(Error::validation(vec![crate::platform::error::FieldError::new("username", crate::said!("said-outbox-password-username-missing"))]));
    }
    if let Some(keychain) = TEST_KEYCHAIN.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
        keychain.insert(server.keychain_account(), password.to_string());
        return Ok(());
    }
    entry(server)?.set_password(password).map_err(unavailable)
}

/// Remove the server user's password from the keychain.
pub fn forget_mail_password(server: &MailServer) -> Result<()> {
    if let Some(keychain) = TEST_KEYCHAIN.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
        keychain.remove(&server.keychain_account());
        return Ok(());
    }
    match entry(server)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(unavailable(e)),
    }
}
