#!/usr/bin/env bash
# Regenerates the document and mail fixtures in tests/data/documents/ and tests/data/mail/
# with the real tools.
#
# 1. Python (standard library only) writes synthetic sources with valid-looking values
#    whose check characters it computes (GB 11643 for resident IDs, Luhn for cards):
#      contract.fodt  a flat OpenDocument text: a heading, paragraphs (one mobile number
#                     split over three differently styled spans, so that Word writes it as
#                     three runs), a table whose header is 姓名 / 身份证号 / 手机, and a
#                     paragraph after it;
#      slides.fodp    a flat OpenDocument presentation of two slides.
# 2. LibreOffice headless converts them:
#      contract.docx  (MS Word 2007 XML)   contract.odt   contract.pdf (writer_pdf_Export,
#      with the Chinese text set in an embedded, subset CJK font: fonts-wqy-zenhei)
#      contract.rtf   (Rich Text Format: Chinese as \uN escapes with GBK fallbacks)
#      slides.pptx    (Impress MS PowerPoint 2007 XML)    slides.odp
#      encrypted.pdf  the contract as a PDF that opens only with a password
# 3. Python's `email` package writes the mail:
#      notice.eml     multipart/mixed: a quoted-printable UTF-8 text body, its HTML
#                     alternative, a base64 CSV attachment (list.csv: 姓名,手机,身份证号),
#                     a From name as a UTF-8 Q encoded word and a GBK B encoded subject;
#      gbk.eml        a single GBK text body in base64;
#      inbox.mbox     both messages in one mbox (`mailbox.mbox`).
#    The expected values are written to expected.json beside them.
#
# Determinism: the sources, the mail and the expected values are the same bytes on every
# run (fixed boundaries, no Date header, fixed values). LibreOffice writes the conversion
# time into the documents' metadata and zip entry times, and a random document id into
# the PDF trailer, so the converted files differ from run to run while their text does
# not. Needs libreoffice-writer-nogui, libreoffice-impress-nogui and fonts-wqy-zenhei
# (installed with apt-get when missing). CI does not run this script; it only reads the
# committed outputs.
set -euo pipefail
cd "$(dirname "$0")/.."

DOCS=tests/data/documents
MAIL=tests/data/mail
mkdir -p "$DOCS" "$MAIL"

if ! command -v soffice >/dev/null || ! fc-list | grep -i zenhei >/dev/null; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        libreoffice-writer-nogui libreoffice-impress-nogui fonts-wqy-zenhei
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

python3 - "$TMP" "$MAIL" <<'PY'
import base64, json, mailbox, os, sys, time
from email.charset import BASE64, QP, Charset
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart

tmp, mail_dir = sys.argv[1], sys.argv[2]

def resident_id(region, birth, seq):
    body = f"{region}{birth}{seq:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(d) * w for d, w in zip(body, weights))
    return body + "10X98765432"[s % 11]

def luhn(prefix, length):
    digits = prefix + "0" * (length - len(prefix) - 1)
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return digits + str((10 - total % 10) % 10)

people = [
    ("王建国", resident_id("110105", "19800314", 231), "13912347765"),
    ("李秀英", resident_id("310104", "19921102", 482), "15821346609"),
    ("陈志强", resident_id("440305", "19751228", 117), "18677652310"),
]
lead_mobile = "13766129384"
lead_email = "wang.jianguo@hr-mail.cn"
after_email = "legal.team@contracts-cn.net"
card = luhn("622588472913065", 16)

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

rows = "".join(
    "<table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string"><text:p>{esc(c)}</text:p></table:table-cell>'
        for c in r) + "</table:table-row>"
    for r in [("姓名", "身份证号", "手机")] + people)

fodt = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:h text:outline-level="1">劳动合同附件：员工信息（合成数据）</text:h>
<text:p>联系人手机：<text:span text:style-name="B">1376</text:span><text:span text:style-name="I">6129</text:span>384，邮箱 {lead_email}</text:p>
<text:p>工资卡号 {card}</text:p>
<table:table table:name="员工"><table:table-column table:number-columns-repeated="3"/>{rows}</table:table>
<text:p>法务联系：{after_email}</text:p>
</office:text></office:body></office:document>
"""
open(os.path.join(tmp, "contract.fodt"), "w", encoding="utf-8").write(fodt)

slide_mobile, slide_id = "13398765210", resident_id("320102", "19880808", 356)
def frame(text, y):
    return (f'<draw:frame svg:x="2cm" svg:y="{y}cm" svg:width="20cm" svg:height="3cm">'
            f'<draw:text-box><text:p>{esc(text)}</text:p></draw:text-box></draw:frame>')
fodp = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
<office:body><office:presentation>
<draw:page draw:name="p1">{frame("客户回访（合成数据）", 2)}{frame("回访手机 " + slide_mobile, 6)}</draw:page>
<draw:page draw:name="p2">{frame("身份证号 " + slide_id, 2)}</draw:page>
</office:presentation></office:body></office:document>
"""
open(os.path.join(tmp, "slides.fodp"), "w", encoding="utf-8").write(fodp)

