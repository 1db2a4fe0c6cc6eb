//! International bank account number (IBAN, ISO 13616).
//!
//! ## What it checks
//!
//! A two-letter country code, two check digits and a basic bank account number (BBAN) of
//! up to 30 letters and digits, written either compactly (`GB82WEST12345698765432`) or in
//! the paper format, groups of four separated by single spaces with a shorter last group
//! (`GB82 WEST 1234 5698 7654 32`). Lowercase letters are read as uppercase.
//!
//! A value is accepted only when:
//!
//! - its length matches the IBAN registry's length for the country (table below), or,
//!   for a country not in the table, is 15 to 34 characters (so new registry entries are
//!   not missed; the check digits still have to be right);
//! - the check digits are `02` to `98` (the only values the algorithm produces: `00`,
//!   `01` and `99` would pass the modulus test in place of `97`, `98` and `02`);
//! - the ISO 7064 MOD 97-10 check holds.
//!
//! The national BBAN formats (which positions are letters, national check digits) are not
//! checked.
//!
//! | length | countries                                                  |
//! |--------|------------------------------------------------------------|
//! | 15     | NO                                                         |
//! | 16     | BE                                                         |
//! | 18     | DK FI FK FO GL NL                                          |
//! | 19     | MK SI                                                      |
//! | 20     | AT BA EE KZ LT LU MN XK                                    |
//! | 21     | CH HR LI LV                                                |
//! | 22     | BG BH CR DE GB GE IE ME RS VA                              |
//! | 23     | AE GI IL IQ TL                                             |
//! | 24     | AD CZ ES MD PK RO SA SE SK TN VG                           |
//! | 25     | LY PT ST                                                   |
//! | 26     | IS TR                                                      |
//! | 27     | BI DJ FR GR IT MC MR SM                                    |
//! | 28     | AL AZ BY CY DO GT HN HU LB NI PL SV                        |
//! | 29     | BR EG PS QA UA                                             |
//! | 30     | JO KW MU                                                   |
//! | 31     | MT SC                                                      |
//! | 32     | LC                                                         |
//!
//! ## Algorithm
//!
//! Move the first four characters to the end, replace each letter by two digits (`A` =
//! 10 … `Z` = 35), and read the result as a decimal number: the IBAN is valid when that
//! number modulo 97 is 1. The number has up to 68 digits, so the remainder is computed
//! digit by digit (`r ← (10·r + d) mod 97`, or `(100·r + v) mod 97` for a letter), which
//! never exceeds 32 bits. The check digits for a BBAN are `98 − (n mod 97)`, where `n` is
//! the number formed the same way from the BBAN, the country code and `00`.
//!
//! ## Example
//!
//! ```text
//! GB82WEST12345698765432          valid   (3214282912345698765432161182 mod 97 = 1)
//! GB82 WEST 1234 5698 7654 32     valid   (paper format)
//! GB82WEST12345698765433          invalid (mod 97 = 2)
//! GB82WEST1234569876543           invalid (GB IBANs have 22 characters)
//! GB82 WEST12345698765432         invalid (spaces must group by four throughout)
//! ```
//!
//! ## References
//!
//! - ISO 13616-1:2020, *Financial services — International bank account number (IBAN)*.
//! - ISO/IEC 7064:2003, *Check character systems* (MOD 97-10).
//! - SWIFT, *IBAN Registry* (country lengths), as tabulated by the IbanNet project.
//! - European Committee for Banking Standards, EBS204 (piecewise mod-97 computation).

use super::Env;

