//! Test support: a fresh temporary directory per test and a command for the built binary.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;

/// A temporary directory holding one test's files, removed when dropped.
pub struct Dir {
    tmp: tempfile::TempDir,
}

impl Dir {
    /// A new empty directory.
    pub fn new() -> Dir {
        Dir { tmp: tempfile::Builder::new().prefix("piiscan-test-").tempdir().unwrap() }
    }

    /// The directory's path.
    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// Writes `contents` to `rel`, creating parent directories.
    pub fn create(&self, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, contents).unwrap();
        p
    }

    /// A `piiscan` command running in this directory.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("piiscan").unwrap();
        // Reports show local times: fixed here, so that they compare across machines.
        cmd.current_dir(self.path()).env("TZ", "UTC");
        cmd
    }

    /// Runs `piiscan scan --format jsonl ARGS` and returns the parsed findings.
    pub fn findings(&self, args: &[&str]) -> Vec<Value> {
        let out = self.cmd().arg("scan").args(["--format", "jsonl"]).args(args).output().unwrap();
        parse_jsonl(&out)
    }

    /// Runs `piiscan scan --format json ARGS` and returns the parsed document.
    pub fn inventory(&self, args: &[&str]) -> Value {
        let out = self.cmd().arg("scan").args(["--format", "json"]).args(args).output().unwrap();
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!("not JSON ({e}): {}\nstderr: {}", stdout(&out), stderr(&out))
        })
    }
}

/// The lines of a JSONL output, parsed.
pub fn parse_jsonl(out: &Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad line {l:?}: {e}")))
        .collect()
}

/// Standard output as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The paths of `findings`, sorted and deduplicated.
pub fn paths_of(findings: &[Value]) -> Vec<String> {
    let mut p: Vec<String> =
        findings.iter().map(|f| f["path"].as_str().unwrap().to_string()).collect();
    p.sort();
    p.dedup();
    p
}

/// A line of synthetic personal data: a valid resident ID (check char computed), a mobile
/// on an allocated prefix, and an e-mail address.
pub const PII_LINE: &str = "身份证号110105199003071239 手机13912345678 邮箱zhang.wei@example.com\n";

/// The raw values in [`PII_LINE`].
pub const PII_VALUES: [&str; 3] = ["110105199003071239", "13912345678", "zhang.wei@example.com"];

/// Skips a test with a message (for platform or privilege limits).
macro_rules! skip_because {
    ($($arg:tt)*) => {{
        eprintln!("skipped: {}", format!($($arg)*));
        return;
    }};
}
