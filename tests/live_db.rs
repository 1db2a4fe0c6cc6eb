//! `piiscan db` against a real PostgreSQL server: `scripts/with-test-dbs.sh` starts one
//! and exports its superuser's URL as `PIISCAN_TEST_PG`. Each test loads
//! `tests/data/db/pg_fixture.sql` into a database of its own and drops it afterwards.
//! Without a server the tests say so and pass, unless `PIISCAN_DB_TESTS` is set (CI sets
//! it), when a missing or unreachable server fails them.

use std::collections::BTreeMap;
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;

/// The auditor role's password (a throwaway role on a throwaway server).
const AUDITOR_PW: &str = "Aud1tS3cretPw";

/// Whether the database tests must run (a missing or unreachable server fails them).
fn required() -> bool {
    std::env::var_os("PIISCAN_DB_TESTS").is_some()
}

/// The admin URL of a test server from `var`, or `None` (the skip said on standard error)
/// when none is configured and `PIISCAN_DB_TESTS` does not demand one.
fn server_url(var: &str, engine: &str, tag: &str) -> Option<String> {
    match std::env::var(var) {
        Ok(url) => Some(url),
        Err(_) if required() => {
            panic!("PIISCAN_DB_TESTS is set but {var} is not")
        }
        Err(_) => {
            eprintln!(
                "skipping {tag}: no {engine} test server (run the tests through \
                 scripts/with-test-dbs.sh, or set {var})"
            );
            None
        }
    }
}

/// A database loaded with the fixture, dropped on drop.
struct TestDb {
    /// The superuser's URL of the server's `postgres` database.
    admin: String,
    /// This database's name.
    name: String,
}

impl TestDb {
    /// Loads the fixture into a new database named after `tag`, or `None` (with the
    /// reason printed) when no server is configured and none is demanded.
    fn new(tag: &str) -> Option<TestDb> {
        TestDb::seeded(tag, &[])
    }

    /// [`TestDb::new`], then the seeds `more` (files of `tests/data/db`).
    fn seeded(tag: &str, more: &[&str]) -> Option<TestDb> {
        let admin = server_url("PIISCAN_TEST_PG", "PostgreSQL", tag)?;
        let mut client = match postgres::Client::connect(&admin, postgres::NoTls) {
            Ok(c) => c,
            Err(e) if !required() => {
                eprintln!("skipping {tag}: the PostgreSQL test server is not reachable: {e}");
                return None;
            }
            Err(e) => panic!("the PostgreSQL test server is not reachable: {e}"),
        };
        let name = format!("piiscan_{tag}_{}", std::process::id());
        // Roles are shared by the server's databases; tests may run at once.
        client
            .batch_execute(&format!(
                "DO $$ BEGIN CREATE ROLE piiscan_auditor LOGIN PASSWORD '{AUDITOR_PW}'; \
                 EXCEPTION WHEN others THEN NULL; END $$"
            ))
            .unwrap();
        // One statement each: DROP and CREATE DATABASE cannot run in a transaction.
        client.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).unwrap();
        client.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        let db = TestDb { admin, name };
        let mut c = postgres::Client::connect(&db.url_as_admin(), postgres::NoTls).unwrap();
        for seed in std::iter::once("pg_fixture.sql").chain(more.iter().copied()) {
            c.batch_execute(&seed_text(seed)).unwrap();
        }
        Some(db)
    }

    /// `host:port` of the server.
    fn host_port(&self) -> &str {
        let rest = self.admin.split_once('@').unwrap().1;
        rest.split('/').next().unwrap()
    }

    /// The superuser's URL of this database.
    fn url_as_admin(&self) -> String {
        let base = self.admin.rsplit_once('/').unwrap().0;
        format!("{base}/{}", self.name)
    }

    /// The auditor's URL of this database, without its password.
    fn url(&self) -> String {
        format!("postgres://piiscan_auditor@{}/{}", self.host_port(), self.name)
    }

    /// `piiscan db` as the auditor (password from `PGPASSWORD`).
    fn db(&self, args: &[&str]) -> Output {
        Command::cargo_bin("piiscan")
            .unwrap()
            .env("PGPASSWORD", AUDITOR_PW)
            .env("PGPASSFILE", "/nonexistent")
            .arg("db")
            .arg(self.url())
            .args(args)
            .output()
            .unwrap()
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Ok(mut c) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = c.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
        }
    }
}

