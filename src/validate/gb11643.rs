//! PRC resident identity number (公民身份号码, GB 11643-1999).
//!
//! ## What it checks
//!
//! [`validate_18`] accepts the 18-character citizen identity number: 17 digits and a check
//! character (a digit, `X` or `x`). It also accepts the 2023 foreign permanent resident ID
//! number, which shares the layout and check character but starts with `9` followed by the
//! province code of the issuing office. [`validate_15`] accepts the legacy 15-digit number
//! issued before 1999, which has a two-digit year and no check character.
//!
//! A number is accepted only when:
//!
//! - its first two digits (digits 2-3 for a leading `9`) are a province-level code:
//!   11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81, 82 or 83;
//! - its birth date (digits 7-14 as `YYYYMMDD`, or 7-12 as `YYMMDD` in 19YY for 15
//!   digits) is a real calendar date, no earlier than 1800-01-01 and not after the scan's
//!   date ([`Env::today`]);
//! - for 18 characters, the check character matches.
//!
//! Separators are not accepted: the value must be the bare number.
//!
//! ## Algorithm
//!
//! ISO/IEC 7064 MOD 11-2 over the first 17 digits `a_1 … a_17`:
//!
//! ```text
//! S = Σ a_i · W_i     W = 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2   (W_i = 2^(18-i) mod 11)
//! Y = S mod 11
//! check = "10X98765432"[Y]
//! ```
//!
//! Equivalently, with `X` read as 10, the weighted sum of all 18 characters with weights
//! `2^(18-i) mod 11` is congruent to 1 modulo 11.
//!
//! ## Example
//!
//! ```text
//! 11010519491231002X   valid   (Beijing, born 1949-12-31, S = 167, Y = 2, check X)
//! 110105194912310021   invalid (check character should be X)
//! 110105199902300018   invalid (1999-02-30 is not a date)
//! 990105194912310021   invalid (99 is not a province code)
//! ```
//!
//! ## References
//!
//! - GB 11643-1999, *Citizen identification number*.
//! - ISO/IEC 7064:2003, *Check character systems* (MOD 11-2).
//! - GB/T 2260, *Codes for the administrative divisions of the PRC* (province-level codes).
//! - National Immigration Administration, machine-readable rules for the 2023 foreign
//!   permanent resident ID card (leading `9`, MOD 11-2 check as for citizens).

use jiff::civil::Date;

use super::Env;

/// ISO 7064 MOD 11-2 weights for the first 17 digits, `2^(18-i) mod 11`.
const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/// Check character for each remainder `S mod 11`.
const CHECK_CHARS: &[u8; 11] = b"10X98765432";

/// Earliest birth year accepted (the standard's own example is born in 1880).
const MIN_BIRTH_YEAR: i16 = 1800;

/// Whether `two_digits` (a number 0-99, e.g. `44` for Guangdong) is a province-level
/// address code: 11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71 (Taiwan), 81 (Hong Kong),
/// 82 (Macao) or 83 (residence permits for Taiwan residents).
pub fn is_province_code(two_digits: u8) -> bool {
    matches!(
        two_digits,
        11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81..=83
    )
}

/// The MOD 11-2 check character (`b'0'..=b'9'` or `b'X'`) for the first 17 characters of
/// an 18-character number, given as ASCII digits. Non-digit bytes give a meaningless (but
/// well-defined) answer.
pub fn check_char(first17: &[u8; 17]) -> u8 {
    let sum: u32 =
        first17.iter().zip(WEIGHTS).map(|(&b, w)| u32::from(b.wrapping_sub(b'0')) * w).sum();
    CHECK_CHARS[(sum % 11) as usize]
}

