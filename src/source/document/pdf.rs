//! The text of PDF files, read with `lopdf` and `pdf-extract` (which maps glyphs back to
//! Unicode through the fonts' `ToUnicode` tables, so Chinese text set in embedded,
//! subset CJK fonts comes out as text).
//!
//! A PDF becomes one part, `text.txt`: its pages in order, each line of a page one line.
//! An encrypted PDF that the empty password opens (one restricted by permissions only)
//! is read; any other is [`Error::Encrypted`].
//!
//! Bounds: the file is read whole, so one larger than [`Limits::max_member`] is not read
//! ([`Error::TooLarge`]); before any page is read, the deflated and LZW streams are
//! decoded into a counter, and a document whose streams would decode past that limit is
//! not read
//! either (a compression bomb). Object streams (`/Type /ObjStm`), which `lopdf` unpacks
//! while it loads the file, are counted before it sees the file (see [`object_streams`]):
//! every deflated stream in the file's bytes is inflated into a counter first, and a file
//! whose streams pass the limit is not loaded; while loading, an object stream with a
//! filter other than `FlateDecode`, `LZWDecode` or `ASCII85Decode`, alone or chained
//! (whose size cannot be bounded before decoding), makes the document unreadable. An
//! encrypted PDF that the empty password opens is loaded by another path of `lopdf`,
//! without the filter: its object streams are decrypted and counted by a first load that
//! leaves them packed (see [`object_streams::encrypted_inflated`]).
//!
//! The parser also turns PDF text into objects at some 250 bytes of memory per 2 bytes
//! of text (`[0 0 0 …]`), so the objects are counted too, against one budget,
//! [`Limits::max_pdf_objects`], before they are built: the file's own objects and
//! trailers, and its cross-reference streams' entries, before `lopdf` (or the encrypted
//! path's first load) sees the bytes (see [`object_streams::top_level`]: every `obj` that
//! can end an object header, stream data included, so a stream whose `/Length` lies
//! hides nothing); then, on both paths, the tokens of the object streams as they are
//! decoded (see [`object_streams::Tokens`]). A document holding more is not loaded
//! ([`Error::TooManyObjects`]). Before a page is read, the operands of its content and
//! of the XObjects it draws (Form XObjects, recursively, and images, whose samples the
//! extractor parses as content too) are counted the same way, with the codes of its
//! fonts' `ToUnicode` maps (whose ranges the extractor expands, one map entry per
//! code), and a page holding more is not read, with a warning; so is one whose XObjects
//! draw themselves or nest more than [`MAX_XOBJECT_DEPTH`] deep, or whose `/Parent`
//! chain does not end (the extractor follows both by recursion, so they would overflow
//! the stack). See [`page_check`]. A page that cannot be read (a damaged content
//! stream, a font the extractor rejects; `pdf-extract` panics on some malformed input,
//! so each page is read under [`std::panic::catch_unwind`], with the panic message kept
//! off standard error because it may quote the document) is a warning, and the other
//! pages are read.

use std::cell::Cell;
use std::io::{Read, Seek};
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
    if object_streams::raw_inflated(&bytes, limits.max_member) > limits.max_member {
        return Err(Error::TooLarge { limit: limits.max_member });
    }
    // The objects outside object streams share the limit with those inside them.
    let top_level = object_streams::top_level(&bytes, limits.max_pdf_objects);
    let Some(objects_left) = limits.max_pdf_objects.checked_sub(top_level.objects) else {
        return Err(Error::TooManyObjects { limit: limits.max_pdf_objects });
    };
    // An encrypted PDF's objects are copied out of the file before they are parsed (a
    // key escaped in its name can hide the encryption from a search, so every PDF is
    // held to this; real ones copy their size, a few times over for their object
    // numbers' digits).
    if top_level.copied > limits.max_member.saturating_mul(COPIES) {
        return Err(Error::TooLarge { limit: limits.max_member });
    }
    let encrypted = quietly(|| object_streams::encrypted_inflated(&bytes, limits.max_member));
    if let Some(tally) = encrypted {
        if tally.bytes > limits.max_member {
            return Err(Error::TooLarge { limit: limits.max_member });
        }
        if tally.tokens > objects_left {
            return Err(Error::TooManyObjects { limit: limits.max_pdf_objects });
        }
    }
    let doc = quietly(|| object_streams::guarded(limits, objects_left, || load(&bytes)))
        .unwrap_or_else(|| Err(unreadable("the parser failed".into())))?;
    drop(bytes);
    if inflated_size(&doc, limits.max_member) > limits.max_member {
        return Err(Error::TooLarge { limit: limits.max_member });
    }
    let mut em = Emitter::new(emit, limits);
    let mut text = String::new();
    let mut cut = false;
    for (number, id) in doc.get_pages() {
        if em.full() {
            break;
        }
        // The extractor parses a page's content into operands as `lopdf` parses object
        // streams, at the same cost per token.
        match page_check(&doc, id, limits.max_pdf_objects) {
            Ok(()) => {}
            Err(Refused::Objects) => {
                em.warnings.push(format!(
                    "page {number}: not read: its content holds more than {} objects \
                     (--max-pdf-objects)",
                    limits.max_pdf_objects
                ));
                continue;
            }
            Err(Refused::Nesting(why)) => {
                em.warnings.push(format!("page {number}: not read: {why}"));
                continue;
            }
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

/// Loads a document, opening it with the empty password if it is encrypted; run under
/// [`object_streams::guarded`].
fn load(bytes: &[u8]) -> Result<Document, Error> {
    let options = LoadOptions {
        password: Some(String::new()),
        filter: Some(object_streams::filter),
        ..LoadOptions::default()
    };
    let mut doc = Document::load_mem_with_options(bytes, options).map_err(|e| match e {
        lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword => Error::Encrypted,
        e => Error::Unreadable { kind: Kind::Pdf, reason: e.to_string() },
    })?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(Error::Encrypted);
    }
    Ok(doc)
}

/// The bytes an encrypted PDF's load may copy out of the file
/// ([`object_streams::TopLevel::copied`]), in [`Limits::max_member`]s.
const COPIES: u64 = 4;

/// Form XObjects drawn inside one another on a page at most this deep: `pdf-extract`
/// draws them by recursion, so a deeper chain, or one that draws itself, would take the
/// stack without bound.
const MAX_XOBJECT_DEPTH: usize = 32;

/// Page-tree nodes followed up from a page (by `/Parent`) for its inherited keys.
const MAX_PARENTS: usize = 64;

/// Why a page is not given to the extractor.
#[derive(Debug, PartialEq, Eq)]
enum Refused {
    /// Its content holds more operands than [`Limits::max_pdf_objects`].
    Objects,
    /// Reading it would recurse without bound.
    Nesting(&'static str),
}

/// Checks what `pdf-extract` will parse to read a page, before it does: the operands of
/// the page's content and of every XObject that content (or a drawn Form XObject's) can
/// draw with `Do`, counted with [`object_streams::Content`] on the bytes the extractor
/// gets (`lopdf`'s decoding, or the stored bytes where it fails), each XObject once per
/// page and set of resources, and the codes of the `ToUnicode` maps of the fonts in
/// those resources ([`Drawing::fonts`]). The extractor parses a drawn XObject again each time it is
/// drawn, but one at a time, so what it holds at once is at most this sum. A chain of
/// XObjects deeper than [`MAX_XOBJECT_DEPTH`], one that draws itself, or a page whose
/// `/Parent` chain does not end before the keys it inherits are found (the extractor
/// follows it by recursion) is refused too.
fn page_check(doc: &Document, page: lopdf::ObjectId, limit: u64) -> Result<(), Refused> {
    let Ok(dict) = doc.get_dictionary(page) else { return Ok(()) };
    let resources = inherited_resources(doc, dict)?;
    // What the extractor reads: the page's streams, decoded, joined by newlines.
    let content = doc.get_page_content(page).unwrap_or_default();
    let mut walk = Drawing {
        doc,
        limit,
        total: 0,
        path: Vec::new(),
        seen: Default::default(),
        fonts: Default::default(),
    };
    walk.content(std::borrow::Cow::Owned(content), resources)
}

/// A page's resources as `pdf-extract` finds them: the nearest dictionary up the page
/// tree.
fn inherited_resources<'a>(
    doc: &'a Document,
    page: &'a lopdf::Dictionary,
) -> Result<Option<&'a lopdf::Dictionary>, Refused> {
    let (mut node, mut resources, mut media_box) = (page, None, false);
    for _ in 0..MAX_PARENTS {
        if resources.is_none() {
            resources = node.get(b"Resources").ok().and_then(|o| deref(doc, o)?.as_dict().ok());
        }
        media_box |=
            node.get(b"MediaBox").ok().and_then(|o| deref(doc, o)?.as_array().ok()).is_some();
        if resources.is_some() && media_box {
            return Ok(resources);
        }
        match node
            .get(b"Parent")
            .and_then(Object::as_reference)
            .and_then(|id| doc.get_dictionary(id))
        {
            Ok(parent) => node = parent,
            Err(_) => return Ok(resources),
        }
    }
    Err(Refused::Nesting("its page tree does not end"))
}

/// `object` with a reference followed, as `pdf-extract` follows one.
fn deref<'a>(doc: &'a Document, object: &'a Object) -> Option<&'a Object> {
    match object {
        Object::Reference(id) => doc.get_object(*id).ok(),
        other => Some(other),
    }
}

/// The walk of one page's content and the XObjects it draws.
struct Drawing<'a> {
    doc: &'a Document,
    limit: u64,
    total: u64,
    /// The XObjects being drawn, outermost first, with the resources each was drawn with.
    path: Vec<(lopdf::ObjectId, *const lopdf::Dictionary)>,
    seen: std::collections::HashSet<(lopdf::ObjectId, *const lopdf::Dictionary)>,
    /// The fonts counted.
    fonts: std::collections::HashSet<*const lopdf::Dictionary>,
}

