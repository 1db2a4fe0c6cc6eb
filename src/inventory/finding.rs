//! One finding: a value of a category at a place, with its value already masked.

use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::detect::{Category, Confidence};

/// A value found at a place. The value is stored in printable form only (masked unless
/// raw values were asked for): a raw value never outlives the buffer it was found in.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Finding {
    /// The file, as reached from the root it was found under.
    #[serde(
        serialize_with = "crate::report::serialize_path",
        deserialize_with = "crate::report::deserialize_path"
    )]
    pub path: Arc<Path>,
    /// Byte offset of the value's first byte in the file.
    pub start: u64,
    /// Byte offset one past the value's last byte.
    pub end: u64,
    /// 1-based line number of `start`; 0 for a value in the path itself (a file or
    /// folder name), whose `start`, `end` and `col` then count in the path's bytes.
    pub line: u64,
    /// 1-based column of `start` on its line, in Unicode code points.
    pub col: u64,
    /// The category of personal data.
    pub category: Category,
    /// The id of the detector that found it.
    pub detector: Arc<str>,
    /// How sure the detector is.
    pub confidence: Confidence,
    /// The value, masked (or raw with `--show-values`): most masks are held in place,
    /// without an allocation.
    pub value: compact_str::CompactString,
    /// For structured input: the table (for CSV and JSON, the file's name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<Arc<str>>,
    /// For structured input: the column (for JSON, the key path).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<Arc<str>>,
    /// For structured input: the 1-based record number within the table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u64>,
    /// A well-known fake or documentation value (`13800138000`, `a@example.com`).
    pub test_value: bool,
    /// The value shows its holder to be a minor under 14 (PIPL art. 28, 31).
    pub minor: bool,
    /// A keyed digest identifying the finding across scans without revealing it (see
    /// `policy`): stable when other lines move, comparable within one baseline's key.
    /// Empty (and not written) when the scan has no lasting key.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fingerprint: String,
    /// The keyed hash of the value for distinct counts ([`ValueKey::hash_of`],
    /// under the scan's in-memory key). Never written.
    ///
    /// [`ValueKey::hash_of`]: crate::extract::join::ValueKey::hash_of
    #[serde(skip)]
    pub value_hash: u64,
}

impl Finding {
    /// Whether the value is in the path itself (a file or folder name): then `line` is 0
    /// and `start`/`end` are byte offsets into the path.
    pub fn in_path(&self) -> bool {
        self.line == 0
    }

    /// Where the finding sorts within its file: values in the path first, then by
    /// offset.
    pub fn place(&self) -> (bool, u64) {
        (!self.in_path(), self.start)
    }

    /// The order of findings in every output: by path, then [`Finding::place`].
    pub fn order(&self, other: &Finding) -> std::cmp::Ordering {
        self.order_to(&other.path, other.place())
    }

    /// [`Finding::order`] against a finding at `place` in `path`. Findings of one file
    /// share its path: compared by place alone, without reading the paths.
    pub fn order_to(&self, path: &Arc<Path>, place: (bool, u64)) -> std::cmp::Ordering {
        self.path_order(path).then(self.place().cmp(&place))
    }

    /// How the finding's path sorts against `path`: equal without reading them when they
    /// are one shared path.
    pub fn path_order(&self, path: &Arc<Path>) -> std::cmp::Ordering {
        if Arc::ptr_eq(&self.path, path) {
            std::cmp::Ordering::Equal
        } else {
            self.path.cmp(path)
        }
    }

    /// A finding in tests: a high-confidence mobile number at `start..start + 11` on line
    /// 1 of `path`, its value empty; tests set what they look at.
    #[cfg(test)]
    pub(crate) fn example(path: &Arc<Path>, start: u64) -> Finding {
        Finding {
            path: Arc::clone(path),
            start,
            end: start + 11,
            line: 1,
            col: 1,
            category: Category::CnMobile,
            detector: Arc::from("cn_mobile.plain"),
            confidence: Confidence::High,
            value: Default::default(),
            table: None,
            column: None,
            row: None,
            test_value: false,
            minor: false,
            fingerprint: String::new(),
            value_hash: 0,
        }
    }
}

/// A finding that is not reported as new, and why.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Suppressed {
    /// The finding.
    #[serde(flatten)]
    pub finding: Finding,
    /// Why it is not reported.
    pub suppressed: crate::policy::Suppression,
}
