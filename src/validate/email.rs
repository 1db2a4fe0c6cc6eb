//! E-mail addresses (shape only).
//!
//! ## What it checks
//!
//! That a value has the shape of a deliverable address on the public Internet, with no
//! attempt to resolve the domain:
//!
//! - exactly one `@`;
//! - a local part of 1-64 bytes drawn from the RFC 5322 `atext` set
//!   (``A-Z a-z 0-9 . ! # $ % & ' * + / = ? ^ _ ` { | } ~ -``), not starting or ending with
//!   `.` and without `..` (no quoted local parts);
//! - a domain of at most 253 bytes with at least two labels, each 1-63 bytes of
//!   `A-Z a-z 0-9 -` not starting or ending with `-`;
//! - a top-level domain of 2-24 ASCII letters, so addresses on IP literals or numeric
//!   domains such as `user@10.0.0.1` are rejected.
//!
//! It also rejects the asset file names that look like addresses: high-density image
//! suffixes such as `icon@2x.png` or `logo@1.5x.jpg`. A value is rejected when the first
//! label of the domain is digits followed by `x`/`X` (`2x`, `10X`), or when the first label
//! is all digits and the second is digits followed by `x`/`X` (`1.5x`).
//!
//! ## Algorithm
//!
//! One pass over the local part, then one pass over the domain split on `.`; no
//! allocation, no Unicode (internationalized addresses must be in ASCII/punycode form).
//!
//! ## Example
//!
//! ```text
//! zhang.san+news@example.com.cn   valid
//! o'brien@mail.example.org        valid
//! user@10.0.0.1                   invalid (TLD has digits)
//! icon@2x.png                     invalid (image scale suffix)
//! a..b@example.com                invalid (consecutive dots)
//! a@b@example.com                 invalid (two @)
//! ```
//!
//! ## References
//!
//! - RFC 5322 §3.2.3 and §3.4.1 (`atext`, `dot-atom`, addr-spec).
//! - RFC 5321 §4.5.3.1 (64-byte local part limit).
//! - RFC 1035 §2.3.1 and RFC 1123 §2.1 (labels, 63/253-byte limits).
//! - IANA Root Zone Database (top-level domains are letters; the longest in common use
//!   fit in 24).

use super::Env;

/// Whether `byte` may appear in an unquoted local part (RFC 5322 `atext` or `.`).
fn is_local_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b".!#$%&'*+/=?^_`{|}~-".contains(&byte)
}

/// Whether `part` is non-empty and neither starts nor ends with `edge`.
fn inner(part: &[u8], edge: u8) -> bool {
    part.first().is_some_and(|&b| b != edge) && part.last().is_some_and(|&b| b != edge)
}

