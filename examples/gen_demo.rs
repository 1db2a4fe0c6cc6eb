//! Writes piiscan's demo tree: a few small files of synthetic personal data, the same
//! bytes on every run.
//!
//! ```text
//! cargo run --example gen_demo -- examples/demo
//! ```
//!
//! Every value comes from [`piiscan::synth::Synth`] with a fixed seed per file; valid
//! values are computed to pass piiscan's validators, and `fixtures/near_misses.txt` holds
//! only invalid look-alikes, so a scan must find nothing there at `medium` or above.
//! Existing files are overwritten; files this program no longer writes are not removed.
//! The planted counts per file and category are printed on standard output.

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use piiscan::synth::{LineKind, Planted, Synth, CSV_HEADER};

/// One demo file: its path in the tree, and how it is written.
struct DemoFile {
    path: &'static str,
    seed: u64,
    write: fn(&mut Synth, &mut String, &mut Planted),
}

const FILES: &[DemoFile] = &[
    DemoFile { path: "notes/客户回访记录.txt", seed: 101, write: notes_zh },
    DemoFile { path: "notes/support-notes.txt", seed: 102, write: notes_en },
    DemoFile { path: "logs/app.log", seed: 103, write: app_log },
    DemoFile { path: "exports/customers.csv", seed: 104, write: customers_csv },
    DemoFile { path: "data/users.json", seed: 105, write: users_json },
    DemoFile { path: "fixtures/near_misses.txt", seed: 106, write: near_misses },
];

/// Writes `n` lines of `kind`.
fn lines(s: &mut Synth, kind: LineKind, n: usize, out: &mut String, p: &mut Planted) {
    for _ in 0..n {
        s.line(kind, out, p);
    }
}

/// Chinese support notes, with a legacy 15-digit ID, a minor, a lowercase `x` check
/// character, a `+86` mobile and a grouped card guaranteed.
fn notes_zh(s: &mut Synth, out: &mut String, p: &mut Planted) {
    out.push_str("客户回访记录（系统导出，仅供内部使用）\n\n");
    for t in [
        "<date> 客户补登老身份证号<id15>，联系电话<mobile>。",
        "<date> 家长为孩子办理实名认证，孩子身份证号<id_minor>，监护人手机<mobile_intl>。",
        "<date> 客户核对身份证号码<id_x>，信息一致。",
        "<date> 客户申请解绑银行卡，卡号<card_grouped>，已提交审核。",
    ] {
        s.render(t, out, p);
    }
    lines(s, LineKind::NoteZh, 24, out, p);
}

/// English support notes.
fn notes_en(s: &mut Synth, out: &mut String, p: &mut Planted) {
    out.push_str("Support desk notes, week 11 (synthetic)\n\n");
    s.render("<date> Card on file <card_grouped>, callback <mobile_intl>.", out, p);
    lines(s, LineKind::NoteEn, 16, out, p);
}

/// An application log: log lines with values between lines of noise.
fn app_log(s: &mut Synth, out: &mut String, p: &mut Planted) {
    for _ in 0..30 {
        s.line(LineKind::Log, out, p);
        s.line(LineKind::Noise, out, p);
    }
}

/// A customer export with a header row.
fn customers_csv(s: &mut Synth, out: &mut String, p: &mut Planted) {
    out.push_str(CSV_HEADER);
    lines(s, LineKind::Csv, 20, out, p);
}

/// A JSON array of user events, one object per line.
fn users_json(s: &mut Synth, out: &mut String, p: &mut Planted) {
    let mut body = String::new();
    lines(s, LineKind::Json, 20, &mut body, p);
    out.push_str("[\n");
    out.push_str(&body.trim_end().replace('\n', ",\n"));
    out.push_str("\n]\n");
}

/// Invalid look-alikes only.
fn near_misses(s: &mut Synth, out: &mut String, p: &mut Planted) {
    out.push_str("# Values that look like personal data but are not (checksums fail).\n");
    for t in [
        "身份证号（校验位错误）<bad_id>",
        "手机（物联网号段）<bad_mobile>",
        "卡号（Luhn 校验失败）<bad_card>",
        "version <version>",
    ] {
        s.render(t, out, p);
    }
    lines(s, LineKind::NearMiss, 30, out, p);
}

fn main() -> ExitCode {
    let Some(root) = std::env::args_os().nth(1) else {
        eprintln!("usage: gen_demo DIR");
        return ExitCode::from(2);
    };
    let root = Path::new(&root);
    println!(
        "{:<32} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
        "file", "id", "mobile", "card", "email", "ipv4", "minors"
    );
    for f in FILES {
        let (mut synth, mut text, mut planted) =
            (Synth::new(f.seed), String::new(), Planted::default());
        (f.write)(&mut synth, &mut text, &mut planted);
        let path = root.join(f.path);
        let written = fs::create_dir_all(path.parent().expect("a file in a folder"))
            .and_then(|()| fs::write(&path, &text));
        if let Err(e) = written {
            eprintln!("gen_demo: {}: {e}", path.display());
            return ExitCode::from(2);
        }
        let p = planted;
        println!(
            "{:<32} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
            f.path, p.cn_resident_id, p.cn_mobile, p.bank_card, p.email, p.ipv4, p.minors
        );
    }
    ExitCode::SUCCESS
}
