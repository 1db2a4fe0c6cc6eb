//! Deterministic synthetic personal data for the demo tree, tests and benchmarks.
//!
//! [`Synth`] is a seeded generator (SplitMix64, no dependency): one seed always gives the
//! same values and the same text. A value it calls *valid* is made valid on purpose with
//! piiscan's own validator arithmetic (MOD 11-2 check characters, Luhn check digits,
//! allocated mobile prefixes) and checked against the validator before it is returned; a
//! value it calls *invalid* is made invalid on purpose (wrong check character, impossible
//! date, unallocated prefix, failing Luhn sum) and checked to fail every validator that
//! could claim it. Nothing here is real personal data: e-mail domains are the reserved
//! `example.*` names (RFC 2606), IPv4 addresses come from private and documentation
//! ranges, and no names are generated.
//!
//! [`Synth::mixed_text`] writes realistic lines (application logs, Chinese and English
//! support notes, CSV rows, JSON lines, near misses and non-PII noise) with about one
//! personal value per 200 bytes; [`Synth::mixed_text_counted`] also returns a [`Planted`]
//! tally of the valid values, so a test can compare a scan with the truth.
//!
//! Within a line, no word that lowers confidence (`order`, `version`, `timestamp`...)
//! stands before a planted valid value, so every planted value is reported at `medium` or
//! above; noise goes after the values or on lines of its own.

use std::ops::RangeInclusive;

use jiff::civil::Date;

use piiscan::detect::Category;
use piiscan::validate::{bank_card, cn_mobile, gb11643, Env};

/// County-level address codes (GB/T 2260 shape: province, city, county).
const COUNTIES: &[&str] = &[
    "110101", "110105", "110108", "120103", "130102", "210102", "220102", "310104", "310115",
    "320102", "330106", "340104", "350203", "360102", "370202", "410105", "420106", "430104",
    "440106", "440305", "500103", "510107", "530102", "610113", "620102", "650102",
];

/// Pinyin syllables for e-mail local parts (none is a context keyword).
const SYLLABLES: &[&str] = &[
    "an", "bo", "chen", "dong", "fang", "gang", "hui", "jing", "kai", "lan", "ming", "ning",
    "qing", "rui", "shan", "tao", "wei", "xin", "yan", "zhi", "zhou", "liu",
];

/// Reserved example domains (RFC 2606 and their `.cn` counterparts).
const DOMAINS: &[&str] =
    &["example.com", "example.cn", "example.org", "mail.example.com", "example.com.cn"];

/// A validation environment far in the future: an "invalid" value fails for a reason of
/// its own, never because its birth date is after the scan.
fn far_env() -> Env {
    Env { today: jiff::civil::date(2100, 1, 1) }
}

/// How many valid values of each category a generator planted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Planted {
    /// Valid resident ID numbers (18-char and legacy 15-digit with an ID keyword).
    pub cn_resident_id: usize,
    /// Valid mobile numbers, in any written form.
    pub cn_mobile: usize,
    /// Valid card numbers, grouped or not.
    pub bank_card: usize,
    /// Valid e-mail addresses.
    pub email: usize,
    /// Valid IPv4 addresses.
    pub ipv4: usize,
    /// Of the ID numbers, those of people born in 2014 or later (minors).
    pub minors: usize,
}

impl Planted {
    /// The count for `category` (0 for categories the generator never plants).
    pub fn get(&self, category: Category) -> usize {
        match category {
            Category::CnResidentId => self.cn_resident_id,
            Category::CnMobile => self.cn_mobile,
            Category::BankCard => self.bank_card,
            Category::Email => self.email,
            Category::Ipv4 => self.ipv4,
            _ => 0,
        }
    }

    /// All planted values.
    pub fn total(&self) -> usize {
        self.cn_resident_id + self.cn_mobile + self.bank_card + self.email + self.ipv4
    }
}

