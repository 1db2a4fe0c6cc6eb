#!/usr/bin/env bash
# One large file on several threads (`--split-size`): wall time at each -j, the speedup
# over -j1, and (untimed) that every run's output equals the one-thread scan's byte for
# byte. See benches/README.md, "One large file".
#
#   bash benches/split.sh                       # one 1000 MiB text file, -j 1 and 2, best of 3
#   MODE=mysql bash benches/split.sh            # one 1000 MiB mysqldump
#   SIZE_MB=200 JOBS="1 2 4" RUNS=1 bash benches/split.sh
#
# Environment: MODE (default text: gen_corpus's mixed text; mysql, mysql1 or pg: a dump
# in that tool's layout by examples/gen_dump.rs, parsed by the scan), SIZE_MB (default
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
    mysql | mysql1 | pg)
        # Two tables (orders, users) in the tool's exact layout; see examples/gen_dump.rs.
        cargo build --quiet --release --example gen_dump
        file=$DIR/dump.sql
        target/release/examples/gen_dump "$MODE" "$SIZE_MB" "$file" 2>/dev/null
        ;;
    *) echo "MODE: text, mysql, mysql1 or pg" >&2; exit 2 ;;
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
