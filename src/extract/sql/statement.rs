//! Tokens to cells: the statements that matter in a dump, and the rest skipped to `;`.
//!
//! - `CREATE [TEMPORARY|UNLOGGED|...] TABLE [IF NOT EXISTS] name (definitions)`: the column
//!   names, in order; constraint lines (`PRIMARY KEY`, `KEY`, `UNIQUE`, `CONSTRAINT`,
//!   `INDEX`, `FOREIGN KEY`, `CHECK`, ...) are not columns.
//! - `INSERT [modifiers] INTO name [(columns)] [OVERRIDING ... VALUE] VALUES (...), ...`
//!   and `REPLACE INTO`: a cell per value, a row per tuple. A trailing `ON DUPLICATE KEY`,
//!   `ON CONFLICT` or `RETURNING` clause is skipped.
//! - `COPY name [(columns)] FROM stdin;`: the data lines that follow (see `copy`).
//! - In scripts with batches (SQL Server's `GO`), `GO` ends a statement, and so does the
//!   next `INSERT` or `CREATE` after a row (T-SQL makes `;` optional).
//! - Column comments, read as hints beside the column's name (as `piiscan db` reads them
//!   from the catalogue): MySQL's `` `tel` varchar(20) COMMENT '手机号' `` inside `CREATE
//!   TABLE`, and PostgreSQL's `COMMENT ON COLUMN schema.table.column IS '手机号';`. A
//!   comment is the hint of that table's column only (by table and column name: tables of
//!   equal names in several schemas share their comments, as they share their counts).
//!
//! A value is the run of tokens between the tuple's top-level commas, so expressions,
//! casts and function calls stay one cell.

use std::collections::HashMap;

use super::copy::CopyState;
use super::lexer::{starts_statement, MAX_TEXT};
use super::{Cell, Dialect, Names, Out};

/// What kind of token the lexer found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TokKind {
    /// A bare word: keyword, name, number (digits and letters; `1.5` is three tokens).
    Word,
    /// A quoted identifier: `` `a` ``, `"a"`, `[a]` (its text is the name, unquoted).
    Quoted,
    /// A string literal, prefix included: `'a'`, `E'a'`, `X'00'`, `_utf8mb4'a'`, `$$a$$`,
    /// and MySQL's `"a"`.
    Str,
    /// Any other byte: `(`, `)`, `,`, `;`, `.`, `-` ...
    Punct(u8),
}

/// A token and its span in the input.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub(super) kind: TokKind,
    pub(super) start: u64,
    pub(super) end: u64,
    /// A string or quoted identifier with nothing between its quotes.
    pub(super) empty: bool,
}

/// What the statement layer asks of the lexer after a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Action {
    /// Carry on lexing.
    Go,
    /// Garbage: skip raw bytes to the next statement.
    Resync,
    /// `COPY ... FROM stdin;` ended: data lines follow the current line.
    Copy,
    /// `DELIMITER x`: read its argument.
    Delimiter,
}

/// Where a statement is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Expecting a statement's first word.
    Start,
    /// Ignoring tokens to the next `;`.
    Skip,
    /// After `CREATE`: modifiers up to `TABLE`.
    Create,
    /// After `CREATE TABLE`: `IF NOT EXISTS` or the name.
    CreateTable,
    /// After `IF` (1) or `IF NOT` (2).
    IfNot(u8),
    /// After `INSERT` / `REPLACE`: modifiers up to `INTO`, or the name.
    Insert,
    /// Expecting a name, or its next part after `.`.
    Name,
    /// A name part read: `.` continues it.
    AfterName,
    /// `CREATE TABLE name`: expecting `(`.
    CreateTail,
    /// `INSERT INTO name [(cols)]`: expecting the column list (if `!cols`) or `VALUES`.
    InsertTail { cols: bool },
    /// `COPY name [(cols)]`: expecting the column list (if `!cols`) or `FROM`.
    CopyTail { cols: bool },
    /// Inside an explicit column list; `expect`: a name comes next.
    ColList { expect: bool },
    /// `OVERRIDING` (0), then `SYSTEM`/`USER` (1), then `VALUE`.
    Overriding(u8),
    /// Inside `CREATE TABLE (...)`; `item`: at the start of a definition.
    CreateBody { depth: u32, item: bool },
    /// Expecting a tuple's `(`.
    Values,
    /// Inside a tuple.
    Tuple,
    /// After a tuple: `,`, `;` or a trailing clause.
    AfterTuple,
    /// `COPY ... FROM`: expecting `stdin`.
    CopyFrom,
    /// `COPY ... FROM stdin`: options up to `;`.
    CopyStdin,
    /// Data lines are being read.
    Copy,
    /// `COMMENT` (0), `COMMENT ON` (1): expecting `ON`, then `COLUMN`.
    Comment(u8),
    /// `COMMENT ON COLUMN name`: expecting `IS`.
    CommentIs,
    /// `COMMENT ON COLUMN name IS`: expecting the text.
    CommentText,
}

