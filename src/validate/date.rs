//! Calendar dates as written next to a birth-date label (`出生日期：1990年3月7日`,
//! `dob: 1990-03-07`).
//!
//! ## What it checks
//!
//! A year, month and day, in that order, separated by `-`, `/`, `.` or `年`/`月`(/`日`),
//! that form a real calendar date between 1900-01-01 and the scan date. A birth date in
//! the future, or 30 February, is not a birth date.
//!
//! ## Algorithm
//!
//! Split the ASCII digit runs: exactly three (year of 4 digits, month and day of 1-2),
//! build the date with `jiff::civil::Date::new` (which rejects impossible dates), compare
//! with the scan date.
//!
//! ## Example
//!
//! ```text
//! 1990-03-07      valid
//! 1990年3月7日     valid
//! 1990-02-30      invalid (no such day)
//! 2099-01-01      invalid (in the future)
//! ```
//!
//! ## References
//!
//! - ISO 8601 / GB/T 7408 calendar dates.

use jiff::civil::Date;

use super::Env;

/// The date written in `value`, if it is a real calendar date (no range check).
pub fn parse(value: &[u8]) -> Option<Date> {
    let mut parts = [0u32; 3];
    let mut lens = [0usize; 3];
    let mut k = 0;
    let mut in_run = false;
    for &b in value {
        if b.is_ascii_digit() {
            if !in_run {
                if k == 3 {
                    return None;
                }
                in_run = true;
                k += 1;
            }
            let i = k - 1;
            lens[i] += 1;
            if lens[i] > 4 {
                return None;
            }
            parts[i] = parts[i] * 10 + u32::from(b - b'0');
        } else {
            in_run = false;
        }
    }
    if k != 3 || lens[0] != 4 || lens[1] > 2 || lens[2] > 2 {
        return None;
    }
    Date::new(parts[0] as i16, parts[1] as i8, parts[2] as i8).ok()
}

/// Whether `value` is a plausible birth date: a real date from 1900 up to the scan date.
pub fn validate_birth_date(value: &[u8], env: &Env) -> bool {
    match parse(value) {
        Some(d) => d.year() >= 1900 && d <= env.today,
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env() -> Env {
        Env { today: jiff::civil::date(2026, 11, 24) }
    }

    #[test]
    fn dates() {
        for v in
            ["1990-03-07", "1990/3/7", "1990.03.07", "1990年3月7日", "2026-11-24", "2000-02-29"]
        {
            assert!(validate_birth_date(v.as_bytes(), &env()), "{v}");
        }
        for v in [
            "1990-02-30",
            "2099-01-01",
            "2026-11-25",
            "1899-12-31",
            "90-03-07",
            "1990-003-07",
            "1990-03",
            "2001-02-29",
            "1990-03-07-01",
        ] {
            assert!(!validate_birth_date(v.as_bytes(), &env()), "{v}");
        }
        assert_eq!(parse("1990年3月7日".as_bytes()), Some(jiff::civil::date(1990, 3, 7)));
    }

    proptest::proptest! {
        #[test]
        fn every_real_date_round_trips(y in 1900i16..2026, m in 1i8..=12, d in 1i8..=28) {
            let text = format!("{y:04}-{m:02}-{d:02}");
            proptest::prop_assert!(validate_birth_date(text.as_bytes(), &env()));
            proptest::prop_assert_eq!(parse(text.as_bytes()), Some(jiff::civil::date(y, m, d)));
        }

        #[test]
        fn never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..30)) {
            let _ = validate_birth_date(&bytes, &env());
        }
    }
}
