//! Per-thread aggregation: each worker owns a [`Tally`] and adds to it without locks; the
//! tallies are merged once at the end of the scan (and sorted, so that output does not
//! depend on thread scheduling).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use serde::Serialize;

use crate::detect::{Category, Confidence};
use crate::inventory::distinct::Distinct;
use crate::inventory::{Finding, Suppressed};

/// Finding counts by confidence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CategoryCount {
    /// High-confidence findings.
    pub high: u64,
    /// Medium-confidence findings.
    pub medium: u64,
    /// Low-confidence findings.
    pub low: u64,
    /// Of all findings, how many are well-known test values (written beside the
    /// confidence mix, not in it).
    #[serde(skip)]
    pub test_values: u64,
    /// Of all findings, how many show a minor under 14.
    #[serde(skip)]
    pub minors: u64,
}

impl CategoryCount {
    /// Counts one finding of confidence `c`.
    pub fn bump(&mut self, c: Confidence) {
        match c {
            Confidence::High => self.high += 1,
            Confidence::Medium => self.medium += 1,
            Confidence::Low => self.low += 1,
        }
    }

    /// Counts one finding: its confidence, and whether it is a test value or a minor's.
    pub fn count(&mut self, f: &Finding) {
        self.bump(f.confidence);
        self.test_values += u64::from(f.test_value);
        self.minors += u64::from(f.minor);
    }

    /// Adds another count.
    pub fn add(&mut self, other: &CategoryCount) {
        self.high += other.high;
        self.medium += other.medium;
        self.low += other.low;
        self.test_values += other.test_values;
        self.minors += other.minors;
    }

    /// All findings.
    pub fn total(&self) -> u64 {
        self.high + self.medium + self.low
    }
}

/// What one location (a column's category, or a file's category outside any column)
/// held: counts, distinct values, where it first appears, and a few masked samples.
#[derive(Clone, Debug, Default)]
pub struct Stats {
    /// Findings by confidence, test values, minors.
    pub count: CategoryCount,
    /// Distinct values (keyed hashes; exact while small, then estimated).
    pub distinct: Distinct,
    /// The 1-based line of the first finding.
    pub first_line: u64,
    /// The 1-based row of the first finding, in a column.
    pub first_row: Option<u64>,
    /// Up to `samples` different masked values, in the order found.
    pub samples: Vec<String>,
}

impl Stats {
    /// Counts one finding, keeping its masked value as a sample while fewer than
    /// `samples` are kept.
    pub fn add(&mut self, f: &Finding, samples: usize) {
        // Findings made from column hints arrive when their cell closes, after later ones.
        if self.count.total() == 0 || f.line < self.first_line {
            self.first_line = f.line;
        }
        if self.count.total() == 0 || f.row < self.first_row {
            self.first_row = f.row;
        }
        self.count.count(f);
        self.distinct.insert(f.value_hash);
        if self.samples.len() < samples && !self.samples.iter().any(|s| *s == f.value) {
            self.samples.push(f.value.to_string());
        }
    }

    /// Counts the findings counted in `later` (those made after this one's), as if each
    /// had been added here in turn.
    pub fn absorb(&mut self, later: Stats, samples: usize) {
        if later.count.total() == 0 {
            return;
        }
        if self.count.total() == 0 || later.first_line < self.first_line {
            self.first_line = later.first_line;
        }
        if self.count.total() == 0 || later.first_row < self.first_row {
            self.first_row = later.first_row;
        }
        self.count.add(&later.count);
        self.distinct.merge(&later.distinct);
        for s in later.samples {
            if self.samples.len() >= samples {
                break;
            }
            if !self.samples.contains(&s) {
                self.samples.push(s);
            }
        }
    }
}

