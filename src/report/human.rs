//! The default terminal output: what was scanned, totals per category, and per file the
//! categories found, as aligned plain-text tables.
//!
//! ```text
//! Scanned 5 files (9.1 KiB) in 0.01 s; skipped 1 (binary 1).
//! 6 findings in 3 locations of 1 file; sensitive: 1 (17%); minors: 0.
//!
//! CATEGORY        CLASS      FINDINGS  DISTINCT  FILES  HIGH  MEDIUM  LOW  TEST  MINORS
//! cn_resident_id  sensitive         1         1      1     1       0    0     0       0
//!
//! FILE                          FINDINGS  CATEGORIES
//! examples/demo/notes.txt              6  cn_mobile 3, email 2, cn_resident_id 1
//!
//! FIRST FINDINGS (path:line, per location)
//! examples/demo/notes.txt:4  cn_mobile  139****5678 (3 findings)
//! ```
//!
//! With colour (`--color`), headings are bold, paths magenta and line numbers green, as
//! ripgrep prints them; the text is the same.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

use crate::detect::{Category, Sensitivity};
use crate::inventory::document::{DocPath, Document};
use crate::mask::sanitize;
use crate::report::lang::{Lang, Texts};
use crate::report::Render;

/// The human summary writer, in the words of `lang`.
pub struct Human {
    /// The language of the summary.
    pub lang: Lang,
}

/// `n` bytes in binary units, one decimal.
pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1024.0 && u < UNITS.len() - 1 {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}

impl Render for Human {
    fn render(&self, doc: &Document, out: &mut dyn Write) -> io::Result<()> {
        render_styled(doc, out, false, self.lang)
    }
}

/// Locations listed with their first finding's `path:line`; more are counted, not
/// listed (the JSON inventory and the reports have them all).
pub const FIRST_FINDINGS_MAX: usize = 200;

/// Terminal styles, or none.
struct Paint(bool);

impl Paint {
    fn paint(&self, style: Style, text: &str) -> String {
        if self.0 {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    }

    fn bold(&self, text: &str) -> String {
        self.paint(Style::new().bold(), text)
    }
}

/// How the summary names categories and classes: by id (as the configuration and the
/// JSON do) or in words, as the language file says (`human.names`).
struct Names<'a> {
    t: &'a Texts,
    words: bool,
}

impl Names<'_> {
    fn category(&self, c: Category) -> String {
        if self.words {
            self.t.category(c).to_string()
        } else {
            c.to_string()
        }
    }

    fn class(&self, c: Sensitivity) -> String {
        if self.words {
            self.t.class(c).to_string()
        } else {
            c.to_string()
        }
    }
}

