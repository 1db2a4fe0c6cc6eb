//! Command-line arguments (clap derive only; no I/O here). Each `///` becomes `--help`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::detect::Confidence;
use crate::report::Format;

/// Find personal data (ID numbers, phone numbers, bank cards, e-mail addresses...) in
/// files, trees and dumps, and write an inventory of where it lives.
///
/// Exit codes: 0 success, 1 new findings at or above `--fail-on`, 2 errors (a file could
/// not be read, or was not scanned for cause under `--fail-on`; bad arguments or
/// configuration), 130 interrupted (the outputs then hold a partial inventory).
#[derive(Debug, Parser)]
#[command(name = "piiscan", version, about, long_about)]
pub struct Cli {
    /// Options of every subcommand.
    #[command(flatten)]
    pub global: GlobalArgs,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options that every subcommand takes.
#[derive(Clone, Debug, Default, Args)]
pub struct GlobalArgs {
    /// Print no summary, progress or notices: only errors, the exit code, and what
    /// `--format`, `-o` or `--report` ask for explicitly.
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,

    /// Colour the terminal output: `auto` (when standard output is a terminal and
    /// `NO_COLOR` is not set), `always` or `never`.
    #[arg(long, value_enum, value_name = "WHEN", default_value = "auto", global = true)]
    pub color: ColorChoice,
}

/// When to colour the output.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// When standard output is a terminal and `NO_COLOR` is not set.
    #[default]
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan files and directories for personal data.
    Scan(ScanCmdArgs),
    /// Write the current findings as a baseline (fingerprints only, no values).
    ///
    /// The baseline goes to standard output or `-o FILE`; `scan --baseline FILE` then
    /// reports only what is new. The fingerprint key comes from `PIISCAN_BASELINE_KEY` (keep it as a CI
    /// secret), else from the baseline being updated (`--baseline`, the configuration's
    /// `baseline`, or an existing `-o FILE`); a new key is written into the file only
    /// with `--store-key`. Update in place: `piiscan baseline -o .piiscan-baseline.json`.
    Baseline(BaselineArgs),
    /// Write a commented example `.piiscan.toml` in the current directory.
    Init(InitArgs),
    /// List or check detectors.
    #[command(subcommand)]
    Detectors(DetectorsCommand),
    /// Render a saved inventory (`scan --format json`) as another format, without
    /// rescanning.
    Report(ReportArgs),
    /// Compare two saved inventories: locations that appeared, vanished, grew or shrank.
    Diff(DiffArgs),
    /// Combine partial inventories (`scan --shard K/N --format json` of each shard, or
    /// scans of disjoint trees) into one: counts add, files, locations and skips are
    /// united, distinct counts merge through the parts' sketches when every part was
    /// scanned with the same `PIISCAN_DISTINCT_KEY` (else they are shown as unknown).
    ///
    /// Parts made with other detectors, options or piiscan versions, the same shard twice,
    /// or parts holding the same file are refused (exit 2). A part that is not an
    /// inventory, or is cut short, is an error naming it.
    Merge(MergeArgs),
    /// Print a shell completion script.
    ///
    /// For example `piiscan completions bash >
    /// ~/.local/share/bash-completion/completions/piiscan`.
    Completions(CompletionsArgs),
    /// Print the manual page (roff; `piiscan man | man -l -`).
    Man,
    /// Scan a live database (PostgreSQL, MySQL, MariaDB, or an SQLite file) by sampling
    /// each table read-only; the inventory has one location per table and column, as a
    /// dump's.
    ///
    /// URL: `postgres://user@host:5432/db` (password from the URL, `PGPASSWORD` or
    /// `~/.pgpass`; `?sslmode=` and `host=/socket/dir` as libpq reads them),
    /// `mysql://user@host:3306/db` or `mariadb://...` (password from the URL or
    /// `MYSQL_PWD`; without a database, every database but the system's), or
    /// `sqlite:///path/app.db`. The password is never printed: every URL in the output
    /// and in messages has it replaced by `***`.
    ///
    /// Every session is read-only (`default_transaction_read_only`, each table read in
    /// `START TRANSACTION READ ONLY`), each query bounded by `--timeout`, nothing is
    /// created. A table the role cannot read is listed as skipped (`unreadable`, with the
    /// server's reason) and the scan goes on; like an unreadable file it makes the run
    /// exit with 2 unless `--allow-skips`. A connection that fails exits with 2.
    Db(DbArgs),
}

