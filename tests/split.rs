//! One large file scanned by several threads (`--split-size`) gives the output of a scan
//! by one thread byte for byte: findings in order, lines, columns, fingerprints, counts,
//! distinct counts, samples and first lines; in dumps, CSV and JSON Lines also tables,
//! columns, rows, per-column counts and the parser's warnings.

use piiscan::validate::Env;
use piiscan_testdata::corpus;
use piiscan_testdata::synth::Synth;
use serde_json::Value;

use crate::util::{stderr, stdout, Dir};

/// The size of the read chunks of a streamed scan, where parts are cut.
const MIB: usize = 1 << 20;

/// About 9 MiB of text (more than is ever scanned whole): near every MiB (where the
/// parts are cut) the seeded corpus's lines with values at both ends, elsewhere mostly
/// plain lines; two lines longer than a chunk (cut inside, with overlap); inline
/// markers, well-known test numbers and minors' ID numbers.
fn big_text() -> Vec<u8> {
    let env = Env { today: jiff::civil::date(2026, 11, 24) };
    let c = corpus::generate(7, 3000, env);
    let lines: Vec<&[u8]> = c.text.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect();
    let mut s = Synth::new(11);
    let mut text = Vec::new();
    let mut i = 0usize;
    while text.len() < 9 * MIB {
        let line = lines[i % lines.len()];
        i += 1;
        let near_cut = text.len() % MIB > MIB - (24 << 10) || text.len() % MIB < (4 << 10);
        if near_cut || i % 200 == 0 {
            text.extend(format!("{} ", s.mobile()).as_bytes());
            text.extend_from_slice(line);
            text.extend(format!(" 身份证 {}\n", s.resident_id()).as_bytes());
        } else {
            text.extend(format!("plain line {i}, words and nothing else in it\n").as_bytes());
        }
        match i {
            20_000 | 90_000 => {
                // One INSERT line of 1.5 MiB: no newline in a whole chunk.
                let start = text.len();
                let mut t = 0;
                while text.len() - start < 3 * MIB / 2 {
                    t += 1;
                    let row = if t % 40 == 0 {
                        format!("({t},'{}','{}','{}'),", s.mobile(), s.email(), s.resident_id())
                    } else {
                        format!("({t},'-','plain filler text, nothing in it','x'),")
                    };
                    text.extend(row.as_bytes());
                }
                text.extend(b"(0,'');\n");
            }
            _ if i % 997 == 0 => {
                text.extend(b"tel 13912345678 # piiscan:allow cn_mobile\n");
                text.extend(
                    format!("test 13800138000 minor {}\n", s.resident_id_minor()).as_bytes(),
                );
            }
            _ => {}
        }
    }
    text
}

/// Runs `piiscan scan FILE ARGS --format jsonl --report report.json` in `d` with fixed
/// keys (distinct counts and fingerprints), expecting exit 0 or 1: the findings
/// streamed, and the inventory without its times.
fn scan(d: &Dir, file: &str, args: &[&str]) -> (String, String) {
    let out = d
        .cmd()
        .args(["scan", file, "--min-confidence", "low", "--samples", "20"])
        .args(["--format", "jsonl", "--report", "report.json"])
        .args(args)
        .env("PIISCAN_DISTINCT_KEY", "test-only distinct key, 0123456789abcdef")
        .env(
            "PIISCAN_BASELINE_KEY",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        )
        .output()
        .unwrap();
    assert!(out.status.code().unwrap() < 2, "{args:?}: {}", stderr(&out));
    let report = std::fs::read(d.path().join("report.json")).unwrap();
    let mut doc: Value = serde_json::from_slice(&report).unwrap();
    let scan = doc["scan"].as_object_mut().unwrap();
    for key in ["started", "finished", "duration_ms"] {
        scan.remove(key);
    }
    (stdout(&out), serde_json::to_string_pretty(&doc).unwrap())
}

