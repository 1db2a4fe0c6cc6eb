#!/usr/bin/env bash
# Regenerates the archive fixtures in tests/data/containers/ with the real tools (Info-ZIP
# zip, GNU tar, gzip, bzip2, xz, zstd). The values are synthetic (taken from the demo
# tree, examples/demo, whose check digits are computed on purpose).
#
# Deterministic: every file gets the same mtime, tar sorts names and writes no owner,
# gzip writes no name or time (-n), zip stores no extra attributes (-X) and no folder
# entries (-D). The one exception is encrypted.zip: ZipCrypto's 12-byte header is random
# by design, so that file differs on every run (its test only needs it encrypted).
#
#   plain.zip            hr/staff.csv, notes.txt, long/<120-char name>/note.txt
#   methods.zip          the same entries compressed with bzip2 and notes.txt with LZMA
#                        (CPython's zipfile)
#   plain.7z             the same entries, 7-Zip's defaults (LZMA2, one solid block)
#   methods.7z           staff.csv with BZip2, notes.txt with Deflate, not solid
#   encrypted.7z         the same entries, AES-encrypted data (7zz -p), names in clear
#   encrypted-names.7z   the same, names encrypted too (7zz -p -mhe=on)
#   7z-in.zip            plain.7z inside a zip
#   plain.tar            the same, GNU format (the long name needs a long-name header)
#   plain.tar.gz .tar.bz2 .tar.xz .tar.zst   plain.tar compressed by each tool
#   notes.txt.bz2 .xz .zst                   notes.txt compressed alone
#   nested.tar.gz        inner.zip (= plain.zip) inside a gzip-compressed tar
#   encrypted.zip        notes.txt encrypted (zip -P), beside staff.csv in clear
#   corrupt.zip          plain.zip with its first entry's local header signature broken
#   ratio-bomb.zip       64 MiB of spaces (ratio about 1000:1), then staff.csv
#   ratio-bomb.7z        the same two files in one solid LZMA2 block
#   solid.7z             a backup in one solid block: 120 short tickets, hr/staff.csv,
#                        notes.txt, a 1.2 MB access log, and backup/ holding a second copy
#                        of the CSV and of the log (a copy costs almost no compressed
#                        bytes of its own in a solid block)
#   bomb-solid.7z        a 7z bomb: notes.txt, 256 MiB of spaces (padding.txt) and
#                        tail.txt in one solid block, hr/staff.csv in a block of its own
#                        (-ms=e: one block per extension)
#   nested-bomb.zip      a 42.zip-style bomb: 16 zips of 16 zips of a zip of 128 MiB
#                        of spaces (4 levels, 32 GiB at the bottom)
#   backup.zip           a share's backup: 2026/contract.docx and 2026/notice.eml (the
#                        document and mail fixtures), archives/nested.tar.gz and
#                        archives/encrypted.zip (above), readme.txt (no values): the
#                        containers' summaries roll up what its nested entries hold
#   expected.txt         sizes and sha256 of what was made
#
# Needs: zip, tar, gzip, bzip2, xz, zstd (Debian packages of the same names), python3,
# 7zz (Debian's 7zip).
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/data/containers
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stamp='2026-01-01 00:00:00 UTC'
export TZ=UTC LC_ALL=C

src=$work/src
mkdir -p "$src/hr"
printf 'name,mobile,id_card,email\n张伟,19020298222,51010719640809028x,chendong@example.cn\n李娜,16266864701,610113197408121889,kai_rui@example.cn\n王芳,15259462318,620102195403048356,qing_tao@example.cn\n' >"$src/hr/staff.csv"
printf '回访记录\n客户手机 19168197562，卡号 4940799282059502\n' >"$src/notes.txt"
long=long/$(printf 'archived-support-tickets-%.0s' 1 2 3 4 5)
mkdir -p "$src/$long"
printf 'contact: chendong@example.cn\n' >"$src/$long/note.txt"
find "$src" -exec touch -h -d "$stamp" {} +

