//! `--format html`: the inventory as one self-contained HTML page that an auditor opens
//! offline and prints: the scan's metadata, totals, a bar chart of findings by category
//! coloured by sensitivity class, the sensitive share, summaries by category, class and
//! top-level folder, every location (sortable and filterable), the recommendations'
//! texts, skipped files and input problems. Its content mirrors the Markdown report.
//!
//! The page loads nothing: its one stylesheet and one script are inline, the charts are
//! inline SVG, and a `Content-Security-Policy` (`default-src 'none'`, the stylesheet and
//! script allowed by their SHA-256) forbids any other load. Without scripts it reads in
//! full; the script only adds sorting (click a header) and the locations filter.
//!
//! For checkers, the totals carry `data-total="<key of totals>"` and the scan counts
//! `data-scan="<key of scan>"`, each with its exact number in `data-value`; location rows
//! carry `data-category`, `data-class`, `data-findings` and `data-minors`.
//!
//! Text from the scanned data (paths, table and column names, samples, skip details,
//! input problems) goes through [`escape`], so it renders as text, in elements and in
//! attributes alike.

use std::io::{self, Write};
use std::ops::Range;

use sha2::{Digest, Sha256};

use crate::detect::{Category, Sensitivity};
use crate::inventory::document::{Document, Group, Location};
use crate::mask::ValuePolicy;
use crate::report::human::{distinct, human_bytes};
use crate::report::lang::{Lang, Texts};
use crate::report::markdown::{CATEGORY_COLUMNS, GROUP_COLUMNS, LOCATION_COLUMNS, SKIPS_LISTED};
use crate::report::{one_line, Render};

/// The HTML writer, in a language.
#[derive(Clone, Copy, Debug, Default)]
pub struct Html {
    /// The language of the page's words.
    pub lang: Lang,
}

/// The page's stylesheet, screen and print.
const STYLE: &str = include_str!("html/style.css");

/// The page's script: table sorting and the locations filter.
const SCRIPT: &str = include_str!("html/script.js");

/// The bar chart's geometry (SVG user units): label column, bar area, row height.
const CHART_LABEL: u32 = 150;
const CHART_BARS: u32 = 480;
const CHART_ROW: u32 = 22;
/// The share bar's width.
const SHARE_WIDTH: u32 = 640;

/// `text` as HTML text, safe in element content and in quoted attribute values: `&`,
/// `<`, `>`, `"` and `'` become entities, line breaks spaces, and other control, bidi and
/// zero-width characters visible escapes (as on a terminal).
pub fn escape(text: &str) -> String {
    let text = one_line(text);
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match entity(c) {
            Some(e) => out.push_str(e),
            None => out.push(c),
        }
    }
    out
}

/// The entity that writes `c` where HTML would read it as markup (`&`, `<`, `>`, and the
/// quotes that end an attribute's value).
pub fn entity(c: char) -> Option<&'static str> {
    Some(match c {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => return None,
    })
}

