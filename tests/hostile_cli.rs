//! Hostile input to the command line, the configuration and the gate: a signal in the
//! middle of a scan, configuration errors around values, a baseline that would hold its
//! own key, files the gate could not check.

use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Stdio};

use serde_json::Value;

use crate::util::{stderr, stdout, Dir};

/// A synthetic mobile number with an allocated prefix.
const PHONE: &str = "13987654321";

/// A tree of `n` small files, each holding one phone number.
fn tree(d: &Dir, n: usize) {
    for i in 0..n {
        d.create(&format!("tree/d{}/f{i}.txt", i % 20), format!("联系电话 139{:08}\n", i));
    }
}

/// Starts `piiscan scan - tree -j 1 --report r.json ARGS` in `d`, with standard input
/// and output piped, and waits until the scan has begun. One thread: standard input
/// (named first) is read before the tree.
fn start_scan(d: &Dir, args: &[&str]) -> Child {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("piiscan"))
        .args(["scan", "-", "tree", "-j", "1", "--report", "r.json"])
        .args(args)
        .current_dir(d.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_for_scan(d, &mut child);
    child
}

/// The hidden temporary files that a report being written leaves in `dir`.
fn temp_reports(dir: &Path, report: &str) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&format!(".{report}.")))
        .collect()
}

