//! Writes piiscan's demo tree: a few small files of synthetic personal data, the same
//! bytes on every run.
//!
//! ```text
//! cargo run --example gen_demo -- examples/demo
//! ```
//!
//! Every value comes from a generator with a fixed seed per file: the first five
//! categories (resident IDs, mobiles, cards, e-mails, IPv4) from
//! [`piiscan_testdata::synth::Synth`], the others from the local [`Gen`], which computes check
//! characters with piiscan's own validator arithmetic (`hkid::check_char`,
//! `twid::check_digit`, `gb32100::check_char`, `iban::check_digits`) and asserts each
//! value against its validator. Values written to count as real avoid the well-known
//! test values and the ranges reserved for documentation (`2001:db8::/32`, `+1 555-01xx`,
//! `+44 20 7946 0xxx`). `fixtures/near_misses.txt` holds only invalid look-alikes, so a
//! scan must find nothing there at `medium` or above.
//!
//! Existing files are overwritten; files this program no longer writes are not removed.
//! The planted counts per file and category (and minors) are printed on standard output
//! in the form of `tests/demo.rs`'s `EXPECTED` table.

use std::collections::BTreeMap;
use std::fs;
use std::net::Ipv6Addr;
use std::path::Path;
use std::process::ExitCode;

use piiscan::detect::Category;
use piiscan::validate::{
    cn_landline, cn_name, cn_plate, date, gb32100, hkid, iban, ipv6, phone_intl, twid, us_ssn, Env,
};
use piiscan_testdata::synth::{LineKind, Planted, Synth, CSV_HEADER};

/// One demo file: its path in the tree, and how it is written.
struct DemoFile {
    path: &'static str,
    seed: u64,
    write: fn(&mut Gen, &mut String),
}

const FILES: &[DemoFile] = &[
    DemoFile { path: "notes/客户回访记录.txt", seed: 101, write: notes_zh },
    DemoFile { path: "notes/support-notes.txt", seed: 102, write: notes_en },
    DemoFile { path: "logs/app.log", seed: 103, write: app_log },
    DemoFile { path: "exports/customers.csv", seed: 104, write: customers_csv },
    DemoFile { path: "data/users.json", seed: 105, write: users_json },
    DemoFile { path: "fixtures/near_misses.txt", seed: 106, write: near_misses },
    DemoFile { path: "notes/hk-tw-customers.txt", seed: 107, write: hk_tw_notes },
    DemoFile { path: "exports/registrations.jsonl", seed: 108, write: registrations },
    DemoFile { path: "data/face_features.json", seed: 109, write: face_features },
    DemoFile { path: "logs/intl-support.log", seed: 110, write: intl_log },
    DemoFile { path: "exports/员工通讯录.csv", seed: 113, write: staff_gbk_csv },
    // Entries of archives: written under the staging folder, zipped by gen-demo.sh.
    DemoFile { path: "archives/hr-export.zip!/hr/staff.csv", seed: 111, write: staff_csv },
    DemoFile { path: "archives/hr-export.zip!/notes/handover.log", seed: 112, write: app_log },
];

/// A small customer export, inside an archive.
fn staff_csv(g: &mut Gen, out: &mut String) {
    out.push_str(CSV_HEADER);
    lines(&mut g.s, LineKind::Csv, 6, out, &mut g.p);
}

/// Writes `n` lines of `kind`.
fn lines(s: &mut Synth, kind: LineKind, n: usize, out: &mut String, p: &mut Planted) {
    for _ in 0..n {
        s.line(kind, out, p);
    }
}

/// Chinese support notes, with a legacy 15-digit ID, a minor, a lowercase `x` check
/// character, a `+86` mobile and a grouped card guaranteed.
fn notes_zh(g: &mut Gen, out: &mut String) {
    let (s, p) = (&mut g.s, &mut g.p);
    out.push_str("客户回访记录（系统导出，仅供内部使用）\n\n");
    for t in [
        "<date> 客户补登老身份证号<id15>，联系电话<mobile>。",
        "<date> 家长为孩子办理实名认证，孩子身份证号<id_minor>，监护人手机<mobile_intl>。",
        "<date> 客户核对身份证号码<id_x>，信息一致。",
        "<date> 客户申请解绑银行卡，卡号<card_grouped>，已提交审核。",
    ] {
        s.render(t, out, p);
    }
    lines(s, LineKind::NoteZh, 24, out, p);
}

/// English support notes.
fn notes_en(g: &mut Gen, out: &mut String) {
    let (s, p) = (&mut g.s, &mut g.p);
    out.push_str("Support desk notes, week 11 (synthetic)\n\n");
    s.render("<date> Card on file <card_grouped>, callback <mobile_intl>.", out, p);
    lines(s, LineKind::NoteEn, 16, out, p);
}

/// An application log: log lines with values between lines of noise.
fn app_log(g: &mut Gen, out: &mut String) {
    for _ in 0..30 {
        g.s.line(LineKind::Log, out, &mut g.p);
        g.s.line(LineKind::Noise, out, &mut g.p);
    }
}

/// A customer export with a header row.
fn customers_csv(g: &mut Gen, out: &mut String) {
    out.push_str(CSV_HEADER);
    lines(&mut g.s, LineKind::Csv, 20, out, &mut g.p);
}

