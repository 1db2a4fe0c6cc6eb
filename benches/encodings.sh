#!/usr/bin/env bash
# Throughput and recall of decoded input: the same synthetic records as a UTF-8 CSV, the
# same CSV converted by iconv to GBK and UTF-16LE, JSON Lines written with and without
# \u escapes (python3 json.dumps), and one large GBK CSV (decoded whole: peak memory).
# Prints MiB/s (of file bytes, best of RUNS by hyperfine) and the findings of each form:
# equal counts are equal recall. See benches/README.md.
#
#   bash benches/encodings.sh             # 96 MiB of 4 MiB files per form, -j 1
#   PIISCAN=/path/to/piiscan MB=32 RUNS=3 bash benches/encodings.sh
set -euo pipefail
cd "$(dirname "$0")/.."

MB=${MB:-96}
RUNS=${RUNS:-3}
THREADS=${THREADS:-1}
DIR=${DIR:-benches/corpus/encodings} # git-ignored
if [[ -z ${PIISCAN:-} ]]; then
    cargo build --quiet --release --bin piiscan
    PIISCAN=target/release/piiscan
fi
for tool in python3 iconv hyperfine; do
    command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done

if [[ ! -f $DIR/stamp || $(cat "$DIR/stamp") != "$MB" ]]; then
    rm -rf "$DIR"
    mkdir -p "$DIR"/{utf8,gbk,utf16,json-plain,json-escaped,big}
    python3 - "$DIR" "$MB" <<'PY'
import json, random, sys
out, mb = sys.argv[1], int(sys.argv[2])
rng = random.Random(7)
def id_number():
    body = f"110105{rng.randrange(1950, 2000)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{rng.randrange(1000):03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * x for d, x in zip(body, w)) % 11]
names = [a + b for a in "王李张刘陈杨黄赵吴周" for b in ["伟", "芳", "娜", "敏", "静", "磊", "强"]]
rows = [(rng.choice(names), "1" + rng.choice("3589") + f"{rng.randrange(10**9):09d}", id_number(),
         f"北京市朝阳区建国路{rng.randrange(1, 200)}号", f"备注：客户于{rng.randrange(1, 28)}日来电咨询业务")
        for _ in range(20000)]
per_file = 4 << 20
for i in range(mb // 4):
    with open(f"{out}/utf8/part{i:03d}.csv", "w", encoding="utf-8") as f:
        f.write("姓名,手机号码,身份证号,地址,备注\n")
        n = 0
        while n < per_file:
            line = ",".join(rng.choice(rows)) + "\n"
            f.write(line)
            n += len(line.encode())
    picked, n = [], 0
    while n < per_file:
        picked.append(rng.choice(rows))
        n += len(json.dumps(dict(zip("abcde", picked[-1])), ensure_ascii=True)) + 40
    for form, ascii_only in (("json-plain", False), ("json-escaped", True)):
        with open(f"{out}/{form}/part{i:03d}.jsonl", "w", encoding="utf-8") as f:
            for name, phone, ident, addr, note in picked:
                f.write(json.dumps({"name": name, "phone": phone, "id_card": ident,
                                    "address": addr, "note": note}, ensure_ascii=ascii_only) + "\n")
PY
    for f in "$DIR"/utf8/*.csv; do
        iconv -f UTF-8 -t GBK "$f" >"$DIR/gbk/$(basename "$f")"
        iconv -f UTF-8 -t UTF-16LE "$f" >"$DIR/utf16/$(basename "$f")"
    done
    cat "$DIR"/gbk/*.csv >"$DIR/big/all.gbk.csv"
    echo "$MB" >"$DIR/stamp"
fi

run() { # name, path
    local bytes found json t
    bytes=$(du -sb "$2" | cut -f1)
    found=$("$PIISCAN" scan "$2" --no-config --no-ignore -j "$THREADS" --format jsonl | wc -l)
    json=$(mktemp)
    hyperfine --style none --warmup 1 --runs "$RUNS" --export-json "$json" \
        "$PIISCAN scan $2 --no-config --no-ignore -j $THREADS --format jsonl > /dev/null" >&2
    t=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["min"])' "$json")
    rm -f "$json"
    python3 -c 'import sys; n,b,t,f=sys.argv[1:]; b=int(b); t=float(t); print(f"{n:<22} {b/2**20:8.1f} MiB {t:7.2f} s {b/2**20/t:7.1f} MiB/s {int(f):>9} findings")' "$1" "$bytes" "$t" "$found"
}
echo "piiscan: $PIISCAN; -j $THREADS; best of $RUNS"
run "CSV UTF-8" "$DIR/utf8"
run "CSV GBK" "$DIR/gbk"
run "CSV UTF-16LE" "$DIR/utf16"
run "JSONL plain" "$DIR/json-plain"
run "JSONL \\u-escaped" "$DIR/json-escaped"
run "one GBK CSV" "$DIR/big/all.gbk.csv"
peak=$( { /usr/bin/time -f %M "$PIISCAN" scan "$DIR/big/all.gbk.csv" --no-config -j 1 --format jsonl >/dev/null; } 2>&1 | tail -n1)
echo "one GBK CSV: peak RSS $((peak / 1024)) MiB"
