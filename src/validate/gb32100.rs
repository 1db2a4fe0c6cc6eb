//! Unified social credit code of legal persons and other organisations
//! (统一社会信用代码, GB 32100-2015).
//!
//! ## What it checks
//!
//! Eighteen characters from the 31-character set `0123456789ABCDEFGHJKLMNPQRTUWXY` (no
//! `I`, `O`, `Z`, `S` or `V`), laid out as
//!
//! ```text
//! position  1     2      3-8                        9-17                 18
//!           dept  type   administrative division    organisation code    check
//! ```
//!
//! A code is accepted only when every character is in the set (lowercase input is read as
//! uppercase), positions 3-8 are digits, and the check character matches. Position 1 (the
//! registering department: `1` 机构编制, `5` 民政, `9` 工商, `Y` 其他, and codes other
//! departments have been given) and position 2 (the organisation type) may be any
//! character of the set. No separators are accepted.
//!
//! [`is_sole_trader`] tells codes of individual businesses (个体工商户, `9` then `2`),
//! which identify a natural person rather than a company.
//!
//! ## Algorithm
//!
//! Read each of the first 17 characters as its index `C_i` in the character set (`0`-`9`
//! → 0-9, `A` → 10, …, `Y` → 30). With weights `W_i = 3^(i−1) mod 31`:
//!
//! ```text
//! W = 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28
//! C_18 = 31 − (Σ C_i · W_i mod 31),   with 31 written as 0
//! ```
//!
//! and the check character is the set's character at index `C_18`. Equivalently, the
//! weighted sum of all 18 characters, the check with weight 1, is a multiple of 31.
//!
//! ## Example
//!
//! ```text
//! 91350100M000100Y43   valid   (Σ = 1640, 1640 mod 31 = 28, C_18 = 3)
//! 91350100M000100Y44   invalid (check should be 3)
//! 91350100M000100I43   invalid (I is not in the character set)
//! 9135A100M000100Y4?   invalid (administrative division must be digits)
//! ```
//!
//! ## References
//!
//! - GB 32100-2015, *Coding rule of the unified social credit identifier for legal
//!   entities and other organizations* (reproduced at renrendoc.com p-47802332 and
//!   yc00.com).
//! - GB/T 2260, *Codes for the administrative divisions of the PRC* (positions 3-8).
//! - GB 11714-1997, *Rules of coding for the representation of organizations*
//!   (positions 9-17); summary in `LANDSCAPE.md` §5.5.

use super::Env;

/// The 31 characters of the code, in value order.
pub const CHARSET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

/// Weights of the first 17 characters, `3^(i−1) mod 31`.
const WEIGHTS: [u32; 17] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/// The value (index in [`CHARSET`]) of a character, either case; `None` outside the set.
fn value_of(b: u8) -> Option<u32> {
    let upper = b.to_ascii_uppercase();
    CHARSET.iter().position(|&c| c == upper).map(|i| i as u32)
}

/// The check character (uppercase, from [`CHARSET`]) for the first 17 characters of a
/// code, either case; `None` when `first17` is not 17 characters of the set.
pub fn check_char(first17: &[u8]) -> Option<u8> {
    if first17.len() != 17 {
        return None;
    }
    let mut sum = 0;
    for (&b, w) in first17.iter().zip(WEIGHTS) {
        sum += value_of(b)? * w;
    }
    Some(CHARSET[((31 - sum % 31) % 31) as usize])
}

/// Whether `value` is a plausible unified social credit code: 18 characters of the set
/// (either case), digits in positions 3-8, and a matching check character.
pub fn validate(value: &[u8], _env: &Env) -> bool {
    well_formed(value)
}

/// Whether `value` is a valid code (as [`validate`]) with a letter before its check
/// character.
///
/// Seventeen digits and a check character are far more often a resident ID number
/// (mistyped, or with a wrong check character, possibly `X`) than a credit code, so
/// detectors accept such codes only next to a credit-code keyword.
pub fn validate_lettered(value: &[u8], env: &Env) -> bool {
    value.len() == 18 && value[..17].iter().any(u8::is_ascii_alphabetic) && validate(value, env)
}

/// Whether `value` is a plausible unified social credit code (the work of [`validate`]).
fn well_formed(value: &[u8]) -> bool {
    let Ok(code) = <&[u8; 18]>::try_from(value) else {
        return false;
    };
    let [body @ .., check] = code;
    body[2..8].iter().all(u8::is_ascii_digit)
        && check_char(body) == Some(check.to_ascii_uppercase())
}

