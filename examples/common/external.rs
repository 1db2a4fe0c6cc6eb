//! Scoring of piiscan's JSON inventory against the external quality benchmark in
//! `bench/quality/`: data that others wrote (public sample databases, validator libraries'
//! test vectors), labelled by hand or by the source library, never by piiscan.
//!
//! Shared by `examples/quality_external.rs` (the full table, and findings per MB on real
//! code bases) and `tests/external_quality.rs` (floors on the committed data). Both hand in
//! a function that runs `piiscan scan --format json` on a path and returns the document.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value;

/// The benchmark's directory, relative to the crate root.
pub const BENCH_DIR: &str = "bench/quality";

/// The label of a column that is not scored (its content is mixed or debatable).
const IGNORE: &str = "ignore";

/// One hand-written labels file (`bench/quality/labels/*.toml`).
#[derive(Debug, Deserialize)]
pub struct Labels {
    /// The file's stem: the source's name in the tables.
    #[serde(skip)]
    pub source: String,
    /// Files under `bench/quality/data/` that hold these tables.
    pub files: Vec<String>,
    /// Table → column → canonical category, `ignore`; a column not listed is `none`.
    pub columns: BTreeMap<String, BTreeMap<String, String>>,
}

/// Reads every labels file, in name order.
pub fn load_labels(bench: &Path) -> Vec<Labels> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(bench.join("labels"))
        .expect("bench/quality/labels")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            let mut l: Labels =
                toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            l.source = p.file_stem().unwrap().to_string_lossy().into_owned();
            l
        })
        .collect()
}

/// Column-level counts of the `holds` verdict against the labels.
#[derive(Debug, Default, Clone)]
pub struct ColumnScore {
    /// Labelled columns (category other than `none`/`ignore`) summed over the files.
    pub positives: usize,
    /// A column holds its labelled category.
    pub tp: usize,
    /// A column holds a category that is not its label (or it is labelled `none`).
    pub fp: usize,
    /// A labelled column does not hold its category.
    pub fn_: usize,
    /// What went wrong, keyed `table.column: what`, with the number of files it happened in.
    pub errors: BTreeMap<String, usize>,
}

impl ColumnScore {
    /// Share of `holds` verdicts that are right (1 when there is none).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// Share of labelled columns whose `holds` verdict was given.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    fn add(&mut self, other: &ColumnScore) {
        self.positives += other.positives;
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
        for (k, v) in &other.errors {
            *self.errors.entry(k.clone()).or_default() += v;
        }
    }
}

pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores one file's locations (from an inventory) against its labels.
pub fn score_file(labels: &Labels, file: &str, inventory: &Value) -> ColumnScore {
    let mut holds: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for loc in inventory["locations"].as_array().into_iter().flatten() {
        let path = loc["path"].as_str().unwrap_or_default();
        if !Path::new(path).ends_with(file) || loc["holds"] != Value::Bool(true) {
            continue;
        }
        let (Some(t), Some(c)) = (loc["table"].as_str(), loc["column"].as_str()) else {
            continue;
        };
        let cat = loc["category"].as_str().unwrap_or_default().to_string();
        holds.entry((t.to_string(), c.to_string())).or_default().push(cat);
    }
    let mut s = ColumnScore::default();
    for (table, cols) in &labels.columns {
        for (col, label) in cols {
            if label == IGNORE || label == "none" {
                continue;
            }
            s.positives += 1;
            let found = holds.get(&(table.clone(), col.clone()));
            if found.is_some_and(|cats| cats.contains(label)) {
                s.tp += 1;
            } else {
                s.fn_ += 1;
                *s.errors.entry(format!("{table}.{col}: {label} missed")).or_default() += 1;
            }
        }
    }
    for ((table, col), cats) in &holds {
        let label = labels.columns.get(table).and_then(|c| c.get(col)).map_or("none", |l| l);
        if label == IGNORE {
            continue;
        }
        for cat in cats.iter().filter(|c| *c != label) {
            s.fp += 1;
            *s.errors.entry(format!("{table}.{col}: {cat} but is {label}")).or_default() += 1;
        }
    }
    s
}

/// One row of the column table: a source's files, each scored, and their sum.
pub struct SourceScore {
    pub source: String,
    pub per_file: Vec<(String, ColumnScore)>,
    pub total: ColumnScore,
}

/// Scans the data directory once and scores every labels file.
pub fn score_sources(bench: &Path, scan: &dyn Fn(&Path) -> Value) -> Vec<SourceScore> {
    let inventory = scan(&bench.join("data"));
    load_labels(bench)
        .into_iter()
        .map(|labels| {
            let mut total = ColumnScore::default();
            let mut per_file = Vec::new();
            for file in &labels.files {
                let s = score_file(&labels, file, &inventory);
                total.add(&s);
                per_file.push((file.clone(), s));
            }
            SourceScore { source: labels.source.clone(), per_file, total }
        })
        .collect()
}

