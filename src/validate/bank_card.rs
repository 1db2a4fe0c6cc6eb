//! Payment card numbers (PAN).
//!
//! ## What it checks
//!
//! A card number of 13-19 digits, optionally grouped with spaces or dashes
//! (`6225 8814 1420 7430`, `6225-8814-1420-7430`; one kind of separator, single
//! separators between digits), whose Luhn check digit is right and whose issuer
//! identification number (IIN) belongs to a known brand issuing that length:
//!
//! | brand        | IIN prefixes                                        | lengths       |
//! |--------------|-----------------------------------------------------|---------------|
//! | `visa`       | 4                                                   | 13, 16, 19    |
//! | `mastercard` | 51-55, 2221-2720                                    | 16            |
//! | `amex`       | 34, 37                                              | 15            |
//! | `discover`   | 6011, 644-649, 65                                   | 16-19         |
//! | `jcb`        | 3528-3589                                           | 16-19         |
//! | `unionpay`   | 62, 81                                              | 16-19         |
//! | `diners`     | 300-305, 36, 38, 39                                 | 14-19         |
//! | `maestro`    | 5018, 5020, 5038, 5893, 6304, 6759, 6761-6763       | 12-19         |
//! | `mir`        | 2200-2204                                           | 16-19         |
//! | `cn_domestic`| 9558, 95595-95599, 601382, 603, 940                 | 16-19 (9558 and 9559x: 19) |
//!
//! `cn_domestic` are the bank cards Chinese banks issued on their own networks before and
//! beside UnionPay's 62 range, still in circulation: ICBC's 9558 and ABC's 95599 debit
//! cards, Bank of China's 601382 Great Wall cards, and the 603 and 940 ranges of city and
//! rural commercial banks (as listed in the public card-BIN tables of the Chinese banks).
//!
//! Numbers made of one repeated digit (`0000 0000 0000 0000`) are rejected.
//!
//! ## Algorithm
//!
//! Luhn (mod 10): from the rightmost digit (the check digit) leftwards, double every
//! second digit, subtracting 9 from any result above 9; the number is valid when the sum
//! of all digits is a multiple of 10. The check digit for a payload is the value that
//! makes the total a multiple of 10.
//!
//! ## Example
//!
//! ```text
//! 6225881414207430      valid   (UnionPay, Luhn sum 60)
//! 6225 8814 1420 7430   valid   (grouped)
//! 4111111111111111      valid   (Visa test number)
//! 6225881414207431      invalid (Luhn)
//! 9999999999999995      invalid (unknown IIN)
//! ```
//!
//! ## References
//!
//! - ISO/IEC 7812-1, *Identification cards — Identification of issuers* (IIN, Luhn).
//! - H. P. Luhn, US patent 2,950,048 (1960).
//! - Public IIN range tables of the card schemes (Visa, Mastercard 2-series, American
//!   Express, Discover Global Network, JCB, UnionPay, Diners Club, Maestro, Mir).

use super::{digits_into, Env};

/// One IIN range of a brand: `lo..=hi` over the first `width` digits, and the allowed
/// lengths as a bit set (bit `n` set means length `n` is issued).
struct Range {
    brand: &'static str,
    width: usize,
    lo: u32,
    hi: u32,
    lengths: u32,
}

/// Bit set of the lengths `lo..=hi`.
const fn lens(lo: u32, hi: u32) -> u32 {
    (u32::MAX >> (31 - hi)) & !((1 << lo) - 1)
}

const fn range(brand: &'static str, width: usize, lo: u32, hi: u32, lengths: u32) -> Range {
    Range { brand, width, lo, hi, lengths }
}

