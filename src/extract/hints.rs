//! Column hints: a column named `phone`, `real_name`, `身份证号` or `face_feature` says what
//! it holds. A hint raises the confidence of matching values in the column, and for the
//! categories reported only behind a label (names, addresses, birth dates, biometrics)
//! the column name is the label: its plain values are checked by shape and reported.
//! The names are data (`patterns/column_hints.toml`).

use std::collections::HashMap;

use crate::detect::detector::{AddressPart, AddressPartDef, ColumnHintDef, NotPersonalColumnDef};
use crate::detect::{Catalog, Category};
use crate::validate::{cn_name, date, Env};

/// The hints, ready for matching column names.
#[derive(Clone, Debug, Default)]
pub struct ColumnHints {
    /// Lower-cased ASCII name or part -> categories.
    ascii: HashMap<String, Vec<Category>>,
    /// Non-ASCII names, matched by containment.
    cjk: Vec<(String, Category)>,
    /// Names of columns holding no personal data: lower-cased ASCII, and non-ASCII
    /// matched by containment.
    not_ascii: Vec<String>,
    not_cjk: Vec<String>,
    /// Names of the parts of an address split over columns: lower-cased ASCII (parts
    /// joined by `_`, and written as one word), and non-ASCII matched at the end.
    part_ascii: HashMap<String, AddressPart>,
    part_cjk: Vec<(String, AddressPart)>,
}

impl ColumnHints {
    /// Compiles `[[column_hint]]` definitions.
    pub fn new(defs: &[ColumnHintDef]) -> ColumnHints {
        let mut hints = ColumnHints::default();
        for d in defs {
            for n in &d.names {
                if n.is_ascii() {
                    let cats = hints.ascii.entry(n.to_ascii_lowercase()).or_default();
                    if !cats.contains(&d.category) {
                        cats.push(d.category);
                    }
                } else {
                    hints.cjk.push((n.clone(), d.category));
                }
            }
        }
        hints
    }

    /// The hints of a catalog: its `[[column_hint]]` and `[[not_personal_column]]`
    /// definitions.
    pub fn from_catalog(catalog: &Catalog) -> ColumnHints {
        ColumnHints::new(catalog.column_hints())
            .with_not_personal(catalog.not_personal_columns())
            .with_address_parts(catalog.address_parts())
    }

    /// Adds `[[address_part]]` definitions.
    pub fn with_address_parts(mut self, defs: &[AddressPartDef]) -> ColumnHints {
        for d in defs {
            for n in &d.names {
                if n.is_ascii() {
                    let lower = n.to_ascii_lowercase();
                    self.part_ascii.insert(lower.replace('_', ""), d.part);
                    self.part_ascii.insert(lower, d.part);
                } else {
                    self.part_cjk.push((n.clone(), d.part));
                }
            }
        }
        // The longest name first: `详细地址` before `地址`.
        self.part_cjk.sort_by_key(|(n, _)| std::cmp::Reverse(n.chars().count()));
        self
    }

