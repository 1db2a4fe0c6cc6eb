//! Writes a seeded synthetic database dump of about `SIZE_MB` MiB for the dump benchmark
//! (`benches/dumps.sh`), in the exact layout of the real tools' output
//! (`tests/data/dumps/mysql.sql`, `tests/data/dumps/pg.sql`).
//!
//! ```text
//! cargo run --release --example gen_dump -- mysql|mysql1|pg|csv SIZE_MB OUT
//! ```
//!
//! - `mysql`: MariaDB 10.11 `mysqldump` (defaults): extended `INSERT`s with one row per
//!   line after `INSERT INTO \`t\` VALUES`;
//! - `mysql1`: Oracle MySQL 8.0 `mysqldump` (defaults): each extended `INSERT` on one
//!   line of about 1 MiB;
//! - `pg`: PostgreSQL 15 `pg_dump` plain format: one `COPY ... FROM stdin;` block per
//!   table, tab-separated, `\N` for `NULL`;
//! - `csv`: the `users` table alone as an RFC 4180 export (a header line, `\r\n` line
//!   ends, fields quoted only when they hold a comma, quote or line break, an empty field
//!   for `NULL`), filling all of `SIZE_MB`.
//!
//! Both `mysqldump`s start a new `INSERT` statement before a row would take it past
//! `net_buffer_length` (1 046 528 bytes, their default), as the real tools do.
//!
//! Two tables, in the order the tools write them (by name): `orders` (order numbers that
//! look like IDs or cards but are not, user ids, SKUs, amounts, the last four digits of a
//! card, a card number in 30 % of the rows, 13-digit ms timestamps, tracking numbers) and
//! `users` (names, resident ID numbers, mobiles, e-mails, birthdays, addresses, 13-digit
//! ms timestamps). Each fills about half of the bytes: `orders` up to `SIZE_MB / 2`, then
//! `users` up to `SIZE_MB`. ID numbers, mobiles, e-mail local parts and cards come from
//! [`piiscan_testdata::synth::Synth`]; names and addresses are made as in `examples/gen_tables.rs`.
//! Every personal value is checked with `piiscan::validate` (and against the well-known
//! test values, which a scan does not count); every non-personal value of `orders` passes
//! no validator at all.
//!
//! The dump is streamed to `OUT` (memory does not grow with `SIZE_MB`). What was planted
//! (rows and bytes per table; per `table.column` the count of non-`NULL` personal values
//! by category, and the minors among ID numbers and birthdays) is written as JSON to
//! `OUT.planted.json` and to standard error. The output is the same on every run: one
//! fixed seed (`GEN_DUMP_SEED` overrides it).

#[path = "common/people.rs"]
mod people;

use people::{Names, DOMAINS, PLACES};

use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use jiff::civil::Date;
use piiscan::detect::facts::is_minor;
use piiscan::detect::Catalog;
use piiscan::validate::{bank_card, cn_mobile, date, email, gb11643, Env, ValidateFn};
use piiscan_testdata::synth::Synth;
use serde_json::json;

/// The default seed.
const SEED: u64 = 0x6475_6d70_3130_3030;

/// `mysqldump`'s default `net_buffer_length`: a new `INSERT` starts before a statement
/// would grow past it.
const NET_BUFFER_LENGTH: usize = 1_046_528;

/// Which tool's layout.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// MariaDB `mysqldump`: one row per line.
    MariaDb,
    /// Oracle MySQL `mysqldump`: one statement per line.
    MySql,
    /// `pg_dump`: COPY blocks.
    Pg,
    /// A CSV export of one table.
    Csv,
}

/// How a value is written in an `INSERT`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Num,
    Text,
}

/// A column: name, MariaDB type, MySQL 8 type, PostgreSQL type, how it is written, and
/// the category its non-`NULL` values hold (`None`: no personal data).
struct Column {
    name: &'static str,
    maria: &'static str,
    mysql: &'static str,
    pg: &'static str,
    kind: Kind,
    category: Option<&'static str>,
}

