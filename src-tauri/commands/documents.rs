//! Letters, stories and the publication, the cycle report and its emission factors.

use super::prelude::*;

///  The cycle's grants with their letters, and what Settings still lacks before any is issued.
#[tauri::command]
pub fn letters_overview(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<LettersOverview, Error> {
    state.with(|s| s.letters_overview(cycle_id.0))
}

///  The letter as it would be issued now, with the reference it would take; gives it no number.
#[tauri::command]
pub fn letter_preview(state: State<'_, AppState>, grant_id: Payload<i64>, language: Payload<Option<String>>) -> Result<LetterPreview, Error> {
    state.with(|s| s.letter_preview(grant_id.0, language.0.as_deref()))
}

/// Where copies of letters are written to be opened: `letters/` in the data folder (previews in
/// `letters/previews/`).
fn letters_folder(state: &AppState, sub: Option<&str>) -> Result<PathBuf, Error> {
    let mut dir = state.data_dir.join("letters");
    if let Some(sub) = sub {
        dir = dir.join(sub);
    }
    mobility_desk_core::platform::files::create_private_dir(&dir)?;
    Ok(dir)
}

/// Set the letter as it would be issued (marked as a preview) and open it in the system's PDF
/// viewer. Returns the file's path.
#[tauri::command]
pub async fn letter_preview_open<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, grant_id: Payload<i64>, language: Payload<Option<String>>) -> Result<String, Error> {
    let folder = letters_folder(&state, Some("previews"))?;
    let store = state.store()?;
    let path = blocking(move || {
        let guard = crate::hold(&store)?;
        let bytes = guard.letter_preview_pdf(grant_id.0, language.0.as_deref())?;
        let path = folder.join(format!("preview-grant-{}.pdf", grant_id.0));
        mobility_desk_core::platform::files::write_atomic(&path, &bytes)?;
        Ok(path)
    })
    .await?;
    dialogs::open_in_viewer(&app, &path)?;
    Ok(path.display().to_string())
}

/// Issue a grant's letter (awarding a draft first): number, set, archive.
#[tauri::command]
pub async fn letter_issue(state: State<'_, AppState>, grant_id: Payload<i64>, language: Payload<Option<String>>) -> Result<LetterRecord, Error> {
    let store = state.store()?;
    blocking(move || {
        let mut guard = crate::hold(&store)?;
        let actor = guard.actor();
        guard.issue_letter(grant_id.0, language.0.as_deref(), &actor)
    })
    .await
}

fn letter_file_name(store: &mobility_desk_core::Store, letter: &LetterRecord) -> Result<String, Error> {
    let grant = store.grant_detail(letter.grant_id)?.grant;
    Ok(mobility_desk_core::letters::letter_file_name(&letter.reference, &grant.applicant))
}

/// Save an issued letter (its archived bytes) where the user chooses. `None` when cancelled.
#[tauri::command]
pub async fn letter_save<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, letter_id: Payload<i64>) -> Result<Option<String>, Error> {
    let name = state.with(|s| {
        let letter = s.letter(letter_id.0)?;
        letter_file_name(s, &letter)
    })?;
    save_as(&app, &state, &state.say(said!("said-shell-dialog-save-letter")), &name, PDF, move |s, path| s.save_letter(letter_id.0, path).map(|p| shown(&p))).await
}

/// Open an issued letter in the system's PDF viewer, to print it: the archived bytes are
/// written to `letters/` in the data folder first.
#[tauri::command]
pub fn letter_print<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, letter_id: Payload<i64>) -> Result<String, Error> {
    let folder = letters_folder(&state, None)?;
    let path = state.with(|s| {
        let letter = s.letter(letter_id.0)?;
        let path = folder.join(letter_file_name(s, &letter)?);
        mobility_desk_core::platform::files::write_atomic(&path, &s.letter_pdf(letter.id)?)?;
        Ok(path)
    })?;
    dialogs::open_in_viewer(&app, &path)?;
    Ok(path.display().to_string())
}

/// How a batch writes a cycle's letters: one PDF per letter in a folder, or one PDF to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum LetterBatchMode {
    Folder,
    Combined,
}

