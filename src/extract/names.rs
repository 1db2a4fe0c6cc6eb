//! Interned table and column names: a cell carries two small indexes instead of two
//! strings, and each name is stored once per file.
//!
//! Names come from the scanned content, so they are bounded like any other input: at
//! most [`Limits::max_columns`] names taken from the content are kept per file, and a
//! name in which a detector finds a value (a JSON object keyed by e-mail addresses, a
//! CSV file whose first row is data) is never kept, so that no output prints it.

use std::collections::HashMap;
use std::sync::Arc;

use crate::extract::Limits;

/// Says whether a name holds a value a detector finds (see [`Limits::names_hold_values`]).
pub type ValueTest = Arc<dyn Fn(&[u8]) -> bool + Send + Sync>;

/// The name that stands for names not kept.
pub const COLLAPSED: &str = "*";

/// Names seen in one file, each with a stable index.
#[derive(Clone, Default)]
pub struct Names {
    list: Vec<Arc<str>>,
    index: HashMap<Arc<str>, u32>,
    /// Names taken from content kept at most; 0: no limit.
    max: usize,
    test: Option<ValueTest>,
    /// Names not kept because they hold a value, and because there was no room.
    held_values: u64,
    no_room: u64,
}

impl std::fmt::Debug for Names {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Names").field("list", &self.list).field("max", &self.max).finish()
    }
}

impl Names {
    /// Names bounded by `limits` (`max_columns`, `names_hold_values`).
    pub fn with_limits(limits: &Limits) -> Names {
        Names {
            max: limits.max_columns,
            test: limits.names_hold_values.clone(),
            ..Names::default()
        }
    }

    /// Whether a name taken from the content, `part` (the key or column as written),
    /// may be kept: it holds no value a detector finds, and there is room for a new
    /// name.
    pub fn admits(&self, part: &[u8]) -> bool {
        let room = self.max == 0 || self.list.len() < self.max;
        room && !self.holds_value(part)
    }

    /// Whether a detector finds a value in `part`.
    pub fn holds_value(&self, part: &[u8]) -> bool {
        self.test.as_ref().is_some_and(|t| t(part))
    }

    /// The most names taken from content that are kept, if bounded.
    pub fn limit(&self) -> Option<usize> {
        (self.max > 0).then_some(self.max)
    }

    /// The index of `name`, a name taken from the content (`part`: the piece to test, the
    /// whole name or its last key), or `None` when it may not be kept ([`Names::admits`]).
    pub fn checked(&mut self, name: &str, part: &[u8]) -> Option<u32> {
        if let Some(&i) = self.index.get(name) {
            return Some(i);
        }
        if self.holds_value(part) {
            self.held_values += 1;
            return None;
        }
        if self.max > 0 && self.list.len() >= self.max {
            self.no_room += 1;
            return None;
        }
        Some(self.intern(name))
    }

    /// Counts a name not kept because it holds a value (a CSV header cell).
    pub fn refuse_value(&mut self) {
        self.held_values += 1;
    }

    /// Warnings about the names not kept, if any (for the file's `warnings`).
    pub fn warnings(&self) -> Vec<crate::extract::Warning> {
        let mut out = Vec::new();
        if self.held_values > 0 {
            let reason = format!(
                "{} names (keys, header cells) hold values a detector finds: they are shown \
                 as `*` or `col_N`, never as written",
                self.held_values
            );
            out.push(crate::extract::Warning { offset: 0, reason });
        }
        if self.no_room > 0 {
            let reason = format!(
                "more than {} distinct table and column names: {} later ones collapse to `*` \
                 or `col_N` (--max-columns)",
                self.max, self.no_room
            );
            out.push(crate::extract::Warning { offset: 0, reason });
        }
        out
    }

    /// The name of the `idx`-th (0-based) column when it has no name of its own:
    /// `col_N`, or [`COLLAPSED`] once the limit is reached.
    pub fn positional(&mut self, idx: usize) -> u32 {
        let name = format!("col_{}", idx + 1);
        match self.index.get(name.as_str()) {
            Some(&i) => i,
            None if self.max == 0 || self.list.len() < self.max => self.intern(&name),
            None => {
                self.no_room += 1;
                self.intern(COLLAPSED)
            }
        }
    }

    /// The index of `name`, adding it if new (for names the parser makes itself).
    pub fn intern(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.list.len() as u32;
        let arc: Arc<str> = Arc::from(name);
        self.list.push(Arc::clone(&arc));
        self.index.insert(arc, i);
        i
    }

    /// The name at `index`.
    pub fn get(&self, index: u32) -> &Arc<str> {
        &self.list[index as usize]
    }

    /// How many names there are.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_is_stable() {
        let mut n = Names::default();
        let a = n.intern("users");
        let b = n.intern("phone");
        assert_eq!(n.intern("users"), a);
        assert_ne!(a, b);
        assert_eq!(&**n.get(b), "phone");
        assert_eq!(n.len(), 2);
    }

    #[test]
    fn content_names_are_bounded_and_tested() {
        let test: ValueTest = Arc::new(|name: &[u8]| name.contains(&b'@'));
        let limits = Limits { max_columns: 3, names_hold_values: Some(test), ..Limits::default() };
        let mut n = Names::with_limits(&limits);
        n.intern("t");
        assert_eq!(n.checked("a@b.cn", b"a@b.cn"), None);
        let phone = n.checked("phone", b"phone").expect("room");
        assert_eq!(n.checked("phone", b"phone"), Some(phone));
        let first = n.positional(0);
        assert_eq!(&**n.get(first), "col_1");
        assert_eq!(n.checked("mail", b"mail"), None);
        let second = n.positional(1);
        assert_eq!(&**n.get(second), COLLAPSED);
    }
}
