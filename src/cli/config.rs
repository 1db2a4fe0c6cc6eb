//! The scan configuration, resolved once from the arguments: sizes parsed, detectors
//! loaded, walk and worker settings fixed. Nothing below this point sees clap.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};

use crate::cli::args::ScanArgs;
use crate::detect::{Catalog, Confidence};
use crate::mask::ValuePolicy;
use crate::report::Format;
use crate::source::walk::WalkOptions;
use crate::worker::WorkerSettings;

/// Everything a scan needs, resolved.
#[derive(Debug)]
pub struct ScanConfig {
    /// The roots as given (default `.`).
    pub roots: Vec<PathBuf>,
    /// How to walk them.
    pub walk: WalkOptions,
    /// What each worker does.
    pub worker: WorkerSettings,
    /// The output format.
    pub format: Format,
    /// The detectors.
    pub catalog: Catalog,
}

impl ScanConfig {
    /// Resolves `args`.
    pub fn from_args(args: &ScanArgs) -> Result<ScanConfig> {
        let roots =
            if args.paths.is_empty() { vec![PathBuf::from(".")] } else { args.paths.clone() };
        let max_filesize = match &args.walk.max_filesize {
            None => None,
            Some(s) => Some(parse_size(s).with_context(|| format!("--max-filesize {s:?}"))?),
        };
        let catalog = Catalog::with_dirs(&args.patterns)?;
        let min_confidence: Confidence = args.min_confidence.into();
        Ok(ScanConfig {
            walk: WalkOptions {
                paths: roots.clone(),
                hidden: args.walk.hidden,
                read_ignore: !args.walk.no_ignore,
                follow: args.walk.follow,
                globs: args.walk.glob.clone(),
                threads: args.walk.threads.unwrap_or(0),
            },
            roots,
            worker: WorkerSettings {
                min_confidence,
                values: if args.show_values { ValuePolicy::Raw } else { ValuePolicy::Masked },
                keep_findings: args.format == Format::Json,
                max_filesize,
            },
            format: args.format,
            catalog,
        })
    }
}

/// Parses a size: bytes, or a number with a `K`, `M` or `G` suffix (powers of 1024).
pub fn parse_size(s: &str) -> Result<u64> {
    let s = s.trim();
    let (num, mult) = match s.chars().last() {
        Some('K' | 'k') => (&s[..s.len() - 1], 1u64 << 10),
        Some('M' | 'm') => (&s[..s.len() - 1], 1 << 20),
        Some('G' | 'g') => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    let n: u64 = match num.parse() {
        Ok(n) => n,
        Err(_) => bail!("not a size (expected e.g. 500K, 10M, 1G)"),
    };
    n.checked_mul(mult).context("size too large")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("100").unwrap(), 100);
        assert_eq!(parse_size("2K").unwrap(), 2048);
        assert_eq!(parse_size("10M").unwrap(), 10 << 20);
        assert_eq!(parse_size("1g").unwrap(), 1 << 30);
        assert!(parse_size("ten").is_err());
        assert!(parse_size("-1").is_err());
    }
}