impl<'a> Drawing<'a> {
    /// Counts the codes of the `ToUnicode` maps of the fonts in `resources`, each font
    /// once per page ([`object_streams::cmap_codes`]; the extractor reads each once per
    /// page too).
    fn fonts(&mut self, resources: Option<&'a lopdf::Dictionary>) -> Result<(), Refused> {
        let doc = self.doc;
        let fonts =
            resources.and_then(|r| r.get(b"Font").ok()).and_then(|o| deref(doc, o)?.as_dict().ok());
        for (_, font) in fonts.into_iter().flat_map(lopdf::Dictionary::iter) {
            let Some(font) = deref(doc, font).and_then(|o| o.as_dict().ok()) else { continue };
            if !self.fonts.insert(font as *const _) {
                continue;
            }
            let map = font.get(b"ToUnicode").ok().and_then(|o| deref(doc, o)?.as_stream().ok());
            let Some(map) = map else { continue };
            let text = map.decompressed_content();
            let text = text.as_deref().unwrap_or(&map.content);
            let left = self.limit.saturating_sub(self.total);
            self.total = self.total.saturating_add(object_streams::cmap_codes(text, left));
            if self.total > self.limit {
                return Err(Refused::Objects);
            }
        }
        Ok(())
    }

    /// Counts `content`, drawn with `resources`, then what it draws.
    fn content(
        &mut self,
        content: std::borrow::Cow<'a, [u8]>,
        resources: Option<&'a lopdf::Dictionary>,
    ) -> Result<(), Refused> {
        let doc = self.doc;
        self.fonts(resources)?;
        let xobjects = resources
            .and_then(|r| r.get(b"XObject").ok())
            .and_then(|o| deref(doc, o)?.as_dict().ok());
        let mut scan = object_streams::Content::new(xobjects);
        scan.feed(&content);
        drop(content);
        self.total = self.total.saturating_add(scan.finish());
        if self.total > self.limit {
            return Err(Refused::Objects);
        }
        let Some(xobjects) = xobjects else { return Ok(()) };
        for &index in &scan.named {
            let Some((_, Object::Reference(id))) = xobjects.as_hashmap().get_index(index) else {
                continue;
            };
            let Ok(stream) = doc.get_object(*id).and_then(Object::as_stream) else { continue };
            // Without its own, a Form XObject is drawn with the resources it was drawn from.
            let own =
                stream.dict.get(b"Resources").ok().and_then(|o| deref(doc, o)?.as_dict().ok());
            let inner = own.or(resources);
            let key = (*id, inner.map_or(std::ptr::null(), |r| r as *const _));
            if self.path.contains(&key) {
                return Err(Refused::Nesting("its XObjects draw themselves"));
            }
            if self.path.len() >= MAX_XOBJECT_DEPTH {
                return Err(Refused::Nesting("its XObjects are drawn inside one another too deep"));
            }
            if !self.seen.insert(key) {
                continue;
            }
            // The extractor's reading of an XObject: decoded, or the stored bytes.
            let data = match stream.decompressed_content() {
                Ok(decoded) => std::borrow::Cow::Owned(decoded),
                Err(_) => std::borrow::Cow::Borrowed(stream.content.as_slice()),
            };
            self.path.push(key);
            self.content(data, inner)?;
            self.path.pop();
        }
        Ok(())
    }
}

/// The bytes the document's streams decode to (deflated and LZW streams decoded into a
/// counter, others by their stored size), counted up to `limit` (past it, `limit + 1`).
fn inflated_size(doc: &Document, limit: u64) -> u64 {
    let mut total = 0u64;
    for object in doc.objects.values() {
        let Object::Stream(stream) = object else { continue };
        let cap = limit.saturating_sub(total).saturating_add(1);
        let decoded = object_streams::inflated(stream, cap);
        total = total.saturating_add(decoded.unwrap_or(stream.content.len() as u64));
        if total > limit {
            return limit + 1;
        }
    }
    total
}

/// The bounds on what `lopdf` builds of a document's text and its object streams, and on
/// what `pdf-extract` parses of a page's content.
///
/// `lopdf` unpacks each object stream (inflating it whole, with no limit) as it reads the
/// file, before a caller sees the document. Its one hook there is the load filter, a plain
/// `fn` called with each object before that object is unpacked, so the budget lives in a
/// thread-local (the load runs on the calling thread: `lopdf` is built without `rayon`).
/// Hand-written because no PDF crate offers a bounded load, and none counts PDF tokens
/// without building the objects.
mod object_streams {
    use std::cell::Cell;
    use std::io::{self, Read};

    use lopdf::encryption::decrypt_object;
    use lopdf::{Document, EncryptionState, LoadOptions, Object, ObjectId, Stream};

    use super::{Error, Kind, Limits};

    /// What the object streams may still inflate to and hold, and why the load was
    /// refused.
    #[derive(Clone, Copy)]
    struct Budget {
        left: u64,
        objects_left: u64,
        refused: Option<Refusal>,
    }

    #[derive(Clone, Copy)]
    enum Refusal {
        /// Past the byte limit.
        Large,
        /// Past the object limit.
        Objects,
        /// A filter whose output is not bounded here.
        Filter,
    }

    thread_local! {
        static BUDGET: Cell<Option<Budget>> = const { Cell::new(None) };
    }

    /// Runs `load` with object streams limited to [`Limits::max_member`] bytes inflated
    /// and `objects_left` tokens in all (what [`Limits::max_pdf_objects`] leaves after
    /// the file's own objects): past them, [`Error::TooLarge`] or
    /// [`Error::TooManyObjects`], whatever `load` returned.
    pub fn guarded<T>(
        limits: &Limits,
        objects_left: u64,
        load: impl FnOnce() -> Result<T, Error>,
    ) -> Result<T, Error> {
        let budget = Budget { left: limits.max_member, objects_left, refused: None };
        BUDGET.with(|b| b.set(Some(budget)));
        let result = load();
        let budget = BUDGET.with(|b| b.take());
        match budget.and_then(|b| b.refused) {
            None => result,
            Some(Refusal::Large) => Err(Error::TooLarge { limit: limits.max_member }),
            Some(Refusal::Objects) => Err(Error::TooManyObjects { limit: limits.max_pdf_objects }),
            Some(Refusal::Filter) => Err(Error::Unreadable {
                kind: Kind::Pdf,
                reason: "an object stream uses a filter whose output size cannot be bounded \
                         before decoding (only FlateDecode, LZWDecode and ASCII85Decode are read)"
                    .into(),
            }),
        }
    }

    /// What every deflated stream in the file's bytes inflates to, counted up to `limit`
    /// (past it, `limit + 1`) before `lopdf` sees the file: from each `stream` keyword,
    /// a zlib stream is inflated into nothing until it ends (or, where zlib gives nothing,
    /// raw deflate after its 2-byte header, as `lopdf` retries), whatever `/Length` says.
    /// No stream `lopdf` can inflate is missed this way, including object streams whose
    /// dictionary spells `/ObjStm` with escapes, and ones it inflates again while it
    /// resolves an indirect `/Length` (each of those then inflates to less than `limit`);
    /// bytes that only look like a stream cost a failed inflate.
    pub fn raw_inflated(bytes: &[u8], limit: u64) -> u64 {
        let mut total = 0u64;
        for at in memchr::memmem::find_iter(bytes, b"stream") {
            if at >= 3 && &bytes[at - 3..at] == b"end" {
                continue;
            }
            let mut start = at + b"stream".len();
            match bytes.get(start..start + 2) {
                Some(b"\r\n") => start += 2,
                Some([b'\n', _]) | Some([b'\r', _]) => start += 1,
                _ => continue,
            }
            let data = &bytes[start..];
            let cap = limit.saturating_sub(total).saturating_add(1);
            let (mut n, failed) = count(flate2::read::ZlibDecoder::new(data), cap);
            if n == 0 && failed && data.len() > 2 {
                n = count(flate2::read::DeflateDecoder::new(&data[2..]), cap).0;
            }
            total = total.saturating_add(n);
            if total > limit {
                return limit + 1;
            }
        }
        total
    }

    /// Bytes of text read per object charged, on top of the tokens, when the values of
    /// the file's own objects are counted ([`top_level`]).
    const BYTES_PER_CHARGE: u64 = 64;

