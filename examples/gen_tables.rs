//! Writes the seeded synthetic tables behind the database-dump fixtures
//! (`tests/data/dumps/`, made by `scripts/make-dump-fixtures.sh`).
//!
//! ```text
//! cargo run --example gen_tables -- OUTDIR
//! ```
//!
//! Writes to `OUTDIR`:
//!
//! - `load_pg.sql`, `load_mysql.sql`, `load_sqlite.sql`: `CREATE TABLE` and one `INSERT`
//!   per row, in each dialect, for loading into a throwaway server;
//! - `users.jsonl`: the `users` table as JSON Lines (`null` for SQL `NULL`);
//! - `expected.json`: for every table and column, what it holds and exactly how many
//!   non-`NULL` values of each category were planted.
//!
//! Tables: `users` (names, resident IDs with minors and lowercase `x` check characters,
//! mobiles, e-mails, birthdays, addresses, 13-digit ms timestamps), `orders` (18-19 digit
//! order numbers that look like IDs or cards but are not, SKUs, amounts, card numbers,
//! tracking numbers), `address_book` (names, mobiles and landlines, addresses, free-text
//! notes with quotes, semicolons, newlines, backslashes and `),(`), `face_features` (a
//! 128-number JSON embedding and a small random `BLOB`).
//!
//! Every personal value is made valid on purpose and checked with `piiscan::validate`;
//! every value of a non-PII column is checked to pass no validator at all (whole, and each
//! run of digits). The output is the same on every run: one fixed seed.

#[path = "common/people.rs"]
mod people;

use people::{Names, DOMAINS, PLACES};

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::ExitCode;

use jiff::civil::Date;
use piiscan::validate::{bank_card, cn_landline, cn_mobile, date, email, gb11643, Env, VALIDATORS};
use piiscan_testdata::synth::Synth;
use serde_json::{json, Value as Json};

/// The one seed.
const SEED: u64 = 0x5049_4953_4341_4e31;

/// Rows per table.
const USERS: u64 = 48;
const ORDERS: u64 = 60;
const CONTACTS: u64 = 52;
const FACES: u64 = 40;

/// Minors are born in these years, so they stay under 14 until 2030.
const MINOR_YEARS: (i16, i16) = (2016, 2023);

const SYLLABLES: &[&str] = &[
    "an", "bo", "chen", "dong", "fang", "gang", "hui", "jing", "kai", "lan", "ming", "ning",
    "qing", "rui", "shan", "tao", "wei", "xin", "yan", "zhi", "zhou", "liu",
];

/// Well-known test values (`patterns/test_values.toml`) never planted.
const TEST_VALUES: &[&str] = &[
    "13800138000",
    "13800000000",
    "13888888888",
    "13000000000",
    "4111111111111111",
    "4242424242424242",
    "4012888888881881",
    "5555555555554444",
    "5105105105105100",
    "2223003122003222",
    "6200000000000005",
];

/// Free-text notes with no personal data; several are hard for a SQL tokenizer.
const PLAIN_NOTES: &[&str] = &[
    "周末送货前请先确认",
    "老客户，优先处理",
    "It's fine; he said \"call back later\"",
    "多行备注：\n第一行\n第二行",
    "values),('x','y'),(",
    "'; DROP TABLE users; --",
    "path C:\\Users\\backup\\new_folder\\",
    "tab\tseparated\tfields",
    "单引号'和双引号\"都在；分号;也在",
    "line one\r\nline two",
];

/// A cell: `None` for SQL `NULL`, else its text and category (`None`: no personal data;
/// `"note"`: free text, whose planted values [`note_categories`] counts).
type Cell = Option<(String, Option<&'static str>)>;

/// A SQL column: name, type per dialect (PostgreSQL, MySQL, SQLite) and how its values
/// are written.
struct Column {
    name: &'static str,
    pg: &'static str,
    my: &'static str,
    lite: &'static str,
    kind: Kind,
}

/// How a cell is written in SQL.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A number, written bare.
    Num,
    /// Text (and dates), written quoted.
    Text,
    /// Bytes, the cell holds hex.
    Blob,
}

