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
use std::path::Path;
use std::sync::Arc;

use crate::decode::binary::{self, BinaryPolicy, Sniff};
use crate::decode::encoding::{OffsetMap, Utf16, UTF16_MAX};
use crate::decode::gzip;
use crate::detect::engine::{Candidate, Engine, Scratch};
use crate::detect::{stream, Category, Confidence};
use crate::extract::join::{Held, Join, ValueKey};
use crate::extract::{render, sql, Kind, Parser, Plan, Warning};
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
    settings: &WorkerSettings,
    sink: Option<&dyn FindingSink>,
) -> io::Result<()> {
    if findings.is_empty() {
        return Ok(());
    }
    // Findings from column hints are made when their cell closes, after later ones.
    findings.sort_by_key(|f| f.start);
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
        }
    }

    /// Records a skip in this worker's tally.
    pub fn skip(&mut self, path: &Path, reason: SkipReason, detail: impl Into<String>) {
        // What was met before the skip (a damaged gzip stream) is part of why.
        let mut detail = detail.into();
        for w in self.pending.lock().unwrap_or_else(|e| e.into_inner()).drain(..) {
            detail.push_str("; ");
            detail.push_str(&w.reason);
        }
        self.tally.skip(path, reason, detail);
    }

    /// The tally so far, leaving an empty one.
    pub fn take_tally(&mut self) -> Tally {
        std::mem::take(&mut self.tally)
    }

    /// Scans the file at `path` (`explicit`: named on the command line). Problems are
    /// recorded as skips; the error returned is only the sink's (stop the scan).
    pub fn scan_file(&mut self, path: &Path, explicit: bool) -> io::Result<()> {
        if let Some(allowed) = &self.settings.allowed_paths {
            // The matcher takes paths under its root only (it panics on others).
            let comparable = !path.is_absolute() || path.starts_with(allowed.path());
            if comparable && allowed.matched_path_or_any_parents(path, false).is_ignore() {
                self.skip(path, SkipReason::Allowed, "allowed by the configuration");
                return Ok(());
            }
        }
        let explicit = explicit && !self.settings.listed_files;
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
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let plan = Plan::for_name(&name);
        self.pending_clear();
        // Each file is opened once; a database's header is read from this handle too.
        let mut file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) => {
                self.skip(path, SkipReason::Unreadable, e.to_string());
                return Ok(());
            }
        };
        if plan.gzip {
            return match gzip::decode(file, self.settings.gzip_depth, &self.pending) {
                Ok(reader) => self.scan_stream_as(path, reader, explicit, Some(&plan)),
                Err(e) => {
                    self.skip(path, SkipReason::Unreadable, e.to_string());
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
            return self.scan_stream_as(path, file, explicit, Some(&plan));
        }
        let mut buf = std::mem::take(&mut self.buf);
        let result = match open::read(file, &mut buf) {
            Err(e) => {
                self.skip(path, SkipReason::Unreadable, e.to_string());
                Ok(())
            }
            Ok(Contents::Buffered) => self.scan_slice(path, &buf, explicit),
            // Large files go through the chunked driver: bounded memory for candidates.
            Ok(Contents::Stream(file)) => self.scan_stream(path, file, explicit),
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
        let (mut send, pipe) = render::pipe();
        let path_arc: Arc<Path> = Arc::from(path);
        let (pass, rendering) = std::thread::scope(|s| {
            let producer = s.spawn(move || {
                let mut out = render::Out::new(limits, &mut send);
                source.render(&mut out);
                out.warnings
            });
            let never_cut = Cell::new(None);
            let pass = self.structured_pass(&path_arc, pipe, sql::sqlite_dump(), None, &never_cut);
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

    /// Scans a stream that cannot be opened by path (standard input), shown as `path`.
    pub fn scan_stream<R: Read>(
        &mut self,
        path: &Path,
        reader: R,
        explicit: bool,
    ) -> io::Result<()> {
        self.scan_stream_as(path, reader, explicit, None)
    }

    /// Scans a stream; with a `plan`, structured formats are parsed beside the scan and
    /// findings attributed to their table and column, and a damaged compressed stream is
    /// a recorded warning rather than an unreadable file.
    fn scan_stream_as<R: Read>(
        &mut self,
        path: &Path,
        mut reader: R,
        explicit: bool,
        plan: Option<&Plan>,
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
        // A signal ends a long stream early; the file then says where it was cut.
        let cut = Cell::new(None);
        let structured = plan.and_then(|p| p.parser(&head));
        let read = head.len() as u64;
        let input = io::Cursor::new(head).chain(Interruptible::new(reader, read, &cut));
        if let Some((kind, parser)) = structured {
            return self.scan_structured(path_arc, input, kind, parser, plan, &cut);
        }
        self.findings.clear();
        self.counts.clear();
        let (mut sink, scratch) = self.file_sink(&path_arc, None);
        let result = stream::scan_reader_with(sink.engine, input, scratch, &mut sink);
        if let Some(e) = sink.sink_error {
            return Err(e);
        }
        let mut warnings: Vec<Warning> = interrupted_at(&cut).into_iter().collect();
        let bytes = match result {
            Ok(n) => n,
            Err(e) if plan.is_some_and(|p| p.gzip) && gzip::is_damage(&e) => {
                warnings.push(Warning { offset: 0, reason: format!("compressed stream: {e}") });
                0
            }
            Err(e) => {
                self.skip(path, SkipReason::Unreadable, e.to_string());
                0
            }
        };
        self.finish_file_with(path_arc, bytes, None, Vec::new(), warnings)
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
        self.findings.clear();
        self.counts.clear();
        let join = Join::new(parser, self.engine.column_hints(), *self.engine.env())
            .with_samples(self.settings.samples);
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
                self.skip(path_arc, SkipReason::Unreadable, e.to_string());
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
            cursor: LineCursor::default(),
            join,
            findings: &mut self.findings,
            tally: &mut self.tally,
            counts: &mut self.counts,
            sink: self.sink,
            sink_error: None,
        };
        (sink, &mut self.scratch)
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
        let mut cursor = LineCursor::default();
        for c in &self.cands {
            let (engine, settings, ids) = (self.engine, self.settings, &self.ids);
            let made = make_finding(engine, settings, ids, &path_arc, hay, 0, c, &mut cursor);
            route(made, &mut self.findings, &mut self.tally, self.settings);
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
        let mut cursor = LineCursor::default();
        for c in &self.cands {
            let (engine, settings, ids) = (self.engine, self.settings, &self.ids);
            let hay = text.as_bytes();
            let mut made = make_finding(engine, settings, ids, &path_arc, hay, 0, c, &mut cursor);
            if let Some((f, _)) = &mut made {
                f.start = offsets.file_offset(c.start);
                f.end = offsets.file_offset(c.end);
            }
            route(made, &mut self.findings, &mut self.tally, self.settings);
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
        self.finish_file_with(path, bytes, None, Vec::new(), Vec::new())
    }

    fn finish_file_with(
        &mut self,
        path: Arc<Path>,
        bytes: u64,
        format: Option<Kind>,
        columns: Vec<crate::inventory::ColumnTally>,
        mut warnings: Vec<Warning>,
    ) -> io::Result<()> {
        warnings.append(&mut self.pending.lock().unwrap_or_else(|e| e.into_inner()));
        warnings.sort_by_key(|w| w.offset);
        self.tally.files_scanned += 1;
        self.tally.bytes_scanned += bytes;
        let sent = flush_batch(
            &mut self.findings,
            &mut self.counts,
            &mut self.tally,
            self.settings,
            self.sink,
        );
        let FileCounts { all: categories, text } = std::mem::take(&mut self.counts);
        if categories.is_empty() && warnings.is_empty() {
            return sent;
        }
        let file = FileTally { path, bytes, categories, text, format, columns, warnings };
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
    cursor: LineCursor,
    /// The cells of a structured scan.
    join: Option<Join<'a>>,
    findings: &'w mut Vec<Finding>,
    tally: &'w mut Tally,
    counts: &'w mut FileCounts,
    sink: Option<&'a dyn FindingSink>,
    sink_error: Option<io::Error>,
}

impl<'a: 'w, 'w> FileSink<'a, 'w> {
    /// What turns the join's held values into findings.
    fn held_context(&self) -> HeldContext<'w> {
        HeldContext {
            settings: self.settings,
            path: self.path,
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
            self.sink_error = flush_batch(findings, counts, tally, self.settings, self.sink).err();
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
        let (engine, settings, ids, path) = (self.engine, self.settings, self.ids, self.path);
        let made = make_finding(engine, settings, ids, path, buf, base, c, &mut self.cursor);
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
            join.join(done_until, &mut |h, v| held_finding(cx, h, v), &mut |made| {
                route(Some(made), findings, tally, settings)
            });
        }
        self.flush_if_full();
    }
}

/// What turns held values into findings: see [`held_finding`].
#[derive(Clone, Copy)]
struct HeldContext<'x> {
    settings: &'x WorkerSettings,
    path: &'x Arc<Path>,
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
        let path_bytes = crate::source::path_bytes(cx.path);
        settings.policy.fingerprint(&path_bytes, &detector, content, b"", b"")
    } else {
        String::new()
    };
    let suppression =
        settings.policy.suppression(h.category, false, content, content, &fingerprint);
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
    /// Decoded from UTF-16 first.
    Utf16(Utf16),
    /// Not at all (recorded as skipped).
    No,
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
            tally.suppressed.push(Suppressed { finding, suppressed })
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
    path: &Arc<Path>,
    buf: &[u8],
    base: u64,
    c: &Candidate,
    cursor: &mut LineCursor,
) -> Option<(Finding, Option<Suppression>)> {
    if c.confidence < settings.min_confidence {
        return None;
    }
    let category = engine.detectors()[c.detector].category();
    let value = &buf[c.start..c.end];
    let spot = cursor.locate(buf, base, c);
    let fingerprint = if settings.policy.fingerprints() {
        let before =
            &buf[spot.line_start.max(c.start.saturating_sub(FINGERPRINT_CONTEXT))..c.start];
        let limit = buf.len().min(c.end + FINGERPRINT_CONTEXT);
        let after_end = memchr::memchr(b'\n', &buf[c.end..limit]).map_or(limit, |i| c.end + i);
        let path_bytes = crate::source::path_bytes(path);
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
    /// that starts after every candidate located before it.
    fn locate(&mut self, buf: &[u8], base: u64, c: &Candidate) -> Spot {
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
            self.marker = match memchr::memmem::find(&buf[line_start..end], ALLOW_MARKER) {
                Some(i) => base + (line_start + i) as u64..base + end as u64,
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
            cols.push((c.start, cursor.locate(first, 0, &c).col));
        }
        cursor.advance(first, 0, cut as u64);
        for c in candidates(&text, b"139", cut, text.len(), second) {
            cols.push((second + c.start, cursor.locate(&text[second..], second as u64, &c).col));
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
        let spots: Vec<Spot> = cs.iter().map(|c| cursor.locate(text, 0, c)).collect();
        let marker = &text[spots[0].marker.clone()];
        assert_eq!(marker, b"piiscan:allow cn_mobile");
        assert_eq!(spots[1].marker, spots[0].marker);
        assert!(spots[2].marker.is_empty());
        assert_eq!(spots.iter().map(|s| s.col).collect::<Vec<_>>(), [3, 9, 3]);
        assert_eq!(spots[2].line_start, 38);
    }
}
