//! `piiscan scan`: walk the roots in parallel, one worker per walker thread, merge the
//! tallies, write the output. A signal stops the walk between files (see
//! [`interrupt`](crate::interrupt)); what was scanned is written as a partial
//! inventory.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use anyhow::{Context, Result};
use ignore::{DirEntry, ParallelVisitor, ParallelVisitorBuilder, WalkState};

use crate::cache::{self, Cache, Record, Stamp};
use crate::cli::args::{BaselineArgs, GlobalArgs, OutputArgs, ScanCmdArgs};
use crate::cli::config::ScanConfig;
use crate::cmd::progress::{self, Counters, Progress};
use crate::cmd::{self, Exit, Output};
use crate::detect::{Category, Engine};
use crate::interrupt;
use crate::inventory::baseline::{self, Baseline};
use crate::inventory::document::Document;
use crate::inventory::{Inventory, RuleInfo, ScanMeta, SkipReason, Tally};
use crate::policy;
use crate::report::{self, jsonl::JsonlSink, Format};
use crate::source::walk::{self, Walked};
use crate::source::{display_path, path_bytes};
use crate::validate::Env;
use crate::worker::{FindingSink, PathScan, Worker, WorkerSettings};

/// Runs a scan with `args`: output, then the exit code (130 when interrupted, 2 on
/// errors, else 1 when a new finding reaches `--fail-on`, else 0).
pub fn run(args: &ScanCmdArgs, g: &GlobalArgs) -> Result<Exit> {
    interrupt::scanning();
    let mut cfg = ScanConfig::from_args(&args.scan, &args.output)?;
    cfg.open_cache();
    run_with(&cfg, g, args.output.report_options(), |out| execute(&cfg, g, out))
}

/// Writes the inventory that `scan` makes (given the writer of `-o` or standard output)
/// as `cfg` says, `--report` too, and returns the exit code. The output and report files
/// are created first, so that a bad path fails before the scan.
pub fn run_with(
    cfg: &ScanConfig,
    g: &GlobalArgs,
    opts: report::Options,
    scan: impl FnOnce(Box<dyn Write + Send>) -> Result<Option<Inventory>>,
) -> Result<Exit> {
    // The output and report files first, so that a bad path fails before the scan.
    let mut output = Output::open(cfg.output.as_deref())?;
    let mut report_file = match &cfg.report {
        Some((path, format)) => Some((
            report::PrivateFile::create(path)
                .with_context(|| format!("creating the report {}", path.display()))?,
            path,
            *format,
        )),
        None => None,
    };
    // The summary on the terminal names the configuration; other outputs get a notice.
    let summary_only = cfg.format == Format::Human && cfg.output.is_none();
    if let Some(config) = cfg.config_file.as_ref().filter(|_| !summary_only) {
        cmd::notice(g, &format!("using configuration {}", config.display()));
    }
    let writer = output.writer()?;
    let Some(inventory) = scan(writer)? else { return Ok(Exit::Success) };
    let doc = Document::new(&inventory);
    // `--quiet` drops the summary on the terminal, never an output asked for by name.
    if !(g.quiet && summary_only) {
        let mut out = BufWriter::new(output.writer()?);
        if summary_only && cmd::color_stdout(g) {
            report::human::render_styled(&doc, &mut out, true, opts.lang)?;
        } else {
            report::write(cfg.format, &inventory, &doc, opts, &mut out)?;
        }
        out.flush()?;
    }
    output.finish()?;
    if let Some((mut file, path, format)) = report_file.take() {
        let mut w = BufWriter::new(file.file());
        report::write(format, &inventory, &doc, opts, &mut w)
            .and_then(|()| w.flush())
            .with_context(|| format!("writing the report {}", path.display()))?;
        drop(w);
        file.finish().with_context(|| format!("writing the report {}", path.display()))?;
    }
    let listed =
        cfg.format.needs_findings() || cfg.report.as_ref().is_some_and(|(_, f)| f.needs_findings());
    if let Some(text) = report::left_out(&inventory).filter(|_| listed) {
        cmd::notice(g, &text);
    }
    Ok(exit_code(&inventory, cfg.allow_skips))
}

