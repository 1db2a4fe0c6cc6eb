//! Bytes to tokens: one byte-state machine for the three dialects.
//!
//! The lexer keeps a [`Mode`] between chunks, so a token may straddle any number of them.
//! Every lookahead (is `-` followed by `-`? does `'` close the string or double it?) is a
//! mode of its own, never a peek past the chunk's end. Tokens go to the statement layer
//! as they end, with their absolute spans; the only bytes carried are a word's or quoted
//! identifier's text (at most [`MAX_TEXT`]) and a dollar-quote tag.
//!
//! Besides SQL, the lexer runs three raw byte scans the statement layer asks for: resync
//! after garbage (to a `;` ending a line, or a line starting a statement), the lines of a
//! `COPY` block (handed to the statement layer, which emits their cells), and MySQL
//! `DELIMITER` blocks (skipped whole).

use std::collections::VecDeque;

use memchr::{memchr, memchr2};

use super::statement::{Action, Statements, Tok, TokKind};
use super::{Dialect, Out};

/// Longest identifier or keyword text kept, in bytes; a longer one is cut (its span stays
/// exact). MySQL names are at most 64 characters (256 bytes of UTF-8), PostgreSQL's 63
/// bytes, so only garbage is ever cut.
pub(super) const MAX_TEXT: usize = 1024;

/// Longest `$tag$` recognised as a dollar quote (PostgreSQL identifiers: 63 bytes).
const MAX_TAG: usize = 64;

/// The UTF-8 byte order mark, ignored at offset 0.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Byte classes: whitespace, and bytes that continue a bare word (letters, digits, `_`,
/// `$`, and every non-ASCII byte, so UTF-8 and GBK names stay whole).
const WS: u8 = 1;
const WORD: u8 = 2;

static CLASS: [u8; 256] = classes();

const fn classes() -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        table[i] = if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            WS
        } else if b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80 {
            WORD
        } else {
            0
        };
        i += 1;
    }
    table
}

/// The end of the run of word bytes starting at `i`.
fn scan_word(chunk: &[u8], mut i: usize) -> usize {
    while i < chunk.len() && CLASS[chunk[i] as usize] == WORD {
        i += 1;
    }
    i
}

/// Whether a word starts a statement worth resynchronising at.
pub(super) fn starts_statement(text: &[u8]) -> bool {
    ["INSERT", "REPLACE", "COPY", "CREATE"].iter().any(|k| text.eq_ignore_ascii_case(k.as_bytes()))
}

/// What the lexer is in the middle of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Between tokens.
    Normal,
    /// A bare word (keyword, name, number) from `start`.
    Word,
    /// A string literal's body; `bs`: backslash escapes apply.
    Str { quote: u8, bs: bool },
    /// Just after a backslash in a string: the next byte is taken as it is.
    StrEsc { quote: u8 },
    /// Just after a quote in a string: a second one doubles it, anything else ends it.
    StrQuote { quote: u8, bs: bool },
    /// A quoted identifier's body.
    Ident { close: u8 },
    /// Just after a quoted identifier's closing quote (doubled or not).
    IdentQuote { close: u8 },
    /// After `-` at `start`: a comment if another `-` follows.
    Dash,
    /// After `--` (MySQL): a comment only if a space or control byte follows.
    DashDash,
    /// After `/` at `start`: a comment if `*` follows.
    Slash,
    /// A comment to the end of the line.
    LineComment,
    /// A `/* */` comment, `depth` deep (PostgreSQL nests them).
    Block { depth: u32 },
    /// After `*` in a block comment.
    BlockStar { depth: u32 },
    /// After `/` in a nesting block comment.
    BlockSlash { depth: u32 },
    /// After `$` (PostgreSQL): reading a dollar-quote tag.
    DollarTag,
    /// A dollar-quoted body; `matched` bytes of the closing `$tag$` seen.
    Dollar { matched: usize },
    /// Resync: looking for `;` or a line end.
    ResyncScan,
    /// Resync: after `;`, a line end (spaces allowed) completes it.
    ResyncSemi,
    /// Resync: at a line start, a statement keyword completes it.
    ResyncLine,
    /// After `COPY ... FROM stdin;`: the rest of that line.
    CopyPreamble,
    /// `COPY` data lines, read by the statement layer.
    Copy,
    /// After `DELIMITER`: its argument, to the end of the line.
    DelimArg,
    /// Inside a `DELIMITER` block: `matched` bytes of `DELIMITER` at a line start, or
    /// [`NOT_AT_LINE_START`].
    DelimSkip { matched: usize },
}

