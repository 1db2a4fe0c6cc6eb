//! Context keywords: the words shortly before a value that make it more or less likely to
//! be personal data (`身份证号：`, `tel:` raise; `order`, `version` lower).
//!
//! All keywords of all detectors go into one Aho-Corasick automaton (ASCII
//! case-insensitive), searched only over the short window before a candidate.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

use crate::detect::detector::Detector;

/// How many bytes before a value are searched for keywords (within the same line).
/// 64 bytes hold a label such as `"身份证号码": "` (21 bytes) with room to spare, while
/// staying short enough that a keyword rarely belongs to a different value.
pub const WINDOW: usize = 64;

/// What the keywords near a value say about it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ContextVerdict {
    /// A keyword of the detector is near.
    pub supports: bool,
    /// A non-PII keyword of the detector is near.
    pub opposes: bool,
}

/// The keywords of every detector, compiled together.
#[derive(Clone, Debug)]
pub struct ContextMatcher {
    /// The keywords' automaton and its unanchored start state.
    dfa: Option<(DFA, StateID)>,
    /// For each automaton pattern: which detectors own it, and whether it opposes.
    owners: Vec<Vec<(usize, bool)>>,
    /// For each automaton pattern: whether its first and last bytes are ASCII letters
    /// (such a keyword must not be glued to further letters: `tel` is not in `hotel`).
    word_edges: Vec<(bool, bool)>,
}

impl ContextMatcher {
    /// Compiles the keywords of `detectors` (indexed as in the slice).
    pub fn new(detectors: &[Detector]) -> ContextMatcher {
        let mut keywords: Vec<String> = Vec::new();
        let mut owners: Vec<Vec<(usize, bool)>> = Vec::new();
        for (i, d) in detectors.iter().enumerate() {
            let words = d.def.context.iter().map(|k| (k, false));
            let words = words.chain(d.def.exclude_context.iter().map(|k| (k, true)));
            for (word, opposes) in words {
                let key = word.to_ascii_lowercase();
                match keywords.iter().position(|k| *k == key) {
                    Some(p) => owners[p].push((i, opposes)),
                    None => {
                        keywords.push(key);
                        owners.push(vec![(i, opposes)]);
                    }
                }
            }
        }
        let word_edges = keywords
            .iter()
            .map(|k| {
                let b = k.as_bytes();
                (b[0].is_ascii_alphabetic(), b[b.len() - 1].is_ascii_alphabetic())
            })
            .collect();
        let dfa = (!keywords.is_empty()).then(|| {
            // A full DFA: the keyword set is small and the windows are short, so the
            // fastest per-byte search wins over a smaller automaton. No prefilter: a
            // window is a few dozen bytes.
            let dfa = DFA::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .prefilter(false)
                .build(&keywords)
                .expect("context keywords should compile");
            let start = dfa.start_state(Anchored::No).expect("an unanchored DFA");
            (dfa, start)
        });
        ContextMatcher { dfa, owners, word_edges }
    }

    /// What the keywords in `window` say about a value found by detector `det`.
    pub fn judge(&self, window: &[u8], det: usize) -> ContextVerdict {
        let mut verdict = ContextVerdict::default();
        let Some((dfa, start)) = &self.dfa else { return verdict };
        // Every keyword occurrence, overlapping ones included, by walking the automaton
        // over the window: on windows of a few dozen bytes the crate's overlapping
        // iterator spends more on its per-search state than on the walk itself.
        let mut sid = *start;
        for (at, &byte) in window.iter().enumerate() {
            sid = dfa.next_state(Anchored::No, sid, byte);
            if !dfa.is_special(sid) {
                continue;
            }
            // A special state is dead, a match or (with a prefilter) a start state.
            if dfa.is_dead(sid) {
                break;
            }
            if !dfa.is_match(sid) {
                continue;
            }
            let end = at + 1;
            for i in 0..dfa.match_len(sid) {
                let p = dfa.match_pattern(sid, i);
                self.weigh(window, end - dfa.pattern_len(p), end, p.as_usize(), det, &mut verdict);
            }
        }
        verdict
    }

    /// Adds what keyword `p`, found at `window[start..end]`, says about detector `det`.
    fn weigh(
        &self,
        window: &[u8],
        start: usize,
        end: usize,
        p: usize,
        det: usize,
        verdict: &mut ContextVerdict,
    ) {
        let (first_alpha, last_alpha) = self.word_edges[p];
        if first_alpha && start > 0 && window[start - 1].is_ascii_alphabetic() {
            return;
        }
        if last_alpha && window.get(end).is_some_and(|b| b.is_ascii_alphabetic()) {
            return;
        }
        for &(owner, opposes) in &self.owners[p] {
            if owner == det {
                if opposes {
                    verdict.opposes = true;
                } else {
                    verdict.supports = true;
                }
            }
        }
    }
}

/// The window of `hay` before `start` that is searched for keywords: at most [`WINDOW`]
/// bytes, and not past the start of the line.
pub fn window_before(hay: &[u8], start: usize) -> &[u8] {
    let lo = start.saturating_sub(WINDOW);
    let lo = match memchr::memrchr(b'\n', &hay[lo..start]) {
        Some(nl) => lo + nl + 1,
        None => lo,
    };
    &hay[lo..start]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::catalog::Catalog;

    #[test]
    fn window_stops_at_line_start() {
        let hay = b"tel: x\n13800138000";
        assert_eq!(window_before(hay, 7), b"");
        assert_eq!(window_before(hay, 4), b"tel:");
        let long = [b'a'; 200];
        assert_eq!(window_before(&long, 200).len(), WINDOW);
    }

    #[test]
    fn keywords_must_not_be_glued_to_letters() {
        let catalog = Catalog::embedded();
        let det = catalog.detectors().iter().position(|d| d.id() == "cn_mobile.plain").unwrap();
        let m = ContextMatcher::new(catalog.detectors());
        assert!(m.judge(b"Tel: ", det).supports);
        assert!(m.judge("手机号：".as_bytes(), det).supports);
        assert!(!m.judge(b"hotel ", det).supports);
        assert!(!m.judge(b"", det).supports);
    }
}