/// A staff list as Excel on a Chinese Windows saves it: `scripts/gen-demo.sh` converts
/// it to GBK with iconv. The names are found by their column.
fn staff_gbk_csv(g: &mut Gen, out: &mut String) {
    out.push_str("姓名,手机号码,身份证号,部门\n");
    for dept in ["销售部", "财务部", "人事部", "技术部", "客服部", "市场部", "行政部", "采购部"]
    {
        let name = g.value("name_cn").expect("a generated name");
        let (s, p) = (&mut g.s, &mut g.p);
        s.render(&format!("{name},<mobile>,<id>,{dept}"), out, p);
    }
}

/// A JSON array of user events, one object per line.
fn users_json(g: &mut Gen, out: &mut String) {
    let mut body = String::new();
    lines(&mut g.s, LineKind::Json, 20, &mut body, &mut g.p);
    out.push_str("[\n");
    out.push_str(&body.trim_end().replace('\n', ",\n"));
    out.push_str("\n]\n");
}

/// Invalid look-alikes only: those of [`Synth`] first, then those of the other
/// categories (wrong check characters, unassignable numbers, keywords missing).
fn near_misses(g: &mut Gen, out: &mut String) {
    let (s, p) = (&mut g.s, &mut g.p);
    out.push_str("# Values that look like personal data but are not (checksums fail).\n");
    for t in [
        "身份证号（校验位错误）<bad_id>",
        "手机（物联网号段）<bad_mobile>",
        "卡号（Luhn 校验失败）<bad_card>",
        "version <version>",
    ] {
        s.render(t, out, p);
    }
    lines(s, LineKind::NearMiss, 30, out, p);
    for t in [
        "香港身份证（校验位错误）<bad_hkid>",
        "身分證字號（檢查碼錯誤）<bad_twid>",
        "统一社会信用代码（校验位错误）<bad_uscc>",
        "IBAN <bad_iban> rejected: check digits",
        "SSN <bad_ssn> rejected: area 666 is never assigned",
        "ITIN <itin> is a taxpayer number, not an SSN",
        "工单 <digits8> 已关闭",
        "物料编码 <passport_shape> 已入库",
        "电话（北京号码少一位）<bad_landline>",
        "车牌（无此格式）<bad_plate>",
        "phone <bad_phone_intl> is a placeholder",
        "mac 00:1a:2b:3c:4d:5e, lo ::1, at 12:30:45",
        "出生日期：<bad_dob>（日期不存在）",
        "姓名：未填写，联系人：王经理",
        "{\"face_embedding\": [0.1132, -0.0457]}",
        "weights=[<floats16>]",
    ] {
        g.render(t, out);
    }
}

/// Notes of a service desk for customers from Hong Kong, Macau and Taiwan: HK identity
/// cards, Taiwan IDs, home-return and Taiwan-compatriot permits, exit-entry permits and
/// passports next to their keywords, names, birth dates and `+852`/`+886` phones.
fn hk_tw_notes(g: &mut Gen, out: &mut String) {
    out.push_str("港澳台客户服务记录（系统导出，仅供内部使用）\n\n");
    const FIXED: &[&str] = &[
        "<date> 香港客户来电更新资料，香港身份证<hkid>，回乡证<hrp>，联系电话<phone_hk>。",
        "<date> 台湾客户办理入住登记，身分證字號<twid>，台胞证号码<tbz>。",
        "<date> 客户出示护照办理开户，护照号码<passport>，信息一致。",
        "<date> 内地客户赴港续签，往来港澳通行证<eep>，已登记。",
        "<date> 客户姓名：<name_cn>，香港身份证<hkid>，出生日期：<dob>。",
        "<date> 港澳居民来往内地通行证：<hrp>，本人到柜台核验。",
        "<date> 證件號碼<hkid_bare>，客户要求更正英文拼写。",
        "<date> HKID <hkid> verified for walk-in customer, callback <phone_hk>.",
        "<date> 台湾客户补登手机<phone_tw>，身分證字號<twid>。",
        "<date> 台胞证<tbz>到期换发，已通知客户。",
    ];
    const RANDOM: &[&str] = &[
        "<date> 香港客户来电更新资料，香港身份证<hkid>，回乡证<hrp>，联系电话<phone_hk>。",
        "<date> 台湾客户办理入住登记，身分證字號<twid>，台胞证号码<tbz>。",
        "<date> 客户出示护照办理开户，护照号码<passport>，信息一致。",
        "<date> 内地客户赴港续签，往来港澳通行证<eep>，已登记。",
        "<date> 客户姓名：<name_cn>，身分證字號<twid>，出生日期：<dob>。",
        "<date> 澳门客户回乡证<hrp>已核验，联系电话<phone_mo>。",
        "<date> 回访完成，客户对处理结果满意，无需跟进。",
    ];
    for t in FIXED {
        g.render(t, out);
    }
    for _ in 0..12 {
        let t = *g.s.pick(RANDOM);
        g.render(t, out);
    }
}