/// [`Mode::DelimSkip`] in the middle of a line.
const NOT_AT_LINE_START: usize = usize::MAX;

/// The byte-state machine. See the module docs.
#[derive(Clone)]
pub(super) struct Lexer {
    d: Dialect,
    mode: Mode,
    /// Start of the token in progress (for a prefixed string, of its prefix).
    start: u64,
    /// A string's first content byte.
    body: u64,
    /// One past a string's or identifier's closing quote, once seen.
    close_end: u64,
    /// The current word's or quoted identifier's text (and a string's, when the statement
    /// layer asks), cut at [`MAX_TEXT`].
    text: Vec<u8>,
    /// Whether the current string's text is kept.
    capture: bool,
    tag: [u8; MAX_TAG],
    tag_len: usize,
    /// The current word started a line during resync: it ends the resync only if it
    /// starts a statement.
    resync_word: bool,
    /// A `DELIMITER` argument's first bytes and full length.
    delim: [u8; 4],
    delim_len: usize,
    /// Where the open `DELIMITER` block started.
    delim_at: u64,
    /// Offsets of inline suppression markers inside comments, not yet forgotten.
    pub(super) markers: VecDeque<u64>,
}

impl Lexer {
    pub(super) fn new(d: Dialect) -> Lexer {
        Lexer {
            d,
            mode: Mode::Normal,
            start: 0,
            body: 0,
            close_end: 0,
            text: Vec::with_capacity(MAX_TEXT),
            capture: false,
            tag: [0; MAX_TAG],
            tag_len: 0,
            resync_word: false,
            delim: [0; 4],
            delim_len: 0,
            delim_at: 0,
            markers: VecDeque::new(),
        }
    }

    /// Notes the suppression markers in `body`, comment text starting at offset `at`
    /// (a marker cut by the end of a chunk is missed: its line is then reported).
    fn note_markers(&mut self, body: &[u8], at: u64) {
        for k in memchr::memmem::find_iter(body, crate::policy::ALLOW_MARKER) {
            // Bytes read again after a value was given up repeat their markers.
            let offset = at + k as u64;
            if self.markers.back().is_none_or(|&last| last < offset) {
                self.markers.push_back(offset);
            }
        }
    }

    /// Whether data lines of a `COPY` block are being read.
    pub(super) fn in_copy(&self) -> bool {
        matches!(self.mode, Mode::Copy | Mode::CopyPreamble)
    }

    /// Gives up the token in progress and skips to the next statement.
    pub(super) fn abandon(&mut self) {
        self.mode = Mode::ResyncScan;
        self.resync_word = false;
        self.text.clear();
    }

    /// Bytes of carry buffers (for tests of bounded memory).
    #[cfg(test)]
    pub(super) fn carry(&self) -> usize {
        self.text.capacity() + MAX_TAG
    }

    /// Appends to the token text, up to [`MAX_TEXT`].
    fn keep(&mut self, bytes: &[u8]) {
        let room = MAX_TEXT - self.text.len();
        self.text.extend_from_slice(&bytes[..bytes.len().min(room)]);
    }

    /// Hands a token to the statement layer and takes up the mode it asks for.
    fn emit(&mut self, syn: &mut Statements, tok: Tok, out: &mut Out<'_>) {
        let action = syn.token(tok, &self.text, out);
        self.act(action, tok);
    }

