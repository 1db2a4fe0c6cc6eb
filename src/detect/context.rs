//! Context keywords: the words shortly before a value that make it more or less likely to
//! be personal data (`身份证号：`, `tel:` raise; `order`, `version` lower).
//!
//! Each detector's keywords go into an Aho-Corasick automaton of their own (ASCII
//! case-insensitive), walked only over the short window before a candidate.

use std::sync::Arc;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};
use foldhash::HashMap;

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

/// The keywords of every detector, each detector's compiled apart.
///
/// A window is walked a byte at a time, each step a load that depends on the one before,
/// so the walk runs at the speed of the cache that holds its transition table. The
/// keywords of all detectors (172, a third of them Chinese) make a table of about 1 MiB;
/// a detector's own make one of 9 to 74 KiB (about 35 KiB for most), and a window says
/// nothing of other detectors' keywords, so only the value's detector's table is walked.
#[derive(Clone, Debug)]
pub struct ContextMatcher {
    /// For each detector (indexed as the catalogue's): its keywords, if it has any;
    /// detectors listing the same keywords share one automaton.
    by_detector: Vec<Option<Arc<Keywords>>>,
}

/// One detector's keywords, compiled.
#[derive(Clone, Debug)]
struct Keywords {
    /// The automaton and its unanchored start state.
    dfa: DFA,
    start: StateID,
    /// For each automaton pattern: what it says, and where it must not be glued.
    words: Vec<Word>,
}

/// What one keyword of a detector says about its values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
struct Word {
    /// Listed in `context`.
    supports: bool,
    /// Listed in `exclude_context`.
    opposes: bool,
    /// Its first byte is an ASCII letter (such a keyword must not follow one: `tel` is
    /// not in `hotel`).
    first_alpha: bool,
    /// Its last byte is an ASCII letter (it must not precede one).
    last_alpha: bool,
}

impl ContextMatcher {
    /// Compiles the keywords of `detectors` (indexed as in the slice).
    pub fn new(detectors: &[Detector]) -> ContextMatcher {
        // Compiled once per keyword list: a catalogue of many detectors sharing a long
        // list holds one automaton of it, as one automaton of all keywords did.
        let mut built: HashMap<(Vec<String>, Vec<Word>), Arc<Keywords>> = HashMap::default();
        let by_detector = detectors
            .iter()
            .map(|d| {
                let listed = Keywords::listed(d);
                if listed.0.is_empty() {
                    return None;
                }
                let k = built.entry(listed).or_insert_with_key(|(keys, words)| {
                    Arc::new(Keywords::compile(keys, words.clone()))
                });
                Some(Arc::clone(k))
            })
            .collect();
        ContextMatcher { by_detector }
    }

    /// What the keywords in `window` say about a value found by detector `det`.
    pub fn judge(&self, window: &[u8], det: usize) -> ContextVerdict {
        let mut verdict = ContextVerdict::default();
        let Some(Some(k)) = self.by_detector.get(det) else { return verdict };
        // Every keyword occurrence, overlapping ones included, by walking the automaton
        // over the window: on windows of a few dozen bytes the crate's overlapping
        // iterator spends more on its per-search state than on the walk itself.
        let mut sid = k.start;
        for (at, &byte) in window.iter().enumerate() {
            sid = k.dfa.next_state(Anchored::No, sid, byte);
            if !k.dfa.is_special(sid) {
                continue;
            }
            // A special state is dead, a match or (with a prefilter) a start state.
            if k.dfa.is_dead(sid) {
                break;
            }
            if !k.dfa.is_match(sid) {
                continue;
            }
            let end = at + 1;
            for i in 0..k.dfa.match_len(sid) {
                let p = k.dfa.match_pattern(sid, i);
                let word = k.words[p.as_usize()];
                let start = end - k.dfa.pattern_len(p);
                if word.first_alpha && start > 0 && window[start - 1].is_ascii_alphabetic() {
                    continue;
                }
                if word.last_alpha && window.get(end).is_some_and(|b| b.is_ascii_alphabetic()) {
                    continue;
                }
                verdict.supports |= word.supports;
                verdict.opposes |= word.opposes;
            }
        }
        verdict
    }
}

