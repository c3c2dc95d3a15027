//! Files the app writes: whole or not at all, readable by the user only, and no temporary
//! file left behind by a write that was killed half-way.
//!
//! Every file is written to a hidden temporary name in its folder (`.mobility-desk-….part`),
//! flushed to disk and renamed into place. While a write runs, a note naming its temporary
//! file sits in the data folder's `pending/` folder; the note is removed when the write ends,
//! whatever the outcome. A process killed mid-write leaves the note behind, and
//! [`clean_interrupted`] (run when the window starts) removes the temporary file it names.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, SystemTime};

use crate::platform::error::{Error, ErrorCode, Result};
use crate::said;

/// How temporary files of ours are named, so that only they are ever cleaned.
pub const TEMP_PREFIX: &str = ".mobility-desk-";
pub const TEMP_SUFFIX: &str = ".part";

/// The folder of notes about writes in progress (inside the data folder).
pub const PENDING_DIR: &str = "pending";

/// A note older than this belongs to a write that will not finish: no write of ours takes
/// this long, and a younger note may be another process's write in progress.
pub const STALE_AFTER: Duration = Duration::from_secs(10 * 60);

static PENDING: OnceLock<PathBuf> = OnceLock::new();

/// Keep notes of writes in progress in `data_dir/pending` (called once the data folder is
/// known; before that, and in tests without one, writes keep no notes).
pub fn keep_notes_in(data_dir: &Path) {
    let _ = PENDING.set(data_dir.join(PENDING_DIR));
}

/// Create `dir` (and its parents) if needed; a folder created here is readable by the user
/// only.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| Error::io_said(said!("said-platform-folder-not-created", path = dir.display().to_string()), e))
}

/// Make `path` readable and writable by the user only (on Windows, files in the user's
/// profile are private already).
pub fn make_private(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .map_err(|e| Error::io_said(said!("said-platform-file-not-private", path = path.display().to_string()), e))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Write `bytes` to `path` whole: a temporary file in the same folder, flushed to disk, then
/// renamed into place. A crash leaves the old file or the new one, never half of one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let io = |e: std::io::Error| Error::io_said(said!("said-platform-file-not-written", path = path.display().to_string()), e);
    if !folder.is_dir() {
        return Err(Error::new(ErrorCode::Io, said!("said-platform-folder-missing", path = folder.display().to_string())));
    }
    let (mut tmp, note) = temp_in(folder).map_err(io)?;
    let result = (|| {
        tmp.write_all(bytes)?;
        tmp.as_file().sync_all()?;
        tmp.persist(path).map(drop).map_err(|e| e.error)
    })();
    drop(note);
    result.map_err(io)
}

/// A temporary file in `folder` (our prefix and suffix), named in `pending/` before it exists:
/// wherever a kill lands, the housekeeping finds every temporary file it leaves. The note goes
/// when the returned [`Note`] is dropped.
pub fn temp_in(folder: &Path) -> std::io::Result<(tempfile::NamedTempFile, Note)> {
    let mut note = None;
    let tmp = tempfile::Builder::new().prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX).make_in(folder, |path| {
        note = Some(Note::write(path));
        let mut options = std::fs::OpenOptions::new();
        options.read(true).write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        options.open(path)
    })?;
    Ok((tmp, note.unwrap_or(Note(None))))
}

/// A note that a temporary file is being written; removed when dropped.
pub struct Note(Option<PathBuf>);

impl Note {
    pub fn write(temp: &Path) -> Note {
        let Some(dir) = PENDING.get() else { return Note(None) };
        if create_private_dir(dir).is_err() {
            return Note(None);
        }
        let Ok(mut file) = tempfile::Builder::new().prefix("write-").suffix(".note").tempfile_in(dir) else {
            return Note(None);
        };
        let absolute = std::path::absolute(temp).unwrap_or_else(|_| temp.to_path_buf());
        if file.write_all(absolute.to_string_lossy().as_bytes()).is_err() {
            return Note(None);
        }
        match file.keep() {
            Ok((_, path)) => Note(Some(path)),
            Err(_) => Note(None),
        }
    }
}