    /// The part of a split address a column (or the last part of a key path) is named
    /// for, and its prefix (what comes before the part's name, lower-cased parts joined by
    /// `_`: `billing` for `BillingCity`, empty for `city`), if any. The longest matching
    /// end wins (`detail_address` is one street name, not `detail` + `address`); a
    /// trailing number is dropped (`address2`, `line_1`), and for the areas, the country
    /// and the postal code a trailing `id`, `name`, `code` or `no` (`city_id`,
    /// `province_name`, `country_code`). A name with a word that says the address is
    /// no postal one (`ip_address`, `email_addr`, `IP地址`) is no part.
    pub fn address_part(&self, column: &str) -> Option<(AddressPart, String)> {
        let last = column.rsplit(['.', '[', ']']).find(|p| !p.is_empty()).unwrap_or(column);
        let mut parts = split_parts(last);
        if let Some(end) = parts.last_mut() {
            let kept = end.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            end.truncate(kept);
            if end.is_empty() {
                parts.pop();
            }
        }
        let reference = parts.len() >= 2
            && parts.last().is_some_and(|p| matches!(p.as_str(), "id" | "name" | "code" | "no"));
        if parts.iter().any(|p| NOT_POSTAL.contains(&p.as_str())) {
            return None;
        }
        let ends = |parts: &[String]| {
            (0..parts.len()).find_map(|k| {
                let tail = &parts[k..];
                let found =
                    self.part_ascii.get(&tail.join("_")).or(self.part_ascii.get(&tail.concat()));
                found.map(|&p| (p, parts[..k].join("_")))
            })
        };
        if let Some(found) = ends(&parts) {
            return Some(found);
        }
        // A name written as one word (`billingcity`, `shippostalcode`, Chinook's dumps):
        // the longest part name it ends with, after a prefix of three letters or more
        // (which groups it only with a street of that prefix), `detail` aside.
        if let [.., end] = parts.as_slice() {
            let found = self
                .part_ascii
                .iter()
                .filter(|(n, _)| n.len() >= 4 && !n.contains('_') && n.as_str() != "detail")
                .filter(|(n, _)| end.len() >= n.len() + 3 && end.ends_with(n.as_str()))
                .max_by_key(|(n, _)| n.len());
            if let Some((n, &part)) = found {
                let mut prefix = parts[..parts.len() - 1].to_vec();
                prefix.push(end[..end.len() - n.len()].to_string());
                let foreign = prefix.iter().any(|p| NOT_POSTAL.contains(&p.as_str()));
                return (!foreign).then(|| (part, prefix.join("_")));
            }
        }
        if reference {
            if let Some((part, prefix)) = ends(&parts[..parts.len() - 1]) {
                return (part != AddressPart::Street).then_some((part, prefix));
            }
        }
        // `省份名称`, `城市编码`: an area by its name or code.
        let bare = ["名称", "编码", "代码", "编号", "ID", "id"]
            .iter()
            .find_map(|r| last.strip_suffix(r))
            .filter(|b| !b.is_empty());
        let (last, name, part) = [Some(last), bare].into_iter().flatten().find_map(|l| {
            let (n, p) = self.part_cjk.iter().find(|(n, _)| l.ends_with(n.as_str()))?;
            (l == last || *p != AddressPart::Street).then_some((l, n, *p))
        })?;
        // `所在城市` is the city: `所在` (where one is) says nothing of whose.
        let head = &last[..last.len() - name.len()];
        let head =
            ["所在地", "所在", "所属"].iter().find_map(|w| head.strip_suffix(w)).unwrap_or(head);
        let prefix = head.to_lowercase();
        let foreign = split_parts(&prefix).iter().any(|p| NOT_POSTAL.contains(&p.as_str()));
        (!foreign).then_some((part, prefix))
    }

    /// Adds `[[not_personal_column]]` definitions.
    pub fn with_not_personal(mut self, defs: &[NotPersonalColumnDef]) -> ColumnHints {
        for n in defs.iter().flat_map(|d| &d.names) {
            if n.is_ascii() {
                self.not_ascii.push(n.to_ascii_lowercase());
            } else {
                self.not_cjk.push(n.clone());
            }
        }
        self
    }

    /// Whether a column (or the last part of a key path) is named for something other
    /// than personal data (`order_no`, `trackingNumber`, `file_hash`, `订单号`): its whole
    /// name or one of its parts is a `[[not_personal_column]]` name.
    pub fn not_personal(&self, column: &str) -> bool {
        let last = column.rsplit(['.', '[', ']']).find(|p| !p.is_empty()).unwrap_or(column);
        let lower = last.to_ascii_lowercase();
        let listed = |n: &str| self.not_ascii.iter().any(|x| x == n);
        listed(&lower)
            || listed(&split_parts(last).join("_"))
            || split_parts(last).iter().any(|p| listed(p))
            || self.not_cjk.iter().any(|n| last.contains(n.as_str()))
    }

    /// The categories a column (or the last part of a key path) is named for.
    pub fn categories(&self, column: &str) -> Vec<Category> {
        let last = column.rsplit(['.', '[', ']']).find(|p| !p.is_empty()).unwrap_or(column);
        let mut out: Vec<Category> = Vec::new();
        let mut add = |cats: &[Category]| {
            for c in cats {
                if !out.contains(c) {
                    out.push(*c);
                }
            }
        };
        let lower = last.to_ascii_lowercase();
        if let Some(c) = self.ascii.get(&lower) {
            add(c);
        }
        let parts = split_parts(last);
        for part in &parts {
            if let Some(c) = self.ascii.get(part) {
                add(c);
            }
        }
        // A hint of several parts at the end of a longer name, in any spelling:
        // `billing_postal_code`, `ShipPostalCode`, `home_phone_number`.
        for k in 1..parts.len().saturating_sub(1) {
            let tail = &parts[k..];
            for joined in [tail.join("_"), tail.concat()] {
                if let Some(c) = self.ascii.get(&joined) {
                    add(c);
                }
            }
        }
        for (name, cat) in &self.cjk {
            if last.contains(name.as_str()) {
                add(&[*cat]);
            }
        }
        // `companyName`, `product_name`, `shipName`: the name of a thing, not a person's.
        if parts.len() >= 2 && parts.iter().any(|p| THINGS.contains(&singular(p))) {
            out.retain(|c| *c != Category::PersonName);
        }
        // `billingaddress`, `shipstreet`: an address written as one word with what it is for.
        let compound = ["address", "addr", "street"]
            .iter()
            .find_map(|w| lower.strip_suffix(w).filter(|p| p.len() >= 3 && p.is_ascii()));
        if let Some(prefix) = compound {
            if !out.contains(&Category::Address) && !NOT_POSTAL.contains(&prefix) {
                out.push(Category::Address);
            }
        }
        // `ip_address`, `mac_address`, `email_address`: an address, but no postal one.
        if parts.iter().any(|p| NOT_POSTAL.contains(&p.as_str())) {
            out.retain(|c| *c != Category::Address);
        }
        out
    }
}

