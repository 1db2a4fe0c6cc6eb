#!/usr/bin/env bash
# Shard and merge: the size of a part with and without distinct sketches, and the time
# `piiscan merge` takes for N parts. See benches/README.md, "Shard and merge".
#
#   bash benches/merge.sh                    # 100 MiB corpus in 1 MiB files, N = 4 and 16
#   SIZE_MB=50 SHARDS="2 8" RUNS=5 BIN=/path/to/piiscan bash benches/merge.sh
#
# Environment: SIZE_MB (default 100), SHARDS (default "4 16"), RUNS (default 3), BIN
# (default target/release/piiscan, built here), CORPUS_DIR (default
# benches/corpus-merge, git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_MB=${SIZE_MB:-100}
SHARDS=${SHARDS:-4 16}
RUNS=${RUNS:-3}
CORPUS_DIR=${CORPUS_DIR:-benches/corpus-merge}
if [[ -z ${BIN:-} ]]; then
    cargo build --quiet --release --bin piiscan
    BIN=target/release/piiscan
fi

tree=$CORPUS_DIR/tree
if [[ ! -f $CORPUS_DIR/size || $(cat "$CORPUS_DIR/size") != "$SIZE_MB" ]]; then
    cargo build --quiet --release --example gen_corpus
    rm -rf "$CORPUS_DIR"
    mkdir -p "$CORPUS_DIR"
    target/release/examples/gen_corpus "$tree" "$SIZE_MB" 1 >/dev/null
    echo "$SIZE_MB" >"$CORPUS_DIR/size"
fi

# best_of: the best wall time of RUNS runs.
source benches/lib.sh

size() { du -cb --apparent-size "$@" | tail -n1 | cut -f1; }

key=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
out=$CORPUS_DIR/out
rm -rf "$out"
mkdir -p "$out"
env -u PIISCAN_DISTINCT_KEY "$BIN" scan "$tree" -o "$out/full.json"
PIISCAN_DISTINCT_KEY=$key "$BIN" scan "$tree" -o "$out/full-key.json"
echo "corpus: $(size "$tree") bytes, $(find "$tree" -type f | wc -l) files"
echo "full scan JSON: $(size "$out/full.json") bytes without sketches, $(size "$out/full-key.json") with"
echo "full scan to json: $(best_of env -u PIISCAN_DISTINCT_KEY "$BIN" scan "$tree" -f json) s without the key, $(best_of env PIISCAN_DISTINCT_KEY="$key" "$BIN" scan "$tree" -f json) s with (sealing every value)"
for n in $SHARDS; do
    for mode in nokey key; do
        mkdir -p "$out/$mode-$n"
        for k in $(seq "$n"); do
            if [[ $mode == key ]]; then
                PIISCAN_DISTINCT_KEY=$key "$BIN" scan "$tree" --shard "$k/$n" -o "$out/$mode-$n/part-$k.json"
            else
                env -u PIISCAN_DISTINCT_KEY "$BIN" scan "$tree" --shard "$k/$n" -o "$out/$mode-$n/part-$k.json"
            fi
        done
    done
    # Untimed: the merge equals the full scan in totals and findings.
    "$BIN" merge "$out"/key-"$n"/part-*.json -f json >"$out/merged-$n.json" 2>/dev/null
    if command -v jq >/dev/null; then
        for field in .totals .files .findings; do
            cmp <(jq -S "$field" "$out/full-key.json") <(jq -S "$field" "$out/merged-$n.json") ||
                { echo "merge of $n parts differs from the full scan in $field" >&2; exit 1; }
        done
    fi
    echo "N=$n: parts $(size "$out"/nokey-"$n"/part-*.json) bytes without sketches, $(size "$out"/key-"$n"/part-*.json) with"
    echo "N=$n: merge to json $(best_of "$BIN" merge "$out"/key-"$n"/part-*.json -f json) s with sketches, $(best_of "$BIN" -q merge "$out"/nokey-"$n"/part-*.json -f json) s without; to html $(best_of "$BIN" merge "$out"/key-"$n"/part-*.json -f html) s"
done
