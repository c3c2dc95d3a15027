//! Award letters: numbers, content in English and French read back from the PDF with
//! pdftotext, fonts embedded as subsets (pdffonts), a clean file (qpdf --check), byte-identical
//! reprints, versions after an amendment, batches, and the refusals.
//!
//! The PDF tools come from Debian's poppler-utils and qpdf (installed by `cargo xtask setup`);
//! a test that needs a missing tool fails and says which package to install.

use std::path::Path;
use std::process::Command;

use mobility_desk_core::intake::applications::Role;
use mobility_desk_core::cycle::cycles::Phase;
use mobility_desk_core::funding::grants::GrantState;
use mobility_desk_core::registry::hubs::HubInput;
use mobility_desk_core::letters::{BatchProgress, LetterStatus};
use mobility_desk_core::platform::money::format_money;
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::funding::rules::{Rule, RuleSetInput};
use mobility_desk_core::registry::settings::SettingsInput;
use mobility_desk_core::{ErrorCode, Store};
use crate::common::{cycle_of};

pub(crate) fn settings(language: &str) -> SettingsInput {
    SettingsInput {
        network_name: "Réseau Européen des Lieux Culturels".into(),
        postal_address: "Rue de la Loi 42\n1040 Bruxelles\nBelgium".into(),
        signatory_name: "Zofia Wiśniewska-Ødegård".into(),
        signatory_title: "Secretary General".into(),
        default_language: language.into(),
        signing_place: String::new(),
    }
}

fn demo() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    s.load_demo().unwrap();
    s.save_settings(settings("en")).unwrap();
    s
}

/// The demo P2P cycle selected and all its grants awarded.
fn awarded_p2p(s: &mut Store) -> i64 {
    let cycle = cycle_of(s, Shape::P2p);
    s.move_cycle(cycle, Phase::Selection, "").unwrap();
    s.select(cycle, "tester").unwrap();
    s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
    s.award_grants(cycle, None, true, "tester").unwrap();
    cycle
}

/// Rename the hub of an application through the hub form's own update.
fn rename_hub(s: &mut Store, application_id: i64, name: &str) {
    let hub = s.hub(s.application(application_id).unwrap().hub_id).unwrap();
    let input = HubInput {
        key: hub.key.clone(),
        name: name.to_string(),
        city: hub.city.clone(),
        country: hub.country.clone(),
        latitude: Some(hub.latitude),
        longitude: Some(hub.longitude),
        maturity: hub.maturity,
        membership: hub.membership,
        sectors: hub.sectors.clone(),
        languages: hub.languages.clone(),
        contact_name: hub.contact_name.clone(),
        contact_email: hub.contact_email.clone(),
        website: hub.website.clone(),
        available_for_mobility: hub.available_for_mobility,
        alliance_member: hub.alliance_member,
        member_since: hub.member_since,
        notes: hub.notes.clone(),
        archived: None,
        expected_version: None,
    };
    s.update_hub(hub.id, &input).unwrap();
}

fn tool(name: &str, package: &str) -> Command {
    let probe = Command::new(name).arg("-v").output();
    assert!(probe.is_ok(), "{name} is missing: install Debian's {package} (cargo xtask setup does)");
    Command::new(name)
}

/// Whether the PDF tools are here. On Linux they must be (`cargo xtask setup` installs them);
/// on Windows and macOS, where they are not part of the set-up, the checks that read PDFs
/// back are skipped with a note (`brew install poppler qpdf` brings them on macOS).
fn pdf_tools() -> bool {
    let here = ["pdftotext", "pdffonts", "qpdf"].iter().all(|t| Command::new(t).arg("-v").output().is_ok());
    if !here {
        if cfg!(target_os = "linux") {
            panic!("pdftotext, pdffonts and qpdf are needed: install Debian's poppler-utils and qpdf (cargo xtask setup does)");
        }
        eprintln!("skipped: pdftotext, pdffonts or qpdf is missing");
    }
    here
}

fn pdftotext(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.pdf");
    std::fs::write(&path, pdf).unwrap();
    text_of(&path)
}

