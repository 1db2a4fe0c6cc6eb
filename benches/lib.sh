# Shell helpers shared by the bench scripts (sourced, not run).

# Best wall time of RUNS runs of the command "$@" after one warm-up.
best_of() {
    "$@" >/dev/null
    local best="" t
    for _ in $(seq "$RUNS"); do
        t=$( { /usr/bin/time -f %e "$@" >/dev/null; } 2>&1 | tail -n1)
        if [[ -z $best ]] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$t
        fi
    done
    echo "$best"
}
