//! One worker per thread: turns a walked file into findings and adds them to its own
//! [`Tally`], with no lock per finding.
//!
//! The worker opens the file (read, map or stream; [`source::open`]), applies the binary
//! policy, runs the engine, masks each value as it is turned into a [`Finding`], and hands
//! the file's findings to the output sink in one batch, so that streamed output never
//! interleaves two files.
//!
//! [`source::open`]: crate::source::open

use std::cell::Cell;
use std::collections::BTreeMap;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::decode::binary::{self, BinaryPolicy, Sniff};
use crate::decode::encoding::{self, EncodingChoice, Utf16, DECODE_MAX};
use crate::decode::escape::{self, ESCAPE_MAX};
use crate::decode::offsets::{self, Remap};
use crate::decode::{compress, gzip};
use crate::detect::engine::{Candidate, Engine, Scratch};
use crate::detect::{stream, Category, Confidence};
use crate::extract::join::{Join, ValueKey};
use crate::extract::{render, sql, Kind, Limits, Names, Parser, Plan, Warning};
use crate::findings::{held_finding, make_finding, remap, route, HeldContext};
use crate::interrupt::{interrupted_at, Interruptible};
use crate::inventory::{CategoryCount, FileTally, Finding, SkipReason, Stats, Tally};
use crate::line_cursor::{count_chars, LineCursor};
use crate::mask::{self, ValuePolicy};
use crate::policy::{Policy, Suppression};
use crate::source::container::{self, ContainerKind, Entry, EntryProblem, Flow, Opened};
use crate::source::input::{
    counter, last_component, nested, spool, with_head, Body, Codec, Counted, Expansion, Format,
    Guarded, Input, InputSettings, Rendered, SharedOffsets, Spool,
};
use crate::source::open::{self, Contents};
use crate::split::{self, Split};

pub use crate::findings::suppressed_cap;

/// The per-scan settings a worker needs.
#[derive(Clone, Debug)]
pub struct WorkerSettings {
    /// Findings below this confidence are dropped.
    pub min_confidence: Confidence,
    /// Masked or raw values.
    pub values: ValuePolicy,
    /// Keep every finding in the tally (for outputs written at the end).
    pub keep_findings: bool,
    /// Keep at most this many findings (the first by path and offset), so that memory
    /// stays bounded however much is found; `None` keeps all (baselines need them).
    pub findings_cap: Option<usize>,
    /// Files larger than this are skipped.
    pub max_filesize: Option<u64>,
    /// Suppressions, baseline, failure level, fingerprint key.
    pub policy: Policy,
    /// Files the configuration allows: not scanned.
    pub allowed_paths: Option<ignore::gitignore::Gitignore>,
    /// The roots are a list of files (`--files-from`): binary files among them are
    /// skipped as if walked, not scanned as if named one by one.
    pub listed_files: bool,
    /// The keyed hash of values for distinct counts (a random per-scan key, in memory
    /// only).
    pub value_key: ValueKey,
    /// Masked samples kept per location.
    pub samples: usize,
    /// The largest spreadsheet or SQLite cell rendered (`--max-cell-size`).
    pub max_cell: usize,
    /// Containers, compression and their guards (`--max-gzip-depth`, `--max-expanded`,
    /// `--max-ratio`, `--max-entries`, `--max-archive-depth`, `--max-spool`, `--jars`).
    pub input: InputSettings,
    /// What a structured file may make a parser and the join keep.
    pub limits: Limits,
    /// Print paths as they are, even when a file or folder name holds a value
    /// (`--show-paths`, or `--show-values`); otherwise such values are masked in the path.
    pub show_paths: bool,
    /// The encoding of files' text (`--encoding`): detected per file, or given.
    pub encoding: EncodingChoice,
    /// Keep every finding in the tally even when the output does not need them at the
    /// end (up to `findings_cap`): a cached file's record holds them (`--cache`).
    pub record_findings: bool,
    /// Large plain-text files scanned by several threads (`--split-size`, `-j`).
    pub split: Split,
}

/// Which part of a path a value found in it is reported for: a folder's value is
/// reported once, on the folder, not again on every file under it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathScan {
    /// The whole path (a root named on the command line).
    Whole,
    /// The last component (a file or folder found by walking).
    Last,
    /// None: the path is only masked for printing.
    Mask,
    /// From this byte on (an entry's name inside its container).
    From(usize),
}

/// The current file's counts, kept as findings are flushed in batches.
#[derive(Default)]
struct FileCounts {
    /// Every reported finding, per category.
    all: BTreeMap<Category, CategoryCount>,
    /// The findings outside any column, per category (the join keeps the others).
    text: BTreeMap<Category, Stats>,
}

impl FileCounts {
    fn clear(&mut self) {
        self.all.clear();
        self.text.clear();
    }
}

/// Receives each scanned file's findings in batches, in order (streamed outputs).
pub trait FindingSink: Sync {
    /// Appends to `text` what the output writes for `findings`, in their order. Any
    /// thread may format: a split file's parts are formatted where they were scanned.
    fn format(&self, findings: &mut dyn Iterator<Item = &Finding>, text: &mut Vec<u8>);

    /// Writes pieces of text made by [`FindingSink::format`], one after the other with
    /// nothing between them. An error stops the scan (a closed pipe).
    fn write_text(&self, pieces: &[&[u8]]) -> io::Result<()>;

    /// Formats and writes a batch of one file's findings, `FLUSH_AT` (4 096) at a time, each
    /// formatted in `text` (cleared first): a buffer reused from batch to batch (its
    /// caller keeps at most `TEXT_KEPT` of it), so that the text is not grown from
    /// nothing each time (a chunk of a dense file hands on tens of thousands of findings
    /// at once).
    fn file_done(&self, findings: &[Finding], text: &mut Vec<u8>) -> io::Result<()> {
        findings.chunks(FLUSH_AT).try_for_each(|some| {
            text.clear();
            self.format(&mut some.iter(), text);
            self.write_text(&[text])
        })
    }
}

/// A worker's state: scratch space, reused buffers, and its tally.
pub struct Worker<'a> {
    engine: &'a Engine,
    settings: &'a WorkerSettings,
    sink: Option<&'a dyn FindingSink>,
    ids: Vec<Arc<str>>,
    /// The detector id of a column hint's findings, per category (`Category as usize`).
    hint_ids: Vec<Arc<str>>,
    scratch: Scratch,
    buf: Vec<u8>,
    cands: Vec<Candidate>,
    findings: Vec<Finding>,
    /// The text of a batch of findings for the output, reused (see [`flush_batch`]).
    text: Vec<u8>,
    /// The current file's counts, kept as findings are flushed in batches.
    counts: FileCounts,
    tally: Tally,
    /// Warnings about the current file met before its scan (a rendering that failed, a
    /// damaged gzip stream), added to the file's when it is finished.
    pending: gzip::Warnings,
    /// The settings' limits, with a test of names against the detectors.
    limits: Limits,
    /// The current file's path as printed (values in it masked; see [`Worker::name`]).
    shown: Arc<Path>,
    /// The current file's path as it is, for fingerprints: a fingerprint never depends
    /// on whether paths are masked.
    real: Arc<Path>,
    /// The findings in the current file's name, reported with its content's.
    names: Vec<(Finding, Option<Suppression>)>,
    /// What the current file on disk has expanded to (the guards' state).
    expansion: Expansion,
    /// The encoding the current input was decoded from ([`Input::encoding`]).
    encoding: Option<&'static str>,
    /// Column comments read as hints (a live database's table; empty for files).
    notes: Arc<std::collections::HashMap<String, String>>,
    /// The layers of decoding (a byte-order mark, another encoding, escapes) met in the
    /// current input's text, sealed into [`Worker::map`] before the scan.
    remap: Remap,
    /// Offsets of the current input's scanned text back to its stored bytes.
    map: Option<SharedOffsets>,
    /// What of the split structured files was done on the parts' threads.
    apart: Apart,
}

/// What of the split structured files a worker scanned was done on the parts' own
/// threads (see [`Worker::scan_split`]), the rest having been done on the calling
/// thread.
#[derive(Clone, Copy, Debug, Default)]
pub struct Apart {
    /// Parts parsed and joined with their cells.
    pub parts_joined: u64,
    /// Batches of findings written as the text made on their part's thread.
    pub batches_formatted: u64,
    /// Of those, batches that began with the last findings of the part before, written
    /// as that part's text too.
    pub batches_carried: u64,
}

impl Apart {
    fn add(&mut self, other: Apart) {
        self.parts_joined += other.parts_joined;
        self.batches_formatted += other.batches_formatted;
        self.batches_carried += other.batches_carried;
    }
}

/// Findings are handed to the output (and counted) in batches of this many, so that a
/// file with millions of findings (a large dump) never holds them all in memory.
pub(crate) const FLUSH_AT: usize = 4096;

/// The most a batch's text buffer keeps between batches: [`FLUSH_AT`] ordinary findings
/// write about 1 MiB; findings with very long paths more, which is not kept.
const TEXT_KEPT: usize = 4 << 20;

/// The detail of a skip by `[allow] paths`.
const ALLOWED: &str = "allowed by the configuration";

/// The sink's text for a batch's findings, made on another thread (see
/// [`FileSink::take_joined`]), after the text of those that sort first.
struct Made<'t> {
    head: Head<'t>,
    text: &'t [u8],
}

/// The text of the findings that begin a batch of [`Made`] text.
enum Head<'t> {
    /// Made already (the last runs of the part before).
    Made(&'t [u8]),
    /// Formatted here: the batch's first this many findings, once sorted.
    Format(usize),
}