/// `piiscan completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `piiscan db`.
#[derive(Debug, Args)]
pub struct DbArgs {
    /// The database: `postgres://user@host:port/db`, `mysql://user@host:port/db` or
    /// `sqlite:///path`.
    #[arg(value_name = "URL")]
    pub url: String,

    /// Rows read per table: a number, or `all` for every row. On PostgreSQL a table
    /// whose statistics estimate more than 3 x N rows is sampled by pages (`TABLESAMPLE
    /// SYSTEM`, the same pages on each run of an unchanged table); otherwise, and on
    /// MySQL, the first N rows are read (`LIMIT N`). A table is never scanned whole
    /// unless `all`.
    #[arg(long, value_name = "N|all", default_value_t = crate::db::Sample::Rows(crate::db::SAMPLE_DEFAULT))]
    pub sample: crate::db::Sample,

    /// Statement timeout in seconds (each query; also the connection timeout). A table
    /// whose query runs out of time keeps the rows read before, with a warning.
    #[arg(long, value_name = "SECS", default_value_t = crate::db::TIMEOUT_DEFAULT,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout: u64,

    /// Read only tables matching GLOB (`schema.table`, or a bare table name). Repeatable.
    #[arg(long, value_name = "GLOB")]
    pub only: Vec<String>,

    /// Do not read tables matching GLOB (`'*.audit_*'`). Repeatable.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,

    /// Sample views too. Without it a view is listed in the inventory as not sampled
    /// (reason `view`): its rows are its base tables', which are read themselves. Useful
    /// when the role may read only views. Materialised views hold their own copy of the
    /// rows and are always sampled as tables.
    #[arg(long)]
    pub views: bool,

    /// TLS (`sslmode`): `prefer` (the default, TLS when the server offers it), `require`
    /// or `disable`; certificates are checked against the system's roots. Overrides the
    /// URL's `sslmode`.
    #[arg(long, value_enum, value_name = "MODE")]
    pub sslmode: Option<crate::db::TlsMode>,

    /// Connections (tables sampled at once) at most [default: one per core].
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,

    /// What to write (as for `scan`).
    #[command(flatten)]
    pub output: OutputArgs,

    /// Report findings of this confidence and above [default: medium].
    #[arg(long, value_enum)]
    pub min_confidence: Option<ConfidenceArg>,

    /// Accept tables not read (permission denied): without it they make the run exit
    /// with 2. They are still listed with their reason.
    #[arg(long)]
    pub allow_skips: bool,

    /// Report only findings that are not in this baseline.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,

    /// Read this configuration file (`.piiscan.toml`: allowed values, disabled
    /// detectors, pattern directories); none is read otherwise.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Also load the detector files (`*.toml`) in this directory. Repeatable.
    #[arg(long, value_name = "DIR")]
    pub patterns: Vec<PathBuf>,

    /// Read values up to SIZE bytes (K, M or G suffix); a larger value is not fetched,
    /// with a warning.
    #[arg(long, value_name = "SIZE", default_value = "16M")]
    pub max_cell_size: String,

    /// Keep at most N distinct column names (JSON key paths) per table.
    #[arg(long, value_name = "N", default_value_t = crate::extract::Limits::MAX_COLUMNS,
          value_parser = clap::builder::TypedValueParser::map(
              clap::value_parser!(u32).range(1..), |n| n as usize))]
    pub max_columns: usize,
}

/// `piiscan report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The inventory, as written by `piiscan scan --format json` (`-`: standard input).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Output format [default: from the extension of `-o FILE`, else human].
    #[arg(short = 'f', long, value_enum)]
    pub format: Option<ReportFormat>,

    /// Write to FILE (created readable by its owner only) instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Write CSV without the UTF-8 byte-order mark (Excel needs it to read UTF-8).
    #[arg(long)]
    pub no_bom: bool,

    /// The language of the terminal summary and the Markdown and HTML reports: headings,
    /// category and class names, recommendations, legal basis.
    #[arg(long, value_enum, default_value = "en", value_name = "LANG")]
    pub lang: crate::report::lang::Lang,
}

