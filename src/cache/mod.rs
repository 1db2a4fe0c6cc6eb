//! Incremental scans (`--cache FILE`): an SQLite file that keeps, per scanned file, what
//! the file added to the inventory ([`Record`]), so that a re-scan of an unchanged file
//! costs a `stat` and a lookup, and a copy of content already scanned costs a keyed
//! digest of its bytes instead of a scan.
//!
//! A row is keyed by a keyed digest of the path as walked (the root as given, then the
//! path under it; the path itself is kept only when no value is found in it) and is used
//! only while the file's device, inode, size and modification time (in
//! nanoseconds) are those recorded, and only for a scan with the same options: a digest
//! of everything that changes findings (tool version, detector catalogue, confidence,
//! limits, encoding, configuration and baseline files, keys) is kept in the file, and a
//! different one empties it. A row holding ID numbers or birth dates is used only on the
//! day it was made (whether their holder is under 14 depends on the date).
//!
//! The file holds its own random 32-byte secret: distinct counts are keyed hashes under
//! [`ValueKey::from_secret`] of it (or of `PIISCAN_DISTINCT_KEY`), so that counts from
//! rows made in different runs combine; content digests are HMAC-SHA256 under it. It is
//! created readable by its owner only. Anything wrong with the file (not SQLite, not a
//! piiscan cache, damaged, locked by another scan) is a warning, and the scan runs in
//! full without it; the file is then left as it is.
//!
//! Writes are batched in transactions, committed every [`COMMIT_EVERY`] rows or second
//! and at the end, so an interrupted scan leaves a valid cache of what it had committed.
//!
//! [`ValueKey::from_secret`]: crate::extract::join::ValueKey::from_secret

pub mod record;

use std::fs::Metadata;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use hmac::{Hmac, Mac};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use sha2::Sha256;

pub use record::Record;

/// What the `format` row of a piiscan cache says (a different one is not ours).
const MAGIC: &str = "piiscan cache";
/// The layout of the rows; a cache of another layout is emptied.
const LAYOUT: &str = "1";
/// Rows written between commits (also committed every second).
pub const COMMIT_EVERY: usize = 512;
/// The largest record kept, compressed and decompressed: a file that adds more to the
/// inventory is scanned again each run.
pub const RECORD_MAX: usize = 16 << 20;
/// Findings kept per file: a file with more is scanned again each run.
pub const FINDINGS_MAX: usize = 100_000;
/// A file modified less than this before it is read is not kept: a change in the same
/// tick of a coarse file-system clock (FAT: 2 s) would leave its time stamp as it was.
pub const RACY: Duration = Duration::from_secs(2);
/// Rows of the same size looked at for a copy of a file.
const SAME_SIZE_MAX: usize = 8;

type HmacSha256 = Hmac<Sha256>;

/// What identifies a file's version on disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    dev: i64,
    ino: i64,
    size: i64,
    mtime_ns: i64,
}

impl Stamp {
    /// The stamp of a file's metadata.
    pub fn of(md: &Metadata) -> Stamp {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Stamp {
                dev: md.dev() as i64,
                ino: md.ino() as i64,
                size: md.size() as i64,
                mtime_ns: md.mtime().saturating_mul(1_000_000_000).saturating_add(md.mtime_nsec()),
            }
        }
        #[cfg(not(unix))]
        {
            let mtime = md
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos() as i64);
            Stamp { dev: 0, ino: 0, size: md.len() as i64, mtime_ns: mtime }
        }
    }

    /// The file's size.
    pub fn size(&self) -> u64 {
        self.size as u64
    }

    /// Whether the modification time is [`RACY`] older than `read_at`, when the file
    /// began to be read: a change after that read then shows in the time stamp, however
    /// coarse the file system's clock (as git judges its index "racily clean").
    pub fn settled_before(&self, read_at: std::time::SystemTime) -> bool {
        let read = read_at
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX));
        self.mtime_ns.saturating_add(RACY.as_nanos() as i64) < read
    }
}

/// A row found for a file.
pub struct Hit {
    /// What the file added to the inventory.
    pub record: Record,
}

