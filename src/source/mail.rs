//! Mail as a container: an `.eml` message or an mbox file becomes named parts, parsed
//! with `mail-parser` (full MIME: base64 and quoted-printable bodies, RFC 2047 encoded
//! words in headers, every charset `encoding_rs` knows).
//!
//! | part | what |
//! | --- | --- |
//! | `headers.txt` | one line per header, `Name: value`; encoded words (`=?GBK?B?...?=`) decoded, addresses as `name <address>` |
//! | `body.txt`, `body-2.txt`... | the text bodies, decoded to UTF-8; an HTML body with no text alternative as text |
//! | `attachments/NAME` | each attachment's decoded bytes under its own file name (`attachments/list.csv`), so it is read as that kind of file; a forwarded message as `attachments/NAME.eml` |
//!
//! An HTML alternative of a text body is not read again (it holds the same values). In
//! an mbox, message N's parts are under `message-N/`.
//!
//! Bounds: a message larger than [`Limits::max_message`] is not parsed (a warning; in an
//! mbox the next message is read), so what a message holds in memory, its decoded
//! bodies and attachments, is bounded by it; the mbox is split here, line by line in
//! bounded reads, because `mail-parser`'s own mbox reader holds a message of any size.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::io::{self, BufRead, Read};

use mail_parser::{Address, HeaderValue, Message, MessageParser, MimeHeaders, PartType};

use super::document::Part;

/// What one message may make the reader hold.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// The largest message parsed, in bytes.
    pub max_message: usize,
    /// Parts made from one message (bodies and attachments); the rest are not made.
    pub max_parts: usize,
}

impl Limits {
    /// Default of [`Limits::max_message`]: 64 MiB, above what mail servers accept.
    pub const MAX_MESSAGE: usize = 64 << 20;
    /// Default of [`Limits::max_parts`].
    pub const MAX_PARTS: usize = 1_000;
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { max_message: Limits::MAX_MESSAGE, max_parts: Limits::MAX_PARTS }
    }
}

/// Warnings about a message or mailbox, without quoting its content.
pub type Warnings = Vec<String>;

/// Whether a file extension (lower case, without the dot) names a message or a mailbox
/// read here: `Some(false)` for a message, `Some(true)` for an mbox.
pub fn is_mail_extension(extension: &str) -> Option<bool> {
    match extension {
        "eml" => Some(false),
        "mbox" | "mbx" => Some(true),
        _ => None,
    }
}

/// Reads one message (`raw`), handing each part to `emit` with `prefix` before its name;
/// reading stops when `emit` returns `false`.
pub fn message(
    raw: &[u8],
    prefix: &str,
    limits: &Limits,
    emit: &mut dyn FnMut(Part) -> bool,
) -> Warnings {
    let mut warnings = Vec::new();
    if raw.len() > limits.max_message {
        warnings.push(format!(
            "{prefix}message of {} bytes not read: larger than {} bytes (the message size limit)",
            raw.len(),
            limits.max_message
        ));
        return warnings;
    }
    let Some(msg) = MessageParser::default().parse(raw) else {
        warnings.push(format!("{prefix}not a readable message"));
        return warnings;
    };
    let mut parts = Parts { prefix, emit, made: 0, max: limits.max_parts, stopped: false };
    parts.push("headers.txt".into(), headers(&msg).into_bytes());
    for i in 0..msg.text_body_count() {
        if let Some(text) = msg.body_text(i) {
            let name = if i == 0 { "body.txt".to_string() } else { format!("body-{}.txt", i + 1) };
            parts.push(name, text.into_owned().into_bytes());
        }
    }
    let mut names = BTreeSet::new();
    for (i, part) in msg.attachments().enumerate() {
        if parts.stopped {
            break;
        }
        let (default_ext, bytes): (&str, Cow<'_, [u8]>) = match &part.body {
            PartType::Message(nested) => ("eml", Cow::Borrowed(nested.raw_message())),
            PartType::Text(t) => ("txt", Cow::Borrowed(t.as_bytes())),
            PartType::Html(h) => ("html", Cow::Borrowed(h.as_bytes())),
            PartType::Binary(b) | PartType::InlineBinary(b) => ("bin", Cow::Borrowed(&b[..])),
            PartType::Multipart(_) => continue,
        };
        let name = attachment_name(part.attachment_name(), i + 1, default_ext, &mut names);
        parts.push(format!("attachments/{name}"), bytes.into_owned());
    }
    if parts.made > parts.max {
        let n = parts.made;
        warnings.push(format!(
            "{prefix}{n} parts: those past {} are not read (the part limit)",
            limits.max_parts
        ));
    }
    warnings
}

