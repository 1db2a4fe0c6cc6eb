//! `piiscan diff` for people: what changed between two inventories, most telling first
//! (new locations, then growth, then what vanished).
//!
//! ```text
//! Comparing 2026-10-01T02:00:00Z (1 204 findings) with 2026-11-01T02:00:00Z (1 377).
//! 2 locations appeared, 1 vanished, 3 grew, 0 shrank, 40 unchanged.
//!
//! APPEARED  FINDINGS  CLASS      CATEGORY   LOCATION
//!           +120      sensitive  bank_card  exports/2026-11/orders.csv orders.card
//! ```

use std::io::{self, Write};

use crate::inventory::diff::Diff;
use crate::mask::sanitize;

/// Writes `d` as text.
pub fn write_human(d: &Diff, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "Comparing {} ({} findings) with {} ({} findings).",
        sanitize(&d.old.started),
        d.old.findings,
        sanitize(&d.new.started),
        d.new.findings
    )?;
    if d.detectors_changed {
        writeln!(
            out,
            "The scans used different detector catalogues: some changes may come from the \
             detectors, not the data."
        )?;
    }
    let s = &d.summary;
    writeln!(
        out,
        "{} location{} appeared, {} vanished, {} grew, {} shrank, {} changed otherwise, {} \
         unchanged.",
        s.appeared,
        if s.appeared == 1 { "" } else { "s" },
        s.vanished,
        s.grew,
        s.shrank,
        s.other_changes,
        s.unchanged
    )?;
    writeln!(
        out,
        "Sensitive findings: {} -> {}; minors: {} -> {}.",
        d.old.sensitive_findings, d.new.sensitive_findings, d.old.minors, d.new.minors
    )?;
    let mut rows: Vec<[String; 5]> = Vec::new();
    for a in &d.appeared {
        rows.push([
            "appeared".into(),
            format!("+{}", a.findings),
            a.place.sensitivity.to_string(),
            a.place.category.to_string(),
            a.place.display(),
        ]);
    }
    let mut changed: Vec<_> = d.changed.iter().collect();
    let delta = |c: &&crate::inventory::diff::Changed| {
        i128::from(c.new_findings) - i128::from(c.old_findings)
    };
    changed.sort_by_key(|c| std::cmp::Reverse(delta(c)));
    for c in changed {
        let delta = delta(&c);
        let what = match delta {
            d if d > 0 => "grew",
            d if d < 0 => "shrank",
            _ => "changed",
        };
        rows.push([
            what.into(),
            format!("{delta:+} ({} -> {})", c.old_findings, c.new_findings),
            c.place.sensitivity.to_string(),
            c.place.category.to_string(),
            c.place.display(),
        ]);
    }
    for v in &d.vanished {
        rows.push([
            "vanished".into(),
            format!("-{}", v.findings),
            v.place.sensitivity.to_string(),
            v.place.category.to_string(),
            v.place.display(),
        ]);
    }
    if rows.is_empty() {
        return writeln!(out, "\nNo location changed.");
    }
    writeln!(out)?;
    let header = ["CHANGE", "FINDINGS", "CLASS", "CATEGORY", "LOCATION"];
    let mut width = header.map(str::len);
    for r in &rows {
        for (w, c) in width.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: [&str; 5]| {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i == 4 {
                s.push_str(c);
            } else {
                s.push_str(&format!("{c:<w$}  ", w = width[i]));
            }
        }
        s
    };
    writeln!(out, "{}", line(header))?;
    for r in &rows {
        writeln!(out, "{}", line([&r[0], &r[1], &r[2], &r[3], &r[4]]))?;
    }
    Ok(())
}
