//! Data shipped inside the program compressed (brotli, by `build.rs`): the gazetteer, the map
//! of the cycle report, the letters' fonts and each language's message files, 3.5 MB as text
//! and font files, a fifth of that packed. Each is unpacked once, when first needed, by the
//! module that reads it.

/// The bytes of a file `build.rs` packed, by its file name: `packed!("gazetteer.tsv")`.
macro_rules! packed {
    ($name:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".br"))
    };
}
pub(crate) use packed;

/// The file as it was before `build.rs` packed it.
pub(crate) fn unpack(packed: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(packed.len() * 4);
    // What build.rs wrote always unpacks; the test below reads every one.
    brotli_decompressor::BrotliDecompress(&mut &packed[..], &mut out).expect("data packed at build time unpacks");
    out
}

/// [`unpack`] for a text file.
pub(crate) fn unpack_text(packed: &[u8]) -> String {
    String::from_utf8(unpack(packed)).expect("text packed at build time is UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_packed_file_unpacks_to_the_file_in_the_repository() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let files: [(&[u8], &str); 4] = [
            (packed!("gazetteer.tsv"), "data/gazetteer.tsv"),
            (packed!("europe-50m.json"), "data/map/europe-50m.json"),
            (packed!("DejaVuSans.ttf"), "fonts/DejaVuSans.ttf"),
            (packed!("DejaVuSans-Bold.ttf"), "fonts/DejaVuSans-Bold.ttf"),
        ];
        for (packed, file) in files {
            let original = std::fs::read(root.join(file)).unwrap();
            assert!(packed.len() * 2 < original.len(), "{file} is packed to less than half");
            assert_eq!(unpack(packed), original, "{file}");
        }
    }

    #[test]
    fn each_language_s_words_unpack_to_its_files_joined() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let joined = |language: &str, names: &[&str]| -> String {
            names.iter().map(|n| std::fs::read_to_string(root.join(language).join(format!("{n}.ftl"))).unwrap() + "\n").collect()
        };
        let documents: [(&str, &[u8]); 2] = [("en", packed!("documents-en.ftl")), ("fr", packed!("documents-fr.ftl"))];
        for (language, packed) in documents {
            assert_eq!(unpack_text(packed), joined(language, &["letters", "privacy", "publication", "report"]), "{language}");
        }
        let mail: [(&str, &[u8]); 2] = [("en", packed!("mail-en.ftl")), ("fr", packed!("mail-fr.ftl"))];
        for (language, packed) in mail {
            assert_eq!(unpack_text(packed), joined(language, &["mail"]), "{language}");
        }
        let said: [(&str, &[u8]); 3] = [("de", packed!("said-de.ftl")), ("en", packed!("said-en.ftl")), ("fr", packed!("said-fr.ftl"))];
        for (language, packed) in said {
            let mut said: Vec<String> = std::fs::read_dir(root.join(language)).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).filter(|n| n.starts_with("said-")).collect();
            said.sort();
            let names: Vec<&str> = said.iter().map(|n| n.trim_end_matches(".ftl")).collect();
            assert_eq!(unpack_text(packed), joined(language, &names), "{language}");
            assert!(packed.len() * 4 < unpack(packed).len(), "{language}'s messages are packed to less than a quarter");
        }
    }
}
