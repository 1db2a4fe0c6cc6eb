//! The CI gate: `--fail-on`, baselines, inline suppression, `.piiscan.toml`, `--files-from`.

use crate::util::{parse_jsonl, stderr, stdout, Dir};

/// A fixture leaking a valid resident ID number (check char computed).
const LEAK: &str = "INSERT INTO users VALUES ('zhang', '110105199003071239');\n";

fn git_repo() -> Dir {
    let d = Dir::new();
    let git = std::process::Command::new("git").args(["init", "-q"]).current_dir(d.path()).status();
    if !git.is_ok_and(|s| s.success()) {
        // Without git, a `.git` directory is what makes the walker apply .gitignore.
        std::fs::create_dir(d.path().join(".git")).unwrap();
    }
    d.create("tests/fixtures/users.sql", LEAK);
    d.create("src/main.rs", "fn main() {}\n");
    d
}

fn code(d: &Dir, args: &[&str]) -> (i32, String, String) {
    let out = d.cmd().args(args).output().unwrap();
    (out.status.code().unwrap(), stdout(&out), stderr(&out))
}

#[test]
fn fail_on_baseline_and_new_findings() {
    let d = git_repo();
    // Without --fail-on a scan never fails on findings.
    assert_eq!(code(&d, &["scan"]).0, 0);
    let (c, out, _) = code(&d, &["scan", "--fail-on", "medium"]);
    assert_eq!(c, 1, "{out}");
    assert!(out.contains("1 new finding at or above medium"), "{out}");

    // Accept today's findings.
    let (c, baseline, err) = code(&d, &["baseline", "--store-key", "."]);
    assert_eq!(c, 0, "{err}");
    assert!(!baseline.contains("110105199003071239") && !baseline.contains("1239"), "{baseline}");
    d.create(".piiscan-baseline.json", &baseline);
    let gate = ["scan", ".", "--baseline", ".piiscan-baseline.json", "--fail-on", "medium"];
    let (c, out, _) = code(&d, &gate);
    assert_eq!(c, 0, "{out}");
    assert!(out.contains("1 in the baseline"), "{out}");

    // Unrelated lines move: the accepted finding stays accepted.
    d.create("tests/fixtures/users.sql", format!("-- header\n-- more\n{LEAK}"));
    assert_eq!(code(&d, &gate).0, 0);

    // A new phone number fails, and only it is reported.
    d.create("tests/fixtures/users.sql", format!("-- header\n-- more\n{LEAK}-- tel 13987654321\n"));
    let mut args = gate.to_vec();
    args.extend(["--format", "jsonl"]);
    let out = d.cmd().args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let found = parse_jsonl(&out);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["category"], "cn_mobile");
    assert_eq!(found[0]["line"], 4);

    // An inline allow on that line clears it.
    d.create(
        "tests/fixtures/users.sql",
        format!("-- header\n-- more\n{LEAK}-- tel 13987654321 piiscan:allow cn_mobile\n"),
    );
    let (c, out, _) = code(&d, &gate);
    assert_eq!(c, 0, "{out}");
    assert!(out.contains("1 suppressed inline or allowed"), "{out}");
}

#[test]
fn an_inline_allow_names_categories() {
    let d = Dir::new();
    d.create("a.txt", "13987654321 110105199003071239 # piiscan:allow cn_mobile\n");
    let (c, out, _) = code(&d, &["scan", "--fail-on", "low", "--format", "json"]);
    assert_eq!(c, 1);
    let inv: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(inv["findings"].as_array().unwrap().len(), 1);
    assert_eq!(inv["findings"][0]["category"], "cn_resident_id");
    assert_eq!(inv["suppressed"][0]["category"], "cn_mobile");
    assert_eq!(inv["suppressed"][0]["suppressed"], "inline");
    assert_eq!(inv["suppressed"][0]["value"], "139****4321", "suppressed values stay masked");
    assert_eq!(inv["scan"]["failing"], 1);
}

#[test]
fn known_test_values_do_not_fail_by_default() {
    let d = Dir::new();
    d.create("fixture.txt", "tel 13800138000 card 4111111111111111 mail a@example.com\n");
    let (c, out, _) = code(&d, &["scan", "--fail-on", "low"]);
    assert_eq!(c, 0, "{out}");
    assert!(out.contains("TEST"), "{out}");
    d.create(".piiscan.toml", "test_values = \"fail\"\n");
    assert_eq!(code(&d, &["scan", "--fail-on", "low"]).0, 1);
    d.create(".piiscan.toml", "test_values = \"ignore\"\n");
    let (c, out, _) = code(&d, &["scan", "--fail-on", "low"]);
    assert_eq!(c, 0);
    assert!(out.contains("3 known test values ignored"), "{out}");
}

