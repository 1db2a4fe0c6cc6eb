//! One detector: its definition as written in `patterns/*.toml`, and its compiled form.
//!
//! A pattern file holds a list of `[[detector]]` tables:
//!
//! ```toml
//! [[detector]]
//! id = "cn_mobile.plain"           # <category>.<variant>; unique and stable
//! category = "cn_mobile"           # a canonical category
//! name = "PRC mobile number"
//! pattern = '''(?-u:\b)1[3-9][0-9]{9}(?-u:\b)'''
//! validator = "cn_mobile"          # optional, a built-in validator name
//! context = ["手机", "mobile"]      # keywords shortly before the value raise confidence
//! exclude_context = ["order"]      # keywords shortly before the value lower it
//! requires_context = false         # true: report only when a context keyword is present
//! confidence = "medium"            # confidence of a validated match without context
//! priority = 60                    # which detector wins when two match at one place
//! reject_adjacent = "."            # not when glued by one of these to more digits
//! reject_adjacent_alnum = "-"      # not when glued by one of these to letters or digits
//! reject_glued_before = "/"        # not when one of these joins it to a letter or digit before
//! reject_glued_after = ":"         # not when one of these joins it to a letter or digit after
//! reject_preceded_by = "京津"       # not when one of these characters stands right before it
//! label_word_start = true          # the label glued to a Han character before it is no label
//! search_alone = true              # searched on its own, not in the combined automaton
//! han_end_before = "cn_name"      # a value glued to more Han text ends before a word of this list
//! lower_if = '^(?i:noreply)@'      # values matching this regex lose one confidence level
//! low_unless = "gb11643_division"   # a built-in check; values failing it start at `low`
//! description = "..."
//! references = ["..."]
//! examples = ["手机13912345678"]
//! negative_examples = ["order 139123456789"]
//! ```
//!
//! A pattern has at most one capture group; when it has one, the group is the value
//! (the rest of the match is a label), otherwise the whole match is.

use serde::Deserialize;

use crate::detect::category::{Category, Confidence};
use crate::detect::cost;
use crate::validate::{self, ValidateFn};

/// How the source names of built-in pattern files begin (`embedded:email.toml`).
pub const EMBEDDED_PREFIX: &str = "embedded:";

/// The longest accepted detector id.
pub const MAX_ID_LEN: usize = 40;

/// One `patterns/*.toml` file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternFile {
    /// The detectors defined in the file.
    #[serde(default)]
    pub detector: Vec<DetectorDef>,
    /// Well-known fake values per category (reported, marked as test values).
    #[serde(default)]
    pub test_values: std::collections::BTreeMap<Category, Vec<String>>,
    /// Column names that say what a column holds.
    #[serde(default)]
    pub column_hint: Vec<ColumnHintDef>,
    /// Column names that say a column holds no personal data (`order_no`, `sku`).
    #[serde(default)]
    pub not_personal_column: Vec<NotPersonalColumnDef>,
    /// Column names that say a column holds one part of an address split over columns.
    #[serde(default)]
    pub address_part: Vec<AddressPartDef>,
    /// The sensitivity class of categories (`[sensitivity.<category>]`).
    #[serde(default)]
    pub sensitivity: std::collections::BTreeMap<Category, SensitivityDef>,
}

/// A `[sensitivity.<category>]` table: the category's class and the rule behind it.
#[derive(Clone, Debug, Deserialize, serde::Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SensitivityDef {
    /// The class.
    pub class: crate::detect::category::Sensitivity,
    /// The legal or standard basis, for the reader of a report.
    pub basis: String,
}

/// A `[[column_hint]]`: column or key names that say a column holds `category`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ColumnHintDef {
    /// The category the names point to.
    pub category: Category,
    /// The names (ASCII compared case-insensitively by part; CJK by containment).
    pub names: Vec<String>,
}

/// A `[[not_personal_column]]`: column or key names that say a column holds something
/// other than personal data (order and tracking numbers, SKUs, versions, hashes, tokens),
/// so a value found there by chance is one confidence level lower and never makes the
/// column hold its category.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotPersonalColumnDef {
    /// The names, matched as [`ColumnHintDef::names`] are.
    pub names: Vec<String>,
}

