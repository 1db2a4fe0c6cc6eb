//! Chinese personal names, found after a label (`姓名：`, `收件人`) or in a name column.
//!
//! ## What it checks
//!
//! Two to four Han characters that start with a common surname (单姓 such as 王, 李, 张,
//! or a compound 复姓 such as 欧阳, 司马) and do not end in a title or a form word that
//! follows names in running text (`先生`, `女士`, `经理`, `性别`...). Without a label a
//! short Han string is far too often an ordinary word, so detectors use this validator
//! only behind a label or a column hint.
//!
//! ## Algorithm
//!
//! 1. Decode UTF-8; 2 to 4 characters, all Han.
//! 2. The first two characters are a compound surname (then 3-4 characters), or the first
//!    is a single surname (then 2-3 characters).
//! 3. Reject a given name that is a title or a field label.
//!
//! ## Example
//!
//! ```text
//! 张伟      valid
//! 欧阳娜娜   valid
//! 王经理    invalid (a title, not a given name)
//! 未填写    invalid (not a surname)
//! ```
//!
//! ## References
//!
//! - Ministry of Public Security, 《二〇二〇年全国姓名报告》 (surname frequencies).
//! - 《百家姓》 (compound surnames).

use super::Env;

/// Single-character surnames, most frequent first (covers well over 95% of the
/// population).
pub const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";

/// Two-character (compound) surnames.
pub const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "钟离", "申屠",
    "太史", "闻人", "万俟", "赫连", "拓跋",
];

/// Given names that are really titles or labels: `王经理` is a role, `张性别` a glued field.
const NOT_GIVEN_NAMES: &[&str] = &[
    "先生", "女士", "小姐", "经理", "老师", "师傅", "同学", "总", "工", "某", "某某", "性别",
    "电话", "手机", "地址", "年龄", "身份", "证件", "联系", "客户", "用户", "先", "女", "男",
];

/// Words that stand after a label in forms and code far more often than a name and that
/// start with a surname character: `客户信息`, `学生管理`, `联系人关系` name fields, not
/// people. A value starting with one of them is no name (`管理员` neither). Separated by
/// spaces.
const NOT_NAMES: &str = "万元 付款 余下 余量 余额 信息 信用 修改 元素 全名 全称 全部 公司 \
     关系 关键 初始 初级 单位 单号 周期 商品 季度 安全 宿舍 常用 平台 \
     应用 成功 成员 成绩 支付 文件 文本 文档 方式 方法 时段 时长 时间 \
     明天 明细 普通 曾用名 权限 来源 查看 查询 温度 满意 班级 申请 相关 \
     简称 管理 解冻 解绑 计划 费用 车辆 金额 项目 来电 来访 颜色 高级";

/// Words that follow a name in running text (titles, field labels, particles, common
/// verbs): a name glued to more Han text ends before one of them (`张伟性别男`,
/// `王建国已下单`). Separated by spaces; the detectors' `han_end_before = "cn_name"`.
pub const FOLLOWERS: &str = "先生 女士 小姐 同学 老师 同志 师傅 医生 律师 警官 性别 电话 手机 \
     联系 身份证 证件 地址 住址 住在 年龄 出生 民族 籍贯 职务 部门 邮箱 \
     账号 卡号 签名 签字 本人 今年 现年 的 于 在 是 已 和 与 及 等 说 \
     向 对 从 被 将 把 给 为 也 都 就 又 曾 因 由 到 来 去 要 会 \
     表示 认为 介绍 告诉 提出 签收 下单 购买 申请 办理 反映 投诉 参加 \
     获得 担任 负责 提交 领取 登记 确认 同意 入住 就读 毕业 报名 考试 \
     成绩 年级 班级";

/// Whether `c` is a CJK unified ideograph (the Han characters used in names).
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0x20000..=0x2A6DF)
}

