//! The HTML report: written by `--report FILE.html` beside the terminal's summary, private
//! to its owner, showing the JSON inventory's totals, and rendered the same from a saved
//! inventory as by the scan that made it. (scripts/check-html-report.sh opens it in a
//! real browser.)

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::util::{stderr, stdout, Dir};

fn demo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo")
}

/// The number in `data-<kind>="<key>" data-value="..."`.
fn shown(html: &str, kind: &str, key: &str) -> f64 {
    let attr = format!(r#"data-{kind}="{key}" data-value=""#);
    let at = html.find(&attr).unwrap_or_else(|| panic!("no {attr}")) + attr.len();
    let value = &html[at..at + html[at..].find('"').unwrap()];
    value.parse().unwrap_or_else(|e| panic!("{attr}{value}: {e}"))
}

#[cfg(unix)]
fn assert_private(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{} has mode {mode:o}", path.display());
}

#[cfg(not(unix))]
fn assert_private(_: &Path) {}

#[test]
fn report_html_is_written_beside_the_summary_with_the_jsons_totals() {
    let d = Dir::new();
    let out = d
        .cmd()
        .arg("scan")
        .arg(demo())
        .args(["--format", "json", "--report", "inventory.html"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let inv: Value = serde_json::from_slice(&out.stdout).unwrap();
    let path = d.path().join("inventory.html");
    assert_private(&path);
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n"));
    assert!(html.trim_end().ends_with("</html>"));
    let totals = inv["totals"].as_object().unwrap();
    assert_eq!(totals.len(), 7);
    for (key, value) in totals {
        assert_eq!(shown(&html, "total", key), value.as_f64().unwrap(), "totals.{key}");
    }
    for key in ["files_scanned", "files_skipped", "bytes_scanned", "warnings"] {
        assert_eq!(shown(&html, "scan", key), inv["scan"][key].as_f64().unwrap(), "{key}");
    }
    let rows = html.matches("<tr data-category=").count();
    assert_eq!(rows, inv["locations"].as_array().unwrap().len());
}

#[test]
fn the_terminal_keeps_its_summary_and_an_old_report_becomes_private() {
    let d = Dir::new();
    let htm = d.create("old.htm", "");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&htm, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let out = d.cmd().arg("scan").arg(demo()).args(["--report", "old.htm"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stdout(&out).contains("<html"), "{}", stdout(&out));
    assert!(stdout(&out).contains("cn_resident_id"));
    assert!(std::fs::read_to_string(&htm).unwrap().starts_with("<!DOCTYPE html>"));
    assert_private(&htm);
}

#[test]
fn a_saved_inventory_renders_the_page_the_scan_wrote() {
    let d = Dir::new();
    // One scan: the page on standard output, its inventory in a file.
    let out = d
        .cmd()
        .arg("scan")
        .arg(demo())
        .args(["--format", "html", "--report", "inventory.json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let scanned = stdout(&out);
    assert!(scanned.starts_with("<!DOCTYPE html>"));
    let again = d.cmd().args(["report", "inventory.json", "--format", "html"]).output().unwrap();
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(stdout(&again), scanned);
    let out = d
        .cmd()
        .args(["report", "inventory.json", "--format", "html", "-o", "saved.html"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let saved = d.path().join("saved.html");
    assert_eq!(std::fs::read_to_string(&saved).unwrap(), scanned);
    assert_private(&saved);
}

#[test]
fn the_html_report_holds_no_raw_value() {
    let d = Dir::new();
    d.create("line.txt", crate::util::PII_LINE);
    // A name that is markup (not a valid file name on Windows).
    let name = if cfg!(windows) { "a-b.txt" } else { "a<b>\"c\".txt" };
    d.create(name, "客户 手机13912345678\n");
    let out = d.cmd().args(["scan", "--format", "html"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let html = stdout(&out);
    for value in crate::util::PII_VALUES {
        assert!(!html.contains(value), "raw {value}");
    }
    assert!(html.contains("139****5678"));
    if cfg!(unix) {
        assert!(html.contains("a&lt;b&gt;&quot;c&quot;.txt"));
    }
    let found: Vec<Value> = d.findings(&["--show-values"]);
    assert_eq!(found.len(), 4);
}
