//! One large file scanned by several threads, with the result of a scan by one
//! (`--split-size`).
//!
//! The sequential scan reads a stream in chunks cut after their last newline
//! ([`stream`]). Which cuts it makes depends only on where the newlines are, so a
//! planner finds them ahead of the scan, reading a few KiB around each ([`next_cut`]),
//! and cuts the file into [`Part`]s at cuts that follow a newline, about `--split-size`
//! bytes apart. Each part is scanned on a thread of its own exactly as the whole scan
//! scans those bytes ([`scan_part`]: the same chunks, the same context before each one
//! and after its cut, line numbers counted from the part's start). The caller takes the
//! parts' results in file order, so that findings, line numbers (moved by the newlines
//! of the parts before), first lines, samples and the streamed output are those of the
//! sequential scan, whatever thread finished first.
//!
//! A structured file (CSV, JSON Lines, an SQL dump) is cut at the same places. Its
//! parser state at a cut (a quote, the current `COPY` block, an `INSERT`'s table and
//! columns) is found by a copy of its join that the planner runs ahead over the whole
//! file, reading cells only ([`run_prepared`]); each part is then parsed and joined
//! with its findings on its thread from a copy of that state, and the caller adds the
//! parts' column tallies in file order. Where the copy cannot be the one-pass state (a
//! value open across the cut, a value given up before it) the part's findings are
//! joined on the caller's thread by the one join, as the sequential scan joins them
//! (see `Worker::scan_split`).
//!
//! Memory stays bounded: a part is read through a [`CHUNK`]-sized buffer from the file
//! (never whole), and at most two parts per thread are scanned ahead of the one the
//! caller is waiting for. What the parts' findings and output text hold, in the parts
//! being scanned and in those waiting for the caller, is bounded too
//! (`--max-split-memory`, [`Pace`]): past that, every thread but the one scanning the
//! part the caller waits for pauses at its next chunk's end until the caller takes some.
//! Threads are lent from one budget per scan ([`Split`]), so that walker threads meeting
//! several large files at once never run more than `-j` scanning threads between them.
//!
//! [`stream`]: crate::detect::stream
//! [`next_cut`]: crate::detect::stream::next_cut
//! [`scan_part`]: crate::detect::stream::scan_part
//! [`CHUNK`]: crate::detect::stream::CHUNK

use std::cell::Cell;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

use crate::detect::stream::{next_cut, Part};

/// Files at least this large are split by default (`--split-size`): below it the
/// threads are better spent on other files.
pub const SPLIT_SIZE_DEFAULT: &str = "64M";

/// Parts are at most this large, whatever `--split-size` says: the findings of a part
/// scanned ahead wait in memory for the parts before it, and small parts share the
/// work of a file evenly between the threads.
const PART_MAX: u64 = 4 << 20;

/// Parts scanned ahead of the one the caller waits for, per thread.
const AHEAD_PER_THREAD: usize = 2;

/// The default of `--max-split-memory`.
pub const HELD_MAX_DEFAULT: &str = "512M";

/// How large files are split between threads: the setting, and the scan's budget of
/// threads.
#[derive(Clone, Debug)]
pub struct Split {
    /// Files at least this large are split (`--split-size`); `None`: never.
    pub size: Option<u64>,
    /// The threads one file's parts may be scanned by (`-j`).
    pub threads: usize,
    /// The bytes that the parts' results (findings and output text) may hold, being
    /// scanned or waiting, before every thread but the one scanning the part the caller
    /// waits for pauses (`--max-split-memory`).
    pub held_max: u64,
    /// Threads not lent to a file now.
    free: Arc<AtomicUsize>,
}

impl Split {
    /// Files of at least `size` bytes split among up to `threads` threads, lent from a
    /// budget of `threads` for the whole scan.
    pub fn new(size: Option<u64>, threads: usize) -> Split {
        let threads = threads.max(1);
        Split { size, threads, held_max: u64::MAX, free: Arc::new(AtomicUsize::new(threads)) }
    }

    /// The same, with parts scanned ahead holding at most about `bytes` bytes (see
    /// [`run_prepared`]).
    pub fn holding(self, bytes: u64) -> Split {
        Split { held_max: bytes, ..self }
    }

    /// Whether a file of `len` bytes is split.
    pub fn applies(&self, len: u64) -> bool {
        self.threads > 1 && self.size.is_some_and(|size| len >= size)
    }

