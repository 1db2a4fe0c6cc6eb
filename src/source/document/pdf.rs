//! The text of PDF files, read with `lopdf` and `pdf-extract` (which maps glyphs back to
//! Unicode through the fonts' `ToUnicode` tables, so Chinese text set in embedded,
//! subset CJK fonts comes out as text).
//!
//! A PDF becomes one part, `text.txt`: its pages in order, each line of a page one line.
//! An encrypted PDF that the empty password opens (one restricted by permissions only)
//! is read; any other is [`Error::Encrypted`].
//!
//! Bounds: the file is read whole, so one larger than [`Limits::max_member`] is not read
//! ([`Error::TooLarge`]); before any page is read, the deflated streams are inflated into
//! a counter, and a document whose streams would inflate past that limit is not read
//! either (a compression bomb). A page that cannot be read (a damaged content stream, a
//! font the extractor rejects; `pdf-extract` panics on some malformed input, so each page
//! is read under [`std::panic::catch_unwind`], with the panic message kept off standard
//! error because it may quote the document) is a warning, and the other pages are read.

use std::cell::Cell;
use std::io::{self, Read, Seek};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use lopdf::{Document, LoadOptions, Object};

use super::{Emitter, Error, Kind, Limits, Part, Warnings};

/// Reads the text of a PDF file.
pub fn extract<R: Read + Seek>(
    file: R,
    limits: &Limits,
    emit: &mut dyn FnMut(Part) -> bool,
) -> Result<Warnings, Error> {
    let unreadable = |reason: String| Error::Unreadable { kind: Kind::Pdf, reason };
    let mut bytes = Vec::new();
    file.take(limits.max_member.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable(e.to_string()))?;
    if bytes.len() as u64 > limits.max_member {
        return Err(Error::TooLarge { limit: limits.max_member });
    }
    let doc =
        quietly(|| load(&bytes)).unwrap_or_else(|| Err(unreadable("the parser failed".into())))?;
    drop(bytes);
    if inflated_size(&doc, limits.max_member) > limits.max_member {
        return Err(Error::TooLarge { limit: limits.max_member });
    }
    let mut em = Emitter::new(emit, limits);
    let mut text = String::new();
    let mut cut = false;
    for (number, _) in doc.get_pages() {
        if em.full() {
            break;
        }
        let mut page = String::new();
        let read = quietly(|| {
            let mut out = pdf_extract::PlainTextOutput::new(&mut page);
            pdf_extract::output_doc_page(&doc, &mut out, number)
        });
        match read {
            Some(Ok(())) => {}
            Some(Err(e)) => em.warnings.push(format!("page {number}: not read: {e}")),
            None => em.warnings.push(format!("page {number}: not read: the extractor failed")),
        }
        if text.len() + page.len() + 1 > limits.max_part {
            cut = true;
            break;
        }
        text.push_str(page.trim_start_matches('\n'));
        if !text.ends_with('\n') {
            text.push('\n');
        }
    }
    if cut {
        em.warnings
            .push(format!("text.txt: cut at {} bytes (the part size limit)", limits.max_part));
    }
    em.part("text.txt".into(), text.into_bytes());
    Ok(em.warnings)
}

/// Loads a document, opening it with the empty password if it is encrypted.
fn load(bytes: &[u8]) -> Result<Document, Error> {
    let options = LoadOptions { password: Some(String::new()), ..LoadOptions::default() };
    let mut doc = Document::load_mem_with_options(bytes, options).map_err(|e| match e {
        lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword => Error::Encrypted,
        e => Error::Unreadable { kind: Kind::Pdf, reason: e.to_string() },
    })?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(Error::Encrypted);
    }
    Ok(doc)
}

/// The bytes the document's deflated streams inflate to, counted up to `limit` (past it,
/// `limit + 1`).
fn inflated_size(doc: &Document, limit: u64) -> u64 {
    let mut total = 0u64;
    for object in doc.objects.values() {
        let Object::Stream(stream) = object else { continue };
        let flate = match stream.dict.get(b"Filter") {
            Ok(Object::Name(name)) => name == b"FlateDecode",
            Ok(Object::Array(filters)) => {
                filters.iter().any(|f| matches!(f, Object::Name(n) if n == b"FlateDecode"))
            }
            _ => false,
        };
        if !flate {
            total += stream.content.len() as u64;
        } else {
            let budget = limit.saturating_sub(total).saturating_add(1);
            let mut decoder = flate2::read::ZlibDecoder::new(&stream.content[..]).take(budget);
            total += io::copy(&mut decoder, &mut io::sink()).unwrap_or(0);
        }
        if total > limit {
            return limit + 1;
        }
    }
    total
}

thread_local! {
    /// Whether a panic on this thread is expected and caught: its message is not printed.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`, catching a panic (`None`) without printing its message, which may quote the
/// document. Panics on other threads, and outside `f`, are printed as before.
fn quietly<T>(f: impl FnOnce() -> T) -> Option<T> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    result.ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_unreadable_and_a_panic_is_caught_quietly() {
        let limits = Limits::default();
        let err = extract(io::Cursor::new(b"%PDF-1.4\n garbage".to_vec()), &limits, &mut |_| true)
            .unwrap_err();
        assert!(matches!(err, Error::Unreadable { kind: Kind::Pdf, .. }), "{err:?}");
        assert_eq!(quietly(|| -> u8 { panic!("quoting the document") }), None);
        assert_eq!(quietly(|| 7), Some(7));
    }

    #[test]
    fn a_file_over_the_member_limit_is_not_read() {
        let limits = Limits { max_member: 4, ..Limits::default() };
        let err =
            extract(io::Cursor::new(b"%PDF-1.4".to_vec()), &limits, &mut |_| true).unwrap_err();
        assert!(matches!(err, Error::TooLarge { limit: 4 }), "{err:?}");
    }
}
