//! Mainland China fixed-line telephone numbers (固定电话).
//!
//! ## What it checks
//!
//! A national number made of the trunk prefix `0`, an area code and a subscriber
//! number, in the usual written forms:
//!
//! ```text
//! 010-62345678     (010)62345678     0755 8888 1234     075588881234
//! +86 10 62345678  +86-755-88881234  +86 (755) 8888 1234  0086 10 62345678
//! ```
//!
//! - Area codes: the two-digit-zone cities `010` (Beijing) and `020`-`025`, `027`-`029`
//!   (Guangzhou, Shanghai, Tianjin, Chongqing, Shenyang, Nanjing, Wuhan, Chengdu, Xi'an),
//!   which take 8-digit subscriber numbers; and `0` followed by three digits, the first
//!   `3`-`9`, which take 7- or 8-digit subscriber numbers. Only area codes in use are
//!   accepted, each with the subscriber lengths it takes, as libphonenumber's metadata
//!   lists them ([`super::cn_numbering::AREA_CODES`]: `0755` takes 8 digits, `0312` 7,
//!   `0300` is not in use). So the national number (with its `0`) has 11 or 12 digits.
//! - The subscriber number does not start with `0` or `1` (those are trunk, service and
//!   special numbers).
//! - With the country code (`+86`, or `0086` without `+`) the trunk `0` is left out:
//!   `+86 010 …` and `+86 (0)10 …` are rejected, as is `86 …` without `+` or `00`.
//!
//! Formatting: digits, single spaces or dashes between groups, and one pair of
//! parentheses around the area code. If the area code is set off at all, the first
//! break after the country code must be exactly at its end (`0755 8888 1234` is accepted,
//! `07 5588 881234` is not), and nothing may split the area code or the country code. The
//! value must start with a digit, `+` or `(` and end with a digit.
//!
//! An extension of 1-5 digits may follow: after `转`, `分机`, `ext`/`ext.`, `x` or `#`
//! (with or without spaces), or after a dash when the whole is no number but the part
//! before the dash is (`010-62345678-8001`; `0755-8888-1234` is a grouped number).
//!
//! ## Algorithm
//!
//! 1. Scan the bytes once: digits are counted; each run of formatting between digits
//!    may hold one space or dash and the parentheses, and its position (digits before
//!    it) is recorded in a bit set.
//! 2. Collect the digits and remove the country code (`+` then `86`, or `0086`) or the
//!    trunk `0`; anything else is rejected.
//! 3. Classify the area code by its first digits (`10`, `2x` with x ≠ 6, or `3`-`9`),
//!    look it up in the table of area codes in use and check the subscriber length it
//!    takes and the subscriber's first digit.
//! 4. Check the recorded breaks and parentheses against the area code's boundaries.
//!
//! ## Example
//!
//! ```text
//! 010-62345678       valid
//! +86 755 8888 1234  valid
//! 0312-5888123       valid   (7-digit subscriber in Baoding)
//! 0755-8888123       invalid (Shenzhen numbers have 8 digits)
//! 010-6234567        invalid (Beijing numbers have 8 digits)
//! 026-62345678       invalid (026 is not a two-digit zone)
//! 0300-62345678      invalid (0300 is not in use)
//! 0755-18881234      invalid (subscriber starts with 1)
//! 13800138000        invalid (a mobile number has no trunk 0)
//! ```
//!
//! ## References
//!
//! - MIIT, *Telecommunication Network Numbering Plan* (电信网编号计划, 2017): long-distance
//!   area codes and local number lengths.
//! - ITU-T E.164 and the ITU national numbering plan notification for China (+86; trunk
//!   prefix 0 dropped after the country code).

use super::cn_numbering::AREA_CODES;
use super::{digits_into, Env};

/// Most digits a valid value holds (`0086`, three-digit area, eight-digit subscriber).
const MAX_DIGITS: usize = 15;

/// Whether `value` is a plausible mainland fixed-line number (see the module
/// documentation for the accepted forms).
pub fn validate(value: &[u8], _env: &Env) -> bool {
    number(value) || without_extension(value).is_some_and(number)
}