/// What one file held.
#[derive(Clone, Debug)]
pub struct FileTally {
    /// The file, as reached from its root.
    pub path: Arc<Path>,
    /// Its size in bytes (as scanned; for compressed input, decompressed).
    pub bytes: u64,
    /// Findings per category.
    pub categories: BTreeMap<Category, CategoryCount>,
    /// Per category, the findings outside any column (for unstructured files, all).
    pub text: BTreeMap<Category, Stats>,
    /// The structured format it was read as, or the archive it is, if any.
    pub format: Option<crate::extract::Kind>,
    /// The encoding its text was decoded from, when not UTF-8 (`gbk`, `big5`,
    /// `utf-16le`...).
    pub encoding: Option<&'static str>,
    /// Per table and column, for structured files (sorted by table, then column).
    pub columns: Vec<ColumnTally>,
    /// Problems in the input, recorded and skipped.
    pub warnings: Vec<crate::extract::Warning>,
}

/// What one column of one table held.
#[derive(Clone, Debug)]
pub struct ColumnTally {
    /// The table (for CSV and JSON, the file's name).
    pub table: Arc<str>,
    /// The column (for JSON, the key path).
    pub column: Arc<str>,
    /// Rows (cells) seen.
    pub rows: u64,
    /// Cells holding a value (not NULL, not empty).
    pub non_empty: u64,
    /// Findings per category.
    pub categories: BTreeMap<Category, ColumnCategory>,
    /// For the street column of an address split over columns of its table: every column
    /// of that address, itself included, in the table's order (see
    /// [`ColumnHints::address_part`](crate::extract::hints::ColumnHints::address_part));
    /// empty for any other column.
    pub address_parts: Vec<AddressColumn>,
}

/// One column of an address split over columns, and the part it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct AddressColumn {
    /// The column (for JSON, the key path).
    pub column: String,
    /// The part of the address it holds.
    pub part: crate::detect::detector::AddressPart,
}

/// The findings of one category in one column.
#[derive(Clone, Debug, Default)]
pub struct ColumnCategory {
    /// Counts, distinct values, first row, samples.
    pub stats: Stats,
    /// Cells holding at least one finding of the category.
    pub cells: u64,
    /// The column is named for something other than personal data (`order_no`, `sku`):
    /// its findings of this category are chance matches, never the column's verdict.
    pub chance: bool,
}

/// The share of a column's non-empty cells that a category must exceed for the column to
/// be said to hold it: most values (comparable tools use 0.5 to 0.8).
pub const VERDICT_SHARE: f64 = 0.5;

impl ColumnTally {
    /// The category the column holds: the one matched in the most cells, if those are
    /// more than [`VERDICT_SHARE`] of the non-empty cells (chance matches aside, see
    /// [`ColumnCategory::chance`]).
    pub fn verdict(&self) -> Option<Category> {
        let (cat, c) =
            self.categories.iter().filter(|(_, c)| !c.chance).max_by_key(|(_, c)| c.cells)?;
        (self.non_empty > 0 && c.cells as f64 > VERDICT_SHARE * self.non_empty as f64)
            .then_some(*cat)
    }

    /// The share of non-empty cells holding `category`.
    pub fn share(&self, category: Category) -> f64 {
        match self.categories.get(&category) {
            Some(c) if self.non_empty > 0 => c.cells as f64 / self.non_empty as f64,
            _ => 0.0,
        }
    }
}

/// Why a file was not scanned (or not completely).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkipReason {
    /// It looks binary (a NUL in its first bytes).
    Binary,
    /// Its encoding could not be decoded (UTF-16 text above the decoding limit).
    Encoding,
    /// It is larger than `--max-filesize`.
    TooLarge,
    /// A FIFO, socket or device.
    SpecialFile,
    /// A symbolic link, not followed without `--follow`.
    Symlink,
    /// It could not be opened or read (permission denied, vanished, I/O error).
    Unreadable,
    /// The walk could not enter a directory or resolve an entry.
    WalkError,
    /// Its path is allowed by the configuration (`[allow] paths`).
    Allowed,
    /// Listed by `--files-from` but not there (a file deleted in the change).
    Missing,
    /// A compressed stream or archive entry expands more than `--max-ratio` times its
    /// stored size (a compression bomb): read up to there.
    Bomb,
    /// An archive nested deeper than `--max-archive-depth`: not opened.
    Depth,
    /// An encrypted archive entry: not read.
    Encrypted,
}