    /// Takes up the mode the statement layer asked for after `tok`.
    fn act(&mut self, action: Action, tok: Tok) {
        self.mode = Mode::Normal;
        match action {
            Action::Go => {}
            Action::Resync => {
                self.mode = if tok.kind == TokKind::Punct(b';') {
                    Mode::ResyncSemi
                } else {
                    Mode::ResyncScan
                }
            }
            Action::Copy => self.mode = Mode::CopyPreamble,
            Action::Delimiter => {
                self.delim_len = 0;
                self.delim_at = tok.start;
                self.mode = Mode::DelimArg;
            }
        }
    }

    fn punct(&mut self, syn: &mut Statements, b: u8, at: u64, out: &mut Out<'_>) {
        self.emit(syn, Tok { kind: TokKind::Punct(b), start: at, end: at + 1, empty: false }, out);
    }

    fn open_str(&mut self, syn: &Statements, start: u64, quote: u8, bs: bool, body: u64) {
        self.start = start;
        self.body = body;
        self.capture = syn.wants_text();
        self.text.clear();
        self.mode = Mode::Str { quote, bs };
    }

    fn open_ident(&mut self, start: u64, close: u8) {
        self.start = start;
        self.text.clear();
        self.mode = Mode::Ident { close };
    }

    /// A word ended at `end`, before `term` (`None`: end of input). Returns whether `term`
    /// was consumed (as the opening quote of a prefixed string: `E'..'`, `X'..'`,
    /// `_utf8mb4'..'`).
    fn end_word(
        &mut self,
        term: Option<u8>,
        end: u64,
        syn: &mut Statements,
        out: &mut Out<'_>,
    ) -> bool {
        if term == Some(b'\'') && !self.resync_word {
            let e = self.d.dollar_quotes && self.text.eq_ignore_ascii_case(b"E");
            let bs = self.d.backslash_escapes || e;
            self.open_str(syn, self.start, b'\'', bs, end + 1);
            return true;
        }
        if self.start == 0 && self.text.starts_with(BOM) {
            self.start = BOM.len() as u64;
            self.text.drain(..BOM.len());
            if self.text.is_empty() {
                self.mode = Mode::Normal;
                return false;
            }
        }
        if self.resync_word {
            self.resync_word = false;
            if !starts_statement(&self.text) {
                self.mode = Mode::ResyncScan;
                return false;
            }
            syn.restart();
        }
        let tok = Tok { kind: TokKind::Word, start: self.start, end, empty: false };
        self.emit(syn, tok, out);
        false
    }

    /// Reads a tuple's value at `chunk[i]` whole if it is simple and ends in this chunk:
    /// a string literal (`'...'`) or a bare run of word bytes and dots (`42`, `NULL`,
    /// `16392.03`, `0x89AB`), directly followed by `,` or `)`. Then the statement layer
    /// gets the value and that byte at once, and the index after them is returned. Anything
    /// else (a prefix, a sign, a space, an expression, a value cut by the chunk's end) is
    /// left to the token path, which gives the same cells: every input is parsed whole and
    /// in chunks of 1 to 17 bytes in the tests, and small chunks never take this path.
    ///
    /// A dump's rows are almost all such values; one call here replaces a token dispatch
    /// for the value, its dots and its comma, the largest cost of parsing an extended
    /// `INSERT`.
    #[inline]
    fn simple_value(
        &mut self,
        chunk: &[u8],
        i: usize,
        base: u64,
        syn: &mut Statements,
        out: &mut Out<'_>,
    ) -> Option<usize> {
        let n = chunk.len();
        let b = chunk[i];
        let (end, empty) = if b == b'\'' {
            let bs = self.d.backslash_escapes;
            let mut j = i + 1;
            loop {
                let hay = chunk.get(j..)?;
                let p = j + if bs { memchr2(b'\'', b'\\', hay)? } else { memchr(b'\'', hay)? };
                // An escaped byte, or a doubled quote: the string goes on.
                if chunk[p] == b'\\' || *chunk.get(p + 1)? == b'\'' {
                    j = p + 2;
                } else {
                    break (p + 1, p == i + 1);
                }
            }
        } else if CLASS[b as usize] == WORD && b != b'$' && b != b'_' {
            let mut j = i + 1;
            while j < n && (CLASS[chunk[j] as usize] == WORD || chunk[j] == b'.') {
                j += 1;
            }
            (j, chunk[i..j].eq_ignore_ascii_case(b"NULL"))
        } else {
            return None;
        };
        let term = *chunk.get(end)?;
        if term != b',' && term != b')' {
            return None;
        }
        let at = base + end as u64;
        let tok = Tok { kind: TokKind::Punct(term), start: at, end: at + 1, empty: false };
        let action = syn.tuple_value(base + i as u64, at, empty, tok, out);
        self.act(action, tok);
        Some(end + 1)
    }

