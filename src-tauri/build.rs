fn main() {
    // The shell's capabilities live beside its sources, not at the repository root; with a
    // custom pattern tauri-build leaves the rerun instruction to us.
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    let attributes = tauri_build::Attributes::new().capabilities_path_pattern("./src-tauri/capabilities/**/*");
    tauri_build::try_build(attributes).expect("tauri-build failed");
}
