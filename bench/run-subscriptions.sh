#!/usr/bin/env bash
# Subscription benchmark (issue 5 part 6): N graphql-transport-ws subscribers to activityRecorded on one Release
# Hub.Server, one activity recorded per second through the HTTP recordActivity mutation, per-delivery latency
# (mutation sent → `next` received) p50/p99/max, missed deliveries, and the server's memory per subscriber.
#
#   bash bench/run-subscriptions.sh                          # 1,000 subscribers, 30 activities
#   SUBSCRIBERS=1000,10000 bash bench/run-subscriptions.sh    # one fresh server per count
#   SUBSCRIBERS=10000 EVENTS=60 bash bench/run-subscriptions.sh --filtered-percent 50
#
# The server runs on a fresh SQLite file with the demo data (created and seeded at start-up, in a few seconds):
# the feed's cost is per subscriber and per event, and recordActivity writes one row and reads one station and
# its region chain whatever the dataset's size, so the province dataset on MariaDB would add minutes of
# preparation and nothing to measure. Each count gets its own server, so memory is measured from a clean start.
#
# Steps: build Hub.Server and Hub.Bench in Release; raise the open-file limit to the hard limit (every
# subscriber is a socket in the server and another in the driver, each process has its own limit); per count,
# start the server on 127.0.0.1:$PORT in a temporary directory, run `Hub.Bench subscriptions` with the
# server's pid (for /proc/PID/status and the induced GC through the diagnostics port), stop the server. The
# server gets a throwaway JWT signing key, and the driver records its activities with an ADMIN bearer token
# signed with it, so the run keeps working once recordActivity checks roles.
# The tables are printed and appended to $RESULTS.
#
# Environment: SUBSCRIBERS (1000; a comma-separated list runs each), EVENTS (30), INTERVAL_MS (1000), PORT (5080),
# RESULTS (bench/results/subscriptions-YYYY-MM-DD.md). Arguments after the script's name go to
# `Hub.Bench subscriptions` (e.g. --filtered-percent 20 --connect-concurrency 32).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SUBSCRIBERS=${SUBSCRIBERS:-1000}
EVENTS=${EVENTS:-30}
INTERVAL_MS=${INTERVAL_MS:-1000}
PORT=${PORT:-5080}
RESULTS=${RESULTS:-$ROOT/bench/results/subscriptions-$(date +%Y-%m-%d).md}

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

if timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$PORT" 2>/dev/null; then
  die "something already listens on 127.0.0.1:$PORT; stop it or set PORT"
fi

largest=0
for n in ${SUBSCRIBERS//,/ }; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "SUBSCRIBERS is a comma-separated list of counts, not \"$SUBSCRIBERS\""
  (( n > largest )) && largest=$n
done
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
# The sockets, plus the runtime's own files and some slack.
if (( $(ulimit -n) < largest + 1000 )); then
  die "$largest subscribers need an open-file limit of at least $((largest + 1000)) per process; the hard limit is $(ulimit -Hn)"
fi

log "building Hub.Server and Hub.Bench (Release)"
dotnet build "$ROOT/Hub.Server/Hub.Server.csproj" -c Release -v quiet -nologo >&2
dotnet build "$ROOT/bench/Hub.Bench/Hub.Bench.csproj" -c Release -v quiet -nologo >&2
SERVER_DLL="$ROOT/Hub.Server/bin/Release/net10.0/Hub.Server.dll"
BENCH_DLL="$ROOT/bench/Hub.Bench/bin/Release/net10.0/Hub.Bench.dll"

mkdir -p "$(dirname "$RESULTS")"
if [[ ! -s "$RESULTS" ]]; then
  printf '## Subscription benchmark\n\nServer on SQLite with the demo data; server and driver on the same machine.\n\n' >"$RESULTS"
fi
printf '`SUBSCRIBERS=%s EVENTS=%s INTERVAL_MS=%s bash bench/run-subscriptions.sh%s` (%s)\n\n' \
  "$SUBSCRIBERS" "$EVENTS" "$INTERVAL_MS" "${*:+ $*}" "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo 'no git')" >>"$RESULTS"

# A throwaway key for this run: the driver records activities as an ADMIN bearer (Hub.Bench/AdminToken.cs).
SIGNING_KEY=$(head -c 32 /dev/urandom | base64 | tr -d '\n')
SERVER_PID=
WORK_DIR=
stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
  [[ -n "$WORK_DIR" ]] && rm -rf "$WORK_DIR"
  WORK_DIR=
}
trap stop_server EXIT

status=0
for n in ${SUBSCRIBERS//,/ }; do
  WORK_DIR=$(mktemp -d -t hub-subscriptions.XXXXXX)
  SERVER_LOG="$WORK_DIR/server.log"
  log "starting Hub.Server on 127.0.0.1:$PORT (SQLite in $WORK_DIR)"
  # Started directly so that $! is the server itself: the driver reads its /proc entry and diagnostics port.
  # Rate limits off: every subscriber connects from this one address, which the anonymous limit would refuse.
  (cd "$WORK_DIR" && exec env ConnectionStrings__Hub="Data Source=$WORK_DIR/hub.db" Hub__Auth__Jwt__SigningKey="$SIGNING_KEY" Hub__RateLimits__Enabled=false \
      'Logging__LogLevel__Default=Warning' 'Logging__LogLevel__Microsoft.EntityFrameworkCore=Warning' \
      ASPNETCORE_URLS="http://127.0.0.1:$PORT" dotnet "$SERVER_DLL" >"$SERVER_LOG" 2>&1) &
  SERVER_PID=$!
  for ((i = 0; i < 120; i++)); do
    if curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then break; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$SERVER_LOG" >&2; die "the server exited while starting"; }
    sleep 0.5
  done
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null || { cat "$SERVER_LOG" >&2; die "the server did not answer /health within 60 s"; }

  HUB_BENCH_JWT_SIGNING_KEY="$SIGNING_KEY" dotnet "$BENCH_DLL" subscriptions --url "http://127.0.0.1:$PORT/graphql" --subscribers "$n" --events "$EVENTS" \
    --interval-ms "$INTERVAL_MS" --server-pid "$SERVER_PID" --output "$RESULTS" "$@" || status=$?
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    log "the server died during the run; its log:"
    tail -50 "$SERVER_LOG" >&2
    status=1
  elif grep -qiE 'fail|crit|exception' "$SERVER_LOG"; then
    log "the server logged errors (first lines):"
    grep -iE 'fail|crit|exception' "$SERVER_LOG" | head -10 >&2
  fi
  stop_server
done
log "results appended to $RESULTS"
exit "$status"
