//! Deterministic sharding of a walk (`--shard K/N`): each of N machines scans the files
//! whose path relative to its root hashes to its shard, so that the N partial inventories
//! cover every file exactly once and `piiscan merge` combines them.
//!
//! Shard `K` (1-based, `1..=N`) owns a path when the first 8 bytes of the SHA-256 of its
//! root-relative path (components joined by `/`, the name's own bytes), read as a
//! big-endian number, are `K - 1` modulo `N`. The digest is a fixed function of the path:
//! no random key, no machine, working directory or absolute root enters it, so every
//! machine and every run agrees. It is never written anywhere; only the shard decision is
//! used. A root that is a file is keyed by its file name; a root folder itself by the
//! empty path.

use std::fmt;
use std::path::{Component, Path, PathBuf};
use std::str::FromStr;

use sha2::{Digest, Sha256};

/// One shard of N: `index` in `1..=count`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct Shard {
    /// This shard, 1-based.
    pub index: u32,
    /// How many shards there are.
    pub count: u32,
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl FromStr for Shard {
    type Err = String;

    /// `K/N` with `1 <= K <= N` (at most 1 000 000 shards).
    fn from_str(s: &str) -> Result<Shard, String> {
        let bad = || format!("`{s}` is not K/N with 1 <= K <= N (shards count from 1)");
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let index: u32 = k.trim().parse().map_err(|_| bad())?;
        let count: u32 = n.trim().parse().map_err(|_| bad())?;
        if index == 0 || index > count || count > 1_000_000 {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

impl Shard {
    /// The shard (1-based) that owns the root-relative path `rel`, of `count`.
    pub fn of(rel: &[u8], count: u32) -> u32 {
        let digest = Sha256::digest(rel);
        let h = u64::from_be_bytes(digest[..8].try_into().expect("8 bytes"));
        (h % u64::from(count)) as u32 + 1
    }

    /// Whether this shard owns `path`, reached from one of `roots` (the longest root it
    /// is under; see the module's documentation).
    pub fn owns(&self, path: &Path, roots: &[PathBuf]) -> bool {
        self.count == 1 || Shard::of(&relative_key(path, roots), self.count) == self.index
    }
}

/// The bytes `path` is sharded by: its components below the longest of `roots` it is
/// under, joined by `/`; for a root that is the path itself, its file name (a folder
/// root: empty).
pub fn relative_key(path: &Path, roots: &[PathBuf]) -> Vec<u8> {
    let path = crate::source::strip_dot(path);
    let root = roots
        .iter()
        .map(|r| if r == Path::new(".") { Path::new("") } else { crate::source::strip_dot(r) })
        .filter(|r| path.starts_with(r))
        .max_by_key(|r| r.as_os_str().len());
    let rel = match root {
        Some(r) if r == path => {
            return if path.is_dir() {
                Vec::new()
            } else {
                path.file_name()
                    .map(|n| crate::source::path_bytes(Path::new(n)).into_owned())
                    .unwrap_or_default()
            };
        }
        Some(r) => path.strip_prefix(r).unwrap_or(path),
        None => path,
    };
    let mut key = Vec::new();
    for c in rel.components() {
        if let Component::Normal(name) = c {
            if !key.is_empty() {
                key.push(b'/');
            }
            key.extend_from_slice(&crate::source::path_bytes(Path::new(name)));
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_one_based() {
        assert_eq!("3/16".parse::<Shard>(), Ok(Shard { index: 3, count: 16 }));
        assert_eq!("1/1".parse::<Shard>(), Ok(Shard { index: 1, count: 1 }));
        for bad in ["0/3", "4/3", "3", "a/b", "1/0", "-1/3", "1/2000000"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn keys_are_relative_to_the_root() {
        let roots = [PathBuf::from("/srv/share"), PathBuf::from("demo")];
        assert_eq!(relative_key(Path::new("/srv/share/a/b.csv"), &roots), b"a/b.csv");
        assert_eq!(relative_key(Path::new("demo/a/b.csv"), &roots), b"a/b.csv");
        assert_eq!(relative_key(Path::new("./x/y"), &[PathBuf::from(".")]), b"x/y");
        assert_eq!(relative_key(Path::new("x/y"), &[PathBuf::from("./x")]), b"y");
        // A file named as a root: by its name.
        assert_eq!(
            relative_key(Path::new("no/such/file.txt"), &[PathBuf::from("no/such/file.txt")]),
            b"file.txt"
        );
    }

    #[test]
    fn every_path_has_exactly_one_owner_and_shards_spread() {
        let roots = [PathBuf::from("root")];
        let mut per = [0u32; 4];
        for i in 0..4000 {
            let p = PathBuf::from(format!("root/dir{}/file{i}.txt", i % 7));
            let owners: Vec<u32> =
                (1..=4).filter(|&k| Shard { index: k, count: 4 }.owns(&p, &roots)).collect();
            assert_eq!(owners.len(), 1, "{}", p.display());
            per[owners[0] as usize - 1] += 1;
        }
        assert!(per.iter().all(|&n| (850..1150).contains(&n)), "{per:?}");
    }

    #[test]
    fn assignment_is_pinned() {
        // Computed apart (Python's hashlib: sha256, first 8 bytes big-endian, mod N, + 1):
        // a change here would move files between the shards of running deployments.
        assert_eq!(Shard::of(b"data/users.csv", 16), 9);
        assert_eq!(Shard::of(b"a/b.txt", 7), 1);
        assert_eq!(Shard::of(b"", 3), 2);
    }
}
