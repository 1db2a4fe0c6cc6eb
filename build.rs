//! Rebuilds the crate when any file under `patterns/` is added, removed or changed: the
//! detector files are embedded at build time, and a new file alone would not otherwise
//! trigger a rebuild.
//!
//! Also names the code that decides what a value is (`src/detect`, `src/validate` with
//! its data tables, `src/extract`) by a SHA-256 over its files, given to the crate as
//! `PIISCAN_DETECTION_CODE_DIGEST`: the catalogue digest includes it, so that a change of
//! a validator or of its division-code table invalidates `--cache` files and shows in
//! `piiscan diff`, as a change of a pattern file does.

use std::path::{Path, PathBuf};

use sha2::Digest;

const DETECTION_CODE: [&str; 3] = ["src/detect", "src/validate", "src/extract"];

fn main() {
    println!("cargo:rerun-if-changed=patterns");
    let mut files = Vec::new();
    for dir in DETECTION_CODE {
        println!("cargo:rerun-if-changed={dir}");
        collect(Path::new(dir), &mut files);
    }
    // Sorted by path, so the digest does not depend on the order a directory lists.
    files.sort();
    let mut d = sha2::Sha256::new();
    for path in &files {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        d.update(path.to_string_lossy().replace('\\', "/").as_bytes());
        d.update([0u8]);
        d.update((bytes.len() as u64).to_le_bytes());
        d.update(&bytes);
    }
    let hex: String = d.finalize().iter().map(|b| format!("{b:02x}")).collect();
    println!("cargo:rustc-env=PIISCAN_DETECTION_CODE_DIGEST={hex}");
}

/// Every file under `dir`, recursively (snapshot and proptest files aside: they are
/// tests' records, not code).
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if path.is_dir() {
            if name != "snapshots" && name != "proptest-regressions" {
                collect(&path, out);
            }
        } else {
            out.push(path);
        }
    }
}
