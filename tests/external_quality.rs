//! Detection quality on data that others wrote (`bench/quality/`): the committed dumps of
//! public sample databases, scored per column against hand-written labels, and validator
//! libraries' test vectors, scored per value against the libraries' own verdicts.
//!
//! The floors below are the figures measured on the current detectors, NOT targets (the
//! targets are in bench/quality/README.md: column precision 0.97 and recall 0.90, vectors
//! 0.99 found and at most 1 % of invalid values reported). They only stop a regression:
//! a fix that raises a figure raises its floor here. The tables are printed
//! (`cargo test --test integration external_quality -- --nocapture`).

use std::path::Path;

use serde_json::Value;

use crate::util::Dir;

#[path = "../examples/common/external.rs"]
#[allow(dead_code)] // the example uses the rest
mod external;

fn scan(path: &Path) -> Value {
    Dir::new().inventory(&[path.to_str().unwrap()])
}

/// Column `holds` floors per labels file: (source, precision, recall), today's figures.
const COLUMN_FLOORS: &[(&str, f64, f64)] = &[
    ("chinook", 1.0, 1.0),
    ("chinook_fixture", 1.0, 1.0),
    ("chinook_published", 1.0, 1.0),
    ("chinook_published_pg", 1.0, 1.0),
    ("northwind", 1.0, 1.0),
    ("northwind_json", 1.0, 1.0),
    ("sakila", 1.0, 1.0),
    ("zh_members", 1.0, 1.0),
];

/// Vector floors per file: (file, found share at least, reported share of invalid at most),
/// today's figures.
const VECTOR_FLOORS: &[(&str, f64, f64)] = &[
    ("bcbc_cn_bank_card", 0.998, 0.0),
    ("phonenumbers_cn_landline", 1.0, 0.0),
    ("phonenumbers_cn_mobile", 1.0, 0.0),
    ("phonenumbers_intl_examples", 0.995, 0.0),
    ("stdnum_cn_resident_id", 1.0, 0.148),
    ("stdnum_cn_uscc", 0.995, 0.0),
    ("stdnum_iban", 1.0, 0.0),
];

fn bench() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/bench/quality"))
}

#[test]
fn labels_name_columns_that_exist() {
    // A typo in a labels file would silently count as a miss: every labelled table and
    // column must be named in each of its files.
    for labels in external::load_labels(bench()) {
        assert!(!labels.files.is_empty(), "{}: no files", labels.source);
        for file in &labels.files {
            let text = std::fs::read_to_string(bench().join("data").join(file)).unwrap();
            for (table, cols) in &labels.columns {
                for col in cols.keys() {
                    let leaf = col.rsplit(['.', ']']).next().unwrap();
                    assert!(
                        text.contains(leaf) && (file.ends_with(".json") || text.contains(table)),
                        "{}: {table}.{col} is not in {file}",
                        labels.source
                    );
                }
            }
        }
    }
}

#[test]
fn column_verdicts_stay_at_or_above_todays_floors() {
    let scores = external::score_sources(bench(), &scan);
    println!("{}", external::column_table(&scores));
    assert_eq!(scores.len(), COLUMN_FLOORS.len(), "a labels file without a floor");
    for s in &scores {
        let &(_, p, r) = COLUMN_FLOORS
            .iter()
            .find(|f| f.0 == s.source)
            .unwrap_or_else(|| panic!("no floor for {}", s.source));
        assert!(s.total.positives > 0, "{}: no labelled column", s.source);
        let (gp, gr) = (s.total.precision(), s.total.recall());
        assert!(gp >= p, "{}: column precision {gp:.3} fell below {p}", s.source);
        assert!(gr >= r, "{}: column recall {gr:.3} fell below {r}", s.source);
    }
}

#[test]
fn test_vectors_stay_at_or_above_todays_floors() {
    let work = Dir::new();
    let scores = external::score_vectors(bench(), work.path(), &scan);
    println!("{}", external::vector_table(&scores));
    assert_eq!(scores.len(), VECTOR_FLOORS.len(), "a vectors file without a floor");
    for s in &scores {
        let &(_, found, reported) = VECTOR_FLOORS
            .iter()
            .find(|f| f.0 == s.file)
            .unwrap_or_else(|| panic!("no floor for {}", s.file));
        assert!(s.valid > 0, "{}: no valid value", s.file);
        let (f, r) = (s.found_rate(), s.reported_rate());
        assert!(f >= found, "{}: {f:.3} of valid values found, below {found}", s.file);
        assert!(r <= reported, "{}: {r:.3} of invalid values reported, above {reported}", s.file);
    }
}

/// The verdicts of the column `table.column` in the inventory of one scanned file.
fn verdict(inv: &Value, table: &str, column: &str) -> Option<String> {
    let files = inv["files"].as_array()?;
    files.iter().flat_map(|f| f["columns"].as_array().into_iter().flatten()).find_map(|c| {
        (c["table"] == table && c["column"] == column)
            .then(|| c["verdict"].as_str().map(String::from))
    })?
}

