//! `--format jsonl`: one finding per line, streamed while the scan runs.
//!
//! Each line is one JSON object:
//!
//! ```json
//! {"path":"demo/notes.txt","start":120,"end":131,"line":4,"category":"cn_mobile",
//!  "detector":"cn_mobile.plain","confidence":"medium","value":"139****5678"}
//! ```
//!
//! `path` is the file as reached from the root given on the command line (a JSON string,
//! or `{"bytes": "<base64>"}` when the name is not UTF-8); `start`/`end` are byte offsets
//! into the file, `line` is 1-based. Each line is written whole, and a file's findings in
//! their order, in batches of a few thousand while it is scanned; with more than one
//! thread, other files' lines may come between one file's batches.
//!
//! When a signal stops the scan, the stream ends with one line that is not a finding,
//! `{"complete":false}`, so that a consumer cannot take a partial stream for a whole one.

use std::io::{self, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};

use crate::inventory::Finding;
use crate::worker::FindingSink;

/// Streams findings as JSON Lines to a shared writer.
pub struct JsonlSink<W: Write + Send> {
    out: Mutex<W>,
}

impl<W: Write + Send> JsonlSink<W> {
    /// A sink writing to `out`.
    pub fn new(out: W) -> JsonlSink<W> {
        JsonlSink { out: Mutex::new(out) }
    }

    /// Ends a stream cut short by a signal with `{"complete":false}`.
    pub fn incomplete(&self) -> io::Result<()> {
        self.out.lock().unwrap_or_else(|e| e.into_inner()).write_all(b"{\"complete\":false}\n")
    }

    /// Flushes the writer.
    pub fn flush(&self) -> io::Result<()> {
        self.out.lock().unwrap_or_else(|e| e.into_inner()).flush()
    }

    /// The writer.
    pub fn into_inner(self) -> W {
        self.out.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

/// Formats `findings` as JSON Lines into `buf`: each line exactly what `serde_json` writes
/// for the [`Finding`] with [`SafeJson`](crate::report::SafeJson)'s escapes of invisible
/// and direction characters (a test compares them).
///
/// Written field by field rather than through `serde_json::to_writer`, which on data dense
/// with values took a fifth of the scan's instructions. What repeats from one finding to
/// the next is written once per call and copied after: the path of a run of findings in
/// one file, the category, detector and confidence of a detector's findings, and the
/// table and column of a column's; a string with nothing to escape is copied as it is.
/// Only the strings can hold a character to escape, so each is escaped as it is written,
/// and the lines are never read again.
pub fn format_lines<'f>(findings: impl IntoIterator<Item = &'f Finding>, buf: &mut Vec<u8>) {
    // The path written last: its JSON, and where it starts in `buf`.
    let mut last: Option<(&Path, usize, usize)> = None;
    let mut kinds = Repeats::default();
    let mut places = Repeats::default();
    for f in findings {
        buf.extend_from_slice(b"{\"path\":");
        let at = buf.len();
        match last {
            Some((path, from, to))
                if std::ptr::eq(path, &*f.path) || path.as_os_str() == f.path.as_os_str() =>
            {
                buf.extend_from_within(from..to);
            }
            _ => {
                crate::report::serialize_path(&f.path, &mut serde_json::Serializer::new(&mut *buf))
                    .expect("a path serializes");
                escape_invisible_from(buf, at);
            }
        }
        last = Some((&f.path, at, buf.len()));
        number(buf, b",\"start\":", f.start);
        number(buf, b",\"end\":", f.end);
        number(buf, b",\"line\":", f.line);
        number(buf, b",\"col\":", f.col);
        let kind = (
            Arc::as_ptr(&f.detector) as *const u8 as usize,
            (f.category as usize) << 8 | f.confidence as usize,
        );
        buf.extend_from_slice(kinds.get(kind, |text| {
            text.extend_from_slice(b",\"category\":");
            string(text, f.category.name());
            text.extend_from_slice(b",\"detector\":");
            string(text, &f.detector);
            text.extend_from_slice(b",\"confidence\":");
            string(text, f.confidence.name());
            text.extend_from_slice(b",\"value\":");
        }));
        string(buf, &f.value);
        let place = |name: &Option<Arc<str>>| {
            name.as_ref().map_or(0, |n| Arc::as_ptr(n) as *const u8 as usize)
        };
        if f.table.is_some() || f.column.is_some() {
            buf.extend_from_slice(places.get((place(&f.table), place(&f.column)), |text| {
                if let Some(table) = &f.table {
                    text.extend_from_slice(b",\"table\":");
                    string(text, table);
                }
                if let Some(column) = &f.column {
                    text.extend_from_slice(b",\"column\":");
                    string(text, column);
                }
            }));
        }
        if let Some(row) = f.row {
            number(buf, b",\"row\":", row);
        }
        buf.extend_from_slice(match (f.test_value, f.minor) {
            (false, false) => b",\"test_value\":false,\"minor\":false",
            (false, true) => b",\"test_value\":false,\"minor\":true",
            (true, false) => b",\"test_value\":true,\"minor\":false",
            (true, true) => b",\"test_value\":true,\"minor\":true",
        });
        if !f.fingerprint.is_empty() {
            buf.extend_from_slice(b",\"fingerprint\":");
            string(buf, &f.fingerprint);
        }
        buf.extend_from_slice(b"}\n");
    }
}

/// JSON text written once for a key and copied for every finding with that key (the key
/// is made of the addresses of shared names, which live as long as the findings borrowed).
#[derive(Default)]
struct Repeats {
    text: Vec<u8>,
    written: Vec<((usize, usize), std::ops::Range<usize>)>,
}

impl Repeats {
    /// At most this many keys are kept (looked up one by one); past it they are written anew.
    const KEPT: usize = 32;

