//! `--format markdown`: the inventory as a Markdown report for an audit file or a wiki:
//! totals, summaries by category, sensitivity class and top-level folder, every location
//! with its masked samples and recommendations, then skipped files and input problems.
//!
//! Text from the scanned data (paths, table and column names, samples) is escaped so that
//! it renders as text: Markdown punctuation gets a backslash, `<`, `>` and `&` become
//! entities, control characters are shown as escapes.

use std::io::{self, Write};

use crate::detect::Category;
use crate::inventory::document::{Document, Group};
use crate::report::html::entity;
use crate::report::human::{distinct, human_bytes};
use crate::report::lang::{Lang, Texts};
use crate::report::{one_line, Render};

/// The Markdown writer, in a language.
#[derive(Clone, Copy, Debug, Default)]
pub struct Markdown {
    /// The language of the report's words.
    pub lang: Lang,
}

/// At most this many skipped files are listed one by one (all are counted).
pub const SKIPS_LISTED: usize = 200;

/// The columns of the summary by category (the HTML report's too), as text keys
/// ([`Texts`]).
pub const CATEGORY_COLUMNS: [&str; 11] = [
    "column.category",
    "column.class",
    "column.findings",
    "column.distinct",
    "column.files",
    "column.locations",
    "column.high",
    "column.medium",
    "column.low",
    "column.test_values",
    "column.minors",
];

/// The columns of the locations table after the place (file, table and column; the HTML
/// report's too), as text keys.
pub const LOCATION_COLUMNS: [&str; 8] = [
    "column.category",
    "column.class",
    "column.findings",
    "column.distinct",
    "column.minors",
    "column.first",
    "column.samples",
    "column.recommendations",
];

/// The columns of a summary by group of locations (class, folder), after the group's name
/// (the HTML report's too), as text keys.
pub const GROUP_COLUMNS: [&str; 6] = [
    "column.findings",
    "column.sensitive",
    "column.minors",
    "column.files",
    "column.locations",
    "column.categories",
];

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

/// A table header of the texts of `keys`; the columns in `numbers` are right-aligned.
fn header(
    out: &mut dyn Write,
    t: &Texts,
    keys: &[&str],
    numbers: std::ops::Range<usize>,
) -> io::Result<()> {
    let names: Vec<String> = keys.iter().map(|k| escape(t.get(k))).collect();
    writeln!(out, "| {} |", names.join(" | "))?;
    let rule: Vec<&str> =
        (0..names.len()).map(|i| if numbers.contains(&i) { "---:" } else { "---" }).collect();
    writeln!(out, "| {} |", rule.join(" | "))
}

