//! Structure in scanned bytes: which table, column and row each byte of a dump, CSV or
//! JSON file belongs to, so that every finding is attributed to its column.
//!
//! The engine still scans the raw bytes once; a format's [`Parser`] walks the same bytes
//! beside it and emits the byte span of every cell, in order. The worker then joins the
//! two sorted streams: a finding inside a cell's span belongs to that cell. No regex runs
//! per cell.
//!
//! Parsers are push-based state machines: [`Parser::feed`] receives the file's bytes in
//! consecutive chunks of any size (a whole small file, or 1 MiB pieces of a large one or of a
//! decompressed stream), keeps its state across calls, and emits a cell when the cell
//! ends. So memory stays bounded however large the dump, and a cell may straddle chunks.
//!
//! Bad input never stops a parser: it records a [`Warning`] (offset and reason) and
//! resynchronises (for SQL, at the next statement; for CSV, at the next record), and the
//! engine's findings in the unparsed stretch are still reported, without a column.

pub mod csv;
pub mod hints;
pub mod join;
pub mod json;
pub mod names;
pub mod render;
pub mod sql;

pub use names::{Names, ValueTest};

/// Bounds on what a structured file's content can make a parser and the join keep, so
/// that hostile input (keys that are values, endless nesting, an unclosed quote) costs
/// bounded memory. Set by `--max-columns`, `--max-json-depth` and
/// `--max-held-findings`.
#[derive(Clone)]
pub struct Limits {
    /// Distinct table and column names (JSON key paths) kept per file; past it, new
    /// names collapse (`*` in a key path, `col_N` or `*` for a column).
    pub max_columns: usize,
    /// JSON nesting followed; deeper values are attributed to the path at this depth
    /// with `.*` added, and the file gets a warning.
    pub max_json_depth: usize,
    /// Findings the join holds while they wait for their cell to end; past it, the open
    /// cell is given up (a warning at its start) and parsing resumes at the next line.
    pub max_held_findings: usize,
    /// Whether a name holds a value a detector finds: such a name is never kept (a key
    /// that is an e-mail address becomes `*`; a CSV header of such cells is data).
    pub names_hold_values: Option<ValueTest>,
}

impl Limits {
    /// The default `--max-columns`.
    pub const MAX_COLUMNS: usize = 10_000;
    /// The default `--max-json-depth`.
    pub const MAX_JSON_DEPTH: usize = 64;
    /// The default `--max-held-findings`.
    pub const MAX_HELD_FINDINGS: usize = 10_000;
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_columns: Limits::MAX_COLUMNS,
            max_json_depth: Limits::MAX_JSON_DEPTH,
            max_held_findings: Limits::MAX_HELD_FINDINGS,
            names_hold_values: None,
        }
    }
}

impl std::fmt::Debug for Limits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limits")
            .field("max_columns", &self.max_columns)
            .field("max_json_depth", &self.max_json_depth)
            .field("max_held_findings", &self.max_held_findings)
            .field("names_hold_values", &self.names_hold_values.is_some())
            .finish()
    }
}

/// One cell of a table: a value's byte span in the file and where it belongs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell {
    /// Offset of the cell's first byte (for a quoted value, its opening quote).
    pub start: u64,
    /// Offset one past its last byte.
    pub end: u64,
    /// The table (sheet, or JSON document root), as an index into [`Names`].
    pub table: u32,
    /// The column (or JSON key path), as an index into [`Names`].
    pub column: u32,
    /// The 1-based record number within the table.
    pub row: u64,
    /// The cell holds a value (not SQL `NULL`, `\N`, or an empty CSV field).
    pub non_empty: bool,
}

/// A problem in the input, recorded and skipped.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Warning {
    /// Byte offset where the problem was seen.
    pub offset: u64,
    /// What was wrong (`unterminated string`, `row has 5 values, table has 4 columns`).
    pub reason: String,
}

/// A format's cell finder. Implementations keep whatever state they need between
/// chunks; they never hold on to chunk bytes beyond a bounded carry (a column name or a
/// partial token), and never panic on any input.
pub trait Parser: Send {
    /// Consumes `chunk`, the file's bytes starting at offset `base` (each call continues
    /// where the previous one ended), appending every cell that ends inside it to
    /// `cells` (in order of `start`) and problems to `warnings`.
    fn feed(&mut self, chunk: &[u8], base: u64, cells: &mut Vec<Cell>, warnings: &mut Vec<Warning>);

