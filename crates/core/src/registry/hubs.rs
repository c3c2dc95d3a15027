//! Member hubs: the registry every selection, pairing and grant is computed from.

use rusqlite::types::ToSql;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::platform::error::{Error, FieldError, Result};
use crate::platform::store::Store;
use crate::platform::{countries, fold, gazetteer};
use crate::said;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Maturity {
    Emerging,
    Established,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Membership {
    Regular,
    Associate,
    Former,
}

impl Maturity {
    pub fn as_str(self) -> &'static str {
        match self {
            Maturity::Emerging => "emerging",
            Maturity::Established => "established",
        }
    }
    pub fn parse(text: &str) -> Option<Maturity> {
        match text.trim().to_lowercase().as_str() {
            "emerging" => Some(Maturity::Emerging),
            "established" => Some(Maturity::Established),
            _ => None,
        }
    }
}

impl Membership {
    pub fn as_str(self) -> &'static str {
        match self {
            Membership::Regular => "regular",
            Membership::Associate => "associate",
            Membership::Former => "former",
        }
    }
    pub fn parse(text: &str) -> Option<Membership> {
        match text.trim().to_lowercase().as_str() {
            "regular" => Some(Membership::Regular),
            "associate" => Some(Membership::Associate),
            "former" => Some(Membership::Former),
            _ => None,
        }
    }
}

/// A member hub as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Hub {
    #[ts(type = "number")]
    pub id: i64,
    pub key: String,
    pub name: String,
    pub city: String,
    pub country: String,
    pub latitude: f64,
    pub longitude: f64,
    pub maturity: Maturity,
    pub membership: Membership,
    pub sectors: Vec<String>,
    pub languages: Vec<String>,
    pub contact_name: String,
    pub contact_email: String,
    pub website: String,
    pub available_for_mobility: bool,
    pub alliance_member: bool,
    pub member_since: Option<i32>,
    pub notes: String,
    pub archived: bool,
    pub created_at: String,
    pub updated_at: String,
    /// Raised by every change; a form saves with the version it was read at.
    #[ts(type = "number")]
    pub version: i64,
    /// Who made the last change (empty before this was recorded).
    pub updated_by: String,
}

/// What the hub form (or one CSV row) gives. `key` may be empty: one is made from the name and
/// country. Missing coordinates are looked up in the gazetteer from the city and country.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct HubInput {
    pub key: String,
    pub name: String,
    pub city: String,
    pub country: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub maturity: Maturity,
    pub membership: Membership,
    pub sectors: Vec<String>,
    pub languages: Vec<String>,
    pub contact_name: String,
    pub contact_email: String,
    pub website: String,
    pub available_for_mobility: bool,
    pub alliance_member: bool,
    pub member_since: Option<i32>,
    pub notes: String,
    /// Only read by imports (the form archives through its own action).
    #[serde(default)]
    #[ts(optional)]
    pub archived: Option<bool>,
    /// The version of the hub the form was read at: a save over a hub changed since is
    /// refused as a conflict. None: save whatever changed (imports, and an overwrite on purpose
    /// sends the version the conflict named).
    #[serde(default)]
    #[ts(type = "number | null", optional)]
    pub expected_version: Option<i64>,
}

impl From<&Hub> for HubInput {
    /// The form filled in with a stored hub, as the window opens it for editing.
    fn from(h: &Hub) -> HubInput {
        HubInput {
            key: h.key.clone(),
            name: h.name.clone(),
            city: h.city.clone(),
            country: h.country.clone(),
            latitude: Some(h.latitude),
            longitude: Some(h.longitude),
            maturity: h.maturity,
            membership: h.membership,
            sectors: h.sectors.clone(),
            languages: h.languages.clone(),
            contact_name: h.contact_name.clone(),
            contact_email: h.contact_email.clone(),
            website: h.website.clone(),
            available_for_mobility: h.available_for_mobility,
            alliance_member: h.alliance_member,
            member_since: h.member_since,
            notes: h.notes.clone(),
            archived: Some(h.archived),
            expected_version: Some(h.version),
        }
    }
}