/// Whether `value` is a number without extension.
fn number(value: &[u8]) -> bool {
    let (plus, body) = match value {
        [b'+', rest @ ..] => (true, rest),
        _ => (false, value),
    };
    let starts_ok = body.first().is_some_and(|&b| b.is_ascii_digit() || b == b'(');
    if !starts_ok || !body.last().is_some_and(u8::is_ascii_digit) {
        return false;
    }

    // 1. Formatting: bit k of `breaks` is set when formatting follows the k-th digit.
    let mut count = 0usize;
    let mut breaks = 0u32;
    let (mut open, mut close) = (None, None);
    let mut run_has_separator = false;
    for &b in body {
        match b {
            b'0'..=b'9' => {
                count += 1;
                run_has_separator = false;
                continue;
            }
            b' ' | b'-' if !run_has_separator && count > 0 => run_has_separator = true,
            b'(' if open.is_none() => open = Some(count),
            b')' if open.is_some() && close.is_none() => close = Some(count),
            _ => return false,
        }
        if count > MAX_DIGITS {
            return false;
        }
        breaks |= 1 << count;
    }
    if open.is_some() != close.is_some() {
        return false;
    }

    // 2. Country code or trunk prefix.
    let mut buf = [0u8; MAX_DIGITS];
    let Some(n) = digits_into(body, &mut buf) else {
        return false;
    };
    let (start, national) = match (plus, &buf[..n]) {
        (true, [8, 6, rest @ ..]) => (2, rest),
        (false, [0, 0, 8, 6, rest @ ..]) => (4, rest),
        (false, [0, rest @ ..]) => (0, rest),
        _ => return false,
    };

    // 3. Area code (without the trunk 0) and subscriber number.
    let area_len = match national {
        [1, 0, ..] | [2, 0..=5 | 7..=9, ..] => 2,
        [3..=9, ..] => 3,
        _ => return false,
    };
    let subscriber = national.get(area_len..).unwrap_or_default();
    let area = national.iter().take(area_len).fold(0u16, |acc, &d| acc * 10 + u16::from(d));
    let lengths_ok = match subscriber.len() {
        7 => lengths(area) & 1 != 0,
        8 => lengths(area) & 2 != 0,
        _ => false,
    };
    if !lengths_ok || subscriber[0] < 2 {
        return false;
    }

    // 4. Breaks only where the country code or area code ends; parentheses only around
    // the area code.
    let area_end = if start == 0 { 1 + area_len } else { start + area_len };
    let below_area_end = (1u32 << area_end) - 1;
    let inside = breaks & below_area_end & !(1 << start) != 0;
    let later = breaks >> (area_end + 1) != 0;
    let area_set_off = breaks & (1 << area_end) != 0;
    let parens_ok = open.is_none() || (open == Some(start) && close == Some(area_end));
    !inside && (!later || area_set_off) && parens_ok
}

/// The subscriber lengths area code `area` (without the trunk `0`) takes: bit 0 for 7
/// digits, bit 1 for 8; 0 when the area code is not in use.
fn lengths(area: u16) -> u8 {
    AREA_CODES.binary_search_by_key(&area, |&(code, _)| code).map_or(0, |i| AREA_CODES[i].1)
}