/// The text of a seed file of `tests/data/db`.
fn seed_text(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/data/db/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// (table, column, category) -> findings.
type Counts = BTreeMap<(String, String, String), u64>;

/// The column locations of an inventory; JSON key paths folded into their column
/// (`profile.contact.mobile` counts for `profile`) when `fold`.
fn counts(inv: &Value, fold: bool) -> Counts {
    let mut out = Counts::new();
    for l in inv["locations"].as_array().unwrap() {
        let (Some(t), Some(c)) = (l["table"].as_str(), l["column"].as_str()) else { continue };
        let c = if fold { c.split(['.', '[']).next().unwrap() } else { c };
        let key = (t.to_string(), c.to_string(), l["category"].as_str().unwrap().to_string());
        *out.entry(key).or_default() += l["findings"].as_u64().unwrap();
    }
    out
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)))
}

#[test]
fn live_db_inventory_per_column() {
    let Some(db) = TestDb::new("columns") else { return };
    let out = db.db(&["--format", "json", "--sample", "2000"]);
    // The table the auditor may not read is skipped with the server's reason: exit 2.
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    let inv = json(&out);
    assert_eq!(crate::report::schema_errors(&inv), Vec::<String>::new());
    let skipped = &inv["scan"]["skipped"];
    assert_eq!(skipped.as_array().unwrap().len(), 1, "{skipped}");
    assert_eq!(skipped[0]["reason"], "unreadable");
    assert!(skipped[0]["path"].as_str().unwrap().ends_with("/public/secrets"), "{skipped}");
    assert!(skipped[0]["detail"].as_str().unwrap().contains("permission denied"), "{skipped}");

    let got = counts(&inv, false);
    let want: Counts = [
        ("客户表", "姓名", "person_name", 40),
        ("客户表", "手机号", "cn_mobile", 40),
        ("客户表", "身份证号", "cn_resident_id", 40),
        ("users", "email", "email", 30),
        // A bigint phone column.
        ("users", "phone", "cn_mobile", 30),
        // JSONB by key path: 3 of 30 profiles are NULL.
        ("users", "profile.contact.mobile", "cn_mobile", 27),
        // An array of two numbers in 27 rows.
        ("users", "tels", "cn_mobile", 54),
        // Named f1 and f2: their comments (`姓名`, `customer mobile number`) are the hints.
        ("contacts", "f1", "person_name", 20),
        ("contacts", "f2", "cn_mobile", 20),
        ("leads", "contact_email", "email", 12),
        // A materialised view holds its own copy: read as a table.
        ("lead_contacts", "contact_email", "email", 12),
        // 20 000 rows, 2 000 sampled: see below.
        ("big", "mobile", "cn_mobile", 2_000),
    ]
    .into_iter()
    .map(|(t, c, k, n)| ((t.into(), c.into(), k.into()), n))
    .collect();
    assert_eq!(got, want);

    // Every table read, with the statistics' estimate beside the rows sampled.
    let tables = inv["database"]["tables"].as_array().unwrap();
    let names: Vec<String> = tables
        .iter()
        .map(|t| format!("{}.{}", t["schema"].as_str().unwrap(), t["table"].as_str().unwrap()))
        .collect();
    assert_eq!(
        names,
        [
            "crm.lead_contacts",
            "crm.leads",
            "public.big",
            "public.contacts",
            "public.users",
            "public.客户表"
        ]
    );
    assert_eq!(tables[0]["kind"], "materialized_view");
    let big = &tables[2];
    assert_eq!(big["kind"], "table");
    assert_eq!(
        (big["method"].as_str(), big["rows_sampled"].as_u64()),
        (Some("tablesample"), Some(2_000))
    );
    let estimate = big["rows_estimated"].as_u64().unwrap();
    assert!((15_000..=25_000).contains(&estimate), "{big}");
    assert_eq!(tables[1]["method"], "limit");
    assert_eq!(tables[1]["rows_sampled"], 12);
    // Views are listed, not sampled (their rows are their tables'), and not skips.
    let views: Vec<String> = inv["database"]["not_sampled"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| format!("{} {} {}", v["table"], v["kind"], v["reason"]))
        .collect();
    assert_eq!(views, [r#""secret_mobiles" "view" "view""#, r#""user_emails" "view" "view""#]);
    assert_eq!(inv["database"]["sample"], 2_000);
    assert_eq!(inv["database"]["engine"], "postgresql");
    // The bytea column is not read, and says so.
    let users = inv["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with("/public/users"))
        .unwrap();
    assert_eq!(users["format"], "database");
    let reasons: Vec<&str> = users["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["reason"].as_str().unwrap())
        .collect();
    assert_eq!(reasons, [r#"column "photo" (bytea) not read: binary data; table "users""#]);

    // --allow-skips accepts the unreadable table; --only and --exclude pick tables.
    let out = db.db(&["--allow-skips", "--only", "public.*", "--exclude", "*big", "-j", "2"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("public.客户表")
            && !text.contains("crm.leads")
            && !text.contains("public.big"),
        "{text}"
    );
    assert!(text.contains("TABLESAMPLE") || text.contains("first rows"), "{text}");

    // The whole of a big table with --sample all.
    let out = db.db(&["--format", "json", "--only", "big", "--sample", "all"]);
    let inv = json(&out);
    assert_eq!(counts(&inv, false).values().sum::<u64>(), 20_000);
    assert_eq!(inv["database"]["tables"][0]["method"], "full");
    assert_eq!(inv["database"]["sample"], Value::Null);
}

#[test]
fn live_db_equals_its_dump() {
    let Some(db) = TestDb::new("dump") else { return };
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump.sql");
    let bin = std::env::var("PIISCAN_TEST_PG_BIN").map(|b| format!("{b}/pg_dump"));
    let out = std::process::Command::new(bin.as_deref().unwrap_or("pg_dump"))
        .arg(db.url_as_admin())
        .arg("-f")
        .arg(&dump)
        .output()
        .expect("pg_dump runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let scan = Command::cargo_bin("piiscan")
        .unwrap()
        .args(["scan", "--format", "json"])
        .arg(&dump)
        .output()
        .unwrap();
    let from_dump = counts(&json(&scan), true);
    // A materialised view's rows are not in the dump (its definition and a REFRESH are).
    let live = Command::cargo_bin("piiscan")
        .unwrap()
        .args(["db", "--format", "json", "--sample", "all", "--exclude", "lead_contacts"])
        .arg(db.url_as_admin())
        .output()
        .unwrap();
    assert_eq!(live.status.code(), Some(0), "{}", String::from_utf8_lossy(&live.stderr));
    let from_db = counts(&json(&live), true);
    // The column comment (`COMMENT ON COLUMN ... IS '姓名'`) is a hint in both.
    assert_eq!(from_db.get(&("contacts".into(), "f1".into(), "person_name".into())), Some(&20));
    assert_eq!(from_db, from_dump);
    assert_eq!(
        from_db.values().sum::<u64>(),
        20_000 + 40 * 3 + 30 * 2 + 27 + 54 + 20 + 20 + 12 + 5
    );
}

#[test]
fn live_db_never_prints_the_password() {
    let Some(db) = TestDb::new("password") else { return };
    let with_pw = db.url().replace("piiscan_auditor@", &format!("piiscan_auditor:{AUDITOR_PW}@"));
    let run = |url: &str, args: &[&str]| {
        Command::cargo_bin("piiscan")
            .unwrap()
            .env_remove("PGPASSWORD")
            .env("PGPASSFILE", "/nonexistent")
            .args(["db", url, "--allow-skips", "--exclude", "big"])
            .args(args)
            .output()
            .unwrap()
    };
    let dir = tempfile::tempdir().unwrap();
    for format in ["human", "json", "csv", "sarif", "github"] {
        let report = dir.path().join("r.html");
        let out = run(&with_pw, &["--format", format, "--report", report.to_str().unwrap()]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let all = [out.stdout, out.stderr, std::fs::read(&report).unwrap()].concat();
        let text = String::from_utf8_lossy(&all);
        assert!(!text.contains(AUDITOR_PW), "{format}: {text}");
        if format != "github" && format != "jsonl" {
            assert!(text.contains("piiscan_auditor:***@"), "{format}: {text}");
        }
    }
    // A wrong password: exit 2, a clear message, and neither password.
    let wrong = with_pw.replace(AUDITOR_PW, "Wr0ngPassw0rd");
    let out = run(&wrong, &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("password authentication failed"), "{err}");
    assert!(!err.contains("Wr0ngPassw0rd") && !err.contains(AUDITOR_PW), "{err}");
    // No server there: exit 2, the address named, no password.
    let nowhere = format!("postgres://piiscan_auditor:{AUDITOR_PW}@127.0.0.1:1/x");
    let out = run(&nowhere, &["--timeout", "2"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("connecting to postgres://piiscan_auditor:***@127.0.0.1:1/x"), "{err}");
    assert!(!err.contains(AUDITOR_PW), "{err}");
}

#[test]
fn live_db_reports_and_diffs() {
    let Some(db) = TestDb::new("report") else { return };
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.json");
    let out = db.db(&["--format", "json", "--allow-skips", "--exclude", "big"]);
    std::fs::write(&old, &out.stdout).unwrap();
    let md = Command::cargo_bin("piiscan")
        .unwrap()
        .args(["report", "--format", "markdown"])
        .arg(&old)
        .output()
        .unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(
        md.contains("## Database") && md.contains("| public.客户表 | ≈ 40 | 40 | first rows |"),
        "{md}"
    );
    // A database's inputs are tables, in every format people read.
    let report = |format: &str, lang: &str| {
        let out = Command::cargo_bin("piiscan")
            .unwrap()
            .args(["report", "--format", format, "--lang", lang])
            .arg(&old)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let human = report("human", "en");
    assert!(
        human.contains("Scanned 5 tables")
            && human.contains("locations of 5 tables;")
            && human.contains("DISTINCT  TABLES")
            && human.contains("\nTABLE ")
            && !human.contains(" file")
            && !human.contains("FILE"),
        "{human}"
    );
    for format in ["markdown", "html"] {
        let en = report(format, "en");
        assert!(
            en.to_lowercase().contains("tables with personal data")
                && en.contains("Skipped tables"),
            "{en}"
        );
        assert!(!en.contains("Files") && !en.contains(" files"), "{format}: {en}");
        let zh = report(format, "zh");
        assert!(zh.contains("含个人信息的表") && !zh.contains("文件"), "{format}: {zh}");
    }
    // More rows appear: diff says the column grew.
    let mut c = postgres::Client::connect(&db.url_as_admin(), postgres::NoTls).unwrap();
    c.batch_execute("INSERT INTO crm.leads SELECT i, 'new' || i || '@corp.cn', '' FROM generate_series(100, 104) i")
        .unwrap();
    let new = dir.path().join("new.json");
    let out = db.db(&["--format", "json", "--allow-skips", "--exclude", "big"]);
    std::fs::write(&new, &out.stdout).unwrap();
    let diff =
        Command::cargo_bin("piiscan").unwrap().arg("diff").arg(&old).arg(&new).output().unwrap();
    assert_eq!(diff.status.code(), Some(1));
    let text = String::from_utf8(diff.stdout).unwrap();
    assert!(
        text.contains("leads.contact_email") && text.contains("12") && text.contains("17"),
        "{text}"
    );
}

#[test]
fn sqlite_urls_read_the_file() {
    let file = format!("{}/tests/data/dumps/users.sqlite", env!("CARGO_MANIFEST_DIR"));
    let run = |args: &[&str]| {
        let out = Command::cargo_bin("piiscan").unwrap().args(args).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        json(&out)
    };
    let via_url = run(&["db", &format!("sqlite://{file}"), "--format", "json"]);
    let via_scan = run(&["scan", &file, "--format", "json"]);
    assert!(!counts(&via_url, false).is_empty());
    assert_eq!(counts(&via_url, false), counts(&via_scan, false));
    let out = Command::cargo_bin("piiscan")
        .unwrap()
        .args(["db", "sqlite:///nonexistent.db"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = Command::cargo_bin("piiscan")
        .unwrap()
        .args(["db", "oracle://u:pw1234@h/x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("pw1234"));
}

/// A MySQL/MariaDB database loaded with `tests/data/db/mysql_fixture.sql`, dropped on
/// drop; the server's admin URL is `PIISCAN_TEST_MYSQL`.
struct MyDb {
    admin: String,
    name: String,
}

impl MyDb {
    fn new(tag: &str) -> Option<MyDb> {
        MyDb::seeded(tag, &[])
    }

    /// [`MyDb::new`], then the seeds `more` (files of `tests/data/db`).
    fn seeded(tag: &str, more: &[&str]) -> Option<MyDb> {
        use mysql::prelude::Queryable;
        let admin = server_url("PIISCAN_TEST_MYSQL", "MySQL/MariaDB", tag)?;
        let mut conn = match mysql::Conn::new(mysql::Opts::from_url(&admin).unwrap()) {
            Ok(c) => c,
            Err(e) if !required() => {
                eprintln!("skipping {tag}: the MySQL test server is not reachable: {e}");
                return None;
            }
            Err(e) => panic!("the MySQL test server is not reachable: {e}"),
        };
        let name = format!("piiscan_{tag}_{}", std::process::id());
        conn.query_drop(format!(
            "DROP DATABASE IF EXISTS {name}; CREATE DATABASE {name} CHARACTER SET utf8mb4; \
             CREATE USER IF NOT EXISTS 'piiscan_auditor'@'127.0.0.1' IDENTIFIED BY '{AUDITOR_PW}'"
        ))
        .unwrap();
        let db = MyDb { admin, name };
        let mut c = mysql::Conn::new(mysql::Opts::from_url(&db.url_as_admin()).unwrap()).unwrap();
        c.query_drop(seed_text("mysql_fixture.sql")).unwrap();
        for t in ["客户表", "users", "contacts", "legacy", "big", "user_emails"] {
            c.query_drop(format!(
                "GRANT SELECT ON {}.`{t}` TO 'piiscan_auditor'@'127.0.0.1'",
                db.name
            ))
            .unwrap();
        }
        c.query_drop(format!(
            "GRANT INSERT ON {}.intake TO 'piiscan_auditor'@'127.0.0.1'",
            db.name
        ))
        .unwrap();
        for seed in more {
            c.query_drop(seed_text(seed)).unwrap();
        }
        Some(db)
    }

    fn url_as_admin(&self) -> String {
        format!("{}/{}", self.admin.trim_end_matches('/'), self.name)
    }

    /// The auditor's URL, with its password.
    fn url(&self) -> String {
        let host = self.admin.rsplit_once('@').unwrap().1.trim_end_matches('/');
        format!("mysql://piiscan_auditor:{AUDITOR_PW}@{host}/{}", self.name)
    }
}

impl Drop for MyDb {
    fn drop(&mut self) {
        use mysql::prelude::Queryable;
        if let Ok(mut c) = mysql::Conn::new(mysql::Opts::from_url(&self.admin).unwrap()) {
            let _ = c.query_drop(format!("DROP DATABASE IF EXISTS {}", self.name));
        }
    }
}

#[test]
fn live_mysql_inventory_per_column() {
    let Some(db) = MyDb::new("my_columns") else { return };
    let out = Command::cargo_bin("piiscan")
        .unwrap()
        .args(["db", &db.url(), "--format", "json", "--sample", "2000"])
        .output()
        .unwrap();
    // `intake` (INSERT only) is seen and cannot be read: a skip with the server's
    // reason, exit 2, and the other tables are read.
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    let all = [out.stdout.as_slice(), &out.stderr].concat();
    assert!(!String::from_utf8_lossy(&all).contains(AUDITOR_PW));
    let inv = json(&out);
    assert_eq!(crate::report::schema_errors(&inv), Vec::<String>::new());
    let skipped = &inv["scan"]["skipped"];
    assert_eq!(skipped.as_array().unwrap().len(), 1, "{skipped}");
    assert_eq!(skipped[0]["reason"], "unreadable");
    assert!(skipped[0]["path"].as_str().unwrap().ends_with("/intake"), "{skipped}");
    let detail = skipped[0]["detail"].as_str().unwrap();
    assert!(detail.contains("SELECT command denied") && detail.contains("intake"), "{detail}");
    let want: Counts = [
        ("客户表", "姓名", "person_name", 40),
        ("客户表", "手机号", "cn_mobile", 40),
        ("客户表", "身份证号", "cn_resident_id", 40),
        ("users", "email", "email", 30),
        ("users", "phone", "cn_mobile", 30),
        // JSON: by key path on MySQL, one text column on MariaDB (JSON is LONGTEXT there).
        ("users", "profile", "cn_mobile", 27),
        ("contacts", "f1", "person_name", 20),
        ("contacts", "f2", "cn_mobile", 20),
        // A latin1 table.
        ("legacy", "contact_email", "email", 12),
        ("big", "mobile", "cn_mobile", 2_000),
    ]
    .into_iter()
    .map(|(t, c, k, n)| ((t.into(), c.into(), k.into()), n))
    .collect();
    assert_eq!(counts(&inv, true), want);
    let tables = inv["database"]["tables"].as_array().unwrap();
    // MySQL lists only the tables the account holds a privilege on: `secrets` is unseen.
    assert_eq!(tables.len(), 5, "{tables:?}");
    assert_eq!(inv["database"]["not_sampled"][0]["table"], "user_emails");
    assert_eq!(inv["database"]["not_sampled"][0]["reason"], "view");
    assert!(!inv.to_string().contains("secrets"));
    let big = tables.iter().find(|t| t["table"] == "big").unwrap();
    assert_eq!((big["method"].as_str(), big["rows_sampled"].as_u64()), (Some("limit"), Some(2000)));
    assert!(big["rows_estimated"].as_u64().unwrap() > 10_000, "{big}");
    assert_eq!(inv["database"]["engine"], "mysql");
    let warnings = inv["files"].to_string();
    assert!(warnings.contains(r#"column \"photo\" (blob) not read: binary data"#), "{warnings}");
}

#[test]
fn live_mysql_equals_its_dump() {
    let Some(db) = MyDb::new("my_dump") else { return };
    let (user_pw, host) = db.admin.trim_start_matches("mysql://").rsplit_once('@').unwrap();
    let (user, pw) = user_pw.split_once(':').unwrap();
    let (host, port) = host.trim_end_matches('/').split_once(':').unwrap();
    let out = std::process::Command::new("mysqldump")
        .args([
            "--no-defaults",
            "-h",
            host,
            "-P",
            port,
            "-u",
            user,
            "--default-character-set=utf8mb4",
        ])
        .arg(format!("-p{pw}"))
        .arg(&db.name)
        .output()
        .expect("mysqldump runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump.sql");
    std::fs::write(&dump, &out.stdout).unwrap();
    let scan = Command::cargo_bin("piiscan")
        .unwrap()
        .args(["scan", "--format", "json"])
        .arg(&dump)
        .output()
        .unwrap();
    let from_dump = counts(&json(&scan), true);
    let live = Command::cargo_bin("piiscan")
        .unwrap()
        .args(["db", "--format", "json", "--sample", "all", &db.url_as_admin()])
        .output()
        .unwrap();
    assert_eq!(live.status.code(), Some(0), "{}", String::from_utf8_lossy(&live.stderr));
    let from_db = counts(&json(&live), true);
    // The column's `COMMENT '姓名'` is a hint in both.
    assert_eq!(from_db.get(&("contacts".into(), "f1".into(), "person_name".into())), Some(&20));
    assert_eq!(from_db, from_dump);
    assert_eq!(from_db.values().sum::<u64>(), 20_000 + 40 * 3 + 30 * 2 + 27 + 20 + 20 + 12 + 2 + 3);
}

/// Checks the inventory of the million-row table (`tests/data/db/*_million.sql`) read
/// with the default sample: 10 000 rows read of an estimated million, and each column's
/// category, share and verdict those of the whole table (`mobile` in every row, an e-mail
/// address in 3 `contact`s of 4, a mobile number in 1 `note` of 20): exactly those of the
/// whole table when `method` is `limit` (the first rows), within 1 % of them when pages
/// were sampled.
fn check_million(inv: &Value, method: &str) {
    assert_eq!(crate::report::schema_errors(inv), Vec::<String>::new());
    assert_eq!(inv["database"]["sample"], 10_000);
    let tables = inv["database"]["tables"].as_array().unwrap();
    assert_eq!(tables.len(), 1, "{tables:?}");
    let t = &tables[0];
    assert_eq!(t["table"], "million");
    assert_eq!((t["method"].as_str(), t["rows_sampled"].as_u64()), (Some(method), Some(10_000)));
    let estimate = t["rows_estimated"].as_u64().unwrap();
    assert!((900_000..=1_100_000).contains(&estimate), "{t}");
    let exact = method == "limit";
    let locations: Vec<&Value> = inv["locations"].as_array().unwrap().iter().collect();
    let mut seen = Vec::new();
    for l in &locations {
        let column = l["column"].as_str().unwrap();
        let share = l["share"].as_f64().unwrap();
        let findings = l["findings"].as_u64().unwrap();
        let (category, want, holds) = match column {
            "mobile" => ("cn_mobile", 1.0, true),
            "contact" => ("email", 0.75, true),
            "note" => ("cn_mobile", 0.05, false),
            other => panic!("a finding in column {other}: {l}"),
        };
        assert_eq!(l["category"], category, "{l}");
        assert_eq!(l["holds"].as_bool(), Some(holds), "{l}");
        let tolerance = if exact { 0.0 } else { 0.01 };
        assert!((share - want).abs() <= tolerance + 1e-9, "{column}: share {share}, {l}");
        if exact {
            assert_eq!(findings, (want * 10_000.0) as u64, "{l}");
        }
        seen.push(column);
    }
    seen.sort();
    assert_eq!(seen, ["contact", "mobile", "note"]);
}

#[test]
fn live_db_samples_a_million_rows() {
    let Some(db) = TestDb::seeded("million", &["pg_million.sql"]) else { return };
    let out = db.db(&["--format", "json", "--only", "million"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    // Pages sampled: about 3 x 10 000 rows' worth (TABLESAMPLE SYSTEM), 10 000 of them read.
    check_million(&json(&out), "tablesample");
}

#[test]
fn live_mysql_samples_a_million_rows() {
    let Some(db) = MyDb::seeded("my_million", &["mysql_million.sql"]) else { return };
    let out = Command::cargo_bin("piiscan")
        .unwrap()
        .args(["db", &db.url(), "--format", "json", "--only", "million"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    check_million(&json(&out), "limit");
}

#[test]
fn live_db_views_listed_or_sampled() {
    let Some(db) = TestDb::new("views") else { return };
    let only = ["--only", "*user_emails", "--only", "*secret_mobiles", "--only", "crm.*"];
    // By default views are listed as not sampled: no finding, no skip, and no failure
    // for --fail-on; the materialised view is read.
    let out = db.db(&[&["--format", "json", "--fail-on", "low"][..], &only].concat());
    let inv = json(&out);
    assert_eq!(crate::report::schema_errors(&inv), Vec::<String>::new());
    assert_eq!(inv["scan"]["skipped"], serde_json::json!([]));
    let found = counts(&inv, false);
    assert!(found.keys().all(|(t, _, _)| t.starts_with("lead")), "{found:?}");
    let listed = &inv["database"]["not_sampled"];
    assert_eq!(listed.as_array().unwrap().len(), 2, "{listed}");
    assert!(listed[0]["path"].as_str().unwrap().ends_with("/public/secret_mobiles"), "{listed}");
    assert_eq!(listed[1]["kind"], "view");
    // Exit 1 for the materialised view's e-mail addresses; without it, 0.
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let out = db.db(&["--fail-on", "low", "--only", "*user_emails", "--only", "*secret_mobiles"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("0 tables, at most 10000 rows sampled per table; 2 views")
            && text.contains("2 views not sampled (--views samples views)")
            && text.contains("public.user_emails (view)")
            && text.contains("not sampled: view"),
        "{text}"
    );

    // --views samples them: the view over the table the auditor may not read is read
    // with its owner's rights.
    let out = db.db(&[&["--format", "json", "--views"][..], &only].concat());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let inv = json(&out);
    assert_eq!(crate::report::schema_errors(&inv), Vec::<String>::new());
    assert_eq!(inv["database"]["not_sampled"], serde_json::json!([]));
    let got = counts(&inv, false);
    assert_eq!(got.get(&("user_emails".into(), "email".into(), "email".into())), Some(&30));
    assert_eq!(got.get(&("secret_mobiles".into(), "mobile".into(), "cn_mobile".into())), Some(&5));
    let kinds: Vec<String> = inv["database"]["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| format!("{} {} {}", t["table"], t["kind"], t["method"]))
        .collect();
    assert_eq!(
        kinds,
        [
            r#""lead_contacts" "materialized_view" "limit""#,
            r#""leads" "table" "limit""#,
            r#""secret_mobiles" "view" "limit""#,
            r#""user_emails" "view" "limit""#
        ]
    );
}

#[test]
fn live_mysql_views_listed_or_sampled() {
    let Some(db) = MyDb::new("my_views") else { return };
    let run = |more: &[&str]| {
        Command::cargo_bin("piiscan")
            .unwrap()
            .args(["db", &db.url(), "--format", "json", "--only", "user_emails"])
            .args(more)
            .output()
            .unwrap()
    };
    let out = run(&["--fail-on", "low"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let inv = json(&out);
    assert_eq!(crate::report::schema_errors(&inv), Vec::<String>::new());
    assert!(counts(&inv, false).is_empty());
    assert_eq!(inv["database"]["tables"], serde_json::json!([]));
    let listed = &inv["database"]["not_sampled"];
    assert_eq!(
        (listed[0]["kind"].as_str(), listed[0]["reason"].as_str()),
        (Some("view"), Some("view"))
    );

    let out = run(&["--views"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let inv = json(&out);
    assert_eq!(inv["database"]["not_sampled"], serde_json::json!([]));
    assert_eq!(inv["database"]["tables"][0]["kind"], "view");
    assert_eq!(inv["database"]["tables"][0]["rows_estimated"], Value::Null);
    let got = counts(&inv, false);
    assert_eq!(got.get(&("user_emails".into(), "email".into(), "email".into())), Some(&30));
}
