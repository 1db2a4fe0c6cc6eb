//! Deciding what a file's bytes are before they are scanned: text or binary.

pub mod binary;
