//! CSV and TSV with a header row: the cell spans of every field, by column name.
//!
//! Field boundaries come from `csv-core` (quoted fields with embedded delimiters, quotes
//! and newlines, CRLF), which reads in place and tells how many input bytes each field
//! took, so the span of every field in the file is exact without copying the data. The
//! delimiter is sniffed from the first line (`,` `;` `\t` `|`, outside quotes); the table
//! is the file's name. A record with more fields than the header gets `col_N` names and
//! one warning per file.
//!
//! The header is content too: when a detector finds a value in any of its cells, the file
//! has no header (its first row is data): every column is then `col_N`, and the first
//! row's cells are reported like the others. A header name past the file's name limit
//! becomes `col_N` (or `*`). A quoted field still open at the end of the input is
//! reported as an unclosed quote.

use csv_core::{ReadFieldResult, Reader, ReaderBuilder};

use crate::extract::{Cell, Limits, Names, Parser, Warning};

/// Room for one header name (longer names are cut).
const NAME_MAX: usize = 256;

/// Picks the delimiter of a CSV file from its first line: the most frequent of `,` `;`
/// `\t` `|` outside double quotes (`,` when none occurs).
pub fn sniff_delimiter(head: &[u8]) -> u8 {
    let line = match memchr::memchr(b'\n', head) {
        Some(i) => &head[..i],
        None => head,
    };
    let mut counts = [0usize; 4];
    let mut quoted = false;
    for &b in line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            b'|' if !quoted => counts[3] += 1,
            _ => {}
        }
    }
    let best = (0..4).max_by_key(|&i| (counts[i], 4 - i)).expect("four candidates");
    if counts[best] == 0 {
        b','
    } else {
        [b',', b';', b'\t', b'|'][best]
    }
}

/// The CSV cell finder.
#[derive(Clone)]
pub struct CsvParser {
    /// Copied only where a record starts (see [`CsvParser::snapshot`]).
    reader: Reader,
    delimiter: u8,
    names: Names,
    table: u32,
    header: Vec<u32>,
    in_header: bool,
    name_buf: Vec<u8>,
    scratch: Vec<u8>,
    field_start: u64,
    field_len: u64,
    col: usize,
    row: u64,
    ragged_warned: bool,
    pending_cr: bool,
    /// The header row's fields as read: name, span, non-empty (at most the file's name
    /// limit of them).
    header_cells: Vec<(String, u64, u64, bool)>,
    /// Bytes fed so far.
    fed: u64,
    /// After [`Parser::abandon`]: skipping to the next line.
    skipping: bool,
    /// The current field's first byte has not been seen yet.
    first_pending: bool,
    /// The current field opened with a quote, and an odd number of quotes has been read
    /// in it (the quote is open).
    quoted: bool,
    quote_open: bool,
}

impl CsvParser {
    /// A parser for a file called `table` with the given delimiter and the default
    /// [`Limits`].
    pub fn new(table: &str, delimiter: u8) -> CsvParser {
        CsvParser::with_names(Names::with_limits(&Limits::default()), table, delimiter)
    }

    /// A parser for a file called `table` with the given delimiter, keeping its names in
    /// `names`.
    pub fn with_names(mut names: Names, table: &str, delimiter: u8) -> CsvParser {
        let table = names.intern(table);
        CsvParser {
            reader: ReaderBuilder::new().delimiter(delimiter).build(),
            delimiter,
            names,
            table,
            header: Vec::new(),
            in_header: true,
            name_buf: Vec::new(),
            scratch: vec![0; 4096],
            field_start: 0,
            field_len: 0,
            col: 0,
            row: 0,
            ragged_warned: false,
            pending_cr: false,
            header_cells: Vec::new(),
            fed: 0,
            skipping: false,
            first_pending: true,
            quoted: false,
            quote_open: false,
        }
    }

    /// The header record has ended: its names become the columns, unless a detector
    /// finds a value in one of them; then the file has no header, and the record is the
    /// first row of data.
    fn header_done(&mut self, cells: &mut Vec<Cell>) {
        let header = std::mem::take(&mut self.header_cells);
        let held = header.iter().filter(|(name, ..)| self.names.holds_value(name.as_bytes()));
        let held = held.count();
        for _ in 0..held {
            self.names.refuse_value();
        }
        let headerless = held > 0;
        self.header = (0..header.len())
            .map(|i| {
                let name = &header[i].0;
                let kept =
                    if headerless { None } else { self.names.checked(name, name.as_bytes()) };
                kept.unwrap_or_else(|| self.names.positional(i))
            })
            .collect();
        if headerless {
            self.row = 1;
            for (i, &(_, start, end, non_empty)) in header.iter().enumerate() {
                let column = self.header[i];
                cells.push(Cell { start, end, table: self.table, column, row: 1, non_empty });
            }
        }
    }