/// A checked, normalised hub ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidHub {
    pub key: String,
    pub name: String,
    pub city: String,
    pub country: String,
    pub latitude: f64,
    pub longitude: f64,
    pub maturity: Maturity,
    pub membership: Membership,
    pub sectors: Vec<String>,
    pub languages: Vec<String>,
    pub contact_name: String,
    pub contact_email: String,
    pub website: String,
    pub available_for_mobility: bool,
    pub alliance_member: bool,
    pub member_since: Option<i32>,
    pub notes: String,
    pub archived: Option<bool>,
}

pub const MAX_NAME: usize = 160;
pub const MAX_NOTES: usize = 5000;

fn current_year() -> i32 {
    time::OffsetDateTime::now_utc().year()
}

/// Remove control characters (but keep line breaks where `multiline`), trim.
pub(crate) fn clean(text: &str, multiline: bool) -> String {
    let text = text.replace("\r\n", "\n");
    text.chars()
        .filter(|&c| !c.is_control() || (multiline && c == '\n'))
        .collect::<String>()
        .trim()
        .to_string()
}

/// A key made from a hub's name and country, e.g. `kypseli-workshop-gr`.
pub fn derive_key(name: &str, country: &str) -> String {
    let slug = fold::slug(name, 48);
    let slug = if slug.is_empty() { "hub".to_string() } else { slug };
    format!("{slug}-{}", country.trim().to_ascii_lowercase())
}

fn valid_key(key: &str) -> bool {
    (2..=64).contains(&key.len())
        && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && !key.starts_with('-')
}

pub(crate) fn valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(|c| c.is_whitespace() || c == ',' || c == ';')
        && !domain.contains('@')
}

pub(crate) fn clean_list(items: &[String], lower: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        let mut v = clean(item, false);
        if lower {
            v = v.to_lowercase();
        }
        if !v.is_empty() && !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

impl HubInput {
    /// Check every field, naming each problem at its field; normalise the rest.
    pub fn validate(&self) -> Result<ValidHub> {
        let mut errors = Vec::new();
        let name = clean(&self.name, false);
        let city = clean(&self.city, false);
        let country_raw = self.country.trim();
        let country = countries::normalise(country_raw);

        if name.is_empty() {
            errors.push(FieldError::new("name", said!("said-registry-hub-name-missing")));
        } else if name.chars().count() > MAX_NAME {
            errors.push(FieldError::new("name", said!("said-registry-name-long", most = MAX_NAME)));
        }
        if city.is_empty() {
            errors.push(FieldError::new("city", said!("said-registry-hub-city-missing")));
        }
        if country_raw.is_empty() {
            errors.push(FieldError::new("country", said!("said-registry-hub-country-missing")));
        } else if country.is_none() {
            errors.push(FieldError::new("country", said!("said-registry-hub-country-bad", code = country_raw)));
        }

        let mut latitude = self.latitude;
        let mut longitude = self.longitude;
        match (latitude, longitude) {
            (None, None) => {
                if let (Some(c), false) = (&country, city.is_empty()) {
                    match gazetteer::lookup(&city, c) {
                        Some(place) => {
                            latitude = Some(place.latitude);
                            longitude = Some(place.longitude);
                        }
                        None => errors.push(FieldError::new(
                            "latitude",
                            said!("said-registry-hub-place-unknown", city = &city, country = c),
                        )),
                    }
                }
            }
            (Some(_), None) => errors.push(FieldError::new("longitude", said!("said-registry-hub-longitude-missing"))),
            (None, Some(_)) => errors.push(FieldError::new("latitude", said!("said-registry-hub-latitude-missing"))),
            (Some(_), Some(_)) => {}
        }
        if let Some(lat) = latitude {
            if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
                errors.push(FieldError::new("latitude", said!("said-registry-hub-latitude-range", latitude = lat.to_string())));
            }
        }
        if let Some(lon) = longitude {
            if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
                errors.push(FieldError::new("longitude", said!("said-registry-hub-longitude-range", longitude = lon.to_string())));
            }
        }

        let key = match self.key.trim() {
            "" => derive_key(&name, country.as_deref().unwrap_or(country_raw)),
            k => k.to_string(),
        };
        if !valid_key(&key) {
            errors.push(FieldError::new("key", said!("said-registry-hub-key-bad")));
        }

        let sectors = clean_list(&self.sectors, true);
        if let Some(bad) = sectors.iter().find(|s| s.chars().count() > 40 || s.contains('|')) {
            errors.push(FieldError::new("sectors", said!("said-registry-hub-sector-bad", sector = bad)));
        }
        let languages = clean_list(&self.languages, true);
        if let Some(bad) = languages.iter().find(|l| l.len() != 2 || !l.bytes().all(|b| b.is_ascii_lowercase())) {
            errors.push(FieldError::new("languages", said!("said-registry-hub-language-bad", code = bad)));
        }

        let contact_name = clean(&self.contact_name, false);
        let contact_email = clean(&self.contact_email, false);
        if !contact_email.is_empty() && !valid_email(&contact_email) {
            errors.push(FieldError::new("contact_email", said!("said-registry-hub-email-bad", email = &contact_email)));
        }
        let website = clean(&self.website, false);
        let web_address = website.starts_with("https://") || website.starts_with("http://");
        if !website.is_empty() && (!web_address || website.contains(' ')) {
            errors.push(FieldError::new("website", said!("said-registry-hub-website-bad")));
        }
        if let Some(year) = self.member_since {
            let now = current_year();
            if !(1950..=now).contains(&year) {
                errors.push(FieldError::new("member_since", said!("said-registry-hub-member-since-bad", latest = now.to_string())));
            }
        }
        let notes = clean(&self.notes, true);
        if notes.chars().count() > MAX_NOTES {
            errors.push(FieldError::new("notes", said!("said-registry-hub-notes-long", most = MAX_NOTES)));
        }

        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        Ok(ValidHub {
            key,
            name,
            city,
            country: country.unwrap_or_default(),
            latitude: round6(latitude.unwrap_or_default()),
            longitude: round6(longitude.unwrap_or_default()),
            maturity: self.maturity,
            membership: self.membership,
            sectors,
            languages,
            contact_name,
            contact_email,
            website,
            available_for_mobility: self.available_for_mobility,
            alliance_member: self.alliance_member,
            member_since: self.member_since,
            notes,
            archived: self.archived,
        })
    }
}

fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum HubSort {
    #[default]
    Name,
    City,
    Country,
    MemberSince,
    Updated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ArchiveFilter {
    /// Only hubs in use (the default).
    #[default]
    Active,
    Archived,
    All,
}

/// The list screen's search, filters and sort. Every field may be left out.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct HubQuery {
    pub text: String,
    pub country: Option<String>,
    pub maturity: Option<Maturity>,
    pub membership: Option<Membership>,
    pub sector: Option<String>,
    pub available: Option<bool>,
    pub alliance: Option<bool>,
    pub archived: ArchiveFilter,
    pub sort: HubSort,
    pub descending: bool,
    /// At most this many rows are returned (default 500); `total` still counts all matches.
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct HubList {
    /// Hubs matching the query (may be more than `rows`).
    pub total: u32,
    pub rows: Vec<Hub>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Facet {
    pub value: String,
    pub count: u32,
}

/// What the filters can offer, from the hubs in use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct HubFacets {
    pub countries: Vec<Facet>,
    pub sectors: Vec<Facet>,
    pub languages: Vec<Facet>,
    pub active: u32,
    pub archived: u32,
}

const HUB_COLUMNS: &str = "id, key, name, city, country, latitude, longitude, maturity, membership, sectors, languages, contact_name, contact_email, website, available_for_mobility, alliance_member, member_since, notes, archived, created_at, updated_at, version, updated_by";

fn hub_from_row(r: &Row<'_>) -> rusqlite::Result<Hub> {
    let maturity: String = r.get(7)?;
    let membership: String = r.get(8)?;
    let sectors: String = r.get(9)?;
    let languages: String = r.get(10)?;
    Ok(Hub {
        id: r.get(0)?,
        key: r.get(1)?,
        name: r.get(2)?,
        city: r.get(3)?,
        country: r.get(4)?,
        latitude: r.get(5)?,
        longitude: r.get(6)?,
        maturity: Maturity::parse(&maturity).unwrap_or(Maturity::Emerging),
        membership: Membership::parse(&membership).unwrap_or(Membership::Regular),
        sectors: serde_json::from_str(&sectors).unwrap_or_default(),
        languages: serde_json::from_str(&languages).unwrap_or_default(),
        contact_name: r.get(11)?,
        contact_email: r.get(12)?,
        website: r.get(13)?,
        available_for_mobility: r.get(14)?,
        alliance_member: r.get(15)?,
        member_since: r.get(16)?,
        notes: r.get(17)?,
        archived: r.get(18)?,
        created_at: r.get(19)?,
        updated_at: r.get(20)?,
        version: r.get(21)?,
        updated_by: r.get(22)?,
    })
}

/// The outcome of writing one hub by key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Upsert {
    Created,
    Updated,
    Unchanged,
}