/// The exit code of a scan: 130 when interrupted; 2 when a file could not be read, or
/// when a gate (`fail_on`) is set and a file went unscanned for cause
/// ([`SkipReason::hides_content`]), unless `allow_skips`; 1 when a new finding is at or
/// above `fail_on`; else 0.
pub fn exit_code(inventory: &Inventory, allow_skips: bool) -> Exit {
    let skips = &inventory.tally.skips;
    let unscanned = skips.iter().filter(|s| s.reason.hides_content()).count();
    let gate_blind = inventory.meta.fail_on.is_some() && unscanned > 0;
    if !inventory.meta.complete {
        Exit::Interrupted
    } else if !allow_skips && (inventory.tally.has_errors() || gate_blind) {
        if gate_blind {
            eprintln!(
                "piiscan: {unscanned} file(s) not scanned ({}): the gate (--fail-on) fails \
                 closed; --allow-skips accepts them",
                unscanned_reasons(skips)
            );
        }
        Exit::Error
    } else if inventory.tally.failing > 0 {
        Exit::Findings
    } else {
        Exit::Success
    }
}

/// `too_large: 2, unreadable: 1` for the skips that hide content.
fn unscanned_reasons(skips: &[crate::inventory::Skip]) -> String {
    let mut by_reason: std::collections::BTreeMap<&str, usize> = Default::default();
    for s in skips.iter().filter(|s| s.reason.hides_content()) {
        *by_reason.entry(s.reason.name()).or_default() += 1;
    }
    by_reason.iter().map(|(r, n)| format!("{r}: {n}")).collect::<Vec<_>>().join(", ")
}

/// `piiscan baseline`: scans like `scan` and writes the baseline of what it found. The
/// fingerprint key comes from `PIISCAN_BASELINE_KEY`, else from the baseline being
/// updated (`--baseline`, the configuration's `baseline`, or an existing `-o FILE`),
/// whose findings are scanned as new ones (not left out as accepted); a new key is
/// written into the file only with `--store-key`. When the findings are those of the
/// old baseline, its `created` time is kept too, so an update without change rewrites
/// the file byte for byte. An interrupted run writes nothing (a partial baseline would
/// make accepted findings look new).
pub fn baseline(args: &BaselineArgs, g: &GlobalArgs) -> Result<Exit> {
    interrupt::scanning();
    let mut cfg = ScanConfig::from_args(&args.scan, &OutputArgs::default())?;
    if cfg.baseline.is_none() {
        if let Some(path) = args.output.as_deref().filter(|p| p.exists()) {
            cfg.baseline = Some(Baseline::read(path).with_context(|| {
                format!("{} exists: remove it, or name it to update it", path.display())
            })?);
            cfg.baseline_file = Some(path.to_path_buf());
        }
    }
    cfg.open_cache();
    let env_key = baseline::env_key()?;
    let old = cfg.baseline.take();
    let key = match (&old, env_key) {
        (_, Some(key)) => key,
        (Some(b), None) => b.key()?,
        (None, None) if args.store_key => policy::random_key(),
        (None, None) => anyhow::bail!(
            "no {var} set, and a baseline that stores its own key lets anyone who reads it \
             test guesses of a value against its fingerprint: a phone number is recovered by \
             brute force in minutes. Keep the key as a CI secret instead: `export \
             {var}=$(openssl rand -hex 32)`, store the same value in the CI's secrets, and \
             run `piiscan baseline` again. Pass --store-key only for a baseline that never \
             leaves the people allowed to see the data (docs/ci.md).",
            var = baseline::KEY_VAR
        ),
    };
    // The old baseline's findings are found again, not accepted and left out.
    cfg.worker.policy.set_key(key);
    cfg.worker.policy.set_baseline(std::iter::empty());
    cfg.worker.keep_findings = true;
    cfg.worker.findings_cap = None;
    cfg.format = Format::Json;
    let mut output = Output::open(args.output.as_deref())?;
    let Some(inventory) = execute(&cfg, g, Box::new(io::sink()))? else {
        return Ok(Exit::Success);
    };
    if !inventory.meta.complete {
        eprintln!("piiscan: interrupted: no baseline written");
        return Ok(Exit::Interrupted);
    }
    let mut b = Baseline::new(&inventory.tally.findings, &key, env_key.is_some());
    if let Some(old) = old.filter(|o| o.findings == b.findings) {
        b.created = old.created;
    }
    let mut out = BufWriter::new(report::SafeJson::new(output.writer()?));
    serde_json::to_writer_pretty(&mut out, &b)?;
    writeln!(out)?;
    out.flush()?;
    drop(out);
    output.finish()?;
    cmd::notice(g, &format!("baseline of {} finding(s)", b.findings.len()));
    Ok(if inventory.tally.has_errors() && !cfg.allow_skips { Exit::Error } else { Exit::Success })
}