    /// A `$` that began no dollar quote: it and the tag so far are a word.
    fn dollar_to_word(&mut self) {
        self.text.clear();
        self.text.push(b'$');
        let tag = self.tag;
        self.keep(&tag[..self.tag_len]);
        self.mode = Mode::Word;
    }

    /// Consumes `chunk`, the input's bytes from offset `base`.
    pub(super) fn feed(
        &mut self,
        chunk: &[u8],
        base: u64,
        syn: &mut Statements,
        out: &mut Out<'_>,
    ) {
        let n = chunk.len();
        let mut i = 0;
        while i < n {
            match self.mode {
                Mode::Normal => {
                    let b = chunk[i];
                    let class = CLASS[b as usize];
                    if class == WS {
                        i += 1;
                        continue;
                    }
                    if syn.at_value_start() {
                        if let Some(j) = self.simple_value(chunk, i, base, syn, out) {
                            i = j;
                            continue;
                        }
                    }
                    let at = base + i as u64;
                    if class == WORD && !(b == b'$' && self.d.dollar_quotes) {
                        self.start = at;
                        self.text.clear();
                        self.mode = Mode::Word;
                        continue;
                    }
                    i += 1;
                    match b {
                        b'\'' => {
                            self.open_str(syn, at, b'\'', self.d.backslash_escapes, at + 1);
                        }
                        b'"' if self.d.double_quote_strings => {
                            self.open_str(syn, at, b'"', self.d.backslash_escapes, at + 1);
                        }
                        b'"' => self.open_ident(at, b'"'),
                        b'`' if self.d.backticks => self.open_ident(at, b'`'),
                        b'[' if self.d.brackets => self.open_ident(at, b']'),
                        b'-' => {
                            self.start = at;
                            self.mode = Mode::Dash;
                        }
                        b'/' => {
                            self.start = at;
                            self.mode = Mode::Slash;
                        }
                        b'#' if self.d.hash_comments => self.mode = Mode::LineComment,
                        b'$' => {
                            self.start = at;
                            self.tag_len = 0;
                            self.mode = Mode::DollarTag;
                        }
                        _ => self.punct(syn, b, at, out),
                    }
                }
                Mode::Word => {
                    let j = scan_word(chunk, i);
                    self.keep(&chunk[i..j]);
                    i = j;
                    if j < n && self.end_word(Some(chunk[j]), base + j as u64, syn, out) {
                        i += 1;
                    }
                }
                Mode::Str { quote, bs } => {
                    let hay = &chunk[i..];
                    let found = if bs { memchr2(quote, b'\\', hay) } else { memchr(quote, hay) };
                    let Some(k) = found else {
                        if self.capture {
                            self.keep(hay);
                        }
                        i = n;
                        continue;
                    };
                    if self.capture {
                        self.keep(&hay[..k]);
                    }
                    let p = i + k;
                    if chunk[p] == quote {
                        self.close_end = base + p as u64 + 1;
                        self.mode = Mode::StrQuote { quote, bs };
                    } else {
                        self.mode = Mode::StrEsc { quote };
                    }
                    i = p + 1;
                }
                Mode::StrEsc { quote } => {
                    i += 1;
                    self.mode = Mode::Str { quote, bs: true };
                }
                Mode::StrQuote { quote, bs } => {
                    if chunk[i] == quote {
                        if self.capture {
                            self.keep(&[quote]);
                        }
                        self.mode = Mode::Str { quote, bs };
                        i += 1;
                    } else {
                        let empty = self.close_end == self.body + 1;
                        let tok = Tok {
                            kind: TokKind::Str,
                            start: self.start,
                            end: self.close_end,
                            empty,
                        };
                        self.emit(syn, tok, out);
                    }
                }
                Mode::Ident { close } => {
                    let hay = &chunk[i..];
                    let Some(k) = memchr(close, hay) else {
                        self.keep(hay);
                        i = n;
                        continue;
                    };
                    self.keep(&hay[..k]);
                    let p = i + k;
                    i = p + 1;
                    self.close_end = base + i as u64;
                    if close == b']' {
                        self.emit_ident(syn, out);
                    } else {
                        self.mode = Mode::IdentQuote { close };
                    }
                }
                Mode::IdentQuote { close } => {
                    if chunk[i] == close {
                        self.keep(&[close]);
                        self.mode = Mode::Ident { close };
                        i += 1;
                    } else {
                        self.emit_ident(syn, out);
                    }
                }
                Mode::Dash => {
                    if chunk[i] == b'-' {
                        i += 1;
                        self.mode = if self.d.dash_needs_space {
                            Mode::DashDash
                        } else {
                            Mode::LineComment
                        };
                    } else {
                        self.punct(syn, b'-', self.start, out);
                    }
                }
                Mode::DashDash => {
                    let b = chunk[i];
                    if b <= b' ' {
                        i += 1;
                        self.mode = if b == b'\n' { Mode::Normal } else { Mode::LineComment };
                    } else {
                        self.two_dashes(syn, out);
                    }
                }
                Mode::Slash => {
                    if chunk[i] == b'*' {
                        i += 1;
                        self.mode = Mode::Block { depth: 1 };
                    } else {
                        self.punct(syn, b'/', self.start, out);
                    }
                }
                Mode::LineComment => {
                    let found = memchr(b'\n', &chunk[i..]);
                    let body = &chunk[i..found.map_or(n, |k| i + k)];
                    self.note_markers(body, base + i as u64);
                    match found {
                        Some(k) => {
                            i += k + 1;
                            self.mode = Mode::Normal;
                        }
                        None => i = n,
                    }
                }
                Mode::Block { depth } => {
                    let hay = &chunk[i..];
                    let found = if self.d.nested_comments {
                        memchr2(b'*', b'/', hay)
                    } else {
                        memchr(b'*', hay)
                    };
                    self.note_markers(&hay[..found.unwrap_or(hay.len())], base + i as u64);
                    match found {
                        Some(k) => {
                            let p = i + k;
                            self.mode = if chunk[p] == b'*' {
                                Mode::BlockStar { depth }
                            } else {
                                Mode::BlockSlash { depth }
                            };
                            i = p + 1;
                        }
                        None => i = n,
                    }
                }
                Mode::BlockStar { depth } => match chunk[i] {
                    b'/' => {
                        i += 1;
                        self.mode = if depth <= 1 {
                            Mode::Normal
                        } else {
                            Mode::Block { depth: depth - 1 }
                        };
                    }
                    b'*' => i += 1,
                    _ => self.mode = Mode::Block { depth },
                },
                Mode::BlockSlash { depth } => {
                    if chunk[i] == b'*' {
                        i += 1;
                        self.mode = Mode::Block { depth: depth.saturating_add(1) };
                    } else {
                        self.mode = Mode::Block { depth };
                    }
                }
                Mode::DollarTag => {
                    let b = chunk[i];
                    if b == b'$' {
                        i += 1;
                        self.body = base + i as u64;
                        self.mode = Mode::Dollar { matched: 0 };
                    } else if self.tag_len < MAX_TAG
                        && (b.is_ascii_alphabetic()
                            || b == b'_'
                            || b >= 0x80
                            || (self.tag_len > 0 && b.is_ascii_digit()))
                    {
                        self.tag[self.tag_len] = b;
                        self.tag_len += 1;
                        i += 1;
                    } else {
                        self.dollar_to_word();
                    }
                }
                Mode::Dollar { matched } => i = self.dollar_body(chunk, i, base, matched, syn, out),
                Mode::ResyncScan => match memchr2(b';', b'\n', &chunk[i..]) {
                    Some(k) => {
                        let p = i + k;
                        self.mode =
                            if chunk[p] == b';' { Mode::ResyncSemi } else { Mode::ResyncLine };
                        i = p + 1;
                    }
                    None => i = n,
                },
                Mode::ResyncSemi => match chunk[i] {
                    b' ' | b'\t' | b'\r' | b';' => i += 1,
                    b'\n' => {
                        i += 1;
                        syn.restart();
                        self.mode = Mode::Normal;
                    }
                    _ => self.mode = Mode::ResyncScan,
                },
                Mode::ResyncLine => {
                    let b = chunk[i];
                    if b.is_ascii_alphabetic() {
                        self.start = base + i as u64;
                        self.text.clear();
                        self.resync_word = true;
                        self.mode = Mode::Word;
                    } else if b == b'\n' {
                        i += 1;
                    } else {
                        self.mode = Mode::ResyncScan;
                    }
                }
                Mode::CopyPreamble => match memchr(b'\n', &chunk[i..]) {
                    Some(k) => {
                        i += k + 1;
                        self.mode = Mode::Copy;
                    }
                    None => i = n,
                },
                Mode::Copy => {
                    let (j, done) = syn.copy_data(chunk, i, base, out);
                    i = j;
                    if done {
                        self.mode = Mode::Normal;
                    }
                }
                Mode::DelimArg => {
                    let b = chunk[i];
                    i += 1;
                    if b == b'\n' {
                        if self.delim_len == 1 && self.delim[0] == b';' {
                            syn.restart();
                            self.mode = Mode::Normal;
                        } else {
                            self.mode = Mode::DelimSkip { matched: 0 };
                        }
                    } else if CLASS[b as usize] != WS {
                        if self.delim_len < self.delim.len() {
                            self.delim[self.delim_len] = b;
                        }
                        self.delim_len = self.delim_len.saturating_add(1);
                    }
                }
                Mode::DelimSkip { matched } => i = self.delim_skip(chunk, i, matched),
            }
        }
    }

