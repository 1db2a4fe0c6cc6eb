//! Scanning a stream in bounded memory: the reader is consumed in chunks of [`CHUNK`]
//! bytes, each cut after its last newline, so that a value never straddles two chunks.
//!
//! A line longer than a chunk (a whole table on one `INSERT` line is normal in a dump) is
//! cut [`OVERLAP`] bytes before the chunk's end instead, and the overlap is scanned again
//! with the next chunk; a value is reported by the chunk it starts in, once. The
//! [`LOOKBEHIND`] bytes before each chunk stay in the buffer as context, so word
//! boundaries and keywords see the same bytes they would in one whole buffer.

use std::io::{self, Read};

use crate::detect::engine::{Candidate, Engine, Scratch};

/// Bytes read per chunk.
pub const CHUNK: usize = 1 << 20;
/// How far before a cut inside a long line the next chunk restarts: longer than any
/// value a detector matches.
pub const OVERLAP: usize = 4096;
/// Bytes kept before each chunk as context: at least the keyword window.
pub const LOOKBEHIND: usize = 256;

/// Scans everything `reader` yields, calling `sink(buffer, base, candidate)` for each
/// value found, where `buffer[candidate.start..candidate.end]` is the value and `base` is
/// the stream offset of `buffer[0]`. Returns the number of bytes read.
///
/// On a read error the values found so far have been delivered; the error says how far
/// the stream got.
pub fn scan_reader<R: Read>(
    engine: &Engine,
    mut reader: R,
    scratch: &mut Scratch,
    sink: impl FnMut(&[u8], u64, &Candidate),
) -> io::Result<u64> {
    scan_reader_chunked(engine, &mut reader, scratch, CHUNK, &mut OnCandidate(sink))
}

/// What a streamed scan reports, beyond candidates: every byte read (in order, before
/// any candidate in it), and the end of each chunk (while its bytes are still at hand).
pub trait StreamSink {
    /// `data` was read; it starts at stream offset `offset`.
    fn bytes(&mut self, _data: &[u8], _offset: u64) {}
    /// A value: `buf[c.start..c.end]`, where `buf[0]` is at stream offset `base`.
    fn candidate(&mut self, buf: &[u8], base: u64, c: &Candidate);
    /// Every candidate starting before stream offset `done_until` has been delivered;
    /// `buf` (whose first byte is at `base`) still holds the chunk's bytes.
    fn chunk_done(&mut self, _buf: &[u8], _base: u64, _done_until: u64) {}
}

/// A [`StreamSink`] that only takes candidates.
struct OnCandidate<F>(F);

impl<F: FnMut(&[u8], u64, &Candidate)> StreamSink for OnCandidate<F> {
    fn candidate(&mut self, buf: &[u8], base: u64, c: &Candidate) {
        (self.0)(buf, base, c)
    }
}

/// Scans everything `reader` yields, reporting to `sink` (see [`StreamSink`]).
pub fn scan_reader_with<R: Read>(
    engine: &Engine,
    mut reader: R,
    scratch: &mut Scratch,
    sink: &mut impl StreamSink,
) -> io::Result<u64> {
    scan_reader_chunked(engine, &mut reader, scratch, CHUNK, sink)
}

fn scan_reader_chunked<R: Read>(
    engine: &Engine,
    reader: &mut R,
    scratch: &mut Scratch,
    chunk: usize,
    sink: &mut impl StreamSink,
) -> io::Result<u64> {
    let whole = Part { base: 0, start: 0, stop: None, reported_until: 0 };
    scan_chunks(engine, reader, scratch, chunk, sink, whole).map(|end| end.end)
}

/// Where a scan of part of a stream starts and stops, so that it delivers exactly what
/// a scan of the whole stream delivers between the same two cuts (see [`next_cut`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Part {
    /// The stream offset of the reader's first byte: `start`, less the context the
    /// whole scan keeps before a cut (`start.min(LOOKBEHIND)` bytes).
    pub base: u64,
    /// The first byte scanned: 0 or a cut of the whole scan.
    pub start: u64,
    /// The cut after which the scan stops (`None`: at the end of the stream).
    pub stop: Option<u64>,
    /// Where the last value delivered before `start` ended (a value starting before it
    /// overlaps that one and is not delivered again); 0 if none.
    pub reported_until: u64,
}

impl Part {
    /// The part of a stream from the cut `start` to the cut `stop`.
    pub fn between(start: u64, stop: Option<u64>, reported_until: u64) -> Part {
        Part { base: start - start.min(LOOKBEHIND as u64), start, stop, reported_until }
    }
}

/// How a scan of a [`Part`] ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartEnd {
    /// The stream offset up to which bytes were scanned: the part's stop, or the end of
    /// the stream.
    pub end: u64,
    /// The newlines between the part's start and its stop (counted at each cut; not at
    /// the end of the stream).
    pub newlines: u64,
    /// Where the last value delivered ended (the part's `reported_until` if none).
    pub reported_until: u64,
}

