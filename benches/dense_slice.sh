#!/usr/bin/env bash
# Cuts the samples of benches/README.md, "Per-finding path outside the engine", from the
# tree that `MODE=dense bash benches/e2e.sh` generates: an 11.5 MB slice (a 5 MiB text
# file, a 2 MiB CSV export, a 2 MiB MariaDB and a 2 MiB pg_dump dump, both dumps with
# both of their tables) and its 23.1 MB extension (four more files of the same kinds).
# The steady state is the difference of the two slices' instruction counts.
#
#   bash benches/dense_slice.sh [TREE [OUT]]
#
# TREE defaults to benches/corpus-dense/tree, OUT to /tmp (OUT/dense-slice and
# OUT/dense-slice2 are made afresh).
set -euo pipefail
cd "$(dirname "$0")/.."
TREE=${1:-benches/corpus-dense/tree}
OUT=${2:-/tmp}

# head_lines FILE BYTES DEST: the first BYTES of FILE, cut after its last whole line.
head_lines() {
    head -c "$2" "$1" | python3 -c '
import sys
d = sys.stdin.buffer.read()
sys.stdout.buffer.write(d[: d.rfind(b"\n") + 1])' >"$3"
}

# cut_dump FILE DEST: about 1 MiB of each of the dump's two tables (`orders`, then
# `users`), statements kept whole: MariaDB's first INSERT of each, pg_dump's COPY rows.
cut_dump() {
    python3 - "$1" "$2" <<'PY'
import sys

lines = open(sys.argv[1], "rb").read().split(b"\n")
out, i = [], 0

def first_insert():
    # Copies lines up to the end of the next INSERT statement.
    global i
    seen = False
    while True:
        line = lines[i]
        out.append(line)
        i += 1
        seen = seen or line.startswith(b"INSERT INTO")
        if seen and line.endswith(b");"):
            return

if lines[0].startswith(b"/*M!"):
    first_insert()
    while not lines[i].startswith(b"/*!40000 ALTER TABLE `orders` ENABLE"):
        i += 1
    first_insert()
else:
    for table in (b"COPY public.orders", b"COPY public.users"):
        while not lines[i].startswith(table):
            out.append(lines[i])
            i += 1
        n = 0
        while n < 1 << 20:
            out.append(lines[i])
            n += len(lines[i]) + 1
            i += 1
        out.append(b"\\.")
        while lines[i] != b"\\.":
            i += 1
        i += 1
out.append(b"")
open(sys.argv[2], "wb").write(b"\n".join(out))
PY
}

rm -rf "$OUT/dense-slice" "$OUT/dense-slice2"
mkdir -p "$OUT/dense-slice" "$OUT/dense-slice2"
cp "$TREE/text/000/part-00000.log" "$OUT/dense-slice/"
head_lines "$TREE/tables/users-0.csv" $((2 << 20)) "$OUT/dense-slice/users-0.csv"
cut_dump "$TREE/dumps/shop-0.sql" "$OUT/dense-slice/shop-0.sql"
cut_dump "$TREE/dumps/shop-1.sql" "$OUT/dense-slice/shop-1.sql"
cp "$OUT"/dense-slice/* "$OUT/dense-slice2/"
cp "$TREE/text/000/part-00001.txt" "$OUT/dense-slice2/"
head_lines "$TREE/tables/users-1.csv" $((2 << 20)) "$OUT/dense-slice2/users-1.csv"
cut_dump "$TREE/dumps/shop-2.sql" "$OUT/dense-slice2/shop-2.sql"
cut_dump "$TREE/dumps/shop-3.sql" "$OUT/dense-slice2/shop-3.sql"
du -b "$OUT/dense-slice" "$OUT/dense-slice2"
