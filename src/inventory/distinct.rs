//! Distinct counts without keeping values.
//!
//! A location counts the keyed 64-bit hashes of its values (the key is random per scan
//! and lives only in memory, see [`ValueKey::hash_of`]), never the values. Up to
//! [`EXACT_MAX`] hashes are kept and counted exactly; past that the set is folded into a
//! HyperLogLog sketch of 2^14 one-byte registers (16 KiB, standard error about 0.8 %), so
//! a location's memory is bounded however many values it holds. Sketches merge by taking
//! the larger register, so per-thread or per-file counts combine into exact-or-estimated
//! totals (a category over the whole scan).
//!
//! Written here rather than taken from a crate: the values are already hashed under the
//! scan's key, and the HyperLogLog crates hash items themselves (a second hash per value)
//! and keep their registers private; what is needed is 16 KiB of registers and Ertl's
//! estimator ("New cardinality estimation algorithms for HyperLogLog sketches", 2017),
//! which needs no empirical bias tables.
//!
//! A scan given `PIISCAN_DISTINCT_KEY` writes each location's count as a [`Sketch`] (the
//! exact set's hashes, or the registers), so that `piiscan merge` can combine the counts
//! of inventories scanned apart. Its hashes are then sealed under the secret
//! ([`ValueKey::from_secret`]): HMAC-SHA256, so that nothing written can be looked up
//! against a list of values without the secret.
//!
//! [`ValueKey::hash_of`]: crate::extract::join::ValueKey::hash_of
//! [`ValueKey::from_secret`]: crate::extract::join::ValueKey::from_secret

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

/// Hashes are counted exactly up to this many per location (about the memory of the
/// sketch), then estimated.
pub const EXACT_MAX: usize = 2_048;

/// Register index bits: 2^14 registers.
const P: u32 = 14;
const M: usize = 1 << P;
/// Bits left for the rank.
const Q: u32 = 64 - P;

/// The keyed hashes are already uniform: hashing them again would only cost time.
#[derive(Default)]
struct Identity(u64);

impl std::hash::Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type HashSet64 = HashSet<u64, BuildHasherDefault<Identity>>;

/// A distinct count: exact while small, a HyperLogLog sketch past [`EXACT_MAX`].
#[derive(Clone, Default)]
pub struct Distinct {
    exact: HashSet64,
    sketch: Option<Box<[u8; M]>>,
}

impl std::fmt::Debug for Distinct {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Distinct({}{})", self.count(), if self.is_exact() { "" } else { " est." })
    }
}

impl Distinct {
    /// Counts the keyed hash of one value.
    pub fn insert(&mut self, hash: u64) {
        match &mut self.sketch {
            Some(regs) => add(regs, hash),
            None => {
                self.exact.insert(hash);
                if self.exact.len() > EXACT_MAX {
                    self.fold();
                }
            }
        }
    }

    /// Moves the exact set into a sketch.
    fn fold(&mut self) {
        let mut regs = Box::new([0u8; M]);
        for &h in &self.exact {
            add(&mut regs, h);
        }
        self.exact = HashSet64::default();
        self.sketch = Some(regs);
    }

    /// Adds every value counted by `other`.
    pub fn merge(&mut self, other: &Distinct) {
        match (&mut self.sketch, &other.sketch) {
            (None, None) => {
                self.exact.extend(other.exact.iter().copied());
                if self.exact.len() > EXACT_MAX {
                    self.fold();
                }
            }
            (None, Some(_)) => {
                self.fold();
                self.merge(other);
            }
            (Some(regs), None) => other.exact.iter().for_each(|&h| add(regs, h)),
            (Some(regs), Some(theirs)) => {
                for (r, &t) in regs.iter_mut().zip(theirs.iter()) {
                    *r = (*r).max(t);
                }
            }
        }
    }

    /// What rebuilds this count ([`Distinct::from_parts`]): the keyed hashes counted
    /// exactly (sorted), or the sketch's registers. Only keyed hashes, never values.
    pub fn to_parts(&self) -> (Vec<u64>, Option<Vec<u8>>) {
        let mut exact: Vec<u64> = self.exact.iter().copied().collect();
        exact.sort_unstable();
        (exact, self.sketch.as_ref().map(|r| r.to_vec()))
    }