/// Which statement a name belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    Create,
    Insert,
    Copy,
    Comment,
}

/// A table seen in the dump.
#[derive(Clone, Debug)]
pub(super) struct Table {
    /// Its name, in [`Names`].
    pub(super) name: u32,
    /// Its columns from `CREATE TABLE`, in [`Names`].
    pub(super) columns: Vec<u32>,
    /// Rows seen so far.
    pub(super) rows: u64,
    /// A row width mismatch was reported.
    pub(super) warned: bool,
}

/// At most this many column comments are kept per file, each cut at [`MAX_TEXT`] bytes by
/// the lexer: a dump that comments more columns only loses hints.
const MAX_NOTES: usize = 4096;

/// Column lists keep at most this many names (MySQL's limit is 4096 columns, PostgreSQL's
/// 1600), and unnamed values past this many share one name: garbage cannot grow either.
const MAX_GENERIC: usize = 4096;

/// The statement layer's state: see the module docs.
#[derive(Clone)]
pub(super) struct Statements {
    d: Dialect,
    pub(super) names: Names,
    pub(super) tables: Vec<Table>,
    by_name: HashMap<u32, usize>,
    state: State,
    target: Target,
    /// The last part of the name being read, and whether it was quoted.
    name: Vec<u8>,
    name_quoted: bool,
    /// The part before it (`users` in `public.users.phone`), and whether it was quoted.
    prev_name: Vec<u8>,
    prev_quoted: bool,
    /// Column comments by (table, column) name in [`Names`] (the first comment of a
    /// column is kept).
    pub(super) notes: HashMap<(u32, u32), String>,
    /// The (table, column) whose comment comes next (`COMMENT` read inside `CREATE
    /// TABLE`, or the column of `COMMENT ON COLUMN`).
    note_for: Option<(u32, u32)>,
    /// The `CREATE TABLE` definition being read is a column's (not a key's or a
    /// constraint's).
    in_column: bool,
    /// Index into `tables` of the current statement's table.
    pub(super) cur: usize,
    /// An explicit column list (`INSERT INTO t (a, b)`), used if `explicit`.
    stmt_cols: Vec<u32>,
    explicit: bool,
    /// `CREATE TABLE` columns being read.
    new_cols: Vec<u32>,
    /// `col_N` names by index (`u32::MAX`: not yet interned).
    generic: Vec<u32>,
    /// The current statement's first token.
    pub(super) stmt_start: u64,
    /// The current row's number.
    pub(super) row: u64,
    // The current tuple.
    depth: u32,
    idx: u32,
    tuple_start: u64,
    val_start: u64,
    val_end: u64,
    val_tokens: u32,
    val_empty: bool,
    val_intro: bool,
    /// The `COPY` block being read.
    pub(super) copy: CopyState,
}

impl Statements {
    pub(super) fn new(d: Dialect, names: Names) -> Statements {
        Statements {
            d,
            names,
            tables: Vec::new(),
            by_name: HashMap::new(),
            state: State::Start,
            target: Target::Insert,
            name: Vec::with_capacity(MAX_TEXT),
            name_quoted: false,
            prev_name: Vec::new(),
            prev_quoted: false,
            notes: HashMap::new(),
            note_for: None,
            in_column: false,
            cur: 0,
            stmt_cols: Vec::new(),
            explicit: false,
            new_cols: Vec::new(),
            generic: Vec::new(),
            stmt_start: 0,
            row: 0,
            depth: 0,
            idx: 0,
            tuple_start: 0,
            val_start: 0,
            val_end: 0,
            val_tokens: 0,
            val_empty: false,
            val_intro: false,
            copy: CopyState::default(),
        }
    }