struct Table {
    name: &'static str,
    columns: Vec<Column>,
    rows: Vec<Vec<Cell>>,
}

const fn col(
    name: &'static str,
    pg: &'static str,
    my: &'static str,
    lite: &'static str,
    kind: Kind,
) -> Column {
    Column { name, pg, my, lite, kind }
}

fn env() -> Env {
    Env { today: jiff::civil::date(2025, 6, 1) }
}

struct Gen {
    rng: Synth,
}

impl Gen {
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

    /// A valid 18-char resident ID for someone born on `born`; with `lower_x`, one whose
    /// check character is `X`, written `x`.
    fn resident_id(&mut self, born: Date, lower_x: bool) -> (String, usize) {
        loop {
            let place = self.rng.below(PLACES.len() as u64) as usize;
            let seq = self.rng.between(1..=999);
            let body = format!(
                "{}{:04}{:02}{:02}{seq:03}",
                PLACES[place].0,
                born.year(),
                born.month(),
                born.day()
            );
            let check = gb11643::check_char(body.as_bytes().try_into().expect("17 digits"));
            let id = match (lower_x, check) {
                (true, b'X') => format!("{body}x"),
                (false, c) if c != b'X' || self.rng.chance(50) => format!("{body}{}", c as char),
                _ => continue,
            };
            assert!(gb11643::validate_18(id.as_bytes(), &env()), "{id}");
            return (id, place);
        }
    }

    fn mobile_digits(&mut self) -> String {
        loop {
            let p = self.rng.between(130..=199) as u16;
            if !cn_mobile::is_allocated_prefix(p) {
                continue;
            }
            let n = format!("{p}{}", self.digits(8));
            if !TEST_VALUES.contains(&n.as_str()) {
                return n;
            }
        }
    }

    /// A valid mobile: mostly 11 bare digits, some `139-1234-5678`, `+86 139 1234 5678`
    /// or `+8613912345678`.
    fn mobile(&mut self, bare_only: bool) -> String {
        let n = self.mobile_digits();
        let (a, b, c) = (&n[..3], &n[3..7], &n[7..]);
        let m = match if bare_only { 0 } else { self.rng.below(20) } {
            0..=14 => n.clone(),
            15 | 16 => format!("{a}-{b}-{c}"),
            17 | 18 => format!("+86 {a} {b} {c}"),
            _ => format!("+86{n}"),
        };
        assert!(cn_mobile::validate(m.as_bytes(), &env()), "{m}");
        m
    }

    /// A valid fixed-line number with its area code (`010-62345678`, `(0755)88881234`,
    /// `0312-5888123`: Baoding takes 7 digits).
    fn landline(&mut self) -> String {
        let sub8 = format!("{}{}", self.rng.between(2..=9), self.digits(7));
        let v = match self.rng.below(5) {
            0 => format!("010-{sub8}"),
            1 => format!("021-{sub8}"),
            2 => format!("(0755){sub8}"),
            3 => format!("0312-{}", &sub8[..7]),
            _ => format!("028-{sub8}"),
        };
        assert!(cn_landline::validate(v.as_bytes(), &env()), "{v}");
        assert!(!cn_mobile::validate(v.as_bytes(), &env()), "{v}");
        v
    }

    fn card(&mut self) -> String {
        loop {
            let c = self.rng.bank_card();
            let plain: String = c.chars().filter(char::is_ascii_digit).collect();
            if !TEST_VALUES.contains(&plain.as_str()) {
                assert!(bank_card::validate(c.as_bytes(), &env()), "{c}");
                return c;
            }
        }
    }

    fn email(&mut self) -> String {
        let (a, b) = (*self.rng.pick(SYLLABLES), *self.rng.pick(SYLLABLES));
        let sep = *self.rng.pick(&[".", "_", ""]);
        let num =
            if self.rng.chance(50) { self.rng.between(1..=99).to_string() } else { String::new() };
        let e = format!("{a}{sep}{b}{num}@{}", self.rng.pick(DOMAINS));
        assert!(email::validate(e.as_bytes(), &env()), "{e}");
        e
    }

