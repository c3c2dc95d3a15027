//! Lists the core's message files for people (`locales/<language>/said-*.ftl`), so that a
//! language is added by adding its folder: `platform/said.rs` includes what this writes. And
//! compresses the data shipped inside the program (the gazetteer, the map, the letters' fonts)
//! for `platform/packed.rs`.

use std::fmt::Write;
use std::path::Path;

/// The shipped data, compressed as `<name>.br` in OUT_DIR.
const PACKED: &[&str] = &["data/gazetteer.tsv", "data/map/europe-50m.json", "fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf"];

fn pack(manifest: &Path, out: &Path) {
    for file in PACKED {
        let from = manifest.join(file);
        println!("cargo::rerun-if-changed={}", from.display());
        let bytes = std::fs::read(&from).unwrap();
        let name = from.file_name().unwrap().to_string_lossy().into_owned();
        let mut packed = Vec::new();
        // Quality 9 of 11: within a few per cent of the smallest, in a fraction of the time
        // (this script is compiled unoptimised).
        let params = brotli::enc::BrotliEncoderParams { quality: 9, lgwin: 22, ..Default::default() };
        brotli::BrotliCompress(&mut bytes.as_slice(), &mut packed, &params).unwrap();
        std::fs::write(out.join(format!("{name}.br")), packed).unwrap();
        if name == "gazetteer.tsv" {
            // How many places it holds, known without unpacking it (the window asks at start);
            // `gazetteer.rs` checks the count against what it reads.
            let places = String::from_utf8_lossy(&bytes).lines().skip(1).filter(|l| l.split('\t').count() >= 7).count();
            std::fs::write(out.join("gazetteer_places.txt"), places.to_string()).unwrap();
        }
    }
}

fn main() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    pack(manifest, Path::new(&std::env::var("OUT_DIR").unwrap()));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut languages: Vec<_> = std::fs::read_dir(&root).unwrap().filter_map(|e| e.ok()).filter(|e| e.path().is_dir()).collect();
    languages.sort_by_key(|e| e.file_name());
    let mut out = String::from("&[\n");
    for language in languages {
        println!("cargo::rerun-if-changed={}", language.path().display());
        let mut files: Vec<_> = std::fs::read_dir(language.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("said-")) && p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        writeln!(out, "    ({:?}, &[", language.file_name().to_string_lossy()).unwrap();
        for file in files {
            println!("cargo::rerun-if-changed={}", file.display());
            writeln!(out, "        include_str!({:?}),", file.display().to_string()).unwrap();
        }
        out.push_str("    ]),\n");
    }
    out.push_str("]\n");
    std::fs::write(Path::new(&std::env::var("OUT_DIR").unwrap()).join("said_files.rs"), out).unwrap();
}
