//! Latin-script personal names after a bare `name` key.
//!
//! ## What it checks
//!
//! `name` alone names anything: a town (`"name": "Palm Beach"`), a series
//! (`name="Sample Implicit Model"`), a model (`Name: Bodycentric Body-Fixed`). A value of
//! two or three capitalised words after it is a person's name only when its first word
//! is a given name (`Anna Schmidt`), or one of its words is a common Chinese surname in
//! pinyin or Cantonese romanisation, in either order (`Wei Zhang`, `Zhang Wei`,
//! `Chan Tai Man`). A given name that is also an English word (`Max`, `Royal`,
//! `Grace`) with an English word that is no common surname after it (`Max Speed`, `Royal
//! Observatory Greenwich`, `Grace Period`) begins a title, not a name, and so do three
//! words whose last is such a word (`Venus Geodetic Body`, `Julia Set Generator`): the last
//! of three is the family name. Common surnames that are words stay names (`Will
//! Smith`, `Frank Miller`, `Mary Ann Rose`). Labels that name a person
//! by themselves (`full_name`, `customer_name`, `first_name`...) need no such check and
//! use no validator.
//!
//! ## Algorithm
//!
//! Split on spaces; look the first word up (lower case, binary search) in
//! [`GIVEN_NAMES`], then every word in [`PINYIN_SURNAMES`]. A given name found is then
//! looked up among the given names that are words, and the words after it among the
//! common English words (hash sets built once from `data/en_*.txt`, written by
//! `scripts/gen-en-common-words.py` from SCOWL's word lists and the Census surnames). No
//! allocation per value: words longer than a buffer of 24 bytes are no name.
//!
//! ## Example
//!
//! ```text
//! Anna Maria Schmidt   valid (given name Anna)
//! Wei Zhang            valid (surname Zhang)
//! Palm Beach           invalid
//! Sample Implicit Model invalid
//! Max Speed            invalid (a given name that is a word, then a word)
//! Will Smith           valid (Smith: a common surname)
//! ```
//!
//! ## References
//!
//! - US Census Bureau, 1990 Census name files (`dist.male.first`, `dist.female.first`,
//!   `dist.all.last`).
//! - Kevin Atkinson, SCOWL (Spell Checker Oriented Word Lists), sizes 35 and 50.
//! - 公安部户政管理研究中心《二〇二〇年全国姓名报告》(the most common surnames).

use super::latin_given_names::GIVEN_NAMES;
use super::{Env, WordSet};

/// Common Chinese surnames, romanised: the hundred most common in the mainland (pinyin,
/// `lv` for 吕) and the Cantonese spellings common in Hong Kong. Left out are the
/// spellings that are everyday English words and begin names of things (`Long`, `Fan`,
/// `Tan`, `He`, `Mo`).
pub const PINYIN_SURNAMES: &[&str] = &[
    "bai", "cai", "cao", "chan", "chang", "chen", "cheng", "cheung", "chow", "cui", "dai", "deng",
    "ding", "dong", "du", "duan", "fang", "feng", "fu", "gao", "gong", "gu", "guo", "han", "hao",
    "hou", "hu", "huang", "jia", "jiang", "jin", "kong", "kwok", "lau", "lei", "leung", "li",
    "liang", "liao", "lin", "liu", "lu", "luo", "lv", "ma", "mao", "meng", "pan", "peng", "qian",
    "qin", "qiu", "ren", "shao", "shen", "shi", "song", "su", "sun", "tang", "tao", "tian",
    "tsang", "wan", "wang", "wei", "wong", "wu", "xia", "xiang", "xiao", "xie", "xiong", "xu",
    "xue", "yan", "yang", "yao", "ye", "yin", "yu", "yuan", "zeng", "zhang", "zhao", "zheng",
    "zhong", "zhou", "zhu", "zou",
];

/// Whether `value` (two or three capitalised words) reads as a person's name.
pub fn validate(value: &[u8], _env: &Env) -> bool {
    let mut words = value.split(|&b| b == b' ').filter(|w| !w.is_empty());
    let Some(first) = words.next() else { return false };
    if listed(first, GIVEN_NAMES) {
        let (mut count, mut common_after, mut last_common) = (1, false, false);
        for w in words.by_ref() {
            count += 1;
            last_common = in_set(w, &COMMON_WORDS);
            common_after |= last_common;
        }
        // `Max Speed`; `Venus Geodetic Body`, `Julia Set Generator`: the last of three
        // words is the family name, never a common word (unless the name is written
        // surname first: `Chan Tai Man`).
        let titled = in_set(first, &NAME_WORDS) && common_after;
        let surname_first = listed(first, PINYIN_SURNAMES);
        return !(titled || (count == 3 && last_common && !surname_first));
    }
    listed(first, PINYIN_SURNAMES) || words.any(|w| listed(w, PINYIN_SURNAMES))
}

/// Given names that are English words (`max`, `royal`, `grace`).
static NAME_WORDS: WordSet = WordSet::new(include_str!("data/en_given_name_words.txt"));

/// English words that are no common surname (`speed`, `observatory`, `period`).
static COMMON_WORDS: WordSet = WordSet::new(include_str!("data/en_common_words.txt"));

/// Whether `word`, in lower case, is in `words`.
fn in_set(word: &[u8], words: &WordSet) -> bool {
    lowered(word).is_some_and(|(buf, n)| words.contains(&buf[..n]))
}

/// Whether `word`, in lower case, is in the sorted `list`.
fn listed(word: &[u8], list: &[&str]) -> bool {
    lowered(word)
        .is_some_and(|(buf, n)| list.binary_search_by(|w| w.as_bytes().cmp(&buf[..n])).is_ok())
}

/// `word` in lower case, in a buffer with its length; `None` past 24 bytes.
fn lowered(word: &[u8]) -> Option<([u8; 24], usize)> {
    let mut buf = [0u8; 24];
    buf.get_mut(..word.len())?.copy_from_slice(word);
    buf.make_ascii_lowercase();
    Some((buf, word.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env() -> Env {
        Env { today: jiff::civil::date(2026, 12, 5) }
    }

    #[test]
    fn lists_are_sorted_and_lower_case() {
        for list in [GIVEN_NAMES, PINYIN_SURNAMES] {
            assert!(list.windows(2).all(|w| w[0] < w[1]));
            assert!(list.iter().all(|n| n.bytes().all(|b| b.is_ascii_lowercase())));
        }
    }

    #[test]
    fn names_of_people_and_of_things() {
        let people = [
            "Anna Maria Schmidt",
            "Wei Zhang",
            "Zhang Wei",
            "Chan Tai Man",
            "Mary Jones",
            "Will Smith",
            "Frank Miller",
            "Max Weber",
            "Emma Speed",
            "Mary Ann Rose",
        ];
        for v in people {
            assert!(validate(v.as_bytes(), &env()), "{v}");
        }
        for v in [
            "Palm Beach",
            "Sample Implicit Model",
            "Bodycentric Body",
            "Chicago Ridge",
            "Green Eggs",
            "Market Street",
            "Maybe Time",
            "Max Speed",
            "Royal Observatory Greenwich",
            "Grace Period",
            "Will Power",
            "Venus Geodetic Body",
            "Julia Set Generator",
            "",
            "Averyveryveryverylongwordthatisnoname Smith",
        ] {
            assert!(!validate(v.as_bytes(), &env()), "{v}");
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..60)) {
            let _ = validate(&bytes, &env());
        }
    }
}
