//! Letters, the cycle report, stories and their publication.

use super::prelude::*;

#[derive(Subcommand)]
pub(crate) enum StoriesCommand {
    /// Add a story to an awarded grant; the text from a file (UTF-8; paragraphs separated by a
    /// blank line) or `--text`.
    Add {
        #[arg(long)]
        grant: i64,
        #[arg(long)]
        title: String,
        #[arg(long)]
        author: String,
        #[arg(long, value_name = "FILE", required_unless_present = "text", conflicts_with = "text")]
        file: Option<PathBuf>,
        #[arg(long)]
        text: Option<String>,
        /// The day the participant agreed to the story's publication (YYYY-MM-DD); without it
        /// the story is kept but left out of the publication.
        #[arg(long, value_name = "DATE", requires = "consent_scope")]
        consent_on: Option<String>,
        /// What they agreed to: publication, or publication-and-online (also the website).
        #[arg(long, value_name = "SCOPE", requires = "consent_on", value_parser = ["publication", "publication-and-online"])]
        consent_scope: Option<String>,
    },
    /// Add a photo (PNG or JPEG; scaled down when larger than 1,600 pixels) to a story.
    Photo {
        story: i64,
        file: PathBuf,
        #[arg(long, default_value = "")]
        caption: String,
    },
    /// The stories of a grant, or of every grant of a cycle.
    List {
        #[arg(long, required_unless_present = "cycle", conflicts_with = "cycle")]
        grant: Option<i64>,
        #[arg(long)]
        cycle: Option<i64>,
        #[arg(long)]
        json: bool,
    },
}

pub(crate) fn letters(data_dir: Option<PathBuf>, cycle: Option<i64>, grant: Option<i64>, out: Option<PathBuf>, combined: Option<PathBuf>, lang: Option<String>, list: bool) -> Result<(), Error> {
    use mobility_desk_core::letters::BatchProgress;
    use std::io::Write;
    let mut store = open(data_dir)?;
    let lang = lang.as_deref();
    let mut progress = |p: BatchProgress| {
        eprint!("\r{} of {} steps", p.done, p.total);
        let _ = std::io::stderr().flush();
        if p.done == p.total {
            eprintln!();
        }
        true
    };
    match (cycle, grant) {
        (_, Some(grant)) => {
            let out = out.ok_or_else(|| Error::new(ErrorCode::BadRequest, said!("said-shell-cli-grant-needs-out")))?;
            let letter = store.issue_letter(grant, lang, &store.actor())?;
            store.save_letter(letter.id, &out)?;
            println!("{}  {}  {} page(s), {} bytes, sha256 {}", letter.reference, out.display(), letter.pages, letter.bytes, letter.sha256);
        }
        (Some(cycle), None) if list => {
            let overview = store.letters_overview(cycle)?;
            for m in &overview.missing_settings {
                println!("missing in Settings: {m}");
            }
            for row in &overview.rows {
                let current = row.letters.last().map_or_else(String::new, |l| format!("{} ({}, {})", l.reference, l.language, l.issued_on));
                println!("{:>6}  {:<44} {:>12}  {:<9} {current}  {}", row.grant_id, row.applicant, format_euros(row.total_cents), row.status.label(), row.note);
            }
            println!("{} issued, {} to issue, {} outdated", overview.issued, overview.to_issue, overview.outdated);
        }
        (Some(cycle), None) => {
            let summary = match (out, combined) {
                (Some(dir), None) => store.write_cycle_letters(cycle, &dir, lang, &store.actor(), &mut progress)?,
                (None, Some(file)) => store.write_combined_letters(cycle, &file, lang, &store.actor(), &mut progress)?,
                _ => return Err(Error::new(ErrorCode::BadRequest, said!("said-shell-cli-cycle-needs-out"))),
            };
            for file in &summary.files {
                println!("{file}");
            }
            println!("{} letter(s) issued, {} already issued and written as archived", summary.issued, summary.reprinted);
        }
        (None, None) => return Err(Error::new(ErrorCode::BadRequest, said!("said-shell-cli-letters-what"))),
    }
    Ok(())
}