fn search_of(h: &ValidHub) -> String {
    search_text(&h.name, &h.city, &h.country, &h.contact_name, &h.contact_email, &h.sectors.join(" "), &h.key)
}

fn search_text(name: &str, city: &str, country: &str, contact_name: &str, contact_email: &str, sectors: &str, key: &str) -> String {
    let country_name = countries::get(country).map(|c| c.name.as_str()).unwrap_or("");
    fold::search_key(&[name, city, country, country_name, contact_name, contact_email, sectors, key])
}

/// A hub's search key made again from its row as stored (after an erasure emptied its contact).
pub(crate) fn search_of_row(conn: &Connection, id: i64) -> Result<String> {
    let (name, city, country, contact_name, contact_email, sectors, key): (String, String, String, String, String, String, String) = conn.query_row(
        "SELECT name, city, country, contact_name, contact_email, sectors, key FROM hubs WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)),
    )?;
    let sectors: Vec<String> = serde_json::from_str(&sectors).unwrap_or_default();
    Ok(search_text(&name, &city, &country, &contact_name, &contact_email, &sectors.join(" "), &key))
}

pub(crate) fn find_id_by_key(conn: &Connection, key: &str) -> Result<Option<i64>> {
    Ok(conn.prepare_cached("SELECT id FROM hubs WHERE key = ?1")?.query_row([key], |r| r.get(0)).optional()?)
}

pub(crate) fn get_hub(conn: &Connection, id: i64) -> Result<Hub> {
    conn.prepare_cached(&format!("SELECT {HUB_COLUMNS} FROM hubs WHERE id = ?1"))?
        .query_row([id], hub_from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(said!("said-registry-hub-not-found", id = id.to_string())))
}

/// Insert the hub, or update the hub with the same key. Unchanged rows are not touched.
pub(crate) fn upsert(conn: &Connection, h: &ValidHub) -> Result<(i64, Upsert)> {
    match find_id_by_key(conn, &h.key)? {
        None => Ok((insert(conn, h)?, Upsert::Created)),
        Some(id) => {
            let old = get_hub(conn, id)?;
            if same_content(&old, h) {
                Ok((id, Upsert::Unchanged))
            } else {
                update(conn, id, h)?;
                Ok((id, Upsert::Updated))
            }
        }
    }
}

pub(crate) fn same_content(old: &Hub, h: &ValidHub) -> bool {
    old.name == h.name
        && old.city == h.city
        && old.country == h.country
        && old.latitude == h.latitude
        && old.longitude == h.longitude
        && old.maturity == h.maturity
        && old.membership == h.membership
        && old.sectors == h.sectors
        && old.languages == h.languages
        && old.contact_name == h.contact_name
        && old.contact_email == h.contact_email
        && old.website == h.website
        && old.available_for_mobility == h.available_for_mobility
        && old.alliance_member == h.alliance_member
        && old.member_since == h.member_since
        && old.notes == h.notes
        && h.archived.is_none_or(|a| a == old.archived)
}