/// IBAN length by country code, sorted by code.
const LENGTHS: &[([u8; 2], u8)] = &[
    (*b"AD", 24),
    (*b"AE", 23),
    (*b"AL", 28),
    (*b"AT", 20),
    (*b"AZ", 28),
    (*b"BA", 20),
    (*b"BE", 16),
    (*b"BG", 22),
    (*b"BH", 22),
    (*b"BI", 27),
    (*b"BR", 29),
    (*b"BY", 28),
    (*b"CH", 21),
    (*b"CR", 22),
    (*b"CY", 28),
    (*b"CZ", 24),
    (*b"DE", 22),
    (*b"DJ", 27),
    (*b"DK", 18),
    (*b"DO", 28),
    (*b"EE", 20),
    (*b"EG", 29),
    (*b"ES", 24),
    (*b"FI", 18),
    (*b"FK", 18),
    (*b"FO", 18),
    (*b"FR", 27),
    (*b"GB", 22),
    (*b"GE", 22),
    (*b"GI", 23),
    (*b"GL", 18),
    (*b"GR", 27),
    (*b"GT", 28),
    (*b"HN", 28),
    (*b"HR", 21),
    (*b"HU", 28),
    (*b"IE", 22),
    (*b"IL", 23),
    (*b"IQ", 23),
    (*b"IS", 26),
    (*b"IT", 27),
    (*b"JO", 30),
    (*b"KW", 30),
    (*b"KZ", 20),
    (*b"LB", 28),
    (*b"LC", 32),
    (*b"LI", 21),
    (*b"LT", 20),
    (*b"LU", 20),
    (*b"LV", 21),
    (*b"LY", 25),
    (*b"MC", 27),
    (*b"MD", 24),
    (*b"ME", 22),
    (*b"MK", 19),
    (*b"MN", 20),
    (*b"MR", 27),
    (*b"MT", 31),
    (*b"MU", 30),
    (*b"NI", 28),
    (*b"NL", 18),
    (*b"NO", 15),
    (*b"PK", 24),
    (*b"PL", 28),
    (*b"PS", 29),
    (*b"PT", 25),
    (*b"QA", 29),
    (*b"RO", 24),
    (*b"RS", 22),
    (*b"SA", 24),
    (*b"SC", 31),
    (*b"SE", 24),
    (*b"SI", 19),
    (*b"SK", 24),
    (*b"SM", 27),
    (*b"ST", 25),
    (*b"SV", 28),
    (*b"TL", 23),
    (*b"TN", 24),
    (*b"TR", 26),
    (*b"UA", 29),
    (*b"VA", 22),
    (*b"VG", 24),
    (*b"XK", 20),
];

/// Lengths accepted for a country that is not in [`LENGTHS`].
const UNKNOWN_COUNTRY_LENGTHS: std::ops::RangeInclusive<usize> = 15..=34;

/// Longest IBAN.
const MAX_LEN: usize = 34;

/// The registry length of IBANs of `country` (uppercase), if the country is in the table.
pub fn country_length(country: &[u8; 2]) -> Option<usize> {
    LENGTHS.binary_search_by_key(country, |&(c, _)| c).ok().map(|i| usize::from(LENGTHS[i].1))
}

/// `r` extended by the characters of `chars` under MOD 97-10: a digit appends one
/// decimal digit, a letter (either case) two (`A` = 10 … `Z` = 35). Other bytes append a
/// meaningless two-digit value, without overflow.
fn mod97(mut r: u32, chars: &[u8]) -> u32 {
    for &b in chars {
        r = if b.is_ascii_digit() {
            (r * 10 + u32::from(b - b'0')) % 97
        } else if b.is_ascii_alphabetic() {
            (r * 100 + u32::from(b.to_ascii_uppercase() - b'A') + 10) % 97
        } else {
            (r * 100 + u32::from(b) % 100) % 97
        };
    }
    r
}

/// The two check digits (ASCII, `02` to `98`) of the IBAN with `country` and `bban`
/// (letters in either case).
pub fn check_digits(country: &[u8; 2], bban: &[u8]) -> [u8; 2] {
    let r = mod97(mod97(mod97(0, bban), country), b"00");
    let c = 98 - r as u8;
    [b'0' + c / 10, b'0' + c % 10]
}

