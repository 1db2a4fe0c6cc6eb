//! What the outputs carry: exact offsets, masked values, every documented field, paths
//! that are not UTF-8, and the human summary.

use crate::util::{parse_jsonl, stderr, stdout, Dir, PII_LINE, PII_VALUES};

const MIXED: &str = "\
2025-03-01 10:00:01 INFO login user=zhang.wei@example.com ip=203.0.113.77\n\
客户张伟，身份证号11010519491231002x，手机 +86 139-1234-5678。\n\
card: 6225 8814 1420 7430 amount 88.00\n\
order 6225881414207431 ts=1740823201000\n";

#[test]
fn offsets_point_at_the_value_in_the_file() {
    let d = Dir::new();
    let path = d.create("mixed.txt", MIXED);
    let bytes = std::fs::read(path).unwrap();
    let found = d.findings(&["--show-values"]);
    assert_eq!(found.len(), 6, "{found:#?}");
    for f in &found {
        let (s, e) = (f["start"].as_u64().unwrap() as usize, f["end"].as_u64().unwrap() as usize);
        assert_eq!(String::from_utf8_lossy(&bytes[s..e]), f["value"].as_str().unwrap());
        let line = bytes[..s].iter().filter(|&&b| b == b'\n').count() + 1;
        assert_eq!(f["line"].as_u64().unwrap() as usize, line);
    }
    let cats: Vec<&str> = found.iter().map(|f| f["category"].as_str().unwrap()).collect();
    assert_eq!(cats, ["email", "ipv4", "person_name", "cn_resident_id", "cn_mobile", "bank_card"]);
}

#[test]
fn no_output_format_prints_a_raw_value_by_default() {
    let d = Dir::new();
    d.create("mixed.txt", MIXED);
    d.create("line.txt", PII_LINE);
    let raw = [
        "zhang.wei@example.com",
        "203.0.113.77",
        "张伟",
        "11010519491231002x",
        "11010519491231002X",
        "139-1234-5678",
        "13912345678",
        "6225 8814 1420 7430",
        "6225881414207430",
        "110105199003071239",
    ];
    for format in ["human", "json", "jsonl", "sarif", "github", "csv", "markdown", "html"] {
        let out = d.cmd().args(["scan", "--format", format]).output().unwrap();
        assert!(out.status.success());
        let text = stdout(&out) + &stderr(&out);
        for value in raw.iter().chain(PII_VALUES.iter()) {
            assert!(!text.contains(value), "{format} output holds raw {value}:\n{text}");
        }
    }
    let out = d.cmd().args(["scan", "--format", "jsonl", "--show-values"]).output().unwrap();
    assert!(stdout(&out).contains("13912345678"), "--show-values shows raw values");
}

#[test]
fn masks_have_the_documented_shape() {
    let d = Dir::new();
    d.create("line.txt", PII_LINE);
    let found = d.findings(&[]);
    let values: Vec<&str> = found.iter().map(|f| f["value"].as_str().unwrap()).collect();
    assert_eq!(values, ["110105********1239", "139****5678", "z***@example.com"]);
}

#[test]
fn jsonl_findings_carry_every_field() {
    let d = Dir::new();
    d.create("sub/line.txt", PII_LINE);
    let found = d.findings(&["sub"]);
    assert_eq!(found.len(), 3);
    for f in &found {
        for key in ["path", "start", "end", "line", "category", "detector", "confidence", "value"] {
            assert!(!f[key].is_null(), "missing {key} in {f}");
        }
        assert_eq!(f["path"], "sub/line.txt");
        assert!(f["end"].as_u64() > f["start"].as_u64());
    }
    assert_eq!(found[0]["detector"], "cn_resident_id.18");
    assert_eq!(found[0]["confidence"], "high");
}

