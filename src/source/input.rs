//! The input layer: what a path holds, decided once, as *inputs* the worker scans.
//!
//! A file on disk is one [`Input`]: a display path, a [`Format`] decided once from its
//! name and first bytes ([`Format::decide`]), a [`Body`] (the bytes) and, when the bytes
//! the engine scans are not the stored ones (a decoded character encoding), a
//! [`RawOffsets`] map back to them. A compressed input ([`Format::Compressed`]) decodes
//! to one inner input under the same path; a container ([`Format::Container`]: zip, tar,
//! and the documents and mail that synthesize their entries) yields one input per entry
//! through [`Container::for_each`], shown as `outer!/entry` ([`nested`]), and each entry
//! goes through the same decision, so containers nest (`a.zip!/b.tar.gz!/c.csv`).
//!
//! Offsets of findings (`start`, `end`) are byte offsets into the innermost input's bytes:
//! the file, or the decompressed entry (for `a.zip!/b.csv`, into `b.csv` as stored in the
//! archive once inflated), mapped through [`Input::map`] when the text was decoded.
//!
//! Every expansion is guarded ([`Guards`]): a decompressed stream is counted against a
//! budget shared by everything under one file on disk and against a ratio, containers
//! against an entry count and a nesting depth, and an entry that needs random access
//! (a zip, spreadsheet or SQLite file inside an archive) is copied ([`spool`]) only up to
//! a size. A guard that trips ends its input with a recorded skip ([`Trip`]); what was
//! scanned before stays.

use std::fs::File;
use std::io::{self, Read, Seek};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, Mutex};

use crate::extract::{render, Plan};
use crate::inventory::SkipReason;

pub use crate::source::container::ContainerKind;
pub use crate::source::container::{Container, Entry, EntryProblem};

/// One thing to scan: a file on disk, an entry of a container, or a decoded stream.
pub struct Input<'r> {
    /// The path as it is (never masked): a file's path as walked, or `outer!/entry` for
    /// an entry ([`nested`]). The worker masks values in it for printing.
    pub path: PathBuf,
    /// Where this input's own name starts in `path` (bytes): values found in the path
    /// from here on are findings of this input (for an entry, its name inside the
    /// container; the container's part was reported with the container).
    pub name_from: usize,
    /// The name that decides the format: the file's or entry's last component, without
    /// the compression extensions already decoded (`x.tar.gz` -> `x.tar`).
    pub name: String,
    /// How the name says the bytes are structured (extension, table name).
    pub plan: Plan,
    /// How the bytes are read, decided once.
    pub format: Format,
    /// The bytes.
    pub body: Body<'r>,
    /// Containers above this input: 0 for a file on disk.
    pub depth: u32,
    /// Decoded-stream offsets back to the stored bytes; `None` when the engine scans the
    /// stored bytes themselves.
    pub map: Option<SharedOffsets>,
    /// The character encoding the stored bytes were decoded from (`"UTF-16LE"`,
    /// `"GBK"`), recorded in the inventory; `None` for UTF-8 or bytes as they are.
    pub encoding: Option<&'static str>,
}

/// The bytes of an input.
pub enum Body<'r> {
    /// A file on disk, opened, at its start: read whole when small, streamed when large,
    /// or opened again by its path when a reader needs random access (spreadsheets,
    /// SQLite files, zip archives).
    File(File),
    /// A stream: an entry, a decompressed or decoded stream. `size` is the declared
    /// size, if any (the stream may be shorter or longer).
    Stream {
        /// The bytes, from the input's first.
        reader: Box<dyn Read + 'r>,
        /// The size the container declares.
        size: Option<u64>,
    },
}

/// How an input's bytes are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Text (or bytes under the binary policy), scanned as it is; CSV, JSON and SQL
    /// (by [`Plan`]) are parsed beside the scan for table and column.
    Text,
    /// Rendered to dump text first: needs random access ([`Body::File`] or a spool).
    Rendered(Rendered),
    /// One compressed stream: decoded to one inner input under the same path.
    Compressed(Codec),
    /// A container of entries.
    Container(ContainerKind),
}

/// Formats rendered to dump text ([`render`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rendered {
    /// `.xlsx`, `.xls`, `.ods`...
    Spreadsheet,
    /// An SQLite database file.
    SqliteDb,
}

/// Single-stream compressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    /// `.gz` (every member; gzip inside gzip by bytes, up to `--max-gzip-depth`).
    Gzip,
    /// `.bz2`.
    Bzip2,
    /// `.xz`.
    Xz,
    /// `.zst`.
    Zstd,
}

