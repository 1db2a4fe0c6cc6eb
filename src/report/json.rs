//! `--format json`: the versioned inventory document.
//!
//! ```json
//! {
//!   "schema_version": 1,
//!   "scan": {"tool": "piiscan", "version": "0.1.0", "started": "...", "finished": "...",
//!            "duration_ms": 12, "roots": ["examples/demo"], "min_confidence": "medium",
//!            "detectors": ["email.address", ...], "files_scanned": 5, "bytes_scanned": 9120,
//!            "files_skipped": 1, "skipped": [{"path": "...", "reason": "binary", "detail": "..."}],
//!            "config": ".piiscan.toml", "baseline": null, "fail_on": "medium", "failing": 2,
//!            "baselined": 0, "suppressed": 1, "test_values_ignored": 0},
//!   "categories": [{"category": "cn_mobile", "findings": 7, "files": 3,
//!                   "confidence": {"high": 4, "medium": 3, "low": 0},
//!                   "test_values": 1, "minors": 0}],
//!   "files": [{"path": "examples/demo/notes.txt", "bytes": 2048,
//!              "categories": [{"category": "cn_mobile", "findings": 2,
//!                              "confidence": {"high": 1, "medium": 1, "low": 0},
//!                              "test_values": 0, "minors": 0}],
//!              "format": "mysql",                     (structured files only)
//!              "columns": [{"table": "users", "column": "mobile", "rows": 50,
//!                           "non_empty": 48, "verdict": "cn_mobile",
//!                           "categories": [{"category": "cn_mobile", "findings": 48,
//!                                           "cells": 48, "share": 1.0, "distinct": 47,
//!                                           "distinct_capped": false, "confidence": {..},
//!                                           "test_values": 0, "minors": 0}]}],
//!              "warnings": [{"offset": 1234, "reason": "unterminated string"}]}],
//!   "findings": [ <the objects of --format jsonl>, sorted by path and offset ],
//!   "suppressed": [ <findings suppressed inline or by an allowed value, with
//!                    "suppressed": "inline" | "allowed_value"> ]
//! }
//! ```
//!
//! Every list is sorted (files and findings by path and offset, categories in catalogue
//! order), so two scans of the same data differ only in the timestamps.

use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use crate::detect::{Category, Confidence};
use crate::inventory::{
    summarize, CategoryCount, CategorySummary, Finding, Inventory, Skip, Suppressed,
};
use crate::report::Report;

/// The version of the document's layout; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// At most this many findings are listed (the first by path and offset): memory stays
/// bounded by the locations, not by the data. `findings_total` counts all of them, and
/// `--format jsonl` streams every one.
pub const FINDINGS_MAX: usize = 100_000;

/// The JSON inventory writer.
pub struct Json;

#[derive(Serialize)]
struct Document<'a> {
    schema_version: u32,
    scan: ScanSection<'a>,
    categories: Vec<CategorySummary>,
    files: Vec<FileSection<'a>>,
    findings: &'a [Finding],
    suppressed: &'a [Suppressed],
}

#[derive(Serialize)]
struct ScanSection<'a> {
    tool: &'static str,
    version: &'static str,
    started: &'a str,
    finished: &'a str,
    duration_ms: u64,
    #[serde(serialize_with = "paths")]
    roots: &'a [std::path::PathBuf],
    min_confidence: Confidence,
    detectors: &'a [String],
    files_scanned: u64,
    bytes_scanned: u64,
    files_skipped: usize,
    skipped: &'a [Skip],
    #[serde(serialize_with = "opt_path")]
    config: &'a Option<std::path::PathBuf>,
    #[serde(serialize_with = "opt_path")]
    baseline: &'a Option<std::path::PathBuf>,
    fail_on: Option<Confidence>,
    failing: u64,
    findings_total: u64,
    findings_truncated: bool,
    baselined: u64,
    suppressed: usize,
    test_values_ignored: u64,
}

fn opt_path<S: serde::Serializer>(
    p: &&Option<std::path::PathBuf>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match p {
        Some(p) => crate::report::serialize_path(p, s),
        None => s.serialize_none(),
    }
}

