//! Office Open XML documents: the text and tables of Word (`.docx`) and PowerPoint
//! (`.pptx`) packages, read with `zip` and `quick-xml`.
//!
//! | document | parts |
//! | --- | --- |
//! | Word | `body.txt` (`word/document.xml`), `header1.txt`, `footer2.txt`, `footnotes.txt`, `endnotes.txt`, `comments.txt`; every table `table-N.csv`, numbered through the document |
//! | PowerPoint | `slide-N.txt` per slide (in slide order), its tables `slide-N-table-K.csv`, speaker notes `notes-N.txt` |
//! | both | files embedded in the document as `embeddings/NAME` (a workbook pasted into a report), read as the files they are |
//!
//! Runs (`<w:r>`, `<a:r>`) of a paragraph are joined as they are, so a value split over
//! several runs is found whole; a paragraph ends a line. Text in `mc:Fallback` (the copy
//! of a text box kept for old readers) is skipped, so it is not counted twice; field
//! codes and deleted text (`w:instrText`, `w:delText`) are not document text. A Word cell
//! merged across columns (`w:gridSpan`) is followed by empty cells, so the columns after
//! it keep their header.

use std::io::{Read, Seek};

use quick_xml::events::Event;
use quick_xml::Reader;
use zip::ZipArchive;

use super::xml::{entity, read_member, Builder};
use super::{Emitter, Error, Kind, Limits, Part, Warnings, OLE_MAGIC};

/// Reads a Word or PowerPoint package.
pub fn extract<R: Read + Seek>(
    kind: Kind,
    mut file: R,
    limits: &Limits,
    emit: &mut dyn FnMut(Part) -> bool,
) -> Result<Warnings, Error> {
    let unreadable = |reason: String| Error::Unreadable { kind, reason };
    let mut head = [0u8; 8];
    let n = read_head(&mut file, &mut head).map_err(|e| unreadable(e.to_string()))?;
    if head[..n] == *OLE_MAGIC {
        // A password-protected package is an OLE compound file holding the encrypted
        // package; a legacy binary document is one too.
        return Err(if ole_is_encrypted(&mut file) {
            Error::Encrypted
        } else {
            unreadable("an OLE compound file (a legacy binary document), not a package".into())
        });
    }
    let mut zip = ZipArchive::new(file).map_err(|e| unreadable(format!("not a zip: {e}")))?;
    let members = members(kind, &zip);
    if members.is_empty() {
        return Err(unreadable("no document part".into()));
    }
    let mut em = Emitter::new(emit, limits);
    // Each member starts a text part of its own; the first `restart` hands out nothing.
    let mut b = Builder::new("", limits.max_part);
    for m in members {
        if em.full() {
            break;
        }
        b.restart(&mut em, m.text_name, m.table_prefix);
        read_member(&mut zip, &m.path, limits.max_member, &mut em, |r, em| {
            body(kind, r, &mut b, em)
        });
    }
    b.finish(&mut em);
    embeddings(&mut zip, limits, &mut em);
    Ok(em.warnings)
}

/// Hands out the files embedded in the document (`word/embeddings/`,
/// `ppt/embeddings/`: a workbook pasted into a report, an attached PDF) as
/// `embeddings/NAME`, so that they are read as the files they are. One larger than the
/// part size limit is left out, with a warning.
fn embeddings<R: Read + Seek>(zip: &mut ZipArchive<R>, limits: &Limits, em: &mut Emitter<'_>) {
    let names: Vec<String> = zip
        .file_names_raw()
        .filter_map(|n| std::str::from_utf8(n).ok())
        .filter(|n| {
            let inside = n.strip_prefix("word/embeddings/").or(n.strip_prefix("ppt/embeddings/"));
            inside.is_some_and(|rest| !rest.is_empty() && !rest.contains('/'))
        })
        .map(str::to_string)
        .collect();
    for path in names {
        if em.full() {
            return;
        }
        let name = format!("embeddings/{}", &path[path.rfind('/').map_or(0, |i| i + 1)..]);
        let mut bytes = Vec::new();
        let read = zip
            .by_name(&path)
            .and_then(|e| Ok(e.take(limits.max_part as u64 + 1).read_to_end(&mut bytes)?));
        match read {
            Err(e) => em.warnings.push(format!("{path}: not readable: {e}")),
            Ok(_) if bytes.len() > limits.max_part => em.warnings.push(format!(
                "{path}: larger than {} bytes (the part size limit): not read",
                limits.max_part
            )),
            Ok(_) => em.part(name, bytes),
        }
    }
}

/// Fills `head` from the start of `file` and rewinds it; returns the bytes read.
fn read_head<R: Read + Seek>(file: &mut R, head: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < head.len() {
        match file.read(&mut head[n..])? {
            0 => break,
            k => n += k,
        }
    }
    file.rewind()?;
    Ok(n)
}

