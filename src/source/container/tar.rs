//! Tar archives (`ustar`, GNU and PAX), read as a stream through the `tar` crate: entries
//! in order, never the whole archive, so a `.tar.gz` is scanned as it is decompressed.
//!
//! The crate's raw mode is used, and long names are read here, because the crate reads a
//! GNU long-name or PAX header entry whole into memory whatever size its header
//! declares: here at most [`NAME_MAX`] bytes of either are kept (the rest is skipped),
//! so a hostile header costs bounded memory. Only regular files are entries (not
//! directories, links or devices). A damaged header ends the archive with a warning:
//! tar has no index to find the next entry by.

use std::io::{self, Read};

use super::{Container, Entry, Flow};
use crate::extract::Warning;

/// The most bytes of a long name or of a PAX header kept.
pub const NAME_MAX: u64 = 64 << 10;

/// A tar archive read from a stream.
pub struct TarContainer<R: Read> {
    archive: tar::Archive<R>,
}

/// A tar archive over `reader` (nothing is read yet).
pub fn open<R: Read>(reader: R) -> TarContainer<R> {
    TarContainer { archive: tar::Archive::new(reader) }
}

/// Reads at most [`NAME_MAX`] bytes of `r`.
fn bounded(r: &mut impl Read) -> io::Result<Vec<u8>> {
    let mut v = Vec::new();
    r.take(NAME_MAX).read_to_end(&mut v)?;
    Ok(v)
}

/// The `path` of a PAX extended header, if it has one.
fn pax_path(data: &[u8]) -> Option<Vec<u8>> {
    tar::PaxExtensions::new(data)
        .filter_map(Result::ok)
        .find(|e| e.key_bytes() == b"path")
        .map(|e| e.value_bytes().to_vec())
}

impl<R: Read> Container for TarContainer<R> {
    fn for_each(
        &mut self,
        visit: &mut dyn FnMut(Entry<'_>) -> io::Result<Flow>,
    ) -> io::Result<Vec<Warning>> {
        let mut warnings = Vec::new();
        let entries = match self.archive.entries() {
            Ok(e) => e.raw(true),
            Err(e) => {
                warnings.push(Warning {
                    offset: 0,
                    reason: format!("not a readable tar archive: {e}"),
                });
                return Ok(warnings);
            }
        };
        let (mut long_name, mut pax_name): (Option<Vec<u8>>, Option<Vec<u8>>) = (None, None);
        for (seen, entry) in entries.enumerate() {
            let mut entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    let reason = if seen == 0 {
                        format!("not a readable tar archive: {e}")
                    } else {
                        format!(
                            "damaged tar header after {seen} entries: {e}; the rest is not read"
                        )
                    };
                    warnings.push(Warning { offset: 0, reason });
                    break;
                }
            };
            let kind = entry.header().entry_type();
            if kind.is_gnu_longname() {
                long_name = Some(bounded(&mut entry)?).map(|mut n| {
                    while n.last() == Some(&0) {
                        n.pop();
                    }
                    n
                });
                continue;
            }
            if kind.is_pax_local_extensions() {
                pax_name = pax_path(&bounded(&mut entry)?);
                continue;
            }
            let name = pax_name.take().or(long_name.take());
            if !(kind.is_file() || kind.is_contiguous() || kind.is_gnu_sparse()) {
                continue;
            }
            let name = name.unwrap_or_else(|| entry.path_bytes().into_owned());
            let size = entry.size();
            let flow = visit(Entry {
                name,
                reader: Box::new(&mut entry),
                size: Some(size),
                compressed: None,
                solid: None,
                problem: None,
            })?;
            if flow == Flow::Stop {
                break;
            }
        }
        Ok(warnings)
    }
}
