//! The outbox: compose messages, list them, send them through the mail server, save one as an
//! `.eml` file, and set the server. The server's password comes from
//! `MOBILITY_DESK_SMTP_PASSWORD` when set (for scripts), else from the system's keychain.

use std::io::Read;

use super::prelude::*;
use clap::ValueEnum;
use mobility_desk_core::outbox::{mail_password, set_mail_password, ComposeRequest, MailKind, MailServer, MailServerInput, MailState, OutboxMessage, Security, Smtp};

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum Kind {
    Award,
    Rejection,
    WaitingList,
    PaymentMade,
    ReportReminder,
    ReviewerInvitation,
}

impl From<Kind> for MailKind {
    fn from(kind: Kind) -> MailKind {
        match kind {
            Kind::Award => MailKind::Award,
            Kind::Rejection => MailKind::Rejection,
            Kind::WaitingList => MailKind::WaitingList,
            Kind::PaymentMade => MailKind::PaymentMade,
            Kind::ReportReminder => MailKind::ReportReminder,
            Kind::ReviewerInvitation => MailKind::ReviewerInvitation,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum StateFilter {
    Draft,
    Queued,
    Sent,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum SecurityArg {
    Starttls,
    Tls,
    None,
}

#[derive(Subcommand)]
pub(crate) enum OutboxCommand {
    /// Write a draft for each recipient of a kind of message in a cycle not written to before
    /// (`--reminders`: the report reminders due today in every cycle, as the window does when
    /// it opens).
    Compose {
        #[arg(long, required_unless_present = "reminders")]
        cycle: Option<i64>,
        #[arg(long, value_enum, required_unless_present = "reminders")]
        kind: Option<Kind>,
        /// The messages' language (en or fr); default: the network's. An award's message is in
        /// its letter's language.
        #[arg(long)]
        lang: Option<String>,
        #[arg(long, conflicts_with_all = ["cycle", "kind"])]
        reminders: bool,
    },
    /// List the messages, newest first.
    List {
        #[arg(long, value_enum)]
        state: Option<StateFilter>,
        #[arg(long)]
        json: bool,
    },
    /// Print one message whole.
    Show { id: i64 },
    /// Queue the drafts named (or every draft with --all) and send every queued message; what
    /// the server does not take stays queued with its answer.
    Send {
        ids: Vec<i64>,
        #[arg(long, conflicts_with = "ids")]
        all: bool,
    },
    /// Discard messages not sent (they are kept, and not composed again).
    Discard {
        #[arg(required = true)]
        ids: Vec<i64>,
    },
    /// Save a message as an .eml file, to open in a mail program.
    ExportEml {
        id: i64,
        #[arg(long)]
        out: PathBuf,
    },
    /// Show the mail server, or set it with the options; `--password-stdin` reads the
    /// password from standard input into the system's keychain.
    Server {
        #[arg(long)]
        host: Option<String>,
        #[arg(long)]
        port: Option<u32>,
        #[arg(long, value_enum)]
        security: Option<SecurityArg>,
        #[arg(long)]
        username: Option<String>,
        #[arg(long = "from")]
        from_address: Option<String>,
        #[arg(long)]
        from_name: Option<String>,
        #[arg(long)]
        password_stdin: bool,
    },
}

fn state_label(state: MailState) -> &'static str {
    match state {
        MailState::Draft => "draft",
        MailState::Queued => "queued",
        MailState::Sent => "sent",
        MailState::Discarded => "discarded",
    }
}

fn print_message_line(m: &OutboxMessage) {
    let answer = match m.state {
        MailState::Queued if m.attempts > 0 => format!("  ({} tries: {})", m.attempts, m.answer),
        MailState::Sent => format!("  ({})", m.sent_at.as_deref().unwrap_or_default()),
        _ => String::new(),
    };
    println!("{:>5}  {:<7} {:<20} {:<32} {}{answer}", m.id, state_label(m.state), m.kind.label(), m.recipient_email, m.subject);
}

fn password(server: &MailServer) -> Result<Option<String>, Error> {
    match std::env::var("MOBILITY_DESK_SMTP_PASSWORD") {
        Ok(p) if !p.is_empty() && !server.username.is_empty() => Ok(Some(p)),
        _ => mail_password(server),
    }
}

pub(crate) fn outbox(data_dir: Option<PathBuf>, command: OutboxCommand) -> Result<(), Error> {
    let mut store = open(data_dir)?;
    match command {
        OutboxCommand::Compose { reminders: true, .. } => {
            let created = store.compose_todays_reminders()?;
            println!("{created} reminder{} composed", if created == 1 { "" } else { "s" });
        }
        OutboxCommand::Compose { cycle, kind, lang, .. } => {
            let (Some(cycle_id), Some(kind)) = (cycle, kind) else {
                return Err(Error::new(ErrorCode::BadRequest, said!("said-shell-cli-compose-what")));
            };
            let done = store.compose_mail(&ComposeRequest { cycle_id, kind: kind.into(), language: lang })?;
            println!("{} draft{} written, {} composed before", done.created, if done.created == 1 { "" } else { "s" }, done.already);
            for s in &done.skipped {
                eprintln!("skipped: {}: {}", s.who, s.reason);
            }
        }
        OutboxCommand::List { state, json } => {
            let outbox = store.outbox()?;
            let wanted = state.map(|s| match s {
                StateFilter::Draft => MailState::Draft,
                StateFilter::Queued => MailState::Queued,
                StateFilter::Sent => MailState::Sent,
            });
            let messages: Vec<&OutboxMessage> = outbox.messages.iter().filter(|m| wanted.is_none_or(|w| m.state == w)).collect();
            if json {
                print_json(&messages)?;
            } else {
                for m in messages {
                    print_message_line(m);
                }
                println!("{} draft(s), {} queued, {} sent", outbox.drafts, outbox.queued, outbox.sent);
            }
        }
        OutboxCommand::Show { id } => {
            let m = store.outbox_message(id)?;
            println!("To: {} <{}>\nSubject: {}\nState: {}", m.recipient_name, m.recipient_email, m.subject, state_label(m.state));
            if let Some(name) = &m.attachment_name {
                println!("Attached: {name} ({} bytes)", m.attachment_bytes);
            }
            if !m.answer.is_empty() {
                println!("Server: {}", m.answer);
            }
            println!("\n{}", m.body);
        }
        OutboxCommand::Send { ids, all } => {
            let release: Vec<i64> = if all { store.outbox()?.messages.iter().filter(|m| m.state == MailState::Draft).map(|m| m.id).collect() } else { ids };
            let server = store.mail_server()?;
            if !server.is_set() {
                // The drafts are queued all the same, to go once a server is set.
                let problem = store.messages_to_send(&release).err().map(|e| (e.message, e.said)).unwrap_or_default();
                println!("0 sent, {} queued", store.outbox()?.queued);
                return Err(match problem {
                    (_, Some(said)) => Error::new(ErrorCode::NotAllowed, said),
                    (message, None) => Error::new(ErrorCode::NotAllowed, message),
                });
            }
            let mut smtp = Smtp::new(&server, password(&server)?)?;
            let summary = store.send_outbox(&release, &mut smtp)?;
            println!("{} sent, {} still queued", summary.sent, summary.queued);
            if !summary.problem.is_empty() {
                eprintln!("{}", summary.problem);
            }
            for m in store.outbox()?.messages.iter().filter(|m| m.state == MailState::Queued && !m.answer.is_empty()) {
                eprintln!("queued: {} <{}>: {}", m.id, m.recipient_email, m.answer);
            }
        }
        OutboxCommand::Discard { ids } => {
            let n = store.discard_outbox_messages(&ids)?;
            println!("{n} message{} discarded", if n == 1 { "" } else { "s" });
        }
        OutboxCommand::ExportEml { id, out } => {
            store.write_outbox_eml(id, &out)?;
            println!("{}", out.display());
        }
        OutboxCommand::Server { host, port, security, username, from_address, from_name, password_stdin } => {
            let now = store.mail_server()?;
            let changing = host.is_some() || port.is_some() || security.is_some() || username.is_some() || from_address.is_some() || from_name.is_some();
            let server = if changing {
                let security = security.map(|s| match s {
                    SecurityArg::Starttls => Security::Starttls,
                    SecurityArg::Tls => Security::Tls,
                    SecurityArg::None => Security::None,
                });
                store.save_mail_server(&MailServerInput {
                    host: host.unwrap_or(now.host),
                    port: port.unwrap_or(u32::from(now.port)),
                    security: security.unwrap_or(now.security),
                    username: username.unwrap_or(now.username),
                    from_address: from_address.unwrap_or(now.from_address),
                    from_name: from_name.unwrap_or(now.from_name),
                })?
            } else {
                now
            };
            if password_stdin {
                let mut given = String::new();
                std::io::stdin().read_to_string(&mut given).map_err(|e| Error::io_said(said!("said-shell-cli-password-unreadable"), e))?;
                set_mail_password(&server, given.trim_end_matches(['\r', '\n']))?;
                println!("password kept in the system keychain");
            }
            let login = if server.username.is_empty() { "no login".to_string() } else { format!("user {}", server.username) };
            println!("{}:{} ({:?}, {login}), from {} <{}>", server.host, server.port, server.security, server.from_name, server.from_address);
        }
    }
    Ok(())
}
