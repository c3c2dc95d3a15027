//! Command arguments whose deserialisation errors come back as `{code, message}` like every
//! other error, instead of Tauri's plain string.

use mobility_desk_core::{said, Error, ErrorCode};
use serde::de::DeserializeOwned;
use tauri::ipc::{CommandArg, CommandItem, InvokeError};
use tauri::Runtime;

/// A typed command argument. A malformed payload is answered with
/// `{"code": "bad_request", "message": "..."}`.
pub struct Payload<T>(pub T);

impl<'de, R: Runtime, T: DeserializeOwned> CommandArg<'de, R> for Payload<T> {
    fn from_command(command: CommandItem<'de, R>) -> Result<Self, InvokeError> {
        let name = command.name;
        let key = command.key;
        T::deserialize(command).map(Payload).map_err(|e| {
            let err = Error::new(ErrorCode::BadRequest, said!("said-shell-request-malformed", command = name, argument = key, error = e.to_string()));
            InvokeError::from(serde_json::to_value(err).unwrap_or_default())
        })
    }
}