#[derive(Serialize)]
struct FileSection<'a> {
    #[serde(serialize_with = "crate::report::serialize_path")]
    path: &'a Path,
    bytes: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<crate::extract::Kind>,
    categories: Vec<FileCategory>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    columns: Vec<ColumnSection<'a>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    warnings: &'a [crate::extract::Warning],
}

#[derive(Serialize)]
struct ColumnSection<'a> {
    table: &'a str,
    column: &'a str,
    rows: u64,
    non_empty: u64,
    verdict: Option<Category>,
    categories: Vec<ColumnCategorySection>,
}

#[derive(Serialize)]
struct ColumnCategorySection {
    category: Category,
    findings: u64,
    cells: u64,
    share: f64,
    distinct: u64,
    distinct_capped: bool,
    confidence: CategoryCount,
    test_values: u64,
    minors: u64,
}

#[derive(Serialize)]
struct FileCategory {
    category: Category,
    findings: u64,
    confidence: CategoryCount,
    test_values: u64,
    minors: u64,
}

fn paths<S: serde::Serializer>(roots: &&[std::path::PathBuf], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;
    #[derive(Serialize)]
    struct One<'a>(#[serde(serialize_with = "crate::report::serialize_path")] &'a Path);
    let mut seq = s.serialize_seq(Some(roots.len()))?;
    for r in roots.iter() {
        seq.serialize_element(&One(r))?;
    }
    seq.end()
}

impl Report for Json {
    fn write(&self, inv: &Inventory, out: &mut dyn Write) -> io::Result<()> {
        let t = &inv.tally;
        let doc = Document {
            schema_version: SCHEMA_VERSION,
            scan: ScanSection {
                tool: "piiscan",
                version: inv.meta.version,
                started: &inv.meta.started,
                finished: &inv.meta.finished,
                duration_ms: inv.meta.duration_ms,
                roots: &inv.meta.roots,
                min_confidence: inv.meta.min_confidence,
                detectors: &inv.meta.detectors,
                files_scanned: t.files_scanned,
                bytes_scanned: t.bytes_scanned,
                files_skipped: t.skips.len(),
                skipped: &t.skips,
                config: &inv.meta.config_file,
                baseline: &inv.meta.baseline_file,
                fail_on: inv.meta.fail_on,
                failing: t.failing,
                findings_total: t.findings_total,
                findings_truncated: (t.findings.len() as u64) < t.findings_total,
                baselined: t.baselined,
                suppressed: t.suppressed.len(),
                test_values_ignored: t.test_values_ignored,
            },
            categories: summarize(t),
            files: t
                .files
                .iter()
                .map(|f| FileSection {
                    path: &f.path,
                    bytes: f.bytes,
                    format: f.format,
                    columns: f
                        .columns
                        .iter()
                        .map(|c| ColumnSection {
                            table: &c.table,
                            column: &c.column,
                            rows: c.rows,
                            non_empty: c.non_empty,
                            verdict: c.verdict(),
                            categories: c
                                .categories
                                .iter()
                                .map(|(&category, cc)| ColumnCategorySection {
                                    category,
                                    findings: cc.count.total(),
                                    cells: cc.cells,
                                    share: (c.share(category) * 1000.0).round() / 1000.0,
                                    distinct: cc.distinct,
                                    distinct_capped: cc.distinct_capped,
                                    confidence: cc.count,
                                    test_values: cc.count.test_values,
                                    minors: cc.count.minors,
                                })
                                .collect(),
                        })
                        .collect(),
                    warnings: &f.warnings,
                    categories: f
                        .categories
                        .iter()
                        .map(|(&category, c)| FileCategory {
                            category,
                            findings: c.total(),
                            confidence: *c,
                            test_values: c.test_values,
                            minors: c.minors,
                        })
                        .collect(),
                })
                .collect(),
            findings: &t.findings,
            suppressed: &t.suppressed,
        };
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        out.write_all(b"\n")
    }
}