/// Words that, in a column name (`companyName`) or a table name (`shippers`, `media_type`),
/// say its `name` is the name of a thing rather than of a person. Artists are not among
/// them: a performer is often a person, so an artist's `name` is read as a column of names.
const THINGS: &[&str] = &[
    "track",
    "genre",
    "album",
    "playlist",
    "region",
    "brand",
    "product",
    "category",
    "company",
    "shipper",
    "supplier",
    "shop",
    "store",
    "department",
    "dept",
    "media",
    "ship",
    "city",
    "country",
    "province",
    "district",
    "territory",
    "file",
    "host",
    "project",
    "role",
    "menu",
    "tag",
    "org",
    "organization",
    "organisation",
    "corp",
    "firm",
    "item",
    "goods",
    "sku",
    "channel",
    "group",
    "team",
    "course",
    "school",
    "bank",
];

/// Words that, beside `address` or `addr` in a column name, say the address is not a
/// postal one (`ip_address`, `macAddr`, `email_address`, `wallet_address`).
const NOT_POSTAL: &[&str] = &[
    "ip",
    "ipv4",
    "ipv6",
    "mac",
    "hw",
    "ether",
    "email",
    "mail",
    "e",
    "wallet",
    "contract",
    "btc",
    "eth",
    "web",
    "url",
    "uri",
    "server",
    "host",
    "remote",
    "local",
    "bind",
    "listen",
    "proxy",
    "gateway",
    "broadcast",
    "memory",
    "mem",
    "base",
    "net",
    "network",
    "node",
    "peer",
    "socket",
    "sock",
    "bus",
];

/// `shippers` -> `shipper`, `categories` -> `category`: a plural's singular, roughly.
fn singular(word: &str) -> &str {
    if let Some(stem) = word.strip_suffix("ies") {
        // Only `categories`, `territories`, `companies`: matched with their `y` form.
        return match stem {
            "categor" => "category",
            "territor" => "territory",
            "compan" => "company",
            "countr" => "country",
            "citi" | "cit" => "city",
            _ => word,
        };
    }
    word.strip_suffix('s').filter(|s| s.len() >= 3).unwrap_or(word)
}

/// Whether a table (or a JSON key path's parent, `customers[]`) holds things rather than
/// people, so that a plain `name` column in it is no person's name (`genre.name`,
/// `shippers.name`, `media_type.name`).
pub fn thing_table(table: &str) -> bool {
    let last = table.rsplit(['.', '[', ']', '/']).find(|p| !p.is_empty()).unwrap_or(table);
    let parts = split_parts(last);
    // `mediatype`, `playlisttrack`: a name written as one word starts with its thing.
    let lower = last.to_ascii_lowercase();
    parts.iter().any(|p| THINGS.contains(&singular(p)))
        || THINGS.iter().any(|t| t.len() >= 5 && lower.starts_with(t))
}

/// Whether a column is named for one part of a person's name (`firstname`, `last_name`,
/// `surname`, `nickname`): its values are single words (`Luís`, `MARY`, `O'Brien`).
pub fn name_part(column: &str) -> bool {
    let last = column.rsplit(['.', '[', ']']).find(|p| !p.is_empty()).unwrap_or(column);
    let joined: String = split_parts(last).concat();
    matches!(
        joined.as_str(),
        "firstname"
            | "lastname"
            | "givenname"
            | "forename"
            | "surname"
            | "middlename"
            | "nickname"
            | "familyname"
    )
}

/// A phone number as written in a phone or fax column, in any national form: 7 to 15
/// digits in groups, with or without a `+` country code (`030-0074321`, `(171) 555-2222`,
/// `88.60.15.31`).
pub fn national_phone(text: &str) -> bool {
    let t = text.trim();
    let rest = t.strip_prefix('+').unwrap_or(t);
    let mut digits = 0usize;
    for b in rest.bytes() {
        match b {
            b'0'..=b'9' => digits += 1,
            b' ' | b'-' | b'.' | b'(' | b')' | b'/' => {}
            _ => return false,
        }
    }
    (7..=15).contains(&digits) && rest.starts_with(|c: char| c.is_ascii_digit() || c == '(')
}