    /// Borrows up to `threads` threads from the budget; `None` if fewer than two are
    /// free (one thread scans as fast alone).
    pub fn lend(&self) -> Option<Lent<'_>> {
        let mut free = self.free.load(Ordering::Acquire);
        loop {
            let take = free.min(self.threads);
            if take < 2 {
                return None;
            }
            match self.free.compare_exchange(free, free - take, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => return Some(Lent { split: self, n: take }),
                Err(now) => free = now,
            }
        }
    }

    /// The size of the parts of a file of `len` bytes scanned by `threads` threads:
    /// about four parts per thread, at most [`PART_MAX`] and at most `--split-size`.
    fn part_size(&self, len: u64, threads: usize) -> u64 {
        let even = len / (4 * threads as u64);
        even.min(PART_MAX).min(self.size.unwrap_or(PART_MAX)).max(1)
    }
}

/// Threads borrowed from a [`Split`]'s budget, given back when dropped.
pub struct Lent<'s> {
    split: &'s Split,
    n: usize,
}

impl Drop for Lent<'_> {
    fn drop(&mut self) {
        self.split.free.fetch_add(self.n, Ordering::AcqRel);
    }
}

/// Reads a file from an offset without moving a shared position (each thread reads its
/// own part of the same open file).
pub fn read_at(file: &File, offset: u64, buf: &mut [u8]) -> io::Result<usize> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::read_at(file, buf, offset)
    }
    #[cfg(windows)]
    {
        std::os::windows::fs::FileExt::seek_read(file, buf, offset)
    }
    #[cfg(not(any(unix, windows)))]
    {
        let _ = (file, offset, buf);
        Err(io::Error::new(io::ErrorKind::Unsupported, "no positioned reads"))
    }
}

/// Fills `buf` with the bytes of `file` from `offset` on, as far as the file goes (with
/// [`read_at`]): the number of bytes read.
pub fn read_full(file: &File, offset: u64, buf: &mut [u8]) -> io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match read_at(file, offset + got as u64, &mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}

/// The bytes of `file` from an offset on, read with [`read_at`].
pub struct ReadFrom<'f> {
    file: &'f File,
    at: u64,
}

impl<'f> ReadFrom<'f> {
    /// `file` read from offset `at`.
    pub fn new(file: &'f File, at: u64) -> Self {
        ReadFrom { file, at }
    }
}

impl Read for ReadFrom<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = read_at(self.file, self.at, buf)?;
        self.at += n as u64;
        Ok(n)
    }
}

/// How far a split scan went.
#[derive(Debug, PartialEq, Eq)]
pub enum Ended {
    /// Every part was handed to the caller (or the caller stopped).
    Done,
    /// A signal stopped it (or a scanning thread panicked, which the caller's thread
    /// then does too): the parts before this offset were handed to the caller.
    Interrupted(u64),
}

/// What the threads share: the parts planned, handed out and done.
struct Queue<T, E> {
    parts: Vec<Part>,
    /// What the planner prepared for each part, until it is handed out.
    preps: Vec<Option<E>>,
    /// The planner has planned the last part.
    planned: bool,
    /// The next part to hand out.
    next: usize,
    /// The parts the caller has taken (set as it takes a result, before it writes it):
    /// the part at this index is the one it waits for.
    taken: usize,
    /// The results of parts scanned and not taken yet, with what each holds in bytes.
    done: BTreeMap<usize, (T, u64)>,
    /// What those results and the parts being scanned (as far as they said) hold
    /// together, and how much they may hold before every part but the one the caller
    /// waits for pauses.
    held: u64,
    held_max: u64,
    /// No part is handed out any more (the caller stopped, or a signal).
    stop: bool,
    /// Scanning threads still running (a panic in one must not leave the caller waiting).
    scanners: usize,
}

impl<T, E> Queue<T, E> {
    /// Whether part `part` is held back: the results hold more than allowed and it is
    /// not the part the caller waits for.
    fn held_back(&self, part: usize) -> bool {
        self.held > self.held_max && part != self.taken
    }

    /// Counts a weight of `was` bytes as `now`.
    fn reweigh(&mut self, was: u64, now: u64) {
        self.held = self.held.saturating_sub(was).saturating_add(now);
    }
}

/// The queue and its signal.
struct Shared<T, E> {
    queue: Mutex<Queue<T, E>>,
    changed: Condvar,
}