    fn emit_ident(&mut self, syn: &mut Statements, out: &mut Out<'_>) {
        let empty = self.close_end == self.start + 2;
        let tok = Tok { kind: TokKind::Quoted, start: self.start, end: self.close_end, empty };
        self.emit(syn, tok, out);
    }

    /// `--` not followed by a space (MySQL): two minus signs.
    fn two_dashes(&mut self, syn: &mut Statements, out: &mut Out<'_>) {
        let first = self.start;
        self.punct(syn, b'-', first, out);
        if self.mode == Mode::Normal {
            // The second may yet begin `--` with what follows.
            self.start = first + 1;
            self.mode = Mode::Dash;
        }
    }

    /// Scans a dollar-quoted body from `i`; returns where it stopped.
    fn dollar_body(
        &mut self,
        chunk: &[u8],
        mut i: usize,
        base: u64,
        mut matched: usize,
        syn: &mut Statements,
        out: &mut Out<'_>,
    ) -> usize {
        let len = self.tag_len + 2;
        while i < chunk.len() {
            if matched == 0 {
                match memchr(b'$', &chunk[i..]) {
                    Some(k) => {
                        i += k + 1;
                        matched = 1;
                        continue;
                    }
                    None => {
                        i = chunk.len();
                        break;
                    }
                }
            }
            let b = chunk[i];
            let want = if matched < len - 1 { self.tag[matched - 1] } else { b'$' };
            i += 1;
            if b == want {
                matched += 1;
                if matched == len {
                    let end = base + i as u64;
                    let empty = end - self.start == 2 * len as u64;
                    let tok = Tok { kind: TokKind::Str, start: self.start, end, empty };
                    self.emit(syn, tok, out);
                    return i;
                }
            } else {
                matched = usize::from(b == b'$');
            }
        }
        self.mode = Mode::Dollar { matched };
        i
    }

