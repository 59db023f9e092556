#!/usr/bin/env bash
# Roll-up benchmark (issue 4 part 6, issue 12's targets): the district comparison of one province for one year on
# 5 indicators (FLOW and STOCK), timed alternately along four paths in one run: (a) the hub, a Release Hub.Server
# over GraphQL/HTTP on MariaDB holding the generated province dataset; (b) the same aggregate as one hand-written
# SQL statement over the base rows; (c) the limit: the finished cells read from a district × indicator × year
# table built from the base rows (bench/sql/district-year.sql → bench_district_year); (d) the peer, PostGraphile 5 +
# pg-aggregates over PostgreSQL holding the same rows (bench/peer.sh, ../shared/peer). Prints median and p95 of
# each, hub ÷ table and peer ÷ hub against the targets; fails when the hub disagrees with (b) or (c) on any
# district × indicator, and reports the cells where the peer differs.
#
#   bash bench/run-rollups.sh                       # 30 runs each after 5 warm-up runs
#   REPETITIONS=50 bash bench/run-rollups.sh --period 2023 --codes volunteer_hours,households_tracked
#   PEER=off bash bench/run-rollups.sh              # without PostgreSQL and PostGraphile
#
# Steps: as bench/run-dashboard.sh (MariaDB, database $BENCH_DB, the dataset generated unless complete, the
# server started on 127.0.0.1:$PORT, which applies pending migrations), then the table rebuilt (~10 s), then the
# peer (bench/peer.sh: PostgreSQL installed if missing, its cluster, npm packages and the data loaded when they
# are not there yet, PostGraphile started; all kept under bench/.peer), then `Hub.Bench rollups`.
#
# Environment: REPETITIONS (30), WARMUP (runs, 5), PORT (5080), BENCH_DB (datahub_bench), SCALE
# (province|national), STATIONS, PROVINCE (370000000000), HUB_TEST_MYSQL_PORT (3306), PEER (on|off), PEER_PORT
# (5688), PEER_PG_PORT_WANTED (5499), PEER_SOURCE (../shared/peer). Arguments after the script's name go to
# `Hub.Bench rollups` (e.g. --period 2023 --codes a,b,c).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPETITIONS=${REPETITIONS:-30}
WARMUP=${WARMUP:-5}
PROVINCE=${PROVINCE:-370000000000}
PEER=${PEER:-on}
BENCH_NAME=rollup
REPORT_SQL_STATEMENTS=false
# shellcheck source=bench/bench-server.sh
. "$ROOT/bench/bench-server.sh"

log "building bench_district_year from the base rows (bench/sql/district-year.sql)"
started=$SECONDS
sql "$BENCH_DB" <"$ROOT/bench/sql/district-year.sql"
log "bench_district_year: $(sql "$BENCH_DB" -e "SELECT COUNT(*) FROM bench_district_year") cells in $((SECONDS - started)) s"

peer_args=()
if [[ "$PEER" != off ]]; then
  # shellcheck source=bench/peer.sh
  . "$ROOT/bench/peer.sh"
  peer_args=(--peer-url "$PEER_URL" --peer-query "$PEER_APP/district-comparison.json")
fi

cd "$ROOT"
status=0
dotnet "$BENCH_DLL" rollups --url "http://127.0.0.1:$PORT/graphql" --connection "$CONNECTION" \
  --province "$PROVINCE" --repetitions "$REPETITIONS" --warmup "$WARMUP" --table bench_district_year \
  "${peer_args[@]}" "$@" || status=$?
if [[ "$PEER" != off ]]; then stop_peer; log "PostGraphile stopped (log: $PEER_LOG)"; fi
stop_server
log "server stopped (log: $SERVER_LOG)"
exit "$status"
