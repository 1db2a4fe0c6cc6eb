//! Check-digit and plausibility validators, one pure function per file.
//!
//! A detector names its validator in `patterns/*.toml` (`validator = "gb11643"`); the
//! catalogue resolves the name through [`lookup`] once, at load time, and the engine calls
//! the function on candidate spans only. A validator receives the raw matched bytes
//! (separators, prefixes and case as they appear in the data) and the [`Env`] of the scan,
//! and answers whether the value is a plausible instance of its kind. Validators never
//! allocate and never panic on any input.

pub mod bank_card;
pub mod cn_landline;
pub mod cn_mobile;
pub mod cn_name;
pub mod cn_numbering;
pub mod cn_plate;
pub mod date;
pub mod email;
pub mod gb11643;
pub mod gb32100;
pub mod hkid;
pub mod iban;
pub mod ipv4;
pub mod ipv6;
pub mod latin_given_names;
pub mod latin_name;
pub mod phone_intl;
pub mod twid;
pub mod us_ssn;

/// Facts about the scan that a validator may depend on, fixed once per scan so that a
/// scan is reproducible.
#[derive(Clone, Copy, Debug)]
pub struct Env {
    /// The scan's date; a birth date after it is impossible.
    pub today: jiff::civil::Date,
}

impl Env {
    /// The environment for a scan started now (local calendar date).
    pub fn now() -> Env {
        Env { today: jiff::Zoned::now().date() }
    }
}

/// A validator: raw matched bytes and the scan environment in, plausibility out.
pub type ValidateFn = fn(&[u8], &Env) -> bool;

/// Every built-in validator by the name detectors use for it.
pub const VALIDATORS: &[(&str, ValidateFn)] = &[
    ("gb11643", gb11643::validate_18),
    ("gb11643_15", gb11643::validate_15),
    ("gb11643_division", gb11643::division_in_force),
    ("cn_mobile", cn_mobile::validate),
    ("bank_card", bank_card::validate),
    ("email", email::validate),
    ("ipv4", ipv4::validate),
    ("ipv6", ipv6::validate),
    ("phone_intl", phone_intl::validate),
    ("phone_intl_idd", phone_intl::validate_idd),
    ("cn_name", cn_name::validate),
    ("cn_name_key", cn_name::validate_key),
    ("latin_name", latin_name::validate),
    ("birth_date", date::validate_birth_date),
    ("hkid", hkid::validate),
    ("twid", twid::validate),
    ("gb32100", gb32100::validate),
    ("gb32100_lettered", gb32100::validate_lettered),
    ("iban", iban::validate),
    ("iban_national", iban::national_check),
    ("us_ssn", us_ssn::validate),
    ("cn_plate", cn_plate::validate),
    ("cn_landline", cn_landline::validate),
];

/// Every built-in list of words that follow a value in running Han text, by the name
/// detectors use for it (`han_end_before`). Each list is separated by spaces.
pub const FOLLOWER_LISTS: &[(&str, &str)] = &[("cn_name", cn_name::FOLLOWERS)];

/// The follower words called `name`, if such a list exists.
pub fn followers(name: &str) -> Option<Vec<&'static str>> {
    FOLLOWER_LISTS.iter().find(|(n, _)| *n == name).map(|(_, l)| l.split_whitespace().collect())
}

/// The validator called `name`, if it exists.
pub fn lookup(name: &str) -> Option<ValidateFn> {
    VALIDATORS.iter().find(|(n, _)| *n == name).map(|&(_, f)| f)
}

/// The records of a validator's data table (`data/*.tsv`, `data/*.txt`): its lines but
/// the `#` comments of its header and empty ones.
pub(crate) fn data_lines(table: &'static str) -> impl Iterator<Item = &'static str> {
    table.lines().filter(|l| !l.starts_with('#') && !l.is_empty())
}

/// The words of a data table, one a line ([`data_lines`]), made a set on first use: for
/// a `static` a validator looks words up in.
pub(crate) struct WordSet {
    table: &'static str,
    set: std::sync::OnceLock<foldhash::HashSet<&'static [u8]>>,
}

impl WordSet {
    /// The set of `table`'s words (read when first asked).
    pub(crate) const fn new(table: &'static str) -> WordSet {
        WordSet { table, set: std::sync::OnceLock::new() }
    }

    /// Whether `word` is one of the table's words, as written there.
    pub(crate) fn contains(&self, word: &[u8]) -> bool {
        let set = self.set.get_or_init(|| data_lines(self.table).map(str::as_bytes).collect());
        set.contains(word)
    }
}

/// The ASCII digits of `value`, in order, written into `out`; returns how many were
/// written, or `None` when `value` holds more digits than `out` can take.
pub(crate) fn digits_into(value: &[u8], out: &mut [u8]) -> Option<usize> {
    let mut n = 0;
    for &b in value {
        if b.is_ascii_digit() {
            *out.get_mut(n)? = b - b'0';
            n += 1;
        }
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_resolve() {
        for (i, (name, _)) in VALIDATORS.iter().enumerate() {
            assert!(lookup(name).is_some());
            assert!(VALIDATORS[i + 1..].iter().all(|(n, _)| n != name), "duplicate {name}");
        }
        assert!(lookup("no_such_validator").is_none());
    }

    #[test]
    fn digits_into_skips_separators() {
        let mut buf = [0u8; 4];
        assert_eq!(digits_into(b"1 2-3", &mut buf), Some(3));
        assert_eq!(&buf[..3], &[1, 2, 3]);
        assert_eq!(digits_into(b"12345", &mut buf), None);
    }
}