/// One name word: a capital (or all capitals) Latin word of 2 to 30 letters, possibly
/// joined by `-` or `'` (`Luís`, `MARY`, `Jean-Paul`, `O'Brien`).
pub fn name_word(text: &str) -> bool {
    let n = text.chars().count();
    if !(2..=30).contains(&n) {
        return false;
    }
    let mut prev_letter = true;
    let mut chars = text.chars();
    if !chars.next().is_some_and(|c| c.is_alphabetic() && c.is_uppercase()) {
        return false;
    }
    for c in chars {
        if c.is_alphabetic() {
            prev_letter = true;
        } else if (c == '-' || c == '\'') && prev_letter {
            prev_letter = false;
        } else {
            return false;
        }
    }
    prev_letter && !text.chars().any(|c| ('\u{3000}'..).contains(&c))
}

/// The parts of a name split at `_`, `-`, spaces and lower-to-upper case changes,
/// lower-cased (`customerName` -> `customer`, `name`).
fn split_parts(name: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for ch in name.chars() {
        if ch == '_' || ch == '-' || ch == ' ' {
            if !cur.is_empty() {
                parts.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if ch.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
            parts.push(std::mem::take(&mut cur));
        }
        prev_lower = ch.is_ascii_lowercase();
        cur.push(ch.to_ascii_lowercase());
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    parts
}

/// Whether a category is reported only behind a label (so a hinted column's plain values
/// are checked as such).
pub fn label_only(category: Category) -> bool {
    matches!(
        category,
        Category::PersonName
            | Category::Address
            | Category::PostalCode
            | Category::DateOfBirth
            | Category::Biometric
    )
}

/// Whether the plain value `content` of a column hinted for `category` looks like one.
/// `content` is the cell without its surrounding quotes.
pub fn plausible(category: Category, content: &[u8], env: &Env) -> bool {
    let text = match std::str::from_utf8(content) {
        Ok(t) => t.trim(),
        Err(_) => return category == Category::Biometric && content.len() >= 64,
    };
    match category {
        Category::PersonName => {
            cn_name::validate(text.as_bytes(), env) || latin_name(text) || name_list(text)
        }
        Category::DateOfBirth => {
            // A date written whole (`October 25, 2000`), or a DATE or DATETIME column's
            // date part.
            let date_part = text.split([' ', 'T']).next().unwrap_or(text);
            date::validate_birth_date(text.as_bytes(), env)
                || date::validate_birth_date(date_part.as_bytes(), env)
        }
        Category::Address => address(text) || street_part(text),
        Category::PostalCode => postal_code(text),
        Category::Biometric => biometric(text),
        Category::PhoneIntl => national_phone(text),
        _ => false,
    }
}

/// A postal code as a postal-code column holds it, in the shapes the post offices use:
/// digits with at most one inner space or dash (`100080`, `05432-043`, `S-958 22`
/// after its country letter, `12209`, `1010`), or letters and digits mixed in one or two
/// groups (`WA1 1DP`, `T2F 8M4`, `SW1A 1AA`). 3 to 10 characters with at least two
/// digits; a word, a date or a phone number is none.
fn postal_code(text: &str) -> bool {
    let text = text
        .strip_prefix(|c: char| c.is_ascii_uppercase())
        .and_then(|t| t.strip_prefix('-'))
        .unwrap_or(text);
    let b = text.as_bytes();
    if !(3..=10).contains(&b.len()) || b.iter().filter(|c| c.is_ascii_digit()).count() < 2 {
        return false;
    }
    let seps = b.iter().filter(|&&c| c == b' ' || c == b'-').count();
    seps <= 1
        && !b.starts_with(b" ")
        && !b.ends_with(b" ")
        && !b.ends_with(b"-")
        && b.iter().all(|&c| c.is_ascii_digit() || c.is_ascii_uppercase() || c == b' ' || c == b'-')
}

/// Two or three capitalised Latin words (`Anna Schmidt`, `Wei Zhang`).
fn latin_name(text: &str) -> bool {
    let words: Vec<&str> = text.split(' ').collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(|c| c.is_ascii_uppercase())
                && w.len() >= 2
                && cs.all(|c| c.is_ascii_lowercase() || c == '\'' || c == '-')
        })
}

/// A list of names as a `composer` or `authors` column holds them (`Angus Young, Malcolm
/// Young, Brian Johnson`, `Jimmy Page/Robert Plant`, `F. Baltes, S. Kaufman & W.
/// Hoffman`): parts split at `,` `/` `&` `;` ` - ` and ` and `, at least two of them
/// names ([`full_name`]) and most of them.
fn name_list(text: &str) -> bool {
    let (mut parts, mut names) = (0usize, 0usize);
    for part in text.split([',', '/', '&', ';']).flat_map(|p| p.split(" - ")) {
        for p in part.split(" and ").map(str::trim).filter(|p| !p.is_empty()) {
            parts += 1;
            names += usize::from(full_name(p));
        }
    }
    names >= 2 && 2 * names >= parts
}

