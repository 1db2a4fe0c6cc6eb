//! Output formats, one module each behind the [`Report`] trait. Values reach them
//! already masked (see `mask`); no format renders a raw value on its own.

pub mod csv;
pub mod diff;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod jsonl;
pub mod lang;
pub mod markdown;
pub mod sarif;

use std::io::{self, Write};
use std::path::Path;

use serde::Serializer;

use crate::inventory::document::Document;
use crate::inventory::Inventory;

/// The output formats of `piiscan scan`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A readable summary per category and per file.
    Human,
    /// The inventory document (see the README's schema section).
    Json,
    /// One finding per line, streamed as files are scanned.
    Jsonl,
    /// SARIF 2.1.0, for code-scanning tools (GitHub code scanning, IDE viewers).
    Sarif,
    /// GitHub Actions workflow commands: one annotation per finding.
    Github,
    /// One row per location (file, or file + table + column, and category).
    Csv,
    /// A Markdown report: summaries, locations, recommendations, skipped files.
    Markdown,
    /// A self-contained HTML report (charts, sortable and filterable locations, a print
    /// layout) that loads nothing from the network.
    Html,
}

impl Format {
    /// The format a report file's name asks for: `.html`/`.htm`, `.md`/`.markdown`,
    /// `.csv`, `.json`, `.sarif` (also `.sarif.json`), `.txt`.
    pub fn from_extension(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
        if name.ends_with(".sarif") || name.ends_with(".sarif.json") {
            return Some(Format::Sarif);
        }
        let ext = name.rsplit_once('.')?.1;
        Some(match ext {
            "html" | "htm" => Format::Html,
            "md" | "markdown" => Format::Markdown,
            "csv" => Format::Csv,
            "json" => Format::Json,
            "txt" => Format::Human,
            _ => return None,
        })
    }

    /// Whether the format lists findings (and so needs them kept until the end).
    pub fn needs_findings(self) -> bool {
        matches!(self, Format::Json | Format::Sarif | Format::Github)
    }
}

/// Writes a finished scan as `format` (`doc` is its document). `jsonl` writes nothing:
/// it was streamed during the scan.
pub fn write(
    format: Format,
    inv: &Inventory,
    doc: &Document,
    opts: Options,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Human => human::Human { lang: opts.lang }.render(doc, out),
        Format::Json => {
            let mut safe = io::BufWriter::new(SafeJson::new(out));
            json::Json.write_doc(doc, inv, &mut safe).and_then(|()| safe.flush())
        }
        Format::Jsonl => Ok(()),
        Format::Sarif => {
            let mut safe = io::BufWriter::new(SafeJson::new(out));
            sarif::Sarif.write(inv, &mut safe).and_then(|()| safe.flush())
        }
        Format::Github => github::Github.write(inv, out),
        Format::Csv => csv::Csv { bom: opts.csv_bom }.render(doc, out),
        Format::Markdown => markdown::Markdown { lang: opts.lang }.render(doc, out),
        Format::Html => html::Html { lang: opts.lang }.render(doc, out),
    }
}

/// The columns of the summary by container (Markdown and HTML), as text keys.
pub const CONTAINER_COLUMN_KEYS: [&str; 8] = [
    "column.container",
    "column.format",
    "column.entries",
    "column.entries_with_findings",
    "column.skipped",
    "column.nested",
    "column.findings",
    "column.categories",
];

/// At most this many containers are listed one by one in the reports people read (the
/// JSON inventory has every one).
pub const CONTAINERS_LISTED: usize = 200;

