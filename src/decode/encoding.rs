//! Which encoding a file's text is in, decided from its first bytes: UTF-8 (with or
//! without a byte-order mark), UTF-16 (with or without one), GBK/GB18030 or Big5. Text
//! that is not UTF-8 is decoded for scanning ([`offsets::decode`]), and the offsets found
//! in the decoded text are mapped back to byte offsets in the file, so a finding still
//! points at its place on disk.
//!
//! Valid UTF-8 is never guessed to be anything else, so ASCII and UTF-8 files are scanned
//! as they are; only text that is not UTF-8 is given to [`chardetng`], and only its
//! GBK/GB18030 and Big5 answers are taken (anything else is scanned as bytes, as before:
//! digits, e-mail addresses and Latin labels are ASCII in every one of them).
//!
//! A byte-order mark is one claim among others: the content decides ([`Utf16::fits`]). A
//! file whose text after `FF FE` or `FE FF` is UTF-8, or does not decode as sensible
//! UTF-16, is scanned as what it is, with a warning; a mark never hides a file's values.
//!
//! [`offsets::decode`]: crate::decode::offsets::decode

use encoding_rs::{Encoding, BIG5, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};

/// Text to decode is held whole in memory: files larger than this are not decoded
/// (UTF-16 is then skipped with reason `encoding`; GBK and Big5 are scanned as bytes).
pub const DECODE_MAX: u64 = 1 << 30;

/// The UTF-8 byte-order mark.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// What `--encoding` asks for: detect each file's encoding, or read every file in one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EncodingChoice {
    /// Decide per file from its first bytes.
    #[default]
    Auto,
    /// Every file in this encoding (a matching byte-order mark is skipped).
    Fixed(&'static Encoding),
}

/// The values `--encoding` takes.
pub const CHOICES: &[&str] = &["auto", "utf-8", "gbk", "gb18030", "big5", "utf-16le", "utf-16be"];

impl std::str::FromStr for EncodingChoice {
    type Err = String;

    fn from_str(s: &str) -> Result<EncodingChoice, String> {
        let enc = match s.to_ascii_lowercase().as_str() {
            "auto" => return Ok(EncodingChoice::Auto),
            "utf-8" | "utf8" => UTF_8,
            "gbk" | "cp936" => GBK,
            "gb18030" => GB18030,
            "big5" => BIG5,
            "utf-16le" | "utf16le" => UTF_16LE,
            "utf-16be" | "utf16be" => UTF_16BE,
            _ => return Err(format!("unknown encoding (one of {})", CHOICES.join(", "))),
        };
        Ok(EncodingChoice::Fixed(enc))
    }
}

/// The name an inventory records for an encoding (`gbk`, `big5`, `utf-16le`...).
pub fn name(encoding: &'static Encoding) -> &'static str {
    match encoding {
        e if e == GBK => "gbk",
        e if e == GB18030 => "gb18030",
        e if e == BIG5 => "big5",
        e if e == UTF_16LE => "utf-16le",
        e if e == UTF_16BE => "utf-16be",
        _ => "utf-8",
    }
}

/// The length of the byte-order mark of `encoding` that `head` starts with (0 if none).
pub fn bom_len(encoding: &'static Encoding, head: &[u8]) -> usize {
    let mark: &[u8] = match encoding {
        e if e == UTF_8 => UTF8_BOM,
        e if e == UTF_16LE => &[0xFF, 0xFE],
        e if e == UTF_16BE => &[0xFE, 0xFF],
        _ => return 0,
    };
    if head.starts_with(mark) {
        mark.len()
    } else {
        0
    }
}

/// Whether `head` is UTF-8: valid (a character cut at its end aside), or nearly so: at
/// least eight valid multi-byte characters for each malformed sequence (a UTF-8 file with
/// a stray Latin-1 byte stays UTF-8).
pub fn is_utf8(head: &[u8]) -> bool {
    // Valid text (the common case, and a whole file when it is read whole) needs no count
    // of its characters.
    match std::str::from_utf8(head) {
        Ok(_) => return true,
        Err(e) if e.error_len().is_none() => return true,
        Err(_) => {}
    }
    let (mut rest, mut bad, mut multi) = (head, 0usize, 0usize);
    loop {
        match std::str::from_utf8(rest) {
            Ok(_) => {
                multi += rest.iter().filter(|&&b| b >= 0xC0).count();
                break;
            }
            Err(e) => {
                let good = &rest[..e.valid_up_to()];
                // Lead bytes count the characters of the valid prefix.
                multi += good.iter().filter(|&&b| b >= 0xC0).count();
                match e.error_len() {
                    None => break,
                    Some(n) => {
                        bad += 1;
                        rest = &rest[e.valid_up_to() + n..];
                    }
                }
            }
        }
    }
    bad == 0 || multi >= 8 * bad
}

/// The legacy Chinese encoding of `head` (text that is not UTF-8), if [`chardetng`]
/// finds GBK/GB18030 or Big5; `None` for anything else.
pub fn guess_chinese(head: &[u8]) -> Option<&'static Encoding> {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(head, false);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    [GBK, GB18030, BIG5].into_iter().find(|&e| e == guess)
}

