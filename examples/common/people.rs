//! Chinese names, street addresses and mail domains shared by the example generators
//! (`gen_tables`, `gen_dump`): the same word lists and the same draws from the seeded
//! [`Synth`], so a change here changes both outputs alike.

use std::fmt::Write as _;

use piiscan::validate::{cn_name, Env};
use piiscan_testdata::synth::Synth;

/// County-level address codes (GB/T 2260), with the address that goes with them.
pub const PLACES: &[(&str, &str, &str, &[&str])] = &[
    ("110105", "", "北京市", &["朝阳区"]),
    ("110108", "", "北京市", &["海淀区"]),
    ("310104", "", "上海市", &["徐汇区"]),
    ("310115", "", "上海市", &["浦东新区"]),
    ("440305", "广东省", "深圳市", &["南山区"]),
    ("440106", "广东省", "广州市", &["天河区"]),
    ("330106", "浙江省", "杭州市", &["西湖区"]),
    ("510107", "四川省", "成都市", &["武侯区"]),
    ("420111", "湖北省", "武汉市", &["洪山区"]),
    ("320102", "江苏省", "南京市", &["玄武区"]),
    ("610113", "陕西省", "西安市", &["雁塔区"]),
    ("370202", "山东省", "青岛市", &["市南区"]),
];

pub const ROADS: &[&str] = &[
    "建国路",
    "科技园南路",
    "中山大道",
    "文三路",
    "人民南路",
    "长安街",
    "珞喻路",
    "解放路",
    "香港中路",
    "中关村大街",
    "漕溪北路",
    "天河北路",
    "雁塔西路",
    "龙蟠路",
];

pub const GIVEN: &str =
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉华建国志文斌鹏飞晨宇轩浩然思雨欣怡子涵梓萱";

/// Invented mail domains: none is reserved for documentation (`example.*`, `.test`...).
pub const DOMAINS: &[&str] =
    &["qq-mail.cn", "corp-mail.com.cn", "huayu-tech.cn", "xinmail.net", "lanshan-edu.cn"];

/// Chinese personal names: a common surname (or a two-character one, 6 %) and one or two
/// given-name characters, each accepted by the `cn_name` validator.
pub struct Names {
    surnames: Vec<char>,
    given: Vec<char>,
}

impl Names {
    /// The 80 most common surnames and [`GIVEN`].
    pub fn new() -> Names {
        Names {
            surnames: cn_name::SURNAMES.chars().take(80).collect(),
            given: GIVEN.chars().collect(),
        }
    }

    /// A name.
    pub fn name(&self, rng: &mut Synth, env: &Env) -> String {
        loop {
            let mut s = if rng.chance(6) {
                (*rng.pick(&["欧阳", "司马", "诸葛", "上官"])).to_owned()
            } else {
                rng.pick(&self.surnames).to_string()
            };
            for _ in 0..rng.between(1..=2) {
                s.push(*rng.pick(&self.given));
            }
            if cn_name::validate(s.as_bytes(), env) {
                return s;
            }
        }
    }
}

/// A street address down to the door (`广东省深圳市南山区科技园南路18号2栋1501室`) in the
/// given province, city and district.
pub fn address(rng: &mut Synth, prov: &str, city: &str, district: &str) -> String {
    let road = *rng.pick(ROADS);
    let mut s = format!("{prov}{city}{district}{road}{}号", rng.between(1..=999));
    match rng.below(3) {
        0 => {}
        1 => {
            let _ = write!(s, "{}栋{}室", rng.between(1..=30), rng.between(101..=3208));
        }
        _ => {
            let _ = write!(s, "{}单元{}室", rng.between(1..=6), rng.between(101..=2404));
        }
    }
    s
}
