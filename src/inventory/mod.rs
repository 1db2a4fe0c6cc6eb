//! What a scan found, aggregated: findings, per-thread tallies merged at the end, and the
//! inventory document built from them.

pub mod advice;
pub mod baseline;
pub mod diff;
pub mod distinct;
pub mod document;
pub mod finding;
pub mod merge;
pub mod tally;

pub use finding::{Finding, Suppressed};
pub use tally::{
    AddressColumn, CategoryCount, ColumnCategory, ColumnTally, ContainerTally, FileTally, Skip,
    SkipReason, Stats, Tally,
};

use std::collections::BTreeMap;

use crate::detect::Category;

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
    /// A digest of the catalogue used ([`Catalog::digest`](crate::detect::Catalog::digest)).
    pub detectors_digest: String,
    /// The sensitivity class of each category.
    pub sensitivity: BTreeMap<Category, crate::detect::Sensitivity>,
    /// The legal or standard basis of each category's class (`patterns/sensitivity.toml`).
    pub basis: BTreeMap<Category, String>,
    /// Masked samples kept per location.
    pub samples: usize,
    /// Whether values (findings, samples) are masked or raw (`--show-values`).
    pub values: crate::mask::ValuePolicy,
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
    /// `false` when a signal stopped the walk: the tally holds only what was scanned
    /// before it.
    pub complete: bool,
    /// The scan used a cache (`--cache`): the document says how many files came from it.
    pub cache_used: bool,
    /// The shard scanned (`--shard K/N`), if any.
    pub shard: Option<crate::shard::Shard>,
    /// The name of `PIISCAN_DISTINCT_KEY` ([`ValueKey::secret_id`]) when the scan hashed
    /// values under it: the document then carries each location's sketch.
    ///
    /// [`ValueKey::secret_id`]: crate::extract::join::ValueKey::secret_id
    pub distinct_key: Option<String>,
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
    /// The live database read (`piiscan db`), with its tables.
    pub database: Option<crate::db::DatabaseInfo>,
}