const fn col(
    name: &'static str,
    maria: &'static str,
    mysql: &'static str,
    pg: &'static str,
    kind: Kind,
    category: Option<&'static str>,
) -> Column {
    Column { name, maria, mysql, pg, kind, category }
}

const ORDERS: &[Column] = &[
    col("order_id", "bigint(20) NOT NULL", "bigint NOT NULL", "bigint NOT NULL", Kind::Num, None),
    col("user_id", "int(11) NOT NULL", "int NOT NULL", "integer NOT NULL", Kind::Num, None),
    col(
        "sku",
        "varchar(32) NOT NULL",
        "varchar(32) NOT NULL",
        "character varying(32) NOT NULL",
        Kind::Text,
        None,
    ),
    col(
        "amount",
        "decimal(10,2) NOT NULL",
        "decimal(10,2) NOT NULL",
        "numeric(10,2) NOT NULL",
        Kind::Num,
        None,
    ),
    col(
        "card_last4",
        "char(4) DEFAULT NULL",
        "char(4) DEFAULT NULL",
        "character(4)",
        Kind::Text,
        None,
    ),
    col(
        "paid_card",
        "varchar(23) DEFAULT NULL",
        "varchar(23) DEFAULT NULL",
        "character varying(23)",
        Kind::Text,
        Some("bank_card"),
    ),
    col("ts_ms", "bigint(20) NOT NULL", "bigint NOT NULL", "bigint NOT NULL", Kind::Num, None),
    col(
        "tracking_no",
        "varchar(20) DEFAULT NULL",
        "varchar(20) DEFAULT NULL",
        "character varying(20)",
        Kind::Text,
        None,
    ),
];

const USERS: &[Column] = &[
    col("id", "int(11) NOT NULL", "int NOT NULL", "integer NOT NULL", Kind::Num, None),
    col(
        "real_name",
        "varchar(16) NOT NULL",
        "varchar(16) NOT NULL",
        "character varying(16) NOT NULL",
        Kind::Text,
        Some("person_name"),
    ),
    col(
        "id_card",
        "char(18) DEFAULT NULL",
        "char(18) DEFAULT NULL",
        "character(18)",
        Kind::Text,
        Some("cn_resident_id"),
    ),
    col(
        "mobile",
        "varchar(20) DEFAULT NULL",
        "varchar(20) DEFAULT NULL",
        "character varying(20)",
        Kind::Text,
        Some("cn_mobile"),
    ),
    col(
        "email",
        "varchar(64) DEFAULT NULL",
        "varchar(64) DEFAULT NULL",
        "character varying(64)",
        Kind::Text,
        Some("email"),
    ),
    col(
        "birthday",
        "date DEFAULT NULL",
        "date DEFAULT NULL",
        "date",
        Kind::Text,
        Some("date_of_birth"),
    ),
    col(
        "address",
        "varchar(128) DEFAULT NULL",
        "varchar(128) DEFAULT NULL",
        "character varying(128)",
        Kind::Text,
        Some("address"),
    ),
    col(
        "created_at_ms",
        "bigint(20) NOT NULL",
        "bigint NOT NULL",
        "bigint NOT NULL",
        Kind::Num,
        None,
    ),
];

/// The well-known test values of the embedded catalogue (`[test_values]` in
/// `patterns/*.toml`), letters and digits only, upper-cased: never planted.
fn test_values() -> Vec<String> {
    Catalog::embedded().test_values().values().flatten().map(|v| plain_digits(v)).collect()
}

/// The validators of the built-in detectors.
fn detector_validators() -> Vec<ValidateFn> {
    let catalog = Catalog::embedded();
    let mut names: Vec<&str> =
        catalog.detectors().iter().filter_map(|d| d.def.validator.as_deref()).collect();
    names.sort_unstable();
    names.dedup();
    names.into_iter().filter_map(piiscan::validate::lookup).collect()
}

/// Letters and digits only, upper-cased (how test values are compared).
fn plain_digits(value: &str) -> String {
    value.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect()
}

/// The values of the two tables.
struct Gen {
    rng: Synth,
    names: Names,
    env: Env,
    test_values: Vec<String>,
    /// The validators the detectors run on their matches (not the second checks of
    /// `low_unless`, such as the IBAN national check, which pass what they cannot judge).
    validators: Vec<ValidateFn>,
}

