//! Deciding what a file's bytes are before they are scanned: text, binary, or text in
//! another encoding to decode first.

pub mod binary;
pub mod compress;
pub mod encoding;
pub mod gzip;
