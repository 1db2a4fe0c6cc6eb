//! The inventory document: what a scan found, per location, with its summaries and the
//! scan's metadata. Built once from a finished scan, written as `--format json`, read
//! back by `piiscan report` and `piiscan diff`, and rendered by every report format, so
//! that a saved inventory re-renders exactly as the scan that made it.
//!
//! A location is a file's category outside any column, or a table's column's category.
//! The layout is versioned ([`SCHEMA_VERSION`]) and documented by
//! `docs/inventory.schema.json`, which the tests validate real output against.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::detect::{Category, Confidence, Sensitivity};
use crate::extract::{Kind, Warning};
use crate::inventory::advice::{advise, Advice, Place};
use crate::inventory::distinct::Distinct;
use crate::inventory::{CategoryCount, Inventory, Stats};

/// The version of the document's layout; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 2;

/// A path as the document writes it: text when it is valid UTF-8, else its bytes in
/// base64 (`{"bytes": "..."}`, ripgrep's convention), so that no path is changed.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum DocPath {
    /// A UTF-8 path.
    Text(String),
    /// Any other path, base64.
    Bytes {
        /// The path's bytes, base64 (standard alphabet, padded).
        bytes: String,
    },
}

impl DocPath {
    /// The document form of `path`.
    pub fn new(path: &Path) -> DocPath {
        let bytes = crate::source::path_bytes(path);
        match std::str::from_utf8(&bytes) {
            Ok(text) => DocPath::Text(text.to_string()),
            Err(_) => {
                use base64::Engine as _;
                DocPath::Bytes { bytes: base64::engine::general_purpose::STANDARD.encode(&bytes) }
            }
        }
    }

    /// The path's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        match self {
            DocPath::Text(t) => t.as_bytes().to_vec(),
            DocPath::Bytes { bytes } => {
                use base64::Engine as _;
                base64::engine::general_purpose::STANDARD.decode(bytes).unwrap_or_default()
            }
        }
    }

    /// The path for people: control characters and invalid bytes escaped (`\xFF`).
    pub fn display(&self) -> String {
        crate::source::display_bytes(&self.to_bytes())
    }
}

/// Findings by confidence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mix {
    /// High confidence.
    pub high: u64,
    /// Medium confidence.
    pub medium: u64,
    /// Low confidence.
    pub low: u64,
}

impl From<&CategoryCount> for Mix {
    fn from(c: &CategoryCount) -> Mix {
        Mix { high: c.high, medium: c.medium, low: c.low }
    }
}

/// The whole document (without the findings list, which `--format json` writes after
/// it and readers skip).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Document {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The scan's metadata.
    pub scan: ScanInfo,
    /// Totals over the whole scan.
    pub totals: Totals,
    /// Per category, in catalogue order.
    pub categories: Vec<CategoryRow>,
    /// Per sensitivity class, most sensitive first.
    pub sensitivity: Vec<ClassRow>,
    /// Per top-level folder (the first folder under each root; files directly under a
    /// root count for the root).
    pub folders: Vec<FolderRow>,
    /// Every location, by path, table, column, category.
    pub locations: Vec<Location>,
    /// The text of each recommendation used by a location.
    pub recommendations: Vec<AdviceRow>,
    /// Every file with findings or warnings, by path.
    pub files: Vec<FileRow>,
    /// Every container (archive, document, mail message or mailbox) holding findings,
    /// skips or warnings, by path, with what everything under it adds up to. Absent in
    /// documents written before it was recorded.
    #[serde(default)]
    pub containers: Vec<ContainerRow>,
    /// For `piiscan db`: the database and every table read, with its estimated and
    /// sampled rows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database: Option<crate::db::DatabaseInfo>,
}