fn text_of(path: &Path) -> String {
    let out = tool("pdftotext", "poppler-utils").args(["-layout", "-enc", "UTF-8"]).arg(path).arg("-").output().unwrap();
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn check_pdf(pdf: &[u8]) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.pdf");
    std::fs::write(&path, pdf).unwrap();
    let qpdf = tool("qpdf", "qpdf").arg("--check").arg(&path).output().unwrap();
    assert!(qpdf.status.success(), "qpdf --check: {}{}", String::from_utf8_lossy(&qpdf.stdout), String::from_utf8_lossy(&qpdf.stderr));
    let fonts = tool("pdffonts", "poppler-utils").arg(&path).output().unwrap();
    let fonts = String::from_utf8(fonts.stdout).unwrap();
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "{fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name, type words..., encoding, emb, sub, uni, object, generation
        let n = cols.len();
        assert!(cols[0].contains("+DejaVuSans"), "{row}");
        assert_eq!((cols[n - 5], cols[n - 4], cols[n - 3]), ("yes", "yes", "yes"), "embedded, subset, with Unicode map: {row}");
    }
}

/// pdftotext puts the narrow no-break spaces of French amounts back as spaces of some kind;
/// compare on plain spaces.
fn plain(text: &str) -> String {
    text.replace(['\u{202f}', '\u{a0}'], " ")
}

/// The amounts printed in the breakdown's "Amount" column, and the total, read back.
fn printed_amounts(text: &str, language: &str) -> (Vec<i64>, i64) {
    let parse = |t: &str| -> Option<i64> {
        let t = plain(t);
        let t = t.trim().trim_start_matches('€').trim_end_matches('€').trim();
        let negative = t.starts_with('-');
        let digits: String = t.chars().filter(char::is_ascii_digit).collect();
        let cents: i64 = digits.parse().ok()?;
        Some(if negative { -cents } else { cents })
    };
    let total_word = if language == "fr" { "Total de la subvention" } else { "Total grant" };
    let section_end = if language == "fr" { "Calendrier des versements" } else { "Payment schedule" };
    let start = text.find(if language == "fr" { "Détail de la subvention" } else { "How the grant is made up" }).unwrap();
    let end = text[start..].find(section_end).map(|e| start + e).unwrap_or(text.len());
    let mut lines = Vec::new();
    let mut total = None;
    for line in text[start..end].lines().skip(2) {
        let last = plain(line).split("  ").map(str::trim).filter(|c| !c.is_empty()).last().map(str::to_string);
        let Some(last) = last else { continue };
        if !last.contains('€') {
            continue;
        }
        let amount = parse(&last).unwrap();
        if line.contains(total_word) {
            total = Some(amount);
        } else {
            lines.push(amount);
        }
    }
    (lines, total.expect("a total line"))
}

#[test]
fn issuing_numbers_archives_and_reprints_the_same_bytes() {
    if !pdf_tools() {
        return;
    }
    let mut s = demo();
    let cycle = awarded_p2p(&mut s);
    let grants = s.grants(cycle).unwrap();
    let year = s.cycle(cycle).unwrap().year;
    let first = s.issue_letter(grants[0].id, None, "tester").unwrap();
    let second = s.issue_letter(grants[1].id, Some("fr"), "tester").unwrap();
    assert_eq!(first.reference, format!("P2P-{year}-001"));
    assert_eq!(second.reference, format!("P2P-{year}-002"));
    assert_eq!((first.language.as_str(), second.language.as_str()), ("en", "fr"));
    // Issuing again gives the letter already issued, not a new number.
    assert_eq!(s.issue_letter(grants[0].id, None, "tester").unwrap(), first);
    let archived = s.letter_pdf(first.id).unwrap();
    assert_eq!(archived.len() as i64, first.bytes);
    assert!(first.bytes < 40 * 1024, "one letter is {} bytes", first.bytes);
    // A reprint is the archive; setting the kept content again gives the very same bytes.
    assert_eq!(s.letter_pdf(first.id).unwrap(), archived);
    assert_eq!(s.reset_letter(first.id).unwrap(), archived);
    check_pdf(&archived);
    let text = pdftotext(&archived);
    assert!(text.contains(&first.reference), "{text}");
    assert!(text.contains("Page 1 of"), "{text}");
}