/// Scans the `part` of a stream that `reader` yields from `part.base` on, as the scan of
/// the whole stream would, line numbers counted from 1 at `part.start`.
pub fn scan_part<R: Read>(
    engine: &Engine,
    mut reader: R,
    scratch: &mut Scratch,
    sink: &mut impl StreamSink,
    part: Part,
) -> io::Result<PartEnd> {
    scan_chunks(engine, &mut reader, scratch, CHUNK, sink, part)
}

fn scan_chunks<R: Read>(
    engine: &Engine,
    reader: &mut R,
    scratch: &mut Scratch,
    chunk: usize,
    sink: &mut impl StreamSink,
    part: Part,
) -> io::Result<PartEnd> {
    debug_assert!(chunk > OVERLAP + LOOKBEHIND);
    let mut buf: Vec<u8> = Vec::with_capacity(chunk + LOOKBEHIND);
    let mut cands = Vec::new();
    let (mut base, mut line, mut eof) = (part.base, 1u64, false);
    let mut from = (part.start - part.base) as usize;
    let mut reported_until = part.reported_until;
    // The context before the start was the part before's: not handed on again.
    let mut told = part.start;
    loop {
        while buf.len() < chunk + from && !eof {
            let old = buf.len();
            buf.resize(chunk + from, 0);
            match reader.read(&mut buf[old..]) {
                Ok(0) => {
                    buf.truncate(old);
                    eof = true;
                }
                Ok(n) => {
                    buf.truncate(old + n);
                    let (at, to) = (base + old as u64, base + (old + n) as u64);
                    if to > told {
                        let skip = told.saturating_sub(at) as usize;
                        sink.bytes(&buf[old + skip..], at + skip as u64);
                        told = to;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => buf.truncate(old),
                Err(e) => {
                    buf.truncate(old);
                    let err = io::Error::new(
                        e.kind(),
                        format!("read failed after {} bytes: {e}", base + old as u64),
                    );
                    // Deliver what the bytes already read hold before giving up.
                    deliver(
                        engine,
                        &buf,
                        from,
                        buf.len(),
                        line,
                        base,
                        scratch,
                        &mut cands,
                        sink,
                        &mut reported_until,
                    );
                    return Err(err);
                }
            }
        }
        let len = buf.len();
        if len == from {
            break;
        }
        let cut = if eof {
            len
        } else {
            match memchr::memrchr(b'\n', &buf[from..len]) {
                Some(i) => from + i + 1,
                None => len - OVERLAP,
            }
        };
        deliver(
            engine,
            &buf,
            from,
            cut,
            line,
            base,
            scratch,
            &mut cands,
            sink,
            &mut reported_until,
        );
        if eof {
            break;
        }
        line += memchr::memchr_iter(b'\n', &buf[from..cut]).count() as u64;
        if part.stop.is_some_and(|stop| base + cut as u64 >= stop) {
            let end = base + cut as u64;
            return Ok(PartEnd { end, newlines: line - 1, reported_until });
        }
        let keep = cut.saturating_sub(LOOKBEHIND);
        buf.drain(..keep);
        base += keep as u64;
        from = cut - keep;
    }
    let end = base + buf.len() as u64;
    Ok(PartEnd { end, newlines: line - 1, reported_until })
}

/// A cut of the chunked scan of a whole stream (see [`next_cut`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cut {
    /// The stream offset of the first byte after the cut.
    pub at: u64,
    /// The cut is after a newline, so no line and no value straddles it.
    pub after_newline: bool,
}

/// The cut that the chunked scan of a whole stream of `len` bytes makes after the cut
/// `prev` (0 at the start), reading only the bytes it needs with `read_at(offset, buf)`
/// (which fills `buf` from `offset`, as far as the stream goes); `None` at the end.
///
/// The scan reads [`CHUNK`] bytes from each cut and cuts again after the last newline
/// among them (or [`OVERLAP`] bytes before their end, in a longer line): a function of
/// where the newlines are, which is found here by reading backwards from the end of the
/// chunk, usually a few KiB per MiB. A file that changes while it is read changes the
/// cuts: what a part then delivers is still what its bytes hold.
pub fn next_cut(
    prev: u64,
    len: u64,
    read_at: &mut impl FnMut(u64, &mut [u8]) -> io::Result<usize>,
) -> io::Result<Option<Cut>> {
    next_cut_chunked(prev, len, CHUNK, read_at)
}

fn next_cut_chunked(
    prev: u64,
    len: u64,
    chunk: usize,
    read_at: &mut impl FnMut(u64, &mut [u8]) -> io::Result<usize>,
) -> io::Result<Option<Cut>> {
    let end = prev + chunk as u64;
    if prev >= len {
        return Ok(None);
    }
    if end > len {
        return Ok(Some(Cut { at: len, after_newline: false }));
    }
    // Backwards from the chunk's end, in blocks that grow (lines are short in text).
    let mut block = vec![0u8; 4096];
    let mut hi = end;
    while hi > prev {
        let lo = hi.saturating_sub(block.len() as u64).max(prev);
        let want = (hi - lo) as usize;
        let mut got = 0;
        while got < want {
            match read_at(lo + got as u64, &mut block[got..want]) {
                Ok(0) => {
                    let short = format!("the file ended at {} bytes, not {len}", lo + got as u64);
                    return Err(io::Error::new(io::ErrorKind::UnexpectedEof, short));
                }
                Ok(n) => got += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        if let Some(i) = memchr::memrchr(b'\n', &block[..want]) {
            return Ok(Some(Cut { at: lo + i as u64 + 1, after_newline: true }));
        }
        hi = lo;
        if block.len() < chunk {
            block.resize((block.len() * 4).min(chunk), 0);
        }
    }
    Ok(Some(Cut { at: end - OVERLAP as u64, after_newline: false }))
}

/// Scans `buf[from..]` and delivers the values that start before `cut` and were not
/// already delivered by the previous chunk.
#[allow(clippy::too_many_arguments)]
fn deliver(
    engine: &Engine,
    buf: &[u8],
    from: usize,
    cut: usize,
    line: u64,
    base: u64,
    scratch: &mut Scratch,
    cands: &mut Vec<Candidate>,
    sink: &mut impl StreamSink,
    reported_until: &mut u64,
) {
    cands.clear();
    engine.scan(buf, from, line, scratch, cands);
    for c in cands.iter() {
        if c.start >= cut {
            break;
        }
        if base + (c.start as u64) < *reported_until {
            continue;
        }
        sink.candidate(buf, base, c);
        *reported_until = base + c.end as u64;
    }
    sink.chunk_done(buf, base, base + cut as u64);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::catalog::Catalog;
    use crate::validate::Env;

    fn engine() -> Engine {
        Engine::new(Catalog::embedded(), Env { today: jiff::civil::date(2026, 11, 24) }).unwrap()
    }

    /// (offset, line, value) of one value.
    type Hit = (u64, u64, Vec<u8>);

    /// Every value, scanning whole and in small chunks.
    fn both_ways(text: &[u8], chunk: usize) -> (Vec<Hit>, Vec<Hit>) {
        let e = engine();
        let mut scratch = e.scratch();
        let mut whole = Vec::new();
        let mut out = Vec::new();
        e.scan(text, 0, 1, &mut scratch, &mut out);
        for c in &out {
            whole.push((c.start as u64, c.line, text[c.start..c.end].to_vec()));
        }
        let mut chunked = Vec::new();
        let mut reader = text;
        let mut sink = OnCandidate(|buf: &[u8], base: u64, c: &Candidate| {
            chunked.push((base + c.start as u64, c.line, buf[c.start..c.end].to_vec()));
        });
        let n = scan_reader_chunked(&e, &mut reader, &mut scratch, chunk, &mut sink).unwrap();
        assert_eq!(n, text.len() as u64);
        (whole, chunked)
    }

    #[test]
    fn chunks_find_what_one_buffer_finds() {
        let mut text = Vec::new();
        for i in 0..3000u32 {
            text.extend_from_slice(
                format!("row {i} tel 13912345678 mail a{i}@example.com\n").as_bytes(),
            );
        }
        let (whole, chunked) = both_ways(&text, 8192);
        assert_eq!(whole.len(), 6000);
        assert_eq!(whole, chunked);
    }

    #[test]
    fn long_lines_are_cut_with_overlap() {
        let mut text = Vec::new();
        for i in 0..2000u32 {
            text.extend_from_slice(format!("({i},'13912345678','b{i}@example.org'),").as_bytes());
        }
        let (whole, chunked) = both_ways(&text, 8192);
        assert_eq!(whole.len(), 4000);
        assert_eq!(whole, chunked);
    }

    #[test]
    fn a_digit_run_across_a_cut_is_not_split() {
        // 5000 digits: no phone number may be reported from inside the run, whatever the cut.
        let mut text = vec![b'x'; 4000];
        text.extend(std::iter::repeat_n(b'1', 2).chain(std::iter::repeat_n(b'3', 5000)));
        let (whole, chunked) = both_ways(&text, 8192);
        assert!(whole.is_empty());
        assert!(chunked.is_empty());
    }

    /// Every value, and the cuts, of the whole chunked scan.
    struct Record {
        hits: Vec<Hit>,
        cuts: Vec<u64>,
        line_offset: u64,
    }

    impl StreamSink for Record {
        fn candidate(&mut self, buf: &[u8], base: u64, c: &Candidate) {
            let hit =
                (base + c.start as u64, c.line + self.line_offset, buf[c.start..c.end].to_vec());
            self.hits.push(hit);
        }
        fn chunk_done(&mut self, _: &[u8], _: u64, done_until: u64) {
            self.cuts.push(done_until);
        }
    }

    /// The whole chunked scan's values and cuts, and the same made of parts between the
    /// newline cuts that `keep` picks (each part's lines moved by the parts' before).
    fn whole_and_parts(text: &[u8], chunk: usize, keep: impl Fn(usize) -> bool) -> [Record; 2] {
        // Compiled once: the proptest calls this many times.
        static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
        let e = ENGINE.get_or_init(engine);
        let mut scratch = e.scratch();
        let mut whole = Record { hits: Vec::new(), cuts: Vec::new(), line_offset: 0 };
        let whole_part = Part::between(0, None, 0);
        scan_chunks(e, &mut &text[..], &mut scratch, chunk, &mut whole, whole_part).unwrap();
        let len = text.len() as u64;
        let mut read_at = |at: u64, buf: &mut [u8]| (&text[at as usize..]).read(buf);
        let (mut cut, mut starts) = (0, vec![0]);
        let mut planned = Vec::new();
        while let Some(c) = next_cut_chunked(cut, len, chunk, &mut read_at).unwrap() {
            planned.push(c.at);
            if c.after_newline && c.at < len && keep(planned.len()) {
                starts.push(c.at);
            }
            cut = c.at;
        }
        // The cuts are found without scanning, as the scan makes them.
        assert_eq!(planned, whole.cuts);
        let mut parts = Record { hits: Vec::new(), cuts: Vec::new(), line_offset: 0 };
        let mut reported_until = 0;
        for (i, &start) in starts.iter().enumerate() {
            let part = Part::between(start, starts.get(i + 1).copied(), reported_until);
            let mut reader = &text[part.base as usize..];
            let end = scan_chunks(e, &mut reader, &mut scratch, chunk, &mut parts, part).unwrap();
            assert_eq!(end.end, part.stop.unwrap_or(len));
            parts.line_offset += end.newlines;
            reported_until = end.reported_until;
        }
        [whole, parts]
    }

    #[test]
    fn parts_scan_as_the_whole_stream_does() {
        let mut text = Vec::new();
        for i in 0..3000u32 {
            // Values at both ends of lines, so at both sides of every cut; Chinese text
            // before them for the context windows.
            let line = format!("13912345678 客户电话 row {i} 身份证 11010519491231002X\n");
            text.extend_from_slice(line.as_bytes());
            if i % 500 == 0 {
                // A line longer than a chunk: cut inside it, with overlap.
                text.extend(
                    format!("({i},'13912345678','a{i}@example.com'),").repeat(300).as_bytes(),
                );
                text.push(b'\n');
            }
        }
        for every in [1, 2, 3, 7] {
            let [whole, parts] = whole_and_parts(&text, 8192, |n| n % every == 0);
            assert!(whole.hits.len() > 6000);
            assert_eq!(whole.hits, parts.hits, "every {every}th cut");
            assert_eq!(whole.cuts, parts.cuts);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(16))]
        #[test]
        fn parts_match_the_whole_for_any_lines(
            lines in proptest::collection::vec((0usize..6000, 0u8..4), 1..60),
            chunk in 4608usize..20_000,
            every in 1usize..4,
        ) {
            let mut text = Vec::new();
            for (len, kind) in lines {
                let value: &[u8] = match kind {
                    0 => b"13912345678",
                    1 => b"a@example.com",
                    2 => "身份证11010519491231002X".as_bytes(),
                    _ => b"",
                };
                text.extend_from_slice(value);
                text.extend(std::iter::repeat_n(b'x', len % 97).chain(std::iter::repeat_n(b' ', 1)));
                text.extend(std::iter::repeat_n(b'y', len));
                text.extend_from_slice(value);
                text.push(b'\n');
            }
            let [whole, parts] = whole_and_parts(&text, chunk, |n| n % every == 0);
            proptest::prop_assert_eq!(whole.hits, parts.hits);
        }
    }

    struct FailAfter<'a>(&'a [u8]);
    impl Read for FailAfter<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.0.is_empty() {
                return Err(io::Error::other("disk on fire"));
            }
            let n = buf.len().min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn a_read_error_keeps_what_was_found() {
        let e = engine();
        let mut scratch = e.scratch();
        let mut n = 0;
        let err = scan_reader(&e, FailAfter(b"tel 13912345678\n"), &mut scratch, |_, _, _| n += 1)
            .unwrap_err();
        assert_eq!(n, 1);
        assert!(err.to_string().contains("after 16 bytes"), "{err}");
    }
}
