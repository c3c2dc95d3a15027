//! Award letters side by side: Mobility Desk (printpdf) against LibreOffice converting the
//! same letters headless, for 1 and 50 letters; then 500 letters, the size of one letter and
//! of a combined file.
//!
//! Run: `cargo run --release -p mobility-desk-core --example letters_bench` (LibreOffice from
//! Debian's libreoffice-writer-nogui; without it, only our side is measured). Figures go in
//! docs/benchmarks.md.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use mobility_desk_core::cycle::cycles::{CycleQuery, Phase};
use mobility_desk_core::documents::typeset::{Align, Block, Document};
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::registry::settings::SettingsInput;
use mobility_desk_core::Store;

/// A store with `n` awarded Staff Exchange grants among the demo hubs.
fn store_with(dir: &Path, n: usize) -> (Store, i64) {
    let mut store = Store::open(&dir.join("bench.sqlite")).unwrap();
    store.load_demo_with(false).unwrap();
    store
        .save_settings(SettingsInput {
            network_name: "Réseau Européen des Lieux Culturels".into(),
            postal_address: "Rue de la Loi 42\n1040 Bruxelles\nBelgium".into(),
            signatory_name: "Zofia Wiśniewska".into(),
            signatory_title: "Secretary General".into(),
            default_language: "en".into(),
            signing_place: String::new(),
        })
        .unwrap();
    let cycle = store.cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == Shape::StaffExchange).unwrap().id;
    let hubs: Vec<i64> = store.list_hubs(&Default::default()).unwrap().rows.iter().map(|h| h.id).collect();
    store.bench_selected_visitors(cycle, &hubs, n).unwrap();
    store.move_cycle(cycle, Phase::CallOpen, "").unwrap();
    store.move_cycle(cycle, Phase::Selection, "").unwrap();
    store.award_grants(cycle, None, true, "bench").unwrap();
    (store, cycle)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The same letter as an HTML page for LibreOffice to lay out: the same blocks, the same font.
fn html(doc: &Document) -> String {
    let mut out = String::from("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{font-family:'DejaVu Sans';font-size:9.8pt} p{text-align:justify} table{width:100%;border-collapse:collapse} td,th{padding:3pt;border-bottom:0.3pt solid #ccc;font-size:8.6pt} .r{text-align:right} h3{color:#174469;font-size:10.4pt}</style></head><body>");
    for block in &doc.blocks {
        match block {
            Block::Letterhead { name, address, mark } => out.push_str(&format!("<p><b>{}</b> <b>{}</b><br><small>{}</small></p><hr>", escape(mark), escape(name), escape(&address.join(" · ")))),
            Block::Right { lines } => out.push_str(&format!("<p style=\"text-align:right\">{}</p>", escape(&lines.join("<br>")))),
            Block::Lines { lines, .. } => out.push_str(&format!("<p style=\"text-align:left\">{}</p>", lines.iter().map(|l| escape(l)).collect::<Vec<_>>().join("<br>"))),
            Block::Heading { text } => out.push_str(&format!("<h3>{}</h3>", escape(text))),
            Block::Paragraph { text } => out.push_str(&format!("<p>{}</p>", escape(text))),
            Block::Table { columns, rows } => {
                out.push_str("<table><tr>");
                for c in columns {
                    out.push_str(&format!("<th class=\"{}\">{}</th>", if c.align == Align::Right { "r" } else { "" }, escape(&c.title)));
                }
                out.push_str("</tr>");
                for r in rows {
                    out.push_str("<tr>");
                    for (i, cell) in r.cells.iter().enumerate() {
                        let span = if i == 0 { r.span.max(1) } else { 1 };
                        out.push_str(&format!("<td colspan=\"{span}\">{}</td>", escape(cell)));
                    }
                    out.push_str("</tr>");
                }
                out.push_str("</table>");
            }
            Block::Signatures { parts } => {
                out.push_str("<table><tr>");
                for p in parts {
                    out.push_str(&format!("<td>{}<br><br><br>______________<br><b>{}</b><br>{}</td>", escape(&p.above.join(" ")), escape(&p.name), escape(&p.below.join("<br>"))));
                }
                out.push_str("</tr></table>");
            }
            Block::Space { .. } => out.push_str("<br>"),
            // Letters use none of the publication's blocks.
            _ => {}
        }
    }
    out.push_str("</body></html>");
    out
}

