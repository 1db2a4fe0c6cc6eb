//! Joining findings with cells: the engine's findings and a parser's cells both arrive
//! in order of offset, so one forward walk attributes each finding to the cell holding
//! it, and counts, per column, rows, non-empty cells, findings, matched cells and
//! distinct values.
//!
//! A finding waits until the cell that holds it has ended (cells may straddle chunks), or
//! until the parser has settled past it without a cell ([`Parser::settled`]: it is outside
//! every cell); cells are dropped as soon as no waiting finding can fall inside them, so
//! memory is bounded by one chunk's cells, not by the file. A cell that never ends (an
//! unclosed quote) cannot make the findings wait without bound: past
//! [`Join::with_max_held`] waiting findings, the parser gives the cell up
//! ([`Parser::abandon`]), the file gets a warning at the cell's start, and the waiting
//! findings are reported without a column.

use std::collections::hash_map::RandomState;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};
use std::ops::Range;

/// A fast unkeyed hasher for keys no input can steer: the (table, column) index pairs of
/// one file (small integers), and the members of the distinct-value sets, which are
/// already keyed hashes ([`ValueKey::hash`]; multiplying by an odd constant keeps them
/// uniform), so no second keyed hash is needed.
#[derive(Default)]
struct PlainHasher(u64);

impl Hasher for PlainHasher {
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

use crate::detect::detector::AddressPart;
use crate::detect::{Category, Confidence};
use crate::extract::hints::{
    label_only, name_part, name_word, plausible, thing_table, ColumnHints,
};
use crate::extract::{Cell, Names, Parser, Warning};
use crate::inventory::tally::{AddressColumn, ColumnCategory, ColumnTally};
use crate::inventory::{Finding, Stats};
use crate::policy::Suppression;
use crate::validate::Env;

/// A finding waiting for its cell, with the hash of its value for distinct counting.
type Made = (Finding, Option<Suppression>);

#[derive(Default)]
struct AccCategory {
    stats: Stats,
    cells: u64,
    last_cell: Option<u64>,
    chance: bool,
}

#[derive(Default)]
struct Acc {
    rows: u64,
    non_empty: u64,
    categories: BTreeMap<Category, AccCategory>,
}

impl Acc {
    /// Adds the counts of the cells that follow these ones (`later`), as if they had
    /// been counted here: no cell has findings in both.
    fn absorb(&mut self, later: Acc, samples: usize) {
        self.rows += later.rows;
        self.non_empty += later.non_empty;
        for (category, l) in later.categories {
            let c = self.categories.entry(category).or_default();
            c.stats.absorb(l.stats, samples);
            c.cells += l.cells;
            c.last_cell = l.last_cell.or(c.last_cell);
            c.chance = l.chance;
        }
    }
}

/// A cell of a column named for a label-only category (a `name` column) whose plain
/// value has that category's shape: reported unless the engine already found one there.
#[derive(Clone, Debug)]
pub struct Held {
    /// The cell.
    pub cell: Cell,
    /// The category its column is named for.
    pub category: Category,
    /// Where the value (without surrounding quotes, at most [`HELD_MAX`] bytes) is in the
    /// join's store of held values; [`Join::join`] hands the bytes over with the cell.
    content: Range<u64>,
    /// The 1-based line of the cell's start.
    pub line: u64,
    /// The engine found a value of the category in the cell: nothing to add.
    pub found: bool,
    /// Its column is named only for the street line of a split address (`detail`): the
    /// value counts only when a cell of an area column ([`AddressPart::is_area`]) of its
    /// table starts before it.
    needs_area: bool,
    /// The object its column is in ([`ColumnHint::object`]).
    object: u64,
}

/// Longest plain value checked against a column hint.
pub const HELD_MAX: usize = 4096;

/// What a column's name says (see [`ColumnHints`]).
#[derive(Clone, Debug, Default)]
struct ColumnHint {
    /// The categories the column is named for.
    categories: Vec<Category>,
    /// Those of them reported only behind a label (at most the four there are).
    labels: [Option<Category>; 4],
    /// Named for one part of a name (`firstname`): single words are names.
    part: bool,
    /// Named just `name`: in a table of things (`genre`), no person's.
    plain: bool,
    /// Named for phone numbers (`phone`, `fax`): national forms are `phone_intl` there.
    phone: bool,
    /// Named for something other than personal data (`order_no`, `sku`, `file_hash`):
    /// what is found there by chance is lower and never makes the column hold it.
    not_personal: bool,
    /// The part of a split address it is named for, if any.
    address_part: Option<AddressPart>,
    /// Named only for the street line of a split address (`detail`), not for addresses:
    /// its values are addresses only beside an area column.
    street_only: bool,
    /// For a part of an address: a hash of the JSON object holding it (the key path
    /// before its last key; 0 for a table's column), so that an area column counts only
    /// for the street lines beside it.
    object: u64,
}

/// The bytes of the held values, in the order they were held: a held value's bytes are
/// dropped with it, without an allocation per value.
#[derive(Clone, Debug, Default)]
struct HeldBytes {
    bytes: Vec<u8>,
    /// Position (counting every byte ever stored) of `bytes[0]`.
    base: u64,
}

impl HeldBytes {
    fn push(&mut self, value: &[u8]) -> Range<u64> {
        let start = self.base + self.bytes.len() as u64;
        self.bytes.extend_from_slice(value);
        start..start + value.len() as u64
    }

    fn get(&self, r: &Range<u64>) -> &[u8] {
        &self.bytes[(r.start - self.base) as usize..(r.end - self.base) as usize]
    }

    /// Nothing before position `keep` is needed any more.
    fn release(&mut self, keep: u64) {
        let n = (keep - self.base) as usize;
        // Moves the live bytes only once they are at most as many as the dead ones.
        if n == self.bytes.len() || (n >= HELD_MAX && 2 * n >= self.bytes.len()) {
            self.bytes.drain(..n);
            self.base = keep;
        }
    }
}

/// The scan's key for distinct counting: a keyed hash of each value, so that equal values
/// count once while no value is kept.
///
/// The key comes from the scan's [`RandomState`], which is random per run and held only
/// in memory; the hashes are never written anywhere, so nothing a reader sees can be
/// looked up against a list of phone numbers. The function is foldhash (the default
/// hasher of `hashbrown`) in its "quality" variant, rather than std's SipHash-1-3: about
/// 3 ns against 10-12 ns a value of 10 to 30 bytes (measured on the benchmark machine),
/// and a dump has millions of values. A keyed hash needs no cryptographic strength here:
/// with the key secret, values cannot be crafted to collide (hash flooding), and a chance
/// collision of two values (about 2^-64 a pair) only undercounts the distinct values by
/// one. The distinct sets then need no keyed hash of their own ([`PlainHasher`]).
///
/// A key made from a secret ([`ValueKey::from_secret`]) is for hashes that are written
/// out (the sketches of `--shard` inventories, which `piiscan merge` combines): there
/// each hash is passed through HMAC-SHA256 under a key derived from the secret, a
/// pseudo-random function, so that what is written reveals nothing of the value to
/// anyone without the secret, however weak foldhash is as a keyed function.
#[derive(Clone, Debug)]
pub struct ValueKey {
    seed: u64,
    shared: foldhash::SharedSeed,
    seal: Option<Seal>,
}

/// HMAC-SHA256 keyed by a secret, its key schedule done once and cloned per value.
#[derive(Clone)]
struct Seal(hmac::Hmac<sha2::Sha256>);

impl std::fmt::Debug for Seal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Seal(..)")
    }
}