/// Walks and scans as `cfg` says; `--format jsonl` streams to `out`. `None` when the
/// output pipe closed early. A progress line shows on a terminal unless `--quiet`.
pub fn execute(
    cfg: &ScanConfig,
    g: &GlobalArgs,
    out: Box<dyn Write + Send>,
) -> Result<Option<Inventory>> {
    execute_with(cfg, out, |engine, sink| {
        let mut progress = Progress::start(!g.quiet);
        let counters = progress.counters();
        let shared = Shared {
            shard: cfg.shard.map(|s| (s, cfg.roots.as_slice())),
            progress: &counters,
            engine,
            settings: &cfg.worker,
            sink,
            total: Mutex::new(Tally::default()),
            pipe_closed: AtomicBool::new(false),
            output_error: Mutex::new(None),
            cache: cfg.cache.as_deref(),
            roots: &cfg.roots,
        };
        // A `--files-from` list that names no existing file scans nothing (not `.`).
        if !cfg.roots.is_empty() {
            let walker = walk::build(&cfg.walk).context("building the file walker")?;
            walker.visit(&mut VisitorBuilder(&shared));
        }
        progress.finish();
        let pipe_closed = shared.pipe_closed.load(Ordering::SeqCst);
        if let Some(cache) = &cfg.cache {
            // Rows of files no longer there are dropped only after a whole walk.
            let walked: Vec<_> = cfg.roots.iter().chain(&cfg.missing).cloned().collect();
            cache.finish(&walked, !pipe_closed && !interrupt::requested());
        }
        if let Some(e) = shared.output_error.into_inner().unwrap_or_else(|e| e.into_inner()) {
            return Err(anyhow::Error::new(e).context("writing the output"));
        }
        let tally = shared.total.into_inner().unwrap_or_else(|e| e.into_inner());
        Ok((!pipe_closed).then_some(tally))
    })
}

