//! `piiscan detectors list` and `piiscan detectors check`, and bad invocations.

use crate::util::{stderr, stdout, Dir};

/// A user detector for a company's internal direct lines.
const USER_DETECTOR: &str = r#"
[[detector]]
id = "phone_intl.corp_ext"
category = "phone_intl"
name = "Corporate direct line"
pattern = '(?-u:\b)EXT-\d{4}-\d{4}(?-u:\b)'
confidence = "medium"
priority = 110
examples = ["分机EXT-1234-5678"]
negative_examples = ["EXT-1234-56789"]
"#;

#[test]
fn list_shows_every_builtin_detector() {
    let d = Dir::new();
    let out = d.cmd().args(["detectors", "list", "--format", "json"]).output().unwrap();
    assert!(out.status.success());
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    for id in
        ["cn_resident_id.18", "cn_mobile.plain", "bank_card.plain", "email.address", "ipv4.address"]
    {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let human = d.cmd().args(["detectors", "list"]).output().unwrap();
    assert!(stdout(&human).lines().next().unwrap().starts_with("ID"));
}

#[test]
fn check_passes_on_the_builtins_and_a_good_user_directory() {
    let d = Dir::new();
    d.create("mine/corp.toml", USER_DETECTOR);
    let out = d.cmd().args(["detectors", "check", "--warnings-as-errors"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = d.cmd().args(["detectors", "check", "mine"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("0 error(s)"));
    // A user detector is used by `scan --patterns`.
    d.create("staff.txt", "direct line EXT-2024-0001\n");
    let found = d.findings(&["--patterns", "mine", "staff.txt"]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["detector"], "phone_intl.corp_ext");
}

#[test]
fn check_names_the_file_and_detector_of_each_problem() {
    let d = Dir::new();
    let a = USER_DETECTOR.replace("\"phone_intl\"", "\"phone\"");
    d.create("bad/a.toml", a.replace("corp_ext", "one"));
    let b = USER_DETECTOR.replace("priority", "validator = \"crc32\"\npriority");
    d.create("bad/b.toml", b.replace("corp_ext", "other"));
    d.create("bad/c.toml", USER_DETECTOR.replace("EXT-\\d{4}-", "EXT-\\d{4-"));
    d.create("bad/d.toml", USER_DETECTOR.replace("phone_intl.corp_ext", "email.address"));
    let out = d.cmd().args(["detectors", "check", "bad"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    // Where and which key, not the value written there.
    assert!(err.contains("a.toml: 4:12: key `detector[0].category`: unknown variant"), "{err}");
    assert!(
        err.contains("b.toml: detector `phone_intl.other`: unknown validator `crc32`"),
        "{err}"
    );
    assert!(err.contains("c.toml: detector `phone_intl.corp_ext`: pattern does not"), "{err}");
    assert!(err.contains("d.toml: detector `email.address`: duplicate id"), "{err}");
}

#[test]
fn check_reports_examples_that_fail() {
    let d = Dir::new();
    d.create("p/x.toml", USER_DETECTOR.replace("分机EXT-1234-5678", "分机EXT-12-5678"));
    let out = d.cmd().args(["detectors", "check", "p"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("detector `phone_intl.corp_ext`: example \"分机EXT-12-5678\""), "{err}");
}

#[test]
fn bad_arguments_exit_2() {
    let d = Dir::new();
    let out = d.cmd().args(["scan", "--format", "yaml"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = d.cmd().args(["scan", "--patterns", "no-such-dir"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no-such-dir"), "{}", stderr(&out));
}
