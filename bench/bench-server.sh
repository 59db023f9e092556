# Sourced by the bench/run-*.sh scripts, after they set ROOT, BENCH_NAME and REPORT_SQL_STATEMENTS: makes
# sure MariaDB runs (.ci/mariadb.sh), creates database $BENCH_DB, builds Hub.Server and Hub.Bench in Release,
# generates the dataset unless it is already complete, and starts the server on 127.0.0.1:$PORT (which applies
# pending migrations), stopped on exit. Leaves CONNECTION, BENCH_DLL, SERVER_LOG and stop_server to the caller.
#
# Environment: PORT (5080), BENCH_DB (datahub_bench), SCALE (province|national), STATIONS (expected station
# count, 1800 for province), HUB_TEST_MYSQL_PORT (3306).

PORT=${PORT:-5080}
BENCH_DB=${BENCH_DB:-datahub_bench}
SCALE=${SCALE:-province}
DB_PORT=${HUB_TEST_MYSQL_PORT:-3306}
if [[ "$SCALE" == national ]]; then STATIONS=${STATIONS:-29016}; else STATIONS=${STATIONS:-1800}; fi
CONNECTION="Server=127.0.0.1;Port=$DB_PORT;Database=$BENCH_DB;User=datahub;Password=datahub"

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }
sql() { MYSQL_PWD=datahub mariadb --no-defaults --protocol=tcp -h 127.0.0.1 -P "$DB_PORT" -u datahub -N -B "$@"; }

[[ "$BENCH_DB" =~ ^datahub_[A-Za-z0-9_]+$ ]] || die "BENCH_DB must be named datahub_… (the test account may only create those)"
if timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$PORT" 2>/dev/null; then
  die "something already listens on 127.0.0.1:$PORT; stop it or set PORT"
fi

bash "$ROOT/.ci/mariadb.sh" >&2
sql -e "CREATE DATABASE IF NOT EXISTS \`$BENCH_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

log "building Hub.Server and Hub.Bench (Release)"
dotnet build "$ROOT/Hub.Server/Hub.Server.csproj" -c Release -v quiet -nologo >&2
dotnet build "$ROOT/bench/Hub.Bench/Hub.Bench.csproj" -c Release -v quiet -nologo >&2
SERVER_DLL="$ROOT/Hub.Server/bin/Release/net10.0/Hub.Server.dll"
BENCH_DLL="$ROOT/bench/Hub.Bench/bin/Release/net10.0/Hub.Bench.dll"

hub() {
  env Hub__Database__Provider=MySql ConnectionStrings__Hub="$CONNECTION" \
      'Logging__LogLevel__Default=Warning' 'Logging__LogLevel__Microsoft.EntityFrameworkCore=Warning' \
      "$@"
}

# Complete = the expected number of stations, and the last station has its reports (stations and
# their reports are written district by district, so an interrupted run fails one of the two).
stations=$(sql "$BENCH_DB" -e "SELECT COUNT(*) FROM Stations" 2>/dev/null || echo 0)
last_reports=$(sql "$BENCH_DB" -e "SELECT COUNT(*) FROM Observations WHERE StationId = (SELECT MAX(Id) FROM Stations)" 2>/dev/null || echo 0)
if [[ "$stations" == "$STATIONS" && "$last_reports" -gt 0 ]]; then
  log "$BENCH_DB already holds the $SCALE dataset ($stations stations); not generating"
else
  log "generating the $SCALE dataset into $BENCH_DB (found $stations stations)"
  replace=()
  [[ "$stations" != 0 ]] && replace=(--replace)
  hub dotnet "$SERVER_DLL" generate --scale "$SCALE" "${replace[@]}"
fi

log "starting Hub.Server on 127.0.0.1:$PORT"
SERVER_LOG=$(mktemp -t "hub-${BENCH_NAME}-server.XXXXXX.log")
# Started directly (not through the hub function) so that $! is the server itself: env execs dotnet.
# Rate limits off: the load generator is one anonymous client address sending far more than a person would.
env Hub__Database__Provider=MySql ConnectionStrings__Hub="$CONNECTION" Hub__Diagnostics__ReportSqlStatements="$REPORT_SQL_STATEMENTS" Hub__RateLimits__Enabled=false \
    'Logging__LogLevel__Default=Warning' 'Logging__LogLevel__Microsoft.EntityFrameworkCore=Warning' \
    ASPNETCORE_URLS="http://127.0.0.1:$PORT" dotnet "$SERVER_DLL" >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!
stop_server() {
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap stop_server EXIT

for ((i = 0; i < 120; i++)); do
  if curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then break; fi
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$SERVER_LOG" >&2; die "the server exited while starting"; }
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/health" >/dev/null || { cat "$SERVER_LOG" >&2; die "the server did not answer /health within 60 s"; }