    /// An upper estimate of the objects `lopdf` builds from the file's own text (its
    /// objects outside object streams, and its trailers), counted before it sees the
    /// file, up to `limit` (past it, some count above `limit`).
    ///
    /// `lopdf` 0.42 parses an object only at an offset a cross-reference section gives
    /// (the section at `startxref`, those its trailers chain with `/Prev` and
    /// `/XRefStm`, an indirect `/Length` resolved through them; it has no scan for
    /// objects when that table is broken), and from there an object header (two numbers
    /// and `obj`, with white space or comments between them), then one value: a
    /// dictionary followed by `stream` takes its data by `/Length` (bytes, no objects),
    /// or is parsed alone when that length does not end at `endstream`. The
    /// cross-reference offsets are not followed here: a hostile file can point them
    /// anywhere, into a stream's data too. Instead every `obj` in the bytes that such a
    /// header can end (a digit before it, past white space, or a line holding a `%`
    /// before that white space), inside stream data too, counts the [`Tokens`] of the one
    /// value after it, read with the [`Lexer`] up to where that value ends; every
    /// `trailer` counts its dictionary the same way. Each object `lopdf` keeps is parsed
    /// at one of those places, under the object number read there (an entry pointing
    /// into the number's digits reads another number, which keeps its own copy,
    /// [`header_ids`]), and keeps one value per object number (a later one replaces an
    /// earlier, so one more value is held only while it replaces another): so each
    /// object number is charged the largest value read as it, and what `lopdf` keeps is
    /// at most the sum. A value that holds other headers (in a string, in a stream's
    /// data that a lying `/Length` spans) is counted once for itself and once for each
    /// of them, which overcounts only such files. A value the parser gives up on (`obj`
    /// inside an array, an unknown keyword) ends earlier in `lopdf` than here, and its
    /// objects are dropped. Values can nest without end in hostile text (`1 0 obj [`
    /// repeated, then megabytes of spaces), so reading each would take time quadratic in
    /// the file: every [`BYTES_PER_CHARGE`] bytes read charge one object more, which
    /// bounds the reading by the limit. Real files' objects are read once each (stream
    /// data only where it happens to hold a header), at some 2 % over their tokens; with
    /// the numbers their digits give, a real file is counted at about 2.9 times the
    /// objects `lopdf` makes of it.
    ///
    /// An encrypted file is loaded by copying each object's text (from its offset to the
    /// first `endobj` after it) out of the file first, whether or not the password opens
    /// it: a file of headers without `endobj` would be copied once per header.
    /// [`TopLevel::copied`] counts those copies the same way.
    ///
    /// A cross-reference stream's entries are objects too (in a map, some 40 bytes
    /// each), and entries of zero width read no data, so a 250-byte file can ask for
    /// billions: each stream dictionary counts the entries its `/Index` or `/Size` gives
    /// ([`xref_entries`]). The entries of a cross-reference table are lines of 20 bytes
    /// each, bounded by the file's size.
    pub fn top_level(bytes: &[u8], limit: u64) -> TopLevel {
        // An offset can point before a header, into the white space and comments before
        // it (the copy is then longer by that much): those stretches are disjoint, so
        // they add at most the file once.
        let mut count = TopLevel { objects: 0, copied: bytes.len() as u64 };
        // The largest value counted for each object (number and generation): at most
        // one entry per object counted, so its size is bounded by the limit.
        let mut largest = std::collections::HashMap::<u64, u64>::new();
        let mut ends = memchr::memmem::find_iter(bytes, b"endobj").map(|at| at + b"endobj".len());
        let mut end = ends.next();
        for at in memchr::memmem::find_iter(bytes, b"obj") {
            if !may_end_header(&bytes[..at]) {
                continue;
            }
            let ids = header_ids(&bytes[..at]);
            let text = &bytes[at + b"obj".len()..];
            let (tokens, value) = value_tokens(text);
            let entries = xref_entries(&text[value.clone()], &text[value.end..]);
            // One at least, so that the map below holds no more entries than the count.
            let objects = tokens.saturating_add(entries).max(1);
            let copies = ids.as_ref().map_or(MAX_IDS, |ids| ids.len() as u64);
            match &ids {
                // lopdf keeps one value per object: the largest this count has seen.
                Some(ids) => {
                    for &id in ids {
                        let kept = largest.entry(id).or_insert(0);
                        count.objects = count.objects.saturating_add(objects.saturating_sub(*kept));
                        *kept = (*kept).max(objects);
                    }
                }
                None => {
                    count.objects = count.objects.saturating_add(objects.saturating_mul(MAX_IDS))
                }
            }
            // What the encrypted path copies: up to the first `endobj` after `obj`.
            while end.is_some_and(|e| e < at + b"endobj".len()) {
                end = ends.next();
            }
            let copied = end.unwrap_or(bytes.len()) - at.saturating_sub(HEADER_BYTES);
            count.copied = count.copied.saturating_add((copied as u64).saturating_mul(copies));
            if count.objects > limit {
                return count;
            }
        }
        for at in memchr::memmem::find_iter(bytes, b"trailer") {
            let (tokens, _) = value_tokens(&bytes[at + b"trailer".len()..]);
            count.objects = count.objects.saturating_add(tokens);
            if count.objects > limit {
                break;
            }
        }
        count
    }

    /// What [`top_level`] counts.
    #[derive(Clone, Copy, Debug, Default)]
    pub struct TopLevel {
        /// The objects estimated.
        pub objects: u64,
        /// The bytes `lopdf` copies out of the file to load it when it is encrypted: for
        /// each object, from its header to the first `endobj` after it.
        pub copied: u64,
    }

    /// The object numbers a header's digits can give at most (a `u32` has ten digits,
    /// and a zero at the end gives 0).
    const MAX_IDS: u64 = 11;

    /// The bytes of an object header counted before its `obj` (a ten-digit number, a
    /// generation, spaces).
    const HEADER_BYTES: usize = 20;

    /// The objects `lopdf` can read in the header that `before` ends (the bytes before
    /// its `obj`), as `(number, generation)` packed in a `u64`: a cross-reference offset
    /// can point at any digit of the number (`123 0 obj` read from its `2` is object 23,
    /// from its `3` object 3), and each keeps its own copy of the value. `None` when the
    /// header is not two numbers and white space (comments stand in it): then up to 11.
    fn header_ids(before: &[u8]) -> Option<Vec<u64>> {
        let digits_before = |end: usize| {
            end - before[..end].iter().rposition(|b| !b.is_ascii_digit()).map_or(0, |at| at + 1)
        };
        let spaces_before = |end: usize| {
            end - before[..end].iter().rposition(|&b| !is_space(b)).map_or(0, |at| at + 1)
        };
        let generation_end = before.len() - spaces_before(before.len());
        let generation_start = generation_end - digits_before(generation_end);
        let number_end = generation_start - spaces_before(generation_start);
        let number = &before[number_end - digits_before(number_end)..number_end];
        // Only the last 10 digits can be read as a `u32` (a longer suffix starts with a
        // zero, read as the shorter one, or is too large): a longer run adds no object,
        // and reading every suffix of it would take time quadratic in its length.
        let number = &number[number.len().saturating_sub(10)..];
        if generation_start == generation_end || number.is_empty() || number_end == generation_start
        {
            return None;
        }
        // A generation that is no `u16` makes no object: any key will do.
        let generation = std::str::from_utf8(&before[generation_start..generation_end]).ok()?;
        let generation = u64::from(generation.parse::<u16>().unwrap_or(u16::MAX));
        // A number read from a zero digit is the one read from the next digit that is
        // not (or 0 at the end); one of more than 10 significant digits is no `u32`.
        let ids = (0..number.len()).filter(|&at| number[at] != b'0' || at + 1 == number.len());
        let ids = ids.filter_map(|at| std::str::from_utf8(&number[at..]).ok()?.parse::<u32>().ok());
        Some(ids.map(|n| u64::from(n) << 16 | generation).collect())
    }

    /// Whether `before` (the bytes before an `obj`) can end with an object header's
    /// numbers: a digit, past white space, or a line with a `%` (a comment can stand
    /// between the numbers and `obj`). Each candidate looks back over one line at most,
    /// and never over another candidate's, so the test is linear in the file.
    fn may_end_header(before: &[u8]) -> bool {
        let Some(last) = before.iter().rposition(|&b| !is_space(b)) else { return false };
        if before[last].is_ascii_digit() {
            return true;
        }
        let crossed_line = before[last + 1..].iter().any(|&b| b == b'\n' || b == b'\r');
        let line_start = memchr::memrchr2(b'\n', b'\r', &before[..last]).map_or(0, |at| at + 1);
        crossed_line && memchr::memchr(b'%', &before[line_start..=last]).is_some()
    }

