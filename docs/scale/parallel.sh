#!/bin/bash
# piiscan with GNU parallel: 8 shards, on this machine or, with --sshlogin, on several
# machines that mount the share and parts/ at the same paths; then the merge.
set -euo pipefail
N=8
export PIISCAN_DISTINCT_KEY="$(cat "$HOME/.config/piiscan/distinct-key")"
mkdir -p parts
seq 1 "$N" | parallel --jobs "$N" --env PIISCAN_DISTINCT_KEY --halt now,fail=1 \
  piiscan scan /mnt/share --allow-skips -j 2 --shard "{}/$N" -o "parts/part-{}.json"
piiscan merge parts/part-*.json -o inventory.json
piiscan report inventory.json -o inventory.html
