//! Containers: files that hold other files (archives now; documents and mail yield
//! entries they synthesize, such as `contract.docx!/body.txt`). Each kind turns its bytes
//! into a sequence of [`Entry`]s, visited in order by [`Container::for_each`]; the worker
//! makes each entry an [`Input`](crate::source::input::Input) of its own (path
//! `container!/entry`), so that entries are scanned, guarded and nested like files.
//!
//! A container never stops on a bad entry: damage is a [`Warning`] and, where the format
//! allows, the next entry is read; an entry that cannot be read at all (encrypted, an
//! unsupported compression method) is handed over with an [`EntryProblem`] and recorded
//! as a skip.

pub mod document;
pub mod sevenz;
pub mod tar;
pub mod zip;

use std::io::{self, Read, Seek};

use crate::extract::Warning;
use crate::source::input::{spool, Body, Spool};

/// The kinds of containers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ContainerKind {
    /// A zip archive (`.zip`; `.jar`, `.war`, `.ear`, `.apk` with `--jars`).
    Zip,
    /// A tar archive (`.tar`; compressed ones are a compressed input holding a `.tar`).
    Tar,
    /// A 7z archive (`.7z`).
    SevenZ,
    /// A document whose text and tables are its entries (`.docx`, `.pptx`, `.odt`,
    /// `.odp`, `.pdf`; see [`crate::source::document`]).
    Document(crate::source::document::Kind),
    /// A mail message (`.eml`, `mbox: false`) or a mailbox (`.mbox`): headers, bodies
    /// and attachments are its entries (see [`crate::source::mail`]).
    Mail {
        /// A mailbox of messages rather than one message.
        mbox: bool,
    },
}

impl ContainerKind {
    /// The container an extension (lower case) names, if any; `jars`: Java and Android
    /// packages are opened too.
    pub fn for_extension(extension: &str, jars: bool) -> Option<ContainerKind> {
        match extension {
            "zip" => Some(ContainerKind::Zip),
            "jar" | "war" | "ear" | "apk" if jars => Some(ContainerKind::Zip),
            "tar" => Some(ContainerKind::Tar),
            "7z" => Some(ContainerKind::SevenZ),
            _ => {
                if let Some(kind) = crate::source::document::Kind::from_extension(extension) {
                    return Some(ContainerKind::Document(kind));
                }
                crate::source::mail::is_mail_extension(extension)
                    .map(|mbox| ContainerKind::Mail { mbox })
            }
        }
    }

    /// Whether reading it needs random access (a seekable file or a spooled copy).
    pub fn seeks(self) -> bool {
        matches!(self, ContainerKind::Zip | ContainerKind::SevenZ | ContainerKind::Document(_))
    }

    /// The name used in outputs (`format` in the inventory).
    pub fn name(self) -> &'static str {
        match self {
            ContainerKind::Zip => "zip",
            ContainerKind::Tar => "tar",
            ContainerKind::SevenZ => "7z",
            ContainerKind::Document(kind) => kind.name(),
            ContainerKind::Mail { mbox: false } => "eml",
            ContainerKind::Mail { mbox: true } => "mbox",
        }
    }
}

/// One entry of a container, handed to the visitor of [`Container::for_each`].
pub struct Entry<'e> {
    /// The entry's name inside the container, as stored (`hr/员工.csv`), or made up for
    /// synthesized entries (`body.txt`, `table-1.csv`). The last component decides the
    /// entry's format, as a file name does.
    pub name: Vec<u8>,
    /// The entry's bytes, decompressed by the container where it compresses entries one
    /// by one (zip), from the first.
    pub reader: Box<dyn Read + 'e>,
    /// The size the container declares.
    pub size: Option<u64>,
    /// For containers that decompress each entry (zip): a count of the stored bytes
    /// the container has read (it may count from any start); the worker guards the
    /// entry's ratio against what it grows by while the entry is read. `None` where the
    /// container's own stream is already guarded (tar inside gzip) or nothing is
    /// compressed.
    pub compressed: Option<crate::source::input::Counter>,
    /// For an entry decoded from a stream it shares with other entries (a solid 7z
    /// block): where that stream starts, so that the ratio is judged over it.
    pub solid: Option<Solid>,
    /// Why the entry cannot be read (then `reader` yields nothing).
    pub problem: Option<EntryProblem>,
}

/// An entry's place in a compressed stream shared with other entries (a solid block).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Solid {
    /// The count of [`Entry::compressed`] where the shared stream starts.
    pub compressed_from: u64,
    /// The bytes decoded from the stream before this entry.
    pub decoded_before: u64,
    /// Entries after this one are decoded from the same stream: the reader reads this
    /// entry to its end, under the guards, after scanning it; an entry left unread ends
    /// the stream (the entries after it are [`EntryProblem::Unreached`]).
    pub read_to_end: bool,
}