    fn name(&mut self) -> String {
        Names::new().name(&mut self.rng, &env())
    }

    /// A street address down to the door, in the county `place` when given.
    fn address(&mut self, place: Option<usize>) -> String {
        let place = place.unwrap_or_else(|| self.rng.below(PLACES.len() as u64) as usize);
        let (_, prov, city, districts) = PLACES[place];
        let district = *self.rng.pick(districts);
        people::address(&mut self.rng, prov, city, district)
    }

    fn ts_ms(&mut self) -> u64 {
        self.rng.between(1_650_000_000_000..=1_760_000_000_000)
    }

    /// An order number of 18 or 19 digits that is neither an ID nor a card: a
    /// snowflake-style 19-digit id, an ID-shaped 18-digit number with a wrong check
    /// character, or a UnionPay-shaped 19-digit number failing Luhn.
    fn order_id(&mut self) -> u64 {
        loop {
            let s = match self.rng.below(3) {
                0 => format!("1{}{}", self.rng.between(7..=8), self.digits(17)),
                1 => {
                    let born = self.date(1960, 2005);
                    let (id, _) = self.resident_id(born, false);
                    let right = id.as_bytes()[17];
                    let wrong =
                        char::from(b'0' + ((right % 10 + 1 + self.rng.below(8) as u8) % 10));
                    format!("{}{wrong}", &id[..17])
                }
                _ => format!("62{}", self.digits(17)),
            };
            if non_pii(&s) {
                return s.parse().expect("fits in BIGINT");
            }
        }
    }
}

/// Whether no validator accepts `value`, one of its digit runs, or (for a digit run of
/// 13 digits or more) any of its prefixes of card length.
fn non_pii(value: &str) -> bool {
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
    !pieces.iter().any(|p| VALIDATORS.iter().any(|(_, f)| f(p.as_bytes(), &e)))
        && !TEST_VALUES.iter().any(|t| value.contains(t))
}

/// Whether `cents / 100` stays non-PII however a dump renders it as a double: SQLite
/// stores a `DECIMAL` as `REAL` and its `.dump` prints 20 significant digits
/// (`16395.270000000000436`), a long digit run after the point. Checked on the exact
/// expansions to 17-21 significant digits (SQLite's last digits may differ slightly).
fn float_renderings_non_pii(cents: u64) -> bool {
    let x = cents as f64 / 100.0;
    let int_digits = (cents / 100).to_string().len();
    (17..=21).all(|sig: usize| non_pii(&format!("{x:.*}", sig - int_digits)))
}

fn pii(value: String, category: &'static str) -> Cell {
    Some((value, Some(category)))
}

fn plain(value: String) -> Cell {
    assert!(non_pii(&value), "non-PII value passes a validator: {value}");
    Some((value, None))
}