#[test]
fn the_json_inventory_is_complete_and_consistent() {
    let d = Dir::new();
    d.create("a/line.txt", PII_LINE);
    d.create("a/mixed.txt", MIXED);
    d.create("clean.txt", "nothing to see\n");
    let inv = d.inventory(&[]);
    assert_eq!(inv["schema_version"], 2);
    let scan = &inv["scan"];
    assert_eq!(scan["tool"], "piiscan");
    assert_eq!(scan["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(scan["roots"], serde_json::json!(["."]));
    assert_eq!(scan["files_scanned"], 3);
    let bytes = (PII_LINE.len() + MIXED.len() + "nothing to see\n".len()) as u64;
    assert_eq!(scan["bytes_scanned"], bytes);
    assert_eq!(scan["files_skipped"], 0);
    assert!(scan["started"].as_str().unwrap() <= scan["finished"].as_str().unwrap());
    assert!(scan["detectors"].as_array().unwrap().iter().any(|d| d == "cn_mobile.plain"));
    let findings = inv["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 9);
    let files = inv["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["path"], "a/line.txt");
    let per_file: u64 = files
        .iter()
        .flat_map(|f| f["categories"].as_array().unwrap())
        .map(|c| c["findings"].as_u64().unwrap())
        .sum();
    let per_category: u64 =
        inv["categories"].as_array().unwrap().iter().map(|c| c["findings"].as_u64().unwrap()).sum();
    assert_eq!(per_file, 9);
    assert_eq!(per_category, 9);
    let mobile =
        inv["categories"].as_array().unwrap().iter().find(|c| c["category"] == "cn_mobile");
    assert_eq!(mobile.unwrap()["files"], 2);
    // Locations add up to the totals, and each says what to do.
    let locations = inv["locations"].as_array().unwrap();
    let per_location: u64 = locations.iter().map(|l| l["findings"].as_u64().unwrap()).sum();
    assert_eq!(per_location, 9);
    assert_eq!(inv["totals"]["findings"], 9);
    assert_eq!(inv["totals"]["locations"], locations.len() as u64);
    assert_eq!(inv["scan"]["findings_total"], 9);
    for l in locations {
        assert!(!l["recommendations"].as_array().unwrap().is_empty(), "{l}");
        assert!(l["samples"].as_array().unwrap().len() <= 3, "{l}");
        assert!(l["first_line"].as_u64().unwrap() >= 1, "{l}");
    }
    assert!(scan["detectors_digest"].as_str().unwrap().starts_with("sha256:"));
}

#[cfg(target_os = "linux")]
#[test]
fn paths_that_are_not_utf8_are_not_mangled() {
    use std::os::unix::ffi::OsStrExt;
    let d = Dir::new();
    let name = std::ffi::OsStr::from_bytes(b"caf\xE9.txt");
    std::fs::write(d.path().join(name), PII_LINE).unwrap();
    let out = d.cmd().args(["scan", "--format", "jsonl"]).output().unwrap();
    let found = parse_jsonl(&out);
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD.encode(b"caf\xE9.txt");
    assert_eq!(found[0]["path"], serde_json::json!({ "bytes": b64 }));
    let out = d.cmd().args(["scan"]).output().unwrap();
    assert!(stdout(&out).contains("caf\\xE9.txt"), "{}", stdout(&out));
}

#[test]
fn the_human_summary_lists_categories_and_files() {
    let d = Dir::new();
    d.create("notes/line.txt", PII_LINE);
    d.create("bin.dat", b"\x00\x01\x02");
    let out = d.cmd().arg("scan").output().unwrap();
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with("Scanned 1 file ("), "{text}");
    assert!(text.contains("skipped 1 (binary 1)"), "{text}");
    assert!(text.contains("CATEGORY"), "{text}");
    let row = text.lines().find(|l| l.starts_with("cn_mobile")).unwrap();
    assert_eq!(
        row.split_whitespace().collect::<Vec<_>>(),
        ["cn_mobile", "personal", "1", "1", "1", "1", "0", "0", "0", "0"]
    );
    let file = text.lines().find(|l| l.starts_with("notes/line.txt")).unwrap();
    assert!(file.contains("cn_resident_id 1") && file.contains("email 1"), "{file}");
}

#[test]
fn a_clean_tree_says_so() {
    let d = Dir::new();
    d.create("a.txt", "order ORD-20250301-000123 total 88.00 ts=1740823201000\n");
    let out = d.cmd().arg("scan").output().unwrap();
    assert!(out.status.success());
    assert!(stdout(&out).contains("No personal data found."));
}

#[test]
fn min_confidence_filters() {
    let d = Dir::new();
    // A mobile without context is medium; with `tel` it is high.
    d.create("a.txt", "x 13912345678\ntel 13987654321\n");
    assert_eq!(d.findings(&[]).len(), 2);
    assert_eq!(d.findings(&["--min-confidence", "high"]).len(), 1);
}

#[test]
fn utf16_exports_are_decoded_and_offsets_point_into_the_file() {
    let d = Dir::new();
    let text = "姓名,手机\r\n张伟,13912345678\r\n";
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for u in text.encode_utf16() {
        le.extend_from_slice(&u.to_le_bytes());
        be.extend_from_slice(&u.to_be_bytes());
    }
    d.create("le.csv", &le);
    d.create("be.csv", &be);
    let found = d.findings(&["--show-values"]);
    // The CSV is parsed from the decoded text: the name is found by its column too.
    let found: Vec<_> = found.into_iter().filter(|f| f["category"] == "cn_mobile").collect();
    assert_eq!(found.len(), 2, "{found:?}");
    for (f, bytes) in found.iter().zip([&be, &le]) {
        assert_eq!(f["value"], "13912345678");
        assert_eq!(f["column"], "手机");
        assert_eq!(f["line"], 2);
        let (s, e) = (f["start"].as_u64().unwrap() as usize, f["end"].as_u64().unwrap() as usize);
        let units: Vec<u16> = bytes[s..e]
            .chunks(2)
            .map(|c| {
                if bytes[0] == 0xFF {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        assert_eq!(String::from_utf16(&units).unwrap(), "13912345678");
    }
}

#[test]
fn test_values_and_minors_are_flagged_and_counted() {
    let d = Dir::new();
    // 440305201506120044: born 2015-06-12, under 14; 13800138000: a well-known fake;
    // 203.0.113.77: a documentation address.
    d.create(
        "a.txt",
        "child id 440305201506120044\ntel 13800138000\nip 203.0.113.77\ntel 13912345678\n",
    );
    let found = d.findings(&[]);
    let flags: Vec<(bool, bool)> = found
        .iter()
        .map(|f| (f["test_value"].as_bool().unwrap(), f["minor"].as_bool().unwrap()))
        .collect();
    assert_eq!(flags, [(false, true), (true, false), (true, false), (false, false)]);
    let inv = d.inventory(&[]);
    let cats = inv["categories"].as_array().unwrap();
    let id = cats.iter().find(|c| c["category"] == "cn_resident_id").unwrap();
    assert_eq!(id["minors"], 1);
    let mobile = cats.iter().find(|c| c["category"] == "cn_mobile").unwrap();
    assert_eq!((mobile["findings"].as_u64(), mobile["test_values"].as_u64()), (Some(2), Some(1)));
    assert_eq!(inv["files"][0]["categories"][0]["minors"], 1);
}

#[test]
fn the_json_inventory_lists_a_bounded_number_of_findings() {
    let d = Dir::new();
    let line = "tel 13912345678\n";
    d.create("a.txt", line.repeat(60_000));
    d.create("b.txt", line.repeat(60_000));
    let inv = d.inventory(&["-j", "2"]);
    assert_eq!(inv["scan"]["findings_total"], 120_000);
    assert_eq!(inv["scan"]["findings_truncated"], true);
    let findings = inv["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 100_000);
    // The first by path and offset, whichever thread scanned which file.
    assert_eq!(findings[59_999]["path"], "a.txt");
    assert_eq!(findings[60_000]["path"], "b.txt");
    assert_eq!(findings[99_999]["start"], (40_000 - 1) * line.len() + 4);
    // The per-file counts are complete.
    assert_eq!(inv["files"][1]["categories"][0]["findings"], 60_000);
}
