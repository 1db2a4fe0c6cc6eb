# Throwaway PostgreSQL and MariaDB servers for the scripts that dump with the real tools
# (scripts/make-dump-fixtures.sh, bench/quality/make.sh). Sourced, not run:
#
#   source scripts/db-servers.sh
#   db_packages                 # apt-get install postgresql, mariadb-server, sqlite3 if missing
#   db_tmp piiscan-dumps        # TMP=$(mktemp -d), removed with the servers on exit
#   db_start_pg                 # PostgreSQL on a unix socket in $TMP/pg: psql/pg_dump args in PG
#   db_start_mariadb            # MariaDB on $TMP/my/mysqld.sock, no TCP: client args in MY
#
# Sets PGBIN and as_pg (runs a PostgreSQL tool as its service account when root). The exit
# trap stops what was started and removes $TMP, also on failure.

log() { printf '==> %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

pg_bin_dir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

db_packages() {
  local missing=()
  [ -n "$(pg_bin_dir)" ] && [ -x "$(pg_bin_dir)/initdb" ] || missing+=(postgresql)
  command -v mariadbd >/dev/null && command -v mariadb-install-db >/dev/null \
    && command -v mysqldump >/dev/null || missing+=(mariadb-server mariadb-client)
  command -v sqlite3 >/dev/null || missing+=(sqlite3)
  command -v gzip >/dev/null || missing+=(gzip)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  fi
  PGBIN=$(pg_bin_dir)
  # Servers run as their service accounts when we are root (initdb refuses root), and as
  # the calling user otherwise.
  if [ "$(id -u)" -eq 0 ]; then
    as_pg() { runuser -u postgres -- "$@"; }
    MY_USER=(--user=mysql)
    PG_OWNER=postgres
    MY_OWNER=mysql
  else
    as_pg() { "$@"; }
    MY_USER=()
    PG_OWNER=$(id -un)
    MY_OWNER=$(id -un)
  fi
}

db_tmp() {
  TMP=$(mktemp -d "/tmp/$1.XXXXXX")
  chmod 755 "$TMP"
  PG_DATA=$TMP/pg/data
  PG_SOCK=$TMP/pg
  MY_DATA=$TMP/my/data
  MY_SOCK=$TMP/my/mysqld.sock
  pg_started=0
  my_started=0
  trap db_cleanup EXIT
  trap 'exit 130' INT TERM
}

db_cleanup() {
  local rc=$?
  trap - EXIT
  set +e
  if [ "$pg_started" -eq 1 ]; then
    as_pg "$PGBIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1
  fi
  if [ "$my_started" -eq 1 ]; then
    mariadb-admin --no-defaults -uroot --socket="$MY_SOCK" shutdown >/dev/null 2>&1
    # mariadb-admin shutdown waits for the server; the pid check is a fallback.
    if [ -f "$TMP/my/mysqld.pid" ]; then
      pid=$(cat "$TMP/my/mysqld.pid")
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -0 "$pid" 2>/dev/null && kill "$pid"
    fi
  fi
  rm -rf "$TMP"
  exit "$rc"
}

db_start_pg() {
  log "starting PostgreSQL ($PGBIN) on a unix socket in $PG_SOCK"
  mkdir -p "$PG_SOCK"
  chown "$PG_OWNER" "$PG_SOCK"
  as_pg "$PGBIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --no-locale \
    >"$TMP/initdb.log"
  pg_started=1
  as_pg "$PGBIN/pg_ctl" -D "$PG_DATA" -l "$PG_SOCK/server.log" -w \
    -o "-c listen_addresses='' -k $PG_SOCK -c fsync=off" start >/dev/null
  PG=(-h "$PG_SOCK" -U postgres)
}

db_start_mariadb() {
  log "starting MariaDB on a unix socket ($MY_SOCK, no networking)"
  mkdir -p "$TMP/my"
  chown "$MY_OWNER" "$TMP/my"
  mariadb-install-db --no-defaults --datadir="$MY_DATA" "${MY_USER[@]}" \
    --auth-root-authentication-method=normal --skip-test-db >"$TMP/install-db.log" 2>&1
  mariadbd --no-defaults --datadir="$MY_DATA" --socket="$MY_SOCK" --skip-networking \
    --pid-file="$TMP/my/mysqld.pid" --log-error="$TMP/my/error.log" "${MY_USER[@]}" \
    --innodb-buffer-pool-size=32M --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci >/dev/null 2>&1 &
  my_started=1
  for i in $(seq 1 100); do
    mariadb-admin --no-defaults -uroot --socket="$MY_SOCK" ping >/dev/null 2>&1 && break
    if [ "$i" -eq 100 ]; then
      cat "$TMP/my/error.log" >&2
      echo "MariaDB did not start" >&2
      exit 1
    fi
    sleep 0.2
  done
  MY=(--no-defaults -uroot --socket="$MY_SOCK" --default-character-set=utf8mb4)
}

# A free TCP port on 127.0.0.1 (a random one that nothing answers on).
db_free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port found" >&2
  return 1
}

