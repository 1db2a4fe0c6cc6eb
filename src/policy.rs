//! What happens to a finding after it is found: suppressed inline (`piiscan:allow`),
//! allowed by the repository's configuration, already accepted in a baseline, or new;
//! and whether it counts toward `--fail-on`.
//!
//! A finding's *fingerprint* identifies it across scans without revealing it: an
//! HMAC-SHA256, under the key of the baseline (or a random per-scan key), of its path,
//! detector, value and the bytes around it on its line, truncated to 128 bits. Offsets and
//! line numbers are left out, so the fingerprint survives unrelated lines moving; the
//! surrounding bytes are put in, so that guessing a value (a phone number has about 10^9
//! possibilities) does not reproduce a fingerprint without also knowing its context, and
//! the key keeps a fingerprint from being checked against guesses at all without the
//! baseline file.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

use hmac::{Hmac, Mac};
use regex_automata::meta::Regex;
use sha2::Sha256;

use crate::detect::{Category, Confidence};

/// The marker that suppresses the findings on its line: `piiscan:allow`, optionally
/// followed by category names (`piiscan:allow cn_mobile,email`).
pub const ALLOW_MARKER: &[u8] = b"piiscan:allow";

/// How many bytes on each side of a value, within its line, go into its fingerprint.
pub const FINGERPRINT_CONTEXT: usize = 24;

/// What to do with well-known test values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TestValuePolicy {
    /// Report them (marked), never fail on them (the default).
    #[default]
    Report,
    /// Do not report them at all.
    Ignore,
    /// Report them and let them fail the run like any other finding.
    Fail,
}

/// Why a finding is not reported as new.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Suppression {
    /// A `piiscan:allow` comment on its line.
    Inline,
    /// An allowed value in the configuration.
    AllowedValue,
    /// Its fingerprint is in the baseline.
    Baseline,
    /// A well-known test value, and test values are ignored.
    TestValue,
}

/// Allowed values of one category: exact (normalised like test values) or by regex.
#[derive(Clone, Debug, Default)]
struct Allowed {
    exact: HashSet<Vec<u8>>,
    patterns: Vec<Regex>,
}

/// The policy of one scan.
#[derive(Clone, Debug)]
pub struct Policy {
    /// Findings at or above this confidence fail the run (`None`: never).
    pub fail_on: Option<Confidence>,
    /// What to do with test values.
    pub test_values: TestValuePolicy,
    key: [u8; 32],
    /// Whether findings get fingerprints: only when the key outlives the scan (a
    /// baseline's or `PIISCAN_BASELINE_KEY`); a per-scan key's digests compare nothing.
    fingerprints: bool,
    baseline: HashSet<String>,
    allowed: BTreeMap<Category, Allowed>,
}

impl Default for Policy {
    /// A policy with a random key, whose findings get no fingerprints.
    fn default() -> Policy {
        Policy { fingerprints: false, ..Policy::new(random_key()) }
    }
}

/// A fresh random key.
pub fn random_key() -> [u8; 32] {
    let mut key = [0u8; 32];
    getrandom::getrandom(&mut key).expect("the OS provides random bytes");
    key
}

impl Policy {
    /// A policy that suppresses nothing, fingerprinting with `key`.
    pub fn new(key: [u8; 32]) -> Policy {
        Policy {
            fail_on: None,
            test_values: TestValuePolicy::Report,
            key,
            fingerprints: true,
            baseline: HashSet::new(),
            allowed: BTreeMap::new(),
        }
    }

    /// The fingerprint key.
    pub fn key(&self) -> &[u8; 32] {
        &self.key
    }

    /// Fingerprints with `key` from now on (a baseline's, kept when it is updated).
    pub fn set_key(&mut self, key: [u8; 32]) {
        self.key = key;
        self.fingerprints = true;
    }

    /// Accepts the fingerprints of a baseline.
    pub fn set_baseline(&mut self, fingerprints: impl IntoIterator<Item = String>) {
        self.baseline = fingerprints.into_iter().collect();
    }

    /// Allows `value` of `category` everywhere.
    pub fn allow_value(&mut self, category: Category, value: &str) {
        let entry = self.allowed.entry(category).or_default();
        entry.exact.insert(normalize(value.as_bytes()));
    }

    /// Allows every value of `category` that `pattern` matches in full.
    pub fn allow_pattern(&mut self, category: Category, pattern: &str) -> Result<(), String> {
        let re = Regex::new(&format!("^(?:{pattern})$")).map_err(|e| e.to_string())?;
        self.allowed.entry(category).or_default().patterns.push(re);
        Ok(())
    }

    /// Whether findings are fingerprinted (the key outlives the scan).
    pub fn fingerprints(&self) -> bool {
        self.fingerprints
    }

    /// The fingerprint of a value found by `detector` at `path`, with `before` and
    /// `after` the bytes around it on its line.
    pub fn fingerprint(
        &self,
        path: &[u8],
        detector: &str,
        value: &[u8],
        before: &[u8],
        after: &[u8],
    ) -> String {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(&self.key).expect("HMAC takes any key length");
        for part in [path, detector.as_bytes(), value, before, after] {
            mac.update(&(part.len() as u64).to_le_bytes());
            mac.update(part);
        }
        let digest = mac.finalize().into_bytes();
        let mut hex = String::with_capacity(32);
        for b in &digest[..16] {
            let _ = write!(hex, "{b:02x}");
        }
        hex
    }