impl ValueKey {
    /// The key derived from the scan's random state.
    pub fn new(state: &RandomState) -> ValueKey {
        ValueKey {
            seed: state.hash_one(b"piiscan distinct values: per-hasher seed"),
            shared: foldhash::SharedSeed::from_u64(
                state.hash_one(b"piiscan distinct values: shared seed"),
            ),
            seal: None,
        }
    }

    /// The key derived from a secret the user holds (or one stored beside data the scan
    /// keeps), so that scans run apart count the same value under the same hash and their
    /// distinct counts can be combined. The seeds are HMAC-SHA256 of fixed labels under the
    /// secret: the secret itself never becomes a seed.
    /// Every hash is then sealed: HMAC-SHA256 of the 64-bit hash under a third key
    /// derived from the secret, cut to 64 bits.
    pub fn from_secret(secret: &[u8]) -> ValueKey {
        use hmac::{Hmac, Mac};
        let derive = |label: &[u8]| {
            let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret).expect("HMAC takes any key");
            mac.update(label);
            mac.finalize().into_bytes()
        };
        let seed = |label: &[u8]| u64::from_le_bytes(derive(label)[..8].try_into().expect("8"));
        let seal =
            Hmac::<sha2::Sha256>::new_from_slice(&derive(b"piiscan distinct values: sealing key"))
                .expect("HMAC takes any key");
        ValueKey {
            seed: seed(b"piiscan distinct values: per-hasher seed"),
            shared: foldhash::SharedSeed::from_u64(seed(b"piiscan distinct values: shared seed")),
            seal: Some(Seal(seal)),
        }
    }

    /// A name for the secret a key was made from, safe to write: 16 hex digits of
    /// HMAC-SHA256 of a fixed label under it. Equal names, equal secrets (as far as 64
    /// bits tell); the name reveals nothing of the secret.
    pub fn secret_id(secret: &[u8]) -> String {
        use hmac::{Hmac, Mac};
        let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret).expect("HMAC takes any key");
        mac.update(b"piiscan distinct values: key id");
        mac.finalize().into_bytes()[..8].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// `h` sealed under the secret's key, or `h` when the key is the scan's own.
    fn seal(&self, h: u64) -> u64 {
        use hmac::Mac;
        match &self.seal {
            None => h,
            Some(Seal(mac)) => {
                let mut mac = mac.clone();
                mac.update(&h.to_le_bytes());
                let out = mac.finalize().into_bytes();
                u64::from_le_bytes(out[..8].try_into().expect("8 bytes"))
            }
        }
    }

    /// The hash of a value: letters and digits only (and every non-ASCII byte),
    /// upper-cased, so that `139 1234 5678` and `13912345678` are one value.
    pub fn hash(&self, value: &[u8]) -> u64 {
        self.seal(self.hash_normalised(value))
    }

    fn hash_normalised(&self, value: &[u8]) -> u64 {
        let mut buf = [0u8; 128];
        let mut n = 0;
        // Every byte is stored, and the kept ones move the end on (no branch a byte).
        for &b in value {
            let v = NORMAL[usize::from(b)];
            buf[n] = v;
            n += usize::from(v != 0);
            if n == buf.len() {
                break;
            }
        }
        let mut h = foldhash::quality::FoldHasher::with_seed(self.seed, &self.shared);
        h.write(&buf[..n]);
        h.finish()
    }

    /// The hash of a value of `category`. Numbers and codes (IDs, phones, cards, plates)
    /// count as one value however they are grouped ([`ValueKey::hash`]); in e-mail and IP
    /// addresses, names, street addresses, dates and biometric vectors the punctuation is
    /// part of the value (`10.1.11.5` is not `10.11.1.5`), so the whole value is hashed,
    /// ASCII letters lower-cased.
    pub fn hash_of(&self, category: Category, value: &[u8]) -> u64 {
        use Category::*;
        if !matches!(category, Email | Ipv4 | Ipv6 | PersonName | Address | DateOfBirth | Biometric)
        {
            return self.hash(value);
        }
        let mut h = foldhash::quality::FoldHasher::with_seed(self.seed, &self.shared);
        let mut buf = [0u8; 128];
        for chunk in value.trim_ascii().chunks(buf.len()) {
            let part = &mut buf[..chunk.len()];
            part.copy_from_slice(chunk);
            part.make_ascii_lowercase();
            h.write(part);
        }
        self.seal(h.finish())
    }
}

/// Each byte as a value's hash sees it: letters upper-cased, digits and non-ASCII bytes
/// as they are, 0 for the rest (dropped).
static NORMAL: [u8; 256] = normal_bytes();

const fn normal_bytes() -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        if b.is_ascii_alphanumeric() || b >= 0x80 {
            table[i] = b.to_ascii_uppercase();
        }
        i += 1;
    }
    table
}

/// The join of one file's findings with its cells.
pub struct Join<'a> {
    parser: Box<dyn Parser>,
    hints: &'a ColumnHints,
    env: Env,
    /// Masked samples kept per column and category.
    samples: usize,
    /// The reporting confidence: a finding lowered below it by its column is dropped.
    min_confidence: Confidence,
    /// Findings held at most while they wait for their cell.
    max_held: usize,
    /// The input has ended: nothing is given up any more.
    ended: bool,
    /// Per column name index: what the name says (filled on first use).
    hinted: Vec<Option<ColumnHint>>,
    /// Per (table, column) name index, once the input has column comments (a comment is
    /// one table's column's): what the name and the comment say.
    noted: HashMap<(u32, u32), ColumnHint, BuildHasherDefault<PlainHasher>>,
    /// Column comments of a live database, by column name: read as hints beside the
    /// names (`COMMENT '手机号'`).
    notes: std::sync::Arc<HashMap<String, String>>,
    /// Per table name index: whether it holds things, not people (filled on first use).
    things: Vec<Option<bool>>,
    /// Per (table name index, [`ColumnHint::object`]): where the first cell of an area
    /// column (`city`, `province`; empty or not) starts.
    areas: HashMap<(u32, u64), u64, BuildHasherDefault<PlainHasher>>,
    cells: VecDeque<Cell>,
    fresh: Vec<Cell>,
    warnings: Vec<Warning>,
    pending: VecDeque<Made>,
    held: VecDeque<Held>,
    held_bytes: HeldBytes,
    /// Held values dropped from the front of `held` so far, and the position (counted
    /// the same way) where the last engine finding's search for its cell's held values
    /// ended.
    held_popped: u64,
    held_next: u64,
    /// Per (table, column): the index of its counts in `accs`.
    columns: HashMap<(u32, u32), u32, BuildHasherDefault<PlainHasher>>,
    accs: Vec<Acc>,
    /// Per column name index: the table it was last counted in and the index of those
    /// counts, so that a dump's run of rows finds them without a hash lookup.
    recent: Vec<(u32, u32)>,
    line_pos: u64,
    line: u64,
    /// Only cells are read (the areas they show), none counted or checked: a parser run
    /// ahead of a split scan's parts, for the state at each part's start.
    cells_only: bool,
    /// The parser was made to give up a value ([`Parser::abandon`]) this many times.
    abandons: u64,
    /// The last bytes before the current data (at most [`HELD_MAX`]), so that a cell that
    /// straddles two reads can still be checked against its column's hint.
    tail: Vec<u8>,
    tail_start: u64,
}

