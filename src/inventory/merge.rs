//! `piiscan merge`: partial inventories (the shards of one scan, `--shard K/N`, or scans
//! of disjoint trees) combined into one document, exactly.
//!
//! * Scan counters (files and bytes scanned, findings, suppressed, baselined...) add up;
//!   files, locations, skips and warnings are the union of the parts'. A file may be in
//!   only one part: parts that overlap would count it twice, and are refused.
//! * Distinct counts: a location lives in one file, so in one part, and keeps its own.
//!   A category's count over several parts needs the values' hashes: when every part was
//!   made under one `PIISCAN_DISTINCT_KEY` (`scan.distinct_key` names it), the
//!   locations' sketches are merged; otherwise a category found in more than one part has
//!   `distinct: null` (not combinable) rather than a number made up.
//! * A split address is one table's, so one file's and one part's: its street column's
//!   location comes with its `address_parts` unchanged.
//! * Parts made with other detectors, options or versions are refused (their counts do
//!   not mean the same), unless the caller allows it.
//! * The findings lists are merged and cut to the first
//!   [`FINDINGS_MAX`](crate::report::json::FINDINGS_MAX) by path and offset, as a scan
//!   cuts its own.
//!
//! The summaries (totals, categories, classes, folders, recommendations) are computed
//! again from the merged locations, by the code that computes a scan's.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::detect::{Category, Sensitivity};
use crate::inventory::distinct::Distinct;
use crate::inventory::document::{CategoryRow, DocPath, Document, ScanInfo, SkipRow};
use crate::inventory::{Finding, Suppressed};

/// What a merged document was made of (`scan.merged`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Merged {
    /// How many part documents.
    pub parts: u64,
    /// The shards merged (`K` of each part made with `--shard K/N`), ascending.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shards: Vec<u32>,
    /// `N` of the parts' `--shard K/N`, when they are shards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard_count: Option<u32>,
    /// Shards of `1..=N` that no part covers: the merged inventory lacks their files.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing_shards: Vec<u32>,
    /// Whether distinct counts over several parts could be combined (every part made
    /// under one `PIISCAN_DISTINCT_KEY`).
    pub distinct_combined: bool,
}

/// One part: its name (for messages), its document and its listed findings.
#[derive(Debug)]
pub struct Part {
    /// How messages name it (the file).
    pub name: String,
    /// Its document.
    pub doc: Document,
    /// Its listed findings.
    pub findings: Vec<Finding>,
    /// Its listed suppressed findings.
    pub suppressed: Vec<Suppressed>,
}

/// The merge of the parts.
#[derive(Debug)]
pub struct Outcome {
    /// The merged document.
    pub doc: Document,
    /// The first findings by path and offset.
    pub findings: Vec<Finding>,
    /// The first suppressed findings by path and offset.
    pub suppressed: Vec<Suppressed>,
    /// What the user should know (shards missing, distinct counts not combined,
    /// differences allowed).
    pub notes: Vec<String>,
}

/// Why parts could not be merged.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// Nothing to merge.
    #[error("no inventories to merge")]
    Empty,
    /// The parts were made differently.
    #[error("{0}; merging them would add counts that do not mean the same (--allow-mismatch merges them anyway)")]
    Mismatch(String),
    /// The parts overlap.
    #[error("{0}")]
    Overlap(String),
    /// A part's content is inconsistent (a sketch that does not read).
    #[error("{part}: {what}")]
    Bad {
        /// The part.
        part: String,
        /// What is wrong.
        what: String,
    },
}

/// The fields of `scan` that must agree for counts to add up, by name, as text.
fn settings(s: &ScanInfo) -> Vec<(&'static str, String)> {
    vec![
        ("piiscan version", s.version.clone()),
        ("detectors_digest", s.detectors_digest.clone()),
        ("detectors", s.detectors.join(",")),
        ("min_confidence", s.min_confidence.to_string()),
        ("samples", s.samples.to_string()),
        ("values", format!("{:?}", s.values).to_lowercase()),
        ("fail_on", s.fail_on.map(|c| c.to_string()).unwrap_or_else(|| "none".into())),
    ]
}