fn build() -> (Vec<Table>, BTreeMap<&'static str, usize>) {
    let mut g = Gen { rng: Synth::new(SEED) };
    let mut minors: BTreeMap<&'static str, usize> = BTreeMap::new();
    use Kind::{Blob, Num, Text};

    // users
    let mut users = Table {
        name: "users",
        columns: vec![
            col("id", "integer NOT NULL", "int(11) NOT NULL", "INTEGER NOT NULL", Num),
            col(
                "real_name",
                "varchar(16) NOT NULL",
                "varchar(16) NOT NULL",
                "VARCHAR(16) NOT NULL",
                Text,
            ),
            col("id_card", "char(18)", "char(18) DEFAULT NULL", "CHAR(18)", Text),
            col("mobile", "varchar(20)", "varchar(20) DEFAULT NULL", "VARCHAR(20)", Text),
            col("email", "varchar(64)", "varchar(64) DEFAULT NULL", "VARCHAR(64)", Text),
            col("birthday", "date", "date DEFAULT NULL", "DATE", Text),
            col("address", "varchar(128)", "varchar(128) DEFAULT NULL", "VARCHAR(128)", Text),
            col("created_at_ms", "bigint NOT NULL", "bigint(20) NOT NULL", "BIGINT NOT NULL", Num),
        ],
        rows: Vec::new(),
    };
    for id in 1..=USERS {
        // Every eighth user is a child; users 5, 21 and 37 have a lowercase `x`.
        let minor = id % 8 == 3;
        let lower_x = matches!(id, 5 | 21 | 37);
        let born = if minor { g.date(MINOR_YEARS.0, MINOR_YEARS.1) } else { g.date(1950, 2005) };
        let (id_card, place) = g.resident_id(born, lower_x);
        let has_id = lower_x || minor || !g.rng.chance(12);
        let has_birthday = minor || !g.rng.chance(10);
        if minor {
            *minors.entry("users.id_card").or_default() += usize::from(has_id);
            *minors.entry("users.birthday").or_default() += usize::from(has_birthday);
        }
        let mobile = (!g.rng.chance(8)).then(|| g.mobile(false));
        let mail = (!g.rng.chance(20)).then(|| g.email());
        let address = (!g.rng.chance(15)).then(|| g.address(Some(place)));
        let birthday = born.to_string();
        assert!(date::validate_birth_date(birthday.as_bytes(), &env()));
        users.rows.push(vec![
            plain(id.to_string()),
            pii(g.name(), "person_name"),
            has_id.then_some((id_card, Some("cn_resident_id"))),
            mobile.map(|m| (m, Some("cn_mobile"))),
            mail.map(|m| (m, Some("email"))),
            has_birthday.then_some((birthday, Some("date_of_birth"))),
            address.map(|a| (a, Some("address"))),
            plain(g.ts_ms().to_string()),
        ]);
    }

    // orders
    let mut orders = Table {
        name: "orders",
        columns: vec![
            col("order_id", "bigint NOT NULL", "bigint(20) NOT NULL", "BIGINT NOT NULL", Num),
            col("user_id", "integer NOT NULL", "int(11) NOT NULL", "INTEGER NOT NULL", Num),
            col(
                "sku",
                "varchar(32) NOT NULL",
                "varchar(32) NOT NULL",
                "VARCHAR(32) NOT NULL",
                Text,
            ),
            col(
                "amount",
                "numeric(10,2) NOT NULL",
                "decimal(10,2) NOT NULL",
                "DECIMAL(10,2) NOT NULL",
                Num,
            ),
            col("card_last4", "char(4)", "char(4) DEFAULT NULL", "CHAR(4)", Text),
            col("paid_card", "varchar(23)", "varchar(23) DEFAULT NULL", "VARCHAR(23)", Text),
            col("ts_ms", "bigint NOT NULL", "bigint(20) NOT NULL", "BIGINT NOT NULL", Num),
            col("tracking_no", "varchar(20)", "varchar(20) DEFAULT NULL", "VARCHAR(20)", Text),
        ],
        rows: Vec::new(),
    };
    let mut order_ids = std::collections::BTreeSet::new();
    for _ in 0..ORDERS {
        let order_id = loop {
            let o = g.order_id();
            if order_ids.insert(o) {
                break o;
            }
        };
        let card = g.rng.chance(55).then(|| g.card());
        let last4 = card.as_ref().map(|c| c[c.len() - 4..].to_owned());
        let sku = format!("SKU-{}-{:06}", g.rng.between(2023..=2025), g.rng.between(1..=999_999));
        let cents = loop {
            let c = g.rng.between(100..=2_999_999);
            if float_renderings_non_pii(c) {
                break c;
            }
        };
        let tracking = (!g.rng.chance(15)).then(|| loop {
            let carrier = *g.rng.pick(&["SF", "YT", "JT", "ZTO"]);
            let t = format!("{carrier}{}", g.digits(13));
            if non_pii(&t) {
                break t;
            }
        });
        orders.rows.push(vec![
            plain(order_id.to_string()),
            plain(g.rng.between(1..=USERS).to_string()),
            plain(sku),
            plain(format!("{}.{:02}", cents / 100, cents % 100)),
            last4.and_then(plain),
            card.map(|c| (c, Some("bank_card"))),
            plain(g.ts_ms().to_string()),
            tracking.and_then(plain),
        ]);
    }

    // address_book
    let mut book = Table {
        name: "address_book",
        columns: vec![
            col("id", "integer NOT NULL", "int(11) NOT NULL", "INTEGER NOT NULL", Num),
            col("owner_id", "integer NOT NULL", "int(11) NOT NULL", "INTEGER NOT NULL", Num),
            col(
                "contact_name",
                "varchar(16) NOT NULL",
                "varchar(16) NOT NULL",
                "VARCHAR(16) NOT NULL",
                Text,
            ),
            col("phone", "varchar(24)", "varchar(24) DEFAULT NULL", "VARCHAR(24)", Text),
            col("addr", "varchar(128)", "varchar(128) DEFAULT NULL", "VARCHAR(128)", Text),
            col("note", "text", "text DEFAULT NULL", "TEXT", Text),
        ],
        rows: Vec::new(),
    };
    for id in 1..=CONTACTS {
        let phone = if g.rng.chance(8) {
            None
        } else if g.rng.chance(30) {
            Some((g.landline(), Some("cn_landline")))
        } else {
            Some((g.mobile(false), Some("cn_mobile")))
        };
        let addr = (!g.rng.chance(20)).then(|| (g.address(None), Some("address")));
        let note = match g.rng.below(10) {
            0..=3 => None,
            4 | 5 => Some(g.rng.pick(PLAIN_NOTES).to_string()),
            6 => Some(format!("发票请发到{}，谢谢", g.email())),
            7 => Some(format!("备用电话{}，工作日白天联系", g.mobile(true))),
            8 => Some(format!("\"{}\" -- 见上条；勿重复", g.rng.pick(PLAIN_NOTES))),
            _ => Some(String::new()),
        };
        book.rows.push(vec![
            plain(id.to_string()),
            plain(g.rng.between(1..=USERS).to_string()),
            pii(g.name(), "person_name"),
            phone,
            addr,
            note.map(|n| (n, Some("note"))),
        ]);
    }

    // face_features
    let mut faces = Table {
        name: "face_features",
        columns: vec![
            col("user_id", "integer NOT NULL", "int(11) NOT NULL", "INTEGER NOT NULL", Num),
            col("face_embedding", "text", "text DEFAULT NULL", "TEXT", Text),
            col("photo", "bytea", "blob DEFAULT NULL", "BLOB", Blob),
        ],
        rows: Vec::new(),
    };
    let mut ids: Vec<u64> = (1..=USERS).collect();
    for i in (1..ids.len()).rev() {
        ids.swap(i, g.rng.below(i as u64 + 1) as usize);
    }
    let mut face_ids: Vec<u64> = ids[..FACES as usize].to_vec();
    face_ids.sort_unstable();
    for uid in face_ids {
        let embedding = (!g.rng.chance(8)).then(|| {
            let v: Vec<String> = (0..128)
                .map(|_| format!("{:.4}", (g.rng.below(6001) as f64 - 3000.0) / 10000.0))
                .collect();
            (format!("[{}]", v.join(",")), Some("biometric"))
        });
        let photo = (!g.rng.chance(10)).then(|| (photo_hex(&mut g), None));
        faces.rows.push(vec![plain(uid.to_string()), embedding, photo]);
    }

    (vec![users, orders, book, faces], minors)
}

