//! `--format jsonl`: one finding per line, streamed while the scan runs.
//!
//! Each line is one JSON object:
//!
//! ```json
//! {"path":"demo/notes.txt","start":120,"end":131,"line":4,"category":"cn_mobile",
//!  "detector":"cn_mobile.plain","confidence":"medium","value":"139****5678"}
//! ```
//!
//! `path` is the file as reached from the root given on the command line (a JSON string,
//! or `{"bytes": "<base64>"}` when the name is not UTF-8); `start`/`end` are byte offsets
//! into the file, `line` is 1-based. A file's findings are written together; files come
//! in the order they finish scanning.
//!
//! When a signal stops the scan, the stream ends with one line that is not a finding,
//! `{"complete":false}`, so that a consumer cannot take a partial stream for a whole one.

use std::io::{self, Write};
use std::sync::Mutex;

use crate::inventory::Finding;
use crate::worker::FindingSink;

/// Streams findings as JSON Lines to a shared writer.
pub struct JsonlSink<W: Write + Send> {
    out: Mutex<W>,
}

impl<W: Write + Send> JsonlSink<W> {
    /// A sink writing to `out`.
    pub fn new(out: W) -> JsonlSink<W> {
        JsonlSink { out: Mutex::new(out) }
    }

    /// Ends a stream cut short by a signal with `{"complete":false}`.
    pub fn incomplete(&self) -> io::Result<()> {
        self.out.lock().unwrap_or_else(|e| e.into_inner()).write_all(b"{\"complete\":false}\n")
    }

    /// Flushes the writer.
    pub fn flush(&self) -> io::Result<()> {
        self.out.lock().unwrap_or_else(|e| e.into_inner()).flush()
    }
}

/// Formats `findings` as JSON Lines into `buf`.
pub fn format_lines(findings: &[Finding], buf: &mut Vec<u8>) {
    for f in findings {
        serde_json::to_writer(&mut *buf, f).expect("a finding serializes");
        buf.push(b'\n');
    }
}

impl<W: Write + Send> FindingSink for JsonlSink<W> {
    fn file_done(&self, findings: &[Finding]) -> io::Result<()> {
        let mut buf = Vec::with_capacity(findings.len() * 200);
        format_lines(findings, &mut buf);
        // Whole lines: nothing is cut.
        let mut safe = Vec::with_capacity(buf.len());
        crate::report::escape_invisible(&buf, &mut safe)?;
        self.out.lock().unwrap_or_else(|e| e.into_inner()).write_all(&safe)
    }
}
