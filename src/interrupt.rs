//! Ctrl-C and termination signals. SIGINT, SIGTERM and SIGHUP (the `ctrlc` crate with its
//! `termination` feature) stop a running scan: the walk opens no new file, a long stream
//! ends at its next read ([`Interruptible`]; the file gets a warning saying where), what
//! is scanned is written as a partial inventory (`"complete": false`) and the run exits
//! with 130. A second signal, or a signal while no scan is running, ends the process at
//! once after removing the temporary report files still open, so that no hidden file is
//! left beside a report.

use std::cell::Cell;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

/// Set by the first signal during a scan; the walker threads stop when they see it.
static STOP: AtomicBool = AtomicBool::new(false);

/// Set while a scan runs: a signal then asks it to stop instead of ending the process.
static SCANNING: AtomicBool = AtomicBool::new(false);

/// Temporary files to remove when the process ends on a signal.
static TEMP_FILES: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// The exit status of a run ended by a signal (128 + SIGINT, as shells report it).
pub const EXIT_STATUS: u8 = 130;

/// Installs the handler. Call once, before any command runs; a second call (or a
/// platform without signals) leaves the default behaviour, which only loses the
/// partial inventory.
pub fn install() {
    let installed = ctrlc::set_handler(|| {
        if SCANNING.load(Ordering::SeqCst) && !STOP.swap(true, Ordering::SeqCst) {
            eprintln!(
                "piiscan: interrupted: finishing the files in progress and writing a partial \
                 inventory (interrupt again to quit at once)"
            );
            return;
        }
        remove_temp_files();
        std::process::exit(i32::from(EXIT_STATUS));
    });
    if let Err(e) = installed {
        eprintln!("piiscan: warning: no signal handler ({e}): an interrupted scan writes nothing");
    }
}

/// Marks the start of a scan: from now on a first signal stops it gracefully.
pub fn scanning() {
    SCANNING.store(true, Ordering::SeqCst);
}

/// Whether a signal asked the scan to stop.
pub fn requested() -> bool {
    STOP.load(Ordering::Relaxed)
}

/// Removes every tracked temporary file (the signal handler's last act).
fn remove_temp_files() {
    let files = TEMP_FILES.lock().unwrap_or_else(|e| e.into_inner());
    for f in files.iter() {
        let _ = std::fs::remove_file(f);
    }
}

/// A temporary file that a signal ending the process removes; dropping the guard stops
/// tracking it (the file's owner then removes or renames it itself).
#[derive(Debug)]
pub struct TempGuard(PathBuf);

impl TempGuard {
    /// Tracks `path` until the guard is dropped.
    pub fn track(path: &Path) -> TempGuard {
        TEMP_FILES.lock().unwrap_or_else(|e| e.into_inner()).push(path.to_path_buf());
        TempGuard(path.to_path_buf())
    }
}

impl Drop for TempGuard {
    fn drop(&mut self) {
        let mut files = TEMP_FILES.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(i) = files.iter().position(|f| *f == self.0) {
            files.swap_remove(i);
        }
    }
}

/// A reader that ends, as at the end of its input, at the first read after a signal
/// asked the scan to stop, and records in `cut` how far it had read.
pub struct Interruptible<'c, R> {
    inner: R,
    read: u64,
    cut: &'c Cell<Option<u64>>,
}

impl<'c, R: Read> Interruptible<'c, R> {
    /// Wraps `inner`, whose first byte is at offset `start` of its file; `cut` is set if
    /// the stream is cut short.
    pub fn new(inner: R, start: u64, cut: &'c Cell<Option<u64>>) -> Self {
        Interruptible { inner, read: start, cut }
    }
}

impl<R: Read> Read for Interruptible<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if requested() && !buf.is_empty() {
            self.cut.set(Some(self.read));
            return Ok(0);
        }
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        Ok(n)
    }
}

/// The warning for a stream that a signal cut at `cut`, if it was.
pub fn interrupted_at(cut: &Cell<Option<u64>>) -> Option<crate::extract::Warning> {
    cut.get().map(|offset| crate::extract::Warning {
        offset,
        reason: "interrupted: nothing after this offset was scanned".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guards_track_until_dropped() {
        let p = Path::new("/nonexistent/piiscan-guard-test");
        let g = TempGuard::track(p);
        assert!(TEMP_FILES.lock().unwrap().iter().any(|f| f == p));
        drop(g);
        assert!(!TEMP_FILES.lock().unwrap().iter().any(|f| f == p));
    }
}
