//! Scans arbitrary bytes as a `.json` or `.jsonl` file through the whole worker (the JSON
//! parser, the join of values to key paths, the engine, masking and the tally): no panic,
//! findings inside the file, the file scanned or skipped.
//!
//! `cargo fuzz run json_scan` (nightly), or `cargo build` here to check it compiles.

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    let Some((&selector, data)) = input.split_first() else { return };
    let name = ["t.json", "t.jsonl"][usize::from(selector) % 2];
    common::scan(name, data, data.len() as u64);
});
