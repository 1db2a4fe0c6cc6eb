//! What a user detector's pattern may cost, measured when it is loaded, so that one
//! pattern in a user's directory cannot make every scan many times slower.
//!
//! A pattern such as `\w{1,60}[^@]{0,60}\w{50}@example\.com` compiles (to an automaton
//! of tens of thousands of states) and finds what it should, but the states of its lazy
//! DFA explode: the cache of states is cleared again and again, and the engine falls back
//! to simulating the automaton, at a cost per byte proportional to its size. Such a
//! pattern turned a 0.6 s scan of 7 MB into 24 s.
//!
//! Two limits, both measured deterministically (the same pattern always passes or fails,
//! whatever the machine and its load; no clock is read):
//!
//! - **size**: the pattern compiled alone to a Thompson NFA takes at most
//!   [`NFA_BYTES_MAX`] bytes;
//! - **work per byte**: the pattern's lazy DFA, forward and reverse, scans the
//!   [`probe`] text (a fixed [`PROBE_LEN`] bytes of mixed text: words, digit runs,
//!   hexadecimal and base64 tokens, Chinese text, e-mail-like, JSON-like and log-like
//!   fragments) with a cache of at most [`DFA_CACHE_MAX`] bytes, never clearing it. A
//!   DFA state is built once and then costs one table lookup per byte; a pattern whose
//!   states do not fit is one whose cost per byte grows with the text.
//!
//! The built-in catalogue is far inside both limits (a test says by how much); only
//! patterns from user directories are measured, when they are loaded.

use std::sync::OnceLock;

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures, NFA};
use regex_automata::{Input, MatchErrorKind};

/// The largest compiled NFA accepted for a user pattern, in bytes: about nine times the
/// largest built-in one (the Chinese address pattern, 54 KiB).
pub const NFA_BYTES_MAX: usize = 512 << 10;

/// The lazy-DFA cache a user pattern must scan the probe text within, in bytes: about
/// three times what the most demanding built-in pattern needs (the e-mail address, 2.6
/// MiB on the probe's many address-like and base64 tokens; most need under 100 KiB), and
/// half the engine's own cache for the whole catalogue.
pub const DFA_CACHE_MAX: usize = 8 << 20;

/// The length of the [`probe`] text, in bytes.
pub const PROBE_LEN: usize = 256 << 10;

/// A measure of a pattern that went past its limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Excess {
    /// The compiled NFA takes this many bytes (more than [`NFA_BYTES_MAX`]).
    Size(usize),
    /// The lazy DFA (forward or reverse) filled [`DFA_CACHE_MAX`] bytes of states after
    /// this many bytes of the probe text.
    Work {
        /// `true` for the reverse DFA (the one that finds where a match starts).
        reverse: bool,
        /// How far into the probe text (from its start or end) the cache was full.
        at: usize,
    },
}

impl std::fmt::Display for Excess {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Excess::Size(bytes) => write!(
                f,
                "pattern is too large: it compiles to {} KiB, over the limit of {} KiB for \
                 user detectors",
                bytes.div_ceil(1024),
                NFA_BYTES_MAX >> 10
            ),
            Excess::Work { reverse, at } => write!(
                f,
                "pattern is too costly per byte: its {}automaton needs more than the limit of \
                 {} KiB of states for user detectors after {at} of the {PROBE_LEN} bytes of \
                 the probe text (counted repetitions of broad classes such as `\\w{{50}}` \
                 or `[^@]{{0,60}}` next to each other multiply states; bound them by \
                 literal text or narrow the classes)",
                if reverse { "reverse " } else { "" },
                DFA_CACHE_MAX >> 10
            ),
        }
    }
}

/// What measuring a pattern found: its compiled size and the DFA cache it needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cost {
    /// Bytes of the compiled NFA.
    pub nfa_bytes: usize,
    /// The larger of the forward and reverse lazy-DFA caches after scanning the probe.
    pub dfa_cache_bytes: usize,
}