impl SkipReason {
    /// Whether this skip is an error (exit code 2) rather than a policy decision.
    pub fn is_error(self) -> bool {
        matches!(self, SkipReason::Unreadable | SkipReason::WalkError)
    }

    /// Whether the file's content went unscanned for a cause the user did not choose
    /// (it could not be read or decoded, or it passed a limit), so that a CI gate cannot
    /// vouch for it: `--fail-on` then fails closed unless `--allow-skips`. Binary files,
    /// allowed paths, FIFOs and devices, unfollowed links and files listed but deleted are
    /// skipped by policy and do not.
    pub fn hides_content(self) -> bool {
        match self {
            SkipReason::Unreadable
            | SkipReason::WalkError
            | SkipReason::TooLarge
            | SkipReason::Encoding
            | SkipReason::Bomb
            | SkipReason::Depth
            | SkipReason::Encrypted => true,
            SkipReason::Binary
            | SkipReason::SpecialFile
            | SkipReason::Symlink
            | SkipReason::Allowed
            | SkipReason::Missing => false,
        }
    }

    /// Every reason.
    pub const ALL: [SkipReason; 12] = [
        SkipReason::Binary,
        SkipReason::Encoding,
        SkipReason::TooLarge,
        SkipReason::SpecialFile,
        SkipReason::Symlink,
        SkipReason::Unreadable,
        SkipReason::WalkError,
        SkipReason::Allowed,
        SkipReason::Missing,
        SkipReason::Bomb,
        SkipReason::Depth,
        SkipReason::Encrypted,
    ];

    /// The reason named `name` ([`SkipReason::name`]).
    pub fn from_name(name: &str) -> Option<SkipReason> {
        SkipReason::ALL.into_iter().find(|r| r.name() == name)
    }

    /// The snake_case name used in outputs.
    pub fn name(self) -> &'static str {
        match self {
            SkipReason::Binary => "binary",
            SkipReason::Encoding => "encoding",
            SkipReason::TooLarge => "too_large",
            SkipReason::SpecialFile => "special_file",
            SkipReason::Symlink => "symlink",
            SkipReason::Unreadable => "unreadable",
            SkipReason::WalkError => "walk_error",
            SkipReason::Allowed => "allowed",
            SkipReason::Missing => "missing",
            SkipReason::Bomb => "bomb",
            SkipReason::Depth => "depth",
            SkipReason::Encrypted => "encrypted",
        }
    }
}

/// A file that was skipped, and why.
#[derive(Clone, Debug, Serialize)]
pub struct Skip {
    /// The file or directory.
    #[serde(serialize_with = "crate::report::serialize_path")]
    pub path: Arc<Path>,
    /// The kind of reason.
    pub reason: SkipReason,
    /// The details (the OS error message, the size limit).
    pub detail: String,
}

/// Everything one worker (or, after merging, the whole scan) found.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    /// Files scanned (completely or up to a read error).
    pub files_scanned: u64,
    /// Bytes scanned.
    pub bytes_scanned: u64,
    /// Files with at least one finding.
    pub files: Vec<FileTally>,
    /// Files skipped.
    pub skips: Vec<Skip>,
    /// The findings, when the output needs them all at the end (`--format json`).
    pub findings: Vec<Finding>,
    /// Findings suppressed inline or by an allowed value (listed, masked): the first by
    /// path and offset, at most as many as findings are kept.
    pub suppressed: Vec<Suppressed>,
    /// Findings suppressed inline or by an allowed value, whether listed or not.
    pub suppressed_total: u64,
    /// Findings accepted by the baseline (counted only).
    pub baselined: u64,
    /// Well-known test values left out by policy (counted only).
    pub test_values_ignored: u64,
    /// Reported findings at or above the failure level.
    pub failing: u64,
    /// Reported findings, whether kept in `findings` or not.
    pub findings_total: u64,
    /// Files on disk whose part of the tally came from the cache (`--cache`), not from
    /// reading them.
    pub files_cached: u64,
    /// The containers (archives, documents, mail) that hold findings, skips or warnings,
    /// each with what everything under it added up to.
    pub containers: Vec<ContainerTally>,
    /// Containers opened and finished, listed or not (for [`Tally::close_container`]).
    pub containers_closed: u64,
    /// Where the last finding kept by a [`Tally::cap_findings`] that kept `cap` of them
    /// sorts: a finding sorting after it has `cap` findings before it, and is never among
    /// the first `cap` ([`Tally::add_findings`] drops it at once).
    pub(crate) findings_bound: Option<(Arc<Path>, (bool, u64))>,
}

