//! The text of RTF files (`.rtf`): `body.txt`, paragraphs and lines as lines, and each
//! table as a CSV part of its own (`table-1.csv`, its first row the header), as Word
//! documents are read.
//!
//! Written here because no crate fits: `rtf-parser` (0.4) reads `\'hh` escapes as
//! Latin-1 whatever the code page (GBK text comes out garbled), and panics on a lone
//! UTF-16 surrogate (`\u-10179`), a value any file can hold. This reader is a small state
//! machine over the bytes: control words, `\'hh` escapes decoded in the code page of the
//! document (`\ansicpg`) or of the current font (`\fcharset` in the font table), through
//! `encoding_rs`; `\uN` Unicode with its `\ucN` fallback characters skipped and surrogate
//! pairs joined; groups that hold no text skipped (`{\*...}` destinations, the font,
//! colour and style tables, `\info`, pictures, objects), `\binN` data skipped.
//!
//! Bounds: at most [`Limits::max_member`] bytes of the file are read (a longer file is
//! read up to there, with a warning), the text is cut at [`Limits::max_part`], and groups
//! nested deeper than [`MAX_DEPTH`] are read as text of their parent without state of
//! their own. Memory is the text made plus one stack frame per open group, whatever the
//! file holds.

use std::io::{BufReader, Read, Seek};

use encoding_rs::{Encoding, WINDOWS_1252};

use super::xml::Builder;
use super::{Emitter, Error, Kind, Limits, Warnings};

/// Groups nested deeper than this keep their parent's state.
pub const MAX_DEPTH: usize = 1000;

/// The longest control word kept (the format allows 32 letters).
const WORD_MAX: usize = 32;

/// Destinations whose text is not the document's.
const SKIPPED: &[&[u8]] = &[
    b"fonttbl",
    b"colortbl",
    b"stylesheet",
    b"listtable",
    b"listoverridetable",
    b"revtbl",
    b"rsidtbl",
    b"info",
    b"pict",
    b"object",
    b"objdata",
    b"datastore",
    b"themedata",
    b"colorschememapping",
    b"latentstyles",
    b"xmlnstbl",
    b"generator",
    b"fldinst",
    b"nonshppict",
];

/// The state of one group.
#[derive(Clone, Copy)]
struct Group {
    /// Its text is not the document's.
    skip: bool,
    /// Fallback characters after a `\uN` (`\ucN`, default 1).
    uc: u32,
    /// The code page of its font (`\fN` of a font with `\fcharset`), if set.
    encoding: Option<&'static Encoding>,
    /// It is (inside) the font table: `\fN` names the font being described.
    font_table: bool,
}

/// The state of the document's outermost group.
const TOP: Group = Group { skip: false, uc: 1, encoding: None, font_table: false };

/// What is being read.
struct Reader<'a> {
    out: Builder,
    em: Emitter<'a>,
    /// A table is open; a row is open; a cell is open; the paragraph is in a table
    /// (`\intbl`, until `\pard`).
    table: bool,
    row: bool,
    cell: bool,
    intbl: bool,
    /// Bytes of `\'hh` escapes and 8-bit text, decoded together when the run ends (a GBK
    /// character is two escapes).
    pending: Vec<u8>,
    /// A UTF-16 high surrogate waiting for its low half.
    high: Option<u16>,
    /// Fallback characters still to skip after a `\uN`.
    skip_chars: u32,
    stack: Vec<Group>,
    /// Groups opened past [`MAX_DEPTH`] (no frame of their own).
    deep: usize,
    /// The document's code page (`\ansicpg`).
    ansi: &'static Encoding,
    /// Font number to code page, from the font table.
    fonts: Vec<(i32, &'static Encoding)>,
    /// The font being described in the font table.
    font: i32,
}

