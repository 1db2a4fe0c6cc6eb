//! Binary detection as a policy, not scattered checks.
//!
//! Walked files whose first [`SNIFF_LEN`] bytes hold a NUL are skipped with reason
//! `binary` (and counted); files named on the command line are always scanned, as
//! ripgrep does, because the user asked for them.

/// How many leading bytes are sniffed for a NUL.
pub const SNIFF_LEN: usize = 8 << 10;

/// What to do with a file that looks binary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryPolicy {
    /// Skip it and record the skip (files found by walking).
    Skip,
    /// Scan it anyway (files named explicitly).
    Scan,
}

impl BinaryPolicy {
    /// The policy for a file: explicit files are scanned, walked ones skipped.
    pub fn for_file(explicit: bool) -> BinaryPolicy {
        if explicit {
            BinaryPolicy::Scan
        } else {
            BinaryPolicy::Skip
        }
    }
}

/// Whether `head` (the first bytes of a file) looks binary.
///
/// UTF-16 text has NULs too; a UTF-16 byte-order mark is reported so the caller can say
/// why the file was not scanned as text.
pub fn sniff(head: &[u8]) -> Sniff {
    let head = &head[..head.len().min(SNIFF_LEN)];
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return Sniff::Utf16;
    }
    if memchr::memchr(0, head).is_some() {
        Sniff::Binary
    } else {
        Sniff::Text
    }
}

/// The result of sniffing a file's first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sniff {
    /// No NUL: scan as text.
    Text,
    /// A NUL byte: binary data.
    Binary,
    /// A UTF-16 byte-order mark.
    Utf16,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs() {
        assert_eq!(sniff(b"plain text"), Sniff::Text);
        assert_eq!(sniff(b"PK\x03\x04\x00\x00"), Sniff::Binary);
        assert_eq!(sniff(&[0xFF, 0xFE, b'a', 0]), Sniff::Utf16);
        let mut late = vec![b'a'; SNIFF_LEN];
        late.push(0);
        assert_eq!(sniff(&late), Sniff::Text, "only the head is sniffed");
        assert_eq!(BinaryPolicy::for_file(true), BinaryPolicy::Scan);
    }
}
