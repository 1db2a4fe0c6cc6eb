//! What the cache keeps of one scanned file: everything the file added to the scan's
//! [`Tally`] (its files and archive entries with their per-location tallies, columns,
//! warnings and keyed distinct sketches, its skips, its masked findings and suppressed
//! findings, its counters), so that adding the record back gives the tally a new scan of
//! the unchanged file would give.
//!
//! Values are kept only as the outputs print them (masked unless the scan shows them);
//! distinct counts only as keyed hashes under the cache's key. Records are CBOR
//! (`ciborium`, a well-kept serde format) compressed with zstd.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::detect::{Category, Confidence};
use crate::extract::{Kind, Warning};
use crate::inventory::distinct::Distinct;
use crate::inventory::{
    AddressColumn, CategoryCount, ColumnCategory, ColumnTally, ContainerTally, FileTally, Finding,
    Skip, SkipReason, Stats, Suppressed, Tally,
};
use crate::policy::Suppression;
use crate::source::{path_bytes, path_from_bytes};

/// The version of [`Record`]'s layout, part of the cache's options: a cache written with
/// another layout is emptied rather than read (2: containers' summaries; 3: the parts of
/// split addresses).
pub const RECORD_LAYOUT: u32 = 3;

/// One file's contribution to the tally.
#[derive(Serialize, Deserialize)]
pub struct Record {
    files_scanned: u64,
    bytes_scanned: u64,
    files: Vec<FileRec>,
    skips: Vec<SkipRec>,
    findings: Vec<FindingRec>,
    suppressed: Vec<(FindingRec, Suppression)>,
    suppressed_total: u64,
    baselined: u64,
    test_values_ignored: u64,
    failing: u64,
    findings_total: u64,
    /// Absent from records made before containers were summed: those give none.
    #[serde(default)]
    containers: Vec<ContainerRec>,
    #[serde(default)]
    containers_closed: u64,
}

#[derive(Serialize, Deserialize)]
struct ContainerRec {
    path: Vec<u8>,
    format: Kind,
    entries: u64,
    entries_with_findings: u64,
    containers: u64,
    bytes: u64,
    skipped: Vec<(SkipReason, u64)>,
    warnings: u64,
    categories: Vec<(Category, CountRec)>,
}

#[derive(Serialize, Deserialize)]
struct FileRec {
    path: Vec<u8>,
    bytes: u64,
    categories: Vec<(Category, CountRec)>,
    text: Vec<(Category, StatsRec)>,
    format: Option<Kind>,
    encoding: Option<String>,
    columns: Vec<ColumnRec>,
    warnings: Vec<Warning>,
}

#[derive(Serialize, Deserialize)]
struct CountRec {
    high: u64,
    medium: u64,
    low: u64,
    test_values: u64,
    minors: u64,
}

#[derive(Serialize, Deserialize)]
struct StatsRec {
    count: CountRec,
    exact: Vec<u64>,
    #[serde(with = "serde_bytes_opt")]
    sketch: Option<Vec<u8>>,
    first_line: u64,
    first_row: Option<u64>,
    samples: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct ColumnRec {
    table: String,
    column: String,
    rows: u64,
    non_empty: u64,
    categories: Vec<(Category, StatsRec, u64, bool)>,
    #[serde(default)]
    address_parts: Vec<AddressColumn>,
}

#[derive(Serialize, Deserialize)]
struct SkipRec {
    path: Vec<u8>,
    reason: SkipReason,
    detail: String,
}

#[derive(Serialize, Deserialize)]
struct FindingRec {
    path: Vec<u8>,
    start: u64,
    end: u64,
    line: u64,
    col: u64,
    category: Category,
    detector: String,
    confidence: Confidence,
    /// The masked value, written as a CBOR text string.
    value: compact_str::CompactString,
    table: Option<String>,
    column: Option<String>,
    row: Option<u64>,
    test_value: bool,
    minor: bool,
    fingerprint: String,
    value_hash: u64,
}

/// Registers as one CBOR byte string rather than an array of small integers.
mod serde_bytes_opt {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &Option<Vec<u8>>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(b) => s.serialize_some(&Bytes(b)),
            None => s.serialize_none(),
        }
    }

    struct Bytes<'a>(&'a [u8]);

    impl serde::Serialize for Bytes<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(self.0)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<u8>>, D::Error> {
        Option::<ByteBuf>::deserialize(d).map(|o| o.map(|b| b.0))
    }

    struct ByteBuf(Vec<u8>);

    impl<'de> Deserialize<'de> for ByteBuf {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ByteBuf, D::Error> {
            struct V;
            impl<'de> serde::de::Visitor<'de> for V {
                type Value = ByteBuf;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("bytes")
                }
                fn visit_bytes<E>(self, v: &[u8]) -> Result<ByteBuf, E> {
                    Ok(ByteBuf(v.to_vec()))
                }
                fn visit_byte_buf<E>(self, v: Vec<u8>) -> Result<ByteBuf, E> {
                    Ok(ByteBuf(v))
                }
            }
            d.deserialize_bytes(V)
        }
    }
}