    /// The input has ended: emit what is pending and report what is unterminated.
    fn finish(&mut self, cells: &mut Vec<Cell>, warnings: &mut Vec<Warning>);

    /// The table and column names the cells refer to.
    fn names(&self) -> &Names;

    /// The offset before which every cell has been emitted: a finding before it that no
    /// emitted cell holds lies outside every cell, and need not wait.
    fn settled(&self) -> u64;

    /// Gives up the cell (or statement) in progress, which too many findings are waiting
    /// for (an unclosed quote swallowing the rest of the file), and resumes parsing at
    /// the next line. Afterwards [`Parser::settled`] is at least the end of the input fed.
    fn abandon(&mut self);

    /// Whether an inline suppression marker at `offset` is in a comment of the format
    /// (only SQL has them), where it may suppress its line. A marker inside data (a
    /// cell, a key, a row) never does.
    fn marker_allowed(&self, _offset: u64) -> bool {
        false
    }

    /// Markers before `offset` will not be asked about again.
    fn forget_markers_before(&mut self, _offset: u64) {}

    /// The comment the input gives column `column` of table `table` (names in
    /// [`Parser::names`]; SQL's `COMMENT`), read as a hint beside the name.
    fn note(&self, _table: u32, _column: u32) -> Option<&str> {
        None
    }

    /// Whether the input has given any column a comment so far.
    fn has_notes(&self) -> bool {
        false
    }

    /// Whether no value is open at `offset`, where the input fed so far ends: every cell
    /// before it has been emitted and none has begun, so that a copy of the parser made
    /// here holds nothing of a cell that straddles it.
    fn rests_at(&self, offset: u64) -> bool {
        self.settled() >= offset
    }

    /// A copy of the parser in its present state, which parses what follows as this one
    /// would: a large file's parts are then joined with their cells on several threads,
    /// each from the state at its start (see `split`). `None`: the parser cannot be
    /// copied, and the file is joined on one thread.
    fn snapshot(&self) -> Option<Box<dyn Parser>>;
}

/// How a file's name says it should be read: its structured format (if any, judged by
/// extension; SQL dumps by their first KiB) and whether it is gzip-compressed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The file is gzip-compressed (`.gz`): offsets are into the decompressed stream.
    pub gzip: bool,
    /// The extension (after `.gz`), lower-cased.
    pub extension: String,
    /// The table name for formats with one table per file: the name without extensions.
    pub table: String,
}

impl Plan {
    /// The plan for a file named `name`.
    pub fn for_name(name: &str) -> Plan {
        // Every `.gz` comes off (`users.csv.gz.gz` is CSV): the layers are decoded by
        // their bytes (`decode::gzip`).
        let mut inner = name;
        while inner.len() > 3 && inner.to_ascii_lowercase().ends_with(".gz") {
            inner = &inner[..inner.len() - 3];
        }
        let gzip = inner.len() < name.len();
        let (stem, extension) = match inner.rsplit_once('.') {
            Some((stem, ext)) if !stem.is_empty() => (stem, ext.to_ascii_lowercase()),
            _ => (inner, String::new()),
        };
        Plan { gzip, extension, table: stem.to_string() }
    }

    /// Whether the extension names a structured format (the bytes decide which SQL).
    pub fn is_structured(&self) -> bool {
        matches!(self.extension.as_str(), "csv" | "tsv" | "json" | "jsonl" | "ndjson" | "sql")
    }

    /// The parser for a file of this plan whose first bytes are `head`, if structured,
    /// with the default [`Limits`].
    pub fn parser(&self, head: &[u8]) -> Option<(Kind, Box<dyn Parser>)> {
        self.parser_with(head, &Limits::default())
    }

    /// The parser for a file of this plan whose first bytes are `head`, if structured.
    pub fn parser_with(&self, head: &[u8], limits: &Limits) -> Option<(Kind, Box<dyn Parser>)> {
        let names = || Names::with_limits(limits);
        match self.extension.as_str() {
            "csv" => Some((
                Kind::Csv,
                Box::new(csv::CsvParser::with_names(
                    names(),
                    &self.table,
                    csv::sniff_delimiter(head),
                )),
            )),
            "tsv" => {
                Some((Kind::Csv, Box::new(csv::CsvParser::with_names(names(), &self.table, b'\t'))))
            }
            "json" | "jsonl" | "ndjson" => Some((
                Kind::Json,
                Box::new(json::JsonParser::with_names(names(), &self.table, limits.max_json_depth)),
            )),
            "sql" => {
                let kind = sql::sniff(head)?;
                Some((kind, sql::for_kind(kind, names())))
            }
            _ => None,
        }
    }
}