/// The rows of the summary by container, as text in the order of
/// [`CONTAINER_COLUMN_KEYS`] (callers escape them for their format): the container, its
/// format, entries scanned, of which with findings, skips (with their reasons), nested
/// containers, findings and findings per category.
pub fn container_rows(doc: &Document, t: &lang::Texts) -> Vec<[String; 8]> {
    doc.containers
        .iter()
        .take(CONTAINERS_LISTED)
        .map(|c| {
            let skipped = if c.skipped_by_reason.is_empty() {
                c.entries_skipped.to_string()
            } else {
                let reasons: Vec<String> =
                    c.skipped_by_reason.iter().map(|(r, n)| format!("{r} {n}")).collect();
                format!("{} ({})", c.entries_skipped, reasons.join(", "))
            };
            let cats: Vec<String> = c
                .categories
                .iter()
                .map(|k| format!("{} {}", t.category(k.category), k.findings))
                .collect();
            let format = serde_json::to_value(c.format)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            [
                c.path.display(),
                format,
                c.entries_scanned.to_string(),
                c.entries_with_findings.to_string(),
                skipped,
                c.containers.to_string(),
                c.findings.to_string(),
                cats.join(", "),
            ]
        })
        .collect()
}

/// The database section of a `piiscan db` inventory, in the words of `t`, for the
/// human, Markdown and HTML reports: a one-line summary and one row per table
/// (`schema.table`, rows estimated from the engine's statistics, rows sampled, method),
/// then one per view not sampled. Names are as the database has them; callers escape
/// them for their format.
pub fn database_rows(doc: &Document, t: &lang::Texts) -> Option<(String, Vec<[String; 4]>)> {
    let db = doc.database.as_ref()?;
    let sample = match db.sample {
        Some(n) => t.fill("db.sample", &[("n", &n)]),
        None => t.get("db.sample_all").to_string(),
    };
    let tables = t.count("db.tables", db.tables.len() as u64, &[]);
    let version = db.server_version.split(" on ").next().unwrap_or(&db.server_version);
    let views = t.count("db.views", db.not_sampled.len() as u64, &[]);
    let summary = t.fill(
        if db.not_sampled.is_empty() { "db.summary" } else { "db.summary_views" },
        &[
            ("url", &db.url),
            ("engine", &db.engine),
            ("version", &version),
            ("tables", &tables),
            ("sample", &sample),
            ("views", &views),
        ],
    );
    let name = |schema: &str, table: &str, kind: crate::db::TableKind| match kind.text_key() {
        Some(key) => format!("{schema}.{table} {}", t.get(key)),
        None => format!("{schema}.{table}"),
    };
    let not_sampled = db.not_sampled.iter().map(|v| {
        let why = match v.reason {
            crate::db::NotSampledReason::View => "db.not_sampled_view",
        };
        [name(&v.schema, &v.table, v.kind), "-".into(), "0".into(), t.get(why).into()]
    });
    let rows = db
        .tables
        .iter()
        .map(|table| {
            [
                name(&table.schema, &table.table, table.kind),
                match table.rows_estimated {
                    Some(n) => format!("≈ {}", approx(n)),
                    None => t.get("db.unknown").into(),
                },
                table.rows_sampled.to_string(),
                t.get(match table.method {
                    crate::db::Method::Full => "db.full",
                    crate::db::Method::Limit => "db.limit",
                    crate::db::Method::Tablesample => "db.tablesample",
                })
                .to_string(),
            ]
        })
        .chain(not_sampled)
        .collect();
    Some((summary, rows))
}

/// `12.4 M`, `3.1 k`, `950`: a row estimate, rounded as estimates are.
fn approx(n: u64) -> String {
    match n {
        0..=9_999 => n.to_string(),
        10_000..=999_999 => format!("{:.1} k", n as f64 / 1e3),
        1_000_000..=999_999_999 => format!("{:.1} M", n as f64 / 1e6),
        _ => format!("{:.1} G", n as f64 / 1e9),
    }
}

/// The header of [`database_rows`] in the Markdown and HTML reports, as text keys
/// ([`lang::Texts`]).
pub const DATABASE_COLUMN_KEYS: [&str; 4] =
    ["column.table", "column.rows_estimated", "column.sampled", "column.method"];

