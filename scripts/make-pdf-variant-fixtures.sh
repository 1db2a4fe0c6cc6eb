#!/usr/bin/env bash
# Makes variants of the document fixture tests/data/documents/contract.pdf (LibreOffice's
# export of the synthetic contract) with qpdf, into tests/data/documents/:
#
#   owner-aes256.pdf     AES-256 (R6) with an empty user password and an owner password:
#                        the "restricted" PDF every viewer opens without asking; its
#                        objects packed into object streams (qpdf --object-streams=generate)
#   owner-rc4.pdf        the same with 128-bit RC4 (R3), objects as LibreOffice wrote them
#   user-rc4.pdf         128-bit RC4 with a user password: it cannot be opened without it
#   encrypted-objstm-bomb.pdf
#                        owner-aes256 again, with a /Padding array of 8 Mi zeros (16 MiB of
#                        text) added to the page tree, which qpdf packs into an object
#                        stream: 48 KB that inflate to 16 MiB once decrypted (the catalog
#                        is not used: qpdf keeps it out of object streams when encrypting)
#   objstm-array-bomb.pdf
#                        the same padded contract packed into object streams without
#                        encryption (47 KB that inflate to 16 MiB of array: 8 Mi objects)
#   lzw.pdf              the contract with its streams in LZW, as producers of the 1990s
#                        wrote them: qpdf --qdf writes every object in the clear, Python
#                        re-encodes the page contents, ToUnicode maps and fonts with LZW
#                        (qpdf has a decoder, no encoder; the encoder below is checked by
#                        qpdf --check, which decodes every stream), fix-qdf repairs the
#                        lengths and offsets
#
# --static-id and --static-aes-iv (qpdf's options for reproducible test files) fix the
# document ID and the AES initialisation vectors: the RC4 files are the same bytes on
# every run; the AES-256 ones are not (R6 draws random salts for its password hashes),
# though what they decrypt to is.
#
# Needs qpdf (the Debian package qpdf, which ships fix-qdf) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v qpdf >/dev/null || { apt-get update && apt-get install -y qpdf; }
DOCS=tests/data/documents
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fixed=(--static-id --static-aes-iv --allow-weak-crypto)
qpdf "${fixed[@]}" --object-streams=generate --encrypt "" not-a-real-owner-password 256 -- \
    "$DOCS/contract.pdf" "$DOCS/owner-aes256.pdf"
qpdf "${fixed[@]}" --encrypt "" not-a-real-owner-password 128 --use-aes=n -- \
    "$DOCS/contract.pdf" "$DOCS/owner-rc4.pdf"
qpdf "${fixed[@]}" --encrypt not-a-real-password not-a-real-owner-password 128 --use-aes=n -- \
    "$DOCS/contract.pdf" "$DOCS/user-rc4.pdf"

qpdf --qdf --object-streams=disable "$DOCS/contract.pdf" "$TMP/qdf.pdf"
python3 - "$TMP/qdf.pdf" "$TMP/padded.pdf" <<'PY'
import sys
src, dst = sys.argv[1], sys.argv[2]
pdf = open(src, "rb").read()
at = pdf.index(b"/Type /Pages")
with open(dst, "wb") as out:
    out.write(pdf[:at])
    out.write(b"/Padding [")
    out.write(b"0 " * (8 << 20))
    out.write(b"]\n  ")
    out.write(pdf[at:])
PY
fix-qdf "$TMP/padded.pdf" >"$TMP/fixed.pdf"
qpdf "${fixed[@]}" --object-streams=generate --compress-streams=y --compression-level=9 \
    --encrypt "" not-a-real-owner-password 256 -- "$TMP/fixed.pdf" "$DOCS/encrypted-objstm-bomb.pdf"
qpdf --static-id --object-streams=generate --compress-streams=y --compression-level=9 \
    "$TMP/fixed.pdf" "$DOCS/objstm-array-bomb.pdf"
qpdf --qdf --object-streams=disable "$DOCS/contract.pdf" "$TMP/clear.pdf"
python3 - "$TMP/clear.pdf" "$TMP/lzw.pdf" <<'PY'
import re, sys, zlib

def lzw(data):
    """LZW as PDF's LZWDecode reads it: MSB-first codes of 9 to 12 bits, a clear code
    first, EarlyChange 1 (the code width grows one code early)."""
    CLEAR, EOD = 256, 257
    out = bytearray()
    acc = nbits = 0
    width = 9

    def emit(code):
        nonlocal acc, nbits
        acc = (acc << width) | code
        nbits += width
        while nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xFF)
        acc &= (1 << nbits) - 1

    def grow(nxt):
        nonlocal width
        if nxt + 1 > (1 << width) and width < 12:
            width += 1

    emit(CLEAR)
    table, nxt = {bytes([i]): i for i in range(256)}, 258
    w = b""
    for c in data:
        wc = w + bytes([c])
        if wc in table:
            w = wc
            continue
        emit(table[w])
        table[wc] = nxt
        nxt += 1
        grow(nxt)
        if nxt >= 4094:
            emit(CLEAR)
            table, nxt, width = {bytes([i]): i for i in range(256)}, 258, 9
        w = bytes([c])
    if w:
        emit(table[w])
        grow(nxt + 1)
    emit(EOD)
    if nbits:
        out.append((acc << (8 - nbits)) & 0xFF)
    return bytes(out)

src, dst = sys.argv[1], sys.argv[2]
pdf = open(src, "rb").read()
# Every stream of the QDF file: its dictionary, then its data up to `endstream`.
# Streams in the clear and deflated ones without parameters are stored in LZW instead.
pattern = re.compile(rb"\n<<\n((?:  [^\n]*\n)*?)>>\nstream\n(.*?)\nendstream\n", re.S)
count = 0

def recode(m):
    global count
    head, data = m.group(1), m.group(2)
    if b"/DecodeParms" in head or b"/Type /XRef" in head:
        return m.group(0)
    if b"/Filter /FlateDecode\n" in head:
        data = zlib.decompress(data)
        head = head.replace(b"/Filter /FlateDecode\n", b"")
    elif b"/Filter" in head:
        return m.group(0)
    count += 1
    return b"\n<<\n  /Filter /LZWDecode\n" + head + b">>\nstream\n" + lzw(data) + b"\nendstream\n"

pdf = pattern.sub(recode, pdf)
assert count > 0, "no stream found"
open(dst, "wb").write(pdf)
PY
fix-qdf "$TMP/lzw.pdf" >"$DOCS/lzw.pdf"
for f in owner-aes256 owner-rc4 encrypted-objstm-bomb objstm-array-bomb lzw; do
    qpdf --check "$DOCS/$f.pdf" >/dev/null
done
ls -l "$DOCS"/owner-*.pdf "$DOCS"/user-rc4.pdf "$DOCS"/*objstm*bomb.pdf "$DOCS"/lzw.pdf
