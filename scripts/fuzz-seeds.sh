#!/usr/bin/env bash
# Writes seed inputs for the file-scanning fuzz targets into fuzz/corpus/ (git-ignored):
# a small SQLite database made by Python's sqlite3 module, a one-sheet workbook in the
# Office Open XML layout, and JSON and JSON Lines documents. The first byte of each seed
# selects the file name the target gives the rest (see fuzz/fuzz_targets/*.rs).
#
#   bash scripts/fuzz-seeds.sh && cd fuzz && cargo +nightly fuzz run render_scan
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p fuzz/corpus/render_scan fuzz/corpus/json_scan
python3 - <<'PY'
import io, os, sqlite3, tempfile, zipfile

def seed(path, selector, data):
    with open(path, "wb") as f:
        f.write(bytes([selector]) + data)

with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "t.sqlite")
    c = sqlite3.connect(db)
    c.execute("create table users(id integer primary key, name text, mobile text, "
              "email text, id_card text)")
    c.execute("insert into users values(1, '张伟', '13912345678', 'zhang.wei@example.com', "
              "'11010519491231002X')")
    c.commit()
    c.close()
    seed("fuzz/corpus/render_scan/sqlite", 3, open(db, "rb").read())

NS = "http://schemas.openxmlformats.org"
parts = {
    "[Content_Types].xml": f'<Types xmlns="{NS}/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": f'<Relationships xmlns="{NS}/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": f'<workbook xmlns="{NS}/spreadsheetml/2006/main" xmlns:r="{NS}/officeDocument/2006/relationships">'
    '<sheets><sheet name="users" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{NS}/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{NS}/spreadsheetml/2006/main"><dimension ref="A1:C2"/><sheetData>'
    '<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" t="inlineStr"><is><t>mobile</t></is></c>'
    '<c r="C1" t="inlineStr"><is><t>id_card</t></is></c></row>'
    '<row r="2"><c r="A2" t="inlineStr"><is><t>张伟</t></is></c><c r="B2" t="inlineStr"><is><t>13912345678</t></is></c>'
    '<c r="C2" t="inlineStr"><is><t>11010519491231002X</t></is></c></row></sheetData></worksheet>',
}
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    for name, xml in parts.items():
        z.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>' + xml)
seed("fuzz/corpus/render_scan/xlsx", 0, buf.getvalue())

seed("fuzz/corpus/json_scan/doc", 0, '{"users":[{"name":"张伟","mobile":"13912345678",'
     '"email":"zhang.wei@example.com","id_card":"11010519491231002X","tags":[1,2.5,null,true]}]}'.encode())
seed("fuzz/corpus/json_scan/lines", 1, '{"phone":"+86 139-1234-5678"}\n'
     '{"ip":"10.1.2.3","nested":{"a":{"b":"6225881414207430"}}}\n'.encode())
PY
ls -l fuzz/corpus/render_scan fuzz/corpus/json_scan
