//! The detector catalogue: the built-in `patterns/*.toml` embedded at build time, plus
//! user pattern directories, loaded and linted together.
//!
//! Loading never stops at the first problem: every file is read and every detector
//! resolved, and all problems come back at once, each naming its file and detector, so a
//! user fixing a pattern directory sees the whole list in one run.

use std::fmt;
use std::path::Path;

use include_dir::{include_dir, Dir};

use std::collections::BTreeMap;

use crate::detect::Category;

use crate::detect::detector::{self, Detector, PatternFile};

static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/patterns");

/// One problem in a pattern file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file (`embedded:email.toml` for built-ins).
    pub source: String,
    /// The detector's id, when the problem belongs to one.
    pub detector: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.detector {
            Some(id) => write!(f, "{}: detector `{}`: {}", self.source, id, self.message),
            None => write!(f, "{}: {}", self.source, self.message),
        }
    }
}

/// The problems that kept a catalogue from loading.
#[derive(Debug, thiserror::Error)]
#[error("{} problem(s) in pattern files:\n{}", .0.len(), .0.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
pub struct CatalogError(pub Vec<Problem>);

/// A loaded set of detectors, ordered by priority (highest first), then id.
#[derive(Clone, Debug)]
pub struct Catalog {
    detectors: Vec<Detector>,
    test_values: BTreeMap<Category, Vec<String>>,
    column_hints: Vec<crate::detect::detector::ColumnHintDef>,
    not_personal_columns: Vec<crate::detect::detector::NotPersonalColumnDef>,
    address_parts: Vec<crate::detect::detector::AddressPartDef>,
    sensitivity: BTreeMap<Category, crate::detect::detector::SensitivityDef>,
    /// SHA-256 of the pattern file texts, in load order.
    sources_digest: [u8; 32],
}

/// The source texts of the embedded pattern files, by file name, sorted.
pub fn embedded_sources() -> Vec<(String, &'static str)> {
    let mut files: Vec<(String, &'static str)> = EMBEDDED
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "toml"))
        .map(|f| {
            let name = format!("{}{}", detector::EMBEDDED_PREFIX, f.path().display());
            (name, f.contents_utf8().expect("embedded pattern files are UTF-8"))
        })
        .collect();
    files.sort();
    files
}

/// Reads every `*.toml` file directly inside `dir` (sorted by name), for loading as
/// user patterns.
pub fn read_dir_sources(dir: &Path) -> Result<Vec<(String, String)>, CatalogError> {
    let problem = |message: String| {
        CatalogError(vec![Problem { source: dir.display().to_string(), detector: None, message }])
    };
    let entries = std::fs::read_dir(dir).map_err(|e| problem(format!("cannot read: {e}")))?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| problem(format!("cannot read: {e}")))?;
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "toml") && path.is_file() {
            paths.push(path);
        }
    }
    paths.sort();
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match std::fs::read_to_string(&path) {
            Ok(text) => out.push((path.display().to_string(), text)),
            Err(e) => problems.push(Problem {
                source: path.display().to_string(),
                detector: None,
                message: format!("cannot read: {e}"),
            }),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(CatalogError(problems))
    }
}

impl Catalog {
    /// The built-in catalogue.
    pub fn embedded() -> Catalog {
        Catalog::from_sources(embedded_sources()).expect("embedded patterns are valid")
    }

    /// The built-in catalogue plus every pattern file in `dirs`.
    pub fn with_dirs<P: AsRef<Path>>(dirs: &[P]) -> Result<Catalog, CatalogError> {
        let mut sources: Vec<(String, String)> =
            embedded_sources().into_iter().map(|(n, t)| (n, t.to_string())).collect();
        let mut problems = Vec::new();
        for dir in dirs {
            match read_dir_sources(dir.as_ref()) {
                Ok(more) => sources.extend(more),
                Err(CatalogError(p)) => problems.extend(p),
            }
        }
        match Catalog::from_sources(sources) {
            Ok(c) if problems.is_empty() => Ok(c),
            Ok(_) => Err(CatalogError(problems)),
            Err(CatalogError(more)) => {
                problems.extend(more);
                Err(CatalogError(problems))
            }
        }
    }