/// Why an entry cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryProblem {
    /// It is encrypted (skip `encrypted`).
    Encrypted,
    /// It comes after `after` in a shared compressed stream, and `after` was not read
    /// to its end because a guard ended it (a compression bomb): reaching this entry
    /// would mean decoding the bomb (skip `bomb`).
    Unreached {
        /// The entry that was not read to its end.
        after: String,
    },
    /// It cannot be decoded (an unsupported compression method): a warning.
    Unreadable(String),
}

/// What the visitor says after an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// Go on with the next entry.
    Next,
    /// Stop here (a guard tripped, the scan was interrupted).
    Stop,
}

/// A container being read.
pub trait Container {
    /// Calls `visit` for every entry that holds a file (not directories, links or
    /// devices), in stored order, until it returns [`Flow::Stop`] or an error (which
    /// only the output can cause, and which is passed on). Damage met on the way is
    /// returned as warnings, at byte offsets into the container's own bytes.
    fn for_each(
        &mut self,
        visit: &mut dyn FnMut(Entry<'_>) -> io::Result<Flow>,
    ) -> io::Result<Vec<Warning>>;
}

/// What became of an input read as a container.
pub enum Opened<'r> {
    /// Its entries were visited; damage met on the way.
    Read(Vec<Warning>),
    /// It is not a container of that kind after all: its bytes from the first, to be
    /// scanned as they are, and why.
    NotIt(Box<dyn Read + 'r>, String),
    /// It needs random access and is larger than the copy it may be given: not read.
    TooLarge(String),
}

/// Reads `body` as a container of `kind`, calling `visit` for each entry (see
/// [`Container::for_each`]). A container that needs random access and comes as a
/// stream (an entry of another container) is first copied, up to `max_spool` bytes.
/// Documents and mail are read under `parts`. The only errors are `visit`'s and
/// failures to copy.
///
/// This is the one place that knows how each kind is opened: a new kind is a new arm.
pub fn read_entries<'r>(
    kind: ContainerKind,
    body: Body<'r>,
    max_spool: u64,
    parts: &document::Limits,
    visit: &mut dyn FnMut(Entry<'_>) -> io::Result<Flow>,
) -> io::Result<Opened<'r>> {
    if !kind.seeks() {
        let reader: Box<dyn Read + 'r> = match body {
            Body::File(f) => Box::new(f),
            Body::Stream { reader, .. } => reader,
        };
        let warnings = match kind {
            ContainerKind::Tar => tar::open(reader).for_each(visit)?,
            ContainerKind::Mail { mbox } => document::read_mail(mbox, reader, &parts.mail, visit)?,
            ContainerKind::Zip | ContainerKind::SevenZ | ContainerKind::Document(_) => {
                unreachable!("these seek")
            }
        };
        return Ok(Opened::Read(warnings));
    }
    let mut seekable = match body {
        Body::File(f) => Seekable::File(f),
        Body::Stream { reader, size } => match spool(reader, size, max_spool, false)? {
            Some(s) => Seekable::Spool(s),
            None => {
                let why = format!(
                    "{} archive inside an archive larger than {max_spool} bytes (--max-spool): not opened",
                    kind.name()
                );
                return Ok(Opened::TooLarge(why));
            }
        },
    };
    let opened = match kind {
        ContainerKind::Zip => zip::open(&mut seekable).map(|mut c| c.for_each(visit)),
        // The decoders' memory is bounded as a copy of an entry is.
        ContainerKind::SevenZ => sevenz::read(&mut seekable, max_spool, visit),
        ContainerKind::Document(kind) => {
            return document::read_document(kind, seekable, &parts.document, visit);
        }
        ContainerKind::Tar | ContainerKind::Mail { .. } => unreachable!("these stream"),
    };
    match opened {
        Ok(read) => Ok(Opened::Read(read?)),
        Err(why) => {
            seekable.rewind()?;
            Ok(Opened::NotIt(Box::new(seekable), why))
        }
    }
}

/// The bytes of a container that is read out of order: the file on disk, or a copy.
pub enum Seekable {
    /// The file on disk.
    File(std::fs::File),
    /// A copy of an entry.
    Spool(Spool),
}

impl Read for Seekable {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Seekable::File(f) => f.read(buf),
            Seekable::Spool(s) => s.read(buf),
        }
    }
}

impl Seek for Seekable {
    fn seek(&mut self, pos: io::SeekFrom) -> io::Result<u64> {
        match self {
            Seekable::File(f) => f.seek(pos),
            Seekable::Spool(s) => s.seek(pos),
        }
    }
}
