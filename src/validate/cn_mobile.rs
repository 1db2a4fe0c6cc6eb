//! Mainland China mobile phone numbers.
//!
//! ## What it checks
//!
//! An 11-digit mobile number starting with `1` whose three-digit prefix (号段) is
//! allocated to public mobile service, optionally written with the country code `+86`,
//! `86` or `0086`, and with spaces or dashes between groups (`+86 138-0013-8000`).
//!
//! Allocated prefixes are those libphonenumber's metadata lists as mobile
//! ([`super::cn_numbering::MOBILE_PREFIXES`], first five digits): 130-139, 145, 147,
//! 150-153, 155-159, 1610x, 162, 165-167, 170-173, 17400-17405, 175-178, 180-189, 190-193
//! and 195-199. Not accepted: 140-144 (13-digit IoT numbers), 146, 148, 149 (data-only
//! and IoT segments), 154, 160, the rest of 161, 163, 164, 168, 169, the rest of 174, 179,
//! 194 and every 10x, 11x and 12x.
//!
//! Only ASCII digits, spaces, `-` and a single leading `+` may appear; the value must
//! start with a digit or the `+` and end with a digit. A `+` requires the `86` country
//! code (`+0086` is not accepted), and `0086` must be written without `+`.
//!
//! ## Algorithm
//!
//! 1. Reject any byte other than digits, space and `-` (after an optional leading `+`).
//! 2. Collect the digits: 11 digits are a national number; 13 digits starting `86` and 15
//!    digits starting `0086` lose that prefix; any other count is rejected.
//! 3. Accept when the first five digits fall in an allocated prefix range.
//!
//! ## Example
//!
//! ```text
//! 13800138000          valid   (prefix 138)
//! +86 138 0013 8000    valid   (country code, grouped)
//! 0086-199-1234-5678   valid   (prefix 199)
//! 14012345678          invalid (140 is an IoT prefix)
//! 14612345678          invalid (146 is not allocated to public mobile service)
//! 12345678901          invalid (12x is not a mobile prefix)
//! ```
//!
//! ## References
//!
//! - MIIT, *Telecommunication Network Numbering Plan* (电信网编号计划, 2017) and its
//!   later number-segment (号段) allocation notices, as summarised by libphonenumber's
//!   metadata (see [`super::cn_numbering`] for the version).
//! - ITU-T E.164 and the ITU list of country codes (`86` for China).

use super::cn_numbering::MOBILE_PREFIXES;
use super::{digits_into, Env};

/// Whether every number on the three-digit prefix `p` (e.g. `138`) is allocated to
/// public mobile service in mainland China (`161` and `174`, allocated only in part, are
/// not).
pub fn is_allocated_prefix(p: u16) -> bool {
    let (lo, hi) = (u32::from(p) * 100, u32::from(p) * 100 + 99);
    MOBILE_PREFIXES.iter().any(|&(a, b)| a <= lo && hi <= b)
}

/// Whether the national number `digits` (digit values, at least five) starts with an
/// allocated five-digit prefix.
fn is_allocated(digits: &[u8]) -> bool {
    let Some(head) = digits.get(..5) else {
        return false;
    };
    let p = head.iter().fold(0u32, |acc, &d| acc * 10 + u32::from(d));
    // The table is short (a dozen ranges): a linear scan beats a binary search here.
    MOBILE_PREFIXES.iter().any(|&(a, b)| (a..=b).contains(&p))
}