/// The kinds of line [`Synth::line`] writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// An application log line, often with a mobile, card, e-mail or IP.
    Log,
    /// A Chinese customer-support note (ID numbers, mobiles, cards, e-mails, IPs).
    NoteZh,
    /// An English customer-support note.
    NoteEn,
    /// A customer CSV row matching [`CSV_HEADER`] (five values).
    Csv,
    /// A JSON object on one line (a user event or profile).
    Json,
    /// Invalid look-alikes only: nothing in it is personal data.
    NearMiss,
    /// A log line with no personal data (timestamps, UUIDs, hashes, order numbers...).
    Noise,
}

/// The header of the rows [`LineKind::Csv`] writes.
pub const CSV_HEADER: &str = "customer_id,mobile,id_card,email,card_no,signup_ip,created_at\n";

/// Line kinds of [`Synth::mixed_text`] with their weights (about 200 bytes per value).
const MIX: &[(LineKind, u64)] = &[
    (LineKind::Log, 30),
    (LineKind::Noise, 55),
    (LineKind::NearMiss, 12),
    (LineKind::NoteZh, 8),
    (LineKind::NoteEn, 6),
    (LineKind::Json, 6),
    (LineKind::Csv, 2),
];

/// The line templates of each kind; `<name>` is a placeholder (see [`Synth::render`]):
/// `id` `id15` `mobile` `card` `email` `ip` are valid values (counted), `bad_*` are
/// invalid ones, the rest is noise. No confidence-lowering word precedes a valid value.
#[rustfmt::skip]
const TEMPLATES: &[(LineKind, &[&str])] = &[
    (LineKind::Log, &[
        r#"<ts> INFO  [auth] login ok uid=<uid> ip=<ip> ua="Mozilla/5.0""#,
        "<ts> DEBUG [sms] send code to mobile=<mobile> tpl=LOGIN_CODE <noise>",
        "<ts> INFO  [sms] delivered to <mobile> in <ms>ms",
        "<ts> INFO  [account] uid=<uid> bind card_no=<card> result=OK",
        "<ts> INFO  [mail] queued welcome mail to=<email>",
        "<ts> WARN  [auth] 5 failed logins client=<ip> user=<email>",
        "<ts> INFO  [gateway] GET /api/v2/items/<uid> 200 <ms>ms <noise>",
        "<ts> INFO  [gateway] POST /api/v2/cart 201 <ms>ms <noise> <noise>",
    ]),
    (LineKind::Noise, &[
        "<ts> INFO  [worker] job done <noise> <noise> <noise>",
        "<ts> DEBUG [cache] hit ratio 0.<ms> <noise> <noise>",
        "<ts> INFO  [billing] settled <noise> <noise> at <unix_ms>",
    ]),
    (LineKind::NoteZh, &[
        "<date> 客户来电反映无法登录，核对身份证号<id>后已重置密码，回访电话<mobile>。",
        "<date> 客户申请更换绑定手机，原号码<mobile>，新号码<mobile>，已核验。",
        "<date> 用户反馈邮箱<email>收不到验证码，已转技术支持。",
        "<date> 退款将原路退回银行卡，卡号<card>，预计3个工作日到账。",
        "<date> 客户补登老身份证号<id15>，联系电话<mobile>。",
        "<date> 登录IP地址<ip>异常，已提醒客户修改密码。",
        "<date> 回访完成，客户对处理结果满意，无需跟进。",
    ]),
    (LineKind::NoteEn, &[
        "<date> Customer called, cannot log in. Verified ID <id>, callback <mobile>.",
        "<date> Refund to card <card> approved, customer notified at <email>.",
        "<date> Customer asked to change phone from <mobile> to <mobile>.",
        "<date> Suspicious sign-in from <ip>; reset link sent to <email>.",
        "<date> Follow-up done, nothing changed on the account.",
    ]),
    (LineKind::Csv, &["<uid>,<mobile>,<id>,<email>,<card>,<ip>,<time>"]),
    (LineKind::Json, &[
        r#"{"uid":<uid>,"event":"register","phone":"<mobile>","email":"<email>","ip":"<ip>","ts":<unix_ms>}"#,
        r#"{"uid":<uid>,"event":"verify","id_card":"<id>","level":2}"#,
        r#"{"uid":<uid>,"event":"bind_card","card_no":"<card>","bank":"UnionPay"}"#,
        r#"{"uid":<uid>,"event":"login","client_ip":"<ip>","ts":<unix_ms>}"#,
    ]),
    (LineKind::NearMiss, &[
        "身份证号校验失败：<bad_id>",
        "sms gateway rejected mobile <bad_mobile>: not a personal number",
        "card <bad_card> declined: checksum",
        "release notes: build <version> (<noise>)",
        "asset <bad_email> not found, mail <bad_email> skipped",
        "ip <bad_ip> ignored, peer <bad_ip> ignored",
        "batch <noise> <noise>",
    ]),
];