/// Renders a saved inventory as `format`; `None` for the formats made from findings
/// (json, jsonl, sarif, github), which only a scan writes.
pub fn render(
    format: Format,
    doc: &Document,
    opts: Options,
    out: &mut dyn Write,
) -> Option<io::Result<()>> {
    Some(match format {
        Format::Human => human::Human { lang: opts.lang }.render(doc, out),
        Format::Csv => csv::Csv { bom: opts.csv_bom }.render(doc, out),
        Format::Markdown => markdown::Markdown { lang: opts.lang }.render(doc, out),
        Format::Html => html::Html { lang: opts.lang }.render(doc, out),
        Format::Json | Format::Jsonl | Format::Sarif | Format::Github => return None,
    })
}

/// An RFC 3339 time for people, in the local time zone with its offset
/// (`2026-11-25 01:40:05 +08:00`; the `TZ` variable or the system's zone); anything that
/// is not such a time as it is.
pub fn local_time(rfc3339: &str) -> String {
    time_in(rfc3339, &jiff::tz::TimeZone::system())
}

/// [`local_time`] in `tz`.
pub fn time_in(rfc3339: &str, tz: &jiff::tz::TimeZone) -> String {
    match rfc3339.parse::<jiff::Timestamp>() {
        Ok(t) => t.to_zoned(tz.clone()).strftime("%Y-%m-%d %H:%M:%S %:z").to_string(),
        Err(_) => rfc3339.to_string(),
    }
}

/// How the report formats write: options of `scan`, `report` and `diff` that change
/// the text but not what it says.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// CSV starts with a UTF-8 byte-order mark, so that spreadsheet programs (Excel on
    /// Chinese Windows in particular) read UTF-8 rather than the local code page.
    pub csv_bom: bool,
    /// The language of the human, Markdown and HTML reports.
    pub lang: lang::Lang,
}

impl Default for Options {
    fn default() -> Options {
        Options { csv_bom: true, lang: lang::Lang::En }
    }
}

/// What every format says of a scan that a signal stopped (`"complete": false`).
pub fn incomplete() -> &'static str {
    lang::Lang::En.texts().get("doc.incomplete")
}

/// What the human, Markdown and HTML reports say of a shard's part (`--shard`) or of a
/// merged inventory (`piiscan merge`), in the words of `t`: which shards it covers, which
/// are missing, and whether distinct counts over several parts are known. `None` for a
/// plain scan.
pub fn shards_note(doc: &Document, t: &lang::Texts) -> Option<String> {
    let s = &doc.scan;
    let list = |ks: &[u32]| ks.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
    if let Some(shard) = s.shard {
        return Some(t.fill("doc.shard_part", &[("shard", &shard)]));
    }
    let m = s.merged.as_ref()?;
    let mut text = match m.shard_count {
        Some(count) => t.fill(
            "doc.merged_shards",
            &[("n", &m.parts), ("shards", &list(&m.shards)), ("count", &count)],
        ),
        None => t.fill("doc.merged", &[("n", &m.parts)]),
    };
    if !m.missing_shards.is_empty() {
        text.push(' ');
        text.push_str(&t.fill("doc.missing_shards", &[("shards", &list(&m.missing_shards))]));
    }
    if !m.distinct_combined && m.parts > 1 {
        text.push(' ');
        text.push_str(t.get("doc.distinct_unknown"));
    }
    Some(text)
}

/// `text` for one line of a report: line breaks as spaces, and control, bidi and
/// zero-width characters as visible escapes ([`mask::sanitize`]). The Markdown and HTML
/// escapes start here.
///
/// [`mask::sanitize`]: crate::mask::sanitize
pub fn one_line(text: &str) -> String {
    crate::mask::sanitize(&text.replace(['\n', '\r'], " "))
}

/// A writer of JSON that escapes, as `\uXXXX`, the characters that can rewrite what a
/// terminal shows and that JSON itself leaves raw: C1 controls, bidi overrides and
/// zero-width characters (the C0 controls are escaped by the serializer). Such
/// characters only occur inside JSON strings, so the document holds the same values
/// (a path keeps its exact name) and is safe to print.
///
/// Hand-written: `serde_json`'s formatter hooks would have to be restated for both the
/// compact and the pretty layout; filtering the three lead bytes is shorter.
pub struct SafeJson<W: Write> {
    inner: W,
    /// The start of a character cut by the end of the previous write.
    carry: Vec<u8>,
}

