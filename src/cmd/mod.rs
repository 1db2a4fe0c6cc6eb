//! One module per subcommand, each with a `run` that returns the exit code.

pub mod db;
pub mod detectors;
pub mod init;
pub mod merge;
pub mod progress;
pub mod report;
pub mod scan;

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::args::{Cli, ColorChoice, Command, DetectorsCommand, GlobalArgs};

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
    let g = &cli.global;
    match &cli.command {
        Command::Scan(args) => scan::run(args, g),
        Command::Baseline(args) => scan::baseline(args, g),
        Command::Init(args) => init::run(args),
        Command::Detectors(DetectorsCommand::List(args)) => detectors::list(args),
        Command::Detectors(DetectorsCommand::Check(args)) => detectors::check(args),
        Command::Report(args) => report::run(args, g),
        Command::Diff(args) => report::diff_run(args, g),
        Command::Merge(args) => merge::run(args, g),
        Command::Completions(args) => {
            use clap::CommandFactory;
            let mut cmd = Cli::command();
            let mut out = std::io::stdout().lock();
            clap_complete::generate(args.shell, &mut cmd, "piiscan", &mut out);
            std::io::Write::flush(&mut out)?;
            Ok(Exit::Success)
        }
        Command::Man => {
            use clap::CommandFactory;
            let mut out = std::io::stdout().lock();
            clap_mangen::Man::new(Cli::command()).render(&mut out)?;
            std::io::Write::flush(&mut out)?;
            Ok(Exit::Success)
        }
        Command::Db(args) => db::run(args, g),
    }
}

/// Whether to colour standard output: `--color`, and for `auto` a terminal without
/// `NO_COLOR` set (<https://no-color.org>).
pub fn color_stdout(g: &GlobalArgs) -> bool {
    use std::io::IsTerminal;
    match g.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

/// Prints a notice on standard error unless `--quiet`.
pub fn notice(g: &GlobalArgs, text: &str) {
    if !g.quiet {
        eprintln!("piiscan: {}", crate::mask::sanitize(text));
    }
}

/// Where a command's main output goes: `-o FILE` (a [`PrivateFile`], moved into place
/// when [`Output::finish`] is called) or standard output.
///
/// [`PrivateFile`]: crate::report::PrivateFile
pub enum Output {
    /// Standard output.
    Stdout,
    /// A file being written.
    File(crate::report::PrivateFile, std::path::PathBuf),
}

impl Output {
    /// Opens `path`, or standard output for `None`. A bad path fails here, before any
    /// work.
    pub fn open(path: Option<&std::path::Path>) -> Result<Output> {
        use anyhow::Context;
        Ok(match path {
            None => Output::Stdout,
            Some(p) => Output::File(
                crate::report::PrivateFile::create(p)
                    .with_context(|| format!("creating {}", p.display()))?,
                p.to_path_buf(),
            ),
        })
    }

    /// A writer to the output (owned, so that a streaming sink can hold it).
    pub fn writer(&mut self) -> Result<Box<dyn std::io::Write + Send>> {
        Ok(match self {
            Output::Stdout => Box::new(std::io::stdout()),
            Output::File(f, _) => Box::new(f.file().try_clone()?),
        })
    }

    /// Moves a file into place.
    pub fn finish(self) -> Result<()> {
        use anyhow::Context;
        if let Output::File(f, p) = self {
            f.finish().with_context(|| format!("writing {}", p.display()))?;
        }
        Ok(())
    }
}
