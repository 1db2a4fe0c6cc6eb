//! One module per subcommand, each with a `run` that returns the exit code.

pub mod detectors;
pub mod init;
pub mod report;
pub mod scan;

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::args::{Cli, Command, DetectorsCommand};

/// How a run ended (fd's enum): 0 success, 1 findings at or above `--fail-on`, 2 errors,
/// 130 interrupted by a signal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Nothing to report against.
    Success,
    /// Findings at or above the failure level.
    Findings,
    /// Something could not be scanned or the invocation was wrong.
    Error,
    /// A signal stopped the scan; the outputs hold what was scanned before it.
    Interrupted,
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> ExitCode {
        match e {
            Exit::Success => ExitCode::SUCCESS,
            Exit::Findings => ExitCode::from(1),
            Exit::Error => ExitCode::from(2),
            Exit::Interrupted => ExitCode::from(crate::interrupt::EXIT_STATUS),
        }
    }
}

/// Runs the parsed command line.
pub fn run(cli: &Cli) -> Result<Exit> {
    match &cli.command {
        Command::Scan(args) => scan::run(args),
        Command::Baseline(args) => scan::baseline(args),
        Command::Init(args) => init::run(args),
        Command::Detectors(DetectorsCommand::List(args)) => detectors::list(args),
        Command::Detectors(DetectorsCommand::Check(args)) => detectors::check(args),
        Command::Report(args) => report::run(args),
        Command::Diff(args) => report::diff_run(args),
    }
}
