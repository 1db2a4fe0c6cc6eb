//! `piiscan diff` for people: what changed between two inventories, most telling first
//! (new locations, then growth, then what vanished), as text, Markdown or a
//! self-contained HTML page (no script, no network).
//!
//! ```text
//! Comparing 2026-10-01T02:00:00Z (1 204 findings) with 2026-11-01T02:00:00Z (1 377).
//! 2 locations appeared, 1 vanished, 3 grew, 0 shrank, 40 unchanged.
//!
//! APPEARED  FINDINGS  CLASS      CATEGORY   LOCATION
//!           +120      sensitive  bank_card  exports/2026-11/orders.csv orders.card
//! ```

use std::io::{self, Write};

use crate::inventory::diff::{Diff, Side};
use crate::mask::sanitize;

/// The roots of one side, for people (`snap, data`).
pub fn roots(side: &Side) -> String {
    side.roots.iter().map(|r| r.display()).collect::<Vec<_>>().join(", ")
}

/// The sentences above the table, in order.
fn heading(d: &Diff) -> Vec<String> {
    let mut lines = vec![format!(
        "Comparing {} ({} findings) with {} ({} findings).",
        sanitize(&crate::report::local_time(&d.old.started)),
        d.old.findings,
        sanitize(&crate::report::local_time(&d.new.started)),
        d.new.findings
    )];
    if d.detectors_changed {
        lines.push(
            "The scans used different detector catalogues: some changes may come from the \
             detectors, not the data."
                .into(),
        );
    }
    if d.roots_differ {
        lines.push(format!(
            "The scans have different roots ({} and {}): paths are compared relative to their \
             roots.",
            roots(&d.old),
            roots(&d.new)
        ));
    }
    let s = &d.summary;
    lines.push(format!(
        "{} location{} appeared, {} vanished, {} grew, {} shrank, {} changed otherwise, {} \
         unchanged.",
        s.appeared,
        if s.appeared == 1 { "" } else { "s" },
        s.vanished,
        s.grew,
        s.shrank,
        s.other_changes,
        s.unchanged
    ));
    lines.push(format!(
        "Sensitive findings: {} -> {}; minors: {} -> {}.",
        d.old.sensitive_findings, d.new.sensitive_findings, d.old.minors, d.new.minors
    ));
    lines
}

/// The diff page's whole stylesheet (allowed by its hash, nothing else loads).
const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2em}\
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3em .6em;\
text-align:left}th{background:#eee}";

const HEADER: [&str; 5] = ["CHANGE", "FINDINGS", "CLASS", "CATEGORY", "LOCATION"];

/// Writes `d` as text.
pub fn write_human(d: &Diff, out: &mut dyn Write) -> io::Result<()> {
    for line in heading(d) {
        writeln!(out, "{line}")?;
    }
    let rows = rows(d);
    if rows.is_empty() {
        return writeln!(out, "\nNo location changed.");
    }
    writeln!(out)?;
    let header = HEADER;
    let mut width = header.map(str::len);
    for r in &rows {
        for (w, c) in width.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: [&str; 5]| {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i == 4 {
                s.push_str(c);
            } else {
                s.push_str(&format!("{c:<w$}  ", w = width[i]));
            }
        }
        s
    };
    writeln!(out, "{}", line(header))?;
    for r in &rows {
        writeln!(out, "{}", line([&r[0], &r[1], &r[2], &r[3], &r[4]]))?;
    }
    Ok(())
}

/// Writes `d` as Markdown: the sentences, then one table row per change.
pub fn write_markdown(d: &Diff, out: &mut dyn Write) -> io::Result<()> {
    use crate::report::markdown::escape;
    writeln!(out, "# piiscan diff\n")?;
    for line in heading(d) {
        writeln!(out, "{}\n", escape(&line))?;
    }
    let rows = rows(d);
    if rows.is_empty() {
        return writeln!(out, "No location changed.");
    }
    writeln!(out, "| {} |", HEADER.map(|h| h.to_lowercase()).join(" | "))?;
    writeln!(out, "|{}", " --- |".repeat(HEADER.len()))?;
    for r in &rows {
        let cells: Vec<String> = r.iter().map(|c| escape(c)).collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

/// Writes `d` as a self-contained HTML page (inline style only, no script).
pub fn write_html(d: &Diff, out: &mut dyn Write) -> io::Result<()> {
    use crate::report::html::{escape, hash_source};
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src {}; base-uri 'none'; form-action 'none'\">\n\
         <title>piiscan diff</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <h1>piiscan diff</h1>",
        hash_source(STYLE)
    )?;
    for line in heading(d) {
        writeln!(out, "<p>{}</p>", escape(&line))?;
    }
    let rows = rows(d);
    if rows.is_empty() {
        writeln!(out, "<p>No location changed.</p>")?;
    } else {
        writeln!(out, "<table>\n<thead><tr>")?;
        for h in HEADER {
            write!(out, "<th>{}</th>", h.to_lowercase())?;
        }
        writeln!(out, "</tr></thead>\n<tbody>")?;
        for r in &rows {
            write!(out, "<tr>")?;
            for c in r {
                write!(out, "<td>{}</td>", escape(c))?;
            }
            writeln!(out, "</tr>")?;
        }
        writeln!(out, "</tbody>\n</table>")?;
    }
    writeln!(out, "</body>\n</html>")
}

/// One row per change: appeared, then changed by growth, then vanished.
fn rows(d: &Diff) -> Vec<[String; 5]> {
    let mut rows: Vec<[String; 5]> = Vec::new();
    for a in &d.appeared {
        rows.push([
            "appeared".into(),
            format!("+{}", a.findings),
            a.place.sensitivity.to_string(),
            a.place.category.to_string(),
            a.place.display(),
        ]);
    }
    let mut changed: Vec<_> = d.changed.iter().collect();
    let delta = |c: &&crate::inventory::diff::Changed| {
        i128::from(c.new_findings) - i128::from(c.old_findings)
    };
    changed.sort_by_key(|c| std::cmp::Reverse(delta(c)));
    for c in changed {
        let delta = delta(&c);
        let what = match delta {
            d if d > 0 => "grew",
            d if d < 0 => "shrank",
            _ => "changed",
        };
        rows.push([
            what.into(),
            format!("{delta:+} ({} -> {})", c.old_findings, c.new_findings),
            c.place.sensitivity.to_string(),
            c.place.category.to_string(),
            c.place.display(),
        ]);
    }
    for v in &d.vanished {
        rows.push([
            "vanished".into(),
            format!("-{}", v.findings),
            v.place.sensitivity.to_string(),
            v.place.category.to_string(),
            v.place.display(),
        ]);
    }
    rows
}