#[test]
fn letters_carry_every_name_amount_and_reference_in_both_languages() {
    if !pdf_tools() {
        return;
    }
    let mut s = demo();
    let cycle = awarded_p2p(&mut s);
    let grants = s.grants(cycle).unwrap();
    for (i, g) in grants.iter().enumerate() {
        let language = if i % 2 == 0 { "en" } else { "fr" };
        let letter = s.issue_letter(g.id, Some(language), "tester").unwrap();
        let pdf = s.letter_pdf(letter.id).unwrap();
        let text = plain(&pdftotext(&pdf));
        // pdftotext may break a long name across lines: compare with line breaks as spaces.
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(&plain(&g.hub_name)), "{} missing from\n{text}", g.hub_name);
        assert!(flat.contains(&letter.reference), "{}", letter.reference);
        assert!(flat.contains(&plain(&format_money(g.total_cents, language))), "{} missing from\n{text}", format_money(g.total_cents, language));
        if let Some(host) = &g.host_name {
            assert!(flat.contains(&plain(host)), "{host} missing from\n{text}");
        }
        assert!(flat.contains("Zofia Wiśniewska-Ødegård"));
        let (lines, total) = printed_amounts(&text, language);
        assert_eq!(total, g.total_cents, "{text}");
        assert_eq!(lines.iter().sum::<i64>(), total, "the lines printed add up to the total printed:\n{text}");
        if language == "fr" {
            assert!(flat.contains("Objet"), "{text}");
            assert!(flat.contains("Veuillez agréer"), "{text}");
        } else {
            assert!(flat.contains("Yours sincerely"), "{text}");
        }
    }
}

#[test]
fn every_script_of_the_demo_hubs_prints() {
    if !pdf_tools() {
        return;
    }
    let mut s = demo();
    let cycle = awarded_p2p(&mut s);
    // The demo's P2P applicants use some scripts; the rest are put to the test by renaming hubs.
    let names = ["Φάμπρικα Ξυλουργείου", "Морска работилница", "Przędzalnia Świt", "Dílna Přístav", "Mørketid Studio", "Listasmiðjan Þel", "Værkstedet ved Åen"];
    let grants: Vec<_> = s.grants(cycle).unwrap().into_iter().filter(|g| g.role == Role::Visiting).collect();
    for (name, g) in names.iter().zip(&grants) {
        rename_hub(&mut s, g.application_id, name);
        let letter = s.issue_letter(g.id, Some("en"), "tester").unwrap();
        let text = pdftotext(&s.letter_pdf(letter.id).unwrap());
        assert!(text.contains(name), "{name} missing from\n{text}");
    }
}

#[test]
fn an_amended_grant_gets_a_second_version_and_the_first_stays() {
    if !pdf_tools() {
        return;
    }
    let mut s = demo();
    let cycle = awarded_p2p(&mut s);
    let g = s.grants(cycle).unwrap().into_iter().find(|g| g.role == Role::Visiting).unwrap();
    let first = s.issue_letter(g.id, None, "tester").unwrap();
    let first_bytes = s.letter_pdf(first.id).unwrap();
    let mut body = s.rule_set(cycle).unwrap().body;
    for c in &mut body.components {
        if let Rule::Subsistence { rate_cents, .. } = &mut c.rule {
            *rate_cents = 15_000;
        }
    }
    s.save_rule_set(cycle, &RuleSetInput { body, note: "Lower day rate".into() }, "tester").unwrap();
    s.amend_grant(g.id, "New day rate", "tester").unwrap();
    let overview = s.letters_overview(cycle).unwrap();
    let row = overview.rows.iter().find(|r| r.grant_id == g.id).unwrap();
    assert_eq!(row.status, LetterStatus::Outdated);
    let second = s.issue_letter(g.id, None, "tester").unwrap();
    assert_eq!(second.reference, format!("{}/2", first.reference));
    assert_eq!(second.version, 2);
    let letters = s.grant_letters(g.id).unwrap();
    assert_eq!(letters.len(), 2);
    assert!(letters[0].superseded && !letters[1].superseded);
    assert_eq!(s.letter_pdf(first.id).unwrap(), first_bytes, "the first version stays archived as it was");
    let text = pdftotext(&s.letter_pdf(second.id).unwrap());
    assert!(text.contains(&format!("replaces letter {}", first.reference)), "{text}");
}

