//! Which SQL a file is: a dump tool's output or a script of another dialect, from its
//! first 64 KiB.

use memchr::memmem;

use super::super::Kind;

/// Dump tools' headers are looked for in this much of the head.
const HEADER_LEN: usize = 1024;

/// Dialect marks and statements are looked for in this much: scripts as people publish
/// them open with licence headers and comments of several KiB, and a schema of views or
/// routines before the first `CREATE TABLE`.
const SNIFF_LEN: usize = 64 << 10;

fn has(head: &[u8], needle: &str) -> bool {
    memmem::find(head, needle.as_bytes()).is_some()
}

/// Whether a line of `head` starts (after blanks) with `words`, ASCII case ignored, and
/// the byte after them is no part of a name.
fn line_starts_with(head: &[u8], words: &[u8]) -> bool {
    head.split(|&b| b == b'\n').any(|line| {
        let at = line.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(line.len());
        let line = &line[at..];
        line.len() > words.len()
            && line[..words.len()].eq_ignore_ascii_case(words)
            && !(line[words.len()].is_ascii_alphanumeric() || line[words.len()] == b'_')
    })
}

/// The kind of SQL whose first bytes are `head` (only the first 64 KiB are read), or
/// `None` if it does not look like SQL that creates or fills tables.
///
/// Headers in the first KiB decide first (`-- MySQL dump`, `-- MariaDB dump`,
/// `-- PostgreSQL database dump`, SQLite's leading `PRAGMA foreign_keys=OFF;`); then
/// dialect marks: MySQL conditional comments (`/*!40101`, MariaDB's `/*M!`), backquoted
/// `CREATE TABLE` / `INSERT INTO` / `LOCK TABLES`, a line `DELIMITER`, `ENGINE=`;
/// PostgreSQL `COPY ... FROM stdin;`, `SET search_path`, `pg_catalog.set_config`, `SET
/// standard_conforming_strings`, `$$` function bodies; SQLite's leading `BEGIN
/// TRANSACTION;` followed by `CREATE TABLE` or `INSERT INTO`. Last, a line that starts
/// with `CREATE TABLE` or `INSERT` (any case) makes it a [`Kind::SqlScript`]: SQL Server,
/// Oracle, Db2 or hand-written scripts; MySQL's if a quote is escaped with a backslash
/// (`\'`).
///
/// ```
/// use piiscan::extract::{sql, Kind};
///
/// assert_eq!(sql::sniff(b"-- MySQL dump 10.13  Distrib 8.0.36\n"), Some(Kind::Mysql));
/// assert_eq!(sql::sniff(b"PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"), Some(Kind::SqliteDump));
/// assert_eq!(sql::sniff(b"id,name\n1,Alice\n"), None);
/// let script = b"/* licence */\nINSERT INTO [dbo].[t] ([a]) VALUES (N'x');\nGO\n";
/// assert_eq!(sql::sniff(script), Some(Kind::SqlScript));
/// ```
pub fn sniff(head: &[u8]) -> Option<Kind> {
    let head = &head[..head.len().min(SNIFF_LEN)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let first = match head.iter().position(|b| !b.is_ascii_whitespace()) {
        Some(i) => &head[i..],
        None => return None,
    };
    let top = &head[..head.len().min(HEADER_LEN)];
    if has(top, "-- MySQL dump") || has(top, "-- MariaDB dump") {
        return Some(Kind::Mysql);
    }
    if has(top, "-- PostgreSQL database dump") {
        return Some(Kind::Postgres);
    }
    if first.starts_with(b"PRAGMA foreign_keys=OFF;") {
        return Some(Kind::SqliteDump);
    }
    let backquoted = ["CREATE TABLE `", "INSERT INTO `", "LOCK TABLES `", "REPLACE INTO `"];
    if has(head, "/*!40")
        || has(head, "/*!50")
        || has(head, "/*M!")
        || has(head, "ENGINE=")
        || backquoted.iter().any(|m| has(head, m))
        || line_starts_with(head, b"DELIMITER")
    {
        return Some(Kind::Mysql);
    }
    let copy = has(head, "COPY ") && has(head, " FROM stdin;");
    let pg = [
        "SET search_path",
        "pg_catalog.set_config",
        "SET standard_conforming_strings",
        "$$",
        "LANGUAGE plpgsql",
    ];
    if copy || pg.iter().any(|m| has(head, m)) {
        return Some(Kind::Postgres);
    }
    if first.starts_with(b"BEGIN TRANSACTION;")
        && (has(head, "CREATE TABLE") || has(head, "INSERT INTO"))
    {
        return Some(Kind::SqliteDump);
    }
    if line_starts_with(head, b"CREATE TABLE") || line_starts_with(head, b"INSERT") {
        // `'O\'Brien'`: only MySQL escapes a quote with a backslash by default.
        return Some(if has(head, "\\'") { Kind::Mysql } else { Kind::SqlScript });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_dumps_apart() {
        let cases: [(&str, Option<Kind>); 19] = [
            ("-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n", Some(Kind::Mysql)),
            (
                "/*M!999999\\- enable the sandbox mode */ \n-- MariaDB dump 10.19-10.11.8-MariaDB\n",
                Some(Kind::Mysql),
            ),
            ("/*!40101 SET NAMES utf8mb4 */;\nINSERT INTO t VALUES (1);\n", Some(Kind::Mysql)),
            ("DROP TABLE IF EXISTS `t`;\nCREATE TABLE `t` (\n  `id` int\n);\n", Some(Kind::Mysql)),
            ("--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\n", Some(Kind::Postgres)),
            ("COPY public.t (id, name) FROM stdin;\n1\tx\n\\.\n", Some(Kind::Postgres)),
            ("SET search_path = public, pg_catalog;\nCREATE TABLE t (id int);\n", Some(Kind::Postgres)),
            ("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCOMMIT;\n", Some(Kind::SqliteDump)),
            (
                "BEGIN TRANSACTION;\nCREATE TABLE \"t\"(a TEXT);\nINSERT INTO t VALUES('x');\n",
                Some(Kind::SqliteDump),
            ),
            ("BEGIN TRANSACTION;\nUPDATE t SET a = 1;\n", None),
            // Scripts as their authors publish them (Sakila, Chinook): MySQL's without a
            // backquote, SQL Server's, Oracle's and PostgreSQL's without a dialect mark.
            ("CREATE TABLE actor (\n  actor_id INT\n)ENGINE=InnoDB DEFAULT CHARSET=utf8;\n", Some(Kind::Mysql)),
            ("DELIMITER ;;\nCREATE TRIGGER t AFTER INSERT ON f FOR EACH ROW BEGIN\n", Some(Kind::Mysql)),
            ("USE [Chinook];\nGO\nCREATE TABLE [dbo].[Album]\n(\n", Some(Kind::SqlScript)),
            ("\\c chinook;\n\ncreate table genre (genre_id int);\n", Some(Kind::SqlScript)),
            ("-- inserting rows\nSELECT 1;\nINSERTED = 2\n", None),
            // A migration of PostgreSQL functions; hand-written MySQL rows.
            ("CREATE TABLE t (a int);\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$;\n", Some(Kind::Postgres)),
            ("INSERT INTO t VALUES ('O\\'Brien');\n", Some(Kind::Mysql)),
            ("name,phone\nAlice,13812345678\n", None),
            ("", None),
        ];
        for (head, want) in cases {
            assert_eq!(sniff(head.as_bytes()), want, "{head}");
        }
    }

    #[test]
    fn reads_headers_in_the_first_kib_and_statements_in_64_kib() {
        let mut head = vec![b'x'; HEADER_LEN];
        head.extend_from_slice(b"\n-- MySQL dump 10.13\n");
        assert_eq!(sniff(&head), None);
        // A licence header of 40 KiB before the first statement.
        let mut script = b"/*\n".to_vec();
        script.extend(b" * Redistribution and use in source and binary forms.\n".repeat(800));
        script.extend_from_slice(b"*/\nCREATE TABLE Customer (FirstName VARCHAR(40));\n");
        assert_eq!(sniff(&script), Some(Kind::SqlScript));
        let mut late = vec![b'\n'; SNIFF_LEN];
        late.extend_from_slice(b"CREATE TABLE t (a int);\n");
        assert_eq!(sniff(&late), None);
        let with_bom = b"\xEF\xBB\xBFPRAGMA foreign_keys=OFF;\n";
        assert_eq!(sniff(with_bom), Some(Kind::SqliteDump));
    }
}
