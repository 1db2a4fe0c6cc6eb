//! Documents as containers of text: a word-processing file, a presentation or a PDF
//! becomes named *parts* (`body.txt`, `table-1.csv`, `slide-2.txt`, `text.txt`) that are
//! scanned like files of their own, so that `contract.docx!/table-1.csv` is attributed per
//! column like any CSV file.
//!
//! * [`ooxml`]: Word (`.docx`, `.docm`) and PowerPoint (`.pptx`, `.pptm`) packages;
//! * [`odf`]: OpenDocument text and presentations (`.odt`, `.odp`, and their flat XML
//!   forms are not read);
//! * [`pdf`]: the text of PDF files;
//! * [`rtf`]: the text of RTF files.
//!
//! Text keeps its paragraph breaks (one line per paragraph, `\t` for tabs) and the runs
//! of one paragraph are joined as they are, so a value split over several runs is found
//! whole. Every table becomes a CSV part of its own, its first row the header, so a Word
//! table with an `身份证号` column is attributed like a CSV column.
//!
//! What a document can make the extractors hold is bounded by [`Limits`]: the
//! decompressed bytes read from one member of the package, the bytes of one part (a
//! longer part is cut there, with a warning) and the number of parts. A damaged member is
//! a warning and the other members are still read; a part is handed out as soon as it is
//! complete, so nothing extracted before a damaged spot is lost.

pub mod odf;
pub mod ooxml;
pub mod pdf;
pub mod rtf;
mod xml;

use std::io::{Read, Seek};

/// What one document may make the extractors hold.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Decompressed bytes read from one member of the package (an XML part, a PDF file);
    /// a longer member is read up to here, with a warning.
    pub max_member: u64,
    /// Bytes of text in one part; a longer part is cut here, with a warning.
    pub max_part: usize,
    /// Parts made from one document; the rest are not made, with a warning.
    pub max_parts: usize,
    /// PDF objects that a PDF may hold, in its own text and its object streams
    /// (estimated from their text before the parser reads them); past it, the PDF is not
    /// read. A page whose content (with the XObjects it draws) holds more is not read.
    pub max_pdf_objects: u64,
}

impl Limits {
    /// Default of [`Limits::max_member`]: 256 MiB, far above any real document's XML.
    pub const MAX_MEMBER: u64 = 256 << 20;
    /// Default of [`Limits::max_part`]: 64 MiB of text, some 30 000 pages.
    pub const MAX_PART: usize = 64 << 20;
    /// Default of [`Limits::max_parts`].
    pub const MAX_PARTS: usize = 10_000;
    /// Default of [`Limits::max_pdf_objects`]: the parser holds some 250 bytes per object
    /// (benches/README.md), so about 500 MiB at most; real documents' object streams
    /// hold a few thousand.
    pub const MAX_PDF_OBJECTS: u64 = 2_000_000;
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_member: Limits::MAX_MEMBER,
            max_part: Limits::MAX_PART,
            max_parts: Limits::MAX_PARTS,
            max_pdf_objects: Limits::MAX_PDF_OBJECTS,
        }
    }
}

/// One part of a document or a message: a name (`body.txt`, `table-1.csv`,
/// `attachments/list.csv`) whose extension says how to read it, and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// The part's name inside the document, `/`-separated.
    pub name: String,
    /// The part's content: UTF-8 text for the parts made here (`.txt`, `.csv`), the
    /// decoded bytes of an attachment.
    pub bytes: Vec<u8>,
}

/// Why a document was not read at all.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The document is encrypted (a password-protected Office or OpenDocument file, a
    /// PDF that an empty password does not open).
    #[error("encrypted")]
    Encrypted,
    /// The document is larger than a limit (the file, or what its streams inflate to).
    #[error("larger than {limit} bytes (the member size limit)")]
    TooLarge {
        /// The limit passed.
        limit: u64,
    },
    /// The PDF holds more objects than [`Limits::max_pdf_objects`] (in its own text and
    /// its object streams).
    #[error("holding more than {limit} objects (the PDF object limit)")]
    TooManyObjects {
        /// The limit passed.
        limit: u64,
    },
    /// The file is not a readable document of its kind (not a zip, no main part,
    /// garbage).
    #[error("not a readable {kind} document: {reason}")]
    Unreadable {
        /// The kind looked for.
        kind: Kind,
        /// What went wrong, without quoting the content.
        reason: String,
    },
}

/// The kinds of document read here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// Word (`.docx`, `.docm`, `.dotx`).
    Docx,
    /// PowerPoint (`.pptx`, `.pptm`, `.ppsx`, `.potx`).
    Pptx,
    /// OpenDocument text (`.odt`, `.ott`).
    Odt,
    /// OpenDocument presentation (`.odp`, `.otp`).
    Odp,
    /// PDF.
    Pdf,
    /// Rich Text Format (`.rtf`).
    Rtf,
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Kind::Docx => "Word",
            Kind::Pptx => "PowerPoint",
            Kind::Odt => "OpenDocument text",
            Kind::Odp => "OpenDocument presentation",
            Kind::Pdf => "PDF",
            Kind::Rtf => "RTF",
        })
    }
}

