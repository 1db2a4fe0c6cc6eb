//! A labelled corpus for measuring detection quality: seeded synthetic text in the
//! contexts where personal data really turns up (chat logs, support e-mails, app logs,
//! JSON, CSV, code fixtures; Chinese and English), with every planted value recorded as
//! a label, and hard negatives (wrong check digits, unallocated prefixes, order numbers,
//! timestamps, UUIDs, hashes, version strings, numbers in maths text) labelled too.
//!
//! [`evaluate`] scans a corpus with an engine and counts, per category, true positives
//! (a finding of the label's category overlapping it), false positives (any other
//! finding) and false negatives (labels no finding covered), plus the `high` findings on
//! negatives, which must be none.
//!
//! Every positive is valid by construction (check digits computed with piiscan's own
//! functions) and every negative is rejected by construction (resampled until its
//! validator says no), so the labels are right by design, not by inspection.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use piiscan::detect::{Category, Confidence, Engine};
use piiscan::validate::{bank_card, cn_mobile, cn_name, gb11643, gb32100, hkid, iban, twid, Env};

use crate::synth::Synth;

/// A planted value: its byte span in the corpus text and its category (`None` for a hard
/// negative, which must not be reported).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// The category, or `None` for a negative.
    pub category: Option<Category>,
    /// Offset of the first byte.
    pub start: usize,
    /// Offset past the last byte.
    pub end: usize,
}

/// A generated corpus.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    /// The text.
    pub text: Vec<u8>,
    /// The planted values, in order.
    pub labels: Vec<Label>,
}

/// A value to plant: its text and what it is.
type Planted = (String, Option<Category>);

/// Line templates. `{kind}` is replaced by a generated value of that kind; kinds are the
/// names in [`Gen::value`]. Each template is a context seen in real data.
const TEMPLATES: &[&str] = &[
    // Chat and support logs, Chinese.
    "[{time}] 客户: 我的手机号是{cn_mobile}，麻烦回电",
    "[{time}] 客服: 已登记，身份证号{cn_resident_id}，请核对",
    "[{time}] 客户: 卡号{bank_card}，转账失败了",
    "收件人：{person_name_cn}，电话{cn_mobile}，地址：{address_cn}",
    "姓名：{person_name_cn} 性别：男 出生日期：{dob} 身份证：{cn_resident_id}",
    "联系人{person_name_cn}，邮箱{email}，座机{cn_landline}",
    "护照号码{cn_passport}，有效期至2031年",
    "香港身份证{hk_id}，回乡证{cn_permit}",
    "身分證字號{tw_id}，戶籍地址：{address_cn}",
    "统一社会信用代码{cn_uscc}，开户行账号{bank_card}",
    "车牌号{cn_license_plate}于{time}驶入停车场",
    "人脸特征={biometric}",
    // English support mail and CRM notes.
    "Hi, please update my phone to {phone_intl} and my e-mail to {email}. Thanks!",
    "Customer name: {person_name_latin}, DOB: {dob}, SSN: {us_ssn}",
    "Refund to IBAN {iban} for card {bank_card}",
    "Shipping address: {address_western}",
    "Billing ZIP: {zip_us}, card on file",
    "寄件人邮编{postal_cn}，电话{cn_mobile}",
    "Call me on {cn_mobile} or {phone_intl}",
    // App and web logs.
    "{ts} INFO login user={email} ip={ipv4} ua=Mozilla/5.0",
    "{ts} WARN retry client={ipv6} attempt=3",
    "{ts} DEBUG sms sent to {cn_mobile} template=OTP",
    "{ts} INFO payment card={bank_card} amount=88.00 order={order}",
    // JSON and CSV exports.
    "{\"name\": \"{person_name_cn}\", \"phone\": \"{cn_mobile}\", \"id_card\": \"{cn_resident_id}\"}",
    "{\"email\": \"{email}\", \"birthday\": \"{dob}\", \"ip\": \"{ipv4}\"}",
    "{\"face_embedding\": {biometric}}",
    "{cn_mobile},{email},{address_cn},{bank_card}",
    // Code fixtures.
    "const CONTACT_PHONE = \"{cn_mobile}\"; // support line",
    "user = User(email=\"{email}\", id_card=\"{cn_resident_id}\")",
    // Hard negatives in their usual places.
    "订单号{order} 创建时间{ts13} 金额{amount}",
    "{ts} INFO request_id={uuid} sha1={hex40} took 12ms",
    "build version {version} released, checksum {hex40}",
    "身份证号{bad_resident_id}（校验位错误）",
    "手机{bad_mobile}无法接通",
    "card {bad_bank_card} declined",
    "tracking no. {tracking} shipped",
    "token={base64} expires_at={ts13}",
    "x = {decimal} × 10^{exp}, error {decimal}",
    "sku {sku} qty 3 price {amount}",
    "{ts} DEBUG span {hex16} parent {hex16} ts={ts13}",
];

