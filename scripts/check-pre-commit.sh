#!/usr/bin/env bash
# Runs the pre-commit framework (https://pre-commit.com) on the `repo: local` hook exactly
# as docs/ci.md writes it, in a fresh git repository: a clean commit passes, a staged
# file holding a mobile number is blocked, and the hook's output shows `path:line` with
# the value masked, never raw.
#
# Needs git, and pre-commit on PATH (`pip install pre-commit`) or in $PRE_COMMIT; when it
# is missing the script says so and exits 0 (exit 1 instead with PIISCAN_REQUIRE_PRE_COMMIT=1).
# The piiscan binary is target/debug/piiscan (built here when missing) or $PIISCAN.
set -euo pipefail
cd "$(dirname "$0")/.."

pre_commit="${PRE_COMMIT:-$(command -v pre-commit || true)}"
if [ -z "$pre_commit" ]; then
    echo "check-pre-commit: skipped: pre-commit not found (pip install pre-commit)"
    [ "${PIISCAN_REQUIRE_PRE_COMMIT:-0}" = 1 ] && exit 1
    exit 0
fi
piiscan="${PIISCAN:-$PWD/target/debug/piiscan}"
[ -x "$piiscan" ] || cargo build --quiet
export PATH="$(cd "$(dirname "$piiscan")" && pwd):$PATH"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The YAML block that follows `# .pre-commit-config.yaml` in docs/ci.md, as written.
awk '/^# \.pre-commit-config\.yaml$/ {on=1} on && /^```/ {exit} on {print}' docs/ci.md \
    > "$work/config.yaml"
grep -q 'repo: local' "$work/config.yaml" || { echo "no pre-commit block in docs/ci.md"; exit 1; }

cd "$work"
git init -q repo
cd repo
cp ../config.yaml .pre-commit-config.yaml
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid
export GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.invalid
export PRE_COMMIT_HOME="$work/cache"
"$pre_commit" install >/dev/null
echo "nothing personal here" > README.txt
git add README.txt .pre-commit-config.yaml
git commit -q -m clean || { echo "check-pre-commit: a clean commit was blocked"; exit 1; }

mkdir -p src
echo "phone = '13987654321'" > src/user.py
git add src/user.py
if git commit -q -m leak > ../out.txt 2>&1; then
    cat ../out.txt
    echo "check-pre-commit: the commit with a mobile number went through"
    exit 1
fi
grep -q 'src/user.py:1  cn_mobile  139\*\*\*\*4321' ../out.txt \
    || { cat ../out.txt; echo "check-pre-commit: no path:line in the hook's output"; exit 1; }
if grep -q 13987654321 ../out.txt; then
    echo "check-pre-commit: the raw value was printed"
    exit 1
fi
echo "check-pre-commit: ok (pre-commit $("$pre_commit" --version | cut -d' ' -f2): clean commit passed, leak blocked)"