rm -rf "$out"
mkdir -p "$out"
out_abs=$(pwd)/$out
tar_opts=(--sort=name --mtime="$stamp" --owner=0 --group=0 --numeric-owner --format=gnu)
(cd "$src" && zip -q -X -D "$work/plain.zip" hr/staff.csv notes.txt "$long/note.txt")
(cd "$src" && tar "${tar_opts[@]}" -cf "$work/plain.tar" hr notes.txt long)
cp "$work/plain.zip" "$work/plain.tar" "$out/"
# Info-ZIP stores entries this small rather than compress them; CPython's zipfile always
# compresses in the method it is given.
(cd "$src" && python3 -c 'import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.write("hr/staff.csv", compress_type=zipfile.ZIP_BZIP2)
    z.write("notes.txt", compress_type=zipfile.ZIP_LZMA)
    z.write(sys.argv[2], compress_type=zipfile.ZIP_BZIP2)' "$work/methods.zip" "$long/note.txt")
cp "$work/methods.zip" "$out/"
# 7-Zip stores the files' times; -mtc=off -mta=off leave out creation and access times.
seven=(7zz a -bd -bso0 -bsp0 -mtc=off -mta=off)
(cd "$src" && "${seven[@]}" "$work/plain.7z" hr/staff.csv notes.txt "$long/note.txt")
(cd "$src" && "${seven[@]}" -ms=off -m0=BZip2 "$work/methods.7z" hr/staff.csv "$long/note.txt" \
    && "${seven[@]}" -ms=off -m0=Deflate "$work/methods.7z" notes.txt)
cp "$work/methods.7z" "$out/"
(cd "$src" && "${seven[@]}" -pnot-a-real-password "$work/encrypted.7z" hr/staff.csv notes.txt)
(cd "$src" && "${seven[@]}" -pnot-a-real-password -mhe=on "$work/encrypted-names.7z" notes.txt)
cp "$work/plain.7z" "$work/encrypted.7z" "$work/encrypted-names.7z" "$out/"
touch -d "$stamp" "$work/plain.7z"
(cd "$work" && zip -q -X -D "$out_abs/7z-in.zip" plain.7z)
gzip -n -9 -c "$work/plain.tar" >"$out/plain.tar.gz"
bzip2 -9 -c "$work/plain.tar" >"$out/plain.tar.bz2"
xz -6 -c "$work/plain.tar" >"$out/plain.tar.xz"
zstd -q -19 -c "$work/plain.tar" >"$out/plain.tar.zst"
bzip2 -9 -c "$src/notes.txt" >"$out/notes.txt.bz2"
xz -6 -c "$src/notes.txt" >"$out/notes.txt.xz"
zstd -q -19 -c "$src/notes.txt" >"$out/notes.txt.zst"

# A CSV inside a zip inside a tar.gz.
mkdir -p "$work/nest"
cp "$work/plain.zip" "$work/nest/inner.zip"
touch -d "$stamp" "$work/nest/inner.zip"
(cd "$work/nest" && tar "${tar_opts[@]}" -cf - inner.zip) | gzip -n -9 >"$out/nested.tar.gz"

(cd "$src" && zip -q -X -D -P not-a-real-password "$work/enc1.zip" notes.txt \
    && zip -q -X -D "$work/enc1.zip" hr/staff.csv)
cp "$work/enc1.zip" "$out/encrypted.zip"

cp "$work/plain.zip" "$out/corrupt.zip"
printf 'XXXX' | dd of="$out/corrupt.zip" bs=1 seek=0 conv=notrunc status=none

mkdir -p "$work/bomb"
head -c $((64 << 20)) /dev/zero | tr '\0' ' ' >"$work/bomb/spaces.txt"
cp "$src/hr/staff.csv" "$work/bomb/staff.csv"
touch -d "$stamp" "$work/bomb/spaces.txt" "$work/bomb/staff.csv"
(cd "$work/bomb" && zip -q -X -D -9 "$work/ratio-bomb.zip" spaces.txt staff.csv)
cp "$work/ratio-bomb.zip" "$out/"
(cd "$work/bomb" && "${seven[@]}" "$out_abs/ratio-bomb.7z" spaces.txt staff.csv)

# A solid backup whose second copies are nearly free to store. The generator is a
# fixed linear congruential one, so the files are the same on every run.
mkdir -p "$work/solid/hr" "$work/solid/backup/hr" "$work/solid/backup/logs"
(cd "$work/solid" && python3 -c 'import os
x = 12345
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % (1 << 31)
    return (x >> 8) % n
os.makedirs("logs"); os.makedirs("tickets")
paths = ["/api/v1/orders", "/api/v1/items", "/static/app.js", "/login", "/api/v1/cart", "/health"]
with open("logs/access-2026-01.log", "w") as f:
    for i in range(24000):
        h, m, s = i // 3600, i // 60 % 60, i % 60
        f.write(f"2026-01-01 {h:02}:{m:02}:{s:02} GET {paths[rnd(6)]} status={[200, 200, 200, 304][rnd(4)]} ok\n")
words = "customer asked about the delivery date of order refund was approved the package arrived late please call back tomorrow morning ticket closed".split()
for t in range(120):
    with open(f"tickets/ticket-{t:03}.txt", "w") as f:
        f.write(f"ticket {t:03}\n")
        for _ in range(2 + rnd(4)):
            f.write(" ".join(words[rnd(len(words))] for _ in range(6 + rnd(8))) + "\n")')
cp "$src/hr/staff.csv" "$work/solid/hr/"
cp "$src/hr/staff.csv" "$work/solid/backup/hr/"
cp "$src/notes.txt" "$work/solid/"
cp "$work/solid/logs/access-2026-01.log" "$work/solid/backup/logs/"
find "$work/solid" -exec touch -h -d "$stamp" {} +
(cd "$work/solid" && "${seven[@]}" "$out_abs/solid.7z" hr notes.txt logs tickets backup)

mkdir -p "$work/sbomb/hr"
cp "$src/notes.txt" "$work/sbomb/"
head -c $((256 << 20)) /dev/zero | tr '\0' ' ' >"$work/sbomb/padding.txt"
printf 'contact: chendong@example.cn\n' >"$work/sbomb/tail.txt"
cp "$src/hr/staff.csv" "$work/sbomb/hr/"
find "$work/sbomb" -exec touch -h -d "$stamp" {} +
(cd "$work/sbomb" && "${seven[@]}" -ms=e "$out_abs/bomb-solid.7z" notes.txt padding.txt tail.txt hr/staff.csv)

# 42.zip-style: each level holds 16 copies of the level below.
mkdir -p "$work/n0"
head -c $((128 << 20)) /dev/zero | tr '\0' ' ' >"$work/n0/spaces.txt"
touch -d "$stamp" "$work/n0/spaces.txt"
(cd "$work/n0" && zip -q -X -D -9 "$work/level0.zip" spaces.txt)
prev=$work/level0.zip
for level in 1 2 3; do
    dir=$work/n$level
    mkdir -p "$dir"
    for i in $(seq -w 0 15); do
        cp "$prev" "$dir/part-$i.zip"
        touch -d "$stamp" "$dir/part-$i.zip"
    done
    (cd "$dir" && zip -q -X -D -9 "$work/level$level.zip" part-*.zip)
    prev=$work/level$level.zip
done
cp "$prev" "$out/nested-bomb.zip"

# A backup of a share: documents, mail and archives inside one zip.
mkdir -p "$work/backup/2026" "$work/backup/archives"
cp tests/data/documents/contract.docx tests/data/mail/notice.eml "$work/backup/2026/"
cp "$out/nested.tar.gz" "$out/encrypted.zip" "$work/backup/archives/"
printf 'Quarterly backup of the HR share.\n' >"$work/backup/readme.txt"
find "$work/backup" -exec touch -h -d "$stamp" {} +
(cd "$work/backup" && zip -q -X -D "$out_abs/backup.zip" readme.txt 2026/contract.docx \
    2026/notice.eml archives/nested.tar.gz archives/encrypted.zip)

(cd "$out" && for f in $(ls | sort); do
    [ "$f" = expected.txt ] && continue
    printf '%s %s %s\n' "$f" "$(stat -c %s "$f")" "$(sha256sum "$f" | cut -d' ' -f1)"
done) >"$out/expected.txt"
printf '* -text\n' >"$out/.gitattributes"
{
    zip -v | sed -n 2p
    tar --version | head -1
    gzip --version | head -1
    bzip2 --help 2>&1 | head -1
    xz --version | head -1
    zstd --version
    python3 --version
    7zz | sed -n 2p
} >"$out/VERSIONS.txt"
ls -l "$out"