    /// The count [`Distinct::to_parts`] gave; `None` when the parts cannot be one
    /// (registers of another size, too many exact hashes, rank out of range).
    pub fn from_parts(exact: Vec<u64>, sketch: Option<Vec<u8>>) -> Option<Distinct> {
        let sketch = match sketch {
            None if exact.len() <= EXACT_MAX => None,
            None => return None,
            Some(regs) if exact.is_empty() && regs.iter().all(|&r| u32::from(r) <= Q + 1) => {
                Some(Box::new(<[u8; M]>::try_from(regs.as_slice()).ok()?))
            }
            Some(_) => return None,
        };
        Some(Distinct { exact: exact.into_iter().collect(), sketch })
    }

    /// Whether the count is exact (no more than [`EXACT_MAX`] values were seen).
    pub fn is_exact(&self) -> bool {
        self.sketch.is_none()
    }

    /// The number of distinct values: exact, or the sketch's estimate.
    pub fn count(&self) -> u64 {
        match &self.sketch {
            None => self.exact.len() as u64,
            Some(regs) => estimate(regs),
        }
    }
}

/// A [`Distinct`] as a document writes it: `exact`, the set's sealed 64-bit hashes
/// (little-endian, ascending); `hll`, the 2^14 one-byte registers; `hll_sparse`, the
/// registers that are not zero as 3-byte entries (index as 16 bits little-endian, then
/// the rank), ascending by index, when that is shorter. `data` is base64 (standard
/// alphabet, padded).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sketch {
    /// `exact`, `hll` or `hll_sparse`.
    pub kind: SketchKind,
    /// The hashes or registers, base64.
    pub data: String,
}

/// How a [`Sketch`] holds its count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SketchKind {
    /// Every sealed hash.
    Exact,
    /// Every register.
    Hll,
    /// The registers that are not zero.
    HllSparse,
}

/// The longest `data` a valid sketch has (a dense register array, base64).
const SKETCH_DATA_MAX: usize = M.div_ceil(3) * 4;

impl Distinct {
    /// The sketch a document writes.
    pub fn to_sketch(&self) -> Sketch {
        use base64::Engine as _;
        let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
        match &self.sketch {
            None => {
                let mut hashes: Vec<u64> = self.exact.iter().copied().collect();
                hashes.sort_unstable();
                let bytes: Vec<u8> = hashes.iter().flat_map(|h| h.to_le_bytes()).collect();
                Sketch { kind: SketchKind::Exact, data: b64(&bytes) }
            }
            Some(regs) => {
                let set = regs.iter().filter(|&&r| r != 0).count();
                if set * 3 < M {
                    let mut bytes = Vec::with_capacity(set * 3);
                    for (i, &r) in regs.iter().enumerate().filter(|(_, &r)| r != 0) {
                        bytes.extend_from_slice(&(i as u16).to_le_bytes());
                        bytes.push(r);
                    }
                    Sketch { kind: SketchKind::HllSparse, data: b64(&bytes) }
                } else {
                    Sketch { kind: SketchKind::Hll, data: b64(&regs[..]) }
                }
            }
        }
    }

    /// Reads a sketch back, checking every bound (a document is input like any other):
    /// at most [`EXACT_MAX`] hashes, 2^14 registers, ranks and indices in range.
    pub fn from_sketch(sketch: &Sketch) -> Result<Distinct, String> {
        use base64::Engine as _;
        if sketch.data.len() > SKETCH_DATA_MAX {
            return Err(format!(
                "a sketch of {} bytes (at most {SKETCH_DATA_MAX})",
                sketch.data.len()
            ));
        }
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(&sketch.data)
            .map_err(|_| "a sketch that is not base64".to_string())?;
        let mut d = Distinct::default();
        match sketch.kind {
            SketchKind::Exact => {
                if bytes.len() % 8 != 0 || bytes.len() / 8 > EXACT_MAX {
                    return Err(format!("an exact sketch of {} bytes", bytes.len()));
                }
                d.exact.extend(
                    bytes.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().expect("8"))),
                );
            }
            SketchKind::Hll => {
                let regs: Box<[u8; M]> = bytes
                    .into_boxed_slice()
                    .try_into()
                    .map_err(|b: Box<[u8]>| format!("{} registers, not {M}", b.len()))?;
                if regs.iter().any(|&r| u32::from(r) > Q + 1) {
                    return Err("a register out of range".into());
                }
                d.sketch = Some(regs);
            }
            SketchKind::HllSparse => {
                if bytes.len() % 3 != 0 {
                    return Err(format!("a sparse sketch of {} bytes", bytes.len()));
                }
                let mut regs = Box::new([0u8; M]);
                let mut last = None;
                for e in bytes.chunks_exact(3) {
                    let i = usize::from(u16::from_le_bytes([e[0], e[1]]));
                    if i >= M
                        || last.is_some_and(|l| l >= i)
                        || e[2] == 0
                        || u32::from(e[2]) > Q + 1
                    {
                        return Err("a sparse register out of range or order".into());
                    }
                    regs[i] = e[2];
                    last = Some(i);
                }
                d.sketch = Some(regs);
            }
        }
        Ok(d)
    }
}

