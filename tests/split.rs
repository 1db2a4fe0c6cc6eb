//! One large text file scanned by several threads (`--split-size`) gives the output of a
//! scan by one thread byte for byte: findings in order, lines, columns, fingerprints,
//! counts, distinct counts, samples and first lines.

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

/// Runs `piiscan scan big.txt ARGS --format jsonl --report report.json` in `d` with
/// fixed keys (distinct counts and fingerprints), expecting exit 0 or 1: the findings
/// streamed, and the inventory without its times.
fn scan(d: &Dir, args: &[&str]) -> (String, String) {
    let out = d
        .cmd()
        .args(["scan", "big.txt", "--min-confidence", "low", "--samples", "20"])
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
    let (lines, one) = scan(&d, &["-j1"]);
    assert!(lines.lines().count() > 10_000, "{} findings", lines.lines().count());
    let doc: Value = serde_json::from_str(&one).unwrap();
    assert!(doc["locations"].as_array().unwrap().len() > 5);
    // One MiB parts (the smallest), then parts as two threads make them.
    for args in [["-j4", "--split-size", "1M"], ["-j2", "--split-size", "8M"]] {
        let (split_lines, split) = scan(&d, &args);
        assert!(lines == split_lines, "jsonl differs with {args:?}");
        assert!(one == split, "json differs with {args:?}");
    }
}
