//! Incremental scans (`--cache FILE`): a re-scan equals the first scan, unchanged files
//! are not read again, changed ones are, deleted ones leave the cache, option and
//! catalogue changes empty it, copies are scanned once and counted everywhere, and a bad
//! cache file is a warning and a full scan.

use std::path::Path;

use serde_json::Value;

use crate::report::schema_errors;
use crate::util::{parse_jsonl, stderr, stdout, Dir, PII_LINE};

/// Copies the shipped demo tree (text, CSV, JSON Lines, zip, docx, pdf, mail) to `to`.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn demo(d: &Dir) {
    copy_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo"), &d.path().join("tree"));
    settle(d.path());
}

/// Dates every file under `dir` an hour back: a file modified in the last seconds
/// before it is read is not kept (its time stamp could not yet show a change).
fn settle(dir: &Path) {
    let past = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            settle(&entry.path());
        } else {
            std::fs::File::options()
                .write(true)
                .open(entry.path())
                .unwrap()
                .set_modified(past)
                .unwrap();
        }
    }
}

/// Runs `scan --format json ARGS` and returns the output as written, checked against the
/// schema.
fn json(d: &Dir, args: &[&str]) -> (String, Value) {
    let out = d.cmd().args(["scan", "--format", "json"]).args(args).output().unwrap();
    assert!(out.status.code().unwrap() < 2, "{}", stderr(&out));
    let text = stdout(&out);
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(schema_errors(&doc), Vec::<String>::new());
    (text, doc)
}

/// The output with the times and the cache counter masked, as text.
fn masked(text: &str) -> String {
    let mut out = Vec::new();
    for line in text.lines() {
        let key = line.trim_start().split(':').next().unwrap_or("");
        let masked = match key {
            "\"started\"" | "\"finished\"" | "\"duration_ms\"" | "\"files_cached\"" => {
                format!("{key}: <masked>")
            }
            _ => line.to_string(),
        };
        out.push(masked);
    }
    out.join("\n")
}

/// The document as text with the times and the cache counter left out (to compare a
/// scan with the cache to one without).
fn uncounted(text: &str) -> String {
    let mut doc: Value = serde_json::from_str(text).unwrap();
    let scan = doc["scan"].as_object_mut().unwrap();
    for key in ["started", "finished", "duration_ms", "files_cached"] {
        scan.remove(key);
    }
    serde_json::to_string_pretty(&doc).unwrap()
}

fn files_cached(doc: &Value) -> u64 {
    doc["scan"]["files_cached"].as_u64().expect("files_cached with --cache")
}

#[test]
fn a_cached_rescan_equals_the_first_scan_byte_for_byte() {
    let d = Dir::new();
    demo(&d);
    let (plain, plain_doc) = json(&d, &["tree"]);
    assert!(plain_doc["scan"].get("files_cached").is_none(), "no counter without --cache");
    let (first, first_doc) = json(&d, &["tree", "--cache", "c.db"]);
    let (second, second_doc) = json(&d, &["tree", "--cache", "c.db"]);
    assert_eq!(files_cached(&first_doc), 0);
    // Every file on disk came from the cache (an archive's entries with it).
    let on_disk = walk_count(&d.path().join("tree"));
    assert_eq!(files_cached(&second_doc), on_disk);
    assert!(second_doc["scan"]["findings_total"].as_u64().unwrap() > 50);
    assert!(masked(&first) == masked(&second), "the cached run differs");
    // The cache changes nothing in what is found.
    assert!(uncounted(&first) == uncounted(&plain));
}

fn walk_count(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                walk_count(&e.path())
            } else {
                1
            }
        })
        .sum()
}

#[test]
fn streamed_findings_of_cached_files_equal_the_first_run() {
    let d = Dir::new();
    demo(&d);
    let run = || {
        let out = d
            .cmd()
            .args(["scan", "tree", "--format", "jsonl", "--cache", "c.db"])
            .output()
            .unwrap();
        let mut lines: Vec<String> = stdout(&out).lines().map(str::to_string).collect();
        lines.sort();
        lines
    };
    let first = run();
    assert!(first.len() > 50);
    assert_eq!(first, run());
}