impl Gen {
    fn new(seed: u64) -> Gen {
        Gen {
            rng: Synth::new(seed),
            names: Names::new(),
            env: Env::now(),
            test_values: test_values(),
            validators: detector_validators(),
        }
    }

    fn digits(&mut self, n: usize) -> String {
        (0..n).map(|_| char::from(b'0' + self.rng.below(10) as u8)).collect()
    }

    fn date(&mut self, from: i16, to: i16) -> Date {
        loop {
            let y = self.rng.between(from as u64..=to as u64) as i16;
            let (m, d) = (self.rng.between(1..=12) as i8, self.rng.between(1..=31) as i8);
            if let Ok(date) = Date::new(y, m, d) {
                return date;
            }
        }
    }

    /// Whether `value` is a test value (a mobile's `+86` or `0086` prefix aside).
    fn is_test_value(&self, value: &str) -> bool {
        let d = plain_digits(value);
        let bare = d.strip_prefix("0086").or_else(|| d.strip_prefix("86")).unwrap_or(&d);
        self.test_values.iter().any(|t| *t == d || t == bare)
    }

    /// Whether no detector's validator accepts `value`, one of its digit runs, or (for a
    /// run of 13 digits or more) one of its prefixes of card length, and it holds no test
    /// value.
    fn non_pii(&self, value: &str) -> bool {
        let e = Env { today: jiff::civil::date(2100, 1, 1) };
        let mut pieces: Vec<&str> = vec![value];
        pieces.extend(value.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()));
        let mut prefixes = Vec::new();
        for p in &pieces {
            if p.len() >= 13 && p.bytes().all(|b| b.is_ascii_digit()) {
                prefixes.extend((13..p.len()).map(|n| &p[..n]));
            }
        }
        pieces.extend(prefixes);
        let plain = plain_digits(value);
        !pieces.iter().any(|p| self.validators.iter().any(|f| f(p.as_bytes(), &e)))
            && !self.test_values.iter().any(|t| plain.contains(t.as_str()))
    }

    /// A value from `make` that `valid` accepts and that is no test value.
    fn valid(&mut self, make: fn(&mut Synth) -> String, valid: fn(&[u8], &Env) -> bool) -> String {
        loop {
            let v = make(&mut self.rng);
            if !self.is_test_value(&v) {
                assert!(valid(v.as_bytes(), &self.env), "{v}");
                return v;
            }
        }
    }

    fn resident_id(&mut self) -> String {
        self.valid(Synth::resident_id, gb11643::validate_18)
    }

    fn mobile(&mut self) -> String {
        self.valid(Synth::mobile, cn_mobile::validate)
    }

    fn card(&mut self) -> String {
        self.valid(Synth::bank_card, bank_card::validate)
    }

    /// A `Synth` address's local part on an invented domain.
    fn email(&mut self) -> String {
        let synth = self.rng.email();
        let local = synth.split('@').next().expect("an address");
        let e = format!("{local}@{}", self.rng.pick(DOMAINS));
        assert!(email::validate(e.as_bytes(), &self.env), "{e}");
        e
    }

    fn name(&mut self) -> String {
        self.names.name(&mut self.rng, &self.env)
    }

    /// A street address down to the door.
    fn address(&mut self) -> String {
        let (_, prov, city, districts) = *self.rng.pick(PLACES);
        people::address(&mut self.rng, prov, city, districts[0])
    }

    fn ts_ms(&mut self) -> String {
        self.rng.between(1_650_000_000_000..=1_760_000_000_000).to_string()
    }

    /// An order number of 18 or 19 digits that is neither an ID nor a card: a
    /// snowflake-style id, an ID-shaped number with a wrong check digit, or a
    /// UnionPay-shaped 19-digit number failing Luhn.
    fn order_id(&mut self) -> String {
        loop {
            let s = match self.rng.below(3) {
                0 => format!("1{}{}", self.rng.between(7..=8), self.digits(17)),
                1 => {
                    let id = self.rng.resident_id();
                    let right = id.as_bytes()[17];
                    if right == b'X' || right == b'x' {
                        continue;
                    }
                    let wrong =
                        char::from(b'0' + ((right - b'0') + 1 + self.rng.below(8) as u8) % 10);
                    format!("{}{wrong}", &id[..17])
                }
                _ => format!("62{}", self.digits(17)),
            };
            if self.non_pii(&s) {
                return s;
            }
        }
    }

    fn tracking_no(&mut self) -> String {
        loop {
            let carrier = *self.rng.pick(&["SF", "YT", "JT", "ZTO"]);
            let t = format!("{carrier}{}", self.digits(13));
            if self.non_pii(&t) {
                return t;
            }
        }
    }

    /// One `orders` row (`users`: the number of users to refer to).
    fn order(&mut self, users: u64, row: &mut Vec<Option<String>>) {
        row.clear();
        let card = self.rng.chance(30).then(|| self.card());
        let last4 = card.as_ref().map(|c| c[c.len() - 4..].to_owned());
        let sku =
            format!("SKU-{}-{:06}", self.rng.between(2023..=2025), self.rng.between(1..=999_999));
        let cents = self.rng.between(100..=2_999_999);
        row.push(Some(self.order_id()));
        row.push(Some(self.rng.between(1..=users.max(1)).to_string()));
        row.push(Some(sku));
        row.push(Some(format!("{}.{:02}", cents / 100, cents % 100)));
        row.push(last4);
        row.push(card);
        row.push(Some(self.ts_ms()));
        row.push((!self.rng.chance(15)).then(|| self.tracking_no()));
    }

    /// One `users` row; also says whether its ID number and birthday show a minor.
    fn user(&mut self, id: u64, row: &mut Vec<Option<String>>) -> (bool, bool) {
        row.clear();
        let id_card = self.resident_id();
        let born = gb11643::birth_date(id_card.as_bytes()).expect("a valid ID has a date");
        let minor = is_minor(born, &self.env);
        let has_id = !self.rng.chance(12);
        let has_birthday = !self.rng.chance(10);
        let birthday = born.to_string();
        assert!(date::validate_birth_date(birthday.as_bytes(), &self.env), "{birthday}");
        let name = self.name();
        let mobile = (!self.rng.chance(8)).then(|| self.mobile());
        let mail = (!self.rng.chance(20)).then(|| self.email());
        let address = (!self.rng.chance(15)).then(|| self.address());
        row.push(Some(id.to_string()));
        row.push(Some(name));
        row.push(has_id.then_some(id_card));
        row.push(mobile);
        row.push(mail);
        row.push(has_birthday.then_some(birthday));
        row.push(address);
        row.push(Some(self.ts_ms()));
        (minor && has_id, minor && has_birthday)
    }

    /// A date within the last years, for the dump's trailer (fixed per seed).
    fn dump_time(&mut self) -> String {
        let d = self.date(2026, 2026);
        format!("{d} {:02}:{:02}:{:02}", self.rng.below(24), self.rng.below(60), self.rng.below(60))
    }
}

