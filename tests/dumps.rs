//! Structured files produced by real tools (`scripts/make-dump-fixtures.sh`: PostgreSQL
//! `pg_dump`, MariaDB `mysqldump`, `sqlite3`): every planted value is attributed to its
//! table and column with the exact count, and non-PII columns yield nothing.

use std::collections::BTreeMap;

use assert_cmd::Command;
use serde_json::Value;

const DIR: &str = "tests/data/dumps";

/// (table, column) -> (category -> count, minors).
type Columns = BTreeMap<(String, String), (BTreeMap<String, u64>, u64)>;

/// The columns of `expected.json`, for the tables a fixture holds.
fn expected(tables: &[&str]) -> Columns {
    let path = format!("{}/{DIR}/expected.json", env!("CARGO_MANIFEST_DIR"));
    let e: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    for (t, tv) in e["tables"].as_object().unwrap() {
        if !tables.contains(&t.as_str()) {
            continue;
        }
        for (c, cv) in tv["columns"].as_object().unwrap() {
            let counts: BTreeMap<String, u64> = cv["counts"]
                .as_object()
                .unwrap()
                .iter()
                .map(|(k, v)| (k.clone(), v.as_u64().unwrap()))
                .collect();
            if !counts.is_empty() {
                let minors = cv.get("minors").and_then(Value::as_u64).unwrap_or(0);
                out.insert((t.clone(), c.clone()), (counts, minors));
            }
        }
    }
    out
}

/// The same, as scanned.
fn scanned(file: &str) -> (Columns, Value) {
    let out = Command::cargo_bin("piiscan")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["scan", "--format", "json", &format!("{DIR}/{file}")])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let inv: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut got = BTreeMap::new();
    for f in inv["files"].as_array().unwrap() {
        for c in f["columns"].as_array().unwrap_or(&vec![]) {
            let key = (
                c["table"].as_str().unwrap().to_string(),
                c["column"].as_str().unwrap().to_string(),
            );
            let mut counts = BTreeMap::new();
            let mut minors = 0;
            for k in c["categories"].as_array().unwrap() {
                counts.insert(
                    k["category"].as_str().unwrap().to_string(),
                    k["findings"].as_u64().unwrap(),
                );
                minors += k["minors"].as_u64().unwrap();
            }
            got.insert(key, (counts, minors));
        }
    }
    (got, inv)
}

fn check(file: &str, tables: &[&str]) {
    let (got, inv) = scanned(file);
    let want = expected(tables);
    assert_eq!(got, want, "{file}");
    // Every finding is attributed to a column.
    for f in inv["findings"].as_array().unwrap() {
        assert!(f["table"].is_string() && f["column"].is_string(), "{file}: {f}");
    }
    assert!(inv["files"][0]["warnings"].is_null(), "{file}: {}", inv["files"][0]["warnings"]);
}

#[test]
fn csv_export_counts_per_column() {
    check("users.csv", &["users"]);
}

#[test]
fn json_lines_export_counts_per_key() {
    check("users.jsonl", &["users"]);
}

#[test]
fn the_column_verdicts_name_what_each_column_holds() {
    let (_, inv) = scanned("users.csv");
    let cols = inv["files"][0]["columns"].as_array().unwrap();
    let verdict =
        |name: &str| cols.iter().find(|c| c["column"] == name).unwrap()["verdict"].clone();
    assert_eq!(verdict("real_name"), "person_name");
    assert_eq!(verdict("id_card"), "cn_resident_id");
    assert_eq!(verdict("birthday"), "date_of_birth");
}
