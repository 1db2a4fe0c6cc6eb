//! Archives and compressed files (`tests/data/containers/`, made by
//! `scripts/make-container-fixtures.sh` with zip, tar, gzip, bzip2, xz and zstd): every
//! entry is scanned as a file of its own, shown as `archive!/entry`, with its columns;
//! bad and hostile archives end with a recorded skip or warning, and the scan goes on.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::util::{parse_jsonl, stderr, Dir};

/// The fixtures' directory.
fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/containers")
}

/// The CSV inside every archive (as the fixture script writes it).
const STAFF: &str = "name,mobile,id_card,email\n张伟,19020298222,51010719640809028x,chendong@example.cn\n李娜,16266864701,610113197408121889,kai_rui@example.cn\n王芳,15259462318,620102195403048356,qing_tao@example.cn\n";
/// The text file inside every archive.
const NOTES: &str = "回访记录\n客户手机 19168197562，卡号 4940799282059502\n";
/// The long-named entry.
const LONG: &str = "long/archived-support-tickets-archived-support-tickets-archived-support-tickets-archived-support-tickets-archived-support-tickets-/note.txt";

/// (entry, category, start, end, column) of one finding.
type Spot = (String, String, u64, u64, Option<String>);

/// The byte span of `value` in `text` (it occurs once).
fn span(text: &str, value: &str) -> (u64, u64) {
    let at = text.find(value).unwrap_or_else(|| panic!("{value} not in the fixture"));
    (at as u64, (at + value.len()) as u64)
}

/// What the archives' entries hold: every value at its offset in the entry.
fn expected_entries() -> Vec<Spot> {
    let mut out = Vec::new();
    for line in STAFF.lines().skip(1) {
        let cells: Vec<&str> = line.split(',').collect();
        let line_at = STAFF.find(line).unwrap();
        let cols = [
            ("person_name", "name"),
            ("cn_mobile", "mobile"),
            ("cn_resident_id", "id_card"),
            ("email", "email"),
        ];
        for (cell, (category, column)) in cells.iter().zip(cols) {
            let (s, e) = span(&STAFF[line_at..], cell);
            let at = line_at as u64;
            let spot = ("hr/staff.csv", category, at + s, at + e, Some(column));
            out.push((spot.0.into(), spot.1.into(), spot.2, spot.3, spot.4.map(String::from)));
        }
    }
    for (value, category) in [("19168197562", "cn_mobile"), ("4940799282059502", "bank_card")] {
        let (s, e) = span(NOTES, value);
        out.push(("notes.txt".into(), category.into(), s, e, None));
    }
    let (s, e) = span("contact: chendong@example.cn\n", "chendong@example.cn");
    out.push((LONG.into(), "email".into(), s, e, None));
    out.sort();
    out
}

/// The findings of a jsonl scan of `archive`, with paths relative to `archive!/`.
fn spots(findings: &[Value], archive: &str) -> Vec<Spot> {
    let prefix = format!("{archive}!/");
    let mut out: Vec<Spot> = findings
        .iter()
        .map(|f| {
            let path = f["path"].as_str().unwrap();
            let entry = path.split_once(&prefix).map_or(path, |(_, e)| e);
            if f["column"].is_string() {
                assert_eq!(f["table"], "staff", "{f}");
            }
            (
                entry.to_string(),
                f["category"].as_str().unwrap().to_string(),
                f["start"].as_u64().unwrap(),
                f["end"].as_u64().unwrap(),
                f["column"].as_str().map(String::from),
            )
        })
        .collect();
    out.sort();
    out
}

fn scan_jsonl(d: &Dir, args: &[&str]) -> Vec<Value> {
    let out = d.cmd().args(["scan", "--format", "jsonl"]).args(args).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    parse_jsonl(&out)
}

fn fixture(name: &str) -> String {
    fixtures().join(name).to_str().unwrap().to_string()
}