    /// Parses and resolves pattern file texts given as `(source name, text)`.
    pub fn from_sources<S: AsRef<str>>(
        sources: impl IntoIterator<Item = (String, S)>,
    ) -> Result<Catalog, CatalogError> {
        let mut problems = Vec::new();
        let mut detectors: Vec<Detector> = Vec::new();
        let mut test_values: BTreeMap<Category, Vec<String>> = BTreeMap::new();
        let mut column_hints = Vec::new();
        let mut not_personal_columns = Vec::new();
        let mut address_parts = Vec::new();
        let mut sensitivity = BTreeMap::new();
        let mut digest = <sha2::Sha256 as sha2::Digest>::new();
        for (source, text) in sources {
            sha2::Digest::update(&mut digest, text.as_ref().as_bytes());
            sha2::Digest::update(&mut digest, [0u8]);
            let file: PatternFile = match toml::from_str(text.as_ref()) {
                Ok(f) => f,
                Err(e) => {
                    problems.push(Problem {
                        source: source.clone(),
                        detector: None,
                        // Where, never what: detector files hold example values.
                        message: crate::toml_error::describe("", text.as_ref(), &e)
                            .trim_start_matches(':')
                            .trim_start()
                            .to_string(),
                    });
                    continue;
                }
            };
            column_hints.extend(file.column_hint);
            not_personal_columns.extend(file.not_personal_column);
            address_parts.extend(file.address_part);
            // A later file (a user's pattern directory) may reclassify a category.
            sensitivity.extend(file.sensitivity);
            for (cat, values) in file.test_values {
                test_values.entry(cat).or_default().extend(values);
            }
            for def in file.detector {
                let id = def.id.clone();
                match detector::resolve(def, &source) {
                    Ok(d) => {
                        if let Some(prev) = detectors.iter().find(|p| p.id() == id) {
                            problems.push(Problem {
                                source: source.clone(),
                                detector: Some(id.clone()),
                                message: format!("duplicate id (also defined in {})", prev.source),
                            });
                        } else {
                            detectors.push(d);
                        }
                    }
                    Err(msgs) => problems.extend(msgs.into_iter().map(|message| Problem {
                        source: source.clone(),
                        detector: Some(id.clone()),
                        message,
                    })),
                }
            }
        }
        if !problems.is_empty() {
            return Err(CatalogError(problems));
        }
        detectors.sort_by(|a, b| b.def.priority.cmp(&a.def.priority).then(a.id().cmp(b.id())));
        let sources_digest = sha2::Digest::finalize(digest).into();
        Ok(Catalog {
            detectors,
            test_values,
            column_hints,
            not_personal_columns,
            address_parts,
            sensitivity,
            sources_digest,
        })
    }

    /// The column hints.
    pub fn column_hints(&self) -> &[crate::detect::detector::ColumnHintDef] {
        &self.column_hints
    }

    /// The names of columns that hold no personal data.
    pub fn not_personal_columns(&self) -> &[crate::detect::detector::NotPersonalColumnDef] {
        &self.not_personal_columns
    }

    /// The names of columns that hold one part of an address split over columns.
    pub fn address_parts(&self) -> &[crate::detect::detector::AddressPartDef] {
        &self.address_parts
    }

    /// The sensitivity class of `category` (`personal` when no pattern file says).
    pub fn sensitivity(&self, category: Category) -> crate::detect::Sensitivity {
        self.sensitivity.get(&category).map_or(crate::detect::Sensitivity::Personal, |d| d.class)
    }

    /// The sensitivity classes with their basis, per category.
    pub fn sensitivity_defs(&self) -> &BTreeMap<Category, crate::detect::detector::SensitivityDef> {
        &self.sensitivity
    }

