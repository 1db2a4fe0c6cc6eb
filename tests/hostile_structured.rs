//! Hostile structured input: content that tries to hide findings, blow up memory or turn
//! values into column names. Each test checks the exit code, that the findings before and
//! after the bad spot are all reported, the warning, and that no raw value reaches any
//! output.

use serde_json::Value;

use crate::util::{stderr, stdout, Dir};

/// A valid mobile number on an allocated prefix, different for each `i`.
fn mobile(i: u32) -> String {
    format!("139{:08}", 10_000_000 + i)
}

/// Runs `piiscan scan FILE ARGS --fail-on medium` in every output format and returns the
/// exit code (the same in all) and the outputs, each checked to hold none of `raw`.
fn scan_all_formats(dir: &Dir, file: &str, args: &[&str], raw: &[String]) -> (i32, Value) {
    let mut code = None;
    let mut inventory = Value::Null;
    for format in ["human", "json", "jsonl", "csv", "markdown", "html", "sarif"] {
        let out = dir
            .cmd()
            .args(["scan", file, "--fail-on", "medium", "--format", format])
            .args(args)
            .output()
            .unwrap();
        let text = stdout(&out);
        for value in raw {
            assert!(!text.contains(value.as_str()), "{format} output holds {value}");
            assert!(!stderr(&out).contains(value.as_str()), "{format} stderr holds {value}");
        }
        let c = out.status.code().expect("exited");
        assert_eq!(*code.get_or_insert(c), c, "{format} exits differently");
        if format == "json" {
            inventory = serde_json::from_slice(&out.stdout).expect("JSON");
        }
    }
    (code.expect("ran"), inventory)
}

/// The reported findings of an inventory, as (table, column, row) and the masked value.
fn places(inv: &Value) -> Vec<(Option<String>, Option<u64>, String)> {
    inv["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["column"].as_str().map(str::to_string),
                f["row"].as_u64(),
                f["value"].as_str().expect("value").to_string(),
            )
        })
        .collect()
}