    /// The text for `key`, written by `write` the first time.
    fn get(&mut self, key: (usize, usize), write: impl FnOnce(&mut Vec<u8>)) -> &[u8] {
        let range = match self.written.iter().find(|(k, _)| *k == key) {
            Some((_, range)) => range.clone(),
            None => {
                if self.written.len() == Self::KEPT {
                    self.written.clear();
                    self.text.clear();
                }
                let from = self.text.len();
                write(&mut self.text);
                self.written.push((key, from..self.text.len()));
                from..self.text.len()
            }
        };
        &self.text[range]
    }
}

/// `key` and the decimal digits of `n`.
fn number(buf: &mut Vec<u8>, key: &[u8], n: u64) {
    buf.extend_from_slice(key);
    buf.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// `s` as a JSON string: copied between quotes when nothing in it is escaped (no quote,
/// backslash, control, invisible or direction character), else as `serde_json` escapes it
/// with [`SafeJson`](crate::report::SafeJson)'s escapes.
fn string(buf: &mut Vec<u8>, s: &str) {
    if needs_escape(s.as_bytes()) {
        let from = buf.len();
        serde_json::to_writer(&mut *buf, s).expect("a string serializes");
        escape_invisible_from(buf, from);
    } else {
        buf.reserve(s.len() + 2);
        buf.push(b'"');
        buf.extend_from_slice(s.as_bytes());
        buf.push(b'"');
    }
}

/// Escapes the invisible and direction characters in `buf[from..]` as
/// [`SafeJson`](crate::report::SafeJson) does.
fn escape_invisible_from(buf: &mut Vec<u8>, from: usize) {
    if memchr::memchr3(0xC2, 0xE2, 0xEF, &buf[from..]).is_some() {
        let written = buf.split_off(from);
        // Whole strings of valid UTF-8: no character is cut at the end, and writing to
        // memory does not fail.
        let left = crate::report::escape_invisible(&written, buf);
        debug_assert!(matches!(left, Ok(0)), "{left:?}");
    }
}

/// Whether a quote, a backslash or a control character is in `bytes`, or a byte that
/// starts an invisible or direction character (0xC2, 0xE2, 0xEF, as
/// [`escape_invisible`](crate::report::escape_invisible) looks for them).
///
/// Eight bytes at a time by word arithmetic (the bit tricks of "Bit Twiddling Hacks":
/// a byte below 0x20, a byte equal to one of the others), the last few padded with a
/// letter: most strings written are short (a masked value, a category's name), and a
/// test per byte was a third of writing a line on data dense with values.
fn needs_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = u64::MAX / 255;
    const HIGHS: u64 = ONES * 0x80;
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS;
    let escaped = |w: u64| {
        (w.wrapping_sub(ONES * 0x20) & !w & HIGHS)
            | zero(w ^ (ONES * u64::from(b'"')))
            | zero(w ^ (ONES * u64::from(b'\\')))
            | zero(w ^ (ONES * 0xC2))
            | zero(w ^ (ONES * 0xE2))
            | zero(w ^ (ONES * 0xEF))
            != 0
    };
    let mut words = bytes.chunks_exact(8);
    if words.by_ref().any(|w| escaped(u64::from_le_bytes(w.try_into().expect("8 bytes")))) {
        return true;
    }
    let rest = words.remainder();
    let mut last = [b'a'; 8];
    last[..rest.len()].copy_from_slice(rest);
    escaped(u64::from_le_bytes(last))
}

impl<W: Write + Send> FindingSink for JsonlSink<W> {
    fn format(&self, findings: &mut dyn Iterator<Item = &Finding>, text: &mut Vec<u8>) {
        format_lines(findings, text);
    }

