//! JSON and JSON Lines: the span of every scalar value, by key path.
//!
//! A key path names where a value sits: `phone`, `user.contacts[].phone`. Each top-level
//! value of a JSON Lines file is a row; in a JSON document whose top level is an array,
//! each element is a row (and the array itself adds nothing to the paths). Hand-written
//! because no JSON crate reports the byte offsets of values while streaming in bounded
//! memory: this scanner keeps only the stack of open containers and the current key.
//! Malformed input is recorded as a warning and scanning resumes at the next line.
//!
//! Paths are built incrementally: a path is its parent's index plus one key, looked up in
//! the parent's children, so that reading a key costs the key's length, not the path's,
//! and a path's text is made once. Keys are content: a key in which a detector finds a
//! value (an object keyed by e-mail addresses or phone numbers) becomes `*`, as does any
//! new key once the file has [`Limits::max_columns`](crate::extract::Limits) names; past
//! the depth limit, deeper values share the path at the limit with `.*` added.

use std::collections::HashMap;

use crate::extract::names::COLLAPSED;
use crate::extract::{Cell, Limits, Names, Parser, Warning};

/// Longest key kept (longer keys are cut).
const KEY_MAX: usize = 128;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Frame {
    /// An object at `path`; `key` is the path of the member being read, once its key is.
    Object { path: u32, key: Option<u32> },
    /// An array at `path`; elements are at `path[]` (or are rows, at the top).
    Array { path: u32, rows: bool },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lex {
    /// Between tokens.
    Between,
    /// Inside a string; `escaped` after a backslash; `key` when it is an object key.
    Str { escaped: bool, key: bool },
    /// Inside a number or a literal (`true`, `null`...).
    Bare,
    /// After an error: skip to the next newline.
    Resync,
}

/// The JSON cell finder.
#[derive(Clone)]
pub struct JsonParser {
    names: Names,
    table: u32,
    root: u32,
    stack: Vec<Frame>,
    lex: Lex,
    token_start: u64,
    key_buf: Vec<u8>,
    bare_null: bool,
    row: u64,
    /// Expecting an object key (after `{` or `,` in an object).
    want_key: bool,
    top_array_seen: bool,
    /// Bytes fed so far (where the input ends, at `finish`).
    fed: u64,
    /// Per path, the paths of its keys (by the key's bytes as written).
    children: HashMap<u32, HashMap<Box<[u8]>, u32>>,
    /// Nesting followed; deeper frames keep the collapsed path at this depth.
    max_depth: usize,
    /// The file was warned about nesting past `max_depth`.
    deep_warned: bool,
}

impl JsonParser {
    /// A parser for a file called `table`, with the default [`Limits`].
    pub fn new(table: &str) -> JsonParser {
        let limits = Limits::default();
        JsonParser::with_names(Names::with_limits(&limits), table, limits.max_json_depth)
    }

    /// A parser for a file called `table`, keeping its key paths in `names` and
    /// following nesting `max_depth` deep.
    pub fn with_names(mut names: Names, table: &str, max_depth: usize) -> JsonParser {
        let table = names.intern(table);
        let root = names.intern("$");
        JsonParser {
            names,
            table,
            root,
            stack: Vec::new(),
            lex: Lex::Between,
            token_start: 0,
            key_buf: Vec::new(),
            bare_null: false,
            row: 0,
            want_key: false,
            top_array_seen: false,
            fed: 0,
            children: HashMap::new(),
            max_depth: max_depth.max(1),
            deep_warned: false,
        }
    }

    /// The path a value starting now gets.
    fn value_path(&self) -> u32 {
        match self.stack.last() {
            None => self.root,
            Some(Frame::Object { key, path }) => key.unwrap_or(*path),
            Some(Frame::Array { path, rows: true }) => *path,
            Some(Frame::Array { path, .. }) => *path,
        }
    }

    /// A value starts at depth 0 (a JSON Lines record) or as an element of the top
    /// array: that is a new row.
    fn maybe_new_row(&mut self) {
        match self.stack.last() {
            None => self.row += 1,
            Some(Frame::Array { rows: true, .. }) if self.stack.len() == 1 => self.row += 1,
            _ => {}
        }
    }

    /// The path of key `key` (or `[]` for array elements, `*` for collapsed keys) under
    /// `parent`.
    fn child(&mut self, parent: u32, key: &[u8]) -> u32 {
        if let Some(&id) = self.children.get(&parent).and_then(|m| m.get(key)) {
            return id;
        }
        let text = String::from_utf8_lossy(key);
        let full = if parent == self.root {
            text.into_owned()
        } else {
            let sep = if key.starts_with(b"[") { "" } else { "." };
            format!("{}{sep}{text}", self.names.get(parent))
        };
        let id = if key == b"[]" || key == COLLAPSED.as_bytes() {
            self.names.intern(&full)
        } else {
            match self.names.checked(&full, key) {
                Some(id) => id,
                // A value as a key, or too many names: not kept, nor remembered.
                None => return self.child(parent, COLLAPSED.as_bytes()),
            }
        };
        self.children.entry(parent).or_default().insert(key.into(), id);
        id
    }

    fn open(&mut self, array: bool, at: u64, warnings: &mut Vec<Warning>) {
        // The array holding a document's rows is not itself a row.
        let top_rows = array && self.stack.is_empty() && !self.top_array_seen;
        if !top_rows {
            self.maybe_new_row();
        }
        let mut path = self.value_path();
        if self.stack.len() >= self.max_depth {
            // Too deep: keep counting brackets on one collapsed path.
            if self.stack.len() == self.max_depth {
                path = self.child(path, COLLAPSED.as_bytes());
                if !self.deep_warned {
                    self.deep_warned = true;
                    let reason = format!(
                        "nested deeper than {} levels: deeper values are attributed to the \
                         path at that depth followed by `*` (--max-json-depth)",
                        self.max_depth
                    );
                    warnings.push(Warning { offset: at, reason });
                }
            }
            self.stack.push(if array {
                Frame::Array { path, rows: false }
            } else {
                Frame::Object { path, key: None }
            });
            self.want_key = !array;
            return;
        }
        if array {
            let rows = self.stack.is_empty() && !self.top_array_seen;
            if rows {
                self.top_array_seen = true;
            }
            let path = if rows { self.root } else { self.child(path, b"[]") };
            self.stack.push(Frame::Array { path, rows });
        } else {
            self.stack.push(Frame::Object { path, key: None });
            self.want_key = true;
        }
    }

    fn close(&mut self, array: bool, at: u64, warnings: &mut Vec<Warning>) {
        match self.stack.pop() {
            Some(Frame::Array { .. }) if array => {}
            Some(Frame::Object { .. }) if !array => {}
            _ => self.error(at, "unbalanced brackets", warnings),
        }
        self.want_key = false;
    }

    fn error(&mut self, at: u64, reason: &str, warnings: &mut Vec<Warning>) {
        warnings.push(Warning { offset: at, reason: reason.to_string() });
        self.stack.clear();
        self.lex = Lex::Resync;
        self.want_key = false;
    }

    fn emit(&mut self, end: u64, non_empty: bool, cells: &mut Vec<Cell>) {
        let column = self.value_path();
        cells.push(Cell {
            start: self.token_start,
            end,
            table: self.table,
            column,
            row: self.row.max(1),
            non_empty,
        });
    }

    fn key_done(&mut self) {
        self.want_key = false;
        if self.stack.len() > self.max_depth {
            // Past the depth limit keys add nothing: values share the collapsed path.
            self.key_buf.clear();
            return;
        }
        if let Some(&Frame::Object { path, .. }) = self.stack.last() {
            let key = std::mem::take(&mut self.key_buf);
            let id = self.child(path, &key);
            self.key_buf = key;
            if let Some(Frame::Object { key, .. }) = self.stack.last_mut() {
                *key = Some(id);
            }
        }
        self.key_buf.clear();
    }
}

impl Parser for JsonParser {
    fn snapshot(&self) -> Option<Box<dyn Parser>> {
        Some(Box::new(self.clone()))
    }

    fn feed(
        &mut self,
        chunk: &[u8],
        base: u64,
        cells: &mut Vec<Cell>,
        warnings: &mut Vec<Warning>,
    ) {
        self.fed = base + chunk.len() as u64;
        let mut i = 0;
        while i < chunk.len() {
            let b = chunk[i];
            let at = base + i as u64;
            match self.lex {
                Lex::Resync => {
                    match memchr::memchr(b'\n', &chunk[i..]) {
                        Some(n) => {
                            i += n + 1;
                            self.lex = Lex::Between;
                        }
                        None => return,
                    }
                    continue;
                }
                Lex::Str { escaped, key } => {
                    // Jump to the next quote or backslash.
                    if escaped {
                        self.lex = Lex::Str { escaped: false, key };
                        if key && self.key_buf.len() < KEY_MAX {
                            self.key_buf.push(b);
                        }
                        i += 1;
                        continue;
                    }
                    match memchr::memchr2(b'"', b'\\', &chunk[i..]) {
                        None => {
                            if key {
                                let room = KEY_MAX.saturating_sub(self.key_buf.len());
                                self.key_buf
                                    .extend_from_slice(&chunk[i..chunk.len().min(i + room)]);
                            }
                            return;
                        }
                        Some(n) => {
                            if key {
                                let room = KEY_MAX.saturating_sub(self.key_buf.len());
                                self.key_buf.extend_from_slice(&chunk[i..i + n.min(room)]);
                            }
                            i += n;
                            if chunk[i] == b'\\' {
                                self.lex = Lex::Str { escaped: true, key };
                                if key && self.key_buf.len() < KEY_MAX {
                                    self.key_buf.push(b'\\');
                                }
                            } else {
                                self.lex = Lex::Between;
                                if key {
                                    self.key_done();
                                } else {
                                    let end = base + i as u64 + 1;
                                    let non_empty = end - self.token_start > 2;
                                    self.emit(end, non_empty, cells);
                                }
                            }
                            i += 1;
                        }
                    }
                    continue;
                }
                Lex::Bare => {
                    if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b'.') {
                        i += 1;
                        continue;
                    }
                    self.lex = Lex::Between;
                    let null = self.bare_null;
                    self.emit(at, !null, cells);
                    // Fall through to handle `b` as a structural byte.
                }
                Lex::Between => {}
            }
            match b {
                b' ' | b'\t' | b'\r' | b'\n' => {}
                b'"' => {
                    self.token_start = at;
                    if self.want_key {
                        self.lex = Lex::Str { escaped: false, key: true };
                    } else {
                        self.maybe_new_row();
                        self.lex = Lex::Str { escaped: false, key: false };
                    }
                }
                b'{' => self.open(false, at, warnings),
                b'[' => self.open(true, at, warnings),
                b'}' => self.close(false, at, warnings),
                b']' => self.close(true, at, warnings),
                b':' => {}
                b',' => {
                    if let Some(Frame::Object { key, .. }) = self.stack.last_mut() {
                        *key = None;
                        self.want_key = true;
                    }
                }
                b'-' | b'0'..=b'9' | b't' | b'f' | b'n' if !self.want_key => {
                    self.maybe_new_row();
                    self.token_start = at;
                    self.bare_null = b == b'n';
                    self.lex = Lex::Bare;
                }
                _ => self.error(at, "not JSON here", warnings),
            }
            i += 1;
        }
    }

    fn finish(&mut self, cells: &mut Vec<Cell>, warnings: &mut Vec<Warning>) {
        match self.lex {
            Lex::Bare => {
                let null = self.bare_null;
                // The value ran to the end of the input.
                let end = self.fed;
                self.emit(end, !null, cells);
                self.lex = Lex::Between;
            }
            Lex::Str { .. } => {
                warnings.push(Warning {
                    offset: self.token_start,
                    reason: "unterminated string".into(),
                });
            }
            _ => {}
        }
        if !self.stack.is_empty() {
            warnings.push(Warning {
                offset: self.token_start,
                reason: "unclosed object or array".into(),
            });
            self.stack.clear();
        }
    }

    fn names(&self) -> &Names {
        &self.names
    }

    fn settled(&self) -> u64 {
        match self.lex {
            Lex::Str { key: false, .. } | Lex::Bare => self.token_start,
            _ => self.fed,
        }
    }

    fn abandon(&mut self) {
        self.stack.clear();
        self.lex = Lex::Resync;
        self.want_key = false;
        self.key_buf.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str, step: usize) -> (Vec<(String, u64, String)>, Vec<Warning>) {
        let mut p = JsonParser::new("t");
        let bytes = text.as_bytes();
        let (cells, warnings) = crate::extract::feed_in_pieces(&mut p, bytes, step);
        let out = cells
            .iter()
            .map(|c| {
                let s = String::from_utf8_lossy(&bytes[c.start as usize..c.end as usize]);
                (p.names().get(c.column).to_string(), c.row, s.into_owned())
            })
            .collect();
        (out, warnings)
    }

    fn c(path: &str, row: u64, text: &str) -> (String, u64, String) {
        (path.to_string(), row, text.to_string())
    }

    #[test]
    fn json_lines_rows_and_key_paths() {
        let text = concat!(
            "{\"name\": \"张伟\", \"phone\": \"13912345678\", \"age\": 30}\n",
            "{\"user\": {\"contacts\": [{\"phone\": \"13987654321\"}, {\"phone\": null}]}, \"x\": \"a\\\"b\"}\n"
        );
        for step in [1, 2, 3, 7, 100] {
            let (got, w) = cells(text, step);
            assert!(w.is_empty(), "{w:?}");
            assert_eq!(
                got,
                vec![
                    c("name", 1, "\"张伟\""),
                    c("phone", 1, "\"13912345678\""),
                    c("age", 1, "30"),
                    c("user.contacts[].phone", 2, "\"13987654321\""),
                    c("user.contacts[].phone", 2, "null"),
                    c("x", 2, "\"a\\\"b\""),
                ],
                "step {step}"
            );
        }
    }

    #[test]
    fn a_top_level_array_is_a_list_of_rows() {
        let text = r#"[{"email": "a@b.cn", "tags": ["x", "y"]}, {"email": "c@d.cn"}]"#;
        let (got, _) = cells(text, 5);
        assert_eq!(
            got,
            vec![
                c("email", 1, "\"a@b.cn\""),
                c("tags[]", 1, "\"x\""),
                c("tags[]", 1, "\"y\""),
                c("email", 2, "\"c@d.cn\""),
            ]
        );
    }

    #[test]
    fn nesting_past_the_limit_collapses_once_with_a_warning() {
        let text = format!("{}1{}\n{{\"b\":2}}\n", "{\"a\":".repeat(500), "}".repeat(500));
        for step in [7, 4096] {
            let mut p = JsonParser::with_names(Names::default(), "t", 4);
            let (cells, w) = crate::extract::feed_in_pieces(&mut p, text.as_bytes(), step);
            let got: Vec<&str> = cells.iter().map(|c| &**p.names().get(c.column)).collect();
            assert_eq!(got, ["a.a.a.a.*", "b"]);
            assert_eq!(w.len(), 1, "{w:?}");
            assert_eq!(w[0].offset, 20);
            assert!(p.names().len() < 10);
        }
    }

    #[test]
    fn bad_lines_are_warned_and_skipped() {
        let text = "{\"a\": \"1\"}\n{\"b\": oops}\n{\"c\": \"3\"}\n";
        let (got, w) = cells(text, 4);
        assert_eq!(w.len(), 1);
        assert!(got.contains(&c("c", 3, "\"3\"")), "{got:?}");
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_any_split_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200), step in 1usize..20) {
            let mut p = JsonParser::new("t");
            let (cells, _) = crate::extract::feed_in_pieces(&mut p, &bytes, step);
            for c in &cells {
                proptest::prop_assert!(c.start <= c.end && c.end <= bytes.len() as u64);
            }
        }
    }
}
