//! The inventory report: its JSON Schema, the CSV and Markdown renderings (snapshots),
//! `--report`, `piiscan report`, `piiscan diff`, distinct counts past the exact bound,
//! and that no output format shows a raw value.

use std::path::Path;

use serde_json::Value;

use crate::util::{stderr, stdout, Dir, PII_LINE};

/// A small tree (under `data/`, the scan root, so that saved inventories stay out of
/// it) with a log, an export, a test fixture and a note. Synthetic values with
/// computed check characters; the child's ID number (born 2020-05-01) is a minor's.
fn tree() -> Dir {
    let d = Dir::new();
    d.create(
        "data/logs/app.log",
        "2026-01-02T03:04:05Z INFO sms sent to 13912345678\n\
         2026-01-02T03:04:06Z INFO sms sent to 13800138000\n\
         2026-01-02T03:04:07Z WARN card 6225 8814 1420 7430 declined\n",
    );
    d.create(
        "data/exports/users.csv",
        "id,name,id_card,mobile,birthday\n\
         1,张伟,440305198511203018,13912345678,1985-11-20\n\
         2,李娜,310115197704152235,15303678950,1977-04-15\n\
         3,王小明,110105202005010020,,2020-05-01\n",
    );
    d.create(
        "data/src/tests/fixtures/customer.json",
        "{\"phone\": \"15303678950\", \"email\": \"zhang.wei@example.com\"}\n",
    );
    d.create("data/notes.txt", PII_LINE);
    d
}

/// The raw values planted in [`tree`].
const RAW: &[&str] = &[
    "13912345678",
    "6225 8814 1420 7430",
    "440305198511203018",
    "310115197704152235",
    "110105202005010020",
    "15303678950",
    "110105199003071239",
    "张伟",
    "李娜",
    "王小明",
];

/// A scan's JSON with the parts that change between runs fixed, saved as `inv.json`.
fn saved_inventory(d: &Dir, args: &[&str]) -> Value {
    let out = d.cmd().args(["scan", "--format", "json", "data"]).args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut inv: Value = serde_json::from_slice(&out.stdout).unwrap();
    inv["scan"]["started"] = "2026-11-01T02:00:00Z".into();
    inv["scan"]["finished"] = "2026-11-01T02:00:01Z".into();
    inv["scan"]["duration_ms"] = 1000.into();
    inv["scan"]["version"] = "0.0.0-test".into();
    // The catalogue digest changes with every pattern or validator edit; the pinned
    // renderings name a fixed one.
    inv["scan"]["detectors_digest"] = format!("sha256:{}", "ab".repeat(32)).into();
    d.create("inv.json", serde_json::to_vec_pretty(&inv).unwrap());
    inv
}

pub(crate) fn schema_errors(doc: &Value) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/inventory.schema.json");
    let schema: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    let v = jsonschema::draft202012::options().should_validate_formats(true).build(&schema);
    let v = v.unwrap();
    v.iter_errors(doc).map(|e| format!("{e} at {}", e.instance_path())).collect()
}

#[test]
fn real_inventories_match_the_json_schema() {
    let d = tree();
    d.create("data/bin.dat", b"\x00\x01\x02");
    d.create("data/exports/ragged.csv", "name,phone\n张伟,13912345678\n李娜,13987654321,extra\n");
    let low = ["data", "--samples", "0", "--min-confidence", "low"];
    let mut docs = vec![d.inventory(&["data"]), d.inventory(&low)];
    let manifest = env!("CARGO_MANIFEST_DIR");
    for dump in ["mysql.sql.gz", "pg.sql", "users.sqlite", "users.jsonl"] {
        let out = d
            .cmd()
            .args(["scan", "--format", "json"])
            .arg(format!("{manifest}/tests/data/dumps/{dump}"))
            .output()
            .unwrap();
        docs.push(serde_json::from_slice(&out.stdout).unwrap());
    }
    docs.push(
        serde_json::from_slice(
            &d.cmd().args(["scan", "--format", "json"]).arg("nothing").output().unwrap().stdout,
        )
        .unwrap(),
    );
    for doc in &docs {
        let errors = schema_errors(doc);
        assert!(errors.is_empty(), "not valid:\n{}", errors.join("\n"));
    }
    // The schema is strict: a field it does not know is an error.
    let mut extra = docs[0].clone();
    extra["totals"]["surprise"] = 1.into();
    assert!(!schema_errors(&extra).is_empty());
    // The first inventory has skips and warnings, so both were checked.
    assert_eq!(docs[0]["scan"]["skipped_by_reason"]["binary"], 1);
    assert!(docs[0]["scan"]["warnings"].as_u64().unwrap() > 0);
}