/// Writes the summary of `doc` in the words of `lang`; `color` adds terminal colours
/// (headings, paths, line numbers, the verdict).
pub fn render_styled(
    doc: &Document,
    out: &mut dyn Write,
    color: bool,
    lang: Lang,
) -> io::Result<()> {
    let t = lang.texts_of(doc);
    let names = Names { t, words: t.get("human.names") == "words" };
    let sep = t.get("human.list_sep");
    let paint = Paint(color);
    let red = Style::new().bold().fg_color(Some(AnsiColor::Red.into()));
    let green = Style::new().fg_color(Some(AnsiColor::Green.into()));
    let magenta = Style::new().fg_color(Some(AnsiColor::Magenta.into()));
    let header = |keys: &[&str]| -> Vec<&str> {
        keys.iter().map(|k| t.get(&format!("human.header.{k}"))).collect()
    };
    let scan = &doc.scan;
    if !scan.complete {
        writeln!(out, "{}", paint.paint(red, t.get("doc.incomplete")))?;
    }
    // A database's inputs are its tables.
    let scanned =
        if doc.database.is_some() { "human.scanned_tables" } else { "human.scanned_files" };
    let seconds = format!("{:.2}", scan.duration_ms as f64 / 1000.0);
    let bytes = human_bytes(scan.bytes_scanned);
    write!(
        out,
        "{}",
        t.count(scanned, scan.files_scanned, &[("bytes", &bytes), ("seconds", &seconds)])
    )?;
    if scan.files_skipped > 0 {
        let list: Vec<String> =
            scan.skipped_by_reason.iter().map(|(r, n)| format!("{} {n}", sanitize(r))).collect();
        let reasons = list.join(sep);
        write!(out, "{}", t.count("human.skipped", scan.files_skipped, &[("reasons", &reasons)]))?;
    }
    writeln!(out, "{}", t.fill("human.confidence", &[("level", &t.level(scan.min_confidence))]))?;
    if let Some(note) = super::shards_note(doc, t) {
        writeln!(out, "{note}")?;
    }
    let used: Vec<String> =
        [("human.using_config", &scan.config), ("human.using_baseline", &scan.baseline)]
            .iter()
            .filter_map(|(key, p)| p.as_ref().map(|p| t.fill(key, &[("path", &p.display())])))
            .collect();
    if !used.is_empty() {
        writeln!(out, "{}", t.fill("human.using", &[("list", &used.join(sep))]))?;
    }
    if scan.values == crate::mask::ValuePolicy::Raw {
        writeln!(out, "{}", t.get("human.raw"))?;
    }
    let quiet = [
        (scan.suppressed, "human.suppressed"),
        (scan.baselined, "human.baselined"),
        (scan.test_values_ignored, "human.test_values"),
    ];
    let quiet: Vec<String> =
        quiet.iter().filter(|(n, _)| *n > 0).map(|(n, key)| t.count(key, *n, &[])).collect();
    if !quiet.is_empty() {
        writeln!(out, "{}", t.fill("human.not_reported", &[("list", &quiet.join(sep))]))?;
    }
    if let Some(level) = scan.fail_on {
        writeln!(out, "{}", t.count("human.failing", scan.failing, &[("level", &t.level(level))]))?;
    }
    if let Some((summary, rows)) = super::database_rows(doc, t) {
        writeln!(out, "{}", sanitize(&summary))?;
        let rows: Vec<Vec<String>> =
            rows.into_iter().map(|r| r.iter().map(|c| sanitize(c)).collect()).collect();
        let keys = ["table", "rows_estimated", "sampled", "method"];
        table(out, &header(&keys), &rows, 1, &paint)?;
    }
    if doc.categories.is_empty() {
        let unread: u64 = scan
            .skipped_by_reason
            .iter()
            .filter(|(r, _)| matches!(r.as_str(), "unreadable" | "walk_error"))
            .map(|(_, n)| n)
            .sum();
        let accepted = scan.baselined + scan.suppressed + scan.test_values_ignored;
        let verdict = if unread > 0 {
            paint.paint(red, &t.count("human.unread", unread, &[]))
        } else if accepted > 0 {
            paint.paint(green, t.get("human.no_new"))
        } else {
            paint.paint(green, t.get("human.none"))
        };
        writeln!(out, "\n{verdict}")?;
    } else {
        let n = &doc.totals;
        writeln!(
            out,
            "{}",
            t.fill(
                "human.totals",
                &[
                    ("findings", &t.count("human.findings", n.findings, &[])),
                    ("locations", &t.count("human.locations", n.locations, &[])),
                    ("files", &t.count("human.files", n.files, &[])),
                    ("sensitive", &n.sensitive_findings),
                    ("share", &format!("{:.0}", 100.0 * n.sensitive_share)),
                    ("minors", &n.minors),
                ],
            )
        )?;
        writeln!(out)?;
        let rows: Vec<Vec<String>> = doc
            .categories
            .iter()
            .map(|c| {
                vec![
                    names.category(c.category),
                    names.class(c.sensitivity),
                    c.findings.to_string(),
                    distinct(c.distinct, c.distinct_exact),
                    c.files.to_string(),
                    c.confidence.high.to_string(),
                    c.confidence.medium.to_string(),
                    c.confidence.low.to_string(),
                    c.test_values.to_string(),
                    c.minors.to_string(),
                ]
            })
            .collect();
        let keys = [
            "category", "class", "findings", "distinct", "files", "high", "medium", "low", "test",
            "minors",
        ];
        table(out, &header(&keys), &rows, 2, &paint)?;
        writeln!(out)?;
        let rows: Vec<Vec<String>> = doc
            .files
            .iter()
            .filter(|f| f.findings > 0)
            .map(|f| {
                let mut parts: Vec<(u64, String)> = f
                    .categories
                    .iter()
                    .map(|c| (c.findings, format!("{} {}", names.category(c.category), c.findings)))
                    .collect();
                parts.sort_by_key(|p| std::cmp::Reverse(p.0));
                let list: Vec<String> = parts.into_iter().map(|p| p.1).collect();
                vec![f.path.display(), f.findings.to_string(), list.join(sep)]
            })
            .collect();
        table(out, &header(&["file", "findings", "categories"]), &rows, 1, &paint)?;
        containers(doc, out, &paint, &names)?;
        // Non-empty cells per (file, table, column), looked up once.
        let non_empty: std::collections::HashMap<(&DocPath, &str, &str), u64> = doc
            .files
            .iter()
            .flat_map(|f| {
                f.columns.iter().map(move |c| ((&f.path, &*c.table, &*c.column), c.non_empty))
            })
            .collect();
        let rows: Vec<Vec<String>> = doc
            .locations
            .iter()
            .filter(|l| l.table.is_some())
            .map(|l| {
                let key =
                    (&l.path, l.table.as_deref().unwrap_or(""), l.column.as_deref().unwrap_or(""));
                let non_empty = non_empty.get(&key).copied().unwrap_or(0);
                vec![
                    l.path.display(),
                    sanitize(&l.column_name()),
                    names.category(l.category),
                    l.findings.to_string(),
                    non_empty.to_string(),
                    format!("{:.0}%", 100.0 * l.share.unwrap_or(0.0)),
                    distinct(l.distinct, l.distinct_exact),
                    if l.holds == Some(true) { t.get("human.holds").into() } else { "-".into() },
                ]
            })
            .collect();
        if !rows.is_empty() {
            writeln!(out)?;
            let keys = [
                "file",
                "table_column",
                "category",
                "findings",
                "values",
                "share",
                "distinct",
                "verdict",
            ];
            table(out, &header(&keys), &rows, 3, &paint)?;
        }
        // The columns of each split address, under the table of columns.
        for l in &doc.locations {
            if let Some(parts) = t.address_parts(l) {
                let (path, column) = (l.path.display(), sanitize(&l.column_name()));
                writeln!(out, "  {path}  {column}: {}", sanitize(&parts))?;
            }
        }
        first_findings(doc, out, &paint, (magenta, green), &names)?;
    }
    let warned: Vec<_> = doc.files.iter().filter(|f| !f.warnings.is_empty()).collect();
    if !warned.is_empty() {
        writeln!(out, "\n{}", t.get("human.problems"))?;
        for f in warned {
            for w in f.warnings.iter().take(5) {
                writeln!(out, "  {} @{}: {}", f.path.display(), w.offset, sanitize(&w.reason))?;
            }
            if f.warnings.len() > 5 {
                let more = (f.warnings.len() - 5) as u64;
                let path = f.path.display();
                writeln!(out, "  {}", t.count("human.more_problems", more, &[("path", &path)]))?;
            }
        }
    }
    Ok(())
}

