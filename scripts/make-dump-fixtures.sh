#!/usr/bin/env bash
# Regenerates the database-dump fixtures in tests/data/dumps/ with the real tools.
#
# 1. `cargo run --example gen_tables` writes seeded synthetic tables (users, orders,
#    address_book, face_features) as SQL for each dialect, users.jsonl and expected.json
#    (the exact per-column counts the tests assert).
# 2. Throwaway PostgreSQL and MariaDB servers are started in a temporary directory,
#    listening on unix sockets only (no TCP), and the tables are loaded into them and into
#    a fresh SQLite database.
# 3. The dumps are written by the tools themselves:
#      pg.sql                 pg_dump (plain format, COPY blocks)
#      pg_inserts.sql         pg_dump --inserts
#      pg_column_inserts.sql  pg_dump --column-inserts
#      mysql.sql              mysqldump (defaults: extended inserts)
#      mysql.sql.gz           the same, gzip -n
#      sqlite.sql             sqlite3 DB .dump
#      users.sqlite           the SQLite database file itself
#      users.csv              sqlite3 -csv -header (the users table)
#      users.jsonl            from gen_tables (the users table)
#      expected.json          from gen_tables
#      VERSIONS.txt           the tool versions that made them
#      .gitattributes         `* -text`: no end-of-line conversion of the dumps
# 4. The servers are stopped and the temporary directory removed (also on failure).
#
# Needs Debian/Ubuntu packages postgresql, mariadb-server and sqlite3 (installed with
# apt-get when missing). The comments the tools write (server versions, mysqldump's
# "Dump completed on" date) are kept as they are. CI does not run this script; it only
# reads the committed outputs.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=tests/data/dumps
DB=fixtures

source scripts/db-servers.sh
db_packages
db_tmp piiscan-dumps

# --- synthetic tables -----------------------------------------------------------------
log "generating tables (examples/gen_tables.rs)"
GEN=$TMP/gen
cargo run --quiet --example gen_tables -- "$GEN"
chmod -R a+rX "$GEN"

mkdir -p "$OUT"
rm -f "$OUT"/pg.sql "$OUT"/pg_inserts.sql "$OUT"/pg_column_inserts.sql "$OUT"/mysql.sql \
  "$OUT"/mysql.sql.gz "$OUT"/sqlite.sql "$OUT"/users.sqlite "$OUT"/users.csv \
  "$OUT"/users.jsonl "$OUT"/expected.json "$OUT"/VERSIONS.txt

# --- PostgreSQL -------------------------------------------------------------------------
db_start_pg
as_pg "$PGBIN/createdb" "${PG[@]}" -E UTF8 -T template0 "$DB"
as_pg "$PGBIN/psql" "${PG[@]}" -X -q -v ON_ERROR_STOP=1 -d "$DB" <"$GEN/load_pg.sql"

log "pg_dump"
# pg_dump 15.14 and later open and close the script with `\restrict KEY` / `\unrestrict KEY`
# and a random key; a fixed key keeps reruns byte-identical.
# (The help is read whole first: `grep -q` in a pipeline under pipefail would race.)
if [[ $("$PGBIN/pg_dump" --help) == *--restrict-key* ]]; then
  PG+=(--restrict-key=PiiscanFixtures)
fi
as_pg "$PGBIN/pg_dump" "${PG[@]}" "$DB" >"$OUT/pg.sql"
as_pg "$PGBIN/pg_dump" "${PG[@]}" --inserts "$DB" >"$OUT/pg_inserts.sql"
as_pg "$PGBIN/pg_dump" "${PG[@]}" --column-inserts "$DB" >"$OUT/pg_column_inserts.sql"
PG_SERVER_VERSION=$(as_pg "$PGBIN/psql" -h "$PG_SOCK" -U postgres -X -At -d "$DB" \
  -c 'SELECT version()')

# --- MariaDB ------------------------------------------------------------------------------
db_start_mariadb
mariadb "${MY[@]}" -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
mariadb "${MY[@]}" "$DB" <"$GEN/load_mysql.sql"

log "mysqldump"
mysqldump "${MY[@]}" "$DB" >"$OUT/mysql.sql"
gzip -n -9 -c "$OUT/mysql.sql" >"$OUT/mysql.sql.gz"
MY_SERVER_VERSION=$(mariadb "${MY[@]}" -N -e 'SELECT VERSION()')

# --- SQLite -------------------------------------------------------------------------------
log "sqlite3"
sqlite3 "$TMP/users.sqlite" <"$GEN/load_sqlite.sql"
sqlite3 "$TMP/users.sqlite" 'VACUUM;'
cp "$TMP/users.sqlite" "$OUT/users.sqlite"
sqlite3 "$OUT/users.sqlite" .dump >"$OUT/sqlite.sql"
sqlite3 -csv -header "$OUT/users.sqlite" 'SELECT * FROM users ORDER BY id;' >"$OUT/users.csv"

cp "$GEN/expected.json" "$GEN/users.jsonl" "$OUT/"
# The dumps hold raw CR bytes and (mysql.sql) raw BLOB bytes: no end-of-line conversion.
printf '%s\n' '# Written by scripts/make-dump-fixtures.sh: keep the tool output byte for byte.' \
  '* -text' >"$OUT/.gitattributes"

# --- versions -----------------------------------------------------------------------------
pkg() { dpkg-query -W -f='${Package} ${Version}\n' "$@" 2>/dev/null || true; }
{
  echo "# Tools that wrote the fixtures in this directory (scripts/make-dump-fixtures.sh)."
  echo "pg_dump: $("$PGBIN/pg_dump" --version)"
  echo "postgres server: $PG_SERVER_VERSION"
  echo "mysqldump: $(mysqldump --no-defaults --version)"
  echo "mariadb server: $MY_SERVER_VERSION"
  echo "sqlite3: $(sqlite3 --version)"
  echo "gzip: $(gzip --version | head -n 1)"
  echo "os: $(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "# Debian packages"
  pkg "postgresql-$(basename "$(dirname "$PGBIN")")" mariadb-server mariadb-client sqlite3
} >"$OUT/VERSIONS.txt"

# --- summary ------------------------------------------------------------------------------
total=$(du -cb "$OUT"/* "$OUT"/.gitattributes | tail -n 1 | cut -f 1)
ls -l "$OUT" >&2
log "total $total bytes in $OUT"
if [ "$total" -ge 1048576 ]; then
  echo "fixtures exceed 1 MiB ($total bytes)" >&2
  exit 1
fi
