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

use crate::inventory::document::{DocPath, Document};
use crate::mask::sanitize;
use crate::report::Render;

/// The human summary writer.
pub struct Human;

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
        render_styled(doc, out, false)
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

/// Writes the summary of `doc`; `color` adds terminal colours (headings, paths, line
/// numbers, the verdict).
pub fn render_styled(doc: &Document, out: &mut dyn Write, color: bool) -> io::Result<()> {
    let paint = Paint(color);
    let red = Style::new().bold().fg_color(Some(AnsiColor::Red.into()));
    let green = Style::new().fg_color(Some(AnsiColor::Green.into()));
    let magenta = Style::new().fg_color(Some(AnsiColor::Magenta.into()));
    {
        let scan = &doc.scan;
        if !scan.complete {
            writeln!(out, "{}", paint.paint(red, super::incomplete()))?;
        }
        // A database's inputs are its tables.
        let what = if doc.database.is_some() { "table" } else { "file" };
        write!(
            out,
            "Scanned {} {what}{} ({}) in {:.2} s",
            scan.files_scanned,
            if scan.files_scanned == 1 { "" } else { "s" },
            human_bytes(scan.bytes_scanned),
            scan.duration_ms as f64 / 1000.0
        )?;
        if scan.files_skipped > 0 {
            let list: Vec<String> = scan
                .skipped_by_reason
                .iter()
                .map(|(r, n)| format!("{} {n}", sanitize(r)))
                .collect();
            write!(out, "; skipped {} ({})", scan.files_skipped, list.join(", "))?;
        }
        writeln!(out, ". Reporting confidence {} and above.", scan.min_confidence)?;
        if let Some(note) = super::shards_note(doc, super::lang::Lang::En.texts()) {
            writeln!(out, "{note}")?;
        }
        let used: Vec<String> = [("configuration", &scan.config), ("baseline", &scan.baseline)]
            .iter()
            .filter_map(|(what, p)| p.as_ref().map(|p| format!("{what} {}", p.display())))
            .collect();
        if !used.is_empty() {
            writeln!(out, "Using {}.", used.join(", "))?;
        }
        if scan.values == crate::mask::ValuePolicy::Raw {
            writeln!(
                out,
                "Values are shown raw (--show-values): this output holds personal data."
            )?;
        }
        let quiet = [
            (scan.suppressed, "suppressed inline or allowed"),
            (scan.baselined, "in the baseline"),
            (scan.test_values_ignored, "known test values ignored"),
        ];
        let quiet: Vec<String> =
            quiet.iter().filter(|(n, _)| *n > 0).map(|(n, what)| format!("{n} {what}")).collect();
        if !quiet.is_empty() {
            writeln!(out, "Not reported: {}.", quiet.join(", "))?;
        }
        if let Some(level) = scan.fail_on {
            writeln!(
                out,
                "{} new finding{} at or above {level} (--fail-on).",
                scan.failing,
                if scan.failing == 1 { "" } else { "s" }
            )?;
        }
        if let Some((summary, rows)) = super::database_rows(doc) {
            writeln!(out, "{}", sanitize(&summary))?;
            let rows: Vec<Vec<String>> =
                rows.into_iter().map(|r| r.iter().map(|c| sanitize(c)).collect()).collect();
            table(out, &super::DATABASE_COLUMNS, &rows, 1, &paint)?;
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
                paint.paint(
                    red,
                    &format!(
                        "Nothing found in what was scanned, but {unread} path{} could not be \
                         read (named on standard error).",
                        if unread == 1 { "" } else { "s" }
                    ),
                )
            } else if accepted > 0 {
                paint.paint(green, "No new personal data found.")
            } else {
                paint.paint(green, "No personal data found.")
            };
            writeln!(out, "\n{verdict}")?;
        } else {
            let t = &doc.totals;
            writeln!(
                out,
                "{} finding{} in {} location{} of {} file{}; sensitive: {} ({:.0}%); minors: {}.",
                t.findings,
                if t.findings == 1 { "" } else { "s" },
                t.locations,
                if t.locations == 1 { "" } else { "s" },
                t.files,
                if t.files == 1 { "" } else { "s" },
                t.sensitive_findings,
                100.0 * t.sensitive_share,
                t.minors,
            )?;
            writeln!(out)?;
            let rows: Vec<Vec<String>> = doc
                .categories
                .iter()
                .map(|c| {
                    vec![
                        c.category.to_string(),
                        c.sensitivity.to_string(),
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
            let header = [
                "CATEGORY", "CLASS", "FINDINGS", "DISTINCT", "FILES", "HIGH", "MEDIUM", "LOW",
                "TEST", "MINORS",
            ];
            table(out, &header, &rows, 2, &paint)?;
            writeln!(out)?;
            let rows: Vec<Vec<String>> = doc
                .files
                .iter()
                .filter(|f| f.findings > 0)
                .map(|f| {
                    let mut parts: Vec<(u64, String)> = f
                        .categories
                        .iter()
                        .map(|c| (c.findings, format!("{} {}", c.category, c.findings)))
                        .collect();
                    parts.sort_by_key(|p| std::cmp::Reverse(p.0));
                    let list: Vec<String> = parts.into_iter().map(|p| p.1).collect();
                    vec![f.path.display(), f.findings.to_string(), list.join(", ")]
                })
                .collect();
            table(out, &["FILE", "FINDINGS", "CATEGORIES"], &rows, 1, &paint)?;
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
                    let key = (
                        &l.path,
                        l.table.as_deref().unwrap_or(""),
                        l.column.as_deref().unwrap_or(""),
                    );
                    let non_empty = non_empty.get(&key).copied().unwrap_or(0);
                    vec![
                        l.path.display(),
                        sanitize(&l.column_name()),
                        l.category.to_string(),
                        l.findings.to_string(),
                        non_empty.to_string(),
                        format!("{:.0}%", 100.0 * l.share.unwrap_or(0.0)),
                        distinct(l.distinct, l.distinct_exact),
                        if l.holds == Some(true) { "holds".into() } else { "-".into() },
                    ]
                })
                .collect();
            if !rows.is_empty() {
                writeln!(out)?;
                let header = [
                    "FILE",
                    "TABLE.COLUMN",
                    "CATEGORY",
                    "FINDINGS",
                    "VALUES",
                    "SHARE",
                    "DISTINCT",
                    "VERDICT",
                ];
                table(out, &header, &rows, 3, &paint)?;
            }
            first_findings(doc, out, &paint, magenta, green)?;
        }
        let warned: Vec<_> = doc.files.iter().filter(|f| !f.warnings.is_empty()).collect();
        if !warned.is_empty() {
            writeln!(out, "\nInput problems (recorded, the rest of each file scanned):")?;
            for f in warned {
                for w in f.warnings.iter().take(5) {
                    writeln!(out, "  {} @{}: {}", f.path.display(), w.offset, sanitize(&w.reason))?;
                }
                if f.warnings.len() > 5 {
                    writeln!(out, "  {}: {} more", f.path.display(), f.warnings.len() - 5)?;
                }
            }
        }
    }
    Ok(())
}

