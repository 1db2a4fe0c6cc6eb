//! Which files a scan visits: ignore rules, hidden files, globs, symlinks, binary and
//! special files, unreadable files, size limits, explicit paths and standard input.

use crate::util::{paths_of, stderr, Dir, PII_LINE};

#[test]
fn gitignore_is_respected_in_a_repository_unless_no_ignore() {
    let d = Dir::new();
    std::fs::create_dir(d.path().join(".git")).unwrap();
    d.create(".gitignore", "ignored.txt\n");
    d.create("ignored.txt", PII_LINE);
    d.create("kept.txt", PII_LINE);
    assert_eq!(paths_of(&d.findings(&[])), vec!["kept.txt"]);
    assert_eq!(paths_of(&d.findings(&["--no-ignore"])), vec!["ignored.txt", "kept.txt"]);
}

#[test]
fn dot_ignore_works_outside_repositories() {
    let d = Dir::new();
    d.create(".ignore", "secret/\n");
    d.create("secret/a.txt", PII_LINE);
    d.create("open/a.txt", PII_LINE);
    assert_eq!(paths_of(&d.findings(&[])), vec!["open/a.txt"]);
}

#[test]
fn hidden_files_need_hidden() {
    let d = Dir::new();
    d.create(".env", PII_LINE);
    d.create(".cache/x.txt", PII_LINE);
    d.create("a.txt", PII_LINE);
    assert_eq!(paths_of(&d.findings(&[])), vec!["a.txt"]);
    assert_eq!(paths_of(&d.findings(&["--hidden"])), vec![".cache/x.txt", ".env", "a.txt"]);
}

#[test]
fn files_named_on_the_command_line_are_always_scanned() {
    let d = Dir::new();
    std::fs::create_dir(d.path().join(".git")).unwrap();
    d.create(".gitignore", "ignored.txt\n");
    d.create("ignored.txt", PII_LINE);
    d.create(".hidden", PII_LINE);
    let found = d.findings(&["ignored.txt", ".hidden"]);
    assert_eq!(paths_of(&found), vec![".hidden", "ignored.txt"]);
}

#[test]
fn globs_include_and_exclude() {
    let d = Dir::new();
    d.create("a.csv", PII_LINE);
    d.create("b.log", PII_LINE);
    d.create("c/d.csv", PII_LINE);
    assert_eq!(paths_of(&d.findings(&["-g", "*.csv"])), vec!["a.csv", "c/d.csv"]);
    assert_eq!(paths_of(&d.findings(&["-g", "!*.csv"])), vec!["b.log"]);
}

