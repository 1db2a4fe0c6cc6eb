//! IPv6 addresses.
//!
//! ## What it checks
//!
//! Text that parses as an IPv6 address (RFC 4291 text forms, including `::` compression
//! and an embedded IPv4 tail), other than the unspecified address `::` and the loopback
//! `::1`, which identify no one. Times (`12:30:45`) and MAC addresses
//! (`00:1a:2b:3c:4d:5e`) do not parse and are rejected. Text whose groups are all one or
//! two decimal digits parses but is code or a list, not an address written by a machine
//! (the Python slices `x[1::2]`, `a[10::]`, the number list `1:2::3`): rejected. So is a
//! single group before or after `::` (`be::`, `face::`): reStructuredText ends a
//! paragraph before a literal block with `::`, and a word of hex letters then parses.
//!
//! ## Algorithm
//!
//! Parse with the standard library's [`Ipv6Addr`] parser (no allocation), then exclude the
//! unspecified and loopback addresses.
//!
//! ## Example
//!
//! ```text
//! 2001:db8:85a3::8a2e:370:7334   valid
//! fe80::1ff:fe23:4567:890a       valid
//! 12:30:45                       invalid
//! ::1                            invalid (loopback)
//! ```
//!
//! ## References
//!
//! - RFC 4291 section 2.2 (text representation), RFC 5952 (recommended form).

use std::net::Ipv6Addr;

use super::Env;

/// Whether `value` is an IPv6 address that can identify a host.
pub fn validate(value: &[u8], _env: &Env) -> bool {
    if value.len() > 45 {
        return false;
    }
    let Ok(text) = std::str::from_utf8(value) else { return false };
    match text.parse::<Ipv6Addr>() {
        Ok(ip) => {
            !ip.is_unspecified()
                && !ip.is_loopback()
                && !small_numbers(text)
                && text.split(':').filter(|g| !g.is_empty()).count() >= 2
        }
        Err(_) => false,
    }
}

/// Whether every group of `text` is one or two decimal digits (`1::2`, `10:20::30`).
fn small_numbers(text: &str) -> bool {
    text.split(':')
        .filter(|g| !g.is_empty())
        .all(|g| g.len() <= 2 && g.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env() -> Env {
        Env { today: jiff::civil::date(2026, 11, 24) }
    }

    #[test]
    fn addresses() {
        for v in [
            "2001:db8:85a3::8a2e:370:7334",
            "fe80::1ff:fe23:4567:890a",
            "2001:0db8:0000:0000:0000:ff00:0042:8329",
            "::ffff:192.0.2.1",
            "2001:470:1:18::2",
            "fe80::1",
        ] {
            assert!(validate(v.as_bytes(), &env()), "{v}");
        }
        for v in [
            "12:30:45",
            "00:1a:2b:3c:4d:5e",
            "::1",
            "::",
            "2001:db8::85a3::1",
            "gggg::1",
            "1:2:3:4:5:6:7:8:9",
            "be::",
            "face::",
            "::beef",
            "1::2",
            "10::",
            "1:2::3",
            "10:20:30:40:50:60:70:80",
        ] {
            assert!(!validate(v.as_bytes(), &env()), "{v}");
        }
    }

    proptest::proptest! {
        #[test]
        fn every_address_in_canonical_form_passes(segs in proptest::array::uniform8(proptest::num::u16::ANY)) {
            let ip = Ipv6Addr::from(segs);
            proptest::prop_assume!(!ip.is_unspecified() && !ip.is_loopback());
            proptest::prop_assume!(segs.iter().any(|&s| s > 0x99 || s & 0xf > 9 || s >> 4 > 9));
            proptest::prop_assert!(validate(ip.to_string().as_bytes(), &env()));
        }
    }
}
