//! One window per data folder on Linux. A second start on the same folder brings the running
//! window forward and ends, before it opens the data file or starts its housekeeping.
//!
//! The running program listens on a Unix socket in Linux's abstract namespace, named after the
//! user and the data folder: the name goes away with the process (a killed program leaves
//! nothing to clean), and two folders, or two people, never meet. On Windows and macOS,
//! Tauri's single-instance plugin does this job (one window per person); on Linux it talks to
//! D-Bus through zbus, half a megabyte of the program for this alone.

use std::io::{Read, Write};
use std::os::linux::net::SocketAddrExt;
use std::os::unix::net::{SocketAddr, UnixListener, UnixStream};
use std::path::Path;
use std::time::Duration;

/// What the second start sends; anything else on the socket is ignored.
const SHOW: &[u8] = b"show\n";
/// What the running program answers once it was asked.
const SHOWN: &[u8] = b"done\n";
/// How long a second start waits for a program on its way out to let go of the folder.
const PATIENCE: Duration = Duration::from_secs(3);

/// The socket's name for this person and data folder.
fn name(data_dir: &Path) -> Vec<u8> {
    use std::hash::{Hash, Hasher};
    let folder = std::fs::canonicalize(data_dir).or_else(|_| std::path::absolute(data_dir)).unwrap_or_else(|_| data_dir.to_path_buf());
    // SipHash with fixed keys: the same folder gives the same name in every process of this
    // program.
    let mut hasher = std::hash::DefaultHasher::new();
    folder.hash(&mut hasher);
    // SAFETY: getuid has no preconditions and cannot fail.
    let uid = unsafe { libc::getuid() };
    format!("org.mobilitydesk.window/{uid}/{:016x}", hasher.finish()).into_bytes()
}

/// This program's claim on the data folder, while it runs.
pub struct Claim(UnixListener);

/// Claim the data folder for this program, or, when a running one holds it, ask that one to
/// show its window and answer `Some(None)`. A program that holds the folder but does not answer
/// is closing: this start waits for it to let go. When the socket cannot be made at all, or
/// the folder is not let go, this program runs without the guard (`None`), as the plugin does
/// without a session bus.
pub fn claim(data_dir: &Path) -> Option<Option<Claim>> {
    let address = SocketAddr::from_abstract_name(name(data_dir)).ok()?;
    let started = std::time::Instant::now();
    loop {
        match UnixListener::bind_addr(&address) {
            Ok(listener) => return Some(Some(Claim(listener))),
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
                if ask_to_show(&address) {
                    return Some(None);
                }
                if started.elapsed() > PATIENCE {
                    return None;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            Err(_) => return None,
        }
    }
}

/// Ask the program holding the folder to show its window: whether it did.
fn ask_to_show(address: &SocketAddr) -> bool {
    let Ok(mut running) = UnixStream::connect_addr(address) else { return false };
    let _ = running.set_write_timeout(Some(Duration::from_secs(1)));
    let _ = running.set_read_timeout(Some(Duration::from_secs(1)));
    let mut answer = [0u8; SHOWN.len()];
    running.write_all(SHOW).is_ok() && running.read_exact(&mut answer).is_ok() && answer == SHOWN
}

impl Claim {
    /// Listen for later starts on the same folder, calling `show` for each; a start is answered
    /// only when `show` could show the window (a program whose window is gone does not answer,
    /// and the next start waits for it to end).
    pub fn serve(self, show: impl Fn() -> bool + Send + 'static) {
        let listener = self.0;
        let _ = std::thread::Builder::new().name("single-instance".into()).spawn(move || {
            for mut stream in listener.incoming().flatten() {
                let mut said = [0u8; SHOW.len()];
                let _ = stream.set_read_timeout(Some(Duration::from_secs(1)));
                if stream.read_exact(&mut said).is_ok() && said == SHOW && show() {
                    let _ = stream.write_all(SHOWN);
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_claim_on_a_folder_shows_the_first_window() {
        let dir = tempfile::tempdir().unwrap();
        let other = tempfile::tempdir().unwrap();
        let first = claim(dir.path()).expect("a socket").expect("the folder is free");
        let (tx, rx) = std::sync::mpsc::channel();
        first.serve(move || tx.send(()).is_ok());
        // Another folder is another window.
        assert!(matches!(claim(other.path()), Some(Some(_))));
        // The same folder, even written another way, is the running window's.
        let again = dir.path().join(".");
        assert!(matches!(claim(&again), Some(None)));
        rx.recv_timeout(Duration::from_secs(5)).expect("the running window was asked to show itself");
    }

    #[test]
    fn a_program_on_its_way_out_lets_the_next_one_run() {
        let dir = tempfile::tempdir().unwrap();
        // A program whose window is gone holds the folder and does not answer.
        let first = claim(dir.path()).expect("a socket").expect("the folder is free");
        first.serve(|| false);
        let started = std::time::Instant::now();
        // After its patience the new start runs without the guard.
        assert!(claim(dir.path()).is_none());
        assert!(started.elapsed() >= PATIENCE);
    }
}