/// A Latin-script name of two to four words, each capitalised (accents, initials `F.`,
/// `-` and `'` allowed: `Zeu Góes`, `Jean-Luc O'Neil`), particles (`da`, `van`, `de la`)
/// inside: `Bira do Ponto`.
fn full_name(text: &str) -> bool {
    const PARTICLES: &[&str] =
        &["da", "de", "do", "dos", "das", "del", "der", "di", "la", "le", "van", "von"];
    let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    if !(2..=4).contains(&words.len()) {
        return false;
    }
    let last = words.len() - 1;
    words.iter().enumerate().all(|(i, w)| {
        if i > 0 && i < last && PARTICLES.contains(w) {
            return true;
        }
        let mut cs = w.chars();
        let first_ok = cs.next().is_some_and(|c| c.is_alphabetic() && c.is_uppercase());
        let rest: Vec<char> = cs.collect();
        let initial = rest.is_empty() || rest == ['.'];
        first_ok
            && (initial && i < last
                || rest.iter().all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '.'))
                    && rest.iter().any(|c| c.is_lowercase()))
    })
}

/// A Chinese address with an administrative or street part and a number, or a Western
/// one with a number and a street word.
fn address(text: &str) -> bool {
    // One pass over the characters: their number, a digit, and which of the Chinese
    // address parts (省 市 区 县 路 街 道 巷 号 镇 村, simplified or traditional) occur, a bit
    // each.
    let (mut chars, mut has_digit, mut cn_parts) = (0usize, false, 0u16);
    for c in text.chars() {
        chars += 1;
        let part = match c {
            '省' => 1,
            '市' => 1 << 1,
            '区' | '區' => 1 << 2,
            '县' | '縣' => 1 << 3,
            '路' => 1 << 4,
            '街' => 1 << 5,
            '道' => 1 << 6,
            '巷' => 1 << 7,
            '号' | '號' => 1 << 8,
            '镇' | '鎮' | '乡' | '鄉' => 1 << 9,
            '村' => 1 << 10,
            '0'..='9' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' =>
            {
                has_digit = true;
                0
            }
            _ => 0,
        };
        cn_parts |= part;
    }
    if !(6..=120).contains(&chars) {
        return false;
    }
    if cn_parts.count_ones() >= 2 && has_digit {
        return true;
    }
    let lower = text.to_ascii_lowercase();
    let street = [
        " street",
        " st",
        " road",
        " rd",
        " avenue",
        " ave",
        " lane",
        " ln",
        " way",
        " drive",
        " dr",
        " boulevard",
        " blvd",
        " court",
        " ct",
        " place",
        " pl",
        " parkway",
        " pkwy",
        " loop",
        " manor",
        " terrace",
        " circle",
        " highway",
        " hwy",
        " square",
        " trail",
        " crescent",
        " plaza",
        "strasse",
        "straße",
    ];
    has_digit && street.iter().any(|s| lower.contains(s))
}

/// Street words of many languages, whole words (`rue`, `Av.`, `Calle`, `Circus`): in a
/// column named for addresses, one of them makes a value a street part even without a
/// house number (`Rua da Panificadora`, `Fauntleroy Circus`).
const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "av",
    "avda",
    "avenida",
    "lane",
    "ln",
    "way",
    "drive",
    "dr",
    "boulevard",
    "blvd",
    "bd",
    "court",
    "ct",
    "place",
    "pl",
    "plaza",
    "parkway",
    "pkwy",
    "loop",
    "manor",
    "terrace",
    "circle",
    "circus",
    "highway",
    "hwy",
    "square",
    "sq",
    "trail",
    "crescent",
    "close",
    "gardens",
    "row",
    "walk",
    "alley",
    "broadway",
    "box",
    "rue",
    "chaussée",
    "allée",
    "quai",
    "impasse",
    "rua",
    "praça",
    "travessa",
    "estrada",
    "alameda",
    "calle",
    "carrera",
    "rambla",
    "paseo",
    "camino",
    "via",
    "viale",
    "strada",
    "piazza",
    "corso",
    "largo",
    "ul",
    "ulica",
    "straat",
    "gracht",
    "laan",
    "weg",
    "plein",
    "gate",
    "gata",
    "gatan",
    "vej",
    "vei",
    "veien",
    "katu",
    "tie",
    "krt",
    "utca",
];

/// Endings of street names written as one word (`Obere Str.`, `Tiergartenstraße`,
/// `Åkergatan`, `Walserweg`, `Porthaninkatu`).
const STREET_ENDINGS: &[&str] = &[
    "str", "straße", "strasse", "weg", "gasse", "allee", "platz", "ring", "damm", "gatan", "vägen",
    "gata", "vej", "veien", "vegen", "katu", "straat", "gracht", "laan", "vænget", "svej", "gade",
];

