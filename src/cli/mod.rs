//! The command line: clap definitions ([`args`]) and the configuration resolved from them
//! once ([`config`]).

pub mod args;
pub mod config;
pub mod repo;