/// Counts a batch of one file's findings, hands it to the sink (with the text made for
/// it, if any) and keeps it if the output needs findings at the end (at most
/// `findings_cap`).
fn flush_batch(
    findings: &mut Vec<Finding>,
    text: &mut Vec<u8>,
    counts: &mut FileCounts,
    tally: &mut Tally,
    settings: &WorkerSettings,
    sink: Option<&dyn FindingSink>,
    made: Option<Made<'_>>,
) -> io::Result<()> {
    if findings.is_empty() {
        return Ok(());
    }
    // Findings from column hints are made when their cell closes, after later ones.
    findings.sort_by_key(Finding::place);
    for f in findings.iter() {
        counts.all.entry(f.category).or_default().count(f);
        if f.table.is_none() {
            counts.text.entry(f.category).or_default().add(f, settings.samples);
        }
    }
    let sent = match (sink, made) {
        (Some(sink), Some(Made { head: Head::Made(head), text })) => sink.write_text(&[head, text]),
        (Some(sink), Some(Made { head: Head::Format(before), text: made })) => {
            text.clear();
            sink.format(&mut findings[..before].iter(), text);
            sink.write_text(&[text, made])
        }
        (Some(sink), None) => sink.file_done(findings, text),
        (None, _) => Ok(()),
    };
    if text.capacity() > TEXT_KEPT {
        *text = Vec::new();
    }
    tally.findings_total += findings.len() as u64;
    if settings.keep_findings || settings.record_findings {
        // Dropping what sorts after this thread's first `cap` keeps exactly the scan's
        // first `cap` overall, whichever thread scanned which file.
        tally.add_findings(findings, settings.findings_cap);
    }
    findings.clear();
    sent
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
            hint_ids: Category::ALL.iter().map(|c| Arc::from(format!("column_hint.{c}"))).collect(),
            scratch: engine.scratch(),
            buf: Vec::new(),
            cands: Vec::new(),
            findings: Vec::new(),
            text: Vec::new(),
            counts: FileCounts::default(),
            tally: Tally::default(),
            pending: gzip::Warnings::default(),
            limits: Limits {
                names_hold_values: Some(names_test(engine)),
                ..settings.limits.clone()
            },
            shown: Arc::from(Path::new("")),
            real: Arc::from(Path::new("")),
            names: Vec::new(),
            expansion: Expansion::default(),
            encoding: None,
            notes: Arc::default(),
            remap: Remap::default(),
            map: None,
            apart: Apart::default(),
        }
    }

    /// Records a skip of the entry at `path` in this worker's tally: values in its name
    /// are reported as `names` says and masked in the path and the detail.
    pub fn skip(
        &mut self,
        path: &Path,
        names: PathScan,
        reason: SkipReason,
        detail: &str,
    ) -> io::Result<()> {
        self.shown = self.name(path, names);
        self.skip_current(reason, detail);
        self.finish_names()
    }

    /// The bytes a scan of the current file read, from its `result`: damage in a
    /// decompressed stream (`decoded`) ends it with a warning (what was read is kept), any
    /// other read error is a skip `unreadable`.
    fn bytes_read(
        &mut self,
        result: std::io::Result<u64>,
        decoded: bool,
        warnings: &mut Vec<Warning>,
    ) -> u64 {
        match result {
            Ok(n) => n,
            Err(e) if decoded && gzip::is_damage(&e) => {
                warnings.push(Warning { offset: 0, reason: format!("compressed stream: {e}") });
                0
            }
            Err(e) => {
                self.skip_current(SkipReason::Unreadable, &e.to_string());
                0
            }
        }
    }

    /// Records a skip of the current file (its path as shown); values in `detail` (an OS
    /// message often repeats the path) are masked and control characters escaped.
    fn skip_current(&mut self, reason: SkipReason, detail: &str) {
        // What was met before the skip (a damaged gzip stream) is part of why.
        let mut detail = detail.to_string();
        for w in self.pending.lock().unwrap_or_else(|e| e.into_inner()).drain(..) {
            detail.push_str("; ");
            detail.push_str(&w.reason);
        }
        let detail = self.mask_text(detail.as_bytes());
        let shown = Arc::clone(&self.shown);
        self.tally.skip(&shown, reason, mask::sanitize(&String::from_utf8_lossy(&detail)));
    }

    /// A folder met by the walk: values in its name are reported, on the folder.
    pub fn visit_dir(&mut self, path: &Path, root: bool) -> io::Result<()> {
        let names = if self.allowed(path, true) {
            PathScan::Mask
        } else if root {
            PathScan::Whole
        } else {
            PathScan::Last
        };
        self.shown = self.name(path, names);
        self.finish_names()
    }

    /// `path` as printed: every value found in it masked (unless paths are shown as
    /// they are). Values in the part of the path that `names` says are also kept as
    /// findings of the current file, located in the path itself: `line` 0, `start` and
    /// `end` byte offsets into the path, `col` its code-point column.
    ///
    /// Names are read with `_` as a word separator (`客户_13912345678.csv`): the
    /// detectors' word boundaries would otherwise glue the value to the word before.
    pub fn name(&mut self, path: &Path, names: PathScan) -> Arc<Path> {
        self.names.clear();
        self.real = Arc::from(path);
        let raw = crate::source::path_bytes(path);
        let found = self.scan_text(&raw);
        if found.is_empty() {
            return Arc::from(path);
        }
        let shown: Arc<Path> = if self.settings.show_paths {
            Arc::from(path)
        } else {
            Arc::from(crate::source::path_from_bytes(self.masked(&raw, &found)))
        };
        let from = match names {
            PathScan::Whole => 0,
            PathScan::Last => memchr::memrchr(b'/', &raw).map_or(0, |i| i + 1),
            PathScan::Mask => raw.len() + 1,
            PathScan::From(at) => at,
        };
        let settings = self.settings;
        for c in found.iter().filter(|c| c.start >= from) {
            let category = self.engine.detectors()[c.detector].category();
            let value = &raw[c.start..c.end];
            let component = memchr::memrchr(b'/', &raw[..c.start]).map_or(0, |i| i + 1);
            let end = memchr::memchr(b'/', &raw[c.end..]).map_or(raw.len(), |i| c.end + i);
            let fingerprint = if settings.policy.fingerprints() {
                let (before, after) = (&raw[component..c.start], &raw[c.end..end]);
                settings.policy.fingerprint(&raw, &self.ids[c.detector], value, before, after)
            } else {
                String::new()
            };
            let suppression =
                settings.policy.suppression(category, c.test_value, b"", value, &fingerprint);
            let finding = Finding {
                path: Arc::clone(&shown),
                start: c.start as u64,
                end: c.end as u64,
                line: 0,
                col: 1 + count_chars(&raw[..c.start]),
                category,
                detector: Arc::clone(&self.ids[c.detector]),
                confidence: c.confidence,
                value: mask::render(category, value, settings.values),
                table: None,
                column: None,
                row: None,
                test_value: c.test_value,
                minor: c.minor,
                fingerprint,
                value_hash: settings.value_key.hash_of(category, value),
            };
            self.names.push((finding, suppression));
        }
        shown
    }

    /// `text` with every value found in it masked (unless paths are shown as they are).
    pub fn mask_text(&mut self, text: &[u8]) -> Vec<u8> {
        if self.settings.show_paths {
            return text.to_vec();
        }
        let found = self.scan_text(text);
        self.masked(text, &found)
    }

    /// The values (at the reporting confidence) in a name or a message, `_` read as a
    /// space.
    fn scan_text(&mut self, text: &[u8]) -> Vec<Candidate> {
        let spaced: Vec<u8> = text.iter().map(|&b| if b == b'_' { b' ' } else { b }).collect();
        self.cands.clear();
        self.engine.scan(&spaced, 0, 1, &mut self.scratch, &mut self.cands);
        let min = self.settings.min_confidence;
        self.cands.drain(..).filter(|c| c.confidence >= min).collect()
    }

    /// `text` with the spans of `found` (sorted, not overlapping) replaced by their masks.
    fn masked(&self, text: &[u8], found: &[Candidate]) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len());
        let mut at = 0;
        for c in found {
            let category = self.engine.detectors()[c.detector].category();
            out.extend_from_slice(&text[at..c.start]);
            out.extend_from_slice(mask::mask(category, &text[c.start..c.end]).as_bytes());
            at = c.end;
        }
        out.extend_from_slice(&text[at..]);
        out
    }

    /// Whether the configuration allows `path` (not scanned, its name not reported).
    fn allowed(&self, path: &Path, is_dir: bool) -> bool {
        let Some(allowed) = &self.settings.allowed_paths else { return false };
        // A configuration found above the current folder has an absolute root: relative
        // paths are made absolute (without `.` parts, which the matcher would keep).
        let absolute;
        let path = if allowed.path().is_absolute() && path.is_relative() {
            static CWD: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
            let Some(cwd) = CWD.get_or_init(|| std::env::current_dir().ok()) else {
                return false;
            };
            absolute = path
                .components()
                .filter(|c| *c != std::path::Component::CurDir)
                .fold(cwd.clone(), |p, c| p.join(c));
            &absolute
        } else {
            path
        };
        // The matcher takes paths under its root only (it panics on others).
        let comparable = !path.is_absolute() || path.starts_with(allowed.path());
        comparable && allowed.matched_path_or_any_parents(path, is_dir).is_ignore()
    }

    /// Starts the scan of the current file's content: its name's findings come first.
    fn begin_file(&mut self) {
        self.findings.clear();
        self.counts.clear();
        for made in self.names.drain(..) {
            route(Some(made), &mut self.findings, &mut self.tally, self.settings);
        }
    }

    /// Reports the findings of the current name that no content scan took (a folder, a
    /// skipped or unreadable file).
    fn finish_names(&mut self) -> io::Result<()> {
        if self.names.is_empty() {
            return Ok(());
        }
        self.begin_file();
        let shown = Arc::clone(&self.shown);
        self.close_file(shown, 0, None, Vec::new(), Vec::new())
    }

    /// The tally so far.
    pub fn tally(&self) -> &Tally {
        &self.tally
    }

    /// What of the split structured files scanned so far was done on the parts' own
    /// threads.
    pub fn apart(&self) -> Apart {
        self.apart
    }

    /// The tally so far, leaving an empty one.
    pub fn take_tally(&mut self) -> Tally {
        std::mem::take(&mut self.tally)
    }

    /// Puts `tally` in place of the tally so far, which it returns (to tally one file
    /// apart: what a cache keeps of it).
    pub fn swap_tally(&mut self, tally: Tally) -> Tally {
        std::mem::replace(&mut self.tally, tally)
    }

    /// Whether a value is found anywhere in `path` (at the reporting confidence).
    pub fn path_has_values(&mut self, path: &Path) -> bool {
        let raw = crate::source::path_bytes(path).into_owned();
        !self.scan_text(&raw).is_empty()
    }

    /// Scans the file at `path` (`explicit`: named on the command line). Problems are
    /// recorded as skips; the error returned is only the sink's (stop the scan).
    pub fn scan_file(&mut self, path: &Path, explicit: bool) -> io::Result<()> {
        if self.allowed(path, false) {
            return self.skip(path, PathScan::Mask, SkipReason::Allowed, ALLOWED);
        }
        self.pending_clear();
        self.remap = Remap::default();
        self.map = None;
        self.shown = self.name(path, if explicit { PathScan::Whole } else { PathScan::Last });
        let result = self.scan_file_content(path, explicit);
        let names = self.finish_names();
        result.and(names)
    }

    fn scan_file_content(&mut self, path: &Path, explicit: bool) -> io::Result<()> {
        let explicit = explicit && !self.settings.listed_files;
        if let Some(limit) = self.settings.max_filesize {
            match std::fs::metadata(path) {
                Ok(md) if md.len() > limit => {
                    let detail = format!("{} bytes, limit {limit}", md.len());
                    self.skip_current(SkipReason::TooLarge, &detail);
                    return Ok(());
                }
                _ => {}
            }
        }
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        self.pending_clear();
        // Each file is opened once; a database's header is read from this handle too.
        let mut file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) => {
                self.skip_current(SkipReason::Unreadable, &e.to_string());
                return Ok(());
            }
        };
        // Only a name that may be an SQLite database needs the head to decide.
        let mut head = Vec::new();
        if Format::wants_head(&name) {
            let read = (&mut file).take(16).read_to_end(&mut head);
            if io::Seek::rewind(&mut file).is_err() || read.is_err() {
                head.clear();
            }
        }
        let format = Format::decide(&name, &head, &self.settings.input);
        let input = Input {
            path: path.to_path_buf(),
            name_from: 0,
            plan: Plan::for_name(&name),
            name,
            format,
            body: Body::File(file),
            depth: 0,
            map: None,
            encoding: None,
        };
        if !matches!(input.format, Format::Compressed(_) | Format::Container(_)) {
            // Plain files pay for no guard.
            return self.scan_input(input, explicit);
        }
        self.expansion = Expansion::for_file(input_size(&input), &self.settings.input.guards);
        let result = self.scan_input(input, explicit);
        self.record_trips();
        result
    }

    /// Scans one input as its format says: the one place the worker branches on formats.
    /// The current file (its shown path, pending names) is the input's.
    fn scan_input(&mut self, input: Input<'_>, explicit: bool) -> io::Result<()> {
        match input.format {
            Format::Text => self.scan_text_input(input, explicit),
            Format::Compressed(codec) => self.scan_compressed(input, codec, explicit),
            Format::Container(kind) => self.scan_container(input, kind, explicit),
            Format::Rendered(kind) => self.scan_rendered(input, kind),
        }
    }

    /// Text, CSV, JSON and SQL: scanned as bytes, structured formats parsed beside.
    fn scan_text_input(&mut self, input: Input<'_>, explicit: bool) -> io::Result<()> {
        self.encoding = input.encoding;
        let plan = input.plan;
        let file = match input.body {
            Body::Stream { reader, .. } => {
                return self.scan_stream_as(reader, explicit, Some(&plan), input.map, true)
            }
            Body::File(file) => file,
        };
        if plan.is_structured() {
            if input.map.is_none() {
                return self.scan_large(file, explicit, Some(&plan));
            }
            return self.scan_stream_as(file, explicit, Some(&plan), input.map, false);
        }
        let mut buf = std::mem::take(&mut self.buf);
        let result = match open::read(file, &mut buf) {
            Err(e) => {
                self.skip_current(SkipReason::Unreadable, &e.to_string());
                Ok(())
            }
            Ok(Contents::Buffered) => self.scan_slice(&buf, explicit),
            // Large files go through the chunked driver: bounded memory for candidates.
            Ok(Contents::Stream(file)) => self.scan_large(file, explicit, None),
        };
        self.buf = buf;
        result
    }

    /// A compressed stream: decoded (under the guards) to one input under the same path,
    /// whose format is decided again from the name without the compression's extension
    /// and the decoded head (`x.tar.gz` holds a tar archive, `x.csv.gz` CSV).
    fn scan_compressed(
        &mut self,
        input: Input<'_>,
        codec: Codec,
        explicit: bool,
    ) -> io::Result<()> {
        let raw: Box<dyn Read + '_> = match input.body {
            Body::File(f) => Box::new(f),
            Body::Stream { reader, .. } => reader,
        };
        let consumed = counter(0);
        let counted = Counted::new(raw, Arc::clone(&consumed));
        let depth = self.settings.input.gzip_depth;
        let decoded = match compress::decode(codec, counted, depth, &self.pending) {
            Ok(r) => r,
            Err(e) => {
                self.skip_current(SkipReason::Unreadable, &e.to_string());
                return Ok(());
            }
        };
        let guards = self.settings.input.guards;
        let guarded =
            Guarded::new(decoded, guards, self.expansion.clone(), consumed, input.path.clone())
                .counted_from(0);
        let (head, reader) = match with_head(Box::new(guarded)) {
            Ok(h) => h,
            Err(e) => {
                self.skip_current(SkipReason::Unreadable, &e.to_string());
                return Ok(());
            }
        };
        let name = codec.inner_name(&input.name);
        let format = match Format::decide(&name, &head, &self.settings.input) {
            // Gzip inside gzip was decoded by its bytes already (`.gz.gz`).
            Format::Compressed(Codec::Gzip) if codec == Codec::Gzip => Format::Text,
            f => f,
        };
        let inner = Input {
            path: input.path,
            name_from: input.name_from,
            plan: Plan::for_name(&name),
            name,
            format,
            body: Body::Stream { reader, size: None },
            depth: input.depth,
            map: None,
            encoding: None,
        };
        self.scan_input(inner, explicit)
    }

    /// A container: every entry is an input of its own (`container!/entry`), scanned
    /// through [`Worker::scan_input`]; the container itself is listed only for its
    /// warnings and the values in its name.
    fn scan_container(
        &mut self,
        input: Input<'_>,
        kind: ContainerKind,
        explicit: bool,
    ) -> io::Result<()> {
        let guards = self.settings.input.guards;
        if input.depth >= guards.max_depth {
            let detail = format!(
                "{} archive nested more than {} levels deep (--max-archive-depth): not opened",
                kind.name(),
                guards.max_depth
            );
            self.skip_current(SkipReason::Depth, &detail);
            return Ok(());
        }
        let (shown, real) = (Arc::clone(&self.shown), input.path.clone());
        let mark = self.tally.mark();
        // The container's own name findings are reported with it, after its entries.
        let names = std::mem::take(&mut self.names);
        let mut counter = EntryCounter { seen: 0, over: false };
        let depth = input.depth + 1;
        let parts = self.settings.input.parts;
        let result =
            container::read_entries(kind, input.body, guards.max_spool, &parts, &mut |entry| {
                if crate::interrupt::requested() || self.expansion.spent(&guards) {
                    return Ok(Flow::Stop);
                }
                counter.seen += 1;
                if counter.seen > guards.max_entries {
                    counter.over = true;
                    return Ok(Flow::Stop);
                }
                let (path, from) = nested(&real, &entry.name);
                self.scan_entry(path, from, entry, depth)?;
                Ok(Flow::Next)
            });
        self.names = names;
        self.shown = Arc::clone(&shown);
        self.real = Arc::from(real.as_path());
        let warnings = match result? {
            Opened::Read(w) => w,
            Opened::NotIt(bytes, why) => {
                // Not that container after all: its bytes are scanned as they are.
                let reason = format!("{why}; scanned as bytes");
                self.pending_push(Warning { offset: 0, reason });
                return self.scan_stream_as(bytes, explicit, None, None, true);
            }
            Opened::TooLarge(why) => {
                self.skip_current(SkipReason::TooLarge, &why);
                return Ok(());
            }
        };
        if counter.over {
            let detail = format!(
                "more than {} entries (--max-entries): the rest is not read",
                guards.max_entries
            );
            self.skip_current(SkipReason::TooLarge, &detail);
        }
        self.begin_file();
        self.tally.files_scanned += 1;
        let closed =
            self.close_file(Arc::clone(&shown), 0, Some(Kind::from(kind)), Vec::new(), warnings);
        self.tally.close_container(mark, shown, Kind::from(kind));
        closed
    }

    /// Scans one entry as an input of its own, then makes its container current again.
    fn scan_entry(
        &mut self,
        path: PathBuf,
        from: usize,
        entry: Entry<'_>,
        depth: u32,
    ) -> io::Result<()> {
        let saved = (Arc::clone(&self.shown), Arc::clone(&self.real));
        // `[allow] paths` match an entry by its path as shown (`backup.zip!/hr/x.csv`).
        let allowed = self.allowed(&path, false);
        self.shown = self.name(&path, if allowed { PathScan::Mask } else { PathScan::From(from) });
        let result = self.scan_entry_content(path, from, entry, depth, allowed);
        let names = self.finish_names();
        self.record_trips();
        (self.shown, self.real) = saved;
        result.and(names)
    }

    fn scan_entry_content(
        &mut self,
        path: PathBuf,
        from: usize,
        entry: Entry<'_>,
        depth: u32,
        allowed: bool,
    ) -> io::Result<()> {
        match entry.problem {
            Some(_) if allowed => {
                self.skip_current(SkipReason::Allowed, ALLOWED);
                return Ok(());
            }
            Some(EntryProblem::Encrypted) => {
                self.skip_current(SkipReason::Encrypted, "encrypted entry: not read");
                return Ok(());
            }
            Some(EntryProblem::Unreadable(why)) => {
                self.skip_current(SkipReason::Unreadable, &why);
                return Ok(());
            }
            Some(EntryProblem::Unreached { after }) => {
                // The detail is masked as it is recorded (values in the name).
                let detail = format!(
                    "after {after} in the same solid block, which a guard ended (a compression bomb): not decoded"
                );
                self.skip_current(SkipReason::Bomb, &detail);
                return Ok(());
            }
            None => {}
        }
        let mut reader: Box<dyn Read + '_> = match entry.compressed {
            Some(c) => {
                let guarded = Guarded::new(
                    entry.reader,
                    self.settings.input.guards,
                    self.expansion.clone(),
                    c,
                    path.clone(),
                );
                match entry.solid {
                    Some(solid) => Box::new(guarded.within(solid)),
                    None => Box::new(guarded),
                }
            }
            None => entry.reader,
        };
        let result = if allowed {
            self.skip_current(SkipReason::Allowed, ALLOWED);
            Ok(())
        } else {
            self.scan_entry_stream(path, from, &entry.name, &mut reader, entry.size, depth)
        };
        if entry.solid.is_some_and(|s| s.read_to_end) {
            // The entries after it are decoded from the same stream: what the scan left
            // is decoded now, under the guards (a guard that ends it ends the stream).
            // A read error is the container's to report.
            let _ = io::copy(&mut reader, &mut io::sink());
        }
        result
    }

    /// Scans the bytes of an entry (`reader`, from the first) as an input of its own.
    fn scan_entry_stream(
        &mut self,
        path: PathBuf,
        from: usize,
        name: &[u8],
        reader: &mut dyn Read,
        size: Option<u64>,
        depth: u32,
    ) -> io::Result<()> {
        let (head, reader) = match with_head(Box::new(reader)) {
            Ok(h) => h,
            Err(e) => {
                let reason = format!("damaged entry, not read: {e}");
                self.pending_push(Warning { offset: 0, reason });
                self.begin_file();
                let shown = Arc::clone(&self.shown);
                return self.finish_file_with(shown, 0, None, Vec::new(), Vec::new());
            }
        };
        let name = last_component(name);
        let format = Format::decide(&name, &head, &self.settings.input);
        let input = Input {
            path,
            name_from: from,
            plan: Plan::for_name(&name),
            format,
            name,
            body: Body::Stream { reader, size },
            depth,
            map: None,
            encoding: None,
        };
        self.scan_input(input, false)
    }

    /// Records the guards that tripped as skips of the inputs they ended.
    fn record_trips(&mut self) {
        for t in self.expansion.take_trips() {
            let shown: Arc<Path> = if *t.path == *self.real {
                Arc::clone(&self.shown)
            } else {
                let masked = self.mask_text(&crate::source::path_bytes(&t.path));
                Arc::from(crate::source::path_from_bytes(masked))
            };
            let detail = mask::sanitize(&t.detail);
            self.tally.skip(&shown, t.reason, detail);
        }
    }

    fn pending_clear(&mut self) {
        self.pending.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }

    fn pending_push(&mut self, warning: Warning) {
        self.pending.lock().unwrap_or_else(|e| e.into_inner()).push(warning);
    }

    /// Spreadsheets and SQLite databases: rendered from the file on disk, or from a
    /// bounded copy of an entry (`--max-spool`).
    fn scan_rendered(&mut self, input: Input<'_>, kind: Rendered) -> io::Result<()> {
        let spreadsheet = kind == Rendered::Spreadsheet;
        match input.body {
            Body::File(file) => {
                let path = input.path;
                match self.render(&path, spreadsheet) {
                    RenderOutcome::Done(result) => result,
                    // A file that cannot be rendered is scanned as bytes, binary or not.
                    RenderOutcome::Failed => {
                        let input =
                            Input { format: Format::Text, body: Body::File(file), path, ..input };
                        self.scan_text_input(input, true)
                    }
                }
            }
            Body::Stream { reader, size } => {
                let max = self.settings.input.guards.max_spool;
                let copy = match spool(reader, size, max, true) {
                    Ok(Some(Spool::Disk(f))) => f,
                    Ok(_) => {
                        let detail =
                            format!("entry larger than {max} bytes (--max-spool): not rendered");
                        self.skip_current(SkipReason::TooLarge, &detail);
                        return Ok(());
                    }
                    Err(e) => {
                        let reason = format!("damaged entry, not read: {e}");
                        self.pending_push(Warning { offset: 0, reason });
                        return Ok(());
                    }
                };
                match self.render(copy.path(), spreadsheet) {
                    RenderOutcome::Done(result) => result,
                    RenderOutcome::Failed => {
                        let file = copy.reopen()?;
                        self.scan_stream_as(file, false, None, None, true)
                    }
                }
            }
        }
    }

    /// Renders the spreadsheet (`spreadsheet`) or SQLite database at `path` as dump text
    /// on a thread of its own and scans it as a dump as the rendering is made.
    fn render(&mut self, path: &Path, spreadsheet: bool) -> RenderOutcome {
        let source = match render::Source::open(path, spreadsheet) {
            Ok(s) => s,
            Err(e) => {
                let reason = format!("{e:#}; scanned as bytes");
                self.pending_push(Warning { offset: 0, reason });
                return RenderOutcome::Failed;
            }
        };
        let kind = if spreadsheet { Kind::Spreadsheet } else { Kind::SqliteDb };
        let limits = render::Limits { max_cell: self.settings.max_cell };
        let parser = sql::for_kind(Kind::SqliteDump, Names::with_limits(&self.limits));
        let (mut send, pipe) = render::pipe();
        let path_arc: Arc<Path> = Arc::clone(&self.shown);
        let (pass, rendering) = std::thread::scope(|s| {
            let producer = s.spawn(move || {
                let mut out = render::Out::new(limits, &mut send);
                source.render(&mut out);
                out.warnings
            });
            let never_cut = Cell::new(None);
            let pass = self.structured_pass(&path_arc, pipe, parser, &never_cut, false, None);
            (pass, producer.join())
        });
        let (bytes, columns, mut warnings) = match pass {
            Ok(parts) => parts,
            Err(e) => return RenderOutcome::Done(Err(e)),
        };
        match rendering {
            Ok(w) => warnings.extend(w),
            Err(_) => warnings.push(Warning {
                offset: bytes,
                reason: "the reader failed on this file: the rest is not rendered".into(),
            }),
        }
        RenderOutcome::Done(self.finish_file_with(path_arc, bytes, Some(kind), columns, warnings))
    }

    /// Scans a rendering made by `render` on a thread of its own (a table of a live
    /// database), shown as `path`, as a dump ([`Kind::Database`]); `notes` are column
    /// comments read as hints. Values in `path` are masked, not reported.
    pub fn scan_rendering(
        &mut self,
        path: &Path,
        notes: Arc<std::collections::HashMap<String, String>>,
        render: impl FnOnce(&mut render::Out<'_>) + Send,
    ) -> io::Result<()> {
        self.pending_clear();
        self.shown = self.name(path, PathScan::Mask);
        let limits = render::Limits { max_cell: self.settings.max_cell };
        let parser = sql::for_kind(Kind::SqliteDump, Names::with_limits(&self.limits));
        let (mut send, pipe) = render::pipe();
        let path_arc: Arc<Path> = Arc::clone(&self.shown);
        self.notes = notes;
        let (pass, rendering) = std::thread::scope(|s| {
            let producer = s.spawn(move || {
                let mut out = render::Out::new(limits, &mut send);
                render(&mut out);
                out.flush();
                out.warnings
            });
            let never_cut = Cell::new(None);
            let pass = self.structured_pass(&path_arc, pipe, parser, &never_cut, false, None);
            (pass, producer.join())
        });
        self.notes = Arc::default();
        let (bytes, columns, mut warnings) = pass?;
        match rendering {
            Ok(w) => warnings.extend(w),
            Err(_) => warnings.push(Warning {
                offset: bytes,
                reason: "the reader failed on this table: the rest is not read".into(),
            }),
        }
        self.finish_file_with(path_arc, bytes, Some(Kind::Database), columns, warnings)
    }

    /// Scans standard input, shown as `<stdin>`.
    pub fn scan_stdin<R: Read>(&mut self, reader: R) -> io::Result<()> {
        self.shown = Arc::from(Path::new("<stdin>"));
        self.real = Arc::clone(&self.shown);
        self.names.clear();
        self.pending_clear();
        self.scan_stream(reader, true)
    }

    /// Scans a stream (a large file, standard input).
    fn scan_stream<R: Read>(&mut self, reader: R, explicit: bool) -> io::Result<()> {
        self.scan_stream_as(reader, explicit, None, None, false)
    }

    /// Scans a stream; with a `plan`, structured formats are parsed beside the scan and
    /// findings attributed to their table and column. `map` takes offsets back to the
    /// stored bytes; `decoded`: the stream is decompressed or an entry, so a read error
    /// is damage to record as a warning rather than an unreadable file. Text in another
    /// encoding and escapes are decoded first; their offsets join `map`.
    fn scan_stream_as<R: Read>(
        &mut self,
        mut reader: R,
        explicit: bool,
        plan: Option<&Plan>,
        map: Option<SharedOffsets>,
        decoded: bool,
    ) -> io::Result<()> {
        self.map = map;
        let mut head = Vec::with_capacity(binary::SNIFF_LEN);
        if let Err(e) = (&mut reader).take(binary::SNIFF_LEN as u64).read_to_end(&mut head) {
            self.skip_current(SkipReason::Unreadable, &e.to_string());
            return Ok(());
        }
        let (enc, bom) = match self.admit(&head, explicit) {
            Admit::No => return Ok(()),
            Admit::Text => (encoding_rs::UTF_8, 0),
            Admit::Decode(enc, bom) => (enc, bom),
        };
        let more = head.len() == binary::SNIFF_LEN;
        if enc == encoding_rs::UTF_8 {
            // Only a mark to skip: the stream goes on as it is.
            self.remap.shift = bom as u64;
            head.drain(..bom);
            self.scan_admitted(head, more, reader, plan, decoded)
        } else {
            let mut all = head;
            let limit = DECODE_MAX.saturating_sub(all.len() as u64);
            if let Err(e) = (&mut reader).take(limit).read_to_end(&mut all) {
                self.skip_current(SkipReason::Unreadable, &e.to_string());
                return Ok(());
            }
            let mut probe = [0u8; 1];
            let more = matches!(reader.read(&mut probe), Ok(1));
            if !more {
                let decoded_text = offsets::decode(enc, all, bom);
                self.remap.decoded = Some(decoded_text.map);
                return self.scan_whole(decoded_text.text.into_bytes(), plan);
            }
            let name = encoding::name(enc);
            if name.starts_with("utf-16") {
                let detail = format!("{name} text larger than {DECODE_MAX} bytes is not decoded");
                self.skip_current(SkipReason::Encoding, &detail);
                return Ok(());
            }
            // GBK and Big5 are ASCII-compatible: too large to decode, scanned as bytes.
            let reason = format!("{name} text larger than {DECODE_MAX} bytes is scanned undecoded");
            self.pending_push(Warning { offset: 0, reason });
            all.push(probe[0]);
            self.scan_admitted(all, true, reader, plan, decoded)
        }
    }

    /// Scans admitted text whose first bytes are `head` and whose rest `reader` yields
    /// (when `more`): held whole when it is small enough to decode its escapes, streamed
    /// otherwise.
    fn scan_admitted<R: Read>(
        &mut self,
        mut head: Vec<u8>,
        more: bool,
        mut reader: R,
        plan: Option<&Plan>,
        decoded: bool,
    ) -> io::Result<()> {
        let mut failed = None;
        if more && head.len() <= ESCAPE_MAX {
            let room = (ESCAPE_MAX + 1 - head.len()) as u64;
            failed = (&mut reader).take(room).read_to_end(&mut head).err();
        }
        if failed.is_none() && head.len() <= ESCAPE_MAX {
            return self.scan_whole(head, plan);
        }
        let reader = FailOnce(failed).chain(reader);
        let path_arc: Arc<Path> = Arc::clone(&self.shown);
        // A signal ends a long stream early; the file then says where it was cut.
        let cut = Cell::new(None);
        let structured = plan.and_then(|p| p.parser_with(&head, &self.limits));
        self.note_plain(plan, structured.is_some());
        let read = head.len() as u64;
        let input = io::Cursor::new(head).chain(Interruptible::new(reader, read, &cut));
        let map = self.seal_map();
        if let Some((kind, parser)) = structured {
            let (bytes, columns, warnings) =
                self.structured_pass(&path_arc, input, parser, &cut, decoded, map)?;
            return self.finish_file_with(path_arc, bytes, Some(kind), columns, warnings);
        }
        self.begin_file();
        let (mut sink, scratch) = self.file_sink(&path_arc, None, map);
        let result = stream::scan_reader_with(sink.engine, input, scratch, &mut sink);
        if let Some(e) = sink.sink_error {
            return Err(e);
        }
        let mut warnings: Vec<Warning> = interrupted_at(&cut).into_iter().collect();
        let bytes = self.bytes_read(result, decoded, &mut warnings);
        self.finish_file_with(path_arc, bytes, None, Vec::new(), warnings)
    }

    /// The current input's offset map, with the decoding layers met in its text (if
    /// any) in front of the one it came with: kept for the file's warnings and size, and
    /// handed to the scan for its findings.
    fn seal_map(&mut self) -> Option<SharedOffsets> {
        if self.remap.is_identity() {
            return self.map.clone();
        }
        let mut remap = std::mem::take(&mut self.remap);
        if let Some(name) = remap.encoding_name() {
            self.encoding = Some(name);
        }
        remap.outer = self.map.take();
        let shared: SharedOffsets = Arc::new(std::sync::Mutex::new(remap));
        self.map = Some(Arc::clone(&shared));
        Some(shared)
    }

    /// Text held whole (decoded from another encoding, or small enough): its escapes
    /// decoded, then scanned as a structured file (with `plan`) or as text.
    fn scan_whole(&mut self, text: Vec<u8>, plan: Option<&Plan>) -> io::Result<()> {
        let text = match escape::decode(&text) {
            Some((decoded, map)) => {
                self.remap.escapes = Some(map);
                decoded
            }
            None => text,
        };
        let structured = plan.and_then(|p| p.parser_with(&text, &self.limits));
        self.note_plain(plan, structured.is_some());
        if let Some((kind, parser)) = structured {
            let path_arc: Arc<Path> = Arc::clone(&self.shown);
            let never_cut = Cell::new(None);
            let input = io::Cursor::new(&text[..]);
            let map = self.seal_map();
            let (bytes, columns, warnings) =
                self.structured_pass(&path_arc, input, parser, &never_cut, false, map)?;
            return self.finish_file_with(path_arc, bytes, Some(kind), columns, warnings);
        }
        self.scan_held(&text)
    }

    /// A `.sql` file in which no statement that creates or fills a table was recognised is
    /// scanned as plain text, without columns: its warnings say so.
    fn note_plain(&mut self, plan: Option<&Plan>, structured: bool) {
        if !structured && plan.is_some_and(|p| p.extension == "sql") {
            let reason = "no CREATE TABLE, INSERT or COPY in the first 64 KiB: read as plain \
                          text, without tables and columns";
            self.pending_push(Warning { offset: 0, reason: reason.to_string() });
        }
    }

    /// Scans a structured stream, up to finishing the file: the parser walks the same
    /// bytes as the engine, and each finding is attributed to the cell that holds it.
    /// Returns the bytes scanned, the columns and the parser's warnings.
    fn structured_pass<R: Read>(
        &mut self,
        path_arc: &Arc<Path>,
        reader: R,
        parser: Box<dyn Parser>,
        cut: &Cell<Option<u64>>,
        decoded: bool,
        map: Option<SharedOffsets>,
    ) -> io::Result<(u64, Vec<crate::inventory::ColumnTally>, Vec<Warning>)> {
        self.begin_file();
        let join = self.join_for(parser);
        let (mut sink, scratch) = self.file_sink(path_arc, Some(join), map);
        let result = stream::scan_reader_with(sink.engine, reader, scratch, &mut sink);
        if let Some(e) = sink.sink_error.take() {
            return Err(e);
        }
        let (columns, mut warnings) = sink.finish_join();
        warnings.extend(interrupted_at(cut));
        let bytes = self.bytes_read(result, decoded, &mut warnings);
        Ok((bytes, columns, warnings))
    }

    /// The join of a structured file's findings with the cells `parser` finds.
    fn join_for(&self, parser: Box<dyn Parser>) -> Join<'a> {
        Join::new(parser, self.engine.column_hints(), *self.engine.env())
            .with_samples(self.settings.samples)
            .with_min_confidence(self.settings.min_confidence)
            .with_max_held(self.limits.max_held_findings)
            .with_notes(Arc::clone(&self.notes))
    }

    /// The receiver of a streamed scan of the file at `path` (`join`: its cells, for a
    /// structured scan), and the engine's scratch space for the scan.
    fn file_sink<'w>(
        &'w mut self,
        path: &'w Arc<Path>,
        join: Option<Join<'a>>,
        map: Option<SharedOffsets>,
    ) -> (FileSink<'a, 'w>, &'w mut Scratch) {
        let sink = FileSink {
            engine: self.engine,
            settings: self.settings,
            ids: &self.ids,
            hint_ids: &self.hint_ids,
            path,
            real: &self.real,
            cursor: LineCursor::default(),
            join,
            findings: &mut self.findings,
            text: &mut self.text,
            tally: &mut self.tally,
            counts: &mut self.counts,
            sink: self.sink,
            sink_error: None,
            marker_warned: false,
            map,
            told: 0,
            piece_end: None,
            lines_before: 0,
            collected: None,
            marks: Vec::new(),
            apart: Apart::default(),
            carry: None,
            pace: None,
        };
        (sink, &mut self.scratch)
    }

    /// Scans a file too large to be read whole: split between threads if it is plain
    /// UTF-8 text of at least `--split-size` (see [`split`]), else streamed. Both give
    /// the same findings, lines, rows and counts. With a `plan`, a structured file is
    /// parsed beside the scan, on the calling thread.
    fn scan_large(
        &mut self,
        file: std::fs::File,
        explicit: bool,
        plan: Option<&Plan>,
    ) -> io::Result<()> {
        let len = file.metadata().map_or(0, |m| m.len());
        // Text held whole (at most `ESCAPE_MAX`) has its escapes decoded: not split.
        if self.settings.split.applies(len) && len > ESCAPE_MAX as u64 && self.plain_utf8(&file) {
            if let Some(lent) = self.settings.split.lend() {
                // The parser the streamed scan would choose, from the same head.
                let structured = match plan {
                    Some(plan) => {
                        let mut head = vec![0u8; ESCAPE_MAX + 1];
                        match split::read_full(&file, 0, &mut head) {
                            Ok(n) => plan.parser_with(&head[..n], &self.limits),
                            Err(_) => {
                                return self.scan_stream_as(file, explicit, Some(plan), None, false)
                            }
                        }
                    }
                    None => None,
                };
                return self.scan_split(lent, &file, len, structured);
            }
        }
        self.scan_stream_as(file, explicit, plan, None, false)
    }

    /// Whether the scan of `file` takes its bytes as they are: UTF-8 without a mark, no
    /// NUL, no other encoding (what [`Worker::admit`] admits as [`Admit::Text`] without
    /// a word), and no offsets to map back.
    fn plain_utf8(&self, file: &std::fs::File) -> bool {
        let mut head = vec![0u8; binary::SNIFF_LEN];
        let Ok(got) = split::read_full(file, 0, &mut head) else {
            return false;
        };
        let head = &head[..got];
        matches!(self.settings.encoding, EncodingChoice::Auto)
            && self.map.is_none()
            && self.remap.is_identity()
            && binary::sniff(head) == Sniff::Text
            && !head.starts_with(encoding::UTF8_BOM)
            && encoding::is_utf8(head)
    }

    /// Scans the plain text `file` (`len` bytes) in parts on the threads `lent`, taking
    /// their findings in file order as the streamed scan makes them (see [`split`]).
    ///
    /// A `structured` file is joined with its cells in parts too, each on its own thread
    /// from the join's state at the part's start: a copy of the join runs ahead over the
    /// whole file on the planner's thread, reading only cells (which is cheap: no value
    /// is checked or counted), and hands each part a copy of its state where the part
    /// starts ([`Ahead`]). The calling thread takes each part's joined findings, counts
    /// and warnings in file order and carries on with the part's join ([`Join::adopt`]).
    /// The copy is the state the one-pass scan has there only if no value is open across
    /// the cut, nothing waits for a cell, no value was given up before it (which moves the
    /// parser), and no value of the part before reaches into it; a part for which any of
    /// this fails, or whose findings depend on the file's once-only marker warning, is
    /// scanned again on the calling thread with the join as it stands, as the stream
    /// scans it. So columns, rows, held values, samples and warnings are those of one
    /// pass, whichever way each part went.
    ///
    /// A parser that cannot be copied leaves the join on the calling thread: it is fed
    /// the file's bytes (read again, a chunk at a time) and joins the parts' findings
    /// through the calls the streamed scan makes.
    fn scan_split(
        &mut self,
        lent: split::Lent<'_>,
        file: &std::fs::File,
        len: u64,
        structured: Option<(Kind, Box<dyn Parser>)>,
    ) -> io::Result<()> {
        let path_arc: Arc<Path> = Arc::clone(&self.shown);
        let (ids, hint_ids, real) =
            (self.ids.clone(), self.hint_ids.clone(), Arc::clone(&self.real));
        let texts = Mutex::new(Vec::new());
        let cx = PartScan {
            engine: self.engine,
            settings: self.settings,
            ids: &ids,
            hint_ids: &hint_ids,
            path: &path_arc,
            real: &real,
            file,
            structured: structured.is_some(),
            sink: self.sink,
            texts: &texts,
        };
        self.begin_file();
        let (kind, join) = match structured {
            Some((kind, parser)) => (Some(kind), Some(self.join_for(parser))),
            None => (None, None),
        };
        let mut ahead = join.as_ref().and_then(Join::snapshot).map(|j| Ahead::new(j, file));
        let engine = self.engine;
        let (mut sink, scratch) = self.file_sink(&path_arc, join, None);
        // The streamed scan reads its first `ESCAPE_MAX + 1` bytes apart (they may have
        // been scanned whole): the parser gets them in the same pieces.
        sink.piece_end = Some(ESCAPE_MAX as u64 + 1);
        let mut chunk = Mirror::default();
        // Lines before the part taken next, where the last value taken ended, and the
        // offset scanned up to.
        let (mut lines, mut reported_until, mut end) = (0u64, 0u64, 0u64);
        let mut read_error = None;
        let ended = split::run_prepared(
            lent,
            file,
            len,
            |part, read_to| ahead.as_mut().and_then(|a| a.prepare(part, read_to)),
            || engine.scratch(),
            |scratch, part, prep, pace| match prep.flatten() {
                Some(start) => Found::Joined(Box::new(cx.join(scratch, part, start, pace))),
                None => Found::Engine(cx.scan(scratch, part, pace)),
            },
            Found::bytes,
            |part, found| {
                sink.lines_before = lines;
                let scanned = match found {
                    Found::Joined(joined) if joined.fits(&sink, part, lines, reported_until) => {
                        let Joined { made, marks, join, told, end, text, .. } = *joined;
                        sink.apart.parts_joined += 1;
                        if let Some(mut buf) = sink.take_joined(made, &marks, text) {
                            buf.clear();
                            texts.lock().unwrap_or_else(|e| e.into_inner()).push(buf);
                        }
                        if let Some(earlier) = sink.join.replace(join) {
                            sink.join.as_mut().expect("just set").adopt(earlier);
                        }
                        sink.told = told;
                        end
                    }
                    Found::Engine(found) if part.start >= reported_until && !found.markers => {
                        chunk.replay(&mut sink, file, found)
                    }
                    _ => {
                        // A value of the part before reaches past this one's start (it
                        // spans a newline), a marker needs the parser, or the part's join
                        // did not start from the state the scan has here: the part is
                        // scanned again here, as the stream would scan it.
                        sink.cursor = LineCursor::default();
                        let reader = split::ReadFrom::new(file, part.base);
                        let part = stream::Part { reported_until, ..part };
                        let scanned = stream::scan_part(engine, reader, scratch, &mut sink, part);
                        sink.cursor = LineCursor::default();
                        scanned
                    }
                };
                if sink.sink_error.is_some() {
                    return false;
                }
                match scanned {
                    Ok(e) => {
                        lines += e.newlines;
                        reported_until = reported_until.max(e.reported_until);
                        end = e.end;
                        true
                    }
                    Err(e) => {
                        read_error = Some(e);
                        false
                    }
                }
            },
        );
        if let Some(e) = sink.sink_error.take() {
            return Err(e);
        }
        let apart = sink.apart;
        let (columns, mut warnings) = match kind {
            Some(_) => sink.finish_join(),
            None => (Vec::new(), Vec::new()),
        };
        self.apart.add(apart);
        if let split::Ended::Interrupted(at) = ended {
            warnings.extend(interrupted_at(&Cell::new(Some(at))));
        }
        let result = read_error.map_or(Ok(end), Err);
        let bytes = self.bytes_read(result, false, &mut warnings);
        self.finish_file_with(path_arc, bytes, kind, columns, warnings)
    }
    /// Scans a file read whole.
    fn scan_slice(&mut self, hay: &[u8], explicit: bool) -> io::Result<()> {
        match self.admit(hay, explicit) {
            Admit::No => Ok(()),
            Admit::Text => match escape::decode(hay) {
                Some((decoded, map)) => {
                    self.remap.escapes = Some(map);
                    self.scan_held(&decoded)
                }
                None => self.scan_held(hay),
            },
            Admit::Decode(enc, bom) if enc == encoding_rs::UTF_8 => {
                self.remap.shift = bom as u64;
                self.scan_whole(hay[bom..].to_vec(), None)
            }
            Admit::Decode(enc, bom) => {
                let decoded = offsets::decode(enc, hay.to_vec(), bom);
                self.remap.decoded = Some(decoded.map);
                self.scan_whole(decoded.text.into_bytes(), None)
            }
        }
    }

    /// Scans text held whole, unstructured (offsets go back to the stored bytes through
    /// [`Worker::seal_map`]).
    fn scan_held(&mut self, hay: &[u8]) -> io::Result<()> {
        let path_arc: Arc<Path> = Arc::clone(&self.shown);
        let map = self.seal_map();
        self.cands.clear();
        self.engine.scan(hay, 0, 1, &mut self.scratch, &mut self.cands);
        self.begin_file();
        let mut cursor = LineCursor::default();
        for c in &self.cands {
            let (engine, settings, ids) = (self.engine, self.settings, &self.ids);
            let paths = (&path_arc, &*self.real);
            let made =
                make_finding(engine, settings, ids, paths, hay, 0, c, &mut cursor, &|_| true);
            route(remap(made, map.as_ref()), &mut self.findings, &mut self.tally, self.settings);
        }
        self.finish_file(path_arc, hay.len() as u64)
    }

    /// Applies the binary policy and the encoding choice to a file whose first bytes
    /// are `head`.
    fn admit(&mut self, head: &[u8], explicit: bool) -> Admit {
        if let EncodingChoice::Fixed(enc) = self.settings.encoding {
            let bom = encoding::bom_len(enc, head);
            if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                return Admit::Decode(enc, bom);
            }
            return match self.admit_bytes(&head[bom..], explicit) {
                Admit::Text if enc != encoding_rs::UTF_8 || bom > 0 => Admit::Decode(enc, bom),
                admitted => admitted,
            };
        }
        match binary::sniff(head) {
            Sniff::Text if head.starts_with(encoding::UTF8_BOM) => {
                Admit::Decode(encoding_rs::UTF_8, encoding::UTF8_BOM.len())
            }
            Sniff::Text if encoding::is_utf8(head) => Admit::Text,
            Sniff::Text => match encoding::guess_chinese(head) {
                Some(enc) => Admit::Decode(enc, 0),
                None => Admit::Text,
            },
            Sniff::Utf16 => match Utf16::from_bom(head) {
                Some(order) if order.fits(head) => Admit::Decode(order.encoding(), 2),
                Some(order) => {
                    // The content wins over the mark: scanned as what it is.
                    let reason = format!(
                        "byte-order mark {} ignored: the text after it is not UTF-16",
                        order.mark()
                    );
                    self.pending_push(Warning { offset: 0, reason });
                    self.admit_bytes(&head[2..], explicit)
                }
                None => Admit::Text,
            },
            Sniff::Binary => match encoding::utf16_without_bom(head) {
                Some(order) => Admit::Decode(order.encoding(), 0),
                None => self.admit_bytes(head, explicit),
            },
        }
    }

    /// Applies the binary policy to bytes that are not UTF-16.
    fn admit_bytes(&mut self, head: &[u8], explicit: bool) -> Admit {
        match memchr::memchr(0, &head[..head.len().min(binary::SNIFF_LEN)]) {
            None => Admit::Text,
            Some(_) => match BinaryPolicy::for_file(explicit) {
                BinaryPolicy::Scan => Admit::Text,
                BinaryPolicy::Skip => {
                    self.skip_current(SkipReason::Binary, "NUL byte in the first 8 KiB");
                    Admit::No
                }
            },
        }
    }

    fn finish_file(&mut self, path: Arc<Path>, bytes: u64) -> io::Result<()> {
        self.finish_file_with(path, bytes, None, Vec::new(), Vec::new())
    }

    fn finish_file_with(
        &mut self,
        path: Arc<Path>,
        bytes: u64,
        format: Option<Kind>,
        columns: Vec<crate::inventory::ColumnTally>,
        warnings: Vec<Warning>,
    ) -> io::Result<()> {
        // Bytes of the file, not of the text scanned.
        let bytes = match &self.map {
            Some(map) => map.lock().unwrap_or_else(|e| e.into_inner()).raw(bytes),
            None => bytes,
        };
        self.tally.files_scanned += 1;
        self.tally.bytes_scanned += bytes;
        self.close_file(path, bytes, format, columns, warnings)
    }

    /// Counts and hands on the current file's findings and records it if it holds
    /// findings or warnings (its pending ones included).
    fn close_file(
        &mut self,
        path: Arc<Path>,
        bytes: u64,
        format: Option<Kind>,
        columns: Vec<crate::inventory::ColumnTally>,
        mut warnings: Vec<Warning>,
    ) -> io::Result<()> {
        self.remap = Remap::default();
        if let Some(map) = self.map.take() {
            let map = map.lock().unwrap_or_else(|e| e.into_inner());
            for w in &mut warnings {
                w.offset = map.raw(w.offset);
            }
        }
        warnings.append(&mut self.pending.lock().unwrap_or_else(|e| e.into_inner()));
        warnings.sort_by_key(|w| w.offset);
        let sent = flush_batch(
            &mut self.findings,
            &mut self.text,
            &mut self.counts,
            &mut self.tally,
            self.settings,
            self.sink,
            None,
        );
        let FileCounts { all: categories, text } = std::mem::take(&mut self.counts);
        if categories.is_empty() && warnings.is_empty() {
            return sent;
        }
        let encoding = self.encoding.take();
        let file = FileTally { path, bytes, categories, text, format, encoding, columns, warnings };
        self.tally.files.push(file);
        sent
    }
}