/// 48 bytes that open like a JPEG (`FF D8 FF E0`) and then are random, chosen so that
/// neither the raw bytes (a `mysqldump` writes them as they are) nor their hex form
/// (`pg_dump`, `sqlite3`) hold a run of digits or an `@`: nothing a text detector could
/// take for personal data. Returned as lowercase hex.
fn photo_hex(g: &mut Gen) -> String {
    loop {
        let mut bytes = vec![0xff, 0xd8, 0xff, 0xe0];
        bytes.extend((0..44).map(|_| g.rng.below(256) as u8));
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        let longest =
            |s: &[u8]| s.split(|b| !b.is_ascii_digit()).map(<[u8]>::len).max().unwrap_or(0);
        if longest(&bytes) < 3 && longest(hex.as_bytes()) < 6 && !bytes.contains(&b'@') {
            return hex;
        }
    }
}

/// How a dialect quotes a string literal.
#[derive(Clone, Copy)]
enum Dialect {
    Pg,
    My,
    Lite,
}

fn literal(d: Dialect, kind: Kind, v: &str) -> String {
    match (kind, d) {
        (Kind::Num, _) => v.to_owned(),
        (Kind::Blob, Dialect::Pg) => format!("decode('{v}', 'hex')"),
        (Kind::Blob, _) => format!("X'{v}'"),
        (Kind::Text, Dialect::My) => {
            // Escapes as mysqldump does: the client would drop a bare `\r`.
            let escaped = v
                .replace('\\', "\\\\")
                .replace('\'', "\\'")
                .replace('\r', "\\r")
                .replace('\n', "\\n");
            format!("'{escaped}'")
        }
        // The sqlite3 shell drops a CR at the end of an input line: spell it `char(13)`.
        (Kind::Text, Dialect::Lite) if v.contains('\r') => {
            let parts: Vec<String> =
                v.split('\r').map(|p| format!("'{}'", p.replace('\'', "''"))).collect();
            parts.join("||char(13)||")
        }
        (Kind::Text, _) => format!("'{}'", v.replace('\'', "''")),
    }
}