    /// Follows the quotes of the current field in `bytes`, the input consumed from file
    /// offset `at` on.
    fn track_quotes(&mut self, bytes: &[u8], at: u64) {
        let end = at + bytes.len() as u64;
        if self.first_pending && self.field_start >= at && self.field_start < end {
            self.first_pending = false;
            self.quoted = bytes[(self.field_start - at) as usize] == b'"';
        }
        if self.quoted {
            let from = self.field_start.saturating_sub(at).min(bytes.len() as u64) as usize;
            let n = memchr::memchr_iter(b'"', &bytes[from..]).count();
            self.quote_open ^= n % 2 == 1;
        }
    }

    /// One field ended at file offset `end` (exclusive, after the delimiter if any).
    fn field_done(
        &mut self,
        raw_end: u64,
        ended_by_separator: bool,
        record_end: bool,
        cells: &mut Vec<Cell>,
        warnings: &mut Vec<Warning>,
    ) {
        let end = if ended_by_separator { raw_end - 1 } else { raw_end };
        (self.first_pending, self.quoted, self.quote_open) = (true, false, false);
        if self.in_header {
            let text = String::from_utf8_lossy(&self.name_buf);
            let name = text.trim().trim_start_matches('\u{feff}');
            let name = if name.is_empty() { "_" } else { name };
            if self.header_cells.len() < self.names.limit().unwrap_or(usize::MAX) {
                let span = (self.field_start, end.max(self.field_start), self.field_len > 0);
                self.header_cells.push((name.to_string(), span.0, span.1, span.2));
            }
            self.name_buf.clear();
        } else {
            if self.col == 0 {
                self.row += 1;
            }
            let column = match self.header.get(self.col) {
                Some(&c) => c,
                None => {
                    if !self.ragged_warned {
                        self.ragged_warned = true;
                        warnings.push(Warning {
                            offset: self.field_start,
                            reason: format!(
                                "row {} has more fields than the header's {}",
                                self.row,
                                self.header.len()
                            ),
                        });
                    }
                    self.names.positional(self.col)
                }
            };
            cells.push(Cell {
                start: self.field_start,
                end: end.max(self.field_start),
                table: self.table,
                column,
                row: self.row,
                non_empty: self.field_len > 0,
            });
        }
        self.col += 1;
        self.field_start = raw_end;
        self.field_len = 0;
        if record_end {
            self.col = 0;
            if self.in_header {
                self.in_header = false;
                self.header_done(cells);
            }
        }
    }
}

impl Parser for CsvParser {
    /// A copy where nothing has been read or a record of data starts, else `None` (the
    /// file's part is then joined on one thread).
    ///
    /// csv-core's reader does not copy its state machine whole (its `Clone` keeps the
    /// transition table but not the byte classes, 0.1.13), so the copy gets a reader
    /// built anew. That is the reader's state only where a record starts: there it has
    /// no field open and nothing in its output, and reads on as a new reader that has
    /// read before (one that strips no byte-order mark). A reader is told it has read by
    /// a line break, which it skips as the blank line it is where a record starts.
    fn snapshot(&self) -> Option<Box<dyn Parser>> {
        let record_starts = !self.in_header
            && !self.skipping
            && !self.pending_cr
            && self.col == 0
            && self.first_pending
            && self.field_start == self.fed;
        if self.fed > 0 && !record_starts {
            return None;
        }
        let mut copy = self.clone();
        copy.reader = ReaderBuilder::new().delimiter(self.delimiter).build();
        if self.fed > 0 {
            // (An empty output buffer would be full before the line break is read.)
            let (res, nin, _) = copy.reader.read_field(b"\n", &mut [0; 1]);
            debug_assert!(matches!(res, ReadFieldResult::InputEmpty) && nin == 1);
        }
        Some(Box::new(copy))
    }