/// UTF-16 without a byte-order mark: `head` (no mark) reads as sensible UTF-16 and has
/// the zero high bytes of ASCII text in one byte order only (at least one unit in eight
/// of the whole, and at most one in fifty of the other).
pub fn utf16_without_bom(head: &[u8]) -> Option<Utf16> {
    let units = head.len() / 2;
    if units < 4 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in head.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let order = if odd * 8 >= units && even * 50 <= units {
        Utf16::Le
    } else if even * 8 >= units && odd * 50 <= units {
        Utf16::Be
    } else {
        return None;
    };
    order.fits_text(head).then_some(order)
}

/// The byte order of a UTF-16 text, from its byte-order mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Utf16 {
    /// Little-endian (`FF FE`).
    Le,
    /// Big-endian (`FE FF`).
    Be,
}

impl Utf16 {
    /// The byte order announced by `head`'s byte-order mark, if any.
    pub fn from_bom(head: &[u8]) -> Option<Utf16> {
        match head {
            [0xFF, 0xFE, ..] => Some(Utf16::Le),
            [0xFE, 0xFF, ..] => Some(Utf16::Be),
            _ => None,
        }
    }

    /// The `encoding_rs` encoding of this byte order.
    pub fn encoding(self) -> &'static Encoding {
        match self {
            Utf16::Le => UTF_16LE,
            Utf16::Be => UTF_16BE,
        }
    }

    /// The mark's bytes, as a warning names them.
    pub fn mark(self) -> &'static str {
        match self {
            Utf16::Le => "FF FE",
            Utf16::Be => "FE FF",
        }
    }

    /// Whether `head`, a file's first bytes starting with this byte order's mark, holds
    /// UTF-16 text. It does not when the bytes after the mark hold no NUL and are valid
    /// UTF-8 (UTF-16 text holds a NUL for every ASCII character, and CJK text in UTF-16
    /// is not valid UTF-8 beyond a few characters), nor when they decode to more than 2 %
    /// of unpaired surrogates, control characters other than whitespace, private-use
    /// characters or noncharacters.
    pub fn fits(self, head: &[u8]) -> bool {
        self.fits_text(&head[2.min(head.len())..])
    }

    /// Whether `body` (no mark) holds UTF-16 text in this byte order: see [`Utf16::fits`].
    pub fn fits_text(self, body: &[u8]) -> bool {
        let utf8 = match std::str::from_utf8(body) {
            Ok(_) => true,
            // Cut inside a character at the end of the head: valid so far.
            Err(e) => e.error_len().is_none(),
        };
        if utf8 && memchr::memchr(0, body).is_none() {
            return false;
        }
        let units = body.chunks_exact(2).map(|u| match self {
            Utf16::Le => u16::from_le_bytes([u[0], u[1]]),
            Utf16::Be => u16::from_be_bytes([u[0], u[1]]),
        });
        let (mut total, mut bad) = (0usize, 0usize);
        let mut decoded = char::decode_utf16(units).peekable();
        while let Some(c) = decoded.next() {
            total += 1;
            let odd = match c {
                // A surrogate cut at the end of the head is not a fault of the text.
                Err(_) => decoded.peek().is_some(),
                Ok(c) => {
                    (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c'))
                        || ('\u{e000}'..='\u{f8ff}').contains(&c)
                        || matches!(c, '\u{fdd0}'..='\u{fdef}' | '\u{fffe}' | '\u{ffff}')
                }
            };
            bad += usize::from(odd);
        }
        bad * 50 <= total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str) -> Vec<u8> {
        let mut out = vec![0xFF, 0xFE];
        for u in s.encode_utf16() {
            out.extend_from_slice(&u.to_le_bytes());
        }
        out
    }

    #[test]
    fn a_mark_that_the_text_contradicts_does_not_fit() {
        let text = "身份证 11010519491231002X 手机 13912345678\n";
        // UTF-8 text behind a UTF-16 mark: no NUL, valid UTF-8.
        for mark in [[0xFF, 0xFE], [0xFE, 0xFF]] {
            let mut bytes = mark.to_vec();
            bytes.extend_from_slice(text.as_bytes());
            let order = Utf16::from_bom(&bytes).unwrap();
            assert!(!order.fits(&bytes), "{mark:?}");
        }
        // Real UTF-16 fits, in either order, also when the head cuts a surrogate pair.
        let le = utf16le(&format!("{text}😀"));
        assert!(Utf16::Le.fits(&le));
        assert!(Utf16::Le.fits(&le[..le.len() - 2]));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert!(Utf16::Be.fits(&be));
        // Bytes that are neither (controls and unpaired surrogates when read as UTF-16).
        let mut junk = vec![0xFF, 0xFE];
        junk.extend([0x01, 0x00, 0x02, 0xD8, 0x03, 0x00, 0x00, 0xDC, 0xFF, 0x00].repeat(20));
        assert!(!Utf16::Le.fits(&junk));
    }

    #[test]
    fn big_endian_and_no_bom() {
        let bytes = [0xFE, 0xFF, 0x00, b'h', 0x00, b'i'];
        assert_eq!(Utf16::from_bom(&bytes), Some(Utf16::Be));
        assert_eq!(Utf16::from_bom(b"hi"), None);
    }

    #[test]
    fn detection_keeps_utf8_and_finds_gbk_big5_and_utf16() {
        let text = "客户名单\n姓名,手机号码,身份证号,地址\n张伟,13912345678,11010519491231002X,北京市朝阳区建国路88号\n";
        assert!(is_utf8(text.as_bytes()));
        assert!(is_utf8(b"plain ASCII, 13912345678"));
        // Cut inside a character: still UTF-8.
        assert!(is_utf8(&text.as_bytes()[..text.len() - 1]));
        // A stray Latin-1 byte among many UTF-8 characters.
        let mut stray = text.repeat(3).into_bytes();
        stray.push(0xE9);
        stray.push(b' ');
        assert!(is_utf8(&stray));
        let gbk = GBK.encode(&text.repeat(4)).0.into_owned();
        assert!(!is_utf8(&gbk));
        assert_eq!(guess_chinese(&gbk), Some(GBK));
        let big5 = BIG5
            .encode(&"客戶名單，姓名：陳大文，電話：0912345678，身分證：A123456789\n".repeat(4))
            .0
            .into_owned();
        assert_eq!(guess_chinese(&big5), Some(BIG5));
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(utf16_without_bom(&le), Some(Utf16::Le));
        assert_eq!(utf16_without_bom(&be), Some(Utf16::Be));
        // Binary data with NULs is not UTF-16.
        let binary: Vec<u8> =
            (0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 24) as u8 & 0x8F).collect();
        assert_eq!(utf16_without_bom(&binary), None);
    }

    #[test]
    fn choices_parse() {
        assert_eq!("auto".parse::<EncodingChoice>(), Ok(EncodingChoice::Auto));
        assert_eq!("GBK".parse::<EncodingChoice>(), Ok(EncodingChoice::Fixed(GBK)));
        assert_eq!("utf-16be".parse::<EncodingChoice>(), Ok(EncodingChoice::Fixed(UTF_16BE)));
        assert!("latin1".parse::<EncodingChoice>().is_err());
        for c in CHOICES {
            assert!(c.parse::<EncodingChoice>().is_ok(), "{c}");
        }
        assert_eq!(bom_len(UTF_8, b"\xEF\xBB\xBFa"), 3);
        assert_eq!(bom_len(UTF_16LE, b"\xFE\xFFa"), 0);
        assert_eq!(name(GBK), "gbk");
    }
}
