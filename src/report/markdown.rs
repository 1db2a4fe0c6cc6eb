//! `--format markdown`: the inventory as a Markdown report for an audit file or a wiki:
//! totals, summaries by category, sensitivity class and top-level folder, every location
//! with its masked samples and recommendations, then skipped files and input problems.
//!
//! Text from the scanned data (paths, table and column names, samples) is escaped so that
//! it renders as text: Markdown punctuation gets a backslash, `<`, `>` and `&` become
//! entities, control characters are shown as escapes.

use std::io::{self, Write};

use crate::inventory::document::{Document, Group};
use crate::report::html::entity;
use crate::report::human::{distinct, human_bytes};
use crate::report::{one_line, Render};

/// The Markdown writer.
pub struct Markdown;

/// At most this many skipped files are listed one by one (all are counted).
pub const SKIPS_LISTED: usize = 200;

/// The columns of the summary by category (the HTML report's too).
pub const CATEGORY_COLUMNS: [&str; 11] = [
    "Category",
    "Class",
    "Findings",
    "Distinct",
    "Files",
    "Locations",
    "High",
    "Medium",
    "Low",
    "Test values",
    "Minors",
];

/// The columns of the locations table after the place (file, table and column; the HTML
/// report's too).
pub const LOCATION_COLUMNS: [&str; 8] =
    ["Category", "Class", "Findings", "Distinct", "Minors", "First", "Samples", "Recommendations"];

/// The columns of a summary by group of locations (class, folder), after the group's name
/// (the HTML report's too).
pub const GROUP_COLUMNS: [&str; 6] =
    ["Findings", "Sensitive", "Minors", "Files", "Locations", "Categories"];

