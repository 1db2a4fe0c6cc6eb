//! The baseline file: the fingerprints of accepted findings, so that a later scan reports
//! only what is new. It holds no values, masked or raw.
//!
//! ```json
//! {"piiscan_baseline": 1, "created": "2026-11-24T10:00:00Z", "key": "<64 hex digits>",
//!  "findings": [{"fingerprint": "<32 hex digits>", "path": "a.txt", "line": 3,
//!                "category": "cn_mobile", "detector": "cn_mobile.plain"}]}
//! ```
//!
//! `key` is the HMAC key the fingerprints were made with. When the environment variable
//! `PIISCAN_BASELINE_KEY` (64 hex digits) is set, it is used instead and the file stores
//! none: keep it as a CI secret and the baseline cannot be used to test guesses of a
//! value at all. `path`, `line`, `category` and `detector` are there for reviewers only;
//! matching uses the fingerprint alone.

use std::path::Path;

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

use crate::detect::Category;
use crate::inventory::Finding;

/// The version of the file layout.
pub const BASELINE_VERSION: u32 = 1;

/// The environment variable that holds a secret fingerprint key.
pub const KEY_VAR: &str = "PIISCAN_BASELINE_KEY";

/// A baseline file.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// The layout version.
    pub piiscan_baseline: u32,
    /// When it was made (RFC 3339).
    pub created: String,
    /// The fingerprint key in hex, unless it is kept in `PIISCAN_BASELINE_KEY`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The accepted findings.
    pub findings: Vec<Entry>,
}

/// One accepted finding.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The finding's fingerprint.
    pub fingerprint: String,
    /// Where it was (for reviewers).
    pub path: String,
    /// Its line when accepted (for reviewers; not used for matching).
    pub line: u64,
    /// Its category.
    pub category: Category,
    /// Its detector.
    pub detector: String,
}

impl Baseline {
    /// A baseline of `findings`; the key is written into the file unless `key_in_env`.
    pub fn new(findings: &[Finding], key: &[u8; 32], key_in_env: bool) -> Baseline {
        Baseline {
            piiscan_baseline: BASELINE_VERSION,
            created: jiff::Timestamp::now().to_string(),
            key: (!key_in_env).then(|| hex(key)),
            findings: findings
                .iter()
                .map(|f| Entry {
                    fingerprint: f.fingerprint.clone(),
                    path: crate::source::display_path(&f.path),
                    line: f.line,
                    category: f.category,
                    detector: f.detector.to_string(),
                })
                .collect(),
        }
    }

    /// Reads a baseline file.
    pub fn read(path: &Path) -> Result<Baseline> {
        let text =
            std::fs::read(path).with_context(|| format!("reading baseline {}", path.display()))?;
        // Where, never what: serde's message may quote the file's text.
        let b: Baseline = serde_json::from_slice(&text).map_err(|e| {
            let what = match e.classify() {
                serde_json::error::Category::Io => "read error",
                serde_json::error::Category::Syntax => "not JSON",
                serde_json::error::Category::Data => "unexpected content",
                serde_json::error::Category::Eof => "cut short",
            };
            anyhow::anyhow!(
                "{} is not a piiscan baseline ({what} at line {}, column {})",
                path.display(),
                e.line(),
                e.column()
            )
        })?;
        if b.piiscan_baseline != BASELINE_VERSION {
            bail!("{}: baseline version {} is not supported", path.display(), b.piiscan_baseline);
        }
        Ok(b)
    }

    /// The key to fingerprint with: `PIISCAN_BASELINE_KEY` if set, else the file's.
    pub fn key(&self) -> Result<[u8; 32]> {
        if let Some(k) = env_key()? {
            return Ok(k);
        }
        match &self.key {
            Some(k) => parse_key(k).context("the baseline's key"),
            None => bail!("the baseline has no key: set {KEY_VAR} to the key it was made with"),
        }
    }
}

/// The key in `PIISCAN_BASELINE_KEY`, if set.
pub fn env_key() -> Result<Option<[u8; 32]>> {
    match std::env::var(KEY_VAR) {
        Ok(v) => Ok(Some(parse_key(&v).context(KEY_VAR)?)),
        Err(_) => Ok(None),
    }
}

fn hex(key: &[u8; 32]) -> String {
    key.iter().map(|b| format!("{b:02x}")).collect()
}

/// Parses 64 hex digits.
fn parse_key(text: &str) -> Result<[u8; 32]> {
    let t = text.trim();
    if t.len() != 64 || !t.bytes().all(|b| b.is_ascii_hexdigit()) {
        bail!("a key is 64 hex digits");
    }
    let mut key = [0u8; 32];
    for (i, k) in key.iter_mut().enumerate() {
        *k = u8::from_str_radix(&t[2 * i..2 * i + 2], 16).expect("hex checked");
    }
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        let key = [0xAB; 32];
        assert_eq!(parse_key(&hex(&key)).unwrap(), key);
        assert!(parse_key("abc").is_err());
        assert!(parse_key(&"zz".repeat(32)).is_err());
    }
}
