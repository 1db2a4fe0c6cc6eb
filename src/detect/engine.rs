//! The one-pass engine: every detector's pattern compiled into one multi-pattern regex,
//! run once over a buffer; validators and context run on candidate spans only.
//!
//! # How a buffer is scanned
//!
//! 1. The combined regex (leftmost-first, patterns in catalogue priority order) finds the
//!    next match of any detector. No per-line or per-detector pass happens, but for the
//!    few detectors marked `search_alone`, each searched by its own regex (found by a
//!    literal of its own, such as the `@` of an e-mail address); the leftmost next match of
//!    all these searches is the next candidate, the higher-priority detector first at one
//!    position, exactly as if all patterns were one regex.
//! 2. The winning detector's value is checked: adjacency rule, validator, context.
//! 3. If it fails, the lower-priority detectors are tried *anchored at the same start*
//!    (an 18-digit run that is not a valid ID may still be a valid UnionPay card), and the
//!    first that passes wins. A second automaton with all-matches semantics says in one
//!    anchored pass which patterns match there at all, so only those are re-run. So overlapping candidates are resolved once: a validated ID
//!    number is never also reported as a bank card.
//! 4. After an accepted value the search resumes at the end of its match; after a
//!    rejected one, one byte past its start, so a valid value overlapping a rejected one
//!    is still found (patterns anchor on word boundaries, so this does not rescan runs).
//!
//! Line numbers are counted incrementally with `memchr` between successive accepted
//! values, never per byte.

use regex_automata::meta::{self, Regex};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, Match, MatchKind, PatternID, PatternSet};

use crate::detect::catalog::Catalog;
use crate::detect::category::Confidence;
use crate::detect::context::{window_before, ContextMatcher};
use crate::detect::detector::Detector;
use crate::detect::facts::{self, TestValues};
use crate::validate::Env;

/// A value found in a buffer: validated, scored, not yet masked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Index of the detector in the engine's catalogue.
    pub detector: usize,
    /// Byte offset of the value's first byte in the buffer.
    pub start: usize,
    /// Byte offset one past the value's last byte.
    pub end: usize,
    /// 1-based line number of `start` (relative to the line the scan started on).
    pub line: u64,
    /// The scored confidence.
    pub confidence: Confidence,
    /// A well-known fake or documentation value.
    pub test_value: bool,
    /// The value shows its holder to be under 14 on the scan date.
    pub minor: bool,
}

/// The compiled catalogue.
#[derive(Clone, Debug)]
pub struct Engine {
    catalog: Catalog,
    /// The searches over the text: the combined regex of every detector not searched
    /// alone, then one regex per detector searched alone.
    passes: Vec<Pass>,
    /// For each detector: its pass and its pattern in that pass's regex.
    place: Vec<(usize, PatternID)>,
    /// Every pattern with all-matches semantics, to learn in one anchored pass which
    /// patterns match at a position.
    which: Regex,
    context: ContextMatcher,
    test_values: TestValues,
    column_hints: crate::extract::hints::ColumnHints,
    env: Env,
}

/// One search over the text: a regex and the detector of each of its patterns.
#[derive(Clone, Debug)]
struct Pass {
    re: Regex,
    detectors: Vec<usize>,
}

/// What is known of a pass's next match during a scan.
#[derive(Clone, Copy, Debug)]
enum Next {
    /// Not searched yet.
    Unknown,
    /// The leftmost match at or after the position searched from.
    At(Match),
    /// None up to the end of the text.
    Done,
}

/// Per-thread mutable state for [`Engine::scan`]; reuse it across buffers.
#[derive(Clone, Debug)]
pub struct Scratch {
    /// One cache and next match per pass.
    caches: Vec<meta::Cache>,
    next: Vec<Next>,
    /// For each detector whose pattern has a value group: a cache and capture slots of
    /// its own regex.
    groups: Vec<Option<(meta::Cache, Captures)>>,
    which_cache: meta::Cache,
    patset: PatternSet,
}

/// Room for the lazy DFA: the combined catalogue has many states, and a cache that is
/// too small is cleared again and again on dense data, which is slow.
const DFA_CACHE_BYTES: usize = 16 << 20;

