//! The text and tables of a document's XML, built from parser events: paragraphs become
//! lines of a text part, every table a CSV part of its own. Shared by [`super::ooxml`]
//! and [`super::odf`], which say which elements are paragraphs, runs, tables and cells.

use std::io::{BufRead, BufReader, Read, Seek};

use zip::ZipArchive;

use super::Emitter;

/// The most columns one table row keeps (as many as a spreadsheet has, `XFD`); cells
/// beyond are dropped with a warning, so that a row of repeated empty cells cannot grow
/// without bound.
pub(crate) const MAX_COLUMNS: usize = 16_384;

/// A table being built: its rows are written as CSV as soon as they end.
struct Table {
    /// The part's name (`table-3.csv`).
    name: String,
    /// The CSV text written so far.
    out: Vec<u8>,
    /// The current row's cells.
    row: Vec<String>,
    /// The current cell's text, while inside a cell.
    cell: Option<String>,
    /// Bytes held by `out`, `row` and `cell`.
    held: usize,
    /// The table reached the part limit: nothing more is added.
    cut: bool,
    /// Cells were dropped past [`MAX_COLUMNS`].
    wide: bool,
}

/// Builds the parts of one document (or one slide) from its XML events.
pub(crate) struct Builder {
    max_part: usize,
    /// The current text part's name and text.
    name: String,
    text: Vec<u8>,
    /// The current text part reached the part limit.
    text_cut: bool,
    /// Open tables, innermost last (a table inside a cell is a table of its own).
    tables: Vec<Table>,
    /// Prefix of table names (`slide-2-`).
    table_prefix: String,
    /// Tables started so far under the current prefix.
    table_count: usize,
}

impl Builder {
    /// A builder whose text part is named `name` and whose parts hold at most `max_part`
    /// bytes.
    pub(crate) fn new(name: impl Into<String>, max_part: usize) -> Builder {
        Builder {
            max_part,
            name: name.into(),
            text: Vec::new(),
            text_cut: false,
            tables: Vec::new(),
            table_prefix: String::new(),
            table_count: 0,
        }
    }

    /// Hands out the text part and starts a new one named `name`, whose tables are named
    /// `{table_prefix}table-N.csv` counting from 1.
    pub(crate) fn restart(&mut self, em: &mut Emitter<'_>, name: String, table_prefix: String) {
        self.finish(em);
        self.name = name;
        if table_prefix != self.table_prefix {
            self.table_prefix = table_prefix;
            self.table_count = 0;
        }
    }

    /// Hands out the current text part and every open table (a document that ends
    /// inside a table, damaged or cut, keeps what was read).
    pub(crate) fn finish(&mut self, em: &mut Emitter<'_>) {
        while !self.tables.is_empty() {
            self.table_end(em);
        }
        let text = std::mem::take(&mut self.text);
        if self.text_cut {
            em.warnings.push(format!(
                "{}: cut at {} bytes (the part size limit)",
                self.name, self.max_part
            ));
            self.text_cut = false;
        }
        em.part(self.name.clone(), text);
    }

    /// Adds text where it belongs: the open cell of the innermost table, or the text.
    pub(crate) fn text(&mut self, s: &str) {
        match self.tables.last_mut() {
            Some(t) if t.cell.is_some() => {
                if t.cut || t.held + s.len() > self.max_part {
                    t.cut = true;
                    return;
                }
                t.held += s.len();
                t.cell.as_mut().expect("checked above").push_str(s);
            }
            _ => {
                if self.text_cut || self.text.len() + s.len() > self.max_part {
                    self.text_cut = true;
                    return;
                }
                self.text.extend_from_slice(s.as_bytes());
            }
        }
    }

    /// Ends a paragraph (or a line break): a new line, in a cell too.
    pub(crate) fn line_break(&mut self) {
        self.text("\n");
    }

    /// A tab: a tab character in text, a space in a cell (it stays one cell).
    pub(crate) fn tab(&mut self) {
        if self.in_cell() {
            self.text(" ");
        } else {
            self.text("\t");
        }
    }

