//! Files whose cells are not bytes on disk, spreadsheets (`.xlsx`, `.xls`, `.ods`) and
//! SQLite database files, are rendered as SQLite `.dump` text (one `CREATE TABLE` and one
//! `INSERT` per row), which then goes through the same scan and the same dump parser as a
//! real dump. A sheet is a table and its first non-empty row the column names; a
//! database table is a table. Offsets and lines of findings in such files point into
//! this rendering.
//!
//! The rendering is streamed, never held whole: [`Source::render`] writes it in pieces
//! of about [`PIECE`] bytes to a bounded channel that the scan reads as a [`Pipe`], so
//! memory stays flat however large the workbook or database. What one cell can make the
//! renderer hold is bounded by [`Limits::max_cell`]: a longer text is cut there and a
//! larger SQLite value (a 900 MB blob) is not loaded at all, each with a warning naming
//! its table, column and row, and the rows after it are still rendered.
//!
//! Sheets of `.xlsx` and `.xlsb` workbooks are read cell by cell: only cells drive what
//! is rendered (a declared dimension, or one cell at `XFD1048576`, allocates nothing),
//! empty rows are not rendered, and a sparse row names its columns
//! (`INSERT INTO "t"("a","x") VALUES(..)`) instead of padding with `NULL`. Sheets of the
//! older `.xls` and of `.ods` come whole from calamine, whose formats cap their size
//! (65 536 × 256 cells; calamine caps repeated `.ods` rows).

use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

use anyhow::{Context, Result};
use calamine::{open_workbook_auto, Data, DataRef, Reader, Sheets};

use super::Warning;

/// The rendering is handed to the scan in pieces of about this many bytes.
pub const PIECE: usize = 1 << 20;

/// Pieces waiting in the channel between the renderer and the scan.
const QUEUE: usize = 2;

/// The most columns a sheet has (`XFD`); cells beyond are skipped with a warning.
pub const MAX_COLUMNS: u32 = 16_384;

/// Default of [`Limits::max_cell`] (`--max-cell-size`).
pub const MAX_CELL_DEFAULT: usize = 16 << 20;

/// What one cell may make the renderer hold.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// The largest cell rendered, in bytes: longer text is cut to this many bytes, a
    /// larger SQLite value is rendered as `NULL`; both with a warning.
    pub max_cell: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { max_cell: MAX_CELL_DEFAULT }
    }
}

/// Whether a file name is a spreadsheet calamine reads.
pub fn is_spreadsheet(extension: &str) -> bool {
    matches!(extension, "xlsx" | "xlsm" | "xls" | "xlsb" | "ods")
}

/// Whether an extension may name an SQLite database (the header decides).
pub fn is_sqlite_extension(extension: &str) -> bool {
    matches!(extension, "sqlite" | "sqlite3" | "db" | "db3" | "s3db" | "")
}

/// Whether a file is an SQLite database: its extension may name one and its first bytes
/// (`head`) are the SQLite header.
pub fn is_sqlite_db(extension: &str, head: &[u8]) -> bool {
    head.starts_with(b"SQLite format 3\0") && is_sqlite_extension(extension)
}

/// An opened workbook or database, ready to render.
pub enum Source {
    /// A spreadsheet.
    Workbook(Box<Sheets<BufReader<File>>>),
    /// An SQLite database (read-only) and its tables, by name.
    Database(rusqlite::Connection, Vec<String>),
}

impl Source {
    /// Opens a spreadsheet (`spreadsheet`) or an SQLite database. An error means the file
    /// is not readable as one (garbage, truncated): nothing was rendered.
    pub fn open(path: &Path, spreadsheet: bool) -> Result<Source> {
        if spreadsheet {
            let wb = open_workbook_auto(path).context("not a readable spreadsheet")?;
            return Ok(Source::Workbook(Box::new(wb)));
        }
        use rusqlite::{Connection, OpenFlags};
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let db =
            Connection::open_with_flags(path, flags).context("not a readable SQLite database")?;
        let tables = table_names(&db).context("not a readable SQLite database")?;
        Ok(Source::Database(db, tables))
    }

