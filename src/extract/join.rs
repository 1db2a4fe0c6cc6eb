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
use std::hash::BuildHasher;

use crate::detect::Category;
use crate::extract::{Cell, Names, Parser, Warning};
use crate::inventory::tally::{ColumnCategory, ColumnTally, DISTINCT_MAX};
use crate::inventory::{CategoryCount, Finding};
use crate::policy::Suppression;

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

/// The join of one file's findings with its cells.
pub struct Join {
    parser: Box<dyn Parser>,
    cells: VecDeque<Cell>,
    fresh: Vec<Cell>,
    warnings: Vec<Warning>,
    pending: VecDeque<(Made, u64)>,
    columns: HashMap<(u32, u32), Acc>,
}

impl Join {
    /// A join driven by `parser`.
    pub fn new(parser: Box<dyn Parser>) -> Join {
        Join {
            parser,
            cells: VecDeque::new(),
            fresh: Vec::new(),
            warnings: Vec::new(),
            pending: VecDeque::new(),
            columns: HashMap::new(),
        }
    }

    /// Feeds newly read bytes to the parser.
    pub fn bytes(&mut self, data: &[u8], offset: u64) {
        self.fresh.clear();
        self.parser.feed(data, offset, &mut self.fresh, &mut self.warnings);
        self.take_fresh();
    }

    fn take_fresh(&mut self) {
        for c in self.fresh.drain(..) {
            let acc = self.columns.entry((c.table, c.column)).or_default();
            acc.rows += 1;
            acc.non_empty += u64::from(c.non_empty);
            self.cells.push_back(c);
        }
    }

    /// A finding, and the keyed hash of its normalised value.
    pub fn push(&mut self, made: Made, value_hash: u64) {
        self.pending.push_back((made, value_hash));
    }

    /// Attributes the waiting findings whose cells are known and hands them to `out`;
    /// `done_until` is the offset before which every finding has been pushed.
    pub fn join(&mut self, done_until: u64, out: &mut impl FnMut(Made)) {
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
    }

    fn attribute(&mut self, (mut f, sup): Made, hash: u64, cell: Cell, out: &mut impl FnMut(Made)) {
        let names = self.parser.names();
        f.table = Some(names.get(cell.table).clone());
        f.column = Some(names.get(cell.column).clone());
        f.row = Some(cell.row);
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
    pub fn finish(&mut self, out: &mut impl FnMut(Made)) {
        self.fresh.clear();
        self.parser.finish(&mut self.fresh, &mut self.warnings);
        self.take_fresh();
        self.join(u64::MAX, out);
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

/// A keyed hash of a value for distinct counting: letters and digits only, upper-cased
/// (so `139 1234 5678` and `13912345678` are one value), under a key that lives only in
/// memory for one scan. Never written anywhere.
pub fn value_hash(hasher: &RandomState, value: &[u8]) -> u64 {
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
