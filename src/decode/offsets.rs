//! Offset maps: the engine scans decoded UTF-8 text, and every offset it reports (a
//! finding's `start` and `end`, a parser's warning) is mapped back to the byte offset in
//! the file, so a finding points at its place on disk whatever the file's encoding or
//! escapes.
//!
//! Three layers compose, innermost first ([`Remap`]): a byte-order mark skipped
//! (a shift), text decoded from another encoding ([`DecodedMap`]), and escapes decoded
//! inside the text ([`EscapeMap`](crate::decode::escape::EscapeMap)).

use std::cell::Cell;

use encoding_rs::Encoding;

use crate::decode::escape::EscapeMap;
use crate::source::input::{RawOffsets, SharedOffsets};

/// How many file bytes one checkpoint of a [`DecodedMap`] covers (at least): a lookup
/// re-decodes at most about this many bytes.
const STEP: usize = 512;

/// Text decoded from a file in another encoding, and the map back to its bytes.
pub struct Decoded {
    /// The decoded text (malformed input as U+FFFD).
    pub text: String,
    /// Offsets in `text` to file offsets.
    pub map: DecodedMap,
}

/// Maps offsets in text decoded from `encoding` back to offsets in the file.
///
/// Checkpoints pair a text offset with a file offset at least every [`STEP`] file
/// bytes, at places where decoding the pieces one by one gives exactly the text of the
/// whole (checked as the map is built, so no encoding-specific rule decides where a
/// character starts). Between two checkpoints a lookup feeds the file's bytes to a fresh
/// decoder one at a time until the text offset is reached. Hand-written because
/// `encoding_rs` (and `encoding_rs_io`) report no per-character offsets.
pub struct DecodedMap {
    encoding: &'static Encoding,
    /// The file's bytes after the byte-order mark.
    body: Vec<u8>,
    /// The byte-order mark's length.
    bom: u64,
    /// (text offset, body offset), ascending in both; the first is (0, 0).
    points: Vec<(u64, u64)>,
    /// The last lookup that ended on a character boundary: lookups come mostly in
    /// order (a value's start, then its end), and the next one starts there.
    last: Cell<(u64, u64)>,
}

/// Decodes `bytes` (the whole file, whose first `bom` bytes are a byte-order mark) from
/// `encoding` and builds the map back to the file.
pub fn decode(encoding: &'static Encoding, mut bytes: Vec<u8>, bom: usize) -> Decoded {
    let bom = bom.min(bytes.len());
    bytes.drain(..bom);
    let body = bytes;
    let text = encoding.decode_without_bom_handling(&body).0.into_owned();
    let mut points = vec![(0u64, 0u64)];
    let (mut from, mut text_at) = (0usize, 0usize);
    let mut cut = STEP;
    while cut < body.len() {
        // A cut fits when the piece decodes alone to exactly the text at that place:
        // never inside a character, since a cut character decodes to U+FFFD.
        let fits = (cut..(cut + 4).min(body.len())).find_map(|at| {
            let piece = encoding.decode_without_bom_handling(&body[from..at]).0;
            text[text_at..].starts_with(&*piece).then_some((at, piece.len()))
        });
        match fits {
            Some((at, len)) => {
                (from, text_at) = (at, text_at + len);
                points.push((text_at as u64, from as u64));
                cut = from + STEP;
            }
            None => cut += STEP,
        }
    }
    let last = Cell::new((0, 0));
    Decoded { text, map: DecodedMap { encoding, body, bom: bom as u64, points, last } }
}

impl DecodedMap {
    /// The encoding the text was decoded from.
    pub fn encoding(&self) -> &'static Encoding {
        self.encoding
    }

    /// The file's length (mark included).
    pub fn file_len(&self) -> u64 {
        self.bom + self.body.len() as u64
    }

    /// The file offset of text offset `at` (a character boundary): where the character
    /// starting there begins in the file (or the file's end).
    pub fn file_offset(&self, at: u64) -> u64 {
        let i = self.points.partition_point(|&(t, _)| t <= at) - 1;
        let (mut text, mut from) = self.points[i];
        let last = self.last.get();
        if last.0 <= at && last.0 > text {
            (text, from) = last;
        }
        let from = from as usize;
        if text == at {
            return self.bom + from as u64;
        }
        let mut decoder = self.encoding.new_decoder_without_bom_handling();
        let mut out = [0u8; 32];
        for (k, &b) in self.body[from..].iter().enumerate() {
            let (_, _, written, _) = decoder.decode_to_utf8(&[b], &mut out, false);
            text += written as u64;
            if text >= at {
                // Output past `at` came with this byte (a malformed byte and the ASCII
                // byte after it): the character at `at` is this byte's.
                let end = from + k + usize::from(text == at);
                if text == at {
                    self.last.set((at, end as u64));
                }
                return self.bom + end as u64;
            }
        }
        self.file_len()
    }
}

/// How the offsets of one scanned text map back to the stored bytes: each layer present
/// is applied, escapes first, then the map of the input the text came in (an archive
/// entry's, say) if it has one. The worker shares it as the input's
/// [`SharedOffsets`](crate::source::input::SharedOffsets).
#[derive(Default)]
pub struct Remap {
    /// Bytes skipped at the start (a UTF-8 byte-order mark).
    pub shift: u64,
    /// Text decoded from another encoding.
    pub decoded: Option<DecodedMap>,
    /// Escapes decoded in the text.
    pub escapes: Option<EscapeMap>,
    /// The map of the input whose bytes were decoded, applied last.
    pub outer: Option<SharedOffsets>,
}

