//! The canonical categories of personal data and the confidence levels of a finding.
//!
//! Category names are part of every output format and of baselines; they never change
//! spelling. The README's category table documents them.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

macro_rules! categories {
    ($( $variant:ident => $name:literal, $what:literal; )*) => {
        /// A canonical category of personal data (the README's category table).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Category {
            $( #[doc = $what] $variant, )*
        }

        impl Category {
            /// Every category, in the order of the catalogue table.
            pub const ALL: &'static [Category] = &[$(Category::$variant),*];

            /// The canonical snake_case name.
            pub fn name(self) -> &'static str {
                match self { $(Category::$variant => $name,)* }
            }

            /// A one-line description of what the category holds.
            pub fn description(self) -> &'static str {
                match self { $(Category::$variant => $what,)* }
            }
        }
    };
}

categories! {
    CnResidentId => "cn_resident_id", "PRC resident identity card number (18 chars, legacy 15 digits)";
    CnMobile => "cn_mobile", "PRC mobile number";
    CnLandline => "cn_landline", "PRC fixed-line number with area code";
    PhoneIntl => "phone_intl", "Other phone numbers (E.164 / national formats)";
    Email => "email", "E-mail address";
    BankCard => "bank_card", "Payment or bank card number";
    CnPassport => "cn_passport", "PRC passport number";
    HkId => "hk_id", "Hong Kong identity card number";
    TwId => "tw_id", "Taiwan national ID number";
    CnPermit => "cn_permit", "Mainland travel permit number";
    CnUscc => "cn_uscc", "Unified social credit code";
    CnLicensePlate => "cn_license_plate", "PRC vehicle licence plate";
    PersonName => "person_name", "Personal name";
    Address => "address", "Postal address";
    PostalCode => "postal_code", "Postal code (behind a label or in a postal-code column)";
    DateOfBirth => "date_of_birth", "Birth date";
    Ipv4 => "ipv4", "IPv4 address";
    Ipv6 => "ipv6", "IPv6 address";
    UsSsn => "us_ssn", "US social security number";
    Iban => "iban", "International bank account number";
    Biometric => "biometric", "Face, fingerprint or voiceprint data or templates";
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Category {
    type Err = String;

    fn from_str(s: &str) -> Result<Category, String> {
        Category::ALL
            .iter()
            .copied()
            .find(|c| c.name() == s)
            .ok_or_else(|| format!("unknown category `{s}`"))
    }
}

/// How sensitive a category is, following PIPL art. 28 and GB/T 35273-2020 / GB/T 45574-2025
/// (the class of each category is data: `patterns/sensitivity.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sensitivity {
    /// Sensitive personal information: identity documents, financial accounts,
    /// biometrics, precise location, and every datum of a minor under 14.
    Sensitive,
    /// Other personal information: names, contact data, addresses, birth dates.
    Personal,
    /// Data about organisations (a sole trader's code still names a person).
    Organisation,
}

impl Sensitivity {
    /// Every class, most sensitive first.
    pub const ALL: &'static [Sensitivity] =
        &[Sensitivity::Sensitive, Sensitivity::Personal, Sensitivity::Organisation];

    /// The lowercase name used in every output.
    pub fn name(self) -> &'static str {
        match self {
            Sensitivity::Sensitive => "sensitive",
            Sensitivity::Personal => "personal",
            Sensitivity::Organisation => "organisation",
        }
    }
}

impl fmt::Display for Sensitivity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How sure piiscan is that a finding is personal data.
///
/// * `low`: the shape matches, nothing else supports it.
/// * `medium`: the shape matches and the validator (if any) passes, or the shape is
///   distinctive on its own.
/// * `high`: a check digit passed on a strong format, or a context keyword (`身份证`,
///   `手机`, `tel`...) stands near a validated value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Shape only.
    Low,
    /// Validated shape, no supporting context.
    Medium,
    /// Check digit or strong format with supporting context.
    High,
}

impl Confidence {
    /// The lowercase name used in every output.
    pub fn name(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }

    /// One level up, saturating at `high`.
    pub fn raised(self) -> Confidence {
        match self {
            Confidence::Low => Confidence::Medium,
            _ => Confidence::High,
        }
    }

    /// One level down, saturating at `low`.
    pub fn lowered(self) -> Confidence {
        match self {
            Confidence::High => Confidence::Medium,
            _ => Confidence::Low,
        }
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_through_serde_and_from_str() {
        for &c in Category::ALL {
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.name()));
            assert_eq!(c.name().parse::<Category>().unwrap(), c);
        }
        assert!("phone".parse::<Category>().is_err());
    }

    #[test]
    fn confidence_orders_and_saturates() {
        assert!(Confidence::Low < Confidence::Medium && Confidence::Medium < Confidence::High);
        assert_eq!(Confidence::High.raised(), Confidence::High);
        assert_eq!(Confidence::Low.lowered(), Confidence::Low);
        assert_eq!(Confidence::Medium.raised(), Confidence::High);
    }
}