#[test]
fn numbers_are_never_reused_after_a_cancellation() {
    let mut s = demo();
    let cycle = awarded_p2p(&mut s);
    let grants = s.grants(cycle).unwrap();
    let first = s.issue_letter(grants[0].id, None, "tester").unwrap();
    s.cancel_grant(grants[0].id, "Withdrawn", "tester").unwrap();
    let err = s.issue_letter(grants[0].id, None, "tester").unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    assert!(err.message.contains("cancelled"), "{}", err.message);
    let next = s.issue_letter(grants[1].id, None, "tester").unwrap();
    assert_ne!(next.reference, first.reference);
    assert!(next.reference.ends_with("-002"), "{}", next.reference);
    // The cancelled grant's letter stays in the archive.
    assert_eq!(s.grant_letters(grants[0].id).unwrap().len(), 1);
}

#[test]
fn issuing_is_refused_with_what_is_missing() {
    let mut s = Store::open_in_memory().unwrap();
    s.load_demo().unwrap();
    let cycle = awarded_p2p(&mut s);
    let g = s.grants(cycle).unwrap()[0].clone();
    let err = s.issue_letter(g.id, None, "tester").unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    for what in ["the network's name", "postal address", "the signatory's name", "the signatory's title"] {
        assert!(err.message.contains(what), "{what}: {}", err.message);
    }
    let mut partial = settings("en");
    partial.signatory_name = String::new();
    s.save_settings(partial).unwrap();
    let err = s.issue_letter(g.id, None, "tester").unwrap_err();
    assert_eq!(err.message, "The letter cannot be issued: the signatory's name is missing. Fill it in under Settings.");
    assert!(s.grant_letters(g.id).unwrap().is_empty());
    // The preview still shows, with the problem named.
    let preview = s.letter_preview(g.id, None).unwrap();
    assert_eq!(preview.problems, vec!["Settings: the signatory's name is missing.".to_string()]);

    s.save_settings(settings("en")).unwrap();
    let err = s.issue_letter(g.id, Some("de"), "tester").unwrap_err();
    assert_eq!(err.code, ErrorCode::Validation);
}

#[test]
fn a_zero_grant_and_a_character_the_font_lacks_are_refused() {
    let mut s = demo();
    let cycle = cycle_of(&s, Shape::P2p);
    s.move_cycle(cycle, Phase::Selection, "").unwrap();
    s.select(cycle, "tester").unwrap();
    // A rule set that gives nothing: every component at €0.
    let mut body = s.rule_set(cycle).unwrap().body;
    for c in &mut body.components {
        match &mut c.rule {
            Rule::Subsistence { rate_cents, .. } => *rate_cents = 0,
            Rule::CappedTravel { cap_cents } => *cap_cents = 0,
            Rule::LumpSum { amount_cents } => *amount_cents = 0,
            _ => {}
        }
    }
    s.save_rule_set(cycle, &RuleSetInput { body, note: "Nothing".into() }, "tester").unwrap();
    s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
    let g = s.grants(cycle).unwrap()[0].clone();
    assert_eq!(g.total_cents, 0);
    let err = s.issue_letter(g.id, None, "tester").unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    assert!(err.message.contains("€0.00"), "{}", err.message);
    assert_eq!(s.grants(cycle).unwrap()[0].state, GrantState::Draft, "nothing was awarded");

    let mut s = demo();
    let cycle = awarded_p2p(&mut s);
    let g = s.grants(cycle).unwrap()[0].clone();
    rename_hub(&mut s, g.application_id, "Hub 🎭 Stage");
    let err = s.issue_letter(g.id, None, "tester").unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    assert!(err.message.contains("the hub's name") && err.message.contains("U+1F3AD"), "{}", err.message);
    assert!(s.grant_letters(g.id).unwrap().is_empty());
    // The number was not used up.
    let other = s.issue_letter(s.grants(cycle).unwrap()[1].id, None, "tester").unwrap();
    assert!(other.reference.ends_with("-001"), "{}", other.reference);
}