impl Engine {
    /// Compiles `catalog` for scanning in environment `env`.
    pub fn new(
        catalog: Catalog,
        env: Env,
    ) -> Result<Engine, Box<regex_automata::meta::BuildError>> {
        let patterns: Vec<&str> =
            catalog.detectors().iter().map(|d| d.def.pattern.as_str()).collect();
        let (alone, together): (Vec<usize>, Vec<usize>) =
            (0..patterns.len()).partition(|&i| catalog.detectors()[i].def.search_alone);
        let groups = std::iter::once(together).chain(alone.into_iter().map(|i| vec![i]));
        let mut passes = Vec::new();
        let mut place = vec![(0, PatternID::ZERO); patterns.len()];
        for detectors in groups.filter(|g| !g.is_empty()) {
            let these: Vec<&str> = detectors.iter().map(|&i| patterns[i]).collect();
            let re = Regex::builder()
                .configure(Regex::config().hybrid_cache_capacity(DFA_CACHE_BYTES))
                .build_many(&these)
                .map_err(Box::new)?;
            for (p, &det) in detectors.iter().enumerate() {
                place[det] = (passes.len(), PatternID::new_unchecked(p));
            }
            passes.push(Pass { re, detectors });
        }
        let which = Regex::builder()
            .configure(
                Regex::config().match_kind(MatchKind::All).hybrid_cache_capacity(DFA_CACHE_BYTES),
            )
            .build_many(&patterns)
            .map_err(Box::new)?;
        let context = ContextMatcher::new(catalog.detectors());
        let test_values = TestValues::new(catalog.test_values());
        let column_hints = crate::extract::hints::ColumnHints::from_catalog(&catalog);
        Ok(Engine { catalog, passes, place, which, context, test_values, column_hints, env })
    }

    /// The column hints of the catalogue.
    pub fn column_hints(&self) -> &crate::extract::hints::ColumnHints {
        &self.column_hints
    }

    /// The scan environment.
    pub fn env(&self) -> &Env {
        &self.env
    }

    /// The catalogue, in engine order (a candidate's `detector` indexes it).
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The detectors, in engine order.
    pub fn detectors(&self) -> &[Detector] {
        self.catalog.detectors()
    }

    /// Fresh scratch space for one thread.
    pub fn scratch(&self) -> Scratch {
        Scratch {
            caches: self.passes.iter().map(|p| p.re.create_cache()).collect(),
            next: vec![Next::Unknown; self.passes.len()],
            groups: self
                .detectors()
                .iter()
                .map(|d| d.has_group.then(|| (d.re.create_cache(), d.re.create_captures())))
                .collect(),
            which_cache: self.which.create_cache(),
            patset: PatternSet::new(self.which.pattern_len()),
        }
    }

    /// Scans `hay[from..]` and appends what it finds to `out`, in order of position.
    ///
    /// Bytes before `from` are not searched but are seen as context (word boundaries,
    /// keywords), which lets a stream be scanned in chunks with a little overlap.
    /// `first_line` is the line number of position `from`.
    pub fn scan(
        &self,
        hay: &[u8],
        from: usize,
        first_line: u64,
        scratch: &mut Scratch,
        out: &mut Vec<Candidate>,
    ) {
        let mut at = from;
        let (mut line_pos, mut line) = (from, first_line);
        scratch.next.fill(Next::Unknown);
        while at < hay.len() {
            let Some((det, m)) = self.next_match(hay, at, scratch) else { break };
            if m.is_empty() {
                at = m.end() + 1;
                continue;
            }
            match self.resolve(hay, det, m.start(), m.end(), scratch) {
                Some((det, start, end, confidence, match_end)) => {
                    line += memchr::memchr_iter(b'\n', &hay[line_pos..start]).count() as u64;
                    line_pos = start;
                    let category = self.detectors()[det].category();
                    let value = &hay[start..end];
                    let test_value = self.test_values.contains(category, value);
                    let minor = facts::birth_date(category, value)
                        .is_some_and(|born| facts::is_minor(born, &self.env));
                    out.push(Candidate {
                        detector: det,
                        start,
                        end,
                        line,
                        confidence,
                        test_value,
                        minor,
                    });
                    at = match_end;
                }
                None => at = m.start() + 1,
            }
        }
    }

