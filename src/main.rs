//! The `piiscan` binary: parse the arguments, run the command, map the outcome to an exit
//! code (0 success, 1 findings at or above `--fail-on`, 2 errors, 130 interrupted). A
//! closed output pipe ends the run quietly with 0, as grep does.

use std::process::ExitCode;

use clap::Parser;
use piiscan::cli::args::Cli;
use piiscan::cmd::{self, Exit};

fn main() -> ExitCode {
    let cli = Cli::parse();
    piiscan::interrupt::install();
    match cmd::run(&cli) {
        Ok(exit) => exit.into(),
        Err(err) => {
            // serde_json wraps the write error in its own (`detectors list --format json
            // | head -c 10`).
            let broken_pipe = err.chain().any(|cause| {
                let kind = cause.downcast_ref::<std::io::Error>().map(|e| e.kind()).or_else(|| {
                    cause.downcast_ref::<serde_json::Error>().and_then(|e| e.io_error_kind())
                });
                kind == Some(std::io::ErrorKind::BrokenPipe)
            });
            if broken_pipe {
                return ExitCode::SUCCESS;
            }
            // A path or a name in the message cannot move the terminal's cursor.
            let text = format!("{err:#}");
            let lines: Vec<String> = text.lines().map(piiscan::mask::sanitize).collect();
            eprintln!("piiscan: {}", lines.join("\n"));
            Exit::Error.into()
        }
    }
}
