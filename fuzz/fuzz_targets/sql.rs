//! Fuzz target for the SQL dump and script parsers (built with the other fuzz targets;
//! `cargo fuzz run sql`).
//!
//! Every parser gets the input whole and in chunks whose sizes come from the input's first
//! byte; both runs must give the same cells and warnings, and the cells must be ordered,
//! disjoint and inside the input. The parsers must never panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use piiscan::extract::{sql, Cell, Parser, Warning};

fn run(mut parser: Box<dyn Parser>, data: &[u8], chunk: usize) -> (Vec<Cell>, Vec<Warning>) {
    let (mut cells, mut warnings) = (Vec::new(), Vec::new());
    let mut at = 0;
    while at < data.len() {
        let end = (at + chunk).min(data.len());
        parser.feed(&data[at..end], at as u64, &mut cells, &mut warnings);
        at = end;
    }
    parser.finish(&mut cells, &mut warnings);
    (cells, warnings)
}

fuzz_target!(|data: &[u8]| {
    let Some((&seed, input)) = data.split_first() else { return };
    let chunk = usize::from(seed % 23) + 1;
    let makers: [fn() -> Box<dyn Parser>; 4] =
        [sql::mysql, sql::postgres, sql::sqlite_dump, sql::script];
    for make in makers {
        let whole = run(make(), input, input.len().max(1));
        let split = run(make(), input, chunk);
        assert_eq!(whole, split, "chunks of {chunk} differ from the whole input");
        for cell in &whole.0 {
            assert!(cell.start <= cell.end && cell.end <= input.len() as u64, "{cell:?}");
        }
        for pair in whole.0.windows(2) {
            assert!(pair[0].end <= pair[1].start && pair[0].start < pair[1].start, "{pair:?}");
        }
    }
    let _ = sql::sniff(input);
});
