//! User detectors that would make every scan slow are refused when they load, naming the
//! detector and the limit; `detectors check` checks each detector alone, then together,
//! and says which stage failed.

use crate::util::{stderr, stdout, Dir};

/// A user detector whose lazy DFA explodes on ordinary text: it compiles and finds its
/// example, but made a 7 MB scan forty times slower.
const SLOW: &str = r#"
[[detector]]
id = "email.slow"
category = "email"
name = "Slow e-mail"
pattern = '\w{1,60}[^@]{0,60}\w{50}@example\.com'
confidence = "medium"
examples = ["邮箱abcdefghijabcdefghijabcdefghijabcdefghijabcdefghij@example.com"]
negative_examples = ["no address"]
"#;

#[test]
fn a_slow_user_detector_is_refused_by_scan_and_check() {
    let d = Dir::new();
    d.create("mine/slow.toml", SLOW);
    d.create("notes.txt", "邮箱zhang.wei@example.com\n");
    for args in [&["scan", "--patterns", "mine", "notes.txt"][..], &["detectors", "check", "mine"]]
    {
        let out = d.cmd().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(err.contains("slow.toml: detector `email.slow`: pattern is too"), "{err}");
        assert!(err.contains("KiB") && err.contains("limit"), "{err}");
    }
    let out = d.cmd().args(["detectors", "check", "mine"]).output().unwrap();
    assert!(stderr(&out).contains("error: [load] "), "{}", stderr(&out));
    assert!(stdout(&out).contains("stage load: failed, 1 error(s); stages alone and together"));
}

#[test]
fn check_runs_each_detector_alone_then_together() {
    let d = Dir::new();
    // Its example is an e-mail address the built-in detector finds, not this one.
    d.create(
        "p/corp.toml",
        r#"
[[detector]]
id = "email.corp"
category = "email"
name = "Corporate address"
pattern = '(?-u:\b)corp-[a-z]+@example\.com(?-u:\b)'
confidence = "medium"
examples = ["邮箱zhang@example.com"]
negative_examples = ["corp-zhang at example dot com"]
"#,
    );
    let out = d.cmd().args(["detectors", "check", "p"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let (err, text) = (stderr(&out), stdout(&out));
    assert!(
        err.contains("error: [alone] p/corp.toml: detector `email.corp`: example \"邮箱zhang@"),
        "{err}"
    );
    assert!(!err.contains("[together]"), "the combined engine finds the example: {err}");
    assert!(text.contains("stage load: ok"), "{text}");
    assert!(text.contains("stage alone: failed, 1 error(s)"), "{text}");
    assert!(text.contains("stage together: ok"), "{text}");
    // Fixed, it passes every stage.
    let fixed = std::fs::read_to_string(d.path().join("p/corp.toml")).unwrap();
    d.create("p/corp.toml", fixed.replace("邮箱zhang@", "邮箱corp-zhang@"));
    let out = d.cmd().args(["detectors", "check", "p"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("stage alone: ok"), "{}", stdout(&out));
}
