//! 7z archives, read through the `sevenz-rust2` crate from a seekable source (the file on
//! disk, or a bounded copy of an entry; see [`spool`](crate::source::input::spool)).
//!
//! Entries come in stored order, each decoded as the worker reads it; in a solid archive
//! the entries of one block are one compressed stream, so the data an entry leaves unread
//! is decoded (and checked) before the next. The decoders' dictionaries and the headers
//! are limited to a memory budget (the crate refuses an archive that asks for more), and
//! decoding runs on one thread (the scan's threads are the parallelism).
//!
//! An archive whose entries are encrypted gives each of them as
//! [`EntryProblem::Encrypted`] (AES is not decoded: piiscan has no password); one whose
//! headers are encrypted too, one entry `(encrypted)`. A damaged block (a CRC mismatch, a
//! truncated stream) is a warning, and the entries read before it are kept.

use std::io::{self, Read, Seek};

use sevenz_rust2::{ArchiveReader, EntryDecision, Error, Password};

use super::{Entry, EntryProblem, Flow};
use crate::extract::Warning;
use crate::source::input::{counter, Counted, Counter};

/// The name of the one entry of an archive whose list of entries is encrypted.
pub const ENCRYPTED_HEADERS: &str = "(encrypted)";

/// Reads `reader` as a 7z archive, calling `visit` for each file entry. `Err(why)` when
/// it is not a readable 7z archive (then nothing was visited); `memory` bounds the
/// decoders and headers (bytes).
pub fn read<R: Read + Seek>(
    reader: R,
    memory: u64,
    visit: &mut dyn FnMut(Entry<'_>) -> io::Result<Flow>,
) -> Result<io::Result<Vec<Warning>>, String> {
    let read = counter(0);
    let source = Counted::new(reader, std::sync::Arc::clone(&read));
    let limit_kb = usize::try_from(memory / 1024).unwrap_or(usize::MAX).max(1);
    let mut archive =
        match ArchiveReader::new_with_memory_limit(source, Password::empty(), limit_kb) {
            Ok(a) => a,
            Err(e) if is_encryption(&e) => {
                return Ok(encrypted(&[ENCRYPTED_HEADERS.to_string()], visit).map(|()| Vec::new()));
            }
            Err(e) => return Err(format!("not a readable 7z archive: {e}")),
        };
    archive.set_thread_count(1);
    Ok(entries(&mut archive, &read, visit))
}

/// Visits the entries of an opened archive.
fn entries<R: Read + Seek>(
    archive: &mut ArchiveReader<R>,
    read: &Counter,
    visit: &mut dyn FnMut(Entry<'_>) -> io::Result<Flow>,
) -> io::Result<Vec<Warning>> {
    let files: Vec<String> = archive
        .archive()
        .files
        .iter()
        .filter(|f| f.has_stream && !f.is_directory)
        .map(|f| f.name.clone())
        .collect();
    // The visitor's own error (the output failing) ends the archive and is passed on.
    let mut failed = None;
    let mut seen = 0usize;
    let mut stopped = false;
    let result = archive.for_each_entries_with_decision(|entry, data| {
        if entry.is_directory || !entry.has_stream {
            return Ok(EntryDecision::Continue);
        }
        seen += 1;
        let flow = visit(Entry {
            name: entry.name.as_bytes().to_vec(),
            reader: Box::new(data),
            size: Some(entry.size),
            compressed: Some(std::sync::Arc::clone(read)),
            problem: None,
        });
        match flow {
            Ok(Flow::Next) => Ok(EntryDecision::Continue),
            Ok(Flow::Stop) => {
                stopped = true;
                Ok(EntryDecision::Stop)
            }
            Err(e) => {
                failed = Some(e);
                Ok(EntryDecision::Stop)
            }
        }
    });
    if let Some(e) = failed {
        return Err(e);
    }
    let mut warnings = Vec::new();
    match result {
        Ok(()) => {}
        // Encrypted data: the entry being read and those after it cannot be.
        Err(e) if is_encryption(&e) && !stopped => {
            encrypted(&files[seen.min(files.len())..], visit)?;
        }
        Err(e) => {
            let at = read.load(std::sync::atomic::Ordering::Relaxed);
            warnings.push(Warning { offset: at, reason: format!("damaged 7z archive: {e}") });
        }
    }
    Ok(warnings)
}

/// Whether `e` says the data is encrypted (AES is not built in: its coder is an unsupported
/// method).
fn is_encryption(e: &Error) -> bool {
    match e {
        Error::PasswordRequired | Error::MaybeBadPassword(_) => true,
        Error::UnsupportedCompressionMethod(m) => m.starts_with("AES"),
        _ => false,
    }
}

/// Visits `names` as entries that cannot be read for their encryption.
fn encrypted(
    names: &[String],
    visit: &mut dyn FnMut(Entry<'_>) -> io::Result<Flow>,
) -> io::Result<()> {
    for name in names {
        let entry = Entry {
            name: name.as_bytes().to_vec(),
            reader: Box::new(io::empty()),
            size: None,
            compressed: None,
            problem: Some(EntryProblem::Encrypted),
        };
        if visit(entry)? == Flow::Stop {
            break;
        }
    }
    Ok(())
}