impl Kind {
    /// The name used in outputs (`format` in the inventory).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Docx => "docx",
            Kind::Pptx => "pptx",
            Kind::Odt => "odt",
            Kind::Odp => "odp",
            Kind::Pdf => "pdf",
            Kind::Rtf => "rtf",
        }
    }

    /// The kind a file extension (lower case, without the dot) names, if any.
    pub fn from_extension(extension: &str) -> Option<Kind> {
        Some(match extension {
            "docx" | "docm" | "dotx" | "dotm" => Kind::Docx,
            "pptx" | "pptm" | "ppsx" | "ppsm" | "potx" | "potm" => Kind::Pptx,
            "odt" | "ott" => Kind::Odt,
            "odp" | "otp" => Kind::Odp,
            "pdf" => Kind::Pdf,
            "rtf" => Kind::Rtf,
            _ => return None,
        })
    }
}

/// What reading a document left to say: warnings (a damaged member, a part cut at the
/// limit), without quoting the content.
pub type Warnings = Vec<String>;

/// Reads the document `file` of `kind`, handing each part to `emit` as soon as it is
/// complete; reading stops when `emit` returns `false`. A damaged member or a limit reached is a warning and the rest is still read;
/// an error means nothing was read.
pub fn extract<R: Read + Seek>(
    kind: Kind,
    file: R,
    limits: &Limits,
    emit: &mut dyn FnMut(Part) -> bool,
) -> Result<Warnings, Error> {
    match kind {
        Kind::Docx | Kind::Pptx => ooxml::extract(kind, file, limits, emit),
        Kind::Odt | Kind::Odp => odf::extract(kind, file, limits, emit),
        Kind::Pdf => pdf::extract(file, limits, emit),
        Kind::Rtf => rtf::extract(file, limits, emit),
    }
}

/// Collects parts into a vector (tests and small callers).
pub fn extract_all<R: Read + Seek>(
    kind: Kind,
    file: R,
    limits: &Limits,
) -> Result<(Vec<Part>, Warnings), Error> {
    let mut parts = Vec::new();
    let warnings = extract(kind, file, limits, &mut |p| {
        parts.push(p);
        true
    })?;
    Ok((parts, warnings))
}

/// The start of an OLE compound file: an encrypted Office document is one (its package
/// is inside, encrypted), whatever its extension says.
pub(crate) const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Hands out parts under [`Limits::max_parts`], counting them and warning once when the
/// limit is reached.
pub(crate) struct Emitter<'a> {
    emit: &'a mut dyn FnMut(Part) -> bool,
    max_parts: usize,
    made: usize,
    /// `emit` asked to stop.
    stopped: bool,
    /// Warnings collected while reading.
    pub warnings: Warnings,
}

