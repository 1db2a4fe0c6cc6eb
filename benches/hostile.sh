#!/usr/bin/env bash
# Hostile inputs: each case generates its input in a temporary directory, scans it with
# `piiscan scan --format json` (or the case's FORMAT) under `/usr/bin/time -v`, and prints
# one line:
#
#   case  exit  peak_rss_kb
#
#   bash benches/hostile.sh                    # every case, the release binary
#   BIN=/path/to/piiscan bash benches/hostile.sh far_cell_xlsx sqlite_blob_900mb
#
# `exit` is the scan's exit code (134: aborted, 135: SIGBUS; for the structured cases,
# scanned with `--fail-on medium`, 1 means findings were reported and 0 that none were). Small committed fixtures
# come from tests/data/hostile (scripts/make-hostile-fixtures.sh); big inputs are made
# here and removed afterwards. Needs python3, sqlite3 and gzip. Results: benches/README.md,
# "Hostile input".
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=${BIN:-$ROOT/target/release/piiscan}
FIXTURES=$ROOT/tests/data/hostile

# Runs the scan of "$@" in the current directory: prints "exit peak_rss_kb".
measure() {
  local log
  log=$(mktemp)
  /usr/bin/time -v "$BIN" scan --format "${FORMAT:-json}" "$@" >/dev/null 2>"$log"
  local code=$?
  # time -v reports a killed child as "Command terminated by signal N".
  local sig
  sig=$(sed -n 's/.*Command terminated by signal \([0-9]*\).*/\1/p' "$log")
  [ -n "$sig" ] && code=$((128 + sig))
  local rss
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
  rm -f "$log"
  echo "$code ${rss:-?}"
}

# A 1.6 KB .xlsx: a header, a phone, and a second phone at XFD1048576.
case_far_cell_xlsx() { cp "$FIXTURES/far-cell.xlsx" . && measure far-cell.xlsx; }

# The same with the far cell at ZZ100000.
case_zz_cell_xlsx() { cp "$FIXTURES/zz-cell.xlsx" . && measure zz-cell.xlsx; }