/// The receiver of a streamed scan: candidates become findings, which a structured scan
/// keeps in the join until their cells are known.
struct FileSink<'a, 'w> {
    engine: &'a Engine,
    settings: &'a WorkerSettings,
    ids: &'w [Arc<str>],
    hint_ids: &'w [Arc<str>],
    path: &'w Arc<Path>,
    /// The path as it is (for fingerprints).
    real: &'w Path,
    cursor: LineCursor,
    /// The cells of a structured scan.
    join: Option<Join<'a>>,
    findings: &'w mut Vec<Finding>,
    text: &'w mut Vec<u8>,
    tally: &'w mut Tally,
    counts: &'w mut FileCounts,
    sink: Option<&'a dyn FindingSink>,
    sink_error: Option<io::Error>,
    /// The file was warned about a marker inside data.
    marker_warned: bool,
    /// Offsets of the scanned (decoded) stream back to the stored bytes.
    map: Option<SharedOffsets>,
    /// The bytes before this offset were given to the join: a split scan's parts read
    /// some again (the context of their first chunk, a part scanned again).
    told: u64,
    /// The join gets the bytes before this offset and those after it in two pieces, as
    /// the streamed scan reads them (see [`Worker::scan_split`]).
    piece_end: Option<u64>,
    /// Lines before the part being scanned, in a split scan (its lines count from 1).
    lines_before: u64,
    /// A part of a split scan joined on a thread of its own: the joined findings are kept
    /// here for the calling thread, not routed, and `marks` says how many there were at
    /// the end of each chunk (where the streamed scan hands on a full batch).
    collected: Option<Vec<(Finding, Option<Suppression>)>>,
    marks: Vec<usize>,
    /// What of a split scan was done on the parts' threads.
    apart: Apart,
    /// The text of the findings gathered, in their sorted order, when they are the last
    /// runs of a part joined on its own thread and nothing else: how many, and the text.
    carry: Option<(usize, Vec<u8>)>,
    /// A part joined on its own thread: what the findings collected in each chunk hold
    /// is told here at the chunk's end.
    pace: Option<&'w split::Pace<'w>>,
}

