#!/usr/bin/env bash
# Throughput of documents and mail: a large .docx, .pdf, .rtf and .eml made by the real tools
# (LibreOffice headless, Python's email package) from the same seeded synthetic text,
# scanned by the release binary, best of RUNS. Prints MB/s of the file and of the text
# piiscan scanned out of it (the entries' bytes), and the peak memory.
#
#   bash benches/documents.sh              # 4000 paragraphs and a 400-row table
#   PARAS=20000 RUNS=5 bash benches/documents.sh
#   BIN=target/debug/piiscan bash benches/documents.sh   # another binary, not built here
#
# Needs libreoffice-writer-nogui and fonts-wqy-zenhei (see
# scripts/make-document-fixtures.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

PARAS=${PARAS:-4000}
ROWS=${ROWS:-400}
RUNS=${RUNS:-3}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

if [[ -z ${BIN:-} ]]; then
    cargo build --release --quiet
    BIN=target/release/piiscan
fi

python3 - "$TMP" "$PARAS" "$ROWS" <<'PY'
import base64, random, sys
from email.charset import BASE64, QP, Charset
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart

tmp, paras, rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(7)

def resident_id():
    body = f"{rng.choice(['110105','310104','440305'])}19{rng.randint(50,99)}{rng.randint(1,12):02d}{rng.randint(1,28):02d}{rng.randint(0,999):03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * x for d, x in zip(body, w)) % 11]

def mobile():
    return rng.choice(["139", "158", "186", "137"]) + f"{rng.randint(0, 99999999):08d}"

filler = "本合同由双方协商一致签订，甲方应按时支付劳动报酬并依法缴纳社会保险。"
lines = [f"第{i}条 {filler} 联系人手机 {mobile()}，身份证号 {resident_id()}。" for i in range(paras)]
table = [("姓名", "身份证号", "手机")] + [(f"员工{i}", resident_id(), mobile()) for i in range(rows)]

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;")

cells = "".join("<table:table-row>" + "".join(
    f'<table:table-cell office:value-type="string"><text:p>{esc(c)}</text:p></table:table-cell>'
    for c in r) + "</table:table-row>" for r in table)
body = "".join(f"<text:p>{esc(l)}</text:p>" for l in lines)
open(f"{tmp}/big.fodt", "w", encoding="utf-8").write(f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>{body}<table:table table:name="t"><table:table-column table:number-columns-repeated="3"/>{cells}</table:table></office:text></office:body></office:document>
""")

msg = MIMEMultipart("mixed", boundary="bench-boundary")
msg["Subject"] = "=?GBK?B?" + base64.b64encode("员工名单".encode("gbk")).decode() + "?="
cs = Charset("utf-8"); cs.body_encoding = QP
text = MIMENonMultipart("text", "plain"); text.set_payload("\n".join(lines) + "\n", cs)
msg.attach(text)
csv = "\r\n".join(",".join(r) for r in table * 10) + "\r\n"
att = MIMEApplication(csv.encode("utf-8"), "csv")
att.replace_header("Content-Type", "text/csv")
att.add_header("Content-Disposition", "attachment", filename="list.csv")
msg.attach(att)
open(f"{tmp}/big.eml", "wb").write(msg.as_bytes())
PY

soffice -env:UserInstallation="file://$TMP/profile" --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$TMP" "$TMP/big.fodt" >/dev/null 2>&1
soffice -env:UserInstallation="file://$TMP/profile" --headless --convert-to pdf --outdir "$TMP" "$TMP/big.fodt" >/dev/null 2>&1
soffice -env:UserInstallation="file://$TMP/profile" --headless --convert-to rtf --outdir "$TMP" "$TMP/big.fodt" >/dev/null 2>&1

printf '| file | MB | text MB | findings | best s | MB/s (file) | MB/s (text) | peak RSS MB |\n'
printf '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
for f in big.docx big.pdf big.rtf big.eml; do
    path="$TMP/$f"
    bytes=$(stat -c %s "$path")
    best=
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f '%e %M' -o "$TMP/time" "$BIN" scan "$path" --format json \
            >/dev/null 2>&1 || true
        read -r secs rss <"$TMP/time"
        if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; peak=$rss; fi
    done
    "$BIN" scan "$path" --format json >"$TMP/out.json" 2>/dev/null || true
    read -r text findings < <(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
files = d["files"]
print(sum(f.get("bytes", 0) for f in files if "!/" in f["path"]),
      sum(f["findings"] for f in files))' "$TMP/out.json")
    awk -v f="$f" -v b="$bytes" -v t="$text" -v n="$findings" -v s="$best" -v m="$peak" 'BEGIN{
        printf "| %s | %.1f | %.1f | %d | %.2f | %.1f | %.1f | %.0f |\n",
            f, b/1e6, t/1e6, n, s, b/1e6/s, t/1e6/s, m/1024 }'
done
