//! The default terminal output: what was scanned, totals per category, and per file the
//! categories found, as aligned plain-text tables.
//!
//! ```text
//! Scanned 5 files (9.1 KiB) in 0.01 s; skipped 1 (binary 1).
//!
//! CATEGORY         FINDINGS  FILES  HIGH  MEDIUM  LOW
//! cn_resident_id          4      2     4       0    0
//!
//! FILE                          FINDINGS  CATEGORIES
//! examples/demo/notes.txt              6  cn_mobile 3, email 2, cn_resident_id 1
//! ```

use std::collections::BTreeMap;
use std::io::{self, Write};

use crate::inventory::{summarize, Inventory};
use crate::mask::sanitize;
use crate::report::Report;
use crate::source::display_path;

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

impl Report for Human {
    fn write(&self, inv: &Inventory, out: &mut dyn Write) -> io::Result<()> {
        let t = &inv.tally;
        let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
        for s in &t.skips {
            *reasons.entry(s.reason.name()).or_default() += 1;
        }
        write!(
            out,
            "Scanned {} file{} ({}) in {:.2} s",
            t.files_scanned,
            if t.files_scanned == 1 { "" } else { "s" },
            human_bytes(t.bytes_scanned),
            inv.meta.duration_ms as f64 / 1000.0
        )?;
        if !t.skips.is_empty() {
            let list: Vec<String> = reasons.iter().map(|(r, n)| format!("{r} {n}")).collect();
            write!(out, "; skipped {} ({})", t.skips.len(), list.join(", "))?;
        }
        writeln!(out, ". Reporting confidence {} and above.", inv.meta.min_confidence)?;
        let quiet = [
            (t.suppressed.len() as u64, "suppressed inline or allowed"),
            (t.baselined, "in the baseline"),
            (t.test_values_ignored, "known test values ignored"),
        ];
        let quiet: Vec<String> =
            quiet.iter().filter(|(n, _)| *n > 0).map(|(n, what)| format!("{n} {what}")).collect();
        if !quiet.is_empty() {
            writeln!(out, "Not reported: {}.", quiet.join(", "))?;
        }
        if let Some(level) = inv.meta.fail_on {
            writeln!(
                out,
                "{} new finding{} at or above {level} (--fail-on).",
                t.failing,
                if t.failing == 1 { "" } else { "s" }
            )?;
        }
        let cats = summarize(t);
        if cats.is_empty() {
            writeln!(out, "\nNo personal data found.")?;
        } else {
            writeln!(out)?;
            let rows: Vec<Vec<String>> = cats
                .iter()
                .map(|c| {
                    vec![
                        c.category.to_string(),
                        c.findings.to_string(),
                        c.files.to_string(),
                        c.confidence.high.to_string(),
                        c.confidence.medium.to_string(),
                        c.confidence.low.to_string(),
                        c.test_values.to_string(),
                        c.minors.to_string(),
                    ]
                })
                .collect();
            let header =
                ["CATEGORY", "FINDINGS", "FILES", "HIGH", "MEDIUM", "LOW", "TEST", "MINORS"];
            table(out, &header, &rows, 1)?;
            writeln!(out)?;
            let rows: Vec<Vec<String>> = t
                .files
                .iter()
                .map(|f| {
                    let total: u64 = f.categories.values().map(|c| c.total()).sum();
                    let mut parts: Vec<(u64, String)> = f
                        .categories
                        .iter()
                        .map(|(cat, c)| (c.total(), format!("{cat} {}", c.total())))
                        .collect();
                    parts.sort_by_key(|p| std::cmp::Reverse(p.0));
                    let list: Vec<String> = parts.into_iter().map(|p| p.1).collect();
                    vec![display_path(&f.path), total.to_string(), list.join(", ")]
                })
                .collect();
            table(out, &["FILE", "FINDINGS", "CATEGORIES"], &rows, 1)?;
            let mut rows: Vec<Vec<String>> = Vec::new();
            for f in &t.files {
                for c in &f.columns {
                    for (cat, cc) in &c.categories {
                        rows.push(vec![
                            display_path(&f.path),
                            format!("{}.{}", sanitize(&c.table), sanitize(&c.column)),
                            cat.to_string(),
                            cc.count.total().to_string(),
                            c.non_empty.to_string(),
                            format!("{:.0}%", 100.0 * c.share(*cat)),
                            format!("{}{}", cc.distinct, if cc.distinct_capped { "+" } else { "" }),
                            if c.verdict() == Some(*cat) { "holds".into() } else { "-".into() },
                        ]);
                    }
                }
            }
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
                table(out, &header, &rows, 3)?;
            }
            let warned: Vec<_> = t.files.iter().filter(|f| !f.warnings.is_empty()).collect();
            if !warned.is_empty() {
                writeln!(out, "\nInput problems (recorded, the rest of each file scanned):")?;
                for f in warned {
                    for w in f.warnings.iter().take(5) {
                        writeln!(
                            out,
                            "  {} @{}: {}",
                            display_path(&f.path),
                            w.offset,
                            sanitize(&w.reason)
                        )?;
                    }
                    if f.warnings.len() > 5 {
                        writeln!(
                            out,
                            "  {}: {} more",
                            display_path(&f.path),
                            f.warnings.len() - 5
                        )?;
                    }
                }
            }
        }
        Ok(())
    }
}

/// Writes an aligned table; columns from `numeric_from` on are right-aligned except the
/// last, which is free text when it follows a numeric column in a 3-column table.
fn table(
    out: &mut dyn Write,
    header: &[&str],
    rows: &[Vec<String>],
    numeric_from: usize,
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
    writeln!(out, "{}", line(header.to_vec()))?;
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
        table(&mut out, &["NAME", "N", "K", "M"], &rows, 1).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "NAME   N  K  M\na     10  x  1\n");
    }
}