#[test]
fn every_archive_format_yields_each_entry_with_its_columns() {
    let d = Dir::new();
    for archive in [
        "plain.zip",
        "methods.zip",
        "plain.7z",
        "methods.7z",
        "plain.tar",
        "plain.tar.gz",
        "plain.tar.bz2",
        "plain.tar.xz",
        "plain.tar.zst",
    ] {
        let findings = scan_jsonl(&d, &[&fixture(archive)]);
        assert_eq!(spots(&findings, archive), expected_entries(), "{archive}");
    }
}

#[test]
fn single_compressed_files_keep_their_path_and_offsets() {
    let d = Dir::new();
    for file in ["notes.txt.bz2", "notes.txt.xz", "notes.txt.zst"] {
        let findings = scan_jsonl(&d, &[&fixture(file)]);
        let got: Vec<_> = findings
            .iter()
            .map(|f| (f["path"].as_str().unwrap().ends_with(file), f["start"].clone()))
            .collect();
        let mobile = span(NOTES, "19168197562").0;
        let card = span(NOTES, "4940799282059502").0;
        assert_eq!(got, [(true, mobile.into()), (true, card.into())], "{file}");
    }
}

#[test]
fn a_csv_inside_a_zip_inside_a_tar_gz_is_attributed_to_its_columns() {
    let d = Dir::new();
    let findings = scan_jsonl(&d, &[&fixture("nested.tar.gz")]);
    assert_eq!(spots(&findings, "nested.tar.gz!/inner.zip"), expected_entries());
    let inv = d.inventory(&[&fixture("nested.tar.gz")]);
    let staff = inv["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with("nested.tar.gz!/inner.zip!/hr/staff.csv"))
        .expect("the CSV entry is a file of the inventory");
    assert_eq!(staff["format"], "csv");
    let columns: Vec<String> = staff["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| format!("{}.{}={}", c["table"], c["column"], c["verdict"]))
        .collect();
    assert_eq!(
        columns,
        [
            "\"staff\".\"email\"=\"email\"",
            "\"staff\".\"id_card\"=\"cn_resident_id\"",
            "\"staff\".\"mobile\"=\"cn_mobile\"",
            "\"staff\".\"name\"=\"person_name\""
        ]
    );
    // Two archives and three entries.
    assert_eq!(inv["scan"]["files_scanned"], 5);
    assert!(
        crate::report::schema_errors(&inv).is_empty(),
        "{:?}",
        crate::report::schema_errors(&inv)
    );
}

/// The skips of an inventory, as (path suffix after the fixtures' folder, reason).
fn skips(inv: &Value) -> Vec<(String, String)> {
    inv["scan"]["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let p = s["path"].as_str().unwrap();
            let p = p.rsplit_once("containers/").map_or(p, |(_, rest)| rest);
            (p.to_string(), s["reason"].as_str().unwrap().to_string())
        })
        .collect()
}

#[test]
fn an_encrypted_entry_is_skipped_and_the_others_are_scanned() {
    let d = Dir::new();
    let inv = d.inventory(&[&fixture("encrypted.zip")]);
    assert_eq!(skips(&inv), [("encrypted.zip!/notes.txt".into(), "encrypted".into())]);
    assert_eq!(inv["totals"]["findings"], 12, "the CSV beside it");
    // The gate cannot vouch for what it could not read.
    let out = d.cmd().args(["scan", "--fail-on", "high", &fixture("encrypted.zip")]).output();
    assert_eq!(out.unwrap().status.code(), Some(2));
    assert!(crate::report::schema_errors(&inv).is_empty());
}

#[test]
fn encrypted_7z_entries_are_skipped_by_name_or_as_one_when_the_names_are_encrypted() {
    let d = Dir::new();
    let inv = d.inventory(&[&fixture("encrypted.7z"), &fixture("encrypted-names.7z")]);
    assert_eq!(
        skips(&inv),
        [
            ("encrypted-names.7z!/(encrypted)".into(), "encrypted".into()),
            ("encrypted.7z!/hr/staff.csv".into(), "encrypted".into()),
            ("encrypted.7z!/notes.txt".into(), "encrypted".into()),
        ]
    );
    assert_eq!(inv["totals"]["findings"], 0);
    assert!(crate::report::schema_errors(&inv).is_empty());
}

#[test]
fn a_cut_7z_keeps_what_was_read_and_says_it_is_damaged() {
    let d = Dir::new();
    let whole = std::fs::read(fixtures().join("methods.7z")).unwrap();
    // Not solid: each entry its own block. The cut loses the header at the end, so
    // nothing can be listed: the bytes are scanned as they are, with a warning.
    let cut = d.create("cut.7z", &whole[..whole.len() / 2]);
    let inv = d.inventory(&[cut.to_str().unwrap()]);
    let files = inv["files"].as_array().unwrap();
    let file = files.iter().find(|f| f["path"].as_str().unwrap().ends_with("cut.7z")).unwrap();
    let reason = file["warnings"][0]["reason"].as_str().unwrap();
    assert!(reason.contains("not a readable 7z archive"), "{reason}");
    // A 7z inside a zip is read from its copy like any nested archive.
    let findings = scan_jsonl(&d, &[&fixture("7z-in.zip")]);
    assert_eq!(spots(&findings, "7z-in.zip!/plain.7z"), expected_entries());
}

#[test]
fn a_damaged_entry_is_a_warning_and_the_rest_is_scanned() {
    let d = Dir::new();
    let inv = d.inventory(&[&fixture("corrupt.zip")]);
    let files = inv["files"].as_array().unwrap();
    let zip = files.iter().find(|f| f["path"].as_str().unwrap().ends_with("corrupt.zip")).unwrap();
    assert_eq!(zip["format"], "zip");
    let warnings = zip["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0]["reason"].as_str().unwrap().contains("local file header"), "{warnings:?}");
    let findings = scan_jsonl(&d, &[&fixture("corrupt.zip")]);
    let want: Vec<Spot> =
        expected_entries().into_iter().filter(|s| s.0 != "hr/staff.csv").collect();
    assert_eq!(spots(&findings, "corrupt.zip"), want);
}

#[test]
fn a_high_ratio_entry_is_a_bomb_and_the_next_entry_is_scanned() {
    let d = Dir::new();
    let inv = d.inventory(&[&fixture("ratio-bomb.zip")]);
    assert_eq!(skips(&inv), [("ratio-bomb.zip!/spaces.txt".into(), "bomb".into())]);
    let bytes = inv["scan"]["bytes_scanned"].as_u64().unwrap();
    assert!(bytes < 16 << 20, "read {bytes} bytes of a 64 MiB entry");
    let staff = inv["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with("ratio-bomb.zip!/staff.csv"));
    assert_eq!(staff.expect("the entry after the bomb")["findings"], 12);
    assert!(crate::report::schema_errors(&inv).is_empty());
}

/// The skips of an inventory with their details.
fn skip_details(inv: &Value) -> Vec<(String, String, String)> {
    let details = inv["scan"]["skipped"].as_array().unwrap().iter();
    skips(inv).into_iter().zip(details).map(|((p, r), s)| (p, r, s["detail"].to_string())).collect()
}

#[test]
fn a_bomb_in_a_solid_7z_block_ends_that_block_and_the_next_block_is_read() {
    let d = Dir::new();
    // spaces.txt and staff.csv are one block: the CSV is reached only by decoding the
    // 64 MiB of spaces, which the guard ended.
    let inv = d.inventory(&[&fixture("ratio-bomb.7z")]);
    let found = skip_details(&inv);
    let reasons: Vec<_> = found.iter().map(|(p, r, _)| (p.as_str(), r.as_str())).collect();
    assert_eq!(
        reasons,
        [("ratio-bomb.7z!/spaces.txt", "bomb"), ("ratio-bomb.7z!/staff.csv", "bomb")]
    );
    assert!(found[1].2.contains("after spaces.txt in the same solid block"), "{found:?}");
    assert_eq!(inv["totals"]["findings"], 0);
    // 256 MiB of spaces between notes.txt and tail.txt in one block; hr/staff.csv in a
    // block of its own, read whole.
    let inv = d.inventory(&[&fixture("bomb-solid.7z")]);
    assert_eq!(
        skips(&inv),
        [
            ("bomb-solid.7z!/padding.txt".into(), "bomb".into()),
            ("bomb-solid.7z!/tail.txt".into(), "bomb".into()),
        ]
    );
    let bytes = inv["scan"]["bytes_scanned"].as_u64().unwrap();
    assert!(bytes < 4 << 20, "read {bytes} bytes of a 256 MiB entry");
    assert!(crate::report::schema_errors(&inv).is_empty());
    let findings = scan_jsonl(&d, &[&fixture("bomb-solid.7z")]);
    let want: Vec<Spot> =
        expected_entries().into_iter().filter(|s| !s.0.starts_with("long/")).collect();
    let got = spots(&findings, "bomb-solid.7z");
    assert_eq!(got, want);
}

#[test]
fn a_solid_7z_backup_is_scanned_whole_however_cheap_its_second_copies() {
    let d = Dir::new();
    let inv = d.inventory(&[&fixture("solid.7z")]);
    assert_eq!(skips(&inv), []);
    // The archive, and its 120 tickets, two logs, two CSVs and the notes.
    assert_eq!(inv["scan"]["files_scanned"], 126, "{}", inv["scan"]);
    let findings = scan_jsonl(&d, &[&fixture("solid.7z")]);
    let mut want = Vec::new();
    for s in expected_entries().into_iter().filter(|s| !s.0.starts_with("long/")) {
        if s.0 == "hr/staff.csv" {
            want.push((format!("backup/{}", s.0), s.1.clone(), s.2, s.3, s.4.clone()));
        }
        want.push(s);
    }
    want.sort();
    assert_eq!(spots(&findings, "solid.7z"), want);
}

#[test]
fn a_nested_zip_bomb_ends_after_a_bounded_expansion() {
    let d = Dir::new();
    let file = fixture("nested-bomb.zip");
    let size = std::fs::metadata(&file).unwrap().len();
    let inv = d.inventory(&[&file]);
    let found = skips(&inv);
    assert!(!found.is_empty() && found.iter().all(|(_, r)| r == "bomb"), "{found:?}");
    assert!(found[0].0.starts_with("nested-bomb.zip!/part-00.zip!/part-00.zip!/"), "{found:?}");
    // 16^3 leaves of 128 MiB: the file's ratio ends it after 1000 times its size.
    let bytes = inv["scan"]["bytes_scanned"].as_u64().unwrap();
    assert!(bytes <= 1000 * size, "{bytes} bytes scanned from {size}");
    assert_eq!(inv["scan"]["complete"], true);
}

#[test]
fn archives_nested_deeper_than_the_limit_are_not_opened() {
    let d = Dir::new();
    let inv = d.inventory(&["--max-archive-depth", "1", &fixture("nested.tar.gz")]);
    assert_eq!(skips(&inv), [("nested.tar.gz!/inner.zip".into(), "depth".into())]);
    assert_eq!(inv["totals"]["findings"], 0);
}

#[test]
fn an_archive_with_more_entries_than_the_limit_ends_there() {
    let d = Dir::new();
    let inv = d.inventory(&["--max-entries", "1", &fixture("plain.zip")]);
    assert_eq!(skips(&inv), [("plain.zip".into(), "too_large".into())]);
    assert_eq!(inv["totals"]["findings"], 12, "the first entry, the CSV");
}

#[test]
fn the_expansion_budget_ends_the_input_being_read() {
    let d = Dir::new();
    let inv = d.inventory(&["--max-expanded", "100", &fixture("plain.tar.gz")]);
    assert_eq!(skips(&inv), [("plain.tar.gz".into(), "too_large".into())]);
    assert!(inv["scan"]["bytes_scanned"].as_u64().unwrap() <= 100);
}

/// A zip written by the `zip` crate (stored), with `entries` (name, contents).
fn make_zip(path: &Path, entries: &[(&str, &[u8])]) {
    let mut w = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, data) in entries {
        w.start_file(*name, opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap();
}

#[test]
fn java_packages_are_opened_only_with_the_flag() {
    let d = Dir::new();
    std::fs::create_dir_all(d.path().join("lib")).unwrap();
    make_zip(&d.path().join("lib/app.jar"), &[("config.txt", NOTES.as_bytes())]);
    assert!(scan_jsonl(&d, &["lib"]).is_empty());
    let found = scan_jsonl(&d, &["--jars", "lib"]);
    let paths: Vec<_> = found.iter().map(|f| f["path"].as_str().unwrap().to_string()).collect();
    assert_eq!(paths, ["lib/app.jar!/config.txt", "lib/app.jar!/config.txt"]);
}

#[test]
fn values_in_entry_names_are_findings_and_masked_in_every_path() {
    let d = Dir::new();
    make_zip(
        &d.path().join("export.zip"),
        &[("客户_19168197562/a.txt", b"mail chendong@example.cn\n")],
    );
    let found = scan_jsonl(&d, &["export.zip"]);
    let got: Vec<_> = found
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap(),
                f["category"].as_str().unwrap(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let shown = "export.zip!/客户_191****7562/a.txt";
    assert_eq!(got, [(shown, "cn_mobile", 0), (shown, "email", 1)]);
    let name_finding = &found[0];
    let real = "export.zip!/客户_19168197562/a.txt";
    let (s, e) = span(real, "19168197562");
    assert_eq!((name_finding["start"].as_u64(), name_finding["end"].as_u64()), (Some(s), Some(e)));
}

#[test]
fn sarif_names_an_entry_by_its_nested_path() {
    let d = Dir::new();
    let out = d.cmd().args(["scan", "--format", "sarif", &fixture("plain.zip")]).output().unwrap();
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    let uris: std::collections::BTreeSet<String> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .map(|u| u.rsplit_once("containers/").unwrap().1.to_string())
        .collect();
    assert!(uris.contains("plain.zip!/hr/staff.csv"), "{uris:?}");
    assert!(uris.contains("plain.zip!/notes.txt"), "{uris:?}");
}

#[test]
fn a_spreadsheet_inside_a_zip_is_rendered_with_its_columns() {
    let d = Dir::new();
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("staff").unwrap();
    ws.write_string(0, 0, "name").unwrap();
    ws.write_string(0, 1, "mobile").unwrap();
    ws.write_string(1, 0, "张伟").unwrap();
    ws.write_number(1, 1, 19020298222.0).unwrap();
    let book = wb.save_to_buffer().unwrap();
    make_zip(&d.path().join("books.zip"), &[("hr/book.xlsx", &book)]);
    let found = scan_jsonl(&d, &["books.zip"]);
    let got: Vec<_> = found
        .iter()
        .map(|f| {
            let at = (f["table"].as_str(), f["column"].as_str(), f["category"].as_str());
            (f["path"].as_str().unwrap().to_string(), at.0, at.1, at.2)
        })
        .collect();
    let path = "books.zip!/hr/book.xlsx".to_string();
    assert_eq!(
        got,
        [
            (path.clone(), Some("staff"), Some("name"), Some("person_name")),
            (path, Some("staff"), Some("mobile"), Some("cn_mobile"))
        ]
    );
}

/// A container's summary row as `(path after the fixtures' folder, format, parent,
/// entries scanned, with findings, skipped, nested containers, bytes, findings)`.
type Summary = (String, String, String, u64, u64, u64, u64, u64, u64);

fn summaries(inv: &Value) -> Vec<Summary> {
    let short = |p: &Value| {
        let p = p.as_str().unwrap_or("");
        p.rsplit_once("containers/").map_or(p, |(_, rest)| rest).to_string()
    };
    inv["containers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let n = |k: &str| c[k].as_u64().unwrap();
            (
                short(&c["path"]),
                c["format"].as_str().unwrap().to_string(),
                short(&c["parent"]),
                n("entries_scanned"),
                n("entries_with_findings"),
                n("entries_skipped"),
                n("containers"),
                n("bytes"),
                n("findings"),
            )
        })
        .collect()
}

#[test]
fn a_backup_zip_sums_up_what_its_nested_documents_mail_and_archives_hold() {
    let d = Dir::new();
    let inv = d.inventory(&[&fixture("backup.zip")]);
    assert!(
        crate::report::schema_errors(&inv).is_empty(),
        "{:?}",
        crate::report::schema_errors(&inv)
    );
    let s = |p: &str, f: &str, parent: &str, n: [u64; 6]| -> Summary {
        (p.into(), f.into(), parent.into(), n[0], n[1], n[2], n[3], n[4], n[5])
    };
    // readme.txt (34 bytes, nothing), the Word document's body and table (13 values),
    // the message's headers, body and attachment (14), the tar.gz's zip's three files
    // (15), the encrypted zip's clear CSV (12) beside its encrypted entry.
    assert_eq!(
        summaries(&inv),
        [
            s("backup.zip", "zip", "", [10, 9, 1, 5, 1331, 54]),
            s("backup.zip!/2026/contract.docx", "docx", "backup.zip", [2, 2, 0, 0, 338, 13]),
            s("backup.zip!/2026/notice.eml", "eml", "backup.zip", [3, 3, 0, 0, 468, 14]),
            s("backup.zip!/archives/encrypted.zip", "zip", "backup.zip", [1, 1, 1, 0, 199, 12]),
            s("backup.zip!/archives/nested.tar.gz", "tar", "backup.zip", [3, 3, 0, 1, 292, 15]),
            s(
                "backup.zip!/archives/nested.tar.gz!/inner.zip",
                "zip",
                "backup.zip!/archives/nested.tar.gz",
                [3, 3, 0, 0, 292, 15]
            ),
        ]
    );
    let top = &inv["containers"][0];
    assert_eq!(top["skipped_by_reason"], serde_json::json!({"encrypted": 1}));
    let cats: Vec<(String, u64)> = top["categories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["category"].as_str().unwrap().to_string(), c["findings"].as_u64().unwrap()))
        .collect();
    let want = [
        ("cn_resident_id", 13),
        ("cn_mobile", 16),
        ("email", 11),
        ("bank_card", 2),
        ("person_name", 12),
    ];
    assert_eq!(cats, want.map(|(c, n)| (c.to_string(), n)));
    // The top row adds up to the scan: every finding is under it.
    assert_eq!(inv["totals"]["findings"], 54);
    // Six containers and ten entries.
    assert_eq!(inv["scan"]["files_scanned"], 16);
}

#[test]
fn a_bomb_is_summed_up_as_skips_of_the_containers_it_ends() {
    let d = Dir::new();
    let inv = d.inventory(&[&fixture("nested-bomb.zip")]);
    let rows = summaries(&inv);
    // Three levels of zips, then three bottom zips whose 128 MiB entry ends as a bomb
    // (the third after what is left of the file's expansion budget).
    assert_eq!(rows.len(), 6, "{rows:?}");
    assert_eq!(
        rows[0],
        ("nested-bomb.zip".into(), "zip".into(), "".into(), 3, 0, 3, 5, 18_119_875, 0)
    );
    assert_eq!(inv["containers"][0]["skipped_by_reason"], serde_json::json!({"bomb": 3}));
    assert!(crate::report::schema_errors(&inv).is_empty());
}

#[test]
fn the_reports_show_the_summary_by_container() {
    let d = Dir::new();
    let backup = fixture("backup.zip");
    let run = |args: &[&str]| {
        let out = d.cmd().args(["scan", "--no-config"]).args(args).arg(&backup).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let md = run(&["--format", "markdown"]);
    let row = md.lines().find(|l| l.contains("backup.zip | zip")).expect("the backup's row");
    assert!(
        row.ends_with(
            "| zip | 10 | 9 | 1 (encrypted 1) | 5 | 54 | Resident ID number (PRC) 13, \
             Mobile number (PRC) 16, E-mail address 11, Bank card number 2, Personal name 12 |"
        ),
        "{row}"
    );
    assert!(md.contains(
        "backup.zip\\!/archives/nested.tar.gz\\!/inner.zip | zip | 3 | 3 | 0 | 0 | 15 |"
    ));
    let html = run(&["--format", "html"]);
    let table = html.split(r#"<table id="containers-table""#).nth(1).expect("the table");
    let table = table.split("</table>").next().unwrap();
    assert_eq!(table.matches("<tr><td").count(), 6);
    assert!(table.contains(r#"<td class="num" data-v="1">1 (encrypted 1)</td>"#), "{table}");
    let human = run(&[]);
    assert!(
        human.lines().any(|l| l.ends_with(
            "54  10 entries, skipped encrypted 1: cn_mobile 16, cn_resident_id 13, \
             person_name 12, email 11, bank_card 2"
        )),
        "{human}"
    );
    // A saved inventory renders the same section.
    let json = run(&["--format", "json"]);
    let saved = d.path().join("inv.json");
    std::fs::write(&saved, json).unwrap();
    let out = d.cmd().args(["report", "--format", "markdown"]).arg(&saved).output().unwrap();
    let again = String::from_utf8(out.stdout).unwrap();
    assert!(again.contains(row), "{again}");
}

#[test]
fn sarif_lists_nested_entries_as_artifacts_with_their_parents() {
    let d = Dir::new();
    let out = d.cmd().args(["scan", "--format", "sarif", &fixture("backup.zip")]).output().unwrap();
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    let errors = crate::sarif::schema_errors(&sarif);
    assert!(errors.is_empty(), "{errors:?}");
    let run = &sarif["runs"][0];
    let artifacts = run["artifacts"].as_array().unwrap();
    // From an artifact up to the file on disk: each level's own uri.
    let chain = |mut i: usize| {
        let mut uris = Vec::new();
        loop {
            let a = &artifacts[i];
            let uri = a["location"]["uri"].as_str().unwrap();
            uris.push(uri.rsplit_once("containers/").map_or(uri, |(_, u)| u).to_string());
            match a["parentIndex"].as_u64() {
                Some(p) => i = p as usize,
                None => return uris,
            }
        }
    };
    let results = run["results"].as_array().unwrap();
    let staff = results
        .iter()
        .map(|r| &r["locations"][0]["physicalLocation"]["artifactLocation"])
        .find(|l| l["uri"].as_str().unwrap().ends_with("nested.tar.gz!/inner.zip!/hr/staff.csv"))
        .expect("a result in the CSV three levels down");
    assert_eq!(
        chain(staff["index"].as_u64().unwrap() as usize),
        ["hr/staff.csv", "inner.zip", "archives/nested.tar.gz", "backup.zip"]
    );
    // Every result names its artifact, and each artifact is listed once.
    assert!(results
        .iter()
        .all(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["index"].is_u64()));
    let top = artifacts.iter().filter(|a| a["parentIndex"].is_null()).count();
    assert_eq!((artifacts.len(), top), (15, 1));
}

#[test]
fn allowed_paths_match_entries_by_their_path_as_shown() {
    let d = Dir::new();
    for f in ["plain.zip", "plain.7z", "nested.tar.gz"] {
        d.create(f, std::fs::read(fixtures().join(f)).unwrap());
    }
    // A bare name matches inside archives as on disk; `plain.7z!/hr/` names one folder
    // of one archive (anchored at the configuration's folder, as a path with a slash is
    // in .gitignore); inside a nested archive that takes `**/`.
    let config = "[allow]\npaths = [\"notes.txt\", \"plain.7z!/hr/\", \"**/inner.zip!/long/\"]\n";
    d.create(".piiscan.toml", config);
    let inv = d.inventory(&["."]);
    let allowed = |p: &str| (p.to_string(), "allowed".to_string());
    assert_eq!(
        skips(&inv),
        [
            allowed(&format!("nested.tar.gz!/inner.zip!/{LONG}")),
            allowed("nested.tar.gz!/inner.zip!/notes.txt"),
            allowed("plain.7z!/hr/staff.csv"),
            allowed("plain.7z!/notes.txt"),
            allowed("plain.zip!/notes.txt"),
        ]
    );
    let findings = scan_jsonl(&d, &["."]);
    // The findings of the entries directly inside `archive`.
    let of = |archive: &str| {
        let prefix = format!("{archive}!/");
        let inside: Vec<Value> = findings
            .iter()
            .filter(|f| {
                let p = f["path"].as_str().unwrap();
                p.strip_prefix(&prefix).is_some_and(|rest| !rest.contains("!/"))
            })
            .cloned()
            .collect();
        spots(&inside, archive)
    };
    let csv: Vec<Spot> = expected_entries().into_iter().filter(|s| s.0 == "hr/staff.csv").collect();
    let long: Vec<Spot> = expected_entries().into_iter().filter(|s| s.0 == LONG).collect();
    // In the solid 7z the allowed entries are still decoded to reach the next one.
    assert_eq!(of("plain.7z"), long);
    assert_eq!(of("plain.zip"), [csv.clone(), long].concat());
    assert_eq!(of("nested.tar.gz!/inner.zip"), csv);
    assert_eq!(findings.len(), 1 + 13 + 12);
}

/// Text that compresses well (some 20:1 to 200:1, far below `--max-ratio`'s 1000:1), 3 MiB
/// with a line of personal data at its end.
fn well_compressed_text() -> Vec<u8> {
    let mut text = Vec::new();
    for i in 0..40_000u32 {
        writeln!(text, "{i:06} status=ok queue=default retries=0 elapsed_ms=12 shard=a").unwrap();
    }
    text.extend_from_slice(crate::util::PII_LINE.as_bytes());
    text
}

#[test]
fn a_well_compressed_file_is_read_whole_whatever_its_codec() {
    // The decoders read ahead while the file's head is sniffed: the bytes they buffered
    // count as read, so a 16:1 text is no bomb after its first MiB.
    let text = well_compressed_text();
    let d = Dir::new();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&text).unwrap();
    d.create("log.txt.gz", gz.finish().unwrap());
    let mut bz = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::default());
    bz.write_all(&text).unwrap();
    d.create("log.txt.bz2", bz.finish().unwrap());
    let mut xz = liblzma::write::XzEncoder::new(Vec::new(), 6);
    xz.write_all(&text).unwrap();
    d.create("log.txt.xz", xz.finish().unwrap());
    d.create("log.txt.zst", zstd::encode_all(&text[..], 3).unwrap());
    let inv = d.inventory(&["--no-config", "."]);
    assert_eq!(skips(&inv), Vec::<(String, String)>::new());
    assert_eq!(inv["scan"]["bytes_scanned"].as_u64(), Some(4 * text.len() as u64));
    for file in inv["files"].as_array().unwrap() {
        assert_eq!(file["findings"], 3, "{}", file["path"]);
    }
    assert_eq!(inv["files"].as_array().unwrap().len(), 4);
}