#[test]
fn one_database_gets_the_same_column_verdicts_from_every_dump() {
    // Northwind dumped by pg_dump (COPY and --column-inserts), mysqldump and sqlite3:
    // national phone forms ("030-0074321", "(503) 555-9831", "88.60.15.31") in `phone`
    // columns, single-word first and last names, contact names; the name of a shipper
    // company is no person's.
    let labels = external::load_labels(bench());
    for source in ["northwind", "chinook"] {
        let l = labels.iter().find(|l| l.source == source).unwrap();
        for file in &l.files {
            let inv = scan(&bench().join("data").join(file));
            let expect: &[(&str, &str, Option<&str>)] = if source == "northwind" {
                &[
                    ("customers", "phone", Some("phone_intl")),
                    ("suppliers", "phone", Some("phone_intl")),
                    ("shippers", "phone", Some("phone_intl")),
                    ("customers", "contactName", Some("person_name")),
                    ("shippers", "companyName", None),
                ]
            } else {
                &[
                    ("customer", "firstname", Some("person_name")),
                    ("employee", "lastname", Some("person_name")),
                    ("genre", "name", None),
                    ("mediatype", "name", None),
                ]
            };
            for &(table, column, want) in expect {
                assert_eq!(
                    verdict(&inv, table, column).as_deref(),
                    want,
                    "{file}: {table}.{column}"
                );
            }
        }
    }
}

/// The `address` locations in one bench file's columns: table, column and share of cells.
fn address_locations(file: &str) -> Vec<(String, String, f64)> {
    let inv = scan(&bench().join("data").join(file));
    inv["locations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["category"] == "address" && l["table"].is_string())
        .map(|l| {
            let (t, c) = (l["table"].as_str().unwrap(), l["column"].as_str().unwrap());
            (t.to_string(), c.to_string(), l["share"].as_f64().unwrap())
        })
        .collect()
}

#[test]
fn street_columns_hold_addresses_and_their_city_columns_none() {
    // Street parts as the sample databases' authors wrote them ("Obere Str. 57",
    // "59 rue de l'Abbaye", "Av. Brasil, 442"; Faker zh_CN's "兴安盟路z座"), in columns
    // named `street`, `shipStreet`, `billingaddress`, `detail_address`: most cells are
    // read, and the city, region, postal-code and country columns beside them are not
    // addresses of their own.
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "northwind/pg_dump.sql",
            &[("customers", "street"), ("orders", "shipStreet"), ("suppliers", "street")],
        ),
        (
            "chinook/sqlite.sql",
            &[("invoice", "billingaddress"), ("customer", "address"), ("employee", "address")],
        ),
        ("zh_members/mysqldump.sql", &[("ums_member_receive_address", "detail_address")]),
    ];
    for (file, streets) in cases {
        let found = address_locations(file);
        for (table, column) in *streets {
            let share =
                found.iter().find(|(t, c, _)| t == table && c == column).map_or(0.0, |l| l.2);
            assert!(share >= 0.9, "{file}: {table}.{column} share {share}");
        }
        for (t, c, _) in &found {
            assert!(
                streets.iter().any(|(st, sc)| st == t && sc == c),
                "{file}: {t}.{c} read as addresses"
            );
        }
    }
}

#[test]
fn published_scripts_are_read_with_their_tables_and_columns() {
    // The authors' own scripts: Chinook's for six databases (a licence header of more than
    // 1 KiB; SQL Server's `GO` and `[dbo].[Customer]`, `N'...'` strings in four of them,
    // Oracle's unquoted names and `TO_DATE('...')`, Db2's "quoted" names, PostgreSQL's
    // lower-case DDL) and Sakila's COPY data file, whose CREATE TABLE is in another file.
    let published = bench().join("data/published");
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        ("chinook/Chinook_MySql.sql", "mysql", "Customer", "FirstName", "Employee"),
        ("chinook/Chinook_SqlServer.sql", "sql_script", "Customer", "FirstName", "Employee"),
        ("chinook/Chinook_Oracle.sql", "sql_script", "Customer", "FirstName", "Employee"),
        ("chinook/Chinook_Db2.sql", "sql_script", "Customer", "FirstName", "Employee"),
        ("chinook/Chinook_Sqlite.sql", "sql_script", "Customer", "FirstName", "Employee"),
        ("chinook/Chinook_PostgreSql.sql", "sql_script", "customer", "first_name", "employee"),
        (
            "sakila/postgres-sakila-insert-data-using-copy.sql",
            "postgres",
            "customer",
            "first_name",
            "staff",
        ),
    ];
    for &(file, format, people, first, staff) in cases {
        let inv = scan(&published.join(file));
        let f = &inv["files"][0];
        assert_eq!(f["format"], format, "{file}");
        assert!(f["warnings"].is_null(), "{file}: {}", f["warnings"]);
        assert_eq!(verdict(&inv, people, first).as_deref(), Some("person_name"), "{file}");
        assert_eq!(verdict(&inv, staff, first).as_deref(), Some("person_name"), "{file}");
    }
    // Birth dates written as Oracle's `TO_DATE('1962-2-18 00:00:00', ...)`.
    let oracle = scan(&published.join("chinook/Chinook_Oracle.sql"));
    assert_eq!(verdict(&oracle, "Employee", "BirthDate").as_deref(), Some("date_of_birth"));
}

