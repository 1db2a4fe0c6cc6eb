//! Files whose cells are not bytes on disk, spreadsheets (`.xlsx`, `.xls`, `.ods`) and
//! SQLite database files, are rendered as SQLite `.dump` text (one `CREATE TABLE` and one
//! `INSERT` per row), which then goes through the same scan and the same dump parser as a
//! real dump. A sheet is a table and its first row the column names; a database table is
//! a table. Offsets and lines of findings in such files point into this rendering.
//!
//! The rendering is held in memory, so it is capped at [`RENDER_MAX`] bytes; a larger
//! workbook or database is scanned up to the cap and a warning says so.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result};
use calamine::{open_workbook_auto, Data, Reader};

/// The largest rendering kept in memory.
pub const RENDER_MAX: usize = 512 << 20;

/// Whether a file name is a spreadsheet calamine reads.
pub fn is_spreadsheet(extension: &str) -> bool {
    matches!(extension, "xlsx" | "xlsm" | "xls" | "xlsb" | "ods")
}

/// Whether a file name is an SQLite database (by extension; the header confirms it).
pub fn is_sqlite_db(extension: &str, head: &[u8]) -> bool {
    head.starts_with(b"SQLite format 3\0")
        && matches!(extension, "sqlite" | "sqlite3" | "db" | "db3" | "s3db" | "")
}

/// Appends `"name"` with `"` doubled.
fn ident(out: &mut String, name: &str) {
    out.push('"');
    out.push_str(&name.replace('"', "\"\""));
    out.push('"');
}

/// Appends `'text'` with `'` doubled.
fn string(out: &mut String, text: &str) {
    out.push('\'');
    out.push_str(&text.replace('\'', "''"));
    out.push('\'');
}

/// Renders a workbook. Returns the text and whether it was cut at [`RENDER_MAX`].
pub fn spreadsheet(path: &Path) -> Result<(Vec<u8>, bool)> {
    let mut wb = open_workbook_auto(path).with_context(|| format!("opening {}", path.display()))?;
    let mut out = String::new();
    let mut cut = false;
    'sheets: for name in wb.sheet_names() {
        let range = match wb.worksheet_range(&name) {
            Ok(r) => r,
            Err(e) => {
                let _ = writeln!(out, "-- sheet {name:?} could not be read: {e}");
                continue;
            }
        };
        let mut rows = range.rows();
        let Some(header) = rows.next() else { continue };
        out.push_str("CREATE TABLE ");
        ident(&mut out, &name);
        out.push('(');
        for (i, cell) in header.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let text = cell_text(cell);
            let text = text.trim();
            if text.is_empty() {
                ident(&mut out, &format!("col_{}", i + 1));
            } else {
                ident(&mut out, text);
            }
        }
        out.push_str(");\n");
        for row in rows {
            out.push_str("INSERT INTO ");
            ident(&mut out, &name);
            out.push_str(" VALUES(");
            for (i, cell) in row.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                match cell {
                    Data::Empty => out.push_str("NULL"),
                    Data::Int(n) => {
                        let _ = write!(out, "{n}");
                    }
                    other => string(&mut out, &cell_text(other)),
                }
            }
            out.push_str(");\n");
            if out.len() > RENDER_MAX {
                cut = true;
                break 'sheets;
            }
        }
    }
    Ok((out.into_bytes(), cut))
}

/// A cell as text: numbers without a trailing `.0` (so `13912345678.0` reads as the
/// phone number it is), dates as ISO dates.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e17 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => excel_date(d.as_f64()),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// An Excel date serial (days since 1899-12-30) as an ISO date.
fn excel_date(serial: f64) -> String {
    let base = jiff::civil::date(1899, 12, 30);
    match base.checked_add(jiff::Span::new().days(serial.floor() as i64)) {
        Ok(d) => d.to_string(),
        Err(_) => serial.to_string(),
    }
}

/// Renders every table of an SQLite database file, opened read-only. Returns the text
/// and whether it was cut at [`RENDER_MAX`].
pub fn sqlite_db(path: &Path) -> Result<(Vec<u8>, bool)> {
    use rusqlite::{types::ValueRef, Connection, OpenFlags};
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let db = Connection::open_with_flags(path, flags)
        .with_context(|| format!("opening {} read-only", path.display()))?;
    let mut tables = Vec::new();
    {
        let mut q = db.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             ORDER BY name",
        )?;
        let names = q.query_map([], |r| r.get::<_, String>(0))?;
        for n in names {
            tables.push(n?);
        }
    }
    let mut out = String::new();
    let mut cut = false;
    'tables: for t in &tables {
        let mut quoted = String::new();
        ident(&mut quoted, t);
        let mut stmt = db.prepare(&format!("SELECT * FROM {quoted}"))?;
        let cols: Vec<String> = stmt.column_names().iter().map(|c| c.to_string()).collect();
        out.push_str("CREATE TABLE ");
        out.push_str(&quoted);
        out.push('(');
        for (i, c) in cols.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            ident(&mut out, c);
        }
        out.push_str(");\n");
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            out.push_str("INSERT INTO ");
            out.push_str(&quoted);
            out.push_str(" VALUES(");
            for i in 0..cols.len() {
                if i > 0 {
                    out.push(',');
                }
                match row.get_ref(i)? {
                    ValueRef::Null => out.push_str("NULL"),
                    ValueRef::Integer(n) => {
                        let _ = write!(out, "{n}");
                    }
                    ValueRef::Real(f) => {
                        let _ = write!(out, "{f}");
                    }
                    ValueRef::Text(b) => string(&mut out, &String::from_utf8_lossy(b)),
                    ValueRef::Blob(b) => {
                        // Text hidden in a blob is still text to scan.
                        match std::str::from_utf8(b) {
                            Ok(s) if !s.contains('\0') => string(&mut out, s),
                            _ => {
                                out.push_str("X'");
                                for byte in b {
                                    let _ = write!(out, "{byte:02x}");
                                }
                                out.push('\'');
                            }
                        }
                    }
                }
            }
            out.push_str(");\n");
            if out.len() > RENDER_MAX {
                cut = true;
                break 'tables;
            }
        }
    }
    Ok((out.into_bytes(), cut))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_renders_as_a_dump() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.sqlite");
        let db = rusqlite::Connection::open(&p).unwrap();
        db.execute_batch(
            "CREATE TABLE users(name TEXT, phone TEXT, n INTEGER, photo BLOB);
             INSERT INTO users VALUES('O''Brien', '13912345678', 7, X'00ff');
             INSERT INTO users VALUES(NULL, 'x', NULL, 'plain text blob');",
        )
        .unwrap();
        drop(db);
        let (text, cut) = sqlite_db(&p).unwrap();
        assert!(!cut);
        let text = String::from_utf8(text).unwrap();
        assert_eq!(
            text,
            "CREATE TABLE \"users\"(\"name\",\"phone\",\"n\",\"photo\");\n\
             INSERT INTO \"users\" VALUES('O''Brien','13912345678',7,X'00ff');\n\
             INSERT INTO \"users\" VALUES(NULL,'x',NULL,'plain text blob');\n"
        );
        assert!(is_sqlite_db("sqlite", b"SQLite format 3\0..."));
    }

    #[test]
    fn whole_floats_read_as_integers() {
        assert_eq!(cell_text(&Data::Float(13912345678.0)), "13912345678");
        assert_eq!(cell_text(&Data::Float(1.5)), "1.5");
        assert_eq!(excel_date(32939.0), "1990-03-07");
    }
}