fn load_sql(tables: &[Table], d: Dialect) -> String {
    let mut out = String::new();
    match d {
        Dialect::Pg => out.push_str("SET client_encoding = 'UTF8';\nBEGIN;\n"),
        Dialect::My => out.push_str("SET NAMES utf8mb4;\nSET autocommit = 0;\n"),
        Dialect::Lite => out.push_str("BEGIN;\n"),
    }
    for t in tables {
        let pk = t.columns[0].name;
        let cols: Vec<String> = t
            .columns
            .iter()
            .map(|c| {
                let ty = match d {
                    Dialect::Pg => c.pg,
                    Dialect::My => c.my,
                    Dialect::Lite => c.lite,
                };
                format!("  {} {ty}", c.name)
            })
            .collect();
        let tail = match d {
            Dialect::My => " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci",
            _ => "",
        };
        let _ = writeln!(
            out,
            "CREATE TABLE {} (\n{},\n  PRIMARY KEY ({pk})\n){tail};",
            t.name,
            cols.join(",\n")
        );
        let names: Vec<&str> = t.columns.iter().map(|c| c.name).collect();
        for row in &t.rows {
            let values: Vec<String> = row
                .iter()
                .zip(&t.columns)
                .map(|(cell, c)| match cell {
                    None => "NULL".to_owned(),
                    Some((v, _)) => literal(d, c.kind, v),
                })
                .collect();
            let _ = writeln!(
                out,
                "INSERT INTO {} ({}) VALUES ({});",
                t.name,
                names.join(", "),
                values.join(", ")
            );
        }
    }
    out.push_str("COMMIT;\n");
    out
}

fn users_jsonl(users: &Table) -> String {
    let mut out = String::new();
    for row in &users.rows {
        let fields: Vec<String> = row
            .iter()
            .zip(&users.columns)
            .map(|(cell, c)| {
                let v = match cell {
                    None => Json::Null,
                    Some((v, _)) if c.kind == Kind::Num => {
                        Json::Number(v.parse::<u64>().expect("integer").into())
                    }
                    Some((v, _)) => Json::String(v.clone()),
                };
                format!("{}:{v}", Json::String(c.name.to_owned()))
            })
            .collect();
        let _ = writeln!(out, "{{{}}}", fields.join(","));
    }
    out
}