/// The names [`FileTally::encoding`] takes.
const ENCODINGS: &[&str] = &["gbk", "gb18030", "big5", "utf-16le", "utf-16be", "utf-8"];

fn bytes_of(path: &Path) -> Vec<u8> {
    path_bytes(path).into_owned()
}

fn count_rec(c: &CategoryCount) -> CountRec {
    CountRec {
        high: c.high,
        medium: c.medium,
        low: c.low,
        test_values: c.test_values,
        minors: c.minors,
    }
}

fn count_of(c: CountRec) -> CategoryCount {
    CategoryCount {
        high: c.high,
        medium: c.medium,
        low: c.low,
        test_values: c.test_values,
        minors: c.minors,
    }
}

fn stats_rec(s: &Stats) -> StatsRec {
    let (exact, sketch) = s.distinct.to_parts();
    StatsRec {
        count: count_rec(&s.count),
        exact,
        sketch,
        first_line: s.first_line,
        first_row: s.first_row,
        samples: s.samples.clone(),
    }
}

fn stats_of(s: StatsRec) -> Option<Stats> {
    Some(Stats {
        count: count_of(s.count),
        distinct: Distinct::from_parts(s.exact, s.sketch)?,
        first_line: s.first_line,
        first_row: s.first_row,
        samples: s.samples,
    })
}

fn finding_rec(f: &Finding) -> FindingRec {
    FindingRec {
        path: bytes_of(&f.path),
        start: f.start,
        end: f.end,
        line: f.line,
        col: f.col,
        category: f.category,
        detector: f.detector.to_string(),
        confidence: f.confidence,
        value: f.value.clone(),
        table: f.table.as_deref().map(str::to_string),
        column: f.column.as_deref().map(str::to_string),
        row: f.row,
        test_value: f.test_value,
        minor: f.minor,
        fingerprint: f.fingerprint.clone(),
        value_hash: f.value_hash,
    }
}

/// Rebuilds paths (a record's, under a new prefix for copies) and shares equal ones.
struct Paths<'a> {
    /// `(old, new)`: paths starting with `old` start with `new` instead.
    rebase: Option<(&'a [u8], &'a [u8])>,
    last: Option<(Vec<u8>, Arc<Path>)>,
}

impl Paths<'_> {
    fn get(&mut self, raw: Vec<u8>) -> Option<Arc<Path>> {
        if let Some((bytes, path)) = &self.last {
            if *bytes == raw {
                return Some(Arc::clone(path));
            }
        }
        let rebased = match self.rebase {
            None => raw.clone(),
            Some((old, new)) => {
                let rest = raw.strip_prefix(old)?;
                [new, rest].concat()
            }
        };
        let path: Arc<Path> = Arc::from(path_from_bytes(rebased).as_path());
        self.last = Some((raw, Arc::clone(&path)));
        Some(path)
    }
}

/// One `Arc` per distinct name (a detector's, a table's, a column's) of a record, as a
/// scan shares them: JSON Lines writes what repeats once per name, known by its address.
#[derive(Default)]
struct Names(HashMap<String, Arc<str>>);

impl Names {
    fn get(&mut self, name: String) -> Arc<str> {
        if let Some(shared) = self.0.get(&name) {
            return Arc::clone(shared);
        }
        let shared: Arc<str> = Arc::from(name.as_str());
        self.0.insert(name, Arc::clone(&shared));
        shared
    }
}

