//! Hostile names, byte-order marks and output caps: a file or folder name cannot move
//! the terminal's cursor or leak a value, a byte-order mark cannot hide a file's values,
//! and no output drops findings without saying so.

use std::collections::BTreeSet;
use std::process::Output;

use serde_json::Value;

use crate::util::{parse_jsonl, stderr, stdout, Dir, PII_LINE, PII_VALUES};

/// A folder and a file whose names hold a mobile number and a resident ID number (both
/// valid, not well-known test values), and terminal escapes (a colour, a window title
/// ending in BEL, a bidi override).
const FOLDER: &str = "客户_13912345678";
const FILE: &str = "a\x1b[31m_110105199003071239\x1b]0;pwned\x07\u{202e}.txt";

/// The raw values of the names, as the names hold them.
const NAME_VALUES: [&str; 2] = ["13912345678", "110105199003071239"];

const FORMATS: [&str; 8] = ["human", "json", "jsonl", "csv", "markdown", "html", "sarif", "github"];

/// A tree with the hostile names, the file holding [`PII_LINE`].
fn hostile_tree() -> Dir {
    let d = Dir::new();
    d.create(&format!("{FOLDER}/{FILE}"), PII_LINE);
    d
}

/// Panics when `out` (standard output and error) holds a control byte other than a
/// newline or tab, a bidi override, or one of `raw`.
fn assert_clean(out: &Output, raw: &[&str], what: &str) {
    for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let bad = bytes.iter().find(|&&b| (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7f);
        assert!(bad.is_none(), "{what}: control byte {bad:?} on {name}");
        let text = String::from_utf8_lossy(bytes);
        assert!(!text.contains('\u{202e}'), "{what}: bidi override on {name}");
        for v in raw {
            assert!(!text.contains(v), "{what}: raw value {v} on {name}:\n{text}");
        }
    }
}

fn scan(d: &Dir, args: &[&str]) -> Output {
    d.cmd().arg("scan").args(args).output().unwrap()
}

#[test]
fn names_are_escaped_and_their_values_masked_in_every_format() {
    let d = hostile_tree();
    let raw: Vec<&str> = NAME_VALUES.iter().chain(&PII_VALUES).copied().collect();
    for format in FORMATS {
        let out = scan(&d, &["--format", format, "--fail-on", "low"]);
        assert_eq!(out.status.code(), Some(1), "{format}: {}", stderr(&out));
        assert_clean(&out, &raw, format);
        // The masked names are there, so the files can still be found.
        let text = stdout(&out);
        assert!(text.contains("139****5678") || text.contains("139%2A%2A%2A%2A5678"), "{format}");
    }
    // The report files too.
    for ext in ["html", "md", "csv", "json", "sarif", "txt"] {
        let out = scan(&d, &["--report", &format!("r.{ext}")]);
        assert_eq!(out.status.code(), Some(0), "{ext}: {}", stderr(&out));
        let report = std::fs::read(d.path().join(format!("r.{ext}"))).unwrap();
        let as_output = Output { status: out.status, stdout: report, stderr: out.stderr };
        assert_clean(&as_output, &raw, ext);
    }
}

