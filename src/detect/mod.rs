//! Detection: the catalogue of detectors (data from `patterns/*.toml`), the one-pass
//! engine that finds candidate values in a buffer, context scoring, and the chunked
//! driver for streams.

pub mod catalog;
pub mod category;
pub mod context;
pub mod cost;
pub mod detector;
pub mod engine;
pub mod facts;
pub mod lint;
pub mod stream;

pub use catalog::Catalog;
pub use category::{Category, Confidence, Sensitivity};
pub use engine::{Candidate, Engine, Scratch};