/// The birth date encoded in an 18-character (`YYYYMMDD` at digits 7-14) or 15-character
/// (`YYMMDD` at digits 7-12, year 19YY) number, or `None` when `value` has another length
/// or those digits are not a real calendar date. Nothing else is checked.
pub fn birth_date(value: &[u8]) -> Option<Date> {
    let (year, month, day) = match value.len() {
        18 => (number(&value[6..10])?, number(&value[10..12])?, number(&value[12..14])?),
        15 => (1900 + number(&value[6..8])?, number(&value[8..10])?, number(&value[10..12])?),
        _ => return None,
    };
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// Whether `value` is a plausible 18-character identity number: 17 ASCII digits and a
/// check character (digit, `X` or `x`), a province-level address code (or `9` and a
/// province code for a foreign permanent resident), a real birth date from 1800 up to
/// `env.today`, and a matching MOD 11-2 check character.
pub fn validate_18(value: &[u8], env: &Env) -> bool {
    let Ok(id) = <&[u8; 18]>::try_from(value) else {
        return false;
    };
    let [body @ .., check] = id;
    if !body.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let address_ok = if body[0] == b'9' {
        is_province_code(two_digits(body[1], body[2]))
    } else {
        is_province_code(two_digits(body[0], body[1]))
    };
    address_ok
        && birth_ok(value, MIN_BIRTH_YEAR, env)
        && check_char(body) == check.to_ascii_uppercase()
}

/// Whether `value` is a plausible legacy 15-digit identity number: 15 ASCII digits, a
/// province-level address code and a real birth date `19YYMMDD` not after `env.today`.
pub fn validate_15(value: &[u8], env: &Env) -> bool {
    value.len() == 15
        && value.iter().all(u8::is_ascii_digit)
        && is_province_code(two_digits(value[0], value[1]))
        && birth_ok(value, 1900, env)
}

/// Whether the birth date of `value` exists, is in `min_year` or later and is not after
/// the scan's date.
fn birth_ok(value: &[u8], min_year: i16, env: &Env) -> bool {
    birth_date(value).is_some_and(|d| d.year() >= min_year && d <= env.today)
}

/// The number written by two ASCII digits (garbage in, garbage out, no panic).
fn two_digits(tens: u8, ones: u8) -> u8 {
    tens.wrapping_sub(b'0').wrapping_mul(10).wrapping_add(ones.wrapping_sub(b'0'))
}

/// The number written by up to four ASCII digits, or `None` if any byte is not a digit.
fn number(digits: &[u8]) -> Option<i16> {
    digits
        .iter()
        .try_fold(0i16, |acc, &b| b.is_ascii_digit().then(|| acc * 10 + i16::from(b - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn env() -> Env {
        Env { today: jiff::civil::date(2025, 6, 1) }
    }

    /// An 18-character number: `body` (17 digits) plus its computed check character.
    fn make18(body: &str) -> String {
        let first17: &[u8; 17] = body.as_bytes().try_into().expect("17 characters");
        let mut s = body.to_owned();
        s.push(char::from(check_char(first17)));
        s
    }

    /// Independent statement of ISO 7064 MOD 11-2: with X = 10, Σ a_i · 2^(18-i) ≡ 1 (mod 11).
    fn iso7064_holds(id: &[u8]) -> bool {
        let sum: u64 = id
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                let v = if c == b'X' || c == b'x' { 10 } else { u64::from(c - b'0') };
                v * (1u64 << (17 - i))
            })
            .sum();
        sum % 11 == 1
    }

    #[test]
    fn weights_are_powers_of_two_mod_11() {
        for (i, &w) in WEIGHTS.iter().enumerate() {
            assert_eq!(u64::from(w), (1u64 << (17 - i)) % 11);
        }
    }

    #[test]
    fn standard_examples_are_computed() {
        // The two examples of GB 11643-1999, recomputed rather than trusted.
        assert_eq!(make18("11010519491231002"), "11010519491231002X");
        assert_eq!(make18("44052418800101001"), "440524188001010014");
    }

    #[test]
    fn valid_18() {
        let valid = [
            make18("11010519491231002"),
            make18("44052418800101001"),
            make18("31010120000229123"), // leap day
            make18("65010219000101000"), // earliest 1900
            make18("53010218000101000"), // earliest accepted year
            make18("81000019851130001"), // Hong Kong residence permit
            make18("83000020050505002"),
            make18("71000019700101003"),
            make18("23010120250601004"), // born on the scan date
            make18("91115619900101001"), // foreign permanent resident, Beijing
            make18("94415619900101001"), // foreign permanent resident, Guangdong
        ];
        for id in &valid {
            assert!(iso7064_holds(id.as_bytes()), "{id}");
            assert!(validate_18(id.as_bytes(), &env()), "{id}");
        }
        // Lowercase x is accepted.
        assert!(validate_18(b"11010519491231002x", &env()));
    }

    #[test]
    fn invalid_18() {
        let wrong_check = |body: &str| {
            let good = make18(body);
            let last = if good.ends_with('0') { '1' } else { '0' };
            format!("{body}{last}")
        };
        let invalid: Vec<String> = vec![
            "110105194912310021".into(), // wrong check (should be X)
            "110101199003077593".into(),
            "110101199003077777".into(),
            wrong_check("44052418800101001"),
            make18("11010519990230001"), // 1999-02-30
            make18("11010519000229001"), // 1900 is not a leap year
            make18("11010519991301001"), // month 13
            make18("11010519990100001"), // day 0
            make18("11010520250602001"), // after the scan date
            make18("11010530000101001"), // far future
            make18("11010517991231001"), // before 1800
            make18("99010519491231002"), // province 99
            make18("00010519491231002"), // province 00
            make18("19010519491231002"), // province 19
            make18("91010519491231002"), // leading 9, then 10: not a province
            make18("90010519491231002"),
            make18("16010519491231002"),
            make18("84010519491231002"),
            "11010519491231002Y".into(),
            "1101051949123100XX".into(),
            "11010519491231002".into(),    // 17 characters
            "11010519491231002X0".into(),  // 19 characters
            "110105 19491231002X".into(),  // separator
            "１１010519491231002X".into(), // full-width digits
            String::new(),
        ];
        for id in &invalid {
            assert!(!validate_18(id.as_bytes(), &env()), "{id}");
        }
    }

    #[test]
    fn valid_and_invalid_15() {
        for id in ["110105491231002", "440524800101001", "310101040229123", "650102000101999"] {
            assert!(validate_15(id.as_bytes(), &env()), "{id}");
        }
        for id in [
            "110105490230002",  // 1949-02-30
            "110105491331002",  // month 13
            "310101000229123",  // 1900 is not a leap year
            "990105491231002",  // province 99
            "000105491231002",  // province 00
            "190105491231002",  // province 19
            "910105491231002",  // no foreign variant in 15 digits
            "11010549123100X",  // no check character in 15 digits
            "1101054912310021", // 16 digits
            "11010549123100",   // 14 digits
            "",
        ] {
            assert!(!validate_15(id.as_bytes(), &env()), "{id}");
        }
        // A date after the scan date is rejected (1900s dates are in the past here, so
        // use a scan date inside the 1900s).
        let old = Env { today: jiff::civil::date(1990, 1, 1) };
        assert!(validate_15(b"110105891231002", &old));
        assert!(!validate_15(b"110105900102002", &old));
    }

    #[test]
    fn birth_date_parses_both_lengths() {
        let d = jiff::civil::date;
        assert_eq!(birth_date(b"11010519491231002X"), Some(d(1949, 12, 31)));
        assert_eq!(birth_date(b"440524188001010014"), Some(d(1880, 1, 1)));
        assert_eq!(birth_date(b"110105491231002"), Some(d(1949, 12, 31)));
        assert_eq!(birth_date(b"110105000229002"), None); // 1900-02-29
        assert_eq!(birth_date(b"11010519990230002X"), None);
        assert_eq!(birth_date(b"1101051949123100"), None);
        assert_eq!(birth_date(b"110105abcd1231002X"), None);
        assert_eq!(birth_date(b""), None);
    }

    #[test]
    fn province_codes() {
        let valid: Vec<u8> = (0..=99).filter(|&c| is_province_code(c)).collect();
        assert_eq!(
            valid,
            [
                11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
                50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83
            ]
        );
        assert!(!is_province_code(255));
    }

    /// A generated valid 17-digit body: province, birth date between 1900 and the scan
    /// date, sequence number.
    fn body_strategy() -> impl Strategy<Value = String> {
        let provinces: Vec<u8> = (0..=99).filter(|&c| is_province_code(c)).collect();
        (
            proptest::sample::select(provinces),
            0u32..10_000,
            proptest::bool::ANY,
            1900i16..=2025,
            1i8..=12,
            1i8..=31,
            0u32..1000,
        )
            .prop_filter_map("real past date", |(p, area, foreign, y, m, d, seq)| {
                let date = Date::new(y, m, d).ok().filter(|&dt| dt <= env().today)?;
                let address = if foreign {
                    format!("9{p:02}{:03}", area % 1000)
                } else {
                    format!("{p:02}{area:04}")
                };
                Some(format!("{address}{}{seq:03}", date.strftime("%Y%m%d")))
            })
    }

    proptest! {
        #[test]
        fn generated_numbers_pass(body in body_strategy()) {
            let id = make18(&body);
            prop_assert!(iso7064_holds(id.as_bytes()));
            prop_assert!(validate_18(id.as_bytes(), &env()));
            prop_assert!(validate_18(id.to_lowercase().as_bytes(), &env()));
            prop_assert_eq!(birth_date(id.as_bytes()).map(|d| d.strftime("%Y%m%d").to_string()),
                Some(id[6..14].to_owned()));
        }

        #[test]
        fn any_single_substitution_fails(
            body in body_strategy(),
            pos in 0usize..18,
            delta in 1usize..11,
        ) {
            // MOD 11-2 detects every single-character substitution.
            let mut id = make18(&body).into_bytes();
            let alphabet: &[u8] = if pos == 17 { b"0123456789X" } else { b"0123456789" };
            let at = alphabet.iter().position(|&c| c == id[pos]).unwrap();
            // A shift of 1-9 among 10 digits or 1-10 among 11 characters always changes it.
            let delta = if pos == 17 { delta } else { 1 + delta % 9 };
            id[pos] = alphabet[(at + delta) % alphabet.len()];
            prop_assert!(!validate_18(&id, &env()));
        }

        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..40)) {
            let _ = validate_18(&bytes, &env());
            let _ = validate_15(&bytes, &env());
            let _ = birth_date(&bytes);
        }

        #[test]
        fn never_panics_on_near_misses(s in "[0-9Xx]{15,18}") {
            let ok = validate_18(s.as_bytes(), &env());
            prop_assert!(!ok || iso7064_holds(s.as_bytes()));
            let _ = validate_15(s.as_bytes(), &env());
        }

        #[test]
        fn check_char_never_panics(body in proptest::array::uniform17(any::<u8>())) {
            let c = check_char(&body);
            prop_assert!(c.is_ascii_digit() || c == b'X');
        }
    }
}