/// A writer that counts the bytes it writes.
struct Out {
    w: BufWriter<File>,
    bytes: u64,
}

impl Out {
    fn put(&mut self, s: &str) -> io::Result<()> {
        self.bytes += s.len() as u64;
        self.w.write_all(s.as_bytes())
    }
}

/// A string literal as `mysqldump` writes it.
fn my_literal(out: &mut String, v: &str) {
    out.push('\'');
    for c in v.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\0' => out.push_str("\\0"),
            c => out.push(c),
        }
    }
    out.push('\'');
}

/// A `COPY` text field as `pg_dump` writes it.
fn pg_field(out: &mut String, v: &str) {
    for c in v.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

/// A row as a CSV record (RFC 4180).
fn csv_line(out: &mut String, row: &[Option<String>]) {
    for (i, v) in row.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match v {
            Some(v) if v.contains([',', '"', '\r', '\n']) => {
                out.push('"');
                out.push_str(&v.replace('"', "\"\""));
                out.push('"');
            }
            Some(v) => out.push_str(v),
            None => {}
        }
    }
    out.push_str("\r\n");
}

/// `(v1,v2,...)` of a row, for an `INSERT`.
fn my_tuple(out: &mut String, columns: &[Column], row: &[Option<String>]) {
    out.push('(');
    for (i, (c, v)) in columns.iter().zip(row).enumerate() {
        if i > 0 {
            out.push(',');
        }
        match (v, c.kind) {
            (None, _) => out.push_str("NULL"),
            (Some(v), Kind::Num) => out.push_str(v),
            (Some(v), Kind::Text) => my_literal(out, v),
        }
    }
    out.push(')');
}

