//! The scan configuration, resolved once from the arguments: sizes parsed, detectors
//! loaded, walk and worker settings fixed. Nothing below this point sees clap.

use std::collections::hash_map::RandomState;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use ignore::gitignore::{Gitignore, GitignoreBuilder};

use crate::cli::args::{OutputArgs, ScanArgs};
use crate::cli::repo::{self, Loaded};
use crate::detect::{Catalog, Confidence};
use crate::inventory::baseline::{self, Baseline};
use crate::mask::ValuePolicy;
use crate::policy::Policy;
use crate::report::Format;
use crate::source::walk::WalkOptions;
use crate::worker::WorkerSettings;

/// Everything a scan needs, resolved.
#[derive(Debug)]
pub struct ScanConfig {
    /// The roots as given (default `.`), or the existing files of `--files-from`.
    pub roots: Vec<PathBuf>,
    /// How to walk them.
    pub walk: WalkOptions,
    /// What each worker does.
    pub worker: WorkerSettings,
    /// The output format.
    pub format: Format,
    /// Where the output goes (`-o FILE`; standard output when `None`).
    pub output: Option<PathBuf>,
    /// A report file to write too, and its format.
    pub report: Option<(PathBuf, Format)>,
    /// The detectors.
    pub catalog: Catalog,
    /// Files listed by `--files-from` that do not exist.
    pub missing: Vec<PathBuf>,
    /// The configuration file used, if any.
    pub config_file: Option<PathBuf>,
    /// The baseline file used, if any.
    pub baseline_file: Option<PathBuf>,
    /// The baseline read from it.
    pub baseline: Option<Baseline>,
    /// Files not scanned for cause do not fail the run (`--allow-skips`).
    pub allow_skips: bool,
    /// The cache file (`--cache`, or the configuration's `cache`), if any.
    pub cache_path: Option<PathBuf>,
    /// What the findings of a file depend on besides its content, as the cache compares
    /// it (hashed under its secret; see [`ScanConfig::open_cache`]).
    cache_options: Vec<u8>,
    /// The open cache, once [`ScanConfig::open_cache`] opened it.
    pub cache: Option<std::sync::Arc<crate::cache::Cache>>,
    /// The shard to scan (`--shard K/N`): only the files it owns.
    pub shard: Option<crate::shard::Shard>,
    /// The name of `PIISCAN_DISTINCT_KEY` when set: values are hashed under it and the
    /// document carries each location's sketch.
    pub distinct_key: Option<String>,
}

/// The value key from `PIISCAN_DISTINCT_KEY` (any secret of at least 16 bytes, such as
/// `openssl rand -hex 32`) and its name, or a random per-scan key and `None`. The
/// secret is never printed.
pub fn distinct_value_key() -> Result<(crate::extract::join::ValueKey, Option<String>)> {
    use crate::extract::join::ValueKey;
    match distinct_key() {
        Some(secret) if !secret.is_empty() => {
            if secret.len() < 16 {
                bail!(
                    "{DISTINCT_KEY_VAR} is {} bytes long: use a secret of at least 16 bytes \
                     (`openssl rand -hex 32`), the same on every shard",
                    secret.len()
                );
            }
            Ok((ValueKey::from_secret(&secret), Some(ValueKey::secret_id(&secret))))
        }
        _ => Ok((ValueKey::new(&RandomState::new()), None)),
    }
}

