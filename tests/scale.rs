//! Beyond one machine: `scan --shard K/N` runs merged by `piiscan merge` give the
//! inventory of one full scan; parts that do not belong together are refused.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::Value;

use crate::report::schema_errors;
use crate::util::{stderr, stdout, Dir};

const KEY: &str = "test-only distinct key, 0123456789abcdef";

/// Copies the tree at `from` to `to`.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

/// The demo tree and 40 generated files holding 6 000 distinct mobile numbers (some in
/// several files), so that one category passes the exact bound and is estimated.
fn tree() -> Dir {
    let d = Dir::new();
    copy_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo"), &d.path().join("tree"));
    for f in 0..40 {
        let mut text = String::new();
        for i in 0..160 {
            // Numbers 0..6000, each file's range overlapping the next one's.
            let n = (f * 150 + i) % 6_000;
            text.push_str(&format!("客户 {f}-{i} 手机 139{n:08}\n"));
        }
        d.create(&format!("tree/gen/d{}/f{f}.txt", f % 5), text);
    }
    d
}

/// Runs `piiscan ARGS` in `d` (with the distinct key when `key`), expecting exit 0.
fn run(d: &Dir, args: &[&str], key: bool) -> String {
    let mut cmd = d.cmd();
    cmd.args(args).env_remove("PIISCAN_DISTINCT_KEY");
    if key {
        cmd.env("PIISCAN_DISTINCT_KEY", KEY);
    }
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

fn json(d: &Dir, rel: &str) -> Value {
    serde_json::from_slice(&std::fs::read(d.path().join(rel)).unwrap()).unwrap()
}

/// Writes `part-K.json` for K in 1..=3.
fn shards(d: &Dir, key: bool) {
    for k in 1..=3 {
        let shard = format!("{k}/3");
        let out = format!("part-{k}.json");
        run(d, &["scan", "tree", "--shard", &shard, "-o", &out], key);
    }
}

/// Two distinct counts agree: exactly when both are exact, else within 3 %.
fn same_distinct(a: &Value, b: &Value) -> bool {
    let (x, y) = (a["distinct"].as_u64().unwrap(), b["distinct"].as_u64().unwrap());
    if a["distinct_exact"] == true && b["distinct_exact"] == true {
        x == y
    } else {
        (x as f64 - y as f64).abs() <= 0.03 * x.max(y) as f64
    }
}

/// A location without its distinct count and sketch (compared apart).
fn counts(l: &Value) -> Value {
    let mut l = l.clone();
    let o = l.as_object_mut().unwrap();
    for k in ["distinct", "distinct_exact", "sketch"] {
        o.remove(k);
    }
    l
}

#[test]
fn three_shards_merged_equal_one_full_scan() {
    let d = tree();
    run(&d, &["scan", "tree", "-o", "full.json"], false);
    shards(&d, true);
    let merged =
        run(&d, &["merge", "part-1.json", "part-2.json", "part-3.json", "-f", "json"], false);
    let merged: Value = serde_json::from_str(&merged).unwrap();
    let full = json(&d, "full.json");
    assert_eq!(schema_errors(&merged), Vec::<String>::new());

    // Every file in exactly one shard; the shards' files together are the full scan's.
    let mut owner: BTreeMap<String, u32> = BTreeMap::new();
    let mut scanned = 0;
    for k in 1..=3u32 {
        let part = json(&d, &format!("part-{k}.json"));
        assert_eq!(schema_errors(&part), Vec::<String>::new());
        assert_eq!(part["scan"]["shard"], serde_json::json!({"index": k, "count": 3}));
        assert!(part["locations"].as_array().unwrap().iter().all(|l| l["sketch"].is_object()));
        scanned += part["scan"]["files_scanned"].as_u64().unwrap();
        for f in part["files"].as_array().unwrap() {
            let p = f["path"].as_str().unwrap().to_string();
            assert_eq!(owner.insert(p.clone(), k), None, "{p} in two shards");
        }
    }
    assert!(owner.values().collect::<BTreeSet<_>>().len() == 3, "every shard has files");
    assert_eq!(scanned, full["scan"]["files_scanned"].as_u64().unwrap());
    let full_files: BTreeSet<String> = full["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().into())
        .collect();
    assert_eq!(owner.keys().cloned().collect::<BTreeSet<_>>(), full_files);

    // Exact counts, files and findings identical; distinct within the sketch's error.
    assert_eq!(merged["files"], full["files"]);
    assert_eq!(merged["findings"], full["findings"]);
    assert_eq!(merged["totals"], full["totals"]);
    for k in ["files_scanned", "bytes_scanned", "files_skipped", "findings_total", "warnings"] {
        assert_eq!(merged["scan"][k], full["scan"][k], "{k}");
    }
    let (ml, fl) = (merged["locations"].as_array().unwrap(), full["locations"].as_array().unwrap());
    assert_eq!(ml.len(), fl.len());
    for (m, f) in ml.iter().zip(fl) {
        assert_eq!(counts(m), counts(f));
        assert!(same_distinct(m, f), "{m}\n{f}");
    }
    // The demo's split address (`registrations`: address, postcode, zip) is one location
    // with its parts in the merged document too.
    let split = |l: &&Value| l["address_parts"].as_array().is_some_and(|p| p.len() == 3);
    assert_eq!(ml.iter().filter(split).count(), 1, "{ml:?}");
    let (mc, fc) =
        (merged["categories"].as_array().unwrap(), full["categories"].as_array().unwrap());
    assert_eq!(mc.len(), fc.len());
    let mut estimated = 0;
    for (m, f) in mc.iter().zip(fc) {
        assert_eq!(
            (&m["category"], &m["findings"], &m["files"]),
            (&f["category"], &f["findings"], &f["files"])
        );
        assert_eq!((&m["confidence"], &m["minors"]), (&f["confidence"], &f["minors"]));
        assert!(same_distinct(m, f), "{m}\n{f}");
        estimated += usize::from(m["distinct_exact"] == false);
        // A category past the exact bound in no single shard is still exact.
        if f["distinct_exact"] == true && f["distinct"].as_u64().unwrap() <= 2048 {
            assert_eq!(m["distinct"], f["distinct"]);
        }
    }
    assert_eq!(estimated, 1, "the generated mobile numbers are estimated");
    let mobile = mc.iter().find(|c| c["category"] == "cn_mobile").unwrap();
    let n = mobile["distinct"].as_u64().unwrap() as f64;
    assert!((n - 6_000.0).abs() < 0.03 * 6_000.0 + 200.0, "{n}");
    assert_eq!(merged["scan"]["merged"]["shards"], serde_json::json!([1, 2, 3]));
    assert_eq!(merged["scan"]["merged"]["distinct_combined"], true);

    // The merged document merges again, renders in every format, and `report` reads it.
    std::fs::write(d.path().join("merged.json"), merged.to_string()).unwrap();
    for f in ["human", "csv", "markdown", "html"] {
        let via_report = run(&d, &["report", "merged.json", "-f", f], false);
        let via_merge =
            run(&d, &["merge", "part-1.json", "part-2.json", "part-3.json", "-f", f], false);
        assert_eq!(via_report, via_merge, "{f}");
        assert!(via_report.contains("mobile"), "{f}");
        let note = "Merged from 3 parts (shards 1, 2, 3 of 3).";
        assert_eq!(via_report.contains(note), f != "csv", "{f}: one row per location only");
    }
    let zh = run(&d, &["report", "merged.json", "-f", "markdown", "--lang", "zh"], false);
    assert!(zh.contains("由 3 个部分合并而成（分片 1, 2, 3，共 3 个）。"), "{zh}");
    let again: Value =
        serde_json::from_str(&run(&d, &["merge", "merged.json", "-f", "json"], false)).unwrap();
    assert_eq!(again["categories"], merged["categories"]);
    assert_eq!(again["locations"], merged["locations"]);
    let sarif: Value = serde_json::from_str(&run(
        &d,
        &["merge", "part-1.json", "part-2.json", "part-3.json", "-f", "sarif"],
        false,
    ))
    .unwrap();
    let full_sarif: Value =
        serde_json::from_str(&run(&d, &["scan", "tree", "-f", "sarif"], false)).unwrap();
    assert_eq!(sarif["runs"][0]["results"], full_sarif["runs"][0]["results"]);
    assert_eq!(
        sarif["runs"][0]["tool"]["driver"]["rules"],
        full_sarif["runs"][0]["tool"]["driver"]["rules"]
    );
}

#[test]
fn shards_do_not_depend_on_the_working_directory_or_an_absolute_root() {
    let d = tree();
    // Root-relative paths of the files with findings, per way of naming the root.
    let rel = |cwd: &Path, root: &str, strip: &str| -> BTreeSet<String> {
        let mut cmd = assert_cmd::Command::cargo_bin("piiscan").unwrap();
        let out = cmd
            .current_dir(cwd)
            .args(["scan", root, "--shard", "2/3", "--format", "jsonl"])
            .output()
            .unwrap();
        crate::util::parse_jsonl(&out)
            .iter()
            .map(|f| f["path"].as_str().unwrap().strip_prefix(strip).unwrap().to_string())
            .collect()
    };
    let abs = d.path().join("tree");
    let from_parent = rel(d.path(), "tree", "tree/");
    assert!(!from_parent.is_empty());
    assert_eq!(rel(&abs, ".", ""), from_parent);
    let elsewhere = std::env::temp_dir();
    assert_eq!(rel(&elsewhere, abs.to_str().unwrap(), &format!("{}/", abs.display())), from_parent);
    // And shard 2 is not everything.
    let all: BTreeSet<String> = crate::util::parse_jsonl(
        &d.cmd().args(["scan", "tree", "--format", "jsonl"]).output().unwrap(),
    )
    .iter()
    .map(|f| f["path"].as_str().unwrap().strip_prefix("tree/").unwrap().to_string())
    .collect();
    assert!(from_parent.is_subset(&all) && from_parent.len() < all.len());
}

#[test]
fn without_the_key_distinct_counts_are_not_combined() {
    let d = tree();
    shards(&d, false);
    let part = json(&d, "part-1.json");
    assert!(part["scan"].get("distinct_key").is_none());
    assert!(part["locations"].as_array().unwrap().iter().all(|l| l.get("sketch").is_none()));
    let out = d
        .cmd()
        .args(["merge", "part-1.json", "part-2.json", "part-3.json", "-f", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("PIISCAN_DISTINCT_KEY"), "{}", stderr(&out));
    let merged: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(schema_errors(&merged), Vec::<String>::new());
    assert_eq!(merged["scan"]["merged"]["distinct_combined"], false);
    let mobile = merged["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["category"] == "cn_mobile")
        .unwrap();
    assert_eq!(mobile["distinct"], Value::Null, "found in several shards: not combinable");
    assert!(mobile["findings"].as_u64().unwrap() > 6_000, "counts still add up");
    // Locations are in one shard each and keep their own counts.
    assert!(merged["locations"].as_array().unwrap().iter().all(|l| l["distinct"].is_u64()));
    std::fs::write(d.path().join("merged.json"), out.stdout).unwrap();
    let human = run(&d, &["report", "merged.json"], false);
    assert!(human.contains('?'), "{human}");
    assert!(human.contains("not made under one PIISCAN_DISTINCT_KEY"), "{human}");
    let part = run(&d, &["report", "part-2.json"], false);
    assert!(part.contains("Shard 2/3 of a scan"), "{part}");
}

#[test]
fn the_key_is_never_written_and_must_be_long_enough() {
    let d = tree();
    shards(&d, true);
    for k in 1..=3 {
        let text = std::fs::read_to_string(d.path().join(format!("part-{k}.json"))).unwrap();
        assert!(!text.contains(KEY) && !text.contains("0123456789abcdef"));
    }
    let out = d
        .cmd()
        .args(["scan", "tree"])
        .env("PIISCAN_DISTINCT_KEY", "short-secret")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("at least 16 bytes") && !stderr(&out).contains("short-secret"));
    let out = d.cmd().args(["scan", "-", "--shard", "1/2"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    for bad in ["0/3", "4/3", "3"] {
        let out = d.cmd().args(["scan", "tree", "--shard", bad]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
    }
}

/// Runs `piiscan merge ARGS`, expecting exit 2; returns standard error.
fn refused(d: &Dir, args: &[&str]) -> String {
    let out = d.cmd().arg("merge").args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    stderr(&out)
}

#[test]
fn parts_that_do_not_belong_together_are_refused() {
    let d = tree();
    shards(&d, true);
    let parts = ["part-1.json", "part-2.json", "part-3.json"];
    // Another catalogue.
    let mut other = json(&d, "part-2.json");
    other["scan"]["detectors_digest"] = Value::String(format!("sha256:{}", "0".repeat(64)));
    std::fs::write(d.path().join("other.json"), other.to_string()).unwrap();
    let err = refused(&d, &["part-1.json", "other.json", "part-3.json"]);
    assert!(err.contains("detectors_digest") && err.contains("other.json"), "{err}");
    let out = d
        .cmd()
        .args(["merge", "part-1.json", "other.json", "part-3.json", "--allow-mismatch"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // Another option.
    run(&d, &["scan", "tree", "--shard", "2/3", "--min-confidence", "low", "-o", "low.json"], true);
    let err = refused(&d, &["part-1.json", "low.json", "part-3.json"]);
    assert!(err.contains("min_confidence"), "{err}");
    // The same shard twice, and overlapping parts.
    let err = refused(&d, &["part-1.json", "part-1.json"]);
    assert!(err.contains("both shard 1/3"), "{err}");
    run(&d, &["scan", "tree", "-o", "full.json"], true);
    let err = refused(&d, &["part-1.json", "full.json"]);
    assert!(err.contains("overlap"), "{err}");
    // Other shard counts.
    run(&d, &["scan", "tree", "--shard", "2/4", "-o", "four.json"], true);
    let err = refused(&d, &["part-1.json", "four.json"]);
    assert!(err.contains("shard count"), "{err}");
    // A missing shard is merged, with a notice.
    let out = d.cmd().args(["merge", parts[0], parts[2], "-f", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("shard 2 of 3 missing"), "{}", stderr(&out));
    let m: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(m["scan"]["merged"]["missing_shards"], serde_json::json!([2]));
}

#[test]
fn broken_parts_are_errors_naming_the_file() {
    let d = tree();
    shards(&d, true);
    let whole = std::fs::read(d.path().join("part-2.json")).unwrap();
    d.create("cut.json", &whole[..whole.len() / 2]);
    let err = refused(&d, &["part-1.json", "cut.json", "part-3.json"]);
    assert!(err.contains("cut.json") && err.contains("cut short"), "{err}");
    d.create("garbage.json", b"\x00\xff{{{");
    assert!(refused(&d, &["part-1.json", "garbage.json"]).contains("garbage.json"));
    d.create("empty.json", b"");
    assert!(refused(&d, &["empty.json"]).contains("empty.json"));
    assert!(refused(&d, &["nonexistent.json"]).contains("nonexistent.json"));
    // A sketch that claims more than it may hold, or is not base64.
    let mut hostile = json(&d, "part-2.json");
    hostile["locations"][0]["sketch"] =
        serde_json::json!({"kind": "hll", "data": "A".repeat(30_000)});
    std::fs::write(d.path().join("hostile.json"), hostile.to_string()).unwrap();
    let err = refused(&d, &["part-1.json", "hostile.json"]);
    assert!(err.contains("hostile.json") && err.contains("sketch"), "{err}");
    hostile["locations"][0]["sketch"] = serde_json::json!({"kind": "exact", "data": "!!"});
    std::fs::write(d.path().join("hostile.json"), hostile.to_string()).unwrap();
    assert!(refused(&d, &["part-1.json", "hostile.json"]).contains("hostile.json"));
    // A part larger than --max-part.
    let err = refused(&d, &["part-1.json", "part-2.json", "--max-part", "1K"]);
    assert!(err.contains("part-1.json") && err.contains("--max-part"), "{err}");
}

/// Runs `script` with `interpreter` and `env`, with a `piiscan` on the `PATH` that only
/// records its arguments; returns the argument lists of its calls, in order.
fn piiscan_calls(interpreter: &[&str], script: &str, env: &[(&str, &str)]) -> Vec<Vec<String>> {
    let d = Dir::new();
    let shim = d.create(
        "bin/piiscan",
        "#!/bin/sh\nn=$(cat \"$SHIM_LOG.n\" 2>/dev/null || echo 0); n=$((n + 1))\n\
         echo \"$n\" > \"$SHIM_LOG.n\"\nprintf '%s\\0' \"$@\" > \"$SHIM_LOG.$n\"\n",
    );
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&shim, std::fs::Permissions::from_mode(0o755)).unwrap();
    d.create(".config/piiscan/distinct-key", "a secret of at least sixteen bytes");
    let log = d.path().join("log");
    let path = format!("{}:{}", d.path().join("bin").display(), std::env::var("PATH").unwrap());
    let out = std::process::Command::new(interpreter[0])
        .args(&interpreter[1..])
        .arg(script)
        .current_dir(d.path())
        .env("PATH", path)
        .env("SHIM_LOG", &log)
        .env("HOME", d.path())
        .envs(env.iter().copied())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let n: usize = std::fs::read_to_string(format!("{}.n", log.display()))
        .map_or(0, |t| t.trim().parse().unwrap());
    (1..=n)
        .map(|i| {
            let raw = std::fs::read(format!("{}.{i}", log.display())).unwrap();
            raw.split(|&b| b == 0)
                .filter(|a| !a.is_empty())
                .map(|a| String::from_utf8(a.to_vec()).unwrap())
                .collect()
        })
        .collect()
}

/// Parses `args` with piiscan's own command-line definition.
fn parse(args: &[String]) -> piiscan::cli::args::Command {
    use clap::Parser;
    let cli = piiscan::cli::args::Cli::try_parse_from(
        std::iter::once("piiscan".to_string()).chain(args.iter().cloned()),
    )
    .unwrap_or_else(|e| panic!("{args:?} is not a piiscan command line: {e}"));
    cli.command
}

fn scale_doc(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/scale").join(name))
        .unwrap()
}

#[test]
fn the_kubernetes_indexed_job_runs_every_shard_once() {
    use piiscan::cli::args::Command;
    let job: Value = serde_norway::from_str(&scale_doc("job.yaml")).unwrap();
    assert_eq!((&job["apiVersion"], &job["kind"]), (&Value::from("batch/v1"), &Value::from("Job")));
    let spec = &job["spec"];
    assert_eq!(spec["completionMode"], "Indexed");
    let n = spec["completions"].as_u64().unwrap();
    assert_eq!(spec["parallelism"].as_u64(), Some(n));
    let pod = &spec["template"]["spec"];
    let c = &pod["containers"][0];
    let mounts: BTreeMap<&str, &str> = c["volumeMounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["name"].as_str().unwrap(), m["mountPath"].as_str().unwrap()))
        .collect();
    let volumes: BTreeSet<&str> =
        pod["volumes"].as_array().unwrap().iter().map(|v| v["name"].as_str().unwrap()).collect();
    assert!(mounts.keys().all(|m| volumes.contains(m)), "{mounts:?} {volumes:?}");
    assert!(
        c["env"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["name"] == "PIISCAN_DISTINCT_KEY"
                && e["valueFrom"]["secretKeyRef"].is_object())
    );
    let cmd: Vec<&str> =
        c["command"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
    assert_eq!(cmd[..2], ["/bin/sh", "-c"]);
    let mut outputs = BTreeSet::new();
    for index in 0..n {
        let i = index.to_string();
        let calls = piiscan_calls(&cmd[..2], cmd[2], &[("JOB_COMPLETION_INDEX", &i)]);
        assert_eq!(calls.len(), 1);
        let Command::Scan(a) = parse(&calls[0]) else { panic!("{:?} is not a scan", calls[0]) };
        let shard = a.scan.shard.expect("--shard");
        assert_eq!((u64::from(shard.index), u64::from(shard.count)), (index + 1, n));
        assert!(a.scan.paths.iter().all(|p| p.starts_with(mounts["data"])), "{:?}", a.scan.paths);
        let out = a.output.output.expect("-o");
        assert!(out.starts_with(mounts["parts"]) && out.extension().unwrap() == "json");
        outputs.insert(out);
    }
    assert_eq!(outputs.len() as u64, n, "one part file per index");

    // The merge step reads the parts' volume and writes the merged inventory.
    let merge: Value = serde_norway::from_str(&scale_doc("merge-job.yaml")).unwrap();
    let c = &merge["spec"]["template"]["spec"]["containers"][0];
    let cmd: Vec<&str> =
        c["command"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
    let calls = piiscan_calls(&cmd[..2], cmd[2], &[]);
    let Command::Merge(m) = parse(&calls[0]) else { panic!("{:?} is not a merge", calls[0]) };
    assert_eq!(m.parts, [Path::new("/parts/part-*.json")]);
    assert!(matches!(parse(&calls[1]), Command::Report(_)));
}

#[test]
fn the_slurm_array_runs_every_shard_once() {
    use piiscan::cli::args::Command;
    let script = scale_doc("slurm.sh");
    let array = script.lines().find_map(|l| l.strip_prefix("#SBATCH --array=")).unwrap();
    let (lo, hi) = array.split_once('-').unwrap();
    let (lo, hi): (u32, u32) = (lo.parse().unwrap(), hi.parse().unwrap());
    assert_eq!(lo, 1, "tasks count from 1, as shards do");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/scale/slurm.sh");
    for k in lo..=hi {
        let task = k.to_string();
        let calls = piiscan_calls(
            &["bash"],
            path.to_str().unwrap(),
            &[("SLURM_ARRAY_TASK_ID", &task), ("SLURM_CPUS_PER_TASK", "8")],
        );
        let Command::Scan(a) = parse(&calls[0]) else { panic!("not a scan") };
        assert_eq!(a.scan.shard.map(|s| (s.index, s.count)), Some((k, hi)));
        assert_eq!(a.output.output.unwrap(), Path::new(&format!("parts/part-{k}.json")));
    }
}

#[test]
fn docs_scale_quotes_its_files_as_they_are() {
    let md = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/scale.md"))
        .unwrap();
    for f in ["job.yaml", "merge-job.yaml", "slurm.sh", "parallel.sh"] {
        assert!(md.contains(&scale_doc(f)), "docs/scale.md does not quote docs/scale/{f} as it is");
    }
}

/// Runs `piiscan ARGS` in `d`, returning the exit code and standard error.
fn code(d: &Dir, args: &[&str]) -> (Option<i32>, String) {
    let out = d.cmd().args(args).env_remove("PIISCAN_DISTINCT_KEY").output().unwrap();
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    (out.status.code(), stderr(&out))
}

/// Scans `root` in `n` shards into `PREFIX{k}.json` with `args`, each exiting 0 or 1;
/// returns each part's `failing`.
fn gated_shards(d: &Dir, root: &str, n: u32, prefix: &str, args: &[&str]) -> Vec<u64> {
    (1..=n)
        .map(|k| {
            let (shard, out) = (format!("{k}/{n}"), format!("{prefix}{k}.json"));
            let scan = ["scan", root, "--shard", &shard, "-o", &out];
            let (c, err) = code(d, &[&scan[..], args].concat());
            assert!(matches!(c, Some(0 | 1)), "{err}");
            json(d, &out)["scan"]["failing"].as_u64().unwrap_or(0)
        })
        .collect()
}

#[test]
fn the_merge_of_gated_shards_is_the_gate_of_the_whole_scan() {
    let d = Dir::new();
    copy_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/demo"), &d.path().join("tree"));
    d.create("clean/readme.txt", "nothing personal here\n");
    let gate = ["--fail-on", "high", "--allow-skips"];
    let (full, _) = code(&d, &[&["scan", "tree", "-o", "full.json"][..], &gate].concat());
    assert_eq!(full, Some(1), "the demo has findings at high");
    let failing = gated_shards(&d, "tree", 3, "g", &gate);
    // All shards: the full scan's verdict, with the full scan's failing count.
    let (c, err) = code(&d, &["merge", "g1.json", "g2.json", "g3.json", "-o", "m.json"]);
    assert_eq!(c, full, "{err}");
    assert_eq!(json(&d, "m.json")["scan"]["failing"], json(&d, "full.json")["scan"]["failing"]);
    // A shard missing: the gate cannot vouch for the whole, unless told to accept it.
    let (c, err) = code(&d, &["merge", "g1.json", "g3.json", "-q"]);
    assert_eq!(c, Some(2), "{err}");
    assert!(err.contains("shard(s) 2 missing") && err.contains("--allow-skips"), "{err}");
    let (c, err) = code(&d, &["merge", "g1.json", "g3.json", "--allow-skips"]);
    assert_eq!(c, Some(if failing[0] + failing[2] > 0 { 1 } else { 0 }), "{err}");
    // Files the parts could not scan (too large here) fail the gate closed as well.
    gated_shards(&d, "tree", 3, "t", &[&gate[..], &["--max-filesize", "100"]].concat());
    let (c, err) = code(&d, &["merge", "t1.json", "t2.json", "t3.json"]);
    assert_eq!(c, Some(2), "{err}");
    assert!(err.contains("not scanned in the parts"), "{err}");
    let (c, _) = code(&d, &["merge", "t1.json", "t2.json", "t3.json", "--allow-skips"]);
    assert!(matches!(c, Some(0 | 1)));
    // Nothing failing: 0; parts made without --fail-on: a report, 0 whatever they hold.
    assert_eq!(gated_shards(&d, "clean", 2, "c", &gate), [0, 0]);
    assert_eq!(code(&d, &["merge", "c1.json", "c2.json"]).0, Some(0));
    assert!(gated_shards(&d, "tree", 3, "p", &[]).iter().all(|&f| f == 0));
    assert_eq!(code(&d, &["merge", "p1.json", "p2.json", "p3.json"]).0, Some(0));
}
