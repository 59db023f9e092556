#!/usr/bin/env bash
# Dashboard benchmark (issue 3 part 7): the query mix in bench/queries against a Release Hub.Server
# on MariaDB holding the generated province dataset (1,800 stations, 60 months, ~2.6M observations).
#
#   bash bench/run-dashboard.sh                     # 30 s, 16 clients, after a 5 s warm-up
#   DURATION=60 CONCURRENCY=32 bash bench/run-dashboard.sh
#
# Steps: make sure MariaDB runs (.ci/mariadb.sh); create database $BENCH_DB; generate the dataset
# unless it is already complete (about 40 s the first time); start the server on 127.0.0.1:$PORT
# with Hub:Diagnostics:ReportSqlStatements=true (every response then carries
# extensions.sqlStatements); run bench/Hub.Bench; print its table; stop the server.
#
# Environment: DURATION (s, 30), WARMUP (s, 5), CONCURRENCY (16), PORT (5080), BENCH_DB
# (datahub_bench), SCALE (province|national), STATIONS (expected station count, 1800 for province),
# HUB_TEST_MYSQL_PORT (3306). Arguments after the script's name go to Hub.Bench (e.g. --skip station-card).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-5}
CONCURRENCY=${CONCURRENCY:-16}
BENCH_NAME=dashboard
REPORT_SQL_STATEMENTS=true
# shellcheck source=bench/bench-server.sh
. "$ROOT/bench/bench-server.sh"

cd "$ROOT"
status=0
dotnet "$BENCH_DLL" --url "http://127.0.0.1:$PORT/graphql" --queries "$ROOT/bench/queries" \
  --duration "$DURATION" --warmup "$WARMUP" --concurrency "$CONCURRENCY" "$@" || status=$?
stop_server
log "server stopped (log: $SERVER_LOG)"
exit "$status"
