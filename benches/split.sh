#!/usr/bin/env bash
# One large file on several threads (`--split-size`): wall time at each -j, the speedup
# over -j1, and (untimed) that every run's output equals the one-thread scan's byte for
# byte. See benches/README.md, "One large file".
#
#   bash benches/split.sh                       # one 1000 MiB text file, -j 1 and 2, best of 3
#   MODE=mysql bash benches/split.sh            # one 1000 MiB mysqldump
#   MODE=jsonl bash benches/split.sh            # one 1000 MiB JSON Lines file
#   MODE=csv bash benches/split.sh              # one 1000 MiB CSV export
#   SIZE_MB=200 JOBS="1 2 4" RUNS=1 bash benches/split.sh
#
# Environment: MODE (default text: gen_corpus's mixed text; mysql or pg: the real
# tool's dump of tests/data/dumps grown to that size, parsed by the scan; jsonl: the
# fixture's JSON Lines repeated; csv: the real tool's CSV export's rows repeated),
# SIZE_MB (default
# 1000), JOBS (default "1 2"), RUNS (default 3), BIN (default target/release/piiscan,
# built here), DIR (default a fresh directory under /tmp, removed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=${MODE:-text}
SIZE_MB=${SIZE_MB:-1000}
JOBS=${JOBS:-1 2}
RUNS=${RUNS:-3}
if [[ -z ${BIN:-} ]]; then
    cargo build --quiet --release --bin piiscan
    BIN=target/release/piiscan
fi
DIR=${DIR:-$(mktemp -d /tmp/piiscan-split.XXXXXX)}
trap 'rm -rf "$DIR"' EXIT

case $MODE in
    text)
        # gen_corpus's mixed text (logs, notes, CSV and JSON lines as text), about one
        # valid value per 200 bytes.
        cargo build --quiet --release --example gen_corpus
        target/release/examples/gen_corpus "$DIR/tree" "$SIZE_MB" "$SIZE_MB" >/dev/null
        file=$(find "$DIR/tree" -type f | head -n1)
        ;;
    mysql | pg)
        # The real tool's dump of tests/data/dumps (MariaDB mysqldump, or pg_dump) grown
        # to SIZE_MB MiB: each INSERT statement, or each COPY block's rows, repeated in
        # place, row ids made distinct per copy.
        file=$DIR/dump.sql
        python3 - "$MODE" "$SIZE_MB" "$file" <<'PY'
import sys
mode, size_mb, out_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = open(f"tests/data/dumps/{mode}.sql", "rb").read().split(b"\n")
flags, in_copy = [], False
for line in lines:
    if mode == "mysql":
        flags.append(line.startswith(b"INSERT INTO ") or line.startswith(b"("))
    else:
        flags.append(in_copy and line != b"\\.")
        in_copy = (in_copy or line.startswith(b"COPY ")) and line != b"\\."
data = sum(len(l) + 1 for l, f in zip(lines, flags) if f)
copies = -(-(size_mb << 20) // data)
def edit(copy, line):
    if mode == "mysql":
        return b"(%d" % copy + line[1:] if line.startswith(b"(") else line
    return b"%d" % copy + line
with open(out_path, "wb") as out:
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and flags[j]:
            j += 1
        if j == i:
            out.write(lines[i] + (b"\n" if i + 1 < len(lines) else b""))
            i += 1
            continue
        for copy in range(copies):
            out.write(b"".join(edit(copy, l) + b"\n" for l in lines[i:j]))
        i = j
PY
        ;;
    jsonl)
        # The fixture's JSON Lines (tests/data/dumps/users.jsonl) repeated to SIZE_MB MiB,
        # ids distinct per copy.
        file=$DIR/users.jsonl
        python3 - "$SIZE_MB" "$file" <<'PY'
import sys
size, out_path = int(sys.argv[1]) << 20, sys.argv[2]
lines = [l for l in open("tests/data/dumps/users.jsonl", "rb").read().split(b"\n") if l]
with open(out_path, "wb") as out:
    written, copy = 0, 0
    while written < size:
        for line in lines:
            line = line.replace(b'{"id":', b'{"id":%d' % copy, 1) + b"\n"
            out.write(line)
            written += len(line)
        copy += 1
PY
        ;;
    csv)
        # sqlite3's CSV export (tests/data/dumps/users.csv, `sqlite3 -csv -header`): its
        # header, then its rows repeated to SIZE_MB MiB, ids distinct per copy.
        file=$DIR/users.csv
        python3 - "$SIZE_MB" "$file" <<'PY'
import sys
size, out_path = int(sys.argv[1]) << 20, sys.argv[2]
header, *rows = [l for l in open("tests/data/dumps/users.csv", "rb").read().split(b"\n") if l]
with open(out_path, "wb") as out:
    out.write(header + b"\n")
    written, copy = 0, 0
    while written < size:
        for row in rows:
            row = b"%d" % copy + row + b"\n"
            out.write(row)
            written += len(row)
        copy += 1
PY
        ;;
    *) echo "MODE: text, mysql, pg, jsonl or csv" >&2; exit 2 ;;
esac
echo "file: $(stat -c %s "$file") bytes ($MODE)"

# Fixed keys: distinct counts and fingerprints are then comparable across runs.
export PIISCAN_DISTINCT_KEY="benchmark distinct key"
export PIISCAN_BASELINE_KEY=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef

# best_of: the best wall time of RUNS runs.
source benches/lib.sh

# Untimed: the same JSONL and inventory (times left out) at every -j.
strip_times() { grep -v -E '"(started|finished|duration_ms)"' "$1"; }
"$BIN" scan "$file" -j1 -f jsonl --report "$DIR/one.json" >"$DIR/one.jsonl" 2>/dev/null || true
for j in $JOBS; do
    "$BIN" scan "$file" -j"$j" -f jsonl --report "$DIR/j.json" >"$DIR/j.jsonl" 2>/dev/null || true
    cmp -s "$DIR/one.jsonl" "$DIR/j.jsonl" || { echo "-j$j: findings differ" >&2; exit 1; }
    diff -q <(strip_times "$DIR/one.json") <(strip_times "$DIR/j.json") >/dev/null ||
        { echo "-j$j: inventory differs" >&2; exit 1; }
done
echo "findings: $(wc -l <"$DIR/one.jsonl"), the same at -j ${JOBS// /, }"

base=""
for j in $JOBS; do
    t=$(best_of "$BIN" scan "$file" -j"$j" -f jsonl)
    base=${base:-$t}
    echo "-j$j: $t s, speedup $(awk -v a="$base" -v b="$t" 'BEGIN { printf "%.2f", a / b }')"
done
# The same at the highest -j without splitting: one thread scans the file.
j=${JOBS##* }
echo "-j$j --split-size 0: $(best_of "$BIN" scan "$file" -j"$j" --split-size 0 -f jsonl) s"
