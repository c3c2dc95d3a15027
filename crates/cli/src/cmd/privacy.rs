//! Data protection: the register of personal data, and what the network holds on a person.

use super::prelude::*;
use mobility_desk_core::privacy::{self, Subject};

#[derive(Subcommand)]
pub(crate) enum PrivacyCommand {
    /// The register of personal data: each kind, its table and columns, why it is held and
    /// under which retention rule.
    Register,
    /// How long each kind of personal data is kept, in years; shown, or set with the options.
    Retention {
        #[arg(long, value_name = "YEARS")]
        contact_details: Option<u32>,
        #[arg(long, value_name = "YEARS")]
        applications: Option<u32>,
        #[arg(long, value_name = "YEARS")]
        stories: Option<u32>,
        #[arg(long, value_name = "YEARS")]
        financial: Option<u32>,
    },
    /// The people whose name or e-mail holds TEXT, with where they appear.
    Find { text: String },
    /// Everything held about a person (named by e-mail and/or name), as JSON, and as a PDF
    /// when asked.
    Export {
        #[arg(long, default_value = "")]
        name: String,
        #[arg(long, default_value = "")]
        email: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long, value_name = "FILE")]
        pdf: Option<PathBuf>,
        /// The PDF's language: en or fr, the letters' languages (default: the language in Settings).
        #[arg(long)]
        lang: Option<String>,
    },
}

pub(crate) fn privacy(data_dir: Option<PathBuf>, command: PrivacyCommand) -> Result<(), Error> {
    match command {
        PrivacyCommand::Register => {
            for e in privacy::register() {
                println!("{:<16} {}.{{{}}}  {:?}, {:?}", format!("{:?}", e.kind), e.table, e.columns.join(", "), e.purpose, e.retention);
            }
        }
        PrivacyCommand::Retention { contact_details, applications, stories, financial } => {
            use mobility_desk_core::privacy::retention::RetentionPeriod;
            use mobility_desk_core::privacy::Retention;
            let mut store = open(data_dir)?;
            let asked: Vec<RetentionPeriod> = [(Retention::ContactDetails, contact_details), (Retention::Applications, applications), (Retention::Stories, stories), (Retention::Financial, financial)]
                .into_iter()
                .filter_map(|(rule, years)| years.map(|years| RetentionPeriod { rule, years }))
                .collect();
            let periods = if asked.is_empty() { store.retention_periods()? } else { store.save_retention_periods(&asked)? };
            for p in periods {
                println!("{:<16} {} year(s)", format!("{:?}", p.rule), p.years);
            }
        }
        PrivacyCommand::Find { text } => {
            let store = open(data_dir)?;
            for p in store.find_people(&text)? {
                println!("{:<40} {:<36} {:?}", p.name, p.email, p.kinds);
            }
        }
        PrivacyCommand::Export { name, email, out, pdf, lang } => {
            let store = open(data_dir)?;
            let subject = Subject { name, email };
            let count = store.write_access_export(&subject, &out, pdf.as_deref().map(|p| (p, lang.as_deref())))?;
            println!("{count} record(s) written to {}{}", out.display(), pdf.map(|p| format!(" and {}", p.display())).unwrap_or_default());
        }
    }
    Ok(())
}