#[test]
fn a_value_in_a_name_is_a_finding_located_in_the_path() {
    let d = hostile_tree();
    let findings = d.findings(&[]);
    let in_path: Vec<&Value> = findings.iter().filter(|f| f["line"] == 0).collect();
    // The folder's number once (on the folder, not again on the file under it), and the
    // file's ID number.
    assert_eq!(in_path.len(), 2, "{findings:#?}");
    let folder = in_path.iter().find(|f| f["category"] == "cn_mobile").unwrap();
    assert_eq!(folder["path"], "客户_139****5678");
    let start = folder["start"].as_u64().unwrap() as usize;
    assert_eq!(&FOLDER.as_bytes()[start..folder["end"].as_u64().unwrap() as usize], b"13912345678");
    assert_eq!(folder["col"], 4);
    assert_eq!(folder["value"], "139****5678");
    let file = in_path.iter().find(|f| f["category"] == "cn_resident_id").unwrap();
    let shown = file["path"].as_str().unwrap();
    assert!(shown.starts_with("客户_139****5678/a\u{1b}[31m_110105********1239"), "{shown}");
    // Offsets count in the path as it is on disk.
    let full = format!("{FOLDER}/{FILE}");
    let (s, e) = (file["start"].as_u64().unwrap() as usize, file["end"].as_u64().unwrap() as usize);
    assert_eq!(&full.as_bytes()[s..e], b"110105199003071239");
    // The content's findings are all there too, after the name's, under the masked path.
    let content: Vec<&Value> = findings.iter().filter(|f| f["line"] != 0).collect();
    assert_eq!(content.len(), PII_VALUES.len());
    assert!(content.iter().all(|f| f["path"] == file["path"]));
    let order: Vec<bool> =
        findings.iter().filter(|f| f["path"] == file["path"]).map(|f| f["line"] == 0).collect();
    assert_eq!(order, [true, false, false, false]);

    // The inventory counts them as locations of their paths, and is schema-valid.
    let inv = d.inventory(&[]);
    let errors = crate::report::schema_errors(&inv);
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(inv["scan"]["findings_total"], 5);
    assert_eq!(inv["totals"]["findings"], 5);
    let folder_loc = inv["locations"].as_array().unwrap();
    assert!(folder_loc.iter().any(|l| l["path"] == "客户_139****5678" && l["first_line"] == 0));

    // SARIF: the location is the artifact itself, without a region; schema-valid.
    let out = scan(&d, &["--format", "sarif"]);
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    let errors = crate::sarif::schema_errors(&log);
    assert!(errors.is_empty(), "{errors:#?}");
    let results = log["runs"][0]["results"].as_array().unwrap();
    let regionless: Vec<&Value> = results
        .iter()
        .filter(|r| r["locations"][0]["physicalLocation"].get("region").is_none())
        .collect();
    assert_eq!(regionless.len(), 2);
    assert!(regionless
        .iter()
        .all(|r| r["message"]["text"].as_str().unwrap().contains("in the path")));

    // GitHub: an annotation of the file as a whole.
    let out = scan(&d, &["--format", "github"]);
    let text = stdout(&out);
    let folder_line = text.lines().find(|l| l.contains("file=客户_139****5678,")).unwrap();
    assert!(!folder_line.contains("line="), "{folder_line}");
}

#[test]
fn show_paths_prints_names_as_they_are_and_values_stay_masked() {
    let d = hostile_tree();
    for flag in ["--show-paths", "--show-values"] {
        let findings = d.findings(&[flag]);
        let folder = findings.iter().find(|f| f["line"] == 0 && f["category"] == "cn_mobile");
        assert_eq!(folder.unwrap()["path"], FOLDER, "{flag}");
        let masked = findings.iter().all(|f| f["value"].as_str().unwrap().contains('*'));
        assert_eq!(masked, flag == "--show-paths", "{flag}");
        // Shown as they are, names still cannot move the cursor.
        let out = scan(&d, &[flag]);
        assert_clean(&out, &[], flag);
        assert!(stdout(&out).contains("13912345678"), "{flag}");
    }
}

