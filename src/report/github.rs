//! `--format github`: GitHub Actions workflow commands, one annotation per reported
//! finding, which the Actions runner shows on the pull request's changed lines:
//!
//! ```text
//! ::warning file=notes/a.txt,line=4,col=7,title=piiscan cn_mobile::cn_mobile (medium) 139****5678 [cn_mobile.plain]
//! ```
//!
//! The command is `error` for `high`, `warning` for `medium` and `notice` for `low`
//! findings. The value is the masked one (raw only with `--show-values`). Text is escaped
//! as the runner expects: in the message `%`, CR and LF become `%25`, `%0D`, `%0A`; in
//! the properties (`file`, `title`) `:` and `,` also become `%3A` and `%2C`. Suppressed
//! findings are not annotated. A value in the path (a file or folder name) annotates
//! the file without `line` and `col`. When more findings were made than are kept (see
//! `report::json::FINDINGS_MAX`), a last `::warning` annotation says how many are not
//! annotated.

use std::io::{self, Write};

use crate::detect::Confidence;
use crate::inventory::{Finding, Inventory};
use crate::report::Report;

/// The GitHub Actions annotation writer.
pub struct Github;

/// The workflow command for a finding of confidence `c`.
pub fn command(c: Confidence) -> &'static str {
    match c {
        Confidence::High => "error",
        Confidence::Medium => "warning",
        Confidence::Low => "notice",
    }
}

/// Escapes a command's message (its data).
pub fn escape_data(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes a command's property value (`file`, `title`).
pub fn escape_property(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' => out.push_str("%3A"),
            ',' => out.push_str("%2C"),
            c => out.push(c),
        }
    }
    out
}

/// The path as the runner matches it against the repository: `/` separators, control
/// characters and bytes that are not UTF-8 escaped as in every other text output.
fn file(f: &Finding) -> String {
    let p = crate::source::display_path(&f.path);
    if cfg!(windows) {
        p.replace('\\', "/")
    } else {
        p
    }
}

/// One annotation line, without its newline.
pub fn annotation(f: &Finding) -> String {
    // A value in the path annotates the file (or folder) as a whole.
    let (place, whre) = if f.in_path() {
        (String::new(), " in the path")
    } else {
        (format!(",line={},col={}", f.line, f.col), "")
    };
    format!(
        "::{} file={}{place},title={}::{}",
        command(f.confidence),
        escape_property(&file(f)),
        escape_property(&format!("piiscan {}", f.category)),
        escape_data(&format!(
            "{} ({}) {}{whre} [{}]",
            f.category, f.confidence, f.value, f.detector
        )),
    )
}

impl Report for Github {
    fn write(&self, inv: &Inventory, out: &mut dyn Write) -> io::Result<()> {
        for f in &inv.tally.findings {
            writeln!(out, "{}", annotation(f))?;
        }
        if let Some(text) = crate::report::left_out(inv) {
            writeln!(out, "::warning title=piiscan::{}", escape_data(&text))?;
        }
        if !inv.meta.complete {
            writeln!(out, "::error title=piiscan::{}", escape_data(super::incomplete()))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_follows_the_runner() {
        assert_eq!(escape_data("a%b\r\nc:d,e"), "a%25b%0D%0Ac:d,e");
        assert_eq!(escape_property("a%b\r\nc:d,e"), "a%25b%0D%0Ac%3Ad%2Ce");
    }

    #[test]
    fn levels() {
        assert_eq!(command(Confidence::High), "error");
        assert_eq!(command(Confidence::Medium), "warning");
        assert_eq!(command(Confidence::Low), "notice");
    }
}
