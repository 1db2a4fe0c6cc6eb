//! IPv4 addresses in dotted-decimal form.
//!
//! ## What it checks
//!
//! Exactly four dot-separated decimal octets, each 0-255, written without leading zeros
//! (`0` itself is fine), signs or spaces. Addresses that cannot identify a host are
//! rejected: first octet `0` ("this network"), `127` (loopback) and `224` or above
//! (multicast, reserved and the broadcast address `255.255.255.255`). Private ranges
//! (`10/8`, `172.16/12`, `192.168/16`) stay valid: internal addresses still identify
//! devices.
//!
//! Dotted runs that are numbered things rather than addresses are rejected too: two
//! single-digit octets followed by two below 20 (section numbers `4.2.1.6`, `4.4.12.15`,
//! versions `1.0.0.1`, and the public resolvers `8.8.8.8`, `1.1.1.1`, which name no one),
//! and a first octet of 1 or 2 followed by a
//! single-digit second one, the shape of the ITU/ISO object identifier arcs (`2.5.4.10`,
//! `1.3.6.1`).
//!
//! ## Algorithm
//!
//! Split on `.`; each of exactly four parts must be 1-3 ASCII digits, not start with `0`
//! unless it is `0`, and be at most 255. Then test the first octet.
//!
//! ## Example
//!
//! ```text
//! 192.168.1.10     valid
//! 8.8.8.8          valid
//! 127.0.0.1        invalid (loopback)
//! 10.01.0.1        invalid (leading zero)
//! 256.1.1.1        invalid (octet above 255)
//! 4.2.1.6          invalid (a section number: every octet one digit)
//! 2.5.4.10         invalid (an object identifier's arcs)
//! 1.2.3            invalid (three octets)
//! ```
//!
//! ## References
//!
//! - RFC 791, *Internet Protocol* (address format).
//! - RFC 6890, *Special-Purpose IP Address Registries* (0/8, 127/8, 224/4, 240/4).
//! - RFC 1918, *Address Allocation for Private Internets*.

use super::Env;

/// Whether `value` is a dotted-decimal IPv4 address with canonical octets whose first
/// octet is neither 0, 127 nor 224 or above.
pub fn validate(value: &[u8], _env: &Env) -> bool {
    if value.len() > 15 {
        return false;
    }
    let mut octets = [0u16; 4];
    let mut count = 0;
    for part in value.split(|&b| b == b'.') {
        let Some(octet) = octet(part) else {
            return false;
        };
        if count == 4 {
            return false;
        }
        octets[count] = octet;
        count += 1;
    }
    count == 4 && !matches!(octets[0], 0 | 127 | 224..) && !numbered(octets)
}

/// Whether dotted octets read as a numbered thing rather than an address: two single
/// digits then numbers below 20 (the section numbers `4.2.1.6`, `4.4.6.10`, `4.4.12.15`,
/// versions `1.0.0.1`, and the public resolvers `8.8.8.8`, `1.1.1.1`, which name no one),
/// or the object-identifier arcs `1.x` / `2.x` with a single-digit second arc
/// (`2.5.4.10`).
fn numbered([first, second, third, fourth]: [u16; 4]) -> bool {
    let single = |o: u16| o < 10;
    (single(first) && single(second) && third < 20 && fourth < 20)
        || (matches!(first, 1 | 2) && single(second))
}

/// The value of one canonical decimal octet (`0`-`255`, no leading zero), if it is one.
fn octet(part: &[u8]) -> Option<u16> {
    match part {
        [] | [b'0', _, ..] => None,
        _ if part.len() > 3 => None,
        _ => part
            .iter()
            .try_fold(0u16, |acc, &b| b.is_ascii_digit().then(|| acc * 10 + u16::from(b - b'0')))
            .filter(|&v| v <= 255),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::net::Ipv4Addr;

    fn env() -> Env {
        Env { today: jiff::civil::date(2025, 6, 1) }
    }

    fn ok(s: &str) -> bool {
        validate(s.as_bytes(), &env())
    }

    #[test]
    fn valid_addresses() {
        for s in [
            "1.180.23.45",
            "2.50.1.1",
            "8.8.8.180",
            "10.0.0.1",
            "172.16.254.1",
            "192.168.1.10",
            "100.64.0.1",
            "126.255.255.255",
            "128.0.0.1",
            "223.255.255.255",
            "169.254.0.1",
            "203.0.113.0",
        ] {
            assert!(ok(s), "{s}");
        }
    }

    #[test]
    fn invalid_addresses() {
        for s in [
            "",
            "0.0.0.0",
            "0.1.2.3",
            "127.0.0.1",
            "127.255.255.254",
            "224.0.0.1",
            "239.255.255.250",
            "240.0.0.1",
            "255.255.255.255",
            "256.1.1.1",
            "1.256.1.1",
            "1.1.1.300",
            "10.01.0.1",
            "010.0.0.1",
            "10.0.0.00",
            "1.2.3",
            "1.2.3.4.5",
            "1.2.3.4",
            "8.8.8.8",
            "4.2.1.6",
            "4.4.6.10",
            "4.4.12.15",
            "2.5.4.10",
            "1.3.6.10",
            "2.5.29.17",
            "1.2.3.",
            ".1.2.3",
            "1..2.3",
            "1.2.3.4.",
            "+1.2.3.4",
            "1.2.3.-4",
            " 1.2.3.4",
            "1.2.3.4 ",
            "1.2.3.4/24",
            "1.2.3.4:80",
            "1.2.3.a",
            "1.2.3.0x1",
            "1.2.3.1000",
            "１.2.3.4",
        ] {
            assert!(!ok(s), "{s}");
        }
    }

    proptest! {
        #[test]
        fn generated_addresses_pass(a in 1u8..224, b: u8, c: u8, d: u8) {
            prop_assume!(a != 127);
            prop_assume!(!(a < 10 && b < 10 && c < 20 && d < 20));
            prop_assume!(!(matches!(a, 1 | 2) && b < 10));
            prop_assert!(ok(&Ipv4Addr::new(a, b, c, d).to_string()));
        }

        #[test]
        fn special_first_octets_fail(
            a in prop_oneof![Just(0u8), Just(127u8), 224u8..=255],
            b: u8,
            c: u8,
            d: u8,
        ) {
            prop_assert!(!ok(&Ipv4Addr::new(a, b, c, d).to_string()));
        }

        #[test]
        fn agrees_with_std_parser(s in "[0-9.]{0,16}") {
            // std's parser rejects leading zeros too, so only the octet rules differ.
            let expected = s.parse::<Ipv4Addr>().is_ok_and(|ip| {
                let o = ip.octets();
                let numbered = (o[0] < 10 && o[1] < 10 && o[2] < 20 && o[3] < 20)
                    || (matches!(o[0], 1 | 2) && o[1] < 10);
                !matches!(o[0], 0 | 127 | 224..) && !numbered
            });
            prop_assert_eq!(ok(&s), expected);
        }

        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..24)) {
            let _ = validate(&bytes, &env());
        }
    }
}
