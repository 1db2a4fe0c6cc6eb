#!/usr/bin/env bash
# Opens the HTML inventory report of examples/demo in headless Chromium, as a person
# would, and checks it: the page loads with no console error and no request beyond the
# file itself, the totals it shows equal the JSON inventory's, sorting and filtering the
# locations work (and the page reads without scripts), and no raw value found by the scan
# appears anywhere in the file; the summary sheet prints on one A4 page. The same checks
# run on the Chinese report (`--lang zh`). Writes full-page screenshots of both and a PDF
# of the Chinese one.
#
# Needs Chromium (Debian's `chromium`, or $CHROMIUM), node and npm; playwright-core is
# installed from npm into a temporary directory unless $PLAYWRIGHT_CORE_DIR already holds
# it (node_modules/playwright-core). When Chromium or playwright-core is missing it says
# so and exits 0 (exit 1 instead with PIISCAN_REQUIRE_BROWSER=1); a failed check exits 1.
#
# Environment: CHROMIUM (the browser), HTML_REPORT_SCREENSHOT (default
# target/html-report.png), PLAYWRIGHT_CORE_DIR (reuse an installation).
set -euo pipefail
cd "$(dirname "$0")/.."

skip() {
    echo "check-html-report: skipped: $*"
    if [ "${PIISCAN_REQUIRE_BROWSER:-0}" = 1 ]; then
        exit 1
    fi
    exit 0
}

chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
[ -n "$chromium" ] && [ -x "$chromium" ] || skip "no chromium on PATH (apt-get install chromium)"
command -v node >/dev/null 2>&1 || skip "node not found"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

modules="${PLAYWRIGHT_CORE_DIR:-}"
if [ -z "$modules" ] || [ ! -d "$modules/node_modules/playwright-core" ]; then
    command -v npm >/dev/null 2>&1 || skip "npm not found (needed for playwright-core)"
    modules="$work/npm"
    # playwright-core downloads no browser; it drives the Chromium found above.
    if ! timeout 300 npm install --prefix "$modules" --no-save --no-audit --no-fund \
        --loglevel=error playwright-core@1 >"$work/npm.log" 2>&1; then
        tail -n 5 "$work/npm.log" >&2 || true
        skip "playwright-core could not be installed from npm"
    fi
fi

cargo build --quiet --bin piiscan
piiscan="${CARGO_TARGET_DIR:-target}/debug/piiscan"
demo="examples/demo"
# One scan writes both the JSON inventory and the HTML report, so their totals must agree.
"$piiscan" scan "$demo" --format json --report "$work/demo.html" >"$work/demo.json"
# The same inventory as a Chinese report, rendered from the JSON.
"$piiscan" report "$work/demo.json" --lang zh -o "$work/demo-zh.html"
# The raw values, to look for in the report (this output is personal data: it stays in
# the temporary directory).
"$piiscan" scan "$demo" --format jsonl --show-values >"$work/raw.jsonl"

screenshot="${HTML_REPORT_SCREENSHOT:-target/html-report.png}"
mkdir -p "$(dirname "$screenshot")"
NODE_PATH="$modules/node_modules" node scripts/check-html-report.js \
    --chromium "$chromium" \
    --html "$work/demo.html" \
    --html-zh "$work/demo-zh.html" \
    --json "$work/demo.json" \
    --raw "$work/raw.jsonl" \
    --screenshot "$screenshot" \
    --profile "$work/profile" \
    --label "$demo"