/// Set by `letters_cancel`; a running batch stops at its next letter.
static BATCH_CANCELLED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The event a batch reports its progress with.
pub const LETTERS_PROGRESS_EVENT: &str = "letters-progress";

/// Issue a cycle's letters and write them: `mode` "folder" (one PDF per letter in a folder the
/// user picks) or "combined" (one PDF to print, saved where the user says). Progress goes out
/// as `letters-progress` events; `letters_cancel` stops it. `None` when the dialog is cancelled.
#[tauri::command]
pub async fn letters_batch<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    cycle_id: Payload<i64>,
    mode: Payload<LetterBatchMode>,
    language: Payload<Option<String>>,
) -> Result<Option<BatchSummary>, Error> {
    use tauri::Emitter;
    let cycle = state.with(|s| s.cycle(cycle_id.0))?;
    let folder = mode.0 == LetterBatchMode::Folder;
    let target = if folder {
        dialogs::pick_folder(&app, &state.say(said!("said-shell-dialog-letters-folder"))).await?
    } else {
        let name = format!("letters-{}.pdf", file_stem(&cycle.title));
        ask_save_path(&app, &state, &state.say(said!("said-shell-dialog-letters-combined")), &name, PDF).await?
    };
    let Some(target) = target else { return Ok(None) };
    BATCH_CANCELLED.store(false, std::sync::atomic::Ordering::SeqCst);
    let store = state.store()?;
    blocking(move || {
        let mut guard = crate::hold(&store)?;
        let mut progress = |p: BatchProgress| {
            let _ = app.emit(LETTERS_PROGRESS_EVENT, p);
            !BATCH_CANCELLED.load(std::sync::atomic::Ordering::SeqCst)
        };
        let language = language.0.as_deref();
        let actor = guard.actor();
        let summary = if folder {
            guard.write_cycle_letters(cycle_id.0, &target, language, &actor, &mut progress)?
        } else {
            guard.write_combined_letters(cycle_id.0, &target, language, &actor, &mut progress)?
        };
        Ok(Some(summary))
    })
    .await
}

///  Ask the running batch to stop after the letter it is on.
#[tauri::command]
pub fn letters_cancel() {
    BATCH_CANCELLED.store(true, std::sync::atomic::Ordering::SeqCst);
}

///  A grant's stories, oldest first, each with its photos (without their bytes).
#[tauri::command]
pub fn stories_get(state: State<'_, AppState>, grant_id: Payload<i64>) -> Result<Vec<Story>, Error> {
    state.with(|s| s.grant_stories(grant_id.0))
}

///  Every story of the cycle, grant by grant.
#[tauri::command]
pub fn cycle_stories(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<Vec<Story>, Error> {
    state.with(|s| s.cycle_stories(cycle_id.0))
}

///  A bad field fails with `validation` on `title`, `author` or `body`.
#[tauri::command]
pub fn story_add(state: State<'_, AppState>, grant_id: Payload<i64>, input: Payload<StoryInput>) -> Result<Story, Error> {
    state.with(|s| s.add_story(grant_id.0, &input.0, &s.actor()))
}

///  `expectedVersion`: the version the form read (a save over a later one is refused as a conflict).
#[tauri::command]
pub fn story_update(state: State<'_, AppState>, id: Payload<i64>, input: Payload<StoryInput>, expected_version: Payload<Option<i64>>) -> Result<Story, Error> {
    state.with(|s| s.update_story_at(id.0, &input.0, &s.actor(), expected_version.0))
}

///  Removes the story and its photos.
#[tauri::command]
pub fn story_delete(state: State<'_, AppState>, id: Payload<i64>) -> Result<(), Error> {
    state.with(|s| s.delete_story(id.0))
}

/// Pick a photo with the native dialog and add it to a story (scaled down when large).
/// `None` when the dialog is cancelled.
#[tauri::command]
pub async fn story_photo_add<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, story_id: Payload<i64>, caption: Payload<String>) -> Result<Option<Story>, Error> {
    let Some(path) = dialogs::pick_file(&app, &state.say(said!("said-shell-dialog-story-photo")), &state.say(said!("said-shell-filter-photos")), &["jpg", "jpeg", "png"]).await? else {
        return Ok(None);
    };
    let bytes = std::fs::read(&path).map_err(|e| Error::new(ErrorCode::Io, said!("said-shell-file-unreadable", path = path.display().to_string(), error = e.to_string())))?;
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let store = state.store()?;
    blocking(move || {
        let mut guard = crate::hold(&store)?;
        guard.add_story_photo(story_id.0, &bytes, &name, &caption.0).map(Some)
    })
    .await
}

