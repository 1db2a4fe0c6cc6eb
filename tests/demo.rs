//! The shipped demo tree (`examples/demo`, made by `scripts/gen-demo.sh`; its documents
//! and mail are copied from `tests/data`): every planted
//! value is found in its file and nothing else is, every category is represented, and the
//! near-miss fixture yields nothing.

use std::collections::{BTreeMap, BTreeSet};

use assert_cmd::Command;
use piiscan::detect::Category;
use serde_json::Value;

/// (file, category, findings, minors) as planted by `examples/gen_demo.rs` (it prints this
/// table when it runs). Minors are counted on the scan date: every minor in the demo was
/// born in 2018 or later, so the table holds until 2032.
const EXPECTED: &[(&str, &str, u64, u64)] = &[
    ("archives/hr-export.zip!/hr/staff.csv", "cn_resident_id", 6, 1),
    ("archives/hr-export.zip!/hr/staff.csv", "cn_mobile", 6, 0),
    ("archives/hr-export.zip!/hr/staff.csv", "email", 6, 0),
    ("archives/hr-export.zip!/hr/staff.csv", "bank_card", 6, 0),
    ("archives/hr-export.zip!/hr/staff.csv", "ipv4", 6, 0),
    ("archives/hr-export.zip!/notes/handover.log", "cn_mobile", 11, 0),
    ("archives/hr-export.zip!/notes/handover.log", "email", 8, 0),
    ("archives/hr-export.zip!/notes/handover.log", "bank_card", 2, 0),
    ("archives/hr-export.zip!/notes/handover.log", "ipv4", 9, 0),
    ("data/face_features.json", "biometric", 5, 0),
    ("data/users.json", "cn_resident_id", 7, 0),
    // Copied from tests/data by scripts/gen-demo.sh: entries of a document and a message.
    ("documents/contract.docx!/body.txt", "cn_mobile", 1, 0),
    ("documents/contract.docx!/body.txt", "email", 2, 0),
    ("documents/contract.docx!/body.txt", "bank_card", 1, 0),
    ("documents/contract.docx!/table-1.csv", "cn_resident_id", 3, 0),
    ("documents/contract.docx!/table-1.csv", "cn_mobile", 3, 0),
    ("documents/contract.docx!/table-1.csv", "person_name", 3, 0),
    ("documents/contract.pdf!/text.txt", "cn_resident_id", 3, 0),
    ("documents/contract.pdf!/text.txt", "cn_mobile", 4, 0),
    ("documents/contract.pdf!/text.txt", "email", 2, 0),
    ("documents/contract.pdf!/text.txt", "bank_card", 1, 0),
    ("documents/notice.eml!/attachments/list.csv", "cn_resident_id", 3, 0),
    ("documents/notice.eml!/attachments/list.csv", "cn_mobile", 3, 0),
    ("documents/notice.eml!/attachments/list.csv", "person_name", 3, 0),
    ("documents/notice.eml!/body.txt", "cn_resident_id", 1, 0),
    ("documents/notice.eml!/body.txt", "cn_mobile", 1, 0),
    ("documents/notice.eml!/headers.txt", "cn_mobile", 1, 0),
    ("documents/notice.eml!/headers.txt", "email", 2, 0),
    ("data/users.json", "cn_mobile", 3, 0),
    ("data/users.json", "email", 3, 0),
    ("data/users.json", "bank_card", 2, 0),
    ("data/users.json", "ipv4", 11, 0),
    ("exports/customers.csv", "cn_resident_id", 20, 3),
    ("exports/customers.csv", "cn_mobile", 20, 0),
    ("exports/customers.csv", "email", 20, 0),
    ("exports/customers.csv", "bank_card", 20, 0),
    ("exports/customers.csv", "ipv4", 20, 0),
    ("exports/员工通讯录.csv", "cn_resident_id", 8, 2),
    ("exports/员工通讯录.csv", "cn_mobile", 8, 0),
    ("exports/员工通讯录.csv", "person_name", 8, 0),
    ("exports/registrations.jsonl", "cn_mobile", 8, 0),
    ("exports/registrations.jsonl", "cn_landline", 9, 0),
    ("exports/registrations.jsonl", "phone_intl", 6, 0),
    ("exports/registrations.jsonl", "cn_uscc", 5, 0),
    ("exports/registrations.jsonl", "cn_license_plate", 8, 0),
    ("exports/registrations.jsonl", "person_name", 22, 0),
    ("exports/registrations.jsonl", "address", 14, 0),
    ("exports/registrations.jsonl", "postal_code", 11, 0),
    ("exports/registrations.jsonl", "date_of_birth", 19, 4),
    ("logs/app.log", "cn_mobile", 9, 0),
    ("logs/app.log", "email", 3, 0),
    ("logs/app.log", "bank_card", 3, 0),
    ("logs/app.log", "ipv4", 5, 0),
    ("logs/intl-support.log", "phone_intl", 9, 0),
    ("logs/intl-support.log", "person_name", 1, 0),
    ("logs/intl-support.log", "address", 1, 0),
    ("logs/intl-support.log", "ipv6", 4, 0),
    ("logs/intl-support.log", "us_ssn", 4, 0),
    ("logs/intl-support.log", "iban", 6, 0),
    ("notes/hk-tw-customers.txt", "phone_intl", 6, 0),
    ("notes/hk-tw-customers.txt", "cn_passport", 4, 0),
    ("notes/hk-tw-customers.txt", "hk_id", 6, 0),
    ("notes/hk-tw-customers.txt", "tw_id", 6, 0),
    ("notes/hk-tw-customers.txt", "cn_permit", 10, 0),
    ("notes/hk-tw-customers.txt", "person_name", 4, 0),
    ("notes/hk-tw-customers.txt", "date_of_birth", 4, 0),
    ("notes/support-notes.txt", "cn_resident_id", 1, 0),
    ("notes/support-notes.txt", "cn_mobile", 8, 0),
    ("notes/support-notes.txt", "email", 9, 0),
    ("notes/support-notes.txt", "bank_card", 5, 0),
    ("notes/support-notes.txt", "ipv4", 5, 0),
    ("notes/客户回访记录.txt", "cn_resident_id", 8, 1),
    ("notes/客户回访记录.txt", "cn_mobile", 17, 0),
    ("notes/客户回访记录.txt", "email", 2, 0),
    ("notes/客户回访记录.txt", "bank_card", 5, 0),
    ("notes/客户回访记录.txt", "ipv4", 4, 0),
];