#[test]
fn a_config_typo_is_an_error_naming_the_key() {
    let d = git_repo();
    d.create(".piiscan.toml", "fail_on = \"medium\"\n[allow]\npath = [\"tests/fixtures/\"]\n");
    let (c, _, err) = code(&d, &["scan"]);
    assert_eq!(c, 2);
    assert!(err.contains("unknown field `path`") && err.contains(".piiscan.toml"), "{err}");
    d.create(".piiscan.toml", "disable = [\"cn_mobil\"]\n");
    let (c, _, err) = code(&d, &["scan"]);
    assert_eq!(c, 2);
    assert!(err.contains("disable[0] is neither") && !err.contains("cn_mobil"), "{err}");
    d.create(".piiscan.toml", "fail_on = \"sometimes\"\n");
    let (c, _, err) = code(&d, &["scan"]);
    assert_eq!(c, 2);
    assert!(err.contains(".piiscan.toml:1:11: key `fail_on`: unknown variant"), "{err}");
    assert!(!err.contains("sometimes"), "{err}");
}

#[test]
fn the_config_sets_fail_on_allows_paths_and_values_and_disables_detectors() {
    let d = git_repo();
    d.create("docs/contact.md", "support 13987654321, mail help@corp.example.cn\n");
    d.create(
        ".piiscan.toml",
        r#"
fail_on = "medium"
disable = ["email"]
[allow]
paths = ["tests/fixtures/"]
[[allow.values]]
category = "cn_mobile"
value = "139-8765-4321"
"#,
    );
    let (c, out, err) = code(&d, &["scan", "--format", "json"]);
    assert_eq!(c, 0, "{out}{err}");
    let inv: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(inv["findings"].as_array().unwrap().len(), 0, "{:#}", inv["findings"]);
    assert_eq!(inv["suppressed"][0]["suppressed"], "allowed_value");
    assert_eq!(inv["scan"]["skipped"][0]["reason"], "allowed");
    assert_eq!(inv["scan"]["config"], ".piiscan.toml");
    assert!(!inv["scan"]["detectors"].as_array().unwrap().iter().any(|d| d == "email.address"));
    // The command line wins over the file; --no-config ignores it.
    assert_eq!(code(&d, &["scan", "--fail-on", "never"]).0, 0);
    assert_eq!(code(&d, &["scan", "--no-config", "--fail-on", "medium"]).0, 1);
}

#[test]
fn files_from_scans_listed_files_and_tolerates_deleted_ones() {
    let d = git_repo();
    d.create("changed.txt", "tel 13987654321\n");
    d.create("image.png", b"\x89PNG\x00\x00 13987654321");
    let list = "changed.txt\ndeleted.txt\nimage.png\n";
    let out = d
        .cmd()
        .args(["scan", "--files-from", "-", "--format", "json", "--fail-on", "medium"])
        .write_stdin(list)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let inv: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(inv["files"].as_array().unwrap().len(), 1);
    assert_eq!(inv["files"][0]["path"], "changed.txt");
    let reasons: Vec<(&str, &str)> = inv["scan"]["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["path"].as_str().unwrap(), s["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(reasons, [("deleted.txt", "missing"), ("image.png", "binary")]);
    // NUL-separated lists (git diff -z) work too; an empty list scans nothing.
    d.create("list0", "changed.txt\0");
    let out =
        d.cmd().args(["scan", "--files-from", "list0", "--format", "jsonl"]).output().unwrap();
    assert_eq!(parse_jsonl(&out).len(), 1);
    d.create("empty", "");
    let out = d.cmd().args(["scan", "--files-from", "empty", "--format", "json"]).output().unwrap();
    let inv: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(inv["scan"]["files_scanned"], 0);
}

#[test]
fn init_writes_a_config_that_loads() {
    let d = Dir::new();
    assert_eq!(code(&d, &["init"]).0, 0);
    assert!(d.path().join(".piiscan.toml").is_file());
    assert_eq!(code(&d, &["init"]).0, 2, "never overwrites");
    d.create("a.txt", "tel 13987654321\n");
    // The example sets fail_on = "medium".
    assert_eq!(code(&d, &["scan"]).0, 1);
}

#[test]
fn a_secret_key_keeps_the_baseline_free_of_keys() {
    let d = git_repo();
    let key = "ab".repeat(32);
    let out = d.cmd().args(["baseline", "."]).env("PIISCAN_BASELINE_KEY", &key).output().unwrap();
    let b: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(b.get("key").is_none());
    d.create("b.json", &out.stdout);
    let gate = ["scan", "--baseline", "b.json", "--fail-on", "low"];
    let ok = d.cmd().args(gate).env("PIISCAN_BASELINE_KEY", &key).output().unwrap();
    assert_eq!(ok.status.code(), Some(0));
    let missing = d.cmd().args(gate).env_remove("PIISCAN_BASELINE_KEY").output().unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("PIISCAN_BASELINE_KEY"));
}
