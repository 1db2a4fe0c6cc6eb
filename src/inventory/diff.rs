//! The difference between two inventories: locations that appeared, vanished, or whose
//! counts changed, and the totals per category. Locations are matched by path (relative
//! to the root it was found under), table, column and category, so a scan of the same
//! tree a month later, or of a copy of it scanned from elsewhere (`snap` and `.`),
//! shows what grew.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::detect::{Category, Sensitivity};
use crate::inventory::document::{DocPath, Document, Location};

/// One side of the comparison.
#[derive(Clone, Debug, Serialize)]
pub struct Side {
    /// When that scan started.
    pub started: String,
    /// Its roots.
    pub roots: Vec<DocPath>,
    /// Its findings.
    pub findings: u64,
    /// Its findings in sensitive locations.
    pub sensitive_findings: u64,
    /// Its minors.
    pub minors: u64,
    /// Its locations.
    pub locations: u64,
    /// Its catalogue digest.
    pub detectors_digest: String,
}

/// Where a changed location is.
#[derive(Clone, Debug, Serialize)]
pub struct Place {
    /// The file.
    pub path: DocPath,
    /// The table.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
    /// The column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// The category.
    pub category: Category,
    /// Its class (in the newer inventory, when in both).
    pub sensitivity: Sensitivity,
}

impl Place {
    fn of(l: &Location) -> Place {
        Place {
            path: l.path.clone(),
            table: l.table.clone(),
            column: l.column.clone(),
            category: l.category,
            sensitivity: l.sensitivity,
        }
    }

    /// The file, and `table.column` when there is one, for people.
    pub fn display(&self) -> String {
        match (&self.table, &self.column) {
            (Some(t), Some(c)) => format!(
                "{} {}.{}",
                self.path.display(),
                crate::mask::sanitize(t),
                crate::mask::sanitize(c)
            ),
            _ => self.path.display(),
        }
    }
}

/// A location present on one side only.
#[derive(Clone, Debug, Serialize)]
pub struct Only {
    /// Where.
    #[serde(flatten)]
    pub place: Place,
    /// Findings.
    pub findings: u64,
    /// Distinct values (`null` when unknown: a merged inventory whose parts could not be
    /// combined).
    pub distinct: Option<u64>,
    /// Minors.
    pub minors: u64,
}

/// A location on both sides whose counts differ.
#[derive(Clone, Debug, Serialize)]
pub struct Changed {
    /// Where.
    #[serde(flatten)]
    pub place: Place,
    /// Findings before.
    pub old_findings: u64,
    /// Findings now.
    pub new_findings: u64,
    /// Distinct values before (`null` when unknown).
    pub old_distinct: Option<u64>,
    /// Distinct values now (`null` when unknown).
    pub new_distinct: Option<u64>,
    /// Minors before.
    pub old_minors: u64,
    /// Minors now.
    pub new_minors: u64,
}

/// A category's totals on both sides.
#[derive(Clone, Debug, Serialize)]
pub struct CategoryChange {
    /// The category.
    pub category: Category,
    /// Findings before.
    pub old_findings: u64,
    /// Findings now.
    pub new_findings: u64,
    /// Locations before.
    pub old_locations: u64,
    /// Locations now.
    pub new_locations: u64,
}

/// Counts of each kind of change.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Summary {
    /// New locations.
    pub appeared: u64,
    /// Locations gone.
    pub vanished: u64,
    /// Locations with more findings.
    pub grew: u64,
    /// Locations with fewer findings.
    pub shrank: u64,
    /// Locations with equal findings but other distinct or minors counts.
    pub other_changes: u64,
    /// Locations unchanged.
    pub unchanged: u64,
}

/// The comparison of two inventories.
#[derive(Clone, Debug, Serialize)]
pub struct Diff {
    /// The older inventory.
    pub old: Side,
    /// The newer inventory.
    pub new: Side,
    /// The two scans used different catalogues: a change may come from the detectors.
    pub detectors_changed: bool,
    /// The two scans had different roots: paths were compared relative to them.
    pub roots_differ: bool,
    /// Counts of changes.
    pub summary: Summary,
    /// Per category with findings on either side.
    pub categories: Vec<CategoryChange>,
    /// Locations only in the newer inventory.
    pub appeared: Vec<Only>,
    /// Locations only in the older inventory.
    pub vanished: Vec<Only>,
    /// Locations in both with other counts.
    pub changed: Vec<Changed>,
}

impl Diff {
    /// Whether anything differs.
    pub fn is_empty(&self) -> bool {
        self.appeared.is_empty() && self.vanished.is_empty() && self.changed.is_empty()
    }
}

fn side(d: &Document) -> Side {
    Side {
        started: d.scan.started.clone(),
        roots: d.scan.roots.clone(),
        findings: d.totals.findings,
        sensitive_findings: d.totals.sensitive_findings,
        minors: d.totals.minors,
        locations: d.totals.locations,
        detectors_digest: d.scan.detectors_digest.clone(),
    }
}

