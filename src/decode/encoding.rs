//! Text that is not UTF-8 on disk: UTF-16 (Windows exports, SQL Server dumps) is decoded
//! to UTF-8 for scanning, and offsets found in the decoded text are mapped back to byte
//! offsets in the file, so a finding still points at its place on disk.
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
    fn big_endian_and_no_bom() {
        let bytes = [0xFE, 0xFF, 0x00, b'h', 0x00, b'i'];
        assert_eq!(Utf16::from_bom(&bytes), Some(Utf16::Be));
        assert_eq!(Utf16::Be.decode(&bytes), "hi");
        assert_eq!(Utf16::from_bom(b"hi"), None);
    }
}
