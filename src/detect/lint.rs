//! The catalogue lint: every detector proves itself on its own examples, first alone,
//! then together with the others.
//!
//! Run by the test suite on the embedded catalogue and by `piiscan detectors check` on
//! user directories, in [`Stage`]s as Nosey Parker's `rules check` does: the files load
//! (syntax, ids, validators, pattern cost: [`crate::detect::cost`]), then each detector
//! alone ([`check_alone`]: its own pattern, validator and context find every example and
//! report no negative), then the combined engine ([`check_examples`]: the same checks
//! when every detector competes for each value). Errors: an example in which no value of
//! the detector's category is found, a negative example in which one is reported at
//! `medium` or above (the default report level). Warnings: a detector without examples
//! or negative examples, one without an example glued to non-ASCII text (with Unicode
//! word boundaries, `\b` does not fire between `号` and `1`; patterns must use
//! `(?-u:\b)`), and one whose pattern uses `\d` (every Unicode digit) where `[0-9]` is
//! meant.

use crate::detect::catalog::{Catalog, Problem};
use crate::detect::category::Confidence;
use crate::detect::engine::Engine;
use crate::validate::Env;

/// A stage of `detectors check`, in the order they run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// The pattern files parse and every detector resolves (id, category, validator,
    /// pattern syntax and cost).
    Load,
    /// Each detector alone finds its examples and misses its negatives.
    Alone,
    /// The combined engine finds each detector's examples and misses its negatives.
    Together,
}

impl Stage {
    /// The stage's name in `detectors check` output.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Load => "load",
            Stage::Alone => "alone",
            Stage::Together => "together",
        }
    }
}

/// What the lint found.
#[derive(Debug, Default)]
pub struct Report {
    /// Problems that make a catalogue unfit to use.
    pub errors: Vec<Problem>,
    /// Problems worth fixing.
    pub warnings: Vec<Problem>,
}

/// Checks each detector of `catalog` on its own: an engine of that detector only must
/// find a value in every example and report none at `medium` or above in any negative.
/// Only errors are reported (the warnings belong to [`check_examples`]).
pub fn check_alone(catalog: &Catalog, env: Env) -> Report {
    let mut report = Report::default();
    for d in catalog.detectors() {
        let mut alone = catalog.clone();
        alone.retain(|x| x.id() == d.id());
        let problem = |message: String| Problem {
            source: d.source.clone(),
            detector: Some(d.id().to_string()),
            message,
        };
        let engine = match Engine::new(alone, env) {
            Ok(e) => e,
            Err(e) => {
                report.errors.push(problem(format!("pattern does not compile alone: {e}")));
                continue;
            }
        };
        report.errors.extend(example_errors(&engine, 0).into_iter().map(problem));
    }
    report
}

/// The errors of detector `det` of `engine` on its own examples and negative examples.
fn example_errors(engine: &Engine, det: usize) -> Vec<String> {
    let d = &engine.detectors()[det];
    let (mut scratch, mut out, mut errors) = (engine.scratch(), Vec::new(), Vec::new());
    for example in &d.def.examples {
        out.clear();
        engine.scan(example.as_bytes(), 0, 1, &mut scratch, &mut out);
        if !out.iter().any(|c| engine.detectors()[c.detector].category() == d.category()) {
            errors.push(format!(
                "example {example:?} yields no {} value{}",
                d.category(),
                describe(engine, example, &out)
            ));
        }
    }
    for negative in &d.def.negative_examples {
        out.clear();
        engine.scan(negative.as_bytes(), 0, 1, &mut scratch, &mut out);
        let hit = out.iter().find(|c| {
            engine.detectors()[c.detector].category() == d.category()
                && c.confidence >= Confidence::Medium
        });
        if let Some(c) = hit {
            errors.push(format!(
                "negative example {negative:?} yields {} value {:?} ({}, by `{}`)",
                d.category(),
                &negative[c.start..c.end],
                c.confidence,
                engine.detectors()[c.detector].id()
            ));
        }
    }
    errors
}

