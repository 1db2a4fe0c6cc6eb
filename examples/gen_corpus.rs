//! Writes a seeded corpus of mixed synthetic text for the end-to-end benchmark
//! (`benches/e2e.sh`): `SIZE_MB` MiB in files of `FILE_MB` MiB, ten files per folder.
//!
//! ```text
//! cargo run --release --example gen_corpus -- DIR [SIZE_MB=1000] [FILE_MB=5]
//! ```
//!
//! File `i` is `Synth::new(i).mixed_text(FILE_MB MiB)` (see [`piiscan_testdata::synth`]), so the
//! corpus is the same on every run and machine. Files alternate between `.log` and
//! `.txt`. The planted counts are printed on standard output as one JSON object.

use std::fs;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Mutex;

use piiscan_testdata::synth::{Planted, Synth};

/// The argument at `i` as a number, or `default` when it is absent.
fn arg(i: usize, default: usize) -> Result<usize, String> {
    match std::env::args().nth(i) {
        None => Ok(default),
        Some(a) => a.parse().map_err(|_| format!("not a number: {a}")),
    }
}

fn run() -> Result<(), String> {
    let dir = std::env::args().nth(1).ok_or("usage: gen_corpus DIR [SIZE_MB] [FILE_MB]")?;
    let (size_mb, file_mb) = (arg(2, 1000)?, arg(3, 5)?.max(1));
    let files = size_mb.div_ceil(file_mb);
    let total = Mutex::new((Planted::default(), 0usize));
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let (dir, total) = (Path::new(&dir), &total);
                scope.spawn(move || -> Result<(), String> {
                    for i in (t..files).step_by(threads) {
                        let ext = if i % 2 == 0 { "log" } else { "txt" };
                        let path = dir.join(format!("{:03}/part-{i:05}.{ext}", i / 10));
                        let (text, p) = Synth::new(i as u64).mixed_text_counted(file_mb << 20);
                        fs::create_dir_all(path.parent().expect("a folder"))
                            .and_then(|()| fs::write(&path, &text))
                            .map_err(|e| format!("{}: {e}", path.display()))?;
                        let mut t = total.lock().expect("no panic while holding the lock");
                        let (sum, bytes) = &mut *t;
                        sum.cn_resident_id += p.cn_resident_id;
                        sum.cn_mobile += p.cn_mobile;
                        sum.bank_card += p.bank_card;
                        sum.email += p.email;
                        sum.ipv4 += p.ipv4;
                        sum.minors += p.minors;
                        *bytes += text.len();
                    }
                    Ok(())
                })
            })
            .collect();
        handles.into_iter().try_for_each(|h| h.join().expect("generator thread panicked"))
    })?;
    let (p, bytes) = total.into_inner().expect("no poisoned lock");
    println!(
        "{{\"files\":{files},\"bytes\":{bytes},\"total\":{},\"cn_resident_id\":{},\
         \"cn_mobile\":{},\"bank_card\":{},\"email\":{},\"ipv4\":{},\"minors\":{}}}",
        p.total(),
        p.cn_resident_id,
        p.cn_mobile,
        p.bank_card,
        p.email,
        p.ipv4,
        p.minors
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            ExitCode::from(2)
        }
    }
}