impl<W: Write> SafeJson<W> {
    /// Wraps `inner`.
    pub fn new(inner: W) -> SafeJson<W> {
        SafeJson { inner, carry: Vec::new() }
    }
}

/// Writes `data` to `out` with [`SafeJson`]'s escapes; returns how many bytes at the end
/// start a character that `data` cuts (not written).
pub fn escape_invisible(data: &[u8], out: &mut impl Write) -> io::Result<usize> {
    let (mut last, mut at) = (0, 0);
    while let Some(i) = memchr::memchr3(0xC2, 0xE2, 0xEF, &data[at..]) {
        let p = at + i;
        let n = if data[p] == 0xC2 { 2 } else { 3 };
        if p + n > data.len() {
            out.write_all(&data[last..p])?;
            return Ok(data.len() - p);
        }
        if let Some(c) = std::str::from_utf8(&data[p..p + n]).ok().and_then(|s| s.chars().next()) {
            if crate::mask::is_dangerous(c) {
                out.write_all(&data[last..p])?;
                write!(out, "\\u{:04x}", c as u32)?;
                last = p + n;
            }
        }
        at = p + 1;
    }
    out.write_all(&data[last..])?;
    Ok(0)
}

impl<W: Write> Write for SafeJson<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.carry.is_empty() {
            let cut = escape_invisible(buf, &mut self.inner)?;
            self.carry.extend_from_slice(&buf[buf.len() - cut..]);
        } else {
            let mut data = std::mem::take(&mut self.carry);
            data.extend_from_slice(buf);
            let cut = escape_invisible(&data, &mut self.inner)?;
            self.carry.extend_from_slice(&data[data.len() - cut..]);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let carry = std::mem::take(&mut self.carry);
        self.inner.write_all(&carry)?;
        self.inner.flush()
    }
}

/// What says that findings were left out of a listing, if any were: the log,
/// annotations and standard error each say it (memory stays bounded by the kept ones).
pub fn left_out(inv: &Inventory) -> Option<String> {
    let t = &inv.tally;
    let kept = t.findings.len() as u64;
    (t.findings_total > kept).then(|| {
        format!(
            "{} of {} findings are not listed: only the first {kept} by path and offset are \
             kept (counts and locations include all); `--format jsonl` lists every finding",
            t.findings_total - kept,
            t.findings_total
        )
    })
}

/// A report file being written: a new temporary file beside its destination, readable
/// and writable by its owner only (reports say where personal data lives, with samples),
/// renamed over the destination when complete. A symbolic link at the destination is
/// replaced, never followed, and an existing file is untouched until the report is
/// whole. Made before a scan, so that a bad path fails at once, not after hours.
///
/// A destination that exists and is not a regular file or a link (`/dev/null`, a named
/// pipe, a terminal) is opened and written as it is: renaming over it would replace a
/// device node with a file.
pub struct PrivateFile {
    to: Destination,
    /// Removes the temporary file if a signal ends the process before the report is
    /// whole (dropping the temporary file removes it otherwise).
    _guard: Option<crate::interrupt::TempGuard>,
}

/// Where a [`PrivateFile`] writes.
enum Destination {
    /// A temporary file, renamed over `dest` at the end.
    Temp { tmp: tempfile::NamedTempFile, dest: std::path::PathBuf },
    /// A device or pipe, written in place.
    Special(std::fs::File),
}

impl PrivateFile {
    /// Starts a report at `dest`.
    pub fn create(dest: &Path) -> io::Result<PrivateFile> {
        if let Ok(meta) = std::fs::symlink_metadata(dest) {
            let kind = meta.file_type();
            if !kind.is_file() && !kind.is_symlink() && !kind.is_dir() {
                let file = std::fs::OpenOptions::new().write(true).open(dest)?;
                return Ok(PrivateFile { to: Destination::Special(file), _guard: None });
            }
        }
        let dir = match dest.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let name = dest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        // `tempfile` creates the file exclusively with mode 0600 on Unix.
        let tmp = tempfile::Builder::new().prefix(&format!(".{name}.")).tempfile_in(dir)?;
        let guard = crate::interrupt::TempGuard::track(tmp.path());
        Ok(PrivateFile {
            to: Destination::Temp { tmp, dest: dest.to_path_buf() },
            _guard: Some(guard),
        })
    }