fn finding_of(f: FindingRec, paths: &mut Paths<'_>, names: &mut Names) -> Option<Finding> {
    Some(Finding {
        path: paths.get(f.path)?,
        start: f.start,
        end: f.end,
        line: f.line,
        col: f.col,
        category: f.category,
        detector: names.get(f.detector),
        confidence: f.confidence,
        value: f.value,
        table: f.table.map(|t| names.get(t)),
        column: f.column.map(|c| names.get(c)),
        row: f.row,
        test_value: f.test_value,
        minor: f.minor,
        fingerprint: f.fingerprint,
        value_hash: f.value_hash,
    })
}

impl Record {
    /// The record of `tally`, everything one file added (its findings all kept).
    pub fn of(tally: &Tally) -> Record {
        Record {
            files_scanned: tally.files_scanned,
            bytes_scanned: tally.bytes_scanned,
            files: tally
                .files
                .iter()
                .map(|f| FileRec {
                    path: bytes_of(&f.path),
                    bytes: f.bytes,
                    categories: f.categories.iter().map(|(c, n)| (*c, count_rec(n))).collect(),
                    text: f.text.iter().map(|(c, s)| (*c, stats_rec(s))).collect(),
                    format: f.format,
                    encoding: f.encoding.map(str::to_string),
                    columns: f
                        .columns
                        .iter()
                        .map(|c| ColumnRec {
                            table: c.table.to_string(),
                            column: c.column.to_string(),
                            rows: c.rows,
                            non_empty: c.non_empty,
                            categories: c
                                .categories
                                .iter()
                                .map(|(cat, cc)| (*cat, stats_rec(&cc.stats), cc.cells, cc.chance))
                                .collect(),
                            address_parts: c.address_parts.clone(),
                        })
                        .collect(),
                    warnings: f.warnings.clone(),
                })
                .collect(),
            skips: tally
                .skips
                .iter()
                .map(|s| SkipRec {
                    path: bytes_of(&s.path),
                    reason: s.reason,
                    detail: s.detail.clone(),
                })
                .collect(),
            findings: tally.findings.iter().map(finding_rec).collect(),
            suppressed: tally
                .suppressed
                .iter()
                .map(|s| (finding_rec(&s.finding), s.suppressed))
                .collect(),
            suppressed_total: tally.suppressed_total,
            baselined: tally.baselined,
            test_values_ignored: tally.test_values_ignored,
            failing: tally.failing,
            findings_total: tally.findings_total,
            containers: tally
                .containers
                .iter()
                .map(|c| ContainerRec {
                    path: bytes_of(&c.path),
                    format: c.format,
                    entries: c.entries,
                    entries_with_findings: c.entries_with_findings,
                    containers: c.containers,
                    bytes: c.bytes,
                    skipped: c.skipped.iter().map(|(r, n)| (*r, *n)).collect(),
                    warnings: c.warnings,
                    categories: c.categories.iter().map(|(k, n)| (*k, count_rec(n))).collect(),
                })
                .collect(),
            containers_closed: tally.containers_closed,
        }
    }

    /// Whether every path in the record starts with `prefix` (so that it can be moved
    /// under another one), no value was found in a path (line 0: its offsets and
    /// confidence depend on the whole path), no finding has a fingerprint (it covers the
    /// path), no skip's detail names the prefix and no skip is by the configuration's
    /// allowed paths (a path's verdict, not its content's).
    pub fn movable(&self, prefix: &[u8]) -> bool {
        let findings = self.findings.iter().chain(self.suppressed.iter().map(|(f, _)| f));
        self.files.iter().all(|f| f.path.starts_with(prefix))
            && self.containers.iter().all(|c| c.path.starts_with(prefix))
            && self.skips.iter().all(|s| {
                s.path.starts_with(prefix)
                    && s.reason != SkipReason::Allowed
                    && !s.detail.contains(&*String::from_utf8_lossy(prefix))
            })
            && findings
                .into_iter()
                .all(|f| f.path.starts_with(prefix) && f.line != 0 && f.fingerprint.is_empty())
    }