/// Formats a saved inventory renders as (the others list findings, which only a scan
/// has).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// A readable summary per category and per file.
    Human,
    /// One row per location.
    Csv,
    /// A Markdown report.
    Markdown,
    /// A self-contained HTML report.
    Html,
}

impl From<ReportFormat> for Format {
    fn from(f: ReportFormat) -> Format {
        match f {
            ReportFormat::Human => Format::Human,
            ReportFormat::Csv => Format::Csv,
            ReportFormat::Markdown => Format::Markdown,
            ReportFormat::Html => Format::Html,
        }
    }
}

/// `piiscan diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The older inventory (`scan --format json`).
    #[arg(value_name = "OLD")]
    pub old: PathBuf,

    /// The newer inventory.
    #[arg(value_name = "NEW")]
    pub new: PathBuf,

    /// Output format [default: from the extension of `-o FILE`, else human].
    #[arg(short = 'f', long, value_enum)]
    pub format: Option<DiffFormat>,

    /// Write to FILE (created readable by its owner only) instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The language of the text, Markdown and HTML diff: sentences, headings, change,
    /// category and class names.
    #[arg(long, value_enum, default_value = "en", value_name = "LANG")]
    pub lang: crate::report::lang::Lang,
}

/// `piiscan merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The partial inventories (`piiscan scan --format json`, one per shard).
    #[arg(value_name = "PART", required = true)]
    pub parts: Vec<PathBuf>,

    /// Output format [default: from the extension of `-o FILE`, else human].
    #[arg(short = 'f', long, value_enum)]
    pub format: Option<MergeFormat>,

    /// Write to FILE (created readable by its owner only) instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Merge parts made with other detectors, options or piiscan versions, or the same
    /// shard twice, with a notice instead of an error. Their counts then add up things
    /// that were not counted alike.
    #[arg(long)]
    pub allow_mismatch: bool,

    /// When the parts were made with `--fail-on`, accept files they list as not scanned
    /// (unreadable, too large, encrypted...) and shards missing from the merge: without
    /// it, the merged gate fails closed on them with exit 2, as a scan's does.
    #[arg(long)]
    pub allow_skips: bool,

    /// Refuse a part larger than SIZE (bytes, or with a K, M or G suffix): memory stays
    /// bounded whatever a part holds.
    #[arg(long, value_name = "SIZE", default_value = "2G")]
    pub max_part: String,

    /// Write CSV without the UTF-8 byte-order mark (Excel needs it to read UTF-8).
    #[arg(long)]
    pub no_bom: bool,

    /// The language of the terminal summary and the Markdown and HTML reports: headings,
    /// category and class names, recommendations, legal basis.
    #[arg(long, value_enum, default_value = "en", value_name = "LANG")]
    pub lang: crate::report::lang::Lang,
}

/// Formats of `merge`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum MergeFormat {
    /// A readable summary per category and per file.
    Human,
    /// The merged inventory document (with its sketches, so that it merges again).
    Json,
    /// One row per location.
    Csv,
    /// A Markdown report.
    Markdown,
    /// A self-contained HTML report.
    Html,
    /// SARIF 2.1.0, from the parts' listed findings.
    Sarif,
}

impl From<MergeFormat> for Format {
    fn from(f: MergeFormat) -> Format {
        match f {
            MergeFormat::Human => Format::Human,
            MergeFormat::Json => Format::Json,
            MergeFormat::Csv => Format::Csv,
            MergeFormat::Markdown => Format::Markdown,
            MergeFormat::Html => Format::Html,
            MergeFormat::Sarif => Format::Sarif,
        }
    }
}

/// Formats of `diff`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// A readable list of changes.
    Human,
    /// A JSON document of the changes.
    Json,
    /// A Markdown table of the changes.
    Markdown,
    /// A self-contained HTML page of the changes.
    Html,
}

/// `piiscan init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Print the example to standard output instead of writing `.piiscan.toml`.
    #[arg(long)]
    pub print: bool,
}

/// The `--fail-on` levels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FailOn {
    /// Any new finding.
    Low,
    /// New findings of medium or high confidence.
    Medium,
    /// New findings of high confidence.
    High,
    /// Never fail on findings.
    Never,
}

