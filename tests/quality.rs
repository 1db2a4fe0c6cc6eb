//! Measured detection quality: precision and recall per category on the seeded labelled
//! corpus (`piiscan_testdata::corpus`), at the default reporting confidence. The table is printed
//! (`cargo test --test integration quality -- --nocapture`) and copied into the README.

use piiscan::detect::{Catalog, Category, Confidence, Engine};
use piiscan::validate::Env;
use piiscan_testdata::corpus;

/// Categories with a check digit or checksum: precision and recall must reach 0.99.
const CHECKSUM: &[Category] = &[
    Category::CnResidentId,
    Category::BankCard,
    Category::HkId,
    Category::TwId,
    Category::CnUscc,
    Category::Iban,
];

#[test]
fn precision_and_recall_meet_their_targets() {
    let env = Env { today: jiff::civil::date(2026, 11, 24) };
    let engine = Engine::new(Catalog::embedded(), env).unwrap();
    let c = corpus::generate(2026, 12_000, env);
    let ev = corpus::evaluate(&engine, &c, Confidence::Medium);
    println!("{} bytes, {} labels\n{}", c.text.len(), c.labels.len(), corpus::table(&ev));
    for e in &ev.examples {
        println!("  {e}");
    }
    assert_eq!(ev.high_on_negatives, 0, "a `high` finding on a hard negative");
    for &cat in Category::ALL {
        let counts = ev.per_category.get(&cat).copied().unwrap_or_default();
        assert!(counts.tp > 0, "{cat}: the corpus plants values of every category");
        let target = if CHECKSUM.contains(&cat) { 0.99 } else { 0.95 };
        assert!(counts.precision() >= target, "{cat} precision {:.3}", counts.precision());
        assert!(counts.recall() >= target, "{cat} recall {:.3}", counts.recall());
    }
}
