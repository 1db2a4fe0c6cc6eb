//! Detection quality measured on data that others wrote (`bench/quality/`): column-level
//! precision and recall of the inventory's `holds` verdict on public sample databases,
//! per-value recall and precision on validator libraries' test vectors, and findings per
//! MB on real code bases that hold no personal data.
//!
//! ```sh
//! cargo build --release && cargo run --release --example quality_external
//! cargo run --release --example quality_external -- repos DIR...   # findings per MB
//! ```
//!
//! The scans run the built binary (`target/release/piiscan`, or `PIISCAN=path`) with
//! `--format json`; the scoring is `examples/common/external.rs`, shared with the test.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

#[path = "common/external.rs"]
mod external;

fn piiscan() -> PathBuf {
    std::env::var_os("PIISCAN").map_or_else(|| PathBuf::from("target/release/piiscan"), Into::into)
}

fn scan(path: &Path) -> Value {
    let out = Command::new(piiscan())
        .args(["scan", "--format", "json", "--no-ignore", "--hidden"])
        .arg(path)
        .output()
        .unwrap_or_else(|e| {
            panic!("{}: {e} (build it with cargo build --release)", piiscan().display())
        });
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stderr)))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("repos") {
        repos(&args[1..]);
        return;
    }
    let bench = Path::new(external::BENCH_DIR);
    let sources = external::score_sources(bench, &scan);
    println!("## Columns (`holds` verdict)\n\n{}", external::column_table(&sources));
    let work = std::env::temp_dir().join(format!("piiscan-quality-{}", std::process::id()));
    std::fs::create_dir_all(&work).unwrap();
    let vectors = external::score_vectors(bench, &work, &scan);
    let _ = std::fs::remove_dir_all(&work);
    println!("## Test vectors (medium+)\n\n{}", external::vector_table(&vectors));
}

/// Findings per MB on trees that hold no real personal data, per category, and a sample of
/// findings (masked, as piiscan prints them) to classify by hand.
fn repos(dirs: &[String]) {
    println!("| tree | MB | findings | per MB | person_name | by category |");
    println!("| --- | ---: | ---: | ---: | ---: | --- |");
    let mut samples = Vec::new();
    for dir in dirs {
        let inv = scan(Path::new(dir));
        let mb = inv["scan"]["bytes_scanned"].as_f64().unwrap_or_default() / 1e6;
        let total = inv["scan"]["findings_total"].as_u64().unwrap_or_default();
        let mut by_cat: BTreeMap<String, u64> = BTreeMap::new();
        for c in inv["categories"].as_array().into_iter().flatten() {
            let cat = c["category"].as_str().unwrap_or_default().to_string();
            by_cat.insert(cat, c["findings"].as_u64().unwrap_or_default());
        }
        let names = by_cat.get("person_name").copied().unwrap_or_default();
        let cats: Vec<String> = by_cat.iter().map(|(k, v)| format!("{k} {v}")).collect();
        let name = Path::new(dir).file_name().map_or(dir.clone(), |n| n.to_string_lossy().into());
        println!(
            "| {name} | {mb:.1} | {total} | {:.2} | {names} | {} |",
            total as f64 / mb.max(1e-9),
            cats.join(", ")
        );
        // Every 1 in N findings, N chosen for about 25 per tree: a sample to classify.
        let findings = inv["findings"].as_array().cloned().unwrap_or_default();
        let step = (findings.len() / 25).max(1);
        for f in findings.iter().step_by(step).take(25) {
            samples.push(format!(
                "{name}\t{}:{}\t{}\t{}\t{}\t{}",
                f["path"]
                    .as_str()
                    .unwrap_or_default()
                    .strip_prefix(dir.as_str())
                    .unwrap_or_default(),
                f["line"],
                f["category"].as_str().unwrap_or_default(),
                f["detector"].as_str().unwrap_or_default(),
                f["confidence"].as_str().unwrap_or_default(),
                f["value"].as_str().unwrap_or_default(),
            ));
        }
    }
    println!("\n# sample: tree, path:line, category, detector, confidence, masked value");
    for s in samples {
        println!("{s}");
    }
}
