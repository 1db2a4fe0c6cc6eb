//! Detection quality measured on data that others wrote (`bench/quality/`): column-level
//! precision and recall of the inventory's `holds` verdict on public sample databases,
//! per-value recall and precision on validator libraries' test vectors, and findings per
//! MB on real code bases that hold no personal data.
//!
//! ```sh
//! cargo build --release && cargo run --release --example quality_external
//! cargo run --release --example quality_external -- repos DIR...   # findings per MB
//! cargo run --release --example quality_external -- cluener dev.json  # Chinese running text
//! ```
//!
//! `cluener` reads CLUENER2020's labelled news sentences (JSON lines, or the same records
//! pretty-printed one after the other), which name real people and so are never
//! committed: the path is given, and only figures are printed.
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
    match args.first().map(String::as_str) {
        Some("repos") => return repos(&args[1..]),
        Some("cluener") if args.len() == 2 => return cluener(Path::new(&args[1])),
        _ => {}
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

/// One labelled entity of a CLUENER sentence: its label and its span in characters
/// (`start..end`, end exclusive).
struct Entity {
    label: String,
    start: usize,
    end: usize,
}

/// The sentences and entities of a CLUENER file (`{"text": ..., "label": {label: {entity:
/// [[start, end], ...]}}}`, ends inclusive, in characters).
fn read_cluener(path: &Path) -> Vec<(String, Vec<Entity>)> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::Deserializer::from_str(&text)
        .into_iter::<Value>()
        .map(|r| {
            let r = r.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let sentence = r["text"].as_str().unwrap_or_default().replace(['\n', '\r'], " ");
            let mut entities = Vec::new();
            for (label, names) in r["label"].as_object().into_iter().flatten() {
                for spans in names.as_object().into_iter().flat_map(|o| o.values()) {
                    for span in spans.as_array().into_iter().flatten() {
                        let at = |i: usize| span[i].as_u64().unwrap_or_default() as usize;
                        entities.push(Entity {
                            label: label.clone(),
                            start: at(0),
                            end: at(1) + 1,
                        });
                    }
                }
            }
            (sentence, entities)
        })
        .collect()
}