impl Codec {
    /// The codec's name in messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Gzip => "gzip",
            Codec::Bzip2 => "bzip2",
            Codec::Xz => "xz",
            Codec::Zstd => "zstd",
        }
    }

    /// Whether `head` starts with this codec's magic bytes.
    pub fn matches(self, head: &[u8]) -> bool {
        match self {
            Codec::Gzip => head.starts_with(&[0x1f, 0x8b, 0x08]),
            Codec::Bzip2 => head.starts_with(b"BZh"),
            Codec::Xz => head.starts_with(&[0xFD, b'7', b'z', b'X', b'Z', 0]),
            Codec::Zstd => head.starts_with(&[0x28, 0xB5, 0x2F, 0xFD]),
        }
    }

    /// The name of what `name`, compressed with `self`, decompresses to: one extension
    /// off (`x.tar.zst` -> `x.tar`, `x.tgz` -> `x.tar`), and for gzip every gzip one
    /// (its layers are decoded by their bytes: `x.csv.gz.gz` -> `x.csv`).
    pub fn inner_name(self, name: &str) -> String {
        let mut name = name.to_string();
        while let Some((codec, inner)) = Codec::for_name(&name) {
            if codec != self {
                break;
            }
            name = inner;
            if codec != Codec::Gzip {
                break;
            }
        }
        name
    }

    /// The codec a name's last extension says, and the name without it (`x.tgz` is
    /// `x.tar` compressed with gzip).
    pub fn for_name(name: &str) -> Option<(Codec, String)> {
        let (stem, ext) = name.rsplit_once('.')?;
        if stem.is_empty() {
            return None;
        }
        let (codec, inner_ext) = match ext.to_ascii_lowercase().as_str() {
            "gz" => (Codec::Gzip, None),
            "tgz" | "taz" => (Codec::Gzip, Some("tar")),
            "bz2" => (Codec::Bzip2, None),
            "tbz" | "tbz2" | "tb2" => (Codec::Bzip2, Some("tar")),
            "xz" => (Codec::Xz, None),
            "txz" => (Codec::Xz, Some("tar")),
            "zst" => (Codec::Zstd, None),
            "tzst" => (Codec::Zstd, Some("tar")),
            _ => return None,
        };
        let inner = match inner_ext {
            Some(e) => format!("{stem}.{e}"),
            None => stem.to_string(),
        };
        Some((codec, inner))
    }
}

/// Bytes of an input's head read to decide its format.
pub const HEAD_LEN: usize = 512;

/// What the input layer may do, from the command line.
#[derive(Clone, Debug)]
pub struct InputSettings {
    /// The guards on expansion.
    pub guards: Guards,
    /// Open `.jar`, `.war`, `.ear` and `.apk` files as zip archives (`--jars`).
    pub jars: bool,
    /// How many gzip layers are decoded (`--max-gzip-depth`).
    pub gzip_depth: u32,
    /// What documents and mail may make piiscan hold (`--max-part-size`,
    /// `--max-document-size`, `--max-message-size`).
    pub parts: crate::source::container::document::Limits,
}

impl Default for InputSettings {
    fn default() -> InputSettings {
        InputSettings {
            guards: Guards::default(),
            jars: false,
            gzip_depth: crate::decode::gzip::DEPTH_DEFAULT,
            parts: crate::source::container::document::Limits::default(),
        }
    }
}

impl Format {
    /// Whether the head matters to [`Format::decide`] for a file named `name` (a name
    /// that may be an SQLite database's); otherwise the head may be left empty.
    pub fn wants_head(name: &str) -> bool {
        Codec::for_name(name).is_none()
            && render::is_sqlite_extension(&Plan::for_name(name).extension)
    }

    /// The format of an input named `name` (its last path component) whose first bytes
    /// are `head` (up to [`HEAD_LEN`]). The name proposes, the head confirms: a `.zip`
    /// that does not open as one is scanned as bytes, with a warning; a compressed name
    /// whose bytes lack the codec's magic is scanned as it is, with a warning.
    pub fn decide(name: &str, head: &[u8], settings: &InputSettings) -> Format {
        if let Some((codec, _)) = Codec::for_name(name) {
            return Format::Compressed(codec);
        }
        let plan = Plan::for_name(name);
        if let Some(kind) = ContainerKind::for_extension(&plan.extension, settings.jars) {
            return Format::Container(kind);
        }
        if render::is_spreadsheet(&plan.extension) {
            return Format::Rendered(Rendered::Spreadsheet);
        }
        if render::is_sqlite_db(&plan.extension, head) {
            return Format::Rendered(Rendered::SqliteDb);
        }
        Format::Text
    }
}