/// `value` without a trailing extension (see the module documentation), if it has one.
fn without_extension(value: &[u8]) -> Option<&[u8]> {
    let tail = value.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=5).contains(&tail) {
        return None;
    }
    let head = &value[..value.len() - tail];
    let marked = head.trim_ascii_end();
    for marker in ["转", "分机", "ext.", "ext", "x", "#"] {
        let Some(cut) = marked.len().checked_sub(marker.len()) else { continue };
        if marked[cut..].eq_ignore_ascii_case(marker.as_bytes()) {
            let number = marked[..cut].trim_ascii_end();
            if number.last().is_some_and(u8::is_ascii_digit) {
                return Some(number);
            }
        }
    }
    head.strip_suffix(b"-")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn env() -> Env {
        Env { today: jiff::civil::date(2025, 6, 1) }
    }

    fn ok(s: &str) -> bool {
        validate(s.as_bytes(), &env())
    }

    /// The two-digit-zone area codes (with trunk 0).
    const TWO_DIGIT_ZONES: [&str; 10] =
        ["010", "020", "021", "022", "023", "024", "025", "027", "028", "029"];

    /// Independent statement of the numbering rule on a national number (with its 0).
    fn reference_valid(national: &str) -> bool {
        let b = national.as_bytes();
        if !national.bytes().all(|c| c.is_ascii_digit()) || b.first() != Some(&b'0') {
            return false;
        }
        let two_digit = TWO_DIGIT_ZONES.iter().any(|z| national.starts_with(z));
        let (area, sub) = if two_digit {
            national.split_at(3)
        } else if national.len() > 1 && (b'3'..=b'9').contains(&b[1]) {
            national.split_at(4)
        } else {
            return false;
        };
        // The area code must be in use and take this subscriber length.
        let code: u16 = area[1..].parse().expect("digits");
        let bit = match sub.len() {
            7 => 1,
            8 => 2,
            _ => return false,
        };
        let sub_len_ok = AREA_CODES.iter().any(|&(c, mask)| c == code && mask & bit != 0);
        sub_len_ok && !sub.starts_with('0') && !sub.starts_with('1')
    }

    /// All the accepted renderings of `area` (with 0) and `sub`.
    fn renderings(area: &str, sub: &str) -> Vec<String> {
        let bare = &area[1..];
        let (s1, s2) = sub.split_at(sub.len() - 4);
        vec![
            format!("{area}{sub}"),
            format!("{area}-{sub}"),
            format!("{area} {sub}"),
            format!("({area}){sub}"),
            format!("({area}) {sub}"),
            format!("{area}-{s1}-{s2}"),
            format!("{area} {s1} {s2}"),
            format!("+86{bare}{sub}"),
            format!("+86 {bare} {sub}"),
            format!("+86-{bare}-{sub}"),
            format!("+86 ({bare}) {s1} {s2}"),
            format!("+86({bare}){sub}"),
            format!("0086 {bare} {sub}"),
            format!("0086-{bare}-{s1}-{s2}"),
        ]
    }

    #[test]
    fn extensions() {
        for v in [
            "010-62345678-8001",
            "0755-88881234转302",
            "010 62345678 分机 12",
            "021-23456789 ext. 12",
            "021-23456789x12",
            "+86 10 62345678#5",
        ] {
            assert!(validate(v.as_bytes(), &env()), "{v}");
        }
        for v in ["010-6234567-8001", "0755-8888-1234-", "010-62345678转", "010-62345678-800123"] {
            assert!(!validate(v.as_bytes(), &env()), "{v}");
        }
        assert!(validate(b"0755-8888-1234", &env()), "a grouped number, not an extension");
    }

    #[test]
    fn valid_numbers() {
        let numbers = [
            ("010", "62345678"),
            ("020", "83456789"),
            ("021", "23456789"),
            ("022", "99999999"),
            ("023", "20000000"),
            ("024", "31234567"),
            ("025", "84567890"),
            ("027", "87654321"),
            ("028", "86000000"),
            ("029", "88881234"),
            ("0755", "88881234"),
            ("0312", "5888123"),
            ("0311", "23456789"),
            ("0991", "2345678"),
            ("0571", "87654321"),
        ];
        for (area, sub) in numbers {
            assert!(reference_valid(&format!("{area}{sub}")), "{area}{sub}");
            for r in renderings(area, sub) {
                assert!(ok(&r), "{r}");
            }
        }
    }

    #[test]
    fn invalid_numbers() {
        let invalid = [
            "03", // ends inside the area code
            "0755",
            "010",
            "+863",
            "(0755)",
            "010-6234567",   // Beijing takes 8 digits
            "010-623456789", // 9 digits
            "021-2345678",   // two-digit zone, 7 digits
            "026-62345678",  // 026 is not a zone
            "0300-62345678", // 0300 is not in use
            "0300-6234567",
            "0755-8888123",      // Shenzhen takes 8 digits
            "0312-58881234",     // Baoding takes 7 digits
            "011-62345678",      // 011 is not a zone
            "0255-62345678",     // read as 025 + 9 digits
            "0155-2345678",      // 01x other than 010
            "0055-2345678",      // 00 is the international prefix
            "0755-18881234",     // subscriber starts with 1
            "0755-08881234",     // subscriber starts with 0
            "0755-888812",       // 6-digit subscriber
            "0755-888812345",    // 9-digit subscriber
            "010-12345678",      // subscriber starts with 1
            "13800138000",       // mobile number
            "+86 138 0013 8000", // mobile number
            "62345678",          // no area code
            "10 62345678",       // no trunk 0
            "86 10 62345678",    // country code without + or 00
            "+86 010 62345678",  // trunk 0 after the country code
            "+86 (0)10 62345678",
            "+0086 10 62345678",
            "+85 10 62345678",
            "+8 6 10 62345678", // split country code
            "07 5588 881234",   // split area code
            "0755888 81234",    // first break not at the area code
            "(0755 8888 1234",
            "0755) 8888 1234",
            "(075)5 8888 1234",
            "((0755)) 88881234",
            "(0755)(8888)1234",
            "0755--88881234",
            "0755 - 88881234",
            "0755_88881234",
            "0755.8888.1234",
            "+86 755 8888 1234 ", // trailing space
            " 0755 8888 1234",
            "0755 8888 1234-",
            "+ 86 755 88881234",
            "++86 755 88881234",
            "(+86) 755 88881234",
            "0755 8888 123４",
            "0",
            "+",
            "",
        ];
        for v in invalid {
            assert!(!ok(v), "{v}");
        }
    }

    /// A valid (area with 0, subscriber) pair.
    fn number_strategy() -> impl Strategy<Value = (String, String)> {
        let two = (proptest::sample::select(TWO_DIGIT_ZONES.to_vec()), 2u32..10, 0u32..10_000_000)
            .prop_map(|(z, first, rest)| (z.to_owned(), format!("{first}{rest:07}")));
        let areas: Vec<(u16, u8)> = AREA_CODES.iter().copied().filter(|&(c, _)| c >= 300).collect();
        let three = (proptest::sample::select(areas), 2u32..10, 0u32..10_000_000, any::<bool>())
            .prop_map(|((code, mask), first, rest, eight)| {
                let sub = if mask == 2 || (eight && mask == 3) {
                    format!("{first}{rest:07}")
                } else {
                    format!("{first}{:06}", rest % 1_000_000)
                };
                (format!("0{code}"), sub)
            });
        prop_oneof![two, three]
    }

    proptest! {
        #[test]
        fn generated_numbers_pass((area, sub) in number_strategy()) {
            let national = format!("{area}{sub}");
            prop_assert!(reference_valid(&national));
            for r in renderings(&area, &sub) {
                prop_assert!(ok(&r), "{}", r);
            }
        }

        #[test]
        fn agrees_with_reference_on_bare_numbers(s in "0[0-9]{8,12}") {
            prop_assert_eq!(ok(&s), reference_valid(&s), "{}", s);
            prop_assert_eq!(ok(&format!("+86 {}", &s[1..])), reference_valid(&s), "{}", s);
        }

        #[test]
        fn misplaced_break_fails((area, sub) in number_strategy(), at in 1usize..4) {
            // A space inside the area code is never accepted.
            let at = at % (area.len() - 1) + 1;
            let v = format!("{} {}{sub}", &area[..at], &area[at..]);
            prop_assert!(!ok(&v), "{}", v);
        }

        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..32)) {
            let _ = validate(&bytes, &env());
        }

        #[test]
        fn never_panics_on_near_misses(s in "\\+?[0-9() -]{0,24}") {
            // Short values such as `03` or `+863` end inside the area code.
            let _ = validate(s.as_bytes(), &env());
        }
    }
}
