#!/usr/bin/env bash
# The registry workbook at province scale: generates a province registry (1,800 stations, one month of reports:
# the registry is what is measured, not the figures) into $SOURCE_DB, exports it, then imports the export
# (1) into the same database (every row unchanged) and (2) into an empty database holding only the same regions
# (every row created), timing each. Prints a Markdown table and writes it to bench/results/.
#
#   bash bench/run-registry-import.sh        # SOURCE_DB=datahub_registry_src TARGET_DB=datahub_registry_new
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DB_PORT=${HUB_TEST_MYSQL_PORT:-3306}
SOURCE_DB=${SOURCE_DB:-datahub_registry_src}
TARGET_DB=${TARGET_DB:-datahub_registry_new}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
sql() { MYSQL_PWD=datahub mariadb --no-defaults --protocol=tcp -h 127.0.0.1 -P "$DB_PORT" -u datahub -N -B "$@"; }
log() { printf '[registry-bench] %s\n' "$*" >&2; }

bash "$ROOT/.ci/mariadb.sh" >&2
dotnet build "$ROOT/Hub.Server/Hub.Server.csproj" -c Release -v quiet -nologo >&2
SERVER_DLL="$ROOT/Hub.Server/bin/Release/net10.0/Hub.Server.dll"
hub() {
  local db=$1; shift
  env Hub__Database__Provider=MySql ConnectionStrings__Hub="Server=127.0.0.1;Port=$DB_PORT;Database=$db;User=datahub;Password=datahub" \
      'Logging__LogLevel__Default=Warning' 'Logging__LogLevel__Microsoft.EntityFrameworkCore=Warning' \
      dotnet "$SERVER_DLL" "$@"
}
seconds() { awk -v start="$1" -v now="$(date +%s%N)" 'BEGIN { printf "%.1f", (now - start) / 1e9 }'; }

for db in "$SOURCE_DB" "$TARGET_DB"; do
  sql -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
done

log "generating the province registry into $SOURCE_DB"
hub "$SOURCE_DB" generate --scale province --months 1 >&2
STATIONS=$(sql "$SOURCE_DB" -e "SELECT COUNT(*) FROM Stations")

log "exporting"
t=$(date +%s%N); hub "$SOURCE_DB" export-registry "$WORK/registry.xlsx" >&2; EXPORT=$(seconds "$t")
ROWS=$(hub "$SOURCE_DB" export-registry "$WORK/again.xlsx" | awk -F': ' '/ rows$/ { gsub(/[^0-9]/, "", $2); n += $2 } END { print n }')
SIZE=$(du -k "$WORK/registry.xlsx" | cut -f1)

log "importing into $SOURCE_DB (all unchanged)"
t=$(date +%s%N); hub "$SOURCE_DB" import-registry "$WORK/registry.xlsx" 2>"$WORK/same.err" | tail -1 >"$WORK/same.out"; SAME=$(seconds "$t")

log "importing into $TARGET_DB (regions only, every row created)"
hub "$TARGET_DB" export-registry "$WORK/empty.xlsx" >/dev/null   # applies the migrations
sql "$TARGET_DB" -e "INSERT INTO Regions SELECT * FROM \`$SOURCE_DB\`.Regions; INSERT INTO RegionClosures SELECT * FROM \`$SOURCE_DB\`.RegionClosures"
t=$(date +%s%N); hub "$TARGET_DB" import-registry "$WORK/registry.xlsx" 2>"$WORK/new.err" | tail -1 >"$WORK/new.out"; NEW=$(seconds "$t")
grep -q ' row ' "$WORK/new.err" && { head -5 "$WORK/new.err" >&2; log "the import into the empty database was refused"; exit 1; }

mkdir -p "$ROOT/bench/results"
REPORT="$ROOT/bench/results/registry-import-$(date +%F).md"
{
  echo "Registry workbook, province scale: $STATIONS stations, $ROWS rows, ${SIZE} KB ($(git -C "$ROOT" rev-parse --short HEAD), $(date +%F), \`bash bench/run-registry-import.sh\`)"
  echo
  echo "| run | wall time (whole command) | result |"
  echo "|---|---:|---|"
  echo "| export-registry | ${EXPORT} s | $ROWS rows |"
  echo "| import-registry into the same database | ${SAME} s | $(cat "$WORK/same.out") |"
  echo "| import-registry into an empty database with the regions | ${NEW} s | $(cat "$WORK/new.out") |"
} | tee "$REPORT"
