#!/usr/bin/env bash
# Runs a command (the test suite) with throwaway database servers for the tests of
# `piiscan db`, and stops them afterwards (also on failure):
#
#   scripts/with-test-dbs.sh cargo test --test integration live_db
#
# PostgreSQL (Debian package `postgresql`, installed with apt-get when missing) listens
# on 127.0.0.1 at a free port with password authentication; its superuser's URL is
# exported as PIISCAN_TEST_PG. MariaDB (Debian package `mariadb-server`) listens on
# 127.0.0.1 at another free port, with an account `piiscan_admin` for the tests:
# PIISCAN_TEST_MYSQL. The tests create their own databases and roles in them
# (tests/data/db/pg_fixture.sql, tests/data/db/mysql_fixture.sql) and drop them. As root
# (CI) the servers run as their service accounts, as scripts/db-servers.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/db-servers.sh
db_packages
db_tmp piiscan-test-dbs
# A throwaway password for a throwaway server that listens on loopback only.
pw="piiscan-test-$RANDOM$RANDOM"
db_start_pg_tcp "$(db_free_port)" "$pw"
export PIISCAN_TEST_PG="postgres://postgres:$pw@127.0.0.1:$PG_PORT/postgres"
export PIISCAN_TEST_PG_BIN="$PGBIN"
db_start_mariadb_tcp "$(db_free_port)" "$pw"
export PIISCAN_TEST_MYSQL="mysql://piiscan_admin:$pw@127.0.0.1:$MY_PORT"
"$@"