    /// Renders the whole source to `out`. Problems (a sheet or table that cannot be
    /// read, a cell over the limit) are warnings in `out`; rendering stops early only
    /// when the reader has gone.
    pub fn render(self, out: &mut Out<'_>) {
        match self {
            Source::Workbook(wb) => workbook(*wb, out),
            Source::Database(db, tables) => {
                for t in &tables {
                    if let Err(e) = table(&db, t, out) {
                        out.warn(format!("table {t:?} not read to its end: {e}"));
                    }
                    if out.stopped {
                        return;
                    }
                }
            }
        }
        out.flush();
    }
}

/// Where a rendering goes: pieces of text to `send`, warnings kept with their offsets in
/// the rendering.
pub struct Out<'a> {
    buf: String,
    /// Bytes already sent.
    sent: u64,
    send: &'a mut dyn FnMut(Vec<u8>) -> bool,
    /// The reader has gone: stop rendering.
    stopped: bool,
    limits: Limits,
    /// Problems met, at their offsets in the rendering.
    pub warnings: Vec<Warning>,
}

impl<'a> Out<'a> {
    /// A rendering that hands each piece to `send` (which says `false` when the reader
    /// has gone).
    pub fn new(limits: Limits, send: &'a mut dyn FnMut(Vec<u8>) -> bool) -> Out<'a> {
        Out { buf: String::new(), sent: 0, send, stopped: false, limits, warnings: Vec::new() }
    }

    /// Records a warning at the current offset of the rendering.
    pub(crate) fn warn(&mut self, reason: String) {
        let offset = self.sent + self.buf.len() as u64;
        self.warnings.push(Warning { offset, reason });
    }

    /// The text being rendered (statements are appended whole, then [`Out::row_done`]).
    pub(crate) fn text(&mut self) -> &mut String {
        &mut self.buf
    }

    /// Whether the reader has gone (rendering may stop).
    pub(crate) fn stopped(&self) -> bool {
        self.stopped
    }

    /// The largest cell rendered.
    pub(crate) fn max_cell(&self) -> usize {
        self.limits.max_cell
    }

    /// Hands the pending text on once a piece is full (after each row).
    pub(crate) fn row_done(&mut self) {
        if self.buf.len() >= PIECE {
            self.flush();
        }
    }

    pub(crate) fn flush(&mut self) {
        if self.buf.is_empty() || self.stopped {
            return;
        }
        let piece = std::mem::take(&mut self.buf).into_bytes();
        self.sent += piece.len() as u64;
        if !(self.send)(piece) {
            self.stopped = true;
        }
    }
}

/// The reading end of a rendering: the pieces a [`Source::render`] on another thread
/// sends, as one stream (end of stream when the renderer is done).
pub struct Pipe {
    rx: Receiver<Vec<u8>>,
    piece: Vec<u8>,
    pos: usize,
}

/// A bounded channel from a renderer to a [`Pipe`]: `send` says `false` once the pipe
/// has been dropped.
pub fn pipe() -> (impl FnMut(Vec<u8>) -> bool + Send, Pipe) {
    let (tx, rx): (SyncSender<Vec<u8>>, _) = sync_channel(QUEUE);
    (move |piece| tx.send(piece).is_ok(), Pipe { rx, piece: Vec::new(), pos: 0 })
}

impl Read for Pipe {
    fn read(&mut self, dest: &mut [u8]) -> io::Result<usize> {
        while self.pos == self.piece.len() {
            match self.rx.recv() {
                Ok(piece) => (self.piece, self.pos) = (piece, 0),
                Err(_) => return Ok(0),
            }
        }
        let n = dest.len().min(self.piece.len() - self.pos);
        dest[..n].copy_from_slice(&self.piece[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

/// Renders `source` on a thread of its own into memory (tests and fuzzing).
pub fn render_to_vec(source: Source, limits: Limits) -> (Vec<u8>, Vec<Warning>) {
    let (mut send, mut pipe) = pipe();
    std::thread::scope(|s| {
        let producer = s.spawn(move || {
            let mut out = Out::new(limits, &mut send);
            source.render(&mut out);
            out.warnings
        });
        let mut text = Vec::new();
        pipe.read_to_end(&mut text).expect("a pipe does not fail");
        (text, producer.join().expect("rendering does not panic"))
    })
}

/// Appends `"name"` with `"` doubled.
pub(crate) fn ident(out: &mut String, name: &str) {
    out.push('"');
    out.push_str(&name.replace('"', "\"\""));
    out.push('"');
}

/// Appends `'text'` with `'` doubled.
pub(crate) fn string(out: &mut String, text: &str) {
    out.push('\'');
    out.push_str(&text.replace('\'', "''"));
    out.push('\'');
}

/// `text` cut to at most `max` bytes, at a character boundary.
fn cut(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Renders every sheet of a workbook.
fn workbook(mut wb: Sheets<BufReader<File>>, out: &mut Out<'_>) {
    for name in wb.sheet_names() {
        let mut sheet = Sheet::new(&name);
        let read = match &mut wb {
            Sheets::Xlsx(x) => match x.worksheet_cells_reader(&name) {
                Ok(mut cells) => sheet.cells(out, || cells.next_cell().map_err(|e| e.to_string())),
                Err(e) => Err(e.to_string()),
            },
            Sheets::Xlsb(x) => match x.worksheet_cells_reader(&name) {
                Ok(mut cells) => sheet.cells(out, || cells.next_cell().map_err(|e| e.to_string())),
                Err(e) => Err(e.to_string()),
            },
            other => match other.worksheet_range(&name) {
                Ok(range) => {
                    let (r0, c0) = range.start().unwrap_or_default();
                    let mut cells = range.used_cells();
                    sheet.cells(out, || {
                        Ok(cells.next().map(|(r, c, v)| {
                            calamine::Cell::new((r0 + r as u32, c0 + c as u32), data_ref(v))
                        }))
                    })
                }
                Err(e) => Err(e.to_string()),
            },
        };
        if let Err(e) = read {
            out.warn(format!("sheet {name:?} not read to its end: {e}"));
        }
        if out.stopped {
            return;
        }
    }
}

/// A whole-sheet cell as the cell readers yield it.
fn data_ref(v: &Data) -> DataRef<'_> {
    match v {
        Data::Int(n) => DataRef::Int(*n),
        Data::Float(f) => DataRef::Float(*f),
        Data::String(s) => DataRef::SharedString(s),
        Data::Bool(b) => DataRef::Bool(*b),
        Data::DateTime(d) => DataRef::DateTime(*d),
        Data::DateTimeIso(s) => DataRef::DateTimeIso(s.clone()),
        Data::DurationIso(s) => DataRef::DurationIso(s.clone()),
        Data::Error(e) => DataRef::Error(e.clone()),
        Data::Empty => DataRef::Empty,
    }
}

/// The rendering of one sheet, as its cells arrive (row by row, left to right).
struct Sheet {
    /// The sheet's name, quoted.
    quoted: String,
    name: String,
    /// The header's column names, by column index (empty header cells as `col_N`).
    columns: Vec<String>,
    /// Whether the header row has been rendered.
    header_done: bool,
    /// The row being gathered: its sheet row, and its cells (column, rendered value).
    row: Option<u32>,
    cells: Vec<(u32, String)>,
    /// Rows rendered after the header.
    rows: u64,
    /// A cell beyond [`MAX_COLUMNS`] was reported (once per sheet).
    wide_warned: bool,
}

impl Sheet {
    fn new(name: &str) -> Sheet {
        let mut quoted = String::new();
        ident(&mut quoted, name);
        Sheet {
            quoted,
            name: name.to_string(),
            columns: Vec::new(),
            header_done: false,
            row: None,
            cells: Vec::new(),
            rows: 0,
            wide_warned: false,
        }
    }

    /// Renders the cells `next` yields, then the last row.
    fn cells<'d>(
        &mut self,
        out: &mut Out<'_>,
        mut next: impl FnMut() -> Result<Option<calamine::Cell<DataRef<'d>>>, String>,
    ) -> Result<(), String> {
        let result = loop {
            let cell = match next() {
                Ok(Some(cell)) => cell,
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            };
            let value = cell.get_value();
            if matches!(value, DataRef::Empty) {
                continue;
            }
            let (row, col) = cell.get_position();
            if col >= MAX_COLUMNS {
                if !self.wide_warned {
                    self.wide_warned = true;
                    let reason = format!(
                        "sheet {:?}: cells beyond column {MAX_COLUMNS} skipped (row {})",
                        self.name,
                        row + 1
                    );
                    out.warn(reason);
                }
                continue;
            }
            if self.row != Some(row) {
                self.end_row(out);
                if out.stopped {
                    return Ok(());
                }
                self.row = Some(row);
            }
            let text = self.value(value, col, out);
            self.cells.push((col, text));
        };
        self.end_row(out);
        result
    }

    /// A cell's value as SQL (`'text'`, a number), cut to the cell limit.
    fn value(&self, value: &DataRef<'_>, col: u32, out: &mut Out<'_>) -> String {
        if let DataRef::Int(n) = value {
            return n.to_string();
        }
        let text = match value {
            DataRef::SharedString(s) => std::borrow::Cow::Borrowed(*s),
            DataRef::String(s) => std::borrow::Cow::Borrowed(s.as_str()),
            other => std::borrow::Cow::Owned(cell_text(&Data::from(other.clone()))),
        };
        let max = out.limits.max_cell;
        if text.len() > max {
            let column = self.column_name(col);
            let row = self.row.map_or(0, |r| r + 1);
            out.warn(format!(
                "cell larger than {max} bytes cut: table {:?}, column {column:?}, row {row}",
                self.name
            ));
        }
        let mut sql = String::new();
        string(&mut sql, cut(&text, max));
        sql
    }

    /// The name of column `col` (0-based): its header, or `col_N`.
    fn column_name(&self, col: u32) -> String {
        match self.columns.get(col as usize) {
            Some(name) => name.clone(),
            None => format!("col_{}", col + 1),
        }
    }

    /// Renders the gathered row: the header (`CREATE TABLE`) if it is the first, else an
    /// `INSERT`.
    fn end_row(&mut self, out: &mut Out<'_>) {
        if self.cells.is_empty() {
            return;
        }
        let cells = std::mem::take(&mut self.cells);
        if !self.header_done {
            self.header_done = true;
            let width = cells.last().map_or(0, |c| c.0 as usize + 1);
            self.columns = (0..width).map(|i| format!("col_{}", i + 1)).collect();
            for (col, value) in &cells {
                // The header's values are rendered SQL: strings back to their text.
                let text = match value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')) {
                    Some(inner) => inner.replace("''", "'"),
                    None => value.clone(),
                };
                let text = text.trim();
                if !text.is_empty() {
                    self.columns[*col as usize] = text.to_string();
                }
            }
            let o = &mut out.buf;
            o.push_str("CREATE TABLE ");
            o.push_str(&self.quoted);
            o.push('(');
            for (i, c) in self.columns.iter().enumerate() {
                if i > 0 {
                    o.push(',');
                }
                ident(o, c);
            }
            o.push_str(");\n");
            out.row_done();
            return;
        }
        self.rows += 1;
        let width = self.columns.len();
        let last = cells.last().map_or(0, |c| c.0 as usize);
        // Positional values padded with NULL, unless the padding would outweigh the
        // cells (a sparse row, a cell far to the right): then the row names its columns,
        // so that its rendering grows with its cells, not with its width.
        let positional = last < width && width <= 2 * cells.len() + 64;
        let o = &mut out.buf;
        o.push_str("INSERT INTO ");
        o.push_str(&self.quoted);
        if positional {
            o.push_str(" VALUES(");
            let mut at = 0;
            for (col, value) in &cells {
                while at < *col as usize {
                    o.push_str(if at > 0 { ",NULL" } else { "NULL" });
                    at += 1;
                }
                if at > 0 {
                    o.push(',');
                }
                o.push_str(value);
                at += 1;
            }
            while at < width {
                o.push_str(",NULL");
                at += 1;
            }
        } else {
            o.push('(');
            for (i, (col, _)) in cells.iter().enumerate() {
                if i > 0 {
                    o.push(',');
                }
                let name = self.column_name(*col);
                ident(o, &name);
            }
            o.push_str(") VALUES(");
            for (i, (_, value)) in cells.iter().enumerate() {
                if i > 0 {
                    o.push(',');
                }
                o.push_str(value);
            }
        }
        o.push_str(");\n");
        out.row_done();
    }
}

/// A cell as text: numbers without a trailing `.0` (so `13912345678.0` reads as the
/// phone number it is), dates as ISO dates.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e17 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => excel_date(d.as_f64()),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// An Excel date serial (days since 1899-12-30) as an ISO date.
fn excel_date(serial: f64) -> String {
    let base = jiff::civil::date(1899, 12, 30);
    match base.checked_add(jiff::Span::new().days(serial.floor() as i64)) {
        Ok(d) => d.to_string(),
        Err(_) => serial.to_string(),
    }
}

/// The tables of a database, by name.
fn table_names(db: &rusqlite::Connection) -> rusqlite::Result<Vec<String>> {
    let mut q = db.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         ORDER BY name",
    )?;
    let names = q.query_map([], |r| r.get::<_, String>(0))?;
    names.collect()
}

/// Renders one table of a database. Each value is selected only when it is at most
/// [`Limits::max_cell`] bytes long: SQLite reads a value's length without loading it, so
/// a larger one (a 900 MB blob) is never loaded; it is rendered as `NULL`, with a warning.
fn table(db: &rusqlite::Connection, name: &str, out: &mut Out<'_>) -> rusqlite::Result<()> {
    use rusqlite::types::ValueRef;
    let mut quoted = String::new();
    ident(&mut quoted, name);
    let cols: Vec<String> = db
        .prepare(&format!("SELECT * FROM {quoted}"))?
        .column_names()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let mut select = String::from("SELECT ");
    for (i, c) in cols.iter().enumerate() {
        let mut q = String::new();
        // By position in `SELECT *`: a column's name may be empty or repeated.
        ident(&mut q, c);
        if i > 0 {
            select.push(',');
        }
        let _ = write!(
            select,
            "octet_length({q}),CASE WHEN octet_length({q}) > ?1 THEN NULL ELSE {q} END"
        );
    }
    if cols.is_empty() {
        select.push_str("NULL");
    }
    let _ = write!(select, " FROM {quoted}");
    let o = &mut out.buf;
    o.push_str("CREATE TABLE ");
    o.push_str(&quoted);
    o.push('(');
    for (i, c) in cols.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        ident(o, c);
    }
    o.push_str(");\n");
    out.row_done();
    let max = out.limits.max_cell;
    let mut stmt = db.prepare(&select)?;
    let mut rows = stmt.query([max as i64])?;
    let mut n = 0u64;
    while let Some(row) = rows.next()? {
        n += 1;
        let mut line = String::from("INSERT INTO ");
        line.push_str(&quoted);
        line.push_str(" VALUES(");
        for (i, c) in cols.iter().enumerate() {
            if i > 0 {
                line.push(',');
            }
            let len: Option<i64> = row.get(2 * i)?;
            if len.is_some_and(|l| l > max as i64) {
                line.push_str("NULL");
                let reason = format!(
                    "value of {} bytes, larger than {max}, not read: table {name:?}, column {c:?}, row {n}",
                    len.unwrap_or_default()
                );
                out.warn(reason);
                continue;
            }
            match row.get_ref(2 * i + 1)? {
                ValueRef::Null => line.push_str("NULL"),
                ValueRef::Integer(v) => {
                    let _ = write!(line, "{v}");
                }
                ValueRef::Real(f) => {
                    let _ = write!(line, "{f}");
                }
                ValueRef::Text(b) => string(&mut line, &String::from_utf8_lossy(b)),
                ValueRef::Blob(b) => {
                    // Text hidden in a blob is still text to scan.
                    match std::str::from_utf8(b) {
                        Ok(s) if !s.contains('\0') => string(&mut line, s),
                        _ => {
                            line.push_str("X'");
                            for byte in b {
                                let _ = write!(line, "{byte:02x}");
                            }
                            line.push('\'');
                        }
                    }
                }
            }
        }
        line.push_str(");\n");
        out.buf.push_str(&line);
        out.row_done();
        if out.stopped {
            break;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn database(sql: &str) -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.sqlite");
        rusqlite::Connection::open(&p).unwrap().execute_batch(sql).unwrap();
        (dir, p)
    }

    #[test]
    fn a_database_renders_as_a_dump() {
        let (_dir, p) = database(
            "CREATE TABLE users(name TEXT, phone TEXT, n INTEGER, photo BLOB);
             INSERT INTO users VALUES('O''Brien', '13912345678', 7, X'00ff');
             INSERT INTO users VALUES(NULL, 'x', NULL, 'plain text blob');",
        );
        let (text, warnings) = render_to_vec(Source::open(&p, false).unwrap(), Limits::default());
        assert_eq!(warnings, []);
        assert_eq!(
            String::from_utf8(text).unwrap(),
            "CREATE TABLE \"users\"(\"name\",\"phone\",\"n\",\"photo\");\n\
             INSERT INTO \"users\" VALUES('O''Brien','13912345678',7,X'00ff');\n\
             INSERT INTO \"users\" VALUES(NULL,'x',NULL,'plain text blob');\n"
        );
        assert!(is_sqlite_db("sqlite", b"SQLite format 3\0..."));
    }

    #[test]
    fn a_value_over_the_limit_is_not_read_and_the_rows_after_it_are() {
        let (_dir, p) = database(
            "CREATE TABLE t(a, b);
             INSERT INTO t VALUES('one', 'short');
             INSERT INTO t VALUES(zeroblob(5000), 'two');
             INSERT INTO t VALUES('three', 'short');",
        );
        let (text, warnings) =
            render_to_vec(Source::open(&p, false).unwrap(), Limits { max_cell: 1000 });
        let text = String::from_utf8(text).unwrap();
        assert_eq!(
            text,
            "CREATE TABLE \"t\"(\"a\",\"b\");\n\
             INSERT INTO \"t\" VALUES('one','short');\n\
             INSERT INTO \"t\" VALUES(NULL,'two');\n\
             INSERT INTO \"t\" VALUES('three','short');\n"
        );
        assert_eq!(
            warnings,
            [Warning {
                offset: text.find("INSERT INTO \"t\" VALUES(NULL").unwrap() as u64,
                reason: "value of 5000 bytes, larger than 1000, not read: table \"t\", \
                         column \"a\", row 2"
                    .to_string()
            }]
        );
    }

    #[test]
    fn garbage_is_not_a_database() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.sqlite");
        let mut bytes = b"SQLite format 3\0".to_vec();
        bytes.extend(std::iter::repeat_n(0xA5u8, 4096));
        std::fs::write(&p, bytes).unwrap();
        assert!(Source::open(&p, false).is_err());
    }

