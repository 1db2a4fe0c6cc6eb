//! TOML errors that say where, never what. The `toml` crate's own message quotes the
//! offending line and often the value (`invalid type: integer `13987654321``), and a
//! configuration or detector file holds allowed values and examples that are personal
//! data; so an error is reported as the file, the line and column, the key (its
//! name when it looks like one), and the parser's message with everything quoted from
//! the file left out.

use std::ops::Range;

use toml_edit::{Item, TableLike, Value};

/// `path:line:column: key `a.b`: message`, with no text taken from the file but the
/// names of keys.
pub fn describe(path: &str, text: &str, err: &toml::de::Error) -> String {
    let span = err.span();
    let keys = span.as_ref().map(|s| key_path(text, s.start)).unwrap_or_default();
    let mut out = path.to_string();
    if let Some(s) = &span {
        let (line, column) = line_column(text, s.start);
        out.push_str(&format!(":{line}:{column}"));
    }
    out.push(':');
    if !keys.is_empty() {
        let mut shown = String::new();
        for k in &keys {
            if k.starts_with('[') {
                shown.push_str(k); // an index, made here
                continue;
            }
            if !shown.is_empty() {
                shown.push('.');
            }
            shown.push_str(if is_name(k) { k } else { "…" });
        }
        out.push_str(&format!(" key `{shown}`:"));
    }
    let names: Vec<&str> = keys.iter().map(String::as_str).filter(|k| is_name(k)).collect();
    out.push(' ');
    out.push_str(&redact(err.message(), &names));
    out
}

/// The 1-based line and column (in characters) of byte `at`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

/// Whether a key may be named in a message: an ASCII identifier of at most 64
/// characters, as every key piiscan knows is. Anything else (digits first, spaces,
/// other scripts) could be a value typed as a key and is shown as `…`.
fn is_name(key: &str) -> bool {
    let mut chars = key.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && key.len() <= 64
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// `message` with every quoted piece (`` `...` `` or `"..."`) before the parser's
/// `expected ...` replaced by `` `…` ``, except the names in `keep`. What follows
/// `expected` is the schema's own words (`expected one of `low`, `medium``) and stays.
/// The message's lines are joined with `; `.
fn redact(message: &str, keep: &[&str]) -> String {
    let message = message.trim().replace('\n', "; ");
    let (head, tail) = match message.find("expected") {
        Some(i) => message.split_at(i),
        None => (message.as_str(), ""),
    };
    let mut out = String::with_capacity(message.len());
    let mut chars = head.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '`' && c != '"' {
            out.push(c);
            continue;
        }
        // Up to the closing quote; `"` pieces are Rust-escaped (`\"`). An unclosed
        // quote hides the rest.
        let mut end = None;
        let mut escaped = false;
        for (j, d) in chars.by_ref() {
            if c == '"' && d == '\\' && !escaped {
                escaped = true;
                continue;
            }
            if d == c && !escaped {
                end = Some(j);
                break;
            }
            escaped = false;
        }
        match end {
            Some(j) if keep.contains(&&head[i + 1..j]) => out.push_str(&head[i..=j]),
            Some(_) => out.push_str("`…`"),
            None => {
                out.push_str("`…`");
                return out;
            }
        }
    }
    out.push_str(tail);
    out
}

/// The keys leading to byte `at` (`["allow", "values", "[2]", "value"]`), when the text
/// is valid TOML (errors of meaning, such as a wrong type); empty for syntax errors.
fn key_path(text: &str, at: usize) -> Vec<String> {
    let Ok(doc) = toml_edit::ImDocument::parse(text) else { return Vec::new() };
    let mut path = Vec::new();
    in_table(doc.as_table(), at, &mut path);
    path
}

fn covers(span: Option<Range<usize>>, at: usize) -> bool {
    span.is_some_and(|s| s.contains(&at) || (s.is_empty() && s.start == at))
}

/// Pushes the path to `at` inside `table` (a table or an inline table); `false` when `at`
/// is not in it.
fn in_table(table: &dyn TableLike, at: usize, path: &mut Vec<String>) -> bool {
    for (name, _) in table.iter() {
        let Some((key, item)) = table.get_key_value(name) else { continue };
        path.push(name.to_string());
        if in_item(item, at, path) || covers(key.span(), at) {
            return true;
        }
        path.pop();
    }
    false
}

fn in_item(item: &Item, at: usize, path: &mut Vec<String>) -> bool {
    match item {
        Item::None => false,
        Item::Value(v) => in_value(v, at, path),
        Item::Table(t) => in_table(t, at, path) || covers(t.span(), at),
        Item::ArrayOfTables(a) => {
            for (i, t) in a.iter().enumerate() {
                path.push(format!("[{i}]"));
                if in_table(t, at, path) || covers(t.span(), at) {
                    return true;
                }
                path.pop();
            }
            false
        }
    }
}

fn in_value(value: &Value, at: usize, path: &mut Vec<String>) -> bool {
    match value {
        Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                path.push(format!("[{i}]"));
                if in_value(v, at, path) {
                    return true;
                }
                path.pop();
            }
            covers(a.span(), at)
        }
        Value::InlineTable(t) => in_table(t, at, path) || covers(t.span(), at),
        other => covers(other.span(), at),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Config {
        level: Option<Level>,
        #[serde(default)]
        allow: Vec<Entry>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Level {
        Low,
        High,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Entry {
        value: String,
    }

    fn error(text: &str) -> String {
        let e = toml::from_str::<Config>(text).unwrap_err();
        describe("c.toml", text, &e)
    }

    #[test]
    fn values_are_never_quoted() {
        let e = error("[[allow]]\nvalue = \"x\"\n[[allow]]\nvalue = 13987654321\n");
        assert!(e.starts_with("c.toml:4:9: key `allow[1].value`: invalid type"), "{e}");
        assert!(!e.contains("13987654321"), "{e}");
        let e = error("[[allow]]\nvalue = [\"13987654321\"]\n");
        assert!(!e.contains("13987654321") && e.contains("allow[0].value"), "{e}");
        let e = error("level = \"13987654321\"\n");
        assert!(!e.contains("13987654321") && e.contains("`low`"), "{e}");
        // A syntax error: where, and the parser's words, not the line.
        let e = error("[[allow]]\nvalue = \"13987654321\n");
        assert!(e.starts_with("c.toml:2:") && !e.contains("1398765"), "{e}");
        let e = error("[[allow]]\nvalue = \"a\\\"13987654321\" x\n");
        assert!(!e.contains("1398765"), "{e}");
    }

    #[test]
    fn key_names_are_kept_and_value_like_keys_are_not() {
        let e = error("levle = \"low\"\n");
        assert!(e.contains("key `levle`") && e.contains("unknown field `levle`"), "{e}");
        let e = error("13987654321 = 1\n");
        assert!(!e.contains("1398765") && e.contains("key `…`"), "{e}");
    }

    #[test]
    fn positions_count_characters() {
        assert_eq!(line_column("a\n电话 = x", 11), (2, 6));
        assert_eq!(line_column("", 0), (1, 1));
    }
}
