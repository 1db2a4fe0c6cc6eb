//! The words of the reports people read (HTML, Markdown, the terminal summary), in each
//! language of `--lang`: headings, column names, category and class names, the
//! recommendations' texts and the legal basis. They are data (`src/report/lang/*.toml`),
//! one file per language with the same keys, so a translation is a file, not code.
//!
//! A text is looked up by a dotted key (`heading.totals`); `{name}` in a text is filled
//! by [`Texts::fill`]. Keys come from the renderers' code, never from scanned data; a
//! missing key is a bug, caught by the tests that render every format in every language.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::detect::{Category, Confidence, Sensitivity};
use crate::inventory::advice::Advice;

/// A report language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// The language's tag, for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        }
    }

    /// The texts of the language.
    pub fn texts(self) -> &'static Texts {
        static EN: OnceLock<Texts> = OnceLock::new();
        static ZH: OnceLock<Texts> = OnceLock::new();
        match self {
            Lang::En => EN.get_or_init(|| Texts::parse(include_str!("lang/en.toml"))),
            Lang::Zh => ZH.get_or_init(|| Texts::parse(include_str!("lang/zh.toml"))),
        }
    }

    /// The texts for `doc`: a live database's inventory (`piiscan db`) speaks of tables
    /// where a scan's speaks of files (the `database.` texts replace the others).
    pub fn texts_of(self, doc: &crate::inventory::document::Document) -> &'static Texts {
        static EN: OnceLock<Texts> = OnceLock::new();
        static ZH: OnceLock<Texts> = OnceLock::new();
        if doc.database.is_none() {
            return self.texts();
        }
        let cell = match self {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        };
        cell.get_or_init(|| self.texts().for_tables())
    }
}

/// The texts of one language, by dotted key.
#[derive(Debug)]
pub struct Texts {
    map: BTreeMap<String, String>,
}

impl Texts {
    /// Parses a language file: nested tables of strings, flattened to dotted keys. The
    /// files ship inside the binary and a test parses each, so a malformed one cannot
    /// reach a user.
    fn parse(text: &str) -> Texts {
        fn flatten(prefix: &str, table: &toml::Table, map: &mut BTreeMap<String, String>) {
            for (k, v) in table {
                let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                match v {
                    toml::Value::String(s) => {
                        map.insert(key, s.clone());
                    }
                    toml::Value::Table(t) => flatten(&key, t, map),
                    other => panic!("language file: {key} is a {}, not text", other.type_str()),
                }
            }
        }
        let table: toml::Table = text.parse().expect("a language file is TOML");
        let mut map = BTreeMap::new();
        flatten("", &table, &mut map);
        Texts { map }
    }

    /// These texts with the `database.` ones in place of those they name.
    fn for_tables(&self) -> Texts {
        let mut map = self.map.clone();
        for (k, v) in &self.map {
            if let Some(base) = k.strip_prefix("database.") {
                map.insert(base.to_string(), v.clone());
            }
        }
        Texts { map }
    }

    /// The text of `key`.
    pub fn get(&self, key: &str) -> &str {
        match self.map.get(key) {
            Some(s) => s,
            None => panic!("no text for {key}"),
        }
    }

    /// "One address over ...": the columns of the split address whose street column `l`
    /// is ([`Location::address_columns`]); `None` for any other location.
    ///
    /// [`Location::address_columns`]: crate::inventory::document::Location::address_columns
    pub fn address_parts(&self, l: &crate::inventory::document::Location) -> Option<String> {
        let columns = l.address_columns()?;
        Some(self.fill("text.address_parts", &[("columns", &columns)]))
    }