/// Measures `pattern` (which must compile) against the limits for user detectors.
pub fn measure(pattern: &str) -> Result<Cost, Excess> {
    let forward = compile(pattern, false)?;
    let reverse = compile(pattern, true)?;
    let nfa_bytes = forward.memory_usage();
    let text = probe();
    let fwd = scan(forward, text, false)?;
    let rev = scan(reverse, text, true)?;
    Ok(Cost { nfa_bytes, dfa_cache_bytes: fwd.max(rev) })
}

fn compile(pattern: &str, reverse: bool) -> Result<NFA, Excess> {
    // Under the engine's own default size limit; anything bigger never reaches here
    // (it does not compile when the detector is resolved).
    let captures = if reverse { WhichCaptures::None } else { WhichCaptures::All };
    let config = thompson::Config::new().reverse(reverse).which_captures(captures);
    match NFA::compiler().configure(config).build(pattern) {
        Ok(nfa) if nfa.memory_usage() <= NFA_BYTES_MAX => Ok(nfa),
        Ok(nfa) => Err(Excess::Size(nfa.memory_usage())),
        Err(_) => Err(Excess::Size(NFA_BYTES_MAX + 1)),
    }
}

/// Runs the lazy DFA of `nfa` over `text` from one match to the next (forward from the
/// start, or reverse from the end), giving up as soon as its cache is full. Returns the
/// cache it used.
fn scan(nfa: NFA, text: &[u8], reverse: bool) -> Result<usize, Excess> {
    let config = DFA::config()
        .cache_capacity(DFA_CACHE_MAX)
        .skip_cache_capacity_check(true)
        .minimum_cache_clear_count(Some(0));
    let dfa = DFA::builder()
        .configure(config)
        .build_from_nfa(nfa)
        .map_err(|_| Excess::Work { reverse, at: 0 })?;
    let mut cache: Cache = dfa.create_cache();
    let gave_up = |e: regex_automata::MatchError| {
        let at = match *e.kind() {
            MatchErrorKind::GaveUp { offset } if reverse => text.len() - offset,
            MatchErrorKind::GaveUp { offset } => offset,
            _ => 0,
        };
        Excess::Work { reverse, at }
    };
    let (mut start, mut end) = (0, text.len());
    while start < end {
        let input = Input::new(text).range(start..end);
        if reverse {
            match dfa.try_search_rev(&mut cache, &input).map_err(gave_up)? {
                Some(m) => end = m.offset().min(end - 1),
                None => break,
            }
        } else {
            match dfa.try_search_fwd(&mut cache, &input).map_err(gave_up)? {
                Some(m) => start = m.offset().max(start + 1),
                None => break,
            }
        }
    }
    Ok(cache.memory_usage())
}

/// The probe text: [`PROBE_LEN`] bytes of mixed text, the same on every run (a seeded
/// SplitMix64 stream; written here because the library needs nothing more, and the
/// test-data generators live outside it).
pub fn probe() -> &'static [u8] {
    static PROBE: OnceLock<Vec<u8>> = OnceLock::new();
    PROBE.get_or_init(make_probe)
}