# PostgreSQL on 127.0.0.1:$1 (and a unix socket in $PG_SOCK), password authentication
# over TCP with the superuser `postgres` / $2: for tests of `piiscan db` (client code
# connects over TCP as a user would). Sets PG_PORT.
db_start_pg_tcp() {
  PG_PORT=$1
  log "starting PostgreSQL ($PGBIN) on 127.0.0.1:$PG_PORT"
  mkdir -p "$PG_SOCK"
  chown "$PG_OWNER" "$PG_SOCK"
  printf '%s\n' "$2" >"$TMP/pg.pw"
  chown "$PG_OWNER" "$TMP/pg.pw"
  as_pg "$PGBIN/initdb" -D "$PG_DATA" -U postgres --auth-local=trust \
    --auth-host=scram-sha-256 --pwfile="$TMP/pg.pw" -E UTF8 --no-locale >"$TMP/initdb.log"
  rm -f "$TMP/pg.pw"
  pg_started=1
  as_pg "$PGBIN/pg_ctl" -D "$PG_DATA" -l "$PG_SOCK/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_SOCK -c fsync=off" start >/dev/null
  PG=(-h "$PG_SOCK" -p "$PG_PORT" -U postgres)
}

# MariaDB on 127.0.0.1:$1 (and its unix socket $MY_SOCK for the root account), with an
# account `piiscan_admin` / $2 that may do everything over TCP: for tests of
# `piiscan db`. Sets MY_PORT.
db_start_mariadb_tcp() {
  MY_PORT=$1
  log "starting MariaDB on 127.0.0.1:$MY_PORT"
  mkdir -p "$TMP/my"
  chown "$MY_OWNER" "$TMP/my"
  mariadb-install-db --no-defaults --datadir="$MY_DATA" "${MY_USER[@]}" \
    --auth-root-authentication-method=normal --skip-test-db >"$TMP/install-db.log" 2>&1
  mariadbd --no-defaults --datadir="$MY_DATA" --socket="$MY_SOCK" --port="$MY_PORT" \
    --bind-address=127.0.0.1 --skip-name-resolve \
    --pid-file="$TMP/my/mysqld.pid" --log-error="$TMP/my/error.log" "${MY_USER[@]}" \
    --innodb-buffer-pool-size=32M --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci >/dev/null 2>&1 &
  my_started=1
  for i in $(seq 1 100); do
    mariadb-admin --no-defaults -uroot --socket="$MY_SOCK" ping >/dev/null 2>&1 && break
    if [ "$i" -eq 100 ]; then
      cat "$TMP/my/error.log" >&2
      echo "MariaDB did not start" >&2
      exit 1
    fi
    sleep 0.2
  done
  MY=(--no-defaults -uroot --socket="$MY_SOCK" --default-character-set=utf8mb4)
  mariadb "${MY[@]}" -e "CREATE USER 'piiscan_admin'@'127.0.0.1' IDENTIFIED BY '$2'; \
    GRANT ALL PRIVILEGES ON *.* TO 'piiscan_admin'@'127.0.0.1' WITH GRANT OPTION;"
}