/// Fixed data for the generators.
const GIVEN_CHARS: &str = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰红玉华建国志文斌鹏飞晨宇轩浩然思雨欣怡子涵梓萱";
const LATIN_FIRST: &[&str] =
    &["Anna", "Wei", "Maria", "James", "Li", "Sofia", "Daniel", "Mei", "Lucas", "Emma"];
const LATIN_LAST: &[&str] =
    &["Schmidt", "Zhang", "Garcia", "Smith", "Chen", "Rossi", "Dubois", "Wong", "Novak", "Silva"];
const CITIES: &[(&str, &str, &[&str])] = &[
    ("", "北京市", &["朝阳区", "海淀区", "东城区"]),
    ("", "上海市", &["浦东新区", "徐汇区", "静安区"]),
    ("广东省", "深圳市", &["南山区", "福田区"]),
    ("浙江省", "杭州市", &["西湖区", "滨江区"]),
    ("四川省", "成都市", &["武侯区", "锦江区"]),
];
const ROADS: &[&str] = &["建国路", "科技园南路", "中山大道", "文三路", "人民南路", "长安街"];
const STREETS: &[&str] = &["Baker Street", "Main St", "Elm Avenue", "Oak Road", "Park Lane"];
const PROVINCES: &[&str] = &["京", "沪", "粤", "浙", "川", "苏"];
const PLATE_LETTERS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
const USCC_DIVISIONS: &[&str] = &["110105", "310104", "440305", "330106", "510107"];

/// Labelled-corpus generator.
struct Gen {
    rng: Synth,
    env: Env,
}

impl Gen {
    fn digits(&mut self, n: usize) -> String {
        (0..n).map(|_| char::from(b'0' + self.rng.below(10) as u8)).collect()
    }

    fn upper(&mut self) -> char {
        char::from(*self.rng.pick(PLATE_LETTERS))
    }

