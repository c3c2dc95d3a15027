//! Data shipped inside the program compressed (brotli, by `build.rs`): the gazetteer, the map
//! of the cycle report and the letters' fonts, 4 MB as text and font files, a quarter of that
//! packed. Each is unpacked once, when first needed, by the module that reads it.

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
}