/// Whether `value` is a valid code (as [`validate`]) of an individual business
/// (个体工商户: registering department `9`, type `2`), whose holder is a natural person.
pub fn is_sole_trader(value: &[u8]) -> bool {
    value.starts_with(b"92") && well_formed(value)
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

    /// `body` (17 characters) with its computed check character.
    fn make(body: &str) -> String {
        let c = check_char(body.as_bytes()).expect("17 characters of the set");
        format!("{body}{}", char::from(c))
    }

    /// Independent statement: with weights 3^(i−1) mod 31 for the first 17 characters
    /// and 1 for the check, the weighted sum of the values is ≡ 0 (mod 31).
    fn reference_holds(code: &str) -> bool {
        let set = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        let mut w = 1u64;
        let mut sum = 0u64;
        for (i, c) in code.to_uppercase().chars().enumerate() {
            let v = set.find(c).unwrap() as u64;
            sum += v * if i == 17 { 1 } else { w };
            w = w * 3 % 31;
        }
        sum % 31 == 0
    }

    #[test]
    fn lettered_codes_need_a_letter() {
        let digits = b"12100000400011111";
        let c = check_char(digits).unwrap();
        let mut code = digits.to_vec();
        code.push(c);
        assert!(validate(&code, &env()));
        assert!(!validate_lettered(&code, &env()), "only the check char is a letter");
        assert!(validate_lettered(b"91350100M000100Y43", &env()));
        assert!(!validate_lettered(b"91350100M000100Y44", &env()));
    }

    #[test]
    fn weights_are_powers_of_three_mod_31() {
        let mut w = 1;
        for &x in &WEIGHTS {
            assert_eq!(x, w);
            w = w * 3 % 31;
        }
    }

    #[test]
    fn standard_example_is_computed() {
        let body = b"91350100M000100Y4";
        let sum: u32 = body.iter().zip(WEIGHTS).map(|(&b, w)| value_of(b).unwrap() * w).sum();
        assert_eq!(sum, 1640);
        assert_eq!(make("91350100M000100Y4"), "91350100M000100Y43");
    }

    #[test]
    fn valid_codes() {
        let valid = [
            make("91350100M000100Y4"),
            make("11100000000013127"), // 机构编制
            make("51110000500000000"), // 民政
            make("92440300MA5DXXXXX"), // 个体工商户
            make("Y1310115MA1K00000"), // 其他
            make("31440000456789012"),
            make("A1000000000000000"),
            make("91440300000000000"),
            make("9Y650100QRTUWXY00"),
        ];
        for code in &valid {
            assert!(reference_holds(code), "{code}");
            assert!(ok(code), "{code}");
            assert!(ok(&code.to_lowercase()), "{code}");
        }
        // Every check value 0-30 occurs and round-trips.
        let mut seen = [false; 31];
        for n in 0..2000u32 {
            let code = make(&format!("9144030{n:010}"));
            seen[value_of(code.as_bytes()[17]).unwrap() as usize] = true;
            assert!(ok(&code), "{code}");
        }
        assert!(seen.iter().all(|&s| s));
    }

    #[test]
    fn invalid_codes() {
        let wrong_check = |body: &str| {
            let good = make(body);
            let bad = if good.ends_with('0') { '1' } else { '0' };
            format!("{body}{bad}")
        };
        let invalid = [
            "91350100M000100Y44".to_owned(),
            wrong_check("91350100M000100Y4"),
            wrong_check("92440300MA5DXXXXX"),
            "91350100M000100I43".to_owned(), // I, O, Z, S, V are not in the set
            "91350100M000100O43".to_owned(),
            "91350100M000100Z43".to_owned(),
            "91350100M000100S43".to_owned(),
            "91350100M000100V43".to_owned(),
            make("9135A100M000100Y4"), // administrative division with a letter
            make("91350Y00M000100Y4"),
            "91350100M000100Y4".to_owned(),   // 17 characters
            "91350100M000100Y430".to_owned(), // 19 characters
            "91350100-M000100Y4-3".to_owned(),
            " 91350100M000100Y43".to_owned(),
            "９1350100M000100Y43".to_owned(),
            String::new(),
        ];
        for code in &invalid {
            assert!(!ok(code), "{code}");
        }
    }

    #[test]
    fn sole_traders() {
        assert!(is_sole_trader(make("92440300MA5DXXXXX").as_bytes()));
        assert!(is_sole_trader(make("92110105L00000000").as_bytes()));
        assert!(!is_sole_trader(make("91350100M000100Y4").as_bytes()));
        assert!(!is_sole_trader(make("93350100M000100Y4").as_bytes()));
        assert!(!is_sole_trader(make("12350100M000100Y4").as_bytes()));
        assert!(!is_sole_trader(wrong("92440300MA5DXXXXX").as_bytes()));
        assert!(!is_sole_trader(b"92"));
        assert!(!is_sole_trader(b""));
    }

    /// `body` with a check character other than the right one.
    fn wrong(body: &str) -> String {
        let good = check_char(body.as_bytes()).unwrap();
        format!("{body}{}", if good == b'0' { '1' } else { '0' })
    }

    #[test]
    fn check_char_edges() {
        assert_eq!(check_char(b""), None);
        assert_eq!(check_char(b"9135010"), None);
        assert_eq!(check_char(b"91350100M000100Y43"), None);
        assert_eq!(check_char(b"91350100M000100I4"), None);
        assert_eq!(check_char(b"91350100m000100y4"), Some(b'3'));
    }

    fn body_strategy() -> impl Strategy<Value = String> {
        "[0-9A-HJ-NP-RTUW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{9}"
    }

    proptest! {
        #[test]
        fn generated_codes_pass(body in body_strategy()) {
            let code = make(&body);
            prop_assert!(reference_holds(&code));
            prop_assert!(ok(&code), "{}", code);
            prop_assert!(ok(&code.to_lowercase()), "{}", code);
            prop_assert_eq!(is_sole_trader(code.as_bytes()), code.starts_with("92"));
        }

        #[test]
        fn any_single_substitution_fails(
            body in body_strategy(),
            pos in 0usize..18,
            delta in 1usize..31,
        ) {
            // Every weight is a unit mod 31, so changing one character to another of the
            // set always breaks the check.
            let mut code = make(&body).into_bytes();
            let at = CHARSET.iter().position(|&c| c == code[pos]).unwrap();
            code[pos] = CHARSET[(at + delta) % 31];
            prop_assert!(!validate(&code, &env()));
        }

        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..24)) {
            let _ = validate(&bytes, &env());
            let _ = is_sole_trader(&bytes);
            if let Some(c) = check_char(&bytes) {
                prop_assert!(CHARSET.contains(&c));
            }
        }
    }
}