/// Runs `scan` (given the engine and the sink of `--format jsonl`, which streams to
/// `out`) and builds the inventory of what it found as `cfg` says: findings capped and
/// sorted, the roots masked, the metadata filled. `None` when `scan` says the output
/// pipe closed.
pub fn execute_with(
    cfg: &ScanConfig,
    out: Box<dyn Write + Send>,
    scan: impl FnOnce(&Engine, Option<&dyn FindingSink>) -> Result<Option<Tally>>,
) -> Result<Option<Inventory>> {
    let started = jiff::Timestamp::now();
    let clock = Instant::now();
    let detectors: Vec<String> =
        cfg.catalog.detectors().iter().map(|d| d.id().to_string()).collect();
    let rules = rules(&cfg.catalog);
    let engine = Engine::new(cfg.catalog.clone(), Env::now()).context("compiling the detectors")?;

    let jsonl = (cfg.format == Format::Jsonl).then(|| JsonlSink::new(BufWriter::new(out)));
    let sink = jsonl.as_ref().map(|s| s as &dyn FindingSink);
    let scanned = scan(&engine, sink)?;
    let complete = !interrupt::requested();
    let pipe_closed = scanned.is_none();
    let mut tally = scanned.unwrap_or_default();
    // Missing files and the roots are printed too: values in their names are masked, and
    // those in missing files' names reported.
    let mut names = Worker::new(&engine, &cfg.worker, sink);
    for m in cfg.missing.iter().filter(|m| cfg.shard.is_none_or(|s| s.owns(m, &cfg.roots))) {
        if let Err(e) = names.skip(m, PathScan::Whole, SkipReason::Missing, "listed but not found")
        {
            if e.kind() != io::ErrorKind::BrokenPipe {
                return Err(anyhow::Error::new(e).context("writing the output"));
            }
        }
    }
    let roots: Vec<_> =
        cfg.roots.iter().map(|r| names.name(r, PathScan::Mask).to_path_buf()).collect();
    tally.merge(names.take_tally());
    tally.sort();
    if let Some(cap) = cfg.worker.findings_cap {
        tally.cap_findings(cap);
    }
    tally.cap_suppressed(crate::worker::suppressed_cap(&cfg.worker));
    if let Some(sink) = &jsonl {
        let ended = if complete { Ok(()) } else { sink.incomplete() };
        if let Err(e) = ended.and_then(|()| sink.flush()) {
            if e.kind() != io::ErrorKind::BrokenPipe {
                return Err(e.into());
            }
        }
    }
    if pipe_closed {
        return Ok(None);
    }
    let finished = jiff::Timestamp::now();
    let inventory = Inventory {
        meta: ScanMeta {
            version: env!("CARGO_PKG_VERSION"),
            started: started.to_string(),
            finished: finished.to_string(),
            duration_ms: clock.elapsed().as_millis() as u64,
            roots,
            detectors,
            detectors_digest: cfg.catalog.digest(),
            sensitivity: Category::ALL.iter().map(|&c| (c, cfg.catalog.sensitivity(c))).collect(),
            basis: cfg
                .catalog
                .sensitivity_defs()
                .iter()
                .map(|(&c, d)| (c, d.basis.split_whitespace().collect::<Vec<_>>().join(" ")))
                .collect(),
            samples: cfg.worker.samples,
            values: cfg.worker.values,
            rules,
            min_confidence: cfg.worker.min_confidence,
            fail_on: cfg.worker.policy.fail_on,
            config_file: cfg.config_file.clone(),
            baseline_file: cfg.baseline_file.clone(),
            complete,
            cache_used: cfg.cache.is_some(),
            shard: cfg.shard,
            distinct_key: cfg.distinct_key.clone(),
        },
        tally,
        database: None,
    };
    for s in inventory.tally.skips.iter().filter(|s| s.reason.is_error()) {
        // The detail was masked and escaped when recorded.
        eprintln!("piiscan: {}: {}", display_path(&s.path), s.detail);
    }
    Ok(Some(inventory))
}

/// How reports describe each detector of `catalog`, in catalogue order.
pub fn rules(catalog: &crate::detect::Catalog) -> Vec<RuleInfo> {
    catalog
        .detectors()
        .iter()
        .map(|d| RuleInfo {
            id: d.id().to_string(),
            name: d.def.name.clone(),
            category: d.category(),
            description: d.def.description.split_whitespace().collect::<Vec<_>>().join(" "),
            references: d.def.references.clone(),
            confidence: d.def.confidence,
        })
        .collect()
}

/// What every walker thread shares.
struct Shared<'a> {
    /// `--shard`: the shard and the roots its paths are relative to.
    shard: Option<(crate::shard::Shard, &'a [std::path::PathBuf])>,
    engine: &'a Engine,
    settings: &'a WorkerSettings,
    sink: Option<&'a dyn FindingSink>,
    progress: &'a Counters,
    total: Mutex<Tally>,
    pipe_closed: AtomicBool,
    output_error: Mutex<Option<io::Error>>,
    /// The cache of incremental scans (`--cache`).
    cache: Option<&'a Cache>,
    /// The roots, as given (a cached file's row is dropped when its root is scanned
    /// again and it is gone).
    roots: &'a [std::path::PathBuf],
}