    /// PDF white space.
    fn is_space(b: u8) -> bool {
        matches!(b, b'\0' | b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
    }

    /// `text` after its leading white space and `%` comments (to the end of their line).
    fn skip_space_and_comments(mut text: &[u8]) -> &[u8] {
        loop {
            match text.first() {
                Some(&b) if is_space(b) => text = &text[1..],
                Some(b'%') => {
                    let eol = memchr::memchr2(b'\n', b'\r', text).unwrap_or(text.len());
                    text = &text[eol..];
                }
                _ => return text,
            }
        }
    }

    /// PDF delimiters.
    fn is_delimiter(b: u8) -> bool {
        matches!(b, b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%')
    }

    /// The [`Tokens`] of the one value at the start of `text` (after white space and
    /// comments), with one more per [`BYTES_PER_CHARGE`] bytes read, and where the value
    /// starts and ends.
    fn value_tokens(text: &[u8]) -> (u64, std::ops::Range<usize>) {
        let mut lexer = Lexer::default();
        let mut tokens = Tokens::default();
        let mut start = None;
        let mut read = 0;
        for (at, &b) in text.iter().enumerate() {
            read = at + 1;
            lexer.feed(b);
            if start.is_none() {
                // White space and comments before the value make nothing.
                if is_space(b) || lexer.mode == Mode::Comment {
                    continue;
                }
                start = Some(at);
            } else if lexer.between() && (is_space(b) || is_delimiter(b)) {
                // The value ended: a closing bracket, or the end of a number, name or
                // keyword (the byte after it is counted too, at most one object more).
                tokens.feed(&[b]);
                break;
            }
            tokens.feed(&[b]);
        }
        let charge = read as u64 / BYTES_PER_CHARGE;
        (tokens.count.saturating_add(charge), start.unwrap_or(read)..read)
    }

    /// The cross-reference entries `lopdf` makes of `value` when it is the dictionary of
    /// a cross-reference stream (a dictionary followed by `stream`, in `after`): the
    /// counts of its `/Index` (or its `/Size`), whatever its data holds, since entries of
    /// zero width (`/W [0 0 0]`) read no data. The dictionary's tokens are already
    /// counted; it is parsed with `lopdf`'s own parser.
    fn xref_entries(value: &[u8], after: &[u8]) -> u64 {
        if !value.starts_with(b"<<") {
            return 0;
        }
        let rest = skip_space_and_comments(after);
        if !rest.starts_with(b"stream") {
            return 0;
        }
        // A dictionary is an operand to the content parser.
        let operation = [value, b" x"].concat();
        let Ok(content) = lopdf::content::Content::decode(&operation) else { return 0 };
        let Some(Ok(dict)) =
            content.operations.first().and_then(|o| o.operands.first()).map(Object::as_dict)
        else {
            return 0;
        };
        let integers = |o: &Object| -> Option<Vec<i64>> {
            o.as_array().ok()?.iter().map(|n| n.as_i64().ok()).collect()
        };
        let size = dict.get(b"Size").and_then(Object::as_i64).ok();
        let index = dict.get(b"Index").ok().and_then(integers);
        let Some(index) = index.or_else(|| Some(vec![0, size?])) else { return 0 };
        index.chunks_exact(2).fold(0u64, |n, pair| n.saturating_add(pair[1].max(0) as u64))
    }

    /// An upper estimate of the operands `lopdf`'s content parser makes of a content
    /// stream (as `pdf-extract` hands it one: a page's streams joined by newlines, or a
    /// drawn XObject's data), fed in pieces, and the names at its top level that are keys
    /// of `xobjects` (the XObjects it may draw with `Do`).
    ///
    /// The parser reads operations until the first it cannot parse, and keeps those, so
    /// the [`Tokens`] are counted up to a byte it cannot be reading: outside strings,
    /// hex strings, comments and names ([`Lexer`]), a byte that is neither white space
    /// nor printable ASCII. Image data (an image XObject is drawn with `Do` too, its
    /// samples parsed as content) stops the count within a few bytes, where the whole
    /// image would have counted half a token a byte. The exception is inline image data
    /// (`BI … ID data EI`), which the parser skips by a length it computes, resuming
    /// after an `EI`: from the first `ID` on, nothing stops the count.
    pub struct Content<'a> {
        tokens: Tokens,
        lexer: Lexer,
        /// The name being read (after its `/`), outside strings and comments.
        name: Option<Vec<u8>>,
        /// The byte before, when it was read between tokens or in a number or keyword.
        before: u8,
        /// Whether an `ID` was read.
        inline: bool,
        stopped: bool,
        xobjects: Option<&'a lopdf::Dictionary>,
        /// The places in `xobjects` of its keys named at the top level.
        pub named: std::collections::BTreeSet<usize>,
    }

    impl<'a> Content<'a> {
        pub fn new(xobjects: Option<&'a lopdf::Dictionary>) -> Content<'a> {
            Content {
                tokens: Tokens::default(),
                lexer: Lexer::default(),
                name: None,
                before: b' ',
                inline: false,
                stopped: false,
                xobjects,
                named: Default::default(),
            }
        }

        pub fn feed(&mut self, text: &[u8]) {
            for &b in text {
                if self.stopped {
                    return;
                }
                // After `>` the lexer reads the next byte as it would between objects.
                if matches!(self.lexer.mode, Mode::Objects | Mode::Greater) {
                    if let Some(name) = &mut self.name {
                        if !is_space(b) && !is_delimiter(b) {
                            name.push(b);
                            self.tokens.feed(&[b]);
                            continue;
                        }
                        self.end_name();
                    }
                    if b == b'/' {
                        self.name = Some(Vec::new());
                    } else if !self.inline {
                        if !(is_space(b) || (0x21..=0x7e).contains(&b)) {
                            self.stopped = true;
                            return;
                        }
                        self.inline = self.before == b'I' && b == b'D';
                        self.before = b;
                    }
                } else {
                    self.before = b' ';
                }
                self.lexer.feed(b);
                self.tokens.feed(&[b]);
            }
        }

        /// The operands estimated; the names are complete once this is called.
        pub fn finish(&mut self) -> u64 {
            self.end_name();
            self.tokens.count
        }

        /// Ends the name being read: at the top level, a key of `xobjects` is kept (its
        /// `#` escapes decoded as `lopdf` decodes them).
        fn end_name(&mut self) {
            let Some(raw) = self.name.take() else { return };
            self.before = b' ';
            let (Some(xobjects), 0) = (self.xobjects, self.lexer.depth) else { return };
            let mut name = Vec::with_capacity(raw.len());
            let mut i = 0;
            while i < raw.len() {
                if raw[i] != b'#' {
                    name.push(raw[i]);
                    i += 1;
                    continue;
                }
                let hex = raw.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(byte) => name.push(byte),
                    // The name ends at a `#` without two hex digits.
                    None => break,
                }
                i += 3;
            }
            if let Some((index, _, _)) = xobjects.as_hashmap().get_full(name.as_slice()) {
                self.named.insert(index);
            }
        }
    }

    /// The character codes `pdf-extract` maps when it reads a `ToUnicode` CMap (with
    /// `adobe-cmap-parser`, which expands each `bfrange` into one map entry, with a
    /// buffer of its own, per code: `<00000000> <FFFFFFFF>` asks for four billion): the
    /// sizes of the ranges after each `beginbfrange`, read in threes (low, high, then a
    /// string or an array; comments between them skipped, as that parser drops them)
    /// until one that is not two hex strings, where that parser stops too. A bound given by a literal string (whose escapes are not decoded here)
    /// counts as all codes. Counted up to `limit` (past it, some count above it): each
    /// range read counts one code at least, so the reading ends (strings can hide
    /// `beginbfrange`s whose ranges are read again).
    pub fn cmap_codes(text: &[u8], limit: u64) -> u64 {
        let mut total = 0u64;
        for at in memchr::memmem::find_iter(text, b"beginbfrange") {
            let mut rest = &text[at + b"beginbfrange".len()..];
            while let (Some(low), Some(high)) = (cmap_code(&mut rest), cmap_code(&mut rest)) {
                let size = match (low, high) {
                    (Some(low), Some(high)) => u64::from(high).saturating_sub(u64::from(low)) + 1,
                    _ => 1 << 32,
                };
                total = total.saturating_add(size);
                if total > limit {
                    return total;
                }
                // The third element: a string or an array, skipped.
                let mut lexer = Lexer::default();
                let mut started = false;
                while let Some((&b, after)) = rest.split_first() {
                    rest = after;
                    lexer.feed(b);
                    started |= !is_space(b);
                    if started && lexer.between() && !is_space(b) {
                        break;
                    }
                }
            }
        }
        total
    }

    /// The value of an ASCII hex digit.
    fn hex(b: u8) -> Option<u8> {
        char::from(b).to_digit(16).map(|d| d as u8)
    }

    /// Reads one code bound of a `bfrange` from `rest`: `Some(Some(code))` for a hex
    /// string (its bytes big-endian, as `adobe-cmap-parser` reads them), `Some(None)`
    /// for a literal string (skipped), `None` for anything else.
    fn cmap_code(rest: &mut &[u8]) -> Option<Option<u32>> {
        // White space and comments (`adobe-cmap-parser` drops them) before the bound.
        let text = *rest;
        let text = skip_space_and_comments(text);
        match text.first() {
            Some(b'<') => {
                let end = memchr::memchr(b'>', text)?;
                // Hex digits in pairs, white space between them ignored; a last lone
                // digit is a byte of its own.
                let mut digits = text[1..end].iter().filter(|b| !is_space(**b));
                let mut code = 0u32;
                while let Some(&high) = digits.next() {
                    let byte = match digits.next() {
                        Some(&low) => hex(high)? << 4 | hex(low)?,
                        None => hex(high)?,
                    };
                    code = (code << 8) | u32::from(byte);
                }
                *rest = &text[end + 1..];
                Some(Some(code))
            }
            Some(b'(') => {
                let mut lexer = Lexer::default();
                let end = text.iter().position(|&b| {
                    lexer.feed(b);
                    lexer.between()
                })?;
                *rest = &text[end + 1..];
                Some(None)
            }
            _ => None,
        }
    }

    thread_local! {
        /// The object streams an encrypted document's first load set aside.
        static SET_ASIDE: std::cell::RefCell<Vec<(ObjectId, Stream)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }

    /// What the object streams of an encrypted document hold once decrypted.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub struct Tally {
        /// The bytes they inflate to.
        pub bytes: u64,
        /// The tokens in those bytes ([`Tokens`]).
        pub tokens: u64,
    }

    /// What the object streams of an encrypted document that the empty password opens
    /// inflate to once decrypted, and the tokens in that text, counted up to `limit` bytes
    /// (past it, `limit + 1`); nothing for a document that is not encrypted, or that
    /// needs a password.
    ///
    /// `lopdf` loads an encrypted document by a path that unpacks its object streams
    /// without calling the load filter, and their encrypted bytes cannot be inflated
    /// before they are decrypted. So the document is first loaded as if it were not
    /// encrypted (the trailer's `/Encrypt` key renamed in a copy of the bytes, which keeps
    /// every offset), with a filter that sets the object streams aside unpacked; the key
    /// is then put back, the empty password decodes the encryption state, and each object
    /// stream is decrypted and inflated into a counter.
    pub fn encrypted_inflated(bytes: &[u8], limit: u64) -> Tally {
        let finder = memchr::memmem::Finder::new(b"/Encrypt");
        let mut masked = None;
        for at in finder.find_iter(bytes) {
            // `/EncryptMetadata` is another key.
            let next = bytes.get(at + b"/Encrypt".len()).copied().unwrap_or(b' ');
            if next.is_ascii_alphanumeric() || next == b'#' || next == b'_' || next == b'.' {
                continue;
            }
            let copy = masked.get_or_insert_with(|| bytes.to_vec());
            copy[at + b"/Encrypt".len() - 1] = b'u';
        }
        let Some(masked) = masked else { return Tally::default() };
        SET_ASIDE.with(|s| s.borrow_mut().clear());
        let options = LoadOptions { filter: Some(set_aside), ..LoadOptions::default() };
        let loaded = Document::load_mem_with_options(&masked, options);
        let streams = SET_ASIDE.with(|s| std::mem::take(&mut *s.borrow_mut()));
        let Ok(mut doc) = loaded else { return Tally::default() };
        let Some(key) = doc.trailer.remove(b"Encrypu") else { return Tally::default() };
        doc.trailer.set("Encrypt", key);
        let Ok(state) = EncryptionState::decode(&doc, "") else { return Tally::default() };
        let mut total = Tally::default();
        for (id, stream) in streams {
            let mut object = Object::Stream(stream);
            if decrypt_object(&state, id, &mut object).is_err() {
                continue;
            }
            let Object::Stream(stream) = object else { continue };
            let cap = limit.saturating_sub(total.bytes).saturating_add(1);
            // A filter not bounded here is refused by the load filter anyway.
            let (n, tokens) = decoded(&stream, cap, true).unwrap_or((0, 0));
            total.bytes = total.bytes.saturating_add(n);
            total.tokens = total.tokens.saturating_add(tokens);
            if total.bytes > limit {
                total.bytes = limit + 1;
                return total;
            }
        }
        total
    }

    /// The load filter of [`encrypted_inflated`]'s first load: object streams are set
    /// aside and not unpacked; other objects are kept as [`filter`] keeps them.
    fn set_aside(id: ObjectId, object: &mut Object) -> Option<(ObjectId, Object)> {
        if let Object::Stream(stream) = object {
            if stream.dict.has_type(b"ObjStm") {
                let stream = std::mem::replace(stream, Stream::new(Default::default(), Vec::new()));
                SET_ASIDE.with(|s| s.borrow_mut().push((id, stream)));
                return None;
            }
        }
        keep(id, object)
    }

