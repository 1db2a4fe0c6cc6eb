//! What a user meets first: messages, output files, quiet and colour, completions and the
//! manual, configuration found from a subfolder, baselines updated in place, and diffs of
//! the same data scanned from elsewhere.

use crate::util::{stderr, stdout, Dir};

/// A valid resident ID number (check char computed) and a mobile number.
const LEAK: &str = "name,id_card,tel\nzhang,110105199003071239,13987654321\n";

fn run(d: &Dir, args: &[&str]) -> (i32, String, String) {
    let out = d.cmd().args(args).env_remove("PIISCAN_BASELINE_KEY").output().unwrap();
    (out.status.code().unwrap(), stdout(&out), stderr(&out))
}

/// A repository (a `.git` folder is what marks one) with a leak in `sub/users.csv`.
fn repo() -> Dir {
    let d = Dir::new();
    std::fs::create_dir(d.path().join(".git")).unwrap();
    d.create("sub/users.csv", LEAK);
    d
}

#[test]
fn a_missing_path_is_named_once_and_not_called_clean() {
    let d = Dir::new();
    let (code, out, err) = run(&d, &["scan", "nonexist"]);
    assert_eq!(code, 2);
    assert!(err.contains("nonexist: No such file or directory"), "{err}");
    assert!(!err.contains("nonexist: nonexist"), "{err}");
    assert!(!out.contains("No personal data found"), "{out}");
    assert!(out.contains("1 path could not be read"), "{out}");
}

#[test]
fn a_fully_baselined_scan_says_nothing_new() {
    let d = Dir::new();
    d.create("users.csv", LEAK);
    let (code, _, err) = run(&d, &["baseline", "--store-key", "-o", "b.json"]);
    assert_eq!(code, 0, "{err}");
    let (code, out, _) = run(&d, &["scan", "--baseline", "b.json"]);
    assert_eq!(code, 0);
    assert!(out.contains("No new personal data found."), "{out}");
    assert!(!out.contains("No personal data found."), "{out}");
}

#[test]
fn a_closed_pipe_ends_quietly_with_zero() {
    let d = Dir::new();
    // Far more output than a pipe buffers, so that the writer meets the closed pipe.
    let mut big = String::new();
    for i in 0..20_000 {
        big.push_str(&format!("tel 139{:08}\n", 10_000_000 + i));
    }
    d.create("big.txt", big);
    let exe = assert_cmd::cargo::cargo_bin("piiscan");
    for args in ["detectors list --format json", "scan --format jsonl big.txt", "scan big.txt"] {
        let script = format!("set -o pipefail; '{}' {args} | head -c 10 >/dev/null", exe.display());
        let out = std::process::Command::new("bash")
            .args(["-c", &script])
            .current_dir(d.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args}: {}", stderr(&out));
        assert!(!stderr(&out).contains("Broken pipe"), "{args}: {}", stderr(&out));
    }
}

#[test]
fn the_init_template_says_what_it_is_and_parses() {
    let d = Dir::new();
    let (code, out, _) = run(&d, &["init", "--print"]);
    assert_eq!(code, 0);
    let first = out.lines().next().unwrap();
    assert!(first.starts_with("# piiscan configuration") && !first.contains("example"), "{first}");
    assert!(out.contains("# baseline = \".piiscan-baseline.json\""), "{out}");
    d.create(".piiscan.toml", &out);
    d.create("users.csv", LEAK);
    // The template's fail_on = "medium" applies.
    assert_eq!(run(&d, &["scan"]).0, 1);
}