/// Known IIN ranges; no two overlap.
const RANGES: &[Range] = &[
    range("visa", 1, 4, 4, 1 << 13 | 1 << 16 | 1 << 19),
    range("mastercard", 2, 51, 55, lens(16, 16)),
    range("mastercard", 4, 2221, 2720, lens(16, 16)),
    range("amex", 2, 34, 34, lens(15, 15)),
    range("amex", 2, 37, 37, lens(15, 15)),
    range("discover", 4, 6011, 6011, lens(16, 19)),
    range("discover", 3, 644, 649, lens(16, 19)),
    range("discover", 2, 65, 65, lens(16, 19)),
    range("jcb", 4, 3528, 3589, lens(16, 19)),
    range("unionpay", 2, 62, 62, lens(16, 19)),
    range("unionpay", 2, 81, 81, lens(16, 19)),
    range("diners", 3, 300, 305, lens(14, 19)),
    range("diners", 2, 36, 36, lens(14, 19)),
    range("diners", 2, 38, 39, lens(14, 19)),
    range("maestro", 4, 5018, 5018, lens(12, 19)),
    range("maestro", 4, 5020, 5020, lens(12, 19)),
    range("maestro", 4, 5038, 5038, lens(12, 19)),
    range("maestro", 4, 5893, 5893, lens(12, 19)),
    range("maestro", 4, 6304, 6304, lens(12, 19)),
    range("maestro", 4, 6759, 6759, lens(12, 19)),
    range("maestro", 4, 6761, 6763, lens(12, 19)),
    range("mir", 4, 2200, 2204, lens(16, 19)),
    range("cn_domestic", 4, 9558, 9558, lens(19, 19)),
    range("cn_domestic", 5, 95595, 95599, lens(19, 19)),
    range("cn_domestic", 6, 601382, 601382, lens(16, 19)),
    range("cn_domestic", 3, 603, 603, lens(16, 19)),
    range("cn_domestic", 3, 940, 940, lens(16, 19)),
];

/// The brand (`"visa"`, `"mastercard"`, `"amex"`, `"discover"`, `"jcb"`, `"unionpay"`,
/// `"diners"`, `"maestro"`, `"mir"` or `"cn_domestic"`) whose IIN ranges contain the prefix of `digits`
/// (values `0..=9`) and which issues numbers of that length; `None` otherwise. The Luhn
/// check is not tested here.
pub fn brand(digits: &[u8]) -> Option<&'static str> {
    if digits.len() > 19 || digits.iter().any(|&d| d > 9) {
        return None;
    }
    RANGES
        .iter()
        .find(|r| {
            digits.get(..r.width).is_some_and(|p| {
                let prefix = p.iter().fold(0, |acc, &d| acc * 10 + u32::from(d));
                (r.lo..=r.hi).contains(&prefix) && r.lengths & (1 << digits.len()) != 0
            })
        })
        .map(|r| r.brand)
}

/// Sum modulo 10 of the Luhn-weighted digits, the rightmost digit doubled when
/// `double_last` is set. Values above 9 are reduced modulo 10 first (meaningless, but no
/// overflow).
fn luhn_sum(digits: &[u8], double_last: bool) -> u8 {
    let mut sum = 0;
    let mut double = double_last;
    for &d in digits.iter().rev() {
        let d = d % 10;
        let v = if double && d >= 5 {
            d * 2 - 9
        } else if double {
            d * 2
        } else {
            d
        };
        sum = (sum + v) % 10;
        double = !double;
    }
    sum
}

/// Whether `digits` (values `0..=9`, check digit last) pass the Luhn check. Empty input
/// and values above 9 fail.
pub fn luhn_valid(digits: &[u8]) -> bool {
    !digits.is_empty() && digits.iter().all(|&d| d <= 9) && luhn_sum(digits, false) == 0
}

/// The Luhn check digit (`0..=9`) to append to `payload` (values `0..=9`).
pub fn luhn_check_digit(payload: &[u8]) -> u8 {
    (10 - luhn_sum(payload, true)) % 10
}