impl<'a> Join<'a> {
    /// A join driven by `parser`, with `hints` for column names. Findings come with the
    /// keyed hash of their value ([`Finding::value_hash`]) for the distinct counts.
    pub fn new(parser: Box<dyn Parser>, hints: &'a ColumnHints, env: Env) -> Join<'a> {
        Join {
            parser,
            hints,
            env,
            samples: 0,
            min_confidence: Confidence::Low,
            max_held: crate::extract::Limits::MAX_HELD_FINDINGS,
            ended: false,
            hinted: Vec::new(),
            noted: HashMap::default(),
            notes: Default::default(),
            things: Vec::new(),
            areas: Default::default(),
            cells: VecDeque::new(),
            fresh: Vec::new(),
            warnings: Vec::new(),
            pending: VecDeque::new(),
            held: VecDeque::new(),
            held_bytes: HeldBytes::default(),
            held_popped: 0,
            held_next: 0,
            columns: HashMap::default(),
            accs: Vec::new(),
            recent: Vec::new(),
            line_pos: 0,
            line: 1,
            cells_only: false,
            abandons: 0,
            tail: Vec::new(),
            tail_start: 0,
        }
    }

    /// What the name of column `column` of table `table` says, and its comment (cached).
    fn hinted(&mut self, table: u32, column: u32) -> &ColumnHint {
        let (hints, parser, notes) = (self.hints, &*self.parser, &self.notes);
        let make = || {
            let names = parser.names();
            let mut categories = hints.categories(names.get(column));
            let name = &**names.get(column);
            let note = column_note(notes, parser, table, column);
            if let Some(note) = note {
                // A comment is words: each is read as a name would be.
                let words = note.replace(|c: char| c.is_whitespace() || c == '-', "_");
                for c in hints.categories(&words) {
                    if !categories.contains(&c) {
                        categories.push(c);
                    }
                }
            }
            let address_part = part_named(hints, name, note).map(|(p, _)| p);
            let street_only = address_part == Some(AddressPart::Street)
                && !categories.contains(&Category::Address);
            let mut labels = [None; 4];
            let label_cats = categories.iter().copied().filter(|&k| label_only(k));
            let street = street_only.then_some(Category::Address);
            for (slot, k) in labels.iter_mut().zip(label_cats.chain(street)) {
                *slot = Some(k);
            }
            let name = names.get(column);
            let (part, plain) = (name_part(name), name.eq_ignore_ascii_case("name"));
            let phone = categories.contains(&Category::PhoneIntl);
            let not_personal = hints.not_personal(name);
            ColumnHint {
                categories,
                labels,
                part,
                plain,
                phone,
                not_personal,
                address_part,
                street_only,
                object: name.rsplit_once('.').map_or(0, |(o, _)| {
                    use std::hash::BuildHasher as _;
                    BuildHasherDefault::<PlainHasher>::default().hash_one(o)
                }),
            }
        };
        // Without comments in the input, a name says the same in every table.
        if parser.has_notes() {
            return self.noted.entry((table, column)).or_insert_with(make);
        }
        let i = column as usize;
        if self.hinted.len() <= i {
            self.hinted.resize(i + 1, None);
        }
        self.hinted[i].get_or_insert_with(make)
    }

    /// Whether table `table` holds things (`genre`, `shippers`), not people (cached).
    fn thing_table(&mut self, table: u32) -> bool {
        let i = table as usize;
        if self.things.len() <= i {
            self.things.resize(i + 1, None);
        }
        let names = self.parser.names();
        *self.things[i].get_or_insert_with(|| thing_table(names.get(table)))
    }

    /// Whether a cell of an area column of `table` (in `object`) starts before `start`.
    /// Cells arrive in order of their start, so the answer for a cell does not depend on
    /// how far the parser has read when it is asked, nor so on where the input was cut
    /// into chunks: an area column named after the street line counts from the next row
    /// on.
    fn has_area_before(&self, table: u32, object: u64, start: u64) -> bool {
        self.areas.get(&(table, object)).is_some_and(|&first| first < start)
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
        if self.cells_only {
            // Warnings are the copies' to give.
            self.warnings.clear();
        }
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

    /// The counts of column `column` of table `table`.
    fn acc(&mut self, table: u32, column: u32) -> &mut Acc {
        let i = column as usize;
        if let Some(&(t, a)) = self.recent.get(i) {
            if t == table {
                return &mut self.accs[a as usize];
            }
        }
        let next = self.accs.len() as u32;
        let a = *self.columns.entry((table, column)).or_insert(next);
        if a == next {
            self.accs.push(Acc::default());
        }
        if self.recent.len() <= i {
            self.recent.resize(i + 1, (u32::MAX, 0));
        }
        self.recent[i] = (table, a);
        &mut self.accs[a as usize]
    }

    fn take_cell(&mut self, c: Cell, data: Option<(&[u8], u64)>) {
        let h = self.hinted(c.table, c.column);
        let (labels, part, plain, phone) = (h.labels, h.part, h.plain, h.phone);
        let (area, street_only, object) =
            (h.address_part.is_some_and(AddressPart::is_area), h.street_only, h.object);
        if area {
            self.areas.entry((c.table, object)).or_insert(c.start);
        }
        if self.cells_only {
            return;
        }
        let acc = self.acc(c.table, c.column);
        acc.rows += 1;
        acc.non_empty += u64::from(c.non_empty);
        if c.non_empty {
            let things = plain && self.thing_table(c.table);
            if let (true, Some((data, offset))) = (labels[0].is_some() || phone, data) {
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
                    // Lines are counted forward from the last cell, never twice (a short
                    // run of bytes: counted a word at a time, without a vector setup).
                    if c.start >= self.line_pos && self.line_pos >= offset {
                        let from = (self.line_pos - offset) as usize;
                        let to = (c.start - offset) as usize;
                        self.line += bytecount::count(&data[from..to], b'\n') as u64;
                        self.line_pos = c.start;
                    }
                    let line = self.line;
                    let mut stored: Option<Range<u64>> = None;
                    // A phone column's values are checked in national forms too.
                    let national = phone.then_some(Category::PhoneIntl);
                    for k in labels.into_iter().flatten().chain(national) {
                        let person = k == Category::PersonName;
                        if person && things {
                            continue;
                        }
                        let word =
                            || part && person && std::str::from_utf8(content).is_ok_and(name_word);
                        if content.len() <= HELD_MAX && (plausible(k, content, &self.env) || word())
                        {
                            let content =
                                stored.get_or_insert_with(|| self.held_bytes.push(content)).clone();
                            let needs_area = street_only && k == Category::Address;
                            let held = Held {
                                cell: c,
                                category: k,
                                content,
                                line,
                                found: false,
                                needs_area,
                                object,
                            };
                            self.held.push_back(held);
                        }
                    }
                }
            }
        }
        self.cells.push_back(c);
    }

    /// Drops the findings that a column named for something other than personal data
    /// lowers below `c` (see [`ColumnHints::not_personal`]).
    pub fn with_min_confidence(mut self, c: Confidence) -> Join<'a> {
        self.min_confidence = c;
        self
    }