/// A CSP hash source for an inline element's exact text.
pub fn hash_source(text: &str) -> String {
    use base64::Engine as _;
    let digest = Sha256::digest(text.as_bytes());
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// The page's Content-Security-Policy: nothing loads, only the page's own stylesheet
/// and script run. `base-uri` and `form-action` do not fall back to `default-src`.
pub fn content_security_policy() -> String {
    format!(
        "default-src 'none'; style-src {}; script-src {}; base-uri 'none'; form-action 'none'",
        hash_source(STYLE),
        hash_source(SCRIPT)
    )
}

/// `share` (0 to 1) as a whole percentage; a share that rounds to 0 but is not shows as
/// `<1%`.
fn percent(share: f64) -> String {
    if share > 0.0 && share < 0.005 {
        "&lt;1%".to_string()
    } else {
        format!("{:.0}%", 100.0 * share)
    }
}

/// An RFC 3339 time for people, local with its offset (`2026-11-25 01:40:05 +08:00`);
/// anything else as it is.
fn when(rfc3339: &str) -> String {
    super::local_time(rfc3339)
}

/// A number marked for checkers: `data-<scope>="<key>"` (`total` or `scan`, the key in
/// the document) with the exact value in `data-value`; `text` (HTML) is what people see.
fn marked(scope: &str, key: &str, value: impl std::fmt::Display, text: &str) -> String {
    format!(r#"<span data-{scope}="{key}" data-value="{value}">{text}</span>"#)
}

/// A class's badge: its id styles it, its name in the report's language reads.
fn badge(t: &Texts, class: Sensitivity) -> String {
    format!(r#"<span class="badge {}">{}</span>"#, class.name(), escape(t.class(class)))
}

/// A category in words, its id beside it for whoever reads the JSON too.
fn category_cell(t: &Texts, category: Category) -> String {
    format!(
        r#"<td title="{}">{}<br><code class="id">{}</code></td>"#,
        escape(category.description()),
        escape(t.category(category)),
        escape(category.name())
    )
}

/// A class's colour, for legends.
fn swatch(class: Sensitivity) -> String {
    format!(
        r#"<svg width="10" height="10" aria-hidden="true"><rect class="{}" width="10" height="10"/></svg>"#,
        class.name()
    )
}

/// A table header of the texts of `keys`; the columns in `numeric` are numbers
/// (right-aligned, sorted as such).
fn thead(out: &mut dyn Write, t: &Texts, keys: &[&str], numeric: Range<usize>) -> io::Result<()> {
    write!(out, "<thead><tr>")?;
    for (i, key) in keys.iter().enumerate() {
        let name = escape(t.get(key));
        if numeric.contains(&i) {
            write!(out, r#"<th class="num" scope="col">{name}</th>"#)?;
        } else {
            write!(out, r#"<th scope="col">{name}</th>"#)?;
        }
    }
    writeln!(out, "</tr></thead>")
}

/// A numeric cell.
fn num(n: u64) -> String {
    format!(r#"<td class="num">{n}</td>"#)
}

/// A distinct count's cell (`~` marks an estimate; it sorts by the number; an unknown
/// count sorts first).
fn distinct_cell(n: Option<u64>, exact: bool) -> String {
    let v = n.map_or(-1, |n| n as i128);
    format!(r#"<td class="num" data-v="{v}">{}</td>"#, escape(&distinct(n, exact)))
}

impl Render for Html {
    fn render(&self, doc: &Document, out: &mut dyn Write) -> io::Result<()> {
        let t = self.lang.texts_of(doc);
        head(doc, self.lang, out)?;
        scan_info(doc, t, out)?;
        summary_sheet(doc, t, out)?;
        totals(doc, t, out)?;
        if !doc.locations.is_empty() {
            categories(doc, t, out)?;
            basis(doc, t, out)?;
            writeln!(out, r#"<section id="classes"><h2>{}</h2>"#, t.get("heading.classes"))?;
            let classes = doc.sensitivity.iter().map(|c| (badge(t, c.class), &c.totals));
            groups(out, t, "column.class", "classes-table", classes)?;
            writeln!(out, "</section>")?;
            writeln!(out, r#"<section id="folders"><h2>{}</h2>"#, t.get("heading.folders"))?;
            let folders = doc
                .folders
                .iter()
                .map(|f| (format!("<code>{}</code>", escape(&f.folder.display())), &f.totals));
            groups(out, t, "column.folder", "folders-table", folders)?;
            writeln!(out, "</section>")?;
            locations(doc, t, out)?;
            recommendations(doc, t, out)?;
        }
        containers(doc, t, out)?;
        skipped(doc, t, out)?;
        problems(doc, t, out)?;
        let version = escape(&doc.scan.version);
        writeln!(
            out,
            "<footer><p>{}</p></footer>",
            t.fill("doc.footer", &[("version", &version)])
        )?;
        writeln!(out, "<script>{SCRIPT}</script>\n</body>\n</html>")
    }
}

fn head(doc: &Document, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let t = lang.texts_of(doc);
    let roots: Vec<String> = doc.scan.roots.iter().map(|r| escape(&r.display())).collect();
    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(out, r#"<html lang="{}">"#, lang.tag())?;
    writeln!(out, "<head>")?;
    writeln!(out, r#"<meta charset="utf-8">"#)?;
    writeln!(
        out,
        r#"<meta http-equiv="Content-Security-Policy" content="{}">"#,
        content_security_policy()
    )?;
    writeln!(out, r#"<meta name="referrer" content="no-referrer">"#)?;
    writeln!(out, r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#)?;
    writeln!(out, r#"<meta name="generator" content="piiscan {}">"#, escape(&doc.scan.version))?;
    let roots = roots.join(", ");
    writeln!(out, "<title>{}</title>", t.fill("doc.title_of", &[("roots", &roots)]))?;
    writeln!(out, "<style>{STYLE}</style>")?;
    writeln!(out, "</head>")?;
    writeln!(out, "<body>")
}

fn scan_info(doc: &Document, t: &Texts, out: &mut dyn Write) -> io::Result<()> {
    let s = &doc.scan;
    writeln!(out, "<header>\n<h1>{}</h1>", t.get("doc.title"))?;
    writeln!(out, "<p class=\"lede\">{}</p>", t.get("doc.lede"))?;
    if !s.complete {
        writeln!(out, "<p class=\"raw-warning\"><strong>{}</strong></p>", t.get("doc.incomplete"))?;
    }
    if let Some(note) = super::shards_note(doc, t) {
        writeln!(out, "<p class=\"lede\">{}</p>", escape(&note))?;
    }
    if s.values == ValuePolicy::Raw {
        writeln!(out, "<p class=\"raw-warning\">{}</p>", t.get("doc.raw_warning"))?;
    }
    writeln!(out, r#"<dl class="meta">"#)?;
    let dt = |out: &mut dyn Write, key: &str, value: &str| {
        writeln!(out, "<dt>{}</dt><dd>{value}</dd>", t.get(key))
    };
    dt(out, "meta.scanned", &roots_html(doc))?;
    let time = |s: &str| format!(r#"<time datetime="{}">{}</time>"#, escape(s), escape(&when(s)));
    let seconds = format!("{:.1}", s.duration_ms as f64 / 1000.0);
    let (started, finished) = (time(&s.started), time(&s.finished));
    let when_value = t.fill(
        "meta.when_value",
        &[("started", &started), ("finished", &finished), ("seconds", &seconds)],
    );
    dt(out, "meta.when", &when_value)?;
    let scanned = marked("scan", "files_scanned", s.files_scanned, &s.files_scanned.to_string());
    let bytes = marked("scan", "bytes_scanned", s.bytes_scanned, &human_bytes(s.bytes_scanned));
    let skipped = marked("scan", "files_skipped", s.files_skipped, &s.files_skipped.to_string());
    let files = t.fill(
        "meta.files_value",
        &[("scanned", &scanned), ("bytes", &bytes), ("skipped", &skipped)],
    );
    dt(out, "meta.files", &files)?;
    let level = t.level(s.min_confidence);
    dt(out, "meta.confidence", &t.fill("meta.confidence_value", &[("level", &level)]))?;
    let digest = format!("<code>{}</code>", escape(&s.detectors_digest));
    let detectors =
        t.fill("meta.detectors_value", &[("n", &s.detectors.len()), ("digest", &digest)]);
    dt(out, "meta.detectors", &detectors)?;
    let form =
        if s.values == ValuePolicy::Raw { "meta.samples_raw" } else { "meta.samples_masked" };
    dt(out, "meta.samples", &t.fill(form, &[("n", &s.samples)]))?;
    if let Some(config) = &s.config {
        dt(out, "meta.config", &format!("<code>{}</code>", escape(&config.display())))?;
    }
    if let Some(baseline) = &s.baseline {
        dt(out, "meta.baseline", &format!("<code>{}</code>", escape(&baseline.display())))?;
    }
    if let Some(level) = s.fail_on {
        let level = t.level(level);
        dt(out, "meta.fail_on", &t.count("meta.fail_on_value", s.failing, &[("level", &level)]))?;
    }
    if s.suppressed + s.baselined + s.test_values_ignored > 0 {
        let value = t.fill(
            "meta.not_counted_value",
            &[
                ("suppressed", &s.suppressed),
                ("baselined", &s.baselined),
                ("ignored", &s.test_values_ignored),
            ],
        );
        dt(out, "meta.not_counted", &value)?;
    }
    dt(out, "meta.version", &escape(&s.version))?;
    writeln!(out, "</dl>")?;
    let mut toc = vec![("summary", "heading.summary"), ("totals", "heading.totals")];
    if !doc.locations.is_empty() {
        toc.extend([
            ("categories", "heading.categories"),
            ("basis", "heading.basis"),
            ("classes", "heading.classes"),
            ("folders", "heading.folders_short"),
            ("locations", "heading.locations"),
            ("recommendations", "heading.recommendations"),
        ]);
    }
    if !doc.containers.is_empty() {
        toc.push(("containers", "heading.containers"));
    }
    if !s.skipped.is_empty() {
        toc.push(("skipped", "heading.skipped"));
    }
    if doc.files.iter().any(|f| !f.warnings.is_empty()) {
        toc.push(("problems", "heading.problems"));
    }
    let links: Vec<String> =
        toc.iter().map(|(id, key)| format!(r##"<a href="#{id}">{}</a>"##, t.get(key))).collect();
    writeln!(out, r#"<nav class="toc">{}</nav>"#, links.join(" "))?;
    writeln!(out, "</header>")
}

/// The scanned roots as HTML.
fn roots_html(doc: &Document) -> String {
    let roots: Vec<String> =
        doc.scan.roots.iter().map(|r| format!("<code>{}</code>", escape(&r.display()))).collect();
    roots.join(", ")
}

/// The locations the summary sheet names, largest first.
pub const SHEET_LOCATIONS: usize = 8;

/// One page to print and sign: scope, what was found, the largest locations and the
/// sign-off fields. On screen it is a section like the others; in print it stands alone
/// on the first page (`style.css`, `#summary`).
fn summary_sheet(doc: &Document, t: &Texts, out: &mut dyn Write) -> io::Result<()> {
    let s = &doc.scan;
    let d = &doc.totals;
    writeln!(out, r#"<section id="summary" class="sheet"><h2>{}</h2>"#, t.get("heading.summary"))?;
    writeln!(out, r#"<p class="note">{}</p>"#, t.get("sheet.note"))?;
    writeln!(out, r#"<dl class="meta">"#)?;
    let seconds = format!("{:.1}", s.duration_ms as f64 / 1000.0);
    let (started, finished) = (escape(&when(&s.started)), escape(&when(&s.finished)));
    let when_value = t.fill(
        "meta.when_value",
        &[("started", &started), ("finished", &finished), ("seconds", &seconds)],
    );
    let bytes = human_bytes(s.bytes_scanned);
    let files = t.fill(
        "meta.files_value",
        &[("scanned", &s.files_scanned), ("bytes", &bytes), ("skipped", &s.files_skipped)],
    );
    writeln!(
        out,
        "<dt>{}</dt><dd>{}<br>{when_value}<br>{files}</dd>",
        t.get("sheet.scope"),
        roots_html(doc)
    )?;
    let found = if doc.locations.is_empty() {
        escape(t.get("sheet.nothing"))
    } else {
        let share = percent(d.sensitive_share);
        t.fill(
            "sheet.found_value",
            &[
                ("findings", &d.findings),
                ("locations", &d.locations),
                ("files", &d.files),
                ("sensitive", &d.sensitive_findings),
                ("share", &share),
                ("minors", &d.minors),
            ],
        )
    };
    writeln!(out, "<dt>{}</dt><dd>{found}</dd>", t.get("sheet.found"))?;
    if !s.complete {
        writeln!(out, "<dt></dt><dd><strong>{}</strong></dd>", t.get("doc.incomplete"))?;
    }
    writeln!(out, "</dl>")?;
    if !doc.locations.is_empty() {
        let mut top: Vec<&Location> = doc.locations.iter().collect();
        // Sensitive first, then by findings; ties keep the document's order.
        top.sort_by_key(|l| {
            (l.sensitivity != Sensitivity::Sensitive, std::cmp::Reverse(l.findings))
        });
        writeln!(out, "<h3>{}</h3>\n<table class=\"top\">", t.get("sheet.top"))?;
        thead(
            out,
            t,
            &["column.place", "column.category", "column.class", "column.findings"],
            3..4,
        )?;
        writeln!(out, "<tbody>")?;
        for l in top.iter().take(SHEET_LOCATIONS) {
            let column = escape(&l.column_name());
            let place = if column.is_empty() {
                format!("<code>{}</code>", escape(&l.path.display()))
            } else {
                format!(
                    "<code>{}</code> <code class=\"column\">{column}</code>",
                    escape(&l.path.display())
                )
            };
            writeln!(
                out,
                r#"<tr><td class="path">{place}</td><td>{}</td><td>{}</td>{}</tr>"#,
                escape(t.category(l.category)),
                badge(t, l.sensitivity),
                num(l.findings)
            )?;
        }
        writeln!(out, "</tbody></table>")?;
    }
    writeln!(out, r#"<table class="signoff"><tbody>"#)?;
    for key in ["sheet.prepared", "sheet.reviewed"] {
        writeln!(
            out,
            r#"<tr><th scope="row">{}</th><td></td><th scope="row">{}</th><td></td><th scope="row">{}</th><td></td></tr>"#,
            t.get(key),
            t.get("sheet.date"),
            t.get("sheet.signature")
        )?;
    }
    writeln!(
        out,
        r#"<tr class="decision"><th scope="row">{}</th><td colspan="5"></td></tr>"#,
        t.get("sheet.decision")
    )?;
    writeln!(out, "</tbody></table>\n</section>")
}

fn totals(doc: &Document, t: &Texts, out: &mut dyn Write) -> io::Result<()> {
    let d = &doc.totals;
    writeln!(out, r#"<section id="totals"><h2>{}</h2>"#, t.get("heading.totals"))?;
    writeln!(out, r#"<div class="cards">"#)?;
    let card = |out: &mut dyn Write, class: &str, number: String, key: &str| {
        writeln!(
            out,
            r#"<div class="card{class}"><span class="n">{number}</span><span class="l">{}</span></div>"#,
            t.get(key)
        )
    };
    let count = |scope: &str, key: &str, n: u64| marked(scope, key, n, &n.to_string());
    card(out, "", count("total", "findings", d.findings), "total.findings")?;
    card(out, "", count("total", "locations", d.locations), "total.locations")?;
    card(out, "", count("total", "files", d.files), "total.files")?;
    let sensitive = count("total", "sensitive_findings", d.sensitive_findings);
    card(out, " sensitive", sensitive, "total.sensitive")?;
    let share = marked("total", "sensitive_share", d.sensitive_share, &percent(d.sensitive_share));
    card(out, " sensitive", share, "total.sensitive_share")?;
    card(out, "", count("total", "minors", d.minors), "total.minors")?;
    card(out, "", count("total", "test_values", d.test_values), "total.test_values")?;
    card(out, "", count("scan", "warnings", doc.scan.warnings), "total.warnings")?;
    writeln!(out, "</div>")?;
    if let Some((summary, rows)) = super::database_rows(doc, t) {
        writeln!(
            out,
            "<h3>{}</h3>\n<p>{}</p>\n<table>",
            t.get("heading.database"),
            escape(&summary)
        )?;
        thead(out, t, &super::DATABASE_COLUMN_KEYS, 1..3)?;
        writeln!(out, "<tbody>")?;
        for r in rows {
            writeln!(
                out,
                r#"<tr><td><code>{}</code></td><td class="num">{}</td><td class="num">{}</td><td>{}</td></tr>"#,
                escape(&r[0]),
                escape(&r[1]),
                escape(&r[2]),
                escape(&r[3])
            )?;
        }
        writeln!(out, "</tbody></table>")?;
    }
    if doc.locations.is_empty() {
        writeln!(out, "<p><strong>{}</strong></p>", t.get("doc.nothing"))?;
    } else {
        share_chart(doc, t, out)?;
    }
    writeln!(out, "</section>")
}

/// The findings split by class, as one stacked bar with a legend.
fn share_chart(doc: &Document, t: &Texts, out: &mut dyn Write) -> io::Result<()> {
    let total = doc.totals.findings.max(1) as f64;
    let heading = t.get("heading.share_chart");
    writeln!(out, "<h3>{heading}</h3>")?;
    writeln!(
        out,
        r#"<svg class="chart share" viewBox="0 0 {SHARE_WIDTH} 28" width="{SHARE_WIDTH}" height="28" role="img" aria-label="{heading}">"#
    )?;
    let mut x = 0.0;
    for c in &doc.sensitivity {
        let w = f64::from(SHARE_WIDTH) * c.totals.findings as f64 / total;
        let share = percent(c.totals.findings as f64 / total);
        let class = escape(t.class(c.class));
        let title = t.fill(
            "text.share_title",
            &[("class", &class), ("n", &c.totals.findings), ("share", &share)],
        );
        writeln!(
            out,
            r#"<rect class="{}" x="{x:.1}" y="2" width="{w:.1}" height="24"><title>{title}</title></rect>"#,
            c.class.name(),
        )?;
        x += w;
    }
    writeln!(out, "</svg>")?;
    write!(out, r#"<p class="legend">"#)?;
    for c in &doc.sensitivity {
        write!(
            out,
            r#"<span>{}{}: {} ({})</span>"#,
            swatch(c.class),
            escape(t.class(c.class)),
            c.totals.findings,
            percent(c.totals.findings as f64 / total),
        )?;
    }
    writeln!(out, "</p>")
}

fn categories(doc: &Document, t: &Texts, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, r#"<section id="categories"><h2>{}</h2>"#, t.get("heading.categories"))?;
    // The chart: largest first, ties in catalogue order.
    let mut rows: Vec<_> = doc.categories.iter().collect();
    rows.sort_by_key(|c| std::cmp::Reverse(c.findings));
    let max = rows.first().map_or(1, |c| c.findings.max(1)) as f64;
    let height = CHART_ROW * rows.len() as u32 + 4;
    let width = CHART_LABEL + CHART_BARS + 60;
    writeln!(
        out,
        r#"<svg class="chart bars" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-label="{}">"#,
        t.get("text.chart_label")
    )?;
    for (i, c) in rows.iter().enumerate() {
        // Each row: the name right-aligned before the bar, the count after it.
        let y = CHART_ROW * i as u32 + 2;
        let w = (f64::from(CHART_BARS) * c.findings as f64 / max).max(1.0);
        let (id, n, class) = (escape(c.category.name()), c.findings, c.sensitivity.name());
        let name = escape(t.category(c.category));
        let class_name = escape(t.class(c.sensitivity));
        let title =
            t.fill("text.chart_title", &[("name", &name), ("n", &n), ("class", &class_name)]);
        write!(out, r#"<g data-category="{id}"><title>{title}</title>"#)?;
        write!(
            out,
            r#"<text x="{}" y="{}" text-anchor="end">{name}</text>"#,
            CHART_LABEL - 8,
            y + 14
        )?;
        write!(
            out,
            r#"<rect class="{class}" x="{CHART_LABEL}" y="{}" width="{w:.1}" height="{}"/>"#,
            y + 3,
            CHART_ROW - 8
        )?;
        writeln!(
            out,
            r#"<text class="muted" x="{:.1}" y="{}">{n}</text></g>"#,
            f64::from(CHART_LABEL) + w + 6.0,
            y + 14
        )?;
    }
    writeln!(out, "</svg>")?;
    write!(out, r#"<p class="legend">"#)?;
    for class in Sensitivity::ALL {
        write!(out, r#"<span>{}{}</span>"#, swatch(*class), escape(t.class(*class)))?;
    }
    writeln!(out, "</p>")?;
    writeln!(out, r#"<div class="scroll"><table id="categories-table" class="sortable">"#)?;
    thead(out, t, &CATEGORY_COLUMNS, 2..CATEGORY_COLUMNS.len())?;
    writeln!(out, "<tbody>")?;
    for c in &doc.categories {
        writeln!(
            out,
            r#"<tr>{}<td>{}</td>{}{}{}{}{}{}{}{}{}</tr>"#,
            category_cell(t, c.category),
            badge(t, c.sensitivity),
            num(c.findings),
            distinct_cell(c.distinct, c.distinct_exact),
            num(c.files),
            num(c.locations),
            num(c.confidence.high),
            num(c.confidence.medium),
            num(c.confidence.low),
            num(c.test_values),
            num(c.minors),
        )?;
    }
    writeln!(out, "</tbody></table></div>\n</section>")
}

/// Why each category found is in its class: the basis from `patterns/sensitivity.toml`
/// (documents written before it was recorded have none, and show a note).
fn basis(doc: &Document, t: &Texts, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, r#"<section id="basis"><h2>{}</h2>"#, t.get("heading.basis"))?;
    if doc.categories.iter().all(|c| c.basis.is_empty()) {
        return writeln!(out, "<p>{}</p>\n</section>", t.get("text.no_basis"));
    }
    writeln!(out, r#"<div class="scroll"><table id="basis-table">"#)?;
    thead(out, t, &["column.category", "column.class", "column.basis"], 0..0)?;
    writeln!(out, "<tbody>")?;
    for c in &doc.categories {
        writeln!(
            out,
            "<tr>{}<td>{}</td><td>{}</td></tr>",
            category_cell(t, c.category),
            badge(t, c.sensitivity),
            escape(t.basis(c.category, &c.basis))
        )?;
    }
    writeln!(out, "</tbody></table></div>\n<p>{}</p>\n</section>", t.get("text.minors_rule"))
}

/// A table of groups of locations (classes, folders); `what` is the key of the first
/// column's name, whose cells come ready-made (escaped).
fn groups<'a>(
    out: &mut dyn Write,
    t: &Texts,
    what: &str,
    id: &str,
    rows: impl Iterator<Item = (String, &'a Group)>,
) -> io::Result<()> {
    writeln!(out, r#"<div class="scroll"><table id="{id}" class="sortable">"#)?;
    let mut keys = vec![what];
    keys.extend(GROUP_COLUMNS);
    // Every column but the group's name and its categories is a number.
    thead(out, t, &keys, 1..keys.len() - 1)?;
    writeln!(out, "<tbody>")?;
    for (name, g) in rows {
        let cats: Vec<String> = g.categories.iter().map(|c| escape(t.category(*c))).collect();
        writeln!(
            out,
            "<tr><td>{name}</td>{}{}{}{}{}<td>{}</td></tr>",
            num(g.findings),
            num(g.sensitive_findings),
            num(g.minors),
            num(g.files),
            num(g.locations),
            cats.join(", ")
        )?;
    }
    writeln!(out, "</tbody></table></div>")
}

fn locations(doc: &Document, t: &Texts, out: &mut dyn Write) -> io::Result<()> {
    let n = doc.locations.len();
    writeln!(out, r#"<section id="locations"><h2>{}</h2>"#, t.get("heading.locations"))?;
    writeln!(out, "<p class=\"note\">{}</p>", t.get("text.locations_note"))?;
    writeln!(out, r#"<div class="controls" id="location-filter" hidden>"#)?;
    writeln!(
        out,
        r#"<input type="search" name="q" placeholder="{}" aria-label="{}">"#,
        t.get("text.filter"),
        t.get("text.filter_label")
    )?;
    write!(
        out,
        r#"<select name="category" aria-label="{}"><option value="">{}</option>"#,
        t.get("column.category"),
        t.get("text.every_category")
    )?;
    for c in &doc.categories {
        write!(
            out,
            r#"<option value="{}">{}</option>"#,
            escape(c.category.name()),
            escape(t.category(c.category))
        )?;
    }
    writeln!(out, "</select>")?;
    write!(
        out,
        r#"<select name="class" aria-label="{}"><option value="">{}</option>"#,
        t.get("column.class"),
        t.get("text.every_class")
    )?;
    for c in &doc.sensitivity {
        write!(out, r#"<option value="{}">{}</option>"#, c.class.name(), escape(t.class(c.class)))?;
    }
    writeln!(out, "</select>")?;
    let shown = format!(r#"<span id="locations-shown">{n}</span>"#);
    writeln!(
        out,
        r#"<span>{}</span><span id="locations-none" hidden>{}</span>"#,
        t.fill("text.showing", &[("shown", &shown), ("n", &n)]),
        t.get("text.none_match")
    )?;
    writeln!(out, "</div>")?;
    writeln!(out, r#"<div class="scroll"><table id="locations-table" class="sortable">"#)?;
    let mut keys = vec!["column.place"];
    keys.extend(LOCATION_COLUMNS);
    // Findings, Distinct, Minors, First.
    thead(out, t, &keys, 3..7)?;
    writeln!(out, "<tbody>")?;
    for l in &doc.locations {
        location_row(l, t, out)?;
    }
    writeln!(out, "</tbody></table></div>\n</section>")
}

fn location_row(l: &Location, t: &Texts, out: &mut dyn Write) -> io::Result<()> {
    let (first, at) = match l.first_row {
        Some(r) => (t.fill("text.row", &[("n", &r)]), r),
        None => (t.fill("text.line", &[("n", &l.first_line)]), l.first_line),
    };
    let path = escape(&l.path.display());
    let column = escape(&l.column_name());
    let mut place = if column.is_empty() {
        format!("<code>{path}</code>")
    } else {
        format!(r#"<code>{path}</code><br><code class="column">{column}</code>"#)
    };
    if let Some(parts) = t.address_parts(l) {
        place.push_str(&format!(r#"<br><span class="parts">{}</span>"#, escape(&parts)));
    }
    let samples: Vec<String> =
        l.samples.iter().map(|v| format!("<code>{}</code>", escape(v))).collect();
    let advice: String = l
        .recommendations
        .iter()
        .map(|a| format!(r##"<a href="#rec-{0}">{0}</a>"##, escape(a.id())))
        .collect();
    let cat = escape(l.category.name());
    write!(
        out,
        r#"<tr data-category="{cat}" data-class="{}" data-findings="{}" data-minors="{}">"#,
        l.sensitivity.name(),
        l.findings,
        l.minors
    )?;
    write!(out, r#"<td class="path" data-v="{path} {column}">{place}</td>"#)?;
    write!(out, "{}<td>{}</td>", category_cell(t, l.category), badge(t, l.sensitivity))?;
    write!(
        out,
        "{}{}{}",
        num(l.findings),
        distinct_cell(l.distinct, l.distinct_exact),
        num(l.minors)
    )?;
    write!(out, r#"<td class="num" data-v="{at}">{first}</td>"#)?;
    writeln!(
        out,
        r#"<td class="samples">{}</td><td class="advice">{advice}</td></tr>"#,
        samples.join("<br>")
    )
}

fn recommendations(doc: &Document, t: &Texts, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        r#"<section id="recommendations"><h2>{}</h2>"#,
        t.get("heading.recommendations")
    )?;
    writeln!(out, r#"<dl class="advice">"#)?;
    for r in &doc.recommendations {
        let n = doc.locations.iter().filter(|l| l.recommendations.contains(&r.id)).count();
        writeln!(
            out,
            r#"<dt id="rec-{0}"><code>{0}</code> ({1})</dt><dd>{2}</dd>"#,
            escape(r.id.id()),
            t.count("recommendations.locations", n as u64, &[]),
            escape(t.advice(r.id))
        )?;
    }
    writeln!(out, "</dl>\n</section>")
}

/// The summary by container: what each archive, document or mail holds, nested ones
/// included.
fn containers(doc: &Document, t: &Texts, out: &mut dyn Write) -> io::Result<()> {
    if doc.containers.is_empty() {
        return Ok(());
    }
    writeln!(out, r#"<section id="containers"><h2>{}</h2>"#, t.get("heading.containers"))?;
    writeln!(out, "<p>{}</p>", t.get("text.containers_note"))?;
    writeln!(out, r#"<div class="scroll"><table id="containers-table" class="sortable">"#)?;
    thead(out, t, &super::CONTAINER_COLUMN_KEYS, 2..7)?;
    writeln!(out, "<tbody>")?;
    for (c, r) in doc.containers.iter().zip(super::container_rows(doc, t)) {
        let [path, format, entries, with, skipped, nested, findings, cats] = r.map(|c| escape(&c));
        let n = |v: u64, text: &str| format!(r#"<td class="num" data-v="{v}">{text}</td>"#);
        writeln!(
            out,
            r#"<tr><td class="path"><code>{path}</code></td><td><code>{format}</code></td>{}{}{}{}{}<td>{cats}</td></tr>"#,
            n(c.entries_scanned, &entries),
            n(c.entries_with_findings, &with),
            n(c.entries_skipped, &skipped),
            n(c.containers, &nested),
            n(c.findings, &findings),
        )?;
    }
    writeln!(out, "</tbody></table></div>")?;
    if doc.containers.len() > super::CONTAINERS_LISTED {
        let more = doc.containers.len() - super::CONTAINERS_LISTED;
        writeln!(out, r#"<p class="note">{}</p>"#, t.fill("text.more_skipped", &[("n", &more)]))?;
    }
    writeln!(out, "</section>")
}

fn skipped(doc: &Document, t: &Texts, out: &mut dyn Write) -> io::Result<()> {
    let s = &doc.scan;
    if s.skipped.is_empty() {
        return Ok(());
    }
    writeln!(out, r#"<section id="skipped"><h2>{}</h2>"#, t.get("heading.skipped"))?;
    writeln!(out, "<p>{}</p>", t.fill("text.skipped_count", &[("n", &s.files_skipped)]))?;
    writeln!(out, r#"<table id="skipped-reasons" class="sortable">"#)?;
    thead(out, t, &["column.reason", "column.files"], 1..2)?;
    writeln!(out, "<tbody>")?;
    for (reason, n) in &s.skipped_by_reason {
        writeln!(out, "<tr><td><code>{}</code></td>{}</tr>", escape(reason), num(*n))?;
    }
    writeln!(out, "</tbody></table>")?;
    writeln!(out, r#"<div class="scroll"><table id="skipped-table" class="sortable">"#)?;
    thead(out, t, &["column.file", "column.reason", "column.detail"], 0..0)?;
    writeln!(out, "<tbody>")?;
    for k in s.skipped.iter().take(SKIPS_LISTED) {
        writeln!(
            out,
            r#"<tr><td class="path"><code>{}</code></td><td><code>{}</code></td><td>{}</td></tr>"#,
            escape(&k.path.display()),
            escape(&k.reason),
            escape(&k.detail)
        )?;
    }
    writeln!(out, "</tbody></table></div>")?;
    if s.skipped.len() > SKIPS_LISTED {
        let more = s.skipped.len() - SKIPS_LISTED;
        writeln!(out, r#"<p class="note">{}</p>"#, t.fill("text.more_skipped", &[("n", &more)]))?;
    }
    writeln!(out, "</section>")
}

fn problems(doc: &Document, t: &Texts, out: &mut dyn Write) -> io::Result<()> {
    let warned: Vec<_> = doc.files.iter().filter(|f| !f.warnings.is_empty()).collect();
    if warned.is_empty() {
        return Ok(());
    }
    writeln!(out, r#"<section id="problems"><h2>{}</h2>"#, t.get("heading.problems"))?;
    writeln!(out, "<p>{}</p>", t.get("text.problems_note"))?;
    writeln!(out, r#"<div class="scroll"><table id="problems-table" class="sortable">"#)?;
    thead(out, t, &["column.file", "column.offset", "column.problem"], 1..2)?;
    writeln!(out, "<tbody>")?;
    for f in warned {
        for w in &f.warnings {
            writeln!(
                out,
                r#"<tr><td class="path"><code>{}</code></td>{}<td>{}</td></tr>"#,
                escape(&f.path.display()),
                num(w.offset),
                escape(&w.reason)
            )?;
        }
    }
    writeln!(out, "</tbody></table></div>\n</section>")
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = r#"<img src=x onerror="alert('x')">&</script>"#;

    /// A document whose scanned text tries to make markup: in a path, a table and
    /// column name, a sample, a skip's detail and an input problem.
    fn doc(skips: usize) -> Document {
        let skipped: Vec<serde_json::Value> = (0..skips)
            .map(|i| {
                serde_json::json!({"path": format!("bin/{i}.dat"), "reason": "binary",
                    "detail": HOSTILE})
            })
            .collect();
        let group = serde_json::json!({"findings": 3, "sensitive_findings": 0, "minors": 0,
            "files": 1, "locations": 1, "categories": ["cn_mobile"]});
        let mut folder = group.clone();
        folder["folder"] = serde_json::json!(format!("data/{HOSTILE}"));
        let mut class = group.clone();
        class["class"] = serde_json::json!("personal");
        let json = serde_json::json!({
            "schema_version": crate::inventory::document::SCHEMA_VERSION,
            "scan": {
                "tool": "piiscan", "version": "0.1.0",
                "started": "2026-01-02T03:04:05.123Z", "finished": "2026-01-02T03:04:06Z",
                "duration_ms": 1000, "roots": ["data"], "min_confidence": "medium",
                "detectors": ["cn_mobile.plain"], "detectors_digest": "sha256:00",
                "samples": 3, "values": "masked", "files_scanned": 2, "bytes_scanned": 2048,
                "files_skipped": skips, "skipped_by_reason": {"binary": skips},
                "skipped": skipped, "warnings": 1, "failing": 0, "findings_total": 3,
                "findings_truncated": false, "baselined": 0, "suppressed": 0,
                "test_values_ignored": 0
            },
            "totals": {"findings": 3, "locations": 1, "files": 1, "sensitive_findings": 0,
                "sensitive_share": 0.0, "minors": 0, "test_values": 0},
            "categories": [{"category": "cn_mobile", "sensitivity": "personal",
                "findings": 3, "files": 1, "locations": 1, "distinct": 2,
                "distinct_exact": false, "confidence": {"high": 3, "medium": 0, "low": 0},
                "test_values": 0, "minors": 0}],
            "sensitivity": [class],
            "folders": [folder],
            "locations": [{"path": format!("data/{HOSTILE}.csv"), "table": HOSTILE,
                "column": "o'neil\"s", "category": "cn_mobile", "sensitivity": "personal",
                "findings": 3, "distinct": 2, "distinct_exact": false,
                "confidence": {"high": 3, "medium": 0, "low": 0}, "test_values": 0,
                "minors": 0, "first_line": 2, "first_row": 1,
                "samples": ["139****5678", HOSTILE],
                "recommendations": ["minimise_column"]}],
            "recommendations": [{"id": "minimise_column", "text": "Drop it <now>."}],
            "files": [{"path": format!("data/{HOSTILE}.csv"), "bytes": 100, "findings": 3,
                "categories": [], "warnings": [{"offset": 7, "reason": HOSTILE}]}]
        });
        Document::read(json.to_string().as_bytes()).unwrap()
    }

    fn render(doc: &Document) -> String {
        let mut out = Vec::new();
        Html::default().render(doc, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The text between `open` and the next `close`.
    fn between<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
        let start = html.find(open).unwrap() + open.len();
        &html[start..start + html[start..].find(close).unwrap()]
    }

    #[test]
    fn scanned_text_cannot_make_markup() {
        assert_eq!(escape("<b>&"), "&lt;b&gt;&amp;");
        assert_eq!(escape(r#"a"b'c"#), "a&quot;b&#39;c");
        assert_eq!(escape("line\nbreak\r"), "line break ");
        assert_eq!(escape("esc\u{1b}[2J"), "esc\\u{1b}[2J");
        assert_eq!(escape("rtl\u{202e}txt"), "rtl\\u{202e}txt");
        assert_eq!(escape("客户回访记录.txt"), "客户回访记录.txt");
        let html = render(&doc(1));
        assert!(!html.contains(HOSTILE));
        assert!(!html.contains("<img"));
        assert!(!html.contains("onerror=\""));
        assert!(!html.contains("Drop it <now>"));
        let escaped = escape(HOSTILE);
        // In the location's path and table, its sample, the folder, the skip and the
        // problem.
        assert!(html.matches(escaped.as_str()).count() >= 6, "{html}");
        assert!(html.contains("o&#39;neil&quot;s"));
        // Exactly one script element, the page's own.
        assert_eq!(html.matches("<script").count(), 1);
        assert_eq!(html.matches("</script>").count(), 1);
        // The Chinese page escapes alike: the sheet names the location's path too.
        let mut out = Vec::new();
        Html { lang: Lang::Zh }.render(&doc(1), &mut out).unwrap();
        let zh = String::from_utf8(out).unwrap();
        assert!(!zh.contains(HOSTILE) && !zh.contains("<img"));
        assert!(zh.matches(escaped.as_str()).count() >= 7, "{zh}");
        assert_eq!(zh.matches("<script").count(), 1);
    }

    #[test]
    fn the_policy_forbids_loads_and_allows_only_the_pages_own_code() {
        let html = render(&doc(0));
        assert!(html.starts_with("<!DOCTYPE html>\n"));
        let csp = between(&html, r#"<meta http-equiv="Content-Security-Policy" content=""#, "\"");
        assert!(csp.starts_with("default-src 'none'; "), "{csp}");
        assert!(!csp.contains("unsafe"), "{csp}");
        let script = between(&html, "<script>", "</script>");
        let style = between(&html, "<style>", "</style>");
        assert_eq!(script, SCRIPT);
        assert_eq!(style, STYLE);
        assert!(csp.contains(&format!("script-src {}", hash_source(script))));
        assert!(csp.contains(&format!("style-src {}", hash_source(style))));
        // The CSP meta comes before anything it governs.
        assert!(html.find("Content-Security-Policy").unwrap() < html.find("<style>").unwrap());
    }

    #[test]
    fn nothing_loads_from_anywhere() {
        let html = render(&doc(3));
        assert!(!html.contains("http://") && !html.contains("https://"));
        assert!(!html.contains("url(") && !html.contains("@import"));
        // Every `<` outside the script starts one of the page's own tags (scanned text
        // has none): none loads anything, and links go to anchors in the page.
        let (before, rest) = html.split_once("<script>").unwrap();
        let after = rest.split_once("</script>").unwrap().1;
        for tag in before.split('<').skip(1).chain(after.split('<').skip(1)) {
            let tag = &tag[..tag.find('>').unwrap()];
            let name = tag.split_whitespace().next().unwrap();
            assert!(
                !["img", "link", "iframe", "object", "embed", "base", "form"].contains(&name),
                "<{tag}>"
            );
            // Attribute values are double-quoted and cannot hold a `"`: the odd parts.
            let parts: Vec<&str> = tag.split('"').collect();
            for (i, names) in parts.iter().enumerate().step_by(2) {
                for attr in [" src=", " srcset=", " action=", " on"] {
                    assert!(!names.contains(attr), "<{tag}>");
                }
                if names.ends_with(" href=") {
                    assert!(parts[i + 1].starts_with('#'), "<{tag}>");
                }
            }
        }
    }

    #[test]
    fn charts_totals_and_rows_are_marked() {
        let html = render(&doc(0));
        assert!(html.contains(r#"<svg class="chart bars""#));
        assert_eq!(html.matches(r#"<g data-category="cn_mobile">"#).count(), 1);
        assert!(html.contains(r#"<svg class="chart share""#));
        assert!(html.contains(r#"data-total="findings" data-value="3">3<"#));
        assert!(html.contains(r#"data-total="sensitive_share" data-value="0">0%<"#));
        assert!(html.contains(r#"data-scan="files_scanned" data-value="2">2<"#));
        assert!(html
            .contains(r#"<tr data-category="cn_mobile" data-class="personal" data-findings="3""#));
        // An estimate shows `~` and sorts by its number.
        assert!(html.contains(r#"<td class="num" data-v="2">~2</td>"#));
        assert!(html.contains(r#"<time datetime="2026-01-02T03:04:05.123Z">"#));
        assert!(html.contains(r##"<a href="#rec-minimise_column">"##));
        assert!(html.contains(r#"id="rec-minimise_column""#));
        // The filter shows only with the script.
        assert!(html.contains(r#"<div class="controls" id="location-filter" hidden>"#));
    }

    #[test]
    fn skipped_files_are_listed_up_to_a_cap() {
        let html = render(&doc(SKIPS_LISTED + 5));
        assert!(html.contains(r#"<section id="skipped">"#));
        let table = between(&html, r#"<table id="skipped-table""#, "</table>");
        assert_eq!(table.matches("<tr>").count(), SKIPS_LISTED + 1);
        assert!(html.contains("... and 5 more"));
        assert!(html.contains(r#"<section id="problems">"#));
    }

    #[test]
    fn an_empty_scan_says_so() {
        let mut d = doc(0);
        d.locations.clear();
        d.categories.clear();
        d.files.clear();
        let html = render(&d);
        assert!(html.contains("No personal data found."));
        assert!(!html.contains(r#"id="locations-table""#));
        assert!(!html.contains("<svg"));
        assert!(html.trim_end().ends_with("</html>"));
    }

    #[test]
    fn shares_and_times_for_people() {
        assert_eq!(percent(0.309), "31%");
        assert_eq!(percent(0.001), "&lt;1%");
        assert_eq!(percent(0.0), "0%");
        let beijing = jiff::tz::TimeZone::fixed(jiff::tz::offset(8));
        let t = "2026-11-24T17:40:05.647557946Z";
        assert_eq!(crate::report::time_in(t, &beijing), "2026-11-25 01:40:05 +08:00");
        assert_eq!(when("yesterday"), "yesterday");
    }
}