/// Per-label figures on CLUENER: recall and precision of `person_name` findings against
/// the `name` entities (a finding is right when it overlaps one), and which categories are
/// found on the spans of every other label.
fn cluener(path: &Path) {
    let sentences = read_cluener(path);
    let work = std::env::temp_dir().join(format!("piiscan-cluener-{}", std::process::id()));
    std::fs::create_dir_all(&work).unwrap();
    let input = work.join("cluener.txt");
    let mut file = String::new();
    for (s, _) in &sentences {
        file.push_str(s);
        file.push('\n');
    }
    std::fs::write(&input, &file).unwrap();
    let inventory = scan(&input);
    let _ = std::fs::remove_dir_all(&work);
    // Each finding as (sentence index, start..end in characters, category).
    let findings: Vec<(usize, usize, usize, String)> = inventory["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| {
            let line = f["line"].as_u64()? as usize;
            let (start, end) = (f["start"].as_u64()? as usize, f["end"].as_u64()? as usize);
            let col = f["col"].as_u64()? as usize - 1;
            let chars = file.get(start..end)?.chars().count();
            Some((line - 1, col, col + chars, f["category"].as_str()?.to_string()))
        })
        .collect();
    let overlaps = |a: usize, b: usize, e: &Entity| a < e.end && e.start < b;
    // Names: recall over the labelled names, precision over the person_name findings.
    let (mut names, mut names_found) = (0, 0);
    let mut wrong_by_label: BTreeMap<String, usize> = BTreeMap::new();
    let (mut person, mut person_right) = (0, 0);
    for (i, (_, entities)) in sentences.iter().enumerate() {
        for e in entities.iter().filter(|e| e.label == "name") {
            names += 1;
            if findings.iter().any(|f| f.0 == i && f.3 == "person_name" && overlaps(f.1, f.2, e)) {
                names_found += 1;
            }
        }
    }
    for f in findings.iter().filter(|f| f.3 == "person_name") {
        person += 1;
        let hit: Vec<&Entity> = sentences[f.0].1.iter().filter(|e| overlaps(f.1, f.2, e)).collect();
        if hit.iter().any(|e| e.label == "name") {
            person_right += 1;
        } else {
            let label = hit.first().map_or("(no entity)", |e| e.label.as_str());
            *wrong_by_label.entry(label.to_string()).or_default() += 1;
        }
    }
    println!("## CLUENER2020 ({} sentences, {})\n", sentences.len(), path.display());
    println!("| `name` entities | found by `person_name` | recall | `person_name` findings | on a name | precision |");
    println!("| ---: | ---: | ---: | ---: | ---: | ---: |");
    let precision = if person == 0 {
        "n/a".to_string()
    } else {
        format!("{:.3}", external::ratio(person_right, person))
    };
    println!(
        "| {names} | {names_found} | {:.3} | {person} | {person_right} | {precision} |\n",
        external::ratio(names_found, names),
    );
    let wrong: Vec<String> = wrong_by_label.iter().map(|(k, v)| format!("{k} {v}")).collect();
    println!(
        "`person_name` findings on no name, by the entity they overlap: {}\n",
        wrong.join(", ")
    );
    // Every label: its spans and the categories found on them.
    let mut labels: BTreeMap<&str, (usize, BTreeMap<&str, usize>)> = BTreeMap::new();
    for (i, (_, entities)) in sentences.iter().enumerate() {
        for e in entities {
            let entry = labels.entry(e.label.as_str()).or_default();
            entry.0 += 1;
            let mut cats: Vec<&str> = findings
                .iter()
                .filter(|f| f.0 == i && overlaps(f.1, f.2, e))
                .map(|f| f.3.as_str())
                .collect();
            cats.sort_unstable();
            cats.dedup();
            for c in cats {
                *entry.1.entry(c).or_default() += 1;
            }
        }
    }
    println!("| label | spans | spans with a finding, by category |");
    println!("| --- | ---: | --- |");
    for (label, (n, cats)) in &labels {
        let cats: Vec<String> = cats.iter().map(|(k, v)| format!("{k} {v}")).collect();
        println!("| {label} | {n} | {} |", cats.join(", "));
    }
    let outside = findings
        .iter()
        .filter(|f| !sentences[f.0].1.iter().any(|e| overlaps(f.1, f.2, e)))
        .fold(BTreeMap::<&str, usize>::new(), |mut m, f| {
            *m.entry(f.3.as_str()).or_default() += 1;
            m
        });
    let outside: Vec<String> = outside.iter().map(|(k, v)| format!("{k} {v}")).collect();
    println!("\nFindings on no labelled entity: {}", outside.join(", "));
    if std::env::var_os("CLUENER_SHOW").is_some() {
        // The wrong person_name findings in their sentence, to classify by hand (raw text
        // of the data set: printed only when asked, never committed).
        for f in findings.iter().filter(|f| f.3 == "person_name") {
            let (s, entities) = &sentences[f.0];
            if !entities.iter().any(|e| e.label == "name" && overlaps(f.1, f.2, e)) {
                let chars: Vec<char> = s.chars().collect();
                let value: String =
                    chars[f.1.min(chars.len())..f.2.min(chars.len())].iter().collect();
                println!("wrong\t{value}\t{s}");
            }
        }
        for (i, (s, entities)) in sentences.iter().enumerate() {
            for e in entities.iter().filter(|e| e.label == "name") {
                if !findings
                    .iter()
                    .any(|f| f.0 == i && f.3 == "person_name" && overlaps(f.1, f.2, e))
                {
                    let name: String = s.chars().skip(e.start).take(e.end - e.start).collect();
                    println!("missed\t{name}\t{s}");
                }
            }
        }
    }
}