impl<T, E> Shared<T, E> {
    fn lock(&self) -> MutexGuard<'_, Queue<T, E>> {
        self.queue.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn wait<'g>(&self, guard: MutexGuard<'g, Queue<T, E>>) -> MutexGuard<'g, Queue<T, E>> {
        self.changed.wait(guard).unwrap_or_else(|e| e.into_inner())
    }
}

/// Marks a thread's end in the queue, on return or panic.
struct Leaving<'s, T, E>(&'s Shared<T, E>, bool);

impl<T, E> Drop for Leaving<'_, T, E> {
    fn drop(&mut self) {
        let mut q = self.0.lock();
        if self.1 {
            q.scanners -= 1;
            // A part lost to a panic is never done: the others stop instead of scanning
            // ahead of it, or pausing for it, forever.
            q.stop |= std::thread::panicking();
        } else if !q.planned {
            // The planner failed: nothing after the parts planned is scanned.
            q.planned = true;
            q.stop = true;
        }
        self.0.changed.notify_all();
    }
}

/// Stops the handing out and planning of parts when dropped (the caller is done, or
/// panicked).
struct Stopping<'s, T, E>(&'s Shared<T, E>);

impl<T, E> Drop for Stopping<'_, T, E> {
    fn drop(&mut self) {
        self.0.lock().stop = true;
        self.0.changed.notify_all();
    }
}

/// Scans `file` (`len` bytes) in parts on the threads `lent`: each thread
/// makes its state with `state` and scans a part with `scan`; `take` gets each part's
/// result in file order, on the calling thread, and returns `false` to stop.
pub fn run<S, T: Send>(
    lent: Lent<'_>,
    file: &File,
    len: u64,
    state: impl Fn() -> S + Sync,
    scan: impl Fn(&mut S, Part) -> T + Sync,
    take: impl FnMut(Part, T) -> bool,
) -> Ended {
    run_prepared(lent, file, len, |_, _| (), state, |s, part, _, _| scan(s, part), |_| 0, take)
}

/// What the thread scanning a part tells the others of the memory its result holds so
/// far ([`Pace::add`]), so that all of them keep within `--max-split-memory`.
pub struct Pace<'s> {
    part: usize,
    counted: Cell<u64>,
    grow: Option<&'s (dyn Fn(usize, u64, u64) + Sync)>,
}

impl Pace<'_> {
    /// A pace that never waits, for a part scanned by the caller itself.
    pub fn free() -> Pace<'static> {
        Pace { part: 0, counted: Cell::new(0), grow: None }
    }

    /// Says that the part's result holds `bytes` more bytes now (see [`Pace::hold`]).
    pub fn add(&self, bytes: u64) {
        self.hold(self.counted.get().saturating_add(bytes));
    }

    /// Says that the part's result holds `bytes` bytes now; waits while all the parts'
    /// results hold more than allowed, unless this part is the one the caller waits for
    /// (which never waits, so the caller always gets on).
    fn hold(&self, bytes: u64) {
        if let Some(grow) = self.grow {
            grow(self.part, self.counted.get(), bytes);
        }
        self.counted.set(bytes);
    }
}

