//! Zip archives, read through the `zip` crate from a seekable source (the file on disk,
//! or a bounded copy of an entry; see [`spool`](crate::source::input::spool)).
//!
//! Entries are decompressed one at a time as the worker reads them; the central
//! directory is the list. An encrypted entry is handed over as
//! [`EntryProblem::Encrypted`], an entry in a compression method piiscan does not
//! decode (it reads stored, deflate, Deflate64, bzip2, LZMA, XZ and Zstandard entries,
//! through the `zip` crate's decoders) as [`EntryProblem::Unreadable`]; a damaged entry
//! (a bad local header, a CRC mismatch found at its end) is a warning, and the next entry
//! is read.

use std::io::{self, Read, Seek};

use zip::result::ZipError;
use zip::ZipArchive;

use super::{Container, Entry, EntryProblem, Flow};
use crate::extract::Warning;
use crate::source::input::{counter, Counted, Counter};

/// An opened zip archive.
pub struct ZipContainer<R: Read + Seek> {
    archive: ZipArchive<Counted<R>>,
    /// Bytes read from the archive (the entries' ratios are judged against it).
    read: Counter,
}

/// Opens `reader` as a zip archive; an error means it is not one (or its central
/// directory is unreadable).
pub fn open<R: Read + Seek>(reader: R) -> Result<ZipContainer<R>, String> {
    let read = counter(0);
    match ZipArchive::new(Counted::new(reader, std::sync::Arc::clone(&read))) {
        Ok(archive) => Ok(ZipContainer { archive, read }),
        Err(e) => Err(format!("not a readable zip archive: {e}")),
    }
}

impl<R: Read + Seek> ZipContainer<R> {
    /// The number of entries the central directory lists.
    pub fn len(&self) -> usize {
        self.archive.len()
    }

    /// Whether the archive lists no entry.
    pub fn is_empty(&self) -> bool {
        self.archive.is_empty()
    }
}

impl<R: Read + Seek> Container for ZipContainer<R> {
    fn for_each(
        &mut self,
        visit: &mut dyn FnMut(Entry<'_>) -> io::Result<Flow>,
    ) -> io::Result<Vec<Warning>> {
        let mut warnings = Vec::new();
        for i in 0..self.archive.len() {
            let (name, size, encrypted, at) = match self.archive.by_index_raw(i) {
                Ok(f) if f.is_dir() || f.is_symlink() => continue,
                Ok(f) => (f.name_raw().to_vec(), f.size(), f.encrypted(), f.header_start()),
                Err(e) => {
                    warnings.push(Warning { offset: 0, reason: format!("entry {i}: {e}") });
                    continue;
                }
            };
            let mut entry = Entry {
                name,
                reader: Box::new(io::empty()),
                size: Some(size),
                compressed: Some(std::sync::Arc::clone(&self.read)),
                solid: None,
                problem: None,
            };
            if encrypted {
                entry.problem = Some(EntryProblem::Encrypted);
                if visit(entry)? == Flow::Stop {
                    break;
                }
                continue;
            }
            let flow = match self.archive.by_index(i) {
                Ok(file) => {
                    entry.reader = Box::new(file);
                    visit(entry)?
                }
                Err(ZipError::UnsupportedArchive(what)) => {
                    entry.problem = Some(EntryProblem::Unreadable(what.to_string()));
                    visit(entry)?
                }
                Err(e) => {
                    let reason = format!("damaged entry, not read: {e}");
                    warnings.push(Warning { offset: at, reason });
                    continue;
                }
            };
            if flow == Flow::Stop {
                break;
            }
        }
        Ok(warnings)
    }
}