    /// Whether a finding may change with the scan's date: ID numbers and birth dates
    /// (whether their holder is a minor under 14).
    pub fn dated(&self) -> bool {
        let dated = |c: &Category| matches!(c, Category::CnResidentId | Category::DateOfBirth);
        self.files.iter().any(|f| {
            f.categories.iter().any(|(c, _)| dated(c))
                || f.columns.iter().any(|col| col.categories.iter().any(|(c, _, _, _)| dated(c)))
        }) || self.suppressed.iter().any(|(f, _)| dated(&f.category))
    }

    /// The findings the record holds.
    pub fn findings_len(&self) -> usize {
        self.findings.len()
    }

    /// The tally the record was made of; its paths moved from `rebase.0` to `rebase.1`
    /// when given. `None` when the record does not make a tally (damaged, foreign).
    pub fn into_tally(self, rebase: Option<(&[u8], &[u8])>) -> Option<Tally> {
        let mut paths = Paths { rebase, last: None };
        let mut names = Names::default();
        let mut files = Vec::with_capacity(self.files.len());
        for f in self.files {
            let encoding = match f.encoding {
                None => None,
                Some(e) => Some(*ENCODINGS.iter().find(|&&k| k == e)?),
            };
            let mut text = BTreeMap::new();
            for (c, s) in f.text {
                text.insert(c, stats_of(s)?);
            }
            let mut columns = Vec::with_capacity(f.columns.len());
            for c in f.columns {
                let mut categories = BTreeMap::new();
                for (cat, s, cells, chance) in c.categories {
                    categories.insert(cat, ColumnCategory { stats: stats_of(s)?, cells, chance });
                }
                columns.push(ColumnTally {
                    table: names.get(c.table),
                    column: names.get(c.column),
                    rows: c.rows,
                    non_empty: c.non_empty,
                    categories,
                    address_parts: c.address_parts,
                });
            }
            files.push(FileTally {
                path: paths.get(f.path)?,
                bytes: f.bytes,
                categories: f.categories.into_iter().map(|(c, n)| (c, count_of(n))).collect(),
                text,
                format: f.format,
                encoding,
                columns,
                warnings: f.warnings,
            });
        }
        let mut skips = Vec::with_capacity(self.skips.len());
        for s in self.skips {
            skips.push(Skip { path: paths.get(s.path)?, reason: s.reason, detail: s.detail });
        }
        let mut findings = Vec::with_capacity(self.findings.len());
        for f in self.findings {
            findings.push(finding_of(f, &mut paths, &mut names)?);
        }
        let mut suppressed = Vec::with_capacity(self.suppressed.len());
        for (f, why) in self.suppressed {
            let finding = finding_of(f, &mut paths, &mut names)?;
            suppressed.push(Suppressed { finding, suppressed: why });
        }
        let mut containers = Vec::with_capacity(self.containers.len());
        for c in self.containers {
            containers.push(ContainerTally {
                path: paths.get(c.path)?,
                format: c.format,
                entries: c.entries,
                entries_with_findings: c.entries_with_findings,
                containers: c.containers,
                bytes: c.bytes,
                skipped: c.skipped.into_iter().collect(),
                warnings: c.warnings,
                categories: c.categories.into_iter().map(|(k, n)| (k, count_of(n))).collect(),
            });
        }
        Some(Tally {
            files_scanned: self.files_scanned,
            bytes_scanned: self.bytes_scanned,
            files,
            skips,
            findings,
            suppressed,
            suppressed_total: self.suppressed_total,
            baselined: self.baselined,
            test_values_ignored: self.test_values_ignored,
            failing: self.failing,
            findings_total: self.findings_total,
            files_cached: 0,
            containers,
            containers_closed: self.containers_closed,
            findings_bound: None,
        })
    }

    /// The record as stored: CBOR, compressed.
    pub fn encode(&self) -> Option<Vec<u8>> {
        let mut cbor = Vec::new();
        ciborium::into_writer(self, &mut cbor).ok()?;
        zstd::bulk::compress(&cbor, 1).ok()
    }

