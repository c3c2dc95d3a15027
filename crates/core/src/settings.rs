//! The network's own settings: who the app works for, and who signs.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, ErrorCode, FieldError, Result};
use crate::store::Store;

/// Letter languages the app can print.
pub const LETTER_LANGUAGES: &[&str] = &["en", "fr"];

/// The largest logo accepted, in bytes.
pub const MAX_LOGO_BYTES: usize = 2 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NetworkSettings {
    pub network_name: String,
    pub postal_address: String,
    pub signatory_name: String,
    pub signatory_title: String,
    /// `en` or `fr`.
    pub default_language: String,
    /// The logo as a `data:` URL the UI can show, if one is set.
    pub logo_data_url: Option<String>,
}

/// What the Settings form sends; the logo is set separately from a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SettingsInput {
    pub network_name: String,
    pub postal_address: String,
    pub signatory_name: String,
    pub signatory_title: String,
    pub default_language: String,
}

impl SettingsInput {
    /// Trim the text and check every field, naming each problem at its field.
    pub fn validate(mut self) -> Result<SettingsInput> {
        let mut errors = Vec::new();
        self.network_name = clean_line(&self.network_name);
        self.signatory_name = clean_line(&self.signatory_name);
        self.signatory_title = clean_line(&self.signatory_title);
        self.postal_address = self.postal_address.replace("\r\n", "\n").trim().to_string();
        self.default_language = self.default_language.trim().to_lowercase();
        if self.network_name.is_empty() {
            errors.push(FieldError::new("network_name", "Enter the network's name."));
        } else if self.network_name.chars().count() > 200 {
            errors.push(FieldError::new("network_name", "The name is too long (at most 200 characters)."));
        }
        if self.postal_address.chars().count() > 500 {
            errors.push(FieldError::new("postal_address", "The address is too long (at most 500 characters)."));
        }
        if self.postal_address.lines().count() > 8 {
            errors.push(FieldError::new("postal_address", "The address has more than 8 lines."));
        }
        if self.signatory_name.chars().count() > 120 {
            errors.push(FieldError::new("signatory_name", "The name is too long (at most 120 characters)."));
        }
        if self.signatory_title.chars().count() > 120 {
            errors.push(FieldError::new("signatory_title", "The title is too long (at most 120 characters)."));
        }
        if !LETTER_LANGUAGES.contains(&self.default_language.as_str()) {
            errors.push(FieldError::new("default_language", "Choose English (en) or French (fr)."));
        }
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(Error::validation(errors))
        }
    }
}

fn clean_line(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect::<String>().trim().to_string()
}

/// Recognise a PNG or JPEG logo by its first bytes; anything else is refused.
pub fn logo_mime(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else {
        None
    }
}

impl Store {
    pub fn settings(&self) -> Result<NetworkSettings> {
        let row = self
            .conn()
            .query_row(
                "SELECT network_name, postal_address, signatory_name, signatory_title, default_language, logo, logo_mime FROM settings WHERE id = 1",
                [],
                |r| {
                    let logo: Option<Vec<u8>> = r.get(5)?;
                    let mime: Option<String> = r.get(6)?;
                    Ok(NetworkSettings {
                        network_name: r.get(0)?,
                        postal_address: r.get(1)?,
                        signatory_name: r.get(2)?,
                        signatory_title: r.get(3)?,
                        default_language: r.get(4)?,
                        logo_data_url: logo.zip(mime).map(|(bytes, mime)| data_url(&mime, &bytes)),
                    })
                },
            )
            .optional()?;
        row.ok_or_else(|| Error::new(ErrorCode::Internal, "The settings row is missing."))
    }

    pub fn save_settings(&mut self, input: SettingsInput) -> Result<NetworkSettings> {
        let input = input.validate()?;
        self.conn().execute(
            "UPDATE settings SET network_name = ?1, postal_address = ?2, signatory_name = ?3, signatory_title = ?4,
                default_language = ?5, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = 1",
            params![input.network_name, input.postal_address, input.signatory_name, input.signatory_title, input.default_language],
        )?;
        self.settings()
    }

    /// Store a copy of the logo file's bytes, so the letters keep it if the file moves.
    pub fn set_logo_from_file(&mut self, path: &std::path::Path) -> Result<NetworkSettings> {
        let meta = std::fs::metadata(path).map_err(|e| Error::io(&format!("Could not read {}", path.display()), e))?;
        if meta.len() as usize > MAX_LOGO_BYTES {
            return Err(Error::validation(vec![FieldError::new(
                "logo",
                format!("The logo is {} KB; the limit is {} KB. Use a smaller PNG or JPEG.", meta.len() / 1024, MAX_LOGO_BYTES / 1024),
            )]));
        }
        let bytes = std::fs::read(path).map_err(|e| Error::io(&format!("Could not read {}", path.display()), e))?;
        self.set_logo(&bytes)
    }

    pub fn set_logo(&mut self, bytes: &[u8]) -> Result<NetworkSettings> {
        let Some(mime) = logo_mime(bytes) else {
            return Err(Error::validation(vec![FieldError::new("logo", "The logo must be a PNG or JPEG image.")]));
        };
        if bytes.len() > MAX_LOGO_BYTES {
            return Err(Error::validation(vec![FieldError::new("logo", "The logo is larger than 2 MB.")]));
        }
        self.conn().execute("UPDATE settings SET logo = ?1, logo_mime = ?2 WHERE id = 1", params![bytes, mime])?;
        self.settings()
    }

    pub fn clear_logo(&mut self) -> Result<NetworkSettings> {
        self.conn().execute("UPDATE settings SET logo = NULL, logo_mime = NULL WHERE id = 1", [])?;
        self.settings()
    }
}

pub(crate) fn data_url(mime: &str, bytes: &[u8]) -> String {
    use base64::Engine as _;
    format!("data:{mime};base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes))
}
