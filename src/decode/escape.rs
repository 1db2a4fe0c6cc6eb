//! Escapes inside text, decoded before the scan so that values written in them are found:
//! JSON `\uXXXX` (surrogate pairs included), URL percent-encoding (`%E5%BC%A0`, `%2B86`),
//! HTML character references (`&#x4E09;`, `&#19977;`, `&amp;`) and full-width digits and
//! Latin letters (`１３９`, `（010）`). Offsets in the decoded text map back to the raw
//! bytes ([`EscapeMap`]), and only the decoded form is scanned, so a value is never
//! counted twice.
//!
//! Text without escape bytes costs two `memchr` passes and no copy: the work starts only
//! where a `\`, `%`, `&` or the lead byte `EF` of a full-width form occurs and an escape
//! really decodes there. An escape is decoded only when its character cannot change the
//! structure a parser sees: never to a quote, a backslash, a delimiter (`,` `;` `|`), a
//! control character or a line break (`%22` and `\u002C` stay as they are), so a CSV
//! or JSON file keeps its cells. Hand-written: the crates for each syntax
//! (`percent-encoding`, `html-escape`) decode whole strings and report no offsets.

/// Text larger than this is scanned without decoding escapes (the decoded copy and its
/// map are held in memory).
pub const ESCAPE_MAX: usize = 8 << 20;

/// Maps offsets in text with escapes decoded back to offsets in the raw text.
#[derive(Debug, Default)]
pub struct EscapeMap {
    /// (decoded offset, raw offset) at the end of each decoded escape, ascending (the
    /// text is at most [`ESCAPE_MAX`] bytes: 8 bytes per escape).
    points: Vec<(u32, u32)>,
}

impl EscapeMap {
    /// The raw offset of decoded offset `at` (a character boundary).
    pub fn raw_offset(&self, at: u64) -> u64 {
        match self.points.partition_point(|&(d, _)| u64::from(d) <= at) {
            0 => at,
            i => {
                let (d, r) = self.points[i - 1];
                u64::from(r) + (at - u64::from(d))
            }
        }
    }

    /// The number of escapes decoded.
    pub fn len(&self) -> usize {
        self.points.len()
    }

    /// Whether no escape was decoded.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }
}

/// `text` with its escapes decoded, and the map back to `text`; `None` when it holds no
/// escape to decode (the common case, found without copying) or is larger than
/// [`ESCAPE_MAX`].
pub fn decode(text: &[u8]) -> Option<(Vec<u8>, EscapeMap)> {
    if text.len() > ESCAPE_MAX {
        return None;
    }
    let mut out: Option<Vec<u8>> = None;
    let mut map = EscapeMap::default();
    let (mut copied, mut pos) = (0usize, 0usize);
    let mut next = Next::default();
    while let Some(i) = next.find(text, pos) {
        match escape_at(text, i) {
            Some((c, len)) => {
                let out = out.get_or_insert_with(|| Vec::with_capacity(text.len()));
                out.extend_from_slice(&text[copied..i]);
                out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                copied = i + len;
                // Both fit: the text is at most ESCAPE_MAX bytes, and decoding shortens it.
                map.points.push((out.len() as u32, copied as u32));
                pos = copied;
            }
            None => pos = i + 1,
        }
    }
    let mut out = out?;
    out.extend_from_slice(&text[copied..]);
    Some((out, map))
}

/// The next place an escape may start, from two `memchr` searches whose results are kept
/// until passed (full-width punctuation is frequent in Chinese text; each search runs
/// once over the text).
#[derive(Default)]
struct Next {
    /// Next `\`, `%` or `&` at or after the position searched from (`usize::MAX`: none).
    ascii: Option<usize>,
    /// Next `EF` byte.
    wide: Option<usize>,
}

impl Next {
    fn find(&mut self, text: &[u8], pos: usize) -> Option<usize> {
        if self.ascii.is_none_or(|a| a < pos) {
            let found = memchr::memchr3(b'\\', b'%', b'&', text.get(pos..)?);
            self.ascii = Some(found.map_or(usize::MAX, |i| pos + i));
        }
        if self.wide.is_none_or(|w| w < pos) {
            let found = memchr::memchr(0xEF, text.get(pos..)?);
            self.wide = Some(found.map_or(usize::MAX, |i| pos + i));
        }
        let at = self.ascii.min(self.wide).unwrap_or(usize::MAX);
        (at != usize::MAX).then_some(at)
    }
}

/// Whether a decoded character may replace its escape: it changes no structure a
/// parser reads (see the module documentation).
fn safe(c: char) -> bool {
    if c.is_ascii() {
        return c == ' '
            || (c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '`' | '\\' | ',' | ';' | '|'));
    }
    !c.is_control() && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}')
}

/// The escape starting at `text[i]`: its character and raw length.
fn escape_at(text: &[u8], i: usize) -> Option<(char, usize)> {
    let (c, len) = match text[i] {
        b'\\' => json_escape(text, i)?,
        b'%' => percent_escape(text, i)?,
        b'&' => html_reference(text, i)?,
        _ => full_width(text, i)?,
    };
    safe(c).then_some((c, len))
}

