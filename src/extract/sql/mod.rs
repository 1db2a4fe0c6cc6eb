//! SQL dumps: `mysqldump` / MariaDB, `pg_dump` plain format and SQLite `.dump`, and SQL
//! scripts of other dialects (SQL Server, Oracle, Db2), read as a stream of cells.
//!
//! # Why hand-written
//!
//! SQL parser crates (sqlparser-rs and the like) build an AST of a whole statement in
//! memory, and a dump's statement is often a whole table: `mysqldump` writes one extended
//! `INSERT` of many megabytes on one line. They also report no byte offsets for values, and
//! none of them consumes input in arbitrary chunks. What piiscan needs is much smaller: the
//! byte span of each value and which table, column and row it belongs to, in bounded
//! memory, at memory-bandwidth speed. That is a byte-level state machine, written here:
//!
//! - `lexer`: bytes to tokens (words, quoted identifiers, string literals, punctuation),
//!   skipping comments, one state machine shared by the dialects. String bodies are never
//!   copied, only their spans kept; `memchr` jumps to the closing quote. Only a bounded
//!   carry crosses chunk boundaries: at most `MAX_TEXT` (1 KiB) bytes of an identifier
//!   or keyword, a dollar-quote tag, a few flags.
//! - `statement`: tokens to cells. It recognises `CREATE TABLE` (column lists),
//!   `INSERT` / `REPLACE` (`VALUES` tuples) and `COPY`, and skips every other statement to
//!   its `;`.
//! - `copy`: PostgreSQL `COPY ... FROM stdin` text-format data lines.
//! - `mysql`, `postgres`, `sqlite`, `script`: the dialects, as a `Dialect` of switches
//!   (string escapes, identifier quotes, comment forms, batch separators), with their tests
//!   on realistic dumps and published scripts.
//!
//! # What a cell is
//!
//! - A value in a `VALUES (...)` tuple is everything between the separating commas at the
//!   tuple's top level, as written: `'it''s'` with its quotes, `_binary '\0'`, `X'00ff'`,
//!   `E'a\nb'`, `-1.5e3`, `NULL`, `replace('a\nb','\n',char(10))`. A `COPY` cell is one
//!   tab-separated field, escapes included (`\N` for NULL).
//! - `non_empty` is false for `NULL`, `\N`, and empty strings (`''`, `E''`, `_binary ''`,
//!   an empty `COPY` field).
//! - Rows count from 1 per table, across every `INSERT` and `COPY` of that table in the
//!   file (a dump of several databases with equal table names counts them together).
//! - Column names come from an explicit column list (`INSERT INTO t (a, b)`, `COPY t (a,
//!   b)`), otherwise from the table's last `CREATE TABLE` (constraint lines skipped), or
//!   for a table without one, from its first explicit column list.
//!   A value past the known columns gets `col_N` (1-based); a row whose width differs from
//!   the known columns is reported once per table. Past 4096 (MySQL's column limit) every
//!   such value shares `col_overflow`, so names stay bounded on garbage.
//! - Table names keep only their last part: `public.users` and `` `shop`.`users` `` are
//!   `users`. PostgreSQL folds unquoted names to lower case, as the server does; MySQL and
//!   SQLite names are kept as written.
//!
//! # Bad input
//!
//! A parser never stops and never panics. Garbage inside `VALUES` records a [`Warning`] and
//! resynchronises at the next `;` that ends a line, or at the next line that starts with
//! `INSERT`, `REPLACE`, `COPY` or `CREATE`. An unterminated string, quoted identifier,
//! comment or `COPY` block is reported at the end. Cells come out in increasing order of
//! `start`, never overlapping, and feeding the input whole or in chunks of any size gives
//! the same cells and warnings.
//!
//! # Known limits
//!
//! Statements inside MySQL `DELIMITER` blocks (triggers, routines) are skipped; a
//! PostgreSQL `BEGIN ATOMIC ... END` function body is not. PostgreSQL strings follow
//! `standard_conforming_strings = on` (what `pg_dump` writes); `E'...'` strings take
//! backslash escapes. `COPY` data is read as text format whatever its options say, and
//! only `\n` and `\r\n` end its lines.

mod copy;
mod lexer;
mod mysql;
mod postgres;
mod script;
mod sniff;
mod sqlite;
mod statement;
#[cfg(test)]
mod testutil;

pub use mysql::mysql;
pub use postgres::postgres;
pub use script::script;
pub use sniff::sniff;
pub use sqlite::sqlite_dump;

use super::{Cell, Names, Parser, Warning};
use lexer::Lexer;
use statement::Statements;

/// What distinguishes one SQL dialect's lexical rules from another's.
#[derive(Clone, Copy, Debug)]
struct Dialect {
    /// Backslash escapes (`\'`, `\\`) in every string literal (MySQL).
    backslash_escapes: bool,
    /// `"..."` is a string literal, not an identifier (MySQL without `ANSI_QUOTES`).
    double_quote_strings: bool,
    /// `` `name` `` quotes an identifier (MySQL, SQLite).
    backticks: bool,
    /// `[name]` quotes an identifier (SQLite).
    brackets: bool,
    /// `# ...` is a comment (MySQL).
    hash_comments: bool,
    /// `--` starts a comment only when followed by a space or control byte (MySQL).
    dash_needs_space: bool,
    /// `/* ... */` comments nest (PostgreSQL).
    nested_comments: bool,
    /// `$tag$ ... $tag$` strings, and `E'...'` strings with backslash escapes (PostgreSQL).
    dollar_quotes: bool,
    /// `COPY ... FROM stdin;` data blocks (PostgreSQL).
    copy: bool,
    /// The client's `DELIMITER` command (MySQL).
    delimiter: bool,
    /// `REPLACE INTO` inserts rows (MySQL, SQLite).
    replace: bool,
    /// Unquoted identifiers fold to lower case (PostgreSQL).
    fold_case: bool,
    /// A `GO` word ends a statement, and a statement may end without `;` before the next
    /// `INSERT` or `CREATE` (SQL Server scripts).
    go_batches: bool,
}

