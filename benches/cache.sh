#!/usr/bin/env bash
# Incremental scans (`--cache`): wall time of a scan without a cache, of a first scan
# filling a new cache, and of a re-scan from it, and the cache file's size, on a tree of
# COPIES copies of examples/demo (15 files each: text, logs, CSV, JSON, a zip, a Word
# document, a PDF, a mail). The text and log files of each copy get a line of their own,
# so their content differs between copies; the CSV, JSON and binary files stay the same,
# as copies of one export do (DISTINCT=1: the CSV, JSON and mail files get a line too, so
# only the zip, Word and PDF files are copies). See benches/README.md.
#
#   COPIES=200 THREADS=2 bash benches/cache.sh
#   DISTINCT=1 COPIES=200 THREADS=2 bash benches/cache.sh
set -euo pipefail
cd "$(dirname "$0")/.."

COPIES=${COPIES:-200}
THREADS=${THREADS:-$(nproc)}
RUNS=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --quiet --release --bin piiscan
piiscan=$PWD/target/release/piiscan

tree=$work/tree
mkdir -p "$tree"
for i in $(seq -w 1 "$COPIES"); do
    cp -r examples/demo "$tree/c$i"
    if [[ ${DISTINCT:-0} == 1 ]]; then
        names=(-name '*.txt' -o -name '*.log' -o -name '*.csv' -o -name '*.json*' -o -name '*.eml')
    else
        names=(-name '*.txt' -o -name '*.log')
    fi
    find "$tree/c$i" -type f \( "${names[@]}" \) \
        -exec sh -c 'printf "copy %s: 联系电话 0755-8888%s\n" "$1" "$1" >>"$2"' _ "$i" {} \;
done
# Settled time stamps: a file modified in the last 2 s before it is read is not cached.
find "$tree" -type f -exec touch -d '1 hour ago' {} +
files=$(find "$tree" -type f | wc -l)
bytes=$(du -sb "$tree" | cut -f1)
echo "tree: $files files, $bytes bytes, -j $THREADS"

# Best wall time of RUNS runs of "$@" (each after `before`, untimed).
best() {
    local before=$1
    shift
    local best=
    for _ in $(seq "$RUNS"); do
        eval "$before"
        local start end t
        start=$(date +%s.%N)
        "$@" >/dev/null
        end=$(date +%s.%N)
        t=$(echo "$end - $start" | bc)
        if [[ -z $best ]] || (($(echo "$t < $best" | bc))); then best=$t; fi
    done
    printf '%.3f s' "$best"
}

scan=("$piiscan" scan "$tree" -j "$THREADS" --no-config --format json -q)
echo "no cache:          $(best : "${scan[@]}")"
echo "first, new cache:  $(best "rm -f $work/c.db" "${scan[@]}" --cache "$work/c.db")"
echo "cached re-run:     $(best : "${scan[@]}" --cache "$work/c.db")"
echo "cache file:        $(stat -c %s "$work/c.db") bytes"
cached=$("${scan[@]}" --cache "$work/c.db" | python3 -c 'import json,sys; print(json.load(sys.stdin)["scan"]["files_cached"])')
echo "files_cached:      $cached of $files"
# One file changed: only it is read again.
printf 'changed: 13912345678\n' >>"$tree/c$(printf '%0*d' ${#COPIES} 1)/notes/support-notes.txt"
echo "one file changed:  $(best : "${scan[@]}" --cache "$work/c.db")"
