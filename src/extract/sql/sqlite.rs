//! SQLite (`sqlite3` shell `.dump`): strings with `''` doubling only, `X'..'` blobs,
//! identifiers bare, `"quoted"`, `` `quoted` `` or `[quoted]`, `INSERT OR REPLACE`, and the
//! `replace('a\nb','\n',char(10))` form `.dump` writes for strings with line breaks (one
//! cell, as written).

use super::{Dialect, Parser, SqlParser};

pub(super) const SQLITE: Dialect = Dialect {
    backslash_escapes: false,
    double_quote_strings: false,
    backticks: true,
    brackets: true,
    hash_comments: false,
    dash_needs_space: false,
    nested_comments: false,
    dollar_quotes: false,
    copy: false,
    delimiter: false,
    replace: true,
    fold_case: false,
    go_batches: false,
};

/// A parser for SQLite `.dump` output: `INSERT INTO t VALUES(...)` rows, columns from
/// `CREATE TABLE`.
pub fn sqlite_dump() -> Box<dyn Parser> {
    Box::new(SqlParser::new(SQLITE))
}

#[cfg(test)]
mod tests {
    use super::super::testutil::parse;
    use super::*;

    /// `sqlite3` 3.40 `.dump` of a small database.
    const DUMP: &str = r#"PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE users(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  phone TEXT,
  photo BLOB
);
INSERT INTO users VALUES(1,'张三','13812345678',X'89504e47');
INSERT INTO users VALUES(2,'O''Brien; DROP TABLE users;--',NULL,NULL);
INSERT INTO users VALUES(3,replace('line1\nline2),(','\n',char(10)),'',X'');
CREATE TABLE IF NOT EXISTS "order items"("id" INTEGER, "desc" TEXT, [qty] INT, `price` REAL, CONSTRAINT pk PRIMARY KEY("id"));
INSERT INTO "order items" VALUES(1,'a),(b;',2,9.99);
INSERT INTO "order items" VALUES(2,'多行
文本',-3,1.0e+10);
CREATE TABLE sqlite_sequence(name,seq);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('users',3);
CREATE INDEX idx_users_phone ON users(phone);
CREATE VIEW v AS SELECT name FROM users WHERE phone <> '';
CREATE TRIGGER trg AFTER INSERT ON users BEGIN INSERT INTO log VALUES(new.id); END;
COMMIT;
"#;

    #[test]
    fn sqlite_dump_rows() {
        let p = parse(sqlite_dump, DUMP.as_bytes());
        assert_eq!(p.warned(), Vec::<String>::new());
        assert_eq!(
            p.rows(),
            [
                "users.id#1 1",
                "users.name#1 '张三'",
                "users.phone#1 '13812345678'",
                "users.photo#1 X'89504e47'",
                "users.id#2 2",
                "users.name#2 'O''Brien; DROP TABLE users;--'",
                "users.phone#2 NULL (empty)",
                "users.photo#2 NULL (empty)",
                "users.id#3 3",
                r"users.name#3 replace('line1\nline2),(','\n',char(10))",
                "users.phone#3 '' (empty)",
                "users.photo#3 X'' (empty)",
                "order items.id#1 1",
                "order items.desc#1 'a),(b;'",
                "order items.qty#1 2",
                "order items.price#1 9.99",
                "order items.id#2 2",
                "order items.desc#2 '多行\n文本'",
                "order items.qty#2 -3",
                "order items.price#2 1.0e+10",
                "sqlite_sequence.name#1 'users'",
                "sqlite_sequence.seq#1 3",
            ]
        );
    }

    #[test]
    fn backslashes_are_plain_in_sqlite() {
        let input = "CREATE TABLE t(a, b);\nINSERT OR REPLACE INTO t VALUES('C:\\dir\\','x');\n";
        let p = parse(sqlite_dump, input.as_bytes());
        assert_eq!(p.rows(), ["t.a#1 'C:\\dir\\'", "t.b#1 'x'"]);
    }

    #[test]
    fn unterminated_bracket_identifier() {
        let p = parse(sqlite_dump, b"CREATE TABLE [t(a);");
        assert_eq!(p.warned(), ["13: unterminated quoted identifier"]);
    }
}