/// Whether `value` is a plausible mainland mobile number: 11 digits with an allocated
/// prefix, optionally after `+86`, `86` or `0086`, with spaces or dashes as separators.
pub fn validate(value: &[u8], _env: &Env) -> bool {
    let (plus, rest) = match value {
        [b'+', rest @ ..] => (true, rest),
        _ => (false, value),
    };
    match (rest.first(), rest.last()) {
        (Some(first), Some(last)) if first.is_ascii_digit() && last.is_ascii_digit() => {}
        _ => return false,
    }
    if !rest.iter().all(|&b| b.is_ascii_digit() || b == b' ' || b == b'-') {
        return false;
    }
    let mut buf = [0u8; 15];
    let Some(n) = digits_into(rest, &mut buf) else {
        return false;
    };
    let national = match (n, plus, &buf[..n]) {
        (11, false, digits) => digits,
        (13, _, [8, 6, digits @ ..]) => digits,
        (15, false, [0, 0, 8, 6, digits @ ..]) => digits,
        _ => return false,
    };
    is_allocated(national)
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

    #[test]
    fn allocated_prefixes() {
        let allocated: Vec<u16> = (100..200).filter(|&p| is_allocated_prefix(p)).collect();
        let mut expected: Vec<u16> = Vec::new();
        expected.extend(130..=139);
        expected.extend([145, 147]);
        expected.extend(150..=153);
        expected.extend(155..=159);
        expected.extend([162, 165, 166, 167]);
        expected.extend(170..=173);
        expected.extend(175..=178);
        expected.extend(180..=189);
        expected.extend(190..=193);
        expected.extend(195..=199);
        assert_eq!(allocated, expected);
        for p in [
            140, 141, 142, 143, 144, 146, 148, 149, 154, 160, 161, 163, 164, 168, 169, 174, 179,
            194, 100, 119, 120, 129,
        ] {
            assert!(!is_allocated_prefix(p), "{p}");
        }
        assert!(
            !is_allocated_prefix(0) && !is_allocated_prefix(1380) && !is_allocated_prefix(u16::MAX)
        );
    }

    #[test]
    fn partly_allocated_prefixes() {
        // 1610x and 17400-17405 are mobile; the rest of 161 and 174 is not.
        assert!(ok("16100123456") && ok("16109123456") && ok("17400123456") && ok("17405123456"));
        assert!(!ok("16110123456") && !ok("16123456789") && !ok("17406123456"));
        assert!(!ok("17423456789") && !ok("14623456789") && !ok("14912345678"));
    }

    #[test]
    fn valid_numbers() {
        for s in [
            "13800138000",
            "138 0013 8000",
            "138-0013-8000",
            "+8613800138000",
            "+86 138 0013 8000",
            "+86-138-0013-8000",
            "8613800138000",
            "86 13800138000",
            "008613800138000",
            "0086 138 0013 8000",
            "0086-199-1234-5678",
            "14512345678",
            "16212345678",
            "16712345678",
            "17812345678",
            "19012345678",
            "19212345678",
            "19512345678",
            "19912345678",
        ] {
            assert!(ok(s), "{s}");
        }
    }

    #[test]
    fn invalid_numbers() {
        for s in [
            "",
            "+",
            "+86",
            "1380013800",   // 10 digits
            "138001380001", // 12 digits
            "14012345678",  // IoT
            "14412345678",
            "15412345678",
            "16012345678",
            "16112345678",
            "16312345678",
            "16412345678",
            "16812345678",
            "16912345678",
            "17912345678",
            "19412345678",
            "10012345678",
            "11012345678",
            "12345678901",
            "23800138000",      // does not start with 1
            "+13800138000",     // '+' without 86
            "+008613800138000", // '+' with 0086
            "8513800138000",    // 13 digits, wrong country code
            "0085213800138000",
            "008513800138000",
            "8614012345678",   // country code, unallocated prefix
            "(138) 0013 8000", // parentheses
            "138.0013.8000",   // dots
            "138\t0013\t8000", // tab
            "１３800138000",   // full-width digits
            " 13800138000",    // leading separator
            "13800138000-",    // trailing separator
            "138+00138000",    // '+' inside
            "++8613800138000",
        ] {
            assert!(!ok(s), "{s}");
        }
    }

    fn allocated() -> impl Strategy<Value = u16> {
        proptest::sample::select(
            (100u16..200).filter(|&p| is_allocated_prefix(p)).collect::<Vec<_>>(),
        )
    }

    fn unallocated() -> impl Strategy<Value = u16> {
        // 161 and 174 are allocated in part (`partly_allocated_prefixes`).
        let prefixes = (100u16..200)
            .filter(|&p| !is_allocated_prefix(p) && p != 161 && p != 174)
            .collect::<Vec<_>>();
        proptest::sample::select(prefixes)
    }

    fn format_number(prefix: &str, national: &str, sep: &str) -> String {
        let grouped = format!("{}{sep}{}{sep}{}", &national[..3], &national[3..7], &national[7..]);
        format!("{prefix}{grouped}")
    }

    proptest! {
        #[test]
        fn generated_numbers_pass(
            p in allocated(),
            rest in 0u32..100_000_000,
            prefix in proptest::sample::select(
                vec!["", "+86", "+86 ", "86", "86-", "0086", "0086 "],
            ),
            sep in proptest::sample::select(vec!["", " ", "-"]),
        ) {
            let national = format!("{p}{rest:08}");
            let s = format_number(prefix, &national, sep);
            prop_assert!(ok(&s), "{}", s);
        }

        #[test]
        fn unallocated_prefixes_fail(p in unallocated(), rest in 0u32..100_000_000) {
            let national = format!("{p}{rest:08}");
            prop_assert!(!ok(&national));
            let intl = format!("+86 {national}");
            prop_assert!(!ok(&intl));
        }

        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..40)) {
            let _ = validate(&bytes, &env());
        }

        #[test]
        fn near_misses_match_the_rule(s in "\\+?[0-9 -]{0,20}") {
            // Whatever passes has an allocated five-digit prefix in its last 11 digits.
            if ok(&s) {
                let digits: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).collect();
                let national = &digits[digits.len() - 11..];
                let values: Vec<u8> = national.iter().map(|d| d - b'0').collect();
                prop_assert!(is_allocated(&values));
            }
        }
    }
}
