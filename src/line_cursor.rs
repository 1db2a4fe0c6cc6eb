//! Where each finding sits in its line (line start, column, inline marker), worked out
//! as the candidates of a file arrive in order: [`LineCursor`].

use std::sync::LazyLock;

use memchr::memmem::Finder;

use crate::detect::engine::Candidate;
use crate::policy::ALLOW_MARKER;

/// The searcher for inline markers, built once: building one per line showed in
/// profiles of data dense with values.
static MARKER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(ALLOW_MARKER));

/// Where each candidate of a file sits in its line, worked out as the candidates arrive
/// (in order of offset).
///
/// Many values share a line: a MySQL 8 dump's `INSERT` is one line of a MiB holding tens
/// of thousands of them. Searching the whole line again for each value (its start, its
/// end, an inline marker, the characters before the value) made a scan quadratic in the
/// line's length. The cursor reads each byte about once: a line's start, end and marker
/// are found once per line and buffer, and the column count goes on from the previous
/// value on the line, across the chunks of a stream (see [`LineCursor::advance`]).
///
/// In a chunked stream the line of a value is what the buffer holds of it: a line that
/// started before the cursor met it (possible only outside the chunked driver) counts
/// its columns from the buffer's first byte, and a marker is looked for in the buffer.
#[derive(Debug, Default)]
pub(crate) struct LineCursor {
    /// The 1-based line the cursor is on; 0 before the first candidate and after a line
    /// has ended.
    line: u64,
    /// Stream offset of the line's first byte (or of the first byte of the buffer the
    /// line was met in, if it started before).
    start: u64,
    /// Stream offset up to which the line's characters are counted, and their number.
    pos: u64,
    chars: u64,
    /// The buffer (stream offset of its first byte, and length) where the line's end and
    /// marker were looked for.
    searched: Option<(u64, usize)>,
    /// Stream offsets of the line's first inline marker and of the line's end (its
    /// `\n`, or the end of that buffer), or an empty range without a marker.
    marker: std::ops::Range<u64>,
    /// A marker that did not count (inside data) was seen there, at this offset.
    pub(crate) ignored: Option<u64>,
}

/// Where a candidate sits in its line, as indexes into the buffer.
pub(crate) struct Spot {
    /// 1-based column, in characters.
    pub(crate) col: u64,
    /// The line's first byte (or the buffer's first, if the line started before it).
    pub(crate) line_start: usize,
    /// The line from its first inline marker to its end (empty without a marker).
    pub(crate) marker: std::ops::Range<usize>,
}

impl LineCursor {
    /// Locates `c`, a candidate in `buf` (whose first byte is at stream offset `base`)
    /// that starts after every candidate located before it; `markers` says which inline
    /// markers (by stream offset) count.
    pub(crate) fn locate(
        &mut self,
        buf: &[u8],
        base: u64,
        c: &Candidate,
        markers: &dyn Fn(u64) -> bool,
    ) -> Spot {
        let at = base + c.start as u64;
        if c.line != self.line || self.pos < base || self.pos > at {
            let start = memchr::memrchr(b'\n', &buf[..c.start]).map_or(0, |i| i + 1);
            let start = base + start as u64;
            *self = LineCursor { line: c.line, start, pos: start, ..LineCursor::default() };
        }
        self.chars += count_chars(&buf[(self.pos - base) as usize..c.start]);
        self.pos = at;
        let line_start = self.start.saturating_sub(base) as usize;
        if self.searched != Some((base, buf.len())) {
            self.searched = Some((base, buf.len()));
            let end = memchr::memchr(b'\n', &buf[c.start..]).map_or(buf.len(), |i| c.start + i);
            let mut found =
                MARKER.find_iter(&buf[line_start..end]).map(|i| base + (line_start + i) as u64);
            let first = found.by_ref().find(|&at| {
                let counts = markers(at);
                if !counts && self.ignored.is_none() {
                    self.ignored = Some(at);
                }
                counts
            });
            self.marker = match first {
                Some(at) => at..base + end as u64,
                None => 0..0,
            };
        }
        let marker = if self.marker.is_empty() {
            0..0
        } else {
            (self.marker.start - base) as usize..(self.marker.end - base) as usize
        };
        Spot { col: 1 + self.chars, line_start, marker }
    }

