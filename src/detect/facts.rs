//! Facts about a found value that change how it is reported, computed on candidates only:
//! whether it is a well-known test value (`13800138000`, `4111111111111111`, addresses
//! at `example.com`, documentation IP ranges), and whether it shows its holder to be a
//! minor under 14 (PIPL art. 28 and 31).
//!
//! Exact test values are data (`[test_values]` tables in `patterns/*.toml`); the reserved
//! documentation names and ranges (RFC 2606, RFC 5737, RFC 3849) are rules here.

use std::collections::BTreeMap;

use foldhash::HashSet;

use jiff::civil::Date;

use crate::detect::Category;
use crate::validate::{date, gb11643, Env};

/// Age under which a person's data is "minors' data" (PIPL art. 28: under 14).
pub const MINOR_AGE: i16 = 14;

/// The known test values of every category, normalised.
#[derive(Clone, Debug, Default)]
pub struct TestValues {
    /// Indexed by `Category as usize`: every value is looked up, and a category's set
    /// is found without hashing.
    exact: Vec<HashSet<Vec<u8>>>,
}

impl TestValues {
    /// Builds the set from `[test_values]` tables (category -> values).
    pub fn new(tables: &BTreeMap<Category, Vec<String>>) -> TestValues {
        let mut exact: Vec<HashSet<Vec<u8>>> = vec![HashSet::default(); Category::ALL.len()];
        for (&cat, values) in tables {
            for v in values {
                let mut buf = [0u8; 64];
                if let Some(n) = normalize(cat, v.as_bytes(), &mut buf) {
                    exact[cat as usize].insert(buf[..n].to_vec());
                }
            }
        }
        TestValues { exact }
    }

    /// How many exact values are listed.
    pub fn len(&self) -> usize {
        self.exact.iter().map(HashSet::len).sum()
    }

    /// Whether no exact values are listed.
    pub fn is_empty(&self) -> bool {
        self.exact.iter().all(HashSet::is_empty)
    }

    /// Whether `value`, found as `category`, is a known test value.
    pub fn contains(&self, category: Category, value: &[u8]) -> bool {
        if reserved_for_documentation(category, value) {
            return true;
        }
        let Some(set) = self.exact.get(category as usize).filter(|s| !s.is_empty()) else {
            return false;
        };
        let mut buf = [0u8; 64];
        match normalize(category, value, &mut buf) {
            Some(n) => set.contains(&buf[..n]),
            None => false,
        }
    }
}