/// The street part of an address as written in a column named for addresses (`Obere
/// Str. 57`, `59 rue de l'Abbaye`, `Av. Brasil, 442`, `兴安路Y座`): the column name is
/// the label, so the value needs only a street's shape, not a city or a street type from
/// a short list. Chinese: a road word (路 街 道 巷 弄 胡同) with a building or door word
/// (号 座 栋 幢 楼 室 单元) or a number. Latin script: a word of at least three letters and
/// a house number (a token of at most six digits: `57`, `120bg`, `9/506`, `#8-35`) or a
/// street word ([`STREET_WORDS`], [`STREET_ENDINGS`]). Never a value with `@`, `://`,
/// `:` or `=`, a longer digit run (a phone number) or a long letter-digit token (a hash,
/// a wallet address).
pub fn street_part(text: &str) -> bool {
    let chars = text.chars().count();
    if !(4..=120).contains(&chars)
        || text.contains(['@', ':', '=', '<', '{', '\\'])
        || text.contains("：")
    {
        return false;
    }
    let (mut road, mut unit, mut digit) = (false, false, false);
    for c in text.chars() {
        match c {
            '路' | '街' | '道' | '巷' | '弄' => road = true,
            '号' | '號' | '座' | '栋' | '棟' | '幢' | '楼' | '樓' | '室' | '单' | '單' => {
                unit = true
            }
            '0'..='9' => digit = true,
            _ => {}
        }
    }
    if text.contains("胡同") {
        road = true;
    }
    if (road && (unit || digit)) || (unit && digit && !text.is_ascii()) {
        return true;
    }
    let (mut word, mut number, mut street) = (false, false, false);
    for token in text.split([' ', ',', '\t']).filter(|t| !t.is_empty()) {
        let digits = token.bytes().filter(u8::is_ascii_digit).count();
        let letters = token.chars().filter(|c| c.is_alphabetic()).count();
        if digits > 6 || (digits > 0 && letters > 0 && token.chars().count() > 8) {
            return false;
        }
        if digits > 0 {
            number = true;
            continue;
        }
        let lower = token.trim_end_matches('.').to_lowercase();
        if letters >= 3 {
            word = true;
        }
        if STREET_WORDS.contains(&lower.as_str())
            || (letters >= 5 && STREET_ENDINGS.iter().any(|e| lower.ends_with(e)))
        {
            street = true;
        }
    }
    word && (number || street)
}

/// A vector of at least 16 numbers (`[0.12, -0.3, ...]`, with or without brackets) or a
/// base64 or hex blob of at least 64 characters.
fn biometric(text: &str) -> bool {
    let inner = text.trim_start_matches('[').trim_end_matches(']');
    let mut parts = 0usize;
    let numbers = inner.split(',').all(|p| {
        parts += 1;
        float_syntax(p.trim().as_bytes())
    });
    if numbers && parts >= 16 {
        return true;
    }
    text.len() >= 64
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
}