/// The code page of a font's `\fcharset` (those that are not the document's own).
fn charset_encoding(charset: i32) -> Option<&'static Encoding> {
    let code_page = match charset {
        128 => 932,
        129 => 949,
        134 => 936,
        136 => 950,
        161 => 1253,
        162 => 1254,
        163 => 1258,
        177 => 1255,
        178 => 1256,
        186 => 1257,
        204 => 1251,
        222 => 874,
        238 => 1250,
        _ => return None,
    };
    codepage::to_encoding(code_page)
}

impl Reader<'_> {
    fn group(&self) -> Group {
        *self.stack.last().unwrap_or(&TOP)
    }

    fn group_mut(&mut self) -> Option<&mut Group> {
        if self.deep > 0 {
            return None;
        }
        self.stack.last_mut()
    }

    fn push_text(&mut self, s: &str) {
        if self.intbl {
            self.open_cell();
        } else if self.table && !s.trim().is_empty() {
            // Text after the last row: the table is complete.
            self.out.table_end(&mut self.em);
            self.table = false;
        }
        self.out.text(s);
    }

    /// Opens the table, row and cell that text in a table paragraph goes to.
    fn open_cell(&mut self) {
        if !self.table {
            self.out.table_start();
            self.table = true;
            self.row = false;
        }
        if !self.row {
            self.out.row_start();
            self.row = true;
            self.cell = false;
        }
        if !self.cell {
            self.out.cell_start();
            self.cell = true;
        }
    }

    /// Decodes the pending bytes in the current code page.
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let encoding = self.group().encoding.unwrap_or(self.ansi);
        let bytes = std::mem::take(&mut self.pending);
        let (text, _) = encoding.decode_without_bom_handling(&bytes);
        self.push_text(&text);
    }

    /// A character of text (a byte of it, or an escaped byte).
    fn byte(&mut self, b: u8) {
        if self.group().skip {
            return;
        }
        if self.skip_chars > 0 {
            self.skip_chars -= 1;
            return;
        }
        self.lone_surrogate();
        if b.is_ascii() {
            self.flush();
            self.push_text(char::from(b).encode_utf8(&mut [0; 4]));
        } else {
            self.pending.push(b);
        }
    }

    fn lone_surrogate(&mut self) {
        if self.high.take().is_some() {
            self.push_text("\u{FFFD}");
        }
    }

    fn unicode(&mut self, n: i32) {
        if self.group().skip {
            return;
        }
        self.flush();
        // 16-bit signed: -10179 is 0xD83D.
        let unit = n.rem_euclid(0x10000) as u16;
        match (self.high.take(), unit) {
            (Some(high), 0xDC00..=0xDFFF) => {
                let c = char::decode_utf16([high, unit]).next().and_then(Result::ok);
                self.push_text(c.unwrap_or('\u{FFFD}').encode_utf8(&mut [0; 4]));
            }
            (high, 0xD800..=0xDBFF) => {
                if high.is_some() {
                    self.push_text("\u{FFFD}");
                }
                self.high = Some(unit);
            }
            (high, _) => {
                if high.is_some() {
                    self.push_text("\u{FFFD}");
                }
                let c = char::from_u32(u32::from(unit)).unwrap_or('\u{FFFD}');
                self.push_text(c.encode_utf8(&mut [0; 4]));
            }
        }
        self.skip_chars = self.group().uc;
    }

    /// A control word and its parameter.
    fn control(&mut self, word: &[u8], param: Option<i32>) {
        if word != b"u" {
            self.skip_chars = 0;
        }
        if !self.group().skip {
            match word {
                b"intbl" => self.intbl = true,
                b"pard" => self.intbl = false,
                b"cell" | b"nestcell" => {
                    self.flush();
                    self.open_cell();
                    self.out.cell_end(1, 1);
                    self.cell = false;
                    return;
                }
                b"row" | b"nestrow" if self.table => {
                    self.flush();
                    self.out.row_end(1);
                    (self.row, self.cell) = (false, false);
                    return;
                }
                b"tab" => {
                    self.flush();
                    self.out.tab();
                    return;
                }
                _ => {}
            }
        }
        let text = match word {
            b"par" | b"line" | b"sect" | b"page" | b"row" => Some("\n"),
            b"emdash" => Some("\u{2014}"),
            b"endash" => Some("\u{2013}"),
            b"lquote" => Some("\u{2018}"),
            b"rquote" => Some("\u{2019}"),
            b"ldblquote" => Some("\u{201C}"),
            b"rdblquote" => Some("\u{201D}"),
            b"bullet" => Some("\u{2022}"),
            _ => None,
        };
        if let Some(text) = text {
            if !self.group().skip {
                self.flush();
                self.lone_surrogate();
                self.push_text(text);
            }
            return;
        }
        match (word, param) {
            (b"u", Some(n)) => self.unicode(n),
            (b"uc", Some(n)) => {
                if let Some(g) = self.group_mut() {
                    g.uc = u32::try_from(n).unwrap_or(0).min(16);
                }
            }
            (b"ansicpg", Some(n)) => {
                let page = u16::try_from(n).ok().and_then(codepage::to_encoding);
                self.ansi = page.unwrap_or(WINDOWS_1252);
            }
            (b"f", Some(n)) => {
                if self.group().font_table {
                    self.font = n;
                } else {
                    self.flush();
                    let encoding = self.fonts.iter().find(|f| f.0 == n).map(|f| f.1);
                    if let Some(g) = self.group_mut() {
                        g.encoding = encoding;
                    }
                }
            }
            (b"fcharset", Some(n)) => {
                let encoding = charset_encoding(n).filter(|_| self.group().font_table);
                if let Some(encoding) = encoding.filter(|_| self.fonts.len() < 4096) {
                    self.fonts.push((self.font, encoding));
                }
            }
            (b"plain", _) => {
                self.flush();
                if let Some(g) = self.group_mut() {
                    g.encoding = None;
                }
            }
            _ if SKIPPED.contains(&word) => {
                self.flush();
                if let Some(g) = self.group_mut() {
                    g.skip = true;
                    g.font_table |= word == b"fonttbl";
                }
            }
            _ => {}
        }
    }
}

