//! Live databases (`piiscan db URL`): each table the role can read is sampled read-only
//! and rendered as SQLite `.dump` text (a `CREATE TABLE`, then one `INSERT` per row),
//! which goes through the same structured scan as a dump file
//! ([`Worker::scan_rendering`]). So a database gets the same detectors, column hints and
//! inventory as its dump, one location per table and column; column comments are read
//! as hints beside the names.
//!
//! Each table is scanned as an input of its own, shown as `URL/schema/table` with the
//! URL's password removed ([`DbUrl::shown`]); tables are sampled in parallel, one
//! connection per thread, never more than `-j`. A table the role cannot read is a skip
//! with the engine's reason (`unreadable`) and the scan goes on.
//!
//! Views hold no rows of their own: sampling them would count their base tables' values
//! again, under another name. So they are listed in the inventory's database section as
//! not sampled (reason `view`, not a skip: no exit status depends on them) unless
//! `--views` asks for them too (for a role that may read only views). Materialised views
//! store copies of rows and are sampled as tables are.
//!
//! Engines: PostgreSQL ([`postgres`]), MySQL and MariaDB ([`mysql`]); SQLite files go
//! through the file path (`sqlite:///path`). Another engine is one more module that lists tables and renders
//! a table's sample into a [`render::Out`].

pub mod mysql;
pub mod pgpass;
pub mod postgres;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{bail, Result};
use globset::{Glob, GlobSet, GlobSetBuilder};

use crate::detect::Engine;
use crate::extract::render;
use crate::inventory::{SkipReason, Tally};
use crate::worker::{FindingSink, PathScan, Worker, WorkerSettings};

/// Rows sampled per table by default: as many as pdscan samples, enough for a column's
/// verdict to be stable (a share estimated from 10 000 rows is within 1 % at 95 %).
pub const SAMPLE_DEFAULT: u64 = 10_000;

/// The statement timeout by default, in seconds.
pub const TIMEOUT_DEFAULT: u64 = 60;

/// Rows fetched from the server per round trip: what the renderer holds at once.
pub const FETCH_ROWS: i32 = 1000;

/// The database engines `piiscan db` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EngineKind {
    /// PostgreSQL (`postgres://`, `postgresql://`).
    Postgres,
    /// MySQL or MariaDB (`mysql://`, `mariadb://`).
    Mysql,
    /// An SQLite file (`sqlite:///path`), read as a file.
    Sqlite,
}

/// A connection URL, its engine and how it is printed.
#[derive(Clone)]
pub struct DbUrl {
    /// The URL as given (may hold a password: never printed).
    pub raw: String,
    /// Which engine.
    pub engine: EngineKind,
    /// The URL as printed: its password (and any `password=` parameter) removed.
    pub shown: String,
}

impl std::fmt::Debug for DbUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DbUrl").field("engine", &self.engine).field("shown", &self.shown).finish()
    }
}

impl DbUrl {
    /// Reads a URL; an unknown scheme is an error (that names the scheme only).
    pub fn parse(raw: &str) -> Result<DbUrl> {
        let scheme = raw.split_once("://").map(|(s, _)| s.to_ascii_lowercase());
        let engine = match scheme.as_deref() {
            Some("postgres" | "postgresql") => EngineKind::Postgres,
            Some("mysql" | "mariadb") => EngineKind::Mysql,
            Some("sqlite") => EngineKind::Sqlite,
            Some(other) => bail!(
                "unsupported database URL scheme {other:?}: use postgres://, mysql://, \
                 mariadb:// or sqlite:///path"
            ),
            None => {
                bail!("not a database URL (expected postgres://user@host/db or sqlite:///path)")
            }
        };
        // The MySQL driver knows one scheme.
        let raw = match raw.split_once("://") {
            Some((s, rest)) if s.eq_ignore_ascii_case("mariadb") => format!("mysql://{rest}"),
            _ => raw.to_string(),
        };
        Ok(DbUrl { shown: redact(&raw), raw, engine })
    }

