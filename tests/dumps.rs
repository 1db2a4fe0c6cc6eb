//! Structured files produced by real tools (`scripts/make-dump-fixtures.sh`: PostgreSQL
//! `pg_dump`, MariaDB `mysqldump`, `sqlite3`): every planted value is attributed to its
//! table and column with the exact count, and non-PII columns yield nothing.

use std::collections::BTreeMap;

use assert_cmd::Command;
use serde_json::Value;

const DIR: &str = "tests/data/dumps";

/// (table, column) -> (category -> count, minors).
type Columns = BTreeMap<(String, String), (BTreeMap<String, u64>, u64)>;

/// The columns of `expected.json`, for the tables a fixture holds.
fn expected(tables: &[&str]) -> Columns {
    let path = format!("{}/{DIR}/expected.json", env!("CARGO_MANIFEST_DIR"));
    let e: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    for (t, tv) in e["tables"].as_object().unwrap() {
        if !tables.contains(&t.as_str()) {
            continue;
        }
        for (c, cv) in tv["columns"].as_object().unwrap() {
            let counts: BTreeMap<String, u64> = cv["counts"]
                .as_object()
                .unwrap()
                .iter()
                .map(|(k, v)| (k.clone(), v.as_u64().unwrap()))
                .collect();
            if !counts.is_empty() {
                let minors = cv.get("minors").and_then(Value::as_u64).unwrap_or(0);
                out.insert((t.clone(), c.clone()), (counts, minors));
            }
        }
    }
    out
}

/// The same, as scanned.
fn scanned(file: &str) -> (Columns, Value) {
    let out = Command::cargo_bin("piiscan")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["scan", "--format", "json", &format!("{DIR}/{file}")])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let inv: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut got: Columns = BTreeMap::new();
    for l in inv["locations"].as_array().unwrap() {
        let (Some(t), Some(c)) = (l["table"].as_str(), l["column"].as_str()) else { continue };
        let entry = got.entry((t.to_string(), c.to_string())).or_default();
        entry
            .0
            .insert(l["category"].as_str().unwrap().to_string(), l["findings"].as_u64().unwrap());
        entry.1 += l["minors"].as_u64().unwrap();
    }
    (got, inv)
}

fn check(file: &str, tables: &[&str]) {
    let (got, inv) = scanned(file);
    let want = expected(tables);
    assert_eq!(got, want, "{file}");
    // Every finding is attributed to a column.
    for f in inv["findings"].as_array().unwrap() {
        assert!(f["table"].is_string() && f["column"].is_string(), "{file}: {f}");
    }
    assert!(inv["files"][0]["warnings"].is_null(), "{file}: {}", inv["files"][0]["warnings"]);
}

const ALL: &[&str] = &["users", "orders", "address_book", "face_features"];

#[test]
fn mysqldump_counts_per_column() {
    check("mysql.sql", ALL);
}

#[test]
fn gzipped_mysqldump_counts_per_column() {
    check("mysql.sql.gz", ALL);
}

#[test]
fn pg_dump_copy_counts_per_column() {
    check("pg.sql", ALL);
}

#[test]
fn pg_dump_inserts_counts_per_column() {
    check("pg_inserts.sql", ALL);
    check("pg_column_inserts.sql", ALL);
}

#[test]
fn sqlite_dump_counts_per_column() {
    check("sqlite.sql", ALL);
}

#[test]
fn sqlite_database_file_counts_per_column() {
    check("users.sqlite", ALL);
}

#[test]
fn csv_export_counts_per_column() {
    check("users.csv", &["users"]);
}

#[test]
fn json_lines_export_counts_per_key() {
    check("users.jsonl", &["users"]);
}

#[test]
fn the_column_verdicts_name_what_each_column_holds() {
    let (_, inv) = scanned("users.csv");
    let cols = inv["files"][0]["columns"].as_array().unwrap();
    let verdict =
        |name: &str| cols.iter().find(|c| c["column"] == name).unwrap()["verdict"].clone();
    assert_eq!(verdict("real_name"), "person_name");
    assert_eq!(verdict("id_card"), "cn_resident_id");
    assert_eq!(verdict("birthday"), "date_of_birth");
}