    fn write_text(&self, pieces: &[&[u8]]) -> io::Result<()> {
        let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
        pieces.iter().try_for_each(|piece| out.write_all(piece))
    }
}

#[cfg(test)]
mod tests {
    use std::os::unix::ffi::OsStrExt;
    use std::path::Path;
    use std::sync::Arc;

    use super::*;
    use crate::detect::{Category, Confidence};

    /// Findings with every optional field set and not, strings that need escaping, and
    /// paths that repeat, change, and are not UTF-8.
    fn findings() -> Vec<Finding> {
        let paths: [Arc<Path>; 4] = [
            Arc::from(Path::new("dir/a \"quoted\"\tname.csv")),
            Arc::from(Path::new(std::ffi::OsStr::from_bytes(b"bad-\xff-name.txt"))),
            Arc::from(Path::new("数据/用户.sql")),
            Arc::from(Path::new("rtl-\u{202e}txt.exe，\u{feff}")),
        ];
        let mut out = Vec::new();
        for (i, &category) in Category::ALL.iter().enumerate() {
            let confidence = [Confidence::Low, Confidence::Medium, Confidence::High][i % 3];
            let structured = i % 2 == 0;
            out.push(Finding {
                path: Arc::clone(&paths[i / 4 % 4]),
                start: i as u64 * 1_000_003,
                end: i as u64 * 1_000_003 + 11,
                line: if i % 5 == 0 { 0 } else { u64::MAX - i as u64 },
                col: i as u64,
                category,
                detector: Arc::from(format!("{category}.d{i}")),
                confidence,
                value: [
                    "138****8000",
                    "a\"b\\c\u{1}\n",
                    "张*三",
                    "",
                    "a\u{200b}b\u{2066}",
                    "em — dash，全角\u{a0}",
                ][i % 6]
                    .into(),
                table: structured.then(|| Arc::from("users")),
                column: structured.then(|| Arc::from(["e\"mail", "mobile", "名\u{200f}"][i % 3])),
                row: (i % 3 != 1).then_some(i as u64 + 1),
                test_value: i % 7 == 0,
                minor: i % 2 == 1,
                fingerprint: if i % 3 == 0 { format!("{i:032x}") } else { String::new() },
                value_hash: i as u64,
            });
        }
        out
    }

    /// Asserts that [`format_lines`] writes `findings` as `serde_json` writes them, with
    /// [`SafeJson`](crate::report::SafeJson)'s escapes.
    fn written_as_serde_json(findings: &[Finding]) {
        let mut plain = Vec::new();
        for f in findings {
            serde_json::to_writer(&mut plain, f).expect("a finding serializes");
            plain.push(b'\n');
        }
        let mut expected = Vec::new();
        crate::report::escape_invisible(&plain, &mut expected).expect("in memory");
        let mut written = Vec::new();
        format_lines(findings, &mut written);
        assert_eq!(String::from_utf8_lossy(&written), String::from_utf8_lossy(&expected));
        assert_eq!(written, expected);
    }