impl ScanConfig {
    /// Resolves `args` and `out`: the command line first, then `.piiscan.toml`, then
    /// defaults.
    pub fn from_args(args: &ScanArgs, out: &OutputArgs) -> Result<ScanConfig> {
        let (roots, missing, from_list) = match &args.files_from {
            Some(list) => {
                let (found, missing) = read_file_list(list)?;
                (found, missing, true)
            }
            None if args.paths.is_empty() => (vec![PathBuf::from(".")], vec![], false),
            None => {
                // A root named twice is scanned once (its counts would double).
                let mut roots: Vec<PathBuf> = Vec::new();
                for p in &args.paths {
                    if !roots.contains(p) {
                        roots.push(p.clone());
                    }
                }
                (roots, vec![], false)
            }
        };
        let config_path = match (&args.config, args.no_config) {
            (Some(p), _) => Some(p.clone()),
            (None, true) => None,
            (None, false) => repo::discover(if from_list { &[] } else { &roots }),
        };
        let loaded = config_path.as_deref().map(repo::load).transpose()?;
        let file = loaded.as_ref().map(|l| l.config.clone()).unwrap_or_default();
        let max_filesize = match &args.walk.max_filesize {
            None => None,
            Some(s) => Some(parse_size(s).with_context(|| format!("--max-filesize {s:?}"))?),
        };
        let max_cell = parse_size(&args.walk.max_cell_size)
            .with_context(|| format!("--max-cell-size {:?}", args.walk.max_cell_size))?;
        let max_expanded = parse_size(&args.walk.max_expanded)
            .with_context(|| format!("--max-expanded {:?}", args.walk.max_expanded))?;
        let max_spool = parse_size(&args.walk.max_spool)
            .with_context(|| format!("--max-spool {:?}", args.walk.max_spool))?;
        let split_size = parse_size(&args.walk.split_size)
            .with_context(|| format!("--split-size {:?}", args.walk.split_size))?;
        let threads = match args.walk.threads {
            Some(n) if n > 0 => n,
            _ => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        let size = |flag: &str, value: &str| {
            parse_size(value).with_context(|| format!("{flag} {value:?}")).map(|n| n.max(1))
        };
        let split_held = size("--max-split-memory", &args.walk.max_split_memory)?;
        let parts = crate::source::container::document::Limits {
            document: crate::source::document::Limits {
                max_member: size("--max-document-size", &args.walk.max_document_size)?,
                max_part: usize::try_from(size("--max-part-size", &args.walk.max_part_size)?)
                    .unwrap_or(usize::MAX),
                max_pdf_objects: args.walk.max_pdf_objects.max(1),
                ..Default::default()
            },
            mail: crate::source::mail::Limits {
                max_message: usize::try_from(size(
                    "--max-message-size",
                    &args.walk.max_message_size,
                )?)
                .unwrap_or(usize::MAX),
                ..Default::default()
            },
        };
        let mut pattern_dirs = args.patterns.clone();
        if let Some(l) = &loaded {
            pattern_dirs.extend(l.config.patterns.iter().map(|p| l.dir.join(p)));
        }
        let report = match &out.report {
            None => None,
            Some(path) => match Format::from_extension(path) {
                Some(f) => Some((path.clone(), f)),
                None => bail!(
                    "--report {}: unknown report format (name it .html, .md, .csv, .json, .sarif or .txt)",
                    path.display()
                ),
            },
        };
        // `--format`, else what `-o FILE`'s name asks for, else the summary.
        let format = out
            .format
            .or_else(|| out.output.as_deref().and_then(Format::from_extension))
            .unwrap_or(Format::Human);
        let mut catalog = Catalog::with_dirs(&pattern_dirs)?;
        disable(&mut catalog, &file.disable, loaded.as_ref())?;
        let min_confidence: Confidence = args
            .min_confidence
            .map(Into::into)
            .or(file.min_confidence)
            .unwrap_or(Confidence::Medium);

        let baseline_file = path_setting(&args.baseline, loaded.as_ref(), |c| &c.baseline);
        let baseline_doc = baseline_file.as_deref().map(Baseline::read).transpose()?;
        let mut policy = match &baseline_doc {
            Some(b) => {
                let mut p = Policy::new(b.key()?);
                p.set_baseline(b.findings.iter().map(|e| e.fingerprint.clone()));
                p
            }
            None => match baseline::env_key()? {
                Some(key) => Policy::new(key),
                None => Policy::default(),
            },
        };
        policy.fail_on = out.fail_on.or(file.fail_on).and_then(|f| f.level());
        policy.test_values = file.test_values.unwrap_or_default();
        for (i, v) in file.allow.values.iter().enumerate() {
            match (&v.value, &v.regex) {
                (Some(value), _) => policy.allow_value(v.category, value),
                // The regex and its error (which quotes it) stay out of the message: an
                // allowed value's pattern may spell out the value.
                (None, Some(re)) => policy.allow_pattern(v.category, re).map_err(|_| {
                    anyhow::anyhow!(
                        "{}: allow.values[{i}].regex ({}) does not compile (regex crate syntax)",
                        config_name(&loaded),
                        v.category
                    )
                })?,
                (None, None) => unreachable!("checked when loading"),
            }
        }
        let cache_path = path_setting(&args.cache, loaded.as_ref(), |c| &c.cache);
        let allowed_paths = match &loaded {
            Some(l) if !l.config.allow.paths.is_empty() => Some(allowed_paths(l)?),
            _ => None,
        };
        if args.shard.is_some() && roots.iter().any(|r| r == Path::new("-")) {
            bail!("--shard partitions files by their path: standard input (`-`) has none");
        }
        let (value_key, distinct_key) = distinct_value_key()?;
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
                values: if out.show_values { ValuePolicy::Raw } else { ValuePolicy::Masked },
                keep_findings: format.needs_findings()
                    || report.as_ref().is_some_and(|(_, f)| f.needs_findings()),
                findings_cap: Some(crate::report::json::FINDINGS_MAX),
                max_filesize,
                policy,
                allowed_paths,
                listed_files: from_list,
                value_key,
                samples: out.samples,
                max_cell: usize::try_from(max_cell).unwrap_or(usize::MAX).max(1),
                input: crate::source::input::InputSettings {
                    guards: crate::source::input::Guards {
                        max_expanded,
                        max_ratio: args.walk.max_ratio.max(1),
                        max_entries: args.walk.max_entries,
                        max_depth: args.walk.max_archive_depth,
                        max_spool,
                    },
                    jars: args.walk.jars,
                    gzip_depth: args.walk.max_gzip_depth,
                    parts,
                },
                limits: crate::extract::Limits {
                    max_columns: args.max_columns,
                    max_json_depth: args.max_json_depth,
                    max_held_findings: args.max_held_findings,
                    names_hold_values: None,
                },
                show_paths: args.show_paths || out.show_values,
                encoding: args.walk.encoding.or(file.encoding.map(|e| e.0)).unwrap_or_default(),
                record_findings: false,
                split: crate::split::Split::new((split_size > 0).then_some(split_size), threads)
                    .holding(split_held),
            },
            format,
            output: out.output.clone(),
            report,
            catalog,
            missing,
            config_file: loaded.map(|l| l.path),
            baseline_file,
            baseline: baseline_doc,
            allow_skips: args.allow_skips,
            cache_path,
            cache_options: Vec::new(),
            cache: None,
            shard: args.shard,
            distinct_key,
        })
        .map(|mut cfg| {
            cfg.cache_options = cache_options(&cfg, loaded_bytes(cfg.config_file.as_deref()));
            cfg
        })
    }

    /// Opens the cache (`--cache`), if one is named: distinct counts are then keyed by
    /// its secret (or by `PIISCAN_DISTINCT_KEY`), so that counts kept in different runs
    /// combine, and each file's findings are kept for its record. A cache that cannot be
    /// used is a warning on standard error, and the scan runs in full without it.
    pub fn open_cache(&mut self) {
        let Some(path) = self.cache_path.clone() else { return };
        if self.worker.show_paths {
            // Records keep values and paths as the outputs print them.
            eprintln!(
                "piiscan: warning: cache {}: not used with --show-values or --show-paths \
                 (it would keep values as they are); scanning without it",
                crate::source::display_path(&path)
            );
            return;
        }
        let day = crate::validate::Env::now().today.to_string();
        match crate::cache::Cache::open(&path, &self.cache_options, &day) {
            Ok(cache) => {
                self.worker.value_key = match distinct_key() {
                    Some(key) => crate::extract::join::ValueKey::from_secret(&key),
                    None => crate::extract::join::ValueKey::from_secret(cache.secret()),
                };
                self.worker.record_findings = true;
                self.cache = Some(std::sync::Arc::new(cache));
            }
            Err(why) => eprintln!(
                "piiscan: warning: cache {}: {why}; scanning without it",
                crate::source::display_path(&path)
            ),
        }
    }
}