fn scan(args: &[&str]) -> Value {
    let out = Command::cargo_bin("piiscan")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["scan", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn every_planted_value_is_found_where_it_was_planted() {
    let inv = scan(&["examples/demo"]);
    let mut got: BTreeMap<(String, String), (u64, u64)> = BTreeMap::new();
    for f in inv["files"].as_array().unwrap() {
        let path = f["path"].as_str().unwrap().trim_start_matches("examples/demo/").to_string();
        for c in f["categories"].as_array().unwrap() {
            let key = (path.clone(), c["category"].as_str().unwrap().to_string());
            got.insert(key, (c["findings"].as_u64().unwrap(), c["minors"].as_u64().unwrap()));
        }
    }
    for &(file, cat, findings, minors) in EXPECTED {
        let key = (file.to_string(), cat.to_string());
        assert_eq!(got.get(&key), Some(&(findings, minors)), "{file} {cat}");
    }
    let planted: BTreeSet<(String, String)> =
        EXPECTED.iter().map(|&(f, c, _, _)| (f.to_string(), c.to_string())).collect();
    let unplanted: Vec<_> = got.keys().filter(|k| !planted.contains(*k)).collect();
    assert!(unplanted.is_empty(), "found but never planted: {unplanted:?}");
    assert_eq!(inv["scan"]["files_skipped"], 0);
    // The GBK staff list is decoded: every finding sits in its named column.
    let staff = inv["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with("员工通讯录.csv"))
        .unwrap();
    assert_eq!(staff["encoding"], "gbk");
    let columns: BTreeSet<&str> = staff["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["column"].as_str().unwrap())
        .collect();
    for column in ["姓名", "手机号码", "身份证号"] {
        assert!(columns.contains(column), "{column}: {columns:?}");
    }
}

#[test]
fn the_demo_holds_every_category() {
    let planted: BTreeSet<&str> = EXPECTED.iter().map(|&(_, c, _, _)| c).collect();
    for c in Category::ALL {
        assert!(planted.contains(c.name()), "no {c} in the demo");
    }
}

#[test]
fn the_near_misses_yield_nothing() {
    let inv = scan(&["examples/demo/fixtures/near_misses.txt"]);
    assert_eq!(inv["scan"]["files_scanned"], 1);
    assert_eq!(inv["findings"], serde_json::json!([]), "{:#}", inv["findings"]);
}
