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
use std::sync::Arc;

use crate::decode::binary::{self, BinaryPolicy, Sniff};
use crate::decode::encoding::{self, EncodingChoice, Utf16, DECODE_MAX};
use crate::decode::escape::{self, ESCAPE_MAX};
use crate::decode::gzip;
use crate::decode::offsets::{self, Remap};
use crate::detect::engine::{Candidate, Engine, Scratch};
use crate::detect::{stream, Category, Confidence};
use crate::extract::join::{Held, Join, ValueKey};
use crate::extract::{render, sql, Kind, Limits, Names, Parser, Plan, Warning};
use crate::interrupt::{interrupted_at, Interruptible};
use crate::inventory::Suppressed;
use crate::inventory::{CategoryCount, FileTally, Finding, SkipReason, Stats, Tally};
use crate::mask::{self, ValuePolicy};
use crate::policy::{Policy, Suppression, ALLOW_MARKER, FINGERPRINT_CONTEXT};
use crate::source::open::{self, Contents};
use crate::validate::Env;

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
    /// How many gzip layers are decoded (`--max-gzip-depth`).
    pub gzip_depth: u32,
    /// What a structured file may make a parser and the join keep.
    pub limits: Limits,
    /// Print paths as they are, even when a file or folder name holds a value
    /// (`--show-paths`, or `--show-values`); otherwise such values are masked in the path.
    pub show_paths: bool,
    /// The encoding of files' text (`--encoding`): detected per file, or given.
    pub encoding: EncodingChoice,
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
    /// The detector id of a column hint's findings, per category (`Category as usize`).
    hint_ids: Vec<Arc<str>>,
    scratch: Scratch,
    buf: Vec<u8>,
    cands: Vec<Candidate>,
    findings: Vec<Finding>,
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
    /// How offsets in the current file's scanned text map back to its bytes (a
    /// byte-order mark skipped, another encoding or escapes decoded).
    remap: Remap,
}

/// Findings are handed to the output (and counted) in batches of this many, so that a
/// file with millions of findings (a large dump) never holds them all in memory.
const FLUSH_AT: usize = 4096;