    /// Bytes of buffers that are not schema (for tests of bounded memory).
    #[cfg(test)]
    pub(super) fn carry(&self) -> usize {
        self.name.capacity() + self.prev_name.capacity() + 4 * self.stmt_cols.capacity()
    }

    /// Whether the lexer should keep the text of the next string (it may be a name).
    pub(super) fn wants_text(&self) -> bool {
        matches!(
            self.state,
            State::Name
                | State::CreateTable
                | State::Insert
                | State::ColList { .. }
                | State::CreateBody { item: true, .. }
                | State::CommentText
        ) || (self.note_for.is_some() && matches!(self.state, State::CreateBody { .. }))
    }

    /// Resync succeeded: a statement starts.
    pub(super) fn restart(&mut self) {
        self.state = State::Start;
    }

    /// Takes one token; `text` is its text for words and quoted identifiers.
    // Inlined into the lexer's `emit`: a quarter faster on extended inserts.
    #[inline]
    pub(super) fn token(&mut self, tok: Tok, text: &[u8], out: &mut Out<'_>) -> Action {
        use TokKind::{Punct, Quoted, Str, Word};
        let word = |k: &str| tok.kind == Word && text.eq_ignore_ascii_case(k.as_bytes());
        match self.state {
            State::Tuple => return self.tuple_token(tok, text, out),
            State::Start => {
                self.stmt_start = tok.start;
                self.explicit = false;
                self.state = if word("INSERT") || (self.d.replace && word("REPLACE")) {
                    State::Insert
                } else if word("CREATE") {
                    State::Create
                } else if self.d.copy && word("COPY") {
                    self.target = Target::Copy;
                    State::Name
                } else if self.d.delimiter && word("DELIMITER") {
                    return Action::Delimiter;
                } else if word("COMMENT") {
                    State::Comment(0)
                } else if tok.kind == Punct(b';') || self.go(tok, text) {
                    State::Start
                } else {
                    State::Skip
                };
            }
            State::Skip => {
                if tok.kind == Punct(b';') || self.go(tok, text) {
                    self.state = State::Start;
                }
            }
            State::Create => {
                const MODIFIERS: [&str; 8] = [
                    "TEMPORARY",
                    "TEMP",
                    "UNLOGGED",
                    "GLOBAL",
                    "LOCAL",
                    "FOREIGN",
                    "OR",
                    "REPLACE",
                ];
                if word("TABLE") {
                    self.state = State::CreateTable;
                } else if !MODIFIERS.iter().any(|m| word(m)) {
                    return self.skip(tok);
                }
            }
            State::CreateTable if word("IF") => self.state = State::IfNot(1),
            State::IfNot(1) if word("NOT") => self.state = State::IfNot(2),
            State::IfNot(2) if word("EXISTS") => {
                self.target = Target::Create;
                self.state = State::Name;
            }
            State::IfNot(_) => return self.skip(tok),
            State::CreateTable => {
                self.target = Target::Create;
                self.state = State::Name;
                return self.token(tok, text, out);
            }
            State::Insert => {
                const MODIFIERS: [&str; 9] = [
                    "LOW_PRIORITY",
                    "DELAYED",
                    "HIGH_PRIORITY",
                    "IGNORE",
                    "OR",
                    "REPLACE",
                    "ROLLBACK",
                    "ABORT",
                    "FAIL",
                ];
                self.target = Target::Insert;
                if word("INTO") {
                    self.state = State::Name;
                } else if !MODIFIERS.iter().any(|m| word(m)) {
                    self.state = State::Name;
                    return self.token(tok, text, out);
                }
            }
            State::Name => match tok.kind {
                Word | Quoted | Str => {
                    self.name.clear();
                    self.name.extend_from_slice(text);
                    self.name_quoted = tok.kind != Word;
                    self.state = State::AfterName;
                }
                _ => return self.skip(tok),
            },
            State::Comment(0) if word("ON") => self.state = State::Comment(1),
            State::Comment(1) if word("COLUMN") => {
                self.target = Target::Comment;
                self.prev_name.clear();
                self.state = State::Name;
            }
            State::Comment(_) => return self.skip(tok),
            State::CommentIs if word("IS") => self.state = State::CommentText,
            State::CommentIs => return self.skip(tok),
            State::CommentText => {
                if tok.kind == Str {
                    self.note(text);
                }
                return self.skip(tok);
            }
            State::AfterName if self.target == Target::Comment => {
                if tok.kind == Punct(b'.') {
                    std::mem::swap(&mut self.name, &mut self.prev_name);
                    self.prev_quoted = self.name_quoted;
                    self.state = State::Name;
                } else {
                    // `table.column`: the column is the last part, its table the one before.
                    let name = std::mem::take(&mut self.name);
                    let table = std::mem::take(&mut self.prev_name);
                    self.note_for = match table.is_empty() {
                        true => None,
                        false => self
                            .intern(&table, self.prev_quoted)
                            .zip(self.intern(&name, self.name_quoted)),
                    };
                    self.name = name;
                    self.prev_name = table;
                    self.state = State::CommentIs;
                    return self.token(tok, text, out);
                }
            }
            State::AfterName => {
                if tok.kind == Punct(b'.') {
                    self.state = State::Name;
                } else {
                    self.open_table();
                    self.state = match self.target {
                        Target::Create => State::CreateTail,
                        Target::Insert => State::InsertTail { cols: false },
                        Target::Copy => State::CopyTail { cols: false },
                        Target::Comment => unreachable!("comment names are read above"),
                    };
                    return self.token(tok, text, out);
                }
            }
            State::CreateTail => {
                if tok.kind != Punct(b'(') {
                    return self.skip(tok);
                }
                self.new_cols.clear();
                self.state = State::CreateBody { depth: 1, item: true };
            }
            State::CreateBody { depth, item } => self.create_body(tok, text, depth, item, out),
            State::InsertTail { cols } => {
                if tok.kind == Punct(b'(') && !cols {
                    self.open_col_list();
                } else if word("VALUES") || word("VALUE") {
                    self.state = State::Values;
                } else if word("OVERRIDING") {
                    self.state = State::Overriding(0);
                } else {
                    return self.skip(tok);
                }
            }
            State::Overriding(0) if word("SYSTEM") || word("USER") => {
                self.state = State::Overriding(1);
            }
            State::Overriding(1) if word("VALUE") => self.state = State::InsertTail { cols: true },
            State::Overriding(_) => return self.skip(tok),
            State::CopyTail { cols } => {
                if tok.kind == Punct(b'(') && !cols {
                    self.open_col_list();
                } else if word("FROM") {
                    self.state = State::CopyFrom;
                } else {
                    return self.skip(tok);
                }
            }
            State::ColList { expect } => match tok.kind {
                Word | Quoted | Str if expect => {
                    if self.stmt_cols.len() < MAX_GENERIC {
                        let idx = self.stmt_cols.len();
                        let column = self.intern_column(text, tok.kind != Word, idx);
                        self.stmt_cols.push(column);
                    }
                    self.state = State::ColList { expect: false };
                }
                Punct(b',') if !expect => self.state = State::ColList { expect: true },
                Punct(b')') if !expect || self.stmt_cols.is_empty() => {
                    // A table known only from its data learns its columns here.
                    let table = &mut self.tables[self.cur];
                    if table.columns.is_empty() {
                        table.columns.clone_from(&self.stmt_cols);
                    }
                    self.state = match self.target {
                        Target::Copy => State::CopyTail { cols: true },
                        _ => State::InsertTail { cols: true },
                    };
                }
                _ => return self.skip(tok),
            },
            State::Values => {
                if tok.kind != Punct(b'(') {
                    return self.garbage(tok, text, "expected `(` in VALUES", out);
                }
                self.open_row();
                self.tuple_start = tok.start;
                self.depth = 1;
                self.idx = 0;
                self.val_tokens = 0;
                self.state = State::Tuple;
            }
            State::AfterTuple => match tok.kind {
                Punct(b',') => self.state = State::Values,
                Punct(b';') => self.state = State::Start,
                _ if self.go(tok, text) => self.state = State::Start,
                Word if self.d.go_batches && starts_statement(text) => {
                    self.state = State::Start;
                    return self.token(tok, text, out);
                }
                _ if word("ON") || word("RETURNING") || word("AS") => self.state = State::Skip,
                _ => return self.garbage(tok, text, "expected `,` or `;` after a row", out),
            },
            State::CopyFrom if word("STDIN") => self.state = State::CopyStdin,
            State::CopyFrom => return self.skip(tok),
            State::CopyStdin => {
                if tok.kind == Punct(b';') {
                    self.copy_begin();
                    self.state = State::Copy;
                    return Action::Copy;
                }
            }
            State::Copy => {}
        }
        Action::Go
    }