/// The scan's metadata.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ScanInfo {
    /// `piiscan`.
    pub tool: String,
    /// piiscan's version.
    pub version: String,
    /// Start (RFC 3339).
    pub started: String,
    /// End (RFC 3339).
    pub finished: String,
    /// Wall time.
    pub duration_ms: u64,
    /// `false` when a signal stopped the scan: everything in the document is true of the
    /// files scanned before it, and the others were never looked at. Documents written
    /// before this field existed were complete.
    #[serde(default = "complete_default")]
    pub complete: bool,
    /// The roots as given.
    pub roots: Vec<DocPath>,
    /// The lowest confidence reported.
    pub min_confidence: Confidence,
    /// The ids of the detectors used.
    pub detectors: Vec<String>,
    /// SHA-256 over the pattern files and the ids used (`sha256:<hex>`).
    pub detectors_digest: String,
    /// Samples kept per location (`--samples`).
    pub samples: usize,
    /// `masked`, or `raw` when the scan ran with `--show-values`: the document then holds
    /// personal data.
    pub values: crate::mask::ValuePolicy,
    /// Files scanned.
    pub files_scanned: u64,
    /// Bytes scanned (decompressed).
    pub bytes_scanned: u64,
    /// Files skipped.
    pub files_skipped: u64,
    /// Skipped files by reason.
    pub skipped_by_reason: BTreeMap<String, u64>,
    /// Every skipped file.
    pub skipped: Vec<SkipRow>,
    /// Input problems recorded (see each file's `warnings`).
    pub warnings: u64,
    /// The configuration file used.
    pub config: Option<DocPath>,
    /// The baseline used.
    pub baseline: Option<DocPath>,
    /// `--fail-on`.
    pub fail_on: Option<Confidence>,
    /// Findings at or above `fail_on` (not baselined, not test values).
    pub failing: u64,
    /// Findings reported.
    pub findings_total: u64,
    /// The findings list holds fewer than `findings_total`.
    pub findings_truncated: bool,
    /// Findings accepted by the baseline.
    pub baselined: u64,
    /// Findings suppressed inline or by an allowed value.
    pub suppressed: u64,
    /// Test values left out by policy.
    pub test_values_ignored: u64,
    /// With `--cache`: files whose part of the inventory came from the cache, unread.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files_cached: Option<u64>,
    /// The shard this scan covered (`--shard K/N`): only the files of that shard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<crate::shard::Shard>,
    /// The name of the `PIISCAN_DISTINCT_KEY` the locations' sketches were made under
    /// ([`ValueKey::secret_id`]); absent when the scan had no such key and wrote no
    /// sketches.
    ///
    /// [`ValueKey::secret_id`]: crate::extract::join::ValueKey::secret_id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distinct_key: Option<String>,
    /// For a document made by `piiscan merge`: what it was made of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged: Option<crate::inventory::merge::Merged>,
}

fn complete_default() -> bool {
    true
}

/// A skipped file.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SkipRow {
    /// The file.
    pub path: DocPath,
    /// Why (`binary`, `too_large`, `unreadable`...).
    pub reason: String,
    /// Details (the OS error, the limit).
    pub detail: String,
}

/// Totals over the whole scan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    /// Findings reported (the sum over locations).
    pub findings: u64,
    /// Locations.
    pub locations: u64,
    /// Files with findings.
    pub files: u64,
    /// Findings in sensitive locations.
    pub sensitive_findings: u64,
    /// `sensitive_findings / findings` (0 when nothing was found), three decimals.
    pub sensitive_share: f64,
    /// Findings showing a minor under 14.
    pub minors: u64,
    /// Findings that are well-known test values.
    pub test_values: u64,
}

/// One category over the whole scan.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CategoryRow {
    /// The category.
    pub category: Category,
    /// Its class.
    pub sensitivity: Sensitivity,
    /// Findings.
    pub findings: u64,
    /// Files holding it.
    pub files: u64,
    /// Locations holding it.
    pub locations: u64,
    /// Distinct values over the whole scan; `null` in a merged document whose parts
    /// could not be combined (made without `PIISCAN_DISTINCT_KEY`, or under other keys).
    pub distinct: Option<u64>,
    /// `distinct` is exact (else a HyperLogLog estimate, about 1 % off).
    pub distinct_exact: bool,
    /// By confidence.
    pub confidence: Mix,
    /// Well-known test values.
    pub test_values: u64,
    /// Minors under 14.
    pub minors: u64,
    /// The legal or standard basis of the class (`patterns/sensitivity.toml`); empty in
    /// documents written before it was recorded.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub basis: String,
}

