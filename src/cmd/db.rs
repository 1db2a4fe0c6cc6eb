//! `piiscan db URL`: sample a live database read-only and write its inventory, in every
//! format `scan` writes (see [`crate::db`]). An `sqlite://` URL is the SQLite file, read
//! as `piiscan scan FILE` reads it.

use std::io::Write;
use std::time::Duration;

use anyhow::Result;

use crate::cli::args::{DbArgs, GlobalArgs, ScanArgs, WalkArgs};
use crate::cli::config::ScanConfig;
use crate::cmd::scan::{execute, execute_with, run_with};
use crate::cmd::Exit;
use crate::db::{self, DatabaseInfo, DbOptions, DbUrl, EngineKind, Sample};
use crate::interrupt;

/// The scan settings of `args`, as `scan` would resolve them for `paths`.
fn scan_args(args: &DbArgs, paths: Vec<std::path::PathBuf>) -> ScanArgs {
    ScanArgs {
        paths,
        show_paths: false,
        min_confidence: args.min_confidence,
        allow_skips: args.allow_skips,
        baseline: args.baseline.clone(),
        config: args.config.clone(),
        no_config: args.config.is_none(),
        files_from: None,
        patterns: args.patterns.clone(),
        max_columns: args.max_columns,
        max_json_depth: crate::extract::Limits::MAX_JSON_DEPTH,
        max_held_findings: crate::extract::Limits::MAX_HELD_FINDINGS,
        walk: WalkArgs {
            no_ignore: true,
            hidden: true,
            follow: false,
            glob: Vec::new(),
            max_filesize: None,
            max_cell_size: args.max_cell_size.clone(),
            max_gzip_depth: crate::decode::gzip::DEPTH_DEFAULT,
            max_expanded: "64G".into(),
            max_ratio: 1000,
            max_entries: 100_000,
            max_archive_depth: 5,
            max_spool: "1G".into(),
            jars: false,
            max_part_size: "64M".into(),
            max_document_size: "256M".into(),
            max_message_size: "64M".into(),
            encoding: None,
            threads: args.threads,
        },
    }
}

/// Runs `piiscan db`.
pub fn run(args: &DbArgs, g: &GlobalArgs) -> Result<Exit> {
    interrupt::scanning();
    let url = DbUrl::parse(&args.url)?;
    let sqlite_file = (url.engine == EngineKind::Sqlite).then(|| url.sqlite_path());
    let scan = scan_args(args, sqlite_file.iter().cloned().collect());
    let mut cfg = ScanConfig::from_args(&scan, &args.output)?;
    match &sqlite_file {
        Some(path) => {
            if !path.is_file() {
                anyhow::bail!("{}: no such SQLite file", url.shown);
            }
            run_with(&cfg, g, args.output.no_bom, |out| execute(&cfg, g, out))
        }
        None => {
            // The database is the one root; nothing is walked.
            cfg.roots = vec![url.shown.clone().into()];
            cfg.walk.paths.clear();
            run_with(&cfg, g, args.output.no_bom, |out| live(&url, args, &cfg, out))
        }
    }
}

/// Samples a live database: connect (exit 2 with the reason on failure), list the
/// tables, sample them in parallel.
fn live(
    url: &DbUrl,
    args: &DbArgs,
    cfg: &ScanConfig,
    out: Box<dyn Write + Send>,
) -> Result<Option<crate::inventory::Inventory>> {
    let jobs = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
    let opts = DbOptions {
        sample: args.sample,
        timeout: Duration::from_secs(args.timeout),
        only: db::globs(&args.only)?,
        exclude: db::globs(&args.exclude)?,
        jobs,
        tls: args.sslmode,
    };
    let max_cell = cfg.worker.max_cell;
    match url.engine {
        EngineKind::Mysql => {
            let connect = || db::mysql::connect(url, &opts, max_cell);
            let mut first = connect()?;
            let version = first.server_version()?;
            let tables = first.tables()?;
            sample(url, args, (cfg, out), &opts, ("mysql", version, tables), first, &connect)
        }
        _ => {
            let connect = || db::postgres::connect(url, &opts, max_cell);
            let mut first = connect()?;
            let version = first.server_version()?;
            let tables = first.tables()?;
            sample(url, args, (cfg, out), &opts, ("postgresql", version, tables), first, &connect)
        }
    }
}

/// Samples the selected `tables` through `first` and further connections from
/// `connect`, and adds the database's facts to the inventory.
fn sample<C: db::Connection>(
    url: &DbUrl,
    args: &DbArgs,
    (cfg, out): (&ScanConfig, Box<dyn Write + Send>),
    opts: &DbOptions,
    (engine_name, server_version, tables): (&str, String, Vec<db::TableInfo>),
    first: C,
    connect: &(dyn Fn() -> Result<C> + Sync),
) -> Result<Option<crate::inventory::Inventory>> {
    let tables: Vec<db::TableInfo> =
        tables.into_iter().filter(|t| opts.selects(&t.schema, &t.name)).collect();
    let mut info = DatabaseInfo {
        engine: engine_name.into(),
        url: url.shown.clone(),
        server_version,
        sample: match args.sample {
            Sample::Rows(n) => Some(n),
            Sample::All => None,
        },
        tables: Vec::new(),
    };
    let mut rows = Vec::new();
    let inventory = execute_with(cfg, out, |engine, sink| {
        let (tally, r) =
            db::sample_tables(url, tables, first, connect, opts, (engine, &cfg.worker, sink))?;
        rows = r;
        Ok(Some(tally))
    })?;
    info.tables = rows;
    Ok(inventory.map(|mut inv| {
        inv.database = Some(info);
        inv
    }))
}