/// The structured formats piiscan reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// `mysqldump` / MariaDB dump.
    Mysql,
    /// PostgreSQL `pg_dump` plain format (COPY blocks and INSERT statements).
    Postgres,
    /// SQLite `.dump`.
    SqliteDump,
    /// An SQL script of no dump tool: SQL Server's (`GO`, `[dbo].[t]`, `N'...'`),
    /// Oracle's, Db2's, a schema or data file as people write and publish them.
    SqlScript,
    /// CSV or TSV with a header row.
    Csv,
    /// JSON or JSON Lines.
    Json,
    /// A spreadsheet (`.xlsx`, `.xls`, `.ods`), read through its dump rendering.
    Spreadsheet,
    /// An SQLite database file, read through its dump rendering.
    SqliteDb,
    /// A zip archive (its entries are listed as files of their own).
    Zip,
    /// A tar archive, compressed or not.
    Tar,
    /// A 7z archive.
    #[serde(rename = "7z")]
    SevenZ,
    /// A table of a live database (`piiscan db`), read through its dump rendering.
    Database,
    /// A Word document (its text and tables are listed as files of their own).
    Docx,
    /// A PowerPoint presentation.
    Pptx,
    /// An OpenDocument text.
    Odt,
    /// An OpenDocument presentation.
    Odp,
    /// A PDF file.
    Pdf,
    /// An RTF file.
    Rtf,
    /// A mail message.
    Eml,
    /// A mailbox.
    Mbox,
}

impl Kind {
    /// Whether it is a container: an archive, a document or mail, whose entries are
    /// files of their own.
    pub fn is_container(self) -> bool {
        matches!(
            self,
            Kind::Zip
                | Kind::Tar
                | Kind::SevenZ
                | Kind::Docx
                | Kind::Pptx
                | Kind::Odt
                | Kind::Odp
                | Kind::Pdf
                | Kind::Rtf
                | Kind::Eml
                | Kind::Mbox
        )
    }
}

impl From<crate::source::container::ContainerKind> for Kind {
    fn from(kind: crate::source::container::ContainerKind) -> Kind {
        match kind {
            crate::source::container::ContainerKind::Zip => Kind::Zip,
            crate::source::container::ContainerKind::Tar => Kind::Tar,
            crate::source::container::ContainerKind::SevenZ => Kind::SevenZ,
            crate::source::container::ContainerKind::Document(kind) => match kind {
                crate::source::document::Kind::Docx => Kind::Docx,
                crate::source::document::Kind::Pptx => Kind::Pptx,
                crate::source::document::Kind::Odt => Kind::Odt,
                crate::source::document::Kind::Odp => Kind::Odp,
                crate::source::document::Kind::Pdf => Kind::Pdf,
                crate::source::document::Kind::Rtf => Kind::Rtf,
            },
            crate::source::container::ContainerKind::Mail { mbox: false } => Kind::Eml,
            crate::source::container::ContainerKind::Mail { mbox: true } => Kind::Mbox,
        }
    }
}

/// Feeds `bytes` to `parser` in pieces of `step` bytes, then finishes it: what a parser
/// yields must not depend on where the chunks are cut (tests).
#[cfg(test)]
pub(crate) fn feed_in_pieces(
    parser: &mut dyn Parser,
    bytes: &[u8],
    step: usize,
) -> (Vec<Cell>, Vec<Warning>) {
    let (mut cells, mut warnings) = (Vec::new(), Vec::new());
    for (i, piece) in bytes.chunks(step).enumerate() {
        parser.feed(piece, (i * step) as u64, &mut cells, &mut warnings);
    }
    parser.finish(&mut cells, &mut warnings);
    (cells, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_gz_suffix_comes_off_the_extension() {
        let plan = Plan::for_name("Users.CSV.gz.GZ");
        assert_eq!(
            (plan.gzip, plan.extension.as_str(), plan.table.as_str()),
            (true, "csv", "Users")
        );
        assert!(!Plan::for_name(".gz").gzip);
    }
}