/// `text` as literal Markdown text inside a table cell.
pub fn escape(text: &str) -> String {
    let text = one_line(text);
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            // Markdown renders to HTML: markup becomes entities (quotes are text there).
            '&' | '<' | '>' => out.push_str(entity(c).unwrap_or_default()),
            '\\' | '|' | '*' | '_' | '[' | ']' | '`' | '#' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// `text` as a code span in a table cell (masked values read better unescaped), or
/// escaped text when it holds a backtick.
pub fn code(text: &str) -> String {
    if text.contains('`') {
        return escape(text);
    }
    format!("`{}`", one_line(text).replace('|', "\\|"))
}

fn row(out: &mut dyn Write, cells: &[String]) -> io::Result<()> {
    writeln!(out, "| {} |", cells.join(" | "))
}

/// A table header; the columns in `numbers` are right-aligned.
fn header(out: &mut dyn Write, names: &[&str], numbers: std::ops::Range<usize>) -> io::Result<()> {
    writeln!(out, "| {} |", names.join(" | "))?;
    let rule: Vec<&str> =
        (0..names.len()).map(|i| if numbers.contains(&i) { "---:" } else { "---" }).collect();
    writeln!(out, "| {} |", rule.join(" | "))
}

/// A table of groups of locations (classes, folders), `what` naming the first column.
fn groups<'a>(
    out: &mut dyn Write,
    what: &str,
    rows: impl Iterator<Item = (String, &'a Group)>,
) -> io::Result<()> {
    let mut names = vec![what];
    names.extend(GROUP_COLUMNS);
    header(out, &names, 1..6)?;
    for (name, g) in rows {
        let cats: Vec<String> = g.categories.iter().map(|c| escape(c.name())).collect();
        row(
            out,
            &[
                name,
                g.findings.to_string(),
                g.sensitive_findings.to_string(),
                g.minors.to_string(),
                g.files.to_string(),
                g.locations.to_string(),
                cats.join(", "),
            ],
        )?;
    }
    Ok(())
}

fn percent(share: f64) -> String {
    format!("{:.0}%", 100.0 * share)
}

impl Render for Markdown {
    fn render(&self, doc: &Document, out: &mut dyn Write) -> io::Result<()> {
        let s = &doc.scan;
        let t = &doc.totals;
        let roots: Vec<String> = s.roots.iter().map(|r| escape(&r.display())).collect();
        writeln!(out, "# Personal data inventory\n")?;
        if !s.complete {
            writeln!(out, "> **{}**\n", super::INCOMPLETE)?;
        }
        writeln!(
            out,
            "Scan of {} with piiscan {} ({} to {}, {:.1} s): {} files ({}) scanned, {} skipped. \
             Findings of {} confidence and above; {} detectors, catalogue {}.\n",
            roots.join(", "),
            escape(&s.version),
            escape(&super::local_time(&s.started)),
            escape(&super::local_time(&s.finished)),
            s.duration_ms as f64 / 1000.0,
            s.files_scanned,
            human_bytes(s.bytes_scanned),
            s.files_skipped,
            s.min_confidence,
            s.detectors.len(),
            escape(&s.detectors_digest),
        )?;
        if s.values == crate::mask::ValuePolicy::Raw {
            writeln!(
                out,
                "> **This report shows raw values** (the scan ran with `--show-values`): it \
                 holds personal data. Handle, store and delete it as such.\n"
            )?;
        }
        writeln!(out, "## Totals\n")?;
        header(out, &["", "count"], 1..2)?;
        let sensitive = format!("{} ({})", t.sensitive_findings, percent(t.sensitive_share));
        for (what, n) in [
            ("Findings", t.findings.to_string()),
            ("Locations", t.locations.to_string()),
            ("Files with personal data", t.files.to_string()),
            ("Findings in sensitive locations", sensitive),
            ("Findings showing a minor under 14", t.minors.to_string()),
            ("Known test values", t.test_values.to_string()),
            ("Input problems recorded", s.warnings.to_string()),
        ] {
            row(out, &[what.to_string(), n])?;
        }
        if s.suppressed + s.baselined + s.test_values_ignored > 0 {
            writeln!(
                out,
                "\nNot counted above: {} suppressed inline or allowed, {} in the baseline, {} known \
                 test values ignored by configuration.",
                s.suppressed, s.baselined, s.test_values_ignored
            )?;
        }
        if let Some((summary, rows)) = super::database_rows(doc) {
            writeln!(out, "\n## Database\n\n{}\n", escape(&summary))?;
            header(out, &super::DATABASE_COLUMNS, 1..3)?;
            for r in rows {
                row(out, &r.map(|c| escape(&c)))?;
            }
        }
        if doc.locations.is_empty() {
            writeln!(out, "\nNo personal data found.")?;
        } else {
            writeln!(out, "\n## By category\n")?;
            header(out, &CATEGORY_COLUMNS, 2..11)?;
            for c in &doc.categories {
                row(
                    out,
                    &[
                        escape(c.category.name()),
                        c.sensitivity.to_string(),
                        c.findings.to_string(),
                        distinct(c.distinct, c.distinct_exact),
                        c.files.to_string(),
                        c.locations.to_string(),
                        c.confidence.high.to_string(),
                        c.confidence.medium.to_string(),
                        c.confidence.low.to_string(),
                        c.test_values.to_string(),
                        c.minors.to_string(),
                    ],
                )?;
            }
            basis(doc, out)?;
            writeln!(out, "\n## By sensitivity\n")?;
            let classes = doc.sensitivity.iter().map(|c| (c.class.to_string(), &c.totals));
            groups(out, "Class", classes)?;
            writeln!(out, "\n## By top-level folder\n")?;
            let folders = doc.folders.iter().map(|f| (escape(&f.folder.display()), &f.totals));
            groups(out, "Folder", folders)?;
            writeln!(out, "\n## Locations\n")?;
            let mut names = vec!["File", "Table.column"];
            names.extend(LOCATION_COLUMNS);
            header(out, &names, 4..7)?;
            for l in &doc.locations {
                let first = match l.first_row {
                    Some(r) => format!("row {r}"),
                    None => format!("line {}", l.first_line),
                };
                let samples: Vec<String> = l.samples.iter().map(|v| code(v)).collect();
                let advice: Vec<String> =
                    l.recommendations.iter().map(|a| escape(a.id())).collect();
                row(
                    out,
                    &[
                        escape(&l.path.display()),
                        escape(&l.column_name()),
                        escape(l.category.name()),
                        l.sensitivity.to_string(),
                        l.findings.to_string(),
                        distinct(l.distinct, l.distinct_exact),
                        l.minors.to_string(),
                        first,
                        samples.join(", "),
                        advice.join(", "),
                    ],
                )?;
            }
            writeln!(out, "\n## Recommendations\n")?;
            for r in &doc.recommendations {
                let n = doc.locations.iter().filter(|l| l.recommendations.contains(&r.id)).count();
                writeln!(
                    out,
                    "- **{}** ({n} location{}): {}",
                    escape(r.id.id()),
                    if n == 1 { "" } else { "s" },
                    escape(&r.text)
                )?;
            }
        }
        if !s.skipped.is_empty() {
            writeln!(out, "\n## Skipped files\n")?;
            let reasons: Vec<String> =
                s.skipped_by_reason.iter().map(|(r, n)| format!("{} {n}", escape(r))).collect();
            writeln!(out, "{} skipped: {}.\n", s.files_skipped, reasons.join(", "))?;
            header(out, &["File", "Reason", "Detail"], 0..0)?;
            for k in s.skipped.iter().take(SKIPS_LISTED) {
                row(out, &[escape(&k.path.display()), escape(&k.reason), escape(&k.detail)])?;
            }
            if s.skipped.len() > SKIPS_LISTED {
                writeln!(out, "\n... and {} more.", s.skipped.len() - SKIPS_LISTED)?;
            }
        }
        let warned: Vec<_> = doc.files.iter().filter(|f| !f.warnings.is_empty()).collect();
        if !warned.is_empty() {
            writeln!(out, "\n## Input problems\n")?;
            writeln!(out, "Recorded and skipped; the rest of each file was scanned.\n")?;
            header(out, &["File", "Offset", "Problem"], 1..2)?;
            for f in warned {
                for w in &f.warnings {
                    row(
                        out,
                        &[escape(&f.path.display()), w.offset.to_string(), escape(&w.reason)],
                    )?;
                }
            }
        }
        Ok(())
    }
}

/// Why each category found is in its class: the basis from `patterns/sensitivity.toml`.
fn basis(doc: &Document, out: &mut dyn Write) -> io::Result<()> {
    if doc.categories.iter().all(|c| c.basis.is_empty()) {
        return Ok(());
    }
    writeln!(out, "\n## Legal basis\n")?;
    writeln!(out, "| category | class | basis |\n| --- | --- | --- |")?;
    for c in &doc.categories {
        writeln!(
            out,
            "| {} | {} | {} |",
            escape(c.category.name()),
            c.sensitivity,
            escape(&c.basis)
        )?;
    }
    writeln!(
        out,
        "\nAny location holding data of a minor under 14 is sensitive whatever its category \
         (PIPL art. 28, 31)."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scanned_text_cannot_make_markup() {
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(escape("<script>"), "&lt;script&gt;");
        assert_eq!(escape("user_name"), "user\\_name");
        assert_eq!(escape("line\nbreak"), "line break");
        assert_eq!(escape("[x](http://e)"), "\\[x\\](http://e)");
        assert_eq!(code("139****5678"), "`139****5678`");
        assert_eq!(code("a|b"), "`a\\|b`");
        assert_eq!(code("a`b"), "a\\`b");
    }
}