/// Whether `value` is a plausible card number: 13-19 digits, optionally grouped by single
/// spaces or single dashes, not one repeated digit, Luhn-valid, and of a known brand and
/// length (see [`brand`]).
pub fn validate(value: &[u8], _env: &Env) -> bool {
    match (value.first(), value.last()) {
        (Some(first), Some(last)) if first.is_ascii_digit() && last.is_ascii_digit() => {}
        _ => return false,
    }
    let mut separator = None;
    let mut previous_digit = true;
    for &b in value {
        if b.is_ascii_digit() {
            previous_digit = true;
        } else if (b == b' ' || b == b'-') && previous_digit && *separator.get_or_insert(b) == b {
            previous_digit = false;
        } else {
            return false;
        }
    }
    let mut buf = [0u8; 19];
    let Some(n) = digits_into(value, &mut buf) else {
        return false;
    };
    let digits = &buf[..n];
    (13..=19).contains(&n)
        && digits.iter().any(|&d| d != digits[0])
        && luhn_valid(digits)
        && brand(digits).is_some()
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

    fn to_digits(s: &str) -> Vec<u8> {
        s.bytes().map(|b| b - b'0').collect()
    }

    /// `payload` with its computed Luhn check digit appended.
    fn with_check(payload: &str) -> String {
        format!("{payload}{}", luhn_check_digit(&to_digits(payload)))
    }

    /// Reference Luhn, written out the textbook way.
    fn luhn_reference(digits: &[u8]) -> bool {
        let mut total = 0u32;
        for (i, &d) in digits.iter().rev().enumerate() {
            let mut v = u32::from(d);
            if i % 2 == 1 {
                v *= 2;
                if v > 9 {
                    v = v / 10 + v % 10;
                }
            }
            total += v;
        }
        total % 10 == 0
    }

    #[test]
    fn length_masks() {
        assert_eq!(lens(16, 16), 1 << 16);
        assert_eq!(lens(16, 19), 0b1111 << 16);
        assert_eq!(lens(12, 19), 0xff << 12);
    }

    #[test]
    fn examples_are_computed() {
        assert_eq!(with_check("622588141420743"), "6225881414207430");
        assert_eq!(with_check("411111111111111"), "4111111111111111");
        assert!(luhn_reference(&to_digits("6225881414207430")));
        assert!(luhn_reference(&to_digits("4111111111111111")));
    }

    #[test]
    fn valid_cards() {
        let cards = [
            ("6225881414207430".to_owned(), "unionpay"),
            ("4111111111111111".to_owned(), "visa"),
            (with_check("411111111111"), "visa"), // 13 digits
            (with_check("411111111111111111"), "visa"), // 19 digits
            (with_check("555555555555444"), "mastercard"),
            (with_check("222100000000000"), "mastercard"),
            (with_check("272099999999999"), "mastercard"),
            (with_check("37828224631000"), "amex"),
            (with_check("34000000000000"), "amex"),
            (with_check("601111111111111"), "discover"),
            (with_check("644000000000001"), "discover"),
            (with_check("650000000000000012"), "discover"),
            (with_check("353011133330000"), "jcb"),
            (with_check("358900000000000000"), "jcb"),
            (with_check("620000000000000"), "unionpay"),
            (with_check("621234567890123456"), "unionpay"),
            (with_check("810000000000000"), "unionpay"),
            (with_check("3056930902590"), "diners"), // 14 digits
            (with_check("360000000000012"), "diners"),
            (with_check("3800000000000"), "diners"),
            (with_check("390000000000000000"), "diners"),
            (with_check("501800000000"), "maestro"), // 13 digits
            (with_check("676300000000000000"), "maestro"),
            (with_check("630400000000000"), "maestro"),
            (with_check("220000000000000"), "mir"),
            (with_check("220412345678901234"), "mir"),
            (with_check("955880123456789012"), "cn_domestic"), // 19 digits
            (with_check("955991234567890123"), "cn_domestic"),
            (with_check("601382123456789012"), "cn_domestic"),
            (with_check("603367123456789"), "cn_domestic"), // 16 digits
            (with_check("940027123456789012"), "cn_domestic"),
        ];
        for (card, expected) in &cards {
            assert!(luhn_reference(&to_digits(card)), "{card}");
            assert_eq!(brand(&to_digits(card)), Some(*expected), "{card}");
            assert!(ok(card), "{card}");
        }
        assert!(ok("6225 8814 1420 7430"));
        assert!(ok("6225-8814-1420-7430"));
        assert!(ok("4111 1111 1111 1111"));
        assert!(ok("3782 822463 10005"));
    }

    #[test]
    fn invalid_cards() {
        let invalid = [
            "6225881414207431".to_owned(), // Luhn
            "4111111111111112".to_owned(),
            with_check("999999999999999"), // unknown IIN
            with_check("111111111111111"),
            with_check("000000000000001"),
            with_check("700000000000000"),
            with_check("222000000000000"), // between Mir and Mastercard 2-series
            with_check("272100000000000"),
            with_check("306000000000000"),
            with_check("640000000000000"), // 640-643 not Discover
            with_check("352700000000000"),
            with_check("359000000000000"),
            with_check("41111111111111"),      // Visa 15 digits
            with_check("5555555555554444"),    // Mastercard 17 digits
            with_check("3782822463100"),       // Amex 14 digits
            with_check("62000000000000"),      // UnionPay 15 digits
            with_check("4111111111111111111"), // 20 digits
            with_check("955880123456789"),     // ICBC 9558 cards have 19 digits
            with_check("955901234567890123"),  // 95590 is not a bank range
            with_check("601383123456789012"),
            with_check("50180000000"),     // 12 digits
            "0000000000000000".to_owned(), // one repeated digit (Luhn-valid)
            "5555555555555555".to_owned(),
            "".to_owned(),
            "6225 8814-1420 7430".to_owned(),  // mixed separators
            "6225  8814 1420 7430".to_owned(), // double separator
            " 6225881414207430".to_owned(),
            "6225881414207430 ".to_owned(),
            "6225.8814.1420.7430".to_owned(),
            "6225_8814_1420_7430".to_owned(),
            "６225881414207430".to_owned(),
        ];
        for card in &invalid {
            assert!(!ok(card), "{card}");
        }
        assert!(luhn_valid(&to_digits("0000000000000000")));
    }

    #[test]
    fn luhn_edges() {
        assert!(!luhn_valid(&[]));
        assert!(luhn_valid(&[0]));
        assert!(!luhn_valid(&[1, 10]));
        assert_eq!(luhn_check_digit(&[]), 0);
        assert!(luhn_check_digit(&[255, 255, 200]) <= 9);
        assert_eq!(brand(&[4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 10, 1, 1, 1]), None);
        assert_eq!(brand(&[]), None);
        assert_eq!(brand(&[4; 20]), None);
    }

    /// One IIN prefix per range with its brand and an allowed length ≥ 13.
    fn card_strategy() -> impl Strategy<Value = (Vec<u8>, &'static str)> {
        (0..RANGES.len(), 13usize..=19, any::<u32>(), proptest::collection::vec(0u8..10, 19))
            .prop_filter_map("length allowed", |(i, len, pick, fill)| {
                let r = &RANGES[i];
                if r.lengths & (1 << len) == 0 {
                    return None;
                }
                let prefix = r.lo + pick % (r.hi - r.lo + 1);
                let mut digits: Vec<u8> =
                    format!("{prefix:0w$}", w = r.width).bytes().map(|b| b - b'0').collect();
                digits.extend_from_slice(&fill[..len - 1 - r.width]);
                digits.push(luhn_check_digit(&digits));
                Some((digits, r.brand))
            })
    }

    fn render(digits: &[u8], sep: &str) -> String {
        let s: String = digits.iter().map(|&d| char::from(b'0' + d)).collect();
        let groups: Vec<&str> =
            s.as_bytes().chunks(4).map(|c| std::str::from_utf8(c).unwrap()).collect();
        groups.join(sep)
    }

    proptest! {
        #[test]
        fn generated_cards_pass(
            (digits, expected) in card_strategy(),
            sep in proptest::sample::select(vec!["", " ", "-"]),
        ) {
            prop_assert!(luhn_reference(&digits));
            prop_assert_eq!(brand(&digits), Some(expected));
            prop_assume!(digits.iter().any(|&d| d != digits[0]));
            let rendered = render(&digits, sep);
            prop_assert!(ok(&rendered), "{}", rendered);
        }

        #[test]
        fn single_digit_errors_fail(
            (digits, _) in card_strategy(),
            pos in 0usize..19,
            delta in 1u8..10,
        ) {
            // Luhn detects every single-digit substitution.
            let mut digits = digits;
            let pos = pos % digits.len();
            digits[pos] = (digits[pos] + delta) % 10;
            prop_assert!(!luhn_valid(&digits));
            prop_assert!(!ok(&render(&digits, "")));
        }

        #[test]
        fn luhn_matches_reference(digits in proptest::collection::vec(0u8..10, 1..25)) {
            prop_assert_eq!(luhn_valid(&digits), luhn_reference(&digits));
            let mut with = digits.clone();
            with.push(luhn_check_digit(&digits));
            prop_assert!(luhn_reference(&with));
        }

        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..40)) {
            let _ = validate(&bytes, &env());
            let _ = brand(&bytes);
            let _ = luhn_valid(&bytes);
            prop_assert!(luhn_check_digit(&bytes) <= 9);
        }
    }
}