    /// A value of `kind` and its label.
    fn value(&mut self, kind: &str) -> Planted {
        use Category as C;
        let p = |s: String, c: Category| (s, Some(c));
        let n = |s: String| (s, None);
        match kind {
            "cn_mobile" => p(self.mobile(), C::CnMobile),
            "cn_resident_id" => p(self.rng.resident_id(), C::CnResidentId),
            "bank_card" => p(self.rng.bank_card(), C::BankCard),
            "email" => p(self.rng.email(), C::Email),
            "ipv4" => p(self.rng.ipv4(), C::Ipv4),
            "ipv6" => p(self.ipv6(), C::Ipv6),
            "person_name_cn" => p(self.name_cn(), C::PersonName),
            "person_name_latin" => {
                let s = format!("{} {}", self.rng.pick(LATIN_FIRST), self.rng.pick(LATIN_LAST));
                p(s, C::PersonName)
            }
            "address_cn" => p(self.address_cn(), C::Address),
            "address_western" => {
                let s = format!("{} {}", self.rng.between(1..=9999), self.rng.pick(STREETS));
                p(s, C::Address)
            }
            "dob" => p(self.dob(), C::DateOfBirth),
            "cn_landline" => p(self.landline(), C::CnLandline),
            "phone_intl" => p(self.phone_intl(), C::PhoneIntl),
            "cn_passport" => {
                let s = format!("E{}{}", self.upper(), self.digits(7));
                p(s, C::CnPassport)
            }
            "hk_id" => p(self.hk_id(), C::HkId),
            "cn_permit" => p(format!("H{}", self.digits(8)), C::CnPermit),
            "tw_id" => p(self.tw_id(), C::TwId),
            "cn_uscc" => p(self.uscc(), C::CnUscc),
            "cn_license_plate" => {
                let prov = *self.rng.pick(PROVINCES);
                let s = format!("{prov}{}{}{}", self.upper(), self.upper(), self.digits(4));
                p(s, C::CnLicensePlate)
            }
            "us_ssn" => {
                let area = loop {
                    let a = self.rng.between(1..=899);
                    if a != 666 {
                        break a;
                    }
                };
                let s = format!(
                    "{area:03}-{:02}-{:04}",
                    self.rng.between(1..=99),
                    self.rng.between(1..=9999)
                );
                p(s, C::UsSsn)
            }
            "iban" => p(self.iban(), C::Iban),
            "postal_cn" => {
                let first = self.rng.between(1..=8);
                p(format!("{first}{}", self.digits(5)), C::PostalCode)
            }
            "zip_us" => {
                let first = self.rng.between(1..=9);
                p(format!("{first}{}", self.digits(4)), C::PostalCode)
            }
            "biometric" => {
                let len = self.rng.between(16..=32);
                let v: Vec<String> = (0..len)
                    .map(|_| format!("{:.4}", (self.rng.below(20000) as f64 - 10000.0) / 10000.0))
                    .collect();
                p(format!("[{}]", v.join(", ")), C::Biometric)
            }
            // Hard negatives.
            "bad_resident_id" => n(self.rng.bad_resident_id()),
            "bad_mobile" => n(self.rng.bad_mobile()),
            "bad_bank_card" => n(self.rng.bad_bank_card()),
            "order" => n(self.invalid_digits("ORD", 18)),
            "tracking" => n(self.invalid_digits("SF", 12)),
            "sku" => n(self.invalid_digits("", 13)),
            "ts13" => n(format!("17{}", self.digits(11))),
            "uuid" => {
                let h = self.hex(32);
                n(format!("{}-{}-{}-{}-{}", &h[..8], &h[8..12], &h[12..16], &h[16..20], &h[20..]))
            }
            "hex40" => n(self.hex(40)),
            "hex16" => n(self.hex(16)),
            "base64" => n(self.base64(40)),
            "version" => n(self.rng.version()),
            "decimal" => n(format!("{}.{}", self.rng.below(10), self.digits(11))),
            "exp" => n(self.rng.between(2..=12).to_string()),
            "amount" => n(format!("{}.{:02}", self.rng.between(1..=99999), self.rng.below(100))),
            // Plain filler, not labelled at all.
            "time" => (format!("{:02}:{:02}", self.rng.below(24), self.rng.below(60)), None),
            "ts" => (
                format!(
                    "2025-0{}-1{}T0{}:1{}:00Z",
                    self.rng.between(1..=9),
                    self.rng.below(10),
                    self.rng.below(10),
                    self.rng.below(10)
                ),
                None,
            ),
            _ => panic!("unknown corpus kind {kind}"),
        }
    }

    fn mobile(&mut self) -> String {
        let m = self.rng.mobile();
        // 13800138000 and friends are test values; the corpus wants real-looking ones.
        if m.contains("13800138000") {
            self.mobile()
        } else {
            m
        }
    }

    fn ipv6(&mut self) -> String {
        let segs: [u16; 8] = std::array::from_fn(|i| {
            if i == 0 {
                0x2400 + self.rng.below(0x100) as u16
            } else if i < 3 || self.rng.chance(70) {
                self.rng.below(0x10000) as u16
            } else {
                0
            }
        });
        std::net::Ipv6Addr::from(segs).to_string()
    }

    fn name_cn(&mut self) -> String {
        loop {
            let surnames: Vec<char> = cn_name::SURNAMES.chars().take(100).collect();
            let given: Vec<char> = GIVEN_CHARS.chars().collect();
            let mut s = String::new();
            s.push(*self.rng.pick(&surnames));
            for _ in 0..self.rng.between(1..=2) {
                s.push(*self.rng.pick(&given));
            }
            if cn_name::validate(s.as_bytes(), &self.env) {
                return s;
            }
        }
    }

    fn address_cn(&mut self) -> String {
        let (prov, city, districts) = *self.rng.pick(CITIES);
        let district = *self.rng.pick(districts);
        let road = *self.rng.pick(ROADS);
        let mut s = format!("{prov}{city}{district}{road}{}号", self.rng.between(1..=999));
        if self.rng.chance(50) {
            let _ = write!(s, "{}栋{}室", self.rng.between(1..=30), self.rng.between(101..=3208));
        }
        s
    }