#[test]
fn an_unchanged_file_is_not_read_again() {
    let d = Dir::new();
    let file = d.create("a/notes.txt", "手机13912345678\n");
    settle(d.path());
    let (_, first) = json(&d, &["a", "--cache", "c.db"]);
    assert_eq!(first["findings"][0]["value"], "139****5678");
    // Same size, same inode, the modification time put back: the cache cannot tell,
    // so the old finding is what a cached run reports (it did not read the file).
    let modified = std::fs::metadata(&file).unwrap().modified().unwrap();
    std::fs::write(&file, "手机13712345679\n").unwrap();
    std::fs::File::options().write(true).open(&file).unwrap().set_modified(modified).unwrap();
    let (_, second) = json(&d, &["a", "--cache", "c.db"]);
    assert_eq!(files_cached(&second), 1);
    assert_eq!(second["findings"][0]["value"], "139****5678");
    // Without the cache the file is read.
    let (_, fresh) = json(&d, &["a"]);
    assert_eq!(fresh["findings"][0]["value"], "137****5679");
}

#[test]
fn a_modified_file_is_scanned_again() {
    let d = Dir::new();
    d.create("a/keep.txt", PII_LINE);
    let file = d.create("a/notes.txt", "手机13912345678\n");
    settle(d.path());
    json(&d, &["a", "--cache", "c.db"]);
    std::fs::write(&file, "联系邮箱 li.na@example.org 电话 13712345679\n").unwrap();
    let (_, doc) = json(&d, &["a", "--cache", "c.db"]);
    assert_eq!(files_cached(&doc), 1, "only the unchanged file");
    let values: Vec<&str> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["path"] == "a/notes.txt")
        .map(|f| f["value"].as_str().unwrap())
        .collect();
    assert!(values.contains(&"137****5679"), "{values:?}");
    assert!(!values.contains(&"139****5678"), "the old finding is gone: {values:?}");
}

/// The paths of a cache's rows (kept as they are when no value is in them).
fn rows(cache: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(cache).unwrap();
    let mut stmt =
        conn.prepare("SELECT path FROM files WHERE path IS NOT NULL ORDER BY path").unwrap();
    let rows = stmt.query_map([], |r| r.get::<_, Vec<u8>>(0)).unwrap();
    rows.map(|r| String::from_utf8(r.unwrap()).unwrap()).collect()
}

#[test]
fn deleted_files_are_pruned() {
    let d = Dir::new();
    d.create("a/keep.txt", PII_LINE);
    let gone = d.create("a/gone.txt", PII_LINE);
    d.create("b/other.txt", PII_LINE);
    settle(d.path());
    json(&d, &["a", "b", "--cache", "c.db"]);
    assert_eq!(rows(&d.path().join("c.db")), ["a/gone.txt", "a/keep.txt", "b/other.txt"]);
    std::fs::remove_file(gone).unwrap();
    let (_, doc) = json(&d, &["a", "--cache", "c.db"]);
    assert_eq!(files_cached(&doc), 1);
    assert!(doc["locations"].as_array().unwrap().iter().all(|l| l["path"] != "a/gone.txt"));
    // Only what was under the scanned root and not seen is dropped.
    assert_eq!(rows(&d.path().join("c.db")), ["a/keep.txt", "b/other.txt"]);
}

#[test]
fn option_and_catalogue_changes_empty_the_cache() {
    let d = Dir::new();
    d.create("a/notes.txt", PII_LINE);
    settle(d.path());
    let cached = |args: &[&str]| {
        let mut all = vec!["a", "--cache", "c.db"];
        all.extend_from_slice(args);
        files_cached(&json(&d, &all).1)
    };
    assert_eq!(cached(&[]), 0);
    assert_eq!(cached(&[]), 1);
    assert_eq!(cached(&["--min-confidence", "high"]), 0);
    assert_eq!(cached(&["--min-confidence", "high"]), 1);
    assert_eq!(cached(&["--samples", "1", "--min-confidence", "high"]), 0);
    d.create(
        "extra/mine.toml",
        r#"[[detector]]
id = "email.corp"
category = "email"
name = "Corporate staff number"
pattern = 'STAFF-[0-9]{6}'
confidence = "medium"
examples = ["STAFF-123456"]
"#,
    );
    let patterns = ["--samples", "1", "--min-confidence", "high", "--patterns", "extra"];
    assert_eq!(cached(&patterns), 0, "another catalogue");
    assert_eq!(cached(&patterns), 1);
    d.create(".piiscan.toml", "disable = [\"ipv6\"]\n");
    assert_eq!(cached(&patterns), 0, "another configuration");
}