    fn feed(
        &mut self,
        chunk: &[u8],
        base: u64,
        cells: &mut Vec<Cell>,
        warnings: &mut Vec<Warning>,
    ) {
        let mut pos = 0;
        self.fed = base + chunk.len() as u64;
        // An empty input means the end of the data to csv-core: never pass one here.
        while pos < chunk.len() {
            if self.skipping {
                let Some(k) = memchr::memchr(b'\n', &chunk[pos..]) else { return };
                pos += k + 1;
                self.skipping = false;
                self.field_start = base + pos as u64;
                continue;
            }
            // After a CR ends a record, its LF (read with the next field) is not data.
            if self.pending_cr {
                self.pending_cr = false;
                if chunk[pos] == b'\n' {
                    self.field_start = base + pos as u64 + 1;
                }
            }
            let mut scratch = std::mem::take(&mut self.scratch);
            let (res, nin, nout) = self.reader.read_field(&chunk[pos..], &mut scratch);
            self.track_quotes(&chunk[pos..pos + nin], base + pos as u64);
            if self.in_header && self.name_buf.len() < NAME_MAX {
                let room = NAME_MAX - self.name_buf.len();
                self.name_buf.extend_from_slice(&scratch[..nout.min(room)]);
            }
            self.scratch = scratch;
            self.field_len += nout as u64;
            pos += nin;
            match res {
                ReadFieldResult::InputEmpty | ReadFieldResult::OutputFull => {}
                ReadFieldResult::Field { record_end } => {
                    // The byte that ended the field (delimiter or line break) was consumed
                    // by this call; a field ended by the end of input has none.
                    let last = if pos > 0 { chunk[pos - 1] } else { 0 };
                    let by_sep = nin > 0 && (!record_end || matches!(last, b'\n' | b'\r'));
                    self.field_done(base + pos as u64, by_sep, record_end, cells, warnings);
                    // A record's first field starts after its terminator.
                    if record_end {
                        self.field_start = base + pos as u64;
                        self.pending_cr = last == b'\r';
                    }
                }
                ReadFieldResult::End => return,
            }
        }
    }

    fn finish(&mut self, cells: &mut Vec<Cell>, warnings: &mut Vec<Warning>) {
        if self.skipping {
            return;
        }
        if self.quote_open {
            warnings.push(Warning {
                offset: self.field_start,
                reason: "unclosed quote: the field runs to the end of the input".into(),
            });
        }
        let mut scratch = std::mem::take(&mut self.scratch);
        loop {
            let (res, _, nout) = self.reader.read_field(&[], &mut scratch);
            self.field_len += nout as u64;
            match res {
                ReadFieldResult::Field { record_end } => {
                    let end = self.field_start + self.field_len;
                    self.field_done(end, false, record_end, cells, warnings);
                }
                ReadFieldResult::End | ReadFieldResult::InputEmpty => break,
                ReadFieldResult::OutputFull => {}
            }
        }
        self.scratch = scratch;
    }

    fn names(&self) -> &Names {
        &self.names
    }

    fn settled(&self) -> u64 {
        if self.skipping {
            self.fed
        } else if self.in_header {
            // The header's cells become data if it turns out to be a row.
            0
        } else {
            self.field_start
        }
    }

