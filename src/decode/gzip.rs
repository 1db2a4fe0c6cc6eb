//! gzip-compressed files (`.gz`), decoded as a stream that never loses what it decoded.
//!
//! Every member of a multi-member file is read ([`MultiGzDecoder`]). Damage (a truncated
//! file, a corrupt member, trailing garbage) ends the decoded stream where it is met,
//! with a [`Warning`] at that decoded offset: what was decoded before it is scanned and
//! counted. A file compressed more than once (`.gz.gz`, or a gzip stream inside) is
//! decoded layer by layer, up to a depth limit (`--max-gzip-depth`); a `.gz` file that
//! is not gzip at all is scanned as it is, with a warning.

use std::io::{self, BufReader, Read};
use std::sync::{Arc, Mutex};

use flate2::read::MultiGzDecoder;

use crate::extract::Warning;

/// Default of the nesting limit (`--max-gzip-depth`).
pub const DEPTH_DEFAULT: u32 = 4;

/// The first bytes of a gzip member (magic and the deflate method).
const MAGIC: [u8; 3] = [0x1f, 0x8b, 0x08];

/// Where the decoders record the damage they meet, read once the scan is done.
pub type Warnings = Arc<Mutex<Vec<Warning>>>;

/// Whether a read error means the compressed data is damaged (truncated, corrupt), which
/// is bad input to record, not a file that could not be read.
pub fn is_damage(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::UnexpectedEof | io::ErrorKind::InvalidData | io::ErrorKind::InvalidInput
    )
}

/// One decoded layer, which ends instead of failing where its data is damaged (used by
/// every codec, see [`compress`](super::compress)).
pub(crate) struct Lenient<R> {
    inner: R,
    /// Bytes decoded so far.
    decoded: u64,
    /// 1 for the file's own compression, 2 for a gzip stream inside it, ...
    layer: u32,
    warnings: Warnings,
    ended: bool,
}

impl<R> Lenient<R> {
    /// Decoded layer `layer` (1: the file's own compression) read from `inner`.
    pub(crate) fn new(inner: R, layer: u32, warnings: &Warnings) -> Lenient<R> {
        Lenient { inner, decoded: 0, layer, warnings: Arc::clone(warnings), ended: false }
    }
}

impl<R: Read> Read for Lenient<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.ended {
            return Ok(0);
        }
        match self.inner.read(buf) {
            Ok(n) => {
                self.decoded += n as u64;
                Ok(n)
            }
            Err(e) if is_damage(&e) => {
                self.ended = true;
                let layer = match self.layer {
                    1 => String::new(),
                    n => format!(" (gzip layer {n})"),
                };
                let reason = format!(
                    "compressed stream damaged after {} decoded bytes{layer}: {e}; the rest is not decoded",
                    self.decoded
                );
                lock(&self.warnings).push(Warning { offset: self.decoded, reason });
                Ok(0)
            }
            Err(e) => Err(e),
        }
    }
}

fn lock(w: &Warnings) -> std::sync::MutexGuard<'_, Vec<Warning>> {
    w.lock().unwrap_or_else(|e| e.into_inner())
}

/// The decoded contents of a gzip file read from `raw`: nested gzip streams decoded too,
/// up to `max_depth` layers. Damage and the depth limit are recorded in `warnings`; the
/// only error is failing to read the first bytes of `raw`.
pub fn decode<'r>(
    raw: impl Read + 'r,
    max_depth: u32,
    warnings: &Warnings,
) -> io::Result<Box<dyn Read + 'r>> {
    let mut reader: Box<dyn Read + 'r> = Box::new(BufReader::with_capacity(1 << 16, raw));
    let mut depth = 0;
    loop {
        let mut head = Vec::with_capacity(MAGIC.len());
        (&mut reader).take(MAGIC.len() as u64).read_to_end(&mut head)?;
        let (is_gzip, empty) = (head == MAGIC, head.is_empty());
        reader = Box::new(io::Cursor::new(head).chain(reader));
        if !is_gzip {
            if depth == 0 && !empty {
                let reason = "not gzip-compressed: scanned as it is".to_string();
                lock(warnings).push(Warning { offset: 0, reason });
            }
            return Ok(reader);
        }
        if depth == max_depth {
            let reason = format!(
                "gzip nested more than {max_depth} levels deep (--max-gzip-depth): the innermost is scanned compressed"
            );
            lock(warnings).push(Warning { offset: 0, reason });
            return Ok(reader);
        }
        depth += 1;
        reader = Box::new(Lenient::new(MultiGzDecoder::new(reader), depth, warnings));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gz(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn read(bytes: Vec<u8>, depth: u32) -> (Vec<u8>, Vec<Warning>) {
        let w = Warnings::default();
        let mut out = Vec::new();
        decode(io::Cursor::new(bytes), depth, &w).unwrap().read_to_end(&mut out).unwrap();
        let warnings = lock(&w).clone();
        (out, warnings)
    }

    #[test]
    fn members_are_read_whole_and_trailing_garbage_is_a_warning() {
        let mut bytes = gz(b"first member\n");
        bytes.extend(gz(b"second member\n"));
        bytes.extend(b"\x00garbage after the members");
        let (out, warnings) = read(bytes, DEPTH_DEFAULT);
        assert_eq!(out, b"first member\nsecond member\n");
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].offset, 27);
    }

    #[test]
    fn a_truncated_stream_keeps_what_was_decoded() {
        let data: Vec<u8> =
            (0..200_000u32).flat_map(|i| format!("line {i}\n").into_bytes()).collect();
        let mut bytes = gz(&data);
        bytes.truncate(bytes.len() / 2);
        let (out, warnings) = read(bytes, DEPTH_DEFAULT);
        assert!(out.len() > 100_000, "{}", out.len());
        assert_eq!(out, data[..out.len()]);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].offset, out.len() as u64);
    }

    #[test]
    fn nested_layers_are_decoded_up_to_the_limit() {
        let twice = gz(&gz(b"inner text\n"));
        assert_eq!(read(twice.clone(), 2), (b"inner text\n".to_vec(), vec![]));
        let (out, warnings) = read(twice, 1);
        assert_eq!(out, gz(b"inner text\n"));
        assert!(warnings[0].reason.contains("more than 1 levels"), "{warnings:?}");
    }

    #[test]
    fn plain_bytes_named_gz_are_scanned_as_they_are() {
        let (out, warnings) = read(b"plain text".to_vec(), DEPTH_DEFAULT);
        assert_eq!(out, b"plain text");
        assert_eq!(warnings[0].reason, "not gzip-compressed: scanned as it is");
        assert_eq!(read(Vec::new(), DEPTH_DEFAULT), (vec![], vec![]), "an empty file is empty");
    }
}