impl Remap {
    /// Whether offsets change at all.
    pub fn is_identity(&self) -> bool {
        self.shift == 0 && self.decoded.is_none() && self.escapes.is_none() && self.outer.is_none()
    }

    /// The file offset of scanned offset `at`.
    pub fn file_offset(&self, at: u64) -> u64 {
        let at = self.escapes.as_ref().map_or(at, |m| m.raw_offset(at));
        let at = self.decoded.as_ref().map_or(at, |m| m.file_offset(at)) + self.shift;
        match &self.outer {
            Some(outer) => outer.lock().unwrap_or_else(|e| e.into_inner()).raw(at),
            None => at,
        }
    }

    /// The encoding recorded for the file (`None` for UTF-8).
    pub fn encoding_name(&self) -> Option<&'static str> {
        self.decoded.as_ref().map(|m| crate::decode::encoding::name(m.encoding()))
    }
}

impl RawOffsets for Remap {
    fn raw(&self, decoded: u64) -> u64 {
        self.file_offset(decoded)
    }
}

#[cfg(test)]
mod tests {
    use encoding_rs::{BIG5, GB18030, GBK, UTF_16BE, UTF_16LE};
    use proptest::prelude::*;

    use super::*;

    /// `text` encoded, and the byte offset in the encoding of every char boundary.
    fn encode(enc: &'static Encoding, text: &str) -> (Vec<u8>, Vec<(usize, usize)>) {
        let (mut bytes, mut bounds) = (Vec::new(), Vec::new());
        for (i, c) in text.char_indices() {
            bounds.push((i, bytes.len()));
            bytes.extend(encode_one(enc, c));
        }
        bounds.push((text.len(), bytes.len()));
        (bytes, bounds)
    }

    fn encode_one(enc: &'static Encoding, c: char) -> Vec<u8> {
        let s = c.to_string();
        if enc == UTF_16LE {
            return s.encode_utf16().flat_map(u16::to_le_bytes).collect();
        }
        if enc == UTF_16BE {
            return s.encode_utf16().flat_map(u16::to_be_bytes).collect();
        }
        enc.encode(&s).0.into_owned()
    }

    fn check_roundtrip(enc: &'static Encoding, text: &str, bom: &[u8]) {
        let (body, bounds) = encode(enc, text);
        let mut bytes = bom.to_vec();
        bytes.extend(&body);
        let decoded = decode(enc, bytes, bom.len());
        assert_eq!(decoded.text, text);
        for (t, f) in bounds {
            assert_eq!(decoded.map.file_offset(t as u64), (bom.len() + f) as u64, "at {t}");
        }
    }

    #[test]
    fn gbk_offsets_point_into_the_file() {
        let row = "张三,13912345678,北京市朝阳区建国路88号\n";
        let text = row.repeat(100);
        check_roundtrip(GBK, &text, b"");
        let decoded = decode(GBK, GBK.encode(&text).0.into_owned(), 0);
        // 张三, is 2 + 2 + 1 bytes in GBK.
        let at = decoded.text.find("139").unwrap() as u64;
        assert_eq!(decoded.map.file_offset(at), 5);
        assert!(decoded.map.points.len() > 5, "checkpoints along the text");
    }

    #[test]
    fn gb18030_four_byte_big5_and_utf16_with_a_mark() {
        // 𠀀 and € are four-byte GB18030 sequences.
        check_roundtrip(GB18030, &"𠀀a€ 13912345678 張".repeat(80), b"");
        check_roundtrip(BIG5, &"身分證 A123456789 電話 0912345678\n".repeat(60), b"");
        check_roundtrip(UTF_16LE, &"手机 😀 13912345678\n".repeat(60), &[0xFF, 0xFE]);
        check_roundtrip(UTF_16BE, &"手机 😀 13912345678\n".repeat(60), &[0xFE, 0xFF]);
    }

    #[test]
    fn malformed_bytes_map_monotonically() {
        let mut bytes = GBK.encode("手机13912345678").0.into_owned();
        bytes.insert(2, 0x81);
        bytes.extend([0xFF; 3]);
        bytes.extend(b" a@b.cn".repeat(200));
        let decoded = decode(GBK, bytes.clone(), 0);
        let mut last = 0;
        for (i, _) in decoded.text.char_indices() {
            let at = decoded.map.file_offset(i as u64);
            assert!(at >= last && at <= bytes.len() as u64);
            last = at;
        }
        let mail = decoded.text.rfind("a@").unwrap() as u64;
        assert_eq!(decoded.map.file_offset(mail) as usize, bytes.len() - 6);
    }

    #[test]
    fn remap_composes_the_layers() {
        let remap = Remap { shift: 3, ..Remap::default() };
        assert_eq!(remap.file_offset(10), 13);
        assert!(Remap::default().is_identity());
    }

    fn cjk_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("张".to_string()),
            Just("號".to_string()),
            Just("€".to_string()),
            Just("𠀀".to_string()),
            Just("😀".to_string()),
            "[a-z0-9 ,\n]{1,8}",
        ];
        prop::collection::vec(piece, 0..400).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn every_char_boundary_maps_back(text in cjk_text(), which in 0..4usize) {
            let enc = [GB18030, UTF_16LE, UTF_16BE, GBK][which];
            // GBK's encoder writes what it cannot encode as an HTML entity: keep to its set.
            let text: String = if enc == GBK {
                text.chars().filter(|c| !matches!(c, '€' | '𠀀' | '😀')).collect()
            } else {
                text
            };
            check_roundtrip(enc, &text, b"");
        }
    }
}
