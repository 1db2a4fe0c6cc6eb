//! `piiscan merge PART...`: reads the partial inventories (each bounded by `--max-part`),
//! merges them ([`inventory::merge`](crate::inventory::merge)) and writes the result in
//! any report format. Exit 0 when merged, 2 on any error (a part that does not read,
//! parts that do not match or overlap). Parts made with `--fail-on` make the merge the
//! gate of the whole scan ([`gate`]): 1 when the merged scan has failing findings, 2 when
//! it cannot vouch for the whole (a part interrupted, a shard missing, files not
//! scanned, unless `--allow-skips`).

use std::io::{BufWriter, Read, Write};
use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result};
use serde::Deserialize;

use crate::cli::args::{GlobalArgs, MergeArgs, MergeFormat};
use crate::cmd::{self, Exit, Output};
use crate::inventory::document::Document;
use crate::inventory::merge::{self, Part};
use crate::inventory::{Finding, Inventory, ScanMeta, Skip, SkipReason, Suppressed, Tally};
use crate::report::{self, Format};

/// The listed findings of a part (the document's other keys are read by
/// [`Document::read`]).
#[derive(Deserialize)]
struct Lists {
    #[serde(default)]
    findings: Vec<Finding>,
    #[serde(default)]
    suppressed: Vec<Suppressed>,
}

/// Reads one part, refusing one larger than `max` bytes; every error names the file.
fn read_part(path: &Path, max: u64) -> Result<Part> {
    let name = crate::source::display_path(path);
    let file = std::fs::File::open(path).with_context(|| format!("reading {name}"))?;
    let mut bytes = Vec::new();
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .with_context(|| format!("reading {name}"))?;
    if bytes.len() as u64 > max {
        anyhow::bail!("{name}: larger than --max-part ({max} bytes)");
    }
    let doc = Document::read(&bytes).with_context(|| name.clone())?;
    let lists: Lists = serde_json::from_slice(&bytes)
        .map_err(crate::inventory::document::ReadError::from)
        .with_context(|| format!("{name}: its findings"))?;
    Ok(Part { name, doc, findings: lists.findings, suppressed: lists.suppressed })
}

/// The format: `--format`, else the extension of `-o FILE`, else human.
fn format(args: &MergeArgs) -> MergeFormat {
    if let Some(f) = args.format {
        return f;
    }
    match args.output.as_deref().and_then(Format::from_extension) {
        Some(Format::Json) => MergeFormat::Json,
        Some(Format::Csv) => MergeFormat::Csv,
        Some(Format::Markdown) => MergeFormat::Markdown,
        Some(Format::Html) => MergeFormat::Html,
        Some(Format::Sarif) => MergeFormat::Sarif,
        _ => MergeFormat::Human,
    }
}

/// `piiscan merge PART... [--format F] [-o FILE]`.
pub fn run(args: &MergeArgs, g: &GlobalArgs) -> Result<Exit> {
    let max = crate::cli::config::parse_size(&args.max_part).context("--max-part")?;
    let format = format(args);
    let mut parts = Vec::with_capacity(args.parts.len());
    for p in &args.parts {
        parts.push(read_part(p, max)?);
    }
    let merged = merge::merge(parts, args.allow_mismatch)?;
    for note in &merged.notes {
        cmd::notice(g, note);
    }
    let exit = gate(&merged.doc, args.allow_skips);
    let mut output = Output::open(args.output.as_deref())?;
    let mut out = BufWriter::new(output.writer()?);
    if format == MergeFormat::Human && args.output.is_none() && cmd::color_stdout(g) {
        report::human::render_styled(&merged.doc, &mut out, true, args.lang)?;
    } else {
        let opts = report::Options { csv_bom: !args.no_bom, lang: args.lang };
        let inv = inventory(&merged.doc, merged.findings, merged.suppressed);
        report::write(format.into(), &inv, &merged.doc, opts, &mut out)?;
    }
    out.flush()?;
    drop(out);
    output.finish()?;
    if let Err(why) = &exit {
        // Said even with `--quiet`, as a scan's fail-closed gate says it.
        eprintln!("piiscan: {}", crate::mask::sanitize(why));
    }
    Ok(exit.unwrap_or(Exit::Error))
}