    /// The leftmost match at or after `at` of all passes, with its detector; at one
    /// position, the detector first in engine order (as one leftmost-first regex of all
    /// patterns would find it). A pass's match found from an earlier position is kept
    /// while it starts at or after `at`: no match of that pass starts before it.
    fn next_match(&self, hay: &[u8], at: usize, scratch: &mut Scratch) -> Option<(usize, Match)> {
        let mut best: Option<(usize, Match)> = None;
        for (i, pass) in self.passes.iter().enumerate() {
            let m = match scratch.next[i] {
                Next::At(m) if m.start() >= at => m,
                Next::Done => continue,
                _ => {
                    let input = Input::new(hay).range(at..);
                    match pass.re.search_with(&mut scratch.caches[i], &input) {
                        Some(m) => {
                            scratch.next[i] = Next::At(m);
                            m
                        }
                        None => {
                            scratch.next[i] = Next::Done;
                            continue;
                        }
                    }
                }
            };
            let det = pass.detectors[m.pattern().as_usize()];
            if best.is_none_or(|(d, b)| (m.start(), det) < (b.start(), d)) {
                best = Some((det, m));
            }
        }
        best
    }

    /// Detector `det`'s leftmost-first match in `input`, anchored at its start.
    fn anchored(&self, det: usize, input: Input<'_>, scratch: &mut Scratch) -> Option<Match> {
        let (pass, pid) = self.place[det];
        let input = input.anchored(Anchored::Pattern(pid));
        self.passes[pass].re.search_with(&mut scratch.caches[pass], &input)
    }

    /// Picks the detector that owns the match of `first` at `start..end`, trying the
    /// lower-priority detectors anchored at `start` when it is rejected. Returns the
    /// detector, value span, confidence and the end of the whole match.
    fn resolve(
        &self,
        hay: &[u8],
        first: usize,
        start: usize,
        end: usize,
        scratch: &mut Scratch,
    ) -> Option<(usize, usize, usize, Confidence, usize)> {
        if let Some((s, e, c)) = self.judge(hay, first, start, end, scratch) {
            return Some((first, s, e, c, end));
        }
        if first + 1 == self.detectors().len() {
            return None; // no detector after it to try
        }
        // Which patterns match at `start` at all (anchored, any length)?
        scratch.patset.clear();
        let input = Input::new(hay).range(start..).anchored(Anchored::Yes);
        self.which.which_overlapping_matches_with(
            &mut scratch.which_cache,
            &input,
            &mut scratch.patset,
        );
        for det in first + 1..self.detectors().len() {
            let pid = PatternID::new_unchecked(det);
            if !scratch.patset.contains(pid) {
                continue;
            }
            let Some(m) = self.anchored(det, Input::new(hay).range(start..), scratch) else {
                continue;
            };
            if m.is_empty() {
                continue;
            }
            if let Some((s, e, c)) = self.judge(hay, det, m.start(), m.end(), scratch) {
                return Some((det, s, e, c, m.end()));
            }
        }
        None
    }

