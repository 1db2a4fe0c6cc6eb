//! Motor-vehicle licence plates of mainland China (机动车号牌, GA 36-2018).
//!
//! ## What it checks
//!
//! A UTF-8 plate number made of
//!
//! 1. a province abbreviation, one of [`PROVINCES`]
//!    (京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼);
//! 2. the issuing authority's letter, `A`-`Z` except `I` and `O`;
//! 3. optionally one separator: `·` (U+00B7, as printed), `•` (U+2022), `-` or a space;
//! 4. one of these serials, whose letters are uppercase ASCII other than `I` and `O`:
//!    - ordinary: 5 letters or digits, at least one a digit (`京A·12345`, `粤B·8K3M2`);
//!    - special: 4 letters or digits, at least one a digit, then `警` (police), `学`
//!      (driving school) or `挂` (trailer) (`京A·1234警`);
//!    - small new-energy vehicle: a series letter, a letter or digit, then 4 digits
//!      (`京A·D12345`, `沪A·FK1234`): `D`, `A`, `B`, `C`, `E` for battery-electric and
//!      `F`, `G`, `H`, `J`, `K` for other new energy (`D`/`F` since 2016, the other
//!      series added as `D`/`F` ran out);
//!    - large new-energy vehicle: 5 digits, then `D` or `F` (`粤B·12345D`).
//!
//! Lowercase letters, full-width characters and other suffixes (`港`, `澳`, `使`, `领`,
//! military and embassy formats) are not accepted.
//!
//! ## Algorithm
//!
//! A plate has no check character; the validator matches the structure above byte by
//! byte: the first three bytes must be the UTF-8 encoding of a province abbreviation,
//! the next byte the authority letter, then an optional separator, then a serial of
//! exactly 5 ASCII characters, 4 ASCII characters and a 3-byte suffix, or 6 ASCII
//! characters in one of the two new-energy layouts.
//!
//! ## Example
//!
//! ```text
//! 京A·12345    valid   (ordinary)
//! 粤B8K3M2     valid   (ordinary, no separator)
//! 京A·1234警   valid   (police)
//! 沪A·D12345   valid   (small new-energy, battery-electric)
//! 粤B 12345F   valid   (large new-energy)
//! 京I·12345    invalid (I is never an authority letter)
//! 京A·ABCDE    invalid (an ordinary serial needs a digit)
//! 港A·12345    invalid (not a mainland province abbreviation)
//! ```
//!
//! ## References
//!
//! - GA 36-2018, *Number plates of motor vehicles of the People's Republic of China*
//!   (ordinary and new-energy serial layouts; I and O unused), as reproduced in pcauto
//!   articles (yuyouke.com, wsmp3.cn) and cidian.kuaisou.com; summary in `LANDSCAPE.md`
//!   §5.10.
//! - Ministry of Public Security announcement on new-energy vehicle plates (2016-12).

use super::Env;

/// The 31 province-level abbreviations that start a mainland plate.
pub const PROVINCES: &str = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

/// Suffix characters that end a special plate with a 4-character serial.
const SUFFIXES: &str = "警学挂";

/// Whether the three bytes `c` encode one of the characters of `set` (all three-byte
/// characters).
fn in_set(set: &str, c: &[u8]) -> bool {
    set.as_bytes().chunks_exact(3).any(|s| s == c)
}

/// Whether `b` is a plate letter: uppercase ASCII other than `I` and `O`.
fn is_letter(b: u8) -> bool {
    b.is_ascii_uppercase() && b != b'I' && b != b'O'
}

/// Whether `b` may appear in a serial: a plate letter or a digit.
fn is_serial_char(b: u8) -> bool {
    is_letter(b) || b.is_ascii_digit()
}

/// Whether `s` is an ordinary serial: plate letters and digits, at least one digit.
fn ordinary_serial(s: &[u8]) -> bool {
    s.iter().all(|&b| is_serial_char(b)) && s.iter().any(u8::is_ascii_digit)
}

/// Whether the 6-character `s` is a small (series letter, letter or digit, 4 digits) or
/// large (5 digits, `D`/`F`) new-energy serial.
fn new_energy_serial(s: &[u8]) -> bool {
    let energy = |b: u8| b == b'D' || b == b'F';
    let series = |b: u8| matches!(b, b'A'..=b'H' | b'J' | b'K');
    match s {
        [kind, second, rest @ ..] if series(*kind) => {
            is_serial_char(*second) && rest.len() == 4 && rest.iter().all(u8::is_ascii_digit)
        }
        [digits @ .., kind] => {
            energy(*kind) && digits.len() == 5 && digits.iter().all(u8::is_ascii_digit)
        }
        [] => false,
    }
}