fn only(l: &Location) -> Only {
    Only { place: Place::of(l), findings: l.findings, distinct: l.distinct, minors: l.minors }
}

type Key = (DocPath, Option<String>, Option<String>, Category);

/// Whether two distinct counts agree: exactly when both are exact, within the sketch's
/// error otherwise (an estimate depends on the scan's random key, so two scans of the
/// same data differ slightly; 2.5 % is three standard errors of the 2^14-register sketch).
/// An unknown count (a merged inventory that could not combine it) agrees with any.
fn same_distinct(o: &Location, n: &Location) -> bool {
    let (Some(a), Some(b)) = (o.distinct, n.distinct) else { return true };
    if o.distinct_exact && n.distinct_exact {
        return a == b;
    }
    let (a, b) = (a as f64, b as f64);
    (a - b).abs() <= 0.025 * a.max(b)
}

/// `path` relative to the deepest of `roots` it lies under: the path itself under `.`, the
/// file name when the root is the file, the rest of the path under a folder. A path
/// under no root is kept whole.
fn relative(path: &DocPath, roots: &[PathBuf]) -> DocPath {
    let p = crate::source::path_from_bytes(path.to_bytes());
    let p = crate::source::strip_dot(&p);
    let mut best: Option<(usize, PathBuf)> = None;
    for root in roots {
        let depth = root.components().count();
        let rel = if root.as_os_str().is_empty() || root == Path::new(".") {
            Some(p.to_path_buf())
        } else if p == root {
            p.file_name().map(PathBuf::from)
        } else {
            p.strip_prefix(root).ok().map(Path::to_path_buf)
        };
        if let Some(rel) = rel {
            if best.as_ref().is_none_or(|(d, _)| depth > *d) {
                best = Some((depth, rel));
            }
        }
    }
    best.map_or_else(|| DocPath::new(p), |(_, rel)| DocPath::new(&rel))
}

/// The roots of `d`, without a leading `./` or a trailing `/`.
fn roots_of(d: &Document) -> Vec<PathBuf> {
    d.scan
        .roots
        .iter()
        .map(|r| {
            let p = crate::source::path_from_bytes(r.to_bytes());
            crate::source::strip_dot(&p).components().collect()
        })
        .collect()
}

/// The locations of `d` by their key, paths relative to `d`'s roots.
fn keyed(d: &Document) -> BTreeMap<Key, &Location> {
    let roots = roots_of(d);
    d.locations
        .iter()
        .map(|l| {
            let (path, table, column, category) = l.key();
            ((relative(&path, &roots), table, column, category), l)
        })
        .collect()
}

/// Compares `old` with `new`.
pub fn diff(old: &Document, new: &Document) -> Diff {
    let before = keyed(old);
    let after = keyed(new);
    let mut summary = Summary::default();
    let mut appeared = Vec::new();
    let mut changed = Vec::new();
    for (key, n) in &after {
        match before.get(key) {
            None => appeared.push(only(n)),
            Some(o) => {
                let same = o.findings == n.findings;
                if same && same_distinct(o, n) && o.minors == n.minors {
                    summary.unchanged += 1;
                    continue;
                }
                match n.findings.cmp(&o.findings) {
                    std::cmp::Ordering::Greater => summary.grew += 1,
                    std::cmp::Ordering::Less => summary.shrank += 1,
                    std::cmp::Ordering::Equal => summary.other_changes += 1,
                }
                changed.push(Changed {
                    place: Place::of(n),
                    old_findings: o.findings,
                    new_findings: n.findings,
                    old_distinct: o.distinct,
                    new_distinct: n.distinct,
                    old_minors: o.minors,
                    new_minors: n.minors,
                });
            }
        }
    }
    let vanished: Vec<Only> =
        before.iter().filter(|(k, _)| !after.contains_key(*k)).map(|(_, l)| only(l)).collect();
    summary.appeared = appeared.len() as u64;
    summary.vanished = vanished.len() as u64;
    let mut cats: BTreeMap<Category, CategoryChange> = BTreeMap::new();
    let blank = |category| CategoryChange {
        category,
        old_findings: 0,
        new_findings: 0,
        old_locations: 0,
        new_locations: 0,
    };
    for c in &old.categories {
        let e = cats.entry(c.category).or_insert_with(|| blank(c.category));
        e.old_findings = c.findings;
        e.old_locations = c.locations;
    }
    for c in &new.categories {
        let e = cats.entry(c.category).or_insert_with(|| blank(c.category));
        e.new_findings = c.findings;
        e.new_locations = c.locations;
    }
    Diff {
        old: side(old),
        new: side(new),
        detectors_changed: old.scan.detectors_digest != new.scan.detectors_digest,
        roots_differ: roots_of(old) != roots_of(new),
        summary,
        categories: cats.into_values().collect(),
        appeared,
        vanished,
        changed,
    }
}
