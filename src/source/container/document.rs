//! Documents and mail as containers: the parts that [`document`] and [`mail`] make
//! (`body.txt`, `table-1.csv`, `attachments/list.csv`) are the entries, so each is
//! scanned, attributed and nested like a file (`contract.docx!/table-1.csv`,
//! `msg.eml!/attachments/list.csv`; an attached zip is opened in turn).
//!
//! A part is made in memory, bounded by the document and mail limits, and handed over as
//! soon as it is complete. An encrypted document is one entry that cannot be read (skip
//! `encrypted`); one that is not a readable document of its kind is scanned as bytes,
//! with a warning; a PDF past the size limit is a `too_large` skip.

use std::io::{self, BufReader, Cursor, Read, Seek};

use super::{Entry, EntryProblem, Flow, Opened};
use crate::extract::Warning;
use crate::source::document::{self, Part};
use crate::source::mail;

/// The limits documents and mail are read under.
#[derive(Clone, Copy, Debug, Default)]
pub struct Limits {
    /// Documents' limits (`--max-part-size`, `--max-document-size`).
    pub document: document::Limits,
    /// Mail's limits (`--max-message-size`).
    pub mail: mail::Limits,
}

/// Hands `part` to `visit` as an entry; returns whether to go on, keeping `visit`'s
/// error in `failed`.
fn visit_part(
    visit: &mut dyn FnMut(Entry<'_>) -> io::Result<Flow>,
    part: Part,
    failed: &mut Option<io::Error>,
) -> bool {
    let size = part.bytes.len() as u64;
    let entry = Entry {
        name: part.name.into_bytes(),
        reader: Box::new(Cursor::new(part.bytes)),
        size: Some(size),
        compressed: None,
        solid: None,
        problem: None,
    };
    match visit(entry) {
        Ok(Flow::Next) => true,
        Ok(Flow::Stop) => false,
        Err(e) => {
            *failed = Some(e);
            false
        }
    }
}

/// Warnings that have no offset in the container's bytes (a member, a page, a message).
fn warnings(reasons: Vec<String>) -> Vec<Warning> {
    reasons.into_iter().map(|reason| Warning { offset: 0, reason }).collect()
}

/// Reads a document of `kind` from `file`, visiting its parts.
pub fn read_document<'r, R: Read + Seek + 'r>(
    kind: document::Kind,
    mut file: R,
    limits: &document::Limits,
    visit: &mut dyn FnMut(Entry<'_>) -> io::Result<Flow>,
) -> io::Result<Opened<'r>> {
    let mut failed = None;
    let read =
        document::extract(kind, &mut file, limits, &mut |p| visit_part(visit, p, &mut failed));
    if let Some(e) = failed {
        return Err(e);
    }
    Ok(match read {
        Ok(w) => Opened::Read(warnings(w)),
        Err(document::Error::Encrypted) => {
            let name = if kind == document::Kind::Pdf { "text.txt" } else { "body.txt" };
            visit(Entry {
                name: name.as_bytes().to_vec(),
                reader: Box::new(io::empty()),
                size: None,
                compressed: None,
                solid: None,
                problem: Some(EntryProblem::Encrypted),
            })?;
            Opened::Read(Vec::new())
        }
        Err(e @ document::Error::TooLarge { .. }) => {
            Opened::TooLarge(format!("{} {e} (--max-document-size)", kind.name()))
        }
        Err(e @ document::Error::TooManyObjects { .. }) => {
            Opened::TooLarge(format!("{} {e} (--max-pdf-objects)", kind.name()))
        }
        Err(e @ document::Error::Unreadable { .. }) => {
            file.rewind()?;
            Opened::NotIt(Box::new(file), e.to_string())
        }
    })
}

/// Reads a message (a mailbox when `mbox`) from `input`, visiting its parts. A read
/// error ends it with a warning (what was read is kept).
pub fn read_mail(
    mbox: bool,
    input: Box<dyn Read + '_>,
    limits: &mail::Limits,
    visit: &mut dyn FnMut(Entry<'_>) -> io::Result<Flow>,
) -> io::Result<Vec<Warning>> {
    let mut failed = None;
    let mut emit = |p| visit_part(visit, p, &mut failed);
    let read = if mbox {
        mail::mbox(BufReader::new(input), limits, &mut emit)
    } else {
        mail::eml(input, limits, &mut emit)
    };
    if let Some(e) = failed {
        return Err(e);
    }
    Ok(match read {
        Ok(w) => warnings(w),
        Err(e) => vec![Warning { offset: 0, reason: format!("not read to its end: {e}") }],
    })
}