fn add(regs: &mut [u8; M], hash: u64) {
    let index = (hash >> Q) as usize;
    let rest = hash << P;
    let rank = if rest == 0 { Q + 1 } else { (rest.leading_zeros() + 1).min(Q + 1) };
    let r = &mut regs[index];
    *r = (*r).max(rank as u8);
}

/// Ertl's improved raw estimator (section 3.3, algorithm 6 of the paper).
fn estimate(regs: &[u8; M]) -> u64 {
    let m = M as f64;
    let mut hist = [0u32; Q as usize + 2];
    for &r in regs.iter() {
        hist[r as usize] += 1;
    }
    let q = Q as usize;
    let mut z = m * tau(1.0 - f64::from(hist[q + 1]) / m);
    for k in (1..=q).rev() {
        z = 0.5 * (z + f64::from(hist[k]));
    }
    z += m * sigma(f64::from(hist[0]) / m);
    let alpha = 1.0 / (2.0 * std::f64::consts::LN_2);
    (alpha * m * m / z).round() as u64
}

fn sigma(mut x: f64) -> f64 {
    if x == 1.0 {
        return f64::INFINITY;
    }
    let (mut y, mut z) = (1.0, x);
    loop {
        x *= x;
        let before = z;
        z += x * y;
        y += y;
        if z == before {
            return z;
        }
    }
}