    /// A stored record; `None` when it is damaged or larger than `max` decompressed.
    pub fn decode(stored: &[u8], max: usize) -> Option<Record> {
        // The frame says its size: the buffer is that large, not `max`.
        let size = zstd::zstd_safe::get_frame_content_size(stored).ok()??;
        let size = usize::try_from(size).ok().filter(|&n| n <= max)?;
        let cbor = zstd::bulk::decompress(stored, size).ok()?;
        ciborium::from_reader(cbor.as_slice()).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(path: &str, line: u64) -> Finding {
        Finding {
            start: 3,
            end: 14,
            line,
            col: 4,
            confidence: Confidence::Medium,
            value: "139****5678".into(),
            table: Some(Arc::from("t")),
            column: Some(Arc::from("phone")),
            row: Some(2),
            value_hash: 42,
            ..Finding::example(&Arc::from(Path::new(path)), 0)
        }
    }

    fn tally() -> Tally {
        let f = finding("a/b.csv", 2);
        let mut stats = Stats::default();
        stats.add(&f, 3);
        let mut t = Tally {
            files_scanned: 1,
            bytes_scanned: 30,
            findings: vec![f.clone()],
            findings_total: 1,
            ..Tally::default()
        };
        let mut categories = BTreeMap::new();
        categories.insert(Category::CnMobile, ColumnCategory { stats, cells: 1, chance: false });
        t.files.push(FileTally {
            path: Arc::clone(&f.path),
            bytes: 30,
            categories: [(
                Category::CnMobile,
                stats_of(stats_rec(&Stats::default())).unwrap().count,
            )]
            .into_iter()
            .collect(),
            text: BTreeMap::new(),
            format: Some(Kind::Csv),
            encoding: Some("gbk"),
            columns: vec![ColumnTally {
                table: Arc::from("t"),
                column: Arc::from("phone"),
                rows: 2,
                non_empty: 2,
                categories,
                address_parts: vec![AddressColumn {
                    column: "city".into(),
                    part: crate::detect::detector::AddressPart::City,
                }],
            }],
            warnings: vec![Warning { offset: 9, reason: "ragged row".into() }],
        });
        t.skip(Path::new("a/b.csv!/x"), SkipReason::Bomb, "ratio");
        t
    }

    #[test]
    fn round_trip_keeps_everything() {
        let t = tally();
        let stored = Record::of(&t).encode().unwrap();
        let back = Record::decode(&stored, 1 << 20).unwrap().into_tally(None).unwrap();
        assert_eq!(format!("{t:?}"), format!("{back:?}"));
        assert_eq!(
            back.files[0].columns[0].categories[&Category::CnMobile].stats.distinct.count(),
            1
        );
    }

    #[test]
    fn findings_read_back_share_their_names() {
        let mut t = tally();
        t.findings.push(finding("a/b.csv", 3));
        let stored = Record::of(&t).encode().unwrap();
        let back = Record::decode(&stored, 1 << 20).unwrap().into_tally(None).unwrap();
        let [a, b] = &back.findings[..] else { panic!("two findings") };
        assert!(Arc::ptr_eq(&a.detector, &b.detector));
        assert!(Arc::ptr_eq(a.table.as_ref().unwrap(), b.table.as_ref().unwrap()));
        assert!(Arc::ptr_eq(a.column.as_ref().unwrap(), &back.files[0].columns[0].column));
    }

    #[test]
    fn moved_under_another_prefix() {
        let r = Record::of(&tally());
        assert!(r.movable(b"a/b.csv"));
        assert!(!r.movable(b"c/b.csv"));
        let back = r.into_tally(Some((b"a/b.csv", b"copy/b.csv"))).unwrap();
        assert_eq!(&*back.findings[0].path, Path::new("copy/b.csv"));
        assert_eq!(&*back.skips[0].path, Path::new("copy/b.csv!/x"));
    }

    #[test]
    fn values_in_paths_are_not_moved() {
        let mut t = tally();
        t.findings.push(finding("a/b.csv", 0));
        assert!(!Record::of(&t).movable(b"a/b.csv"));
    }

    #[test]
    fn damage_is_none() {
        let stored = Record::of(&tally()).encode().unwrap();
        assert!(Record::decode(&stored[..stored.len() / 2], 1 << 20).is_none());
        assert!(Record::decode(b"not a record", 1 << 20).is_none());
        assert!(Record::decode(&stored, 16).is_none());
    }
}