#[test]
fn locations_carry_classes_samples_minors_and_recommendations() {
    let d = tree();
    let inv = saved_inventory(&d, &[]);
    let locs = inv["locations"].as_array().unwrap();
    let find = |path: &str, column: Option<&str>, cat: &str| {
        locs.iter()
            .find(|l| l["path"] == path && l["column"].as_str() == column && l["category"] == cat)
            .unwrap_or_else(|| panic!("no {path} {column:?} {cat} in {locs:#?}"))
    };
    let ids = find("data/exports/users.csv", Some("id_card"), "cn_resident_id");
    assert_eq!(ids["sensitivity"], "sensitive");
    assert_eq!((ids["findings"].as_u64(), ids["distinct"].as_u64()), (Some(3), Some(3)));
    assert_eq!(ids["minors"], 1);
    assert_eq!(ids["first_row"], 1);
    assert_eq!(ids["holds"], true);
    assert_eq!(
        ids["recommendations"],
        serde_json::json!(["minors", "protect_column", "retention"])
    );
    assert_eq!(ids["samples"].as_array().unwrap().len(), 3);
    for s in ids["samples"].as_array().unwrap() {
        assert!(s.as_str().unwrap().contains('*'), "{s}");
    }
    let mobile = find("data/exports/users.csv", Some("mobile"), "cn_mobile");
    assert_eq!(mobile["sensitivity"], "personal");
    assert_eq!(mobile["recommendations"], serde_json::json!(["minimise_column", "retention"]));
    let log = find("data/logs/app.log", None, "cn_mobile");
    assert_eq!(log["recommendations"], serde_json::json!(["mask_in_logs"]));
    assert_eq!(log["test_values"], 1);
    assert_eq!(log["first_line"], 1);
    let fixture = find("data/src/tests/fixtures/customer.json", Some("phone"), "cn_mobile");
    assert_eq!(
        fixture["recommendations"],
        serde_json::json!(["synthetic_fixture", "minimise_column"])
    );
    let example = find("data/src/tests/fixtures/customer.json", Some("email"), "email");
    assert_eq!(example["recommendations"], serde_json::json!(["known_test_values"]));
    // Summaries add up.
    let sum = |key: &str| -> u64 { locs.iter().map(|l| l[key].as_u64().unwrap()).sum() };
    assert_eq!(inv["totals"]["findings"].as_u64(), Some(sum("findings")));
    assert_eq!(inv["totals"]["findings"], inv["scan"]["findings_total"]);
    assert_eq!(inv["totals"]["minors"].as_u64(), Some(sum("minors")));
    let classes: u64 = inv["sensitivity"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["findings"].as_u64().unwrap())
        .sum();
    assert_eq!(Some(classes), inv["totals"]["findings"].as_u64());
    let folders: Vec<&str> =
        inv["folders"].as_array().unwrap().iter().map(|f| f["folder"].as_str().unwrap()).collect();
    assert_eq!(folders, ["data", "data/exports", "data/logs", "data/src"]);
    let mobiles =
        inv["categories"].as_array().unwrap().iter().find(|c| c["category"] == "cn_mobile");
    // 13912345678 three times, 15303678950 twice, 13800138000 once: three values.
    assert_eq!(mobiles.unwrap()["distinct"], 3);
    assert_eq!(mobiles.unwrap()["findings"], 6);
}