    /// Applies detector `det`'s rules to its match at `start..end`: the value span (its
    /// capture group, if any), adjacency, validator, context. Returns the value span and
    /// confidence, or `None` when rejected.
    fn judge(
        &self,
        hay: &[u8],
        det: usize,
        start: usize,
        end: usize,
        scratch: &mut Scratch,
    ) -> Option<(usize, usize, Confidence)> {
        let d = &self.detectors()[det];
        let (vs, ve) = match &mut scratch.groups[det] {
            Some((cache, caps)) => {
                let input = Input::new(hay).range(start..end).anchored(Anchored::Yes);
                d.re.search_captures_with(cache, &input, caps);
                match caps.get_group(1) {
                    Some(g) if !g.is_empty() => (g.start, g.end),
                    _ => (start, end),
                }
            }
            None => (start, end),
        };
        if d.def.label_word_start && han_before(hay, start) && !separated(&hay[start..vs]) {
            return None;
        }
        let ve = if d.followers.is_empty() { ve } else { han_word_end(hay, vs, ve, &d.followers)? };
        let alnum: fn(&u8) -> bool = u8::is_ascii_alphanumeric;
        if glued(hay, vs, ve, d.def.reject_adjacent.as_bytes(), u8::is_ascii_digit)
            || glued(hay, vs, ve, d.def.reject_adjacent_alnum.as_bytes(), alnum)
            || glued_before(hay, vs, d.def.reject_glued_before.as_bytes(), alnum)
            || glued_after(hay, ve, d.def.reject_glued_after.as_bytes(), alnum)
            || preceded_by(hay, vs, &d.def.reject_preceded_by)
        {
            return None;
        }
        if let Some(validate) = d.validator {
            if !validate(&hay[vs..ve], &self.env) {
                return None;
            }
        }
        let verdict = self.context.judge(window_before(hay, start), det);
        if d.def.requires_context && !verdict.supports {
            return None;
        }
        let mut confidence = d.def.confidence;
        if d.low_unless.is_some_and(|confirm| !confirm(&hay[vs..ve], &self.env)) {
            confidence = Confidence::Low;
        }
        if verdict.supports && !d.def.requires_context {
            confidence = confidence.raised();
        }
        if verdict.opposes {
            confidence = confidence.lowered();
        }
        if d.lower_if.as_ref().is_some_and(|re| re.is_match(&hay[vs..ve])) {
            confidence = confidence.lowered();
        }
        Some((vs, ve, confidence))
    }
}

/// Whether `hay[start..end]` is joined by one of `joiners` to a further byte that `more`
/// accepts (`1.2.3.4` inside `1.2.3.4.5`, `0340 7456 2440` at the end of a grouped card
/// number, `0684-4584-9942` inside a UUID).
fn glued(hay: &[u8], start: usize, end: usize, joiners: &[u8], more: fn(&u8) -> bool) -> bool {
    glued_before(hay, start, joiners, more) || glued_after(hay, end, joiners, more)
}

/// Whether a value starting at `start` is joined by one of `joiners` to a byte before it
/// that `more` accepts (`Chrome/124.0.0.0`).
fn glued_before(hay: &[u8], start: usize, joiners: &[u8], more: fn(&u8) -> bool) -> bool {
    start >= 2 && joiners.contains(&hay[start - 1]) && more(&hay[start - 2])
}

/// Whether a value ending at `end` is joined by one of `joiners` to a byte after it that
/// `more` accepts (`git@github.com:org`).
fn glued_after(hay: &[u8], end: usize, joiners: &[u8], more: fn(&u8) -> bool) -> bool {
    end + 1 < hay.len() && joiners.contains(&hay[end]) && more(&hay[end + 1])
}

/// The Han character starting at `at`, if one does.
fn han_at(hay: &[u8], at: usize) -> bool {
    let rest = &hay[at.min(hay.len())..hay.len().min(at + 4)];
    let valid = match std::str::from_utf8(rest) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or_default(),
    };
    valid.chars().next().is_some_and(crate::validate::cn_name::is_han)
}

/// Whether the character right before `at` is a Han character.
fn han_before(hay: &[u8], at: usize) -> bool {
    // The last character starts at the last byte that is not a UTF-8 continuation byte
    // (a Han character is 3 or 4 bytes long).
    let from = at.saturating_sub(4);
    let Some(lead) = hay[from..at].iter().rposition(|b| b & 0xC0 != 0x80) else { return false };
    std::str::from_utf8(&hay[from + lead..at])
        .is_ok_and(|c| c.chars().next().is_some_and(crate::validate::cn_name::is_han))
}

/// Whether `label` (a match's text before its value) holds a separator: a colon, an
/// equals sign or a quote.
fn separated(label: &[u8]) -> bool {
    label.iter().any(|b| matches!(b, b':' | b'=' | b'"' | b'\''))
        || memchr::memmem::find(label, "：".as_bytes()).is_some()
}