#[test]
fn a_cycle_goes_to_a_folder_or_one_file_and_a_bad_folder_loses_nothing() {
    if !pdf_tools() {
        return;
    }
    let mut s = demo();
    let cycle = awarded_p2p(&mut s);
    let count = s.grants(cycle).unwrap().iter().filter(|g| g.state == GrantState::Awarded && g.total_cents > 0).count();
    let dir = tempfile::tempdir().unwrap();
    let mut steps = Vec::new();
    let summary = s.write_cycle_letters(cycle, dir.path(), None, "tester", &mut |p: BatchProgress| {
        steps.push(p);
        true
    }).unwrap();
    assert_eq!(summary.issued as usize, count);
    assert_eq!(summary.files.len(), count);
    assert_eq!(steps.last().unwrap(), &BatchProgress { done: 2 * count as u32, total: 2 * count as u32 });
    let mut names: Vec<String> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(names.len(), count, "{names:?}");
    assert!(names.iter().all(|n| n.ends_with(".pdf") && n.is_ascii() && !n.contains(['/', '\\', ':', '*', '?', '"', '<', '>', '|', ' '])), "{names:?}");
    assert!(names[0].starts_with("P2P-"), "{names:?}");

    // The combined file: the same letters, already issued, reprinted into one PDF.
    let combined = dir.path().join("all.pdf");
    let summary = s.write_combined_letters(cycle, &combined, None, "tester", &mut |_| true).unwrap();
    assert_eq!((summary.issued, summary.reprinted as usize), (0, count));
    let bytes = std::fs::read(&combined).unwrap();
    check_pdf(&bytes);
    let per_letter = bytes.len() / count;
    assert!(per_letter < 5 * 1024 + 30 * 1024 / count, "{} bytes for {count} letters", bytes.len());
    let text = text_of(&combined);
    for g in s.grants(cycle).unwrap().iter().filter(|g| g.state == GrantState::Awarded) {
        assert!(plain(&text).split_whitespace().collect::<Vec<_>>().join(" ").contains(&plain(&g.hub_name)), "{}", g.hub_name);
    }

    // A folder that does not exist, and a target that is not a PDF: refused before anything.
    let mut fresh = demo();
    let cycle = awarded_p2p(&mut fresh);
    let err = fresh.write_cycle_letters(cycle, &dir.path().join("missing"), None, "tester", &mut |_| true).unwrap_err();
    assert_eq!(err.code, ErrorCode::Io);
    assert!(err.message.contains("does not exist"), "{}", err.message);
    let err = fresh.write_combined_letters(cycle, &dir.path().join("all.docx"), None, "tester", &mut |_| true).unwrap_err();
    assert_eq!(err.code, ErrorCode::Validation);
    assert_eq!(fresh.letters_overview(cycle).unwrap().issued, 0, "nothing was issued");

    // Cancelled half-way: the letters issued so far stay, and no file is half-written.
    let out = tempfile::tempdir().unwrap();
    let summary = fresh.write_cycle_letters(cycle, out.path(), None, "tester", &mut |p| p.done < 3).unwrap();
    assert!(summary.cancelled);
    // Letters are set on every core: those under way on the other cores when the answer came
    // are kept too, numbered in order after the others; the rest are not issued.
    assert!(summary.issued >= 3 && (summary.issued as usize) < count, "{} issued", summary.issued);
    let overview = fresh.letters_overview(cycle).unwrap();
    let mut numbers: Vec<String> = overview.rows.iter().filter_map(|r| r.letters.last().map(|l| l.reference.clone())).collect();
    numbers.sort();
    let expected: Vec<String> = (1..=summary.issued).map(|n| format!("P2P-2027-{n:03}")).collect();
    assert_eq!(numbers, expected, "no gap in the numbers");
    assert!(std::fs::read_dir(out.path()).unwrap().next().is_none(), "no file written before the issuing half ended");
}

#[cfg(unix)]
#[test]
fn a_folder_that_cannot_be_written_is_said_at_once() {
    use std::os::unix::fs::PermissionsExt;
    let mut s = demo();
    let cycle = awarded_p2p(&mut s);
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
    // Root writes in a read-only folder: there, use a folder no one can write in, /proc.
    let probe = locked.join("probe");
    let folder = if std::fs::write(&probe, b"x").is_ok() {
        std::fs::remove_file(&probe).unwrap();
        std::path::PathBuf::from("/proc")
    } else {
        locked
    };
    let err = s.write_cycle_letters(cycle, &folder, None, "tester", &mut |_| true).unwrap_err();
    assert_eq!(err.code, ErrorCode::Io);
    assert!(err.message.contains("cannot be written"), "{}", err.message);
    let err = s.write_combined_letters(cycle, &folder.join("all.pdf"), None, "tester", &mut |_| true).unwrap_err();
    assert!(err.message.contains("cannot be written"), "{}", err.message);
    assert_eq!(s.letters_overview(cycle).unwrap().issued, 0, "nothing was issued");
}