/// A row as a `COPY` line.
fn pg_line(out: &mut String, row: &[Option<String>]) {
    for (i, v) in row.iter().enumerate() {
        if i > 0 {
            out.push('\t');
        }
        match v {
            None => out.push_str("\\N"),
            Some(v) => pg_field(out, v),
        }
    }
    out.push('\n');
}

const MARIADB_HEAD: &str = "/*M!999999\\- enable the sandbox mode */ \n\
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: shop
-- ------------------------------------------------------
-- Server version\t10.11.19-MariaDB-0+deb12u1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;
";

const MYSQL_HEAD: &str = "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: shop
-- ------------------------------------------------------
-- Server version\t8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;
";

const MY_TAIL_MARIADB: &str = "/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

";

/// `pg_dump`'s `\restrict` key (random in the real tool, fixed here).
const PG_KEY: &str = "PiiscanBench0dumpKey7GzQ4wXn2Lr9TfVb5Hc8Jk3Md6Ps1Ue0Ya";

const PG_HEAD: &str = "--
-- PostgreSQL database dump
--

\\restrict RESTRICT_KEY

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

";

/// `CREATE TABLE` of a MySQL layout, with the comments and `SET`s around it.
fn my_create(layout: Layout, table: &str, columns: &[Column]) -> String {
    let mut s = format!(
        "\n--\n-- Table structure for table `{table}`\n--\n\n\
         DROP TABLE IF EXISTS `{table}`;\n\
         /*!40101 SET @saved_cs_client     = @@character_set_client */;\n"
    );
    let (cs, collate) = match layout {
        Layout::MariaDb => {
            ("/*!40101 SET character_set_client = utf8mb4 */;", "utf8mb4_unicode_ci")
        }
        _ => ("/*!50503 SET character_set_client = utf8mb4 */;", "utf8mb4_0900_ai_ci"),
    };
    let _ = writeln!(s, "{cs}\nCREATE TABLE `{table}` (");
    for c in columns {
        let ty = if layout == Layout::MariaDb { c.maria } else { c.mysql };
        let _ = writeln!(s, "  `{}` {ty},", c.name);
    }
    let _ = writeln!(
        s,
        "  PRIMARY KEY (`{}`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE={collate};\n\
         /*!40101 SET character_set_client = @saved_cs_client */;\n\n\
         --\n-- Dumping data for table `{table}`\n--\n\n\
         LOCK TABLES `{table}` WRITE;\n\
         /*!40000 ALTER TABLE `{table}` DISABLE KEYS */;",
        columns[0].name
    );
    s
}

fn pg_create(table: &str, columns: &[Column]) -> String {
    let mut s = format!(
        "--\n-- Name: {table}; Type: TABLE; Schema: public; Owner: postgres\n--\n\n\
         CREATE TABLE public.{table} (\n"
    );
    let cols: Vec<String> = columns.iter().map(|c| format!("    {} {}", c.name, c.pg)).collect();
    let _ = write!(
        s,
        "{}\n);\n\n\nALTER TABLE public.{table} OWNER TO postgres;\n\n",
        cols.join(",\n")
    );
    s
}

/// What was planted in one table.
#[derive(Default)]
struct Tally {
    rows: u64,
    bytes: u64,
    /// Non-`NULL` values per column.
    non_null: Vec<u64>,
    minors_id: u64,
    minors_birthday: u64,
}