/// A row of the same size, a candidate copy.
pub struct Sized {
    /// Its key.
    pub key: Vec<u8>,
    /// Its path (kept for rows whose path holds no value).
    pub path: Vec<u8>,
    /// Its stamp when stored.
    pub stamp: Stamp,
    /// Its content digest, if computed.
    pub content: Option<Vec<u8>>,
}

struct Db {
    conn: Connection,
    pending: usize,
    since: Instant,
}

/// An open cache, shared by the walker threads.
pub struct Cache {
    path: PathBuf,
    db: Mutex<Option<Db>>,
    secret: [u8; 32],
    run: i64,
    day: String,
    /// The file itself, never scanned: (device, inode).
    own: Option<(u64, u64)>,
    warned: AtomicBool,
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cache").field("path", &self.path).field("run", &self.run).finish()
    }
}

/// Why a cache file was not used.
pub type Refusal = String;

impl Cache {
    /// Opens (or creates, readable by its owner only) the cache at `path` for a scan
    /// whose options are described by `options` (hashed under the cache's secret, never
    /// stored as they are). Rows of other options are dropped. An error says why the file
    /// cannot be used; the scan then runs without it.
    pub fn open(path: &Path, options: &[u8], day: &str) -> Result<Cache, Refusal> {
        let created = create_private(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| e.to_string())?;
        conn.busy_timeout(Duration::from_millis(500)).map_err(|e| e.to_string())?;
        let locked = |e: rusqlite::Error| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                "locked by another scan".to_string()
            }
            Some(rusqlite::ErrorCode::NotADatabase) => "not an SQLite file".to_string(),
            _ => e.to_string(),
        };
        conn.execute_batch("BEGIN IMMEDIATE").map_err(locked)?;
        let secret = if created { init(&conn)? } else { check(&conn)? };
        let mut mac = HmacSha256::new_from_slice(&secret).expect("HMAC takes any key");
        mac.update(b"piiscan cache options\0");
        // Rows of an older record layout are dropped as rows of other options are.
        mac.update(&record::RECORD_LAYOUT.to_le_bytes());
        mac.update(options);
        let digest = hex(&mac.finalize().into_bytes());
        let stored: Option<String> = conn
            .query_row("SELECT value FROM meta WHERE key = 'options'", [], |r| r.get(0))
            .optional()
            .map_err(|e| e.to_string())?;
        if stored.as_deref() != Some(digest.as_str()) {
            conn.execute("DELETE FROM files", []).map_err(|e| e.to_string())?;
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('options', ?1)",
                params![digest],
            )
            .map_err(|e| e.to_string())?;
        }
        let run: i64 = conn
            .query_row("SELECT COALESCE(MAX(run), 0) + 1 FROM files", [], |r| r.get(0))
            .map_err(|e| e.to_string())?;
        let own = std::fs::metadata(path).ok().and_then(|m| identity(&m));
        Ok(Cache {
            path: path.to_path_buf(),
            db: Mutex::new(Some(Db { conn, pending: 0, since: Instant::now() })),
            secret,
            run,
            day: day.to_string(),
            own,
            warned: AtomicBool::new(false),
        })
    }

    /// The cache's secret: the key of distinct counts (unless `PIISCAN_DISTINCT_KEY`
    /// gives one) and of content digests.
    pub fn secret(&self) -> &[u8; 32] {
        &self.secret
    }

    /// Whether `path` (with metadata `md`, if it could be read) is the cache file or one
    /// of SQLite's files beside it (`-journal`, `-wal`, `-shm`, which come and go while
    /// the cache is written): never scanned.
    pub fn is_own(&self, path: &Path, md: Option<&Metadata>) -> bool {
        if md.and_then(identity).is_some_and(|id| Some(id) == self.own) {
            return true;
        }
        let (Some(name), Some(own)) = (path.file_name(), self.path.file_name()) else {
            return false;
        };
        let (name, own) = (name.to_string_lossy(), own.to_string_lossy());
        let beside = ["-journal", "-wal", "-shm"].iter().any(|s| name == format!("{own}{s}"));
        beside
            && match (path.parent().map(canonical), self.path.parent().map(canonical)) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            }
    }

    /// Runs `f` on the open database; an error disables the cache for the rest of the
    /// scan, with one warning (the scan goes on without it).
    fn with<T>(&self, f: impl FnOnce(&mut Db) -> rusqlite::Result<T>) -> Option<T> {
        let mut guard = self.db.lock().unwrap_or_else(|e| e.into_inner());
        let db = guard.as_mut()?;
        match f(db) {
            Ok(v) => Some(v),
            Err(e) => {
                self.warn(&format!("{e}; the rest of the scan does not use it"));
                if let Some(db) = guard.take() {
                    let _ = db.conn.execute_batch("ROLLBACK");
                }
                None
            }
        }
    }

    /// Says once on standard error that the cache failed.
    fn warn(&self, why: &str) {
        if !self.warned.swap(true, Ordering::SeqCst) {
            eprintln!("piiscan: warning: cache {}: {why}", crate::source::display_path(&self.path));
        }
    }

    /// The record of the file at `path` if its row matches `stamp` (and was made today,
    /// when its findings depend on the date); the row is then marked as seen.
    pub fn lookup(&self, key: &[u8], explicit: bool, stamp: Stamp) -> Option<Hit> {
        let row = self.with(|db| {
            let row = db
                .conn
                .prepare_cached(
                    "SELECT explicit, dev, ino, size, mtime, day, dated, record FROM files \
                     WHERE key = ?1",
                )?
                .query_row(params![key], |r| {
                    Ok((
                        r.get::<_, bool>(0)?,
                        Stamp {
                            dev: r.get(1)?,
                            ino: r.get(2)?,
                            size: r.get(3)?,
                            mtime_ns: r.get(4)?,
                        },
                        r.get::<_, String>(5)?,
                        r.get::<_, bool>(6)?,
                        r.get::<_, Vec<u8>>(7)?,
                    ))
                })
                .optional()?;
            let Some((was_explicit, was, day, dated, record)) = row else { return Ok(None) };
            if was_explicit != explicit || was != stamp || (dated && day != self.day) {
                return Ok(None);
            }
            db.conn
                .prepare_cached("UPDATE files SET run = ?1 WHERE key = ?2")?
                .execute(params![self.run, key])?;
            Ok(Some(record))
        })??;
        let record = Record::decode(&row, RECORD_MAX)?;
        Some(Hit { record })
    }

    /// Rows of files of `size` whose records may be moved to a copy (at most a few).
    pub fn same_size(&self, size: u64) -> Vec<Sized> {
        self.with(|db| {
            let mut stmt = db.conn.prepare_cached(
                "SELECT key, path, dev, ino, size, mtime, content FROM files \
                 WHERE size = ?1 AND movable = 1 AND path IS NOT NULL LIMIT ?2",
            )?;
            let rows = stmt.query_map(params![size as i64, SAME_SIZE_MAX as i64], |r| {
                Ok(Sized {
                    key: r.get(0)?,
                    path: r.get(1)?,
                    stamp: Stamp {
                        dev: r.get(2)?,
                        ino: r.get(3)?,
                        size: r.get(4)?,
                        mtime_ns: r.get(5)?,
                    },
                    content: r.get(6)?,
                })
            })?;
            rows.collect()
        })
        .unwrap_or_default()
    }

    /// Records the content digest of the row `key`, computed after the row was made.
    pub fn set_content(&self, key: &[u8], content: &[u8]) {
        self.with(|db| {
            db.conn
                .prepare_cached("UPDATE files SET content = ?1 WHERE key = ?2")?
                .execute(params![content, key])
        });
    }

    /// The key of a path's row: HMAC-SHA256 of the path under the cache's secret (a
    /// path may hold a value: `客户_13912345678.csv`).
    pub fn key(&self, path: &Path) -> Vec<u8> {
        let mut mac = HmacSha256::new_from_slice(&self.secret).expect("HMAC takes any key");
        mac.update(b"piiscan cache path\0");
        mac.update(&crate::source::path_bytes(path));
        mac.finalize().into_bytes().to_vec()
    }

    /// A movable record of content with digest `content` (made today, if dated), and
    /// the path it was made for.
    pub fn by_content(&self, content: &[u8]) -> Option<(Vec<u8>, Record)> {
        let (path, day, dated, stored) = self.with(|db| {
            db.conn
                .prepare_cached(
                    "SELECT path, day, dated, record FROM files \
                     WHERE content = ?1 AND movable = 1 AND path IS NOT NULL LIMIT 1",
                )?
                .query_row(params![content], |r| {
                    Ok((
                        r.get::<_, Vec<u8>>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, bool>(2)?,
                        r.get::<_, Vec<u8>>(3)?,
                    ))
                })
                .optional()
        })??;
        if dated && day != self.day {
            return None;
        }
        Some((path, Record::decode(&stored, RECORD_MAX)?))
    }

    /// Stores the record of the file whose row is `key`, found under the root whose key
    /// is `root`; `path` is kept only when no value is in it; `movable`: a copy
    /// elsewhere may use the record ([`Record::movable`], no value in the path). A
    /// record larger than [`RECORD_MAX`] is not stored.
    #[allow(clippy::too_many_arguments)]
    pub fn store(
        &self,
        key: &[u8],
        root: &[u8],
        path: Option<&[u8]>,
        explicit: bool,
        stamp: Stamp,
        record: &Record,
        movable: bool,
        content: Option<&[u8]>,
    ) {
        let Some(stored) = record.encode().filter(|s| s.len() <= RECORD_MAX) else { return };
        let dated = record.dated();
        self.with(|db| {
            db.conn
                .prepare_cached(
                    "INSERT OR REPLACE INTO files (key, root, path, explicit, dev, ino, size, \
                     mtime, day, dated, movable, content, record, run) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                )?
                .execute(params![
                    key,
                    root,
                    path,
                    explicit,
                    stamp.dev,
                    stamp.ino,
                    stamp.size,
                    stamp.mtime_ns,
                    self.day,
                    dated,
                    movable,
                    content,
                    stored,
                    self.run
                ])?;
            db.pending += 1;
            if db.pending >= COMMIT_EVERY || db.since.elapsed() >= Duration::from_secs(1) {
                db.conn.execute_batch("COMMIT; BEGIN IMMEDIATE")?;
                db.pending = 0;
                db.since = Instant::now();
            }
            Ok(())
        });
    }

    /// The keyed digest of a file's content (HMAC-SHA256 under the cache's secret) with
    /// its name and whether it was named on the command line, both of which decide how
    /// it is read (its format, its table's name, the binary policy).
    pub fn content_digest(
        &self,
        name: &[u8],
        explicit: bool,
        mut reader: impl std::io::Read,
    ) -> std::io::Result<Vec<u8>> {
        let mut mac = HmacSha256::new_from_slice(&self.secret).expect("HMAC takes any key");
        mac.update(b"piiscan cache content\0");
        mac.update(&(name.len() as u64).to_le_bytes());
        mac.update(name);
        mac.update(&[u8::from(explicit)]);
        let mut buf = vec![0u8; 64 << 10];
        loop {
            match reader.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => mac.update(&buf[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(mac.finalize().into_bytes().to_vec())
    }

    /// Ends the run: when `complete`, drops the rows of files found under `roots` in
    /// earlier runs that this run did not see (deleted, or no longer walked), then
    /// commits.
    pub fn finish(&self, roots: &[PathBuf], complete: bool) {
        self.with(|db| {
            if complete {
                let mut stmt =
                    db.conn.prepare("DELETE FROM files WHERE run != ?1 AND root = ?2")?;
                for root in roots {
                    stmt.execute(params![self.run, self.key(root)])?;
                }
            }
            db.conn.execute_batch("COMMIT")?;
            db.pending = 0;
            Ok(())
        });
        // Closed here: later calls find no database.
        self.db.lock().unwrap_or_else(|e| e.into_inner()).take();
    }
}

/// Creates the file readable by its owner only when it does not exist; `true` if
/// created.
fn create_private(path: &Path) -> Result<bool, Refusal> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e.to_string()),
    }
}