    /// The file of an `sqlite://` URL (`sqlite:///var/app.db` is `/var/app.db`,
    /// `sqlite://app.db` is `app.db`).
    pub fn sqlite_path(&self) -> PathBuf {
        let rest = self.raw.split_once("://").map_or("", |(_, r)| r);
        let rest = rest.split(['?', '#']).next().unwrap_or(rest);
        let decoded = percent_encoding::percent_decode_str(rest).decode_utf8_lossy();
        PathBuf::from(decoded.into_owned())
    }

    /// The password in the URL, if any (decoded).
    pub fn password(&self) -> Option<String> {
        let (_, rest) = self.raw.split_once("://")?;
        let authority = rest.split(['/', '?', '#']).next()?;
        let (userinfo, _) = authority.rsplit_once('@')?;
        let (_, pw) = userinfo.split_once(':')?;
        Some(percent_encoding::percent_decode_str(pw).decode_utf8_lossy().into_owned())
    }

    /// `text` with the URL's password, raw and decoded, replaced by `***`: for messages
    /// that come from a driver and might repeat it.
    pub fn scrub(&self, text: &str) -> String {
        let mut out = text.replace(&self.raw, &self.shown);
        for secret in [self.password(), raw_password(&self.raw)].into_iter().flatten() {
            // A one-letter password would blank half the message; such a password is
            // not a secret worth the noise, and the URL itself is already replaced.
            if secret.len() >= 3 {
                out = out.replace(&secret, "***");
            }
        }
        out
    }
}

/// The password part of a URL as written (percent-encoded).
fn raw_password(raw: &str) -> Option<String> {
    let (_, rest) = raw.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let (userinfo, _) = authority.rsplit_once('@')?;
    userinfo.split_once(':').map(|(_, pw)| pw.to_string())
}

/// A URL with its password removed: `postgres://u:secret@h/db` becomes
/// `postgres://u:***@h/db`; a `password=` (or `pass=`, `pwd=`) query parameter's value
/// too. Hand-written: the `url` crate would re-encode the rest of the URL, and the URL is
/// printed as the user wrote it.
pub fn redact(raw: &str) -> String {
    let Some((scheme, rest)) = raw.split_once("://") else { return redact_params(raw) };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let authority = match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _)) => format!("{user}:***@{host}"),
            None => authority.to_string(),
        },
        None => authority.to_string(),
    };
    format!("{scheme}://{authority}{}", redact_params(tail))
}

/// `a=1&password=x` with the password's value replaced.
fn redact_params(text: &str) -> String {
    let Some((head, query)) = text.split_once('?') else { return text.to_string() };
    let parts: Vec<String> = query
        .split('&')
        .map(|kv| match kv.split_once('=') {
            Some((k, _))
                if ["password", "pass", "pwd", "sslpassword"]
                    .contains(&k.to_ascii_lowercase().as_str()) =>
            {
                format!("{k}=***")
            }
            _ => kv.to_string(),
        })
        .collect();
    format!("{head}?{}", parts.join("&"))
}

/// How many rows of each table are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sample {
    /// At most this many rows per table.
    Rows(u64),
    /// Every row (a full scan of each table).
    All,
}

impl std::fmt::Display for Sample {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Sample::Rows(n) => write!(f, "{n}"),
            Sample::All => f.write_str("all"),
        }
    }
}

impl std::str::FromStr for Sample {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Sample, String> {
        if s.eq_ignore_ascii_case("all") {
            return Ok(Sample::All);
        }
        match s.parse::<u64>() {
            Ok(0) | Err(_) => Err("expected a positive number of rows or `all`".into()),
            Ok(n) => Ok(Sample::Rows(n)),
        }
    }
}