/// Writes one table's data: rows until the file reaches `until` bytes.
fn write_rows(
    out: &mut Out,
    layout: Layout,
    table: &str,
    columns: &[Column],
    until: u64,
    mut next: impl FnMut(u64, &mut Vec<Option<String>>) -> (bool, bool),
) -> io::Result<Tally> {
    let mut t = Tally { non_null: vec![0; columns.len()], ..Tally::default() };
    let start = out.bytes;
    let mut row = Vec::with_capacity(columns.len());
    let mut line = String::new();
    let names: Vec<&str> = columns.iter().map(|c| c.name).collect();
    let insert = format!("INSERT INTO `{table}` VALUES ");
    // Bytes of the current INSERT statement (MySQL layouts); 0: none open.
    let mut stmt = 0usize;
    if layout == Layout::Pg {
        out.put(&format!(
            "--\n-- Data for Name: {table}; Type: TABLE DATA; Schema: public; Owner: postgres\n\
             --\n\nCOPY public.{table} ({}) FROM stdin;\n",
            names.join(", ")
        ))?;
    }
    if layout == Layout::Csv {
        out.put(&format!("{}\r\n", names.join(",")))?;
    }
    while out.bytes < until {
        t.rows += 1;
        let (mi, mb) = next(t.rows, &mut row);
        t.minors_id += u64::from(mi);
        t.minors_birthday += u64::from(mb);
        for (n, v) in t.non_null.iter_mut().zip(&row) {
            *n += u64::from(v.is_some());
        }
        line.clear();
        match layout {
            Layout::Pg => pg_line(&mut line, &row),
            Layout::Csv => csv_line(&mut line, &row),
            Layout::MariaDb | Layout::MySql => {
                let mut tuple = String::new();
                my_tuple(&mut tuple, columns, &row);
                let sep_len = if layout == Layout::MariaDb { 2 } else { 1 };
                if stmt > 0 && stmt + sep_len + tuple.len() + 2 > NET_BUFFER_LENGTH {
                    line.push_str(";\n");
                    stmt = 0;
                }
                if stmt == 0 {
                    line.push_str(if layout == Layout::MariaDb {
                        insert.trim_end()
                    } else {
                        &insert
                    });
                    if layout == Layout::MariaDb {
                        line.push('\n');
                    }
                    stmt = insert.len();
                } else {
                    line.push_str(if layout == Layout::MariaDb { ",\n" } else { "," });
                }
                stmt += sep_len + tuple.len();
                line.push_str(&tuple);
            }
        }
        out.put(&line)?;
    }
    match layout {
        Layout::Pg => out.put("\\.\n\n\n")?,
        Layout::Csv => {}
        _ => {
            if stmt > 0 {
                out.put(";\n")?;
            }
            out.put(&format!("/*!40000 ALTER TABLE `{table}` ENABLE KEYS */;\nUNLOCK TABLES;\n"))?;
        }
    }
    t.bytes = out.bytes - start;
    Ok(t)
}