fn hex4(bytes: &[u8]) -> Option<u32> {
    let s = std::str::from_utf8(bytes.get(..4)?).ok()?;
    if !s.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(s, 16).ok()
}

/// `\uXXXX`, or a surrogate pair `\uD83D\uDE00`; not after an escaped backslash (`\\u`).
fn json_escape(text: &[u8], i: usize) -> Option<(char, usize)> {
    if text.get(i + 1) != Some(&b'u') {
        return None;
    }
    let backslashes = text[..i].iter().rev().take_while(|&&b| b == b'\\').count();
    if backslashes % 2 == 1 {
        return None;
    }
    let unit = hex4(&text[i + 2..])?;
    match unit {
        0xD800..=0xDBFF => {
            if text.get(i + 6..i + 8) != Some(b"\\u") {
                return None;
            }
            let low = hex4(&text[i + 8..])?;
            if !(0xDC00..=0xDFFF).contains(&low) {
                return None;
            }
            let c = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            Some((char::from_u32(c)?, 12))
        }
        0xDC00..=0xDFFF => None,
        _ => Some((char::from_u32(unit)?, 6)),
    }
}

fn hex_byte(text: &[u8], at: usize) -> Option<u8> {
    if text.get(at) != Some(&b'%') {
        return None;
    }
    let hex = text.get(at + 1..at + 3)?;
    let value = |b: u8| (b as char).to_digit(16);
    Some((value(hex[0])? * 16 + value(hex[1])?) as u8)
}

/// `%XX`, or the `%XX` bytes of one UTF-8 character (`%E5%BC%A0`).
fn percent_escape(text: &[u8], i: usize) -> Option<(char, usize)> {
    let first = hex_byte(text, i)?;
    let n = match first {
        0x00..=0x7F => 1,
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let mut bytes = [first, 0, 0, 0];
    for (k, slot) in bytes.iter_mut().enumerate().take(n).skip(1) {
        *slot = hex_byte(text, i + 3 * k)?;
    }
    let c = std::str::from_utf8(&bytes[..n]).ok()?.chars().next()?;
    Some((c, 3 * n))
}

/// Named references decoded: those whose character can be part of a value.
const NAMED: &[(&[u8], char)] = &[
    (b"amp;", '&'),
    (b"nbsp;", ' '),
    (b"lt;", '<'),
    (b"gt;", '>'),
    (b"commat;", '@'),
    (b"period;", '.'),
    (b"plus;", '+'),
    (b"hyphen;", '-'),
    (b"lpar;", '('),
    (b"rpar;", ')'),
];

/// `&#NNNN;`, `&#xHHHH;` or a named reference from [`NAMED`].
fn html_reference(text: &[u8], i: usize) -> Option<(char, usize)> {
    let rest = &text[i + 1..];
    if rest.first() == Some(&b'#') {
        let (radix, digits_at) = match rest.get(1) {
            Some(b'x' | b'X') => (16, 2),
            _ => (10, 1),
        };
        let digits = rest[digits_at..]
            .iter()
            .take(8)
            .take_while(|b| if radix == 16 { b.is_ascii_hexdigit() } else { b.is_ascii_digit() })
            .count();
        if digits == 0 || rest.get(digits_at + digits) != Some(&b';') {
            return None;
        }
        let s = std::str::from_utf8(&rest[digits_at..digits_at + digits]).ok()?;
        let c = char::from_u32(u32::from_str_radix(s, radix).ok()?)?;
        return Some((c, 1 + digits_at + digits + 1));
    }
    NAMED.iter().find(|(name, _)| rest.starts_with(name)).map(|&(name, c)| (c, 1 + name.len()))
}

/// A full-width digit or Latin letter (`EF BC 90`..), the full-width `＋ － ． ＠`, or a
/// full-width parenthesis next to a digit (`（010）`: Chinese prose keeps its own).
fn full_width(text: &[u8], i: usize) -> Option<(char, usize)> {
    let c = std::str::from_utf8(text.get(i..i + 3)?).ok()?.chars().next()?;
    let ascii = |c: char| char::from_u32(c as u32 - 0xFF00 + 0x20);
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '＋' | '－' | '．' | '＠' => {
            Some((ascii(c)?, 3))
        }
        '（' if next_is_digit(&text[i + 3..]) => Some(('(', 3)),
        '）' if previous_is_digit(&text[..i]) => Some((')', 3)),
        _ => None,
    }
}

fn is_wide_digit(b: &[u8]) -> bool {
    matches!(b, [0xEF, 0xBC, 0x90..=0x99])
}

fn next_is_digit(rest: &[u8]) -> bool {
    rest.first().is_some_and(u8::is_ascii_digit) || rest.get(..3).is_some_and(is_wide_digit)
}