    #[test]
    fn lines_are_what_serde_json_writes() {
        let once = findings();
        // The same shared names again with other confidences, tables, columns and
        // values, in another order, and more keys than are kept at once.
        let mut findings = once.clone();
        for round in 1..8 {
            for (i, f) in once.iter().enumerate().rev() {
                let mut f = f.clone();
                let other = &once[(i * 7 + round) % once.len()];
                f.confidence = other.confidence;
                if round == 3 {
                    // A detector's name shared by findings of another category.
                    f.category = other.category;
                }
                f.table = other.table.clone();
                f.column = if round == 2 { None } else { other.column.clone() };
                f.value = other.value.clone();
                findings.push(f);
            }
        }
        let kinds: std::collections::HashSet<_> =
            findings.iter().map(|f| (Arc::as_ptr(&f.detector), f.confidence)).collect();
        assert!(kinds.len() > Repeats::KEPT, "{}", kinds.len());
        written_as_serde_json(&findings);
    }

    #[test]
    fn findings_sharing_names_are_written_each_as_itself() {
        // One detector's name and one table's, shared by findings that differ in
        // category, confidence and column: each line is its own finding's.
        let mut findings = findings();
        findings.truncate(6);
        let (detector, table) = (findings[0].detector.clone(), Arc::from("t"));
        for f in &mut findings {
            f.detector = Arc::clone(&detector);
            f.table = Some(Arc::clone(&table));
        }
        written_as_serde_json(&findings);
    }

    #[test]
    fn a_byte_to_escape_is_seen_as_byte_by_byte() {
        let naive = |bytes: &[u8]| {
            bytes.iter().any(|&b| b < 0x20 || matches!(b, b'"' | b'\\' | 0xC2 | 0xE2 | 0xEF))
        };
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..20_000 {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let len = (state >> 59) as usize;
            // Bytes drawn mostly from around the boundaries (0x1f/0x20, the quote, the
            // backslash, 0x7f/0x80 and 0xff), where borrows between bytes would show.
            let bytes: Vec<u8> = (0..len)
                .map(|i| {
                    let r = state.rotate_left(i as u32 * 7);
                    [
                        0x1f, 0x20, 0x21, b'"', b'\\', 0x7f, 0x80, 0xff, 0x00, b'a', 0x5b, 0x5d,
                        0xC1, 0xE1, 0xEE,
                    ][(r % 15) as usize]
                        .wrapping_add(if r & 0x1000 == 0 { 0 } else { (r >> 20) as u8 % 3 })
                })
                .collect();
            assert_eq!(needs_escape(&bytes), naive(&bytes), "{bytes:?}");
        }
    }

    #[test]
    fn a_byte_to_escape_is_seen_wherever_it_is() {
        for len in 0..40 {
            assert!(!needs_escape(&vec![b'a'; len]));
            for at in 0..len {
                for b in [b'"', b'\\', 0, 0x1f, b'\n', 0xC2, 0xE2, 0xEF] {
                    let mut bytes = vec![0xe4; len];
                    bytes[at] = b;
                    assert!(needs_escape(&bytes), "{len} {at} {b}");
                }
                let mut bytes = vec![b'a'; len];
                bytes[at] = 0x20;
                assert!(!needs_escape(&bytes));
            }
        }
    }

    #[test]
    fn a_large_batch_is_written_in_parts_as_it_would_be_whole() {
        // More findings than one write takes, in a buffer holding another batch's text.
        let mut findings = findings();
        findings[1].value = "a\u{202e}b\u{200b}".into();
        findings[2].value = "no escape — but a dash，".into();
        findings[3].value = "\u{85}first is a C1 control".into();
        // A shared detector name that needs escaping, written once and copied after.
        let odd: Arc<str> = Arc::from("odd\u{feff}.name");
        for f in findings.iter_mut().skip(4).step_by(3) {
            f.detector = Arc::clone(&odd);
        }
        let many: Vec<Finding> =
            findings.iter().cycle().take(crate::worker::FLUSH_AT * 2 + 17).cloned().collect();
        let sink = JsonlSink::new(Vec::new());
        let mut text = b"left over from another batch".to_vec();
        sink.file_done(&many, &mut text).unwrap();
        let written = sink.into_inner();
        let mut expected = Vec::new();
        format_lines(&many, &mut expected);
        assert_eq!(written, expected);
        let text = String::from_utf8(written).unwrap();
        for escaped in
            [r"a\u202eb\u200b", r"\u0085first", r"odd\ufeff.name", "no escape — but a dash，"]
        {
            assert!(text.contains(escaped), "{escaped}");
        }
        written_as_serde_json(&many);
    }
}
