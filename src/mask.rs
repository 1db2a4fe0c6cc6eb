//! The only place a found value becomes printable text.
//!
//! Every output format receives values through [`render`], which masks them unless the
//! user asked for raw values with `--show-values`. Masks keep just enough to tell values
//! apart in a review (prefix and suffix digits, the e-mail domain) and never enough to
//! rebuild them: `138****8000`, `110105********002X`, `6225********7430`,
//! `z***@example.com`, `192.168.*.*`.

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
pub fn render(category: Category, raw: &[u8], policy: ValuePolicy) -> String {
    match policy {
        ValuePolicy::Raw => sanitize(&String::from_utf8_lossy(raw)),
        ValuePolicy::Masked => mask(category, raw),
    }
}

/// The masked form of `raw`, a value of `category`.
pub fn mask(category: Category, raw: &[u8]) -> String {
    match category {
        Category::CnMobile => {
            let digits = ascii_digits(raw);
            // Drop a country code: the last 11 digits are the number.
            let n = &digits[digits.len().saturating_sub(11)..];
            keep_ends(n, 3, 4)
        }
        Category::CnResidentId => {
            let chars: Vec<u8> = raw.iter().copied().filter(u8::is_ascii_alphanumeric).collect();
            let chars: Vec<u8> = chars.iter().map(u8::to_ascii_uppercase).collect();
            keep_ends(&chars, 6, 4)
        }
        Category::BankCard => keep_ends(&ascii_digits(raw), 4, 4),
        Category::Email => mask_email(raw),
        Category::Ipv4 => {
            let text = String::from_utf8_lossy(raw);
            let parts: Vec<&str> = text.split('.').collect();
            if parts.len() == 4 {
                format!("{}.{}.*.*", parts[0], parts[1])
            } else {
                generic(raw)
            }
        }
        _ => generic(raw),
    }
}

fn ascii_digits(raw: &[u8]) -> Vec<u8> {
    raw.iter().copied().filter(u8::is_ascii_digit).collect()
}

/// Keeps `head` leading and `tail` trailing bytes (ASCII) and stars the rest; values too
/// short to keep both ends and still hide at least half are starred more.
fn keep_ends(s: &[u8], head: usize, tail: usize) -> String {
    let n = s.len();
    let (head, tail) = if head + tail > n / 2 + n / 4 { (n / 4, n / 4) } else { (head, tail) };
    let mut out = String::with_capacity(n);
    out.push_str(&String::from_utf8_lossy(&s[..head]));
    out.extend(std::iter::repeat_n('*', n - head - tail));
    out.push_str(&String::from_utf8_lossy(&s[n - tail..]));
    out
}

fn mask_email(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw);
    match text.rsplit_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{}***@{}", sanitize(&first), sanitize(domain))
        }
        None => generic(raw),
    }
}

/// Any other value: the first and last character of long values, stars for the rest;
/// a very long value (a biometric vector) is shortened to a fixed-size mask and its length.
fn generic(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw);
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    if n < 6 {
        return "*".repeat(n.max(1));
    }
    if n > 40 {
        return sanitize(&format!("{}********{} ({n} chars)", chars[0], chars[n - 1]));
    }
    let mut out = String::new();
    out.push(chars[0]);
    out.extend(std::iter::repeat_n('*', n - 2));
    out.push(chars[n - 1]);
    sanitize(&out)
}

/// Escapes control, bidi-override and zero-width characters (`\u{202e}`), so that text
/// taken from scanned data cannot rewrite what a terminal or a report shows.
pub fn sanitize(s: &str) -> String {
    if !s.chars().any(is_dangerous) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_dangerous(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
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
        assert_eq!(keep_ends(b"12345678", 3, 4), "12****78");
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
}