/// Counts a batch of one file's findings, hands it to the sink and keeps it if the output
/// needs findings at the end (at most `findings_cap`).
fn flush_batch(
    findings: &mut Vec<Finding>,
    counts: &mut FileCounts,
    tally: &mut Tally,
    (settings, remap): (&WorkerSettings, &Remap),
    sink: Option<&dyn FindingSink>,
) -> io::Result<()> {
    if findings.is_empty() {
        return Ok(());
    }
    if !remap.is_identity() {
        // Offsets into decoded text go back to the file's bytes; a value in the path
        // (line 0) has offsets into the path.
        for f in findings.iter_mut().filter(|f| f.line != 0) {
            (f.start, f.end) = (remap.file_offset(f.start), remap.file_offset(f.end));
        }
    }
    // Findings from column hints are made when their cell closes, after later ones.
    findings.sort_by_key(Finding::place);
    for f in findings.iter() {
        counts.all.entry(f.category).or_default().count(f);
        if f.table.is_none() {
            counts.text.entry(f.category).or_default().add(f, settings.samples);
        }
    }
    let sent = match sink {
        Some(sink) => sink.file_done(findings),
        None => Ok(()),
    };
    tally.findings_total += findings.len() as u64;
    if settings.keep_findings {
        tally.findings.append(findings);
        if let Some(cap) = settings.findings_cap {
            // Dropping what sorts after this thread's first `cap` keeps exactly the
            // scan's first `cap` overall, whichever thread scanned which file.
            if tally.findings.len() > 2 * cap {
                tally.cap_findings(cap);
            }
        }
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
            remap: Remap::default(),
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

    /// The tally so far, leaving an empty one.
    pub fn take_tally(&mut self) -> Tally {
        std::mem::take(&mut self.tally)
    }

    /// Scans the file at `path` (`explicit`: named on the command line). Problems are
    /// recorded as skips; the error returned is only the sink's (stop the scan).
    pub fn scan_file(&mut self, path: &Path, explicit: bool) -> io::Result<()> {
        if self.allowed(path, false) {
            return self.skip(
                path,
                PathScan::Mask,
                SkipReason::Allowed,
                "allowed by the configuration",
            );
        }
        self.pending_clear();
        self.remap = Remap::default();
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
        let plan = Plan::for_name(&name);
        self.pending_clear();
        // Each file is opened once; a database's header is read from this handle too.
        let mut file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) => {
                self.skip_current(SkipReason::Unreadable, &e.to_string());
                return Ok(());
            }
        };
        if plan.gzip {
            return match gzip::decode(file, self.settings.gzip_depth, &self.pending) {
                Ok(reader) => self.scan_stream_as(reader, explicit, Some(&plan)),
                Err(e) => {
                    self.skip_current(SkipReason::Unreadable, &e.to_string());
                    Ok(())
                }
            };
        }
        // A file that cannot be rendered is scanned as bytes, binary or not.
        let explicit = match self.render(path, &mut file, &plan) {
            Rendered::Done(result) => return result,
            Rendered::Failed => true,
            Rendered::No => explicit,
        };
        if plan.is_structured() {
            return self.scan_stream_as(file, explicit, Some(&plan));
        }
        let mut buf = std::mem::take(&mut self.buf);
        let result = match open::read(file, &mut buf) {
            Err(e) => {
                self.skip_current(SkipReason::Unreadable, &e.to_string());
                Ok(())
            }
            Ok(Contents::Buffered) => self.scan_slice(&buf, explicit),
            // Large files go through the chunked driver: bounded memory for candidates.
            Ok(Contents::Stream(file)) => self.scan_stream(file, explicit),
        };
        self.buf = buf;
        result
    }

    fn pending_clear(&mut self) {
        self.pending.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }

    fn pending_push(&mut self, warning: Warning) {
        self.pending.lock().unwrap_or_else(|e| e.into_inner()).push(warning);
    }

    /// Spreadsheets and SQLite database files (by extension, then header): rendered as
    /// dump text on a thread of their own and scanned as a dump as the rendering is made.
    fn render(&mut self, path: &Path, file: &mut std::fs::File, plan: &Plan) -> Rendered {
        let spreadsheet = render::is_spreadsheet(&plan.extension);
        if !spreadsheet {
            if !render::is_sqlite_extension(&plan.extension) {
                return Rendered::No;
            }
            let mut head = Vec::with_capacity(16);
            let read = (&mut *file).take(16).read_to_end(&mut head);
            if io::Seek::rewind(file).is_err() || read.is_err() {
                return Rendered::No;
            }
            if !render::is_sqlite_db(&plan.extension, &head) {
                return Rendered::No;
            }
        }
        let source = match render::Source::open(path, spreadsheet) {
            Ok(s) => s,
            Err(e) => {
                let reason = format!("{e:#}; scanned as bytes");
                self.pending_push(Warning { offset: 0, reason });
                return Rendered::Failed;
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
            let pass = self.structured_pass(&path_arc, pipe, parser, None, &never_cut);
            (pass, producer.join())
        });
        let (bytes, columns, mut warnings) = match pass {
            Ok(parts) => parts,
            Err(e) => return Rendered::Done(Err(e)),
        };
        match rendering {
            Ok(w) => warnings.extend(w),
            Err(_) => warnings.push(Warning {
                offset: bytes,
                reason: "the reader failed on this file: the rest is not rendered".into(),
            }),
        }
        Rendered::Done(self.finish_file_with(path_arc, bytes, Some(kind), columns, warnings))
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
        self.scan_stream_as(reader, explicit, None)
    }

    /// Scans a stream; with a `plan`, structured formats are parsed beside the scan and
    /// findings attributed to their table and column, and a damaged compressed stream is
    /// a recorded warning rather than an unreadable file.
    fn scan_stream_as<R: Read>(
        &mut self,
        mut reader: R,
        explicit: bool,
        plan: Option<&Plan>,
    ) -> io::Result<()> {
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
            self.scan_admitted(head, more, reader, plan)
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
                let decoded = offsets::decode(enc, all, bom);
                self.remap.decoded = Some(decoded.map);
                return self.scan_whole(decoded.text.into_bytes(), plan);
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
            self.scan_admitted(all, true, reader, plan)
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
        let read = head.len() as u64;
        let input = io::Cursor::new(head).chain(Interruptible::new(reader, read, &cut));
        if let Some((kind, parser)) = structured {
            return self.scan_structured(path_arc, input, kind, parser, plan, &cut);
        }
        self.begin_file();
        let (mut sink, scratch) = self.file_sink(&path_arc, None);
        let result = stream::scan_reader_with(sink.engine, input, scratch, &mut sink);
        if let Some(e) = sink.sink_error {
            return Err(e);
        }
        let warnings = interrupted_at(&cut).into_iter().collect();
        self.finish_stream(path_arc, result, plan, warnings)
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
        if let Some((kind, parser)) = structured {
            let path_arc: Arc<Path> = Arc::clone(&self.shown);
            let never_cut = Cell::new(None);
            let input = io::Cursor::new(&text[..]);
            return self.scan_structured(path_arc, input, kind, parser, plan, &never_cut);
        }
        self.scan_held(&text)
    }

    /// Scans a structured stream: the parser walks the same bytes as the engine, and
    /// each finding is attributed to the cell that holds it.
    fn scan_structured<R: Read>(
        &mut self,
        path_arc: Arc<Path>,
        reader: R,
        kind: Kind,
        parser: Box<dyn Parser>,
        plan: Option<&Plan>,
        cut: &Cell<Option<u64>>,
    ) -> io::Result<()> {
        let (bytes, columns, warnings) =
            self.structured_pass(&path_arc, reader, parser, plan, cut)?;
        self.finish_file_with(path_arc, bytes, Some(kind), columns, warnings)
    }

    /// The scan of [`Worker::scan_structured`], up to finishing the file: the bytes
    /// scanned, the columns and the parser's warnings.
    fn structured_pass<R: Read>(
        &mut self,
        path_arc: &Arc<Path>,
        reader: R,
        parser: Box<dyn Parser>,
        plan: Option<&Plan>,
        cut: &Cell<Option<u64>>,
    ) -> io::Result<(u64, Vec<crate::inventory::ColumnTally>, Vec<Warning>)> {
        self.begin_file();
        let join = Join::new(parser, self.engine.column_hints(), *self.engine.env())
            .with_samples(self.settings.samples)
            .with_max_held(self.limits.max_held_findings);
        let (mut sink, scratch) = self.file_sink(path_arc, Some(join));
        let result = stream::scan_reader_with(sink.engine, reader, scratch, &mut sink);
        if let Some(e) = sink.sink_error.take() {
            return Err(e);
        }
        let cx = sink.held_context();
        let FileSink { join, findings, tally, settings, .. } = sink;
        let mut join = join.expect("a structured scan has a join");
        join.finish(&mut |h, v| held_finding(cx, h, v), &mut |made| {
            route(Some(made), findings, tally, settings)
        });
        let (columns, mut warnings) = join.into_parts();
        warnings.extend(interrupted_at(cut));
        let bytes = match result {
            Ok(n) => n,
            Err(e) if plan.is_some_and(|p| p.gzip) && gzip::is_damage(&e) => {
                warnings.push(Warning { offset: 0, reason: format!("compressed stream: {e}") });
                0
            }
            Err(e) => {
                self.skip_current(SkipReason::Unreadable, &e.to_string());
                0
            }
        };
        Ok((bytes, columns, warnings))
    }

    /// The receiver of a streamed scan of the file at `path` (`join`: its cells, for a
    /// structured scan), and the engine's scratch space for the scan.
    fn file_sink<'w>(
        &'w mut self,
        path: &'w Arc<Path>,
        join: Option<Join<'a>>,
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
            tally: &mut self.tally,
            counts: &mut self.counts,
            sink: self.sink,
            sink_error: None,
            marker_warned: false,
            remap: &self.remap,
        };
        (sink, &mut self.scratch)
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

    /// Scans text held whole, unstructured (offsets go back to the file through
    /// [`Worker::remap`]).
    fn scan_held(&mut self, hay: &[u8]) -> io::Result<()> {
        let path_arc: Arc<Path> = Arc::clone(&self.shown);
        self.cands.clear();
        self.engine.scan(hay, 0, 1, &mut self.scratch, &mut self.cands);
        self.begin_file();
        let mut cursor = LineCursor::default();
        for c in &self.cands {
            let (engine, settings, ids) = (self.engine, self.settings, &self.ids);
            let paths = (&path_arc, &*self.real);
            let made =
                make_finding(engine, settings, ids, paths, hay, 0, c, &mut cursor, &|_| true);
            route(made, &mut self.findings, &mut self.tally, self.settings);
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

    /// Finishes a streamed file: `result` is the stream's.
    fn finish_stream(
        &mut self,
        path_arc: Arc<Path>,
        result: io::Result<u64>,
        plan: Option<&Plan>,
        mut warnings: Vec<Warning>,
    ) -> io::Result<()> {
        let bytes = match result {
            Ok(n) => n,
            Err(e) if plan.is_some_and(|p| p.gzip) && gzip::is_damage(&e) => {
                warnings.push(Warning { offset: 0, reason: format!("compressed stream: {e}") });
                0
            }
            Err(e) => {
                self.skip_current(SkipReason::Unreadable, &e.to_string());
                0
            }
        };
        self.finish_file_with(path_arc, bytes, None, Vec::new(), warnings)
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
        let bytes = if self.remap.is_identity() { bytes } else { self.remap.file_offset(bytes) };
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
        let remap = std::mem::take(&mut self.remap);
        if !remap.is_identity() {
            for w in &mut warnings {
                w.offset = remap.file_offset(w.offset);
            }
        }
        warnings.append(&mut self.pending.lock().unwrap_or_else(|e| e.into_inner()));
        warnings.sort_by_key(|w| w.offset);
        let sent = flush_batch(
            &mut self.findings,
            &mut self.counts,
            &mut self.tally,
            (self.settings, &remap),
            self.sink,
        );
        let FileCounts { all: categories, text } = std::mem::take(&mut self.counts);
        if categories.is_empty() && warnings.is_empty() {
            return sent;
        }
        let encoding = remap.encoding_name();
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
    tally: &'w mut Tally,
    counts: &'w mut FileCounts,
    sink: Option<&'a dyn FindingSink>,
    sink_error: Option<io::Error>,
    /// The file was warned about a marker inside data.
    marker_warned: bool,
    /// How the scanned text's offsets map back to the file.
    remap: &'w Remap,
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
}

impl FileSink<'_, '_> {
    /// Hands a batch to the output once enough findings have gathered.
    fn flush_if_full(&mut self) {
        if self.findings.len() >= FLUSH_AT && self.sink_error.is_none() {
            let (findings, tally, counts) =
                (&mut *self.findings, &mut *self.tally, &mut *self.counts);
            let settings = (self.settings, self.remap);
            self.sink_error = flush_batch(findings, counts, tally, settings, self.sink).err();
        }
    }
}

impl stream::StreamSink for FileSink<'_, '_> {
    fn bytes(&mut self, data: &[u8], offset: u64) {
        if let Some(join) = &mut self.join {
            join.bytes(data, offset);
        }
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
        match (&mut self.join, made) {
            (Some(join), Some(made)) => join.push(made),
            (Some(_), None) => {}
            (None, made) => {
                route(made, self.findings, self.tally, settings);
                self.flush_if_full();
            }
        }
    }

    fn chunk_done(&mut self, buf: &[u8], base: u64, done_until: u64) {
        self.cursor.advance(buf, base, done_until);
        let cx = self.held_context();
        if let Some(join) = &mut self.join {
            let (findings, tally, settings) =
                (&mut *self.findings, &mut *self.tally, self.settings);
            let recent = (buf, base);
            join.join(recent, done_until, &mut |h, v| held_finding(cx, h, v), &mut |made| {
                route(Some(made), findings, tally, settings)
            });
            // The next buffer starts after `base`: no marker before it is looked at again.
            join.forget_markers_before(base);
        }
        self.flush_if_full();
    }
}

/// What turns held values into findings: see [`held_finding`].
#[derive(Clone, Copy)]
struct HeldContext<'x> {
    settings: &'x WorkerSettings,
    path: &'x Arc<Path>,
    /// The path as it is (for fingerprints).
    real: &'x Path,
    /// `column_hint.<category>` per category, indexed by `Category as usize`.
    hint_ids: &'x [Arc<str>],
    /// The scan date, for minors.
    env: &'x Env,
}

/// A finding for a plain value (`content`) in a column named for a label-only category
/// (`name`, `address`, `birthday`, `face_feature`): the column name is its label. Starts
/// `low`; the column hint raises it to `medium` when it is attributed.
fn held_finding(
    cx: HeldContext<'_>,
    h: &Held,
    content: &[u8],
) -> Option<(Finding, Option<Suppression>)> {
    let settings = cx.settings;
    if Confidence::Medium < settings.min_confidence {
        return None;
    }
    let detector = Arc::clone(&cx.hint_ids[h.category as usize]);
    let fingerprint = if settings.policy.fingerprints() {
        let path_bytes = crate::source::path_bytes(cx.real);
        settings.policy.fingerprint(&path_bytes, &detector, content, b"", b"")
    } else {
        String::new()
    };
    // A value inside a cell is never a source line: no inline marker applies to it.
    let suppression = settings.policy.suppression(h.category, false, b"", content, &fingerprint);
    let minor = h.category == Category::DateOfBirth
        && crate::detect::facts::birth_date(h.category, content)
            .or_else(|| {
                // A DATE/DATETIME value: its date part.
                let text = std::str::from_utf8(content).ok()?;
                crate::validate::date::parse(text.split([' ', 'T']).next()?.as_bytes())
            })
            .is_some_and(|born| crate::detect::facts::is_minor(born, cx.env));
    let finding = Finding {
        path: Arc::clone(cx.path),
        start: h.cell.start,
        end: h.cell.end,
        line: h.line,
        col: 0,
        category: h.category,
        detector,
        confidence: Confidence::Low,
        value: mask::render(h.category, content, settings.values),
        table: None,
        column: None,
        row: None,
        test_value: false,
        minor,
        fingerprint,
        value_hash: settings.value_key.hash_of(h.category, content),
    };
    Some((finding, suppression))
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

/// What became of a file that may be a spreadsheet or an SQLite database.
enum Rendered {
    /// It is neither.
    No,
    /// It is one but could not be opened as one (a warning is pending): scan its bytes.
    Failed,
    /// Rendered and scanned.
    Done(io::Result<()>),
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

/// How many suppressed findings are listed: as many as findings are kept, and never
/// without bound (a baseline keeps every finding, but lists no suppressed one).
pub fn suppressed_cap(settings: &WorkerSettings) -> usize {
    settings.findings_cap.unwrap_or(crate::report::json::FINDINGS_MAX)
}

/// Sends a made finding where it belongs: reported, listed as suppressed, or counted.
fn route(
    made: Option<(Finding, Option<Suppression>)>,
    findings: &mut Vec<Finding>,
    tally: &mut Tally,
    settings: &WorkerSettings,
) {
    match made {
        None => {}
        Some((f, None)) => {
            if settings.policy.fails(f.confidence, f.test_value) {
                tally.failing += 1;
            }
            findings.push(f);
        }
        Some((_, Some(Suppression::Baseline))) => tally.baselined += 1,
        Some((_, Some(Suppression::TestValue))) => tally.test_values_ignored += 1,
        Some((finding, Some(suppressed))) => {
            tally.add_suppressed(Suppressed { finding, suppressed }, suppressed_cap(settings))
        }
    }
}

/// Turns a candidate into a finding (masking its value, fingerprinting it) and says
/// whether policy suppresses it; `None` below the reporting confidence. `cursor` follows
/// the candidates of one file, in order.
#[allow(clippy::too_many_arguments)]
fn make_finding(
    engine: &Engine,
    settings: &WorkerSettings,
    ids: &[Arc<str>],
    (path, real): (&Arc<Path>, &Path),
    buf: &[u8],
    base: u64,
    c: &Candidate,
    cursor: &mut LineCursor,
    markers: &dyn Fn(u64) -> bool,
) -> Option<(Finding, Option<Suppression>)> {
    if c.confidence < settings.min_confidence {
        return None;
    }
    let category = engine.detectors()[c.detector].category();
    let value = &buf[c.start..c.end];
    let spot = cursor.locate(buf, base, c, markers);
    let fingerprint = if settings.policy.fingerprints() {
        let before =
            &buf[spot.line_start.max(c.start.saturating_sub(FINGERPRINT_CONTEXT))..c.start];
        let limit = buf.len().min(c.end + FINGERPRINT_CONTEXT);
        let after_end = memchr::memchr(b'\n', &buf[c.end..limit]).map_or(limit, |i| c.end + i);
        let path_bytes = crate::source::path_bytes(real);
        settings.policy.fingerprint(
            &path_bytes,
            &ids[c.detector],
            value,
            before,
            &buf[c.end..after_end],
        )
    } else {
        String::new()
    };
    // The policy reads the line only for an inline marker, and a marker covers what
    // follows it: the line from its first marker decides as the whole line would.
    let suppression =
        settings.policy.suppression(category, c.test_value, &buf[spot.marker], value, &fingerprint);
    let finding = Finding {
        path: Arc::clone(path),
        start: base + c.start as u64,
        end: base + c.end as u64,
        line: c.line,
        col: spot.col,
        table: None,
        column: None,
        row: None,
        category,
        detector: Arc::clone(&ids[c.detector]),
        confidence: c.confidence,
        value: mask::render(category, value, settings.values),
        test_value: c.test_value,
        minor: c.minor,
        fingerprint,
        value_hash: settings.value_key.hash_of(category, value),
    };
    Some((finding, suppression))
}

/// Where each candidate of a file sits in its line, worked out as the candidates arrive
/// (in order of offset).
///
/// Many values share a line: a MySQL 8 dump's `INSERT` is one line of a MiB holding tens
/// of thousands of them. Searching the whole line again for each value (its start, its
/// end, an inline marker, the characters before the value) made a scan quadratic in the
/// line's length. The cursor reads each byte about once: a line's start, end and marker
/// are found once per line and buffer, and the column count goes on from the previous
/// value on the line, across the chunks of a stream (see [`LineCursor::advance`]).
///
/// In a chunked stream the line of a value is what the buffer holds of it: a line that
/// started before the cursor met it (possible only outside the chunked driver) counts
/// its columns from the buffer's first byte, and a marker is looked for in the buffer.
#[derive(Debug, Default)]
struct LineCursor {
    /// The 1-based line the cursor is on; 0 before the first candidate and after a line
    /// has ended.
    line: u64,
    /// Stream offset of the line's first byte (or of the first byte of the buffer the
    /// line was met in, if it started before).
    start: u64,
    /// Stream offset up to which the line's characters are counted, and their number.
    pos: u64,
    chars: u64,
    /// The buffer (stream offset of its first byte, and length) where the line's end and
    /// marker were looked for.
    searched: Option<(u64, usize)>,
    /// Stream offsets of the line's first inline marker and of the line's end (its
    /// `\n`, or the end of that buffer), or an empty range without a marker.
    marker: std::ops::Range<u64>,
    /// A marker that did not count (inside data) was seen there, at this offset.
    ignored: Option<u64>,
}

/// Where a candidate sits in its line, as indexes into the buffer.
struct Spot {
    /// 1-based column, in characters.
    col: u64,
    /// The line's first byte (or the buffer's first, if the line started before it).
    line_start: usize,
    /// The line from its first inline marker to its end (empty without a marker).
    marker: std::ops::Range<usize>,
}

impl LineCursor {
    /// Locates `c`, a candidate in `buf` (whose first byte is at stream offset `base`)
    /// that starts after every candidate located before it; `markers` says which inline
    /// markers (by stream offset) count.
    fn locate(
        &mut self,
        buf: &[u8],
        base: u64,
        c: &Candidate,
        markers: &dyn Fn(u64) -> bool,
    ) -> Spot {
        let at = base + c.start as u64;
        if c.line != self.line || self.pos < base || self.pos > at {
            let start = memchr::memrchr(b'\n', &buf[..c.start]).map_or(0, |i| i + 1);
            let start = base + start as u64;
            *self = LineCursor { line: c.line, start, pos: start, ..LineCursor::default() };
        }
        self.chars += count_chars(&buf[(self.pos - base) as usize..c.start]);
        self.pos = at;
        let line_start = self.start.saturating_sub(base) as usize;
        if self.searched != Some((base, buf.len())) {
            self.searched = Some((base, buf.len()));
            let end = memchr::memchr(b'\n', &buf[c.start..]).map_or(buf.len(), |i| c.start + i);
            let mut found = memchr::memmem::find_iter(&buf[line_start..end], ALLOW_MARKER)
                .map(|i| base + (line_start + i) as u64);
            let first = found.by_ref().find(|&at| {
                let counts = markers(at);
                if !counts && self.ignored.is_none() {
                    self.ignored = Some(at);
                }
                counts
            });
            self.marker = match first {
                Some(at) => at..base + end as u64,
                None => 0..0,
            };
        }
        let marker = if self.marker.is_empty() {
            0..0
        } else {
            (self.marker.start - base) as usize..(self.marker.end - base) as usize
        };
        Spot { col: 1 + self.chars, line_start, marker }
    }

    /// Every candidate before stream offset `until` has been located, and `buf` (whose
    /// first byte is at `base`) holds the bytes up to it: the column count moves on to
    /// `until`, so that it goes on in the next buffer, which starts at most
    /// [`stream::LOOKBEHIND`] bytes before `until`.
    fn advance(&mut self, buf: &[u8], base: u64, until: u64) {
        if self.line == 0 || self.pos < base || self.pos >= until {
            return;
        }
        let gap = &buf[(self.pos - base) as usize..((until - base) as usize).min(buf.len())];
        if memchr::memchr(b'\n', gap).is_some() {
            self.line = 0;
        } else {
            self.chars += count_chars(gap);
            self.pos = base + ((self.pos - base) as usize + gap.len()) as u64;
        }
    }
}

/// The number of UTF-8 characters in `bytes` (bytes that do not continue a character).
fn count_chars(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count() as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::stream::LOOKBEHIND;

    /// A candidate at every `needle` in `text[from..to]`, shifted by `base`.
    fn candidates(
        text: &[u8],
        needle: &[u8],
        from: usize,
        to: usize,
        base: usize,
    ) -> Vec<Candidate> {
        memchr::memmem::find_iter(&text[from..to], needle)
            .map(|i| {
                let start = from + i;
                let line = 1 + memchr::memchr_iter(b'\n', &text[..start]).count() as u64;
                Candidate {
                    detector: 0,
                    start: start - base,
                    end: start - base + needle.len(),
                    line,
                    confidence: Confidence::High,
                    test_value: false,
                    minor: false,
                }
            })
            .collect()
    }

    /// The 1-based character column of byte `at`, counted from its line's start.
    fn column(text: &[u8], at: usize) -> u64 {
        let start = memchr::memrchr(b'\n', &text[..at]).map_or(0, |i| i + 1);
        1 + count_chars(&text[start..at])
    }

    #[test]
    fn columns_go_on_across_the_chunks_of_a_long_line() {
        let mut text = "-- 姓名和手机\n".as_bytes().to_vec();
        let row = format!("(7,'张三','13912345678','{}'),", "备注".repeat(50));
        text.extend(row.repeat(400).as_bytes());
        text.extend("\n(8,'李四','13912345678');\n".as_bytes());
        // As the chunked driver cuts a long line: the second buffer starts LOOKBEHIND
        // bytes before the first one's cut, here 300 bytes after the last value before
        // it, so that the count must be carried over the gap.
        let last = memchr::memmem::rfind(&text[..50_000], b"139").expect("a value");
        let cut = last + 300;
        let (first, second) = (&text[..cut + 4096], cut - LOOKBEHIND);
        let mut cursor = LineCursor::default();
        let mut cols = Vec::new();
        for c in candidates(&text, b"139", 0, cut, 0) {
            cols.push((c.start, cursor.locate(first, 0, &c, &|_| true).col));
        }
        cursor.advance(first, 0, cut as u64);
        for c in candidates(&text, b"139", cut, text.len(), second) {
            cols.push((
                second + c.start,
                cursor.locate(&text[second..], second as u64, &c, &|_| true).col,
            ));
        }
        assert_eq!(cols.len(), 401);
        for (at, col) in cols {
            assert_eq!(col, column(&text, at), "at {at}");
        }
    }

    #[test]
    fn the_marker_is_found_once_per_line() {
        let text = b"a 139 b 139 # piiscan:allow cn_mobile\nc 139\n";
        let mut cursor = LineCursor::default();
        let cs = candidates(text, b"139", 0, text.len(), 0);
        let spots: Vec<Spot> = cs.iter().map(|c| cursor.locate(text, 0, c, &|_| true)).collect();
        let marker = &text[spots[0].marker.clone()];
        assert_eq!(marker, b"piiscan:allow cn_mobile");
        assert_eq!(spots[1].marker, spots[0].marker);
        assert!(spots[2].marker.is_empty());
        assert_eq!(spots.iter().map(|s| s.col).collect::<Vec<_>>(), [3, 9, 3]);
        assert_eq!(spots[2].line_start, 38);
    }
}
