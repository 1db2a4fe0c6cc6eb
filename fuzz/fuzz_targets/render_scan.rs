//! Scans arbitrary bytes as a spreadsheet (`.xlsx`, `.xls`, `.ods`) or a SQLite database
//! file through the whole worker, which renders them to text before the scan: no panic,
//! findings ordered spans, the file scanned or skipped.
//!
//! `cargo fuzz run render_scan` (nightly), or `cargo build` here to check it compiles. Seeds:
//! the fixtures under `tests/data/` (`-- ../tests/data`).

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    let Some((&selector, data)) = input.split_first() else { return };
    let name = ["t.xlsx", "t.ods", "t.xls", "t.sqlite", "t.db"][usize::from(selector) % 5];
    // Offsets are into the rendered text, which is capped well below 1 GiB.
    common::scan(name, data, 1 << 30);
});