#[test]
fn a_split_scan_equals_a_scan_by_one_thread_byte_for_byte() {
    let d = Dir::new();
    d.create("big.txt", big_text());
    let (lines, one) = scan(&d, "big.txt", &["-j1"]);
    assert!(lines.lines().count() > 10_000, "{} findings", lines.lines().count());
    let doc: Value = serde_json::from_str(&one).unwrap();
    assert!(doc["locations"].as_array().unwrap().len() > 5);
    // One MiB parts (the smallest), then parts as two threads make them, then with no
    // part scanned ahead once one waits (`--max-split-memory`).
    let held = ["-j4", "--split-size", "1M", "--max-split-memory", "1"];
    for args in [&["-j4", "--split-size", "1M"][..], &["-j2", "--split-size", "8M"], &held] {
        let (split_lines, split) = scan(&d, "big.txt", args);
        assert!(lines == split_lines, "jsonl differs with {args:?}");
        assert!(one == split, "json differs with {args:?}");
    }
}

/// The size the structured files are grown to: more than is ever scanned whole (8 MiB),
/// so that they are streamed, and split at `--split-size 1M`.
const GROWN: usize = 17 * MIB / 2;

/// A dump (or CSV, JSON Lines) written by a real tool, grown to [`GROWN`] bytes: each run
/// of consecutive lines that `data` calls data (rows of a COPY block, a whole `INSERT`
/// statement, CSV records, JSON lines) is repeated in place, `edit(copy, line)` making
/// each copy's lines; everything else (headers, `CREATE TABLE`, `SET`) is written once.
fn grown(
    text: &[u8],
    mut data: impl FnMut(&[u8]) -> bool,
    mut edit: impl FnMut(usize, &[u8]) -> Vec<u8>,
) -> Vec<u8> {
    let lines: Vec<&[u8]> = text.split_inclusive(|&b| b == b'\n').collect();
    let flags: Vec<bool> = lines.iter().map(|l| data(l)).collect();
    let data_len: usize = lines.iter().zip(&flags).filter(|(_, &d)| d).map(|(l, _)| l.len()).sum();
    assert!(data_len > 0, "no data lines");
    let copies = GROWN.div_ceil(data_len);
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !flags[i] {
            out.extend_from_slice(lines[i]);
            i += 1;
            continue;
        }
        let run_end = (i..lines.len()).find(|&j| !flags[j]).unwrap_or(lines.len());
        for copy in 0..copies {
            for line in &lines[i..run_end] {
                out.extend(edit(copy, line));
            }
        }
        i = run_end;
    }
    out
}

/// A fixture of tests/data/dumps, made by the real tools (scripts/make-dump-fixtures.sh).
fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/data/dumps/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// `line` with `to` in place of the first `from`.
fn replace_first(line: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    match line.windows(from.len()).position(|w| w == from) {
        Some(i) => [&line[..i], to, &line[i + from.len()..]].concat(),
        None => line.to_vec(),
    }
}

/// Where `what` first occurs in `text` at or after `at`.
fn find(text: &[u8], at: usize, what: &[u8]) -> usize {
    at + text[at..].windows(what.len()).position(|w| w == what).expect("a place to edit")
}

/// Scans `name` holding `text` by one thread and split in 1 MiB parts on three threads,
/// with few findings allowed to wait for their cell (so that a cell that never ends is
/// given up), and asserts that both give the same output, read as `format` with tallies
/// for `columns` and warnings; returns the file's warnings.
fn same_split(name: &str, text: &[u8], format: &str, columns: &[&str]) -> Vec<Value> {
    assert!(text.len() > 8 * MIB, "{name}: {} bytes", text.len());
    let d = Dir::new();
    d.create(name, text);
    let held = ["--max-held-findings", "200"];
    let (lines, one) = scan(&d, name, &[&["-j1"][..], &held].concat());
    assert!(lines.lines().count() > 10_000, "{name}: {} findings", lines.lines().count());
    // Every thread but the one scanning the part the output waits for pauses at its
    // chunks' ends (`--max-split-memory`): the parts still join apart, in the same order.
    let split_args =
        [&["-j3", "--split-size", "1M", "--max-split-memory", "1"][..], &held].concat();
    let (split_lines, split) = scan(&d, name, &split_args);
    assert!(lines == split_lines, "{name}: jsonl differs");
    assert!(one == split, "{name}: json differs");
    let doc: Value = serde_json::from_str(&one).unwrap();
    let files = doc["files"].as_array().expect("files");
    let file = files.iter().find(|f| f["path"] == name).expect(name);
    assert_eq!(file["format"], format);
    let tallied = file["columns"].as_array().unwrap();
    for column in columns {
        assert!(tallied.iter().any(|c| c["column"] == *column), "{column}: {file:#}");
    }
    let warnings = file["warnings"].as_array().unwrap();
    assert!(!warnings.is_empty(), "{file:#}");
    warnings.clone()
}

