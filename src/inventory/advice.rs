//! Recommendations: what the owner of a location can do to hold less personal data, chosen
//! by rule from where the data sits (a log, a test fixture, a dump or export, a column, a
//! plain file), how sensitive it is and whether it shows minors.
//!
//! The rules, in the order a location's recommendations are listed:
//!
//! | rule | when |
//! | --- | --- |
//! | `minors` | the location shows a minor under 14 |
//! | `known_test_values` | every finding is a well-known test value (nothing else applies) |
//! | `synthetic_fixture` | a test fixture (a `test`/`fixtures`/`testdata`... folder, a `*_test.*`, `*fixture*`, `*mock*` or `*seed*` file) holds valid-looking values |
//! | `mask_in_logs` | a log (`*.log`, `*.log.1`, `*.log.gz`, a `log`/`logs` folder) holds personal data |
//! | `protect_column` | a column holds sensitive data |
//! | `minimise_column` | a column holds other personal data |
//! | `retention` | a dump or export (SQL dumps, SQLite files, CSV, spreadsheets, JSON Lines, `*.bak`; not a live database's table) |
//! | `restrict_file` | any other file holds sensitive data |
//! | `review_need` | any other file holds other personal data |

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::detect::Sensitivity;
use crate::extract::Kind;

/// A recommendation, by its stable id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Advice {
    /// Data of minors under 14.
    Minors,
    /// Only documentation and test values.
    KnownTestValues,
    /// Valid-looking values in test fixtures.
    SyntheticFixture,
    /// Personal data in logs.
    MaskInLogs,
    /// A column of sensitive data.
    ProtectColumn,
    /// A column of other personal data.
    MinimiseColumn,
    /// A dump or export file.
    Retention,
    /// Sensitive data in some other file.
    RestrictFile,
    /// Other personal data in some other file.
    ReviewNeed,
}

impl Advice {
    /// Every recommendation, in listing order.
    pub const ALL: &'static [Advice] = &[
        Advice::Minors,
        Advice::KnownTestValues,
        Advice::SyntheticFixture,
        Advice::MaskInLogs,
        Advice::ProtectColumn,
        Advice::MinimiseColumn,
        Advice::Retention,
        Advice::RestrictFile,
        Advice::ReviewNeed,
    ];

    /// The stable id used in outputs.
    pub fn id(self) -> &'static str {
        match self {
            Advice::Minors => "minors",
            Advice::KnownTestValues => "known_test_values",
            Advice::SyntheticFixture => "synthetic_fixture",
            Advice::MaskInLogs => "mask_in_logs",
            Advice::ProtectColumn => "protect_column",
            Advice::MinimiseColumn => "minimise_column",
            Advice::Retention => "retention",
            Advice::RestrictFile => "restrict_file",
            Advice::ReviewNeed => "review_need",
        }
    }

    /// What to do, in one or two sentences (English; the reports' languages have theirs
    /// in `src/report/lang/`).
    pub fn text(self) -> &'static str {
        crate::report::lang::Lang::En.texts().advice(self)
    }
}

impl std::fmt::Display for Advice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// What the rules look at for one location.
#[derive(Clone, Copy, Debug)]
pub struct Place<'a> {
    /// The file.
    pub path: &'a Path,
    /// The structured format it was read as.
    pub format: Option<Kind>,
    /// The location is a column (table + column).
    pub column: bool,
    /// Its class (minors already counted in: a location showing minors is sensitive).
    pub class: Sensitivity,
    /// Findings.
    pub findings: u64,
    /// Of which well-known test values.
    pub test_values: u64,
    /// Of which minors.
    pub minors: u64,
}

/// The recommendations for a location, in listing order.
pub fn advise(p: &Place<'_>) -> Vec<Advice> {
    let mut out = Vec::new();
    if p.minors > 0 {
        out.push(Advice::Minors);
    }
    if p.findings > 0 && p.test_values >= p.findings {
        out.push(Advice::KnownTestValues);
        return out;
    }
    let fixture = is_fixture(p.path);
    let log = is_log(p.path);
    if fixture {
        out.push(Advice::SyntheticFixture);
    }
    if log && p.class != Sensitivity::Organisation {
        out.push(Advice::MaskInLogs);
    }
    if p.column {
        out.push(match p.class {
            Sensitivity::Sensitive => Advice::ProtectColumn,
            _ => Advice::MinimiseColumn,
        });
    }
    if !fixture && is_dump_or_export(p.path, p.format) {
        out.push(Advice::Retention);
    }
    if out.iter().all(|a| *a == Advice::Minors) {
        out.push(match p.class {
            Sensitivity::Sensitive => Advice::RestrictFile,
            _ => Advice::ReviewNeed,
        });
    }
    out
}