/// Where a value at `start..end` ends when Han text may follow it: at `end` when what
/// follows is not Han or is one of `words`; else right before the last of `words` that
/// starts inside the value (`张伟性别` ends before `性别`); `None` when there is none.
fn han_word_end(hay: &[u8], start: usize, end: usize, words: &[&str]) -> Option<usize> {
    // The first two bytes of a word, compared inline, rule out almost every word before a
    // whole comparison is called.
    let follows = |at: usize| {
        let rest = &hay[at..];
        words.iter().any(|w| {
            let w = w.as_bytes();
            rest.get(..2) == w.get(..2) && rest.starts_with(w)
        })
    };
    if !han_at(hay, end) || follows(end) {
        return Some(end);
    }
    let value = std::str::from_utf8(&hay[start..end]).ok()?;
    value
        .char_indices()
        .rev()
        .map(|(i, _)| start + i)
        .filter(|&at| at > start)
        .find(|&at| follows(at))
}

/// Whether the character right before `start` is one of `chars` (`浙` before `苏H6F681`).
fn preceded_by(hay: &[u8], start: usize, chars: &str) -> bool {
    let before = &hay[..start];
    match before.last() {
        None => false,
        // An ASCII byte is a whole character, and no byte of a longer UTF-8 character is
        // ASCII: one byte search.
        Some(&b) if b.is_ascii() => chars.as_bytes().contains(&b),
        Some(_) => {
            let mut buf = [0u8; 4];
            chars
                .chars()
                .any(|c| !c.is_ascii() && before.ends_with(c.encode_utf8(&mut buf).as_bytes()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::category::Category;

    fn engine() -> Engine {
        let env = Env { today: jiff::civil::date(2026, 11, 24) };
        Engine::new(Catalog::embedded(), env).unwrap()
    }

    fn found(e: &Engine, text: &str) -> Vec<(Category, String, u64)> {
        let mut scratch = e.scratch();
        let mut out = Vec::new();
        e.scan(text.as_bytes(), 0, 1, &mut scratch, &mut out);
        out.iter()
            .map(|c| {
                let cat = e.detectors()[c.detector].category();
                (cat, text[c.start..c.end].to_string(), c.line)
            })
            .collect()
    }

    #[test]
    fn labels_are_labels_and_names_end_before_the_words_after_them() {
        let e = engine();
        let names = |text: &str| -> Vec<String> {
            found(&e, text)
                .into_iter()
                .filter(|(c, _, _)| *c == Category::PersonName)
                .map(|(_, v, _)| v)
                .collect()
        };
        // A label glued to the word before it is the tail of that word.
        assert_eq!(names("申请大学生信用卡张伟的额度"), Vec::<String>::new());
        assert_eq!(names("点击修改收货人信息李娜"), Vec::<String>::new());
        // ... unless a separator follows it, or the word before is a label too.
        assert_eq!(names("患者的姓名：何平"), ["何平"]);
        assert_eq!(names("持卡人姓名周杰伦"), ["周杰伦"]);
        assert_eq!(names("学生姓名 王芳"), ["王芳"]);
        // A name ends before a word that follows names; a longer word holds none.
        assert_eq!(names("姓名张伟性别男"), ["张伟"]);
        assert_eq!(names("联系人王秀英电话13912345678"), ["王秀英"]);
        assert_eq!(names("客户王建国已下单"), ["王建国"]);
        assert_eq!(names(" * @param name 商品名称"), Vec::<String>::new());
        assert_eq!(names("客户关系管理系统"), Vec::<String>::new());
        // A Han character before the label's line is no glue (the check reads whole
        // characters, not a window of bytes across the line break).
        assert_eq!(names("商品名称\n客户王建国已下单"), ["王建国"]);
        assert_eq!(names("收件人是刘洋，emp=陈静"), ["刘洋", "陈静"]);
    }

    #[test]
    fn detectors_searched_alone_find_what_one_regex_finds() {
        // The catalogue as one regex (every `search_alone` off), against the engine's passes.
        let together: Vec<(String, String)> = crate::detect::catalog::embedded_sources()
            .into_iter()
            .map(|(name, text)| (name, text.replace("search_alone = true", "search_alone = false")))
            .collect();
        let env = Env { today: jiff::civil::date(2026, 11, 24) };
        let one = Engine::new(Catalog::from_sources(together).unwrap(), env).unwrap();
        let passes = engine();
        assert_eq!(one.passes.len(), 1);
        assert!(passes.passes.len() > 1);
        let long_local = "x".repeat(70);
        let dotted_local = "ab.".repeat(30);
        let mut text = format!(
            "{long_local}@example.com {dotted_local}cd@mail.example.org a.b@example.com\n\
             13912345678@qq.example.com联系我 zhang.wei@example.com,6225881414207430\n\
             git@github.com:org/repo.git 身份证号11010519491231002X，邮箱li_na+news@mail.example.cn\n"
        );
        for d in passes.detectors() {
            for example in d.def.examples.iter().chain(&d.def.negative_examples) {
                text.push_str(example);
                text.push('\n');
            }
        }
        let scan = |e: &Engine, text: &str| {
            let mut out = Vec::new();
            e.scan(text.as_bytes(), 0, 1, &mut e.scratch(), &mut out);
            out
        };
        let got = scan(&passes, &text);
        assert_eq!(got, scan(&one, &text));
        let emails: Vec<&str> = got
            .iter()
            .filter(|c| passes.detectors()[c.detector].category() == Category::Email)
            .map(|c| &text[c.start..c.end])
            .collect();
        // The last 64 characters (or fewer) of a longer dotted local part, as written.
        let dotted = emails.iter().find(|e| e.ends_with("ab.cd@mail.example.org"));
        assert!(dotted.is_some_and(|e| (60..=64).contains(&e.find('@').unwrap())), "{emails:?}");
        assert!(emails.contains(&"13912345678@qq.example.com"), "{emails:?}");
        assert!(!emails.iter().any(|e| e.starts_with("xxx")), "{emails:?}");
        // Scanned from inside the text, as a chunk of a stream is.
        let from = text.find("zhang").unwrap();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        passes.scan(text.as_bytes(), from, 1, &mut passes.scratch(), &mut a);
        one.scan(text.as_bytes(), from, 1, &mut one.scratch(), &mut b);
        assert_eq!(a, b);
    }

    #[test]
    fn validated_id_is_not_also_a_card() {
        let e = engine();
        let got = found(&e, "身份证号11010519491231002X，卡号6225881414207430");
        assert_eq!(
            got,
            vec![
                (Category::CnResidentId, "11010519491231002X".into(), 1),
                (Category::BankCard, "6225881414207430".into(), 1),
            ]
        );
    }

    #[test]
    fn low_unless_starts_an_unconfirmed_value_at_low_and_context_raises_it() {
        let e = engine();
        let confidence = |text: &str| -> Vec<(Category, Confidence)> {
            let mut scratch = e.scratch();
            let mut out = Vec::new();
            e.scan(text.as_bytes(), 0, 1, &mut scratch, &mut out);
            out.iter().map(|c| (e.detectors()[c.detector].category(), c.confidence)).collect()
        };
        let one = |cat, conf| vec![(cat, conf)];
        // Resident ID numbers, check character right: a division in force; 110104 (宣武区,
        // abolished in 2010) for someone born in 2015; no such county.
        let id = Category::CnResidentId;
        assert_eq!(confidence("110105199003071239"), one(id, Confidence::High));
        assert_eq!(confidence("110104201501011232"), one(id, Confidence::Low));
        assert_eq!(confidence("440999199003071239"), one(id, Confidence::Low));
        assert_eq!(confidence("身份证号440999199003071239"), one(id, Confidence::Medium));
        // IBANs, MOD 97-10 right: national check digits right; Spanish CCC digits wrong;
        // a country missing from the registry.
        let iban = Category::Iban;
        assert_eq!(confidence("ES91 2100 0418 4502 0005 1332"), one(iban, Confidence::High));
        assert_eq!(confidence("ES2921000418460200051332"), one(iban, Confidence::Low));
        assert_eq!(confidence("IBAN ES2921000418460200051332"), one(iban, Confidence::Medium));
        assert_eq!(confidence("ZZ81 1234 5678 901"), one(iban, Confidence::Low));
    }

    #[test]
    fn an_iban_is_cut_at_its_registry_length() {
        // Exact BBAN lengths per country: the words after an IBAN are not read into it.
        let e = engine();
        for text in [
            "IBAN BE68 5390 0754 7034 from the club",
            "IBAN DE89 3704 0044 0532 0130 00 BANK X",
            "IBAN NO 93 8601 1117 947 and more",
        ] {
            let got = found(&e, text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].0, Category::Iban, "{text}");
            assert!(text.contains(&format!("IBAN {} ", got[0].1)), "{text}: {}", got[0].1);
        }
    }

    #[test]
    fn lines_are_counted_between_matches() {
        let e = engine();
        let got = found(&e, "a\nb 13912345678\n\n\nzhang@example.com\n");
        assert_eq!(got[0].2, 2);
        assert_eq!(got[1].2, 5);
    }

    #[test]
    fn scanning_from_an_offset_sees_the_bytes_before() {
        let e = engine();
        let text = b"x913912345678";
        let mut scratch = e.scratch();
        let mut out = Vec::new();
        e.scan(text, 2, 1, &mut scratch, &mut out);
        assert!(out.is_empty(), "a run that starts before `from` is not a fresh value");
    }

    #[test]
    fn glued_values() {
        assert!(glued(b"1.2.3.4.5", 0, 7, b".", u8::is_ascii_digit));
        assert!(glued(b"v1.1.2.3.4", 3, 10, b".", u8::is_ascii_digit));
        assert!(
            !glued(b"ORD-13912345678", 4, 15, b"-", u8::is_ascii_digit),
            "letters are not a digit run"
        );
        assert!(!glued(b"1.2.3.4. ", 0, 7, b".", u8::is_ascii_digit));
        assert!(!glued(b"1.2.3.4.5", 0, 7, b"", u8::is_ascii_digit));
        assert!(glued(b"dccf-0684-4584-9942-dccf", 5, 19, b"-", u8::is_ascii_alphanumeric));
        let alnum: fn(&u8) -> bool = u8::is_ascii_alphanumeric;
        assert!(glued_before(b"Chrome/124.0.0.0", 7, b"/", alnum));
        assert!(!glued_before(b"http://124.1.2.3/x", 7, b"/", alnum), "a slash before a slash");
        assert!(glued_after(b"git@github.com:org", 14, b":", alnum));
        assert!(!glued_after(b"a@b.com: hi", 7, b":", alnum), "a colon then a space");
    }

    #[test]
    fn preceded_by_reads_whole_characters() {
        let text = "编号浙苏H6F681".as_bytes();
        let plate = text.len() - "苏H6F681".len();
        assert!(preceded_by(text, plate, "京浙"));
        assert!(!preceded_by(text, plate, "京"));
        assert!(!preceded_by(text, 0, "京浙"));
        assert!(!preceded_by(text, plate, ""));
        assert!(preceded_by(b"a=b+16777216", 3, "ab"));
        assert!(!preceded_by(b"tel +1", 4, "ab"));
    }

    #[test]
    fn shapes_that_are_not_personal_data() {
        let e = engine();
        for text in [
            "Mozilla/5.0 Chrome/124.0.0.0 Safari/537.36",
            "OID 2.5.29.17 subjectAltName",
            "y = x[1::2]",
            "git clone git@github.com:org/repo.git",
            "Message-ID: <20230101.abc123@mail.example.org>",
            "var a=b+16777216|0;",
            "编号浙苏H6F681",
        ] {
            let mut scratch = e.scratch();
            let mut out = Vec::new();
            e.scan(text.as_bytes(), 0, 1, &mut scratch, &mut out);
            out.retain(|c| c.confidence >= Confidence::Medium);
            assert!(out.is_empty(), "{text}: {out:?}");
        }
    }
}
