#!/usr/bin/env bash
# Makes a PDF whose object stream is a compression bomb, with qpdf, from the document
# fixture tests/data/documents/contract.pdf (LibreOffice's export of the synthetic
# contract):
#
# 1. qpdf --qdf writes the contract with every object in the clear;
# 2. Python adds to its catalog a /Padding string of PAD_MB MiB of spaces, and fix-qdf
#    repairs the offsets;
# 3. qpdf --object-streams=generate packs the objects (the catalog with its padding
#    included) into one object stream, deflated at level 9.
#
# The result reads as the contract (its pages and text are unchanged) and its object
# stream inflates to PAD_MB MiB, about a thousand times its size; qpdf --check accepts it.
#
# With KIND `clear` (third argument), the padding is an array of zeros (`0 0 0 …`, PAD_MB
# MiB: half as many objects once parsed) and step 3 is left out: fix-qdf's output, every
# object in the clear, is the result (an uncompressed PDF whose catalog holds the array).
#
#   bash scripts/make-pdf-bomb.sh                  # 16 MiB: tests/data/documents/objstm-bomb.pdf
#   bash scripts/make-pdf-bomb.sh 512 /tmp/big.pdf # for benches/README.md's peak memory
#   bash scripts/make-pdf-bomb.sh 100 /tmp/clear.pdf clear   # the same, for objects in the clear
#
# Needs qpdf (the Debian package qpdf, which ships fix-qdf) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
PAD_MB=${1:-16}
OUT=${2:-tests/data/documents/objstm-bomb.pdf}
KIND=${3:-objstm}
command -v qpdf >/dev/null || { apt-get update && apt-get install -y qpdf; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
qpdf --qdf --object-streams=disable tests/data/documents/contract.pdf "$TMP/qdf.pdf"
python3 - "$TMP/qdf.pdf" "$TMP/padded.pdf" "$PAD_MB" "$KIND" <<'PY'
import sys
src, dst, mib, kind = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
pdf = open(src, "rb").read()
at = pdf.index(b"/Type /Catalog")
with open(dst, "wb") as out:
    out.write(pdf[:at])
    if kind == "clear":
        out.write(b"/Padding [")
        out.write(b"0 " * (mib << 19))
        out.write(b"]\n  ")
    else:
        out.write(b"/Padding (")
        out.write(b" " * (mib << 20))
        out.write(b")\n  ")
    out.write(pdf[at:])
PY
if [ "$KIND" = clear ]; then
    fix-qdf "$TMP/padded.pdf" >"$OUT"
    ls -l "$OUT"
    exit 0
fi
fix-qdf "$TMP/padded.pdf" >"$TMP/fixed.pdf"
qpdf --object-streams=generate --compress-streams=y --compression-level=9 \
    --deterministic-id "$TMP/fixed.pdf" "$OUT"
qpdf --check "$OUT" >/dev/null
qpdf --version | head -1 >"$TMP/version"
if [ "$OUT" = tests/data/documents/objstm-bomb.pdf ] && ! grep -q '^qpdf' tests/data/documents/VERSIONS.txt; then
    cat "$TMP/version" >>tests/data/documents/VERSIONS.txt
fi
ls -l "$OUT"
