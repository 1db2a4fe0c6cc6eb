//! What a scan found, aggregated: findings, per-thread tallies merged at the end, and the
//! inventory document built from them.

pub mod baseline;
pub mod finding;
pub mod tally;

pub use finding::{Finding, Suppressed};
pub use tally::{CategoryCount, ColumnCategory, ColumnTally, FileTally, Skip, SkipReason, Tally};

use std::collections::BTreeMap;

use crate::detect::Category;

/// Totals for one category over the whole scan.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct CategorySummary {
    /// The category.
    pub category: Category,
    /// Findings at or above the reporting confidence.
    pub findings: u64,
    /// Files holding at least one.
    pub files: u64,
    /// Findings by confidence.
    pub confidence: CategoryCount,
    /// Findings that are well-known test values.
    pub test_values: u64,
    /// Findings that show a minor under 14.
    pub minors: u64,
}

/// Totals per category, in category order.
pub fn summarize(tally: &Tally) -> Vec<CategorySummary> {
    let mut by: BTreeMap<Category, CategorySummary> = BTreeMap::new();
    for file in &tally.files {
        for (&cat, count) in &file.categories {
            let s = by.entry(cat).or_insert_with(|| CategorySummary {
                category: cat,
                findings: 0,
                files: 0,
                confidence: CategoryCount::default(),
                test_values: 0,
                minors: 0,
            });
            s.findings += count.total();
            s.files += 1;
            s.confidence.add(count);
            s.test_values += count.test_values;
            s.minors += count.minors;
        }
    }
    by.into_values().collect()
}

/// Facts about the scan itself.
#[derive(Clone, Debug)]
pub struct ScanMeta {
    /// piiscan's version.
    pub version: &'static str,
    /// When the scan started (RFC 3339).
    pub started: String,
    /// When it finished (RFC 3339).
    pub finished: String,
    /// Wall time in milliseconds.
    pub duration_ms: u64,
    /// The roots as given.
    pub roots: Vec<std::path::PathBuf>,
    /// The ids of the detectors used.
    pub detectors: Vec<String>,
    /// What each detector is, in the order of `detectors` (for SARIF rules).
    pub rules: Vec<RuleInfo>,
    /// The lowest confidence reported.
    pub min_confidence: crate::detect::Confidence,
    /// The lowest confidence that fails the run, if any.
    pub fail_on: Option<crate::detect::Confidence>,
    /// The configuration file used.
    pub config_file: Option<std::path::PathBuf>,
    /// The baseline file used.
    pub baseline_file: Option<std::path::PathBuf>,
}

/// A detector as reports describe it.
#[derive(Clone, Debug, serde::Serialize)]
pub struct RuleInfo {
    /// Its id.
    pub id: String,
    /// Its human name.
    pub name: String,
    /// Its category.
    pub category: crate::detect::Category,
    /// What it finds and why that is sensitive.
    pub description: String,
    /// Its sources.
    pub references: Vec<String>,
    /// Its starting confidence (a validated match without context).
    pub confidence: crate::detect::Confidence,
}

/// A finished scan: its metadata and the merged, sorted tally.
#[derive(Clone, Debug)]
pub struct Inventory {
    /// Facts about the scan.
    pub meta: ScanMeta,
    /// What it found.
    pub tally: Tally,
}