#[test]
fn fingerprints_and_baselines_do_not_depend_on_masked_paths() {
    let d = hostile_tree();
    let key = (
        "PIISCAN_BASELINE_KEY",
        "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
    );
    let prints = |args: &[&str]| -> BTreeSet<String> {
        let out =
            d.cmd().env(key.0, key.1).arg("scan").args(["--format", "jsonl"]).args(args).output();
        let out = out.unwrap();
        parse_jsonl(&out).iter().map(|f| f["fingerprint"].as_str().unwrap().to_string()).collect()
    };
    let masked = prints(&[]);
    assert_eq!(masked.len(), 5);
    assert_eq!(masked, prints(&["--show-paths"]));
    // A baseline made with masked paths covers every finding, names included.
    let out = d.cmd().env(key.0, key.1).arg("baseline").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_clean(&out, &NAME_VALUES, "baseline");
    d.create("base.json", &out.stdout);
    let args = ["scan", "--baseline", "base.json", "--fail-on", "low", "--show-paths"];
    let out = d.cmd().env(key.0, key.1).args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn errors_on_stderr_escape_control_characters_and_mask_values() {
    let d = Dir::new();
    d.create("ok.txt", PII_LINE);
    let missing = "gone\x1b[2J_13912345678.txt";
    let out = scan(&d, &["ok.txt", missing, "--format", "json"]);
    assert_eq!(out.status.code(), Some(2));
    assert_clean(&out, &NAME_VALUES, "missing root");
    let err = stderr(&out);
    assert!(err.contains("gone\\u{1b}[2J_139****5678.txt"), "{err}");
    // The roots in the document are masked too, and the rest was scanned.
    let inv: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(inv["scan"]["roots"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| { !r.as_str().unwrap().contains("13912345678") }));
    // A root that cannot be walked is a walk error: its name is masked, not reported.
    assert_eq!(inv["scan"]["findings_total"], 3);

    // Listed but missing: masked too, and its name is still reported.
    d.create("list", format!("{missing}\n"));
    let out = scan(&d, &["--files-from", "list", "--format", "jsonl"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_clean(&out, &NAME_VALUES, "--files-from");
    let findings = parse_jsonl(&out);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0]["path"], "gone\u{1b}[2J_139****5678.txt");
    assert_eq!(findings[0]["line"], 0);
}

#[test]
fn a_byte_order_mark_that_the_content_contradicts_is_ignored_with_a_warning() {
    let d = Dir::new();
    let mut text = vec![0xFF, 0xFE];
    text.extend_from_slice(PII_LINE.as_bytes());
    d.create("ids.txt", &text);
    let mut csv = vec![0xFE, 0xFF];
    csv.extend_from_slice(b"name,phone,id\nzhang,13912345678,110105199003071239\n");
    d.create("people.csv", &csv);
    // A real UTF-16 file is still decoded.
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(PII_LINE.encode_utf16().flat_map(u16::to_le_bytes));
    d.create("real16.txt", &utf16);

    let out = scan(&d, &["--format", "json", "--fail-on", "low"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let inv: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = inv["findings"].as_array().unwrap();
    let count = |path: &str| findings.iter().filter(|f| f["path"] == path).count();
    assert_eq!((count("ids.txt"), count("people.csv"), count("real16.txt")), (3, 2, 3));
    // Offsets still point at the values in the file.
    for f in findings.iter().filter(|f| f["path"] == "ids.txt") {
        let (s, e) = (f["start"].as_u64().unwrap() as usize, f["end"].as_u64().unwrap() as usize);
        assert!(PII_VALUES.contains(&std::str::from_utf8(&text[s..e]).unwrap()));
    }
    let csv_cols: BTreeSet<&str> = findings
        .iter()
        .filter(|f| f["path"] == "people.csv")
        .map(|f| f["column"].as_str().unwrap())
        .collect();
    assert_eq!(csv_cols, BTreeSet::from(["id", "phone"]));
    let warned = |path: &str| -> Vec<String> {
        let file = inv["files"].as_array().unwrap().iter().find(|f| f["path"] == path);
        // `warnings` is left out when empty.
        let warnings = file.unwrap()["warnings"].as_array().cloned().unwrap_or_default();
        warnings.iter().map(|w| w["reason"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(
        warned("ids.txt"),
        ["byte-order mark FF FE ignored: the text after it is not UTF-16"]
    );
    assert_eq!(
        warned("people.csv")[0],
        "byte-order mark FE FF ignored: the text after it is not UTF-16"
    );
    assert!(warned("real16.txt").is_empty());
    // The human summary shows the warning.
    let out = scan(&d, &[]);
    assert!(stdout(&out).contains("ids.txt @0: byte-order mark FF FE ignored"), "{}", stdout(&out));
}

#[test]
fn sarif_and_github_say_how_many_findings_were_left_out() {
    let d = Dir::new();
    let lines: String =
        (0..120_000u32).map(|i| format!("tel 139{:08}\n", 10_000_000 + i)).collect();
    d.create("many.txt", lines);
    let note = "20000 of 120000 findings are not listed";

    let out = scan(&d, &["--format", "sarif", "--fail-on", "low"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(note), "{}", stderr(&out));
    let mut log: Value = serde_json::from_slice(&out.stdout).unwrap();
    let run = &mut log["runs"][0];
    assert_eq!(run["results"].as_array().unwrap().len(), 100_000);
    assert_eq!(run["properties"]["findings_total"], 120_000);
    assert_eq!(run["properties"]["findings_truncated"], true);
    let notes = run["invocations"][0]["toolExecutionNotifications"].as_array().unwrap();
    let left = notes.iter().find(|n| n["properties"]["reason"] == "findings_truncated").unwrap();
    assert_eq!(left["level"], "warning");
    assert!(left["message"]["text"].as_str().unwrap().contains(note));
    // Schema-valid (checked on the first results: the rest are alike).
    run["results"].as_array_mut().unwrap().truncate(20);
    let errors = crate::sarif::schema_errors(&log);
    assert!(errors.is_empty(), "{errors:#?}");

    let out = scan(&d, &["--format", "github"]);
    assert!(stderr(&out).contains(note));
    let text = stdout(&out);
    assert_eq!(text.lines().filter(|l| l.contains("file=many.txt")).count(), 100_000);
    let last = text.lines().last().unwrap();
    assert!(last.starts_with("::warning title=piiscan::") && last.contains(note), "{last}");

    // No finding is lost: jsonl streams every one.
    assert_eq!(d.findings(&[]).len(), 120_000);
}
