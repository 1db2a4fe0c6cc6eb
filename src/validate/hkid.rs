//! Hong Kong identity card number (HKID, 香港身份證號碼).
//!
//! ## What it checks
//!
//! One or two letters, six digits and a check character (a digit or `A`), written with
//! the check character in brackets or bare:
//!
//! ```text
//! A123456(3)    A123456 (3)    A1234563
//! AB987654(3)   AB987654 (3)   AB9876543
//! ```
//!
//! Square brackets are accepted as well (`A123456[3]`, a common typed form). Letters may
//! be lowercase (`a123456(3)`, check `a` for `A`). At most one space, and only directly
//! before the opening bracket, is accepted; the brackets must be balanced around the single check
//! character. Any letter is accepted as a prefix: the check character is what separates a
//! real number from a random one.
//!
//! ## Algorithm
//!
//! Give each of the eight positions before the check character a value: letters `A`=10
//! … `Z`=35, digits their own value, and — for a one-letter number — a leading space
//! worth 36. With the weights `9 8 7 6 5 4 3 2`:
//!
//! ```text
//! r = Σ v_i · w_i  mod 11
//! check = 0          if r = 0
//!         A          if r = 1
//!         11 − r     otherwise
//! ```
//!
//! Equivalently, with `A` read as 10 and weight 1 for the check character, the weighted
//! sum of all nine positions is a multiple of 11.
//!
//! ## Example
//!
//! ```text
//! A123456(3)    valid   (36·9 + 10·8 + 1·7 + 2·6 + 3·5 + 4·4 + 5·3 + 6·2 = 481, r = 8, check 3)
//! AB987654(3)   valid
//! A123456(4)    invalid (check should be 3)
//! A12345(6)     invalid (five digits)
//! ```
//!
//! ## References
//!
//! - Immigration Department of the HKSAR, identity card number format (letter prefix,
//!   six digits, check digit in brackets).
//! - Check-digit derivation as reproduced in computerterminal.blogspot.hk (2013) and
//!   hong.ddns.net; summary in `LANDSCAPE.md` §5.6.

use super::Env;

/// Weights of the eight positions before the check character.
const WEIGHTS: [u32; 8] = [9, 8, 7, 6, 5, 4, 3, 2];

/// Value of the blank that pads a one-letter prefix.
const SPACE_VALUE: u32 = 36;

/// Value of one prefix or digit byte: `A`/`a`=10 … `Z`/`z`=35, `0`-`9` themselves, other
/// bytes something meaningless but bounded.
fn value_of(b: u8) -> u32 {
    if b.is_ascii_alphabetic() {
        u32::from(b.to_ascii_uppercase() - b'A') + 10
    } else {
        u32::from(b.wrapping_sub(b'0'))
    }
}

/// The check character (`b'0'..=b'9'` or `b'A'`) for a number with letter `prefix` (one
/// or two letters, either case) and `digits6` (six ASCII digits). Other inputs give a
/// meaningless but well-defined answer: only the last two prefix bytes and the first six
/// digit bytes are used.
pub fn check_char(prefix: &[u8], digits6: &[u8]) -> u8 {
    let (first, second) = match prefix {
        [] => (SPACE_VALUE, SPACE_VALUE),
        [only] => (SPACE_VALUE, value_of(*only)),
        [.., a, b] => (value_of(*a), value_of(*b)),
    };
    let digits: u32 = digits6.iter().zip(&WEIGHTS[2..]).map(|(&b, w)| value_of(b) * w).sum();
    let r = (first * WEIGHTS[0] + second * WEIGHTS[1] + digits) % 11;
    match (11 - r) % 11 {
        10 => b'A',
        c => b'0' + c as u8,
    }
}

