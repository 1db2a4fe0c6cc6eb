//! Text in other encodings and with escapes, from real tools
//! (`scripts/make-encoding-fixtures.sh`: iconv, python3's encoders): each file gives the
//! findings of its UTF-8 twin, attributed to the same columns, with offsets into its own
//! bytes.

use std::collections::BTreeMap;

use encoding_rs::{Encoding, BIG5, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};
use serde_json::Value;

use crate::util::{parse_jsonl, Dir};

const DIR: &str = "tests/data/encodings";

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/{DIR}/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// Raw findings (`--show-values`) of the fixture `name`, with `args`.
fn scan(name: &str, args: &[&str]) -> Vec<Value> {
    let d = Dir::new();
    d.create(name, fixture(name));
    let out = d
        .cmd()
        .args(["scan", "--format", "jsonl", "--show-values"])
        .args(args)
        .arg(name)
        .output()
        .unwrap();
    parse_jsonl(&out)
}

/// What a finding says, but where it is: (category, table-less column, row, value).
fn what(findings: &[Value]) -> Vec<(String, String, u64, String)> {
    let mut out: Vec<_> = findings
        .iter()
        .map(|f| {
            (
                f["category"].as_str().unwrap().to_string(),
                f["column"].as_str().unwrap_or("").to_string(),
                f["row"].as_u64().unwrap_or(0),
                f["value"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    out.sort();
    out
}

/// Every finding's `start..end` in the file decodes (from `enc`) to its value.
fn offsets_point_into_the_file(name: &str, enc: &'static Encoding, findings: &[Value]) {
    let bytes = fixture(name);
    for f in findings {
        let (start, end) = (f["start"].as_u64().unwrap(), f["end"].as_u64().unwrap());
        let raw = &bytes[start as usize..end as usize];
        let text = enc.decode_without_bom_handling(raw).0;
        assert_eq!(text, f["value"].as_str().unwrap(), "{name}: {f}");
    }
}

#[test]
fn csv_in_every_encoding_gives_the_findings_of_its_utf8_twin() {
    let reference = scan("customers.utf8.csv", &[]);
    assert_eq!(reference.len(), 60, "12 rows of five PII columns");
    for (name, enc) in [
        ("customers.utf8-bom.csv", UTF_8),
        ("customers.gbk.csv", GBK),
        ("customers.utf16.csv", UTF_16LE),
        ("customers.utf16le.csv", UTF_16LE),
        ("customers.utf16be.csv", UTF_16BE),
    ] {
        let got = scan(name, &[]);
        assert_eq!(what(&got), what(&reference), "{name}");
        offsets_point_into_the_file(name, enc, &got);
    }
    let tw = scan("customers-tw.utf8.csv", &[]);
    let big5 = scan("customers-tw.big5.csv", &[]);
    assert!(tw.len() >= 48);
    assert_eq!(what(&big5), what(&tw));
    offsets_point_into_the_file("customers-tw.big5.csv", BIG5, &big5);
}

#[test]
fn exact_offsets_in_gbk_and_utf16() {
    // The header 姓名,手机号码,身份证号,地址,邮箱 and a newline: 14 CJK characters
    // and 5 ASCII bytes, so 33 bytes in GBK; then a two-character name and a comma.
    let gbk = scan("customers.gbk.csv", &[]);
    let first = gbk.iter().find(|f| f["row"] == 1 && f["category"] == "cn_mobile").unwrap();
    assert_eq!((first["start"].as_u64(), first["end"].as_u64()), (Some(38), Some(49)));
    assert_eq!(first["column"], "手机号码");
    assert_eq!((first["line"].as_u64(), first["col"].as_u64()), (Some(2), Some(4)));
    // In UTF-16 with a mark: 2 + 2 * (19 + 3) bytes before it.
    let utf16 = scan("customers.utf16.csv", &[]);
    let first = utf16.iter().find(|f| f["row"] == 1 && f["category"] == "cn_mobile").unwrap();
    assert_eq!((first["start"].as_u64(), first["end"].as_u64()), (Some(46), Some(68)));
}

#[test]
fn the_inventory_records_each_files_encoding() {
    let d = Dir::new();
    for name in [
        "customers.utf8.csv",
        "customers.utf8-bom.csv",
        "customers.gbk.csv",
        "customers.utf16.csv",
        "customers.utf16be.csv",
        "customers-tw.big5.csv",
        "notes.gb18030.txt",
    ] {
        d.create(name, fixture(name));
    }
    let inv = d.inventory(&["."]);
    let encodings: BTreeMap<String, Value> = inv["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().trim_start_matches("./").to_string(),
                f["encoding"].clone(),
            )
        })
        .collect();
    assert_eq!(encodings["customers.utf8.csv"], Value::Null);
    assert_eq!(encodings["customers.utf8-bom.csv"], Value::Null);
    assert_eq!(encodings["customers.gbk.csv"], "gbk");
    assert_eq!(encodings["customers.utf16.csv"], "utf-16le");
    assert_eq!(encodings["customers.utf16be.csv"], "utf-16be");
    assert_eq!(encodings["customers-tw.big5.csv"], "big5");
    assert_eq!(encodings["notes.gb18030.txt"], "gbk");
    let errors = crate::report::schema_errors(&inv);
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn four_byte_gb18030_characters_keep_the_offsets_after_them() {
    let utf8 = scan("notes.utf8.txt", &[]);
    let got = scan("notes.gb18030.txt", &[]);
    assert_eq!(what(&got), what(&utf8));
    // The name after `客户`, the mobile and the ID, behind four-byte characters.
    assert_eq!(got.len(), 3);
    offsets_point_into_the_file("notes.gb18030.txt", GB18030, &got);
}

#[test]
fn encoding_flag_and_configuration() {
    // Big5 read as GBK: the labels are garbled, the digits are still found.
    let wrong = scan("customers-tw.big5.csv", &["--encoding", "gbk"]);
    let mobiles = wrong.iter().filter(|f| f["category"] == "cn_mobile").count();
    assert_eq!(mobiles, 12);
    let right = scan("customers-tw.big5.csv", &["--encoding", "big5"]);
    assert_eq!(what(&right), what(&scan("customers-tw.big5.csv", &[])));
    // UTF-16 without a mark, named.
    let be = scan("customers.utf16be.csv", &["--encoding", "utf-16be"]);
    assert_eq!(be.len(), 60);
    // Forced UTF-8: GBK is scanned as bytes, its labels unread.
    let raw = scan("customers.gbk.csv", &["--encoding", "utf-8"]);
    assert!(raw.len() < 60);
    // The configuration's `encoding`; the flag wins; a bad value is an error.
    let d = Dir::new();
    d.create("t.csv", fixture("customers-tw.big5.csv"));
    d.create(".piiscan.toml", "encoding = \"gbk\"\n");
    let inv = d.inventory(&["t.csv"]);
    assert_eq!(inv["files"][0]["encoding"], "gbk");
    let inv = d.inventory(&["t.csv", "--encoding", "auto"]);
    assert_eq!(inv["files"][0]["encoding"], "big5");
    d.create(".piiscan.toml", "encoding = \"latin9\"\n");
    let out = d.cmd().args(["scan", "t.csv"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out =
        d.cmd().args(["scan", "--no-config", "--encoding", "latin9", "t.csv"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn escaped_values_are_found_with_offsets_on_the_escapes() {
    // JSON Lines with \u escapes: names attributed to their key, offsets on the escapes.
    let json = scan("app.jsonl", &[]);
    let names: Vec<&Value> = json.iter().filter(|f| f["category"] == "person_name").collect();
    assert_eq!(names.len(), 6);
    let bytes = fixture("app.jsonl");
    for f in &names {
        assert_eq!(f["column"], "user.name");
        let raw =
            &bytes[f["start"].as_u64().unwrap() as usize..f["end"].as_u64().unwrap() as usize];
        // Two characters, each a \uXXXX escape.
        assert_eq!(raw.len(), 12, "{}", String::from_utf8_lossy(raw));
        assert!(raw.starts_with(b"\\u"));
    }
    assert_eq!(json.len(), 18);

    // Percent-encoded query strings: +86 numbers, names, e-mail addresses.
    let log = scan("access.log", &[]);
    let bytes = fixture("access.log");
    let count = |c: &str| log.iter().filter(|f| f["category"] == c).count();
    assert_eq!((count("cn_mobile"), count("email"), count("person_name")), (6, 6, 6));
    for f in log.iter().filter(|f| f["category"] == "cn_mobile") {
        let raw =
            &bytes[f["start"].as_u64().unwrap() as usize..f["end"].as_u64().unwrap() as usize];
        assert!(raw.starts_with(b"%2B86"), "{}", String::from_utf8_lossy(raw));
        assert!(f["value"].as_str().unwrap().starts_with("+86"));
    }
    for f in log.iter().filter(|f| f["category"] == "email") {
        let raw =
            &bytes[f["start"].as_u64().unwrap() as usize..f["end"].as_u64().unwrap() as usize];
        assert!(String::from_utf8_lossy(raw).contains("%40example.cn"));
    }

    // HTML character references and full-width digits.
    let html = scan("page.html", &[]);
    assert_eq!(html.iter().filter(|f| f["category"] == "email").count(), 4);
    assert_eq!(html.iter().filter(|f| f["category"] == "cn_mobile").count(), 4);
    let wide = scan("fullwidth.txt", &[]);
    let bytes = fixture("fullwidth.txt");
    assert_eq!(wide.iter().filter(|f| f["category"] == "cn_mobile").count(), 4);
    assert_eq!(wide.iter().filter(|f| f["category"] == "cn_landline").count(), 4);
    assert_eq!(wide.iter().filter(|f| f["category"] == "person_name").count(), 4);
    for f in wide.iter().filter(|f| f["category"] != "person_name") {
        let raw =
            &bytes[f["start"].as_u64().unwrap() as usize..f["end"].as_u64().unwrap() as usize];
        let raw = std::str::from_utf8(raw).unwrap();
        // The full-width form in the file, its ASCII form as the value.
        assert!(raw.starts_with(['１', '（']), "{raw}");
        assert!(f["value"].as_str().unwrap().is_ascii());
    }
}

#[test]
fn escapes_in_plain_text_are_not_counted_twice() {
    let d = Dir::new();
    d.create("a.log", "tel=13912345678 again tel=%31%33%39%31%32%33%34%35%36%37%38 &#49;\n");
    let found = d.findings(&["a.log"]);
    let mobiles: Vec<_> = found.iter().filter(|f| f["category"] == "cn_mobile").collect();
    assert_eq!(mobiles.len(), 2, "{found:?}");
    assert_eq!(mobiles[0]["start"], 4);
    assert_eq!(mobiles[1]["start"], 26);
    assert_eq!(mobiles[1]["end"], 26 + 33);
}

#[test]
fn a_large_gbk_csv_streams_through_chunks_with_exact_offsets() {
    // Over 1 MiB of decoded text: the scan's chunks and the offset map's checkpoints
    // fall inside multi-byte characters somewhere.
    let mut text = String::from("姓名,手机号码,备注\n");
    for i in 0..24_000u32 {
        text.push_str(&format!("张伟,139{:08},客户备注第{i}条已回访\n", (i * 7919) % 100_000_000));
    }
    assert!(text.len() > 1 << 20);
    let bytes = GBK.encode(&text).0.into_owned();
    let d = Dir::new();
    d.create("big.csv", &bytes);
    let out = d
        .cmd()
        .args(["scan", "--format", "jsonl", "--show-values", "--min-confidence", "low", "big.csv"])
        .output()
        .unwrap();
    let found = parse_jsonl(&out);
    let mobiles: Vec<&Value> = found.iter().filter(|f| f["category"] == "cn_mobile").collect();
    assert_eq!(mobiles.len(), 24_000);
    for f in &mobiles {
        assert_eq!(f["column"], "手机号码");
        let raw =
            &bytes[f["start"].as_u64().unwrap() as usize..f["end"].as_u64().unwrap() as usize];
        assert_eq!(raw, f["value"].as_str().unwrap().as_bytes());
    }
}

#[test]
fn entries_of_archives_are_decoded_like_files() {
    // The same fixtures inside a zip (deflated by the `zip` crate) and a gzip stream
    // (flate2): each entry gives the findings of the file, its offsets point into the
    // entry's own bytes, and it records its encoding.
    let names = ["customers.gbk.csv", "customers.utf16be.csv", "app.jsonl"];
    let d = Dir::new();
    let mut w = zip::ZipWriter::new(std::fs::File::create(d.path().join("export.zip")).unwrap());
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for name in names {
        w.start_file(format!("in/{name}"), opts).unwrap();
        std::io::Write::write_all(&mut w, &fixture(name)).unwrap();
    }
    w.finish().unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut gz, &fixture("customers.gbk.csv")).unwrap();
    d.create("customers.gbk.csv.gz", gz.finish().unwrap());
    let out = d.cmd().args(["scan", "--format", "jsonl", "--show-values", "."]).output().unwrap();
    let all = parse_jsonl(&out);
    let of = |path: &str| -> Vec<Value> {
        all.iter()
            .filter(|f| f["path"].as_str().unwrap().trim_start_matches("./") == path)
            .cloned()
            .collect()
    };
    for (path, name, enc) in [
        ("export.zip!/in/customers.gbk.csv", "customers.gbk.csv", GBK),
        ("export.zip!/in/customers.utf16be.csv", "customers.utf16be.csv", UTF_16BE),
        ("export.zip!/in/app.jsonl", "app.jsonl", UTF_8),
        ("customers.gbk.csv.gz", "customers.gbk.csv", GBK),
    ] {
        let got = of(path);
        assert!(!got.is_empty(), "{path}");
        assert_eq!(what(&got), what(&scan(name, &[])), "{path}");
        if enc != UTF_8 {
            offsets_point_into_the_file(name, enc, &got);
        }
    }
    // The escaped names point at their escapes inside the entry.
    let bytes = fixture("app.jsonl");
    for f in of("export.zip!/in/app.jsonl").iter().filter(|f| f["category"] == "person_name") {
        let (start, end) = (f["start"].as_u64().unwrap(), f["end"].as_u64().unwrap());
        assert!(bytes[start as usize..end as usize].starts_with(b"\\u"), "{f}");
    }
    let inv = d.inventory(&["."]);
    let encodings: BTreeMap<String, Value> = inv["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let path = f["path"].as_str().unwrap().trim_start_matches("./").to_string();
            (path, f["encoding"].clone())
        })
        .collect();
    assert_eq!(encodings["export.zip!/in/customers.gbk.csv"], "gbk");
    assert_eq!(encodings["export.zip!/in/customers.utf16be.csv"], "utf-16be");
    assert_eq!(encodings["export.zip!/in/app.jsonl"], Value::Null);
    assert_eq!(encodings["customers.gbk.csv.gz"], "gbk");
    let errors = crate::report::schema_errors(&inv);
    assert!(errors.is_empty(), "{errors:?}");
}