/// The totals of a group of locations (a sensitivity class, a folder).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Group {
    /// Findings.
    pub findings: u64,
    /// Of which in sensitive locations.
    pub sensitive_findings: u64,
    /// Of which showing a minor under 14.
    pub minors: u64,
    /// Files holding the locations.
    pub files: u64,
    /// Locations.
    pub locations: u64,
    /// The categories found.
    pub categories: Vec<Category>,
}

impl Group {
    fn add(&mut self, l: &Location) {
        self.findings += l.findings;
        self.minors += l.minors;
        self.locations += 1;
        if l.sensitivity == Sensitivity::Sensitive {
            self.sensitive_findings += l.findings;
        }
        if !self.categories.contains(&l.category) {
            self.categories.push(l.category);
        }
    }

    /// Finishes the group: `paths` are its locations' files.
    fn close(mut self, mut paths: Vec<&DocPath>) -> Group {
        paths.sort();
        paths.dedup();
        self.files = paths.len() as u64;
        self.categories.sort();
        self
    }
}

/// One sensitivity class over the whole scan.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ClassRow {
    /// The class.
    pub class: Sensitivity,
    /// Its totals.
    #[serde(flatten)]
    pub totals: Group,
}

/// One top-level folder.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FolderRow {
    /// The folder.
    pub folder: DocPath,
    /// Its totals.
    #[serde(flatten)]
    pub totals: Group,
}

/// One location: a file's category (outside any column), or a column's category.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// The file.
    pub path: DocPath,
    /// The table (for CSV and JSON, the file's name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
    /// The column (for JSON, the key path).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// The category.
    pub category: Category,
    /// The class: the category's, or `sensitive` when minors show.
    pub sensitivity: Sensitivity,
    /// Findings.
    pub findings: u64,
    /// Distinct values; `null` in a merged document when parts holding this location
    /// could not be combined.
    pub distinct: Option<u64>,
    /// `distinct` is exact (else a HyperLogLog estimate).
    pub distinct_exact: bool,
    /// The distinct values as a sketch under `PIISCAN_DISTINCT_KEY`, for `piiscan
    /// merge`; only in documents made with that key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sketch: Option<crate::inventory::distinct::Sketch>,
    /// By confidence.
    pub confidence: Mix,
    /// Well-known test values.
    pub test_values: u64,
    /// Minors under 14.
    pub minors: u64,
    /// The line of the first finding.
    pub first_line: u64,
    /// For a column: the row of the first finding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_row: Option<u64>,
    /// For a column: cells holding the category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cells: Option<u64>,
    /// For a column: `cells` over its non-empty cells, three decimals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<f64>,
    /// For a column: most of its non-empty cells hold this category (the verdict).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holds: Option<bool>,
    /// For the `address` location of the street column of an address split over columns
    /// of its table (`detail_address` beside `province`, `city`, `region`, `post_code`):
    /// every column of that address, this one included, with the part it holds. The
    /// address is this one location; its area columns are no locations of their own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub address_parts: Vec<crate::inventory::AddressColumn>,
    /// Up to `scan.samples` different masked values.
    pub samples: Vec<String>,
    /// What to do, by rule (`recommendations` has the texts).
    pub recommendations: Vec<Advice>,
}

impl Location {
    /// `table.column`, or empty for a file-level location.
    pub fn column_name(&self) -> String {
        match (&self.table, &self.column) {
            (Some(t), Some(c)) => format!("{t}.{c}"),
            _ => String::new(),
        }
    }

    /// The columns of the split address whose street column this location is, for
    /// people: `province, city, region, detail_address (street), post_code
    /// (postal_code)`, a column not named as its part followed by the part. `None` for
    /// any other location.
    pub fn address_columns(&self) -> Option<String> {
        if self.address_parts.is_empty() {
            return None;
        }
        let named = |c: &crate::inventory::AddressColumn| {
            let leaf = c.column.rsplit(['.', ']']).next().unwrap_or(&c.column);
            if leaf.eq_ignore_ascii_case(c.part.name()) {
                c.column.clone()
            } else {
                format!("{} ({})", c.column, c.part.name())
            }
        };
        Some(self.address_parts.iter().map(named).collect::<Vec<_>>().join(", "))
    }

