//! The network's own settings: who the app works for, and who signs.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::store::Store;
use crate::said;

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
    /// The place letters are signed at, printed before the date: as typed in Settings, or,
    /// until one is typed, the town read from the postal address.
    pub signing_place: String,
    /// Whether `signing_place` was typed (false: read from the address).
    pub signing_place_typed: bool,
    /// Raised by every change; the form saves with the version it read.
    #[ts(type = "number")]
    pub version: i64,
}

/// What the Settings form sends; the logo is set separately from a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SettingsInput {
    pub network_name: String,
    pub postal_address: String,
    pub signatory_name: String,
    pub signatory_title: String,
    pub default_language: String,
    /// The place of signature as it should print; empty: read it from the postal address.
    #[serde(default)]
    pub signing_place: String,
}

impl SettingsInput {
    /// Trim the text and check every field, naming each problem at its field.
    pub fn validate(mut self) -> Result<SettingsInput> {
        let mut errors = Vec::new();
        self.network_name = clean_line(&self.network_name);
        self.signatory_name = clean_line(&self.signatory_name);
        self.signatory_title = clean_line(&self.signatory_title);
        self.signing_place = clean_line(&self.signing_place);
        self.postal_address = self.postal_address.replace("\r\n", "\n").trim().to_string();
        self.default_language = self.default_language.trim().to_lowercase();
        if self.network_name.is_empty() {
            errors.push(FieldError::new("network_name", said!("said-registry-settings-network-missing")));
        } else if self.network_name.chars().count() > 200 {
            errors.push(FieldError::new("network_name", said!("said-registry-name-long", most = 200)));
        }
        if self.postal_address.chars().count() > 500 {
            errors.push(FieldError::new("postal_address", said!("said-registry-settings-address-long", most = 500)));
        }
        if self.postal_address.lines().count() > 8 {
            errors.push(FieldError::new("postal_address", said!("said-registry-settings-address-lines", most = 8)));
        }
        if self.signatory_name.chars().count() > 120 {
            errors.push(FieldError::new("signatory_name", said!("said-registry-name-long", most = 120)));
        }
        if self.signatory_title.chars().count() > 120 {
            errors.push(FieldError::new("signatory_title", said!("said-registry-settings-title-long", most = 120)));
        }
        if self.signing_place.chars().count() > 80 {
            errors.push(FieldError::new("signing_place", said!("said-registry-settings-place-long", most = 80)));
        }
        if !LETTER_LANGUAGES.contains(&self.default_language.as_str()) {
            errors.push(FieldError::new("default_language", said!("said-registry-settings-language-bad")));
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
                "SELECT network_name, postal_address, signatory_name, signatory_title, default_language, logo, logo_mime, signing_place, version FROM settings WHERE id = 1",
                [],
                |r| {
                    let logo: Option<Vec<u8>> = r.get(5)?;
                    let mime: Option<String> = r.get(6)?;
                    let address: String = r.get(1)?;
                    let typed: String = r.get(7)?;
                    Ok(NetworkSettings {
                        network_name: r.get(0)?,
                        signatory_name: r.get(2)?,
                        signatory_title: r.get(3)?,
                        default_language: r.get(4)?,
                        logo_data_url: logo.zip(mime).map(|(bytes, mime)| data_url(&mime, &bytes)),
                        signing_place_typed: !typed.is_empty(),
                        signing_place: if typed.is_empty() { town_of(&address) } else { typed },
                        postal_address: address,
                        version: r.get(8)?,
                    })
                },
            )
            .optional()?;
        row.ok_or_else(|| Error::new(ErrorCode::Internal, "The settings row is missing."))
    }

    pub fn save_settings(&mut self, input: SettingsInput) -> Result<NetworkSettings> {
        self.save_settings_at(input, None)
    }

