#!/usr/bin/env bash
# Regenerates the small hostile-input fixtures in tests/data/hostile/ with real tools
# (python's zipfile for the workbooks, the sqlite3 shell, gzip). Every value is synthetic.
#
#   far-cell.xlsx          one sheet, A1:A2 a header and a phone number, a second phone
#                          at XFD1048576 (the last cell of a sheet); the declared dimension
#                          is the whole sheet. Read as a range: a 549 GB allocation.
#   zz-cell.xlsx           the same with the far cell at ZZ100000 (a 2.5 GB range).
#   trailing-garbage.log.gz  gzip -n of three lines, then bytes that are not gzip.
#   twice.csv.gz.gz        a CSV compressed twice.
#   truncated.log.gz       gzip -n of 4 000 lines, cut in half.
#   garbage.sqlite         an SQLite database whose first page is overwritten after the
#                          16-byte header: "file is not a database"; its rows remain.
#   truncated.sqlite       an SQLite database cut after its third page.
#
# Big hostile inputs (zip bombs, 900 MB blobs) are never committed: tests and
# benches/hostile.sh generate them in temporary directories.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=tests/data/hostile
mkdir -p "$OUT"
for tool in python3 sqlite3 gzip; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done

python3 - "$OUT" <<'PY'
import sys, zipfile
out = sys.argv[1]

def workbook(path, far):
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="contacts" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="A1:{far}"/><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>phone</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>13912345678</t></is></c></row>'
        f'<row r="{far.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}"><c r="{far}" t="inlineStr"><is><t>13987654321</t></is></c></row>'
        '</sheetData></worksheet>',
    }
    # A fixed timestamp: the same bytes on every run.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)

workbook(f"{out}/far-cell.xlsx", "XFD1048576")
workbook(f"{out}/zz-cell.xlsx", "ZZ100000")
PY

printf 'call from 13912345678\ncall from 13987654321\nend\n' | gzip -n -9 > "$OUT/trailing-garbage.log.gz"
printf '\x00\x01not gzip: trailing bytes\n' >> "$OUT/trailing-garbage.log.gz"

printf 'name,phone\nalpha,13912345678\nbeta,13987654321\n' | gzip -n -9 | gzip -n -9 > "$OUT/twice.csv.gz.gz"

for i in $(seq 1 4000); do printf 'row %05d phone 139%08d\n' "$i" "$((12345678 + i))"; done \
  | gzip -n -1 > "$OUT/full.tmp.gz"
head -c $(( $(stat -c %s "$OUT/full.tmp.gz") / 2 )) "$OUT/full.tmp.gz" > "$OUT/truncated.log.gz"
rm -f "$OUT/full.tmp.gz"

make_db() {
  rm -f "$1"
  sqlite3 "$1" <<'SQL'
PRAGMA page_size = 1024;
CREATE TABLE a_contacts(name TEXT, phone TEXT);
INSERT INTO a_contacts VALUES('alpha', 'tel 13912345678 ');
CREATE TABLE b_notes(body TEXT);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT INTO b_notes SELECT 'note ' || i || ' for 13987654321' FROM n;
SQL
}
make_db "$OUT/garbage.sqlite"
# Page 1 after the 16-byte magic: the header fields and the schema, as garbage.
python3 - "$OUT/garbage.sqlite" <<'PY'
import sys
p = sys.argv[1]
b = bytearray(open(p, "rb").read())
b[16:1024] = bytes([0xA5]) * (1024 - 16)
open(p, "wb").write(bytes(b))
PY
make_db "$OUT/full.tmp.sqlite"
head -c 3072 "$OUT/full.tmp.sqlite" > "$OUT/truncated.sqlite"
rm -f "$OUT/full.tmp.sqlite"

sqlite3 --version | cut -d' ' -f1 | sed 's/^/sqlite3 /' > "$OUT/VERSIONS.txt"
gzip --version | head -n 1 >> "$OUT/VERSIONS.txt"
python3 --version >> "$OUT/VERSIONS.txt"
printf '* -text\n' > "$OUT/.gitattributes"
ls -l "$OUT"
