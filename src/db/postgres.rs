//! PostgreSQL: connect, list the tables the scan may read, sample each read-only.
//!
//! Crates: `postgres` (the synchronous client over `tokio-postgres`, the most used
//! PostgreSQL driver for Rust; piiscan's workers are threads, so a blocking client fits
//! and no async runtime leaks into the rest of the code) with `postgres-native-tls`
//! (TLS through the platform's library, OpenSSL on Linux, whose default certificate
//! store is the system's roots; it builds in seconds where rustls would add a crypto
//! backend to compile).
//!
//! Safety: every session is read-only (`default_transaction_read_only`) and every table
//! is read in a `START TRANSACTION READ ONLY`; `statement_timeout` bounds each query;
//! nothing is created (no DDL, no temporary table: the sample is a plain `SELECT`, read
//! through a portal [`FETCH_ROWS`] rows at a time, so memory stays bounded with
//! `--sample all`).
//!
//! Sampling: `--sample N` reads `LIMIT N` rows; when the statistics say the table holds
//! more than 3 × N rows, it first takes about 3 × N rows' worth of pages with
//! `TABLESAMPLE SYSTEM (p) REPEATABLE (0)` (the same pages on every run of an unchanged
//! table), so a huge table is never scanned whole. `--sample all` reads every row.

use anyhow::{Context, Result};
use postgres::config::{Host, SslMode};
use postgres::{Client, Config};

use super::{
    pgpass, render_create, ColumnInfo, ColumnRead, DbOptions, DbUrl, Method, RowText, Sample,
    TableInfo, TableKind, TlsMode, FETCH_ROWS,
};
use crate::extract::render;

/// One read-only session.
pub struct PgConn {
    client: Client,
    /// The largest value read (`--max-cell-size`).
    max_cell: usize,
}

/// The connection settings for `url`: password from the URL, `PGPASSWORD` or the
/// password file; user from the URL, `PGUSER` or the login name.
fn config(url: &DbUrl, opts: &DbOptions) -> Result<Config> {
    // The parser's messages may quote the URL: only say that it is malformed.
    let mut cfg: Config = url
        .raw
        .parse()
        .map_err(|_| anyhow::anyhow!("{}: not a valid PostgreSQL connection URL", url.shown))?;
    if cfg.get_user().is_none() {
        let user = std::env::var("PGUSER")
            .or_else(|_| std::env::var("USER"))
            .unwrap_or_else(|_| "postgres".into());
        cfg.user(&user);
    }
    if cfg.get_dbname().is_none() {
        if let Ok(db) = std::env::var("PGDATABASE") {
            cfg.dbname(&db);
        }
    }
    if cfg.get_hosts().is_empty() {
        let host = std::env::var("PGHOST").unwrap_or_else(|_| "localhost".into());
        cfg.host(&host);
    }
    if cfg.get_password().is_none() {
        if let Ok(pw) = std::env::var("PGPASSWORD") {
            cfg.password(pw);
        } else {
            let host = match cfg.get_hosts().first() {
                Some(Host::Tcp(h)) => h.clone(),
                #[cfg(unix)]
                Some(Host::Unix(p)) => p.to_string_lossy().into_owned(),
                None => "localhost".into(),
            };
            let port = cfg.get_ports().first().copied().unwrap_or(5432);
            let user = cfg.get_user().unwrap_or_default().to_string();
            let db = cfg.get_dbname().unwrap_or(&user).to_string();
            if let Some(pw) = pgpass::lookup(&host, port, &db, &user) {
                cfg.password(pw);
            }
        }
    }
    match opts.tls {
        Some(TlsMode::Disable) => cfg.ssl_mode(SslMode::Disable),
        Some(TlsMode::Prefer) => cfg.ssl_mode(SslMode::Prefer),
        Some(TlsMode::Require) => cfg.ssl_mode(SslMode::Require),
        None => &mut cfg,
    };
    let ms = opts.timeout.as_millis().max(1);
    cfg.application_name("piiscan")
        .connect_timeout(opts.timeout)
        // Read-only and bounded from the first statement on.
        .options(&format!(
            "-c default_transaction_read_only=on -c statement_timeout={ms} \
             -c lock_timeout={ms} -c idle_in_transaction_session_timeout={}",
            ms.saturating_mul(2)
        ));
    Ok(cfg)
}