/// TLS for the connection (PostgreSQL's `sslmode`, the URL's when not given).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum TlsMode {
    /// Plain TCP.
    Disable,
    /// TLS when the server offers it (certificates verified against the system roots),
    /// plain TCP when it does not.
    Prefer,
    /// TLS or no connection (certificates verified against the system roots).
    Require,
}

/// How a database is read.
#[derive(Clone, Debug)]
pub struct DbOptions {
    /// Rows per table.
    pub sample: Sample,
    /// The statement timeout (each query; also the connect timeout).
    pub timeout: Duration,
    /// Tables to read (`schema.table` globs); empty: all.
    pub only: GlobSet,
    /// Tables not to read.
    pub exclude: GlobSet,
    /// Connections (and threads) at most.
    pub jobs: usize,
    /// TLS, when set on the command line.
    pub tls: Option<TlsMode>,
    /// Sample views too (`--views`).
    pub views: bool,
}

/// Compiles `schema.table` globs (`public.users*`, `*.audit_*`; `*` matches across the
/// `.`).
pub fn globs(patterns: &[String]) -> Result<GlobSet> {
    let mut b = GlobSetBuilder::new();
    for p in patterns {
        b.add(Glob::new(p).map_err(|e| anyhow::anyhow!("table glob {p:?}: {}", e.kind()))?);
    }
    Ok(b.build()?)
}

impl DbOptions {
    /// Whether the table `schema.table` is read: it matches `--only` (when given) and
    /// no `--exclude`. A bare table name matches too (`--only users`).
    pub fn selects(&self, schema: &str, table: &str) -> bool {
        let full = format!("{schema}.{table}");
        let m = |set: &GlobSet| set.is_match(&full) || set.is_match(table);
        (self.only.is_empty() || m(&self.only)) && !m(&self.exclude)
    }

    /// Why `table` is listed but not sampled: a view, unless `--views`.
    pub fn not_sampled(&self, table: &TableInfo) -> Option<NotSampledReason> {
        (table.kind == TableKind::View && !self.views).then_some(NotSampledReason::View)
    }
}

/// What kind of relation a table is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TableKind {
    /// A table (in PostgreSQL also a partitioned table, read through its parent).
    #[default]
    Table,
    /// A view: a stored query whose rows are its base tables' (sampled with `--views`).
    View,
    /// A materialised view (PostgreSQL): a stored copy of a query's rows, sampled as a
    /// table is.
    MaterializedView,
}

impl TableKind {
    /// The key of the words reports put after the table's name (`public.x (view)`, see
    /// [`crate::report::lang`]); none for a table.
    pub fn text_key(self) -> Option<&'static str> {
        match self {
            TableKind::Table => None,
            TableKind::View => Some("db.kind_view"),
            TableKind::MaterializedView => Some("db.kind_materialized_view"),
        }
    }
}

/// Why a table was listed but not sampled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotSampledReason {
    /// A view (its rows are its base tables'); `--views` samples views.
    View,
}

/// A table listed in the database but not sampled (not a skip: it is not a failure).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct NotSampled {
    /// The table as shown in paths (`URL/schema/table`).
    pub path: String,
    /// Its schema.
    pub schema: String,
    /// Its name.
    pub table: String,
    /// What it is.
    pub kind: TableKind,
    /// Why it was not sampled.
    pub reason: NotSampledReason,
}

/// A table found in the database.
#[derive(Clone, Debug)]
pub struct TableInfo {
    /// Its schema (PostgreSQL) or database (MySQL).
    pub schema: String,
    /// Its name.
    pub name: String,
    /// A table, a view or a materialised view.
    pub kind: TableKind,
    /// Rows according to the engine's statistics (`None`: never analysed, or a view).
    pub estimate: Option<u64>,
    /// Its columns, in order.
    pub columns: Vec<ColumnInfo>,
}

