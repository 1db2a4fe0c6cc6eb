//! The one place that decides how a file's bytes are read: small files into a reused
//! buffer, larger ones streamed in chunks (bounded memory, see [`detect::stream`]).
//!
//! Files are never memory-mapped: a file truncated by another process while mapped kills
//! the whole scan with `SIGBUS`, and the map gained nothing measurable, since the chunked
//! scan copies its bytes through the same 1 MiB buffer a read fills (benches/README.md,
//! "Hostile input"). So piiscan has no `unsafe` code.
//!
//! [`detect::stream`]: crate::detect::stream

use std::fs::File;
use std::io::{self, Read};

/// Files below this size are read whole into a reused buffer and scanned in one piece;
/// larger ones are streamed.
pub const BUFFER_MAX: u64 = 8 << 20;

/// How an opened file's bytes are to be read.
pub enum Contents {
    /// The whole file, read into the caller's buffer.
    Buffered,
    /// A file to be consumed as a stream.
    Stream(File),
}

/// Chooses how to read the opened `file`. `buf` is cleared, and filled when the result
/// is [`Contents::Buffered`]. A file that grows past [`BUFFER_MAX`] while it is read is
/// read whole all the same; one that shrinks is read to its new end.
pub fn read(mut file: File, buf: &mut Vec<u8>) -> io::Result<Contents> {
    let len = file.metadata()?.len();
    buf.clear();
    if len >= BUFFER_MAX {
        return Ok(Contents::Stream(file));
    }
    buf.reserve(len as usize + 1);
    file.read_to_end(buf)?;
    Ok(Contents::Buffered)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_files_are_buffered_and_the_buffer_reused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        std::fs::write(&p, b"hello").unwrap();
        let mut buf = b"stale".to_vec();
        assert!(matches!(read(File::open(&p).unwrap(), &mut buf).unwrap(), Contents::Buffered));
        assert_eq!(buf, b"hello");
    }

    #[test]
    fn large_files_are_streamed() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big.txt");
        File::create(&p).unwrap().set_len(BUFFER_MAX).unwrap();
        let mut buf = Vec::new();
        match read(File::open(&p).unwrap(), &mut buf).unwrap() {
            Contents::Stream(mut f) => {
                assert_eq!(io::copy(&mut f, &mut io::sink()).unwrap(), BUFFER_MAX)
            }
            Contents::Buffered => panic!("expected a stream"),
        }
        assert!(buf.is_empty());
    }
}
