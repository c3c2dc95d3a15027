//! Packs what the core ships inside the program, compressed with brotli for
//! `platform/packed.rs`: the gazetteer, the map and the letters' fonts, and each language's
//! message files (`locales/<language>/`) as three texts — the core's messages (`said-*.ftl`,
//! listed in `said_files.rs` so that a language is added by adding its folder), the documents'
//! words (letters, publication, cycle report) and the mails' defaults.

use std::fmt::Write;
use std::path::Path;

/// The shipped data, compressed as `<name>.br` in OUT_DIR.
const PACKED: &[&str] = &["data/gazetteer.tsv", "data/map/europe-50m.json", "fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf"];

/// Write `bytes` compressed as `<name>.br` in OUT_DIR: brotli's best (quality 11, a 16 MiB
/// window), some 15 % smaller than its quick settings; the compressor is built optimised
/// (the workspace's profiles) so the gazetteer takes seconds.
fn write_packed(out: &Path, name: &str, bytes: &[u8]) {
    let mut packed = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 24, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut packed, &params).unwrap();
    std::fs::write(out.join(format!("{name}.br")), packed).unwrap();
}

fn pack(manifest: &Path, out: &Path) {
    for file in PACKED {
        let from = manifest.join(file);
        println!("cargo::rerun-if-changed={}", from.display());
        let bytes = std::fs::read(&from).unwrap();
        let name = from.file_name().unwrap().to_string_lossy().into_owned();
        write_packed(out, &name, &bytes);
        if name == "gazetteer.tsv" {
            // How many places it holds, known without unpacking it (the window asks at start);
            // `gazetteer.rs` checks the count against what it reads.
            let places = String::from_utf8_lossy(&bytes).lines().skip(1).filter(|l| l.split('\t').count() >= 7).count();
            std::fs::write(out.join("gazetteer_places.txt"), places.to_string()).unwrap();
        }
    }
}

/// The documents' message files, one text a language.
const DOCUMENTS: &[&str] = &["letters", "privacy", "publication", "report"];

fn main() {
    // Read when the script runs, not when it was compiled: a compiled script may be reused for
    // another checkout that shares the target folder.
    let manifest = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let manifest = manifest.as_path();
    pack(manifest, Path::new(&std::env::var("OUT_DIR").unwrap()));
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).to_path_buf();
    let root = manifest.join("locales");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut languages: Vec<_> = std::fs::read_dir(&root).unwrap().filter_map(|e| e.ok()).filter(|e| e.path().is_dir()).collect();
    languages.sort_by_key(|e| e.file_name());
    let mut list = String::from("&[\n");
    for language in languages {
        println!("cargo::rerun-if-changed={}", language.path().display());
        let code = language.file_name().to_string_lossy().into_owned();
        let mut files: Vec<_> = std::fs::read_dir(language.path()).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "ftl")).collect();
        files.sort();
        let stem = |p: &Path| p.file_stem().unwrap().to_string_lossy().into_owned();
        // One text a group: Fluent files are joined line after line like one file.
        let join = |keep: &dyn Fn(&str) -> bool| {
            let mut text = String::new();
            for file in files.iter().filter(|p| keep(&stem(p))) {
                println!("cargo::rerun-if-changed={}", file.display());
                text.push_str(&std::fs::read_to_string(file).unwrap());
                text.push('\n');
            }
            text
        };
        write_packed(&out, &format!("said-{code}.ftl"), join(&|s| s.starts_with("said-")).as_bytes());
        let documents = join(&|s| DOCUMENTS.contains(&s));
        if !documents.trim().is_empty() {
            write_packed(&out, &format!("documents-{code}.ftl"), documents.as_bytes());
        }
        let mail = join(&|s| s == "mail");
        if !mail.trim().is_empty() {
            write_packed(&out, &format!("mail-{code}.ftl"), mail.as_bytes());
        }
        writeln!(list, "    ({code:?}, include_bytes!(concat!(env!(\"OUT_DIR\"), \"/said-{code}.ftl.br\"))),").unwrap();
    }
    list.push_str("]\n");
    std::fs::write(out.join("said_files.rs"), list).unwrap();
}
