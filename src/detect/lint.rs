//! The catalogue lint: every detector proves itself on its own examples.
//!
//! Run by the test suite on the embedded catalogue and by `piiscan detectors check` on
//! user directories. Errors: an example in which the engine finds no value of the
//! detector's category, a negative example in which it reports one at `medium` or above
//! (the default report level). Warnings: a detector without examples or negative
//! examples, one without an example glued to non-ASCII text (with Unicode word
//! boundaries, `\b` does not fire between `号` and `1`; patterns must use `(?-u:\b)`),
//! and one whose pattern uses `\d` (every Unicode digit) where `[0-9]` is meant.

use crate::detect::catalog::Problem;
use crate::detect::category::Confidence;
use crate::detect::engine::Engine;

/// What the lint found.
#[derive(Debug, Default)]
pub struct Report {
    /// Problems that make a catalogue unfit to use.
    pub errors: Vec<Problem>,
    /// Problems worth fixing.
    pub warnings: Vec<Problem>,
}

/// Checks the examples and negative examples of every detector in `engine`.
pub fn check_examples(engine: &Engine) -> Report {
    let mut report = Report::default();
    let mut scratch = engine.scratch();
    let mut out = Vec::new();
    for d in engine.detectors() {
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
        let mut glued_to_non_ascii = false;
        for example in &d.def.examples {
            out.clear();
            engine.scan(example.as_bytes(), 0, 1, &mut scratch, &mut out);
            let hit =
                out.iter().find(|c| engine.detectors()[c.detector].category() == d.category());
            match hit {
                None => report.errors.push(problem(format!(
                    "example {example:?} yields no {} value{}",
                    d.category(),
                    describe(engine, example, &out)
                ))),
                Some(c) => {
                    let b = example.as_bytes();
                    if (c.start > 0 && b[c.start - 1] >= 0x80)
                        || b.get(c.end).is_some_and(|&x| x >= 0x80)
                    {
                        glued_to_non_ascii = true;
                    }
                }
            }
        }
        if !d.def.examples.is_empty() && !glued_to_non_ascii {
            report.warnings.push(problem(
                "no example has the value glued to non-ASCII text (e.g. `电话13912345678`)".into(),
            ));
        }
        for negative in &d.def.negative_examples {
            out.clear();
            engine.scan(negative.as_bytes(), 0, 1, &mut scratch, &mut out);
            let hit = out.iter().find(|c| {
                engine.detectors()[c.detector].category() == d.category()
                    && c.confidence >= Confidence::Medium
            });
            if let Some(c) = hit {
                report.errors.push(problem(format!(
                    "negative example {negative:?} yields {} value {:?} ({}, by `{}`)",
                    d.category(),
                    &negative[c.start..c.end],
                    c.confidence,
                    engine.detectors()[c.detector].id()
                )));
            }
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
        let engine = Engine::new(Catalog::embedded(), Env::now()).unwrap();
        let report = check_examples(&engine);
        let all: Vec<String> =
            report.errors.iter().chain(&report.warnings).map(|p| p.to_string()).collect();
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
}
