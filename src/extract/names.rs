//! Interned table and column names: a cell carries two small indexes instead of two
//! strings, and each name is stored once per file.

use std::collections::HashMap;
use std::sync::Arc;

/// Names seen in one file, each with a stable index.
#[derive(Clone, Debug, Default)]
pub struct Names {
    list: Vec<Arc<str>>,
    index: HashMap<Arc<str>, u32>,
}

impl Names {
    /// The index of `name`, adding it if new.
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
}