fn tau(mut x: f64) -> f64 {
    if x == 0.0 || x == 1.0 {
        return 0.0;
    }
    let (mut y, mut z) = (1.0, 1.0 - x);
    loop {
        x = x.sqrt();
        let before = z;
        y *= 0.5;
        z -= (1.0 - x).powi(2) * y;
        if z == before {
            return z / 3.0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn exact_while_small_repeats_not_counted() {
        let key = std::collections::hash_map::RandomState::new();
        let mut d = Distinct::default();
        for i in (0..500u64).chain(0..500) {
            d.insert(key.hash_one(i));
        }
        assert!(d.is_exact());
        assert_eq!(d.count(), 500);
    }

    #[test]
    fn estimates_within_a_few_percent_beyond_the_bound() {
        let key = std::collections::hash_map::RandomState::new();
        for n in [EXACT_MAX as u64 + 1, 50_000, 300_000, 2_000_000] {
            let mut d = Distinct::default();
            for i in 0..n {
                d.insert(key.hash_one(i));
                d.insert(key.hash_one(i)); // repeats change nothing
            }
            assert!(!d.is_exact());
            let err = (d.count() as f64 - n as f64).abs() / n as f64;
            assert!(err < 0.03, "n {n}: estimate {} (error {err:.4})", d.count());
        }
    }

    #[test]
    fn parts_rebuild_the_count_and_bad_parts_are_refused() {
        let key = std::collections::hash_map::RandomState::new();
        for n in [0u64, 5, 10_000] {
            let mut d = Distinct::default();
            (0..n).for_each(|i| d.insert(key.hash_one(i)));
            let (exact, sketch) = d.to_parts();
            let back = Distinct::from_parts(exact, sketch).unwrap();
            assert_eq!((back.count(), back.is_exact()), (d.count(), d.is_exact()));
            // Still counting: a value seen before adds nothing.
            let mut again = back.clone();
            again.insert(key.hash_one(0u64));
            assert_eq!(again.count(), d.count().max(1));
        }
        assert!(Distinct::from_parts(vec![], Some(vec![0; 10])).is_none());
        assert!(Distinct::from_parts(vec![], Some(vec![200; M])).is_none());
        assert!(Distinct::from_parts((0..=EXACT_MAX as u64).collect(), None).is_none());
    }

    #[test]
    fn merge_counts_the_union() {
        let key = std::collections::hash_map::RandomState::new();
        let mut small_a = Distinct::default();
        let mut small_b = Distinct::default();
        (0..300u64).for_each(|i| small_a.insert(key.hash_one(i)));
        (200..600u64).for_each(|i| small_b.insert(key.hash_one(i)));
        small_a.merge(&small_b);
        assert!(small_a.is_exact());
        assert_eq!(small_a.count(), 600);

        // Large with small, small with large, large with large: all estimate the union.
        let mut big_a = Distinct::default();
        let mut big_b = Distinct::default();
        (0..60_000u64).for_each(|i| big_a.insert(key.hash_one(i)));
        (40_000..100_000u64).for_each(|i| big_b.insert(key.hash_one(i)));
        let mut mixed = small_b.clone();
        mixed.merge(&big_a);
        let err = |d: &Distinct, n: f64| (d.count() as f64 - n).abs() / n;
        assert!(err(&mixed, 60_000.0) < 0.03, "{}", mixed.count());
        big_a.merge(&small_b);
        assert!(err(&big_a, 60_000.0) < 0.03);
        big_a.merge(&big_b);
        assert!(err(&big_a, 100_000.0) < 0.03, "{}", big_a.count());
        // Crossing the bound by merging two exact sets.
        let mut x = Distinct::default();
        let mut y = Distinct::default();
        (0..1_500u64).for_each(|i| x.insert(key.hash_one(i)));
        (1_500..3_000u64).for_each(|i| y.insert(key.hash_one(i)));
        x.merge(&y);
        assert!(!x.is_exact());
        assert!(err(&x, 3_000.0) < 0.03, "{}", x.count());
    }

    #[test]
    fn sketches_round_trip_and_merge_as_the_sets_do() {
        let key = std::collections::hash_map::RandomState::new();
        for n in [0u64, 5, EXACT_MAX as u64, 3_000, 200_000] {
            let mut d = Distinct::default();
            (0..n).for_each(|i| d.insert(key.hash_one(i)));
            let s = d.to_sketch();
            let back = Distinct::from_sketch(&s).unwrap();
            assert_eq!((back.count(), back.is_exact()), (d.count(), d.is_exact()), "n {n}");
            assert_eq!(back.to_sketch(), s);
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(serde_json::from_str::<Sketch>(&json).unwrap(), s);
        }
        let few = |r: std::ops::Range<u64>| {
            let mut d = Distinct::default();
            r.for_each(|i| d.insert(key.hash_one(i)));
            Distinct::from_sketch(&d.to_sketch()).unwrap()
        };
        let mut a = few(0..3_000);
        assert_eq!(a.to_sketch().kind, SketchKind::HllSparse);
        a.merge(&few(1_000..1_500));
        a.merge(&few(2_500..6_000));
        assert!((a.count() as f64 - 6_000.0).abs() / 6_000.0 < 0.03, "{}", a.count());
    }

    #[test]
    fn hostile_sketches_are_errors() {
        use base64::Engine as _;
        let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
        let bad = [
            Sketch { kind: SketchKind::Exact, data: "not base64!".into() },
            Sketch { kind: SketchKind::Exact, data: b64(&[1, 2, 3]) },
            Sketch { kind: SketchKind::Exact, data: b64(&vec![7u8; 8 * (EXACT_MAX + 1)]) },
            Sketch { kind: SketchKind::Hll, data: b64(&[1u8; 100]) },
            Sketch { kind: SketchKind::Hll, data: b64(&[200u8; M]) },
            Sketch { kind: SketchKind::HllSparse, data: b64(&[0xFF, 0xFF, 1]) },
            Sketch { kind: SketchKind::HllSparse, data: b64(&[5, 0, 1, 5, 0, 2]) },
            Sketch { kind: SketchKind::HllSparse, data: "A".repeat(SKETCH_DATA_MAX + 4) },
        ];
        for s in &bad {
            assert!(Distinct::from_sketch(s).is_err(), "{s:?}");
        }
    }

    #[test]
    fn empty_counts_zero() {
        let mut d = Distinct::default();
        assert_eq!(d.count(), 0);
        d.fold();
        assert_eq!(d.count(), 0);
    }
}