/// Lists each location's first finding as `path:line` (ripgrep's form, so terminals and
/// editors open it), its category, a masked sample and the count.
fn first_findings(
    doc: &Document,
    out: &mut dyn Write,
    paint: &Paint,
    path_style: Style,
    line_style: Style,
) -> io::Result<()> {
    let mut locs: Vec<_> = doc.locations.iter().collect();
    locs.sort_by(|a, b| (&a.path, a.first_line).cmp(&(&b.path, b.first_line)));
    writeln!(out, "\n{}", paint.bold("FIRST FINDINGS (path:line, per location)"))?;
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
        line.push_str(l.category.name());
        if let Some(sample) = l.samples.first() {
            line.push_str("  ");
            line.push_str(&sanitize(sample));
        }
        if l.findings > 1 {
            line.push_str(&format!(" ({} findings)", l.findings));
        }
        writeln!(out, "{line}")?;
    }
    if locs.len() > FIRST_FINDINGS_MAX {
        writeln!(
            out,
            "... and {} more locations (`--format json` or `--report FILE` lists them all)",
            locs.len() - FIRST_FINDINGS_MAX
        )?;
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
    let mut width: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
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
fn display_width(s: &str) -> usize {
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

    #[test]
    fn tables_align() {
        let mut out = Vec::new();
        let rows = vec![vec!["a".to_string(), "10".to_string(), "x".to_string(), "1".to_string()]];
        table(&mut out, &["NAME", "N", "K", "M"], &rows, 1, &Paint(false)).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "NAME   N  K  M\na     10  x  1\n");
    }
}