impl Keywords {
    /// Detector `d`'s keywords (lower-cased, each once) and what each says.
    fn listed(d: &Detector) -> (Vec<String>, Vec<Word>) {
        let mut keys: Vec<String> = Vec::new();
        let mut words: Vec<Word> = Vec::new();
        let listed = d.def.context.iter().map(|k| (k, false));
        for (word, opposes) in listed.chain(d.def.exclude_context.iter().map(|k| (k, true))) {
            let key = word.to_ascii_lowercase();
            let p = keys.iter().position(|k| *k == key).unwrap_or_else(|| {
                let b = key.as_bytes();
                let (first_alpha, last_alpha) = match (b.first(), b.last()) {
                    (Some(f), Some(l)) => (f.is_ascii_alphabetic(), l.is_ascii_alphabetic()),
                    _ => (false, false),
                };
                keys.push(key);
                words.push(Word { first_alpha, last_alpha, ..Word::default() });
                keys.len() - 1
            });
            if opposes {
                words[p].opposes = true;
            } else {
                words[p].supports = true;
            }
        }
        (keys, words)
    }

    /// Compiles `keys`, of which `words` say what each says.
    fn compile(keys: &[String], words: Vec<Word>) -> Keywords {
        // A full DFA: the keyword set is small and the windows are short, so the fastest
        // per-byte search wins over a smaller automaton. No prefilter: a window is a few
        // dozen bytes.
        let dfa = DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(keys)
            .expect("context keywords should compile");
        let start = dfa.start_state(Anchored::No).expect("an unanchored DFA");
        Keywords { dfa, start, words }
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

    /// What `judge` must say: every occurrence of each of the detector's keywords
    /// (ASCII case-insensitive) not glued to letters, found by plain search.
    fn reference(d: &Detector, window: &[u8]) -> ContextVerdict {
        let lower = window.to_ascii_lowercase();
        let mut verdict = ContextVerdict::default();
        let listed = d.def.context.iter().map(|k| (k, false));
        for (word, opposes) in listed.chain(d.def.exclude_context.iter().map(|k| (k, true))) {
            let key = word.to_ascii_lowercase().into_bytes();
            for start in 0..=lower.len().saturating_sub(key.len()) {
                let end = start + key.len();
                if lower.get(start..end) != Some(&key[..]) {
                    continue;
                }
                let glued_before = key[0].is_ascii_alphabetic()
                    && start > 0
                    && window[start - 1].is_ascii_alphabetic();
                let glued_after = key[key.len() - 1].is_ascii_alphabetic()
                    && window.get(end).is_some_and(|b| b.is_ascii_alphabetic());
                if !glued_before && !glued_after {
                    verdict.supports |= !opposes;
                    verdict.opposes |= opposes;
                }
            }
        }
        verdict
    }

    #[test]
    fn detectors_listing_the_same_keywords_share_their_automaton() {
        let catalog = Catalog::embedded();
        let dets = catalog.detectors();
        let m = ContextMatcher::new(dets);
        let mut shared = 0;
        for (i, a) in dets.iter().enumerate() {
            for (j, b) in dets.iter().enumerate().skip(i + 1) {
                let same = Keywords::listed(a) == Keywords::listed(b);
                if let (Some(x), Some(y)) = (&m.by_detector[i], &m.by_detector[j]) {
                    assert_eq!(Arc::ptr_eq(x, y), same, "{} {}", a.id(), b.id());
                    shared += usize::from(same);
                }
            }
        }
        assert!(shared > 0, "the catalogue has detectors with the same keywords");
    }

    proptest::proptest! {
        /// Windows made of the catalogue's keywords (any detector's, in any case), letters,
        /// digits, separators and Chinese: each detector's verdict is the plain search's.
        #[test]
        fn verdicts_are_those_of_a_plain_search(
            parts in proptest::collection::vec((0..400usize, proptest::bool::ANY), 0..12),
        ) {
            // Built once: in a debug build the catalogue takes most of a second.
            static BUILT: std::sync::OnceLock<(Catalog, ContextMatcher)> = std::sync::OnceLock::new();
            let (catalog, m) = BUILT.get_or_init(|| {
                let catalog = Catalog::embedded();
                let m = ContextMatcher::new(catalog.detectors());
                (catalog, m)
            });
            let dets = catalog.detectors();
            let words: Vec<&String> =
                dets.iter().flat_map(|d| d.def.context.iter().chain(&d.def.exclude_context)).collect();
            let fillers = ["a", "Z", " ", ":", "7", "号", "：", "-", "\"", "tel"];
            let mut window = Vec::new();
            for &(pick, upper) in &parts {
                let piece = match words.get(pick) {
                    Some(w) => w.as_str(),
                    None => fillers[pick % fillers.len()],
                };
                let piece = if upper { piece.to_ascii_uppercase() } else { piece.to_owned() };
                window.extend_from_slice(piece.as_bytes());
            }
            for (i, d) in dets.iter().enumerate() {
                proptest::prop_assert_eq!(m.judge(&window, i), reference(d, &window), "{}", d.id());
            }
        }
    }
}
