#!/usr/bin/env bash
# End-to-end benchmark: `piiscan scan` beside ripgrep running the same candidate regexes
# over a seeded synthetic corpus. See benches/README.md.
#
#   bash benches/e2e.sh                  # 1000 MiB of mixed text, all cores, best of 3
#   SIZE_MB=200 THREADS=2 bash benches/e2e.sh
#   MODE=dense SIZE_MB=200 bash benches/e2e.sh   # text, CSV tables and dumps
#
# Environment: MODE (`text`, the default: mixed text, about 5 000 values per MiB; `dense`:
# TEXT_PCT % of the bytes mixed text (default 30), CSV_PCT % CSV exports (default 30), the
# rest MariaDB and pg_dump dumps: 22 000 values per MB by default, 11 700 with
# TEXT_PCT=70 CSV_PCT=10),
# SIZE_MB (corpus size, default 1000), FILE_MB (file size, default 5; dumps and CSV files
# are twice as large), THREADS (-j for both tools, default nproc), RUNS (timed runs,
# default 3), CORPUS_DIR (default benches/corpus, or benches/corpus-dense; regenerated
# when MODE, SIZE_MB, FILE_MB or the shares change).
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=${MODE:-text}
SIZE_MB=${SIZE_MB:-1000}
FILE_MB=${FILE_MB:-5}
THREADS=${THREADS:-$(nproc)}
RUNS=${RUNS:-3}
TEXT_PCT=${TEXT_PCT:-30}
CSV_PCT=${CSV_PCT:-30}
if ((TEXT_PCT < 0 || CSV_PCT < 0 || TEXT_PCT + CSV_PCT > 100)); then
    echo "TEXT_PCT and CSV_PCT are shares of 100 (dumps take the rest)" >&2
    exit 2
fi
case $MODE in
    text) CORPUS_DIR=${CORPUS_DIR:-benches/corpus} ;; # git-ignored
    dense) CORPUS_DIR=${CORPUS_DIR:-benches/corpus-dense} ;;
    *) echo "MODE is text or dense, not $MODE" >&2; exit 2 ;;
esac
CORPUS="$CORPUS_DIR/tree"                 # what both tools scan
STAMP="$CORPUS_DIR/planted"               # parameters and planted counts, not scanned

if ! command -v rg >/dev/null; then
    echo "ripgrep not found: installing it" >&2
    if command -v apt-get >/dev/null; then
        apt-get update -qq && apt-get install -y -qq ripgrep
    else
        cargo install ripgrep
    fi
fi

cargo build --quiet --release --bin piiscan --example gen_corpus --example gen_dump
PIISCAN=target/release/piiscan

# The dense tree: text, then CSV exports of a `users` table and dumps of `orders` and
# `users` (MariaDB `mysqldump` and `pg_dump` layouts, alternating), each file of its own
# seed. Prints the planted counts as one JSON object: bytes, and valid values planted
# (the dumps' and CSV files' non-NULL personal values by column, names, addresses and
# birthdays included, which a structured scan reports by their column).
gen_dense() {
    local text_mb=$((SIZE_MB * TEXT_PCT / 100)) csv_mb=$((SIZE_MB * CSV_PCT / 100))
    local big=$((FILE_MB * 2))
    local dump_mb=$((SIZE_MB - text_mb - csv_mb)) side="$CORPUS_DIR/side" i kind
    mkdir -p "$CORPUS/tables" "$CORPUS/dumps" "$side"
    target/release/examples/gen_corpus "$CORPUS/text" "$text_mb" "$FILE_MB" >"$side/text.json"
    # Files of `big` MiB, or one file of the whole share when it is smaller.
    for ((i = 0; i * big < csv_mb; i++)); do
        GEN_DUMP_SEED=$((1000 + i)) target/release/examples/gen_dump csv \
            $((csv_mb < big ? csv_mb : big)) "$CORPUS/tables/users-$i.csv" 2>/dev/null
    done
    for ((i = 0; i * big < dump_mb; i++)); do
        kind=$([[ $((i % 2)) == 0 ]] && echo mysql || echo pg)
        GEN_DUMP_SEED=$((2000 + i)) target/release/examples/gen_dump "$kind" \
            $((dump_mb < big ? dump_mb : big)) "$CORPUS/dumps/shop-$i.sql" 2>/dev/null
    done
    find "$CORPUS/tables" "$CORPUS/dumps" -name '*.planted.json' -exec mv -t "$side/" {} +
    python3 - "$side" <<'EOF'
import glob, json, sys
text = json.load(open(f"{sys.argv[1]}/text.json"))
size, total = text["bytes"], text["total"]
for path in glob.glob(f"{sys.argv[1]}/*.planted.json"):
    p = json.load(open(path))
    size += p["bytes"]
    total += sum(n for col in p["columns"].values() for n in col.values())
print(json.dumps({"bytes": size, "total": total}))
EOF
}

