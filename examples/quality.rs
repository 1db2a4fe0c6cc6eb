//! Prints the precision/recall table of the built-in catalogue on the labelled corpus
//! (`cargo run --release --example quality [LINES] [PATTERN_DIR...]`).

use piiscan::detect::{Catalog, Confidence, Engine};
use piiscan::validate::Env;
use piiscan_testdata::corpus;

fn main() {
    let mut args = std::env::args().skip(1);
    let lines: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20_000);
    let dirs: Vec<String> = args.collect();
    let env = Env { today: jiff::civil::date(2026, 11, 24) };
    let catalog = Catalog::with_dirs(&dirs).expect("patterns load");
    let engine = Engine::new(catalog, env).expect("patterns compile");
    let c = corpus::generate(2026, lines, env);
    let ev = corpus::evaluate(&engine, &c, Confidence::Medium);
    println!("{} bytes, {} labels", c.text.len(), c.labels.len());
    print!("{}", corpus::table(&ev));
    println!("high findings on negatives: {}", ev.high_on_negatives);
    for e in &ev.examples {
        println!("  {e}");
    }
}