    /// What a load filter returns for an object it lets through.
    fn keep(id: ObjectId, object: &Object) -> Option<(ObjectId, Object)> {
        // `lopdf` keeps its own copy of a file's object (it ignores what is returned, and
        // only those can be streams) but takes what is returned for an object unpacked
        // from an object stream.
        match object {
            Object::Stream(_) => Some((id, Object::Null)),
            other => Some((id, other.clone())),
        }
    }

    /// The load filter: an object stream is counted before `lopdf` unpacks it, and
    /// dropped (with every later one) once the budget is spent. Encrypted documents are
    /// loaded by another path of `lopdf` that does not call it.
    pub fn filter(id: ObjectId, object: &mut Object) -> Option<(ObjectId, Object)> {
        if let Object::Stream(stream) = object {
            if stream.dict.has_type(b"ObjStm") {
                let mut budget = BUDGET.with(Cell::get)?;
                if budget.refused.is_some() {
                    return None;
                }
                match decoded(stream, budget.left.saturating_add(1), true) {
                    Some((n, _)) if n > budget.left => budget.refused = Some(Refusal::Large),
                    Some((_, t)) if t > budget.objects_left => {
                        budget.refused = Some(Refusal::Objects)
                    }
                    Some((n, t)) => {
                        budget.left -= n;
                        budget.objects_left -= t;
                    }
                    None => budget.refused = Some(Refusal::Filter),
                }
                BUDGET.with(|b| b.set(Some(budget)));
                if budget.refused.is_some() {
                    return None;
                }
            }
        }
        keep(id, object)
    }

    /// What `stream` decodes to, counted up to `cap` (past it, at least `cap + 1`): the
    /// last filter by a streaming decode into nothing, the filters before it (a chain
    /// such as `[/ASCII85Decode /FlateDecode]`, or deflate inside deflate, which would
    /// multiply the ratios) decoded into memory, each output held to `cap + 1` bytes;
    /// `None` for filters whose output is not bounded here.
    pub fn inflated(stream: &Stream, cap: u64) -> Option<u64> {
        decoded(stream, cap, false).map(|(n, _)| n)
    }

    /// What `stream` decodes to, as [`inflated`], and (when `tokens`) the objects
    /// estimated in what was decoded ([`Tokens`], an object stream's index followed as
    /// [`Unpacking`] says).
    pub fn decoded(stream: &Stream, cap: u64, tokens: bool) -> Option<(u64, u64)> {
        let filters = match stream.dict.get(b"Filter") {
            Err(_) => Vec::new(),
            Ok(Object::Name(name)) => vec![name.as_slice()],
            Ok(Object::Array(list)) => {
                list.iter().map(|f| f.as_name().ok()).collect::<Option<Vec<_>>>()?
            }
            Ok(_) => return None,
        };
        let early_change = stream
            .dict
            .get(b"DecodeParms")
            .and_then(Object::as_dict)
            .and_then(|p| p.get(b"EarlyChange"))
            .and_then(Object::as_i64)
            .map_or(true, |v| v != 0);
        let first = stream.dict.get(b"First").and_then(Object::as_i64).ok();
        // An object stream without `/First`: its text is all objects.
        let first = first.and_then(|f| u64::try_from(f).ok()).unwrap_or(0);
        let Some((last, before)) = filters.split_last() else {
            let mut counted = Capped::counting(cap, tokens.then_some(first));
            let _ = io::Write::write_all(&mut counted, &stream.content);
            return Some((stream.content.len() as u64, counted.tokens()));
        };
        let mut data = std::borrow::Cow::Borrowed(&stream.content[..]);
        for filter in before {
            let mut held = Capped {
                written: 0,
                cap: cap.saturating_add(1),
                kept: Some(Vec::new()),
                tokens: None,
            };
            decode(filter, &data, early_change, &mut held)?;
            if held.written > cap {
                return Some((held.written, 0));
            }
            data = std::borrow::Cow::Owned(held.kept.unwrap_or_default());
        }
        let mut counted = Capped::counting(cap, tokens.then_some(first));
        decode(last, &data, early_change, &mut counted)?;
        Some((counted.written, counted.tokens()))
    }

    /// Decodes `content` with one filter into `out` (which may refuse past its cap,
    /// ending the decoding), as `lopdf` decodes it; `None` for a filter not read here.
    fn decode(filter: &[u8], content: &[u8], early_change: bool, out: &mut Capped) -> Option<()> {
        match filter {
            b"FlateDecode" => {
                // Zlib up to an error, then raw deflate after the 2-byte header when zlib
                // gave nothing.
                let zlib = io::copy(&mut flate2::read::ZlibDecoder::new(content), out);
                if zlib.is_err() && out.written == 0 && content.len() > 2 {
                    let _ = io::copy(&mut flate2::read::DeflateDecoder::new(&content[2..]), out);
                }
            }
            b"LZWDecode" => lzw_decoded(content, early_change, out),
            b"ASCII85Decode" => {
                // At most four bytes per character (`z`): `lopdf`'s own decoder.
                let dict = lopdf::dictionary! { "Filter" => "ASCII85Decode" };
                let decoded = Stream::new(dict, content.to_vec()).decompressed_content().ok()?;
                let _ = io::Write::write_all(out, &decoded);
            }
            _ => return None,
        }
        Some(())
    }

    /// Decodes an LZW stream (older producers' content and object streams) into `out`,
    /// with `weezl` set up as `lopdf` sets it up (`/EarlyChange` 1 unless the
    /// parameters say 0). LZW codes of 12 bits stand for strings of up to 4 096 bytes,
    /// so a stream can decode to a few thousand times its size.
    fn lzw_decoded(content: &[u8], early_change: bool, out: &mut Capped) {
        use weezl::{decode::Decoder, BitOrder};
        let mut decoder = if early_change {
            Decoder::with_tiff_size_switch(BitOrder::Msb, 8)
        } else {
            Decoder::new(BitOrder::Msb, 8)
        };
        // The sink refuses past the cap, which ends the decoding; other errors end the
        // stream where `lopdf` would end it too.
        let _ = decoder.into_stream(out).decode_all(content).status;
    }

    /// Counts what is written to it (keeping it, when `kept` is set; following it as
    /// an object stream's text, when `tokens` is), refusing more than `cap` bytes.
    struct Capped {
        written: u64,
        cap: u64,
        kept: Option<Vec<u8>>,
        tokens: Option<Unpacking>,
    }

    impl Capped {
        /// A sink that keeps nothing, following an object stream whose objects start at
        /// `/First` when that is given.
        fn counting(cap: u64, first: Option<u64>) -> Capped {
            Capped { written: 0, cap, kept: None, tokens: first.map(Unpacking::new) }
        }

        /// The objects estimated (0 when not following an object stream).
        fn tokens(&self) -> u64 {
            self.tokens.as_ref().map_or(0, Unpacking::objects)
        }
    }

    /// Index entries followed in one object stream; past it, the stream counts as
    /// holding more objects than any limit (4 Mi entries take 16 MiB here).
    const MAX_ENTRIES: usize = 4 << 20;

    /// An upper estimate of the objects `lopdf` makes of an object stream's text.
    ///
    /// `lopdf` parses one object at the offset each entry of the stream's index gives, so
    /// entries that point into one array (the same offset twenty times, or into the
    /// middle of another entry's object) parse its tokens again each time. So the text
    /// is also read the way a parser reads it from `/First` on (nesting, strings, hex
    /// strings, comments), and each entry's offset must fall where that reading is
    /// between objects: then every entry parses text no other entry parses, and the
    /// stream's [`Tokens`] bound the objects. A stream where one does not (or with two
    /// entries at one offset) is charged every token from each entry's offset to the
    /// end.
    struct Unpacking {
        tokens: Tokens,
        /// `/First`: where the objects start, after the index.
        first: u64,
        at: u64,
        /// The index: the word being read (at most 10 bytes are kept: a longer one is
        /// no `u32`), how many words were read, the object number just read.
        word: Vec<u8>,
        words: u64,
        number: Option<u32>,
        /// The entries' offsets (from `/First`), sorted once the index is read.
        offsets: Vec<u32>,
        next: usize,
        /// The tokens before each entry's offset, summed.
        before: u64,
        lexer: Lexer,
        /// Whether an entry's object can overlap another's.
        overlap: bool,
        /// Whether the index has more than [`MAX_ENTRIES`] entries.
        too_many: bool,
    }

    impl Unpacking {
        fn new(first: u64) -> Unpacking {
            Unpacking {
                tokens: Tokens::default(),
                first,
                at: 0,
                word: Vec::new(),
                words: 0,
                number: None,
                offsets: Vec::new(),
                next: 0,
                before: 0,
                lexer: Lexer::default(),
                overlap: false,
                too_many: false,
            }
        }

        fn feed(&mut self, text: &[u8]) {
            for &b in text {
                if self.at < self.first {
                    self.index(Some(b));
                } else {
                    if self.at == self.first {
                        self.index(None);
                    }
                    let at = self.at - self.first;
                    while self.offsets.get(self.next).is_some_and(|&o| u64::from(o) == at) {
                        self.overlap |= !self.lexer.between();
                        self.before = self.before.saturating_add(self.tokens.count);
                        self.next += 1;
                    }
                    self.lexer.feed(b);
                }
                self.tokens.feed(&[b]);
                self.at += 1;
            }
        }

        /// Reads the index a byte at a time (`None`: its end), as `lopdf` splits it: words
        /// between white space, read in pairs of object number and offset.
        fn index(&mut self, b: Option<u8>) {
            match b {
                Some(b) if !b.is_ascii_whitespace() => {
                    if self.word.len() <= 10 {
                        self.word.push(b);
                    }
                    return;
                }
                _ if self.word.is_empty() => {}
                _ => {
                    let n = std::str::from_utf8(&self.word).ok().and_then(|w| w.parse().ok());
                    self.word.clear();
                    if self.words % 2 == 0 {
                        self.number = n;
                    } else if let (Some(_), Some(offset)) = (self.number, n) {
                        if self.offsets.len() < MAX_ENTRIES {
                            self.offsets.push(offset);
                        } else {
                            self.too_many = true;
                        }
                    }
                    self.words += 1;
                }
            }
            if b.is_none() {
                self.offsets.sort_unstable();
                self.overlap |= self.offsets.windows(2).any(|w| w[0] == w[1]);
            }
        }