    /// Every candidate before stream offset `until` has been located, and `buf` (whose
    /// first byte is at `base`) holds the bytes up to it: the column count moves on to
    /// `until`, so that it goes on in the next buffer, which starts at most
    /// [`LOOKBEHIND`](crate::detect::stream::LOOKBEHIND) bytes before `until`.
    pub(crate) fn advance(&mut self, buf: &[u8], base: u64, until: u64) {
        if self.line == 0 || self.pos < base || self.pos >= until {
            return;
        }
        let gap = &buf[(self.pos - base) as usize..((until - base) as usize).min(buf.len())];
        if memchr::memchr(b'\n', gap).is_some() {
            self.line = 0;
        } else {
            self.chars += count_chars(gap);
            self.pos = base + ((self.pos - base) as usize + gap.len()) as u64;
        }
    }
}

/// The number of UTF-8 characters in `bytes` (bytes that do not continue a character),
/// counted a machine word at a time: on data dense with values this runs over most of
/// each line.
pub(crate) fn count_chars(bytes: &[u8]) -> u64 {
    bytecount::num_chars(bytes) as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::stream::LOOKBEHIND;
    use crate::detect::Confidence;

    /// A candidate at every `needle` in `text[from..to]`, shifted by `base`.
    fn candidates(
        text: &[u8],
        needle: &[u8],
        from: usize,
        to: usize,
        base: usize,
    ) -> Vec<Candidate> {
        memchr::memmem::find_iter(&text[from..to], needle)
            .map(|i| {
                let start = from + i;
                let line = 1 + memchr::memchr_iter(b'\n', &text[..start]).count() as u64;
                Candidate {
                    detector: 0,
                    start: start - base,
                    end: start - base + needle.len(),
                    line,
                    confidence: Confidence::High,
                    test_value: false,
                    minor: false,
                }
            })
            .collect()
    }

    /// The 1-based character column of byte `at`, counted from its line's start.
    fn column(text: &[u8], at: usize) -> u64 {
        let start = memchr::memrchr(b'\n', &text[..at]).map_or(0, |i| i + 1);
        1 + count_chars(&text[start..at])
    }

    #[test]
    fn columns_go_on_across_the_chunks_of_a_long_line() {
        let mut text = "-- 姓名和手机\n".as_bytes().to_vec();
        let row = format!("(7,'张三','13912345678','{}'),", "备注".repeat(50));
        text.extend(row.repeat(400).as_bytes());
        text.extend("\n(8,'李四','13912345678');\n".as_bytes());
        // As the chunked driver cuts a long line: the second buffer starts LOOKBEHIND
        // bytes before the first one's cut, here 300 bytes after the last value before
        // it, so that the count must be carried over the gap.
        let last = memchr::memmem::rfind(&text[..50_000], b"139").expect("a value");
        let cut = last + 300;
        let (first, second) = (&text[..cut + 4096], cut - LOOKBEHIND);
        let mut cursor = LineCursor::default();
        let mut cols = Vec::new();
        for c in candidates(&text, b"139", 0, cut, 0) {
            cols.push((c.start, cursor.locate(first, 0, &c, &|_| true).col));
        }
        cursor.advance(first, 0, cut as u64);
        for c in candidates(&text, b"139", cut, text.len(), second) {
            cols.push((
                second + c.start,
                cursor.locate(&text[second..], second as u64, &c, &|_| true).col,
            ));
        }
        assert_eq!(cols.len(), 401);
        for (at, col) in cols {
            assert_eq!(col, column(&text, at), "at {at}");
        }
    }

    #[test]
    fn the_marker_is_found_once_per_line() {
        let text = b"a 139 b 139 # piiscan:allow cn_mobile\nc 139\n";
        let mut cursor = LineCursor::default();
        let cs = candidates(text, b"139", 0, text.len(), 0);
        let spots: Vec<Spot> = cs.iter().map(|c| cursor.locate(text, 0, c, &|_| true)).collect();
        let marker = &text[spots[0].marker.clone()];
        assert_eq!(marker, b"piiscan:allow cn_mobile");
        assert_eq!(spots[1].marker, spots[0].marker);
        assert!(spots[2].marker.is_empty());
        assert_eq!(spots.iter().map(|s| s.col).collect::<Vec<_>>(), [3, 9, 3]);
        assert_eq!(spots[2].line_start, 38);
    }
}