#[test]
fn samples_are_bounded_by_the_flag() {
    let d = tree();
    for (n, most) in [("0", 0), ("1", 1), ("5", 3)] {
        let inv = d.inventory(&["data", "--samples", n]);
        assert_eq!(inv["scan"]["samples"].as_u64(), Some(n.parse().unwrap()));
        let max = inv["locations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["samples"].as_array().unwrap().len())
            .max();
        assert_eq!(max, Some(most), "--samples {n}");
    }
}

#[test]
fn distinct_counts_are_estimated_past_the_exact_bound() {
    let d = Dir::new();
    // 30 000 different mobiles (prefix 139), each twice.
    let mut text = String::new();
    for i in 0..30_000u32 {
        let line = format!("tel 139{:08}\n", i * 7 + 11);
        text.push_str(&line);
        text.push_str(&line);
    }
    d.create("many.txt", text);
    let inv = d.inventory(&[]);
    let loc = &inv["locations"][0];
    assert_eq!(loc["findings"], 60_000);
    assert_eq!(loc["distinct_exact"], false);
    let n = loc["distinct"].as_f64().unwrap();
    assert!((n - 30_000.0).abs() / 30_000.0 < 0.03, "estimate {n}");
    assert_eq!(inv["categories"][0]["distinct_exact"], false);
}

#[test]
fn csv_and_markdown_renderings_are_pinned() {
    let d = tree();
    saved_inventory(&d, &[]);
    let csv = d.cmd().args(["report", "inv.json", "--format", "csv"]).output().unwrap();
    assert!(csv.status.success(), "{}", stderr(&csv));
    insta::assert_snapshot!("report_csv", stdout(&csv));
    let md = d.cmd().args(["report", "inv.json", "--format", "markdown"]).output().unwrap();
    assert!(md.status.success(), "{}", stderr(&md));
    insta::assert_snapshot!("report_markdown", stdout(&md));
}

#[test]
fn a_report_file_is_private_and_equals_the_saved_rendering() {
    let d = tree();
    let out = d.cmd().args(["scan", "data", "--format", "json", "--report", "out/inv.md"]).output();
    let out = out.unwrap();
    // The report's folder must exist: a missing one is a clear error.
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("out/inv.md"), "{}", stderr(&out));
    let out = d.cmd().args(["scan", "data", "--format", "json", "--report", "inv.md"]).output();
    let out = out.unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    d.create("saved.json", &out.stdout);
    let written = std::fs::read_to_string(d.path().join("inv.md")).unwrap();
    assert!(written.starts_with("# Personal data inventory"), "{written}");
    let again = d.cmd().args(["report", "saved.json", "--format", "markdown"]).output().unwrap();
    assert_eq!(stdout(&again), written);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(d.path().join("inv.md")).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // The terminal keeps the summary; an unknown extension is refused before scanning.
    let out = d.cmd().args(["scan", "data", "--report", "inv.csv"]).output().unwrap();
    assert!(stdout(&out).starts_with("Scanned "), "{}", stdout(&out));
    let csv = std::fs::read_to_string(d.path().join("inv.csv")).unwrap();
    assert!(csv.starts_with("\u{feff}path,table,"), "{csv}");
    let out = d.cmd().args(["scan", "data", "--report", "inv.docx"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown report format"), "{}", stderr(&out));
    // `report -o` writes privately too.
    let out = d.cmd().args(["report", "saved.json", "-f", "csv", "-o", "r.csv"]).output().unwrap();
    assert!(out.status.success());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(d.path().join("r.csv")).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn report_refuses_other_documents_clearly() {
    let d = Dir::new();
    d.create("old.json", r#"{"schema_version": 1, "scan": {}}"#);
    let out = d.cmd().args(["report", "old.json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("schema version 1"), "{}", stderr(&out));
    d.create("not.json", "hello");
    let out = d.cmd().args(["report", "not.json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not a piiscan inventory"), "{}", stderr(&out));
    let inv = tree();
    saved_inventory(&inv, &[]);
    let out = inv.cmd().args(["report", "inv.json", "--format", "sarif"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn diff_lists_what_appeared_vanished_and_grew() {
    let d = tree();
    saved_inventory(&d, &[]);
    std::fs::rename(d.path().join("inv.json"), d.path().join("before.json")).unwrap();
    // Same data: nothing changed, exit 0.
    saved_inventory(&d, &[]);
    let out = d.cmd().args(["diff", "before.json", "inv.json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("No location changed"), "{}", stdout(&out));
    // The log grows, the note goes, a dump appears.
    d.create(
        "data/logs/app.log",
        "sms to 13912345678\nsms to 15303678950\nsms to 18612345678\ncard 6225 8814 1420 7430\n",
    );
    std::fs::remove_file(d.path().join("data/notes.txt")).unwrap();
    d.create("data/backup/contacts.txt", "电话 13912345678\n");
    saved_inventory(&d, &[]);
    let out = d.cmd().args(["diff", "before.json", "inv.json", "--format", "json"]).output();
    let out = out.unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let diff: Value = serde_json::from_slice(&out.stdout).unwrap();
    let places = |key: &str| -> Vec<String> {
        diff[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| format!("{} {}", x["path"].as_str().unwrap(), x["category"].as_str().unwrap()))
            .collect()
    };
    assert_eq!(places("appeared"), ["data/backup/contacts.txt cn_mobile"]);
    assert_eq!(
        places("vanished"),
        ["data/notes.txt cn_resident_id", "data/notes.txt cn_mobile", "data/notes.txt email"]
    );
    assert_eq!(places("changed"), ["data/logs/app.log cn_mobile"]);
    assert_eq!(diff["changed"][0]["old_findings"], 2);
    assert_eq!(diff["changed"][0]["new_findings"], 3);
    assert_eq!(diff["summary"]["grew"], 1);
    assert_eq!(diff["detectors_changed"], false);
    let text = d.cmd().args(["diff", "before.json", "inv.json"]).output().unwrap();
    let text = stdout(&text);
    assert!(text.contains("1 location appeared, 3 vanished, 1 grew"), "{text}");
    assert!(text
        .lines()
        .any(|l| l.starts_with("appeared") && l.contains("data/backup/contacts.txt")));
}

#[test]
fn no_output_format_shows_a_raw_value() {
    let d = tree();
    // The planted values are found (so the check below means something).
    let raw = d.cmd().args(["scan", "data", "--format", "jsonl", "--show-values"]).output();
    let raw = raw.unwrap();
    let raw = stdout(&raw);
    for v in RAW {
        assert!(raw.contains(v), "{v} not found at all");
    }
    let mut outputs = Vec::new();
    for format in ["human", "json", "jsonl", "sarif", "github", "csv", "markdown", "html"] {
        let out = d.cmd().args(["scan", "data", "--format", format]).output().unwrap();
        outputs.push((format.to_string(), stdout(&out)));
    }
    for ext in ["md", "csv", "json", "sarif", "txt", "html"] {
        let name = format!("r.{ext}");
        d.cmd().args(["scan", "data", "--report", &name]).output().unwrap();
        outputs.push((name.clone(), std::fs::read_to_string(d.path().join(&name)).unwrap()));
    }
    saved_inventory(&d, &[]);
    for format in ["human", "csv", "markdown", "html"] {
        let out = d.cmd().args(["report", "inv.json", "--format", format]).output().unwrap();
        outputs.push((format!("report {format}"), stdout(&out)));
    }
    for (what, text) in &outputs {
        assert!(text.len() > 100, "{what}: {text}");
        for v in RAW {
            assert!(!text.contains(v), "{what} shows {v}");
        }
    }
}

#[test]
fn the_schema_names_every_category_class_and_recommendation() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/inventory.schema.json");
    let schema: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    let names = |def: &str| -> Vec<String> {
        let list = schema["$defs"][def]["enum"].as_array().unwrap();
        list.iter().map(|v| v.as_str().unwrap().to_string()).collect()
    };
    let cats: Vec<&str> = piiscan::detect::Category::ALL.iter().map(|c| c.name()).collect();
    assert_eq!(names("category"), cats);
    let classes: Vec<&str> = piiscan::detect::Sensitivity::ALL.iter().map(|c| c.name()).collect();
    assert_eq!(names("sensitivity"), classes);
    let advice: Vec<&str> =
        piiscan::inventory::advice::Advice::ALL.iter().map(|a| a.id()).collect();
    assert_eq!(names("advice"), advice);
    assert_eq!(
        schema["properties"]["schema_version"]["const"],
        piiscan::report::json::SCHEMA_VERSION
    );
}

#[cfg(unix)]
#[test]
fn a_report_replaces_a_link_never_writes_through_it_and_fails_before_scanning() {
    let d = tree();
    d.create("precious.txt", "keep me\n");
    std::os::unix::fs::symlink("precious.txt", d.path().join("r.md")).unwrap();
    let out = d.cmd().args(["scan", "data", "--report", "r.md"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(d.path().join("precious.txt")).unwrap(), "keep me\n");
    let md = d.path().join("r.md");
    assert!(!std::fs::symlink_metadata(&md).unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(&md).unwrap().starts_with("# Personal data inventory"));
    // A report that cannot be created stops the run before any output.
    let out = d.cmd().args(["scan", "data", "--format", "json", "--report", "no/r.md"]).output();
    let out = out.unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.starts_with(".r.md")), "{names:?}");
}

#[test]
fn raw_value_reports_say_so() {
    let d = tree();
    let inv = d.inventory(&["data", "--show-values"]);
    assert_eq!(inv["scan"]["values"], "raw");
    assert!(schema_errors(&inv).is_empty());
    d.create("raw.json", serde_json::to_vec(&inv).unwrap());
    for (format, warning) in [
        ("markdown", "This report shows raw values"),
        ("html", "This report shows raw values"),
        ("human", "Values are shown raw"),
    ] {
        let out = d.cmd().args(["report", "raw.json", "--format", format]).output().unwrap();
        assert!(stdout(&out).contains(warning), "{format}");
    }
    assert_eq!(d.inventory(&["data"])["scan"]["values"], "masked");
}

#[test]
fn advice_reads_the_path_below_the_root_and_bad_documents_are_not_echoed() {
    // A tree that sits under a `test` folder is not a fixture for being there.
    let d = Dir::new();
    d.create("test/backup/users.csv", "id,mobile\n1,13912345678\n2,15303678950\n");
    let inv = d.inventory(&["test/backup"]);
    assert_eq!(
        inv["locations"][0]["recommendations"],
        serde_json::json!(["minimise_column", "retention"])
    );
    d.create("bad.json", r#"{"schema_version": 2, "scan": "110105199003071239"}"#);
    let out = d.cmd().args(["report", "bad.json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!stderr(&out).contains("110105199003071239"), "{}", stderr(&out));
    assert!(stderr(&out).contains("line 1"), "{}", stderr(&out));
    let out = d.cmd().args(["scan", "--samples", "101"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn estimated_distinct_counts_of_the_same_data_are_not_a_change() {
    let d = Dir::new();
    let text: String = (0..5_000u32).map(|i| format!("tel 139{:08}\n", i * 13 + 7)).collect();
    d.create("data/many.txt", text);
    saved_inventory(&d, &[]);
    std::fs::rename(d.path().join("inv.json"), d.path().join("a.json")).unwrap();
    saved_inventory(&d, &[]);
    let out = d.cmd().args(["diff", "a.json", "inv.json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}