#[test]
fn a_bad_cache_file_is_a_warning_and_a_full_scan() {
    let d = Dir::new();
    demo(&d);
    let (expected, _) = json(&d, &["tree"]);
    let expected = uncounted(&expected);
    let garbage = b"SQLite format 3\0 but nothing after the header that makes sense";
    for (name, contents) in
        [("garbage.db", &garbage[..]), ("text.db", &b"a note, not a database"[..])]
    {
        d.create(name, contents);
        let out =
            d.cmd().args(["scan", "tree", "--format", "json", "--cache", name]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(stderr(&out).contains(&format!("warning: cache {name}")), "{}", stderr(&out));
        assert!(uncounted(&stdout(&out)) == expected, "{name}: the full result");
        assert_eq!(std::fs::read(d.path().join(name)).unwrap(), contents, "left as it is");
    }
    // A real cache cut in half: whatever SQLite still reads is used, the rest is scanned.
    json(&d, &["tree", "--cache", "cut.db"]);
    let whole = std::fs::read(d.path().join("cut.db")).unwrap();
    std::fs::write(d.path().join("cut.db"), &whole[..whole.len() / 2]).unwrap();
    let out =
        d.cmd().args(["scan", "tree", "--format", "json", "--cache", "cut.db"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(uncounted(&stdout(&out)) == expected, "the full result");
    // Another SQLite database is not ours: refused, untouched.
    let app = d.path().join("app.db");
    rusqlite::Connection::open(&app)
        .unwrap()
        .execute_batch("CREATE TABLE users (phone TEXT)")
        .unwrap();
    let before = std::fs::read(&app).unwrap();
    let out =
        d.cmd().args(["scan", "tree", "--format", "json", "--cache", "app.db"]).output().unwrap();
    assert!(stderr(&out).contains("not a piiscan cache"), "{}", stderr(&out));
    assert!(uncounted(&stdout(&out)) == expected);
    assert_eq!(std::fs::read(&app).unwrap(), before);
}

#[test]
fn identical_copies_are_scanned_once_and_counted_in_every_place() {
    let d = Dir::new();
    let csv = "name,phone,id_card\n张伟,13912345678,110105199003071239\n李娜,13712345679,\n";
    for dir in ["x", "y/deeper", "z"] {
        d.create(&format!("tree/{dir}/users.csv"), csv);
    }
    d.create("tree/x/other-name.csv", csv);
    let (plain, _) = json(&d, &["tree"]);
    settle(d.path());
    let (first, doc) = json(&d, &["tree", "-j", "1", "--cache", "c.db"]);
    // One thread: the first copy is scanned, the two others come from it; a copy under
    // another name is scanned (its table is named after the file).
    assert_eq!(files_cached(&doc), 2);
    assert!(uncounted(&first) == uncounted(&plain));
    let locations = doc["locations"].as_array().unwrap();
    for path in ["tree/x/users.csv", "tree/y/deeper/users.csv", "tree/z/users.csv"] {
        let phone = locations
            .iter()
            .find(|l| l["path"] == path && l["column"] == "phone")
            .unwrap_or_else(|| panic!("{path}"));
        assert_eq!(phone["findings"], 2);
        assert_eq!(phone["distinct"], 2);
    }
    // Distinct counts over the scan count each value once, wherever it was found.
    let mobile = doc["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["category"] == "cn_mobile")
        .unwrap();
    assert_eq!((mobile["findings"].as_u64(), mobile["distinct"].as_u64()), (Some(8), Some(2)));
}

#[test]
fn the_cache_file_is_private_and_never_scanned() {
    let d = Dir::new();
    d.create("notes.txt", PII_LINE);
    settle(d.path());
    let (_, first) = json(&d, &[".", "--cache", "inside.db"]);
    let (_, second) = json(&d, &[".", "--cache", "inside.db"]);
    for doc in [&first, &second] {
        let paths: Vec<&str> = doc["locations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["path"].as_str().unwrap())
            .collect();
        assert!(paths.iter().all(|p| !p.contains("inside.db")), "{paths:?}");
        assert_eq!(doc["scan"]["files_scanned"], 1);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(d.path().join("inside.db")).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn the_configuration_names_the_cache() {
    let d = Dir::new();
    d.create("repo/notes.txt", PII_LINE);
    d.create("repo/.piiscan.toml", "cache = \"../c.db\"\n");
    settle(d.path());
    let out = d.cmd().args(["scan", "repo", "--format", "jsonl"]).output().unwrap();
    assert_eq!(parse_jsonl(&out).len(), 3, "{}", stderr(&out));
    assert_eq!(rows(&d.path().join("c.db")), ["repo/notes.txt"]);
}

#[test]
fn a_file_stamped_too_recently_is_read_again() {
    let d = Dir::new();
    let file = d.create("a/notes.txt", PII_LINE);
    // A time stamp less than 2 s before the read cannot tell a change made within the
    // same tick of a coarse clock: here it is even ahead of the clock.
    let soon = std::time::SystemTime::now() + std::time::Duration::from_secs(600);
    std::fs::File::options().write(true).open(&file).unwrap().set_modified(soon).unwrap();
    json(&d, &["a", "--cache", "c.db"]);
    let (_, doc) = json(&d, &["a", "--cache", "c.db"]);
    assert_eq!(files_cached(&doc), 0);
    assert_eq!(doc["scan"]["findings_total"], 3);
}

#[test]
fn no_raw_value_is_kept_in_the_cache() {
    let d = Dir::new();
    d.create("a/客户_13912345678.txt", PII_LINE);
    d.create("a/plain.txt", PII_LINE);
    settle(d.path());
    let (_, first) = json(&d, &["a", "--cache", "c.db"]);
    let (_, second) = json(&d, &["a", "--cache", "c.db"]);
    assert_eq!(files_cached(&second), 2);
    assert_eq!(first["findings"], second["findings"]);
    let bytes = std::fs::read(d.path().join("c.db")).unwrap();
    for raw in crate::util::PII_VALUES.iter().chain(&["13912345678"]) {
        let found = bytes.windows(raw.len()).any(|w| w == raw.as_bytes());
        assert!(!found, "{raw} is in the cache file");
    }
    // A path holding a value is kept only as a keyed digest.
    assert_eq!(rows(&d.path().join("c.db")), ["a/plain.txt"]);
    // Raw values asked for: the cache is not used at all.
    let out = d.cmd().args(["scan", "a", "--show-values", "--cache", "raw.db"]).output().unwrap();
    assert!(stderr(&out).contains("not used with --show-values"), "{}", stderr(&out));
    assert!(!d.path().join("raw.db").exists());
}

#[test]
fn a_scan_killed_while_writing_leaves_a_valid_cache() {
    use std::process::{Command, Stdio};
    let d = Dir::new();
    for i in 0..300 {
        d.create(&format!("tree/{}/f{i}.txt", i / 30), PII_LINE);
    }
    settle(d.path());
    let (plain, _) = json(&d, &["tree"]);
    json(&d, &["tree", "--cache", "c.db"]);
    // Standard input, held open, keeps the scan running after the files: by then it has
    // marked their rows as seen, in a transaction not yet committed (its journal is there).
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("piiscan"))
        .args(["scan", "tree", "-", "-j", "1", "--format", "json", "--cache", "c.db"])
        .current_dir(d.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let journal = d.path().join("c.db-journal");
    while !journal.exists() {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the scan ended before it was killed: {status}");
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    // The second signal ends the process at once, mid-transaction.
    for signal in ["-TERM", "-TERM"] {
        let ok = Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
        assert!(ok.success());
    }
    assert_eq!(child.wait().unwrap().code(), Some(130));
    let out =
        d.cmd().args(["scan", "tree", "--format", "json", "--cache", "c.db"]).output().unwrap();
    assert_eq!(stderr(&out), "", "the cache opens without a warning");
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(files_cached(&doc), 300, "the rows committed before are all there");
    assert!(uncounted(&stdout(&out)) == uncounted(&plain));
}
