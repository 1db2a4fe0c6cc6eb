//! What the file-scanning fuzz targets share: one engine over the built-in catalogue,
//! worker settings that keep every finding, and a scan of bytes written to a file of a
//! given name through the worker's public entry point ([`Worker::scan_file`]), with the
//! checks that must always hold: no panic, every finding inside the file (or inside the
//! rendered text, for spreadsheets and databases), and a file either scanned or skipped.
//!
//! One worker scans every input, as a walker thread scans file after file: it keeps its
//! engine scratch (the lazy DFA's states) across inputs, which a fresh worker per input
//! would rebuild each time (about 8 inputs a second instead of hundreds).

use std::cell::RefCell;
use std::hash::RandomState;
use std::io::Write as _;
use std::sync::OnceLock;

use piiscan::detect::{Catalog, Confidence, Engine};
use piiscan::extract::join::ValueKey;
use piiscan::mask::ValuePolicy;
use piiscan::policy::Policy;
use piiscan::validate::Env;
use piiscan::worker::{Worker, WorkerSettings};

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let env = Env { today: jiff::civil::date(2026, 11, 24) };
        Engine::new(Catalog::embedded(), env).expect("the built-in catalogue compiles")
    })
}

fn settings() -> &'static WorkerSettings {
    static SETTINGS: OnceLock<WorkerSettings> = OnceLock::new();
    SETTINGS.get_or_init(|| WorkerSettings {
        min_confidence: Confidence::Low,
        values: ValuePolicy::Masked,
        keep_findings: true,
        findings_cap: None,
        max_filesize: None,
        policy: Policy::default(),
        allowed_paths: None,
        listed_files: false,
        value_key: ValueKey::new(&RandomState::new()),
        samples: 3,
        max_cell: 1 << 20,
        input: piiscan::source::input::InputSettings::default(),
        limits: piiscan::extract::Limits::default(),
        encoding: Default::default(),
        show_paths: false,
        record_findings: false,
        split: piiscan::split::Split::new(None, 1),
    })
}

thread_local! {
    static WORKER: RefCell<Worker<'static>> = RefCell::new(Worker::new(engine(), settings(), None));
}

/// Writes `data` to a fresh file named `name` and scans it; `limit` bounds finding
/// offsets (the file's length for text formats, the render limit for rendered ones).
pub fn scan(name: &str, data: &[u8], limit: u64) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join(name);
    std::fs::File::create(&path).and_then(|mut f| f.write_all(data)).expect("written");
    let tally = WORKER.with_borrow_mut(|worker| {
        worker.scan_file(&path, true).expect("no sink, so no sink error");
        worker.take_tally()
    });
    assert_eq!(tally.files_scanned + tally.skips.len() as u64, 1, "scanned or skipped");
    for f in &tally.findings {
        assert!(f.start <= f.end && f.end <= limit, "{} {}..{} > {limit}", name, f.start, f.end);
    }
}
