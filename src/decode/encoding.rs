//! Text that is not UTF-8 on disk: UTF-16 (Windows exports, SQL Server dumps) is decoded
//! to UTF-8 for scanning, and offsets found in the decoded text are mapped back to byte
//! offsets in the file, so a finding still points at its place on disk.
//!
//! A byte-order mark is one claim among others: the content decides ([`Utf16::fits`]). A
//! file whose text after `FF FE` or `FE FF` is UTF-8, or does not decode as sensible
//! UTF-16, is scanned as what it is, with a warning; a mark never hides a file's values.
//!
//! GBK/GB18030 text needs no decoding to be scanned: it is ASCII-compatible, so digits,
//! e-mail addresses and Latin labels are found as they are.

use std::borrow::Cow;

/// UTF-16 files larger than this are not decoded (the decoded text is held in memory).
pub const UTF16_MAX: u64 = 1 << 30;

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
        let body = &head[2.min(head.len())..];
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

    /// Decodes `bytes` (starting with the byte-order mark) to UTF-8; malformed units
    /// become U+FFFD, each standing for the same two bytes in the file.
    pub fn decode(self, bytes: &[u8]) -> Cow<'_, str> {
        let enc = match self {
            Utf16::Le => encoding_rs::UTF_16LE,
            Utf16::Be => encoding_rs::UTF_16BE,
        };
        enc.decode_without_bom_handling(&bytes[2.min(bytes.len())..]).0
    }
}

/// Maps offsets in decoded UTF-8 text back to byte offsets in the UTF-16 file. Queries
/// must not go backwards; each costs only the distance from the previous one.
pub struct OffsetMap<'a> {
    text: &'a str,
    utf8: usize,
    file: u64,
}

impl<'a> OffsetMap<'a> {
    /// A map over `text`, decoded from a file whose text starts after a 2-byte mark.
    pub fn new(text: &'a str) -> OffsetMap<'a> {
        OffsetMap { text, utf8: 0, file: 2 }
    }

    /// The file offset of UTF-8 offset `at` (a char boundary at or after the previous
    /// query).
    pub fn file_offset(&mut self, at: usize) -> u64 {
        debug_assert!(at >= self.utf8);
        for c in self.text[self.utf8..at].chars() {
            self.file += 2 * c.len_utf16() as u64;
        }
        self.utf8 = at;
        self.file
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
    fn decodes_and_maps_offsets_back() {
        let text = "手机：13912345678 😀 a@b.cn";
        let bytes = utf16le(text);
        assert_eq!(Utf16::from_bom(&bytes), Some(Utf16::Le));
        let decoded = Utf16::decode(Utf16::Le, &bytes);
        assert_eq!(decoded, text);
        let mut map = OffsetMap::new(&decoded);
        let at = decoded.find("139").unwrap();
        let start = map.file_offset(at) as usize;
        assert_eq!(start, 2 + 3 * 2);
        let at_mail = decoded.find("a@").unwrap();
        // 手机： (3 units) + 11 digits + space + 😀 (2 units) + space.
        assert_eq!(map.file_offset(at_mail) as usize, 2 + (3 + 11 + 1 + 2 + 1) * 2);
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
        assert_eq!(Utf16::Be.decode(&bytes), "hi");
        assert_eq!(Utf16::from_bom(b"hi"), None);
    }
}