    /// The text of `key` with each `{name}` replaced by its value.
    /// Values are put in once, in one pass over the text: a value holding `{name}` (a
    /// path from the scanned tree) is never filled in again.
    pub fn fill(&self, key: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
        let template = self.get(key);
        let mut text = String::with_capacity(template.len());
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            text.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let name = after.find('}').map(|close| &after[..close]);
            match name.and_then(|name| values.iter().find(|(n, _)| *n == name)) {
                Some((name, value)) => {
                    text.push_str(&value.to_string());
                    rest = &after[name.len() + 1..];
                }
                None => {
                    text.push('{');
                    rest = after;
                }
            }
        }
        text.push_str(rest);
        text
    }

    /// [`Texts::fill`] with `{n}` = `n`, choosing `key.one` for 1 and `key.other` for
    /// any other count when the language has the two forms, else `key`.
    pub fn count(&self, key: &str, n: u64, values: &[(&str, &dyn std::fmt::Display)]) -> String {
        let form = if n == 1 { "one" } else { "other" };
        let plural = format!("{key}.{form}");
        let key = if self.map.contains_key(&plural) { plural.as_str() } else { key };
        let mut all: Vec<(&str, &dyn std::fmt::Display)> = vec![("n", &n)];
        all.extend_from_slice(values);
        self.fill(key, &all)
    }

    /// A category in words (`PRC mobile number`, `手机号码`).
    pub fn category(&self, category: Category) -> &str {
        self.get(&format!("category.{}", category.name()))
    }

    /// A sensitivity class in words.
    pub fn class(&self, class: Sensitivity) -> &str {
        self.get(&format!("class.{}", class.name()))
    }

    /// A confidence level in words.
    pub fn level(&self, level: Confidence) -> &str {
        self.get(&format!("level.{}", level.name()))
    }

    /// What to do for a recommendation.
    pub fn advice(&self, advice: Advice) -> &str {
        self.get(&format!("advice.{}", advice.id()))
    }

    /// The legal basis of `category`'s class as this language says it: the translation
    /// when `basis` is the built-in text it translates (`basis.<category>.en`), else
    /// `basis` itself (a user's pattern directory may give its own).
    pub fn basis<'a>(&'a self, category: Category, basis: &'a str) -> &'a str {
        let key = format!("basis.{}", category.name());
        match (self.map.get(&format!("{key}.en")), self.map.get(&format!("{key}.text"))) {
            (Some(en), Some(text)) if en == basis => text,
            _ => basis,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_same_keys() {
        // Keys without their plural forms (`.one`, `.other`: a language may have one form)
        // and the translated bases (a translation of built-in text English needs not).
        let keys = |lang: Lang| -> std::collections::BTreeSet<String> {
            lang.texts()
                .map
                .keys()
                .filter(|k| !k.starts_with("basis."))
                .map(|k| k.trim_end_matches(".one").trim_end_matches(".other").to_string())
                .collect()
        };
        assert_eq!(keys(Lang::En), keys(Lang::Zh));
        for lang in [Lang::En, Lang::Zh] {
            let t = lang.texts();
            for c in Category::ALL {
                assert!(!t.category(*c).is_empty());
            }
            for c in Sensitivity::ALL {
                assert!(!t.class(*c).is_empty());
            }
            for a in Advice::ALL {
                assert!(!t.advice(*a).is_empty());
            }
        }
    }

    #[test]
    fn database_texts_replace_existing_ones() {
        for lang in [Lang::En, Lang::Zh] {
            let t = lang.texts();
            let over: Vec<&String> = t.map.keys().filter(|k| k.starts_with("database.")).collect();
            assert!(over.len() >= 10);
            for k in over {
                let base = k.strip_prefix("database.").unwrap();
                assert!(t.map.contains_key(base), "{k} replaces nothing");
                let f = |k: &str| -> Vec<String> {
                    let text = &t.map[k];
                    text.split('{').skip(1).map(|p| p.split('}').next().unwrap().into()).collect()
                };
                assert_eq!(f(k), f(base), "{k} fills other values");
            }
        }
    }

    #[test]
    fn translated_bases_translate_the_catalogues_text() {
        let catalog = crate::detect::catalog::Catalog::embedded();
        let zh = Lang::Zh.texts();
        for (category, def) in catalog.sensitivity_defs() {
            let en = zh.get(&format!("basis.{}.en", category.name()));
            assert_eq!(en, def.basis, "basis.{category}.en is not the catalogue's text");
            assert_ne!(zh.basis(*category, &def.basis), def.basis);
        }
        // A basis of the user's own is shown as written.
        assert_eq!(zh.basis(Category::CnMobile, "our own reading"), "our own reading");
        assert_eq!(Lang::En.texts().basis(Category::CnMobile, "x"), "x");
    }

    #[test]
    fn counts_fill_and_choose_their_form() {
        let en = Lang::En.texts();
        assert_eq!(en.count("recommendations.locations", 1, &[]), "1 location");
        assert_eq!(en.count("recommendations.locations", 3, &[]), "3 locations");
        assert_eq!(Lang::Zh.texts().count("recommendations.locations", 3, &[]), "3 处位置");
        // A value is put in once, never read as a placeholder itself.
        let path = "a/{list}/{n}.csv";
        assert_eq!(
            en.fill("human.using_config", &[("path", &path)]),
            "configuration a/{list}/{n}.csv"
        );
        assert_eq!(en.fill("human.using", &[("list", &"{list}")]), "Using {list}.");
    }
}