/// The comparable form of a value: digits and letters upper-cased for identifiers (so
/// `139 1234 5678` and `+86-139-1234-5678` compare equal), lower-case for e-mail.
/// `None` when the value is longer than the buffer.
fn normalize(category: Category, value: &[u8], out: &mut [u8; 64]) -> Option<usize> {
    let mut n = 0;
    // Decided once, not through a function pointer called per byte.
    let keep_all = matches!(category, Category::Email | Category::Ipv4 | Category::Ipv6);
    let lower = category == Category::Email;
    for &b in value.iter().filter(|b| keep_all || b.is_ascii_alphanumeric()) {
        *out.get_mut(n)? = if lower { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
        n += 1;
    }
    // A mobile number compares without its country code.
    if category == Category::CnMobile && n > 11 {
        out.copy_within(n - 11..n, 0);
        n = 11;
    }
    Some(n)
}

/// Names and ranges reserved for documentation and testing.
fn reserved_for_documentation(category: Category, value: &[u8]) -> bool {
    match category {
        Category::Email => {
            let Some(at) = value.iter().rposition(|&b| b == b'@') else { return false };
            let domain = &value[at + 1..];
            let is = |name: &[u8]| domain.eq_ignore_ascii_case(name);
            let under = |suffix: &[u8]| {
                domain.len() > suffix.len()
                    && domain[domain.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
            };
            is(b"example.com")
                || is(b"example.net")
                || is(b"example.org")
                || under(b".example.com")
                || under(b".example.net")
                || under(b".example.org")
                || under(b".example")
                || under(b".test")
                || under(b".invalid")
                || under(b".localhost")
        }
        Category::Ipv4 => {
            // RFC 5737: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24.
            [&b"192.0.2."[..], b"198.51.100.", b"203.0.113."].iter().any(|p| value.starts_with(p))
        }
        Category::Ipv6 => {
            // RFC 3849: 2001:db8::/32.
            let starts =
                |p: &[u8]| value.len() >= p.len() && value[..p.len()].eq_ignore_ascii_case(p);
            starts(b"2001:db8:") || starts(b"2001:0db8:")
        }
        _ => false,
    }
}

/// The birth date a value shows, for the categories that carry one.
pub fn birth_date(category: Category, value: &[u8]) -> Option<Date> {
    match category {
        Category::CnResidentId => gb11643::birth_date(value),
        Category::DateOfBirth => date::parse(value),
        _ => None,
    }
}

/// Whether someone born on `born` is under [`MINOR_AGE`] on `env.today`.
pub fn is_minor(born: Date, env: &Env) -> bool {
    // Born in a year more than 14 before this one: 14 since a birthday of last year at
    // the latest. Most values are, and need no date arithmetic.
    if i32::from(env.today.year()) - i32::from(born.year()) > i32::from(MINOR_AGE) {
        return false;
    }
    let Ok(fourteenth) = born.checked_add(jiff::Span::new().years(MINOR_AGE)) else { return false };
    env.today < fourteenth
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env() -> Env {
        Env { today: jiff::civil::date(2026, 11, 24) }
    }

    #[test]
    fn exact_values_compare_normalised() {
        let mut t = BTreeMap::new();
        t.insert(Category::CnMobile, vec!["13800138000".to_string()]);
        t.insert(Category::BankCard, vec!["4111 1111 1111 1111".to_string()]);
        let tv = TestValues::new(&t);
        assert_eq!(tv.len(), 2);
        assert!(tv.contains(Category::CnMobile, b"+86 138-0013-8000"));
        assert!(tv.contains(Category::BankCard, b"4111111111111111"));
        assert!(!tv.contains(Category::CnMobile, b"13912345678"));
        assert!(!tv.contains(Category::BankCard, b"13800138000"), "categories are separate");
    }

    #[test]
    fn documentation_names_and_ranges() {
        let tv = TestValues::default();
        assert!(tv.contains(Category::Email, b"zhang@EXAMPLE.com"));
        assert!(tv.contains(Category::Email, b"a@mail.example.org"));
        assert!(tv.contains(Category::Email, b"a@shop.test"));
        assert!(!tv.contains(Category::Email, b"a@example.com.cn"));
        assert!(!tv.contains(Category::Email, b"a@notexample.com"));
        assert!(tv.contains(Category::Ipv4, b"203.0.113.77"));
        assert!(!tv.contains(Category::Ipv4, b"203.0.114.77"));
        assert!(tv.contains(Category::Ipv6, b"2001:DB8::1"));
    }

    #[test]
    fn minors_are_under_fourteen_on_the_scan_date() {
        let e = env();
        assert!(is_minor(jiff::civil::date(2012, 11, 25), &e));
        assert!(!is_minor(jiff::civil::date(2012, 11, 24), &e), "14 today");
        assert!(!is_minor(jiff::civil::date(1990, 3, 7), &e));
        // Born 15 calendar years before the scan's year: 14 at least since last New Year.
        assert!(!is_minor(jiff::civil::date(2011, 12, 31), &e));
        assert!(is_minor(jiff::civil::date(2012, 12, 31), &e));
        assert_eq!(
            birth_date(Category::CnResidentId, b"440305201506120044"),
            Some(jiff::civil::date(2015, 6, 12))
        );
        assert_eq!(
            birth_date(Category::DateOfBirth, "2015年6月12日".as_bytes()),
            Some(jiff::civil::date(2015, 6, 12))
        );
        assert_eq!(birth_date(Category::CnMobile, b"13912345678"), None);
    }
}