    /// The file to write to.
    pub fn file(&mut self) -> &mut std::fs::File {
        match &mut self.to {
            Destination::Temp { tmp, .. } => tmp.as_file_mut(),
            Destination::Special(f) => f,
        }
    }

    /// Moves the finished report into place (the temporary file is removed on any
    /// error).
    pub fn finish(self) -> io::Result<()> {
        match self.to {
            Destination::Temp { tmp, dest } => {
                tmp.as_file().sync_all()?;
                tmp.persist(&dest).map(|_| ()).map_err(|e| e.error)
            }
            Destination::Special(mut f) => f.flush(),
        }
    }
}

/// An output written once the scan is complete, from its findings.
pub trait Report {
    /// Writes `inventory` to `out`.
    fn write(&self, inventory: &Inventory, out: &mut dyn Write) -> io::Result<()>;
}

/// An output rendered from the inventory document alone, so that a saved inventory
/// (`piiscan report FILE.json`) renders as the scan that made it did.
pub trait Render {
    /// Writes `doc` to `out`.
    fn render(&self, doc: &Document, out: &mut dyn Write) -> io::Result<()>;
}

/// Writes a path as a JSON string when it is valid UTF-8 and as `{"bytes": "<base64>"}`
/// otherwise, so that no path is changed on its way out (ripgrep's convention).
pub fn serialize_path<S: Serializer>(path: &impl AsRef<Path>, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let bytes = crate::source::path_bytes(path.as_ref());
    match std::str::from_utf8(&bytes) {
        Ok(text) => s.serialize_str(text),
        Err(_) => {
            use base64::Engine as _;
            let mut map = s.serialize_map(Some(1))?;
            map.serialize_entry(
                "bytes",
                &base64::engine::general_purpose::STANDARD.encode(&bytes),
            )?;
            map.end()
        }
    }
}

/// Reads a path written by [`serialize_path`] (text, or `{"bytes": "<base64>"}`).
pub fn deserialize_path<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<std::sync::Arc<Path>, D::Error> {
    use serde::Deserialize as _;
    let p = crate::inventory::document::DocPath::deserialize(d)?;
    if let crate::inventory::document::DocPath::Bytes { bytes } = &p {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD
            .decode(bytes)
            .map_err(|_| serde::de::Error::custom("a path's bytes that are not base64"))?;
    }
    Ok(std::sync::Arc::from(crate::source::path_from_bytes(p.to_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_json_escapes_invisible_characters_even_across_writes() {
        let doc = serde_json::to_string(&"a\u{202e}b\u{85}c\u{200b}d\u{feff}é中").unwrap();
        let mut out = Vec::new();
        {
            let mut w = SafeJson::new(&mut out);
            for chunk in doc.as_bytes().chunks(1) {
                w.write_all(chunk).unwrap();
            }
            w.flush().unwrap();
        }
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text, r#""a\u202eb\u0085c\u200bd\ufeffé中""#);
        let back: String = serde_json::from_str(&text).unwrap();
        assert_eq!(back, "a\u{202e}b\u{85}c\u{200b}d\u{feff}é中");
    }

    #[derive(serde::Serialize)]
    struct P<'a>(#[serde(serialize_with = "serialize_path")] &'a Path);

    #[test]
    fn paths_serialize_as_text_or_bytes() {
        assert_eq!(serde_json::to_string(&P(Path::new("a/b.txt"))).unwrap(), "\"a/b.txt\"");
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let p = Path::new(std::ffi::OsStr::from_bytes(b"a\xFF"));
            assert_eq!(serde_json::to_string(&P(p)).unwrap(), r#"{"bytes":"Yf8="}"#);
        }
    }
}