    /// Whether `tok` is a batch separator (`GO`) of a dialect that has them.
    fn go(&self, tok: Tok, text: &[u8]) -> bool {
        self.d.go_batches && tok.kind == TokKind::Word && text.eq_ignore_ascii_case(b"GO")
    }

    /// A token ends the statement if it is `;`; nothing else is needed from it.
    fn skip(&mut self, tok: Tok) -> Action {
        self.state = if tok.kind == TokKind::Punct(b';') { State::Start } else { State::Skip };
        Action::Go
    }

    /// Reports garbage at `tok` and resynchronises: at `tok` itself if it starts a
    /// statement (a missing `;`), otherwise at the next statement.
    fn garbage(&mut self, tok: Tok, text: &[u8], reason: &str, out: &mut Out<'_>) -> Action {
        out.warn(tok.start, reason);
        if tok.kind == TokKind::Word && starts_statement(text) {
            self.state = State::Start;
            return self.token(tok, text, out);
        }
        self.state = State::Skip;
        Action::Resync
    }

    fn open_col_list(&mut self) {
        self.stmt_cols.clear();
        self.explicit = true;
        self.state = State::ColList { expect: true };
    }

    /// Interns a name as the dialect reads it, if it may be kept ([`Names::checked`]).
    fn intern(&mut self, text: &[u8], quoted: bool) -> Option<u32> {
        if self.d.fold_case && !quoted && text.iter().any(u8::is_ascii_uppercase) {
            let lower = text.to_ascii_lowercase();
            self.names.checked(&String::from_utf8_lossy(&lower), text)
        } else {
            self.names.checked(&String::from_utf8_lossy(text), text)
        }
    }