/// An `[[address_part]]`: column or key names that say a column holds one part of an
/// address written over several columns of one table (`province`, `city`, `district`,
/// `detail_address`, `post_code`).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddressPartDef {
    /// The part the names point to.
    pub part: AddressPart,
    /// The names: ASCII ones compared case-insensitively with the end of a column's name
    /// split into parts (`receiver_city`, `BillingCity`, `city_id`); CJK ones with the end
    /// of the name (`所在城市`).
    pub names: Vec<String>,
}

/// One part of an address written over several columns.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum AddressPart {
    /// The street, house number, building and door (`detail_address`, `address`,
    /// `street`): the part that locates a person once the others say where it is.
    Street,
    /// A district or county (`district`, `county`, `区`).
    District,
    /// A city or town.
    City,
    /// A region whose level the name does not say (`region`: a district in mall's
    /// schema, a state in Northwind's).
    Region,
    /// A province or state.
    Province,
    /// The postal code.
    PostalCode,
    /// The country.
    Country,
}

impl AddressPart {
    /// The part's name as outputs write it.
    pub fn name(self) -> &'static str {
        match self {
            AddressPart::Street => "street",
            AddressPart::District => "district",
            AddressPart::City => "city",
            AddressPart::Region => "region",
            AddressPart::Province => "province",
            AddressPart::PostalCode => "postal_code",
            AddressPart::Country => "country",
        }
    }

    /// Whether it names an administrative area (a district, city, region or province):
    /// beside one, a column of street parts is an address.
    pub fn is_area(self) -> bool {
        matches!(
            self,
            AddressPart::District | AddressPart::City | AddressPart::Region | AddressPart::Province
        )
    }
}

/// A detector exactly as written in a pattern file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetectorDef {
    /// Unique, stable id: `<category>.<variant>`.
    pub id: String,
    /// The canonical category of what it finds.
    pub category: Category,
    /// A human name.
    pub name: String,
    /// The regular expression (regex crate syntax, matched on bytes).
    pub pattern: String,
    /// The built-in validator run on every match, if any.
    #[serde(default)]
    pub validator: Option<String>,
    /// Keywords that, shortly before a value, raise its confidence.
    #[serde(default)]
    pub context: Vec<String>,
    /// Keywords that, shortly before a value, mark it as probably not personal data and
    /// lower its confidence.
    #[serde(default)]
    pub exclude_context: Vec<String>,
    /// Report a match only when one of the `context` keywords is near it.
    #[serde(default)]
    pub requires_context: bool,
    /// The confidence of a validated match without context.
    pub confidence: Confidence,
    /// Higher wins when two detectors match at the same position.
    #[serde(default)]
    pub priority: i32,
    /// Characters that, joining the value to further digits, disqualify it (`"."` keeps
    /// `1.2.3.4` out of `1.2.3.4.5`).
    #[serde(default)]
    pub reject_adjacent: String,
    /// Characters that, joining the value to further letters or digits, disqualify it
    /// (`"-"` keeps `0684-4584-9942` out of the UUID `0370dccf-0684-4584-9942-dccf...`).
    #[serde(default)]
    pub reject_adjacent_alnum: String,
    /// Characters that, joining the value to a letter or digit *before* it, disqualify it
    /// (`"/"` keeps the version `124.0.0.0` out of `Chrome/124.0.0.0`, while the address in
    /// `http://203.0.113.5/` stays).
    #[serde(default)]
    pub reject_glued_before: String,
    /// Characters that, joining the value to a letter or digit *after* it, disqualify it
    /// (`":"` keeps the SSH target `git@github.com:org/repo` from being an e-mail address).
    #[serde(default)]
    pub reject_glued_after: String,
    /// Characters (any script) that disqualify a value standing right after one of them
    /// (a province abbreviation before a plate makes `浙苏H6F681` no plate).
    #[serde(default)]
    pub reject_preceded_by: String,
    /// The pattern starts with a label (`学生`, `收货人`): glued to a Han character before
    /// it, the label is the tail of a longer word (`大学生`, `修改收货人信息`), not a label,
    /// unless a separator (`:`, `：`, `=`, a quote) stands between it and the value.
    #[serde(default)]
    pub label_word_start: bool,
    /// Search the pattern on its own, not in the combined automaton of the catalogue: for
    /// a pattern whose counted run of a broad class (the 64-byte local part of an e-mail
    /// address) would multiply the combined automaton's states wherever such a run is
    /// read, and that has a literal of its own (`@`) to be found by.
    #[serde(default)]
    pub search_alone: bool,
    /// A built-in list of words that follow a value in running Han text (`cn_name`:
    /// `先生`, `电话`, `已`...): a value glued to a further Han character ends right
    /// before one of these words (the value is shortened to it: `张伟性别男` gives `张伟`),
    /// and is no value when none follows (`商品名称` holds no name). Unset: values are
    /// taken as the pattern matched them.
    #[serde(default)]
    pub han_end_before: Option<String>,
    /// A regular expression on the value alone: a value it matches is reported one
    /// confidence level lower (role mailboxes such as `noreply@` name no person).
    #[serde(default)]
    pub lower_if: Option<String>,
    /// A built-in validator name: a validated value that this second check does not
    /// confirm starts at `low` instead of [`DetectorDef::confidence`] (context still
    /// raises it one level). For facts that change over time, such as a division code
    /// missing from the table, where a real value must stay reported.
    #[serde(default)]
    pub low_unless: Option<String>,
    /// What it finds and why that is sensitive.
    #[serde(default)]
    pub description: String,
    /// Standards and sources for the format and the validator.
    #[serde(default)]
    pub references: Vec<String>,
    /// Texts in which the detector must find a value of its category.
    #[serde(default)]
    pub examples: Vec<String>,
    /// Texts in which no value of its category may be reported.
    #[serde(default)]
    pub negative_examples: Vec<String>,
}