/// The cycle report: written as PDF and/or XLSX, or printed.
pub(crate) fn cycle_report(data_dir: Option<PathBuf>, cycle: i64, pdf: Option<PathBuf>, xlsx: Option<PathBuf>, lang: Option<String>, json: bool) -> Result<(), Error> {
    let store = open(data_dir)?;
    if pdf.is_some() || xlsx.is_some() {
        let files = store.write_cycle_report(cycle, pdf.as_deref(), xlsx.as_deref(), lang.as_deref())?;
        for path in [files.pdf, files.xlsx].into_iter().flatten() {
            let size = std::fs::metadata(&path).map(|m| m.len() / 1024).unwrap_or(0);
            println!("{path} ({size} KB, {})", files.language);
        }
        return Ok(());
    }
    let r = store.cycle_report(cycle)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&r).map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?);
        return Ok(());
    }
    let euros = |c: i64| mobility_desk_core::platform::money::format_money(c, "en");
    let kg = |g: i64| format!("{:.1} kg", g as f64 / 1000.0);
    println!("{} ({}, {})", r.cycle_title, r.programme, r.year);
    println!("awarded:   {} grants, {} of {} ({} paid, {} left)", r.grants, euros(r.budget.awarded_cents), euros(r.budget.envelope_cents), euros(r.budget.paid_cents), euros(r.budget.remaining_cents));
    if r.drafts_left_out + r.cancelled_left_out > 0 {
        println!("left out:  {} draft, {} cancelled", r.drafts_left_out, r.cancelled_left_out);
    }
    let share = r.green_permille.map_or_else(|| "-".to_string(), |p| format!("{}.{}%", p / 10, p % 10));
    println!("travel:    {} travellers on {} journeys, {} green ({share})", r.travellers, r.trips.len(), r.green_travellers);
    println!("footprint: {} CO2e ({} had all travelled standard)", kg(r.footprint.co2_grams), kg(r.footprint.all_standard_grams));
    for f in &r.footprint.rows {
        println!("  {:<60} {:>8.2} g/pkm  {:>9} pkm  {:>12}", f.label, f.mg_per_pkm as f64 / 1000.0, f.traveller_km, kg(f.co2_grams));
    }
    println!("source:    {}", r.footprint.source);
    println!("countries:");
    for c in &r.countries {
        println!("  {} {:<24} {:>3} grants {:>14}  sent {:>3}  received {:>3}", c.country, c.name, c.grants, euros(c.awarded_cents), c.travellers_sent, c.travellers_received);
    }
    Ok(())
}

pub(crate) fn stories(data_dir: Option<PathBuf>, command: StoriesCommand) -> Result<(), Error> {
    use mobility_desk_core::stories::StoryInput;
    let mut store = open(data_dir)?;
    match command {
        StoriesCommand::Add { grant, title, author, file, text, consent_on, consent_scope } => {
            let body = match (file, text) {
                (Some(path), _) => {
                    let bytes = read_import_file(&path)?;
                    String::from_utf8(bytes).map_err(|_| Error::new(ErrorCode::BadRequest, said!("said-shell-cli-not-utf8", path = path.display().to_string())))?
                }
                (None, Some(text)) => text,
                (None, None) => String::new(),
            };
            let consent_scope = mobility_desk_core::stories::ConsentScope::parse(&consent_scope.unwrap_or_default().replace('-', "_"));
            let story = store.add_story(grant, &StoryInput { title, author, body, consent_on, consent_scope }, &store.actor())?;
            println!("story {}: '{}' by {}", story.id, story.title, story.author);
        }
        StoriesCommand::Photo { story, file, caption } => {
            let bytes = std::fs::read(&file).map_err(|e| Error::new(ErrorCode::Io, said!("said-shell-file-unreadable", path = file.display().to_string(), error = e.to_string())))?;
            let name = file.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
            let s = store.add_story_photo(story, &bytes, &name, &caption)?;
            let p = s.photos.last().expect("the photo just added");
            println!("photo {} of story {}: {} × {} {}{}", p.seq, s.id, p.width, p.height, p.mime, if p.scaled { " (scaled down)" } else { "" });
        }
        StoriesCommand::List { grant, cycle, json } => {
            let list = match (grant, cycle) {
                (Some(g), _) => store.grant_stories(g)?,
                (None, Some(c)) => store.cycle_stories(c)?,
                (None, None) => Vec::new(),
            };
            if json {
                print_json(&list)?;
            } else {
                for s in &list {
                    println!("{:>5}  grant {:>5}  '{}' by {}  ({} photo(s), {} characters)", s.id, s.grant_id, s.title, s.author, s.photos.len(), s.body.chars().count());
                }
                println!("{} stor{}", list.len(), if list.len() == 1 { "y" } else { "ies" });
            }
        }
    }
    Ok(())
}

pub(crate) fn publication(data_dir: Option<PathBuf>, cycle: i64, out: PathBuf, lang: Option<String>) -> Result<(), Error> {
    let store = open(data_dir)?;
    if !out.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")) {
        return Err(Error::new(ErrorCode::BadRequest, said!("said-shell-cli-not-pdf-name", path = out.display().to_string())));
    }
    let size = store.write_publication(cycle, lang.as_deref(), &out)?;
    println!("{} ({} KB)", out.display(), size / 1024);
    Ok(())
}