impl<'a: 'w, 'w> FileSink<'a, 'w> {
    /// What turns the join's held values into findings.
    fn held_context(&self) -> HeldContext<'w> {
        HeldContext {
            settings: self.settings,
            path: self.path,
            real: self.real,
            hint_ids: self.hint_ids,
            env: self.engine.env(),
        }
    }

    /// The input has ended: the join attributes what it holds and gives the per-column
    /// tallies and the warnings (none for a scan without a join).
    fn finish_join(self) -> (Vec<crate::inventory::ColumnTally>, Vec<Warning>) {
        let cx = self.held_context();
        let FileSink { join, findings, tally, settings, map, .. } = self;
        let Some(mut join) = join else {
            return (Vec::new(), Vec::new());
        };
        join.finish(&mut |h, v| held_finding(cx, h, v), &mut |made| {
            route(remap(Some(made), map.as_ref()), findings, tally, settings)
        });
        join.into_parts()
    }
}

impl FileSink<'_, '_> {
    /// Whether enough findings have gathered for a batch.
    fn full(&self) -> bool {
        self.findings.len() >= FLUSH_AT
    }

    /// Hands a batch to the output once enough findings have gathered.
    fn flush_if_full(&mut self) {
        if self.full() {
            self.flush(None);
        }
    }

