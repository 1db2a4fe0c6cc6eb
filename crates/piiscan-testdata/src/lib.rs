//! Test data for piiscan, kept out of the shipped library: the seeded generator of
//! synthetic personal data ([`synth`]) behind the demo tree, the fixtures and the
//! benchmarks, and the labelled corpus ([`corpus`]) on which detection quality is
//! measured. Only tests, examples and benchmarks depend on this crate.

#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

pub mod corpus;
pub mod synth;