/// The variable naming the key of distinct counts shared by scans run apart.
pub const DISTINCT_KEY_VAR: &str = "PIISCAN_DISTINCT_KEY";

/// The key of distinct counts from `PIISCAN_DISTINCT_KEY`, if set.
fn distinct_key() -> Option<Vec<u8>> {
    std::env::var_os(DISTINCT_KEY_VAR)
        .map(|v| crate::source::path_bytes(Path::new(&v)).into_owned())
}

/// The bytes of a file the options depend on (empty when there is none or it cannot be
/// read: it was read already, and an error there stopped the scan).
fn loaded_bytes(path: Option<&Path>) -> Vec<u8> {
    path.and_then(|p| std::fs::read(p).ok()).unwrap_or_default()
}

/// Everything a file's findings depend on besides its bytes, name and stamp: the tool,
/// the catalogue, every option that changes what is found or how it is counted, the
/// configuration and baseline files, and the keys (values and keys are hashed under the
/// cache's secret before they are stored, never kept as they are).
fn cache_options(cfg: &ScanConfig, config_file: Vec<u8>) -> Vec<u8> {
    let w = &cfg.worker;
    let mut out = Vec::new();
    let mut field = |name: &str, value: &[u8]| {
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&(value.len() as u64).to_le_bytes());
        out.extend_from_slice(value);
    };
    field("version", env!("CARGO_PKG_VERSION").as_bytes());
    field("catalogue", cfg.catalog.digest().as_bytes());
    let settings = format!(
        "{:?} {:?} {:?} {} {} {} {:?} {} {} {} {} {:?} {:?} {:?}",
        w.min_confidence,
        w.values,
        w.max_filesize,
        w.listed_files,
        w.samples,
        w.max_cell,
        w.input,
        w.limits.max_columns,
        w.limits.max_json_depth,
        w.limits.max_held_findings,
        w.show_paths,
        w.encoding,
        w.policy.fail_on,
        w.policy.test_values,
    );
    field("settings", settings.as_bytes());
    field("config", &config_file);
    field("baseline", &loaded_bytes(cfg.baseline_file.as_deref()));
    let env = |var: &str| {
        std::env::var_os(var).map(|v| crate::source::path_bytes(Path::new(&v)).into_owned())
    };
    field("baseline key", &env(baseline::KEY_VAR).unwrap_or_default());
    // Distinct-value hashes are sealed (HMAC-SHA256) under a key from a secret: records
    // made before are not mixed with them.
    field("distinct hash", b"foldhash sealed by hmac-sha256");
    field(
        "distinct key",
        &distinct_key().map_or(b"cache".to_vec(), |k| [b"env:".to_vec(), k].concat()),
    );
    out
}