    /// Hands the findings gathered to the output (with the text made for them, if
    /// any), unless the output has failed.
    fn flush(&mut self, made: Option<Made<'_>>) {
        self.carry = None;
        if self.sink_error.is_none() {
            let (findings, text, tally, counts) =
                (&mut *self.findings, &mut *self.text, &mut *self.tally, &mut *self.counts);
            let (settings, sink) = (self.settings, self.sink);
            self.sink_error =
                flush_batch(findings, text, counts, tally, settings, sink, made).err();
        }
    }
}

impl stream::StreamSink for FileSink<'_, '_> {
    fn bytes(&mut self, data: &[u8], offset: u64) {
        let Some(join) = &mut self.join else { return };
        let to = offset + data.len() as u64;
        let skip = self.told.saturating_sub(offset).min(data.len() as u64) as usize;
        let (mut data, mut offset) = (&data[skip..], offset + skip as u64);
        if let Some(at) = self.piece_end.filter(|&at| offset < at && at < to) {
            let (head, rest) = data.split_at((at - offset) as usize);
            join.bytes(head, offset);
            (data, offset) = (rest, at);
        }
        if !data.is_empty() {
            join.bytes(data, offset);
        }
        self.told = self.told.max(to);
    }

    fn candidate(&mut self, buf: &[u8], base: u64, c: &Candidate) {
        let (engine, settings, ids) = (self.engine, self.settings, self.ids);
        let paths = (self.path, self.real);
        let made = match &self.join {
            // In structured data a marker counts only in a comment, never inside a value.
            Some(join) => {
                let markers = |at: u64| join.marker_allowed(at);
                make_finding(engine, settings, ids, paths, buf, base, c, &mut self.cursor, &markers)
            }
            None => {
                make_finding(engine, settings, ids, paths, buf, base, c, &mut self.cursor, &|_| {
                    true
                })
            }
        };
        if let (Some(join), Some(at)) = (&mut self.join, self.cursor.ignored.take()) {
            if !self.marker_warned {
                self.marker_warned = true;
                join.warn(
                    at,
                    "`piiscan:allow` inside data is ignored: in structured files a marker \
                     counts only in an SQL comment",
                );
            }
        }
        if let Some(made) = made {
            self.take(made);
        }
    }