    /// Why a value should not be reported as new, if it should not: `line` is the whole
    /// line holding it, `value` the raw value, `fingerprint` its fingerprint.
    pub fn suppression(
        &self,
        category: Category,
        test_value: bool,
        line: &[u8],
        value: &[u8],
        fingerprint: &str,
    ) -> Option<Suppression> {
        if inline_allows(line, category) {
            return Some(Suppression::Inline);
        }
        if let Some(a) = self.allowed.get(&category) {
            if a.exact.contains(&normalize(value)) || a.patterns.iter().any(|re| re.is_match(value))
            {
                return Some(Suppression::AllowedValue);
            }
        }
        if self.baseline.contains(fingerprint) {
            return Some(Suppression::Baseline);
        }
        if test_value && self.test_values == TestValuePolicy::Ignore {
            return Some(Suppression::TestValue);
        }
        None
    }

    /// Whether a reported finding fails the run.
    pub fn fails(&self, confidence: Confidence, test_value: bool) -> bool {
        match self.fail_on {
            None => false,
            Some(level) => {
                confidence >= level && (!test_value || self.test_values == TestValuePolicy::Fail)
            }
        }
    }
}

/// Letters and digits, upper-cased, for comparing allowed values (`139 1234 5678` equals
/// `13912345678`); e-mail addresses keep their punctuation.
fn normalize(value: &[u8]) -> Vec<u8> {
    if value.contains(&b'@') {
        return value.to_ascii_lowercase();
    }
    value.iter().filter(|b| b.is_ascii_alphanumeric()).map(u8::to_ascii_uppercase).collect()
}

/// Whether `line` carries a `piiscan:allow` marker covering `category`: a bare marker
/// covers every category; one followed by names covers those.
pub fn inline_allows(line: &[u8], category: Category) -> bool {
    let Some(at) = memchr::memmem::find(line, ALLOW_MARKER) else { return false };
    let rest = &line[at + ALLOW_MARKER.len()..];
    // The names run to the end of the comment: letters, digits, `_`, `,` and spaces.
    let end = rest
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_' || b == b',' || b == b' '))
        .unwrap_or(rest.len());
    let mut names =
        rest[..end].split(|&b| b == b',' || b == b' ').filter(|n| !n.is_empty()).peekable();
    if names.peek().is_none() {
        return true;
    }
    names.any(|n| n == category.name().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_markers() {
        assert!(inline_allows(b"tel 13912345678 // piiscan:allow", Category::CnMobile));
        assert!(inline_allows(b"x # piiscan:allow cn_mobile,email", Category::Email));
        assert!(inline_allows(b"x # piiscan:allow cn_mobile email -->", Category::Email));
        assert!(!inline_allows(b"x # piiscan:allow cn_mobile", Category::Email));
        assert!(!inline_allows(b"tel 13912345678", Category::CnMobile));
    }

    #[test]
    fn fingerprints_are_keyed_and_ignore_position() {
        let p = Policy::new([7; 32]);
        let a = p.fingerprint(b"a.txt", "cn_mobile.plain", b"13912345678", b"tel ", b"\n");
        assert_eq!(a.len(), 32);
        assert_eq!(a, p.fingerprint(b"a.txt", "cn_mobile.plain", b"13912345678", b"tel ", b"\n"));
        assert_ne!(a, p.fingerprint(b"a.txt", "cn_mobile.plain", b"13912345679", b"tel ", b"\n"));
        assert_ne!(a, p.fingerprint(b"b.txt", "cn_mobile.plain", b"13912345678", b"tel ", b"\n"));
        let other = Policy::new([8; 32]);
        assert_ne!(
            a,
            other.fingerprint(b"a.txt", "cn_mobile.plain", b"13912345678", b"tel ", b"\n")
        );
        // Parts are length-prefixed: moving bytes between parts changes the digest.
        assert_ne!(a, p.fingerprint(b"a.txt", "cn_mobile.plain", b"1391234567", b"tel ", b"8\n"));
    }

    #[test]
    fn suppressions_in_order() {
        let mut p = Policy::new([1; 32]);
        p.allow_value(Category::CnMobile, "139 1234 5678");
        p.allow_pattern(Category::Email, r".*@corp\.example").unwrap();
        p.set_baseline(["f00".to_string()]);
        let s = |cat, tv, line: &[u8], v: &[u8], fp| p.suppression(cat, tv, line, v, fp);
        assert_eq!(
            s(Category::CnMobile, false, b"13912345678 piiscan:allow", b"1", "x"),
            Some(Suppression::Inline)
        );
        assert_eq!(
            s(Category::CnMobile, false, b"", b"13912345678", "x"),
            Some(Suppression::AllowedValue)
        );
        assert_eq!(
            s(Category::Email, false, b"", b"a@corp.example", "x"),
            Some(Suppression::AllowedValue)
        );
        assert_eq!(s(Category::Email, false, b"", b"a@corp.example.org", "x"), None);
        assert_eq!(s(Category::Email, false, b"", b"b@x.cn", "f00"), Some(Suppression::Baseline));
        assert_eq!(s(Category::CnMobile, true, b"", b"13800138000", "y"), None);
        p.test_values = TestValuePolicy::Ignore;
        let got = p.suppression(Category::CnMobile, true, b"", b"13800138000", "y");
        assert_eq!(got, Some(Suppression::TestValue));
    }

    #[test]
    fn failing_respects_level_and_test_values() {
        let mut p = Policy::new([0; 32]);
        assert!(!p.fails(Confidence::High, false));
        p.fail_on = Some(Confidence::Medium);
        assert!(p.fails(Confidence::High, false));
        assert!(!p.fails(Confidence::Low, false));
        assert!(!p.fails(Confidence::High, true));
        p.test_values = TestValuePolicy::Fail;
        assert!(p.fails(Confidence::High, true));
    }
}