fn expected(tables: &[Table], minors: &BTreeMap<&'static str, usize>) -> Json {
    let mut out = serde_json::Map::new();
    for t in tables {
        let mut cols = serde_json::Map::new();
        for (i, c) in t.columns.iter().enumerate() {
            let cells = t.rows.iter().map(|r| &r[i]);
            let non_null = cells.clone().filter(|c| c.is_some()).count();
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for (v, cat) in cells.flatten() {
                match cat {
                    Some("note") => {
                        for found in note_categories(v) {
                            *counts.entry(found).or_default() += 1;
                        }
                    }
                    Some(cat) => *counts.entry(cat).or_default() += 1,
                    None => {}
                }
            }
            let category = counts.iter().max_by_key(|(_, n)| **n).map(|(c, _)| *c);
            let mut entry = json!({
                "category": category,
                "counts": counts,
                "non_null": non_null,
            });
            if let Some(n) = minors.get(format!("{}.{}", t.name, c.name).as_str()) {
                entry["minors"] = json!(n);
            }
            if c.name == "note" {
                entry["free_text"] = json!(true);
            }
            cols.insert(c.name.to_owned(), entry);
        }
        let order: Vec<&str> = t.columns.iter().map(|c| c.name).collect();
        out.insert(
            t.name.to_owned(),
            json!({ "rows": t.rows.len(), "column_order": order, "columns": cols }),
        );
    }
    let all = ["users", "orders", "address_book", "face_features"];
    json!({
        "about": "Synthetic tables behind tests/data/dumps (examples/gen_tables.rs, \
                  scripts/make-dump-fixtures.sh). Per table and column: `category` is the \
                  category most of its values hold (null: no personal data, so no finding \
                  is expected), `counts` the exact number of non-NULL values planted per \
                  category (a free-text column may hold several; an empty map for non-PII \
                  columns), `non_null` the non-NULL cells (an empty string counts), \
                  `minors` the birth dates of children (born 2016-2023, under 14 until \
                  2030), `free_text` marks a text column whose values only sometimes hold \
                  personal data. `files` tells which tables each fixture holds.",
        "seed": SEED,
        "files": {
            "pg.sql": all, "pg_inserts.sql": all, "pg_column_inserts.sql": all,
            "mysql.sql": all, "mysql.sql.gz": all, "sqlite.sql": all, "users.sqlite": all,
            "users.csv": ["users"], "users.jsonl": ["users"],
        },
        "tables": out,
    })
}

/// The categories planted in a free-text note (the note templates plant at most one).
fn note_categories(note: &str) -> Vec<&'static str> {
    if let Some(rest) = note.strip_prefix("发票请发到") {
        let addr = rest.split('，').next().expect("split");
        assert!(email::validate(addr.as_bytes(), &env()));
        vec!["email"]
    } else if let Some(rest) = note.strip_prefix("备用电话") {
        let m = rest.split('，').next().expect("split");
        assert!(cn_mobile::validate(m.as_bytes(), &env()));
        vec!["cn_mobile"]
    } else {
        assert!(non_pii(note) || note.is_empty(), "{note}");
        vec![]
    }
}

fn run() -> Result<(), String> {
    let dir = std::env::args().nth(1).ok_or("usage: gen_tables OUTDIR")?;
    let dir = Path::new(&dir);
    fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let (tables, minors) = build();
    let write = |name: &str, text: String| {
        let path = dir.join(name);
        fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    write("load_pg.sql", load_sql(&tables, Dialect::Pg))?;
    write("load_mysql.sql", load_sql(&tables, Dialect::My))?;
    write("load_sqlite.sql", load_sql(&tables, Dialect::Lite))?;
    write("users.jsonl", users_jsonl(&tables[0]))?;
    let exp = expected(&tables, &minors);
    write("expected.json", serde_json::to_string_pretty(&exp).expect("JSON") + "\n")?;
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_tables: {e}");
            ExitCode::FAILURE
        }
    }
}