    fn chunk_done(&mut self, buf: &[u8], base: u64, done_until: u64) {
        self.cursor.advance(buf, base, done_until);
        self.join_chunk(buf, base, done_until);
    }
}

impl FileSink<'_, '_> {
    /// A finding made from a candidate (its line counted in the part being scanned):
    /// held for its cell, or reported.
    fn take(&mut self, (mut f, s): (Finding, Option<Suppression>)) {
        f.line += self.lines_before;
        match &mut self.join {
            Some(join) => join.push((f, s)),
            None => {
                self.report((f, s));
                self.flush_if_full();
            }
        }
    }

    /// Sends a finding that has its cell (or needs none) where it belongs ([`route`]).
    fn report(&mut self, made: (Finding, Option<Suppression>)) {
        route(remap(Some(made), self.map.as_ref()), self.findings, self.tally, self.settings);
    }

    /// The end of a chunk (see [`stream::StreamSink::chunk_done`]), after the cursor.
    fn join_chunk(&mut self, buf: &[u8], base: u64, done_until: u64) {
        let cx = self.held_context();
        if let Some(join) = &mut self.join {
            let (findings, tally, settings) =
                (&mut *self.findings, &mut *self.tally, self.settings);
            let recent = (buf, base);
            let (map, collected) = (self.map.as_ref(), &mut self.collected);
            join.join(recent, done_until, &mut |h, v| held_finding(cx, h, v), &mut |made| {
                match collected {
                    Some(kept) => kept.push(made),
                    None => route(remap(Some(made), map), findings, tally, settings),
                }
            });
            // The next buffer starts after `base`: no marker before it is looked at again.
            join.forget_markers_before(base);
        }
        match &self.collected {
            Some(kept) => {
                let from = self.marks.last().copied().unwrap_or(0);
                if let Some(pace) = self.pace {
                    pace.add(made_bytes(&kept[from..]) as u64);
                }
                self.marks.push(kept.len());
            }
            None => self.flush_if_full(),
        }
    }

    /// Takes the findings of a part joined on another thread ([`Joined`]), in the batches
    /// the streamed scan would have handed on. When the part's text was made on its
    /// thread and none of the findings gathered before the part sorts after its first,
    /// the batches are written as that text (after those findings' own). Gives back the
    /// text's buffer, for another part's text.
    fn take_joined(
        &mut self,
        made: Vec<(Finding, Option<Suppression>)>,
        marks: &[usize],
        text: Option<PartText>,
    ) -> Option<Vec<u8>> {
        let text = text.filter(|t| {
            t.first.is_none_or(|first| self.findings.iter().all(|f| f.place() <= first))
        });
        // The findings gathered before the part (and their text, if the last part's
        // last runs are all they are), and where the batch's text starts.
        let (mut before, mut from, mut since) = (self.findings.len(), 0, 0);
        let mut head = self.carry.take().filter(|(n, _)| *n == before).map(|(_, t)| t);
        let mut made = made.into_iter();
        let mut taken = 0;
        for (run, &mark) in marks.iter().enumerate() {
            made.by_ref().take(mark - taken).for_each(|m| self.report(m));
            taken = mark;
            if self.full() {
                let part = text.as_ref().map(|t| Made {
                    head: head.as_deref().map_or(Head::Format(before), Head::Made),
                    text: &t.bytes[from..t.ends[run]],
                });
                self.apart.batches_formatted += u64::from(part.is_some());
                self.apart.batches_carried += u64::from(part.is_some() && head.is_some());
                self.flush(part);
                if let Some(t) = &text {
                    (from, since) = (t.ends[run], t.counts[run]);
                }
                (before, head) = (0, None);
            }
        }
        made.for_each(|m| self.report(m));
        // The part's last runs, gathered for the next batch: their text is kept for it.
        if let (Some(t), 0) = (&text, before) {
            let n = t.counts.last().copied().unwrap_or(0);
            if self.findings.len() == n - since {
                self.carry = Some((self.findings.len(), t.bytes[from..].to_vec()));
            }
        }
        text.map(|t| t.bytes)
    }
}