    fn in_cell(&self) -> bool {
        self.tables.last().is_some_and(|t| t.cell.is_some())
    }

    /// Starts a table.
    pub(crate) fn table_start(&mut self) {
        self.table_count += 1;
        let name = format!("{}table-{}.csv", self.table_prefix, self.table_count);
        self.tables.push(Table {
            name,
            out: Vec::new(),
            row: Vec::new(),
            cell: None,
            held: 0,
            cut: false,
            wide: false,
        });
    }

    /// Starts a row of the innermost table.
    pub(crate) fn row_start(&mut self) {
        if let Some(t) = self.tables.last_mut() {
            t.row.clear();
            t.cell = None;
        }
    }

    /// Starts a cell of the innermost table.
    pub(crate) fn cell_start(&mut self) {
        if let Some(t) = self.tables.last_mut() {
            t.cell = Some(String::new());
        }
    }

    /// Ends the open cell, which stands for `repeat` cells and is followed by `span - 1`
    /// empty ones (a cell merged across columns, whose covered cells the format leaves
    /// out).
    pub(crate) fn cell_end(&mut self, span: usize, repeat: usize) {
        let Some(t) = self.tables.last_mut() else { return };
        let Some(mut cell) = t.cell.take() else { return };
        let kept = cell.trim_end_matches(['\n', ' ']).len();
        cell.truncate(kept);
        for i in 0..repeat.max(1) {
            if t.row.len() >= MAX_COLUMNS {
                t.wide = true;
                break;
            }
            // The first copy's text was counted as it came; a separator per cell.
            t.held += if i == 0 { 1 } else { cell.len() + 1 };
            t.row.push(if i + 1 == repeat.max(1) {
                std::mem::take(&mut cell)
            } else {
                cell.clone()
            });
        }
        for _ in 1..span.max(1) {
            if t.row.len() >= MAX_COLUMNS {
                t.wide = true;
                break;
            }
            t.held += 1;
            t.row.push(String::new());
        }
    }

    /// Ends the current row, which stands for `repeat` rows, writing it as CSV unless it
    /// is empty.
    pub(crate) fn row_end(&mut self, repeat: usize) {
        let max_part = self.max_part;
        let Some(t) = self.tables.last_mut() else { return };
        if t.cell.is_some() {
            // A row that ends inside a cell (damaged XML): keep the cell.
            self.cell_end(1, 1);
        }
        let t = self.tables.last_mut().expect("checked above");
        while t.row.last().is_some_and(String::is_empty) {
            t.row.pop();
        }
        if t.row.is_empty() {
            return;
        }
        let mut line = Vec::new();
        {
            let mut w = csv::WriterBuilder::new().flexible(true).from_writer(&mut line);
            // Writing into a vector cannot fail.
            let _ = w.write_record(&t.row);
            let _ = w.flush();
        }
        for _ in 0..repeat.max(1) {
            if t.cut || t.out.len() + line.len() > max_part {
                t.cut = true;
                break;
            }
            t.out.extend_from_slice(&line);
        }
        t.row.clear();
        t.held = t.out.len();
    }

    /// Ends the innermost table and hands it out as a CSV part.
    pub(crate) fn table_end(&mut self, em: &mut Emitter<'_>) {
        if self.tables.last().is_some_and(|t| !t.row.is_empty() || t.cell.is_some()) {
            self.row_end(1);
        }
        let Some(t) = self.tables.pop() else { return };
        if t.cut {
            em.warnings
                .push(format!("{}: cut at {} bytes (the part size limit)", t.name, self.max_part));
        }
        if t.wide {
            em.warnings.push(format!("{}: cells past column {MAX_COLUMNS} are left out", t.name));
        }
        em.part(t.name, t.out);
    }
}