/// A detector ready for the engine: its definition plus resolved parts.
#[derive(Clone, Debug)]
pub struct Detector {
    /// The definition it came from.
    pub def: DetectorDef,
    /// The pattern file it came from (`embedded:cn_mobile.toml` for built-ins).
    pub source: String,
    /// The resolved validator.
    pub validator: Option<ValidateFn>,
    /// Whether the pattern has a capture group marking the value.
    pub has_group: bool,
    /// The pattern compiled on its own: the engine reads a value's capture group with it,
    /// whose automaton is the detector's alone (a capture search through the combined
    /// regex of the catalogue walks, and clears, state for every detector's pattern).
    pub re: regex_automata::meta::Regex,
    /// The compiled `lower_if` expression, anchored at both ends of the value.
    pub lower_if: Option<regex_automata::meta::Regex>,
    /// The resolved `low_unless` check.
    pub low_unless: Option<ValidateFn>,
    /// The resolved `han_end_before` words (empty when unset).
    pub followers: Vec<&'static str>,
}

impl Detector {
    /// The detector's id.
    pub fn id(&self) -> &str {
        &self.def.id
    }

    /// The detector's category.
    pub fn category(&self) -> Category {
        self.def.category
    }
}

/// Checks an id's form: lowercase ASCII letters, digits and `_`, in parts separated by
/// `.` or `-`, at most [`MAX_ID_LEN`] bytes.
pub fn id_is_well_formed(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id.split(['.', '-']).all(|part| {
            !part.is_empty()
                && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        })
}