impl FailOn {
    /// The lowest confidence that fails, or `None` for never.
    pub fn level(self) -> Option<Confidence> {
        match self {
            FailOn::Low => Some(Confidence::Low),
            FailOn::Medium => Some(Confidence::Medium),
            FailOn::High => Some(Confidence::High),
            FailOn::Never => None,
        }
    }
}

/// `piiscan baseline`.
#[derive(Debug, Args)]
pub struct BaselineArgs {
    /// Write the fingerprint key into the baseline file when `PIISCAN_BASELINE_KEY` is
    /// not set. Anyone holding such a file can test guesses of a value against its
    /// fingerprints: a phone number (about 10^9 candidates) is recovered by brute force
    /// in minutes. Only for baselines that never leave the people allowed to see the data.
    #[arg(long)]
    pub store_key: bool,

    /// Write the baseline to FILE (created readable by its owner only) instead of
    /// standard output. An existing FILE is the baseline being updated: its key is
    /// kept, and so is its `created` time when nothing changed.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// What to scan, as for `piiscan scan`.
    #[command(flatten)]
    pub scan: ScanArgs,
}

/// `piiscan scan`: what to scan (shared with `baseline`) and what to write.
#[derive(Debug, Args)]
pub struct ScanCmdArgs {
    /// What to write.
    #[command(flatten)]
    pub output: OutputArgs,

    /// What to scan.
    #[command(flatten)]
    pub scan: ScanArgs,
}

/// The outputs of `piiscan scan` (not of `baseline`, which writes a baseline).
#[derive(Debug, Default, Args)]
pub struct OutputArgs {
    /// Output format [default: from the extension of `-o FILE`, else human].
    #[arg(short = 'f', long, value_enum)]
    pub format: Option<Format>,

    /// Write the output to FILE instead of standard output (created readable by its
    /// owner only); its format from `--format`, else from the extension.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Also write a report to FILE, its format from the extension (`.html`, `.md`,
    /// `.csv`, `.json`, `.sarif`, `.txt`); created readable by its owner only. The
    /// terminal still shows `--format`.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,

    /// Write CSV (`--format csv`, a `.csv` report) without the UTF-8 byte-order mark
    /// (Excel needs it to read UTF-8).
    #[arg(long)]
    pub no_bom: bool,

    /// The language of the terminal summary and the Markdown and HTML outputs and
    /// reports: headings, category and class names, recommendations, legal basis.
    #[arg(long, value_enum, default_value = "en", value_name = "LANG")]
    pub lang: crate::report::lang::Lang,

    /// Keep up to N different masked sample values per location in the inventory (at
    /// most 100).
    #[arg(long, value_name = "N", default_value_t = 3,
          value_parser = clap::builder::TypedValueParser::map(
              clap::value_parser!(u16).range(0..=100), usize::from))]
    pub samples: usize,

    /// Print raw values instead of masked ones, in paths too. Outputs then hold personal
    /// data: handle them as such.
    #[arg(long)]
    pub show_values: bool,

    /// Exit with 1 when a new finding (not suppressed, not in the baseline, not a known
    /// test value) is at or above this confidence [default: never, or the
    /// configuration's `fail_on`].
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub fail_on: Option<FailOn>,
}

impl OutputArgs {
    /// How the report formats write, as these flags say.
    pub fn report_options(&self) -> crate::report::Options {
        crate::report::Options { csv_bom: !self.no_bom, lang: self.lang }
    }
}

