//! Walking the roots in parallel with the `ignore` crate (ripgrep's walker): `.gitignore`,
//! `.ignore` and hidden files respected by default, globs as overrides, symbolic links
//! not followed unless asked. Each walked entry is classified once into a file to scan or
//! a recorded skip.

use std::path::{Path, PathBuf};

use ignore::overrides::OverrideBuilder;
use ignore::{DirEntry, WalkBuilder, WalkParallel};

use crate::inventory::SkipReason;

/// How to walk.
#[derive(Clone, Debug, Default)]
pub struct WalkOptions {
    /// The roots (files or directories; `-` is standard input).
    pub paths: Vec<PathBuf>,
    /// Walk hidden files and directories.
    pub hidden: bool,
    /// Respect `.gitignore`, `.ignore`, `.git/info/exclude` and the global git ignore.
    pub read_ignore: bool,
    /// Follow symbolic links.
    pub follow: bool,
    /// Globs as ripgrep's `-g`: a match includes, a `!`-prefixed match excludes.
    pub globs: Vec<String>,
    /// Walker threads (0: one per core).
    pub threads: usize,
}

/// Builds the parallel walker. Fails on a glob that does not parse.
pub fn build(opts: &WalkOptions) -> Result<WalkParallel, ignore::Error> {
    let mut paths = opts.paths.iter();
    let first = paths.next().cloned().unwrap_or_else(|| PathBuf::from("."));
    let mut b = WalkBuilder::new(first);
    for p in paths {
        b.add(p);
    }
    b.hidden(!opts.hidden)
        .ignore(opts.read_ignore)
        .git_ignore(opts.read_ignore)
        .git_global(opts.read_ignore)
        .git_exclude(opts.read_ignore)
        .parents(opts.read_ignore)
        .follow_links(opts.follow)
        .threads(opts.threads);
    if !opts.globs.is_empty() {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        let mut ob = OverrideBuilder::new(cwd);
        for g in &opts.globs {
            ob.add(g)?;
        }
        b.overrides(ob.build()?);
    }
    Ok(b.build_parallel())
}

/// What to do with one walked entry.
#[derive(Debug)]
pub enum Walked {
    /// A regular file to scan; `explicit` when named on the command line.
    File {
        /// Its path, as reached from its root.
        path: PathBuf,
        /// Named on the command line (always scanned, even if binary).
        explicit: bool,
    },
    /// Standard input (`-`).
    Stdin,
    /// A directory: the walker descends; only its name is scanned.
    Dir {
        /// Its path, as reached from its root.
        path: PathBuf,
        /// A root named on the command line (its whole path is scanned as a name).
        root: bool,
    },
    /// Not scanned, for this reason.
    Skip {
        /// The entry's path.
        path: PathBuf,
        /// Why.
        reason: SkipReason,
        /// Details.
        detail: String,
    },
}

/// Classifies what the walker yielded.
pub fn classify(entry: Result<DirEntry, ignore::Error>) -> Walked {
    let dent = match entry {
        Ok(d) => d,
        Err(err) => {
            let path = error_path(&err).map(Path::to_path_buf).unwrap_or_default();
            let detail = error_detail(&err);
            return Walked::Skip { path, reason: SkipReason::WalkError, detail };
        }
    };
    if dent.is_stdin() {
        return Walked::Stdin;
    }
    let explicit = dent.depth() == 0;
    let path = crate::source::strip_dot(dent.path()).to_path_buf();
    let Some(ft) = dent.file_type() else {
        return Walked::Skip {
            path,
            reason: SkipReason::Unreadable,
            detail: "unknown file type".into(),
        };
    };
    if ft.is_dir() {
        return Walked::Dir { path, root: explicit };
    }
    if ft.is_symlink() {
        // A link named on the command line is what the user asked for: resolve it.
        if explicit {
            return match std::fs::metadata(dent.path()) {
                Ok(md) if md.is_file() => Walked::File { path, explicit },
                Ok(_) => Walked::Skip {
                    path,
                    reason: SkipReason::SpecialFile,
                    detail: "symbolic link to a directory or special file".into(),
                },
                Err(e) => {
                    Walked::Skip { path, reason: SkipReason::Unreadable, detail: e.to_string() }
                }
            };
        }
        return Walked::Skip {
            path,
            reason: SkipReason::Symlink,
            detail: "symbolic link not followed (use --follow)".into(),
        };
    }
    if !ft.is_file() {
        return Walked::Skip {
            path,
            reason: SkipReason::SpecialFile,
            detail: "FIFO, socket or device".into(),
        };
    }
    Walked::File { path, explicit }
}

/// The error without the path it names (the skip is printed after its path already:
/// `nonexist: No such file or directory`, not `nonexist: nonexist: ...`).
fn error_detail(err: &ignore::Error) -> String {
    match err {
        ignore::Error::WithPath { err, .. } | ignore::Error::WithDepth { err, .. } => {
            error_detail(err)
        }
        _ => err.to_string(),
    }
}

fn error_path(err: &ignore::Error) -> Option<&Path> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        ignore::Error::Loop { child, .. } => Some(child),
        _ => None,
    }
}