/// A JSON-lines export of registrations: sole traders (名称 of a person, birth date,
/// landline, address, the 92... credit code of an individual business, a delivery van's
/// plate), parking permits, family memberships with a child's birthday, and overseas
/// customers with Latin names, international phones and street addresses.
fn registrations(g: &mut Gen, out: &mut String) {
    const KINDS: &[&str] = &[
        r#"{"reg_id":"<reg_id>","type":"individual_business","real_name":"<name_cn>","dob":"<dob_iso>","mobile":"<mobile>","tel":"<landline>","address":"<addr_cn>","postcode":"<postcode_cn>","uscc":"<uscc>","plate":"<plate>","created_at":"<time>"}"#,
        r#"{"reg_id":"<reg_id>","type":"parking_permit","name":"<name_cn>","mobile":"<mobile>","plate":"<plate>","address":"<addr_cn>","created_at":"<time>"}"#,
        r#"{"reg_id":"<reg_id>","type":"family_membership","contact_name":"<name_cn>","birth_date":"<dob_iso>","tel":"<landline>","child":{"name":"<name_cn>","birthday":"<dob_minor>"},"created_at":"<time>"}"#,
        r#"{"reg_id":"<reg_id>","type":"overseas_customer","full_name":"<name_latin>","date_of_birth":"<dob_iso>","phone":"<phone_intl>","shipping_address":"<addr_en>","zip":"<zip_us>","created_at":"<time>"}"#,
    ];
    // Every kind once, then a seeded mix.
    for t in KINDS {
        g.render(t, out);
    }
    for _ in 0..14 {
        let t = *g.s.pick(KINDS);
        g.render(t, out);
    }
}

/// Face embeddings of an access-control system, one record per line, each with a
/// 128-dimension vector under `face_embedding`.
fn face_features(g: &mut Gen, out: &mut String) {
    out.push_str("{\n\"model\": \"arcface-r100\",\n\"dim\": 128,\n\"records\": [\n");
    let n = 5;
    for i in 0..n {
        let uid = g.s.between(10_000..=999_999);
        let gate = g.s.between(1..=12);
        let time = g.synth_value("time");
        let embedding = g.value("face").expect("a local kind");
        let sep = if i + 1 < n { "," } else { "" };
        out.push_str(&format!(
            "{{\"uid\": {uid}, \"device\": \"gate-{gate:02}\", \"captured_at\": \"{time}\", \
             \"face_embedding\": {embedding}}}{sep}\n"
        ));
    }
    out.push_str("]\n}\n");
}

/// The log of an international support desk: logins from IPv6 clients, callbacks to
/// international numbers, SSN checks and IBAN payouts, between lines of noise.
fn intl_log(g: &mut Gen, out: &mut String) {
    const KINDS: &[&str] = &[
        r#"<ts> INFO  [auth] login ok uid=<uid> ip=<ipv6> ua="Mozilla/5.0""#,
        "<ts> WARN  [auth] 3 failed logins client=<ipv6>",
        "<ts> INFO  [support] inbound call from <phone_intl> queue=EN",
        "<ts> DEBUG [sms] intl sms sent to mobile=<phone_intl> tpl=VERIFY",
        "<ts> INFO  [kyc] identity check passed uid=<uid> ssn=<ssn>",
        "<ts> INFO  [payout] refund queued uid=<uid> iban=<iban> status=pending",
    ];
    const FIXED: &[&str] = &[
        "<ts> INFO  [support] callback requested, phone <nanp> (US customer)",
        "<ts> INFO  [kyc] W-9 received, social security number <ssn> on file",
        "<ts> INFO  [kyc] legacy import ssn=<ssn_bare> uid=<uid>",
        "<ts> INFO  [crm] shipping address: <addr_en>, customer_name=<name_latin>",
    ];
    for t in FIXED.iter().chain(KINDS) {
        g.render(t, out);
        g.s.line(LineKind::Noise, out, &mut g.p);
    }
    for _ in 0..14 {
        let t = *g.s.pick(KINDS);
        g.render(t, out);
        g.s.line(LineKind::Noise, out, &mut g.p);
    }
}

/// Surnames for generated names (the most frequent of the validator's list).
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯";
const GIVEN_CHARS: &str = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰红玉华建国志文斌鹏飞晨宇轩浩然思雨欣怡子涵梓萱嘉颖俊凯";
const LATIN_FIRST: &[&str] =
    &["Olivia", "Liam", "Sophie", "Mateo", "Hannah", "Kenji", "Priya", "Lukas", "Chloe", "Marcus"];
const LATIN_LAST: &[&str] = &[
    "Fischer",
    "Tanaka",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Kowalski",
    "Harper",
    "Nguyen",
    "Romano",
    "Patel",
];
/// Province, city and districts of generated Chinese addresses.
const CITIES: &[(&str, &str, &[&str])] = &[
    ("", "北京市", &["朝阳区", "海淀区", "丰台区"]),
    ("", "上海市", &["浦东新区", "徐汇区", "闵行区"]),
    ("广东省", "深圳市", &["南山区", "福田区", "宝安区"]),
    ("浙江省", "杭州市", &["西湖区", "余杭区"]),
    ("江苏省", "苏州市", &["姑苏区", "吴中区"]),
    ("湖北省", "武汉市", &["洪山区", "江汉区"]),
    ("四川省", "成都市", &["武侯区", "锦江区"]),
];
const ROADS: &[&str] =
    &["建国路", "科技园南路", "中山大道", "文三路", "人民南路", "解放路", "长江路", "星湖街"];
