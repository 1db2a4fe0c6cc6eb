//! OpenDocument text (`.odt`) and presentations (`.odp`): the text and tables of
//! `content.xml` (and the headers and footers of `styles.xml`), read with `zip` and
//! `quick-xml`.
//!
//! | document | parts |
//! | --- | --- |
//! | text | `body.txt`, every table `table-N.csv`; headers and footers `styles.txt` |
//! | presentation | `slide-N.txt` per page (notes included), its tables `slide-N-table-K.csv` |
//!
//! Paragraphs and headings (`text:p`, `text:h`) end a line; `text:s` is spaces,
//! `text:tab` a tab, `text:line-break` a new line; spans are joined as they are. A cell
//! repeated (`table:number-columns-repeated`) or a row repeated
//! (`table:number-rows-repeated`) is written as often as it is repeated, up to the column
//! limit and the part size; trailing empty cells and empty rows are left out. An
//! encrypted document (`manifest:encryption-data` in its manifest) is not read.

use std::io::{Read, Seek};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use zip::ZipArchive;

use super::xml::{entity, read_member, Builder, MAX_COLUMNS};
use super::{Emitter, Error, Kind, Limits, Part, Warnings};

/// Reads an OpenDocument text or presentation.
pub fn extract<R: Read + Seek>(
    kind: Kind,
    file: R,
    limits: &Limits,
    emit: &mut dyn FnMut(Part) -> bool,
) -> Result<Warnings, Error> {
    let unreadable = |reason: String| Error::Unreadable { kind, reason };
    let mut zip = ZipArchive::new(file).map_err(|e| unreadable(format!("not a zip: {e}")))?;
    if encrypted(&mut zip) {
        return Err(Error::Encrypted);
    }
    if zip.index_for_name("content.xml").is_none() {
        return Err(unreadable("no content.xml".into()));
    }
    let mut em = Emitter::new(emit, limits);
    let mut b = Builder::new("", limits.max_part);
    let members: &[(&str, &str)] = match kind {
        Kind::Odp => &[("content.xml", "")],
        _ => &[("content.xml", "body.txt"), ("styles.xml", "styles.txt")],
    };
    for &(path, name) in members {
        b.restart(&mut em, name.to_string(), String::new());
        let styles = path == "styles.xml";
        read_member(&mut zip, path, limits.max_member, &mut em, |r, em| {
            body(kind, styles, r, &mut b, em)
        });
        if em.full() {
            break;
        }
    }
    b.finish(&mut em);
    Ok(em.warnings)
}

/// Whether the manifest says members are encrypted.
fn encrypted<R: Read + Seek>(zip: &mut ZipArchive<R>) -> bool {
    let Ok(entry) = zip.by_name("META-INF/manifest.xml") else { return false };
    let mut manifest = Vec::new();
    // A manifest lists the members, a few KiB; 16 MiB is far beyond any real one.
    if entry.take(16 << 20).read_to_end(&mut manifest).is_err() {
        return false;
    }
    memchr::memmem::find(&manifest, b"encryption-data").is_some()
}

/// A numeric attribute of `e` with local name `name` (a repeat count), at least 1.
fn count(e: &BytesStart<'_>, name: &str) -> usize {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()?
                .trim()
                .parse::<usize>()
                .ok()
        })
        .unwrap_or(1)
        .max(1)
}

/// Reads one member's XML into `b`; returns how many bytes were read. In `styles.xml`
/// only headers and footers are text (the rest is style definitions and sample text).
fn body(
    kind: Kind,
    styles: bool,
    input: &mut dyn std::io::BufRead,
    b: &mut Builder,
    em: &mut Emitter<'_>,
) -> Result<u64, quick_xml::Error> {
    let mut reader = Reader::from_reader(input);
    let mut buf = Vec::new();
    // Paragraphs open (text outside them is layout white space).
    let mut in_para = 0usize;
    // In styles.xml: headers and footers open.
    let mut in_header = 0usize;
    let mut tables = 0usize;
    let mut pages = 0usize;
    // The open row's and cell's repeat counts.
    let mut row_repeat = Vec::new();
    let mut cell_repeat = 1usize;
    let counts = |styles: bool, in_header: usize| !styles || in_header > 0;
    loop {
        let event = reader.read_event_into(&mut buf)?;
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                "p" | "h" => in_para += 1,
                "header" | "footer" | "header-left" | "footer-left" | "header-first"
                | "footer-first" => in_header += 1,
                "page" if kind == Kind::Odp => {
                    pages += 1;
                    b.restart(em, format!("slide-{pages}.txt"), format!("slide-{pages}-"));
                }
                "table" if counts(styles, in_header) => {
                    tables += 1;
                    b.table_start();
                }
                "table-row" if tables > 0 => {
                    row_repeat.push(count(&e, "number-rows-repeated"));
                    b.row_start();
                }
                "table-cell" | "covered-table-cell" if tables > 0 => {
                    cell_repeat = count(&e, "number-columns-repeated").min(MAX_COLUMNS);
                    b.cell_start();
                }
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "s" if in_para > 0 && counts(styles, in_header) => {
                    // Runs of spaces: one is enough to keep words apart.
                    b.text(" ");
                }
                "tab" if in_para > 0 && counts(styles, in_header) => b.tab(),
                "line-break" if in_para > 0 && counts(styles, in_header) => b.line_break(),
                "p" | "h" if counts(styles, in_header) => b.line_break(),
                "table-cell" | "covered-table-cell" if tables > 0 => {
                    b.cell_start();
                    b.cell_end(1, count(&e, "number-columns-repeated").min(MAX_COLUMNS));
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "p" | "h" => {
                    in_para = in_para.saturating_sub(1);
                    if counts(styles, in_header) {
                        b.line_break();
                    }
                }
                "header" | "footer" | "header-left" | "footer-left" | "header-first"
                | "footer-first" => in_header = in_header.saturating_sub(1),
                "table-cell" | "covered-table-cell" if tables > 0 => {
                    b.cell_end(1, cell_repeat);
                    cell_repeat = 1;
                }
                "table-row" if tables > 0 => b.row_end(row_repeat.pop().unwrap_or(1)),
                "table" if tables > 0 => {
                    tables -= 1;
                    b.table_end(em);
                }
                _ => {}
            },
            Event::Text(t) if in_para > 0 && counts(styles, in_header) => {
                b.text(&t.xml10_content())
            }
            Event::CData(t) if in_para > 0 && counts(styles, in_header) => {
                b.text(&t.xml10_content())
            }
            Event::GeneralRef(r) if in_para > 0 && counts(styles, in_header) => {
                if let Some(s) = entity(&r) {
                    b.text(&s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
        if em.full() {
            break;
        }
    }
    Ok(reader.buffer_position())
}