/// Hands out one message's parts under the part limit.
struct Parts<'a> {
    prefix: &'a str,
    emit: &'a mut dyn FnMut(Part) -> bool,
    made: usize,
    max: usize,
    /// `emit` asked to stop.
    stopped: bool,
}

impl Parts<'_> {
    fn push(&mut self, name: String, bytes: Vec<u8>) {
        self.made += 1;
        if self.made <= self.max && !bytes.is_empty() && !self.stopped {
            self.stopped = !(self.emit)(Part { name: format!("{}{name}", self.prefix), bytes });
        }
    }
}

/// An attachment's name as a part name: the last component of the name it was sent
/// with (no folders, no control characters), or `part-N.EXT`; made unique in the message.
fn attachment_name(
    given: Option<&str>,
    n: usize,
    default_ext: &str,
    taken: &mut BTreeSet<String>,
) -> String {
    let clean: String = given
        .map(|g| g.rsplit(['/', '\\']).next().unwrap_or(""))
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    let base = match clean.trim() {
        "" | "." | ".." => format!("part-{n}.{default_ext}"),
        c => c.to_string(),
    };
    let mut name = base.clone();
    let mut k = 2;
    while !taken.insert(name.clone()) {
        name = match base.rsplit_once('.') {
            Some((stem, ext)) if !stem.is_empty() => format!("{stem}-{k}.{ext}"),
            _ => format!("{base}-{k}"),
        };
        k += 1;
    }
    name
}

/// The message's headers, one per line, decoded.
fn headers(msg: &Message<'_>) -> String {
    let raw = msg.raw_message();
    let mut out = String::new();
    for h in msg.headers() {
        let start = (h.offset_start as usize).min(raw.len());
        let end = (h.offset_end as usize).clamp(start, raw.len());
        let raw_value = String::from_utf8_lossy(&raw[start..end]);
        let encoded = raw_value.contains("=?");
        let value = match &h.value {
            HeaderValue::Address(a) if encoded => addresses(a),
            HeaderValue::Text(t) if encoded => t.to_string(),
            HeaderValue::TextList(l) if encoded => l.join(", "),
            // Everything else as it was written, unfolded: message ids keep their
            // brackets, dates and Received lines their form.
            _ => raw_value.split_whitespace().collect::<Vec<_>>().join(" "),
        };
        out.push_str(h.name());
        out.push_str(": ");
        out.extend(value.chars().map(|c| if c.is_control() { ' ' } else { c }));
        out.push('\n');
    }
    out
}