/// Common words that begin with a surname character (`安徽`, `连接`, `平均值`), from the
/// jieba segmenter's dictionary (written by `scripts/gen-cn-common-words.py`).
static COMMON_WORDS: super::WordSet = super::WordSet::new(include_str!("data/cn_common_words.txt"));

/// A Chinese personal name after a bare `name` key, which names places, chart series and
/// shapes as often as people: a plausible name ([`validate`]) that is not a common word
/// (`{name: '安徽'}`, `"name":"连接"`). The few names that are words (`金星`, `江山`) are
/// missed there, and found after a label that names a person.
pub fn validate_key(value: &[u8], env: &Env) -> bool {
    validate(value, env) && !COMMON_WORDS.contains(value)
}

/// The word lists as sets, made on first use.
struct Lists {
    surnames: foldhash::HashSet<char>,
    compound: foldhash::HashSet<&'static str>,
    not_names: foldhash::HashSet<&'static str>,
}

static LISTS: std::sync::LazyLock<Lists> = std::sync::LazyLock::new(|| Lists {
    surnames: SURNAMES.chars().collect(),
    compound: COMPOUND_SURNAMES.iter().copied().collect(),
    not_names: NOT_NAMES.split_whitespace().collect(),
});

/// Whether `value` is a plausible Chinese personal name.
pub fn validate(value: &[u8], _env: &Env) -> bool {
    // Two to four Han characters take 6 to 16 bytes: anything else is no name, unread.
    if !(6..=16).contains(&value.len()) {
        return false;
    }
    let Ok(text) = std::str::from_utf8(value) else { return false };
    let n = text.chars().count();
    if !(2..=4).contains(&n) || !text.chars().all(is_han) {
        return false;
    }
    // The first one to four characters of `text`, each looked up in a set: one hash per
    // prefix instead of a comparison per listed word.
    let prefixes = || text.char_indices().skip(1).map(|(i, _)| &text[..i]).chain([text]);
    let lists = &*LISTS;
    if prefixes().any(|p| lists.not_names.contains(p)) {
        return false;
    }
    let given = if let Some(c) = prefixes().find(|p| lists.compound.contains(p)) {
        if n < 3 {
            return false;
        }
        &text[c.len()..]
    } else {
        let first = text.chars().next().expect("at least two chars");
        if !lists.surnames.contains(&first) || n > 3 {
            return false;
        }
        &text[first.len_utf8()..]
    };
    !NOT_GIVEN_NAMES.contains(&given)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env() -> Env {
        Env { today: jiff::civil::date(2026, 11, 24) }
    }

    #[test]
    fn names() {
        for v in ["张伟", "王秀英", "李娜", "欧阳娜娜", "司马懿", "诸葛亮", "覃海", "钟离春"]
        {
            assert!(validate(v.as_bytes(), &env()), "{v}");
        }
        for v in [
            "王经理",
            "张先生",
            "李女士",
            "未填写",
            "张",
            "张伟伟伟",
            "张3",
            "Zhang",
            "测试用户",
            "欧阳",
            "王某",
            "刘性别",
            "张伟性别",
            "信息",
            "管理员",
            "关系",
            "满意度",
        ] {
            assert!(!validate(v.as_bytes(), &env()), "{v}");
        }
    }

    #[test]
    fn after_a_bare_key_common_words_are_no_names() {
        for v in ["安徽", "江西", "连接", "平均值", "展现"] {
            assert!(validate(v.as_bytes(), &env()) && !validate_key(v.as_bytes(), &env()), "{v}");
        }
        for v in ["张伟", "王秀英", "李娜", "高峰", "欧阳娜娜"] {
            assert!(validate_key(v.as_bytes(), &env()), "{v}");
        }
    }

    #[test]
    fn surname_lists_hold_only_han() {
        assert!(SURNAMES.chars().all(is_han));
        assert!(COMPOUND_SURNAMES.iter().all(|s| s.chars().count() == 2 && s.chars().all(is_han)));
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,6}") {
            let _ = validate(s.as_bytes(), &env());
        }
    }
}
