#!/usr/bin/env bash
# Regenerates the demo tree examples/demo/ (deterministic: the same bytes on every run;
# the documents are copied from tests/data)
# and prints the planted values per file and category. The staff list is written in
# UTF-8 and converted to GBK by iconv, as Excel on a Chinese Windows saves a CSV.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v iconv >/dev/null || { echo "needs iconv" >&2; exit 1; }
# Entries of archives are written to a staging folder, then zipped with Info-ZIP zip
# (fixed mtimes, sorted names, no extra attributes or folder entries).
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cargo run --quiet --example gen_demo -- examples/demo "$staging"
(cd "$staging" && find . -name '*.zip' -type d | sort) | while read -r archive; do
    find "$staging/$archive" -exec touch -h -d '2026-01-01 00:00:00 UTC' {} +
    rm -f "examples/demo/$archive"
    mkdir -p "examples/demo/$(dirname "$archive")"
    out=$PWD/examples/demo/$archive
    (cd "$staging/$archive" && find . -type f | sed 's|^\./||' | LC_ALL=C sort | TZ=UTC zip -q -X -D "$out" -@)
done
# A Word document, a PDF and a mail message made by the real tools
# (scripts/make-document-fixtures.sh: LibreOffice headless, Python's email package),
# copied as they are.
mkdir -p examples/demo/documents
cp tests/data/documents/contract.docx tests/data/documents/contract.pdf \
    tests/data/mail/notice.eml examples/demo/documents/
staff=examples/demo/exports/员工通讯录.csv
iconv -f UTF-8 -t GBK "$staff" > "$staff.gbk"
mv "$staff.gbk" "$staff"