/// What a scan reads: `piiscan scan` and `piiscan baseline`.
#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Files or directories to scan (`-` reads standard input). Default: `.`.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Print paths as they are even when a file or folder name holds personal data (by
    /// default such values are masked in every printed path; values found in files stay
    /// masked).
    #[arg(long)]
    pub show_paths: bool,

    /// Report findings of this confidence and above [default: medium, or the
    /// configuration's `min_confidence`].
    #[arg(long, value_enum)]
    pub min_confidence: Option<ConfidenceArg>,

    /// Accept files not scanned for cause (unreadable, `walk_error`, `too_large`,
    /// `encoding`): without it they make the run exit with 2 when `--fail-on` (or the
    /// configuration's `fail_on`) is set, and unreadable files always do. They are still
    /// listed with their reason.
    #[arg(long)]
    pub allow_skips: bool,

    /// Report only findings that are not in this baseline (made by `piiscan baseline`)
    /// [default: the configuration's `baseline`].
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,

    /// Read the configuration from FILE instead of the `.piiscan.toml` found at the scan
    /// root or in the current folder or a parent, up to the repository root.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Do not read `.piiscan.toml`.
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,

    /// Scan the files listed in FILE (`-`: standard input), one per line or
    /// NUL-separated, such as `git diff --name-only`. Listed files that do not exist are
    /// recorded as missing, not as errors.
    #[arg(long, value_name = "FILE")]
    pub files_from: Option<PathBuf>,

    /// Also load the detector files (`*.toml`) in this directory. Repeatable.
    #[arg(long, value_name = "DIR")]
    pub patterns: Vec<PathBuf>,

    /// Keep what each file adds to the inventory in FILE (SQLite, created readable by
    /// its owner only), and reuse it next time for files unchanged since (same path,
    /// device, inode, size and modification time) and for copies of content already
    /// scanned; options that change findings empty it [default: the configuration's
    /// `cache`].
    #[arg(long, value_name = "FILE")]
    pub cache: Option<PathBuf>,

    /// Keep at most N distinct table and column names (JSON key paths) per structured
    /// file; new names past it collapse to `*` (keys) or `col_N` (columns).
    #[arg(long, value_name = "N", default_value_t = crate::extract::Limits::MAX_COLUMNS,
          value_parser = clap::builder::TypedValueParser::map(
              clap::value_parser!(u32).range(1..), |n| n as usize))]
    pub max_columns: usize,

    /// Follow JSON nesting N levels deep; deeper values share the path at that depth
    /// followed by `*`, and the file gets a warning.
    #[arg(long, value_name = "N", default_value_t = crate::extract::Limits::MAX_JSON_DEPTH,
          value_parser = clap::builder::TypedValueParser::map(
              clap::value_parser!(u32).range(1..), |n| n as usize))]
    pub max_json_depth: usize,

    /// Hold at most N findings of a structured file while they wait for the value that
    /// holds them to end; past it the value is given up as broken (an unclosed quote), the
    /// file gets a warning, and parsing resumes at the next line.
    #[arg(long, value_name = "N", default_value_t = crate::extract::Limits::MAX_HELD_FINDINGS,
          value_parser = clap::builder::TypedValueParser::map(
              clap::value_parser!(u32).range(1..), |n| n as usize))]
    pub max_held_findings: usize,

    /// Scan only shard K of N (1-based: `1/4` to `4/4`): the files whose path relative
    /// to its root hashes to K (SHA-256, the same on every machine and run). N runs with
    /// K = 1..N cover every file exactly once; `piiscan merge` combines their `--format
    /// json` outputs. Set `PIISCAN_DISTINCT_KEY` to the same secret on every shard so
    /// that distinct counts can be combined too.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<crate::shard::Shard>,

    /// Which files to visit.
    #[command(flatten)]
    pub walk: WalkArgs,
}

/// Which files a scan visits (ripgrep's flags and semantics).
#[derive(Debug, Args)]
pub struct WalkArgs {
    /// Do not respect `.gitignore`, `.ignore` and other ignore files.
    #[arg(long)]
    pub no_ignore: bool,

    /// Scan hidden files and directories.
    #[arg(long, short = '.')]
    pub hidden: bool,

    /// Follow symbolic links.
    #[arg(long, short = 'L')]
    pub follow: bool,

    /// Include files matching GLOB, or exclude them with `!GLOB`. Repeatable.
    #[arg(long, short = 'g', value_name = "GLOB", allow_hyphen_values = true)]
    pub glob: Vec<String>,

    /// Skip files larger than SIZE (bytes, or with a K, M or G suffix).
    #[arg(long, value_name = "SIZE")]
    pub max_filesize: Option<String>,

    /// Render spreadsheet and SQLite cells up to SIZE bytes (K, M or G suffix): longer
    /// text is cut, a larger database value is not read, each with a warning; the rows
    /// after it are still scanned.
    #[arg(long, value_name = "SIZE", default_value = "16M")]
    pub max_cell_size: String,