fn previous_is_digit(before: &[u8]) -> bool {
    before.last().is_some_and(u8::is_ascii_digit)
        || before.len() >= 3 && is_wide_digit(&before[before.len() - 3..])
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn decoded(text: &str) -> String {
        match decode(text.as_bytes()) {
            Some((out, _)) => String::from_utf8(out).unwrap(),
            None => text.to_string(),
        }
    }

    #[test]
    fn each_syntax_decodes() {
        assert_eq!(
            decoded(r#"{"name":"\u5f20\u4e09","e":"\ud83d\ude00"}"#),
            r#"{"name":"张三","e":"😀"}"#
        );
        assert_eq!(
            decoded("GET /q?name=%E5%BC%A0%E4%B8%89&tel=%2B8613912345678 HTTP/1.1"),
            "GET /q?name=张三&tel=+8613912345678 HTTP/1.1"
        );
        assert_eq!(decoded("&#x5F20;&#19977; a&#64;b.cn &amp; &nbsp;x"), "张三 a@b.cn &  x");
        assert_eq!(
            decoded("手机：１３９１２３４５６７８，电话（010）６２３４５６７８"),
            "手机：13912345678，电话(010)62345678"
        );
    }

    #[test]
    fn structure_is_never_decoded() {
        for raw in [
            r#"a\u0022b"#,
            r"a\u002Cb",
            "a%2Cb",
            "a%22b",
            "a%0Ab",
            "&#34;",
            "&#x2C;",
            r"a\\u5f20",
            "（注）",
        ] {
            assert_eq!(decode(raw.as_bytes()).map(|(o, _)| o), None, "{raw}");
        }
        // Not escapes at all.
        for raw in ["100%", "%ZZ", "%E5%BC", "&#;", "&amp", r"\u12", r"\uDE00", "，。：", "%C0%80"]
        {
            assert!(decode(raw.as_bytes()).is_none(), "{raw}");
        }
    }

    #[test]
    fn text_over_the_limit_is_left_as_it_is() {
        let mut text = "%2B86".repeat(ESCAPE_MAX / 5).into_bytes();
        assert_eq!(decode(&text).map(|(_, m)| m.len()), Some(ESCAPE_MAX / 5));
        text.extend(b"%2B86%2B86");
        assert!(decode(&text).is_none());
    }

    #[test]
    fn offsets_map_back_to_the_raw_bytes() {
        let raw = "tel=%2B86 13912345678 name=%E5%BC%A0 &#64; ｘ";
        let (out, map) = decode(raw.as_bytes()).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert_eq!(out, "tel=+86 13912345678 name=张 @ x");
        for needle in ["+86", "139", "张", "@", "x"] {
            let at = out.find(needle).unwrap() as u64;
            let raw_needle = match needle {
                "+86" => "%2B86",
                "张" => "%E5",
                "@" => "&#64;",
                "x" => "ｘ",
                n => n,
            };
            assert_eq!(map.raw_offset(at) as usize, raw.find(raw_needle).unwrap(), "{needle}");
        }
        assert_eq!(map.raw_offset(out.len() as u64) as usize, raw.len());
        assert_eq!(map.len(), 4);
    }

    /// One piece of text: plain, or a character written as an escape.
    fn piece() -> impl Strategy<Value = (String, String)> {
        let plain = "[a-z0-9 :=\n张，]{1,6}".prop_map(|s| (s.clone(), s));
        let c = prop_oneof![Just('张'), Just('😀'), Just('@'), Just('+'), Just('5'), Just('x')];
        let escaped = (c, 0..4usize).prop_map(|(c, how)| {
            let raw = match how {
                0 => c.encode_utf16(&mut [0; 2]).iter().map(|u| format!("\\u{u:04x}")).collect(),
                1 => c.to_string().bytes().map(|b| format!("%{b:02X}")).collect(),
                2 => format!("&#x{:X};", c as u32),
                _ if c.is_ascii_alphanumeric() => {
                    char::from_u32(c as u32 + 0xFF00 - 0x20).unwrap().to_string()
                }
                _ => format!("&#{};", c as u32),
            };
            (raw, c.to_string())
        });
        prop_oneof![plain, escaped]
    }

    proptest! {
        #[test]
        fn decoding_and_mapping_round_trip(pieces in prop::collection::vec(piece(), 0..60)) {
            let raw: String = pieces.iter().map(|(r, _)| r.as_str()).collect();
            let want: String = pieces.iter().map(|(_, d)| d.as_str()).collect();
            let (out, map) = decode(raw.as_bytes()).unwrap_or_else(|| (raw.clone().into_bytes(), EscapeMap::default()));
            prop_assert_eq!(String::from_utf8(out).unwrap(), want);
            // Every piece's start maps back to its start in the raw text.
            let (mut r, mut d) = (0usize, 0usize);
            for (raw_piece, dec_piece) in &pieces {
                prop_assert_eq!(map.raw_offset(d as u64) as usize, r);
                r += raw_piece.len();
                d += dec_piece.len();
            }
            prop_assert_eq!(map.raw_offset(d as u64) as usize, r);
        }
    }
}