/// A table of groups of locations (classes, folders), `what` the key of the first
/// column's name.
fn groups<'a>(
    out: &mut dyn Write,
    t: &Texts,
    what: &str,
    rows: impl Iterator<Item = (String, &'a Group)>,
) -> io::Result<()> {
    let mut keys = vec![what];
    keys.extend(GROUP_COLUMNS);
    header(out, t, &keys, 1..6)?;
    for (name, g) in rows {
        let cats: Vec<String> = g.categories.iter().map(|c| escape(t.category(*c))).collect();
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

/// A category in words with its id (`Mobile number (PRC) (`cn_mobile`)`).
fn category(t: &Texts, category: Category) -> String {
    format!("{} ({})", escape(t.category(category)), code(category.name()))
}

impl Render for Markdown {
    fn render(&self, doc: &Document, out: &mut dyn Write) -> io::Result<()> {
        let t = self.lang.texts_of(doc);
        let s = &doc.scan;
        let d = &doc.totals;
        let roots: Vec<String> = s.roots.iter().map(|r| escape(&r.display())).collect();
        writeln!(out, "# {}\n", t.get("doc.title"))?;
        if !s.complete {
            writeln!(out, "> **{}**\n", t.get("doc.incomplete"))?;
        }
        if let Some(note) = super::shards_note(doc, t) {
            writeln!(out, "> {note}\n")?;
        }
        let roots = roots.join(", ");
        let (version, started, finished) = (
            escape(&s.version),
            escape(&super::local_time(&s.started)),
            escape(&super::local_time(&s.finished)),
        );
        let seconds = format!("{:.1}", s.duration_ms as f64 / 1000.0);
        let bytes = human_bytes(s.bytes_scanned);
        let digest = escape(&s.detectors_digest);
        let scan = t.fill(
            "doc.scan_md",
            &[
                ("roots", &roots),
                ("version", &version),
                ("started", &started),
                ("finished", &finished),
                ("seconds", &seconds),
                ("files", &s.files_scanned),
                ("bytes", &bytes),
                ("skipped", &s.files_skipped),
                ("confidence", &t.level(s.min_confidence)),
                ("detectors", &s.detectors.len()),
                ("digest", &digest),
            ],
        );
        writeln!(out, "{scan}\n")?;
        if s.values == crate::mask::ValuePolicy::Raw {
            writeln!(out, "> {}\n", t.get("doc.raw_warning_md"))?;
        }
        writeln!(out, "## {}\n", t.get("heading.totals"))?;
        writeln!(out, "|  | {} |\n| --- | ---: |", t.get("total.count"))?;
        let sensitive = format!("{} ({})", d.sensitive_findings, percent(d.sensitive_share));
        for (key, n) in [
            ("total.findings_md", d.findings.to_string()),
            ("total.locations_md", d.locations.to_string()),
            ("total.files_md", d.files.to_string()),
            ("total.sensitive_md", sensitive),
            ("total.minors_md", d.minors.to_string()),
            ("total.test_values_md", d.test_values.to_string()),
            ("total.warnings_md", s.warnings.to_string()),
        ] {
            row(out, &[t.get(key).to_string(), n])?;
        }
        if s.suppressed + s.baselined + s.test_values_ignored > 0 {
            let text = t.fill(
                "meta.not_counted_md",
                &[
                    ("suppressed", &s.suppressed),
                    ("baselined", &s.baselined),
                    ("ignored", &s.test_values_ignored),
                ],
            );
            writeln!(out, "\n{text}")?;
        }
        if let Some((summary, rows)) = super::database_rows(doc, t) {
            writeln!(out, "\n## {}\n\n{}\n", t.get("heading.database"), escape(&summary))?;
            header(out, t, &super::DATABASE_COLUMN_KEYS, 1..3)?;
            for r in rows {
                row(out, &r.map(|c| escape(&c)))?;
            }
        }
        if doc.locations.is_empty() {
            writeln!(out, "\n{}", t.get("doc.nothing"))?;
        } else {
            writeln!(out, "\n## {}\n", t.get("heading.categories"))?;
            header(out, t, &CATEGORY_COLUMNS, 2..11)?;
            for c in &doc.categories {
                row(
                    out,
                    &[
                        category(t, c.category),
                        escape(t.class(c.sensitivity)),
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
            basis(doc, t, out)?;
            writeln!(out, "\n## {}\n", t.get("heading.classes"))?;
            let classes = doc.sensitivity.iter().map(|c| (escape(t.class(c.class)), &c.totals));
            groups(out, t, "column.class", classes)?;
            writeln!(out, "\n## {}\n", t.get("heading.folders"))?;
            let folders = doc.folders.iter().map(|f| (escape(&f.folder.display()), &f.totals));
            groups(out, t, "column.folder", folders)?;
            writeln!(out, "\n## {}\n", t.get("heading.locations"))?;
            let mut keys = vec!["column.file", "column.table_column"];
            keys.extend(LOCATION_COLUMNS);
            header(out, t, &keys, 4..7)?;
            for l in &doc.locations {
                let first = match l.first_row {
                    Some(r) => t.fill("text.row", &[("n", &r)]),
                    None => t.fill("text.line", &[("n", &l.first_line)]),
                };
                let samples: Vec<String> = l.samples.iter().map(|v| code(v)).collect();
                let advice: Vec<String> =
                    l.recommendations.iter().map(|a| escape(a.id())).collect();
                let mut column = escape(&l.column_name());
                if let Some(parts) = t.address_parts(l) {
                    column = format!("{column} ({})", escape(&parts));
                }
                row(
                    out,
                    &[
                        escape(&l.path.display()),
                        column,
                        escape(t.category(l.category)),
                        escape(t.class(l.sensitivity)),
                        l.findings.to_string(),
                        distinct(l.distinct, l.distinct_exact),
                        l.minors.to_string(),
                        first,
                        samples.join(", "),
                        advice.join(", "),
                    ],
                )?;
            }
            writeln!(out, "\n## {}\n", t.get("heading.recommendations"))?;
            for r in &doc.recommendations {
                let n = doc.locations.iter().filter(|l| l.recommendations.contains(&r.id)).count();
                writeln!(
                    out,
                    "- **{}** ({}): {}",
                    escape(r.id.id()),
                    t.count("recommendations.locations", n as u64, &[]),
                    escape(t.advice(r.id))
                )?;
            }
        }
        if !doc.containers.is_empty() {
            writeln!(out, "\n## {}\n", t.get("heading.containers"))?;
            writeln!(out, "{}\n", t.get("text.containers_note"))?;
            header(out, t, &super::CONTAINER_COLUMN_KEYS, 2..7)?;
            for r in super::container_rows(doc, t) {
                row(out, &r.map(|c| escape(&c)))?;
            }
            if doc.containers.len() > super::CONTAINERS_LISTED {
                let more = doc.containers.len() - super::CONTAINERS_LISTED;
                writeln!(out, "\n{}", t.fill("text.more_skipped", &[("n", &more)]))?;
            }
        }
        if !s.skipped.is_empty() {
            writeln!(out, "\n## {}\n", t.get("heading.skipped"))?;
            let reasons: Vec<String> =
                s.skipped_by_reason.iter().map(|(r, n)| format!("{} {n}", escape(r))).collect();
            let reasons = reasons.join(", ");
            let text = t.fill("text.skipped_md", &[("n", &s.files_skipped), ("reasons", &reasons)]);
            writeln!(out, "{text}\n")?;
            header(out, t, &["column.file", "column.reason", "column.detail"], 0..0)?;
            for k in s.skipped.iter().take(SKIPS_LISTED) {
                row(out, &[escape(&k.path.display()), escape(&k.reason), escape(&k.detail)])?;
            }
            if s.skipped.len() > SKIPS_LISTED {
                let more = s.skipped.len() - SKIPS_LISTED;
                writeln!(out, "\n{}", t.fill("text.more_skipped", &[("n", &more)]))?;
            }
        }
        let warned: Vec<_> = doc.files.iter().filter(|f| !f.warnings.is_empty()).collect();
        if !warned.is_empty() {
            writeln!(out, "\n## {}\n", t.get("heading.problems"))?;
            writeln!(out, "{}\n", t.get("text.problems_note"))?;
            header(out, t, &["column.file", "column.offset", "column.problem"], 1..2)?;
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
fn basis(doc: &Document, t: &Texts, out: &mut dyn Write) -> io::Result<()> {
    if doc.categories.iter().all(|c| c.basis.is_empty()) {
        return Ok(());
    }
    writeln!(out, "\n## {}\n", t.get("heading.basis"))?;
    header(out, t, &["column.category", "column.class", "column.basis"], 0..0)?;
    for c in &doc.categories {
        row(
            out,
            &[
                category(t, c.category),
                escape(t.class(c.sensitivity)),
                escape(t.basis(c.category, &c.basis)),
            ],
        )?;
    }
    writeln!(out, "\n{}", t.get("text.minors_rule"))
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