struct VisitorBuilder<'a>(&'a Shared<'a>);

impl<'s> ParallelVisitorBuilder<'s> for VisitorBuilder<'s> {
    fn build(&mut self) -> Box<dyn ParallelVisitor + 's> {
        let shared = self.0;
        Box::new(Visitor {
            shared,
            worker: Worker::new(shared.engine, shared.settings, shared.sink),
        })
    }
}

/// One walker thread's worker; merges its tally into the total when the thread ends.
struct Visitor<'a> {
    shared: &'a Shared<'a>,
    worker: Worker<'a>,
}

impl ParallelVisitor for Visitor<'_> {
    fn visit(&mut self, entry: Result<DirEntry, ignore::Error>) -> WalkState {
        if self.shared.pipe_closed.load(Ordering::Relaxed) || interrupt::requested() {
            return WalkState::Quit;
        }
        let before = progress::totals(self.worker.tally());
        let owns = |path: &std::path::Path| {
            self.shared.shard.is_none_or(|(shard, roots)| shard.owns(path, roots))
        };
        let result = match walk::classify(entry) {
            // Every shard walks every folder; only the folder's own shard scans its name.
            Walked::Dir { path, .. } if !owns(&path) => Ok(()),
            Walked::File { path, .. } | Walked::Skip { path, .. } if !owns(&path) => Ok(()),
            Walked::Dir { path, root } => self.worker.visit_dir(&path, root),
            Walked::Skip { path, reason, detail } => {
                // A walk error may name no entry: nothing of a name to report.
                let names =
                    if reason == SkipReason::WalkError { PathScan::Mask } else { PathScan::Last };
                self.worker.skip(&path, names, reason, &detail)
            }
            Walked::File { path, explicit } => match self.shared.cache {
                Some(cache) => self.scan_cached(cache, &path, explicit),
                None => self.worker.scan_file(&path, explicit),
            },
            Walked::Stdin => self.worker.scan_stdin(io::stdin().lock()),
        };
        self.shared.progress.add(before, self.worker.tally());
        match result {
            Ok(()) => WalkState::Continue,
            Err(e) => {
                // The output is gone: stop. A closed pipe is a normal end (as in grep);
                // any other write error is reported.
                self.shared.pipe_closed.store(true, Ordering::Relaxed);
                if e.kind() != io::ErrorKind::BrokenPipe {
                    let mut slot =
                        self.shared.output_error.lock().unwrap_or_else(|e| e.into_inner());
                    slot.get_or_insert(e);
                }
                WalkState::Quit
            }
        }
    }
}

