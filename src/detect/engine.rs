//! The one-pass engine: every detector's pattern compiled into one multi-pattern regex,
//! run once over a buffer; validators and context run on candidate spans only.
//!
//! # How a buffer is scanned
//!
//! 1. The combined regex (leftmost-first, patterns in catalogue priority order) finds the
//!    next match of any detector. No per-line or per-detector pass happens.
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
use regex_automata::{Anchored, Input, MatchKind, PatternID, PatternSet};

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
    re: Regex,
    /// The same patterns with all-matches semantics, to learn in one anchored pass which
    /// patterns match at a position.
    which: Regex,
    context: ContextMatcher,
    test_values: TestValues,
    column_hints: crate::extract::hints::ColumnHints,
    env: Env,
}

/// Per-thread mutable state for [`Engine::scan`]; reuse it across buffers.
#[derive(Clone, Debug)]
pub struct Scratch {
    cache: meta::Cache,
    which_cache: meta::Cache,
    caps: Captures,
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
        let re = Regex::builder()
            .configure(Regex::config().hybrid_cache_capacity(DFA_CACHE_BYTES))
            .build_many(&patterns)
            .map_err(Box::new)?;
        let which = Regex::builder()
            .configure(
                Regex::config().match_kind(MatchKind::All).hybrid_cache_capacity(DFA_CACHE_BYTES),
            )
            .build_many(&patterns)
            .map_err(Box::new)?;
        let context = ContextMatcher::new(catalog.detectors());
        let test_values = TestValues::new(catalog.test_values());
        let column_hints = crate::extract::hints::ColumnHints::from_catalog(&catalog);
        Ok(Engine { catalog, re, which, context, test_values, column_hints, env })
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
            cache: self.re.create_cache(),
            which_cache: self.which.create_cache(),
            caps: self.re.create_captures(),
            patset: PatternSet::new(self.re.pattern_len()),
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
        while at < hay.len() {
            let input = Input::new(hay).range(at..);
            let Some(m) = self.re.search_with(&mut scratch.cache, &input) else { break };
            if m.is_empty() {
                at = m.end() + 1;
                continue;
            }
            match self.resolve(hay, m.pattern(), m.start(), m.end(), scratch) {
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

    /// Picks the detector that owns the match of `pid` at `start..end`, trying the
    /// lower-priority detectors anchored at `start` when it is rejected. Returns the
    /// detector, value span, confidence and the end of the whole match.
    fn resolve(
        &self,
        hay: &[u8],
        pid: PatternID,
        start: usize,
        end: usize,
        scratch: &mut Scratch,
    ) -> Option<(usize, usize, usize, Confidence, usize)> {
        let first = pid.as_usize();
        if let Some((s, e, c)) = self.judge(hay, first, start, end, scratch) {
            return Some((first, s, e, c, end));
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
            let input = Input::new(hay).range(start..).anchored(Anchored::Pattern(pid));
            let Some(m) = self.re.search_with(&mut scratch.cache, &input) else { continue };
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
        let (vs, ve) = if d.has_group {
            let pid = PatternID::new_unchecked(det);
            let input = Input::new(hay).range(start..end).anchored(Anchored::Pattern(pid));
            self.re.search_captures_with(&mut scratch.cache, &input, &mut scratch.caps);
            match scratch.caps.get_group(1) {
                Some(g) if !g.is_empty() => (g.start, g.end),
                _ => (start, end),
            }
        } else {
            (start, end)
        };
        let alnum: fn(&u8) -> bool = u8::is_ascii_alphanumeric;
        if glued(hay, vs, ve, d.def.reject_adjacent.as_bytes(), u8::is_ascii_digit)
            || glued(hay, vs, ve, d.def.reject_adjacent_alnum.as_bytes(), alnum)
            || glued_before(hay, vs, d.def.reject_glued_before.as_bytes(), alnum)
            || glued_after(hay, ve, d.def.reject_glued_after.as_bytes(), alnum)
            || preceded_by(hay, vs, &d.def.reject_preceded_by)
            || (d.def.reject_glued_in_han && glued_in_han(hay, start, vs, ve))
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

/// Whether the value `hay[vs..ve]` of a match starting at `start` is glued to a Han label
/// (a Han character right before `vs`) inside running Han text (a Han character right
/// before `start` or right after `ve`). Han: CJK unified ideographs and extension A,
/// `\u{3400}`-`\u{4DBF}` and `\u{4E00}`-`\u{9FFF}`, three bytes each in UTF-8.
fn glued_in_han(hay: &[u8], start: usize, vs: usize, ve: usize) -> bool {
    let han = |range: Option<&[u8]>| {
        range
            .and_then(|b| std::str::from_utf8(b).ok())
            .and_then(|s| s.chars().next())
            .is_some_and(|c| matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'))
    };
    let before = |at: usize| han(at.checked_sub(3).and_then(|s| hay.get(s..at)));
    before(vs) && (before(start) || han(hay.get(ve..ve + 3)))
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
    fn glued_in_han_reads_the_characters_around_label_and_value() {
        // Label 姓名 at 3..9, value 索引 at 9..15, then 》.
        let text = "工姓名索引》".as_bytes();
        assert!(glued_in_han(text, 3, 9, 15)); // Han before the label
        assert!(!glued_in_han(&text[3..], 0, 6, 12)); // nothing before, 》 after
        assert!(glued_in_han("姓名权的".as_bytes(), 0, 6, 9)); // Han after the value
        let glued = "联系人李娜13912345678".as_bytes();
        assert!(!glued_in_han(glued, 0, 9, 15));
        let separated = "的姓名：张伟明天".as_bytes();
        assert!(!glued_in_han(separated, 3, 12, 18)); // not glued: ： before the value
        assert!(!glued_in_han("name李娜的".as_bytes(), 0, 4, 10)); // a Latin label
        assert!(glued_in_han("㐀䶵李娜".as_bytes(), 3, 6, 12));
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
