#!/usr/bin/env bash
# Regenerates the demo tree examples/demo/ (deterministic: the same bytes on every run)
# and prints the planted values per file and category.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --quiet --example gen_demo -- examples/demo