    /// Skips a `DELIMITER` block's lines from `i` until a line `DELIMITER ;`.
    fn delim_skip(&mut self, chunk: &[u8], i: usize, matched: usize) -> usize {
        const WORD: &[u8] = b"DELIMITER";
        if matched == NOT_AT_LINE_START {
            return match memchr(b'\n', &chunk[i..]) {
                Some(k) => {
                    self.mode = Mode::DelimSkip { matched: 0 };
                    i + k + 1
                }
                None => chunk.len(),
            };
        }
        let b = chunk[i];
        if matched < WORD.len() && b.eq_ignore_ascii_case(&WORD[matched]) {
            self.mode = Mode::DelimSkip { matched: matched + 1 };
            i + 1
        } else if matched == WORD.len() && (b == b' ' || b == b'\t') {
            self.delim_len = 0;
            self.mode = Mode::DelimArg;
            i + 1
        } else if b == b'\n' {
            self.mode = Mode::DelimSkip { matched: 0 };
            i + 1
        } else {
            self.mode = Mode::DelimSkip { matched: NOT_AT_LINE_START };
            i
        }
    }

    /// The input has ended at `eof`: ends the pending token and reports what is open.
    pub(super) fn finish(&mut self, eof: u64, syn: &mut Statements, out: &mut Out<'_>) {
        let mut reported = false;
        match self.mode {
            Mode::Word => {
                self.end_word(None, eof, syn, out);
            }
            Mode::DollarTag => {
                self.dollar_to_word();
                self.end_word(None, eof, syn, out);
            }
            Mode::Str { .. } | Mode::StrEsc { .. } => {
                out.warn(self.start, "unterminated string");
                reported = true;
            }
            Mode::StrQuote { .. } => {
                let empty = self.close_end == self.body + 1;
                let tok = Tok { kind: TokKind::Str, start: self.start, end: self.close_end, empty };
                self.emit(syn, tok, out);
            }
            Mode::Ident { .. } => {
                out.warn(self.start, "unterminated quoted identifier");
                reported = true;
            }
            Mode::IdentQuote { .. } => self.emit_ident(syn, out),
            Mode::Dash => self.punct(syn, b'-', self.start, out),
            Mode::DashDash => {
                self.two_dashes(syn, out);
                if self.mode == Mode::Dash {
                    self.punct(syn, b'-', self.start, out);
                }
            }
            Mode::Slash => self.punct(syn, b'/', self.start, out),
            Mode::Block { .. } | Mode::BlockStar { .. } | Mode::BlockSlash { .. } => {
                out.warn(self.start, "unterminated comment");
                reported = true;
            }
            Mode::Dollar { .. } => {
                out.warn(self.start, "unterminated dollar-quoted string");
                reported = true;
            }
            Mode::CopyPreamble | Mode::Copy => {
                syn.copy_finish(eof, out);
                reported = true;
            }
            Mode::DelimArg if self.delim_len == 1 && self.delim[0] == b';' => {}
            Mode::DelimArg | Mode::DelimSkip { .. } => {
                out.warn(self.delim_at, "DELIMITER block not closed");
                reported = true;
            }
            Mode::Normal
            | Mode::LineComment
            | Mode::ResyncScan
            | Mode::ResyncSemi
            | Mode::ResyncLine => {}
        }
        syn.finish(reported, out);
        self.mode = Mode::Normal;
        self.resync_word = false;
    }
}
