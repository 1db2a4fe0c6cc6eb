//! International phone numbers written in E.164 style (`+44 20 7946 0958`).
//!
//! ## What it checks
//!
//! A number that starts with `+` and a country code, followed by digits in groups
//! separated by single spaces, dashes, dots or a parenthesised area code, with 8 to 15
//! digits in all (E.164's maximum), or 7 for the country codes whose national numbers
//! have four digits ([`SHORT_NUMBER_CODES`]). Country code 86 is left to the PRC
//! detectors (`cn_mobile`, `cn_landline`), which know its numbering plan. Country codes
//! are checked against the ITU's assigned first digits: no code starts with 0, the
//! unassigned 2-digit zones (`+28`, `+83`, `+89`) are rejected with all their 3-digit
//! extensions, and in zone 99 the codes that are no country's (990, 997 and 999 spare,
//! 991 a trial service; 992-996 and 998 are Central Asia and the Caucasus).
//!
//! ## Algorithm
//!
//! 1. Require a leading `+`, then only digits, spaces, `-`, `.`, `(` and `)`; parentheses
//!    balanced and at most one pair.
//! 2. Count digits: 8..=15 (7..=15 after a [`SHORT_NUMBER_CODES`] code).
//! 3. Reject country code 86 and codes starting with 0; reject repeated single-digit
//!    runs (`+1 111 111 1111`).
//! 4. With [`validate_idd`], the international prefix `00` stands for the `+`.
//! 5. Reject the ISO 8601 expanded-year date shape `+YYYY-MM-DD` (`+1980-02-29`,
//!    `+10594-01-01`) and signed decimal numbers (`+31.888282216`, `+295607.8125`).
//!
//! ## Example
//!
//! ```text
//! +44 20 7946 0958     valid
//! +1 (415) 555-0132    valid
//! +86 139 1234 5678    invalid here (a cn_mobile)
//! +1 23                invalid (too short)
//! ```
//!
//! ## References
//!
//! - ITU-T E.164, *The international public telecommunication numbering plan*.
//! - ITU-T E.164 Annex: list of assigned country codes.
//! - libphonenumber metadata (phonenumbers 9.0.43): possible lengths of national numbers.

use super::Env;

/// Country codes whose national numbers have four digits (libphonenumber's possible
/// lengths, phonenumbers 9.0.43): 290 Saint Helena and Tristan da Cunha, 683 Niue, 690
/// Tokelau. Their numbers have 7 digits in all.
pub const SHORT_NUMBER_CODES: [[u8; 3]; 3] = [[2, 9, 0], [6, 8, 3], [6, 9, 0]];

/// Whether `value` is a plausible international number outside China.
pub fn validate(value: &[u8], _env: &Env) -> bool {
    let Some((&b'+', rest)) = value.split_first() else { return false };
    if iso_date(rest) || decimal(rest) {
        return false;
    }
    let mut digits = [0u8; 15];
    let mut n = 0;
    let mut parens = 0;
    let mut open = false;
    for &b in rest {
        match b {
            b'0'..=b'9' => {
                if n == digits.len() {
                    return false;
                }
                digits[n] = b - b'0';
                n += 1;
            }
            b' ' | b'-' | b'.' => {}
            b'(' if !open && parens == 0 => {
                open = true;
                parens += 1;
            }
            b')' if open => open = false,
            _ => return false,
        }
    }
    let short = n == 7 && SHORT_NUMBER_CODES.iter().any(|cc| digits[..3] == *cc);
    if open || !((8..=15).contains(&n) || short) {
        return false;
    }
    let d = &digits[..n];
    if d[0] == 0 || (d[0] == 8 && d[1] == 6) {
        return false;
    }
    // Spare 2-digit zones whose whole range is unassigned, and the spare codes of zone 99.
    let cc2 = d[0] * 10 + d[1];
    if matches!(cc2, 28 | 83 | 89) || (cc2 == 99 && matches!(d[2], 0 | 1 | 7 | 9)) {
        return false;
    }
    !d[1..].iter().all(|&x| x == d[1])
}