impl TableInfo {
    /// `SELECT <cells> FROM schema.table` over the columns that are read: `cell` gives
    /// each column's select items from its quoted name (the engine's SQL for "the value,
    /// or NULL past the cell limit, and whether it was cut"); `NULL` when none is read.
    pub fn select_from(&self, quote: fn(&str) -> String, cell: impl Fn(&str) -> String) -> String {
        let cells: Vec<String> = self
            .columns
            .iter()
            .filter(|c| !matches!(c.read, ColumnRead::Skip(_)))
            .map(|c| cell(&quote(&c.name)))
            .collect();
        let cells = if cells.is_empty() { "NULL".to_string() } else { cells.join(", ") };
        format!("SELECT {cells} FROM {}.{}", quote(&self.schema), quote(&self.name))
    }
}

/// A column of a table.
#[derive(Clone, Debug)]
pub struct ColumnInfo {
    /// Its name.
    pub name: String,
    /// Its type as the engine names it.
    pub type_name: String,
    /// How its values are read.
    pub read: ColumnRead,
    /// Its comment, read as a hint beside the name.
    pub comment: Option<String>,
}

/// How a column's values are rendered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnRead {
    /// As a quoted string.
    Text,
    /// As an unquoted number (a `bigint` phone column reads as the number it is).
    Number,
    /// As JSON, one column per key path (`payload.contact.phone`).
    Json,
    /// Not read (binary: `bytea`, `blob`), with a warning giving the reason.
    Skip(&'static str),
}

/// How a table was sampled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Every row (`--sample all`).
    Full,
    /// The first rows the engine returns (`LIMIT N`): a bounded scan.
    Limit,
    /// A sample of the table's pages (`TABLESAMPLE SYSTEM`), then `LIMIT N`.
    Tablesample,
}

/// What was read of one table.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct TableRow {
    /// The table as shown in paths (`URL/schema/table`).
    pub path: String,
    /// Its schema.
    pub schema: String,
    /// Its name.
    pub table: String,
    /// A table, a view (with `--views`) or a materialised view.
    #[serde(default)]
    pub kind: TableKind,
    /// Rows according to the engine's statistics, when known.
    pub rows_estimated: Option<u64>,
    /// Rows read.
    pub rows_sampled: u64,
    /// How they were chosen.
    pub method: Method,
}

/// What `piiscan db` adds to the inventory: the database and its tables.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct DatabaseInfo {
    /// `postgresql` or `mysql`.
    pub engine: String,
    /// The URL, its password removed.
    pub url: String,
    /// The server's version string.
    pub server_version: String,
    /// Rows sampled per table (`None`: all).
    pub sample: Option<u64>,
    /// Every table read, by path.
    pub tables: Vec<TableRow>,
    /// The tables listed but not sampled (views without `--views`), by path.
    #[serde(default)]
    pub not_sampled: Vec<NotSampled>,
}

/// The outcome of reading a database: the merged tally and the database's facts.
pub struct DbScan {
    /// What the workers found.
    pub tally: Tally,
    /// The database and its tables.
    pub info: DatabaseInfo,
}

/// One connection to a database, as the sampler needs it.
pub trait Connection: Send {
    /// Checks that `table` can be read as `sample` says (a query that returns no row):
    /// the method it will be read with, or the engine's reason why not (permission
    /// denied), before anything is rendered.
    fn probe(&mut self, table: &TableInfo, sample: Sample) -> std::result::Result<Method, String>;
    /// Renders `table`'s sample into `out` (`CREATE TABLE`, then one `INSERT` per row),
    /// counting rows in `rows`; an error part-way is a warning in `out`.
    fn render(
        &mut self,
        table: &TableInfo,
        sample: Sample,
        out: &mut render::Out<'_>,
        rows: &mut u64,
    );
}

/// What each connection's [`Worker`] is made of: the engine, the settings and the
/// streamed output's sink.
pub type Scanning<'a> = (&'a Engine, &'a WorkerSettings, Option<&'a dyn FindingSink>);

