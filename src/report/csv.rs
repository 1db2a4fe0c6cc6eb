//! `--format csv`: one row per location (a file's category outside any column, or a
//! column's category), for spreadsheets and data-inventory tools.
//!
//! Columns: `path, table, column, category, sensitivity, findings, distinct,
//! distinct_exact, high, medium, low, test_values, minors, first_line, first_row, cells,
//! share, holds, samples, recommendations, address_parts`. `samples` are masked values
//! joined with ` | `, `recommendations` rule ids joined with `;` (the Markdown and HTML
//! reports have their texts), `address_parts` the columns of a split address on its
//! street column's `address` row, `column:part` joined with `;`. A text cell that a spreadsheet would read as a formula (starting with
//! `=`, `+`, `-`, `@`, a tab or a carriage return; a masked `+86 139****5678` does) is
//! written with a leading `'`, as OWASP advises against CSV injection.
//!
//! The file starts with a UTF-8 byte-order mark (`EF BB BF`) unless `--no-bom`: without
//! it, Excel reads a CSV in the local code page, and Chinese names and addresses turn
//! into mojibake on Chinese Windows.

use std::io::{self, Write};

use crate::inventory::document::Document;
use crate::report::Render;

/// The CSV writer.
pub struct Csv {
    /// Start with a UTF-8 byte-order mark.
    pub bom: bool,
}

/// The header row.
pub const HEADER: [&str; 21] = [
    "path",
    "table",
    "column",
    "category",
    "sensitivity",
    "findings",
    "distinct",
    "distinct_exact",
    "high",
    "medium",
    "low",
    "test_values",
    "minors",
    "first_line",
    "first_row",
    "cells",
    "share",
    "holds",
    "samples",
    "recommendations",
    "address_parts",
];

/// `text` on one line with control and bidi characters escaped, defused for spreadsheets.
fn cell(text: &str) -> String {
    let text = crate::report::one_line(text);
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text,
    }
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

impl Render for Csv {
    fn render(&self, doc: &Document, out: &mut dyn Write) -> io::Result<()> {
        if self.bom {
            out.write_all("\u{feff}".as_bytes())?;
        }
        let mut w = csv::Writer::from_writer(out);
        w.write_record(HEADER)?;
        for l in &doc.locations {
            let recommendations: Vec<&str> = l.recommendations.iter().map(|a| a.id()).collect();
            let parts: Vec<String> =
                l.address_parts.iter().map(|p| format!("{}:{}", p.column, p.part.name())).collect();
            w.write_record([
                cell(&l.path.display()),
                cell(l.table.as_deref().unwrap_or("")),
                cell(l.column.as_deref().unwrap_or("")),
                l.category.to_string(),
                l.sensitivity.to_string(),
                l.findings.to_string(),
                l.distinct.map(|n| n.to_string()).unwrap_or_default(),
                l.distinct_exact.to_string(),
                l.confidence.high.to_string(),
                l.confidence.medium.to_string(),
                l.confidence.low.to_string(),
                l.test_values.to_string(),
                l.minors.to_string(),
                l.first_line.to_string(),
                opt(l.first_row),
                opt(l.cells),
                opt(l.share),
                opt(l.holds),
                cell(&l.samples.join(" | ")),
                recommendations.join(";"),
                cell(&parts.join(";")),
            ])?;
        }
        if !doc.scan.complete {
            // A last row that a spreadsheet shows where the list stops.
            let mut last = vec![String::new(); HEADER.len()];
            last[0] = super::incomplete().to_string();
            w.write_record(&last)?;
        }
        w.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused() {
        assert_eq!(cell("+86 139****5678"), "'+86 139****5678");
        assert_eq!(cell("=cmd|x"), "'=cmd|x");
        assert_eq!(cell("data/a.csv"), "data/a.csv");
        assert_eq!(cell(""), "");
    }
}