/// Whether `value` is a plausible international number dialled with the international
/// prefix `00` instead of `+` (`0044 7956 317123`): the same checks as [`validate`].
pub fn validate_idd(value: &[u8], env: &Env) -> bool {
    let Some(rest) = value.strip_prefix(b"00") else { return false };
    // A date of the first century (`0020-01-01 00:00`), not `+20` and a number.
    if value.get(..10).is_some_and(iso_date) {
        return false;
    }
    let mut plus = [0u8; 40];
    if rest.len() + 1 > plus.len() {
        return false;
    }
    plus[0] = b'+';
    plus[1..=rest.len()].copy_from_slice(rest);
    validate(&plus[..=rest.len()], env)
}

/// Whether `text` is `YYYY-MM-DD` with a month 01-12 and a day 01-31.
fn iso_date(text: &[u8]) -> bool {
    let two = |a: u8, b: u8| u32::from(a - b'0') * 10 + u32::from(b - b'0');
    // ISO 8601 expands the year by an agreed number of digits: 4 to 6 here.
    let Some(year) = text.len().checked_sub(6).filter(|y| (4..=6).contains(y)) else {
        return false;
    };
    let (y, rest) = text.split_at(year);
    match rest {
        [b'-', m1, m2, b'-', d1, d2]
            if y.iter().chain([m1, m2, d1, d2]).all(|b| b.is_ascii_digit()) =>
        {
            (1..=12).contains(&two(*m1, *m2)) && (1..=31).contains(&two(*d1, *d2))
        }
        _ => false,
    }
}

/// Whether `text` (after the `+`) is a signed decimal number: digits, one `.`, digits
/// (`+31.888282216`, `+295607.8125` in coordinates and tables). A phone number written
/// with dots has more than one group after the country code.
fn decimal(text: &[u8]) -> bool {
    let mut parts = text.split(|&b| b == b'.');
    let (Some(int), Some(frac), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    [int, frac].iter().all(|p| !p.is_empty() && p.iter().all(u8::is_ascii_digit))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env() -> Env {
        Env { today: jiff::civil::date(2026, 11, 24) }
    }

    #[test]
    fn international_prefix() {
        for v in ["0044 7956 317123", "0081 80-7130-5581", "0049 30 901820"] {
            assert!(validate_idd(v.as_bytes(), &env()), "{v}");
        }
        for v in
            ["0086 139 1234 5678", "044 7956 317123", "0044 12", "+44 7956 317123", "0020-01-01 00"]
        {
            assert!(!validate_idd(v.as_bytes(), &env()), "{v}");
        }
    }

    #[test]
    fn valid_numbers() {
        for v in [
            "+44 20 7946 0958",
            "+1 (415) 555-0132",
            "+49-30-901820",
            "+81 3.1234.5678",
            "+33612345678",
            "+33.6.12.34.56.78",
            "+994 12 312 34 56", // zone 99: Azerbaijan
            "+998 91 234 56 78", // Uzbekistan
            "+683 7012",         // four-digit national numbers: Niue
            "+290 8999",         // Saint Helena
        ] {
            assert!(validate(v.as_bytes(), &env()), "{v}");
        }
    }

    #[test]
    fn invalid_numbers() {
        for v in [
            "+86 139 1234 5678",
            "+1 23",
            "44 20 7946 0958",
            "+0 123 456 789",
            "+1 111 111 1111",
            "+1 (415 555-0132",
            "+1 (415) (555) 0132",
            "+1234567890123456",
            "+44 20 7946 0958x",
            "+99 123 456 789",
            "+1980-02-29",
            "+10594-01-01",
            "+31.888282216",
            "+295607.8125",
            "+990 123 456 789", // codes of zone 99 that are no country's
            "+991 123 456 789",
            "+997 123 456 789",
            "+999 123 456 789",
            "+684 7012", // seven digits only for the four-digit countries
            "+44 7012 3",
        ] {
            assert!(!validate(v.as_bytes(), &env()), "{v}");
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..40)) {
            let _ = validate(&bytes, &env());
        }
    }
}