/// A path given by a flag, else by the configuration's `key` (relative to its file).
fn path_setting(
    flag: &Option<PathBuf>,
    loaded: Option<&Loaded>,
    key: impl Fn(&repo::RepoConfig) -> &Option<PathBuf>,
) -> Option<PathBuf> {
    match (flag, loaded) {
        (Some(p), _) => Some(p.clone()),
        (None, Some(l)) => {
            key(&l.config).as_ref().map(|p| crate::source::strip_dot(&l.dir.join(p)).to_path_buf())
        }
        (None, None) => None,
    }
}

fn config_name(loaded: &Option<Loaded>) -> String {
    loaded.as_ref().map(|l| l.path.display().to_string()).unwrap_or_default()
}

/// Turns off the detectors named by id or category; an unknown name is an error.
fn disable(catalog: &mut Catalog, names: &[String], loaded: Option<&Loaded>) -> Result<()> {
    for (i, name) in names.iter().enumerate() {
        let known =
            catalog.detectors().iter().any(|d| d.id() == name || d.category().name() == name);
        if !known {
            // By position: the entry is a configuration value, never quoted.
            bail!(
                "{}: disable[{i}] is neither a detector id nor a category (see `piiscan \
                 detectors list`)",
                loaded.map(|l| l.path.display().to_string()).unwrap_or_default()
            );
        }
    }
    catalog.retain(|d| !names.iter().any(|n| d.id() == n || d.category().name() == n));
    Ok(())
}

/// The `[allow] paths` globs, relative to the configuration file's directory.
fn allowed_paths(l: &Loaded) -> Result<Gitignore> {
    // A file found above the current folder (`../.piiscan.toml`) matches absolute
    // paths: the worker makes relative ones absolute (see `Worker::allowed`).
    let dir = if l.dir.starts_with("..") {
        l.dir.canonicalize().with_context(|| format!("reading {}", l.dir.display()))?
    } else {
        l.dir.clone()
    };
    let mut b = GitignoreBuilder::new(dir);
    // Errors by position: the `ignore` crate's message quotes the glob.
    for (i, glob) in l.config.allow.paths.iter().enumerate() {
        b.add_line(None, glob).map_err(|_| {
            anyhow::anyhow!("{}: allow.paths[{i}] is not a valid glob", l.path.display())
        })?;
    }
    b.build().map_err(|_| anyhow::anyhow!("{}: allow.paths: not valid globs", l.path.display()))
}

/// Reads a `--files-from` list (`-` is standard input): NUL-separated when it holds a
/// NUL, else one path per line. Returns the paths that exist and those that do not.
pub fn read_file_list(list: &Path) -> Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let mut bytes = Vec::new();
    if list == Path::new("-") {
        std::io::stdin().read_to_end(&mut bytes).context("reading --files-from -")?;
    } else {
        bytes = std::fs::read(list).with_context(|| format!("reading {}", list.display()))?;
    }
    let sep = if bytes.contains(&0) { 0 } else { b'\n' };
    let (mut found, mut missing) = (Vec::new(), Vec::new());
    for raw in bytes.split(|&b| b == sep) {
        let raw = if sep == b'\n' { raw.strip_suffix(b"\r").unwrap_or(raw) } else { raw };
        if raw.is_empty() {
            continue;
        }
        let path = path_from_bytes(raw);
        if std::fs::symlink_metadata(&path).is_ok() {
            found.push(path);
        } else {
            missing.push(path);
        }
    }
    Ok((found, missing))
}

#[cfg(unix)]
fn path_from_bytes(raw: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(raw))
}

#[cfg(not(unix))]
fn path_from_bytes(raw: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(raw).into_owned())
}

/// Parses a size: bytes, or a number with a `K`, `M` or `G` suffix (powers of 1024).
pub fn parse_size(s: &str) -> Result<u64> {
    let s = s.trim();
    let (num, mult) = match s.chars().last() {
        Some('K' | 'k') => (&s[..s.len() - 1], 1u64 << 10),
        Some('M' | 'm') => (&s[..s.len() - 1], 1 << 20),
        Some('G' | 'g') => (&s[..s.len() - 1], 1 << 30),
        Some('T' | 't') => (&s[..s.len() - 1], 1 << 40),
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
