#!/usr/bin/env bash
# Roll-up benchmark (issue 4 part 6): the district comparison of one province for one year on 5 indicators
# (FLOW and STOCK) through a Release Hub.Server on MariaDB holding the generated province dataset, against the
# same aggregate as one hand-written SQL statement on the same database, in one run. Prints median and p95 of
# both and their ratio; fails when the two disagree on any district × indicator.
#
#   bash bench/run-rollups.sh                       # 30 runs each after 5 warm-up runs
#   REPETITIONS=50 bash bench/run-rollups.sh --period 2023 --codes volunteer_hours,households_tracked
#
# Steps: as bench/run-dashboard.sh (MariaDB, database $BENCH_DB, the dataset generated unless complete, the
# server started on 127.0.0.1:$PORT, which applies pending migrations), then `Hub.Bench rollups`.
#
# Environment: REPETITIONS (30), WARMUP (runs, 5), PORT (5080), BENCH_DB (datahub_bench), SCALE
# (province|national), STATIONS, PROVINCE (370000000000), HUB_TEST_MYSQL_PORT (3306). Arguments after the
# script's name go to `Hub.Bench rollups` (e.g. --period 2023 --codes a,b,c).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPETITIONS=${REPETITIONS:-30}
WARMUP=${WARMUP:-5}
PROVINCE=${PROVINCE:-370000000000}
BENCH_NAME=rollup
REPORT_SQL_STATEMENTS=false
# shellcheck source=bench/bench-server.sh
. "$ROOT/bench/bench-server.sh"

cd "$ROOT"
status=0
dotnet "$BENCH_DLL" rollups --url "http://127.0.0.1:$PORT/graphql" --connection "$CONNECTION" \
  --province "$PROVINCE" --repetitions "$REPETITIONS" --warmup "$WARMUP" "$@" || status=$?
stop_server
log "server stopped (log: $SERVER_LOG)"
exit "$status"
