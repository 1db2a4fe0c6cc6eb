//! The repository configuration file, `.piiscan.toml`: found at the scan root, else in
//! the current folder or a parent up to the repository root (as git finds its
//! configuration), or given with `--config`; every key checked. An unknown key is an error naming it: an
//! allow-list that is silently ignored because of a typo is worse than none.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::Deserialize;

use crate::cli::args::FailOn;
use crate::detect::{Category, Confidence};
use crate::policy::TestValuePolicy;

/// The file name looked for at the scan root.
pub const FILE_NAME: &str = ".piiscan.toml";

/// `.piiscan.toml`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepoConfig {
    /// Exit with 1 on new findings at or above this level (`--fail-on` wins).
    pub fail_on: Option<FailOn>,
    /// Report findings at or above this confidence (`--min-confidence` wins).
    pub min_confidence: Option<Confidence>,
    /// Extra detector directories, relative to the file.
    #[serde(default)]
    pub patterns: Vec<PathBuf>,
    /// Detector ids (`ipv4.address`) or categories (`ipv6`) to turn off.
    #[serde(default)]
    pub disable: Vec<String>,
    /// What to do with well-known test values: `report` (default), `ignore`, `fail`.
    pub test_values: Option<TestValuePolicy>,
    /// The baseline, relative to the file (`--baseline` wins).
    pub baseline: Option<PathBuf>,
    /// The encoding of files' text (`--encoding` wins): `auto` (default), `utf-8`,
    /// `gbk`, `gb18030`, `big5`, `utf-16le`, `utf-16be`.
    pub encoding: Option<EncodingName>,
    /// The cache of incremental scans, relative to the file (`--cache` wins).
    pub cache: Option<PathBuf>,
    /// What is allowed.
    #[serde(default)]
    pub allow: Allow,
}

/// An `encoding` value, checked when the file is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EncodingName(pub crate::decode::encoding::EncodingChoice);

impl<'de> Deserialize<'de> for EncodingName {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<EncodingName, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map(EncodingName).map_err(serde::de::Error::custom)
    }
}

/// The `[allow]` table.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allow {
    /// Gitignore-style globs, relative to the file: matching files are not scanned.
    #[serde(default)]
    pub paths: Vec<String>,
    /// Values allowed everywhere.
    #[serde(default)]
    pub values: Vec<AllowedValue>,
}

/// One `[[allow.values]]` entry: a category and either an exact value or a regex.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllowedValue {
    /// The category the value is allowed in.
    pub category: Category,
    /// The exact value (compared without spaces and dashes, case-insensitively).
    pub value: Option<String>,
    /// A regex the whole value must match.
    pub regex: Option<String>,
}

/// A loaded configuration and the directory its relative paths start from.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The file's contents.
    pub config: RepoConfig,
    /// The file's directory.
    pub dir: PathBuf,
    /// The file.
    pub path: PathBuf,
}

/// Reads and checks the configuration file at `path`.
pub fn load(path: &Path) -> Result<Loaded> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let config: RepoConfig = toml::from_str(&text).map_err(|e| {
        let message = crate::toml_error::describe(&path.display().to_string(), &text, &e);
        anyhow::anyhow!("{message}{}", misplaced_hint(&message))
    })?;
    for v in &config.allow.values {
        if v.value.is_some() == v.regex.is_some() {
            anyhow::bail!(
                "{}: an [[allow.values]] entry for {} needs exactly one of `value` and `regex`",
                path.display(),
                v.category
            );
        }
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Ok(Loaded { config, dir, path: path.to_path_buf() })
}

/// The top-level keys of [`RepoConfig`], for [`misplaced_hint`].
const TOP_LEVEL_KEYS: [&str; 6] =
    ["fail_on", "min_confidence", "patterns", "disable", "test_values", "baseline"];

/// A hint for a top-level key written after a `[table]` header, where TOML puts it in
/// that table: `unknown field `fail_on`` under `[allow]`.
fn misplaced_hint(message: &str) -> String {
    let misplaced = TOP_LEVEL_KEYS.iter().find(|k| {
        message.contains(&format!("unknown field `{k}`"))
            && (message.contains(&format!("key `allow.{k}`")) || message.contains("`allow.values["))
    });
    match misplaced {
        Some(k) => format!(
            " (`{k}` is a top-level key: move it above the first `[allow]` or \
             `[[allow.values]]` header, since every key below a header belongs to that table)"
        ),
        None => String::new(),
    }
}