/// What the threads of a split scan share to scan one part of a file (see [`split`]).
struct PartScan<'a, 'x> {
    engine: &'a Engine,
    settings: &'a WorkerSettings,
    ids: &'x [Arc<str>],
    hint_ids: &'x [Arc<str>],
    path: &'x Arc<Path>,
    /// The path as it is (for fingerprints).
    real: &'x Path,
    file: &'x std::fs::File,
    /// The file is parsed (on the calling thread): whether an inline marker counts is
    /// the parser's to say.
    structured: bool,
    /// The streamed output, whose text for a joined part's findings is made on the
    /// part's thread.
    sink: Option<&'a dyn FindingSink>,
    /// Buffers of parts' text written, for the text of parts to come (at most one a
    /// part in memory at once).
    texts: &'x Mutex<Vec<Vec<u8>>>,
}

/// The findings of one part of a file, made and in order, with lines counted from the
/// part's start; where its chunks ended; and how its scan ended.
struct PartFound {
    made: Vec<(Finding, Option<Suppression>)>,
    chunks: Vec<ChunkEnd>,
    /// An inline marker was met in a structured file: the findings are not known here.
    markers: bool,
    end: io::Result<stream::PartEnd>,
}

/// The end of one chunk of a part's scan (see [`stream::StreamSink::chunk_done`]).
struct ChunkEnd {
    /// The findings made before it (counted from the part's first).
    made: usize,
    /// The chunk's buffer: its first byte's offset and its length.
    base: u64,
    len: usize,
    /// Every candidate before this offset was delivered.
    done_until: u64,
}

/// A part of a split scan, as a thread scanned it: its findings only, or joined with
/// their cells.
enum Found<'a> {
    Engine(PartFound),
    Joined(Box<Joined<'a>>),
}

impl Found<'_> {
    /// About what a part's result holds in memory: its findings (with their values and
    /// fingerprints) and its output text; a join's schema and caches are left out (the
    /// file's columns bound them, not its size).
    fn bytes(&self) -> u64 {
        let made = |made: &Vec<(Finding, Option<Suppression>)>| {
            let room = made.capacity() - made.len();
            made_bytes(made) + room * std::mem::size_of::<(Finding, Option<Suppression>)>()
        };
        let bytes = match self {
            Found::Engine(found) => {
                made(&found.made) + found.chunks.capacity() * std::mem::size_of::<ChunkEnd>()
            }
            Found::Joined(joined) => {
                let text = joined.text.as_ref().map_or(0, |t| {
                    t.bytes.capacity() + (t.ends.capacity() + t.counts.capacity()) * 8
                });
                made(&joined.made) + joined.marks.capacity() * 8 + text
            }
        };
        bytes as u64
    }
}

/// About what `made` holds in memory: the findings and their values and fingerprints.
fn made_bytes(made: &[(Finding, Option<Suppression>)]) -> usize {
    let heap: usize = made.iter().map(|(f, _)| f.value.capacity() + f.fingerprint.capacity()).sum();
    std::mem::size_of_val(made) + heap
}

/// Where the join of a part of a split scan starts: a copy of the join's state there
/// ([`Join::snapshot`]), the offset up to which it was fed, and the lines before the
/// part.
struct Start<'a> {
    join: Join<'a>,
    told: u64,
    lines: u64,
}

/// A part of a split scan joined with its cells on a thread of its own.
struct Joined<'a> {
    /// Its findings, joined, in order, and how many there were at each chunk's end.
    made: Vec<(Finding, Option<Suppression>)>,
    marks: Vec<usize>,
    /// The join at the part's end, with the part's counts and warnings.
    join: Join<'a>,
    /// Where its join started and ended being fed, and the lines before the part.
    from: u64,
    told: u64,
    lines: u64,
    /// It met an inline marker inside data, which is warned about once per file.
    markers: bool,
    end: io::Result<stream::PartEnd>,
    /// What the output writes for its findings, if they could be formatted here.
    text: Option<PartText>,
}

/// The output's text for the findings of a part joined on its own thread
/// ([`PartText::new`]).
struct PartText {
    bytes: Vec<u8>,
    /// Where the findings of each run (those up to a chunk's end) end in `bytes`, and how
    /// many there are up to there.
    ends: Vec<usize>,
    counts: Vec<usize>,
    /// The place of the first finding ([`Finding::place`]).
    first: Option<(bool, u64)>,
}

impl PartText {
    /// The text `sink` writes for a part's findings: the findings the output gets (those
    /// no policy suppresses) of each run between two chunk ends (`marks`), sorted as a
    /// batch is, one run after the other. `None` if a run's first finding sorts before
    /// the run before ends.
    ///
    /// Otherwise this is the text of the runs' findings in any batches the scan hands
    /// them on in: a batch ends where a run does, and sorting the runs of a batch one by
    /// one orders it as sorting the whole batch does (a sort that keeps equal places in
    /// their order). Written into `bytes` (empty; a buffer of a part before).
    fn new(
        sink: &dyn FindingSink,
        made: &[(Finding, Option<Suppression>)],
        marks: &[usize],
        mut bytes: Vec<u8>,
    ) -> Option<PartText> {
        let (mut ends, mut counts, mut run) = (Vec::new(), Vec::new(), Vec::new());
        let (mut from, mut first, mut last) = (0, None, None);
        for &mark in marks {
            run.clear();
            run.extend(made[from..mark].iter().filter(|(_, s)| s.is_none()).map(|(f, _)| f));
            from = mark;
            run.sort_by_key(|f| f.place());
            if let (Some(a), Some(z)) = (run.first(), run.last()) {
                if last.is_some_and(|last| a.place() < last) {
                    return None;
                }
                last = Some(z.place());
                // No room is reserved from the first run's lines: that would follow the
                // length of their values (a held cell's, shown whole), not the part's.
                sink.format(&mut run.iter().copied(), &mut bytes);
                first.get_or_insert(a.place());
            }
            ends.push(bytes.len());
            counts.push(counts.last().copied().unwrap_or(0) + run.len());
        }
        Some(PartText { bytes, ends, counts, first })
    }
}

impl Joined<'_> {
    /// Whether the part was joined from the state the scan has at its start: the join
    /// as it stands (`sink`'s) was fed as far as the copy it started from, holds no
    /// finding waiting for a cell and never gave a value up; no value of the part before
    /// reaches into it (`reported_until`), the lines before it agree, and its scan met
    /// neither a read error nor a marker inside data.
    fn fits(
        &self,
        sink: &FileSink<'_, '_>,
        part: stream::Part,
        lines: u64,
        reported_until: u64,
    ) -> bool {
        sink.join.as_ref().is_some_and(|j| j.is_drained() && !j.has_abandoned())
            && sink.told == self.from
            && self.lines == lines
            && part.start >= reported_until
            && !self.markers
            && self.end.is_ok()
    }
}

/// The join of a split structured file run ahead of its parts, on the planner's thread
/// (see [`Worker::scan_split`]): it reads cells only, and at each part's start makes a
/// copy of the state the one-pass scan's join has there.
struct Ahead<'a, 'f> {
    join: Join<'a>,
    file: &'f std::fs::File,
    /// The bytes fed so far.
    fed: u64,
    buf: Vec<u8>,
    /// A read failed: no part after it starts from a copy.
    failed: bool,
}

impl<'a, 'f> Ahead<'a, 'f> {
    /// Bytes read at a time.
    const BLOCK: usize = 1 << 20;

    fn new(mut join: Join<'a>, file: &'f std::fs::File) -> Self {
        join.set_cells_only();
        Ahead { join, file, fed: 0, buf: Vec::new(), failed: false }
    }

    /// The state at the start of `part`, which the whole scan reaches having read up to
    /// `read_to`; `None` if a value is open across the start (the parser has not settled
    /// past it), the parser cannot be copied there, or the file could not be read.
    fn prepare(&mut self, part: &stream::Part, read_to: u64) -> Option<Start<'a>> {
        let start = part.start;
        self.feed(start)?;
        // A copy where the part starts, before the bytes after it are read: a CSV
        // parser is copied only where a record starts.
        let mut join = self.join.rests_at(start).then(|| self.join.snapshot()).flatten()?;
        if start == 0 {
            return Some(Start { join, told: 0, lines: 0 });
        }
        // From the cut to the end of the chunk read, the scan's join has held and
        // checked the cells as the part's join will go on with them, in the pieces the
        // scan read (its first `ESCAPE_MAX + 1` bytes apart).
        let read_to = read_to.max(start);
        let head = (ESCAPE_MAX as u64 + 1).clamp(start, read_to);
        for (from, to) in [(start, head), (head, read_to)].into_iter().filter(|(f, t)| f < t) {
            self.read(from, to)?;
            join.bytes(&self.buf, from);
        }
        join.forget_counts();
        Some(Start { join, told: read_to, lines: self.join.newlines() })
    }

    /// Feeds the join the file's bytes up to `to`, forgetting the markers in comments as
    /// it goes (no part asks about them); `None` if the file could not be read or a
    /// signal stops the scan.
    fn feed(&mut self, to: u64) -> Option<()> {
        while self.fed < to {
            let n = (to - self.fed).min(Self::BLOCK as u64);
            let from = self.fed;
            self.read(from, from + n)?;
            self.join.bytes(&self.buf, from);
            self.fed += n;
            self.join.forget_markers_before(self.fed);
        }
        (!self.failed).then_some(())
    }

    /// Reads the file's bytes from `from` to `to` into `buf`; `None` if they could not
    /// be read (then no later part starts from a copy) or a signal stops the scan.
    fn read(&mut self, from: u64, to: u64) -> Option<()> {
        if crate::interrupt::requested() {
            self.failed = true;
        }
        if self.failed {
            return None;
        }
        let n = (to - from) as usize;
        self.buf.resize(n, 0);
        if !matches!(split::read_full(self.file, from, &mut self.buf), Ok(got) if got == n) {
            self.failed = true;
            return None;
        }
        Some(())
    }
}

impl<'a> PartScan<'a, '_> {
    /// Scans `part` and joins its findings with their cells from the join's state at its
    /// start, as the streamed scan of the whole file would; the findings are kept for the
    /// calling thread.
    fn join(
        &self,
        scratch: &mut Scratch,
        part: stream::Part,
        start: Start<'a>,
        pace: &split::Pace<'_>,
    ) -> Joined<'a> {
        let (mut findings, mut tally, mut counts) =
            (Vec::new(), Tally::default(), FileCounts::default());
        // Nothing is written from here (no `sink`): the part's text is made below.
        let mut text = Vec::new();
        let mut sink = FileSink {
            engine: self.engine,
            settings: self.settings,
            ids: self.ids,
            hint_ids: self.hint_ids,
            path: self.path,
            real: self.real,
            cursor: LineCursor::default(),
            join: Some(start.join),
            findings: &mut findings,
            text: &mut text,
            tally: &mut tally,
            counts: &mut counts,
            sink: None,
            sink_error: None,
            marker_warned: false,
            map: None,
            told: start.told,
            // The whole scan's join got its first `ESCAPE_MAX + 1` bytes apart.
            piece_end: Some(ESCAPE_MAX as u64 + 1),
            lines_before: start.lines,
            collected: Some(Vec::new()),
            marks: Vec::new(),
            apart: Apart::default(),
            carry: None,
            pace: Some(pace),
        };
        let reader = split::ReadFrom::new(self.file, part.base);
        let end = stream::scan_part(self.engine, reader, scratch, &mut sink, part);
        let (made, marks) =
            (sink.collected.take().unwrap_or_default(), std::mem::take(&mut sink.marks));
        let text = self.sink.and_then(|out| {
            // A buffer of a part written before: its pages are mapped already.
            let buf = self.texts.lock().unwrap_or_else(|e| e.into_inner()).pop();
            PartText::new(out, &made, &marks, buf.unwrap_or_default())
        });
        Joined {
            made,
            marks,
            join: sink.join.take().expect("the part's join"),
            from: start.told,
            told: sink.told,
            lines: start.lines,
            markers: sink.marker_warned,
            end,
            text,
        }
    }

    /// Scans `part` as the streamed scan of the whole file would.
    fn scan(&self, scratch: &mut Scratch, part: stream::Part, pace: &split::Pace<'_>) -> PartFound {
        let mut sink = PartSink {
            cx: self,
            cursor: LineCursor::default(),
            made: Vec::new(),
            chunks: Vec::new(),
            markers: false,
            pace,
        };
        let reader = split::ReadFrom::new(self.file, part.base);
        let end = stream::scan_part(self.engine, reader, scratch, &mut sink, part);
        let PartSink { made, chunks, markers, .. } = sink;
        PartFound { made, chunks, markers, end }
    }
}