/// Checks the examples and negative examples of every detector in `engine`, with all
/// its detectors competing for each value.
pub fn check_examples(engine: &Engine) -> Report {
    let mut report = Report::default();
    let mut scratch = engine.scratch();
    let mut out = Vec::new();
    for (det, d) in engine.detectors().iter().enumerate() {
        let problem = |message: String| Problem {
            source: d.source.clone(),
            detector: Some(d.id().to_string()),
            message,
        };
        if d.def.examples.is_empty() {
            report.warnings.push(problem("no examples".into()));
        }
        if d.def.negative_examples.is_empty() {
            report.warnings.push(problem("no negative examples".into()));
        }
        if d.def.pattern.contains("\\d") {
            report.warnings.push(problem(
                "pattern uses `\\d`, which matches every Unicode digit and makes the combined \
                 automaton larger and slower; write `[0-9]`"
                    .into(),
            ));
        }
        report.errors.extend(example_errors(engine, det).into_iter().map(problem));
        let glued_to_non_ascii = d.def.examples.iter().any(|example| {
            out.clear();
            engine.scan(example.as_bytes(), 0, 1, &mut scratch, &mut out);
            let b = example.as_bytes();
            let hit =
                out.iter().find(|c| engine.detectors()[c.detector].category() == d.category());
            hit.is_some_and(|c| {
                (c.start > 0 && b[c.start - 1] >= 0x80) || b.get(c.end).is_some_and(|&x| x >= 0x80)
            })
        });
        if !d.def.examples.is_empty() && !glued_to_non_ascii {
            report.warnings.push(problem(
                "no example has the value glued to non-ASCII text (e.g. `电话13912345678`)".into(),
            ));
        }
    }
    report
}

fn describe(engine: &Engine, text: &str, found: &[crate::detect::Candidate]) -> String {
    if found.is_empty() {
        return String::new();
    }
    let names: Vec<String> = found
        .iter()
        .map(|c| format!("{} {:?}", engine.detectors()[c.detector].id(), &text[c.start..c.end]))
        .collect();
    format!(" (found instead: {})", names.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::catalog::Catalog;
    use crate::validate::Env;

    /// Every embedded detector's examples are found and its negatives are not reported.
    #[test]
    fn embedded_detectors_prove_themselves() {
        let alone = check_alone(&Catalog::embedded(), Env::now());
        let engine = Engine::new(Catalog::embedded(), Env::now()).unwrap();
        let report = check_examples(&engine);
        let all: Vec<String> = (alone.errors.iter().chain(&report.errors).chain(&report.warnings))
            .map(|p| p.to_string())
            .collect();
        assert!(all.is_empty(), "{}", all.join("\n"));
    }

    #[test]
    fn a_failing_example_is_named() {
        let text = r#"
[[detector]]
id = "email.bad"
category = "email"
name = "bad"
pattern = 'nomatch@example\.com'
confidence = "medium"
examples = ["no e-mail here"]
negative_examples = ["mail 邮箱zhang@example.com"]
"#;
        let catalog = Catalog::from_sources([("user.toml".to_string(), text)]).unwrap();
        let engine = Engine::new(catalog, Env::now()).unwrap();
        let report = check_examples(&engine);
        assert_eq!(report.errors.len(), 1);
        assert!(report.errors[0].to_string().contains("user.toml: detector `email.bad`"));
    }

    /// A detector whose example only another detector finds passes together, not alone.
    #[test]
    fn a_detector_is_checked_alone_too() {
        let text = r#"
[[detector]]
id = "email.corp"
category = "email"
name = "corporate"
pattern = '(?-u:\b)corp-[a-z]+@example\.com'
confidence = "medium"
examples = ["邮箱zhang@example.com"]
negative_examples = ["corp-zhang at example dot com"]
"#;
        let user = Catalog::from_sources([("user.toml".to_string(), text)]).unwrap();
        let alone = check_alone(&user, Env::now());
        assert_eq!(alone.errors.len(), 1, "{:?}", alone.errors);
        assert!(alone.errors[0].message.contains("\"邮箱zhang@example.com\" yields no email"));
        let mut sources: Vec<(String, String)> = crate::detect::catalog::embedded_sources()
            .into_iter()
            .map(|(n, t)| (n, t.to_string()))
            .collect();
        sources.push(("user.toml".to_string(), text.to_string()));
        let both = Catalog::from_sources(sources).unwrap();
        let engine = Engine::new(both, Env::now()).unwrap();
        assert!(check_examples(&engine).errors.is_empty(), "the built-in finds the example");
    }
}