/// The display form of `entry` inside `container`: `container!/entry`. An entry name's
/// leading `/` and `./` are dropped, so the separator is always `!/`.
pub fn nested(container: &Path, entry: &[u8]) -> (PathBuf, usize) {
    let mut entry = entry;
    loop {
        if let Some(rest) = entry.strip_prefix(b"/") {
            entry = rest;
        } else if let Some(rest) = entry.strip_prefix(b"./") {
            entry = rest;
        } else {
            break;
        }
    }
    let mut bytes = crate::source::path_bytes(container).into_owned();
    bytes.extend_from_slice(b"!/");
    let from = bytes.len();
    bytes.extend_from_slice(entry);
    (crate::source::path_from_bytes(bytes), from)
}

/// The last component of a name inside a container (`hr/员工.csv` -> `员工.csv`).
pub fn last_component(name: &[u8]) -> String {
    let name = name.strip_suffix(b"/").unwrap_or(name);
    let last = memchr::memrchr(b'/', name).map_or(name, |i| &name[i + 1..]);
    String::from_utf8_lossy(last).into_owned()
}

/// Maps offsets of a decoded stream (what the engine scans) back to the stored bytes of
/// the input (the file, or the entry). Implemented by the decoder that made the stream,
/// which updates it as it decodes; the worker asks only about offsets it has read.
pub trait RawOffsets {
    /// The stored-byte offset of decoded offset `decoded` (an offset already read).
    fn raw(&self, decoded: u64) -> u64;
}

/// A map shared between the decoder that fills it and the worker that reads it.
pub type SharedOffsets = Arc<Mutex<dyn RawOffsets + Send>>;

/// The guards on what one file on disk may expand to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guards {
    /// Bytes decompressed in all, everything under one file on disk counted
    /// (`--max-expanded`); past it the input being read ends with a `too_large` skip.
    pub max_expanded: u64,
    /// Decompressed bytes per compressed byte of one stream or entry (`--max-ratio`),
    /// checked once [`Guards::RATIO_AFTER`] bytes are decompressed; past it the input
    /// ends with a `bomb` skip.
    pub max_ratio: u64,
    /// Entries per container (`--max-entries`); past it the container ends with a
    /// `too_large` skip.
    pub max_entries: u64,
    /// Containers inside containers (`--max-archive-depth`); a container deeper than
    /// this is skipped (`depth`).
    pub max_depth: u32,
    /// The largest entry copied for random access (`--max-spool`): a zip, spreadsheet
    /// or SQLite file inside an archive; a larger one is skipped (`too_large`).
    pub max_spool: u64,
}

impl Guards {
    /// The ratio is judged only after this many decompressed bytes (small entries of
    /// repeated text compress very well and are harmless).
    pub const RATIO_AFTER: u64 = 1 << 20;
}

impl Default for Guards {
    fn default() -> Guards {
        Guards {
            max_expanded: 64 << 30,
            max_ratio: 1000,
            max_entries: 100_000,
            max_depth: 5,
            max_spool: 1 << 30,
        }
    }
}

/// A guard that tripped: the input it ended, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trip {
    /// The input's path as it is (masked when recorded).
    pub path: PathBuf,
    /// `too_large` (the expansion budget) or `bomb` (the ratio).
    pub reason: SkipReason,
    /// What passed which limit.
    pub detail: String,
}

/// A byte count shared between a reader and whoever judges it.
pub type Counter = Arc<AtomicU64>;

/// A counter starting at `n`.
pub fn counter(n: u64) -> Counter {
    Arc::new(AtomicU64::new(n))
}

/// The state of the guards for one file on disk and everything inside it.
#[derive(Clone)]
pub struct Expansion {
    /// Bytes decompressed so far.
    pub expanded: Counter,
    /// Past this many bytes decompressed in all, the file is a bomb: `--max-ratio` times
    /// its size on disk (at least [`Guards::RATIO_AFTER`]), so that a nested bomb
    /// (42.zip: 42 KB, 4.5 PB at the bottom) ends after a bounded amount of work
    /// however its layers are arranged.
    pub bomb_at: u64,
    /// Trips not yet recorded.
    pub trips: Arc<Mutex<Vec<Trip>>>,
}

impl Default for Expansion {
    fn default() -> Expansion {
        Expansion { expanded: counter(0), bomb_at: u64::MAX, trips: Arc::default() }
    }
}