fn run() -> Result<(), String> {
    let usage = "usage: gen_dump mysql|mysql1|pg|csv SIZE_MB OUT";
    let mut args = std::env::args().skip(1);
    let layout = match args.next().as_deref() {
        Some("mysql") => Layout::MariaDb,
        Some("mysql1") => Layout::MySql,
        Some("pg") => Layout::Pg,
        Some("csv") => Layout::Csv,
        _ => return Err(usage.into()),
    };
    let kind = std::env::args().nth(1).expect("checked");
    let size_mb: u64 = args.next().ok_or(usage)?.parse().map_err(|_| usage.to_string())?;
    let path = args.next().ok_or(usage)?;
    let seed = match std::env::var("GEN_DUMP_SEED") {
        Ok(s) => s.parse().map_err(|_| format!("GEN_DUMP_SEED: not a number: {s}"))?,
        Err(_) => SEED,
    };
    let target = size_mb << 20;
    let file = File::create(&path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Out { w: BufWriter::with_capacity(1 << 20, file), bytes: 0 };
    let err = |e: io::Error| format!("{path}: {e}");

    let mut g = Gen::new(seed);
    let dump_time = g.dump_time();
    let mut orders_gen = Gen::new(seed ^ 0x6f72_6465_7273);
    let mut users_gen = Gen::new(seed ^ 0x0075_7365_7273);
    // Orders refer to about as many users as the users table will hold.
    let expected_users = (target / 2 / 175).max(1);

    let (orders, users) = match layout {
        Layout::Csv => {
            let users = write_rows(&mut out, layout, "users", USERS, target, |id, row| {
                users_gen.user(id, row)
            })
            .map_err(err)?;
            (Tally { non_null: vec![0; ORDERS.len()], ..Tally::default() }, users)
        }
        Layout::MariaDb | Layout::MySql => {
            out.put(if layout == Layout::MariaDb { MARIADB_HEAD } else { MYSQL_HEAD })
                .map_err(err)?;
            out.put(&my_create(layout, "orders", ORDERS)).map_err(err)?;
            let orders = write_rows(&mut out, layout, "orders", ORDERS, target / 2, |_, row| {
                orders_gen.order(expected_users, row);
                (false, false)
            })
            .map_err(err)?;
            out.put(&my_create(layout, "users", USERS)).map_err(err)?;
            let tail = MY_TAIL_MARIADB.len() as u64 + 48;
            let users = write_rows(
                &mut out,
                layout,
                "users",
                USERS,
                target.saturating_sub(tail),
                |id, row| users_gen.user(id, row),
            )
            .map_err(err)?;
            out.put(MY_TAIL_MARIADB).map_err(err)?;
            out.put(&format!("-- Dump completed on {dump_time}\n")).map_err(err)?;
            (orders, users)
        }
        Layout::Pg => {
            out.put(&PG_HEAD.replace("RESTRICT_KEY", PG_KEY)).map_err(err)?;
            out.put(&pg_create("orders", ORDERS)).map_err(err)?;
            out.put(&pg_create("users", USERS)).map_err(err)?;
            let orders = write_rows(&mut out, layout, "orders", ORDERS, target / 2, |_, row| {
                orders_gen.order(expected_users, row);
                (false, false)
            })
            .map_err(err)?;
            let users = write_rows(
                &mut out,
                layout,
                "users",
                USERS,
                target.saturating_sub(600),
                |id, row| users_gen.user(id, row),
            )
            .map_err(err)?;
            for (table, pk) in [("orders", "order_id"), ("users", "id")] {
                out.put(&format!(
                    "--\n-- Name: {table} {table}_pkey; Type: CONSTRAINT; Schema: public; \
                     Owner: postgres\n--\n\nALTER TABLE ONLY public.{table}\n    \
                     ADD CONSTRAINT {table}_pkey PRIMARY KEY ({pk});\n\n\n"
                ))
                .map_err(err)?;
            }
            out.put(&format!(
                "--\n-- PostgreSQL database dump complete\n--\n\n\\unrestrict {PG_KEY}\n\n"
            ))
            .map_err(err)?;
            (orders, users)
        }
    };
    out.w.flush().map_err(err)?;

    let mut columns = serde_json::Map::new();
    let mut minors = serde_json::Map::new();
    for (table, cols, t) in [("orders", ORDERS, &orders), ("users", USERS, &users)] {
        for (c, n) in cols.iter().zip(&t.non_null) {
            if let Some(cat) = c.category {
                columns.insert(format!("{table}.{}", c.name), json!({ cat: n }));
            }
        }
    }
    minors.insert("users.id_card".into(), json!(users.minors_id));
    minors.insert("users.birthday".into(), json!(users.minors_birthday));
    let planted = json!({
        "kind": kind,
        "size_mb": size_mb,
        "seed": seed,
        "bytes": out.bytes,
        "tables": {
            "orders": { "rows": orders.rows, "bytes": orders.bytes },
            "users": { "rows": users.rows, "bytes": users.bytes },
        },
        "columns": columns,
        "minors": minors,
    });
    let text = serde_json::to_string_pretty(&planted).expect("JSON") + "\n";
    let side = format!("{path}.planted.json");
    std::fs::write(&side, &text).map_err(|e| format!("{side}: {e}"))?;
    eprint!("{text}");
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_dump: {e}");
            ExitCode::from(2)
        }
    }
}
