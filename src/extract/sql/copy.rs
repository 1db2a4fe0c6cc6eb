//! PostgreSQL `COPY ... FROM stdin` data in text format: a row per line, fields separated
//! by tabs, `\N` for NULL, backslash escapes (a backslash takes the next byte with it, so
//! `\<tab>` and `\<newline>` are data), and a line `\.` to end the block.
//!
//! A cell is a field as written, escapes included; a `\r` before the `\n` is not part of
//! the last field. `memchr3` jumps from one tab, newline or backslash to the next.

use memchr::memchr3;

use super::statement::Statements;
use super::Out;

/// Where a `COPY` line is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) enum CopyMode {
    /// At a line's first byte.
    #[default]
    LineStart,
    /// Inside a field.
    Field,
    /// After a backslash inside a field.
    FieldEsc,
    /// After `\` at a line start: `\.` may follow.
    MaybeEnd,
    /// After `\.` at a line start: a line end makes it the terminator.
    Dot,
    /// After `\.\r` at a line start.
    DotCr,
}

/// The state of the `COPY` block being read.
#[derive(Clone, Debug, Default)]
pub(super) struct CopyState {
    mode: CopyMode,
    /// The current field's first byte and 0-based index in its line.
    field_start: u64,
    field: u32,
    /// The current line's first byte.
    line_start: u64,
    /// The current field began with the escape `\N`.
    null: bool,
    /// The current line's row is open (it has had a cell).
    row_open: bool,
    /// The last byte fed was `\r` (for a `\r\n` split across chunks).
    last_cr: bool,
}

impl Statements {
    /// Whether the `COPY` block is at a line's first byte (no field open).
    pub(super) fn copy_at_line_start(&self) -> bool {
        self.copy.mode == CopyMode::LineStart
    }

    /// Where the `COPY` field in progress starts.
    pub(super) fn copy_field_start(&self) -> u64 {
        self.copy.field_start
    }

    /// `COPY ... FROM stdin;` has ended: data lines follow its line.
    pub(super) fn copy_begin(&mut self) {
        self.copy = CopyState::default();
    }

    /// Reads data lines in `chunk` from `i`; returns where it stopped and whether the
    /// block ended (the statement layer then expects a statement).
    pub(super) fn copy_data(
        &mut self,
        chunk: &[u8],
        mut i: usize,
        base: u64,
        out: &mut Out<'_>,
    ) -> (usize, bool) {
        let n = chunk.len();
        while i < n {
            match self.copy.mode {
                CopyMode::LineStart => {
                    let at = base + i as u64;
                    self.copy.line_start = at;
                    self.copy.field = 0;
                    self.copy.row_open = false;
                    self.start_field(at);
                    if chunk[i] == b'\\' {
                        i += 1;
                        self.copy.mode = CopyMode::MaybeEnd;
                    } else {
                        self.copy.mode = CopyMode::Field;
                    }
                }
                CopyMode::Field => {
                    let Some(k) = memchr3(b'\t', b'\n', b'\\', &chunk[i..]) else {
                        i = n;
                        continue;
                    };
                    let p = i + k;
                    let at = base + p as u64;
                    i = p + 1;
                    match chunk[p] {
                        b'\t' => {
                            self.end_field(at, out);
                            self.copy.field = self.copy.field.saturating_add(1);
                            self.start_field(at + 1);
                        }
                        b'\n' => {
                            let cr = if p > 0 { chunk[p - 1] == b'\r' } else { self.copy.last_cr };
                            let end = if cr && at > self.copy.field_start { at - 1 } else { at };
                            self.end_field(end, out);
                            self.check_width(self.copy.field + 1, self.copy.line_start, out);
                            self.copy.mode = CopyMode::LineStart;
                        }
                        _ => self.copy.mode = CopyMode::FieldEsc,
                    }
                }
                CopyMode::FieldEsc => {
                    if chunk[i] == b'N' && base + i as u64 == self.copy.field_start + 1 {
                        self.copy.null = true;
                    }
                    i += 1;
                    self.copy.mode = CopyMode::Field;
                }
                CopyMode::MaybeEnd => {
                    if chunk[i] == b'.' {
                        i += 1;
                        self.copy.mode = CopyMode::Dot;
                    } else {
                        self.copy.mode = CopyMode::FieldEsc;
                    }
                }
                CopyMode::Dot => match chunk[i] {
                    b'\n' => return self.copy_end(i + 1),
                    b'\r' => {
                        i += 1;
                        self.copy.mode = CopyMode::DotCr;
                    }
                    // `\.` was an escaped `.` in a field.
                    _ => self.copy.mode = CopyMode::Field,
                },
                CopyMode::DotCr => {
                    return self.copy_end(if chunk[i] == b'\n' { i + 1 } else { i });
                }
            }
        }
        self.copy.last_cr = chunk.last() == Some(&b'\r');
        (n, false)
    }

    fn copy_end(&mut self, i: usize) -> (usize, bool) {
        self.restart();
        (i, true)
    }

    fn start_field(&mut self, at: u64) {
        self.copy.field_start = at;
        self.copy.null = false;
    }

    fn end_field(&mut self, end: u64, out: &mut Out<'_>) {
        if !self.copy.row_open {
            self.copy.row_open = true;
            self.open_row();
        }
        let start = self.copy.field_start;
        let non_empty = end > start && !(self.copy.null && end == start + 2);
        self.cell(self.copy.field, start, end, non_empty, out);
    }

    /// The input ended inside a `COPY` block (`eof`: its length).
    pub(super) fn copy_finish(&mut self, eof: u64, out: &mut Out<'_>) {
        match self.copy.mode {
            CopyMode::Dot | CopyMode::DotCr => {}
            mode => {
                if mode != CopyMode::LineStart {
                    self.end_field(eof, out);
                }
                out.warn(self.stmt_start, "COPY block without `\\.` terminator");
            }
        }
        self.restart();
    }
}
