//! 7z archives, read through the `sevenz-rust2` crate from a seekable source (the file on
//! disk, or a bounded copy of an entry; see [`spool`](crate::source::input::spool)).
//!
//! Entries come in stored order, each decoded as the worker reads it; in a solid archive
//! the entries of one block are one compressed stream, so the data an entry leaves unread
//! is decoded (and checked) before the next, under the guards, and the ratio is judged
//! over the block (see [`entries`]). The decoders' dictionaries and the headers
//! are limited to a memory budget (the crate refuses an archive that asks for more), and
//! decoding runs on one thread (the scan's threads are the parallelism).
//!
//! An archive whose entries are encrypted gives each of them as
//! [`EntryProblem::Encrypted`] (AES is not decoded: piiscan has no password); one whose
//! headers are encrypted too, one entry `(encrypted)`. A damaged block (a CRC mismatch, a
//! truncated stream) is a warning, and the entries read before it are kept.

use std::cell::Cell;
use std::io::{self, Read, Seek};
use std::sync::atomic::Ordering::Relaxed;

use sevenz_rust2::{ArchiveReader, EntryDecision, Error, Password};

use super::{Entry, EntryProblem, Flow, Solid};
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
                let names = [ENCRYPTED_HEADERS.to_string()];
                return Ok(problem(&names, EntryProblem::Encrypted, visit).map(|_| Vec::new()));
            }
            Err(e) => return Err(format!("not a readable 7z archive: {e}")),
        };
    archive.set_thread_count(1);
    Ok(entries(&mut archive, &read, visit))
}

/// Where an entry with data sits: its block, and whether entries with data follow it
/// in that block.
#[derive(Clone, Copy)]
struct Place {
    block: usize,
    more_in_block: bool,
}

/// The entries with data, in the order they are decoded (the crate assigns files to
/// blocks in file order), with their places.
fn places(archive: &sevenz_rust2::Archive) -> Vec<(String, Place)> {
    let with_data: Vec<(String, usize)> = archive
        .files
        .iter()
        .zip(&archive.stream_map.file_block_index)
        .filter(|(f, _)| f.has_stream)
        .filter_map(|(f, b)| b.map(|b| (f.name.clone(), b)))
        .collect();
    let next_blocks: Vec<Option<usize>> =
        with_data.iter().skip(1).map(|(_, b)| Some(*b)).chain([None]).collect();
    with_data
        .into_iter()
        .zip(next_blocks)
        .map(|((name, block), next)| (name, Place { block, more_in_block: next == Some(block) }))
        .collect()
}

/// An entry's decoded bytes, counting what the worker reads and whether reading failed.
struct Tracked<'a> {
    inner: &'a mut dyn Read,
    read: &'a Cell<u64>,
    failed: &'a Cell<bool>,
}

impl Read for Tracked<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self.inner.read(buf) {
            Ok(n) => {
                self.read.set(self.read.get() + n as u64);
                Ok(n)
            }
            Err(e) => {
                self.failed.set(true);
                Err(e)
            }
        }
    }
}

/// Visits the entries of an opened archive.
///
/// The entries of a solid block are one compressed stream: an entry's ratio is judged
/// over its block so far ([`Solid`]), since an entry that repeats an earlier one (a
/// second copy of a log in a backup) costs almost no compressed bytes of its own. The
/// worker reads to its end every entry that others follow in its block, under the
/// guards; one it could not (a guard ended it: a compression bomb) is not decoded
/// further, and the entries after it in its block are visited as
/// [`EntryProblem::Unreached`]: reaching them would mean decoding the bomb. The next
/// block is read as usual.
fn entries<R: Read + Seek>(
    archive: &mut ArchiveReader<R>,
    read: &Counter,
    visit: &mut dyn FnMut(Entry<'_>) -> io::Result<Flow>,
) -> io::Result<Vec<Warning>> {
    let places = places(archive.archive());
    // The visitor's own error (the output failing) ends the archive and is passed on.
    let mut failed = None;
    let mut seen = 0usize;
    let mut stopped = false;
    // The block being decoded: its index, the compressed count where it started, and
    // the bytes decoded from it so far.
    let mut block: Option<(usize, u64, u64)> = None;
    let result = archive.for_each_entries_with_decision(|entry, data| {
        if !entry.has_stream {
            return Ok(EntryDecision::Continue);
        }
        let Some(&(_, place)) = places.get(seen) else {
            // The crate decodes no entry it did not list.
            return Ok(EntryDecision::Stop);
        };
        seen += 1;
        let (compressed_from, decoded_before) = match block {
            Some((b, from, decoded)) if b == place.block => (from, decoded),
            _ => (read.load(Relaxed), 0),
        };
        let (taken, broken) = (Cell::new(0), Cell::new(false));
        let flow = visit(Entry {
            name: entry.name.as_bytes().to_vec(),
            reader: Box::new(Tracked { inner: data, read: &taken, failed: &broken }),
            size: Some(entry.size),
            compressed: Some(std::sync::Arc::clone(read)),
            solid: Some(Solid {
                compressed_from,
                decoded_before,
                read_to_end: place.more_in_block,
            }),
            problem: None,
        });
        block = Some((place.block, compressed_from, decoded_before + taken.get()));
        // An entry left unread ends its block; a read error is the crate's to report
        // (it meets it again as it drains the entry).
        let cut = taken.get() < entry.size && !broken.get();
        let flow = match flow {
            Ok(Flow::Next) if cut => {
                let mut rest = Vec::new();
                while let Some((name, _)) = places.get(seen).filter(|(_, p)| p.block == place.block)
                {
                    rest.push(name.clone());
                    seen += 1;
                }
                unreached(&rest, &entry.name, visit)
            }
            other => other,
        };
        match flow {
            Ok(Flow::Next) if cut => Ok(EntryDecision::SkipBlock),
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
            let rest: Vec<String> =
                places[seen.min(places.len())..].iter().map(|(n, _)| n.clone()).collect();
            problem(&rest, EntryProblem::Encrypted, visit)?;
        }
        Err(e) => {
            let at = read.load(Relaxed);
            warnings.push(Warning { offset: at, reason: format!("damaged 7z archive: {e}") });
        }
    }
    Ok(warnings)
}

/// Visits `names`, the entries after `after` in its solid block, as unreached.
fn unreached(
    names: &[String],
    after: &str,
    visit: &mut dyn FnMut(Entry<'_>) -> io::Result<Flow>,
) -> io::Result<Flow> {
    problem(names, EntryProblem::Unreached { after: after.to_string() }, visit)
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

/// Visits `names` as entries that cannot be read, for `why`.
fn problem(
    names: &[String],
    why: EntryProblem,
    visit: &mut dyn FnMut(Entry<'_>) -> io::Result<Flow>,
) -> io::Result<Flow> {
    for name in names {
        let entry = Entry {
            name: name.as_bytes().to_vec(),
            reader: Box::new(io::empty()),
            size: None,
            compressed: None,
            solid: None,
            problem: Some(why.clone()),
        };
        if visit(entry)? == Flow::Stop {
            return Ok(Flow::Stop);
        }
    }
    Ok(Flow::Next)
}