#[test]
fn a_top_level_key_under_allow_gets_a_hint() {
    let d = Dir::new();
    d.create(".piiscan.toml", "[allow]\npaths = []\nfail_on = \"high\"\n");
    let (code, _, err) = run(&d, &["scan"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown field `fail_on`"), "{err}");
    assert!(err.contains("`fail_on` is a top-level key: move it above"), "{err}");
}

#[test]
fn report_takes_its_format_from_the_output_name() {
    let d = Dir::new();
    d.create("users.csv", LEAK);
    assert_eq!(run(&d, &["scan", "-o", "inv.json"]).0, 0);
    for (name, start) in [("r.html", "<!DOCTYPE html>"), ("r.md", "# "), ("r.csv", "path,")] {
        let (code, out, err) = run(&d, &["report", "inv.json", "-o", name]);
        assert_eq!(code, 0, "{err}");
        assert!(out.is_empty(), "{out}");
        let text = std::fs::read_to_string(d.path().join(name)).unwrap();
        let text = text.trim_start_matches('\u{feff}');
        assert!(text.starts_with(start), "{name}: {}", &text[..text.len().min(80)]);
    }
    // --format wins over the name.
    assert_eq!(run(&d, &["report", "inv.json", "-f", "human", "-o", "x.html"]).0, 0);
    let text = std::fs::read_to_string(d.path().join("x.html")).unwrap();
    assert!(text.starts_with("Scanned 1 file"), "{text}");
    // Formats made from findings are refused by name, and no file is left behind.
    let (code, _, err) = run(&d, &["report", "inv.json", "-o", "r.sarif"]);
    assert_eq!(code, 2);
    assert!(err.contains("only a scan writes"), "{err}");
    assert!(!d.path().join("r.sarif").exists());
}

#[test]
fn report_help_lists_only_the_formats_it_renders() {
    let d = Dir::new();
    let (_, help, _) = run(&d, &["report", "-h"]);
    assert!(help.contains("markdown") && help.contains("html"), "{help}");
    assert!(!help.contains("sarif") && !help.contains("jsonl"), "{help}");
    let (code, _, err) = run(&d, &["report", "x.json", "-f", "sarif"]);
    assert_eq!(code, 2);
    assert!(err.contains("invalid value 'sarif'"), "{err}");
}

#[test]
fn scan_writes_its_output_to_a_file() {
    let d = Dir::new();
    d.create("users.csv", LEAK);
    let (code, out, _) = run(&d, &["scan", "users.csv", "-o", "inv.json"]);
    assert_eq!(code, 0);
    assert!(out.is_empty(), "{out}");
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d.path().join("inv.json")).unwrap()).unwrap();
    assert_eq!(doc["totals"]["findings"], 2);
    // Streamed JSON Lines go to the file too.
    assert_eq!(run(&d, &["scan", "users.csv", "-f", "jsonl", "-o", "f.txt"]).0, 0);
    let lines = std::fs::read_to_string(d.path().join("f.txt")).unwrap();
    assert_eq!(lines.lines().count(), 2, "{lines}");
    assert!(!lines.contains("13987654321"), "{lines}");
}

#[test]
fn baseline_refuses_flags_that_mean_nothing_there() {
    let d = Dir::new();
    for flag in [&["--report", "r.html"][..], &["--fail-on", "low"], &["--format", "json"]] {
        let (code, _, err) = run(&d, &[&["baseline", "--store-key"][..], flag].concat());
        assert_eq!(code, 2, "{flag:?}");
        assert!(err.contains("unexpected argument"), "{flag:?}: {err}");
    }
    assert!(!d.path().join("r.html").exists());
}

#[test]
fn the_configuration_is_found_from_a_subfolder_up_to_the_repository_root() {
    let d = repo();
    d.create(".piiscan.toml", "fail_on = \"medium\"\n[allow]\npaths = [\"sub/fixtures/\"]\n");
    d.create("sub/fixtures/more.csv", LEAK);
    let mut cmd = d.cmd();
    let out = cmd.current_dir(d.path().join("sub")).args(["scan", "."]).output().unwrap();
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("Using configuration ../.piiscan.toml."), "{text}");
    // The allowed paths are relative to the file, wherever the scan starts.
    assert!(text.contains("allowed 1"), "{text}");
    assert!(!text.contains("more.csv"), "{text}");
    // Machine formats say it on standard error (and in the document).
    let out =
        d.cmd().current_dir(d.path().join("sub")).args(["scan", "-f", "json"]).output().unwrap();
    assert!(stderr(&out).contains("using configuration ../.piiscan.toml"), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["scan"]["config"], "../.piiscan.toml");
    // -q keeps the notice off.
    let out = d
        .cmd()
        .current_dir(d.path().join("sub"))
        .args(["-q", "scan", "-f", "json"])
        .output()
        .unwrap();
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

