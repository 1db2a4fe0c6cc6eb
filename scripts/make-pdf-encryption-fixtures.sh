#!/usr/bin/env bash
# Makes encrypted PDFs with qpdf from the document fixture tests/data/documents/contract.pdf
# (LibreOffice's export of the synthetic contract), into tests/data/documents/:
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
for f in owner-aes256 owner-rc4 encrypted-objstm-bomb; do
    qpdf --check "$DOCS/$f.pdf" >/dev/null
done
ls -l "$DOCS"/owner-*.pdf "$DOCS"/user-rc4.pdf "$DOCS"/encrypted-objstm-bomb.pdf
