#!/usr/bin/env bash
# Database-dump benchmark: `piiscan scan` of a generated mysqldump / pg_dump file
# (structured: the dump parser runs beside the engine and findings are attributed to
# columns) beside the same bytes scanned as plain text. See benches/README.md.
#
#   bash benches/dumps.sh                    # 1000 MiB dumps (+ a 250 MiB one), best of 3
#   SIZE_MB=200 SMALL_MB=50 RUNS=1 bash benches/dumps.sh
#
# Environment: SIZE_MB (size of the main dumps, default 1000), SMALL_MB (the smaller
# mysql dump for the memory comparison, default 250), KINDS (default "mysql mysql1 pg";
# `KIND:MB` gives one kind its own size, e.g. "mysql pg mysql1:100"),
# RUNS (timed runs, default 3), WARMUP (untimed runs before them, default 0: the page
# cache is warmed with `cat` instead, a structured run of 1000 MiB takes minutes),
# DUMP_DIR (default benches/corpus/dumps, git-ignored; a dump is regenerated only when
# missing or of another size).
#
# Each dump D (`KIND-SIZE.sql`) gets a hard link `KIND-SIZE.txt`: the same bytes, which
# piiscan scans as text, without parsing (the extension decides). Both are scanned with
# `--format json -j 1 --no-config`, output to /dev/null. Peak RSS comes from a separate
# `/usr/bin/time -v` run, whose JSON inventory is checked against the counts gen_dump
# planted (`D.planted.json`): per table.column and category, and the minors.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_MB=${SIZE_MB:-1000}
SMALL_MB=${SMALL_MB:-250}
KINDS=${KINDS:-mysql mysql1 pg}
RUNS=${RUNS:-3}
WARMUP=${WARMUP:-0}
DIR=${DUMP_DIR:-benches/corpus/dumps} # git-ignored (benches/corpus)
SCAN=(scan --no-config --format json -j 1)

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
[[ -x /usr/bin/time ]] || need+=(time)
if ((${#need[@]})); then
    echo "installing ${need[*]}" >&2
    apt-get update -qq && apt-get install -y -qq "${need[@]}"
fi

cargo build --quiet --release --bin piiscan --example gen_dump
mkdir -p "$DIR"
# Time a private copy: a rebuild of target/ during the run must not change what is timed.
COMMIT=$(git describe --always --dirty 2>/dev/null || echo unknown)
PIISCAN="$DIR/piiscan-$COMMIT"
cp target/release/piiscan "$PIISCAN"
echo "piiscan at $COMMIT ($PIISCAN)" >&2

# The inventory check, reading `piiscan --format json` on standard input without holding
# it: everything before the top-level "findings" key is parsed (the files section holds
# the per-column counts); the findings are only counted, and those without a table.
CHECK=$(mktemp)
trap 'rm -f "$CHECK"' EXIT
cat >"$CHECK" <<'EOF'
import json, sys
want = json.load(open(sys.argv[1]))
inp = sys.stdin.buffer
head, marker = bytearray(), b'\n  "findings": ['
while True:
    block = inp.read(1 << 20)
    if not block:
        sys.exit("no findings array in the output")
    head += block
    i = head.find(marker)
    if i >= 0:
        rest = bytes(head[i:])
        doc = json.loads(bytes(head[:i]).rstrip().rstrip(b",") + b"}")
        break
listed = tables = 0
carry = rest
while True:
    cut = max(carry.rfind(b"\n"), 0)  # the newline stays with the line it opens
    part, carry = carry[:cut], carry[cut:]
    listed += part.count(b'\n      "category": ')
    tables += part.count(b'\n      "table": ')
    block = inp.read(1 << 22)
    if not block:
        listed += carry.count(b'\n      "category": ')
        tables += carry.count(b'\n      "table": ')
        break
    carry += block
got, minors = {}, {}
if "locations" in doc:  # schema version 2: one entry per column and category
    for loc in doc["locations"]:
        if "table" not in loc:
            continue
        key = f'{loc["table"]}.{loc["column"]}'
        got.setdefault(key, {})[loc["category"]] = loc["findings"]
        if loc["minors"]:
            minors[key] = minors.get(key, 0) + loc["minors"]
else:  # version 1: per file, per column
    for f in doc["files"]:
        for c in f.get("columns", []):
            key = f'{c["table"]}.{c["column"]}'
            got[key] = {k["category"]: k["findings"] for k in c["categories"]}
            m = sum(k["minors"] for k in c["categories"])
            if m:
                minors[key] = m
warnings = sum(len(f.get("warnings", [])) for f in doc["files"])
# Older versions list every finding and have no findings_total.
total = doc["scan"].get("findings_total", listed)
in_columns = sum(n for c in got.values() for n in c.values())
ok = (got == want["columns"] and minors == want["minors"] and listed == tables
      and in_columns == total and not warnings)
print(json.dumps({"ok": ok, "findings": total, "listed": listed,
                  "unattributed": total - in_columns, "warnings": warnings,
                  "columns_equal": got == want["columns"], "minors_equal": minors == want["minors"]}))
if not ok:
    print(f"planted {want['columns']} minors {want['minors']}\nscanned {got} minors {minors}",
          file=sys.stderr)
EOF

# Generates KIND at SIZE MiB as $DIR/KIND-SIZE.sql (unless already there) and links .txt.
generate() {
    local kind=$1 mb=$2 d="$DIR/$1-$2.sql"
    if [[ ! -f $d.planted.json ]] ||
        ! python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); sys.exit(j.get("size_mb") != int(sys.argv[2]))' "$d.planted.json" "$mb"; then
        echo "generating $d ($mb MiB) ..." >&2
        rm -f "$d" "$d.planted.json" "${d%.sql}.txt"
        target/release/examples/gen_dump "$kind" "$mb" "$d" 2>/dev/null
    fi
    ln -f "$d" "${d%.sql}.txt"
}

# Best-of-RUNS wall time in seconds of a shell command (every run's time to stderr).
best_of() {
    local json
    json=$(mktemp)
    hyperfine --style none --warmup "$WARMUP" --runs "$RUNS" --export-json "$json" "$1" >&2
    python3 - "$json" <<'PY'
import json, sys
times = json.load(open(sys.argv[1]))["results"][0]["times"]
print("   runs: " + ", ".join(f"{t:.2f}" for t in times) + " s", file=sys.stderr)
print(min(times))
PY
    rm -f "$json"
}

# Peak RSS in KiB of `piiscan scan FILE`, whose output is piped into the command $2.
peak_rss() {
    local t
    t=$(mktemp)
    /usr/bin/time -v -o "$t" "$PIISCAN" "${SCAN[@]}" "$1" | eval "$2"
    sed -n 's/.*Maximum resident set size (kbytes): //p' "$t"
    rm -f "$t"
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

# Percentage of CPU time busy over the next second, all cores (from /proc/stat).
cpu_busy() {
    local a b
    read -r _ a < <(head -n1 /proc/stat)
    sleep 1
    read -r _ b < <(head -n1 /proc/stat)
    python3 -c '
import sys
a, b = ([int(x) for x in s.split()] for s in sys.argv[1:])
d = [y - x for x, y in zip(a, b)]
idle = d[3] + d[4]
print(100 * (sum(d[:8]) - idle) // max(sum(d[:8]), 1))' "$a" "$b"
}

# The VM is shared: before timing, wait (up to 10 minutes) until it is idle.
wait_idle() {
    local i
    for i in $(seq 120); do
        (($(cpu_busy) < 10)) && return
        ((i == 1)) && echo "   waiting for the machine to be idle ..." >&2
        sleep 4
    done
    echo "   WARNING: the machine is still busy; timing anyway" >&2
}

# Other processes using a CPU while we time (sampled every 10 s into $1).
sample_others() {
    while sleep 10; do
        top -bn2 -d0.5 | awk '/^top -/ {n++} n == 2 && $1 ~ /^[0-9]+$/ && $9 + 0 > 10 {print $12}' |
            grep -Ev '^(piiscan.*|hyperfine|python3|cat|bash|sh|top|time)$' || true
    done >"$1"
}

RESULTS="$DIR/results.jsonl"
: >"$RESULTS"
dumps=()
for k in $KINDS; do
    if [[ $k == *:* ]]; then dumps+=("${k%%:*}-${k#*:}"); else dumps+=("$k-$SIZE_MB"); fi
done
[[ $SMALL_MB != 0 && $SMALL_MB != "$SIZE_MB" ]] && dumps+=("mysql-$SMALL_MB")

for name in "${dumps[@]}"; do
    generate "${name%-*}" "${name##*-}"
done

for name in "${dumps[@]}"; do
    d="$DIR/$name.sql" p="$DIR/$name.txt"
    bytes=$(stat -c %s "$d")
    echo "== $name: $bytes bytes; load average $(load)" >&2
    cat "$d" >/dev/null # warm the page cache (the .txt is the same inode)
    wait_idle
    echo "-- checking the inventory and measuring peak RSS (structured)" >&2
    rss_s=$(peak_rss "$d" "python3 $CHECK $d.planted.json >$d.check.json")
    echo "   check: $(cat "$d.check.json")" >&2
    echo "-- peak RSS (plain)" >&2
    rss_p=$(peak_rss "$p" "cat >/dev/null")
    wait_idle
    echo "-- timing (structured, then plain); load average $(load)" >&2
    others=$(mktemp)
    sample_others "$others" &
    sampler=$!
    t_s=$(best_of "$PIISCAN ${SCAN[*]} $d > /dev/null")
    t_p=$(best_of "$PIISCAN ${SCAN[*]} $p > /dev/null")
    kill "$sampler"
    busy=$(sort "$others" | uniq -c | awk '{printf "%s%s x%s", sep, $2, $1; sep=", "}')
    rm -f "$others"
    [[ -n $busy ]] && echo "   other busy processes seen while timing: $busy" >&2
    python3 - "$name" "$bytes" "$t_s" "$t_p" "$rss_s" "$rss_p" "$(load)" "$d.check.json" "$busy" "$COMMIT" >>"$RESULTS" <<'EOF'
import json, sys
name, size, ts, tp, rs, rp, load = sys.argv[1], int(sys.argv[2]), *map(float, sys.argv[3:7]), sys.argv[7]
mib = size / 2**20
print(json.dumps({"dump": name, "bytes": size, "structured_s": ts, "plain_s": tp,
                  "structured_mibs": mib / ts, "plain_mibs": mib / tp, "ratio": tp / ts,
                  "rss_structured_kib": int(rs), "rss_plain_kib": int(rp), "load_after": load,
                  "check": json.load(open(sys.argv[8])), "others_busy": sys.argv[9],
                  "commit": sys.argv[10]}))
EOF
    tail -n1 "$RESULTS" >&2
done

python3 - "$RESULTS" "$SIZE_MB" "$SMALL_MB" <<'EOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
print("| dump | bytes | structured | plain | structured / plain | peak RSS structured | peak RSS plain | findings | counts = planted |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
for r in rows:
    print(f"| {r['dump']} | {r['bytes']:,} | {r['structured_mibs']:.1f} MiB/s ({r['structured_s']:.1f} s) "
          f"| {r['plain_mibs']:.1f} MiB/s ({r['plain_s']:.1f} s) | {100 * r['ratio']:.0f} % "
          f"| {r['rss_structured_kib'] / 1024:,.0f} MiB | {r['rss_plain_kib'] / 1024:,.0f} MiB "
          f"| {r['check']['findings']:,} | {'yes' if r['check']['ok'] else 'NO'} |")
by_name = {r["dump"]: r for r in rows}
s, b = by_name.get(f"mysql-{sys.argv[3]}"), by_name.get(f"mysql-{sys.argv[2]}")
if s and b:
    print(f"\npeak RSS, structured: {s['dump']} {s['rss_structured_kib'] / 1024:,.0f} MiB, "
          f"{b['dump']} {b['rss_structured_kib'] / 1024:,.0f} MiB "
          f"({b['rss_structured_kib'] / s['rss_structured_kib']:.2f}x for "
          f"{b['bytes'] / s['bytes']:.2f}x the bytes)")
print("\ntarget (structured >= 70 % of plain):",
      ", ".join(f"{r['dump']} {'met' if r['ratio'] >= 0.7 else 'NOT met'}" for r in rows))
EOF