/// Whether an OLE compound file holds an encrypted package: its directory names the
/// `EncryptionInfo` stream (UTF-16LE), looked for in the first MiB.
pub(crate) fn ole_is_encrypted<R: Read + Seek>(file: &mut R) -> bool {
    let mut head = Vec::new();
    if file.take(1 << 20).read_to_end(&mut head).is_err() {
        return false;
    }
    let needle: Vec<u8> = "EncryptionInfo".encode_utf16().flat_map(u16::to_le_bytes).collect();
    memchr::memmem::find(&head, &needle).is_some()
}

/// One XML member to read and the names of its parts.
struct Member {
    path: String,
    text_name: String,
    table_prefix: String,
}

/// The members holding text, in reading order.
fn members<R: Read + Seek>(kind: Kind, zip: &ZipArchive<R>) -> Vec<Member> {
    let names: Vec<&str> =
        zip.file_names_raw().filter_map(|n| std::str::from_utf8(n).ok()).collect();
    let mut out = Vec::new();
    match kind {
        Kind::Pptx => {
            let mut numbered = |dir: &str, stem: &str, label: &str, tables: bool| {
                let mut found: Vec<(u64, &str)> = names
                    .iter()
                    .filter_map(|n| {
                        let rest = n.strip_prefix(dir)?.strip_prefix(stem)?;
                        Some((rest.strip_suffix(".xml")?.parse().ok()?, *n))
                    })
                    .collect();
                found.sort();
                for (i, path) in found {
                    out.push(Member {
                        path: path.to_string(),
                        text_name: format!("{label}-{i}.txt"),
                        table_prefix: if tables { format!("{label}-{i}-") } else { String::new() },
                    });
                }
            };
            numbered("ppt/slides/", "slide", "slide", true);
            numbered("ppt/notesSlides/", "notesSlide", "notes", false);
        }
        _ => {
            if names.contains(&"word/document.xml") {
                out.push(Member {
                    path: "word/document.xml".into(),
                    text_name: "body.txt".into(),
                    table_prefix: String::new(),
                });
            }
            let mut others: Vec<&str> = names
                .iter()
                .copied()
                .filter(|n| {
                    n.strip_prefix("word/").and_then(|r| r.strip_suffix(".xml")).is_some_and(
                        |stem| {
                            !stem.contains('/')
                                && (stem.starts_with("header")
                                    || stem.starts_with("footer")
                                    || matches!(stem, "footnotes" | "endnotes" | "comments"))
                        },
                    )
                })
                .collect();
            others.sort();
            for path in others {
                let stem = &path["word/".len()..path.len() - ".xml".len()];
                out.push(Member {
                    path: path.to_string(),
                    text_name: format!("{stem}.txt"),
                    table_prefix: String::new(),
                });
            }
        }
    }
    out
}

/// Reads one member's XML into `b`; returns how many bytes were read. An XML error ends
/// the member (what was read is kept by the caller).
fn body(
    kind: Kind,
    input: &mut dyn std::io::BufRead,
    b: &mut Builder,
    em: &mut Emitter<'_>,
) -> Result<u64, quick_xml::Error> {
    let mut reader = Reader::from_reader(input);
    let mut buf = Vec::new();
    let mut skip = Vec::new();
    let mut in_text = 0usize;
    let mut in_run = 0usize;
    // Word cells: columns this cell spans (`w:gridSpan`).
    let mut span = 1usize;
    let word = kind == Kind::Docx;
    // Tables opened in this member and not yet closed.
    let mut tables = 0usize;
    loop {
        let event = reader.read_event_into(&mut buf)?;
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                "t" => in_text += 1,
                "r" => in_run += 1,
                "Fallback" => {
                    reader.read_to_end_into(e.name(), &mut skip)?;
                    skip.clear();
                }
                "tbl" => {
                    b.table_start();
                    tables += 1;
                }
                "tr" => b.row_start(),
                "tc" => {
                    span = 1;
                    b.cell_start();
                }
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" | "ptab" if in_run > 0 => b.tab(),
                "br" | "cr" => b.line_break(),
                "p" => b.line_break(),
                "noBreakHyphen" => b.text("-"),
                "gridSpan" if word => {
                    span = e
                        .attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == "val")
                        .and_then(|a| {
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .ok()?
                                .parse()
                                .ok()
                        })
                        .unwrap_or(1)
                        .clamp(1, super::xml::MAX_COLUMNS);
                }
                "tc" => {
                    b.cell_start();
                    b.cell_end(1, 1);
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = in_text.saturating_sub(1),
                "r" => in_run = in_run.saturating_sub(1),
                "p" => b.line_break(),
                "tc" => {
                    b.cell_end(if word { span } else { 1 }, 1);
                    span = 1;
                }
                "tr" => b.row_end(1),
                "tbl" if tables > 0 => {
                    tables -= 1;
                    b.table_end(em);
                }
                _ => {}
            },
            Event::Text(t) if in_text > 0 => b.text(&t.xml10_content()),
            Event::CData(t) if in_text > 0 => b.text(&t.xml10_content()),
            Event::GeneralRef(r) if in_text > 0 => {
                if let Some(s) = entity(&r) {
                    b.text(&s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(reader.buffer_position())
}