const STREET_NAMES: &[&str] = &["Maple", "Harbour", "Queens", "Elmwood", "Victoria", "Birch"];
const STREET_TYPES: &[&str] = &["Street", "Road", "Avenue", "Lane", "Drive"];
/// Landline area codes with their subscriber-number lengths.
const AREAS: &[(&str, usize)] = &[
    ("010", 8),
    ("021", 8),
    ("020", 8),
    ("028", 8),
    ("0755", 8),
    ("0571", 8),
    ("0512", 8),
    ("0731", 8),
    ("0937", 7),
];
/// US area codes in service (New York, Chicago, San Francisco, Boston, Seattle, Denver,
/// Atlanta, Austin, Los Angeles, Miami).
const US_AREAS: &[u16] = &[212, 312, 415, 617, 206, 303, 404, 512, 213, 305];
/// Administrative divisions of generated credit codes.
const DIVISIONS: &[&str] = &["110105", "310115", "440305", "330106", "320506", "420111"];
/// Province abbreviations of generated plates.
const PLATE_PROVINCES: &[&str] = &["京", "沪", "粤", "浙", "苏", "川", "鄂", "湘", "鲁", "闽"];
/// Plate letters: uppercase ASCII without I and O (also the second letter of passports).
const PLATE_LETTERS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
/// The first 32 bits of the IPv6 prefixes of generated clients (Chinese, European and
/// US carriers; never the documentation prefix `2001:db8`).
const V6_PREFIXES: &[(u16, u16)] =
    &[(0x2408, 0x8207), (0x240e, 0x03b4), (0x2409, 0x8a1e), (0x2a02, 0x0810), (0x2600, 0x1700)];

/// A validation environment for the generated values (every birth date is before it).
fn env() -> Env {
    Env { today: jiff::civil::date(2025, 12, 31) }
}

/// Panics unless `ok`: a generated value must be what it claims to be.
#[track_caller]
fn ensure(ok: bool, what: &str, value: &str) {
    assert!(ok, "gen_demo generated an unintended {what}: {value}");
}

/// A file's generator: the [`Synth`] of the first five categories with its tally, and
/// the tally of the values the local generators plant (findings and minors).
struct Gen {
    s: Synth,
    p: Planted,
    more: BTreeMap<Category, (usize, usize)>,
}

impl Gen {
    fn new(seed: u64) -> Gen {
        Gen { s: Synth::new(seed), p: Planted::default(), more: BTreeMap::new() }
    }

    /// Appends `template` and a newline to `out`, each `<name>` replaced by a value: a
    /// local kind ([`Gen::value`]) or else a [`Synth`] placeholder.
    fn render(&mut self, template: &str, out: &mut String) {
        let mut rest = template;
        while let Some(open) = rest.find('<') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('>').expect("closed placeholder");
            let name = &rest[open + 1..close];
            let value = match self.value(name) {
                Some(v) => v,
                None => self.synth_value(name),
            };
            out.push_str(&value);
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out.push('\n');
    }

    /// The value of [`Synth`] placeholder `name`, counted in its tally.
    fn synth_value(&mut self, name: &str) -> String {
        let mut v = String::new();
        self.s.render(&format!("<{name}>"), &mut v, &mut self.p);
        v.pop();
        v
    }

    /// Counts `value` as a planted `category` value (`minor`: it shows a minor).
    fn count(&mut self, category: Category, minor: bool, value: String) -> String {
        let e = self.more.entry(category).or_default();
        e.0 += 1;
        e.1 += usize::from(minor);
        value
    }

    /// `n` random decimal digits.
    fn digits(&mut self, n: usize) -> String {
        (0..n).map(|_| char::from(b'0' + self.s.below(10) as u8)).collect()
    }

    /// One byte of `set`.
    fn pick_byte(&mut self, set: &[u8]) -> u8 {
        *self.s.pick(set)
    }