/// The IBAN in `value` without its grouping spaces, written into `out`; its length, or
/// `None` when `value` is not compact or grouped by fours, holds anything but letters
/// and digits, or is too long.
fn compact(value: &[u8], out: &mut [u8; MAX_LEN]) -> Option<usize> {
    let grouped = value.get(4) == Some(&b' ');
    let mut n = 0;
    for (i, &b) in value.iter().enumerate() {
        if grouped && i % 5 == 4 {
            if b != b' ' {
                return None;
            }
        } else if b.is_ascii_alphanumeric() {
            *out.get_mut(n)? = b;
            n += 1;
        } else {
            return None;
        }
    }
    value.last().is_some_and(u8::is_ascii_alphanumeric).then_some(n)
}

/// Whether `value` is a plausible IBAN: compact or grouped by fours with single spaces,
/// the country's registry length (15-34 for a country not in the table), check digits
/// `02`-`98`, and MOD 97-10 remainder 1.
pub fn validate(value: &[u8], _env: &Env) -> bool {
    let mut buf = [0u8; MAX_LEN];
    let Some(n) = compact(value, &mut buf) else {
        return false;
    };
    let iban = &buf[..n];
    let [c0, c1, d0, d1, bban @ ..] = iban else {
        return false;
    };
    let country = [c0.to_ascii_uppercase(), c1.to_ascii_uppercase()];
    let length_ok = match country_length(&country) {
        Some(len) => n == len,
        None => UNKNOWN_COUNTRY_LENGTHS.contains(&n),
    };
    country.iter().all(u8::is_ascii_uppercase)
        && d0.is_ascii_digit()
        && d1.is_ascii_digit()
        && (2..=98).contains(&((d0 - b'0') * 10 + (d1 - b'0')))
        && length_ok
        && mod97(mod97(mod97(0, bban), &country), &[*d0, *d1]) == 1
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

    /// The IBAN of `country` and `bban` with computed check digits.
    fn make(country: &str, bban: &str) -> String {
        let cc: &[u8; 2] = country.as_bytes().try_into().unwrap();
        let d = check_digits(cc, bban.as_bytes());
        format!("{country}{}{}{bban}", char::from(d[0]), char::from(d[1]))
    }

    /// The paper format: groups of four separated by spaces.
    fn grouped(iban: &str) -> String {
        let groups: Vec<&str> =
            iban.as_bytes().chunks(4).map(|c| std::str::from_utf8(c).unwrap()).collect();
        groups.join(" ")
    }

    /// Independent statement, the EBS204 way: rearrange, expand letters to a decimal
    /// string, then take the remainder of the first 9 digits and repeatedly of the
    /// two-digit remainder followed by the next 7 digits.
    fn reference_holds(iban: &str) -> bool {
        let upper = iban.to_uppercase();
        let rearranged = format!("{}{}", &upper[4..], &upper[..4]);
        let digits: String = rearranged
            .chars()
            .map(|c| match c.to_digit(36) {
                Some(v) => v.to_string(),
                None => panic!("not alphanumeric: {c}"),
            })
            .collect();
        let (first, mut rest) = digits.split_at(9.min(digits.len()));
        let mut r: u64 = first.parse::<u64>().unwrap() % 97;
        while !rest.is_empty() {
            let (chunk, tail) = rest.split_at(7.min(rest.len()));
            r = format!("{r:02}{chunk}").parse::<u64>().unwrap() % 97;
            rest = tail;
        }
        r == 1
    }

    #[test]
    fn table_is_sorted_and_covers_required_countries() {
        assert!(LENGTHS.windows(2).all(|w| w[0].0 < w[1].0));
        let required = [
            ("DE", 22),
            ("GB", 22),
            ("FR", 27),
            ("ES", 24),
            ("IT", 27),
            ("NL", 18),
            ("BE", 16),
            ("CH", 21),
            ("AT", 20),
            ("PL", 28),
            ("PT", 25),
            ("SE", 24),
            ("IE", 22),
            ("LU", 20),
            ("DK", 18),
            ("FI", 18),
            ("NO", 15),
            ("CZ", 24),
            ("HU", 28),
            ("GR", 27),
        ];
        for (cc, len) in required {
            assert_eq!(country_length(cc.as_bytes().try_into().unwrap()), Some(len), "{cc}");
        }
        assert!(LENGTHS.iter().all(|&(_, len)| (15..=34).contains(&usize::from(len))));
        assert_eq!(country_length(b"ZZ"), None);
        assert_eq!(country_length(b"de"), None);
    }

    #[test]
    fn standard_examples_are_computed() {
        // Recomputed: the ISO 13616 / registry examples must come out of the algorithm.
        assert_eq!(make("GB", "WEST12345698765432"), "GB82WEST12345698765432");
        assert_eq!(make("DE", "370400440532013000"), "DE89370400440532013000");
        assert_eq!(make("BE", "539007547034"), "BE68539007547034");
        assert!(reference_holds("GB82WEST12345698765432"));
    }

    #[test]
    fn valid_ibans() {
        let valid = [
            make("GB", "WEST12345698765432"),
            make("DE", "370400440532013000"),
            make("DE", "000000000000000001"),
            make("FR", "20041010050500013M02606"),
            make("ES", "21000418450200051332"),
            make("IT", "X0542811101000000123456"),
            make("NL", "ABNA0417164300"),
            make("BE", "539007547034"),
            make("CH", "00762011623852957"),
            make("AT", "1904300234573201"),
            make("PL", "109010140000071219812874"),
            make("PT", "000201231234567890154"),
            make("SE", "50000000058398257466"),
            make("IE", "AIBK93115212345678"),
            make("LU", "0019400644750000"),
            make("DK", "00400440116243"),
            make("FI", "12345600000785"),
            make("NO", "86011117947"),
            make("CZ", "08000000192000145399"),
            make("HU", "117730161111101800000000"),
            make("GR", "01101250000000012300695"),
            make("LC", "HEMM000100010012001200023015"), // 32 characters
            make("RU", "04452560040702810412345678901"), // not in the table: 33 characters
            make("ZZ", "12345678901"),                  // not in the table: 15 characters
        ];
        for iban in &valid {
            assert!(reference_holds(iban), "{iban}");
            assert!(ok(iban), "{iban}");
            assert!(ok(&grouped(iban)), "{}", grouped(iban));
            assert!(ok(&iban.to_lowercase()), "{iban}");
        }
    }

    #[test]
    fn invalid_ibans() {
        let with_check = |iban: &str, cd: &str| format!("{}{cd}{}", &iban[..2], &iban[4..]);
        let gb = make("GB", "WEST12345698765432");
        let invalid = [
            "GB82WEST12345698765433".to_owned(),           // wrong remainder
            "GB28WEST12345698765432".to_owned(),           // transposed check digits
            make("GB", "WEST1234569876543"),               // 21 characters for GB
            make("GB", "WEST123456987654321"),             // 23
            make("DE", "37040044053201300"),               // 21 for DE
            make("NO", "860111179470"),                    // 16 for NO
            make("ZZ", "1234567890"),                      // unknown country, 14 characters
            make("ZZ", "1234567890123456789012345678901"), // unknown country, 35
            with_check(&gb, "00"),
            with_check(&gb, "99"),
            make("1B", "WEST12345698765432"), // country must be letters
            make("G1", "WEST12345698765432"),
            format!("GB8{}", &gb[4..]), // check digit missing
            "GB82 WEST12345698765432".to_owned(),
            "GB82WEST 1234 5698 7654 32".to_owned(),
            "GB82 WEST 1234 5698 7654 32 ".to_owned(),
            "GB82  WEST 1234 5698 7654 32".to_owned(),
            "GB82-WEST-1234-5698-7654-32".to_owned(),
            "GB82 WEST 123 45698 7654 32".to_owned(),
            " GB82WEST12345698765432".to_owned(),
            "GB82WEST1234569876543２".to_owned(),
            "GB82".to_owned(),
            String::new(),
        ];
        for iban in &invalid {
            assert!(!ok(iban), "{iban}");
        }
    }

    #[test]
    fn check_digits_00_01_99_are_rejected_even_when_the_remainder_is_1() {
        // Find BBANs whose proper check digits are 97, 98 and 02: writing 00, 01 and 99
        // instead keeps the remainder at 1, but those values are never issued.
        for (proper, alias) in [("97", "00"), ("98", "01"), ("02", "99")] {
            let bban = (0..100_000u32)
                .map(|n| format!("{n:018}"))
                .find(|b| check_digits(b"DE", b.as_bytes()) == *proper.as_bytes())
                .expect("every check value occurs");
            let good = format!("DE{proper}{bban}");
            let aliased = format!("DE{alias}{bban}");
            assert!(ok(&good), "{good}");
            assert!(reference_holds(&aliased), "{aliased}");
            assert!(!ok(&aliased), "{aliased}");
        }
    }

    /// A country from the table and a BBAN of the right length, mostly digits with some
    /// letters.
    fn iban_strategy() -> impl Strategy<Value = String> {
        (0..LENGTHS.len(), proptest::collection::vec((0u8..36, 0u8..4), 30)).prop_map(
            |(i, chars)| {
                let (cc, len) = LENGTHS[i];
                let bban: String = chars[..usize::from(len) - 4]
                    .iter()
                    .map(|&(v, letter)| {
                        if letter == 0 {
                            char::from(b'A' + v % 26)
                        } else {
                            char::from(b'0' + v % 10)
                        }
                    })
                    .collect();
                make(std::str::from_utf8(&cc).unwrap(), &bban)
            },
        )
    }

    proptest! {
        #[test]
        fn generated_ibans_pass(iban in iban_strategy()) {
            prop_assert!(reference_holds(&iban), "{}", iban);
            prop_assert!(ok(&iban), "{}", iban);
            prop_assert!(ok(&grouped(&iban)), "{}", iban);
            prop_assert!(ok(&iban.to_lowercase()), "{}", iban);
        }

        #[test]
        fn single_digit_errors_fail(iban in iban_strategy(), pick in any::<usize>(), delta in 1u8..10) {
            // 10^k is a unit mod 97, so every single-digit substitution is detected
            // (check digits included).
            let mut bytes = iban.into_bytes();
            let digits: Vec<usize> = (2..bytes.len()).filter(|&i| bytes[i].is_ascii_digit()).collect();
            let pos = digits[pick % digits.len()];
            bytes[pos] = b'0' + (bytes[pos] - b'0' + delta) % 10;
            prop_assert!(!validate(&bytes, &env()));
        }

        #[test]
        fn letter_substitutions_fail(iban in iban_strategy(), pick in any::<usize>(), delta in 1u8..26) {
            // A letter is two decimal digits worth 10-35, so a change by 1-25 is detected.
            let mut bytes = iban.into_bytes();
            let letters: Vec<usize> = (4..bytes.len()).filter(|&i| bytes[i].is_ascii_uppercase()).collect();
            prop_assume!(!letters.is_empty());
            let pos = letters[pick % letters.len()];
            bytes[pos] = b'A' + (bytes[pos] - b'A' + delta) % 26;
            prop_assert!(!validate(&bytes, &env()));
        }

        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..48)) {
            let _ = validate(&bytes, &env());
            let d = check_digits(&[bytes.first().copied().unwrap_or(0), 0], &bytes);
            prop_assert!(d.iter().all(u8::is_ascii_digit));
        }

        #[test]
        fn never_panics_on_near_misses(s in "[A-Za-z]{2}[0-9]{2}( ?[0-9A-Z]{1,4}){1,8} ?") {
            let accepted = ok(&s);
            prop_assert!(!accepted || reference_holds(&s.replace(' ', "")));
        }
    }
}
