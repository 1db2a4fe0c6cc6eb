#!/usr/bin/env bash
# Regenerates tests/data/encodings/ with real tools: the records are written once in
# UTF-8 (python3, synthetic values with their check digits computed), then converted by
# iconv (GBK, GB18030, Big5, UTF-16) and escaped by python3's own encoders (json.dumps
# with ensure_ascii, urllib.parse.quote, xmlcharrefreplace).
#
#   customers.utf8.csv        the reference: name, mobile, resident ID, address, e-mail
#   customers.utf8-bom.csv    the same with a UTF-8 byte-order mark (Excel's "CSV UTF-8")
#   customers.gbk.csv         iconv -t GBK (Excel on a Chinese Windows)
#   customers.utf16.csv       iconv -t UTF-16 (byte-order mark FF FE, little-endian)
#   customers.utf16le.csv     iconv -t UTF-16LE (no mark)
#   customers.utf16be.csv     iconv -t UTF-16BE (no mark)
#   customers-tw.utf8.csv     the records in traditional characters, and
#   customers-tw.big5.csv     iconv -t BIG5
#   notes.utf8.txt, notes.gb18030.txt   text with characters outside GBK (four-byte
#                             GB18030 sequences) before the values
#   app.jsonl                 JSON Lines, json.dumps(ensure_ascii=True): \u escapes
#   access.log                query strings from urllib.parse.quote (percent-encoding)
#   page.html                 str.encode("ascii", "xmlcharrefreplace") and &#64; e-mail
#   fullwidth.txt             full-width digits and parentheses
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=tests/data/encodings
mkdir -p "$OUT"
for tool in python3 iconv; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done

python3 - "$OUT" <<'PY'
import json, random, sys, urllib.parse
out = sys.argv[1]
rng = random.Random(20261205)

def id_number(area, born, seq):
    body = f"{area}{born}{seq:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(body, weights))
    return body + "10X98765432"[total % 11]

def mobile():
    return rng.choice(["139", "138", "186", "150", "177"]) + f"{rng.randrange(10**8):08d}"

surnames = "王李张刘陈杨黄赵吴周"
given = ["伟", "芳", "娜", "敏", "静", "磊", "强", "洋", "艳", "军"]
streets = ["建国路", "中山路", "人民路", "解放路"]
rows = []
for i in range(12):
    name = rng.choice(surnames) + rng.choice(given)
    born = f"{rng.randrange(1950, 2000)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
    rows.append((name, mobile(), id_number("110105", born, rng.randrange(1000)),
                 f"北京市朝阳区{rng.choice(streets)}{rng.randrange(1, 200)}号",
                 f"user{i}@example.cn"))

def csv(rows, header):
    return header + "\n" + "".join(",".join(r) + "\n" for r in rows)

with open(f"{out}/customers.utf8.csv", "w", encoding="utf-8", newline="") as f:
    f.write(csv(rows, "姓名,手机号码,身份证号,地址,邮箱"))
trad = str.maketrans({"张": "張", "刘": "劉", "陈": "陳", "杨": "楊", "黄": "黃", "赵": "趙",
                      "吴": "吳", "伟": "偉", "静": "靜", "艳": "艷", "军": "軍", "京": "京",
                      "区": "區", "阳": "陽", "国": "國", "门": "門", "号": "號", "强": "強",
                      "邮": "郵", "码": "碼", "证": "證", "机": "機", "址": "址", "箱": "箱",
                      "敏": "敏", "芳": "芳", "娜": "娜", "磊": "磊", "洋": "洋", "放": "放"})
with open(f"{out}/customers-tw.utf8.csv", "w", encoding="utf-8", newline="") as f:
    f.write(csv(rows, "姓名,手机号码,身份证号,地址,邮箱").translate(trad))
with open(f"{out}/notes.utf8.txt", "w", encoding="utf-8", newline="") as f:
    f.write(f"备注 㐀䶵€ 客户{rows[0][0]}\n手机：{rows[0][1]}\n身份证：{rows[0][2]}\n")

with open(f"{out}/app.jsonl", "w", encoding="ascii", newline="") as f:
    for name, phone, ident, addr, mail in rows[:6]:
        f.write(json.dumps({"user": {"name": name, "phone": phone, "id_card": ident,
                                     "note": "客户 😀"}}, ensure_ascii=True) + "\n")
with open(f"{out}/access.log", "w", encoding="ascii", newline="") as f:
    for i, (name, phone, ident, addr, mail) in enumerate(rows[:6]):
        q = urllib.parse.urlencode({"name": name, "tel": "+86" + phone, "mail": mail},
                                   quote_via=urllib.parse.quote)
        f.write(f'203.0.113.{i + 1} - - [05/Dec/2026:10:00:0{i} +0800] "GET /register?{q} HTTP/1.1" 200 512\n')
with open(f"{out}/page.html", "wb") as f:
    body = "".join(f"<tr><td>{n}</td><td>手机 {p}</td><td>{m.replace('@', '&#64;')}</td></tr>\n"
                   for n, p, _, _, m in rows[:4])
    f.write(f"<table>\n{body}</table>\n".encode("ascii", "xmlcharrefreplace"))
wide = str.maketrans("0123456789()", "０１２３４５６７８９（）")
with open(f"{out}/fullwidth.txt", "w", encoding="utf-8", newline="") as f:
    for name, phone, *_ in rows[:4]:
        f.write(f"客户{name}，手机：{phone.translate(wide)}，电话：{'(010)62345678'.translate(wide)}\n")
PY

(printf '\xEF\xBB\xBF'; cat "$OUT/customers.utf8.csv") > "$OUT/customers.utf8-bom.csv"
iconv -f UTF-8 -t GBK "$OUT/customers.utf8.csv" > "$OUT/customers.gbk.csv"
iconv -f UTF-8 -t UTF-16 "$OUT/customers.utf8.csv" > "$OUT/customers.utf16.csv"
iconv -f UTF-8 -t UTF-16LE "$OUT/customers.utf8.csv" > "$OUT/customers.utf16le.csv"
iconv -f UTF-8 -t UTF-16BE "$OUT/customers.utf8.csv" > "$OUT/customers.utf16be.csv"
iconv -f UTF-8 -t BIG5 "$OUT/customers-tw.utf8.csv" > "$OUT/customers-tw.big5.csv"
iconv -f UTF-8 -t GB18030 "$OUT/notes.utf8.txt" > "$OUT/notes.gb18030.txt"
ls -l "$OUT"