    /// The value of local kind `name` (counted when valid), or `None` for a name that is
    /// not a local kind.
    fn value(&mut self, name: &str) -> Option<String> {
        use Category as C;
        let v = match name {
            "hkid" => {
                let v = self.hk_id(true);
                self.count(C::HkId, false, v)
            }
            "postcode_cn" => {
                let v = format!("{}{:05}", self.s.between(1..=8), self.s.between(0..=99_999));
                self.count(C::PostalCode, false, v)
            }
            "zip_us" => {
                let v = format!("{}{:04}", self.s.between(1..=9), self.s.between(0..=9_999));
                self.count(C::PostalCode, false, v)
            }
            "hkid_bare" => {
                let v = self.hk_id(false);
                self.count(C::HkId, false, v)
            }
            "twid" => {
                let v = self.tw_id();
                self.count(C::TwId, false, v)
            }
            "passport" => {
                let v = self.passport();
                self.count(C::CnPassport, false, v)
            }
            "hrp" => {
                let v = self.home_return_permit();
                self.count(C::CnPermit, false, v)
            }
            "tbz" => {
                let v = format!("{}{}", self.s.between(1..=9), self.digits(7));
                self.count(C::CnPermit, false, v)
            }
            "eep" => {
                let v = self.exit_entry_permit();
                self.count(C::CnPermit, false, v)
            }
            "uscc" => {
                let v = self.uscc_sole_trader();
                self.count(C::CnUscc, false, v)
            }
            "landline" => {
                let v = self.landline();
                self.count(C::CnLandline, false, v)
            }
            "phone_intl" | "phone_hk" | "phone_mo" | "phone_tw" | "nanp" => {
                let v = self.phone_intl(name);
                self.count(C::PhoneIntl, false, v)
            }
            "ipv6" => {
                let v = self.ipv6();
                self.count(C::Ipv6, false, v)
            }
            "ssn" | "ssn_bare" => {
                let v = self.ssn(name == "ssn_bare");
                self.count(C::UsSsn, false, v)
            }
            "iban" => {
                let v = self.iban();
                let v = if self.s.chance(50) { group4(&v) } else { v };
                self.count(C::Iban, false, v)
            }
            "plate" => {
                let v = self.plate();
                self.count(C::CnLicensePlate, false, v)
            }
            "name_cn" => {
                let v = self.name_cn();
                self.count(C::PersonName, false, v)
            }
            "name_latin" => {
                let v = format!("{} {}", self.s.pick(LATIN_FIRST), self.s.pick(LATIN_LAST));
                self.count(C::PersonName, false, v)
            }
            "dob" | "dob_iso" => {
                let form = if name == "dob" { self.s.below(3) } else { 0 };
                let v = self.birth_date(1955..=2002, form);
                self.count(C::DateOfBirth, false, v)
            }
            "dob_minor" => {
                let v = self.birth_date(2018..=2021, 0);
                self.count(C::DateOfBirth, true, v)
            }
            "addr_cn" => {
                let v = self.address_cn();
                self.count(C::Address, false, v)
            }
            "addr_en" => {
                let v = format!(
                    "{} {} {}",
                    self.s.between(2..=980),
                    self.s.pick(STREET_NAMES),
                    self.s.pick(STREET_TYPES)
                );
                self.count(C::Address, false, v)
            }
            "face" => {
                let v: Vec<String> = (0..128).map(|_| self.float4()).collect();
                self.count(C::Biometric, false, format!("[{}]", v.join(", ")))
            }
            // Noise, not counted.
            "reg_id" => format!("REG-{}-{}", self.s.between(2024..=2025), self.digits(5)),
            "floats16" => (0..16).map(|_| self.float4()).collect::<Vec<_>>().join(","),
            "digits8" => format!("{}{}", self.s.between(1..=9), self.digits(7)),
            // Invalid look-alikes, not counted.
            "bad_hkid" => self.bad_hk_id(),
            "bad_twid" => self.bad_tw_id(),
            "bad_uscc" => self.bad_uscc(),
            "bad_iban" => self.bad_iban(),
            "bad_ssn" => {
                let v =
                    format!("666-{:02}-{:04}", self.s.between(1..=99), self.s.between(1..=9999));
                ensure(!us_ssn::validate(v.as_bytes(), &env()), "valid SSN", &v);
                v
            }
            "itin" => {
                let v = format!(
                    "9{:02}-{}-{:04}",
                    self.s.below(100),
                    self.s.between(70..=88),
                    self.s.between(1..=9999)
                );
                ensure(!us_ssn::validate(v.as_bytes(), &env()), "valid SSN", &v);
                v
            }
            "passport_shape" => loop {
                let v = format!("E{}{}", self.pick_byte(PLATE_LETTERS) as char, self.digits(7));
                if !hkid::validate(v.as_bytes(), &env()) {
                    break v;
                }
            },
            "bad_landline" => {
                let v = format!("010-{}{}", self.s.between(2..=8), self.digits(6));
                ensure(!cn_landline::validate(v.as_bytes(), &env()), "valid landline", &v);
                v
            }
            "bad_plate" => {
                let prov = *self.s.pick(PLATE_PROVINCES);
                let v = format!("{prov}I{}", self.digits(5));
                ensure(!cn_plate::validate(v.as_bytes(), &env()), "valid plate", &v);
                v
            }
            "bad_phone_intl" => {
                let d = self.s.between(1..=9);
                let v = format!("+1 {d}{d}{d} {d}{d}{d} {d}{d}{d}{d}");
                ensure(!phone_intl::validate(v.as_bytes(), &env()), "valid phone", &v);
                v
            }
            "bad_dob" => {
                let (m, d) = *self.s.pick(&[(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)]);
                let v = format!("{}-{m:02}-{d:02}", self.s.between(1955..=2002));
                ensure(!date::validate_birth_date(v.as_bytes(), &env()), "valid date", &v);
                v
            }
            _ => return None,
        };
        Some(v)
    }

    /// A signed number with four decimals in -0.3..=0.3, as in an embedding.
    fn float4(&mut self) -> String {
        let v = self.s.below(6001) as i64 - 3000;
        format!("{}0.{:04}", if v < 0 { "-" } else { "" }, v.abs())
    }