/// `rest` without one leading separator (`·`, `•`, `-` or space), if it has one.
fn strip_separator(rest: &[u8]) -> &[u8] {
    for sep in ["·", "•", "-", " "] {
        if let Some(tail) = rest.strip_prefix(sep.as_bytes()) {
            return tail;
        }
    }
    rest
}

/// Whether `value` (UTF-8) is a plausible mainland plate: province abbreviation,
/// authority letter, optional separator, and an ordinary, special (`警`/`学`/`挂`) or
/// new-energy serial.
pub fn validate(value: &[u8], _env: &Env) -> bool {
    let Some((province, rest)) = value.split_at_checked(3) else {
        return false;
    };
    let [authority, rest @ ..] = rest else {
        return false;
    };
    if !in_set(PROVINCES, province) || !is_letter(*authority) {
        return false;
    }
    let serial = strip_separator(rest);
    match serial.len() {
        5 => ordinary_serial(serial),
        6 => new_energy_serial(serial),
        7 => {
            let (short, suffix) = serial.split_at(4);
            in_set(SUFFIXES, suffix) && ordinary_serial(short)
        }
        _ => false,
    }
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

    const LETTERS: &str = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// A plate assembled from its parts.
    fn plate(province: char, authority: char, sep: &str, serial: &str) -> String {
        format!("{province}{authority}{sep}{serial}")
    }

    #[test]
    fn province_list() {
        assert_eq!(PROVINCES.chars().count(), 31);
        assert!(PROVINCES.chars().all(|c| c.len_utf8() == 3));
        let mut sorted: Vec<char> = PROVINCES.chars().collect();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 31);
        assert!(SUFFIXES.chars().all(|c| c.len_utf8() == 3));
    }

    #[test]
    fn valid_plates() {
        let valid = [
            plate('京', 'A', "·", "12345"),
            plate('粤', 'B', "", "8K3M2"),
            plate('沪', 'C', " ", "A1234"),
            plate('川', 'Z', "-", "ZZZZ9"),
            plate('琼', 'H', "•", "00000"),
            plate('京', 'A', "·", "1234警"),
            plate('苏', 'E', "", "A123学"),
            plate('鲁', 'Q', "·", "9876挂"),
            plate('沪', 'A', "·", "D12345"),
            plate('浙', 'B', "", "FK1234"),
            plate('粤', 'B', " ", "12345D"),
            plate('藏', 'A', "·", "54321F"),
            plate('宁', 'Y', "-", "DF0000"),
        ];
        for p in &valid {
            assert!(ok(p), "{p}");
        }
        // Every province and every authority letter.
        for province in PROVINCES.chars() {
            for authority in LETTERS.chars() {
                let p = plate(province, authority, "·", "12345");
                assert!(ok(&p), "{p}");
            }
        }
    }

    #[test]
    fn invalid_plates() {
        let invalid = [
            plate('京', 'I', "·", "12345"), // I and O are never used
            plate('京', 'O', "·", "12345"),
            plate('京', 'A', "·", "1I345"),
            plate('京', 'A', "·", "1O345"),
            plate('京', 'A', "·", "ABCDE"), // no digit
            plate('京', 'A', "·", "ABCD警"),
            plate('京', 'a', "·", "12345"), // lowercase
            plate('京', 'A', "·", "a1234"),
            plate('京', 'A', "·", "1234"), // four characters
            plate('京', 'A', "·", "1234567"),
            plate('京', 'A', "·", "12345警"), // suffix after five
            plate('京', 'A', "·", "123警"),
            plate('京', 'A', "·", "1234港"), // suffix not accepted
            plate('京', 'A', "·", "L12345"), // six characters, L is no new-energy series
            plate('京', 'A', "·", "12345A"), // large new-energy plates end in D or F
            plate('京', 'A', "·", "D1234X"),
            plate('京', 'A', "·", "DI1234"),
            plate('京', 'A', "·", "1234DF"),
            plate('京', 'A', "·", "12345X"),
            plate('京', 'A', "··", "12345"), // two separators
            plate('京', 'A', " -", "12345"),
            plate('京', 'A', "_", "12345"),
            plate('港', 'A', "·", "12345"), // not a mainland abbreviation
            plate('北', 'A', "·", "12345"),
            plate('京', '1', "·", "12345"),
            plate('京', 'Ａ', "·", "12345"), // full-width letter
            format!(" {}", plate('京', 'A', "·", "12345")),
            format!("{} ", plate('京', 'A', "·", "12345")),
            "京·A12345".to_owned(),
            "京".to_owned(),
            "京A".to_owned(),
            String::new(),
        ];
        for p in &invalid {
            assert!(!ok(p), "{p}");
        }
        // Truncated UTF-8 never panics and is rejected.
        assert!(!validate(&"京A·12345".as_bytes()[..2], &env()));
        assert!(!validate(&"京A1234警".as_bytes()[..9], &env()));
    }

    /// A serial of one of the four kinds, generated from its layout.
    fn serial_strategy() -> impl Strategy<Value = String> {
        let letter = proptest::sample::select(LETTERS.chars().collect::<Vec<_>>());
        // Position 4 is always a digit, so the serial has one.
        let ordinary = proptest::collection::vec((letter.clone(), 0u8..10, any::<bool>()), 5)
            .prop_map(|cs| {
                let pick = |(i, &(l, d, use_letter)): (usize, &(char, u8, bool))| {
                    if use_letter && i != 4 {
                        l
                    } else {
                        char::from(b'0' + d)
                    }
                };
                cs.iter().enumerate().map(pick).collect::<String>()
            });
        let special = (ordinary.clone(), proptest::sample::select(vec!['警', '学', '挂']))
            .prop_map(|(s, suffix)| format!("{}{suffix}", &s[1..]));
        let energy = proptest::sample::select(vec!['D', 'F']);
        let series =
            proptest::sample::select(vec!['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K']);
        let small = (series, letter, 0u8..10, any::<bool>(), 0u32..10000).prop_map(
            |(kind, l, d, use_letter, n)| {
                let second = if use_letter { l } else { char::from(b'0' + d) };
                format!("{kind}{second}{n:04}")
            },
        );
        let large = (0u32..100_000, energy).prop_map(|(n, kind)| format!("{n:05}{kind}"));
        prop_oneof![ordinary, special, small, large]
    }

    /// The parts of a plate: province, authority letter, separator, serial.
    fn parts_strategy() -> impl Strategy<Value = (char, char, &'static str, String)> {
        (
            proptest::sample::select(PROVINCES.chars().collect::<Vec<_>>()),
            proptest::sample::select(LETTERS.chars().collect::<Vec<_>>()),
            proptest::sample::select(vec!["", "·", "•", "-", " "]),
            serial_strategy(),
        )
    }

    fn plate_strategy() -> impl Strategy<Value = String> {
        parts_strategy().prop_map(|(p, a, sep, serial)| plate(p, a, sep, &serial))
    }

    proptest! {
        #[test]
        fn generated_plates_pass(p in plate_strategy()) {
            prop_assert!(ok(&p), "{}", p);
        }

        #[test]
        fn letters_i_and_o_fail(p in plate_strategy(), pick in any::<usize>(), o in any::<bool>()) {
            // Replacing any ASCII letter or digit by I or O makes the plate invalid.
            let mut chars: Vec<char> = p.chars().collect();
            let ascii: Vec<usize> =
                (0..chars.len()).filter(|&i| chars[i].is_ascii_alphanumeric()).collect();
            let pos = ascii[pick % ascii.len()];
            chars[pos] = if o { 'O' } else { 'I' };
            let bad: String = chars.into_iter().collect();
            prop_assert!(!ok(&bad), "{}", bad);
        }

        #[test]
        fn truncations_fail((p, a, sep, serial) in parts_strategy(), cut in 1usize..4) {
            // Dropping the last one to three bytes never leaves a plate, except that a
            // six-character new-energy serial minus its last character is an ordinary
            // five-character serial (it still has a digit).
            let full = plate(p, a, sep, &serial);
            let short = &full.as_bytes()[..full.len() - cut];
            let ordinary_left = cut == 1 && serial.len() == 6;
            prop_assert_eq!(validate(short, &env()), ordinary_left, "{}", full);
        }

        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..24)) {
            let _ = validate(&bytes, &env());
        }

        #[test]
        fn never_panics_on_near_misses(s in "[京粤港·]{1,2}[A-Za-z0-9·•\\- ]{0,8}[警学挂]?") {
            let _ = validate(s.as_bytes(), &env());
        }
    }
}
