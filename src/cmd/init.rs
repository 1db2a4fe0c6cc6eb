//! `piiscan init`: write a commented example `.piiscan.toml`.

use std::io::Write;
use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::cli::args::InitArgs;
use crate::cli::repo::{EXAMPLE, FILE_NAME};
use crate::cmd::Exit;

/// Writes the example configuration (never over an existing file).
pub fn run(args: &InitArgs) -> Result<Exit> {
    if args.print {
        std::io::stdout().write_all(EXAMPLE.as_bytes())?;
        return Ok(Exit::Success);
    }
    let path = Path::new(FILE_NAME);
    if path.exists() {
        bail!("{FILE_NAME} already exists; `piiscan init --print` shows the example");
    }
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .with_context(|| format!("creating {FILE_NAME}"))?;
    f.write_all(EXAMPLE.as_bytes())?;
    eprintln!("wrote {FILE_NAME}");
    Ok(Exit::Success)
}