        fn objects(&self) -> u64 {
            let total = self.tokens.count;
            if self.too_many {
                return u64::MAX;
            }
            if !self.overlap {
                return total;
            }
            // Each entry reached: the tokens from its offset to the end, and itself.
            let reached = self.next as u64;
            let after = total.saturating_mul(reached).saturating_sub(self.before);
            total.saturating_add(after).saturating_add(reached)
        }
    }

    /// Where a parser reading PDF text from the start would be: how deep in arrays and
    /// dictionaries, and in what.
    #[derive(Default)]
    struct Lexer {
        depth: u64,
        mode: Mode,
    }

    #[derive(Clone, Copy, Default, PartialEq, Eq)]
    enum Mode {
        #[default]
        Objects,
        /// In a literal string `nesting` parentheses deep, after a backslash when `escape`.
        Literal {
            nesting: u64,
            escape: bool,
        },
        /// After `<`: a dictionary if `<` follows, else a hex string.
        Less,
        /// After `>`: the end of a dictionary if `>` follows.
        Greater,
        Hex,
        Comment,
    }

    impl Lexer {
        /// Whether an object may start here: outside any array, dictionary, string or
        /// comment.
        fn between(&self) -> bool {
            self.depth == 0 && self.mode == Mode::Objects
        }

        fn feed(&mut self, b: u8) {
            self.mode = match (self.mode, b) {
                (Mode::Literal { escape: true, nesting }, _) => {
                    Mode::Literal { nesting, escape: false }
                }
                (Mode::Literal { nesting, .. }, b'\\') => Mode::Literal { nesting, escape: true },
                (Mode::Literal { nesting, .. }, b'(') => {
                    Mode::Literal { nesting: nesting + 1, escape: false }
                }
                (Mode::Literal { nesting: 1, .. }, b')') => Mode::Objects,
                (Mode::Literal { nesting, .. }, b')') => {
                    Mode::Literal { nesting: nesting - 1, escape: false }
                }
                (Mode::Literal { .. }, _) => self.mode,
                (Mode::Hex, b'>') | (Mode::Comment, b'\r' | b'\n') => Mode::Objects,
                (Mode::Hex | Mode::Comment, _) => self.mode,
                (Mode::Less, b'<') => {
                    self.depth += 1;
                    Mode::Objects
                }
                (Mode::Less, b'>') => Mode::Objects,
                (Mode::Less, _) => Mode::Hex,
                (Mode::Greater, b'>') => {
                    self.depth = self.depth.saturating_sub(1);
                    Mode::Objects
                }
                (Mode::Greater, _) => {
                    self.mode = Mode::Objects;
                    return self.feed(b);
                }
                (Mode::Objects, b'(') => Mode::Literal { nesting: 1, escape: false },
                (Mode::Objects, b'<') => Mode::Less,
                (Mode::Objects, b'>') => Mode::Greater,
                (Mode::Objects, b'%') => Mode::Comment,
                (Mode::Objects, b'[') => {
                    self.depth += 1;
                    Mode::Objects
                }
                (Mode::Objects, b']') => {
                    self.depth = self.depth.saturating_sub(1);
                    Mode::Objects
                }
                (Mode::Objects, _) => Mode::Objects,
            };
        }
    }

    /// An upper estimate of the objects `lopdf` builds from PDF text (an object stream's
    /// content, an object's value, a content stream), counted as the text streams by, one
    /// byte at a time.
    ///
    /// Every delimiter (`( ) < > [ ] { } %`) and every `/` counts one; a name's
    /// characters after its `/` count nothing; any other run of regular characters (a
    /// number, `true`, `null`, `R`, a word inside a string) counts one per two of its
    /// characters, rounded up. That never undercounts: `lopdf` parses objects with no
    /// space between them (`0-0-0`, `null5null5`, `//`), but in a run of regular
    /// characters only a single digit is a one-byte object, and two of those side by side
    /// are one number, so every object of the run but the first takes two bytes or more.
    /// It overcounts real text about twice (a `<<` counts two, a reference three, `1.5`
    /// two). Strings and comments are not tracked as such (their content is counted like
    /// any other text), so the count of a stretch does not depend on where parsing starts:
    /// `lopdf` parses each object from the offset its index gives, wherever that falls.
    /// Hand-written because no crate counts PDF tokens without building the objects.
    #[derive(Default)]
    pub struct Tokens {
        count: u64,
        /// The class of the byte before.
        before: Class,
        /// Characters of the current run of regular characters, when it is not a name.
        run: u64,
    }

    #[derive(Clone, Copy, Default, PartialEq, Eq)]
    enum Class {
        #[default]
        Space,
        Delimiter,
        /// A name's `/` or characters.
        Name,
        /// A run of other regular characters.
        Regular,
    }

    impl Tokens {
        /// Counts the tokens of `text`, which follows what was counted before.
        pub fn feed(&mut self, text: &[u8]) {
            for &b in text {
                self.before = match b {
                    b'\0' | b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' => Class::Space,
                    b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'%' => {
                        self.count += 1;
                        Class::Delimiter
                    }
                    b'/' => {
                        self.count += 1;
                        Class::Name
                    }
                    // `#` starts an escape in a name; one not followed by two hex digits
                    // ends the name, so it is counted as the start of a run.
                    b'#' => self.regular(),
                    _ if self.before == Class::Name => Class::Name,
                    _ => self.regular(),
                };
            }
        }

        /// A regular character outside a name.
        fn regular(&mut self) -> Class {
            if self.before != Class::Regular {
                self.run = 0;
            }
            if self.run % 2 == 0 {
                self.count += 1;
            }
            self.run += 1;
            Class::Regular
        }

        /// The tokens counted.
        #[cfg(test)]
        pub fn count(&self) -> u64 {
            self.count
        }
    }

    impl io::Write for Capped {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.written >= self.cap {
                return Err(io::Error::other("past the limit"));
            }
            let n = buf.len().min(usize::try_from(self.cap - self.written).unwrap_or(usize::MAX));
            self.written += n as u64;
            if let Some(kept) = &mut self.kept {
                kept.extend_from_slice(&buf[..n]);
            }
            if let Some(tokens) = &mut self.tokens {
                tokens.feed(&buf[..n]);
            }
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// The bytes `reader` yields, up to `cap`, and whether it ended in an error.
    fn count(reader: impl Read, cap: u64) -> (u64, bool) {
        let mut reader = reader.take(cap);
        let mut buf = [0u8; 8192];
        let mut n = 0u64;
        loop {
            match reader.read(&mut buf) {
                Ok(0) => return (n, false),
                Ok(k) => n += k as u64,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return (n, true),
            }
        }
    }
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
    use std::io;

    use lopdf::dictionary;

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

    /// A stream of `data` in LZW, as PDF's `LZWDecode` (EarlyChange 1) reads it.
    fn lzw_stream(data: &[u8]) -> lopdf::Stream {
        let mut encoder = weezl::encode::Encoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8);
        let content = encoder.encode(data).unwrap();
        let dict = dictionary! { "Filter" => "LZWDecode", "Type" => "ObjStm" };
        lopdf::Stream::new(dict, content)
    }

    #[test]
    fn lzw_streams_are_counted_by_decoding_into_nothing_up_to_the_cap() {
        let text = b"BT /F1 12 Tf (13766129384) Tj ET\n".repeat(50);
        let stream = lzw_stream(&text);
        assert_eq!(object_streams::inflated(&stream, u64::MAX), Some(text.len() as u64));
        // What lopdf decodes is what was counted.
        assert_eq!(stream.decompressed_content().unwrap(), text);
        // 4 MiB of zeros in about 2 KB: the count stops at the cap.
        let bomb = lzw_stream(&vec![0u8; 4 << 20]);
        assert!(bomb.content.len() < 8 << 10, "{}", bomb.content.len());
        assert_eq!(object_streams::inflated(&bomb, 1000), Some(1000));
    }

    /// `data` deflated.
    fn deflated(data: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(data).unwrap();
        z.finish().unwrap()
    }

    #[test]
    fn chains_of_filters_are_counted_through_every_step() {
        // Deflate inside deflate: 64 MiB of zeros in a few hundred bytes.
        let twice = deflated(&deflated(&vec![0u8; 64 << 20]));
        assert!(twice.len() < 1024, "{}", twice.len());
        let filters = vec![Object::from("FlateDecode"), Object::from("FlateDecode")];
        let dict = dictionary! { "Filter" => filters };
        let bomb = lopdf::Stream::new(dict, twice);
        // The outer layer inflates to about 64 KB; the count goes through to the cap.
        assert_eq!(object_streams::inflated(&bomb, 1 << 20), Some(1 << 20));
        // ASCII85 then deflate, as lopdf decodes it (lopdf has no ASCII85 encoder: the
        // five-character groups are written here).
        let text = b"BT (13766129384) Tj ET\n".repeat(100);
        let mut a85 = Vec::new();
        for chunk in deflated(&text).chunks(4) {
            let mut word = [0u8; 4];
            word[..chunk.len()].copy_from_slice(chunk);
            let mut n = u32::from_be_bytes(word);
            let mut group = [0u8; 5];
            for g in group.iter_mut().rev() {
                *g = (n % 85) as u8 + b'!';
                n /= 85;
            }
            a85.extend_from_slice(&group[..chunk.len() + 1]);
        }
        a85.extend_from_slice(b"~>");
        let filters = vec![Object::from("ASCII85Decode"), Object::from("FlateDecode")];
        let flate = lopdf::Stream::new(dictionary! { "Filter" => filters }, a85);
        assert_eq!(flate.decompressed_content().unwrap(), text);
        assert_eq!(object_streams::inflated(&flate, u64::MAX), Some(text.len() as u64));
    }

    /// The tokens counted in `text` fed in pieces of `step` bytes.
    fn tokens(text: &[u8], step: usize) -> u64 {
        let mut t = object_streams::Tokens::default();
        text.chunks(step).for_each(|c| t.feed(c));
        t.count()
    }