/// Waits until the scan has created its temporary report: the signal handler is then
/// installed and the scan started. (Standard input is held open, so the scan cannot end
/// before the test lets it.)
fn wait_for_scan(d: &Dir, child: &mut Child) {
    while temp_reports(d.path(), "r.json").is_empty() {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the scan ended before it was signalled: {status}");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

fn kill(child: &Child, signal: &str) {
    let ok = Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
    assert!(ok.success());
}

#[test]
fn sigint_writes_a_partial_inventory_and_exits_130() {
    let d = Dir::new();
    tree(&d, 2000);
    let mut child = start_scan(&d, &["--format", "json"]);
    // 1 MiB on standard input, a phone number on its first line. A pipe holds 64 KiB, so
    // once the write returns the scan is reading standard input: the walk is under way.
    let mut input = format!("手机 {PHONE}\n").into_bytes();
    while input.len() < 1 << 20 {
        input.extend_from_slice(b"nothing personal on this line, only filler text\n");
    }
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(&input).unwrap();
    kill(&child, "-INT");
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(130), "{err}");
    assert!(err.contains("interrupted"), "{err}");

    // The same partial inventory on standard output and in the report.
    let report: Value = serde_json::from_slice(&std::fs::read(d.path().join("r.json")).unwrap())
        .expect("the report is whole JSON");
    let printed: Value = serde_json::from_str(&stdout(&out)).expect("stdout is whole JSON");
    for doc in [&report, &printed] {
        assert_eq!(doc["scan"]["complete"], false, "{doc}");
        // The walk stopped after standard input: none of the 2000 files was opened, and
        // what standard input held before the signal is there.
        assert_eq!(doc["scan"]["files_scanned"], 1, "{doc}");
        assert_eq!(doc["findings"][0]["path"], "<stdin>");
        assert_eq!(doc["findings"][0]["category"], "cn_mobile");
        assert!(doc["scan"]["bytes_scanned"].as_u64().unwrap() >= (1 << 20) - (64 << 10));
    }
    assert!(temp_reports(d.path(), "r.json").is_empty());

    // Every other format says it is partial.
    let human = d.cmd().args(["report", "r.json"]).output().unwrap();
    assert!(stdout(&human).starts_with("INCOMPLETE"), "{}", stdout(&human));
    for format in ["markdown", "csv", "html"] {
        let o = d.cmd().args(["report", "r.json", "--format", format]).output().unwrap();
        assert!(stdout(&o).contains("INCOMPLETE: the scan was interrupted"), "{format}");
    }
}

#[test]
fn a_second_signal_quits_at_once_and_leaves_no_temporary_file() {
    let d = Dir::new();
    tree(&d, 50);
    let mut child = start_scan(&d, &[]);
    // Standard input stays open: the first signal cannot finish the scan, the second
    // ends the process.
    kill(&child, "-INT");
    kill(&child, "-TERM");
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    assert!(temp_reports(d.path(), "r.json").is_empty());
    assert!(!d.path().join("r.json").exists());
}

#[test]
fn an_interrupted_jsonl_stream_ends_with_a_marker() {
    let d = Dir::new();
    tree(&d, 50);
    let mut child = start_scan(&d, &["--format", "jsonl"]);
    kill(&child, "-TERM");
    drop(child.stdin.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130));
    let text = stdout(&out);
    assert_eq!(text.lines().last(), Some(r#"{"complete":false}"#), "{text}");
}

/// Runs `piiscan scan` in `d` and returns the exit code and standard error.
fn scan_error(d: &Dir, args: &[&str]) -> (i32, String) {
    let out = d.cmd().arg("scan").args(args).output().unwrap();
    (out.status.code().unwrap(), stderr(&out))
}

#[test]
fn configuration_errors_never_quote_values() {
    let d = Dir::new();
    d.create("a.txt", "nothing here\n");
    // A number where a string belongs.
    d.create(
        ".piiscan.toml",
        format!("[[allow.values]]\ncategory = \"cn_mobile\"\nvalue = {PHONE}\n"),
    );
    let (code, err) = scan_error(&d, &["."]);
    assert_eq!(code, 2);
    assert!(!err.contains("9876"), "{err}");
    assert!(err.contains(".piiscan.toml:3:9") && err.contains("allow.values[0].value"), "{err}");
    assert!(err.contains("invalid type"), "{err}");

    // A syntax error on the value's line: the line is not shown.
    d.create(
        ".piiscan.toml",
        format!("[[allow.values]]\ncategory = \"cn_mobile\"\nvalue = \"{PHONE}\n"),
    );
    let (code, err) = scan_error(&d, &["."]);
    assert_eq!(code, 2);
    assert!(!err.contains("9876") && err.contains(".piiscan.toml:3:"), "{err}");

    // A value in the wrong place, as a key, as an unknown variant, as a bad regex, as a
    // bad glob, as an unknown detector.
    for text in [
        format!("[allow]\n{PHONE} = 1\n"),
        format!("fail_on = \"{PHONE}\"\n"),
        format!("[[allow.values]]\ncategory = \"{PHONE}\"\nvalue = \"x\"\n"),
        format!("[[allow.values]]\ncategory = \"cn_mobile\"\nregex = \"{PHONE}(\"\n"),
        format!("[allow]\npaths = [\"{PHONE}{{\"]\n"),
        format!("disable = [\"{PHONE}\"]\n"),
    ] {
        d.create(".piiscan.toml", &text);
        let (code, err) = scan_error(&d, &["."]);
        assert_eq!(code, 2, "{text}");
        assert!(!err.contains("9876") && err.contains(".piiscan.toml"), "{text}: {err}");
    }

    // A detector file with a syntax error next to its examples.
    d.create(".piiscan.toml", "");
    d.create(
        "pats/mine.toml",
        format!("[[detector]]\nid = \"x.y\"\nexamples = [\"{PHONE}\"\nname = 1\n"),
    );
    let (code, err) = scan_error(&d, &[".", "--patterns", "pats"]);
    assert_eq!(code, 2);
    assert!(!err.contains("9876") && err.contains("mine.toml"), "{err}");

    // A damaged baseline: where, not what.
    d.create("b.json", format!("{{\"piiscan_baseline\": 1, \"created\": {PHONE}}}"));
    let (code, err) = scan_error(&d, &[".", "--baseline", "b.json"]);
    assert_eq!(code, 2);
    assert!(!err.contains("9876") && err.contains("not a piiscan baseline"), "{err}");
}

#[test]
fn baseline_refuses_to_store_its_key_unless_told() {
    let d = Dir::new();
    d.create("users.txt", format!("手机 {PHONE}\n"));
    let out = d.cmd().args(["baseline", "."]).env_remove("PIISCAN_BASELINE_KEY").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(err.contains("PIISCAN_BASELINE_KEY") && err.contains("--store-key"), "{err}");
    assert!(err.contains("brute force"), "{err}");

    // Forced: the key is in the file, and such a baseline keeps working.
    let out = d.cmd().args(["baseline", "--store-key", "."]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let b: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(b["key"].as_str().map(str::len), Some(64));
    d.create("b.json", &out.stdout);
    let gate = ["scan", ".", "--baseline", "b.json", "--fail-on", "low"];
    assert_eq!(d.cmd().args(gate).output().unwrap().status.code(), Some(0));

    // With the key in the environment nothing needs forcing and the file holds no key.
    let key = "ab".repeat(32);
    let out = d.cmd().args(["baseline", "."]).env("PIISCAN_BASELINE_KEY", &key).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let b: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(b.get("key").is_none(), "{b}");
}

#[test]
fn the_gate_fails_closed_on_files_it_could_not_check() {
    let d = Dir::new();
    d.create("small.txt", "nothing here\n");
    d.create("big.txt", format!("{}\n手机 {PHONE}\n", "x".repeat(4096)));
    d.create("image.bin", b"\x00\x01\x02 not text");
    let limit = ["--max-filesize", "1K"];
    // An inventory scan lists the skip and succeeds.
    let (code, _) = scan_error(&d, &[".", limit[0], limit[1]]);
    assert_eq!(code, 0);
    // The gate cannot vouch for a file it did not read: it fails with 2.
    let (code, err) = scan_error(&d, &[".", limit[0], limit[1], "--fail-on", "medium"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("too_large: 1") && err.contains("--allow-skips"), "{err}");
    // Accepted explicitly.
    let (code, err) =
        scan_error(&d, &[".", limit[0], limit[1], "--fail-on", "medium", "--allow-skips"]);
    assert_eq!(code, 0, "{err}");
    // A binary file is skipped by policy and never fails the gate.
    let (code, err) = scan_error(&d, &[".", "-g", "!big.txt", "--fail-on", "medium"]);
    assert_eq!(code, 0, "{err}");
    // The gate from the configuration fails closed too.
    d.create(".piiscan.toml", "fail_on = \"high\"\n");
    let (code, _) = scan_error(&d, &[".", limit[0], limit[1]]);
    assert_eq!(code, 2);
}