/// What everything under one container (an archive, a document, a mail message or
/// mailbox) added up to, nested containers' entries included: `backup.zip` counts what
/// `backup.zip!/2024.tar.gz!/staff.csv` holds.
#[derive(Clone, Debug, PartialEq)]
pub struct ContainerTally {
    /// The container, as printed (values in its name masked).
    pub path: Arc<Path>,
    /// What it is (`zip`, `tar`, `docx`, `eml`...).
    pub format: crate::extract::Kind,
    /// Entries scanned at any depth (nested containers themselves not counted).
    pub entries: u64,
    /// Of those, entries with findings.
    pub entries_with_findings: u64,
    /// Containers opened inside it, at any depth.
    pub containers: u64,
    /// Bytes scanned in its entries (decompressed).
    pub bytes: u64,
    /// Skips recorded in it, by reason: entries not read or read in part, and the
    /// container itself when it ended early (more entries than `--max-entries`).
    pub skipped: BTreeMap<SkipReason, u64>,
    /// Warnings recorded on its entries and on itself.
    pub warnings: u64,
    /// Findings per category (values in entry names included).
    pub categories: BTreeMap<Category, CategoryCount>,
}

/// Where a tally stood when a container was opened ([`Tally::mark`]), so that what its
/// entries add can be summed when it closes ([`Tally::close_container`]).
#[derive(Clone, Copy, Debug)]
pub struct Mark {
    files_scanned: u64,
    bytes_scanned: u64,
    files: usize,
    skips: usize,
    containers_closed: u64,
}

impl Tally {
    /// Adds everything in `other`.
    pub fn merge(&mut self, other: Tally) {
        self.files_scanned += other.files_scanned;
        self.bytes_scanned += other.bytes_scanned;
        self.files.extend(other.files);
        self.skips.extend(other.skips);
        self.findings.extend(other.findings);
        self.suppressed.extend(other.suppressed);
        self.suppressed_total += other.suppressed_total;
        self.baselined += other.baselined;
        self.test_values_ignored += other.test_values_ignored;
        self.failing += other.failing;
        self.findings_total += other.findings_total;
        self.files_cached += other.files_cached;
        self.containers.extend(other.containers);
        self.containers_closed += other.containers_closed;
        // Either bound has `cap` findings before it in the union: the lower one holds.
        if let Some((path, place)) = other.findings_bound {
            let lower = match &self.findings_bound {
                Some((p, pl)) => (&**p, *pl) > (&*path, place),
                None => true,
            };
            if lower {
                self.findings_bound = Some((path, place));
            }
        }
    }

    /// Where the tally stands, before a container's entries are scanned.
    pub fn mark(&self) -> Mark {
        Mark {
            files_scanned: self.files_scanned,
            bytes_scanned: self.bytes_scanned,
            files: self.files.len(),
            skips: self.skips.len(),
            containers_closed: self.containers_closed,
        }
    }

    /// Records the container at `path`, opened at `mark` and finished (itself counted
    /// as scanned), with everything added since: listed when it holds findings, skips or
    /// warnings, as files are.
    pub fn close_container(&mut self, mark: Mark, path: Arc<Path>, format: crate::extract::Kind) {
        let nested = self.containers_closed - mark.containers_closed;
        self.containers_closed += 1;
        let mut row = ContainerTally {
            entries: (self.files_scanned - mark.files_scanned).saturating_sub(1 + nested),
            containers: nested,
            bytes: self.bytes_scanned - mark.bytes_scanned,
            path,
            format,
            entries_with_findings: 0,
            skipped: BTreeMap::new(),
            warnings: 0,
            categories: BTreeMap::new(),
        };
        for f in &self.files[mark.files..] {
            row.warnings += f.warnings.len() as u64;
            if f.path != row.path
                && !f.categories.is_empty()
                && !f.format.is_some_and(crate::extract::Kind::is_container)
            {
                row.entries_with_findings += 1;
            }
            for (&cat, c) in &f.categories {
                row.categories.entry(cat).or_default().add(c);
            }
        }
        for s in &self.skips[mark.skips..] {
            *row.skipped.entry(s.reason).or_default() += 1;
        }
        if !row.categories.is_empty() || !row.skipped.is_empty() || row.warnings > 0 {
            self.containers.push(row);
        }
    }