/// Ours: issue and write `n` letters (numbered, set, hashed, archived, one file each).
fn ours(n: usize) -> (f64, Vec<Document>, u64) {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, cycle) = store_with(dir.path(), n);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let started = Instant::now();
    let summary = store.write_cycle_letters(cycle, &out, None, "bench", &mut |_| true).unwrap();
    let seconds = started.elapsed().as_secs_f64();
    assert_eq!(summary.files.len(), n);
    let overview = store.letters_overview(cycle).unwrap();
    let ids: Vec<i64> = overview.rows.iter().filter_map(|r| r.letters.last().map(|l| l.id)).collect();
    let docs = ids.iter().map(|id| store.letter_document(*id).unwrap()).collect();
    let size = overview.rows[0].letters[0].bytes as u64;
    (seconds, docs, size)
}

/// LibreOffice: convert the same letters (as HTML) to PDF in one headless run.
fn libreoffice(docs: &[Document]) -> Option<f64> {
    let soffice = ["soffice", "libreoffice"].into_iter().find(|p| Command::new(p).arg("--version").output().is_ok())?;
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        let path = dir.path().join(format!("letter-{i:03}.html"));
        std::fs::write(&path, html(doc)).unwrap();
        files.push(path);
    }
    let profile = dir.path().join("profile");
    let started = Instant::now();
    let status = Command::new(soffice)
        .arg(format!("-env:UserInstallation=file://{}", profile.display()))
        .args(["--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir"])
        .arg(dir.path().join("pdf"))
        .args(&files)
        .output()
        .unwrap();
    let seconds = started.elapsed().as_secs_f64();
    let made = std::fs::read_dir(dir.path().join("pdf")).map(|d| d.count()).unwrap_or(0);
    assert!(status.status.success() && made == docs.len(), "LibreOffice made {made} of {} PDFs: {}", docs.len(), String::from_utf8_lossy(&status.stderr));
    Some(seconds)
}

fn main() {
    println!("| letters | Mobility Desk | LibreOffice headless | ratio |");
    println!("|---|---|---|---|");
    let mut single = 0;
    for n in [1, 50] {
        // A first LibreOffice run starts cold (its profile is made): warm it once, as a
        // fair comparison, then time.
        let (seconds, docs, size) = ours(n);
        single = size;
        let _ = libreoffice(&docs[..1]);
        match libreoffice(&docs) {
            Some(lo) => println!("| {n} | {:.0} ms | {:.0} ms | {:.0}× |", seconds * 1000.0, lo * 1000.0, lo / seconds),
            None => println!("| {n} | {:.0} ms | (LibreOffice not installed) | |", seconds * 1000.0),
        }
    }
    let (seconds, _, _) = ours(500);
    println!();
    println!("500 letters issued and written one file each: {:.2} s", seconds);

    let dir = tempfile::tempdir().unwrap();
    let (mut store, cycle) = store_with(dir.path(), 500);
    let file = dir.path().join("all.pdf");
    store.write_combined_letters(cycle, &file, None, "bench", &mut |_| true).unwrap();
    // Again, all issued: the time to set 500 archived letters into one file.
    let started = Instant::now();
    store.write_combined_letters(cycle, &file, None, "bench", &mut |_| true).unwrap();
    let combined = started.elapsed().as_secs_f64();
    let bytes = std::fs::metadata(&file).unwrap().len();
    println!("500 letters in one combined file: {:.2} s, {} KB, {:.1} KB per letter", combined, bytes / 1024, bytes as f64 / 500.0 / 1024.0);
    println!("one letter: {:.1} KB", single as f64 / 1024.0);
}
