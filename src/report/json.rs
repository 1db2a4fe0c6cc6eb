//! `--format json`: the versioned inventory document ([`Document`]), followed by the
//! findings (at most [`FINDINGS_MAX`], the first by path and offset) and the suppressed
//! findings.
//!
//! ```json
//! {
//!   "schema_version": 2,
//!   "scan": {"tool": "piiscan", "version": "0.1.0", "started": "...", "finished": "...",
//!            "duration_ms": 12, "roots": ["examples/demo"], "min_confidence": "medium",
//!            "detectors": ["email.address", ...], "detectors_digest": "sha256:...",
//!            "samples": 3, "files_scanned": 5, "bytes_scanned": 9120, "files_skipped": 1,
//!            "skipped_by_reason": {"binary": 1}, "skipped": [{"path": "...",
//!            "reason": "binary", "detail": "..."}], "warnings": 0, "config": null,
//!            "baseline": null, "fail_on": null, "failing": 0, "findings_total": 7,
//!            "findings_truncated": false, "baselined": 0, "suppressed": 0,
//!            "test_values_ignored": 0},
//!   "totals": {"findings": 7, "locations": 3, "files": 2, "sensitive_findings": 2,
//!              "sensitive_share": 0.286, "minors": 0, "test_values": 1},
//!   "categories": [{"category": "cn_mobile", "sensitivity": "personal", "findings": 4,
//!                   "files": 2, "locations": 2, "distinct": 3, "distinct_exact": true,
//!                   "confidence": {"high": 2, "medium": 2, "low": 0},
//!                   "test_values": 1, "minors": 0}],
//!   "sensitivity": [{"class": "sensitive", "findings": 2, "locations": 1, "files": 1,
//!                    "categories": ["cn_resident_id"]}],
//!   "folders": [{"folder": "examples/demo", "findings": 7, "sensitive_findings": 2,
//!                "minors": 0, "files": 2, "locations": 3, "categories": [...]}],
//!   "locations": [{"path": "backup/shop.sql", "table": "users", "column": "mobile",
//!                  "category": "cn_mobile", "sensitivity": "personal", "findings": 48,
//!                  "distinct": 47, "distinct_exact": true, "confidence": {...},
//!                  "test_values": 0, "minors": 0, "first_line": 31, "first_row": 1,
//!                  "cells": 48, "share": 1.0, "holds": true,
//!                  "samples": ["139****5678", ...],
//!                  "recommendations": ["minimise_column", "retention"]},
//!                 {"path": "backup/shop.sql", "table": "receive_address",
//!                  "column": "detail_address", "category": "address", ...,
//!                  "address_parts": [{"column": "province", "part": "province"},
//!                                    {"column": "city", "part": "city"},
//!                                    {"column": "detail_address", "part": "street"},
//!                                    {"column": "post_code", "part": "postal_code"}]}],
//!   "recommendations": [{"id": "retention", "text": "..."}],
//!   "files": [{"path": "...", "bytes": 2048, "format": "mysql", "findings": 48,
//!              "categories": [{"category": "cn_mobile", "findings": 48,
//!                              "confidence": {...}, "test_values": 0, "minors": 0}],
//!              "columns": [{"table": "users", "column": "mobile", "rows": 50,
//!                           "non_empty": 48, "verdict": "cn_mobile"}],
//!              "warnings": [{"offset": 1234, "reason": "unterminated string"}]}],
//!   "findings": [ <the objects of --format jsonl>, sorted by path and offset ],
//!   "suppressed": [ <findings suppressed inline or by an allowed value, with
//!                    "suppressed": "inline" | "allowed_value"> ]
//! }
//! ```
//!
//! `docs/inventory.schema.json` is the JSON Schema of this document. Every list is
//! sorted, so two scans of the same data differ only in their timestamps.

use std::io::{self, Write};

use serde::Serialize;

use crate::inventory::document::Document;
use crate::inventory::{Finding, Inventory, Suppressed};
use crate::report::Report;

pub use crate::inventory::document::SCHEMA_VERSION;

/// At most this many findings are listed (the first by path and offset): memory stays
/// bounded by the locations, not by the data. `findings_total` counts all of them, and
/// `--format jsonl` streams every one.
pub const FINDINGS_MAX: usize = 100_000;

/// The JSON inventory writer.
pub struct Json;

#[derive(Serialize)]
struct Full<'a> {
    #[serde(flatten)]
    doc: &'a Document,
    findings: &'a [Finding],
    suppressed: &'a [Suppressed],
}

impl Json {
    /// Writes `doc` with the findings of `inv`.
    pub fn write_doc(
        &self,
        doc: &Document,
        inv: &Inventory,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let full = Full { doc, findings: &inv.tally.findings, suppressed: &inv.tally.suppressed };
        serde_json::to_writer_pretty(&mut *out, &full)?;
        out.write_all(b"\n")
    }
}

impl Report for Json {
    fn write(&self, inv: &Inventory, out: &mut dyn Write) -> io::Result<()> {
        self.write_doc(&Document::new(inv), inv, out)
    }
}
