//! Feeds arbitrary bytes to the spreadsheet and SQLite renderers (as a file named by the
//! first byte: `.xlsx`, `.xlsb`, `.ods`, `.xls` or `.sqlite`) and checks what must always
//! hold: no panic, no allocation driven by what the file declares, and every warning
//! inside the rendering.
//!
//! `cargo fuzz run render` (nightly), or `cargo build` here to check it compiles.

#![no_main]

use libfuzzer_sys::fuzz_target;
use piiscan::extract::render::{render_to_vec, Limits, Source};

fuzz_target!(|input: &[u8]| {
    let Some((&selector, data)) = input.split_first() else { return };
    let ext = ["xlsx", "xlsb", "ods", "xls", "sqlite"][usize::from(selector) % 5];
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join(format!("f.{ext}"));
    std::fs::write(&path, data).expect("a temporary file");
    let Ok(source) = Source::open(&path, ext != "sqlite") else { return };
    let (text, warnings) = render_to_vec(source, Limits { max_cell: 4096 });
    for w in &warnings {
        assert!(w.offset <= text.len() as u64, "{w:?}");
    }
});