#[test]
fn a_sql_file_read_as_plain_text_says_so() {
    // No statement that creates or fills a table in its first 64 KiB: no columns, and the
    // file's warnings say how it was read.
    let dir = Dir::new();
    let notes = dir.create("notes.sql", "-- call Ann at +49 30 1234567\nSELECT 1;\n");
    let inv = scan(&notes);
    let f = &inv["files"][0];
    assert!(f["format"].is_null(), "{f}");
    let reason = f["warnings"][0]["reason"].as_str().unwrap_or_default();
    assert!(reason.contains("read as plain text"), "{f}");
    assert!(inv["findings"].as_array().is_some_and(|a| !a.is_empty()), "{inv}");
}

/// Split addresses: `table.street` and its columns as `column:part`, sorted, lower-cased
/// (dumps spell the names their own way).
type Splits = Vec<(String, Vec<String>)>;

/// The split addresses of one scanned file.
fn split_addresses(inv: &Value) -> Splits {
    let lower = |v: &Value| v.as_str().unwrap_or_default().to_lowercase();
    let mut out: Splits = inv["locations"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| {
            let parts = l["address_parts"].as_array()?;
            assert_eq!(l["category"], "address", "{l}");
            let mut cols: Vec<String> = parts
                .iter()
                .map(|p| format!("{}:{}", lower(&p["column"]), lower(&p["part"])))
                .collect();
            cols.sort();
            Some((format!("{}.{}", lower(&l["table"]), lower(&l["column"])), cols))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn split_addresses_name_their_parts_in_every_dump() {
    // mall's receive addresses (Faker values), Sakila's `address` (its city by id), the
    // Chinook scripts' and dumps' customer, employee and invoice addresses (`billingcity`
    // in one word in the dumps) and Northwind's, in every file of their labels: one address on the street column, its area and postal-code columns named,
    // and no location of their own for the areas (labelled `none`).
    // Western addresses: `{prefix}{street}` with its city, country, postal code and state
    // (Chinook) or region (Northwind).
    let western = |prefix: &str, street: &str, area: (&str, &str)| -> Vec<String> {
        let with = |p: &str, part: &str| format!("{prefix}{p}:{part}");
        let mut v = vec![
            with(street, "street"),
            with("city", "city"),
            with("country", "country"),
            with("postalcode", "postal_code"),
            with(area.0, area.1),
        ];
        v.sort();
        v
    };
    let chinook = || -> Splits {
        let state = ("state", "province");
        vec![
            ("customer.address".into(), western("", "address", state)),
            ("employee.address".into(), western("", "address", state)),
            ("invoice.billingaddress".into(), western("billing", "address", state)),
        ]
    };
    let region = ("region", "region");
    let northwind = vec![
        ("customers.street".into(), western("", "street", region)),
        ("orders.shipstreet".into(), western("ship", "street", region)),
        ("suppliers.street".into(), western("", "street", region)),
    ];
    let mall = ["city:city", "detail_address:street", "post_code:postal_code"]
        .into_iter()
        .chain(["province:province", "region:region"])
        .map(String::from)
        .collect();
    let sakila = ["address:street", "city_id:city", "district:district", "postal_code:postal_code"]
        .map(String::from)
        .to_vec();
    let expect: &[(&str, Splits)] = &[
        ("zh_members", vec![("ums_member_receive_address.detail_address".into(), mall)]),
        ("sakila", vec![("address.address".into(), sakila)]),
        ("chinook_published", chinook()),
        ("chinook", chinook()),
        ("northwind", northwind),
    ];
    let labels = external::load_labels(bench());
    for (source, want) in expect {
        let l = labels.iter().find(|l| l.source == *source).unwrap();
        for file in &l.files {
            let inv = scan(&bench().join("data").join(file));
            assert_eq!(&split_addresses(&inv), want, "{file}");
            // The areas and countries of the addresses (`shipcity:city`).
            let areas: Vec<String> = want
                .iter()
                .flat_map(|(street, parts)| {
                    let table = street.split('.').next().unwrap_or_default().to_string();
                    parts
                        .iter()
                        .filter(|p| !p.ends_with(":street") && !p.ends_with(":postal_code"))
                        .map(move |p| format!("{table}.{}", p.split(':').next().unwrap()))
                })
                .collect();
            let areas = inv["locations"].as_array().unwrap().iter().filter(|l| {
                let (t, c) = (l["table"].as_str(), l["column"].as_str());
                let name = format!("{}.{}", t.unwrap_or_default(), c.unwrap_or_default());
                areas.contains(&name.to_lowercase())
            });
            assert_eq!(areas.count(), 0, "{file}: an area column is a location");
        }
    }
}