    /// The key that identifies the location across scans.
    pub fn key(&self) -> (DocPath, Option<String>, Option<String>, Category) {
        (self.path.clone(), self.table.clone(), self.column.clone(), self.category)
    }
}

/// A recommendation's text.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AdviceRow {
    /// Its id.
    pub id: Advice,
    /// What to do.
    pub text: String,
}

/// One file.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FileRow {
    /// The file.
    pub path: DocPath,
    /// Bytes scanned (decompressed).
    pub bytes: u64,
    /// The format it was read as: a structured one, or the archive it is (`zip`, `tar`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<Kind>,
    /// The encoding its text was decoded from, when not UTF-8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// Findings.
    pub findings: u64,
    /// Per category (columns included).
    pub categories: Vec<FileCategory>,
    /// For structured files: the columns with findings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<ColumnRow>,
    /// Input problems, recorded and skipped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

/// One container and what everything under it holds: its entries at every depth (an
/// archive's files, a document's text and tables, a message's bodies and attachments),
/// nested containers' entries included.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ContainerRow {
    /// The container.
    pub path: DocPath,
    /// What it is (`zip`, `tar`, `7z`, `docx`, `pdf`, `eml`, `mbox`...).
    pub format: Kind,
    /// The container holding it, for a nested one (`a.zip` for `a.zip!/b.tar`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<DocPath>,
    /// Entries scanned, at every depth (nested containers themselves not counted).
    pub entries_scanned: u64,
    /// Of those, entries with findings.
    pub entries_with_findings: u64,
    /// Skips recorded in it (entries not read or read in part, and the container
    /// itself when it ended early).
    pub entries_skipped: u64,
    /// `entries_skipped` by reason.
    pub skipped_by_reason: BTreeMap<String, u64>,
    /// Containers opened inside it, at every depth.
    pub containers: u64,
    /// Bytes scanned in its entries (decompressed).
    pub bytes: u64,
    /// Warnings recorded on it and its entries.
    pub warnings: u64,
    /// Findings.
    pub findings: u64,
    /// Per category.
    pub categories: Vec<FileCategory>,
}

/// A file's category.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FileCategory {
    /// The category.
    pub category: Category,
    /// Findings.
    pub findings: u64,
    /// By confidence.
    pub confidence: Mix,
    /// Well-known test values.
    pub test_values: u64,
    /// Minors.
    pub minors: u64,
}

/// A column with findings.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ColumnRow {
    /// The table.
    pub table: String,
    /// The column.
    pub column: String,
    /// Rows (cells) seen.
    pub rows: u64,
    /// Cells holding a value.
    pub non_empty: u64,
    /// The category most of its non-empty cells hold, if any.
    pub verdict: Option<Category>,
}

/// A document that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Not JSON, or not an inventory: where, never what (the text may hold values).
    #[error("not a piiscan inventory ({what} at line {line}, column {column})")]
    Json {
        /// The kind of problem (syntax, data, end of input).
        what: &'static str,
        /// Where.
        line: usize,
        /// Where.
        column: usize,
    },
    /// Another layout version.
    #[error("inventory schema version {0}; this piiscan reads version {SCHEMA_VERSION} (re-run the scan to update it)")]
    Version(u64),
}

impl From<serde_json::Error> for ReadError {
    fn from(e: serde_json::Error) -> ReadError {
        let what = match e.classify() {
            serde_json::error::Category::Io => "read error",
            serde_json::error::Category::Syntax => "not JSON",
            serde_json::error::Category::Data => "unexpected content",
            serde_json::error::Category::Eof => "cut short",
        };
        ReadError::Json { what, line: e.line(), column: e.column() }
    }
}

