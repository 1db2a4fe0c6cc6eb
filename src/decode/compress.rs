//! Single-stream compressions besides [`gzip`]: bzip2, xz and
//! zstd, decoded as streams that end with a warning where the data is damaged, like
//! gzip's (every concatenated stream is read, as the command-line tools do).

use std::io::{self, BufReader, Read};

use super::gzip::{self, Lenient, Warnings};
use crate::extract::Warning;
use crate::source::input::Codec;

/// The decoded contents of `raw`, compressed with `codec` (gzip layers inside gzip
/// decoded up to `gzip_depth`). A stream that does not start with the codec's magic
/// bytes is returned as it is, with a warning; damage is a warning at its decoded
/// offset. The only error is failing to read the first bytes.
pub fn decode<'r>(
    codec: Codec,
    raw: impl Read + 'r,
    gzip_depth: u32,
    warnings: &Warnings,
) -> io::Result<Box<dyn Read + 'r>> {
    if codec == Codec::Gzip {
        return gzip::decode(raw, gzip_depth, warnings);
    }
    let mut raw = BufReader::with_capacity(1 << 16, raw);
    let mut head = Vec::with_capacity(8);
    (&mut raw).take(6).read_to_end(&mut head)?;
    let again = io::Cursor::new(head.clone()).chain(raw);
    if !codec.matches(&head) {
        if !head.is_empty() {
            let reason = format!("not {}-compressed: scanned as it is", codec.name());
            warnings.lock().unwrap_or_else(|e| e.into_inner()).push(Warning { offset: 0, reason });
        }
        return Ok(Box::new(again));
    }
    let decoder: Box<dyn Read + 'r> = match codec {
        Codec::Bzip2 => Box::new(bzip2::read::MultiBzDecoder::new(again)),
        Codec::Xz => Box::new(liblzma::read::XzDecoder::new_multi_decoder(again)),
        Codec::Zstd => Box::new(zstd::stream::read::Decoder::with_buffer(BufReader::new(again))?),
        Codec::Gzip => unreachable!("handled above"),
    };
    Ok(Box::new(Lenient::new(decoder, 1, warnings)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn read(codec: Codec, bytes: Vec<u8>) -> (Vec<u8>, Vec<Warning>) {
        let w = Warnings::default();
        let mut out = Vec::new();
        decode(codec, io::Cursor::new(bytes), 1, &w).unwrap().read_to_end(&mut out).unwrap();
        let warnings = w.lock().unwrap().clone();
        (out, warnings)
    }

    fn compress(codec: Codec, data: &[u8]) -> Vec<u8> {
        match codec {
            Codec::Bzip2 => {
                let mut e = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
                e.write_all(data).unwrap();
                e.finish().unwrap()
            }
            Codec::Xz => {
                let mut e = liblzma::write::XzEncoder::new(Vec::new(), 1);
                e.write_all(data).unwrap();
                e.finish().unwrap()
            }
            Codec::Zstd => zstd::encode_all(data, 1).unwrap(),
            Codec::Gzip => unreachable!(),
        }
    }

    #[test]
    fn each_codec_decodes_concatenated_streams_and_keeps_what_precedes_damage() {
        let data: Vec<u8> =
            (0..100_000u32).flat_map(|i| format!("line {i}\n").into_bytes()).collect();
        for codec in [Codec::Bzip2, Codec::Xz, Codec::Zstd] {
            let mut two = compress(codec, b"first\n");
            two.extend(compress(codec, b"second\n"));
            assert_eq!(read(codec, two), (b"first\nsecond\n".to_vec(), vec![]), "{codec:?}");
            let mut cut = compress(codec, &data);
            cut.truncate(cut.len() * 2 / 3);
            let (out, warnings) = read(codec, cut);
            assert_eq!(out, data[..out.len()], "{codec:?}");
            assert_eq!(warnings.len(), 1, "{codec:?}: {warnings:?}");
            assert_eq!(warnings[0].offset, out.len() as u64);
            let (plain, w) = read(codec, b"plain".to_vec());
            assert_eq!(plain, b"plain");
            assert!(w[0].reason.starts_with("not "), "{w:?}");
        }
    }
}