    /// A sheet of `rows` (row, column, text) cells, as calamine's cell reader yields them.
    fn sheet(cells: &[(u32, u32, &str)], limits: Limits) -> (String, Vec<Warning>) {
        let mut pieces = Vec::new();
        let mut send = |p: Vec<u8>| {
            pieces.extend(p);
            true
        };
        let mut out = Out::new(limits, &mut send);
        let mut sheet = Sheet::new("s");
        let mut it = cells.iter();
        sheet
            .cells(&mut out, || {
                Ok(it
                    .next()
                    .map(|&(r, c, t)| calamine::Cell::new((r, c), DataRef::SharedString(t))))
            })
            .unwrap();
        out.flush();
        let warnings = std::mem::take(&mut out.warnings);
        drop(out);
        (String::from_utf8(pieces).unwrap(), warnings)
    }

    #[test]
    fn sheets_render_their_cells_not_their_extent() {
        let (text, warnings) = sheet(
            &[
                (0, 0, "name"),
                (0, 2, "phone"),
                (1, 0, "a"),
                (1, 2, "13912345678"),
                (7, 1, "b"),
                (1_048_575, 16_383, "far"),
                (1_048_575, 20_000, "beyond"),
            ],
            Limits::default(),
        );
        assert_eq!(
            text,
            "CREATE TABLE \"s\"(\"name\",\"col_2\",\"phone\");\n\
             INSERT INTO \"s\" VALUES('a',NULL,'13912345678');\n\
             INSERT INTO \"s\" VALUES(NULL,'b',NULL);\n\
             INSERT INTO \"s\"(\"col_16384\") VALUES('far');\n"
        );
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].reason.contains("beyond column 16384"), "{warnings:?}");
    }

    #[test]
    fn a_long_cell_is_cut_with_a_warning() {
        let long = "é".repeat(100);
        let (text, warnings) =
            sheet(&[(0, 0, "note"), (1, 0, &long), (2, 0, "after")], Limits { max_cell: 51 });
        assert!(text.contains(&format!("VALUES('{}');\n", "é".repeat(25))), "{text}");
        assert!(text.ends_with("VALUES('after');\n"));
        assert_eq!(
            warnings.iter().map(|w| w.reason.as_str()).collect::<Vec<_>>(),
            ["cell larger than 51 bytes cut: table \"s\", column \"note\", row 2"]
        );
    }

    #[test]
    fn whole_floats_read_as_integers() {
        assert_eq!(cell_text(&Data::Float(13912345678.0)), "13912345678");
        assert_eq!(cell_text(&Data::Float(1.5)), "1.5");
        assert_eq!(excel_date(32939.0), "1990-03-07");
    }
}
