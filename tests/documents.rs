//! Documents and mail made by the real tools (`scripts/make-document-fixtures.sh`:
//! LibreOffice headless, Python's `email` package), scanned end to end: every planted value
//! is found in the entry it is in, and tables and CSV attachments are attributed per
//! column.

use assert_cmd::Command;
use serde_json::Value;

use crate::report::schema_errors;
use crate::util::Dir;

/// One finding: entry path, line, category, raw value, table and column.
type Found = (String, u64, String, String, Option<String>, Option<String>);

/// Scans `files` (paths under `tests/data/`) with raw values and returns the findings.
fn scan(files: &[&str], extra: &[&str]) -> Vec<Found> {
    let out = Command::cargo_bin("piiscan")
        .unwrap()
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data"))
        .args(["scan", "--format", "jsonl", "--show-values"])
        .args(extra)
        .args(files)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut found: Vec<Found> = crate::util::parse_jsonl(&out)
        .iter()
        .filter(|f| f["category"].is_string())
        .map(|f| {
            let s = |k: &str| f[k].as_str().map(str::to_string);
            (
                s("path").unwrap(),
                f["line"].as_u64().unwrap(),
                s("category").unwrap(),
                s("value").unwrap(),
                s("table"),
                s("column"),
            )
        })
        .collect();
    found.sort();
    found
}

fn text(path: &str, line: u64, category: &str, value: &str) -> Found {
    (path.into(), line, category.into(), value.into(), None, None)
}

fn cell(path: &str, line: u64, category: &str, value: &str, table: &str, column: &str) -> Found {
    (path.into(), line, category.into(), value.into(), Some(table.into()), Some(column.into()))
}

/// The staff table of the contract and of the mail's attachment, as `(line, column,
/// category, value)`: names, resident IDs and mobiles.
const STAFF: &[(u64, &str, &str, &str)] = &[
    (2, "姓名", "person_name", "王建国"),
    (2, "身份证号", "cn_resident_id", "110105198003142311"),
    (2, "手机", "cn_mobile", "13912347765"),
    (3, "姓名", "person_name", "李秀英"),
    (3, "身份证号", "cn_resident_id", "310104199211024825"),
    (3, "手机", "cn_mobile", "15821346609"),
    (4, "姓名", "person_name", "陈志强"),
    (4, "身份证号", "cn_resident_id", "440305197512281179"),
    (4, "手机", "cn_mobile", "18677652310"),
];

fn staff(path: &str, table: &str) -> Vec<Found> {
    STAFF.iter().map(|&(line, col, cat, v)| cell(path, line, cat, v, table, col)).collect()
}

fn sorted(mut v: Vec<Found>) -> Vec<Found> {
    v.sort();
    v
}

#[test]
fn word_and_opendocument_tables_are_attributed_like_csv_columns() {
    // The RTF is LibreOffice's too: its Chinese as \uN escapes, its table as \cell and
    // \row, read into the same parts.
    for doc in ["documents/contract.docx", "documents/contract.odt", "documents/contract.rtf"] {
        let body = format!("{doc}!/body.txt");
        let mut want = staff(&format!("{doc}!/table-1.csv"), "table-1");
        want.extend([
            // Typed in three runs of different styles.
            text(&body, 2, "cn_mobile", "13766129384"),
            text(&body, 2, "email", "wang.jianguo@hr-mail.cn"),
            text(&body, 3, "bank_card", "6225884729130651"),
            text(&body, 4, "email", "legal.team@contracts-cn.net"),
        ]);
        assert_eq!(scan(&[doc], &[]), sorted(want), "{doc}");
    }
}

/// What the contract's PDF holds, in the entry `t`.
fn contract_pdf(t: &str) -> Vec<Found> {
    let want = vec![
        text(t, 3, "cn_mobile", "13766129384"),
        text(t, 3, "email", "wang.jianguo@hr-mail.cn"),
        text(t, 4, "bank_card", "6225884729130651"),
        text(t, 6, "cn_resident_id", "110105198003142311"),
        text(t, 6, "cn_mobile", "13912347765"),
        text(t, 7, "cn_resident_id", "310104199211024825"),
        text(t, 7, "cn_mobile", "15821346609"),
        text(t, 8, "cn_resident_id", "440305197512281179"),
        text(t, 8, "cn_mobile", "18677652310"),
        text(t, 9, "email", "legal.team@contracts-cn.net"),
    ];
    sorted(want)
}

#[test]
fn pdf_text_set_in_an_embedded_cjk_font_is_found() {
    let want = contract_pdf("documents/contract.pdf!/text.txt");
    assert_eq!(scan(&["documents/contract.pdf"], &[]), want);
}

