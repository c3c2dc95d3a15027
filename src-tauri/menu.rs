//! The application menu. Items that act on the page are sent to it as a `menu` event whose
//! payload is the item id; the page decides what to do (it knows which screen is open).

use tauri::menu::{AboutMetadata, Menu, MenuEvent, MenuItemBuilder, SubmenuBuilder};
use tauri::{AppHandle, Emitter, Runtime};

/// The event the page listens to.
pub const MENU_EVENT: &str = "menu";

pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let item = |id: &str, text: &str, keys: &str| MenuItemBuilder::with_id(id, text).accelerator(keys).build(app);
    let about = AboutMetadata {
        name: Some("Mobility Desk".into()),
        version: Some(env!("CARGO_PKG_VERSION").into()),
        comments: Some("Mobility programmes of a cultural network: member hubs, cycles, pairing, grants and award letters.".into()),
        credits: Some("Places from GeoNames (CC BY 4.0).".into()),
        ..Default::default()
    };
    let file = SubmenuBuilder::new(app, "File")
        .item(&item("new_hub", "New Hub", "CmdOrCtrl+N")?)
        .item(&item("import_hubs", "Import Hubs from CSV…", "CmdOrCtrl+I")?)
        .item(&item("export_hubs", "Export Hubs to CSV…", "CmdOrCtrl+E")?)
        .separator()
        .item(&item("quit", "Quit", "CmdOrCtrl+Q")?)
        .build()?;
    let edit = SubmenuBuilder::new(app, "Edit")
        .undo()
        .redo()
        .separator()
        .cut()
        .copy()
        .paste()
        .select_all()
        .separator()
        .item(&item("find", "Find Hubs", "CmdOrCtrl+F")?)
        .build()?;
    let view = SubmenuBuilder::new(app, "View")
        .item(&item("hubs", "Hubs", "CmdOrCtrl+1")?)
        .item(&item("settings", "Settings", "CmdOrCtrl+,")?)
        .separator()
        .item(&item("zoom_in", "Zoom In", "CmdOrCtrl+=")?)
        .item(&item("zoom_out", "Zoom Out", "CmdOrCtrl+-")?)
        .item(&item("zoom_reset", "Actual Size", "CmdOrCtrl+0")?)
        .build()?;
    let help = SubmenuBuilder::new(app, "Help").about(Some(about)).build()?;
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
