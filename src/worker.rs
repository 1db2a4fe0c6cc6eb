//! One worker per thread: turns a walked file into findings and adds them to its own
//! [`Tally`], with no lock per finding.
//!
//! The worker opens the file (read, map or stream; `source::open`), applies the binary
//! policy, runs the engine, masks each value as it is turned into a [`Finding`], and hands
//! the file's findings to the output sink in one batch, so that streamed output never
//! interleaves two files.

use std::io::{self, Read};
use std::path::Path;
use std::sync::Arc;

use crate::decode::binary::{self, BinaryPolicy, Sniff};
use crate::decode::encoding::{OffsetMap, Utf16, UTF16_MAX};
use crate::detect::engine::{Candidate, Engine, Scratch};
use crate::detect::{stream, Confidence};
use crate::inventory::{FileTally, Finding, SkipReason, Tally};
use crate::mask::{self, ValuePolicy};
use crate::source::open::{self, Contents};

/// The per-scan settings a worker needs.
#[derive(Clone, Debug)]
pub struct WorkerSettings {
    /// Findings below this confidence are dropped.
    pub min_confidence: Confidence,
    /// Masked or raw values.
    pub values: ValuePolicy,
    /// Keep every finding in the tally (for outputs written at the end).
    pub keep_findings: bool,
    /// Files larger than this are skipped.
    pub max_filesize: Option<u64>,
}

/// Receives each scanned file's findings in one batch (streamed outputs).
pub trait FindingSink: Sync {
    /// Called once per file that has findings. An error stops the scan (a closed pipe).
    fn file_done(&self, findings: &[Finding]) -> io::Result<()>;
}

/// A worker's state: scratch space, reused buffers, and its tally.
pub struct Worker<'a> {
    engine: &'a Engine,
    settings: &'a WorkerSettings,
    sink: Option<&'a dyn FindingSink>,
    ids: Vec<Arc<str>>,
    scratch: Scratch,
    buf: Vec<u8>,
    cands: Vec<Candidate>,
    findings: Vec<Finding>,
    tally: Tally,
}

