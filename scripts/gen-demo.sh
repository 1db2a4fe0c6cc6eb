#!/usr/bin/env bash
# Regenerates the demo tree examples/demo/ (deterministic: the same bytes on every run)
# and prints the planted values per file and category. The staff list is written in
# UTF-8 and converted to GBK by iconv, as Excel on a Chinese Windows saves a CSV.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v iconv >/dev/null || { echo "needs iconv" >&2; exit 1; }
cargo run --quiet --example gen_demo -- examples/demo
staff=examples/demo/exports/员工通讯录.csv
iconv -f UTF-8 -t GBK "$staff" > "$staff.gbk"
mv "$staff.gbk" "$staff"
