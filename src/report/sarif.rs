//! `--format sarif`: SARIF 2.1.0 (OASIS), for code-scanning tools.
//!
//! One run; `tool.driver.rules` holds one rule per detector (in catalogue order), and
//! `results` one result per finding, reported or suppressed, sorted by path and offset:
//!
//! ```json
//! {"ruleId": "cn_mobile.plain", "ruleIndex": 3, "level": "warning",
//!  "message": {"text": "cn_mobile (medium): 139****5678"},
//!  "locations": [{"physicalLocation": {
//!      "artifactLocation": {"uri": "notes/a.txt"},
//!      "region": {"startLine": 4, "startColumn": 7, "byteOffset": 120, "byteLength": 11}}}],
//!  "partialFingerprints": {"piiscanFingerprint/v1": "..."},
//!  "properties": {"category": "cn_mobile", "confidence": "medium", "test_value": false,
//!                 "minor": false}}
//! ```
//!
//! A finding in structured input (CSV, JSON) also names its `table`, `column` and `row`
//! in `properties`, and its column and table in the message.
//!
//! * `level`: `high` → `error`, `medium` → `warning`, `low` → `note`.
//! * The message holds the category and the value as every other format prints it:
//!   masked unless `--show-values` was given; from structured input, also the column
//!   and table names. Nothing else from the scanned data.
//! * `artifactLocation.uri` is the path as reached from the root, as a relative URI
//!   reference with `/` separators; every byte outside RFC 3986's unreserved set is
//!   percent-encoded (UTF-8 names byte by byte, and names that are not UTF-8 from their
//!   raw bytes). An absolute path becomes a `file://` URI. An entry of an archive is
//!   `archive!/entry` (`!` kept before `/`, as in `jar:` URLs), nested ones
//!   `a.zip!/b.tar.gz!/c.csv`; `byteOffset` then counts in the decompressed entry.
//! * `startColumn` counts Unicode code points (`run.columnKind` says so); `byteOffset`
//!   and `byteLength` are the finding's `start` and `end - start` (offsets into the file,
//!   or into the decompressed stream).
//! * `partialFingerprints["piiscanFingerprint/v1"]` is the finding's keyed fingerprint,
//!   present when fingerprints are kept (a baseline or `PIISCAN_BASELINE_KEY`).
//! * Findings suppressed by `piiscan:allow` carry `suppressions: [{"kind": "inSource"}]`;
//!   by an allowed value of the configuration, `[{"kind": "external"}]`.
//! * `invocations[0].executionSuccessful` is false when a file or directory could not be
//!   read; each such error is a `toolExecutionNotifications` entry (path and detail). It
//!   is false too when a signal stopped the scan: a notification with reason
//!   `interrupted` says so, and `runs[0].properties.complete` is `false`.
//! * A value in the path itself (a file or folder name) has no `region`: its location is
//!   the artifact, and its message says "in the path".
//! * At most the first [`FINDINGS_MAX`](crate::report::json::FINDINGS_MAX) reported
//!   findings are results; when there were more, a `toolExecutionNotifications` entry
//!   (level `warning`, `properties.reason` `findings_truncated`) says how many are left
//!   out, and `properties` carries `findings_total` and `findings_truncated`.
//!
//! Deliberately absent: `region.snippet` and `contextRegion` (they would copy the raw value
//! and its neighbours into the log), and `endColumn`, which the finding does not carry (the
//! byte range gives the exact extent).

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use crate::detect::Confidence;
use crate::inventory::{Finding, Inventory, RuleInfo};
use crate::policy::Suppression;
use crate::report::Report;

/// The SARIF 2.1.0 writer.
pub struct Sarif;

/// The `$schema` written at the top of the log.
pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The key of piiscan's fingerprint in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "piiscanFingerprint/v1";

