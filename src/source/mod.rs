//! Where bytes come from: walking the roots in parallel ([`walk`]), opening one file as
//! a buffer or a stream ([`open`]), and what a file holds as inputs to scan ([`input`]:
//! the format decided once, compressed streams and [`container`]s).

pub mod container;
pub mod input;
pub mod open;
pub mod walk;

use std::path::Path;

/// A path as text for humans: valid UTF-8 as is, every other byte escaped as `\xNN`,
/// so that no path is silently changed, and control characters escaped.
pub fn display_path(path: &Path) -> String {
    display_bytes(&path_bytes(path))
}

/// Path bytes for people: control characters and invalid UTF-8 escaped (`\xFF`).
pub fn display_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(&crate::mask::sanitize(chunk.valid()));
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

/// The raw bytes of a path (on Unix exactly as the OS gave them).
pub fn path_bytes(path: &Path) -> std::borrow::Cow<'_, [u8]> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        std::borrow::Cow::Borrowed(path.as_os_str().as_bytes())
    }
    #[cfg(not(unix))]
    {
        std::borrow::Cow::Owned(path.to_string_lossy().into_owned().into_bytes())
    }
}

/// The path made of `bytes` (on Unix exactly these bytes; elsewhere their UTF-8 reading).
pub fn path_from_bytes(bytes: Vec<u8>) -> std::path::PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        std::ffi::OsString::from_vec(bytes).into()
    }
    #[cfg(not(unix))]
    {
        String::from_utf8_lossy(&bytes).into_owned().into()
    }
}

/// A path as reached from its root, with a leading `./` removed (as ripgrep does).
pub fn strip_dot(path: &Path) -> &Path {
    path.strip_prefix("./").unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn non_utf8_paths_are_escaped_not_replaced() {
        use std::os::unix::ffi::OsStrExt;
        let p = Path::new(std::ffi::OsStr::from_bytes(b"dir/na\xFFme.txt"));
        assert_eq!(display_path(p), "dir/na\\xFFme.txt");
        assert_eq!(&*path_bytes(p), b"dir/na\xFFme.txt");
    }

    #[test]
    fn leading_dot_is_stripped() {
        assert_eq!(strip_dot(Path::new("./a/b")), Path::new("a/b"));
        assert_eq!(strip_dot(Path::new("../a")), Path::new("../a"));
    }
}
