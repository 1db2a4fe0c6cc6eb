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
use crate::report::human::display_width;
use crate::report::lang::{Lang, Texts};

/// The roots of one side, for people (`snap, data`).
pub fn roots(side: &Side) -> String {
    side.roots.iter().map(|r| r.display()).collect::<Vec<_>>().join(", ")
}

/// The sentences above the table, in order, in the words of `t`.
fn heading(d: &Diff, t: &Texts) -> Vec<String> {
    let time = |side: &Side| sanitize(&crate::report::local_time(&side.started));
    let mut lines = vec![t.fill(
        "diff.comparing",
        &[
            ("old", &time(&d.old)),
            ("old_n", &d.old.findings),
            ("new", &time(&d.new)),
            ("new_n", &d.new.findings),
        ],
    )];
    if d.detectors_changed {
        lines.push(t.get("diff.detectors_changed").into());
    }
    if d.roots_differ {
        lines
            .push(t.fill("diff.roots_differ", &[("old", &roots(&d.old)), ("new", &roots(&d.new))]));
    }
    let s = &d.summary;
    lines.push(t.count(
        "diff.summary",
        s.appeared,
        &[
            ("vanished", &s.vanished),
            ("grew", &s.grew),
            ("shrank", &s.shrank),
            ("other", &s.other_changes),
            ("unchanged", &s.unchanged),
        ],
    ));
    lines.push(t.fill(
        "diff.sensitive",
        &[
            ("old", &d.old.sensitive_findings),
            ("new", &d.new.sensitive_findings),
            ("old_minors", &d.old.minors),
            ("new_minors", &d.new.minors),
        ],
    ));
    lines
}

/// The diff page's whole stylesheet (allowed by its hash, nothing else loads).
const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2em}\
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3em .6em;\
text-align:left}th{background:#eee}";

/// The columns of the table, as text keys.
const HEADER: [&str; 5] =
    ["diff.change", "diff.findings", "diff.class", "diff.category", "diff.location"];

/// Writes `d` as text in the words of `lang`.
pub fn write_human(d: &Diff, out: &mut dyn Write, lang: Lang) -> io::Result<()> {
    let t = lang.texts();
    for line in heading(d, t) {
        writeln!(out, "{line}")?;
    }
    let rows = rows(d, t);
    if rows.is_empty() {
        return writeln!(out, "\n{}", t.get("diff.unchanged"));
    }
    writeln!(out)?;
    // Upper case on a terminal, as the other summaries' headers (a no-op in Chinese).
    let header = HEADER.map(|k| t.get(k).to_uppercase());
    let mut width = header.each_ref().map(|h| display_width(h));
    for r in &rows {
        for (w, c) in width.iter_mut().zip(r) {
            *w = (*w).max(display_width(c));
        }
    }
    let line = |cells: [&str; 5]| {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            s.push_str(c);
            if i < 4 {
                s.push_str(&" ".repeat(width[i] - display_width(c) + 2));
            }
        }
        s
    };
    writeln!(out, "{}", line(header.each_ref().map(String::as_str)))?;
    for r in &rows {
        writeln!(out, "{}", line([&r[0], &r[1], &r[2], &r[3], &r[4]]))?;
    }
    Ok(())
}

/// Writes `d` as Markdown in the words of `lang`: the sentences, then one table row per
/// change.
pub fn write_markdown(d: &Diff, out: &mut dyn Write, lang: Lang) -> io::Result<()> {
    use crate::report::markdown::escape;
    let t = lang.texts();
    writeln!(out, "# {}\n", t.get("diff.title"))?;
    for line in heading(d, t) {
        writeln!(out, "{}\n", escape(&line))?;
    }
    let rows = rows(d, t);
    if rows.is_empty() {
        return writeln!(out, "{}", t.get("diff.unchanged"));
    }
    writeln!(out, "| {} |", HEADER.map(|k| t.get(k)).join(" | "))?;
    writeln!(out, "|{}", " --- |".repeat(HEADER.len()))?;
    for r in &rows {
        let cells: Vec<String> = r.iter().map(|c| escape(c)).collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

/// Writes `d` as a self-contained HTML page in the words of `lang` (inline style only,
/// no script).
pub fn write_html(d: &Diff, out: &mut dyn Write, lang: Lang) -> io::Result<()> {
    use crate::report::html::{escape, hash_source};
    let t = lang.texts();
    let title = escape(t.get("diff.title"));
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src {}; base-uri 'none'; form-action 'none'\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <h1>{title}</h1>",
        lang.tag(),
        hash_source(STYLE)
    )?;
    for line in heading(d, t) {
        writeln!(out, "<p>{}</p>", escape(&line))?;
    }
    let rows = rows(d, t);
    if rows.is_empty() {
        writeln!(out, "<p>{}</p>", escape(t.get("diff.unchanged")))?;
    } else {
        writeln!(out, "<table>\n<thead><tr>")?;
        for k in HEADER {
            write!(out, "<th>{}</th>", escape(t.get(k)))?;
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

/// One row per change: appeared, then changed by growth, then vanished. Categories and
/// classes by id or in words, as the terminal summary names them (`human.names`).
fn rows(d: &Diff, t: &Texts) -> Vec<[String; 5]> {
    let words = t.get("human.names") == "words";
    let place = |p: &crate::inventory::diff::Place| -> [String; 3] {
        if words {
            [t.class(p.sensitivity).into(), t.category(p.category).into(), p.display()]
        } else {
            [p.sensitivity.to_string(), p.category.to_string(), p.display()]
        }
    };
    let row = |what: &str, findings: String, p: &crate::inventory::diff::Place| -> [String; 5] {
        let [class, category, location] = place(p);
        [t.get(what).into(), findings, class, category, location]
    };
    let mut rows: Vec<[String; 5]> = Vec::new();
    for a in &d.appeared {
        rows.push(row("diff.appeared", format!("+{}", a.findings), &a.place));
    }
    let mut changed: Vec<_> = d.changed.iter().collect();
    let delta = |c: &&crate::inventory::diff::Changed| {
        i128::from(c.new_findings) - i128::from(c.old_findings)
    };
    changed.sort_by_key(|c| std::cmp::Reverse(delta(c)));
    for c in changed {
        let delta = delta(&c);
        let what = match delta {
            d if d > 0 => "diff.grew",
            d if d < 0 => "diff.shrank",
            _ => "diff.changed",
        };
        let findings = format!("{delta:+} ({} -> {})", c.old_findings, c.new_findings);
        rows.push(row(what, findings, &c.place));
    }
    for v in &d.vanished {
        rows.push(row("diff.vanished", format!("-{}", v.findings), &v.place));
    }
    rows
}
