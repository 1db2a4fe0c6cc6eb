//! Hostile input: a file built to hide data, crash the scan or exhaust memory is a
//! recorded warning or skip, the scan goes on, and what comes before and after the bad
//! spot is still found. Small fixtures come from `scripts/make-hostile-fixtures.sh`;
//! big inputs are generated here, in the test's temporary directory.

use std::path::Path;

use serde_json::Value;

use crate::util::{stderr, Dir};

/// A committed fixture, copied into `d`.
fn fixture(d: &Dir, name: &str) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/hostile").join(name);
    std::fs::copy(&src, d.path().join(name)).unwrap();
}

/// Runs `piiscan scan --format json ARGS`: the exit code and the inventory.
fn scan(d: &Dir, args: &[&str]) -> (i32, Value) {
    let out = d.cmd().arg("scan").args(["--format", "json"]).args(args).output().unwrap();
    let code = out.status.code().unwrap_or_else(|| panic!("killed: {}", stderr(&out)));
    let inv = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}); stderr: {}", stderr(&out)));
    (code, inv)
}

/// The inventory's entry for the file at `path`.
fn file<'a>(inv: &'a Value, path: &str) -> &'a Value {
    let files = inv["files"].as_array().unwrap();
    files.iter().find(|f| f["path"] == path).unwrap_or_else(|| panic!("no {path} in {files:?}"))
}

/// The reasons of the warnings recorded for `path`.
fn warnings(inv: &Value, path: &str) -> Vec<String> {
    let w = file(inv, path)["warnings"].as_array().cloned().unwrap_or_default();
    w.iter().map(|w| w["reason"].as_str().unwrap().to_string()).collect()
}

/// The masked-value-independent facts of `path`'s findings: (table, column, row) of each.
fn cells(inv: &Value, path: &str) -> Vec<(String, String, u64)> {
    let findings = inv["findings"].as_array().unwrap();
    let text = |v: &Value| v.as_str().unwrap_or("").to_string();
    findings
        .iter()
        .filter(|f| f["path"] == path)
        .map(|f| (text(&f["table"]), text(&f["column"]), f["row"].as_u64().unwrap_or(0)))
        .collect()
}

/// The number of findings in `path`.
fn count(inv: &Value, path: &str) -> usize {
    inv["findings"].as_array().unwrap().iter().filter(|f| f["path"] == path).count()
}

/// A plain-text neighbour: its finding must survive whatever happens to the others.
fn neighbour(d: &Dir) {
    d.create("neighbour.txt", "contact 13900001111\n");
}

#[test]
fn a_cell_at_the_last_row_and_column_allocates_nothing() {
    let d = Dir::new();
    fixture(&d, "far-cell.xlsx");
    fixture(&d, "zz-cell.xlsx");
    neighbour(&d);
    let (code, inv) = scan(&d, &["--report", "report.json", "."]);
    assert_eq!(code, 0);
    for name in ["far-cell.xlsx", "zz-cell.xlsx"] {
        let mut got = cells(&inv, name);
        got.sort();
        // The header's phone, then the far cell, named for its column.
        let far = if name == "far-cell.xlsx" { "col_16384" } else { "col_702" };
        assert_eq!(
            got,
            [
                ("contacts".to_string(), far.to_string(), 2),
                ("contacts".to_string(), "phone".to_string(), 1)
            ],
            "{name}"
        );
    }
    assert_eq!(count(&inv, "neighbour.txt"), 1);
    assert!(d.path().join("report.json").exists(), "the report is written");
}

#[test]
fn a_database_value_over_the_cell_limit_is_skipped_and_the_rows_after_it_are_scanned() {
    let d = Dir::new();
    let db = rusqlite::Connection::open(d.path().join("blob.sqlite")).unwrap();
    // 40 MB, over the 16 MiB default: never loaded, whatever its size.
    db.execute_batch(
        "CREATE TABLE t(phone TEXT, photo BLOB);
         INSERT INTO t VALUES('13912345678', NULL);
         INSERT INTO t VALUES('13900002222', zeroblob(40000000));
         INSERT INTO t VALUES('13987654321', NULL);",
    )
    .unwrap();
    drop(db);
    neighbour(&d);
    let (code, inv) = scan(&d, &["."]);
    assert_eq!(code, 0);
    assert_eq!(
        cells(&inv, "blob.sqlite"),
        [("t", "phone", 1), ("t", "phone", 2), ("t", "phone", 3)].map(|(t, c, r)| (
            t.to_string(),
            c.to_string(),
            r
        ))
    );
    assert_eq!(
        warnings(&inv, "blob.sqlite"),
        ["value of 40000000 bytes, larger than 16777216, not read: table \"t\", column \"photo\", row 2"]
    );
    assert_eq!(count(&inv, "neighbour.txt"), 1);
}

#[test]
fn a_spreadsheet_cell_over_the_limit_is_cut_and_the_rows_after_it_are_scanned() {
    let d = Dir::new();
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("s").unwrap();
    ws.write_string(0, 0, "phone").unwrap();
    ws.write_string(0, 1, "note").unwrap();
    // Many rows of one long shared string: a small file whose rendering is large.
    let long = format!("13911112222 {}", "x".repeat(30_000));
    for row in 1..=400u32 {
        ws.write_string(row, 1, &long).unwrap();
    }
    ws.write_string(401, 0, "13987654321").unwrap();
    wb.save(d.path().join("long.xlsx")).unwrap();
    let (code, inv) = scan(&d, &["--max-cell-size", "4K", "long.xlsx"]);
    assert_eq!(code, 0);
    let got = cells(&inv, "long.xlsx");
    assert_eq!(got.len(), 401, "one phone in each cut cell, and the row after them");
    assert_eq!(got[0], ("s".into(), "note".into(), 1));
    assert_eq!(got[400], ("s".into(), "phone".into(), 401));
    let w = warnings(&inv, "long.xlsx");
    assert_eq!(w.len(), 400);
    assert_eq!(w[0], "cell larger than 4096 bytes cut: table \"s\", column \"note\", row 2");
}