/// [`run`], with `prepare` called on the planner's thread for each part in file order as
/// it is planned (before any thread scans it), with the offset up to which the scan of
/// the whole file has read when it reaches the part's start (the end of the chunk that
/// ends there); its result is handed to `scan` with the part (`None` if the planner had
/// no thread of its own). The planner stays at most a few parts ahead of the caller, so
/// that what it prepares is held for few parts at a time.
///
/// `weigh` says how many bytes a part's result holds, and `scan` says it as it goes
/// through the [`Pace`] it gets. Once the results (those waiting for the caller and what
/// the parts being scanned have said) hold more than the split's `held_max`, no part is
/// handed out but the one the caller waits for, and the threads scanning others wait
/// where they say what they hold, until the caller has taken enough: what is held is
/// bounded by `held_max` and what each thread makes between two [`Pace::add`]s.
#[allow(clippy::too_many_arguments)]
pub fn run_prepared<S, T: Send, E: Send>(
    lent: Lent<'_>,
    file: &File,
    len: u64,
    mut prepare: impl FnMut(&Part, u64) -> E + Send,
    state: impl Fn() -> S + Sync,
    scan: impl Fn(&mut S, Part, Option<E>, &Pace<'_>) -> T + Sync,
    weigh: impl Fn(&T) -> u64 + Sync,
    mut take: impl FnMut(Part, T) -> bool,
) -> Ended {
    let part_size = lent.split.part_size(len, lent.n);
    let ahead = lent.n * AHEAD_PER_THREAD;
    let shared = Shared {
        queue: Mutex::new(Queue {
            parts: Vec::new(),
            preps: Vec::new(),
            planned: false,
            next: 0,
            taken: 0,
            done: BTreeMap::new(),
            held: 0,
            held_max: lent.split.held_max,
            stop: false,
            scanners: lent.n,
        }),
        changed: Condvar::new(),
    };
    let (shared, scan, state, weigh) = (&shared, &scan, &state, &weigh);
    let grow = |part: usize, was: u64, now: u64| {
        let mut q = shared.lock();
        q.reweigh(was, now);
        while q.held_back(part) && !q.stop {
            if crate::interrupt::requested() {
                q.stop = true;
                shared.changed.notify_all();
                break;
            }
            q = shared.wait(q);
        }
    };
    let grow: &(dyn Fn(usize, u64, u64) + Sync) = &grow;
    std::thread::scope(|s| {
        // Named threads show apart in a profiler (the merging is on the caller's).
        let named = |name: &str| std::thread::Builder::new().name(name.to_string());
        let spawned = named("piiscan-plan").spawn_scoped(s, move || {
            plan(shared, file, len, part_size, 2 * ahead + 1, &mut prepare)
        });
        if spawned.is_err() {
            // No thread for the planner: one part, the whole file.
            let mut q = shared.lock();
            q.parts.push(Part::between(0, None, 0));
            q.preps.push(None);
            q.planned = true;
        }
        for _ in 0..lent.n {
            let scanner = named("piiscan-part").spawn_scoped(s, move || {
                let _leaving = Leaving(shared, true);
                let mut st = state();
                while let Some(part) = next_part(shared, ahead) {
                    let (i, part, prep) = part;
                    let pace = Pace { part: i, counted: Cell::new(0), grow: Some(grow) };
                    let found = scan(&mut st, part, prep, &pace);
                    let bytes = weigh(&found);
                    let mut q = shared.lock();
                    q.reweigh(pace.counted.get(), bytes);
                    q.done.insert(i, (found, bytes));
                    drop(q);
                    shared.changed.notify_all();
                }
            });
            if scanner.is_err() {
                // Fewer threads than lent (the system refused one): the others do its share.
                shared.lock().scanners -= 1;
            }
        }
        // However the caller's loop ends, the planner stops waiting for it to take parts.
        let _stop = Stopping(shared);
        // The next part's index, and its start (where every part before it ends).
        let (mut i, mut reached, mut own) = (0, 0, None);
        loop {
            let step = {
                let mut q = shared.lock();
                loop {
                    if let Some((found, bytes)) = q.done.remove(&i) {
                        q.reweigh(bytes, 0);
                        // The next part is the one waited for from now on: it is scanned
                        // while this one is written.
                        q.taken = i + 1;
                        shared.changed.notify_all();
                        break Step::Take(q.parts[i], found);
                    }
                    if q.planned && i >= q.parts.len() {
                        break Step::End(Ended::Done);
                    }
                    let handed_out = i < q.next;
                    if q.stop && !handed_out || q.scanners == 0 && handed_out {
                        // Not scanned: a signal, or the thread scanning it failed.
                        break Step::End(Ended::Interrupted(reached));
                    }
                    if q.scanners == 0 && i < q.parts.len() {
                        // No thread left to scan it (none could be started): the caller.
                        q.next = i + 1;
                        q.taken = i + 1;
                        break Step::Scan(q.parts[i], q.preps[i].take());
                    }
                    q = shared.wait(q);
                }
            };
            let (part, found) = match step {
                Step::Take(part, found) => (part, found),
                Step::Scan(part, prep) => {
                    (part, scan(own.get_or_insert_with(state), part, prep, &Pace::free()))
                }
                Step::End(ended) => return ended,
            };
            // The part after this one is already the one waited for; a caller that stops
            // stops the threads through `_stop`.
            if !take(part, found) {
                return Ended::Done;
            }
            (i, reached) = (i + 1, part.stop.unwrap_or(len));
        }
    })
}

/// What the caller does next.
enum Step<T, E> {
    /// Takes the next part's result.
    Take(Part, T),
    /// Scans the next part itself.
    Scan(Part, Option<E>),
    /// Returns.
    End(Ended),
}

/// The next part to scan and its index, once it is planned, no more than `ahead` parts
/// past the one the caller waits for, and (but for that one) while the parts' results
/// hold no more than allowed; `None` when there is none left.
fn next_part<T, E>(shared: &Shared<T, E>, ahead: usize) -> Option<(usize, Part, Option<E>)> {
    let mut q = shared.lock();
    loop {
        if crate::interrupt::requested() {
            q.stop = true;
            shared.changed.notify_all();
        }
        if q.stop || (q.planned && q.next >= q.parts.len()) {
            return None;
        }
        if q.next < q.parts.len() && q.next < q.taken + ahead && !q.held_back(q.next) {
            let i = q.next;
            q.next += 1;
            let prep = q.preps[i].take();
            return Some((i, q.parts[i], prep));
        }
        q = shared.wait(q);
    }
}

/// Plans the parts of `file` (`len` bytes) at cuts after a newline, each at least
/// `part_size` bytes long, the last one to the end of the file, with what `prepare`
/// makes of each; never more than `lead` parts past the last one taken. A read error
/// ends the planning with that last part: it is scanned as the whole scan would scan
/// it, and meets the error itself.
fn plan<T, E>(
    shared: &Shared<T, E>,
    file: &File,
    len: u64,
    part_size: u64,
    lead: usize,
    prepare: &mut impl FnMut(&Part, u64) -> E,
) {
    let _leaving = Leaving(shared, false);
    let mut read = |at: u64, buf: &mut [u8]| read_at(file, at, buf);
    // The start of the part being planned, the offset read to when the whole scan
    // reaches it, and the last cut.
    let (mut start, mut read_to, mut cut) = (0u64, 0u64, 0u64);
    let push = |part: Part, read_to: u64, prepare: &mut dyn FnMut(&Part, u64) -> E| {
        let mut q = shared.lock();
        while !q.stop && q.parts.len() >= q.taken + lead {
            q = shared.wait(q);
        }
        // Once stopped, the part is still planned (so that the scan ends as interrupted)
        // but nothing is prepared for it.
        let stopped = q.stop;
        drop(q);
        let prep = (!stopped).then(|| prepare(&part, read_to));
        let mut q = shared.lock();
        q.parts.push(part);
        q.preps.push(prep);
        shared.changed.notify_all();
    };
    while let Ok(Some(c)) = next_cut(cut, len, &mut read) {
        if c.at >= len || shared.lock().stop {
            break;
        }
        if c.after_newline && c.at - start >= part_size {
            push(Part::between(start, Some(c.at), 0), read_to, prepare);
            start = c.at;
            // The chunk that ends at this cut was read from the cut before it.
            read_to = (cut + crate::detect::stream::CHUNK as u64).min(len);
        }
        cut = c.at;
    }
    push(Part::between(start, None, 0), read_to, prepare);
    shared.lock().planned = true;
    shared.changed.notify_all();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_lends_each_thread_once() {
        let split = Split::new(Some(1), 3);
        let a = split.lend().unwrap();
        assert_eq!(a.n, 3);
        // None left: a second large file is scanned alone.
        assert!(split.lend().is_none());
        drop(a);
        assert_eq!(split.lend().unwrap().n, 3);
        assert!(!Split::new(Some(1), 1).applies(10));
        assert!(!Split::new(None, 8).applies(u64::MAX));
        assert!(Split::new(Some(10), 2).applies(10));
    }

    /// `text` written to a file in `dir`: its path, the open file and its length.
    fn text_file(dir: &tempfile::TempDir, text: String) -> (std::path::PathBuf, File, u64) {
        let path = dir.path().join("t.txt");
        std::fs::write(&path, text).unwrap();
        let file = File::open(&path).unwrap();
        let len = file.metadata().unwrap().len();
        (path, file, len)
    }

    #[test]
    fn parts_come_in_order_and_cover_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let line = "0123456789 abcdefghij 0123456789 abcdefghij 0123456789 abcdefg\n";
        let (path, file, len) = text_file(&dir, line.repeat(200_000));
        let split = Split::new(Some(1), 4);
        let mut seen = Vec::new();
        let ended = run(
            split.lend().unwrap(),
            &file,
            len,
            || (),
            |_, part| {
                // Finish out of order: later parts first.
                std::thread::sleep(std::time::Duration::from_millis(part.start % 7));
                part
            },
            |part, echoed| {
                assert_eq!(part, echoed);
                seen.push(part);
                true
            },
        );
        assert_eq!(ended, Ended::Done);
        assert!(seen.len() > 4, "{} parts", seen.len());
        assert_eq!(seen[0].start, 0);
        for pair in seen.windows(2) {
            assert_eq!(pair[0].stop, Some(pair[1].start));
        }
        assert_eq!(seen.last().unwrap().stop, None);
        // Every part starts after a newline.
        let text = std::fs::read(&path).unwrap();
        assert!(seen[1..].iter().all(|p| text[p.start as usize - 1] == b'\n'));
        assert_eq!(split.free.load(Ordering::SeqCst), 4);
    }

    #[test]
    fn a_panic_while_scanning_a_part_is_not_a_hang() {
        let dir = tempfile::tempdir().unwrap();
        let (_, file, len) = text_file(&dir, "a line\n".repeat(3_000_000));
        let split = Split::new(Some(1), 2);
        let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let failing = |_: &mut (), p: Part| {
                assert!(p.start == 0, "a scanner fails");
                p
            };
            run(split.lend().unwrap(), &file, len, || (), failing, |_, _| true)
        }));
        assert!(ran.is_err());
        assert_eq!(split.free.load(Ordering::SeqCst), 2);
    }

    /// The most results that waited for a slow caller at once (counted from when their
    /// thread said it holds a byte, as a scan says it at a chunk's end), scanning parts
    /// on four threads with `held_max`.
    fn most_waiting(held_max: u64) -> usize {
        let dir = tempfile::tempdir().unwrap();
        let (_, file, len) = text_file(&dir, "a line\n".repeat(3_000_000));
        let split = Split::new(Some(1), 4).holding(held_max);
        let (waiting, most) = (AtomicUsize::new(0), AtomicUsize::new(0));
        let mut taken = 0;
        let ended = run_prepared(
            split.lend().unwrap(),
            &file,
            len,
            |_, _| (),
            || (),
            |_, part, _, pace| {
                pace.add(1);
                let now = waiting.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                part
            },
            |_| 1,
            |_, _| {
                std::thread::sleep(std::time::Duration::from_millis(20));
                waiting.fetch_sub(1, Ordering::SeqCst);
                taken += 1;
                true
            },
        );
        assert_eq!(ended, Ended::Done);
        assert!(taken >= 16, "{taken} parts");
        most.into_inner()
    }

    #[test]
    fn what_parts_hold_is_bounded_whether_scanned_or_waiting() {
        // Unbounded, the threads run two parts each ahead of a slow caller; bounded by
        // nothing, only the part the caller waits for gets past what it holds, beside
        // the one the caller is writing.
        assert!(most_waiting(u64::MAX) > 4);
        let bounded = most_waiting(0);
        assert!(bounded <= 2, "{bounded}");
    }

    #[test]
    fn a_panic_in_one_part_while_the_others_go_on_is_not_a_hang() {
        let dir = tempfile::tempdir().unwrap();
        let (_, file, len) = text_file(&dir, "a line\n".repeat(3_000_000));
        for held_max in [u64::MAX, 0] {
            let split = Split::new(Some(1), 4).holding(held_max);
            let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let failing = |_: &mut (), p: Part, _: Option<()>, pace: &Pace<'_>| {
                    pace.add(1);
                    // The second part fails; the others, before and after it, are scanned.
                    assert!(p.start == 0 || p.start > 3 << 20, "a scanner fails");
                    p
                };
                run_prepared(
                    split.lend().unwrap(),
                    &file,
                    len,
                    |_, _| (),
                    || (),
                    failing,
                    |_| 1,
                    |_, _| true,
                )
            }));
            assert!(ran.is_err(), "{held_max}");
            assert_eq!(split.free.load(Ordering::SeqCst), 4);
        }
    }

    #[test]
    fn the_caller_may_stop() {
        let dir = tempfile::tempdir().unwrap();
        let (_, file, len) = text_file(&dir, "a line\n".repeat(3_000_000));
        let mut taken = 0;
        let split = Split::new(Some(1), 2);
        let ended = run(
            split.lend().unwrap(),
            &file,
            len,
            || (),
            |_, p| p,
            |_, _| {
                taken += 1;
                false
            },
        );
        assert_eq!((ended, taken), (Ended::Done, 1));
    }
}