    /// Keeps up to `n` masked samples per column and category.
    pub fn with_samples(mut self, n: usize) -> Join<'a> {
        self.samples = n;
        self
    }

    /// Reads `notes` (column name -> comment) as column hints beside the names.
    pub fn with_notes(mut self, notes: std::sync::Arc<HashMap<String, String>>) -> Join<'a> {
        self.notes = notes;
        self
    }

    /// Holds at most `n` findings waiting for their cell (at least 1).
    pub fn with_max_held(mut self, n: usize) -> Join<'a> {
        self.max_held = n.max(1);
        self
    }

    /// A finding, waiting for its cell.
    pub fn push(&mut self, made: Made) {
        self.pending.push_back(made);
    }

    /// Whether an inline suppression marker at `offset` is in a comment (see
    /// [`Parser::marker_allowed`]).
    pub fn marker_allowed(&self, offset: u64) -> bool {
        self.parser.marker_allowed(offset)
    }

    /// Records a problem in the input.
    pub fn warn(&mut self, offset: u64, reason: impl Into<String>) {
        self.warnings.push(Warning { offset, reason: reason.into() });
    }

    /// No marker before `offset` will be asked about again.
    pub fn forget_markers_before(&mut self, offset: u64) {
        self.parser.forget_markers_before(offset);
    }

    /// Attributes the waiting findings whose cells are known and hands them to `out`;
    /// `done_until` is the offset before which every finding has been pushed, and
    /// `recent` (bytes, and the offset of the first) the latest bytes given to
    /// [`Join::bytes`], from which parsing resumes when a cell is given up. `make` turns a
    /// held value (with its bytes) the engine did not find into a finding.
    pub fn join(
        &mut self,
        recent: (&[u8], u64),
        done_until: u64,
        make: &mut impl FnMut(&Held, &[u8]) -> Option<Made>,
        out: &mut impl FnMut(Made),
    ) {
        self.attribute_pending(make, out);
        if self.pending.len() > self.max_held && !self.ended {
            // The cell they wait for does not end: give it up, and report them without it.
            let at = self.parser.settled();
            self.parser.abandon();
            self.abandons += 1;
            // Parsing resumes at the first line after the value's start that is still at
            // hand: the parser reads those bytes again.
            let (bytes, base) = recent;
            let from = at.saturating_sub(base).min(bytes.len() as u64) as usize;
            if from < bytes.len() {
                self.bytes(&bytes[from..], base + from as u64);
            }
            let reason = format!(
                "more than {} findings wait for the value starting here to end (an unclosed \
                 quote?): it is given up, and parsing resumes at the next line \
                 (--max-held-findings)",
                self.max_held
            );
            self.warnings.push(Warning { offset: at, reason });
            self.attribute_pending(make, out);
        }
        let keep_from = self.pending.front().map_or(done_until, |(f, _)| f.start);
        while self.cells.front().is_some_and(|c| c.end <= keep_from) {
            self.cells.pop_front();
        }
        self.release_held(keep_from, make, out);
        let keep = self.held.front().map_or(u64::MAX, |h| h.content.start);
        self.held_bytes
            .release(keep.min(self.held_bytes.base + self.held_bytes.bytes.len() as u64));
    }

    /// Attributes the waiting findings whose cells are known, and reports those the
    /// parser has settled past without a cell.
    fn attribute_pending(
        &mut self,
        make: &mut impl FnMut(&Held, &[u8]) -> Option<Made>,
        out: &mut impl FnMut(Made),
    ) {
        let settled = self.parser.settled();
        while let Some((f, _)) = self.pending.front() {
            let start = f.start;
            while self.cells.front().is_some_and(|c| c.end <= start) {
                self.cells.pop_front();
            }
            let Some(&cell) = self.cells.front() else {
                if start < settled {
                    // No cell holds it, and none that starts later can.
                    self.release_held(start, make, out);
                    out(self.pending.pop_front().expect("front exists"));
                    continue;
                }
                // Its cell has not ended yet.
                break;
            };
            // Held values before the finding go first, so that findings come out in order.
            self.release_held(start, make, out);
            let made = self.pending.pop_front().expect("front exists");
            if cell.start <= start {
                self.attribute(made, cell, true, out);
            } else {
                // The next cell starts after the finding: it is outside every cell.
                out(made);
            }
        }
    }

    /// Reports the held values whose cells end by `until` (no engine finding can fall in
    /// them any more) and that the engine did not find.
    fn release_held(
        &mut self,
        until: u64,
        make: &mut impl FnMut(&Held, &[u8]) -> Option<Made>,
        out: &mut impl FnMut(Made),
    ) {
        while self.held.front().is_some_and(|h| h.cell.end <= until) {
            let h = self.held.pop_front().expect("front exists");
            self.held_popped += 1;
            // A street line beside no area column is no address.
            let area = self.has_area_before(h.cell.table, h.object, h.cell.start);
            if !h.found && (!h.needs_area || area) {
                let content = self.held_bytes.get(&h.content);
                if let Some(made) = make(&h, content) {
                    self.attribute(made, h.cell, false, out);
                }
            }
        }
    }

    /// Gives a finding its cell and counts it; `by_engine`: the engine found it (it was
    /// not made from a held value).
    fn attribute(
        &mut self,
        (mut f, sup): Made,
        cell: Cell,
        by_engine: bool,
        out: &mut impl FnMut(Made),
    ) {
        let names = self.parser.names();
        f.table = Some(names.get(cell.table).clone());
        f.column = Some(names.get(cell.column).clone());
        f.row = Some(cell.row);
        // A value the engine found makes the column's own check of this cell moot (only
        // columns named for a label-only category have held cells).
        let hint = self.hinted(cell.table, cell.column);
        let street = hint.street_only && f.category == Category::Address;
        let (raise, labelled) = (
            hint.categories.contains(&f.category) || street,
            hint.labels[0].is_some() || hint.phone,
        );
        let (object, not_personal, phone_column) = (hint.object, hint.not_personal, hint.phone);
        // A street line's address counts only beside an area column.
        let raise = raise && (!street || self.has_area_before(cell.table, object, cell.start));
        // An `order_no`'s Luhn-valid digits, a `file_hash`'s ID-shaped run: chance matches.
        let chance = not_personal && !raise;
        // A phone column's `88.60.15.31` is a phone number, not an address.
        let lower = phone_column && f.category == Category::Ipv4;
        let phone = |c: Category| {
            matches!(c, Category::PhoneIntl | Category::CnMobile | Category::CnLandline)
        };
        if labelled && by_engine {
            // Engine findings come in order of offset: the search goes on from the last
            // one's place in `held` (counted from the first held value ever).
            let mut first = self.held_next.saturating_sub(self.held_popped) as usize;
            if first > 0 && self.held.get(first - 1).is_some_and(|h| h.cell.start >= cell.start) {
                first = self.held.partition_point(|h| h.cell.start < cell.start);
            }
            while self.held.get(first).is_some_and(|h| h.cell.start < cell.start) {
                first += 1;
            }
            self.held_next = self.held_popped + first as u64;
            for h in self.held.range_mut(first..) {
                if h.cell.start != cell.start {
                    break;
                }
                if h.category == f.category
                    || (h.category == Category::PhoneIntl && phone(f.category))
                {
                    h.found = true;
                }
            }
        }
        if raise {
            f.confidence = f.confidence.raised();
        } else if lower || chance {
            f.confidence = f.confidence.lowered();
        }
        if chance && f.confidence < self.min_confidence {
            return;
        }
        if sup.is_none() {
            let samples = self.samples;
            let cat = self.acc(cell.table, cell.column).categories.entry(f.category).or_default();
            cat.stats.add(&f, samples);
            cat.chance = chance;
            if cat.last_cell != Some(cell.start) {
                cat.last_cell = Some(cell.start);
                cat.cells += 1;
            }
        }
        out((f, sup));
    }

    /// The input ended: attributes what is left and hands everything over.
    pub fn finish(
        &mut self,
        make: &mut impl FnMut(&Held, &[u8]) -> Option<Made>,
        out: &mut impl FnMut(Made),
    ) {
        self.fresh.clear();
        self.ended = true;
        self.parser.finish(&mut self.fresh, &mut self.warnings);
        let fresh = std::mem::take(&mut self.fresh);
        for c in &fresh {
            self.take_cell(*c, None);
        }
        self.join((&[], 0), u64::MAX, make, out);
        for made in self.pending.drain(..) {
            out(made);
        }
    }

    /// The addresses split over columns, by the (table, column) of each street column:
    /// every column of its address, in the table's order.
    ///
    /// The columns named for a part of an address ([`ColumnHints::address_part`]) that
    /// hold a value are grouped by table (and, in JSON, by the object holding them) and
    /// by their names' prefix (`billing` in `BillingCity`); a part without a prefix goes
    /// with the table's one street if it has only one (`city` with `home_address`). A
    /// group is an address when it has a street column and an area or postal-code
    /// column: a town or a country alone locates no one.
    fn split_addresses(&self) -> HashMap<(u32, u32), Vec<AddressColumn>> {
        let names = self.parser.names();
        let mut order: Vec<(u32, (u32, u32))> =
            self.columns.iter().map(|(&key, &a)| (a, key)).collect();
        order.sort_unstable();
        // Per (table, object): (prefix, part, column) in the table's order.
        type Parts = Vec<(String, AddressPart, u32)>;
        let mut tables: BTreeMap<(u32, &str), Parts> = BTreeMap::new();
        for (a, (t, c)) in order {
            if self.accs[a as usize].non_empty == 0 {
                continue;
            }
            let name = &**names.get(c);
            let note = column_note(&self.notes, &*self.parser, t, c);
            let Some((part, prefix)) = part_named(self.hints, name, note) else { continue };
            let object = name.rsplit_once('.').map_or("", |(o, _)| o);
            tables.entry((t, object)).or_default().push((prefix, part, c));
        }
        let mut out = HashMap::new();
        for ((t, _), parts) in tables {
            let mut streets: Vec<&str> =
                parts.iter().filter(|p| p.1 == AddressPart::Street).map(|p| p.0.as_str()).collect();
            streets.sort_unstable();
            streets.dedup();
            for &prefix in &streets {
                let only = streets.len() == 1;
                let group: Vec<&(String, AddressPart, u32)> =
                    parts.iter().filter(|p| p.0 == prefix || (only && p.0.is_empty())).collect();
                if !group.iter().any(|p| p.1.is_area() || p.1 == AddressPart::PostalCode) {
                    continue;
                }
                let columns: Vec<AddressColumn> = group
                    .iter()
                    .map(|p| AddressColumn { column: names.get(p.2).to_string(), part: p.1 })
                    .collect();
                for p in group.iter().filter(|p| p.1 == AddressPart::Street) {
                    out.insert((t, p.2), columns.clone());
                }
            }
        }
        out
    }

    /// Reads only cells from now on, for the areas they show, counting and checking none
    /// (the join run ahead of a split scan's parts; its copies read everything again:
    /// see [`Join::snapshot`]).
    pub fn set_cells_only(&mut self) {
        self.cells_only = true;
        self.warnings.clear();
        // What was held is the copies' to report.
        self.held.clear();
        self.cells.clear();
        self.held_bytes = HeldBytes::default();
        (self.held_popped, self.held_next) = (0, 0);
    }

    /// A copy of the join in its present state with nothing counted and no warning, which
    /// joins what follows as this one would; `None` if the parser cannot be copied (see
    /// [`Parser::snapshot`]). A split scan runs one join ahead over the whole file (cells
    /// only) and starts each part's join from its copy where the part starts, fed on to
    /// where the scan had read ([`Join::forget_counts`]); [`Join::adopt`] then adds the
    /// counts of the parts before.
    pub fn snapshot(&self) -> Option<Join<'a>> {
        Some(Join {
            parser: self.parser.snapshot()?,
            hints: self.hints,
            env: self.env,
            samples: self.samples,
            min_confidence: self.min_confidence,
            max_held: self.max_held,
            ended: self.ended,
            hinted: self.hinted.clone(),
            noted: self.noted.clone(),
            notes: std::sync::Arc::clone(&self.notes),
            things: self.things.clone(),
            areas: self.areas.clone(),
            cells: self.cells.clone(),
            fresh: Vec::new(),
            warnings: Vec::new(),
            pending: self.pending.clone(),
            held: self.held.clone(),
            held_bytes: self.held_bytes.clone(),
            held_popped: self.held_popped,
            held_next: self.held_next,
            columns: HashMap::default(),
            accs: Vec::new(),
            recent: Vec::new(),
            line_pos: self.line_pos,
            line: self.line,
            cells_only: false,
            abandons: self.abandons,
            tail: self.tail.clone(),
            tail_start: self.tail_start,
        })
    }

    /// Drops what was counted and warned so far, keeping the state at the end of the
    /// bytes fed: a part's copy made where the part starts and fed on to where the scan
    /// had read ([`Join::snapshot`]) counts from there, as the scan's own join has
    /// counted the bytes before.
    pub fn forget_counts(&mut self) {
        self.columns.clear();
        self.accs.clear();
        self.recent.clear();
        self.warnings.clear();
    }

    /// Takes the counts and warnings of `earlier`, the join of the input before the state
    /// this one was copied from ([`Join::snapshot`]), as if this join had made them: the
    /// columns in the order they were first met, every count added, the samples of the
    /// earlier cells first.
    pub fn adopt(&mut self, earlier: Join<'a>) {
        let (mut columns, mut accs) = (earlier.columns, earlier.accs);
        let mut mine: Vec<((u32, u32), u32)> = self.columns.drain().collect();
        mine.sort_unstable_by_key(|&(_, a)| a);
        let mut own = std::mem::take(&mut self.accs);
        for (key, a) in mine {
            let acc = std::mem::take(&mut own[a as usize]);
            match columns.get(&key) {
                Some(&i) => accs[i as usize].absorb(acc, self.samples),
                None => {
                    columns.insert(key, accs.len() as u32);
                    accs.push(acc);
                }
            }
        }
        (self.columns, self.accs) = (columns, accs);
        self.recent.clear();
        let mut warnings = earlier.warnings;
        warnings.append(&mut self.warnings);
        self.warnings = warnings;
    }

    /// Whether no value is open at `offset`, where the input fed ends
    /// ([`Parser::rests_at`]).
    pub fn rests_at(&self, offset: u64) -> bool {
        self.parser.rests_at(offset)
    }

    /// The newlines in the bytes fed so far.
    pub fn newlines(&self) -> u64 {
        self.line - 1
    }

    /// No finding waits for its cell.
    pub fn is_drained(&self) -> bool {
        self.pending.is_empty()
    }

    /// The parser was made to give up a value ([`Parser::abandon`]): from there on it
    /// reads the input otherwise than a parser that was not.
    pub fn has_abandoned(&self) -> bool {
        self.abandons > 0
    }

    /// The per-column tallies (sorted) and the warnings.
    pub fn into_parts(self) -> (Vec<ColumnTally>, Vec<Warning>) {
        let mut split = self.split_addresses();
        let names: &Names = self.parser.names();
        let mut accs = self.accs;
        let mut cols: Vec<ColumnTally> = self
            .columns
            .into_iter()
            .map(|(key, a)| (key, std::mem::take(&mut accs[a as usize])))
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
                        (cat, ColumnCategory { stats: a.stats, cells: a.cells, chance: a.chance })
                    })
                    .collect(),
                address_parts: split.remove(&(t, c)).unwrap_or_default(),
            })
            .collect();
        cols.sort_by(|a, b| a.table.cmp(&b.table).then(a.column.cmp(&b.column)));
        let mut warnings = names.warnings();
        warnings.extend(self.warnings);
        (cols, warnings)
    }
}

