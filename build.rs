//! Rebuilds the crate when any file under `patterns/` is added, removed or changed: the
//! detector files are embedded at build time, and a new file alone would not otherwise
//! trigger a rebuild.

fn main() {
    println!("cargo:rerun-if-changed=patterns");
}