#[test]
fn a_pdf_restricted_by_an_owner_password_only_is_read_and_one_needing_a_password_is_not() {
    // Made by qpdf from contract.pdf (scripts/make-pdf-variant-fixtures.sh): AES-256
    // with object streams, and 128-bit RC4; both open with the empty user password.
    for f in ["documents/owner-aes256.pdf", "documents/owner-rc4.pdf"] {
        assert_eq!(scan(&[f], &[]), contract_pdf(&format!("{f}!/text.txt")), "{f}");
    }
    let dir = Dir::new();
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/documents");
    let inv = dir.inventory(&[&format!("{data}/user-rc4.pdf")]);
    let skipped = &inv["scan"]["skipped"];
    assert_eq!(skipped.as_array().unwrap().len(), 1, "{skipped}");
    assert!(skipped[0]["path"].as_str().unwrap().ends_with("/user-rc4.pdf!/text.txt"));
    assert_eq!(skipped[0]["reason"], "encrypted");
    assert_eq!(inv["totals"]["findings"], 0);
}

#[test]
fn a_pdf_whose_streams_are_lzw_compressed_is_read() {
    // The contract with its page contents, ToUnicode maps and fonts in LZW
    // (scripts/make-pdf-variant-fixtures.sh).
    let f = "documents/lzw.pdf";
    assert_eq!(scan(&[f], &[]), contract_pdf(&format!("{f}!/text.txt")));
}

#[test]
fn an_encrypted_pdf_whose_object_stream_is_a_bomb_is_counted_before_it_is_unpacked() {
    // 48 KB, AES-256 with the empty user password; its object stream decrypts and
    // inflates to 16 MiB of array (scripts/make-pdf-variant-fixtures.sh).
    let bomb = "documents/encrypted-objstm-bomb.pdf";
    let found = scan(&[bomb, "documents/owner-rc4.pdf"], &["--max-document-size", "4M"]);
    assert_eq!(found, contract_pdf("documents/owner-rc4.pdf!/text.txt"));
    let dir = Dir::new();
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
    let inv = dir.inventory(&[&format!("{data}/{bomb}"), "--max-document-size", "4M"]);
    let skipped = &inv["scan"]["skipped"][0];
    assert!(skipped["path"].as_str().unwrap().ends_with("encrypted-objstm-bomb.pdf"));
    assert_eq!(skipped["reason"], "too_large");
    assert_eq!(
        skipped["detail"],
        "pdf larger than 4194304 bytes (the member size limit) (--max-document-size)"
    );
}

#[test]
fn a_pdf_whose_object_streams_hold_millions_of_objects_is_skipped_under_the_default_limits() {
    // Both 16 MiB of `0 0 0 …` text (8 Mi objects once parsed) in 48 KB, within the
    // byte limit; one encrypted, one not (scripts/make-pdf-variant-fixtures.sh).
    let bombs = ["documents/encrypted-objstm-bomb.pdf", "documents/objstm-array-bomb.pdf"];
    let contract = "documents/owner-aes256.pdf";
    let found = scan(&[bombs[0], bombs[1], contract], &[]);
    assert_eq!(found, contract_pdf(&format!("{contract}!/text.txt")));
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
    for bomb in bombs {
        let dir = Dir::new();
        let inv = dir.inventory(&[&format!("{data}/{bomb}")]);
        assert_eq!(schema_errors(&inv), Vec::<String>::new());
        let skipped = &inv["scan"]["skipped"];
        assert_eq!(skipped.as_array().unwrap().len(), 1, "{skipped}");
        assert!(skipped[0]["path"].as_str().unwrap().ends_with(bomb), "{skipped}");
        assert_eq!(skipped[0]["reason"], "too_large");
        assert_eq!(
            skipped[0]["detail"],
            "pdf holding more than 2000000 objects (the PDF object limit) (--max-pdf-objects)"
        );
    }
    // The contract's objects, its own (counted once per number their digits can give)
    // and those in its object streams, are some 1 680 tokens.
    let tight = scan(&[contract], &["--max-pdf-objects", "1700"]);
    assert_eq!(tight, contract_pdf(&format!("{contract}!/text.txt")));
    assert_eq!(scan(&[contract], &["--max-pdf-objects", "300"]), Vec::new());
}

#[test]
fn presentations_are_read_slide_by_slide() {
    for doc in ["documents/slides.pptx", "documents/slides.odp"] {
        let want = vec![
            text(&format!("{doc}!/slide-1.txt"), 2, "cn_mobile", "13398765210"),
            text(&format!("{doc}!/slide-2.txt"), 1, "cn_resident_id", "320102198808083566"),
        ];
        assert_eq!(scan(&[doc], &[]), want, "{doc}");
    }
}