/// Opens a read-only session; the error says why, never with the password.
pub fn connect(url: &DbUrl, opts: &DbOptions, max_cell: usize) -> Result<PgConn> {
    let cfg = config(url, opts)?;
    let connector = native_tls::TlsConnector::new().context("setting up TLS")?;
    let tls = postgres_native_tls::MakeTlsConnector::new(connector);
    let client = cfg
        .connect(tls)
        .map_err(|e| anyhow::anyhow!("connecting to {}: {}", url.shown, url.scrub(&message(&e))))?;
    Ok(PgConn { client, max_cell })
}

/// A driver error as one line: the server's message when there is one.
fn message(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{}: {}", db.severity(), db.message()),
        None => {
            let mut text = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(s) = source {
                let more = s.to_string();
                if !text.contains(&more) {
                    text.push_str(": ");
                    text.push_str(&more);
                }
                source = s.source();
            }
            text
        }
    }
}

impl PgConn {
    /// The server's version string.
    pub fn server_version(&mut self) -> Result<String> {
        let row = self.client.query_one("SELECT version()", &[]).context("reading the version")?;
        Ok(row.get(0))
    }

    /// The tables, partitioned tables, views and materialised views of every schema but
    /// the system's (a partition is read through its parent), with their columns and
    /// comments, by schema and name.
    pub fn tables(&mut self) -> Result<Vec<TableInfo>> {
        let rows = self
            .client
            .query(
                "SELECT c.oid::int8, n.nspname::text, c.relname::text, \
                   CASE WHEN c.relkind = 'v' THEN NULL \
                   WHEN c.relkind = 'p' THEN \
                     (SELECT sum(GREATEST(k.reltuples, 0))::float8 FROM pg_inherits i \
                      JOIN pg_class k ON k.oid = i.inhrelid WHERE i.inhparent = c.oid) \
                   WHEN c.reltuples < 0 OR (c.reltuples = 0 AND c.relpages > 0) THEN NULL \
                   ELSE c.reltuples::float8 END, c.relkind::text \
                 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
                 WHERE c.relkind IN ('r', 'p', 'm', 'v') AND NOT c.relispartition \
                   AND n.nspname NOT IN ('pg_catalog', 'information_schema') \
                   AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%' \
                 ORDER BY 2, 3",
                &[],
            )
            .map_err(|e| anyhow::anyhow!("listing the tables: {}", message(&e)))?;
        let cols = self
            .client
            .query(
                "SELECT a.attrelid::int8, a.attname::text, \
                   format_type(a.atttypid, a.atttypmod), \
                   COALESCE(bt.typname, t.typname)::text, \
                   COALESCE(bt.typcategory, t.typcategory)::text, \
                   col_description(a.attrelid, a.attnum) \
                 FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid \
                 LEFT JOIN pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype \
                 JOIN pg_class c ON c.oid = a.attrelid \
                 JOIN pg_namespace n ON n.oid = c.relnamespace \
                 WHERE a.attnum > 0 AND NOT a.attisdropped \
                   AND c.relkind IN ('r', 'p', 'm', 'v') \
                   AND n.nspname NOT IN ('pg_catalog', 'information_schema') \
                 ORDER BY 1, a.attnum",
                &[],
            )
            .map_err(|e| anyhow::anyhow!("listing the columns: {}", message(&e)))?;
        let mut by_oid: std::collections::HashMap<i64, Vec<ColumnInfo>> = Default::default();
        for c in cols {
            let type_name: String = c.get(2);
            let base: String = c.get(3);
            let category: String = c.get(4);
            by_oid.entry(c.get(0)).or_default().push(ColumnInfo {
                name: c.get(1),
                read: read_of(&base, &category),
                type_name,
                comment: c.get(5),
            });
        }
        Ok(rows
            .into_iter()
            .map(|r| {
                let oid: i64 = r.get(0);
                let estimate: Option<f64> = r.get(3);
                let kind: String = r.get(4);
                TableInfo {
                    schema: r.get(1),
                    name: r.get(2),
                    kind: match kind.as_str() {
                        "v" => TableKind::View,
                        "m" => TableKind::MaterializedView,
                        _ => TableKind::Table,
                    },
                    estimate: estimate.map(|e| e.max(0.0).round() as u64),
                    columns: by_oid.remove(&oid).unwrap_or_default(),
                }
            })
            .collect())
    }