impl Expansion {
    /// The guards' state for a file of `stored` bytes on disk.
    pub fn for_file(stored: u64, guards: &Guards) -> Expansion {
        let bomb_at = stored.saturating_mul(guards.max_ratio).max(Guards::RATIO_AFTER);
        Expansion { bomb_at, ..Expansion::default() }
    }

    /// Whether the budget is spent (by `--max-expanded`, or by the file's ratio):
    /// nothing more is expanded.
    pub fn spent(&self, guards: &Guards) -> bool {
        self.expanded.load(Relaxed) >= guards.max_expanded.min(self.bomb_at)
    }

    /// The trips not yet recorded, taken.
    pub fn take_trips(&self) -> Vec<Trip> {
        std::mem::take(&mut *self.trips.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

/// Counts the bytes read through it (the compressed side of a ratio).
pub struct Counted<R> {
    inner: R,
    count: Counter,
}

impl<R> Counted<R> {
    /// `inner`, counting into `count`.
    pub fn new(inner: R, count: Counter) -> Counted<R> {
        Counted { inner, count }
    }
}

impl<R: Seek> Seek for Counted<R> {
    fn seek(&mut self, pos: io::SeekFrom) -> io::Result<u64> {
        self.inner.seek(pos)
    }
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Relaxed);
        Ok(n)
    }
}

/// A decompressed stream under the guards: it ends (reads return 0) once the budget or
/// the ratio is passed, recording a [`Trip`] for `path`.
pub struct Guarded<R> {
    inner: R,
    guards: Guards,
    expansion: Expansion,
    /// Compressed bytes consumed so far (a [`Counted`] below the decoder), from
    /// `compressed_base`.
    compressed: Counter,
    compressed_base: u64,
    decoded: u64,
    path: PathBuf,
    ended: bool,
}

impl<R> Guarded<R> {
    /// `inner` under `guards`; its ratio is judged against what `compressed` counts from
    /// now on.
    pub fn new(
        inner: R,
        guards: Guards,
        expansion: Expansion,
        compressed: Counter,
        path: PathBuf,
    ) -> Guarded<R> {
        let compressed_base = compressed.load(Relaxed);
        Guarded {
            inner,
            guards,
            expansion,
            compressed,
            compressed_base,
            decoded: 0,
            path,
            ended: false,
        }
    }

    /// Judges the ratio against what `compressed` counted from `base` on, not from now:
    /// a decoder that sniffed its input's head before the guard was made has buffered
    /// compressed bytes (64 KiB) that the guard would otherwise never see read, so that a
    /// well-compressed text (16:1) looked like a bomb after its first MiB.
    pub fn counted_from(mut self, base: u64) -> Guarded<R> {
        self.compressed_base = base;
        self
    }

    /// Judges the ratio over the stream `inner` is part of: `solid` says where that
    /// stream starts and how much of it was decoded before `inner`.
    pub fn within(mut self, solid: crate::source::container::Solid) -> Guarded<R> {
        self.compressed_base = solid.compressed_from;
        self.decoded = solid.decoded_before;
        self
    }

    fn trip(&mut self, reason: SkipReason, detail: String) {
        self.ended = true;
        let path = self.path.clone();
        let mut trips = self.expansion.trips.lock().unwrap_or_else(|e| e.into_inner());
        trips.push(Trip { path, reason, detail });
    }
}

impl<R> Guarded<R> {
    /// The input ends because everything under the file has expanded to its limit.
    fn trip_budget(&mut self) {
        let detail = if self.expansion.bomb_at <= self.guards.max_expanded {
            format!(
                "{} bytes decompressed from one file, {} times its size (--max-ratio): a compression bomb; the rest is not read",
                self.expansion.bomb_at, self.guards.max_ratio
            )
        } else {
            format!(
                "{} bytes decompressed from one file (--max-expanded); the rest is not read",
                self.guards.max_expanded
            )
        };
        let reason = if self.expansion.bomb_at <= self.guards.max_expanded {
            SkipReason::Bomb
        } else {
            SkipReason::TooLarge
        };
        self.trip(reason, detail);
    }
}

impl<R: Read> Read for Guarded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.ended {
            return Ok(0);
        }
        let limit = self.guards.max_expanded.min(self.expansion.bomb_at);
        let left = limit.saturating_sub(self.expansion.expanded.load(Relaxed));
        if left == 0 {
            self.trip_budget();
            return Ok(0);
        }
        let want = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        self.decoded += n as u64;
        let expanded = self.expansion.expanded.fetch_add(n as u64, Relaxed) + n as u64;
        let compressed = (self.compressed.load(Relaxed) - self.compressed_base).max(1);
        if expanded >= limit {
            // What was decoded is scanned; nothing more is read.
            self.trip_budget();
        } else if self.decoded > Guards::RATIO_AFTER
            && self.decoded / compressed > self.guards.max_ratio
        {
            let detail = format!(
                "{} bytes decompressed from {compressed} (ratio above --max-ratio {}): a compression bomb; the rest is not read",
                self.decoded, self.guards.max_ratio
            );
            self.trip(SkipReason::Bomb, detail);
        }
        Ok(n)
    }
}

