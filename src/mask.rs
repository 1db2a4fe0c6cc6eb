//! The only place a found value becomes printable text.
//!
//! Every output format receives values through [`render`], which masks them unless the
//! user asked for raw values with `--show-values`. Masks keep just enough to tell values
//! apart in a review (prefix and suffix digits, the e-mail domain) and never enough to
//! rebuild them: `138****8000`, `110105********002X`, `6225********7430`,
//! `z***@example.com`, `192.168.*.*`.

use std::borrow::Cow;
use std::fmt::Write as _;

use compact_str::CompactString;

use crate::detect::Category;

/// How values are written in outputs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ValuePolicy {
    /// Masked (the default).
    #[default]
    Masked,
    /// Raw, as found (`--show-values`).
    Raw,
}

/// The printable form of `raw`, a value of `category`, under `policy`.
///
/// Raw values are decoded as UTF-8 with invalid bytes replaced, and control characters
/// escaped, so that a value can never move a terminal's cursor.
pub fn render(category: Category, raw: &[u8], policy: ValuePolicy) -> CompactString {
    match policy {
        ValuePolicy::Raw => {
            let mut out = CompactString::with_capacity(raw.len());
            push_str_sanitized(&mut out, &String::from_utf8_lossy(raw));
            out
        }
        ValuePolicy::Masked => mask(category, raw),
    }
}

/// The masked form of `raw`, a value of `category`.
///
/// Written into one string, without intermediate copies: every finding's value passes
/// here, and on data dense with values the copies showed in profiles. The string holds
/// up to 24 bytes in place, so most masks (phone numbers, IDs, cards, names) allocate
/// nothing. Text that is ASCII without control characters (most values) is copied as
/// it is, without the character-by-character escaping.
pub fn mask(category: Category, raw: &[u8]) -> CompactString {
    match category {
        // Drop a country code: the last 11 digits are the number.
        Category::CnMobile => keep_ends(raw, u8::is_ascii_digit, 11, 3, 4),
        Category::CnResidentId => keep_ends(raw, u8::is_ascii_alphanumeric, usize::MAX, 6, 4),
        Category::BankCard => keep_ends(raw, u8::is_ascii_digit, usize::MAX, 4, 4),
        Category::Email => mask_email(raw),
        Category::Ipv4 => {
            let text = lossy(raw);
            let mut parts = text.split('.');
            match (parts.next(), parts.next(), parts.clone().count()) {
                (Some(a), Some(b), 2) => {
                    let mut out = CompactString::with_capacity(a.len() + b.len() + 5);
                    for part in [a, ".", b, ".*.*"] {
                        out.push_str(part);
                    }
                    out
                }
                _ => generic(raw),
            }
        }
        _ => generic(raw),
    }
}

/// `raw` as text: borrowed when it is UTF-8 (checked by `str::from_utf8`, which reads
/// ASCII a word at a time), invalid bytes replaced otherwise.
fn lossy(raw: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(raw) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(raw),
    }
}

/// Keeps `head` leading and `tail` trailing bytes of the last `most` ASCII bytes of `raw`
/// that `keep` keeps (upper-cased) and stars the rest; values too short to keep both ends
/// and still hide at least half are starred more. A mask of up to 32 bytes is made
/// without allocating.
fn keep_ends(
    raw: &[u8],
    keep: impl Fn(&u8) -> bool,
    most: usize,
    head: usize,
    tail: usize,
) -> CompactString {
    let all = raw.iter().filter(|b| keep(b)).count();
    let n = all.min(most);
    let (head, tail) = if head + tail > n / 2 + n / 4 { (n / 4, n / 4) } else { (head, tail) };
    let fill = |out: &mut [u8]| {
        let kept = raw.iter().filter(|b| keep(b)).skip(all - n);
        for (i, (slot, &b)) in out.iter_mut().zip(kept).enumerate() {
            *slot = if i < head || i >= n - tail { b.to_ascii_uppercase() } else { b'*' };
        }
    };
    // Written into bytes first: pushing characters one by one checks the string's
    // representation at every one.
    let mut buf = [0u8; 32];
    if n <= buf.len() {
        fill(&mut buf[..n]);
        CompactString::from(std::str::from_utf8(&buf[..n]).expect("`keep` keeps ASCII bytes"))
    } else {
        let mut out = vec![0; n];
        fill(&mut out);
        String::from_utf8(out).expect("`keep` keeps ASCII bytes").into()
    }
}

fn mask_email(raw: &[u8]) -> CompactString {
    let text = lossy(raw);
    match text.rsplit_once('@') {
        Some((local, domain)) => {
            let mut out = CompactString::with_capacity(domain.len() + 5);
            local.chars().take(1).for_each(|c| push_sanitized(&mut out, c));
            out.push_str("***@");
            push_str_sanitized(&mut out, domain);
            out
        }
        None => generic(raw),
    }
}

