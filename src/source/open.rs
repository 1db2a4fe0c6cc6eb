//! The one place that decides how a file's bytes are read: small files into a reused
//! buffer, large regular files memory-mapped, and anything a map refuses streamed in
//! chunks (bounded memory, see `detect::stream`).

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use memmap2::Mmap;

/// Files at least this large are memory-mapped. Below it a plain read into a reused
/// buffer is as fast and avoids the map/unmap system calls per file.
pub const MMAP_MIN: u64 = 8 << 20;

/// The bytes of an opened file.
pub enum Contents {
    /// The whole file, read into the caller's buffer.
    Buffered,
    /// The whole file, memory-mapped.
    Mapped(Mmap),
    /// A file to be consumed as a stream (the map failed).
    Stream(File),
}

/// Opens `path` and chooses how to read it. `buf` is cleared, and filled when the result
/// is [`Contents::Buffered`].
pub fn open(path: &Path, buf: &mut Vec<u8>) -> io::Result<Contents> {
    let mut file = File::open(path)?;
    let len = file.metadata()?.len();
    buf.clear();
    if len >= MMAP_MIN {
        // SAFETY: the map is read-only and piiscan never writes the file. Another process
        // truncating the file while it is mapped makes reads past the new end raise
        // SIGBUS; like ripgrep, piiscan accepts that risk for large files in exchange for
        // scanning them without copying. Files that cannot be mapped (special file
        // systems, pipes) fall back to streaming.
        if let Ok(map) = unsafe { Mmap::map(&file) } {
            return Ok(Contents::Mapped(map));
        }
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
        assert!(matches!(open(&p, &mut buf).unwrap(), Contents::Buffered));
        assert_eq!(buf, b"hello");
    }

    #[test]
    fn large_files_are_mapped() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big.txt");
        let f = File::create(&p).unwrap();
        f.set_len(MMAP_MIN).unwrap();
        let mut buf = Vec::new();
        match open(&p, &mut buf).unwrap() {
            Contents::Mapped(m) => assert_eq!(m.len() as u64, MMAP_MIN),
            _ => panic!("expected a map"),
        }
    }

    #[test]
    fn missing_files_are_errors() {
        let mut buf = Vec::new();
        assert!(open(Path::new("/nonexistent/piiscan/x"), &mut buf).is_err());
    }
}