/// Whether `s` is a number as `str::parse::<f64>` reads it (a sign; digits with at most
/// one point, at least one digit, an exponent; or `inf`, `infinity`, `nan` in any case),
/// checked without converting it. A face feature's vector holds hundreds of numbers per
/// cell, and converting each was most of a dump's column checks.
fn float_syntax(s: &[u8]) -> bool {
    let s = match s.first() {
        Some(b'+' | b'-') => &s[1..],
        _ => s,
    };
    if ["inf", "infinity", "nan"].iter().any(|w| s.eq_ignore_ascii_case(w.as_bytes())) {
        return true;
    }
    let digits = |s: &[u8]| s.iter().take_while(|b| b.is_ascii_digit()).count();
    let whole = digits(s);
    let mut i = whole;
    let mut any = whole > 0;
    if s.get(i) == Some(&b'.') {
        let fraction = digits(&s[i + 1..]);
        any |= fraction > 0;
        i += 1 + fraction;
    }
    if !any {
        return false;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exponent = digits(&s[i..]);
        if exponent == 0 {
            return false;
        }
        i += exponent;
    }
    i == s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hints() -> ColumnHints {
        ColumnHints::from_catalog(&Catalog::embedded())
    }

    #[test]
    fn names_match_by_part_and_cjk_containment() {
        let h = hints();
        assert!(h.categories("real_name").contains(&Category::PersonName));
        assert!(h.categories("customerName").contains(&Category::PersonName));
        assert!(h.categories("user.contacts[].phone").contains(&Category::CnMobile));
        assert!(h.categories("客户姓名").contains(&Category::PersonName));
        assert!(h.categories("id_card").contains(&Category::CnResidentId));
        // Chinook's PostgreSQL script and its other scripts: several parts at the end.
        for name in ["billing_postal_code", "BillingPostalCode", "ship_postal_code"] {
            assert_eq!(h.categories(name), [Category::PostalCode], "{name}");
        }
        assert!(h.categories("home_phone_number").contains(&Category::PhoneIntl));
        assert!(h.categories("code").is_empty());
        assert!(h.categories("username").is_empty(), "{:?}", h.categories("username"));
        assert!(h.categories("filename").is_empty());
        assert!(h.categories("created_at_ms").is_empty());
    }

    #[test]
    fn names_of_things_and_name_parts() {
        let h = hints();
        assert!(h.categories("nickname").contains(&Category::PersonName));
        assert!(h.categories("contactName").contains(&Category::PersonName));
        assert!(!h.categories("companyName").contains(&Category::PersonName));
        assert!(!h.categories("shipName").contains(&Category::PersonName));
        assert!(!h.categories("product_name").contains(&Category::PersonName));
        assert!(thing_table("genre") && thing_table("shippers") && thing_table("media_type"));
        assert!(thing_table("mediatype") && thing_table("playlisttrack"));
        assert!(thing_table("categories") && !thing_table("customer") && !thing_table("artist"));
        assert!(name_part("firstname") && name_part("LastName") && name_part("fields.surname"));
        assert!(!name_part("name") && !name_part("username"));
        for w in ["Luís", "MARY", "Jean-Paul", "O'Brien"] {
            assert!(name_word(w), "{w}");
        }
        for w in ["x", "admin", "Anna Schmidt", "R2D2", "-Jo", "张伟"] {
            assert!(!name_word(w), "{w}");
        }
        for p in ["030-0074321", "(171) 555-2222", "88.60.15.31", "+49 30 1234567"] {
            assert!(national_phone(p), "{p}");
        }
        for p in ["555-12", "2024-01-01T10:00", "n/a", "12345"] {
            assert!(!national_phone(p), "{p}");
        }
    }

    #[test]
    fn plain_values_by_shape() {
        let env = Env { today: jiff::civil::date(2026, 11, 24) };
        assert!(plausible(Category::PersonName, "张伟".as_bytes(), &env));
        assert!(plausible(Category::PersonName, b"Anna Schmidt", &env));
        assert!(!plausible(Category::PersonName, b"admin", &env));
        assert!(plausible(Category::DateOfBirth, b"1990-03-07", &env));
        assert!(plausible(Category::DateOfBirth, b"1990-03-07 00:00:00", &env));
        assert!(plausible(Category::DateOfBirth, b"19900307", &env));
        assert!(plausible(Category::DateOfBirth, b"March 7, 1990", &env));
        assert!(!plausible(Category::DateOfBirth, b"2099-01-01", &env));
        for code in
            ["100080", "05432-043", "S-958 22", "12209", "1010", "WA1 1DP", "T2F 8M4", "94105-1234"]
        {
            assert!(plausible(Category::PostalCode, code.as_bytes(), &env), "{code}");
        }
        for other in
            ["Berlin", "A", "2009-01-01", "+1 (780) 428-9482", "SW1A  1AA", "12 34 56", "x1"]
        {
            assert!(!plausible(Category::PostalCode, other.as_bytes(), &env), "{other}");
        }
        assert!(plausible(Category::Address, "北京市朝阳区建国路88号".as_bytes(), &env));
        assert!(plausible(Category::Address, b"221 Baker Street", &env));
        assert!(plausible(Category::Address, b"1600 Amphitheatre Parkway", &env));
        assert!(plausible(Category::Address, "臺北市大安區忠孝東路四段1號".as_bytes(), &env));
        assert!(!plausible(Category::Address, "见备注".as_bytes(), &env));
        let v: Vec<String> = (0..20).map(|i| format!("0.{i}")).collect();
        assert!(plausible(Category::Biometric, format!("[{}]", v.join(", ")).as_bytes(), &env));
        assert!(!plausible(Category::Biometric, b"[0.1, 0.2]", &env));
    }

    #[test]
    fn street_parts_in_address_columns() {
        // Chinook's and Northwind's street columns, and Faker zh_CN's street part.
        for s in [
            "Obere Str. 57",
            "59 rue de l'Abbaye",
            "Av. Brasil, 442",
            "Theodor-Heuss-Straße 34",
            "Ullevålsveien 14",
            "8, Rue Hanovre",
            "Lijnbaansgracht 120bg",
            "Klanova 9/506",
            "Carrera 22 con Ave. Carlos Soublette #8-35",
            "Fauntleroy Circus",
            "Rua da Panificadora",
            "P.O. Box 555",
            "Erzsébet krt. 58.",
            "兴安盟路z座",
            "孙街J座",
            "3号楼2单元501室",
        ] {
            assert!(street_part(s), "{s}");
        }
        for s in [
            "Berlin",
            "N/A",
            "见备注",
            "Sales Manager",
            "192.168.10.1",
            "fe80::1",
            "00:1a:2b:3c:4d:5e",
            "chen.dong@example.cn",
            "https://example.cn/a",
            "0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be",
            "Tel 13912345678",
            "2024-01-01",
            "key=value 12",
            "v1.2.3",
        ] {
            assert!(!street_part(s), "{s}");
        }
    }

    #[test]
    fn lists_of_names() {
        // Chinook's track.composer as its authors wrote it.
        for s in [
            "Angus Young, Malcolm Young, Brian Johnson",
            "Jimmy Page/Robert Plant",
            "F. Baltes, S. Kaufman, U. Dirkscneider & W. Hoffman",
            "Caetano Veloso - Waly Salomão",
            "Bino Farias/Da Gama/Lazão/Toni Garrido",
            "David Corrêa - Paulinho Carvalho - Carlos Sena - Bira do Ponto",
        ] {
            assert!(name_list(s), "{s}");
        }
        for s in [
            "Jerry Cantrell",
            "AC/DC",
            "Rock, Pop, Jazz",
            "Cornell, Commerford, Morello, Wilk",
            "Sales Report 2024, Q3 Review",
            "n/a, unknown",
        ] {
            assert!(!name_list(s), "{s}");
        }
    }

    #[test]
    fn columns_named_for_other_things() {
        let h = hints();
        for c in [
            "order_no",
            "orderNo",
            "trackingNumber",
            "terminal_id",
            "coupon_code",
            "sku",
            "app_version",
            "file_hash",
            "access_token",
            "user_agent",
            "订单号",
        ] {
            assert!(h.not_personal(c), "{c}");
        }
        for c in ["phone", "card_no", "order_date", "address", "name", "id_card", "手机号"] {
            assert!(!h.not_personal(c), "{c}");
        }
    }

    #[test]
    fn addresses_that_are_not_postal() {
        let h = hints();
        let postal = ["address", "billingaddress", "shipStreet", "detail_address", "home_addr"];
        for c in postal {
            assert!(h.categories(c).contains(&Category::Address), "{c}");
        }
        let other = ["ip_address", "macAddress", "email_address", "ipaddress", "remote_addr"];
        for c in other.into_iter().chain(["wallet_address", "emailaddress"]) {
            assert!(!h.categories(c).contains(&Category::Address), "{c}");
        }
        assert!(h.categories("email_address").contains(&Category::Email));
        assert!(h.categories("ip_address").contains(&Category::Ipv4));
    }

    #[test]
    fn address_parts_are_named_by_the_end_of_a_column_name() {
        let h = hints();
        use AddressPart::*;
        // mall's `ums_member_receive_address` and `oms_order`, Sakila's `address`,
        // Chinook's `Invoice`, Northwind's `orders` as JSON.
        let cases = [
            ("detail_address", Street, ""),
            ("receiver_detail_address", Street, "receiver"),
            ("receiver_post_code", PostalCode, "receiver"),
            ("region", Region, ""),
            ("address2", Street, ""),
            ("city_id", City, ""),
            ("province_name", Province, ""),
            ("BillingCity", City, "billing"),
            ("BillingPostalCode", PostalCode, "billing"),
            ("orders[].shipStreet", Street, "ship"),
            ("address_line_1", Street, ""),
            ("所在城市", City, ""),
            ("详细地址", Street, ""),
            ("收货人所在省份名称", Province, "收货人"),
            ("billingaddress", Street, "billing"),
            ("billingpostalcode", PostalCode, "billing"),
        ];
        for (name, part, prefix) in cases {
            assert_eq!(h.address_part(name), Some((part, prefix.to_string())), "{name}");
        }
        // A reference to an address is no street; addresses of machines are no parts.
        for name in ["address_id", "ip_address", "email_address", "remote_addr", "IP地址", "phone"]
        {
            assert_eq!(h.address_part(name), None, "{name}");
        }
    }

    #[test]
    fn float_syntax_is_the_standard_parsers() {
        for s in [
            "1",
            "-0.5",
            "+.5",
            "5.",
            "1e5",
            "1E-5",
            "2.5e+10",
            "inf",
            "-Infinity",
            "NaN",
            ".",
            "",
            "-",
            "e5",
            "1e",
            "1e+",
            "1.2.3",
            "0x10",
            "1_0",
            " 1",
            "1 ",
            "infinit",
            "nan1",
            "++1",
            "1e5.0",
            "١",
        ] {
            assert_eq!(float_syntax(s.as_bytes()), s.parse::<f64>().is_ok(), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn float_syntax_agrees_with_the_standard_parser(s in "[-+]?[0-9.eE+-]{0,8}|[-+]?(?i:inf|infinity|nan)[0-9a-z]?") {
            proptest::prop_assert_eq!(float_syntax(s.as_bytes()), s.parse::<f64>().is_ok());
        }
    }
}
