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
    /// Erase a person (named by e-mail and/or name): shows what goes and what stays, and
    /// erases only with --yes.
    Erase {
        #[arg(long, default_value = "")]
        name: String,
        #[arg(long, default_value = "")]
        email: String,
        /// Erase: without it, nothing is done.
        #[arg(long)]
        yes: bool,
    },
    /// The erasures made: when, by whom and how many records of each kind.
    Erasures,
    /// What each retention rule says is past its period today; erased only with --yes.
    Past {
        /// Erase it: without it, nothing is done.
        #[arg(long)]
        yes: bool,
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
        PrivacyCommand::Erase { name, email, yes } => {
            let store = open(data_dir)?;
            let subject = Subject { name, email };
            let plan = store.erasure_plan(&subject)?;
            for item in &plan.items {
                println!("{:<9} {:<14} #{:<6} {}", format!("{:?}", item.action).to_lowercase(), format!("{:?}", item.kind), item.id, item.context);
            }
            println!("stays: grants, payments, letters' references and amounts");
            if plan.unpaid_instalments > 0 {
                let own = if plan.unpaid_lose_account { "; their own bank details go" } else { "" };
                println!("stays: {} unpaid instalment(s), {} cents{own}", plan.unpaid_instalments, plan.unpaid_cents);
            }
            if plan.letters_kept > 0 {
                println!("stays: {} issued letter(s) naming them, until the end of {}", plan.letters_kept, plan.letters_kept_until.unwrap_or_default());
            }
            if plan.desk_person {
                println!("stays: the desk they work at, with their name");
            }
            if !yes {
                println!("nothing erased: run again with --yes to erase");
                return Ok(());
            }
            let done = store.erase_person(&subject)?;
            println!("erased {} record(s) (erasure {}); {} backup(s) replaced by one taken now", done.record.counts.iter().map(|c| c.count).sum::<i64>(), done.record.id, done.backups_replaced);
        }
        PrivacyCommand::Past { yes } => {
            let store = open(data_dir)?;
            let plan = store.past_retention()?;
            for rule in &plan.rules {
                println!("{:<16} {} year(s): {} record(s) from before {}", format!("{:?}", rule.rule), rule.years, rule.items.len(), rule.before);
                for item in &rule.items {
                    println!("  {:<9} {:<14} #{:<6} {}", format!("{:?}", item.action).to_lowercase(), format!("{:?}", item.kind), item.id, item.context);
                }
            }
            if !yes {
                println!("nothing erased: run again with --yes to erase");
                return Ok(());
            }
            let done = store.erase_past_retention()?;
            println!("erased {} record(s) past their period (erasure {}); {} backup(s) replaced by one taken now", done.record.counts.iter().map(|c| c.count).sum::<i64>(), done.record.id, done.backups_replaced);
        }
        PrivacyCommand::Erasures => {
            let store = open(data_dir)?;
            for e in store.erasures()? {
                let counts: Vec<String> = e.counts.iter().map(|c| format!("{:?} {}", c.kind, c.count)).collect();
                println!("{}  {:<24} {:<9} {}", e.at, e.actor, e.reason, counts.join(", "));
            }
        }
    }
    Ok(())
}
