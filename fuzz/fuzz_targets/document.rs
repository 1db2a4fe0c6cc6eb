//! Feeds arbitrary bytes to the document and mail readers (as the kind named by the first
//! byte: docx, pptx, odt, odp, PDF, RTF, eml or mbox) and checks what must always hold: no
//! panic escapes, and no part is larger than the part limit.
//!
//! `cargo fuzz run document` (nightly), or `cargo build` here to check it compiles.

#![no_main]

use std::io::Cursor;

use libfuzzer_sys::fuzz_target;
use piiscan::source::document::{self, Kind, Limits};
use piiscan::source::mail;

fuzz_target!(|input: &[u8]| {
    let Some((&selector, data)) = input.split_first() else { return };
    let limits =
        Limits { max_member: 1 << 20, max_part: 4096, max_parts: 64, max_pdf_objects: 100_000 };
    let mut check = |p: document::Part| {
        assert!(p.bytes.len() <= limits.max_part, "{} has {} bytes", p.name, p.bytes.len());
        true
    };
    let kinds = [Kind::Docx, Kind::Pptx, Kind::Odt, Kind::Odp, Kind::Pdf, Kind::Rtf];
    match usize::from(selector) % 8 {
        k @ 0..=5 => {
            let _ = document::extract(kinds[k], Cursor::new(data), &limits, &mut check);
        }
        6 => {
            let _ = mail::eml(data, &mail::Limits::default(), &mut |_| true);
        }
        _ => {
            let limits = mail::Limits { max_message: 4096, max_parts: 16 };
            let _ = mail::mbox(data, &limits, &mut |_| true);
        }
    }
});
