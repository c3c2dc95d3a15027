//! The network's own records: settings, member hubs and their CSV, countries and places.

use super::prelude::*;

#[tauri::command]
pub fn settings_get(state: State<'_, AppState>) -> Result<NetworkSettings, Error> {
    state.with(|s| s.settings())
}

///  `expectedVersion`: the version the form read (a save over a later one is refused as a conflict).
#[tauri::command]
pub fn settings_save(state: State<'_, AppState>, input: Payload<SettingsInput>, expected_version: Payload<Option<i64>>) -> Result<NetworkSettings, Error> {
    state.with(|s| s.save_settings_at(input.0, expected_version.0))
}

///  Opens the native file dialog; null when the user cancels it.
#[tauri::command]
pub async fn settings_choose_logo<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<NetworkSettings>, Error> {
    let Some(path) = dialogs::pick_file(&app, &state.say(said!("said-shell-dialog-choose-logo")), &state.say(said!("said-shell-filter-images")), &["png", "jpg", "jpeg"]).await? else {
        return Ok(None);
    };
    state.with(|s| s.set_logo_from_file(&path)).map(Some)
}

#[tauri::command]
pub fn settings_clear_logo(state: State<'_, AppState>) -> Result<NetworkSettings, Error> {
    state.with(|s| s.clear_logo())
}

#[tauri::command]
pub fn countries_list() -> Vec<Country> {
    countries::all().to_vec()
}

#[tauri::command]
pub fn gazetteer_search(text: Payload<String>, country: Payload<Option<String>>, limit: Payload<Option<u32>>) -> Vec<Place> {
    let limit = limit.0.unwrap_or(8).clamp(1, 50) as usize;
    gazetteer::search(&text.0, country.0.as_deref().filter(|c| !c.is_empty()), limit)
}

#[tauri::command]
pub fn hubs_list(state: State<'_, AppState>, query: Payload<HubQuery>) -> Result<HubList, Error> {
    state.with(|s| s.list_hubs(&query.0))
}

#[tauri::command]
pub fn hubs_facets(state: State<'_, AppState>) -> Result<HubFacets, Error> {
    state.with(|s| s.hub_facets())
}

#[tauri::command]
pub fn hub_get(state: State<'_, AppState>, id: Payload<i64>) -> Result<Hub, Error> {
    state.with(|s| s.hub(id.0))
}

#[tauri::command]
pub fn hub_create(state: State<'_, AppState>, input: Payload<HubInput>) -> Result<Hub, Error> {
    state.with(|s| s.create_hub(&input.0))
}

#[tauri::command]
pub fn hub_update(state: State<'_, AppState>, id: Payload<i64>, input: Payload<HubInput>) -> Result<Hub, Error> {
    state.with(|s| s.update_hub(id.0, &input.0))
}

#[tauri::command]
pub fn hub_set_archived(state: State<'_, AppState>, id: Payload<i64>, archived: Payload<bool>) -> Result<Hub, Error> {
    state.with(|s| s.set_hub_archived(id.0, archived.0))
}

///  Bank details of the network, a hub or an application's person: the IBAN masked unless
///  `reveal` (the person asked to see it).
#[tauri::command]
pub fn bank_account_get(state: State<'_, AppState>, owner: Payload<AccountOwner>, reveal: Payload<bool>) -> Result<BankAccount, Error> {
    state.with(|s| s.bank_account(owner.0, reveal.0))
}

///  Checked at the fields; refused as a conflict when the details changed since `input.expected_version`.
#[tauri::command]
pub fn bank_account_save(state: State<'_, AppState>, owner: Payload<AccountOwner>, input: Payload<AccountInput>) -> Result<BankAccount, Error> {
    state.with(|s| s.save_bank_account(owner.0, &input.0))
}

///  Checks the details as typed, saving nothing: the form shows a wrong IBAN or BIC as the
///  person leaves its field.
#[tauri::command]
pub fn bank_account_check(input: Payload<AccountInput>) -> Result<(), Error> {
    input.0.validate().map(|_| ())
}

#[tauri::command]
pub fn bank_account_clear(state: State<'_, AppState>, owner: Payload<AccountOwner>, expected_version: Payload<Option<i64>>) -> Result<BankAccount, Error> {
    state.with(|s| s.clear_bank_account(owner.0, expected_version.0))
}

///  Opens the native file dialog; null when the user cancels it.
#[tauri::command]
pub async fn hubs_import_choose<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<PickedFile>, Error> {
    let picked = dialogs::pick_file(&app, &state.say(said!("said-shell-dialog-import-hubs")), &state.say(said!("said-shell-filter-csv")), &["csv", "txt", "tsv"]).await?;
    Ok(picked.map(|p| state.picked(p)))
}

/// Reading and checking a large file runs off the UI thread, so the window never freezes.
#[tauri::command]
pub async fn hubs_import_preview(state: State<'_, AppState>, token: Payload<String>) -> Result<ImportPreview, Error> {
    let path = state.picked_path(&token.0)?;
    let store = state.store()?;
    blocking(move || {
        let bytes = read_import_file(&path)?;
        let guard = crate::hold(&store)?;
        guard.preview_hub_import(&bytes)
    })
    .await
}

#[tauri::command]
pub async fn hubs_import_commit(state: State<'_, AppState>, token: Payload<String>, sha256: Payload<String>) -> Result<ImportSummary, Error> {
    let path = state.picked_path(&token.0)?;
    let store = state.store()?;
    blocking(move || {
        let bytes = read_import_file(&path)?;
        let mut guard = crate::hold(&store)?;
        guard.import_hubs(&bytes, Some(&sha256.0))
    })
    .await
}

///  Opens the native save dialog; null when the user cancels it.
#[tauri::command]
pub async fn hubs_export<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<ExportResult>, Error> {
    save_as(&app, &state, &state.say(said!("said-shell-dialog-export-hubs")), "member-hubs.csv", CSV, |s, path| Ok(ExportResult { path: shown(path), count: s.export_hubs_to(path)? })).await
}