impl Document {
    /// Reads a document written by `--format json` (its findings are skipped).
    pub fn read(json: &[u8]) -> Result<Document, ReadError> {
        #[derive(Deserialize)]
        struct Head {
            schema_version: u64,
        }
        // The version first, so that an old document gets a clear message.
        let head: Head = serde_json::from_slice(json)?;
        if head.schema_version != u64::from(SCHEMA_VERSION) {
            return Err(ReadError::Version(head.schema_version));
        }
        Ok(serde_json::from_slice(json)?)
    }

    /// The document of a finished scan.
    pub fn new(inv: &Inventory) -> Document {
        let t = &inv.tally;
        let meta = &inv.meta;
        let class_of = |cat: Category, minors: u64| {
            if minors > 0 {
                Sensitivity::Sensitive
            } else {
                meta.sensitivity.get(&cat).copied().unwrap_or(Sensitivity::Personal)
            }
        };
        let roots: Vec<&Path> = meta.roots.iter().map(|r| r.as_path()).collect();
        let mut locations = Vec::new();
        let mut sketches: BTreeMap<Category, Distinct> = BTreeMap::new();
        let mut files = Vec::new();
        for f in &t.files {
            let path = DocPath::new(&f.path);
            let mut here: Vec<(Location, &Stats)> = Vec::new();
            let mut push = |table: Option<&str>, column: Option<&str>, cat: Category, s, col| {
                let mut loc = location(&path, table, column, cat, s, col);
                if let (Some(t), Some(c), Category::Address) = (table, column, cat) {
                    if let Some(parts) =
                        f.columns.iter().find(|k| *k.table == *t && *k.column == *c)
                    {
                        loc.address_parts = parts.address_parts.clone();
                    }
                }
                loc.sensitivity = class_of(cat, loc.minors);
                if meta.distinct_key.is_some() {
                    loc.sketch = Some(s.distinct.to_sketch());
                }
                here.push((loc, s));
            };
            for (&cat, s) in &f.text {
                push(None, None, cat, s, None);
            }
            for c in &f.columns {
                for (&cat, cc) in &c.categories {
                    let share = (c.share(cat) * 1000.0).round() / 1000.0;
                    let col = Some((cc.cells, share, c.verdict() == Some(cat)));
                    push(Some(&c.table), Some(&c.column), cat, &cc.stats, col);
                }
            }
            for (loc, stats) in &mut here {
                loc.recommendations = advise(&Place {
                    path: split_root(&f.path, &roots).1,
                    format: f.format,
                    column: loc.table.is_some(),
                    class: loc.sensitivity,
                    findings: loc.findings,
                    test_values: loc.test_values,
                    minors: loc.minors,
                });
                sketches.entry(loc.category).or_default().merge(&stats.distinct);
            }
            locations.extend(here.into_iter().map(|(l, _)| l));
            files.push(FileRow {
                path,
                bytes: f.bytes,
                format: f.format,
                encoding: f.encoding.map(str::to_string),
                findings: f.categories.values().map(CategoryCount::total).sum(),
                categories: f.categories.iter().map(file_category).collect(),
                columns: f
                    .columns
                    .iter()
                    .map(|c| ColumnRow {
                        table: c.table.to_string(),
                        column: c.column.to_string(),
                        rows: c.rows,
                        non_empty: c.non_empty,
                        verdict: c.verdict(),
                    })
                    .collect(),
                warnings: f.warnings.clone(),
            });
        }
        locations.sort_by(|a, b| {
            (&a.path, &a.table, &a.column, a.category)
                .cmp(&(&b.path, &b.table, &b.column, b.category))
        });
        let mut skipped_by_reason = BTreeMap::new();
        for s in &t.skips {
            *skipped_by_reason.entry(s.reason.name().to_string()).or_default() += 1;
        }
        let scan = ScanInfo {
            tool: "piiscan".into(),
            version: meta.version.into(),
            started: meta.started.clone(),
            finished: meta.finished.clone(),
            duration_ms: meta.duration_ms,
            complete: meta.complete,
            roots: meta.roots.iter().map(|r| DocPath::new(r)).collect(),
            min_confidence: meta.min_confidence,
            detectors: meta.detectors.clone(),
            detectors_digest: meta.detectors_digest.clone(),
            samples: meta.samples,
            values: meta.values,
            files_scanned: t.files_scanned,
            bytes_scanned: t.bytes_scanned,
            files_skipped: t.skips.len() as u64,
            skipped_by_reason,
            skipped: t
                .skips
                .iter()
                .map(|s| SkipRow {
                    path: DocPath::new(&s.path),
                    reason: s.reason.name().into(),
                    detail: s.detail.clone(),
                })
                .collect(),
            warnings: t.files.iter().map(|f| f.warnings.len() as u64).sum(),
            config: meta.config_file.as_deref().map(DocPath::new),
            baseline: meta.baseline_file.as_deref().map(DocPath::new),
            fail_on: meta.fail_on,
            failing: t.failing,
            findings_total: t.findings_total,
            findings_truncated: (t.findings.len() as u64) < t.findings_total,
            baselined: t.baselined,
            suppressed: t.suppressed_total,
            test_values_ignored: t.test_values_ignored,
            files_cached: meta.cache_used.then_some(t.files_cached),
            shard: meta.shard,
            distinct_key: meta.distinct_key.clone(),
            merged: None,
        };
        let mut doc = Document::assemble(scan, locations, files, &sketches, &roots, |cat| {
            meta.sensitivity.get(&cat).copied().unwrap_or(Sensitivity::Personal)
        });
        for c in &mut doc.categories {
            c.basis = meta.basis.get(&c.category).cloned().unwrap_or_default();
        }
        doc.database = inv.database.clone();
        doc.containers = container_rows(&t.containers);
        doc
    }

