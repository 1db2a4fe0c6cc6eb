//! IPv6 addresses.
//!
//! ## What it checks
//!
//! Text that parses as an IPv6 address (RFC 4291 text forms, including `::` compression
//! and an embedded IPv4 tail), other than the unspecified address `::` and the loopback
//! `::1`, which identify no one. Times (`12:30:45`) and MAC addresses
//! (`00:1a:2b:3c:4d:5e`) do not parse and are rejected.
//!
//! ## Algorithm
//!
//! Parse with the standard library's `Ipv6Addr` parser (no allocation), then exclude the
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
        Ok(ip) => !ip.is_unspecified() && !ip.is_loopback(),
        Err(_) => false,
    }
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
        ] {
            assert!(!validate(v.as_bytes(), &env()), "{v}");
        }
    }

    proptest::proptest! {
        #[test]
        fn every_address_in_canonical_form_passes(segs in proptest::array::uniform8(proptest::num::u16::ANY)) {
            let ip = Ipv6Addr::from(segs);
            proptest::prop_assume!(!ip.is_unspecified() && !ip.is_loopback());
            proptest::prop_assert!(validate(ip.to_string().as_bytes(), &env()));
        }
    }
}