/// Resolves the parts of `def` that need no other detector: validator, id form, pattern
/// syntax and capture groups. Returns the problems found, or the detector.
pub fn resolve(def: DetectorDef, source: &str) -> Result<Detector, Vec<String>> {
    let mut problems = Vec::new();
    if !id_is_well_formed(&def.id) {
        problems.push(format!(
            "id `{}` is not well formed (lowercase letters, digits, `_`, parts joined by `.` \
             or `-`, at most {MAX_ID_LEN} bytes)",
            def.id
        ));
    }
    let mut resolve_validator = |name: Option<&str>| match name {
        None => None,
        Some(name) => match validate::lookup(name) {
            Some(f) => Some(f),
            None => {
                let known: Vec<&str> = validate::VALIDATORS.iter().map(|(n, _)| *n).collect();
                problems.push(format!("unknown validator `{name}` (known: {})", known.join(", ")));
                None
            }
        },
    };
    let validator = resolve_validator(def.validator.as_deref());
    let low_unless = resolve_validator(def.low_unless.as_deref());
    let followers = match def.han_end_before.as_deref() {
        None => Vec::new(),
        Some(name) => validate::followers(name).unwrap_or_else(|| {
            let known: Vec<&str> = validate::FOLLOWER_LISTS.iter().map(|(n, _)| *n).collect();
            problems.push(format!("unknown word list `{name}` (known: {})", known.join(", ")));
            Vec::new()
        }),
    };
    let mut has_group = false;
    let mut compiled = None;
    match regex_automata::meta::Regex::new(&def.pattern) {
        Err(err) => problems.push(format!("pattern does not compile: {err}")),
        Ok(re) => {
            let groups = re.captures_len() - 1;
            if groups > 1 {
                problems.push(format!(
                    "pattern has {groups} capture groups; use at most one (it marks the value) \
                     and `(?:...)` for the others"
                ));
            }
            has_group = groups == 1;
            // Not only at the start of a text: `(?-u:\b)[0-9]*` matches nothing in `""` but
            // an empty string between a letter and a space, where it would hide the
            // detectors after it.
            // (The pattern parses: the regex above compiled it with the same syntax.)
            let can_be_empty = regex_syntax::parse(&def.pattern)
                .is_ok_and(|hir| hir.properties().minimum_len() == Some(0));
            if can_be_empty {
                problems.push("pattern matches the empty string".to_string());
            }
            // Built-ins are measured by the test suite; a user's pattern when it loads.
            if !source.starts_with(EMBEDDED_PREFIX) {
                if let Err(excess) = cost::measure(&def.pattern) {
                    problems.push(excess.to_string());
                }
            }
            compiled = Some(re);
        }
    }
    let mut lower_if = None;
    if let Some(expr) = &def.lower_if {
        match regex_automata::meta::Regex::new(expr) {
            Ok(re) => lower_if = Some(re),
            Err(err) => problems.push(format!("lower_if does not compile: {err}")),
        }
    }
    if def.requires_context && def.context.is_empty() {
        problems.push("requires_context is set but no context keywords are given".to_string());
    }
    if def.context.iter().chain(&def.exclude_context).any(|k| k.trim().is_empty()) {
        problems.push("empty context keyword".to_string());
    }
    let Some(re) = compiled.filter(|_| problems.is_empty()) else {
        return Err(problems);
    };
    Ok(Detector {
        def,
        source: source.to_string(),
        validator,
        has_group,
        re,
        lower_if,
        low_unless,
        followers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn def(pattern: &str, validator: Option<&str>) -> DetectorDef {
        DetectorDef {
            id: "email.test".into(),
            category: Category::Email,
            name: "t".into(),
            pattern: pattern.into(),
            validator: validator.map(Into::into),
            context: vec![],
            exclude_context: vec![],
            requires_context: false,
            confidence: Confidence::Medium,
            priority: 0,
            reject_adjacent: String::new(),
            reject_adjacent_alnum: String::new(),
            reject_glued_before: String::new(),
            reject_glued_after: String::new(),
            reject_preceded_by: String::new(),
            label_word_start: false,
            search_alone: false,
            han_end_before: None,
            lower_if: None,
            low_unless: None,
            description: String::new(),
            references: vec![],
            examples: vec![],
            negative_examples: vec![],
        }
    }

    #[test]
    fn id_form() {
        assert!(id_is_well_formed("cn_resident_id.18"));
        assert!(id_is_well_formed("bank_card.grouped-4"));
        assert!(!id_is_well_formed("Bank.card"));
        assert!(!id_is_well_formed("a..b"));
        assert!(!id_is_well_formed(""));
        assert!(!id_is_well_formed(&"a".repeat(MAX_ID_LEN + 1)));
    }

    #[test]
    fn resolve_reports_each_problem() {
        let err = resolve(def("(a)(b)", Some("nope")), "x.toml").unwrap_err();
        assert_eq!(err.len(), 2, "{err:?}");
        assert!(err[0].contains("unknown validator `nope`"));
        assert!(err[1].contains("2 capture groups"));
        let err = resolve(def("(", None), "x.toml").unwrap_err();
        assert!(err[0].contains("does not compile"));
        let err = resolve(def("a*", None), "x.toml").unwrap_err();
        assert!(err[0].contains("empty string"));
        // Empty only between a word and what is not one: never in "" itself.
        let err = resolve(def("(?-u:\\b)[0-9]*", None), "x.toml").unwrap_err();
        assert!(err[0].contains("empty string"), "{err:?}");
    }

    #[test]
    fn resolve_notes_the_value_group() {
        assert!(resolve(def("name: (\\w+)", None), "x").unwrap().has_group);
        assert!(!resolve(def("\\w+@\\w+", Some("email")), "x").unwrap().has_group);
    }
}
