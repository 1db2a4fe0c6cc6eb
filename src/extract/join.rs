//! Joining findings with cells: the engine's findings and a parser's cells both arrive
//! in order of offset, so one forward walk attributes each finding to the cell holding
//! it, and counts, per column, rows, non-empty cells, findings, matched cells and
//! distinct values.
//!
//! A finding waits until the cell that holds it has ended (cells may straddle chunks);
//! cells are dropped as soon as no waiting finding can fall inside them, so memory is
//! bounded by one chunk's cells, not by the file.

use std::collections::hash_map::RandomState;
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

/// A fast hasher for the (table, column) index pairs of one file: small integers that no
/// input controls beyond their count, so no keyed hash is needed.
#[derive(Default)]
struct PairHasher(u64);

impl Hasher for PairHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

use crate::detect::Category;
use crate::extract::hints::{label_only, plausible, ColumnHints};
use crate::extract::{Cell, Names, Parser, Warning};
use crate::inventory::tally::{ColumnCategory, ColumnTally, DISTINCT_MAX};
use crate::inventory::{CategoryCount, Finding};
use crate::policy::Suppression;
use crate::validate::Env;

/// A finding waiting for its cell, with the hash of its value for distinct counting.
type Made = (Finding, Option<Suppression>);

#[derive(Default)]
struct AccCategory {
    count: CategoryCount,
    cells: u64,
    last_cell: Option<u64>,
    distinct: HashSet<u64>,
    capped: bool,
}

#[derive(Default)]
struct Acc {
    rows: u64,
    non_empty: u64,
    categories: BTreeMap<Category, AccCategory>,
}

/// A cell of a column named for a label-only category (a `name` column) whose plain
/// value has that category's shape: reported unless the engine already found one there.
#[derive(Clone, Debug)]
pub struct Held {
    /// The cell.
    pub cell: Cell,
    /// The category its column is named for.
    pub category: Category,
    /// The value, without surrounding quotes (at most [`HELD_MAX`] bytes).
    pub content: Vec<u8>,
    /// The 1-based line of the cell's start.
    pub line: u64,
    /// The engine found a value of the category in the cell: nothing to add.
    pub found: bool,
}

/// Longest plain value checked against a column hint.
pub const HELD_MAX: usize = 4096;

/// The join of one file's findings with its cells.
pub struct Join<'a> {
    parser: Box<dyn Parser>,
    hints: &'a ColumnHints,
    hasher: &'a RandomState,
    env: Env,
    /// Per column name index: the categories it is named for (filled on first use).
    hinted: Vec<Option<Vec<Category>>>,
    cells: VecDeque<Cell>,
    fresh: Vec<Cell>,
    warnings: Vec<Warning>,
    pending: VecDeque<(Made, u64)>,
    held: VecDeque<Held>,
    columns: HashMap<(u32, u32), Acc, BuildHasherDefault<PairHasher>>,
    line_pos: u64,
    line: u64,
    /// The last bytes before the current data (at most [`HELD_MAX`]), so that a cell that
    /// straddles two reads can still be checked against its column's hint.
    tail: Vec<u8>,
    tail_start: u64,
}