    /// A valid HKID, the check character in brackets or bare (bare only with a prefix
    /// letter that no passport or permit number starts with).
    fn hk_id(&mut self, bracketed: bool) -> String {
        let prefix = if !bracketed {
            vec![self.pick_byte(b"ARVYZ")]
        } else if self.s.chance(85) {
            vec![self.pick_byte(b"ABCEGHKMPRVYZ")]
        } else {
            vec![b'X', self.pick_byte(b"ABC")]
        };
        let d6 = self.digits(6);
        let check = hkid::check_char(&prefix, d6.as_bytes()) as char;
        let prefix = String::from_utf8(prefix).expect("ASCII");
        let v = if bracketed {
            format!("{prefix}{d6}({check})")
        } else {
            format!("{prefix}{d6}{check}")
        };
        ensure(hkid::validate(v.as_bytes(), &env()), "invalid HKID", &v);
        v
    }

    /// A valid HKID with a wrong check character.
    fn bad_hk_id(&mut self) -> String {
        let v = self.hk_id(true);
        let right = v.as_bytes()[v.len() - 2];
        let wrong = loop {
            let c = self.pick_byte(b"0123456789A");
            if c != right {
                break c as char;
            }
        };
        let v = format!("{}{wrong})", &v[..v.len() - 2]);
        ensure(!hkid::validate(v.as_bytes(), &env()), "valid HKID", &v);
        v
    }

    /// A valid Taiwan ID of a citizen (gender digit 1 or 2).
    fn tw_id(&mut self) -> String {
        let letter = self.pick_byte(b"ABCDEFGHJKLMNPQRTUVWXZ");
        let first8 = format!("{}{}", self.s.between(1..=2), self.digits(7));
        let check = twid::check_digit(letter, first8.as_bytes()) as char;
        let v = format!("{}{first8}{check}", letter as char);
        ensure(twid::validate(v.as_bytes(), &env()), "invalid Taiwan ID", &v);
        v
    }

    /// A valid Taiwan ID with its check digit changed.
    fn bad_tw_id(&mut self) -> String {
        let mut v = self.tw_id().into_bytes();
        let last = v.len() - 1;
        v[last] = b'0' + (v[last] - b'0' + self.s.between(1..=9) as u8) % 10;
        let v = String::from_utf8(v).expect("ASCII");
        ensure(!twid::validate(v.as_bytes(), &env()), "valid Taiwan ID", &v);
        v
    }

    /// A PRC passport number: `E` + letter + 7 digits (since 2017) or `G` + 8 digits
    /// (older), never also a valid bare HKID.
    fn passport(&mut self) -> String {
        loop {
            let v = if self.s.chance(75) {
                format!("E{}{}", self.pick_byte(PLATE_LETTERS) as char, self.digits(7))
            } else {
                format!("G{}", self.digits(8))
            };
            if !hkid::validate(v.as_bytes(), &env()) {
                return v;
            }
        }
    }

    /// A home-return permit number: `H` (Hong Kong) or `M` (Macau), 8 digits and, on the
    /// newer cards, a 2-digit renewal count.
    fn home_return_permit(&mut self) -> String {
        let region = self.pick_byte(b"HM") as char;
        let renewal =
            if self.s.chance(50) { format!("{:02}", self.s.between(1..=5)) } else { String::new() };
        format!("{region}{}{renewal}", self.digits(8))
    }

    /// An exit-entry permit number (`C` + letter or digit + 7 digits), never also a valid
    /// bare HKID.
    fn exit_entry_permit(&mut self) -> String {
        loop {
            let second = if self.s.chance(50) {
                self.pick_byte(PLATE_LETTERS) as char
            } else {
                char::from(b'0' + self.s.below(10) as u8)
            };
            let v = format!("C{second}{}", self.digits(7));
            if !hkid::validate(v.as_bytes(), &env()) {
                return v;
            }
        }
    }

    /// The credit code of an individual business (`92`, division, `MA` + 7 characters,
    /// check character).
    fn uscc_sole_trader(&mut self) -> String {
        let org: String = (0..7).map(|_| self.pick_byte(gb32100::CHARSET) as char).collect();
        let body = format!("92{}MA{org}", self.s.pick(DIVISIONS));
        let check = gb32100::check_char(body.as_bytes()).expect("characters of the set") as char;
        let v = format!("{body}{check}");
        ensure(gb32100::is_sole_trader(v.as_bytes()), "invalid USCC", &v);
        ensure(gb32100::validate_lettered(v.as_bytes(), &env()), "invalid USCC", &v);
        v
    }

    /// A valid credit code with its check character changed.
    fn bad_uscc(&mut self) -> String {
        let v = self.uscc_sole_trader();
        let right = v.as_bytes()[17];
        let wrong = loop {
            let c = self.pick_byte(gb32100::CHARSET);
            if c != right {
                break c as char;
            }
        };
        let v = format!("{}{wrong}", &v[..17]);
        ensure(!gb32100::validate(v.as_bytes(), &env()), "valid USCC", &v);
        v
    }

    /// A fixed-line number: `010-62345678`, `(0755)88881234`, `0571 8765 4321` or
    /// `+86 21 6234 5678`.
    fn landline(&mut self) -> String {
        let &(area, len) = self.s.pick(AREAS);
        let sub = format!("{}{}", self.s.between(2..=8), self.digits(len - 1));
        let v = match (len, self.s.below(4)) {
            (8, 1) => format!("({area}){sub}"),
            (8, 2) => format!("{area} {} {}", &sub[..4], &sub[4..]),
            (8, 3) => format!("+86 {} {} {}", &area[1..], &sub[..4], &sub[4..]),
            _ => format!("{area}-{sub}"),
        };
        ensure(cn_landline::validate(v.as_bytes(), &env()), "invalid landline", &v);
        v
    }