impl<'a> Worker<'a> {
    /// A worker for `engine`, delivering batches to `sink` if given.
    pub fn new(
        engine: &'a Engine,
        settings: &'a WorkerSettings,
        sink: Option<&'a dyn FindingSink>,
    ) -> Worker<'a> {
        Worker {
            engine,
            settings,
            sink,
            ids: engine.detectors().iter().map(|d| Arc::from(d.id())).collect(),
            scratch: engine.scratch(),
            buf: Vec::new(),
            cands: Vec::new(),
            findings: Vec::new(),
            tally: Tally::default(),
        }
    }

    /// Records a skip in this worker's tally.
    pub fn skip(&mut self, path: &Path, reason: SkipReason, detail: impl Into<String>) {
        self.tally.skip(path, reason, detail);
    }

    /// The tally so far, leaving an empty one.
    pub fn take_tally(&mut self) -> Tally {
        std::mem::take(&mut self.tally)
    }

    /// Scans the file at `path` (`explicit`: named on the command line). Problems are
    /// recorded as skips; the error returned is only the sink's (stop the scan).
    pub fn scan_file(&mut self, path: &Path, explicit: bool) -> io::Result<()> {
        if let Some(limit) = self.settings.max_filesize {
            match std::fs::metadata(path) {
                Ok(md) if md.len() > limit => {
                    let detail = format!("{} bytes, limit {limit}", md.len());
                    self.skip(path, SkipReason::TooLarge, detail);
                    return Ok(());
                }
                _ => {}
            }
        }
        let mut buf = std::mem::take(&mut self.buf);
        let result = match open::open(path, &mut buf) {
            Err(e) => {
                self.skip(path, SkipReason::Unreadable, e.to_string());
                Ok(())
            }
            Ok(Contents::Buffered) => self.scan_slice(path, &buf, explicit),
            Ok(Contents::Mapped(map)) => self.scan_slice(path, &map, explicit),
            Ok(Contents::Stream(file)) => self.scan_stream(path, file, explicit),
        };
        self.buf = buf;
        result
    }

    /// Scans a stream that cannot be opened by path (standard input), shown as `path`.
    pub fn scan_stream<R: Read>(
        &mut self,
        path: &Path,
        mut reader: R,
        explicit: bool,
    ) -> io::Result<()> {
        let mut head = Vec::with_capacity(binary::SNIFF_LEN);
        if let Err(e) = (&mut reader).take(binary::SNIFF_LEN as u64).read_to_end(&mut head) {
            self.skip(path, SkipReason::Unreadable, e.to_string());
            return Ok(());
        }
        match self.admit(path, &head, explicit) {
            Admit::No => return Ok(()),
            Admit::Utf16(order) => {
                let mut all = head;
                let limit = UTF16_MAX.saturating_sub(all.len() as u64);
                if let Err(e) = reader.take(limit).read_to_end(&mut all) {
                    self.skip(path, SkipReason::Unreadable, e.to_string());
                    return Ok(());
                }
                return self.scan_utf16(path, &all, order);
            }
            Admit::Text => {}
        }
        let path_arc: Arc<Path> = Arc::from(path);
        let (engine, settings, ids) = (self.engine, self.settings, &self.ids);
        let findings = &mut self.findings;
        findings.clear();
        let result = stream::scan_reader(
            engine,
            io::Cursor::new(head).chain(reader),
            &mut self.scratch,
            |buf, base, c| {
                if let Some(f) = make_finding(engine, settings, ids, &path_arc, buf, base, c) {
                    findings.push(f);
                }
            },
        );
        let bytes = match result {
            Ok(n) => n,
            Err(e) => {
                self.skip(path, SkipReason::Unreadable, e.to_string());
                0
            }
        };
        self.finish_file(path_arc, bytes)
    }

    fn scan_slice(&mut self, path: &Path, hay: &[u8], explicit: bool) -> io::Result<()> {
        match self.admit(path, hay, explicit) {
            Admit::No => return Ok(()),
            Admit::Utf16(order) => return self.scan_utf16(path, hay, order),
            Admit::Text => {}
        }
        let path_arc: Arc<Path> = Arc::from(path);
        self.cands.clear();
        self.engine.scan(hay, 0, 1, &mut self.scratch, &mut self.cands);
        self.findings.clear();
        for c in &self.cands {
            if let Some(f) =
                make_finding(self.engine, self.settings, &self.ids, &path_arc, hay, 0, c)
            {
                self.findings.push(f);
            }
        }
        self.finish_file(path_arc, hay.len() as u64)
    }

    /// Scans UTF-16 text: decoded to UTF-8, scanned, offsets mapped back to the file.
    fn scan_utf16(&mut self, path: &Path, bytes: &[u8], order: Utf16) -> io::Result<()> {
        if bytes.len() as u64 >= UTF16_MAX {
            let detail = format!("UTF-16 text larger than {UTF16_MAX} bytes is not decoded");
            self.skip(path, SkipReason::Encoding, detail);
            return Ok(());
        }
        let text = order.decode(bytes);
        let path_arc: Arc<Path> = Arc::from(path);
        self.cands.clear();
        self.engine.scan(text.as_bytes(), 0, 1, &mut self.scratch, &mut self.cands);
        self.findings.clear();
        let mut offsets = OffsetMap::new(&text);
        for c in &self.cands {
            if let Some(mut f) = make_finding(
                self.engine,
                self.settings,
                &self.ids,
                &path_arc,
                text.as_bytes(),
                0,
                c,
            ) {
                f.start = offsets.file_offset(c.start);
                f.end = offsets.file_offset(c.end);
                self.findings.push(f);
            }
        }
        self.finish_file(path_arc, bytes.len() as u64)
    }

    /// Applies the binary policy to a file whose first bytes are `head`.
    fn admit(&mut self, path: &Path, head: &[u8], explicit: bool) -> Admit {
        match binary::sniff(head) {
            Sniff::Text => Admit::Text,
            Sniff::Utf16 => match Utf16::from_bom(head) {
                Some(order) => Admit::Utf16(order),
                None => Admit::Text,
            },
            Sniff::Binary => match BinaryPolicy::for_file(explicit) {
                BinaryPolicy::Scan => Admit::Text,
                BinaryPolicy::Skip => {
                    self.skip(path, SkipReason::Binary, "NUL byte in the first 8 KiB");
                    Admit::No
                }
            },
        }
    }

    fn finish_file(&mut self, path: Arc<Path>, bytes: u64) -> io::Result<()> {
        self.tally.files_scanned += 1;
        self.tally.bytes_scanned += bytes;
        if self.findings.is_empty() {
            return Ok(());
        }
        let mut file = FileTally { path, bytes, categories: Default::default() };
        for f in &self.findings {
            file.categories.entry(f.category).or_default().count(f);
        }
        self.tally.files.push(file);
        let sent = match self.sink {
            Some(sink) => sink.file_done(&self.findings),
            None => Ok(()),
        };
        if self.settings.keep_findings {
            self.tally.findings.append(&mut self.findings);
        }
        sent
    }
}

/// How a file is scanned, after sniffing its head.
enum Admit {
    /// As bytes.
    Text,
    /// Decoded from UTF-16 first.
    Utf16(Utf16),
    /// Not at all (recorded as skipped).
    No,
}

/// Turns a candidate into a finding (masking its value), or `None` below the reporting
/// confidence.
fn make_finding(
    engine: &Engine,
    settings: &WorkerSettings,
    ids: &[Arc<str>],
    path: &Arc<Path>,
    buf: &[u8],
    base: u64,
    c: &Candidate,
) -> Option<Finding> {
    if c.confidence < settings.min_confidence {
        return None;
    }
    let category = engine.detectors()[c.detector].category();
    Some(Finding {
        path: Arc::clone(path),
        start: base + c.start as u64,
        end: base + c.end as u64,
        line: c.line,
        category,
        detector: Arc::clone(&ids[c.detector]),
        confidence: c.confidence,
        value: mask::render(category, &buf[c.start..c.end], settings.values),
        test_value: c.test_value,
        minor: c.minor,
    })
}