/// The comment on column `column` of `table`: a live database's (`notes`, by column
/// name), else the input's own (SQL's `COMMENT`).
fn column_note<'n>(
    notes: &'n HashMap<String, String>,
    parser: &'n dyn Parser,
    table: u32,
    column: u32,
) -> Option<&'n str> {
    let name = &**parser.names().get(column);
    notes.get(name).map(String::as_str).or_else(|| parser.note(table, column))
}

/// The part of a split address a column is named for, by its name or else by its comment
/// (`sheng` with `COMMENT '省份'`, `xxdz` with `COMMENT '详细地址'`).
fn part_named(
    hints: &ColumnHints,
    name: &str,
    note: Option<&str>,
) -> Option<(AddressPart, String)> {
    hints.address_part(name).or_else(|| hints.address_part(note?.trim()))
}

/// A cell's value without one layer of surrounding quotes (`'..'`, `".."`, `` `..` ``),
/// as the SQL scripts people publish write strings too:
///
/// - a prefixed string keeps its body: `N'Luís'` (national strings, SQL Server and MySQL),
///   `E'a\nb'` (PostgreSQL), `_utf8mb4'x'` (MySQL's introducer), `DATE '1962-02-18'`,
///   `TIMESTAMP '..'`; hex and bit literals (`X'00ff'`, `B'01'`) are no text and stay;
/// - a function call whose first argument is a string is that string:
///   `TO_DATE('1962-2-18 00:00:00','yyyy-mm-dd hh24:mi:ss')` (Oracle),
///   `CAST('1962-02-18' AS DATE)`, SQLite's `replace('a\nb','\n',char(10))`.
pub fn unquote(raw: &[u8]) -> &[u8] {
    if let [q @ (b'\'' | b'"' | b'`'), inner @ .., last] = raw {
        if last == q {
            return inner;
        }
    }
    let Some(open) = raw.iter().position(|&b| b == b'\'') else { return raw };
    let head = &raw[..open];
    let word =
        |w: &[u8]| !w.is_empty() && w.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_');
    let call = head.strip_suffix(b"(").map(<[u8]>::trim_ascii_end).is_some_and(word);
    let typed =
        [&b"DATE "[..], b"TIMESTAMP ", b"TIME "].iter().any(|t| head.eq_ignore_ascii_case(t));
    let prefix = word(head) && !matches!(head, [b'X' | b'x' | b'B' | b'b']);
    if !(call || typed || prefix) {
        return raw;
    }
    // The string runs to the first quote that is not doubled.
    let mut i = open + 1;
    while i < raw.len() {
        if raw[i] == b'\'' {
            if raw.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            let rest = &raw[i + 1..];
            // A prefixed or typed literal is the whole cell; a call's string is its first
            // argument, then `,` or `)` or ` AS`.
            let whole = rest.is_empty();
            let argument =
                call && matches!(rest.trim_ascii_start().first(), Some(b',' | b')' | b'A' | b'a'));
            return if whole && !call || argument { &raw[open + 1..i] } else { raw };
        }
        i += 1;
    }
    raw
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use super::*;
    use crate::detect::{Catalog, Confidence};

    fn finding(start: usize, end: usize, category: Category) -> Finding {
        Finding {
            end: end as u64,
            line: 2,
            col: 0,
            category,
            detector: Arc::from("test"),
            confidence: Confidence::Medium,
            ..Finding::example(&Arc::from(Path::new("t.sql")), start as u64)
        }
    }

    #[test]
    fn findings_come_out_in_order_with_their_cells() {
        let dump = "CREATE TABLE t (real_name varchar(9), phone char(11), addr text);\n\
                    INSERT INTO t VALUES ('张三','13912345678','北京市朝阳区建国路88号'),\
                    ('李四','13912345679','上海市徐汇区漕溪北路9号'),('王五',NULL,NULL);\n";
        let hints = ColumnHints::from_catalog(&Catalog::embedded());
        let env = Env { today: jiff::civil::date(2026, 11, 24) };
        let key = ValueKey::new(&RandomState::new());
        let mut join = Join::new(crate::extract::sql::mysql(), &hints, env);
        join.bytes(dump.as_bytes(), 0);
        // The engine finds both phones and the second address (inside its quotes).
        for (value, category) in [
            ("13912345678", Category::CnMobile),
            ("13912345679", Category::CnMobile),
            ("上海市徐汇区漕溪北路9号", Category::Address),
        ] {
            let at = dump.find(value).expect("planted");
            let mut f = finding(at, at + value.len(), category);
            f.value_hash = key.hash_of(category, value.as_bytes());
            join.push((f, None));
        }
        let mut out = Vec::new();
        let mut make = |h: &Held, content: &[u8]| {
            let mut f = finding(h.cell.start as usize, h.cell.end as usize, h.category);
            f.value_hash = key.hash_of(h.category, content);
            f.confidence = Confidence::Low;
            f.value = std::str::from_utf8(content).expect("UTF-8").into();
            Some((f, None))
        };
        join.join((dump.as_bytes(), 0), dump.len() as u64, &mut make, &mut |(f, _)| out.push(f));
        join.finish(&mut make, &mut |(f, _)| out.push(f));
        let got: Vec<(&str, &str, u64)> = out
            .iter()
            .map(|f| {
                let at = &dump[f.start as usize..f.end as usize];
                (at, f.column.as_deref().unwrap_or("-"), f.row.unwrap_or(0))
            })
            .collect();
        // Held values first where they come first; the second address only once.
        let want = [
            ("'张三'", "real_name", 1),
            ("13912345678", "phone", 1),
            ("'北京市朝阳区建国路88号'", "addr", 1),
            ("'李四'", "real_name", 2),
            ("13912345679", "phone", 2),
            ("上海市徐汇区漕溪北路9号", "addr", 2),
            ("'王五'", "real_name", 3),
        ];
        assert_eq!(got, want);
        // Column hints raise: the held values from low to medium, the phones to high.
        assert!(out.iter().all(|f| f.confidence > Confidence::Low));
        assert_eq!(out[0].value, "张三");
        let (columns, warnings) = join.into_parts();
        assert!(warnings.is_empty(), "{warnings:?}");
        let distinct: Vec<(&str, u64)> = columns
            .iter()
            .map(|c| (&*c.column, c.categories.values().map(|k| k.stats.distinct.count()).sum()))
            .collect();
        assert_eq!(distinct, [("addr", 2), ("phone", 2), ("real_name", 3)]);
    }

    #[test]
    fn value_hashes_ignore_grouping_and_case_under_a_per_scan_key() {
        let state = RandomState::new();
        let key = ValueKey::new(&state);
        assert_eq!(key.hash(b"139 1234 5678"), key.hash(b"13912345678"));
        assert_eq!(key.hash(b"11010519491231002x"), key.hash(b"11010519491231002X"));
        assert_ne!(key.hash(b"13912345678"), key.hash(b"13912345679"));
        // Another scan, another key: the same value hashes differently.
        let other = ValueKey::new(&RandomState::new());
        assert_ne!(key.hash(b"13912345678"), other.hash(b"13912345678"));
        // The same key again (a second file of the scan) agrees.
        assert_eq!(ValueKey::new(&state).hash(b"13912345678"), key.hash(b"13912345678"));
        // Addresses keep their punctuation; e-mail addresses their dots, not their case.
        let ip = |v: &[u8]| key.hash_of(Category::Ipv4, v);
        assert_ne!(ip(b"10.1.11.5"), ip(b"10.11.1.5"));
        let mail = |v: &[u8]| key.hash_of(Category::Email, v);
        assert_ne!(mail(b"john.smith@corp.cn"), mail(b"johns.mith@corp.cn"));
        assert_eq!(mail(b"John.Smith@corp.cn"), mail(b"john.smith@corp.cn"));
        let long: Vec<u8> = (0..400).map(|i| b'0' + (i % 10) as u8).collect();
        let mut other = long.clone();
        other[300] = b'x';
        let vector = |v: &[u8]| key.hash_of(Category::Biometric, v);
        assert_ne!(vector(&long), vector(&other));
        assert_eq!(key.hash_of(Category::CnMobile, b"139 1234 5678"), key.hash(b"13912345678"));
    }

    #[test]
    fn keys_from_one_secret_agree_and_other_secrets_differ() {
        let a = ValueKey::from_secret(b"0123456789abcdef0123456789abcdef");
        let b = ValueKey::from_secret(b"0123456789abcdef0123456789abcdef");
        let c = ValueKey::from_secret(b"0123456789abcdef0123456789abcdeX");
        assert_eq!(a.hash(b"13912345678"), b.hash(b"139 1234 5678"));
        assert_ne!(a.hash(b"13912345678"), c.hash(b"13912345678"));
        assert_ne!(a.hash(b"13912345678"), a.hash(b"13912345679"));
    }

    #[test]
    fn string_literals_as_scripts_write_them_are_unquoted() {
        let cases: [(&[u8], &[u8]); 13] = [
            (b"'Luis'", b"Luis"),
            (b"N'Lu\xC3\xADs'", "Luís".as_bytes()),
            (b"E'a\\nb'", b"a\\nb"),
            (b"_utf8mb4'x'", b"x"),
            (b"DATE '1962-02-18'", b"1962-02-18"),
            (b"TO_DATE('1962-2-18 00:00:00','yyyy-mm-dd hh24:mi:ss')", b"1962-2-18 00:00:00"),
            (b"CAST('1962-02-18' AS DATE)", b"1962-02-18"),
            (b"replace('a''b\\nc','\\n',char(10))", b"a''b\\nc"),
            // Hex and bit literals, expressions and numbers stay as written.
            (b"X'00ff'", b"X'00ff'"),
            (b"B'01'", b"B'01'"),
            (b"'a' || x", b"'a' || x"),
            (b"lower(name)", b"lower(name)"),
            (b"42", b"42"),
        ];
        for (raw, want) in cases {
            assert_eq!(unquote(raw), want, "{}", String::from_utf8_lossy(raw));
        }
    }

    /// The columns of a CSV file (synthetic values) holding addresses as the join counts
    /// them without engine findings: column, share of cells read as addresses, and the
    /// parts of its split address (`column:part`).
    fn addresses_of(csv: &str) -> Vec<(String, f64, Vec<String>)> {
        addresses_in(Box::new(crate::extract::csv::CsvParser::new("t", b',')), csv)
    }

    /// The same for any input read by `parser`.
    fn addresses_in(parser: Box<dyn Parser>, csv: &str) -> Vec<(String, f64, Vec<String>)> {
        let hints = ColumnHints::from_catalog(&Catalog::embedded());
        let env = Env { today: jiff::civil::date(2026, 12, 5) };
        let mut join = Join::new(parser, &hints, env);
        join.bytes(csv.as_bytes(), 0);
        let mut make = |h: &Held, _: &[u8]| {
            Some((finding(h.cell.start as usize, h.cell.end as usize, h.category), None))
        };
        let mut sink = |_| {};
        join.join((csv.as_bytes(), 0), csv.len() as u64, &mut make, &mut sink);
        join.finish(&mut make, &mut sink);
        let (columns, _) = join.into_parts();
        columns
            .iter()
            .filter(|c| c.categories.contains_key(&Category::Address))
            .map(|c| {
                let parts = c
                    .address_parts
                    .iter()
                    .map(|p| format!("{}:{}", p.column, p.part.name()))
                    .collect();
                (c.column.to_string(), c.share(Category::Address), parts)
            })
            .collect()
    }

    /// The address findings of a CSV file (synthetic values) fed to the join in two
    /// chunks cut at `cut`: start, end and confidence of each, in order.
    fn address_findings_cut_at(csv: &str, cut: usize) -> Vec<(u64, u64, Confidence)> {
        let hints = ColumnHints::from_catalog(&Catalog::embedded());
        let env = Env { today: jiff::civil::date(2026, 12, 5) };
        let parser = Box::new(crate::extract::csv::CsvParser::new("t", b','));
        let mut join = Join::new(parser, &hints, env);
        let mut make = |h: &Held, _: &[u8]| {
            Some((finding(h.cell.start as usize, h.cell.end as usize, h.category), None))
        };
        let mut got = Vec::new();
        let mut sink = |(f, _): Made| got.push((f.start, f.end, f.confidence));
        let bytes = csv.as_bytes();
        for (from, to) in [(0, cut), (cut, bytes.len())] {
            join.bytes(&bytes[from..to], from as u64);
            join.join((&bytes[from..to], from as u64), to as u64, &mut make, &mut sink);
        }
        join.finish(&mut make, &mut sink);
        got
    }

    #[test]
    fn a_street_line_is_judged_the_same_wherever_the_input_is_cut() {
        // The area column after the street line counts from the second row on, whether
        // or not the parser has read that far when a street line is judged.
        let csv = "id,detail,city\n1,文三路Y座,\n2,科技园路1号,\n3,中山北路3栋,杭州市\n";
        let whole = address_findings_cut_at(csv, csv.len());
        let starts: Vec<u64> = whole.iter().map(|f| f.0).collect();
        let row = |n: &str| csv.find(n).unwrap() as u64;
        assert_eq!(starts, [row("科技园路1号"), row("中山北路3栋")]);
        for cut in (1..csv.len()).filter(|&c| csv.is_char_boundary(c)) {
            assert_eq!(address_findings_cut_at(csv, cut), whole, "cut at {cut}");
        }
    }

    #[test]
    fn an_address_split_over_columns_is_one_address_with_its_parts() {
        // mall's receive-address columns: the street line is read as an address because
        // the province, city and district are beside it.
        let cn = "id,province,city,district,detail,post_code\n\
                  1,浙江省,杭州市,西湖区,文三路Y座,310012\n\
                  2,广东省,深圳市,南山区,科技园路1号,518057\n";
        let parts = ["province:province", "city:city", "district:district", "detail:street"];
        let mut want: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
        want.push("post_code:postal_code".into());
        assert_eq!(addresses_of(cn), [("detail".to_string(), 1.0, want)]);
        // Western: the street line with its city and postal code.
        let west = "CustomerId,Address,City,State,PostalCode\n\
                    1,1692 Ede Loop,Springfield,IL,62704\n\
                    2,Obere Str. 57,Berlin,,12209\n";
        let want: Vec<String> =
            ["Address:street", "City:city", "State:province", "PostalCode:postal_code"]
                .map(String::from)
                .into();
        assert_eq!(addresses_of(west), [("Address".to_string(), 1.0, want)]);
    }

    #[test]
    fn without_area_columns_a_street_line_is_judged_alone() {
        // A city alone is no address; a `detail` column without areas is no street.
        assert_eq!(addresses_of("id,city\n1,杭州市\n2,深圳市\n"), []);
        assert_eq!(addresses_of("id,detail,city_hash\n1,文三路Y座,ab12\n"), []);
        // A column named for addresses keeps its own check, with no parts to name.
        let alone = "id,detail_address\n1,文三路Y座\n2,二楼\n";
        assert_eq!(addresses_of(alone), [("detail_address".to_string(), 0.5, Vec::new())]);
        // Two addresses of one table go by their prefixes; a country is no area.
        let two = "billing_address,billing_city,shipping_address,shipping_zip,country\n\
                   12 Elm Street,Leeds,3 High Road,LS1 4AP,UK\n";
        let got = addresses_of(two);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].2, ["billing_address:street", "billing_city:city"]);
        assert_eq!(got[1].2, ["shipping_address:street", "shipping_zip:postal_code"]);
        let country = addresses_of("address,country\n12 Elm Street,UK\n");
        assert_eq!(country, [("address".to_string(), 1.0, Vec::new())]);
    }

    #[test]
    fn column_comments_name_the_parts_of_an_address() {
        // Pinyin column names, the Chinese words in their comments.
        let dump = "CREATE TABLE `shdz` (\n  `id` int,\n  `sheng` varchar(9) COMMENT '省份',\n  \
                    `shi` varchar(9) COMMENT '所在城市名称',\n  `xxdz` varchar(40) COMMENT '详细地址'\n\
                    );\nINSERT INTO `shdz` VALUES (1,'浙江省','杭州市','文三路Y座'),\
                    (2,'广东省','深圳市','科技园路1号');\n";
        let want = ["sheng:province", "shi:city", "xxdz:street"].map(String::from).to_vec();
        let got = addresses_in(crate::extract::sql::mysql(), dump);
        assert_eq!(got, [("xxdz".to_string(), 1.0, want)]);
    }

    #[test]
    fn in_json_an_area_counts_for_the_street_lines_of_its_own_object() {
        let json = r#"{"customers": [{"city": "杭州市", "detail": "文三路Y座"}],
                       "orders": [{"detail": "科技园路1号"}, {"detail": "中山北路3栋"}]}"#;
        let parser = Box::new(crate::extract::json::JsonParser::new("t"));
        let got = addresses_in(parser, json);
        let parts = ["customers[].city:city", "customers[].detail:street"].map(String::from);
        assert_eq!(got, [("customers[].detail".to_string(), 1.0, parts.to_vec())]);
    }

    #[test]
    fn held_bytes_are_released_in_order() {
        let mut store = HeldBytes::default();
        let values: Vec<Range<u64>> =
            (0..3000u32).map(|i| store.push(format!("张{i}").as_bytes())).collect();
        store.release(values[2000].start);
        assert!(store.bytes.len() < 8000, "{} bytes kept", store.bytes.len());
        for (i, r) in values.iter().enumerate().skip(2000) {
            assert_eq!(store.get(r), format!("张{i}").as_bytes());
        }
        store.release(values[2999].end);
        assert!(store.bytes.is_empty());
        let r = store.push(b"x");
        assert_eq!(store.get(&r), b"x");
    }

    /// The made findings (start, category, table, column, row) and the column tallies of
    /// a join, as text to compare.
    fn outcome(made: &[Made], join: Join<'_>) -> String {
        let mut made: Vec<String> = made
            .iter()
            .map(|(f, _)| {
                format!("{} {} {:?} {:?} {:?}", f.start, f.category, f.table, f.column, f.row)
            })
            .collect();
        made.sort();
        let (columns, warnings) = join.into_parts();
        format!("{made:#?}\n{columns:#?}\n{warnings:?}")
    }

    #[test]
    fn a_join_copied_where_a_line_starts_and_adopted_counts_as_one_join() {
        // The real tools' dump and CSV export: hinted name, address and birthday
        // columns, whose held values are the findings here.
        let dir = format!("{}/tests/data/dumps", env!("CARGO_MANIFEST_DIR"));
        type NewParser = fn() -> Box<dyn Parser>;
        let parsers: [(&str, NewParser); 2] = [
            ("mysql.sql", crate::extract::sql::mysql),
            ("users.csv", || Box::new(crate::extract::csv::CsvParser::new("users", b','))),
        ];
        for (name, parser) in parsers {
            let text = std::fs::read(format!("{dir}/{name}")).unwrap();
            let copied = copied_joins_count_as_one(&text, || parser());
            assert!(copied > 5, "{name}: {copied} cuts");
        }
    }

    /// Cuts `text` at every 7th line start where the join rests, and checks that a join
    /// copied there ([`Join::snapshot`]), fed on to where the one-pass join had read, and
    /// adopting that join, ends as the one-pass join: the number of cuts checked.
    fn copied_joins_count_as_one(text: &[u8], parser: impl Fn() -> Box<dyn Parser>) -> usize {
        let hints = ColumnHints::from_catalog(&Catalog::embedded());
        let env = Env { today: jiff::civil::date(2026, 12, 5) };
        let new = || Join::new(parser(), &hints, env).with_samples(3);
        let mut make = |h: &Held, _: &[u8]| {
            Some((finding(h.cell.start as usize, h.cell.end as usize, h.category), None))
        };
        let len = text.len() as u64;
        let (mut one_made, mut one) = (Vec::new(), new());
        one.bytes(text, 0);
        one.join((text, 0), len, &mut make, &mut |m| one_made.push(m));
        one.finish(&mut make, &mut |m| one_made.push(m));
        let expected = outcome(&one_made, one);
        assert!(one_made.len() > 20, "{expected}");
        let starts = text.iter().enumerate().filter(|(_, &b)| b == b'\n').map(|(i, _)| i + 1);
        let mut copied = 0;
        for cut in starts.step_by(7).filter(|&c| c < text.len()) {
            // The one-pass join has read past the cut to the end of its chunk.
            let read_to = (cut + 150).min(text.len());
            let mut ahead = new();
            ahead.set_cells_only();
            ahead.bytes(&text[..cut], 0);
            if !ahead.rests_at(cut as u64) {
                continue;
            }
            let mut copy = ahead.snapshot().expect("a copy where a line starts");
            copy.bytes(&text[cut..read_to], cut as u64);
            copy.forget_counts();
            let (mut made, mut before) = (Vec::new(), new());
            before.bytes(&text[..read_to], 0);
            before.join((&text[..read_to], 0), cut as u64, &mut make, &mut |m| made.push(m));
            assert!(before.is_drained() && !before.has_abandoned());
            copy.bytes(&text[read_to..], read_to as u64);
            copy.join((&text[read_to..], read_to as u64), len, &mut make, &mut |m| made.push(m));
            copy.finish(&mut make, &mut |m| made.push(m));
            copy.adopt(before);
            assert_eq!(outcome(&made, copy), expected, "cut at {cut}");
            copied += 1;
        }
        copied
    }
}