    /// Sorts the findings by path and offset.
    pub fn sort_findings(&mut self) {
        self.findings.sort_by(Finding::order);
    }

    /// Keeps the first `cap` findings by path and offset.
    pub fn cap_findings(&mut self, cap: usize) {
        self.sort_findings();
        self.findings.truncate(cap);
        if let (Some(last), true) = (self.findings.last(), self.findings.len() == cap) {
            self.findings_bound = Some((last.path.clone(), last.place()));
        }
    }

    /// Adds a batch of findings (leaving it empty), keeping with a `cap` about `cap` of
    /// them: the first by path and offset, exactly `cap` after [`Tally::cap_findings`].
    /// What sorts after the findings already kept is dropped before it is stored.
    pub fn add_findings(&mut self, batch: &mut Vec<Finding>, cap: Option<usize>) {
        if let Some((path, place)) = &self.findings_bound {
            // A batch's findings share their file's path: compared with the bound's once
            // per path, not per finding.
            let mut last: Option<(Arc<Path>, std::cmp::Ordering)> = None;
            // The bound's own finding is among the first `cap`: kept if it comes again
            // (a file's tally, bound included, added to a thread's).
            batch.retain(|f| {
                let paths = match &last {
                    Some((p, by_path)) if Arc::ptr_eq(p, &f.path) => *by_path,
                    _ => {
                        let by_path = f.path_order(path);
                        last = Some((Arc::clone(&f.path), by_path));
                        by_path
                    }
                };
                !paths.then(f.place().cmp(place)).is_gt()
            });
        }
        self.findings.append(batch);
        if let Some(cap) = cap {
            if self.findings.len() > 2 * cap {
                self.cap_findings(cap);
            }
        }
    }

    /// Lists a suppressed finding, keeping at most about `cap` (the first by path and
    /// offset, exactly `cap` after [`Tally::cap_suppressed`]); the count stays exact.
    pub fn add_suppressed(&mut self, s: Suppressed, cap: usize) {
        self.suppressed_total += 1;
        self.suppressed.push(s);
        if self.suppressed.len() > 2 * cap.max(1) {
            self.cap_suppressed(cap);
        }
    }

    /// Drops the findings listed (they stay counted), and with them where the kept ones
    /// end.
    pub fn forget_findings(&mut self) {
        self.findings = Vec::new();
        self.findings_bound = None;
    }

    /// Adds one file's tally, its findings kept as [`Tally::add_findings`] keeps them.
    pub fn add_file(&mut self, mut file: Tally, cap: Option<usize>) {
        let mut findings = std::mem::take(&mut file.findings);
        self.add_findings(&mut findings, cap);
        self.merge(file);
    }

    /// Keeps the first `cap` suppressed findings by path and offset.
    pub fn cap_suppressed(&mut self, cap: usize) {
        self.sort_suppressed();
        self.suppressed.truncate(cap);
    }

    fn sort_suppressed(&mut self) {
        self.suppressed.sort_by(|a, b| a.finding.order(&b.finding));
    }

    /// Sorts files, skips and findings by path and position, so that every output is
    /// deterministic.
    pub fn sort(&mut self) {
        self.files.sort_by(|a, b| a.path.cmp(&b.path));
        self.containers.sort_by(|a, b| a.path.cmp(&b.path));
        self.skips.sort_by(|a, b| a.path.cmp(&b.path).then(a.reason.cmp(&b.reason)));
        self.findings.sort_by(Finding::order);
        self.sort_suppressed();
    }

    /// Whether any skip was an error.
    pub fn has_errors(&self) -> bool {
        self.skips.iter().any(|s| s.reason.is_error())
    }