#[test]
fn mail_headers_bodies_and_attachments_are_decoded() {
    let mut want = staff("mail/notice.eml!/attachments/list.csv", "list");
    want.extend([
        text("mail/notice.eml!/headers.txt", 3, "email", "zhang.wei@hr-mail.cn"),
        text("mail/notice.eml!/headers.txt", 4, "email", "payroll@corp-finance.cn"),
        // In a GBK B encoded word.
        text("mail/notice.eml!/headers.txt", 5, "cn_mobile", "15910293847"),
        // Split over two quoted-printable lines in the file.
        text("mail/notice.eml!/body.txt", 3, "cn_resident_id", "110108199005206458"),
        text("mail/notice.eml!/body.txt", 3, "cn_mobile", "15910293847"),
        text("mail/gbk.eml!/headers.txt", 5, "email", "liu.yang@corp-finance.cn"),
        // A base64 GBK body.
        text("mail/gbk.eml!/body.txt", 1, "cn_mobile", "18910029384"),
    ]);
    assert_eq!(scan(&["mail/notice.eml", "mail/gbk.eml"], &[]), sorted(want.clone()));
    // The mailbox holds both messages.
    let boxed: Vec<Found> = want
        .into_iter()
        .map(|mut f| {
            f.0 = f.0.replace("mail/notice.eml!/", "mail/inbox.mbox!/message-1/");
            f.0 = f.0.replace("mail/gbk.eml!/", "mail/inbox.mbox!/message-2/");
            f
        })
        .collect();
    assert_eq!(scan(&["mail/inbox.mbox"], &[]), sorted(boxed));
}

#[test]
fn an_encrypted_pdf_is_skipped_and_the_inventory_names_document_formats() {
    let dir = Dir::new();
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
    for f in ["documents/encrypted.pdf", "documents/contract.docx", "mail/notice.eml"] {
        let name = f.rsplit('/').next().unwrap();
        dir.create(name, std::fs::read(format!("{data}/{f}")).unwrap());
    }
    // A damaged document is scanned as bytes, with a warning, and the scan goes on.
    dir.create("broken.docx", b"PK\x03\x04 not really a zip");
    let inv = dir.inventory(&["."]);
    assert_eq!(schema_errors(&inv), Vec::<String>::new());
    let skipped = inv["scan"]["skipped"].as_array().unwrap();
    let reasons: Vec<(&str, &str)> = skipped
        .iter()
        .map(|s| (s["path"].as_str().unwrap(), s["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(reasons, [("encrypted.pdf!/text.txt", "encrypted")]);
    let files: Vec<&Value> = inv["files"].as_array().unwrap().iter().collect();
    let broken = files.iter().find(|f| f["path"] == "broken.docx").expect("broken.docx listed");
    let warning = broken["warnings"][0]["reason"].as_str().unwrap();
    assert!(warning.starts_with("not a readable Word document"), "{warning}");
    assert!(files
        .iter()
        .any(|f| f["path"] == "contract.docx!/table-1.csv" && f["format"] == "csv"));
    assert_eq!(inv["totals"]["findings"], 13 + 14);
}

#[test]
fn a_part_past_the_part_size_limit_is_cut_with_a_warning() {
    let found = scan(&["documents/contract.docx"], &["--max-part-size", "120"]);
    // 120 bytes hold the table's header and two rows, and the body's first two lines.
    let mut lines: Vec<(&str, u64)> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
    lines.dedup();
    let table = "documents/contract.docx!/table-1.csv";
    let body = "documents/contract.docx!/body.txt";
    assert_eq!(lines, [(body, 2), (table, 2), (table, 3)]);
    let inv = Dir::new().inventory(&[
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/documents/contract.docx"),
        "--max-part-size",
        "120",
    ]);
    let warnings: Vec<&str> = inv["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["warnings"].as_array().into_iter().flatten())
        .map(|w| w["reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        warnings,
        [
            "table-1.csv: cut at 120 bytes (the part size limit)",
            "body.txt: cut at 120 bytes (the part size limit)"
        ]
    );
}

#[test]
fn a_pdf_whose_object_stream_is_a_bomb_is_skipped_before_it_is_unpacked() {
    // objstm-bomb.pdf is the contract with a 16 MiB string packed by qpdf into its one
    // object stream (17 KB deflated; scripts/make-pdf-bomb.sh).
    let bomb = "documents/objstm-bomb.pdf";
    let contract = "documents/contract.pdf";
    let limit = ["--max-document-size", "4M"];
    let found = scan(&[bomb, contract], &limit);
    // Nothing from the bomb; the contract beside it is read whole.
    assert!(found.iter().all(|f| f.0.starts_with(contract)), "{found:?}");
    let of_contract = scan(&[contract], &[]);
    assert_eq!(found.len(), of_contract.len());
    assert_eq!(found.len(), 10);
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
    let dir = Dir::new();
    let inv = dir.inventory(&[
        &format!("{data}/{bomb}"),
        &format!("{data}/{contract}"),
        limit[0],
        limit[1],
    ]);
    assert_eq!(schema_errors(&inv), Vec::<String>::new());
    let skipped = &inv["scan"]["skipped"][0];
    assert!(skipped["path"].as_str().unwrap().ends_with("objstm-bomb.pdf"), "{skipped}");
    assert_eq!(skipped["reason"], "too_large");
    assert_eq!(
        skipped["detail"],
        "pdf larger than 4194304 bytes (the member size limit) (--max-document-size)"
    );
    // Under the default limit (256 MiB) the padding is unpacked and the PDF reads as the
    // contract it was made from.
    let whole = scan(&[bomb], &[]);
    let strip = |v: Vec<Found>| -> Vec<(u64, String, String)> {
        v.into_iter().map(|f| (f.1, f.2, f.3)).collect()
    };
    assert_eq!(strip(whole), strip(of_contract));
}