/// Finds the configuration for a scan of `roots`: `.piiscan.toml` in the first root that
/// is a directory; else in the current folder or one of its parents, up to the
/// repository root (the first folder holding `.git`); outside a repository, in the
/// current folder only (or in it when no root is a directory). Paths found above the
/// current folder are relative (`../.piiscan.toml`).
pub fn discover(roots: &[PathBuf]) -> Option<PathBuf> {
    if let Some(dir) = roots.iter().find(|r| r.is_dir()) {
        let candidate = crate::source::strip_dot(&dir.join(FILE_NAME)).to_path_buf();
        if candidate.is_file() {
            return Some(candidate);
        }
    }
    let cwd = std::env::current_dir().ok()?;
    let in_repo = cwd.ancestors().any(|d| d.join(".git").exists());
    let mut up = PathBuf::new();
    for dir in cwd.ancestors() {
        let candidate = up.join(FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        if !in_repo || dir.join(".git").exists() {
            return None;
        }
        up.push("..");
    }
    None
}

/// The commented example written by `piiscan init`.
pub const EXAMPLE: &str = r#"# piiscan configuration. piiscan reads .piiscan.toml from the scan root, else from the
# current folder or a parent up to the repository root; --config FILE names another one and
# --no-config ignores it. Every key is checked: a misspelt key is an error.
# Top-level keys come first: every key below a [table] header belongs to that table.

# Exit with 1 when a new finding is at or above this confidence: low, medium, high, never.
# The command line's --fail-on wins.
fail_on = "medium"

# Report findings at or above this confidence (default medium).
# min_confidence = "medium"

# Well-known fake values (13800138000, 4111111111111111, a@example.com...):
# "report" (default: reported and marked, never failing), "ignore", or "fail".
test_values = "report"

# The encoding of files' text: auto (default: UTF-8, or UTF-16, GBK/GB18030 or Big5
# detected per file), utf-8, gbk, gb18030, big5, utf-16le, utf-16be.
# encoding = "auto"

# Detector ids or whole categories to turn off (`piiscan detectors list` shows them).
# disable = ["ipv4.address", "ipv6"]

# Directories of your own detector files, relative to this file.
# patterns = ["piiscan-patterns"]

# The baseline of accepted findings (made by `piiscan baseline -o .piiscan-baseline.json`),
# relative to this file; the command line's --baseline wins.
# baseline = ".piiscan-baseline.json"

[allow]
# Files never scanned (gitignore syntax, relative to this file).
paths = [
  # "tests/fixtures/synthetic/",
  # "*.snap",
]

# Values accepted everywhere: an exact value or a regex over the whole value.
# [[allow.values]]
# category = "cn_mobile"
# value = "13912345678"
#
# [[allow.values]]
# category = "email"
# regex = '.*@ourcompany\.example'
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_parses() {
        let c: RepoConfig = toml::from_str(EXAMPLE).unwrap();
        assert_eq!(c.fail_on, Some(FailOn::Medium));
        assert_eq!(c.test_values, Some(TestValuePolicy::Report));
    }

    #[test]
    fn unknown_keys_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(FILE_NAME);
        std::fs::write(&p, "fail_on = \"high\"\n[allow]\npath = [\"x\"]\n").unwrap();
        let err = load(&p).unwrap_err().to_string();
        assert!(err.contains("unknown field `path`"), "{err}");
        std::fs::write(&p, "[[allow.values]]\ncategory = \"email\"\n").unwrap();
        let err = load(&p).unwrap_err().to_string();
        assert!(err.contains("exactly one of"), "{err}");
    }

    #[test]
    fn top_level_keys_under_a_table_get_a_hint() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(FILE_NAME);
        std::fs::write(&p, "[allow]\npaths = []\nfail_on = \"high\"\n").unwrap();
        let err = load(&p).unwrap_err().to_string();
        assert!(err.contains("`fail_on` is a top-level key"), "{err}");
        std::fs::write(&p, "[allow]\npath = []\n").unwrap();
        let err = load(&p).unwrap_err().to_string();
        assert!(!err.contains("top-level"), "{err}");
    }
}