    fn abandon(&mut self) {
        self.reader.reset();
        self.skipping = true;
        self.pending_cr = false;
        self.col = 0;
        self.field_len = 0;
        self.name_buf.clear();
        (self.first_pending, self.quoted, self.quote_open) = (true, false, false);
        if self.in_header {
            self.in_header = false;
            self.header_cells.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (column, row, text, non_empty) of one cell.
    type Seen = (String, u64, String, bool);

    /// Every cell, feeding `text` in pieces of `step`.
    fn cells(text: &str, step: usize) -> (Vec<Seen>, Vec<Warning>) {
        let mut p = CsvParser::new("t", sniff_delimiter(text.as_bytes()));
        let bytes = text.as_bytes();
        let (cells, warnings) = crate::extract::feed_in_pieces(&mut p, bytes, step);
        let out = cells
            .iter()
            .map(|c| {
                let s = String::from_utf8_lossy(&bytes[c.start as usize..c.end as usize]);
                (p.names().get(c.column).to_string(), c.row, s.into_owned(), c.non_empty)
            })
            .collect();
        (out, warnings)
    }

    fn row(c: &str, r: u64, t: &str, ne: bool) -> (String, u64, String, bool) {
        (c.to_string(), r, t.to_string(), ne)
    }

    #[test]
    fn fields_map_to_header_columns_with_exact_spans() {
        let text = "name,phone,note\n张伟,13912345678,\"a, \"\"quoted\"\"\nline\"\nli,,x\n";
        for step in [1, 2, 3, 5, 7, 64, 4096] {
            let (got, w) = cells(text, step);
            assert!(w.is_empty());
            assert_eq!(
                got,
                vec![
                    row("name", 1, "张伟", true),
                    row("phone", 1, "13912345678", true),
                    row("note", 1, "\"a, \"\"quoted\"\"\nline\"", true),
                    row("name", 2, "li", true),
                    row("phone", 2, "", false),
                    row("note", 2, "x", true),
                ],
                "step {step}"
            );
        }
    }

    #[test]
    fn crlf_tabs_no_final_newline_and_ragged_rows() {
        let text = "a\tb\r\n1\t2\r\n3\t4\t5";
        let (got, w) = cells(text, 3);
        assert_eq!(
            got,
            vec![
                row("a", 1, "1", true),
                row("b", 1, "2", true),
                row("a", 2, "3", true),
                row("b", 2, "4", true),
                row("col_3", 2, "5", true),
            ]
        );
        assert_eq!(w.len(), 1);
        assert!(w[0].reason.contains("more fields"));
    }

    #[test]
    fn a_header_of_values_is_the_first_row() {
        let test: crate::extract::ValueTest = std::sync::Arc::new(|n: &[u8]| n.contains(&b'@'));
        let limits = Limits { names_hold_values: Some(test), ..Limits::default() };
        let text = "张伟,a@b.cn\n李娜,c@d.cn\n";
        for step in [1, 3, 64] {
            let mut p = CsvParser::with_names(Names::with_limits(&limits), "t", b',');
            let (cells, _) = crate::extract::feed_in_pieces(&mut p, text.as_bytes(), step);
            let got: Vec<(String, u64)> =
                cells.iter().map(|c| (p.names().get(c.column).to_string(), c.row)).collect();
            let want = [("col_1", 1), ("col_2", 1), ("col_1", 2), ("col_2", 2)];
            assert_eq!(got, want.map(|(c, r)| (c.to_string(), r)), "step {step}");
            assert_eq!(cells[1].start, 7);
        }
    }

    #[test]
    fn an_unclosed_quote_is_reported_at_the_end() {
        for step in [1, 4, 100] {
            let (_, w) = cells("a,b\n1,\"x\n2,y\n", step);
            assert_eq!(w.len(), 1, "step {step}");
            assert_eq!(w[0].offset, 6);
            let (_, w) = cells("a,b\n1,\"x\"\"\n2\"\n", step);
            assert!(w.is_empty(), "a closed quote, step {step}: {w:?}");
        }
    }

    #[test]
    fn a_copy_where_a_record_starts_reads_on_as_the_parser() {
        // Quoted line breaks and delimiters, CRLF and CR, blank lines, a ragged row, a
        // byte-order mark where a record starts (data there, not a mark), an empty
        // field at a record's end, an unclosed quote at the end.
        let texts = [
            "name,phone,note\n张伟,139,\"a,\nb\"\"c\"\n\n\u{feff}li,,x\r\nwang,1,2,3\rzh,\"\"\"\",\n",
            "a;b\r\n1;\"x\r\n\r\ny\"\r\n\u{feff}2;3\r\n\r\n4;\"open\n5;6\n",
        ];
        for text in texts {
            let bytes = text.as_bytes();
            let delimiter = sniff_delimiter(bytes);
            let names = |p: &dyn Parser, cells: &[Cell]| -> Vec<(String, u64, u64, u64, bool)> {
                let names = p.names();
                let name = |c: &Cell| names.get(c.column).to_string();
                cells.iter().map(|c| (name(c), c.row, c.start, c.end, c.non_empty)).collect()
            };
            let mut one = CsvParser::new("t", delimiter);
            let (cells, warnings) = crate::extract::feed_in_pieces(&mut one, bytes, 3);
            let expected = (names(&one, &cells), warnings);
            let mut copied = 0;
            for cut in 0..=bytes.len() {
                let mut p = CsvParser::new("t", delimiter);
                let (mut cells, mut warnings) = (Vec::new(), Vec::new());
                for (i, piece) in bytes[..cut].chunks(5).enumerate() {
                    p.feed(piece, (i * 5) as u64, &mut cells, &mut warnings);
                }
                let Some(mut copy) = p.snapshot() else { continue };
                copied += 1;
                if cut < bytes.len() {
                    copy.feed(&bytes[cut..], cut as u64, &mut cells, &mut warnings);
                }
                copy.finish(&mut cells, &mut warnings);
                assert_eq!((names(copy.as_ref(), &cells), warnings), expected, "cut at {cut}");
            }
            let starts = bytes.windows(2).filter(|w| w[0] == b'\n' && w[1] != b'\n').count();
            assert!(copied >= starts - 3, "{copied} copies, {starts} line starts");
        }
    }

    #[test]
    fn delimiters_are_sniffed_outside_quotes() {
        assert_eq!(sniff_delimiter(b"a;b;c\n1;2;3"), b';');
        assert_eq!(sniff_delimiter(b"\"a,b\"|c|d\n"), b'|');
        assert_eq!(sniff_delimiter(b"a\tb\n"), b'\t');
        assert_eq!(sniff_delimiter(b"single\n"), b',');
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_any_split_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200), step in 1usize..20) {
            let mut p = CsvParser::new("t", b',');
            let (cells, _) = crate::extract::feed_in_pieces(&mut p, &bytes, step);
            for c in &cells {
                proptest::prop_assert!(c.start <= c.end && c.end <= bytes.len() as u64);
            }
            for w in cells.windows(2) {
                proptest::prop_assert!(w[0].start <= w[1].start);
            }
        }
    }
}
