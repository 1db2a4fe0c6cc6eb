#!/usr/bin/env bash
# Writes seed inputs for every fuzz target into fuzz/corpus/<target>/ (git-ignored): a
# small SQLite database made by Python's sqlite3 module, one-sheet workbooks in the Office
# Open XML and OpenDocument layouts, JSON and JSON Lines documents, and the first 8 KiB of
# the dump, CSV and JSON Lines fixtures under tests/data/dumps/ and the small hostile
# fixtures under tests/data/hostile/. The first byte of each seed selects the file name
# (or the chunk size) the target gives the rest (see fuzz/fuzz_targets/*.rs).
#
#   bash scripts/fuzz-seeds.sh && cd fuzz && cargo +nightly fuzz run render_scan
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p fuzz/corpus/{render_scan,render,json_scan,structured,sql}
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
seed("fuzz/corpus/render/xlsx", 0, buf.getvalue())

ODS = "urn:oasis:names:tc:opendocument:xmlns"
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
    z.writestr("META-INF/manifest.xml", f'<manifest:manifest xmlns:manifest="{ODS}:manifest:1.0" '
               'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
               'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
               '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
               '</manifest:manifest>')
    cells = lambda *vs: "".join(f'<table:table-cell office:value-type="string"><text:p>{v}</text:p>'
                                 '</table:table-cell>' for v in vs)
    z.writestr("content.xml", f'<office:document-content xmlns:office="{ODS}:office:1.0" '
               f'xmlns:table="{ODS}:table:1.0" xmlns:text="{ODS}:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="users">'
               f'<table:table-row>{cells("name", "mobile", "id_card")}</table:table-row>'
               '<table:table-row table:number-rows-repeated="2">'
               f'{cells("张伟", "13912345678", "11010519491231002X")}</table:table-row>'
               '</table:table></office:spreadsheet></office:body></office:document-content>')
seed("fuzz/corpus/render_scan/ods", 1, buf.getvalue())
seed("fuzz/corpus/render/ods", 2, buf.getvalue())
seed("fuzz/corpus/render/sqlite", 4, open("fuzz/corpus/render_scan/sqlite", "rb").read()[1:])

# Fixtures: (file, render_scan selector, render selector).
for name, scan_sel, render_sel in [("far-cell.xlsx", 0, 0), ("zz-cell.xlsx", 0, 0),
                                   ("garbage.sqlite", 3, 4), ("truncated.sqlite", 3, 4)]:
    data = open(f"tests/data/hostile/{name}", "rb").read()
    seed(f"fuzz/corpus/render_scan/{name}", scan_sel, data)
    seed(f"fuzz/corpus/render/{name}", render_sel, data)

# Text fixtures, cut to 8 KiB: (file, structured selector: csv 0, jsonl 2, sql 3).
for name, sel in [("users.csv", 0), ("users.jsonl", 2), ("mysql.sql", 3), ("pg.sql", 3),
                  ("pg_inserts.sql", 3), ("pg_column_inserts.sql", 3), ("sqlite.sql", 3)]:
    data = open(f"tests/data/dumps/{name}", "rb").read()[:8192]
    seed(f"fuzz/corpus/structured/{name}", sel, data)
    if name.endswith(".sql"):
        seed(f"fuzz/corpus/sql/{name}", 6, data)
    if name.endswith(".jsonl"):
        seed(f"fuzz/corpus/json_scan/{name}", 1, data)

seed("fuzz/corpus/json_scan/doc", 0, '{"users":[{"name":"张伟","mobile":"13912345678",'
     '"email":"zhang.wei@example.com","id_card":"11010519491231002X","tags":[1,2.5,null,true]}]}'.encode())
seed("fuzz/corpus/json_scan/lines", 1, '{"phone":"+86 139-1234-5678"}\n'
     '{"ip":"10.1.2.3","nested":{"a":{"b":"6225881414207430"}}}\n'.encode())
PY
ls -l fuzz/corpus/*