    fn dob(&mut self) -> String {
        let (y, m, d) =
            (self.rng.between(1950..=2020), self.rng.between(1..=12), self.rng.between(1..=28));
        match self.rng.below(3) {
            0 => format!("{y}-{m:02}-{d:02}"),
            1 => format!("{y}年{m}月{d}日"),
            _ => format!("{y}/{m:02}/{d:02}"),
        }
    }

    fn landline(&mut self) -> String {
        let sub = format!("{}{}", self.rng.between(2..=9), self.digits(7));
        match self.rng.below(3) {
            0 => format!("010-{sub}"),
            1 => format!("(0755){sub}"),
            _ => format!("021-{sub}"),
        }
    }

    fn phone_intl(&mut self) -> String {
        match self.rng.below(4) {
            0 => format!("+44 20 {} {}", self.digits(4), self.digits(4)),
            1 => format!(
                "+1 ({}{}) {}{}-{}",
                self.rng.between(2..=9),
                self.digits(2),
                self.rng.between(2..=9),
                self.digits(2),
                self.digits(4)
            ),
            2 => format!("+49 30 {}", self.digits(8)),
            _ => format!("+81 3 {} {}", self.digits(4), self.digits(4)),
        }
    }

    fn hk_id(&mut self) -> String {
        let prefix = if self.rng.chance(80) {
            vec![self.upper() as u8]
        } else {
            vec![self.upper() as u8, self.upper() as u8]
        };
        let d6 = self.digits(6);
        let check = hkid::check_char(&prefix, d6.as_bytes());
        format!("{}{d6}({})", String::from_utf8_lossy(&prefix), check as char)
    }

    fn tw_id(&mut self) -> String {
        let letter = self.upper() as u8;
        let first8 = format!("{}{}", self.rng.between(1..=2), self.digits(7));
        let check = twid::check_digit(letter, first8.as_bytes());
        format!("{}{first8}{}", letter as char, check as char)
    }

    fn uscc(&mut self) -> String {
        let org: String = (0..9)
            .map(|_| {
                char::from(gb32100::CHARSET[self.rng.below(gb32100::CHARSET.len() as u64) as usize])
            })
            .collect();
        let body = format!("91{}{org}", self.rng.pick(USCC_DIVISIONS));
        let check = gb32100::check_char(body.as_bytes()).expect("valid characters");
        format!("{body}{}", check as char)
    }

    fn iban(&mut self) -> String {
        let bban = self.digits(18);
        let cd = iban::check_digits(b"DE", bban.as_bytes());
        format!("DE{}{}{bban}", cd[0] as char, cd[1] as char)
    }

    fn hex(&mut self, n: usize) -> String {
        (0..n).map(|_| char::from(b"0123456789abcdef"[self.rng.below(16) as usize])).collect()
    }

    fn base64(&mut self, n: usize) -> String {
        const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        (0..n).map(|_| char::from(A[self.rng.below(64) as usize])).collect()
    }

    /// `prefix` + `n` digits that are neither a valid ID number, card, nor mobile.
    fn invalid_digits(&mut self, prefix: &str, n: usize) -> String {
        loop {
            let d = self.digits(n);
            let b = d.as_bytes();
            if gb11643::validate_18(b, &self.env)
                || bank_card::validate(b, &self.env)
                || cn_mobile::validate(b, &self.env)
            {
                continue;
            }
            return format!("{prefix}{d}");
        }
    }
}

/// Generates a corpus of `lines` lines from `seed`, scanned as of `env`.
pub fn generate(seed: u64, lines: usize, env: Env) -> Corpus {
    let mut g = Gen { rng: Synth::new(seed), env };
    let mut c = Corpus::default();
    for _ in 0..lines {
        let template = *g.rng.pick(TEMPLATES);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|i| open + i) else { break };
            let kind = &rest[open + 1..close];
            if kind.is_empty()
                || !kind.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            {
                c.text.extend_from_slice(&rest.as_bytes()[..open + 1]);
                rest = &rest[open + 1..];
                continue;
            }
            c.text.extend_from_slice(&rest.as_bytes()[..open]);
            let (value, category) = g.value(kind);
            let start = c.text.len();
            c.text.extend_from_slice(value.as_bytes());
            let labelled = category.is_some() || !matches!(kind, "time" | "ts");
            if labelled {
                c.labels.push(Label { category, start, end: c.text.len() });
            }
            rest = &rest[close + 1..];
        }
        c.text.extend_from_slice(rest.as_bytes());
        c.text.push(b'\n');
    }
    c
}

