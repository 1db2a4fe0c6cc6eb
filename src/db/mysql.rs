//! MySQL and MariaDB: connect, list the tables of the database (or of every database
//! but the system's), sample each read-only.
//!
//! Crate: `mysql` (the synchronous client of `mysql_common`, the most used MySQL driver
//! for Rust) without its derive macros, with flate2 on the Rust backend piiscan already
//! builds, and TLS through `native-tls` as for PostgreSQL (system roots).
//!
//! Safety: the session is read-only (`SET SESSION TRANSACTION READ ONLY`) and each table
//! is read in `START TRANSACTION READ ONLY`; the statement timeout is
//! `max_execution_time` (MySQL) or `max_statement_time` (MariaDB); nothing is created.
//! Rows are streamed (`query_iter`: one row in memory at a time).
//!
//! Sampling: MySQL has no cheap page sampling, so `--sample N` is a bounded scan,
//! `LIMIT N` (the first rows in the engine's order); `--sample all` reads every row.
//! Values are read as `utf8mb4` text (`CONVERT(... USING utf8mb4)`), so a `latin1` or
//! `gbk` table reads as the text it holds.

use anyhow::Result;
use mysql::prelude::Queryable;
use mysql::{Conn, Opts, OptsBuilder, SslOpts};

use super::{
    render_create, ColumnInfo, ColumnRead, DbOptions, DbUrl, Method, RowText, Sample, TableInfo,
    TableKind, TlsMode,
};
use crate::extract::render;

/// One read-only session.
pub struct MyConn {
    conn: Conn,
    max_cell: usize,
}

/// `url` without its `sslmode`/`ssl-mode` parameter (which the driver does not know),
/// and that parameter's value.
fn split_sslmode(url: &str) -> (String, Option<String>) {
    let Some((head, query)) = url.split_once('?') else { return (url.to_string(), None) };
    let mut mode = None;
    let kept: Vec<&str> = query
        .split('&')
        .filter(|kv| match kv.split_once('=') {
            Some((k, v))
                if k.eq_ignore_ascii_case("sslmode") || k.eq_ignore_ascii_case("ssl-mode") =>
            {
                mode = Some(v.to_ascii_lowercase());
                false
            }
            _ => true,
        })
        .collect();
    if kept.is_empty() {
        (head.to_string(), mode)
    } else {
        (format!("{head}?{}", kept.join("&")), mode)
    }
}

/// The connection options for `url` and a TLS choice: password from the URL or
/// `MYSQL_PWD`; user from the URL, `USER` or `root`.
fn options(url: &DbUrl, opts: &DbOptions, tls: bool) -> Result<OptsBuilder> {
    let (plain, _) = split_sslmode(&url.raw);
    let parsed = Opts::from_url(&plain)
        .map_err(|_| anyhow::anyhow!("{}: not a valid MySQL connection URL", url.shown))?;
    let mut b = OptsBuilder::from_opts(parsed.clone());
    if parsed.get_user().is_none() {
        let user = std::env::var("USER").unwrap_or_else(|_| "root".into());
        b = b.user(Some(user));
    }
    if parsed.get_pass().is_none() {
        if let Ok(pw) = std::env::var("MYSQL_PWD") {
            b = b.pass(Some(pw));
        }
    }
    let timeout = opts.timeout;
    b = b
        .tcp_connect_timeout(Some(timeout))
        .read_timeout(Some(timeout.saturating_mul(2)))
        .prefer_socket(false)
        .ssl_opts(tls.then(SslOpts::default));
    Ok(b)
}

/// The TLS mode: the command line's, else the URL's `sslmode`, else prefer.
fn tls_mode(url: &DbUrl, opts: &DbOptions) -> TlsMode {
    if let Some(m) = opts.tls {
        return m;
    }
    match split_sslmode(&url.raw).1.as_deref() {
        Some("disable" | "disabled") => TlsMode::Disable,
        Some("require" | "required" | "verify_ca" | "verify_identity" | "verify-full") => {
            TlsMode::Require
        }
        _ => TlsMode::Prefer,
    }
}

