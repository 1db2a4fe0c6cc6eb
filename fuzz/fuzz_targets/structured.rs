//! Feeds arbitrary bytes to every structured parser, whole and split at an arbitrary
//! point, and checks what must always hold: no panic, cells ordered and inside the input,
//! and the same cells however the input is split.
//!
//! `cargo fuzz run structured` (nightly), or `cargo build` here to check it compiles.

#![no_main]

use libfuzzer_sys::fuzz_target;
use piiscan::extract::{Cell, Plan, Warning};

fn run(plan: &Plan, data: &[u8], split: usize) -> Vec<Cell> {
    let Some((_, mut parser)) = plan.parser(data) else { return Vec::new() };
    let (mut cells, mut warnings): (Vec<Cell>, Vec<Warning>) = (Vec::new(), Vec::new());
    let split = split.min(data.len());
    parser.feed(&data[..split], 0, &mut cells, &mut warnings);
    parser.feed(&data[split..], split as u64, &mut cells, &mut warnings);
    parser.finish(&mut cells, &mut warnings);
    for c in &cells {
        assert!(c.start <= c.end && c.end <= data.len() as u64, "{c:?}");
    }
    for w in cells.windows(2) {
        assert!(w[0].start <= w[1].start);
    }
    cells
}

fuzz_target!(|input: &[u8]| {
    let Some((&selector, data)) = input.split_first() else { return };
    let name = ["t.csv", "t.tsv", "t.jsonl", "t.sql"][usize::from(selector) % 4];
    let plan = Plan::for_name(name);
    let whole = run(&plan, data, data.len());
    let split = run(&plan, data, usize::from(selector) * 7 % (data.len() + 1));
    assert_eq!(whole, split, "cells depend on where the input was split");
});