/// Whether `label` is a DNS label: 1-63 letters, digits or `-`, not starting or ending
/// with `-`.
fn is_label(label: &[u8]) -> bool {
    inner(label, b'-')
        && label.len() <= 63
        && label.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Whether `label` is one or more digits followed by `x` or `X` (`2x`, `10X`).
fn is_scale(label: &[u8]) -> bool {
    match label {
        [digits @ .., b'x' | b'X'] => !digits.is_empty() && digits.iter().all(u8::is_ascii_digit),
        _ => false,
    }
}

/// Whether `value` has the shape of an e-mail address: one `@`, a dot-atom local part of
/// 1-64 bytes, a domain of two or more DNS labels (≤ 253 bytes) ending in a 2-24 letter
/// top-level domain, and not an image name with a scale suffix such as `icon@2x.png`.
pub fn validate(value: &[u8], _env: &Env) -> bool {
    let Some(at) = value.iter().position(|&b| b == b'@') else {
        return false;
    };
    let (local, domain) = (&value[..at], &value[at + 1..]);

    let local_ok = inner(local, b'.')
        && local.len() <= 64
        && local.iter().all(|&b| is_local_byte(b))
        && !local.windows(2).any(|w| w == b"..");
    if !local_ok || domain.len() > 253 {
        return false;
    }

    let mut labels = 0usize;
    let mut first: &[u8] = &[];
    let mut second: &[u8] = &[];
    let mut last: &[u8] = &[];
    for label in domain.split(|&b| b == b'.') {
        if !is_label(label) {
            return false;
        }
        match labels {
            0 => first = label,
            1 => second = label,
            _ => {}
        }
        last = label;
        labels += 1;
    }
    let tld_ok = (2..=24).contains(&last.len()) && last.iter().all(u8::is_ascii_alphabetic);
    let scale_suffix = is_scale(first)
        || (labels >= 3 && first.iter().all(u8::is_ascii_digit) && is_scale(second));
    labels >= 2 && tld_ok && !scale_suffix
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

    #[test]
    fn valid_addresses() {
        let long_local = "a".repeat(64);
        let long_label = "b".repeat(63);
        // 4 labels of 63 + 3 dots = 255 is too long; 3 of 63 + "abcdefghi.cn"-style tail
        // is assembled so that the domain is exactly 253 bytes.
        let long_domain = format!("{0}.{0}.{0}.{1}.cn", long_label, "c".repeat(58));
        assert_eq!(long_domain.len(), 253);
        for s in [
            "a@b.co".to_owned(),
            "zhang.san@example.com".to_owned(),
            "zhang.san+news@example.com.cn".to_owned(),
            "o'brien@mail.example.org".to_owned(),
            "user_name-1@sub-domain.example.museum".to_owned(),
            "!#$%&'*+/=?^_`{|}~-@example.net".to_owned(),
            "12345@qq.com".to_owned(),
            "x@163.com".to_owned(),
            "USER@EXAMPLE.COM".to_owned(),
            "a@xn--fiqs8s.cn".to_owned(), // punycode label
            "a@2xl.com".to_owned(),       // not a scale suffix
            "a@x2.png".to_owned(),
            "icon@2.x.png".to_owned(), // "2" then "x": not digits+x
            "a@b.abcdefghijklmnopqrstuvwx".to_owned(), // 24-letter TLD
            format!("{long_local}@example.com"),
            format!("a@{long_label}.com"),
            format!("a@{long_domain}"),
        ] {
            assert!(ok(&s), "{s}");
        }
    }

    #[test]
    fn invalid_addresses() {
        let long_local = "a".repeat(65);
        let long_label = "b".repeat(64);
        let long_domain = format!("{0}.{0}.{0}.{1}.cn", "b".repeat(63), "c".repeat(59));
        assert_eq!(long_domain.len(), 254);
        for s in [
            String::new(),
            "@".to_owned(),
            "user".to_owned(),
            "user@".to_owned(),
            "@example.com".to_owned(),
            "a@b@example.com".to_owned(),
            "user@localhost".to_owned(),
            "user@10.0.0.1".to_owned(),
            "user@example.c".to_owned(),
            "user@example.c0m".to_owned(),
            "user@example.abcdefghijklmnopqrstuvwxy".to_owned(), // 25-letter TLD
            "user@example.xn--fiqz9s".to_owned(),                // punycode TLD has digits and '-'
            ".user@example.com".to_owned(),
            "user.@example.com".to_owned(),
            "us..er@example.com".to_owned(),
            "us er@example.com".to_owned(),
            "\"us er\"@example.com".to_owned(),
            "user(comment)@example.com".to_owned(),
            "user@-example.com".to_owned(),
            "user@example-.com".to_owned(),
            "user@.example.com".to_owned(),
            "user@example.com.".to_owned(),
            "user@example..com".to_owned(),
            "user@exa_mple.com".to_owned(),
            "user@[192.168.0.1]".to_owned(),
            "用户@example.com".to_owned(),
            "user@例子.com".to_owned(),
            "icon@2x.png".to_owned(),
            "logo@3x.jpg".to_owned(),
            "banner@10X.webp".to_owned(),
            "logo@1.5x.png".to_owned(),
            "sprite@2x.min.svg".to_owned(),
            format!("{long_local}@example.com"),
            format!("a@{long_label}.com"),
            format!("a@{long_domain}"),
        ] {
            assert!(!ok(&s), "{s}");
        }
    }

    proptest! {
        #[test]
        fn generated_addresses_pass(
            local in "[a-z0-9_%+-]{1,10}(\\.[a-z0-9]{1,5}){0,2}",
            domain in "[a-z][a-z0-9-]{0,8}[a-z0-9](\\.[a-z0-9]{1,8}){0,2}\\.[a-z]{2,6}",
        ) {
            let s = format!("{local}@{domain}");
            prop_assert!(ok(&s), "{}", s);
            prop_assert!(ok(&s.to_uppercase()), "{}", s);
        }

        #[test]
        fn scale_suffixes_fail(
            name in "[a-z]{1,10}",
            n in 1u8..10,
            ext in "(png|jpg|jpeg|gif|webp|svg)",
        ) {
            let x = format!("{name}@{n}x.{ext}");
            let y = format!("{name}@{n}.5x.{ext}");
            prop_assert!(!ok(&x));
            prop_assert!(!ok(&y));
        }

        #[test]
        fn accepted_values_have_one_at_and_letter_tld(s in "[a-z0-9.@x-]{0,20}") {
            if ok(&s) {
                prop_assert_eq!(s.matches('@').count(), 1);
                let tld = s.rsplit('.').next().unwrap();
                prop_assert!(tld.bytes().all(|b| b.is_ascii_alphabetic()));
                prop_assert!(!s.contains(".."));
            }
        }

        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..80)) {
            let _ = validate(&bytes, &env());
        }
    }
}