# The corpus: regenerated only when its parameters change.
params="$MODE $SIZE_MB $FILE_MB"
[[ $MODE == dense ]] && params+=" $TEXT_PCT $CSV_PCT"
if [[ ! -f $STAMP || $(head -n1 "$STAMP") != "$params" ]]; then
    echo "generating $SIZE_MB MiB ($MODE) under $CORPUS ..." >&2
    rm -rf "$CORPUS" "$STAMP" "$CORPUS_DIR/side"
    mkdir -p "$CORPUS_DIR"
    if [[ $MODE == dense ]]; then
        planted=$(gen_dense)
    else
        planted=$(target/release/examples/gen_corpus "$CORPUS" "$SIZE_MB" "$FILE_MB")
    fi
    printf '%s\n%s\n' "$params" "$planted" >"$STAMP"
fi
planted=$(sed -n 2p "$STAMP")
bytes=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["bytes"])' "$planted")
expected=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["total"])' "$planted")

# The detectors' regexes from patterns/*.toml, one line each: verbose-mode comments and
# whitespace removed (rg splits a pattern at newlines). `(?-u:\b)` is kept: rg's engine
# accepts an ASCII word boundary, so the boundaries are exactly piiscan's.
mapfile -t patterns < <(python3 - <<'EOF'
import glob, re, tomllib
for path in sorted(glob.glob("patterns/*.toml")):
    with open(path, "rb") as f:
        for d in tomllib.load(f).get("detector", []):
            p = d["pattern"]
            if p.lstrip().startswith("(?x)"):
                p = p.lstrip()[4:]
                p = re.sub(r"(?<!\\)#[^\n]*", "", p)  # a comment; `\#` is a '#'
                p = re.sub(r"\s+", "", p).replace("\\#", "#")
            print(p)
EOF
)
rg_args=(-c --no-ignore -j "$THREADS")
for p in "${patterns[@]}"; do rg_args+=(-e "$p"); done

piiscan_cmd="$PIISCAN scan $CORPUS --no-ignore --format jsonl -j $THREADS > /dev/null"
rg_cmd="rg $(printf '%q ' "${rg_args[@]}") $CORPUS > /dev/null"
# `rg -c` stops at the first match of a line; --count-matches finds every match, as
# piiscan must (but validates nothing).
rg_all_cmd="${rg_cmd/rg -c /rg --count-matches }"

# Correctness first (untimed): piiscan must report exactly the planted values.
found=$("$PIISCAN" scan "$CORPUS" --no-ignore --format jsonl -j "$THREADS" | wc -l)
echo "planted $expected valid values; piiscan reports $found at medium or above" \
    "($((found * 1048576 / bytes)) per MiB)"
[[ $found == "$expected" ]] || echo "WARNING: counts differ" >&2

# Best-of-RUNS wall time in seconds of a shell command, warm cache.
best_of() {
    if command -v hyperfine >/dev/null; then
        local json
        json=$(mktemp)
        hyperfine --style none --warmup 1 --runs "$RUNS" --export-json "$json" "$1" >&2
        python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["min"])' "$json"
        rm -f "$json"
    else
        bash -c "$1" # warm-up
        local best="" t
        for _ in $(seq "$RUNS"); do
            t=$( { /usr/bin/time -f %e bash -c "$1" >/dev/null; } 2>&1 | tail -n1)
            best=$(python3 -c 'import sys; a=sys.argv[1:]; print(min(map(float, filter(None, a))))' "$t" $best)
        done
        echo "$best"
    fi
}

echo "corpus: $bytes bytes in $(find "$CORPUS" -type f | wc -l) files; threads: $THREADS; best of $RUNS"
t_piiscan=$(best_of "$piiscan_cmd")
t_rg=$(best_of "$rg_cmd")
t_rg_all=$(best_of "$rg_all_cmd")
python3 - "$bytes" "$t_piiscan" "$t_rg" "$t_rg_all" <<'EOF'
import sys
size, tp, tr, ta = int(sys.argv[1]), *map(float, sys.argv[2:])
mib = size / 2**20
print(f"piiscan scan --format jsonl  {tp:7.3f} s  {mib / tp:8.1f} MiB/s")
print(f"rg -c                        {tr:7.3f} s  {mib / tr:8.1f} MiB/s")
print(f"rg --count-matches           {ta:7.3f} s  {mib / ta:8.1f} MiB/s")
print(f"piiscan / rg -c time ratio: {tp / tr:.2f}x; "
      f"piiscan / rg --count-matches: {tp / ta:.2f}x")
EOF