///  Removes one photo; the story as it now is.
#[tauri::command]
pub fn story_photo_remove(state: State<'_, AppState>, id: Payload<i64>) -> Result<Story, Error> {
    state.with(|s| s.remove_story_photo(id.0))
}

/// A stored photo as a `data:` URL the page can show.
#[tauri::command]
pub fn story_photo_get(state: State<'_, AppState>, id: Payload<i64>) -> Result<String, Error> {
    state.with(|s| s.story_photo_data_url(id.0))
}

/// Compile the cycle's stories into the publication and save it where the user says. `None`
/// when the dialog is cancelled.
#[tauri::command]
pub async fn publication_save<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, cycle_id: Payload<i64>, language: Payload<Option<String>>) -> Result<Option<String>, Error> {
    let cycle = state.with(|s| s.cycle(cycle_id.0))?;
    // Say what is missing before asking where to save.
    state.with(|s| if s.cycle_stories(cycle_id.0)?.is_empty() { s.publication_pdf(cycle_id.0, language.0.as_deref()).map(drop) } else { Ok(()) })?;
    let name = format!("stories-{}.pdf", file_stem(&cycle.title));
    save_as(&app, &state, &state.say(said!("said-shell-dialog-save-publication")), &name, PDF, move |s, path| s.write_publication(cycle_id.0, language.0.as_deref(), path).map(|_| shown(path))).await
}

///  The cycle's report as it stands now.
#[tauri::command]
pub fn cycle_report(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<CycleReport, Error> {
    state.with(|s| s.cycle_report(cycle_id.0))
}

/// Save a cycle's emission factors (all of them, with their source).
#[tauri::command]
pub fn emission_factors_save(state: State<'_, AppState>, cycle_id: Payload<i64>, input: Payload<EmissionFactors>, expected_version: Payload<Option<i64>>) -> Result<EmissionFactors, Error> {
    state.with(|s| s.save_emission_factors_at(cycle_id.0, &input.0, &s.actor(), expected_version.0))
}

/// The emission factors a cycle uses now (its own, or the defaults), with their version.
#[tauri::command]
pub fn emission_factors_get(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<EmissionFactors, Error> {
    state.with(|s| s.emission_factors(cycle_id.0))
}

/// Go back to the default emission factors for a cycle.
#[tauri::command]
pub fn emission_factors_reset(state: State<'_, AppState>, cycle_id: Payload<i64>, expected_version: Payload<Option<i64>>) -> Result<EmissionFactors, Error> {
    state.with(|s| s.reset_emission_factors_at(cycle_id.0, expected_version.0))
}

/// Ask where to save the cycle report (`format`: "pdf" or "xlsx"), then write it there.
/// `None` when the dialog is cancelled.
#[tauri::command]
pub async fn cycle_report_save<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    cycle_id: Payload<i64>,
    format: Payload<ReportFormat>,
    language: Payload<Option<String>>,
) -> Result<Option<ReportFiles>, Error> {
    let format = format.0;
    let kind = format.kind();
    let cycle = state.with(|s| s.cycle(cycle_id.0))?;
    let name = format!("report-{}.{}", file_stem(&cycle.title), kind.extension);
    save_as(&app, &state, &state.say(said!("said-shell-dialog-save-cycle-report")), &name, kind, move |s, path| {
        let (pdf, xlsx) = match format {
            ReportFormat::Pdf => (Some(path), None),
            ReportFormat::Xlsx => (None, Some(path)),
        };
        s.write_cycle_report(cycle_id.0, pdf, xlsx, language.0.as_deref())
    })
    .await
}
