//! The data file itself: where it is, its backups and restores, its protection.

use super::prelude::*;

#[derive(Subcommand)]
pub(crate) enum ProtectionCommand {
    /// Whether the data file is protected, and its backups.
    Status,
    /// Protect a plain data file with MOBILITY_DESK_NEW_PASSPHRASE.
    On,
    /// Give a protected file the passphrase MOBILITY_DESK_NEW_PASSPHRASE instead of
    /// MOBILITY_DESK_PASSPHRASE.
    Change,
    /// Remove the protection of a file opened with MOBILITY_DESK_PASSPHRASE.
    Off,
}

#[derive(Subcommand)]
pub(crate) enum BackupCommand {
    /// Take a backup now (then remove the ones the policy no longer keeps).
    Now,
    /// The backups, newest first.
    List,
    /// How many backups are kept: the newest N, and one a month for M months.
    Policy {
        #[arg(long, value_name = "N")]
        keep_last: Option<u32>,
        #[arg(long, value_name = "M")]
        monthly: Option<u32>,
    },
}

/// The environment variable the command line reads a new passphrase from.
pub(crate) const NEW_PASSPHRASE_ENV: &str = "MOBILITY_DESK_NEW_PASSPHRASE";

pub(crate) fn protection(data_dir: Option<PathBuf>, command: ProtectionCommand) -> Result<(), Error> {
    let dir = crate::data_dir(data_dir)?;
    let file = dir.join(paths::DATABASE_FILE);
    let held = Passphrase::from_env();
    // Opening checks the file, and the passphrase against it.
    let store = Store::open_dir_keyed(&dir, held.as_ref()).map_err(locked_hint)?;
    let protected = store.is_protected();
    let held = if protected { held } else { None };
    let text = |name: &str| std::env::var(name).ok();
    let request = match command {
        ProtectionCommand::Status => {
            println!("data file: {} ({})", file.display(), if protected { "protected by a passphrase" } else { "not protected" });
            for b in backups::list(&file) {
                let state = if protection::is_protected_file(std::path::Path::new(&b.path)) { "protected" } else { "not protected" };
                println!("backup {:<48} {state}", b.name);
            }
            return Ok(());
        }
        ProtectionCommand::On if protected => return Err(Error::new(ErrorCode::NotAllowed, said!("said-shell-cli-protected-already"))),
        ProtectionCommand::Change | ProtectionCommand::Off if !protected => return Err(Error::new(ErrorCode::NotAllowed, said!("said-shell-cli-not-protected"))),
        ProtectionCommand::On | ProtectionCommand::Change => {
            let new = text(NEW_PASSPHRASE_ENV)
                .ok_or_else(|| Error::new(ErrorCode::BadRequest, said!("said-shell-cli-new-passphrase-missing", variable = NEW_PASSPHRASE_ENV, least = protection::MIN_LENGTH)))?;
            ProtectionRequest { current: text(protection::PASSPHRASE_ENV), repeat: Some(new.clone()), new: Some(new) }
        }
        ProtectionCommand::Off => ProtectionRequest { current: text(protection::PASSPHRASE_ENV), new: None, repeat: None },
    };
    let (from, to) = protection::plan(held.as_ref(), &request)?;
    drop(store);
    let change = protection::convert(&file, from.as_ref(), to.as_ref())?;
    println!("{} is {}", file.display(), if change.protected { "protected by the new passphrase" } else { "no longer protected" });
    println!("backups converted with it: {}", change.backups_converted);
    for name in &change.backups_left {
        println!("left as it was (another passphrase, or unreadable): {name}");
    }
    if change.copies_removed > 0 {
        println!("copies of letters removed: {}", change.copies_removed);
    }
    Ok(())
}

pub(crate) fn backup(data_dir: Option<PathBuf>, command: BackupCommand) -> Result<(), Error> {
    let mut store = open(data_dir)?;
    match command {
        BackupCommand::Now => {
            let taken = store.back_up_now()?;
            println!("backup taken: {} ({} bytes)", taken.path, taken.bytes);
        }
        BackupCommand::List => {
            let overview = store.backups_overview()?;
            if overview.backups.is_empty() {
                println!("no backups yet in {}", overview.folder);
            }
            for b in &overview.backups {
                println!("{:<48} {:<24} v{:<3} {:>10} bytes", b.name, b.taken, b.data_version, b.bytes);
            }
        }
        BackupCommand::Policy { keep_last, monthly } => {
            let mut policy = store.backup_policy()?;
            if keep_last.is_some() || monthly.is_some() {
                policy.keep_last = keep_last.unwrap_or(policy.keep_last);
                policy.monthly = monthly.unwrap_or(policy.monthly);
                store.set_backup_policy(policy)?;
            }
            println!("kept: the newest {}, and the newest of each of the last {} months", policy.keep_last, policy.monthly);
        }
    }
    Ok(())
}

pub(crate) fn info(data_dir: Option<PathBuf>) -> Result<(), Error> {
    let store = open(data_dir)?;
    let path = store.path().map(|p| p.display().to_string()).unwrap_or_default();
    println!("data file: {path}");
    println!("data version: {}", store.schema_version()?);
    if store.is_protected() {
        println!("protection: encrypted, opened with a passphrase");
    }
    if store.is_read_only() {
        println!("mode: read-only (the file's permissions forbid writing; nothing can be saved)");
    }
    println!("hubs: {}", store.hub_count()?);
    Ok(())
}

pub(crate) fn restore(data_dir: Option<PathBuf>, name: Option<String>, newest: bool) -> Result<(), Error> {
    let dir = crate::data_dir(data_dir)?;
    let key = Passphrase::from_env();
    let file = dir.join(paths::DATABASE_FILE);
    let name = match (name, newest) {
        (Some(name), _) => name,
        (None, _) => backups::newest(&file)
            .ok_or_else(|| Error::not_found(said!("said-shell-cli-no-backup", folder = backups::folder_of(&file).display().to_string())))?
            .name,
    };
    // An erasure made since the backup was taken is carried into the restored file.
    let restored = mobility_desk_core::privacy::erasure::restore_keeping_erasures(&file, &name, key.as_ref()).map_err(locked_hint)?;
    // Opening it checks it and, if it is from an earlier version, upgrades it.
    let store = Store::open_keyed(&file, key.as_ref())?;
    println!("restored {} (taken {}) as {}", restored.from.name, restored.from.taken, file.display());
    if let Some(aside) = &restored.set_aside {
        println!("the file it replaced is kept at {aside}");
    }
    println!("data version: {}; hubs: {}", store.schema_version()?, store.hub_count()?);
    Ok(())
}