    #[test]
    fn tokens_are_counted_at_or_above_the_objects_lopdf_makes() {
        let cases: [&[u8]; 8] = [
            b"[0 0 0 0 0 0 0 0]",
            // No space between objects: lopdf still makes one of each.
            b"[0-0-0-0-0-0-0-0]",
            b"[null5null5null5]",
            b"[//////////]",
            b"[()()()<><>[][]]",
            b"[.5.5.5+1+1]",
            b"<</Type/Page/Parent 3 0 R/MediaBox[0 0 595.3 841.9]/Contents 5 0 R>>",
            b"<< /Title (a contract, 2 pages) /Producer <4c696272654f6666696365> >>",
        ];
        for text in cases {
            let made = unpacked("1 0", std::str::from_utf8(text).unwrap()).1;
            let counted = tokens(text, text.len());
            // Fed in pieces, the count is the same.
            assert_eq!(tokens(text, 1), counted, "{}", String::from_utf8_lossy(text));
            assert!(counted >= made, "{} < {made}: {}", counted, String::from_utf8_lossy(text));
            // Structure is overcounted at most three times; the text of strings (the last
            // case) counts like any other text.
            if !text.contains(&b'(') {
                assert!(counted <= 3 * made, "{counted}: {}", String::from_utf8_lossy(text));
            }
        }
        // A string's spaces are no tokens, and a name is one.
        assert_eq!(tokens(&[b"(".as_slice(), &[b' '; 1000], b")"].concat(), 7), 2);
        assert_eq!(tokens(b"/ThisIsAVeryLongNameIndeed", 3), 1);
    }

    /// An object stream of `index` and `body` (no filter): the objects estimated, and
    /// those `lopdf` makes of it.
    fn unpacked(index: &str, body: &str) -> (u64, u64) {
        fn within(o: &Object) -> u64 {
            1 + match o {
                Object::Array(a) => a.iter().map(within).sum(),
                Object::Dictionary(d) => d.iter().map(|(_, v)| 1 + within(v)).sum(),
                _ => 0,
            }
        }
        let content = format!("{index}\n{body}").into_bytes();
        let first = index.len() as i64 + 1;
        let dict = dictionary! { "Type" => "ObjStm", "N" => 1, "First" => first };
        let mut stream = lopdf::Stream::new(dict, content);
        let estimated = object_streams::decoded(&stream, u64::MAX, true).unwrap().1;
        let made = lopdf::ObjectStream::new(&mut stream).unwrap();
        (estimated, made.objects.values().map(within).sum())
    }

    #[test]
    fn entries_that_parse_one_array_again_are_charged_each_time() {
        let zeros = format!("[{}]", "0 ".repeat(1000));
        // Objects one after another, as writers pack them: the tokens bound them.
        let tiled = format!("{zeros} <</Kids[3 0 R]>> (text)");
        let (dict, string) = (tiled.find("<<").unwrap(), tiled.find('(').unwrap());
        let (estimated, made) = unpacked(&format!("1 0 2 {dict} 3 {string}"), &tiled);
        assert!(made > 1000 && estimated >= made && estimated < 2 * made, "{estimated} {made}");
        let cases = [
            // Twenty entries at one offset: the array is parsed twenty times.
            ((1..=20).map(|n| format!("{n} 0")).collect::<Vec<_>>().join(" "), zeros.clone()),
            // An entry inside another's array, one inside a string.
            ("1 0 2 1".into(), format!("[{zeros} 0]")),
            ("1 0 2 1".into(), format!("({zeros})")),
        ];
        for (index, body) in cases {
            let (estimated, made) = unpacked(&index, &body);
            assert!(made > 1000, "{made}: {index}");
            assert!(estimated >= made, "{estimated} < {made}: {index}");
        }
    }

    #[test]
    fn offsets_into_an_object_number_are_charged_each_copy() {
        // `123 0 obj` read from its `2` is object 23: entries 3 and 4 point at both.
        let zeros = format!("[{}]", "0 ".repeat(2000));
        let third = format!("null\nendobj\n123 0 obj\n{zeros}");
        let objects = [CATALOG.into(), PAGES.into(), third, "null".into()];
        let at = memchr::memmem::find(&handwritten(&objects, &[]), b"123 0 obj").unwrap();
        let bytes = handwritten(&objects, &[(3, at), (4, at + 1)]);
        let doc = Document::load_mem(&bytes).unwrap();
        let made: u64 =
            [(123, 0), (23, 0)].map(|id| made_of(doc.get_object(id).unwrap())).iter().sum();
        assert_eq!(made, 2 * 2001);
        let limits = Limits { max_pdf_objects: 5000, ..Limits::default() };
        let err = extract(io::Cursor::new(bytes), &limits, &mut |_| true).unwrap_err();
        assert!(matches!(err, Error::TooManyObjects { limit: 5000 }), "{err:?}");
    }

    #[test]
    fn headers_without_endobj_are_charged_the_copies_the_encrypted_path_makes() {
        // lopdf copies each encrypted object up to the first `endobj` after it: here,
        // each to the end of the file, ten times the file in all.
        let mut bytes = b"%PDF-1.4\n".to_vec();
        for n in 1..=10 {
            bytes.extend_from_slice(format!("{n} 0 obj null\n{}", " ".repeat(1000)).as_bytes());
        }
        let limits = Limits { max_member: bytes.len() as u64, ..Limits::default() };
        let err = extract(io::Cursor::new(bytes.clone()), &limits, &mut |_| true).unwrap_err();
        assert!(matches!(err, Error::TooLarge { .. }), "{err:?}");
        // Each object ended: the file is merely unreadable (no cross-reference table).
        let ended = String::from_utf8(bytes).unwrap().replace(" null\n", " null endobj\n");
        let limits = Limits { max_member: ended.len() as u64, ..Limits::default() };
        let err = extract(io::Cursor::new(ended.into_bytes()), &limits, &mut |_| true).unwrap_err();
        assert!(matches!(err, Error::Unreadable { .. }), "{err:?}");
    }

    #[test]
    fn a_cross_reference_stream_of_a_hundred_million_empty_entries_is_not_loaded() {
        // 250 bytes whose entries, zero bytes wide, would take lopdf gigabytes.
        let with_index = |index: &str| {
            let mut pdf = b"%PDF-1.5\n".to_vec();
            for (n, object) in [(1, CATALOG), (2, PAGES)] {
                pdf.extend_from_slice(format!("{n} 0 obj\n{object}\nendobj\n").as_bytes());
            }
            let xref = pdf.len();
            let dict = format!("<< /Type /XRef /Size 3 /W [0 0 0] /Index [{index}] /Root 1 0 R >>");
            let stream = format!("3 0 obj\n{dict}\nstream\n\nendstream\nendobj\n");
            pdf.extend_from_slice(format!("{stream}startxref\n{xref}\n%%EOF\n").as_bytes());
            extract(io::Cursor::new(pdf), &Limits::default(), &mut |_| true)
        };
        let err = with_index("0 100000000").unwrap_err();
        assert!(matches!(err, Error::TooManyObjects { .. }), "{err:?}");
        // With three entries, lopdf reads it (its entries point nowhere: no pages).
        assert!(with_index("0 3").is_ok());
    }