/// At most this many containers are listed in the terminal summary.
const CONTAINERS_MAX: usize = 20;

/// The top-level containers (archives, documents, mail) and what everything under each
/// holds, nested containers included.
fn containers(doc: &Document, out: &mut dyn Write, paint: &Paint, names: &Names) -> io::Result<()> {
    let t = names.t;
    let sep = t.get("human.list_sep");
    let top: Vec<_> = doc.containers.iter().filter(|c| c.parent.is_none()).collect();
    if top.is_empty() {
        return Ok(());
    }
    let rows: Vec<Vec<String>> = top
        .iter()
        .take(CONTAINERS_MAX)
        .map(|c| {
            let mut parts: Vec<(u64, String)> = c
                .categories
                .iter()
                .map(|k| (k.findings, format!("{} {}", names.category(k.category), k.findings)))
                .collect();
            parts.sort_by_key(|p| std::cmp::Reverse(p.0));
            let list: Vec<String> = parts.into_iter().map(|p| p.1).collect();
            let mut what = t.count("human.entries", c.entries_scanned, &[]);
            if !c.skipped_by_reason.is_empty() {
                let skipped: Vec<String> = c
                    .skipped_by_reason
                    .iter()
                    .map(|(r, n)| format!("{} {n}", sanitize(r)))
                    .collect();
                what.push_str(&t.fill("human.entries_skipped", &[("reasons", &skipped.join(sep))]));
            }
            if !list.is_empty() {
                what.push_str(&t.fill("human.entries_found", &[("list", &list.join(sep))]));
            }
            vec![c.path.display(), c.findings.to_string(), what]
        })
        .collect();
    writeln!(out)?;
    let header: Vec<&str> = ["container", "findings", "entries"]
        .iter()
        .map(|k| t.get(&format!("human.header.{k}")))
        .collect();
    table(out, &header, &rows, 1, paint)?;
    if top.len() > CONTAINERS_MAX {
        let more = (top.len() - CONTAINERS_MAX) as u64;
        writeln!(out, "{}", t.count("human.more_containers", more, &[]))?;
    }
    Ok(())
}