    /// Save the form read at version `read_at` of the settings: refused as a conflict when a
    /// field it writes changed since (`None`: save over whatever is stored).
    pub fn save_settings_at(&mut self, input: SettingsInput, read_at: Option<i64>) -> Result<NetworkSettings> {
        // A change made meanwhile is said first: reloading may well answer the form's problems.
        let tx = self.conn().unchecked_transaction()?;
        crate::platform::versions::check(&tx, &crate::platform::versions::SETTINGS, 1, read_at)?;
        let input = input.validate()?;
        tx.execute(
            "UPDATE settings SET network_name = ?1, postal_address = ?2, signatory_name = ?3, signatory_title = ?4,
                default_language = ?5, signing_place = ?6, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), updated_by = ?7 WHERE id = 1",
            params![input.network_name, input.postal_address, input.signatory_name, input.signatory_title, input.default_language, input.signing_place, crate::team::actor_of(self.conn())],
        )?;
        tx.commit()?;
        self.settings()
    }

    /// Store a copy of the logo file's bytes, so the letters keep it if the file moves.
    pub fn set_logo_from_file(&mut self, path: &std::path::Path) -> Result<NetworkSettings> {
        let unreadable = |e: std::io::Error| Error::new(ErrorCode::Io, said!("said-registry-file-unreadable", path = path.display().to_string(), error = e.to_string()));
        let meta = std::fs::metadata(path).map_err(unreadable)?;
        if meta.len() as usize > MAX_LOGO_BYTES {
            return Err(Error::validation(vec![FieldError::new(
                "logo",
                said!("said-registry-logo-too-large", size = meta.len() / 1024, most = MAX_LOGO_BYTES / 1024),
            )]));
        }
        let bytes = std::fs::read(path).map_err(unreadable)?;
        self.set_logo(&bytes)
    }

    pub fn set_logo(&mut self, bytes: &[u8]) -> Result<NetworkSettings> {
        let Some(mime) = logo_mime(bytes) else {
            return Err(Error::validation(vec![FieldError::new("logo", said!("said-registry-logo-not-image"))]));
        };
        if bytes.len() > MAX_LOGO_BYTES {
            return Err(Error::validation(vec![FieldError::new("logo", said!("said-registry-logo-over-2mb"))]));
        }
        self.conn().execute("UPDATE settings SET logo = ?1, logo_mime = ?2 WHERE id = 1", params![bytes, mime])?;
        self.settings()
    }

    pub fn clear_logo(&mut self) -> Result<NetworkSettings> {
        self.conn().execute("UPDATE settings SET logo = NULL, logo_mime = NULL WHERE id = 1", [])?;
        self.settings()
    }
}

/// The town of a postal address, as a first place of signature: the line with the postal code
/// without its code ("1040 Bruxelles" → "Bruxelles"), else the last line that is not a
/// country (in English or French, or its code).
pub fn town_of(address: &str) -> String {
    let is_country = |line: &str| {
        let folded = crate::platform::fold::ascii_key(line);
        crate::platform::countries::all().iter().any(|c| crate::platform::fold::ascii_key(&c.name) == folded || c.code.eq_ignore_ascii_case(line))
            || crate::platform::countries::french_countries().any(|name| crate::platform::fold::ascii_key(name) == folded)
    };
    let lines: Vec<&str> = address.lines().map(|l| l.trim().trim_end_matches(',').trim()).filter(|l| !l.is_empty() && !is_country(l)).collect();
    let has_code = |line: &&str| line.split_whitespace().any(|w| w.chars().filter(char::is_ascii_digit).count() >= 3);
    let line = lines.iter().rev().find(|l| has_code(l)).or(lines.last()).copied().unwrap_or("");
    // Drop the postal code (digits, and letters joined to them: "B-1040", "75011", "SE-211 20").
    let postal = |w: &str| w.chars().any(|c| c.is_ascii_digit()) || (w.len() <= 3 && w.chars().all(|c| c.is_ascii_uppercase() || c == '-'));
    let words: Vec<&str> = line.split_whitespace().filter(|w| !postal(w)).collect();
    let town = words.join(" ").trim_matches(|c: char| c == ',' || c == '-' || c.is_whitespace()).to_string();
    if town.is_empty() {
        line.to_string()
    } else {
        town
    }
}

pub(crate) fn data_url(mime: &str, bytes: &[u8]) -> String {
    use base64::Engine as _;
    format!("data:{mime};base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes))
}

#[cfg(test)]
mod town_tests {
    use super::town_of;

    #[test]
    fn the_town_is_read_from_addresses_as_networks_write_them() {
        assert_eq!(town_of("Rue de la Loi 42\n1040 Bruxelles\nBelgium"), "Bruxelles");
        assert_eq!(town_of("Rue de la Loi 42\n1040 Bruxelles\nBelgique"), "Bruxelles");
        assert_eq!(town_of("Rue de la Loi 42\nB-1040 Bruxelles\nBE"), "Bruxelles");
        assert_eq!(town_of("12 rue Oberkampf\n75011 Paris\nFrance"), "Paris");
        assert_eq!(town_of("Kulturhuset\nSE-211 20 Malmö\nSverige"), "Malmö");
        assert_eq!(town_of("Via Zamboni 1\n40126 Bologna BO\nItalie"), "Bologna");
        assert_eq!(town_of("Kraków"), "Kraków");
        assert_eq!(town_of(""), "");
    }
}