// Prepared once and kept (`prepare_cached`): with the team's capture triggers and the id view,
// preparing the statement costs far more than running it, once per row of an import.
fn insert(conn: &Connection, h: &ValidHub) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO hubs (id, key, name, city, country, latitude, longitude, maturity, membership, sectors, languages,
            contact_name, contact_email, website, available_for_mobility, alliance_member, member_since, notes, archived,
            search, sort_name)
         VALUES ((SELECT id FROM team_next_id WHERE tbl = 'hubs'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
    )?
    .execute(params![
            h.key,
            h.name,
            h.city,
            h.country,
            h.latitude,
            h.longitude,
            h.maturity.as_str(),
            h.membership.as_str(),
            serde_json::to_string(&h.sectors).unwrap_or_else(|_| "[]".into()),
            serde_json::to_string(&h.languages).unwrap_or_else(|_| "[]".into()),
            h.contact_name,
            h.contact_email,
            h.website,
            h.available_for_mobility,
            h.alliance_member,
            h.member_since,
            h.notes,
            h.archived.unwrap_or(false),
            search_of(h),
            fold::ascii_key(&h.name),
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

fn update(conn: &Connection, id: i64, h: &ValidHub) -> Result<()> {
    conn.prepare_cached(
        "UPDATE hubs SET key = ?2, name = ?3, city = ?4, country = ?5, latitude = ?6, longitude = ?7, maturity = ?8,
            membership = ?9, sectors = ?10, languages = ?11, contact_name = ?12, contact_email = ?13, website = ?14,
            available_for_mobility = ?15, alliance_member = ?16, member_since = ?17, notes = ?18,
            archived = coalesce(?19, archived), search = ?20, sort_name = ?21,
            updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), updated_by = ?22
         WHERE id = ?1",
    )?
    .execute(params![
            id,
            h.key,
            h.name,
            h.city,
            h.country,
            h.latitude,
            h.longitude,
            h.maturity.as_str(),
            h.membership.as_str(),
            serde_json::to_string(&h.sectors).unwrap_or_else(|_| "[]".into()),
            serde_json::to_string(&h.languages).unwrap_or_else(|_| "[]".into()),
            h.contact_name,
            h.contact_email,
            h.website,
            h.available_for_mobility,
            h.alliance_member,
            h.member_since,
            h.notes,
            h.archived,
            search_of(h),
            fold::ascii_key(&h.name),
            crate::team::actor_of(conn),
        ],
    )?;
    Ok(())
}

fn like_pattern(term: &str) -> String {
    let escaped = term.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

impl Store {
    pub fn hub(&self, id: i64) -> Result<Hub> {
        get_hub(self.conn(), id)
    }

    pub fn hub_by_key(&self, key: &str) -> Result<Hub> {
        match find_id_by_key(self.conn(), key)? {
            Some(id) => self.hub(id),
            None => Err(Error::not_found(said!("said-registry-hub-key-not-found", key = key))),
        }
    }

    /// Create a hub from the form. A key made from the name gets a number if already used;
    /// a key typed by the user must be free.
    pub fn create_hub(&mut self, input: &HubInput) -> Result<Hub> {
        let mut valid = input.validate()?;
        let tx = self.conn_mut().transaction()?;
        if find_id_by_key(&tx, &valid.key)?.is_some() {
            if !input.key.trim().is_empty() {
                return Err(Error::conflict_at("key", said!("said-registry-hub-key-taken", key = &valid.key)));
            }
            let base = valid.key.clone();
            let mut n = 2;
            while find_id_by_key(&tx, &format!("{base}-{n}"))?.is_some() {
                n += 1;
            }
            valid.key = format!("{base}-{n}");
        }
        valid.archived = Some(false);
        let id = insert(&tx, &valid)?;
        tx.commit()?;
        self.hub(id)
    }

    /// Save the form over hub `id`. The archive flag is left as it is.
    pub fn update_hub(&mut self, id: i64, input: &HubInput) -> Result<Hub> {
        let tx = self.conn_mut().transaction()?;
        get_hub(&tx, id)?;
        // A change made meanwhile is said first: reloading may well answer the form's problems.
        crate::platform::versions::check(&tx, &crate::platform::versions::HUBS, id, input.expected_version)?;
        let mut valid = input.validate()?;
        valid.archived = None;
        if let Some(other) = find_id_by_key(&tx, &valid.key)? {
            if other != id {
                return Err(Error::conflict_at("key", said!("said-registry-hub-key-taken", key = &valid.key)));
            }
        }
        update(&tx, id, &valid)?;
        tx.commit()?;
        self.hub(id)
    }

    /// Archive (or restore) a hub. Hubs are never deleted: later cycles refer to them.
    pub fn set_hub_archived(&mut self, id: i64, archived: bool) -> Result<Hub> {
        let n = self.conn().execute(
            "UPDATE hubs SET archived = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), updated_by = ?3 WHERE id = ?1",
            params![id, archived, crate::team::actor_of(self.conn())],
        )?;
        if n == 0 {
            return Err(Error::not_found(said!("said-registry-hub-not-found", id = id.to_string())));
        }
        self.hub(id)
    }

    pub fn hub_count(&self) -> Result<u32> {
        Ok(self.conn().query_row("SELECT count(*) FROM hubs", [], |r| r.get(0))?)
    }

    /// Search, filter and sort the registry.
    pub fn list_hubs(&self, q: &HubQuery) -> Result<HubList> {
        let mut wheres: Vec<String> = Vec::new();
        let mut args: Vec<Box<dyn ToSql>> = Vec::new();
        for term in fold::query_terms(&q.text) {
            args.push(Box::new(like_pattern(&term)));
            wheres.push(format!("search LIKE ?{} ESCAPE '\\'", args.len()));
        }
        if let Some(c) = q.country.as_deref().filter(|c| !c.is_empty()) {
            args.push(Box::new(c.to_ascii_uppercase()));
            wheres.push(format!("country = ?{}", args.len()));
        }
        if let Some(m) = q.maturity {
            args.push(Box::new(m.as_str()));
            wheres.push(format!("maturity = ?{}", args.len()));
        }
        if let Some(m) = q.membership {
            args.push(Box::new(m.as_str()));
            wheres.push(format!("membership = ?{}", args.len()));
        }
        if let Some(s) = q.sector.as_deref().filter(|s| !s.is_empty()) {
            args.push(Box::new(s.to_lowercase()));
            wheres.push(format!("EXISTS (SELECT 1 FROM json_each(hubs.sectors) WHERE value = ?{})", args.len()));
        }
        if let Some(a) = q.available {
            args.push(Box::new(a));
            wheres.push(format!("available_for_mobility = ?{}", args.len()));
        }
        if let Some(a) = q.alliance {
            args.push(Box::new(a));
            wheres.push(format!("alliance_member = ?{}", args.len()));
        }
        match q.archived {
            ArchiveFilter::Active => wheres.push("archived = 0".into()),
            ArchiveFilter::Archived => wheres.push("archived = 1".into()),
            ArchiveFilter::All => {}
        }
        let order = match q.sort {
            HubSort::Name => "sort_name",
            HubSort::City => "city COLLATE NOCASE",
            HubSort::Country => "country",
            HubSort::MemberSince => "member_since",
            HubSort::Updated => "updated_at",
        };
        let dir = if q.descending { "DESC" } else { "ASC" };
        let where_sql = if wheres.is_empty() { String::new() } else { format!("WHERE {}", wheres.join(" AND ")) };
        let limit = q.limit.unwrap_or(500).min(100_000);
        let sql = format!(
            "SELECT {HUB_COLUMNS}, count(*) OVER () FROM hubs {where_sql} ORDER BY {order} {dir}, sort_name ASC, id ASC LIMIT {limit}"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let params: Vec<&dyn ToSql> = args.iter().map(|b| b.as_ref()).collect();
        let mut total = 0u32;
        let rows = stmt
            .query_map(params.as_slice(), |r| {
                total = r.get(23)?;
                hub_from_row(r)
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(HubList { total, rows })
    }

    pub fn hub_facets(&self) -> Result<HubFacets> {
        let conn = self.conn();
        let facet = |sql: &str| -> Result<Vec<Facet>> {
            let mut stmt = conn.prepare(sql)?;
            let rows = stmt.query_map([], |r| Ok(Facet { value: r.get(0)?, count: r.get(1)? }))?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        };
        let countries = facet("SELECT country, count(*) FROM hubs WHERE archived = 0 GROUP BY country ORDER BY country")?;
        let sectors = facet("SELECT j.value, count(*) FROM hubs, json_each(hubs.sectors) j WHERE archived = 0 GROUP BY j.value ORDER BY j.value")?;
        let languages = facet("SELECT j.value, count(*) FROM hubs, json_each(hubs.languages) j WHERE archived = 0 GROUP BY j.value ORDER BY j.value")?;
        let (active, archived): (u32, u32) = conn.query_row(
            "SELECT coalesce(sum(archived = 0), 0), coalesce(sum(archived = 1), 0) FROM hubs",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(HubFacets { countries, sectors, languages, active, archived })
    }

    /// Every hub, archived ones included, ordered by key (for export).
    pub fn all_hubs(&self) -> Result<Vec<Hub>> {
        let mut stmt = self.conn().prepare(&format!("SELECT {HUB_COLUMNS} FROM hubs ORDER BY key"))?;
        let rows = stmt.query_map([], hub_from_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}