fn make_probe() -> Vec<u8> {
    const WORDS: &[&str] = &[
        "the",
        "user",
        "id",
        "name",
        "phone",
        "mobile",
        "order",
        "card",
        "status",
        "ok",
        "error",
        "request",
        "session",
        "email",
        "address",
        "version",
        "timestamp",
        "total",
        "INFO",
        "WARN",
        "GET",
        "POST",
        "null",
        "true",
        "手机",
        "身份证",
        "姓名",
        "地址",
        "电话",
        "订单",
        "用户",
        "北京市朝阳区",
        "联系人",
        "备注",
    ];
    const HEX: &[u8] = b"0123456789abcdef";
    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const SEPARATORS: &[&str] =
        &[" ", " ", " ", ", ", ": ", "=", "-", "_", ".", "/", ";", "\t", "：", "，", "|"];
    let mut state = 0x7069_6973_6361_6e00_u64;
    let mut next = move |n: usize| -> usize {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        ((z ^ (z >> 31)) % n as u64) as usize
    };
    let mut out = Vec::with_capacity(PROBE_LEN + 256);
    while out.len() < PROBE_LEN {
        match next(10) {
            0..=2 => out.extend_from_slice(WORDS[next(WORDS.len())].as_bytes()),
            3 => (0..1 + next(24)).for_each(|_| out.push(b'0' + next(10) as u8)),
            4 => (0..8 + next(56)).for_each(|_| out.push(HEX[next(16)])),
            5 => (0..16 + next(300)).for_each(|_| out.push(B64[next(64)])),
            6 => {
                // Chinese text: common ideographs (U+4E00..U+9FA5).
                for _ in 0..1 + next(12) {
                    let c = char::from_u32(0x4e00 + next(0x51a6) as u32).expect("in range");
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
            }
            7 => {
                let (user, host) = (WORDS[next(19)], WORDS[next(19)]);
                out.extend_from_slice(format!("{user}.{}@{host}.example.com", next(999)).as_bytes())
            }
            8 => out.extend_from_slice(
                format!(
                    "{{\"{}\": \"{}\", \"n\": {}}}",
                    WORDS[next(19)],
                    WORDS[next(34)],
                    next(1 << 20)
                )
                .as_bytes(),
            ),
            _ => out.extend_from_slice(
                format!(
                    "2026-{:02}-{:02}T{:02}:{:02}:{:02}Z",
                    1 + next(12),
                    1 + next(28),
                    next(24),
                    next(60),
                    next(60)
                )
                .as_bytes(),
            ),
        }
        if next(8) == 0 {
            out.push(b'\n');
        } else {
            out.extend_from_slice(SEPARATORS[next(SEPARATORS.len())].as_bytes());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::Catalog;

    #[test]
    fn the_probe_is_fixed_mixed_and_valid_utf8() {
        let p = probe();
        assert!(p.len() >= PROBE_LEN && p.len() < PROBE_LEN + 512);
        assert_eq!(p, make_probe().as_slice());
        let text = std::str::from_utf8(p).unwrap();
        assert!(text.contains('@') && text.contains('\n') && text.contains("手机"));
        assert!(text.chars().any(|c| ('\u{4e00}'..='\u{9fa5}').contains(&c)));
    }

    /// Every built-in pattern is far inside the limits (at most half of each), so a user
    /// pattern like the built-ins is never refused.
    #[test]
    fn the_builtin_catalogue_is_within_half_the_limits() {
        for d in Catalog::embedded().detectors() {
            let cost = measure(&d.def.pattern).unwrap_or_else(|e| panic!("{}: {e}", d.id()));
            assert!(cost.nfa_bytes <= NFA_BYTES_MAX / 2, "{}: {cost:?}", d.id());
            assert!(cost.dfa_cache_bytes <= DFA_CACHE_MAX / 2, "{}: {cost:?}", d.id());
        }
    }

    #[test]
    fn exploding_and_oversized_patterns_are_refused() {
        // Large (Unicode classes repeated a hundred times), and slow.
        let e = measure(r"\w{1,60}[^@]{0,60}\w{50}@example\.com").unwrap_err();
        assert!(matches!(e, Excess::Size(n) if n > NFA_BYTES_MAX), "{e}");
        // Small (ASCII classes), but its DFA states multiply on the probe's word runs.
        let e = measure(r"(?-u:\w){1,60}[^@\n]{0,60}(?-u:\w){50}@example\.com").unwrap_err();
        assert!(matches!(e, Excess::Work { reverse: false, .. }), "{e:?}");
        assert!(e.to_string().contains("8192 KiB"), "{e}");
        let e = measure(r"\w{2000}").unwrap_err();
        assert!(matches!(e, Excess::Size(n) if n > NFA_BYTES_MAX), "{e:?}");
        assert!(e.to_string().contains("512 KiB"), "{e}");
    }
}
