//! `piiscan detectors list` and `piiscan detectors check`.

use std::io::{self, Write};

use anyhow::Result;
use serde::Serialize;

use crate::cli::args::{CheckArgs, ListArgs, ListFormat};
use crate::cmd::Exit;
use crate::detect::catalog::{Catalog, CatalogError};
use crate::detect::lint::{self, Stage};
use crate::detect::Engine;
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

/// Checks detector directories (with the built-ins) in stages and prints every problem
/// with its stage: the files load, each detector alone proves itself on its examples,
/// then all of them together do. A stage that cannot run (nothing loaded) is said to be
/// skipped.
pub fn check(args: &CheckArgs) -> Result<Exit> {
    let env = Env::now();
    let print = |stage: Stage, kind: &str, problems: &[crate::detect::catalog::Problem]| {
        for p in problems {
            eprintln!("{kind}: [{}] {}", stage.name(), crate::mask::sanitize(&p.to_string()));
        }
    };
    let catalog = match Catalog::with_dirs(&args.dirs) {
        Ok(c) => c,
        Err(CatalogError(problems)) => {
            print(Stage::Load, "error", &problems);
            println!(
                "stage load: failed, {} error(s); stages alone and together skipped",
                problems.len()
            );
            return Ok(Exit::Error);
        }
    };
    let n = catalog.detectors().len();
    println!("stage load: ok, {n} detectors");
    let alone = lint::check_alone(&catalog, env);
    print(Stage::Alone, "error", &alone.errors);
    println!("stage alone: {}", verdict(alone.errors.len(), 0));
    let engine = Engine::new(catalog, env)?;
    let together = lint::check_examples(&engine);
    print(Stage::Together, "error", &together.errors);
    print(Stage::Together, "warning", &together.warnings);
    println!("stage together: {}", verdict(together.errors.len(), together.warnings.len()));
    let errors = alone.errors.len() + together.errors.len();
    let failed = errors > 0 || (args.warnings_as_errors && !together.warnings.is_empty());
    println!("checked {n} detectors: {errors} error(s), {} warning(s)", together.warnings.len());
    Ok(if failed { Exit::Error } else { Exit::Success })
}

/// A stage's outcome for the summary lines.
fn verdict(errors: usize, warnings: usize) -> String {
    match (errors, warnings) {
        (0, 0) => "ok".to_string(),
        (0, w) => format!("ok, {w} warning(s)"),
        (e, w) => format!("failed, {e} error(s), {w} warning(s)"),
    }
}