    /// An international number of `kind`: `phone_hk` (+852), `phone_mo` (+853),
    /// `phone_tw` (+886), `nanp` (`(312) 748-2291`, no country code) or any
    /// (`phone_intl`: UK, US, Germany, Japan, France, Singapore, Australia, HK, Taiwan).
    fn phone_intl(&mut self, kind: &str) -> String {
        let which = match kind {
            "phone_hk" => 7,
            "phone_tw" => 8,
            "phone_mo" => 9,
            "nanp" => 10,
            _ => self.s.below(9),
        };
        let v = match which {
            0 => {
                // London, avoiding the 7946 0xxx drama range.
                let first = self.s.between(3000..=8999);
                format!("+44 20 {first} {}", self.digits(4))
            }
            1 | 10 => {
                // Not the fictional 555 exchange.
                let area = *self.s.pick(US_AREAS);
                let exchange = loop {
                    let e = self.s.between(200..=999);
                    if e != 555 {
                        break e;
                    }
                };
                if which == 10 {
                    format!("({area}) {exchange}-{}", self.digits(4))
                } else {
                    format!("+1 ({area}) {exchange}-{}", self.digits(4))
                }
            }
            2 => format!("+49 151 {} {}", self.digits(4), self.digits(4)),
            3 => format!("+81 90 {} {}", self.digits(4), self.digits(4)),
            4 => format!(
                "+33 6 {} {} {} {}",
                self.digits(2),
                self.digits(2),
                self.digits(2),
                self.digits(2)
            ),
            5 => format!(
                "+65 {}{} {}",
                self.pick_byte(b"89") as char,
                self.digits(3),
                self.digits(4)
            ),
            6 => format!("+61 4{} {} {}", self.digits(2), self.digits(3), self.digits(3)),
            7 => format!(
                "+852 {}{} {}",
                self.pick_byte(b"569") as char,
                self.digits(3),
                self.digits(4)
            ),
            8 => format!("+886 9{} {} {}", self.digits(2), self.digits(3), self.digits(3)),
            _ => format!("+853 6{} {}", self.digits(3), self.digits(4)),
        };
        if which != 10 {
            ensure(phone_intl::validate(v.as_bytes(), &env()), "invalid phone", &v);
        }
        v
    }

    /// An IPv6 client address on a carrier prefix, in its canonical (compressed) form.
    fn ipv6(&mut self) -> String {
        let &(a, b) = self.s.pick(V6_PREFIXES);
        let mut segs = [0u16; 8];
        segs[0] = a;
        segs[1] = b;
        for (i, seg) in segs.iter_mut().enumerate().skip(2) {
            *seg = if i > 3 && self.s.chance(30) { 0 } else { self.s.below(0x10000) as u16 };
        }
        let v = Ipv6Addr::from(segs).to_string();
        ensure(ipv6::validate(v.as_bytes(), &env()), "invalid IPv6", &v);
        v
    }

    /// A US SSN with an assignable area, group and serial, dashed or bare.
    fn ssn(&mut self, bare: bool) -> String {
        loop {
            let area = self.s.between(1..=899);
            let (group, serial) = (self.s.between(1..=99), self.s.between(1..=9999));
            let v = if bare {
                format!("{area:03}{group:02}{serial:04}")
            } else {
                format!("{area:03}-{group:02}-{serial:04}")
            };
            if us_ssn::validate(v.as_bytes(), &env()) {
                return v;
            }
        }
    }

    /// A compact IBAN of Germany, the UK, the Netherlands, France or Spain with its check
    /// digits computed.
    fn iban(&mut self) -> String {
        let (country, bban) = match self.s.below(5) {
            0 => (*b"DE", self.digits(18)),
            1 => {
                let bank = *self.s.pick(&["BARC", "LOYD", "NWBK", "HBUK"]);
                (*b"GB", format!("{bank}{}", self.digits(14)))
            }
            2 => {
                let bank = *self.s.pick(&["INGB", "ABNA", "RABO"]);
                (*b"NL", format!("{bank}{}", self.digits(10)))
            }
            3 => (*b"FR", self.digits(23)),
            _ => (*b"ES", self.digits(20)),
        };
        let cd = iban::check_digits(&country, bban.as_bytes());
        let v = format!(
            "{}{}{}",
            String::from_utf8_lossy(&country),
            String::from_utf8_lossy(&cd),
            bban
        );
        ensure(iban::validate(v.as_bytes(), &env()), "invalid IBAN", &v);
        v
    }

    /// A valid IBAN (grouped in fours) with other check digits.
    fn bad_iban(&mut self) -> String {
        let v = self.iban();
        let right: u64 = v[2..4].parse().expect("digits");
        let wrong = loop {
            let c = self.s.between(2..=98);
            if c != right {
                break c;
            }
        };
        let v = group4(&format!("{}{wrong:02}{}", &v[..2], &v[4..]));
        ensure(!iban::validate(v.as_bytes(), &env()), "valid IBAN", &v);
        v
    }