    /// A digest naming exactly the detectors in use: SHA-256 over the pattern file texts,
    /// the ids kept and the code that decides a value (validators and their data tables,
    /// the engine, the column rules; see `build.rs`), as `sha256:<hex>`. Two scans with
    /// equal digests ran the same catalogue.
    pub fn digest(&self) -> String {
        use sha2::Digest;
        let mut d = sha2::Sha256::new();
        d.update(self.sources_digest);
        d.update(env!("PIISCAN_DETECTION_CODE_DIGEST").as_bytes());
        for det in &self.detectors {
            d.update(det.id().as_bytes());
            d.update([0u8]);
        }
        let hex: String = d.finalize().iter().map(|b| format!("{b:02x}")).collect();
        format!("sha256:{hex}")
    }

    /// The well-known test values per category.
    pub fn test_values(&self) -> &BTreeMap<Category, Vec<String>> {
        &self.test_values
    }

    /// The detectors in engine order.
    pub fn detectors(&self) -> &[Detector] {
        &self.detectors
    }

    /// Keeps only the detectors for which `keep` is true.
    pub fn retain(&mut self, keep: impl FnMut(&Detector) -> bool) {
        self.detectors.retain(keep);
    }

    /// The detector with id `id`.
    pub fn get(&self, id: &str) -> Option<&Detector> {
        self.detectors.iter().find(|d| d.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[[detector]]
id = "email.test"
category = "email"
name = "test"
pattern = '[a-z]+@[a-z]+\.com'
confidence = "medium"
"#;

    #[test]
    fn every_category_has_a_sensitivity_class() {
        let c = Catalog::embedded();
        for &cat in Category::ALL {
            let def = c.sensitivity_defs().get(&cat);
            assert!(def.is_some_and(|d| !d.basis.is_empty()), "{cat} has no class");
        }
        use crate::detect::Sensitivity::*;
        assert_eq!(c.sensitivity(Category::CnResidentId), Sensitive);
        assert_eq!(c.sensitivity(Category::BankCard), Sensitive);
        assert_eq!(c.sensitivity(Category::Biometric), Sensitive);
        assert_eq!(c.sensitivity(Category::CnMobile), Personal);
        assert_eq!(c.sensitivity(Category::CnUscc), Organisation);
    }

    #[test]
    fn digest_names_the_catalogue_in_use() {
        let mut c = Catalog::embedded();
        let all = c.digest();
        assert_eq!(all, Catalog::embedded().digest());
        assert!(all.starts_with("sha256:") && all.len() == 7 + 64);
        c.retain(|d| d.category() != Category::Email);
        assert_ne!(c.digest(), all);
        let other = Catalog::from_sources([("a.toml".to_string(), GOOD)]).unwrap();
        assert_ne!(other.digest(), all);
    }

    #[test]
    fn embedded_catalogue_loads_and_is_ordered() {
        let c = Catalog::embedded();
        assert!(!c.detectors().is_empty());
        for w in c.detectors().windows(2) {
            assert!(w[0].def.priority >= w[1].def.priority);
        }
    }

    #[test]
    fn duplicate_ids_are_reported_with_both_files() {
        let err =
            Catalog::from_sources([("a.toml".to_string(), GOOD), ("b.toml".to_string(), GOOD)])
                .unwrap_err();
        assert_eq!(err.0.len(), 1);
        assert_eq!(err.0[0].source, "b.toml");
        assert!(err.0[0].message.contains("also defined in a.toml"), "{}", err);
    }

    #[test]
    fn unknown_category_and_field_name_the_file() {
        let bad = GOOD.replace("\"email\"", "\"phone\"");
        let err = Catalog::from_sources([("bad.toml".to_string(), bad)]).unwrap_err();
        assert!(err.to_string().contains("bad.toml"), "{err}");
        assert!(err.to_string().contains("phone"), "{err}");
        let bad = GOOD.replace("confidence", "confidance");
        let err = Catalog::from_sources([("typo.toml".to_string(), bad)]).unwrap_err();
        assert!(err.to_string().contains("confidance"), "{err}");
    }
}