    /// The encoding of files' text: `auto` (default: UTF-8, or UTF-16, GBK/GB18030 or
    /// Big5 detected per file), `utf-8`, `gbk`, `gb18030`, `big5`, `utf-16le`,
    /// `utf-16be` [default: auto, or the configuration's `encoding`].
    #[arg(long, value_name = "ENCODING")]
    pub encoding: Option<crate::decode::encoding::EncodingChoice>,

    /// Decode at most N nested gzip layers (`.gz.gz`); deeper layers are scanned
    /// compressed, with a warning.
    #[arg(long, value_name = "N", default_value_t = crate::decode::gzip::DEPTH_DEFAULT)]
    pub max_gzip_depth: u32,

    /// Decompress at most SIZE bytes from one file, its archives' entries and nested
    /// archives counted together (K, M, G or T suffix); past it the input being read
    /// ends with a `too_large` skip.
    #[arg(long, value_name = "SIZE", default_value = "64G")]
    pub max_expanded: String,

    /// End a compressed stream or archive entry that decompresses to more than N times
    /// its stored size (judged after its first MiB) with a `bomb` skip.
    #[arg(long, value_name = "N", default_value_t = 1000)]
    pub max_ratio: u64,

    /// Read at most N entries of one archive; the rest is a `too_large` skip.
    #[arg(long, value_name = "N", default_value_t = 100_000)]
    pub max_entries: u64,

    /// Open archives nested at most N deep (`a.zip!/b.tar.gz!/c.zip` is 3); deeper ones
    /// are a `depth` skip.
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub max_archive_depth: u32,

    /// Copy at most SIZE bytes of an archive entry that must be read out of order (a zip,
    /// spreadsheet or SQLite file inside an archive), in memory up to 8M, else to a
    /// temporary file; a larger one is a `too_large` skip.
    #[arg(long, value_name = "SIZE", default_value = "1G")]
    pub max_spool: String,

    /// Open Java and Android packages (`.jar`, `.war`, `.ear`, `.apk`) as zip archives.
    #[arg(long)]
    pub jars: bool,

    /// Make at most SIZE bytes of one entry from a document's text (`body.txt`,
    /// `table-1.csv`); longer text is cut there, with a warning. Also the largest file
    /// embedded in a document that is read.
    #[arg(long, value_name = "SIZE", default_value = "64M")]
    pub max_part_size: String,

    /// Read at most SIZE decompressed bytes of XML from one member of a document package,
    /// and PDF files of at most SIZE bytes (their streams inflated counted too; a larger
    /// one is a `too_large` skip).
    #[arg(long, value_name = "SIZE", default_value = "256M")]
    pub max_document_size: String,

    /// Read PDFs that hold at most N objects, in their own text and their object streams
    /// (estimated from that text before it is parsed: the parser holds some 250 bytes per
    /// object); a PDF with more is a `too_large` skip, and a page whose content (with the
    /// XObjects it draws) holds more is not read, with a warning.
    #[arg(long, value_name = "N", default_value_t = crate::source::document::Limits::MAX_PDF_OBJECTS)]
    pub max_pdf_objects: u64,

    /// Parse mail messages of at most SIZE bytes; a larger one (in an mbox: that
    /// message) is not read, with a warning.
    #[arg(long, value_name = "SIZE", default_value = "64M")]
    pub max_message_size: String,

    /// Number of threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,

    /// Scan plain-text files of at least SIZE bytes (K, M or G suffix; never below 8M)
    /// on all threads, in parts cut at line starts, with the same results as one thread;
    /// `0` scans every file on one thread.
    #[arg(long, value_name = "SIZE", default_value = crate::split::SPLIT_SIZE_DEFAULT)]
    pub split_size: String,

    /// Hold about SIZE bytes at most of findings and output text in the parts of a split
    /// file, those being scanned and those waiting for the output; past it, every thread
    /// but the one scanning the part the output waits for pauses at its next 1 MiB chunk
    /// (`0` is taken as 1 byte: one part scanned at a time beside the one being written).
    #[arg(long, value_name = "SIZE", default_value = crate::split::HELD_MAX_DEFAULT)]
    pub max_split_memory: String,
}