/// Lists each location's first finding as `path:line` (ripgrep's form, so terminals and
/// editors open it), its category, a masked sample and the count.
fn first_findings(
    doc: &Document,
    out: &mut dyn Write,
    paint: &Paint,
    (path_style, line_style): (Style, Style),
    names: &Names,
) -> io::Result<()> {
    let t = names.t;
    let mut locs: Vec<_> = doc.locations.iter().collect();
    locs.sort_by(|a, b| (&a.path, a.first_line).cmp(&(&b.path, b.first_line)));
    writeln!(out, "\n{}", paint.bold(t.get("human.first")))?;
    for l in locs.iter().take(FIRST_FINDINGS_MAX) {
        let column = l.column_name();
        let mut line = format!(
            "{}:{}  ",
            paint.paint(path_style, &l.path.display()),
            paint.paint(line_style, &l.first_line.to_string())
        );
        if !column.is_empty() {
            line.push_str(&sanitize(&column));
            line.push_str("  ");
        }
        line.push_str(&names.category(l.category));
        if let Some(sample) = l.samples.first() {
            line.push_str("  ");
            line.push_str(&sanitize(sample));
        }
        if l.findings > 1 {
            line.push_str(&t.count("human.first_count", l.findings, &[]));
        }
        writeln!(out, "{line}")?;
    }
    if locs.len() > FIRST_FINDINGS_MAX {
        let more = (locs.len() - FIRST_FINDINGS_MAX) as u64;
        writeln!(out, "{}", t.count("human.more_locations", more, &[]))?;
    }
    Ok(())
}

/// A distinct count, `~` marking an estimate; `?` when unknown (a merged inventory
/// whose parts could not be combined: see `piiscan merge`).
pub fn distinct(n: Option<u64>, exact: bool) -> String {
    match n {
        None => "?".to_string(),
        Some(n) if exact => n.to_string(),
        Some(n) => format!("~{n}"),
    }
}