#[test]
fn letters_survive_a_restart() {
    if !pdf_tools() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.sqlite3");
    let (id, bytes) = {
        let mut s = Store::open(&path).unwrap();
        s.load_demo().unwrap();
        s.save_settings(settings("fr")).unwrap();
        let cycle = awarded_p2p(&mut s);
        let g = s.grants(cycle).unwrap()[0].clone();
        let letter = s.issue_letter(g.id, None, "tester").unwrap();
        assert_eq!(letter.language, "fr", "the default language comes from Settings");
        (letter.id, s.letter_pdf(letter.id).unwrap())
    };
    let s = Store::open(&path).unwrap();
    assert_eq!(s.letter_pdf(id).unwrap(), bytes);
    let text = pdftotext(&bytes);
    assert!(text.contains("Notre référence"), "{text}");
}

/// The French total of a large grant: "11 628,00 €" stays on one line with its sign, in the
/// breakdown and the payment schedule (it used to break before the euro sign).
#[test]
fn a_large_french_amount_stays_whole_on_its_line() {
    if !pdf_tools() {
        return;
    }
    for lump in [1_162_800, 1_000_000] {
        let mut s = demo();
        s.save_settings(settings("fr")).unwrap();
        let cycle = cycle_of(&s, Shape::P2p);
        s.move_cycle(cycle, Phase::Selection, "").unwrap();
        s.select(cycle, "tester").unwrap();
        let mut body = s.rule_set(cycle).unwrap().body;
        for c in &mut body.components {
            if let Rule::LumpSum { amount_cents } = &mut c.rule {
                *amount_cents = lump;
            }
        }
        s.save_rule_set(cycle, &RuleSetInput { body, note: "A large final event".into() }, "tester").unwrap();
        s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
        s.award_grants(cycle, None, true, "tester").unwrap();
        let host = s.grants(cycle).unwrap().into_iter().find(|g| g.role == Role::Hosting).unwrap();
        let letter = s.issue_letter(host.id, Some("fr"), "tester").unwrap();
        let text = plain(&pdftotext(&s.letter_pdf(letter.id).unwrap()));
        let printed = format_money(lump, "fr").replace(['\u{202f}', '\u{a0}'], " ");
        let total = text.lines().find(|l| l.trim_start().starts_with("Total")).unwrap_or_else(|| panic!("no total line:\n{text}"));
        assert!(total.trim_end().ends_with(&printed), "the total and its sign on one line: '{total}'\n{text}");
        assert!(!text.lines().any(|l| l.trim() == "€"), "no euro sign alone on a line:\n{text}");
        // Every amount of the letter is whole where it is printed.
        let whole = text.matches(&printed).count();
        assert!(whole >= 2, "{printed} {whole} times:\n{text}");
    }
}

