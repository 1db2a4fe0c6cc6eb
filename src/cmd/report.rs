//! `piiscan report` and `piiscan diff`: work on saved inventories, never rescanning.

use std::io::{self, BufWriter, Read, Write};
use std::path::Path;

use anyhow::{Context, Result};

use crate::cli::args::{DiffArgs, DiffFormat, ReportArgs};
use crate::cmd::Exit;
use crate::inventory::diff::diff;
use crate::inventory::document::Document;
use crate::report;

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

/// `piiscan report FILE --format F`.
pub fn run(args: &ReportArgs) -> Result<Exit> {
    let doc = read(&args.file)?;
    let unsupported = || {
        anyhow::anyhow!(
            "--format {:?}: a saved inventory renders as human, csv, markdown or html (findings \
             formats come from a scan)",
            args.format
        )
    };
    match &args.output {
        Some(path) => {
            let mut file = report::PrivateFile::create(path)
                .with_context(|| format!("creating {}", path.display()))?;
            let mut out = BufWriter::new(file.file());
            report::render(args.format, &doc, &mut out).ok_or_else(unsupported)??;
            out.flush()?;
            drop(out);
            file.finish().with_context(|| format!("writing {}", path.display()))?;
        }
        None => {
            let mut out = BufWriter::new(io::stdout().lock());
            report::render(args.format, &doc, &mut out).ok_or_else(unsupported)??;
            out.flush()?;
        }
    }
    Ok(Exit::Success)
}

/// `piiscan diff OLD NEW`: exit 0 when nothing changed, 1 when something did (as
/// `diff` does), 2 on errors.
pub fn diff_run(args: &DiffArgs) -> Result<Exit> {
    let old = read(&args.old)?;
    let new = read(&args.new)?;
    let d = diff(&old, &new);
    let mut out = BufWriter::new(io::stdout().lock());
    match args.format {
        DiffFormat::Human => report::diff::write_human(&d, &mut out)?,
        DiffFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &d)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(if d.is_empty() { Exit::Success } else { Exit::Findings })
}
