#!/usr/bin/env bash
# Time `piiscan db` (release build) on local PostgreSQL and MariaDB servers: a table of
# N synthetic rows (id, a mobile number, an e-mail address, 40 bytes of padding) read
# with the default sample and with `--sample all`. Numbers go to benches/README.md.
#
#   bash benches/db.sh 1000000 10000000
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${PIISCAN_TEST_PG:-}" ]; then
  # Throwaway servers for the run (stopped afterwards).
  exec scripts/with-test-dbs.sh bash "$0" "$@"
fi
BIN=${PIISCAN_BIN:-target/release/piiscan}
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT

run() { # label, piiscan db arguments...
  local label=$1 t0 t1 rows
  shift
  t0=$(date +%s.%N)
  "$BIN" db "$@" --format json --allow-skips >"$OUT"
  t1=$(date +%s.%N)
  rows=$(grep -o '"rows_sampled": *[0-9]*' "$OUT" | grep -o '[0-9]*$' | paste -sd+ | bc)
  printf '%-36s %8.2f s %10d rows %10.0f rows/s\n' "$label" "$(echo "$t1 - $t0" | bc)" \
    "$rows" "$(echo "$rows / ($t1 - $t0)" | bc -l)"
}

PG_URL=${PIISCAN_TEST_PG%/postgres}
MY_URL=$PIISCAN_TEST_MYSQL
MY_PW=$(echo "$MY_URL" | sed 's#mysql://piiscan_admin:\(.*\)@.*#\1#')
M=(--no-defaults -h127.0.0.1 -P"${MY_URL##*:}" -upiiscan_admin -p"$MY_PW")
for n in "${@:-1000000}"; do
  psql -q "$PIISCAN_TEST_PG" -c "CREATE DATABASE b$n"
  psql -q "$PG_URL/b$n" -c "CREATE TABLE t AS SELECT i AS id, (13100000000 + i)::text AS mobile,
    'u' || i || '@mail.cn' AS email, repeat('x', 40) AS pad FROM generate_series(1, $n) i"
  psql -q "$PG_URL/b$n" -c "ANALYZE t"
  run "postgres $n rows, default sample" "$PG_URL/b$n"
  run "postgres $n rows, --sample all" "$PG_URL/b$n" --sample all
  mariadb "${M[@]}" -e "CREATE DATABASE b$n; USE b$n;
    CREATE TABLE b$n.t (id INT PRIMARY KEY, mobile VARCHAR(20), email VARCHAR(64), pad VARCHAR(40));
    INSERT INTO b$n.t SELECT seq, CAST(13100000000 + seq AS CHAR), CONCAT('u', seq, '@mail.cn'),
      REPEAT('x', 40) FROM seq_1_to_$n;
    ANALYZE TABLE b$n.t" >/dev/null
  run "mariadb $n rows, default sample" "$MY_URL/b$n"
  run "mariadb $n rows, --sample all" "$MY_URL/b$n" --sample all
done
