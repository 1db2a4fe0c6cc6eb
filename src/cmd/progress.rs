//! The progress line of a long scan: files, bytes and findings so far, on standard error,
//! only when standard error is a terminal and `--quiet` is not given (never in a pipe, a
//! log or CI). The walker threads add to [`Counters`] once per file; a ticker thread
//! redraws from them every 100 ms, so no worker waits on the terminal.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::inventory::Tally;
use crate::report::human::human_bytes;

/// What the workers have done so far.
#[derive(Debug, Default)]
pub struct Counters {
    files: AtomicU64,
    bytes: AtomicU64,
    findings: AtomicU64,
}

impl Counters {
    /// Adds what a worker's tally gained between `before` and `after` (the tally's
    /// running totals).
    pub fn add(&self, before: (u64, u64, u64), after: &Tally) {
        let (files, bytes, findings) = before;
        self.files.fetch_add(after.files_scanned - files, Ordering::Relaxed);
        self.bytes.fetch_add(after.bytes_scanned - bytes, Ordering::Relaxed);
        self.findings.fetch_add(after.findings_total - findings, Ordering::Relaxed);
    }

    fn line(&self) -> String {
        let files = self.files.load(Ordering::Relaxed);
        format!(
            "{files} file{}, {}, {} finding(s)",
            if files == 1 { "" } else { "s" },
            human_bytes(self.bytes.load(Ordering::Relaxed)),
            self.findings.load(Ordering::Relaxed)
        )
    }
}

/// A tally's running totals, to pass to [`Counters::add`] after the next file.
pub fn totals(t: &Tally) -> (u64, u64, u64) {
    (t.files_scanned, t.bytes_scanned, t.findings_total)
}

/// The progress line while it is shown; cleared by [`Progress::finish`] (or on drop).
pub struct Progress {
    counters: Arc<Counters>,
    ticker: Option<(ProgressBar, Arc<AtomicBool>, std::thread::JoinHandle<()>)>,
}

impl Progress {
    /// Starts the line when `wanted` and standard error is a terminal; otherwise only
    /// counts.
    pub fn start(wanted: bool) -> Progress {
        let counters = Arc::new(Counters::default());
        let ticker = (wanted && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template("{spinner} scanning: {msg} ({elapsed})")
                    .expect("the template is valid"),
            );
            let done = Arc::new(AtomicBool::new(false));
            let (c, d, b) = (Arc::clone(&counters), Arc::clone(&done), bar.clone());
            let handle = std::thread::spawn(move || {
                while !d.load(Ordering::Relaxed) {
                    b.set_message(c.line());
                    b.tick();
                    std::thread::sleep(Duration::from_millis(100));
                }
            });
            (bar, done, handle)
        });
        Progress { counters, ticker }
    }

    /// The counters the workers add to.
    pub fn counters(&self) -> Arc<Counters> {
        Arc::clone(&self.counters)
    }

    /// Stops and clears the line.
    pub fn finish(&mut self) {
        if let Some((bar, done, handle)) = self.ticker.take() {
            done.store(true, Ordering::Relaxed);
            let _ = handle.join();
            bar.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