/// Reads the zip member `path` through `read` (its XML, cut at `max_member` bytes), with a
/// warning when it is cut there, damaged (what was read before the damage is kept) or
/// not readable. A member that is not there is skipped.
pub(crate) fn read_member<R: Read + Seek>(
    zip: &mut ZipArchive<R>,
    path: &str,
    max_member: u64,
    em: &mut Emitter<'_>,
    read: impl FnOnce(&mut dyn BufRead, &mut Emitter<'_>) -> Result<u64, quick_xml::Error>,
) {
    let entry = match zip.by_name(path) {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => return,
        Err(e) => return em.warnings.push(format!("{path}: not readable: {e}")),
    };
    let mut reader = BufReader::new(entry.take(max_member));
    match read(&mut reader, em) {
        Ok(n) if n >= max_member => em
            .warnings
            .push(format!("{path}: read up to {max_member} bytes (the member size limit)")),
        Ok(_) => {}
        Err(e) => em.warnings.push(format!("{path}: damaged, read up to the damage: {e}")),
    }
}

/// The text of a character or predefined entity reference (`#x41`, `amp`), or `None` for
/// an unknown entity, which is left out.
pub(crate) fn entity(reference: &quick_xml::events::BytesRef<'_>) -> Option<String> {
    if let Ok(Some(c)) = reference.resolve_char_ref() {
        return Some(c.to_string());
    }
    quick_xml::escape::resolve_predefined_entity(reference).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::document::{Limits, Part};

    fn run(
        max_part: usize,
        f: impl FnOnce(&mut Builder, &mut Emitter<'_>),
    ) -> (Vec<Part>, Vec<String>) {
        let mut parts = Vec::new();
        let mut push = |p| {
            parts.push(p);
            true
        };
        let limits = Limits { max_part, ..Limits::default() };
        let mut em = Emitter::new(&mut push, &limits);
        let mut b = Builder::new("body.txt", max_part);
        f(&mut b, &mut em);
        b.finish(&mut em);
        let w = em.warnings;
        (parts, w)
    }

    #[test]
    fn tables_become_csv_with_merged_cells_padded_and_empty_rows_left_out() {
        let (parts, warnings) = run(1 << 20, |b, em| {
            b.text("before");
            b.line_break();
            b.table_start();
            for row in [["姓名", "身份证号"], ["", ""], ["张三", "a,b"]] {
                b.row_start();
                for c in row {
                    b.cell_start();
                    b.text(c);
                    b.cell_end(1, 1);
                }
                b.row_end(1);
            }
            b.row_start();
            b.cell_start();
            b.text("wide");
            b.cell_end(2, 1);
            b.cell_start();
            b.text("x");
            b.line_break();
            b.cell_end(1, 1);
            b.row_end(2);
            b.table_end(em);
            b.text("after");
        });
        assert!(warnings.is_empty());
        assert_eq!(parts[0].name, "table-1.csv");
        assert_eq!(
            String::from_utf8_lossy(&parts[0].bytes),
            "姓名,身份证号\n张三,\"a,b\"\nwide,,x\nwide,,x\n"
        );
        assert_eq!(parts[1], Part { name: "body.txt".into(), bytes: b"before\nafter".to_vec() });
    }

    #[test]
    fn parts_are_cut_at_the_limit_with_a_warning() {
        let (parts, warnings) = run(8, |b, em| {
            b.text("12345");
            b.text("6789");
            b.table_start();
            b.row_start();
            b.cell_start();
            b.text("abc");
            b.cell_end(1, 1000);
            b.row_end(1000);
            b.table_end(em);
        });
        // The table's first row alone is past the limit: nothing of it is left.
        assert_eq!(parts, [Part { name: "body.txt".into(), bytes: b"12345".to_vec() }]);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].starts_with("table-1.csv: cut at 8 bytes"));
        assert!(warnings[1].starts_with("body.txt: cut at 8 bytes"));
    }

    #[test]
    fn repeated_cells_stop_at_the_column_limit() {
        let (parts, warnings) = run(1 << 20, |b, em| {
            b.table_start();
            b.row_start();
            b.cell_start();
            b.text("v");
            b.cell_end(1, usize::MAX);
            b.row_end(1);
            b.table_end(em);
        });
        assert_eq!(parts[0].bytes.len(), MAX_COLUMNS * 2);
        assert!(warnings[0].contains("past column 16384"));
    }
}
