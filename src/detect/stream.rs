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
    debug_assert!(chunk > OVERLAP + LOOKBEHIND);
    let mut buf: Vec<u8> = Vec::with_capacity(chunk + LOOKBEHIND);
    let mut cands = Vec::new();
    let (mut base, mut from, mut line, mut eof) = (0u64, 0usize, 1u64, false);
    let mut reported_until = 0u64;
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
                    sink.bytes(&buf[old..], base + old as u64);
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
        let keep = cut.saturating_sub(LOOKBEHIND);
        buf.drain(..keep);
        base += keep as u64;
        from = cut - keep;
    }
    Ok(base + buf.len() as u64)
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
