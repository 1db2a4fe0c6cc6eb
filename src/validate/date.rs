//! Calendar dates as written next to a birth-date label (`出生日期：1990年3月7日`,
//! `dob: 1990-03-07`).
//!
//! ## What it checks
//!
//! A year, month and day that form a real calendar date between 1900-01-01 and the scan
//! date, written
//!
//! - in that order, separated by `-`, `/`, `.` or `年`/`月`(/`日`): `1990-03-07`, `1990年3月7日`;
//! - compact, as eight digits: `19900307`;
//! - with an English month name or its abbreviation, day first or month first:
//!   `October 25, 2000`, `25 Oct 2000`, `Sept. 3rd, 1999`.
//!
//! A birth date in the future, or 30 February, is not a birth date.
//!
//! ## Algorithm
//!
//! Split the ASCII digit runs: exactly three (year of 4 digits, month and day of 1-2), or
//! one of eight digits read as `YYYYMMDD`; with letters, the runs of letters and digits
//! must be one month name, one day (an English ordinal suffix allowed) and one 4-digit
//! year. Build the date with [`jiff::civil::Date::new`] (which rejects impossible dates),
//! compare with the scan date.
//!
//! ## Example
//!
//! ```text
//! 1990-03-07      valid
//! 1990年3月7日     valid
//! 19900307        valid
//! March 7, 1990   valid
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
    if value.iter().any(u8::is_ascii_alphabetic) {
        return parse_named(value);
    }
    if value.len() == 8 && value.iter().all(u8::is_ascii_digit) {
        let num = |r: std::ops::Range<usize>| {
            value[r].iter().fold(0i16, |acc, &b| acc * 10 + i16::from(b - b'0'))
        };
        return Date::new(num(0..4), num(4..6) as i8, num(6..8) as i8).ok();
    }
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

/// The month a word names (`October`, `oct`, `Sept`, any case): a month name or its first
/// three or more letters.
fn month(word: &[u8]) -> Option<i8> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let names = |m: &&str| {
        word.len() >= 3
            && m.len() >= word.len()
            && m.as_bytes()[..word.len()].eq_ignore_ascii_case(word)
    };
    let i = MONTHS
        .iter()
        .position(names)
        .or_else(|| word.eq_ignore_ascii_case(b"sept").then_some(8))?;
    Some(i as i8 + 1)
}

/// A date written with a month name: one month word, one day (1-2 digits, an ordinal
/// suffix allowed) and one 4-digit year, in either order of day and month.
fn parse_named(value: &[u8]) -> Option<Date> {
    let (mut year, mut mon, mut day) = (None, None, None);
    for word in value.split(|b| !b.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        let digits = word.iter().take_while(|b| b.is_ascii_digit()).count();
        let (num, suffix) = word.split_at(digits);
        let number = || num.iter().fold(0i16, |acc, &b| acc * 10 + i16::from(b - b'0'));
        match (digits, suffix) {
            (0, _) if mon.is_none() => mon = Some(month(word)?),
            (4, []) if year.is_none() => year = Some(number()),
            (1 | 2, [] | b"st" | b"nd" | b"rd" | b"th") if day.is_none() => {
                day = Some(number() as i8);
            }
            _ => return None,
        }
    }
    Date::new(year?, mon?, day?).ok()
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

    #[test]
    fn compact_and_named_dates() {
        let d = |y, m, d| Some(jiff::civil::date(y, m, d));
        assert_eq!(parse(b"19950730"), d(1995, 7, 30));
        assert_eq!(parse(b"October 25, 2000"), d(2000, 10, 25));
        assert_eq!(parse(b"25 Oct 2000"), d(2000, 10, 25));
        assert_eq!(parse(b"Sept. 3rd, 1999"), d(1999, 9, 3));
        assert_eq!(parse(b"MAY 1 1980"), d(1980, 5, 1));
        for v in [
            "19951330",
            "1995073",
            "Octember 25, 2000",
            "October 2000",
            "October 25 26, 2000",
            "25 Oct 00",
            "February 30, 2000",
            "Oct 25th 2000 Nov",
        ] {
            assert_eq!(parse(v.as_bytes()), None, "{v}");
        }
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