/// Writes an aligned table; columns from `numeric_from` on are right-aligned except the
/// last, which is free text when it follows a numeric column in a 3-column table.
fn table(
    out: &mut dyn Write,
    header: &[&str],
    rows: &[Vec<String>],
    numeric_from: usize,
    paint: &Paint,
) -> io::Result<()> {
    let n = header.len();
    let mut width: Vec<usize> = header.iter().map(|h| display_width(h)).collect();
    for r in rows {
        for (i, cell) in r.iter().enumerate() {
            width[i] = width[i].max(display_width(cell));
        }
    }
    let free_last = n == 3;
    let line = |cells: Vec<&str>| -> String {
        let mut s = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let pad = width[i].saturating_sub(display_width(cell));
            let last = i == n - 1;
            if i > 0 {
                s.push_str("  ");
            }
            if i >= numeric_from && !(last && free_last) {
                s.push_str(&" ".repeat(pad));
                s.push_str(cell);
            } else {
                s.push_str(cell);
                if !last {
                    s.push_str(&" ".repeat(pad));
                }
            }
        }
        s
    };
    writeln!(out, "{}", paint.bold(&line(header.to_vec())))?;
    for r in rows {
        writeln!(out, "{}", line(r.iter().map(String::as_str).collect()))?;
    }
    Ok(())
}