/// Samples `tables` with up to `opts.jobs` connections (the first is `first`, the others
/// come from `connect`), one [`Worker`] per connection, and merges their tallies.
pub fn sample_tables<C: Connection>(
    url: &DbUrl,
    tables: Vec<TableInfo>,
    first: C,
    connect: &(dyn Fn() -> Result<C> + Sync),
    opts: &DbOptions,
    (engine, settings, sink): Scanning<'_>,
) -> Result<(Tally, Vec<TableRow>)> {
    let jobs = opts.jobs.max(1).min(tables.len().max(1));
    let next = AtomicUsize::new(0);
    let first = Mutex::new(Some(first));
    let total = Mutex::new((Tally::default(), Vec::new()));
    let output_error: Mutex<Option<std::io::Error>> = Mutex::new(None);
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| {
                let taken = first.lock().unwrap_or_else(|e| e.into_inner()).take();
                let conn = match taken {
                    Some(c) => Some(c),
                    // A further connection that fails leaves its tables to the others.
                    None => connect().ok(),
                };
                let Some(mut conn) = conn else { return };
                let mut worker = Worker::new(engine, settings, sink);
                let mut rows_out = Vec::new();
                loop {
                    if crate::interrupt::requested()
                        || output_error.lock().unwrap_or_else(|e| e.into_inner()).is_some()
                    {
                        break;
                    }
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(t) = tables.get(i) else { break };
                    match sample_one(url, &mut conn, t, opts, &mut worker) {
                        Ok(Some(row)) => rows_out.push(row),
                        Ok(None) => {}
                        Err(e) => {
                            output_error.lock().unwrap_or_else(|p| p.into_inner()).get_or_insert(e);
                        }
                    }
                }
                let mut tot = total.lock().unwrap_or_else(|e| e.into_inner());
                tot.0.merge(worker.take_tally());
                tot.1.extend(rows_out);
            });
        }
    });
    if let Some(e) = output_error.into_inner().unwrap_or_else(|e| e.into_inner()) {
        return Err(anyhow::Error::new(e).context("writing the output"));
    }
    let (tally, mut rows) = total.into_inner().unwrap_or_else(|e| e.into_inner());
    rows.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((tally, rows))
}

/// The path a table is shown as.
pub fn table_path(url: &DbUrl, table: &TableInfo) -> PathBuf {
    PathBuf::from(format!("{}/{}/{}", url.shown.trim_end_matches('/'), table.schema, table.name))
}

/// Samples one table into `worker`: `None` when it could not be read (a skip).
fn sample_one<C: Connection>(
    url: &DbUrl,
    conn: &mut C,
    t: &TableInfo,
    opts: &DbOptions,
    worker: &mut Worker<'_>,
) -> std::io::Result<Option<TableRow>> {
    let path = table_path(url, t);
    let method = match conn.probe(t, opts.sample) {
        Ok(m) => m,
        Err(reason) => {
            worker.skip(&path, PathScan::Mask, SkipReason::Unreadable, &url.scrub(&reason))?;
            return Ok(None);
        }
    };
    let notes: HashMap<String, String> = t
        .columns
        .iter()
        .filter_map(|c| c.comment.as_ref().map(|n| (c.name.clone(), n.clone())))
        .collect();
    let mut rows = 0u64;
    let sample = opts.sample;
    {
        let rows = &mut rows;
        let conn = &mut *conn;
        worker
            .scan_rendering(&path, Arc::new(notes), move |out| conn.render(t, sample, out, rows))?;
    }
    let shown = worker.name(&path, PathScan::Mask);
    Ok(Some(TableRow {
        path: shown.to_string_lossy().into_owned(),
        schema: t.schema.clone(),
        table: t.name.clone(),
        kind: t.kind,
        rows_estimated: t.estimate,
        rows_sampled: rows,
        method,
    }))
}