    /// The sampling query of `t`, and how it samples.
    fn query(&self, t: &TableInfo, sample: Sample) -> (String, Method) {
        let max = self.max_cell;
        // A value larger than the cell limit is never sent: NULL, and a flag.
        let mut select = t.select_from(quote, |q| {
            format!(
                "CASE WHEN octet_length({q}::text) > {max} THEN NULL ELSE {q}::text END, \
                 octet_length({q}::text) > {max}"
            )
        });
        let method = match sample {
            Sample::All => Method::Full,
            Sample::Rows(n) => match t.estimate {
                Some(est) if est > n.saturating_mul(3) => {
                    let pct = (300.0 * n as f64 / est as f64).clamp(0.0001, 100.0);
                    select.push_str(&format!(" TABLESAMPLE SYSTEM ({pct:.6}) REPEATABLE (0)"));
                    Method::Tablesample
                }
                _ => Method::Limit,
            },
        };
        if let Sample::Rows(n) = sample {
            select.push_str(&format!(" LIMIT {n}"));
        }
        (select, method)
    }
}

/// How a column of base type `typname` in type category `category` is read.
fn read_of(typname: &str, category: &str) -> ColumnRead {
    match (typname, category) {
        ("bytea", _) | ("_bytea", _) => ColumnRead::Skip("binary data"),
        ("json" | "jsonb", _) => ColumnRead::Json,
        // Money is text with a currency sign; the others print as plain numbers.
        ("money", _) => ColumnRead::Text,
        (_, "N") => ColumnRead::Number,
        _ => ColumnRead::Text,
    }
}

/// `"name"` with `"` doubled.
fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

impl super::Connection for PgConn {
    fn probe(&mut self, t: &TableInfo, sample: Sample) -> std::result::Result<Method, String> {
        let (select, method) = self.query(t, sample);
        let probe = format!("SELECT * FROM ({select}) AS s LIMIT 0");
        let mut txn =
            self.client.build_transaction().read_only(true).start().map_err(|e| message(&e))?;
        txn.query(&probe, &[]).map_err(|e| message(&e))?;
        txn.commit().map_err(|e| message(&e))?;
        Ok(method)
    }

    fn render(&mut self, t: &TableInfo, sample: Sample, out: &mut render::Out<'_>, rows: &mut u64) {
        render_create(t, out);
        let (select, _) = self.query(t, sample);
        let read: Vec<&ColumnInfo> =
            t.columns.iter().filter(|c| !matches!(c.read, ColumnRead::Skip(_))).collect();
        let max = out.max_cell();
        let result = (|| -> std::result::Result<(), postgres::Error> {
            let mut txn = self.client.build_transaction().read_only(true).start()?;
            let portal = txn.bind(select.as_str(), &[])?;
            let mut row = RowText::default();
            loop {
                let batch = txn.query_portal(&portal, FETCH_ROWS)?;
                for r in &batch {
                    *rows += 1;
                    row.clear();
                    for (i, c) in read.iter().enumerate() {
                        let big: Option<bool> = r.get(2 * i + 1);
                        if big == Some(true) {
                            out.warn(format!(
                                "value larger than {max} bytes not read: table {:?}, column \
                                 {:?}, row {rows}",
                                t.name, c.name
                            ));
                        }
                        let v: Option<&str> = r.get(2 * i);
                        row.cell(c, v);
                    }
                    row.render(&t.name, out);
                    if out.stopped() || crate::interrupt::requested() {
                        break;
                    }
                }
                if batch.len() < FETCH_ROWS as usize
                    || out.stopped()
                    || crate::interrupt::requested()
                {
                    break;
                }
            }
            drop(portal);
            txn.commit()
        })();
        if let Err(e) = result {
            out.warn(format!("table {:?} not read to its end: {}", t.name, message(&e)));
        }
    }
}