/// Whether `value` is a plausible HKID: one or two letters, six digits and a matching
/// check character, bare or in brackets (optionally after one space); letters in either
/// case.
pub fn validate(value: &[u8], _env: &Env) -> bool {
    let letters = value.iter().take(3).take_while(|b| b.is_ascii_alphabetic()).count();
    if !(1..=2).contains(&letters) {
        return false;
    }
    let (prefix, rest) = value.split_at(letters);
    let Some((digits, tail)) = rest.split_at_checked(6) else {
        return false;
    };
    if !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let check = match tail {
        [c] | [b'(', c, b')'] | [b' ', b'(', c, b')'] | [b'[', c, b']'] | [b' ', b'[', c, b']'] => {
            c.to_ascii_uppercase()
        }
        _ => return false,
    };
    check == check_char(prefix, digits)
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

    /// `prefix` and `digits` with the computed check character in brackets.
    fn make(prefix: &str, digits: &str) -> String {
        let c = check_char(prefix.as_bytes(), digits.as_bytes());
        format!("{prefix}{digits}({})", char::from(c))
    }

    /// Independent statement of the check: pad to two letters with a space (36), read
    /// `A` as 10 in the check position, and the sum with weights 9..=1 is ≡ 0 (mod 11).
    fn reference_holds(prefix: &str, digits: &str, check: u8) -> bool {
        let mut values: Vec<u64> = Vec::new();
        if prefix.len() == 1 {
            values.push(36);
        }
        values.extend(prefix.bytes().map(|b| u64::from(b.to_ascii_uppercase() - b'A' + 10)));
        values.extend(digits.bytes().map(|b| u64::from(b - b'0')));
        values.push(if check == b'A' { 10 } else { u64::from(check - b'0') });
        let sum: u64 = values.iter().zip((1..=9).rev()).map(|(v, w)| v * w).sum();
        sum % 11 == 0
    }

    #[test]
    fn known_examples_are_computed() {
        // Recomputed, not trusted: the four numbers of LANDSCAPE §5.6.
        assert_eq!(make("E", "364912"), "E364912(5)");
        assert_eq!(make("A", "123456"), "A123456(3)");
        assert_eq!(make("AB", "987654"), "AB987654(3)");
        assert_eq!(make("D", "288754"), "D288754(2)");
    }

    #[test]
    fn check_character_a_and_0_occur() {
        // Find prefixes whose check is `A` and `0`, to exercise both special cases.
        let with = |want: u8| {
            (0..1_000_000)
                .map(|n| format!("{n:06}"))
                .find(|d| check_char(b"C", d.as_bytes()) == want)
                .expect("every remainder occurs")
        };
        let a = with(b'A');
        let zero = with(b'0');
        assert!(reference_holds("C", &a, b'A'));
        assert!(reference_holds("C", &zero, b'0'));
        assert!(ok(&format!("C{a}(A)")));
        assert!(ok(&format!("C{a}(a)")));
        assert!(ok(&format!("c{a}A")));
        assert!(ok(&format!("C{zero}(0)")));
        assert!(ok(&format!("C{zero}[0]")));
        assert!(!ok(&format!("C{zero}[0)")));
    }

    #[test]
    fn valid_numbers() {
        let valid = [
            make("E", "364912"),
            make("A", "123456"),
            make("AB", "987654"),
            make("D", "288754"),
            make("Z", "000000"),
            make("XA", "000001"),
            make("WX", "999999"),
            make("K", "654321"),
        ];
        for id in &valid {
            let b = id.as_bytes();
            let (check, body) = (b[b.len() - 2], &id[..id.len() - 3]);
            let letters = body.len() - 6;
            assert!(reference_holds(&body[..letters], &body[letters..], check), "{id}");
            assert!(ok(id), "{id}");
            // Other accepted renderings of the same number.
            assert!(ok(&format!("{body} ({})", char::from(check))), "{id}");
            assert!(ok(&format!("{body}{}", char::from(check))), "{id}");
            assert!(ok(&id.to_lowercase()), "{id}");
        }
    }

    #[test]
    fn invalid_numbers() {
        let wrong_check = |prefix: &str, digits: &str| {
            let good = check_char(prefix.as_bytes(), digits.as_bytes());
            let bad = if good == b'0' { '1' } else { '0' };
            format!("{prefix}{digits}({bad})")
        };
        let invalid = [
            wrong_check("A", "123456"),
            wrong_check("AB", "987654"),
            "A123456(4)".to_owned(),
            "A123456(B)".to_owned(),
            "A123456(X)".to_owned(),
            "A12345(6)".to_owned(),   // five digits
            "A1234567(8)".to_owned(), // seven digits
            "ABC123456(3)".to_owned(),
            "123456(3)".to_owned(), // no letter
            "A123456(3".to_owned(),
            "A123456 3".to_owned(),
            "A1234563)".to_owned(),
            "A123456  (3)".to_owned(),
            "A123456()".to_owned(),
            "A123456(33)".to_owned(),
            "A 123456(3)".to_owned(),
            " A123456(3)".to_owned(),
            "A123456(3) ".to_owned(),
            "A123456".to_owned(),
            "A12E456(3)".to_owned(),
            "Ａ123456(3)".to_owned(), // full-width letter
            String::new(),
        ];
        for id in &invalid {
            assert!(!ok(id), "{id}");
        }
    }

    fn number_strategy() -> impl Strategy<Value = (String, String)> {
        ("[A-Z]{1,2}", "[0-9]{6}")
    }

    proptest! {
        #[test]
        fn generated_numbers_pass((prefix, digits) in number_strategy()) {
            let id = make(&prefix, &digits);
            let check = check_char(prefix.as_bytes(), digits.as_bytes());
            prop_assert!(reference_holds(&prefix, &digits, check));
            prop_assert!(ok(&id), "{}", id);
            prop_assert!(ok(&id.to_lowercase()), "{}", id);
        }

        #[test]
        fn single_digit_errors_fail(
            (prefix, digits) in number_strategy(),
            pos in 0usize..7,
            delta in 1u8..10,
        ) {
            // Weights 2-9 and 1 are units mod 11, so every digit substitution (and every
            // change of the check character) is detected.
            let check = check_char(prefix.as_bytes(), digits.as_bytes());
            let mut tail = digits.into_bytes();
            tail.push(check);
            if pos == 6 {
                let alphabet = b"0123456789A";
                let at = alphabet.iter().position(|&c| c == tail[6]).unwrap();
                tail[6] = alphabet[(at + usize::from(delta)) % 11];
            } else {
                tail[pos] = b'0' + (tail[pos] - b'0' + delta) % 10;
            }
            let id = format!("{prefix}{}", String::from_utf8(tail).unwrap());
            prop_assert!(!ok(&id), "{}", id);
        }

        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..16)) {
            let _ = validate(&bytes, &env());
            let c = check_char(&bytes, &bytes);
            prop_assert!(c.is_ascii_digit() || c == b'A');
        }

        #[test]
        fn never_panics_on_near_misses(s in "[A-Za-z]{0,3}[0-9]{5,7} ?\\(?[0-9Aa]\\)?") {
            let _ = validate(s.as_bytes(), &env());
        }
    }
}