/// The warnings of the first file in an inventory.
fn warnings(inv: &Value) -> Vec<(u64, String)> {
    inv["files"][0]["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .map(|w| (w["offset"].as_u64().unwrap(), w["reason"].as_str().unwrap().to_string()))
        .collect()
}

#[test]
fn a_marker_inside_a_dump_cell_suppresses_nothing() {
    let dir = Dir::new();
    let (a, b, c, d) = (mobile(1), mobile(2), mobile(3), mobile(4));
    let dump = format!(
        "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n\
         CREATE TABLE `users` (`id` int, `note` varchar(50), `phone` char(11));\n\
         INSERT INTO `users` VALUES (1,'hello','{a}'),(2,'piiscan:allow','{b}'),(3,'x','{c}');\n\
         INSERT INTO `users` VALUES (4,'ok','{d}'); -- piiscan:allow (accepted fixture)\n"
    );
    dir.create("dump.sql", &dump);
    let raw = vec![a, b, c, d];
    let (code, inv) = scan_all_formats(&dir, "dump.sql", &[], &raw);
    assert_eq!(code, 1, "the values around the marker are new findings");
    let got = places(&inv);
    let phone = Some("phone".to_string());
    assert_eq!(
        got,
        [
            (phone.clone(), Some(1), "139****0001".to_string()),
            (phone.clone(), Some(2), "139****0002".to_string()),
            (phone, Some(3), "139****0003".to_string()),
        ]
    );
    // The marker in a comment still suppresses its own line.
    assert_eq!(inv["scan"]["suppressed"], 1);
    assert_eq!(inv["suppressed"][0]["row"], 4);
    let marker_at = dump.find("'piiscan:allow'").unwrap() as u64 + 1;
    let w = warnings(&inv);
    assert!(
        w.iter().any(|(at, r)| *at == marker_at && r.contains("inside data is ignored")),
        "{w:?}"
    );
}

#[test]
fn a_marker_in_a_csv_cell_or_json_value_suppresses_nothing() {
    let dir = Dir::new();
    let (a, b) = (mobile(5), mobile(6));
    dir.create("users.csv", format!("phone,note\n{a},piiscan:allow\n"));
    dir.create("users.jsonl", format!("{{\"phone\":\"{b}\",\"piiscan:allow\":\"x\"}}\n"));
    let (code, inv) = scan_all_formats(&dir, ".", &[], &[a, b]);
    assert_eq!(code, 1);
    assert_eq!(inv["scan"]["findings_total"], 2);
    assert_eq!(inv["scan"]["suppressed"], 0);
}

#[test]
fn deep_json_nesting_collapses_with_a_warning() {
    let dir = Dir::new();
    let depth = 100_000;
    let (a, b, c) = (mobile(7), mobile(8), mobile(9));
    let deep = format!("{}\"{b}\"{}", "{\"a\":".repeat(depth), "}".repeat(depth));
    let text = format!("{{\"phone\":\"{a}\"}}\n{deep}\n{{\"mobile\":\"{c}\"}}\n");
    dir.create("deep.jsonl", &text);
    let (code, inv) = scan_all_formats(&dir, "deep.jsonl", &[], &[a, b, c]);
    assert_eq!(code, 1);
    let got = places(&inv);
    let limit = "a.".repeat(64) + "*";
    assert_eq!(
        got,
        [
            (Some("phone".into()), Some(1), "139****0007".into()),
            (Some(limit), Some(2), "139****0008".into()),
            (Some("mobile".into()), Some(3), "139****0009".into()),
        ]
    );
    let w = warnings(&inv);
    let first_deep = text.find('\n').unwrap() as u64 + 1 + 5 * 64;
    assert!(w.iter().any(|(at, r)| *at == first_deep && r.contains("deeper than 64")), "{w:?}");
    // The limit is a flag.
    let (_, inv) = scan_all_formats(&dir, "deep.jsonl", &["--max-json-depth", "3"], &[]);
    assert_eq!(inv["findings"][1]["column"], "a.a.a.*");
}

#[test]
fn keys_and_header_cells_that_hold_values_are_never_names() {
    let dir = Dir::new();
    let mut raw = Vec::new();
    let mut users = serde_json::Map::new();
    for i in 0..20 {
        let key = format!("user{i}.name@corp.cn");
        users.insert(key.clone(), serde_json::json!({ "phone": mobile(100 + i) }));
        raw.push(key);
        raw.push(mobile(100 + i));
    }
    let doc = serde_json::json!({ "users": users, "owner": { "mobile": mobile(99) } });
    raw.push(mobile(99));
    dir.create("keyed.json", doc.to_string());
    let rows = [("张伟", mobile(200), "zhang.wei@corp.cn"), ("李娜", mobile(201), "li.na@corp.cn")];
    let mut csv = String::new();
    for (name, phone, mail) in &rows {
        csv.push_str(&format!("{name},{phone},{mail}\n"));
        raw.extend([phone.clone(), mail.to_string()]);
    }
    dir.create("noheader.csv", csv);
    let (code, inv) = scan_all_formats(&dir, ".", &[], &raw);
    assert_eq!(code, 1);
    let findings = inv["findings"].as_array().unwrap();
    let columns = |path: &str| -> Vec<(String, u64)> {
        findings
            .iter()
            .filter(|f| f["path"] == path && f["column"].is_string())
            .map(|f| (f["column"].as_str().unwrap().to_string(), f["row"].as_u64().unwrap()))
            .collect()
    };
    let keyed = columns("keyed.json");
    assert_eq!(keyed.iter().filter(|(c, _)| c == "users.*.phone").count(), 20, "{keyed:?}");
    assert!(keyed.contains(&("owner.mobile".to_string(), 1)), "{keyed:?}");
    // The e-mail keys are still found, outside any column.
    let key_mails = findings
        .iter()
        .filter(|f| f["path"] == "keyed.json" && f["category"] == "email")
        .inspect(|f| assert!(f["column"].is_null()))
        .count();
    assert_eq!(key_mails, 20);
    // The first row is data: both rows are reported, by position.
    let csv = columns("noheader.csv");
    let want = [("col_2", 1), ("col_3", 1), ("col_2", 2), ("col_3", 2)];
    assert_eq!(csv, want.map(|(c, r)| (c.to_string(), r)));
    let files = inv["files"].as_array().unwrap();
    for f in files {
        let reasons: Vec<&str> = f["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["reason"].as_str().unwrap())
            .collect();
        assert!(reasons.iter().any(|r| r.contains("hold values a detector finds")), "{reasons:?}");
    }
}

#[test]
fn distinct_names_are_bounded_by_a_flag() {
    let dir = Dir::new();
    let mut doc = serde_json::Map::new();
    for i in 0..200 {
        doc.insert(format!("k{i}"), serde_json::json!({ "v": i }));
    }
    doc.insert("zz_phone".into(), serde_json::json!(mobile(300)));
    dir.create("wide.json", Value::Object(doc).to_string());
    let (code, inv) = scan_all_formats(&dir, "wide.json", &["--max-columns", "20"], &[mobile(300)]);
    assert_eq!(code, 1);
    // Past the limit, the late key collapses: the value is still attributed.
    assert_eq!(places(&inv), [(Some("*".into()), Some(1), "139****0300".into())]);
    let w = warnings(&inv);
    assert!(w.iter().any(|(_, r)| r.contains("more than 20 distinct")), "{w:?}");
}

#[test]
fn an_unclosed_quote_is_a_warning_and_a_resync() {
    let dir = Dir::new();
    let mut csv = String::from("id,phone,note\n");
    let mut raw = Vec::new();
    let mut quote_at = 0;
    for i in 1..=300 {
        if i == 100 {
            quote_at = csv.len() + format!("{i},{},", mobile(i)).len();
        }
        let note = if i == 100 { "\"broken".to_string() } else { format!("n{i}") };
        csv.push_str(&format!("{i},{},{note}\n", mobile(i)));
        raw.push(mobile(i));
    }
    dir.create("unclosed.csv", &csv);
    let args = ["--max-held-findings", "50"];
    let (code, inv) = scan_all_formats(&dir, "unclosed.csv", &args, &raw);
    assert_eq!(code, 1);
    let got = places(&inv);
    assert_eq!(got.len(), 300, "nothing before or after the quote is lost");
    for (i, (column, row, _)) in got.iter().enumerate() {
        assert_eq!((column.as_deref(), *row), (Some("phone"), Some(i as u64 + 1)));
    }
    let w = warnings(&inv);
    assert!(
        w.iter().any(|(at, r)| *at == quote_at as u64 && r.contains("--max-held-findings")),
        "{w:?}"
    );
    // Under the limit, the quote still gets a warning at the end.
    let (_, inv) = scan_all_formats(&dir, "unclosed.csv", &[], &raw);
    let w = warnings(&inv);
    assert!(
        w.iter().any(|(at, r)| *at == quote_at as u64 && r.contains("unclosed quote")),
        "{w:?}"
    );
    assert_eq!(inv["scan"]["findings_total"], 300);
}

#[test]
fn findings_in_sql_comments_do_not_wait_for_a_cell() {
    let dir = Dir::new();
    let mut sql = String::from("-- PostgreSQL database dump\n");
    let mut raw = Vec::new();
    for i in 0..200 {
        sql.push_str(&format!("-- contact {}\n", mobile(400 + i)));
        raw.push(mobile(400 + i));
    }
    sql.push_str(&format!(
        "CREATE TABLE users (phone text);\nINSERT INTO users VALUES ('{}');\n",
        mobile(700)
    ));
    raw.push(mobile(700));
    dir.create("notes.sql", &sql);
    let (code, inv) = scan_all_formats(&dir, "notes.sql", &["--max-held-findings", "10"], &raw);
    assert_eq!(code, 1);
    let got = places(&inv);
    assert_eq!(got.len(), 201);
    assert!(got[..200].iter().all(|(column, ..)| column.is_none()));
    assert_eq!(got[200].0.as_deref(), Some("phone"));
    // Nothing waited for a cell, so nothing was given up.
    assert!(inv["files"][0]["warnings"].as_array().is_none_or(|w| w.is_empty()), "{inv}");
}
