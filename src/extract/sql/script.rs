//! SQL scripts of no dump tool, as people write and publish them: SQL Server's (`GO`
//! batches, `[dbo].[Customer]`, `N'...'` strings, `INSERT` without `INTO` and without `;`),
//! Oracle's and Db2's (`"Quoted"` or unquoted names kept as written), and schema or data
//! files of any dialect without a dump tool's marks. Strings take `''` doubling only;
//! identifiers may be bare, `"quoted"`, `[bracketed]` or `` `backquoted` ``.

use super::sqlite::SQLITE;
use super::{Dialect, Parser, SqlParser};

/// SQLite's lexical rules (which accept every identifier quote), with `GO` batches.
pub(super) const SCRIPT: Dialect = Dialect { go_batches: true, ..SQLITE };

/// A parser for SQL scripts: `INSERT` `VALUES` tuples, columns from the `INSERT`'s column
/// list or the file's `CREATE TABLE`.
pub fn script() -> Box<dyn Parser> {
    Box::new(SqlParser::new(SCRIPT))
}

#[cfg(test)]
mod tests {
    use super::super::testutil::parse;
    use super::*;

    /// The shape of Chinook's `Chinook_SqlServer.sql`: a licence header, a batch that
    /// drops the database, `GO` after each statement, multi-row `INSERT`s with column
    /// lists and `N'...'` strings.
    const SQL_SERVER: &str = "
/*******************************************************************************
   Script: Shop_SqlServer.sql
   License: MIT
********************************************************************************/
IF EXISTS (SELECT name FROM master.dbo.sysdatabases WHERE name = N'Shop')
BEGIN
\tALTER DATABASE [Shop] SET OFFLINE WITH ROLLBACK IMMEDIATE;
\tDROP DATABASE [Shop];
END

GO
USE [Shop];
GO
CREATE TABLE [dbo].[Customer]
(
    [CustomerId] INT NOT NULL,
    [FirstName] NVARCHAR(40) NOT NULL,
    [Phone] NVARCHAR(24),
    CONSTRAINT [PK_Customer] PRIMARY KEY CLUSTERED ([CustomerId])
);
GO
INSERT INTO [dbo].[Customer] ([CustomerId], [FirstName], [Phone]) VALUES
    (1, N'Zoë', N'+49 030 1234567'),
    (2, N'O''Neil', NULL);
";

    #[test]
    fn sql_server_script_rows() {
        let p = parse(script, SQL_SERVER.as_bytes());
        assert_eq!(p.warned(), Vec::<String>::new());
        assert_eq!(
            p.rows(),
            [
                "Customer.CustomerId#1 1",
                "Customer.FirstName#1 N'Zoë'",
                "Customer.Phone#1 N'+49 030 1234567'",
                "Customer.CustomerId#2 2",
                "Customer.FirstName#2 N'O''Neil'",
                "Customer.Phone#2 NULL (empty)",
            ]
        );
    }

    #[test]
    fn go_and_a_next_insert_end_statements_without_a_semicolon() {
        // SQL Server Management Studio's generated scripts: `INSERT [dbo].[t]` without
        // `INTO`, no `;`, a `GO` between batches or none at all.
        let input = "CREATE TABLE [dbo].[t] ([a] int, [b] nvarchar(9))\nGO\n\
                     INSERT [dbo].[t] ([a], [b]) VALUES (1, N'x')\n\
                     INSERT [dbo].[t] ([a], [b]) VALUES (2, N'y')\nGO\n\
                     CREATE TABLE [dbo].[u] ([c] int)\ngo\nINSERT INTO u VALUES (3)\n";
        let p = parse(script, input.as_bytes());
        assert_eq!(p.warned(), Vec::<String>::new());
        assert_eq!(p.rows(), ["t.a#1 1", "t.b#1 N'x'", "t.a#2 2", "t.b#2 N'y'", "u.c#1 3"]);
    }

    #[test]
    fn unquoted_and_lower_case_ddl_and_quoted_names_are_kept_as_written() {
        // Oracle's and PostgreSQL's Chinook scripts (unquoted), Db2's ("quoted").
        let input = "create table customer\n(\n    first_name VARCHAR2(40) NOT NULL,\n    \
                     CONSTRAINT customer_pkey PRIMARY KEY (first_name)\n);\n\
                     CREATE TABLE \"Album\" (\"Title\" VARCHAR(160));\n\
                     insert into customer values ('Ann');\n\
                     INSERT INTO \"Album\" (\"Title\") VALUES\n    (N'Let There Be Rock');\n";
        let p = parse(script, input.as_bytes());
        assert_eq!(p.warned(), Vec::<String>::new());
        assert_eq!(p.rows(), ["customer.first_name#1 'Ann'", "Album.Title#1 N'Let There Be Rock'"]);
    }

    #[test]
    fn rows_of_a_table_whose_create_table_is_elsewhere_are_named_by_position() {
        // A data file beside its schema file: with a column list the names are known,
        // without one the values still belong to their table, and the file says so.
        let input = "INSERT INTO actor (actor_id, first_name) VALUES (1, 'PENELOPE');\n\
                     INSERT INTO city VALUES (1, 'A Corua (La Corua)', 87);\n\
                     INSERT INTO city VALUES (2, 'Abha', 82);\n";
        let p = parse(script, input.as_bytes());
        assert_eq!(
            p.rows(),
            [
                "actor.actor_id#1 1",
                "actor.first_name#1 'PENELOPE'",
                "city.col_1#1 1",
                "city.col_2#1 'A Corua (La Corua)'",
                "city.col_3#1 87",
                "city.col_1#2 2",
                "city.col_2#2 'Abha'",
                "city.col_3#2 82",
            ]
        );
        assert_eq!(p.warnings.len(), 1, "{:?}", p.warned());
        assert!(p.warned()[0].contains("columns of table city unknown"), "{:?}", p.warned());
    }
}
