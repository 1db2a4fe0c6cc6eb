//! United States Social Security number (SSN).
//!
//! ## What it checks
//!
//! Nine digits `AAA-GG-SSSS` (area, group, serial), written with dashes, with spaces or
//! bare (`078-05-1120`, `078 05 1120`, `078051120`); both separators must be the same.
//! There is no check digit, so only the numbering rules of the Social Security
//! Administration are tested:
//!
//! - the area is not `000`, not `666` and not `900`-`999` (never issued; `9xx` is used
//!   for Individual Taxpayer Identification Numbers);
//! - the group is not `00`;
//! - the serial is not `0000`;
//! - the number is not one of the well-known numbers that appear in advertising, samples
//!   and test data: `078-05-1120` (the Woolworth wallet card), `219-09-9999` (an SSA
//!   pamphlet) and `123-45-6789`.
//!
//! Since randomisation (June 2011) the area no longer encodes a state and every other area
//! may be issued, so no area-by-state or group-order rule is applied.
//!
//! ## Algorithm
//!
//! 1. Accept 9 digits, or 11 characters with the same separator (`-` or space) after
//!    the third and fifth digits.
//! 2. Split into area (3 digits), group (2) and serial (4) and apply the rules above.
//!
//! ## Example
//!
//! ```text
//! 536-22-1234   valid
//! 536 22 1234   valid
//! 536221234     valid
//! 666-22-1234   invalid (area 666)
//! 536-00-1234   invalid (group 00)
//! 078-05-1120   invalid (advertising number)
//! 536-22 1234   invalid (mixed separators)
//! ```
//!
//! ## References
//!
//! - Social Security Administration, *Social Security Number Randomization* (2011): areas
//!   000, 666 and 900-999, group 00 and serial 0000 are never assigned.
//! - SSA, *Program Operations Manual System* RM 10201.000 ff. (SSN structure).
//! - SSA history pages on the 078-05-1120 Woolworth card and the 219-09-9999 pamphlet
//!   number.

use super::{digits_into, Env};

/// Numbers that are structurally valid but known to be samples, not people.
const PUBLISHED: [[u8; 9]; 3] =
    [[0, 7, 8, 0, 5, 1, 1, 2, 0], [2, 1, 9, 0, 9, 9, 9, 9, 9], [1, 2, 3, 4, 5, 6, 7, 8, 9]];

/// Whether area, group and serial (as numbers) can belong to an issued SSN.
pub fn is_assignable(area: u16, group: u8, serial: u16) -> bool {
    !matches!(area, 0 | 666 | 900..) && (1..=99).contains(&group) && (1..=9999).contains(&serial)
}

/// Whether `value` is a plausible SSN: `AAA-GG-SSSS` with dashes, spaces or no
/// separators, an assignable area, group and serial, and not a published sample number.
pub fn validate(value: &[u8], _env: &Env) -> bool {
    let shape_ok = match value {
        [_, _, _, s1, _, _, s2, _, _, _, _] => s1 == s2 && matches!(s1, b'-' | b' '),
        _ => value.len() == 9,
    };
    let mut d = [0u8; 9];
    if !shape_ok || digits_into(value, &mut d) != Some(9) {
        return false;
    }
    let number = |digits: &[u8]| digits.iter().fold(0u16, |acc, &x| acc * 10 + u16::from(x));
    is_assignable(number(&d[..3]), number(&d[3..5]) as u8, number(&d[5..]))
        && !PUBLISHED.contains(&d)
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

    fn render(area: u16, group: u8, serial: u16, sep: &str) -> String {
        format!("{area:03}{sep}{group:02}{sep}{serial:04}")
    }

    /// Independent statement of the SSA rules, by string comparison.
    fn reference_valid(area: u16, group: u8, serial: u16) -> bool {
        let s = render(area, group, serial, "-");
        !s.starts_with("000")
            && !s.starts_with("666")
            && !s.starts_with('9')
            && &s[4..6] != "00"
            && &s[7..] != "0000"
            && !["078-05-1120", "219-09-9999", "123-45-6789"].contains(&s.as_str())
    }

    #[test]
    fn valid_numbers() {
        let valid = [
            (1, 1, 1),
            (536, 22, 1234),
            (665, 99, 9999),
            (667, 1, 1),
            (899, 99, 9999),
            (78, 5, 1121), // next to the Woolworth number
            (219, 9, 9998),
            (123, 45, 6788),
        ];
        for (a, g, s) in valid {
            assert!(reference_valid(a, g, s), "{a} {g} {s}");
            for sep in ["-", " ", ""] {
                let ssn = render(a, g, s, sep);
                assert!(ok(&ssn), "{ssn}");
            }
        }
    }

    #[test]
    fn invalid_numbers() {
        let invalid = [
            "000-12-3456",
            "666-12-3456",
            "900-12-3456",
            "999-99-9999",
            "987-65-4321", // advertising range 987-65-4320..4329
            "536-00-1234",
            "536-22-0000",
            "078-05-1120",
            "078 05 1120",
            "078051120",
            "219-09-9999",
            "123-45-6789",
            "123456789",
            "536-22 1234", // mixed separators
            "536 22-1234",
            "536--22-1234",
            "53-622-1234",
            "536-221-234",
            "536.22.1234",
            "53622123",
            "5362212345",
            "536-22-12345",
            " 536-22-1234",
            "536-22-123４",
            "",
        ];
        for ssn in invalid {
            assert!(!ok(ssn), "{ssn}");
        }
    }

    proptest! {
        #[test]
        fn agrees_with_reference(
            area in 0u16..1000,
            group in 0u8..100,
            serial in 0u16..10000,
            sep in proptest::sample::select(vec!["-", " ", ""]),
        ) {
            let ssn = render(area, group, serial, sep);
            prop_assert_eq!(ok(&ssn), reference_valid(area, group, serial), "{}", ssn);
        }

        #[test]
        fn generated_numbers_pass(
            area in prop_oneof![1u16..666, 667u16..900],
            group in 1u8..100,
            serial in 1u16..10000,
        ) {
            prop_assume!(reference_valid(area, group, serial));
            prop_assert!(ok(&render(area, group, serial, "-")));
        }

        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..16)) {
            let _ = validate(&bytes, &env());
        }

        #[test]
        fn never_panics_on_near_misses(s in "[0-9]{2,4}[- ]?[0-9]{1,3}[- ]?[0-9]{3,5}") {
            let _ = validate(s.as_bytes(), &env());
        }
    }
}