/// Lays out a new cache and makes its secret.
fn init(conn: &Connection) -> Result<[u8; 32], Refusal> {
    let secret = crate::policy::random_key();
    conn.execute_batch(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
         CREATE TABLE files (
             key BLOB PRIMARY KEY, root BLOB NOT NULL, path BLOB, explicit INTEGER NOT NULL,
             dev INTEGER NOT NULL, ino INTEGER NOT NULL, size INTEGER NOT NULL,
             mtime INTEGER NOT NULL, day TEXT NOT NULL, dated INTEGER NOT NULL,
             movable INTEGER NOT NULL, content BLOB, record BLOB NOT NULL,
             run INTEGER NOT NULL);
         CREATE INDEX files_size ON files (size);
         CREATE INDEX files_content ON files (content);
         CREATE INDEX files_root ON files (root);",
    )
    .map_err(|e| e.to_string())?;
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('format', ?1), ('layout', ?2), ('secret', ?3)",
        params![MAGIC, LAYOUT, &secret[..]],
    )
    .map_err(|e| e.to_string())?;
    Ok(secret)
}

/// Checks that an existing file is a piiscan cache of this layout (one of another
/// layout is emptied and laid out again) and reads its secret.
fn check(conn: &Connection) -> Result<[u8; 32], Refusal> {
    let foreign = || "not a piiscan cache: left as it is (name another file)".to_string();
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase) => {
                "not an SQLite file (damaged, or another kind of file): left as it is".into()
            }
            _ => e.to_string(),
        })?;
    if tables == 0 {
        // An empty file (created and never written, or truncated to nothing).
        return init(conn);
    }
    let get = |key: &str| -> Option<Vec<u8>> {
        conn.query_row("SELECT value FROM meta WHERE key = ?1", params![key], |r| {
            r.get_ref(0).map(|v| match v {
                rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => {
                    t.to_vec()
                }
                _ => Vec::new(),
            })
        })
        .ok()
    };
    if get("format").as_deref() != Some(MAGIC.as_bytes()) {
        return Err(foreign());
    }
    if get("layout").as_deref() != Some(LAYOUT.as_bytes()) {
        conn.execute_batch("DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS meta;")
            .map_err(|e| e.to_string())?;
        return init(conn);
    }
    let secret = get("secret").ok_or_else(foreign)?;
    <[u8; 32]>::try_from(secret.as_slice())
        .map_err(|_| "damaged: its secret is not 32 bytes".into())
}

