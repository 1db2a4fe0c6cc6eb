//! Output formats, one module each behind the [`Report`] trait. Values reach them
//! already masked (see `mask`); no format renders a raw value on its own.

pub mod github;
pub mod human;
pub mod json;
pub mod jsonl;
pub mod sarif;

use std::io::{self, Write};
use std::path::Path;

use serde::Serializer;

use crate::inventory::Inventory;

/// The output formats of `piiscan scan`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A readable summary per category and per file.
    Human,
    /// The inventory document (see the README's schema section).
    Json,
    /// One finding per line, streamed as files are scanned.
    Jsonl,
    /// SARIF 2.1.0, for code-scanning tools (GitHub code scanning, IDE viewers).
    Sarif,
    /// GitHub Actions workflow commands: one annotation per finding.
    Github,
}

/// An output written once the scan is complete.
pub trait Report {
    /// Writes `inventory` to `out`.
    fn write(&self, inventory: &Inventory, out: &mut dyn Write) -> io::Result<()>;
}

/// Writes a path as a JSON string when it is valid UTF-8 and as `{"bytes": "<base64>"}`
/// otherwise, so that no path is changed on its way out (ripgrep's convention).
pub fn serialize_path<S: Serializer>(path: &impl AsRef<Path>, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let bytes = crate::source::path_bytes(path.as_ref());
    match std::str::from_utf8(&bytes) {
        Ok(text) => s.serialize_str(text),
        Err(_) => {
            use base64::Engine as _;
            let mut map = s.serialize_map(Some(1))?;
            map.serialize_entry(
                "bytes",
                &base64::engine::general_purpose::STANDARD.encode(&bytes),
            )?;
            map.end()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct P<'a>(#[serde(serialize_with = "serialize_path")] &'a Path);

    #[test]
    fn paths_serialize_as_text_or_bytes() {
        assert_eq!(serde_json::to_string(&P(Path::new("a/b.txt"))).unwrap(), "\"a/b.txt\"");
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let p = Path::new(std::ffi::OsStr::from_bytes(b"a\xFF"));
            assert_eq!(serde_json::to_string(&P(p)).unwrap(), r#"{"bytes":"Yf8="}"#);
        }
    }
}