/// A confidence level on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ConfidenceArg {
    /// Shape only.
    Low,
    /// Validated shape.
    Medium,
    /// Check digit or strong format with context.
    High,
}

impl From<ConfidenceArg> for Confidence {
    fn from(c: ConfidenceArg) -> Confidence {
        match c {
            ConfidenceArg::Low => Confidence::Low,
            ConfidenceArg::Medium => Confidence::Medium,
            ConfidenceArg::High => Confidence::High,
        }
    }
}

/// `piiscan detectors ...`.
#[derive(Debug, Subcommand)]
pub enum DetectorsCommand {
    /// List the detectors (built-in, plus any `--patterns` directories).
    List(ListArgs),
    /// Check detector files: ids, categories, validators, patterns, and that every
    /// example is found and no negative example is. Without DIR, checks the built-ins.
    Check(CheckArgs),
}

/// `piiscan detectors list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Output format.
    #[arg(short = 'f', long, value_enum, default_value = "human")]
    pub format: ListFormat,

    /// Also load the detector files in this directory. Repeatable.
    #[arg(long, value_name = "DIR")]
    pub patterns: Vec<PathBuf>,
}

/// Formats of `detectors list`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// An aligned table.
    Human,
    /// A JSON array.
    Json,
}

/// `piiscan detectors check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Directories of detector files to check together with the built-ins.
    #[arg(value_name = "DIR")]
    pub dirs: Vec<PathBuf>,

    /// Treat warnings (missing examples, no example glued to non-ASCII text) as errors.
    #[arg(long)]
    pub warnings_as_errors: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    #[test]
    fn scan_defaults() {
        let cli = Cli::try_parse_from(["piiscan", "scan"]).unwrap();
        let Command::Scan(ScanCmdArgs { output: o, scan: a }) = cli.command else { panic!() };
        assert!(a.paths.is_empty());
        assert_eq!(o.format, None);
        assert_eq!(a.min_confidence, None);
        assert_eq!(o.fail_on, None);
        assert!(!a.walk.no_ignore && !a.walk.hidden && !a.walk.follow && !o.show_values);
        assert_eq!(a.max_columns, crate::extract::Limits::MAX_COLUMNS);
        assert_eq!(a.max_json_depth, crate::extract::Limits::MAX_JSON_DEPTH);
        assert_eq!(a.max_held_findings, crate::extract::Limits::MAX_HELD_FINDINGS);
    }

    #[test]
    fn structure_limits_are_positive() {
        let parse = |flag: &str, v: &str| Cli::try_parse_from(["piiscan", "scan", flag, v]);
        assert!(parse("--max-columns", "0").is_err());
        assert!(parse("--max-json-depth", "x").is_err());
        let cli = parse("--max-held-findings", "50").unwrap();
        let Command::Scan(ScanCmdArgs { scan: a, .. }) = cli.command else { panic!() };
        assert_eq!(a.max_held_findings, 50);
    }

    #[test]
    fn globs_may_start_with_a_bang_or_dash() {
        let cli =
            Cli::try_parse_from(["piiscan", "scan", "-g", "!*.log", "-g", "-x", "d"]).unwrap();
        let Command::Scan(ScanCmdArgs { scan: a, .. }) = cli.command else { panic!() };
        assert_eq!(a.walk.glob, vec!["!*.log", "-x"]);
        assert_eq!(a.paths, vec![PathBuf::from("d")]);
    }

    #[test]
    fn baseline_refuses_output_flags() {
        for flag in [&["--format", "json"][..], &["--report", "r.html"], &["--fail-on", "low"]] {
            let args = [&["piiscan", "baseline"][..], flag].concat();
            assert!(Cli::try_parse_from(args).is_err(), "{flag:?}");
        }
        assert!(Cli::try_parse_from(["piiscan", "-q", "baseline", "-o", "b.json"]).is_ok());
    }

    #[test]
    fn report_formats_are_those_it_renders() {
        assert!(Cli::try_parse_from(["piiscan", "report", "i.json", "-f", "sarif"]).is_err());
        assert!(Cli::try_parse_from(["piiscan", "report", "i.json", "-f", "csv"]).is_ok());
    }
}