/// The SARIF level of a finding of confidence `c`.
pub fn level(c: Confidence) -> &'static str {
    match c {
        Confidence::High => "error",
        Confidence::Medium => "warning",
        Confidence::Low => "note",
    }
}

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    invocations: [Invocation<'a>; 1],
    column_kind: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    artifacts: Vec<Artifact>,
    results: Vec<SarifResult<'a>>,
    properties: RunProperties,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: String,
    name: String,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
    properties: RuleProperties,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct RuleProperties {
    category: &'static str,
    tags: [&'static str; 3],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    references: Vec<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation<'a> {
    execution_successful: bool,
    start_time_utc: &'a str,
    end_time_utc: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    locations: Vec<Location>,
    properties: NotificationProperties,
}

#[derive(Serialize)]
struct NotificationProperties {
    reason: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
    /// The artifact in `run.artifacts`, for an entry of a container.
    #[serde(skip_serializing_if = "Option::is_none")]
    index: Option<usize>,
}

/// An entry of a container, or a container holding one, in `run.artifacts`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Artifact {
    location: ArtifactUri,
    #[serde(skip_serializing_if = "Option::is_none")]
    parent_index: Option<usize>,
}

#[derive(Serialize)]
struct ArtifactUri {
    uri: String,
}

/// `run.artifacts`: every entry of a container that a result or notification names, and
/// the containers above it up to the file on disk. A top-level artifact's `uri` is the
/// file's; a nested one's is its path inside its parent, as a relative reference (no
/// leading `/`, which would not resolve against a `uriBaseId`: SARIF Multitool's rule
/// SARIF1004), and `parentIndex` points at the parent (SARIF §3.24.3).
#[derive(Default)]
struct Artifacts {
    list: Vec<Artifact>,
    index: HashMap<Vec<u8>, usize>,
}

impl Artifacts {
    /// The index of the artifact of `path`, added with its parents, when it is an entry
    /// of a container (`a.zip!/b.csv`); `None` for a file on disk.
    fn of(&mut self, path: &Path) -> Option<usize> {
        let bytes = crate::source::path_bytes(path);
        let cuts: Vec<usize> = memchr::memmem::find_iter(&bytes, b"!/").collect();
        if cuts.is_empty() {
            return None;
        }
        let mut parent: Option<usize> = None;
        let mut from = 0;
        for end in cuts.iter().copied().chain([bytes.len()]) {
            let key = &bytes[..end];
            let at = match self.index.get(key) {
                Some(&i) => i,
                None => {
                    let own = crate::source::path_from_bytes(bytes[from..end].to_vec());
                    let uri = path_uri(&own);
                    self.list
                        .push(Artifact { location: ArtifactUri { uri }, parent_index: parent });
                    self.index.insert(key.to_vec(), self.list.len() - 1);
                    self.list.len() - 1
                }
            };
            parent = Some(at);
            from = end + 2;
        }
        parent
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: u64,
    start_column: u64,
    byte_offset: u64,
    byte_length: u64,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text,
    locations: [Location; 1],
    #[serde(skip_serializing_if = "Option::is_none")]
    partial_fingerprints: Option<BTreeMap<&'static str, &'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    suppressions: Option<[SarifSuppression; 1]>,
    properties: ResultProperties<'a>,
}

#[derive(Serialize)]
struct SarifSuppression {
    kind: &'static str,
    status: &'static str,
    justification: &'static str,
}

#[derive(Serialize)]
struct ResultProperties<'a> {
    category: &'static str,
    confidence: Confidence,
    test_value: bool,
    minor: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    table: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    row: Option<u64>,
}

#[derive(Serialize)]
struct RunProperties {
    complete: bool,
    min_confidence: Confidence,
    findings_total: u64,
    findings_truncated: bool,
    fail_on: Option<Confidence>,
    files_scanned: u64,
    bytes_scanned: u64,
    files_skipped: usize,
    failing: u64,
    baselined: u64,
    suppressed: usize,
    test_values_ignored: u64,
}

/// What to tell a developer about a finding of rule `r`.
fn help(r: &RuleInfo) -> Help {
    let refs = if r.references.is_empty() {
        String::new()
    } else {
        format!(" References: {}.", r.references.join("; "))
    };
    let text = format!(
        "{} Personal data ({}) should not be kept in this file. Remove it, mask it \
         (keep only what is needed, as in 139****5678), or replace it with a synthetic value \
         that is invalid on purpose (a wrong check digit, an unallocated prefix, a reserved \
         domain such as example.com). If the value is accepted here, record it in the \
         baseline (`piiscan baseline . > .piiscan-baseline.json`, then scan with \
         `--baseline`), allow it in `.piiscan.toml`, or add `piiscan:allow {}` on its \
         line.{refs}",
        r.description, r.category, r.category
    );
    let markdown = format!(
        "{}\n\nPersonal data (`{}`) should not be kept in this file:\n\n\
         * remove it, or mask it (keep only what is needed, as in `139****5678`);\n\
         * or replace it with a synthetic value that is invalid on purpose (a wrong check \
         digit, an unallocated prefix, a reserved domain such as `example.com`);\n\
         * if the value is accepted here, record it in the baseline \
         (`piiscan baseline . > .piiscan-baseline.json`, then scan with `--baseline`), \
         allow it in `.piiscan.toml`, or add `piiscan:allow {}` on its line.\n{}",
        r.description,
        r.category,
        r.category,
        if r.references.is_empty() {
            String::new()
        } else {
            format!("\nReferences: {}.\n", r.references.join("; "))
        }
    );
    Help { text, markdown }
}

fn rule(r: &RuleInfo) -> Rule {
    Rule {
        id: r.id.clone(),
        name: r.name.clone(),
        short_description: Text { text: r.name.clone() },
        full_description: Text {
            text: if r.description.is_empty() {
                format!("{}: {}.", r.name, r.category.description())
            } else {
                r.description.clone()
            },
        },
        help: help(r),
        // The detector's starting confidence: what a finding gets without context.
        default_configuration: Configuration { level: level(r.confidence) },
        properties: RuleProperties {
            category: r.category.name(),
            tags: ["privacy", "pii", r.category.name()],
            references: r.references.clone(),
        },
    }
}

/// The rules of the log: every detector of the scan, in catalogue order, then any other
/// id that a finding names (column hints, which report a column's values by the column's
/// name rather than by a detector), sorted, so that every result has its rule.
fn rules_of(inv: &Inventory) -> Vec<RuleInfo> {
    let mut rules = inv.meta.rules.clone();
    let known: std::collections::HashSet<&str> = rules.iter().map(|r| r.id.as_str()).collect();
    let mut extra: BTreeMap<&str, &Finding> = BTreeMap::new();
    let t = &inv.tally;
    for f in t.findings.iter().chain(t.suppressed.iter().map(|s| &s.finding)) {
        if !known.contains(&*f.detector) {
            extra.entry(&f.detector).or_insert(f);
        }
    }
    rules.extend(extra.into_iter().map(|(id, f)| RuleInfo {
        id: id.to_string(),
        name: format!("{} (column hint)", f.category.description()),
        category: f.category,
        description: format!(
            "A value in a column or key whose name marks it as {} ({}): reported because \
             of the column's name and the value's shape.",
            f.category.description().to_lowercase(),
            f.category
        ),
        references: Vec::new(),
        confidence: Confidence::Medium,
    }));
    rules
}

/// The message of a finding: its category, confidence and printable (masked) value.
fn message(f: &Finding) -> Text {
    let mut text = format!("{} ({}): {}", f.category, f.confidence, f.value);
    if f.in_path() {
        text.push_str(" in the path (a file or folder name)");
    }
    if let Some(column) = &f.column {
        text.push_str(&format!(" in column {}", crate::mask::sanitize(column)));
        if let Some(table) = &f.table {
            text.push_str(&format!(" of {}", crate::mask::sanitize(table)));
        }
        if let Some(row) = f.row {
            text.push_str(&format!(", row {row}"));
        }
    }
    if f.test_value {
        text.push_str(" [known test value]");
    }
    if f.minor {
        text.push_str(" [holder under 14]");
    }
    Text { text }
}

/// `path` as a URI reference: relative paths stay relative (with `/` separators),
/// absolute ones become `file://` URIs; every byte outside RFC 3986's unreserved set
/// (and `/`, and `:` after a `file://` prefix) is percent-encoded.
pub fn path_uri(path: &Path) -> String {
    let mut bytes = crate::source::path_bytes(path).into_owned();
    if cfg!(windows) {
        for b in &mut bytes {
            if *b == b'\\' {
                *b = b'/';
            }
        }
    }
    let absolute = path.is_absolute() || bytes.starts_with(b"/");
    let mut out = String::with_capacity(bytes.len() + 8);
    if absolute {
        out.push_str("file://");
        if !bytes.starts_with(b"/") {
            // A drive letter (`C:/x`): `file:///C:/x`.
            out.push('/');
        }
    }
    for (i, &b) in bytes.iter().enumerate() {
        // `!/` separates an archive from its entry, as in `jar:` URLs.
        let nested = b == b'!' && bytes.get(i + 1) == Some(&b'/');
        let keep = b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/')
            || (absolute && b == b':')
            || nested;
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn location(path: &Path, region: Option<Region>, artifacts: &mut Artifacts) -> [Location; 1] {
    [Location {
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation { uri: path_uri(path), index: artifacts.of(path) },
            region,
        },
    }]
}

fn result<'a>(
    f: &'a Finding,
    suppression: Option<Suppression>,
    index: &HashMap<&str, usize>,
    artifacts: &mut Artifacts,
) -> SarifResult<'a> {
    SarifResult {
        rule_id: &f.detector,
        rule_index: index.get(&*f.detector).copied(),
        level: level(f.confidence),
        message: message(f),
        // A value in the path has no region: the location is the file or folder itself.
        locations: location(
            &f.path,
            (!f.in_path()).then(|| Region {
                start_line: f.line,
                start_column: f.col.max(1),
                byte_offset: f.start,
                byte_length: f.end.saturating_sub(f.start),
            }),
            artifacts,
        ),
        partial_fingerprints: (!f.fingerprint.is_empty())
            .then(|| BTreeMap::from([(FINGERPRINT_KEY, f.fingerprint.as_str())])),
        suppressions: suppression.map(|s| {
            let (kind, justification) = match s {
                Suppression::Inline => ("inSource", "a piiscan:allow comment on its line"),
                Suppression::AllowedValue => {
                    ("external", "an allowed value in the piiscan configuration")
                }
                Suppression::Baseline => ("external", "accepted in the piiscan baseline"),
                Suppression::TestValue => ("external", "a well-known test value"),
            };
            [SarifSuppression { kind, status: "accepted", justification }]
        }),
        properties: ResultProperties {
            category: f.category.name(),
            confidence: f.confidence,
            test_value: f.test_value,
            minor: f.minor,
            table: f.table.as_deref(),
            column: f.column.as_deref(),
            row: f.row,
        },
    }
}

impl Report for Sarif {
    fn write(&self, inv: &Inventory, out: &mut dyn Write) -> io::Result<()> {
        let t = &inv.tally;
        let rules = rules_of(inv);
        let index: HashMap<&str, usize> =
            rules.iter().enumerate().map(|(i, r)| (r.id.as_str(), i)).collect();

        // Reported and suppressed findings together, by path and offset (then detector,
        // reported before suppressed), so that the order never depends on threads.
        let mut all: Vec<(&Finding, Option<Suppression>)> = t
            .findings
            .iter()
            .map(|f| (f, None))
            .chain(t.suppressed.iter().map(|s| (&s.finding, Some(s.suppressed))))
            .collect();
        all.sort_by(|(a, sa), (b, sb)| {
            a.order(b).then(a.end.cmp(&b.end)).then(a.detector.cmp(&b.detector)).then(sa.cmp(sb))
        });
        let mut artifacts = Artifacts::default();
        let results = all.into_iter().map(|(f, s)| result(f, s, &index, &mut artifacts)).collect();

        let mut notifications: Vec<Notification> = t
            .skips
            .iter()
            .filter(|s| s.reason.is_error())
            .map(|s| Notification {
                level: "error",
                message: Text {
                    // The detail of a walk error often names the path already.
                    text: {
                        let path = crate::source::display_path(&s.path);
                        let detail = crate::mask::sanitize(&s.detail);
                        if detail.starts_with(&path) {
                            detail
                        } else {
                            format!("{path}: {detail}")
                        }
                    },
                },
                locations: Vec::from(location(&s.path, None, &mut artifacts)),
                properties: NotificationProperties { reason: s.reason.name() },
            })
            .chain(crate::report::left_out(inv).map(|text| Notification {
                level: "warning",
                message: Text { text },
                locations: Vec::new(),
                properties: NotificationProperties { reason: "findings_truncated" },
            }))
            .collect();
        if !inv.meta.complete {
            notifications.push(Notification {
                level: "error",
                message: Text { text: super::incomplete().to_string() },
                locations: Vec::new(),
                properties: NotificationProperties { reason: "interrupted" },
            });
        }

        let log = Log {
            schema: SCHEMA_URI,
            version: "2.1.0",
            runs: [Run {
                tool: Tool {
                    driver: Driver {
                        name: "piiscan",
                        version: inv.meta.version,
                        semantic_version: inv.meta.version,
                        rules: rules.iter().map(rule).collect(),
                    },
                },
                invocations: [Invocation {
                    execution_successful: !t.has_errors() && inv.meta.complete,
                    start_time_utc: &inv.meta.started,
                    end_time_utc: &inv.meta.finished,
                    tool_execution_notifications: notifications,
                }],
                column_kind: "unicodeCodePoints",
                artifacts: artifacts.list,
                results,
                properties: RunProperties {
                    complete: inv.meta.complete,
                    min_confidence: inv.meta.min_confidence,
                    findings_total: t.findings_total,
                    findings_truncated: crate::report::left_out(inv).is_some(),
                    fail_on: inv.meta.fail_on,
                    files_scanned: t.files_scanned,
                    bytes_scanned: t.bytes_scanned,
                    files_skipped: t.skips.len(),
                    failing: t.failing,
                    baselined: t.baselined,
                    suppressed: t.suppressed_total as usize,
                    test_values_ignored: t.test_values_ignored,
                },
            }],
        };
        serde_json::to_writer_pretty(&mut *out, &log)?;
        out.write_all(b"\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_with_percent_encoding() {
        assert_eq!(path_uri(Path::new("a/b.txt")), "a/b.txt");
        assert_eq!(path_uri(Path::new("dir with space/x,y.txt")), "dir%20with%20space/x%2Cy.txt");
        assert_eq!(path_uri(Path::new("a:b/c")), "a%3Ab/c");
        assert_eq!(
            path_uri(Path::new("数据/客户.csv")),
            "%E6%95%B0%E6%8D%AE/%E5%AE%A2%E6%88%B7.csv"
        );
        assert_eq!(path_uri(Path::new("../x/100%.txt")), "../x/100%25.txt");
        assert_eq!(path_uri(Path::new("a.zip!/b!.csv")), "a.zip!/b%21.csv");
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let p = Path::new(std::ffi::OsStr::from_bytes(b"na\xFFme.txt"));
            assert_eq!(path_uri(p), "na%FFme.txt");
            assert_eq!(path_uri(Path::new("/tmp/a b.txt")), "file:///tmp/a%20b.txt");
        }
    }

    #[test]
    fn levels() {
        assert_eq!(level(Confidence::High), "error");
        assert_eq!(level(Confidence::Medium), "warning");
        assert_eq!(level(Confidence::Low), "note");
    }
}