#[test]
fn binary_files_are_skipped_with_a_reason_unless_named() {
    let d = Dir::new();
    let mut bin = b"\x7fELF\x00\x00".to_vec();
    bin.extend_from_slice(PII_LINE.as_bytes());
    d.create("blob.bin", &bin);
    d.create("a.txt", PII_LINE);
    let inv = d.inventory(&[]);
    let skipped = inv["scan"]["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0]["path"], "blob.bin");
    assert_eq!(skipped[0]["reason"], "binary");
    assert_eq!(inv["scan"]["files_scanned"], 1);
    // Named explicitly, it is scanned.
    assert_eq!(paths_of(&d.findings(&["blob.bin"])), vec!["blob.bin"]);
}

#[test]
fn a_nul_after_the_sniffed_head_does_not_make_a_file_binary() {
    let d = Dir::new();
    let mut text = PII_LINE.as_bytes().to_vec();
    text.resize(64 << 10, b' ');
    text.push(0);
    d.create("late-nul.txt", &text);
    assert_eq!(paths_of(&d.findings(&[])), vec!["late-nul.txt"]);
}

#[cfg(unix)]
#[test]
fn symlinks_are_not_followed_unless_asked() {
    let outside = Dir::new();
    outside.create("secret.txt", PII_LINE);
    let d = Dir::new();
    d.create("a.txt", PII_LINE);
    std::os::unix::fs::symlink(outside.path().join("secret.txt"), d.path().join("link.txt"))
        .unwrap();
    std::os::unix::fs::symlink(outside.path(), d.path().join("linkdir")).unwrap();
    let inv = d.inventory(&[]);
    let files: Vec<&str> =
        inv["files"].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(files, vec!["a.txt"]);
    let skipped = inv["scan"]["skipped"].as_array().unwrap();
    assert!(skipped.iter().all(|s| s["reason"] == "symlink"), "{skipped:?}");
    assert_eq!(skipped.len(), 2);
    assert_eq!(
        paths_of(&d.findings(&["--follow"])),
        vec!["a.txt", "link.txt", "linkdir/secret.txt"]
    );
}

#[cfg(unix)]
#[test]
fn fifos_are_skipped_not_read() {
    let d = Dir::new();
    d.create("a.txt", PII_LINE);
    let fifo = d.path().join("pipe");
    let status = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !status.is_ok_and(|s| s.success()) {
        skip_because!("mkfifo is not available");
    }
    let inv = d.inventory(&[]);
    let skipped = inv["scan"]["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    assert_eq!(skipped[0]["reason"], "special_file");
    assert_eq!(inv["scan"]["files_scanned"], 1);
}

#[test]
fn a_missing_root_is_an_error_but_the_rest_is_scanned() {
    let d = Dir::new();
    d.create("a.txt", PII_LINE);
    let out = d.cmd().args(["scan", "--format", "jsonl", "a.txt", "nope.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(paths_of(&crate::util::parse_jsonl(&out)), vec!["a.txt"]);
    assert!(stderr(&out).contains("nope.txt"), "{}", stderr(&out));
}

/// A file the scanning user may not read is recorded as skipped, the scan goes on, and
/// the exit code is 2. As root (which reads anything), the scan runs as `nobody`.
#[cfg(unix)]
#[test]
fn an_unreadable_file_is_recorded_and_the_scan_goes_on() {
    use std::os::unix::fs::PermissionsExt;
    let d = Dir::new();
    d.create("a.txt", PII_LINE);
    let locked = d.create("locked.txt", PII_LINE);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("piiscan");
    let mut cmd = if std::fs::read(&locked).is_ok() {
        // Root: drop to nobody for the scan.
        if std::process::Command::new("setpriv").arg("--version").output().is_err() {
            skip_because!("running as root without setpriv; cannot make a file unreadable");
        }
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"]).arg(&bin);
        c
    } else {
        std::process::Command::new(&bin)
    };
    let out = cmd.current_dir(d.path()).args(["scan", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let inv: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let skipped = inv["scan"]["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0]["path"], "locked.txt");
    assert_eq!(skipped[0]["reason"], "unreadable");
    assert!(skipped[0]["detail"].as_str().unwrap().contains("ermission denied"));
    assert_eq!(inv["files"][0]["path"], "a.txt");
    assert!(stderr(&out).contains("locked.txt"));
}

#[test]
fn max_filesize_skips_large_files_with_a_reason() {
    let d = Dir::new();
    d.create("small.txt", PII_LINE);
    d.create("big.txt", PII_LINE.repeat(100));
    let inv = d.inventory(&["--max-filesize", "1K"]);
    let skipped = inv["scan"]["skipped"].as_array().unwrap();
    assert_eq!(skipped[0]["path"], "big.txt");
    assert_eq!(skipped[0]["reason"], "too_large");
    let out = d.cmd().args(["scan", "--max-filesize", "lots"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--max-filesize"));
}

#[test]
fn standard_input_is_scanned_as_dash() {
    let d = Dir::new();
    let out =
        d.cmd().args(["scan", "--format", "jsonl", "-"]).write_stdin(PII_LINE).output().unwrap();
    let found = crate::util::parse_jsonl(&out);
    assert_eq!(found.len(), 3);
    assert_eq!(found[0]["path"], "<stdin>");
}

#[test]
fn large_mapped_files_keep_exact_offsets_and_lines() {
    let d = Dir::new();
    let filler = "no personal data on this line, just words and 12345 numbers\n";
    let mut text = filler.repeat((9 << 20) / filler.len());
    let start = text.len() + "tel ".len();
    text.push_str("tel 13912345678\n");
    let lines = text.lines().count() as u64;
    d.create("big.log", &text);
    let found = d.findings(&["--show-values"]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["start"], start as u64);
    assert_eq!(found[0]["line"], lines);
    assert_eq!(found[0]["value"], "13912345678");
}

#[test]
fn threads_do_not_change_the_result() {
    let d = Dir::new();
    for i in 0..40 {
        d.create(&format!("d{}/f{i}.txt", i % 7), PII_LINE.repeat(i + 1));
    }
    let mut one = d.inventory(&["-j", "1"]);
    let mut four = d.inventory(&["-j", "4"]);
    assert_eq!(one["files"], four["files"]);
    // Fingerprints use a per-scan key unless a baseline gives one; compare the rest.
    for inv in [&mut one, &mut four] {
        for f in inv["findings"].as_array_mut().unwrap() {
            f.as_object_mut().unwrap().remove("fingerprint");
        }
    }
    assert!(one["findings"] == four["findings"], "findings differ between -j 1 and -j 4");
    // Files 0..40 hold 1..=40 lines of three values each.
    assert_eq!(one["findings"].as_array().unwrap().len(), 3 * (1..=40).sum::<usize>());
}