#[test]
fn no_configuration_is_taken_from_above_a_repository_or_outside_one() {
    let outer = Dir::new();
    outer.create(".piiscan.toml", "fail_on = \"low\"\n");
    std::fs::create_dir_all(outer.path().join("repo/.git")).unwrap();
    outer.create("repo/sub/users.csv", LEAK);
    outer.create("plain/sub/users.csv", LEAK);
    for dir in ["repo/sub", "plain/sub"] {
        let out = outer.cmd().current_dir(outer.path().join(dir)).arg("scan").output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{dir}: {}", stdout(&out));
        assert!(!stdout(&out).contains("configuration"), "{dir}: {}", stdout(&out));
    }
}

#[test]
fn updating_a_baseline_keeps_its_key_and_changes_nothing_without_change() {
    let d = Dir::new();
    d.create("users.csv", LEAK);
    assert_eq!(run(&d, &["baseline", "--store-key", "-o", "b.json"]).0, 0);
    let first = std::fs::read(d.path().join("b.json")).unwrap();
    // Updating in place (the existing -o file is the baseline updated) rewrites it byte
    // for byte, and so does naming it with --baseline.
    let (code, _, err) = run(&d, &["baseline", "-o", "b.json"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(std::fs::read(d.path().join("b.json")).unwrap(), first);
    let (code, out, _) = run(&d, &["baseline", "--baseline", "b.json"]);
    assert_eq!(code, 0);
    assert_eq!(out.as_bytes(), first);
    // A new finding is added under the same key; the old ones stay.
    d.create("more.txt", "email zhang.wei@mail.example.com\n");
    assert_eq!(run(&d, &["baseline", "-o", "b.json"]).0, 0);
    let old: serde_json::Value = serde_json::from_slice(&first).unwrap();
    let new: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d.path().join("b.json")).unwrap()).unwrap();
    assert_eq!(old["key"], new["key"]);
    assert_eq!(new["findings"].as_array().unwrap().len(), 3, "{new}");
    // `baseline = "..."` in the configuration is the scan's baseline.
    d.create(".piiscan.toml", "baseline = \"b.json\"\nfail_on = \"low\"\n");
    let (code, out, _) = run(&d, &["scan"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("3 in the baseline"), "{out}");
    // A file that is not a baseline is never overwritten.
    d.create("notes.json", "{}");
    let (code, _, err) = run(&d, &["baseline", "--store-key", "--no-config", "-o", "notes.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("notes.json exists"), "{err}");
    assert_eq!(std::fs::read(d.path().join("notes.json")).unwrap(), b"{}");
}

#[test]
fn diff_compares_paths_relative_to_their_roots() {
    let d = Dir::new();
    d.create("snap/users.csv", LEAK);
    d.create("snap/notes/n.txt", "tel 13987654321\n");
    assert_eq!(run(&d, &["scan", "snap", "-o", "a.json"]).0, 0);
    let out = d.cmd().current_dir(d.path().join("snap")).args(["scan", "-o", "../b.json"]).output();
    assert_eq!(out.unwrap().status.code(), Some(0));
    let (code, out, _) = run(&d, &["diff", "a.json", "b.json"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("different roots (snap and .)"), "{out}");
    assert!(out.contains("0 locations appeared, 0 vanished"), "{out}");
    let (code, out, err) = run(&d, &["diff", "a.json", "b.json", "-f", "json"]);
    assert_eq!(code, 0);
    assert!(err.contains("different roots"), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["roots_differ"], true);

    // A real change shows in Markdown and HTML too.
    d.create("snap/more.txt", "email zhang.wei@mail.example.com\n");
    assert_eq!(run(&d, &["scan", "snap", "-o", "c.json"]).0, 0);
    let (code, md, _) = run(&d, &["diff", "b.json", "c.json", "-f", "markdown"]);
    assert_eq!(code, 1);
    assert!(md.contains("| appeared | +1 | "), "{md}");
    assert_eq!(run(&d, &["diff", "b.json", "c.json", "-o", "d.html"]).0, 1);
    let html = std::fs::read_to_string(d.path().join("d.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<td>appeared</td>"), "{html}");
    assert!(html.contains("snap/more.txt") && !html.contains("zhang.wei@"), "{html}");
}

#[test]
fn quiet_drops_the_summary_and_notices_but_keeps_the_exit_code_and_asked_outputs() {
    let d = Dir::new();
    d.create("users.csv", LEAK);
    let (code, out, err) = run(&d, &["scan", "-q", "--fail-on", "medium"]);
    assert_eq!(code, 1);
    assert!(out.is_empty() && err.is_empty(), "{out}{err}");
    let (code, out, _) = run(&d, &["-q", "scan", "-f", "json"]);
    assert_eq!(code, 0);
    assert!(out.starts_with('{'), "{out}");
}

#[test]
fn colour_follows_the_flag_and_never_reaches_a_pipe_by_default() {
    let d = Dir::new();
    d.create("users.csv", LEAK);
    let (_, plain, _) = run(&d, &["scan"]);
    assert!(!plain.contains('\u{1b}'), "{plain}");
    let (_, never, _) = run(&d, &["scan", "--color", "never"]);
    assert_eq!(never.replace(char::is_numeric, ""), plain.replace(char::is_numeric, ""));
    let (_, always, _) = run(&d, &["scan", "--color", "always"]);
    assert!(always.contains("\u{1b}[1m"), "{always}");
    assert!(always.contains("\u{1b}[35musers.csv"), "{always}");
}

#[test]
fn no_progress_line_when_standard_error_is_not_a_terminal() {
    let d = Dir::new();
    d.create("users.csv", LEAK);
    let (code, _, err) = run(&d, &["scan"]);
    assert_eq!(code, 0);
    assert!(err.is_empty(), "{err:?}");
}

#[test]
fn the_summary_shows_path_and_line_of_each_location_masked() {
    let d = Dir::new();
    d.create("a/users.csv", LEAK);
    d.create("notes.txt", "first\nsecond\ncall 13987654321 or 13987654321\n");
    let (_, out, _) = run(&d, &["scan"]);
    assert!(out.contains("notes.txt:3  cn_mobile  139****4321 (2 findings)"), "{out}");
    assert!(
        out.contains("a/users.csv:2  users.id_card  cn_resident_id  110105********1239"),
        "{out}"
    );
    assert!(!out.contains("13987654321") && !out.contains("110105199003071239"), "{out}");
}

#[test]
fn completions_and_the_manual_page_are_generated() {
    let d = Dir::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let (code, out, _) = run(&d, &["completions", shell]);
        assert_eq!(code, 0, "{shell}");
        assert!(out.contains("baseline") && out.contains("--fail-on"), "{shell}");
    }
    let (code, man, _) = run(&d, &["man"]);
    assert_eq!(code, 0);
    assert!(man.contains(".TH piiscan"), "{}", &man[..200.min(man.len())]);
    assert!(man.contains("diff"), "{man}");
}

/// The fenced block of docs/ci.md that starts with `first_line`.
fn ci_doc_block(first_line: &str) -> String {
    let doc = include_str!("../docs/ci.md");
    let start = doc.find(first_line).expect("the block is in docs/ci.md");
    let len = doc[start..].find("```").expect("the block ends");
    doc[start..start + len].to_string()
}

/// `git` in `dir`, with an identity and `piiscan` on `PATH`.
fn git(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    let exe = assert_cmd::cargo::cargo_bin("piiscan");
    let path = format!(
        "{}:{}",
        exe.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    std::process::Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("PATH", path)
        .env_remove("PIISCAN_BASELINE_KEY")
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
        .output()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn the_git_hook_recipe_blocks_a_commit() {
    use std::os::unix::fs::PermissionsExt;
    let d = Dir::new();
    if !git(d.path(), &["init", "-q"]).status.success() {
        panic!("git is needed for this test");
    }
    let hook = d.path().join(".git/hooks/pre-commit");
    std::fs::create_dir_all(hook.parent().unwrap()).unwrap();
    std::fs::write(&hook, ci_doc_block("#!/bin/sh")).unwrap();
    std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();

    d.create("README.txt", "nothing personal here\n");
    assert!(git(d.path(), &["add", "."]).status.success());
    let ok = git(d.path(), &["commit", "-q", "-m", "clean"]);
    assert!(ok.status.success(), "{}", stderr(&ok));

    d.create("src/user.py", "phone = '13987654321'\n");
    assert!(git(d.path(), &["add", "src/user.py"]).status.success());
    let blocked = git(d.path(), &["commit", "-q", "-m", "leak"]);
    assert!(!blocked.status.success(), "the commit went through");
    let shown = format!("{}{}", stdout(&blocked), stderr(&blocked));
    assert!(shown.contains("src/user.py:1  cn_mobile  139****4321"), "{shown}");
    assert!(!shown.contains("13987654321"), "{shown}");
    let log = git(d.path(), &["log", "--oneline"]);
    assert_eq!(stdout(&log).lines().count(), 1, "{}", stdout(&log));
}

#[test]
fn csv_starts_with_a_byte_order_mark_unless_asked_not_to() {
    let d = Dir::new();
    d.create("users.csv", LEAK);
    let (_, csv, _) = run(&d, &["scan", "users.csv", "-f", "csv"]);
    assert!(csv.starts_with("\u{feff}path,table,column"), "{csv}");
    let (_, csv, _) = run(&d, &["scan", "users.csv", "-f", "csv", "--no-bom"]);
    assert!(csv.starts_with("path,table,column"), "{csv}");
    assert_eq!(run(&d, &["scan", "users.csv", "-o", "inv.json"]).0, 0);
    assert_eq!(run(&d, &["report", "inv.json", "-o", "a.csv"]).0, 0);
    assert!(std::fs::read(d.path().join("a.csv")).unwrap().starts_with(b"\xEF\xBB\xBFpath,"));
    assert_eq!(run(&d, &["report", "inv.json", "-o", "b.csv", "--no-bom"]).0, 0);
    assert!(std::fs::read(d.path().join("b.csv")).unwrap().starts_with(b"path,"));
}

#[test]
fn reports_show_local_time_with_its_offset() {
    let d = Dir::new();
    d.create("users.csv", LEAK);
    assert_eq!(run(&d, &["scan", "users.csv", "-o", "inv.json"]).0, 0);
    let mut inv: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d.path().join("inv.json")).unwrap()).unwrap();
    inv["scan"]["started"] = "2026-11-24T17:40:05.5Z".into();
    d.create("inv.json", serde_json::to_vec(&inv).unwrap());
    for format in ["markdown", "html"] {
        let out = d
            .cmd()
            .args(["report", "inv.json", "-f", format])
            .env("TZ", "Asia/Shanghai")
            .output()
            .unwrap();
        assert!(stdout(&out).contains("2026-11-25 01:40:05 +08:00"), "{format}: {}", stdout(&out));
    }
}

#[test]
fn reports_give_the_legal_basis_of_each_class() {
    let d = Dir::new();
    d.create("users.csv", LEAK);
    assert_eq!(run(&d, &["scan", "users.csv", "-o", "inv.json"]).0, 0);
    let inv: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d.path().join("inv.json")).unwrap()).unwrap();
    let id = inv["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["category"] == "cn_resident_id")
        .unwrap();
    let basis = id["basis"].as_str().unwrap();
    assert!(basis.contains("PIPL art. 28"), "{basis}");
    let (_, md, _) = run(&d, &["report", "inv.json", "-f", "markdown"]);
    assert!(md.contains("## Legal basis"), "{md}");
    assert!(md.contains(&format!("| sensitive | {basis} |")), "{md}");
    let (_, html, _) = run(&d, &["report", "inv.json", "-f", "html"]);
    assert!(html.contains(r#"<section id="basis"><h2>Legal basis</h2>"#), "{html}");
    assert!(html.contains("GB/T 35273-2020 B.2 (个人身份信息)"), "{html}");
}

#[test]
fn reports_speak_chinese_when_asked() {
    let d = Dir::new();
    d.create("users.csv", LEAK);
    assert_eq!(run(&d, &["scan", "users.csv", "-o", "inv.json"]).0, 0);
    let (code, md, err) = run(&d, &["report", "inv.json", "-f", "markdown", "--lang", "zh"]);
    assert_eq!(code, 0, "{err}");
    for want in ["# 个人信息清单", "## 总计", "## 按类别", "## 法律依据", "## 处理建议"]
    {
        assert!(md.contains(want), "{want} in {md}");
    }
    // Category and class names in words, the basis and the recommendations translated.
    assert!(md.contains("居民身份证号码 (`cn_resident_id`) | 敏感个人信息"), "{md}");
    assert!(md.contains("身份证件：《个人信息保护法》第二十八条"), "{md}");
    assert!(md.contains("敏感列：加密或令牌化"), "{md}");
    for english in ["## Totals", "Legal basis", "Identity document", "Sensitive column"] {
        assert!(!md.contains(english), "{english} in {md}");
    }
    // The scan writes its report in the language too; the JSON stays as it is.
    let (code, _, err) =
        run(&d, &["scan", "users.csv", "--lang", "zh", "--report", "r.html", "-o", "inv2.json"]);
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(d.path().join("r.html")).unwrap();
    assert!(html.contains(r#"<html lang="zh-CN">"#));
    assert!(html.contains("<h2>汇总签核页</h2>") && html.contains("编制人"), "{html}");
    assert!(html.contains(r#"<span class="badge sensitive">敏感个人信息</span>"#), "{html}");
    let json = std::fs::read_to_string(d.path().join("inv2.json")).unwrap();
    assert!(json.contains("\"category\": \"cn_resident_id\"") && !json.contains("居民身份证号码"));
    // English by default, in words with the id beside.
    let (_, md, _) = run(&d, &["report", "inv.json", "-f", "markdown"]);
    assert!(md.contains("| Resident ID number (PRC) (`cn_resident_id`) | sensitive |"), "{md}");
    let (code, _, err) = run(&d, &["report", "inv.json", "--lang", "fr"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn the_terminal_summary_and_diff_speak_chinese_when_asked() {
    let d = Dir::new();
    d.create("users.csv", LEAK);
    let (code, zh, err) = run(&d, &["scan", "users.csv", "--lang", "zh", "--fail-on", "high"]);
    assert_eq!(code, 1, "{err}");
    for want in [
        "已扫描 1 个文件",
        "报告置信度为中及以上的发现。",
        "置信度达到或超过高的新发现 2 个（--fail-on）。",
        "1 个文件中 2 个位置共 2 个发现",
        "居民身份证号码",
        "敏感个人信息",
        "首个发现（路径:行号，每个位置）",
        "users.csv:2  users.id_card  居民身份证号码",
    ] {
        assert!(zh.contains(want), "{want} in {zh}");
    }
    for english in ["Scanned", "finding", "CATEGORY", "cn_resident_id", "sensitive"] {
        assert!(!zh.contains(english), "{english} in {zh}");
    }
    // A saved inventory renders alike; English stays the default, with ids.
    assert_eq!(run(&d, &["scan", "users.csv", "-o", "old.json"]).0, 0);
    let (_, zh2, _) = run(&d, &["report", "old.json", "--lang", "zh"]);
    assert!(zh2.contains("已扫描 1 个文件") && zh2.contains("居民身份证号码"), "{zh2}");
    let (_, en, _) = run(&d, &["report", "old.json"]);
    assert!(en.contains("Scanned 1 file") && en.contains("cn_resident_id  sensitive"), "{en}");

    d.create("users.csv", format!("{LEAK}li,110105199003071239,13987654322\n"));
    assert_eq!(run(&d, &["scan", "users.csv", "-o", "new.json"]).0, 0);
    let (code, text, err) = run(&d, &["diff", "old.json", "new.json", "--lang", "zh"]);
    assert_eq!(code, 1, "{err}");
    assert!(text.contains("新出现 0 个位置，消失 0 个，增加 2 个"), "{text}");
    // Aligned in terminal columns (an ideograph takes two).
    assert!(text.contains("\n变化  发现         敏感程度      类别            位置\n"), "{text}");
    assert!(
        text.contains("\n增加  +1 (1 -> 2)  一般个人信息  手机号码        users.csv users.tel\n"),
        "{text}"
    );
    let (_, md, _) = run(&d, &["diff", "old.json", "new.json", "--lang", "zh", "-f", "markdown"]);
    assert!(md.starts_with("# piiscan 清单对比") && md.contains("| 变化 | 发现 |"), "{md}");
    let (_, html, _) = run(&d, &["diff", "old.json", "new.json", "--lang", "zh", "-f", "html"]);
    assert!(html.contains(r#"<html lang="zh-CN">"#) && html.contains("<th>类别</th>"), "{html}");
    let (_, en, _) = run(&d, &["diff", "old.json", "new.json"]);
    assert!(en.contains("0 locations appeared") && en.contains("CHANGE"), "{en}");
    assert!(en.contains("grew    +1 (1 -> 2)  personal   cn_mobile"), "{en}");
}

#[test]
fn the_html_report_has_a_summary_sheet_to_sign() {
    let d = Dir::new();
    d.create("users.csv", LEAK);
    assert_eq!(run(&d, &["scan", "users.csv", "-o", "inv.json"]).0, 0);
    let (_, html, _) = run(&d, &["report", "inv.json", "-f", "html"]);
    let start = html.find(r#"<section id="summary" class="sheet">"#).expect("a summary sheet");
    let sheet = &html[start..start + html[start..].find("</section>").unwrap()];
    for field in ["Scope", "Found", "Largest locations", "Prepared by", "Reviewed by", "Signature"]
    {
        assert!(sheet.contains(field), "{field} in {sheet}");
    }
    // What was found, in numbers the JSON has, and the sensitive locations first.
    let inv: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d.path().join("inv.json")).unwrap()).unwrap();
    let findings = inv["totals"]["findings"].as_u64().unwrap();
    assert!(sheet.contains(&format!("{findings} findings in ")), "{sheet}");
    let first_row = &sheet[sheet.find("<tbody>").unwrap()..];
    let first_row = &first_row[..first_row.find("</tr>").unwrap()];
    assert!(first_row.contains("badge sensitive"), "{first_row}");
    // It is listed first in the contents.
    assert!(html.contains(r##"<nav class="toc"><a href="#summary">Summary sheet</a>"##));
}

#[cfg(unix)]
#[test]
fn a_device_or_pipe_as_output_is_written_in_place_never_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let d = Dir::new();
    d.create("users.csv", LEAK);
    let fifo = d.path().join("out.json");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    for args in [&["-o", "out.json"][..], &["--report", "out.json"][..]] {
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
        };
        let mut all = vec!["scan", "users.csv"];
        all.extend_from_slice(args);
        let (code, _, err) = run(&d, &all);
        assert_eq!(code, 0, "{err}");
        // Still the pipe: a rename over it would have made it a regular file (checked
        // before waiting for the reader, which would wait for ever then).
        let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
        assert!(kind.is_fifo(), "{args:?}: the pipe was replaced");
        let got = reader.join().unwrap();
        assert!(got.contains("cn_resident_id"), "{args:?}: {got}");
    }
}
