//! Deciding what a file's bytes are before they are scanned: text, binary, or text in
//! another encoding or with escapes to decode first, with offsets mapped back to the file.

pub mod binary;
pub mod compress;
pub mod encoding;
pub mod escape;
pub mod gzip;
pub mod offsets;