/// In-memory copies stay below this; larger entries go to a temporary file.
pub const SPOOL_IN_MEMORY: u64 = 8 << 20;

/// A seekable copy of an entry that needs random access.
pub enum Spool {
    /// Small: in memory.
    Memory(io::Cursor<Vec<u8>>),
    /// On disk, removed when dropped.
    Disk(tempfile::NamedTempFile),
}

impl Read for Spool {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Spool::Memory(c) => c.read(buf),
            Spool::Disk(f) => f.as_file_mut().read(buf),
        }
    }
}

impl Seek for Spool {
    fn seek(&mut self, pos: io::SeekFrom) -> io::Result<u64> {
        match self {
            Spool::Memory(c) => c.seek(pos),
            Spool::Disk(f) => f.as_file_mut().seek(pos),
        }
    }
}

/// Copies `reader` for random access, in memory when `size` says it is small, else to a
/// temporary file; `Ok(None)` when it holds more than `max` bytes (nothing is kept).
pub fn spool(
    mut reader: impl Read,
    size: Option<u64>,
    max: u64,
    on_disk: bool,
) -> io::Result<Option<Spool>> {
    if size.is_some_and(|s| s > max) {
        return Ok(None);
    }
    let small = size.is_some_and(|s| s <= SPOOL_IN_MEMORY);
    if small && !on_disk {
        let mut buf = Vec::new();
        let n = (&mut reader).take(max + 1).read_to_end(&mut buf)? as u64;
        return Ok((n <= max).then(|| Spool::Memory(io::Cursor::new(buf))));
    }
    let mut file = tempfile::NamedTempFile::new()?;
    let n = io::copy(&mut (&mut reader).take(max + 1), file.as_file_mut())?;
    if n > max {
        return Ok(None);
    }
    file.as_file_mut().rewind()?;
    Ok(Some(Spool::Disk(file)))
}