/// Merges `parts` (see the module's documentation). `allow_mismatch` merges parts made
/// with other settings, or duplicate shards, with a note instead of an error.
pub fn merge(parts: Vec<Part>, allow_mismatch: bool) -> Result<Outcome, MergeError> {
    let first = parts.first().ok_or(MergeError::Empty)?;
    let n_parts = parts.len() as u64;
    let mut notes = Vec::new();

    // Settings.
    let base = settings(&first.doc.scan);
    for p in &parts[1..] {
        for ((name, a), (_, b)) in base.iter().zip(settings(&p.doc.scan)) {
            if *a != b {
                let text = format!("{} has {name} {b}, {} has {a}", p.name, first.name);
                if !allow_mismatch {
                    return Err(MergeError::Mismatch(text));
                }
                notes.push(format!("merged although {text}"));
            }
        }
    }

    // Shards: of one count, each once; say which are missing.
    let shard_count = parts.iter().find_map(|p| p.doc.scan.shard.map(|s| (s.count, &p.name)));
    let mut shards = Vec::new();
    let mut seen: BTreeMap<u32, &str> = BTreeMap::new();
    for p in &parts {
        if let Some(s) = p.doc.scan.shard {
            if let Some((n, other)) = shard_count.filter(|(n, _)| *n != s.count) {
                let text = format!("{} has shard count {}, {other} has {n}", p.name, s.count);
                if !allow_mismatch {
                    return Err(MergeError::Mismatch(text));
                }
                notes.push(format!("merged although {text}"));
            }
            if let Some(other) = seen.insert(s.index, p.name.as_str()) {
                let text = format!("{other} and {} are both shard {s}", p.name);
                if !allow_mismatch {
                    return Err(MergeError::Mismatch(text));
                }
                notes.push(format!("merged although {text}"));
            }
            shards.push(s.index);
        }
    }
    shards.sort_unstable();
    shards.dedup();
    let shard_count = shard_count.map(|(n, _)| n);
    let missing_shards: Vec<u32> = match shard_count {
        Some(n) if shards.len() == parts.len() => {
            (1..=n).filter(|k| !shards.contains(k)).take(10_000).collect()
        }
        _ => Vec::new(),
    };
    if !missing_shards.is_empty() {
        notes.push(format!(
            "shard{} {} of {} missing: the merged inventory lacks {} files",
            if missing_shards.len() == 1 { "" } else { "s" },
            list(&missing_shards),
            shard_count.unwrap_or(0),
            if missing_shards.len() == 1 { "its" } else { "their" }
        ));
    }

    drop(seen);
    // Distinct counts combine only under one key, carried by every part.
    let key = first.doc.scan.distinct_key.clone();
    let combined = key.is_some() && parts.iter().all(|p| p.doc.scan.distinct_key == key);
    if !combined && parts.len() > 1 {
        notes.push(if parts.iter().any(|p| p.doc.scan.distinct_key.is_some()) {
            "the parts were made under different PIISCAN_DISTINCT_KEY secrets: distinct counts \
             of categories found in several parts cannot be combined (shown as unknown)"
                .to_string()
        } else {
            "the parts were made without PIISCAN_DISTINCT_KEY: distinct counts of categories \
             found in several parts cannot be combined (shown as unknown); set the same \
             secret on every shard to combine them"
                .to_string()
        });
    }

    // Files and locations: the union, each file from one part only.
    let mut owner: BTreeMap<DocPath, usize> = BTreeMap::new();
    for (i, p) in parts.iter().enumerate() {
        let paths: BTreeSet<&DocPath> = p
            .doc
            .files
            .iter()
            .map(|f| &f.path)
            .chain(p.doc.locations.iter().map(|l| &l.path))
            .collect();
        for path in paths {
            if let Some(&j) = owner.get(path) {
                return Err(MergeError::Overlap(format!(
                    "{} is in both {} and {}: the parts overlap, and its counts would add up \
                     twice (merge shards of one scan, or scans of disjoint trees)",
                    path.display(),
                    parts[j].name,
                    p.name
                )));
            }
            owner.insert(path.clone(), i);
        }
    }

    let mut locations = Vec::new();
    let mut files = Vec::new();
    let mut containers = Vec::new();
    let mut sketches: BTreeMap<Category, Distinct> = BTreeMap::new();
    let mut parts_of: BTreeMap<Category, Vec<usize>> = BTreeMap::new();
    let mut rows: BTreeMap<Category, CategoryRow> = BTreeMap::new();
    let mut skips: BTreeSet<(DocPath, String, String)> = BTreeSet::new();
    let mut roots: Vec<DocPath> = Vec::new();
    let mut scan = first.doc.scan.clone();
    scan.files_scanned = 0;
    scan.bytes_scanned = 0;
    scan.files_cached = None;
    scan.failing = 0;
    scan.findings_total = 0;
    scan.baselined = 0;
    scan.suppressed = 0;
    scan.test_values_ignored = 0;
    scan.duration_ms = 0;
    let mut findings: Vec<Finding> = Vec::new();
    let mut suppressed: Vec<Suppressed> = Vec::new();
    let cap = crate::report::json::FINDINGS_MAX;
    for (i, p) in parts.into_iter().enumerate() {
        let s = &p.doc.scan;
        scan.files_scanned = scan.files_scanned.saturating_add(s.files_scanned);
        scan.bytes_scanned = scan.bytes_scanned.saturating_add(s.bytes_scanned);
        // Files taken from a cache (`--cache`): counted when any part used one.
        if let Some(n) = s.files_cached {
            scan.files_cached = Some(scan.files_cached.unwrap_or(0).saturating_add(n));
        }
        scan.failing = scan.failing.saturating_add(s.failing);
        scan.findings_total = scan.findings_total.saturating_add(s.findings_total);
        scan.baselined = scan.baselined.saturating_add(s.baselined);
        scan.suppressed = scan.suppressed.saturating_add(s.suppressed);
        scan.test_values_ignored = scan.test_values_ignored.saturating_add(s.test_values_ignored);
        scan.duration_ms = scan.duration_ms.max(s.duration_ms);
        scan.started = scan.started.clone().min(s.started.clone());
        scan.finished = scan.finished.clone().max(s.finished.clone());
        scan.complete &= s.complete;
        if scan.config != s.config {
            scan.config = None;
        }
        if scan.baseline != s.baseline {
            scan.baseline = None;
        }
        for r in &s.roots {
            if !roots.contains(r) {
                roots.push(r.clone());
            }
        }
        skips
            .extend(s.skipped.iter().map(|k| (k.path.clone(), k.reason.clone(), k.detail.clone())));
        for c in &p.doc.categories {
            parts_of.entry(c.category).or_default().push(i);
            rows.entry(c.category).or_insert_with(|| c.clone());
        }
        for mut l in p.doc.locations {
            if combined {
                let sketch = l.sketch.as_ref().ok_or_else(|| MergeError::Bad {
                    part: p.name.clone(),
                    what: format!("location {} has no sketch", l.path.display()),
                })?;
                let d = Distinct::from_sketch(sketch).map_err(|what| MergeError::Bad {
                    part: p.name.clone(),
                    what: format!("location {}: {what}", l.path.display()),
                })?;
                sketches.entry(l.category).or_default().merge(&d);
            } else {
                l.sketch = None;
            }
            locations.push(l);
        }
        files.extend(p.doc.files);
        containers.extend(p.doc.containers);
        findings.extend(p.findings);
        if findings.len() > cap {
            findings.sort_by(Finding::order);
            findings.truncate(cap);
        }
        suppressed.extend(p.suppressed);
        if suppressed.len() > cap {
            suppressed.sort_by(|a, b| a.finding.order(&b.finding));
            suppressed.truncate(cap);
        }
    }
    findings.sort_by(Finding::order);
    suppressed.sort_by(|a, b| a.finding.order(&b.finding));
    files.sort_by(|a, b| a.path.cmp(&b.path));
    // Each container is a file on disk's, so in one part only.
    containers.sort_by(|a: &crate::inventory::document::ContainerRow, b| a.path.cmp(&b.path));
    locations.sort_by(|a, b| {
        (&a.path, &a.table, &a.column, a.category).cmp(&(&b.path, &b.table, &b.column, b.category))
    });

    scan.roots = roots;
    scan.skipped =
        skips.into_iter().map(|(path, reason, detail)| SkipRow { path, reason, detail }).collect();
    scan.files_skipped = scan.skipped.len() as u64;
    scan.skipped_by_reason = BTreeMap::new();
    for k in &scan.skipped {
        *scan.skipped_by_reason.entry(k.reason.clone()).or_default() += 1;
    }
    scan.warnings = files.iter().map(|f| f.warnings.len() as u64).sum();
    scan.findings_truncated = (findings.len() as u64) < scan.findings_total;
    scan.shard = None;
    scan.distinct_key = if combined { key } else { None };
    scan.merged = Some(Merged {
        parts: n_parts,
        shards,
        shard_count,
        missing_shards,
        distinct_combined: combined,
    });

    let root_paths: Vec<PathBuf> =
        scan.roots.iter().map(|r| crate::source::path_from_bytes(r.to_bytes())).collect();
    let root_refs: Vec<&std::path::Path> = root_paths.iter().map(|p| p.as_path()).collect();
    let class = |cat: Category| rows.get(&cat).map_or(Sensitivity::Personal, |r| r.sensitivity);
    let mut doc = Document::assemble(scan, locations, files, &sketches, &root_refs, class);
    doc.containers = containers;
    for c in &mut doc.categories {
        let Some(row) = rows.get(&c.category) else { continue };
        c.basis = row.basis.clone();
        // A category of one part keeps that part's count.
        if !combined && parts_of.get(&c.category).is_some_and(|p| p.len() == 1) {
            c.distinct = row.distinct;
            c.distinct_exact = row.distinct_exact;
        }
    }
    Ok(Outcome { doc, findings, suppressed, notes })
}

/// `1, 2, 5` (at most 20, then `...`).
fn list(ks: &[u32]) -> String {
    let mut s: Vec<String> = ks.iter().take(20).map(u32::to_string).collect();
    if ks.len() > 20 {
        s.push("...".into());
    }
    s.join(", ")
}