/// The place before the date: read from the address (whatever language its country line is
/// in) until staff type one in Settings, then printed as typed.
#[test]
fn the_place_of_signature_comes_from_settings_as_typed() {
    if !pdf_tools() {
        return;
    }
    let mut s = demo();
    let mut input = settings("fr");
    input.postal_address = "Rue de la Loi 42\n1040 Bruxelles\nBelgique".into();
    let shown = s.save_settings(input.clone()).unwrap();
    assert_eq!((shown.signing_place.as_str(), shown.signing_place_typed), ("Bruxelles", false));
    let cycle = awarded_p2p(&mut s);
    let grants = s.grants(cycle).unwrap();
    let first = s.issue_letter(grants[0].id, Some("fr"), "tester").unwrap();
    let text = plain(&pdftotext(&s.letter_pdf(first.id).unwrap()));
    assert!(text.lines().any(|l| l.trim().starts_with("Bruxelles, le ")), "{text}");
    assert!(!text.contains("Belgique, le"), "{text}");

    input.signing_place = "  Ixelles (Bruxelles)  ".into();
    let shown = s.save_settings(input.clone()).unwrap();
    assert_eq!((shown.signing_place.as_str(), shown.signing_place_typed), ("Ixelles (Bruxelles)", true));
    let second = s.issue_letter(grants[1].id, Some("en"), "tester").unwrap();
    let text = plain(&pdftotext(&s.letter_pdf(second.id).unwrap()));
    assert!(text.lines().any(|l| l.trim().starts_with("Ixelles (Bruxelles), ")), "{text}");
    // Too long, or a character the font lacks, is refused at its field or named.
    input.signing_place = "x".repeat(81);
    let err = s.save_settings(input.clone()).unwrap_err();
    assert_eq!(err.fields[0].field, "signing_place");
    input.signing_place = "Bruxelles 🎭".into();
    s.save_settings(input).unwrap();
    let err = s.issue_letter(grants[2].id, None, "tester").unwrap_err();
    assert!(err.message.contains("the place of signature (Settings)") && err.message.contains("U+1F3AD"), "{}", err.message);
}

/// A P2P letter states the visit the two hubs agreed, never a hub's availability: "to be
/// agreed" until the dates are set on the pair, then the dates, in a new version.
#[test]
fn a_p2p_letter_states_the_visit_not_the_availability() {
    if !pdf_tools() {
        return;
    }
    let mut s = demo();
    let cycle = awarded_p2p(&mut s);
    let plan = s.pairing_plan(cycle).unwrap();
    let pair = plan.pairs.iter().find(|p| p.visiting.starts_on.is_some()).unwrap().clone();
    let grant = s.grants(cycle).unwrap().into_iter().find(|g| g.application_id == pair.visiting.application_id).unwrap();
    let first = s.issue_letter(grant.id, Some("en"), "tester").unwrap();
    let text = plain(&pdftotext(&s.letter_pdf(first.id).unwrap())).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("on dates the two hubs are still to agree"), "{text}");
    let available = mobility_desk_core::documents::i18n::Words::of("en").unwrap().date_text(pair.visiting.starts_on.as_deref().unwrap());
    assert!(!text.contains(&available), "the availability ({available}) is not the visit: {text}");

    let visit = pair.visit.clone().unwrap();
    s.set_pair_visit(cycle, pair.visiting.application_id, Some((&visit.starts_on, &visit.ends_on))).unwrap();
    let overview = s.letters_overview(cycle).unwrap();
    assert_eq!(overview.rows.iter().find(|r| r.grant_id == grant.id).unwrap().status, LetterStatus::Outdated);
    let second = s.issue_letter(grant.id, Some("en"), "tester").unwrap();
    assert_eq!(second.reference, format!("{}/2", first.reference));
    let text = plain(&pdftotext(&s.letter_pdf(second.id).unwrap())).split_whitespace().collect::<Vec<_>>().join(" ");
    let words = mobility_desk_core::documents::i18n::Words::of("en").unwrap();
    let period = format!("from {} to {}", words.date_text(&visit.starts_on), words.date_text(&visit.ends_on));
    assert!(text.contains(&period), "{period} in {text}");
}

/// Every character the core writes into documents by itself (its messages in every language,
/// the emission factors and programmes its code and migrations seed, the demo network, the
/// country names, the gazetteer's places; its comments too, which costs nothing) is in the letters' fonts, cut down as they are to the scripts
/// of Europe and its neighbours (`crates/core/fonts/README.md`).
#[test]
fn the_fonts_have_every_character_the_core_writes() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    // The folders, and the code's own texts (the emission factors' labels and source are there).
    let mut folders: Vec<std::path::PathBuf> = ["locales/en", "locales/fr", "locales/de", "migrations", "data", "src"].iter().map(|d| root.join(d)).collect();
    while let Some(dir) = folders.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| ["ftl", "sql", "csv", "tsv", "rs"].iter().any(|x| e == *x)) {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 150, "{}", files.len());
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        if let Some(c) = mobility_desk_core::documents::typeset::missing_glyph(&text) {
            panic!("{}: the fonts lack '{c}' (U+{:04X})", path.display(), c as u32);
        }
    }
}
