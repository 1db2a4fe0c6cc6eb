//! piiscan: personal-data discovery for files, storage trees and dumps.
//!
//! # Pipeline
//!
//! ```text
//! source::walk (parallel, ignore rules)
//!   -> source::input (format decided once; compressed streams and archive entries
//!      become inputs of their own, recursively, under guards) -> source::open (read | stream)
//!   -> decode::binary (sniff, skip policy)
//!   -> detect::Engine (one multi-pattern pass; validators and context on candidates)
//!   -> worker (drives each input; findings made and routed by `findings`, placed in
//!      their line by `line_cursor`; per-thread Tally)
//!   -> inventory (merged, sorted) -> report (human | json | jsonl)
//! ```
//!
//! Detectors are data: `patterns/*.toml`, embedded at build time ([`detect::Catalog`]).
//!
//! # Example
//!
//! ```
//! use piiscan::detect::{Catalog, Engine};
//! use piiscan::validate::Env;
//!
//! let engine = Engine::new(Catalog::embedded(), Env::now()).unwrap();
//! let mut scratch = engine.scratch();
//! let mut found = Vec::new();
//! let text = "联系人手机：13912345678";
//! engine.scan(text.as_bytes(), 0, 1, &mut scratch, &mut found);
//! let d = &engine.detectors()[found[0].detector];
//! assert_eq!(d.category().name(), "cn_mobile");
//! assert_eq!(&text[found[0].start..found[0].end], "13912345678");
//! ```

#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

pub mod cache;
pub mod cli;
pub mod cmd;
pub mod db;
pub mod decode;
pub mod detect;
pub mod extract;
mod findings;
pub mod interrupt;
pub mod inventory;
mod line_cursor;
pub mod mask;
pub mod policy;
pub mod report;
pub mod shard;
pub mod source;
pub mod split;
pub mod toml_error;
pub mod validate;
pub mod worker;