/// Addresses as `name <address>`, separated by `, `.
fn addresses(a: &Address<'_>) -> String {
    let one = |addr: &mail_parser::Addr<'_>| match (&addr.name, &addr.address) {
        (Some(n), Some(a)) => format!("{n} <{a}>"),
        (Some(n), None) => n.to_string(),
        (None, Some(a)) => a.to_string(),
        (None, None) => String::new(),
    };
    match a {
        Address::List(list) => list.iter().map(one).collect::<Vec<_>>().join(", "),
        Address::Group(groups) => groups
            .iter()
            .map(|g| {
                let members = g.addresses.iter().map(one).collect::<Vec<_>>().join(", ");
                format!("{}: {members};", g.name.as_deref().unwrap_or(""))
            })
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// Reads an mbox: each message's parts under `message-N/` (N from 1), a message past the
/// size limit skipped with a warning. A read error ends the mailbox (what was read is
/// kept).
pub fn mbox<R: BufRead>(
    mut input: R,
    limits: &Limits,
    emit: &mut dyn FnMut(Part) -> bool,
) -> io::Result<Warnings> {
    let mut warnings = Vec::new();
    // `emit` asked to stop: no more messages are read.
    let stopped = std::cell::Cell::new(false);
    let mut emit = |p: Part| {
        stopped.set(!emit(p));
        !stopped.get()
    };
    let mut msg: Vec<u8> = Vec::new();
    let mut too_large = false;
    let mut count = 0usize;
    let mut line = Vec::new();
    // Whether the next read starts a line, and whether the line before was empty.
    let mut line_start = true;
    let mut after_blank = true;
    let mut finish =
        |msg: &mut Vec<u8>, too_large: &mut bool, count: usize, warnings: &mut Warnings| {
            if count == 0 {
                // Bytes before the first separator: not a message.
                msg.clear();
                return;
            }
            let prefix = format!("message-{count}/");
            if *too_large {
                warnings.push(format!(
                    "{prefix}message not read: larger than {} bytes (the message size limit)",
                    limits.max_message
                ));
            } else {
                warnings.extend(message(msg, &prefix, limits, &mut emit));
            }
            msg.clear();
            *too_large = false;
        };
    while !stopped.get() {
        line.clear();
        // One line at a time, but never more than the message limit in one read.
        let budget = (limits.max_message as u64).saturating_add(1);
        let n = (&mut input).take(budget).read_until(b'\n', &mut line)?;
        if n == 0 {
            break;
        }
        let separator = line_start && after_blank && line.starts_with(b"From ");
        let complete = line.ends_with(b"\n");
        if separator {
            finish(&mut msg, &mut too_large, count, &mut warnings);
            count += 1;
        } else if !too_large {
            if msg.len() + line.len() > limits.max_message {
                too_large = true;
                msg = Vec::new();
            } else {
                msg.extend_from_slice(&line);
            }
        }
        if line_start {
            after_blank = line == b"\n" || line == b"\r\n";
        }
        line_start = complete;
        if !complete {
            after_blank = false;
        }
    }
    finish(&mut msg, &mut too_large, count, &mut warnings);
    Ok(warnings)
}

/// Reads a whole `.eml` file of at most [`Limits::max_message`] bytes and its parts.
pub fn eml<R: Read>(
    input: R,
    limits: &Limits,
    emit: &mut dyn FnMut(Part) -> bool,
) -> io::Result<Warnings> {
    let mut raw = Vec::new();
    input.take(limits.max_message as u64 + 1).read_to_end(&mut raw)?;
    if raw.len() > limits.max_message {
        return Ok(vec![format!(
            "message not read: larger than {} bytes (the message size limit)",
            limits.max_message
        )]);
    }
    Ok(message(&raw, "", limits, emit))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts_of(raw: &[u8], limits: &Limits) -> (Vec<(String, String)>, Warnings) {
        let mut parts = Vec::new();
        let w = message(raw, "", limits, &mut |p| {
            parts.push((p.name, String::from_utf8_lossy(&p.bytes).into_owned()));
            true
        });
        (parts, w)
    }

    #[test]
    fn encoded_words_and_transfer_encodings_are_decoded() {
        let raw = b"From: =?UTF-8?Q?=E5=BC=A0=E4=BC=9F?= <zw@corp-mail.cn>\r\n\
Subject: =?GBK?B?1LG5pMP7taUgMTU5MTAyOTM4NDc=?=\r\n\
Message-ID: <a.1@corp-mail.cn>\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n\
--b\r\nContent-Type: text/plain; charset=gbk\r\nContent-Transfer-Encoding: base64\r\n\r\n\
wfXR88T6usOjrMfr0K+0+Mntt93WpNStvP6xqLW9o6zBqs+1tee7sCAxODkxMDAyOTM4NKGjCg==\r\n\
--b\r\nContent-Type: text/csv; charset=utf-8\r\n\
Content-Disposition: attachment; filename=\"../../etc/list.csv\"\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\r\n\
=E5=A7=93=E5=90=8D,tel\r\na,1391234=\r\n5678\r\n\
--b--\r\n";
        let (parts, warnings) = parts_of(raw, &Limits::default());
        assert!(warnings.is_empty(), "{warnings:?}");
        let names: Vec<&str> = parts.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(names, ["headers.txt", "body.txt", "attachments/list.csv"]);
        assert!(parts[0].1.contains("From: 张伟 <zw@corp-mail.cn>\n"), "{}", parts[0].1);
        assert!(parts[0].1.contains("Subject: 员工名单 15910293847\n"), "{}", parts[0].1);
        assert!(parts[0].1.contains("Message-ID: <a.1@corp-mail.cn>\n"), "{}", parts[0].1);
        assert!(parts[1].1.contains("18910029384"), "{}", parts[1].1);
        assert!(parts[1].1.starts_with("刘洋您好"), "{}", parts[1].1);
        // The line break before a boundary belongs to the boundary.
        assert_eq!(parts[2].1, "姓名,tel\r\na,13912345678");
    }

    #[test]
    fn a_message_over_the_limit_is_a_warning() {
        let limits = Limits { max_message: 10, ..Limits::default() };
        let (parts, warnings) = parts_of(b"Subject: hello there\r\n\r\nbody\r\n", &limits);
        assert!(parts.is_empty());
        assert!(warnings[0].contains("larger than 10 bytes"), "{warnings:?}");
    }

    #[test]
    fn attachment_names_are_last_components_and_unique() {
        let mut taken = BTreeSet::new();
        assert_eq!(attachment_name(Some("a/b\\c.csv"), 1, "bin", &mut taken), "c.csv");
        assert_eq!(attachment_name(Some("c.csv"), 2, "bin", &mut taken), "c-2.csv");
        assert_eq!(attachment_name(Some(".."), 3, "bin", &mut taken), "part-3.bin");
        assert_eq!(attachment_name(None, 4, "eml", &mut taken), "part-4.eml");
    }

    #[test]
    fn mbox_messages_are_split_and_an_oversized_one_is_skipped() {
        let input = b"From a@b Thu Jan  1 00:00:00 2026\n\
Subject: one\n\nfirst 13912345678\nFrom inside a line is not a separator\n\n\
From a@b Thu Jan  1 00:00:00 2026\nSubject: two\n\n\
xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\n\
From a@b Thu Jan  1 00:00:00 2026\nSubject: three\n\nthird\n";
        let limits = Limits { max_message: 80, ..Limits::default() };
        let mut parts = Vec::new();
        let warnings = mbox(&input[..], &limits, &mut |p: Part| {
            parts.push((p.name, p.bytes));
            true
        })
        .unwrap();
        let names: Vec<&str> = parts.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "message-1/headers.txt",
                "message-1/body.txt",
                "message-3/headers.txt",
                "message-3/body.txt"
            ]
        );
        assert!(String::from_utf8_lossy(&parts[1].1).contains("From inside a line"));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].starts_with("message-2/message not read"), "{warnings:?}");
    }

    /// The parts of a fixture written by Python's `email` package
    /// (`scripts/make-document-fixtures.sh`).
    fn fixture(name: &str) -> Vec<(String, String)> {
        let path = format!("{}/tests/data/mail/{name}", env!("CARGO_MANIFEST_DIR"));
        let file = io::BufReader::new(std::fs::File::open(path).unwrap());
        let mut parts = Vec::new();
        let mut push = |p: Part| {
            parts.push((p.name, String::from_utf8(p.bytes).unwrap()));
            true
        };
        let warnings = if name.ends_with(".mbox") {
            mbox(file, &Limits::default(), &mut push)
        } else {
            eml(file, &Limits::default(), &mut push)
        };
        assert_eq!(warnings.unwrap(), Vec::<String>::new());
        parts
    }

    #[test]
    fn fixtures_give_decoded_headers_bodies_and_attachments() {
        let notice = fixture("notice.eml");
        let names: Vec<&str> = notice.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(names, ["headers.txt", "body.txt", "attachments/list.csv"]);
        assert!(notice[0].1.contains("From: 张伟 <zhang.wei@hr-mail.cn>\n"));
        assert!(notice[0].1.contains("Subject: 员工名单 15910293847\n"));
        // The quoted-printable body breaks the ID number over two lines in the file.
        assert!(notice[1].1.contains("身份证号：110108199005206458，电话 15910293847。"));
        assert!(notice[2]
            .1
            .starts_with("姓名,手机,身份证号\r\n王建国,13912347765,110105198003142311\r\n"));
        let gbk = fixture("gbk.eml");
        assert!(gbk[0].1.contains("To: 刘洋 <liu.yang@corp-finance.cn>\nSubject: 入职通知\n"));
        assert_eq!(gbk[1].1, "刘洋您好，请携带身份证原件报到，联系电话 18910029384。\n");
        let inbox = fixture("inbox.mbox");
        let names: Vec<&str> = inbox.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "message-1/headers.txt",
                "message-1/body.txt",
                "message-1/attachments/list.csv",
                "message-2/headers.txt",
                "message-2/body.txt"
            ]
        );
        assert_eq!(inbox[2].1, notice[2].1);
        assert_eq!(inbox[4].1, gbk[1].1);
    }
}