#[test]
fn a_file_truncated_while_it_is_scanned_does_not_end_the_scan() {
    let d = Dir::new();
    let line = "row 13912345678 and some more text to fill the line\n";
    let big = line.repeat((32 << 20) / line.len());
    d.create("big.log", &big);
    neighbour(&d);
    let path = d.path().join("big.log");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("piiscan"))
        .current_dir(d.path())
        .args(["scan", "--format", "json", "-j", "1", "."])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Shrink the big file (keeping its first 16 KiB of text) and regrow it, every 10 ms,
    // until the scan ends: a mapped file raises SIGBUS on a read past its new end.
    let mut rounds = 0;
    while child.try_wait().unwrap().is_none() && rounds < 3_000 {
        let f = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
        f.set_len(16 << 10).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(10));
        f.set_len(big.len() as u64).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(10));
        rounds += 1;
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let inv: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(count(&inv, "neighbour.txt"), 1);
}

#[test]
fn gzip_with_trailing_garbage_keeps_its_members() {
    let d = Dir::new();
    fixture(&d, "trailing-garbage.log.gz");
    neighbour(&d);
    let (code, inv) = scan(&d, &["."]);
    assert_eq!(code, 0);
    assert_eq!(count(&inv, "trailing-garbage.log.gz"), 2);
    let w = warnings(&inv, "trailing-garbage.log.gz");
    assert_eq!(w.len(), 1);
    assert!(w[0].starts_with("compressed stream damaged after 48 decoded bytes"), "{w:?}");
    assert_eq!(file(&inv, "trailing-garbage.log.gz")["warnings"][0]["offset"], 48);
    assert_eq!(count(&inv, "neighbour.txt"), 1);
}

#[test]
fn gzip_inside_gzip_is_decoded_up_to_the_depth_limit() {
    let d = Dir::new();
    fixture(&d, "twice.csv.gz.gz");
    let (code, inv) = scan(&d, &["."]);
    assert_eq!(code, 0);
    let got = cells(&inv, "twice.csv.gz.gz");
    assert_eq!(got, [("twice".into(), "phone".into(), 1), ("twice".into(), "phone".into(), 2)]);
    assert_eq!(warnings(&inv, "twice.csv.gz.gz"), Vec::<String>::new());
    let (code, inv) = scan(&d, &["--max-gzip-depth", "1", "twice.csv.gz.gz"]);
    assert_eq!(code, 0);
    assert_eq!(count(&inv, "twice.csv.gz.gz"), 0);
    let w = warnings(&inv, "twice.csv.gz.gz");
    assert!(w[0].starts_with("gzip nested more than 1 levels deep"), "{w:?}");
}

#[test]
fn a_truncated_gzip_reports_the_bytes_it_decoded() {
    let d = Dir::new();
    fixture(&d, "truncated.log.gz");
    neighbour(&d);
    let (code, inv) = scan(&d, &["."]);
    assert_eq!(code, 0);
    let f = file(&inv, "truncated.log.gz");
    let bytes = f["bytes"].as_u64().unwrap();
    let offset = f["warnings"][0]["offset"].as_u64().unwrap();
    assert!(bytes > 50_000, "{f}");
    assert_eq!(offset, bytes, "the damage is where decoding stopped");
    // One phone per 28-byte line (`row 00001 phone 13912345679`) decoded before the
    // damage, the last line perhaps cut.
    let found = count(&inv, "truncated.log.gz") as u64;
    assert!(found == bytes / 28 || found + 1 == bytes / 28, "{found} in {bytes} bytes");
    assert_eq!(count(&inv, "neighbour.txt"), 1);
}

#[test]
fn a_database_that_cannot_be_opened_is_scanned_as_bytes() {
    let d = Dir::new();
    fixture(&d, "garbage.sqlite");
    fixture(&d, "truncated.sqlite");
    neighbour(&d);
    let (code, inv) = scan(&d, &["."]);
    assert_eq!(code, 0);
    for name in ["garbage.sqlite", "truncated.sqlite"] {
        let w = warnings(&inv, name);
        assert_eq!(w.len(), 1, "{name}: {w:?}");
        assert!(w[0].starts_with("not a readable SQLite database: "), "{w:?}");
        assert!(w[0].ends_with("; scanned as bytes"), "{w:?}");
        // Found in the raw pages, without a column.
        let got = cells(&inv, name);
        assert!(!got.is_empty(), "{name}");
        assert!(got.iter().all(|c| c.0.is_empty()), "{got:?}");
    }
    assert_eq!(count(&inv, "neighbour.txt"), 1);
}

#[test]
fn a_rendering_warning_belongs_to_its_own_file() {
    let d = Dir::new();
    let db = rusqlite::Connection::open(d.path().join("a.sqlite")).unwrap();
    db.execute_batch("CREATE TABLE t(photo BLOB); INSERT INTO t VALUES(zeroblob(5000));").unwrap();
    drop(db);
    neighbour(&d);
    let (code, inv) = scan(&d, &["-j", "1", "--max-cell-size", "1K", "."]);
    assert_eq!(code, 0);
    assert_eq!(warnings(&inv, "a.sqlite").len(), 1);
    assert_eq!(warnings(&inv, "neighbour.txt"), Vec::<String>::new());
}
