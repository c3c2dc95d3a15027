//! The application menu. Items that act on the page are sent to it as a `menu` event whose
//! payload is the item id; the page decides what to do (it knows which screen is open).

use tauri::menu::{AboutMetadata, Menu, MenuEvent, MenuItemBuilder, SubmenuBuilder};
use mobility_desk_core::platform::said::{self, Said};
use mobility_desk_core::said;
use tauri::{AppHandle, Emitter, Manager, Runtime};

/// The event the page listens to.
pub const MENU_EVENT: &str = "menu";

/// The menu in the language the window speaks (English until the page says which).
pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let language = app.try_state::<crate::AppState>().map(|s| s.language()).unwrap_or_else(|| said::SOURCE_LANGUAGE.to_string());
    build_in(app, &language)
}

/// The menu with its words in `language`.
pub fn build_in<R: Runtime>(app: &AppHandle<R>, language: &str) -> tauri::Result<Menu<R>> {
    let w = |said: Said| said.in_language(language);
    let item = |id: &str, text: Said, keys: &str| MenuItemBuilder::with_id(id, w(text)).accelerator(keys).build(app);
    let about = AboutMetadata {
        name: Some("Mobility Desk".into()),
        version: Some(env!("CARGO_PKG_VERSION").into()),
        comments: Some(w(said!("said-shell-about"))),
        credits: Some(w(said!("said-shell-credits"))),
        ..Default::default()
    };
    let file = SubmenuBuilder::new(app, w(said!("said-shell-menu-file")))
        .item(&item("new_hub", said!("said-shell-menu-new-hub"), "CmdOrCtrl+N")?)
        .item(&item("import_hubs", said!("said-shell-menu-import-hubs"), "CmdOrCtrl+I")?)
        .item(&item("export_hubs", said!("said-shell-menu-export-hubs"), "CmdOrCtrl+E")?)
        .separator()
        .item(&item("quit", said!("said-shell-menu-quit"), "CmdOrCtrl+Q")?)
        .build()?;
    let edit = SubmenuBuilder::new(app, w(said!("said-shell-menu-edit")))
        .undo_with_text(w(said!("said-shell-menu-undo")))
        .redo_with_text(w(said!("said-shell-menu-redo")))
        .separator()
        .cut_with_text(w(said!("said-shell-menu-cut")))
        .copy_with_text(w(said!("said-shell-menu-copy")))
        .paste_with_text(w(said!("said-shell-menu-paste")))
        .select_all_with_text(w(said!("said-shell-menu-select-all")))
        .separator()
        .item(&item("find", said!("said-shell-menu-find-hubs"), "CmdOrCtrl+F")?)
        .build()?;
    let view = SubmenuBuilder::new(app, w(said!("said-shell-menu-view")))
        .item(&item("hubs", said!("said-shell-menu-hubs"), "CmdOrCtrl+1")?)
        .item(&item("settings", said!("said-shell-menu-settings"), "CmdOrCtrl+,")?)
        .separator()
        .item(&item("zoom_in", said!("said-shell-menu-zoom-in"), "CmdOrCtrl+=")?)
        .item(&item("zoom_out", said!("said-shell-menu-zoom-out"), "CmdOrCtrl+-")?)
        .item(&item("zoom_reset", said!("said-shell-menu-zoom-reset"), "CmdOrCtrl+0")?)
        .build()?;
    let help = SubmenuBuilder::new(app, w(said!("said-shell-menu-help"))).about_with_text(w(said!("said-shell-menu-about")), Some(about)).build()?;
    Menu::with_items(app, &[&file, &edit, &view, &help])
}

pub fn on_event<R: Runtime>(app: &AppHandle<R>, event: MenuEvent) {
    match event.id().as_ref() {
        "quit" => app.exit(0),
        id => {
            let _ = app.emit(MENU_EVENT, id);
        }
    }
}