    /// The `idx`-th column's name as the dialect reads it, or `col_N` when it may not be
    /// kept.
    fn intern_column(&mut self, text: &[u8], quoted: bool, idx: usize) -> u32 {
        match self.intern(text, quoted) {
            Some(id) => id,
            None => self.names.positional(idx),
        }
    }

    /// The name just read is the statement's table.
    fn open_table(&mut self) {
        let name = std::mem::take(&mut self.name);
        let id = match self.intern(&name, self.name_quoted) {
            Some(id) => id,
            None => self.names.intern(crate::extract::names::COLLAPSED),
        };
        self.name = name;
        self.cur = match self.by_name.get(&id) {
            Some(&i) => i,
            None => {
                self.tables.push(Table { name: id, columns: Vec::new(), rows: 0, warned: false });
                self.by_name.insert(id, self.tables.len() - 1);
                self.tables.len() - 1
            }
        };
    }

    fn create_body(&mut self, tok: Tok, text: &[u8], depth: u32, item: bool, out: &mut Out<'_>) {
        const CONSTRAINTS: [&str; 12] = [
            "PRIMARY",
            "KEY",
            "UNIQUE",
            "CONSTRAINT",
            "INDEX",
            "FOREIGN",
            "CHECK",
            "FULLTEXT",
            "SPATIAL",
            "EXCLUDE",
            "LIKE",
            "PERIOD",
        ];
        if let Some(column) = self.note_for.take() {
            if tok.kind == TokKind::Str && depth == 1 {
                self.note_for = Some(column);
                self.note(text);
                self.state = State::CreateBody { depth, item };
                return;
            }
        }
        let (depth, item) = match tok.kind {
            // `COMMENT 'text'` after a column's type: the text is the column's note.
            TokKind::Word if !item && depth == 1 && text.eq_ignore_ascii_case(b"COMMENT") => {
                let table = self.tables[self.cur].name;
                self.note_for =
                    self.new_cols.last().map(|&c| (table, c)).filter(|_| self.in_column);
                (depth, false)
            }
            TokKind::Punct(b'(') => (depth + 1, false),
            TokKind::Punct(b')') if depth == 1 => {
                self.tables[self.cur].columns = std::mem::take(&mut self.new_cols);
                self.state = State::Skip;
                return;
            }
            TokKind::Punct(b')') => (depth - 1, false),
            TokKind::Punct(b',') => (depth, depth == 1),
            TokKind::Punct(b';') => {
                out.warn(tok.start, "CREATE TABLE cut off by `;`");
                self.tables[self.cur].columns = std::mem::take(&mut self.new_cols);
                self.state = State::Start;
                return;
            }
            TokKind::Word
                if item && CONSTRAINTS.iter().any(|k| text.eq_ignore_ascii_case(k.as_bytes())) =>
            {
                self.in_column = false;
                (depth, false)
            }
            TokKind::Word | TokKind::Quoted | TokKind::Str if item => {
                self.in_column = self.new_cols.len() < MAX_GENERIC;
                if self.new_cols.len() < MAX_GENERIC {
                    let idx = self.new_cols.len();
                    let column = self.intern_column(text, tok.kind != TokKind::Word, idx);
                    self.new_cols.push(column);
                }
                (depth, false)
            }
            _ => (depth, false),
        };
        self.state = State::CreateBody { depth, item };
    }

