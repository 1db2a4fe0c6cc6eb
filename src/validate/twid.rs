//! Taiwan national identification number (中華民國國民身分證統一編號) and the 2021
//! uniform ID number of resident foreigners (新式外來人口統一證號).
//!
//! ## What it checks
//!
//! Ten characters: a region letter, a gender digit, seven serial digits and a check
//! digit, with no separators (`A123456789`). The letter may be lowercase.
//!
//! The gender digit is `1` (male) or `2` (female) on citizens' cards. Since 2021 the
//! National Immigration Agency issues resident foreigners and stateless persons numbers of
//! the same layout and check digit with gender digit `8` (male) or `9` (female); those are
//! accepted too. Any other second character (including the letters of the pre-2021
//! two-letter resident certificate numbers) is rejected.
//!
//! ## Algorithm
//!
//! The letter becomes two digits:
//!
//! ```text
//! A10 B11 C12 D13 E14 F15 G16 H17 I34 J18 K19 L20 M21
//! N22 O35 P23 Q24 R25 S26 T27 U28 V29 W32 X30 Y31 Z33
//! ```
//!
//! The resulting eleven digits (two for the letter, then the nine digits of the number)
//! are weighted `1 9 8 7 6 5 4 3 2 1 1`; the number is valid when the weighted sum is a
//! multiple of 10. The check digit is therefore `(10 − S mod 10) mod 10`, where `S` is the
//! weighted sum of the first ten of those digits.
//!
//! ## Example
//!
//! ```text
//! A123456789   valid   (1·1 + 0·9 + 1·8 + 2·7 + 3·6 + 4·5 + 5·4 + 6·3 + 7·2 + 8·1 + 9·1 = 130)
//! A123456788   invalid (check should be 9)
//! A323456789   invalid (gender digit 3)
//! ```
//!
//! ## References
//!
//! - Ministry of the Interior, Department of Household Registration (ris.gov.tw),
//!   national ID number structure.
//! - National Immigration Agency, announcement on the new-format uniform ID numbers for
//!   foreign residents (2021: gender digit 8 or 9, same check digit).
//! - Algorithm and letter table as reproduced in dct-bcb.blogspot.com (2010); Microsoft
//!   Purview sensitive information type "Taiwan national identification number";
//!   summary in `LANDSCAPE.md` §5.7.

use super::Env;

/// Weights of the nine digits after the letter (the letter's two digits take 1 and 9).
const WEIGHTS: [u32; 9] = [8, 7, 6, 5, 4, 3, 2, 1, 1];

/// The two-digit code of a region letter (either case), or `None` for a non-letter.
pub fn letter_code(letter: u8) -> Option<u8> {
    const CODES: [u8; 26] = [
        10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32,
        30, 31, 33,
    ];
    letter.is_ascii_alphabetic().then(|| CODES[usize::from(letter.to_ascii_uppercase() - b'A')])
}

/// The check digit (`b'0'..=b'9'`) for region `letter` (either case) followed by `first8`
/// (the gender digit and seven serial digits, ASCII). Other inputs give a meaningless but
/// well-defined digit: a non-letter counts as code 00, and only the first eight bytes of
/// `first8` are used.
pub fn check_digit(letter: u8, first8: &[u8]) -> u8 {
    let code = u32::from(letter_code(letter).unwrap_or(0));
    let body: u32 =
        first8.iter().zip(WEIGHTS).map(|(&b, w)| u32::from(b.wrapping_sub(b'0')) * w).sum();
    let sum = code / 10 + (code % 10) * 9 + body;
    b'0' + ((10 - sum % 10) % 10) as u8
}