    /// A plate: ordinary (5 characters, at most two of them letters) or small new-energy
    /// (`D`/`F`, a letter or digit, 4 digits), with or without the `·` separator.
    fn plate(&mut self) -> String {
        let province = *self.s.pick(PLATE_PROVINCES);
        let authority = self.pick_byte(b"ABCDEFGH") as char;
        let serial: String = if self.s.chance(70) {
            loop {
                let s: String = (0..5)
                    .map(|_| {
                        if self.s.chance(80) {
                            char::from(b'0' + self.s.below(10) as u8)
                        } else {
                            self.pick_byte(PLATE_LETTERS) as char
                        }
                    })
                    .collect();
                let letters = s.bytes().filter(u8::is_ascii_uppercase).count();
                if letters <= 2 {
                    break s;
                }
            }
        } else {
            let kind = self.pick_byte(b"DF") as char;
            let second = if self.s.chance(50) {
                self.pick_byte(PLATE_LETTERS) as char
            } else {
                char::from(b'0' + self.s.below(10) as u8)
            };
            format!("{kind}{second}{}", self.digits(4))
        };
        let sep = if self.s.chance(40) { "·" } else { "" };
        let v = format!("{province}{authority}{sep}{serial}");
        ensure(cn_plate::validate(v.as_bytes(), &env()), "invalid plate", &v);
        v
    }

    /// A Chinese name: a common surname and one or two given characters.
    fn name_cn(&mut self) -> String {
        let surnames: Vec<char> = SURNAMES.chars().collect();
        let given: Vec<char> = GIVEN_CHARS.chars().collect();
        loop {
            let mut v = String::new();
            v.push(*self.s.pick(&surnames));
            for _ in 0..self.s.between(1..=2) {
                v.push(*self.s.pick(&given));
            }
            if cn_name::validate(v.as_bytes(), &env()) {
                return v;
            }
        }
    }

    /// A birth date in `years`: `form` 0 `1988-04-12`, 1 `1988/04/12`, 2 `1988年4月12日`.
    fn birth_date(&mut self, years: std::ops::RangeInclusive<u64>, form: u64) -> String {
        let (y, m, d) = (self.s.between(years), self.s.between(1..=12), self.s.between(1..=28));
        let v = match form {
            0 => format!("{y}-{m:02}-{d:02}"),
            1 => format!("{y}/{m:02}/{d:02}"),
            _ => format!("{y}年{m}月{d}日"),
        };
        ensure(date::validate_birth_date(v.as_bytes(), &env()), "invalid birth date", &v);
        v
    }

    /// A Chinese postal address down to the street number, sometimes with a room.
    fn address_cn(&mut self) -> String {
        let &(province, city, districts) = self.s.pick(CITIES);
        let district = *self.s.pick(districts);
        let road = *self.s.pick(ROADS);
        let mut v = format!("{province}{city}{district}{road}{}号", self.s.between(1..=999));
        if self.s.chance(50) {
            v.push_str(&format!(
                "{}栋{}{:02}室",
                self.s.between(1..=30),
                self.s.between(1..=32),
                self.s.between(1..=8)
            ));
        }
        v
    }
}

/// `s` in groups of four separated by spaces (IBAN paper format).
fn group4(s: &str) -> String {
    let b = s.as_bytes();
    b.chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

/// The planted counts of one file: (category, findings, minors), in category order.
fn tally(g: &Gen) -> Vec<(Category, usize, usize)> {
    let mut all = g.more.clone();
    for &c in &[
        Category::CnResidentId,
        Category::CnMobile,
        Category::BankCard,
        Category::Email,
        Category::Ipv4,
    ] {
        let n = g.p.get(c);
        if n > 0 {
            let minors = if c == Category::CnResidentId { g.p.minors } else { 0 };
            let e = all.entry(c).or_default();
            e.0 += n;
            e.1 += minors;
        }
    }
    all.into_iter().map(|(c, (n, m))| (c, n, m)).collect()
}

fn main() -> ExitCode {
    let (Some(root), Some(staging)) = (std::env::args_os().nth(1), std::env::args_os().nth(2))
    else {
        eprintln!("usage: gen_demo DIR STAGING (entries of archive A go to STAGING/A/)");
        return ExitCode::from(2);
    };
    let (root, staging) = (Path::new(&root), Path::new(&staging));
    let mut totals: BTreeMap<Category, (usize, usize)> = BTreeMap::new();
    println!("// (file, category, findings, minors) as planted");
    for f in FILES {
        let (mut g, mut text) = (Gen::new(f.seed), String::new());
        (f.write)(&mut g, &mut text);
        let path = match f.path.split_once("!/") {
            Some((archive, entry)) => staging.join(archive).join(entry),
            None => root.join(f.path),
        };
        let written = fs::create_dir_all(path.parent().expect("a file in a folder"))
            .and_then(|()| fs::write(&path, &text));
        if let Err(e) = written {
            eprintln!("gen_demo: {}: {e}", path.display());
            return ExitCode::from(2);
        }
        for (c, n, m) in tally(&g) {
            println!("(\"{}\", \"{c}\", {n}, {m}),", f.path);
            let t = totals.entry(c).or_default();
            t.0 += n;
            t.1 += m;
        }
    }
    println!("// totals per category (findings, minors)");
    for (c, (n, m)) in totals {
        println!("// {:<18} {n:>4} {m:>3}", c.name());
    }
    ExitCode::SUCCESS
}