    /// A one-page PDF written by `lopdf`: `content` drawn with the font `/F1`
    /// (Helvetica) and the XObjects `xobjects` adds (given the page's font resources).
    fn one_page(
        content: &str,
        xobjects: impl FnOnce(&mut Document, &lopdf::Dictionary) -> lopdf::Dictionary,
    ) -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let content = doc.add_object(lopdf::Stream::new(dictionary! {}, content.into()));
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        });
        let fonts = dictionary! { "Font" => dictionary! { "F1" => font } };
        let xobjects = xobjects(&mut doc, &fonts);
        let pages = doc.new_object_id();
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages, "Contents" => content,
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
            "Resources" => dictionary! {
                "Font" => dictionary! { "F1" => font }, "XObject" => xobjects,
            },
        });
        let kids = dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 };
        doc.objects.insert(pages, Object::Dictionary(kids));
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
        doc.trailer.set("Root", catalog);
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).unwrap();
        bytes
    }

    /// The text and the warnings of `bytes` read under `limits`.
    fn text_of(bytes: &[u8], limits: &Limits) -> (String, Warnings) {
        let mut text = Vec::new();
        let warnings = extract(io::Cursor::new(bytes.to_vec()), limits, &mut |p| {
            text = p.bytes;
            true
        });
        (String::from_utf8(text).unwrap(), warnings.unwrap())
    }

    const LIMIT_1000: Limits = Limits {
        max_pdf_objects: 1000,
        max_member: Limits::MAX_MEMBER,
        max_part: Limits::MAX_PART,
        max_parts: Limits::MAX_PARTS,
    };

    const TOO_MANY: &str =
        "page 1: not read: its content holds more than 1000 objects (--max-pdf-objects)";

    /// Asserts that the page holding `word` is read under the default limits, and not
    /// under a limit of 1000 objects.
    fn read_by_default_only(bytes: &[u8], word: &str) {
        let (text, warnings) = text_of(bytes, &Limits::default());
        assert!(text.contains(word), "{text:?}");
        assert!(warnings.is_empty(), "{warnings:?}");
        let (text, warnings) = text_of(bytes, &LIMIT_1000);
        assert!(!text.contains(word), "{text:?}");
        assert_eq!(warnings, [TOO_MANY]);
    }

    #[test]
    fn a_page_whose_content_holds_too_many_objects_is_a_warning() {
        // One page whose content is 10 000 operands and a line of text.
        let zeros = "0 ".repeat(10_000);
        let bytes =
            one_page(&format!("{zeros}\nBT /F1 12 Tf 72 720 Td (Hello) Tj ET\n"), |_, _| {
                lopdf::Dictionary::new()
            });
        read_by_default_only(&bytes, "Hello");
    }

    /// A Form XObject drawing `content` with `resources`.
    fn form(content: &str, resources: lopdf::Dictionary) -> lopdf::Stream {
        let bbox: Vec<Object> = vec![0.into(), 0.into(), 612.into(), 792.into()];
        let dict = dictionary! {
            "Type" => "XObject", "Subtype" => "Form", "BBox" => bbox, "Resources" => resources,
        };
        lopdf::Stream::new(dict, content.into())
    }

    #[test]
    fn the_form_xobjects_a_page_draws_are_counted_with_it() {
        // The page's own content is small; the form it draws holds 10 000 operands and
        // the text.
        let zeros = "0 ".repeat(10_000);
        let inside = format!("{zeros}\nBT /F1 12 Tf 72 700 Td (Inside) Tj ET\n");
        let bytes = one_page("q /X1 Do Q\n", |doc, fonts| {
            let x = doc.add_object(form(&inside, fonts.clone()));
            dictionary! { "X1" => x }
        });
        // The extractor reads the form's text when it is read.
        read_by_default_only(&bytes, "Inside");
    }

    #[test]
    fn a_font_map_of_four_billion_codes_is_counted_before_the_page_is_read() {
        // A form drawing text in a font whose ToUnicode map spans every 4-byte code:
        // adobe-cmap-parser would make one map entry per code.
        let with_range = |high: &str| {
            let map = format!(
                "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange \
                 <00> <FF> endcodespacerange 1 beginbfrange <00000000> <{high}> <00000041> \
                 endbfrange endcmap end end"
            );
            one_page("/X1 Do\n", |doc, _| {
                let map = doc.add_object(lopdf::Stream::new(dictionary! {}, map.into_bytes()));
                let font = doc.add_object(dictionary! {
                    "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
                    "ToUnicode" => map,
                });
                let fonts = dictionary! { "Font" => dictionary! { "F2" => font } };
                let x = doc.add_object(form("BT /F2 12 Tf 72 700 Td (Inside) Tj ET\n", fonts));
                dictionary! { "X1" => x }
            })
        };
        let (_, warnings) = text_of(&with_range("FFFFFFFF"), &Limits::default());
        let want =
            "page 1: not read: its content holds more than 2000000 objects (--max-pdf-objects)";
        assert_eq!(warnings, [want]);
        // A map of the 256 one-byte codes is read.
        let (_, warnings) = text_of(&with_range("000000FF"), &Limits::default());
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            object_streams::cmap_codes(b"1 beginbfrange <0000> <00FF> [<0041>] endbfrange", 1000),
            256
        );
        assert_eq!(
            object_streams::cmap_codes(b"beginbfrange (a) <00FF> <0041>", u64::MAX),
            1 << 32
        );
        // Comments between the bounds do not end the reading (the parser drops them).
        let commented = b"1 beginbfrange\n%c\n<0000> % low\n<00FF> <0041>\nendbfrange";
        assert_eq!(object_streams::cmap_codes(commented, 1000), 256);
    }

    #[test]
    fn a_long_run_of_digits_before_obj_counts_as_its_last_ten() {
        // Only the last ten digits of an object number can be read as one, so a run of a
        // million digits counts as ten would (and is read once, not once per suffix).
        let file = |digits: usize| {
            let mut bytes = b"%PDF-1.4\n".to_vec();
            bytes.extend(std::iter::repeat_n(b'1', digits));
            bytes.extend_from_slice(b" 0 obj\nnull\nendobj\n");
            object_streams::top_level(&bytes, u64::MAX).objects
        };
        assert_eq!(file(1 << 20), file(10));
        assert!(file(10) > file(1));
    }

    #[test]
    fn a_form_that_draws_itself_is_not_drawn() {
        let bytes = one_page("/Me Do\n", |doc, _| {
            let me = doc.new_object_id();
            let xobjects = dictionary! { "Me" => me };
            let resources = dictionary! { "XObject" => xobjects.clone() };
            doc.objects.insert(me, Object::Stream(form("/Me Do\n", resources)));
            xobjects
        });
        let (_, warnings) = text_of(&bytes, &Limits::default());
        assert_eq!(warnings, ["page 1: not read: its XObjects draw themselves"]);
    }

    #[test]
    fn an_image_a_page_draws_costs_what_the_parser_reads_of_it() {
        use std::io::Write;
        // 256 KB of noise, deflated: counted whole, it would be some 130 000 tokens;
        // the content parser stops at its first byte.
        let mut noise = vec![0xffu8];
        let mut x = 1u32;
        noise.extend((0..256 << 10).map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (x >> 16) as u8
        }));
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        z.write_all(&noise).unwrap();
        let bytes = one_page("q /Im1 Do Q BT /F1 12 Tf 72 720 Td (Hello) Tj ET\n", |doc, _| {
            let dict = dictionary! {
                "Type" => "XObject", "Subtype" => "Image", "Width" => 512, "Height" => 512,
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "FlateDecode",
            };
            let image = doc.add_object(lopdf::Stream::new(dict, z.finish().unwrap()));
            dictionary! { "Im1" => image }
        });
        let (text, warnings) = text_of(&bytes, &LIMIT_1000);
        assert!(text.contains("Hello"), "{text:?}");
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    /// The objects `lopdf` makes of `object`, itself included.
    fn made_of(object: &Object) -> u64 {
        1 + match object {
            Object::Array(a) => a.iter().map(made_of).sum(),
            Object::Dictionary(d) => d.iter().map(|(_, v)| 1 + made_of(v)).sum(),
            Object::Stream(s) => s.dict.iter().map(|(_, v)| 1 + made_of(v)).sum(),
            _ => 0,
        }
    }

    /// A PDF of `objects` (numbered from 1, the first the catalog), each written at the
    /// offset its cross-reference entry gives unless `offsets` says otherwise.
    fn handwritten(objects: &[String], offsets: &[(usize, usize)]) -> Vec<u8> {
        let mut pdf = b"%PDF-1.4\n".to_vec();
        let mut at = Vec::new();
        for (i, body) in objects.iter().enumerate() {
            at.push(pdf.len());
            pdf.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
        }
        for &(object, offset) in offsets {
            at[object - 1] = offset;
        }
        let xref = pdf.len();
        pdf.extend_from_slice(
            format!("xref\n0 {}\n0000000000 65535 f \n", at.len() + 1).as_bytes(),
        );
        for offset in at {
            pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
        }
        let trailer = format!("trailer\n<< /Size {} /Root 1 0 R >>\n", objects.len() + 1);
        pdf.extend_from_slice(format!("{trailer}startxref\n{xref}\n%%EOF\n").as_bytes());
        pdf
    }

    const CATALOG: &str = "<< /Type /Catalog /Pages 2 0 R >>";
    const PAGES: &str = "<< /Type /Pages /Kids [] /Count 0 >>";

    /// What reading `bytes` gives under a limit of 1000 objects, and under the default.
    fn under_1000(bytes: &[u8]) -> (Result<Warnings, Error>, Result<Warnings, Error>) {
        let read =
            |limits: &Limits| extract(io::Cursor::new(bytes.to_vec()), limits, &mut |_| true);
        (read(&LIMIT_1000), read(&Limits::default()))
    }

    #[test]
    fn a_top_level_array_past_the_limit_is_not_loaded() {
        let zeros = format!("[{}]", "0 ".repeat(2000));
        let bytes = handwritten(&[CATALOG.into(), PAGES.into(), zeros], &[]);
        // lopdf makes the 2000 objects.
        let doc = Document::load_mem(&bytes).unwrap();
        assert_eq!(made_of(doc.get_object((3, 0)).unwrap()), 2001);
        let (limited, default) = under_1000(&bytes);
        assert!(matches!(limited, Err(Error::TooManyObjects { limit: 1000 })), "{limited:?}");
        assert!(default.is_ok(), "{default:?}");
    }

    #[test]
    fn an_object_hidden_in_a_stream_by_its_length_is_counted() {
        let zeros = format!("[{}]", "0 ".repeat(2000));
        // Object 4 is written inside the data of stream 3, whose /Length spans it; the
        // cross-reference table points into the stream. Its header has a comment too.
        let hidden = format!("4 %\n0 obj {zeros} endobj");
        let stream = format!("<< /Length {} >>\nstream\n{hidden}\nendstream", hidden.len());
        let objects = [CATALOG.into(), PAGES.into(), stream, "null".into()];
        // The offsets are written in fixed width: the bytes before the table are the same.
        let at = memchr::memmem::find(&handwritten(&objects, &[]), b"4 %").unwrap();
        let bytes = handwritten(&objects, &[(4, at)]);
        // lopdf loads the hidden array as object 4, and stream 3 whole.
        let doc = Document::load_mem(&bytes).unwrap();
        assert_eq!(made_of(doc.get_object((4, 0)).unwrap()), 2001);
        let stream = doc.get_object((3, 0)).unwrap().as_stream().unwrap();
        assert_eq!(stream.content, hidden.as_bytes());
        let (limited, default) = under_1000(&bytes);
        assert!(matches!(limited, Err(Error::TooManyObjects { limit: 1000 })), "{limited:?}");
        assert!(default.is_ok(), "{default:?}");
    }

    #[test]
    fn real_files_objects_are_counted_at_or_above_what_lopdf_makes_of_them() {
        // LibreOffice's PDF and qpdf's LZW rewrite of it: objects outside object streams.
        for name in ["contract.pdf", "lzw.pdf"] {
            let path = format!("{}/tests/data/documents/{name}", env!("CARGO_MANIFEST_DIR"));
            let bytes = std::fs::read(path).unwrap();
            let doc = Document::load_mem(&bytes).unwrap();
            let trailer = Object::Dictionary(doc.trailer.clone());
            let made: u64 = doc.objects.values().chain([&trailer]).map(made_of).sum();
            let counted = object_streams::top_level(&bytes, u64::MAX).objects;
            assert!(counted >= made && counted < 3 * made, "{name}: {counted} for {made}");
            let (text, warnings) = text_of(&bytes, &Limits::default());
            assert!(text.contains("13"), "{name}: {text:?}");
            assert!(warnings.is_empty(), "{name}: {warnings:?}");
        }
    }

    #[test]
    fn a_file_over_the_member_limit_is_not_read() {
        let limits = Limits { max_member: 4, ..Limits::default() };
        let err =
            extract(io::Cursor::new(b"%PDF-1.4".to_vec()), &limits, &mut |_| true).unwrap_err();
        assert!(matches!(err, Error::TooLarge { limit: 4 }), "{err:?}");
    }
}