/// Renders the `CREATE TABLE` of `t` (the columns read, by name).
pub fn render_create(t: &TableInfo, out: &mut render::Out<'_>) {
    let mut reasons = Vec::new();
    let o = out.text();
    o.push_str("CREATE TABLE ");
    render::ident(o, &t.name);
    o.push('(');
    let mut first = true;
    for c in &t.columns {
        if let ColumnRead::Skip(why) = c.read {
            reasons.push(format!(
                "column {:?} ({}) not read: {why}; table {:?}",
                c.name, c.type_name, t.name
            ));
            continue;
        }
        if !first {
            o.push(',');
        }
        first = false;
        render::ident(o, &c.name);
    }
    o.push_str(");\n");
    for r in reasons {
        out.warn(r);
    }
    out.row_done();
}

/// One row being rendered: its columns (named, so that JSON key paths may add their
/// own) and their SQL values.
#[derive(Default)]
pub struct RowText {
    names: Vec<String>,
    values: Vec<String>,
}

impl RowText {
    /// Starts a new row.
    pub fn clear(&mut self) {
        self.names.clear();
        self.values.clear();
    }

    /// Adds a cell of `column` (`None`: NULL).
    pub fn cell(&mut self, column: &ColumnInfo, value: Option<&str>) {
        match (column.read, value) {
            (ColumnRead::Skip(_), _) => {}
            (_, None) => self.push(&column.name, "NULL".to_string()),
            (ColumnRead::Number, Some(v)) if is_plain_number(v) => {
                self.push(&column.name, v.to_string())
            }
            (ColumnRead::Json, Some(v)) => self.json(&column.name, v),
            (_, Some(v)) => {
                let mut s = String::new();
                render::string(&mut s, v);
                self.push(&column.name, s)
            }
        }
    }

    fn push(&mut self, name: &str, value: String) {
        self.names.push(name.to_string());
        self.values.push(value);
    }

    /// A JSON value: one cell per key path (`payload.contact.phone`, `payload.tags[]`),
    /// the values of one path in one row joined by newlines; not JSON: one text cell.
    fn json(&mut self, name: &str, text: &str) {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
            let mut s = String::new();
            render::string(&mut s, text);
            return self.push(name, s);
        };
        let mut leaves: Vec<(String, String)> = Vec::new();
        flatten(&value, name.to_string(), 0, &mut leaves);
        // In first-seen order; the index keeps a value with many paths linear.
        let mut by_path: Vec<(String, String)> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for (path, v) in leaves {
            match index.get(&path) {
                Some(&i) => {
                    let acc = &mut by_path[i].1;
                    acc.push('\n');
                    acc.push_str(&v);
                }
                None => {
                    index.insert(path.clone(), by_path.len());
                    by_path.push((path, v));
                }
            }
        }
        if by_path.is_empty() {
            return self.push(name, "NULL".to_string());
        }
        for (path, v) in by_path {
            let mut s = String::new();
            render::string(&mut s, &v);
            self.push(&path, s);
        }
    }

    /// Appends the row's `INSERT` to `out`.
    pub fn render(&self, table: &str, out: &mut render::Out<'_>) {
        let o = out.text();
        o.push_str("INSERT INTO ");
        render::ident(o, table);
        o.push('(');
        for (i, n) in self.names.iter().enumerate() {
            if i > 0 {
                o.push(',');
            }
            render::ident(o, n);
        }
        o.push_str(") VALUES(");
        for (i, v) in self.values.iter().enumerate() {
            if i > 0 {
                o.push(',');
            }
            o.push_str(v);
        }
        o.push_str(");\n");
        out.row_done();
    }
}

/// Nesting followed in a JSON column; deeper values share the path at this depth.
const JSON_DEPTH: usize = crate::extract::Limits::MAX_JSON_DEPTH;