    /// Keeps `text` as the comment of the column in `note_for`, unless the file already
    /// has [`MAX_NOTES`] or a comment for that column.
    fn note(&mut self, text: &[u8]) {
        let Some(column) = self.note_for.take() else { return };
        if self.notes.len() >= MAX_NOTES || text.is_empty() {
            return;
        }
        self.notes.entry(column).or_insert_with(|| String::from_utf8_lossy(text).into_owned());
    }

    /// Starts the next row of the current table.
    pub(super) fn open_row(&mut self) {
        let table = &mut self.tables[self.cur];
        table.rows += 1;
        self.row = table.rows;
    }

    /// The column of the `idx`-th (0-based) value of the current row.
    pub(super) fn column(&mut self, idx: u32) -> u32 {
        let idx = idx as usize;
        let known = if self.explicit { &self.stmt_cols } else { &self.tables[self.cur].columns };
        if let Some(&column) = known.get(idx) {
            return column;
        }
        if idx >= MAX_GENERIC {
            return self.names.intern("col_overflow");
        }
        if self.generic.len() <= idx {
            self.generic.resize(idx + 1, u32::MAX);
        }
        if self.generic[idx] == u32::MAX {
            self.generic[idx] = self.names.positional(idx);
        }
        self.generic[idx]
    }

    /// Emits a cell of the current row.
    pub(super) fn cell(
        &mut self,
        idx: u32,
        start: u64,
        end: u64,
        non_empty: bool,
        out: &mut Out<'_>,
    ) {
        let column = self.column(idx);
        let table = self.tables[self.cur].name;
        out.cells.push(Cell { start, end, table, column, row: self.row, non_empty });
    }

    /// A row of `values` values ended: reports a width mismatch, or columns that are
    /// unknown (a data file whose `CREATE TABLE` is in another file, and `INSERT`s without
    /// a column list), once per table.
    pub(super) fn check_width(&mut self, values: u32, at: u64, out: &mut Out<'_>) {
        let table = &self.tables[self.cur];
        let columns = if self.explicit { self.stmt_cols.len() } else { table.columns.len() };
        if values as usize == columns || table.warned {
            return;
        }
        let name = table.name;
        self.tables[self.cur].warned = true;
        if columns == 0 {
            let name = self.names.get(name);
            out.warn(
                at,
                format!(
                    "columns of table {name} unknown (no CREATE TABLE or column list in this \
                     file): its values are attributed to the table, named by position (col_1...)"
                ),
            );
        } else {
            out.warn(at, format!("row has {values} values, table has {columns} columns"));
        }
    }