/// The stars of [`generic`]'s masks, at most 40 of them.
const STARS: &str = "****************************************";

/// Any other value: the first and last character of long values, stars for the rest;
/// a very long value (a biometric vector) is shortened to a fixed-size mask and its length.
fn generic(raw: &[u8]) -> CompactString {
    let text = lossy(raw);
    // Characters counted a word at a time (the text is UTF-8 here).
    let n = bytecount::num_chars(text.as_bytes());
    if n < 6 {
        return CompactString::from(&STARS[..n.max(1)]);
    }
    let (first, last) = (text.chars().next(), text.chars().next_back());
    let (Some(first), Some(last)) = (first, last) else { unreachable!("six characters") };
    let ends = first.len_utf8() + last.len_utf8();
    let mut out = CompactString::with_capacity(if n > 40 { ends + 24 } else { ends + n - 2 });
    push_sanitized(&mut out, first);
    if n > 40 {
        out.push_str(&STARS[..8]);
        push_sanitized(&mut out, last);
        let _ = write!(out, " ({n} chars)");
        return out;
    }
    out.push_str(&STARS[..n - 2]);
    push_sanitized(&mut out, last);
    out
}

/// Appends `c` to `out`, escaped as [`sanitize`] escapes it.
fn push_sanitized(out: &mut impl std::fmt::Write, c: char) {
    // Writing to a string cannot fail.
    let _ = if is_dangerous(c) {
        write!(out, "{}", c.escape_unicode())
    } else {
        out.write_str(c.encode_utf8(&mut [0; 4]))
    };
}

/// Appends `s` to `out`, escaped as [`sanitize`] escapes it: ASCII text without control
/// characters (which has nothing to escape) copied whole.
fn push_str_sanitized(out: &mut impl std::fmt::Write, s: &str) {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_control()) || !s.chars().any(is_dangerous) {
        let _ = out.write_str(s);
    } else {
        s.chars().for_each(|c| push_sanitized(out, c));
    }
}

/// Escapes control, bidi-override and zero-width characters (`\u{202e}`), so that text
/// taken from scanned data cannot rewrite what a terminal or a report shows.
pub fn sanitize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_str_sanitized(&mut out, s);
    out
}

/// Whether `c` is escaped by [`sanitize`]: a control, bidi or zero-width character.
pub fn is_dangerous(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_match_the_documented_forms() {
        assert_eq!(mask(Category::CnMobile, b"13800138000"), "138****8000");
        assert_eq!(mask(Category::CnMobile, b"+86 138-0013-8000"), "138****8000");
        assert_eq!(mask(Category::CnResidentId, b"11010519491231002x"), "110105********002X");
        assert_eq!(mask(Category::BankCard, b"6225 8814 1420 7430"), "6225********7430");
        assert_eq!(mask(Category::Email, b"zhang.wei@example.com"), "z***@example.com");
        assert_eq!(mask(Category::Ipv4, b"192.168.31.20"), "192.168.*.*");
    }

    #[test]
    fn masks_hide_most_of_short_values() {
        assert_eq!(keep_ends(b"12345678", u8::is_ascii_digit, 11, 3, 4), "12****78");
        assert_eq!(mask(Category::PersonName, "张三".as_bytes()), "**");
        assert_eq!(mask(Category::Address, "北京市朝阳区建国路88号".as_bytes()), "北**********号");
        let long = format!("[{}]", vec!["0.125"; 20].join(", "));
        assert_eq!(mask(Category::Biometric, long.as_bytes()), "[********] (140 chars)");
    }

    #[test]
    fn raw_values_are_sanitized() {
        assert_eq!(
            render(Category::Email, b"a\x1b[2J@x.com", ValuePolicy::Raw),
            "a\\u{1b}[2J@x.com"
        );
        assert_eq!(sanitize("ab\u{202e}c"), "ab\\u{202e}c");
    }

    #[test]
    fn masks_escape_what_they_keep() {
        let email = "\u{202e}li@exa\u{1b}mple.com".as_bytes();
        assert_eq!(mask(Category::Email, email), "\\u{202e}***@exa\\u{1b}mple.com");
        let name = "\u{200b}张三李四王五".as_bytes();
        assert_eq!(mask(Category::PersonName, name), "\\u{200b}*****五");
        assert_eq!(mask(Category::Ipv4, b"1.2.3"), "*****");
        assert_eq!(mask(Category::CnMobile, b"+86 1"), "***");
    }
}