/// The exit code of a merge whose parts were made with `--fail-on`, as the full scan's
/// would be ([`scan::exit_code`](crate::cmd::scan::exit_code)): 1 when a merged finding
/// fails the gate, else 0; an `Err` (exit 2, with the reason) when the merged inventory
/// cannot vouch for the whole scan: a part was interrupted, or, unless `allow_skips`, a
/// shard is missing or a file went unscanned for cause. Without `--fail-on` in the parts
/// a merge is a report: 0.
pub fn gate(doc: &Document, allow_skips: bool) -> Result<Exit, String> {
    let s = &doc.scan;
    if s.fail_on.is_none() {
        return Ok(Exit::Success);
    }
    if !s.complete {
        return Err("a part was interrupted: the merged gate (--fail-on) fails closed".into());
    }
    if !allow_skips {
        let missing = s.merged.as_ref().map_or(&[][..], |m| &m.missing_shards[..]);
        if !missing.is_empty() {
            let list: Vec<String> = missing.iter().map(u32::to_string).collect();
            return Err(format!(
                "shard(s) {} missing: the merged gate (--fail-on) fails closed; \
                 --allow-skips accepts them",
                list.join(", ")
            ));
        }
        let unscanned: u64 = s
            .skipped_by_reason
            .iter()
            .filter(|(reason, _)| {
                SkipReason::from_name(reason).is_some_and(SkipReason::hides_content)
            })
            .map(|(_, n)| n)
            .sum();
        if unscanned > 0 {
            return Err(format!(
                "{unscanned} file(s) not scanned in the parts: the merged gate (--fail-on) \
                 fails closed; --allow-skips accepts them"
            ));
        }
    }
    Ok(if s.failing > 0 { Exit::Findings } else { Exit::Success })
}

/// The inventory the findings-based formats (json, sarif) write: the merged document's
/// metadata and counts, with the listed findings. Detectors are described from this
/// piiscan's catalogue; ids it does not know get a generic rule from the SARIF writer.
fn inventory(doc: &Document, findings: Vec<Finding>, suppressed: Vec<Suppressed>) -> Inventory {
    let s = &doc.scan;
    let catalog = crate::detect::Catalog::embedded();
    let rules = crate::cmd::scan::rules(&catalog)
        .into_iter()
        .filter(|r| s.detectors.contains(&r.id))
        .collect();
    let path =
        |p: &crate::inventory::document::DocPath| crate::source::path_from_bytes(p.to_bytes());
    Inventory {
        meta: ScanMeta {
            // One string for the life of the process.
            version: Box::leak(s.version.clone().into_boxed_str()),
            started: s.started.clone(),
            finished: s.finished.clone(),
            duration_ms: s.duration_ms,
            roots: s.roots.iter().map(path).collect(),
            detectors: s.detectors.clone(),
            detectors_digest: s.detectors_digest.clone(),
            sensitivity: doc.categories.iter().map(|c| (c.category, c.sensitivity)).collect(),
            basis: doc.categories.iter().map(|c| (c.category, c.basis.clone())).collect(),
            samples: s.samples,
            values: s.values,
            rules,
            min_confidence: s.min_confidence,
            fail_on: s.fail_on,
            config_file: s.config.as_ref().map(path),
            baseline_file: s.baseline.as_ref().map(path),
            complete: s.complete,
            cache_used: s.files_cached.is_some(),
            shard: None,
            distinct_key: s.distinct_key.clone(),
        },
        tally: Tally {
            files_scanned: s.files_scanned,
            bytes_scanned: s.bytes_scanned,
            files_cached: s.files_cached.unwrap_or(0),
            files: Vec::new(),
            skips: s
                .skipped
                .iter()
                .filter_map(|k| {
                    Some(Skip {
                        path: Arc::from(path(&k.path)),
                        reason: SkipReason::from_name(&k.reason)?,
                        detail: k.detail.clone(),
                    })
                })
                .collect(),
            findings,
            suppressed,
            suppressed_total: s.suppressed,
            baselined: s.baselined,
            test_values_ignored: s.test_values_ignored,
            failing: s.failing,
            findings_total: s.findings_total,
            // The merged document carries its containers' rows.
            containers: Vec::new(),
            containers_closed: 0,
            findings_bound: None,
        },
        database: doc.database.clone(),
    }
}