#[test]
fn a_split_pg_dump_equals_one_pass_with_a_copy_block_left_open() {
    let pg = fixture("pg.sql");
    let mut in_copy = false;
    let mut text = grown(
        &pg,
        |l| {
            let data = in_copy && l != b"\\.\n";
            in_copy = (in_copy || l.starts_with(b"COPY ")) && l != b"\\.\n";
            data
        },
        |copy, line| replace_first(line, b"\t", format!("{copy}\t").as_bytes()),
    );
    // A COPY block that loses its end marker in the middle (the statements after it are
    // read as its rows), and the last block cut short with the file.
    let middle = find(&text, text.len() / 3, b"\n\\.\n") + 1;
    text.drain(middle..middle + 3);
    let last = text.windows(4).rposition(|w| w == b"\n\\.\n").unwrap();
    text.truncate(last + 1);
    same_split("dump.sql", &text, "postgres", &["mobile", "id_card"]);
}

#[test]
fn a_split_mysqldump_equals_one_pass_with_a_quote_never_closed() {
    let my = fixture("mysql.sql");
    let mut text = grown(
        &my,
        |l| l.starts_with(b"INSERT INTO ") || l.starts_with(b"("),
        // Row ids differ between copies.
        |copy, line| replace_first(line, b"(", format!("({copy}").as_bytes()),
    );
    // A string's closing quote lost 60 % into the file: the quotes pair up the other way
    // round from there on.
    let open = find(&text, text.len() * 3 / 5, b"\n(");
    let close = find(&text, find(&text, open, b",'") + 2, b"',");
    text.remove(close);
    same_split("dump.sql", &text, "mysql", &["mobile", "id_card"]);
}

#[test]
fn a_split_csv_with_newlines_in_quotes_equals_one_pass() {
    let csv = fixture("users.csv");
    let mut first = true;
    let mut text = grown(
        &csv,
        |_| !std::mem::take(&mut first),
        // Every third copy puts a line break in the quoted addresses.
        |copy, line| match copy % 3 {
            0 => replace_first(line, "市".as_bytes(), "市\n".as_bytes()),
            _ => line.to_vec(),
        },
    );
    // A record opens a quote that never closes: the rows after it hold no quote.
    text.extend_from_slice(
        "99999,\"张三,110105196505048238,13202631301,x@example.com\n".as_bytes(),
    );
    let rows = &csv[csv.iter().position(|&b| b == b'\n').unwrap() + 1..];
    text.extend(rows.repeat(8).into_iter().filter(|&b| b != b'"'));
    // The open quote is given up, warned.
    same_split("users.csv", &text, "csv", &["mobile", "address"]);
}

#[test]
fn a_split_json_lines_file_equals_one_pass_with_a_line_longer_than_a_chunk() {
    let jsonl = fixture("users.jsonl");
    let mut text = grown(
        &jsonl,
        |_| true,
        |copy, line| replace_first(line, b"{\"id\":", format!("{{\"id\":{copy}").as_bytes()),
    );
    // One record of 1.5 MiB of Chinese text (three bytes a character) with values in
    // it: the chunks inside it are cut at any byte, also inside a character.
    let mut note = String::new();
    let mut s = Synth::new(5);
    while note.len() < 3 * MIB / 2 {
        note.push_str(&format!(
            "客户电话{}，身份证号码{}，住址未知。",
            s.mobile(),
            s.resident_id()
        ));
    }
    let at = find(&text, text.len() / 2, b"\n{") + 1;
    let record = format!("{{\"id\":0,\"note\":\"{note}\"}}\n");
    text.splice(at..at, record.into_bytes());
    let warnings = same_split("users.jsonl", &text, "json", &["mobile"]);
    // The long record holds far more than 200 findings: its value is given up.
    assert!(warnings.iter().any(|w| w["reason"].as_str().unwrap().contains("given up")));
}