/// Reads up to [`HEAD_LEN`] bytes of `reader` and gives them back with a reader that
/// yields them again, then the rest.
pub fn with_head<'r>(mut reader: Box<dyn Read + 'r>) -> io::Result<(Vec<u8>, Box<dyn Read + 'r>)> {
    let mut head = Vec::with_capacity(HEAD_LEN);
    (&mut reader).take(HEAD_LEN as u64).read_to_end(&mut head)?;
    let again = Box::new(io::Cursor::new(head.clone()).chain(reader));
    Ok((head, again))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_decide_and_compression_comes_off() {
        let s = InputSettings::default();
        assert_eq!(
            Format::decide("a.zip", b"PK\x03\x04", &s),
            Format::Container(ContainerKind::Zip)
        );
        assert_eq!(Format::decide("a.jar", b"PK\x03\x04", &s), Format::Text);
        let jars = InputSettings { jars: true, ..InputSettings::default() };
        assert_eq!(Format::decide("a.jar", b"PK", &jars), Format::Container(ContainerKind::Zip));
        assert_eq!(Format::decide("b.tar.gz", b"", &s), Format::Compressed(Codec::Gzip));
        assert_eq!(Codec::for_name("b.tgz"), Some((Codec::Gzip, "b.tar".into())));
        assert_eq!(Codec::for_name("c.csv.zst"), Some((Codec::Zstd, "c.csv".into())));
        assert_eq!(Codec::for_name(".xz"), None);
        assert_eq!(Codec::Gzip.inner_name("a.csv.gz.GZ"), "a.csv");
        assert_eq!(Codec::Gzip.inner_name("a.tgz"), "a.tar");
        assert_eq!(Codec::Xz.inner_name("a.csv.xz.xz"), "a.csv.xz");
        assert_eq!(Format::decide("c.tar", b"", &s), Format::Container(ContainerKind::Tar));
        assert_eq!(Format::decide("d.xlsx", b"PK", &s), Format::Rendered(Rendered::Spreadsheet));
        assert_eq!(Format::decide("e.csv", b"a,b", &s), Format::Text);
    }

    #[test]
    fn nested_paths_use_one_separator() {
        let (p, from) = nested(Path::new("backup.zip"), "./hr/员工.csv".as_bytes());
        assert_eq!(p, Path::new("backup.zip!/hr/员工.csv"));
        assert_eq!(from, "backup.zip!/".len());
        let (q, _) = nested(&p, b"/c.csv");
        assert_eq!(q, Path::new("backup.zip!/hr/员工.csv!/c.csv"));
        assert_eq!(last_component("hr/员工.csv".as_bytes()), "员工.csv");
    }

    #[test]
    fn the_guard_ends_a_stream_past_its_ratio_and_keeps_what_came_before() {
        let expansion = Expansion::default();
        let guards = Guards { max_ratio: 10, ..Guards::default() };
        let compressed = counter(0);
        // As if it were compressed 100:1.
        let zeros = Shrunk(io::repeat(0).take(100 << 20), Arc::clone(&compressed));
        let mut g =
            Guarded::new(zeros, guards, expansion.clone(), compressed, PathBuf::from("x.gz"));
        let n = io::copy(&mut g, &mut io::sink()).unwrap();
        assert!(n > Guards::RATIO_AFTER && n < 2 * Guards::RATIO_AFTER, "{n}");
        let trips = expansion.take_trips();
        assert_eq!(trips.len(), 1);
        assert_eq!(trips[0].reason, SkipReason::Bomb);
    }

    /// A reader whose counted input is a hundredth of what it yields.
    struct Shrunk<R>(R, Counter);

    impl<R: Read> Read for Shrunk<R> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let before = self.1.load(Relaxed);
            let n = self.0.read(buf)?;
            self.1.store(before + (n as u64).div_ceil(100), Relaxed);
            Ok(n)
        }
    }

    #[test]
    fn the_budget_is_shared_and_ends_reading_exactly_there() {
        let expansion = Expansion::default();
        let guards = Guards { max_expanded: 5000, max_ratio: u64::MAX, ..Guards::default() };
        let c = counter(1);
        for name in ["a", "b"] {
            let src = io::repeat(1).take(3000);
            let mut g = Guarded::new(src, guards, expansion.clone(), Arc::clone(&c), name.into());
            io::copy(&mut g, &mut io::sink()).unwrap();
        }
        assert_eq!(expansion.expanded.load(Relaxed), 5000);
        let trips = expansion.take_trips();
        assert_eq!(trips.len(), 1);
        assert_eq!(
            (trips[0].path.as_path(), trips[0].reason),
            (Path::new("b"), SkipReason::TooLarge)
        );
    }

    #[test]
    fn a_file_expanding_past_its_ratio_is_a_bomb_whatever_its_layers() {
        let guards = Guards { max_ratio: 100, ..Guards::default() };
        // Each entry reads as much as it yields (ratio 1), but the file is 50 KB.
        let expansion = Expansion::for_file(50_000, &guards);
        // Many entries, each harmless on its own (ratio 2).
        let mut read = 0;
        for i in 0..100 {
            let src = io::repeat(1).take(100_000);
            let path = PathBuf::from(format!("e{i}"));
            let c = counter(0);
            let src = Counted::new(src, Arc::clone(&c));
            let mut g = Guarded::new(src, guards, expansion.clone(), c, path);
            read += io::copy(&mut g, &mut io::sink()).unwrap();
            if expansion.spent(&guards) {
                break;
            }
        }
        assert_eq!(read, 5_000_000);
        let trips = expansion.take_trips();
        assert_eq!(trips.len(), 1, "{trips:?}");
        assert_eq!(
            (trips[0].path.as_path(), trips[0].reason),
            (Path::new("e49"), SkipReason::Bomb)
        );
    }

    #[test]
    fn spools_are_bounded() {
        let data = vec![7u8; 1000];
        assert!(spool(&data[..], Some(1000), 999, false).unwrap().is_none());
        assert!(spool(&data[..], None, 999, false).unwrap().is_none());
        let mut s = spool(&data[..], Some(1000), 1000, false).unwrap().expect("fits");
        let mut back = Vec::new();
        s.read_to_end(&mut back).unwrap();
        assert_eq!(back, data);
        assert!(matches!(spool(&data[..], None, 1000, false).unwrap(), Some(Spool::Disk(_))));
    }
}