/// Opens a read-only session; the error says why, never with the password.
pub fn connect(url: &DbUrl, opts: &DbOptions, max_cell: usize) -> Result<MyConn> {
    let mode = tls_mode(url, opts);
    let attempt = |tls: bool| -> Result<Conn> {
        Conn::new(options(url, opts, tls)?).map_err(|e| {
            anyhow::anyhow!("connecting to {}: {}", url.shown, url.scrub(&e.to_string()))
        })
    };
    let mut conn = match mode {
        TlsMode::Disable => attempt(false)?,
        TlsMode::Require => attempt(true)?,
        // TLS when the server offers it: a server without TLS is asked again in plain.
        TlsMode::Prefer => match Conn::new(options(url, opts, true)?) {
            Ok(c) => c,
            Err(mysql::Error::DriverError(mysql::DriverError::TlsNotSupported)) => attempt(false)?,
            Err(e) => anyhow::bail!("connecting to {}: {}", url.shown, url.scrub(&e.to_string())),
        },
    };
    conn.query_drop("SET SESSION TRANSACTION READ ONLY")
        .map_err(|e| anyhow::anyhow!("{}: {e}", url.shown))?;
    let ms = opts.timeout.as_millis().max(1);
    // MySQL names the statement timeout in milliseconds, MariaDB in seconds: whichever
    // the server knows is set.
    let _ = conn.query_drop(format!("SET SESSION max_execution_time = {ms}"));
    let _ = conn.query_drop(format!("SET SESSION max_statement_time = {}", ms as f64 / 1000.0));
    let _ = conn.query_drop(format!("SET SESSION lock_wait_timeout = {}", (ms / 1000).max(1)));
    Ok(MyConn { conn, max_cell })
}

/// `` `name` `` with `` ` `` doubled.
fn quote(name: &str) -> String {
    format!("`{}`", name.replace('`', "``"))
}

/// How a column of `data_type` is read.
fn read_of(data_type: &str) -> ColumnRead {
    match data_type.to_ascii_lowercase().as_str() {
        "blob" | "tinyblob" | "mediumblob" | "longblob" | "binary" | "varbinary" | "bit" => {
            ColumnRead::Skip("binary data")
        }
        "geometry" | "point" | "linestring" | "polygon" | "multipoint" | "multilinestring"
        | "multipolygon" | "geometrycollection" => ColumnRead::Skip("geometry"),
        "json" => ColumnRead::Json,
        "tinyint" | "smallint" | "mediumint" | "int" | "integer" | "bigint" | "decimal"
        | "numeric" | "float" | "double" | "real" | "year" => ColumnRead::Number,
        _ => ColumnRead::Text,
    }
}

impl MyConn {
    /// The server's version string (`10.11.6-MariaDB-0+deb12u1`).
    pub fn server_version(&mut self) -> Result<String> {
        let v: Option<String> = self.conn.query_first("SELECT VERSION()")?;
        Ok(v.unwrap_or_default())
    }

    /// The tables and views of the URL's database (or of every database but the
    /// system's) on which the account holds some privilege (the others are not in
    /// `information_schema`), with their columns and comments, by database and name.
    pub fn tables(&mut self) -> Result<Vec<TableInfo>> {
        let scope = "(DATABASE() IS NULL AND TABLE_SCHEMA NOT IN ('mysql', \
                     'information_schema', 'performance_schema', 'sys')) \
                     OR TABLE_SCHEMA = DATABASE()";
        // MariaDB's system-versioned tables are tables; sequences hold no data.
        let rows: Vec<(String, String, Option<u64>, String)> = self.conn.query(format!(
            "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_ROWS, TABLE_TYPE \
             FROM information_schema.TABLES \
             WHERE TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED', 'VIEW') AND ({scope}) \
             ORDER BY 1, 2"
        ))?;
        let cols: Vec<(String, String, String, String, String, String)> =
            self.conn.query(format!(
                "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, \
                 COLUMN_COMMENT FROM information_schema.COLUMNS WHERE ({scope}) \
                 ORDER BY 1, 2, ORDINAL_POSITION"
            ))?;
        let mut by_table: std::collections::HashMap<(String, String), Vec<ColumnInfo>> =
            Default::default();
        for (schema, table, name, data_type, column_type, comment) in cols {
            by_table.entry((schema, table)).or_default().push(ColumnInfo {
                name,
                read: read_of(&data_type),
                type_name: column_type,
                comment: (!comment.is_empty()).then_some(comment),
            });
        }
        Ok(rows
            .into_iter()
            .map(|(schema, name, estimate, kind)| {
                let view = kind == "VIEW";
                TableInfo {
                    columns: by_table.remove(&(schema.clone(), name.clone())).unwrap_or_default(),
                    schema,
                    name,
                    kind: if view { TableKind::View } else { TableKind::Table },
                    estimate: if view { None } else { estimate },
                }
            })
            .collect())
    }