/// Whether `value` is a plausible Taiwan ID: a letter (either case), a gender digit `1`,
/// `2`, `8` or `9`, seven digits and a matching check digit.
pub fn validate(value: &[u8], _env: &Env) -> bool {
    let [letter, body @ .., check] = value else {
        return false;
    };
    body.len() == 8
        && letter.is_ascii_alphabetic()
        && matches!(body[0], b'1' | b'2' | b'8' | b'9')
        && body.iter().all(u8::is_ascii_digit)
        && *check == check_digit(*letter, body)
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

    /// `letter` and `first8` with the computed check digit appended.
    fn make(letter: char, first8: &str) -> String {
        let c = check_digit(letter as u8, first8.as_bytes());
        format!("{letter}{first8}{}", char::from(c))
    }

    /// Independent statement: the letters in code order 10..=35 are
    /// `ABCDEFGHJKLMNPQRSTUVXYWZIO`; write the code as two digits in front of the nine
    /// digits and the sum with weights 1 9 8 7 6 5 4 3 2 1 1 is ≡ 0 (mod 10).
    fn reference_holds(id: &str) -> bool {
        let order = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
        let letter = id.chars().next().unwrap().to_ascii_uppercase();
        let code = 10 + order.find(letter).unwrap();
        let digits = format!("{code:02}{}", &id[1..]);
        let weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1];
        let sum: u32 = digits.bytes().zip(weights).map(|(b, w)| u32::from(b - b'0') * w).sum();
        sum % 10 == 0
    }

    #[test]
    fn letter_table_matches_code_order() {
        let order = b"ABCDEFGHJKLMNPQRSTUVXYWZIO";
        for (i, &l) in order.iter().enumerate() {
            assert_eq!(letter_code(l), Some(10 + i as u8), "{}", char::from(l));
            assert_eq!(letter_code(l.to_ascii_lowercase()), Some(10 + i as u8));
        }
        assert_eq!(letter_code(b'1'), None);
        assert_eq!(letter_code(b'@'), None);
    }

    #[test]
    fn known_example_is_computed() {
        assert_eq!(make('A', "12345678"), "A123456789");
        assert!(reference_holds("A123456789"));
    }

    #[test]
    fn valid_ids() {
        let valid = [
            make('A', "12345678"),
            make('F', "20000000"),
            make('I', "19999999"),
            make('O', "21234567"),
            make('W', "10000001"),
            make('Z', "29876543"),
            make('A', "80000001"), // resident foreigner, male (2021 format)
            make('H', "91234567"), // resident foreigner, female
        ];
        for id in &valid {
            assert!(reference_holds(id), "{id}");
            assert!(ok(id), "{id}");
            assert!(ok(&id.to_lowercase()), "{id}");
        }
    }

    #[test]
    fn invalid_ids() {
        let with_gender = |g: char| make('A', &format!("{g}2345678"));
        let invalid = [
            "A123456788".to_owned(), // wrong check
            "A123456780".to_owned(),
            "B123456789".to_owned(), // right digits, other letter
            with_gender('0'),
            with_gender('3'),
            with_gender('5'),
            with_gender('7'),
            "AB23456789".to_owned(), // pre-2021 resident certificate layout
            "A12345678".to_owned(),  // nine characters
            "A1234567890".to_owned(),
            "1123456789".to_owned(),
            "A 123456789".to_owned(),
            "A-123456789".to_owned(),
            " A123456789".to_owned(),
            "Ａ123456789".to_owned(),
            String::new(),
        ];
        for id in &invalid {
            assert!(!ok(id), "{id}");
        }
    }

    fn id_strategy() -> impl Strategy<Value = (char, String)> {
        (proptest::char::range('A', 'Z'), "[1289][0-9]{7}")
    }

    proptest! {
        #[test]
        fn generated_ids_pass((letter, first8) in id_strategy()) {
            let id = make(letter, &first8);
            prop_assert!(reference_holds(&id));
            prop_assert!(ok(&id), "{}", id);
            prop_assert!(ok(&id.to_lowercase()), "{}", id);
        }

        #[test]
        fn digit_errors_fail_unless_weight_hides_them(
            (letter, first8) in id_strategy(),
            pos in 2usize..10,
            delta in 1u8..10,
        ) {
            // Serial and check positions carry weights 7 6 5 4 3 2 1 1; a change of
            // `delta` goes unnoticed exactly when weight · delta ≡ 0 (mod 10).
            let mut id = make(letter, &first8).into_bytes();
            id[pos] = b'0' + (id[pos] - b'0' + delta) % 10;
            let hidden = (WEIGHTS[pos - 1] * u32::from(delta)) % 10 == 0;
            prop_assert_eq!(validate(&id, &env()), hidden);
        }

        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..14)) {
            let _ = validate(&bytes, &env());
            let first = bytes.first().copied().unwrap_or(0);
            prop_assert!(check_digit(first, &bytes).is_ascii_digit());
        }
    }
}