    /// The summaries of `locations`; `sketches` holds each category's distinct values
    /// (a category missing from it has an unknown distinct count).
    pub(crate) fn assemble(
        scan: ScanInfo,
        locations: Vec<Location>,
        files: Vec<FileRow>,
        sketches: &BTreeMap<Category, Distinct>,
        roots: &[&Path],
        class: impl Fn(Category) -> Sensitivity,
    ) -> Document {
        let mut totals = Totals::default();
        let mut cats: BTreeMap<Category, CategoryRow> = BTreeMap::new();
        let mut classes: BTreeMap<Sensitivity, (Group, Vec<&DocPath>)> = BTreeMap::new();
        let mut folders: BTreeMap<DocPath, (Group, Vec<&DocPath>)> = BTreeMap::new();
        let mut cat_files: BTreeMap<Category, Vec<&DocPath>> = BTreeMap::new();
        let mut used: Vec<Advice> = Vec::new();
        for l in &locations {
            totals.findings += l.findings;
            totals.locations += 1;
            totals.minors += l.minors;
            totals.test_values += l.test_values;
            if l.sensitivity == Sensitivity::Sensitive {
                totals.sensitive_findings += l.findings;
            }
            let c = cats.entry(l.category).or_insert_with(|| CategoryRow {
                category: l.category,
                sensitivity: class(l.category),
                findings: 0,
                files: 0,
                locations: 0,
                distinct: None,
                distinct_exact: false,
                confidence: Mix::default(),
                test_values: 0,
                minors: 0,
                basis: String::new(),
            });
            c.findings += l.findings;
            c.locations += 1;
            c.confidence.high += l.confidence.high;
            c.confidence.medium += l.confidence.medium;
            c.confidence.low += l.confidence.low;
            c.test_values += l.test_values;
            c.minors += l.minors;
            cat_files.entry(l.category).or_default().push(&l.path);
            let (group, paths) = classes.entry(l.sensitivity).or_default();
            group.add(l);
            paths.push(&l.path);
            let (group, paths) = folders.entry(top_folder(&l.path, roots)).or_default();
            group.add(l);
            paths.push(&l.path);
            for &a in &l.recommendations {
                if !used.contains(&a) {
                    used.push(a);
                }
            }
        }
        for (cat, paths) in cat_files {
            let row = cats.get_mut(&cat).expect("category seen");
            row.files = Group::default().close(paths).files;
            if let Some(d) = sketches.get(&cat) {
                row.distinct = Some(d.count());
                row.distinct_exact = d.is_exact();
            }
        }
        totals.files = files.iter().filter(|f| f.findings > 0).count() as u64;
        totals.sensitive_share = if totals.findings == 0 {
            0.0
        } else {
            (totals.sensitive_findings as f64 / totals.findings as f64 * 1000.0).round() / 1000.0
        };
        let sensitivity = classes
            .into_iter()
            .map(|(class, (g, paths))| ClassRow { class, totals: g.close(paths) })
            .collect();
        let folders = folders
            .into_iter()
            .map(|(folder, (g, paths))| FolderRow { folder, totals: g.close(paths) })
            .collect();
        used.sort();
        Document {
            schema_version: SCHEMA_VERSION,
            scan,
            totals,
            categories: cats.into_values().collect(),
            sensitivity,
            folders,
            locations,
            recommendations: used
                .into_iter()
                .map(|id| AdviceRow { id, text: id.text().to_string() })
                .collect(),
            files,
            containers: Vec::new(),
            database: None,
        }
    }

