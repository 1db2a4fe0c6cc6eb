//! `piiscan report` and `piiscan diff`: work on saved inventories, never rescanning.

use std::io::{self, BufWriter, Read, Write};
use std::path::Path;

use anyhow::{Context, Result};

use crate::cli::args::{DiffArgs, DiffFormat, GlobalArgs, ReportArgs, ReportFormat};
use crate::cmd::{self, Exit, Output};
use crate::inventory::diff::diff;
use crate::inventory::document::Document;
use crate::report::{self, Format};

/// Reads a saved inventory (`-`: standard input).
fn read(path: &Path) -> Result<Document> {
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        io::stdin().read_to_end(&mut bytes).context("reading standard input")?;
    } else {
        bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    }
    Document::read(&bytes).with_context(|| format!("{}", path.display()))
}

/// The format `report` writes: `--format`, else the extension of `-o FILE` (one of the
/// formats a saved inventory renders as), else human.
fn report_format(args: &ReportArgs) -> Result<ReportFormat> {
    if let Some(f) = args.format {
        return Ok(f);
    }
    let Some(path) = &args.output else { return Ok(ReportFormat::Human) };
    Ok(match Format::from_extension(path) {
        None | Some(Format::Human) => ReportFormat::Human,
        Some(Format::Csv) => ReportFormat::Csv,
        Some(Format::Markdown) => ReportFormat::Markdown,
        Some(Format::Html) => ReportFormat::Html,
        Some(_) => anyhow::bail!(
            "-o {}: a saved inventory renders as human (.txt), csv, markdown (.md) or html; \
             json and sarif list findings, which only a scan writes (`piiscan scan -o FILE`)",
            path.display()
        ),
    })
}

/// `piiscan report FILE [--format F] [-o OUT]`.
pub fn run(args: &ReportArgs, g: &GlobalArgs) -> Result<Exit> {
    let format = report_format(args)?;
    let doc = read(&args.file)?;
    let mut output = Output::open(args.output.as_deref())?;
    let mut out = BufWriter::new(output.writer()?);
    if format == ReportFormat::Human && args.output.is_none() && cmd::color_stdout(g) {
        report::human::render_styled(&doc, &mut out, true, args.lang)?;
    } else {
        let opts = report::Options { csv_bom: !args.no_bom, lang: args.lang };
        report::render(format.into(), &doc, opts, &mut out)
            .expect("a saved inventory renders as it")?;
    }
    out.flush()?;
    drop(out);
    output.finish()?;
    Ok(Exit::Success)
}

/// `piiscan diff OLD NEW`: exit 0 when nothing changed, 1 when something did (as
/// `diff` does), 2 on errors. Paths are compared relative to each scan's root; a note
/// on standard error says when the roots differ.
pub fn diff_run(args: &DiffArgs, g: &GlobalArgs) -> Result<Exit> {
    let format = match (args.format, &args.output) {
        (Some(f), _) => f,
        (None, Some(p)) => match Format::from_extension(p) {
            Some(Format::Json) => DiffFormat::Json,
            Some(Format::Markdown) => DiffFormat::Markdown,
            Some(Format::Html) => DiffFormat::Html,
            _ => DiffFormat::Human,
        },
        (None, None) => DiffFormat::Human,
    };
    let old = read(&args.old)?;
    let new = read(&args.new)?;
    let d = diff(&old, &new);
    // The other formats say it in their heading.
    if d.roots_differ && format == DiffFormat::Json {
        cmd::notice(
            g,
            &format!(
                "the scans have different roots ({} and {}): paths are compared relative to \
                 their roots",
                report::diff::roots(&d.old),
                report::diff::roots(&d.new)
            ),
        );
    }
    let mut output = Output::open(args.output.as_deref())?;
    let mut out = BufWriter::new(output.writer()?);
    match format {
        DiffFormat::Human => report::diff::write_human(&d, &mut out, args.lang)?,
        DiffFormat::Json => {
            let mut safe = BufWriter::new(report::SafeJson::new(&mut out));
            serde_json::to_writer_pretty(&mut safe, &d)?;
            writeln!(safe)?;
            safe.flush()?;
        }
        DiffFormat::Markdown => report::diff::write_markdown(&d, &mut out, args.lang)?,
        DiffFormat::Html => report::diff::write_html(&d, &mut out, args.lang)?,
    }
    out.flush()?;
    drop(out);
    output.finish()?;
    Ok(if d.is_empty() { Exit::Success } else { Exit::Findings })
}