# A zip bomb: a 0.6 MB .xlsx whose sheet renders to ~760 MiB (300 000 rows of a 2.6 KB
# text), then a last row with a phone.
case_xlsx_bomb() {
  python3 - <<'PY'
import zipfile
t = lambda x: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + x
rels = 'http://schemas.openxmlformats.org/package/2006/relationships'
off = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
with zipfile.ZipFile("bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", t('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'))
    z.writestr("_rels/.rels", t(f'<Relationships xmlns="{rels}"><Relationship Id="rId1" Type="{off}/officeDocument" Target="xl/workbook.xml"/></Relationships>'))
    z.writestr("xl/workbook.xml", t(f'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{off}"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>'))
    z.writestr("xl/_rels/workbook.xml.rels", t(f'<Relationships xmlns="{rels}"><Relationship Id="rId1" Type="{off}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'))
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as w:
        w.write(t('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>note</t></is></c></row>').encode())
        text = "lorem ipsum " * 220
        for r in range(2, 300002):
            w.write(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{text}</t></is></c></row>'.encode())
        w.write(b'<row r="300002"><c r="A300002" t="inlineStr"><is><t>13987654321</t></is></c></row></sheetData></worksheet>')
PY
  measure bomb.xlsx
}

# An SQLite database with a 900 MB blob between two rows with phones.
case_sqlite_blob_900mb() {
  sqlite3 blob.sqlite "CREATE TABLE t(phone TEXT, photo BLOB);
    INSERT INTO t VALUES('13912345678', NULL);
    INSERT INTO t VALUES('13900002222', zeroblob(900000000));
    INSERT INTO t VALUES('13987654321', NULL);"
  measure blob.sqlite
}

# A 256 MiB log shrunk to 16 KiB and regrown every 20 ms while it is scanned (a mapped
# file raises SIGBUS on a read past its new end). Racy by nature: the worst of RUNS
# (default 5) scans is reported.
case_truncated_during_scan() {
  python3 -c "
line = b'row 13912345678 and some more text to fill the line\n'
open('big.log', 'wb').write(line * ((256 << 20) // len(line)))"
  local size
  size=$(stat -c %s big.log)
  ( while [ -e big.log ]; do
      truncate -s 16384 big.log; sleep 0.02; truncate -s "$size" big.log; sleep 0.02
    done ) &
  local shaker=$! worst="0 0" result i
  for i in $(seq "${RUNS:-5}"); do
    result=$(measure -j 1 big.log)
    [ "${result%% *}" != 0 ] && worst=$result
    [ "${worst%% *}" = 0 ] && [ "${result#* }" -gt "${worst#* }" ] && worst=$result
  done
  rm -f big.log
  kill "$shaker" 2>/dev/null
  wait "$shaker" 2>/dev/null
  echo "$worst"
}

# gzip members followed by bytes that are not gzip.
case_gzip_trailing_garbage() { cp "$FIXTURES/trailing-garbage.log.gz" . && measure trailing-garbage.log.gz; }

# A CSV compressed twice.
case_gzip_twice() { cp "$FIXTURES/twice.csv.gz.gz" . && measure twice.csv.gz.gz; }

# A gzip file cut in half.
case_gzip_truncated() { cp "$FIXTURES/truncated.log.gz" . && measure truncated.log.gz; }

# An SQLite database whose first page is garbage.
case_sqlite_garbage() { cp "$FIXTURES/garbage.sqlite" . && measure garbage.sqlite; }

# An SQLite database cut after its third page.
case_sqlite_truncated() { cp "$FIXTURES/truncated.sqlite" . && measure truncated.sqlite; }

# Structured input (flags --max-columns, --max-json-depth, --max-held-findings): streamed
# as JSON Lines, so that only what the parser and the join hold is measured.
structured() { FORMAT=jsonl measure --no-config --fail-on medium -j 1 "$@"; }

# `piiscan:allow` inside the first cell of a mysqldump INSERT of 10 000 rows (one read).
case_dump_marker() {
  python3 - <<'PY'
with open("marker.sql", "w") as f:
    f.write("-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n")
    f.write("CREATE TABLE `users` (`id` int, `note` varchar(50), `phone` char(11));\n")
    rows = ",".join("(%d,%s,'139%08d')" % (i, "'piiscan:allow'" if i == 1 else "'n'", i)
                    for i in range(1, 10001))
    f.write("INSERT INTO `users` VALUES %s;\n" % rows)
PY
  structured marker.sql
}

# `{"a":{"a":...}}` DEEP_LEVELS (default 100 000) levels deep (600 KB), a phone number at
# the bottom.
case_json_deep() {
  DEPTH=${DEEP_LEVELS:-100000} python3 - <<'PY'
import os
d = int(os.environ["DEPTH"])
open("deep.json", "w").write('{"a":' * d + '"13912345678"' + '}' * d + "\n")
PY
  structured deep.json
}

# A JSON object keyed by 500 000 e-mail addresses, each holding a phone number.
case_json_keyed_500k() {
  python3 - <<'PY'
with open("keyed.json", "w") as f:
    f.write('{"users":{' + ",".join(
        '"user%d@corp.cn":{"phone":"139%08d"}' % (i, i) for i in range(500000)) + "}}\n")
PY
  structured keyed.json
}

# A CSV without a header: its first row, and 200 000 more, are data.
case_csv_noheader() {
  python3 - <<'PY'
with open("noheader.csv", "w") as f:
    for i in range(200001):
        f.write("user%d,139%08d,user%d@corp.cn\n" % (i, i, i))
PY
  structured noheader.csv
}

# A CSV of 2 000 000 rows with one unclosed quote in its 10th row.
case_csv_unclosed() {
  python3 - <<'PY'
with open("unclosed.csv", "w") as f:
    f.write("id,phone,note\n")
    for i in range(1, 2000001):
        f.write("%d,139%08d,%s\n" % (i, i, '"broken' if i == 10 else "n"))
PY
  structured unclosed.csv
}

# A SQL script of 2 000 000 comment lines holding a phone number each, then one INSERT.
case_sql_comments() {
  python3 - <<'PY'
with open("comments.sql", "w") as f:
    f.write("-- PostgreSQL database dump\n")
    for i in range(2000000):
        f.write("-- contact 139%08d\n" % i)
    f.write("CREATE TABLE users (phone text);\nINSERT INTO users VALUES ('13912345678');\n")
PY
  structured comments.sql

# 120 000 mobile numbers, one per line (1.9 MB): more findings than a listing keeps.
many_findings() {
  python3 -c "
with open('many.txt', 'w') as f:
    for i in range(120000):
        f.write('tel 139%08d\n' % (10000000 + i))"
}

# SARIF of 120 000 findings: 100 000 results and a notification for the rest.
case_sarif_120k_findings() { many_findings && FORMAT=sarif measure --fail-on low many.txt; }

# GitHub annotations of the same: 100 000 annotations and a last one for the rest.
case_github_120k_findings() { many_findings && FORMAT=github measure --fail-on low many.txt; }

# 5 000 files in 100 folders, every folder and file name holding a phone number and
# terminal escapes: each name is scanned and masked.
case_hostile_names_5k() {
  python3 -c "
import os
for d in range(100):
    folder = 'cust_139%08d_\x1b[31m' % (20000000 + d)
    os.mkdir(folder)
    for f in range(50):
        name = 'a\x1b]0;t\x07_139%08d.txt' % (30000000 + d * 50 + f)
        open(os.path.join(folder, name), 'w').write('note\n')"
  measure --fail-on low .
}

main() {
  [ -x "$BIN" ] || { echo "no binary at $BIN (cargo build --release)" >&2; exit 1; }
  local cases=("$@")
  if [ ${#cases[@]} -eq 0 ]; then
    mapfile -t cases < <(declare -F | sed -n 's/^declare -f case_//p')
  fi
  printf '%-28s %5s %12s\n' case exit peak_rss_kb
  for c in "${cases[@]}"; do
    local dir
    dir=$(mktemp -d "${TMPDIR:-/tmp}/piiscan-hostile.XXXXXX")
    local result
    result=$(cd "$dir" && "case_$c")
    rm -rf "$dir"
    # shellcheck disable=SC2086
    printf '%-28s %5s %12s\n' "$c" $result
  done
}

main "$@"