/// Folder names of test data.
const FIXTURE_DIRS: &[&str] = &[
    "test",
    "tests",
    "testdata",
    "test_data",
    "test-data",
    "testing",
    "fixture",
    "fixtures",
    "__fixtures__",
    "__tests__",
    "__mocks__",
    "mocks",
    "spec",
    "specs",
    "e2e",
    "seeds",
];

fn lower_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default()
}

fn dirs(path: &Path) -> impl Iterator<Item = String> + '_ {
    let parent = path.parent().unwrap_or(Path::new(""));
    parent.components().map(|c| c.as_os_str().to_string_lossy().to_ascii_lowercase())
}

/// A test fixture, by its folder or its name.
pub fn is_fixture(path: &Path) -> bool {
    let name = lower_name(path);
    let stem = name.split('.').next().unwrap_or("");
    dirs(path).any(|d| FIXTURE_DIRS.contains(&d.as_str()))
        || ["fixture", "mock", "seed", "fake", "dummy"].iter().any(|w| name.contains(w))
        || stem.ends_with("_test")
        || stem.ends_with("-test")
        || stem.starts_with("test_")
        || name.contains(".test.")
        || name.contains(".spec.")
}

/// A log file, by its name or its folder.
pub fn is_log(path: &Path) -> bool {
    let name = lower_name(path);
    name.ends_with(".log")
        || name.contains(".log.")
        || name.ends_with("_log")
        || dirs(path).any(|d| d == "log" || d == "logs")
}

/// A database dump or a data export.
pub fn is_dump_or_export(path: &Path, format: Option<Kind>) -> bool {
    // A live database's table is where the data lives, not a copy to expire.
    if format == Some(Kind::Database) {
        return false;
    }
    if format.is_some_and(|k| k != Kind::Json) {
        return true;
    }
    let name = lower_name(path);
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    [".sql", ".dump", ".bak", ".jsonl", ".ndjson", ".csv", ".tsv", ".xlsx", ".db", ".sqlite"]
        .iter()
        .any(|e| name.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(path: &str, column: bool, class: Sensitivity) -> Place<'_> {
        Place {
            path: Path::new(path),
            format: None,
            column,
            class,
            findings: 3,
            test_values: 0,
            minors: 0,
        }
    }

    #[test]
    fn logs_fixtures_dumps_columns_and_plain_files() {
        use Advice::*;
        use Sensitivity::*;
        assert_eq!(advise(&place("srv/logs/app.txt", false, Personal)), [MaskInLogs]);
        assert_eq!(advise(&place("app.log.2.gz", false, Sensitive)), [MaskInLogs]);
        assert_eq!(advise(&place("src/tests/users.json", false, Sensitive)), [SyntheticFixture]);
        assert_eq!(
            advise(&place("db/user_fixture.sql", true, Sensitive)),
            [SyntheticFixture, ProtectColumn]
        );
        let mut dump = place("backup/shop.sql.gz", true, Personal);
        dump.format = Some(Kind::Mysql);
        assert_eq!(advise(&dump), [MinimiseColumn, Retention]);
        let live =
            Place { format: Some(Kind::Database), ..place("postgres://h/db/s/t", true, Personal) };
        assert_eq!(advise(&live), [MinimiseColumn]);
        assert_eq!(advise(&place("exports/x.csv", false, Personal)), [Retention]);
        assert_eq!(advise(&place("notes.txt", false, Sensitive)), [RestrictFile]);
        assert_eq!(advise(&place("notes.txt", false, Organisation)), [ReviewNeed]);
        assert_eq!(advise(&place("app.log", false, Organisation)), [ReviewNeed]);
    }

    #[test]
    fn minors_first_and_test_values_alone() {
        let mut p = place("notes.txt", false, Sensitivity::Sensitive);
        p.minors = 1;
        assert_eq!(advise(&p), [Advice::Minors, Advice::RestrictFile]);
        p.minors = 0;
        p.test_values = 3;
        assert_eq!(advise(&p), [Advice::KnownTestValues]);
    }

    #[test]
    fn fixture_and_log_names() {
        for f in ["a/test/x.txt", "a/fixtures/x", "user_test.go", "x.spec.ts", "seed_users.sql"] {
            assert!(is_fixture(Path::new(f)), "{f}");
        }
        for f in ["latest/x.txt", "contest.txt", "protest/a"] {
            assert!(!is_fixture(Path::new(f)), "{f}");
        }
        for f in ["a.log", "a.log.1", "var/log/messages", "access_log"] {
            assert!(is_log(Path::new(f)), "{f}");
        }
        assert!(!is_log(Path::new("catalog.txt")));
        assert!(!is_log(Path::new("blog/post.md")));
    }
}