# --- mail -----------------------------------------------------------------------------
sender_mobile, sender_id = "15910293847", resident_id("110108", "19900520", 645)
csv_text = "姓名,手机,身份证号\r\n" + "".join(f"{n},{m},{i}\r\n" for n, i, m in people)

# compat32 messages keep header values as written: the encoded words below reach the
# file exactly so (EmailMessage would re-encode them as UTF-8 B words).
def encoded_word(text, charset, q):
    raw = text.encode(charset)
    if q:
        return f"=?{charset.upper()}?Q?" + "".join(f"={b:02X}" for b in raw) + "?="
    return f"=?{charset.upper()}?B?" + base64.b64encode(raw).decode() + "?="

def text_part(subtype, text, charset, encoding):
    cs = Charset(charset)
    cs.body_encoding = encoding
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, cs)
    return part

notice = MIMEMultipart("mixed", boundary="mixed-boundary-1")
notice["From"] = encoded_word("张伟", "utf-8", True) + " <zhang.wei@hr-mail.cn>"
notice["To"] = "payroll@corp-finance.cn"
notice["Subject"] = encoded_word("员工名单 " + sender_mobile, "gbk", False)
notice["Message-ID"] = "<notice-1@hr-mail.cn>"
alt = MIMEMultipart("alternative", boundary="alt-boundary-1")
body = f"各位好：\n\n请核对附件名单。经办人身份证号：{sender_id}，电话 {sender_mobile}。\n"
alt.attach(text_part("plain", body, "utf-8", QP))
alt.attach(text_part("html", f"<html><body><p>经办人身份证号：<b>{sender_id}</b></p></body></html>\n", "utf-8", QP))
notice.attach(alt)
att = MIMEApplication(csv_text.encode("utf-8"), "csv")
att.replace_header("Content-Type", "text/csv")
att.add_header("Content-Disposition", "attachment", filename="list.csv")
notice.attach(att)
open(os.path.join(mail_dir, "notice.eml"), "wb").write(notice.as_bytes())

gbk_mobile = "18910029384"
gbk = text_part("plain", f"刘洋您好，请携带身份证原件报到，联系电话 {gbk_mobile}。\n", "gbk", BASE64)
gbk["From"] = "hr@corp-finance.cn"
gbk["To"] = encoded_word("刘洋", "gbk", False) + " <liu.yang@corp-finance.cn>"
gbk["Subject"] = encoded_word("入职通知", "utf-8", True)
gbk["Message-ID"] = "<gbk-1@corp-finance.cn>"
open(os.path.join(mail_dir, "gbk.eml"), "wb").write(gbk.as_bytes())

path = os.path.join(mail_dir, "inbox.mbox")
if os.path.exists(path):
    os.remove(path)
box = mailbox.mbox(path)
for m in (notice, gbk):
    msg = mailbox.mboxMessage(m.as_bytes())
    msg.set_from("MAILER-DAEMON", time.strptime("2026-01-01", "%Y-%m-%d"))
    box.add(msg)
box.flush()
box.close()

expected = {
    "document": {
        "lead_mobile": lead_mobile, "lead_email": lead_email, "after_email": after_email,
        "card": card, "people": people,
        "slide_mobile": slide_mobile, "slide_id": slide_id,
    },
    "mail": {
        "sender_mobile": sender_mobile, "sender_id": sender_id, "gbk_mobile": gbk_mobile,
        "people": people,
    },
}
json.dump(expected, open(os.path.join(tmp, "expected.json"), "w"), ensure_ascii=False, indent=1)
PY

cp "$TMP/expected.json" "$DOCS/expected.json"
cp "$TMP/expected.json" "$MAIL/expected.json"

# LibreOffice keeps a profile; a throwaway one keeps the conversion free of user settings.
PROFILE="file://$TMP/profile"
convert() { # convert SOURCE FILTER OUTDIR
    soffice -env:UserInstallation="$PROFILE" --headless --convert-to "$2" --outdir "$3" "$1" >/dev/null
}
convert "$TMP/contract.fodt" 'docx:MS Word 2007 XML' "$DOCS"
convert "$TMP/contract.fodt" odt "$DOCS"
convert "$TMP/contract.fodt" 'pdf:writer_pdf_Export' "$DOCS"
convert "$TMP/contract.fodt" 'rtf:Rich Text Format' "$DOCS"
# The same contract as a PDF that opens only with a password.
cp "$TMP/contract.fodt" "$TMP/encrypted.fodt"
convert "$TMP/encrypted.fodt" 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"synthetic"}}' "$DOCS"
convert "$TMP/slides.fodp" 'pptx:Impress MS PowerPoint 2007 XML' "$DOCS"
convert "$TMP/slides.fodp" odp "$DOCS"
soffice --version | head -1 > "$DOCS/VERSIONS.txt"
dpkg-query -W -f '${Package} ${Version}\n' fonts-wqy-zenhei >> "$DOCS/VERSIONS.txt" 2>/dev/null || true
python3 --version > "$MAIL/VERSIONS.txt"
printf '* -text\n' > "$MAIL/.gitattributes"
ls -l "$DOCS" "$MAIL"

# The object-stream bomb, from contract.pdf.
bash scripts/make-pdf-bomb.sh