/// The scalar leaves of a JSON value with their key paths, as JSON files name them.
fn flatten(v: &serde_json::Value, path: String, depth: usize, out: &mut Vec<(String, String)>) {
    use serde_json::Value;
    match v {
        Value::Null | Value::Bool(_) => {}
        Value::Number(n) => out.push((path, n.to_string())),
        Value::String(s) => out.push((path, s.clone())),
        _ if depth >= JSON_DEPTH => out.push((format!("{path}.*"), v.to_string())),
        Value::Array(items) => {
            for item in items {
                flatten(item, format!("{path}[]"), depth + 1, out);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                flatten(item, format!("{path}.{k}"), depth + 1, out);
            }
        }
    }
}

/// Whether a value is a plain decimal number (rendered unquoted, as a dump has it).
fn is_plain_number(v: &str) -> bool {
    let digits = v.strip_prefix('-').unwrap_or(v);
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && digits.bytes().filter(|&b| b == b'.').count() <= 1
        && !digits.starts_with('.')
        && !digits.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_show() {
        assert_eq!(redact("postgres://u:s3cr%40t@h:5432/db"), "postgres://u:***@h:5432/db");
        assert_eq!(
            redact("postgres://u@h/db?sslmode=require"),
            "postgres://u@h/db?sslmode=require"
        );
        assert_eq!(
            redact("postgresql://h/db?user=u&password=hunter2&x=1"),
            "postgresql://h/db?user=u&password=***&x=1"
        );
        let u = DbUrl::parse("postgres://auditor:pa%3Ass@h/db").unwrap();
        assert_eq!(u.password().as_deref(), Some("pa:ss"));
        assert_eq!(u.shown, "postgres://auditor:***@h/db");
        assert_eq!(
            u.scrub("failed for pa:ss at postgres://auditor:pa%3Ass@h/db"),
            "failed for *** at postgres://auditor:***@h/db"
        );
        assert!(!format!("{u:?}").contains("pa%3Ass"));
    }

    #[test]
    fn urls_name_their_engine() {
        assert_eq!(DbUrl::parse("postgresql://h/db").unwrap().engine, EngineKind::Postgres);
        let s = DbUrl::parse("sqlite:///var/lib/app%20x.db").unwrap();
        assert_eq!(s.sqlite_path(), PathBuf::from("/var/lib/app x.db"));
        let e = DbUrl::parse("oracle://u:pw@h/db").unwrap_err().to_string();
        assert!(e.contains("oracle") && !e.contains("pw"), "{e}");
    }

    #[test]
    fn samples_and_globs() {
        assert_eq!("all".parse::<Sample>(), Ok(Sample::All));
        assert_eq!("500".parse::<Sample>(), Ok(Sample::Rows(500)));
        assert!("0".parse::<Sample>().is_err());
        let opts = DbOptions {
            sample: Sample::All,
            timeout: Duration::from_secs(1),
            only: globs(&["public.users*".into(), "orders".into()]).unwrap(),
            exclude: globs(&["*.audit_*".into()]).unwrap(),
            jobs: 1,
            tls: None,
            views: false,
        };
        assert!(opts.selects("public", "users_2026"));
        assert!(opts.selects("shop", "orders"));
        assert!(!opts.selects("public", "audit_users"));
        assert!(!opts.selects("public", "items"));
    }

    #[test]
    fn json_columns_read_by_key_path() {
        let mut row = RowText::default();
        let col = |name: &str, read| ColumnInfo {
            name: name.into(),
            type_name: String::new(),
            read,
            comment: None,
        };
        row.cell(&col("id", ColumnRead::Number), Some("7"));
        row.cell(&col("tel", ColumnRead::Number), Some("1e5"));
        row.cell(
            &col("doc", ColumnRead::Json),
            Some(r#"{"contact":{"phone":"13912345678"},"tags":["a","b"],"ok":true}"#),
        );
        row.cell(&col("photo", ColumnRead::Skip("binary")), Some("x"));
        assert_eq!(row.names, ["id", "tel", "doc.contact.phone", "doc.tags[]"]);
        assert_eq!(row.values, ["7", "'1e5'", "'13912345678'", "'a\nb'"]);
    }
}