    /// The text of a recommendation: the document's, else this version's.
    pub fn advice_text(&self, id: Advice) -> &str {
        self.recommendations.iter().find(|r| r.id == id).map_or(id.text(), |r| r.text.as_str())
    }
}

fn file_category((&category, c): (&Category, &CategoryCount)) -> FileCategory {
    FileCategory {
        category,
        findings: c.total(),
        confidence: c.into(),
        test_values: c.test_values,
        minors: c.minors,
    }
}

/// The rows of a scan's containers (sorted by path), each with its parent.
fn container_rows(containers: &[crate::inventory::ContainerTally]) -> Vec<ContainerRow> {
    let mut rows: Vec<ContainerRow> = containers
        .iter()
        .map(|c| ContainerRow {
            path: DocPath::new(&c.path),
            format: c.format,
            parent: None,
            entries_scanned: c.entries,
            entries_with_findings: c.entries_with_findings,
            entries_skipped: c.skipped.values().sum(),
            skipped_by_reason: c.skipped.iter().map(|(r, n)| (r.name().to_string(), *n)).collect(),
            containers: c.containers,
            bytes: c.bytes,
            warnings: c.warnings,
            findings: c.categories.values().map(CategoryCount::total).sum(),
            categories: c.categories.iter().map(file_category).collect(),
        })
        .collect();
    rows.sort_by(|a, b| a.path.cmp(&b.path));
    set_parents(&mut rows);
    rows
}

/// Sets each row's parent: the longest other container's path that, followed by `!/`,
/// starts the row's path. A container holding a nested one holds its findings, skips or
/// warnings too, so it is listed whenever the nested one is.
pub(crate) fn set_parents(rows: &mut [ContainerRow]) {
    let paths: Vec<Vec<u8>> = rows.iter().map(|r| r.path.to_bytes()).collect();
    let index: std::collections::HashMap<&[u8], usize> =
        paths.iter().enumerate().map(|(i, p)| (p.as_slice(), i)).collect();
    for (row, me) in rows.iter_mut().zip(&paths) {
        // The nearest `!/` first: the innermost container holding it.
        row.parent = memchr::memmem::rfind_iter(me, b"!/")
            .find_map(|at| index.get(&me[..at]))
            .map(|&j| rows_path(&paths[j]));
    }
}

fn rows_path(bytes: &[u8]) -> DocPath {
    DocPath::new(bytes_path(bytes))
}

fn location(
    path: &DocPath,
    table: Option<&str>,
    column: Option<&str>,
    category: Category,
    s: &Stats,
    col: Option<(u64, f64, bool)>,
) -> Location {
    Location {
        path: path.clone(),
        table: table.map(str::to_string),
        column: column.map(str::to_string),
        category,
        // Set by the caller, from the category and the minors.
        sensitivity: Sensitivity::Personal,
        findings: s.count.total(),
        distinct: Some(s.distinct.count()),
        distinct_exact: s.distinct.is_exact(),
        sketch: None,
        confidence: (&s.count).into(),
        test_values: s.count.test_values,
        minors: s.count.minors,
        first_line: s.first_line,
        first_row: s.first_row,
        cells: col.map(|c| c.0),
        share: col.map(|c| c.1),
        holds: col.map(|c| c.2),
        address_parts: Vec::new(),
        samples: s.samples.clone(),
        recommendations: Vec::new(),
    }
}