    fn query(&self, t: &TableInfo, sample: Sample) -> (String, Method) {
        let max = self.max_cell;
        let select = t.select_from(quote, |q| {
            format!(
                "CASE WHEN OCTET_LENGTH({q}) > {max} THEN NULL \
                 ELSE CONVERT({q} USING utf8mb4) END, OCTET_LENGTH({q}) > {max}"
            )
        });
        match sample {
            Sample::All => (select, Method::Full),
            Sample::Rows(n) => (format!("{select} LIMIT {n}"), Method::Limit),
        }
    }
}

/// A text value of a row (UTF-8 after `CONVERT`; anything else read leniently).
fn text(v: &mysql::Value) -> Option<String> {
    match v {
        mysql::Value::NULL => None,
        mysql::Value::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
        other => Some(other.as_sql(true).trim_matches('\'').to_string()),
    }
}

impl super::Connection for MyConn {
    fn probe(&mut self, t: &TableInfo, sample: Sample) -> std::result::Result<Method, String> {
        let (select, method) = self.query(t, sample);
        let probe = format!("SELECT * FROM ({select}) AS s LIMIT 0");
        let result = self
            .conn
            .query_drop("START TRANSACTION READ ONLY")
            .and_then(|()| self.conn.query_drop(&probe));
        let _ = self.conn.query_drop("ROLLBACK");
        result.map(|()| method).map_err(|e| e.to_string())
    }

    fn render(&mut self, t: &TableInfo, sample: Sample, out: &mut render::Out<'_>, rows: &mut u64) {
        render_create(t, out);
        let (select, _) = self.query(t, sample);
        let read: Vec<&ColumnInfo> =
            t.columns.iter().filter(|c| !matches!(c.read, ColumnRead::Skip(_))).collect();
        let max = out.max_cell();
        let result = (|| -> mysql::Result<()> {
            self.conn.query_drop("START TRANSACTION READ ONLY")?;
            let mut result = self.conn.query_iter(&select)?;
            let mut row = RowText::default();
            if let Some(set) = result.iter() {
                for r in set {
                    let r = r?;
                    *rows += 1;
                    row.clear();
                    for (i, c) in read.iter().enumerate() {
                        let big = r.as_ref(2 * i + 1).and_then(text);
                        if big.as_deref() == Some("1") {
                            out.warn(format!(
                                "value larger than {max} bytes not read: table {:?}, column \
                                 {:?}, row {rows}",
                                t.name, c.name
                            ));
                        }
                        let v = r.as_ref(2 * i).and_then(text);
                        row.cell(c, v.as_deref());
                    }
                    row.render(&t.name, out);
                    if out.stopped() || crate::interrupt::requested() {
                        break;
                    }
                }
            }
            drop(result);
            Ok(())
        })();
        if let Err(e) = result {
            out.warn(format!("table {:?} not read to its end: {e}", t.name));
        }
        let _ = self.conn.query_drop("COMMIT");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sslmode_is_read_and_removed() {
        assert_eq!(
            split_sslmode("mysql://u@h/db?ssl-mode=REQUIRED&socket=/s"),
            ("mysql://u@h/db?socket=/s".to_string(), Some("required".to_string()))
        );
        assert_eq!(split_sslmode("mysql://u@h/db"), ("mysql://u@h/db".to_string(), None));
        assert_eq!(read_of("bigint"), ColumnRead::Number);
        assert_eq!(read_of("LONGBLOB"), ColumnRead::Skip("binary data"));
    }
}
