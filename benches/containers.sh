#!/usr/bin/env bash
# Archives: throughput of the same corpus as plain files, as a zip and as a tar.gz, and
# the peak memory of the bomb fixtures. See benches/README.md.
#
#   bash benches/containers.sh                # 200 MiB corpus, best of 3
#   SIZE_MB=100 RUNS=5 BIN=/path/to/piiscan bash benches/containers.sh
#
# Environment: SIZE_MB (corpus size, default 200), RUNS (default 3), THREADS (default
# nproc), BIN (default target/release/piiscan, built here), CORPUS_DIR (default
# benches/corpus-containers, git-ignored under benches/corpus*).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_MB=${SIZE_MB:-200}
RUNS=${RUNS:-3}
THREADS=${THREADS:-$(nproc)}
CORPUS_DIR=${CORPUS_DIR:-benches/corpus-containers}
if [[ -z ${BIN:-} ]]; then
    cargo build --quiet --release --bin piiscan --example gen_corpus
    BIN=target/release/piiscan
fi

tree=$CORPUS_DIR/tree
if [[ ! -f $CORPUS_DIR/size || $(cat "$CORPUS_DIR/size") != "$SIZE_MB" ]]; then
    cargo build --quiet --release --example gen_corpus
    rm -rf "$CORPUS_DIR"
    mkdir -p "$CORPUS_DIR"
    target/release/examples/gen_corpus "$tree" "$SIZE_MB" 5 >/dev/null
    (cd "$tree" && find . -type f | LC_ALL=C sort | zip -q -X -D -6 ../corpus.zip -@)
    tar --sort=name -C "$tree" -cf - . | gzip -6 >"$CORPUS_DIR/corpus.tar.gz"
    echo "$SIZE_MB" >"$CORPUS_DIR/size"
fi
bytes=$(du -sb --apparent-size "$tree" | cut -f1)

# Best wall time of RUNS runs after one warm-up.
best_of() {
    "$@" >/dev/null
    local best="" t
    for _ in $(seq "$RUNS"); do
        t=$( { /usr/bin/time -f %e "$@" >/dev/null; } 2>&1 | tail -n1)
        best=$(python3 -c 'import sys; print(min(map(float, sys.argv[1:])))' "$t" $best)
    done
    echo "$best"
}

scan=("$BIN" scan --no-ignore --no-config --format jsonl -j "$THREADS")
for input in "$tree" "$CORPUS_DIR/corpus.zip" "$CORPUS_DIR/corpus.tar.gz"; do
    t=$(best_of "${scan[@]}" "$input")
    found=$("${scan[@]}" "$input" | wc -l)
    python3 -c 'import sys; b,t=int(sys.argv[1]),float(sys.argv[2]); print(f"{sys.argv[3]:<40} {t:7.3f} s {b/2**20/t:8.1f} MiB/s  findings {sys.argv[4]}")' \
        "$bytes" "$t" "$(basename "$input")" "$found"
done

# Peak memory of the bombs (and of the plain zip for comparison).
for f in plain.zip ratio-bomb.zip nested-bomb.zip solid.7z ratio-bomb.7z bomb-solid.7z; do
    /usr/bin/time -v "$BIN" scan --no-config --format json "tests/data/containers/$f" 2>"$CORPUS_DIR/time.txt" >"$CORPUS_DIR/out.json"
    rss=$(awk -F': ' '/Maximum resident/ {print $2}' "$CORPUS_DIR/time.txt")
    wall=$(awk -F': ' '/Elapsed/ {print $2}' "$CORPUS_DIR/time.txt")
    scanned=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["scan"]; print(d["bytes_scanned"], [s["reason"] for s in d["skipped"]][:3], len(d["skipped"]))' "$CORPUS_DIR/out.json")
    echo "$f: peak RSS ${rss} KB, wall $wall, bytes scanned / first skips / skips: $scanned"
done