/// `path` split at the root it was found under (the longest root that is a folder of it):
/// the root and the rest. A path under no root, or itself a root (a file named on the
/// command line, a `--files-from` entry), has an empty root.
fn split_root<'p>(p: &'p Path, roots: &[&Path]) -> (std::path::PathBuf, &'p Path) {
    // `.` (and `./x`) as walked are `` (and `x`): paths lose their leading `./`.
    let root = roots
        .iter()
        .map(|r| if *r == Path::new(".") { Path::new("") } else { crate::source::strip_dot(r) })
        .filter(|r| p.starts_with(r) && p != *r)
        .max_by_key(|r| r.as_os_str().len());
    match root {
        Some(r) => (r.to_path_buf(), p.strip_prefix(r).unwrap_or(p)),
        None => (std::path::PathBuf::new(), p),
    }
}

/// The top-level folder of `path`: its root plus the first folder below it, or the root
/// itself for a file directly under it (`.` when the root is empty).
pub fn top_folder(path: &DocPath, roots: &[&Path]) -> DocPath {
    let bytes = path.to_bytes();
    let (base, rest) = split_root(bytes_path(&bytes), roots);
    let mut parts = rest.components();
    let folder = match (parts.next(), parts.next()) {
        (Some(dir), Some(_)) => base.join(dir),
        _ => base,
    };
    let folder = if folder.as_os_str().is_empty() { Path::new(".") } else { &folder };
    DocPath::new(folder)
}

#[cfg(unix)]
fn bytes_path(bytes: &[u8]) -> &Path {
    use std::os::unix::ffi::OsStrExt;
    Path::new(std::ffi::OsStr::from_bytes(bytes))
}

#[cfg(not(unix))]
fn bytes_path(bytes: &[u8]) -> &Path {
    Path::new(std::str::from_utf8(bytes).unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_folders() {
        let roots = [Path::new("srv/exports"), Path::new("notes.txt")];
        let f = |p: &str| top_folder(&DocPath::Text(p.into()), &roots).display();
        assert_eq!(f("srv/exports/2026/a.csv"), "srv/exports/2026");
        assert_eq!(f("srv/exports/2026/deep/a.csv"), "srv/exports/2026");
        assert_eq!(f("srv/exports/a.csv"), "srv/exports");
        assert_eq!(f("notes.txt"), ".");
        // Files listed one by one (`--files-from`) group by their first folder.
        let listed = [Path::new("a/b/f.txt"), Path::new("top.txt")];
        let g = |p: &str| top_folder(&DocPath::Text(p.into()), &listed).display();
        assert_eq!(g("a/b/f.txt"), "a");
        assert_eq!(g("top.txt"), ".");
        assert_eq!(f("<stdin>"), ".");
        let dot = |p: &str| top_folder(&DocPath::Text(p.into()), &[Path::new(".")]).display();
        assert_eq!(dot("a/b/c.txt"), "a");
        assert_eq!(dot("c.txt"), ".");
    }

    #[cfg(unix)]
    #[test]
    fn paths_round_trip() {
        use std::os::unix::ffi::OsStrExt;
        let p = Path::new(std::ffi::OsStr::from_bytes(b"a\xFF/b"));
        let d = DocPath::new(p);
        assert!(matches!(d, DocPath::Bytes { .. }));
        assert_eq!(d.to_bytes(), b"a\xFF/b");
        assert_eq!(d.display(), "a\\xFF/b");
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(serde_json::from_str::<DocPath>(&json).unwrap(), d);
        let t = DocPath::new(Path::new("x/y"));
        assert_eq!(serde_json::to_string(&t).unwrap(), "\"x/y\"");
    }
}