/// The receiver of one part's scan: [`FileSink`] without a join, keeping what it makes.
struct PartSink<'p, 'x> {
    cx: &'p PartScan<'x, 'x>,
    /// A part starts after a newline, where the whole scan's cursor starts afresh too.
    cursor: LineCursor,
    made: Vec<(Finding, Option<Suppression>)>,
    chunks: Vec<ChunkEnd>,
    markers: bool,
    /// Told what the findings made in each chunk hold, at the chunk's end.
    pace: &'p split::Pace<'p>,
}

impl stream::StreamSink for PartSink<'_, '_> {
    fn candidate(&mut self, buf: &[u8], base: u64, c: &Candidate) {
        let cx = self.cx;
        let paths = (cx.path, cx.real);
        let met = Cell::new(false);
        let markers = |_| {
            met.set(true);
            !cx.structured
        };
        let made = make_finding(
            cx.engine,
            cx.settings,
            cx.ids,
            paths,
            buf,
            base,
            c,
            &mut self.cursor,
            &markers,
        );
        self.markers |= cx.structured && met.get();
        self.made.extend(made);
    }

    fn chunk_done(&mut self, buf: &[u8], base: u64, done_until: u64) {
        self.cursor.advance(buf, base, done_until);
        let counted = self.chunks.last().map_or(0, |c| c.made);
        let made = self.made.len();
        self.chunks.push(ChunkEnd { made, base, len: buf.len(), done_until });
        self.pace.add(made_bytes(&self.made[counted..]) as u64);
    }
}

/// The buffer of the chunk a split scan is joining with its cells, read again from the
/// file (the parts' threads keep no bytes): at most a chunk and its context.
#[derive(Default)]
struct Mirror {
    buf: Vec<u8>,
    /// The offset of `buf[0]`.
    base: u64,
}

impl Mirror {
    /// Hands `found`, a part's findings, to `sink` as the streamed scan of the whole
    /// file does: in each chunk, the bytes read for it (to the join's parser), then its
    /// findings, then its end.
    fn replay(
        &mut self,
        sink: &mut FileSink<'_, '_>,
        file: &std::fs::File,
        found: PartFound,
    ) -> io::Result<stream::PartEnd> {
        let mut made = found.made.into_iter();
        let mut taken = 0;
        for chunk in &found.chunks {
            let buf = match sink.join {
                Some(_) => self.read(file, chunk.base, chunk.base + chunk.len as u64)?,
                None => &[],
            };
            stream::StreamSink::bytes(sink, buf, chunk.base);
            for m in made.by_ref().take(chunk.made - taken) {
                sink.take(m);
            }
            taken = chunk.made;
            sink.join_chunk(buf, chunk.base, chunk.done_until);
        }
        // Found before a read error ended the part.
        for m in made {
            sink.take(m);
        }
        found.end
    }

    /// The bytes of the file from `base` to `end`, reading only those not held yet.
    fn read(&mut self, file: &std::fs::File, base: u64, end: u64) -> io::Result<&[u8]> {
        let held = self.base..self.base + self.buf.len() as u64;
        if held.contains(&base) || held.end == base {
            self.buf.drain(..(base - self.base) as usize);
        } else {
            self.buf.clear();
        }
        self.base = base;
        let have = base + self.buf.len() as u64;
        if end > have {
            let old = self.buf.len();
            self.buf.resize((end - base) as usize, 0);
            let got = split::read_full(file, have, &mut self.buf[old..])?;
            if old + got < self.buf.len() {
                let short = format!("the file ended at {} bytes, not {end}", have + got as u64);
                return Err(io::Error::new(io::ErrorKind::UnexpectedEof, short));
            }
        }
        Ok(&self.buf[..(end - base) as usize])
    }
}

/// A test of names against the detectors (see [`Limits::names_hold_values`]): whether any
/// detector finds a candidate in the name, at any confidence.
fn names_test(engine: &Engine) -> crate::extract::ValueTest {
    let engine = engine.clone();
    let scratch = std::sync::Mutex::new(engine.scratch());
    Arc::new(move |name: &[u8]| {
        let mut scratch = scratch.lock().unwrap_or_else(|e| e.into_inner());
        let mut found = Vec::new();
        engine.scan(name, 0, 1, &mut scratch, &mut found);
        !found.is_empty()
    })
}

/// What became of a spreadsheet or an SQLite database.
enum RenderOutcome {
    /// It could not be opened as one (a warning is pending): scan its bytes.
    Failed,
    /// Rendered and scanned.
    Done(io::Result<()>),
}

/// Entries seen in one container, against `--max-entries`.
struct EntryCounter {
    seen: u64,
    /// The limit was passed: the container ended there.
    over: bool,
}

/// The size on disk of a file input (0 if unknown).
fn input_size(input: &Input<'_>) -> u64 {
    match &input.body {
        Body::File(f) => f.metadata().map_or(0, |m| m.len()),
        Body::Stream { size, .. } => size.unwrap_or(0),
    }
}

/// How a file is scanned, after sniffing its head.
enum Admit {
    /// As bytes.
    Text,
    /// Decoded from this encoding first, after a byte-order mark of this many bytes
    /// (UTF-8: the mark is only skipped).
    Decode(&'static encoding_rs::Encoding, usize),
    /// Not at all (recorded as skipped).
    No,
}

/// A reader that fails once with a read error met earlier, then reads nothing: what was
/// read before the error is scanned, then the error ends the stream as it would have.
struct FailOnce(Option<io::Error>);

impl Read for FailOnce {
    fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
        match self.0.take() {
            Some(e) => Err(e),
            None => Ok(0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::args::{Cli, Command, ScanCmdArgs};
    use clap::Parser as _;

    /// The real tool's dump (tests/data/dumps, MariaDB `mysqldump`), each `INSERT`
    /// statement repeated in place until the file holds at least `size` bytes.
    fn grown_dump(size: usize) -> Vec<u8> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dumps/mysql.sql");
        let text = std::fs::read(path).unwrap();
        let lines: Vec<&[u8]> = text.split_inclusive(|&b| b == b'\n').collect();
        let data = |l: &[u8]| l.starts_with(b"INSERT INTO ") || l.starts_with(b"(");
        let data_len: usize = lines.iter().filter(|l| data(l)).map(|l| l.len()).sum();
        let copies = size.div_ceil(data_len);
        let (mut out, mut i) = (Vec::new(), 0);
        while i < lines.len() {
            let end = (i..lines.len()).find(|&j| !data(lines[j])).unwrap_or(lines.len());
            if end == i {
                out.extend_from_slice(lines[i]);
                i += 1;
                continue;
            }
            for _ in 0..copies {
                lines[i..end].iter().for_each(|l| out.extend_from_slice(l));
            }
            i = end;
        }
        out
    }

    /// The real tool's CSV export (tests/data/dumps, `sqlite3 -csv -header`),
    /// its rows repeated until the file holds at least `size` bytes.
    fn grown_csv(size: usize) -> Vec<u8> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dumps/users.csv");
        let text = std::fs::read(path).unwrap();
        let rows = text.iter().position(|&b| b == b'\n').unwrap() + 1;
        let mut out = text[..rows].to_vec();
        while out.len() < size {
            out.extend_from_slice(&text[rows..]);
        }
        out
    }

    /// Scans `path` with `jobs` threads and parts of 1 MiB (`-j1`: in one pass): its
    /// tally, its findings as JSON Lines, and what was done on the parts' threads.
    fn split_scan(path: &Path, jobs: &str) -> (Tally, Vec<u8>, Apart) {
        let file = path.to_str().unwrap();
        let args = ["piiscan", "scan", file, jobs, "--split-size", "1M", "--no-config"];
        let Command::Scan(ScanCmdArgs { output, scan }) =
            Cli::try_parse_from(args).unwrap().command
        else {
            panic!("a scan")
        };
        let cfg = crate::cli::config::ScanConfig::from_args(&scan, &output).unwrap();
        let engine = Engine::new(cfg.catalog.clone(), crate::validate::Env::now()).unwrap();
        let lines = crate::report::jsonl::JsonlSink::new(Vec::new());
        let mut worker = Worker::new(&engine, &cfg.worker, Some(&lines));
        worker.scan_file(path, true).unwrap();
        let (tally, apart) = (worker.take_tally(), worker.apart());
        drop(worker);
        (tally, lines.into_inner(), apart)
    }

    #[test]
    fn split_dumps_and_csv_are_parsed_joined_and_formatted_in_their_parts() {
        let dir = tempfile::tempdir().unwrap();
        for (name, content) in
            [("dump.sql", grown_dump(12 << 20)), ("users.csv", grown_csv(12 << 20))]
        {
            let path = dir.path().join(name);
            std::fs::write(&path, content).unwrap();
            let (tally, lines, apart) = split_scan(&path, "-j3");
            assert!(tally.findings_total > 10_000, "{name}: {} findings", tally.findings_total);
            let columns = &tally.files[0].columns;
            assert!(columns.iter().any(|c| &*c.column == "mobile"), "{name}: {columns:?}");
            // Parts of one or two chunks (1 MiB each, cut at line starts): every one of
            // the twelve MiB's parts starts between two rows, where the join ahead knows
            // it. A batch ends where a chunk does, when it holds 4096 findings or more:
            // at least one a part in both files (about 9 000 findings a MiB in the dump,
            // 44 000 in the CSV), the part's text made on its thread.
            assert!(apart.parts_joined >= 6, "{name}: {apart:?}");
            assert!(apart.batches_formatted >= 5, "{name}: {apart:?}");
            // A part's last runs that do not fill a batch begin the next part's first
            // batch, written as their part's text too.
            assert!(apart.batches_carried >= 1, "{name}: {apart:?}");
            let (_, one_pass, none) = split_scan(&path, "-j1");
            assert_eq!(none.parts_joined + none.batches_formatted, 0);
            assert!(lines == one_pass, "{name}: the findings differ from one pass's");
        }
    }

    /// A mobile number's finding in a CSV cell at `start`, showing `value`.
    fn finding(start: u64, value: String) -> Finding {
        Finding {
            line: 1 + start / 100,
            value: value.into(),
            table: Some(Arc::from("users")),
            column: Some(Arc::from("mobile")),
            row: Some(start / 100),
            value_hash: start,
            ..Finding::example(&Arc::from(Path::new("users.csv")), start)
        }
    }

    #[test]
    fn a_parts_text_holds_little_more_than_its_lines_whatever_its_first_value() {
        // One long value first (shown whole, or a long address's cell), then many short
        // ones: the text's room follows the lines written, not the first one's length.
        let mut made = vec![(finding(0, "x".repeat(4000)), None)];
        made.extend((1..20_000).map(|i| (finding(i * 100, "139****5678".to_owned()), None)));
        let sink = crate::report::jsonl::JsonlSink::new(Vec::new());
        let text = PartText::new(&sink, &made, &[1, made.len()], Vec::new()).expect("in order");
        let mut whole = Vec::new();
        sink.format(&mut made.iter().map(|(f, _)| f), &mut whole);
        assert_eq!(text.bytes, whole);
        assert!(
            text.bytes.capacity() <= 2 * text.bytes.len(),
            "{} bytes of room for {} bytes",
            text.bytes.capacity(),
            text.bytes.len()
        );
    }
}