#[test]
fn a_spreadsheet_is_read_by_sheet_and_header() {
    let d = crate::util::Dir::new();
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("客户").unwrap();
    for (c, h) in ["姓名", "手机", "身份证号", "备注"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    // Valid values computed with their check digits; the phone is stored as a number, as
    // spreadsheets do.
    ws.write_string(1, 0, "张伟").unwrap();
    ws.write_number(1, 1, 13912345678.0).unwrap();
    ws.write_string(1, 2, "110105199003071239").unwrap();
    ws.write_string(1, 3, "vip").unwrap();
    ws.write_string(2, 0, "李娜").unwrap();
    ws.write_number(2, 1, 13987654321.0).unwrap();
    wb.save(d.path().join("customers.xlsx")).unwrap();
    let found = d.findings(&["customers.xlsx"]);
    let got: Vec<(String, String, u64)> = found
        .iter()
        .map(|f| {
            let col = f["column"].as_str().unwrap().to_string();
            (
                f["table"].as_str().unwrap().to_string(),
                format!("{col}:{}", f["category"].as_str().unwrap()),
                f["row"].as_u64().unwrap(),
            )
        })
        .collect();
    let want: Vec<(String, String, u64)> = [
        ("姓名:person_name", 1),
        ("手机:cn_mobile", 1),
        ("身份证号:cn_resident_id", 1),
        ("姓名:person_name", 2),
        ("手机:cn_mobile", 2),
    ]
    .iter()
    .map(|(c, r)| ("客户".to_string(), c.to_string(), *r))
    .collect();
    assert_eq!(got, want);
}

/// Bad input is recorded as a warning with its offset, and nothing found is lost.
#[test]
fn bad_input_is_a_warning_and_no_finding_is_lost() {
    let d = crate::util::Dir::new();
    // A mysqldump cut off inside a string: the rows before it keep their columns; the
    // phone number after the cut is still reported (without a column).
    let cut = "-- MySQL dump 10.13\n\
CREATE TABLE `users` (\n  `id` int NOT NULL,\n  `mobile` varchar(20) DEFAULT NULL\n);\n\
INSERT INTO `users` VALUES (1,'13912345678'),(2,'13987654321'),(3,'unterminated 13900001111\n";
    d.create("cut.sql", cut);
    // A ragged CSV row.
    d.create("ragged.csv", "name,phone\n张伟,13912345678\n李娜,13987654321,extra 13700001111\n");
    // A gzip stream cut in half: what was decompressed is scanned.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    use std::io::Write as _;
    for i in 0..2000 {
        writeln!(gz, "{i},tel 13912345678").unwrap();
    }
    let full = gz.finish().unwrap();
    d.create("half.log.gz", &full[..full.len() / 2]);

    let out = d.cmd().args(["scan", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "bad input is not an I/O error");
    let inv: Value = serde_json::from_slice(&out.stdout).unwrap();
    let file = |name: &str| {
        inv["files"].as_array().unwrap().iter().find(|f| f["path"] == name).unwrap().clone()
    };
    let cut = file("cut.sql");
    assert!(cut["warnings"][0]["reason"].as_str().unwrap().contains("unterminated"), "{cut}");
    let mobiles = |f: &Value| {
        f["categories"].as_array().unwrap().iter().find(|c| c["category"] == "cn_mobile").unwrap()
            ["findings"]
            .clone()
    };
    assert_eq!(mobiles(&cut), 3);
    let ragged = file("ragged.csv");
    assert!(ragged["warnings"][0]["reason"].as_str().unwrap().contains("more fields"));
    assert_eq!(mobiles(&ragged), 3);
    let half = file("half.log.gz");
    assert!(
        half["warnings"][0]["reason"].as_str().unwrap().contains("compressed stream"),
        "{half}"
    );
    let n = mobiles(&half).as_u64().unwrap();
    assert!(n > 100 && n < 2000, "the decompressed part is scanned: {n}");
    let findings = inv["findings"].as_array().unwrap();
    let attributed = |path: &str| {
        findings.iter().filter(|f| f["path"] == path && f["column"].is_string()).count()
    };
    assert_eq!(attributed("cut.sql"), 2, "rows before the cut keep their column");
}

/// The locations of the columns fixture (`scripts/make-column-fixtures.sh`, an `sqlite3
/// .dump`) at `confidence`: (table, column) -> (category, holds).
fn column_locations(confidence: &str) -> BTreeMap<(String, String), (String, bool)> {
    let path = format!("{}/tests/data/columns/shop.sql", env!("CARGO_MANIFEST_DIR"));
    let inv = crate::util::Dir::new().inventory(&["--min-confidence", confidence, &path]);
    inv["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let key = (l["table"].as_str().unwrap().into(), l["column"].as_str().unwrap().into());
            (key, (l["category"].as_str().unwrap().into(), l["holds"] == true))
        })
        .collect()
}

#[test]
fn columns_named_for_other_things_never_hold_chance_matches() {
    // `order_no` digits that pass Luhn, an HKID-shaped `terminal_id`, a `version` with four
    // numbers under 256, an 11-digit `access_token` on 139: each value passes its check,
    // yet the column is named for something else. Beside them, `card_no`, `phone` and
    // `operator_mobile` hold real-looking values, and `street` street parts.
    let path = format!("{}/tests/data/columns/expected.json", env!("CARGO_MANIFEST_DIR"));
    let expected: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let (default, low) = (column_locations("medium"), column_locations("low"));
    for (table, columns) in expected.as_object().unwrap() {
        for (column, e) in columns.as_object().unwrap() {
            let key = (table.clone(), column.clone());
            let (holds, by_chance) = (e[0].as_str().unwrap(), e[1].as_str());
            if holds == "none" {
                assert!(!default.contains_key(&key), "{key:?} reported: {:?}", default[&key]);
            } else {
                assert_eq!(default.get(&key), Some(&(holds.to_string(), true)), "{key:?}");
            }
            if let Some(cat) = by_chance {
                // Still read as what they look like, lower, and never the column's verdict.
                assert_eq!(low.get(&key), Some(&(cat.to_string(), false)), "{key:?}");
            }
        }
    }
    // Nothing else is found at the default confidence.
    assert_eq!(default.len(), 6, "{default:?}");
}

#[test]
fn a_column_comment_is_the_hint_of_its_own_table_only() {
    let d = crate::util::Dir::new();
    // `f1` commented 姓名 in `staff`; `f1` of `parts` holds the same words uncommented.
    let names = "('张伟'),('王芳'),('李娜'),('刘洋')";
    let mysql = format!(
        "-- MySQL dump 10.13\n\
CREATE TABLE `staff` (\n  `f1` varchar(20) DEFAULT NULL COMMENT '姓名'\n);\n\
CREATE TABLE `parts` (\n  `f1` varchar(20) DEFAULT NULL\n);\n\
INSERT INTO `staff` VALUES {names};\nINSERT INTO `parts` VALUES {names};\n"
    );
    d.create("my.sql", mysql);
    let pg = format!(
        "--\n-- PostgreSQL database dump\n--\n\n\
CREATE TABLE public.staff (f1 text);\nCOMMENT ON COLUMN public.staff.f1 IS '姓名';\n\
CREATE TABLE public.parts (f1 text);\n\
INSERT INTO public.staff VALUES {names};\nINSERT INTO public.parts VALUES {names};\n"
    );
    d.create("pg.sql", pg);
    let inv = d.inventory(&[]);
    for file in ["my.sql", "pg.sql"] {
        let found: Vec<String> = inv["locations"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["path"] == file)
            .map(|l| format!("{}.{} {} {}", l["table"], l["column"], l["category"], l["findings"]))
            .collect();
        assert_eq!(found, [r#""staff"."f1" "person_name" 4"#], "{file}");
    }
}

/// The `address` locations of a scan: (table, column, holds, parts as `column:part`).
fn addresses(inv: &Value) -> Vec<(String, String, bool, Vec<String>)> {
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    inv["locations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["category"] == "address")
        .map(|l| {
            let parts = l["address_parts"].as_array().map_or(Vec::new(), |p| {
                p.iter().map(|p| format!("{}:{}", text(&p["column"]), text(&p["part"]))).collect()
            });
            (text(&l["table"]), text(&l["column"]), l["holds"] == true, parts)
        })
        .collect()
}

#[test]
fn csv_files_with_split_addresses_hold_one_address_each() {
    // Synthetic rows with the column names of mall's receive addresses and Chinook's
    // customers. The street line named `detail` is an address beside its province, city
    // and district (at the default confidence); the same values in a file without them
    // are not, and a file with a city and no street holds no address.
    let d = crate::util::Dir::new();
    d.create(
        "cn/recv.csv",
        "id,province,city,district,detail,post_code\n\
         1,浙江省,杭州市,西湖区,文三路Y座,310012\n\
         2,广东省,深圳市,南山区,科技园路1号,518057\n",
    );
    d.create("cn/lone.csv", "id,detail,note\n1,文三路Y座,a\n2,科技园路1号,b\n");
    d.create("cn/towns.csv", "id,nickname,city\n1,小王,杭州市\n2,小李,深圳市\n");
    d.create(
        "west/customers.csv",
        "CustomerId,Address,City,State,PostalCode\n\
         1,1692 Ede Loop,Springfield,IL,62704\n\
         2,Obere Str. 57,Berlin,,12209\n",
    );
    let cn = d.inventory(&[d.path().join("cn").to_str().unwrap()]);
    let parts = ["province:province", "city:city", "district:district", "detail:street"];
    let mut want: Vec<String> = parts.map(String::from).to_vec();
    want.push("post_code:postal_code".into());
    assert_eq!(addresses(&cn), [("recv".to_string(), "detail".to_string(), true, want)]);
    let cities = cn["locations"].as_array().unwrap().iter().filter(|l| l["column"] == "city");
    assert_eq!(cities.count(), 0);
    let west = d.inventory(&[d.path().join("west").to_str().unwrap()]);
    let want = ["Address:street", "City:city", "State:province", "PostalCode:postal_code"];
    let want = want.map(String::from).to_vec();
    assert_eq!(addresses(&west), [("customers".to_string(), "Address".to_string(), true, want)]);
}