impl Visitor<'_> {
    /// Scans the file at `path` through the cache: an unchanged file's record, else a
    /// copy's (same keyed content digest, same name), else a scan whose record is kept.
    fn scan_cached(&mut self, cache: &Cache, path: &Path, explicit: bool) -> io::Result<()> {
        let md = std::fs::metadata(path);
        if cache.is_own(path, md.as_ref().ok()) {
            return Ok(());
        }
        let Ok(md) = md else {
            return self.worker.scan_file(path, explicit);
        };
        if !md.is_file() {
            return self.worker.scan_file(path, explicit);
        }
        let stamp = Stamp::of(&md);
        let key = cache.key(path);
        let hit = cache.lookup(&key, explicit, stamp).and_then(|h| h.record.into_tally(None));
        if let Some(tally) = hit {
            return self.add(tally, true);
        }
        let root = self.shared.roots.iter().find(|r| path.starts_with(r)).map_or(path, |r| r);
        let root = cache.key(root);
        // A path that holds no value is kept, and its record may serve a copy.
        let plain = !self.worker.path_has_values(path);
        let raw = path_bytes(path).into_owned();
        let kept = plain.then_some(&raw[..]);
        let mut content = None;
        let same = if plain { cache.same_size(stamp.size()) } else { Vec::new() };
        if !same.is_empty() {
            let name = path.file_name().map(|n| path_bytes(Path::new(n)).into_owned());
            let name = name.unwrap_or_default();
            let digest = |p: &Path| {
                std::fs::File::open(p).and_then(|f| cache.content_digest(&name, explicit, f)).ok()
            };
            content = digest(path);
            // Rows made before a copy turned up have no digest yet: made now, if their
            // file is as it was.
            for other in same.iter().filter(|o| o.content.is_none() && o.key != key) {
                let other_path = crate::source::path_from_bytes(other.path.clone());
                let same_name =
                    other_path.file_name().map(|n| path_bytes(Path::new(n)).into_owned());
                let unchanged =
                    std::fs::metadata(&other_path).is_ok_and(|m| Stamp::of(&m) == other.stamp);
                if same_name.as_deref() == Some(&name[..]) && unchanged {
                    if let Some(d) = digest(&other_path) {
                        cache.set_content(&other.key, &d);
                    }
                }
            }
            let found = content.as_deref().and_then(|d| cache.by_content(d));
            if let Some((from, record)) = found.filter(|(from, _)| *from != raw) {
                if let Some(tally) = record.into_tally(Some((&from, &raw))) {
                    let record = Record::of(&tally);
                    let c = content.as_deref();
                    cache.store(&key, &root, kept, explicit, stamp, &record, true, c);
                    return self.add(tally, true);
                }
            }
        }
        let read_at = std::time::SystemTime::now();
        let saved = self.worker.swap_tally(Tally::default());
        let result = self.worker.scan_file(path, explicit);
        let fresh = self.worker.swap_tally(saved);
        let unchanged = std::fs::metadata(path).is_ok_and(|m| Stamp::of(&m) == stamp);
        let settled = stamp.settled_before(read_at);
        if result.is_ok() && unchanged && settled && keepable(&fresh) && !interrupt::requested() {
            let record = Record::of(&fresh);
            let movable = plain && record.movable(&raw);
            cache.store(&key, &root, kept, explicit, stamp, &record, movable, content.as_deref());
        }
        self.add(fresh, false).and(result)
    }

    /// Adds one file's tally to the worker's (`cached`: from the cache, so its findings
    /// still go to the streamed output).
    fn add(&mut self, mut tally: Tally, cached: bool) -> io::Result<()> {
        let settings = self.shared.settings;
        let mut sent = Ok(());
        if cached {
            tally.files_cached = 1;
            if let (Some(sink), false) = (self.shared.sink, tally.findings.is_empty()) {
                sent = sink.file_done(&tally.findings, &mut Vec::new());
            }
        }
        if !settings.keep_findings {
            tally.forget_findings();
        }
        let mut total = self.worker.take_tally();
        total.add_file(tally, settings.findings_cap);
        let cap = crate::worker::suppressed_cap(settings);
        if total.suppressed.len() > 2 * cap.max(1) {
            total.cap_suppressed(cap);
        }
        self.worker.swap_tally(total);
        sent
    }
}

/// Whether a file's tally may be kept in the cache: every finding and suppressed finding
/// is in it (none left out by a cap, at most [`cache::FINDINGS_MAX`]), and nothing in it
/// was an error that may not recur (an unreadable file).
fn keepable(t: &Tally) -> bool {
    t.findings.len() as u64 == t.findings_total
        && t.findings.len() <= cache::FINDINGS_MAX
        && t.suppressed.len() as u64 == t.suppressed_total
        && !t.has_errors()
}

impl Drop for Visitor<'_> {
    fn drop(&mut self) {
        let tally = self.worker.take_tally();
        self.shared.total.lock().unwrap_or_else(|e| e.into_inner()).merge(tally);
    }
}