/// Reads the text of an RTF file.
pub fn extract<R: Read + Seek>(
    file: R,
    limits: &Limits,
    emit: &mut dyn FnMut(super::Part) -> bool,
) -> Result<Warnings, Error> {
    let unreadable = |reason: &str| Error::Unreadable { kind: Kind::Rtf, reason: reason.into() };
    let mut input = BufReader::new(file.take(limits.max_member.saturating_add(1)));
    let mut bytes = input.by_ref().bytes();
    let mut head = Vec::new();
    while head.len() < 5 {
        match bytes.next() {
            Some(Ok(b)) if head.is_empty() && b.is_ascii_whitespace() => {}
            Some(Ok(b)) => head.push(b),
            Some(Err(e)) => return Err(unreadable(&e.to_string())),
            None => break,
        }
    }
    if head != b"{\\rtf" {
        return Err(unreadable("it does not start with {\\rtf"));
    }
    let mut r = Reader {
        out: Builder::new("body.txt", limits.max_part),
        em: Emitter::new(emit, limits),
        table: false,
        row: false,
        cell: false,
        intbl: false,
        pending: Vec::new(),
        high: None,
        skip_chars: 0,
        stack: vec![TOP],
        deep: 0,
        ansi: WINDOWS_1252,
        fonts: Vec::new(),
        font: 0,
    };
    // The head is read again, as the start of the document's group.
    let mut bytes = head.into_iter().map(Ok).chain(bytes);
    let mut read = 0u64;
    // Whether the next control word starts an ignorable destination (`{\*\...}`).
    let mut star = false;
    let mut next = |read: &mut u64| -> Option<Result<u8, std::io::Error>> {
        let b = bytes.next();
        if matches!(b, Some(Ok(_))) {
            *read += 1;
        }
        b
    };
    let mut damaged = None;
    let mut ahead: Option<u8> = None;
    loop {
        let b = match ahead.take().map(Ok).or_else(|| next(&mut read)) {
            None => break,
            Some(Ok(b)) => b,
            Some(Err(e)) => {
                damaged = Some(e.to_string());
                break;
            }
        };
        match b {
            b'{' => {
                r.flush();
                if r.stack.len() < MAX_DEPTH && r.deep == 0 {
                    let g = r.group();
                    r.stack.push(g);
                } else {
                    r.deep += 1;
                }
            }
            b'}' => {
                r.flush();
                r.skip_chars = 0;
                if r.deep > 0 {
                    r.deep -= 1;
                } else if r.stack.len() > 1 {
                    r.stack.pop();
                }
                star = false;
            }
            b'\\' => {
                let Some(Ok(c)) = next(&mut read) else { break };
                if c.is_ascii_alphabetic() {
                    let mut word = vec![c];
                    let mut digits = Vec::new();
                    let mut c = next(&mut read).and_then(Result::ok);
                    while let Some(l) = c.filter(u8::is_ascii_alphabetic) {
                        if word.len() < WORD_MAX {
                            word.push(l);
                        }
                        c = next(&mut read).and_then(Result::ok);
                    }
                    if let Some(b'-') = c {
                        digits.push(b'-');
                        c = next(&mut read).and_then(Result::ok);
                    }
                    while let Some(d) = c.filter(u8::is_ascii_digit) {
                        if digits.len() < 11 {
                            digits.push(d);
                        }
                        c = next(&mut read).and_then(Result::ok);
                    }
                    // The delimiter: a space is part of the word; anything else is read next.
                    if c != Some(b' ') {
                        ahead = c;
                    }
                    let param = std::str::from_utf8(&digits).ok().and_then(|d| d.parse().ok());
                    if word == b"bin" {
                        // Binary data: skipped, byte for byte.
                        let n = param.and_then(|n: i32| u64::try_from(n).ok()).unwrap_or(0);
                        let mut left = n;
                        if ahead.take().is_some() {
                            left = left.saturating_sub(1);
                        }
                        while left > 0 && next(&mut read).is_some() {
                            left -= 1;
                        }
                        continue;
                    }
                    if star {
                        star = false;
                        r.flush();
                        if let Some(g) = r.group_mut() {
                            g.skip = true;
                        }
                    }
                    r.control(&word, param);
                } else {
                    match c {
                        b'\'' => {
                            let hex = [next(&mut read), next(&mut read)];
                            let hex: Vec<u8> = hex.into_iter().flatten().flatten().collect();
                            let value = std::str::from_utf8(&hex)
                                .ok()
                                .and_then(|h| u8::from_str_radix(h, 16).ok());
                            if let Some(v) = value {
                                r.byte(v);
                            }
                        }
                        b'*' => star = true,
                        b'~' => r.byte(b' '),
                        b'_' => r.byte(b'-'),
                        b'\\' | b'{' | b'}' => r.byte(c),
                        b'\n' | b'\r' => r.control(b"par", None),
                        b'\t' => r.control(b"tab", None),
                        _ => {}
                    }
                }
            }
            b'\r' | b'\n' => {}
            _ => r.byte(b),
        }
    }
    r.flush();
    r.lone_surrogate();
    let Reader { mut out, mut em, .. } = r;
    if let Some(e) = damaged {
        em.warnings.push(format!("not read to its end: {e}"));
    }
    if read > limits.max_member {
        em.warnings.push(format!(
            "read up to {} bytes (the member size limit); the rest is not read",
            limits.max_member
        ));
    }
    out.finish(&mut em);
    Ok(em.warnings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::document::{extract_all, Part};

    fn read(rtf: &[u8], limits: &Limits) -> Result<(Vec<Part>, Warnings), Error> {
        extract_all(Kind::Rtf, std::io::Cursor::new(rtf.to_vec()), limits)
    }

    fn body(rtf: &[u8]) -> String {
        let (parts, warnings) = read(rtf, &Limits::default()).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(parts.len(), 1, "{parts:?}");
        String::from_utf8(parts[0].bytes.clone()).unwrap()
    }

    #[test]
    fn hex_escapes_are_decoded_in_the_code_page_of_the_document_or_of_the_font() {
        // 张伟 in GBK is D5 C5 CE B0.
        let gbk = br"{\rtf1\ansi\ansicpg936 \'d5\'c5\'ce\'b0 13912347765\par}";
        assert_eq!(body(gbk), "张伟 13912347765\n");
        let fonts = br"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\fnil\fcharset134 SimSun;}}
\f0 caf\'e9 {\f1 \'d5\'c5} b\par}";
        assert_eq!(body(fonts), "café 张 b\n");
    }

    #[test]
    fn unicode_escapes_skip_their_fallbacks_and_join_surrogates() {
        let rtf =
            br"{\rtf1 \uc2\u24352\'d5\'c5 \u-10179\'3f\'3f\u-8704\'3f\'3f x\u-10179\'3f\'3f y}";
        assert_eq!(body(rtf), "张 \u{1F600} x\u{FFFD} y");
        // LibreOffice's form: one fallback each.
        assert_eq!(body(br"{\rtf1 \u22995\'3f\u21517\'3f}"), "姓名");
    }

    #[test]
    fn destinations_pictures_and_binary_data_are_not_text() {
        let mut rtf =
            br"{\rtf1 a{\*\generator hidden;}{\info{\author secret}}{\pict\pngblip 89504e47}"
                .to_vec();
        rtf.extend_from_slice(b"{\\object\\bin2 {}}b\\{\\}\\\\\\tab c\\par}");
        assert_eq!(body(&rtf), "ab{}\\\tc\n");
    }

    #[test]
    fn tables_become_csv_parts() {
        let rtf = br"{\rtf1 before\par\trowd\cellx1\cellx2\pard\intbl name\cell\pard\intbl mobile\cell\row
\trowd\pard\intbl A, B\cell\pard\intbl 13912347765\cell\row\pard after\par}";
        let (parts, _) = read(rtf, &Limits::default()).unwrap();
        let got: Vec<(String, String)> =
            parts.into_iter().map(|p| (p.name, String::from_utf8(p.bytes).unwrap())).collect();
        assert_eq!(
            got,
            [
                ("table-1.csv".to_string(), "name,mobile\n\"A, B\",13912347765\n".to_string()),
                ("body.txt".to_string(), "before\nafter\n".to_string()),
            ]
        );
    }

    #[test]
    fn hostile_input_is_bounded() {
        // Deep nesting: the groups past the limit keep their parent's state.
        let mut deep = b"{\\rtf1 ".to_vec();
        deep.extend(std::iter::repeat_n(b'{', 100_000));
        deep.extend_from_slice(b"13912347765");
        deep.extend(std::iter::repeat_n(b'}', 100_000));
        deep.push(b'}');
        assert_eq!(body(&deep), "13912347765");
        // Truncated escapes, a huge \bin, numbers past i32, a lone surrogate at the end.
        let odd = br"{\rtf1 a\'4\u99999999999999 b\uc99999\u-10179";
        let (parts, _) = read(odd, &Limits::default()).unwrap();
        assert_eq!(parts.len(), 1);
        let (parts, _) = read(br"{\rtf1 x\bin999999999 y", &Limits::default()).unwrap();
        assert_eq!(String::from_utf8(parts[0].bytes.clone()).unwrap(), "x");
        // Limits: the text is cut, the file is read up to the member limit.
        let long = [b"{\\rtf1 ".as_slice(), &b"word ".repeat(1000), b"}"].concat();
        let limits = Limits { max_part: 100, ..Limits::default() };
        let (parts, warnings) = read(&long, &limits).unwrap();
        assert!(parts[0].bytes.len() <= 100);
        assert_eq!(warnings, ["body.txt: cut at 100 bytes (the part size limit)"]);
        let limits = Limits { max_member: 100, ..Limits::default() };
        let (parts, warnings) = read(&long, &limits).unwrap();
        assert!(parts[0].bytes.len() <= 100, "{}", parts[0].bytes.len());
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(matches!(read(b"PK\x03\x04", &limits), Err(Error::Unreadable { .. })));
    }
}