impl<'a> Join<'a> {
    /// A join driven by `parser`, with `hints` for column names and `hasher` (the scan's
    /// in-memory key) for distinct counts.
    pub fn new(
        parser: Box<dyn Parser>,
        hints: &'a ColumnHints,
        hasher: &'a RandomState,
        env: Env,
    ) -> Join<'a> {
        Join {
            parser,
            hints,
            hasher,
            env,
            hinted: Vec::new(),
            cells: VecDeque::new(),
            fresh: Vec::new(),
            warnings: Vec::new(),
            pending: VecDeque::new(),
            held: VecDeque::new(),
            columns: HashMap::default(),
            line_pos: 0,
            line: 1,
            tail: Vec::new(),
            tail_start: 0,
        }
    }

    /// The categories column `column` is named for (cached).
    fn hinted(&mut self, column: u32) -> &[Category] {
        let (hints, names) = (self.hints, self.parser.names());
        let i = column as usize;
        if self.hinted.len() <= i {
            self.hinted.resize(i + 1, None);
        }
        self.hinted[i].get_or_insert_with(|| hints.categories(names.get(column)))
    }

    /// Feeds newly read bytes to the parser.
    pub fn bytes(&mut self, data: &[u8], offset: u64) {
        self.fresh.clear();
        self.parser.feed(data, offset, &mut self.fresh, &mut self.warnings);
        let fresh = std::mem::take(&mut self.fresh);
        for c in &fresh {
            self.take_cell(*c, Some((data, offset)));
        }
        self.fresh = fresh;
        self.fresh.clear();
        // Keep the last bytes for cells that straddle this read and the next.
        if data.len() >= HELD_MAX {
            self.tail.clear();
            self.tail.extend_from_slice(&data[data.len() - HELD_MAX..]);
            self.tail_start = offset + (data.len() - HELD_MAX) as u64;
        } else {
            self.tail.extend_from_slice(data);
            let excess = self.tail.len().saturating_sub(HELD_MAX);
            self.tail.drain(..excess);
            self.tail_start = offset + data.len() as u64 - self.tail.len() as u64;
        }
        // Keep the line count at the end of the data.
        let from = self.line_pos.saturating_sub(offset) as usize;
        if from < data.len() {
            self.line += memchr::memchr_iter(b'\n', &data[from..]).count() as u64;
        }
        self.line_pos = offset + data.len() as u64;
    }

    fn take_cell(&mut self, c: Cell, data: Option<(&[u8], u64)>) {
        let acc = self.columns.entry((c.table, c.column)).or_default();
        acc.rows += 1;
        acc.non_empty += u64::from(c.non_empty);
        if c.non_empty {
            let labels: Vec<Category> =
                self.hinted(c.column).iter().copied().filter(|&k| label_only(k)).collect();
            if let (false, Some((data, offset))) = (labels.is_empty(), data) {
                let joined;
                let raw: Option<&[u8]> = if c.start >= offset && c.end <= offset + data.len() as u64
                {
                    Some(&data[(c.start - offset) as usize..(c.end - offset) as usize])
                } else if c.start >= self.tail_start
                    && c.start < offset
                    && c.end <= offset + data.len() as u64
                {
                    let mut v = self.tail[(c.start - self.tail_start) as usize..].to_vec();
                    v.extend_from_slice(&data[..(c.end - offset) as usize]);
                    joined = v;
                    Some(&joined)
                } else {
                    None
                };
                if let Some(raw) = raw {
                    let content = unquote(raw);
                    // Lines are counted forward from the last cell, never twice.
                    if c.start >= self.line_pos && self.line_pos >= offset {
                        let from = (self.line_pos - offset) as usize;
                        let to = (c.start - offset) as usize;
                        self.line += memchr::memchr_iter(b'\n', &data[from..to]).count() as u64;
                        self.line_pos = c.start;
                    }
                    let line = self.line;
                    for k in labels {
                        if content.len() <= HELD_MAX && plausible(k, content, &self.env) {
                            let content = content.to_vec();
                            let held = Held { cell: c, category: k, content, line, found: false };
                            self.held.push_back(held);
                        }
                    }
                }
            }
        }
        self.cells.push_back(c);
    }

    /// A finding, and its raw value (kept only as a keyed hash, for distinct counts).
    pub fn push(&mut self, made: Made, value: &[u8]) {
        let hash = value_hash(self.hasher, value);
        self.pending.push_back((made, hash));
    }

    /// Attributes the waiting findings whose cells are known and hands them to `out`;
    /// `done_until` is the offset before which every finding has been pushed.
    pub fn join(
        &mut self,
        done_until: u64,
        make: &mut impl FnMut(&Held) -> Option<Made>,
        out: &mut impl FnMut(Made),
    ) {
        while let Some(((f, _), _)) = self.pending.front() {
            let start = f.start;
            while self.cells.front().is_some_and(|c| c.end <= start) {
                self.cells.pop_front();
            }
            match self.cells.front() {
                Some(&cell) if cell.start <= start => {
                    let (made, hash) = self.pending.pop_front().expect("front exists");
                    self.attribute(made, hash, cell, out);
                }
                // The next cell starts after the finding: it is outside every cell.
                Some(_) => {
                    let (made, _) = self.pending.pop_front().expect("front exists");
                    out(made);
                }
                // Its cell has not ended yet.
                None => break,
            }
        }
        let keep_from = self.pending.front().map_or(done_until, |((f, _), _)| f.start);
        while self.cells.front().is_some_and(|c| c.end <= keep_from) {
            self.cells.pop_front();
        }
        // No engine finding can still fall in these cells: report the hinted values the
        // engine did not find.
        while self.held.front().is_some_and(|h| h.cell.end <= keep_from) {
            let h = self.held.pop_front().expect("front exists");
            if !h.found {
                if let Some(made) = make(&h) {
                    let hash = value_hash(self.hasher, &h.content);
                    self.attribute(made, hash, h.cell, out);
                }
            }
        }
    }

    fn attribute(&mut self, (mut f, sup): Made, hash: u64, cell: Cell, out: &mut impl FnMut(Made)) {
        let names = self.parser.names();
        f.table = Some(names.get(cell.table).clone());
        f.column = Some(names.get(cell.column).clone());
        f.row = Some(cell.row);
        // A value the engine found makes the column's own check of this cell moot.
        let first = self.held.partition_point(|h| h.cell.start < cell.start);
        for h in self.held.range_mut(first..) {
            if h.cell.start != cell.start {
                break;
            }
            if h.category == f.category {
                h.found = true;
            }
        }
        if self.hinted(cell.column).contains(&f.category) {
            f.confidence = f.confidence.raised();
        }
        if sup.is_none() {
            let acc = self.columns.entry((cell.table, cell.column)).or_default();
            let cat = acc.categories.entry(f.category).or_default();
            cat.count.count(&f);
            if cat.last_cell != Some(cell.start) {
                cat.last_cell = Some(cell.start);
                cat.cells += 1;
            }
            if !cat.capped {
                cat.distinct.insert(hash);
                if cat.distinct.len() >= DISTINCT_MAX {
                    cat.capped = true;
                }
            }
        }
        out((f, sup));
    }

    /// The input ended: attributes what is left and hands everything over.
    pub fn finish(
        &mut self,
        make: &mut impl FnMut(&Held) -> Option<Made>,
        out: &mut impl FnMut(Made),
    ) {
        self.fresh.clear();
        self.parser.finish(&mut self.fresh, &mut self.warnings);
        let fresh = std::mem::take(&mut self.fresh);
        for c in &fresh {
            self.take_cell(*c, None);
        }
        self.join(u64::MAX, make, out);
        for (made, _) in self.pending.drain(..) {
            out(made);
        }
    }

    /// The per-column tallies (sorted) and the warnings.
    pub fn into_parts(self) -> (Vec<ColumnTally>, Vec<Warning>) {
        let names: &Names = self.parser.names();
        let mut cols: Vec<ColumnTally> = self
            .columns
            .into_iter()
            .filter(|(_, acc)| !acc.categories.is_empty())
            .map(|((t, c), acc)| ColumnTally {
                table: names.get(t).clone(),
                column: names.get(c).clone(),
                rows: acc.rows,
                non_empty: acc.non_empty,
                categories: acc
                    .categories
                    .into_iter()
                    .map(|(cat, a)| {
                        let distinct = a.distinct.len() as u64;
                        let cc = ColumnCategory {
                            count: a.count,
                            cells: a.cells,
                            distinct,
                            distinct_capped: a.capped,
                        };
                        (cat, cc)
                    })
                    .collect(),
            })
            .collect();
        cols.sort_by(|a, b| a.table.cmp(&b.table).then(a.column.cmp(&b.column)));
        (cols, self.warnings)
    }
}

/// A cell's value without one layer of surrounding quotes (`'..'`, `".."`, `` `..` ``).
pub fn unquote(raw: &[u8]) -> &[u8] {
    match raw {
        [q @ (b'\'' | b'"' | b'`'), inner @ .., last] if last == q => inner,
        _ => raw,
    }
}

/// A keyed hash of a value for distinct counting: letters and digits only, upper-cased
/// (so `139 1234 5678` and `13912345678` are one value), under a key that lives only in
/// memory for one scan. Never written anywhere.
fn value_hash(hasher: &RandomState, value: &[u8]) -> u64 {
    let mut buf = [0u8; 128];
    let mut n = 0;
    for &b in value {
        if b.is_ascii_alphanumeric() || b >= 0x80 {
            if n == buf.len() {
                break;
            }
            buf[n] = b.to_ascii_uppercase();
            n += 1;
        }
    }
    hasher.hash_one(&buf[..n])
}