/// Where the lexer and the statement layer write their results.
struct Out<'a> {
    cells: &'a mut Vec<Cell>,
    warnings: &'a mut Vec<Warning>,
}

impl Out<'_> {
    fn warn(&mut self, offset: u64, reason: impl Into<String>) {
        self.warnings.push(Warning { offset, reason: reason.into() });
    }
}

/// A SQL dump parser: the lexer and the statement layer of one dialect.
#[derive(Clone)]
struct SqlParser {
    lexer: Lexer,
    statements: Statements,
    /// Offset one past the last byte fed.
    end: u64,
}

impl SqlParser {
    fn new(dialect: Dialect) -> SqlParser {
        SqlParser::with_names(dialect, Names::with_limits(&super::Limits::default()))
    }

    fn with_names(dialect: Dialect, names: Names) -> SqlParser {
        SqlParser {
            lexer: Lexer::new(dialect),
            statements: Statements::new(dialect, names),
            end: 0,
        }
    }

    /// Bytes held between chunks in buffers that could grow with the input (not the
    /// schema): for tests of bounded memory.
    #[cfg(test)]
    fn carry(&self) -> usize {
        self.lexer.carry() + self.statements.carry()
    }
}

impl Parser for SqlParser {
    fn snapshot(&self) -> Option<Box<dyn Parser>> {
        Some(Box::new(self.clone()))
    }

    fn feed(
        &mut self,
        chunk: &[u8],
        base: u64,
        cells: &mut Vec<Cell>,
        warnings: &mut Vec<Warning>,
    ) {
        let mut out = Out { cells, warnings };
        self.lexer.feed(chunk, base, &mut self.statements, &mut out);
        self.end = base + chunk.len() as u64;
    }

    fn finish(&mut self, cells: &mut Vec<Cell>, warnings: &mut Vec<Warning>) {
        let mut out = Out { cells, warnings };
        self.lexer.finish(self.end, &mut self.statements, &mut out);
    }

    fn names(&self) -> &Names {
        &self.statements.names
    }

    fn settled(&self) -> u64 {
        if self.lexer.in_copy() {
            self.statements.copy_field_start().min(self.end)
        } else {
            self.statements.open_tuple().unwrap_or(self.end)
        }
    }

    fn rests_at(&self, offset: u64) -> bool {
        if self.lexer.in_copy() {
            // At a line's first byte no field is open, whatever the last one's start.
            self.end == offset && self.statements.copy_at_line_start()
        } else {
            self.settled() >= offset
        }
    }

    fn abandon(&mut self) {
        self.lexer.abandon();
        self.statements.abandon();
    }

    fn marker_allowed(&self, offset: u64) -> bool {
        self.lexer.markers.binary_search(&offset).is_ok()
    }

    fn forget_markers_before(&mut self, offset: u64) {
        while self.lexer.markers.front().is_some_and(|&m| m < offset) {
            self.lexer.markers.pop_front();
        }
    }
    fn note(&self, table: u32, column: u32) -> Option<&str> {
        self.statements.notes.get(&(table, column)).map(String::as_str)
    }

    fn has_notes(&self) -> bool {
        !self.statements.notes.is_empty()
    }
}

/// The parser for a dump of `kind` (MySQL, PostgreSQL, a script, else SQLite), keeping
/// its table and column names in `names`.
pub fn for_kind(kind: super::Kind, names: Names) -> Box<dyn Parser> {
    let dialect = match kind {
        super::Kind::Mysql => mysql::MYSQL,
        super::Kind::Postgres => postgres::POSTGRES,
        super::Kind::SqlScript => script::SCRIPT,
        _ => sqlite::SQLITE,
    };
    Box::new(SqlParser::with_names(dialect, names))
}

#[cfg(test)]
mod tests {
    use super::testutil::{long_insert, parse};
    use super::*;

    #[test]
    fn five_megabyte_line_in_64k_chunks_keeps_carry_small() {
        let (input, rows) = long_insert(5 << 20);
        let mut p = SqlParser::new(mysql::MYSQL);
        let (mut cells, mut warnings) = (Vec::new(), Vec::new());
        let mut max_carry = 0;
        for (k, chunk) in input.chunks(64 << 10).enumerate() {
            p.feed(chunk, (k * (64 << 10)) as u64, &mut cells, &mut warnings);
            max_carry = max_carry.max(p.carry());
        }
        p.finish(&mut cells, &mut warnings);
        assert!(max_carry <= 4096, "carry grew to {max_carry} bytes");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(cells.len() as u64, rows * 4);
        assert_eq!(cells.last().map(|c| c.row), Some(rows));
        assert!(cells.windows(2).all(|w| w[0].end <= w[1].start));
        // The same input through the chunk-invariance helper, on a smaller scale.
        let (small, rows) = long_insert(4 << 10);
        let parsed = parse(mysql, &small);
        assert_eq!(parsed.cells.len() as u64, rows * 4);
    }
}