/// Terminal columns of `s`: CJK ideographs and full-width forms take two.
pub fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x20000..=0x3FFFD => 2,
            _ => 1,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_and_widths() {
        assert_eq!(human_bytes(512), "512 B");
        assert_eq!(human_bytes(1536), "1.5 KiB");
        assert_eq!(display_width("ab身份"), 6);
    }

    /// A `piiscan db` document that takes every branch of the summary: interrupted,
    /// raw values, a configuration and a baseline, values not reported, `--fail-on`, the
    /// database table, a column location and input problems.
    fn db_doc(categories: bool) -> Document {
        let location = serde_json::json!({"path": "pg/public/users", "table": "users",
            "column": "phone", "category": "cn_mobile", "sensitivity": "personal",
            "findings": 3, "distinct": 2, "distinct_exact": true, "holds": true, "share": 1.0,
            "confidence": {"high": 3, "medium": 0, "low": 0}, "test_values": 0, "minors": 0,
            "first_line": 2, "first_row": 1, "samples": ["139****5678"],
            "recommendations": ["minimise_column"]});
        let category = serde_json::json!({"category": "cn_mobile", "sensitivity": "personal",
            "findings": 3, "files": 1, "locations": 1, "distinct": 2, "distinct_exact": true,
            "confidence": {"high": 3, "medium": 0, "low": 0}, "test_values": 0, "minors": 0});
        let warnings: Vec<_> =
            (0..7).map(|i| serde_json::json!({"offset": i, "reason": "bad row"})).collect();
        let (findings, skipped) = if categories { (3, 0) } else { (0, 1) };
        let json = serde_json::json!({
            "schema_version": crate::inventory::document::SCHEMA_VERSION,
            "scan": {
                "tool": "piiscan", "version": "0.1.0", "complete": false,
                "started": "2026-01-02T03:04:05Z", "finished": "2026-01-02T03:04:06Z",
                "duration_ms": 1000, "roots": ["pg"], "min_confidence": "medium",
                "detectors": ["cn_mobile.plain"], "detectors_digest": "sha256:00",
                "samples": 3, "values": "raw", "files_scanned": 2, "bytes_scanned": 2048,
                "files_skipped": skipped, "skipped_by_reason": {"unreadable": skipped},
                "skipped": [], "warnings": 7, "failing": 3, "fail_on": "medium",
                "findings_total": findings, "findings_truncated": false, "baselined": 2,
                "suppressed": 1, "test_values_ignored": 4, "config": ".piiscan.toml",
                "baseline": "base.json"
            },
            "database": {"engine": "postgresql", "url": "postgres://auditor@db/shop",
                "server_version": "PostgreSQL 15.8 on x86_64", "sample": 10000,
                "tables": [{"path": "pg/public/users", "schema": "public", "table": "users",
                    "rows_estimated": 1_240_000, "rows_sampled": 10000,
                    "method": "tablesample"},
                    {"path": "pg/public/t", "schema": "public", "table": "t",
                    "rows_estimated": null, "rows_sampled": 4, "method": "limit"}]},
            "totals": {"findings": findings, "locations": u64::from(categories), "files": 1,
                "sensitive_findings": 0, "sensitive_share": 0.0, "minors": 0,
                "test_values": 0},
            "categories": if categories { vec![category] } else { vec![] },
            "sensitivity": [], "folders": [],
            "locations": if categories { vec![location] } else { vec![] },
            "recommendations": [],
            "files": [{"path": "pg/public/users", "bytes": 100, "findings": findings,
                "categories": [], "warnings": warnings,
                "columns": [{"table": "users", "column": "phone", "rows": 3, "non_empty": 3,
                    "verdict": "cn_mobile"}]}]
        });
        Document::read(json.to_string().as_bytes()).unwrap()
    }

    fn summary(doc: &Document, lang: Lang) -> String {
        let mut out = Vec::new();
        Human { lang }.render(doc, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_summary_speaks_the_language_asked_for() {
        for categories in [true, false] {
            let doc = db_doc(categories);
            let en = summary(&doc, Lang::En);
            let zh = summary(&doc, Lang::Zh);
            assert!(en.contains("Scanned 2 tables (2.0 KiB) in 1.00 s"), "{en}");
            assert!(en.contains("Database postgres://auditor@db/shop (postgresql, PostgreSQL 15.8): 2 tables, at most 10000 rows sampled per table."), "{en}");
            assert!(zh.contains("已扫描 2 张表（2.0 KiB），用时 1.00 秒"), "{zh}");
            assert!(zh.contains("数据库 postgres://auditor@db/shop（postgresql，PostgreSQL 15.8）：2 张表，每张表最多抽样 10000 行。"), "{zh}");
            assert!(zh.contains("TABLESAMPLE 抽样") && zh.contains("前若干行"), "{zh}");
            assert!(zh.contains("使用配置文件 .piiscan.toml、基线 base.json。"), "{zh}");
            assert!(
                zh.contains("未报告：行内抑制或允许 1 个、基线中 2 个、已忽略的已知测试值 4 个。"),
                "{zh}"
            );
            assert!(zh.contains("置信度达到或超过中的新发现 3 个（--fail-on）。"), "{zh}");
            assert!(zh.contains("pg/public/users：另有 2 个"), "{zh}");
            // Nothing of the English texts is left but ids, paths and flags.
            for english in [
                "Scanned",
                "Database",
                "rows",
                "Using",
                "Not reported",
                "finding",
                "CATEGORY",
                "TABLE.COLUMN",
                "ROWS",
                "Input problems",
                "more",
                "INCOMPLETE",
                "raw",
            ] {
                assert!(!zh.contains(english), "{english} in {zh}");
            }
            if categories {
                // A database's inputs are tables.
                assert!(en.contains("3 findings in 1 location of 1 table;"), "{en}");
                assert!(en.contains("DISTINCT  TABLES") && !en.contains("FILE"), "{en}");
                assert!(en.contains("cn_mobile  personal"), "{en}");
                assert!(
                    zh.contains("1 张表中 1 个位置共 3 个发现") && !zh.contains("个文件"),
                    "{zh}"
                );
                assert!(zh.contains("手机号码  一般个人信息"), "{zh}");
                assert!(
                    zh.contains(
                        "pg/public/users:2  users.phone  手机号码  139****5678（共 3 个发现）"
                    ),
                    "{zh}"
                );
                assert!(zh.contains("含有") && !zh.contains("cn_mobile"), "{zh}");
            } else {
                assert!(zh.contains("但有 1 张表无法读取"), "{zh}");
            }
        }
    }

    #[test]
    fn tables_align() {
        let mut out = Vec::new();
        let rows = vec![vec!["a".to_string(), "10".to_string(), "x".to_string(), "1".to_string()]];
        table(&mut out, &["NAME", "N", "K", "M"], &rows, 1, &Paint(false)).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "NAME   N  K  M\na     10  x  1\n");
    }
}
