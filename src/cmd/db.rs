//! `piiscan db URL`: sample a live database read-only and write its inventory, in every
//! format `scan` writes (see [`crate::db`]). An `sqlite://` URL is the SQLite file, read
//! as `piiscan scan FILE` reads it.

use std::io::Write;
use std::time::Duration;

use anyhow::Result;

use crate::cli::args::{DbArgs, GlobalArgs, ScanArgs};
use crate::cli::config::ScanConfig;
use crate::cmd::scan::{execute, execute_with, run_with};
use crate::cmd::Exit;
use crate::db::{self, DatabaseInfo, DbOptions, DbUrl, EngineKind, Sample};
use crate::interrupt;

/// The scan settings of `args`, as `scan` would resolve them for `paths`: every limit
/// `db` has no flag for keeps the default `scan` declares (read from its clap
/// definition, so the two never drift apart).
fn scan_args(args: &DbArgs, paths: Vec<std::path::PathBuf>) -> ScanArgs {
    use clap::{Args, FromArgMatches};
    let defaults = ScanArgs::augment_args(clap::Command::new("db").no_binary_name(true))
        .get_matches_from(std::iter::empty::<String>());
    let mut scan = ScanArgs::from_arg_matches(&defaults).expect("scan's defaults parse");
    scan.paths = paths;
    scan.min_confidence = args.min_confidence;
    scan.allow_skips = args.allow_skips;
    scan.baseline = args.baseline.clone();
    scan.config = args.config.clone();
    scan.no_config = args.config.is_none();
    scan.patterns = args.patterns.clone();
    scan.max_columns = args.max_columns;
    scan.walk.no_ignore = true;
    scan.walk.hidden = true;
    scan.walk.max_cell_size = args.max_cell_size.clone();
    scan.walk.threads = args.threads;
    scan
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
            run_with(&cfg, g, args.output.report_options(), |out| execute(&cfg, g, out))
        }
        None => {
            // The database is the one root; nothing is walked.
            cfg.roots = vec![url.shown.clone().into()];
            cfg.walk.paths.clear();
            run_with(&cfg, g, args.output.report_options(), |out| live(&url, args, &cfg, out))
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
        views: args.views,
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
    let (mut sampled, mut not_sampled) = (Vec::new(), Vec::new());
    for t in tables.into_iter().filter(|t| opts.selects(&t.schema, &t.name)) {
        match opts.not_sampled(&t) {
            None => sampled.push(t),
            Some(reason) => not_sampled.push(db::NotSampled {
                path: db::table_path(url, &t).to_string_lossy().into_owned(),
                schema: t.schema,
                table: t.name,
                kind: t.kind,
                reason,
            }),
        }
    }
    let mut info = DatabaseInfo {
        engine: engine_name.into(),
        url: url.shown.clone(),
        server_version,
        sample: match args.sample {
            Sample::Rows(n) => Some(n),
            Sample::All => None,
        },
        tables: Vec::new(),
        not_sampled: Vec::new(),
    };
    let mut rows = Vec::new();
    let inventory = execute_with(cfg, out, |engine, sink| {
        // Listed as the tables read are: values in their names masked.
        let mut names = crate::worker::Worker::new(engine, &cfg.worker, None);
        for n in &mut not_sampled {
            let shown = names.name(std::path::Path::new(&n.path), crate::worker::PathScan::Mask);
            n.path = shown.to_string_lossy().into_owned();
        }
        not_sampled.sort_by(|a, b| a.path.cmp(&b.path));
        let (tally, r) =
            db::sample_tables(url, sampled, first, connect, opts, (engine, &cfg.worker, sink))?;
        rows = r;
        Ok(Some(tally))
    })?;
    info.tables = rows;
    info.not_sampled = not_sampled;
    Ok(inventory.map(|mut inv| {
        inv.database = Some(info);
        inv
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::args::{Cli, Command, ScanCmdArgs};
    use clap::Parser;

    #[test]
    fn limits_without_a_db_flag_are_scans_defaults() {
        let Command::Db(db) =
            Cli::try_parse_from(["piiscan", "db", "sqlite:///x.db"]).unwrap().command
        else {
            panic!()
        };
        let Command::Scan(ScanCmdArgs { scan, .. }) =
            Cli::try_parse_from(["piiscan", "scan"]).unwrap().command
        else {
            panic!()
        };
        let made = scan_args(&db, Vec::new());
        assert_eq!(made.max_json_depth, scan.max_json_depth);
        assert_eq!(made.max_held_findings, scan.max_held_findings);
        assert_eq!(made.walk.max_expanded, scan.walk.max_expanded);
        assert_eq!(made.walk.max_ratio, scan.walk.max_ratio);
        assert_eq!(made.walk.max_entries, scan.walk.max_entries);
        assert_eq!(made.walk.max_archive_depth, scan.walk.max_archive_depth);
        assert_eq!(made.walk.max_spool, scan.walk.max_spool);
        assert_eq!(made.walk.max_part_size, scan.walk.max_part_size);
        assert_eq!(made.walk.max_document_size, scan.walk.max_document_size);
        assert_eq!(made.walk.max_pdf_objects, scan.walk.max_pdf_objects);
        assert_eq!(made.walk.max_message_size, scan.walk.max_message_size);
        assert_eq!(made.walk.max_gzip_depth, scan.walk.max_gzip_depth);
        // What db sets itself: no walk filters, its own cell limit and connections.
        assert!(made.walk.no_ignore && made.walk.hidden && !made.walk.jars);
        assert_eq!(made.walk.max_cell_size, db.max_cell_size);
        assert_eq!(made.no_config, db.config.is_none());
    }
}