/// The column table (Markdown), one row per file and a total per source, then the errors.
pub fn column_table(scores: &[SourceScore]) -> String {
    let mut out = String::from(
        "| source | file | labelled | TP | FP | FN | precision | recall |\n\
         | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    let mut all = ColumnScore::default();
    for s in scores {
        for (file, f) in &s.per_file {
            let _ = writeln!(
                out,
                "| {} | `{file}` | {} | {} | {} | {} | {:.3} | {:.3} |",
                s.source,
                f.positives,
                f.tp,
                f.fp,
                f.fn_,
                f.precision(),
                f.recall()
            );
        }
        let t = &s.total;
        let _ = writeln!(
            out,
            "| **{}** | all | {} | {} | {} | {} | **{:.3}** | **{:.3}** |",
            s.source,
            t.positives,
            t.tp,
            t.fp,
            t.fn_,
            t.precision(),
            t.recall()
        );
        all.add(t);
    }
    let _ = writeln!(
        out,
        "| **all** | | {} | {} | {} | {} | **{:.3}** | **{:.3}** |",
        all.positives,
        all.tp,
        all.fp,
        all.fn_,
        all.precision(),
        all.recall()
    );
    out.push_str("\nColumn errors (in how many files):\n");
    for s in scores {
        for (e, n) in &s.total.errors {
            let _ = writeln!(out, "  {}: {e} ({n}/{})", s.source, s.per_file.len());
        }
    }
    out
}

/// One validator-library vector: the expected category and the library's verdict.
pub struct Vector {
    pub category: String,
    pub valid: bool,
    pub value: String,
}

/// Reads a vectors file (`category<TAB>valid|invalid<TAB>value<TAB>origin`).
pub fn load_vectors(path: &Path) -> Vec<Vector> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Vector { category: f[0].to_string(), valid: f[1] == "valid", value: f[2].to_string() }
        })
        .collect()
}

/// The keyword written before a value of a category whose detector requires one for some
/// of the library's forms (all-digit credit codes); other values stand alone on their line.
fn keyword(category: &str) -> &'static str {
    match category {
        "cn_uscc" => "统一社会信用代码：",
        _ => "",
    }
}

/// Per-value counts on one vectors file, at the scan's default confidence (medium+).
#[derive(Debug, Default, Clone)]
pub struct VectorScore {
    pub file: String,
    pub valid: usize,
    pub valid_found: usize,
    pub invalid: usize,
    pub invalid_reported: usize,
    /// Valid values missed and invalid ones reported (first few).
    pub examples: Vec<String>,
}

impl VectorScore {
    /// Share of the library's valid values that were reported with their category.
    pub fn found_rate(&self) -> f64 {
        ratio(self.valid_found, self.valid)
    }

    /// Share of the library's invalid values that were reported anyway.
    pub fn reported_rate(&self) -> f64 {
        if self.invalid == 0 {
            0.0
        } else {
            self.invalid_reported as f64 / self.invalid as f64
        }
    }
}

/// Writes each vectors file as one value a line into `work`, scans it and scores it.
pub fn score_vectors(bench: &Path, work: &Path, scan: &dyn Fn(&Path) -> Value) -> Vec<VectorScore> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(bench.join("vectors"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let vectors = load_vectors(&f);
        let name = f.file_stem().unwrap().to_string_lossy().into_owned();
        let mut text = String::new();
        for v in &vectors {
            let _ = writeln!(text, "{}{}", keyword(&v.category), v.value);
        }
        let input = work.join(format!("{name}.txt"));
        std::fs::write(&input, text).unwrap();
        let inventory = scan(&input);
        let mut found: BTreeMap<u64, Vec<String>> = BTreeMap::new();
        for finding in inventory["findings"].as_array().into_iter().flatten() {
            let line = finding["line"].as_u64().unwrap_or_default();
            found
                .entry(line)
                .or_default()
                .push(finding["category"].as_str().unwrap_or_default().to_string());
        }
        let mut s = VectorScore { file: name.clone(), ..VectorScore::default() };
        for (i, v) in vectors.iter().enumerate() {
            let cats = found.get(&(i as u64 + 1));
            let hit = cats.is_some_and(|c| c.contains(&v.category));
            if v.valid {
                s.valid += 1;
                if hit {
                    s.valid_found += 1;
                } else if s.examples.len() < 6 {
                    let other = cats.map(|c| c.join(",")).unwrap_or_default();
                    s.examples.push(format!("missed {name}.tsv:{} ({other})", i + 2));
                }
            } else {
                s.invalid += 1;
                if hit {
                    s.invalid_reported += 1;
                    if s.examples.len() < 6 {
                        s.examples.push(format!("reported {name}.tsv:{}", i + 2));
                    }
                }
            }
        }
        out.push(s);
    }
    out
}

/// The vectors table (Markdown).
pub fn vector_table(scores: &[VectorScore]) -> String {
    let mut out = String::from(
        "| vectors | valid | found | found share | invalid | reported | reported share |\n\
         | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    for s in scores {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {:.3} | {} | {} | {:.3} |",
            s.file,
            s.valid,
            s.valid_found,
            s.found_rate(),
            s.invalid,
            s.invalid_reported,
            s.reported_rate()
        );
    }
    for s in scores {
        for e in &s.examples {
            let _ = writeln!(out, "  {}: {e}", s.file);
        }
    }
    out
}