impl<'a> Emitter<'a> {
    pub(crate) fn new(emit: &'a mut dyn FnMut(Part) -> bool, limits: &Limits) -> Emitter<'a> {
        Emitter { emit, max_parts: limits.max_parts, made: 0, stopped: false, warnings: Vec::new() }
    }

    /// Hands out `text` as `name`, unless it holds nothing but white space or the part
    /// limit is reached.
    pub(crate) fn part(&mut self, name: String, text: Vec<u8>) {
        if self.stopped || text.iter().all(u8::is_ascii_whitespace) {
            return;
        }
        if self.made == self.max_parts {
            self.warnings.push(format!(
                "more than {} parts: the rest of the document is not read (the part limit)",
                self.max_parts
            ));
        }
        self.made += 1;
        if self.made <= self.max_parts {
            self.stopped = !(self.emit)(Part { name, bytes: text });
        }
    }

    /// Whether the part limit is reached or `emit` asked to stop (nothing more is
    /// handed out).
    pub(crate) fn full(&self) -> bool {
        self.stopped || self.made > self.max_parts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parts of a fixture made by LibreOffice (`scripts/make-document-fixtures.sh`).
    pub(crate) fn fixture(name: &str) -> (Vec<(String, String)>, Warnings) {
        let path = format!("{}/tests/data/documents/{name}", env!("CARGO_MANIFEST_DIR"));
        let kind = Kind::from_extension(name.rsplit('.').next().unwrap()).unwrap();
        let file = std::fs::File::open(path).unwrap();
        let (parts, warnings) = extract_all(kind, file, &Limits::default()).unwrap();
        let parts =
            parts.into_iter().map(|p| (p.name, String::from_utf8(p.bytes).unwrap())).collect();
        (parts, warnings)
    }

    const BODY: &str = "劳动合同附件：员工信息（合成数据）\n\
联系人手机：13766129384，邮箱 wang.jianguo@hr-mail.cn\n\
工资卡号 6225884729130651\n\
法务联系：legal.team@contracts-cn.net\n";

    const TABLE: &str = "姓名,身份证号,手机\n\
王建国,110105198003142311,13912347765\n\
李秀英,310104199211024825,15821346609\n\
陈志强,440305197512281179,18677652310\n";

    fn named<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
        let found = parts.iter().find(|p| p.0 == name);
        &found.unwrap_or_else(|| panic!("no {name} in {parts:?}")).1
    }

    #[test]
    fn word_and_opendocument_text_give_the_body_and_the_table_as_csv() {
        for f in ["contract.docx", "contract.odt"] {
            let (parts, warnings) = fixture(f);
            assert!(warnings.is_empty(), "{f}: {warnings:?}");
            let names: Vec<&str> = parts.iter().map(|p| p.0.as_str()).collect();
            assert_eq!(names, ["table-1.csv", "body.txt"], "{f}");
            // The mobile number is three runs of different styles in the file.
            assert_eq!(named(&parts, "body.txt"), BODY, "{f}");
            assert_eq!(named(&parts, "table-1.csv"), TABLE, "{f}");
        }
    }

    #[test]
    fn pdf_text_with_an_embedded_subset_cjk_font_comes_out_as_text() {
        let (parts, warnings) = fixture("contract.pdf");
        assert!(warnings.is_empty(), "{warnings:?}");
        let text = named(&parts, "text.txt");
        for line in BODY.lines() {
            assert!(text.lines().any(|l| l == line), "{line:?} not in {text:?}");
        }
        assert!(text.contains("姓名 身份证号 手机\n王建国 110105198003142311 13912347765\n"));
    }

    #[test]
    fn presentations_give_one_text_part_per_slide() {
        for f in ["slides.pptx", "slides.odp"] {
            let (parts, warnings) = fixture(f);
            assert!(warnings.is_empty(), "{f}: {warnings:?}");
            assert_eq!(
                parts,
                [
                    ("slide-1.txt".into(), "客户回访（合成数据）\n回访手机 13398765210\n".into()),
                    ("slide-2.txt".into(), "身份证号 320102198808083566\n".into()),
                ],
                "{f}"
            );
        }
    }

    #[test]
    fn a_pdf_that_needs_a_password_is_encrypted() {
        let path = format!("{}/tests/data/documents/encrypted.pdf", env!("CARGO_MANIFEST_DIR"));
        let file = std::fs::File::open(path).unwrap();
        let err = extract_all(Kind::Pdf, file, &Limits::default()).unwrap_err();
        assert!(matches!(err, Error::Encrypted), "{err:?}");
    }

    #[test]
    fn damage_is_an_error_or_a_warning_never_a_panic() {
        let path = format!("{}/tests/data/documents/contract.docx", env!("CARGO_MANIFEST_DIR"));
        let whole = std::fs::read(path).unwrap();
        let err = extract_all(Kind::Docx, std::io::Cursor::new(&whole[..1000]), &Limits::default())
            .unwrap_err();
        assert!(matches!(err, Error::Unreadable { kind: Kind::Docx, .. }), "{err:?}");
        let mut ole = OLE_MAGIC.to_vec();
        ole.extend("EncryptionInfo".encode_utf16().flat_map(u16::to_le_bytes));
        let err =
            extract_all(Kind::Docx, std::io::Cursor::new(ole), &Limits::default()).unwrap_err();
        assert!(matches!(err, Error::Encrypted), "{err:?}");
        // Every member cut short: what was read before the damage is kept.
        let limits = Limits { max_member: 1500, ..Limits::default() };
        let file = std::io::Cursor::new(whole);
        let (parts, warnings) = extract_all(Kind::Docx, file, &limits).unwrap();
        assert!(warnings.iter().any(|w| w.contains("member size limit") || w.contains("damaged")));
        assert!(parts.len() <= 2, "{parts:?}");
    }

    #[test]
    fn reading_stops_when_the_receiver_says_so() {
        let path = format!("{}/tests/data/documents/contract.docx", env!("CARGO_MANIFEST_DIR"));
        let mut names = Vec::new();
        let file = std::fs::File::open(path).unwrap();
        extract(Kind::Docx, file, &Limits::default(), &mut |p| {
            names.push(p.name);
            false
        })
        .unwrap();
        assert_eq!(names, ["table-1.csv"]);
    }

    #[test]
    fn files_embedded_in_a_package_are_parts_of_their_own() {
        use std::io::Write;
        let path = format!("{}/tests/data/documents/contract.docx", env!("CARGO_MANIFEST_DIR"));
        let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
        let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for i in 0..zip.len() {
            out.raw_copy_file(zip.by_index_raw(i).unwrap()).unwrap();
        }
        let options = zip::write::SimpleFileOptions::default();
        out.start_file("word/embeddings/list.csv", options).unwrap();
        out.write_all(b"tel\n13912345678\n").unwrap();
        let bytes = out.finish().unwrap().into_inner();
        let (parts, _) =
            extract_all(Kind::Docx, std::io::Cursor::new(bytes), &Limits::default()).unwrap();
        let last = parts.last().unwrap();
        assert_eq!(
            (last.name.as_str(), &last.bytes[..]),
            ("embeddings/list.csv", &b"tel\n13912345678\n"[..])
        );
    }
}