/// `s` in groups of four joined by `sep` (the last group may be shorter).
fn group4(s: &str, sep: &str) -> String {
    let groups: Vec<&str> = (0..s.len()).step_by(4).map(|i| &s[i..(i + 4).min(s.len())]).collect();
    groups.join(sep)
}

/// Adds one to `n` and passes `value` through (tallies a planted value inline).
fn count(n: &mut usize, value: String) -> String {
    *n += 1;
    value
}

/// A seeded generator of synthetic values and text.
#[derive(Clone, Debug)]
pub struct Synth {
    state: u64,
}

impl Synth {
    /// A generator whose whole output is determined by `seed`.
    pub fn new(seed: u64) -> Synth {
        Synth { state: seed }
    }

    /// The next 64 random bits (SplitMix64).
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`; the tiny modulo bias does not matter here).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// A number in `range`.
    pub fn between(&mut self, range: RangeInclusive<u64>) -> u64 {
        range.start() + self.below(range.end() - range.start() + 1)
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// `n` random decimal digits (`n <= 18`), leading zeros kept.
    fn digits(&mut self, n: usize) -> String {
        format!("{:0n$}", self.below(10u64.pow(n as u32)))
    }

    /// A real calendar date with its year in `years`.
    fn date(&mut self, years: RangeInclusive<u64>) -> Date {
        loop {
            let (y, m, d) =
                (self.between(years.clone()), self.between(1..=12), self.between(1..=31));
            if let Ok(date) = Date::new(y as i16, m as i8, d as i8) {
                return date;
            }
        }
    }

    /// An 18-char ID number born in `years`; with `lower_x`, one whose check character
    /// is `X`, written as a lowercase `x`.
    fn id18(&mut self, years: RangeInclusive<u64>, lower_x: bool) -> String {
        loop {
            let d = self.date(years.clone());
            let county = self.pick(COUNTIES);
            let seq = self.between(1..=999);
            let body = format!("{county}{:04}{:02}{:02}{seq:03}", d.year(), d.month(), d.day());
            let check = gb11643::check_char(body.as_bytes().try_into().expect("17 digits"));
            match (lower_x, check) {
                (false, c) => return format!("{body}{}", c as char),
                (true, b'X') => return format!("{body}x"),
                _ => {}
            }
        }
    }

    /// A valid 18-char ID number and whether its holder is a minor: 15% are born
    /// 2014-2024, the others 1950-2005; 8% end in a lowercase `x`.
    fn id_with_age(&mut self) -> (String, bool) {
        let minor = self.chance(15);
        let lower_x = self.chance(8);
        (self.id18(if minor { 2014..=2024 } else { 1950..=2005 }, lower_x), minor)
    }

    /// A valid 18-char resident ID number (GB 11643 check character computed).
    pub fn resident_id(&mut self) -> String {
        self.id_with_age().0
    }

    /// A valid 18-char resident ID number of someone born 2014-2024.
    pub fn resident_id_minor(&mut self) -> String {
        self.id18(2014..=2024, false)
    }

    /// A valid legacy 15-digit ID number (born 1950-1989), chosen so that it is not also a
    /// valid card number.
    pub fn resident_id_15(&mut self) -> String {
        loop {
            let d = self.date(1950..=1989);
            let county = self.pick(COUNTIES);
            let seq = self.between(1..=999);
            let id =
                format!("{county}{:02}{:02}{:02}{seq:03}", d.year() - 1900, d.month(), d.day());
            if !bank_card::validate(id.as_bytes(), &far_env()) {
                return id;
            }
        }
    }

    /// An invalid 18-char ID number: a wrong check character, or an impossible date
    /// (30 February, 31 April...) with a correct one. Never a valid card either.
    pub fn bad_resident_id(&mut self) -> String {
        loop {
            let id = if self.chance(50) {
                let mut id = self.id18(1950..=2005, false).into_bytes();
                let right = id[17];
                id[17] = *self.pick(b"0123456789X");
                if id[17] == right {
                    continue;
                }
                String::from_utf8(id).expect("ASCII")
            } else {
                let (m, d) = *self.pick(&[(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)]);
                let county = self.pick(COUNTIES);
                let (y, seq) = (self.between(1950..=2005), self.between(1..=999));
                let body = format!("{county}{y:04}{m:02}{d:02}{seq:03}");
                let check = gb11643::check_char(body.as_bytes().try_into().expect("17 digits"));
                format!("{body}{}", check as char)
            };
            let env = far_env();
            if !gb11643::validate_18(id.as_bytes(), &env)
                && !bank_card::validate(id.as_bytes(), &env)
            {
                return id;
            }
        }
    }

    /// 11 digits on an allocated prefix.
    fn mobile_digits(&mut self) -> String {
        loop {
            let p = self.between(130..=199) as u16;
            if cn_mobile::is_allocated_prefix(p) {
                return format!("{p}{}", self.digits(8));
            }
        }
    }

    /// A valid mobile number in one of its written forms: `13912345678`,
    /// `139 1234 5678`, `139-1234-5678`, `+8613912345678`, `+86 139 1234 5678`,
    /// `0086 13912345678`.
    pub fn mobile(&mut self) -> String {
        let n = self.mobile_digits();
        let (a, b, c) = (&n[..3], &n[3..7], &n[7..]);
        match self.below(8) {
            0..=2 => n,
            3 => format!("{a} {b} {c}"),
            4 => format!("{a}-{b}-{c}"),
            5 => format!("+86{n}"),
            6 => format!("+86 {a} {b} {c}"),
            _ => format!("0086 {n}"),
        }
    }

    /// An invalid mobile-like number: an unallocated prefix (140-144 IoT, 154, 179...),
    /// bare, grouped or with `+86`, or a 12-digit run on an allocated prefix.
    pub fn bad_mobile(&mut self) -> String {
        let n = loop {
            let p = self.between(130..=199) as u16;
            let n = format!("{p}{}", self.digits(8));
            // 161 and 174 are allocated in part: keep only numbers outside the parts.
            if !cn_mobile::is_allocated_prefix(p) && !cn_mobile::validate(n.as_bytes(), &far_env())
            {
                break n;
            }
        };
        let value = match self.below(4) {
            0 => n,
            1 => format!("{} {} {}", &n[..3], &n[3..7], &n[7..]),
            2 => format!("+86 {n}"),
            _ => format!("{}{}", self.mobile_digits(), self.digits(1)),
        };
        debug_assert!(!cn_mobile::validate(value.as_bytes(), &far_env()));
        value
    }

    /// Card digits (values 0-9) of a known brand with a correct Luhn check digit:
    /// UnionPay 62 (16 or 19 digits), Visa (16), Mastercard 51-55 and 2221-2720 (16).
    fn card_digits(&mut self) -> Vec<u8> {
        loop {
            let (prefix, len) = match self.below(5) {
                0 => (format!("62{}", self.digits(2)), 16),
                1 => (format!("62{}", self.digits(2)), 19),
                2 => ("4".to_owned(), 16),
                3 => (self.between(51..=55).to_string(), 16),
                _ => (self.between(2221..=2720).to_string(), 16),
            };
            let rest = self.digits(len - 1 - prefix.len());
            let mut d: Vec<u8> = format!("{prefix}{rest}").bytes().map(|b| b - b'0').collect();
            d.push(bank_card::luhn_check_digit(&d));
            if d.iter().any(|&x| x != d[0]) {
                return d;
            }
        }
    }

    /// `digits` written plain, or in groups of four separated by spaces or dashes.
    fn render_card(&mut self, digits: &[u8]) -> String {
        let s: String = digits.iter().map(|&d| char::from(b'0' + d)).collect();
        match self.below(4) {
            0 | 1 => s,
            2 => group4(&s, " "),
            _ => group4(&s, "-"),
        }
    }

    /// A valid card number (Luhn and issuer range), plain or grouped in fours.
    pub fn bank_card(&mut self) -> String {
        let d = self.card_digits();
        self.render_card(&d)
    }

    /// A card-like number whose Luhn check fails (the check digit is changed), plain or
    /// grouped; for 19 digits its first 16 fail too, so no shorter card hides inside.
    pub fn bad_bank_card(&mut self) -> String {
        loop {
            let mut d = self.card_digits();
            let last = d.len() - 1;
            d[last] = (d[last] + self.between(1..=9) as u8) % 10;
            let plain: String = d.iter().map(|&x| char::from(b'0' + x)).collect();
            let env = far_env();
            if bank_card::validate(plain.as_bytes(), &env)
                || bank_card::validate(&plain.as_bytes()[..16], &env)
            {
                continue;
            }
            return self.render_card(&d);
        }
    }

    /// A valid e-mail address on a reserved example domain.
    pub fn email(&mut self) -> String {
        let (a, b) = (*self.pick(SYLLABLES), *self.pick(SYLLABLES));
        let sep = *self.pick(&[".", "_", ""]);
        let num = if self.chance(50) { self.between(1..=99).to_string() } else { String::new() };
        format!("{a}{sep}{b}{num}@{}", self.pick(DOMAINS))
    }

    /// An address-like string the e-mail validator rejects (`icon@2x.png`,
    /// `ops@localhost`, `logo@1.5x.jpg`).
    pub fn bad_email(&mut self) -> String {
        let a = *self.pick(SYLLABLES);
        match self.below(3) {
            0 => format!("{a}@{}x.png", self.between(2..=3)),
            1 => format!("{a}@localhost"),
            _ => format!("{a}@1.5x.jpg"),
        }
    }

    /// A valid IPv4 address from the private (RFC 1918) or documentation (RFC 5737)
    /// ranges.
    pub fn ipv4(&mut self) -> String {
        let (x, y) = (self.below(256), self.between(1..=254));
        match self.below(6) {
            0 => format!("10.{}.{x}.{y}", self.below(256)),
            1 => format!("172.{}.{x}.{y}", self.between(16..=31)),
            2 => format!("192.168.{x}.{y}"),
            3 => format!("192.0.2.{y}"),
            4 => format!("198.51.100.{y}"),
            _ => format!("203.0.113.{y}"),
        }
    }

    /// A dotted quad the IPv4 validator rejects (octet above 255, leading zero,
    /// loopback, multicast) or a five-part dotted run.
    pub fn bad_ipv4(&mut self) -> String {
        let (x, y) = (self.below(256), self.between(1..=254));
        match self.below(5) {
            0 => format!("{}.{x}.1.{y}", self.between(256..=999)),
            1 => format!("10.0{}.{x}.{y}", self.between(1..=9)),
            2 => format!("127.0.{x}.{y}"),
            3 => format!("{}.0.{x}.{y}", self.between(224..=239)),
            _ => format!("{}.{}.{x}.{y}.{}", self.between(1..=9), self.below(20), self.below(99)),
        }
    }

    /// A four-part version string; it is a valid IPv4 shape, so it is written after a
    /// `version`/`build`/`release` keyword wherever it is used.
    pub fn version(&mut self) -> String {
        format!("{}.{}.{}.{}", self.between(1..=9), self.below(20), self.below(40), self.below(250))
    }

    /// One non-PII `key=value` token: a 13-digit unix-ms time, a UUID, a hex hash, an
    /// order number, a version string (after `version`) or an amount.
    pub fn noise(&mut self) -> String {
        match self.below(6) {
            0 => format!("ts={}", self.between(1_600_000_000_000..=1_799_999_999_999)),
            1 => {
                let (a, b, c) = (self.next_u64(), self.next_u64(), self.next_u64());
                let (v, w) = (0x4000 | (b & 0x0fff), 0x8000 | (c & 0x3fff));
                let tail = a & 0xffff_ffff_ffff;
                format!("request_id={:08x}-{:04x}-{v:04x}-{w:04x}-{tail:012x}", a >> 32, b >> 48)
            }
            2 => {
                let h: String = (0..4).map(|_| format!("{:016x}", self.next_u64())).collect();
                format!("sha256={h}")
            }
            3 => format!(
                "order_id=ORD-{}{}",
                self.date(2024..=2025).strftime("%Y%m%d"),
                self.digits(6)
            ),
            4 => format!("version {}", self.version()),
            _ => format!(
                "amount=¥{},{:03}.{:02}",
                self.between(1..=99),
                self.below(1000),
                self.below(100)
            ),
        }
    }

    /// A log timestamp such as `2025-03-14T08:21:07.123Z`.
    fn log_time(&mut self) -> String {
        let d = self.date(2025..=2025);
        let (h, m, s, ms) = (self.below(24), self.below(60), self.below(60), self.below(1000));
        format!("{d}T{h:02}:{m:02}:{s:02}.{ms:03}Z")
    }

    /// Appends one line of `kind` to `out` (with its newline) and counts the valid values
    /// it plants in `planted`.
    pub fn line(&mut self, kind: LineKind, out: &mut String, planted: &mut Planted) {
        let templates = TEMPLATES.iter().find(|(k, _)| *k == kind).expect("every kind").1;
        let template = *self.pick(templates);
        self.render(template, out, planted);
    }

    /// Appends `template` and a newline to `out`, each `<name>` replaced by a fresh value,
    /// and counts the valid values in `planted`.
    ///
    /// Valid values (counted): `id` (18 chars, some minors, some lowercase `x`),
    /// `id_minor` (born 2014-2024), `id_x` (check char written `x`), `id15` (legacy; needs
    /// an ID keyword before it), `mobile`, `mobile_intl` (`+86` form), `card`,
    /// `card_grouped` (groups of four), `email`, `ip`. Invalid values: `bad_id`,
    /// `bad_mobile`, `bad_card`, `bad_email`, `bad_ip`. Noise: `version`, `noise`, `ts`
    /// (log time), `date`, `time`, `unix_ms`, `uid`, `ms`.
    ///
    /// # Panics
    ///
    /// On an unknown placeholder or a `<` without its `>`.
    pub fn render(&mut self, template: &str, out: &mut String, planted: &mut Planted) {
        let mut rest = template;
        while let Some(open) = rest.find('<') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('>').expect("closed placeholder");
            self.fill(&rest[open + 1..close], out, planted);
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out.push('\n');
    }

    /// Appends the value a template placeholder `name` stands for.
    fn fill(&mut self, name: &str, out: &mut String, pl: &mut Planted) {
        let value = match name {
            "id" => {
                let (id, minor) = self.id_with_age();
                pl.minors += usize::from(minor);
                count(&mut pl.cn_resident_id, id)
            }
            "id_minor" => {
                pl.minors += 1;
                count(&mut pl.cn_resident_id, self.resident_id_minor())
            }
            "id_x" => count(&mut pl.cn_resident_id, self.id18(1950..=2005, true)),
            "id15" => count(&mut pl.cn_resident_id, self.resident_id_15()),
            "mobile_intl" => {
                let n = self.mobile_digits();
                count(&mut pl.cn_mobile, format!("+86 {} {} {}", &n[..3], &n[3..7], &n[7..]))
            }
            "card_grouped" => {
                let d = self.card_digits();
                let plain: String = d.iter().map(|&x| char::from(b'0' + x)).collect();
                count(&mut pl.bank_card, group4(&plain, " "))
            }
            "mobile" => count(&mut pl.cn_mobile, self.mobile()),
            "card" => count(&mut pl.bank_card, self.bank_card()),
            "email" => count(&mut pl.email, self.email()),
            "ip" => count(&mut pl.ipv4, self.ipv4()),
            "bad_id" => self.bad_resident_id(),
            "bad_mobile" => self.bad_mobile(),
            "bad_card" => self.bad_bank_card(),
            "bad_email" => self.bad_email(),
            "bad_ip" => self.bad_ipv4(),
            "version" => self.version(),
            "noise" => self.noise(),
            "ts" => self.log_time(),
            "date" => self.date(2025..=2025).to_string(),
            "time" => self.log_time().replace('T', " ")[..19].to_owned(),
            "unix_ms" => self.between(1_600_000_000_000..=1_799_999_999_999).to_string(),
            "uid" => self.between(10_000..=999_999).to_string(),
            "ms" => self.below(900).to_string(),
            _ => panic!("unknown placeholder <{name}>"),
        };
        out.push_str(&value);
    }

    /// About `target_bytes` (never less, at most one line more) of mixed lines; see
    /// [`Synth::mixed_text_counted`].
    pub fn mixed_text(&mut self, target_bytes: usize) -> Vec<u8> {
        self.mixed_text_counted(target_bytes).0
    }

    /// About `target_bytes` of mixed lines (logs, notes, CSV rows, JSON lines, near
    /// misses, noise), about one valid value per 200 bytes, and the tally of the valid
    /// values planted.
    pub fn mixed_text_counted(&mut self, target_bytes: usize) -> (Vec<u8>, Planted) {
        let total: u64 = MIX.iter().map(|&(_, w)| w).sum();
        let mut out = String::with_capacity(target_bytes + 256);
        let mut planted = Planted::default();
        while out.len() < target_bytes {
            let mut roll = self.below(total);
            let mut mix = MIX.iter();
            let kind = loop {
                let &(kind, w) = mix.next().expect("weights cover the roll");
                match roll.checked_sub(w) {
                    Some(rest) => roll = rest,
                    None => break kind,
                }
            };
            self.line(kind, &mut out, &mut planted);
        }
        (out.into_bytes(), planted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use piiscan::detect::{Catalog, Confidence, Engine};
    use piiscan::validate::{email, ipv4};

    const N: usize = 2000;

    fn env() -> Env {
        Env { today: jiff::civil::date(2025, 6, 1) }
    }

    #[test]
    fn same_seed_same_text() {
        assert_eq!(Synth::new(7).mixed_text(20_000), Synth::new(7).mixed_text(20_000));
        assert_ne!(Synth::new(7).mixed_text(20_000), Synth::new(8).mixed_text(20_000));
    }

    #[test]
    fn valid_values_pass_their_validators() {
        let (mut s, e) = (Synth::new(1), env());
        let (mut lower_x, mut minors) = (0, 0);
        for _ in 0..N {
            let id = s.resident_id();
            assert!(gb11643::validate_18(id.as_bytes(), &e), "{id}");
            lower_x += usize::from(id.ends_with('x'));
            let minor = s.resident_id_minor();
            assert!(gb11643::validate_18(minor.as_bytes(), &e), "{minor}");
            minors += usize::from(gb11643::birth_date(minor.as_bytes()).unwrap().year() >= 2014);
            let old = s.resident_id_15();
            assert!(gb11643::validate_15(old.as_bytes(), &e), "{old}");
            let m = s.mobile();
            assert!(cn_mobile::validate(m.as_bytes(), &e), "{m}");
            let c = s.bank_card();
            assert!(bank_card::validate(c.as_bytes(), &e), "{c}");
            let a = s.email();
            assert!(email::validate(a.as_bytes(), &e), "{a}");
            let ip = s.ipv4();
            assert!(ipv4::validate(ip.as_bytes(), &e), "{ip}");
        }
        assert!(lower_x > 0);
        assert_eq!(minors, N);
    }

    #[test]
    fn invalid_values_fail_their_validators() {
        let (mut s, e) = (Synth::new(2), far_env());
        for _ in 0..N {
            let id = s.bad_resident_id();
            assert!(!gb11643::validate_18(id.as_bytes(), &e), "{id}");
            assert!(!bank_card::validate(id.as_bytes(), &e), "{id}");
            let m = s.bad_mobile();
            assert!(!cn_mobile::validate(m.as_bytes(), &e), "{m}");
            let c = s.bad_bank_card();
            assert!(!bank_card::validate(c.as_bytes(), &e), "{c}");
            let a = s.bad_email();
            assert!(!email::validate(a.as_bytes(), &e), "{a}");
            let ip = s.bad_ipv4();
            assert!(!ipv4::validate(ip.as_bytes(), &e), "{ip}");
        }
    }

    #[test]
    fn every_written_form_appears() {
        let mut s = Synth::new(3);
        let mobiles: Vec<String> = (0..200).map(|_| s.mobile()).collect();
        for form in ["+86 ", "+861", "0086 ", "-"] {
            assert!(mobiles.iter().any(|m| m.contains(form)), "{form}");
        }
        assert!(mobiles.iter().any(|m| m.len() == 11));
        let cards: Vec<String> = (0..200).map(|_| s.bank_card()).collect();
        for c in ["62", "4", "5", "2"] {
            assert!(cards.iter().any(|x| x.starts_with(c)), "{c}");
        }
        assert!(cards.iter().any(|c| c.len() == 19 && c.bytes().all(|b| b.is_ascii_digit())));
        assert!(cards.iter().any(|c| c.len() == 23 && c.contains(' ')));
    }

    #[test]
    fn mixed_text_is_dense_and_every_planted_value_is_found() {
        let (text, planted) = Synth::new(4).mixed_text_counted(300_000);
        let per_value = text.len() / planted.total();
        assert!((150..=300).contains(&per_value), "{per_value} bytes per value");
        assert!(planted.minors > 0);
        let engine = Engine::new(Catalog::embedded(), env()).unwrap();
        let (mut scratch, mut found) = (engine.scratch(), Vec::new());
        engine.scan(&text, 0, 1, &mut scratch, &mut found);
        let mut got = Planted::default();
        for c in found.iter().filter(|c| c.confidence >= Confidence::Medium) {
            match engine.detectors()[c.detector].category() {
                Category::CnResidentId => got.cn_resident_id += 1,
                Category::CnMobile => got.cn_mobile += 1,
                Category::BankCard => got.bank_card += 1,
                Category::Email => got.email += 1,
                Category::Ipv4 => got.ipv4 += 1,
                other => panic!("unexpected {other}"),
            }
        }
        got.minors = planted.minors;
        assert_eq!(got, planted);
    }
}