    #[inline]
    fn tuple_token(&mut self, tok: Tok, text: &[u8], out: &mut Out<'_>) -> Action {
        match tok.kind {
            TokKind::Punct(b',') if self.depth == 1 => {
                if self.val_tokens == 0 {
                    return self.garbage(tok, text, "empty value in a row", out);
                }
                self.end_value(out);
            }
            TokKind::Punct(b')') if self.depth == 1 => {
                if self.val_tokens > 0 {
                    self.end_value(out);
                } else if self.idx > 0 {
                    return self.garbage(tok, text, "empty value in a row", out);
                }
                // `()` is a row of defaults: no cells, no width to check.
                if self.idx > 0 {
                    self.check_width(self.idx, self.tuple_start, out);
                }
                self.state = State::AfterTuple;
            }
            TokKind::Punct(b';') => return self.garbage(tok, text, "`;` inside a row", out),
            kind => {
                match kind {
                    TokKind::Punct(b'(') => self.depth += 1,
                    TokKind::Punct(b')') => self.depth -= 1,
                    _ => {}
                }
                if self.val_tokens == 0 {
                    self.val_start = tok.start;
                    self.val_empty = match kind {
                        TokKind::Word => text.eq_ignore_ascii_case(b"NULL"),
                        TokKind::Str | TokKind::Quoted => tok.empty,
                        TokKind::Punct(_) => false,
                    };
                    self.val_intro = kind == TokKind::Word && text.first() == Some(&b'_');
                } else {
                    // `_binary ''`: a charset introducer and an empty string.
                    self.val_empty =
                        self.val_tokens == 1 && self.val_intro && kind == TokKind::Str && tok.empty;
                }
                self.val_end = tok.end;
                self.val_tokens = self.val_tokens.saturating_add(1);
            }
        }
        Action::Go
    }

    /// Where the cell in progress starts, if one may be (inside a `VALUES` tuple: the
    /// tuple's start).
    pub(super) fn open_tuple(&self) -> Option<u64> {
        (self.state == State::Tuple).then_some(self.tuple_start)
    }

    /// Gives up the statement in progress: tokens are ignored until the lexer resyncs.
    pub(super) fn abandon(&mut self) {
        self.state = State::Skip;
        self.depth = 0;
        self.val_tokens = 0;
    }

    /// Whether the next token starts a value of a tuple's top level (the lexer may then
    /// read a simple value whole: [`Statements::tuple_value`]).
    #[inline]
    pub(super) fn at_value_start(&self) -> bool {
        self.state == State::Tuple && self.depth == 1 && self.val_tokens == 0
    }

    /// A value that is one token (`start..end`; `empty`: `NULL` or `''`) directly followed
    /// by `term`, the tuple's `,` or `)`: the same as [`Statements::token`] with the two
    /// tokens, without the dispatch per token.
    #[inline]
    pub(super) fn tuple_value(
        &mut self,
        start: u64,
        end: u64,
        empty: bool,
        term: Tok,
        out: &mut Out<'_>,
    ) -> Action {
        debug_assert!(self.at_value_start());
        self.val_start = start;
        self.val_end = end;
        self.val_empty = empty;
        self.val_intro = false;
        self.val_tokens = 1;
        if term.kind == TokKind::Punct(b',') {
            self.end_value(out);
            Action::Go
        } else {
            self.tuple_token(term, &[], out)
        }
    }

    fn end_value(&mut self, out: &mut Out<'_>) {
        self.cell(self.idx, self.val_start, self.val_end, !self.val_empty, out);
        self.idx = self.idx.saturating_add(1);
        self.val_tokens = 0;
    }

    /// The input has ended; `reported`: the lexer already reported something open.
    pub(super) fn finish(&mut self, reported: bool, out: &mut Out<'_>) {
        if self.state == State::Tuple && !reported {
            if self.val_tokens > 0 {
                self.end_value(out);
            }
            out.warn(self.tuple_start, "statement cut off at end of input");
        }
        self.state = State::Start;
    }
}
