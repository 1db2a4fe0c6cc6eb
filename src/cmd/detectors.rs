//! `piiscan detectors list` and `piiscan detectors check`.

use std::io::{self, Write};

use anyhow::Result;
use serde::Serialize;

use crate::cli::args::{CheckArgs, ListArgs, ListFormat};
use crate::cmd::Exit;
use crate::detect::catalog::{Catalog, CatalogError};
use crate::detect::{lint, Engine};
use crate::validate::Env;

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    category: &'a str,
    name: &'a str,
    confidence: &'a str,
    validator: Option<&'a str>,
    priority: i32,
    requires_context: bool,
    source: &'a str,
}

/// Lists the detectors.
pub fn list(args: &ListArgs) -> Result<Exit> {
    let catalog = Catalog::with_dirs(&args.patterns)?;
    let rows: Vec<Row> = catalog
        .detectors()
        .iter()
        .map(|d| Row {
            id: d.id(),
            category: d.category().name(),
            name: &d.def.name,
            confidence: d.def.confidence.name(),
            validator: d.def.validator.as_deref(),
            priority: d.def.priority,
            requires_context: d.def.requires_context,
            source: &d.source,
        })
        .collect();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    match args.format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &rows)?;
            writeln!(out)?;
        }
        ListFormat::Human => {
            let w_id = rows.iter().map(|r| r.id.len()).max().unwrap_or(2).max(2);
            let w_cat = rows.iter().map(|r| r.category.len()).max().unwrap_or(8).max(8);
            writeln!(
                out,
                "{:w_id$}  {:w_cat$}  {:10}  {:10}  NAME",
                "ID", "CATEGORY", "CONFIDENCE", "VALIDATOR"
            )?;
            for r in &rows {
                writeln!(
                    out,
                    "{:w_id$}  {:w_cat$}  {:10}  {:10}  {}",
                    r.id,
                    r.category,
                    r.confidence,
                    r.validator.unwrap_or("-"),
                    r.name
                )?;
            }
        }
    }
    Ok(Exit::Success)
}

/// Checks detector directories (with the built-ins) and prints every problem.
pub fn check(args: &CheckArgs) -> Result<Exit> {
    let catalog = match Catalog::with_dirs(&args.dirs) {
        Ok(c) => c,
        Err(CatalogError(problems)) => {
            for p in &problems {
                eprintln!("error: {}", crate::mask::sanitize(&p.to_string()));
            }
            eprintln!("{} error(s)", problems.len());
            return Ok(Exit::Error);
        }
    };
    let n = catalog.detectors().len();
    let engine = Engine::new(catalog, Env::now())?;
    let report = lint::check_examples(&engine);
    for p in &report.errors {
        eprintln!("error: {}", crate::mask::sanitize(&p.to_string()));
    }
    for p in &report.warnings {
        eprintln!("warning: {}", crate::mask::sanitize(&p.to_string()));
    }
    let failed =
        !report.errors.is_empty() || (args.warnings_as_errors && !report.warnings.is_empty());
    println!(
        "checked {n} detectors: {} error(s), {} warning(s)",
        report.errors.len(),
        report.warnings.len()
    );
    Ok(if failed { Exit::Error } else { Exit::Success })
}