    /// Records a skip.
    pub fn skip(&mut self, path: &Path, reason: SkipReason, detail: impl Into<String>) {
        self.skips.push(Skip { path: Arc::from(path), reason, detail: detail.into() });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_adds_and_sort_orders() {
        let mut a = Tally { files_scanned: 1, bytes_scanned: 10, ..Tally::default() };
        a.skip(Path::new("z"), SkipReason::Binary, "");
        let mut b = Tally { files_scanned: 2, bytes_scanned: 5, ..Tally::default() };
        b.skip(Path::new("a"), SkipReason::Unreadable, "denied");
        a.merge(b);
        a.sort();
        assert_eq!((a.files_scanned, a.bytes_scanned), (3, 15));
        assert_eq!(&*a.skips[0].path, Path::new("a"));
        assert!(a.has_errors());
    }

    fn finding(path: &Arc<Path>, start: u64, in_path: bool) -> Finding {
        Finding { line: if in_path { 0 } else { 1 }, ..Finding::example(path, start) }
    }

    proptest::proptest! {
        /// Batches of findings added to the tallies of threads, some through a file's own
        /// tally (as a scan through the cache tallies a file apart, capped as it goes),
        /// with threads' tallies merged between batches: exactly the first `cap` of all
        /// of them are kept, whatever the order.
        #[test]
        fn added_batches_keep_the_first_cap_of_all(
            batches in proptest::collection::vec(
                (
                    0..4usize,
                    0..2usize,
                    proptest::collection::vec((0..40u64, proptest::bool::weighted(0.1)), 0..16),
                0..5u8,
                ),
                0..24,
            ),
            cap in 1..9usize,
        ) {
            let paths: Vec<Arc<Path>> =
                ["a/b", "a-b", "a/b/c", "z"].iter().map(|p| Arc::from(Path::new(p))).collect();
            let mut threads = [Tally::default(), Tally::default()];
            let mut all = Vec::new();
            for (i, (path, thread, places, how)) in batches.iter().enumerate() {
                // Offsets of a batch of its own: a finding is never found twice.
                // The last kind of batch holds findings of two paths (a container's
                // entries), alternating.
                let path_of = |k: usize| match how {
                    3 => &paths[(path + k % 2) % paths.len()],
                    _ => &paths[*path],
                };
                let mut batch: Vec<Finding> = places
                    .iter()
                    .enumerate()
                    .map(|(k, &(start, in_path))| {
                        finding(path_of(k), 100 * i as u64 + start, in_path)
                    })
                    .collect();
                batch.sort_by_key(Finding::place);
                batch.dedup_by_key(|f| f.place());
                all.extend(batch.iter().cloned());
                match how {
                    // A file tallied apart, in two batches, then added whole.
                    0 => {
                        let mut file = Tally::default();
                        let mut second = batch.split_off(batch.len() / 2);
                        file.add_findings(&mut batch, Some(cap));
                        file.add_findings(&mut second, Some(cap));
                        threads[*thread].add_file(file, Some(cap));
                    }
                    // The second thread's tally merged into the first's so far.
                    1 => {
                        threads[*thread].add_findings(&mut batch, Some(cap));
                        let second = std::mem::take(&mut threads[1]);
                        threads[0].merge(second);
                    }
                    _ => threads[*thread].add_findings(&mut batch, Some(cap)),
                }
                proptest::prop_assert!(batch.is_empty());
            }
            let [mut a, b] = threads;
            a.merge(b);
            a.cap_findings(cap);
            all.sort_by(Finding::order);
            all.truncate(cap);
            let key = |f: &Finding| (f.path.clone(), f.place());
            proptest::prop_assert_eq!(
                a.findings.iter().map(key).collect::<Vec<_>>(),
                all.iter().map(key).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn counts() {
        let mut c = CategoryCount::default();
        c.bump(Confidence::High);
        c.bump(Confidence::Low);
        let mut d = CategoryCount::default();
        d.add(&c);
        d.add(&c);
        assert_eq!((d.high, d.medium, d.low, d.total()), (2, 0, 2, 4));
    }
}
