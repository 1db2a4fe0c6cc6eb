#!/usr/bin/env bash
# Regenerates tests/data/columns/ with the sqlite3 shell: a shop's tables whose columns are
# named for something other than personal data but hold values that pass a check by
# chance, beside columns that do hold personal data. Every value is synthetic (seeded).
#
#   shop.sql      sqlite3 .dump of shop.sqlite
#   expected.json per table and column: the category it holds (or "none"), and for the
#                 columns named for something else the category their values pass as
#
# Tables:
#   orders    order_no (16 digits on 62, Luhn-valid: card-shaped), tracking_no (16 digits
#             on 4, Luhn-valid), coupon_code (16 digits on 51-55, Luhn-valid), sku (13
#             digits on 40-44, an EAN that also passes Luhn), file_hash (19 digits on 62,
#             Luhn-valid), access_token (11 digits on 139: mobile-shaped), version
#             (four dotted numbers under 256: IPv4-shaped), user_agent (a browser string);
#             and the customer's card_no and phone, which are personal data.
#   terminals terminal_id (an HK identity card shape with a valid check digit) beside the
#             operator's mobile.
#   addresses ip_address, mac_address and email_address (no postal address) beside a
#             street column (street parts with house numbers).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=tests/data/columns
for tool in python3 sqlite3; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done
mkdir -p "$OUT"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$tmp/load.sql" "$OUT/expected.json" <<'PY'
import json, random, sys

rng = random.Random(20261205)

def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0

def luhn_valid(prefix, length):
    while True:
        body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
        for last in "0123456789":
            if luhn_ok(body + last):
                value = body + last
                break
        if len(set(value)) > 3:
            return value

def hkid():
    # One letter, six digits and the check digit (HKID weights 8..2, mod 11).
    while True:
        letter = rng.choice("ACDEGHKMPRTVWYZ")
        digits = "".join(rng.choice("0123456789") for _ in range(6))
        total = 9 * 36 + 8 * (ord(letter) - 55)
        total += sum(w * int(d) for w, d in zip(range(7, 1, -1), digits))
        check = (11 - total % 11) % 11
        return letter + digits + ("A" if check == 10 else str(check))

def mobile():
    return rng.choice(["139", "138", "186", "150"]) + "".join(rng.choice("0123456789") for _ in range(8))

def q(s):
    return "'" + s.replace("'", "''") + "'"

agents = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
]
streets = ["Obere Str.", "rue des Bouchers", "Calle del Rosal", "Via Monte Bianco", "Baker Street"]

lines = [
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, order_no TEXT, tracking_no TEXT, "
    "coupon_code TEXT, sku TEXT, file_hash TEXT, access_token TEXT, version TEXT, "
    "user_agent TEXT, card_no TEXT, phone TEXT);",
    "CREATE TABLE terminals (id INTEGER PRIMARY KEY, terminal_id TEXT, operator_mobile TEXT);",
    "CREATE TABLE addresses (id INTEGER PRIMARY KEY, ip_address TEXT, mac_address TEXT, "
    "email_address TEXT, street TEXT);",
]
for i in range(1, 41):
    row = [
        luhn_valid("62", 16), luhn_valid("4", 16), luhn_valid(str(rng.randint(51, 55)), 16),
        luhn_valid(str(rng.randint(40, 44)), 13), luhn_valid("62", 19), "139" + "".join(rng.choice("0123456789") for _ in range(8)),
        ".".join(str(rng.randint(1, 199)) for _ in range(4)), rng.choice(agents),
        luhn_valid("62", 16), mobile(),
    ]
    lines.append(f"INSERT INTO orders VALUES ({i}, " + ", ".join(q(v) for v in row) + ");")
for i in range(1, 31):
    lines.append(f"INSERT INTO terminals VALUES ({i}, {q(hkid())}, {q(mobile())});")
for i in range(1, 31):
    ip = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    mac = ":".join(f"{rng.randint(0, 255):02x}" for _ in range(6))
    mail = f"user{rng.randint(100, 999)}@example.cn"
    street = f"{rng.choice(streets)} {rng.randint(1, 300)}"
    lines.append(f"INSERT INTO addresses VALUES ({i}, {q(ip)}, {q(mac)}, {q(mail)}, {q(street)});")
open(sys.argv[1], "w").write("\n".join(lines) + "\n")

expected = {
    "orders": {
        "order_no": ["none", "bank_card"], "tracking_no": ["none", "bank_card"],
        "coupon_code": ["none", "bank_card"], "sku": ["none", "bank_card"],
        "file_hash": ["none", "bank_card"], "access_token": ["none", "cn_mobile"],
        "version": ["none", "ipv4"], "user_agent": ["none", None],
        "card_no": ["bank_card", None], "phone": ["cn_mobile", None],
    },
    "terminals": {"terminal_id": ["none", "hk_id"], "operator_mobile": ["cn_mobile", None]},
    "addresses": {
        "ip_address": ["ipv4", None], "mac_address": ["none", None],
        "email_address": ["email", None], "street": ["address", None],
    },
}
json.dump(expected, open(sys.argv[2], "w"), indent=1, sort_keys=True)
open(sys.argv[2], "a").write("\n")
PY

rm -f "$OUT/shop.sql"
sqlite3 "$tmp/shop.sqlite" <"$tmp/load.sql"
sqlite3 "$tmp/shop.sqlite" .dump >"$OUT/shop.sql"
sqlite3 --version | cut -d' ' -f1 >"$OUT/VERSIONS.txt"
ls -l "$OUT"
