//! Which SQL dump a file is, from its first KiB.

use memchr::memmem;

use super::super::Kind;

/// How much of the head is looked at.
const SNIFF_LEN: usize = 1024;

fn has(head: &[u8], needle: &str) -> bool {
    memmem::find(head, needle.as_bytes()).is_some()
}

/// The kind of SQL dump whose first bytes are `head` (only the first KiB is read), or
/// `None` if it does not look like a dump.
///
/// Headers decide first (`-- MySQL dump`, `-- MariaDB dump`, `-- PostgreSQL database
/// dump`, SQLite's leading `PRAGMA foreign_keys=OFF;`); then dialect marks: MySQL
/// conditional comments (`/*!40101`, MariaDB's `/*M!`) or backquoted `CREATE TABLE` /
/// `INSERT INTO` / `LOCK TABLES`; PostgreSQL `COPY ... FROM stdin;`, `SET search_path`,
/// `pg_catalog.set_config`, `SET standard_conforming_strings`; and SQLite's leading
/// `BEGIN TRANSACTION;` followed by `CREATE TABLE` or `INSERT INTO`.
///
/// ```
/// use piiscan::extract::{sql, Kind};
///
/// assert_eq!(sql::sniff(b"-- MySQL dump 10.13  Distrib 8.0.36\n"), Some(Kind::Mysql));
/// assert_eq!(sql::sniff(b"PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"), Some(Kind::SqliteDump));
/// assert_eq!(sql::sniff(b"id,name\n1,Alice\n"), None);
/// ```
pub fn sniff(head: &[u8]) -> Option<Kind> {
    let head = &head[..head.len().min(SNIFF_LEN)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let first = match head.iter().position(|b| !b.is_ascii_whitespace()) {
        Some(i) => &head[i..],
        None => return None,
    };
    if has(head, "-- MySQL dump") || has(head, "-- MariaDB dump") {
        return Some(Kind::Mysql);
    }
    if has(head, "-- PostgreSQL database dump") {
        return Some(Kind::Postgres);
    }
    if first.starts_with(b"PRAGMA foreign_keys=OFF;") {
        return Some(Kind::SqliteDump);
    }
    let backquoted = ["CREATE TABLE `", "INSERT INTO `", "LOCK TABLES `", "REPLACE INTO `"];
    if has(head, "/*!40")
        || has(head, "/*!50")
        || has(head, "/*M!")
        || backquoted.iter().any(|m| has(head, m))
    {
        return Some(Kind::Mysql);
    }
    let copy = has(head, "COPY ") && has(head, " FROM stdin;");
    let pg = ["SET search_path", "pg_catalog.set_config", "SET standard_conforming_strings"];
    if copy || pg.iter().any(|m| has(head, m)) {
        return Some(Kind::Postgres);
    }
    if first.starts_with(b"BEGIN TRANSACTION;")
        && (has(head, "CREATE TABLE") || has(head, "INSERT INTO"))
    {
        return Some(Kind::SqliteDump);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_dumps_apart() {
        let cases: [(&str, Option<Kind>); 12] = [
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
            ("name,phone\nAlice,13812345678\n", None),
            ("", None),
        ];
        for (head, want) in cases {
            assert_eq!(sniff(head.as_bytes()), want, "{head}");
        }
    }

    #[test]
    fn reads_only_the_first_kib() {
        let mut head = vec![b'x'; SNIFF_LEN];
        head.extend_from_slice(b"\n-- MySQL dump 10.13\n");
        assert_eq!(sniff(&head), None);
        let with_bom = b"\xEF\xBB\xBFPRAGMA foreign_keys=OFF;\n";
        assert_eq!(sniff(with_bom), Some(Kind::SqliteDump));
    }
}