#[cfg(unix)]
fn identity(md: &Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((md.dev(), md.ino()))
}

#[cfg(not(unix))]
fn identity(_: &Metadata) -> Option<(u64, u64)> {
    None
}

fn canonical(p: &Path) -> PathBuf {
    let p = if p.as_os_str().is_empty() { Path::new(".") } else { p };
    p.canonicalize().unwrap_or_else(|_| p.to_path_buf())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn created_private_and_reopened_with_its_secret() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        let a = Cache::open(&path, b"opts", "2026-12-05").unwrap();
        let secret = *a.secret();
        a.finish(&[], true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let b = Cache::open(&path, b"opts", "2026-12-05").unwrap();
        assert_eq!(*b.secret(), secret);
    }

    #[test]
    fn foreign_and_damaged_files_are_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let text = dir.path().join("notes.txt");
        std::fs::write(&text, b"this is not a database at all, but it is long enough").unwrap();
        assert!(Cache::open(&text, b"o", "d").is_err());
        assert_eq!(
            std::fs::read(&text).unwrap(),
            b"this is not a database at all, but it is long enough"
        );
        let other = dir.path().join("app.db");
        Connection::open(&other).unwrap().execute_batch("CREATE TABLE users (a)").unwrap();
        let err = Cache::open(&other, b"o", "d").err().unwrap();
        assert!(err.contains("not a piiscan cache"), "{err}");
    }

    #[test]
    fn locked_by_another_scan() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        let _first = Cache::open(&path, b"o", "d").unwrap();
        let err = Cache::open(&path, b"o", "d").err().unwrap();
        assert!(err.contains("locked"), "{err}");
    }
}