/// Counts for one category.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Findings that match a label of their category.
    pub tp: u64,
    /// Findings that match no label of their category.
    pub fp: u64,
    /// Labels of the category that no finding covered.
    pub fn_: u64,
}

impl Counts {
    /// TP / (TP + FP); 1 when nothing was reported.
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }

    /// TP / (TP + FN); 1 when nothing was planted.
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

/// The outcome of scanning a corpus.
#[derive(Clone, Debug, Default)]
pub struct Evaluation {
    /// Counts per category.
    pub per_category: BTreeMap<Category, Counts>,
    /// `high` findings overlapping a negative label.
    pub high_on_negatives: u64,
    /// Descriptions of the first few errors, for diagnosis.
    pub examples: Vec<String>,
}

/// Scans `corpus` with `engine`, reporting at `min` and above, and scores the findings
/// against the labels.
pub fn evaluate(engine: &Engine, corpus: &Corpus, min: Confidence) -> Evaluation {
    let mut scratch = engine.scratch();
    let mut found = Vec::new();
    engine.scan(&corpus.text, 0, 1, &mut scratch, &mut found);
    let mut ev = Evaluation::default();
    let mut covered = vec![false; corpus.labels.len()];
    let text = |s: usize, e: usize| String::from_utf8_lossy(&corpus.text[s..e]).into_owned();
    // Labels are sorted by start; so are findings. Walk both.
    let mut li = 0;
    for f in found.iter().filter(|f| f.confidence >= min) {
        let cat = engine.detectors()[f.detector].category();
        while li < corpus.labels.len() && corpus.labels[li].end <= f.start {
            li += 1;
        }
        let mut matched = false;
        let mut j = li;
        while j < corpus.labels.len() && corpus.labels[j].start < f.end {
            let l = &corpus.labels[j];
            if l.end > f.start {
                if l.category == Some(cat) {
                    matched = true;
                    if !covered[j] {
                        covered[j] = true;
                        ev.per_category.entry(cat).or_default().tp += 1;
                    }
                } else if l.category.is_none() && f.confidence == Confidence::High {
                    ev.high_on_negatives += 1;
                }
            }
            j += 1;
        }
        if !matched {
            ev.per_category.entry(cat).or_default().fp += 1;
            if ev.examples.len() < 20 {
                ev.examples.push(format!(
                    "FP {cat} {:?} ({})",
                    text(f.start, f.end),
                    engine.detectors()[f.detector].id()
                ));
            }
        }
    }
    for (l, &hit) in corpus.labels.iter().zip(&covered) {
        if let (Some(cat), false) = (l.category, hit) {
            ev.per_category.entry(cat).or_default().fn_ += 1;
            if ev.examples.len() < 40 {
                ev.examples.push(format!("FN {cat} {:?}", text(l.start, l.end)));
            }
        }
    }
    ev
}

/// The evaluation as a Markdown table: category, TP, FP, FN, precision, recall.
pub fn table(ev: &Evaluation) -> String {
    let mut s = String::from("| category | TP | FP | FN | precision | recall |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (cat, c) in &ev.per_category {
        let _ = writeln!(
            s,
            "| `{cat}` | {} | {} | {} | {:.3} | {:.3} |",
            c.tp,
            c.fp,
            c.fn_,
            c.precision(),
            c.recall()
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_point_at_their_values_and_generation_is_deterministic() {
        let env = Env { today: jiff::civil::date(2026, 11, 24) };
        let a = generate(7, 300, env);
        let b = generate(7, 300, env);
        assert_eq!(a.text, b.text);
        assert!(a.labels.iter().any(|l| l.category.is_none()));
        for l in &a.labels {
            assert!(l.start < l.end && l.end <= a.text.len());
            assert!(std::str::from_utf8(&a.text[l.start..l.end]).is_ok());
        }
        for w in a.labels.windows(2) {
            assert!(w[0].end <= w[1].start, "labels are ordered and disjoint");
        }
    }
}