impl Drop for Note {
    fn drop(&mut self) {
        if let Some(path) = self.0.take() {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Remove the temporary files that writes killed half-way left behind (named by the notes in
/// `data_dir/pending` older than [`STALE_AFTER`], or lying in the data folder and its
/// `backups/` folder). Only files named like ours are removed. Returns what was removed.
pub fn clean_interrupted(data_dir: &Path) -> Vec<PathBuf> {
    clean_interrupted_older_than(data_dir, STALE_AFTER)
}

pub fn clean_interrupted_older_than(data_dir: &Path, age: Duration) -> Vec<PathBuf> {
    let mut removed = Vec::new();
    let now = SystemTime::now();
    let old = |p: &Path| {
        std::fs::metadata(p)
            .and_then(|m| m.modified())
            .map(|t| now.duration_since(t).unwrap_or_default() >= age)
            .unwrap_or(false)
    };
    let ours = |p: &Path| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(TEMP_PREFIX) && n.ends_with(TEMP_SUFFIX));
    if let Ok(notes) = std::fs::read_dir(data_dir.join(PENDING_DIR)) {
        for note in notes.flatten().map(|e| e.path()) {
            if !old(&note) {
                continue;
            }
            if let Ok(text) = std::fs::read_to_string(&note) {
                let temp = PathBuf::from(text.trim());
                if ours(&temp) && std::fs::remove_file(&temp).is_ok() {
                    removed.push(temp);
                }
            }
            let _ = std::fs::remove_file(&note);
        }
    }
    for dir in [data_dir.to_path_buf(), data_dir.join(crate::platform::backups::BACKUPS_DIR)] {
        for file in std::fs::read_dir(&dir).into_iter().flatten().flatten().map(|e| e.path()) {
            if ours(&file) && old(&file) && std::fs::remove_file(&file).is_ok() {
                removed.push(file);
            }
        }
    }
    removed
}

/// How long copies made to be opened (letters in `letters/`) are kept: they can be made
/// again from the archive at any time.
pub const COPIES_KEPT: Duration = Duration::from_secs(30 * 24 * 3600);

/// Remove the files in `dir` and its folders last changed more than `age` ago; returns how
/// many were removed.
pub fn remove_older_than(dir: &Path, age: Duration) -> usize {
    let now = SystemTime::now();
    let mut removed = 0;
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_dir() {
            removed += remove_older_than(&path, age);
        } else if kind.is_file() {
            let old = entry.metadata().and_then(|m| m.modified()).map(|t| now.duration_since(t).unwrap_or_default() >= age).unwrap_or(false);
            if old && std::fs::remove_file(&path).is_ok() {
                removed += 1;
            }
        }
    }
    removed
}

/// Who is using a data file: every open store holds a shared lock on `<data file>.lock`, and
/// a restore, which replaces the file, needs the only one. (An advisory lock of the operating
/// system: it ends with the process, however the process ends.)
#[derive(Debug)]
pub struct UseLock(#[allow(dead_code)] Option<std::fs::File>);

fn lock_file(data_file: &Path) -> std::io::Result<std::fs::File> {
    let path = PathBuf::from(format!("{}.lock", data_file.display()));
    let file = std::fs::OpenOptions::new().create(true).truncate(false).read(true).write(true).open(&path)?;
    let _ = make_private(&path);
    Ok(file)
}

impl UseLock {
    /// A shared lock: the file is in use. A folder where no lock file can be made (read-only
    /// media) gives no lock; nothing can be restored there anyway.
    pub fn shared(data_file: &Path) -> UseLock {
        UseLock(lock_file(data_file).ok().filter(|f| f.lock_shared().is_ok()))
    }

    /// The only lock, or an error naming who to close when another process uses the file.
    pub fn exclusive(data_file: &Path) -> Result<UseLock> {
        let file = lock_file(data_file).map_err(|e| Error::io_said(said!("said-platform-file-not-locked", path = data_file.display().to_string()), e))?;
        match file.try_lock() {
            Ok(()) => Ok(UseLock(Some(file))),
            Err(std::fs::TryLockError::WouldBlock) => Err(Error::new(ErrorCode::NotAllowed, said!("said-platform-in-use-restore", path = data_file.display().to_string()))),
            Err(std::fs::TryLockError::Error(e)) => Err(Error::io_said(said!("said-platform-file-not-locked", path = data_file.display().to_string()), e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_is_whole_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("out.csv")]);
    }
}
